#pragma once
// Turns a CSV evidence matrix (a header row of cases, then one row per node or attribute) into
// the edits that set those ticks and values in a project.

#include <optional>
#include <string>

#include "model/plugins/plugin_api.h"
#include "plugins/csv-matrix/csv_table.h"

namespace rw::csvmatrix {

// Returns the verdict a cell spells (✓ x ? / 1 0 / yes no / ja nee / supported refuted mixed …);
// nullopt for an empty cell (leave the tick as it is); NotAssessed for "-" is not accepted:
// an unknown spelling is an error, so `valid` is false then.
std::optional<VerdictValue> parseTick(const std::string& cell, bool& valid);

// Returns the edit that brings `table` into `project`, or an error "path:line:col: message".
ImportResult importMatrix(const CsvTable& table, const Project& project, const std::string& path);

}  // namespace rw::csvmatrix
