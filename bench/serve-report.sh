#!/usr/bin/env bash
# Target (issue 9): the portal serves a published report's page, .json, .csv and .pdf each at >= 50 % of the
# requests/s nginx reaches serving the same bytes on the same machine, at 64 connections, with p99 <= 50 ms.
#
# Builds the portal jar, starts it with the embedded PostgreSQL in a temporary data directory and its static mirror
# (nianbao.mirror.dir) in a temporary directory (the demo data load and publication write every page and file
# there), checks that each URL's mirrored file is byte for byte what the portal answers, serves the mirror with
# nginx (the configuration of docs/deployment.md, reduced to the files and the headers it adds to them), then, URL by URL, warms the portal up and
# runs wrk against both with the same threads, connections and duration, alternating nginx and portal (ABBA), and
# prints rates, ratio, p99, each server's CPU time per request and PASS/FAIL per URL (exit status 2 if any fails).
# Only 127.0.0.1 is targeted; every wrk run is bounded by -d (and by `timeout`).
#
# Environment: THREADS (2) CONNECTIONS (64) DURATION (5s) ROUNDS (6) WARMUP_MIN (40) WARMUP_MAX (120, seconds
#              per URL) SKIP_BUILD (unset: build) PORTAL_PORT (18080) NGINX_PORT (18081)
#              URLS (the four URLs of songxian-luhun 2021, space-separated)
set -euo pipefail

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-5s}
WARMUP_MIN=${WARMUP_MIN:-40}
WARMUP_MAX=${WARMUP_MAX:-120}
ROUNDS=${ROUNDS:-6}
PORTAL_PORT=${PORTAL_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
TARGET=0.5
P99_MS=50
BASE=/reports/songxian-luhun/2021
read -r -a URLS <<< "${URLS:-$BASE $BASE.json $BASE.csv $BASE.pdf}"

missing=()
for tool in wrk nginx curl java cmp; do
    command -v "$tool" > /dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "missing: ${missing[*]} (apt-get install -y wrk nginx)" >&2
    exit 1
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-serve-report.XXXXXX")
PORTAL_PID=
NGINX_PID=
MEASURED=

stop() {
    local status=$?
    if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2> /dev/null; then
        kill -QUIT "$NGINX_PID" 2> /dev/null || true
        for _ in $(seq 50); do kill -0 "$NGINX_PID" 2> /dev/null || break; sleep 0.1; done
        kill -9 "$NGINX_PID" 2> /dev/null || true
    fi
    if [[ -n "$PORTAL_PID" ]] && kill -0 "$PORTAL_PID" 2> /dev/null; then
        kill -TERM "$PORTAL_PID" 2> /dev/null || true   # Spring closes the embedded PostgreSQL on the way out
        for _ in $(seq 300); do kill -0 "$PORTAL_PID" 2> /dev/null || break; sleep 0.1; done
        kill -9 "$PORTAL_PID" 2> /dev/null || true
    fi
    wait 2> /dev/null || true
    if ((status != 0)) && [[ -z "${MEASURED:-}" && -f "$WORK/portal.log" ]]; then
        echo "--- last lines of the portal's log ($WORK/portal.log, kept) ---" >&2
        tail -n 30 "$WORK/portal.log" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

for port in "$PORTAL_PORT" "$NGINX_PORT"; do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
        echo "port $port on 127.0.0.1 is already in use" >&2
        exit 1
    fi
done

# --- the portal, writing its mirror ---------------------------------------------------------------------------
if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "building the portal (./mvnw -q -B -DskipTests package) ..."
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
JAR=$(ls -t "$ROOT"/target/nianbao-*-exec.jar 2> /dev/null | head -n 1 || true)
[[ -n "$JAR" ]] || { echo "no portal jar in $ROOT/target (build it, or unset SKIP_BUILD)" >&2; exit 1; }

mkdir -p "$WORK/mirror"
echo "starting the portal ($JAR) on 127.0.0.1:$PORTAL_PORT, mirror in $WORK/mirror ..."
java -Xms512m -Xmx512m -jar "$JAR" --server.port="$PORTAL_PORT" --server.address=127.0.0.1 \
    --spring.profiles.active=trial --nianbao.embedded-db.data-dir="$WORK/postgres" \
    --nianbao.mirror.dir="$WORK/mirror" > "$WORK/portal.log" 2>&1 &
PORTAL_PID=$!

deadline=$((SECONDS + 300))
until curl -sf --max-time 10 -o /dev/null "http://127.0.0.1:$PORTAL_PORT${URLS[0]}"; do
    kill -0 "$PORTAL_PID" 2> /dev/null || { echo "the portal stopped during start-up" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "${URLS[0]} did not answer within 300 s" >&2; exit 1; }
    sleep 2
done

# where the mirror keeps a URL: a page as the index.html of its path, a file at its path
mirrored() { if [[ "$1" =~ \.[a-z]+$ ]]; then echo "$WORK/mirror$1"; else echo "$WORK/mirror$1/index.html"; fi; }

# --- nginx, serving the mirror ----------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
chmod -R a+rX "$WORK"
USER_LINE=
if [[ $(id -u) -eq 0 ]]; then USER_LINE="user root;"; fi
cat > "$WORK/nginx/nginx.conf" << CONF
$USER_LINE
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    types { application/pdf pdf; application/json json; text/csv csv; text/html html; }
    charset utf-8;
    charset_types text/csv application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/mirror;
        etag on;
        location /reports/ {
            # the headers docs/deployment.md has nginx add to what it serves from the mirror
            add_header Cache-Control "no-cache" always;
            add_header Vary "Cookie" always;
            add_header X-Content-Type-Options "nosniff" always;
            add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" always;
            try_files \$uri/index.html \$uri =404;
        }
    }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log" &
NGINX_PID=$!
deadline=$((SECONDS + 20))
until curl -sf --max-time 5 -o /dev/null "http://127.0.0.1:$NGINX_PORT${URLS[0]}"; do
    kill -0 "$NGINX_PID" 2> /dev/null ||
        { echo "nginx did not start: $(cat "$WORK/nginx/logs/error.log")" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "nginx did not answer within 20 s" >&2; exit 1; }
    sleep 0.5
done
for url in "${URLS[@]}"; do
    curl -sf --max-time 10 -o "$WORK/portal.body" "http://127.0.0.1:$PORTAL_PORT$url"
    curl -sf --max-time 10 -o "$WORK/nginx.body" "http://127.0.0.1:$NGINX_PORT$url"
    cmp -s "$WORK/portal.body" "$(mirrored "$url")" || { echo "the mirror does not hold what $url answers" >&2; exit 1; }
    cmp -s "$WORK/portal.body" "$WORK/nginx.body" || { echo "nginx does not serve the same bytes for $url" >&2; exit 1; }
    echo "same bytes from the portal, the mirror and nginx: $url ($(stat -c %s "$WORK/portal.body") bytes)"
done

# --- load -------------------------------------------------------------------------------------------------------
# CPU time (clock ticks, user + system) used so far by the processes $@ (nginx: its workers)
ticks() { local sum=0 pid; for pid in "$@"; do sum=$((sum + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; echo "$sum"; }
HZ=$(getconf CLK_TCK)

# one wrk run against $2 for $3 on $URL_PATH; sets RPS, P99 (ms) and CPU (the server's CPU microseconds per
# request), keeps wrk's report as last-$1.txt
run_wrk() { # name port duration
    local out="$WORK/last-$1.txt" bad pids before after
    if [[ $1 == nginx ]]; then read -r -a pids <<< "$(pgrep -P "$NGINX_PID" | tr '\n' ' ')"; else pids=("$PORTAL_PID"); fi
    before=$(ticks "${pids[@]}")
    timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency "http://127.0.0.1:$2$URL_PATH" > "$out"
    after=$(ticks "${pids[@]}")
    RPS=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    CPU=$(awk -v t=$((after - before)) -v hz="$HZ" '/ requests in / {print t * 1e6 / hz / $1}' "$out")
    P99=$(awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
        print (u == "us" ? v / 1000 : (u == "s" ? v * 1000 : (u == "m" ? v * 60000 : v))) }' "$out")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
    [[ -n "$RPS" ]] || { cat "$out" >&2; echo "wrk gave no rate for $1" >&2; exit 1; }
    [[ -z "$bad" ]] ||
        { cat "$out" >&2; echo "$1 answered $bad requests with a status other than 2xx/3xx" >&2; exit 1; }
}

SUMMARY=()
FAILED=0
for URL_PATH in "${URLS[@]}"; do
    echo
    echo "== $URL_PATH"
    echo "warm-up (not counted): nginx 10 s; portal 10 s runs until the rate settles (${WARMUP_MIN}-${WARMUP_MAX} s)"
    run_wrk nginx "$NGINX_PORT" 10s
    before=0; previous=0; warmed=0
    while ((warmed < WARMUP_MAX)); do
        run_wrk portal "$PORTAL_PORT" 10s
        warmed=$((warmed + 10))
        printf '  portal warm-up %3d s: %10.1f requests/s\n' "$warmed" "$RPS"
        if awk -v w="$warmed" -v m="$WARMUP_MIN" -v a="$before" -v b="$previous" -v c="$RPS" 'BEGIN {
                lo = a < b ? a : b; lo = lo < c ? lo : c; hi = a > b ? a : b; hi = hi > c ? hi : c
                exit !(w >= m && lo > 0 && hi <= lo * 1.10) }'; then
            break
        fi
        before=$previous; previous=$RPS
    done
    echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS round(s), ABBA"
    nginx_sum=0; portal_sum=0; nginx_p99=0; portal_p99=0; nginx_cpu=0; portal_cpu=0
    for ((round = 1; round <= ROUNDS; round++)); do
        if ((round % 2)); then order=(nginx portal); else order=(portal nginx); fi
        for name in "${order[@]}"; do
            port=$NGINX_PORT; [[ $name == portal ]] && port=$PORTAL_PORT
            run_wrk "$name" "$port" "$DURATION"
            printf '  round %d  %-6s %10.1f requests/s  p99 %8.2f ms  %6.1f us CPU/request\n' "$round" "$name" \
                "$RPS" "$P99" "$CPU"
            if [[ $name == nginx ]]; then
                nginx_sum=$(awk -v a="$nginx_sum" -v b="$RPS" 'BEGIN {print a + b}')
                nginx_cpu=$(awk -v a="$nginx_cpu" -v b="$CPU" 'BEGIN {print a + b}')
                nginx_p99=$(awk -v a="$nginx_p99" -v b="$P99" 'BEGIN {print (b > a ? b : a)}')
            else
                portal_sum=$(awk -v a="$portal_sum" -v b="$RPS" 'BEGIN {print a + b}')
                portal_cpu=$(awk -v a="$portal_cpu" -v b="$CPU" 'BEGIN {print a + b}')
                portal_p99=$(awk -v a="$portal_p99" -v b="$P99" 'BEGIN {print (b > a ? b : a)}')
            fi
        done
    done
    line=$(awk -v u="$URL_PATH" -v n="$nginx_sum" -v p="$portal_sum" -v r="$ROUNDS" -v t="$TARGET" \
        -v np="$nginx_p99" -v pp="$portal_p99" -v lim="$P99_MS" -v nc="$nginx_cpu" -v pc="$portal_cpu" 'BEGIN {
        n /= r; p /= r; ratio = p / n; ok = ratio >= t && pp <= lim
        printf "%-34s nginx %8.1f/s p99 %6.2f ms %5.1f us | portal %8.1f/s p99 %6.2f ms %5.1f us | ratio %.3f  %s",
            u, n, np, nc / r, p, pp, pc / r, ratio, (ok ? "PASS" : "FAIL") }')
    SUMMARY+=("$line")
    [[ "$line" == *PASS ]] || FAILED=1
done

MEASURED=1
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, mean rate of $ROUNDS run(s) each, worst p99, mean server CPU per" \
    "request (us, information only); target: ratio >= $TARGET and portal p99 <= $P99_MS ms"
printf '%s\n' "${SUMMARY[@]}"
((FAILED == 0)) || exit 2
