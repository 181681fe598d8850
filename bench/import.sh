#!/usr/bin/env bash
# Targets (import issue): a text or HTML report imports in <= 200 ms, a .docx or PDF in <= 1 s; a batch of 500
# reports completes in <= 5 minutes.
#
# Builds bench/ (a JMH project on the portal's jar, see bench/pom.xml) and runs
# org.nianbao.importing.ImportBenchmark: reading the sample report from text, HTML, Word and PDF (average, warm), and
# batch500 (the batch import's path without its database: a .zip of 500 files, 125 of each format, unpacked, each
# read and matched, one thread, single shots) and batch500Published (the same plus each revision's PDF and Word
# rendering, as confirming publishes them). Prints JMH's table, each result against its target and PASS/FAIL
# (exit status 2 on any FAIL).
#
# Environment: SKIP_BUILD (unset: build), JMH_ARGS (extra JMH options)
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$BENCH"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "installing the portal's jar (./mvnw -q -B -DskipTests install), building bench/ ..."
    (cd .. && ./mvnw -q -B -DskipTests install)
    ../mvnw -q -B -f pom.xml -DskipTests package
fi
[[ -f target/benchmarks.jar ]] || { echo "no bench/target/benchmarks.jar (build it, or unset SKIP_BUILD)" >&2; exit 1; }

RESULT=target/import-result.csv
rm -f "$RESULT"
# shellcheck disable=SC2086
timeout 1800 java -jar target/benchmarks.jar 'org.nianbao.importing.ImportBenchmark' -rf csv -rff "$RESULT" ${JMH_ARGS:-}

score() { awk -F, -v b="\"org.nianbao.importing.ImportBenchmark.$1\"" '$1 == b {print $5}' "$RESULT"; }
STATUS=0
check() { # name, score, unit, target
    local verdict
    verdict=$(awk -v s="$2" -v t="$4" 'BEGIN { print (s != "" && s <= t) ? "PASS" : "FAIL" }')
    printf "%-34s %10.3f %s   target <= %s %s   %s\n" "$1" "${2:-0}" "$3" "$4" "$3" "$verdict"
    [[ "$verdict" == PASS ]] || STATUS=2
}
echo
check "text report (Importing.read)" "$(score text)" ms 200
check "HTML report" "$(score html)" ms 200
check "Word (.docx) report" "$(score docx)" ms 1000
check "PDF report" "$(score pdf)" ms 1000
check "batch of 500: unpack, read, match" "$(score batch500)" s 300
check "batch of 500 read and rendered" "$(score batch500Published)" s 300
exit $STATUS
