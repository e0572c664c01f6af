#pragma once

#include <stdexcept>
#include <string>

namespace dongmao {

// Process exit statuses, after sysexits.h, that scripts and cron act on.
enum class ExitStatus : int
{
  ok = 0,
  failure = 1,
  alert = 3,         // --fail-if-any: something listed needs attention (not an error)
  usage = 64,        // EX_USAGE: bad command line
  data_error = 65,   // EX_DATAERR: bad input data
  no_input = 66,     // EX_NOINPUT: input file or workspace missing
  cant_create = 73,  // EX_CANTCREAT: cannot create output
  io_error = 74,     // EX_IOERR: writing failed (disk full, I/O error)
  temp_failure = 75, // EX_TEMPFAIL: workspace busy, retry later
  config = 78,       // EX_CONFIG: bad settings
};

// Base of every error dongmao reports; carries the exit status it maps to. The message is
// one line, in the form "what: where: why", without the "dongmao: error:" prefix.
class Error : public std::runtime_error
{
public:
  Error(ExitStatus status, const std::string& message) : std::runtime_error(message), m_status(status) {}

  // The exit status the process should end with.
  ExitStatus status() const noexcept { return m_status; }

private:
  ExitStatus m_status;
};

// The command line is wrong (64).
class UsageError : public Error
{
public:
  explicit UsageError(const std::string& message) : Error(ExitStatus::usage, message) {}
};

// Input data is wrong: a bad row, an impossible date, an action out of order (65).
class DataError : public Error
{
public:
  explicit DataError(const std::string& message) : Error(ExitStatus::data_error, message) {}
};

// An input file or the workspace does not exist (66).
class InputMissing : public Error
{
public:
  explicit InputMissing(const std::string& message) : Error(ExitStatus::no_input, message) {}
};

// An output file or workspace cannot be created (73).
class CannotCreate : public Error
{
public:
  explicit CannotCreate(const std::string& message) : Error(ExitStatus::cant_create, message) {}
};

// Writing an output failed part-way: a full disk, a quota, an I/O error (74).
class IoError : public Error
{
public:
  explicit IoError(const std::string& message) : Error(ExitStatus::io_error, message) {}
};

// The workspace is locked by another writer; the caller may retry later (75).
class Busy : public Error
{
public:
  explicit Busy(const std::string& message) : Error(ExitStatus::temp_failure, message) {}
};

// A setting in dongmao.toml or a mapping file is malformed or out of range (78).
class ConfigError : public Error
{
public:
  explicit ConfigError(const std::string& message) : Error(ExitStatus::config, message) {}
};

} // namespace dongmao
