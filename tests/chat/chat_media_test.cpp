// Media-omitted markers and attachments.

#include <gtest/gtest.h>

#include "model/chat_media.h"

namespace rw {
namespace {

TEST(ChatMedia, RecognisesMarkersAndAttachments) {
    for (const char* text : {
             "<Media omitted>", "<Media weggelaten>", "<Medien ausgeschlossen>", "<Médias omis>", "<Multimedia omitido>",
             "IMG-20200115-WA0003.jpg (file attached)", "IMG-20200115-WA0003.jpg (file attached)\nThis one?",
             "PTT-20190315-WA0001.opus (bestand bijgevoegd)", "<attached: 00000012-PHOTO-2016-07-06-08-56-27.jpg>",
             "< attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >", "\xE2\x80\x8E<attached: 00000007-AUDIO.opus>",
             "image omitted", "\xE2\x80\x8E" "afbeelding weggelaten", "GIF omitted", "Buurt.pdf \xE2\x80\xA2 2 pages document omitted"})
        EXPECT_TRUE(isMediaMessage(text)) << text;
}

TEST(ChatMedia, LeavesOrdinaryTextAlone) {
    for (const char* text : {
             "", "Media omitted", "Ik stuur zo een foto", "<b>vet</b>", "Wat is (file attached)?\nvraag",
             "Some details omitted", "first line\nimage omitted", "Zie bijlage (bijgevoegd)"})
        EXPECT_FALSE(isMediaMessage(text)) << text;
}

}  // namespace
}  // namespace rw
