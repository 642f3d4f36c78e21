#include "ingest/load_dataset.hpp"

#include "ingest/folder_tables.hpp"
#include "ingest/load_context.hpp"

namespace otklik::ingest {

model::Dataset load_dataset(const std::filesystem::path& data_dir, const Config& config,
                            const WarningSink& warn) {
  FolderTables folder(data_dir, {config.csv_encoding, config.csv_delimiter});
  return load_dataset(folder, warn);
}

model::Dataset load_dataset(InputTables& tables, const WarningSink& warn) {
  model::Dataset data;
  LoadContext context(tables, warn, data);
  load_dimensions(context);  // first: the facts check their ids against these
  load_facts(context);
  context.order_inputs();
  return data;
}

}  // namespace otklik::ingest
