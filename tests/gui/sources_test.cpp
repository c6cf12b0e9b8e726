// The Sources pane as a user drives it, under Xvfb: a source's quotes are highlighted, selected
// text becomes evidence at its exact place (and undoes), "Show in source" in the inspector jumps
// to a quote's span, and File ▸ Import offers every importer and imports as one undo step.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <wx/button.h>
#include <wx/image.h>
#include <wx/menu.h>

#include "app/document/editor_plugins.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/document_layer.h"
#include "app/gui/findings_pane.h"
#include "app/gui/inspector_pane.h"
#include "app/gui/sources_pane.h"
#include "app/gui/wx_strings.h"
#include "model/chat/message_coding.h"
#include "model/core/source_text.h"
#include "model/edit/edits.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/screen_capture.h"

namespace rw::gui::test {
namespace {

namespace fs = std::filesystem;

const std::string kReportFile = "000_469f58c57587ea32.txt";  // the file the sample's report names

// The sample in a scratch folder with a stand-in for the report's text beside it: the report
// itself is not in the repository, and its quotes are placed by line numbers only. With
// $REALIST_SAMPLE_REPORT set, the report's real text is used instead (for the screenshot).
std::string sampleWithReport(bool realReport = false) {
    std::string dir = scratchDirectory() + (realReport ? "/with-real-report" : "/with-report");
    fs::create_directories(dir);
    fs::copy_file(sourcePath(kSample), dir + "/sample.realist", fs::copy_options::overwrite_existing);
    const char* real = std::getenv("REALIST_SAMPLE_REPORT");
    if (realReport && real && fs::exists(real)) {
        fs::copy_file(real, dir + "/" + kReportFile, fs::copy_options::overwrite_existing);
    } else {
        std::ofstream report(dir + "/" + kReportFile);
        for (int line = 1; line <= 4000; ++line) report << "regel " << line << "\n";
    }
    return dir + "/sample.realist";
}

int evidenceCiting(const Project& project, const std::string& sourceId) {
    int count = 0;
    for (const Case& c : project.cases)
        for (const Verdict& v : c.verdicts)
            for (const Evidence& e : v.evidence) count += e.ref.source == sourceId;
    return count;
}

const Evidence* findEvidence(const Project& project, const std::string& caseId, const std::string& quote) {
    const Case* c = project.findCase(caseId);
    for (const Verdict& v : c->verdicts)
        for (const Evidence& e : v.evidence)
            if (e.quote == quote) return &e;
    return nullptr;
}

class SourcesTest : public testing::Test {
protected:
    void SetUp() override {
        frame = makeFrame();
        frame->aui().GetPane("sources").Show();  // hidden in a new window
        frame->aui().Update();
    }
    void TearDown() override { destroyFrame(frame); }

    void open(const std::string& path) {
        ASSERT_TRUE(frame->loadFile(wxs(path)));
        pumpPending();
    }
    SourcesPane& pane() { return *frame->sources(); }

    MainFrame* frame = nullptr;
    DialogAnswerer dialogs;
};

TEST_F(SourcesTest, SpansOfTheSelectedSourceAreHighlighted) {
    open(sampleWithReport());
    const Project& project = frame->session().project();
    ASSERT_TRUE(pumpUntil([&] { return pane().list()->GetItemCount() == static_cast<int>(project.sources.size()); }));
    EXPECT_EQ(utf8(pane().list()->GetItemText(0, 2)), std::to_string(evidenceCiting(project, "rapport")))
        << "the list counts the quotes citing each source";

    frame->session().select(Selection::source("rapport"));
    ASSERT_TRUE(pumpUntil([&] { return pane().shownSource() == "rapport"; }));
    EXPECT_EQ(utf8(pane().viewer()->GetLineText(2469)), "regel 2470") << "the file next to the project is shown";
    int citing = evidenceCiting(project, "rapport");
    ASSERT_GT(citing, 100);
    ASSERT_EQ(static_cast<int>(pane().spans().size()), citing);
    for (const SourceSpan& span : pane().spans()) {
        int indicator = SourcesPane::indicatorOf(span, project);
        ASSERT_NE(pane().viewer()->IndicatorValueAt(indicator, static_cast<int>(span.bytes.begin)), 0)
            << span.evidenceId << " is highlighted in the viewer";
    }

    // A source without text says so instead of showing nothing.
    frame->session().select(Selection::source("wvap"));
    ASSERT_TRUE(pumpUntil([&] { return pane().shownSource() == "wvap"; }));
    EXPECT_TRUE(pane().spans().empty());
    EXPECT_TRUE(pane().text().empty());
    EXPECT_FALSE(pane().viewer()->GetText().empty());
}

// A tick recolours its quotes in the text and a removed quote leaves the list's count, without
// reading the source again (it may be a big file next to the project) and without losing the
// reader's place.
TEST_F(SourcesTest, ATickRecoloursItsQuotesWithoutReadingTheSourceAgain) {
    open(sampleWithReport());
    frame->session().select(Selection::source("rapport"));
    ASSERT_TRUE(pumpUntil([&] { return pane().shownSource() == "rapport" && !pane().spans().empty(); }));
    int reads = pane().textReads();
    SourceSpan span = pane().spans().front();
    VerdictValue other = span.verdict == VerdictValue::Supported ? VerdictValue::Refuted : VerdictValue::Supported;
    auto indicatorAt = [&](int indicator) {
        return pane().viewer()->IndicatorValueAt(indicator, static_cast<int>(span.bytes.begin));
    };
    SourceSpan ticked = span;
    ticked.verdict = other;
    int before = SourcesPane::indicatorOf(span, frame->session().project());
    int now = SourcesPane::indicatorOf(ticked, frame->session().project());
    ASSERT_NE(before, now);
    ASSERT_EQ(indicatorAt(now), 0);

    ASSERT_TRUE(frame->session().push(edits::setVerdict(frame->session().project(), span.caseId, span.nodeId, other), ""));
    ASSERT_TRUE(pumpUntil([&] { return indicatorAt(now) != 0; })) << "the quote shows its case's new verdict";
    EXPECT_EQ(pane().textReads(), reads) << "a tick read the source again";

    const Project& project = frame->session().project();
    int citing = evidenceCiting(project, "rapport");
    ASSERT_TRUE(frame->session().push(edits::removeEvidence(project, span.caseId, span.evidenceId), ""));
    ASSERT_TRUE(pumpUntil([&] { return utf8(pane().list()->GetItemText(0, 2)) == std::to_string(citing - 1); }))
        << "the list counts the quotes citing the source";
    EXPECT_EQ(static_cast<int>(pane().spans().size()), citing - 1);
    EXPECT_EQ(pane().textReads(), reads) << "removing a quote read the source again";
}

TEST_F(SourcesTest, SelectedTextBecomesEvidenceAndUndoes) {
    open(sourcePath(kSample));
    // Characters of two, three and four bytes before the quote: its characters are not its bytes.
    Source source;
    source.id = "gesprek";
    source.kind = SourceKind::Interview;
    source.title = "Gesprek met de beheerder";
    source.text = "Caf\xC3\xA9-eigenaar \xE2\x82\xAC 5 \xF0\x9F\x98\x80\nBeheerder: We waarschuwen elkaar nu sneller. Echt.\n";
    ASSERT_TRUE(frame->session().push(edits::addSource(frame->session().project(), source), "add source"));
    ASSERT_TRUE(pane().showSource("gesprek"));

    const std::string quote = "We waarschuwen elkaar nu sneller.";
    std::size_t at = source.text.find(quote);
    // The user's selection takes a space on either side along; the quote does not.
    pane().viewer()->SetSelection(static_cast<int>(at) - 1, static_cast<int>(at + quote.size()) + 1);
    Evidence details;
    details.stance = Stance::Supports;
    details.role = "beheerder";
    details.note = "uit de selectie";
    ASSERT_TRUE(pane().addSelectionAsEvidence("bbo", "sociale-controle", details));

    const Evidence* added = findEvidence(frame->session().project(), "bbo", quote);
    ASSERT_NE(added, nullptr);
    std::optional<Location> expected = locateQuote(source.text, quote);
    ASSERT_TRUE(expected);
    EXPECT_EQ(added->ref.source, "gesprek");
    EXPECT_EQ(added->ref.location, *expected);
    EXPECT_EQ(added->ref.location.charBegin, 31) << "counted in characters, not in bytes";
    EXPECT_EQ(added->ref.location.lineBegin, 2);
    EXPECT_EQ(added->role, "beheerder");
    EXPECT_EQ(textAt(source.text, added->ref.location), quote);
    std::string evidenceId = added->id;
    ASSERT_TRUE(pumpUntil([&] { return pane().spans().size() == 1; })) << "the new quote is highlighted";

    // Jumping to it selects exactly the quote.
    pane().viewer()->SetSelection(0, 0);
    ASSERT_TRUE(frame->session().showEvidence("bbo", evidenceId));
    EXPECT_EQ(utf8(pane().viewer()->GetSelectedText()), quote);

    frame->session().document().undoStack().undo();
    EXPECT_EQ(findEvidence(frame->session().project(), "bbo", quote), nullptr) << "one undo removes it";
    EXPECT_NE(frame->session().project().findSource("gesprek"), nullptr) << "and only it";
    ASSERT_TRUE(pumpUntil([&] { return pane().spans().empty(); }));

    pane().viewer()->SetSelection(static_cast<int>(at), static_cast<int>(at));
    EXPECT_FALSE(pane().addSelectionAsEvidence("bbo", "sociale-controle", details)) << "nothing selected";
}

TEST_F(SourcesTest, EvidenceJumpsToItsSpan) {
    open(sampleWithReport());
    frame->aui().GetPane("sources").Hide();
    frame->aui().Update();
    frame->session().select(Selection::cell("impliciet", "bbo", "ogen-oren"));
    wxListCtrl* list = frame->inspector()->evidenceList();
    ASSERT_TRUE(pumpUntil([&] { return list->GetItemCount() > 0; }));
    list->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    pumpPending();
    auto* button = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("show-in-source", frame->inspector()));
    ASSERT_NE(button, nullptr);
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->ProcessWindowEvent(click);
    pumpPending();

    EXPECT_TRUE(frame->aui().GetPane("sources").IsShown()) << "the pane opens for the jump";
    EXPECT_EQ(pane().shownSource(), "rapport");
    // bbo-ogen-oren-1 cites lines 2470-2472 of the report.
    EXPECT_EQ(utf8(pane().viewer()->GetSelectedText()), "regel 2470\nregel 2471\nregel 2472");
    int firstVisible = pane().viewer()->GetFirstVisibleLine();
    int line = pane().viewer()->LineFromPosition(pane().viewer()->GetSelectionStart());
    EXPECT_LE(firstVisible, line);
    EXPECT_LT(line, firstVisible + pane().viewer()->LinesOnScreen()) << "scrolled into view";
    EXPECT_EQ(frame->session().selection(), Selection::cell("impliciet", "bbo", "ogen-oren"))
        << "the jump leaves the inspector on its cell";
}

TEST_F(SourcesTest, ImportMenuListsEveryImporter) {
    open(sourcePath(kSample));
    wxMenu* file = frame->GetMenuBar()->GetMenu(0);
    wxMenu* imports = nullptr;
    for (wxMenuItem* item : file->GetMenuItems())
        if (item->GetSubMenu() && item->GetItemLabelText() == _("Import")) imports = item->GetSubMenu();
    ASSERT_NE(imports, nullptr);
    const auto& importers = editorPlugins().registry().importers();
    ASSERT_EQ(imports->GetMenuItemCount(), importers.size());
    EXPECT_NE(imports->FindItem("whatsapp" + wxString::FromUTF8("…")), wxNOT_FOUND);

    Project before = frame->session().project();
    ImportRequest request;
    request.path = sourcePath("tests/fixtures/whatsapp/android_nl_24h.txt");
    request.caseId = "bbo";
    ASSERT_TRUE(frame->importFile("whatsapp", request));
    const Project& after = frame->session().project();
    ASSERT_EQ(after.sources.size(), before.sources.size() + 1);
    EXPECT_EQ(pane().shownSource(), after.sources.back().id) << "what came in is shown";
    EXPECT_NE(pane().text().find("SAAR"), std::string::npos);
    frame->session().document().undoStack().undo();
    EXPECT_EQ(frame->session().project(), before) << "the import is one undo step";

    request.path = sourcePath("tests/fixtures/whatsapp/no-such-export.txt");
    EXPECT_FALSE(frame->importFile("whatsapp", request));
    EXPECT_TRUE(dialogs.saw("no-such-export.txt")) << "the importer's message is shown";
}

TEST_F(SourcesTest, ChatMessagesAreCodedAndUncoded) {
    open(sourcePath(kSample));
    ImportRequest request;
    request.path = sourcePath("tests/fixtures/whatsapp/android_nl_24h.txt");
    request.caseId = "bbo";
    ASSERT_TRUE(frame->importFile("whatsapp", request));
    std::string chatId = frame->session().project().sources.back().id;
    ASSERT_EQ(pane().shownSource(), chatId);
    ASSERT_FALSE(pane().messages().empty());
    auto message = std::find_if(pane().messages().begin(), pane().messages().end(),
                                [](const SourceMessage& m) { return !m.system && m.text.find("garages") != std::string::npos; });
    ASSERT_NE(message, pane().messages().end());

    // The caret on the message's line is enough to code it.
    int line = message->location.lineBegin - 1;
    pane().viewer()->GotoPos(pane().viewer()->PositionFromLine(line) + 3);
    ASSERT_EQ(pane().selectedMessages(), std::vector<int>{message->index});
    ASSERT_TRUE(pane().codeSelectedMessages("urgent"));
    const Source* chat = frame->session().project().findSource(chatId);
    ASSERT_EQ(chat->codings.size(), 1u);
    EXPECT_EQ(chat->codings[0].code, "urgent");
    EXPECT_EQ(chat->codings[0].caseId, "bbo") << "the case the chat was imported into";
    ASSERT_TRUE(pumpUntil([&] { return pane().spans().size() == 1; }));
    const SourceSpan& span = pane().spans().front();
    EXPECT_EQ(span.kind, SourceSpan::Kind::Coding);
    EXPECT_NE(pane().viewer()->IndicatorValueAt(SourcesPane::indicatorOf(span, frame->session().project()),
                                                static_cast<int>(span.bytes.begin)), 0);
    EXPECT_NE(pane().viewer()->MarkerGet(line), 0) << "a margin marker in the category's colour";

    ASSERT_TRUE(pane().uncodeSelectedMessages());
    EXPECT_TRUE(frame->session().project().findSource(chatId)->codings.empty());
    frame->session().document().undoStack().undo();
    EXPECT_EQ(frame->session().project().findSource(chatId)->codings.size(), 1u) << "uncoding undoes";
    frame->session().document().undoStack().undo();
    EXPECT_TRUE(frame->session().project().findSource(chatId)->codings.empty()) << "coding undoes";

    // The sample's categories have no keywords: auto-coding changes nothing and adds no step.
    std::string undoText = frame->session().document().undoStack().undoText();
    EXPECT_FALSE(pane().autoCode());
    EXPECT_EQ(frame->session().document().undoStack().undoText(), undoText);
}

// The editor with the report open in the Sources pane at a quote behind the selected tick
// (written as editor-sources.png to $REALIST_SCREENSHOT_DIR, else the build folder).
TEST_F(SourcesTest, ScreenshotOfAQuoteInItsSource) {
    wxInitAllImageHandlers();
    open(sampleWithReport(true));
    ASSERT_TRUE(pumpUntil([&] {
        return frame->diagram()->layoutsShown() > 0 && !frame->diagram()->layoutPending() &&
               !frame->findings()->findings().empty();
    }));
    frame->session().select(Selection::cell("impliciet", "tide", "ogen-oren"));
    pumpPending();
    const Verdict* verdict = frame->session().project().findCase("tide")->findVerdict("ogen-oren");
    ASSERT_TRUE(verdict && !verdict->evidence.empty());
    // Room for the text: the findings make way, the matrix stays.
    frame->aui().GetPane("findings").Hide();
    frame->aui().GetPane("sources").BestSize(900, 380);
    frame->aui().Update();
    ASSERT_TRUE(frame->showEvidenceInSource("tide", verdict->evidence.front().id));
    frame->Refresh();
    frame->Update();
    pumpFor(400);  // GTK paints on its frame clock: let the screen catch up before reading it
    wxImage shot = captureScreen(frame->GetScreenRect());
    ASSERT_TRUE(shot.IsOk());
    const char* directory = std::getenv("REALIST_SCREENSHOT_DIR");
    std::string path = std::string(directory && *directory ? directory : REALIST_BINARY_DIR) + "/editor-sources.png";
    ASSERT_TRUE(shot.SaveFile(wxs(path), wxBITMAP_TYPE_PNG));
    std::set<unsigned> colours;
    const unsigned char* data = shot.GetData();
    for (long i = 0; i < static_cast<long>(shot.GetWidth()) * shot.GetHeight(); ++i)
        colours.insert((data[3 * i] << 16) | (data[3 * i + 1] << 8) | data[3 * i + 2]);
    EXPECT_GE(colours.size(), 200u) << "a blank or unpainted window has few colours";
}

}  // namespace
}  // namespace rw::gui::test
