#!/usr/bin/env bash
# Time from JVM start to the first completed call, per transport: each run is a new JVM
# (java -cp benchmarks.jar dev.linepay4j.benchmarks.StartupMain) that builds a client and makes one
# payment request to a LinePaySandbox running in its own process, so the sandbox's start is not counted.
#
#   benchmarks/startup.sh        10 runs per transport
#   benchmarks/startup.sh 25     25 runs per transport
#
# Prints each run, then the median per transport, in milliseconds since the launch of the JVM.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-10}"
jar=benchmarks/target/benchmarks.jar
benchmarks/run.sh build

work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [ -n "$sandbox_pid" ]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

java -cp "$jar" dev.linepay4j.testkit.sandbox.SandboxMain --port 0 --quiet >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/sandbox.out" 2>/dev/null && break
  sleep 0.1
done
base="$(sed -n 's/^LinePaySandbox listening on //p' "$work/sandbox.out")"
if [ -z "$base" ]; then
  echo "the sandbox did not start:" >&2
  cat "$work/sandbox.err" >&2
  exit 1
fi
echo "== $(nproc) cores; $(java -version 2>&1 | head -1); sandbox at $base; $runs runs per transport"

for transport in okhttp apache jdk; do
  for _ in $(seq 1 "$runs"); do
    # Standard error apart: Apache HttpClient's SLF4J prints a note on every start when no logger is bound.
    if ! java -cp "$jar" dev.linepay4j.benchmarks.StartupMain "$base" "$transport" "$(date +%s%N)" \
        >"$work/run.txt" 2>"$work/run.err"; then
      cat "$work/run.txt" "$work/run.err" >&2
      exit 1
    fi
    tee -a "$work/runs.txt" <"$work/run.txt"
  done
done

echo
echo "| transport | JVM up (main) | client built | first call done | second call alone |"
echo "|---|---:|---:|---:|---:|"
for transport in okhttp apache jdk; do
  grep "^transport=$transport " "$work/runs.txt" | awk -v t="$transport" '
    function median(a, n,   i, j, x) {
      for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1], NR] = kv[2] } n = NR }
    END {
      for (i = 1; i <= n; i++) { m[i] = v["main", i]; b[i] = v["built", i]; f[i] = v["first", i]; s[i] = v["second", i] }
      printf "| %s | %.0f ms | %.0f ms | %.0f ms | %.1f ms |\n", t, median(m, n), median(b, n), median(f, n), median(s, n)
    }'
done
echo "(medians of $runs runs; times since the launch of the JVM, read from the wall clock just before it)"
