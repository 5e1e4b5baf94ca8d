// libFuzzer target: bytes read back from a database (a damaged or hostile record) through the
// passage-data and passage-codec decoders. They return the data, or report damage (an
// ErrorException); memory stays bounded (run with -malloc_limit_mb).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "index/error.hpp"
#include "index/passage_codec.hpp"
#include "index/stored_data.hpp"

namespace {

const onrecord::PassageCodec& codec() {
  static const onrecord::PassageCodec instance = [] {
    std::vector<std::string> samples;
    for (int i = 0; i < 400; ++i)
      samples.push_back("The council met on item " + std::to_string(i) +
                        " and said \u201Cwe will fix the levee\u201D before the storm season.");
    return onrecord::PassageCodec(*onrecord::PassageCodec::train_dictionary(samples));
  }();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)codec().decompress(bytes);
  for (const PassageCodec* with : {&codec(), static_cast<const PassageCodec*>(nullptr)}) {
    try {
      (void)decode_passage_data(bytes, "fuzz", with);
    } catch (const ErrorException&) {
      // reported as damage: the expected answer to bad bytes
    }
  }
  return 0;
}
