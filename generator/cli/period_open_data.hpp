#pragma once
// The open data written while the indicators are made: each period's table
// goes to opendata/indicators.{csv,json}, and its survey cells, once marked
// published or not, to opendata/input-counts.{csv,json}, on threads of their
// own while the next period is computed. So the national table (tens of
// millions of results) is never whole in memory, and the 11 GB of files are
// written while one core computes, not after.
#include <cstddef>
#include <filesystem>
#include <future>
#include <memory>
#include <vector>

#include "metrics/period_indicators.hpp"
#include "metrics/published_cells.hpp"
#include "model/dataset.hpp"
#include "report/direct_output.hpp"
#include "report/indicator_records.hpp"
#include "report/input_count_records.hpp"

namespace otklik::cli {

class PeriodOpenData {
 public:
  // Opens the four files under `dir`; `published` is read as it is marked.
  PeriodOpenData(const model::Dataset& data, const metrics::PublishedCells& published,
                 const std::filesystem::path& dir);
  // Waits for writes in flight (a failed build discards the files).
  ~PeriodOpenData();
  PeriodOpenData(const PeriodOpenData&) = delete;
  PeriodOpenData& operator=(const PeriodOpenData&) = delete;

  // Waits until the previous period is written, then starts on this one
  // (its table, and the cells up to its end, which must be marked): at most
  // one period is on its way to the files at a time. Periods come in order.
  void write(metrics::PeriodTable table, uint16_t period);
  // Writes the cells left, ends the files; throws std::runtime_error if one
  // could not be written.
  void finish();
  std::size_t files() const { return indicators_.size() + cells_.size(); }

 private:
  template <typename Records>
  struct File {
    std::filesystem::path path;
    report::DirectOutputFile out;  // gigabytes nationally: kept out of the page cache
    Records records;
    std::future<void> pending;
    File(const model::Dataset& data, std::filesystem::path file, report::RecordFormat format)
        : path(std::move(file)), out(path), records(data, format, out) {}
  };
  using IndicatorFile = File<report::IndicatorRecordWriter>;
  using CellFile = File<report::InputCountRecordWriter>;
  void wait();

  const model::Dataset& data_;
  const metrics::PublishedCells& published_;
  std::vector<std::unique_ptr<IndicatorFile>> indicators_;
  std::vector<std::unique_ptr<CellFile>> cells_;
  std::size_t next_cell_ = 0;  // the first cell of Dataset::survey not yet handed on
};

}  // namespace otklik::cli
