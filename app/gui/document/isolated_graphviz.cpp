#include "app/gui/document/isolated_graphviz.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <functional>

namespace rw::gui {
namespace {

// A plain byte stream for what crosses the pipe; both ends are this very binary.
class Writer {
public:
    void u64(std::uint64_t v) { bytes(&v, sizeof v); }
    void f64(double v) { bytes(&v, sizeof v); }
    void flag(bool v) { u64(v ? 1 : 0); }
    void text(const std::string& s) {
        u64(s.size());
        bytes(s.data(), s.size());
    }
    const std::string& data() const { return m_data; }

private:
    void bytes(const void* p, std::size_t n) { m_data.append(static_cast<const char*>(p), n); }
    std::string m_data;
};

class Reader {
public:
    explicit Reader(const std::string& data) : m_data(data) {}
    std::uint64_t u64() {
        std::uint64_t v = 0;
        bytes(&v, sizeof v);
        return v;
    }
    double f64() {
        double v = 0;
        bytes(&v, sizeof v);
        return v;
    }
    bool flag() { return u64() != 0; }
    std::string text() {
        std::uint64_t n = u64();
        if (n > m_data.size() - m_at) {
            m_ok = false;
            return {};
        }
        std::string s = m_data.substr(m_at, n);
        m_at += n;
        return s;
    }
    bool ok() const { return m_ok && m_at == m_data.size(); }
    bool failed() const { return !m_ok; }

private:
    void bytes(void* p, std::size_t n) {
        if (n > m_data.size() - m_at) {
            m_ok = false;
            std::memset(p, 0, n);
            return;
        }
        std::memcpy(p, m_data.data() + m_at, n);
        m_at += n;
    }
    const std::string& m_data;
    std::size_t m_at = 0;
    bool m_ok = true;
};

void writeLayout(Writer& w, const DiagramLayout& layout) {
    w.f64(layout.width);
    w.f64(layout.height);
    w.text(layout.caption);
    w.u64(layout.nodes.size());
    for (const DiagramNode& n : layout.nodes) {
        w.text(n.id);
        w.u64(static_cast<std::uint64_t>(n.kind));
        w.text(n.label);
        w.text(n.fill);
        w.text(n.stroke);
        w.f64(n.centre.x);
        w.f64(n.centre.y);
        w.f64(n.width);
        w.f64(n.height);
        w.flag(n.dead);
        w.flag(n.highlighted);
    }
    w.u64(layout.edges.size());
    for (const DiagramEdge& e : layout.edges) {
        w.text(e.id);
        w.text(e.from);
        w.text(e.to);
        w.u64(e.points.size());
        for (const DiagramPoint& p : e.points) {
            w.f64(p.x);
            w.f64(p.y);
        }
        w.text(e.colour);
        w.flag(e.dashed);
        w.f64(e.penWidth);
        w.flag(e.highlighted);
    }
}

DiagramLayout readLayout(Reader& r) {
    DiagramLayout layout;
    layout.width = r.f64();
    layout.height = r.f64();
    layout.caption = r.text();
    for (std::uint64_t i = 0, count = r.u64(); i < count && !r.failed(); ++i) {
        DiagramNode n;
        n.id = r.text();
        n.kind = static_cast<NodeKind>(r.u64());
        n.label = r.text();
        n.fill = r.text();
        n.stroke = r.text();
        n.centre.x = r.f64();
        n.centre.y = r.f64();
        n.width = r.f64();
        n.height = r.f64();
        n.dead = r.flag();
        n.highlighted = r.flag();
        layout.nodes.push_back(std::move(n));
    }
    for (std::uint64_t i = 0, count = r.u64(); i < count && !r.failed(); ++i) {
        DiagramEdge e;
        e.id = r.text();
        e.from = r.text();
        e.to = r.text();
        for (std::uint64_t k = 0, points = r.u64(); k < points && !r.failed(); ++k) {
            DiagramPoint p;
            p.x = r.f64();
            p.y = r.f64();
            e.points.push_back(p);
        }
        e.colour = r.text();
        e.dashed = r.flag();
        e.penWidth = r.f64();
        e.highlighted = r.flag();
        layout.edges.push_back(std::move(e));
    }
    return layout;
}


// Runs `work` and returns the bytes it wrote, or false with `why`.
//
// This used to run in a forked child, so that a Graphviz crash cost one diagram and not the
// editor. Forking a threaded GTK process deadlocks now and then (the child inherits locks that
// other threads held: fonts, GLib), which froze the layout and the editor's exit. The crash it
// guarded against was Graphviz's spline router on edge labels, which the diagram builder now
// avoids (external labels), so the work runs here, on the Graphviz worker thread, until the
// isolation comes back as fork + exec of a clean process.
bool runInChild(const std::function<std::string()>& work, std::string& output, std::string& why) {
    try {
        output = work();
        return true;
    } catch (const std::exception& error) {
        why = std::string("the diagram could not be laid out: ") + error.what();
    } catch (...) {
        why = "the diagram could not be laid out";
    }
    return false;
}

}  // namespace

ReportResult reportIsolated(const Project& project, const std::string& theoryId, const std::string& generator) {
    std::string output;
    std::string why;
    bool ran = runInChild(
        [&] {
            ReportResult result = renderReport(project, theoryId, generator);
            Writer w;
            w.text(result.html);
            w.text(result.error);
            return w.data();
        },
        output, why);
    ReportResult result;
    if (!ran) {
        result.error = why;
        return result;
    }
    Reader r(output);
    result.html = r.text();
    result.error = r.text();
    if (!r.ok()) result.error = "the report came back damaged";
    return result;
}

std::optional<DiagramLayout> layoutIsolated(const Project& project, const DiagramOptions& options, std::string* error) {
    std::string output;
    std::string why;
    bool ran = runInChild(
        [&] {
            std::string message;
            std::optional<DiagramLayout> layout = layoutDiagram(project, options, &message);
            Writer w;
            w.flag(layout.has_value());
            if (layout) writeLayout(w, *layout);
            else w.text(message);
            return w.data();
        },
        output, why);
    if (!ran) {
        if (error) *error = why;
        return std::nullopt;
    }
    Reader r(output);
    bool ok = r.flag();
    std::optional<DiagramLayout> layout;
    std::string message;
    if (ok) layout = readLayout(r);
    else message = r.text();
    if (!r.ok()) {
        if (error) *error = "the layout came back damaged";
        return std::nullopt;
    }
    if (!layout && error) *error = message;
    return layout;
}

RenderResult renderIsolated(const Project& project, const DiagramOptions& options, const std::string& format) {
    std::string output;
    std::string why;
    bool ran = runInChild(
        [&] {
            RenderResult result = renderDiagram(project, options, format);
            Writer w;
            w.text(result.data);
            w.text(result.error);
            w.text(result.warnings);
            return w.data();
        },
        output, why);
    RenderResult result;
    if (!ran) {
        result.error = why;
        return result;
    }
    Reader r(output);
    result.data = r.text();
    result.error = r.text();
    result.warnings = r.text();
    if (!r.ok()) result.error = "the rendering came back damaged";
    return result;
}

}  // namespace rw::gui
