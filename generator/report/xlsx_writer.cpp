#include "report/xlsx_writer.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <system_error>

#include "report/xlsx_deflate.hpp"

namespace otklik::report {
namespace {

bool is_escape_at(std::string_view text, std::size_t i) {
  if (i + 6 >= text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_')
    return false;
  for (std::size_t k = i + 2; k < i + 6; ++k)
    if (!std::isxdigit(static_cast<unsigned char>(text[k]))) return false;
  return true;
}

[[noreturn]] void fail(const std::string& what, lxw_error error) {
  throw std::runtime_error(what + ": " + lxw_strerror(error));
}

}  // namespace

std::string excel_literal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_escape_at(text, i)) out += "_x005F";
    out += text[i];
  }
  return out;
}

Sheet::Sheet(lxw_worksheet* sheet, std::string name, const Formats& formats)
    : sheet_(sheet), name_(std::move(name)), formats_(formats) {}

std::string Sheet::cell(lxw_row_t row, lxw_col_t col) {
  char name[LXW_MAX_CELL_NAME_LENGTH];
  lxw_rowcol_to_cell(name, row, col);
  return name;
}

void Sheet::check(lxw_error error, lxw_row_t row, lxw_col_t col) const {
  if (error != LXW_NO_ERROR) fail("XLSX sheet «" + name_ + "», cell " + cell(row, col), error);
}

void Sheet::table(std::string_view table_name, const std::vector<Column>& columns,
                  lxw_row_t data_rows, lxw_col_t frozen_columns) {
  if (columns.empty()) return;
  const auto last_col = static_cast<lxw_col_t>(columns.size() - 1);
  // Tall enough for the wrapped two- and three-line headers.
  check(worksheet_set_row(sheet_, 0, 48, formats_.header), 0, 0);
  std::vector<std::string> headers;
  headers.reserve(columns.size());
  for (lxw_col_t col = 0; col <= last_col; ++col) {
    check(worksheet_set_column(sheet_, col, col, columns[col].width, nullptr), 0, col);
    headers.push_back(excel_literal(columns[col].header));
  }
  std::vector<lxw_table_column> table_columns(columns.size());
  std::vector<lxw_table_column*> column_list;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    table_columns[i].header = headers[i].data();
    table_columns[i].header_format = formats_.header;
    column_list.push_back(&table_columns[i]);
  }
  column_list.push_back(nullptr);
  std::string name(table_name);
  lxw_table_options options{};
  options.name = name.data();
  options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  options.style_type_number = 1;
  options.columns = column_list.data();
  // libxlsxwriter 1.1 refuses tables in constant-memory mode only because it
  // writes the header cells into the in-memory row store. The table itself is
  // written at close from its own list either way, so the check is lifted for
  // this one call and the header cells are then written in the streamed rows.
  const uint8_t optimize = sheet_->optimize;
  sheet_->optimize = LXW_FALSE;
  const lxw_error error =
      worksheet_add_table(sheet_, 0, 0, std::max<lxw_row_t>(data_rows, 1), last_col, &options);
  sheet_->optimize = optimize;
  check(error, 0, 0);
  for (lxw_col_t col = 0; col <= last_col; ++col)
    check(worksheet_write_string(sheet_, 0, col, headers[col].c_str(), formats_.header), 0, col);
  worksheet_freeze_panes(sheet_, 1, frozen_columns);
}

void Sheet::text(lxw_row_t row, lxw_col_t col, std::string_view value) {
  if (value.empty()) return;  // an empty string cell would hide blanks from filters
  check(worksheet_write_string(sheet_, row, col, excel_literal(value).c_str(), nullptr), row, col);
}

void Sheet::count(lxw_row_t row, lxw_col_t col, uint64_t value) {
  number(row, col, static_cast<double>(value), formats_.count);
}

void Sheet::number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format) {
  check(worksheet_write_number(sheet_, row, col, value, format), row, col);
}

void Sheet::formula(lxw_row_t row, lxw_col_t col, const std::string& formula, double value,
                    lxw_format* format) {
  check(worksheet_write_formula_num(sheet_, row, col, formula.c_str(), format, value), row, col);
}

void Sheet::missing(lxw_row_t row, lxw_col_t col) {
  check(worksheet_write_string(sheet_, row, col, "—", formats_.missing), row, col);
}

Workbook::Workbook(std::filesystem::path file) : file_(std::move(file)) {
  // Constant memory: each sheet streams its rows to a temporary file, so the
  // input-counts sheet of a national data set does not sit in memory.
  require_xlsx_deflate_level();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.use_zip64 = LXW_TRUE;
  workbook_ = workbook_new_opt(file_.c_str(), &options);
  if (workbook_ == nullptr)
    throw std::runtime_error("XLSX: cannot start the workbook " + file_.string());
  formats_.header = workbook_add_format(workbook_);
  format_set_bold(formats_.header);
  format_set_text_wrap(formats_.header);
  format_set_align(formats_.header, LXW_ALIGN_VERTICAL_TOP);
  formats_.count = add_format("#,##0");
  formats_.decimal = add_format("#,##0.0");
  formats_.percent = add_format("0.0%");
  formats_.points = add_format("0.0");
  formats_.level = add_format("0");
  formats_.missing = workbook_add_format(workbook_);
  format_set_align(formats_.missing, LXW_ALIGN_RIGHT);
}

Workbook::~Workbook() {
  if (workbook_ == nullptr) return;
  workbook_close(workbook_);
  std::error_code ignored;
  std::filesystem::remove(file_, ignored);
}

lxw_format* Workbook::add_format(const char* num_format) {
  lxw_format* format = workbook_add_format(workbook_);
  format_set_num_format(format, num_format);
  return format;
}

void Workbook::set_properties(DocumentProperties properties) {
  properties_ = std::move(properties);
  lxw_doc_properties props{};
  props.title = properties_.title.data();
  props.subject = properties_.subject.data();
  props.company = properties_.company.data();
  props.comments = properties_.comments.data();
  props.created = properties_.created;
  lxw_error error = workbook_set_properties(workbook_, &props);
  if (error != LXW_NO_ERROR) fail("XLSX document properties", error);
}

Sheet Workbook::add_sheet(std::string_view name) {
  std::string sheet_name(name);
  lxw_error error = workbook_validate_sheet_name(workbook_, sheet_name.c_str());
  if (error != LXW_NO_ERROR) fail("XLSX sheet name «" + sheet_name + "»", error);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_, sheet_name.c_str());
  if (sheet == nullptr) throw std::runtime_error("XLSX: cannot add the sheet «" + sheet_name + "»");
  return Sheet(sheet, std::move(sheet_name), formats_);
}

void Workbook::close() {
  lxw_error error = workbook_close(workbook_);
  workbook_ = nullptr;
  if (error != LXW_NO_ERROR) {
    std::error_code ignored;
    std::filesystem::remove(file_, ignored);
    fail("XLSX: cannot write " + file_.string(), error);
  }
}

}  // namespace otklik::report
