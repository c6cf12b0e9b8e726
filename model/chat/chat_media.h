#pragma once
// Recognising messages that stand for media, in the languages of chat_media_phrases.cpp:
// "<Media omitted>", "IMG-20181122-WA0001.jpg (file attached)", "<attached: 00000012-PHOTO-….jpg>",
// "image omitted", "<Média vynechány>".

#include <string_view>

namespace rw {

// True when the first line of a message's text is a media-omitted marker or an attachment in one of
// the known languages; a caption on later lines does not change that.
bool isMediaMessage(std::string_view text);

}  // namespace rw
