// First names common in English-language news, with the gender they usually carry, and the
// names of countries, regions and peoples that are places rather than speakers. Both are
// generic lexicons of the language, not of any article: they let the name rules split a role
// or organisation off the front of a person's name ("Secretary of the Air Force James Roche"),
// give a pronoun its likely antecedent, and keep "the US" or "American" from becoming people.
#pragma once

#include <optional>
#include <string_view>

#include "quotes/name_registry.hpp"

namespace onrecord {

// The gender a given name usually carries, or nullopt when it is not a common given name.
// `name` is as written ("James", "Mary"); names common for both are on neither list.
std::optional<Gender> given_name_gender(std::string_view name);

// Whether a capitalised word (or two) names a country, region or people: "US", "Britain",
// "American", "Europe". `lower` is lower-cased.
bool is_place_or_people(std::string_view lower);

}  // namespace onrecord
