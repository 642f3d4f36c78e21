#include "report/xlsx_reader.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/Node.h>
#include <Poco/StreamCopier.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <cctype>
#include <fstream>
#include <stdexcept>

namespace otklik::test {
namespace {

using Poco::AutoPtr;
using Poco::XML::Document;
using Poco::XML::Element;

std::map<std::string, std::string> read_parts(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + file.string());
  Poco::Zip::ZipArchive archive(in);
  std::map<std::string, std::string> parts;
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    if (!it->second.isFile()) continue;
    in.clear();
    Poco::Zip::ZipInputStream entry(in, it->second, true);
    std::string text;
    Poco::StreamCopier::copyToString(entry, text);
    parts[it->first] = std::move(text);
  }
  return parts;
}

AutoPtr<Document> parse(const std::string& xml) {
  Poco::XML::DOMParser parser;
  return parser.parseString(xml);
}

// Descendant elements by tag, in document order. A walk of the tree, not
// Poco's NodeList: its item(i) counts from the start, which is quadratic on a
// sheet of a hundred thousand cells.
template <typename Visit>
void visit_descendants(const Poco::XML::Node* node, const std::string& tag, Visit& visit) {
  for (const Poco::XML::Node* child = node->firstChild(); child != nullptr;
       child = child->nextSibling()) {
    if (child->nodeType() != Poco::XML::Node::ELEMENT_NODE) continue;
    const auto* element = static_cast<const Element*>(child);
    if (element->tagName() == tag) visit(element);
    visit_descendants(child, tag, visit);
  }
}

template <typename Visit>
void for_each_element(const Poco::XML::Node* root, const std::string& tag, Visit visit) {
  visit_descendants(root, tag, visit);
}

std::vector<std::string> shared_strings(const std::map<std::string, std::string>& parts) {
  std::vector<std::string> strings;
  auto it = parts.find("xl/sharedStrings.xml");
  if (it == parts.end()) return strings;
  AutoPtr<Document> doc = parse(it->second);
  for_each_element(doc.get(), "si", [&](const Element* si) {
    std::string text;
    for_each_element(si, "t", [&](const Element* t) { text += t->innerText(); });
    strings.push_back(decode_xstring(text));
  });
  return strings;
}

std::string builtin_format(int id) {
  static const std::map<int, std::string> formats = {{0, "General"}, {1, "0"},        {2, "0.00"},
                                                     {3, "#,##0"},   {4, "#,##0.00"}, {9, "0%"},
                                                     {10, "0.00%"}};
  auto it = formats.find(id);
  return it == formats.end() ? "builtin " + std::to_string(id) : it->second;
}

// The number format of each cell style index (cellXfs).
std::vector<std::string> style_formats(const std::map<std::string, std::string>& parts) {
  std::vector<std::string> formats;
  auto it = parts.find("xl/styles.xml");
  if (it == parts.end()) return formats;
  AutoPtr<Document> doc = parse(it->second);
  std::map<int, std::string> custom;
  for_each_element(doc.get(), "numFmt", [&](const Element* f) {
    custom[std::stoi(f->getAttribute("numFmtId"))] = f->getAttribute("formatCode");
  });
  for_each_element(doc.get(), "cellXfs", [&](const Element* xfs) {
    for_each_element(xfs, "xf", [&](const Element* xf) {
      const int id = std::stoi(xf->getAttribute("numFmtId"));
      formats.push_back(custom.count(id) ? custom[id] : builtin_format(id));
    });
  });
  return formats;
}

std::string child_text(const Element* cell, const std::string& tag) {
  std::string text;
  for_each_element(cell, tag, [&](const Element* e) { text += e->innerText(); });
  return text;
}

XlsxCell read_cell(const Element* c, const std::vector<std::string>& strings,
                   const std::vector<std::string>& formats) {
  XlsxCell cell;
  cell.type = c->getAttribute("t");
  const std::string style = c->getAttribute("s");
  const std::size_t index = style.empty() ? 0 : std::stoul(style);
  cell.number_format = index < formats.size() ? formats[index] : "General";
  if (c->getChildElement("f") != nullptr) cell.formula = child_text(c, "f");
  if (cell.type == "s") {
    cell.text = strings.at(std::stoul(child_text(c, "v")));
  } else if (cell.type == "inlineStr") {
    cell.text = decode_xstring(child_text(c, "t"));
  } else {
    cell.text = child_text(c, "v");
  }
  return cell;
}

XlsxSheet read_sheet(std::string name, const std::string& xml,
                     const std::vector<std::string>& strings,
                     const std::vector<std::string>& formats) {
  XlsxSheet sheet;
  sheet.name = std::move(name);
  sheet.xml = xml;
  AutoPtr<Document> doc = parse(xml);
  for_each_element(doc.get(), "c", [&](const Element* c) {
    const std::string ref = c->getAttribute("r");
    sheet.cells[ref] = read_cell(c, strings, formats);
    sheet.last_row = std::max(sheet.last_row, ref_row(ref));
  });
  return sheet;
}

// Relationship id -> part name, e.g. "rId1" -> "xl/worksheets/sheet1.xml".
std::map<std::string, std::string> workbook_targets(
    const std::map<std::string, std::string>& parts) {
  std::map<std::string, std::string> targets;
  AutoPtr<Document> doc = parse(parts.at("xl/_rels/workbook.xml.rels"));
  for_each_element(doc.get(), "Relationship", [&](const Element* r) {
    targets[r->getAttribute("Id")] = "xl/" + r->getAttribute("Target");
  });
  return targets;
}

// The tables a sheet's relationships point to.
std::vector<XlsxTable> read_tables(const std::map<std::string, std::string>& parts,
                                   const std::string& sheet_part) {
  std::vector<XlsxTable> tables;
  const std::size_t slash = sheet_part.rfind('/');
  auto rels =
      parts.find(sheet_part.substr(0, slash) + "/_rels" + sheet_part.substr(slash) + ".rels");
  if (rels == parts.end()) return tables;
  AutoPtr<Document> doc = parse(rels->second);
  for_each_element(doc.get(), "Relationship", [&](const Element* r) {
    const std::string target = r->getAttribute("Target");
    if (target.rfind("../tables/", 0) != 0) return;
    AutoPtr<Document> table_doc = parse(parts.at("xl/tables/" + target.substr(10)));
    const Element* root = table_doc->documentElement();
    XlsxTable table{root->getAttribute("name"), root->getAttribute("ref"), "", {}};
    for_each_element(root, "autoFilter",
                     [&](const Element* f) { table.autofilter = f->getAttribute("ref"); });
    for_each_element(root, "tableColumn",
                     [&](const Element* c) { table.columns.push_back(c->getAttribute("name")); });
    tables.push_back(std::move(table));
  });
  return tables;
}

std::string first_element_attribute(const std::string& xml, const std::string& tag,
                                    const std::string& attribute) {
  AutoPtr<Document> doc = parse(xml);
  std::string value;
  for_each_element(doc.get(), tag, [&](const Element* e) {
    if (value.empty()) value = e->getAttribute(attribute);
  });
  return value;
}

}  // namespace

double XlsxCell::number() const {
  if (is_string() || text.empty()) throw std::runtime_error("not a number: '" + text + "'");
  return std::stod(text);
}

const XlsxCell* XlsxSheet::find(const std::string& ref) const {
  auto it = cells.find(ref);
  return it == cells.end() ? nullptr : &it->second;
}

const XlsxCell& XlsxSheet::at(const std::string& ref) const {
  const XlsxCell* cell = find(ref);
  if (cell == nullptr) throw std::runtime_error("sheet " + name + ": no cell " + ref);
  return *cell;
}

std::string XlsxSheet::autofilter() const {
  if (!tables.empty()) return tables.front().autofilter;
  return first_element_attribute(xml, "autoFilter", "ref");
}

std::string XlsxSheet::frozen_top_left() const {
  AutoPtr<Document> doc = parse(xml);
  std::string top_left;
  for_each_element(doc.get(), "pane", [&](const Element* pane) {
    if (pane->getAttribute("state") == "frozen") top_left = pane->getAttribute("topLeftCell");
  });
  return top_left;
}

std::string decode_xstring(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool escape = i + 6 < text.size() && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_';
    for (std::size_t k = i + 2; escape && k < i + 6; ++k)
      escape = std::isxdigit(static_cast<unsigned char>(text[k])) != 0;
    if (!escape) {
      out += text[i];
      continue;
    }
    const auto code = std::stoul(std::string(text.substr(i + 2, 4)), nullptr, 16);
    // Tests only meet ASCII escapes (control characters, "_").
    if (code > 0x7f) throw std::runtime_error("non-ASCII _xHHHH_ escape in a test");
    out += static_cast<char>(code);
    i += 6;
  }
  return out;
}

XlsxFile::XlsxFile(const std::filesystem::path& file) : parts_(read_parts(file)) {
  const std::vector<std::string> strings = shared_strings(parts_);
  const std::vector<std::string> formats = style_formats(parts_);
  const std::map<std::string, std::string> targets = workbook_targets(parts_);
  AutoPtr<Document> doc = parse(part("xl/workbook.xml"));
  for_each_element(doc.get(), "sheet", [&](const Element* s) {
    const std::string& target = targets.at(s->getAttribute("r:id"));
    sheets_.push_back(read_sheet(s->getAttribute("name"), part(target), strings, formats));
    sheets_.back().tables = read_tables(parts_, target);
  });
}

std::vector<std::string> XlsxFile::sheet_names() const {
  std::vector<std::string> names;
  for (const auto& sheet : sheets_) names.push_back(sheet.name);
  return names;
}

const XlsxSheet& XlsxFile::sheet(std::string_view name) const {
  for (const auto& sheet : sheets_)
    if (sheet.name == name) return sheet;
  throw std::runtime_error("no sheet named " + std::string(name));
}

const std::string& XlsxFile::part(const std::string& name) const {
  auto it = parts_.find(name);
  if (it == parts_.end()) throw std::runtime_error("no part " + name + " in the workbook");
  return it->second;
}

int ref_row(const std::string& ref) {
  std::size_t digits = ref.find_first_of("0123456789");
  return digits == std::string::npos ? 0 : std::stoi(ref.substr(digits));
}

std::string ref_column(const std::string& ref) {
  return ref.substr(0, ref.find_first_of("0123456789"));
}

}  // namespace otklik::test
