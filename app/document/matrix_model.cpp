#include "app/document/matrix_model.h"

#include <array>

#include "model/checks/stats.h"
#include "model/core/id_index.h"

namespace rw::document {
namespace {

constexpr std::array<NodeKind, 5> kKindOrder{NodeKind::Intervention, NodeKind::Context, NodeKind::Mechanism,
                                             NodeKind::Outcome, NodeKind::SideEffect};

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

std::string MatrixModel::heading(NodeKind kind) {
    switch (kind) {
        case NodeKind::Intervention: return "Interventions";
        case NodeKind::Context: return "Contexts";
        case NodeKind::Mechanism: return "Mechanisms";
        case NodeKind::Outcome: return "Outcomes";
        case NodeKind::SideEffect: return "Side effects";
    }
    return {};
}

VerdictValue nextVerdict(VerdictValue value) {
    switch (value) {
        case VerdictValue::NotAssessed: return VerdictValue::Supported;
        case VerdictValue::Supported: return VerdictValue::Refuted;
        case VerdictValue::Refuted: return VerdictValue::Mixed;
        case VerdictValue::Mixed: return VerdictValue::NotAssessed;
    }
    return VerdictValue::NotAssessed;
}

void MatrixModel::rebuild(const Project& project, const Theory* theory) {
    m_rows.clear();
    m_values.clear();
    m_verdicts.clear();
    m_evidence.clear();
    m_caseIds.clear();
    m_caseHeads.clear();
    m_nodeRows.clear();
    const std::size_t cases = project.cases.size();
    for (const Case& c : project.cases) {
        m_caseIds.push_back(c.id);
        m_caseHeads.push_back(c.displayName());
    }
    auto addRow = [&](MatrixModelRow row) {
        m_rows.push_back(std::move(row));
        m_values.emplace_back(cases);
        m_verdicts.emplace_back(cases, VerdictValue::NotAssessed);
        m_evidence.emplace_back(cases, 0);
    };

    // Attributes, under a heading per group, in schema order.
    std::string group = "\x01";  // no group has this name
    for (const AttributeDef& attribute : project.attributes) {
        if (attribute.group != group) {
            group = attribute.group;
            addRow({MatrixModelRow::Kind::Heading, {}, group.empty() ? "Case" : group, {}, {}});
        }
        std::string label = attribute.label.empty() ? attribute.key : attribute.label;
        if (!attribute.unit.empty()) label += " (" + attribute.unit + ")";
        addRow({MatrixModelRow::Kind::Attribute, attribute.key, label, {}, {}});
        for (std::size_t c = 0; c < cases; ++c)
            if (const AttributeValue* value = project.cases[c].findValue(attribute.key))
                m_values.back()[c] = value->value;
    }

    m_columnTotals.assign(cases, {});
    if (!theory) return;

    // One look-up table per case keeps a 300 × 30 rebuild linear.
    std::vector<CaseVerdicts> verdicts = indexVerdicts(project.cases);

    std::vector<int> supported(cases, 0);
    std::vector<int> assessed(cases, 0);
    for (NodeKind kind : kKindOrder) {
        bool headed = false;
        for (const Node& node : theory->nodes) {
            if (node.kind != kind) continue;
            if (!headed) {
                addRow({MatrixModelRow::Kind::Heading, {}, heading(kind), kind, {}, true});
                headed = true;
            }
            addRow({MatrixModelRow::Kind::Node, node.id, firstLine(node.label), kind, {}});
            m_nodeRows.push_back(rowCount() - 1);
            int rowSupported = 0;
            int rowAssessed = 0;
            for (std::size_t c = 0; c < cases; ++c) {
                const Verdict* found = verdicts[c].find(node.id);
                if (!found) continue;
                VerdictValue value = found->value;
                m_verdicts.back()[c] = value;
                m_evidence.back()[c] = static_cast<int>(found->evidence.size());
                if (value == VerdictValue::NotAssessed) continue;
                ++rowAssessed;
                ++assessed[c];
                if (value == VerdictValue::Supported) {
                    ++rowSupported;
                    ++supported[c];
                }
            }
            m_rows.back().total = share(rowSupported, rowAssessed);
        }
    }
    addRow({MatrixModelRow::Kind::Totals, {}, "Supported of assessed", {}, {}});
    for (std::size_t c = 0; c < cases; ++c) m_columnTotals[c] = share(supported[c], assessed[c]);
}

bool MatrixModel::updateCase(const Case& c, std::vector<int>& changedRows) {
    int column = columnOf(c.id);
    if (column < 0) return false;
    auto col = static_cast<std::size_t>(column);
    CaseVerdicts verdicts(c);
    int supported = 0, assessed = 0;
    for (int row : m_nodeRows) {
        auto r = static_cast<std::size_t>(row);
        const Verdict* verdict = verdicts.find(m_rows[r].id);
        VerdictValue value = verdict ? verdict->value : VerdictValue::NotAssessed;
        int evidence = verdict ? static_cast<int>(verdict->evidence.size()) : 0;
        assessed += value != VerdictValue::NotAssessed;
        supported += value == VerdictValue::Supported;
        if (m_verdicts[r][col] == value && m_evidence[r][col] == evidence) continue;
        m_verdicts[r][col] = value;
        m_evidence[r][col] = evidence;
        int rowSupported = 0, rowAssessed = 0;
        for (VerdictValue v : m_verdicts[r]) {
            rowAssessed += v != VerdictValue::NotAssessed;
            rowSupported += v == VerdictValue::Supported;
        }
        m_rows[r].total = share(rowSupported, rowAssessed);
        changedRows.push_back(row);
    }
    m_columnTotals[col] = share(supported, assessed);
    return true;
}

VerdictValue MatrixModel::verdict(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= caseCount()) return VerdictValue::NotAssessed;
    return m_verdicts[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

int MatrixModel::evidenceCount(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= caseCount()) return 0;
    return m_evidence[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

std::string MatrixModel::text(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column > caseCount()) return {};
    const MatrixModelRow& r = m_rows[static_cast<std::size_t>(row)];
    bool totalsColumn = column == caseCount();
    switch (r.kind) {
        case MatrixModelRow::Kind::Heading: return {};
        case MatrixModelRow::Kind::Attribute:
            return totalsColumn ? std::string() : m_values[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
        case MatrixModelRow::Kind::Node:
            return totalsColumn ? r.total : std::string(verdictSymbol(verdict(row, column)));
        case MatrixModelRow::Kind::Totals:
            return totalsColumn ? std::string() : columnTotal(column);
    }
    return {};
}

int MatrixModel::rowOf(MatrixModelRow::Kind kind, const std::string& id) const {
    for (int i = 0; i < rowCount(); ++i)
        if (m_rows[static_cast<std::size_t>(i)].kind == kind && m_rows[static_cast<std::size_t>(i)].id == id) return i;
    return -1;
}

int MatrixModel::columnOf(const std::string& caseId) const {
    for (int i = 0; i < caseCount(); ++i)
        if (m_caseIds[static_cast<std::size_t>(i)] == caseId) return i;
    return -1;
}

}  // namespace rw::document
