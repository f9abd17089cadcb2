#!/usr/bin/env bash
# Sourced by scripts/run.sh and scripts/test.sh, after scripts/ensure-node.sh, from the repository root:
#
#   ensure_node_modules   `npm ci` (or `npm install` without a lockfile) when node_modules is missing
#                         or older than package-lock.json. Dev dependencies are always included.
#   ensure_admin_build    `npm run build` (the Next.js admin) when .next/BUILD_ID is missing or older
#                         than anything under src/, collections/, plugins/, next.config.*, tsconfig.json
#                         or package-lock.json.
#
# Messages go to stderr, prefixed with SVC_LOG_PREFIX (the calling script's name by default).

if [ -z "${SVC_LOG_PREFIX:-}" ]; then
  case "$(basename -- "$0")" in
    bash | -bash | sh | -sh | ensure-project.sh) SVC_LOG_PREFIX=ensure-project ;;
    *) SVC_LOG_PREFIX="$(basename -- "$0")" ;;
  esac
fi
: "${NPM_INSTALL_TIMEOUT:=1200}" # seconds for one npm ci / npm install

_proj_say() { printf '%s: %s\n' "$SVC_LOG_PREFIX" "$*" >&2; }

ensure_node_modules() {
  # npm writes node_modules/.package-lock.json on every install: it dates the installed tree.
  local marker=node_modules/.package-lock.json reason="" cmd
  if [ ! -d node_modules ]; then
    reason="node_modules is missing"
  elif [ ! -f "$marker" ]; then
    reason="node_modules was not installed by npm 7 or newer"
  elif [ -f package-lock.json ] && [ package-lock.json -nt "$marker" ]; then
    reason="package-lock.json is newer than node_modules"
  elif [ ! -f package-lock.json ] && [ package.json -nt "$marker" ]; then
    reason="package.json is newer than node_modules"
  fi
  if [ -z "$reason" ]; then
    _proj_say "dependencies are installed (node_modules is up to date with package-lock.json)"
    return 0
  fi
  if [ -f package-lock.json ]; then cmd=ci; else cmd=install; fi
  _proj_say "$reason: running npm $cmd with npm $(npm -v) on Node $(node -v) (time limit ${NPM_INSTALL_TIMEOUT}s) …"
  # --include=dev: the admin build and the tests need dev dependencies even when NODE_ENV=production.
  local log rc=0
  log="$(mktemp "${TMPDIR:-/tmp}/npm-$cmd.XXXXXX")"
  if [ "$cmd" = ci ]; then
    # npm ci's refusal comes with a page of usage text: keep its output aside until we know.
    timeout "$NPM_INSTALL_TIMEOUT" npm ci --include=dev --no-audit --no-fund >"$log" 2>&1 || rc=$?
    if [ "$rc" -eq 0 ] || ! grep -q 'can only install packages when your package.json and package-lock.json' "$log"; then
      cat "$log"
    else
      grep -E '^npm error (Missing|Invalid):' "$log" | head -n 5 >&2 || true
      _proj_say "(npm ci listed $(grep -cE '^npm error (Missing|Invalid):' "$log" || true) such entries)"
    fi
  else
    timeout "$NPM_INSTALL_TIMEOUT" npm install --include=dev --no-audit --no-fund 2>&1 | tee "$log" || rc=$?
  fi
  if [ "$rc" -ne 0 ] && [ "$cmd" = ci ] && grep -q 'can only install packages when your package.json and package-lock.json' "$log"; then
    # npm ci refuses a lockfile without an entry for every optional platform package of every
    # dependency; a registry that lacks some of them (a mirror without the macOS/Windows builds of
    # @next/swc, say) can never produce such a lockfile. npm install uses the lockfile's versions
    # for everything it does list; --no-save leaves package.json and package-lock.json untouched.
    _proj_say "warning: npm ci refused package-lock.json as out of sync with package.json (the lines above name"
    _proj_say "what it misses); installing the lockfile's versions with npm install --no-save instead."
    rc=0
    timeout "$NPM_INSTALL_TIMEOUT" npm install --no-save --include=dev --no-audit --no-fund || rc=$?
    cmd="install --no-save"
  fi
  rm -f "$log"
  if [ "$rc" -ne 0 ]; then
    _proj_say "npm $cmd failed or timed out (exit code $rc; see above). Check access to the npm registry."
    return 1
  fi
  touch "$marker" 2>/dev/null || true
}

ensure_admin_build() {
  local build_id=.next/BUILD_ID reason="" inputs=() candidate newer
  for candidate in src collections plugins next.config.mjs next.config.js next.config.ts tsconfig.json package-lock.json; do
    [ -e "$candidate" ] && inputs+=("$candidate")
  done
  if [ ! -f "$build_id" ]; then
    reason="the admin UI has not been built yet (.next/BUILD_ID is missing)"
  else
    newer="$(find "${inputs[@]}" -type f -newer "$build_id" -print -quit 2>/dev/null || true)"
    [ -n "$newer" ] && reason="$newer changed since the last admin build"
  fi
  if [ -z "$reason" ]; then
    _proj_say "the admin UI build is up to date (.next/BUILD_ID)"
    return 0
  fi
  _proj_say "$reason: running npm run build (about a minute, ~2.5 GB of memory) …"
  export NEXT_TELEMETRY_DISABLED=1
  if ! npm run build; then
    _proj_say "npm run build failed (see above)."
    return 1
  fi
}
