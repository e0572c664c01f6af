#include <dongmao/error.hpp>
#include <dongmao/read/xlsx_archive.hpp>
#include <dongmao/read/xlsx_xml.hpp>
#include <dongmao/text/read.hpp>

#include <expat.h>
#include <fmt/format.h>

#include <cstdint>
#include <new>
#include <utility>

namespace dongmao::read {

namespace {

// Bytes handed to expat per read: large enough to amortise calls, small enough to be a
// constant cost whatever the size of the sheet.
constexpr int k_chunk_bytes = 256 * 1024;
// expat must hold a whole tag (with its attributes) in memory; text is passed on in pieces.
// No real tag comes near this, so a longer one is an attack on memory, not data.
constexpr std::uint64_t k_max_pending_bytes = 8 << 20;

int hex_value(char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

void append_utf8(std::string& out, unsigned code)
{
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

} // namespace

XmlParser::XmlParser(XmlHandler& handler, ByteSource& source, std::string where)
  : m_handler(handler), m_source(source), m_parser(XML_ParserCreate("UTF-8")), m_where(std::move(where))
{
  if (m_parser == nullptr) {
    throw std::bad_alloc();
  }
  XML_SetUserData(m_parser, this);
  XML_SetElementHandler(m_parser, &XmlParser::start_element, &XmlParser::end_element);
  XML_SetCharacterDataHandler(m_parser, &XmlParser::character_data);
  XML_SetStartDoctypeDeclHandler(m_parser, &XmlParser::start_doctype);
  XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlParser::~XmlParser()
{
  XML_ParserFree(m_parser);
}

void XmlParser::abort_with(std::exception_ptr error)
{
  if (!m_error) {
    m_error = std::move(error);
  }
  XML_StopParser(m_parser, XML_FALSE);
}

void XmlParser::start_element(void* self, const char* name, const char** attributes)
{
  auto* parser = static_cast<XmlParser*>(self);
  ++parser->m_events;
  try {
    parser->m_handler.on_start(local_name(name), attributes);
  } catch (...) {
    parser->abort_with(std::current_exception());
  }
}

void XmlParser::end_element(void* self, const char* name)
{
  auto* parser = static_cast<XmlParser*>(self);
  ++parser->m_events;
  try {
    parser->m_handler.on_end(local_name(name));
  } catch (...) {
    parser->abort_with(std::current_exception());
  }
}

void XmlParser::character_data(void* self, const char* text, int length)
{
  auto* parser = static_cast<XmlParser*>(self);
  ++parser->m_events;
  try {
    parser->m_handler.on_text(std::string_view(text, static_cast<std::size_t>(length)));
  } catch (...) {
    parser->abort_with(std::current_exception());
  }
}

void XmlParser::start_doctype(void* self, const char*, const char*, const char*, int)
{
  auto* parser = static_cast<XmlParser*>(self);
  parser->abort_with(std::make_exception_ptr(DataError(text::format(text::k_xml_doctype, parser->m_where))));
}

void XmlParser::suspend()
{
  m_suspend_requested = true;
  XML_StopParser(m_parser, XML_TRUE);
}

void XmlParser::stop()
{
  m_stopped = true;
  XML_StopParser(m_parser, XML_FALSE);
}

XmlParser::Status XmlParser::step()
{
  if (m_done) {
    return Status::done;
  }
  XML_Status status = XML_STATUS_OK;
  m_suspend_requested = false;
  if (m_suspended) {
    m_suspended = false;
    status = XML_ResumeParser(m_parser);
  } else {
    void* buffer = XML_GetBuffer(m_parser, k_chunk_bytes);
    if (buffer == nullptr) {
      throw std::bad_alloc();
    }
    const std::size_t got = m_source.read(static_cast<char*>(buffer), k_chunk_bytes);
    m_fed += got;
    m_final = got == 0;
    status = XML_ParseBuffer(m_parser, static_cast<int>(got), m_final ? XML_TRUE : XML_FALSE);
  }
  if (m_error) {
    m_done = true;
    std::rethrow_exception(m_error);
  }
  if (status == XML_STATUS_SUSPENDED) {
    m_suspended = true;
    return Status::suspended;
  }
  if (status == XML_STATUS_ERROR) {
    if (m_stopped) {
      m_done = true;
      return Status::done;
    }
    m_done = true;
    throw DataError(text::format(text::k_xml_malformed, m_where, XML_GetCurrentLineNumber(m_parser),
                                 XML_ErrorString(XML_GetErrorCode(m_parser))));
  }
  if (m_final) {
    m_done = true;
    return Status::done;
  }
  // No event over that many bytes: expat is buffering one huge token.
  if (m_events != 0) {
    m_events = 0;
    m_fed_at_event = m_fed;
  } else if (m_fed - m_fed_at_event > k_max_pending_bytes) {
    m_done = true;
    throw DataError(text::format(text::k_xml_tag_too_long, m_where, k_max_pending_bytes));
  }
  return Status::more;
}

void XmlParser::parse_all()
{
  while (step() != Status::done) {
  }
}

std::string_view local_name(const char* name)
{
  // One pass for both the prefix and the length: this runs for every element and attribute.
  const char* start = name;
  const char* end = name;
  for (; *end != '\0'; ++end) {
    if (*end == ':') {
      start = end + 1;
    }
  }
  return std::string_view(start, static_cast<std::size_t>(end - start));
}

const char* find_attribute(const char** attributes, std::string_view name)
{
  for (; *attributes != nullptr; attributes += 2) {
    if (local_name(attributes[0]) == name) {
      return attributes[1];
    }
  }
  return nullptr;
}

void decode_ooxml_escapes(std::string& text)
{
  if (text.find("_x") == std::string::npos) {
    return;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      unsigned code = 0;
      bool valid = true;
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        const int digit = hex_value(text[k]);
        valid = valid && digit >= 0;
        code = code * 16 + static_cast<unsigned>(digit < 0 ? 0 : digit);
      }
      if (valid && (code < 0xD800 || code > 0xDFFF)) {
        append_utf8(out, code);
        i += 6;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  text.swap(out);
}

} // namespace dongmao::read
