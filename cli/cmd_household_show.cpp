#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/import/audit_labels.hpp>
#include <dongmao/project/consent.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/store/household_detail.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

Json detail_json(const Terminal& term, const store::HouseholdDetail& detail)
{
  auto json = household_json(term, detail.household, false);
  json.set("extra", Json::parse_or_null(detail.extra));
  json.set("created_at", detail.created_at);
  json.set("updated_at", detail.updated_at);
  auto persons = Json::array();
  for (const auto& p : detail.persons) {
    persons.push(Json::object({{"name", p.name},
                               {"id_number", shown_id(term, p.id_number)},
                               {"relation", p.relation},
                               {"residence_type", p.residence_type},
                               {"gender", p.gender},
                               {"birth_date", p.birth_date},
                               {"phone", text_or_null(shown_phone(term, p.phone))},
                               {"tags", Json::parse_or_null(p.tags)}}));
  }
  auto projects = Json::array();
  for (const auto& e : detail.enrollments) {
    projects.push(Json::object({{"code", e.project_code},
                                {"name", e.project_name},
                                {"kind", e.project_kind},
                                {"stage", project::stage_code(e.stage)},
                                {"stage_date", e.stage_date},
                                {"consent", e.consent},
                                {"compensation_cents", e.compensation_cents},
                                {"agreement_no", e.agreement_no}}));
  }
  auto petitions = Json::array();
  for (const auto& p : detail.petitions) {
    petitions.push(Json::object({{"case_no", p.case_no},
                                 {"received_date", p.received_date},
                                 {"channel", p.channel},
                                 {"category", p.category},
                                 {"status", p.status},
                                 {"summary", p.summary},
                                 {"project", p.project_code}}));
  }
  json.set("persons", std::move(persons));
  json.set("projects", std::move(projects));
  json.set("petitions", std::move(petitions));
  return json;
}

void print_detail(const Terminal& term, const store::HouseholdDetail& detail)
{
  auto& out = term.out;
  const auto& h = detail.household;
  out << domain::visible_text(h.code + "  " + h.head_name.value_or("")) << '\n';
  print_field(out, "身份证号", shown_id(term, h.head_id_number));
  print_field(out, "联系电话", shown_phone(term, h.phone));
  print_field(out, "社区", h.community.value_or(""));
  print_field(out, "网格", h.grid.value_or(""));
  print_field(out, "地址", h.address.value_or(""));
  print_field(out, "家庭人数", h.members ? std::to_string(*h.members) : "");
  print_field(out, "房屋性质", h.housing_type ? project::housing_type_label(*h.housing_type) : "");
  print_field(out, "建筑面积", h.floor_area ? format_number(*h.floor_area) : "");
  print_field(out, "备注", h.note.value_or(""));

  out << "\n成员 (" << detail.persons.size() << ")\n";
  if (!detail.persons.empty()) {
    out::Table table{{{"姓名", "name"},
                      {"身份证号", "id_number"},
                      {"关系", "relation"},
                      {"出生日期", "birth_date"},
                      {"联系电话", "phone"}},
                     {}};
    for (const auto& p : detail.persons) {
      table.rows.push_back({p.name, shown_id(term, p.id_number), p.relation.value_or(""), p.birth_date.value_or(""),
                            shown_phone(term, p.phone)});
    }
    out::write_aligned(out, table);
  }

  out << "\n项目 (" << detail.enrollments.size() << ")\n";
  if (!detail.enrollments.empty()) {
    out::Table table{{{"项目编号", "code"},
                      {"项目名称", "name"},
                      {"阶段", "stage"},
                      {"阶段日期", "stage_date"},
                      {"意愿", "consent"},
                      {"补偿金额(元)", "compensation", true},
                      {"协议编号", "agreement_no"}},
                     {}};
    for (const auto& e : detail.enrollments) {
      table.rows.push_back({e.project_code, e.project_name, project::stage_label(e.stage), e.stage_date.value_or(""),
                            e.consent ? project::consent_label(project::consent_from_code(*e.consent)) : "",
                            e.compensation_cents ? domain::format_amount_yuan(*e.compensation_cents) : "",
                            e.agreement_no.value_or("")});
    }
    out::write_aligned(out, table);
  }

  out << "\n信访 (" << detail.petitions.size() << ")\n";
  if (!detail.petitions.empty()) {
    out::Table table{{{"信访件编号", "case_no"},
                      {"收到日期", "received_date"},
                      {"渠道", "channel"},
                      {"类别", "category"},
                      {"状态", "status"},
                      {"项目", "project"}},
                     {}};
    for (const auto& p : detail.petitions) {
      table.rows.push_back({p.case_no, p.received_date, p.channel, p.category, p.status, p.project_code.value_or("")});
    }
    out::write_aligned(out, table);
  }
}

// The household `code` of `ws` with its members, projects and petitions.
int show_household(const Terminal& term, workspace::Workspace& ws, const std::string& code)
{
  const auto detail = store::household_detail(ws.db(), code);
  if (term.json) {
    print_json(term, detail_json(term, detail));
  } else {
    print_detail(term, detail);
  }
  return 0;
}

// Every stage event and audited change of household `code` of `ws`, in time order.
int household_history(const Terminal& term, workspace::Workspace& ws, const std::string& code,
                      const OutputFlags& output)
{
  const auto entries = store::household_history(ws.db(), code);
  Listing listing(term, output,
                  {{"日期", "date"},
                   {"项目", "project"},
                   {"事件", "event"},
                   {"内容", "detail"},
                   {"操作人", "operator"},
                   {"记录时间", "recorded_at"}});
  for (const auto& e : entries) {
    const auto changes =
      e.kind == "stage" ? Json() : shown_changes(term, Json::parse_or_null(store::changes_text(e.changes)));
    if (listing.is_json()) {
      listing.add(Json::object({{"date", e.date},
                                {"recorded_at", e.recorded_at},
                                {"kind", e.kind},
                                {"project", text_or_null(e.project)},
                                {"stage", e.stage ? Json(project::stage_code(*e.stage)) : Json()},
                                {"operator", e.operator_name},
                                {"note", e.note},
                                {"changes", changes},
                                {"imported", e.imported}}));
      continue;
    }
    std::string event =
      e.kind == "stage" && e.stage ? project::stage_label(*e.stage) : import::audit_action_label(e.kind);
    std::string detail = e.kind == "stage" ? e.note.value_or("")
                                           : describe_changes(e.project.empty() ? "household" : "enrollment", changes);
    if (e.kind != "stage" && e.note) {
      detail += (detail.empty() ? "" : "; ") + *e.note;
    }
    listing.add({e.date, e.project, event + (e.imported ? " (导入)" : ""), detail, e.operator_name, e.recorded_at});
  }
  listing.finish();
  return 0;
}

} // namespace

Json shown_changes(const Terminal& term, const Json& changes)
{
  auto shown = changes;
  if (!term.show_pii) {
    for (const char* key : {"head_id_number", "id_number"}) {
      shown.change_strings(key, [](const std::string& id) { return domain::mask_id_card(id); });
    }
    shown.change_strings("phone", [](const std::string& phone) { return domain::mask_phone(phone); });
  }
  return shown;
}

std::string describe_changes(const std::string& entity, const Json& changes)
{
  std::string text;
  for (const auto& [key, value] : changes.members()) {
    const auto side = [&](const Json& one) {
      return one.is_null() ? std::string("∅") : import::audit_value_label(entity, key, one.text());
    };
    const auto field = import::audit_field_label(entity, key);
    text += text.empty() ? "" : ", ";
    if (value.is_array() && value.size() == 2) {
      const auto before = value.item(0);
      text += before.is_null() ? fmt::format("{} {}", field, side(value.item(1)))
                               : fmt::format("{} {} → {}", field, side(before), side(value.item(1)));
    } else {
      text += fmt::format("{} {}", field, side(value));
    }
  }
  return text;
}

Action setup_household_show(App& sub, Session& session)
{
  auto code = std::make_shared<std::string>();
  add_option(sub, "CODE", *code, {"户编号", "Household code (户编号)"}).required();
  set_footer(sub, {"JSON 的键：该户的字段、persons（其登记的成员）、projects（每个项目及当前阶段）和 "
                   "petitions。身份证号和电话号码打码，除非加 --show-pii。",
                   "JSON keys: the household's fields, persons (its registered members), projects (each "
                   "enrollment with its current stage) and petitions. ID and phone numbers are masked unless "
                   "--show-pii."});
  return [code, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return show_household(session.terminal(), ws, *code);
  };
}

Action setup_household_history(App& sub, Session& session)
{
  auto code = std::make_shared<std::string>();
  auto output = std::make_shared<OutputFlags>();
  add_option(sub, "CODE", *code, {"户编号", "Household code (户编号)"}).required();
  add_output_options(sub, *output);
  set_footer(sub, {"阶段记录按生效日期排列，其他修改按修改当天排列；同一天的按记录先后。阶段变更和纳入项目显示为其阶段"
                   "记录，备注随记录显示。",
                   "Stage events are dated by their effective date, other changes by the day they were "
                   "made; ties keep the order of recording. Stage changes and enrollments show as their stage "
                   "events, which carry the notes."});
  return [code, output, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return household_history(session.terminal(), ws, *code, *output);
  };
}

} // namespace dongmao::cli
