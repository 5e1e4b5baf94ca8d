// Reading Word documents (.docx): a zip (libzip) of XML parts (libxml2). The body's <w:p>
// elements are the paragraphs; the core properties have the title, author and dates. Both parts
// are found through the package relationships (_rels/.rels), as Word itself finds them.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "formats/document_readers.hpp"

namespace onrecord {
namespace {

// A press release is a few hundred kilobytes of XML; more is not a document we should inflate.
constexpr zip_uint64_t kMaxPartBytes = 64u << 20;

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::optional<std::string> read_part(zip_t* archive, const char* name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
      stat.size > kMaxPartBytes)
    return std::nullopt;
  zip_file_t* file = zip_fopen(archive, name, 0);
  if (file == nullptr) return std::nullopt;
  std::string data(stat.size, '\0');
  const zip_int64_t read = zip_fread(file, data.data(), stat.size);
  zip_fclose(file);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return std::nullopt;
  return data;
}

bool named(const xmlNode* node, const char* local_name) {
  return node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), local_name) == 0;
}

std::string attribute_of(const xmlNode* node, const char* local_name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), local_name) == 0 &&
        a->children != nullptr && a->children->content != nullptr)
      return reinterpret_cast<const char*>(a->children->content);
  }
  return {};
}

std::string content_of(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content == nullptr ? "" : reinterpret_cast<const char*>(content);
  xmlFree(content);
  return text;
}

// The text of one <w:p>: runs' <w:t>, tabs and breaks as spaces.
void paragraph_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (named(child, "t")) {
      out += content_of(child);
    } else if (named(child, "tab") || named(child, "br") || named(child, "cr")) {
      out += ' ';
    } else if (named(child, "noBreakHyphen")) {
      out += '-';
    } else if (!named(child, "del") && !named(child, "moveFrom") && !named(child, "instrText") &&
               !named(child, "pPr") && !named(child, "Fallback")) {
      // Deleted and moved-away text is not the document's; a text box is written twice (for new
      // and old Word, mc:Choice and mc:Fallback), and read once.
      paragraph_text(child, out);
    }
  }
}

std::string style_of(const xmlNode* paragraph) {
  for (const xmlNode* child = paragraph->children; child != nullptr; child = child->next) {
    if (!named(child, "pPr")) continue;
    for (const xmlNode* p = child->children; p != nullptr; p = p->next)
      if (named(p, "pStyle")) return attribute_of(p, "val");
  }
  return {};
}

// Paragraphs in document order, tables' cells included; the first "Title"-styled one is the title.
void body_paragraphs(const xmlNode* node, DocumentText& document) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (named(child, "p")) {
      std::string raw;
      paragraph_text(child, raw);
      std::string text = collapse_spaces(raw);
      if (text.empty()) continue;
      if (style_of(child) == "Title" && document.fields.title.empty()) {
        document.fields.title = std::move(text);
      } else {
        document.paragraphs.push_back(std::move(text));
      }
    } else {
      body_paragraphs(child, document);
    }
  }
}

// No network, and no document type: Word never writes a DTD, and one is how entities that
// expand a kilobyte into gigabytes ("billion laughs") get in. Null for either.
std::unique_ptr<xmlDoc, XmlDocFree> parse_xml(const std::string& xml) {
  std::unique_ptr<xmlDoc, XmlDocFree> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (doc && doc->intSubset != nullptr) doc.reset();
  return doc;
}

void read_core_properties(const std::string& xml, ArticleFields& fields) {
  const auto doc = parse_xml(xml);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return;  // the properties are a bonus; the text is what matters
  for (const xmlNode* node = root->children; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string value = collapse_spaces(content_of(node));
    if (named(node, "title") && fields.title.empty()) fields.title = value;
    // Word fills in its licensee ("Microsoft Office User") when nobody set an author.
    if (named(node, "creator") && fields.author.empty() && value != "Microsoft Office User")
      fields.author = value;
    if (named(node, "created") && fields.date.empty()) fields.date = leading_iso_date(value);
  }
}

// A relationship's target as a path in the zip: "/word/document.xml", "./word/document.xml" and
// "word/x/../document.xml" are "word/document.xml"; percent-escapes decoded; nullopt for a path
// leaving the package.
std::optional<std::string> package_path(const std::string& target) {
  std::string decoded;
  for (std::size_t i = 0; i < target.size(); ++i) {
    if (target[i] == '%' && i + 2 < target.size() &&
        std::isxdigit(static_cast<unsigned char>(target[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(target[i + 2]))) {
      decoded.push_back(static_cast<char>(std::stoi(target.substr(i + 1, 2), nullptr, 16)));
      i += 2;
    } else {
      decoded.push_back(target[i]);
    }
  }
  std::vector<std::string> parts;
  std::size_t from = 0;
  while (from <= decoded.size()) {
    const std::size_t slash = std::min(decoded.find('/', from), decoded.size());
    const std::string part = decoded.substr(from, slash - from);
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    from = slash + 1;
  }
  if (parts.empty()) return std::nullopt;
  std::string path;
  for (const auto& part : parts) path += (path.empty() ? "" : "/") + part;
  return path;
}

// The part a package relationship of `type` (the last segment of its Type URI) targets, from
// _rels/.rels: Word writes word/document.xml and docProps/core.xml, other writers other names.
// Targets are relative to the package root, with or without a leading "/".
std::optional<std::string> related_part(zip_t* archive, std::string_view type) {
  const auto rels = read_part(archive, "_rels/.rels");
  if (!rels) return std::nullopt;
  const auto doc = parse_xml(*rels);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return std::nullopt;
  for (const xmlNode* node = root->children; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE || !named(node, "Relationship")) continue;
    const std::string uri = attribute_of(node, "Type");
    if (!uri.ends_with(type) || uri.size() <= type.size() ||
        uri[uri.size() - type.size() - 1] != '/')
      continue;
    if (auto target = package_path(attribute_of(node, "Target"))) return target;
  }
  return std::nullopt;
}

}  // namespace

Result<DocumentText> read_docx_document(const std::string& bytes, const std::string& origin) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Error{ErrorCode::kInternal, origin + ": cannot read the archive", ""};
  }
  const std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!archive) {
    zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Error{ErrorCode::kInvalidInput, origin + ": not a readable .docx (" + why + ")",
                 "open it in a word processor and save it again as .docx"};
  }
  zip_error_fini(&error);
  // The part the relationships name, else where Word puts it.
  std::string body_part =
      related_part(archive.get(), "officeDocument").value_or("word/document.xml");
  auto body_xml = read_part(archive.get(), body_part.c_str());
  if (!body_xml && body_part != "word/document.xml") {
    body_part = "word/document.xml";
    body_xml = read_part(archive.get(), body_part.c_str());
  }
  if (!body_xml) {
    return Error{ErrorCode::kInvalidInput,
                 origin + ": a zip archive but not a Word document (no word/document.xml)",
                 "articles are .docx, .pdf, .html, .md or text files; unpack the archive first"};
  }
  const auto doc = parse_xml(*body_xml);
  // A spreadsheet or slides renamed .docx has an office document too, of another kind.
  if (doc && xmlDocGetRootElement(doc.get()) != nullptr &&
      !named(xmlDocGetRootElement(doc.get()), "document")) {
    return Error{ErrorCode::kInvalidInput,
                 origin + ": an Office file but not a Word document (its main part is <" +
                     reinterpret_cast<const char*>(xmlDocGetRootElement(doc.get())->name) + ">)",
                 "save it as .docx from a word processor, or export its text"};
  }
  if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) {
    return Error{ErrorCode::kInvalidInput,
                 origin +
                     ": the Word document's text is damaged XML (or declares a DTD, which "
                     "Word never writes)",
                 "open it in a word processor and save it again"};
  }
  DocumentText document;
  body_paragraphs(xmlDocGetRootElement(doc.get()), document);
  const std::string core_part =
      related_part(archive.get(), "core-properties").value_or("docProps/core.xml");
  if (const auto core = read_part(archive.get(), core_part.c_str()))
    read_core_properties(*core, document.fields);
  return document;
}

}  // namespace onrecord
