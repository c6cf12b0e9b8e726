// The one error type: every program and pane shows "file[:member]:line:col: message" from the
// same fields, on one line.

#include <gtest/gtest.h>

#include "model/core/error.h"

namespace rw {
namespace {

TEST(Error, WritesWhatIsKnownOfWhereAndNothingElse) {
    EXPECT_EQ((Error{"no such file", "a.realist"}).toString(), "a.realist: no such file");
    EXPECT_EQ((Error{"unknown element <nod>", "a.realist", "", 12, 5}).toString(), "a.realist:12:5: unknown element <nod>");
    EXPECT_EQ((Error{"a date without a time", "chat.txt", "", 40}).toString(), "chat.txt:40: a date without a time");
    EXPECT_EQ((Error{"encrypted", "export.zip", "_chat.txt"}).toString(), "export.zip:_chat.txt: encrypted");
    EXPECT_EQ((Error{"bad run", "report.docx", "word/document.xml", 1, 900}).toString(),
              "report.docx:word/document.xml:1:900: bad run");
    EXPECT_EQ((Error{"a quoted field is never closed", "", "", 3}).toString(), "line 3: a quoted field is never closed");
    EXPECT_EQ((Error{"out of memory"}).toString(), "out of memory");
    EXPECT_EQ((Error{"x", "a.csv", "", 0, 7}).where(), "a.csv") << "a column without a line means nothing";
}

// A message may quote a value that holds a line break; the error must stay one line, or a
// terminal, a log or a status bar shows half of it.
TEST(Error, StaysOnOneLine) {
    std::string shown = Error{"label \"a\nb\r\tc\" is too long", "a.realist", "", 2, 3}.toString();
    EXPECT_EQ(shown.find('\n'), std::string::npos);
    EXPECT_EQ(shown, "a.realist:2:3: label \"a\\nb\\r\\tc\" is too long");
}

}  // namespace
}  // namespace rw
