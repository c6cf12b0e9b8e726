// The analysis pane as a user drives it, under Xvfb: QCA on the Rotterdam sample shows what the
// model computes and what `realist analyse … qca` prints; a solution term or truth-table row
// highlights its cases in the matrix and the diagram; a condition made in the dialog is undone;
// the split tab shows kortere lijntjes 4/5 where the wijkagent takes part and 0/5 where not.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <set>

#include <wx/frame.h>
#include <wx/image.h>
#include <wx/modalhook.h>

#include "app/gui/analysis_pane.h"
#include "app/gui/condition_dialog.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/matrix_pane.h"
#include "app/gui/report_view.h"
#include "app/gui/wx_strings.h"
#include "model/analysis/analysis_qca.h"
#include "model/analysis/analysis_report.h"
#include "model/core/conditions.h"
#include "model/edit/edits.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/screen_capture.h"

namespace rw::gui::test {
namespace {

// Project order of the conditions, which is the formula order the pane uses.
const std::vector<std::string> kConditions = {"klein-gebied", "hoge-dekking", "wijkagent-neemt-deel"};

// Fills the condition dialog as a user would, and presses OK if it accepts the fields.
class ConditionDialogFiller : public wxModalDialogHook {
public:
    explicit ConditionDialogFiller(Condition condition) : m_condition(std::move(condition)) { Register(); }
    wxString refusal;
    int shown = 0;

protected:
    int Enter(wxDialog* dialog) override {
        auto* conditions = dynamic_cast<ConditionDialog*>(dialog);
        if (!conditions) return wxID_CANCEL;
        ++shown;
        conditions->setCondition(m_condition);
        if (conditions->TransferDataFromWindow()) return wxID_OK;
        refusal = conditions->refusal();
        return wxID_CANCEL;
    }
    void Exit(wxDialog*) override {}

private:
    Condition m_condition;
};

// Returns the text of every row of a list, cells joined by " | ".
std::vector<std::string> rowsOf(wxListCtrl* list) {
    std::vector<std::string> rows;
    for (long r = 0; list && r < list->GetItemCount(); ++r) {
        std::string row;
        for (int c = 0; c < list->GetColumnCount(); ++c) row += (c ? " | " : "") + utf8(list->GetItemText(r, c));
        rows.push_back(row);
    }
    return rows;
}

std::vector<std::string> rowsOf(const ReportTable& table) {
    std::vector<std::string> rows;
    for (const auto& cells : table.rows) {
        std::string row;
        for (std::size_t c = 0; c < cells.size(); ++c) row += (c ? " | " : "") + cells[c];
        rows.push_back(row);
    }
    return rows;
}

// Returns true when some line of `text` holds every non-empty cell, left to right.
bool hasLineWithCells(const std::string& text, const std::vector<std::string>& cells) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(begin, end - begin);
        std::size_t at = 0;
        bool all = true;
        for (const std::string& cell : cells) {
            if (cell.empty()) continue;
            at = line.find(cell, at);
            if (at == std::string::npos) {
                all = false;
                break;
            }
            at += cell.size();
        }
        if (all) return true;
        begin = end + 1;
    }
    return false;
}

class AnalysisTest : public testing::Test {
protected:
    void SetUp() override {
        frame = makeFrame();
        ASSERT_TRUE(frame->loadFile(wxs(sourcePath(kSample))));
        frame->aui().GetPane("analysis").Show();
        frame->aui().Update();
        pane = frame->analysis();
        ASSERT_NE(pane, nullptr);
        ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    }
    void TearDown() override { destroyFrame(frame); }

    void runSampleQca() {
        ASSERT_TRUE(pane->setOutcome("kortere-lijntjes"));
        pane->setConditions(kConditions);
        pane->setUseRemainders(true);
        ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    }

    MainFrame* frame = nullptr;
    AnalysisPane* pane = nullptr;
};

TEST_F(AnalysisTest, QcaShowsWhatTheModelAndTheCliCompute) {
    runSampleQca();
    QcaRequest request = pane->qcaRequest();
    EXPECT_EQ(request.outcome, "kortere-lijntjes");
    EXPECT_EQ(request.conditions, kConditions);
    EXPECT_TRUE(request.includeRemainders);

    const Project& project = frame->session().project();
    QcaResult expected = runQca(project, request);
    ASSERT_TRUE(expected) << expected.error;
    const QcaResult& shown = pane->qcaResult();
    ASSERT_TRUE(shown) << shown.error;
    ASSERT_EQ(shown.conservative.models.size(), expected.conservative.models.size());
    ASSERT_TRUE(shown.parsimonious && expected.parsimonious);
    // Where the wijkagent takes part in a small area, the lines got shorter (B/B, Tide, Land).
    ASSERT_FALSE(shown.conservative.models.empty());
    std::string conservative = formatModel(shown.conservative.models[0], shown.names);
    EXPECT_EQ(conservative, "klein-gebied*wijkagent-neemt-deel");
    EXPECT_EQ(conservative, formatModel(expected.conservative.models[0], expected.names));
    EXPECT_EQ(formatModel(shown.parsimonious->models[0], shown.names),
              formatModel(expected.parsimonious->models[0], expected.names));

    // The lists show the report the CLI prints, row for row.
    AnalysisReport report = reportQca(project, expected);
    ReportView* view = pane->qcaView();
    ASSERT_EQ(view->tableCount(), 3u) << "truth table, conservative and parsimonious solutions";
    for (std::size_t t = 0; t < report.tables.size(); ++t)
        EXPECT_EQ(rowsOf(view->list(t)), rowsOf(report.tables[t])) << report.tables[t].title;
    std::vector<std::string> table = rowsOf(view->list(0));
    ASSERT_EQ(table.size(), 5u);
    EXPECT_EQ(table[1], "0 | 0 | 1 | 0 | 2 | 0.500 (1/2) | contradictory | Ess, Pen");

    std::string cli = cliOutput("analyse " + sourcePath(kSample) +
                             " qca --outcome kortere-lijntjes --conditions klein-gebied,hoge-dekking,wijkagent-neemt-deel "
                             "--remainders");
    EXPECT_NE(cli.find("M1: " + conservative + " → kortere-lijntjes"), std::string::npos) << cli;
    for (const std::string& note : report.tables[1].notes) EXPECT_NE(cli.find(note), std::string::npos) << note;
    // Each row of both solution lists is a line the CLI printed: the same cells, in order.
    for (std::size_t t : {1u, 2u})
        for (long r = 0; r < view->list(t)->GetItemCount(); ++r) {
            std::vector<std::string> cells;
            for (int c = 0; c < view->list(t)->GetColumnCount(); ++c) cells.push_back(utf8(view->list(t)->GetItemText(r, c)));
            EXPECT_TRUE(hasLineWithCells(cli, cells)) << t << ":" << r << " " << cells[1];
        }
    EXPECT_NE(utf8(view->notesText()).find("Cases: 10 included, 0 excluded; 4 show the outcome."), std::string::npos);
}

TEST_F(AnalysisTest, ATermOrARowHighlightsItsCasesInTheMatrixAndTheDiagram) {
    runSampleQca();
    ReportView* view = pane->qcaView();
    // The conservative solution's only term: B/B, Tide and Land.
    ASSERT_TRUE(view->selectRow(1, 0));
    const std::vector<std::string> term = {"bb", "tide", "land"};
    EXPECT_EQ(frame->session().highlightedCases(), term);
    EXPECT_EQ(frame->matrix()->highlightedColumns(), term);
    int col = -1;
    for (int c = 0; c < frame->matrix()->grid()->GetNumberCols(); ++c)
        if (frame->matrix()->grid()->GetColLabelValue(c).EndsWith("Tide")) col = c;
    ASSERT_GE(col, 0);
    EXPECT_TRUE(frame->matrix()->grid()->GetColLabelValue(col).StartsWith(wxString::FromUTF8("\u25B6")));
    wxString diagram = frame->diagram()->highlightedCasesText();
    EXPECT_NE(diagram.Find("B/B, Tide, Land"), wxNOT_FOUND) << diagram;
    EXPECT_NE(diagram.Find("3 of 10"), wxNOT_FOUND) << diagram;

    // The contradictory truth-table row: Ess and Pen.
    ASSERT_TRUE(view->selectRow(0, 1));
    EXPECT_EQ(frame->session().highlightedCases(), (std::vector<std::string>{"ess", "pen"}));
    EXPECT_EQ(frame->matrix()->highlightedColumns(), (std::vector<std::string>{"ess", "pen"}));
    EXPECT_EQ(frame->diagram()->highlightedCasesText().Find("Tide"), wxNOT_FOUND);
}

TEST_F(AnalysisTest, RecomputesAfterAnEdit) {
    runSampleQca();
    ASSERT_EQ(pane->qcaResult().table.positiveCases, 4);
    // Ess and Pen both show shorter lines now: their row stops being contradictory.
    for (const char* caseId : {"ess", "pen"}) {
        if (frame->session().project().findCase(caseId)->verdictOn("kortere-lijntjes") == VerdictValue::Supported) continue;
        ASSERT_TRUE(frame->session().push(
            edits::setVerdict(frame->session().project(), caseId, "kortere-lijntjes", VerdictValue::Supported), "test"));
    }
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    QcaResult expected = runQca(frame->session().project(), pane->qcaRequest());
    EXPECT_EQ(pane->qcaResult().table.positiveCases, 5);
    EXPECT_EQ(formatModel(pane->qcaResult().conservative.models.at(0), pane->qcaResult().names),
              formatModel(expected.conservative.models.at(0), expected.names));
    EXPECT_EQ(rowsOf(pane->qcaView()->list(0)), rowsOf(reportQca(frame->session().project(), expected).tables[0]));
    for (const TruthTableRow& row : pane->qcaResult().table.rows) EXPECT_FALSE(row.contradictory());

    // Two requests in a row: whatever the worker finishes first, the later request is what shows.
    pane->setConditions({"klein-gebied", "hoge-dekking"});
    pumpPending();  // the first request is on the worker now
    pane->setConditions({"wijkagent-neemt-deel"});
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    EXPECT_EQ(pane->qcaResult().names, (std::vector<std::string>{"wijkagent-neemt-deel"}));
    EXPECT_EQ(pane->qcaView()->list(0)->GetColumnCount(), 1 + 5) << "one condition, then OUT n consistency flag cases";

    // Hidden, the pane skips the work; shown again, it catches up with the edits it missed.
    frame->aui().GetPane("analysis").Hide();
    frame->aui().Update();
    ASSERT_TRUE(frame->session().push(
        edits::setVerdict(frame->session().project(), "bb", "kortere-lijntjes", VerdictValue::Refuted), "test"));
    pumpPending();
    EXPECT_EQ(pane->qcaResult().table.positiveCases, 5) << "nothing computed while hidden";
    frame->aui().GetPane("analysis").Show();
    frame->aui().Update();
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    EXPECT_EQ(pane->qcaResult().table.positiveCases, 4);
}

TEST_F(AnalysisTest, AConditionMadeInTheDialogIsUsableAndUndoes) {
    std::size_t before = frame->session().project().conditions.size();
    unsigned listed = pane->conditionList()->GetCount();
    ASSERT_EQ(listed, before);
    Condition wanted;
    wanted.label = "Redelijke dekking";
    wanted.attribute = "dekking";
    wanted.op = ConditionOp::AtLeast;
    wanted.value = "++";
    {
        ConditionDialogFiller filler(wanted);
        pane->newCondition();
        EXPECT_EQ(filler.shown, 1);
        EXPECT_TRUE(filler.refusal.empty()) << filler.refusal;
    }
    const Project& project = frame->session().project();
    ASSERT_EQ(project.conditions.size(), before + 1);
    EXPECT_EQ(project.conditions.back().id, "redelijke-dekking");
    EXPECT_EQ(project.conditions.back().value, "++");
    EXPECT_EQ(frame->session().document().undoStack().undoText(), "Add condition “Redelijke dekking”");
    ASSERT_TRUE(pumpUntil([&] { return pane->conditionList()->GetCount() == listed + 1; }));
    // It can be used at once: as a QCA condition and as a split.
    ASSERT_TRUE(pane->setOutcome("kortere-lijntjes"));
    pane->setConditions({"redelijke-dekking", "wijkagent-neemt-deel"});
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    EXPECT_TRUE(pane->qcaResult()) << pane->qcaResult().error;
    EXPECT_EQ(pane->qcaResult().names, (std::vector<std::string>{"wijkagent-neemt-deel", "redelijke-dekking"}));

    // A value off the scale is refused in the dialog, with the reason, and nothing changes.
    {
        Condition bad = wanted;
        bad.value = "+++++";
        ConditionDialogFiller filler(bad);
        pane->newCondition();
        EXPECT_FALSE(filler.refusal.empty());
        EXPECT_EQ(frame->session().project().conditions.size(), before + 1);
    }

    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(frame->session().project().conditions.size(), before);
    ASSERT_TRUE(pumpUntil([&] { return pane->conditionList()->GetCount() == listed && !pane->busy(); }));
    EXPECT_EQ(pane->qcaRequest().conditions, (std::vector<std::string>{"wijkagent-neemt-deel"}))
        << "the undone condition leaves the request";
}

TEST_F(AnalysisTest, EditingAConditionKeepsItCheckedAndDeletingUndoes) {
    ASSERT_TRUE(pane->setOutcome("kortere-lijntjes"));
    pane->setConditions({"veilige-buurt"});
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    ASSERT_TRUE(pane->selectCondition("veilige-buurt"));
    Condition changed = *findCondition(frame->session().project(), "veilige-buurt");
    changed.id = "zeer-veilige-buurt";
    changed.value = "110";
    {
        ConditionDialogFiller filler(changed);
        pane->editCondition();
        EXPECT_TRUE(filler.refusal.empty()) << filler.refusal;
    }
    EXPECT_EQ(*findCondition(frame->session().project(), "zeer-veilige-buurt"), changed);
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    EXPECT_EQ(pane->qcaRequest().conditions, (std::vector<std::string>{"zeer-veilige-buurt"}))
        << "a renamed condition stays checked";
    EXPECT_EQ(pane->qcaResult().names, (std::vector<std::string>{"zeer-veilige-buurt"}));

    std::size_t count = frame->session().project().conditions.size();
    ASSERT_TRUE(pane->selectCondition("zeer-veilige-buurt"));
    pane->deleteCondition();
    EXPECT_EQ(frame->session().project().conditions.size(), count - 1);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(frame->session().project().conditions.size(), count);
    EXPECT_NE(findCondition(frame->session().project(), "zeer-veilige-buurt"), nullptr);
}

TEST_F(AnalysisTest, SplitTabShowsKorteLijntjesByWijkagent) {
    pane->showTab(AnalysisPane::kSplit);
    ASSERT_TRUE(pane->setSplitBy("wijkagent-neemt-deel"));
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    wxListCtrl* list = pane->splitView()->list(0);
    ASSERT_NE(list, nullptr);
    ASSERT_GE(list->GetColumnCount(), 3);
    wxListItem heading;
    heading.SetMask(wxLIST_MASK_TEXT);
    list->GetColumn(1, heading);
    EXPECT_EQ(utf8(heading.GetText()), "yes (5)");
    bool found = false;
    for (long r = 0; r < list->GetItemCount(); ++r) {
        if (utf8(list->GetItemText(r, 0)) != "Meer (preventieve) actie door kortere lijntjes") continue;
        found = true;
        EXPECT_EQ(utf8(list->GetItemText(r, 1)), "4/5");
        EXPECT_EQ(utf8(list->GetItemText(r, 2)), "0/5");
        // Its row highlights the four cases that support it.
        ASSERT_TRUE(pane->splitView()->selectRow(0, r));
        EXPECT_EQ(frame->session().highlightedCases().size(), 4u);
    }
    EXPECT_TRUE(found);

    // The other tabs have their reports: links both ways, triangulation, and the two theories' diff.
    EXPECT_GT(pane->linksView()->list(0)->GetItemCount(), 0);
    EXPECT_GE(pane->triangulationView()->tableCount(), 2u);
    ASSERT_TRUE(pane->setDiffTheories("impliciet", "herzien"));
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    ASSERT_GE(pane->diffView()->tableCount(), 1u);
    EXPECT_GT(pane->diffView()->list(0)->GetItemCount(), 0);
}

// Returns the number of distinct colours in every 7th pixel: a painted window has many.
std::size_t coloursOf(const wxImage& image) {
    std::set<unsigned> colours;
    const unsigned char* data = image.GetData();
    for (int i = 0; i < image.GetWidth() * image.GetHeight(); i += 7)
        colours.insert((data[3 * i] << 16) | (data[3 * i + 1] << 8) | data[3 * i + 2]);
    return colours.size();
}

std::string screenshotPath(const std::string& name) {
    const char* directory = std::getenv("REALIST_SCREENSHOT_DIR");
    return std::string(directory && *directory ? directory : REALIST_BINARY_DIR) + "/" + name;
}

ShownReport oneTable(const std::string& title, std::vector<std::vector<std::string>> rows) {
    ShownReport shown;
    shown.report.tables.push_back({title, {"node", "k/n"}, std::move(rows), {}});
    shown.rows = {std::vector<ReportRowInfo>(shown.report.tables[0].rows.size())};
    return shown;
}

// What keeps an edit on a big project quick: a tab in the back draws nothing until it is read or
// brought forward, the same report is not drawn again, and new numbers in the same table reuse
// its list. Each is checked by what the user would see (and by the list staying the same window).
TEST(ReportViewTest, DrawsOnlyWhatIsSeenAndOnlyWhatChanged) {
    auto* window = new wxFrame(nullptr, wxID_ANY, "reports");
    auto* view = new ReportView(window, "view");
    window->Show();

    view->setDeferred(true);
    view->show(oneTable("Links", {{"A", "1/2"}, {"B", "0/2"}}));
    EXPECT_EQ(wxWindow::FindWindowByName("view-table-0", view), nullptr) << "a tab in the back draws nothing yet";
    view->setDeferred(false);
    wxListCtrl* list = view->list(0);
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(utf8(list->GetItemText(1, 1)), "0/2");

    view->show(oneTable("Links", {{"A", "1/2"}, {"B", "0/2"}}));
    EXPECT_EQ(view->list(0), list) << "the same report is not drawn again";

    view->show(oneTable("Links", {{"A", "2/2"}, {"B", "0/2"}, {"C", "1/1"}}));
    EXPECT_EQ(view->list(0), list) << "new numbers in the same table reuse its list";
    EXPECT_EQ(list->GetItemCount(), 3);
    EXPECT_EQ(utf8(list->GetItemText(0, 1)), "2/2");

    view->show(oneTable("Other", {{"A", "x"}}));
    ASSERT_NE(view->list(0), nullptr);
    EXPECT_EQ(utf8(view->list(0)->GetItemText(0, 1)), "x") << "another table is drawn anew";

    view->showMessage("Choose an outcome.");
    EXPECT_EQ(view->tableCount(), 0u);
    EXPECT_EQ(utf8(view->notesText()), "Choose an outcome.");
    window->Destroy();
    pumpPending();
}

TEST_F(AnalysisTest, ScreenshotOfThePaneWithTheSample) {
    wxInitAllImageHandlers();
    // First docked in the window, a term clicked: its cases marked in the matrix and the diagram.
    runSampleQca();
    ASSERT_TRUE(pane->qcaView()->selectRow(1, 0));
    frame->Refresh();
    frame->Update();
    pumpFor(600);
    wxImage window = captureScreen(frame->GetScreenRect());
    ASSERT_TRUE(window.IsOk());
    ASSERT_TRUE(window.SaveFile(wxs(screenshotPath("editor-analysis-window.png")), wxBITMAP_TYPE_PNG));
    EXPECT_GE(coloursOf(window), 20u);

    // Then the pane alone, floated large over the window as a user would for a close look.
    frame->aui().GetPane("analysis").Float().FloatingPosition(frame->GetScreenPosition() + wxPoint(80, 60))
        .FloatingSize(wxSize(1300, 860));
    frame->aui().Update();
    pane->qcaView()->list(1)->SetFocus();
    wxWindow* floating = wxGetTopLevelParent(pane);
    floating->Raise();
    floating->Refresh();
    floating->Update();
    pumpFor(600);
    wxImage image = captureScreen(floating->GetScreenRect());
    ASSERT_TRUE(image.IsOk());
    ASSERT_TRUE(image.SaveFile(wxs(screenshotPath("editor-analysis.png")), wxBITMAP_TYPE_PNG));
    // A painted pane has text in several colours; an unpainted one is one flat grey.
    EXPECT_GE(coloursOf(image), 20u);

    // The split tab, for a look at a report of another kind.
    pane->showTab(AnalysisPane::kSplit);
    ASSERT_TRUE(pane->setSplitBy("wijkagent-neemt-deel"));
    ASSERT_TRUE(pumpUntil([this] { return !pane->busy(); }));
    pumpFor(400);
    wxImage split = captureScreen(floating->GetScreenRect());
    ASSERT_TRUE(split.IsOk());
    ASSERT_TRUE(split.SaveFile(wxs(screenshotPath("editor-analysis-split.png")), wxBITMAP_TYPE_PNG));
    EXPECT_GE(coloursOf(split), 20u);

    // And the condition dialog, editing one of the sample's ordinal conditions.
    const Condition* condition = findCondition(frame->session().project(), "hoge-dekking");
    ASSERT_NE(condition, nullptr);
    auto* dialog = new ConditionDialog(frame, frame->session().project(), *condition, condition->id);
    dialog->Show();
    dialog->Raise();
    pumpFor(600);
    wxImage shot = captureScreen(dialog->GetScreenRect());
    ASSERT_TRUE(shot.IsOk());
    ASSERT_TRUE(shot.SaveFile(wxs(screenshotPath("editor-condition-dialog.png")), wxBITMAP_TYPE_PNG));
    EXPECT_GE(coloursOf(shot), 10u);
    dialog->Destroy();
}

}  // namespace
}  // namespace rw::gui::test
