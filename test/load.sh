#!/bin/sh
# `make test-load`, inside pg_virtualenv (not in CI: it runs for about 80 s):
# pgbench with 2 clients for LOAD_SECONDS calls the three functions on random
# rows of a synthetic corpus (a few thousand articles made here from
# templates, plus the seed articles), then reports the errors (must be 0) and
# the memory of the backends, which must stay flat: the memory of the pgbench
# backends (ps RSS) early and late in the run, and the memory-context totals
# of one long-lived session before and after 3000 calls.
set -eu
cd "$(dirname "$0")/.."
LOAD_SECONDS=${LOAD_SECONDS:-60}
ROWS=${LOAD_ROWS:-4000}
work=$(mktemp -d /tmp/aa_load.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION IF NOT EXISTS article_analysis;
DROP TABLE IF EXISTS seed_articles, corpus;
CREATE TABLE seed_articles (id text PRIMARY KEY, source text, published date, title text, body text NOT NULL);
\copy seed_articles FROM 'seeds/articles.csv' WITH (FORMAT csv, HEADER)
-- Synthetic articles: a few paragraphs from templates with quotes in every
-- mark style, attributions before and after, pronouns, denials, nesting.
CREATE TABLE corpus (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO corpus
SELECT i, string_agg(
  format(CASE (i + p) % 6
    WHEN 0 THEN '%1\$s %2\$s %3\$s on %4\$s that the plan was %5\$s. “We will %6\$s it,” %7\$s said. “Nobody can stop us.”'
    WHEN 1 THEN '“The report is %5\$s,” said %2\$s, a %8\$s. %9\$s denied any involvement in the %10\$s, %7\$s added.'
    WHEN 2 THEN '%2\$s, the %8\$s, told reporters: "I don''t think they will %6\$s the %10\$s." According to %2\$s, talks ‘may resume’ soon.'
    WHEN 3 THEN '%9\$s rejected the accusations as “groundless slander” and called for an inquiry. The %8\$s did not deny the %10\$s.'
    WHEN 4 THEN '“First part of the statement about the %10\$s.' || chr(10) || chr(10) || '“And the second part, which ends here,” %2\$s %3\$s.'
    ELSE        'In the ''90s, rock ''n'' roll was %5\$s, %2\$s recalled. “He told me ‘never again’ twice,” %7\$s %3\$s on %4\$s.'
  END,
  (ARRAY['President','Senator','Minister','Chief executive','Spokeswoman'])[1 + (i * 7 + p) % 5],
  (ARRAY['Barack Obama','Jane Doe','Michael Lynton','Kim Song','Angela Ruiz','Tom Baker','Li Wei'])[1 + (i + p * 3) % 7],
  (ARRAY['said','warned','added','told the AP','insisted'])[1 + (i + p) % 5],
  (ARRAY['Monday','Tuesday','Friday','Saturday'])[1 + (i + p) % 4],
  (ARRAY['fine','dead on arrival','a mistake','false','premature'])[1 + (i * 3 + p) % 5],
  (ARRAY['win','fight','review','block'])[1 + (i + 2 * p) % 4],
  (ARRAY['he','she','they'])[1 + (i + p) % 3],
  (ARRAY['senator from Ohio','Sony boss','North Korean diplomat','UN official'])[1 + (i + p) % 4],
  (ARRAY['North Korea','The company','Pyongyang','The ministry'])[1 + (i * 5 + p) % 4],
  (ARRAY['hack','cyber-attack','leak','deal'])[1 + (i + p) % 4]),
  chr(10) || chr(10) ORDER BY p)
FROM generate_series(1, $ROWS) i, generate_series(0, 2 + i % 9) p
GROUP BY i;
-- and the seed articles, repeated
INSERT INTO corpus SELECT $ROWS + row_number() OVER (), s.body FROM seed_articles s, generate_series(1, 50);
ANALYZE corpus;
SQL
rows=$(psql -X -At -c "SELECT count(*) FROM corpus")
psql -X -At -c "SELECT 'corpus: ' || count(*) || ' articles, ' || pg_size_pretty(sum(octet_length(body))) || ', ' || sum((SELECT count(*) FROM extract_quotes(body))) || ' quotes' FROM corpus"

cat > "$work/bench.sql" <<'EOF2'
\set id random(1, :rows)
SELECT count(*) FROM extract_quotes((SELECT body FROM corpus WHERE id = :id));
SELECT count(*) FROM extract_denials((SELECT body FROM corpus WHERE id = :id));
SELECT count(*) FROM extract_speakers((SELECT body FROM corpus WHERE id = :id));
EOF2

rss_of_pgbench() {	# total RSS in kB of the pgbench backends
	total=0
	for pid in $(psql -X -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'pgbench'"); do
		kb=$(ps -o rss= -p "$pid" 2>/dev/null || echo 0)
		total=$((total + kb))
	done
	echo "$total"
}

pgbench -n -c 2 -j 2 -T "$LOAD_SECONDS" -D rows="$rows" -f "$work/bench.sql" > "$work/pgbench.out" 2>&1 &
bench=$!
sleep 10
rss_early=$(rss_of_pgbench)
sleep $((LOAD_SECONDS - 13))
rss_late=$(rss_of_pgbench)
status=0
wait $bench || status=$?
cat "$work/pgbench.out" | grep -v '^pgbench: warning' || true

# one long-lived session: memory contexts before and after 3000 calls
psql -X -q -At > "$work/session.out" <<'SQL'
SELECT sum(total_bytes) FROM pg_backend_memory_contexts \gset before_
\o /dev/null
-- warm-up: the first calls fill the catalog, function and buffer caches
SELECT format('SELECT count(*) FROM %s((SELECT body FROM corpus WHERE id = %s))',
              (ARRAY['extract_quotes', 'extract_denials', 'extract_speakers'])[1 + g % 3],
              1 + (g * 104729) % (SELECT count(*) FROM corpus))
FROM generate_series(1, 300) g \gexec
\o
SELECT sum(total_bytes) FROM pg_backend_memory_contexts \gset warm_
\o /dev/null
SELECT format('SELECT count(*) FROM %s((SELECT body FROM corpus WHERE id = %s))',
              (ARRAY['extract_quotes', 'extract_denials', 'extract_speakers'])[1 + g % 3],
              1 + (g * 7919) % (SELECT count(*) FROM corpus))
FROM generate_series(1, 3000) g \gexec
\o
SELECT sum(total_bytes) FROM pg_backend_memory_contexts \gset after_
\echo :before_sum :warm_sum :after_sum
SQL
set -- $(tail -1 "$work/session.out")

echo
echo "load: pgbench exit status $status"
failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.out")
aborted=$(grep -c 'aborted' "$work/pgbench.out" || true)
echo "load: failed transactions ${failed:-?}, aborted clients $aborted"
echo "load: pgbench backends RSS after 10 s: ${rss_early} kB, at $((LOAD_SECONDS - 3)) s: ${rss_late} kB"
echo "load: long-lived session memory contexts: before $1 B, after 300 warm-up calls $2 B, after 3000 more calls $3 B"

fail=0
[ "$status" = 0 ] || fail=1
[ "${failed:-0}" = 0 ] && [ "$aborted" = 0 ] || fail=1
# flat: no more than 10 MB of RSS growth over the run, and no more than
# 256 kB of growth of the long-lived session's contexts after the warm-up
[ $((rss_late - rss_early)) -le 10240 ] || { echo "FAIL: backend RSS grew" >&2; fail=1; }
[ $(($3 - $2)) -le 262144 ] || { echo "FAIL: session memory grew" >&2; fail=1; }
[ $fail = 0 ] && echo "load: ok"
exit $fail
