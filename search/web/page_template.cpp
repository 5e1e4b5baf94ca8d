#include "web/page_template.hpp"

#include "output/json_output.hpp"

namespace onrecord {

std::string render_template(std::string_view text, const TemplateData& data) {
  kainjow::mustache::mustache page{std::string(text)};
  page.set_custom_escape([](const std::string& value) { return html_escape(value); });
  if (!page.is_valid())
    return "<p class=\"error\">template error: " + html_escape(page.error_message()) + "</p>";
  return page.render(data);
}

}  // namespace onrecord
