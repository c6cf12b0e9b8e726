#include "model/output/palette.h"

#include <algorithm>
#include <array>

namespace rw {

std::string_view verdictFill(VerdictValue value) {
    switch (value) {
        case VerdictValue::Supported: return "#a6dba0";  // light green
        case VerdictValue::Refuted: return "#f4a582";    // light red-orange, darker in grey than green
        case VerdictValue::Mixed: return "#fee08b";      // amber
        case VerdictValue::NotAssessed: return "#eeeeee";
    }
    return "#ffffff";
}

std::string_view verdictStroke(VerdictValue value) {
    switch (value) {
        case VerdictValue::Supported: return "#1b7837";
        case VerdictValue::Refuted: return "#b2182b";
        case VerdictValue::Mixed: return "#b35806";
        case VerdictValue::NotAssessed: return "#777777";
    }
    return "#000000";
}

std::string_view kindFill(NodeKind kind) {
    switch (kind) {
        case NodeKind::Intervention: return "#d1e5f0";
        case NodeKind::Context: return "#f7f7f7";
        case NodeKind::Mechanism: return "#ffffff";
        case NodeKind::Outcome: return "#e6f5d0";
        case NodeKind::SideEffect: return "#fde0ef";
    }
    return "#ffffff";
}

std::string_view shareFill(double share) {
    static constexpr std::array<std::string_view, 5> kScale{"#f7fcf5", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d"};
    share = std::clamp(share, 0.0, 1.0);
    return kScale[static_cast<std::size_t>(std::min(4.0, share * 5.0))];
}

}  // namespace rw
