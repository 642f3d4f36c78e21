#pragma once
// Serves a built site on 127.0.0.1 for previewing: GET and HEAD only, every
// path through resolve_site_path, the site's own 404.html for a miss.
#include <cstdint>
#include <filesystem>
#include <memory>

namespace Poco::Net {
class HTTPServer;
}

namespace otklik::serve {

class StaticServer {
 public:
  // Listens on 127.0.0.1:`port` (0: a free port) at once; throws
  // std::runtime_error when the port cannot be had.
  StaticServer(std::filesystem::path root, uint16_t port);
  ~StaticServer();
  StaticServer(const StaticServer&) = delete;
  StaticServer& operator=(const StaticServer&) = delete;

  uint16_t port() const { return port_; }

 private:
  std::unique_ptr<Poco::Net::HTTPServer> server_;
  uint16_t port_ = 0;
};

// "text/html; charset=utf-8" for "a.html", by extension.
const char* content_type(const std::filesystem::path& file);

}  // namespace otklik::serve
