#include <dongmao/error.hpp>
#include <dongmao/out/csv_writer.hpp>
#include <dongmao/text/output.hpp>

#include <cerrno>
#include <sstream>

#include <iconv.h>

namespace dongmao::out {

// UTF-8 to GB18030 through glibc's iconv. GB18030 maps every Unicode character, so only bytes
// that are not UTF-8 at all fail; each becomes a '?'.
class CsvWriter::Encoder
{
public:
  Encoder() : m_descriptor(iconv_open("GB18030", "UTF-8"))
  {
    if (m_descriptor == reinterpret_cast<iconv_t>(-1)) {
      throw Error(ExitStatus::failure, text::format(text::k_no_gb18030));
    }
  }
  ~Encoder() { iconv_close(m_descriptor); }
  Encoder(const Encoder&) = delete;
  Encoder& operator=(const Encoder&) = delete;

  std::string encode(const std::string& utf8)
  {
    std::string result;
    char buffer[4096];
    auto* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    while (in_left > 0) {
      char* out = buffer;
      std::size_t out_left = sizeof buffer;
      const auto done = iconv(m_descriptor, &in, &in_left, &out, &out_left);
      result.append(buffer, static_cast<std::size_t>(out - buffer));
      if (done == static_cast<std::size_t>(-1) && errno != E2BIG) {
        result += '?';
        ++in;
        --in_left;
        iconv(m_descriptor, nullptr, nullptr, nullptr, nullptr);
      }
    }
    return result;
  }

private:
  iconv_t m_descriptor;
};

std::optional<CsvEncoding> csv_encoding_from_name(const std::string& name)
{
  std::string lower;
  for (const char c : name) {
    lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (lower == "utf-8" || lower == "utf8") {
    return CsvEncoding::utf8;
  }
  if (lower == "gbk" || lower == "gb18030" || lower == "gb2312") {
    return CsvEncoding::gb18030;
  }
  return std::nullopt;
}

CsvWriter::CsvWriter(std::ostream& out, std::vector<Column> columns, CsvEncoding encoding, bool bom)
  : m_out(out), m_columns(std::move(columns))
{
  if (encoding == CsvEncoding::gb18030) {
    m_encoder = std::make_unique<Encoder>();
  } else if (bom) {
    m_out << "\xEF\xBB\xBF";
  }
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::header()
{
  std::ostringstream line;
  write_csv_header(line, m_columns);
  put(line.str());
}

void CsvWriter::row(const std::vector<std::string>& cells)
{
  std::ostringstream line;
  write_csv_row(line, m_columns, cells);
  put(line.str());
}

void CsvWriter::put(const std::string& utf8)
{
  if (m_encoder) {
    m_out << m_encoder->encode(utf8);
  } else {
    m_out << utf8;
  }
}

} // namespace dongmao::out
