// run_jobs: every job once, whatever the thread count; the error a user
// sees is the lowest job's, whatever the timing.
#include <sys/resource.h>

#include <atomic>
#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "model/parallel_jobs.hpp"

using otklik::model::run_jobs;

BOOST_AUTO_TEST_SUITE(parallel_jobs)

BOOST_AUTO_TEST_CASE(runs_every_job_once_on_any_number_of_threads) {
  for (const unsigned threads : {0u, 1u, 2u, 7u}) {
    for (const std::size_t count :
         {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{500}}) {
      std::vector<std::atomic<int>> runs(count);
      std::size_t last_finished = 0;
      std::size_t done_calls = 0;
      run_jobs(
          count, threads, [&](std::size_t i) { ++runs[i]; },
          [&](std::size_t finished) {
            // Called under a lock, one at a time, counting up.
            BOOST_TEST(finished == last_finished + 1);
            last_finished = finished;
            ++done_calls;
          });
      for (std::size_t i = 0; i < count; ++i) BOOST_TEST(runs[i] == 1, "job " << i);
      BOOST_TEST(done_calls == count);
    }
  }
}

BOOST_AUTO_TEST_CASE(rethrows_the_lowest_failing_job) {
  // Jobs 40 and 300 fail; job 300 may fail first on another thread, but the
  // error seen is job 40's.
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::string message;
    try {
      run_jobs(1000, 4, [](std::size_t i) {
        if (i == 40 || i == 300) throw std::runtime_error("job " + std::to_string(i));
      });
    } catch (const std::runtime_error& e) {
      message = e.what();
    }
    BOOST_TEST(message == "job 40");
  }
}

BOOST_AUTO_TEST_CASE(stops_taking_jobs_after_a_failure) {
  std::atomic<std::size_t> started{0};
  BOOST_CHECK_THROW(run_jobs(10000, 1,
                             [&](std::size_t i) {
                               ++started;
                               if (i == 5) throw std::runtime_error("stop");
                             }),
                    std::runtime_error);
  BOOST_TEST(started == 6u);
}

BOOST_AUTO_TEST_CASE(a_lowered_thread_yields_alone) {
  const int before = getpriority(PRIO_PROCESS, 0);
  int lowered = before;
  std::thread([&lowered] {
    otklik::model::lower_this_threads_priority();
    lowered = getpriority(PRIO_PROCESS, 0);
  }).join();
  BOOST_TEST(lowered == 19);
  BOOST_TEST(getpriority(PRIO_PROCESS, 0) == before);  // the rest of the process is as it was
}

BOOST_AUTO_TEST_SUITE_END()
