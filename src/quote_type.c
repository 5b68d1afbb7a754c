/*
 * quote_type.c — the SQL type quote: building values under their
 * invariants, the text and binary forms, the accessors, the cast to jsonb,
 * and the btree and hash support functions.
 *
 * The text form is one line with every field, always in the same order:
 *
 *	kind=direct span=[675,826) content="We propose ..." speaker="Barack Obama"
 *	mention="he" role=NULL cue="said" is_denial=false denied=NULL confidence=0.9
 *
 * Strings are double-quoted with the escapes \" \\ \n \r \t; the bare word
 * NULL is SQL NULL.  The binary form is a version byte followed by the text
 * form, so that quote_in and quote_recv share one parser and one set of
 * checks.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"

#include "aa_engine.h"
#include "quote.h"
#include "quote_parse.h"

PG_FUNCTION_INFO_V1(quote_in);
PG_FUNCTION_INFO_V1(quote_out);
PG_FUNCTION_INFO_V1(quote_recv);
PG_FUNCTION_INFO_V1(quote_send);
PG_FUNCTION_INFO_V1(quote_kind);
PG_FUNCTION_INFO_V1(quote_content);
PG_FUNCTION_INFO_V1(quote_span);
PG_FUNCTION_INFO_V1(quote_speaker);
PG_FUNCTION_INFO_V1(quote_mention);
PG_FUNCTION_INFO_V1(quote_role);
PG_FUNCTION_INFO_V1(quote_cue);
PG_FUNCTION_INFO_V1(quote_is_denial);
PG_FUNCTION_INFO_V1(quote_denied);
PG_FUNCTION_INFO_V1(quote_confidence);
PG_FUNCTION_INFO_V1(quote_to_jsonb);
PG_FUNCTION_INFO_V1(quote_cmp);
PG_FUNCTION_INFO_V1(quote_eq);
PG_FUNCTION_INFO_V1(quote_ne);
PG_FUNCTION_INFO_V1(quote_lt);
PG_FUNCTION_INFO_V1(quote_le);
PG_FUNCTION_INFO_V1(quote_gt);
PG_FUNCTION_INFO_V1(quote_ge);
PG_FUNCTION_INFO_V1(quote_hash);
PG_FUNCTION_INFO_V1(quote_hash_extended);

/* The first byte of the binary form; the text form follows it. */
#define QUOTE_BINARY_VERSION	1

/* Most characters of the input that an errmsg repeats. */
#define QUOTE_ERRMSG_CHARS		1000

/* Kind and field names are the parser's (qp_*_names), so output and input agree. */
StaticAssertDecl(QS_COUNT == QP_NSTRINGS, "quote.h and quote_parse.h list the same strings");
StaticAssertDecl(QUOTE_KIND_INDIRECT + 1 == QP_NKINDS, "quote.h and quote_parse.h list the same kinds");


/* The first max_chars characters of s[0..len), with "..." when cut. */
static char *
quote_clip(const char *s, size_t len, int max_chars)
{
	int			n = (int) Min(len, (size_t) (max_chars * MAX_MULTIBYTE_CHAR_LEN));
	int			clip = pg_mbcharcliplen(s, n, max_chars);

	if ((size_t) clip < len)
		return psprintf("%.*s...", clip, s);
	return pnstrdup(s, len);
}


/* ---------------------------------------------------------------------------
 * Building values
 * ---------------------------------------------------------------------------
 */

/*
 * The errmsg of every complaint about a would-be quote.  Text and binary
 * input show the text they were given, cut to QUOTE_ERRMSG_CHARS characters
 * so that a huge input does not make a huge message; a value built in C
 * has none.
 */
static int
quote_errmsg(int sqlstate, const char *input)
{
	char	   *shown;

	if (input == NULL)
		return errmsg("invalid value for type quote");
	shown = quote_clip(input, strlen(input), QUOTE_ERRMSG_CHARS);
	if (sqlstate == ERRCODE_INVALID_BINARY_REPRESENTATION)
		return errmsg("invalid binary input for type quote: \"%s\"", shown);
	return errmsg("invalid input syntax for type quote: \"%s\"", shown);
}

/*
 * Reject text that is not valid in the given encoding.  The text itself is
 * not repeated: an error message must be valid text too.
 */
static void
quote_check_encoding(int sqlstate, int encoding, const char *s, int len)
{
	int			valid = pg_encoding_verifymbstr(encoding, s, len);
	int			nchars = 0;

	if (valid == len)
		return;
	for (int i = 0; i < valid; i += pg_encoding_mblen(encoding, s + i))
		nchars++;
	ereport(ERROR,
			(errcode(sqlstate),
			 sqlstate == ERRCODE_INVALID_BINARY_REPRESENTATION ?
			 errmsg("invalid binary input for type quote") :
			 errmsg("invalid input syntax for type quote"),
			 errdetail("Invalid byte sequence for encoding \"%s\" at character %d, starting with byte 0x%02x.",
					   pg_encoding_to_char(encoding), nchars + 1,
					   (unsigned char) s[valid])));
}

/*
 * Characters in s[0, len), which is valid in the database encoding.  In
 * UTF-8 the engine counts them many bytes at a time, where
 * pg_mbstrlen_with_len asks each character's length in turn (2.4 % of
 * extract_quotes' time under perf, as every quotation's content is counted).
 */
static int
quote_char_count(const char *s, size_t len)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		return pg_mbstrlen_with_len(s, (int) len);
	return (int) aa_utf8_count(s, len);
}

/*
 * Check every invariant of a quote, reporting the first that fails with the
 * given SQLSTATE; input is the text the fields came from, or NULL.  Returns
 * the size of the value; lens gets the length of each string (0 for NULL).
 */
static Size
quote_check_fields(const QuoteFields *f, int sqlstate, const char *input, size_t lens[QS_COUNT])
{
	Size		size = offsetof(QuoteData, data);
	const char *content = f->strings[QS_CONTENT];
	int			nchars;

	if (f->kind < QUOTE_KIND_DIRECT || f->kind > QUOTE_KIND_INDIRECT)
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail("Kind %d is not one of 0 (direct), 1 (mixed) or 2 (indirect).",
						   f->kind)));
	if (content == NULL)
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail("Content must not be NULL.")));

	/* Sizes and encodings first: counting characters needs valid text. */
	for (int i = 0; i < QS_COUNT; i++)
	{
		const char *s = f->strings[i];
		int			valid;

		if (s == NULL)
			continue;
		lens[i] = i == QS_CONTENT ? f->content_len : strlen(s);
		size += lens[i] + 1;
		/* A limit, not bad syntax: never truncate, and say which limit. */
		if (lens[i] >= MaxAllocSize || size > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("quote is too large"),
					 errdetail("A quote cannot take more than %zu bytes.",
							   (size_t) MaxAllocSize)));
		valid = pg_encoding_verifymbstr(GetDatabaseEncoding(), s, (int) lens[i]);
		if (valid != (int) lens[i])
			ereport(ERROR,
					(errcode(sqlstate), quote_errmsg(sqlstate, input),
					 errdetail("Field %s has a byte sequence that is not valid in encoding \"%s\" at character %d.",
							   qp_string_names[i], GetDatabaseEncodingName(),
							   pg_mbstrlen_with_len(s, valid) + 1)));
	}

	if (f->span_lower < 1)
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail("Span lower bound %d is below 1.", f->span_lower)));
	if (f->span_upper < f->span_lower)
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail("Span upper bound %d is below lower bound %d.",
						   f->span_upper, f->span_lower)));
	nchars = quote_char_count(content, lens[QS_CONTENT]);
	if (nchars != f->span_upper - f->span_lower)
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail_plural("Content has %d character but span [%d,%d) covers %d.",
								  "Content has %d characters but span [%d,%d) covers %d.",
								  nchars, nchars, f->span_lower, f->span_upper,
								  f->span_upper - f->span_lower)));

	/* NaN fails every comparison, so test for it rather than for 0..1. */
	if (isnan(f->confidence) || f->confidence < 0.0f || f->confidence > 1.0f)
	{
		char		conf[FLOAT_SHORTEST_DECIMAL_LEN];

		float_to_shortest_decimal_buf(f->confidence, conf);
		if (isnan(f->confidence) || isinf(f->confidence))
			ereport(ERROR,
					(errcode(sqlstate), quote_errmsg(sqlstate, input),
					 errdetail("Confidence %s is not a finite number.", conf)));
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail("Confidence %s is outside 0..1.", conf)));
	}

	if (!f->is_denial && f->strings[QS_DENIED] != NULL)
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail("Denied must be NULL when is_denial is false.")));

	return size;
}

/* quote_make with the SQLSTATE and the input text to report errors with. */
static Quote
quote_build(const QuoteFields *f, int sqlstate, const char *input)
{
	size_t		lens[QS_COUNT] = {0};
	Size		size = quote_check_fields(f, sqlstate, input, lens);
	Quote		q;
	uint32		off = 0;

	/* Zeroed, so that padding is too and equal values are equal bytes. */
	q = (Quote) palloc0(size);
	SET_VARSIZE(q, size);
	q->kind = (uint8) f->kind;
	q->is_denial = f->is_denial ? 1 : 0;
	q->span_lower = f->span_lower;
	q->span_upper = f->span_upper;
	/* -0 equals 0; store one of them, for the same reason. */
	q->confidence = (f->confidence == 0.0f) ? 0.0f : f->confidence;
	for (int i = 0; i < QS_COUNT; i++)
	{
		const char *s = f->strings[i];

		if (s == NULL)
		{
			q->nulls |= (uint8) (1 << i);
			continue;
		}
		q->offsets[i] = off;
		memcpy(q->data + off, s, lens[i]);	/* the NUL after it is palloc0's */
		off += lens[i] + 1;
	}
	Assert(offsetof(QuoteData, data) + off == size);
	return q;
}

Quote
quote_make(const QuoteFields *fields)
{
	return quote_build(fields, ERRCODE_INVALID_TEXT_REPRESENTATION, NULL);
}

const char *
quote_string(Quote q, QuoteString f)
{
	Assert(f >= 0 && f < QS_COUNT);
	if (q->nulls & (1 << f))
		return NULL;
	return q->data + q->offsets[f];
}

/* Values are only made by quote_build, so a bad kind means corrupt data. */
static const char *
quote_kind_name(Quote q)
{
	if (q->kind > QUOTE_KIND_INDIRECT)
		elog(ERROR, "invalid kind %d in quote value", (int) q->kind);
	return qp_kind_names[q->kind];
}


/* ---------------------------------------------------------------------------
 * The text form: output
 * ---------------------------------------------------------------------------
 */

/* A string double-quoted with backslash escapes (qp_escape), or the bare word NULL. */
static void
append_quoted(StringInfo buf, const char *s)
{
	const char *run;

	if (s == NULL)
	{
		appendStringInfoString(buf, "NULL");
		return;
	}
	appendStringInfoChar(buf, '"');
	/* Bytewise is safe: in server encodings every byte < 0x80 is ASCII. */
	for (run = s; *s; s++)
	{
		const char *esc = qp_escape(*s);

		if (esc == NULL)
			continue;
		appendBinaryStringInfo(buf, run, s - run);
		appendStringInfoString(buf, esc);
		run = s + 1;
	}
	appendBinaryStringInfo(buf, run, s - run);
	appendStringInfoChar(buf, '"');
}

static char *
quote_to_cstring(Quote q)
{
	StringInfoData buf;
	char		conf[FLOAT_SHORTEST_DECIMAL_LEN];

	initStringInfo(&buf);
	appendStringInfo(&buf, "kind=%s span=[%d,%d) content=",
					 quote_kind_name(q), q->span_lower, q->span_upper);
	append_quoted(&buf, quote_string(q, QS_CONTENT));
	for (int i = QS_SPEAKER; i <= QS_CUE; i++)
	{
		appendStringInfo(&buf, " %s=", qp_string_names[i]);
		append_quoted(&buf, quote_string(q, (QuoteString) i));
	}
	appendStringInfo(&buf, " is_denial=%s denied=",
					 q->is_denial ? "true" : "false");
	append_quoted(&buf, quote_string(q, QS_DENIED));
	/* The shortest decimal that reads back as the same float4. */
	float_to_shortest_decimal_buf(q->confidence, conf);
	appendStringInfo(&buf, " confidence=%s", conf);
	return buf.data;
}


/* ---------------------------------------------------------------------------
 * The text form: input.  The grammar lives in quote_parse.c (no PostgreSQL
 * there, so that it can be fuzzed alone); here its failures become ERRORs
 * with the SQLSTATE of the caller: 22P02 for text input, 22P03 for binary.
 * ---------------------------------------------------------------------------
 */

/* Character lengths in the database encoding, for positions in details. */
static int
quote_mblen(const char *s, void *ctx)
{
	(void) ctx;
	return pg_mblen(s);
}

/*
 * Parse the text form; len is the length of input, which is NUL-terminated
 * and has no other NUL.  Errors carry the given SQLSTATE.
 */
static Quote
quote_parse_text(const char *input, int len, int sqlstate)
{
	size_t		bufsize = quote_parse_buffer_size((size_t) len);
	char	   *buf;
	qp_fields	pf;
	qp_error	err;
	QuoteFields f;

	/* Positions are counted in characters, which needs valid text. */
	quote_check_encoding(sqlstate, GetDatabaseEncoding(), input, len);

	buf = palloc(bufsize);
	if (!quote_parse(input, (size_t) len, quote_mblen, NULL, buf, bufsize, &pf, &err))
		ereport(ERROR,
				(errcode(sqlstate), quote_errmsg(sqlstate, input),
				 errdetail_internal("%s", err.detail),
				 err.hint ? errhint("%s", err.hint) : 0));

	f.kind = pf.kind;
	for (int i = 0; i < QS_COUNT; i++)
		f.strings[i] = pf.strings[i];
	f.content_len = pf.strings[QS_CONTENT] ? strlen(pf.strings[QS_CONTENT]) : 0;
	f.span_lower = pf.span_lower;
	f.span_upper = pf.span_upper;
	f.is_denial = pf.is_denial;
	f.confidence = pf.confidence;
	return quote_build(&f, sqlstate, input);
}


/* ---------------------------------------------------------------------------
 * I/O functions
 * ---------------------------------------------------------------------------
 */

Datum
quote_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);

	/* A cstring is below MaxAllocSize, but say so rather than assume it. */
	if (len >= MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("input for type quote is too long")));
	PG_RETURN_QUOTE_P(quote_parse_text(str, (int) len, ERRCODE_INVALID_TEXT_REPRESENTATION));
}

Datum
quote_out(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);

	PG_RETURN_CSTRING(quote_to_cstring(q));
}

/*
 * The binary form is a version byte, then the text form in the client
 * encoding.  The bytes are untrusted, so every invalid byte sequence is
 * reported as 22P03 before the conversion or the parser could report it
 * otherwise (a valid character the database encoding lacks is the
 * conversion's 22P05).
 */
Datum
quote_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	int			encoding;
	int			nbytes;
	char	   *str;

	if (buf->cursor >= buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary input for type quote"),
				 errdetail("The value is empty; it must start with a version byte.")));
	version = pq_getmsgbyte(buf);
	if (version != QUOTE_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type quote",
						version),
				 errdetail("Only version %d is supported.", QUOTE_BINARY_VERSION)));

	/* pq_getmsgtext validates too, but with another SQLSTATE. */
	encoding = pg_get_client_encoding();
	if (encoding == PG_SQL_ASCII)
		encoding = GetDatabaseEncoding();
	quote_check_encoding(ERRCODE_INVALID_BINARY_REPRESENTATION, encoding,
						 buf->data + buf->cursor, buf->len - buf->cursor);
	str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);

	PG_RETURN_QUOTE_P(quote_parse_text(str, nbytes, ERRCODE_INVALID_BINARY_REPRESENTATION));
}

Datum
quote_send(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);
	char	   *str = quote_to_cstring(q);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, QUOTE_BINARY_VERSION);
	pq_sendtext(&buf, str, strlen(str));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}


/* ---------------------------------------------------------------------------
 * Accessors
 * ---------------------------------------------------------------------------
 */

static Datum
quote_text_field(FunctionCallInfo fcinfo, QuoteString f)
{
	Quote		q = PG_GETARG_QUOTE_P(0);
	const char *s = quote_string(q, f);

	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(s));
}

Datum
quote_kind(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);

	PG_RETURN_TEXT_P(cstring_to_text(quote_kind_name(q)));
}

Datum
quote_content(PG_FUNCTION_ARGS)
{
	return quote_text_field(fcinfo, QS_CONTENT);
}

/* An empty content makes an empty range: int4range has no [n,n). */
Datum
quote_span(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, INT4RANGEOID);
	RangeBound	lower;
	RangeBound	upper;

	lower.val = Int32GetDatum(q->span_lower);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = Int32GetDatum(q->span_upper);
	upper.infinite = false;
	upper.inclusive = false;
	upper.lower = false;
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false));
}

Datum
quote_speaker(PG_FUNCTION_ARGS)
{
	return quote_text_field(fcinfo, QS_SPEAKER);
}

Datum
quote_mention(PG_FUNCTION_ARGS)
{
	return quote_text_field(fcinfo, QS_MENTION);
}

Datum
quote_role(PG_FUNCTION_ARGS)
{
	return quote_text_field(fcinfo, QS_ROLE);
}

Datum
quote_cue(PG_FUNCTION_ARGS)
{
	return quote_text_field(fcinfo, QS_CUE);
}

Datum
quote_is_denial(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);

	PG_RETURN_BOOL(q->is_denial != 0);
}

Datum
quote_denied(PG_FUNCTION_ARGS)
{
	return quote_text_field(fcinfo, QS_DENIED);
}

Datum
quote_confidence(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);

	PG_RETURN_FLOAT4(q->confidence);
}


/* ---------------------------------------------------------------------------
 * quote -> jsonb, built as JsonbValues (jsonb orders the keys itself)
 * ---------------------------------------------------------------------------
 */

static void
jsonb_push_pair(JsonbParseState **state, const char *key, JsonbValue *value)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.len = strlen(key);
	k.val.string.val = (char *) key;
	pushJsonbValue(state, WJB_KEY, &k);
	pushJsonbValue(state, WJB_VALUE, value);
}

static void
jsonb_push_string(JsonbParseState **state, const char *key, const char *s)
{
	JsonbValue	v;

	if (s == NULL)
		v.type = jbvNull;
	else
	{
		v.type = jbvString;
		v.val.string.len = strlen(s);
		v.val.string.val = (char *) s;
	}
	jsonb_push_pair(state, key, &v);
}

static void
jsonb_push_numeric(JsonbParseState **state, const char *key, Numeric n)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	v.val.numeric = n;
	jsonb_push_pair(state, key, &v);
}

Datum
quote_to_jsonb(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);
	JsonbParseState *state = NULL;
	JsonbValue	v;
	JsonbValue *result;
	char		conf[FLOAT_SHORTEST_DECIMAL_LEN];

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	jsonb_push_string(&state, "kind", quote_kind_name(q));
	jsonb_push_string(&state, "content", quote_string(q, QS_CONTENT));
	jsonb_push_numeric(&state, "start", int64_to_numeric(q->span_lower));
	jsonb_push_numeric(&state, "end", int64_to_numeric(q->span_upper));
	jsonb_push_string(&state, "speaker", quote_string(q, QS_SPEAKER));
	jsonb_push_string(&state, "mention", quote_string(q, QS_MENTION));
	jsonb_push_string(&state, "role", quote_string(q, QS_ROLE));
	jsonb_push_string(&state, "cue", quote_string(q, QS_CUE));
	v.type = jbvBool;
	v.val.boolean = (q->is_denial != 0);
	jsonb_push_pair(&state, "is_denial", &v);
	jsonb_push_string(&state, "denied", quote_string(q, QS_DENIED));
	/* Through the shortest decimal, so that jsonb shows what quote_out does. */
	float_to_shortest_decimal_buf(q->confidence, conf);
	jsonb_push_numeric(&state, "confidence",
					   DatumGetNumeric(DirectFunctionCall3(numeric_in,
														   CStringGetDatum(conf),
														   ObjectIdGetDatum(InvalidOid),
														   Int32GetDatum(-1))));
	result = pushJsonbValue(&state, WJB_END_OBJECT, NULL);

	PG_RETURN_JSONB_P(JsonbValueToJsonb(result));
}


/* ---------------------------------------------------------------------------
 * Comparison and hashing
 *
 * The order is span, then content, then the other fields; strings compare
 * by bytes (strcmp), not by collation, so the order never depends on the
 * locale, and SQL NULL sorts before any string.
 * ---------------------------------------------------------------------------
 */

static int
cmp_int(int64 a, int64 b)
{
	return (a > b) - (a < b);
}

static int
cmp_string(Quote a, Quote b, QuoteString f)
{
	const char *sa = quote_string(a, f);
	const char *sb = quote_string(b, f);

	if (sa == NULL || sb == NULL)
		return (sa != NULL) - (sb != NULL);
	return cmp_int(strcmp(sa, sb), 0);
}

static int
quote_cmp_internal(Quote a, Quote b)
{
	int			r;

	if ((r = cmp_int(a->span_lower, b->span_lower)) != 0 ||
		(r = cmp_int(a->span_upper, b->span_upper)) != 0 ||
		(r = cmp_string(a, b, QS_CONTENT)) != 0 ||
		(r = cmp_int(a->kind, b->kind)) != 0 ||
		(r = cmp_string(a, b, QS_SPEAKER)) != 0 ||
		(r = cmp_string(a, b, QS_MENTION)) != 0 ||
		(r = cmp_string(a, b, QS_ROLE)) != 0 ||
		(r = cmp_string(a, b, QS_CUE)) != 0 ||
		(r = cmp_string(a, b, QS_DENIED)) != 0 ||
		(r = cmp_int(a->is_denial, b->is_denial)) != 0)
		return r;
	/* Never NaN, and -0 is stored as 0. */
	return (a->confidence > b->confidence) - (a->confidence < b->confidence);
}

/* Compare the two arguments, freeing detoasted copies (indexes call this a lot). */
static int
quote_cmp_args(FunctionCallInfo fcinfo)
{
	Quote		a = PG_GETARG_QUOTE_P(0);
	Quote		b = PG_GETARG_QUOTE_P(1);
	int			r = quote_cmp_internal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return r;
}

Datum
quote_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(quote_cmp_args(fcinfo));
}

Datum
quote_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(quote_cmp_args(fcinfo) == 0);
}

Datum
quote_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(quote_cmp_args(fcinfo) != 0);
}

Datum
quote_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(quote_cmp_args(fcinfo) < 0);
}

Datum
quote_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(quote_cmp_args(fcinfo) <= 0);
}

Datum
quote_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(quote_cmp_args(fcinfo) > 0);
}

Datum
quote_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(quote_cmp_args(fcinfo) >= 0);
}

/*
 * Equal quotes have equal bytes (quote_build zeroes the padding, stores -0
 * as 0 and lays strings out in a fixed order), so hashing the bytes is
 * consistent with =.
 */
Datum
quote_hash(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);
	Datum		h = hash_any((unsigned char *) VARDATA(q), VARSIZE(q) - VARHDRSZ);

	PG_FREE_IF_COPY(q, 0);
	PG_RETURN_DATUM(h);
}

Datum
quote_hash_extended(PG_FUNCTION_ARGS)
{
	Quote		q = PG_GETARG_QUOTE_P(0);
	Datum		h = hash_any_extended((unsigned char *) VARDATA(q),
									  VARSIZE(q) - VARHDRSZ,
									  PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(q, 0);
	PG_RETURN_DATUM(h);
}
