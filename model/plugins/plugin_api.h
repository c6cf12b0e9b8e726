#pragma once
// The small, versioned interfaces that importers, exporters and extra check rules implement.
// Built-in ones register through the same calls as shared-library plugins.
//
// A shared-library plugin exports one C function:
//   extern "C" const rw::PluginInfo* realist_plugin_info();
// and is loaded only when its apiVersion equals kPluginApiVersion (plugins are C++ and built
// with the program, so any change to these classes bumps the version).

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/checks/checks.h"
#include "model/core/project.h"
#include "model/edit/command.h"

namespace rw {

inline constexpr int kPluginApiVersion = 3;  // 2: ImportRequest::progress; 3: CheckContext::texts,
                                             // ExportRequest::projectPath, ExportResult::notes

// What an importer is asked to do: read `path` into the project, optionally for one case.
struct ImportRequest {
    std::string path;
    std::string caseId;  // may be empty
    // Importer-specific settings from the user: "names" (pseudonymize|keep), "roles" (a role-map
    // file), "kind" (interview|focus-group) …; an importer ignores what it does not know.
    std::map<std::string, std::string> options;
    // Called now and then with the share of the work done (0..1), from the importer's thread;
    // returning false cancels the import, which then fails with "cancelled". May be empty.
    std::function<bool(double done)> progress;
};

struct ImportResult {
    std::unique_ptr<Command> command;  // one undoable step; null on error
    std::string error;                 // "file:line:col: message" on failure
    std::vector<std::string> notes;    // what a user should know (ambiguities, skipped rows)
    explicit operator bool() const { return command != nullptr; }
};

class Importer {
public:
    virtual ~Importer() = default;
    // Returns the short name used on the command line ("csv").
    virtual std::string name() const = 0;
    // Returns a one-line description for lists and file dialogs.
    virtual std::string description() const = 0;
    // Returns the file extensions it reads, without dots ("csv").
    virtual std::vector<std::string> extensions() const = 0;
    // Reads the file and returns the edit that brings it into `project`; never touches the
    // project itself, so a failed import leaves nothing behind.
    virtual ImportResult import(const ImportRequest& request, const Project& project) const = 0;
};

struct ExportRequest {
    std::string theoryId;  // empty: the first theory
    std::string view;      // for diagrams: "theory", "all" or "case:ID"
    bool highlight = false;
    // The project's file, whose folder holds the source files a project names; may be empty
    // (an unsaved project: only embedded texts).
    std::string projectPath;
};

struct ExportResult {
    std::string data;
    std::string error;
    std::vector<std::string> notes;  // what a user should know (what was left out and why)
    explicit operator bool() const { return error.empty(); }
};

class Exporter {
public:
    virtual ~Exporter() = default;
    virtual std::string name() const = 0;
    virtual std::string description() const = 0;
    // Returns the one extension it writes, without the dot ("svg").
    virtual std::string extension() const = 0;
    // Returns the exported bytes, or an error.
    virtual ExportResult run(const Project& project, const ExportRequest& request) const = 0;
};

// Where a plugin's parts go. Owned by the PluginManager.
class PluginRegistry {
public:
    void addImporter(std::unique_ptr<Importer> importer) { m_importers.push_back(std::move(importer)); }
    void addExporter(std::unique_ptr<Exporter> exporter) { m_exporters.push_back(std::move(exporter)); }
    void addCheckRule(CheckRule rule) { m_rules.push_back(std::move(rule)); }

    const std::vector<std::unique_ptr<Importer>>& importers() const { return m_importers; }
    const std::vector<std::unique_ptr<Exporter>>& exporters() const { return m_exporters; }
    const std::vector<CheckRule>& checkRules() const { return m_rules; }

    // Returns the importer with this name, or nullptr.
    const Importer* importer(const std::string& name) const;
    // Returns the first exporter with this name or extension, or nullptr.
    const Exporter* exporter(const std::string& nameOrExtension) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
    std::vector<std::unique_ptr<Exporter>> m_exporters;
    std::vector<CheckRule> m_rules;
};

// What a plugin says about itself.
struct PluginInfo {
    int apiVersion;
    const char* name;
    const char* version;
    void (*registerParts)(PluginRegistry& registry);
};

}  // namespace rw
