#pragma once
// When two elements of different pages compute the same style: read off the
// selectors of the stylesheets they share. A browser shares styles between
// elements the same way. If no selector looks at siblings, positions or
// anything else outside an element's own start tag and its ancestors', then
// an element's style depends only on its path from <html>, and on only those
// attributes of each start tag that a selector names or the cascade reads.
// Pages built from one layout then have few distinct paths: the contrast
// check computes the cascade once per path instead of once per element of
// every page (contrast_shapes.hpp).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "validate/css.hpp"

namespace otklik::validate {

enum class AttributeUse { None, Presence, Value };

struct StyleSharing {
  // False when a selector looks at siblings (+, ~), positions (:nth-child,
  // :first-child, ...), :lang(), :empty, :has() or namespaces, or is spelled
  // with escapes: then each page is styled on its own.
  bool possible = true;
  bool ids = false;  // some selector names an id (#main)
  // Attributes the selectors name ([href], [type="x"]), in lower case.
  std::map<std::string, AttributeUse, std::less<>> named;

  // What the cascade reads of the attribute `name` (lower case): its value
  // for style="", the presentation attributes, class, bgcolor, aria-hidden
  // and those selectors test; only its presence for [name]; else nothing.
  AttributeUse use_of(std::string_view name) const;
};

// Every selector of the sheets (null ones skipped) and of the browser's
// defaults, as the cascade matches them (static_selectors).
StyleSharing style_sharing(const std::vector<const css::Stylesheet*>& sheets);

}  // namespace otklik::validate
