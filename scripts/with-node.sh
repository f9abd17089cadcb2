#!/usr/bin/env bash
# Runs a command with Node >= 22 and the project's binaries first on PATH (used by every npm script).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh"
exec "$@"
