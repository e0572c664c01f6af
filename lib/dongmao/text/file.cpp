#include <dongmao/text/file.hpp>

namespace dongmao::text {

const Message k_no_such_file{"{0}：文件不存在", "{0}: no such file"};
const Message k_is_a_directory{"{0}：是目录，不是表格文件", "{0}: is a directory, not a spreadsheet"};
const Message k_cannot_open{"{0}：无法打开（{1}）", "{0}: cannot open ({1})"};
const Message k_not_a_zip_workbook{
  "{0}：不是可读的 .xlsx 工作簿（不是 zip 压缩包）；请在 Excel 或 WPS 中打开并另存为 .xlsx",
  "{0}: not a readable .xlsx workbook (not a zip archive)"};

} // namespace dongmao::text
