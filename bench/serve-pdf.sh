#!/usr/bin/env bash
# Target (PDF issue): the portal serves a stored PDF (/reports/songxian-luhun/2021.pdf) at >= 50 % of the
# requests/s that nginx reaches serving the same bytes on the same machine.
#
# Builds the portal jar, starts it with the embedded PostgreSQL in a temporary data directory (the demo data
# loads and publishing stores the PDF), downloads the PDF, serves that very file with nginx, then runs wrk
# against both with the same threads, connections and duration, alternating nginx and portal (ABBA, so drift
# in the machine's load hits both alike), and prints both rates, the ratio and PASS/FAIL (exit status 2 on FAIL).
# Only 127.0.0.1 is targeted; every wrk run is bounded by -d (and by `timeout`).
#
# Environment: THREADS (2) CONNECTIONS (16) DURATION (15s) ROUNDS (2) WARMUP_MIN (120) WARMUP_MAX (300, seconds)
#              SKIP_BUILD (unset: build)
#              PORTAL_PORT (18080) NGINX_PORT (18081)
set -euo pipefail

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-15s}
WARMUP_MIN=${WARMUP_MIN:-120}
WARMUP_MAX=${WARMUP_MAX:-300}
ROUNDS=${ROUNDS:-2}
PORTAL_PORT=${PORTAL_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
TARGET=0.5
URL_PATH=/reports/songxian-luhun/2021.pdf

missing=()
for tool in wrk nginx curl java; do
    command -v "$tool" > /dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "missing: ${missing[*]}" >&2
    echo "install the load generator and the reference server: apt-get install -y wrk nginx" >&2
    exit 1
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-serve-pdf.XXXXXX")
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

# --- the portal ---------------------------------------------------------------------------------------------
if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "building the portal (./mvnw -q -B -DskipTests package) ..."
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
JAR=$(ls -t "$ROOT"/target/nianbao-*-exec.jar 2> /dev/null | head -n 1 || true)
[[ -n "$JAR" ]] || { echo "no portal jar in $ROOT/target (build it, or unset SKIP_BUILD)" >&2; exit 1; }

echo "starting the portal ($JAR) on 127.0.0.1:$PORTAL_PORT, embedded PostgreSQL in $WORK/postgres ..."
java -Xms512m -Xmx512m -jar "$JAR" --server.port="$PORTAL_PORT" --server.address=127.0.0.1 \
    --spring.profiles.active=trial --nianbao.embedded-db.data-dir="$WORK/postgres" > "$WORK/portal.log" 2>&1 &
PORTAL_PID=$!

deadline=$((SECONDS + 300))
until curl -sf --max-time 10 -o "$WORK/report.pdf" "http://127.0.0.1:$PORTAL_PORT$URL_PATH"; do
    kill -0 "$PORTAL_PID" 2> /dev/null || { echo "the portal stopped during start-up" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "$URL_PATH did not answer within 300 s" >&2; exit 1; }
    sleep 2
done
BYTES=$(stat -c %s "$WORK/report.pdf")
echo "portal up: $URL_PATH answers $BYTES bytes (sha256 $(sha256sum < "$WORK/report.pdf" | cut -c1-16)...)"

# --- nginx, serving the same file at the same path ----------------------------------------------------------
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp" "$WORK/www$(dirname "$URL_PATH")"
cp "$WORK/report.pdf" "$WORK/www$URL_PATH"
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
    types { application/pdf pdf; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        etag on;
    }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log" &
NGINX_PID=$!
deadline=$((SECONDS + 20))
until curl -sf --max-time 5 -o "$WORK/nginx.pdf" "http://127.0.0.1:$NGINX_PORT$URL_PATH"; do
    kill -0 "$NGINX_PID" 2> /dev/null ||
        { echo "nginx did not start: $(cat "$WORK/nginx/logs/error.log")" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "nginx did not answer within 20 s" >&2; exit 1; }
    sleep 0.5
done
cmp -s "$WORK/report.pdf" "$WORK/nginx.pdf" || { echo "nginx does not serve the same bytes" >&2; exit 1; }
echo "nginx up: 127.0.0.1:$NGINX_PORT$URL_PATH serves the same $BYTES bytes"

# --- load ---------------------------------------------------------------------------------------------------
# one wrk run against $2 for $3; sets RPS (requests/s) and keeps wrk's report as last-$1.txt
run_wrk() { # name port duration
    local out="$WORK/last-$1.txt" bad
    timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" "http://127.0.0.1:$2$URL_PATH" > "$out"
    RPS=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
    [[ -n "$RPS" ]] || { cat "$out" >&2; echo "wrk gave no rate for $1" >&2; exit 1; }
    [[ -z "$bad" ]] ||
        { cat "$out" >&2; echo "$1 answered $bad requests with a status other than 2xx/3xx" >&2; exit 1; }
}

# The JVM needs far longer than nginx: its JIT compiles the request path only after thousands of requests, and
# on a busy machine the compiler threads wait for CPU. So the portal is warmed in 10 s runs until three successive
# rates agree within 10 % (at least WARMUP_MIN, at most WARMUP_MAX seconds); nginx gets one run.
# None of these runs is counted.
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

echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS round(s), nginx/portal order alternating"
nginx_sum=0; portal_sum=0
for ((round = 1; round <= ROUNDS; round++)); do
    if ((round % 2)); then order=(nginx portal); else order=(portal nginx); fi
    for name in "${order[@]}"; do
        port=$NGINX_PORT; [[ $name == portal ]] && port=$PORTAL_PORT
        run_wrk "$name" "$port" "$DURATION"
        printf '  round %d  %-6s %10.1f requests/s\n' "$round" "$name" "$RPS"
        if [[ $name == nginx ]]; then nginx_sum=$(awk -v a="$nginx_sum" -v b="$RPS" 'BEGIN {print a + b}')
        else portal_sum=$(awk -v a="$portal_sum" -v b="$RPS" 'BEGIN {print a + b}'); fi
    done
done
echo "last nginx run:";  sed 's/^/    /' "$WORK/last-nginx.txt"
echo "last portal run:"; sed 's/^/    /' "$WORK/last-portal.txt"

MEASURED=1
awk -v n="$nginx_sum" -v p="$portal_sum" -v r="$ROUNDS" -v t="$TARGET" -v b="$BYTES" \
    -v run="wrk -t$THREADS -c$CONNECTIONS -d$DURATION" 'BEGIN {
    n /= r; p /= r; ratio = p / n
    printf "\nPDF of %d bytes, %s, mean of %d run(s) each\n", b, run, r
    printf "nginx   %10.1f requests/s (reference)\n", n
    printf "portal  %10.1f requests/s\n", p
    printf "ratio   %10.3f (target >= %.2f)  %s\n", ratio, t, (ratio >= t ? "PASS" : "FAIL")
    exit (ratio >= t ? 0 : 2)
}'
