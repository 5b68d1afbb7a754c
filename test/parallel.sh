#!/bin/bash
# `make bench-parallel`, inside pg_virtualenv: the extraction functions are
# PARALLEL SAFE, so a large scan runs them inside parallel workers.  Shows the
# plan (and fails unless the function scan sits below the Gather with two
# workers planned), then times 0 vs 2 workers, best of PAR_RUNS (default 3)
# interleaved rounds, in one session.
#
# Corpus: PolNeAR's train.jsonl texts repeated up to PAR_MB (default 200,
# 1 MB = 2^20 bytes).  Note the machine: with 2 cores, 2 workers plus the
# leader share two CPUs, so 2x is the ceiling.
set -euo pipefail
cd "$(dirname "$0")/.."

PAR_MB=${PAR_MB:-200}
PAR_RUNS=${PAR_RUNS:-3}
PAR_TIMEOUT=${PAR_TIMEOUT:-20min}

. test/bench_lib.sh

bench_banner bench-parallel
load_corpus t "$PAR_MB"

plan=$(psql -At <<'SQL'
SET max_parallel_workers_per_gather = 2;
\i test/cheap_parallel.sql
EXPLAIN (VERBOSE, COSTS OFF) SELECT count(*) FROM t, extract_quotes(body) q;
SQL
)
echo "$plan"
# The proof: a Gather (Merge) with 2 workers planned, and below it both the
# Parallel Seq Scan and the function scan of extract_quotes.
echo "$plan" | awk '
  /Gather/ { gather = 1; gindent = index($0, "G") }
  gather && /Workers Planned: 2/ { workers = 1 }
  gather && /Parallel Seq Scan/ { pscan = 1 }
  gather && /Function Scan on [a-z_]*\.?extract_quotes/ && index($0, "-> ") > gindent { fscan = 1 }
  END {
    if (gather && workers && pscan && fscan) { print "plan: OK, extract_quotes runs inside the 2 parallel workers"; exit 0 }
    print "plan: NOT parallel as expected (gather=" gather+0 " workers=" workers+0 " pscan=" pscan+0 " fscan=" fscan+0 ")"; exit 1
  }'

psql -v runs="$PAR_RUNS" -v timeout="$PAR_TIMEOUT" <<'SQL'
\i test/timed_session.sql
\i test/cheap_parallel.sql
SET par.runs = :runs;
CREATE TEMP TABLE par_t (workers int, round int, ms float8, quotes bigint);
-- Warm the cache with the cheap floor query first; then interleave 0 and 2
-- workers.  EXECUTE plans each time, so the set_config applies.
DO $$
DECLARE
  t0 timestamptz;
  n bigint;
  w int;
BEGIN
  PERFORM sum(length(body)) FROM t;
  FOR rnd IN 1 .. current_setting('par.runs')::int LOOP
    FOREACH w IN ARRAY ARRAY[0, 2] LOOP
      PERFORM set_config('max_parallel_workers_per_gather', w::text, true);
      t0 := clock_timestamp();
      EXECUTE 'SELECT count(*) FROM t, extract_quotes(body) q' INTO n;
      INSERT INTO par_t VALUES (w, rnd, 1000 * extract(epoch FROM clock_timestamp() - t0), n);
    END LOOP;
    RAISE NOTICE 'round % done', rnd;
  END LOOP;
END $$;
SELECT round(sum(octet_length(body)) / 1048576.0, 1) AS mb, count(*) AS articles FROM t \gset
\echo corpus: :articles articles, :mb MB
SELECT workers, round(min(ms)::numeric, 0) AS best_ms,
       round((:mb / (min(ms) / 1000))::numeric, 1) AS "MB/s",
       round(((SELECT min(ms) FROM par_t WHERE workers = 0) / min(ms))::numeric, 2) AS speedup,
       min(quotes) = max(quotes) AS same_count, min(quotes) AS quotes
  FROM par_t GROUP BY workers ORDER BY workers;
SQL
