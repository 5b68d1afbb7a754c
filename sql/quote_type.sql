--
-- The type quote: text form, accessors, jsonb, ordering, hashing, indexes,
-- binary form, and the rejection of malformed input.
-- (pg_regress has already run CREATE EXTENSION article_analysis.)
--
\set VERBOSITY default
\pset null '<NULL>'

------------------------------------------------------------------------------
-- Round trips
------------------------------------------------------------------------------

CREATE TABLE qt_q (id int PRIMARY KEY, q quote);

INSERT INTO qt_q VALUES
-- every field set
(1, 'kind=direct span=[675,689) content="We propose ..." speaker="Barack Obama" mention="he" role="U.S. President" cue="said" is_denial=false denied=NULL confidence=0.9'),
-- every escape: \" \t \\ \n \r
(2, 'kind=mixed span=[10,34) content="say \"no\"\tto A\\B\nand\rthen" speaker="Kim Jong-un" mention="The North Korean leader" role=NULL cue="warned" is_denial=false denied=NULL confidence=1'),
-- curly quotes and a dash: spans count characters, not bytes
(3, 'kind=indirect span=[300,353) content="North Korea’s “Guardians of Peace” — ‘never’ involved" speaker="Sony Pictures" mention="The Sony boss" role="Sony Pictures CEO" cue="telling" is_denial=false denied=NULL confidence=0.1'),
-- a denial
(4, 'kind=indirect span=[1200,1236) content="it had nothing to do with the attack" speaker="North Korea" mention="North Korea" role="a North Korean diplomat at the United Nations" cue="denies" is_denial=true denied="his country was involved in the hack" confidence=0.333333343'),
-- the quoted "NULL" is a string, the bare NULL is SQL NULL
(5, 'kind=direct span=[1,5) content="NULL" speaker="NULL" mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0'),
-- empty content
(6, 'kind=direct span=[5,5) content="" speaker=NULL mention=NULL role=NULL cue="" is_denial=true denied=NULL confidence=0.5'),
-- any whitespace between fields and at both ends; -0 is stored as 0
(7, E'  \n kind=mixed\tspan=[2147483646,2147483647)   content="x"\r\n speaker=NULL mention=NULL role=NULL cue=NULL is_denial=true denied="" confidence=-0  \n'),
-- a confidence that float4out writes with an exponent
(8, 'kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=1e-10'),
-- leading zeros, a leading dot, an escaped quote in a name
(9, 'kind=direct span=[007,010) content="abc" speaker="\"Q\"" mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=.250');

SELECT id, q FROM qt_q ORDER BY id;

-- out -> in -> out is exact, and in(out(q)) = q
SELECT id, q::text::quote = q AS equal, q::text::quote::text = q::text AS same_text
FROM qt_q ORDER BY id;

-- the confidence is the shortest decimal that reads back as the same real
SELECT confidence('kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.333333343'),
       confidence('kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.1'),
       confidence('kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=1.000'),
       confidence('kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=1e-45');

-- a large value survives the round trip
SELECT length(content(q)) AS chars, span(q), q::text::quote = q AS round_trip
FROM (SELECT format('kind=direct span=[1,%s) content="%s" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5',
                    1 + 1000000, repeat('“\\', 500000))::quote AS q) s;

-- every other byte, control characters included, round-trips
SELECT count(*) AS checked, bool_and(q::text::quote = q AND content(q) = c) AS all_equal
FROM (SELECT c, format('kind=direct span=[1,2) content="%s" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5',
                       replace(replace(replace(replace(replace(c, '\', '\\'), '"', '\"'), E'\n', '\n'), E'\r', '\r'), E'\t', '\t'))::quote AS q
      FROM (SELECT chr(i) AS c FROM generate_series(1, 300) i) cs) s;

------------------------------------------------------------------------------
-- Accessors
------------------------------------------------------------------------------

SELECT id, kind(q), span(q), content(q) FROM qt_q ORDER BY id;
SELECT id, speaker(q), mention(q), role(q), cue(q) FROM qt_q ORDER BY id;
SELECT id, is_denial(q), denied(q), confidence(q), pg_typeof(confidence(q)) AS type FROM qt_q ORDER BY id;

-- substr(body, lower(span), upper(span) - lower(span)) = content
SELECT id, substr(repeat(' ', lower(span(q)) - 1) || content(q), lower(span(q)), upper(span(q)) - lower(span(q))) = content(q) AS span_matches
FROM qt_q WHERE id IN (1, 2, 3, 4, 5) ORDER BY id;

------------------------------------------------------------------------------
-- quote -> jsonb
------------------------------------------------------------------------------

SELECT id, q::jsonb FROM qt_q ORDER BY id;

-- exactly these keys (jsonb keeps them shortest first)
SELECT jsonb_object_keys(q::jsonb) FROM qt_q WHERE id = 1;
SELECT id, array_agg(k COLLATE "C" ORDER BY k COLLATE "C") = '{confidence,content,cue,denied,end,is_denial,kind,mention,role,speaker,start}' AS exact_keys
FROM qt_q, jsonb_object_keys(q::jsonb) k GROUP BY id ORDER BY id;

-- the values agree with the accessors; confidence has the same shortest text
SELECT id,
       j->>'kind' = kind(q) AND j->>'content' = content(q) AND
       (j->'start')::int = lower(span(q)) AND (j->'end')::int = upper(span(q)) AS same_fields,
       jsonb_typeof(j->'start') AS start_type, jsonb_typeof(j->'is_denial') AS is_denial_type,
       jsonb_typeof(j->'speaker') AS speaker_type,
       j->>'confidence' AS json_confidence, confidence(q)::text AS real_confidence
FROM (SELECT id, q, q::jsonb AS j FROM qt_q) s ORDER BY id;

SELECT quote_to_jsonb(q) = q::jsonb AS same FROM qt_q WHERE id = 4;

------------------------------------------------------------------------------
-- Comparison: span, then content (bytes), then the other fields
------------------------------------------------------------------------------

CREATE TABLE qt_ord (label text PRIMARY KEY, q quote);
INSERT INTO qt_ord VALUES
('a',  'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('b',  'kind=direct span=[1,4) content="abd" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('c',  'kind=direct span=[1,5) content="abcd" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('d',  'kind=direct span=[2,5) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('e',  'kind=mixed span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('f',  'kind=direct span=[1,4) content="abc" speaker="A" mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('g',  'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=true denied=NULL confidence=0.5'),
('h',  'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.6'),
('i',  'kind=direct span=[1,4) content="ABC" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('j',  'kind=direct span=[1,4) content="zzz" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('k',  'kind=direct span=[1,4) content="ézz" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('l',  'kind=direct span=[1,4) content="abc" speaker="" mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('m',  'kind=indirect span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'),
('n',  'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=true denied="x" confidence=0.5'),
('o',  'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue="said" is_denial=false denied=NULL confidence=0.5');

-- byte order: "ABC" < "abc" < "zzz" < "ézz", whatever the collation
SELECT label, q FROM qt_ord ORDER BY q, label;
SELECT label FROM qt_ord ORDER BY q DESC, label;

SELECT x.label AS x, y.label AS y, quote_cmp(x.q, y.q) AS cmp,
       x.q < y.q AS lt, x.q <= y.q AS le, x.q = y.q AS eq,
       x.q <> y.q AS ne, x.q >= y.q AS ge, x.q > y.q AS gt
FROM qt_ord x, qt_ord y
WHERE x.label IN ('a', 'b', 'h') AND y.label IN ('a', 'b', 'h')
ORDER BY x.label, y.label;

-- the operators agree with quote_cmp for every pair, and cmp is antisymmetric
SELECT count(*) AS pairs,
       bool_and((x.q < y.q) = (quote_cmp(x.q, y.q) < 0) AND (x.q <= y.q) = (quote_cmp(x.q, y.q) <= 0) AND
                (x.q = y.q) = (quote_cmp(x.q, y.q) = 0) AND (x.q <> y.q) = (quote_cmp(x.q, y.q) <> 0) AND
                (x.q >= y.q) = (quote_cmp(x.q, y.q) >= 0) AND (x.q > y.q) = (quote_cmp(x.q, y.q) > 0) AND
                quote_cmp(x.q, y.q) = -quote_cmp(y.q, x.q)) AS consistent,
       bool_and((x.q = y.q) = (x.label = y.label)) AS only_self_equal
FROM qt_ord x, qt_ord y;

-- values written differently but equal compare equal and hash alike
SELECT x = y AS eq, quote_cmp(x, y) AS cmp, quote_hash(x) = quote_hash(y) AS same_hash,
       quote_hash_extended(x, 42) = quote_hash_extended(y, 42) AS same_hash_42,
       quote_hash_extended(x, 0) <> quote_hash_extended(x, 1) AS seed_matters
FROM (SELECT 'kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=-0'::quote AS x,
             E' kind=direct\n span=[01,2)  content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.0e5 '::quote AS y) s;

-- hash_extended with seed 0 agrees with hash in the low 32 bits, as hash opclasses require
SELECT bool_and((quote_hash_extended(q, 0) & 4294967295) = (quote_hash(q)::int8 & 4294967295)) AS low_bits_agree
FROM qt_ord;

------------------------------------------------------------------------------
-- DISTINCT, GROUP BY, ORDER BY: by sorting and by hashing
------------------------------------------------------------------------------

CREATE TABLE qt_dup AS
SELECT label, q FROM qt_ord
UNION ALL SELECT label, q FROM qt_ord WHERE label IN ('a', 'b', 'c')
UNION ALL SELECT label, q::text::quote FROM qt_ord WHERE label IN ('a', 'k');

SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT q, count(*) FROM qt_dup GROUP BY q;
SELECT string_agg(label, ',' ORDER BY label) AS labels, count(*) FROM qt_dup GROUP BY q ORDER BY q;
SELECT count(DISTINCT q) FROM qt_dup;
RESET enable_hashagg;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT q FROM qt_dup;
SELECT count(*) FROM (SELECT DISTINCT q FROM qt_dup) s;
SELECT count(*) FROM (SELECT q FROM qt_dup GROUP BY q HAVING count(*) > 1) s;
RESET enable_sort;

------------------------------------------------------------------------------
-- Indexes and joins
------------------------------------------------------------------------------

CREATE TABLE qt_idx AS
SELECT i, format('kind=%s span=[%s,%s) content="%s" speaker=%s mention=NULL role=NULL cue="said" is_denial=%s denied=%s confidence=%s',
                 (ARRAY['direct', 'mixed', 'indirect'])[1 + i % 3],
                 10 * i, 10 * i + length('quote ' || i), 'quote ' || i,
                 CASE WHEN i % 7 = 0 THEN 'NULL' ELSE '"Speaker ' || i % 11 || '"' END,
                 CASE WHEN i % 5 = 0 THEN 'true' ELSE 'false' END,
                 CASE WHEN i % 5 = 0 THEN '"it"' ELSE 'NULL' END,
                 '0.' || i % 10)::quote AS q
FROM generate_series(1, 2000) i;
-- the same quotes again, each twice, as the other side of the joins
CREATE TABLE qt_idx2 AS SELECT q FROM qt_idx WHERE i % 4 = 0 UNION ALL SELECT q FROM qt_idx WHERE i % 4 = 0;
CREATE INDEX qt_idx_btree ON qt_idx USING btree (q);
ANALYZE qt_idx;
ANALYZE qt_idx2;

SET enable_seqscan = off;
SET enable_bitmapscan = off;

EXPLAIN (COSTS OFF)
SELECT i FROM qt_idx WHERE q = 'kind=mixed span=[4000,4009) content="quote 400" speaker="Speaker 4" mention=NULL role=NULL cue="said" is_denial=true denied="it" confidence=0';
SELECT i FROM qt_idx WHERE q = 'kind=mixed span=[4000,4009) content="quote 400" speaker="Speaker 4" mention=NULL role=NULL cue="said" is_denial=true denied="it" confidence=0';
-- one field differs: no match
SELECT i FROM qt_idx WHERE q = 'kind=mixed span=[4000,4009) content="quote 400" speaker="Speaker 4" mention=NULL role=NULL cue="said" is_denial=true denied="it" confidence=0.1';

EXPLAIN (COSTS OFF)
SELECT i FROM qt_idx WHERE q < 'kind=direct span=[40,47) content="quote 4" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0' ORDER BY q;
SELECT i FROM qt_idx WHERE q < 'kind=direct span=[40,47) content="quote 4" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0' ORDER BY q;

EXPLAIN (COSTS OFF) SELECT i FROM qt_idx ORDER BY q DESC LIMIT 3;
SELECT i FROM qt_idx ORDER BY q DESC LIMIT 3;

-- the index order is the order of quote_cmp
SELECT bool_and(prev < q) AS strictly_increasing, count(*)
FROM (SELECT q, lag(q) OVER (ORDER BY q) AS prev FROM qt_idx) s WHERE prev IS NOT NULL;

DROP INDEX qt_idx_btree;
CREATE INDEX qt_idx_hash ON qt_idx USING hash (q);

EXPLAIN (COSTS OFF)
SELECT i FROM qt_idx WHERE q = 'kind=mixed span=[4000,4009) content="quote 400" speaker="Speaker 4" mention=NULL role=NULL cue="said" is_denial=true denied="it" confidence=0';
SELECT i FROM qt_idx WHERE q = 'kind=mixed span=[4000,4009) content="quote 400" speaker="Speaker 4" mention=NULL role=NULL cue="said" is_denial=true denied="it" confidence=0';
-- every row finds itself through the hash index
SELECT count(*) AS found FROM qt_idx a WHERE EXISTS (SELECT FROM qt_idx b WHERE b.q = a.q AND b.i = a.i);

RESET enable_seqscan;
RESET enable_bitmapscan;

SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM qt_idx a JOIN qt_idx2 b ON a.q = b.q;
SELECT count(*), count(DISTINCT a.i) FROM qt_idx a JOIN qt_idx2 b ON a.q = b.q;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM qt_idx a JOIN qt_idx2 b ON a.q = b.q;
SELECT count(*), count(DISTINCT a.i) FROM qt_idx a JOIN qt_idx2 b ON a.q = b.q;
RESET enable_hashjoin;
RESET enable_nestloop;

------------------------------------------------------------------------------
-- Malformed text input: always ERROR 22P02, with a detail that says what
-- is wrong and where (character positions count characters, from 1)
------------------------------------------------------------------------------

-- a few in full, as a client sees them
SELECT ''::quote;
SELECT 'kind=quoted'::quote;
SELECT 'kind=direct content="abc"'::quote;
SELECT 'kind=direct span=[1,4) content="abc\q" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'::quote;
SELECT 'kind=direct span=[1,4) content="abc speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'::quote;
SELECT 'kind=direct span=[9,5) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'::quote;
SELECT 'kind=direct span=[1,10) content="abcdefghijkl" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'::quote;
SELECT 'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=1.5'::quote;
SELECT 'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied="x" confidence=0.5'::quote;
SELECT 'kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5 confidence=0.5'::quote;
SELECT 'kind=direct span=[1,4) content="“é”" speaker=Obama mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'::quote;
\echo SQLSTATE :SQLSTATE

-- and all of them, each a change to one valid literal (or a whole literal
-- where "replaced" is NULL), with SQLSTATE, message check and detail
CREATE TABLE qt_bad (id int PRIMARY KEY, replaced text, by text);
INSERT INTO qt_bad VALUES
(1,  NULL, ''),
(2,  NULL, E' \t\n '),
(3,  NULL, 'garbage'),
(4,  'kind=direct', 'kind=quoted'),
(5,  'kind=direct', 'kind=Direct'),
(6,  'kind=direct', 'kind= direct'),
(7,  'kind=direct', 'kind =direct'),
(8,  'kind=direct', 'KIND=direct'),
(9,  'kind=direct', 'kind=' || repeat('x', 100)),
(10, NULL, 'kind=direct'),
(11, 'kind=direct span=[1,4)', 'span=[1,4) kind=direct'),
(12, 'span=[1,4)', 'span=(1,4)'),
(13, 'span=[1,4)', 'span=[1,4]'),
(14, 'span=[1,4)', 'span=[1;4)'),
(15, 'span=[1,4)', 'span=[a,4)'),
(16, 'span=[1,4)', 'span=[1,)'),
(17, 'span=[1,4)', 'span=[1, 4)'),
(18, 'span=[1,4)', 'span=[99999999999,4)'),
(19, 'span=[1,4)', 'span=[1,2147483648)'),
(20, 'span=[1,4)', 'span=[-2147483649,4)'),
(21, 'span=[1,4)', 'span=[0,3)'),
(22, 'span=[1,4)', 'span=[-1,2)'),
(23, 'span=[1,4)', 'span=[9,5)'),
(24, 'span=[1,4)', 'span=[1,3)'),
(25, 'span=[1,4)', 'span=[1,4)x'),
(26, 'content="abc"', 'content=NULL'),
(27, 'content="abc"', 'content=abc'),
(28, 'content="abc"', 'content="abc'),
(29, 'content="abc"', 'content="abc\"'),
(30, NULL, 'kind=direct span=[1,4) content="abc\'),
(31, 'content="abc"', 'content="ab\q"'),
(32, 'content="abc"', 'content="ab\u"'),
(33, 'content="abc"', 'content="a\“"'),
(34, 'content="abc"', E'content="a\nc"'),
(35, 'content="abc"', E'content="a\tc"'),
(36, 'content="abc"', E'content="a\rc"'),
(37, 'content="abc"', E'content="a\\\x01"'),
(38, 'content="abc"', 'content="abc"x'),
(39, 'content="abc" speaker=NULL', 'content="abc"speaker=NULL'),
(40, 'speaker=NULL', 'speaker=null'),
(41, 'speaker=NULL', 'speaker=''Obama'''),
(42, 'speaker=NULL', 'speaker=NULLx'),
(43, 'mention=NULL role=NULL', 'role=NULL mention=NULL'),
(44, 'cue=NULL', 'cue=""""'),
(45, 'is_denial=false', 'is_denial=yes'),
(46, 'is_denial=false', 'is_denial=TRUE'),
(47, 'is_denial=false', 'is_denial=0'),
(48, 'denied=NULL', 'denied="x"'),
(49, 'confidence=0.5', 'confidence=1.5'),
(50, 'confidence=0.5', 'confidence=-0.1'),
(51, 'confidence=0.5', 'confidence=NaN'),
(52, 'confidence=0.5', 'confidence=Infinity'),
(53, 'confidence=0.5', 'confidence=-inf'),
(54, 'confidence=0.5', 'confidence=0x1p-1'),
(55, 'confidence=0.5', 'confidence=+0.5'),
(56, 'confidence=0.5', 'confidence=.5e'),
(57, 'confidence=0.5', 'confidence=.'),
(58, 'confidence=0.5', 'confidence=1e-50'),
(59, 'confidence=0.5', 'confidence=1e39'),
(60, 'confidence=0.5', 'confidence=0.5,'),
(61, 'confidence=0.5', 'confidence='),
(62, ' confidence=0.5', ''),
(63, 'confidence=0.5', 'confidence=0.5 extra'),
(64, 'confidence=0.5', 'confidence=0.5 confidence=0.5'),
(65, 'content="abc" speaker=NULL', 'content="“é”" speaker=Obama');

CREATE FUNCTION qt_try(lit text, OUT state text, OUT message_ok bool, OUT detail text)
LANGUAGE plpgsql AS $$
DECLARE
	msg text;
BEGIN
	PERFORM lit::quote;
	state := 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
	message_ok := msg = format('invalid input syntax for type quote: "%s"', lit);
END $$;

CREATE VIEW qt_bad_lit AS
WITH base(lit) AS (VALUES ('kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'))
SELECT id, replaced, by, strpos(base.lit, replaced) > 0 AS applies,
       CASE WHEN replaced IS NULL THEN by ELSE replace(base.lit, replaced, by) END AS lit
FROM qt_bad, base;

-- control characters made visible, to keep this file one value a line
CREATE FUNCTION qt_show(s text) RETURNS text LANGUAGE sql
RETURN replace(replace(replace(replace(s, E'\n', '<LF>'), E'\t', '<TAB>'), E'\r', '<CR>'), E'\x01', '<SOH>');

-- every change applies to the base literal, and the base literal is valid
SELECT count(*) AS changes, bool_and(replaced IS NULL OR applies) AS all_apply FROM qt_bad_lit;
SELECT (qt_try('kind=direct span=[1,4) content="abc" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5')).state;

\pset format unaligned
\pset fieldsep ' | '
SELECT b.id, b.replaced, qt_show(b.by) AS by, t.state, t.message_ok, t.detail
FROM qt_bad_lit b, qt_try(b.lit) t ORDER BY b.id;
\pset format aligned

------------------------------------------------------------------------------
-- Binary form: a version byte, then the text form
------------------------------------------------------------------------------

SELECT id, substr(quote_send(q), 1, 1) AS version,
       convert_from(substr(quote_send(q), 2), 'UTF8') = q::text AS text_form
FROM qt_q ORDER BY id;

CREATE TABLE qt_bin (id int, q quote);
\copy (SELECT id, q FROM qt_q ORDER BY id) TO 'results/quote.bin' WITH (FORMAT binary)
\copy qt_bin FROM 'results/quote.bin' WITH (FORMAT binary)
SELECT count(*) FROM qt_bin;
(SELECT id, q FROM qt_q EXCEPT SELECT id, q FROM qt_bin)
UNION ALL
(SELECT id, q FROM qt_bin EXCEPT SELECT id, q FROM qt_q);
SELECT bool_and(a.q = b.q AND a.q::text = b.q::text) AS identical
FROM qt_q a JOIN qt_bin b USING (id);

-- the 2000 generated quotes too
CREATE TABLE qt_bin2 (q quote);
\copy (SELECT q FROM qt_idx) TO 'results/quote2.bin' WITH (FORMAT binary)
\copy qt_bin2 FROM 'results/quote2.bin' WITH (FORMAT binary)
SELECT count(*) FROM (SELECT q FROM qt_idx EXCEPT ALL SELECT q FROM qt_bin2) s;

-- Malformed binary values: a bytea field has the same framing as a quote
-- field, so a binary COPY of bytea values makes bad quote messages.
CREATE TABLE qt_bin_bad (q quote);
-- version 2
\copy (SELECT '\x02'::bytea) TO 'results/bad1.bin' WITH (FORMAT binary)
-- version 0 followed by a valid text form
\copy (SELECT '\x00'::bytea || convert_to('kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8')) TO 'results/bad2.bin' WITH (FORMAT binary)
-- no bytes at all
\copy (SELECT ''::bytea) TO 'results/bad3.bin' WITH (FORMAT binary)
-- version 1 and nothing else
\copy (SELECT '\x01'::bytea) TO 'results/bad4.bin' WITH (FORMAT binary)
-- version 1 and garbage
\copy (SELECT '\x01'::bytea || convert_to('garbage', 'UTF8')) TO 'results/bad5.bin' WITH (FORMAT binary)
-- version 1 and a text form that breaks an invariant
\copy (SELECT '\x01'::bytea || convert_to('kind=direct span=[1,5) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8')) TO 'results/bad6.bin' WITH (FORMAT binary)
-- version 1 and a text form with a byte that is not UTF-8
\copy (SELECT '\x01'::bytea || convert_to('kind=direct span=[1,2) content="', 'UTF8') || '\xff'::bytea || convert_to('" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8')) TO 'results/bad7.bin' WITH (FORMAT binary)
-- version 1 and a text form with a character cut short (the first two of the three bytes of “)
\copy (SELECT '\x01'::bytea || convert_to('kind=direct span=[1,2) content="', 'UTF8') || '\xe280'::bytea || convert_to('" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8')) TO 'results/bad10.bin' WITH (FORMAT binary)
-- version 1 and a text form with a NUL byte inside a string
\copy (SELECT '\x01'::bytea || convert_to('kind=direct span=[1,2) content="', 'UTF8') || '\x00'::bytea || convert_to('" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8')) TO 'results/bad8.bin' WITH (FORMAT binary)
-- version 1 and a valid text form followed by more text
\copy (SELECT '\x01'::bytea || convert_to('kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5 extra', 'UTF8')) TO 'results/bad9.bin' WITH (FORMAT binary)

\copy qt_bin_bad FROM 'results/bad1.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad2.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad3.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad4.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad5.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad6.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad7.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad8.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad9.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad10.bin' WITH (FORMAT binary)

-- the same, showing only the SQLSTATE: always 22P03
\set VERBOSITY sqlstate
\copy qt_bin_bad FROM 'results/bad1.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad2.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad3.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad4.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad5.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad6.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad7.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad8.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad9.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/bad10.bin' WITH (FORMAT binary)
\set VERBOSITY default
SELECT count(*) FROM qt_bin_bad;

-- good values through the same path; the text is read in the client
-- encoding, so with LATIN1 the byte 0xe9 is "é"
\copy (SELECT '\x01'::bytea || convert_to('kind=direct span=[1,2) content="“" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8')) TO 'results/good1.bin' WITH (FORMAT binary)
\copy (SELECT '\x01'::bytea || convert_to('kind=direct span=[1,2) content="', 'UTF8') || '\xe9'::bytea || convert_to('" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.75', 'UTF8')) TO 'results/good2.bin' WITH (FORMAT binary)
\copy qt_bin_bad FROM 'results/good1.bin' WITH (FORMAT binary)
SET client_encoding = 'LATIN1';
\copy qt_bin_bad FROM 'results/good2.bin' WITH (FORMAT binary)
RESET client_encoding;
SELECT q, content(q) FROM qt_bin_bad ORDER BY q;

------------------------------------------------------------------------------
-- Clean up
------------------------------------------------------------------------------

DROP VIEW qt_bad_lit;
DROP FUNCTION qt_try(text);
DROP FUNCTION qt_show(text);
DROP TABLE qt_q, qt_ord, qt_dup, qt_idx, qt_idx2, qt_bad, qt_bin, qt_bin2, qt_bin_bad;
