#include "edit_flags.hpp"
#include "subcommands.hpp"

namespace dongmao::cli {

namespace {

// The households mapping's fields as flags; values are read as ledger cells are.
const std::vector<FieldFlag>& household_flags()
{
  static const std::vector<FieldFlag> k_flags = {
    {"--name", "head_name", {"户主姓名", "Head of household (户主姓名)"}},
    {"--id-number",
     "head_id_number",
     {"户主身份证号，按导入的规则检查", "Head's ID number (身份证号), checked like the import checks it"}},
    {"--phone",
     "phone",
     {"联系电话：手机号，或带区号的固定电话", "Phone (联系电话): a mobile, or a landline with area code"}},
    {"--community", "community", {"社区名称或编码；须已存在", "Community (社区), name or code; must exist"}},
    {"--grid",
     "grid",
     {"网格名称或编码；在该户所在社区中查找", "Grid (网格), name or code; looked up in the household's community"}},
    {"--address", "address", {"地址", "Address (地址)"}},
    {"--members", "members", {"家庭人数，整数", "Members of the household (家庭人数), a whole number"}},
    {"--housing-type",
     "housing_type",
     {"房屋性质：私产、公产、门面、其他（或 private、public、shop、other）",
      "Housing type (房屋性质): 私产, 公产, 门面, 其他 (or private, public, shop, other)"}},
    {"--floor-area", "floor_area", {"建筑面积（㎡）", "Floor area in ㎡ (建筑面积)"}},
    {"--note", "note", {"备注", "Note (备注)"}},
  };
  return k_flags;
}

const EditSpec& edit_spec()
{
  static const EditSpec k_spec{
    "households",
    {"户编号", "Household code (户编号)"},
    &household_flags(),
    {},
    {"取值的检查与“dongmao import households”检查台账单元格完全相同（身份证校验位、电话格式、"
     "标签、全角数字）。空值（--phone \"\"）清除该字段。",
     "Values are checked exactly as 'dongmao import households' checks ledger cells (ID check digit, phone "
     "forms, labels, full-width digits). An empty value (--phone \"\") clears the field."}};
  return k_spec;
}

} // namespace

Action setup_household_add(App& sub, Session& session)
{
  return setup_field_add(sub, session, edit_spec());
}

Action setup_household_update(App& sub, Session& session)
{
  return setup_field_update(sub, session, edit_spec());
}

} // namespace dongmao::cli
