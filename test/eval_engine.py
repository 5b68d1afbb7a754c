#!/usr/bin/env python3
"""Score the engine alone (test/aa_cli, no PostgreSQL) with the project's scorer.

  python3 test/eval_engine.py SCORE_PY seeds GOLD SEEDS_DIR
  python3 test/eval_engine.py SCORE_PY polnear TRAIN_JSONL

It imports the scorer given as SCORE_PY and swaps its SQL runner for the
command-line driver, so figures match score.py's for the same engine build
(speed of iteration is the point; the closing figures come from score.py
itself, through SQL).
"""
import importlib.util, json, os, subprocess, sys

def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

def run_cli(docs):
    cli = os.path.join(os.path.dirname(os.path.abspath(__file__)), "aa_cli")
    payload = bytearray()
    for i, t in docs:
        b = t.encode("utf-8")
        payload += f"{i}\t{len(b)}\n".encode() + b
    out = subprocess.run([cli], input=bytes(payload), capture_output=True, check=True).stdout
    res = {}
    for line in out.decode("utf-8").splitlines():
        d = json.loads(line)
        qs = d["quotes"]
        for q in qs:
            q["s0"], q["e0"] = q["start"] - 1, q["end"] - 1
        res[d["id"]] = {"quotes": qs, "denials": [q for q in qs if q["is_denial"]], "speakers": d["speakers"]}
    return res

if __name__ == "__main__":
    score = load_scorer(sys.argv[1])
    score.run_extension = run_cli
    sys.argv = [sys.argv[1]] + sys.argv[2:]
    score.main()
