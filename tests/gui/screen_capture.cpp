// Kept apart: Xlib's macros (None, Status, Bool …) clash with ordinary C++ names elsewhere.
#include "tests/gui/screen_capture.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>

namespace rw::gui::test {
namespace {

unsigned char channel(unsigned long pixel, unsigned long mask) {
    int shift = 0;
    while (mask && !(mask & 1)) {
        mask >>= 1;
        ++shift;
    }
    return static_cast<unsigned char>(mask ? ((pixel >> shift) & mask) * 255 / mask : 0);
}

}  // namespace

wxImage captureScreen(const wxRect& rect) {
    wxImage image;
    Display* display = XOpenDisplay(nullptr);
    if (!display) return image;
    // The root window's image includes every mapped window on it: what the screen shows.
    XImage* shot = XGetImage(display, DefaultRootWindow(display), rect.x, rect.y, static_cast<unsigned>(rect.width),
                             static_cast<unsigned>(rect.height), AllPlanes, ZPixmap);
    if (shot) {
        image.Create(rect.width, rect.height);
        for (int y = 0; y < rect.height; ++y)
            for (int x = 0; x < rect.width; ++x) {
                unsigned long pixel = XGetPixel(shot, x, y);
                image.SetRGB(x, y, channel(pixel, shot->red_mask), channel(pixel, shot->green_mask),
                             channel(pixel, shot->blue_mask));
            }
        XDestroyImage(shot);
    }
    XCloseDisplay(display);
    return image;
}

}  // namespace rw::gui::test
