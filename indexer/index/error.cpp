#include "index/error.hpp"

#include <xapian.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <new>

namespace onrecord {
namespace {

constexpr std::string_view kReportHint = "please report it with the command that caused it";

}  // namespace

void print_error(const Error& error) { std::cerr << "error: " << error.describe() << "\n"; }

Error error_from_current_exception() {
  try {
    throw;
  } catch (const ErrorException& e) {
    return e.error();
  } catch (const Xapian::DatabaseCorruptError& e) {
    return Error{ErrorCode::kDamaged, "the database is damaged: " + e.get_description(),
                 std::string(kRebuildHint)};
  } catch (const Xapian::DatabaseLockError& e) {
    return Error{ErrorCode::kLocked, "the database is locked: " + e.get_description(),
                 "another onrecord-index or server is writing to it; try again when it is done"};
  } catch (const Xapian::NetworkError& e) {
    // Xapian's description names the shard ("remote:tcp(127.0.0.1:7001)").
    return Error{ErrorCode::kUnavailable,
                 "a shard of the index cannot be reached: " + e.get_description(),
                 "start its server (scripts/shards-up) or correct the stub file, then try again"};
  } catch (const Xapian::Error& e) {
    if (const char* cause = e.get_error_string();
        cause != nullptr && (std::string_view(cause) == std::strerror(ENOSPC) ||
                             std::string_view(cause) == std::strerror(EFBIG)))
      return Error{ErrorCode::kIo, std::string("the database's disk is full (") + cause + ")",
                   "free some space and run it again: what was committed is kept, and articles "
                   "already indexed are skipped"};
    return Error{ErrorCode::kIo, "database: " + e.get_description(), ""};
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::kInternal, "out of memory", "try a smaller input or batch"};
  } catch (const std::exception& e) {
    return Error{ErrorCode::kInternal, std::string("internal error: ") + e.what(),
                 std::string(kReportHint)};
  } catch (...) {
    return Error{ErrorCode::kInternal, "internal error", std::string(kReportHint)};
  }
}

int exit_with(const Error& error) {
  print_error(error);
  return exit_status(exit_code_of(error.code));
}

void throw_damaged(std::string message) {
  throw ErrorException(Error{ErrorCode::kDamaged, std::move(message), std::string(kRebuildHint)});
}

void throw_internal(std::string message) {
  throw ErrorException(Error{ErrorCode::kInternal, std::move(message), std::string(kReportHint)});
}

}  // namespace onrecord
