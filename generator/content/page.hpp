#pragma once
// A Markdown page of content/: its front matter and its body as HTML.
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/input_error.hpp"

namespace otklik::content {

struct FrontMatter {
  std::string title;  // required
  std::string slug;   // defaults to the file name without .md
  int weight = 0;     // menu order
  std::string date;   // YYYY-MM-DD, optional
  bool draft = false;
  // Decisions taken on feedback (content/decisions/*.md, 4.5.7.4–4.5.7.5); empty elsewhere.
  std::string life_situation;  // life situation id
  std::string touchpoint;      // touchpoint id, optional
  // Where the ids stand, so that an id the data lacks is reported there.
  ingest::SourceLocation life_situation_at;
  ingest::SourceLocation touchpoint_at;
  std::string period;  // "2026-Q3" or "2026-07"
  std::string status;  // planned | in_progress | done
};

struct ContentPage {
  std::filesystem::path source;  // as found: content/methodology.md
  std::string section;           // sub-folder ("decisions") or "" at the top
  FrontMatter front;
  std::string body_html;  // rendered by cmark-gfm (GFM tables on)
};

struct ContentOptions {
  bool allow_raw_html = false;  // otherwise raw HTML is replaced by a comment (cmark-gfm safe mode)
};

// Reads content/**/*.md in path order, drafts skipped. Throws ingest::InputError
// on a missing or malformed front matter, naming file, line and column.
std::vector<ContentPage> load_content(const std::filesystem::path& dir,
                                      const ContentOptions& options);

}  // namespace otklik::content
