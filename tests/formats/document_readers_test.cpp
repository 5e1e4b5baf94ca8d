// Markdown notes, PDF transcripts and press releases, Word documents: built here as real files
// and read through the article reader's dispatch, good ones and broken ones.
#include <gtest/gtest.h>

#include "formats/article_reader.hpp"
#include "support/document_builders.hpp"
#include "support/test_support.hpp"

namespace onrecord {
namespace {

using testing::PdfLine;

ReadOutcome read_as(const std::string& bytes, ArticleFormat format, const std::string& origin) {
  ReadOptions options;
  options.default_id = "doc";
  options.format = format;
  return read_article_bytes(bytes, origin, options);
}

Article only_article(const ReadOutcome& outcome) {
  EXPECT_TRUE(outcome.errors.empty()) << outcome.errors.front().describe();
  EXPECT_EQ(outcome.articles.size(), 1u);
  return outcome.articles.empty() ? Article{} : outcome.articles.front();
}

std::string only_error(const ReadOutcome& outcome) {
  EXPECT_TRUE(outcome.articles.empty());
  EXPECT_EQ(outcome.errors.size(), 1u);
  return outcome.errors.empty() ? "" : outcome.errors.front().describe();
}

TEST(MarkdownReader, TextWithoutMarkupEachBlockAParagraph) {
  const Article a = only_article(read_as(
      "# Mayor Vows to Rebuild\n\nBy Jane Doe\n\nThe *mayor* said, \u201CWe "
      "[will](https://x.example) "
      "rebuild,\u201D\non Tuesday.\n\n## Reaction\n\n- Residents cheered.\n- Some `doubted` it.\n\n"
      "> \u201CIt is a start,\u201D said a neighbour.\n\n<div class=\"ad\">Buy now</div>\n\n"
      "![a flooded street](street.jpg)\n",
      ArticleFormat::kMarkdown, "notes/mayor.md"));
  EXPECT_EQ(a.fields.title, "Mayor Vows to Rebuild");
  EXPECT_EQ(a.fields.author, "Jane Doe");
  const std::vector<std::string> expected{
      "The mayor said, \u201CWe will rebuild,\u201D on Tuesday.", "Reaction", "Residents cheered.",
      "Some doubted it.", "\u201CIt is a start,\u201D said a neighbour."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(MarkdownReader, FrontMatterWinsAndPlainFirstLineIsTheTitle) {
  const Article with_front = only_article(read_as(
      "---\ntitle: From front matter\ndate: 2021-03-04\n---\n# Heading title\n\nText here.\n",
      ArticleFormat::kMarkdown, "a.md"));
  EXPECT_EQ(with_front.fields.title, "From front matter");
  EXPECT_EQ(with_front.fields.date, "2021-03-04");
  EXPECT_EQ(with_front.paragraphs, std::vector<std::string>{"Text here."});
  // With the title known, a plain first line is text.
  const Article titled = only_article(
      read_as("---\ntitle: Known\n---\nMayor Ruiz said that\n\u201Cwe will rebuild.\u201D\n",
              ArticleFormat::kMarkdown, "c.md"));
  EXPECT_EQ(titled.fields.title, "Known");
  EXPECT_EQ(titled.paragraphs,
            std::vector<std::string>{"Mayor Ruiz said that \u201Cwe will rebuild.\u201D"});
  // Written like a plain-text article: the first line is the title, as for .txt.
  const Article plain = only_article(
      read_as("Three\nThe third story about the aqueduct.\n", ArticleFormat::kMarkdown, "b.md"));
  EXPECT_EQ(plain.fields.title, "Three");
  EXPECT_EQ(plain.paragraphs, std::vector<std::string>{"The third story about the aqueduct."});
}

// A two-page transcript with a running head and page numbers, a word hyphenated at a line's end
// and a paragraph that goes on over the page break.
std::string transcript_pdf() {
  std::vector<PdfLine> first{{72, 760, 9, "CITY COUNCIL TRANSCRIPT"},
                             {72, 700, 16, "Council Hearing on the Levee"}};
  for (const PdfLine& line : testing::lay_out(
           {"MAYOR RUIZ: We cannot wait for the next flood. The levee must be built this year.",
            "COUNCILLOR BANKS: The plan costs too much and the public has not been heard."},
           60, 660))
    first.push_back(line);
  first.push_back({72, 560, 11, "The engineers told us the work would be finished by the govern-"});
  first.push_back({72, 546, 11, "ment's own deadline, and that the funding"});
  first.push_back({300, 40, 9, "1"});
  std::vector<PdfLine> second{{72, 760, 9, "CITY COUNCIL TRANSCRIPT"},
                              {72, 700, 11, "is already in the budget."},
                              {72, 672, 11, "MAYOR RUIZ: Thank you."},
                              {300, 40, 9, "2"}};
  return testing::build_pdf({first, second},
                            {{"Author", "City Clerk"}, {"CreationDate", "D:20240503120000Z"}});
}

// `text` broken into lines of at most `width` characters, at spaces.
std::vector<std::string> lay_out_words(const std::string& text, std::size_t width) {
  std::vector<std::string> lines{""};
  std::size_t from = 0;
  while (from < text.size()) {
    const std::size_t space = std::min(text.find(' ', from), text.size());
    const std::string word = text.substr(from, space - from);
    if (!lines.back().empty() && lines.back().size() + 1 + word.size() > width)
      lines.emplace_back();
    lines.back() += (lines.back().empty() ? "" : " ") + word;
    from = space + 1;
  }
  return lines;
}

TEST(PdfReader, TranscriptInReadingOrderWithoutRunningHeads) {
  const Article a = only_article(read_as(transcript_pdf(), ArticleFormat::kAuto, "hearing.pdf"));
  EXPECT_EQ(a.fields.title, "Council Hearing on the Levee");
  EXPECT_EQ(a.fields.author, "City Clerk");
  EXPECT_EQ(a.fields.date, "2024-05-03");
  const std::vector<std::string> expected{
      "MAYOR RUIZ: We cannot wait for the next flood. The levee must be built this year.",
      "COUNCILLOR BANKS: The plan costs too much and the public has not been heard.",
      "The engineers told us the work would be finished by the government's own deadline, and "
      "that the funding is already in the budget.",
      "MAYOR RUIZ: Thank you."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(PdfReader, TwoColumnsAreReadOneAfterTheOther) {
  // A newsletter page: two columns side by side, their lines on the same baselines, and written
  // into the page interleaved (left, right, left, …), so only the geometry gives the order.
  const std::vector<std::string> left = lay_out_words(
      "The council met on Tuesday to hear the plan for the levee, which engineers say must "
      "be finished before the spring floods arrive in the valley.",
      34);
  const std::vector<std::string> right = lay_out_words(
      "Residents asked who would pay for the work. The mayor said the state had promised "
      "half of the cost and the city would borrow the rest.",
      34);
  std::vector<testing::PdfLine> page;
  for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
    const double y = 720 - 14.0 * static_cast<double>(i);
    if (i < left.size()) page.push_back({72, y, 11, left[i]});
    if (i < right.size()) page.push_back({320, y, 11, right[i]});
  }
  const Article a = only_article(read_as(testing::build_pdf({page}), ArticleFormat::kPdf, "n.pdf"));
  std::string text;
  for (const auto& p : a.paragraphs) text += (text.empty() ? "" : " ") + p;
  EXPECT_EQ(text,
            "The council met on Tuesday to hear the plan for the levee, which engineers say must "
            "be finished before the spring floods arrive in the valley. Residents asked who "
            "would pay for the work. The mayor said the state had promised half of the cost and "
            "the city would borrow the rest.");
  EXPECT_EQ(a.fields.title, "") << "a first sentence is no headline";
}

TEST(PdfReader, TheOnlyParagraphAndAQuotedSentenceAreText) {
  const Article one = only_article(
      read_as(testing::build_pdf(
                  {testing::lay_out({"The mayor said: \u201CWe will rebuild the levee.\u201D"})}),
              ArticleFormat::kPdf, "one.pdf"));
  EXPECT_EQ(one.fields.title, "");
  EXPECT_EQ(one.paragraphs,
            std::vector<std::string>{"The mayor said: \u201CWe will rebuild the levee.\u201D"});
  // A headline in larger type over the story: the title.
  const Article two =
      only_article(read_as(testing::build_pdf({{{72, 720, 16, "Levee Plan Approved"},
                                                {72, 690, 11, "The council agreed."}}}),
                           ArticleFormat::kPdf, "two.pdf"));
  EXPECT_EQ(two.fields.title, "Levee Plan Approved");
}

TEST(PdfReader, TitleFromTheDocumentInformation) {
  const std::string pdf = testing::build_pdf(
      {testing::lay_out(
          {"\u201CWe are proud of this result,\u201D said chief executive Dana Ford."})},
      {{"Title", "Ford Reports Record Quarter"}});
  const Article a = only_article(read_as(pdf, ArticleFormat::kPdf, "release.pdf"));
  EXPECT_EQ(a.fields.title, "Ford Reports Record Quarter");
  EXPECT_EQ(a.paragraphs,
            std::vector<std::string>{
                "\u201CWe are proud of this result,\u201D said chief executive Dana Ford."});
}

TEST(PdfReader, ScannedTruncatedAndFakePdfsAreNamedErrors) {
  const std::string scanned = testing::build_pdf({{}, {}});
  EXPECT_NE(only_error(read_as(scanned, ArticleFormat::kAuto, "scan.pdf"))
                .find("scan.pdf: the PDF has no text layer"),
            std::string::npos);
  EXPECT_NE(only_error(read_as(scanned, ArticleFormat::kAuto, "scan.pdf")).find("ocrmypdf"),
            std::string::npos);
  const std::string whole = transcript_pdf();
  EXPECT_NE(only_error(read_as(whole.substr(0, whole.size() / 2), ArticleFormat::kAuto, "cut.pdf"))
                .find("cut.pdf: the PDF is truncated"),
            std::string::npos);
  EXPECT_NE(
      only_error(read_as("%PDF-1.4\nnot really a pdf\n%%EOF\n", ArticleFormat::kAuto, "fake.pdf"))
          .find("fake.pdf: not a readable PDF"),
      std::string::npos);
}

TEST(DocxReader, ParagraphsTitleStyleAndCoreProperties) {
  const std::string docx = testing::build_docx(
      {"#Airline Settles With Pilots", "The airline & its pilots reached a deal on Sunday.",
       "\u201CThis is a fair contract,\u201D said a spokeswoman for the airline, Rita Chu."},
      {{"dc:creator", "Press Office"}, {"dcterms:created", "2024-02-11T09:30:00Z"}});
  const Article a = only_article(read_as(docx, ArticleFormat::kAuto, "release.docx"));
  EXPECT_EQ(a.fields.title, "Airline Settles With Pilots");
  EXPECT_EQ(a.fields.author, "Press Office");
  EXPECT_EQ(a.fields.date, "2024-02-11");
  const std::vector<std::string> expected{
      "The airline & its pilots reached a deal on Sunday.",
      "\u201CThis is a fair contract,\u201D said a spokeswoman for the airline, Rita Chu."};
  EXPECT_EQ(a.paragraphs, expected);
}

TEST(DocxReader, ThePartsAreFoundThroughThePackageRelationships) {
  // Office 365 has saved the body as word/document2.xml; the package's _rels/.rels names it.
  const std::string docx =
      testing::build_docx({"The ferry returns on Monday."}, {{"dc:title", "Ferry Returns"}},
                          testing::DocxParts{"word/document2.xml", "docProps/core2.xml"});
  const Article a = only_article(read_as(docx, ArticleFormat::kAuto, "ferry.docx"));
  EXPECT_EQ(a.fields.title, "Ferry Returns");
  EXPECT_EQ(a.paragraphs, std::vector<std::string>{"The ferry returns on Monday."});
}

TEST(DocxReader, RelationshipTargetsAreReadAsPathsWithWordsPlaceAsFallback) {
  const auto read = [](const testing::DocxParts& parts, const std::string& target) {
    return read_as(testing::build_docx_with_target({"The ferry returns."}, parts, target),
                   ArticleFormat::kAuto, "ferry.docx");
  };
  EXPECT_EQ(only_article(read({}, "./word/document.xml")).paragraphs,
            std::vector<std::string>{"The ferry returns."});
  EXPECT_EQ(only_article(read({"word/sub/document.xml"}, "word/x/../sub/document.xml")).paragraphs,
            std::vector<std::string>{"The ferry returns."});
  EXPECT_EQ(only_article(read({}, "word/missing.xml")).paragraphs,
            std::vector<std::string>{"The ferry returns."})
      << "a relationship to nothing falls back to word/document.xml";
}

TEST(DocxReader, AnotherOfficeFileRenamedIsNamedSo) {
  const std::string xlsx = testing::build_zip("word/document.xml",
                                              "<?xml version=\"1.0\"?><workbook "
                                              "xmlns=\"http://schemas.openxmlformats.org/"
                                              "spreadsheetml/2006/main\"/>");
  EXPECT_NE(only_error(read_as(xlsx, ArticleFormat::kAuto, "sheet.docx"))
                .find("sheet.docx: an Office file but not a Word document (its main part is "
                      "<workbook>)"),
            std::string::npos);
}

TEST(DocxReader, ZipThatIsNotAWordDocumentAndTruncatedDocx) {
  const std::string zip = testing::build_zip("photos/one.txt", "not a document");
  EXPECT_NE(only_error(read_as(zip, ArticleFormat::kAuto, "photos.docx"))
                .find("photos.docx: a zip archive but not a Word document"),
            std::string::npos);
  const std::string docx = testing::build_docx({"Some text."});
  EXPECT_NE(only_error(read_as(docx.substr(0, docx.size() - 30), ArticleFormat::kAuto, "cut.docx"))
                .find("cut.docx: not a readable .docx"),
            std::string::npos);
}

TEST(DocxReader, ADocumentTypeDeclarationIsRefused) {
  // "Billion laughs": entities that expand a kilobyte into gigabytes when the text is read.
  std::string dtd = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">";
  for (int i = 1; i < 9; ++i) {
    std::string ten;
    for (int j = 0; j < 10; ++j) ten += "&" + std::string(1, static_cast<char>('a' + i - 1)) + ";";
    dtd += "<!ENTITY " + std::string(1, static_cast<char>('a' + i)) + " \"" + ten + "\">";
  }
  dtd += "]>";
  const std::string xml = "<?xml version=\"1.0\"?>" + dtd +
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                          "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&i;</w:t></w:r>"
                          "</w:p></w:body></w:document>";
  const std::string docx = testing::build_zip("word/document.xml", xml);
  EXPECT_NE(only_error(read_as(docx, ArticleFormat::kAuto, "laughs.docx")).find("declares a DTD"),
            std::string::npos);
}

TEST(DocumentReaders, FilesAreReadByWhatTheyAre) {
  testing::TempDir dir;
  testing::write_file(dir / "page.htm", "<p>Text of a page.</p>");
  testing::write_file(dir / "release.txt", testing::build_docx({"A release saved as .txt."}));
  testing::write_file(dir / "note.md", "# Note\n\n**Bold** text.\n");
  ReadOptions options;
  options.default_id = "x";
  EXPECT_EQ(only_article(read_article_file(dir / "page.htm", options)).paragraphs,
            std::vector<std::string>{"Text of a page."});
  EXPECT_EQ(only_article(read_article_file(dir / "release.txt", options)).paragraphs,
            std::vector<std::string>{"A release saved as .txt."});
  EXPECT_EQ(only_article(read_article_file(dir / "note.md", options)).paragraphs,
            std::vector<std::string>{"Bold text."});
}

}  // namespace
}  // namespace onrecord
