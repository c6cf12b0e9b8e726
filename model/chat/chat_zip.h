#pragma once
// The chat inside a WhatsApp .zip export (libzip), unpacked as a stream within ChatLimits.

#include <memory>
#include <string>

#include "model/chat/chat_input.h"

namespace rw {

// Returns the chat member of the archive at `path`: "_chat.txt" (iOS), else its only .txt member
// (Android's "WhatsApp Chat with ….txt"). Returns nullptr with `error` set for a broken or
// encrypted archive, no or several candidate members, or a member over the limits (size, or a
// compression ratio only a zip bomb reaches). Reading stops with an error when a member unpacks
// to more than it declared or than the limits allow.
std::unique_ptr<ChatInput> openChatZip(const std::string& path, const ChatLimits& limits, Error& error);

}  // namespace rw
