#pragma once
// Disclosure control of survey counts. Primary suppression hides every cut
// with fewer than min_n valid answers; complementary suppression then hides
// more cuts until no hidden count can be recovered by subtraction.
//
// Each cut is the sum of its children along any one dimension, plus a rest
// of answers not attributed on that dimension (the rest is never published
// itself): parent = child_1 + ... + child_k + rest. An equation with exactly
// one unknown gives that unknown away. So wherever a hidden cut (or a rest
// of fewer than min_n answers) is the only unknown of an equation, the
// published child with the fewest answers is hidden as well (the parent,
// when no child is left to hide), and this repeats until every equation has
// no unknown or at least two.
#include <cstdint>
#include <vector>

#include "metrics/cut.hpp"

namespace otklik::metrics {

class DisclosureTable {
 public:
  // `cuts` sorted and complete: the parent of every cut (the cut with one
  // dimension set to "all") is in the table too, as roll-ups guarantee.
  // `n` is each cut's count of valid answers.
  DisclosureTable(std::vector<Cut> cuts, std::vector<uint64_t> n);
  DisclosureTable() = default;  // no cuts: nothing to protect

  // Hides every cut with n < min_n. Cuts with n = 0 are hidden too but have
  // nothing to protect.
  void suppress_primary(uint64_t min_n);
  // Adds complementary suppressions until every equation is safe. Returns
  // whether it hid anything.
  bool suppress_complementary(uint64_t min_n);
  // Hides one cut (to keep two tables of the same counts in step).
  bool suppress(const Cut& cut);

  const std::vector<Cut>& cuts() const { return cuts_; }
  uint64_t n(std::size_t i) const { return n_[i]; }
  uint64_t n(const Cut& cut) const;  // 0 when the table lacks the cut
  bool suppressed(std::size_t i) const { return suppressed_[i]; }
  bool suppressed(const Cut& cut) const;

 private:
  // The children of an equation are children_[begin, end).
  struct Equation {
    uint32_t parent;
    uint32_t begin;
    uint32_t end;
  };
  // Hides one more child if the equation has a lone unknown; true if it did.
  bool protect(const Equation& eq, uint64_t min_n);
  std::size_t find(const Cut& cut) const;

  std::vector<Cut> cuts_;
  std::vector<uint64_t> n_;
  std::vector<bool> suppressed_;
  std::vector<Equation> equations_;
  std::vector<uint32_t> children_;
};

}  // namespace otklik::metrics
