#include "plugins/csv-matrix/csv_table.h"

#include <csv.h>

namespace rw::csvmatrix {
namespace {

struct Collector {
    CsvTable* table;
    CsvRow current;
    int line = 1;       // the physical line being fed
    int rowStart = 1;
    bool rowOpen = false;
};

void onField(void* data, std::size_t size, void* collector) {
    auto* c = static_cast<Collector*>(collector);
    if (!c->rowOpen) {
        c->rowOpen = true;
        c->current.line = c->rowStart;
    }
    c->current.fields.emplace_back(static_cast<const char*>(data), size);
}

void onRowEnd(int, void* collector) {
    auto* c = static_cast<Collector*>(collector);
    if (c->rowOpen) c->table->rows.push_back(std::move(c->current));
    c->current = CsvRow{};
    c->rowOpen = false;
    c->rowStart = c->line + 1;
}

}  // namespace

CsvTable readCsv(const std::string& input) {
    CsvTable table;
    std::string text = input.rfind("\xEF\xBB\xBF", 0) == 0 ? input.substr(3) : input;
    std::string firstLine = text.substr(0, text.find('\n'));
    bool semicolons = firstLine.find(';') != std::string::npos && firstLine.find(',') == std::string::npos;
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        table.error = "line 1: out of memory";
        return table;
    }
    if (semicolons) csv_set_delim(&parser, ';');
    Collector collector{&table, {}, 1, 1, false};
    // Feed one physical line at a time so that every row knows the line it starts on.
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end + 1;
        if (csv_parse(&parser, text.data() + start, end - start, onField, onRowEnd, &collector) != end - start) {
            table.error = "line " + std::to_string(collector.line) + ": " + csv_strerror(csv_error(&parser));
            csv_free(&parser);
            return table;
        }
        ++collector.line;
        start = end;
    }
    // libcsv's strict end-of-file check lets an unclosed quote through as a field that runs to
    // the end; its state says so (2 = inside a field that began with a quote).
    constexpr int kFieldBegun = 2;
    if (parser.quoted && parser.pstate == kFieldBegun) {
        table.error = "line " + std::to_string(collector.rowStart) + ": a quoted field is never closed";
        csv_free(&parser);
        return table;
    }
    if (csv_fini(&parser, onField, onRowEnd, &collector) != 0)
        table.error = "line " + std::to_string(collector.rowStart) + ": " + csv_strerror(csv_error(&parser)) +
                      " (a quote is never closed?)";
    csv_free(&parser);
    return table;
}

}  // namespace rw::csvmatrix
