#!/usr/bin/env bash
# Runs linepay4j's JMH benchmarks and prints JMH's tables, then the same results as the README's tables
# (with the client/bare ratios).
#
#   benchmarks/run.sh short            about 10 seconds per benchmark (25 with 64 callers), 9 minutes in all
#   benchmarks/run.sh full             two forks (four with one caller), more iterations, about 30 minutes: the README's numbers
#   benchmarks/run.sh build            only build benchmarks/target/benchmarks.jar
#   benchmarks/run.sh short InMemory   any further arguments go to JMH (a benchmark regexp, -p transport=jdk...)
#
# It builds the jar first when it is missing or older than a source file or pom (mvn package of the
# benchmarks module and what it depends on, tests skipped). Results are also kept as JSON in
# benchmarks/target/jmh-<short|full>.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar=benchmarks/target/benchmarks.jar

mode="${1:-short}"
[ $# -gt 0 ] && shift

build_if_needed() {
  if [ -f "$jar" ] && [ -z "$(find pom.xml core codec-jackson adapter-okhttp adapter-apache adapter-jdk testkit benchmarks \
      \( -name '*.java' -o -name pom.xml -o -path '*/src/main/resources/*' \) -newer "$jar" -not -path '*/target/*' \
      -print -quit)" ]; then
    return
  fi
  echo "== building $jar" >&2
  mvn -B -q -Dstyle.color=never package -DskipTests -pl benchmarks -am
}

case "$mode" in
  build)
    build_if_needed
    exit 0 ;;
  # The warm-up is long because a 2-core machine compiles slowly: C2 needs 5 to 8 seconds before the
  # client's call stops getting faster, and a shorter warm-up measures the JIT rather than the library.
  # With 64 callers each trial also runs its operation on two threads (renewed every 50 ms) for 15 s first
  # (LoopbackBenchmark's compileFirst): 128 busy threads leave the compiler too little CPU to get there at all.
  short)
    # -f 1: one fork; 5 warm-up and 3 measured iterations of 1 s each
    opts=(-f 1 -wi 5 -w 1s -i 3 -r 1s) ;;
  full)
    # Forks as each benchmark class says: two, and four with one caller (LoopbackOneCaller)
    opts=(-wi 8 -w 1s -i 5 -r 1s) ;;
  *)
    echo "usage: benchmarks/run.sh [short|full|build] [JMH arguments...]" >&2
    exit 2 ;;
esac

build_if_needed
result="benchmarks/target/jmh-$mode.json"
echo "== $(nproc) cores; $(java -version 2>&1 | head -1)"
# The same heap for every fork, so that the GC's sizing is not part of the comparison, and touched before
# main (AlwaysPreTouch): otherwise a fork spends its whole run on its first pass through the heap, and every
# 4 KB a call allocates costs a page fault (the kernel zeroing a fresh page), which a long-running service
# pays only in its first seconds. It charged the side that allocates more: one more fault per confirm.
java -jar "$jar" "${opts[@]}" -prof gc -jvmArgsAppend "-Xms2g -Xmx2g -XX:+AlwaysPreTouch" -rf json -rff "$result" "$@"
echo
echo "== the same results as tables (markdown), from $result"
java -cp "$jar" dev.linepay4j.benchmarks.Report "$result"
