# Sourced by run-tests.sh: starts a throw-away PostgreSQL for the team-server tests and exports
# its address as RENDITION_TEST_SERVER (postgresql://postgres@127.0.0.1:PORT/rendition_test).
# The server runs as the 'postgres' account (it refuses to run as root), from a fresh data folder
# in a temporary directory, listening on loopback and a private socket only, on a random port;
# it is stopped and removed when the calling shell exits. Without root or without PostgreSQL's
# binaries nothing starts, and the server tests skip saying why.

# Debian's postgresql package puts initdb and pg_ctl under /usr/lib/postgresql/VERSION/bin.
test_postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true
}

start_test_postgres() {
  if [ "$(id -u)" -ne 0 ] || ! id postgres >/dev/null 2>&1; then
    echo "No test PostgreSQL: it needs root to run the server as the 'postgres' account; team-server tests will skip." >&2
    return 0
  fi
  local bin; bin=$(test_postgres_bin)
  if [ ! -x "$bin/initdb" ]; then
    echo "No test PostgreSQL: initdb not found (install postgresql); team-server tests will skip." >&2
    return 0
  fi
  # In a network namespace of its own (`unshare -n`, how offline runs are checked) even loopback
  # starts down; bringing it up reaches nothing outside this machine.
  if ip link show lo 2>/dev/null | grep -q "state DOWN"; then
    ip link set lo up 2>/dev/null || true
  fi
  TEST_PG_DIR=$(mktemp -d /tmp/rendition-test-pg.XXXXXX)
  chown postgres "$TEST_PG_DIR"
  local port=$((40000 + RANDOM % 20000))
  # UTF-8 with a UTF-8 ctype: pg_trgm makes trigrams of Cyrillic, Arabic and Chinese letters only then.
  if ! su postgres -s /bin/sh -c "'$bin/initdb' -D '$TEST_PG_DIR/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" \
       >"$TEST_PG_DIR/initdb.log" 2>&1; then
    echo "No test PostgreSQL: initdb failed (see $TEST_PG_DIR/initdb.log); team-server tests will skip." >&2
    return 0
  fi
  if ! su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$TEST_PG_DIR/data' -l '$TEST_PG_DIR/log' -w \
       -o \"-p $port -k '$TEST_PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null 2>&1; then
    echo "No test PostgreSQL: it did not start (see $TEST_PG_DIR/log); team-server tests will skip." >&2
    return 0
  fi
  trap stop_test_postgres EXIT
  if ! su postgres -s /bin/sh -c "'$bin/createdb' -h 127.0.0.1 -p $port rendition_test" >/dev/null 2>&1; then
    echo "No test PostgreSQL: createdb failed; team-server tests will skip." >&2
    return 0
  fi
  export RENDITION_TEST_SERVER="postgresql://postgres@127.0.0.1:$port/rendition_test"
  echo "Test PostgreSQL at $RENDITION_TEST_SERVER (data in $TEST_PG_DIR)." >&2
}

stop_test_postgres() {
  [ -n "${TEST_PG_DIR:-}" ] || return 0
  su postgres -s /bin/sh -c "'$(test_postgres_bin)/pg_ctl' -D '$TEST_PG_DIR/data' -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
}
