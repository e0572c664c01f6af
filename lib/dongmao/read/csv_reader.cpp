#include <dongmao/error.hpp>
#include <dongmao/read/csv_reader.hpp>
#include <dongmao/text/file.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <optional>
#include <sys/stat.h>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dongmao::read {

namespace {

// The first byte in [p, end) that is one of a, b, c, d, or end. Fields are short, so this
// runs once or twice per field; SSE2 looks at 16 bytes per step where the target has it.
inline const char* find_any_of(const char* p, const char* end, char a, char b, char c, char d)
{
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  const __m128i vc = _mm_set1_epi8(c);
  const __m128i vd = _mm_set1_epi8(d);
  while (end - p >= 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, va), _mm_cmpeq_epi8(chunk, vb)),
                                      _mm_or_si128(_mm_cmpeq_epi8(chunk, vc), _mm_cmpeq_epi8(chunk, vd)));
    const int mask = _mm_movemask_epi8(hits);
    if (mask != 0) {
      return p + __builtin_ctz(static_cast<unsigned>(mask));
    }
    p += 16;
  }
#endif
  while (p < end && *p != a && *p != b && *p != c && *p != d) {
    ++p;
  }
  return p;
}

// Records looked at to choose the delimiter; enough to see past a title row and a header.
constexpr std::size_t k_sample_records = 50;

constexpr std::array<char, 4> k_delimiter_candidates{',', ';', '\t', '|'};

unsigned char byte_of(char c)
{
  return static_cast<unsigned char>(c);
}

// "','", "'\t'" (backslash and t, not a tab) or "'\x01'": readable in a one-line summary.
std::string quote_delimiter(char delimiter)
{
  if (delimiter == '\t') {
    return "'\\t'";
  }
  if (byte_of(delimiter) < 0x20 || byte_of(delimiter) >= 0x7F) {
    return fmt::format("'\\x{:02X}'", byte_of(delimiter));
  }
  return fmt::format("'{}'", delimiter);
}

// Fields per non-blank record for the first k_sample_records records, with quotes honoured.
std::vector<std::size_t> count_fields(std::string_view text, char delimiter)
{
  std::vector<std::size_t> counts;
  std::size_t fields = 1;
  bool field_start = true;
  bool blank = true;
  bool in_quotes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          ++i;
        } else {
          in_quotes = false;
        }
      }
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (!blank) {
        counts.push_back(fields);
        if (counts.size() == k_sample_records) {
          return counts;
        }
      }
      fields = 1;
      field_start = true;
      blank = true;
      continue;
    }
    blank = false;
    if (c == delimiter) {
      ++fields;
      field_start = true;
      continue;
    }
    in_quotes = c == '"' && field_start;
    field_start = false;
  }
  if (!blank) {
    counts.push_back(fields);
  }
  return counts;
}

// The most frequent field count above 1 and how often it occurs; ties go to more fields.
std::pair<std::size_t, std::size_t> dominant_count(std::vector<std::size_t> counts)
{
  std::sort(counts.begin(), counts.end());
  std::size_t best_value = 0;
  std::size_t best_frequency = 0;
  for (std::size_t i = 0; i < counts.size();) {
    std::size_t j = i;
    while (j < counts.size() && counts[j] == counts[i]) {
      ++j;
    }
    if (counts[i] > 1 && j - i >= best_frequency) {
      best_value = counts[i];
      best_frequency = j - i;
    }
    i = j;
  }
  return {best_value, best_frequency};
}

} // namespace

char detect_delimiter(std::string_view text, bool at_eof)
{
  if (!at_eof) {
    const std::size_t cut = text.find_last_of("\r\n");
    if (cut != std::string_view::npos) {
      text = text.substr(0, cut + 1);
    }
  }
  char best = ',';
  std::size_t best_frequency = 0;
  std::size_t best_fields = 0;
  for (const char candidate : k_delimiter_candidates) {
    const auto [fields, frequency] = dominant_count(count_fields(text, candidate));
    if (frequency > best_frequency || (frequency == best_frequency && fields > best_fields)) {
      best = candidate;
      best_frequency = frequency;
      best_fields = fields;
    }
  }
  return best;
}

CsvReader::CsvReader(const std::filesystem::path& path, const ReaderOptions& options)
  : CsvReader(path, options, k_csv_chunk_bytes)
{
}

CsvReader::CsvReader(const std::filesystem::path& path, const ReaderOptions& options, std::size_t chunk_bytes)
  : m_path(path.string()),
    m_display(display_name(path, options)),
    m_chunk_bytes(std::max<std::size_t>(chunk_bytes, 1)),
    m_limits(options.limits)
{
  std::optional<Encoding> forced;
  if (options.encoding) {
    forced = parse_encoding_name(*options.encoding);
    if (!forced) {
      throw UsageError(text::format(text::k_unknown_encoding, *options.encoding));
    }
  }
  if (options.delimiter) {
    const char d = *options.delimiter;
    // Quotes and line ends have fixed roles; a byte >= 0x80 would split UTF-8 characters.
    if (d == '"' || d == '\r' || d == '\n' || d == '\0' || byte_of(d) >= 0x80) {
      throw UsageError(text::format(text::k_invalid_delimiter, quote_delimiter(d)));
    }
  }

  errno = 0;
  m_file.reset(std::fopen(m_path.c_str(), "rb"));
  if (!m_file) {
    if (errno == ENOENT || errno == ENOTDIR) {
      throw InputMissing(text::format(text::k_no_such_file, m_display));
    }
    throw DataError(text::format(text::k_cannot_open, m_display, std::strerror(errno)));
  }
  struct stat opened
  {
  };
  if (::fstat(::fileno(m_file.get()), &opened) == 0 && S_ISREG(opened.st_mode)) {
    m_file_bytes = static_cast<std::uint64_t>(opened.st_size);
  }

  // The detection window is read whole whatever the chunk size, so results never depend on
  // it; the buffer grows by doubling so that small files stay cheap to open.
  std::string head;
  while (head.size() < k_detect_bytes && !m_file_done) {
    const std::size_t have = head.size();
    const std::size_t want = std::min({m_chunk_bytes, k_detect_bytes - have, std::max<std::size_t>(have, 4096)});
    head.resize(have + want);
    head.resize(have + read_raw(head.data() + have, want));
  }

  // A byte order mark is unambiguous, so it wins even over an explicit encoding.
  const std::optional<Encoding> bom = detect_bom(head);
  Encoding encoding = Encoding::utf8;
  if (bom) {
    encoding = *bom;
  } else if (forced) {
    encoding = *forced == Encoding::utf8_bom ? Encoding::utf8 : *forced;
  } else {
    encoding = detect_encoding(head, m_display);
  }
  const std::size_t skip = bom ? bom_length(*bom) : 0;
  m_decoder = std::make_unique<TextDecoder>(encoding, m_display, skip, !bom && !forced);
  try {
    for (std::size_t pos = skip; pos < head.size(); pos += m_chunk_bytes) {
      m_decoder->decode(std::string_view(head).substr(pos, m_chunk_bytes), m_text);
    }
    if (m_file_done) {
      m_decoder->finish();
    }
  } catch (const DecodeError& error) {
    m_decode_error = error.reason();
  }

  m_delimiter = options.delimiter ? *options.delimiter : detect_delimiter(m_text, m_file_done);
}

CsvReader::~CsvReader() = default;

std::string CsvReader::sheet_name() const
{
  return "";
}

std::string CsvReader::describe() const
{
  return fmt::format("csv {} {}", encoding_name(encoding()), quote_delimiter(m_delimiter));
}

Encoding CsvReader::encoding() const noexcept
{
  return m_decoder->encoding();
}

bool CsvReader::next(Row& row)
{
  if (m_finished) {
    return false;
  }
  for (;;) {
    if (m_pos < m_text.size()) {
      if (parse(row)) {
        return true;
      }
    } else if (!refill()) {
      return finish_at_eof(row);
    }
  }
}

std::size_t CsvReader::read_raw(char* buffer, std::size_t size)
{
  const std::size_t got = std::fread(buffer, 1, size, m_file.get());
  m_bytes_read += got;
  if (got < size) {
    if (std::ferror(m_file.get()) != 0) {
      fail(text::format(text::k_cannot_read, std::strerror(errno)));
    }
    m_file_done = true;
  }
  return got;
}

std::optional<double> CsvReader::share_read() const
{
  if (m_file_bytes == 0) {
    return std::nullopt;
  }
  return std::min(1.0, static_cast<double>(m_bytes_read) / static_cast<double>(m_file_bytes));
}

void CsvReader::decode(std::string_view raw)
{
  try {
    m_decoder->decode(raw, m_text);
    if (m_file_done) {
      m_decoder->finish();
    }
  } catch (const DecodeError& error) {
    m_decode_error = error.reason();
  }
}

bool CsvReader::refill()
{
  m_text.clear();
  m_pos = 0;
  while (m_text.empty()) {
    if (m_decode_error) {
      // Everything before the bad byte has been parsed, so m_line is the line it is on.
      fail(text::format(text::k_line_problem, m_line, *m_decode_error));
    }
    if (m_file_done) {
      return false;
    }
    m_raw.resize(m_chunk_bytes);
    const std::size_t got = read_raw(m_raw.data(), m_chunk_bytes);
    decode(std::string_view(m_raw.data(), got));
  }
  return true;
}

bool CsvReader::parse(Row& row)
{
  const char* const begin = m_text.data();
  const char* const end = begin + m_text.size();
  const char* p = begin + m_pos;
  Cell* cell = m_state == State::record_start || m_state == State::field_start ? nullptr : &row.cells[m_column];

  while (p < end) {
    switch (m_state) {
    case State::record_start:
      if (m_after_cr && *p == '\n') {
        m_after_cr = false;
        ++p;
        break;
      }
      m_after_cr = false;
      ++m_record;
      m_column = 0;
      m_record_has_text = false;
      m_row_bytes = 0;
      row.oversize.reset();
      m_state = State::field_start;
      [[fallthrough]];
    case State::field_start:
      cell = &begin_field(row);
      if (*p == '"') {
        ++p;
        m_field_line = m_line;
        m_state = State::quoted;
        break;
      }
      m_state = State::unquoted;
      [[fallthrough]];
    case State::unquoted: {
      // A quote here is literal text, as Excel reads `5" pipe` or `"a"b`.
      const char* run = p;
      p = find_any_of(p, end, m_delimiter, '\n', '\r', '\0');
      if (p != run) {
        cell->text.append(run, static_cast<std::size_t>(p - run));
        check_cell_size(*cell);
      }
      if (p == end) {
        break;
      }
      const char c = *p++;
      if (c == m_delimiter) {
        end_field(row, *cell);
        m_state = State::field_start;
        break;
      }
      if (c == '\0') {
        fail(text::format(text::k_nul_character, m_line));
      }
      end_field(row, *cell);
      ++m_line;
      m_after_cr = c == '\r';
      m_state = State::record_start;
      if (end_record(row)) {
        m_pos = static_cast<std::size_t>(p - begin);
        return true;
      }
      break;
    }
    case State::quoted: {
      const char* run = p;
      p = find_any_of(p, end, '"', '\n', '\r', '\0');
      if (p != run) {
        cell->text.append(run, static_cast<std::size_t>(p - run));
        check_cell_size(*cell);
        m_after_cr = false;
      }
      if (p == end) {
        break;
      }
      const char c = *p++;
      if (c == '"') {
        m_after_cr = false;
        m_state = State::quote_in_quoted;
        break;
      }
      if (c == '\0') {
        fail(text::format(text::k_nul_character, m_line));
      }
      // Line breaks inside quotes stay in the text as they are, and count as lines.
      cell->text.push_back(c);
      check_cell_size(*cell);
      if (c == '\r' || !m_after_cr) {
        ++m_line;
      }
      m_after_cr = c == '\r';
      break;
    }
    case State::quote_in_quoted:
      if (*p == '"') {
        cell->text.push_back('"');
        check_cell_size(*cell);
        ++p;
        m_state = State::quoted;
        break;
      }
      // The field is closed; text before the next delimiter is kept literally, as Excel does.
      m_state = State::unquoted;
      break;
    }
  }
  m_pos = m_text.size();
  return false;
}

bool CsvReader::finish_at_eof(Row& row)
{
  switch (m_state) {
  case State::record_start:
    m_finished = true;
    row.cells.clear();
    return false;
  case State::quoted:
    fail(text::format(text::k_quote_never_closed, m_record, m_column + 1, m_field_line));
  case State::field_start:
    end_field(row, begin_field(row));
    break;
  case State::unquoted:
  case State::quote_in_quoted:
    end_field(row, row.cells[m_column]);
    break;
  }
  m_finished = true;
  m_state = State::record_start;
  if (end_record(row)) {
    return true;
  }
  row.cells.clear();
  return false;
}

void CsvReader::fail_columns()
{
  fail(text::format(text::k_too_many_columns, m_record, m_limits.max_columns));
}

void CsvReader::fail_cell_size()
{
  if (m_state == State::quoted || m_state == State::quote_in_quoted) {
    fail(text::format(text::k_quoted_field_too_long, m_record, m_column + 1, m_field_line, m_limits.max_cell_bytes));
  }
  fail(text::format(text::k_field_too_long, m_record, m_column + 1, m_limits.max_cell_bytes));
}

void CsvReader::fail(const std::string& reason)
{
  m_finished = true;
  throw DataError(text::format(text::k_read_file_problem, m_display, reason));
}

void unguard_formula(std::string& text)
{
  if (text.size() >= 2 && text[0] == '\'' &&
      (text[1] == '=' || text[1] == '+' || text[1] == '-' || text[1] == '@' || text[1] == '\t' || text[1] == '\r')) {
    text.erase(0, 1);
  }
}

std::unique_ptr<RowReader> open_csv(const std::filesystem::path& path, const ReaderOptions& options)
{
  return std::make_unique<CsvReader>(path, options);
}

} // namespace dongmao::read
