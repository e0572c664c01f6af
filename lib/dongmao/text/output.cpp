#include <dongmao/text/output.hpp>

namespace dongmao::text {

const Message k_output_failed{"{0}: {1}：{2}", "{0}: {1}: {2}"};
const Message k_cannot_create{"无法创建", "cannot create"};
const Message k_cannot_create_dir{"无法创建目录", "cannot create the directory"};
const Message k_standard_output{"标准输出", "standard output"};
const Message k_cannot_write{"无法写入", "cannot write"};
const Message k_cannot_access{"无法访问", "cannot access"};
const Message k_errno_permission{"权限不足", "permission denied"};
const Message k_errno_read_only{"文件系统只读", "read-only file system"};
const Message k_errno_no_dir{"所在目录不存在", "its directory does not exist"};
const Message k_errno_not_dir{"路径中有一段不是目录", "a part of the path is not a directory"};
const Message k_errno_is_dir{"这是一个目录", "it is a directory"};
const Message k_errno_disk_full{"磁盘已满", "the disk is full"};
const Message k_errno_quota{"超出磁盘配额", "disk quota exceeded"};
const Message k_errno_too_big{"超出文件大小上限", "file too large"};
const Message k_errno_io{"读写错误", "I/O error"};
const Message k_errno_name_too_long{"文件名过长", "file name too long"};
const Message k_errno_exists{"文件已存在", "the file exists"};
const Message k_no_write_permission{"没有写入权限", "no write permission"};
const Message k_kind_symlink{"符号链接", "a symbolic link"};
const Message k_kind_directory{"目录", "a directory"};
const Message k_kind_device{"设备", "a device"};
const Message k_kind_fifo{"管道（FIFO）", "a pipe (FIFO)"};
const Message k_kind_socket{"套接字", "a socket"};
const Message k_kind_special{"特殊文件", "a special file"};
const Message k_not_regular_output{"{0}: 是{1}，不是普通文件，不会写入；请给出一个新文件或普通文件的路径",
                                   "{0}: is {1}, not a regular file, and is not written; give the path of a new or "
                                   "regular file"};
const Message k_output_is_input{"{0}: 是输入文件 {1} 本身，不会覆盖；请另选一个文件名",
                                "{0}: is the input file {1} itself and is not overwritten; choose another name"};
const Message k_xlsx_tmpdir{"{0}: 无法创建：临时目录（TMPDIR）不可写",
                            "{0}: cannot create: the temporary directory (TMPDIR) is not writable"};
const Message k_xlsx_memory{"{0}: 无法写入：内存不足", "{0}: cannot write: out of memory"};
const Message k_no_gb18030{"iconv：没有 GB18030 编码", "iconv: GB18030 is not available"};
const Message k_backup_not_regular{"{0}: 不是普通文件，无法作为备份恢复",
                                   "{0}: not a regular file; it cannot be restored as a backup"};
const Message k_backup_missing{"{0}: 备份文件不存在", "{0}: no such backup file"};
const Message k_backup_live{"{0}: 旁边有 -wal 文件，是正在使用的数据库而非备份；请用 dongmao backup 生成备份",
                            "{0}: has a -wal file beside it: a database in use, not a backup; make one with "
                            "'dongmao backup'"};
const Message k_backup_corrupt{"{0}: 备份已损坏（integrity_check: {1}）",
                               "{0}: the backup is damaged (integrity_check: {1})"};
const Message k_backup_not_dongmao{"{0}: 不是 dongmao 工作区的备份", "{0}: not a backup of a dongmao workspace"};
const Message k_backup_unusable{"{0}: 不是可用的 dongmao 备份（{1}）", "{0}: not a usable dongmao backup ({1})"};
const Message k_cannot_open_database{"{0}：无法打开数据库", "{0}: cannot open database"};
const Message k_newer_workspace{
  "{0}：由较新版本的 dongmao 创建（数据库版本 {1}，本程序只认识到 {2}）；请升级 dongmao",
  "{0}: made by a newer dongmao (schema version {1}, this dongmao knows up to {2}); upgrade dongmao"};
const Message k_unknown_section{"--section：没有“{0}”部分（可用：{1}）",
                                "--section: unknown section '{0}' (sections: {1})"};
const Message k_xlsx_needs_output{"--format xlsx 须用 -o 文件 或 -o 目录", "--format xlsx needs -o FILE or -o DIR"};
const Message k_csv_needs_section{"--format csv 输出到标准输出时须给出 --section（或用 -o 目录，每部分一个文件）",
                                  "--format csv on standard output needs --section (or -o DIR for one file per "
                                  "section)"};
const Message k_rollup_missing{"{0}：没有这个工作区或目录", "{0}: no such workspace or directory"};
const Message k_rollup_empty{"{0}：其中没有 dongmao 工作区", "{0}: holds no dongmao workspace"};

} // namespace dongmao::text
