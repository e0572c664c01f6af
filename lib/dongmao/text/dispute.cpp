#include <dongmao/text/dispute.hpp>

namespace dongmao::text {

const Message k_households_not_count{"“{0}”不是户数，应写作120、120户、400多户、300余户或约120户",
                                     "'{0}' is no count of households; write 120, 120户, 400多户, 300余户 or 约120户"};
const Message k_households_flag_not_count{"--households 的“{0}”不是户数，应写作120、400多或约120",
                                          "--households '{0}' is no count of households; give 120, 400多 or 约120"};

} // namespace dongmao::text
