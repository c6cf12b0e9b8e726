#include "model/output/markdown_cell.h"

namespace rw {

std::string markdownCell(const std::string& text) {
    std::string cell;
    for (char c : text) {
        if (c == '|') cell += "\\|";
        else if (c == '\n') cell += "<br>";
        else cell += c;
    }
    return cell;
}

}  // namespace rw
