// Speakers written out: the directory and one speaker's profile, as versioned JSON (the CLI's
// `speakers --json` and the web API alike) and as terminal text.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "engine/speakers.hpp"

namespace onrecord {

nlohmann::ordered_json to_json(const SpeakerDirectory& directory);
nlohmann::ordered_json to_json(const SpeakerProfile& profile);

void print_text(std::ostream& out, const SpeakerDirectory& directory);
void print_text(std::ostream& out, const SpeakerProfile& profile);

}  // namespace onrecord
