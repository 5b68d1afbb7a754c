/*
 * quote.h — the SQL type `quote`: one attributed statement found in an article.
 *
 * On disk a quote is a varlena: a fixed header, then its strings one after
 * another, each NUL-terminated (NULL strings take no bytes and are marked in
 * `nulls`).  Every way in (quote_in, quote_recv, the extraction functions)
 * builds values through quote_build() in quote_type.c (quote_make() for the
 * extraction functions), which checks the invariants in one place,
 * quote_check_fields.
 */
#ifndef AA_QUOTE_H
#define AA_QUOTE_H

#include "postgres.h"
#include "fmgr.h"

/* Values of QuoteData.kind; same numbering as aa_kind in aa_engine.h. */
#define QUOTE_KIND_DIRECT	0
#define QUOTE_KIND_MIXED	1
#define QUOTE_KIND_INDIRECT	2

/* String fields, in storage order. */
typedef enum QuoteString
{
	QS_CONTENT = 0,
	QS_SPEAKER,
	QS_MENTION,
	QS_ROLE,
	QS_CUE,
	QS_DENIED,
	QS_COUNT
} QuoteString;

typedef struct QuoteData
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		kind;			/* QUOTE_KIND_* */
	uint8		is_denial;		/* 0 or 1 */
	uint8		nulls;			/* bit (1 << QuoteString) set: that string is NULL */
	uint8		padding;
	int32		span_lower;		/* 1-based character position of content, inclusive */
	int32		span_upper;		/* exclusive */
	float4		confidence;		/* 0..1 */
	uint32		offsets[QS_COUNT];	/* byte offset of each string within data[] */
	char		data[FLEXIBLE_ARRAY_MEMBER];	/* the strings, NUL-terminated */
} QuoteData;

typedef QuoteData *Quote;

#define DatumGetQuoteP(X)		((Quote) PG_DETOAST_DATUM(X))
#define PG_GETARG_QUOTE_P(n)	DatumGetQuoteP(PG_GETARG_DATUM(n))
#define PG_RETURN_QUOTE_P(x)	PG_RETURN_POINTER(x)

/*
 * The fields of a quote before it is built; a NULL pointer is SQL NULL.
 * The content is content_len bytes and need not be NUL-terminated (the
 * extraction functions point it into the article, with no copy); the other
 * strings are NUL-terminated.
 */
typedef struct QuoteFields
{
	int			kind;
	const char *strings[QS_COUNT];	/* server encoding */
	size_t		content_len;
	int32		span_lower;
	int32		span_upper;
	bool		is_denial;
	float4		confidence;
} QuoteFields;

/* Checks the invariants (ereport ERROR 22P02 when broken, 54000 above a size limit) and builds the value. */
extern Quote quote_make(const QuoteFields *fields);

/* The string field f of q, or NULL when SQL NULL. */
extern const char *quote_string(Quote q, QuoteString f);

#endif							/* AA_QUOTE_H */
