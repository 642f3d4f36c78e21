#include "cli/serve_command.hpp"

#include <signal.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <thread>

#include "cli/build_command.hpp"
#include "cli/project_inputs.hpp"
#include "content/page.hpp"
#include "ingest/input_error.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/period_indicators.hpp"
#include "metrics/site_results.hpp"
#include "render/incremental_site.hpp"
#include "render/site.hpp"
#include "serve/folder_watch.hpp"
#include "serve/static_server.hpp"

namespace otklik::cli {
namespace fs = std::filesystem;
namespace {

std::atomic<bool> stop_requested{false};
extern "C" void request_stop(int) { stop_requested = true; }

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// What a page edit needs: the data, its indicators and the pages' last
// bytes stay in memory, so an edit re-renders without reading data/ again.
struct Project {
  ingest::Config config;
  model::Dataset data;
  metrics::IndicatorTable indicators;
  render::IncrementalSite site;                 // the pages, re-rendered as edits need
  std::map<std::string, std::string> rendered;  // site path -> bytes, as written
};

std::unique_ptr<Project> load_project(const BuildOptions& options) {
  auto project = std::make_unique<Project>();
  project->config = read_config(options.config, options.config_given);
  project->data = read_dataset(options.data, options.source, project->config, [](auto&) {});
  // The pages read only the site's cuts; the open data was written by the build.
  metrics::compute_indicators_by_period(
      project->data, project->config, [&project](uint16_t, const metrics::PeriodTable& table) {
        project->indicators.append(*table, metrics::is_site_result);
      });
  project->indicators.sort();
  return project;
}

std::vector<render::OutputFile> render_pages(Project& project, const BuildOptions& options,
                                             const render::SiteEdit& edit) {
  const auto pages = content::load_content(options.content, {project.config.allow_raw_html});
  return project.site.render({project.data, project.indicators, pages, project.config,
                              options.templates, site_downloads(project.data)},
                             edit);
}

// Replaces the file in one rename, so the server never sends half a page.
void write_atomically(const fs::path& file, const std::string& bytes) {
  fs::create_directories(file.parent_path());
  const fs::path temporary = file.string() + ".otklik-tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + temporary.string());
  }
  fs::rename(temporary, file);
}

// Re-renders the pages the edit affects in memory and writes only the files
// whose bytes changed: the edited page, its vi/ copy, and whatever lists it
// (site map, search index, the decisions list, a life situation's decisions).
std::size_t rewrite_changed_pages(Project& project, const BuildOptions& options,
                                  const render::SiteEdit& edit) {
  std::size_t written = 0;
  for (render::OutputFile& file : render_pages(project, options, edit)) {
    auto it = project.rendered.find(file.path);
    if (it != project.rendered.end() && it->second == file.bytes) continue;
    write_atomically(options.out / file.path, file.bytes);
    project.rendered[file.path] = std::move(file.bytes);
    ++written;
  }
  return written;
}

void remember_pages(Project& project, const BuildOptions& options) {
  for (render::OutputFile& file : render_pages(project, options, {}))
    project.rendered[file.path] = std::move(file.bytes);
}

bool under(const fs::path& file, const fs::path& dir) {
  const fs::path relative = file.lexically_relative(dir);
  return !relative.empty() && *relative.begin() != "..";
}

std::string describe(const std::vector<fs::path>& changed) {
  std::string text = changed.front().string();
  if (changed.size() > 1) text += " and " + std::to_string(changed.size() - 1) + " more";
  return text;
}

// One round of edits: data or configuration rebuild everything (as
// `otklik build`, published atomically); pages and templates re-render.
void rebuild(std::unique_ptr<Project>& project, const BuildOptions& options,
             const std::vector<fs::path>& changed, std::ostream& err) {
  const auto start = Clock::now();
  bool whole = false;
  for (const fs::path& file : changed)
    whole =
        whole || (options.source.empty() && under(file, options.data)) || file == options.config;
  try {
    if (whole) {
      if (build_command(options, err) != 0) return;  // the old site stays served
      project = load_project(options);
      project->rendered.clear();
      remember_pages(*project, options);
      err << "otklik: " << describe(changed) << ": rebuilt the whole site in "
          << static_cast<long>(ms_since(start)) << " ms\n";
      return;
    }
    render::SiteEdit edit;
    for (const fs::path& file : changed) {
      if (under(file, options.templates)) edit.templates = true;
      if (under(file, options.content)) edit.content_files.push_back(file);
    }
    const std::size_t written = rewrite_changed_pages(*project, options, edit);
    err << "otklik: " << describe(changed) << ": " << project->site.pages_rendered()
        << " page(s) re-rendered, " << written << " file(s) rewritten in "
        << static_cast<long>(ms_since(start)) << " ms\n";
  } catch (const ingest::InputError& e) {
    err << e.what() << "\notklik: the previous pages are still served\n";
  } catch (const std::exception& e) {
    err << "otklik: error: " << e.what() << "\notklik: the previous pages are still served\n";
  }
  err.flush();
}

}  // namespace

ServeOptions parse_serve_options(const std::vector<std::string>& args) {
  std::vector<std::string> build_args;
  ServeOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] != "--port") {
      build_args.push_back(args[i]);
      continue;
    }
    if (i + 1 == args.size()) throw UsageError{"--port needs a number, e.g. --port 8000"};
    const std::string& text = args[++i];
    std::size_t used = 0;
    unsigned long port = 0;
    try {
      port = std::stoul(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != text.size() || port > 65535)
      throw UsageError{"--port takes 0..65535 (0: any free port), found \"" + text + "\""};
    options.port = static_cast<uint16_t>(port);
  }
  options.build = parse_build_options(build_args);
  return options;
}

int serve_command(const ServeOptions& options, std::ostream& err) {
  const BuildOptions& build = options.build;
  if (const int status = build_command(build, err); status != 0) return status;
  std::unique_ptr<Project> project;
  try {
    project = load_project(build);
    remember_pages(*project, build);
  } catch (const std::exception& e) {
    err << "otklik: error: " << e.what() << '\n';
    return 1;
  }
  std::optional<serve::StaticServer> server;
  try {
    server.emplace(build.out, options.port);
  } catch (const std::exception& e) {
    err << "otklik: " << e.what() << "; choose another with --port\n";
    return 2;
  }
  ::signal(SIGINT, request_stop);
  ::signal(SIGTERM, request_stop);
  std::vector<fs::path> watched = {build.content, build.templates, build.config};
  if (build.source.empty()) watched.push_back(build.data);
  serve::FolderWatch watch(watched);
  err << "otklik: serving " << build.out.string() << " at http://127.0.0.1:" << server->port()
      << "/ ; watching content, templates" << (build.source.empty() ? ", data" : "")
      << " and the configuration (Ctrl-C stops)" << std::endl;
  while (!stop_requested) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::vector<fs::path> changed = watch.changes();
    if (changed.empty()) continue;
    // An editor's save is often several writes: let the burst settle.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    for (fs::path& more : watch.changes()) changed.push_back(std::move(more));
    rebuild(project, build, changed, err);
  }
  err << "otklik: stopped\n";
  return 0;
}

}  // namespace otklik::cli
