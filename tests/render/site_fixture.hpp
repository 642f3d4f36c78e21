#pragma once
// A small hand-built data set and indicator table for the render tests: two
// periods, a life situation with answers and one without, and a touchpoint
// whose name is an HTML injection attempt.
#include <map>
#include <string>
#include <vector>

#include "content/page.hpp"
#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "render/site.hpp"

namespace otklik::test {

inline const std::string kHostileName = "<script>alert(1)</script> & \"x\"";
inline const std::string kHostileEscaped =
    "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;";

struct SiteFixture {
  SiteFixture();

  // Renders the site; the map is keyed by output path.
  std::map<std::string, std::string> render() const;
  render::SiteInputs inputs() const;

  model::Dataset data;
  metrics::IndicatorTable indicators;
  std::vector<content::ContentPage> pages;
  ingest::Config config;
  std::filesystem::path templates_dir;
};

}  // namespace otklik::test
