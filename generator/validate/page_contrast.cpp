#include "validate/page_contrast.hpp"

#include <functional>
#include <set>
#include <tuple>

#include "validate/contrast_rule.hpp"
#include "validate/folder_path.hpp"
#include "validate/media_query.hpp"
#include "validate/modest_page.hpp"
#include "validate/style_cascade.hpp"

namespace otklik::validate {
namespace {

constexpr double kMarkContrast = 3.0;

// The stylesheets of a page in document order, from <link rel=stylesheet>
// and <style>; `inline_sheets` owns those parsed from the page.
void collect_sheets(const ModestPage& page, const PageNode* node, const std::string& relative,
                    const std::function<const css::Stylesheet*(const std::string&)>& linked,
                    std::vector<std::unique_ptr<css::Stylesheet>>& inline_sheets,
                    std::vector<PageStylesheet>& sheets) {
  for (; node != nullptr; node = next_sibling(node)) {
    if (!is_element(node) || in_svg(node)) continue;
    const std::string tag = tag_of(node);
    const char* media = attribute_of(node, "media");
    if (tag == "link") {
      const char* href = attribute_of(node, "href");
      if (href != nullptr && rel_loads_stylesheet(attribute_of(node, "rel"))) {
        if (auto path = resolve_in_folder(relative, href))
          sheets.push_back({linked(*path), *path, media == nullptr ? "" : media});
      }
    } else if (tag == "style") {
      const PageNode* text = first_child(node);
      if (text != nullptr && is_text(text)) {
        inline_sheets.push_back(std::make_unique<css::Stylesheet>(
            css::parse_stylesheet(text_of(text), page.line_of(text))));
        sheets.push_back({inline_sheets.back().get(), relative, media == nullptr ? "" : media});
      }
    }
    collect_sheets(page, first_child(node), relative, linked, inline_sheets, sheets);
  }
}

// The ways of viewing the page that its stylesheets tell apart.
std::vector<MediaEnvironment> environments(const std::vector<PageStylesheet>& sheets) {
  bool width = false, scheme = false, contrast = false;
  for (const PageStylesheet& sheet : sheets) {
    if (sheet.sheet == nullptr) continue;
    std::vector<std::string> conditions{sheet.media};
    for (const css::Rule& rule : sheet.sheet->rules) conditions.push_back(rule.media);
    for (const std::string& condition : conditions) {
      width = width || mentions_width(condition);
      scheme = scheme || mentions_colour_scheme(condition);
      contrast = contrast || mentions_contrast(condition);
    }
  }
  std::vector<MediaEnvironment> result{MediaEnvironment{}};
  if (width) result.push_back({320, 240, false, false});
  if (scheme) result.push_back({1280, 800, true, false});
  if (contrast) result.push_back({1280, 800, false, true});
  return result;
}

std::string where(const StyleSource& source) {
  if (source.file.empty()) return "";
  return "; colour from " + std::string(source.file) + ":" + std::to_string(source.line);
}

}  // namespace

PageContrast::PageContrast(std::filesystem::path root)
    : PageContrast(std::make_shared<FolderStylesheets>(std::move(root))) {}

PageContrast::PageContrast(std::shared_ptr<FolderStylesheets> stylesheets)
    : stylesheets_(std::move(stylesheets)) {}

std::vector<Finding> PageContrast::check(const std::string& relative, const std::string& html) {
  const ModestPage page(html);
  std::vector<std::unique_ptr<css::Stylesheet>> inline_sheets;
  std::vector<PageStylesheet> sheets;
  collect_sheets(
      page, page.root(), relative,
      [this](const std::string& path) { return stylesheets_->get(path); }, inline_sheets, sheets);
  return contrast_findings(page, relative, sheets);
}

std::vector<Finding> contrast_findings(const ModestPage& page, const std::string& relative,
                                       const std::vector<PageStylesheet>& sheets) {
  std::vector<Finding> findings;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  auto report = [&](const PageNode* node, const Colour& text, const Colour& background,
                    Finding finding) {
    const std::string element = describe(node);
    if (!seen.insert({element, to_hex(text), to_hex(background)}).second) return;
    finding.rule = "contrast";
    finding.element = element;
    finding.line = page.line_of(node);
    findings.push_back(std::move(finding));
  };
  for (const MediaEnvironment& environment : environments(sheets)) {
    const PageStyles styles = compute_styles(page, relative, sheets, environment);
    const std::string viewed = environment.describe().empty() ? "" : "; " + environment.describe();
    for (const StyledText& text : styles.texts) {
      const double ratio = contrast_ratio(text.text, text.background);
      const bool large = is_large_text(text.font_px, text.font_weight);
      if (ratio >= required_contrast(large)) continue;  // unrounded, as WCAG compares
      Finding finding;
      finding.measured =
          format_contrast(ratio, text.text, text.background) + viewed + where(text.colour_from);
      finding.required = large ? "at least 3:1" : "at least 4.5:1";
      finding.clause = "WCAG 1.4.3; ГОСТ Р 52872-2019";
      report(text.node, text.text, text.background, std::move(finding));
    }
    for (const StyledMark& mark : styles.marks) {
      const Colour* best = &mark.paints.front();
      for (const Colour& paint : mark.paints) {
        if (contrast_ratio(paint, mark.background) > contrast_ratio(*best, mark.background))
          best = &paint;
      }
      const double ratio = contrast_ratio(*best, mark.background);
      if (ratio >= kMarkContrast) continue;
      Finding finding;
      finding.measured = format_contrast(ratio, *best, mark.background) + viewed;
      finding.required = "at least 3:1 for the fill or the stroke of a chart mark";
      finding.clause = "WCAG 1.4.11; ГОСТ Р 52872-2019";
      report(mark.node, *best, mark.background, std::move(finding));
    }
  }
  return findings;
}

}  // namespace otklik::validate
