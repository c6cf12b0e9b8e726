// Role maps: parsing, matching names and phone numbers, and errors that never repeat a name.

#include <gtest/gtest.h>

#include "model/chat/chat_roles.h"

namespace rw {
namespace {

TEST(ChatRoles, ParsesNamesAndRoles) {
    ChatRoleMap roles;
    std::string error;
    ASSERT_TRUE(roles.parse("# rollen\r\nJan de Vries = beheerder\r\n\r\n\xE2\x80\xAA+31 6 1234 5678\xE2\x80\xAC = wijkagent\n"
                            "A=B = gemeente\n",
                            "roles.map", error))
        << error;
    EXPECT_EQ(roles.size(), 3u);
    auto roleOf = [&](std::string_view name) {
        int entry = roles.find(name);
        return entry < 0 ? std::string() : roles.role(entry);
    };
    EXPECT_EQ(roleOf("Jan de Vries"), "beheerder");
    EXPECT_EQ(roleOf("jan DE vries"), "beheerder");
    EXPECT_EQ(roleOf("\xE2\x80\x8EJan de Vries "), "beheerder");
    EXPECT_EQ(roleOf("06-12345678"), "wijkagent");
    EXPECT_EQ(roleOf("+31612345678"), "wijkagent");
    EXPECT_EQ(roleOf("A=B"), "gemeente");
    EXPECT_EQ(roleOf("Jan"), "");
    EXPECT_EQ(roleOf("+31 6 87654321"), "");
}

TEST(ChatRoles, RefusesMalformedLinesWithoutEchoingThem) {
    for (const char* text : {"Jan de Vries beheerder\n", "Jan de Vries =\n", "= beheerder\n", "ok = a\nGeheime Naam\n"}) {
        ChatRoleMap roles;
        std::string error;
        EXPECT_FALSE(roles.parse(text, "roles.map", error)) << text;
        EXPECT_NE(error.find("roles.map:"), std::string::npos) << error;
        EXPECT_EQ(error.find("Jan"), std::string::npos) << error;
        EXPECT_EQ(error.find("Geheime"), std::string::npos) << error;
    }
    ChatRoleMap roles;
    std::string error;
    EXPECT_FALSE(roles.parse("ok = a\nGeheime Naam\n", "roles.map", error));
    EXPECT_EQ(error, "roles.map:2: expected \"name = role\"");
    EXPECT_FALSE(roles.parse("Jan = \xFF\n", "roles.map", error));
    EXPECT_EQ(error, "roles.map:1: not UTF-8 text");
    EXPECT_FALSE(roles.load("/nonexistent/roles.map", error));
}

TEST(ChatRoles, PhoneKeysTakeTheLastNineDigitsOfPhoneNumbersOnly) {
    EXPECT_EQ(phoneKey("+31 6 1234 5678"), "612345678");
    EXPECT_EQ(phoneKey("06-12345678"), "612345678");
    EXPECT_EQ(phoneKey("(010) 123 4567"), "101234567");
    EXPECT_EQ(phoneKey("Jan 2"), "");
    EXPECT_EQ(phoneKey("112"), "");
    EXPECT_EQ(phoneKey(""), "");
}

}  // namespace
}  // namespace rw
