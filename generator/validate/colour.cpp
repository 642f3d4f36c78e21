#include "validate/colour.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include "validate/css.hpp"

namespace otklik::validate {
namespace {

struct NamedColour {
  const char* name;
  unsigned rgb;
};

constexpr NamedColour kNamedColours[] = {
    {"aliceblue", 0xf0f8ff},
    {"antiquewhite", 0xfaebd7},
    {"aqua", 0x00ffff},
    {"aquamarine", 0x7fffd4},
    {"azure", 0xf0ffff},
    {"beige", 0xf5f5dc},
    {"bisque", 0xffe4c4},
    {"black", 0x000000},
    {"blanchedalmond", 0xffebcd},
    {"blue", 0x0000ff},
    {"blueviolet", 0x8a2be2},
    {"brown", 0xa52a2a},
    {"burlywood", 0xdeb887},
    {"cadetblue", 0x5f9ea0},
    {"chartreuse", 0x7fff00},
    {"chocolate", 0xd2691e},
    {"coral", 0xff7f50},
    {"cornflowerblue", 0x6495ed},
    {"cornsilk", 0xfff8dc},
    {"crimson", 0xdc143c},
    {"cyan", 0x00ffff},
    {"darkblue", 0x00008b},
    {"darkcyan", 0x008b8b},
    {"darkgoldenrod", 0xb8860b},
    {"darkgray", 0xa9a9a9},
    {"darkgreen", 0x006400},
    {"darkgrey", 0xa9a9a9},
    {"darkkhaki", 0xbdb76b},
    {"darkmagenta", 0x8b008b},
    {"darkolivegreen", 0x556b2f},
    {"darkorange", 0xff8c00},
    {"darkorchid", 0x9932cc},
    {"darkred", 0x8b0000},
    {"darksalmon", 0xe9967a},
    {"darkseagreen", 0x8fbc8f},
    {"darkslateblue", 0x483d8b},
    {"darkslategray", 0x2f4f4f},
    {"darkslategrey", 0x2f4f4f},
    {"darkturquoise", 0x00ced1},
    {"darkviolet", 0x9400d3},
    {"deeppink", 0xff1493},
    {"deepskyblue", 0x00bfff},
    {"dimgray", 0x696969},
    {"dimgrey", 0x696969},
    {"dodgerblue", 0x1e90ff},
    {"firebrick", 0xb22222},
    {"floralwhite", 0xfffaf0},
    {"forestgreen", 0x228b22},
    {"fuchsia", 0xff00ff},
    {"gainsboro", 0xdcdcdc},
    {"ghostwhite", 0xf8f8ff},
    {"gold", 0xffd700},
    {"goldenrod", 0xdaa520},
    {"gray", 0x808080},
    {"green", 0x008000},
    {"greenyellow", 0xadff2f},
    {"grey", 0x808080},
    {"honeydew", 0xf0fff0},
    {"hotpink", 0xff69b4},
    {"indianred", 0xcd5c5c},
    {"indigo", 0x4b0082},
    {"ivory", 0xfffff0},
    {"khaki", 0xf0e68c},
    {"lavender", 0xe6e6fa},
    {"lavenderblush", 0xfff0f5},
    {"lawngreen", 0x7cfc00},
    {"lemonchiffon", 0xfffacd},
    {"lightblue", 0xadd8e6},
    {"lightcoral", 0xf08080},
    {"lightcyan", 0xe0ffff},
    {"lightgoldenrodyellow", 0xfafad2},
    {"lightgray", 0xd3d3d3},
    {"lightgreen", 0x90ee90},
    {"lightgrey", 0xd3d3d3},
    {"lightpink", 0xffb6c1},
    {"lightsalmon", 0xffa07a},
    {"lightseagreen", 0x20b2aa},
    {"lightskyblue", 0x87cefa},
    {"lightslategray", 0x778899},
    {"lightslategrey", 0x778899},
    {"lightsteelblue", 0xb0c4de},
    {"lightyellow", 0xffffe0},
    {"lime", 0x00ff00},
    {"limegreen", 0x32cd32},
    {"linen", 0xfaf0e6},
    {"magenta", 0xff00ff},
    {"maroon", 0x800000},
    {"mediumaquamarine", 0x66cdaa},
    {"mediumblue", 0x0000cd},
    {"mediumorchid", 0xba55d3},
    {"mediumpurple", 0x9370db},
    {"mediumseagreen", 0x3cb371},
    {"mediumslateblue", 0x7b68ee},
    {"mediumspringgreen", 0x00fa9a},
    {"mediumturquoise", 0x48d1cc},
    {"mediumvioletred", 0xc71585},
    {"midnightblue", 0x191970},
    {"mintcream", 0xf5fffa},
    {"mistyrose", 0xffe4e1},
    {"moccasin", 0xffe4b5},
    {"navajowhite", 0xffdead},
    {"navy", 0x000080},
    {"oldlace", 0xfdf5e6},
    {"olive", 0x808000},
    {"olivedrab", 0x6b8e23},
    {"orange", 0xffa500},
    {"orangered", 0xff4500},
    {"orchid", 0xda70d6},
    {"palegoldenrod", 0xeee8aa},
    {"palegreen", 0x98fb98},
    {"paleturquoise", 0xafeeee},
    {"palevioletred", 0xdb7093},
    {"papayawhip", 0xffefd5},
    {"peachpuff", 0xffdab9},
    {"peru", 0xcd853f},
    {"pink", 0xffc0cb},
    {"plum", 0xdda0dd},
    {"powderblue", 0xb0e0e6},
    {"purple", 0x800080},
    {"rebeccapurple", 0x663399},
    {"red", 0xff0000},
    {"rosybrown", 0xbc8f8f},
    {"royalblue", 0x4169e1},
    {"saddlebrown", 0x8b4513},
    {"salmon", 0xfa8072},
    {"sandybrown", 0xf4a460},
    {"seagreen", 0x2e8b57},
    {"seashell", 0xfff5ee},
    {"sienna", 0xa0522d},
    {"silver", 0xc0c0c0},
    {"skyblue", 0x87ceeb},
    {"slateblue", 0x6a5acd},
    {"slategray", 0x708090},
    {"slategrey", 0x708090},
    {"snow", 0xfffafa},
    {"springgreen", 0x00ff7f},
    {"steelblue", 0x4682b4},
    {"tan", 0xd2b48c},
    {"teal", 0x008080},
    {"thistle", 0xd8bfd8},
    {"tomato", 0xff6347},
    {"turquoise", 0x40e0d0},
    {"violet", 0xee82ee},
    {"wheat", 0xf5deb3},
    {"white", 0xffffff},
    {"whitesmoke", 0xf5f5f5},
    {"yellow", 0xffff00},
    {"yellowgreen", 0x9acd32},
};
// CSS Color 4 lists 148 names (counting the gray/grey spellings twice).
static_assert(std::size(kNamedColours) == 148);

std::optional<Colour> parse_named(const std::string& name) {
  if (name == "transparent") return Colour{0, 0, 0, 0};
  for (const NamedColour& named : kNamedColours) {
    if (name == named.name) {
      return Colour{double((named.rgb >> 16) & 0xff), double((named.rgb >> 8) & 0xff),
                    double(named.rgb & 0xff), 1};
    }
  }
  return std::nullopt;
}

std::optional<Colour> parse_hex(const std::string& digits) {
  if (!std::all_of(digits.begin(), digits.end(),
                   [](unsigned char c) { return std::isxdigit(c); })) {
    return std::nullopt;
  }
  std::vector<double> channels;
  if (digits.size() == 3 || digits.size() == 4) {
    for (char c : digits) channels.push_back(std::stoi(std::string(2, c), nullptr, 16));
  } else if (digits.size() == 6 || digits.size() == 8) {
    for (std::size_t i = 0; i < digits.size(); i += 2) {
      channels.push_back(std::stoi(digits.substr(i, 2), nullptr, 16));
    }
  } else {
    return std::nullopt;
  }
  double alpha = channels.size() == 4 ? channels[3] / 255.0 : 1.0;
  return Colour{channels[0], channels[1], channels[2], alpha};
}

// "50%" -> {50, true}; "0.5" -> {0.5, false}; "12deg" -> {12, false}.
std::optional<std::pair<double, bool>> parse_number(const std::string& token,
                                                    std::string_view allowed_unit = "") {
  if (token.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(token.c_str(), &end);
  if (end == token.c_str()) return std::nullopt;
  std::string unit(end);
  if (unit.empty()) return std::pair{value, false};
  if (unit == "%") return std::pair{value, true};
  if (!allowed_unit.empty() && unit == allowed_unit) return std::pair{value, false};
  return std::nullopt;
}

// Arguments of rgb()/hsl(): "1, 2, 3", "1 2 3 / 50%", "1,2,3,0.5".
std::optional<std::vector<std::string>> split_arguments(const std::string& inner,
                                                        std::optional<std::string>& alpha) {
  std::string body = inner;
  if (std::size_t slash = body.find('/'); slash != std::string::npos) {
    alpha = css::trim(body.substr(slash + 1));
    body = body.substr(0, slash);
  }
  std::vector<std::string> args;
  if (body.find(',') != std::string::npos) {
    args = css::split_top_level(body, ',');
  } else {
    args = css::split_words(body);
  }
  if (args.size() == 4 && !alpha) {
    alpha = args.back();
    args.pop_back();
  }
  if (args.size() != 3) return std::nullopt;
  return args;
}

std::optional<double> parse_alpha(const std::optional<std::string>& text) {
  if (!text) return 1.0;
  auto number = parse_number(*text);
  if (!number) return std::nullopt;
  double alpha = number->second ? number->first / 100.0 : number->first;
  return std::clamp(alpha, 0.0, 1.0);
}

std::optional<Colour> parse_rgb(const std::string& inner) {
  std::optional<std::string> alpha_text;
  auto args = split_arguments(inner, alpha_text);
  if (!args) return std::nullopt;
  double channels[3];
  for (int i = 0; i < 3; ++i) {
    auto number = parse_number((*args)[i]);
    if (!number) return std::nullopt;
    double value = number->second ? number->first * 2.55 : number->first;
    channels[i] = std::clamp(value, 0.0, 255.0);
  }
  auto alpha = parse_alpha(alpha_text);
  if (!alpha) return std::nullopt;
  return Colour{channels[0], channels[1], channels[2], *alpha};
}

double hue_to_channel(double p, double q, double t) {
  if (t < 0) t += 1;
  if (t > 1) t -= 1;
  if (t < 1.0 / 6) return p + (q - p) * 6 * t;
  if (t < 0.5) return q;
  if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
  return p;
}

std::optional<Colour> parse_hsl(const std::string& inner) {
  std::optional<std::string> alpha_text;
  auto args = split_arguments(inner, alpha_text);
  if (!args) return std::nullopt;
  auto hue = parse_number((*args)[0], "deg");
  auto saturation = parse_number((*args)[1]);
  auto lightness = parse_number((*args)[2]);
  if (!hue || hue->second || !saturation || !lightness) return std::nullopt;
  double h = std::fmod(std::fmod(hue->first, 360.0) + 360.0, 360.0) / 360.0;
  double s = std::clamp(saturation->first / 100.0, 0.0, 1.0);
  double l = std::clamp(lightness->first / 100.0, 0.0, 1.0);
  double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  double p = 2 * l - q;
  auto alpha = parse_alpha(alpha_text);
  if (!alpha) return std::nullopt;
  return Colour{255 * hue_to_channel(p, q, h + 1.0 / 3), 255 * hue_to_channel(p, q, h),
                255 * hue_to_channel(p, q, h - 1.0 / 3), *alpha};
}

double linear_channel(double channel) {
  double c = channel / 255.0;
  // WCAG 2.x prints 0.03928 (from an old sRGB draft); sRGB says 0.04045. No
  // 8-bit value lies between the two (10/255 = 0.0392, 11/255 = 0.0431).
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

std::optional<Colour> parse_colour(std::string_view text) {
  std::string value = css::to_lower(css::trim(text));
  if (value.empty()) return std::nullopt;
  if (value[0] == '#') return parse_hex(value.substr(1));
  std::size_t open = value.find('(');
  if (open != std::string::npos) {
    if (value.back() != ')') return std::nullopt;
    std::string function = css::trim(value.substr(0, open));
    std::string inner = value.substr(open + 1, value.size() - open - 2);
    if (function == "rgb" || function == "rgba") return parse_rgb(inner);
    if (function == "hsl" || function == "hsla") return parse_hsl(inner);
    return std::nullopt;
  }
  return parse_named(value);
}

std::size_t named_colour_count() { return std::size(kNamedColours); }

double relative_luminance(const Colour& colour) {
  return 0.2126 * linear_channel(colour.red) + 0.7152 * linear_channel(colour.green) +
         0.0722 * linear_channel(colour.blue);
}

double contrast_ratio(const Colour& first, const Colour& second) {
  double a = relative_luminance(first);
  double b = relative_luminance(second);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

Colour blend(const Colour& top, const Colour& bottom) {
  auto mix = [&](double t, double b) { return top.alpha * t + (1 - top.alpha) * b; };
  return Colour{mix(top.red, bottom.red), mix(top.green, bottom.green), mix(top.blue, bottom.blue),
                1};
}

std::string to_hex(const Colour& colour) {
  auto channel = [](double value) {
    return static_cast<int>(std::lround(std::clamp(value, 0.0, 255.0)));
  };
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", channel(colour.red), channel(colour.green),
                channel(colour.blue));
  return buffer;
}

}  // namespace otklik::validate
