#pragma once
// The text of a source as a QDA program stored it, turned into the text we embed, and the way
// from the program's character positions to ours.
//
// Positions in QDA-XML count Unicode code points of the plain text as stored. We count the same
// way, with these exceptions, all made so that the text survives our XML file unchanged:
// a leading byte order mark is not part of the text (and not counted); a CR before LF counts as
// one character for the program but is dropped from our text (so a Windows line end is two
// characters there and one here); a lone CR becomes LF; other control characters but tab are
// dropped. Positions are mapped across every dropped character.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rw::qda {

class SourceText {
public:
    // Returns the text made from `raw` (UTF-8), or nullopt with `badByte` set to the offset of
    // the first byte that is not UTF-8.
    static std::optional<SourceText> from(std::string_view raw, std::size_t& badByte);

    // The text to embed: LF line ends, no BOM, no control characters but tab and LF.
    const std::string& text() const { return m_text; }
    // The number of characters the program counts.
    long originalLength() const { return m_originalLength; }
    // Returns our character index for the program's index `original` (0 … originalLength());
    // an index on a dropped character maps to the character after it.
    long map(long original) const;

private:
    std::string m_text;
    std::vector<long> m_dropped;  // program indices of the characters not in m_text, ascending
    long m_originalLength = 0;
};

}  // namespace rw::qda
