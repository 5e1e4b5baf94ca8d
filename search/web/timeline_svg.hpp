// A timeline drawn on the server as SVG: one bar per step of a linear time axis (years, decades
// or months, empty steps kept so that distance is time), each bar a link that narrows to its
// span, with its count in words for screen readers and as a tooltip. No script, no inline style
// (the Content-Security-Policy allows neither): heights are SVG geometry.
#pragma once

#include <string>
#include <vector>

namespace onrecord {

struct TimelineBar {
  std::string label;  // "1820s", "2024", "2024-05"
  std::size_t count = 0;
  std::string href;  // where a click leads (empty: not a link)
  bool on = false;   // the filter in force
};

// The SVG and, under it, the first, middle and last labels.
std::string timeline_svg(const std::vector<TimelineBar>& bars);

}  // namespace onrecord
