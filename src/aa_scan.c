/*
 * aa_scan.c — the one pass over the words of an article.
 *
 * Most of an article is neither a quotation mark nor a cue, so the engine
 * looks at every word once, cheaply: a word is a run of letters, and a
 * 3 KB bit filter keyed on its length and first, second and last letters
 * tells in a few instructions whether it could be a cue or a denial hint
 * at all.  Where the token table is, the scan goes by its tokens, most of
 * which are one word of ASCII letters.  Only
 * words that pass go to the lexicon's hash table, and only cue words go to
 * the anchored PCRE2 cue pattern, which gives the cue's exact extent
 * ("called for", "according to").  Everything after this works from the
 * sorted positions it records.
 */
#include <string.h>

#include "aa_internal.h"
#include "aa_swar.h"

#define FILTER_LEN 16			/* words longer than this are no cue nor hint */

/*
 * In word_shapes[len][first], bit `second` is set when some cue or hint
 * word has that shape, and bit LAST_BITS + `last` when one ends so (26 for
 * a last byte that is no ASCII letter): one load for both tests.  Both must
 * be set for a word to be looked up: the last letter turns away "Clinton"
 * (not "claimed"), "his" (not "hit"), "campaign" and most other words the
 * first two let pass (89,508 look-ups per 2 MB of news became 41,834, for
 * the same 14,815 words in the lists).
 */
#define LAST_BITS 32
#define SCAN_CHUNK 256			/* tokens picked at a time by scan_tokens */
static uint64_t word_shapes[FILTER_LEN][32];	/* 26 to 31: no letter, nothing set */
static bool filter_ready = false;

/* The ASCII letters: the scan's test of every byte between words, by table. */
static bool ascii_letter[256];

static void
ascii_letters_init(void)
{
	for (int c = 0; c < 256; c++)
		ascii_letter[c] = !aa_byte_not_letter((unsigned char) c);
}

/* The bit of a word's last byte in word_shapes: its letter's, or 26 for no letter, above LAST_BITS. */
static inline uint64_t
last_bit(unsigned char c)
{
	unsigned	k = aa_letter_index(c);

	return (uint64_t) 1 << (LAST_BITS + (k < 26 ? k : 26));
}

static void
filter_add(const char *w)
{
	size_t		n = strlen(w);
	unsigned	a,
				b;
	const char *sp = strchr(w, ' ');

	if (sp)
		n = (size_t) (sp - w);	/* a phrase: its first word */
	if (n < 2 || n >= FILTER_LEN)
		return;
	a = aa_letter_index((unsigned char) w[0]);
	b = aa_letter_index((unsigned char) w[1]);
	if (a >= 26 || b >= 26)
		return;
	word_shapes[n][a] |= ((uint64_t) 1 << b) | last_bit((unsigned char) w[n - 1]);
}

static void
filter_init(void)
{
	if (filter_ready)
		return;
	memset(word_shapes, 0, sizeof(word_shapes));
	ascii_letters_init();
	for (const char *const *const *list = aa_lex_cue_lists(); *list; list++)
		for (const char *const *w = *list; *w; w++)
			filter_add(*w);
	for (int part = 0; part < 2; part++)
		for (const char *const *w = aa_lex_denial_hints(part == 1); *w; w++)
			filter_add(*w);
	for (const char *const *w = aa_lex_prepositional_cues(); *w; w++)
		filter_add(*w);
	filter_ready = true;
}

/* Bytes that continue a word: ASCII letters, and non-ASCII letters (not the
 * punctuation block U+2000..U+206F nor Latin-1 punctuation and spaces). */
static inline bool
word_byte(const unsigned char *t, size_t i, size_t len)
{
	unsigned char c = t[i];

	if (c < 0x80)
		return !aa_byte_not_letter(c);
	if (c == 0xE2 && i + 1 < len && (t[i + 1] == 0x80 || t[i + 1] == 0x81))
		return false;
	if (c == 0xC2)
		return false;
	return true;
}

/*
 * Do the word [start, end) and the next, after one space, make the first two
 * words of a phrasal cue ("took issue", "according to")?  The lexicon holds
 * each such pair (lex_add_phrase_heads).
 */
static bool
phrase_pair_at(const aa_doc *doc, size_t start, size_t end)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		next;
	char		pair[40];

	if (end >= doc->len)
		return false;
	if (t[end] == ' ')
	{
		next = aa_ascii_letters_end(t, end + 1, doc->len);
		return next > end + 1 && (aa_lex_word(doc->text + start, next - start) & LX_PHRASE_HEAD) != 0;
	}
	/* "issued a statement" with a no-break space (C2 A0): the pair is looked up with a space */
	if (t[end] != 0xC2 || end + 1 >= doc->len || t[end + 1] != 0xA0)
		return false;
	next = aa_ascii_letters_end(t, end + 2, doc->len);
	if (next == end + 2 || next - start - 1 > sizeof(pair))
		return false;
	memcpy(pair, doc->text + start, end - start);
	pair[end - start] = ' ';
	memcpy(pair + (end - start) + 1, doc->text + end + 2, next - end - 2);
	return (aa_lex_word(pair, next - start - 1) & LX_PHRASE_HEAD) != 0;
}

/* The end of the word bytes from i on (word_byte): ASCII letters eight at a time, other bytes one by one. */
static inline size_t
word_end(const unsigned char *t, size_t i, size_t len)
{
	for (;;)
	{
		i = aa_ascii_letters_end(t, i, len);
		/* an ASCII byte here is no letter: the word ends */
		if (i >= len || t[i] < 0x80 || !word_byte(t, i, len))
			return i;
		i++;
	}
}

static void
record(aa_doc *doc, aa_vec *v, size_t start, size_t end)
{
	aa_match   *m = AA_VEC_PUSH(doc->arena, v, aa_match);

	m->start = start;
	m->end = end;
}

/* Is the word [start, i) a negation ("didn't", "wasn’t"): "n" then an apostrophe and "t"? */
static inline bool
negation_at(const unsigned char *t, size_t len, size_t i)
{
	return t[i - 1] == 'n' && i + 1 < len &&
		((t[i] == '\'' && t[i + 1] == 't') ||
		 (t[i] == 0xE2 && i + 3 < len && t[i + 1] == 0x80 && t[i + 2] == 0x99 && t[i + 3] == 't'));
}

/*
 * 1 when the n bytes from start (n > 0, the first a letter for the answer
 * to count) have the shape of a listed word (the filters), else 0; without
 * a branch, as the answer cannot be predicted.  Lengths the filters do not
 * hold read row 0, and bytes that are no letter bits no word sets, both
 * empty.
 */
static inline unsigned
shape_bit(const unsigned char *t, size_t start, size_t n)
{
	uint64_t	shapes = word_shapes[n < FILTER_LEN ? n : 0][aa_letter_index(t[start]) & 31];
	unsigned	second = aa_letter_index(t[start + (n > 1)]) & 31,
				last = aa_letter_index(t[start + n - 1]);

	return (unsigned) (shapes >> second & shapes >> (LAST_BITS + (last < 26 ? last : 26)) & 1);
}

/*
 * Could the word [start, i), a run of word bytes that starts with an ASCII
 * letter, be one the scan records?  The test of every word, inline; only
 * the few that pass are looked up (scan_word).
 */
static inline bool
word_may_matter(const unsigned char *t, size_t len, size_t start, size_t i)
{
	return shape_bit(t, start, i - start) != 0 || negation_at(t, len, i);
}

/*
 * A word that passed word_may_matter: recorded when it is a negation, a
 * denial hint, a falsity label's word or a cue.
 */
static void
record_word(aa_doc *doc, size_t start, size_t i, uint32_t classes)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		len = doc->len;
	aa_match	m;

	/* a negation, whatever the filter says of "didn"; "isn't" may start a falsity label */
	if (negation_at(t, len, i))
	{
		*AA_VEC_PUSH(doc->arena, &doc->hints, size_t) = start;
		if (classes & LX_FALSITY_HINT)
			*AA_VEC_PUSH(doc->arena, &doc->labels, size_t) = start;
		return;
	}
	if (classes & LX_DENIAL_HINT)
		*AA_VEC_PUSH(doc->arena, &doc->hints, size_t) = start;
	if (classes & LX_FALSITY_HINT)
		*AA_VEC_PUSH(doc->arena, &doc->labels, size_t) = start;
	/*
	 * A one-word cue is the word; only the head of a phrasal cue ("called
	 * for", "according to") needs the pattern to say where the cue ends.
	 */
	if ((classes & LX_PHRASE_HEAD) && phrase_pair_at(doc, start, i) &&
		aa_pattern_find(doc, PAT_CUE, start, len < start + 64 ? len : start + 64, &m))
		record(doc, &doc->candidates, m.start, m.end);
	else if ((classes & LX_REPORT_VERB) && !(i < len && (t[i] == '-' || t[i] == '\'')))
		record(doc, &doc->candidates, start, i);
	aa_tick(doc->arena, 64);
}

static void
scan_word(aa_doc *doc, size_t start, size_t i)
{
	record_word(doc, start, i, aa_lex_word(doc->text + start, i - start));
}

#if AA_SSE2
/*
 * Bit j: byte j of u[0, 64) is a word byte (word_byte), but for the bytes
 * of a no-break space or Latin-1 punctuation (C2 xx) or of a character of
 * the punctuation block (E2 80 xx, E2 81 xx), which *spill carries on into
 * the next 64 bytes when they cross the end.  Reads u[64], the byte after.
 */
static inline uint64_t
word_bytes64(const unsigned char *u, uint64_t *spill)
{
	uint64_t	word = 0,
				c2 = 0,
				punct = 0,
				out;

	for (int k = 0; k < 4; k++)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (u + 16 * k));
		__m128i		next = _mm_loadu_si128((const __m128i *) (u + 16 * k + 1));
		__m128i		lower = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
		__m128i		letter = _mm_cmpeq_epi8(_mm_min_epu8(lower, _mm_set1_epi8(25)), lower);
		__m128i		block = _mm_sub_epi8(next, _mm_set1_epi8((char) 0x80));	/* 80 or 81: 0 or 1 */
		__m128i		e2 = _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE2)),
									   _mm_cmpeq_epi8(_mm_min_epu8(block, _mm_set1_epi8(1)), block));

		/* a letter or any byte from 0x80 on (the sign bit) */
		word |= (uint64_t) (uint16_t) _mm_movemask_epi8(_mm_or_si128(letter, x)) << (16 * k);
		c2 |= (uint64_t) (uint16_t) _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xC2))) << (16 * k);
		punct |= (uint64_t) (uint16_t) _mm_movemask_epi8(e2) << (16 * k);
	}
	out = c2 | c2 << 1 | punct | punct << 1 | punct << 2;
	*spill = c2 >> 63 | punct >> 63 | punct >> 62;
	return word & ~out;
}

/*
 * The scan in 64-byte steps: a mask of the word bytes, each run of them read
 * off it (runs, which starts empty).  Returns where the steps stopped, with
 * the state there: a run still open is runs->in, from runs->start, and
 * *spill has the bytes after it that are no word bytes whatever they look
 * like.
 */
static size_t
scan_words_sse2(aa_doc *doc, aa_runs *runs, uint64_t *spill)
{
	const unsigned char *u = (const unsigned char *) doc->text;
	size_t		len = doc->len;
	size_t		i;
	uint64_t	carry = 0;

	for (i = 0; i + 65 <= len; i += 64)
	{
		uint64_t	next_carry;
		size_t		start,
					end;

		aa_runs_step(runs, word_bytes64(u + i, &next_carry) & ~carry);
		carry = next_carry;
		while (aa_runs_next(runs, i, &start, &end))
		{
			/* a run that starts with a non-ASCII letter is skipped whole, so its tail is no word */
			if (u[start] < 0x80 && word_may_matter(u, len, start, end))
				scan_word(doc, start, end);
		}
	}
	*spill = carry;
	return i;
}
#endif

/*
 * The words of t[i, to), a byte or a character at a time; to is the end of
 * the text or of a token (a space, which ends any word: not one the word
 * scan reads as letters, aa_tokens.odd_spaces).  A word's end is searched
 * up to the text's end, eight bytes a step, as it cannot pass `to`.
 */
static void
scan_bytes(aa_doc *doc, size_t i, size_t to)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		len = doc->len;

	while (i < to)
	{
		size_t		start;

		/* to the next ASCII letter that starts a word */
		while (i < to && !ascii_letter[t[i]])
		{
			unsigned char c = t[i];

			if (c < 0x80)
			{
				i++;
				continue;
			}
			if (c >= 0xC0 && word_byte(t, i, len))
			{
				/* a word that starts with a non-ASCII letter: skip it whole, so its tail is no word */
				i = word_end(t, i, len);
				continue;
			}
			/* one character: a whole UTF-8 sequence (a mark, a space) */
			i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		}
		if (i >= to)
			break;
		start = i;
		i = word_end(t, i, len);
		if (word_may_matter(t, len, start, i))
			scan_word(doc, start, i);
	}
}

/*
 * The scan by the token table, which holds the words' extents already: a
 * token of ASCII letters only (most), or of letters then one mark ("said,"),
 * is one word, tested by its shape at once; the others are read byte by
 * byte.  The same words as the scan over the bytes, as no word reaches over
 * a space.
 */
static void
scan_tokens(aa_doc *doc, aa_tokens *table)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	aa_token   *items = table->items;
	int			n = table->n;

	for (int base = 0; base < n; base += SCAN_CHUNK)
	{
		int			picked[SCAN_CHUNK];
		int			m = 0,
					stop = n - base < SCAN_CHUNK ? n : base + SCAN_CHUNK;

		/*
		 * First the tokens to look at, without a branch per token (whether
		 * a word passes the filter cannot be predicted): the others, and
		 * the words of letters only that pass (the shape test on any
		 * token's bytes stays inside the table; only a word's answer
		 * counts).
		 */
		for (int k = base; k < stop; k++)
		{
			/* "said,": the word before the mark (none for a lone mark: its length 0 reads as 1, row 1 is empty) */
			size_t		start = items[k].start,
						len = items[k].end - start - (items[k].letters >> 1);

			picked[m] = k;
			m += (unsigned) (items[k].letters == 0) | shape_bit(t, start, len + (len == 0));
		}
		for (int p = 0; p < m; p++)
		{
			int			k = picked[p];
			size_t		start = items[k].start,
						end = items[k].end;

			if (items[k].letters == 0)
				scan_bytes(doc, start, end);
			else
			{
				/*
				 * A word of letters only is followed by a space or by one
				 * mark, then a space: no negation ("didn't") either way.
				 */
				size_t		word_end = end - (items[k].letters >> 1);
				uint32_t	classes = aa_lex_word(doc->text + start, word_end - start);

				/* the rules describe most such words ("said") later: a lower-case one is described now */
				if (items[k].letters == AA_TOKEN_LETTERS && t[start] >= 'a' && !items[k].described)
					aa_token_set_bare(&items[k], classes, false);
				record_word(doc, start, word_end, classes);
			}
		}
	}
}

void
aa_scan_words(aa_doc *doc)
{
	size_t		len = doc->len;
	size_t		i = 0;

	filter_init();
	aa_vec_init_room(doc->arena, &doc->candidates, sizeof(aa_match), doc->len / AA_BYTES_PER_CUE);
	aa_vec_init_room(doc->arena, &doc->hints, sizeof(size_t), doc->len / AA_BYTES_PER_HINT);
	aa_vec_init_room(doc->arena, &doc->labels, sizeof(size_t), doc->len / AA_BYTES_PER_LABEL);

	if (doc->tokens != NULL && !doc->tokens->odd_spaces)
	{
		scan_tokens(doc, doc->tokens);
		return;
	}
#if AA_SSE2
	if (aa_sse2_steps)
	{
		const unsigned char *t = (const unsigned char *) doc->text;
		aa_runs		runs = {0, 0, false, 0};
		uint64_t	spill;

		i = scan_words_sse2(doc, &runs, &spill);
		/* the rest, under 65 bytes, a byte at a time: first the run open where the steps stopped */
		if (runs.in)
		{
			i = word_end(t, i, len);
			if (t[runs.start] < 0x80 && word_may_matter(t, len, runs.start, i))
				scan_word(doc, runs.start, i);
		}
		else
			i += (size_t) __builtin_popcountll(spill);
	}
#endif
	scan_bytes(doc, i, len);
}

void
aa_select_cues(aa_doc *doc, bool (*is_real) (aa_doc *doc, const aa_match *m))
{
	aa_vec_init_room(doc->arena, &doc->cues, sizeof(aa_match), (size_t) doc->candidates.n);
	for (int i = 0; i < doc->candidates.n; i++)
	{
		aa_match	m = AA_VEC_AT(&doc->candidates, aa_match, i);

		if (is_real(doc, &m))
			record(doc, &doc->cues, m.start, m.end);
	}
}

void
aa_forget_candidates(aa_doc *doc)
{
	aa_vec_free(doc->arena, &doc->candidates);
}


bool
aa_candidate_at(const aa_doc *doc, size_t pos)
{
	int			i = aa_vec_lower_bound(&doc->candidates, pos);

	return i < doc->candidates.n && AA_VEC_AT(&doc->candidates, aa_match, i).start == pos;
}

bool
aa_first_cue(const aa_doc *doc, size_t from, size_t to, aa_match *m)
{
	int			i = aa_vec_lower_bound(&doc->cues, from);

	if (i < doc->cues.n && AA_VEC_AT(&doc->cues, aa_match, i).end <= to)
	{
		*m = AA_VEC_AT(&doc->cues, aa_match, i);
		return true;
	}
	return false;
}

bool
aa_last_cue(const aa_doc *doc, size_t from, size_t to, aa_match *m)
{
	int			i = aa_vec_lower_bound(&doc->cues, to) - 1;

	/* the last cue starting before `to` must also end by then */
	while (i >= 0 && AA_VEC_AT(&doc->cues, aa_match, i).end > to)
		i--;
	if (i >= 0 && AA_VEC_AT(&doc->cues, aa_match, i).start >= from)
	{
		*m = AA_VEC_AT(&doc->cues, aa_match, i);
		return true;
	}
	return false;
}

/*
 * Denial phrases (falsity labels, no-involvement formulas) each hold a word
 * the scan records and start at most a few bytes before it, with a word the
 * lexicon marks as a phrase head.  So their anchored pattern is tried only
 * at such words in the `lead` bytes up to each recorded position in `at`,
 * never along the text between them: the same first match as a search of
 * the whole of [from, to).  A match may run `reach` bytes past its recorded
 * word (0: up to `to`).
 */
static bool
find_before_marks(aa_doc *doc, aa_pattern_id id, const aa_vec *at, size_t lead, size_t reach,
				  bool (*is_head) (const char *w, size_t n, unsigned char next), size_t from, size_t to,
				  aa_match *m)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		tried = from;	/* every start before this has been tried */

	for (int i = aa_vec_lower_bound(at, from); i < at->n; i++)
	{
		size_t		mark = AA_VEC_AT(at, size_t, i);
		size_t		p = mark > from + lead ? mark - lead : from;
		size_t		end = reach && mark + reach < to ? mark + reach : to;

		if (mark >= to)
			break;
		if (p < tried)
			p = tried;
		for (; p <= mark; p++)
		{
			size_t		e = p;

			/* a phrase starts with a letter after no letter or digit (WORD_START says the rest) */
			if (!ascii_letter[t[p]] || (p > 0 && (ascii_letter[t[p - 1]] || (unsigned char) (t[p - 1] - '0') < 10)))
				continue;
			e = aa_ascii_letters_end(t, e, end);
			if (is_head((const char *) t + p, e - p, e < end ? t[e] : 0) && aa_pattern_find(doc, id, p, end, m))
				return true;
		}
		tried = mark + 1;
	}
	return false;
}

static bool
is_falsity_head(const char *w, size_t n, unsigned char next)
{
	(void) next;
	return (aa_lex_word(w, n) & LX_FALSITY_HINT) != 0;
}

/* A falsity label starts at most "completely " before its recorded word. */
#define LABEL_LEAD 16

bool
aa_find_falsity(aa_doc *doc, size_t from, size_t to, aa_match *m)
{
	return find_before_marks(doc, PAT_FALSITY, &doc->labels, LABEL_LEAD, 0, is_falsity_head, from, to, m);
}

/* A formula starts at most NI_LEAD bytes before its hint ("we categorically reject ..."). */
#define NI_LEAD 40
#define NI_REACH 200			/* bytes after its hint a formula may end in */

bool
aa_find_no_involvement(aa_doc *doc, size_t from, size_t to, aa_match *m)
{
	return find_before_marks(doc, PAT_NO_INVOLVEMENT, &doc->hints, NI_LEAD, NI_REACH, aa_lex_formula_head,
							 from, to, m);
}

bool
aa_find_negated_fact(aa_doc *doc, size_t from, size_t to, aa_match *m)
{
	return find_before_marks(doc, PAT_NEGATED_FACT, &doc->hints, NI_LEAD, NI_REACH, aa_lex_formula_head,
							 from, to, m);
}
