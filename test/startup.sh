#!/bin/bash
# `make bench-startup`, inside pg_virtualenv: what a session's first call
# costs.  Each of STARTUP_SESSIONS (default 20) new sessions runs the same
# short extraction twice; the first call of a session loads the module and,
# unless the server preloads it (shared_preload_libraries, see README), compiles
# the engine's patterns.  Prints the median of each call over the sessions.
# The Makefile runs this once in a plain server and once in a preloading one.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTUP_SESSIONS=${STARTUP_SESSIONS:-20}

. test/bench_lib.sh

psql -c "CREATE EXTENSION IF NOT EXISTS article_analysis"
preload=$(psql -At -c "SHOW shared_preload_libraries")
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for _ in $(seq "$STARTUP_SESSIONS"); do
	# One new session: psql's \timing of each call, client round trip included.
	psql <<'SQL' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | paste -sd' ' >> "$times"
\timing on
SELECT count(*) FROM extract_quotes('"We will win," Jane Doe said. She denied the allegations, which were false, she said.');
SELECT count(*) FROM extract_quotes('"We will win," Jane Doe said. She denied the allegations, which were false, she said.');
SQL
done
python3 - "$times" "${preload:-(none)}" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
first = statistics.median(r[0] for r in rows)
second = statistics.median(r[1] for r in rows)
print("startup: shared_preload_libraries = %s, %d sessions: first call %.2f ms, second %.2f ms (medians)"
      % (sys.argv[2], len(rows), first, second))
PY
