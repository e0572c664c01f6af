#include <dongmao/text/domain.hpp>

namespace dongmao::text {

const Message k_id_empty{"为空", "is empty"};
const Message k_id_excel_number{"Excel 把它存成了数字，丢失了末尾几位",
                                "Excel stored this ID as a number and lost its last digits"};
const Message k_id_old_format{"是15位旧号码；请填18位身份证号", "15-digit ID of the old format; give the 18-digit one"};
const Message k_id_length{"有{0}个字符，应为18个", "has {0} characters, expected 18"};
const Message k_id_character{"第{0}个字符是“{1}”，应为数字{2}", "character {0} is '{1}', expected a digit{2}"};
const Message k_id_or_x{"或X", " or X"};
const Message k_id_birth_unreal{"出生日期不存在", "birth date is not a real date"};
const Message k_id_birth_early{"出生日期早于1900年", "birth date is before 1900"};
const Message k_id_birth_late{"出生日期晚于2100年", "birth date is after 2100"};
const Message k_id_check_digit{"校验位不对", "check digit is wrong"};
const Message k_code_character{"第{0}个字符是“{1}”，代码中不会出现", "character {0} is '{1}', which codes never use"};
const Message k_code_check{"校验位是{0}，应为{1}", "check character is {0}, expected {1}"};
const Message k_to_before_from{"--to {0}早于 --from {1}", "--to {0} is before --from {1}"};
const Message k_serial_nan{"Excel 日期序号不是数", "Excel date serial is not a number"};
const Message k_serial_range{"Excel 日期序号{0}不在{1}到{2}之间", "Excel date serial {0} is outside {1} to {2}"};
const Message k_serial_range_1904{"Excel 日期序号{0}不在{1}到{2}之间（1904 日期系统）",
                                  "Excel date serial {0} is outside {1} to {2} (1904 system)"};
const Message k_serial_60{"Excel 日期序号60是1900-02-29，这一天并不存在",
                          "Excel date serial 60 is 1900-02-29, a day that does not exist"};

} // namespace dongmao::text
