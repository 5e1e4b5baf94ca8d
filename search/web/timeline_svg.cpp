#include "web/timeline_svg.hpp"

#include <algorithm>

#include "output/json_output.hpp"

namespace onrecord {
namespace {

constexpr int kBarWidth = 10;  // in the viewBox; the SVG is stretched to the column's width
constexpr int kHeight = 100;
// A short span is drawn as narrow bars in the middle, not one bar across the page.
constexpr std::size_t kMinSlots = 12;

}  // namespace

std::string timeline_svg(const std::vector<TimelineBar>& bars) {
  if (bars.empty()) return {};
  std::size_t max = 1;
  for (const auto& b : bars) max = std::max(max, b.count);
  const std::size_t slots = std::max(kMinSlots, bars.size());
  const std::size_t first_slot = (slots - bars.size()) / 2;
  std::string svg = "<svg class=\"histogram\" role=\"list\" viewBox=\"0 0 " +
                    std::to_string(slots * kBarWidth) + " " + std::to_string(kHeight) +
                    "\" preserveAspectRatio=\"none\" xmlns=\"http://www.w3.org/2000/svg\">";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const TimelineBar& b = bars[i];
    const std::string words = html_escape(b.label + ": " + std::to_string(b.count));
    // A bar with any count is at least 4% tall, so that one match among thousands shows.
    const std::size_t height = b.count == 0 ? 0 : std::max<std::size_t>(4, b.count * kHeight / max);
    const std::string rect = "<rect x=\"" + std::to_string((first_slot + i) * kBarWidth + 1) +
                             "\" y=\"" + std::to_string(kHeight - height) + "\" width=\"" +
                             std::to_string(kBarWidth - 2) + "\" height=\"" +
                             std::to_string(height) + "\"><title>" + words + "</title></rect>";
    if (b.count == 0 || b.href.empty()) {
      svg += "<g role=\"listitem\" aria-label=\"" + words + "\">" + rect + "</g>";
    } else {
      svg += "<a role=\"listitem\" aria-label=\"" + words + "\" href=\"" + html_escape(b.href) +
             "\"" + (b.on ? " class=\"on\"" : "") + ">" + rect + "</a>";
    }
  }
  svg +=
      "</svg><div class=\"histogram-labels\"><span>" + html_escape(bars.front().label) + "</span>";
  if (bars.size() >= 5) svg += "<span>" + html_escape(bars[bars.size() / 2].label) + "</span>";
  return svg + "<span>" + html_escape(bars.back().label) + "</span></div>";
}

}  // namespace onrecord
