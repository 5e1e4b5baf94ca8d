// The hash of a file's bytes that an article's record keeps, so that `sync` re-indexes a file
// exactly when its bytes change (and alias tables report a change the same way).
#pragma once

#include <istream>
#include <string>
#include <string_view>

namespace onrecord {

std::string content_hash(std::string_view bytes);
// The same hash, of a whole stream read in chunks (the stream is left at its end).
std::string content_hash(std::istream& in);

}  // namespace onrecord
