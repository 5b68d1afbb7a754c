/*
 * fuzz_check.h — run the engine on arbitrary bytes and check what comes out.
 *
 * Shared by the libFuzzer harness (test/fuzz_engine.c) and the replay of
 * saved inputs (test/fuzz_replay.c), so a regression file is checked exactly
 * as the fuzzer checked it.  Every allocation is its own malloc block, so
 * ASan and valgrind see any read past a string or a table; the blocks are
 * freed after each run.  A broken invariant prints what broke and aborts.
 */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aa_engine.h"
#include "aa_internal.h"			/* aa_tokens_max_text, aa_sse2_steps, aa_subject_memos, aa_letter_patterns */

typedef struct fc_block
{
	struct fc_block *next;
	struct fc_block *prev;
	double		align;			/* keeps the payload aligned like malloc's */
} fc_block;

static fc_block *fc_blocks;

static void *
fc_alloc(void *ctx, size_t size)
{
	fc_block   *b;

	(void) ctx;
	b = malloc(sizeof(fc_block) + size);
	if (b == NULL)
		return NULL;
	b->next = fc_blocks;
	b->prev = NULL;
	if (fc_blocks)
		fc_blocks->prev = b;
	fc_blocks = b;
	return b + 1;
}

/*
 * The engine gives back some blocks early: free them for real, so that the
 * sanitizers see any later use of them.
 */
static void
fc_release(void *ctx, void *ptr)
{
	fc_block   *b;

	(void) ctx;
	if (ptr == NULL)
		return;
	b = (fc_block *) ptr - 1;
	if (b->prev)
		b->prev->next = b->next;
	else
		fc_blocks = b->next;
	if (b->next)
		b->next->prev = b->prev;
	free(b);
}

static bool
fc_keep_going(void *ctx)
{
	(void) ctx;
	return true;
}

static void
fc_free_all(void)
{
	while (fc_blocks)
	{
		fc_block   *n = fc_blocks->next;

		free(fc_blocks);
		fc_blocks = n;
	}
}

static void
fc_fail(const char *what, long a, long b)
{
	fprintf(stderr, "fuzz_check: invariant broken: %s (%ld, %ld)\n", what, a, b);
	abort();
}

#define FC_REQUIRE(cond, a, b) do { if (!(cond)) fc_fail(#cond, (long) (a), (long) (b)); } while (0)

/*
 * Length of the valid UTF-8 sequence at s (at most n bytes), or 0 when it is
 * not valid.  As strict as PostgreSQL's pg_utf8_islegal: no overlong forms,
 * no surrogates, nothing above U+10FFFF, no NUL (a text value has none).
 * Written apart from the engine's aa_utf8_validate on purpose: the check
 * below compares the engine with this, not with itself.
 */
static size_t
fc_utf8_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t		len;
	unsigned char lo = 0x80,
				hi = 0xBF;

	if (c == 0)
		return 0;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2;
	else if (c >= 0xE0 && c <= 0xEF)
	{
		len = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		len = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	}
	else
		return 0;
	if (n < len)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return len;
}

/* Bytes of valid UTF-8 at the start of s. */
static size_t
fc_utf8_valid_prefix(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		l = fc_utf8_len(s + i, n - i);

		if (l == 0)
			break;
		i += l;
	}
	return i;
}

static bool
fc_is_continuation(unsigned char c)
{
	return c >= 0x80 && c <= 0xBF;
}

/* A result string: NUL-terminated (ASan catches a missing NUL) and valid UTF-8. */
static void
fc_check_string(const char *s)
{
	size_t		n;

	if (s == NULL)
		return;
	n = strlen(s);
	FC_REQUIRE(fc_utf8_valid_prefix((const unsigned char *) s, n) == n, n, 0);
}

static bool
fc_same_string(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/*
 * The engine finds an article's words once, in a table, when the article
 * is short enough (aa_tokenize), and walks them one by one otherwise; its
 * linear scans read 64 bytes a step where they can (aa_sse2_steps) and a
 * byte at a time otherwise; a cue's subject is remembered for the next
 * rule that asks (aa_subject_memos); the denial lists are matched by first
 * letter (aa_letter_patterns).  The fast ways and the plain ones must give
 * the same result to the byte.
 */
static void
fc_check_same_without_shortcuts(const uint8_t *data, size_t len, const aa_result *r)
{
	aa_env		env = {fc_alloc, fc_release, fc_keep_going, NULL};
	aa_result	w;
	size_t		saved = aa_tokens_max_text;
	aa_status	st;

	memset(&w, 0, sizeof(w));
	aa_tokens_max_text = 0;
	aa_sse2_steps = false;
	aa_subject_memos = false;
	aa_letter_patterns = false;
	st = aa_extract((const char *) data, len, &env, &w);
	aa_tokens_max_text = saved;
	aa_sse2_steps = true;
	aa_subject_memos = true;
	aa_letter_patterns = true;
	FC_REQUIRE(st == AA_OK, st, 0);
	FC_REQUIRE(w.n_quotes == r->n_quotes, w.n_quotes, r->n_quotes);
	FC_REQUIRE(w.n_speakers == r->n_speakers, w.n_speakers, r->n_speakers);
	for (int i = 0; i < r->n_quotes; i++)
	{
		const aa_quote *a = &r->quotes[i],
				   *b = &w.quotes[i];

		FC_REQUIRE(a->kind == b->kind && a->byte_start == b->byte_start && a->byte_end == b->byte_end,
				   i, b->byte_start);
		FC_REQUIRE(a->is_denial == b->is_denial && a->confidence == b->confidence &&
				   a->speaker_id == b->speaker_id, i, b->speaker_id);
		FC_REQUIRE(fc_same_string(a->speaker, b->speaker) && fc_same_string(a->mention, b->mention) &&
				   fc_same_string(a->role, b->role) && fc_same_string(a->cue, b->cue) &&
				   fc_same_string(a->denied, b->denied), i, 0);
	}
	for (int i = 0; i < r->n_speakers; i++)
	{
		const aa_speaker *a = &r->speakers[i],
				   *b = &w.speakers[i];

		FC_REQUIRE(fc_same_string(a->name, b->name) && fc_same_string(a->role, b->role), i, 0);
		FC_REQUIRE(a->quotes == b->quotes && a->denials == b->denials && a->n_mentions == b->n_mentions,
				   i, b->n_mentions);
		for (int m = 0; m < a->n_mentions; m++)
			FC_REQUIRE(fc_same_string(a->mentions[m], b->mentions[m]), i, m);
	}
}

/*
 * Run the engine on data[0..len) and check its result.  Inputs above the
 * engine's limit are not expected here (the fuzzers cap the length).
 */
static void
fc_run_and_check(const uint8_t *data, size_t len)
{
	aa_env		env = {fc_alloc, fc_release, fc_keep_going, NULL};
	aa_result	r;
	aa_status	st;
	size_t		valid = fc_utf8_valid_prefix(data, len);
	/* chars[i]: characters in data[0..i), for i on a character boundary */
	int64_t    *chars = NULL;
	size_t		prev_start = 0,
				prev_end = 0;

	memset(&r, 0, sizeof(r));
	/* The engine does not promise a NUL after the text, so give it none. */
	st = aa_extract((const char *) data, len, &env, &r);

	if (valid < len)
	{
		/* PostgreSQL never passes invalid text; the engine must still refuse it. */
		FC_REQUIRE(st == AA_ERR_BAD_UTF8, st, valid);
		FC_REQUIRE(r.error_offset <= len, r.error_offset, len);
		fc_free_all();
		return;
	}
	/* Valid text must never be called invalid. */
	FC_REQUIRE(st == AA_OK, st, len);
	FC_REQUIRE(r.n_quotes >= 0 && r.n_speakers >= 0, r.n_quotes, r.n_speakers);
	FC_REQUIRE(r.n_quotes == 0 || r.quotes != NULL, r.n_quotes, 0);
	FC_REQUIRE(r.n_speakers == 0 || r.speakers != NULL, r.n_speakers, 0);

	chars = malloc((len + 1) * sizeof(int64_t));
	if (chars == NULL)
		abort();
	{
		int64_t		c = 0;

		for (size_t i = 0; i <= len; i++)
		{
			if (i < len && fc_is_continuation(data[i]))
			{
				chars[i] = -1;	/* not a boundary */
				continue;
			}
			chars[i] = c;
			if (i < len)
				c++;
		}
	}

	for (int i = 0; i < r.n_quotes; i++)
	{
		const aa_quote *q = &r.quotes[i];

		FC_REQUIRE(q->kind >= AA_DIRECT && q->kind <= AA_INDIRECT, i, q->kind);
		FC_REQUIRE(q->byte_start <= q->byte_end, q->byte_start, q->byte_end);
		FC_REQUIRE(q->byte_end <= len, q->byte_end, len);
		/* Content is sliced out of the text: both ends on character boundaries. */
		FC_REQUIRE(chars[q->byte_start] >= 0, i, q->byte_start);
		FC_REQUIRE(chars[q->byte_end] >= 0, i, q->byte_end);
		FC_REQUIRE(q->char_start == chars[q->byte_start], q->char_start, chars[q->byte_start]);
		FC_REQUIRE(q->char_end == chars[q->byte_end], q->char_end, chars[q->byte_end]);
		/* Text order: by start, then by end. */
		FC_REQUIRE(i == 0 || q->byte_start >= prev_start, q->byte_start, prev_start);
		FC_REQUIRE(i == 0 || q->byte_start > prev_start || q->byte_end >= prev_end, q->byte_end, prev_end);
		prev_start = q->byte_start;
		prev_end = q->byte_end;
		fc_check_string(q->speaker);
		fc_check_string(q->mention);
		fc_check_string(q->role);
		fc_check_string(q->cue);
		fc_check_string(q->denied);
		/* What quote_make would refuse would be an ERROR for a user. */
		FC_REQUIRE(q->is_denial || q->denied == NULL, i, q->is_denial);
		FC_REQUIRE(q->confidence >= 0.0f && q->confidence <= 1.0f, i, (long) (q->confidence * 1000));
		FC_REQUIRE(q->speaker_id >= -1 && q->speaker_id < r.n_speakers, q->speaker_id, r.n_speakers);
	}
	for (int i = 0; i < r.n_speakers; i++)
	{
		const aa_speaker *s = &r.speakers[i];

		fc_check_string(s->name);
		fc_check_string(s->role);
		FC_REQUIRE(s->n_mentions >= 0, i, s->n_mentions);
		FC_REQUIRE(s->n_mentions == 0 || s->mentions != NULL, i, s->n_mentions);
		for (int m = 0; m < s->n_mentions; m++)
		{
			FC_REQUIRE(s->mentions[m] != NULL, i, m);
			fc_check_string(s->mentions[m]);
		}
		FC_REQUIRE(s->quotes >= 0 && s->denials >= 0 && s->denials <= s->quotes, s->quotes, s->denials);
	}
	fc_check_same_without_shortcuts(data, len, &r);
	free(chars);
	fc_free_all();
}

#endif							/* FUZZ_CHECK_H */
