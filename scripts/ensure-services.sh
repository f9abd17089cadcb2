#!/usr/bin/env bash
# Sourced by scripts/run.sh and scripts/test.sh (or by hand: `source scripts/ensure-services.sh`).
# Makes sure the services the newsroom needs are there, starting or installing them where it may:
#
#   ensure_redis              REDIS_URL (default redis://127.0.0.1:6379) answers PING, else starts a
#                             local redis-server (installing Debian's redis-server if needed).
#   ensure_postgres           an admin connection for the tests (CREATE/DROP DATABASE): TEST_POSTGRES_URL,
#                             else DATABASE_URL when it is postgres://, else 127.0.0.1:5432; starts or
#                             installs Debian's PostgreSQL if needed. Exports TEST_POSTGRES_URL.
#   ensure_apt_packages pkg…  installs only the missing Debian packages (apt-get update at most once).
#   ensure_chromium           /usr/bin/chromium (Debian's chromium) for the UI tests; exports CHROMIUM_PATH.
#
# Each function returns 0 when the thing is usable and otherwise prints what to do and returns
# non-zero: nothing is skipped silently. Network and apt operations are time-boxed (see the
# SVC_*_TIMEOUT variables below). Messages go to stderr, prefixed with SVC_LOG_PREFIX (the calling
# script's name by default).

if [ -z "${SVC_LOG_PREFIX:-}" ]; then
  case "$(basename -- "$0")" in
    bash | -bash | sh | -sh | ensure-services.sh) SVC_LOG_PREFIX=ensure-services ;;
    *) SVC_LOG_PREFIX="$(basename -- "$0")" ;;
  esac
fi
: "${SVC_APT_UPDATE_TIMEOUT:=300}"   # seconds for `apt-get update`
: "${SVC_APT_INSTALL_TIMEOUT:=900}"  # seconds for one `apt-get install`
: "${SVC_START_TIMEOUT:=30}"         # seconds to wait for a started server to answer

_svc_say() { printf '%s: %s\n' "$SVC_LOG_PREFIX" "$*" >&2; }

# --- helpers -----------------------------------------------------------------------------------

_svc_can_be_root() {
  [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

# Runs a command as root: directly when we are root, else through passwordless sudo.
_svc_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 126
  fi
}

# "scheme://user:pw@host:port/path?x" → "host port" (IPv6 literals in brackets are unwrapped).
_svc_url_host_port() {
  local url="$1" default_port="$2" rest host port
  rest="${url#*://}"
  rest="${rest##*@}"
  rest="${rest%%/*}"
  rest="${rest%%\?*}"
  if [[ "$rest" == \[* ]]; then
    host="${rest%%]*}"
    host="${host#[}"
    port="${rest##*]}"
    port="${port#:}"
  else
    host="${rest%%:*}"
    port="${rest#"$host"}"
    port="${port#:}"
  fi
  printf '%s %s\n' "${host:-127.0.0.1}" "${port:-$default_port}"
}

_svc_is_local_host() {
  case "$1" in
    localhost | 127.* | ::1 | 0.0.0.0) return 0 ;;
    *) return 1 ;;
  esac
}

# A URL with its password replaced by ***, for messages.
_svc_redact() { printf '%s' "$1" | sed -E 's#(://[^:/@]*):[^@/]*@#\1:***@#'; }

# shellcheck disable=SC2016 # $1/$2 are expanded by the inner bash
_svc_tcp_open() { timeout 3 bash -c ': >"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null; }

# --- Debian packages ---------------------------------------------------------------------------

_SVC_APT_UPDATED="${_SVC_APT_UPDATED:-}"

ensure_apt_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ "${#missing[@]}" -eq 0 ] && return 0

  if ! command -v apt-get >/dev/null 2>&1; then
    _svc_say "cannot install ${missing[*]}: apt-get was not found (this is not Debian/Ubuntu)."
    _svc_say "install the equivalent packages with your system's package manager and run me again."
    return 1
  fi
  if ! _svc_can_be_root; then
    _svc_say "cannot install ${missing[*]}: that needs root, and I am not root and have no passwordless sudo."
    _svc_say "run:  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    return 1
  fi
  if [ -z "$_SVC_APT_UPDATED" ]; then
    _svc_say "apt-get update (time limit ${SVC_APT_UPDATE_TIMEOUT}s) …"
    if _svc_as_root env DEBIAN_FRONTEND=noninteractive timeout "$SVC_APT_UPDATE_TIMEOUT" \
      apt-get update -qq -o DPkg::Lock::Timeout=120 >&2; then
      _SVC_APT_UPDATED=1
    else
      _svc_say "warning: apt-get update failed or timed out; trying the install with the package lists already on this machine."
    fi
  fi
  _svc_say "installing Debian packages: ${missing[*]} (time limit ${SVC_APT_INSTALL_TIMEOUT}s) …"
  if ! _svc_as_root env DEBIAN_FRONTEND=noninteractive timeout "$SVC_APT_INSTALL_TIMEOUT" \
    apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=120 -o Dpkg::Use-Pty=0 "${missing[@]}" >&2; then
    _svc_say "apt-get install ${missing[*]} failed or timed out (see the apt output above)."
    return 1
  fi
  for pkg in "${missing[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      _svc_say "apt-get reported success but $pkg is not installed."
      return 1
    fi
  done
  _svc_say "installed: ${missing[*]}"
}

# --- Redis ----------------------------------------------------------------------------------------

# 0: answers PING; 1: nothing answers; 2: something answers but refuses (auth). Sets _SVC_REDIS_ERR.
_svc_redis_ping() {
  local url="$1" host port out
  _SVC_REDIS_ERR=""
  if command -v redis-cli >/dev/null 2>&1; then
    local tls=()
    [[ "$url" == rediss://* ]] && tls=(--tls)
    # redis-cli 7.0 sends AUTH "" <password> for redis://:password@…; clients mean the default user.
    out="$(timeout 5 redis-cli "${tls[@]}" -u "${url/:\/\/:/://default:}" --no-auth-warning ping 2>&1)" || true
    case "$out" in
      *PONG*) return 0 ;;
      *NOAUTH* | *WRONGPASS* | *"invalid password"* | *"invalid username-password"*)
        _SVC_REDIS_ERR="$out"
        return 2
        ;;
      *)
        _SVC_REDIS_ERR="${out:-no answer within 5 s}"
        return 1
        ;;
    esac
  fi
  # No redis-cli: speak the protocol over bash's /dev/tcp.
  read -r host port < <(_svc_url_host_port "$url" 6379)
  # shellcheck disable=SC2016 # expanded by the inner bash
  out="$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2" || exit 1; printf "PING\r\n" >&3; IFS= read -r -t 4 line <&3; printf "%s" "$line"' _ "$host" "$port" 2>/dev/null)" || true
  case "$out" in
    +PONG*) return 0 ;;
    -NOAUTH* | -WRONGPASS*)
      _SVC_REDIS_ERR="$out"
      return 2
      ;;
    *)
      _SVC_REDIS_ERR="${out:-connection refused or no answer within 5 s}"
      return 1
      ;;
  esac
}

ensure_redis() {
  local url="${REDIS_URL:-redis://127.0.0.1:6379}" host port rc=0
  read -r host port < <(_svc_url_host_port "$url" 6379)

  _svc_redis_ping "$url" || rc=$?
  if [ "$rc" -eq 0 ]; then
    export REDIS_URL="$url"
    _svc_say "Redis answers at $host:$port"
    return 0
  fi
  if [ "$rc" -eq 2 ]; then
    _svc_say "Redis at $host:$port answers but refuses us: ${_SVC_REDIS_ERR//$'\n'/ }"
    _svc_say "fix the user/password in REDIS_URL."
    return 1
  fi
  if ! _svc_is_local_host "$host"; then
    _svc_say "Redis at $host:$port does not answer (${_SVC_REDIS_ERR//$'\n'/ }), and it is not on this machine, so I cannot start it."
    _svc_say "start that server, or unset REDIS_URL to use a local Redis on 127.0.0.1:6379."
    return 1
  fi

  if ! command -v redis-server >/dev/null 2>&1; then
    _svc_say "Redis does not answer at $host:$port and redis-server is not installed: installing Debian's redis-server."
    if ! ensure_apt_packages redis-server; then
      _svc_say "could not install redis-server. Install Redis 7 (Debian: apt-get install redis-server), start it, and set REDIS_URL if it is not on 127.0.0.1:6379."
      return 1
    fi
    # The package's maintainer script may have started a server already.
    if _svc_redis_ping "$url"; then
      export REDIS_URL="$url"
      _svc_say "Redis answers at $host:$port"
      return 0
    fi
  fi

  local bind=("$host") dir="${TMPDIR:-/tmp}"
  # localhost may resolve to ::1 first: listen on both ("-" = only where IPv6 is available).
  case "$host" in localhost | 0.0.0.0) bind=(127.0.0.1 -::1) ;; esac
  local log="$dir/redis-$port.log"
  _svc_say "Redis does not answer at $host:$port: starting a local redis-server there (no persistence, log $log)."
  if ! redis-server --daemonize yes --bind "${bind[@]}" --port "$port" --save "" --appendonly no \
    --dir "$dir" --logfile "$log" >&2; then
    _svc_say "redis-server did not start; see $log."
    return 1
  fi
  local waited=0
  until _svc_redis_ping "$url"; do
    if [ "$waited" -ge "$SVC_START_TIMEOUT" ]; then
      _svc_say "started redis-server but it does not answer at $host:$port after ${SVC_START_TIMEOUT}s (${_SVC_REDIS_ERR//$'\n'/ }); see $log."
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  export REDIS_URL="$url"
  _svc_say "started redis-server; Redis answers at $host:$port"
}

# --- PostgreSQL -----------------------------------------------------------------------------------

# 0: logged in; 1: no server answers; 2: a server answers but the login fails. Sets _SVC_PG_ERR.
_svc_pg_check() {
  local url="$1" host port out
  _SVC_PG_ERR=""
  read -r host port < <(_svc_url_host_port "$url" 5432)
  if command -v pg_isready >/dev/null 2>&1; then
    local ready=0
    timeout 10 pg_isready -q -h "$host" -p "$port" -t 5 || ready=$?
    if [ "$ready" -ne 0 ]; then
      _SVC_PG_ERR="pg_isready: no server accepting connections on $host:$port"
      return 1
    fi
  elif ! _svc_tcp_open "$host" "$port"; then
    _SVC_PG_ERR="nothing listens on $host:$port"
    return 1
  fi
  if command -v psql >/dev/null 2>&1; then
    if out="$(PGCONNECT_TIMEOUT=5 timeout 15 psql -w "$url" -XAtq -v ON_ERROR_STOP=1 -c 'select 1' 2>&1)"; then
      return 0
    fi
    _SVC_PG_ERR="${out//$'\n'/ }"
  elif command -v node >/dev/null 2>&1 && [ -d node_modules/pg ]; then
    if out="$(timeout 15 node -e '
      const { Client } = require("pg");
      const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
      c.connect().then(() => c.query("select 1")).then(() => c.end()).then(
        () => process.exit(0),
        (e) => { console.error(e.message); process.exit(e.code === "ECONNREFUSED" ? 3 : 2) })' "$url" 2>&1)"; then
      return 0
    fi
    _SVC_PG_ERR="${out//$'\n'/ }"
  else
    _svc_say "warning: PostgreSQL listens on $host:$port, but without psql or the pg package I cannot check the login."
    return 0
  fi
  case "$_SVC_PG_ERR" in
    *"Connection refused"* | *ECONNREFUSED* | *"could not connect"* | *"timeout expired"*) return 1 ;;
    *) return 2 ;;
  esac
}

# Lines of `pg_lsclusters -h` ("ver name port status owner datadir log") for clusters on a port.
_svc_pg_clusters_on_port() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters -h 2>/dev/null | awk -v p="$1" '$3 == p'
}

# Starts (installing and creating if needed) the Debian cluster serving 127.0.0.1:<port>.
_svc_pg_start_local() {
  local port="$1" clusters ver name
  clusters="$(_svc_pg_clusters_on_port "$port")"
  if [ -z "$clusters" ]; then
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      _svc_say "no PostgreSQL server is installed: installing Debian's postgresql."
      if ! ensure_apt_packages postgresql; then
        _svc_say "could not install PostgreSQL."
        return 1
      fi
    fi
    clusters="$(_svc_pg_clusters_on_port "$port")"
    if [ -z "$clusters" ]; then
      if [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; then
        _svc_say "PostgreSQL is installed but none of its clusters uses port $port:"
        pg_lsclusters >&2 || true
        _svc_say "start one on port $port, or set TEST_POSTGRES_URL to a server you have."
        return 1
      fi
      ver="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
      _svc_say "creating PostgreSQL cluster $ver/main on port $port."
      if ! _svc_as_root pg_createcluster --port "$port" "$ver" main >&2; then
        _svc_say "pg_createcluster $ver main failed (it needs root)."
        return 1
      fi
      clusters="$(_svc_pg_clusters_on_port "$port")"
    fi
  fi
  read -r ver name _ < <(printf '%s\n' "$clusters" | head -n 1)
  if [ -z "$ver" ] || [ -z "$name" ]; then
    _svc_say "found no PostgreSQL cluster for port $port."
    return 1
  fi
  _svc_say "starting PostgreSQL cluster $ver/$name: pg_ctlcluster --skip-systemctl-redirect $ver $name start"
  local rc=0
  _svc_as_root timeout 60 pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start >&2 || rc=$?
  if [ "$rc" -eq 126 ] && ! _svc_can_be_root; then
    _svc_say "starting the cluster needs root. Run:  sudo pg_ctlcluster --skip-systemctl-redirect $ver $name start"
    return 1
  fi
  # rc 2 means "already running", which is fine; anything else is judged by the wait below.
  local waited=0
  until timeout 10 pg_isready -q -h 127.0.0.1 -p "$port" -t 2; do
    if [ "$waited" -ge "$SVC_START_TIMEOUT" ]; then
      _svc_say "PostgreSQL $ver/$name does not accept connections on port $port after ${SVC_START_TIMEOUT}s; see /var/log/postgresql/postgresql-$ver-$name.log."
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# Lets local TCP connections from 127.0.0.1/::1 log in without a password (test machines only).
_svc_pg_trust_local() {
  local port="$1" ver name hba
  read -r ver name _ < <(_svc_pg_clusters_on_port "$port" | head -n 1)
  hba="/etc/postgresql/$ver/$name/pg_hba.conf"
  if [ -z "$ver" ] || ! _svc_as_root test -f "$hba"; then
    _svc_say "cannot find the pg_hba.conf of the cluster on port $port."
    return 1
  fi
  if _svc_as_root grep -Eq '^[[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
    return 1 # already trusted: the failure is something else
  fi
  _svc_say "configuring $hba: trust for local TCP connections from 127.0.0.1 and ::1 (a backup is kept as $hba.before-toa-soan), then reloading."
  _svc_as_root cp -p "$hba" "$hba.before-toa-soan" || return 1
  # Rewrite in place so owner and mode stay as they are; the first matching line wins in pg_hba.
  # shellcheck disable=SC2016 # expanded by the inner sh
  _svc_as_root sh -c 'tmp="$(mktemp)" && {
      printf "%s\n" "# Added by Tòa soạn hội tụ scripts/ensure-services.sh for the test suite:" \
        "host all all 127.0.0.1/32 trust" "host all all ::1/128 trust"
      cat "$1"
    } >"$tmp" && cat "$tmp" >"$1" && rm -f "$tmp"' _ "$hba" || return 1
  _svc_as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" reload >&2 || return 1
  sleep 1
}

ensure_postgres() {
  local url source host port rc=0
  if [ -n "${TEST_POSTGRES_URL:-}" ]; then
    url="$TEST_POSTGRES_URL"
    source="TEST_POSTGRES_URL"
  elif [[ "${DATABASE_URL:-}" =~ ^postgres(ql)?:// ]]; then
    url="$DATABASE_URL"
    source="DATABASE_URL"
  else
    url="postgres://postgres@127.0.0.1:5432/postgres"
    source="default"
  fi
  read -r host port < <(_svc_url_host_port "$url" 5432)

  _svc_pg_check "$url" || rc=$?
  if [ "$rc" -eq 1 ]; then
    if ! _svc_is_local_host "$host"; then
      _svc_say "PostgreSQL at $host:$port (from $source) does not answer: $_SVC_PG_ERR"
      _svc_say "start that server, or set TEST_POSTGRES_URL to one that runs (or TEST_DATABASES=sqlite to leave PostgreSQL out deliberately)."
      return 1
    fi
    _svc_say "PostgreSQL does not answer on $host:$port; trying to start it."
    if ! _svc_pg_start_local "$port"; then
      _svc_say "could not get PostgreSQL running on $host:$port. Start or install PostgreSQL (Debian: apt-get install postgresql),"
      _svc_say "or set TEST_POSTGRES_URL=postgres://user:password@host:5432/postgres (a role that may CREATE DATABASE),"
      _svc_say "or run the suite on SQLite only with TEST_DATABASES=sqlite."
      return 1
    fi
    rc=0
    _svc_pg_check "$url" || rc=$?
  fi
  if [ "$rc" -eq 2 ] && [ "$source" = "default" ] && _svc_is_local_host "$host" && _svc_can_be_root \
    && [ -n "$(_svc_pg_clusters_on_port "$port")" ]; then
    _svc_say "PostgreSQL answers but refuses $(_svc_redact "$url"): $_SVC_PG_ERR"
    if _svc_pg_trust_local "$port"; then
      rc=0
      _svc_pg_check "$url" || rc=$?
    fi
  fi
  if [ "$rc" -ne 0 ]; then
    _svc_say "cannot log in to PostgreSQL with $(_svc_redact "$url") (from $source): $_SVC_PG_ERR"
    _svc_say "set TEST_POSTGRES_URL to an admin connection that works (a role that may CREATE DATABASE), or TEST_DATABASES=sqlite."
    return 1
  fi

  if command -v psql >/dev/null 2>&1; then
    local may_create
    may_create="$(PGCONNECT_TIMEOUT=5 timeout 15 psql -w "$url" -XAtq -c \
      'select rolsuper or rolcreatedb from pg_roles where rolname = current_user' 2>/dev/null || true)"
    if [ "$may_create" != "t" ]; then
      _svc_say "PostgreSQL at $host:$port lets us in, but that role may not CREATE DATABASE, which the tests need for their per-suite databases."
      _svc_say "use a superuser or grant it: ALTER ROLE <name> CREATEDB; (or set TEST_POSTGRES_URL to another role)."
      return 1
    fi
  fi
  export TEST_POSTGRES_URL="$url"
  _svc_say "PostgreSQL answers at $host:$port (admin connection from $source)"
}

# --- Chromium -------------------------------------------------------------------------------------

ensure_chromium() {
  local path
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    if [ ! -x "$CHROMIUM_PATH" ]; then
      _svc_say "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; fix it or unset it to use Debian's /usr/bin/chromium."
      return 1
    fi
    path="$CHROMIUM_PATH"
  elif [ -x /usr/bin/chromium ]; then
    path=/usr/bin/chromium
  else
    _svc_say "Chromium is not installed: installing Debian's chromium (for the UI tests in test/ui)."
    if ! ensure_apt_packages chromium fonts-liberation; then
      _svc_say "could not install Chromium. Install it (Debian: apt-get install chromium) and/or set CHROMIUM_PATH,"
      _svc_say "or run without the UI tests: SKIP_UI_TESTS=1."
      return 1
    fi
    path=/usr/bin/chromium
  fi
  local version
  if ! version="$(timeout 60 "$path" --headless --no-sandbox --version 2>/dev/null)"; then
    _svc_say "$path is there but does not run (\`$path --version\` failed)."
    return 1
  fi
  export CHROMIUM_PATH="$path"
  _svc_say "Chromium: $version ($path)"
}
