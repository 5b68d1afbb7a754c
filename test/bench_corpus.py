#!/usr/bin/env python3
"""Benchmark corpus from PolNeAR's train.jsonl: the "text" of every article,
repeated until at least MB megabytes (1 MB = 2^20 bytes) have been written.
The texts are streamed from the shared data set, never copied into the repo.

  bench_corpus.py copy  MB [FILE]   rows "id<TAB>body" for COPY ... FROM STDIN (text format)
  bench_corpus.py frame MB [FILE]   "id<TAB>BYTES\\n" + BYTES of text per article (test/aa_cli's input)

BENCH_SOURCE=headlines takes the article headlines of the Emergent training
CSV instead (about 70 bytes each): the same bytes in a hundred times as many
calls, which is what the functions' cost per call weighs on.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "datasets")
DEFAULT_JSONL = os.path.join(SHARED, "polnear", "train.jsonl")
DEFAULT_CSV = os.path.join(SHARED, "emergent", "url-versions-2015-06-14-clean-train.csv")


def headlines(path):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            t = (row.get("articleHeadline") or "").replace("\0", "")
            if t:
                yield t.encode("utf-8")


def texts(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line).get("text") or ""
            t = t.replace("\0", "")  # text values cannot hold NUL
            if t:
                yield t.encode("utf-8")


def copy_escape(b):
    # COPY text format: backslash first, then the characters that end fields or rows
    return (b.replace(b"\\", b"\\\\").replace(b"\t", b"\\t")
             .replace(b"\n", b"\\n").replace(b"\r", b"\\r"))


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("copy", "frame"):
        sys.exit(__doc__)
    mode, target = sys.argv[1], float(sys.argv[2]) * 1024 * 1024
    source = os.environ.get("BENCH_SOURCE", "polnear")
    if source not in ("polnear", "headlines"):
        sys.exit("BENCH_SOURCE must be polnear or headlines, not " + source)
    if source == "headlines":
        read, path = headlines, DEFAULT_CSV
    else:
        read, path = texts, os.environ.get("BENCH_JSONL", DEFAULT_JSONL)
    if len(sys.argv) > 3:
        path = sys.argv[3]
    arts = list(read(path))
    if not arts:
        sys.exit("no texts in " + path)
    out = sys.stdout.buffer
    written, n = 0, 0
    while written < target:
        for b in arts:
            n += 1
            if mode == "copy":
                out.write(b"%d\t" % n + copy_escape(b) + b"\n")
            else:
                out.write(b"%d\t%d\n" % (n, len(b)) + b)
            written += len(b)
            if written >= target:
                break
    out.flush()
    print("bench_corpus: %d articles, %d bytes (%.1f MB)" % (n, written, written / 1048576),
          file=sys.stderr)


if __name__ == "__main__":
    main()
