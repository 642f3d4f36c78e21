// otklik-gen-data: writes the embedded sample data set (or a national-scale
// one) of input contract v1, byte for byte the same for the same seed.
//
//   otklik-gen-data [--scale sample|national] [--seed N] --out DIR
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "writers.hpp"

namespace {

using gendata::ScaleKind;
namespace fs = std::filesystem;

constexpr uint64_t kDefaultSeed = 20261122;  // the sample in data/ is this seed

struct Options {
  ScaleKind scale = ScaleKind::Sample;
  uint64_t seed = kDefaultSeed;
  fs::path out;
};

constexpr std::string_view kUsage =
    "usage: tools/gen-data [--scale sample|national] [--seed N] --out DIR\n"
    "  --scale  sample (default): 12 life situations, 40 services, 8 quarters;\n"
    "           national: 85 regions, 60 life situations, 400 services, ~15 M survey rows\n"
    "  --seed   a whole number (default 20261122, the seed of data/)\n"
    "  --out    the folder to write the CSV files into (created if missing)\n";

[[noreturn]] void usage_error(const std::string& message) {
  std::fprintf(stderr, "gen-data: %s\n%.*s", message.c_str(), static_cast<int>(kUsage.size()),
               kUsage.data());
  std::exit(2);
}

std::optional<uint64_t> parse_seed(std::string_view text) {
  if (text.empty() || text.size() > 19) return std::nullopt;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  return value;
}

Options parse_options(int argc, char** argv) {
  Options options;
  bool have_out = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
      std::exit(0);
    }
    std::string_view name = arg, value;
    bool inline_value = false;
    if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    if (name != "--scale" && name != "--seed" && name != "--out")
      usage_error("unknown argument \"" + std::string(arg) + "\"");
    if (!inline_value) {
      if (i + 1 >= argc) usage_error(std::string(name) + " needs a value");
      value = argv[++i];
    }
    if (name == "--scale") {
      if (value == "sample")
        options.scale = ScaleKind::Sample;
      else if (value == "national")
        options.scale = ScaleKind::National;
      else
        usage_error("--scale must be sample or national, not \"" + std::string(value) + "\"");
    } else if (name == "--seed") {
      const auto seed = parse_seed(value);
      if (!seed) usage_error("--seed must be a whole number, not \"" + std::string(value) + "\"");
      options.seed = *seed;
    } else {
      if (value.empty()) usage_error("--out needs a folder");
      options.out = fs::path(value);
      have_out = true;
    }
  }
  if (!have_out) usage_error("--out DIR is required");
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  const auto started = std::chrono::steady_clock::now();
  try {
    fs::create_directories(options.out);
    const gendata::World world = options.scale == ScaleKind::National
                                     ? gendata::build_national_world(options.seed)
                                     : gendata::build_sample_world(options.seed);
    // The sample has no regions; a regions.csv left by a national run in the
    // same folder would no longer match, so it goes.
    if (world.regions.empty() && fs::remove(options.out / "regions.csv"))
      std::fprintf(stderr, "gen-data: removed %s (the sample has no regions)\n",
                   (options.out / "regions.csv").c_str());
    gendata::WrittenFiles files;
    gendata::write_dimensions(world, options.out, files);
    gendata::write_survey(world, options.out, files);
    gendata::write_appeals(world, options.out, files);
    gendata::write_pain_points(world, options.out, files);
    gendata::write_operations(world, options.out, files);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    // The summary goes to stderr: stdout stays free for pipes.
    for (const auto& file : files)
      std::fprintf(stderr, "%-28s %10llu rows %12llu bytes\n", file.name.c_str(),
                   static_cast<unsigned long long>(file.rows),
                   static_cast<unsigned long long>(file.bytes));
    std::fprintf(stderr, "gen-data: wrote %zu files to %s in %.1f s\n", files.size(),
                 options.out.c_str(), seconds);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen-data: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
