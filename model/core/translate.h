#pragma once
// Sentences the model writes for people (findings, command names, legends) in the user's
// language. The model stays free of wx and gettext: a program installs a translator (the editor
// uses wx's catalogues); without one, the English message ids are used as they are.
//
// Mark translatable text with tr("…") so xgettext finds it (--keyword=tr), and put values into
// it with fill(tr("The link {1} breaks in {2} cases."), {name, count}): translations may reorder
// the placeholders.

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace rw {

using Translator = std::function<std::string(const char* messageId)>;

// Installs the translator for the whole program; call before any other thread uses tr().
void setTranslator(Translator translator);

// Returns the message in the user's language, or the message id itself.
std::string tr(const char* messageId);

// Replaces {1}, {2}, … in `pattern` with the arguments; "{{" stands for a literal "{".
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> arguments);

}  // namespace rw
