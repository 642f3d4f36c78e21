#include "ingest/postgres_sql.hpp"

namespace otklik::ingest {
namespace {

// Plain column names: grouping by an expression such as
// COALESCE(CAST(c AS VARCHAR), '') made the national survey's GROUP BY
// twice as slow. The driver hands every value over as text whatever its
// type, and a NULL as "" (not attributed), so none is needed.
std::string column_list(const std::vector<std::string>& columns) {
  std::string list;
  for (const auto& column : columns) list += ", " + quote_identifier(column);
  return list;
}

}  // namespace

std::string table_of(std::string_view file) {
  const std::size_t dot = file.rfind('.');
  return std::string(file.substr(0, dot));
}

std::string quote_identifier(std::string_view name) {
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted += '"';  // doubled, as SQL escapes it
    quoted += c;
  }
  return quoted + '"';
}

std::string rows_query(std::string_view table, const std::vector<std::string>& columns) {
  return "SELECT \"line\"" + column_list(columns) + " FROM " + quote_identifier(table) +
         " ORDER BY \"line\"";
}

std::string summed_rows_query(std::string_view table, const std::vector<std::string>& columns,
                              std::string_view sum) {
  std::string select = "SELECT MIN(\"line\")";
  std::string group_by;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == sum) {
      select += ", SUM(CAST(" + quote_identifier(sum) + " AS BIGINT))";
      continue;
    }
    select += ", " + quote_identifier(columns[i]);
    group_by += (group_by.empty() ? "" : ", ") + std::to_string(i + 2);
  }
  select += ", COUNT(*) FROM " + quote_identifier(table);
  return group_by.empty() ? select : select + " GROUP BY " + group_by;
}

std::string unsummable_row_query(std::string_view table, const std::vector<std::string>& columns,
                                 std::string_view sum) {
  // CAST: the column may be text (as `otklik load` writes it) or a number.
  const std::string value = quote_identifier(sum);
  return "SELECT \"line\"" + column_list(columns) + " FROM " + quote_identifier(table) + " WHERE " +
         value + " IS NULL OR NOT (CAST(" + value +
         " AS VARCHAR(40)) SIMILAR TO '[0-9]+') ORDER BY \"line\" FETCH FIRST 1 ROWS ONLY";
}

std::string catalog_query() {
  return "SELECT table_name, column_name FROM information_schema.columns"
         " WHERE table_schema = CURRENT_SCHEMA ORDER BY table_name, ordinal_position";
}

std::string inputs_query() {
  return "SELECT \"name\", CAST(\"rows\" AS VARCHAR), \"sha256\" FROM " +
         quote_identifier(kInputsTable);
}

}  // namespace otklik::ingest
