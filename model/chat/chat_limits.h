#pragma once
// Bounds on what a chat export may demand, so that a zip bomb, a 2 GB file or a file without line
// breaks cannot exhaust memory: the text is streamed and every buffer is capped.

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/core/byte_size.h"

namespace rw {

// The caps themselves; the defaults fit any real export.
struct ChatLimits {
    std::uint64_t maxTextBytes = std::uint64_t{4} << 30;  // the text, read or unpacked (a year of a busy group is ~50 MB)
    std::uint64_t maxCompressionRatio = 200;              // unpacked / packed size of a zip member over 1 MiB
    std::size_t maxZipEntries = 100000;                   // photos included
    std::size_t maxLineBytes = std::size_t{1} << 20;      // WhatsApp caps a message at 65,536 characters
    std::size_t maxMessageBytes = std::size_t{4} << 20;
    std::size_t maxParticipants = 10000;                  // WhatsApp caps a group at 1,024 members
};

}  // namespace rw
