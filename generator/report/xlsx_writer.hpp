#pragma once
// A thin C++ layer over libxlsxwriter shared by every sheet: ownership of the
// workbook, an error check on every call, and the rules all sheets follow
// (text from data stays text, one set of number formats, each sheet one Excel
// table with a frozen header and filters).
#include <xlsxwriter.h>

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace otklik::report {

// Cell formats shared by all sheets; owned by the workbook.
struct Formats {
  lxw_format* header = nullptr;   // bold, wrapped
  lxw_format* count = nullptr;    // #,##0
  lxw_format* decimal = nullptr;  // #,##0.0: sums of CSI scores
  lxw_format* percent = nullptr;  // 0.0%: shares stored as fractions
  lxw_format* points = nullptr;   // 0.0: NPS and CSI
  lxw_format* level = nullptr;    // 0: star levels
  lxw_format* missing = nullptr;  // «—» of a suppressed value, aligned with the numbers
};

// A sheet's tab name and the name of its Excel table (ASCII, unique in the
// workbook, usable in structured references: «Svodka[Значение]»).
struct SheetName {
  std::string_view sheet;
  std::string_view table;
};

struct Column {
  std::string header;
  double width = 12;
};

// Excel decodes "_xHHHH_" inside any string as an escaped character, so a
// literal one in the data would silently change; its "_" becomes "_x005F_".
std::string excel_literal(std::string_view text);

// One worksheet. Rows must be written top to bottom: the workbook runs in
// libxlsxwriter's constant-memory mode, which flushes each finished row.
class Sheet {
 public:
  Sheet(lxw_worksheet* sheet, std::string name, const Formats& formats);

  // Makes the sheet one Excel table named `table_name` (ASCII, unique in the
  // workbook) over the header row 0 and `data_rows` rows below it: bold
  // headers, column widths, filters, and a frozen header with the first
  // `frozen_columns` columns. Call it before any row is written; an Excel
  // table needs at least one data row, so callers write one (a note) when
  // there is nothing to list.
  void table(std::string_view table_name, const std::vector<Column>& columns, lxw_row_t data_rows,
             lxw_col_t frozen_columns = 0);

  // Data is always written as a string, never parsed as a formula or number.
  void text(lxw_row_t row, lxw_col_t col, std::string_view value);
  void count(lxw_row_t row, lxw_col_t col, uint64_t value);
  void number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format);
  // A formula with its computed value stored, so readers that do not
  // recalculate (and auditors reading the XML) see the figure.
  void formula(lxw_row_t row, lxw_col_t col, const std::string& formula, double value,
               lxw_format* format);
  void missing(lxw_row_t row, lxw_col_t col);  // «—»

  const Formats& formats() const { return formats_; }
  const std::string& name() const { return name_; }

  // "B7": the A1 reference of a cell, for formulas.
  static std::string cell(lxw_row_t row, lxw_col_t col);

 private:
  void check(lxw_error error, lxw_row_t row, lxw_col_t col) const;

  lxw_worksheet* sheet_;
  std::string name_;
  const Formats& formats_;
};

struct DocumentProperties {
  std::string title;
  std::string subject;
  std::string company;
  std::string comments;
  std::time_t created = 0;  // fixed from the data: libxlsxwriter uses the clock when 0
};

// The workbook being written. close() writes the file; if it is never reached
// (an exception), the destructor discards the partial file.
class Workbook {
 public:
  explicit Workbook(std::filesystem::path file);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  void set_properties(DocumentProperties properties);
  Sheet add_sheet(std::string_view name);
  void close();  // throws std::runtime_error when the file cannot be written

 private:
  lxw_format* add_format(const char* num_format);

  std::filesystem::path file_;
  lxw_workbook* workbook_ = nullptr;
  Formats formats_;
  DocumentProperties properties_;  // libxlsxwriter keeps the pointers until close
};

}  // namespace otklik::report
