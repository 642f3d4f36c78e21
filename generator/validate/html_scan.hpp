#pragma once
// The places in an HTML page where the design rules look: <style> blocks,
// style="" attributes, linked stylesheets and <blink>/<marquee> elements.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace otklik::validate {

struct StyleBlock {
  std::string css;
  std::size_t line = 0;  // line on which the CSS text starts
};

struct StyleAttribute {
  std::string element;  // "p", "p#lead", "span.note"
  std::string css;      // the declarations, entities decoded
  std::size_t line = 0;
};

struct HtmlElement {
  std::string tag;  // lower case
  std::size_t line = 0;
};

struct HtmlScan {
  std::vector<StyleBlock> style_blocks;
  std::vector<StyleAttribute> style_attributes;
  std::vector<HtmlElement> flashing_elements;  // <blink>, <marquee>
};

HtmlScan scan_html(std::string_view html);

}  // namespace otklik::validate
