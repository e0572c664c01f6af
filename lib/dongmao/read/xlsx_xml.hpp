#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

struct XML_ParserStruct;

namespace dongmao::read {

class ByteSource;

// Receives the events of an XmlParser. Names arrive without their namespace prefix, since
// generators differ in prefixes (x:, or none) and the local names are unambiguous in OOXML.
// A handler may throw; the exception is carried across expat and rethrown by the parser.
class XmlHandler
{
public:
  virtual ~XmlHandler() = default;

  // An element starts; `attributes` is expat's null-terminated name/value array.
  virtual void on_start(std::string_view name, const char** attributes) = 0;

  // An element ends.
  virtual void on_end(std::string_view name) = 0;

  // A piece of character data; one text node may arrive in several pieces.
  virtual void on_text(std::string_view text) = 0;
};

// Streams one archive member through expat into a handler. Documents with a DOCTYPE are
// refused outright, which rules out entity expansion (billion laughs) and external entities.
class XmlParser
{
public:
  // What one step of parsing ended with.
  enum class Status
  {
    more,      // a chunk was parsed; call step() again
    suspended, // the handler asked for a pause (rows queued); step() resumes
    done,      // the document ended, or the handler stopped it
  };

  // `source` must outlive the parser; `where` ("<file>: <member>") starts its messages.
  XmlParser(XmlHandler& handler, ByteSource& source, std::string where);
  XmlParser(const XmlParser&) = delete;
  XmlParser& operator=(const XmlParser&) = delete;
  ~XmlParser();

  // Parses the next chunk of the member (or resumes a pause); throws DataError when the
  // XML is malformed or refused, and rethrows whatever a handler threw.
  Status step();

  // Parses the whole member.
  void parse_all();

  // From a handler: pause after the current event, so the caller can drain its queue.
  void suspend();

  // From a handler: the rest of the document is of no interest.
  void stop();

  // Bytes of the member handed to expat so far.
  std::uint64_t bytes_fed() const { return m_fed; }

  // "<file>: <member>", the start of messages about this document.
  const std::string& where() const { return m_where; }

private:
  static void start_element(void* self, const char* name, const char** attributes);
  static void end_element(void* self, const char* name);
  static void character_data(void* self, const char* text, int length);
  static void start_doctype(void* self, const char* name, const char* sysid, const char* pubid, int has_internal);
  void abort_with(std::exception_ptr error);

  XmlHandler& m_handler;
  ByteSource& m_source;
  XML_ParserStruct* m_parser;
  std::string m_where;
  std::exception_ptr m_error;
  std::uint64_t m_fed = 0;          // bytes handed to expat so far
  std::uint64_t m_fed_at_event = 0; // m_fed at the last step that produced an event
  std::uint64_t m_events = 0;       // events in the current step
  bool m_stopped = false;
  bool m_suspend_requested = false;
  bool m_suspended = false;
  bool m_final = false;
  bool m_done = false;
};

// The local part of a possibly prefixed XML name: "x:row" → "row".
std::string_view local_name(const char* name);

// The value of the attribute with local name `name`, or nullptr.
const char* find_attribute(const char** attributes, std::string_view name);

// Replaces OOXML's "_xHHHH_" escapes (used for control characters such as "_x000D_") by
// the characters they stand for; "_x005F_" escapes a literal underscore.
void decode_ooxml_escapes(std::string& text);

} // namespace dongmao::read
