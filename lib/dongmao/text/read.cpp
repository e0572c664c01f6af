#include <dongmao/text/read.hpp>

namespace dongmao::text {

const Message k_read_file_problem{"{0}：{1}", "{0}: {1}"};
const Message k_standard_input{"标准输入", "standard input"};
const Message k_save_as_xlsx{"请在 Excel 或 WPS 中打开并另存为 .xlsx", "open it in Excel or WPS and save it as .xlsx"};

const Message k_unknown_encoding{"未知的编码“{0}”（可用 utf-8、gb18030、gbk、utf-16le 或 utf-16be）",
                                 "unknown encoding '{0}' (expected utf-8, gb18030, gbk, utf-16le or utf-16be)"};
const Message k_invalid_delimiter{"{0} 不能用作 CSV 分隔符", "invalid CSV delimiter {0}"};
const Message k_cannot_read{"无法读取（{0}）", "cannot read: {0}"};
const Message k_line_problem{"第{0}行：{1}", "line {0}: {1}"};
const Message k_nul_character{"第{0}行：含有NUL字符（不是文本文件？）", "line {0}: NUL character (not a text file?)"};
const Message k_quote_never_closed{"第{0}行第{1}列：从第{2}行开始的引号没有闭合",
                                   "row {0}, column {1}: quoted field starting on line {2} is never closed"};
const Message k_too_many_columns{"第{0}行：超过{1}列", "row {0}: more than {1} columns"};
const Message k_quoted_field_too_long{
  "第{0}行第{1}列：从第{2}行开始的引号内文字超过{3}字节（是否缺少右引号？）",
  "row {0}, column {1}: quoted field starting on line {2} is longer than {3} bytes (is a closing quote missing?)"};
const Message k_field_too_long{"第{0}行第{1}列：超过{2}字节", "row {0}, column {1}: field longer than {2} bytes"};

const Message k_not_text{"{0}：不是UTF-8、GB18030或UTF-16文本（偏移{1}处的字节0x{2:02X}无效）",
                         "{0}: not UTF-8, GB18030 or UTF-16 text (invalid byte 0x{2:02X} at offset {1})"};
const Message k_invalid_byte{"不是有效的{0}文本（偏移{1}处的字节0x{2:02X}无效）",
                             "not valid {0} text (invalid byte 0x{2:02X} at offset {1})"};
const Message k_incomplete_character{"不是有效的{0}文本（文件末尾的字符不完整，偏移{1}）",
                                     "not valid {0} text (incomplete character at end of file, offset {1})"};
const Message k_iconv_cannot_convert{"iconv 无法把{0}转换为UTF-8：{1}", "iconv cannot convert {0} to UTF-8: {1}"};

const Message k_cannot_start_process{"无法启动安全读取文件的进程：{0}",
                                     "cannot start a process to read the file safely: {0}"};
const Message k_cannot_wait_process{"无法等待读取文件的进程：{0}", "cannot wait for the process reading the file: {0}"};

const Message k_encrypted_xlsx{
  "{0}：是加密（设了打开密码）的 Excel 工作簿，无法读取；请在 Excel 或 WPS 中输入密码打开，取消密码后另存为 .xlsx",
  "{0}: an encrypted (password-protected) Excel workbook, which cannot be read; open it in Excel or WPS with its "
  "password, remove the password and save it as .xlsx"};
const Message k_encrypted_xls{
  "{0}：是设了打开密码的 .xls 工作簿，无法读取；请在 Excel 或 WPS 中输入密码打开，取消密码后另存为 .xlsx",
  "{0}: a password-protected .xls workbook, which cannot be read; open it in Excel or WPS with its password, remove "
  "the password and save it as .xlsx"};
const Message k_word_document{"{0}：是 Word 文档，不是工作簿；请把表格复制到 Excel 或 WPS 表格中另存为 .xlsx",
                              "{0}: a Word document, not a workbook; copy the table into Excel or WPS and save it as "
                              ".xlsx"};
const Message k_ole2_without_workbook{"{0}：是 Office 复合文档，但其中没有工作簿；{1}",
                                      "{0}: an Office compound document without a workbook in it; {1}"};
const Message k_old_biff{"{0}：是 Excel {1} 的旧格式工作簿（BIFF{2}），无法读取；{3}",
                         "{0}: a workbook in the old format of Excel {1} (BIFF{2}), which cannot be read; {3}"};
const Message k_xls_is_markup{"{0}：这个 .xls 其实是{1}，不是工作簿；{2}",
                              "{0}: this .xls is {1}, not a workbook; {2}"};
const Message k_markup_xml{" XML 电子表格（Excel 2003 XML）", "an XML spreadsheet (Excel 2003 XML)"};
const Message k_markup_html{"网页（HTML）", "a web page (HTML)"};
const Message k_ods{"{0}：是 OpenDocument 表格（.ods），无法读取；{1}",
                    "{0}: an OpenDocument spreadsheet (.ods), which cannot be read; {1}"};
const Message k_xlsb{"{0}：是 Excel 二进制工作簿（.xlsb），无法读取；{1}",
                     "{0}: an Excel binary workbook (.xlsb), which cannot be read; {1}"};

const Message k_spool_cannot_read{"{0}：无法读取（{1}）", "{0}: cannot read: {1}"};
const Message k_spool_cannot_write_temp{"{0}：无法写入临时文件（{1}）", "{0}: cannot write the temporary file: {1}"};
const Message k_spool_cannot_create_temp{"{0}：无法创建临时文件（{1}）", "{0}: cannot create the temporary file: {1}"};

const Message k_xls_damaged{"{0}：.xls 文件已损坏（{1}），无法安全读取；请在 Excel 或 WPS 中打开并另存为 .xlsx",
                            "{0}: the .xls file is damaged ({1}) and cannot be read safely; open it in Excel or WPS "
                            "and save it as .xlsx"};
const Message k_xls_crashed{
  "{0}：.xls 文件已损坏（读取时出错退出），无法安全读取；请在 Excel 或 WPS 中打开并另存为 .xlsx",
  "{0}: the .xls file is damaged (reading it crashed) and cannot be read safely; open it in Excel or WPS and save it "
  "as .xlsx"};
const Message k_xls_unparsed{
  "{0}：libfreexl 无法解析这个 .xls 中的记录（常见于 Excel 5.0/95 或其他程序生成的 .xls），无法读取；请在 Excel 或 "
  "WPS 中打开并另存为 .xlsx",
  "{0}: libfreexl cannot parse a record of this .xls (common in files of Excel 5.0/95 or other programs), so it "
  "cannot be read; open it in Excel or WPS and save it as .xlsx"};
const Message k_xls_unreadable{"{0}：不是可读的 .xls 工作簿（{1}）", "{0}: not a readable .xls workbook ({1})"};
const Message k_xls_not_ole2{"不是 OLE2 复合文档", "not an OLE2 compound file"};
const Message k_xls_no_workbook{"没有 Workbook 流；是设了密码的 .xlsx 或 Word 文件？",
                                "no Workbook stream; a password-protected .xlsx or a Word file?"};
const Message k_xls_out_of_memory{"内存不足", "out of memory"};
const Message k_xls_code_page{"文字的代码页不受支持", "text in an unsupported code page"};
const Message k_xls_corrupt{"文件已损坏，libfreexl 错误 {0}", "corrupt file, libfreexl error {0}"};
const Message k_xls_password{"设了密码", "password-protected"};
const Message k_xls_no_sheet_list{"没有工作表列表", "no sheet list"};
const Message k_xls_sheet_name{"工作表名无法读取", "unreadable sheet name"};
const Message k_xls_sheet_name_utf8{"工作表名不是有效的 UTF-8", "a sheet name is not valid UTF-8"};
const Message k_xls_sheet{"工作表 {0} 无法读取", "sheet '{0}' is unreadable"};
const Message k_xls_cell_unreadable{"{0}：工作表 {1} 第{2}行第{3}列：单元格无法读取",
                                    "{0}: sheet '{1}' row {2} column {3}: unreadable cell"};
const Message k_xls_cell_not_utf8{"{0}：工作表 {1} 第{2}行第{3}列：文字不是有效的 UTF-8",
                                  "{0}: sheet '{1}' row {2} column {3}: text is not valid UTF-8"};
const Message k_biff_record_too_long{"偏移 {0} 处的记录长度为 {1} 字节，超过 {2} 字节",
                                     "the record at offset {0} is {1} bytes long, more than {2} bytes"};
const Message k_biff_text_too_long{
  "偏移 {0} 处的 {1} 记录中的文字长 {2} 字节，超出记录的 {3} 字节",
  "the text in the {1} record at offset {0} is {2} bytes long, beyond the record's {3} "
  "bytes"};
const Message k_ole2_name_too_long{"目录项 {0} 的名称长度为 {1} 字节，超过 {2} 字节",
                                   "directory entry {0} has a name of {1} bytes, more than {2} bytes"};

const Message k_xlsx_unreadable{"{0}：不是可读的 .xlsx 工作簿（{1}）", "{0}: not a readable .xlsx workbook ({1})"};
const Message k_xlsx_no_workbook{"{0}：不是 .xlsx 工作簿（缺少 xl/workbook.xml）",
                                 "{0}: not an .xlsx workbook (no xl/workbook.xml)"};
const Message k_xlsx_sheet_where{"{0}：工作表 {1}", "{0}: sheet '{1}'"};
const Message k_xlsx_chart_sheet{"{0}：工作表 {1} 是图表，不是工作表", "{0}: sheet '{1}' is a chart, not a worksheet"};
const Message k_xlsx_no_sheet_part{"{0}：工作表 {1} 没有内容部件（{2}）",
                                   "{0}: sheet '{1}' has no worksheet part ({2})"};
const Message k_xlsx_no_relationship{"没有关系项", "no relationship"};
const Message k_xlsx_part_missing{"缺少 {0}", "{0} is missing"};
const Message k_no_sheets{"{0}：工作簿中没有工作表", "{0}: the workbook has no sheets"};
const Message k_no_such_sheet{"{0}：没有工作表“{1}”（现有工作表：{2}）", "{0}: no sheet '{1}' (sheets: {2})"};
const Message k_xlsx_member_expands{"{0}：{1} 解压后超过单个成员 {2} 字节的上限",
                                    "{0}: {1} expands beyond the limit of {2} bytes for one archive member"};
const Message k_xlsx_too_many_members{"{0}：压缩包有 {1} 个成员，超过 {2} 个的上限",
                                      "{0}: archive has {1} members, more than the limit of {2}"};
const Message k_xlsx_member_missing{"{0}：不是 .xlsx 工作簿（缺少 {1}）",
                                    "{0}: not an .xlsx workbook ({1} is missing)"};
const Message k_xlsx_member_declares{"{0}：{1} 声明有 {2} 字节，超过单个成员 {3} 字节的上限",
                                     "{0}: {1} declares {2} bytes, more than the limit of {3} bytes for one archive "
                                     "member"};
const Message k_xlsx_archive_expands{"{0}：压缩包解压后超过 {1} 字节的上限",
                                     "{0}: archive expands beyond the limit of {1} bytes"};
const Message k_xlsx_cell_problem{"{0} 单元格 {1}：{2}", "{0} cell {1}: {2}"};
const Message k_xlsx_cell_too_long{"超过 {0} 字节的上限", "longer than the limit of {0} bytes"};
const Message k_xlsx_beyond_columns{"超过 {0} 列的上限", "beyond the limit of {0} columns"};
const Message k_xlsx_no_shared_string{"共享字符串“{0}”不存在", "shared string '{0}' does not exist"};
const Message k_xlsx_too_many_strings{"{0}：共享字符串超过 {1} 个的上限，拒绝读取（文件异常或经过构造）",
                                      "{0}: more than {1} shared strings; refused (a damaged or crafted file)"};
const Message k_xlsx_strings_too_large{"{0}：共享字符串合计超过 {1} MiB 的上限，拒绝读取（文件异常或经过构造）",
                                       "{0}: shared strings over {1} MiB in all; refused (a damaged or crafted file)"};
const Message k_xlsx_string_too_long{"{0}：第 {1} 个共享字符串超过 {2} 字节的上限",
                                     "{0}: string {1} is longer than the limit of {2} bytes"};
const Message k_xlsx_too_many_styles{"{0}：单元格格式超过 {1} 个的上限，拒绝读取（文件异常或经过构造）",
                                     "{0}: more than {1} cell formats; refused (a damaged or crafted file)"};
const Message k_xml_doctype{"{0}：不接受含 DOCTYPE 的 XML", "{0}: XML with a DOCTYPE is not accepted"};
const Message k_xml_malformed{"{0}：第 {1} 行的 XML 格式错误（{2}）", "{0}: malformed XML at line {1} ({2})"};
const Message k_xml_tag_too_long{"{0}：XML 标签超过 {1} 字节", "{0}: an XML tag is longer than {1} bytes"};
const Message k_xlsx_not_a_number{"“{0}”不是数字", "'{0}' is not a number"};

const Message k_errors_cell_too_long{
  "{0}：第{1}行“{2}”列有{3}个字符，超过 Excel 单元格{4}个字符的上限，错误行无法完整写入 .xlsx；请改用 --errors "
  "文件名.csv",
  "{0}: row {1}, column '{2}' holds {3} characters, more than the {4} an Excel cell holds, so the rejected rows cannot "
  "be written whole to .xlsx; use --errors FILE.csv instead"};

} // namespace dongmao::text
