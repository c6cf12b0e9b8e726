#include "plugins/refi-qda/source_text.h"

#include <algorithm>

#include "model/chat_text.h"

namespace rw::qda {

std::optional<SourceText> SourceText::from(std::string_view raw, std::size_t& badByte) {
    if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
    if (std::size_t bad = firstInvalidUtf8(raw); bad != std::string_view::npos) {
        badByte = bad;
        return std::nullopt;
    }
    SourceText result;
    result.m_text.reserve(raw.size());
    long index = 0;
    for (std::size_t i = 0; i < raw.size(); ++index) {
        unsigned char c = static_cast<unsigned char>(raw[i]);
        if (c >= 0x20 || c == '\t' || c == '\n') {
            std::size_t length = 1;
            decodeUtf8(raw, i, length);
            result.m_text.append(raw.substr(i, length));
            i += length;
            continue;
        }
        if (c == '\r' && (i + 1 == raw.size() || raw[i + 1] != '\n'))
            result.m_text += '\n';
        else
            result.m_dropped.push_back(index);
        ++i;
    }
    result.m_originalLength = index;
    return result;
}

long SourceText::map(long original) const {
    auto dropped = std::lower_bound(m_dropped.begin(), m_dropped.end(), original) - m_dropped.begin();
    return original - static_cast<long>(dropped);
}

}  // namespace rw::qda
