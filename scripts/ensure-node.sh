#!/usr/bin/env bash
# Sourced by the other scripts: puts a Node LTS >= 22 first on PATH.
# Node 20 is past end-of-life and intermittently exits with code 13 while Payload 3 boots,
# so where the machine's node is older we fetch the `node` package from the npm registry
# into ./.tools (a real binary, no other download) and use it.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_min_major=22
_tools="$_root/.tools"

_node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$_tools/node_modules/.bin/node" ] && [ "$(_node_major "$_tools/node_modules/.bin/node")" -ge "$_min_major" ]; then
  export PATH="$_tools/node_modules/.bin:$PATH"
elif command -v node >/dev/null 2>&1 && [ "$(_node_major node)" -ge "$_min_major" ]; then
  :
else
  if ! command -v npm >/dev/null 2>&1; then
    echo "ensure-node: neither Node >= $_min_major nor npm was found; install Node.js and npm first." >&2
    exit 1
  fi
  echo "ensure-node: Node $(node -v 2>/dev/null || echo none) is older than $_min_major; fetching Node 22 LTS from the npm registry into .tools/ …" >&2
  mkdir -p "$_tools"
  if ! (cd "$_tools" && npm install --no-save --no-audit --no-fund --prefix . node@22 >/dev/null 2>&1) \
    || [ ! -x "$_tools/node_modules/.bin/node" ]; then
    echo "ensure-node: could not install the npm package node@22; check access to the npm registry." >&2
    exit 1
  fi
  export PATH="$_tools/node_modules/.bin:$PATH"
fi
export PATH="$_root/node_modules/.bin:$PATH"
