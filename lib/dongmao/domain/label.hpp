#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Reading an enumeration's label the way staff type it, by general rules of how Chinese
// ledgers write a state rather than a list of every spelling.
namespace dongmao::domain {

// The core of a label: without the words before it that say when or how far (已, 已经, 正在,
// 在, 均已, 都已) and, after it, those that say how far or of what (中, 了, 完毕, 完成, 阶段,
// 状态, 协议, 合同, 手续, 工作) and a verb's complements (订, 署, 好): 已签订协议 → 签,
// 谈判中 → 谈判. Words of negation or waiting (未, 不, 拒, 待) are never dropped. Never empty
// for a non-empty label.
std::string label_core(std::string_view label);

// The code `typed` means among `labels` (label → code, both normalised alike), by the first
// rule that gives exactly one code:
// 1. `typed` is a label;
// 2. its core is a label's core (已签协议 and 已签 → signed);
// 3. its core, in Chinese and not starting with a word of negation, is the start of labels'
//    cores (谈 → 谈判); `typed` starting with one is, when it is the start of labels with
//    the same negation (未签 → 未签约, but not 未 alone);
// 4. it holds labels of two or more letters (digits and Chinese, not English words), the longest
//    ones taken where one holds another (不同意 over 同意), with no word of negation, waiting
//    or part (未, 不, 拒, 待, 暂, 部分, 基本, 有条件, …) outside them (12345热线 holds 热线;
//    不签约 and 部分支持 hold none); a label after 未, 待 or 尚未 is a state not reached and
//    counts for nothing (已签约未腾房 holds 签约; 待签约 holds none).
// nullopt when no rule gives exactly one code.
std::optional<std::string> match_label(std::string_view typed, const std::map<std::string, std::string>& labels);

// As match_label, and else, for a cell that lists steps each marked done (已签约已腾房,
// 已签约、已交房), the furthest of them along `order`; nullopt if any part is no step.
std::optional<std::string> match_furthest_label(std::string_view typed,
                                                const std::map<std::string, std::string>& labels,
                                                const std::vector<std::string>& order);

} // namespace dongmao::domain
