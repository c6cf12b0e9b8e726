#include "tests/gui/gui_test_support.h"

#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/msgdlg.h>

#include "app/gui/diagram_pane.h"
#include "app/gui/wx_strings.h"

namespace rw::gui::test {

void pumpPending() {
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
    }
}

bool pumpUntil(const std::function<bool()>& done, int timeoutMs) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return done();
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
        wxWakeUpIdle();
        // Waiting for another thread (Graphviz) or a timer: give it the processor briefly.
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

void pumpFor(int ms) {
    auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    pumpUntil([end] { return std::chrono::steady_clock::now() >= end; }, ms + 1000);
}

bool DialogAnswerer::saw(const std::string& text) const {
    for (const std::string& seen : m_seen)
        if (seen.find(text) != std::string::npos) return true;
    return false;
}

int DialogAnswerer::Enter(wxDialog* dialog) {
    std::string text = utf8(dialog->GetTitle());
    if (auto* message = dynamic_cast<wxMessageDialog*>(dialog)) text += "\n" + utf8(message->GetMessage());
    m_seen.push_back(text);
    if (m_answers.empty()) return wxID_CANCEL;
    int id = m_answers.front();
    m_answers.pop_front();
    return id;
}

SerialWorker& graphvizWorker() {
    // Created on first use, after wx started; the test main joins it before wx shuts down.
    static SerialWorker* worker = new SerialWorker;
    return *worker;
}

std::string scratchDirectory() {
    static std::string directory = [] {
        std::string pattern = (std::filesystem::temp_directory_path() / "realist-gui-test-XXXXXX").string();
        char* made = ::mkdtemp(pattern.data());
        return std::string(made ? made : "/tmp");
    }();
    return directory;
}

MainFrame* makeFrame(const std::string& recoveryDir, int autosaveDelayMs) {
    EditorOptions options;
    options.recoveryDir = recoveryDir.empty() ? scratchDirectory() + "/recovery" : recoveryDir;
    options.autosaveDelayMs = autosaveDelayMs;
    options.graphviz = &graphvizWorker();
    auto* frame = new MainFrame(options);
    frame->SetSize(0, 0, 1600, 1000);
    frame->Show();
    pumpUntil([frame] { return frame->IsShownOnScreen(); }, 5000);
    pumpPending();
    return frame;
}

void destroyFrame(MainFrame* frame) {
    frame->Destroy();
    pumpPending();
}

std::string sourcePath(const std::string& relative) { return std::string(REALIST_SOURCE_DIR) + "/" + relative; }

void sendMenu(wxWindow& window, int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(&window);
    window.ProcessWindowEvent(event);
}

std::string cliOutput(const std::string& arguments) {
    std::string command = std::string(REALIST_CLI) + " " + arguments + " 2>&1";
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
        ::pclose(pipe);
    }
    return output;
}

bool openAndLayOut(MainFrame& frame, const std::string& path) {
    if (!frame.loadFile(wxString::FromUTF8(path))) return false;
    return pumpUntil([&frame] { return frame.diagram()->layoutsShown() > 0 && !frame.diagram()->layoutPending(); });
}

}  // namespace rw::gui::test
