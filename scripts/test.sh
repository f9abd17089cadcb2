#!/usr/bin/env bash
# THE test command: `bash scripts/test.sh [jest arguments…]` (also `npm test -- …`).
#   1. Node >= 22 (fetched from the npm registry into .tools/ when the machine's node is older)
#   2. npm ci when node_modules is missing or older than package-lock.json
#   3. Redis: required (started or installed where possible; else a clear failure); ffmpeg and
#      poppler-utils (media tests), espeak-ng and lame (bulletin TTS): installed where missing
#   4. PostgreSQL: required unless TEST_DATABASES=sqlite (started or installed where possible; else a
#      clear failure). Exports TEST_POSTGRES_URL, an admin connection for per-suite databases.
#   5. UI tests (test/ui): Chromium (Debian's chromium) and the admin build, unless SKIP_UI_TESTS=1
#   6. npm run test:jest -- "$@", exiting with jest's exit code
#      (suites run in a jest worker that is replaced once a suite leaves it over 1 GB: ~240 suites
#      booting Payload in one process outgrew Node's 4 GB heap; test:jest's 8 GB heap is a margin)
# Static checks (typecheck, lint, format:check) are separate npm scripts.
#
# Environment: TEST_DATABASES ("sqlite,postgres" by default; "sqlite" or "postgres" alone),
# TEST_POSTGRES_URL, REDIS_URL, CHROMIUM_PATH, SKIP_UI_TESTS=1, TEST_TIMEOUT_SECONDS (time limit of the
# jest run; 4800 when CI is set, none otherwise), JEST_FORCE_EXIT=0 (leave out jest's --forceExit).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export SVC_LOG_PREFIX=test.sh
say() { printf 'test.sh: %s\n' "$*" >&2; }
die() {
  say "$*"
  exit 1
}

# shellcheck source=ensure-node.sh
source scripts/ensure-node.sh
# shellcheck source=ensure-services.sh
source scripts/ensure-services.sh
# shellcheck source=ensure-project.sh
source scripts/ensure-project.sh

# Validates TEST_DATABASES and tells whether it names PostgreSQL.
wants_postgres() {
  local db wants=1
  IFS=',' read -r -a dbs <<<"$TEST_DATABASES"
  [ "${#dbs[@]}" -gt 0 ] || die "TEST_DATABASES is empty; use sqlite, postgres or sqlite,postgres."
  for db in "${dbs[@]}"; do
    db="${db// /}"
    case "$db" in
      sqlite) ;;
      postgres) wants=0 ;;
      *) die "TEST_DATABASES: \"$db\" is not a database the suite knows; use sqlite, postgres or sqlite,postgres." ;;
    esac
  done
  return "$wants"
}

# Prints a plain closing line from jest's JSON results ("jest: N passed, N failed, N skipped").
print_summary() {
  local results="$1"
  [ -s "$results" ] || return 0
  # shellcheck disable=SC2016 # JavaScript template literals
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const broken = r.numRuntimeErrorTestSuites || 0;
    const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
    console.log(`test.sh: ${r.numTotalTestSuites} suites (${r.numFailedTestSuites} failed, ${broken} could not run); details in ${process.argv[1]}`);
    console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests + broken} failed, ${skipped} skipped`);
  ' "$results" || true
}

main() {
  export TEST_DATABASES="${TEST_DATABASES:-sqlite,postgres}"
  say "Node $(node -v), npm $(npm -v); databases: $TEST_DATABASES"

  ensure_node_modules || die "cannot install the dependencies."

  ensure_redis || die "Redis is required by the tests (queues, /healthz). See the messages above."

  ensure_apt_packages ffmpeg poppler-utils ||
    die "ffmpeg and poppler-utils are required by the media tests (Debian: apt-get install ffmpeg poppler-utils)."
  ensure_apt_packages espeak-ng lame ||
    die "espeak-ng and lame are required by the bulletin text-to-speech tests (Debian: apt-get install espeak-ng lame)."

  if wants_postgres; then
    ensure_postgres || die "PostgreSQL is required for TEST_DATABASES=$TEST_DATABASES. See the messages above."
  else
    say "TEST_DATABASES=$TEST_DATABASES: the suite runs on SQLite only; PostgreSQL is deliberately left out."
    unset TEST_POSTGRES_URL
  fi

  if [ "${SKIP_UI_TESTS:-}" = "1" ]; then
    say "SKIP_UI_TESTS=1: the UI tests in test/ui are skipped, so Chromium and the admin build are not prepared."
    export SKIP_UI_TESTS=1
  elif [ ! -d test/ui ]; then
    say "note: there is no test/ui folder, so there are no UI tests: Chromium and the admin build are not prepared."
  else
    ensure_chromium || die "Chromium is required by the UI tests in test/ui (or set SKIP_UI_TESTS=1 to leave them out)."
    ensure_admin_build || die "the admin UI must build for the UI tests (or set SKIP_UI_TESTS=1 to leave them out)."
  fi

  # jest also writes its results as JSON, for the closing line below, unless the caller asks for
  # something else of jest's output. --forceExit: a handle left open after the last suite must not
  # keep the run (and CI) waiting; JEST_FORCE_EXIT=0 or --detectOpenHandles leaves it out.
  local arg extra=() results="" force_exit="${JEST_FORCE_EXIT:-1}"
  for arg in "$@"; do
    case "$arg" in
      --json | --outputFile* | --listTests | --showConfig | --help | -h | --version | -v) results=none ;;
      --detectOpenHandles | --forceExit) force_exit=0 ;;
    esac
  done
  [ "$force_exit" = 0 ] || extra+=(--forceExit)
  if [ -z "$results" ]; then
    mkdir -p test-results
    results="$root/test-results/jest-results.json"
    rm -f "$results"
    extra+=(--json "--outputFile=$results")
  fi

  say "running jest (REDIS_URL=$(_svc_redact "$REDIS_URL")${TEST_POSTGRES_URL:+, TEST_POSTGRES_URL=$(_svc_redact "$TEST_POSTGRES_URL")}${CHROMIUM_PATH:+, CHROMIUM_PATH=$CHROMIUM_PATH})"
  local rc=0
  if [ -n "${CI:-}" ] || [ -n "${TEST_TIMEOUT_SECONDS:-}" ]; then
    # In CI a time limit below CI's own 90 minutes, so a stuck run ends with a message rather than
    # being cut off. (Not at a terminal by default: timeout moves jest out of the terminal's
    # foreground, where Ctrl-C and jest --watch would no longer reach it.)
    local limit="${TEST_TIMEOUT_SECONDS:-4800}"
    timeout --kill-after=30 "$limit" npm run test:jest -- "${extra[@]}" "$@" || rc=$?
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      say "jest did not finish within ${limit}s (TEST_TIMEOUT_SECONDS) and was stopped."
    fi
  else
    npm run test:jest -- "${extra[@]}" "$@" || rc=$?
  fi
  [ "$results" = none ] || print_summary "$results"
  exit "$rc"
}

main "$@"
