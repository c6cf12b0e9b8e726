#pragma once
// What the editor tests share: a wx application started once per test binary, a way to wait
// for the event loop to reach a state (never a sleep as an assertion), a hook that answers
// modal dialogs the way a test says, and a fresh editor window on a throw-away folder.

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/dialog.h>
#include <wx/modalhook.h>

#include "app/document/serial_worker.h"
#include "app/gui/document_layer.h"
#include "app/gui/main_frame.h"

namespace rw::gui::test {

// Runs the event loop until `done` is true or `timeoutMs` passed; returns the last `done`.
bool pumpUntil(const std::function<bool()>& done, int timeoutMs = 20000);
// Runs the event loop for pending work only (no waiting for anything in particular).
void pumpPending();
// Keeps the event loop running for `ms` (to space out simulated input, never to wait for a result).
void pumpFor(int ms);

// Answers modal dialogs instead of showing them: each answer is used once, in order; with no
// answer queued a dialog is cancelled. Every dialog's title and message are recorded.
class DialogAnswerer : public wxModalDialogHook {
public:
    DialogAnswerer() { Register(); }
    void answer(int id) { m_answers.push_back(id); }
    const std::vector<std::string>& seen() const { return m_seen; }
    // Returns true when a dialog whose message contains `text` was shown.
    bool saw(const std::string& text) const;

protected:
    int Enter(wxDialog* dialog) override;

private:
    std::deque<int> m_answers;
    std::vector<std::string> m_seen;
};

// The test binary's Graphviz worker and scratch folder.
SerialWorker& graphvizWorker();
std::string scratchDirectory();

// Returns a shown editor window whose recovery folder is `recoveryDir` (default: a scratch one).
MainFrame* makeFrame(const std::string& recoveryDir = {}, int autosaveDelayMs = 150);
// Closes the window without questions and lets wx delete it.
void destroyFrame(MainFrame* frame);

// Returns the path of a file in the source tree.
std::string sourcePath(const std::string& relative);

// The Rotterdam sample, relative to the source tree.
inline const std::string kSample = "samples/rotterdam-digitale-buurtpreventie.realist";

// Sends a menu command to a window, as choosing the menu item does.
void sendMenu(wxWindow& window, int id);

// Returns what `realist ARGUMENTS` prints on stdout and stderr (the shell splits the arguments).
std::string cliOutput(const std::string& arguments);

// Opens a file in the window and waits until its first diagram is laid out; false on failure.
bool openAndLayOut(MainFrame& frame, const std::string& path);

}  // namespace rw::gui::test
