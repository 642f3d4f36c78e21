// Interval arithmetic over CSS length expressions. A percentage is not known
// without the page's boxes, but in a 320 px window it lies between 0 and
// 320 px; the layout rule flags a width only when even its lowest value is
// wider than the window, so "calc(100% - 2rem)" passes and
// "max(600px, 50%)" does not.
#include "validate/layout_length.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "validate/css.hpp"
#include "validate/media_query.hpp"

namespace otklik::validate {
namespace {

struct Value {
  LengthRange range;
  bool number = false;  // a plain number, the factor of a * or /
};

// px per unit in the narrow window; em and rem at the browsers' 16 px (a
// min-width in rem forces overflow just as one in px does), ex and ch at
// half of that.
std::optional<double> px_per_unit(const std::string& unit) {
  static const std::pair<const char*, double> kUnits[] = {
      {"px", 1},         {"pt", 4.0 / 3},   {"pc", 16},   {"in", 96},   {"cm", 96 / 2.54},
      {"mm", 96 / 25.4}, {"q", 96 / 101.6}, {"em", 16},   {"rem", 16},  {"ex", 8},
      {"ch", 8},         {"vw", 3.2},       {"svw", 3.2}, {"lvw", 3.2}, {"dvw", 3.2},
      {"vi", 3.2},       {"vmax", 3.2},     {"vh", 2.4},  {"svh", 2.4}, {"lvh", 2.4},
      {"dvh", 2.4},      {"vb", 2.4},       {"vmin", 2.4}};
  for (const auto& [name, px] : kUnits)
    if (unit == name) return px;
  return std::nullopt;
}

Value length(double low, double high) { return {{low, high}, false}; }

std::optional<Value> add(const Value& a, const Value& b, int sign) {
  if (a.number != b.number) return std::nullopt;
  const double low = sign > 0 ? a.range.low + b.range.low : a.range.low - b.range.high;
  const double high = sign > 0 ? a.range.high + b.range.high : a.range.high - b.range.low;
  return Value{{low, high}, a.number};
}

std::optional<Value> multiply(const Value& a, const Value& b, bool divide) {
  if (!b.number || (divide && b.range.low == 0)) {
    if (divide || !a.number) return std::nullopt;
    return multiply(b, a, false);
  }
  const double factor = divide ? 1 / b.range.low : b.range.low;
  const double x = a.range.low * factor;
  const double y = a.range.high * factor;
  return Value{{std::min(x, y), std::max(x, y)}, a.number};
}

// A recursive-descent reader of one value: sums of products of terms.
class Expression {
 public:
  explicit Expression(std::string text) : text_(std::move(text)) {}

  std::optional<Value> read() {
    std::optional<Value> value = sum();
    skip_space();
    if (pos_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  bool take(char c) {
    skip_space();
    if (pos_ >= text_.size() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  std::optional<Value> sum() {
    std::optional<Value> value = product();
    while (value) {
      // calc() wants spaces around + and -, which tells them from a sign.
      if (pos_ >= text_.size() || !std::isspace(static_cast<unsigned char>(text_[pos_]))) break;
      skip_space();
      const char op = pos_ < text_.size() ? text_[pos_] : '\0';
      if (op != '+' && op != '-') break;
      ++pos_;
      std::optional<Value> right = product();
      if (!right) return std::nullopt;
      value = add(*value, *right, op == '+' ? 1 : -1);
    }
    return value;
  }

  std::optional<Value> product() {
    std::optional<Value> value = term();
    while (value) {
      const std::size_t mark = pos_;
      skip_space();
      const char op = pos_ < text_.size() ? text_[pos_] : '\0';
      if (op != '*' && op != '/') {
        pos_ = mark;
        break;
      }
      ++pos_;
      std::optional<Value> right = term();
      if (!right) return std::nullopt;
      value = multiply(*value, *right, op == '/');
    }
    return value;
  }

  std::optional<Value> term() {
    skip_space();
    if (take('(')) {
      std::optional<Value> inner = sum();
      return inner && take(')') ? inner : std::nullopt;
    }
    if (pos_ < text_.size() && std::isalpha(static_cast<unsigned char>(text_[pos_])))
      return function();
    return dimension();
  }

  std::vector<Value> arguments() {
    std::vector<Value> values;
    do {
      std::optional<Value> value = sum();
      if (!value) return {};
      values.push_back(*value);
    } while (take(','));
    if (!take(')')) return {};
    return values;
  }

  // calc(), min(), max() and clamp(); var(), env() and the rest are unknown.
  std::optional<Value> function() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() &&
           (std::isalpha(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '-'))
      ++pos_;
    const std::string name = text_.substr(start, pos_ - start);
    if (pos_ >= text_.size() || text_[pos_] != '(') return std::nullopt;
    ++pos_;
    if (name == "calc") {
      std::optional<Value> inner = sum();
      return inner && take(')') ? inner : std::nullopt;
    }
    std::vector<Value> values = arguments();
    if (values.empty()) return std::nullopt;
    if (name == "clamp" && values.size() == 3) {  // max(low, min(value, high))
      const double low =
          std::max(values[0].range.low, std::min(values[1].range.low, values[2].range.low));
      const double high =
          std::max(values[0].range.high, std::min(values[1].range.high, values[2].range.high));
      return length(low, high);
    }
    if (name != "min" && name != "max") return std::nullopt;
    Value out = values.front();
    for (const Value& v : values) {
      auto pick = [&](double a, double b) {
        return name == "min" ? std::min(a, b) : std::max(a, b);
      };
      out.range = {pick(out.range.low, v.range.low), pick(out.range.high, v.range.high)};
    }
    return out;
  }

  std::optional<Value> dimension() {
    const char* begin = text_.c_str() + pos_;
    char* end = nullptr;
    const double number = std::strtod(begin, &end);
    if (end == begin) return std::nullopt;
    pos_ += static_cast<std::size_t>(end - begin);
    std::string unit;
    while (pos_ < text_.size() &&
           (std::isalpha(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '%'))
      unit += text_[pos_++];
    if (unit.empty()) return Value{{number, number}, true};
    if (unit == "%") return length(std::min(0.0, number) * 3.2, std::max(0.0, number) * 3.2);
    const std::optional<double> px = px_per_unit(unit);
    if (!px) return std::nullopt;
    return length(number * *px, number * *px);
  }

  std::string text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<LengthRange> length_range(std::string_view value) {
  std::optional<Value> result = Expression(css::to_lower(css::trim(value))).read();
  if (!result) return std::nullopt;
  // A bare number is no length, except 0.
  if (result->number && result->range.low != 0) return std::nullopt;
  return result->range;
}

bool applies_in_narrow_window(std::string_view media) {
  return media_matches(media, {kNarrowWindowPx, kNarrowWindowHeightPx});
}

bool applies_narrower_than(std::string_view media, double width_px) {
  // Every whole pixel from 320 up: media_query.cpp answers for one window,
  // and a query may hold on a band of widths (min- and max-width).
  for (double width = kNarrowWindowPx; width < width_px; ++width)
    if (media_matches(media, {width, kNarrowWindowHeightPx})) return true;
  return false;
}

}  // namespace otklik::validate
