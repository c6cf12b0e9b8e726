#pragma once
// Is a quote the text of its source at the place it cites? The one rule used by RW-QUOTE-MISMATCH,
// by the source viewer and by every importer that makes a quote, so that a quote can be followed
// to the exact words behind it (docs/file-format.md, "Quotes and their sources").
//
// Texts are compared after the normalisation the file format documents: CRLF and a lone CR are
// line ends (LF), and a leading byte order mark is not text.
// - A character range (`chars`) must hold exactly the quote. An omission marker in the quote
//   ("[…]", "[...]", "(…)", "(...)") stands for any text: the pieces must then stand in order,
//   the first at the start of the range and the last at its end.
// - Lines only (`lines`): the quote must stand within those lines, where runs of white space
//   (line breaks included) count as one space and a word hyphenated across a line end may be
//   joined; omission markers as above.
// - Both: each must hold, and the lines must be those of the character range.
// - Neither: nothing can be told (a page or a timestamp is not checked).

#include <string>
#include <string_view>
#include <vector>

#include "model/core/project.h"
#include "model/core/utf8_index.h"

namespace rw {

// Returns why `quote` is not the text at `location` of the indexed source text, as a clause
// ("the text at chars 10-24 is \"…\""); empty when it is, or when the location has neither
// characters nor lines. The text must be normalised (normaliseSourceText).
std::string quoteMismatch(const Utf8Index& text, std::string_view quote, const Location& location);
// The same for a text indexed on the spot: for one quote; index the text once for many.
std::string quoteMismatch(std::string_view text, std::string_view quote, const Location& location);

// Returns why `location` does not fit the text (past its end, or lines that are not those of its
// characters); empty when it fits or names neither lines nor characters.
std::string locationMismatch(const Utf8Index& text, const Location& location);

// Returns `text` as quotes are compared with it: no leading byte order mark, CRLF and lone CR as LF.
std::string normaliseSourceText(std::string_view text);

// Returns the bytes within `range` of `text` where `quote` stands under the lines-only rule
// (white space may differ, hyphenated words joined, omission markers), or an empty range.
ByteRange findLoosely(std::string_view text, ByteRange range, std::string_view quote);

// Returns the quote cut at its omission markers, each piece trimmed of white space; empty
// pieces are dropped.
std::vector<std::string_view> quotePieces(std::string_view quote);

}  // namespace rw
