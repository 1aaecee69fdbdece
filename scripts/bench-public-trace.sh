#!/usr/bin/env bash
# 64 concurrent public clients on a trace, against a running service, while health is polled.
#
#   scripts/bench-public-trace.sh [URL] [CLIENTS] [REQUESTS]
#
# Defaults: http://localhost:8080, 64 clients, 640 requests of projectAccountability (sample project). Prints
# how many answers of each HTTP status came back, the latency percentiles of the answered traces, and how
# health fared during the run (every 0.5 s). All clients share one address, so with the default rate limit
# (120 a minute per address) most are answered 429: start the service with
# --integrity.limits.public-requests-per-minute=1000000 to measure the traces themselves.
set -euo pipefail
url=${1:-http://localhost:8080}
clients=${2:-64}
requests=${3:-640}
work=$(mktemp -d)
trap 'rm -rf "$work"; kill "${health_pid:-0}" 2>/dev/null || true' EXIT

query='{"query":"{ projectAccountability(projectId: \"pj-qinghe-river-ppp\") { phases { responsibilities { holders { person { name } chain { steps { post { title } } } } } } } }"}'
printf '%s' "$query" > "$work/query.json"

(
  while true; do
    curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}\n' "$url/actuator/health" >> "$work/health.txt" || echo "000 5" >> "$work/health.txt"
    sleep 0.5
  done
) &
health_pid=$!

started=$(date +%s.%N)
seq "$requests" | xargs -P "$clients" -I{} curl -s -o /dev/null -m 60 -w '%{http_code} %{time_total}\n' \
  -H 'Content-Type: application/json' --data-binary @"$work/query.json" "$url/graphql" >> "$work/answers.txt"
ended=$(date +%s.%N)
kill "$health_pid" 2>/dev/null || true

echo "requests: $requests by $clients clients in $(awk "BEGIN { print $ended - $started }") s"
echo "answers by status:"; cut -d' ' -f1 "$work/answers.txt" | sort | uniq -c
awk '$1 == 200 { print $2 }' "$work/answers.txt" | sort -n > "$work/ok.txt"
if [ -s "$work/ok.txt" ]; then
  n=$(wc -l < "$work/ok.txt")
  echo "latency of the 200s: p50 $(sed -n "$(( (n + 1) / 2 ))p" "$work/ok.txt") s, p95 $(sed -n "$(( (n * 95 + 99) / 100 ))p" "$work/ok.txt") s, max $(tail -1 "$work/ok.txt") s"
fi
echo "health during the run:"; cut -d' ' -f1 "$work/health.txt" | sort | uniq -c
awk '{ print $2 }' "$work/health.txt" | sort -n | tail -1 | xargs -I{} echo "slowest health answer: {} s"
