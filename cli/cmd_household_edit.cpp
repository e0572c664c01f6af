#include "edit_flags.hpp"
#include "subcommands.hpp"

namespace dongmao::cli {

namespace {

// The households mapping's fields as flags; values are read as ledger cells are.
const std::vector<FieldFlag>& household_flags()
{
  static const std::vector<FieldFlag> k_flags = {
    {"--name", "head_name", "Head of household (户主姓名)"},
    {"--id-number", "head_id_number", "Head's ID number (身份证号), checked like the import checks it"},
    {"--phone", "phone", "Phone (联系电话): a mobile, or a landline with area code"},
    {"--community", "community", "Community (社区), name or code; must exist"},
    {"--grid", "grid", "Grid (网格), name or code; looked up in the household's community"},
    {"--address", "address", "Address (地址)"},
    {"--members", "members", "Members of the household (家庭人数), a whole number"},
    {"--housing-type", "housing_type",
     "Housing type (房屋性质): 私产, 公产, 门面, 其他 (or private, public, shop, other)"},
    {"--floor-area", "floor_area", "Floor area in ㎡ (建筑面积)"},
    {"--note", "note", "Note (备注)"},
  };
  return k_flags;
}

const EditSpec& edit_spec()
{
  static const EditSpec k_spec{
    "households",
    "Household code (户编号)",
    &household_flags(),
    {},
    "Values are checked exactly as 'dongmao import households' checks ledger cells (ID check digit, phone "
    "forms, labels, full-width digits). An empty value (--phone \"\") clears the field."};
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
