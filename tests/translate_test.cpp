#include "model/core/translate.h"

#include <gtest/gtest.h>

namespace rw {
namespace {

TEST(Fill, PutsArgumentsWhereTheirNumbersStand) {
    EXPECT_EQ(fill("The link {1} breaks in {2} cases.", {"A → B", "5"}), "The link A → B breaks in 5 cases.");
    // A translation may reorder the placeholders.
    EXPECT_EQ(fill("In {2} gevallen breekt {1}.", {"A → B", "5"}), "In 5 gevallen breekt A → B.");
}

TEST(Fill, LeavesWhatIsNotAPlaceholderAlone) {
    EXPECT_EQ(fill("{0} {3} {x} {} {{1}", {"a", "b"}), "{0} {3} {x} {} {1}");
    EXPECT_EQ(fill("value {1}", {"{2}"}), "value {2}");  // arguments are not expanded again
}

TEST(Translate, UsesTheInstalledTranslatorAndFallsBackToTheId) {
    EXPECT_EQ(tr("Set verdict"), "Set verdict");
    setTranslator([](const char* id) { return std::string(id) == "Set verdict" ? "Oordeel zetten" : id; });
    EXPECT_EQ(tr("Set verdict"), "Oordeel zetten");
    EXPECT_EQ(tr("Other"), "Other");
    setTranslator({});
    EXPECT_EQ(tr("Set verdict"), "Set verdict");
}

}  // namespace
}  // namespace rw
