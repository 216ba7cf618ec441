#!/usr/bin/env bash
# Measures the workbench's UI responsiveness: gaps between JavaFX frames while a run trains, per view.
# Usage: scripts/pulse-gaps.sh [REPEATS] [EPOCHS]   (needs app/target/sparsegnn-workbench.jar and xvfb-run)
# Prints one line per run: view, p50/p90/p99/max pulse gap. Writes the raw gaps to target/pulse-gaps/.
set -euo pipefail
repeats=${1:-3}
epochs=${2:-3000}
jar=app/target/sparsegnn-workbench.jar
out=target/pulse-gaps
mkdir -p "$out"
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
for view in accuracy-loss mask-heatmap flops; do
  for i in $(seq 1 "$repeats"); do
    line=$(xvfb-run -a -s "-screen 0 1600x1000x24" java -jar "$jar" --dataset sbm-7class --method rigl \
      --sparsity 0.8 --epochs "$epochs" --after-epochs "$epochs" --view "$view" \
      --pulse-log "$out/$view-$i.csv" --screenshot "$out/$view-$i.png" 2>/dev/null | grep "UI pulse gaps" || true)
    echo "$view run $i: ${line#UI pulse gaps while training: }"
  done
done
