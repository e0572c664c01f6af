#include "commands.hpp"
#include "json.hpp"
#include "progress.hpp"
#include "terminal.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/period.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/import/pipeline.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/store/audit_query.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/text/import.hpp>

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <ostream>

#include <unistd.h>

namespace dongmao::cli {

namespace {

struct ImportFlags
{
  std::string entity;
  std::string file;
  std::optional<std::string> sheet;
  std::optional<std::string> mapping;
  std::optional<std::string> encoding;
  bool dry_run = false;
  bool bulk = false;
  bool clear_empty = false;
  std::string on_error = "abort";
  std::optional<std::string> errors;
  bool create_missing = false;
  bool force = false;
  std::optional<std::string> match;
  bool strict = false;
  std::optional<std::string> project;
  std::optional<std::string> month;
};

// "5, 7, 10-99": row numbers in order, runs as ranges.
std::string row_list(const std::vector<std::size_t>& rows)
{
  std::string out;
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i;
    while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) {
      ++j;
    }
    out += fmt::format("{}{}", out.empty() ? "" : text::format(text::k_list_separator), rows[i]);
    if (j > i) {
      out += fmt::format("-{}", rows[j]);
    }
    i = j + 1;
  }
  return out;
}

// The keys of the rows kept as the workspace has them, each once, in row order.
std::vector<std::string> kept_keys(const import::ImportSummary& summary)
{
  std::vector<std::string> keys;
  std::size_t last_row = 0;
  for (const auto& kept : summary.kept_newer) {
    if (keys.empty() || kept.row != last_row) {
      keys.push_back(kept.key);
    }
    last_row = kept.row;
  }
  return keys;
}

Json summary_json(const import::ImportSummary& summary, bool dry_run)
{
  auto kept_newer = Json::array();
  for (const auto& kept : summary.kept_newer) {
    kept_newer.push(Json::object(
      {{"row", kept.row}, {"key", kept.key}, {"field", kept.field}, {"kept", kept.kept}, {"ledger", kept.ledger}}));
  }
  auto errors = Json::array();
  for (const auto& error : summary.errors) {
    errors.push(Json::object({{"row", error.row}, {"column", error.column}, {"message", error.message}}));
  }
  const auto rows = [](const std::vector<std::size_t>& numbers) {
    auto array = Json::array();
    for (const auto number : numbers) {
      array.push(number);
    }
    return array;
  };
  auto unmapped = Json::array();
  for (const auto& column : summary.unmapped) {
    unmapped.push(Json::object({{"column", column.column},
                                {"header", column.header},
                                {"resembles", column.resembles ? Json(*column.resembles) : Json()}}));
  }
  return Json::object({{"entity", summary.entity},
                       {"file", summary.file},
                       {"sheet", summary.sheet},
                       {"sheet_searched", summary.sheet_searched.empty() ? Json() : Json(summary.sheet_searched)},
                       {"format", summary.format},
                       {"sha256", summary.sha256},
                       {"header_row", summary.header_row},
                       {"match", summary.match.empty() ? Json() : Json(summary.match)},
                       {"read", summary.rows_read},
                       {"inserted", summary.inserted},
                       {"updated", summary.updated},
                       {"unchanged", summary.unchanged},
                       {"passed_over", summary.passed_over},
                       {"rejected", summary.rejected},
                       {"unknown_columns", summary.unknown_columns},
                       {"unmapped", unmapped},
                       {"context", summary.context},
                       {"total_rows", rows(summary.total_rows)},
                       {"note_rows", rows(summary.note_rows)},
                       {"unfilled_rows", rows(summary.unfilled_rows)},
                       {"warnings", summary.warnings},
                       {"kept_newer", kept_newer},
                       {"errors", errors},
                       {"errors_omitted", summary.errors_omitted},
                       {"warnings_omitted", summary.warnings_omitted},
                       {"dry_run", dry_run},
                       {"committed", summary.committed},
                       {"bulk", summary.bulk},
                       {"import_run", summary.import_run_id ? Json(*summary.import_run_id) : Json()}});
}

void print_summary(std::ostream& out, const import::ImportSummary& summary, bool dry_run)
{
  // An import that wrote nothing says what it would have done, never that it did it.
  const bool written = summary.committed && !dry_run;
  const auto unit = text::entity_unit(summary.entity);
  const auto file = text::lang() == text::Lang::en ? summary.entity + " " + summary.file : summary.file;
  out << text::format(written ? text::k_import_written : text::k_import_not_written, file, summary.rows_read,
                      summary.inserted, summary.updated, summary.unchanged, summary.rejected, unit)
      << (dry_run   ? text::format(text::k_import_dry_run)
          : written ? ""
                    : text::format(text::k_import_nothing_written))
      << '\n';
  if (!summary.sheet_searched.empty()) {
    out << text::format(text::k_import_sheet_searched, summary.sheet, summary.sheet_searched,
                        text::count_label(summary.entity))
        << '\n';
  }
  if (summary.match == "id" || summary.match == "address") {
    out << text::format(summary.match == "id" ? text::k_import_match_id : text::k_import_match_address) << '\n';
  }
  const auto separator = text::format(text::k_list_separator);
  if (!summary.unmapped.empty()) {
    std::string names;
    for (const auto& column : summary.unmapped) {
      names += (names.empty() ? "" : separator) +
               (column.header.empty() ? text::format(text::k_import_column_letter, column.column) : column.header);
      if (column.resembles) {
        names += text::format(text::k_import_unmapped_resembles, column.column, column.resembles_label);
      }
    }
    out << text::format(text::k_import_unmapped, domain::visible_text(names)) << '\n';
  }
  if (const auto keys = kept_keys(summary); !keys.empty()) {
    std::string names;
    for (std::size_t i = 0; i < keys.size() && i < 5; ++i) {
      names += (i ? separator : "") + keys[i];
    }
    out << text::format(text::k_import_kept_newer, keys.size(),
                        domain::visible_text(names) + (keys.size() > 5 ? separator + "…" : ""),
                        text::plural(static_cast<long long>(keys.size())))
        << '\n';
  }
  for (const auto& taken : summary.context) {
    out << text::format(text::k_import_context, taken) << '\n';
  }
  const std::pair<const text::Message*, const std::vector<std::size_t>*> skipped[] = {
    {&text::k_import_skipped_totals, &summary.total_rows},
    {&text::k_import_skipped_notes, &summary.note_rows},
    {&text::k_import_skipped_unfilled, &summary.unfilled_rows}};
  for (const auto& [why, rows] : skipped) {
    if (!rows->empty()) {
      out << text::format(*why, row_list(*rows), text::plural(static_cast<long long>(rows->size()))) << '\n';
    }
  }
}

// Imports the file `flags` name into `ws` as `actor`, reports the rows that were refused
// and what was done; 65 when bad rows stopped the run.
int import_ledger(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, const ImportFlags& flags)
{
  import::ImportRequest request;
  request.entity = flags.entity;
  request.file = flags.file;
  request.reader.sheet = flags.sheet;
  request.reader.encoding = flags.encoding;
  if (flags.mapping) {
    request.mapping_file = *flags.mapping;
  }
  request.dry_run = flags.dry_run;
  request.bulk = flags.bulk;
  request.clear_empty = flags.clear_empty;
  request.on_error = flags.on_error == "skip" ? import::OnError::skip : import::OnError::abort;
  request.create_missing = flags.create_missing;
  request.force = flags.force;
  if (flags.match) {
    request.match = import::match_from_name(*flags.match);
  }
  request.strict = flags.strict;
  request.project = flags.project;
  if (flags.month) {
    request.month = domain::month_period(*flags.month, actor.today).label;
  }
  if (flags.errors) {
    request.errors_file = *flags.errors;
  }
  request.operator_name = actor.operator_name;
  request.now = actor.now;
  request.today = actor.today;
  request.show_pii = term.show_pii;
  // Only for a person watching: not under -q or --json, nor in cron or a pipe (no terminal).
  std::optional<ProgressBar> bar;
  if (!term.quiet && !term.json && !term.ndjson && term.stderr_is_tty()) {
    bar.emplace(term.err, terminal_width(STDERR_FILENO));
    request.progress = [&bar](std::int64_t rows, std::optional<double> share) { bar->update(rows, share); };
  }

  const auto summary = import::run_import(ws, request);
  if (bar) {
    bar->finish();
  }
  for (const auto& error : summary.errors) {
    term.err << error_prefix(term.err_colour) << ' ' << domain::visible_text(import::describe_error(summary, error))
             << '\n';
  }
  if (summary.errors_omitted > 0) {
    const auto rest =
      flags.errors ? text::format(text::k_import_errors_in, *flags.errors) : text::format(text::k_import_errors_hint);
    term.err << error_prefix(term.err_colour) << ' '
             << text::format(text::k_import_more_errors, summary.errors_omitted, rest,
                             text::plural(summary.errors_omitted))
             << '\n';
  }
  if (!term.quiet) {
    for (const auto& warning : summary.warnings) {
      term.err << warning_prefix(term.err_colour) << ' ' << domain::visible_text(warning) << '\n';
    }
    if (summary.warnings_omitted > 0) {
      term.err << warning_prefix(term.err_colour) << ' '
               << text::format(text::k_import_more_warnings, summary.warnings_omitted,
                               text::plural(summary.warnings_omitted))
               << '\n';
    }
  }
  if (flags.errors && summary.rejected > 0) {
    // The rejected rows' cells stay as typed, ID numbers in full, so staff can fix them.
    store::record_disclosure(ws.db(), actor.operator_name, actor.now,
                             store::Disclosure{"export", flags.entity, "import " + flags.entity,
                                               "rejected rows' cells in full (--errors)", *flags.errors});
  }
  if (term.json) {
    print_json(term, summary_json(summary, flags.dry_run));
  } else if (!term.quiet) {
    print_summary(term.out, summary, flags.dry_run);
  }
  // With --on-error skip the good rows are in (or would be, in a dry run): the rejects are
  // reported, the run succeeded.
  const bool skip = request.on_error == import::OnError::skip;
  return skip || summary.rejected == 0 ? 0 : static_cast<int>(ExitStatus::data_error);
}

} // namespace

Action setup_import(App& sub, Session& session)
{
  auto flags = std::make_shared<ImportFlags>();
  add_option(sub, "ENTITY", flags->entity, {"文件里是什么台账", "What the file holds"})
    .required()
    .choices(import::entity_names());
  add_option(sub, "FILE", flags->file,
             {"台账文件：.xlsx、.xls 或 .csv（UTF-8、GBK/GB18030、UTF-16）",
              "The ledger: .xlsx, .xls or .csv (UTF-8, GBK/GB18030, UTF-16)"})
    .required();
  add_option(sub, "--sheet", flags->sheet,
             {"工作表名称或序号（从1起；默认：第一个可见的工作表）",
              "Sheet name or 1-based number (default: the first visible sheet)"});
  add_option(sub, "--mapping", flags->mapping,
             {"补充的表头别名和标签（TOML，格式同 schemas/mappings）",
              "Extra header aliases and labels (TOML, like schemas/mappings)"});
  add_option(sub, "--encoding", flags->encoding,
             {"CSV 编码：utf-8、gb18030、gbk、utf-16（默认：自动识别）",
              "CSV encoding: utf-8, gb18030, gbk, utf-16 (default: detect)"});
  add_flag(sub, "--dry-run", flags->dry_run, {"全部检查和计数，不写入", "Check and count everything, write nothing"});
  add_flag(sub, "--bulk", flags->bulk,
           {"大批量导入（如首次导入上百万户）：不写预写日志，更快；导入期间其他程序读不了工作区",
            "A large load (a first import of a million households): no write-ahead log, faster; other programs "
            "cannot read the workspace until it ends"});
  add_flag(sub, "--clear-empty", flags->clear_empty,
           {"空单元格清除已存的值（不加此项时，空单元格保留已存的值）",
            "An empty cell clears the stored value (without it, an empty cell keeps what is stored)"});
  add_option(sub, "--on-error", flags->on_error,
             {"abort：有任何一行有误就不写入；skip：导入无误的行",
              "abort: write nothing if any row is bad; skip: import the good rows"})
    .choices({"abort", "skip"})
    .show_default();
  add_option(sub, "--errors", flags->errors,
             {"把有误的行连同“错误原因”列写入 FILE（.xlsx 保持身份证号为文本；其他为 CSV）",
              "Write rejected rows with a 错误原因 column to FILE (.xlsx keeps ID numbers as text; else CSV)"});
  add_flag(
    sub, "--create-missing", flags->create_missing,
    {"自动创建不认识的社区和网格，而不是拒绝这些行", "Create unknown communities and grids instead of rejecting rows"});
  add_flag(sub, "--force", flags->force,
           {"与 --create-missing 同用：名称与已知名称只差一个字时也创建",
            "With --create-missing: create a name even when it is one edit from a known one"});
  add_option(sub, "--match", flags->match,
             {"住户和项目台账：按户编号（code）、户主身份证号（id）或地址（address，楼栋/单元/"
              "房号，在项目内）查找住户；默认：有户号列时用 code，否则 id，再否则 address",
              "households and project ledgers: find households by code (户编号), id (户主身份证号) or address "
              "(楼栋/单元/房号, within the project); default: code if there is a 户号 column, else id, else address"})
    .choices({"code", "id", "address"});
  add_flag(sub, "--strict", flags->strict,
           {"有列对不上任何字段时拒绝整个文件（退出码 65，不写入），而不是把它作为附加数据保留",
            "Refuse the file (exit 65, nothing written) when a column matches no field, instead of keeping it as "
            "extra data"});
  add_option(sub, "--project", flags->project,
             {"enrollments：每一行所属的项目（编号或名称，须完全一致）",
              "enrollments: the project (code or name, exactly) of every row"});
  add_option(sub, "--month", flags->month,
             {"metrics：没有“月份”列的宽表的月份（YYYY-MM、this 或 last）",
              "metrics: the month (YYYY-MM, this or last) of a wide sheet without a 月份 column"});
  return [flags, &session] {
    if (flags->errors) {
      // Refused before importing, so a bad --errors never follows a committed import.
      if (*flags->errors == "-") {
        throw UsageError(text::format(text::k_errors_not_stdout));
      }
      out::check_output_path(*flags->errors, {flags->file});
    }
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return import_ledger(session.terminal(), ws, session.actor(ws), *flags);
  };
}

} // namespace dongmao::cli
