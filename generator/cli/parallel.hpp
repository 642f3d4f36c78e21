#pragma once
// Runs independent jobs (one workbook, one open-data file) on every core.
// Each job writes its own file, so the bytes do not depend on which thread
// ran it or when; only the order of completion varies.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace otklik::cli {

// Calls job(i) for every i in [0, count) on up to hardware_concurrency()
// threads; `done(i)` after each, under a lock. Rethrows the first
// exception once every thread has stopped (the rest stop taking jobs).
inline void for_each_job(std::size_t count, const std::function<void(std::size_t)>& job,
                         const std::function<void(std::size_t finished)>& done = {}) {
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                      std::max<std::size_t>(1, count));
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr error;
  std::mutex mutex;
  std::size_t finished = 0;
  const auto work = [&] {
    for (std::size_t i; !failed && (i = next++) < count;) {
      try {
        job(i);
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
        failed = true;
        return;
      }
      std::lock_guard lock(mutex);
      ++finished;
      if (done) done(finished);
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace otklik::cli
