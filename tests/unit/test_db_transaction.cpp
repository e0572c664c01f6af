#include "temp_dir.hpp"

#include <dongmao/db/connection.hpp>
#include <dongmao/db/statement.hpp>
#include <dongmao/db/transaction.hpp>

#include <doctest/doctest.h>

namespace db = dongmao::db;

TEST_CASE("db::ReadTransaction sees one committed state while another connection commits")
{
  dongmao::test::TempDir dir;
  const auto file = dir.path() / "ws.db";
  db::Connection writer(file, db::OpenMode::create);
  writer.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)");
  db::Connection reader(file, db::OpenMode::read_only);
  const auto rows = [&] { return db::query_int64(reader, "SELECT count(*) FROM t"); };
  {
    db::ReadTransaction snapshot(reader);
    CHECK(rows() == 1);
    writer.exec("INSERT INTO t VALUES (2)");
    CHECK(rows() == 1); // the snapshot holds
  }
  // Once it ends, the next read sees the commit.
  CHECK(rows() == 2);
  writer.exec("INSERT INTO t VALUES (3)");
  CHECK(rows() == 3);
}
