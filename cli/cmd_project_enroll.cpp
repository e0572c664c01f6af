#include "subcommands.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/edit.hpp>
#include <dongmao/store/enrollment.hpp>

#include <fmt/format.h>

#include <fstream>
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
    throw InputMissing(fmt::format("{}: cannot open", path));
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

} // namespace

Action setup_project_enroll(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<EnrollFlags>();
  sub.add_option("PROJECT", flags->project, "The project (code or name)")->required();
  sub.add_option("CODES", flags->codes, "Household codes (户编号) to enroll");
  sub.add_option("--file", flags->file, "Read household codes from FILE: one a line, or the first column of a CSV");
  sub.add_option("--community", flags->community, "Enroll every household of this community");
  sub.add_option("--grid", flags->grid, "Enroll every household of this grid (within --community if given)");
  sub.add_option("--search", flags->search, "Enroll every household whose head's name, address or code contains TEXT");
  sub.add_flag("--skip-enrolled", flags->skip_enrolled, "Leave households already in the project alone instead of failing");
  sub.add_option("--date", flags->date, "Survey date YYYY-MM-DD of the first stage event (default: today)");
  sub.add_option("--note", flags->note, "Kept with each stage event");
  sub.footer(wrap_text("Households start at stage surveyed (入户调查) with a stage event and an audit entry each; in a "
             "renovation project their consent starts pending. All in one transaction: an unknown code, a code "
             "given twice or a household already enrolled writes nothing (exit 65)."));
  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::write);
    const auto actor = make_actor(context, ws);
    store::EnrollRequest request;
    request.project = flags->project;
    request.codes = flags->codes;
    if (flags->file) {
      const auto more = read_codes(*flags->file, import::workspace_mapping(ws, "households"));
      request.codes.insert(request.codes.end(), more.begin(), more.end());
    }
    if (flags->community || flags->grid || flags->search) {
      store::HouseholdFilter filter;
      filter.community = flags->community;
      filter.grid = flags->grid;
      filter.search = flags->search;
      request.filter = filter;
    }
    if (request.codes.empty() && !request.filter && !flags->file) {
      throw UsageError("name the households: CODES, --file, or a filter (--community, --grid, --search)");
    }
    request.skip_enrolled = flags->skip_enrolled;
    request.date = flags->date ? parse_date_value("--date", *flags->date) : actor.today;
    request.note = flags->note;
    const auto result = store::enroll(ws.db(), request, actor);
    if (context.options.json) {
      context.out() << nlohmann::json{{"project", result.project}, {"enrolled", result.enrolled},
                                      {"skipped", result.skipped}}.dump(2)
                    << '\n';
    } else if (!context.options.quiet) {
      context.out() << fmt::format("{}: enrolled {} households{}\n", result.project, result.enrolled,
                                   result.skipped ? fmt::format(", skipped {} already enrolled", result.skipped) : "");
    }
    return 0;
  };
}

} // namespace dongmao::cli
