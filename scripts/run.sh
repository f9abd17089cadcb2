#!/usr/bin/env bash
# THE run command: `bash scripts/run.sh` on a fresh machine gives a working newsroom with demo data.
#   1. Node >= 22 (fetched from the npm registry into .tools/ when the machine's node is older)
#   2. npm ci when node_modules is missing or older than package-lock.json
#   3. Redis (REDIS_URL, default 127.0.0.1:6379): started or installed if it can be; if not, a warning,
#      and the server runs anyway (/healthz then reports redis down)
#   4. ffmpeg and poppler-utils (media processing): installed where missing and possible; else a warning
#      (audio, video and PDF uploads are then marked failed with a message saying what to install)
#   5. npm run build when the admin UI is not built or its sources changed
#   6. SEED_ON_START=true npm start (the seed only runs on an empty database), then, once /healthz
#      answers, the background worker (npm run worker); Ctrl-C or SIGTERM stops both
# Arguments are passed to the server, e.g. `bash scripts/run.sh --api-only` (no admin UI, no build).
# Every setting is an environment variable (see the README's configuration table), e.g. PORT=3100.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export SVC_LOG_PREFIX=run.sh
say() { printf 'run.sh: %s\n' "$*" >&2; }

# shellcheck source=ensure-node.sh
source scripts/ensure-node.sh
# shellcheck source=ensure-services.sh
source scripts/ensure-services.sh
# shellcheck source=ensure-project.sh
source scripts/ensure-project.sh

main() {
  say "Node $(node -v), npm $(npm -v)"
  ensure_node_modules

  if ! ensure_redis; then
    say "warning: going on without Redis. The newsroom runs, but /healthz reports redis down"
    say "and anything queued in Redis waits until it is there."
  fi

  if ! ensure_apt_packages ffmpeg poppler-utils; then
    say "warning: ffmpeg/poppler-utils are missing: images are processed, but audio, video and PDF uploads"
    say "will be marked failed until they are installed (Debian: apt-get install ffmpeg poppler-utils)."
  fi
  if ! ensure_apt_packages espeak-ng lame; then
    say "warning: espeak-ng/lame are missing: grassroots bulletins without a recorded voice cannot be read"
    say "out and will fail with that message (Debian: apt-get install espeak-ng lame)."
  fi

  local arg api_only=false
  for arg in "$@"; do
    [ "$arg" = "--api-only" ] && api_only=true
  done
  if [ "$api_only" = true ]; then
    say "--api-only: the admin UI is not served, so it is not built"
  else
    ensure_admin_build
  fi

  export SEED_ON_START="${SEED_ON_START:-true}"
  local url="${SERVER_URL:-http://localhost:${PORT:-3000}}"
  url="${url%/}"
  say "starting the newsroom on ${url} (admin UI: ${url}/admin, health: ${url}/healthz)"
  say "demo logins: see \"Demo logins\" in README.md. Stop with Ctrl-C."
  export NODE_ENV=production
  # Each in its own process group (job control), so stopping reaches npm, the shell and node alike:
  # npm does not pass signals on through the shell it runs scripts in.
  set -m
  npm start -- "$@" &
  server_pid=$!
  trap stop_all INT TERM
  # The server applies migrations and seeds first; the worker starts on the finished database.
  if wait_for_health "$url/healthz" "$server_pid"; then
    say "the newsroom is up; starting the background worker (npm run worker)"
    npm run worker &
    worker_pid=$!
  fi
  local rc=0
  wait -n "$server_pid" ${worker_pid:+"$worker_pid"} || rc=$?
  stop_all
  exit "$rc"
}

server_pid=""
worker_pid=""
stop_all() {
  trap - INT TERM
  local pid
  for pid in "$worker_pid" "$server_pid"; do
    [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "$worker_pid" "$server_pid"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  exit 0
}

wait_for_health() {
  local url="$1" pid="$2" tries=0
  while kill -0 "$pid" 2>/dev/null; do
    if node -e "fetch(process.argv[1]).then(r=>process.exit(r.status<500?0:1),()=>process.exit(1))" "$url"; then
      return 0
    fi
    tries=$((tries + 1))
    [ "$tries" -lt 600 ] || return 1
    sleep 0.5
  done
  return 1
}

main "$@"
