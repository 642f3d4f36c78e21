// `otklik serve` as a user runs it: the preview answers, an edited page is
// re-rendered while the others stay as they were, traversal is refused, and
// a broken page keeps the last good site served.
#include <signal.h>
#include <sys/stat.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include <boost/test/unit_test.hpp>

#include "support/run_otklik.hpp"

namespace fs = std::filesystem;
using namespace otklik::test;

namespace {

struct Reply {
  int status = 0;
  std::string body;
};

Reply get(uint16_t port, const std::string& target) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  Reply reply{static_cast<int>(response.getStatus()), {}};
  Poco::StreamCopier::copyToString(in, reply.body);
  return reply;
}

// Waits up to 60 s (a first build on a busy CI machine) for `done`.
template <typename Done>
bool wait_for(Done done) {
  for (int i = 0; i < 600; ++i) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

struct Server {
  fs::path dir = fresh_temp_dir("serve");
  pid_t pid = 0;
  uint16_t port = 0;

  Server() {
    for (const char* part : {"data", "content", "templates"})
      fs::copy(source_dir() / part, dir / part, fs::copy_options::recursive);
    fs::copy(source_dir() / "otklik.yaml", dir / "otklik.yaml");
    const std::string command = "cd '" + dir.string() + "' && { '" + OTKLIK_BINARY +
                                "' serve --port 0 2>serve.log & echo $! > serve.pid; }";
    BOOST_REQUIRE(std::system(command.c_str()) == 0);
    const std::regex url("http://127\\.0\\.0\\.1:([0-9]+)/");
    std::smatch match;
    BOOST_REQUIRE(wait_for([&] {
      const std::string log = read_file(dir / "serve.log");
      if (!std::regex_search(log, match, url)) return false;
      port = static_cast<uint16_t>(std::stoi(match[1]));
      return true;
    }));
    pid = std::stoi(read_file(dir / "serve.pid"));
  }
  ~Server() {
    if (pid > 0) ::kill(pid, SIGINT);
    wait_for(
        [&] { return read_file(dir / "serve.log").find("otklik: stopped") != std::string::npos; });
    fs::remove_all(dir);
  }
  std::string log() const { return read_file(dir / "serve.log"); }
};

ino_t inode(const fs::path& file) {
  struct stat s {};
  ::stat(file.c_str(), &s);
  return s.st_ino;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve)

BOOST_AUTO_TEST_CASE(an_edit_rerenders_its_page_and_leaves_the_others) {
  Server server;
  const Reply home = get(server.port, "/");
  BOOST_TEST(home.status == 200);
  BOOST_TEST(home.body.find("<html lang=\"ru\"") != std::string::npos);
  BOOST_TEST(get(server.port, "/no-such-page.html").status == 404);
  BOOST_TEST(get(server.port, "/../otklik.yaml").status == 403);
  BOOST_TEST(get(server.port, "/%2e%2e/otklik.yaml").status == 403);

  const fs::path site = server.dir / "site";
  const auto untouched = fs::last_write_time(site / "touchpoints" / "tp01.html");
  const ino_t untouched_inode = inode(site / "touchpoints" / "tp01.html");
  const auto workbook = fs::last_write_time(site / "otklik-summary.xlsx");

  std::string about = read_file(server.dir / "content" / "about.md");
  write_file(server.dir / "content" / "about.md", about + "\nПроверочный абзац предпросмотра.\n");
  BOOST_TEST(wait_for([&] {
    return get(server.port, "/about.html").body.find("Проверочный абзац предпросмотра.") !=
           std::string::npos;
  }));
  BOOST_TEST(server.log().find("content/about.md: 1 page(s) re-rendered, 4 file(s) rewritten in") != std::string::npos,
             server.log());
  BOOST_TEST((fs::last_write_time(site / "touchpoints" / "tp01.html") == untouched));
  BOOST_TEST(inode(site / "touchpoints" / "tp01.html") == untouched_inode);
  BOOST_TEST((fs::last_write_time(site / "otklik-summary.xlsx") == workbook));

  // Broken front matter: the error with its place, and the last good page.
  write_file(server.dir / "content" / "about.md", "---\ntitle: [broken\n---\n");
  BOOST_TEST(wait_for([&] {
    return server.log().find("the previous pages are still served") != std::string::npos;
  }));
  BOOST_TEST(server.log().find("content/about.md:") != std::string::npos, server.log());
  BOOST_TEST(get(server.port, "/about.html").body.find("Проверочный абзац предпросмотра.") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
