#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/error.hpp>
#include <dongmao/project/consent.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/store/household.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct ListFlags
{
  std::optional<std::string> community;
  std::optional<std::string> grid;
  std::optional<std::string> project;
  std::optional<std::string> stage;
  std::optional<std::string> signed_range;
  std::optional<std::string> vacated_range;
  std::optional<std::string> demolished_range;
  std::optional<std::string> search;
  OutputFlags output;
  std::string sort = "code";
  bool descending = false;
  std::optional<std::int64_t> limit;
};

// Table and CSV headers are the households mapping's aliases, so a CSV listing (with
// --show-pii) imports back as a ledger.
std::vector<out::Column> columns(bool with_project)
{
  std::vector<out::Column> list = {
    {"户编号", "code", false},        {"户主姓名", "head_name", false}, {"身份证号", "head_id_number", false},
    {"联系电话", "phone", false},     {"社区", "community", false},     {"网格", "grid", false},
    {"地址", "address", false},       {"家庭人数", "members", true},    {"房屋性质", "housing_type", false},
    {"建筑面积", "floor_area", true}, {"备注", "note", false},
  };
  if (with_project) {
    list.push_back({"签约状态", "stage", false});
    list.push_back({"阶段日期", "stage_date", false});
    list.push_back({"是否同意", "consent", false});
  }
  return list;
}

std::vector<std::string> cells(const Terminal& term, const store::HouseholdRow& row, bool with_project)
{
  std::vector<std::string> list = {row.code,
                                   row.head_name.value_or(""),
                                   shown_id(term, row.head_id_number),
                                   shown_phone(term, row.phone),
                                   row.community.value_or(""),
                                   row.grid.value_or(""),
                                   row.address.value_or(""),
                                   row.members ? std::to_string(*row.members) : "",
                                   row.housing_type ? project::housing_type_label(*row.housing_type) : "",
                                   row.floor_area ? format_number(*row.floor_area) : "",
                                   row.note.value_or("")};
  if (with_project) {
    list.push_back(row.stage ? project::stage_label(*row.stage) : "");
    list.push_back(row.stage_date.value_or(""));
    list.push_back(row.consent ? project::consent_label(project::consent_from_code(*row.consent)) : "");
  }
  return list;
}

void add_range(store::HouseholdFilter& filter, project::Stage stage, const char* flag,
               const std::optional<std::string>& text)
{
  if (text) {
    const auto [from, to] = parse_date_range(flag, *text);
    filter.dates.push_back(store::StageDateRange{stage, from, to});
  }
}

// Households of `ws` that `flags` select, streamed as CSV or JSON, or held (up to a
// limit) to be aligned as a table.
int list_households(const Terminal& term, workspace::Workspace& ws, const ListFlags& flags)
{
  store::HouseholdFilter filter;
  filter.community = flags.community;
  filter.grid = flags.grid;
  filter.project = flags.project;
  filter.search = flags.search;
  if (flags.stage) {
    filter.stage = parse_stage(ws, "--stage", *flags.stage);
  }
  add_range(filter, project::Stage::signed_, "--signed", flags.signed_range);
  add_range(filter, project::Stage::vacated, "--vacated", flags.vacated_range);
  add_range(filter, project::Stage::demolished, "--demolished", flags.demolished_range);
  const auto format = output_format(term, flags.output);

  // A table must hold its rows: cap them, and count what is left without holding it.
  std::optional<std::int64_t> shown = flags.limit;
  if (format == Format::table && !shown) {
    shown = 1000;
  }
  if (shown && *shown == 0) {
    shown.reset();
  }
  const auto sql_limit = format == Format::table ? std::nullopt : shown;
  store::HouseholdCursor cursor(ws.db(), filter, store::HouseholdOrder{flags.sort, flags.descending}, sql_limit);
  const bool with_project = cursor.with_project();
  Listing listing(term, flags.output, columns(with_project));
  store::HouseholdRow row;
  std::int64_t total = 0;
  while (cursor.next(row)) {
    if (listing.is_json()) {
      listing.add(household_json(term, row, with_project));
    } else if (!shown || total < *shown) {
      listing.add(cells(term, row, with_project));
    }
    ++total;
  }
  listing.finish();
  if (format == Format::table && !term.quiet && shown && total > *shown) {
    term.err << text::format(text::k_households_shown, *shown, total) << '\n';
  }
  return 0;
}

} // namespace

Json household_json(const Terminal& term, const store::HouseholdRow& row, bool with_project)
{
  auto json = Json::object();
  json.set("code", row.code)
    .set("head_name", row.head_name)
    .set("head_id_number", text_or_null(shown_id(term, row.head_id_number)))
    .set("phone", text_or_null(shown_phone(term, row.phone)))
    .set("community", row.community)
    .set("grid", row.grid)
    .set("address", row.address)
    .set("members", row.members)
    .set("housing_type", row.housing_type)
    .set("floor_area", row.floor_area)
    .set("note", row.note);
  if (with_project) {
    json.set("stage", row.stage ? Json(project::stage_code(*row.stage)) : Json())
      .set("stage_date", row.stage_date)
      .set("consent", row.consent);
  }
  return json;
}

Action setup_household_list(App& sub, Session& session)
{
  auto flags = std::make_shared<ListFlags>();
  add_option(sub, "--community", flags->community,
             {"只列此社区的住户（名称或编码）", "Only households of this community (name or code)"});
  add_option(sub, "--grid", flags->grid,
             {"只列此网格的住户（名称或编码；给了 --community 时在该社区内）",
              "Only households of this grid (name or code; within --community if given)"});
  add_option(sub, "--project", flags->project,
             {"只列纳入此项目的住户（编号或名称）；并显示其阶段、阶段日期和意见",
              "Only households enrolled in this project (code or name); adds its stage, stage date and consent"});
  add_option(sub, "--stage", flags->stage,
             {"只列处于此阶段的住户：surveyed…withdrawn 或台账标签，如 已签约（在 --project 中，否则在任一项目中）",
              "Only households at this stage: surveyed…withdrawn or a ledger label such as 已签约 "
              "(in --project, else in any project)"});
  // One sentence for the three date ranges, which differ by their event only; it lives until
  // the end of the add_option call, which copies it.
  struct RangeHelp
  {
    std::string zh;
    std::string en;
    operator text::Message() const { return {zh.c_str(), en.c_str()}; }
  };
  const auto range_help = [](const char* zh_event, const char* en_event) {
    return RangeHelp{fmt::format("只列{}日期在 RANGE 内的住户：D（当天）、D1..D2（之间，含两端）、..D（当天及以前）、"
                                 "D..（当天及以后）或 YYYY-MM（该月）；日期为 YYYY-MM-DD",
                                 zh_event),
                     fmt::format("Only households whose {} is dated in RANGE: D (that day), D1..D2 (between, "
                                 "inclusive), ..D (on or before), D.. (on or after) or YYYY-MM (that month); dates "
                                 "YYYY-MM-DD",
                                 en_event)};
  };
  add_option(sub, "--signed", flags->signed_range, range_help("签约", "signing"));
  add_option(sub, "--vacated", flags->vacated_range, range_help("腾房", "vacating (腾房)"));
  add_option(sub, "--demolished", flags->demolished_range, range_help("拆除", "demolition"));
  add_option(
    sub, "--search", flags->search,
    {"只列户主姓名、地址或户编号包含 TEXT 的住户", "Only households whose head's name, address or code contains TEXT"});
  add_output_options(sub, flags->output);
  add_option(sub, "--sort", flags->sort,
             {"排序：code、name、address、community、grid、members、area 或 stage_date（需 "
              "--project）；相同时按户编号。按户编号排序时立即逐行输出",
              "Order by code, name, address, community, grid, members, area or stage_date "
              "(needs --project); ties by code. Code order streams at once"})
    .choices(store::household_sort_keys())
    .show_default();
  add_flag(sub, "--desc", flags->descending, {"降序排列", "Sort descending"});
  add_option(sub, "--limit", flags->limit,
             {"最多 N 行。表格要对齐，先收齐各行：未指定时显示1000行（0 为全部）并统计其余行数；CSV 和 JSON "
              "逐行输出全部，内存用量不变",
              "At most N rows. A table holds its rows to align them: it shows 1000 unless told (0: all) and "
              "counts the rest; CSV and JSON stream every row in constant memory"})
    .non_negative();
  set_footer(sub, {"身份证号和电话号码打码，除非加 --show-pii。CSV "
                   "的表头为台账的表头（户编号、户主姓名、…），取值为台账的标签（私产、已签约），所以 CSV "
                   "列表可以再导入；JSON 用存储的代码（private、signed）：一个数组，或加 --ndjson 时每行一户。",
                   "ID and phone numbers are masked unless --show-pii. CSV headers are the ledger's (户编号, "
                   "户主姓名, …) and values its labels (私产, 已签约), so a CSV listing imports back; JSON uses "
                   "the stored codes (private, signed): one array, or one household per line with --ndjson."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return list_households(session.terminal(), ws, *flags);
  };
}

} // namespace dongmao::cli
