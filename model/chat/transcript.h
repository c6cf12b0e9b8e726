#pragma once
// Interview and focus-group transcripts: speaker turns ("Naam: tekst", "[Interviewer] …",
// "I:" / "R:") with continuation lines. Speakers are pseudonymised by default: real names never
// reach the project unless the user asks.

#include <map>
#include <string>
#include <vector>

#include "model/chat/chat_roles.h"

namespace rw {

struct TranscriptTurn {
    std::string speaker;  // the pseudonym (or the name, when names are kept)
    int line = 0;         // 1-based line of the turn in the stored text
};

struct Transcript {
    std::string text;  // the stored text: the input with speaker names replaced
    std::vector<TranscriptTurn> turns;
    std::vector<std::string> speakers;           // in order of first appearance, as stored
    std::map<std::string, std::string> roles;    // stored speaker → role (interviewer, respondent, …)
};

struct TranscriptOptions {
    bool keepNames = false;
    std::string language = "nl";                 // for "spreker 1" or "speaker 1"
    const ChatRoleMap* roles = nullptr;  // real name → role, applied and then forgotten
};

// Parses a transcript. A label counts as a speaker when it is a known marker (I, R, Interviewer,
// Respondent, Moderator …) or begins at least two turns, so "Let op: …" in a sentence is text.
Transcript parseTranscript(const std::string& text, const TranscriptOptions& options);

}  // namespace rw
