#include "model/output/matrix_export.h"

#include <algorithm>
#include <cstdio>

#include "model/core/label_text.h"
#include "model/output/html_writer.h"
#include "model/output/palette.h"

namespace rw {
namespace {

// Side effects that were seen get the warning colour, not the "supported" green.
std::string cellFill(const MatrixRow& row, std::size_t column) {
    if (row.kind == MatrixRow::Kind::Attribute) return {};
    VerdictValue verdict = row.verdicts[column];
    bool sideEffect = row.cells[column] == "ja" || row.cells[column] == "yes" || row.cells[column] == "nee" ||
                      row.cells[column] == "no";
    if (sideEffect && verdict == VerdictValue::Supported) return "#fee08b";
    if (sideEffect && verdict == VerdictValue::Refuted) return "#f7f7f7";
    return verdict == VerdictValue::NotAssessed ? "" : std::string(verdictFill(verdict));
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}  // namespace

const char* matrixCss() {
    return R"(table.matrix { border-collapse: collapse; font: 10pt "DejaVu Sans", Arial, sans-serif; }
table.matrix th, table.matrix td { border: 1px solid #999; padding: 2px 6px; }
table.matrix thead th { background: #333; color: #fff; }
table.matrix th.group { background: #e8e8e8; text-align: left; vertical-align: top; }
table.matrix td.label { text-align: left; }
table.matrix td.cell { text-align: center; min-width: 2.4em; }
table.matrix td.cell a { color: inherit; text-decoration: none; display: block; }
table.matrix td.total { text-align: right; font-weight: bold; }
table.matrix tr.first-node td, table.matrix tr.first-node th { border-top: 2px solid #333; }
@media print { table.matrix { font-size: 8pt; } table.matrix thead th { background: #fff; color: #000; } }
)";
}

void appendMatrixTable(pugi::xml_node parent, const EvidenceMatrix& matrix, bool linkTicks) {
    pugi::xml_node table = html::element(parent, "table", {}, "matrix");
    pugi::xml_node head = html::element(html::element(table, "thead"), "tr");
    html::element(head, "th", "");
    html::element(head, "th", matrix.corner);
    for (const std::string& caseHead : matrix.caseHeads) html::element(head, "th", caseHead);
    html::element(head, "th", "k/n");
    pugi::xml_node body = html::element(table, "tbody");
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const MatrixRow& row = matrix.rows[r];
        bool firstOfGroup = r == 0 || matrix.rows[r - 1].group != row.group;
        bool firstNode = row.kind == MatrixRow::Kind::Node &&
                         (r == 0 || matrix.rows[r - 1].kind == MatrixRow::Kind::Attribute);
        pugi::xml_node tr = html::element(body, "tr", {}, firstNode ? "first-node" : "");
        if (firstOfGroup) {
            std::size_t span = 1;
            while (r + span < matrix.rows.size() && matrix.rows[r + span].group == row.group) ++span;
            pugi::xml_node th = html::element(tr, "th", row.group, "group");
            if (span > 1) th.append_attribute("rowspan") = static_cast<unsigned>(span);
        }
        html::element(tr, "td", row.label, "label");
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            pugi::xml_node td = html::element(tr, "td", {}, "cell");
            std::string fill = cellFill(row, c);
            if (!fill.empty()) html::attr(td, "style", "background:" + fill);
            if (linkTicks && row.kind == MatrixRow::Kind::Node && row.verdicts[c] != VerdictValue::NotAssessed) {
                pugi::xml_node a = html::element(td, "a", row.cells[c]);
                html::attr(a, "href", "#tick-" + matrix.caseIds[c] + "-" + row.id);
                html::attr(a, "title", "evidence for this tick");
            } else if (!row.cells[c].empty()) {
                td.text() = row.cells[c].c_str();
            }
        }
        html::element(tr, "td", row.total, "total");
    }
}

std::string matrixToHtml(const EvidenceMatrix& matrix, const std::string& title) {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("html");
    pugi::xml_node head = html::element(root, "head");
    html::attr(html::element(head, "meta"), "charset", "utf-8");
    html::element(head, "title", title);
    html::element(head, "style", matrixCss());
    pugi::xml_node body = html::element(root, "body");
    html::element(body, "h1", title);
    appendMatrixTable(body, matrix, false);
    return html::serializeHtml(document);
}

std::string matrixToSvg(const EvidenceMatrix& matrix, const std::string& title) {
    // Column widths follow the longest text, measured in characters (no font metrics here).
    constexpr double kChar = 6.6, kRow = 18, kPad = 8, kTitle = 28;
    double groupWidth = 0, labelWidth = 0;
    std::vector<double> caseWidth(matrix.caseHeads.size(), 0);
    for (const MatrixRow& row : matrix.rows) {
        groupWidth = std::max(groupWidth, static_cast<double>(characterCount(row.group)));
        labelWidth = std::max(labelWidth, static_cast<double>(characterCount(row.label)));
        for (std::size_t c = 0; c < row.cells.size(); ++c)
            caseWidth[c] = std::max(caseWidth[c], static_cast<double>(characterCount(row.cells[c])));
    }
    for (std::size_t c = 0; c < caseWidth.size(); ++c)
        caseWidth[c] = std::max({caseWidth[c], static_cast<double>(characterCount(matrix.caseHeads[c])), 2.0}) * kChar + 2 * kPad;
    groupWidth = groupWidth * kChar + 2 * kPad;
    labelWidth = labelWidth * kChar + 2 * kPad;
    double totalWidth = 5 * kChar + 2 * kPad;
    double width = groupWidth + labelWidth + totalWidth;
    for (double w : caseWidth) width += w;
    double height = kTitle + kRow * static_cast<double>(matrix.rows.size() + 1);

    pugi::xml_document document;
    pugi::xml_node svg = document.append_child("svg");
    html::attr(svg, "xmlns", "http://www.w3.org/2000/svg");
    html::attr(svg, "width", number(width));
    html::attr(svg, "height", number(height));
    html::attr(svg, "viewBox", "0 0 " + number(width) + " " + number(height));
    html::attr(svg, "font-family", "DejaVu Sans, Arial, sans-serif");
    html::attr(svg, "font-size", "11");
    pugi::xml_node caption = html::element(svg, "text", title);
    html::attr(caption, "x", "4");
    html::attr(caption, "y", "18");
    html::attr(caption, "font-weight", "bold");
    auto cell = [&](double x, double y, double w, const std::string& text, const std::string& fill, bool bold,
                    const char* anchor) {
        pugi::xml_node rect = html::element(svg, "rect");
        html::attr(rect, "x", number(x));
        html::attr(rect, "y", number(y));
        html::attr(rect, "width", number(w));
        html::attr(rect, "height", number(kRow));
        html::attr(rect, "fill", fill.empty() ? "#ffffff" : fill);
        html::attr(rect, "stroke", "#999999");
        if (text.empty()) return;
        pugi::xml_node t = html::element(svg, "text", text);
        bool middle = std::string(anchor) == "middle";
        html::attr(t, "x", number(middle ? x + w / 2 : std::string(anchor) == "end" ? x + w - kPad : x + kPad));
        html::attr(t, "y", number(y + kRow - 5));
        html::attr(t, "text-anchor", anchor);
        if (bold) html::attr(t, "font-weight", "bold");
    };
    double y = kTitle;
    double x = groupWidth + labelWidth;
    cell(0, y, groupWidth + labelWidth, matrix.corner, "#e8e8e8", true, "start");
    for (std::size_t c = 0; c < caseWidth.size(); ++c) {
        cell(x, y, caseWidth[c], matrix.caseHeads[c], "#e8e8e8", true, "middle");
        x += caseWidth[c];
    }
    cell(x, y, totalWidth, "k/n", "#e8e8e8", true, "end");
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const MatrixRow& row = matrix.rows[r];
        y += kRow;
        bool firstOfGroup = r == 0 || matrix.rows[r - 1].group != row.group;
        cell(0, y, groupWidth, firstOfGroup ? row.group : "", "#f4f4f4", true, "start");
        cell(groupWidth, y, labelWidth, row.label, "", false, "start");
        x = groupWidth + labelWidth;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            cell(x, y, caseWidth[c], row.cells[c], cellFill(row, c), false, "middle");
            x += caseWidth[c];
        }
        cell(x, y, totalWidth, row.total, "", true, "end");
    }
    return html::serializeSvg(document);
}

}  // namespace rw
