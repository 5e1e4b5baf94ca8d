#include "web/url_query.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace onrecord {

std::string url_encode(const std::string& value) {
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

QueryParams QueryParams::with(const std::string& key, const std::string& value) const {
  QueryParams next = without(key);
  next.params_.emplace_back(key, value);
  return next;
}

QueryParams QueryParams::toggled(const std::string& key, const std::string& value) const {
  QueryParams next = *this;
  const auto entry = std::make_pair(key, value);
  const auto it = std::find(next.params_.begin(), next.params_.end(), entry);
  if (it != next.params_.end()) {
    next.params_.erase(it);
  } else {
    next.params_.push_back(entry);
  }
  return next;
}

QueryParams QueryParams::without(const std::string& key) const {
  QueryParams next = *this;
  std::erase_if(next.params_, [&key](const auto& p) { return p.first == key; });
  return next;
}

bool QueryParams::has(const std::string& key, const std::string& value) const {
  return std::find(params_.begin(), params_.end(), std::make_pair(key, value)) != params_.end();
}

std::string QueryParams::link(const std::string& path) const {
  std::string out = path;
  char separator = '?';
  for (const auto& [key, value] : params_) {
    if (value.empty()) continue;
    out += separator + url_encode(key) + "=" + url_encode(value);
    separator = '&';
  }
  return out;
}

}  // namespace onrecord
