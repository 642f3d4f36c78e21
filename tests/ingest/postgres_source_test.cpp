// The parts of the PostgreSQL source that need no server: the URL and its
// masking, the SQL it sends, and the table reader over rows that come from a
// table instead of a file (header without a line, the survey summed and out
// of order). tests/postgres/roundtrip runs the same against a real server.
#include <algorithm>
#include <map>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "ingest/fixture.hpp"
#include "ingest/folder_tables.hpp"
#include "ingest/postgres_sql.hpp"
#include "ingest/postgres_url.hpp"

using namespace otklik;

namespace {

std::string error_of(const std::string& url) {
  try {
    ingest::parse_postgres_url(url);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_url_is_parsed_by_libpq_and_shown_without_its_password) {
  const auto url = ingest::parse_postgres_url(
      "postgresql://otklik:pa%40ss@db.example:6432/feedback?sslmode=disable");
  BOOST_TEST(url.display == "postgresql://otklik:***@db.example:6432/feedback?sslmode=disable");
  BOOST_TEST(ingest::param(url, "host") == "db.example");
  BOOST_TEST(ingest::param(url, "port") == "6432");
  BOOST_TEST(ingest::param(url, "user") == "otklik");
  BOOST_TEST(ingest::param(url, "password") == "pa@ss");  // percent-decoded
  BOOST_TEST(ingest::param(url, "dbname") == "feedback");
  BOOST_TEST(ingest::param(url, "sslmode") == "disable");
  BOOST_TEST(ingest::param(url, "client_encoding") == "UTF8");  // whatever the database's
  BOOST_TEST(url.secrets == std::vector<std::string>{"pa@ss"});

  const auto plain = ingest::parse_postgres_url("postgres://127.0.0.1/otklik");
  BOOST_TEST(plain.display == "postgres://127.0.0.1/otklik");
  BOOST_TEST(plain.secrets.empty());
  BOOST_TEST(ingest::param(plain, "user").empty());
}

BOOST_AUTO_TEST_CASE(masking_covers_the_user_part_and_password_parameters) {
  const struct {
    const char* url;
    const char* masked;
  } cases[] = {
      {"postgresql://u:secret@h/db", "postgresql://u:***@h/db"},
      {"postgresql://u@h/db", "postgresql://u@h/db"},
      {"postgresql://h:5432/db", "postgresql://h:5432/db"},  // a port is no password
      {"postgresql://u:se:cr@et@h/db", "postgresql://u:***@h/db"},
      {"postgresql://h/db?password=secret&sslmode=require",
       "postgresql://h/db?password=***&sslmode=require"},
      {"postgresql://u:a@h/db?sslpassword=secret", "postgresql://u:***@h/db?sslpassword=***"},
      {"http://u:secret@h/db", "http://u:***@h/db"},
  };
  for (const auto& c : cases) BOOST_TEST(ingest::mask_url(c.url) == c.masked, c.url);
}

BOOST_AUTO_TEST_CASE(a_bad_url_is_an_error_that_keeps_the_password_out) {
  const std::string wrong = error_of("mysql://u:secret@h/db");
  BOOST_TEST(wrong.find("\"mysql://u:***@h/db\" is not a PostgreSQL URL") != std::string::npos,
             wrong);
  for (const char* url : {"postgresql://u:secret@[::1/db", "postgresql://u:secret@h/db?bogus=1",
                          "postgresql://u:secret@h/db?sslmode"}) {
    const std::string message = error_of(url);
    BOOST_TEST(message.rfind("cannot read the PostgreSQL URL ", 0) == 0, message);
    BOOST_TEST(message.find("secret") == std::string::npos, message);
  }
}

BOOST_AUTO_TEST_CASE(driver_messages_are_scrubbed_of_secrets) {
  const auto url = ingest::parse_postgres_url("postgresql://u:s3cret@h/db");
  BOOST_TEST(ingest::without_secrets("password \"s3cret\" rejected; s3cret again", url) ==
             "password \"***\" rejected; *** again");
}

BOOST_AUTO_TEST_CASE(the_connection_string_leaves_out_the_password_and_refuses_spaces) {
  const auto url = ingest::parse_postgres_url("postgresql://u:s3cret@h:5433/db");
  const std::string info = ingest::connection_string(url);
  BOOST_TEST(info.find("s3cret") == std::string::npos, info);
  for (const char* part :
       {"host=h", "port=5433", "user=u", "dbname=db", "client_encoding=UTF8", "connect_timeout=10"})
    BOOST_TEST(info.find(part) != std::string::npos, part << " in " << info);
  const auto timeout = ingest::parse_postgres_url("postgresql://h/db?connect_timeout=3");
  BOOST_TEST(ingest::connection_string(timeout).find("connect_timeout=10") == std::string::npos);
  const auto spaced = ingest::parse_postgres_url("postgresql://h/my%20db");
  BOOST_CHECK_THROW(ingest::connection_string(spaced), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(the_survey_is_summed_by_plain_sql) {
  const std::vector<std::string> columns = {
      "period",    "life_situation_id", "service_id", "touchpoint_id", "segment_id",
      "region_id", "question",          "answer",     "count"};
  const std::string summed = ingest::summed_rows_query("survey", columns, "count");
  BOOST_TEST(summed ==
             "SELECT MIN(\"line\"), \"period\", \"life_situation_id\", \"service_id\", "
             "\"touchpoint_id\", \"segment_id\", \"region_id\", \"question\", \"answer\", "
             "SUM(CAST(\"count\" AS BIGINT)), COUNT(*) FROM \"survey\" "
             "GROUP BY 2, 3, 4, 5, 6, 7, 8, 9");
  const std::string check = ingest::unsummable_row_query("survey", columns, "count");
  BOOST_TEST(
      check.find("WHERE \"count\" IS NULL OR NOT (CAST(\"count\" AS VARCHAR(40)) SIMILAR "
                 "TO '[0-9]+') ORDER BY \"line\" FETCH FIRST 1 ROWS ONLY") != std::string::npos,
      check);
  // Nothing an MPP engine of the PostgreSQL protocol might lack.
  for (const std::string& sql : {summed, check, ingest::rows_query("appeals", {"period", "count"}),
                                 ingest::catalog_query(), ingest::inputs_query()})
    for (const char* dialect : {"::", "LIMIT", "ILIKE", " ~ ", "string_agg", "pg_"})
      BOOST_TEST(sql.find(dialect) == std::string::npos, dialect << " in " << sql);
}

BOOST_AUTO_TEST_CASE(identifiers_are_quoted_and_files_name_tables) {
  BOOST_TEST(ingest::quote_identifier("order") == "\"order\"");
  BOOST_TEST(ingest::quote_identifier("a\"b") == "\"a\"\"b\"");
  BOOST_TEST(ingest::table_of("life_situation_services.csv") == "life_situation_services");
  BOOST_TEST(ingest::rows_query("life_situations", {"id", "order"}) ==
             "SELECT \"line\", \"id\", \"order\" FROM \"life_situations\" ORDER BY \"line\"");
}

namespace {

// A stand-in for the database: each file's rows as a table holds them, and
// the survey summed as GROUP BY returns it, in another order than the file's.
class TableRows : public ingest::RowSource {
 public:
  TableRows(std::string table, std::vector<std::string> header, std::vector<ingest::CsvRecord> rows,
            model::InputFile input)
      : display_("table " + table),
        header_(std::move(header)),
        rows_(std::move(rows)),
        input_(std::move(input)) {}
  const std::string& display() const override { return display_; }
  const std::vector<std::string>& header() const override { return header_; }
  std::size_t header_line() const override { return 0; }
  bool next(ingest::CsvRecord& row) override {
    if (at_ == rows_.size()) return false;
    row = rows_[at_++];
    return true;
  }
  bool decimal_comma() const override { return true; }
  model::InputFile finish(const std::string&) override { return input_; }

 private:
  std::string display_;
  std::vector<std::string> header_;
  std::vector<ingest::CsvRecord> rows_;
  std::size_t at_ = 0;
  model::InputFile input_;
};

class MemoryTables : public ingest::InputTables {
 public:
  explicit MemoryTables(std::filesystem::path dir) : folder_(std::move(dir), {}) {}
  // Replaces one field of a table's row (the row at `line`), as an UPDATE would.
  void update(const std::string& name, std::size_t line, const std::string& column,
              const std::string& value) {
    edits_.push_back({name, line, column, value});
  }
  bool has(const std::string& name) const override { return folder_.has(name); }
  std::unique_ptr<ingest::RowSource> open(const std::string& name, std::string_view sum) override {
    auto file = folder_.open(name);
    auto header = file->header();
    std::vector<ingest::CsvRecord> rows;
    for (ingest::CsvRecord row; file->next(row);) rows.push_back(row);
    apply_edits(name, header, rows);
    const auto input = file->finish(name);
    const auto summed = std::find(header.begin(), header.end(), sum);
    if (!sum.empty() && summed != header.end())
      rows = grouped(rows, static_cast<std::size_t>(summed - header.begin()));
    return std::make_unique<TableRows>(ingest::table_of(name), header, rows, input);
  }

 private:
  struct Edit {
    std::string name;
    std::size_t line;
    std::string column, value;
  };
  void apply_edits(const std::string& name, const std::vector<std::string>& header,
                   std::vector<ingest::CsvRecord>& rows) const {
    for (const auto& e : edits_)
      for (auto& row : rows)
        if (e.name == name && row.line == e.line)
          row.fields[std::find(header.begin(), header.end(), e.column) - header.begin()] = e.value;
  }
  // Equal rows but for column `sum` merged, summed, at their first line; in
  // descending key order, unlike the file.
  static std::vector<ingest::CsvRecord> grouped(const std::vector<ingest::CsvRecord>& rows,
                                                std::size_t sum) {
    std::map<std::vector<std::string>, ingest::CsvRecord, std::greater<>> groups;
    for (const auto& row : rows) {
      auto key = row.fields;
      key[sum].clear();
      auto [it, added] = groups.emplace(key, row);
      if (!added)
        it->second.fields[sum] =
            std::to_string(std::stoull(it->second.fields[sum]) + std::stoull(row.fields[sum]));
    }
    std::vector<ingest::CsvRecord> out;
    for (auto& [key, row] : groups) out.push_back(row);
    return out;
  }

  ingest::FolderTables folder_;
  std::vector<Edit> edits_;
};

// Every field of the Dataset as text, to compare two of them whole.
std::string fingerprint(const model::Dataset& d) {
  std::ostringstream out;
  for (const auto& x : d.life_situations)
    out << "ls " << x.id << '|' << x.name << '|' << x.description << '|' << x.order << '|'
        << x.sphere << '|' << x.priority << '\n';
  for (const auto& x : d.services) out << "svc " << x.id << '|' << x.name << '\n';
  for (const auto& x : d.life_situation_services)
    out << "lss " << x.life_situation_id << '|' << x.service_id << '|' << x.in_scenario << '|'
        << x.proactive << '\n';
  for (const auto& x : d.touchpoints)
    out << "tp " << x.id << '|' << x.name << '|' << int(x.channel) << '|' << int(x.kind) << '\n';
  for (const auto& x : d.segments)
    out << "seg " << x.id << '|' << x.name << '|' << int(x.client_type) << '\n';
  for (const auto& x : d.regions) out << "reg " << x.id << '|' << x.name << '\n';
  for (const auto& x : d.questions)
    out << "q " << x.id << '|' << x.text << '|' << int(x.scale) << '|' << x.built_in << '\n';
  for (const auto& x : d.periods) out << "p " << x.label() << '\n';
  for (const auto& c : d.survey) {
    const auto& k = c.key;
    out << "cell " << k.period << ',' << k.life_situation << ',' << k.service << ',' << k.touchpoint
        << ',' << k.segment << ',' << k.region << ',' << k.question << ':';
    for (const auto n : c.answers.n) out << ' ' << n;
    out << '\n';
  }
  for (const auto& x : d.appeals)
    out << "ap " << x.period << '|' << x.life_situation << '|' << x.touchpoint << '|' << x.topic
        << '|' << int(x.kind) << '|' << int(x.result) << '|' << x.count << '|' << x.on_time << '|'
        << x.repeat << '\n';
  for (const auto& x : d.service_requests)
    out << "sr " << x.period << '|' << x.service << '|' << x.completed << '|' << x.repeated_4w
        << '\n';
  for (const auto& x : d.response_times)
    out << "rt " << x.period << '|' << x.touchpoint << '|' << int(x.request_type) << '|'
        << x.hours_max << '|' << x.count << '\n';
  for (const auto& x : d.pain_points)
    out << "pp " << x.period << '|' << x.life_situation << '|' << x.touchpoint << '|' << x.theme
        << '|' << x.mentions << '\n';
  for (const auto& x : d.service_standards)
    out << "ss " << x.period << '|' << x.touchpoint << '|' << int(x.standard) << '|' << x.met << '|'
        << x.total << '\n';
  for (const auto& x : d.inputs) out << "in " << x.name << '|' << x.rows << '|' << x.sha256 << '\n';
  return out.str();
}

std::string error_of(MemoryTables& tables) {
  try {
    ingest::load_dataset(tables, [](const std::string&) {});
  } catch (const ingest::InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

BOOST_AUTO_TEST_CASE(tables_with_the_survey_summed_give_the_same_dataset_as_the_files) {
  const auto quiet = [](const std::string&) {};
  for (const std::filesystem::path dir :
       {std::filesystem::path(OTKLIK_SOURCE_DIR) / "data",
        test::write_data("memory-minimal", test::minimal_data())}) {
    const model::Dataset from_files = ingest::load_dataset(dir, ingest::default_config(), quiet);
    MemoryTables tables(dir);
    const model::Dataset from_tables = ingest::load_dataset(tables, quiet);
    BOOST_TEST_REQUIRE(!from_files.survey.empty());
    BOOST_TEST(fingerprint(from_tables) == fingerprint(from_files), dir);
  }
}

BOOST_AUTO_TEST_CASE(errors_in_tables_name_the_table_the_line_and_the_column) {
  const auto dir = test::write_data("memory-errors", test::minimal_data());
  const struct {
    const char* file;
    std::size_t line;
    const char* column;
    const char* value;
    const char* message;
  } cases[] = {
      {"appeals.csv", 3, "count", "1.5",
       "table appeals:3:7: error: column \"count\": expected a non-negative whole number, found "
       "\"1.5\""},
      {"survey.csv", 4, "touchpoint_id", "tp9",
       "table survey:4:4: error: column \"touchpoint_id\": unknown touchpoint \"tp9\""},
      {"services.csv", 3, "id", "s1",
       "table services:3:1: error: column \"id\": duplicate service id \"s1\" (first on line 2)"},
  };
  for (const auto& c : cases) {
    MemoryTables tables(dir);
    tables.update(c.file, c.line, c.column, c.value);
    const std::string message = error_of(tables);
    BOOST_TEST(message.rfind(c.message, 0) == 0, message);
  }
  // A table's columns have no line: header errors point at the table.
  auto files = test::minimal_data();
  files["touchpoints.csv"] = "id,name,channel\ntp1,Портал,portal\n";
  MemoryTables missing(test::write_data("memory-header", files));
  BOOST_TEST(error_of(missing).rfind("table touchpoints: error: required column \"kind\"", 0) == 0,
             error_of(missing));
}
