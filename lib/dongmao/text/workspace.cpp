#include <dongmao/text/workspace.hpp>

namespace dongmao::text {

const Message k_not_a_workspace{
  "{0}：不是 dongmao 工作区（没有 {1}；由 {2} 指定）；可用“dongmao init {0}”创建",
  "{0}: not a dongmao workspace (no {1}; given by {2}); create one with 'dongmao init {0}'"};
const Message k_not_inside_workspace{
  "当前不在 dongmao 工作区内（{0} 及其上级目录都不是）；请用 -w 目录、设置 DONGMAO_WORKSPACE，或运行“dongmao init "
  "目录”",
  "not inside a dongmao workspace ({0} or its parents); pass -w DIR, set DONGMAO_WORKSPACE or run 'dongmao init DIR'"};
const Message k_init_needs_name{"init：须给出 --name（例如 --name 东茅岭街道）",
                                "init: --name is required (e.g. --name 东茅岭街道)"};
const Message k_already_workspace{
  "{0}：已是 dongmao 工作区（有 {1}）；未作改动；用 --force 补全它",
  "{0}: already a dongmao workspace (has {1}); nothing changed; use --force to complete it"};
const Message k_not_a_directory{"{0}：已存在且不是目录", "{0}: exists and is not a directory"};
const Message k_no_database{"{0}：文件不存在；运行“dongmao init --force {1}”创建它",
                            "{0}: no such file; run 'dongmao init --force {1}' to create it"};
const Message k_read_only_workspace{
  "{0}: 工作区只读（{1}），此命令要写入，无法执行；报表和查询命令仍可使用",
  "{0}: the workspace is read-only ({1}) and this command writes; reports and queries still work"};
const Message k_older_workspace{"{0}：由较早版本的 dongmao 创建；请先在其中运行任一 dongmao 命令以升级",
                                "{0}: made by an older dongmao; run any dongmao command in it first to upgrade it"};
const Message k_workspace_busy{"{0}：工作区正忙（另一个 dongmao 正在写入）；请稍后再试",
                               "{0}: workspace is busy (another dongmao is writing); try again later"};
const Message k_disk_full{"{0}: 无法写入：磁盘已满；未提交的更改已撤销",
                          "{0}: cannot write: the disk is full; uncommitted changes were rolled back"};
const Message k_io_error{"{0}: 读写错误（{1}）；未提交的更改已撤销",
                         "{0}: I/O error ({1}); uncommitted changes were rolled back"};
const Message k_initialised{"已在 {1} 创建工作区 {0}", "Initialised workspace {0} in {1}"};
const Message k_kept_existing{"  保留已有的 {0}", "  kept existing {0}"};

} // namespace dongmao::text
