#pragma once
// The project the REFI-QDA export tests write: two cases of a small neighbourhood-watch theory,
// sources with embedded text (Dutch diacritics, an emoji before a quote, a chat), quotes placed
// by characters and by lines only, codings into message categories, attributes of every type,
// verdicts, and a source whose file is not there.

#include <string>

#include "model/core/project.h"

namespace rw::test {

// Returns the project; its quotes' locations are found in the texts as the editor finds them.
Project exportProject();

// Returns `project` without what the export carries (sources, quotes, codings, verdicts, case
// values), keeping the theories, cases and attribute definitions: what an import starts from.
Project withoutEvidence(Project project);

// Returns the validation errors of `xml` against tests/fixtures/refi-qda-schema/Project.xsd
// (libxml2), one "line N: message" each; empty when it is valid.
std::vector<std::string> schemaErrors(const std::string& xml);

}  // namespace rw::test
