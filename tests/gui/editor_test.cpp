// The editor as a user drives it, under Xvfb: the sample opens, a tick set through the grid
// changes the findings and undoes, a node and a link are made in the diagram, saving and
// reloading gives the same project, and unsaved work survives a crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <wx/grid.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "app/document/editor_plugins.h"
#include "app/gui/command_ids.h"
#include "app/gui/diagram_canvas.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/document_layer.h"
#include "app/gui/find_dialog.h"
#include "app/gui/findings_pane.h"
#include "app/gui/inspector_pane.h"
#include "app/gui/matrix_pane.h"
#include "app/gui/outline_pane.h"
#include "app/gui/wx_strings.h"
#include "model/checks/checks.h"
#include "model/edit/edits.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/large_project.h"

namespace rw::gui::test {
namespace {

namespace fs = std::filesystem;


bool hasFinding(const FindingsPane& pane, const std::string& code, const std::string& node) {
    for (const Finding& finding : pane.findings())
        if (finding.code == code && std::find(finding.nodes.begin(), finding.nodes.end(), node) != finding.nodes.end())
            return true;
    return false;
}

VerdictValue verdictOf(MainFrame& frame, const std::string& caseId, const std::string& nodeId) {
    const Case* c = frame.session().project().findCase(caseId);
    return c ? c->verdictOn(nodeId) : VerdictValue::NotAssessed;
}

// A copy of the sample in the scratch folder, so that saving never touches the source tree.
std::string scratchCopy(const std::string& name) {
    std::string path = scratchDirectory() + "/" + name;
    fs::copy_file(sourcePath(kSample), path, fs::copy_options::overwrite_existing);
    return path;
}

class EditorTest : public testing::Test {
protected:
    void SetUp() override { frame = makeFrame(); }
    void TearDown() override { destroyFrame(frame); }

    void openSample() {
        ASSERT_TRUE(openAndLayOut(*frame, sourcePath(kSample)));
        ASSERT_TRUE(pumpUntil([this] { return !frame->findings()->findings().empty(); }));
    }

    MainFrame* frame = nullptr;
    DialogAnswerer dialogs;
};

TEST_F(EditorTest, OpensTheSampleInEveryPane) {
    openSample();
    EXPECT_NE(utf8(frame->GetTitle()).find("rotterdam-digitale-buurtpreventie.realist"), std::string::npos);
    EXPECT_EQ(utf8(frame->GetTitle()).front(), 'r') << "a freshly opened file is not dirty";
    EXPECT_TRUE(frame->outline()->itemFor(Selection::node("impliciet", "heterdaadkracht")).IsOk());
    EXPECT_GE(frame->matrix()->grid()->GetNumberRows(), 13 + 15);
    EXPECT_EQ(frame->matrix()->grid()->GetNumberCols(), 10 + 1);
    EXPECT_EQ(frame->findings()->findings().front().code, "RW-DEAD-NODE");
    EXPECT_TRUE(hasFinding(*frame->findings(), "RW-DEAD-NODE", "heterdaadkracht"));
    EXPECT_EQ(frame->diagram()->canvas()->layout().nodes.size(), 13u);
    EXPECT_TRUE(dialogs.seen().empty());
}

// The editor's findings run the plugins' check rules too, as `realist check` does, so the two
// never disagree about a project.
TEST_F(EditorTest, FindingsRunThePluginsCheckRulesAsTheCliDoes) {
    editorPlugins().registry().addCheckRule(
        {"XX-FROM-A-PLUGIN", Severity::Warning, "a rule a plugin added", [](const CheckContext& context, std::vector<Finding>& out) {
             out.push_back({Severity::Warning, "", "the plugin's finding", "", {context.theory.nodes.front().id}, {}, {}});
         }});
    openSample();
    const std::string firstNode = frame->session().theory()->nodes.front().id;
    ASSERT_TRUE(pumpUntil([&] { return hasFinding(*frame->findings(), "XX-FROM-A-PLUGIN", firstNode); }));
    EXPECT_TRUE(hasFinding(*frame->findings(), "RW-DEAD-NODE", "heterdaadkracht")) << "beside the built-in rules";
}

// The findings compare every quote with its source's text: embedded, or the file beside the project.
TEST_F(EditorTest, FindingsNameAQuoteThatIsNotItsSourceText) {
    std::string shifted = scratchDirectory() + "/shifted-quote.realist";
    fs::copy_file(sourcePath("tests/fixtures/quotes/shifted-quote.realist"), shifted, fs::copy_options::overwrite_existing);
    ASSERT_TRUE(openAndLayOut(*frame, shifted));
    ASSERT_TRUE(pumpUntil([this] { return hasFinding(*frame->findings(), "RW-QUOTE-MISMATCH", "eyes"); }));

    // The sample's report, replaced by another text beside a copy: its quotes are not compared.
    std::string sample = scratchCopy("rotterdam-changed-source.realist");
    std::ofstream(scratchDirectory() + "/000_469f58c57587ea32.txt") << "Een ander rapport.\n";
    ASSERT_TRUE(openAndLayOut(*frame, sample));
    ASSERT_TRUE(pumpUntil([this] {
        const auto& all = frame->findings()->findings();
        return std::any_of(all.begin(), all.end(), [](const Finding& f) { return f.code == "RW-SOURCE-CHANGED"; });
    }));
    EXPECT_FALSE(hasFinding(*frame->findings(), "RW-QUOTE-MISMATCH", "ogen-oren"));
    fs::remove(scratchDirectory() + "/000_469f58c57587ea32.txt");
}

// At 1,000 nodes × 100 cases a tick repaints its cell, its row's total and its column's total,
// and nothing else: no rebuild of the grid, the cursor and the scroll position stay.
TEST_F(EditorTest, ATickInABigMatrixUpdatesOnlyItsCellAndTotals) {
    std::string path = scratchDirectory() + "/big.realist";
    ASSERT_TRUE(saveProject(largeProject(1000, 100), path));
    ASSERT_TRUE(frame->openFile(wxs(path)));
    MatrixPane* matrix = frame->matrix();
    matrix->flushRebuild();
    ASSERT_TRUE(matrix->goToCell("c40", "n500"));
    wxGrid* grid = matrix->grid();
    pumpPending();
    wxGridCellCoords cursor = grid->GetGridCursorCoords();
    int scrollX = 0, scrollY = 0;
    grid->GetViewStart(&scrollX, &scrollY);
    int rebuilds = matrix->rebuildCount();
    int cells = matrix->cellsUpdated();
    VerdictValue before = verdictOf(*frame, "c40", "n500");
    VerdictValue after = before == VerdictValue::Supported ? VerdictValue::Refuted : VerdictValue::Supported;

    ASSERT_TRUE(matrix->setCurrentVerdict(after));
    pumpPending();
    matrix->flushRebuild();
    EXPECT_EQ(matrix->rebuildCount(), rebuilds) << "a tick rebuilt the whole grid";
    EXPECT_EQ(matrix->cellsUpdated() - cells, 3) << "its cell, its row's total and its column's total";
    EXPECT_EQ(grid->GetCellValue(cursor.GetRow(), cursor.GetCol()), wxs(std::string(verdictSymbol(after))));
    EXPECT_EQ(grid->GetGridCursorCoords(), cursor);
    int nowX = 0, nowY = 0;
    grid->GetViewStart(&nowX, &nowY);
    EXPECT_EQ(nowX, scrollX);
    EXPECT_EQ(nowY, scrollY);

    // Undo puts the old tick back the same way.
    frame->session().document().undoStack().undo();
    pumpPending();
    matrix->flushRebuild();
    EXPECT_EQ(matrix->rebuildCount(), rebuilds);
    EXPECT_EQ(verdictOf(*frame, "c40", "n500"), before);
    EXPECT_EQ(grid->GetCellValue(cursor.GetRow(), cursor.GetCol()), wxs(std::string(verdictSymbol(before))));
    fs::remove(path);
}

// Returns how many pixels of two pictures of one size differ by more than a little (antialiasing).
long differentPixels(const wxImage& a, const wxImage& b) {
    long count = 0;
    const unsigned char* p = a.GetData();
    const unsigned char* q = b.GetData();
    for (long i = 0, n = static_cast<long>(a.GetWidth()) * a.GetHeight() * 3; i < n; i += 3)
        count += std::abs(p[i] - q[i]) + std::abs(p[i + 1] - q[i + 1]) + std::abs(p[i + 2] - q[i + 2]) > 24;
    return count;
}

// A tick changes colours and badges, never where things are: the case diagram recolours the
// ticked node and the links at it on the layout it shows, without asking Graphviz again.
TEST_F(EditorTest, ATickRecoloursItsNodeInTheCaseDiagramWithoutANewLayout) {
    openSample();
    DiagramPane* diagram = frame->diagram();
    diagram->setView(DiagramView::Case, "bbo");
    ASSERT_TRUE(pumpUntil([&] { return !diagram->layoutPending(); }));
    int layouts = diagram->layoutsShown();
    int restyles = diagram->restylesShown();
    auto fillOf = [&](const std::string& id) {
        for (const DiagramNode& node : diagram->canvas()->layout().nodes)
            if (node.id == id) return node.fill;
        return std::string();
    };
    std::string before = fillOf("heterdaadkracht");
    ASSERT_FALSE(before.empty());

    ASSERT_TRUE(frame->matrix()->goToCell("bbo", "heterdaadkracht"));
    pumpPending();
    diagram->canvas()->Update();  // painted before the tick, so the tick repaints part of a picture
    ASSERT_TRUE(pumpUntil([&] { return diagram->canvas()->cachedPicture().IsOk(); }));
    ASSERT_TRUE(frame->matrix()->setCurrentVerdict(VerdictValue::Supported));
    ASSERT_TRUE(pumpUntil([&] { return diagram->restylesShown() > restyles && !diagram->layoutPending(); }));
    EXPECT_EQ(diagram->layoutsShown(), layouts) << "a tick laid the diagram out again";
    const DiagramCanvas::Restyled& restyled = diagram->canvas()->lastRestyle();
    EXPECT_FALSE(restyled.everything);
    EXPECT_EQ(restyled.nodes, std::vector<std::string>{"heterdaadkracht"});
    const Theory& theory = *frame->session().project().findTheory(frame->session().theoryId());
    for (const std::string& id : restyled.links) {
        auto link = std::find_if(theory.links.begin(), theory.links.end(), [&](const Link& l) { return l.id == id; });
        ASSERT_NE(link, theory.links.end());
        EXPECT_TRUE(link->from == "heterdaadkracht" || link->to == "heterdaadkracht") << id << " is not at the tick";
    }
    EXPECT_NE(fillOf("heterdaadkracht"), before) << "the node shows its new verdict";
    // What was repainted in part is what a whole new paint draws.
    pumpPending();
    wxImage kept = diagram->canvas()->cachedPicture().ConvertToImage();
    wxImage fresh = diagram->canvas()->paintAll().ConvertToImage();
    ASSERT_TRUE(kept.IsOk());
    ASSERT_EQ(kept.GetSize(), fresh.GetSize());
    EXPECT_LT(differentPixels(kept, fresh), kept.GetWidth() * kept.GetHeight() / 1000) << "stale pixels after the tick";

    // Undo, and the highlight switched on, restyle the same layout too.
    frame->session().document().undoStack().undo();
    ASSERT_TRUE(pumpUntil([&] { return diagram->restylesShown() > restyles + 1 && !diagram->layoutPending(); }));
    EXPECT_EQ(fillOf("heterdaadkracht"), before);
    diagram->setHighlight(true);
    ASSERT_TRUE(pumpUntil([&] { return diagram->restylesShown() > restyles + 2 && !diagram->layoutPending(); }));
    EXPECT_EQ(diagram->layoutsShown(), layouts);
    EXPECT_FALSE(diagram->canvas()->lastRestyle().nodes.empty()) << "the dead node stands out";
}

// The highlight marks what the Findings pane lists: after a tick the diagram reads the pane's
// new findings instead of running the checks again on its own.
TEST_F(EditorTest, TheHighlightFollowsTheFindingsPaneWithoutCheckingAgain) {
    openSample();
    DiagramPane* diagram = frame->diagram();
    auto highlighted = [&](const std::string& id) {
        for (const DiagramNode& node : diagram->canvas()->layout().nodes)
            if (node.id == id) return node.highlighted;
        return false;
    };
    auto listsDeadNode = [&] {  // heterdaadkracht's; veiligheid stays dead
        for (const Finding& finding : frame->findings()->findings())
            if (finding.code == check_codes::kDeadNode && finding.nodes.front() == "heterdaadkracht") return true;
        return false;
    };
    diagram->setHighlight(true);
    ASSERT_TRUE(pumpUntil([&] { return !diagram->layoutPending() && highlighted("heterdaadkracht"); }));
    ASSERT_TRUE(listsDeadNode());
    int ownChecks = diagram->highlightChecksRun();

    // Supported in one case, heterdaadkracht is no longer dead: the finding and its mark go.
    ASSERT_TRUE(frame->session().push(edits::setVerdict(frame->session().project(), "bbo", "heterdaadkracht",
                                                        VerdictValue::Supported),
                                      "tick"));
    ASSERT_TRUE(pumpUntil([&] { return !listsDeadNode() && !diagram->layoutPending() && !highlighted("heterdaadkracht"); }));
    EXPECT_EQ(diagram->highlightChecksRun(), ownChecks) << "the diagram checked again beside the Findings pane";
    frame->session().document().undoStack().undo();
    ASSERT_TRUE(pumpUntil([&] { return listsDeadNode() && !diagram->layoutPending() && highlighted("heterdaadkracht"); }));
    EXPECT_EQ(diagram->highlightChecksRun(), ownChecks);
}

TEST_F(EditorTest, TickThroughTheGridChangesTheFindingsAndUndoes) {
    openSample();
    ASSERT_EQ(verdictOf(*frame, "bbo", "heterdaadkracht"), VerdictValue::Refuted);
    wxGrid* grid = frame->matrix()->grid();
    wxGridCellCoords cell = frame->matrix()->cellOf("bbo", "heterdaadkracht");
    ASSERT_GE(cell.GetRow(), 0);
    grid->MakeCellVisible(cell);
    pumpPending();

    // Two real clicks on the cell: the first selects it, the second cycles x → ?.
    wxRect rect = grid->CellToRect(cell);
    wxPoint centre = grid->GetGridWindow()->ClientToScreen(
        grid->CalcScrolledPosition(wxPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)));
    wxUIActionSimulator simulator;
    simulator.MouseMove(centre);
    pumpPending();
    simulator.MouseClick();
    ASSERT_TRUE(pumpUntil([&] { return grid->GetGridCursorCoords() == cell; }, 5000))
        << "clicked at " << centre.x << "," << centre.y << ", the cursor is at " << grid->GetGridCursorRow() << ","
        << grid->GetGridCursorCol();
    EXPECT_EQ(frame->session().selection(), Selection::cell("impliciet", "bbo", "heterdaadkracht"));
    pumpFor(700);  // longer than a double-click: two separate clicks, as a user makes them
    simulator.MouseClick();
    ASSERT_TRUE(pumpUntil([&] { return verdictOf(*frame, "bbo", "heterdaadkracht") == VerdictValue::Mixed; }, 5000));

    // The key Y sets ✓: heterdaadkracht is no longer refuted everywhere, so it is no longer dead.
    grid->SetFocus();
    wxKeyEvent key(wxEVT_CHAR);
    key.m_keyCode = 'y';
    key.m_uniChar = 'y';
    key.SetEventObject(grid->GetGridWindow());
    grid->GetGridWindow()->GetEventHandler()->ProcessEvent(key);
    EXPECT_EQ(verdictOf(*frame, "bbo", "heterdaadkracht"), VerdictValue::Supported);
    ASSERT_TRUE(pumpUntil([&] { return !hasFinding(*frame->findings(), "RW-DEAD-NODE", "heterdaadkracht"); }));
    EXPECT_EQ(utf8(frame->GetTitle()).front(), '*') << "the title shows unsaved changes";
    EXPECT_TRUE(pumpUntil([&] { return grid->GetCellValue(cell) == wxString::FromUTF8("\u2713"); }));

    // One undo step: the click and the key on the same cell merged into one edit.
    EXPECT_NE(frame->session().document().undoStack().undoText().find("heterdaadkracht"), std::string::npos);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(verdictOf(*frame, "bbo", "heterdaadkracht"), VerdictValue::Refuted);
    ASSERT_TRUE(pumpUntil([&] { return hasFinding(*frame->findings(), "RW-DEAD-NODE", "heterdaadkracht"); }));
    EXPECT_FALSE(frame->session().document().isDirty());
    sendMenu(*frame, wxID_REDO);
    EXPECT_EQ(verdictOf(*frame, "bbo", "heterdaadkracht"), VerdictValue::Supported);
    EXPECT_TRUE(dialogs.seen().empty());
}

TEST_F(EditorTest, DeleteKeyClearsATickAndFindingsSelectTheirSubject) {
    openSample();
    ASSERT_TRUE(frame->matrix()->goToCell("pen", "ogen-oren"));
    wxGrid* grid = frame->matrix()->grid();
    wxKeyEvent key(wxEVT_KEY_DOWN);
    key.m_keyCode = WXK_DELETE;
    key.SetEventObject(grid->GetGridWindow());
    grid->GetGridWindow()->GetEventHandler()->ProcessEvent(key);
    EXPECT_EQ(verdictOf(*frame, "pen", "ogen-oren"), VerdictValue::NotAssessed);

    frame->findings()->goToFinding(0);  // what a double-click does
    EXPECT_EQ(frame->session().selection().kind, Selection::Kind::Node);
    EXPECT_EQ(frame->session().selection().id, "heterdaadkracht");
    EXPECT_TRUE(pumpUntil([this] {
        return frame->outline()->tree()->GetSelection() ==
               frame->outline()->itemFor(Selection::node("impliciet", "heterdaadkracht"));
    }));
}

TEST_F(EditorTest, NodeAndLinkAreMadeInTheDiagram) {
    openSample();
    std::string id = frame->addNode(NodeKind::Mechanism, "Buren kennen elkaar");
    ASSERT_FALSE(id.empty());
    DiagramCanvas* canvas = frame->diagram()->canvas();
    ASSERT_TRUE(pumpUntil([&] { return canvas->windowPointOf(id).x >= 0 && !frame->diagram()->layoutPending(); }));
    pumpPending();

    // Drag with Shift from "Meer ogen en oren" to the new node.
    wxPoint from = canvas->ClientToScreen(canvas->windowPointOf("ogen-oren"));
    wxPoint to = canvas->ClientToScreen(canvas->windowPointOf(id));
    ASSERT_EQ(canvas->nodeAtWindow(canvas->ScreenToClient(from)), "ogen-oren");
    wxUIActionSimulator simulator;
    simulator.MouseMove(from);
    pumpPending();
    simulator.KeyDown(WXK_SHIFT);
    simulator.MouseDown();
    pumpPending();
    for (int step = 1; step <= 8; ++step) {
        simulator.MouseMove(from + (to - from) * step / 8);
        pumpPending();
    }
    simulator.MouseUp();
    simulator.KeyUp(WXK_SHIFT);
    auto linked = [&] {
        for (const Link& link : frame->session().theory()->links)
            if (link.from == "ogen-oren" && link.to == id) return true;
        return false;
    };
    ASSERT_TRUE(pumpUntil(linked, 5000));
    EXPECT_EQ(frame->session().selection().kind, Selection::Kind::Link);

    // A double-click edits the label in place.
    ASSERT_TRUE(pumpUntil([&] { return canvas->windowPointOfLink(frame->session().selection().id).x >= 0; }));
    ASSERT_TRUE(canvas->beginLabelEdit(id));
    ASSERT_NE(canvas->labelEditor(), nullptr);
    canvas->labelEditor()->SetValue("Buren kennen elkaar beter");
    canvas->endLabelEdit(true);
    EXPECT_EQ(frame->session().theory()->findNode(id)->label, "Buren kennen elkaar beter");

    // Three edits, three undos, and the theory is as it was.
    UndoStack& undo = frame->session().document().undoStack();
    undo.undo();
    undo.undo();
    undo.undo();
    EXPECT_EQ(frame->session().theory()->findNode(id), nullptr);
    EXPECT_FALSE(frame->session().document().isDirty());
}

TEST_F(EditorTest, SaveAsReloadsEqual) {
    openSample();
    ASSERT_TRUE(frame->matrix()->goToCell("tide", "heterdaadkracht"));
    ASSERT_TRUE(frame->matrix()->setCurrentVerdict(VerdictValue::Mixed));
    std::string id = frame->addNode(NodeKind::Context, "Actieve beheerder");
    ASSERT_FALSE(id.empty());
    std::string path = scratchDirectory() + "/saved-as.realist";
    ASSERT_TRUE(frame->saveAs(wxs(path)));
    EXPECT_FALSE(frame->session().document().isDirty());
    EXPECT_EQ(frame->session().document().path(), path);

    LoadResult reloaded = loadProject(path);
    ASSERT_TRUE(reloaded) << reloaded.error.toString();
    EXPECT_TRUE(*reloaded.project == frame->session().project());
    // And a second save of an unchanged project writes the very same bytes.
    std::string before;
    std::string why;
    ASSERT_TRUE(readWholeFile(path, before, why));
    ASSERT_TRUE(frame->save());
    std::string after;
    ASSERT_TRUE(readWholeFile(path, after, why));
    EXPECT_EQ(before, after);
    EXPECT_TRUE(fs::exists(path + "~")) << "the previous version is kept";
}

TEST_F(EditorTest, ChangeOnDiskIsNoticedBeforeOverwriting) {
    std::string path = scratchCopy("shared.realist");
    ASSERT_TRUE(frame->loadFile(wxs(path)));
    ASSERT_TRUE(frame->matrix()->goToCell("bbo", "ogen-oren"));
    ASSERT_TRUE(frame->matrix()->setCurrentVerdict(VerdictValue::Refuted));

    // Someone else saves the file meanwhile.
    std::string theirs;
    std::string why;
    ASSERT_TRUE(readWholeFile(path, theirs, why));
    theirs += "\n<!-- edited elsewhere -->\n";
    { std::ofstream(path, std::ios::binary) << theirs; }

    dialogs.answer(wxID_CANCEL);
    EXPECT_FALSE(frame->save());
    EXPECT_TRUE(dialogs.saw("changed on disk"));
    std::string onDisk;
    ASSERT_TRUE(readWholeFile(path, onDisk, why));
    EXPECT_EQ(onDisk, theirs) << "their version is untouched";
    EXPECT_TRUE(frame->session().document().isDirty()) << "and ours is still here";

    dialogs.answer(wxID_YES);  // Overwrite
    EXPECT_TRUE(frame->save());
    ASSERT_TRUE(readWholeFile(path, onDisk, why));
    EXPECT_EQ(onDisk, writeProject(frame->session().project()));
}

TEST_F(EditorTest, CloseWithUnsavedChangesAsks) {
    openSample();
    frame->addNode(NodeKind::Outcome, "Minder inbraken");
    dialogs.answer(wxID_CANCEL);
    EXPECT_FALSE(frame->Close());
    EXPECT_TRUE(dialogs.saw("Save the changes"));
    EXPECT_TRUE(frame->IsShown()) << "cancel keeps the window and the work";
    dialogs.answer(wxID_CANCEL);
    EXPECT_FALSE(frame->openFile(wxs(sourcePath(kSample))));
    EXPECT_TRUE(frame->session().document().isDirty());
}

TEST_F(EditorTest, CopyAndPasteANode) {
    openSample();
    frame->session().select(Selection::node("impliciet", "heterdaadkracht"));
    sendMenu(*frame, wxID_COPY);
    sendMenu(*frame, wxID_PASTE);
    const Theory* theory = frame->session().theory();
    ASSERT_EQ(theory->nodes.back().label, theory->findNode("heterdaadkracht")->label);
    EXPECT_NE(theory->nodes.back().id, "heterdaadkracht");
    EXPECT_EQ(frame->session().selection().id, theory->nodes.back().id);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_FALSE(frame->session().document().isDirty());
}

TEST_F(EditorTest, TheInspectorShowsTheEvidenceOfACell) {
    openSample();
    frame->session().select(Selection::cell("impliciet", "bbo", "heterdaadkracht"));
    const Verdict* verdict = frame->session().project().findCase("bbo")->findVerdict("heterdaadkracht");
    ASSERT_NE(verdict, nullptr);
    ASSERT_TRUE(pumpUntil([&] {
        return frame->inspector()->evidenceList()->GetItemCount() == static_cast<int>(verdict->evidence.size());
    }));
    EXPECT_GT(frame->inspector()->evidenceList()->GetItemCount(), 0);
    EXPECT_NE(frame->inspector()->properties()->GetPropertyByName("verdict"), nullptr);
}

TEST_F(EditorTest, ExportsTheMatrixAndTheDiagramAsShown) {
    openSample();
    std::string csv = scratchDirectory() + "/matrix.csv";
    ASSERT_TRUE(frame->exportMatrixTo(wxs(csv), "csv"));
    std::string text;
    std::string why;
    ASSERT_TRUE(readWholeFile(csv, text, why));
    EXPECT_NE(text.find("Toename heterdaadkracht"), std::string::npos);
    // Every format is written by the one exporter `realist matrix` uses: byte for byte the same.
    for (std::string format : {"csv", "md", "html"}) {
        std::string path = scratchDirectory() + "/matrix." + format;
        ASSERT_TRUE(frame->exportMatrixTo(wxs(path), format));
        ASSERT_TRUE(readWholeFile(path, text, why));
        EXPECT_EQ(text, cliOutput("matrix " + std::string(REALIST_SOURCE_DIR) + "/" + kSample + " --format " + format))
            << format;
    }

    frame->diagram()->setView(DiagramView::Case, "bbo");
    std::string svg = scratchDirectory() + "/diagram.svg";
    frame->exportDiagramTo(wxs(svg), "svg");
    ASSERT_TRUE(pumpUntil([&] { return fs::exists(svg); })) << "rendered on the worker, written back here";
    ASSERT_TRUE(readWholeFile(svg, text, why));
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_NE(text.find("BloemenbuurtOost"), std::string::npos) << "the case view was exported";
    EXPECT_TRUE(dialogs.seen().empty());
}

TEST_F(EditorTest, ExportsARefiQdaProjectAndSaysWhatItLeftOut) {
    openSample();
    wxMenuItem* item = frame->GetMenuBar()->FindItem(kIdExportQdpx);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->GetItemLabelText(), wxString::FromUTF8("REFI-QDA…"));
    std::string qdpx = scratchDirectory() + "/rotterdam.qdpx";
    ASSERT_TRUE(frame->exportQdpxTo(wxs(qdpx)));
    std::string bytes, why;
    ASSERT_TRUE(readWholeFile(qdpx, bytes, why)) << why;
    EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
    // The study's report is not bundled with the sample: the quotes that cite it are left out, and said so.
    EXPECT_TRUE(dialogs.saw("source \"rapport\" exported without text")) << "the warnings are shown";
    EXPECT_TRUE(dialogs.saw("quotes citing it not exported: 131"));
}

TEST_F(EditorTest, FindSelectsWhatItFinds) {
    openSample();
    FindDialog find(frame, frame->session());
    EXPECT_GT(find.search("heterdaadkracht"), 1);
    find.goTo(0);
    EXPECT_EQ(frame->session().selection().kind, Selection::Kind::Node);
    EXPECT_EQ(find.search("no such words anywhere"), 0);
}

TEST(RecoveryTest, UnsavedWorkIsAutosavedAndOfferedAfterACrash) {
    std::string recovery = scratchDirectory() + "/crash-recovery";
    DialogAnswerer dialogs;
    MainFrame* frame = makeFrame(recovery, 100);
    ASSERT_TRUE(frame->loadFile(wxs(sourcePath(kSample))));
    ASSERT_TRUE(frame->matrix()->goToCell("heij", "heterdaadkracht"));
    ASSERT_TRUE(frame->matrix()->setCurrentVerdict(VerdictValue::Supported));
    std::string autosaved = frame->recoveryFile();
    ASSERT_TRUE(pumpUntil([&] { return fs::exists(autosaved); }, 10000)) << "the idle timer writes the recovery file";
    Project edited = frame->session().project();
    LoadResult copy = loadProject(autosaved);
    ASSERT_TRUE(copy);
    EXPECT_TRUE(*copy.project == edited);

    // A crash: the window disappears without closing, and its process is gone.
    frame->Destroy();
    pumpPending();
    std::string origin = autosaved.substr(0, autosaved.size() - std::string(".realist").size()) + ".origin";
    std::string text;
    std::string why;
    ASSERT_TRUE(readWholeFile(origin, text, why));
    text.replace(text.find("pid="), text.find('\n') - text.find("pid="), "pid=99999999");
    { std::ofstream(origin) << text; }

    MainFrame* next = makeFrame(recovery, 100);
    dialogs.answer(wxID_YES);  // Recover
    EXPECT_TRUE(next->offerRecovery());
    EXPECT_TRUE(dialogs.saw("not closed properly"));
    EXPECT_TRUE(next->session().project() == edited);
    EXPECT_TRUE(next->session().document().isDirty()) << "recovered work still needs saving";
    EXPECT_EQ(next->session().document().path(), sourcePath(kSample));
    EXPECT_FALSE(fs::exists(autosaved)) << "the old slot was taken over";
    EXPECT_TRUE(fs::exists(next->recoveryFile())) << "and kept safe in the new one";
    EXPECT_FALSE(next->offerRecovery()) << "offered once";

    // A clean close leaves nothing behind.
    std::string ours = next->recoveryFile();
    dialogs.answer(wxID_NO);  // Don't save
    EXPECT_TRUE(next->Close());
    pumpPending();
    EXPECT_FALSE(fs::exists(ours));
}

}  // namespace
}  // namespace rw::gui::test
