#pragma once
// The SQL the PostgreSQL source runs. Fact queries are plain SQL (CAST, SUM,
// MIN, COUNT, GROUP BY, SIMILAR TO, FETCH FIRST): no function of
// PostgreSQL's own, so the same text runs on a PostgreSQL-protocol MPP engine
// (Greenplum, Citus), where the GROUP BY runs on every segment in parallel.
#include <string>
#include <string_view>
#include <vector>

namespace otklik::ingest {

// The table of an input file: "survey.csv" -> "survey".
std::string table_of(std::string_view file);

// "name" quoted as an SQL identifier ("order" is a keyword, a CSV header may
// hold anything).
std::string quote_identifier(std::string_view name);

// A table's every row in file order: "line", then the columns (read as text;
// a NULL reads as "", so a NULL key is an empty, not attributed, one).
std::string rows_query(std::string_view table, const std::vector<std::string>& columns);

// The rows summed in the database: the lowest "line" of each group, the
// columns with `sum` replaced by its total, then the group's row count. Rows
// equal in every other column become one.
std::string summed_rows_query(std::string_view table, const std::vector<std::string>& columns,
                              std::string_view sum);

// The first row, in file order, whose `sum` is not a whole number of digits
// and so cannot be cast and summed; the same columns as rows_query.
std::string unsummable_row_query(std::string_view table, const std::vector<std::string>& columns,
                                 std::string_view sum);

// Every table's columns in order, from the SQL-standard catalog.
std::string catalog_query();

// Dataset::inputs as `otklik load` recorded them.
inline constexpr std::string_view kInputsTable = "otklik_inputs";
std::string inputs_query();

}  // namespace otklik::ingest
