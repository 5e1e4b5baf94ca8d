// End-to-end tests of dates as intervals: periods the text mentions (a quarter, a decade, a
// winter, an ISO week) are found by every range they overlap, and the facets count them as the
// filter finds them.
#include "cli/cli_fixture.hpp"

namespace onrecord {
namespace {

using testing::write_file;

class DatePeriodsTest : public CliTest {
 protected:
  void SetUp() override {
    write_file(dir_ / "quarter.txt",
               "---\ndate: 2012-10-20\n---\nEarnings\nThe carmaker earned more in the third "
               "quarter of 2012 than analysts had expected.\n");
    write_file(dir_ / "decade.txt",
               "---\ndate: 2011-01-17\n---\nSales\nThe carmaker sold more cars in the 1990s "
               "than it does now.\n");
    write_file(dir_ / "winter.txt",
               "---\ndate: 2013-05-01\n---\nHeating\nThe carmaker cut heating costs in the "
               "winter of 2012 at every plant.\n");
    write_file(dir_ / "week.txt",
               "---\ndate: 2015-01-02\n---\nRecall\nThe carmaker recalled vans this week.\n");
    ASSERT_EQ(index("add " + at("quarter.txt") + " " + at("decade.txt") + " " + at("winter.txt") +
                    " " + at("week.txt"))
                  .exit_code,
              0);
  }
  std::size_t total(const std::string& options) {
    return search_json("carmaker", options)["total"].get<std::size_t>();
  }
};

TEST_F(DatePeriodsTest, AMentionedPeriodIsFoundByEveryRangeItOverlaps) {
  EXPECT_EQ(total("--mentions 2012-08..2012-08"), 1u);  // inside the third quarter
  EXPECT_EQ(total("--mentions 2012-11"), 0u);           // neither the quarter nor the winter
  EXPECT_EQ(total("--mentions 2012-Q3"), 1u);
  EXPECT_EQ(total("--mentions 1990s"), 1u);
  EXPECT_EQ(total("--mentions 199X"), 1u);
  EXPECT_EQ(total("--mentions 1995-06"), 1u);     // inside the decade
  EXPECT_EQ(total("--mentions 2013-01"), 1u);     // the winter of 2012 reaches into 2013
  EXPECT_EQ(total("--mentions 2014-12-30"), 1u);  // 2015-W01 starts on 29 December 2014
  EXPECT_EQ(total("--mentions 2015-W01"), 1u);
  EXPECT_EQ(total("--mentions 2011..2011"), 0u);
}

TEST_F(DatePeriodsTest, APublicationDateIsFoundByAPeriodFilter) {
  EXPECT_EQ(total("--date 2012-Q4"), 1u);
  EXPECT_EQ(total("--date 2010s"), 4u);
  EXPECT_EQ(total("--date 2013-SP"), 1u);  // 1 May 2013
  const auto bad = search("--json --date 2012-Q5 -- carmaker");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.out.find("quarters are Q1-Q4"), std::string::npos) << bad.out;
}

TEST_F(DatePeriodsTest, FacetsCountPeriodsAsTheFilterFindsThem) {
  const auto all = search_json("carmaker");
  ASSERT_FALSE(all["facets"]["mentioned"].empty());
  for (const auto& facet : all["facets"]["mentioned"]) {
    if (facet["value"].is_null()) continue;
    const std::string value = facet["value"];
    EXPECT_EQ(total("--mentions " + value), facet["count"].get<std::size_t>()) << value;
  }
}

TEST_F(DatePeriodsTest, DatesCommandGivesValueGrainAndInterval) {
  const auto r = index("dates " + at("quarter.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto line = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(line["text"], "the third quarter of 2012");
  EXPECT_EQ(line["value"], "2012-Q3");
  EXPECT_EQ(line["grain"], "quarter");
  EXPECT_EQ(line["interval"]["start"], "2012-07-01");
  EXPECT_EQ(line["interval"]["end"], "2012-09-30");
}

}  // namespace
}  // namespace onrecord
