#include "validate/devtools_session.hpp"

#include <Poco/Buffer.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/TemporaryFile.h>

#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

namespace otklik::validate {
namespace {

using Poco::JSON::Object;

// Chromium writes its port and browser path to DevToolsActivePort in the
// profile once it listens; --remote-debugging-port=0 lets it pick a free port.
// A browser that is missing or crashes exits at once: say so rather than
// wait out the 15 s.
std::pair<int, std::string> wait_for_port(const std::filesystem::path& profile,
                                          const Poco::ProcessHandle& process,
                                          const std::string& chromium) {
  const auto file = profile / "DevToolsActivePort";
  for (int tries = 0; tries < 300; ++tries) {
    std::ifstream in(file);
    int port = 0;
    std::string path;
    if (in >> port >> path && port > 0) return {port, path};
    // waitpid, not Process::isRunning: kill(pid, 0) succeeds on a zombie.
    int status = 0;
    if (::waitpid(process.id(), &status, WNOHANG) == process.id()) {
      std::string why = WIFEXITED(status) && WEXITSTATUS(status) == 127
                            ? "not found"
                            : "it exited with status " + std::to_string(WEXITSTATUS(status));
      throw BrowserError("cannot start " + chromium + ": " + why +
                         " (install the chromium package or set OTKLIK_CHROMIUM)");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  throw BrowserError("Chromium did not open its DevTools port within 15 s");
}

Object::Ptr params() { return new Object; }

}  // namespace

DevToolsSession::DevToolsSession(const std::string& chromium, int width, int height) {
  profile_ = Poco::TemporaryFile::tempName();
  std::filesystem::create_directories(profile_);
  // Through sh, only to send Chromium's own log lines (D-Bus, GPU) to
  // /dev/null; exec keeps the process id, so kill() reaches Chromium.
  const Poco::Process::Args args = {"-c",
                                    "exec \"$0\" \"$@\" 2>/dev/null",
                                    chromium,
                                    "--headless",
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--no-first-run",
                                    "--hide-scrollbars",
                                    "--remote-debugging-port=0",
                                    "--user-data-dir=" + profile_.string(),
                                    "about:blank"};
  try {
    process_ = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch("/bin/sh", args));
  } catch (const Poco::Exception& e) {
    throw BrowserError("cannot start " + chromium + ": " + e.displayText() +
                       " (install the chromium package or set OTKLIK_CHROMIUM)");
  }
  const auto [port, path] = wait_for_port(profile_, *process_, chromium);
  http_ = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path,
                                 Poco::Net::HTTPMessage::HTTP_1_1);
  Poco::Net::HTTPResponse response;
  socket_ = std::make_unique<Poco::Net::WebSocket>(*http_, request, response);
  socket_->setReceiveTimeout(Poco::Timespan(30, 0));
  socket_->setMaxPayloadSize(64 * 1024 * 1024);

  Object::Ptr target = params();
  target->set("url", "about:blank");
  const std::string target_id =
      command("Target.createTarget", target, false)->getValue<std::string>("targetId");
  Object::Ptr attach = params();
  attach->set("targetId", target_id);
  attach->set("flatten", true);
  session_id_ = command("Target.attachToTarget", attach, false)->getValue<std::string>("sessionId");
  Object::Ptr metrics = params();
  metrics->set("width", width);
  metrics->set("height", height);
  metrics->set("deviceScaleFactor", 1);
  metrics->set("mobile", false);
  command("Emulation.setDeviceMetricsOverride", metrics);
  command("Page.enable", params());
}

DevToolsSession::~DevToolsSession() {
  try {
    if (socket_) command("Browser.close", params(), false);
  } catch (...) {  // the browser is killed below either way
  }
  if (process_) {
    try {
      Poco::Process::kill(*process_);
      process_->wait();
    } catch (...) {
    }
  }
  std::error_code ignored;
  std::filesystem::remove_all(profile_, ignored);
}

Object::Ptr DevToolsSession::receive() {
  Poco::Buffer<char> buffer(0);
  int flags = 0;
  const int length = socket_->receiveFrame(buffer, flags);
  if (length <= 0) throw BrowserError("Chromium closed the DevTools connection");
  Poco::JSON::Parser parser;
  return parser.parse(std::string(buffer.begin(), buffer.size())).extract<Object::Ptr>();
}

Object::Ptr DevToolsSession::command(const std::string& method, Object::Ptr parameters,
                                     bool in_page) {
  const int id = next_id_++;
  Object message;
  message.set("id", id);
  message.set("method", method);
  message.set("params", parameters);
  if (in_page) message.set("sessionId", session_id_);
  std::ostringstream text;
  message.stringify(text);
  const std::string bytes = text.str();
  socket_->sendFrame(bytes.data(), static_cast<int>(bytes.size()));
  for (;;) {
    Object::Ptr reply = receive();
    if (!reply->has("id")) {
      events_.push_back(reply);
      continue;
    }
    if (reply->getValue<int>("id") != id) continue;
    if (reply->has("error"))
      throw BrowserError(method + ": " +
                         reply->getObject("error")->getValue<std::string>("message"));
    return reply->getObject("result");
  }
}

void DevToolsSession::wait_for_event(const std::string& method) {
  while (!events_.empty()) {
    Object::Ptr event = events_.front();
    events_.pop_front();
    if (event->has("method") && event->getValue<std::string>("method") == method) return;
  }
  for (;;) {
    Object::Ptr message = receive();
    if (message->has("method") && message->getValue<std::string>("method") == method) return;
  }
}

void DevToolsSession::navigate(const std::string& url) {
  Object::Ptr target = params();
  target->set("url", url);
  command("Page.navigate", target);
  wait_for_event("Page.loadEventFired");
}

std::string DevToolsSession::evaluate_json(const std::string& expression) {
  Object::Ptr script = params();
  script->set("expression", "JSON.stringify(" + expression + ")");
  script->set("returnByValue", true);
  Object::Ptr result = command("Runtime.evaluate", script);
  if (result->has("exceptionDetails"))
    throw BrowserError("the layout script failed: " +
                       result->getObject("exceptionDetails")->getValue<std::string>("text"));
  return result->getObject("result")->getValue<std::string>("value");
}

}  // namespace otklik::validate
