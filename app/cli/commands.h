#pragma once
// The sub-commands of `realist`. Each takes the arguments after its name and returns the exit code.

#include "app/cli/cli_common.h"

namespace rw::cli {

int runAnalyse(const Args& args);
int runChat(const Args& args);
int runCheck(const Args& args);
int runCode(const Args& args);
int runStats(const Args& args);
int runMatrix(const Args& args);
int runValidate(const Args& args);
int runFmt(const Args& args);
int runNew(const Args& args);
int runRender(const Args& args);
int runReport(const Args& args);
int runPlugins(const Args& args);
int runImport(const Args& args);
int runExport(const Args& args);
int runQuotes(const Args& args);

}  // namespace rw::cli
