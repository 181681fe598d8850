#!/usr/bin/env bash
# Target (PDF issue): the sample report (陆浑镇人民政府 2021, src/main/resources/demo/songxian-luhun-2021.json)
# renders to PDF in at most 300 ms, warm.
#
# Builds bench/ (a JMH project on the portal's jar, see bench/pom.xml) and runs
# org.nianbao.pdf.ReportPdfBenchmark: `pdf` (ReportPdf.render, what publication stores) and, in the same run,
# the reference `html` (the template step alone). Prints JMH's table, then the PDF's average against 300 ms
# and PASS/FAIL (exit status 2 on FAIL).
#
# Environment: SKIP_BUILD (unset: build), JMH_ARGS (extra JMH options, e.g. "-wi 10 -i 10" or "-prof gc")
set -euo pipefail

TARGET_MS=300
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$BENCH"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "installing the portal's jar (./mvnw -q -B -DskipTests install), building bench/ ..."
    (cd .. && ./mvnw -q -B -DskipTests install)
    ../mvnw -q -B -f pom.xml -DskipTests package
fi
[[ -f target/benchmarks.jar ]] || { echo "no bench/target/benchmarks.jar (build it, or unset SKIP_BUILD)" >&2; exit 1; }

RESULT=target/render-result.csv
rm -f "$RESULT"
# shellcheck disable=SC2086
timeout 1200 java -jar target/benchmarks.jar 'org.nianbao.pdf.ReportPdfBenchmark' -rf csv -rff "$RESULT" ${JMH_ARGS:-}

# "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
score() { awk -F, -v b="\"org.nianbao.pdf.ReportPdfBenchmark.$1\"" '$1 == b {print $5}' "$RESULT"; }
error() { awk -F, -v b="\"org.nianbao.pdf.ReportPdfBenchmark.$1\"" '$1 == b {print $6}' "$RESULT"; }
PDF=$(score pdf); HTML=$(score html)
[[ -n "$PDF" ]] || { echo "no result for ReportPdfBenchmark.pdf in $RESULT" >&2; exit 1; }

awk -v pdf="$PDF" -v pdfErr="$(error pdf)" -v html="$HTML" -v htmlErr="$(error html)" -v t="$TARGET_MS" 'BEGIN {
    printf "\nsample report to PDF (ReportPdf.render), warm, average: %9.1f ms/op (± %.1f, 99.9%%)\n", pdf, pdfErr
    if (html != "") printf "reference: its HTML only (template step)            %9.1f ms/op (± %.1f)\n", html, htmlErr
    printf "target: <= %d ms  %s\n", t, (pdf <= t ? "PASS" : "FAIL")
    exit (pdf <= t ? 0 : 2)
}'
