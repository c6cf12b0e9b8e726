#include "model/analysis_render.h"

#include <algorithm>

namespace rw {
namespace {

// Counts characters rather than bytes, so that ✓, → and accented labels line up.
std::size_t width(const std::string& text) {
    std::size_t characters = 0;
    for (unsigned char c : text) characters += (c & 0xC0) != 0x80;
    return characters;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csvRow(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + csvField(cells[i]);
    return line + "\n";
}

std::string markdownCell(const std::string& text) {
    std::string cell;
    for (char c : text) {
        if (c == '|') cell += "\\|";
        else if (c == '\n') cell += "<br>";
        else cell += c;
    }
    return cell;
}

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
    std::string out = csvRow({report.title});
    for (const std::string& note : report.notes) out += csvRow({note});
    for (const ReportTable& table : report.tables) {
        out += "\n" + csvRow({table.title}) + csvRow(table.columns);
        for (const auto& row : table.rows) out += csvRow(row);
        for (const std::string& note : table.notes) out += csvRow({note});
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
