/* article_analysis--0.1.sql — version 0.1 of the extension.  Released scripts
 * are never edited: later changes go into article_analysis--0.1--X.Y.sql. */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION article_analysis" to load this file. \quit

------------------------------------------------------------------------------
-- The type quote
------------------------------------------------------------------------------

CREATE TYPE @extschema@.quote;

CREATE FUNCTION @extschema@.quote_in(cstring) RETURNS @extschema@.quote
	AS 'MODULE_PATHNAME', 'quote_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_out(@extschema@.quote) RETURNS cstring
	AS 'MODULE_PATHNAME', 'quote_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_recv(internal) RETURNS @extschema@.quote
	AS 'MODULE_PATHNAME', 'quote_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_send(@extschema@.quote) RETURNS bytea
	AS 'MODULE_PATHNAME', 'quote_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.quote (
	INPUT = @extschema@.quote_in,
	OUTPUT = @extschema@.quote_out,
	RECEIVE = @extschema@.quote_recv,
	SEND = @extschema@.quote_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.quote IS 'an attributed statement found in an article: kind, content, span, speaker, mention, role, cue, denial, confidence';
COMMENT ON FUNCTION @extschema@.quote_in(cstring) IS 'parse the one-line text form of a quote';
COMMENT ON FUNCTION @extschema@.quote_out(@extschema@.quote) IS 'the one-line text form of a quote';
COMMENT ON FUNCTION @extschema@.quote_recv(internal) IS 'read a quote in binary form (version byte and text form)';
COMMENT ON FUNCTION @extschema@.quote_send(@extschema@.quote) IS 'write a quote in binary form (version byte and text form)';

------------------------------------------------------------------------------
-- Accessors: one per field, named after it
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.kind(@extschema@.quote) RETURNS text
	AS 'MODULE_PATHNAME', 'quote_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.content(@extschema@.quote) RETURNS text
	AS 'MODULE_PATHNAME', 'quote_content' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.span(@extschema@.quote) RETURNS int4range
	AS 'MODULE_PATHNAME', 'quote_span' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.speaker(@extschema@.quote) RETURNS text
	AS 'MODULE_PATHNAME', 'quote_speaker' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mention(@extschema@.quote) RETURNS text
	AS 'MODULE_PATHNAME', 'quote_mention' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role(@extschema@.quote) RETURNS text
	AS 'MODULE_PATHNAME', 'quote_role' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cue(@extschema@.quote) RETURNS text
	AS 'MODULE_PATHNAME', 'quote_cue' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_denial(@extschema@.quote) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quote_is_denial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.denied(@extschema@.quote) RETURNS text
	AS 'MODULE_PATHNAME', 'quote_denied' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.confidence(@extschema@.quote) RETURNS real
	AS 'MODULE_PATHNAME', 'quote_confidence' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.kind(@extschema@.quote) IS 'direct, mixed or indirect';
COMMENT ON FUNCTION @extschema@.content(@extschema@.quote) IS 'the quoted words without quotation marks, or the reported clause';
COMMENT ON FUNCTION @extschema@.span(@extschema@.quote) IS 'character positions of the content in the article, 1-based, upper bound exclusive';
COMMENT ON FUNCTION @extschema@.speaker(@extschema@.quote) IS 'the canonical speaker (fullest name in the article), NULL when unknown';
COMMENT ON FUNCTION @extschema@.mention(@extschema@.quote) IS 'the words naming the speaker at the attribution site';
COMMENT ON FUNCTION @extschema@.role(@extschema@.quote) IS 'the speaker''s title or description, NULL when the article gives none';
COMMENT ON FUNCTION @extschema@.cue(@extschema@.quote) IS 'the reporting verb or phrase as written, NULL for a continued quote';
COMMENT ON FUNCTION @extschema@.is_denial(@extschema@.quote) IS 'whether the statement denies, rejects or disputes an accusation or claim';
COMMENT ON FUNCTION @extschema@.denied(@extschema@.quote) IS 'for a denial, what is denied, else NULL';
COMMENT ON FUNCTION @extschema@.confidence(@extschema@.quote) IS 'how sure the engine is of the attribution, 0..1';

------------------------------------------------------------------------------
-- quote -> jsonb
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.quote_to_jsonb(@extschema@.quote) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'quote_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quote_to_jsonb(@extschema@.quote) IS 'a quote as a jsonb object with keys kind, content, start, end, speaker, mention, role, cue, is_denial, denied, confidence';
CREATE CAST (@extschema@.quote AS jsonb) WITH FUNCTION @extschema@.quote_to_jsonb(@extschema@.quote);
COMMENT ON CAST (@extschema@.quote AS jsonb) IS 'a quote as a jsonb object (see quote_to_jsonb)';

------------------------------------------------------------------------------
-- Comparison: by span, then content, then the other fields (byte order)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.quote_cmp(@extschema@.quote, @extschema@.quote) RETURNS int4
	AS 'MODULE_PATHNAME', 'quote_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_eq(@extschema@.quote, @extschema@.quote) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quote_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_ne(@extschema@.quote, @extschema@.quote) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quote_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_lt(@extschema@.quote, @extschema@.quote) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quote_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_le(@extschema@.quote, @extschema@.quote) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quote_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_gt(@extschema@.quote, @extschema@.quote) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quote_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_ge(@extschema@.quote, @extschema@.quote) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quote_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_hash(@extschema@.quote) RETURNS int4
	AS 'MODULE_PATHNAME', 'quote_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quote_hash_extended(@extschema@.quote, int8) RETURNS int8
	AS 'MODULE_PATHNAME', 'quote_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.quote_cmp(@extschema@.quote, @extschema@.quote) IS 'btree comparison of quotes: span, then content, then the other fields';
COMMENT ON FUNCTION @extschema@.quote_eq(@extschema@.quote, @extschema@.quote) IS 'quotes are equal in every field';
COMMENT ON FUNCTION @extschema@.quote_ne(@extschema@.quote, @extschema@.quote) IS 'quotes differ in some field';
COMMENT ON FUNCTION @extschema@.quote_lt(@extschema@.quote, @extschema@.quote) IS 'quote sorts before';
COMMENT ON FUNCTION @extschema@.quote_le(@extschema@.quote, @extschema@.quote) IS 'quote sorts before or equal';
COMMENT ON FUNCTION @extschema@.quote_gt(@extschema@.quote, @extschema@.quote) IS 'quote sorts after';
COMMENT ON FUNCTION @extschema@.quote_ge(@extschema@.quote, @extschema@.quote) IS 'quote sorts after or equal';
COMMENT ON FUNCTION @extschema@.quote_hash(@extschema@.quote) IS 'hash of a quote, consistent with =';
COMMENT ON FUNCTION @extschema@.quote_hash_extended(@extschema@.quote, int8) IS 'seeded 64-bit hash of a quote, consistent with =';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.quote, RIGHTARG = @extschema@.quote,
	PROCEDURE = @extschema@.quote_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.quote, RIGHTARG = @extschema@.quote,
	PROCEDURE = @extschema@.quote_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.quote, RIGHTARG = @extschema@.quote,
	PROCEDURE = @extschema@.quote_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.quote, RIGHTARG = @extschema@.quote,
	PROCEDURE = @extschema@.quote_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.quote, RIGHTARG = @extschema@.quote,
	PROCEDURE = @extschema@.quote_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.quote, RIGHTARG = @extschema@.quote,
	PROCEDURE = @extschema@.quote_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.quote, @extschema@.quote) IS 'equal in every field';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quote, @extschema@.quote) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.quote, @extschema@.quote) IS 'sorts before (by span, then content)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.quote, @extschema@.quote) IS 'sorts before or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.quote, @extschema@.quote) IS 'sorts after';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.quote, @extschema@.quote) IS 'sorts after or equal';

CREATE OPERATOR CLASS @extschema@.quote_btree_ops
	DEFAULT FOR TYPE @extschema@.quote USING btree AS
		OPERATOR 1 @extschema@.<,
		OPERATOR 2 @extschema@.<=,
		OPERATOR 3 @extschema@.=,
		OPERATOR 4 @extschema@.>=,
		OPERATOR 5 @extschema@.>,
		FUNCTION 1 @extschema@.quote_cmp(@extschema@.quote, @extschema@.quote);
COMMENT ON OPERATOR FAMILY @extschema@.quote_btree_ops USING btree IS 'btree operators of the quote type';
COMMENT ON OPERATOR CLASS @extschema@.quote_btree_ops USING btree IS 'ordering of quotes by span, then content, then the other fields';

CREATE OPERATOR CLASS @extschema@.quote_hash_ops
	DEFAULT FOR TYPE @extschema@.quote USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.quote_hash(@extschema@.quote),
		FUNCTION 2 @extschema@.quote_hash_extended(@extschema@.quote, int8);
COMMENT ON OPERATOR FAMILY @extschema@.quote_hash_ops USING hash IS 'hash operators of the quote type';
COMMENT ON OPERATOR CLASS @extschema@.quote_hash_ops USING hash IS 'hashing of quotes for hash joins, DISTINCT and GROUP BY';

------------------------------------------------------------------------------
-- Extraction
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.extract_quotes(body text) RETURNS SETOF @extschema@.quote
	AS 'MODULE_PATHNAME', 'aa_extract_quotes'
	LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE COST 1000 ROWS 8;
COMMENT ON FUNCTION @extschema@.extract_quotes(text) IS 'every direct, mixed and indirect quote of an article, in text order';

CREATE FUNCTION @extschema@.extract_denials(body text) RETURNS SETOF @extschema@.quote
	AS 'MODULE_PATHNAME', 'aa_extract_denials'
	LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE COST 1000 ROWS 1;
COMMENT ON FUNCTION @extschema@.extract_denials(text) IS 'the statements of an article that deny, reject or dispute an accusation or claim';

CREATE FUNCTION @extschema@.extract_speakers(body text)
	RETURNS TABLE(speaker text, role text, mentions text[], quotes int4, denials int4)
	AS 'MODULE_PATHNAME', 'aa_extract_speakers'
	LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE COST 1000 ROWS 4;
COMMENT ON FUNCTION @extschema@.extract_speakers(text) IS 'one row per speaker of an article: canonical name, role, every mention, counts of quotes and denials';
