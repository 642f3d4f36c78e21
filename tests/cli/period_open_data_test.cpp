// The open data written a period at a time while the indicators are made
// is byte for byte the open data of the whole table written at once.
#include "cli/period_open_data.hpp"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "ingest/config.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/period_indicators.hpp"
#include "metrics/published_cells.hpp"
#include "report/indicator_records.hpp"
#include "report/input_count_records.hpp"
#include "support/run_otklik.hpp"

namespace fs = std::filesystem;
namespace ot = otklik;

BOOST_AUTO_TEST_CASE(period_by_period_open_data_equals_the_whole_tables) {
  const ot::ingest::Config config;
  const ot::model::Dataset data =
      ot::ingest::load_dataset(ot::test::source_dir() / "data", config, [](const std::string&) {});
  BOOST_TEST_REQUIRE(data.periods.size() > 1u);
  const fs::path dir = ot::test::fresh_temp_dir("period-open-data");
  ot::metrics::PublishedCells published(data);
  {
    ot::cli::PeriodOpenData open_data(data, published, dir);
    ot::metrics::compute_indicators_by_period(data, config,
                                              [&](uint16_t period, ot::metrics::PeriodTable table) {
                                                published.mark(*table, data, period);
                                                open_data.write(std::move(table), period);
                                              });
    open_data.finish();
  }
  const ot::metrics::IndicatorTable whole = ot::metrics::compute_indicators(data, config);
  const ot::metrics::PublishedCells whole_published = ot::metrics::published_cells(whole, data);
  for (auto format : {ot::report::RecordFormat::Csv, ot::report::RecordFormat::Json}) {
    const bool csv = format == ot::report::RecordFormat::Csv;
    std::ostringstream indicators;
    ot::report::write_indicator_records(data, whole, format, indicators);
    BOOST_TEST(ot::test::read_file(dir / (csv ? ot::report::kIndicatorsCsvPath
                                              : ot::report::kIndicatorsJsonPath)) ==
               indicators.str());
    std::ostringstream cells;
    ot::report::write_input_count_records(data, whole_published, format, cells);
    BOOST_TEST(cells.str().size() > 1000u);
    BOOST_TEST(ot::test::read_file(dir / (csv ? ot::report::kInputCountsCsvPath
                                              : ot::report::kInputCountsJsonPath)) == cells.str());
  }
}
