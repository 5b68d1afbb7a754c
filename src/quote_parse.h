/*
 * quote_parse.h — the grammar of the text form of the type quote, without
 * PostgreSQL: plain C99, no allocation of its own, no longjmp.
 *
 *	kind=direct span=[675,826) content="We propose ..." speaker="Barack Obama"
 *	mention="he" role=NULL cue="said" is_denial=false denied=NULL confidence=0.9
 *
 * Every field is required and the order is fixed.  Strings are double-quoted
 * with the escapes \" \\ \n \r \t; the bare word NULL is SQL NULL.  The
 * parser checks only the grammar; the invariants between fields (span
 * against content, confidence in 0..1, ...) are checked where values are
 * built (quote_type.c), and so is the encoding of the input.
 *
 * quote_type.c turns a failure into ereport(ERROR); test/fuzz_quote.c
 * drives the parser directly.
 */
#ifndef QUOTE_PARSE_H
#define QUOTE_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Kinds, numbered as QUOTE_KIND_* in quote.h and aa_kind in aa_engine.h. */
#define QP_NKINDS	3
extern const char *const qp_kind_names[QP_NKINDS];

/* String fields, in text order: content, speaker, mention, role, cue, denied. */
#define QP_NSTRINGS 6
extern const char *const qp_string_names[QP_NSTRINGS];

typedef struct qp_fields
{
	int			kind;			/* 0 direct, 1 mixed, 2 indirect */
	int32_t		span_lower;
	int32_t		span_upper;
	const char *strings[QP_NSTRINGS];	/* NUL-terminated, in the caller's buffer; NULL is SQL NULL */
	size_t		lengths[QP_NSTRINGS];	/* bytes, without the NUL; 0 for NULL */
	bool		is_denial;
	float		confidence;		/* finite; its range is not the parser's business */
} qp_fields;

typedef enum qp_code
{
	QP_OK = 0,
	QP_ERR_EMPTY,				/* nothing but whitespace */
	QP_ERR_NUL,					/* a NUL byte in the input */
	QP_ERR_KEY,					/* a field name missing, misspelt or out of order */
	QP_ERR_SYNTAX,				/* a missing "[", ",", ")" */
	QP_ERR_KIND,
	QP_ERR_SPAN,				/* a bound missing or out of range */
	QP_ERR_STRING,				/* not a string, unterminated, bad escape, raw control */
	QP_ERR_BOOLEAN,
	QP_ERR_CONFIDENCE,			/* not a decimal, not finite, out of range */
	QP_ERR_TRAILING,			/* text after the last field */
	QP_ERR_BUFFER				/* the caller's buffer is too small (a caller bug) */
} qp_code;

#define QP_DETAIL_SIZE 512

typedef struct qp_error
{
	qp_code		code;
	size_t		offset;			/* byte offset the error points at; the length at the end */
	long		position;		/* 1-based character position; 0 at the end of the input */
	char		detail[QP_DETAIL_SIZE];	/* a full sentence, as PostgreSQL's errdetail */
	const char *hint;			/* a full sentence, or NULL */
} qp_error;

/*
 * Byte length (>= 1) of the character at s in the input's encoding; the
 * parser never steps past the end of the input whatever it returns.  Used
 * only to count characters in positions and to cut snippets in messages.
 */
typedef int (*qp_mblen_fn) (const char *s, void *ctx);

/* UTF-8, the default when no function is given. */
int			qp_utf8_mblen(const char *s, void *ctx);

/* The size of the buffer quote_parse needs for an input of len bytes. */
size_t		quote_parse_buffer_size(size_t len);

/*
 * Parse input[0..len) (need not be NUL-terminated).  The strings of *out
 * point into buf, which must hold quote_parse_buffer_size(len) bytes.  On
 * failure returns false and fills *err (when err is not NULL).  mblen may
 * be NULL for UTF-8.
 */
bool		quote_parse(const char *input, size_t len,
						qp_mblen_fn mblen, void *mblen_ctx,
						char *buf, size_t bufsize,
						qp_fields *out, qp_error *err);

/* The escape the text form writes for c ("\\n" for a newline, ...), or NULL. */
const char *qp_escape(char c);

#endif							/* QUOTE_PARSE_H */
