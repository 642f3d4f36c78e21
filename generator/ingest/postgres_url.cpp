#include "ingest/postgres_url.hpp"

#include <libpq-fe.h>

#include <memory>
#include <stdexcept>
#include <string_view>

namespace otklik::ingest {
namespace {

constexpr std::string_view kMask = "***";

bool has_scheme(std::string_view url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

// Replaces the value after each "password=" (and "sslpassword=") in the query.
std::string mask_query(std::string query) {
  for (std::size_t at = query.find("password="); at != std::string::npos;
       at = query.find("password=", at + 1)) {
    const std::size_t start = at + std::string_view("password=").size();
    const std::size_t end = std::min(query.find('&', start), query.size());
    query.replace(start, end - start, kMask);
  }
  return query;
}

std::string first_line(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  const std::size_t nl = text.find('\n');
  return nl == std::string::npos ? text : text.substr(0, nl);
}

}  // namespace

std::string mask_url(const std::string& url) {
  const std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return mask_query(url);
  const std::size_t authority = scheme_end + 3;
  const std::size_t path = std::min(url.find_first_of("/?", authority), url.size());
  const std::size_t at = url.rfind('@', path);
  std::string masked = url.substr(0, path);
  if (at != std::string::npos && at >= authority) {
    const std::size_t colon = url.find(':', authority);
    if (colon < at)
      masked = url.substr(0, colon + 1) + std::string(kMask) + url.substr(at, path - at);
  }
  return masked + mask_query(url.substr(path));
}

PostgresUrl parse_postgres_url(const std::string& url) {
  PostgresUrl parsed;
  parsed.display = mask_url(url);
  if (!has_scheme(url))
    throw std::runtime_error("\"" + parsed.display +
                             "\" is not a PostgreSQL URL; expected one such as "
                             "postgresql://user@127.0.0.1:5432/otklik");
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> options(
      PQconninfoParse(url.c_str(), &error), PQconninfoFree);
  if (!options) {
    std::string reason = error ? first_line(error) : "out of memory";
    PQfreemem(error);
    // libpq quotes the offending part, which may hold the password.
    if (reason.find(url) != std::string::npos)
      reason.replace(reason.find(url), url.size(), parsed.display);
    throw std::runtime_error("cannot read the PostgreSQL URL " + parsed.display + ": " + reason);
  }
  for (const PQconninfoOption* o = options.get(); o->keyword; ++o) {
    if (!o->val || std::string_view(o->keyword) == "client_encoding") continue;
    parsed.params.emplace_back(o->keyword, o->val);
    if (o->dispchar && std::string_view(o->dispchar) == "*" && *o->val)
      parsed.secrets.emplace_back(o->val);
  }
  // Text is decoded as UTF-8 whatever the database's own encoding.
  parsed.params.emplace_back("client_encoding", "UTF8");
  return parsed;
}

std::string without_secrets(std::string text, const PostgresUrl& url) {
  for (const auto& secret : url.secrets)
    for (std::size_t at = text.find(secret); at != std::string::npos;
         at = text.find(secret, at + kMask.size()))
      text.replace(at, secret.size(), kMask);
  return text;
}

std::string connection_string(const PostgresUrl& url) {
  std::string text;
  bool timeout = false;
  for (const auto& [key, value] : url.params) {
    if (key == "password" || value.empty()) continue;
    if (value.find_first_of(" \t\n\r'\"\\") != std::string::npos)
      throw std::runtime_error("cannot use the PostgreSQL URL " + url.display + ": the " + key +
                               " holds a space, a quote or a backslash, which the "
                               "connector cannot pass");
    text += (text.empty() ? "" : " ") + key + "=" + value;
    timeout = timeout || key == "connect_timeout";
  }
  // An unreachable host fails in seconds, not after the system's TCP timeout.
  return timeout ? text : text + " connect_timeout=10";
}

std::string param(const PostgresUrl& url, const std::string& keyword) {
  for (const auto& [key, value] : url.params)
    if (key == keyword) return value;
  return "";
}

}  // namespace otklik::ingest
