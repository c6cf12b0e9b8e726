// How long does a UI event wait in the editor on a big project? Opens a generated 300-node,
// 30-case project and plays a user session (ticks through the grid, undo and redo, selecting,
// adding and renaming nodes, switching diagram views) while a pinger thread posts an event to
// the UI thread every 5 ms: each ping's delay is the time an input event would have waited.
// Prints the delays per kind of action; exits 1 when any exceeds the budget.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/gui/gui_latency_bench [nodes cases budget-ms [all|PANE]]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include <wx/app.h>
#include <wx/aui/framemanager.h>
#include <wx/fileconf.h>
#include <wx/grid.h>
#include <wx/init.h>

#include "app/gui/analysis_pane.h"
#include "app/gui/app_language.h"
#include "app/gui/diagram_canvas.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/findings_pane.h"
#include "app/gui/matrix_pane.h"
#include "app/gui/wx_strings.h"
#include "model/edit/edits.h"
#include "model/format/xml_writer.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/large_project.h"

using namespace rw;
using namespace rw::gui;
using Clock = std::chrono::steady_clock;

namespace {

class BenchApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

// Posts a ping to the UI thread every few milliseconds and records how late each one runs.
class Pinger {
public:
    void start(const std::string& phase) {
        m_phase = phase;
        m_running = true;
        m_thread = std::thread([this] {
            while (m_running) {
                Clock::time_point posted = Clock::now();
                std::string current = m_phase;
                wxTheApp->CallAfter([this, posted, current] {
                    double ms = std::chrono::duration<double, std::milli>(Clock::now() - posted).count();
                    std::lock_guard lock(m_mutex);
                    m_delays[current].push_back(ms);
                });
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
    }
    void stop() {
        m_running = false;
        if (m_thread.joinable()) m_thread.join();
        rw::gui::test::pumpPending();
    }
    std::map<std::string, std::vector<double>> delays() {
        std::lock_guard lock(m_mutex);
        return m_delays;
    }

private:
    std::atomic<bool> m_running{false};
    std::string m_phase;
    std::thread m_thread;
    std::mutex m_mutex;
    std::map<std::string, std::vector<double>> m_delays;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5))];
}

void settle(MainFrame* frame) {
    rw::gui::test::pumpUntil([frame] { return !frame->diagram()->layoutPending(); }, 60000);
    rw::gui::test::pumpPending();
}

void sendChar(wxGrid* grid, int key) {
    wxKeyEvent event(wxEVT_CHAR);
    event.m_keyCode = key;
    event.m_uniChar = static_cast<wxChar>(key);
    event.SetEventObject(grid->GetGridWindow());
    grid->GetGridWindow()->GetEventHandler()->ProcessEvent(event);
}

}  // namespace

int main(int argc, char** argv) {
    int nodes = argc > 1 ? std::atoi(argv[1]) : 300;
    int cases = argc > 2 ? std::atoi(argv[2]) : 30;
    double budget = argc > 3 ? std::atof(argv[3]) : 100.0;

    wxApp::SetInstance(new BenchApp);
    int wxArgc = 1;
    if (!wxEntryStart(wxArgc, argv)) {
        std::fprintf(stderr, "cannot start wxWidgets: is there a display (xvfb-run)?\n");
        return 2;
    }
    rw::gui::useUtf8CharacterSet();
    wxTheApp->CallOnInit();
    std::string scratch = rw::gui::test::scratchDirectory();
    wxConfigBase::Set(new wxFileConfig("bench", wxEmptyString, wxs(scratch + "/bench.conf"), wxEmptyString,
                                       wxCONFIG_USE_LOCAL_FILE));

    Project project = rw::gui::test::largeProject(nodes, cases);
    std::string path = scratch + "/large.realist";
    saveProject(project, path);
    std::size_t links = project.theories.front().links.size();

    MainFrame* frame = rw::gui::test::makeFrame(scratch + "/recovery", 4000);
    // A fourth argument shows panes hidden by default, so that their work after every edit is
    // measured too: "all", one pane's name ("analysis", "sources"), or "analysis-links" and
    // "analysis-triangulation" for the analysis pane with its biggest tables in front.
    std::string show = argc > 4 ? argv[4] : "";
    bool allPanes = show == "all";
    if (!show.empty()) {
        std::string paneName = show.substr(0, show.find('-'));
        wxAuiPaneInfoArray& panes = frame->aui().GetAllPanes();
        for (std::size_t i = 0; i < panes.GetCount(); ++i)
            if (allPanes || panes[i].name == wxs(paneName)) panes[i].Show();
        frame->aui().Update();
        if (show == "analysis-links") frame->analysis()->showTab(rw::gui::AnalysisPane::kLinks);
        if (show == "analysis-triangulation") frame->analysis()->showTab(rw::gui::AnalysisPane::kTriangulation);
    }
    Clock::time_point t0 = Clock::now();
    frame->loadFile(wxs(path));
    double openMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    t0 = Clock::now();
    settle(frame);
    double firstLayoutMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

    std::mt19937 random(11);
    auto below = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    const Theory& theory = *frame->session().theory();
    wxGrid* grid = frame->matrix()->grid();
    Pinger pinger;

    pinger.start("tick a cell (grid key)");
    for (int i = 0; i < 40; ++i) {
        const Node& node = theory.nodes[static_cast<std::size_t>(below(nodes))];
        frame->matrix()->goToCell("c" + std::to_string(below(cases)), node.id);
        sendChar(grid, "yn?"[i % 3]);
        rw::gui::test::pumpPending();
    }
    settle(frame);
    pinger.stop();

    pinger.start("undo / redo");
    for (int i = 0; i < 20; ++i) {
        frame->session().document().undoStack().undo();
        rw::gui::test::pumpPending();
    }
    for (int i = 0; i < 20; ++i) {
        frame->session().document().undoStack().redo();
        rw::gui::test::pumpPending();
    }
    settle(frame);
    pinger.stop();

    pinger.start("select a node");
    for (int i = 0; i < 40; ++i) {
        frame->session().select(Selection::node(theory.id, theory.nodes[static_cast<std::size_t>(below(nodes))].id));
        rw::gui::test::pumpPending();
    }
    settle(frame);
    pinger.stop();

    pinger.start("add and rename a node");
    for (int i = 0; i < 10; ++i) {
        std::string id = frame->addNode(NodeKind::Mechanism, "Added mechanism " + std::to_string(i));
        rw::gui::test::pumpPending();
        frame->session().push(edits::setNodeText(frame->session().project(), theory.id, id, edits::NodeField::Label,
                                                 "Renamed mechanism " + std::to_string(i)),
                              "");
        rw::gui::test::pumpPending();
    }
    settle(frame);
    pinger.stop();

    pinger.start("switch diagram view");
    frame->diagram()->setView(DiagramView::AllCases);
    settle(frame);
    frame->diagram()->setView(DiagramView::Case, "c3");
    settle(frame);
    frame->diagram()->setHighlight(true);
    settle(frame);
    frame->diagram()->setView(DiagramView::Theory);
    settle(frame);
    pinger.stop();

    // In the all-cases view every tick changes colours and shares; the diagram is restyled on
    // the layout shown, not laid out again.
    frame->diagram()->setView(DiagramView::AllCases);
    settle(frame);
    int layoutsBefore = frame->diagram()->layoutsShown();
    int restylesBefore = frame->diagram()->restylesShown();
    Clock::time_point ticksStart = Clock::now();
    pinger.start("tick, all-cases view");
    for (int i = 0; i < 20; ++i) {
        const Node& node = theory.nodes[static_cast<std::size_t>(below(nodes))];
        frame->matrix()->goToCell("c" + std::to_string(below(cases)), node.id);
        sendChar(grid, "yn?"[i % 3]);
        rw::gui::test::pumpPending();
    }
    settle(frame);
    pinger.stop();
    double ticksMs = std::chrono::duration<double, std::milli>(Clock::now() - ticksStart).count();
    int ticksLayouts = frame->diagram()->layoutsShown() - layoutsBefore;
    int ticksRestyles = frame->diagram()->restylesShown() - restylesBefore;
    frame->diagram()->setView(DiagramView::Theory);
    settle(frame);

    pinger.start("zoom and pan the diagram");
    for (int i = 0; i < 20; ++i) {
        frame->diagram()->canvas()->zoomBy(i % 2 ? 1.3 : 1 / 1.3);
        frame->diagram()->canvas()->Update();
        rw::gui::test::pumpPending();
    }
    pinger.stop();

    std::printf("Realist Workbench UI latency: %d nodes, %zu links, %d cases%s\n", nodes, links, cases,
                show.empty() ? "" : (", shown: " + show).c_str());
    std::printf("  open file (one blocking step, before the window is live): %.0f ms\n", openMs);
    std::printf("  first diagram layout on the worker thread: %.0f ms\n", firstLayoutMs);
    std::printf("  %-28s %7s %8s %8s %8s\n", "action", "pings", "p50 ms", "p99 ms", "max ms");
    double worst = 0;
    for (const auto& [phase, delays] : pinger.delays()) {
        double max = delays.empty() ? 0 : *std::max_element(delays.begin(), delays.end());
        worst = std::max(worst, max);
        std::printf("  %-28s %7zu %8.1f %8.1f %8.1f\n", phase.c_str(), delays.size(), percentile(delays, 0.5),
                    percentile(delays, 0.99), max);
    }
    std::printf("  20 ticks in the all-cases view: %d layouts, %d restyles, diagram up to date after %.0f ms\n",
                ticksLayouts, ticksRestyles, ticksMs);
    std::printf("  worst wait of any UI event: %.1f ms (budget %.0f ms)\n", worst, budget);
    std::fflush(stdout);

    frame->Destroy();
    rw::gui::test::pumpPending();
    delete &rw::gui::test::graphvizWorker();
    delete wxConfigBase::Set(nullptr);
    wxTheApp->OnExit();
    wxEntryCleanup();
    std::error_code error;
    std::filesystem::remove_all(scratch, error);
    return worst <= budget ? 0 : 1;
}
