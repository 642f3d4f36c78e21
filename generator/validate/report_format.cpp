#include "validate/report_format.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/SAX/AttributesImpl.h>
#include <Poco/XML/XMLWriter.h>

#include <map>
#include <sstream>

#include "validate/rule_policy.hpp"

namespace otklik::validate {
namespace {

const char* severity_name(Severity severity) {
  return severity == Severity::Warning ? "warning" : "error";
}

std::string text_report(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& finding : findings) out += format_finding(finding) + "\n";
  return out;
}

std::string json_report(const std::vector<Finding>& findings, const std::string& folder) {
  // Insertion order kept, so the same findings give the same bytes.
  Poco::JSON::Object report(Poco::JSON_PRESERVE_KEY_ORDER);
  report.set("folder", folder);
  report.set("errors", error_count(findings));
  report.set("warnings", findings.size() - error_count(findings));
  Poco::JSON::Array list;
  for (const Finding& f : findings) {
    Poco::JSON::Object item(Poco::JSON_PRESERVE_KEY_ORDER);
    item.set("rule", f.rule);
    item.set("severity", severity_name(f.severity));
    item.set("file", f.file);
    item.set("line", f.line);
    item.set("element", f.element);
    item.set("measured", f.measured);
    item.set("required", f.required);
    item.set("clause", f.clause);
    item.set("message", format_finding(f));
    list.add(item);
  }
  report.set("findings", list);
  std::ostringstream out;
  report.stringify(out, 2);
  out << '\n';
  return out.str();
}

Poco::XML::AttributesImpl attributes(std::initializer_list<std::pair<std::string, std::string>> a) {
  Poco::XML::AttributesImpl list;
  for (const auto& [name, value] : a) list.addAttribute("", "", name, "CDATA", value);
  return list;
}

void junit_case(Poco::XML::XMLWriter& xml, const Finding& f) {
  const std::string location = f.file + (f.line > 0 ? ":" + std::to_string(f.line) : "");
  xml.startElement("", "", "testcase",
                   attributes({{"classname", "otklik.validate." + f.rule},
                               {"name", location + " " + f.element},
                               {"file", f.file}}));
  const std::string message = f.measured + ", required " + f.required + " (" + f.clause + ")";
  if (f.severity == Severity::Warning) {
    xml.emptyElement("", "", "skipped", attributes({{"message", "warning: " + message}}));
  } else {
    xml.startElement("", "", "failure", attributes({{"message", message}, {"type", f.rule}}));
    xml.characters(format_finding(f));
    xml.endElement("", "", "failure");
  }
  xml.endElement("", "", "testcase");
}

std::string junit_report(const std::vector<Finding>& findings, const std::string& folder) {
  std::map<std::string, std::vector<const Finding*>> by_rule;
  for (std::string_view id : rule_ids()) by_rule[std::string(id)];
  for (const Finding& f : findings) by_rule[f.rule].push_back(&f);
  std::ostringstream out;
  Poco::XML::XMLWriter xml(
      out, Poco::XML::XMLWriter::WRITE_XML_DECLARATION | Poco::XML::XMLWriter::PRETTY_PRINT);
  xml.setNewLine("\n");
  xml.setIndent("  ");
  xml.startDocument();
  xml.startElement("", "", "testsuites",
                   attributes({{"name", "otklik validate " + folder},
                               {"tests", std::to_string(findings.size())},
                               {"failures", std::to_string(error_count(findings))}}));
  for (const auto& [rule, list] : by_rule) {
    std::size_t failures = 0;
    for (const Finding* f : list) failures += f->severity == Severity::Error;
    xml.startElement("", "", "testsuite",
                     attributes({{"name", rule},
                                 {"tests", std::to_string(std::max<std::size_t>(list.size(), 1))},
                                 {"failures", std::to_string(failures)},
                                 {"skipped", std::to_string(list.size() - failures)}}));
    if (list.empty())
      xml.emptyElement("", "", "testcase",
                       attributes({{"classname", "otklik.validate." + rule},
                                   {"name", rule + ": nothing found in " + folder}}));
    for (const Finding* f : list) junit_case(xml, *f);
    xml.endElement("", "", "testsuite");
  }
  xml.endElement("", "", "testsuites");
  xml.endDocument();
  return out.str();
}

}  // namespace

std::string format_report(const std::vector<Finding>& findings, ReportFormat format,
                          const std::string& folder) {
  switch (format) {
    case ReportFormat::Json:
      return json_report(findings, folder);
    case ReportFormat::Junit:
      return junit_report(findings, folder);
    case ReportFormat::Text:
      break;
  }
  return text_report(findings);
}

}  // namespace otklik::validate
