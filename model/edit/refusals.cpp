#include "model/edit/refusals.h"

#include "model/core/translate.h"
#include "model/edit/edit_primitives.h"

namespace rw::edits {
namespace {

// Whole sentences per kind of thing, so that each language can word them as it must.
std::string missingPattern(Thing thing) {
    switch (thing) {
        case Thing::Theory: return tr("There is no theory {1}.");
        case Thing::Node: return tr("There is no node {1}.");
        case Thing::Link: return tr("There is no link {1}.");
        case Thing::Case: return tr("There is no case {1}.");
        case Thing::Source: return tr("There is no source {1}.");
        case Thing::Informant: return tr("There is no informant {1}.");
        case Thing::Evidence: return tr("There is no quote {1}.");
        case Thing::Attribute: return tr("There is no attribute {1}.");
        case Thing::Category: return tr("There is no message category {1}.");
        case Thing::Condition: return tr("There is no condition {1}.");
    }
    return tr("There is no {1}.");
}

std::string takenPattern(Thing thing) {
    switch (thing) {
        case Thing::Theory: return tr("Another theory already has the id {1}.");
        case Thing::Node: return tr("Another node already has the id {1}.");
        case Thing::Link: return tr("Another link already has the id {1}.");
        case Thing::Case: return tr("Another case already has the id {1}.");
        case Thing::Source: return tr("Another source already has the id {1}.");
        case Thing::Informant: return tr("Another informant already has the id {1}.");
        case Thing::Evidence: return tr("Another quote already has the id {1}.");
        case Thing::Attribute: return tr("Another attribute already has the key {1}.");
        case Thing::Category: return tr("Another message category already has the id {1}.");
        case Thing::Condition: return tr("Another condition already has the id {1}.");
    }
    return tr("The id {1} is taken.");
}

}  // namespace

Edit missing(Thing thing, const std::string& id) {
    return Edit::refused(fill(missingPattern(thing), {primitives::quoted(id)}));
}

Edit taken(Thing thing, const std::string& id) {
    return Edit::refused(fill(takenPattern(thing), {primitives::quoted(id)}));
}

Edit refuse(std::string reason) {
    return Edit::refused(std::move(reason));
}

}  // namespace rw::edits
