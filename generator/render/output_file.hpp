#pragma once
// A file of the generated site, path relative to the site root.
#include <string>

namespace otklik::render {

struct OutputFile {
  std::string path;  // "index.html", "life-situations/ls01.html", "assets/style.css"
  std::string bytes;
};

}  // namespace otklik::render
