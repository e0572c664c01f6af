#include <dongmao/domain/inert.hpp>
#include <dongmao/error.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/report/output.hpp>
#include <dongmao/text/output.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace dongmao::report {

namespace {

const char* extension(Format format)
{
  switch (format) {
  case Format::md:
    return "md";
  case Format::html:
    return "html";
  case Format::xlsx:
    return "xlsx";
  case Format::json:
    return "json";
  case Format::csv:
    return "csv";
  }
  return "txt";
}

void render_text(std::ostream& out, const Report& report, const OutputRequest& request, const std::string& section)
{
  switch (request.format) {
  case Format::md:
    render_markdown(out, report, request.lang);
    break;
  case Format::html:
    render_html(out, report, request.lang);
    break;
  case Format::json:
    out << domain::escape_invisible_json(to_json(report).dump(2)) << '\n';
    break;
  case Format::csv:
    out << "\xEF\xBB\xBF"; // Excel opens UTF-8 CSV correctly only with a BOM
    render_csv(out, report, section, request.lang);
    break;
  case Format::xlsx:
    break;
  }
}

void write_file(const std::filesystem::path& path, const Report& report, const OutputRequest& request,
                const std::string& section)
{
  out::check_output_path(path, request.inputs);
  out::AtomicFile file(path, request.file_mode);
  if (request.format == Format::xlsx) {
    render_xlsx(file.temp_path(), report, request.lang, path.string());
  } else {
    render_text(file.stream(), report, request, section);
  }
  file.commit();
}

} // namespace

std::optional<Format> parse_format(const std::string& text)
{
  static const std::vector<std::pair<std::string, Format>> k_formats = {
    {"md", Format::md}, {"html", Format::html}, {"xlsx", Format::xlsx}, {"json", Format::json}, {"csv", Format::csv}};
  for (const auto& [name, format] : k_formats) {
    if (name == text) {
      return format;
    }
  }
  return std::nullopt;
}

std::string default_file_name(const Report& report, Format format, const std::string& suffix)
{
  const std::string kind = report.period.is_month ? "月报" : "报告";
  const std::string label = report.period.is_month
                              ? report.period.label
                              : fmt::format("{}_{}", report.period.from.iso(), report.period.to.iso());
  return out::safe_file_name(fmt::format("{}-{}-{}{}.{}", report.subdistrict, label, kind, suffix, extension(format)));
}

std::vector<std::filesystem::path> write_report(const Report& report, const OutputRequest& request, std::ostream& out)
{
  const auto& sections = section_names();
  if (request.section && std::find(sections.begin(), sections.end(), *request.section) == sections.end()) {
    std::string list;
    for (const auto& s : sections) {
      list += (list.empty() ? "" : ", ") + s;
    }
    throw UsageError(text::format(text::k_unknown_section, *request.section, list));
  }
  if (!request.path || *request.path == "-") {
    if (request.format == Format::xlsx) {
      throw UsageError(text::format(text::k_xlsx_needs_output));
    }
    if (request.format == Format::csv && !request.section) {
      throw UsageError(text::format(text::k_csv_needs_section));
    }
    render_text(out, report, request, request.section.value_or(""));
    return {};
  }
  const auto& target = *request.path;
  std::error_code ec;
  const bool is_dir = std::filesystem::is_directory(target, ec) || target.string().ends_with('/');
  std::vector<std::filesystem::path> written;
  if (!is_dir) {
    write_file(target, report, request, request.section.value_or("projects"));
    written.push_back(target);
    return written;
  }
  if (request.format == Format::csv && !request.section) {
    for (const auto& section : sections) {
      const auto path = target / default_file_name(report, Format::csv, "-" + section);
      write_file(path, report, request, section);
      written.push_back(path);
    }
    return written;
  }
  const auto path =
    target / default_file_name(report, request.format, request.section ? "-" + *request.section : std::string());
  write_file(path, report, request, request.section.value_or(""));
  written.push_back(path);
  return written;
}

} // namespace dongmao::report
