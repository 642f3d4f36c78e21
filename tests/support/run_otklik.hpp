#pragma once
// Runs the built otklik program as a user would, capturing its exit status
// and stderr, for the end-to-end and CLI tests.
#include <sys/wait.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace otklik::test {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::filesystem::path& file, const std::string& bytes) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
}

// `args` is appended to the command line as is (the tests quote their paths).
inline RunResult run_otklik(const std::string& args, const std::filesystem::path& cwd = {}) {
  static int counter = 0;
  const auto tmp = std::filesystem::temp_directory_path() /
                   ("otklik-run-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::filesystem::create_directories(tmp);
  std::string command;
  if (!cwd.empty()) command = "cd '" + cwd.string() + "' && ";
  command += std::string("'") + OTKLIK_BINARY + "' " + args + " >'" + (tmp / "out").string() +
             "' 2>'" + (tmp / "err").string() + "'";
  const int raw = std::system(command.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(tmp / "out");
  result.err = read_file(tmp / "err");
  std::filesystem::remove_all(tmp);
  return result;
}

inline std::filesystem::path source_dir() { return OTKLIK_SOURCE_DIR; }

// The folders fresh_temp_dir made, removed when the test program ends (a
// sample build is 87 MB, and every run has its own folder). Set
// OTKLIK_KEEP_TEST_DIRS to keep them for a look after a failure.
class TempDirs {
 public:
  static TempDirs& instance() {
    static TempDirs dirs;
    return dirs;
  }
  void add(const std::filesystem::path& dir) { dirs_.push_back(dir); }
  TempDirs(const TempDirs&) = delete;
  TempDirs& operator=(const TempDirs&) = delete;
  ~TempDirs() {
    if (std::getenv("OTKLIK_KEEP_TEST_DIRS") != nullptr) return;
    std::error_code ignored;  // a folder a test removed itself is fine
    for (const auto& dir : dirs_) std::filesystem::remove_all(dir, ignored);
  }

 private:
  TempDirs() = default;
  std::vector<std::filesystem::path> dirs_;
};

inline std::filesystem::path fresh_temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("otklik-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  TempDirs::instance().add(dir);
  return dir;
}

}  // namespace otklik::test
