#pragma once
// How WhatsApp writes media in an export, in every language we have real strings for, as data:
// one table per language.

#include <span>
#include <string_view>

namespace rw {

// One language's media markers.
struct MediaPhrases {
    std::string_view language;                          // ISO 639-1 code
    std::span<const std::string_view> omittedInBrackets;  // Android without media: "<Media omitted>" (inside the brackets)
    std::span<const std::string_view> attachedWords;     // iOS with media: "<attached: 00000012-PHOTO….jpg>" (before the colon)
    std::span<const std::string_view> fileAttached;      // Android with media: "IMG-….jpg (file attached)" (inside the parentheses)
    std::span<const std::string_view> omittedPhrases;    // iOS without media, alone: "image omitted"
    std::span<const std::string_view> documentOmitted;   // the same after a file's description: "Buurt.pdf • 2 pages document omitted"
};

// Returns the tables, one per language.
std::span<const MediaPhrases> mediaPhraseTables();

}  // namespace rw
