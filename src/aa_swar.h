/*
 * aa_swar.h — byte classes found eight bytes at a time.
 *
 * The linear passes over an article spend most of their time stepping over
 * bytes that do not interest them (letters inside a word, lower-case text
 * between capitals).  These helpers test eight bytes per step with 64-bit
 * arithmetic and locate the first byte of interest by counting trailing
 * zeros, which needs a little-endian machine and GCC's or Clang's builtin;
 * elsewhere (or built with -DAA_NO_SWAR) they step byte by byte, with the
 * same results.  Where SSE2 is (AA_SSE2), the scans that gain from it read
 * sixteen bytes, or 64 as four masks, and aa_runs reads runs off such masks.
 *
 * Each aa_*_end / aa_capital_or_high returns the first i in [from, to)
 * whose byte is of the class named, or to.
 */
#ifndef AA_SWAR_H
#define AA_SWAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if !defined(AA_NO_SWAR) && defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define AA_SWAR 1
#else
#define AA_SWAR 0
#endif

/* SSE2, part of every x86-64, for the scans that gain from sixteen bytes a step. */
#if AA_SWAR && !defined(AA_NO_SSE2) && defined(__SSE2__)
#define AA_SSE2 1
#include <emmintrin.h>
#else
#define AA_SSE2 0
#endif

#define AA_SWAR_ONES UINT64_C(0x0101010101010101)
#define AA_SWAR_HIGHS UINT64_C(0x8080808080808080)

static inline uint64_t
aa_swar_load(const unsigned char *u)
{
	uint64_t	x;

	memcpy(&x, u, 8);
	return x;
}

/* Bit 7 of each byte of x that is an ASCII byte in [lo, hi]. */
static inline uint64_t
aa_swar_in_range(uint64_t x, unsigned char lo, unsigned char hi)
{
	uint64_t	low7 = x & ~AA_SWAR_HIGHS;

	/* low7 + (0x80 - lo) carries into bit 7 from lo on; no byte overflows into the next */
	return (low7 + (0x80 - lo) * AA_SWAR_ONES) & ~(low7 + (0x80 - hi - 1) * AA_SWAR_ONES) & ~x & AA_SWAR_HIGHS;
}

/*
 * Bit 7 of each byte of x that equals byte (x ^ byte has a zero byte
 * there); the borrow may also mark bytes after one that does, never before.
 */
static inline uint64_t
aa_swar_equal(uint64_t x, unsigned char byte)
{
	uint64_t	v = x ^ (AA_SWAR_ONES * byte);

	return (v - AA_SWAR_ONES) & ~v & AA_SWAR_HIGHS;
}

#if AA_SWAR
/* Index of the byte whose bit 7 is the lowest set in flagged (not 0). */
static inline size_t
aa_swar_first(uint64_t flagged)
{
	return (size_t) __builtin_ctzll(flagged) >> 3;
}

/*
 * Runs of bytes of one class in a text read 64 bytes a step: each step's
 * mask (bit j: byte j of the step is of the class) gives the runs' starts
 * and ends in it; a run still open at the step's end goes on in the next.
 */
typedef struct aa_runs
{
	uint64_t	starts;			/* of this step, not yet read */
	uint64_t	ends;
	bool		in;				/* a run is open, from start */
	size_t		start;
} aa_runs;

static inline void
aa_runs_step(aa_runs *r, uint64_t member)
{
	uint64_t	inside = (member << 1) | (r->in ? 1 : 0);	/* bit j: byte j - 1 is in a run */

	r->starts = member & ~inside;
	r->ends = ~member & inside;
}

/* The next run that ends in the step at byte base: [*start, *end), or false when none is left. */
static inline bool
aa_runs_next(aa_runs *r, size_t base, size_t *start, size_t *end)
{
	if (!r->in)
	{
		if (r->starts == 0)
			return false;
		r->start = base + (size_t) __builtin_ctzll(r->starts);
		r->starts &= r->starts - 1;
		r->in = true;
	}
	if (r->ends == 0)
		return false;
	*start = r->start;
	*end = base + (size_t) __builtin_ctzll(r->ends);
	r->ends &= r->ends - 1;
	r->in = false;
	return true;
}
#endif

/*
 * The first i in [from, to) where is_byte(u[i]); flag8 gives bit 7 of each
 * byte of an 8-byte block that is_byte accepts (bits above the lowest may be
 * spurious: only the lowest is read).  Both are constant at every call, so
 * the compiler inlines them.
 */
static inline size_t
aa_swar_find(const unsigned char *u, size_t from, size_t to,
			 uint64_t (*flag8) (uint64_t), bool (*is_byte) (unsigned char))
{
	size_t		i = from;

#if AA_SWAR
	for (; i + 8 <= to; i += 8)
	{
		uint64_t	flagged = flag8(aa_swar_load(u + i));

		if (flagged)
			return i + aa_swar_first(flagged);
	}
#else
	(void) flag8;
#endif
	for (; i < to; i++)
		if (is_byte(u[i]))
			return i;
	return to;
}

/* An ASCII space or control character, or a byte that is not ASCII. */
static inline bool
aa_byte_not_printable(unsigned char c)
{
	return c <= 0x20 || c >= 0x80;
}

static inline uint64_t
aa_flag8_not_printable(uint64_t x)
{
	/*
	 * Below 0x21 (the subtraction borrows) or above 0x7F.  A borrow can only
	 * mark bytes after the first one marked, so the lowest mark is exact.
	 */
	return ((x - 0x21 * AA_SWAR_ONES) | x) & AA_SWAR_HIGHS;
}

static inline size_t
aa_printable_ascii_end(const unsigned char *u, size_t from, size_t to)
{
	return aa_swar_find(u, from, to, aa_flag8_not_printable, aa_byte_not_printable);
}

/* A byte's letter, 0 to 25 (either case), or 26 or more for any byte that is no ASCII letter. */
static inline unsigned
aa_letter_index(unsigned char c)
{
	return (unsigned char) ((c | 0x20) - 'a');
}

/* A byte that is no ASCII letter. */
static inline bool
aa_byte_not_letter(unsigned char c)
{
	return aa_letter_index(c) >= 26;
}

static inline uint64_t
aa_flag8_not_letter(uint64_t x)
{
	return ~aa_swar_in_range(x | 0x20 * AA_SWAR_ONES, 'a', 'z') & AA_SWAR_HIGHS;
}

static inline size_t
aa_ascii_letters_end(const unsigned char *u, size_t from, size_t to)
{
	return aa_swar_find(u, from, to, aa_flag8_not_letter, aa_byte_not_letter);
}

/* An ASCII capital or a byte that is not ASCII (a superset of what may start a capitalised word). */
static inline bool
aa_byte_capital_or_high(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static inline uint64_t
aa_flag8_capital_or_high(uint64_t x)
{
	return aa_swar_in_range(x, 'A', 'Z') | (x & AA_SWAR_HIGHS);
}

static inline size_t
aa_capital_or_high(const unsigned char *u, size_t from, size_t to)
{
	return aa_swar_find(u, from, to, aa_flag8_capital_or_high, aa_byte_capital_or_high);
}

/* A load of fixed size is one instruction; memcpy with a variable size is a call. */
static inline uint64_t
aa_load_fixed(const char *p, size_t size)
{
	uint32_t	v32;
	uint16_t	v16;

	if (size == 4)
	{
		memcpy(&v32, p, 4);
		return v32;
	}
	memcpy(&v16, p, 2);
	return v16;
}

/*
 * Bytes w[0..n), 1 <= n <= 8, as a little-endian value with zeros above:
 * two overlapping loads of fixed size (the overlap holds the same bytes).
 */
static inline uint64_t
aa_load_le(const char *w, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	uint64_t	x = 0;

	for (size_t i = 0; i < n; i++)
		x |= (uint64_t) (unsigned char) w[i] << (8 * i);
	return x;
#else
	if (n >= 4)
		return aa_load_fixed(w, 4) | aa_load_fixed(w + n - 4, 4) << (8 * (n - 4));
	if (n >= 2)
		return aa_load_fixed(w, 2) | aa_load_fixed(w + n - 2, 2) << (8 * (n - 2));
	return (unsigned char) w[0];
#endif
}

/* Eight bytes with their ASCII capitals folded to lower case. */
static inline uint64_t
aa_fold_ascii(uint64_t x)
{
	/* bit 7 of each capital moved to bit 5: the lower-case letter */
	return x | (aa_swar_in_range(x, 'A', 'Z') >> 2);
}

/*
 * A word of at most 8 bytes folded to lower case (ASCII) in one 64-bit
 * value, bytes past the word zero: most words are that short, and then
 * hashing and comparing take a few instructions instead of a loop.
 */
static inline uint64_t
aa_fold8(const char *w, size_t n)
{
	return aa_fold_ascii(aa_load_le(w, n));
}

/* aa_load_le of eight bytes: one load (aa_swar_load) where the machine is little-endian. */
static inline uint64_t
aa_load_le8(const char *w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return aa_load_le(w, 8);
#else
	return aa_swar_load((const unsigned char *) w);
#endif
}

/* One step of aa_hash_bytes: up to eight bytes, maybe folded, mixed in by a multiply. */
static inline uint64_t
aa_hash_mix(uint64_t h, uint64_t x, bool fold)
{
	h = (h ^ (fold ? aa_fold_ascii(x) : x)) * UINT64_C(0x9E3779B97F4A7C15);
	return h ^ h >> 29;
}

/*
 * A 64-bit hash of s[0..n): eight bytes mixed in per multiply, the last one
 * to eight at once; with fold, ASCII case is ignored.  The interned
 * strings, the entities' surnames and the lexicon's long words use it.
 */
static inline uint64_t
aa_hash_bytes(const char *s, size_t n, bool fold)
{
	uint64_t	h = n;
	size_t		i = 0;

	for (; n - i > 8; i += 8)
		h = aa_hash_mix(h, aa_load_le8(s + i), fold);
	if (n > i)
		h = aa_hash_mix(h, aa_load_le(s + i, n - i), fold);
	return h;
}

#endif							/* AA_SWAR_H */
