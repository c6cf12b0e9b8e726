#include "model/chat_media.h"

#include <set>

#include "model/chat_text.h"

namespace rw {

namespace {

// Android writes "<Media omitted>" in the export's language when media were left out.
constexpr std::string_view kOmittedInBrackets[] = {
    "<Media omitted>", "<Media weggelaten>", "<Medien ausgeschlossen>", "<Médias omis>",
    "<Multimedia omitido>", "<Arquivo de mídia oculto>", "<Mídia oculta>", "<Media omessi>",
    "<Media niet bijgevoegd>",
};

// iOS writes "<attached: 00000012-PHOTO-2016-07-06-08-56-27.jpg>" when media were included.
constexpr std::string_view kAttachedInBrackets[] = {
    "attached:", "bijgevoegd:", "angehängt:", "pièce jointe", "adjunto:", "anexado:", "allegato:",
};

// Android writes "IMG-20181122-WA0001.jpg (file attached)" when media were included.
constexpr std::string_view kFileAttachedSuffixes[] = {
    "(file attached)", "(bestand bijgevoegd)", "(Datei angehängt)", "(fichier joint)",
    "(archivo adjunto)", "(arquivo anexado)", "(file allegato)",
};

// iOS writes "image omitted" (or "Document.pdf • 2 pages document omitted") without media.
constexpr std::string_view kOmittedSuffixes[] = {
    "image omitted", "video omitted", "audio omitted", "sticker omitted", "GIF omitted",
    "document omitted", "Contact card omitted", "afbeelding weggelaten", "video weggelaten",
    "audio weggelaten", "sticker weggelaten", "GIF weggelaten", "document weggelaten",
    "Contactkaart weggelaten", "Bild weggelassen", "Video weggelassen", "Audio weggelassen",
    "Sticker weggelassen", "GIF weggelassen", "Dokument weggelassen", "image absente",
    "vidéo absente", "imagen omitida", "video omitido", "audio omitido", "sticker omitido",
    "imagem ocultada", "vídeo ocultado", "immagine omessa", "video omesso",
};

// The last words of those markers, to rule out most messages with one look-up.
const std::set<std::string_view> kOmittedWords = {"omitted", "weggelaten", "weggelassen", "absente", "omitida",
                                                  "omitido", "ocultada", "ocultado", "omessa", "omesso"};

}  // namespace

bool isMediaMessage(std::string_view text) {
    std::string_view line = text.substr(0, text.find('\n'));
    line = trimMarksAndSpaces(line);
    if (line.empty()) return false;
    // Every message passes through here: look at the last character before comparing phrases.
    if (line.front() == '<' && line.back() == '>') {
        for (std::string_view marker : kOmittedInBrackets)
            if (line == marker) return true;
        std::string_view inside = trimMarksAndSpaces(line.substr(1, line.size() - 2));
        for (std::string_view attached : kAttachedInBrackets)
            if (inside.starts_with(attached)) return true;
        return false;
    }
    if (line.back() == ')') {
        for (std::string_view suffix : kFileAttachedSuffixes)
            if (line.ends_with(suffix)) return true;
        return false;
    }
    std::size_t space = line.rfind(' ');
    if (space == std::string_view::npos || !kOmittedWords.contains(line.substr(space + 1))) return false;
    for (std::string_view suffix : kOmittedSuffixes) {
        if (!line.ends_with(suffix)) continue;
        // The marker stands alone or after a file description, never inside a sentence.
        std::string_view before = trimMarksAndSpaces(line.substr(0, line.size() - suffix.size()));
        if (before.empty() || text.find('\n') == std::string_view::npos) return true;
    }
    return false;
}

}  // namespace rw
