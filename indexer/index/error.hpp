// One error channel for the whole project: an Error says what went wrong (naming the file and
// line where there is one), a hint says what the user can do, and its code decides the exit
// status (exit_code_of) and the HTTP status. Result<T> carries a value or an Error; code deep
// inside a Xapian callback throws ErrorException, and every command boundary turns whatever
// was thrown back into an Error (error_from_current_exception), so nothing else escapes main.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace onrecord {

enum class ErrorCode {
  kInvalidInput,    // an article or argument the user gave is malformed
  kNotFound,        // a file, database or article that does not exist
  kLocked,          // another writer holds the database
  kUnavailable,     // a shard of the index cannot be reached (its server is down)
  kSchemaMismatch,  // database written by an incompatible onrecord
  kIo,              // the system refused a read or write
  kBadQuery,        // a query that cannot be read
  kUsage,           // a command line that cannot be read
  kDamaged,         // data in the database that cannot be read back: rebuild it
  kInternal,        // a bug or an unexpected library failure
};

// What the tools exit with (README: exit status).
enum class ExitCode : int {
  kOk = 0,
  kSomeInputsFailed = 1,  // each failed input named on standard error, every good one done
  kNothingDone = 2,       // an error stopped the command before it changed anything
};

// Every error that stops a command stops it before it changed anything (commits are whole
// articles), so each has the same status; the kind still tells the HTTP status apart.
constexpr ExitCode exit_code_of(ErrorCode /*code*/) { return ExitCode::kNothingDone; }
constexpr int exit_status(ExitCode code) { return static_cast<int>(code); }

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string hint;

  [[nodiscard]] std::string describe() const {
    return hint.empty() ? message : message + " (" + hint + ")";
  }
};

// Thrown where a Result cannot be returned (inside a Xapian callback, a decoder deep in a
// search, a constructor) or by Result::take(); caught at the command boundary (each main, the
// searcher, the bulk build) and turned back into an Error.
class ErrorException : public std::runtime_error {
 public:
  explicit ErrorException(Error error)
      : std::runtime_error(error.describe()), error_(std::move(error)) {}
  [[nodiscard]] const Error& error() const { return error_; }

 private:
  Error error_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  [[nodiscard]] const Error& error() const { return std::get<1>(state_); }

  // Unwraps, or throws the error as an ErrorException for the command boundary to report.
  T take() && {
    if (!ok()) throw ErrorException(error());
    return std::get<0>(std::move(state_));
  }

 private:
  std::variant<T, Error> state_;
};

// Writes "error: MESSAGE (HINT)" to standard error.
void print_error(const Error& error);

// The Error of the exception being handled (call it inside a catch block): an ErrorException's
// own, a damaged or locked database from Xapian's, anything else an internal error.
Error error_from_current_exception();

// Prints the error and gives the status to exit with.
int exit_with(const Error& error);

// The status for a command line that could not be read, given the one CLI11's App::exit
// returned after printing its message: 0 stays 0 (--help), any other is a usage error.
constexpr int usage_exit_status(int cli11_status) {
  return cli11_status == 0 ? 0 : exit_status(exit_code_of(ErrorCode::kUsage));
}

// The hint of every kDamaged error.
inline constexpr std::string_view kRebuildHint =
    "rebuild the database: `onrecord-index --db NEW sync DIR`";
[[noreturn]] void throw_damaged(std::string message);
// For failures of a library that should not fail (ICU data missing, zstd refusing its input).
[[noreturn]] void throw_internal(std::string message);

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status ok_status() { return Done{}; }

}  // namespace onrecord
