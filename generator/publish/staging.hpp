#pragma once
// Atomic publication: a build writes into a staging folder beside the target,
// and the target is replaced only when everything succeeded. A failed build
// (an exception, a finding) leaves the previous site untouched.
#include <filesystem>
#include <string_view>

namespace otklik::publish {

class Staging {
 public:
  // Creates an empty staging folder next to `target` (same file system, so
  // the final rename is atomic). Throws std::runtime_error if it cannot.
  explicit Staging(std::filesystem::path target);
  // Removes the staging folder unless commit() succeeded.
  ~Staging();
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  const std::filesystem::path& target() const { return target_; }

  // Writes `bytes` to dir()/relative_path, creating folders as needed.
  void write(const std::filesystem::path& relative_path, std::string_view bytes) const;

  // Puts the staging folder in place of the target in one step and removes
  // the previous site.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path dir_;
  bool committed_ = false;
};

}  // namespace otklik::publish
