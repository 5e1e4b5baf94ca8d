// The HTML of the speaker list (/speakers) and of one speaker's page (/speakers/NAME).
#pragma once

#include <string>

#include "engine/speakers.hpp"
#include "web/web_pages.hpp"

namespace onrecord {

std::string render_speaker_list_page(const SpeakerDirectory& directory, WriteAccess writes);
std::string render_speaker_page(const SpeakerProfile& profile, WriteAccess writes);

}  // namespace onrecord
