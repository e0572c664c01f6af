#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/edit.hpp>
#include <dongmao/store/enrollment.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <fstream>
#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct EnrollFlags
{
  std::string project;
  std::vector<std::string> codes;
  std::optional<std::string> file;
  std::optional<std::string> community;
  std::optional<std::string> grid;
  std::optional<std::string> search;
  bool skip_enrolled = false;
  std::optional<std::string> date;
  std::optional<std::string> note;
};

// Household codes from a text or CSV file: the first field of each line; blank lines, lines
// starting with # and a header line naming the code column (户编号, …) are skipped.
std::vector<std::string> read_codes(const std::string& path, const import::Mapping& households)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputMissing(text::format(text::k_codes_cannot_open, path));
  }
  const auto& aliases = households.fields[*households.find("code")].aliases;
  std::vector<std::string> codes;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    const auto cut = line.find_first_of(",\t;");
    auto code = domain::trim(domain::nfkc(line.substr(0, cut)));
    if (code.size() >= 2 && code.front() == '"' && code.back() == '"') {
      code = code.substr(1, code.size() - 2);
    }
    if (code.empty() || code[0] == '#') {
      continue;
    }
    const bool header = number == 1 && std::any_of(aliases.begin(), aliases.end(), [&](const std::string& alias) {
                          return import::normalize_key(alias) == import::normalize_key(code);
                        });
    if (!header) {
      codes.push_back(code);
    }
  }
  return codes;
}

// Enrolls the households `flags` name into a project of `ws`, as `actor`.
int enroll(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, const EnrollFlags& flags)
{
  store::EnrollRequest request;
  request.project = flags.project;
  request.codes = flags.codes;
  if (flags.file) {
    const auto more = read_codes(*flags.file, import::workspace_mapping(ws, "households"));
    request.codes.insert(request.codes.end(), more.begin(), more.end());
  }
  if (flags.community || flags.grid || flags.search) {
    store::HouseholdFilter filter;
    filter.community = flags.community;
    filter.grid = flags.grid;
    filter.search = flags.search;
    request.filter = filter;
  }
  if (request.codes.empty() && !request.filter && !flags.file) {
    throw UsageError(text::format(text::k_enroll_whom));
  }
  request.skip_enrolled = flags.skip_enrolled;
  request.date = date_or_today("--date", flags.date, actor.today);
  request.note = flags.note;
  const auto result = store::enroll(ws.db(), request, actor);
  if (term.json) {
    print_json(term,
               Json::object({{"project", result.project}, {"enrolled", result.enrolled}, {"skipped", result.skipped}}));
  } else if (!term.quiet) {
    term.out << text::format(text::k_enrolled, result.project, result.enrolled,
                             result.skipped ? text::format(text::k_enroll_skipped, result.skipped) : std::string(),
                             text::plural(result.enrolled))
             << '\n';
  }
  return 0;
}

} // namespace

Action setup_project_enroll(App& sub, Session& session)
{
  auto flags = std::make_shared<EnrollFlags>();
  add_option(sub, "PROJECT", flags->project, {"项目（编号或名称）", "The project (code or name)"}).required();
  add_option(sub, "CODES", flags->codes, {"要纳入的户编号", "Household codes (户编号) to enroll"});
  add_option(sub, "--file", flags->file,
             {"从 FILE 读取户编号：每行一个，或 CSV 的第一列",
              "Read household codes from FILE: one a line, or the first column of a CSV"});
  add_option(sub, "--community", flags->community,
             {"纳入此社区的全部住户", "Enroll every household of this community"});
  add_option(sub, "--grid", flags->grid,
             {"纳入此网格的全部住户（给了 --community 时在该社区内）",
              "Enroll every household of this grid (within --community if given)"});
  add_option(sub, "--search", flags->search,
             {"纳入户主姓名、地址或户编号包含 TEXT 的全部住户",
              "Enroll every household whose head's name, address or code contains TEXT"});
  add_flag(sub, "--skip-enrolled", flags->skip_enrolled,
           {"已在项目中的住户不动，而不是报错", "Leave households already in the project alone instead of failing"});
  add_option(sub, "--date", flags->date,
             {"第一条阶段记录的入户调查日期 YYYY-MM-DD（默认：今天）",
              "Survey date YYYY-MM-DD of the first stage event (default: today)"});
  add_option(sub, "--note", flags->note, {"随每条阶段记录保存", "Kept with each stage event"});
  set_footer(sub, {"住户从“入户调查”阶段开始，每户记一条阶段记录和一条审计记录；在改造项目中其意见初始为未表态。全部在"
                   "一个事务中：有不存在的户编号、重复给出的户编号或已纳入的住户时，什么也不写入（退出码 65）。",
                   "Households start at stage surveyed (入户调查) with a stage event and an audit entry each; "
                   "in a renovation project their consent starts pending. All in one transaction: an unknown "
                   "code, a code given twice or a household already enrolled writes nothing (exit 65)."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return enroll(session.terminal(), ws, session.actor(ws), *flags);
  };
}

} // namespace dongmao::cli
