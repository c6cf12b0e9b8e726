#pragma once
// JSON for `realist analyse --format json`: the analysis structs as data, ids rather than labels.

#include <nlohmann/json.hpp>

#include "model/analysis/analysis_diff.h"
#include "model/analysis/analysis_qca.h"
#include "model/analysis/analysis_support.h"
#include "model/analysis/analysis_triangulation.h"

namespace rw::cli {

using Json = nlohmann::ordered_json;

// Each returns the analysis as one JSON object.
Json linksToJson(const Theory& theory, const std::vector<LinkSupport>& links);
Json splitToJson(const Theory& theory, const Grouping& grouping, const std::vector<NodeSplit>& nodes);
Json qcaToJson(const QcaResult& result);
Json triangulationToJson(const Theory& theory, const Triangulation& triangulation);
Json diffToJson(const TheoryDiff& diff);

}  // namespace rw::cli
