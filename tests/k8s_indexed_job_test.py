#!/usr/bin/python3
"""The Kubernetes manifests of deploy/k8s/, run as their Jobs would run them, without a cluster.

Reads agendum-batch.yaml: an Indexed Job whose completions, parallelism and AGENDUM_SHARDS
agree. Runs its container command once per completion index, side by side as the pods would,
with JOB_COMPLETION_INDEX set as Kubernetes sets it and the manifest's own environment (the
volume paths pointed at the samples and a scratch folder, text layers only to keep it short).
Then runs agendum-merge.yaml's command, and the merged folder must equal one batch over the
same samples on one machine.
Usage: k8s_indexed_job_test.py AGENDUM_BINARY SOURCE_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml


def container(path):
    with open(path, encoding="utf-8") as f:
        job = yaml.safe_load(f)
    assert job["kind"] == "Job", path
    spec = job["spec"]
    [box] = spec["template"]["spec"]["containers"]
    env = {item["name"]: item["value"] for item in box.get("env", [])}
    return spec, box["command"] + box["args"], env


def main():
    agendum, source = (os.path.realpath(arg) for arg in sys.argv[1:3])
    work = tempfile.mkdtemp(prefix="agendum-k8s-")
    try:
        spec, command, env = container(os.path.join(source, "deploy/k8s/agendum-batch.yaml"))
        assert spec["completionMode"] == "Indexed", "one shard per completion index"
        shards = int(env["AGENDUM_SHARDS"])
        assert spec["completions"] == shards == spec["parallelism"], "completions, parallelism, AGENDUM_SHARDS"
        # `agendum` on PATH is the binary under test, as the image's is.
        bin_dir = os.path.join(work, "bin")
        os.mkdir(bin_dir)
        os.symlink(agendum, os.path.join(bin_dir, "agendum"))
        results = os.path.join(work, "results")
        os.mkdir(results)
        base = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"])
        env.update(AGENDUM_INPUT=os.path.join(source, "samples"), AGENDUM_RESULTS=results,
                   AGENDUM_OPTIONS=env["AGENDUM_OPTIONS"] + " --ocr never -q")
        pods = [subprocess.Popen(command, env=dict(base, **env, JOB_COMPLETION_INDEX=str(index)))
                for index in range(shards)]
        codes = [pod.wait() for pod in pods]
        assert codes == [0] * shards, f"pods exited {codes}"

        _, merge_command, merge_env = container(os.path.join(source, "deploy/k8s/agendum-merge.yaml"))
        merge_env.update(AGENDUM_RESULTS=results)
        code = subprocess.run(merge_command, env=dict(base, **merge_env)).returncode
        assert code == 0, f"merge exited {code}"

        single = os.path.join(work, "single")
        code = subprocess.run([agendum, "batch", os.path.join(source, "samples"), "--out", single, "--ocr", "never",
                               "-q", "--max-memory", "2048"]).returncode
        assert code in (0, 1), f"single batch exited {code}"
        same = subprocess.run(["/usr/bin/python3", os.path.join(source, "tests/support/same_batch_outputs.py"),
                               os.path.join(results, "merged"), single]).returncode
        assert same == 0, "the merged shards differ from the single-machine batch"
        print(f"PASS: {shards} indexed pods and the merge Job equal the single-machine batch")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
