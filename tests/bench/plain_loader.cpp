// The plain loader of the scale benchmark: what a careful hand-written importer does and no
// more. It reads the generated households.csv, resolves 社区 and 网格 (creating a grid the
// first time it is named, as `--create-missing` does), maps 房屋性质 to its code and inserts
// every row with one prepared INSERT in one transaction, into a workspace's own schema (its
// UNIQUE key, indexes, CHECKs and foreign keys), with the connection settings dongmao uses
// (WAL, synchronous NORMAL, 16 MiB page cache, foreign keys on). No validation.
//
//   plain_loader [--deferred-indexes] [--rollback-journal] WORKSPACE/dongmao.db households.csv
//
// --deferred-indexes builds the secondary indexes after the load, as dongmao's first load into
// an empty table does; --rollback-journal writes under a rollback journal instead of WAL, as
// `dongmao import --bulk` does.
//
// Built by tests/bench/lib.sh (build_plain_loader):
//   g++ -std=c++20 -O2 -Wall -Wextra -o BUILD_DIR/plain_loader tests/bench/plain_loader.cpp -lsqlite3
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

[[noreturn]] void die(sqlite3* db, const char* what)
{
  std::fprintf(stderr, "plain_loader: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
  std::exit(1);
}

void exec(sqlite3* db, const char* sql)
{
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    die(db, sql);
  }
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql)
{
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    die(db, sql);
  }
  return stmt;
}

// The fields of one CSV record (RFC 4180 quoting; a quoted field may hold commas and "").
// Returns false at the end of the input.
bool read_record(std::istream& in, std::vector<std::string>& fields)
{
  fields.assign(1, std::string());
  int c = in.get();
  if (c == EOF) {
    return false;
  }
  bool quoted = false;
  for (; c != EOF; c = in.get()) {
    if (quoted) {
      if (c == '"') {
        if (in.peek() == '"') {
          fields.back() += '"';
          in.get();
        } else {
          quoted = false;
        }
      } else {
        fields.back() += static_cast<char>(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      break;
    } else if (c != '\r') {
      fields.back() += static_cast<char>(c);
    }
  }
  return true;
}

void bind_text(sqlite3_stmt* stmt, int index, const std::string& text)
{
  if (text.empty()) {
    sqlite3_bind_null(stmt, index);
  } else {
    sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  }
}

const char* housing_code(const std::string& label)
{
  return label == "私产" ? "private" : label == "公产" ? "public" : label == "门面" ? "shop" : "other";
}

} // namespace

int main(int argc, char** argv)
{
  bool deferred = false;
  bool rollback = false;
  int arg = 1;
  for (; arg < argc && argv[arg][0] == '-'; ++arg) {
    const std::string option = argv[arg];
    if (option == "--deferred-indexes") {
      deferred = true;
    } else if (option == "--rollback-journal") {
      rollback = true;
    } else {
      break;
    }
  }
  if (argc - arg != 2) {
    std::fprintf(stderr, "usage: plain_loader [--deferred-indexes] [--rollback-journal] DB households.csv\n");
    return 64;
  }
  const char* db_path = argv[arg];
  const char* csv_path = argv[arg + 1];
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    die(db, db_path);
  }
  exec(db, rollback ? "PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; "
                      "PRAGMA cache_size = -16384"
                    : "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                      "PRAGMA cache_size = -16384");
  std::ifstream in(csv_path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "plain_loader: cannot read %s\n", csv_path);
    return 66;
  }
  static char buffer[1 << 16];
  in.rdbuf()->pubsetbuf(buffer, sizeof buffer);

  std::map<std::string, sqlite3_int64> communities;
  sqlite3_stmt* list = prepare(db, "SELECT name, id FROM community");
  while (sqlite3_step(list) == SQLITE_ROW) {
    communities[reinterpret_cast<const char*>(sqlite3_column_text(list, 0))] = sqlite3_column_int64(list, 1);
  }
  sqlite3_finalize(list);

  const char* now = "2026-11-30T00:00:00";
  exec(db, "BEGIN");
  // --deferred-indexes: the household table's secondary indexes dropped for the load and built
  // again after it, each from its own CREATE INDEX text, with a 2 MiB cache for the sort.
  std::vector<std::string> indexes;
  if (deferred) {
    std::vector<std::string> names;
    sqlite3_stmt* list_indexes = prepare(
      db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'household' AND sql IS NOT NULL");
    while (sqlite3_step(list_indexes) == SQLITE_ROW) {
      names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list_indexes, 0)));
      indexes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list_indexes, 1)));
    }
    sqlite3_finalize(list_indexes);
    for (const auto& name : names) {
      exec(db, ("DROP INDEX \"" + name + "\"").c_str());
    }
  }
  sqlite3_stmt* add_grid =
    prepare(db, "INSERT INTO grid (community_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
  sqlite3_stmt* insert = prepare(
    db, "INSERT INTO household (code, community_id, grid_id, address, head_name, head_id_number, phone, members, "
        "housing_type, floor_area, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  std::map<std::pair<sqlite3_int64, std::string>, sqlite3_int64> grids;
  std::vector<std::string> f;
  read_record(in, f); // the header
  long rows = 0;
  while (read_record(in, f)) {
    if (f.size() < 11) {
      continue;
    }
    const auto community = communities.find(f[4]);
    if (community == communities.end()) {
      std::fprintf(stderr, "plain_loader: row %ld: unknown community %s\n", rows + 2, f[4].c_str());
      return 65;
    }
    auto grid = grids.find({community->second, f[5]});
    if (grid == grids.end()) {
      sqlite3_bind_int64(add_grid, 1, community->second);
      bind_text(add_grid, 2, f[5]);
      sqlite3_bind_text(add_grid, 3, now, -1, SQLITE_STATIC);
      sqlite3_bind_text(add_grid, 4, now, -1, SQLITE_STATIC);
      if (sqlite3_step(add_grid) != SQLITE_DONE) {
        die(db, "insert grid");
      }
      sqlite3_reset(add_grid);
      grid = grids.emplace(std::pair{community->second, f[5]}, sqlite3_last_insert_rowid(db)).first;
    }
    bind_text(insert, 1, f[0]);
    sqlite3_bind_int64(insert, 2, community->second);
    sqlite3_bind_int64(insert, 3, grid->second);
    bind_text(insert, 4, f[6]);
    bind_text(insert, 5, f[1]);
    bind_text(insert, 6, f[2]);
    bind_text(insert, 7, f[3]);
    sqlite3_bind_int64(insert, 8, std::atoll(f[7].c_str()));
    sqlite3_bind_text(insert, 9, housing_code(f[8]), -1, SQLITE_STATIC);
    sqlite3_bind_double(insert, 10, std::atof(f[9].c_str()));
    bind_text(insert, 11, f[10]);
    sqlite3_bind_text(insert, 12, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 13, now, -1, SQLITE_STATIC);
    if (sqlite3_step(insert) != SQLITE_DONE) {
      die(db, "insert household");
    }
    sqlite3_reset(insert);
    ++rows;
  }
  sqlite3_finalize(add_grid);
  sqlite3_finalize(insert);
  if (deferred) {
    exec(db, "PRAGMA cache_size = -2048");
    for (const auto& index : indexes) {
      exec(db, index.c_str());
    }
  }
  exec(db, "COMMIT");
  if (rollback) {
    exec(db, "PRAGMA journal_mode = WAL");
  }
  sqlite3_close(db);
  std::printf("%ld rows\n", rows);
  return 0;
}
