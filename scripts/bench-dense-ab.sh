#!/usr/bin/env bash
# Is dense training as fast as in another build? Two engine jars in alternating separate processes (old, new, new,
# old, …): the dense GCN on Cora (10 pairs) and the wide dense link FNN on ia-email-EU (4 pairs), each run's median
# training epoch and the pair's new/old ratio. Run it on an otherwise idle machine; compare the paired ratios.
# Usage: scripts/bench-dense-ab.sh OLD_JAR NEW_JAR [DATA_DIR]   (e.g. build the old commit in a git worktree)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OLD_JAR NEW_JAR [DATA_DIR]" >&2; exit 2; }
DATA=${3:-../shared/data}
OLD=(java --add-modules jdk.incubator.vector -jar "$1" bench)
NEW=(java --add-modules jdk.incubator.vector -jar "$2" bench)
LINK=(--dataset ia-email-eu --data-dir "$DATA" --task link --model fnn --embedding deepwalk --embedding-dim 128
      --edge-feature hadamard --distribution uniform --warmup 10 --measure 30 --hidden 256,128 --batch-size 512)
CORA=(--dataset cora --data-dir "$DATA" --warmup 100 --measure 500)
ms() { "$@" 2>&1 | grep -oE "training epoch [0-9.]+ ms" | grep -oE "[0-9.]+" | head -1; }
pairs() { # NAME COUNT ARGS...
  local name=$1 count=$2 o n; shift 2
  for r in $(seq 1 "$count"); do
    if (( r % 2 )); then o=$(ms "${OLD[@]}" "$@"); n=$(ms "${NEW[@]}" "$@"); else n=$(ms "${NEW[@]}" "$@"); o=$(ms "${OLD[@]}" "$@"); fi
    echo "$name pair $r: old $o ms, new $n ms, new/old $(echo "scale=3; $n / $o" | bc)"
  done
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
pairs cora 10 "${CORA[@]}"
pairs link 4 "${LINK[@]}"
