#include "plugins/refi-qda/stable_guid.h"

#include <gcrypt.h>

namespace rw::qda {
namespace {

// A random UUID made once for Realist Workbench's REFI-QDA exports; never change it, or every
// later export gets new GUIDs.
constexpr Uuid kRealistNamespace{0x6b, 0x3f, 0x1c, 0x2e, 0x94, 0x5d, 0x4a, 0x07,
                                 0xb8, 0x61, 0x2f, 0xd0, 0x7e, 0x4c, 0x93, 0xa5};

void initialiseGcrypt() {
    // Hashing needs no secure memory; initialising once, as libgcrypt asks, is all it takes.
    static const bool initialised = [] {
        gcry_check_version(nullptr);
        gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
        return true;
    }();
    (void)initialised;
}

}  // namespace

Uuid nameBasedUuid(const Uuid& space, std::string_view name) {
    initialiseGcrypt();
    std::string input(space.begin(), space.end());
    input.append(name);
    std::array<unsigned char, 20> digest{};
    gcry_md_hash_buffer(GCRY_MD_SHA1, digest.data(), input.data(), input.size());
    Uuid uuid{};
    std::copy(digest.begin(), digest.begin() + 16, uuid.begin());
    uuid[6] = static_cast<unsigned char>((uuid[6] & 0x0f) | 0x50);  // version 5
    uuid[8] = static_cast<unsigned char>((uuid[8] & 0x3f) | 0x80);  // the RFC 4122 variant
    return uuid;
}

std::string guidText(const Uuid& uuid) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < uuid.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
        text += kHex[uuid[i] >> 4];
        text += kHex[uuid[i] & 0x0f];
    }
    return text;
}

GuidMaker::GuidMaker(std::string_view projectTitle, std::string_view projectCreated)
    : m_space(nameBasedUuid(kRealistNamespace, "project\n" + std::string(projectTitle) + "\n" + std::string(projectCreated))) {}

std::string GuidMaker::operator()(std::string_view name) const { return guidText(nameBasedUuid(m_space, name)); }

}  // namespace rw::qda
