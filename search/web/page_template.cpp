#include "web/page_template.hpp"

#include <map>
#include <memory>

#include "output/json_output.hpp"

namespace onrecord {

std::string render_template(std::string_view text, const TemplateData& data) {
  // kainjow's render() is not const (it records errors), so each server thread keeps its own
  // parsed copies; templates are static, so their address and length name them.
  thread_local std::map<std::pair<const char*, std::size_t>,
                        std::unique_ptr<kainjow::mustache::mustache>>
      parsed;
  auto& page = parsed[{text.data(), text.size()}];
  if (!page) {
    page = std::make_unique<kainjow::mustache::mustache>(std::string(text));
    page->set_custom_escape([](const std::string& value) { return html_escape(value); });
  }
  if (!page->is_valid())
    return "<p class=\"error\">template error: " + html_escape(page->error_message()) + "</p>";
  return page->render(data);
}

TemplateData text_or_false(const std::string& text) {
  return text.empty() ? TemplateData(false) : TemplateData(text);
}

TemplateData flag(bool on) { return TemplateData(on); }

}  // namespace onrecord
