#!/bin/bash
# `make bench-memory`, inside pg_virtualenv: memory of the backend that runs
# the extraction.
#
# (a) One article of MEM_MB (default 64, 1 MB = 2^20 bytes): the two seed
#     articles repeated into a single text value.  Peak memory is read from
#     the backend's own /proc/self/status, with the high-water mark reset
#     (writing 5 to /proc/self/clear_refs, Linux >= 4.0) right before each
#     measured query, so a figure is "peak during this query minus resident
#     before it".  Two queries: detoasting the input alone (length(body)),
#     then the extraction; their difference is the extraction's own memory on
#     top of holding the input.
# (b) MEM_ROWS (default 1,000,000) short rows with a quote or two each:
#     VmRSS and RssAnon of the backend sampled every second from this shell
#     while it runs the extraction.  Memory is released per call in the glue,
#     so the series should be flat.
# Before (a), a probe times single articles of MEM_PROBE sizes (1 2 4 8 MB),
# which shows at once whether extraction time grows faster than the text.
set -euo pipefail
cd "$(dirname "$0")/.."

MEM_MB=${MEM_MB:-64}
MEM_ROWS=${MEM_ROWS:-1000000}
MEM_TIMEOUT=${MEM_TIMEOUT:-5min}
MEM_PROBE=${MEM_PROBE:-1 2 4 8}	# article sizes (MB) of the scaling probe

. test/bench_lib.sh

out=$(mktemp)
samples=$(mktemp)
bgpid=
cleanup() { [ -n "$bgpid" ] && kill "$bgpid" 2>/dev/null; rm -f "$out" "$samples"; }
trap cleanup EXIT

bench_banner bench-memory
psql <<SQL
CREATE EXTENSION IF NOT EXISTS article_analysis;
CREATE TABLE articles (id text PRIMARY KEY, source text, published date, title text, body text NOT NULL);
\copy articles FROM 'seeds/articles.csv' WITH (FORMAT csv, HEADER)
-- EXTERNAL: stored uncompressed, so detoasting is a plain copy of $MEM_MB MB.
CREATE TABLE big (body text);
ALTER TABLE big ALTER body SET STORAGE EXTERNAL;
INSERT INTO big
SELECT repeat(unit, ceil($MEM_MB * 1048576.0 / octet_length(unit))::int)
  FROM (SELECT string_agg(body, E'\n\n' ORDER BY id) || E'\n\n' AS unit FROM articles) s;
SQL

echo
echo "(a0) time against article size (the same text repeated), to show how extraction scales"
psql -v sizes="$MEM_PROBE" <<'SQL'
\pset pager off
SET max_parallel_workers_per_gather = 0;
SET statement_timeout = '5min';
SET probe.sizes = :'sizes';
CREATE TEMP TABLE probe (mb int, ms float8, quotes bigint);
DO $$
DECLARE
  unit text := (SELECT string_agg(body, E'\n\n' ORDER BY id) || E'\n\n' FROM articles);
  art text;
  t0 timestamptz;
  n bigint;
  mb int;
BEGIN
  PERFORM count(*) FROM extract_quotes(unit);  -- load and compile first
  FOREACH mb IN ARRAY string_to_array(current_setting('probe.sizes'), ' ')::int[] LOOP
    art := repeat(unit, ceil(mb * 1048576.0 / octet_length(unit))::int);
    t0 := clock_timestamp();
    SELECT count(*) INTO n FROM extract_quotes(art);
    INSERT INTO probe VALUES (mb, 1000 * extract(epoch FROM clock_timestamp() - t0), n);
  END LOOP;
END $$;
SELECT mb AS "article MB", round(ms::numeric) AS ms, round((mb / (ms / 1000))::numeric, 2) AS "MB/s",
       quotes, round((ms / lag(ms) OVER (ORDER BY mb))::numeric, 1) AS "x time vs previous"
  FROM probe ORDER BY mb;
SQL

echo
echo "(a) one article of $MEM_MB MB"
# A fresh session, so that nothing from building the value is resident.
# A failure here (say the timeout) is reported, and (b) still runs.
status=0
psql -v timeout="$MEM_TIMEOUT" <<'SQL' 2>&1 | tee "$out" || status=1
\pset pager off
SET max_parallel_workers_per_gather = 0;
SET statement_timeout = :'timeout';
CREATE FUNCTION pg_temp.kb(field text) RETURNS bigint LANGUAGE sql AS
  $$ SELECT (regexp_match(pg_read_file('/proc/self/status'), field || ':\s+(\d+) kB'))[1]::bigint $$;
SELECT octet_length(body) AS bytes, round(octet_length(body) / 1048576.0, 1) AS mb FROM big \gset
-- Untimed first pass: loads the module, compiles the patterns, and maps the
-- shared buffers holding the value into this process, so that none of it
-- counts below.
\o /dev/null
SELECT count(*) FROM extract_quotes('“We will win,” said John Smith.');
SELECT length(body) > 0 FROM big;

COPY (SELECT 5) TO '/proc/self/clear_refs';
SELECT pg_temp.kb('VmRSS') AS rss_a \gset
SELECT length(body) > 0 AS detoasted FROM big;  -- the input alone
SELECT pg_temp.kb('VmHWM') AS hwm_a \gset

COPY (SELECT 5) TO '/proc/self/clear_refs';
SELECT pg_temp.kb('VmRSS') AS rss_b \gset
SELECT clock_timestamp() AS t0 \gset
-- A timeout is not the end: the peak reached until then is still worth reporting.
\set ON_ERROR_STOP 0
\set quotes NULL
SELECT count(*) AS quotes FROM big, extract_quotes(big.body) \gset
\set ON_ERROR_STOP 1
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)) AS ms \gset
SELECT pg_temp.kb('VmHWM') AS hwm_b, pg_temp.kb('VmRSS') AS rss_after \gset
\o

SELECT :bytes AS input_bytes, coalesce(:quotes::text, 'none: ' || :'LAST_ERROR_MESSAGE') AS quotes, :ms AS extract_ms,
       round((:hwm_a - :rss_a) / 1024.0, 1) AS "input only: peak MB",
       round((:hwm_b - :rss_b) / 1024.0, 1) AS "extraction: peak MB",
       round((:hwm_b - :rss_b) * 1024.0 / :bytes, 2) AS "peak / input",
       round(((:hwm_b - :rss_b) - (:hwm_a - :rss_a)) / 1024.0, 1) AS "own MB (peak - input)",
       round(((:hwm_b - :rss_b) - (:hwm_a - :rss_a)) * 1024.0 / :bytes, 2) AS "own / input",
       round((:rss_after - :rss_b) / 1024.0, 1) AS "RSS left after, MB";
SQL
if [ "$status" != 0 ] || grep -q 'none: ' "$out"; then
  status=1
  echo "(a) FAILED or did not finish within $MEM_TIMEOUT: the peak above is the peak until then"
fi

echo
echo "(b) $MEM_ROWS short rows"
psql <<SQL
CREATE TABLE t (id int, body text);
INSERT INTO t
SELECT i, (ARRAY[
    format('“We will win round %s,” said John Smith, a senator from Ohio.', i),
    format('The ministry denied that it had paid %s dollars, calling the report “false”.', i),
    format('Mary Jones told reporters the vote %s was “a disgrace”. “We will appeal,” she added.', i),
    format('According to officials, %s people attended the rally.', i)])[1 + i % 4]
  FROM generate_series(1, $MEM_ROWS) i;
VACUUM ANALYZE t;
SQL
psql -At -c "SELECT count(*), round(sum(octet_length(body)) / 1048576.0, 1) || ' MB' FROM t"

psql -At -c "SET application_name = 'aa_memory_rows'" -c "SET max_parallel_workers_per_gather = 0" \
     -c "SET statement_timeout = '$MEM_TIMEOUT'" \
     -c "SELECT 'quotes: ' || count(*) FROM t, extract_quotes(body)" &
bgpid=$!
pid=
for _ in $(seq 100); do
  pid=$(psql -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'aa_memory_rows'")
  [ -n "$pid" ] && break
  kill -0 "$bgpid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$pid" ]; then
  wait "$bgpid"
  bgpid=
  echo "the query ended before its backend could be sampled: use more MEM_ROWS"
  exit 1
fi
t=0
while kill -0 "$bgpid" 2>/dev/null && [ -r "/proc/$pid/status" ]; do
  awk -v t="$t" '/^VmRSS:/ {r = $2} /^RssAnon:/ {a = $2} /^RssShmem:/ {m = $2} END {if (r) printf "%d %d %d %d\n", t, r, a, m}' \
    "/proc/$pid/status" >> "$samples" 2>/dev/null || true
  sleep 1
  t=$((t + 1))
done
wait "$bgpid"
bgpid=
# VmRSS also counts the shared buffers this backend has touched (RssShmem),
# which grows as the scan reaches pages already in shared_buffers; a leak
# would show in RssAnon, the backend's private memory.
echo "backend $pid, one sample a second, MB: VmRSS / RssAnon / RssShmem"
awk '{printf "%s%ds: %.1f/%.1f/%.1f", (NR % 5 != 1 ? "   " : ""), $1, $2 / 1024, $3 / 1024, $4 / 1024} NR % 5 == 0 {print ""} END {if (NR % 5) print ""}' "$samples"
awk 'NR == 1 {fr = $2; fa = $3; fm = $4} {if ($2 > mr) mr = $2; if ($3 > ma) ma = $3; if ($4 > mm) mm = $4; lr = $2; la = $3; lm = $4}
     END {printf "VmRSS MB:    first %.1f  last %.1f  max %.1f\nRssAnon MB:  first %.1f  last %.1f  max %.1f\nRssShmem MB: first %.1f  last %.1f  max %.1f  (%d samples)\n",
                 fr / 1024, lr / 1024, mr / 1024, fa / 1024, la / 1024, ma / 1024, fm / 1024, lm / 1024, mm / 1024, NR}' "$samples"
exit $status
