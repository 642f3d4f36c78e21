#include "model/parallel_jobs.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace otklik::model {

unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

void run_jobs(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job,
              const std::function<void(std::size_t)>& done) {
  if (threads == 0) threads = default_threads();
  std::vector<std::exception_ptr> errors(count);
  // Jobs are taken in index order, so every job before the first failure
  // has been taken, and its own failure (if any) is seen, before we stop.
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> first_failure{count};
  std::mutex done_mutex;
  std::size_t finished = 0;
  const auto work = [&] {
    for (std::size_t i; (i = next++) < count && i < first_failure;) {
      try {
        job(i);
      } catch (...) {
        errors[i] = std::current_exception();
        std::size_t seen = first_failure;
        while (i < seen && !first_failure.compare_exchange_weak(seen, i)) {
        }
        continue;
      }
      if (!done) continue;
      const std::lock_guard lock(done_mutex);
      done(++finished);
    }
  };
  std::vector<std::thread> pool;
  const std::size_t extra = std::min<std::size_t>(threads, std::max<std::size_t>(count, 1)) - 1;
  for (std::size_t t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

void lower_this_threads_priority() {
  // Best effort: a failure leaves the thread as it was, only slower to yield.
  (void)setpriority(PRIO_PROCESS, 0, 19);
}

}  // namespace otklik::model
