#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/import/audit_labels.hpp>
#include <dongmao/store/audit_query.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/text/domain.hpp>

#include <memory>

namespace dongmao::cli {

namespace {

struct AuditFlags
{
  std::optional<std::string> operator_name;
  std::optional<std::string> entity;
  std::optional<std::string> from;
  std::optional<std::string> to;
  OutputFlags output;
};

// The filter `flags` ask for: --entity ENTITY or ENTITY:KEY (a key may itself hold "/").
store::AuditFilter audit_filter(const AuditFlags& flags)
{
  store::AuditFilter filter;
  filter.operator_name = flags.operator_name;
  if (flags.entity) {
    const auto colon = flags.entity->find(':');
    filter.entity = flags.entity->substr(0, colon);
    if (colon != std::string::npos) {
      filter.entity_key = flags.entity->substr(colon + 1);
    }
  }
  filter.from = optional_date_flag("--from", flags.from);
  filter.to = optional_date_flag("--to", flags.to);
  if (filter.from && filter.to && *filter.to < *filter.from) {
    throw UsageError(text::format(text::k_to_before_from, filter.to->iso(), filter.from->iso()));
  }
  return filter;
}

// Who changed or revealed what in `ws`, as `flags` filter it; values masked unless --show-pii.
int list_audit(const Terminal& term, workspace::Workspace& ws, const AuditFlags& flags)
{
  const auto rows = store::audit_entries(ws.db(), audit_filter(flags));
  Listing listing(term, flags.output,
                  {{"时间", "at"},
                   {"操作人", "operator"},
                   {"操作", "action"},
                   {"对象", "entity"},
                   {"编号", "key"},
                   {"内容", "changes"}});
  for (const auto& row : rows) {
    const auto changes = shown_changes(term, Json::parse_or_null(row.changes));
    if (listing.is_json()) {
      listing.add(Json::object({{"id", static_cast<long long>(row.id)},
                                {"at", row.at},
                                {"operator", row.operator_name},
                                {"action", row.action},
                                {"entity", row.entity},
                                {"key", text_or_null(row.entity_key)},
                                {"changes", changes}}));
    } else {
      listing.add({row.at, row.operator_name, import::audit_action_label(row.action),
                   import::audit_entity_label(row.entity), row.entity_key, describe_changes(row.entity, changes)});
    }
  }
  listing.finish();
  return 0;
}

} // namespace

Action setup_audit(App& sub, Session& session)
{
  auto flags = std::make_shared<AuditFlags>();
  add_option(sub, "--operator", flags->operator_name, {"只列此操作人的记录", "Only entries by this operator"});
  add_option(sub, "--entity", flags->entity,
             {"只列关于 ENTITY 的记录（household、person、project、enrollment、milestone、petition，或导入的台账种类如 "
              "households），或 ENTITY:KEY 指一条记录（household:H001）",
              "Only entries about ENTITY (household, person, project, enrollment, milestone, petition, or an import's "
              "entity such as households), or ENTITY:KEY for one record (household:H001)"});
  add_option(sub, "--from", flags->from,
             {"只列这一天（YYYY-MM-DD）及以后的记录", "Only entries made on or after this day (YYYY-MM-DD)"});
  add_option(sub, "--to", flags->to,
             {"只列这一天（YYYY-MM-DD）及以前的记录", "Only entries made on or before this day (YYYY-MM-DD)"});
  add_output_options(sub, flags->output);
  set_footer(sub, {"每次修改、导入、--show-pii 的使用（动作 reveal）和写出未打码数据的文件（动作 "
                   "export），按时间先后。修改中的身份证号和电话号码打码，除非加 --show-pii，而这本身也会被记录。",
                   "Every change, import, --show-pii use (action reveal) and file of unmasked data "
                   "(action export), oldest first. ID and phone numbers in the changes are masked unless "
                   "--show-pii, which is itself recorded."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return list_audit(session.terminal(), ws, *flags);
  };
}

} // namespace dongmao::cli
