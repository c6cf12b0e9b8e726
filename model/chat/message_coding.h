#pragma once
// Coding the messages of a chat history into the project's message categories. The messages are
// found in the source's embedded text as the WhatsApp importer writes it: one message per line,
// "2018-11-22T12:29 deelnemer 3: text" ("—" as author for system messages), continuation lines
// indented by two spaces. A message's coding is a Coding whose code is a Category::id and whose
// location is the message's lines and character range.

#include <string>
#include <string_view>
#include <vector>

#include "model/core/project.h"

namespace rw {

// One message of a chat-history source.
struct SourceMessage {
    int index = 0;          // 0-based, in the order of the text
    Location location;      // its lines (1-based, inclusive) and characters (end exclusive, no final newline)
    std::string dateTime;   // as written: "2018-11-22T12:29" or with seconds
    std::string author;     // the pseudonym; empty for a system message
    std::string text;       // continuation lines joined with '\n', their indentation removed
    bool system = false;    // group created, member added …: never coded
};

// Returns the messages of a text in the importer's layout; lines before the first message and
// lines that neither start nor continue one are skipped. Empty for any other text.
std::vector<SourceMessage> findMessages(std::string_view text);

// Returns the message of `messages` (in the order findMessages gives them) whose lines contain
// `line` (1-based), or nullptr.
const SourceMessage* messageAtLine(const std::vector<SourceMessage>& messages, int line);

// Returns, for each of `messages` (as findMessages gives them), the index in source.codings of
// its coding, or -1 when it is not coded; quicker than codingIndexOf for every message.
std::vector<int> codingsByMessage(const Project& project, const Source& source,
                                  const std::vector<SourceMessage>& messages);

// Returns the index in source.codings of the coding of `message` (a coding on the message's
// lines whose code is a category of the project), or -1 when it is not coded.
int codingIndexOf(const Project& project, const Source& source, const SourceMessage& message);

// Returns the coding of `message`, or nullptr when it is not coded.
const Coding* codingOf(const Project& project, const Source& source, const SourceMessage& message);

// Returns the Coding that codes `message` into `categoryId` for `caseId`.
Coding codingFor(const SourceMessage& message, const std::string& categoryId, const std::string& caseId,
                 bool automatic = false);

// Sorts codings by where they start in the text (stably), the order a source keeps them in.
void sortCodingsByPlace(std::vector<Coding>& codings);

// Keywords: a keyword matches a message when some word of the message begins with it, compared
// case-insensitively (so "inbr" matches "Inbraak" and "inbreker", but not "ingebroken"); a
// keyword of several words matches the same words in a row. The keyword "*" marks the category
// that every message matching no keyword gets.

// Returns true when `keyword` matches `text` as described above; an empty keyword never matches.
bool keywordMatches(std::string_view text, std::string_view keyword);

// Returns the first category (in project order) with a keyword matching `text`, else the first
// category whose keywords include "*", else nullptr.
const Category* categoryByKeywords(const Project& project, std::string_view text);

struct AutoCodeOptions {
    std::string caseId;      // the case the codings are for; empty: caseOfSource
    bool overwrite = false;  // also replace codings made by hand
};

struct AutoCodeResult {
    std::vector<Coding> codings;  // the source's codings after auto-coding, in message order
    int coded = 0;      // messages (re)coded by keyword or by "*"
    int kept = 0;       // messages whose hand-made coding was kept
    int uncoded = 0;    // non-system messages no keyword matched (and no "*" category)
    int system = 0;     // system messages, never coded
};

// Returns the codings a source gets from the keywords. Hand-made codings (Coding::automatic
// false) stay unless options.overwrite; earlier automatic codings are redone; codings that are
// not on a message or not of a category (e.g. from a QDA program) are kept as they are.
AutoCodeResult autoCode(const Project& project, const Source& source, const AutoCodeOptions& options);

// Returns the case a chat source belongs to: the case of its codings when they agree, else the
// case of the informants the importer made for it (ids "SOURCE-…"), else "".
std::string caseOfSource(const Project& project, const Source& source);

// Returns the message counts of a case recounted from the codings for it on every chat-history
// source: one count per project category (zero included), in project order, with no per-month
// figure (that was the study's, for its own counts); the observed period is kept.
MessageCounts recountedMessages(const Project& project, const Case& c);

// Returns true when the case's counts are what its codings give (or it has no counts yet): then
// coding edits keep them up to date (see edits_coding.h).
bool countsFollowCodings(const Project& project, const Case& c);

}  // namespace rw
