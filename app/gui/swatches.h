#pragma once
// Small coloured marks for lists and trees: a node kind's shape and fill, a verdict's colour.

#include <wx/bitmap.h>
#include <wx/imaglist.h>

#include "model/core/kinds.h"

namespace rw::gui {

// Returns a size × size bitmap of the node kind's shape in its diagram fill.
wxBitmap kindSwatch(NodeKind kind, int size);

// Image list indexes of makeOutlineImages().
enum OutlineImage { kImageIntervention, kImageContext, kImageMechanism, kImageOutcome, kImageSideEffect,
                    kImageFolder, kImageLink, kImageCase, kImageSource, kImageTheory };

// Returns the images of the outline, in OutlineImage order.
wxImageList* makeOutlineImages(int size);

}  // namespace rw::gui
