#include "ingest/input_error.hpp"

namespace otklik::ingest {
namespace {

// "file:line:col" in the compiler convention, leaving out what is unknown.
std::string located(const SourceLocation& where) {
  std::string text = where.file;
  if (where.line > 0) {
    text += ":" + std::to_string(where.line);
    if (where.column > 0) text += ":" + std::to_string(where.column);
  }
  return text;
}

}  // namespace

InputError::InputError(SourceLocation where, const std::string& message)
    : std::runtime_error(located(where) + ": error: " + message),
      where_(std::move(where)),
      message_(message) {}

std::string format_warning(const SourceLocation& where, const std::string& message) {
  return located(where) + ": warning: " + message;
}

}  // namespace otklik::ingest
