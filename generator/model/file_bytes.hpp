#pragma once
// A whole file's bytes, for every stage that reads files whole: the content
// pages, the templates and assets, the pages the checks read back and the
// files `otklik serve` sends.
#include <filesystem>
#include <optional>
#include <string>

namespace otklik::model {

// nullopt when the file cannot be opened. Read in one piece when its size is
// known, which a build's 10 000 content files and 20 000 checked pages make
// worth it: through a stringstream every byte was copied twice.
std::optional<std::string> read_file_bytes(const std::filesystem::path& file);

}  // namespace otklik::model
