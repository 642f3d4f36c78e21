#include "validate/validator.hpp"

#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

#include "model/parallel_jobs.hpp"
#include "validate/content_rules.hpp"
#include "validate/contrast_rule.hpp"
#include "validate/contrast_shapes.hpp"
#include "validate/css.hpp"
#include "validate/flashing_rule.hpp"
#include "validate/folder_path.hpp"
#include "validate/folder_stylesheets.hpp"
#include "validate/html_document.hpp"
#include "validate/html_scan.hpp"
#include "validate/layout_rules.hpp"
#include "validate/media_flash.hpp"
#include "validate/page_contrast.hpp"

namespace otklik::validate {
namespace {

namespace fs = std::filesystem;

struct SourceFile {
  fs::path path;
  std::string relative;  // with '/' separators
  bool is_css = false;
  std::string text;
};

std::string text_of(const SourceFile& file, const WrittenFiles* written) {
  if (written != nullptr)
    if (const auto found = written->find(file.relative); found != written->end())
      return std::string(found->second);
  return read_file(file.path);
}

std::vector<SourceFile> collect_files(const fs::path& dir, const FolderListing& listing,
                                      const WrittenFiles* written) {
  std::vector<SourceFile> files;
  for (const std::string& relative : listing.files()) {
    const std::string extension = css::to_lower(fs::path(relative).extension().string());
    if (extension != ".html" && extension != ".htm" && extension != ".css") continue;
    files.push_back({dir / relative, relative, extension == ".css", ""});
  }
  // The stylesheets now, as every page needs them; each page is read by the
  // job that checks it, so 20 000 reads are not made one after another.
  for (SourceFile& file : files)
    if (file.is_css) file.text = text_of(file, written);
  return files;
}

// `relative`: the file the rule's url()s are relative to.
void check_rule(const css::Rule& rule, const FlashContext& context, MediaFlashing& media,
                const std::string& relative, std::vector<Finding>& findings) {
  if (auto finding = check_contrast(rule)) findings.push_back(*finding);
  for (Finding& finding : check_flashing(rule, context)) findings.push_back(finding);
  for (Finding& finding : media.check_rule(relative, rule)) findings.push_back(finding);
}

std::vector<Finding> check_html(const std::string& relative, const HtmlDocument& document,
                                FlashContext context, MediaFlashing& media) {
  const HtmlScan& scan = document.scan();
  std::vector<css::Stylesheet> sheets;
  for (const StyleBlock& block : scan.style_blocks) {
    sheets.push_back(css::parse_stylesheet(block.css, block.line));
    add_stylesheet(context, sheets.back());  // the page's own keyframes win
  }
  for (const StyleAttribute& attribute : scan.style_attributes) {
    add_var_uses(context, css::parse_declarations(attribute.css));
  }
  std::vector<Finding> findings;
  for (const css::Stylesheet& sheet : sheets) {
    for (const css::Rule& rule : sheet.rules) check_rule(rule, context, media, relative, findings);
  }
  for (const StyleAttribute& attribute : scan.style_attributes) {
    css::Rule rule{attribute.element, css::parse_declarations(attribute.css), attribute.line, ""};
    check_rule(rule, context, media, relative, findings);
  }
  for (const HtmlElement& element : scan.flashing_elements) {
    findings.push_back(flashing_element(element.tag, element.line));
  }
  for (Finding& finding : media.check_page(relative, document)) findings.push_back(finding);
  return findings;
}

// "4.48:1 (#777777 on #ffffff)" of a contrast finding's measure.
std::string colour_pair(const Finding& finding) {
  return finding.measured.substr(0, finding.measured.find(')') + 1);
}

// A pair of colours a CSS rule declares is reported once, at the rule, which
// is where it is fixed; the cascade adds the pairs no single rule declares.
void add_cascaded_contrast(std::vector<Finding> cascaded, std::vector<Finding>& findings) {
  std::set<std::string> declared;
  for (const Finding& finding : findings)
    if (finding.rule == "contrast") declared.insert(colour_pair(finding));
  for (Finding& finding : cascaded) {
    if (!declared.contains(colour_pair(finding))) findings.push_back(std::move(finding));
  }
}

}  // namespace

std::vector<Finding> validate_folder(const std::filesystem::path& dir,
                                     const std::optional<ReadabilityLimits>& plain_language,
                                     const model::JobCount& count, const WrittenFiles* written) {
  const auto listing = std::make_shared<const FolderListing>(dir);
  std::vector<SourceFile> files = collect_files(dir, *listing, written);
  // Keyframes are looked up in every stylesheet of the folder rather than
  // only in those a page links: simpler, and a site defines each animation
  // name once, so the answer is the same for generated pages.
  FlashContext folder_context;
  auto stylesheets = std::make_shared<FolderStylesheets>(dir);
  for (const SourceFile& file : files) {
    if (file.is_css) add_stylesheet(folder_context, stylesheets->add(file.relative, file.text));
  }
  ContentRules content(dir, listing);
  LayoutRules layout(stylesheets);
  MediaFlashing media(dir);
  PageContrast contrast(stylesheets);
  ContrastShapes shapes(stylesheets);
  std::optional<PlainLanguageCheck> language;
  if (plain_language) language.emplace(*plain_language);
  // Each file's findings in its own slot, merged in path order afterwards, so
  // the report does not depend on which thread checked which page.
  struct FileFindings {
    std::vector<Finding> found;
    std::vector<Finding> cascaded;  // contrast through the cascade of a page
    std::vector<Finding> language;  // plain language, reported after the rest
  };
  std::vector<FileFindings> checked(files.size());
  std::vector<std::size_t> pages;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!files[i].is_css) {
      pages.push_back(i);
      continue;
    }
    for (const css::Rule& rule : stylesheets->add(files[i].relative, files[i].text).rules)
      check_rule(rule, folder_context, media, files[i].relative, checked[i].found);
    // The widths in the .css files, once each (layout_rules.hpp).
    for (Finding& f : layout.check(files[i].relative, files[i].text, true))
      checked[i].found.push_back(f);
  }
  if (count.total) count.total(pages.size());
  model::run_jobs(
      pages.size(), 0,
      [&](std::size_t page) {
        SourceFile& file = files[pages[page]];
        file.text = text_of(file, written);
        FileFindings& out = checked[pages[page]];
        // Parsed once for the content, layout and media rules, and for the
        // contrast of the pages that share a layout (contrast_shapes.hpp).
        const HtmlDocument document(file.text);
        out.found = check_html(file.relative, document, folder_context, media);
        for (Finding& f : content.check(file.relative, document)) out.found.push_back(f);
        for (Finding& f : layout.check_page(file.relative, file.text, document))
          out.found.push_back(f);
        if (!shapes.add(page, file.relative, document))
          out.cascaded = contrast.check(file.relative, file.text);
        if (language) out.language = language->check(file.relative, document);
      },
      count.finished);
  // The merged pages that fail send their pages back to be checked alone,
  // so the findings are those of single pages.
  const std::vector<std::size_t> alone = shapes.pages_to_check_alone();
  model::run_jobs(alone.size(), 0, [&](std::size_t i) {
    const SourceFile& file = files[pages[alone[i]]];
    checked[pages[alone[i]]].cascaded = contrast.check(file.relative, file.text);
  });
  std::vector<Finding> findings;
  std::vector<Finding> cascaded;
  for (std::size_t i = 0; i < files.size(); ++i) {
    for (Finding& finding : checked[i].found) {
      finding.file = files[i].relative;
      findings.push_back(std::move(finding));
    }
    for (Finding& finding : checked[i].cascaded) {
      finding.file = files[i].relative;
      cascaded.push_back(std::move(finding));
    }
  }
  add_cascaded_contrast(std::move(cascaded), findings);
  for (Finding& finding : media.refresh_rings()) findings.push_back(std::move(finding));
  for (FileFindings& file : checked)
    for (Finding& finding : file.language) findings.push_back(std::move(finding));
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
  return findings;
}

}  // namespace otklik::validate
