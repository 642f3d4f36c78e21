#include "ingest/load_dataset.hpp"

#include "ingest/load_context.hpp"

namespace otklik::ingest {

model::Dataset load_dataset(const std::filesystem::path& data_dir, const Config& config,
                            const WarningSink& warn) {
  model::Dataset data;
  LoadContext context(data_dir, config, warn, data);
  load_dimensions(context);  // first: the facts check their ids against these
  load_facts(context);
  context.order_inputs();
  return data;
}

}  // namespace otklik::ingest
