#pragma once
// Markup written from C++ rather than through a template (SVG charts, the
// sitemap): text escaped for XML and HTML alike, numbers spelled without the
// locale.
#include <string>
#include <string_view>

namespace otklik::render {

// & < > " ' as entities: safe in element text and in attribute values.
std::string xml_escape(std::string_view text);

// A coordinate with one decimal, '.' whatever the locale: "12.5".
std::string coordinate(double value);

}  // namespace otklik::render
