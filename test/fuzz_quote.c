/*
 * fuzz_quote.c — libFuzzer harness for the text form of the type quote
 * (src/quote_parse.c): arbitrary bytes through quote_parse.  A failure must
 * come with a sane error; a success, printed back with the escaping rules
 * of quote_out (qp_escape), must parse again to the same fields.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote_parse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
require(int ok, const char *what)
{
	if (!ok)
	{
		fprintf(stderr, "fuzz_quote: invariant broken: %s\n", what);
		abort();
	}
}

#define REQUIRE(cond) require((cond), #cond)

/* Append s[0..n) to out at *pos; out is sized by the caller. */
static void
put(char *out, size_t *pos, const char *s, size_t n)
{
	memcpy(out + *pos, s, n);
	*pos += n;
}

static void
put_string(char *out, size_t *pos, const char *s, size_t n)
{
	if (s == NULL)
	{
		put(out, pos, "NULL", 4);
		return;
	}
	put(out, pos, "\"", 1);
	for (size_t i = 0; i < n; i++)
	{
		const char *esc = qp_escape(s[i]);

		if (esc)
			put(out, pos, esc, strlen(esc));
		else
			put(out, pos, &s[i], 1);
	}
	put(out, pos, "\"", 1);
}

/* The text form of f, as quote_out writes it (a float with 9 digits reads back exactly). */
static char *
print_fields(const qp_fields *f, size_t *len)
{
	size_t		cap = 512;
	size_t		pos = 0;
	char	   *out;
	char		num[64];

	for (int i = 0; i < QP_NSTRINGS; i++)
		cap += 2 * f->lengths[i];
	out = malloc(cap);
	if (out == NULL)
		abort();
	pos += (size_t) snprintf(out, cap, "kind=%s span=[%d,%d) content=",
							 qp_kind_names[f->kind], (int) f->span_lower, (int) f->span_upper);
	put_string(out, &pos, f->strings[0], f->lengths[0]);
	for (int i = 1; i < QP_NSTRINGS - 1; i++)
	{
		put(out, &pos, " ", 1);
		put(out, &pos, qp_string_names[i], strlen(qp_string_names[i]));
		put(out, &pos, "=", 1);
		put_string(out, &pos, f->strings[i], f->lengths[i]);
	}
	put(out, &pos, f->is_denial ? " is_denial=true denied=" : " is_denial=false denied=",
		f->is_denial ? 23 : 24);
	put_string(out, &pos, f->strings[QP_NSTRINGS - 1], f->lengths[QP_NSTRINGS - 1]);
	snprintf(num, sizeof(num), " confidence=%.9g", (double) f->confidence);
	put(out, &pos, num, strlen(num));
	*len = pos;
	return out;
}

static void
same_fields(const qp_fields *a, const qp_fields *b)
{
	REQUIRE(a->kind == b->kind);
	REQUIRE(a->span_lower == b->span_lower && a->span_upper == b->span_upper);
	REQUIRE(a->is_denial == b->is_denial);
	REQUIRE(memcmp(&a->confidence, &b->confidence, sizeof(float)) == 0);
	for (int i = 0; i < QP_NSTRINGS; i++)
	{
		REQUIRE((a->strings[i] == NULL) == (b->strings[i] == NULL));
		REQUIRE(a->lengths[i] == b->lengths[i]);
		if (a->strings[i])
			REQUIRE(memcmp(a->strings[i], b->strings[i], a->lengths[i]) == 0);
	}
}

static void
check_error(const qp_error *err, size_t len)
{
	REQUIRE(err->code != QP_OK && err->code != QP_ERR_BUFFER);
	REQUIRE(err->offset <= len);
	REQUIRE((err->position == 0) == (err->offset == len));
	REQUIRE(memchr(err->detail, '\0', sizeof(err->detail)) != NULL);
	REQUIRE(err->detail[0] != '\0');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Exact-size copies, so ASan sees any step past the input or the buffer. */
	char	   *input = malloc(size ? size : 1);
	size_t		bufsize = quote_parse_buffer_size(size);
	char	   *buf = malloc(bufsize);
	qp_fields	f;
	qp_error	err;

	if (input == NULL || buf == NULL)
		abort();
	memcpy(input, data, size);
	if (!quote_parse(input, size, NULL, NULL, buf, bufsize, &f, &err))
		check_error(&err, size);
	else
	{
		size_t		len2;
		char	   *text2 = print_fields(&f, &len2);
		size_t		bufsize2 = quote_parse_buffer_size(len2);
		char	   *buf2 = malloc(bufsize2);
		qp_fields	f2;

		if (buf2 == NULL)
			abort();
		REQUIRE(f.kind >= 0 && f.kind < QP_NKINDS);
		if (!quote_parse(text2, len2, NULL, NULL, buf2, bufsize2, &f2, &err))
		{
			fprintf(stderr, "reprinted: %.*s\nerror: %s\n", (int) len2, text2, err.detail);
			abort();
		}
		same_fields(&f, &f2);
		free(buf2);
		free(text2);
	}
	/* The error path must not need a buffer at all. */
	quote_parse(input, size, NULL, NULL, buf, bufsize, &f, NULL);
	free(buf);
	free(input);
	return 0;
}
