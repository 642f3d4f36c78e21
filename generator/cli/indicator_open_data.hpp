#pragma once
// opendata/indicators.{csv,json}, written while the indicators are made. Each
// period's table goes to both files on threads of their own while the next
// period is computed, so the national table (tens of millions of results)
// is never whole in memory, and writing overlaps computing.
#include <filesystem>
#include <fstream>
#include <future>
#include <memory>
#include <vector>

#include "metrics/period_indicators.hpp"
#include "model/dataset.hpp"
#include "report/indicator_records.hpp"

namespace otklik::cli {

class IndicatorOpenData {
 public:
  // Opens both files under `dir`.
  IndicatorOpenData(const model::Dataset& data, const std::filesystem::path& dir);
  // Waits for writes in flight (a failed build discards the files).
  ~IndicatorOpenData();
  IndicatorOpenData(const IndicatorOpenData&) = delete;
  IndicatorOpenData& operator=(const IndicatorOpenData&) = delete;

  // Waits until the previous table is written, then starts on this one: at
  // most one period is on its way to the files at a time.
  void write(metrics::PeriodTable table);
  // Ends both files; throws std::runtime_error if one could not be written.
  void finish();

 private:
  struct File {
    std::filesystem::path path;
    std::ofstream out;
    report::IndicatorRecordWriter records;
    std::future<void> pending;
    File(const model::Dataset& data, std::filesystem::path file, report::RecordFormat format);
  };
  void wait();

  std::vector<std::unique_ptr<File>> files_;
};

}  // namespace otklik::cli
