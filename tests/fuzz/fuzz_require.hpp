// A property a fuzz target checks: a violation aborts, which libFuzzer reports as a finding
// with the input that caused it.
#pragma once

#include <cstdlib>

namespace onrecord::fuzz {

inline void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace onrecord::fuzz
