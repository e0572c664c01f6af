#include "lang_scope.hpp"

#include <dongmao/import/audit_labels.hpp>

#include <doctest/doctest.h>

using namespace dongmao;

TEST_CASE("import::audit_action_label, audit_field_label, audit_value_label")
{
  CHECK(import::audit_action_label("insert") == "新增");
  CHECK(import::audit_action_label("stage") == "阶段变更");
  CHECK(import::audit_action_label("accept") == "受理");
  CHECK(import::audit_field_label("household", "head_id_number") == "身份证号");
  CHECK(import::audit_field_label("household", "community_id") == "社区");
  CHECK(import::audit_field_label("enrollment", "stage") == "签约状态");
  CHECK(import::audit_field_label("petition", "received_date") == "登记日期");
  CHECK(import::audit_field_label("enrollment", "forced") == "强制更正");
  CHECK(import::audit_value_label("household", "housing_type", "private") == "私产");
  CHECK(import::audit_value_label("enrollment", "stage", "vacated") == "已腾房");
  CHECK(import::audit_value_label("petition", "status", "accepted") == "办理中");
  CHECK(import::audit_value_label("household", "phone", "accepted") == "accepted");
  CHECK(import::audit_entity_label("enrollment") == "项目住户");
  CHECK(import::audit_entity_label("milestone") == "里程碑");

  const LangScope en(text::Lang::en);
  CHECK(import::audit_action_label("insert") == "insert");
  CHECK(import::audit_field_label("household", "head_id_number") == "head_id_number");
  CHECK(import::audit_value_label("household", "housing_type", "private") == "private");
  CHECK(import::audit_entity_label("enrollment") == "enrollment");
}
