#pragma once
// A CSV file read into rows of fields, each row knowing the line it starts on.

#include <string>
#include <vector>

namespace rw::csvmatrix {

struct CsvRow {
    int line = 0;  // 1-based line where the row starts
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<CsvRow> rows;
    std::string error;  // "line N: why" when the file is not valid CSV
};

// Parses CSV text (comma or semicolon separated: the first line decides); a UTF-8 BOM is
// dropped. Strict about quotes, so a stray quote is an error rather than a guess.
CsvTable readCsv(const std::string& text);

}  // namespace rw::csvmatrix
