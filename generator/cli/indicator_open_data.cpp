#include "cli/indicator_open_data.hpp"

#include <stdexcept>
#include <utility>

namespace otklik::cli {
namespace fs = std::filesystem;

IndicatorOpenData::File::File(const model::Dataset& data, fs::path file,
                              report::RecordFormat format)
    : path(std::move(file)), out(path, std::ios::binary), records(data, format, out) {}

IndicatorOpenData::IndicatorOpenData(const model::Dataset& data, const fs::path& dir) {
  fs::create_directories((dir / report::kIndicatorsCsvPath).parent_path());
  files_.push_back(
      std::make_unique<File>(data, dir / report::kIndicatorsCsvPath, report::RecordFormat::Csv));
  files_.push_back(
      std::make_unique<File>(data, dir / report::kIndicatorsJsonPath, report::RecordFormat::Json));
}

IndicatorOpenData::~IndicatorOpenData() {
  for (auto& file : files_)
    if (file->pending.valid()) file->pending.wait();
}

void IndicatorOpenData::wait() {
  // get() rethrows what the writing thread threw.
  for (auto& file : files_)
    if (file->pending.valid()) file->pending.get();
}

void IndicatorOpenData::write(metrics::PeriodTable table) {
  wait();
  for (auto& file : files_) {
    File* f = file.get();
    f->pending = std::async(std::launch::async, [f, table] { f->records.write(*table); });
  }
}

void IndicatorOpenData::finish() {
  wait();
  for (auto& file : files_) {
    file->records.end();
    file->out.close();
    if (!file->out) throw std::runtime_error("cannot write " + file->path.string());
  }
}

}  // namespace otklik::cli
