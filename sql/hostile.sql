--
-- Hostile input: every text, however large or malformed, ends in results or
-- a clean ERROR.  Only stable things are shown (counts, booleans, messages),
-- so that the output does not change as the engine learns.  Malformed quote
-- literals live in quote_type.sql and are not repeated here.
--
\set VERBOSITY default
\pset null '(null)'

------------------------------------------------------------------------------
-- NULL, empty and whitespace-only text
------------------------------------------------------------------------------

SELECT count(*) FROM extract_quotes(NULL);
SELECT count(*) FROM extract_denials(NULL);
SELECT count(*) FROM extract_speakers(NULL);
SELECT count(*) FROM extract_quotes('');
SELECT count(*) FROM extract_denials('');
SELECT count(*) FROM extract_speakers('');
SELECT count(*) FROM extract_quotes(E' \t\n\r\n  \f\v ');
SELECT count(*) FROM extract_speakers(E'\n\n\n\n');
SELECT kind(NULL::quote) IS NULL AS kind_null, content(NULL::quote) IS NULL AS content_null,
       (NULL::quote)::jsonb IS NULL AS jsonb_null;

------------------------------------------------------------------------------
-- Hostile texts: many marks, deep nesting, unbalanced marks, invisible and
-- bidi characters, control characters.  For each: the three functions
-- finish, spans agree with content, fields are in range, denials are the
-- quotes with is_denial, and speakers count no more than there are quotes.
------------------------------------------------------------------------------

CREATE TABLE hostile_text (label text PRIMARY KEY, body text NOT NULL);
INSERT INTO hostile_text VALUES
('straight marks 1e5', repeat('"', 100000)),
('curly opening 1e5', repeat('“', 100000)),
('curly closing 1e5', repeat('”', 100000)),
('curly pairs 5e4', repeat('“”', 50000)),
('single and apostrophes', repeat('‘’''', 33334)),
('guillemets and low marks', repeat('«„»“', 25000)),
('marks with words 1e5', repeat('“a” ''b'' "c" ‘d’ ', 25000)),
('nested 1e4 deep', repeat('“‘', 5000) || 'We will win' || repeat('’”', 5000) || ', he said.'),
('nested 1e4 deep, unclosed', repeat('“‘', 10000) || ' Smith said.'),
('nested straight 1e4', repeat('"''', 5000) || 'x' || repeat('''"', 5000) || ' Jones said.'),
('unbalanced open', '“We will win, Smith said. “And we will not stop, he added.'),
('unbalanced close', 'We will win,” Smith said. And again,” he said “'),
('unbalanced across paragraphs', E'“First paragraph never closes.\n\n“Second one either,\n\nMr Smith said ”the end”.'),
('unbalanced single', '‘Tis the season, ’twas said, rock ’n’ roll, the ’90s’ Smith said.'),
('zero-width around marks', '​“​We will win,​”​ Smith said.﻿ ﻿“Again,﻿” he said.'),
('bidi around marks', '‮“We will win,” Smith said.‬ ⁦“Again,”⁩ he said. ‏“Third”‎ said Ann.'),
('bidi inside names', '“We will win,” said John ‮Smith‬, a senator.'),
('control characters', E'\x01“\x02We\x03 will\x1b[31m win,\x7f” Smith\x0b said.\x0c\x1f' || E'\x08“x”\x07'),
('carriage returns', E'“We will win,”\r\nSmith said.\r\r“Again,” he said.\r'),
('many paragraphs', repeat(E'\n', 50000) || '“x,” Smith said.' || repeat(E'\n\n“', 10000)),
('long word', repeat('a', 1000000) || ' “We will win,” Smith said.'),
('quote soup', repeat('“We ‘will’ "win", ''he'' said,” said “Smith ', 5000));

SELECT label, length(body) AS chars, octet_length(body) AS bytes FROM hostile_text ORDER BY label;

SELECT h.label,
       count(q) >= 0 AS finished,
       coalesce(bool_and(CASE WHEN isempty(span(q)) THEN content(q) = ''
                              ELSE substr(h.body, lower(span(q)), upper(span(q)) - lower(span(q))) = content(q) END),
                true) AS spans_agree,
       coalesce(bool_and(kind(q) IN ('direct', 'mixed', 'indirect') AND confidence(q) BETWEEN 0 AND 1
                         AND (is_denial(q) OR denied(q) IS NULL)), true) AS fields_valid,
       (SELECT count(*) FROM extract_denials(h.body)) = count(q) FILTER (WHERE is_denial(q)) AS denials_agree,
       (SELECT coalesce(sum(s.quotes), 0) FROM extract_speakers(h.body) s) <= count(q) AS speakers_agree
FROM hostile_text h LEFT JOIN LATERAL extract_quotes(h.body) q ON true
GROUP BY h.label, h.body ORDER BY h.label;

-- The quotes are in text order.
SELECT h.label,
       coalesce((SELECT bool_and(prev IS NULL OR lo >= prev)
                 FROM (SELECT lower(span(q)) AS lo, lag(lower(span(q))) OVER (ORDER BY ord) AS prev
                       FROM extract_quotes(h.body) WITH ORDINALITY AS x(q, ord)
                       WHERE NOT isempty(span(q))) s), true) AS text_order
FROM hostile_text h ORDER BY h.label;

-- Text that is not valid UTF-8 cannot reach the functions: PostgreSQL refuses it first.
SELECT count(*) FROM extract_quotes(convert_from('\x22e2809c61ff22'::bytea, 'UTF8'));

------------------------------------------------------------------------------
-- 100 MB of text: a result (the one quote at its end, at a large offset)
------------------------------------------------------------------------------

SELECT kind(q), lower(span(q)), upper(span(q)), content(q)
FROM extract_quotes(repeat('word ', 20971520) || '“We will win,” Smith said.') q;

------------------------------------------------------------------------------
-- The quote type with hostile contents: read back to equal values
------------------------------------------------------------------------------

CREATE TABLE hostile_quote (label text PRIMARY KEY, q quote);
INSERT INTO hostile_quote
SELECT label, format('kind=direct span=[1,%s) content="%s" speaker=%s mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5',
                     length(c) + 1, replace(replace(c, '\', '\\'), '"', '\"'), s)::quote
FROM (VALUES
  ('1e5 escaped marks', repeat('"', 100000), 'NULL'),
  ('1e5 backslashes', repeat('\', 100000), 'NULL'),
  ('10 MB content', repeat('abcdefghij', 1048576), '"Smith"'),
  ('zero-width and bidi', '​“‮We win⁦,⁩”﻿', '"‮htimS‬"'),
  ('control characters', E'\x01\x02\x1b[0m\x7f\x0b\x0c', E'"A\x01B"'),
  ('deep nesting', repeat('“‘', 5000) || repeat('’”', 5000), 'NULL')) v(label, c, s);
SELECT label, length(content(q)) AS chars, q::text::quote = q AS text_round_trip,
       length(q::text) AS text_length, (q::jsonb)->>'content' = content(q) AS jsonb_agrees
FROM hostile_quote ORDER BY label;

------------------------------------------------------------------------------
-- Malformed binary input through COPY (FORMAT binary).  quote_type.sql
-- covers bad values (version byte, encoding, grammar); these are broken
-- files: the COPY framing around a quote field.  The files are written with
-- \lo_export, which writes raw bytes.
------------------------------------------------------------------------------

CREATE TABLE hostile_bin (q quote);
-- signature, flags, header extension length
\set hdr '''\\x5047434f50590aff0d0a000000000000000000''::bytea'
\set good '''\\x01''::bytea || convert_to(''kind=direct span=[1,2) content="a" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5'', ''UTF8'')'

-- a good file, to show the framing is right
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(octet_length(:good)) || :good || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile0.bin'
\copy hostile_bin FROM 'results/hostile0.bin' WITH (FORMAT binary)
SELECT count(*) FROM hostile_bin;
SELECT lo_unlink(:lo) AS unlinked;

-- length field cut short
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || '\x0000'::bytea) AS lo \gset
\lo_export :lo 'results/hostile1.bin'
\copy hostile_bin FROM 'results/hostile1.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- value shorter than its length field
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(1000) || :good) AS lo \gset
\lo_export :lo 'results/hostile2.bin'
\copy hostile_bin FROM 'results/hostile2.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- huge length field (2^31 - 1)
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || '\x7fffffff'::bytea || :good || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile3.bin'
\copy hostile_bin FROM 'results/hostile3.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- negative length field other than -1 (NULL)
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(-2) || :good || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile4.bin'
\copy hostile_bin FROM 'results/hostile4.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- length field smaller than the value: the rest is read as the next tuple
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(5) || :good || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile5.bin'
\copy hostile_bin FROM 'results/hostile5.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- length 0: an empty value has no version byte
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(0) || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile6.bin'
\copy hostile_bin FROM 'results/hostile6.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- two fields for a one-column table
SELECT lo_from_bytea(0, :hdr || '\x0002'::bytea || int4send(octet_length(:good)) || :good || int4send(octet_length(:good)) || :good || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile7.bin'
\copy hostile_bin FROM 'results/hostile7.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- file ends inside the header
SELECT lo_from_bytea(0, '\x5047434f50590aff0d'::bytea) AS lo \gset
\lo_export :lo 'results/hostile8.bin'
\copy hostile_bin FROM 'results/hostile8.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- version byte 255 and a value of 100000 version bytes
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(100000) || decode(repeat('ff', 100000), 'hex') || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile9.bin'
\copy hostile_bin FROM 'results/hostile9.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- a valid version byte followed by 100000 quote marks
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(100001) || '\x01'::bytea || convert_to(repeat('"', 100000), 'UTF8') || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile10.bin'
\copy hostile_bin FROM 'results/hostile10.bin' WITH (FORMAT binary)
SELECT lo_unlink(:lo) AS unlinked;

-- binary input is in the client encoding: LATIN1 é (0xe9) is converted...
SET client_encoding = 'LATIN1';
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(1 + octet_length(convert_to('kind=direct span=[1,2) content="x" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8'))) || '\x01'::bytea || convert_to('kind=direct span=[1,2) content="', 'UTF8') || '\xe9'::bytea || convert_to('" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8') || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile11.bin'
\copy hostile_bin FROM 'results/hostile11.bin' WITH (FORMAT binary)
RESET client_encoding;
SELECT lo_unlink(:lo) AS unlinked;
SELECT content(q) = 'é' AS converted, count(*) FROM hostile_bin GROUP BY 1 ORDER BY 1;

-- ...and a byte that is not valid in the client encoding is 22P03
SET client_encoding = 'EUC_JP';
SELECT lo_from_bytea(0, :hdr || '\x0001'::bytea || int4send(1 + octet_length(convert_to('kind=direct span=[1,2) content="x" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8'))) || '\x01'::bytea || convert_to('kind=direct span=[1,2) content="', 'UTF8') || '\x8e'::bytea || convert_to('" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'UTF8') || '\xffff'::bytea) AS lo \gset
\lo_export :lo 'results/hostile12.bin'
\copy hostile_bin FROM 'results/hostile12.bin' WITH (FORMAT binary)
RESET client_encoding;
SELECT lo_unlink(:lo) AS unlinked;

SELECT count(*) FROM hostile_bin;

-- the same files again, for their SQLSTATEs: 22P04 (bad COPY file format)
-- for the framing, 54000 for the huge length, 22P03 for bad quote values
\set VERBOSITY sqlstate
\copy hostile_bin FROM 'results/hostile1.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile2.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile3.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile4.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile5.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile6.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile7.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile8.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile9.bin' WITH (FORMAT binary)
\copy hostile_bin FROM 'results/hostile10.bin' WITH (FORMAT binary)
SET client_encoding = 'EUC_JP';
\copy hostile_bin FROM 'results/hostile12.bin' WITH (FORMAT binary)
RESET client_encoding;
\set VERBOSITY default

DROP TABLE hostile_text, hostile_quote, hostile_bin;
