/*
 * aa_text.c — the engine's small runtime: the per-call arena, growable
 * arrays, UTF-8 decoding and the character classes the scanners need.
 */
#include <limits.h>
#include <string.h>

#include "aa_internal.h"
#include "aa_swar.h"

/* ---------------------------------------------------------------- arena */

#define AA_CHUNK_MIN (64 * 1024)
#define AA_ALIGN(x) (((x) + 15) & ~(size_t) 15)

void
aa_bail(aa_arena *a, aa_status status)
{
	longjmp(*a->bail, (int) status);
}

void *
aa_alloc(aa_arena *a, size_t size)
{
	aa_chunk   *c = a->head;
	size_t		header = AA_ALIGN(sizeof(aa_chunk));
	void	   *p;

	size = AA_ALIGN(size ? size : 1);
	/* A big block always gets a chunk of its own, so that it can be given back (aa_free_big). */
	if (c == NULL || c->size - c->used < size || size > AA_CHUNK_MIN / 2)
	{
		size_t		want = size > AA_CHUNK_MIN / 2 ? size : AA_CHUNK_MIN;

		if (want > SIZE_MAX - header)
			aa_bail(a, AA_ERR_NOMEM);
		c = a->env->alloc(a->env->ctx, header + want);
		if (c == NULL)
			aa_bail(a, AA_ERR_NOMEM);
		c->size = want;
		c->used = 0;
		/* A big one-off block goes behind the current chunk so that chunk stays in use. */
		if (a->head && want != AA_CHUNK_MIN)
		{
			c->next = a->head->next;
			a->head->next = c;
		}
		else
		{
			c->next = a->head;
			a->head = c;
		}
	}
	p = (char *) c + header + c->used;
	c->used += size;
	return p;
}

void
aa_free_big(aa_arena *a, void *ptr, size_t size)
{
	size_t		header = AA_ALIGN(sizeof(aa_chunk));
	aa_chunk   *prev = NULL;

	if (ptr == NULL || AA_ALIGN(size) <= AA_CHUNK_MIN / 2)
		return;					/* small blocks share chunks: they go with the arena */
	for (aa_chunk *c = a->head; c; prev = c, c = c->next)
	{
		if ((char *) c + header != (char *) ptr)
			continue;
		if (prev)
			prev->next = c->next;
		else
			a->head = c->next;
		if (a->env->release)
			a->env->release(a->env->ctx, c);
		return;
	}
}

void *
aa_alloc0(aa_arena *a, size_t size)
{
	void	   *p = aa_alloc(a, size);

	memset(p, 0, size);
	return p;
}

char *
aa_strndup(aa_arena *a, const char *s, size_t n)
{
	char	   *p = aa_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static uint32_t
string_hash(const char *s, size_t n)
{
	uint64_t	h = aa_hash_bytes(s, n, false);

	return (uint32_t) (h ^ h >> 32);
}

/* Put an entry in a table known to have room (open addressing, linear probing). */
static aa_interned *
intern_slot(aa_strings *t, uint32_t hash, const char *s, size_t n)
{
	for (int i = (int) (hash & (uint32_t) (t->cap - 1));; i = (i + 1) & (t->cap - 1))
	{
		aa_interned *e = &t->slots[i];

		if (e->s == NULL ||
			(e->hash == hash && e->len == n && memcmp(e->s, s, n) == 0))
			return e;
	}
}

const char *
aa_intern(aa_arena *a, aa_strings *t, const char *s, size_t n)
{
	uint32_t	hash = string_hash(s, n);
	aa_interned *e;

	if (n > UINT32_MAX)
		return aa_strndup(a, s, n);
	/* at most half full: probes stay short */
	if (2 * (t->n + 1) > t->cap)
	{
		aa_strings	bigger = {NULL, t->cap ? 2 * t->cap : 64, t->n};

		if (bigger.cap < t->cap)
			aa_bail(a, AA_ERR_NOMEM);
		bigger.slots = aa_alloc0(a, sizeof(aa_interned) * (size_t) bigger.cap);
		for (int i = 0; i < t->cap; i++)
			if (t->slots[i].s)
				*intern_slot(&bigger, t->slots[i].hash, t->slots[i].s, t->slots[i].len) = t->slots[i];
		aa_free_big(a, t->slots, sizeof(aa_interned) * (size_t) t->cap);
		*t = bigger;
	}
	e = intern_slot(t, hash, s, n);
	if (e->s == NULL)
	{
		e->s = aa_strndup(a, s, n);
		e->hash = hash;
		e->len = (uint32_t) n;
		t->n++;
	}
	return e->s;
}

void
aa_tick_check(aa_arena *a)
{
	a->work_since_check = 0;
	if (a->env->keep_going && !a->env->keep_going(a->env->ctx))
		aa_bail(a, AA_ERR_CANCELLED);
}

void
aa_vec_init(aa_vec *v, size_t item_size)
{
	v->items = NULL;
	v->n = 0;
	v->cap = 0;
	v->item_size = item_size;
	v->index = NULL;
	v->index_blocks = 0;
	v->indexed_n = 0;
}

void
aa_vec_index(aa_arena *a, aa_vec *v, size_t text_len)
{
	size_t		blocks = (text_len >> AA_VEC_BLOCK_SHIFT) + 1,
				b = 0;

	if (text_len > aa_tokens_max_text)
		return;
	if (v->index == NULL || v->index_blocks != blocks)
		v->index = aa_alloc(a, sizeof(int32_t) * blocks);
	v->index_blocks = blocks;
	for (int i = 0; i < v->n; i++)
	{
		/* the blocks not yet filled whose first byte is at or before this item's key */
		size_t		last = aa_vec_key(v, i) >> AA_VEC_BLOCK_SHIFT;

		for (; b <= last && b < blocks; b++)
			v->index[b] = i;
	}
	for (; b < blocks; b++)
		v->index[b] = v->n;
	v->indexed_n = v->n;
}

/*
 * The rules ask "what is around this position" a few times per quote and
 * cue, and which way each probe goes cannot be predicted: the search keeps
 * a base and a length and picks the next base with a conditional move, not
 * a branch.  The same answer as the textbook lower bound.
 */
int
aa_vec_bisect(const aa_vec *v, size_t pos)
{
	const char *base = v->items;
	size_t		size = v->item_size;
	size_t		n = (size_t) v->n;

	if (n == 0)
		return 0;
	while (n > 1)
	{
		size_t		half = n / 2;
		const char *probe = base + half * size;

		base = *(const size_t *) probe < pos ? probe : base;
		n -= half;
	}
	return (int) ((size_t) (base - (const char *) v->items) / size) + (*(const size_t *) base < pos);
}

void
aa_vec_reserve(aa_arena *a, aa_vec *v, int cap)
{
	void	   *items;

	if (cap <= v->cap)
		return;
	if ((size_t) cap > SIZE_MAX / v->item_size)
		aa_bail(a, AA_ERR_NOMEM);
	items = aa_alloc(a, (size_t) cap * v->item_size);
	if (v->n)
		memcpy(items, v->items, (size_t) v->n * v->item_size);
	/* A big old block is given back; a small one stays in its chunk until the call ends. */
	aa_free_big(a, v->items, (size_t) v->cap * v->item_size);
	v->items = items;
	v->cap = cap;
}

void
aa_vec_init_room(aa_arena *a, aa_vec *v, size_t item_size, size_t expected)
{
	aa_vec_init(v, item_size);
	aa_vec_reserve(a, v, expected < INT_MAX - 16 ? (int) expected + 16 : INT_MAX);
}

void
aa_vec_free(aa_arena *a, aa_vec *v)
{
	aa_free_big(a, v->items, (size_t) v->cap * v->item_size);
	if (v->index)
		aa_free_big(a, v->index, v->index_blocks * sizeof(int32_t));
	aa_vec_init(v, v->item_size);
}

void
aa_vec_grow(aa_arena *a, aa_vec *v)
{
	if (v->cap > INT_MAX / 2)
		aa_bail(a, AA_ERR_NOMEM);
	aa_vec_reserve(a, v, v->cap ? v->cap * 2 : 16);
}

/* ---------------------------------------------------------------- UTF-8 */

uint32_t
aa_utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *) s + *i;
	uint32_t	c = u[0];
	size_t		n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	if (*i + n > len)
	{
		/* A sequence cut by the caller's bound: step over one byte. */
		*i += 1;
		return 0xFFFD;
	}
	*i += n;
	switch (n)
	{
		case 1:
			return c;
		case 2:
			return ((c & 0x1F) << 6) | (u[1] & 0x3F);
		case 3:
			return ((c & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		default:
			return ((c & 0x07) << 18) | ((uint32_t) (u[1] & 0x3F) << 12) |
				((uint32_t) (u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	}
}

uint32_t
aa_utf8_prev(const char *s, size_t i, size_t *start)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		p = i;
	size_t		q;

	if (i == 0)
	{
		*start = 0;
		return 0;
	}
	p--;
	while (p > 0 && (u[p] & 0xC0) == 0x80 && i - p < 4)
		p--;
	*start = p;
	q = p;
	return aa_utf8_next(s, i, &q);
}

size_t
aa_utf8_validate(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = u[i];
		size_t		n;
		uint32_t	cp;

		if (c < 0x80)
		{
			/* Fast path over ASCII, eight bytes at a time. */
			if (c == 0)
				return i;
			i++;
			while (i + 8 <= len)
			{
				uint64_t	w = aa_swar_load(u + i);

				/* a non-ASCII byte or a NUL ends the block */
				if ((w & AA_SWAR_HIGHS) || aa_swar_equal(w, 0))
					break;
				i += 8;
			}
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 2;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 3;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 4;
		else
			return i;
		if (i + n > len)
			return i;
		for (size_t k = 1; k < n; k++)
			if ((u[i + k] & 0xC0) != 0x80)
				return i;
		if (n == 3)
		{
			cp = ((uint32_t) (c & 0x0F) << 12) | ((uint32_t) (u[i + 1] & 0x3F) << 6);
			if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
				return i;
		}
		else if (n == 4)
		{
			cp = ((uint32_t) (c & 0x07) << 18) | ((uint32_t) (u[i + 1] & 0x3F) << 12);
			if (cp < 0x10000 || cp > 0x10FFFF)
				return i;
		}
		i += n;
	}
	return len;
}

/* ---------------------------------------------------------------- classes */

/* Latin-1 Supplement and Latin Extended-A/B letters are enough for names in news. */
bool
aa_is_wide_letter(uint32_t c)
{
	if (c >= 0xC0 && c <= 0x24F)
		return c != 0xD7 && c != 0xF7;
	if (c >= 0x370 && c <= 0x3FF)	/* Greek */
		return true;
	if (c >= 0x400 && c <= 0x52F)	/* Cyrillic */
		return true;
	return c >= 0x1E00 && c <= 0x1EFF;	/* Latin Extended Additional */
}

bool
aa_is_wide_upper(uint32_t c)
{
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F)
		return (c & 1) == 0;
	if (c >= 0x391 && c <= 0x3AB)
		return true;
	if (c >= 0x400 && c <= 0x42F)
		return true;
	return false;
}

bool
aa_is_wide_space(uint32_t c)
{
	return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
		c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool
aa_is_quote_char(uint32_t c)
{
	return c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB ||
		c == 0x2039 || c == 0x203A;
}

bool
aa_is_dash(uint32_t c)
{
	return c == '-' || (c >= 0x2010 && c <= 0x2015);
}

/* ---------------------------------------------------------------- offsets */

/*
 * aa_find_bytes for one shape of target set, sixteen bytes at a time with
 * SSE2, then eight:
 * targets 4 (a b c d), 3 (c == d) or 2 + high (c and d both above 0x7F:
 * every non-ASCII byte is a candidate, checked one by one, which costs less
 * than two more comparisons in mostly ASCII text).  A mark may also fall on
 * bytes after a true one (the borrow), never before it, and candidates are
 * checked, so the first match is exact.
 */
static inline size_t
find_bytes_shaped(const unsigned char *u, size_t from, size_t to, int shape,
				  unsigned char a, unsigned char b, unsigned char c, unsigned char d)
{
	size_t		i = from;

#if AA_SSE2
	/* sixteen bytes a step where SSE2 is (every x86-64): the flags are exact, one bit a byte */
	{
		const __m128i va = _mm_set1_epi8((char) a),
					vb = _mm_set1_epi8((char) b),
					vc = _mm_set1_epi8((char) c),
					vd = _mm_set1_epi8((char) d);

		for (; i + 16 <= to; i += 16)
		{
			__m128i		x = _mm_loadu_si128((const __m128i *) (u + i));
			__m128i		eq = _mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb));
			unsigned int found;

			if (shape == 4)
				eq = _mm_or_si128(eq, _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
			else if (shape == 3)
				eq = _mm_or_si128(eq, _mm_cmpeq_epi8(x, vc));
			found = (unsigned int) _mm_movemask_epi8(eq);
			if (shape == 2)
				found |= (unsigned int) _mm_movemask_epi8(x);	/* every non-ASCII byte, checked below */
			for (; found; found &= found - 1)
			{
				size_t		j = i + (size_t) __builtin_ctz(found);

				if (u[j] == a || u[j] == b || u[j] == c || u[j] == d)
					return j;
			}
		}
	}
#endif
	for (; i + 8 <= to; i += 8)
	{
		uint64_t	x = aa_swar_load(u + i);
		uint64_t	found = aa_swar_equal(x, a) | aa_swar_equal(x, b);

		if (shape == 4)
			found |= aa_swar_equal(x, c) | aa_swar_equal(x, d);
		else if (shape == 3)
			found |= aa_swar_equal(x, c);
		else
			found |= x & AA_SWAR_HIGHS;
		if (found == 0)
			continue;
#if AA_SWAR
		for (; found; found &= found - 1)
		{
			size_t		j = i + aa_swar_first(found);

			if (u[j] == a || u[j] == b || u[j] == c || u[j] == d)
				return j;
		}
#else
		break;
#endif
	}
	for (; i < to; i++)
		if (u[i] == a || u[i] == b || u[i] == c || u[i] == d)
			return i;
	return to;
}

size_t
aa_find_bytes(const char *text, size_t from, size_t to,
			  unsigned char a, unsigned char b, unsigned char c, unsigned char d)
{
	const unsigned char *u = (const unsigned char *) text;

	if (c >= 0x80 && d >= 0x80)
		return find_bytes_shaped(u, from, to, 2, a, b, c, d);
	if (c == d)
		return find_bytes_shaped(u, from, to, 3, a, b, c, d);
	return find_bytes_shaped(u, from, to, 4, a, b, c, d);
}

/*
 * Characters in text[from, to): the bytes that are no continuation byte
 * (10xxxxxx), sixteen at a time with SSE2, then eight.
 */
static int64_t
count_chars(const char *text, size_t from, size_t to)
{
	const unsigned char *u = (const unsigned char *) text;
	int64_t		n = 0;
	size_t		i = from;

#if AA_SSE2
	/* sixteen bytes a step: each lane counts up to 255 steps, then the lanes are summed */
	while (i + 16 <= to)
	{
		__m128i		counts = _mm_setzero_si128();
		size_t		stop = to - i > 16 * 255 ? i + 16 * 255 : to;
		__m128i		sums;

		for (; i + 16 <= stop; i += 16)
		{
			__m128i		x = _mm_loadu_si128((const __m128i *) (u + i));

			/* not a continuation byte (0x80 to 0xBF, -128 to -65 signed): add 1 (the compare gives -1) */
			counts = _mm_sub_epi8(counts, _mm_cmpgt_epi8(x, _mm_set1_epi8(-65)));
		}
		sums = _mm_sad_epu8(counts, _mm_setzero_si128());
		n += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
	}
#endif
	for (; i + 8 <= to; i += 8)
	{
		uint64_t	x = aa_swar_load(u + i);

		/* bit 7 set and bit 6 clear in a byte: a continuation byte; the sum of those bits by a multiply */
		x = (x & ~(x << 1) & AA_SWAR_HIGHS) >> 7;
		n += 8 - (int64_t) ((x * AA_SWAR_ONES) >> 56);
	}
	for (; i < to; i++)
		n += (u[i] & 0xC0) != 0x80;
	return n;
}

size_t
aa_utf8_count(const char *text, size_t len)
{
	return (size_t) count_chars(text, 0, len);
}

int64_t
aa_char_offset(aa_charpos *cp, size_t byte)
{
	if (byte >= cp->byte)
		cp->chars += count_chars(cp->text, cp->byte, byte);
	else
		cp->chars -= count_chars(cp->text, byte, cp->byte);
	cp->byte = byte;
	return cp->chars;
}
