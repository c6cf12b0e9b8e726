#include "model/output/matrix.h"

#include "model/checks/stats.h"
#include "model/core/id_index.h"
#include "model/output/csv_field.h"
#include "model/output/markdown_cell.h"

namespace rw {
namespace {

// Row groups are written in the project's language, as a report in that language needs them.
std::string groupName(NodeKind kind, const std::string& language) {
    bool dutch = language == "nl";
    switch (kind) {
        case NodeKind::Intervention: return dutch ? "Interventie" : "Intervention";
        case NodeKind::Context: return dutch ? "Context" : "Context";
        case NodeKind::Mechanism: return dutch ? "Mechanismen" : "Mechanisms";
        case NodeKind::Outcome: return dutch ? "Effecten" : "Outcomes";
        case NodeKind::SideEffect: return dutch ? "Bijeffecten" : "Side effects";
    }
    return {};
}

std::string cellText(NodeKind kind, VerdictValue verdict, const std::string& language) {
    // The study writes observed side effects as ja / nee rather than ticks.
    if (kind == NodeKind::SideEffect && verdict == VerdictValue::Supported) return language == "nl" ? "ja" : "yes";
    if (kind == NodeKind::SideEffect && verdict == VerdictValue::Refuted) return language == "nl" ? "nee" : "no";
    return std::string(verdictSymbol(verdict));
}

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

EvidenceMatrix buildMatrix(const Project& project, const Theory& theory) {
    EvidenceMatrix matrix;
    matrix.corner = project.language == "nl" ? "Casestudy" : "Case";
    for (const Case& c : project.cases) {
        matrix.caseIds.push_back(c.id);
        matrix.caseHeads.push_back(c.displayName());
    }
    for (const AttributeDef& attribute : project.attributes) {
        MatrixRow row{MatrixRow::Kind::Attribute, attribute.group, attribute.key,
                      attribute.label.empty() ? attribute.key : attribute.label, {}, {}, {}};
        for (const Case& c : project.cases) {
            const AttributeValue* value = c.findValue(attribute.key);
            row.cells.push_back(value ? value->value : "");
        }
        matrix.rows.push_back(row);
    }
    TheoryStats stats = computeStats(project, theory);
    std::vector<CaseVerdicts> verdicts = indexVerdicts(project.cases);
    const NodeKind order[] = {NodeKind::Intervention, NodeKind::Context, NodeKind::Mechanism, NodeKind::Outcome,
                              NodeKind::SideEffect};
    for (NodeKind kind : order) {
        for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
            const Node& node = theory.nodes[v];
            const NodeSupport& support = stats.nodes[v];
            if (node.kind != kind) continue;
            // Interventions and contexts are usually case attributes, not ticks: rows only if ticked.
            bool given = kind == NodeKind::Intervention || kind == NodeKind::Context;
            if (given && support.assessed == 0) continue;
            MatrixRow row{MatrixRow::Kind::Node, groupName(kind, project.language), node.id, firstLine(node.label),
                          {}, {}, share(support.supported, support.assessed)};
            for (const CaseVerdicts& c : verdicts) {
                VerdictValue verdict = c.on(node.id);
                row.verdicts.push_back(verdict);
                row.cells.push_back(cellText(kind, verdict, project.language));
            }
            matrix.rows.push_back(row);
        }
    }
    return matrix;
}

std::string matrixToCsv(const EvidenceMatrix& matrix) {
    std::vector<std::string> head{"group", matrix.corner};
    head.insert(head.end(), matrix.caseHeads.begin(), matrix.caseHeads.end());
    head.push_back("k/n");
    std::string out = csvLine(head);
    for (const MatrixRow& row : matrix.rows) {
        std::vector<std::string> fields{row.group, row.label};
        fields.insert(fields.end(), row.cells.begin(), row.cells.end());
        fields.push_back(row.total);
        out += csvLine(fields);
    }
    return out;
}

std::string matrixToMarkdown(const EvidenceMatrix& matrix) {
    std::string out = "| | " + markdownCell(matrix.corner) + " |";
    std::string rule = "|---|---|";
    for (const std::string& head : matrix.caseHeads) {
        out += " " + markdownCell(head) + " |";
        rule += ":---:|";
    }
    out += " k/n |\n" + rule + "---:|\n";
    std::string previousGroup;
    for (const MatrixRow& row : matrix.rows) {
        // Like the study's table, a group name is shown on its first row only.
        std::string group = row.group == previousGroup ? "" : "**" + markdownCell(row.group) + "**";
        if (row.group.empty()) group.clear();
        previousGroup = row.group;
        out += "| " + group + " | " + markdownCell(row.label) + " |";
        for (const std::string& cell : row.cells) out += " " + markdownCell(cell) + " |";
        out += " " + row.total + " |\n";
    }
    return out;
}

}  // namespace rw
