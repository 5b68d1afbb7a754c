/*
 * quote_parse.c — the text form of the type quote: a cursor-based
 * recursive-descent parser with no PostgreSQL dependency (see
 * quote_parse.h).  Every field is required and the order is fixed, so each
 * step knows exactly what must come next and can say so when it does not.
 *
 * Every step returns false on failure with the error filled in; nothing is
 * allocated (decoded strings go to the caller's buffer), so a failure needs
 * no clean-up.  The input may hold any bytes: the cursor never passes the
 * end, whatever the character-length function says.
 */
#include "quote_parse.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const qp_kind_names[QP_NKINDS] = {"direct", "mixed", "indirect"};
const char *const qp_string_names[QP_NSTRINGS] = {
	"content", "speaker", "mention", "role", "cue", "denied"
};

/* Longest piece of the input that a detail repeats, in characters. */
#define QP_SNIPPET_CHARS 40

typedef struct qp_parser
{
	const char *input;
	const char *end;			/* input + len */
	const char *p;				/* the cursor */
	qp_mblen_fn mblen;
	void	   *mblen_ctx;
	char	   *buf;			/* decoded strings go here */
	char	   *buf_end;
	qp_error   *err;
	const char *err_at;			/* set by where() */
	char		where[64];
	char		snippet[QP_SNIPPET_CHARS * 8 + 8];
} qp_parser;

int
qp_utf8_mblen(const char *s, void *ctx)
{
	unsigned char c = (unsigned char) *s;

	(void) ctx;
	if (c < 0x80)
		return 1;
	if ((c & 0xE0) == 0xC0)
		return 2;
	if ((c & 0xF0) == 0xE0)
		return 3;
	if ((c & 0xF8) == 0xF0)
		return 4;
	return 1;
}

size_t
quote_parse_buffer_size(size_t len)
{
	/* Decoded strings and the copy of the confidence token, each with its
	 * NUL, are never longer than the parts of the input they come from. */
	return len + 1;
}

const char *
qp_escape(char c)
{
	switch (c)
	{
		case '"':
			return "\\\"";
		case '\\':
			return "\\\\";
		case '\n':
			return "\\n";
		case '\r':
			return "\\r";
		case '\t':
			return "\\t";
		default:
			return NULL;
	}
}

/* The byte "\\c" stands for, the inverse of qp_escape, or -1 for no escape. */
static int
qp_unescape(char c)
{
	switch (c)
	{
		case '"':
		case '\\':
			return c;
		case 'n':
			return '\n';
		case 'r':
			return '\r';
		case 't':
			return '\t';
		default:
			return -1;
	}
}

/* Bytes of the character at s, at least 1 and never past the end. */
static size_t
char_len(const qp_parser *ps, const char *s)
{
	int			n = ps->mblen(s, ps->mblen_ctx);

	if (n < 1)
		n = 1;
	if ((size_t) n > (size_t) (ps->end - s))
		n = (int) (ps->end - s);
	return (size_t) n;
}

/* "at character N", 1-based and counted in characters, or "at the end of the input". */
static const char *
where(qp_parser *ps, const char *at)
{
	long		nchars = 0;

	ps->err_at = at;
	if (at >= ps->end)
		return "at the end of the input";
	for (const char *s = ps->input; s < at; s += char_len(ps, s))
		nchars++;
	snprintf(ps->where, sizeof(ps->where), "at character %ld", nchars + 1);
	return ps->where;
}

/* The text from start to stop, shortened so that details stay readable. */
static const char *
snippet(qp_parser *ps, const char *start, const char *stop)
{
	const char *s = start;
	int			n = 0;

	while (s < stop && n < QP_SNIPPET_CHARS)
	{
		size_t		l = char_len(ps, s);

		if (l > (size_t) (stop - s))
			break;
		s += l;
		n++;
	}
	snprintf(ps->snippet, sizeof(ps->snippet), "%.*s%s",
			 (int) (s - start), start, s < stop ? "..." : "");
	return ps->snippet;
}

#if defined(__GNUC__)
#define QP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define QP_PRINTF(f, a)
#endif

static bool fail(qp_parser *ps, qp_code code, const char *hint, const char *fmt,...) QP_PRINTF(4, 5);

/* Record a failure; always returns false so that callers can return it. */
static bool
fail(qp_parser *ps, qp_code code, const char *hint, const char *fmt,...)
{
	qp_error   *err = ps->err;
	va_list		ap;

	if (err == NULL)
		return false;
	err->code = code;
	err->hint = hint;
	err->offset = (size_t) (ps->err_at - ps->input);
	err->position = 0;
	if (ps->err_at < ps->end)
	{
		for (const char *s = ps->input; s < ps->err_at; s += char_len(ps, s))
			err->position++;
		err->position++;
	}
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\f' || c == '\v';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static void
skip_space(qp_parser *ps)
{
	while (ps->p < ps->end && is_space(*ps->p))
		ps->p++;
}

/* The end of the run of non-space characters at the cursor. */
static const char *
token_end(const qp_parser *ps)
{
	const char *s = ps->p;

	while (s < ps->end && !is_space(*s))
		s++;
	return s;
}

static bool
token_is(const qp_parser *ps, const char *stop, const char *word)
{
	size_t		len = strlen(word);

	return (size_t) (stop - ps->p) == len && memcmp(ps->p, word, len) == 0;
}

/* ASCII-only case-insensitive equality of a NUL-terminated string. */
static bool
ascii_caseeq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
	{
		char		ca = (*a >= 'A' && *a <= 'Z') ? (char) (*a + 32) : *a;
		char		cb = (*b >= 'A' && *b <= 'Z') ? (char) (*b + 32) : *b;

		if (ca != cb)
			return false;
	}
	return *a == *b;
}

static bool
parse_key(qp_parser *ps, const char *key, bool first)
{
	size_t		keylen = strlen(key);

	if (!first && ps->p < ps->end && !is_space(*ps->p))
		return fail(ps, QP_ERR_KEY, NULL,
					"Expected whitespace before \"%s=\" %s.",
					key, where(ps, ps->p));
	skip_space(ps);
	if ((size_t) (ps->end - ps->p) <= keylen ||
		memcmp(ps->p, key, keylen) != 0 || ps->p[keylen] != '=')
		return fail(ps, QP_ERR_KEY,
					"The fields are kind, span, content, speaker, mention, role, cue, is_denial, denied and confidence, all required, in that order.",
					"Expected \"%s=\" %s.", key, where(ps, ps->p));
	ps->p += keylen + 1;
	return true;
}

static bool
parse_char(qp_parser *ps, char c)
{
	if (ps->p >= ps->end || *ps->p != c)
		return fail(ps, QP_ERR_SYNTAX, NULL,
					"Expected \"%c\" %s.", c, where(ps, ps->p));
	ps->p++;
	return true;
}

static bool
parse_kind(qp_parser *ps, int *kind)
{
	const char *start = ps->p;
	const char *stop = token_end(ps);

	for (int k = 0; k < QP_NKINDS; k++)
	{
		if (token_is(ps, stop, qp_kind_names[k]))
		{
			ps->p = stop;
			*kind = k;
			return true;
		}
	}
	if (stop == start)
		return fail(ps, QP_ERR_KIND, NULL,
					"Expected direct, mixed or indirect %s.", where(ps, start));
	return fail(ps, QP_ERR_KIND, NULL,
				"Unknown kind \"%s\" %s.",
				snippet(ps, start, stop), where(ps, start));
}

/* One bound of the span: an optionally negative decimal integer. */
static bool
parse_bound(qp_parser *ps, const char *which, int32_t *bound)
{
	const char *start = ps->p;
	bool		negative = false;
	int64_t		val = 0;
	bool		overflow = false;

	if (ps->p < ps->end && *ps->p == '-')
	{
		negative = true;
		ps->p++;
	}
	if (ps->p >= ps->end || !is_digit(*ps->p))
		return fail(ps, QP_ERR_SPAN, NULL,
					"Expected the span's %s bound, an integer, %s.",
					which, where(ps, start));
	for (; ps->p < ps->end && is_digit(*ps->p); ps->p++)
	{
		/* Keep scanning after an overflow, to show the whole number. */
		if (!overflow)
			val = val * 10 + (*ps->p - '0');
		if (val > (int64_t) INT32_MAX + 1)
			overflow = true;
	}
	if (negative)
		val = -val;
	if (overflow || val > INT32_MAX || val < INT32_MIN)
		return fail(ps, QP_ERR_SPAN, NULL,
					"Span %s bound %s %s is out of range for type integer.",
					which, snippet(ps, start, ps->p), where(ps, start));
	*bound = (int32_t) val;
	return true;
}

static bool
parse_span(qp_parser *ps, int32_t *lower, int32_t *upper)
{
	if (!parse_char(ps, '[') ||
		!parse_bound(ps, "lower", lower) ||
		!parse_char(ps, ',') ||
		!parse_bound(ps, "upper", upper))
		return false;
	if (ps->p < ps->end && *ps->p == ']')
		return fail(ps, QP_ERR_SYNTAX, NULL,
					"Expected \")\" %s: the upper bound of a span is exclusive.",
					where(ps, ps->p));
	return parse_char(ps, ')');
}

/* A double-quoted string with escapes, or NULL for the bare word NULL. */
static bool
parse_string(qp_parser *ps, const char *field, const char **result, size_t *result_len)
{
	const char *open = ps->p;
	const char *s;
	char	   *out;
	size_t		len = 0;

	*result = NULL;
	*result_len = 0;
	if (ps->p >= ps->end || *ps->p != '"')
	{
		const char *stop = token_end(ps);

		if (token_is(ps, stop, "NULL"))
		{
			ps->p = stop;
			return true;
		}
		return fail(ps, QP_ERR_STRING, NULL,
					"Expected a double-quoted string or NULL for %s %s.",
					field, where(ps, ps->p));
	}

	/* First pass: find the closing quote, check the escapes, count bytes. */
	for (s = open + 1;; len++)
	{
		if (s >= ps->end)
			return fail(ps, QP_ERR_STRING, NULL,
						"Unterminated string %s.", where(ps, open));
		if (*s == '"')
			break;
		if (*s == '\n' || *s == '\r' || *s == '\t')
			return fail(ps, QP_ERR_STRING, NULL,
						"Unescaped %s in a string %s; write it as %s.",
						*s == '\n' ? "newline" : *s == '\r' ? "carriage return" : "tab",
						where(ps, s), qp_escape(*s));
		if (*s != '\\')
		{
			s++;
			continue;
		}
		if (s + 1 >= ps->end)
			return fail(ps, QP_ERR_STRING, NULL,
						"Unterminated string %s.", where(ps, open));
		if (qp_unescape(s[1]) < 0)
		{
			unsigned char c = (unsigned char) s[1];

			if (c < 0x20 || c == 0x7f)
				return fail(ps, QP_ERR_STRING, NULL,
							"Unknown escape: a backslash followed by the control character 0x%02x %s.",
							c, where(ps, s));
			return fail(ps, QP_ERR_STRING, NULL,
						"Unknown escape \"\\%.*s\" %s.",
						(int) char_len(ps, s + 1), s + 1, where(ps, s));
		}
		s += 2;
	}

	/* Second pass: copy, resolving the escapes. */
	if ((size_t) (ps->buf_end - ps->buf) < len + 1)
		return fail(ps, QP_ERR_BUFFER, NULL, "The parse buffer is too small.");
	out = ps->buf;
	for (s = open + 1; *s != '"'; s++)
	{
		if (*s != '\\')
		{
			*out++ = *s;
			continue;
		}
		s++;
		*out++ = (char) qp_unescape(*s);	/* checked in the first pass */
	}
	*out = '\0';
	*result = ps->buf;
	*result_len = len;
	ps->buf = out + 1;
	ps->p = s + 1;
	return true;
}

static bool
parse_boolean(qp_parser *ps, const char *field, bool *result)
{
	const char *stop = token_end(ps);

	if (token_is(ps, stop, "true"))
		*result = true;
	else if (token_is(ps, stop, "false"))
		*result = false;
	else
		return fail(ps, QP_ERR_BOOLEAN, NULL,
					"Expected true or false for %s %s.",
					field, where(ps, ps->p));
	ps->p = stop;
	return true;
}

/* -?(digits[.digits]|.digits)([eE][+-]?digits)?, the forms float4out makes. */
static bool
is_decimal(const char *s)
{
	bool		digits = false;

	if (*s == '-')
		s++;
	for (; is_digit(*s); s++)
		digits = true;
	if (*s == '.')
		for (s++; is_digit(*s); s++)
			digits = true;
	if (!digits)
		return false;
	if (*s == 'e' || *s == 'E')
	{
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!is_digit(*s))
			return false;
		while (is_digit(*s))
			s++;
	}
	return *s == '\0';
}

static bool
parse_confidence(qp_parser *ps, float *result)
{
	const char *start = ps->p;
	const char *stop = token_end(ps);
	size_t		n = (size_t) (stop - start);
	char	   *token = ps->buf;
	float		val;

	/* A NUL-terminated copy for strtof, in the buffer (nothing follows it). */
	if ((size_t) (ps->buf_end - ps->buf) < n + 1)
		return fail(ps, QP_ERR_BUFFER, NULL, "The parse buffer is too small.");
	memcpy(token, start, n);
	token[n] = '\0';

	/* Only plain decimals: strtof would also take hex, NaN and infinities. */
	if (!is_decimal(token))
	{
		const char *unsigned_token = token + (*token == '-' || *token == '+');

		if (ascii_caseeq(unsigned_token, "nan") ||
			ascii_caseeq(unsigned_token, "inf") ||
			ascii_caseeq(unsigned_token, "infinity"))
			return fail(ps, QP_ERR_CONFIDENCE, NULL,
						"Confidence \"%s\" %s is not a finite number.",
						token, where(ps, start));
		return fail(ps, QP_ERR_CONFIDENCE, NULL,
					"Expected a decimal number for confidence %s.",
					where(ps, start));
	}
	errno = 0;
	val = strtof(token, NULL);
	/* As float4in: a denormal result is fine, overflow and underflow to 0 are not. */
	if (errno == ERANGE && (val == 0.0f || isinf(val)))
		return fail(ps, QP_ERR_CONFIDENCE, NULL,
					"Confidence %s %s is out of range for type real.",
					snippet(ps, start, stop), where(ps, start));
	ps->p = stop;
	*result = val;
	return true;
}

bool
quote_parse(const char *input, size_t len,
			qp_mblen_fn mblen, void *mblen_ctx,
			char *buf, size_t bufsize,
			qp_fields *f, qp_error *err)
{
	qp_parser	ps;
	const char *nul;

	memset(f, 0, sizeof(*f));
	if (err)
	{
		err->code = QP_OK;
		err->offset = 0;
		err->position = 0;
		err->detail[0] = '\0';
		err->hint = NULL;
	}
	ps.input = input;
	ps.end = input + len;
	ps.p = input;
	ps.mblen = mblen ? mblen : qp_utf8_mblen;
	ps.mblen_ctx = mblen_ctx;
	ps.buf = buf;
	ps.buf_end = buf + bufsize;
	ps.err = err;
	ps.err_at = input;

	/* PostgreSQL's callers reject NUL with the encoding check first; others may not. */
	nul = len ? memchr(input, '\0', len) : NULL;
	if (nul != NULL)
		return fail(&ps, QP_ERR_NUL, NULL,
					"The input contains a NUL byte %s.", where(&ps, nul));

	skip_space(&ps);
	if (ps.p >= ps.end)
	{
		ps.err_at = ps.end;
		return fail(&ps, QP_ERR_EMPTY, NULL, "The input is empty.");
	}

	if (!parse_key(&ps, "kind", true) ||
		!parse_kind(&ps, &f->kind) ||
		!parse_key(&ps, "span", false) ||
		!parse_span(&ps, &f->span_lower, &f->span_upper))
		return false;
	for (int i = 0; i < QP_NSTRINGS - 1; i++)
	{
		if (!parse_key(&ps, qp_string_names[i], false) ||
			!parse_string(&ps, qp_string_names[i], &f->strings[i], &f->lengths[i]))
			return false;
	}
	if (!parse_key(&ps, "is_denial", false) ||
		!parse_boolean(&ps, "is_denial", &f->is_denial) ||
		!parse_key(&ps, "denied", false) ||
		!parse_string(&ps, "denied", &f->strings[QP_NSTRINGS - 1], &f->lengths[QP_NSTRINGS - 1]) ||
		!parse_key(&ps, "confidence", false) ||
		!parse_confidence(&ps, &f->confidence))
		return false;

	skip_space(&ps);
	if (ps.p < ps.end)
		return fail(&ps, QP_ERR_TRAILING, NULL,
					"Unexpected text after the last field %s.", where(&ps, ps.p));
	return true;
}
