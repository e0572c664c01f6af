// A renovation ledger row (老旧小区改造台账): one compound, courtyard or area of a project.
#include <dongmao/import/writers.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/store/project_kind.hpp>
#include <dongmao/store/unit_write.hpp>
#include <dongmao/text/unit.hpp>

#include <map>

namespace dongmao::import {

namespace {

class UnitWriter : public Writer
{
public:
  explicit UnitWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override
  {
    return record.text("project").value_or("") + "/" + record.text("name").value_or("");
  }

  store::Outcome write(const Record& record) override
  {
    const auto name = required_text(record, "name", "名称");
    required_text(record, "kind", "类型");
    const auto project = project_column(record, m_context);
    if (!project || is_null(*project)) {
      required_text(record, "project", "项目");
    }
    const auto project_id = std::get<std::int64_t>(*project);
    const auto kind = project_kind(project_id);
    if (kind != "renovation") {
      throw RowProblem("project", text::format(text::k_unit_project_not_renovation, *record.text("project"),
                                               project::kind_label(kind)));
    }
    const auto start = record.text("start_date");
    const auto accepted = record.text("accepted_date");
    if (start && accepted && *accepted < *start) {
      throw RowProblem("accepted_date", text::format(text::k_unit_accepted_before_start, *accepted, *start));
    }
    store::UnitFields fields;
    fields.project_id = project_id;
    fields.name = name;
    fields.kind = record.column("kind");
    fields.households = record.column("households");
    fields.investment_cents = record.column("investment");
    fields.start_date = record.column("start_date");
    fields.accepted_date = record.column("accepted_date");
    fields.extra = extra_column(record, m_context);
    return m_writer.write(std::move(fields), *record.text("project") + "/" + name).outcome;
  }

private:
  const std::string& project_kind(std::int64_t project_id)
  {
    auto found = m_kinds.find(project_id);
    if (found == m_kinds.end()) {
      found = m_kinds.emplace(project_id, store::project_kind(m_context.store.db, project_id)).first;
    }
    return found->second;
  }

  WriterContext& m_context;
  store::UnitWriter m_writer;
  std::map<std::int64_t, std::string> m_kinds; // project id → kind code
};

} // namespace

std::unique_ptr<Writer> make_unit_writer(WriterContext& context)
{
  return std::make_unique<UnitWriter>(context);
}

} // namespace dongmao::import
