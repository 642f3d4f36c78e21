#include "cli/period_open_data.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "model/parallel_jobs.hpp"

namespace otklik::cli {
namespace fs = std::filesystem;

PeriodOpenData::PeriodOpenData(const model::Dataset& data, const metrics::PublishedCells& published,
                               const fs::path& dir)
    : data_(data), published_(published) {
  fs::create_directories((dir / report::kIndicatorsCsvPath).parent_path());
  for (auto [path, format] : {std::pair{report::kIndicatorsCsvPath, report::RecordFormat::Csv},
                              std::pair{report::kIndicatorsJsonPath, report::RecordFormat::Json}})
    indicators_.push_back(std::make_unique<IndicatorFile>(data, dir / path, format));
  for (auto [path, format] : {std::pair{report::kInputCountsCsvPath, report::RecordFormat::Csv},
                              std::pair{report::kInputCountsJsonPath, report::RecordFormat::Json}})
    cells_.push_back(std::make_unique<CellFile>(data, dir / path, format));
}

PeriodOpenData::~PeriodOpenData() {
  for (auto& file : indicators_)
    if (file->pending.valid()) file->pending.wait();
  for (auto& file : cells_)
    if (file->pending.valid()) file->pending.wait();
}

void PeriodOpenData::wait() {
  // get() rethrows what the writing thread threw.
  for (auto& file : indicators_)
    if (file->pending.valid()) file->pending.get();
  for (auto& file : cells_)
    if (file->pending.valid()) file->pending.get();
}

void PeriodOpenData::write(metrics::PeriodTable table, uint16_t period) {
  wait();
  // The writers run at the lowest priority: at an equal share of the cores
  // they slowed the computing thread's serial steps (the cube, the sort),
  // which the whole stage waits on; the national indicators stage took
  // 23-26 s that way and 21 s with the writers yielding.
  for (auto& file : indicators_) {
    IndicatorFile* f = file.get();
    f->pending = std::async(std::launch::async, [f, table] {
      model::lower_this_threads_priority();
      f->records.write(*table);
    });
  }
  // Dataset::survey is sorted by period first (ingest::sort_survey_cells).
  const auto end = std::partition_point(
      data_.survey.begin() + static_cast<std::ptrdiff_t>(next_cell_), data_.survey.end(),
      [period](const model::SurveyCell& cell) { return cell.key.period <= period; });
  const std::size_t first = next_cell_;
  const std::size_t last = static_cast<std::size_t>(end - data_.survey.begin());
  next_cell_ = last;
  for (auto& file : cells_) {
    CellFile* f = file.get();
    f->pending = std::async(std::launch::async, [this, f, first, last] {
      model::lower_this_threads_priority();
      f->records.write(published_, first, last);
    });
  }
}

void PeriodOpenData::finish() {
  wait();
  auto close = [](auto& file) {
    file->records.end();
    file->out.close();
    if (!file->out) throw std::runtime_error("cannot write " + file->path.string());
  };
  for (auto& file : indicators_) close(file);
  for (auto& file : cells_) {
    file->records.write(published_, next_cell_, data_.survey.size());
    close(file);
  }
}

}  // namespace otklik::cli
