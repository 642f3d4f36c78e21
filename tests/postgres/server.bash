# A throwaway PostgreSQL 15 cluster for the tests (sourced, not run): loopback
# only, trust authentication, a free port, its data in a temporary folder.
#   pg_start   sets PG_DIR, PG_PORT and PG_URL (database "otklik" created)
#   pg_stop    stops the server and removes its folder (safe to call twice)
# As root (CI), initdb and postgres refuse to run, so they run as the Debian
# package's user `postgres`.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# From the server's folder: initdb and pg_ctl fail in a current folder their
# user cannot enter (a checkout under /root).
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$PG_DIR" && "$@")
  fi
}

# A port nobody listens on; the server start retries on a race.
pg_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

pg_start() {
  [ -x "$PG_BIN/initdb" ] || {
    echo "PostgreSQL 15 not found in $PG_BIN; install the Debian package postgresql" >&2
    return 1
  }
  PG_DIR=$(mktemp -d /tmp/otklik-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --locale=C \
    --auth=trust >"$PG_DIR/initdb.log" 2>&1 || {
    cat "$PG_DIR/initdb.log" >&2
    return 1
  }
  local tries
  for tries in 1 2 3 4 5; do
    PG_PORT=$(pg_free_port)
    # No Unix socket: only TCP on 127.0.0.1, nothing else on the machine sees it.
    if pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=''" \
      start >/dev/null; then
      PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/otklik"
      "$PG_BIN/psql" -q -X -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
        -c "CREATE DATABASE otklik" || return 1
      return 0
    fi
  done
  cat "$PG_DIR/server.log" >&2
  return 1
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}
