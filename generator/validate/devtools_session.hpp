#pragma once
// Headless Chromium driven over the DevTools protocol: a WebSocket (Poco)
// to the browser, one page target attached in flat mode, commands as JSON.
// Why not a library: Debian packages no C++ DevTools client, and the four
// commands the layout check needs are a few JSON messages.
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Process.h>

#include <deque>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace otklik::validate {

// Chromium could not be started or stopped answering.
struct BrowserError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class DevToolsSession {
 public:
  // Starts `chromium` headless with a private profile and opens one page of
  // `width`×`height` CSS pixels. Throws BrowserError.
  DevToolsSession(const std::string& chromium, int width, int height);
  ~DevToolsSession();
  DevToolsSession(const DevToolsSession&) = delete;
  DevToolsSession& operator=(const DevToolsSession&) = delete;

  // Loads `url` and waits for its load event.
  void navigate(const std::string& url);
  // The value of a JavaScript expression, JSON-encoded by the page.
  std::string evaluate_json(const std::string& expression);

 private:
  Poco::JSON::Object::Ptr command(const std::string& method, Poco::JSON::Object::Ptr params,
                                  bool in_page = true);
  Poco::JSON::Object::Ptr receive();
  void wait_for_event(const std::string& method);

  std::filesystem::path profile_;
  std::unique_ptr<Poco::ProcessHandle> process_;
  std::unique_ptr<Poco::Net::HTTPClientSession> http_;
  std::unique_ptr<Poco::Net::WebSocket> socket_;
  std::string session_id_;
  int next_id_ = 1;
  std::deque<Poco::JSON::Object::Ptr> events_;  // arrived while awaiting a reply
};

}  // namespace otklik::validate
