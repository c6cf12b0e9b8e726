// The editor's wx-free core: the document and its safety nets, the matrix rows, search,
// clipboard, the Graphviz worker and diagram hit-testing. No display needed.
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "app/document/diagram_hit_test.h"
#include "app/document/document.h"
#include "app/document/editor_session.h"
#include "app/document/matrix_model.h"
#include "app/document/node_clipboard.h"
#include "app/document/project_search.h"
#include "app/document/recovery_store.h"
#include "app/document/serial_worker.h"
#include "model/edit/edits.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"

namespace rw::document {
namespace {

namespace fs = std::filesystem;

std::string samplePath() { return std::string(REALIST_SOURCE_DIR) + "/samples/rotterdam-digitale-buurtpreventie.realist"; }

class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "realist-doc-test-XXXXXX").string();
        m_path = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code error;
        fs::remove_all(m_path, error);
    }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

TEST(DocumentTest, DirtyFollowsTheUndoStackAndSavingIsAtomicWithBackup) {
    TempDir dir;
    fs::copy_file(samplePath(), dir.file("a.realist"));
    Document document;
    std::string error;
    ASSERT_TRUE(document.open(dir.file("a.realist"), error)) << error;
    EXPECT_FALSE(document.isDirty());
    int changes = 0;
    document.addListener([&](const Change&) { ++changes; });
    ASSERT_TRUE(document.push(edits::setVerdict(document.project(), "bbo", "ogen-oren", VerdictValue::Mixed)));
    EXPECT_EQ(changes, 1);
    EXPECT_TRUE(document.isDirty());
    document.undoStack().undo();
    EXPECT_FALSE(document.isDirty());
    document.undoStack().redo();
    ASSERT_TRUE(document.save());
    EXPECT_FALSE(document.isDirty());
    EXPECT_TRUE(fs::exists(dir.file("a.realist~")));
    LoadResult reloaded = loadProject(dir.file("a.realist"));
    ASSERT_TRUE(reloaded);
    EXPECT_TRUE(*reloaded.project == document.project());
    EXPECT_FALSE(document.push(nullptr));
}

TEST(DocumentTest, AFailedOpenKeepsTheDocument) {
    TempDir dir;
    { std::ofstream(dir.file("bad.realist")) << "<realist format=\"1\">\n  <meta>\n"; }
    Document document;
    std::string error;
    ASSERT_TRUE(document.open(samplePath(), error));
    Project before = document.project();
    EXPECT_FALSE(document.open(dir.file("bad.realist"), error));
    EXPECT_NE(error.find("bad.realist:"), std::string::npos) << error;
    EXPECT_TRUE(document.project() == before);
    EXPECT_EQ(document.path(), samplePath());
}

TEST(DocumentTest, NoticesAChangeOnDiskButNotATouch) {
    TempDir dir;
    fs::copy_file(samplePath(), dir.file("a.realist"));
    Document document;
    std::string error;
    ASSERT_TRUE(document.open(dir.file("a.realist"), error));
    EXPECT_FALSE(document.changedOnDisk());
    fs::last_write_time(dir.file("a.realist"), fs::file_time_type::clock::now() + std::chrono::seconds(5));
    EXPECT_FALSE(document.changedOnDisk()) << "same bytes, newer time: nothing to fear";
    { std::ofstream(dir.file("a.realist"), std::ios::app) << "\n"; }
    EXPECT_TRUE(document.changedOnDisk());
    document.acknowledgeDisk();
    EXPECT_FALSE(document.changedOnDisk());
    fs::remove(dir.file("a.realist"));
    EXPECT_TRUE(document.changedOnDisk()) << "a deleted file counts as changed";
    ASSERT_TRUE(document.save());
    EXPECT_FALSE(document.changedOnDisk());
}

TEST(DocumentTest, ReplacedProjectIsDirtyWhenRecovered) {
    Document document;
    Project project;
    project.meta.title = "Recovered";
    project.theories.push_back(Theory{"t", "T", {}, {}, {}});
    document.replace(project, "", true);
    EXPECT_TRUE(document.isDirty());
    EXPECT_EQ(document.fileName(), "Untitled");
    WriteResult result = document.save();
    EXPECT_FALSE(result) << "an untitled document needs a name first";
    EXPECT_TRUE(document.isDirty());
}

TEST(RecoveryStoreTest, OffersOnlyTheCopiesOfProcessesThatAreGone) {
    TempDir dir;
    RecoveryStore store(dir.file("recovery"));
    LoadResult sample = loadProject(samplePath());
    ASSERT_TRUE(sample);
    std::string slot = store.newSlot();
    ASSERT_TRUE(store.write(slot, *sample.project, "/somewhere/study.realist"));
    EXPECT_TRUE(store.orphans().empty()) << "our own slot belongs to a running process";

    std::string origin = dir.file("recovery/" + slot + ".origin");
    std::string text;
    std::string why;
    ASSERT_TRUE(readWholeFile(origin, text, why));
    text.replace(0, text.find('\n'), "pid=99999999");
    { std::ofstream(origin) << text; }
    std::vector<RecoveryEntry> orphans = store.orphans();
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans[0].originalPath, "/somewhere/study.realist");
    EXPECT_FALSE(orphans[0].savedAt.empty());
    LoadResult recovered = loadProject(orphans[0].projectPath);
    ASSERT_TRUE(recovered);
    EXPECT_TRUE(*recovered.project == *sample.project);
    store.discard(orphans[0].slot);
    EXPECT_TRUE(store.orphans().empty());
    EXPECT_FALSE(fs::exists(orphans[0].projectPath));
}

TEST(SerialWorkerTest, RunsJobsInOrderOnOneThread) {
    SerialWorker worker;
    std::vector<int> order;
    std::atomic<std::thread::id> first{};
    std::atomic<bool> oneThread{true};
    for (int i = 0; i < 50; ++i)
        worker.post([&, i] {
            if (i == 0) first = std::this_thread::get_id();
            else if (std::this_thread::get_id() != first.load()) oneThread = false;
            order.push_back(i);
        }, {});
    worker.drain();
    ASSERT_EQ(order.size(), 50u);
    for (int i = 0; i < 50; ++i) EXPECT_EQ(order[static_cast<std::size_t>(i)], i);
    EXPECT_TRUE(oneThread);
    EXPECT_NE(first.load(), std::this_thread::get_id());
    std::string reported;
    worker.post([] { throw std::runtime_error("a bug in a job"); }, [&](const std::string& what) { reported = what; });
    bool after = false;
    worker.post([&] { after = true; }, {});
    worker.drain();
    EXPECT_EQ(reported, "a bug in a job") << "the view waiting for the job is told why it failed";
    EXPECT_TRUE(after) << "a throwing job does not take the worker down";
}

// Ticks one node in every case at once: a single edit that a copy must see whole or not at all.
class TickEveryCase : public Command {
public:
    TickEveryCase(std::string nodeId, VerdictValue value) : m_node(std::move(nodeId)), m_value(value) {}
    void redo(Project& project) override { swap(project); }
    void undo(Project& project) override { swap(project); }
    std::string text() const override { return "Tick every case"; }
    Change change() const override { return Change{}; }

private:
    void swap(Project& project) {
        if (m_before.empty()) {
            for (Case& c : project.cases) {
                Verdict* v = c.findVerdict(m_node);
                m_before.push_back(v ? v->value : VerdictValue::NotAssessed);
                if (v) v->value = m_value;
            }
            return;
        }
        for (std::size_t i = 0; i < project.cases.size(); ++i)
            if (Verdict* v = project.cases[i].findVerdict(m_node)) std::swap(v->value, m_before[i]);
    }
    std::string m_node;
    VerdictValue m_value;
    std::vector<VerdictValue> m_before;
};

TEST(SnapshotSourceTest, CopiesOnTheCallersThreadOncePerEditAndNeverHalfAnEdit) {
    Document document;
    std::string error;
    ASSERT_TRUE(document.open(samplePath(), error)) << error;
    for (Case& c : document.project().cases)  // every case ticks the node, so every copy can be checked
        if (!c.findVerdict("heterdaadkracht")) c.verdicts.push_back({"heterdaadkracht", VerdictValue::Refuted, {}, {}});
    std::shared_ptr<SnapshotSource> source = document.snapshots();
    std::shared_ptr<const Project> first = source->current();
    EXPECT_EQ(*first, document.project());
    EXPECT_EQ(source->current(), first) << "one copy per revision";

    std::atomic<bool> done{false};
    std::atomic<int> copies{0}, mixed{0};
    std::thread reader([&] {
        while (!done) {
            std::shared_ptr<const Project> copy = source->current();
            std::set<VerdictValue> values;
            for (const Case& c : copy->cases) values.insert(c.verdictOn("heterdaadkracht"));
            mixed += values.size() != 1;
            ++copies;
        }
    });
    while (copies.load() == 0) std::this_thread::yield();  // the reader is running
    const VerdictValue cycle[] = {VerdictValue::Supported, VerdictValue::Refuted, VerdictValue::Mixed};
    for (int i = 0; i < 300; ++i) document.push(std::make_unique<TickEveryCase>("heterdaadkracht", cycle[i % 3]));
    done = true;
    reader.join();
    EXPECT_GT(copies.load(), 0);
    EXPECT_EQ(mixed.load(), 0) << "a copy mixed the states before and after an edit";
    EXPECT_EQ(*source->current(), document.project());
    EXPECT_NE(source->current(), first);
}

TEST(SnapshotSourceTest, NothingOnceTheDocumentIsGone) {
    std::shared_ptr<SnapshotSource> source;
    {
        Document document;
        source = document.snapshots();
        EXPECT_NE(source->current(), nullptr);
    }
    EXPECT_EQ(source->current(), nullptr);
}

TEST(MatrixModelTest, RowsAreAttributesThenNodesByKindWithTotals) {
    LoadResult sample = loadProject(samplePath());
    ASSERT_TRUE(sample);
    const Project& project = *sample.project;
    MatrixModel model;
    model.rebuild(project, &project.theories.front());
    EXPECT_EQ(model.caseCount(), 10);
    int attributes = 0, nodes = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        attributes += model.row(r).kind == MatrixModelRow::Kind::Attribute;
        nodes += model.row(r).kind == MatrixModelRow::Kind::Node;
    }
    EXPECT_EQ(attributes, static_cast<int>(project.attributes.size()));
    EXPECT_EQ(nodes, static_cast<int>(project.theories.front().nodes.size()));
    int row = model.rowOf(MatrixModelRow::Kind::Node, "heterdaadkracht");
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.row(row).total, "0/10");
    int bbo = model.columnOf("bbo");
    EXPECT_EQ(model.verdict(row, bbo), VerdictValue::Refuted);
    EXPECT_EQ(model.text(row, bbo), "x");
    EXPECT_EQ(model.text(row, model.caseCount()), "0/10");
    EXPECT_GT(model.evidenceCount(row, bbo), 0);
    EXPECT_EQ(model.row(model.rowCount() - 1).kind, MatrixModelRow::Kind::Totals);
    // Interventions come before mechanisms, mechanisms before outcomes.
    EXPECT_LT(model.rowOf(MatrixModelRow::Kind::Node, "dbp"), row);
    EXPECT_LT(row, model.rowOf(MatrixModelRow::Kind::Node, "veiligheid"));
    EXPECT_EQ(model.verdict(-1, 0), VerdictValue::NotAssessed);
    EXPECT_EQ(model.text(9999, 9999), "");
}

TEST(MatrixModelTest, ClickCyclesThroughEveryVerdict) {
    VerdictValue v = VerdictValue::NotAssessed;
    std::vector<VerdictValue> seen;
    for (int i = 0; i < 4; ++i) seen.push_back(v = nextVerdict(v));
    EXPECT_EQ(seen, (std::vector<VerdictValue>{VerdictValue::Supported, VerdictValue::Refuted, VerdictValue::Mixed,
                                               VerdictValue::NotAssessed}));
}

TEST(SearchTest, FindsLabelsQuotesAndCaseNamesIgnoringCase) {
    LoadResult sample = loadProject(samplePath());
    ASSERT_TRUE(sample);
    std::vector<SearchHit> hits = searchProject(*sample.project, "HETERDAADKRACHT");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().where.kind, Selection::Kind::Node) << "theories come first";
    bool label = false, quote = false;
    for (const SearchHit& hit : hits) {
        label = label || (hit.field == "label" && hit.where == Selection::node("impliciet", "heterdaadkracht"));
        quote = quote || (hit.field == "quote" && hit.where.kind == Selection::Kind::Cell);
    }
    EXPECT_TRUE(label);
    EXPECT_TRUE(quote);
    EXPECT_TRUE(searchProject(*sample.project, "").empty());
    EXPECT_TRUE(searchProject(*sample.project, "no such text anywhere 42").empty());
}

TEST(ClipboardTest, PastedNodesKeepTheirLinksAndGetFreshIds) {
    LoadResult sample = loadProject(samplePath());
    ASSERT_TRUE(sample);
    Document document;
    document.replace(*sample.project, "", false);
    const Theory& theory = document.project().theories.front();
    std::string text = copyNodes(document.project(), theory, {"ogen-oren", "heterdaadkracht"});
    ASSERT_TRUE(looksLikeNodes(text));
    std::size_t nodes = theory.nodes.size();
    std::size_t links = theory.links.size();
    std::vector<std::string> added = pasteNodes(document, theory.id, text);
    ASSERT_EQ(added.size(), 2u);
    const Theory& after = document.project().theories.front();
    EXPECT_EQ(after.nodes.size(), nodes + 2);
    EXPECT_EQ(after.links.size(), links + 1) << "the link between the two came along";
    EXPECT_EQ(after.links.back().from, added[0]);
    EXPECT_EQ(after.links.back().to, added[1]);
    EXPECT_EQ(document.undoStack().undoText(), "Paste 2 nodes");
    document.undoStack().undo();
    EXPECT_EQ(document.project().theories.front().nodes.size(), nodes);
    EXPECT_TRUE(pasteNodes(document, theory.id, "just some text").empty());
}

TEST(HitTestTest, FindsNodesByBoxAndLinksByCurve) {
    DiagramLayout layout;
    layout.nodes.push_back({"a", NodeKind::Mechanism, "A", "", "", {100, 50}, 80, 30, false, false});
    layout.nodes.push_back({"b", NodeKind::Outcome, "B", "", "", {100, 250}, 80, 30, false, false});
    DiagramEdge edge;
    edge.id = "a-b";
    edge.points = {{100, 65}, {100, 120}, {100, 180}, {100, 228}, {100, 235}};  // one Bézier, then the tip
    layout.edges.push_back(edge);
    EXPECT_EQ(nodeAt(layout, 100, 50), "a");
    EXPECT_EQ(nodeAt(layout, 139, 64), "a");
    EXPECT_EQ(nodeAt(layout, 141, 50), "");
    EXPECT_EQ(linkAt(layout, 103, 150, 5), "a-b");
    EXPECT_EQ(linkAt(layout, 120, 150, 5), "");
    DiagramPoint middle = edgeMidpoint(layout.edges[0]);
    EXPECT_NEAR(middle.x, 100, 0.01);
    EXPECT_NEAR(middle.y, 150, 1.0);
    EXPECT_EQ(edgePolyline(layout.edges[0], 4).size(), 1u + 4u + 1u);
}

TEST(SessionTest, SelectionFollowsEditsAndTheoryChanges) {
    EditorSession session;
    LoadResult sample = loadProject(samplePath());
    ASSERT_TRUE(sample);
    session.document().replace(*sample.project, "", false);
    std::vector<Selection> heard;
    session.addSelectionListener([&](const Selection& s) { heard.push_back(s); });
    session.select(Selection::node("impliciet", "heterdaadkracht"));
    session.select(Selection::node("impliciet", "heterdaadkracht"));
    EXPECT_EQ(heard.size(), 1u) << "selecting the same thing again is no news";
    ASSERT_TRUE(session.push(edits::removeNode(session.project(), "impliciet", "heterdaadkracht"), "no"));
    EXPECT_EQ(session.selection().kind, Selection::Kind::None) << "a deleted node is no longer selected";
    std::string error;
    session.setErrorSink([&](const std::string& message) { error = message; });
    EXPECT_FALSE(session.push(edits::Edit(), "impossible"));
    EXPECT_EQ(error, "impossible") << "the caller's words when the model gives no reason";
    EXPECT_FALSE(session.push(edits::removeNode(session.project(), "impliciet", "heterdaadkracht"), "impossible"));
    EXPECT_EQ(error, "There is no node “heterdaadkracht”.") << "the model's reason over the caller's guess";
    session.select(Selection::node("impliciet", "ogen-oren"));
    session.setTheory("herzien");
    EXPECT_EQ(session.theoryId(), "herzien");
    EXPECT_EQ(session.selection().kind, Selection::Kind::None);
}

}  // namespace
}  // namespace rw::document
