#include "metrics/disclosure.hpp"

#include <algorithm>
#include <stdexcept>

namespace otklik::metrics {

DisclosureTable::DisclosureTable(std::vector<Cut> cuts, std::vector<uint64_t> n)
    : cuts_(std::move(cuts)), n_(std::move(n)), suppressed_(cuts_.size(), false) {
  // One equation per (parent, dimension): its children are the cuts that
  // fix that dimension and agree with the parent elsewhere. Built by sorting
  // (child, parent) links rather than in a map: a national cube holds
  // millions of cuts, and a map node per link cost gigabytes.
  struct Link {
    uint32_t parent;
    uint32_t child;
  };
  struct Pending {
    uint32_t first_child;  // equations are checked in the order of their first child
    uint32_t dimension;
    Equation equation;
  };
  std::vector<Pending> pending;
  std::vector<Link> links;
  for (std::size_t d = 0; d < kDimensions.size(); ++d) {
    links.clear();
    for (std::size_t i = 0; i < cuts_.size(); ++i)
      if (cuts_[i].at(kDimensions[d]) != model::kNone)
        links.push_back({static_cast<uint32_t>(find(cuts_[i].without(kDimensions[d]))),
                         static_cast<uint32_t>(i)});
    // Stable by child within a parent, since the links are made in child order.
    std::stable_sort(links.begin(), links.end(),
                     [](const Link& a, const Link& b) { return a.parent < b.parent; });
    for (std::size_t at = 0; at < links.size();) {
      const auto begin = static_cast<uint32_t>(children_.size());
      const uint32_t parent = links[at].parent;
      for (; at < links.size() && links[at].parent == parent; ++at)
        children_.push_back(links[at].child);
      pending.push_back({children_[begin],
                         static_cast<uint32_t>(d),
                         {parent, begin, static_cast<uint32_t>(children_.size())}});
    }
  }
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return a.first_child != b.first_child ? a.first_child < b.first_child
                                          : a.dimension < b.dimension;
  });
  equations_.reserve(pending.size());
  for (const Pending& p : pending) equations_.push_back(p.equation);
}

std::size_t DisclosureTable::find(const Cut& cut) const {
  auto it = std::lower_bound(cuts_.begin(), cuts_.end(), cut);
  if (it == cuts_.end() || !(*it == cut))
    throw std::logic_error("disclosure table: a cut without its roll-up");
  return static_cast<std::size_t>(it - cuts_.begin());
}

uint64_t DisclosureTable::n(const Cut& cut) const {
  auto it = std::lower_bound(cuts_.begin(), cuts_.end(), cut);
  return it != cuts_.end() && *it == cut ? n_[it - cuts_.begin()] : 0;
}

bool DisclosureTable::suppressed(const Cut& cut) const {
  auto it = std::lower_bound(cuts_.begin(), cuts_.end(), cut);
  return it != cuts_.end() && *it == cut && suppressed_[it - cuts_.begin()];
}

void DisclosureTable::suppress_primary(uint64_t min_n) {
  for (std::size_t i = 0; i < cuts_.size(); ++i)
    if (n_[i] < min_n) suppressed_[i] = true;
}

bool DisclosureTable::suppress(const Cut& cut) {
  auto it = std::lower_bound(cuts_.begin(), cuts_.end(), cut);
  if (it == cuts_.end() || !(*it == cut)) return false;
  const auto i = static_cast<std::size_t>(it - cuts_.begin());
  if (suppressed_[i]) return false;
  suppressed_[i] = true;
  return true;
}

bool DisclosureTable::protect(const Equation& eq, uint64_t min_n) {
  uint64_t children_sum = 0;
  int unknowns = 0;
  bool lone_needs_cover = false;  // the single unknown, if any, must stay unknown
  std::size_t cover = cuts_.size();
  for (uint32_t at = eq.begin; at < eq.end; ++at) {
    const std::size_t c = children_[at];
    children_sum += n_[c];
    if (n_[c] == 0) continue;  // an empty cut discloses nothing and hides nothing
    if (suppressed_[c]) {
      ++unknowns;
      lone_needs_cover = true;
    } else if (cover == cuts_.size() || n_[c] < n_[cover]) {
      cover = c;  // the published child with the fewest answers; first in order on ties
    }
  }
  if (suppressed_[eq.parent] && n_[eq.parent] > 0) {
    ++unknowns;
    lone_needs_cover = true;
  }
  const uint64_t rest = n_[eq.parent] - children_sum;
  if (rest > 0) {
    ++unknowns;
    if (unknowns == 1) lone_needs_cover = rest < min_n;
  }
  if (unknowns != 1 || !lone_needs_cover) return false;
  // No published child left to hide: the lone unknown is a child that equals
  // its published parent (say, a life situation's only touchpoint, hidden as
  // the cover of another equation). Only hiding the parent keeps it unknown.
  if (cover == cuts_.size()) {
    if (suppressed_[eq.parent]) return false;
    cover = eq.parent;
  }
  suppressed_[cover] = true;
  return true;
}

bool DisclosureTable::suppress_complementary(uint64_t min_n) {
  bool any = false;
  for (bool changed = true; changed;) {
    changed = false;
    for (const Equation& eq : equations_) changed = protect(eq, min_n) || changed;
    any = any || changed;
  }
  return any;
}

}  // namespace otklik::metrics
