// Screenshots of the editor with the sample open, in the theory view and the all-cases view.
// They are written as PNGs (to $REALIST_SCREENSHOT_DIR when set, else the build folder) and the
// test fails on a blank or half-drawn window: a real editor window has many colours.
//
// The pixels come from the X server, as a screenshot tool takes them: wxScreenDC on GTK 3 hands
// back a stale copy after the first capture.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

#include <wx/image.h>

#include "app/gui/diagram_pane.h"
#include "app/gui/findings_pane.h"
#include "app/gui/wx_strings.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/screen_capture.h"

namespace rw::gui::test {
namespace {

struct Shot {
    wxImage image;
    std::size_t colours = 0;
    double commonest = 0;  // share of the most frequent colour
};

Shot capture(wxWindow* window) {
    window->Refresh();
    window->Update();
    // GTK paints on its frame clock: let a few frames pass so the screen shows the new state.
    pumpFor(400);
    Shot shot;
    shot.image = captureScreen(window->GetScreenRect());
    if (!shot.image.IsOk()) return shot;
    std::map<unsigned, std::size_t> counts;
    const unsigned char* data = shot.image.GetData();
    std::size_t pixels = static_cast<std::size_t>(shot.image.GetWidth()) * static_cast<std::size_t>(shot.image.GetHeight());
    for (std::size_t i = 0; i < pixels; ++i) ++counts[(data[3 * i] << 16) | (data[3 * i + 1] << 8) | data[3 * i + 2]];
    shot.colours = counts.size();
    std::size_t most = 0;
    for (const auto& [colour, count] : counts) most = std::max(most, count);
    shot.commonest = pixels ? static_cast<double>(most) / static_cast<double>(pixels) : 1.0;
    return shot;
}

std::string outputPath(const std::string& name) {
    const char* directory = std::getenv("REALIST_SCREENSHOT_DIR");
    return std::string(directory && *directory ? directory : REALIST_BINARY_DIR) + "/" + name;
}

TEST(ScreenshotTest, EditorWithTheSampleInTheoryAndAllCasesViews) {
    wxInitAllImageHandlers();
    MainFrame* frame = makeFrame();
    ASSERT_TRUE(frame->loadFile(wxs(sourcePath("samples/rotterdam-digitale-buurtpreventie.realist"))));
    auto settled = [frame] {
        return frame->diagram()->layoutsShown() > 0 && !frame->diagram()->layoutPending() &&
               !frame->findings()->findings().empty();
    };
    ASSERT_TRUE(pumpUntil(settled));
    frame->session().select(Selection::cell("impliciet", "bbo", "heterdaadkracht"));
    pumpPending();

    Shot theory = capture(frame);
    ASSERT_TRUE(theory.image.SaveFile(wxs(outputPath("editor-theory.png")), wxBITMAP_TYPE_PNG));
    EXPECT_GE(theory.colours, 200u) << "a blank or unpainted window has few colours";
    EXPECT_LT(theory.commonest, 0.8) << "no colour may cover the whole window";

    int before = frame->diagram()->layoutsShown();
    frame->diagram()->setView(DiagramView::AllCases);
    frame->diagram()->setHighlight(true);
    ASSERT_TRUE(pumpUntil([&] { return frame->diagram()->layoutsShown() > before && !frame->diagram()->layoutPending(); }));
    frame->session().select(Selection::node("impliciet", "heterdaadkracht"));
    pumpPending();
    Shot all = capture(frame);
    ASSERT_TRUE(all.image.SaveFile(wxs(outputPath("editor-all-cases.png")), wxBITMAP_TYPE_PNG));
    EXPECT_GE(all.colours, 200u);
    EXPECT_LT(all.commonest, 0.8);
    destroyFrame(frame);
}

}  // namespace
}  // namespace rw::gui::test
