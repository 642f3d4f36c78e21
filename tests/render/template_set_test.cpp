// TemplateSet keeps parsed templates for reuse: each render gets a copy no
// other thread is using, and a copy whose render failed is not reused.
#include "render/template_set.hpp"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/input_error.hpp"

namespace fs = std::filesystem;
using kainjow::mustache::data;
using otklik::render::TemplateSet;

namespace {

struct TemplateFolder {
  fs::path dir = fs::temp_directory_path() / ("otklik-template-set-" + std::to_string(::getpid()));
  TemplateFolder() {
    fs::remove_all(dir);
    fs::create_directories(dir / "partials");
    std::ofstream(dir / "greeting.mustache", std::ios::binary) << "<p>Привет, {{name}}!</p>";
    std::ofstream(dir / "list.mustache", std::ios::binary)
        << "<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{> tail}}";
    std::ofstream(dir / "partials/tail.mustache", std::ios::binary) << "<p>{{name}}</p>";
  }
  ~TemplateFolder() { fs::remove_all(dir); }
};

data greeting(const std::string& name) {
  data d;
  d.set("name", name);
  return d;
}

data list(int n) {
  data items{data::type::list};
  for (int i = 0; i < n; ++i) items.push_back(data(std::to_string(i)));
  data d;
  d.set("items", items);
  d.set("name", "n" + std::to_string(n));
  return d;
}

std::string expected_list(int n) {
  std::string out = "<ul>";
  for (int i = 0; i < n; ++i) out += "<li>" + std::to_string(i) + "</li>";
  return out + "</ul><p>n" + std::to_string(n) + "</p>";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_set)

BOOST_AUTO_TEST_CASE(templates_rendered_alternately_on_four_threads_keep_their_own_text) {
  const TemplateFolder folder;
  const TemplateSet templates(folder.dir);
  std::vector<std::vector<std::string>> wrong(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        const std::string name = "имя-" + std::to_string(t) + "-" + std::to_string(i);
        const std::string hello = templates.render("greeting", greeting(name));
        if (hello != "<p>Привет, " + name + "!</p>") wrong[t].push_back(hello);
        const int n = (t * 7 + i) % 5;
        const std::string items = templates.render("list", list(n));
        if (items != expected_list(n)) wrong[t].push_back(items);
      }
    });
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) BOOST_TEST(wrong[t].empty(), wrong[t].front());
}

BOOST_AUTO_TEST_CASE(a_render_that_failed_does_not_spoil_the_next) {
  const TemplateFolder folder;
  const TemplateSet templates(folder.dir);
  BOOST_TEST(templates.render("greeting", greeting("Анна")) == "<p>Привет, Анна!</p>");
  // A lambda whose text does not parse makes kainjow's render fail.
  data broken;
  broken.set("name", kainjow::mustache::lambda{[](const std::string&) { return "{{#open}}"; }});
  BOOST_CHECK_THROW(templates.render("greeting", broken), otklik::ingest::InputError);
  BOOST_TEST(templates.render("greeting", greeting("Борис")) == "<p>Привет, Борис!</p>");
}

BOOST_AUTO_TEST_SUITE_END()
