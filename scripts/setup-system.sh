#!/usr/bin/env bash
# Installs and starts the system services the test suite needs on Debian (run as root, or with sudo):
# PostgreSQL 15 with a `bp` role for the tests, socat (pseudo-terminal pairs for the locker-board tests) and
# Chromium (the browser tests drive /usr/bin/chromium through Playwright). Safe to run again. Not root: asks sudo.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo "$0" "$@"
  fi
  echo "Please run as root (sudo is not installed)." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v socat >/dev/null 2>&1 || need+=(socat)
command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need[@]}"
fi

version=$(ls /etc/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" && $4=="online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qAtc \"select 1 from pg_roles where rolname='bp'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role bp login superuser password 'bp'\""
echo "PostgreSQL $version is running; tests use postgres://bp:bp@127.0.0.1:5432/postgres"
