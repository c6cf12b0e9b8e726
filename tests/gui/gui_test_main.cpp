// The main of the editor tests: GoogleTest inside a running wx application, so that windows,
// events and timers behave as in the editor. Settings go to a throw-away file, never to the
// user's configuration.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include "app/gui/app_language.h"
#include "tests/gui/gui_test_support.h"

namespace {

class TestApp : public wxApp {
public:
    bool OnInit() override { return true; }  // no command line of our own: GoogleTest owns it
};

// A wx assertion is a bug in our use of wx: fail the test instead of showing a dialog that
// would wait for a click nobody makes.
void failOnAssert(const wxString& file, int line, const wxString& function, const wxString& condition,
                  const wxString& message) {
    ADD_FAILURE() << "wx assertion " << condition.utf8_string() << " in " << function.utf8_string() << " ("
                  << file.utf8_string() << ":" << line << "): " << message.utf8_string();
}

bool onlyListing(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--gtest_list_tests") == 0) return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    // Test discovery runs without a display; listing needs no window system.
    if (onlyListing(argc, argv)) return RUN_ALL_TESTS();

    wxApp::SetInstance(new TestApp);
    int wxArgc = 1;
    if (!wxEntryStart(wxArgc, argv)) {
        std::fprintf(stderr, "cannot start wxWidgets: is there a display (xvfb-run)?\n");
        return 2;
    }
    wxSetAssertHandler(failOnAssert);
    rw::gui::useUtf8CharacterSet();
    wxTheApp->CallOnInit();
    std::string config = rw::gui::test::scratchDirectory() + "/settings.conf";
    wxConfigBase::Set(new wxFileConfig("realist-workbench-tests", wxEmptyString, config, wxEmptyString,
                                       wxCONFIG_USE_LOCAL_FILE));

    int result = RUN_ALL_TESTS();

    for (wxWindow* window : wxTopLevelWindows) window->Destroy();
    rw::gui::test::pumpPending();
    delete &rw::gui::test::graphvizWorker();  // joins the worker while wx is still up
    delete wxConfigBase::Set(nullptr);
    wxTheApp->OnExit();
    wxEntryCleanup();
    std::error_code error;
    std::filesystem::remove_all(rw::gui::test::scratchDirectory(), error);
    return result;
}
