#include <dongmao/error.hpp>
#include <dongmao/read/xlsx_archive.hpp>
#include <dongmao/read/xlsx_parts.hpp>
#include <dongmao/read/xlsx_reader.hpp>
#include <dongmao/read/xlsx_select.hpp>
#include <dongmao/read/xlsx_sheet.hpp>
#include <dongmao/read/xlsx_workbook.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <optional>
#include <utility>

namespace dongmao::read {

namespace {

class XlsxReader : public RowReader
{
public:
  XlsxReader(std::unique_ptr<ZipArchive> archive, const ReaderOptions& options) : m_archive(std::move(archive))
  {
    const XlsxWorkbook workbook = load_workbook(*m_archive);
    std::vector<SheetChoice> choices;
    for (const auto& sheet : workbook.sheets) {
      choices.push_back(SheetChoice{sheet.name, sheet.visible && sheet.worksheet});
    }
    const auto& chosen = workbook.sheets[choose_sheet(choices, options.sheet, m_archive->display())];
    m_sheet_name = chosen.name;
    m_sheet_count = workbook.sheets.size();
    m_hidden = !chosen.visible || !chosen.worksheet;
    if (!chosen.worksheet) {
      throw DataError(text::format(text::k_xlsx_chart_sheet, m_archive->display(), chosen.name));
    }
    if (chosen.path.empty() || !m_archive->contains(chosen.path)) {
      const std::string why = chosen.path.empty() ? text::format(text::k_xlsx_no_relationship)
                                                  : text::format(text::k_xlsx_part_missing, chosen.path);
      throw DataError(text::format(text::k_xlsx_no_sheet_part, m_archive->display(), chosen.name, why));
    }
    if (!workbook.shared_strings_path.empty() && m_archive->contains(workbook.shared_strings_path)) {
      m_strings = load_shared_strings(*m_archive, workbook.shared_strings_path, options.limits);
    }
    if (!workbook.styles_path.empty() && m_archive->contains(workbook.styles_path)) {
      m_styles = load_styles(*m_archive, workbook.styles_path, options.limits);
    }
    SheetContext context;
    context.strings = &m_strings;
    context.styles = &m_styles;
    context.date1904 = workbook.date1904;
    context.limits = options.limits;
    context.where = text::format(text::k_xlsx_sheet_where, m_archive->display(), chosen.name);
    m_stream = std::make_unique<SheetStream>(m_archive->open(chosen.path), std::move(context));
  }

  bool next(Row& row) override { return m_stream->next(row); }

  std::string sheet_name() const override { return m_sheet_name; }

  std::string describe() const override { return "xlsx"; }

  std::size_t sheet_count() const override { return m_sheet_count; }

  bool hidden() const override { return m_hidden; }

  std::optional<double> share_read() const override { return m_stream->share_read(); }

private:
  // Declared first so it is destroyed last: every entry below reads through it.
  std::unique_ptr<ZipArchive> m_archive;
  SharedStrings m_strings;
  StyleTable m_styles;
  std::string m_sheet_name;
  std::size_t m_sheet_count = 0;
  bool m_hidden = false;
  std::unique_ptr<SheetStream> m_stream;
};

} // namespace

std::unique_ptr<RowReader> open_xlsx(const std::filesystem::path& path, const ReaderOptions& options)
{
  return std::make_unique<XlsxReader>(ZipArchive::open_file(path, display_name(path, options), options.limits),
                                      options);
}

std::unique_ptr<RowReader> open_xlsx_memory(std::string_view bytes, const ReaderOptions& options,
                                            const std::string& display)
{
  return std::make_unique<XlsxReader>(ZipArchive::open_memory(bytes, display, options.limits), options);
}

} // namespace dongmao::read
