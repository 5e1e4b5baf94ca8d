#include "support/document_builders.hpp"

#include <zip.h>

#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace onrecord::testing {
namespace {

// UTF-8 to a PDF string literal in WinAnsiEncoding, for the characters tests use.
std::string pdf_string(const std::string& utf8) {
  std::string out = "(";
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const char c = utf8[i];
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x80) {
      out += c;
    } else {
      const std::string rest = utf8.substr(i, 3);
      const char* code = rest == "\u201C"   ? "\\223"
                         : rest == "\u201D" ? "\\224"
                         : rest == "\u2019" ? "\\222"
                         : rest == "\u2014" ? "\\227"
                                            : nullptr;
      if (code == nullptr) throw std::invalid_argument("build_pdf: unsupported character");
      out += code;
      i += 2;
    }
  }
  return out + ")";
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string build_pdf(const std::vector<std::vector<PdfLine>>& pages,
                      const std::map<std::string, std::string>& info) {
  std::vector<std::string> objects;  // object i+1
  objects.emplace_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.emplace_back();  // the page tree, once the page objects are numbered
  objects.emplace_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  std::string kids;
  for (const auto& lines : pages) {
    std::ostringstream content;
    for (const PdfLine& line : lines)
      content << "BT /F1 " << line.size << " Tf " << line.x << ' ' << line.y << " Td "
              << pdf_string(line.text) << " Tj ET\n";
    const std::string stream = content.str();
    const std::size_t page_number = objects.size() + 1;
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
        ">> /Contents " +
        std::to_string(page_number + 1) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "endstream");
    kids += std::to_string(page_number) + " 0 R ";
  }
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string info_dict = "<< ";
  for (const auto& [key, value] : info) info_dict += "/" + key + " " + pdf_string(value) + " ";
  objects.push_back(info_dict + ">>");
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info " +
         std::to_string(objects.size()) + " 0 R >>\nstartxref\n" + std::to_string(xref) +
         "\n%%EOF\n";
  return pdf;
}

std::vector<PdfLine> lay_out(const std::vector<std::string>& paragraphs, std::size_t width,
                             double top) {
  std::vector<PdfLine> lines;
  double y = top;
  for (const std::string& paragraph : paragraphs) {
    std::istringstream words(paragraph);
    std::string line;
    for (std::string word; words >> word;) {
      if (!line.empty() && line.size() + 1 + word.size() > width) {
        lines.push_back({72, y, 11, line});
        y -= 14;
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) lines.push_back({72, y, 11, line});
    y -= 28;
  }
  return lines;
}

namespace {

std::string build_zip_of(const std::map<std::string, std::string>& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("build_zip: cannot open");
  zip_source_keep(buffer);
  for (const auto& [name, content] : files) {
    zip_source_t* file = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (zip_file_add(archive, name.c_str(), file, ZIP_FL_OVERWRITE) < 0)
      throw std::runtime_error("build_zip: add");
  }
  if (zip_close(archive) != 0) throw std::runtime_error("build_zip: close");
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace

std::string build_zip(const std::string& name, const std::string& content) {
  return build_zip_of({{name, content}});
}

namespace {

std::string docx_of(const std::vector<std::string>& paragraphs,
                    const std::map<std::string, std::string>& core, const DocxParts& parts,
                    const std::string& target) {
  std::string body;
  for (const std::string& p : paragraphs) {
    const bool title = p.starts_with('#');
    body += "<w:p>";
    if (title) body += "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>";
    body += "<w:r><w:t xml:space=\"preserve\">" + xml_escape(title ? p.substr(1) : p) +
            "</w:t></w:r></w:p>";
  }
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
      body + "</w:body></w:document>";
  std::string properties =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">";
  for (const auto& [key, value] : core)
    properties += "<" + key + ">" + xml_escape(value) + "</" + key + ">";
  properties += "</cp:coreProperties>";
  const std::string relationships =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"" +
      target +
      "\"/><Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
      "core-properties\" Target=\"/" +
      parts.properties + "\"/></Relationships>";
  return build_zip_of({{"[Content_Types].xml",
                        "<?xml version=\"1.0\"?><Types "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
                       {"_rels/.rels", relationships},
                       {parts.document, document},
                       {parts.properties, properties}});
}

}  // namespace

std::string build_docx(const std::vector<std::string>& paragraphs,
                       const std::map<std::string, std::string>& core, const DocxParts& parts) {
  return docx_of(paragraphs, core, parts, parts.document);
}

std::string build_docx_with_target(const std::vector<std::string>& paragraphs,
                                   const DocxParts& parts, const std::string& target) {
  return docx_of(paragraphs, {}, parts, target);
}

}  // namespace onrecord::testing
