#!/usr/bin/env bash
# Sparse against dense training time on the workloads of issue 10, each ratio measured in one process
# (bench --compare dense: the two runs alternate epoch by epoch), REPEATS processes per workload.
# Usage: scripts/bench-kernels.sh [REPEATS] [JAR]   (default 3, engine/target/sparsegnn.jar; needs ../shared/data
# or -Dsparsegnn.data, and computes the ia-email-EU DeepWalk embeddings once, ~4 min, then reads them from the cache)
# Extra JVM options go in JAVA_OPTS (e.g. JAVA_OPTS="-Dsparsegnn.vector=false" for the plain-Java dot products).
set -euo pipefail
repeats=${1:-3}
jar=${2:-engine/target/sparsegnn.jar}
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
java=(java --add-modules jdk.incubator.vector ${JAVA_OPTS:-} -jar "$jar" bench)
link=(--dataset ia-email-EU --task link --embedding deepwalk --embedding-dim 128 --edge-feature hadamard --distribution uniform)
run() {
  echo "== $*"
  for i in $(seq 1 "$repeats"); do "${java[@]}" "$@" --compare dense 2>&1 | grep -v -e '^embedding' -e '^WARNING: Using incubator'; done
}
run "${link[@]}" --hidden 256,128 --batch-size 512 --method rigl --sparsity 0.9 --warmup 20 --measure 60
run "${link[@]}" --hidden 256,128 --batch-size 512 --method rigl --sparsity 0.95 --warmup 20 --measure 60
run "${link[@]}" --hidden 128 --batch-size 128 --method rigl --sparsity 0.9 --warmup 20 --measure 60
run --dataset cora --method rigl --sparsity 0.9 --warmup 50 --measure 200
