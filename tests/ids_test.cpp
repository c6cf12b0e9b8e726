#include <gtest/gtest.h>

#include <set>

#include "model/core/ids.h"
#include "model/format/templates.h"

namespace rw {
namespace {

TEST(Ids, SlugsAreReadable) {
    EXPECT_EQ(slugify("Toename heterdaadkracht"), "toename-heterdaadkracht");
    EXPECT_EQ(slugify("Meer (preventieve) actie door ‘kortere lijntjes’"), "meer-preventieve-actie-door-kortere-lijn");
    EXPECT_EQ(slugify("Café Zoë"), "cafe-zoe");
    EXPECT_EQ(slugify("😀 !!"), "item");
}

TEST(Ids, UniqueIdsCountUp) {
    std::set<std::string> taken{"a", "a-2"};
    EXPECT_EQ(uniqueId("a", [&](const std::string& id) { return taken.count(id) > 0; }), "a-3");
    EXPECT_EQ(uniqueId("b", [&](const std::string& id) { return taken.count(id) > 0; }), "b");
}

TEST(Templates, FreshMetadata) {
    Project templ;
    templ.meta.title = "Digitale buurtpreventie (sjabloon)";
    templ.meta.authors = {"Someone"};
    Project fresh = instantiateTemplate(templ, "", "2026-11-27");
    EXPECT_EQ(fresh.meta.title, "Digitale buurtpreventie");
    EXPECT_TRUE(fresh.meta.authors.empty());
    EXPECT_EQ(fresh.meta.created, "2026-11-27");
    EXPECT_EQ(instantiateTemplate(templ, "Mijn studie", "2026-11-27").meta.title, "Mijn studie");
    EXPECT_EQ(todayIso().size(), 10u);
}

}  // namespace
}  // namespace rw
