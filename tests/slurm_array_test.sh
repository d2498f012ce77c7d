#!/bin/bash
# A real single-node Slurm cluster runs an agendum batch over the bundled samples as a 2-task
# array through deploy/slurm/submit.sh, merges the shards, and the merged folder must equal a
# batch run on this machine alone.
#
# The test starts munged, slurmctld and slurmd itself (Debian's slurm-wlm and munge, from
# tools/install-deps.sh) with a generated slurm.conf, key and state in a scratch folder, on
# free ports, and stops them however it ends. Starting daemons needs root: as any other user
# the test is skipped (exit 77).
# Usage: slurm_array_test.sh AGENDUM_BINARY SOURCE_DIR
set -uo pipefail
agendum=$(realpath "${1:?usage: slurm_array_test.sh AGENDUM_BINARY SOURCE_DIR}")
source_dir=$(realpath "${2:?usage: slurm_array_test.sh AGENDUM_BINARY SOURCE_DIR}")

if [ "$(id -u)" != 0 ]; then
  echo "SKIP: starting munged, slurmctld and slurmd needs root"
  exit 77
fi
for tool in munged slurmctld slurmd sbatch sinfo; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run tools/install-deps.sh (slurm-wlm, munge)"; exit 1; }
done

work=$(mktemp -d /tmp/agendum-slurm.XXXXXX)
chmod 700 "$work"
daemons=()
stop_daemons() {
  for pid in "${daemons[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${daemons[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap stop_daemons EXIT
fail() { echo "FAIL: $*"; for log in "$work"/*.log "$work"/logs/*; do [ -f "$log" ] && { echo "== $log"; tail -20 "$log"; }; done; exit 1; }

# munge: its own key and socket.
head -c 1024 /dev/urandom > "$work/munge.key" && chmod 600 "$work/munge.key"
munged -F -f --key-file="$work/munge.key" --socket="$work/munge.sock" --pid-file="$work/munged.pid" \
    --log-file="$work/munged.log" --seed-file="$work/munged.seed" >"$work/munged.out" 2>&1 &
daemons+=($!)

read -r controller_port node_port < <(/usr/bin/python3 -c '
import socket
sockets = [socket.socket() for _ in range(2)]
for s in sockets: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in sockets])')
host=$(hostname -s)
memory_mb=$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo)
mkdir -p "$work/state" "$work/spool" "$work/logs"
cat > "$work/slurm.conf" <<EOF
ClusterName=agendumtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$controller_port
SlurmdPort=$node_port
AuthType=auth/munge
AuthInfo=socket=$work/munge.sock
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
SwitchType=switch/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 RealMemory=$memory_mb State=UNKNOWN
PartitionName=batch Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$work/slurm.conf
for _ in $(seq 50); do [ -S "$work/munge.sock" ] && break; sleep 0.1; done
slurmctld -D -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
daemons+=($!)
slurmd -D -f "$SLURM_CONF" -N "$host" >"$work/slurmd.out" 2>&1 &
daemons+=($!)
for _ in $(seq 150); do
  [ "$(sinfo -h -o %T 2>/dev/null)" = idle ] && break
  sleep 0.2
done
[ "$(sinfo -h -o %T 2>/dev/null)" = idle ] || fail "the Slurm node did not come up: $(sinfo 2>&1)"

# The samples from their text layers only: what is under test is the distribution (sharding,
# Slurm, merging); OCR in a batch is tested by batch_test, and would make this test minutes long.
options=(--ocr never --max-memory 1024)
"$agendum" batch "$source_dir/samples" --out "$work/single" -j 2 -q "${options[@]}"
code=$?
[ "$code" = 0 ] || [ "$code" = 1 ] || fail "the single-machine batch exited $code"

AGENDUM=$agendum AGENDUM_SBATCH_OPTIONS="--cpus-per-task=1 --chdir=$work --output=$work/logs/%x-%A_%a.log" \
    timeout 600 "$source_dir/deploy/slurm/submit.sh" --shards 2 --wait "$work/results" "$source_dir/samples" \
    "${options[@]}" || fail "submit.sh --wait exited $?"

for index in 0 1; do
  [ -s "$work/results/shard-$index/journal.jsonl" ] || fail "shard $index/2 did nothing"
  ls "$work/logs" | grep -q "agendum-batch-.*_$index.log" || fail "no Slurm log of array task $index"
done
grep -q '"count": 2' "$work/results/shard-0/batch.json" || fail "shard-0 is not a shard of 2"
/usr/bin/python3 "$source_dir/tests/support/same_batch_outputs.py" "$work/results/merged" "$work/single" \
    || fail "the merged shards differ from the single-machine run"
echo "PASS: 2 Slurm array tasks over the samples, merged, equal the single-machine batch"
