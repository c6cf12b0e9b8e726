#include "model/chat/text_input.h"

#include "model/checks/quote_check.h"
#include "model/core/text_position.h"
#include "model/core/translate.h"
#include "model/core/utf8_text.h"
#include "model/format/atomic_file.h"
#include "model/format/xml_safety.h"

namespace rw {
namespace {

bool failAt(const std::string& name, std::string_view text, std::size_t offset, const std::string& why,
            std::string& error) {
    TextPosition at = positionOf(text, offset);
    error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + why;
    return false;
}

}  // namespace

bool normaliseTextInput(const std::string& name, std::string& text, std::string& error) {
    // Whichever comes first is named; a NUL is a character of its own, not a UTF-8 error.
    char32_t character = 0;
    std::size_t forbidden = firstCharacterXmlCannotHold(text, character);
    std::size_t bad = firstInvalidUtf8(text);
    if (bad < forbidden) return failAt(name, text, bad, tr("not UTF-8 text; save it as UTF-8"), error);
    if (std::size_t at = forbidden; at != std::string_view::npos)
        return failAt(name, text, at,
                      fill(tr("character {1} cannot be kept in a project (XML 1.0 cannot hold it; a NUL byte "
                              "usually means the file is not text)"),
                           {codePointName(character)}),
                      error);
    text = normaliseSourceText(text);
    return true;
}

bool readTextInput(const std::string& path, std::uint64_t maxBytes, std::string& text, std::string& error) {
    std::string why;
    if (!readWholeFile(path, text, why, maxBytes)) {
        error = path + ": " + why;
        return false;
    }
    return normaliseTextInput(path, text, error);
}

}  // namespace rw
