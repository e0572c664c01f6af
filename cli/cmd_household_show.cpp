#include "subcommands.hpp"

#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/project/consent.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/store/household_detail.hpp>

#include <fmt/format.h>

#include <ostream>

namespace dongmao::cli {

namespace {

nlohmann::json parse_or_null(const std::optional<std::string>& text)
{
  return text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
}

nlohmann::json detail_json(const Context& context, const store::HouseholdDetail& detail)
{
  auto json = household_json(context, detail.household, false);
  json["extra"] = parse_or_null(detail.extra);
  json["created_at"] = detail.created_at;
  json["updated_at"] = detail.updated_at;
  json["persons"] = nlohmann::json::array();
  json["projects"] = nlohmann::json::array();
  json["petitions"] = nlohmann::json::array();
  for (const auto& p : detail.persons) {
    json["persons"].push_back({{"name", p.name},
                               {"id_number", shown_id(context, p.id_number)},
                               {"relation", json_or_null(p.relation)},
                               {"residence_type", json_or_null(p.residence_type)},
                               {"gender", json_or_null(p.gender)},
                               {"birth_date", json_or_null(p.birth_date)},
                               {"phone", text_or_null(shown_phone(context, p.phone))},
                               {"tags", parse_or_null(p.tags)}});
  }
  for (const auto& e : detail.enrollments) {
    json["projects"].push_back({{"code", e.project_code},
                                {"name", e.project_name},
                                {"kind", e.project_kind},
                                {"stage", project::stage_code(e.stage)},
                                {"stage_date", json_or_null(e.stage_date)},
                                {"consent", json_or_null(e.consent)},
                                {"compensation_cents", json_or_null(e.compensation_cents)},
                                {"agreement_no", json_or_null(e.agreement_no)}});
  }
  for (const auto& p : detail.petitions) {
    json["petitions"].push_back({{"case_no", p.case_no},
                                 {"received_date", p.received_date},
                                 {"channel", p.channel},
                                 {"category", p.category},
                                 {"status", p.status},
                                 {"summary", json_or_null(p.summary)},
                                 {"project", json_or_null(p.project_code)}});
  }
  return json;
}

void print_detail(Context& context, const store::HouseholdDetail& detail)
{
  auto& out = context.out();
  const auto& h = detail.household;
  out << h.code << "  " << h.head_name.value_or("") << '\n';
  print_field(out, "身份证号", shown_id(context, h.head_id_number));
  print_field(out, "联系电话", shown_phone(context, h.phone));
  print_field(out, "社区", h.community.value_or(""));
  print_field(out, "网格", h.grid.value_or(""));
  print_field(out, "地址", h.address.value_or(""));
  print_field(out, "家庭人数", h.members ? std::to_string(*h.members) : "");
  print_field(out, "房屋性质", h.housing_type ? project::housing_type_label(*h.housing_type) : "");
  print_field(out, "建筑面积", h.floor_area ? format_number(*h.floor_area) : "");
  print_field(out, "备注", h.note.value_or(""));

  out << "\n成员 (" << detail.persons.size() << ")\n";
  if (!detail.persons.empty()) {
    out::Table table{{{"姓名", "name"}, {"身份证号", "id_number"}, {"关系", "relation"}, {"出生日期", "birth_date"},
                      {"联系电话", "phone"}},
                     {}};
    for (const auto& p : detail.persons) {
      table.rows.push_back({p.name, shown_id(context, p.id_number), p.relation.value_or(""),
                            p.birth_date.value_or(""), shown_phone(context, p.phone)});
    }
    out::write_aligned(out, table);
  }

  out << "\n项目 (" << detail.enrollments.size() << ")\n";
  if (!detail.enrollments.empty()) {
    out::Table table{{{"项目编号", "code"}, {"项目名称", "name"}, {"阶段", "stage"}, {"阶段日期", "stage_date"},
                      {"意愿", "consent"}, {"补偿金额(元)", "compensation", true}, {"协议编号", "agreement_no"}},
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
    out::Table table{{{"信访件编号", "case_no"}, {"收到日期", "received_date"}, {"渠道", "channel"},
                      {"类别", "category"}, {"状态", "status"}, {"项目", "project"}},
                     {}};
    for (const auto& p : detail.petitions) {
      table.rows.push_back({p.case_no, p.received_date, p.channel, p.category, p.status, p.project_code.value_or("")});
    }
    out::write_aligned(out, table);
  }
}

// A change object as one line: "phone 138****1234 → 139****5678, members 3 → 4".
std::string describe_changes(const nlohmann::json& changes)
{
  std::string text;
  for (const auto& [key, value] : changes.items()) {
    const auto side = [](const nlohmann::json& v) { return v.is_null() ? std::string("∅") : v.is_string() ? v.get<std::string>() : v.dump(); };
    text += text.empty() ? "" : ", ";
    if (value.is_array() && value.size() == 2) {
      text += value[0].is_null() ? fmt::format("{} {}", key, side(value[1]))
                                 : fmt::format("{} {} → {}", key, side(value[0]), side(value[1]));
    } else {
      text += fmt::format("{} {}", key, side(value));
    }
  }
  return text;
}

} // namespace

Action setup_household_show(CLI::App& sub, Context& context)
{
  auto code = std::make_shared<std::string>();
  sub.add_option("CODE", *code, "Household code (户编号)")->required();
  sub.footer(wrap_text("JSON keys: the household's fields, persons (its registered members), projects (each enrollment with "
             "its current stage) and petitions. ID and phone numbers are masked unless --show-pii."));
  return [code, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto detail = store::household_detail(ws.db(), *code);
    if (context.options.json) {
      context.out() << detail_json(context, detail).dump(2) << '\n';
    } else {
      print_detail(context, detail);
    }
    return 0;
  };
}

Action setup_household_history(CLI::App& sub, Context& context)
{
  auto code = std::make_shared<std::string>();
  sub.add_option("CODE", *code, "Household code (户编号)")->required();
  sub.footer(wrap_text("Stage events are dated by their effective date, other changes by the day they were made; ties keep the "
             "order of recording. Stage changes and enrollments show as their stage events, which carry the notes."));
  return [code, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto entries = store::household_history(ws.db(), *code);
    if (context.options.json) {
      auto array = nlohmann::json::array();
      for (const auto& e : entries) {
        array.push_back({{"date", e.date},
                         {"recorded_at", e.recorded_at},
                         {"kind", e.kind},
                         {"project", e.project.empty() ? nlohmann::json() : nlohmann::json(e.project)},
                         {"stage", e.stage ? nlohmann::json(project::stage_code(*e.stage)) : nlohmann::json()},
                         {"operator", e.operator_name},
                         {"note", json_or_null(e.note)},
                         {"changes", e.kind == "stage" ? nlohmann::json() : shown_changes(context, e.changes)},
                         {"imported", e.imported}});
      }
      context.out() << array.dump(2) << '\n';
      return 0;
    }
    out::Table table{{{"日期", "date"}, {"项目", "project"}, {"事件", "event"}, {"内容", "detail"},
                      {"操作人", "operator"}, {"记录时间", "recorded_at"}},
                     {}};
    for (const auto& e : entries) {
      std::string event = e.kind == "stage" && e.stage ? project::stage_label(*e.stage) : e.kind;
      std::string detail = e.kind == "stage" ? e.note.value_or("") : describe_changes(shown_changes(context, e.changes));
      if (e.kind != "stage" && e.note) {
        detail += (detail.empty() ? "" : "; ") + *e.note;
      }
      table.rows.push_back({e.date, e.project, event + (e.imported ? " (导入)" : ""), detail, e.operator_name,
                            e.recorded_at});
    }
    out::write_aligned(context.out(), table);
    return 0;
  };
}

} // namespace dongmao::cli
