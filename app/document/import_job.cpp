#include "app/document/import_job.h"

#include <algorithm>
#include <cctype>

namespace rw::document {

ImportJob::ImportJob(const Importer& importer, ImportRequest request, std::shared_ptr<const Project> project)
    : m_importer(importer), m_request(std::move(request)), m_project(std::move(project)) {
    // The caller's own progress callback (if any) still hears every report.
    auto outer = std::move(m_request.progress);
    m_request.progress = [this, outer](double done) {
        m_progress.store(std::clamp(done, 0.0, 1.0));
        if (outer && !outer(done)) m_cancelled.store(true);
        return !m_cancelled.load();
    };
}

ImportJob::~ImportJob() {
    cancel();
    wait();
}

void ImportJob::start() {
    if (m_thread.joinable() || m_finished.load()) return;
    m_thread = std::thread([this] { run(); });
}

void ImportJob::run() {
    ImportResult result = m_importer.import(m_request, *m_project);
    // An importer that ignores cancellation may still finish: the user asked for nothing.
    if (m_cancelled.load() && result.command) {
        result.command.reset();
        result.error = m_request.path + ": cancelled";
    }
    m_result = std::move(result);
    m_finished.store(true);
}

void ImportJob::wait() {
    if (m_thread.joinable()) m_thread.join();
}

ImportResult ImportJob::takeResult() {
    wait();
    return std::move(m_result);
}

std::vector<ImportOption> importOptionsFor(const std::string& importerName) {
    ImportOption names{"names", {"pseudonymize", "keep"}};
    if (importerName == "whatsapp") return {names};
    if (importerName == "transcript") return {names, {"kind", {"", "interview", "focus-group"}}};
    return {};
}

std::string importWildcard(const std::vector<std::string>& extensions) {
    std::string pattern;
    auto add = [&pattern](const std::string& extension) {
        if (!pattern.empty()) pattern += ";";
        pattern += "*." + extension;
    };
    for (const std::string& extension : extensions) {
        std::string upper = extension;
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
        add(extension);
        if (upper != extension) add(upper);  // GTK's file filters are case-sensitive
    }
    return pattern.empty() ? "*" : pattern;
}

}  // namespace rw::document
