#pragma once
// Triangulation: on what each tick rests. Per tick, its evidence by informant role and by kind of
// source, with flags for ticks whose evidence disagrees across roles, rests on a single informant
// or a single source, or has none; per link, the kinds of source that state it and whether any
// case shows it holding.

#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

// Evidence from one role or one kind of source, by stance towards the tick.
struct StanceCount {
    std::string key;  // a role ("beheerder"), a source kind ("interview"), or "(unknown)"
    int supports = 0;
    int contradicts = 0;
};

struct TickTriangulation {
    std::string caseId;
    std::string nodeId;
    VerdictValue verdict = VerdictValue::NotAssessed;
    int evidence = 0;
    std::vector<StanceCount> byRole;        // first-seen order
    std::vector<StanceCount> bySourceKind;  // first-seen order
    int voices = 0;   // distinct informants (or, for evidence without one, distinct roles)
    int sources = 0;  // distinct sources cited
    bool rolesDisagree = false;   // one role supports the tick, another contradicts it
    bool singleInformant = false; // all evidence from one voice
    bool singleSource = false;    // all evidence from one source
    bool noEvidence = false;      // a tick without any evidence

    // Returns true when any flag is set.
    bool flagged() const { return rolesDisagree || singleInformant || singleSource || noEvidence; }
};

// A link's warrant: the sources that state it, by kind, and how often the cases bear it out.
struct LinkWarrant {
    std::string linkId;
    std::vector<StanceCount> refsByKind;  // `supports` counts the refs of that kind
    int holds = 0;            // cases where source and target are both supported
    int sourceSupported = 0;  // cases where the source is supported and the target assessed
    // Only the policy's own documents state it (every ref is a document) and no case shows it
    // holding: an assumption nobody outside the policy has borne out.
    bool policyDocumentsOnly = false;
};

struct Triangulation {
    std::vector<TickTriangulation> ticks;  // case order, then theory order
    std::vector<LinkWarrant> links;        // theory order
};

// Returns the triangulation of every tick (✓, x or ?) on a node of the theory, and of its links.
Triangulation triangulate(const Project& project, const Theory& theory);

}  // namespace rw
