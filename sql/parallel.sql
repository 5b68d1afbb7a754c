--
-- Parallel query.  The three functions and the quote type's functions are
-- PARALLEL SAFE, so a parallel plan runs them inside its workers.  There
-- they must give what they give serially, row for row; an error or a
-- cancellation inside a worker must reach the client as one from the
-- leader would, and leave the session fine.  Parallel query is made free
-- to start and the leader takes no part, so that even this small table is
-- read, and its articles extracted, by workers.
--
\pset null '(null)'
CREATE TABLE par_seed (id text, source text, published date, title text, body text);
\copy par_seed FROM 'seeds/articles.csv' WITH (FORMAT csv, HEADER)

-- 300 articles: the two seeds, each opened by a quotation of one of seven
-- people (so that the speaker counts have groups to merge), and short texts
-- with a pronoun, a role and a denial without quotation marks
CREATE TABLE par_articles (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO par_articles
  SELECT i, CASE i % 3
    WHEN 0 THEN format(E'\u201CWe are ready,\u201D Senator Ana %s said on Monday.\n\n', surname) || s.body
    WHEN 1 THEN format(E'\u201CThat is not true,\u201D said %s Group, which denied any role in the deal. '
                       || E'\u201CWe will appeal,\u201D it added.', surname)
    ELSE format(E'Minister Jan %s denied that the ministry had misled parliament.\n\n'
                || E'\u201CI have nothing to hide,\u201D he told reporters.', surname)
    END
  FROM generate_series(1, 300) AS i,
       LATERAL (SELECT (ARRAY['Lopez', 'Novak', 'Okafor', 'Tanaka', 'Berg', 'Moreau', 'Silva'])[1 + i % 7] AS surname) n,
       LATERAL (SELECT body FROM par_seed ORDER BY id OFFSET i % 2 LIMIT 1) s;
ANALYZE par_articles;

-- The serial answers, in ordinary tables (a temporary one is out of the workers' reach)
SET max_parallel_workers_per_gather = 0;
CREATE TABLE par_serial_quotes AS
  SELECT a.id, q FROM par_articles a, extract_quotes(a.body) q;
CREATE TABLE par_serial_denials AS
  SELECT a.id, q FROM par_articles a, extract_denials(a.body) q;
CREATE TABLE par_serial_speakers AS
  SELECT a.id, s.* FROM par_articles a, extract_speakers(a.body) s;
SELECT (SELECT count(*) FROM par_serial_quotes) AS quotes,
       (SELECT count(*) FROM par_serial_denials) AS denials,
       (SELECT count(*) FROM par_serial_speakers) AS speakers;

-- Parallel query free to start (as in test/cheap_parallel.sql), and no help from the leader
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;

-- A plan as run, without what varies from one run to the next: rows and memory per worker
CREATE FUNCTION par_plan(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
  line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || query LOOP
    CONTINUE WHEN line ~ 'Memory|Batches';
    RETURN NEXT regexp_replace(line, ' \(actual rows=\d+ loops=\d+\)', '');
  END LOOP;
END $$;

-- Two workers launched, each reading part of the table and extracting its articles
SELECT par_plan('SELECT count(*) FROM par_articles a, extract_quotes(a.body) q');

-- What the workers extract is what the leader extracts alone: none missing, none extra
EXPLAIN (COSTS OFF) CREATE TABLE par_parallel_quotes AS
  SELECT a.id, q FROM par_articles a, extract_quotes(a.body) q;
CREATE TABLE par_parallel_quotes AS
  SELECT a.id, q FROM par_articles a, extract_quotes(a.body) q;
CREATE TABLE par_parallel_denials AS
  SELECT a.id, q FROM par_articles a, extract_denials(a.body) q;
CREATE TABLE par_parallel_speakers AS
  SELECT a.id, s.* FROM par_articles a, extract_speakers(a.body) s;
SELECT 'quotes' AS rows,
       (SELECT count(*) FROM (SELECT * FROM par_parallel_quotes EXCEPT ALL SELECT * FROM par_serial_quotes) d) AS extra,
       (SELECT count(*) FROM (SELECT * FROM par_serial_quotes EXCEPT ALL SELECT * FROM par_parallel_quotes) d) AS missing
UNION ALL
SELECT 'denials',
       (SELECT count(*) FROM (SELECT * FROM par_parallel_denials EXCEPT ALL SELECT * FROM par_serial_denials) d),
       (SELECT count(*) FROM (SELECT * FROM par_serial_denials EXCEPT ALL SELECT * FROM par_parallel_denials) d)
UNION ALL
SELECT 'speakers',
       (SELECT count(*) FROM (SELECT * FROM par_parallel_speakers EXCEPT ALL SELECT * FROM par_serial_speakers) d),
       (SELECT count(*) FROM (SELECT * FROM par_serial_speakers EXCEPT ALL SELECT * FROM par_parallel_speakers) d)
ORDER BY 1;

-- Who is quoted most: counted in the workers, merged in the leader
SELECT par_plan($$SELECT speaker(q), count(*) FROM par_articles a, extract_quotes(a.body) q GROUP BY 1$$);
SELECT speaker(q), count(*) FROM par_articles a, extract_quotes(a.body) q GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT count(*) AS differing FROM (
  (SELECT speaker(q), count(*) FROM par_articles a, extract_quotes(a.body) q GROUP BY 1
   EXCEPT SELECT speaker(q), count(*) FROM par_serial_quotes GROUP BY 1)
  UNION ALL
  (SELECT speaker(q), count(*) FROM par_serial_quotes GROUP BY 1
   EXCEPT SELECT speaker(q), count(*) FROM par_articles a, extract_quotes(a.body) q GROUP BY 1)) d;

-- The quote type's own functions in the workers: text and JSON forms, equality, accessors
SELECT par_plan($$SELECT count(*) FROM par_articles a, extract_quotes(a.body) q
                  WHERE q::text::quote = q AND (q::jsonb)->>'content' = content(q)$$);
SELECT count(*) AS round_trips
  FROM par_articles a, extract_quotes(a.body) q
 WHERE q::text::quote = q AND (q::jsonb)->>'content' = content(q)
   AND substr(a.body, lower(span(q)), upper(span(q)) - lower(span(q))) = content(q);

-- An error in a worker: its code, message and detail reach the client
SELECT count(*) FROM par_articles a
 WHERE (CASE WHEN a.id = 150 THEN 'direct' END)::quote IS NOT NULL;
\echo :LAST_ERROR_SQLSTATE

-- A cancellation while a worker is extracting a 50 MB article (about a second
-- of work): the usual message and code, then the session goes on
SET statement_timeout = '300ms';
SELECT count(*) FROM par_articles a, extract_quotes(repeat(a.body, 10000)) q WHERE a.id = 3;
\echo :LAST_ERROR_SQLSTATE
RESET statement_timeout;

-- and the next parallel query finds the workers and the session fine
SELECT count(*) AS quotes FROM par_articles a, extract_quotes(a.body) q;

RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
DROP FUNCTION par_plan(text);
DROP TABLE par_seed, par_articles, par_serial_quotes, par_serial_denials, par_serial_speakers,
           par_parallel_quotes, par_parallel_denials, par_parallel_speakers;
