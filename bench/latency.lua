-- wrk script: at the end, one line "LATENCY p50 p95 p99 max (ms) requests non-2xx/3xx" for bench/public-lists.sh.
done = function(summary, latency, requests)
    io.write(string.format("LATENCY %.1f %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
        summary.errors.status))
end
