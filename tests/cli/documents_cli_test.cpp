// End-to-end: a folder as a newsroom keeps it (a saved web page, a PDF transcript, a Word press
// release, Markdown notes, a photo and a broken file) synced and searched.
#include <gtest/gtest.h>

#include "cli/cli_fixture.hpp"
#include "support/document_builders.hpp"

namespace onrecord {
namespace {

using testing::write_file;

class DocumentsCliTest : public CliTest {};

constexpr const char* kPage = R"html(<!DOCTYPE html><html><head><title>Levee | Courier</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council Approves Levee Plan",
"author":{"name":"Jane Doe"},"datePublished":"2024-05-03T10:00:00Z",
"publisher":{"name":"The River Courier"},"url":"https://courier.example/levee"}</script>
</head><body><nav>Home | Weather</nav><article><h1>Council Approves Levee Plan</h1>
<p>The council approved the levee plan on Friday.</p>
<p>&ldquo;We cannot wait for the next flood,&rdquo; said Mayor Ana Ruiz.</p></article>
<section class="comments"><p>"Terrible plan," wrote a reader named Bob Smith.</p></section>
</body></html>)html";

TEST_F(DocumentsCliTest, SyncReadsEachFormatAndNamesWhatItSkips) {
  write_file(dir_ / "news/levee.html", kPage);
  write_file(
      dir_ / "news/hearing.pdf",
      testing::build_pdf({testing::lay_out(
          {"Dam Inspection Hearing",
           "\u201CThe spillway needs repairs before the spring melt,\u201D said chief engineer "
           "Olga Brandt."})}));
  write_file(dir_ / "news/release.docx",
             testing::build_docx({"#Airline Settles With Pilots",
                                  "\u201CThis is a fair contract for our crews,\u201D said union "
                                  "president Maya Okafor."}));
  write_file(dir_ / "news/notes.md",
             "# Harbor Notes\n\n\u201CThe *dredging* starts in June,\u201D "
             "said harbor master Luis Ortega.\n");
  write_file(dir_ / "news/photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\0", 6));
  write_file(dir_ / "news/broken.docx", testing::build_zip("a.txt", "not a document"));
  const auto r = index("sync " + at("news"));
  EXPECT_EQ(r.exit_code, 1) << "one file failed: " << r.err;
  EXPECT_NE(r.out.find("sync: 4 added"), std::string::npos) << r.out << r.err;
  EXPECT_NE(r.out.find("skipped, .jpg is not an article format"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("photo.jpg"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("broken.docx: a zip archive but not a Word document"), std::string::npos)
      << r.err;

  const auto flood = search_json("flood");
  ASSERT_EQ(flood["total"], 1);
  const auto& hit = flood["results"][0];
  EXPECT_EQ(hit["article"]["title"], "Council Approves Levee Plan");
  EXPECT_EQ(hit["article"]["date"], "2024-05-03");
  EXPECT_EQ(hit["article"]["source"], "The River Courier");
  EXPECT_EQ(hit["speakers"], nlohmann::json::array({"Ana Ruiz"}));
  EXPECT_EQ(search_json("terrible")["total"], 0) << "a reader's comment is not the story";
  EXPECT_EQ(search_json("spillway")["results"][0]["speakers"],
            nlohmann::json::array({"Olga Brandt"}));
  EXPECT_EQ(search_json("contract")["results"][0]["article"]["title"],
            "Airline Settles With Pilots");
  EXPECT_EQ(search_json("contract")["results"][0]["speakers"],
            nlohmann::json::array({"Maya Okafor"}));
  EXPECT_EQ(search_json("dredging")["results"][0]["speakers"],
            nlohmann::json::array({"Luis Ortega"}));
  EXPECT_EQ(search_json("dredging")["results"][0]["passage"]["text"].get<std::string>().find('*'),
            std::string::npos)
      << "Markdown is indexed without its markup";
}

TEST_F(DocumentsCliTest, AWebPageFromStandardInput) {
  const auto r = testing::run("printf '%s' " + testing::shell_quote(kPage) + " | " +
                              std::string(ONRECORD_INDEX_BIN) + " --db " +
                              testing::shell_quote(db().string()) + " add -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto flood = search_json("flood");
  ASSERT_EQ(flood["total"], 1);
  EXPECT_EQ(flood["results"][0]["article"]["title"], "Council Approves Levee Plan");
}

}  // namespace
}  // namespace onrecord
