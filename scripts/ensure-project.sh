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
  if ! timeout "$NPM_INSTALL_TIMEOUT" npm "$cmd" --include=dev --no-audit --no-fund; then
    _proj_say "npm $cmd failed or timed out (see above). Check access to the npm registry; with a lockfile,"
    _proj_say "package.json and package-lock.json must agree (\`npm install\` updates the lockfile)."
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
