#include "publish/staging.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

namespace otklik::publish {
namespace fs = std::filesystem;
namespace {

std::runtime_error io_error(const std::string& what, const fs::path& path) {
  return std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

// The staging folder is a sibling of the target: "site.tmp-<pid>".
fs::path staging_path(const fs::path& target) {
  fs::path t = target.lexically_normal();
  if (t.filename().empty()) t = t.parent_path();
  return t.parent_path() / (t.filename().string() + ".tmp-" + std::to_string(::getpid()));
}

}  // namespace

Staging::Staging(fs::path target) : target_(std::move(target)), dir_(staging_path(target_)) {
  if (target_.lexically_normal().filename().empty() && target_.lexically_normal() == "/")
    throw std::runtime_error("refusing to publish to the root folder");
  std::error_code ec;
  fs::remove_all(dir_, ec);  // a leftover of a killed build with the same pid
  if (fs::exists(target_) && !fs::is_directory(target_))
    throw std::runtime_error("output " + target_.string() + " exists and is not a folder");
  fs::create_directories(dir_);
}

Staging::~Staging() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

void Staging::write(const fs::path& relative_path, std::string_view bytes) const {
  if (relative_path.is_absolute() || relative_path.lexically_normal().string().starts_with(".."))
    throw std::runtime_error("output path escapes the site: " + relative_path.string());
  const fs::path file = dir_ / relative_path;
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw io_error("cannot write", file);
}

void Staging::commit() {
  if (!fs::exists(target_)) {
    if (std::rename(dir_.c_str(), target_.c_str()) != 0) throw io_error("cannot create", target_);
    committed_ = true;
    return;
  }
  // RENAME_EXCHANGE swaps the two folders in one system call, so there is no
  // moment at which the site is missing or half-written.
  if (::renameat2(AT_FDCWD, dir_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) != 0)
    throw io_error("cannot replace", target_);
  committed_ = true;
  std::error_code ec;
  fs::remove_all(dir_, ec);  // now holds the previous site
}

}  // namespace otklik::publish
