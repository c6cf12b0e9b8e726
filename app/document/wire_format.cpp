#include "app/document/wire_format.h"

#include <cstring>

namespace rw::document {

void WireWriter::text(const std::string& s) {
    u64(s.size());
    bytes(s.data(), s.size());
}

void WireWriter::layout(const DiagramLayout& layout) {
    f64(layout.width);
    f64(layout.height);
    text(layout.caption);
    u64(layout.nodes.size());
    for (const DiagramNode& n : layout.nodes) {
        text(n.id);
        u64(static_cast<std::uint64_t>(n.kind));
        text(n.label);
        text(n.fill);
        text(n.stroke);
        f64(n.centre.x);
        f64(n.centre.y);
        f64(n.width);
        f64(n.height);
        flag(n.dead);
        flag(n.highlighted);
    }
    u64(layout.edges.size());
    for (const DiagramEdge& e : layout.edges) {
        text(e.id);
        text(e.from);
        text(e.to);
        u64(e.points.size());
        for (const DiagramPoint& p : e.points) {
            f64(p.x);
            f64(p.y);
        }
        text(e.colour);
        flag(e.dashed);
        f64(e.penWidth);
        flag(e.highlighted);
    }
}

bool WireReader::bytes(void* p, std::size_t n) {
    if (!m_ok || n > m_data.size() - m_at) {
        m_ok = false;
        std::memset(p, 0, n);
        return false;
    }
    std::memcpy(p, m_data.data() + m_at, n);
    m_at += n;
    return true;
}

std::uint64_t WireReader::u64() {
    std::uint64_t v = 0;
    bytes(&v, sizeof v);
    return v;
}

double WireReader::f64() {
    double v = 0;
    bytes(&v, sizeof v);
    return v;
}

std::string WireReader::text() {
    std::uint64_t n = u64();
    if (!m_ok || n > m_data.size() - m_at) {
        m_ok = false;
        return {};
    }
    std::string s = m_data.substr(m_at, n);
    m_at += n;
    return s;
}

DiagramLayout WireReader::layout() {
    DiagramLayout layout;
    layout.width = f64();
    layout.height = f64();
    layout.caption = text();
    for (std::uint64_t i = 0, count = u64(); i < count && m_ok; ++i) {
        DiagramNode n;
        n.id = text();
        n.kind = static_cast<NodeKind>(u64());
        n.label = text();
        n.fill = text();
        n.stroke = text();
        n.centre.x = f64();
        n.centre.y = f64();
        n.width = f64();
        n.height = f64();
        n.dead = flag();
        n.highlighted = flag();
        layout.nodes.push_back(std::move(n));
    }
    for (std::uint64_t i = 0, count = u64(); i < count && m_ok; ++i) {
        DiagramEdge e;
        e.id = text();
        e.from = text();
        e.to = text();
        for (std::uint64_t k = 0, points = u64(); k < points && m_ok; ++k) {
            DiagramPoint p;
            p.x = f64();
            p.y = f64();
            e.points.push_back(p);
        }
        e.colour = text();
        e.dashed = flag();
        e.penWidth = f64();
        e.highlighted = flag();
        layout.edges.push_back(std::move(e));
    }
    return layout;
}

}  // namespace rw::document
