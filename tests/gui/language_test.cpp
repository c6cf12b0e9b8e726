// The Dutch catalogue is built, found and used; English stays the source language.
#include <gtest/gtest.h>

#include <wx/intl.h>
#include <wx/translation.h>

#include "app/gui/app_language.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "model/checks.h"
#include "model/diagram_style.h"
#include "model/edits.h"
#include "model/xml_reader.h"
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

bool anyMessageContains(const std::vector<Finding>& findings, const std::string& text) {
    for (const Finding& finding : findings)
        if (finding.message.find(text) != std::string::npos) return true;
    return false;
}

// What the model writes (findings, command names, legends) follows the interface language too.
TEST(LanguageTest, FindingsCommandNamesAndLegendsFollowTheLanguage) {
    LoadResult sample = loadProject(sourcePath("samples/rotterdam-digitale-buurtpreventie.realist"));
    ASSERT_TRUE(sample);
    const Project& project = *sample.project;
    const Theory& theory = project.theories.front();
    auto legendHas = [&](const std::string& text) {
        DiagramStyle style = styleDiagram(project, theory, {.view = DiagramView::AllCases});
        for (const LegendEntry& entry : style.legend)
            if (entry.text == text) return true;
        return false;
    };

    ASSERT_TRUE(setUpTranslations("nl", {REALIST_LOCALE_DIR}));
    std::vector<Finding> dutch = runChecks(project, {});
    EXPECT_TRUE(anyMessageContains(dutch, "De verbinding Meer ogen en oren → Toename heterdaadkracht breekt in 5 casussen "
                                          "(BBO, B/B, Tide, Pen en Land)"));
    EXPECT_TRUE(anyMessageContains(dutch, "Toename heterdaadkracht is weerlegd in alle 10 beoordeelde casussen"));
    auto command = edits::setVerdict(project, "bbo", "heterdaadkracht", VerdictValue::Supported);
    ASSERT_TRUE(command);
    EXPECT_EQ(command->text(), "“Toename heterdaadkracht” in BBO op ondersteund zetten");
    EXPECT_TRUE(legendHas("k/n: ondersteund in k van n beoordeelde casussen"));

    setUpTranslations("en", {REALIST_LOCALE_DIR});
    std::vector<Finding> english = runChecks(project, {});
    EXPECT_TRUE(anyMessageContains(english, "The link Meer ogen en oren → Toename heterdaadkracht breaks in 5 cases"));
    EXPECT_EQ(edits::setVerdict(project, "bbo", "heterdaadkracht", VerdictValue::Supported)->text(),
              "Set “Toename heterdaadkracht” in BBO to supported");
    EXPECT_TRUE(legendHas("k/n: supported in k of n assessed cases"));
}

}  // namespace
}  // namespace rw::gui::test
