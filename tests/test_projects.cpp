#include "tests/test_projects.h"

#include <gtest/gtest.h>

#include "model/checks/checks.h"

namespace rw::test {

Project chainProject() {
    Project project;
    project.meta.title = "Chain";
    project.sources.push_back({"doc", SourceKind::Document, "Policy note", "", "", "", ""});
    Theory theory{"t", "Chain theory", "", {}, {}};
    auto node = [](std::string id, NodeKind kind, std::string label) {
        Node n;
        n.id = std::move(id);
        n.kind = kind;
        n.label = std::move(label);
        n.assumption = "stated";
        n.refs.push_back({"doc", {}});
        return n;
    };
    theory.nodes = {node("i", NodeKind::Intervention, "Intervention"), node("m1", NodeKind::Mechanism, "First"),
                    node("m2", NodeKind::Mechanism, "Second"), node("o", NodeKind::Outcome, "Outcome")};
    auto link = [](std::string from, std::string to) {
        Link l;
        l.id = from + "--" + to;
        l.from = std::move(from);
        l.to = std::move(to);
        l.assumption = "stated";
        l.refs.push_back({"doc", {}});
        return l;
    };
    theory.links = {link("i", "m1"), link("m1", "m2"), link("m2", "o"), link("m1", "o")};
    project.theories.push_back(theory);
    Case a;
    a.id = "a";
    a.name = "Alpha";
    Case b;
    b.id = "b";
    b.name = "Beta";
    project.cases = {a, b};
    return project;
}

void tick(Project& project, const std::string& caseId, const std::string& nodeId, VerdictValue value,
          bool withEvidence) {
    Case* c = project.findCase(caseId);
    Verdict* verdict = c->findVerdict(nodeId);
    if (!verdict) {
        c->verdicts.push_back({nodeId, value, {}, {}});
        verdict = &c->verdicts.back();
    }
    verdict->value = value;
    if (withEvidence && verdict->evidence.empty()) {
        Evidence e;
        e.id = caseId + "-" + nodeId;
        e.quote = "A quote.";
        verdict->evidence.push_back(e);
    }
}

std::vector<std::string> codesOf(const Project& project) {
    std::vector<std::string> codes;
    for (const Finding& finding : runChecks(project)) codes.push_back(finding.code);
    return codes;
}

std::string sourcePath(const std::string& relative) { return std::string(REALIST_SOURCE_DIR) + "/" + relative; }

std::string joinLines(std::vector<std::string> lines, int number, const std::string& replacement) {
    if (number > 0) lines.at(static_cast<std::size_t>(number - 1)) = replacement;
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

void pushAndCheckUndo(Project& project, UndoStack& stack, std::unique_ptr<Command> command) {
    ASSERT_NE(command, nullptr);
    Project before = project;
    ASSERT_TRUE(stack.push(std::move(command)));
    Project after = project;
    EXPECT_NE(before, after);
    stack.undo();
    EXPECT_EQ(project, before);
    stack.redo();
    EXPECT_EQ(project, after);
}

}  // namespace rw::test
