#pragma once

#include <dongmao/text/message.hpp>

#include <string>
#include <utility>
#include <vector>

// The messages of the command line itself: its usage errors and what every command shares.
namespace dongmao::text {

// --lang or DONGMAO_LANG names no language: source, word.
extern const Message k_bad_lang;
// A command word that is no command: word.
extern const Message k_unknown_command;
// A command word that is no command, but close to one: word, guess.
extern const Message k_unknown_command_guess;
// A usage error found while parsing: what is wrong.
extern const Message k_usage_error;
// `dongmao help` asked about no command: the words typed.
extern const Message k_help_unknown_command;
// `dongmao completion` without its one argument.
extern const Message k_completion_usage;
// The import's progress: rows read so far.
extern const Message k_progress_rows;
// The import's progress: rows per second.
extern const Message k_progress_rate;
// The import's progress: the time left, as m:ss.
extern const Message k_progress_left;
// The import's progress when the share read is unknown: rows, rate.
extern const Message k_progress_counter;
// A table cut at --limit: rows shown, rows in all.
extern const Message k_households_shown;
// --today or DONGMAO_TODAY is not a date: source, text.
extern const Message k_bad_today;
// A value is not one of the allowed words (CLI11 puts the option first): value, the words.
extern const Message k_not_a_choice;
// A value is not a number in range: value, min, max.
extern const Message k_not_in_range;
// A value is not a number at or above zero: value.
extern const Message k_not_non_negative;
// A flag's value is not a date: flag, text.
extern const Message k_flag_not_a_date;
// A month flag's value is not a month: value.
extern const Message k_bad_month;
// A flag's value is not a date range: flag, text.
extern const Message k_bad_date_range;
// What `report` wrote: path.
extern const Message k_wrote;

// `status`: the workspace's directory.
extern const Message k_status_workspace;
// `status`: the schema version.
extern const Message k_status_schema;
// `status`: the last import, or k_status_none.
extern const Message k_status_last_import;
// `status`: no import yet.
extern const Message k_status_none;
// The last committed import: entity, file, when.
extern const Message k_last_import;
// What a table of the workspace holds, as `status` counts it: communities, grids, … (the
// name itself when none is known).
std::string count_label(const std::string& name);

// What `household stage` did: household, project, from, to, date.
extern const Message k_stage_changed;
// What `household consent` recorded: household, project, consent, k_unchanged or nothing.
extern const Message k_consent_recorded;
// After a reply whose record was already so.
extern const Message k_unchanged;
// What `project enroll` did: project, households enrolled, k_enroll_skipped or nothing.
extern const Message k_enrolled;
// Households `project enroll --skip-enrolled` left alone: how many.
extern const Message k_enroll_skipped;
// A milestone added: project, position, name.
extern const Message k_milestone_added;
// A milestone marked done: project, position, name.
extern const Message k_milestone_done;
// A milestone changed: project, position, name.
extern const Message k_milestone_updated;
// Below `petition list`: how many cases.
extern const Message k_cases_listed;
// Below `petition overdue`: overdue, days, due within them.
extern const Message k_overdue_summary;
// `petition overdue` found nothing: days.
extern const Message k_overdue_none;
// Below `petition incidents`: cases, handled, hours, handled within them.
extern const Message k_incidents_summary;
// After k_incidents_summary when any was handled: longest hours, average hours.
extern const Message k_incidents_hours;
// `petition periods` without any sensitive period set.
extern const Message k_no_periods;
// A range flag whose end is before its start: flag, text.
extern const Message k_range_backwards;
// Both --month and --from/--to.
extern const Message k_month_or_range;
// --from without --to or the other way.
extern const Message k_from_and_to;
// A stage flag's value is no stage: flag, text.
extern const Message k_not_a_stage;
// `update` without a field: household or project.
extern const Message k_nothing_to_update;
// `import --errors -`.
extern const Message k_errors_not_stdout;
// `project enroll` without households.
extern const Message k_enroll_whom;
// A file that cannot be opened: path.
extern const Message k_codes_cannot_open;
// --petitioner in a bad form: fields given, k_petitioner_no_name or nothing.
extern const Message k_petitioner_form;
// After k_petitioner_form when the first field is empty.
extern const Message k_petitioner_no_name;
// --channel names no channel: flag, text.
extern const Message k_not_a_channel;
// --status names no status: text.
extern const Message k_not_a_status;
// --outcome names no outcome: text.
extern const Message k_not_an_outcome;

// What `backup` did: workspace, file.
extern const Message k_backed_up;
// What `restore` did: file, workspace.
extern const Message k_restored;
// `restore` over data without --force: workspace.
extern const Message k_restore_would_overwrite;
// `check` found nothing: workspace.
extern const Message k_check_clean;
// `check` found problems: workspace, how many.
extern const Message k_check_findings;
// What `petition add` did: case, category, channel, k_group_case or nothing, acceptance due, days left.
extern const Message k_petition_registered;
// A group case in k_petition_registered: people.
extern const Message k_group_case;

// `household|project add` wrote a record: household or project, code, its Chinese name (住户, 项目).
extern const Message k_record_added;
// `household|project update` changed a record: household or project, code, its Chinese name (住户, 项目).
extern const Message k_record_updated;
// `household|project update` found nothing to change: household or project, code, its Chinese name (住户, 项目).
extern const Message k_record_unchanged;

// A time flag's value is not a time: flag, text.
extern const Message k_flag_not_a_time;

// `--help`: the description of --help itself.
extern const Message k_help_help;
// `--help`: the description of --version.
extern const Message k_help_version;
// `--help`: the heading of the options.
extern const Message k_help_options_group;
// `--help`: the heading of the subcommands.
extern const Message k_help_subcommands_group;
// The words CLI11 puts into every help (Usage, OPTIONS, REQUIRED …), by CLI11's key; each
// English text is the key itself.
const std::vector<std::pair<std::string, Message>>& help_labels();

// CLI11's usage errors, as it words them in English (the `en` text) and in Chinese.
// An argument no option or command takes: the words.
extern const Message k_parse_unexpected;
// No subcommand after a command that needs one.
extern const Message k_parse_no_subcommand;
// A required option or argument is missing: its name.
extern const Message k_parse_required;
// A value that is not of the option's type: option, value.
extern const Message k_parse_not_converted;
// A value that is not allowed: value, option.
extern const Message k_parse_not_allowed;
// A value given to a flag: flag.
extern const Message k_parse_flag_value;
// An option without its value: option, how many, of what type.
extern const Message k_parse_value_missing;
// An option with the wrong number of values: how many, option, how many given.
extern const Message k_parse_value_count;
// Two options one of which needs the other: option, other.
extern const Message k_parse_requires;
// Two options that exclude each other: option, other.
extern const Message k_parse_excludes;

} // namespace dongmao::text
