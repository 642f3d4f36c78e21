#pragma once
// The build's progress on stderr: on a terminal one bar redrawn in place, in
// a log (CI, a pipe) plain lines, so a national build of a minute or more
// never looks hung and a CI log shows where the time went.
#include <chrono>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>

namespace otklik::cli {

enum class ProgressStyle { Bar, Lines, Quiet };

// Bar when stderr is a terminal, Lines otherwise.
ProgressStyle progress_style_for_stderr();

class Progress {
 public:
  Progress(std::ostream& out, ProgressStyle style);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Ends the current stage (reporting its time) and starts the next one;
  // `total` > 0 makes it measurable by advance().
  void stage(const std::string& name, uint64_t total = 0);
  // Makes the current stage measurable once its total is known.
  void count(uint64_t total);
  // The stage's work done so far, out of its total. Any thread may call it.
  void advance(uint64_t done);
  // Ends the last stage.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  void end_stage();
  void draw(uint64_t done);
  double seconds_since(Clock::time_point since) const;

  std::ostream& out_;
  ProgressStyle style_;
  std::mutex mutex_;
  std::string name_;
  uint64_t total_ = 0;
  Clock::time_point stage_start_{};
  Clock::time_point last_draw_{};
  Clock::time_point build_start_ = Clock::now();
  bool active_ = false;
};

}  // namespace otklik::cli
