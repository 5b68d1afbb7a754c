/*
 * aa_marks.c — paragraphs, quotation marks and sentences.
 *
 * One pass over the text finds paragraphs (split at line breaks) and, inside
 * each, the quotation marks.  Each mark is classified by what stands on its
 * two sides (an opening mark has text after it and space or an opening
 * bracket before it; a closing mark the reverse; a mark between letters is an
 * apostrophe) and the marks are paired with a stack, so quotes nested in
 * quotes pair inside out.  A quote never crosses a paragraph break except by
 * the news convention for long quotes: a paragraph that ends inside a quote
 * and a next paragraph that opens with a mark again.  An unbalanced mark
 * therefore costs at most its own paragraph, never the rest of the article.
 */
#include <string.h>

#include "aa_internal.h"
#include "aa_swar.h"

typedef enum glyph
{
	G_DQ_STRAIGHT,				/* " */
	G_SQ_STRAIGHT,				/* ' */
	G_DQ_LEFT,					/* “ */
	G_DQ_RIGHT,					/* ” */
	G_DQ_LOW,					/* „ */
	G_SQ_LEFT,					/* ‘ */
	G_SQ_RIGHT,					/* ’ */
	G_GUIL_LEFT,				/* « */
	G_GUIL_RIGHT,				/* » */
	G_SQ_LOW,					/* ‚ */
	G_SGUIL_LEFT,				/* ‹ */
	G_SGUIL_RIGHT				/* › */
} glyph;

/* The single marks: they pair with single marks only. */
#define SINGLE_GLYPH(g) ((g) == G_SQ_LEFT || (g) == G_SQ_RIGHT || (g) == G_SQ_STRAIGHT || \
						 (g) == G_SQ_LOW || (g) == G_SGUIL_LEFT || (g) == G_SGUIL_RIGHT)

typedef struct mark
{
	size_t		pos;
	uint8_t		len;
	uint8_t		glyph;
	bool		single;
	bool		can_open;
	bool		can_close;
} mark;

#define MAX_NESTING 32

/* Bytes that may start a quotation mark: " ' and the lead bytes of “ ” ‘ ’ „ ‚ ‹ › « » */
#define MARK_BYTE(c) ((c) == '"' || (c) == '\'' || (c) == 0xE2 || (c) == 0xC2)

/* The mark starting at text[i], or -1.  *len gets its length in bytes. */
static int
glyph_at(const unsigned char *t, size_t i, size_t end, uint8_t *len)
{
	unsigned char c = t[i];

	*len = 1;
	if (c == '"')
		return G_DQ_STRAIGHT;
	if (c == '\'')
	{
		/* Two apostrophes stand for a double mark in some archives: ''like this'' */
		if (i + 1 < end && t[i + 1] == '\'')
		{
			/* Three close a nested 'quote' and then the outer one: the single mark comes first. */
			if (i + 2 < end && t[i + 2] == '\'' && i > 0 && t[i - 1] != ' ' && t[i - 1] != '\n')
				return G_SQ_STRAIGHT;
			*len = 2;
			return G_DQ_STRAIGHT;
		}
		return G_SQ_STRAIGHT;
	}
	if (c == 0xE2 && i + 2 < end && t[i + 1] == 0x80)
	{
		*len = 3;
		switch (t[i + 2])
		{
			case 0x98:
				return G_SQ_LEFT;
			case 0x99:
				return G_SQ_RIGHT;
			case 0x9C:
				return G_DQ_LEFT;
			case 0x9D:
				return G_DQ_RIGHT;
			case 0x9E:
				return G_DQ_LOW;
			case 0x9A:
				return G_SQ_LOW;
			case 0xB9:
				return G_SGUIL_LEFT;
			case 0xBA:
				return G_SGUIL_RIGHT;
		}
		return -1;
	}
	if (c == 0xC2 && i + 1 < end)
	{
		*len = 2;
		if (t[i + 1] == 0xAB)
			return G_GUIL_LEFT;
		if (t[i + 1] == 0xBB)
			return G_GUIL_RIGHT;
	}
	return -1;
}

static bool
is_open_punct(uint32_t c)
{
	return c == '(' || c == '[' || c == '{' || c == '/' || aa_is_dash(c) || aa_is_quote_char(c);
}

static bool
is_close_punct(uint32_t c)
{
	return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
		c == ']' || c == '}' || c == 0x2026 || aa_is_dash(c) || aa_is_quote_char(c);
}

/* Words that drop a leading letter with an apostrophe: 'em, 'til, 'cause, rock 'n' roll. */
static bool
is_elision(const char *t, size_t i, size_t end)
{
	size_t		k = i;

	/* the lower-case letters after the mark, looked up whole */
	if (k >= end || !((unsigned char) t[k] >= 'a' && (unsigned char) t[k] <= 'z'))
		return false;
	while (k < end && k - i < 8 && aa_is_letter((unsigned char) t[k]))
		k++;
	return (aa_lex_word(t + i, k - i) & LX_ELISION) != 0;
}

/* Is the mark at pos preceded by one space, and that by a single mark (' ’)? */
static bool
single_mark_before_space(const char *text, size_t para_start, size_t pos)
{
	const unsigned char *t = (const unsigned char *) text;

	if (pos < para_start + 2 || t[pos - 1] != ' ')
		return false;
	if (t[pos - 2] == '\'')
		return true;
	return pos >= para_start + 4 && t[pos - 4] == 0xE2 && t[pos - 3] == 0x80 && t[pos - 2] == 0x99;
}

/*
 * Is the mark at pos preceded by one space, and that by the punctuation
 * that ends a quotation ("... doing this, " Trump said.: a stray space)?
 */
static bool
end_punct_before_space(const char *text, size_t para_start, size_t pos)
{
	return pos >= para_start + 2 && text[pos - 1] == ' ' && memchr(",.?!", text[pos - 2], 4) != NULL;
}

/* Is the mark ending at after followed by one space, and that by a single mark (' ‘)? */
static bool
single_mark_after_space(const char *text, size_t para_end, size_t after)
{
	const unsigned char *t = (const unsigned char *) text;

	if (after + 2 > para_end || t[after] != ' ')
		return false;
	if (t[after + 1] == '\'')
		return true;
	return after + 4 <= para_end && t[after + 1] == 0xE2 && t[after + 2] == 0x80 && t[after + 3] == 0x98;
}

static void
classify(const char *text, size_t para_start, size_t para_end, mark *m)
{
	size_t		dummy;
	size_t		after = m->pos + m->len;
	uint32_t	prev = m->pos > para_start ? aa_utf8_prev(text, m->pos, &dummy) : 0;
	uint32_t	next = 0;
	bool		prev_space,
				next_space,
				left_flank,
				right_flank;

	if (after < para_end)
	{
		size_t		k = after;

		next = aa_utf8_next(text, para_end, &k);
	}
	prev_space = prev == 0 || aa_is_space(prev);
	next_space = next == 0 || aa_is_space(next);
	left_flank = !next_space;	/* text follows: could open */
	right_flank = !prev_space;	/* text precedes: could close */
	m->can_open = m->can_close = false;

	switch ((glyph) m->glyph)
	{
		case G_DQ_LOW:
		case G_SQ_LOW:
			/* „ and ‚ only open (German, Polish, Czech ... „so“, „so”, ‚so‘) */
			m->can_open = left_flank || !right_flank;
			break;
		case G_DQ_LEFT:
		case G_GUIL_LEFT:
		case G_SGUIL_LEFT:
			m->can_open = left_flank || !right_flank;
			/*
			 * After text and before space or punctuation “ and « close: the
			 * closing marks of „German“ and »Danish« style (or a typo).
			 */
			m->can_close = right_flank && (!left_flank || is_close_punct(next));
			break;
		case G_DQ_RIGHT:
		case G_GUIL_RIGHT:
		case G_SGUIL_RIGHT:
			/* also after a space, before punctuation: French « spaced », */
			m->can_close = right_flank || !left_flank || is_close_punct(next);
			/* Some sites print ” for both marks; » and › open in »German« style. */
			m->can_open = !right_flank && left_flank && !is_close_punct(next);
			break;
		case G_DQ_STRAIGHT:
			m->can_open = left_flank && (!right_flank || is_open_punct(prev));
			m->can_close = right_flank && (!left_flank || is_close_punct(next));
			if (!m->can_open && !m->can_close && left_flank && right_flank)
				m->can_open = m->can_close = true;	/* between words: the stack decides */
			else if (prev_space && next_space)
			{
				/*
				 * Some papers set a space between a single mark and the double
				 * one around it: "... 'Oh, this is important,' " Magel said.
				 */
				m->can_close = single_mark_before_space(text, para_start, m->pos) ||
					end_punct_before_space(text, para_start, m->pos);
				m->can_open = single_mark_after_space(text, para_end, after);
			}
			break;
		case G_SQ_LEFT:
		case G_SQ_RIGHT:
		case G_SQ_STRAIGHT:
			/* Apostrophes: don't, rock'n'roll, '90s, 'em. */
			if ((aa_is_letter(prev) || aa_is_digit(prev)) && aa_is_letter(next))
				break;
			if (prev_space && aa_is_digit(next))
				break;
			if ((prev_space || is_open_punct(prev)) && is_elision(text, after, para_end))
				break;
			if (m->glyph == G_SQ_LEFT)
			{
				m->can_open = left_flank;
				/* ‘ closes after text: the closing mark of ‚German‘ style */
				m->can_close = right_flank && (!left_flank || is_close_punct(next));
			}
			else
			{
				m->can_open = m->glyph == G_SQ_STRAIGHT && left_flank &&
					(!right_flank || is_open_punct(prev));
				m->can_close = right_flank && (!left_flank || is_close_punct(next));
			}
			break;
	}
}

static void
trim(const char *text, size_t *start, size_t *end)
{
	size_t		s = *start,
				e = *end;

	while (s < e)
	{
		size_t		k = s;
		uint32_t	c = aa_utf8_next(text, e, &k);

		if (!aa_is_space(c))
			break;
		s = k;
	}
	while (e > s)
	{
		size_t		k;
		uint32_t	c = aa_utf8_prev(text, e, &k);

		if (!aa_is_space(c))
			break;
		e = k;
	}
	*start = s;
	*end = e;
}

/* Does the paragraph [start,end) open with a mark of the given family? */
static bool
opens_with_mark(const char *text, size_t start, size_t end, bool single)
{
	uint8_t		len;
	int			g;
	mark		m;

	if (start >= end)
		return false;
	g = glyph_at((const unsigned char *) text, start, end, &len);
	if (g < 0)
		return false;
	m.pos = start;
	m.len = len;
	m.glyph = (uint8_t) g;
	classify(text, start, end, &m);
	return m.can_open && SINGLE_GLYPH(g) == single;
}

static void
add_span(aa_doc *doc, int para, const mark *open, size_t content_end, size_t after,
		 bool closed, bool *continues_next)
{
	aa_span    *s = AA_VEC_PUSH(doc->arena, &doc->spans, aa_span);

	s->open = open->pos;
	s->content_start = open->pos + open->len;
	s->content_end = content_end;
	trim(doc->text, &s->content_start, &s->content_end);	/* « spaced » */
	s->after = after;
	s->paragraph = para;
	s->speaker = -1;
	s->single = open->single;
	s->closed = closed;
	s->continues = *continues_next && open->pos == AA_VEC_AT(&doc->paragraphs, aa_range, para).start;
	*continues_next = false;
}

/* Pair the marks of one paragraph; spans are added in order of their opening mark. */
static void
pair_paragraph(aa_doc *doc, int para, mark *marks, int n, bool *continues_next)
{
	const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, para);
	int			stack[MAX_NESTING];
	int			depth = 0;
	bool		reopened = *continues_next;

	for (int i = 0; i < n; i++)
	{
		mark	   *m = &marks[i];
		int			k = -1;

		if (m->can_close)
		{
			for (int d = depth - 1; d >= 0; d--)
			{
				if (marks[stack[d]].single == m->single)
				{
					k = d;
					break;
				}
				if (m->single)
					break;		/* a single mark never closes across an open double */
			}
		}
		if (k >= 0)
		{
			if (k == 0)
				add_span(doc, para, &marks[stack[0]], m->pos, m->pos + m->len, true, continues_next);
			depth = k;
			continue;
		}
		if (m->can_open && depth < MAX_NESTING)
			stack[depth++] = i;
	}

	if (depth > 0)
	{
		const mark *outer = &marks[stack[0]];
		int			next_para = para + 1;
		bool		runs_on = false;

		if (next_para < doc->paragraphs.n)
		{
			const aa_range *np = &AA_VEC_AT(&doc->paragraphs, aa_range, next_para);

			runs_on = opens_with_mark(doc->text, np->start, np->end, outer->single);
		}
		if (runs_on || (reopened && outer->pos == pr->start))
		{
			add_span(doc, para, outer, pr->end, pr->end, false, continues_next);
			*continues_next = runs_on;
			return;
		}
	}
	*continues_next = false;
}

/*
 * "Mexico Says Students Not Among Dead": a paragraph of at most
 * AA_HEADLINE_WORDS words (counted between ASCII spaces) in which at least
 * three words of four letters or more start with a capital and no more than
 * a quarter of them do not, nor did at their third lower-case one or any
 * after it (so that prose is told from a headline within a few words).
 * Names alone rarely make that many ("Clinton, Sanders and Trump spar in
 * Iowa" counts, and loses nothing by it: its minor words are in lower case
 * already).  Found before any word is described, since the walkers read the
 * minor words of these headlines as lower case (aa_attrib.c) and the token
 * table keeps what it reads first.
 */
#define TITLE_CASE_MIN_WORDS 3

static bool
title_case(const aa_doc *doc, const aa_range *pr)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	int			words = 0,
				upper = 0,
				lower = 0;

	for (size_t i = pr->start; i < pr->end;)
	{
		size_t		s,
					letters;

		while (i < pr->end && t[i] == ' ')
			i++;
		if (i >= pr->end)
			break;
		if (++words > AA_HEADLINE_WORDS)
			return false;
		/* the word's first letter, past an opening mark or bracket */
		while (i < pr->end && t[i] != ' ' && aa_byte_not_letter(t[i]) && t[i] < 0x80)
			i++;
		s = i;
		i = aa_ascii_letters_end(t, i, pr->end);	/* eight bytes a step: one branch per word, not per letter */
		letters = i - s;
		/*
		 * Counted without a branch on the word (long or not, capitalised or
		 * not: unpredictable); the test can only become true on a lower-case
		 * word, as before.  A brand's capital after its first letter counts
		 * ("iFixit Debunks iPhone 6 Plus Reinforcement Claims").
		 */
		{
			int			long_word = letters >= 4,
						capital = (t[s < pr->end ? s : pr->start] <= 'Z') |
				(letters >= 2 && t[s + 1] <= 'Z');

			upper += long_word & capital;
			lower += long_word & !capital;
		}
		if (lower >= 3 && lower * 4 > upper + lower)
			return false;		/* more than a quarter so far: most prose is known by its third such word */
		while (i < pr->end && t[i] != ' ')
			i++;
	}
	return upper >= TITLE_CASE_MIN_WORDS && lower * 4 <= upper + lower;
}

static void
find_title_case(aa_doc *doc)
{
	aa_vec_init(&doc->title_case, sizeof(aa_range));
	for (int p = 0; p < doc->paragraphs.n; p++)
	{
		const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, p);

		/* no need to look along a paragraph far longer than a headline */
		if (pr->end - pr->start <= AA_HEADLINE_WORDS * 32 && title_case(doc, pr))
			*AA_VEC_PUSH(doc->arena, &doc->title_case, aa_range) = *pr;
	}
}

void
aa_find_spans(aa_doc *doc)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		pos = 0;
	aa_vec		marks;
	bool		continues_next = false;

	aa_vec_init_room(doc->arena, &doc->paragraphs, sizeof(aa_range), doc->len / AA_BYTES_PER_PARAGRAPH);
	aa_vec_init_room(doc->arena, &doc->spans, sizeof(aa_span), doc->len / AA_BYTES_PER_SPAN);
	aa_vec_init_room(doc->arena, &marks, sizeof(mark), doc->len / AA_BYTES_PER_MARK);

	/* Paragraphs first: pairing looks one paragraph ahead. */
	while (pos < doc->len)
	{
		const unsigned char *nl = memchr(t + pos, '\n', doc->len - pos);
		size_t		end = nl ? (size_t) (nl - t) : doc->len;
		size_t		s = pos,
					e = end;

		trim(doc->text, &s, &e);
		if (s < e)
		{
			aa_range   *r = AA_VEC_PUSH(doc->arena, &doc->paragraphs, aa_range);

			r->start = s;
			r->end = e;
		}
		aa_tick(doc->arena, end - pos + 1);
		pos = end + 1;
	}
	find_title_case(doc);

	for (int p = 0; p < doc->paragraphs.n; p++)
	{
		const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, p);

		marks.n = 0;
		for (size_t i = pr->start; i < pr->end; i++)
		{
			uint8_t		len;
			int			g;
			mark	   *m;

			/* to the next byte that can start a mark, a block at a time between ticks */
			while (i < pr->end && !MARK_BYTE(t[i]))
			{
				size_t		block_end = (i | 0xFFFF) + 1 < pr->end ? (i | 0xFFFF) + 1 : pr->end;

				i = aa_find_bytes(doc->text, i, block_end, '"', '\'', 0xE2, 0xC2);	/* MARK_BYTE */
				if (i == block_end)
					aa_tick(doc->arena, 0x10000);	/* one paragraph may be the whole article */
			}
			if (i >= pr->end)
				break;
			/*
			 * author="@edhenry": a markup attribute's value, in an archive that
			 * keeps tags in its text, is no quotation; step over both marks
			 */
			if (t[i] == '"' && i > pr->start && t[i - 1] == '=')
			{
				const unsigned char *close = memchr(t + i + 1, '"', pr->end - i - 1);

				if (close != NULL)
				{
					i = (size_t) (close - t);
					continue;
				}
			}
			g = glyph_at(t, i, pr->end, &len);
			if (g < 0)
				continue;
			m = AA_VEC_PUSH(doc->arena, &marks, mark);
			m->pos = i;
			m->len = len;
			m->glyph = (uint8_t) g;
			m->single = SINGLE_GLYPH(g);
			classify(doc->text, pr->start, pr->end, m);
			i += len - 1;
		}
		pair_paragraph(doc, p, (mark *) marks.items, marks.n, &continues_next);
		aa_tick(doc->arena, (size_t) marks.n * 16);
	}
	aa_vec_free(doc->arena, &marks);
}

int
aa_span_at(const aa_doc *doc, size_t pos)
{
	int			i = aa_vec_lower_bound(&doc->spans, pos + 1) - 1;	/* last opening at or before pos */

	if (i >= 0 && pos < AA_VEC_AT(&doc->spans, aa_span, i).after)
		return i;
	return -1;
}

int
aa_paragraph_of(const aa_doc *doc, size_t pos)
{
	int			i = aa_vec_lower_bound(&doc->paragraphs, pos + 1) - 1;

	return i > 0 ? i : 0;
}

/* Is pos inside a paragraph written in Title Case (find_title_case)? */
bool
aa_in_title_case(const aa_doc *doc, size_t pos)
{
	int			i = aa_vec_lower_bound(&doc->title_case, pos + 1) - 1;	/* last one starting at or before pos */

	return i >= 0 && pos < AA_VEC_AT(&doc->title_case, aa_range, i).end;
}

/*
 * "Macaulay Culkin Dead? Hoax Goes Viral": a paragraph of at most
 * AA_HEADLINE_WORDS words, where the article gives its own verdict and
 * reports the news of a denial in few words.
 */
bool
aa_in_headline(const aa_doc *doc, size_t pos)
{
	const aa_range *pr;

	if (doc->paragraphs.n == 0)
		return false;
	pr = &AA_VEC_AT(&doc->paragraphs, aa_range, aa_paragraph_of(doc, pos));
	return aa_count_words(doc, pr->start, pr->end) <= AA_HEADLINE_WORDS;
}

/*
 * Is the period at text[i] part of an abbreviation or an initial ("Mr.",
 * "U.S.", "M.")?  The line is [line_start, line_end).
 */
bool
aa_is_abbreviation(const char *text, size_t line_start, size_t line_end, size_t i)
{
	size_t		w = i;
	size_t		letters = 0;
	bool		period = false;
	uint32_t	marks = 0;

	/* back to the word's start, counting its letters (bytes) and noting a period on the way */
	while (w > line_start && !aa_is_space((unsigned char) text[w - 1]) && text[w - 1] != '(' &&
		   text[w - 1] != '"')
	{
		w--;
		letters += aa_is_letter((unsigned char) text[w]);
		period |= text[w] == '.';
	}
	if (letters == 1 && i - w == 1 && aa_is_upper((unsigned char) text[w]))
		return true;			/* an initial */
	if (period && letters <= 4)
		return true;			/* U.S., a.m., D.C. */
	if (!aa_lex_abbreviation(text + w, i + 1 - w))
		return false;
	/* ("No." in any case: the answer "No. I had no idea", the number "No. 10") */
	aa_lex_word_marks(text + w, i + 1 - w, &marks);
	if ((text[w] >= 'a' && text[w] <= 'z' && (marks & LM_WORD_ABBREV)) || (marks & LM_ANSWER))
	{
		size_t		k = i + 1;

		while (k < line_end && text[k] == ' ')
			k++;
		return k < line_end && aa_is_digit((unsigned char) text[k]);
	}
	return true;
}

/* A double opening mark at k ('"' or '“', U+201C) and a capital right after it: a sentence in marks. */
static bool
opening_sentence_at(const char *text, size_t k, size_t end)
{
	size_t		after = text[k] == '"' ? k + 1 : k + 3;

	return after < end && aa_is_upper((unsigned char) text[after]) &&
		(text[k] == '"' || ((unsigned char) text[k] == 0xE2 && (unsigned char) text[k + 1] == 0x80 &&
							(unsigned char) text[k + 2] == 0x9C));
}

/* Is the word before the abbreviation whose period is text[i] one in lower case ("on X.", not "Sony Corp.")? */
static bool
lower_word_before(const char *text, size_t line_start, size_t i)
{
	size_t		w = i;

	while (w > line_start && text[w - 1] != ' ')
		w--;
	while (w > line_start && text[w - 1] == ' ')
		w--;
	while (w > line_start && text[w - 1] != ' ')
		w--;
	return text[w] >= 'a' && text[w] <= 'z' && w < i;
}

/*
 * Does the abbreviation whose period is text[i] end its sentence after all,
 * as a word that comes after what it abbreviates ("in the U.S.", "at 2:30
 * a.m.", "Acme Inc.") before a capitalised word that opens sentences and
 * starts no name ("The", "He", "But", "No")?  Not one that comes before a
 * name ("Sen.", "Dr.", "Gov.": titles and honorifics), nor an initial.
 */
static bool
abbreviation_ends_sentence(const char *text, size_t line_start, size_t line_end, size_t i)
{
	size_t		w = i,
				k = i + 1,
				next;
	uint32_t	marks;
	uint32_t	classes;

	/* (the word after first: most abbreviations stand before a name, which turns them away) */
	while (k < line_end && text[k] == ' ')
		k++;
	/*
	 * "mocked his critics on X. “I don't care ...”": an opening mark after
	 * an abbreviation that a word in lower case stands before (not a
	 * name's initial: John F. “Jack” Kennedy)
	 */
	if (k < line_end && k > i + 1 && (text[k] == '"' || (unsigned char) text[k] == 0xE2))
		return opening_sentence_at(text, k, line_end) && lower_word_before(text, line_start, i);
	if (k >= line_end || !aa_is_upper((unsigned char) text[k]))
		return false;
	for (next = k; next < line_end && aa_is_letter((unsigned char) text[next]); next++)
		;
	if (next < line_end && text[next] == '.')
		return false;			/* "U.S. Sen.", "U.S. Rep.": an abbreviation again */
	classes = aa_lex_word_marks(text + k, next - k, &marks);
	if (!(classes & (LX_ARTICLE | LX_PRONOUN | LX_DETERMINER | LX_CLAUSE_BREAK)) && !(marks & LM_SENTENCE_OPENER))
		return false;
	while (w > line_start && !aa_is_space((unsigned char) text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"')
		w--;
	/* (an initial only after a word in lower case: "posted on X. He said", not "John F. Kennedy") */
	return (i - w >= 2 || lower_word_before(text, line_start, i)) &&
		!(aa_lex_word(text + w, i + 1 - w) & (LX_TITLE | LX_HONORIFIC));
}

bool
aa_period_inside_sentence(const char *text, size_t line_start, size_t line_end, size_t i)
{
	return aa_is_abbreviation(text, line_start, line_end, i) &&
		!abbreviation_ends_sentence(text, line_start, line_end, i);
}

/* Does a new sentence begin at or after pos (spaces, then a capital, digit or mark)? */
static bool
sentence_begins(const char *text, size_t pos, size_t end)
{
	size_t		k = pos;
	uint32_t	c;
	bool		spaced = false;

	while (k < end)
	{
		size_t		before = k;

		c = aa_utf8_next(text, end, &k);
		if (aa_is_space(c))
		{
			spaced = true;
			continue;
		}
		if (!spaced && before != pos)
			return false;
		if (!spaced)
			return false;
		return aa_is_upper(c) || aa_is_digit(c) || aa_is_quote_char(c) || c == '(' || c == '[';
	}
	return true;				/* the paragraph ends */
}

static bool
is_terminal(char c)
{
	return c == '.' || c == '!' || c == '?';
}

/*
 * Does the word at pos read one of INDEFINITE_OBJECTS ("nothing",
 * "everything" ..., any case), which a cue's relative clause may follow
 * ("Nothing the president said ...")?  Its first letter turns most
 * sentences away.
 */
static bool
indefinite_at(const char *t, size_t pos, size_t end)
{
	unsigned	c = (unsigned char) t[pos] | 0x20;

	if (c >= 'a' && c <= 'z' && !((aa_verb_form_letters[VF_INDEFINITE_OBJECT] >> (c - 'a')) & 1))
		return false;
	for (const char *const *v = aa_lex_verb_forms(VF_INDEFINITE_OBJECT); *v; v++)
	{
		size_t		n,
					i = 1;

		if ((unsigned char) (*v)[0] != c)
			continue;
		n = strlen(*v);

		while (i < n && pos + i < end && ((unsigned char) t[pos + i] | 0x20) == (unsigned char) (*v)[i])
			i++;
		if (i == n && pos + n < end && t[pos + n] == ' ')
			return true;
	}
	return false;
}

/* Append the start of the sentence that begins at or after pos, if any in [pos, end). */
static void
add_sentence(aa_doc *doc, size_t pos, size_t end)
{
	while (pos < end && aa_is_space((unsigned char) doc->text[pos]))
		pos++;
	if (pos < end)
	{
		*AA_VEC_PUSH(doc->arena, &doc->sentences, size_t) = pos;
		doc->indefinite_opener |= indefinite_at(doc->text, pos, end);
	}
}

void
aa_find_sentences(aa_doc *doc)
{
	int			si = 0;

	aa_vec_init_room(doc->arena, &doc->sentences, sizeof(size_t), doc->len / AA_BYTES_PER_SENTENCE);
	for (int p = 0; p < doc->paragraphs.n; p++)
	{
		const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, p);
		size_t		i = pr->start;

		add_sentence(doc, pr->start, pr->end);
		while (si < doc->spans.n && AA_VEC_AT(&doc->spans, aa_span, si).open < pr->start)
			si++;
		while (i < pr->end)
		{
			const aa_span *s = si < doc->spans.n ? &AA_VEC_AT(&doc->spans, aa_span, si) : NULL;
			size_t		stop = s && s->open < pr->end ? s->open : pr->end;

			/* the text before the next quotation, from one terminal to the next */
			while (i < stop)
			{
				size_t		at = aa_find_bytes(doc->text, i, stop, '.', '!', '?', '?');
				size_t		after;

				aa_tick(doc->arena, at - i);
				if (at >= stop)
					break;
				/* "(He has pleaded not guilty.) And ...": the bracket closes with the sentence */
				after = at + 1;
				while (after < stop && (doc->text[after] == ')' || doc->text[after] == ']'))
					after++;
				if (sentence_begins(doc->text, after, pr->end) &&
					!(doc->text[at] == '.' && aa_period_inside_sentence(doc->text, pr->start, pr->end, at)))
					add_sentence(doc, after, pr->end);
				i = at + 1;
			}
			if (s == NULL || s->open >= pr->end)
				break;
			/* a quotation that ends a sentence ends it after its closing mark */
			if (s->content_end > s->content_start && is_terminal(doc->text[s->content_end - 1]) &&
				sentence_begins(doc->text, s->after, pr->end))
				add_sentence(doc, s->after, pr->end);
			i = s->after > i ? s->after : i + 1;
			si++;
		}
		aa_tick(doc->arena, pr->end - pr->start);
	}
}

/* Index of the last sentence starting at or before pos. */
static int
sentence_index(const aa_doc *doc, size_t pos)
{
	int			i = aa_vec_lower_bound(&doc->sentences, pos + 1) - 1;

	return i > 0 ? i : 0;
}

int
aa_sentence_at(const aa_doc *doc, size_t pos)
{
	return doc->sentences.n ? sentence_index(doc, pos) : 0;
}

size_t
aa_sentence_start(const aa_doc *doc, size_t pos)
{
	const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, aa_paragraph_of(doc, pos));
	size_t		s;

	if (doc->sentences.n == 0)
		return pr->start;
	s = AA_VEC_AT(&doc->sentences, size_t, sentence_index(doc, pos));
	return s >= pr->start && s <= pos ? s : pr->start;
}

size_t
aa_sentence_end(const aa_doc *doc, size_t pos)
{
	const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, aa_paragraph_of(doc, pos));
	int			i;
	size_t		e;

	if (doc->sentences.n == 0)
		return pr->end;
	i = sentence_index(doc, pos) + 1;
	if (AA_VEC_AT(&doc->sentences, size_t, i - 1) > pos)
		i--;
	if (i >= doc->sentences.n || AA_VEC_AT(&doc->sentences, size_t, i) > pr->end)
		return pr->end;
	e = AA_VEC_AT(&doc->sentences, size_t, i);
	while (e > pos && aa_is_space((unsigned char) doc->text[e - 1]))
		e--;
	return e;
}
