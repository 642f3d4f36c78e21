#pragma once
// Reads an XLSX back for tests: the zip parts, the sheets by name, and each
// cell's type, value, formula and number format, as a spreadsheet would see
// them. Written on Poco::Zip and Poco::XML, independent of libxlsxwriter.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace otklik::test {

struct XlsxCell {
  std::string type;                    // the t attribute: "" (number), "s", "inlineStr", "str"...
  std::string text;                    // string cells: the string; numbers: the <v> text
  std::optional<std::string> formula;  // <f>, when the cell is a formula
  std::string number_format;           // "General", "0.0%", "#,##0"...

  bool is_string() const { return type == "s" || type == "inlineStr"; }
  double number() const;  // the stored (cached) value; throws when not a number
};

// An Excel table (ListObject) of a sheet, from xl/tables/tableN.xml.
struct XlsxTable {
  std::string name;
  std::string ref;         // "A1:I13": the header row and the data rows
  std::string autofilter;  // the filter's range, "" without one
  std::vector<std::string> columns;
};

struct XlsxSheet {
  std::string name;
  std::vector<XlsxTable> tables;
  std::string xml;                        // the raw part, for pane and filter checks
  std::map<std::string, XlsxCell> cells;  // by A1 reference
  int last_row = 0;                       // 1-based; 0 when empty

  // nullptr when the cell was not written.
  const XlsxCell* find(const std::string& ref) const;
  const XlsxCell& at(const std::string& ref) const;  // throws when absent
  // The range of the table's filter, or of the sheet's own; "" when none.
  std::string autofilter() const;
  // The frozen pane's top-left cell ("D2"), "" when nothing is frozen.
  std::string frozen_top_left() const;
};

// Excel's ST_Xstring: "_xHHHH_" stands for the character U+HHHH.
std::string decode_xstring(std::string_view text);

class XlsxFile {
 public:
  explicit XlsxFile(const std::filesystem::path& file);

  std::vector<std::string> sheet_names() const;  // in workbook order
  const XlsxSheet& sheet(std::string_view name) const;
  bool has_part(const std::string& name) const { return parts_.count(name) > 0; }
  const std::string& part(const std::string& name) const;  // raw text of a zip entry

 private:
  std::map<std::string, std::string> parts_;
  std::vector<XlsxSheet> sheets_;
};

// "C7" -> its row (7); column letters of a reference -> "C".
int ref_row(const std::string& ref);
std::string ref_column(const std::string& ref);

}  // namespace otklik::test
