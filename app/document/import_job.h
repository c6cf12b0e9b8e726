#pragma once
// One import run off the UI thread: the importer reads its file against a frozen copy of the
// project on a worker thread, reports how far it got, and can be cancelled; the UI polls
// progress() while it waits, then takes the result and pushes its command as one undo step.

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "model/plugins/plugin_api.h"

namespace rw::document {

class ImportJob {
public:
    // Prepares a run of `importer` (which must outlive the job) on `project`.
    ImportJob(const Importer& importer, ImportRequest request, std::shared_ptr<const Project> project);
    // Cancels a run still going and waits for it.
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Starts the worker thread; call once.
    void start();
    // Returns true once the importer returned (result() may then be taken).
    bool finished() const { return m_finished.load(); }
    // Returns the share done (0..1) as the importer last reported it.
    double progress() const { return m_progress.load(); }
    // Asks the importer to stop at its next progress report; it then fails with "cancelled".
    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }
    // Waits for the worker to finish.
    void wait();
    // Returns the importer's result; waits first. Call once.
    ImportResult takeResult();
    // Returns the project the import was made against: push the command only while the
    // project is still this one (EditorSession::snapshot() returns the same pointer).
    const std::shared_ptr<const Project>& basis() const { return m_project; }

private:
    void run();

    const Importer& m_importer;
    ImportRequest m_request;
    std::shared_ptr<const Project> m_project;
    ImportResult m_result;
    std::atomic<double> m_progress{0.0};
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_finished{false};
    std::thread m_thread;
};

// An option an importer understands, as the import dialog offers it.
struct ImportOption {
    std::string key;                   // ImportRequest::options key
    std::vector<std::string> choices;  // the values, the first is the default
};

// Returns the options the built-in importer `importerName` reads ("names", "kind"); none for
// importers it does not know.
std::vector<ImportOption> importOptionsFor(const std::string& importerName);

// Returns the file dialog pattern of an importer's extensions: "*.txt;*.zip" (both cases).
std::string importWildcard(const std::vector<std::string>& extensions);

}  // namespace rw::document
