#pragma once
// A PostgreSQL connection URL (--source, --target): parsed by libpq itself,
// so every form and parameter libpq knows works, and shown to the user only
// without its password.
#include <string>
#include <utility>
#include <vector>

namespace otklik::ingest {

struct PostgresUrl {
  // The URL as the user wrote it, with any password replaced by "***": the
  // only form that is ever printed.
  std::string display;
  // libpq connection keywords and values, the password included; the client
  // encoding is always UTF-8, whatever the database's encoding.
  std::vector<std::pair<std::string, std::string>> params;
  // The secrets among the values (password, sslpassword), to scrub messages.
  std::vector<std::string> secrets;
};

// Parses postgresql://[user[:password]@][host][:port][/dbname][?param=value&...]
// (or postgres://). Throws std::runtime_error, password masked, for anything else.
PostgresUrl parse_postgres_url(const std::string& url);

// `url` with the password of its user part and any password= parameter
// replaced by "***"; for URLs that do not even parse.
std::string mask_url(const std::string& url);

// `text` (a server or driver message) with every secret of the URL replaced.
std::string without_secrets(std::string text, const PostgresUrl& url);

// The keyword=value string Poco::Data's PostgreSQL connector takes. It splits
// on spaces and cannot quote, so a value with a space or a quote is refused
// (std::runtime_error); the password is left out for libpq to read from
// PGPASSWORD (see connect_postgres) or ~/.pgpass.
std::string connection_string(const PostgresUrl& url);

// The value of a keyword, or "" when the URL does not set it.
std::string param(const PostgresUrl& url, const std::string& keyword);

}  // namespace otklik::ingest
