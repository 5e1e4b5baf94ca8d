#include "web/timeline_svg.hpp"

#include <algorithm>

#include "web/page_template.hpp"
#include "web/templates.hpp"

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
  TemplateList drawn;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const TimelineBar& b = bars[i];
    // A bar with any count is at least 4% tall, so that one match among thousands shows.
    const std::size_t height = b.count == 0 ? 0 : std::max<std::size_t>(4, b.count * kHeight / max);
    TemplateData bar;
    bar.set("words", b.label + ": " + std::to_string(b.count));
    bar.set("linked", flag(b.count > 0 && !b.href.empty()));
    bar.set("href", b.href);
    bar.set("on", flag(b.on));
    bar.set("x", std::to_string((first_slot + i) * kBarWidth + 1));
    bar.set("y", std::to_string(kHeight - height));
    bar.set("bar_width", std::to_string(kBarWidth - 2));
    bar.set("bar_height", std::to_string(height));
    drawn.push_back(bar);
  }
  TemplateList labels{TemplateData(bars.front().label)};
  if (bars.size() >= 5) labels.emplace_back(bars[bars.size() / 2].label);
  labels.emplace_back(bars.back().label);
  TemplateData svg;
  svg.set("width", std::to_string(slots * kBarWidth));
  svg.set("height", std::to_string(kHeight));
  svg.set("bars", drawn);
  svg.set("labels", labels);
  return render_template(templates::kTimeline, svg);
}

}  // namespace onrecord
