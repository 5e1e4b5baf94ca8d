// One error type for the whole project: what went wrong (naming the file and line where there is
// one) and a hint saying what the user can do about it. Result<T> carries a value or an Error.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace onrecord {

enum class ErrorCode {
  kInvalidInput,    // an article or argument the user gave is malformed
  kNotFound,        // a file, database or article that does not exist
  kLocked,          // another writer holds the database
  kSchemaMismatch,  // database written by an incompatible onrecord
  kIo,              // the system refused a read or write
  kBadQuery,        // a query that cannot be read
  kInternal,        // a bug or an unexpected library failure
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string hint;

  [[nodiscard]] std::string describe() const {
    return hint.empty() ? message : message + " (" + hint + ")";
  }
};

// Thrown only across deep call chains (e.g. from inside a Xapian callback); caught at the
// command boundary and turned back into an Error.
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

  // Unwraps or throws, for code paths where failure is a programming error.
  T take() && {
    if (!ok()) throw ErrorException(error());
    return std::get<0>(std::move(state_));
  }

 private:
  std::variant<T, Error> state_;
};

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status ok_status() { return Done{}; }

}  // namespace onrecord
