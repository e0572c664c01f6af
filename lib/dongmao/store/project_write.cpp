#include <dongmao/store/project_write.hpp>

#include <array>

namespace dongmao::store {

namespace {

// The milestones every renovation project (老旧小区改造) goes through, in order.
constexpr std::array<const char*, 8> k_renovation_milestones = {"政策宣传",   "数据采集", "入户摸底", "意见征求",
                                                                "推选理事会", "规划设计", "施工",     "竣工验收"};

} // namespace

ProjectWriter::ProjectWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "project", {"code"},
               {"name", "kind", "mode", "community_id", "start_date", "due_date", "target_households",
                "investment_cents", "status", "note", "extra"}),
    m_add_milestone(context.db, "INSERT OR IGNORE INTO milestone (project_id, name, seq) VALUES (?, ?, ?)")
{
  m_upserter.set_insert_default("status", domain::Value{std::string("active")});
  m_upserter.merge_object("extra");
}

WriteResult ProjectWriter::write(ProjectFields fields)
{
  const bool renovation = fields.kind == "renovation";
  const std::array<domain::Value, 1> key{fields.code};
  const std::array<Field, 11> values{domain::Value{std::move(fields.name)},
                                     domain::Value{std::move(fields.kind)},
                                     std::move(fields.mode),
                                     std::move(fields.community_id),
                                     std::move(fields.start_date),
                                     std::move(fields.due_date),
                                     std::move(fields.target_households),
                                     std::move(fields.investment_cents),
                                     std::move(fields.status),
                                     std::move(fields.note),
                                     std::move(fields.extra)};
  const auto result = upsert_audited(m_context, m_upserter, "project", fields.code, key, values);
  if (result.outcome == Outcome::inserted && renovation) {
    for (std::size_t i = 0; i < k_renovation_milestones.size(); ++i) {
      m_add_milestone.bind(1, result.id).bind(2, k_renovation_milestones[i]).bind(3, static_cast<std::int64_t>(i + 1));
      m_add_milestone.run();
    }
  }
  return result;
}

} // namespace dongmao::store
