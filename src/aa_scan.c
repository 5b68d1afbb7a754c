/*
 * aa_scan.c — the one pass over the words of an article.
 *
 * Most of an article is neither a quotation mark nor a cue, so the engine
 * looks at every word once, cheaply: a word is a run of letters, and a
 * 4 KB bit filter keyed on its length and first two letters tells in a few
 * instructions whether it could be a cue or a denial hint at all.  Only
 * words that pass go to the lexicon's hash table, and only cue words go to
 * the anchored PCRE2 cue pattern, which gives the cue's exact extent
 * ("called for", "according to").  Everything after this works from the
 * sorted positions it records.
 */
#include <string.h>

#include "aa_internal.h"

#define FILTER_LEN 16			/* words longer than this are no cue nor hint */

/* bit `second` of [len][first] is set when some cue or hint word has that shape */
static uint32_t word_filter_bits[FILTER_LEN][26];
static bool filter_ready = false;

/* What a byte is to the scan: 0 no word byte, 1 an ASCII letter, 2 a non-ASCII byte (see word_byte). */
static unsigned char byte_kind[256];

static void
byte_kinds_init(void)
{
	for (int c = 0; c < 256; c++)
		byte_kind[c] = c >= 0x80 ? 2 : (unsigned char) ((c | 0x20) - 'a') < 26 ? 1 : 0;
}

static inline int
letter_index(unsigned char c)
{
	c |= 0x20;
	return (c >= 'a' && c <= 'z') ? c - 'a' : -1;
}

static void
filter_add(const char *w)
{
	size_t		n = strlen(w);
	int			a,
				b;
	const char *sp = strchr(w, ' ');

	if (sp)
		n = (size_t) (sp - w);	/* a phrase: its first word */
	if (n < 2 || n >= FILTER_LEN)
		return;
	a = letter_index((unsigned char) w[0]);
	b = letter_index((unsigned char) w[1]);
	if (a < 0 || b < 0)
		return;
	word_filter_bits[n][a] |= (uint32_t) 1 << b;
}

static void
filter_init(void)
{
	if (filter_ready)
		return;
	memset(word_filter_bits, 0, sizeof(word_filter_bits));
	byte_kinds_init();
	for (int part = 0; part < 2; part++)
		for (const char *const *w = aa_lex_report_verbs(part == 1); *w; w++)
			filter_add(*w);
	for (const char *const *w = aa_lex_denial_hints(); *w; w++)
		filter_add(*w);
	filter_add("according");
	filter_ready = true;
}

/* Bytes that continue a word: ASCII letters, and non-ASCII letters (not the
 * punctuation block U+2000..U+206F nor Latin-1 punctuation and spaces). */
static inline bool
word_byte(const unsigned char *t, size_t i, size_t len)
{
	unsigned char c = t[i];

	if (c < 0x80)
		return (unsigned char) ((c | 0x20) - 'a') < 26;
	if (c == 0xE2 && i + 1 < len && (t[i + 1] == 0x80 || t[i + 1] == 0x81))
		return false;
	if (c == 0xC2)
		return false;
	return true;
}

/* The end of the word bytes from i on (word_byte, a table look-up per ASCII byte). */
static inline size_t
word_end(const unsigned char *t, size_t i, size_t len)
{
	for (;;)
	{
		while (i < len && byte_kind[t[i]] == 1)
			i++;
		if (i >= len || byte_kind[t[i]] == 0 || !word_byte(t, i, len))
			return i;
		i++;
	}
}

static void
record(aa_doc *doc, aa_vec *v, size_t start, size_t end)
{
	aa_match   *m = aa_vec_push(doc->arena, v);

	m->start = start;
	m->end = end;
}

void
aa_scan_words(aa_doc *doc)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		len = doc->len;
	size_t		i = 0;

	filter_init();
	aa_vec_init_room(doc->arena, &doc->candidates, sizeof(aa_match), doc->len / AA_BYTES_PER_CUE);
	aa_vec_init_room(doc->arena, &doc->hints, sizeof(size_t), doc->len / AA_BYTES_PER_HINT);
	aa_vec_init_room(doc->arena, &doc->labels, sizeof(size_t), doc->len / AA_BYTES_PER_LABEL);

	while (i < len)
	{
		size_t		start;
		size_t		n;
		int			a,
					b;

		/* to the next ASCII letter that starts a word */
		while (i < len && byte_kind[t[i]] != 1)
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
		if (i >= len)
			break;
		start = i;
		i = word_end(t, i, len);
		n = i - start;
		if (n < 2 || n >= FILTER_LEN)
			continue;
		/* "didn't", "wasn’t": a negation, whatever the filter says of "didn"; "isn't" may start a falsity label */
		if (t[i - 1] == 'n' && i + 1 < len &&
			((t[i] == '\'' && t[i + 1] == 't') ||
			 (t[i] == 0xE2 && i + 3 < len && t[i + 1] == 0x80 && t[i + 2] == 0x99 && t[i + 3] == 't')))
		{
			*(size_t *) aa_vec_push(doc->arena, &doc->hints) = start;
			if (n == 3 && (t[start] | 0x20) == 'i' && (t[start + 1] | 0x20) == 's')
				*(size_t *) aa_vec_push(doc->arena, &doc->labels) = start;
			continue;
		}
		a = letter_index(t[start]);
		b = letter_index(t[start + 1]);
		if (b < 0 || !(word_filter_bits[n][a] & ((uint32_t) 1 << b)))
			continue;
		{
			uint32_t	classes = aa_lex_word(doc->text + start, n);
			aa_match	m;

			if (classes & LX_DENIAL_HINT)
				*(size_t *) aa_vec_push(doc->arena, &doc->hints) = start;
			if (classes & LX_FALSITY_HINT)
				*(size_t *) aa_vec_push(doc->arena, &doc->labels) = start;
			/*
			 * A one-word cue is the word; only the head of a phrasal cue ("called
			 * for", "according to") needs the pattern to say where the cue ends.
			 */
			if ((classes & LX_PHRASE_HEAD) &&
				aa_pattern_find(doc, PAT_CUE, start, len < start + 64 ? len : start + 64, &m))
				record(doc, &doc->candidates, m.start, m.end);
			else if ((classes & LX_REPORT_VERB) && !(i < len && (t[i] == '-' || t[i] == '\'')))
				record(doc, &doc->candidates, start, i);
		}
		aa_tick(doc->arena, 64);
	}
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
	aa_free_big(doc->arena, doc->candidates.items, (size_t) doc->candidates.cap * doc->candidates.item_size);
	aa_vec_init(&doc->candidates, sizeof(aa_match));
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

int
aa_hint_index(const aa_doc *doc, size_t pos)
{
	return aa_vec_lower_bound(&doc->hints, pos);
}

/*
 * Every falsity label holds a word the scan records in doc->labels, and
 * starts at most a short word or two ("completely ", "a ") before it.  So
 * the anchored pattern is tried only where a word starts in the few bytes
 * up to each recorded word: the same first match as a search of the whole
 * window, without running the pattern over the text between labels.
 */
#define LABEL_LEAD 16

static inline bool
is_ascii_letter(unsigned char c)
{
	return (unsigned char) ((c | 0x20) - 'a') < 26;
}

/*
 * Can a falsity label start with the word at p?  Its first word is one of
 * the lexicon's falsity hints (LX_FALSITY_HINT), or the "a" of "a lie", or
 * the "isn" of "isn't real": a look-up instead of running the pattern.
 */
static bool
label_may_start(const unsigned char *t, size_t p, size_t to)
{
	size_t		e = p;

	while (e < to && is_ascii_letter(t[e]))
		e++;
	if (e - p == 1 && (t[p] | 0x20) == 'a')
		return true;
	if (e - p == 3 && (t[p] | 0x20) == 'i' && (t[p + 1] | 0x20) == 's' && (t[p + 2] | 0x20) == 'n')
		return true;
	return (aa_lex_word((const char *) t + p, e - p) & LX_FALSITY_HINT) != 0;
}

bool
aa_find_falsity(aa_doc *doc, size_t from, size_t to, aa_match *m)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		tried = from;	/* every start before this has been tried */

	for (int i = aa_vec_lower_bound(&doc->labels, from); i < doc->labels.n; i++)
	{
		size_t		label = AA_VEC_AT(&doc->labels, size_t, i);
		size_t		p = label > from + LABEL_LEAD ? label - LABEL_LEAD : from;

		if (label >= to)
			break;
		if (p < tried)
			p = tried;
		for (; p <= label; p++)
		{
			/* a label starts with a letter that no letter precedes */
			if (!is_ascii_letter(t[p]) || (p > 0 && is_ascii_letter(t[p - 1])))
				continue;
			if (label_may_start(t, p, to) && aa_pattern_find(doc, PAT_FALSITY, p, to, m))
				return true;
		}
		tried = label + 1;
	}
	return false;
}
