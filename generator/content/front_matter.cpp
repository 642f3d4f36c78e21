#include "content/front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "content/slug.hpp"
#include "ingest/input_error.hpp"
#include "ingest/spelling.hpp"
#include "model/period.hpp"

namespace otklik::content {
namespace {

using ingest::InputError;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::array<std::string_view, 9> kKnownKeys = {
    "title", "slug", "weight", "date", "draft", "life_situation", "touchpoint", "period", "status"};
constexpr std::string_view kKnownKeysList =
    "title, slug, weight, date, draft, life_situation, touchpoint, period, status";

// Editors on Windows save CRLF; dropping the CR keeps line numbers intact and
// lets the fence test and yaml-cpp see plain LF text.
std::string without_bom_and_cr(std::string_view text) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

// Turns yaml-cpp marks (0-based, in bytes, within the block) into a place in
// the file: the block starts on line 2, and columns count characters so that
// an editor lands on the right letter of a Cyrillic line.
class Locator {
 public:
  Locator(std::string file, std::string_view yaml) : file_(std::move(file)), yaml_(yaml) {}

  ingest::SourceLocation at(const YAML::Mark& mark) const {
    if (mark.is_null()) return {file_, 2, 0};
    return {file_, static_cast<std::size_t>(mark.line) + 2, character_column(mark)};
  }
  const std::string& file() const { return file_; }

 private:
  std::size_t character_column(const YAML::Mark& mark) const {
    std::size_t line_start = 0;
    for (int line = 0; line < mark.line && line_start != std::string_view::npos; ++line) {
      line_start = yaml_.find('\n', line_start);
      if (line_start != std::string_view::npos) ++line_start;
    }
    if (line_start == std::string_view::npos) return static_cast<std::size_t>(mark.column) + 1;
    const std::string_view before =
        yaml_.substr(line_start, std::min<std::size_t>(mark.column, yaml_.size() - line_start));
    // UTF-8 continuation bytes are 10xxxxxx; every other byte starts a character.
    const auto characters = std::count_if(before.begin(), before.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    return static_cast<std::size_t>(characters) + 1;
  }

  std::string file_;
  std::string_view yaml_;
};

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

// Where the YAML block and the Markdown body lie in the normalised text.
struct Blocks {
  std::string_view yaml;
  std::string_view markdown;
  std::size_t body_line = 1;
};

Blocks find_blocks(std::string_view text, const std::string& file) {
  std::size_t line_start = 0;
  std::size_t line_no = 1;
  std::size_t yaml_start = 0;
  while (line_start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', line_start), text.size());
    const std::string_view line = text.substr(line_start, end - line_start);
    const std::size_t next = end + 1;
    if (line_no == 1) {
      if (!is_fence(line))
        throw InputError({file, 1, 1},
                         "the page does not start with front matter; did you forget to add `---` "
                         "at the top? A page starts with `---`, then `title: ...`, then `---`");
      yaml_start = std::min(next, text.size());
    } else if (is_fence(line)) {
      const std::size_t body_start = std::min(next, text.size());
      return {text.substr(yaml_start, line_start - yaml_start), text.substr(body_start),
              line_no + 1};
    }
    if (end == text.size()) break;
    line_start = next;
    ++line_no;
  }
  throw InputError({file, 1, 1},
                   "the front matter opened by `---` on line 1 is never closed; add a line `---` "
                   "after the last `key: value` line");
}

std::string unknown_key_message(const std::string& key) {
  std::string message = "unknown front matter key `" + key + "`";
  const std::vector<std::string> known(std::begin(kKnownKeys), std::end(kKnownKeys));
  if (auto guess = ingest::closest_spelling(key, known))
    message += "; did you mean `" + *guess + "`?";
  return message + "; known keys: " + std::string(kKnownKeysList);
}

// Reads one key's value, with errors located at the value in the file.
class ValueReader {
 public:
  ValueReader(const Locator& locator, const std::string& key, const YAML::Node& value)
      : locator_(locator), key_(key), value_(value) {}

  std::string text() const {
    if (!value_.IsScalar()) fail("must be text on the same line, like `" + key_ + ": ...`");
    return value_.Scalar();
  }

  int whole_number() const {
    const std::string raw = text();
    try {
      return value_.as<int>();
    } catch (const YAML::BadConversion&) {
      fail("must be a whole number, got \"" + raw + "\"");
    }
  }

  bool yes_no() const {
    const std::string raw = text();
    try {
      return value_.as<bool>();
    } catch (const YAML::BadConversion&) {
      fail("must be true or false, got \"" + raw + "\"");
    }
  }

  ingest::SourceLocation where() const { return locator_.at(value_.Mark()); }

  [[noreturn]] void fail(const std::string& what) const {
    throw InputError(locator_.at(value_.Mark()), "`" + key_ + "` " + what);
  }

 private:
  const Locator& locator_;
  const std::string& key_;
  const YAML::Node& value_;
};

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

void read_key(const std::string& key, const ValueReader& value, FrontMatter& front) {
  if (key == "title") {
    front.title = value.text();
  } else if (key == "slug") {
    front.slug = value.text();
    if (!is_valid_slug(front.slug))
      value.fail("must hold only Latin letters, digits, `-` and `_`, got \"" + front.slug + "\"");
  } else if (key == "weight") {
    front.weight = value.whole_number();
  } else if (key == "date") {
    front.date = value.text();
    if (!is_iso_date(front.date))
      value.fail("must be a date like 2026-11-22 (YYYY-MM-DD), got \"" + front.date + "\"");
  } else if (key == "draft") {
    front.draft = value.yes_no();
  } else if (key == "life_situation") {
    front.life_situation = value.text();
    front.life_situation_at = value.where();
  } else if (key == "touchpoint") {
    front.touchpoint = value.text();
    front.touchpoint_at = value.where();
  } else if (key == "period") {
    front.period = value.text();
    if (!model::Period::parse(front.period))
      value.fail("must be a quarter like 2026-Q3 or a month like 2026-07, got \"" + front.period +
                 "\"");
  } else if (key == "status") {
    front.status = value.text();
    if (front.status != "planned" && front.status != "in_progress" && front.status != "done")
      value.fail("must be planned, in_progress or done, got \"" + front.status + "\"");
  }
}

YAML::Node parse_yaml(std::string_view yaml, const Locator& locator) {
  try {
    return YAML::Load(std::string(yaml));
  } catch (const YAML::ParserException& e) {
    throw InputError(locator.at(e.mark),
                     "front matter is not valid YAML (" + e.msg +
                         "); write one `key: value` per line and quote values with `:` or `#`");
  }
}

FrontMatter read_front_matter(const YAML::Node& root, const Locator& locator) {
  const std::string& file = locator.file();
  FrontMatter front;
  // An empty block is null: it goes on to the missing title below.
  if (!root.IsNull() && !root.IsMap())
    throw InputError({file, 2, 1},
                     "front matter must be `key: value` lines, like `title: О проекте`");
  std::set<std::string> seen;
  if (root.IsMap()) {
    for (const auto& entry : root) {
      const ingest::SourceLocation at = locator.at(entry.first.Mark());
      if (!entry.first.IsScalar()) throw InputError(at, "a front matter key must be a plain word");
      const std::string key = entry.first.Scalar();
      if (std::find(kKnownKeys.begin(), kKnownKeys.end(), key) == kKnownKeys.end())
        throw InputError(at, unknown_key_message(key));
      if (!seen.insert(key).second)
        throw InputError(at, "front matter key `" + key + "` is given twice; keep one");
      read_key(key, ValueReader(locator, key, entry.second), front);
    }
  }
  if (front.title.empty())
    throw InputError({file, 1, 1},
                     "front matter has no `title`; add a line like `title: О проекте` between "
                     "the `---` lines");
  return front;
}

}  // namespace

SplitPage split_front_matter(std::string_view text, const std::string& file) {
  const std::string normalised = without_bom_and_cr(text);
  const Blocks blocks = find_blocks(normalised, file);
  const Locator locator(file, blocks.yaml);
  SplitPage page;
  page.front = read_front_matter(parse_yaml(blocks.yaml, locator), locator);
  page.markdown = std::string(blocks.markdown);
  page.body_line = blocks.body_line;
  return page;
}

}  // namespace otklik::content
