#include "app/gui/swatches.h"

#include <wx/artprov.h>
#include <wx/dcmemory.h>
#include <wx/graphics.h>

#include "app/gui/colours.h"

namespace rw::gui {
namespace {

// Draws on a transparent bitmap through a graphics context, for anti-aliased shapes.
template <typename Paint>
wxBitmap paintBitmap(int size, Paint paint) {
    wxImage image(size, size);
    image.InitAlpha();
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) image.SetAlpha(x, y, 0);
    wxBitmap bitmap(image, 32);
    wxMemoryDC dc(bitmap);
    if (wxGraphicsContext* gc = wxGraphicsContext::Create(dc)) {
        paint(*gc, static_cast<double>(size));
        delete gc;
    }
    dc.SelectObject(wxNullBitmap);
    return bitmap;
}

}  // namespace

wxBitmap kindSwatch(NodeKind kind, int size) {
    return paintBitmap(size, [kind](wxGraphicsContext& gc, double s) {
        gc.SetPen(wxPen(wxColour(0x44, 0x44, 0x44), 1));
        gc.SetBrush(wxBrush(kindFillColour(kind)));
        double m = 1.5;
        // The shapes of the diagrams (model/output/diagram_style.cpp), in little.
        double w = s - 2 * m;
        switch (kind) {
            case NodeKind::Intervention: gc.DrawRoundedRectangle(m, m + s * 0.15, w, s * 0.7 - 2 * m, s * 0.18); break;
            case NodeKind::Context: {
                wxGraphicsPath path = gc.CreatePath();  // a note with a folded corner
                double top = m + s * 0.1;
                double bottom = s * 0.9 - m;
                double fold = s * 0.25;
                path.MoveToPoint(m, top);
                path.AddLineToPoint(s - m - fold, top);
                path.AddLineToPoint(s - m, top + fold);
                path.AddLineToPoint(s - m, bottom);
                path.AddLineToPoint(m, bottom);
                path.CloseSubpath();
                gc.DrawPath(path);
                break;
            }
            case NodeKind::Mechanism: gc.DrawEllipse(m, m + s * 0.15, w, s * 0.7 - 2 * m); break;
            case NodeKind::Outcome:
                gc.DrawRectangle(m, m + s * 0.15, w, s * 0.7 - 2 * m);
                gc.SetBrush(*wxTRANSPARENT_BRUSH);
                gc.DrawRectangle(m + 2, m + s * 0.15 + 2, w - 4, s * 0.7 - 2 * m - 4);
                break;
            case NodeKind::SideEffect: {
                wxGraphicsPath path = gc.CreatePath();  // a hexagon
                path.MoveToPoint(m, s / 2);
                path.AddLineToPoint(s * 0.25, m + s * 0.1);
                path.AddLineToPoint(s * 0.75, m + s * 0.1);
                path.AddLineToPoint(s - m, s / 2);
                path.AddLineToPoint(s * 0.75, s * 0.9 - m);
                path.AddLineToPoint(s * 0.25, s * 0.9 - m);
                path.CloseSubpath();
                gc.DrawPath(path);
                break;
            }
        }
    });
}

wxImageList* makeOutlineImages(int size) {
    auto* images = new wxImageList(size, size, true);
    for (NodeKind kind : {NodeKind::Intervention, NodeKind::Context, NodeKind::Mechanism, NodeKind::Outcome,
                          NodeKind::SideEffect})
        images->Add(kindSwatch(kind, size));
    wxSize iconSize(size, size);
    images->Add(wxArtProvider::GetBitmap(wxART_FOLDER, wxART_OTHER, iconSize));
    images->Add(paintBitmap(size, [](wxGraphicsContext& gc, double s) {
        gc.SetPen(wxPen(wxColour(0x44, 0x44, 0x44), 1.5));
        gc.StrokeLine(2, s / 2, s - 4, s / 2);
        gc.SetBrush(wxBrush(wxColour(0x44, 0x44, 0x44)));
        wxGraphicsPath head = gc.CreatePath();
        head.MoveToPoint(s - 1, s / 2);
        head.AddLineToPoint(s - 6, s / 2 - 3.5);
        head.AddLineToPoint(s - 6, s / 2 + 3.5);
        head.CloseSubpath();
        gc.FillPath(head);
    }));
    images->Add(wxArtProvider::GetBitmap(wxART_REPORT_VIEW, wxART_OTHER, iconSize));
    images->Add(wxArtProvider::GetBitmap(wxART_NORMAL_FILE, wxART_OTHER, iconSize));
    images->Add(wxArtProvider::GetBitmap(wxART_LIST_VIEW, wxART_OTHER, iconSize));
    return images;
}

}  // namespace rw::gui
