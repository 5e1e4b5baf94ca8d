// One quotation's own page (/quotes/ID): the words, who said them and when, every article that
// reported them (earliest first), the passage around them, and a citation ready to paste.
#pragma once

#include <string>

#include "engine/result_model.hpp"
#include "web/web_pages.hpp"

namespace onrecord {

// "Ana Ruiz, “We cannot wait for the next flood,” The River Courier, 2024-05-03,
// https://…": speaker (or role), the words, outlet, date and address of the earliest report.
std::string citation_text(const SearchHit& hit);

std::string render_quote_page(const SearchHit& hit, WriteAccess writes);

}  // namespace onrecord
