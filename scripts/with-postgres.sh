#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL server and stops the server afterwards.
#
#   scripts/with-postgres.sh vitest run                               # both databases
#   scripts/with-postgres.sh vitest run --project postgres tests/cms  # one suite on PostgreSQL
#   scripts/with-postgres.sh --if-installed vitest run                # what `npm test` runs
#
# The server gets its own data folder under $TMPDIR, listens on a free loopback port without a
# password (trust on loopback only), runs no system service and is removed at the end. The command
# sees POSTGRES_TEST_URL (the maintenance database; each test file creates and drops its own).
# Installs Debian's postgresql package when no server binaries are found (root only); with
# --if-installed it runs the command without a server instead, saying so (the vitest config then
# leaves out the PostgreSQL project and its summary line names that).
set -euo pipefail

if_installed=false
if [ "${1:-}" = "--if-installed" ]; then if_installed=true; shift; fi

find_bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  # Debian keeps the server binaries out of PATH, one folder per major version; take the newest.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
}

bindir=$(find_bindir)
if [ -z "$bindir" ] && $if_installed; then
  echo "PostgreSQL-Tests übersprungen: keine PostgreSQL-Programme gefunden (apt-get install postgresql)." >&2
  exec "$@"
fi
if [ -z "$bindir" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL fehlt: bitte 'apt-get install postgresql' ausführen (oder initdb/pg_ctl in PATH legen)." >&2
    exit 1
  fi
  echo "Installiere PostgreSQL (Debian) …"
  # Only the binaries: no default cluster and no service, the tests start their own server.
  mkdir -p /etc/postgresql-common
  [ -e /etc/postgresql-common/createcluster.conf ] || echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bindir=$(find_bindir)
  [ -n "$bindir" ] || { echo "PostgreSQL-Programme nach der Installation nicht gefunden." >&2; exit 1; }
fi

# PostgreSQL refuses to run as root: then the server runs as the package's user (or one we create).
as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
  as_owner=(runuser -u "$owner" --)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/nb-postgres-XXXXXX")
chmod 755 "$work"
[ "$(id -u)" -eq 0 ] && chown "$owner" "$work"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT INT TERM

"${as_owner[@]}" "$bindir/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
# A test server: durability settings off (its data is thrown away; the CMS's crash test kills the
# CMS, not this server), enough connections for two test workers and the two-instance test.
options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c max_connections=200"
options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
"${as_owner[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -o "$options" -w -t 60 start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }

export POSTGRES_TEST_URL="postgres://postgres@127.0.0.1:$port/postgres"
export PATH="$bindir:$PATH" # pg_dump/pg_restore of the server's own version for the backup test
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') läuft auf 127.0.0.1:$port (Daten: $work/data)."
"$@"
