#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a server on a free loopback port,
# everything removed by "stop". Uses Debian's postgresql package (installed when missing).
#   tools/postgres/cluster.sh start   -> prints the folder on line 1 and an Npgsql connection string on line 2
#   tools/postgres/cluster.sh stop DIR
#   DURABLE=1 tools/postgres/cluster.sh start   -> with fsync and synchronous commit, as a real server
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "cluster.sh: installing Debian's postgresql" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    for attempt in 1 2 3; do
      $sudo apt-get update -qq >/dev/null 2>&1 || true
      if $sudo apt-get install -y -qq postgresql >/dev/null 2>&1; then break; fi
      echo "cluster.sh: postgresql install attempt $attempt failed; retrying" >&2
      sleep 5
    done
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || { echo "cluster.sh: no PostgreSQL server binaries" >&2; return 1; }
  fi
  echo "$dir"
}

free_port() {
  python3 - 2>/dev/null <<'PY' || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# initdb refuses to run as root: run the server as the postgres user the package creates (or a made one).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin dir port password
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/syriatalks-pg-XXXXXX)
  chmod 755 "$dir"
  mkdir -p "$dir/data" "$dir/socket"
  password="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" > "$dir/pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown -R postgres "$dir"
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U syriatalks --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  for attempt in 1 2 3; do
    port=$(free_port)
    # fsync off: a test cluster that dies with the run has nothing to keep safe. DURABLE=1 keeps the server's
    # defaults, for measuring (docs/scaling.md).
    local speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${DURABLE:-0}" = 1 ] && speed=""
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 $speed -c max_connections=300" start >/dev/null; then
      echo "$dir"
      echo "Host=127.0.0.1;Port=$port;Username=syriatalks;Password=$password;Database=postgres"
      return 0
    fi
  done
  cat "$dir/server.log" >&2
  return 1
}

stop() {
  local dir=$1 bin
  [ -d "$dir" ] || return 0
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?stop needs the cluster folder}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
