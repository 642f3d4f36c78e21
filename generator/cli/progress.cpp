#include "cli/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace otklik::cli {
namespace {

constexpr int kBarWidth = 24;
constexpr double kBarInterval = 0.1;  // seconds between redraws: smooth enough
constexpr double kLineInterval = 5;

std::string seconds_text(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", seconds);
  return text;
}

}  // namespace

ProgressStyle progress_style_for_stderr() {
  return ::isatty(STDERR_FILENO) ? ProgressStyle::Bar : ProgressStyle::Lines;
}

Progress::Progress(std::ostream& out, ProgressStyle style) : out_(out), style_(style) {}

Progress::~Progress() {
  // A build that threw leaves its bar's line open; close it before the error.
  if (active_ && style_ == ProgressStyle::Bar) out_ << '\n';
}

double Progress::seconds_since(Clock::time_point since) const {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

void Progress::stage(const std::string& name, uint64_t total) {
  std::lock_guard lock(mutex_);
  end_stage();
  name_ = name;
  total_ = total;
  stage_start_ = last_draw_ = Clock::now();
  active_ = true;
  if (style_ == ProgressStyle::Lines) out_ << "otklik: " << name_ << "…\n" << std::flush;
  if (style_ == ProgressStyle::Bar) draw(0);
}

void Progress::count(uint64_t total) {
  std::lock_guard lock(mutex_);
  if (!active_) return;
  total_ = total;
  if (style_ == ProgressStyle::Bar) draw(0);
}

void Progress::advance(uint64_t done) {
  if (style_ == ProgressStyle::Quiet) return;
  std::lock_guard lock(mutex_);
  if (!active_ || total_ == 0) return;
  done = std::min(done, total_);
  const double since_draw = std::chrono::duration<double>(Clock::now() - last_draw_).count();
  if (style_ == ProgressStyle::Lines) {
    // A line every few seconds shows a long stage moving in a CI log
    // without flooding it; short stages print none.
    if (since_draw < kLineInterval || done == total_) return;
    last_draw_ = Clock::now();
    out_ << "otklik: " << name_ << ": " << done * 100 / total_ << " %\n" << std::flush;
    return;
  }
  // Redrawing costs a write per call; ten a second is smooth enough.
  if (since_draw < kBarInterval) return;
  last_draw_ = Clock::now();
  draw(done);
}

void Progress::draw(uint64_t done) {
  std::string line = "\r\x1b[2K";  // back to the start of the line, then clear it
  if (total_ > 0) {
    const int filled = static_cast<int>(done * kBarWidth / total_);
    line += '[' + std::string(static_cast<std::size_t>(filled), '#') +
            std::string(static_cast<std::size_t>(kBarWidth - filled), ' ') + "] ";
    line += std::to_string(done * 100 / total_) + " % ";
  }
  line += name_ + "  " + seconds_text(seconds_since(stage_start_));
  out_ << line << std::flush;
}

void Progress::end_stage() {
  if (!active_) return;
  active_ = false;
  const std::string took = seconds_text(seconds_since(stage_start_));
  if (style_ == ProgressStyle::Lines) out_ << "otklik: " << name_ << ": done in " << took << '\n';
  if (style_ == ProgressStyle::Bar) out_ << "\r\x1b[2K" << name_ << ": " << took << '\n';
  out_ << std::flush;
}

void Progress::finish() {
  std::lock_guard lock(mutex_);
  end_stage();
  if (style_ != ProgressStyle::Quiet)
    out_ << "otklik: built in " << seconds_text(seconds_since(build_start_)) << '\n';
}

}  // namespace otklik::cli
