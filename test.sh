#!/usr/bin/env bash
# The one command that runs the whole test suite on a Debian 12 machine, fresh or not:
# installs what is missing (as root), starts a throwaway PostgreSQL and Redis, builds once,
# runs every test assembly, and prints as its last line « N passed, N failed[, N skipped] ».
# Exits non-zero if a test failed or if `dotnet test` itself failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Below the kernel's ephemeral range (32768-60999 on Debian), so that the outgoing connections of a benchmark just run
# (thousands, some left in TIME-WAIT) never hold them; a port something already listens on is skipped (free_port).
readonly PG_BASE_PORT=25432
readonly REDIS_BASE_PORT=26379
readonly CHROMIUM=/usr/bin/chromium
readonly NGINX=/usr/sbin/nginx
# Debian's brotli filter for nginx: deploy/nginx/roadmap.conf compresses with it.
readonly NGINX_BROTLI=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
# The Nu Html Checker (RGAA 8.2), from npm into a git-ignored folder; it needs a Java runtime.
readonly VNU_VERSION=26.9.27
readonly VNU_FOLDER=tests/.tools

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The browser journeys use the system's Chromium; Playwright must never fetch its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

WORK=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-tests.XXXXXX")
PG_BIN=""
PG_DATA=""
REDIS_PID_FILE=""
KEEP_WORK=0

say() { printf '==> %s\n' "$*"; }

cleanup() {
    local status=$?
    if [[ -n $PG_DATA && -f $PG_DATA/postmaster.pid ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [[ -n $REDIS_PID_FILE && -s $REDIS_PID_FILE ]]; then
        kill "$(cat "$REDIS_PID_FILE")" 2>/dev/null || true
    fi
    # Nothing may be printed here: the summary must stay the last line.
    if ((KEEP_WORK)); then
        rm -rf "$WORK/pg"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap "exit 130" INT TERM

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# initdb refuses to run as root: as root, the server runs as the postgres account.
as_postgres() {
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

install_missing_packages() {
    local missing=()
    [[ -x $CHROMIUM ]] || missing+=(chromium)
    [[ -n $(postgres_bin) ]] || missing+=(postgresql)
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v java >/dev/null || missing+=(default-jre-headless)
    [[ -x $NGINX ]] || missing+=(nginx)
    [[ -f $NGINX_BROTLI ]] || missing+=(libnginx-mod-http-brotli-filter)
    if ((${#missing[@]} == 0)); then
        return
    fi
    if ((EUID != 0)); then
        say "Missing packages: ${missing[*]}. Not root, so apt is skipped; the tests that need them will be skipped."
        return
    fi
    say "Installing ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=600 update
    apt-get -o DPkg::Lock::Timeout=600 install -y "${missing[@]}"
}

find_dotnet() {
    command -v dotnet >/dev/null && return
    local dir
    for dir in "${DOTNET_ROOT:-}" "$HOME/.dotnet" /usr/share/dotnet /usr/lib/dotnet /opt/dotnet; do
        if [[ -n $dir && -x $dir/dotnet ]]; then
            export PATH="$dir:$PATH" DOTNET_ROOT="$dir"
            return
        fi
    done
    echo "The .NET SDK (see global.json) is not installed: cannot run the tests." >&2
    exit 1
}

# The first port from $1 on which nothing of this machine listens on 127.0.0.1.
free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

start_postgres() {
    PG_BIN=$(postgres_bin)
    if [[ -z $PG_BIN ]]; then
        say "PostgreSQL not installed: the PostgreSQL tests will be skipped."
        return
    fi
    mkdir "$WORK/pg"
    if ((EUID == 0)); then
        chmod 711 "$WORK"
        chown postgres: "$WORK/pg"
    fi
    PG_DATA="$WORK/pg/data"
    PG_PORT=$(free_port "$PG_BASE_PORT")
    # C.UTF-8 so that case-insensitive comparisons fold accented letters (É → é).
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$WORK/pg/initdb.log"
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/server.log" -w start \
        -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null; then
        cat "$WORK/pg/server.log" >&2
        echo "PostgreSQL did not start on 127.0.0.1:$PG_PORT (port already taken?)." >&2
        exit 1
    fi
    export ROADMAP_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
    say "PostgreSQL on 127.0.0.1:$PG_PORT"
}

start_redis() {
    if ! command -v redis-server >/dev/null; then
        say "Redis not installed: the Redis tests will be skipped."
        return
    fi
    REDIS_PID_FILE="$WORK/redis.pid"
    REDIS_PORT=$(free_port "$REDIS_BASE_PORT")
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
        --dir "$WORK" --pidfile "$REDIS_PID_FILE" --logfile "$WORK/redis.log"
    for _ in $(seq 50); do
        [[ -s $REDIS_PID_FILE ]] && redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
        sleep 0.1
    done
    if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        cat "$WORK/redis.log" >&2
        echo "Redis did not start on 127.0.0.1:$REDIS_PORT (port already taken?)." >&2
        exit 1
    fi
    export ROADMAP_TEST_REDIS="127.0.0.1:$REDIS_PORT"
    say "Redis on 127.0.0.1:$REDIS_PORT"
}

# Sums the « Passed!  - Failed: 0, Passed: 11, Skipped: 0, Total: 11 » line of each assembly
# (« Failed! » or « Skipped! » when that is the outcome), and counts the assemblies started.
summarize() {
    sed 's/\x1b\[[0-9;]*m//g' "$1" | awk '
        /^Test run for / { started++ }
        /(Passed|Failed|Skipped)! +- +Failed: *[0-9]+, +Passed: *[0-9]+, +Skipped: *[0-9]+/ {
            line = $0
            sub(/.*Failed: */, "", line); failed += line + 0
            line = $0; sub(/.*Passed: */, "", line); passed += line + 0
            line = $0; sub(/.*Skipped: */, "", line); skipped += line + 0
            assemblies++
        }
        END { printf "%d %d %d %d %d\n", passed, failed, skipped, assemblies, started }'
}

started=$SECONDS
install_missing_packages
find_dotnet
start_postgres
start_redis
if [[ -x $CHROMIUM ]]; then
    export ROADMAP_TEST_CHROMIUM=$CHROMIUM
else
    say "Chromium not installed: the browser journeys will be skipped."
fi

# vnu.jar is installed once per version (about 2 s from the registry, nothing when present).
install_vnu() {
    local package=$VNU_FOLDER/node_modules/vnu-jar
    if ! grep -qs "\"version\": \"$VNU_VERSION\"" "$package/package.json"; then
        say "Installing vnu-jar $VNU_VERSION"
        if ! npm install --prefix "$VNU_FOLDER" --no-save --no-audit --no-fund --loglevel=error "vnu-jar@$VNU_VERSION"; then
            say "vnu-jar could not be installed: the HTML validation will be skipped."
            return
        fi
    fi
    if ! command -v java >/dev/null; then
        say "Java not installed: the HTML validation will be skipped."
        return
    fi
    export ROADMAP_VNU_JAR=$PWD/$package/build/dist/vnu.jar
    say "Nu Html Checker $VNU_VERSION"
}

install_vnu
say "dotnet tool restore"
dotnet tool restore
say "dotnet build"
if ! dotnet build Roadmap.sln -nologo; then
    echo "The build failed: no test ran." >&2
    echo "0 passed, 0 failed"
    exit 1
fi

# The two-node journey runs the app as production does: published, then `dotnet Roadmap.Web.dll` twice behind nginx.
if [[ -x $NGINX && -f $NGINX_BROTLI ]]; then
    say "dotnet publish (the two nodes behind nginx)"
    if dotnet publish src/Roadmap.Web -c Release -o "$WORK/publish" -nologo >"$WORK/publish.log" 2>&1; then
        export ROADMAP_TEST_PUBLISHED=$WORK/publish ROADMAP_TEST_NGINX=$NGINX
    else
        cat "$WORK/publish.log" >&2
        echo "The publish failed: no test ran." >&2
        echo "0 passed, 0 failed"
        exit 1
    fi
else
    say "nginx or its brotli module not installed: the two-node journey will be skipped."
fi

say "dotnet test"
# Assemblies run in parallel (one per core): measured on two cores, 50-75 s against 70 s
# one at a time, with no flaky run; the browser journeys allow for a loaded machine.
# The console logger stays at its default (minimal) verbosity: it is the one that prints the
# per-assembly summary line; failures are shown in full, skipped tests by name.
test_status=0
dotnet test Roadmap.sln --no-build -nologo 2>&1 | tee "$WORK/test.log" || test_status=$?

# The Application suite once more on PostgreSQL, the provider production runs: every handler's queries on that
# server too, each test on a fresh database of its own (on SQLite above).
if [[ -n ${ROADMAP_TEST_POSTGRES:-} ]]; then
    say "dotnet test: the Application suite on PostgreSQL"
    ROADMAP_APPLICATION_TESTS_POSTGRES=$ROADMAP_TEST_POSTGRES dotnet test tests/Roadmap.Application.Tests --no-build -nologo 2>&1 |
        tee -a "$WORK/test.log" || test_status=$?
fi

read -r passed failed skipped assemblies started_assemblies < <(summarize "$WORK/test.log")
say "$assemblies of $started_assemblies test assemblies reported, $((SECONDS - started)) s"
if ((assemblies != started_assemblies)); then
    echo "$((started_assemblies - assemblies)) test assemblies printed no summary line (no test, or a crash: see above)." >&2
fi
if ((assemblies == 0)); then
    echo "No test result could be read from the dotnet test output." >&2
    ((test_status != 0)) || test_status=1
fi
if ((test_status != 0 && failed == 0)); then
    echo "dotnet test exited with code $test_status without a failed test: a crash or an abort (see above)." >&2
fi
if ((test_status != 0 || failed != 0)); then
    KEEP_WORK=1
    echo "Test log kept in $WORK/test.log" >&2
fi

summary="$passed passed, $failed failed"
((skipped == 0)) || summary+=", $skipped skipped"
echo "$summary"
((test_status == 0 && failed == 0))
