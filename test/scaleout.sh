#!/bin/bash
# `make test-scaleout`: article_analysis on a coordinator and two shards
# joined by postgres_fdw, all three throwaway clusters on 127.0.0.1.
#
# pg_virtualenv makes one cluster per version, so the three are made here
# with initdb + pg_ctl in a temporary directory (as the postgres user when
# run as root) and always removed on exit.  Sockets live in that private
# directory; TCP is loopback only and password-authenticated.
#
# Checks (exit 1 on failure): speaker counts through the shards equal the
# single-node counts on the same rows, for three formulations:
#   A  the natural query on the partitioned foreign table: correct, but
#      postgres_fdw (15) ships only the scan, so the bodies travel to the
#      coordinator and extract_quotes runs there;
#   B  a view on each shard that does the extraction, seen from the
#      coordinator as a partitioned foreign table: extraction on the shards,
#      in parallel (async append), quotes shipped, aggregation local;
#   C  per-shard aggregation over the same views (UNION ALL of the shards'
#      foreign tables): extraction and GROUP BY on the shards, only
#      (speaker, count) rows shipped;
#   D  per-shard aggregation on the articles' own foreign partitions, the
#      extraction in the select list: postgres_fdw pushes the whole
#      aggregate down, so EXPLAIN VERBOSE shows extract_quotes in the Remote
#      SQL (required: the test fails without it), no shard-side view needed.
set -euo pipefail
cd "$(dirname "$0")/.."

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PORT0=${SCALE_PORT:-55431}		# coordinator; shards on the next two ports
ROWS=${SCALE_ROWS:-400}			# replicated rows on top of the seeds

ports=("$PORT0" $((PORT0 + 1)) $((PORT0 + 2)))
names=(coord shard1 shard2)
base=$(mktemp -d "${TMPDIR:-/tmp}/aa_scaleout.XXXXXX")
started=()
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$base"
  as_owner=(runuser -u postgres --)
fi

cleanup() {
  set +e
  for n in "${started[@]}"; do
    "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$base/$n" -m immediate stop >/dev/null 2>&1
  done
  rm -rf "$base"
}
trap cleanup EXIT

password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
echo "test-scaleout: $(date -u +%FT%TZ), clusters in $base"
for i in 0 1 2; do
  n=${names[$i]}
  "${as_owner[@]}" "$PGBIN/initdb" -D "$base/$n" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$base/$n" -l "$base/$n.log" -w \
    -o "-p ${ports[$i]} -c listen_addresses=127.0.0.1 -c unix_socket_directories=$base" start >/dev/null
  started+=("$n")
done

# psql on node i: 0 coordinator, 1 and 2 shards.
q() {
  local i=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -h "$base" -p "${ports[$i]}" -U postgres -d postgres "$@"
}

for i in 1 2; do
  q "$i" <<SQL
ALTER ROLE postgres PASSWORD '$password';
CREATE EXTENSION article_analysis;
CREATE TABLE articles (id int PRIMARY KEY, source text, body text NOT NULL);
-- The extraction, done where the rows are (formulations B and C).
CREATE VIEW article_quotes AS
  SELECT a.id, q FROM articles a, extract_quotes(a.body) AS q;
SQL
done

q 0 <<SQL
CREATE EXTENSION article_analysis;
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '127.0.0.1', port '${ports[1]}', dbname 'postgres',
           extensions 'article_analysis', async_capable 'true');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '127.0.0.1', port '${ports[2]}', dbname 'postgres',
           extensions 'article_analysis', async_capable 'true');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user 'postgres', password '$password');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user 'postgres', password '$password');

CREATE TABLE articles (id int, source text, body text) PARTITION BY HASH (id);
CREATE FOREIGN TABLE articles_s1 PARTITION OF articles FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shard1 OPTIONS (table_name 'articles');
CREATE FOREIGN TABLE articles_s2 PARTITION OF articles FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shard2 OPTIONS (table_name 'articles');

-- The shards' views, partitioned the same way (so WHERE id = ... prunes to one shard).
CREATE TABLE article_quotes (id int, q quote) PARTITION BY HASH (id);
CREATE FOREIGN TABLE article_quotes_s1 PARTITION OF article_quotes FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shard1 OPTIONS (table_name 'article_quotes');
CREATE FOREIGN TABLE article_quotes_s2 PARTITION OF article_quotes FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shard2 OPTIONS (table_name 'article_quotes');

-- The same rows on one node, for the comparison.
CREATE TABLE articles_local (id int PRIMARY KEY, source text, body text NOT NULL);

CREATE TEMP TABLE seeds (id text, source text, published date, title text, body text);
\copy seeds FROM 'seeds/articles.csv' WITH (FORMAT csv, HEADER)
-- The two seeds, then replicas with a varying attributed sentence appended so
-- that the speaker counts are not all multiples of the same numbers.
CREATE TEMP TABLE load AS
SELECT row_number() OVER (ORDER BY id)::int AS id, source, body FROM seeds;
INSERT INTO load
SELECT 2 + i, 'replica',
       s.body || format(E'\n\n“We have seen report number %s,” said %s.', i,
                        (ARRAY['John Smith', 'Mary Jones', 'Ahmed Khan', 'Ana Costa', 'Peter Brown'])[1 + i % 5])
  FROM generate_series(1, $ROWS) i
  JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS k, body FROM seeds) s ON s.k = i % 2;

INSERT INTO articles SELECT * FROM load;        -- routed to the shards
INSERT INTO articles_local SELECT * FROM load;
ANALYZE articles_local;
SQL

echo "rows: coordinator (through the shards) $(q 0 -At -c 'SELECT count(*) FROM articles')," \
     "shard1 $(q 1 -At -c 'SELECT count(*) FROM articles'), shard2 $(q 2 -At -c 'SELECT count(*) FROM articles')"

A="SELECT speaker(q), count(*) FROM articles a, extract_quotes(a.body) q GROUP BY 1"
B="SELECT speaker(q), count(*) FROM article_quotes GROUP BY 1"
C="SELECT speaker, sum(n)::bigint AS count FROM (
     SELECT speaker(q) AS speaker, count(*) AS n FROM article_quotes_s1 GROUP BY 1
     UNION ALL
     SELECT speaker(q), count(*) FROM article_quotes_s2 GROUP BY 1) per_shard GROUP BY 1"
D="SELECT speaker, sum(n)::bigint AS count FROM (
     SELECT speaker(extract_quotes(body)) AS speaker, count(*) AS n FROM articles_s1 GROUP BY 1
     UNION ALL
     SELECT speaker(extract_quotes(body)), count(*) FROM articles_s2 GROUP BY 1) per_shard GROUP BY 1"
LOCAL="SELECT speaker(q), count(*) FROM articles_local a, extract_quotes(a.body) q GROUP BY 1"

fail=0
for f in A B C D; do
  sql=${!f}
  echo
  echo "== $f: $sql"
  plan=$(q 0 -At -c "EXPLAIN (VERBOSE, COSTS OFF) $sql")
  echo "$plan"
  remote=$(echo "$plan" | grep 'Remote SQL' || true)
  if echo "$remote" | grep -q extract_quotes; then
    echo "-> extract_quotes is in the Remote SQL"
  elif [ "$f" = D ]; then
    echo "-> FAILED: extract_quotes is not in the Remote SQL"
    fail=1
  elif echo "$plan" | grep -q 'Function Scan on public.extract_quotes'; then
    echo "-> extract_quotes runs on the coordinator (the shards ship the bodies)"
  elif echo "$remote" | grep -q article_quotes; then
    echo "-> extract_quotes runs on the shards, inside their view article_quotes"
  fi
  # Same speaker counts as one node, both ways round.
  diff=$(q 0 -At -c "SELECT count(*) FROM (($sql) EXCEPT ($LOCAL)) x" \
                 -c "SELECT count(*) FROM (($LOCAL) EXCEPT ($sql)) x" | paste -sd' ')
  if [ "$diff" = "0 0" ]; then
    echo "-> same speaker counts as the single node: OK"
  else
    echo "-> MISMATCH with the single node (rows only in shards / only local: $diff)"
    fail=1
  fi
done

echo
echo "The shards' view:"
q 1 -At -c "SELECT pg_get_viewdef('article_quotes')"
echo "Speaker counts (single node), top 8:"
q 0 -c "$LOCAL ORDER BY 2 DESC, 1 LIMIT 8"
echo "total quotes: local $(q 0 -At -c "SELECT count(*) FROM articles_local a, extract_quotes(a.body) q")," \
     "sharded $(q 0 -At -c "SELECT count(*) FROM article_quotes")"

if [ "$fail" != 0 ]; then
  echo "test-scaleout: FAILED"
  exit 1
fi
echo "test-scaleout: OK"
