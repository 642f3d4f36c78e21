#pragma once
// Runs independent jobs (the pages of a site, the workbooks, the open-data
// files) on several threads. Each job writes only its own result slot or
// file, so the output never depends on which thread ran a job or when. It
// lives in model, the first stage, so that every stage may use it.
#include <cstddef>
#include <functional>

namespace otklik::model {

// The threads a build uses: one per core.
unsigned default_threads();

// How a stage that runs jobs shows its progress: the number of jobs once it
// is known, then the number finished after each job. Either may be empty.
struct JobCount {
  std::function<void(std::size_t total)> total;
  std::function<void(std::size_t finished)> finished;
};

// Calls job(i) for every i in [0, count) on `threads` threads (0: one per
// core), and `done(finished)` under a lock after each job that succeeds, for
// a progress display. When jobs throw, the exception of the lowest i is
// rethrown once every thread has stopped, so the error a user sees does not
// depend on timing; jobs after a failed one are not started.
void run_jobs(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job,
              const std::function<void(std::size_t finished)>& done = {});

// Lets the calling thread run only where the build's other threads leave a
// core free: for work that trails the critical path, such as the open data
// written while the next period is computed. Linux keeps the nice value per
// thread, so the rest of the process keeps its priority.
void lower_this_threads_priority();

}  // namespace otklik::model
