#include "serve/static_server.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

#include "model/file_bytes.hpp"
#include "serve/site_path.hpp"

namespace otklik::serve {
namespace fs = std::filesystem;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

const char* content_type(const fs::path& file) {
  static const std::map<std::string, const char*> types = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".xml", "application/xml; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}};
  const auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

namespace {

class FileHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit FileHandler(const fs::path& root) : root_(root) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const std::string& method = request.getMethod();
    if (method != "GET" && method != "HEAD") {
      response.set("Allow", "GET, HEAD");
      return send(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "text/plain; charset=utf-8",
                  "405 method not allowed\n", method == "HEAD");
    }
    const SitePath path = resolve_site_path(root_, request.getURI());
    const bool head = method == "HEAD";
    if (path.status == 403)
      return send(response, HTTPResponse::HTTP_FORBIDDEN, "text/plain; charset=utf-8",
                  "403 forbidden: outside the site\n", head);
    if (path.status == 404) {
      const fs::path page = root_ / "404.html";
      return send(
          response, HTTPResponse::HTTP_NOT_FOUND, "text/html; charset=utf-8",
          fs::is_regular_file(page) ? model::read_file_bytes(page).value_or("") : "404 not found\n",
          head);
    }
    response.set("Cache-Control", "no-store");  // a preview: always the latest build
    send(response, HTTPResponse::HTTP_OK, content_type(path.file),
         model::read_file_bytes(path.file).value_or(""), head);
  }

 private:
  static void send(HTTPServerResponse& response, HTTPResponse::HTTPStatus status,
                   const std::string& type, const std::string& body, bool head) {
    response.setStatus(status);
    response.setContentType(type);
    response.setContentLength(static_cast<std::streamsize>(body.size()));
    std::ostream& out = response.send();
    if (!head) out << body;
  }

  const fs::path& root_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Factory(fs::path root) : root_(std::move(root)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override {
    return new FileHandler(root_);
  }

 private:
  fs::path root_;
};

}  // namespace

StaticServer::StaticServer(fs::path root, uint16_t port) {
  try {
    // Loopback only: a preview is never reachable from the network.
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    port_ = socket.address().port();
    server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(std::move(root)), socket,
                                                      new Poco::Net::HTTPServerParams);
    server_->start();
  } catch (const Poco::Exception& e) {
    throw std::runtime_error("cannot listen on 127.0.0.1:" + std::to_string(port) + ": " +
                             e.displayText());
  }
}

StaticServer::~StaticServer() {
  if (server_) server_->stopAll(true);
}

}  // namespace otklik::serve
