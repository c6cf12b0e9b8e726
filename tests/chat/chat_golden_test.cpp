// Golden files: every fixture under tests/fixtures/whatsapp/ through `realist chat parse`, compared
// byte for byte with its expected output. REALIST_UPDATE_GOLDEN=1 rewrites the expected files
// (review the diff before committing it).

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "tests/chat/chat_cli.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

struct GoldenRow {
    const char* input;
    std::vector<std::string> options;
    const char* expected;
    const char* warning;  // what stderr must contain; nullptr: stderr must be empty
};

const GoldenRow kRows[] = {
    {"android_nl_24h.txt", {}, "android_nl_24h.jsonl", nullptr},
    {"android_nl_24h.txt", {"--names", "keep"}, "android_nl_24h.keep.jsonl", nullptr},
    {"android_en_us_12h.txt", {}, "android_en_us_12h.jsonl", nullptr},
    {"android_en_us_12h.txt", {"--format", "csv"}, "android_en_us_12h.csv", nullptr},
    {"android_en_gb_24h.txt", {}, "android_en_gb_24h.jsonl", nullptr},
    {"android_en_in_lower_am_pm.txt", {}, "android_en_in_lower_am_pm.jsonl", nullptr},
    {"android_en_ca_a_m_p_m.txt", {}, "android_en_ca_a_m_p_m.jsonl", nullptr},
    {"android_es_p_m_nbsp.txt", {}, "android_es_p_m_nbsp.jsonl", nullptr},
    {"android_de_dots.txt", {}, "android_de_dots.jsonl", nullptr},
    {"android_fi_klo_dot_time.txt", {}, "android_fi_klo_dot_time.jsonl", nullptr},
    {"android_fr_a.txt", {}, "android_fr_a.jsonl", nullptr},
    {"ios_nl_brackets_crlf.txt", {}, "ios_nl_brackets_crlf.jsonl", nullptr},
    {"ios_en_12h_narrow_nbsp.txt", {}, "ios_en_12h_narrow_nbsp.jsonl", nullptr},
    {"colon_separator.txt", {}, "colon_separator.jsonl", nullptr},
    {"ymd_brackets.txt", {}, "ymd_brackets.jsonl", nullptr},
    {"ambiguous_order.txt", {}, "ambiguous_order.jsonl", "read as dmy"},
    {"ambiguous_order.txt", {"--date-order", "mdy"}, "ambiguous_order.mdy.jsonl", nullptr},
    {"continuation_lookalikes.txt", {}, "continuation_lookalikes.jsonl", "taken for message text"},
    {"overruled_minority.txt", {}, "overruled_minority.jsonl", "taken for message text"},
    {"roles.txt", {"--roles", "roles.map"}, "roles.jsonl", "1 name of the role map appears nowhere"},
    {"android_nl_zip.zip", {}, "android_nl_zip.jsonl", nullptr},
    {"ios_nl_zip.zip", {}, "ios_nl_zip.jsonl", nullptr},
    // Every locale and layout of chat_system_phrases.cpp / chat_header.cpp (see the fixture README).
    {"android_cs_dots.txt", {}, "android_cs_dots.jsonl", nullptr},
    {"android_ru.txt", {}, "android_ru.jsonl", nullptr},
    {"android_pl.txt", {}, "android_pl.jsonl", nullptr},
    {"android_tr.txt", {}, "android_tr.jsonl", nullptr},
    {"android_it.txt", {}, "android_it.jsonl", nullptr},
    {"android_zh.txt", {}, "android_zh.jsonl", nullptr},
    {"ios_ru.txt", {}, "ios_ru.jsonl", nullptr},
    {"ios_cs.txt", {}, "ios_cs.jsonl", nullptr},
    {"ios_uk.txt", {}, "ios_uk.jsonl", nullptr},
    {"ios_pt_br.txt", {}, "ios_pt_br.jsonl", nullptr},
    {"ios_ar_digits.txt", {}, "ios_ar_digits.jsonl", nullptr},
    {"ios_hi.txt", {}, "ios_hi.jsonl", nullptr},
    {"ios_id.txt", {}, "ios_id.jsonl", nullptr},
    {"ios_ja_era.txt", {}, "ios_ja_era.jsonl", nullptr},
    {"ios_th_buddhist.txt", {}, "ios_th_buddhist.jsonl", nullptr},
    {"ios_en_buddhist_be.txt", {}, "ios_en_buddhist_be.jsonl", nullptr},
    {"ios_vi_time_first.txt", {}, "ios_vi_time_first.jsonl", nullptr},
    {"android_en_day_periods.txt", {}, "android_en_day_periods.jsonl", nullptr},
    {"android_en_old_time_first.txt", {}, "android_en_old_time_first.jsonl", nullptr},
    {"android_en_old_yearless_mdy.zip", {}, "android_en_old_yearless_mdy.jsonl", "counted back from 2014"},
    {"android_en_old_yearless_dmy.zip", {}, "android_en_old_yearless_dmy.jsonl", "read as 2014"},
    {"ios_year_middle.txt", {}, "ios_year_middle.jsonl", nullptr},
    {"android_en_gb_colon_no_space.txt", {}, "android_en_gb_colon_no_space.jsonl", nullptr},
    {"android_nl_damaged.txt", {}, "android_nl_damaged.jsonl", "a NUL byte at column 36 dropped"},
    {"mixed_layouts.txt", {}, "mixed_layouts.jsonl", "headers in 2 layouts"},
    {"mixed_layouts.txt", {"--format", "json"}, "mixed_layouts.json", "headers in 2 layouts"},
    // The chat excerpts quoted in appendix C of the Rotterdam study.
    {"seed_c_em_dash.txt", {}, "seed_c_em_dash.jsonl", nullptr},
    {"seed_c_bracket_dash.txt", {}, "seed_c_bracket_dash.jsonl", nullptr},
    {"seed_c_bracket_dash_short_year.txt", {}, "seed_c_bracket_dash_short_year.jsonl", nullptr},
    {"seed_c_bracket_space.txt", {}, "seed_c_bracket_space.jsonl", nullptr},
    {"seed_c_gemeente.txt", {}, "seed_c_gemeente.jsonl", nullptr},
    {"seed_c_ios_seconds.txt", {}, "seed_c_ios_seconds.jsonl", "read as dmy"},
    {"seed_c_named_month.txt", {}, "seed_c_named_month.jsonl", nullptr},
};

class ChatGolden : public ::testing::Test {
protected:
    void SetUp() override {
        scratch = fs::temp_directory_path() / ("rw-chat-golden-" + std::to_string(::getpid()));
        fs::create_directories(scratch);
    }
    void TearDown() override { fs::remove_all(scratch); }
    fs::path scratch;
};

TEST_F(ChatGolden, EveryFixtureParsesToItsExpectedOutput) {
    const fs::path fixtures = REALIST_CHAT_FIXTURES;
    const bool update = std::getenv("REALIST_UPDATE_GOLDEN") != nullptr;
    for (const GoldenRow& row : kRows) {
        SCOPED_TRACE(std::string(row.input) + " → " + row.expected);
        std::vector<std::string> args = {"chat", "parse", (fixtures / row.input).string()};
        for (const std::string& option : row.options)
            args.push_back(option == "roles.map" ? (fixtures / option).string() : option);
        CliRun result = runRealist(args, scratch);
        ASSERT_EQ(result.code, 0) << result.err;
        if (row.warning) EXPECT_NE(result.err.find(row.warning), std::string::npos) << result.err;
        else EXPECT_EQ(result.err, "");
        // The JSON document names the file as given; the golden copy names it without the checkout's path.
        std::string given = (fixtures / row.input).string();
        for (std::size_t at = result.out.find(given); at != std::string::npos; at = result.out.find(given, at))
            result.out.replace(at, given.size(), row.input);
        if (update) std::ofstream(fixtures / row.expected, std::ios::binary) << result.out;
        EXPECT_EQ(result.out, slurp(fixtures / row.expected));
    }
}

TEST_F(ChatGolden, EveryFixtureHasARow) {
    std::set<std::string> listed;
    for (const GoldenRow& row : kRows) listed.insert(row.input), listed.insert(row.expected);
    for (const fs::directory_entry& entry : fs::directory_iterator(REALIST_CHAT_FIXTURES)) {
        std::string name = entry.path().filename().string();
        std::string extension = entry.path().extension().string();
        bool fixture = extension == ".txt" || extension == ".zip" || extension == ".jsonl" || extension == ".csv" ||
                       extension == ".json";
        if (fixture) {
            EXPECT_TRUE(listed.count(name)) << name << " is in no row of the golden table";
        }
    }
}

}  // namespace
}  // namespace rw
