#!/usr/bin/env bash
# THE run command: `bash scripts/run.sh` on a fresh machine gives a working newsroom with demo data.
#   1. Node >= 22 (fetched from the npm registry into .tools/ when the machine's node is older)
#   2. npm ci when node_modules is missing or older than package-lock.json
#   3. Redis (REDIS_URL, default 127.0.0.1:6379): started or installed if it can be; if not, a warning,
#      and the server runs anyway (/healthz then reports redis down)
#   4. npm run build when the admin UI is not built or its sources changed
#   5. SEED_ON_START=true npm start in the foreground (the seed only runs on an empty database)
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
  exec npm start -- "$@"
}

main "$@"
