#include "model/output/analysis_render.h"

#include <algorithm>

#include "model/core/label_text.h"
#include "model/output/csv_field.h"
#include "model/output/markdown_cell.h"

namespace rw {
namespace {

// Counts characters rather than bytes, so that ✓, → and accented labels line up.
std::size_t width(const std::string& text) { return characterCount(text); }

std::string markdownRow(const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const std::string& cell : cells) line += " " + markdownCell(cell) + " |";
    return line + "\n";
}

std::string textTable(const ReportTable& table) {
    std::vector<std::size_t> widths(table.columns.size(), 0);
    auto measure = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], width(cells[i]));
    };
    measure(table.columns);
    for (const auto& row : table.rows) measure(row);
    auto line = [&](const std::vector<std::string>& cells) {
        std::string text = "  ";
        for (std::size_t i = 0; i < cells.size(); ++i) {
            text += cells[i];
            if (i + 1 < cells.size()) text += std::string(widths[i] - width(cells[i]) + 2, ' ');
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        return text + "\n";
    };
    std::string out = table.title + "\n" + line(table.columns);
    std::vector<std::string> rules;
    for (std::size_t w : widths) rules.push_back(std::string(w, '-'));
    out += line(rules);
    for (const auto& row : table.rows) out += line(row);
    for (const std::string& note : table.notes) out += "  " + note + "\n";
    return out;
}

}  // namespace

std::string renderText(const AnalysisReport& report) {
    std::string out = report.title + "\n";
    for (const std::string& note : report.notes) out += "  " + note + "\n";
    for (const ReportTable& table : report.tables) out += "\n" + textTable(table);
    return out;
}

std::string renderCsv(const AnalysisReport& report) {
    std::string out = csvLine({report.title});
    for (const std::string& note : report.notes) out += csvLine({note});
    for (const ReportTable& table : report.tables) {
        out += "\n" + csvLine({table.title}) + csvLine(table.columns);
        for (const auto& row : table.rows) out += csvLine(row);
        for (const std::string& note : table.notes) out += csvLine({note});
    }
    return out;
}

std::string renderMarkdown(const AnalysisReport& report) {
    std::string out = "## " + report.title + "\n\n";
    for (const std::string& note : report.notes) out += "- " + markdownCell(note) + "\n";
    for (const ReportTable& table : report.tables) {
        out += "\n### " + markdownCell(table.title) + "\n\n" + markdownRow(table.columns) + "|";
        for (std::size_t i = 0; i < table.columns.size(); ++i) out += " --- |";
        out += "\n";
        for (const auto& row : table.rows) out += markdownRow(row);
        if (!table.notes.empty()) out += "\n";
        for (const std::string& note : table.notes) out += "- " + markdownCell(note) + "\n";
    }
    return out;
}

}  // namespace rw
