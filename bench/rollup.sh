#!/usr/bin/env bash
# Targets (issue 14): the roll-up of a county of 60 agencies in <= 50 ms; of a province of 40,000 agencies in
# <= 2 s, computed in SQL (org.nianbao.rollup.Rollups), warm, on a database generated once through the storage the
# portal uses (org.nianbao.report.BulkReports) into bench/target/rollup-db (kept; delete it to generate again).
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

# the shaded jar leaves out the embedded PostgreSQL binaries (bench/pom.xml); put them on the class path
if [[ -z "${SKIP_BUILD:-}" || ! -f target/postgres-binaries.classpath ]]; then
    ../mvnw -q -B -f pom.xml dependency:build-classpath -Dmdep.includeGroupIds=io.zonky.test.postgres \
        -Dmdep.outputFile=target/postgres-binaries.classpath
fi

RESULT=target/rollup-result.csv
rm -f "$RESULT"
# shellcheck disable=SC2086
timeout 3600 java -cp "target/benchmarks.jar:$(cat target/postgres-binaries.classpath)" org.openjdk.jmh.Main \
    'org.nianbao.rollup.RollupBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s \
    -jvmArgs "-Xms512m -Xmx1g" -rf csv -rff "$RESULT" ${JMH_ARGS:-}

score() { awk -F, -v b="\"org.nianbao.rollup.RollupBenchmark.$1\"" '$1 == b {print $5}' "$RESULT"; }
COUNTY=$(score county60); PROVINCE=$(score province40000)
[[ -n "$COUNTY" && -n "$PROVINCE" ]] || { echo "no results in $RESULT" >&2; exit 1; }
awk -v c="$COUNTY" -v p="$PROVINCE" 'BEGIN {
    printf "\ncounty of 60 agencies:       %9.1f ms/op  target <= 50 ms    %s\n", c, (c <= 50 ? "PASS" : "FAIL")
    printf "province of 40,620 agencies: %9.1f ms/op  target <= 2000 ms  %s\n", p, (p <= 2000 ? "PASS" : "FAIL")
    exit (c <= 50 && p <= 2000 ? 0 : 2)
}'
