#pragma once
// An error in a user's input file, located to file, line and column, and
// saying what was expected so the user knows what to fix.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace otklik::ingest {

struct SourceLocation {
  std::string file;        // path as the user gave it (data/survey.csv)
  std::size_t line = 0;    // 1-based; 0 when the whole file is meant
  std::size_t column = 0;  // 1-based field number for CSV, character column for YAML; 0 if none
};

class InputError : public std::runtime_error {
 public:
  // what() reads "data/survey.csv:12:9: error: <message>" (the compiler
  // convention, so editors and CI annotate the line).
  InputError(SourceLocation where, const std::string& message);
  const SourceLocation& where() const { return where_; }
  const std::string& message() const { return message_; }

 private:
  SourceLocation where_;
  std::string message_;
};

// Formats "file:line:col: warning: message" for non-fatal findings (unknown columns).
std::string format_warning(const SourceLocation& where, const std::string& message);

}  // namespace otklik::ingest
