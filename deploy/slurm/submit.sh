#!/bin/bash
# Submits an agendum batch to Slurm as N array tasks, one shard each, and the merge after them.
#
#   deploy/slurm/submit.sh [--shards N] [--wait] RESULTS INPUT... [BATCH OPTIONS]
#
# RESULTS (on storage every node sees) gets shard-0 ... shard-(N-1) and, when every task has
# succeeded, merged/. BATCH OPTIONS go to `agendum batch` (e.g. --ocr, --timeout,
# --max-memory). With --wait this script returns when the merge has ended, with its exit code.
# Environment: AGENDUM (the agendum binary on the nodes, default: agendum on PATH),
# AGENDUM_SBATCH_OPTIONS (extra sbatch options for both jobs, e.g. "--partition=long").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shards=4
wait=()
while [ $# -gt 0 ]; do
  case $1 in
    --shards) shards=$2; shift 2 ;;
    --wait) wait=(--wait); shift ;;
    *) break ;;
  esac
done
[ $# -ge 2 ] || { echo "usage: submit.sh [--shards N] [--wait] RESULTS INPUT... [BATCH OPTIONS]" >&2; exit 2; }
results=$1
mkdir -p "$results"
read -r -a extra <<< "${AGENDUM_SBATCH_OPTIONS:-}"

array=$(sbatch --parsable "${extra[@]}" --array="0-$((shards - 1))" \
    --export="ALL,AGENDUM_SHARDS=$shards" "$here/agendum-array.sbatch" "$@")
array=${array%%;*}
echo "submit.sh: array job $array: $shards shards into $results/shard-*" >&2
# The merge waits for every task; if one fails, Slurm cancels the merge instead of holding it.
code=0
merge=$(sbatch --parsable "${extra[@]}" --dependency="afterok:$array" --kill-on-invalid-dep=yes \
    "${wait[@]}" "$here/agendum-merge.sbatch" "$results") || code=$?
echo "submit.sh: merge job ${merge%%;*} into $results/merged" >&2
if [ ${#wait[@]} -gt 0 ]; then
  if [ "$code" = 0 ]; then echo "submit.sh: merged into $results/merged" >&2
  else echo "submit.sh: the batch or its merge failed (exit $code); see the jobs' logs" >&2; fi
fi
exit "$code"
