// End to end: the open data of a sample build and `otklik metrics` agree.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "support/csv_records.hpp"
#include "support/run_otklik.hpp"

namespace fs = std::filesystem;
using namespace otklik::test;

namespace {

std::string data_arg() { return " --data '" + (source_dir() / "data").string() + "'"; }

struct SampleOpenData {
  fs::path site;
  std::string csv;
  std::string json;
  SampleOpenData() {
    site = fresh_temp_dir("e2e-opendata") / "site";
    const RunResult build =
        run_otklik("build" + data_arg() + " --content '" + (source_dir() / "content").string() +
                   "' --templates '" + (source_dir() / "templates").string() + "' --out '" +
                   site.string() + "'");
    BOOST_TEST_REQUIRE(build.status == 0, build.err);
    csv = read_file(site / "opendata/indicators.csv");
    json = read_file(site / "opendata/indicators.json");
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(open_data, SampleOpenData)

BOOST_AUTO_TEST_CASE(metrics_prints_the_bytes_of_the_published_files) {
  const RunResult as_csv = run_otklik("metrics" + data_arg());
  BOOST_TEST_REQUIRE(as_csv.status == 0, as_csv.err);
  BOOST_TEST((as_csv.out == csv));
  const RunResult as_json = run_otklik("metrics --format json" + data_arg());
  BOOST_TEST_REQUIRE(as_json.status == 0, as_json.err);
  BOOST_TEST((as_json.out == json));
}

BOOST_AUTO_TEST_CASE(csv_and_json_hold_the_same_records) {
  const auto rows = parse_csv(csv);
  BOOST_TEST_REQUIRE(rows.size() > 1000u);
  const std::vector<std::string>& header = rows.front();
  BOOST_TEST(header.size() == 16u);
  Poco::JSON::Parser parser;
  const auto records = parser.parse(json).extract<Poco::JSON::Array::Ptr>();
  BOOST_TEST_REQUIRE(records->size() == rows.size() - 1);
  for (std::size_t i = 1; i < rows.size(); i += 97) {
    const auto record = records->getObject(static_cast<unsigned>(i - 1));
    for (std::size_t f = 0; f < header.size(); ++f) {
      const std::string cell = rows[i][f];
      if (record->isNull(header[f])) {
        BOOST_TEST(cell.empty(), header[f]);
      } else {
        const Poco::Dynamic::Var var = record->get(header[f]);
        const std::string value = var.convert<std::string>();
        // Poco spells numbers its own way; compare them as numbers.
        if (var.isBoolean())
          BOOST_TEST(cell == (var.extract<bool>() ? "true" : "false"), header[f] << " row " << i);
        else if (var.isNumeric())
          BOOST_TEST(std::stod(cell) == std::stod(value), header[f] << " row " << i);
        else
          BOOST_TEST(cell == value, header[f] << " row " << i);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(suppressed_records_carry_no_value_and_published_ones_do) {
  const auto rows = parse_csv(csv);
  std::size_t suppressed = 0;
  std::size_t published = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    BOOST_TEST_REQUIRE(r.size() == 16u);
    if (r[14] == "true") {
      ++suppressed;
      for (std::size_t f = 7; f <= 13; ++f) BOOST_TEST(r[f].empty(), "row " << i << " field " << f);
    } else {
      ++published;
      BOOST_TEST(!r[7].empty(), "row " << i);
      BOOST_TEST(!r[8].empty(), "row " << i);
    }
  }
  BOOST_TEST(suppressed > 0u);
  BOOST_TEST(published > suppressed);
}

BOOST_AUTO_TEST_CASE(the_headline_figure_is_the_one_on_the_home_page) {
  // The latest period's satisfaction over everything: the home page shows it
  // rounded to one decimal with a comma.
  const auto rows = parse_csv(csv);
  std::string latest;
  const std::vector<std::string>* headline = nullptr;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const bool all = r[1].empty() && r[2].empty() && r[3].empty() && r[4].empty() && r[5].empty();
    if (all && r[6] == "satisfaction_share" && r[0] >= latest) {
      latest = r[0];
      headline = &r;
    }
  }
  BOOST_TEST_REQUIRE(headline != nullptr);
  const std::string shown = shown_percent((*headline)[7]);
  const std::string home = read_file(site / "index.html");
  BOOST_TEST(home.find(shown) != std::string::npos, shown);
}

BOOST_AUTO_TEST_CASE(datapackage_matches_the_published_csv_headers) {
  Poco::JSON::Parser parser;
  const auto package = parser.parse(read_file(site / "opendata/datapackage.json"))
                           .extract<Poco::JSON::Object::Ptr>();
  const auto resources = package->getArray("resources");
  BOOST_TEST_REQUIRE(resources->size() == 2u);
  for (unsigned r = 0; r < resources->size(); ++r) {
    const auto resource = resources->getObject(r);
    const std::string csv_text =
        read_file(site / "opendata" / resource->getValue<std::string>("path"));
    const auto header = parse_csv(csv_text.substr(0, csv_text.find('\n') + 1)).front();
    const auto fields = resource->getObject("schema")->getArray("fields");
    BOOST_TEST_REQUIRE(fields->size() == header.size());
    for (unsigned i = 0; i < fields->size(); ++i)
      BOOST_TEST(fields->getObject(i)->getValue<std::string>("name") == header[i]);
  }
  BOOST_TEST(fs::is_regular_file(site / "opendata/meta.csv"));
  BOOST_TEST(fs::is_regular_file(site / "opendata/input-counts.json"));
}

BOOST_AUTO_TEST_SUITE_END()
