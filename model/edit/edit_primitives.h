#pragma once
// The two shapes every edit takes, for the edit factories (edits_*.cpp): replace an item in
// place (undo = swap back), or insert / erase an item of a vector (undo = the other one). Items
// are found again on every call, because vectors move their elements around.

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/edit/command.h"

namespace rw::edits::primitives {

template <typename T>
class ReplaceItem : public Command {
public:
    using Locate = std::function<T*(Project&)>;
    ReplaceItem(Locate locate, T value, std::string text, Change change, std::string mergeKey)
        : m_locate(std::move(locate)), m_other(std::move(value)), m_text(std::move(text)),
          m_change(std::move(change)), m_mergeKey(std::move(mergeKey)) {}

    void redo(Project& project) override { swap(project); }
    void undo(Project& project) override { swap(project); }
    std::string text() const override { return m_text; }
    Change change() const override { return m_change; }
    std::string mergeKey() const override { return m_mergeKey; }
    // The project already holds the later value; keeping our old value and taking the later
    // edit's name ("Set … to mixed") is all merging takes.
    void absorb(const Command& later) override { m_text = later.text(); }
    bool changesNothing(Project& project) const override {
        const T* item = m_locate(project);
        return item && *item == m_other;
    }

private:
    void swap(Project& project) {
        if (T* item = m_locate(project)) std::swap(*item, m_other);
    }

    Locate m_locate;
    T m_other;
    std::string m_text;
    Change m_change;
    std::string m_mergeKey;
};

template <typename T>
class InsertOrErase : public Command {
public:
    using Container = std::function<std::vector<T>*(Project&)>;
    InsertOrErase(Container container, std::size_t index, std::optional<T> item, std::string text,
                  Change change, std::string mergeKey = {})
        : m_container(std::move(container)), m_index(index), m_item(std::move(item)),
          m_inserts(m_item.has_value()), m_text(std::move(text)), m_change(std::move(change)),
          m_mergeKey(std::move(mergeKey)) {}

    void redo(Project& project) override { m_inserts ? insert(project) : erase(project); }
    void undo(Project& project) override { m_inserts ? erase(project) : insert(project); }
    std::string text() const override { return m_text; }
    Change change() const override { return m_change; }
    std::string mergeKey() const override { return m_mergeKey; }
    // A later edit of the inserted item is undone together with the insert, which the later
    // edit now names.
    void absorb(const Command& later) override { m_text = later.text(); }

private:
    void insert(Project& project) {
        std::vector<T>* items = m_container(project);
        if (!items || !m_item) return;
        items->insert(items->begin() + static_cast<long>(std::min(m_index, items->size())),
                      std::move(*m_item));
        m_item.reset();
    }
    void erase(Project& project) {
        std::vector<T>* items = m_container(project);
        if (!items || m_index >= items->size()) return;
        m_item = std::move((*items)[m_index]);
        items->erase(items->begin() + static_cast<long>(m_index));
    }

    Container m_container;
    std::size_t m_index;
    std::optional<T> m_item;
    bool m_inserts;
    std::string m_text;
    Change m_change;
    std::string m_mergeKey;
};

template <typename T>
std::unique_ptr<Command> insertItem(typename InsertOrErase<T>::Container container, std::size_t index,
                                    T item, std::string text, Change change, std::string mergeKey = {}) {
    return std::make_unique<InsertOrErase<T>>(std::move(container), index, std::move(item),
                                              std::move(text), std::move(change), std::move(mergeKey));
}

template <typename T>
std::unique_ptr<Command> eraseItem(typename InsertOrErase<T>::Container container, std::size_t index,
                                   std::string text, Change change) {
    return std::make_unique<InsertOrErase<T>>(std::move(container), index, std::nullopt,
                                              std::move(text), std::move(change));
}

template <typename T>
std::unique_ptr<Command> replaceItem(typename ReplaceItem<T>::Locate locate, T value, std::string text,
                                     Change change, std::string mergeKey = {}) {
    return std::make_unique<ReplaceItem<T>>(std::move(locate), std::move(value), std::move(text),
                                            std::move(change), std::move(mergeKey));
}

// Returns a predicate that accepts the item with this id.
inline auto byId(const std::string& id) {
    return [id](const auto& item) { return item.id == id; };
}

// Puts a label in curly quotes for a command's name.
inline std::string quoted(const std::string& label) { return "“" + label + "”"; }

// Returns the index of the first item that `pred` accepts, or nullopt.
template <typename Items, typename Pred>
std::optional<std::size_t> indexOf(const Items& items, Pred pred) {
    auto it = std::find_if(items.begin(), items.end(), pred);
    if (it == items.end()) return std::nullopt;
    return static_cast<std::size_t>(it - items.begin());
}

}  // namespace rw::edits::primitives
