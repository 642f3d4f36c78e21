#pragma once
// Runs the built otklik program as a user would, capturing its exit status
// and stderr, for the end-to-end and CLI tests.
#include <sys/wait.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

inline std::filesystem::path fresh_temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("otklik-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace otklik::test
