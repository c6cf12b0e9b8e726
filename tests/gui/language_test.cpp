// The Dutch catalogue is built, found and used; English stays the source language.
#include <gtest/gtest.h>

#include <wx/intl.h>
#include <wx/translation.h>

#include "app/gui/app_language.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "tests/gui/gui_test_support.h"

namespace rw::gui::test {
namespace {

TEST(LanguageTest, DutchCatalogueTranslatesTheInterface) {
    ASSERT_TRUE(setUpTranslations("nl", {REALIST_LOCALE_DIR}));
    EXPECT_EQ(utf8(_("Findings")), "Bevindingen");
    EXPECT_EQ(utf8(kindHeading(NodeKind::Mechanism)), "Mechanismen");
    EXPECT_EQ(utf8(_("&Undo")), "&Ongedaan maken");
    MainFrame* frame = makeFrame();
    EXPECT_EQ(utf8(frame->aui().GetPane("findings").caption), "Bevindingen");
    destroyFrame(frame);

    setUpTranslations("en", {REALIST_LOCALE_DIR});
    EXPECT_EQ(utf8(_("Findings")), "Findings");
}

}  // namespace
}  // namespace rw::gui::test
