#include "validate/contrast_shapes.hpp"

#include <algorithm>

#include "model/parallel_jobs.hpp"
#include "validate/css.hpp"
#include "validate/folder_path.hpp"
#include "validate/modest_page.hpp"
#include "validate/page_contrast.hpp"
#include "validate/page_shape.hpp"
#include "validate/style_cascade.hpp"
#include "validate/style_sharing.hpp"

namespace otklik::validate {
namespace {

// A stylesheet as a page loads it: linked (`text` is its folder path) or
// from a <style> element (`text` is the CSS).
struct SheetUse {
  bool linked = false;
  std::string text;
  std::string media;
  std::size_t line = 0;
};

// In document order, as PageContrast reads them from libmodest's tree:
// <link rel=stylesheet> that is not an alternate, and <style>, outside SVG.
void collect_sheets(const GumboNode& node, const std::string& relative,
                    std::vector<SheetUse>& uses) {
  if (node.type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& element = node.v.element;
  if (element.tag_namespace == GUMBO_NAMESPACE_SVG) return;
  const char* media = attribute(node, "media");
  if (element.tag == GUMBO_TAG_LINK) {
    const char* href = attribute(node, "href");
    if (href != nullptr && rel_loads_stylesheet(attribute(node, "rel"))) {
      if (auto path = resolve_in_folder(relative, href))
        uses.push_back({true, *path, media == nullptr ? "" : media, line_of(node)});
    }
  } else if (element.tag == GUMBO_TAG_STYLE && element.children.length > 0) {
    const auto* text = static_cast<const GumboNode*>(element.children.data[0]);
    if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE ||
        text->type == GUMBO_NODE_CDATA)
      uses.push_back({false, text->v.text.text, media == nullptr ? "" : media, line_of(node)});
  }
  for (unsigned i = 0; i < element.children.length; ++i)
    collect_sheets(*static_cast<const GumboNode*>(element.children.data[i]), relative, uses);
}

std::string key_of(const std::vector<SheetUse>& uses) {
  std::string key;
  for (const SheetUse& use : uses) {
    key += use.linked ? 'L' : 'S';
    key += use.text;
    key += '\0';
    key += use.media;
    key += '\n';
  }
  return key;
}

// The merged page's elements as libmodest parsed them.
void read_back(const PageNode* node, unsigned depth, std::vector<ShapeElement>& elements) {
  for (; node != nullptr; node = next_sibling(node)) {
    if (!is_element(node)) continue;
    elements.push_back({depth, tag_of(node)});
    read_back(first_child(node), depth + 1, elements);
  }
}

}  // namespace

struct ContrastShapes::Group {
  // The first page to arrive, whichever: it names the file of the <style>
  // sheets in the merged page's findings, which are never reported.
  std::string relative;
  std::vector<std::unique_ptr<css::Stylesheet>> inline_sheets;
  std::vector<PageStylesheet> sheets;
  StyleSharing sharing;
  std::mutex mutex;
  // By the start tags of <html>, <head> and <body>, which a page has once.
  std::map<std::string, ShapeTree> trees;
  std::map<std::string, std::vector<std::size_t>> pages;
};

ContrastShapes::ContrastShapes(std::shared_ptr<FolderStylesheets> stylesheets)
    : stylesheets_(std::move(stylesheets)) {}

ContrastShapes::~ContrastShapes() = default;

ContrastShapes::Group& ContrastShapes::group_for(const std::string& relative,
                                                 const HtmlDocument& document) {
  std::vector<SheetUse> uses;
  if (document.root() != nullptr) collect_sheets(*document.root(), relative, uses);
  const std::string key = key_of(uses);
  std::lock_guard lock(mutex_);
  std::unique_ptr<Group>& group = groups_[key];
  if (group) return *group;
  group = std::make_unique<Group>();
  group->relative = relative;
  std::vector<const css::Stylesheet*> parsed;
  for (const SheetUse& use : uses) {
    const css::Stylesheet* sheet = nullptr;
    if (use.linked) {
      sheet = stylesheets_->get(use.text);
      group->sheets.push_back({sheet, use.text, use.media});
    } else {
      group->inline_sheets.push_back(
          std::make_unique<css::Stylesheet>(css::parse_stylesheet(use.text, use.line)));
      sheet = group->inline_sheets.back().get();
      group->sheets.push_back({sheet, relative, use.media});
    }
    parsed.push_back(sheet);
  }
  group->sharing = style_sharing(parsed);
  return *group;
}

bool ContrastShapes::add(std::size_t page, const std::string& relative,
                         const HtmlDocument& document) {
  Group& group = group_for(relative, document);
  if (!group.sharing.possible) return false;
  auto steps = shape_steps(document, group.sharing);
  if (!steps) return false;
  std::string frame;
  for (const ShapeStep& step : *steps)
    if (step.depth <= 1) frame += step.start_tag;
  std::lock_guard lock(group.mutex);
  group.trees[frame].add(*steps);
  group.pages[frame].push_back(page);
  return true;
}

std::vector<std::size_t> ContrastShapes::pages_to_check_alone() {
  struct Merged {
    const Group* group;
    const ShapeTree* tree;
    const std::vector<std::size_t>* pages;
  };
  std::vector<Merged> merged;
  for (const auto& [key, group] : groups_) {
    for (const auto& [frame, tree] : group->trees)
      merged.push_back({group.get(), &tree, &group->pages.at(frame)});
  }
  std::vector<char> passes(merged.size(), 0);
  model::run_jobs(merged.size(), 0, [&](std::size_t i) {
    std::vector<ShapeElement> written;
    const std::string html = merged[i].tree->to_html(written);
    const ModestPage page(html);
    std::vector<ShapeElement> parsed;
    read_back(page.root(), 0, parsed);
    passes[i] = parsed == written &&
                contrast_findings(page, merged[i].group->relative, merged[i].group->sheets).empty();
  });
  std::vector<std::size_t> alone;
  for (std::size_t i = 0; i < merged.size(); ++i) {
    if (!passes[i]) alone.insert(alone.end(), merged[i].pages->begin(), merged[i].pages->end());
  }
  std::sort(alone.begin(), alone.end());
  return alone;
}

}  // namespace otklik::validate
