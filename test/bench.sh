#!/bin/bash
# `make bench`, inside pg_virtualenv: SQL throughput of the extraction
# functions against a floor (reading the text) and a do-it-yourself regexp.
#
# Corpus: the texts of PolNeAR's train.jsonl repeated up to BENCH_MB (default
# 30, 1 MB = 2^20 bytes); with BENCH_SOURCE=headlines, the Emergent headlines
# (test/bench_corpus.py).  All timings come from ONE session, serial, best of
# BENCH_RUNS (default 5) interleaved rounds after one untimed warm-up round,
# measured in plpgsql with clock_timestamp() around EXECUTE (no client
# round trips or result transfer in the figures: every query returns one row).
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_MB=${BENCH_MB:-30}
BENCH_RUNS=${BENCH_RUNS:-5}
# Bounded: a run that takes longer than this is a finding, not a wait.
BENCH_TIMEOUT=${BENCH_TIMEOUT:-20min}

. test/bench_lib.sh

bench_banner "bench (${BENCH_SOURCE:-polnear})"
load_corpus bench_corpus "$BENCH_MB"

psql -v runs="$BENCH_RUNS" -v timeout="$BENCH_TIMEOUT" <<'SQL'
\i test/timed_session.sql
SET max_parallel_workers_per_gather = 0;  -- serial: MB/s per core
SET bench.runs = :runs;
SELECT version();

CREATE TEMP TABLE bench_q (ord int, name text, sql text);
INSERT INTO bench_q VALUES
  (1, 'floor: sum(length(body))', 'SELECT sum(length(body)) FROM bench_corpus'),
  (2, 'DIY: regexp_matches quotes', $q$SELECT count(*) FROM bench_corpus, regexp_matches(body, '"[^"]+"|“[^”]+”', 'g')$q$),
  (3, 'extract_quotes', 'SELECT count(*) FROM bench_corpus, extract_quotes(body)'),
  (4, 'extract_denials', 'SELECT count(*) FROM bench_corpus, extract_denials(body)'),
  (5, 'extract_speakers', 'SELECT count(*) FROM bench_corpus, extract_speakers(body)');
CREATE TEMP TABLE bench_t (ord int, round int, ms float8, result numeric);

-- Round 0 is the untimed warm-up (caches, first-call pattern compilation).
DO $$
DECLARE
  q record;
  t0 timestamptz;
  res numeric;
BEGIN
  FOR rnd IN 0 .. current_setting('bench.runs')::int LOOP
    FOR q IN SELECT * FROM bench_q ORDER BY ord LOOP
      t0 := clock_timestamp();
      EXECUTE q.sql INTO res;
      INSERT INTO bench_t VALUES (q.ord, rnd, 1000 * extract(epoch FROM clock_timestamp() - t0), res);
    END LOOP;
    RAISE NOTICE 'round % done%', rnd, CASE WHEN rnd = 0 THEN ' (warm-up, not counted)' ELSE '' END;
  END LOOP;
END $$;

SELECT count(*) AS articles, sum(octet_length(body)) AS bytes,
       round(sum(octet_length(body)) / 1048576.0, 1) AS "MB",
       current_setting('bench.runs') AS runs
  FROM bench_corpus \gset corpus_
\echo corpus: :corpus_articles articles, :corpus_bytes bytes (:corpus_MB MB), best of :corpus_runs rounds

CREATE TEMP VIEW bench_result AS
WITH best AS (SELECT ord, min(ms) AS ms FROM bench_t WHERE round > 0 GROUP BY ord),
     res AS (SELECT ord, result FROM bench_t WHERE round = 0),
     sz AS (SELECT sum(octet_length(body))::float8 AS bytes FROM bench_corpus)
SELECT q.ord, q.name AS query,
       round(b.ms::numeric, 1) AS best_ms,
       round((sz.bytes / 1048576 / (b.ms / 1000))::numeric, 1) AS "MB/s",
       round((b.ms / diy.ms)::numeric, 2) AS x_diy,
       round((b.ms / fl.ms)::numeric, 1) AS x_floor,
       r.result AS rows_or_sum
  FROM bench_q q JOIN best b USING (ord) JOIN res r USING (ord), sz,
       (SELECT ms FROM best WHERE ord = 2) diy, (SELECT ms FROM best WHERE ord = 1) fl;

SELECT query, best_ms, "MB/s", x_diy AS "x DIY", x_floor AS "x floor", rows_or_sum AS "result" FROM bench_result ORDER BY ord;

\echo 'Markdown (README "Benchmarks"):'
\pset tuples_only on
\pset format unaligned
SELECT '| query | best ms | MB/s | × DIY regexp | × floor |' UNION ALL SELECT '| --- | ---: | ---: | ---: | ---: |';
SELECT format('| `%s` | %s | %s | %s | %s |', query, best_ms, "MB/s", x_diy, x_floor) FROM bench_result ORDER BY ord;
SQL
