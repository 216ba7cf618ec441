#!/usr/bin/env bash
# The same 20-trial Cora sweep (rigl,set × 5 sparsities × 2 seeds, 200 epochs) through the engine's in-process
# sweep and through the Spark front end on local[*], back to back, alternating, ROUNDS times each; prints the wall
# time of every run and the median ratio. Needs: mvn -B -DskipTests package (engine/target/sparsegnn.jar and
# cluster/target/sparsegnn-spark.jar). Usage: scripts/bench-spark-sweep.sh [ROUNDS] [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-2}
DATA=${2:-../shared/data}
SWEEP=(--dataset cora --data-dir "$DATA" --methods rigl,set --sparsities 0.5,0.7,0.8,0.9,0.95 --seeds 2)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
engine=() spark=()
# wall seconds of a command; its CPU seconds (user + system, all threads) go to $WORK/cpu
secs() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$WORK/last.log" 2>&1 || { cat "$WORK/last.log"; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then order="engine spark"; else order="spark engine"; fi
  for which in $order; do
    out="$WORK/$which-$r"
    if [[ $which == engine ]]; then
      t=$(secs java -jar engine/target/sparsegnn.jar sweep "${SWEEP[@]}" --out "$out"); engine+=("$t")
    else
      t=$(secs java -jar cluster/target/sparsegnn-spark.jar sweep --master 'local[*]' "${SWEEP[@]}" --out "$out"); spark+=("$t")
    fi
    echo "round $r $which: $t s ($(ls "$out/trials" | wc -l) trials; load average $(cut -d' ' -f1 /proc/loadavg))"
  done
  echo "round $r ratio local[*] / in-process: $(echo "scale=3; ${spark[-1]} / ${engine[-1]}" | bc)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
me=$(median "${engine[@]}"); ms=$(median "${spark[@]}")
echo "median in-process $me s, local[*] $ms s, ratio $(echo "scale=3; $ms / $me" | bc)"
