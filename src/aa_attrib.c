/*
 * aa_attrib.c — finding reporting cues and the phrases that name speakers.
 *
 * Cues are found with one PCRE2 pattern built from the lexicon's reporting
 * verbs, compiled once per process with JIT and a match limit.  The phrase
 * that names the speaker around a cue is found by walking words outward from
 * the cue and stopping at what cannot belong to a noun phrase (punctuation,
 * clause openers, auxiliaries, prepositions), with appositives ("Kim Song, a
 * North Korean diplomat, said") kept apart as the speaker's role.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "aa_internal.h"
#include "aa_swar.h"

/* ---------------------------------------------------------------- patterns */

/* Enough for any sane pattern on any input; a runaway match fails instead of spinning. */
#define MATCH_LIMIT 200000
#define DEPTH_LIMIT 2000

static pcre2_code *patterns[PAT_COUNT];
static bool jitted[PAT_COUNT];	/* JIT-compiled: matched with pcre2_jit_match */
static pcre2_match_data *match_data;
static pcre2_match_context *match_context;
static bool patterns_ready = false;

/*
 * The anchored lists tried at a word's start (falsity labels, the
 * no-involvement formulas and the negated facts) are long alternations, and
 * most tries fail after PCRE2 has tried every alternative ("not" starts a
 * try at most negations).  Each is also compiled per first letter, when
 * first needed, from the formulas that can start with that letter: a
 * formula starting with a letter is in its letter's pattern, one starting
 * with a group of alternatives that each start with a letter ("(?:we|i)
 * ...") in each of theirs, any other in all.  At a position whose first
 * byte is an ASCII letter no other formula can match, so the letter's
 * pattern finds what the whole one would.
 */
typedef struct letter_patterns
{
	const char *const *list;	/* the formulas, between WORD_START and WORD_END, caseless, anchored; NULL: none */
	bool		tried[26];		/* the letter's pattern was built (or failed to build: the whole one serves) */
	bool		none[26];		/* no formula starts with the letter */
	bool		jitted[26];
	pcre2_code *code[26];
} letter_patterns;

static letter_patterns by_letter[PAT_COUNT];
static int	builds;				/* patterns compiled (or tried) in this process: aa_pattern_builds */
bool		aa_letter_patterns = true;

static size_t
append_n(char *buf, size_t cap, size_t at, const char *s, size_t n)
{
	if (at + n < cap)
		memcpy(buf + at, s, n);
	return at + n;
}

static size_t
append(char *buf, size_t cap, size_t at, const char *s)
{
	return append_n(buf, cap, at, s, strlen(s));
}

/*
 * A word is not part of a longer one: no letter, digit or hyphen beside it,
 * nor an apostrophe that joins it to a letter ("O'Brien", "don't"); an
 * apostrophe that is a single quotation mark may stand beside it ('That's
 * rubbish.', "was 'rubbish'.").
 */
#define WORD_START "(?<![\\p{L}\\p{N}-])(?<![\\p{L}\\p{N}]['\\x{2019}])"
#define WORD_END "(?![\\p{L}\\p{N}-])(?!['\\x{2019}][\\p{L}\\p{N}])"

/*
 * prefix (?:a|b|c...) suffix from a NULL-terminated list, then the lists of
 * more (a NULL-terminated array, or NULL); NULL when it does not fit.
 * any_space: a space between words also matches a no-break space, as web
 * text writes one inside phrases ("issued a statement").
 */
static char *
alternation_of(const char *prefix, const char *const *first, const char *const *const *more, const char *suffix,
			   bool any_space)
{
	static char buf[32768];
	size_t		at = 0;
	bool		any = false;

	at = append(buf, sizeof(buf), at, prefix);
	at = append(buf, sizeof(buf), at, "(?:");
	for (const char *const *list = first; list; list = more ? *more++ : NULL)
	{
		for (; *list; list++)
		{
			if (any)
				at = append(buf, sizeof(buf), at, "|");
			for (const char *w = *list, *sp; *w; w = sp + 1)
			{
				sp = any_space ? strchr(w, ' ') : NULL;
				if (sp == NULL)
				{
					at = append(buf, sizeof(buf), at, w);
					break;
				}
				at = append_n(buf, sizeof(buf), at, w, (size_t) (sp - w));
				at = append(buf, sizeof(buf), at, "[ \\x{a0}]");
			}
			any = true;
		}
	}
	at = append(buf, sizeof(buf), at, ")");
	at = append(buf, sizeof(buf), at, suffix);
	if (at >= sizeof(buf))
		return NULL;
	buf[at] = '\0';
	return buf;
}

static char *
alternation(const char *prefix, const char *const *first, const char *const *const *more, const char *suffix)
{
	return alternation_of(prefix, first, more, suffix, false);
}

static aa_status
compile(aa_pattern_id id, const char *source, uint32_t options)
{
	int			err;
	PCRE2_SIZE	erroff;

	if (source == NULL)
		return AA_ERR_PATTERN;
	builds++;
	patterns[id] = pcre2_compile((PCRE2_SPTR) source, PCRE2_ZERO_TERMINATED,
								 PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | options,
								 &err, &erroff, NULL);
	if (patterns[id] == NULL)
		return AA_ERR_PATTERN;
	/* JIT is an optimisation: without it (unsupported platform) matching still works. */
	jitted[id] = pcre2_jit_compile(patterns[id], PCRE2_JIT_COMPLETE) == 0;
	return AA_OK;
}

aa_status
aa_patterns_init(void)
{
	aa_status	st;

	if (patterns_ready)
		return AA_OK;
	aa_lexicon_init();

	/* Anchored: the word scan finds where a cue may start, the pattern says where it ends. */
	st = compile(PAT_CUE, alternation_of(WORD_START, aa_lex_prepositional_cues(), aa_lex_cue_lists(), WORD_END, true),
				 PCRE2_CASELESS | PCRE2_ANCHORED);
	if (st != AA_OK)
		return st;
#define LIST(id, which, prefix, suffix, options) \
	if ((st = compile(id, alternation(prefix, aa_lex_denial_list(which), NULL, suffix), options)) != AA_OK) \
		return st
	LIST(PAT_DENY_VERB, DL_VERBS, WORD_START, WORD_END, PCRE2_CASELESS | PCRE2_ANCHORED);
	/* the denial verbs with a claim, and the phrasal cues that dispute */
	st = compile(PAT_DENY_VERB_CLAIM, alternation(WORD_START, aa_lex_denial_list(DL_VERBS_WITH_CLAIM),
												  aa_lex_dispute_cues(), WORD_END),
				 PCRE2_CASELESS | PCRE2_ANCHORED);
	if (st != AA_OK)
		return st;
	LIST(PAT_CLAIM_NOUN, DL_CLAIM_NOUNS, WORD_START, WORD_END, PCRE2_CASELESS);
	/* Anchored: aa_find_falsity tries it where a recorded label word may start one. */
	LIST(PAT_FALSITY, DL_FALSITY, WORD_START, WORD_END, PCRE2_CASELESS | PCRE2_ANCHORED);
	/* Anchored: aa_find_no_involvement tries it just before the denial hints. */
	LIST(PAT_NO_INVOLVEMENT, DL_NO_INVOLVEMENT, WORD_START, WORD_END, PCRE2_CASELESS | PCRE2_ANCHORED);
	LIST(PAT_NEGATED_FACT, DL_NEGATED_FACTS, WORD_START, WORD_END, PCRE2_CASELESS | PCRE2_ANCHORED);
	/* the same three, compiled by first letter when first tried there */
	by_letter[PAT_FALSITY].list = aa_lex_denial_list(DL_FALSITY);
	by_letter[PAT_NO_INVOLVEMENT].list = aa_lex_denial_list(DL_NO_INVOLVEMENT);
	by_letter[PAT_NEGATED_FACT].list = aa_lex_denial_list(DL_NEGATED_FACTS);
	/*
	 * A suppressor, maybe one more word, then the cue: matched on the text
	 * that ends at the cue (no comma after the word between: "without any
	 * ifs or buts, brushing off" takes nothing back)
	 */
	LIST(PAT_SUPPRESSED, DL_SUPPRESSORS, "(?:" WORD_START "|(?=n't))", "\\s+(?:[^\\s,;:]+\\s+)?$",
		 PCRE2_CASELESS | PCRE2_DOLLAR_ENDONLY);
	/*
	 * The grant sense: "denied him the chance", "denied bail", "rejected the
	 * proposal"; a named recipient before a second object ("denied Carter a
	 * photograph", "deny insurgent Bernie Sanders the nomination"), not a day
	 * ("denied Tuesday the reports"); or a few words of recipient before a
	 * granted thing ("deny many energized independents the right to vote").
	 */
	LIST(PAT_GRANT_OBJECT, DL_GRANT_OBJECTS,
		 "\\s*(?:(?:him|her|them|me|us|you)\\s+(?:the|a|an|any|his|her|their)\\b|"
		 "(?:\\p{Ll}+\\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|The\\b|A\\b|An\\b|This\\b|That\\b|These\\b|Those\\b)"
		 "(?:\\p{Lu}[\\p{L}.\\x{2019}'-]*\\s+){1,4}(?-i:the|a|an)\\s|"
		 "(?:(?:(?!that\\b|any\\b|the\\b|a\\b|an\\b)\\p{Ll}+\\s+){1,3}(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?|"
		 "(?:(?:him|her|them|me|us|you|it)\\s+)?(?:(?:the|a|an|his|her|their|its|our|any|this|that)\\s+)?(?:[\\p{L}-]+\\s+){0,2})",
		 WORD_END ")", PCRE2_CASELESS | PCRE2_ANCHORED);
#undef LIST

	match_data = pcre2_match_data_create(4, NULL);
	match_context = pcre2_match_context_create(NULL);
	if (match_data == NULL || match_context == NULL)
		return AA_ERR_NOMEM;
	pcre2_set_match_limit(match_context, MATCH_LIMIT);
	pcre2_set_depth_limit(match_context, DEPTH_LIMIT);
	patterns_ready = true;
	return AA_OK;
}

/* Has the formula a "|" outside any group or class (then it is two or more alternatives)? */
static bool
alternatives_at_top(const char *f)
{
	int			depth = 0;
	bool		in_class = false;

	for (const char *p = f; *p; p++)
	{
		if (*p == '\\' && p[1])
			p++;
		else if (in_class)
			in_class = *p != ']';
		else if (*p == '[')
			in_class = true;
		else if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (*p == '|' && depth == 0)
			return true;
	}
	return false;
}

/*
 * The first letters (bit k: 'a' + k, either case) a formula can start with,
 * or all 26 when it cannot tell: a letter no quantifier makes optional, or a
 * group "(?:...)" whose every alternative starts with one and which no
 * quantifier makes optional.
 */
uint32_t
aa_first_letters(const char *f)
{
	const uint32_t all = (UINT32_C(1) << 26) - 1;
	uint32_t	letters = 0;
	int			depth = 1;
	bool		at_start = true;	/* at the start of one of the group's alternatives */
	const char *p;

	if (alternatives_at_top(f))
		return all;
	if (aa_letter_index((unsigned char) f[0]) < 26)
		return f[1] == '?' || f[1] == '*' || f[1] == '{' ? all : UINT32_C(1) << aa_letter_index((unsigned char) f[0]);
	if (strncmp(f, "(?:", 3) != 0)
		return all;
	for (p = f + 3; *p; p++)
	{
		if (at_start)
		{
			if (aa_byte_not_letter((unsigned char) *p))
				return all;
			letters |= UINT32_C(1) << aa_letter_index((unsigned char) *p);
			at_start = false;
		}
		if (*p == '\\' && p[1])
			p++;
		else if (*p == '[')
			return all;			/* no class in a leading group here: keep the parse simple */
		else if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			break;
		else if (*p == '|' && depth == 1)
			at_start = true;
	}
	if (*p != ')' || p[1] == '?' || p[1] == '*' || p[1] == '{')
		return all;
	return letters;
}

/* Longer lists than this are matched whole, whatever the letter. */
#define LETTER_PATTERN_MAX 128

/*
 * Build the pattern of id for the formulas that start with letter k, once:
 * lp->code[k] stays NULL when none do (lp->none[k]), when there are more
 * than LETTER_PATTERN_MAX, or when it fails to compile (the whole pattern
 * serves then).
 */
static void
build_letter_pattern(letter_patterns *lp, int k)
{
	const char *chosen[LETTER_PATTERN_MAX + 1];
	int			n = 0;

	lp->tried[k] = true;
	builds++;
	for (const char *const *f = lp->list; *f; f++)
		if (aa_first_letters(*f) >> k & 1)
		{
			if (n == LETTER_PATTERN_MAX)
				return;
			chosen[n++] = *f;
		}
	chosen[n] = NULL;
	lp->none[k] = n == 0;
	if (n > 0)
	{
		const char *source = alternation(WORD_START, chosen, NULL, WORD_END);
		int			err;
		PCRE2_SIZE	erroff;

		if (source != NULL)
			lp->code[k] = pcre2_compile((PCRE2_SPTR) source, PCRE2_ZERO_TERMINATED,
										PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | PCRE2_CASELESS | PCRE2_ANCHORED,
										&err, &erroff, NULL);
		if (lp->code[k] != NULL)
			lp->jitted[k] = pcre2_jit_compile(lp->code[k], PCRE2_JIT_COMPLETE) == 0;
	}
}

int
aa_pattern_builds(void)
{
	return builds;
}

aa_status
aa_patterns_prepare(void)
{
	aa_status	st = aa_patterns_init();

	if (st != AA_OK)
		return st;
	for (int id = 0; id < PAT_COUNT; id++)
		for (int k = 0; k < 26; k++)
			if (by_letter[id].list != NULL && !by_letter[id].tried[k])
				build_letter_pattern(&by_letter[id], k);
	return AA_OK;
}

bool
aa_pattern_find(aa_doc *doc, aa_pattern_id id, size_t from, size_t to, aa_match *m)
{
	int			rc;
	PCRE2_SIZE *ov;
	const pcre2_code *code;
	bool		jit;
	unsigned	k;				/* the letter at from, 26 or more for none */

	/*
	 * Callers bound their windows in bytes; PCRE2 must see whole characters
	 * (no UTF check is done per call), so both ends move to character starts.
	 */
	while (to > from && aa_mid_character(doc->text, doc->len, to))
		to--;
	while (from < to && aa_mid_character(doc->text, doc->len, from))
		from++;
	if (from >= to)
		return false;
	code = patterns[id];
	jit = jitted[id];
	k = aa_letter_index((unsigned char) doc->text[from]);
	if (by_letter[id].list != NULL && aa_letter_patterns && k < 26)
	{
		letter_patterns *lp = &by_letter[id];

		if (!lp->tried[k])
			build_letter_pattern(lp, k);
		if (lp->none[k])
			return false;		/* no formula starts with this letter */
		if (lp->code[k] != NULL)
		{
			code = lp->code[k];
			jit = lp->jitted[k];
		}
	}
	/* The text was validated once in aa_extract: no UTF check per call. */
	/* pcre2_jit_match skips pcre2_match's argument checks, which the calls here never need */
	rc = jit ?
		pcre2_jit_match(code, (PCRE2_SPTR) doc->text, to, from, PCRE2_NO_UTF_CHECK,
						match_data, match_context) :
		pcre2_match(code, (PCRE2_SPTR) doc->text, to, from, PCRE2_NO_UTF_CHECK,
					match_data, match_context);
	aa_tick(doc->arena, to - from);
	if (rc == PCRE2_ERROR_NOMATCH)
		return false;
	if (rc < 0)
		aa_bail(doc->arena, AA_ERR_PATTERN);
	ov = pcre2_get_ovector_pointer(match_data);
	m->start = ov[0];
	m->end = ov[1];
	return true;
}

/* ---------------------------------------------------------------- words */

#define MAX_TOKEN 256			/* bytes; news has no longer words, hostile input may */

#define BIT64(c) ((uint64_t) 1 << ((c) & 63))

/* , ; : ! ? ( ) [ ] " ' . and dashes, curly quotes, guillemets, the ellipsis */
static inline bool
is_edge_punct(uint32_t c)
{
	if (c < 64)
		return (BIT64(',') | BIT64(';') | BIT64(':') | BIT64('!') | BIT64('?') | BIT64('(') |
				BIT64(')') | BIT64('"') | BIT64('\'') | BIT64('.') | BIT64('-')) >> c & 1;
	if (c < 128)
		return c == '[' || c == ']';
	return aa_is_quote_char(c) || c == 0x2026 || aa_is_dash(c);
}

/* aa_utf8_next / aa_utf8_prev with the common case, ASCII, inline. */
static inline uint32_t
char_next(const char *t, size_t end, size_t *k)
{
	unsigned char c = (unsigned char) t[*k];

	if (c < 0x80)
	{
		(*k)++;
		return c;
	}
	return aa_utf8_next(t, end, k);
}

/* Is the character at i a space?  *next: where the next character starts. */
static inline bool
is_space_at(const char *t, size_t end, size_t i, size_t *next)
{
	*next = i;
	return aa_is_space(char_next(t, end, next));
}

static inline uint32_t
char_prev(const char *t, size_t i, size_t *k)
{
	unsigned char c = (unsigned char) t[i - 1];

	if (c < 0x80)
	{
		*k = i - 1;
		return c;
	}
	return aa_utf8_prev(t, i, k);
}

/*
 * Fill in core, classes and capitalisation of a token [start, end); the
 * lexicon is asked through cache when there is one.
 */
static AA_ALWAYS_INLINE void
describe_token(const char *t, aa_word *w, aa_word_class *cache)
{
	size_t		s = w->start,
				e = w->end;

	/* most tokens are a bare word: an ASCII letter at each end is no edge punctuation */
	if (s == e || aa_byte_not_letter((unsigned char) t[s]) || aa_byte_not_letter((unsigned char) t[e - 1]))
	{
		while (s < e)
		{
			size_t		k = s;
			uint32_t	c = char_next(t, e, &k);

			if (!is_edge_punct(c))
				break;
			s = k;
		}
		while (e > s)
		{
			size_t		k;
			uint32_t	c = char_prev(t, e, &k);

			if (!is_edge_punct(c))
				break;
			/* Keep the period of an abbreviation or initial: "Mr.", "U.S.", "M." */
			if (c == '.' && aa_lex_abbreviation(t + s, e - s))
				break;
			if (c == '.' && e - s == 2 && aa_is_upper((unsigned char) t[s]))
				break;
			if (c == '.' && memchr(t + s, '.', e - 1 - s) != NULL)
				break;
			e = k;
		}
	}
	w->cstart = s;
	w->cend = e;
	if (cache && cache->len == e - s && cache->start == s && cache->len)
		w->classes = cache->classes;
	else
	{
		w->classes = aa_lex_word(t + s, e - s);
		if (cache)
		{
			cache->start = s;
			cache->len = (uint32_t) (e - s);
			cache->classes = w->classes;
		}
	}
	if (s < e)
	{
		unsigned char c = (unsigned char) t[s];
		size_t		k = s;

		w->capitalized = c < 0x80 ? (c >= 'A' && c <= 'Z') : aa_is_upper(aa_utf8_next(t, e, &k));
	}
	else
		w->capitalized = false;
}

/*
 * In a Title Case headline, "Is", "Who", "Reportedly" and the reporting
 * verbs that are no nouns ("Says", "Insists", not "Report") are capitalised
 * by the style alone: read them as lower case, so that "Comcast Is
 * Threatening" names Comcast and "YPG Confirms: ..." has the cue
 * "Confirms".  Not the headline's first word, as a sentence's first word is
 * capitalised in any style, and not a word in capitals ("WHO", "SAYS").
 */
#define TITLE_CASE_CUE_CLASSES (LX_REPORT_VERB | LX_REPORT_ING | LX_DENIAL_VERB | LX_DENIAL_VERB_CLAIM)

/* Is pos after the last Title Case headline (most words are: an article's title is its first paragraph)? */
static inline bool
past_headlines(const aa_doc *doc, size_t pos)
{
	return doc->title_case.n == 0 || pos >= AA_VEC_AT(&doc->title_case, aa_range, doc->title_case.n - 1).end;
}

static AA_ALWAYS_INLINE void
read_title_case(const aa_doc *doc, aa_word *w)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	int			i;
	const aa_range *pr;

	if (!w->capitalized || past_headlines(doc, w->start) || w->cend - w->cstart < 2 ||
		(unsigned char) (t[w->cstart + 1] - 'a') >= 26)
		return;
	i = aa_vec_lower_bound(&doc->title_case, w->start + 1) - 1;
	if (i < 0)
		return;
	pr = &AA_VEC_AT(&doc->title_case, aa_range, i);
	if (!(w->start > pr->start && w->end <= pr->end))
		return;
	if (((w->classes & TITLE_CASE_CUE_CLASSES) && !(w->classes & (LX_NOUN_VERB | LX_TITLE))) ||
		aa_lex_marked(doc->text + w->cstart, w->cend - w->cstart, LM_TITLE_CASE_MINOR))
		w->capitalized = false;
}

static void
describe_word(const aa_doc *doc, aa_word *w)
{
	describe_token(doc->text, w,
				   doc->word_cache ? &doc->word_cache[w->start & (AA_WORD_CACHE - 1)] : NULL);
	read_title_case(doc, w);
}

/* ---------------------------------------------------------------- the token table */

size_t		aa_tokens_max_text = AA_TOKENS_MAX_TEXT;
bool		aa_sse2_steps = true;
bool		aa_subject_memos = true;

/* The table being filled: its tokens, and the first block whose entry is not yet set. */
typedef struct token_fill
{
	aa_vec		v;
	aa_tokens  *table;
	size_t		block;
} token_fill;

/* A token not yet described (aa_token_describe fills the rest on first look). */
static inline void
set_token(aa_token *tk, size_t start, size_t end, unsigned letters)
{
	*tk = (aa_token)
	{
		.start = (uint32_t) start,.end = (uint32_t) end,.whole = end - start <= MAX_TOKEN,.letters = (uint8_t) letters
	};
}

/*
 * Is the space whose first byte is lead one of those the word scan reads as
 * letters (aa_tokens.odd_spaces)?  ASCII spaces, U+00A0 (C2 A0) and the
 * punctuation block's (E2 80 xx, E2 81 xx) are not.
 */
static inline bool
odd_space_lead(unsigned char lead)
{
	return lead >= 0x80 && lead != 0xC2 && lead != 0xE2;
}

/* The blocks whose first byte is at or before a token's start point to it (see aa_tokens). */
static inline void
point_blocks(token_fill *f, size_t start, int token)
{
	for (; f->block <= start >> AA_TOKEN_BLOCK_SHIFT; f->block++)
		f->table->block_first[f->block] = token;
}

static void
add_token(aa_doc *doc, token_fill *f, size_t start, size_t end)
{
	size_t		e = aa_ascii_letters_end((const unsigned char *) doc->text, start, end);
	unsigned	letters = e == end ? AA_TOKEN_LETTERS :
		e == end - 1 && (unsigned char) doc->text[e] < 0x80 ? AA_TOKEN_LETTERS_MARK : 0;

	point_blocks(f, start, f->v.n);
	set_token(AA_VEC_PUSH(doc->arena, &f->v, aa_token), start, end, letters);
}

#if AA_SSE2
/*
 * Bit j: byte j of u[0, 64) is an ASCII space (aa_is_space).  *leads gets
 * the bytes that may start a wide one: C2 (U+00A0), E1 to E3 (U+1680,
 * U+2000.., U+3000) and EF (U+FEFF); *ascii_letters the ASCII letters.
 */
static inline uint64_t
ascii_spaces64(const unsigned char *u, uint64_t *leads, uint64_t *ascii_letters)
{
	uint64_t	spaces = 0,
				wide = 0,
				letters = 0;

	for (int k = 0; k < 4; k++)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (u + 16 * k));
		__m128i		ctl = _mm_sub_epi8(x, _mm_set1_epi8(9));	/* \t \n \v \f \r: 0 to 4 */
		__m128i		e = _mm_sub_epi8(x, _mm_set1_epi8((char) 0xE1));	/* E1 E2 E3: 0 to 2 */
		__m128i		s = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(ctl, _mm_set1_epi8(4)), ctl),
									 _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
		__m128i		l = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(e, _mm_set1_epi8(2)), e),
									 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xC2)),
												  _mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF))));

		__m128i		lower = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));

		spaces |= (uint64_t) (uint16_t) _mm_movemask_epi8(s) << (16 * k);
		wide |= (uint64_t) (uint16_t) _mm_movemask_epi8(l) << (16 * k);
		letters |= (uint64_t) (uint16_t) _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(lower, _mm_set1_epi8(25)), lower))
			<< (16 * k);
	}
	*leads = wide;
	*ascii_letters = letters;
	return spaces;
}

/* aa_token.letters of the token of a step that ends at bit e, from the masks of tokenize_sse2 */
static inline unsigned
step_token_letters(uint64_t letter_ends, uint64_t mark_ends, int e)
{
	return (unsigned) (letter_ends >> e & 1) * AA_TOKEN_LETTERS | (unsigned) (mark_ends >> e & 1) * AA_TOKEN_LETTERS_MARK;
}

#if AA_TOKEN_BLOCK_SHIFT != 4
#error "index_step_blocks sets four 16-byte blocks a step"
#endif

/*
 * The block index of a 64-byte step at byte i, its four 16-byte blocks at
 * once: each block's first token is the one after those begun before it,
 * which are `before` (begun before the step) and the starts in the step's
 * mask below the block, counted byte by byte and summed by one multiply
 * (byte k of the product: the starts in bytes 0 to k).
 */
static inline void
index_step_blocks(token_fill *f, size_t i, uint64_t starts, int before)
{
	int32_t    *first = f->table->block_first + (i >> AA_TOKEN_BLOCK_SHIFT);
	uint64_t	c = starts - ((starts >> 1) & UINT64_C(0x5555555555555555));

	c = (c & UINT64_C(0x3333333333333333)) + ((c >> 2) & UINT64_C(0x3333333333333333));
	c = ((c + (c >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F)) * AA_SWAR_ONES;
	first[0] = before;
	first[1] = before + (int) (c >> 8 & 0xFF);
	first[2] = before + (int) (c >> 24 & 0xFF);
	first[3] = before + (int) (c >> 40 & 0xFF);
	f->block = (i >> AA_TOKEN_BLOCK_SHIFT) + 4;
}

/*
 * The tokens of t[0, len) in 64-byte steps: a mask of the space bytes (the
 * few wide spaces decoded where their lead byte is), from which the masks
 * of the tokens' starts and ends are read pairwise.  Returns where the
 * steps stopped: a token still open there is *open_out, from
 * *open_start_out, and *spill has the bytes after it that belong to a wide
 * space begun before it.
 */
static size_t
tokenize_sse2(aa_doc *doc, token_fill *f, bool *open_out, size_t *open_start_out, uint64_t *spill)
{
	const unsigned char *u = (const unsigned char *) doc->text;
	size_t		len = doc->len;
	size_t		i;
	uint64_t	carry = 0;
	bool		open = false;	/* a token is open from an earlier step, from open_start */
	size_t		open_start = 0;
	bool		open_letters = false;	/* and is all letters so far */
	bool		open_mark = false;	/* or letters then a byte that is none, at the step's last byte */

	for (i = 0; i + 64 <= len; i += 64)
	{
		uint64_t	leads,
					letters,
					sum,
					letter_ends,
					mark_ends;
		uint64_t	space = ascii_spaces64(u + i, &leads, &letters) | carry;
		uint64_t	member,
					inside,
					starts,
					ends;
		aa_token   *items;
		int			n;

		carry = 0;
		while (leads)
		{
			int			j = __builtin_ctzll(leads);
			size_t		k = i + j;

			leads &= leads - 1;
			if (aa_is_space(aa_utf8_next(doc->text, len, &k)))
			{
				size_t		width = k - (i + j);
				uint64_t	bits = (UINT64_C(1) << width) - 1;

				space |= bits << j;
				if (j + width > 64)
					carry = bits >> (64 - j);
				if (odd_space_lead(u[i + j]))
					f->table->odd_spaces = true;
			}
		}
		/* bit j of starts: a token starts at byte j; of ends: the token before byte j ends there */
		member = ~space;
		inside = (member << 1) | (uint64_t) open;
		starts = member & ~inside;
		ends = ~member & inside;
		/*
		 * The tokens of letters only: a token's start added to its letters
		 * carries through them to its end when every byte is a letter, and
		 * stops at the first that is not (tokens are apart: no carry goes
		 * from one to the next).  The token open from the step before
		 * carries in at bit 0 if it was letters only so far; the one open
		 * at the step's end carries out.
		 */
		sum = letters + (starts | (uint64_t) (open && open_letters));
		letter_ends = sum & ends;
		/*
		 * Where the carry stops on a token's last byte, which is no letter,
		 * the token is letters then that byte (an ASCII one: a carry stops
		 * at a character's first byte): bit j of mark_ends for the token
		 * ending at j, whose last byte may be the step before's last.
		 */
		mark_ends = (((sum & ~letters) << 1) | (uint64_t) (open && open_mark)) & ends;
		open_letters = sum < letters;
		open_mark = (sum & ~letters) >> 63;
		index_step_blocks(f, i, starts, f->v.n + open);
		/*
		 * At most 32 tokens end in 64 bytes (an end is a space after a
		 * non-space): room for them at once, then no test per token.
		 */
		if (f->v.cap - f->v.n < 32)
			aa_vec_reserve(doc->arena, &f->v, f->v.cap * 2 >= f->v.n + 32 ? f->v.cap * 2 : f->v.n + 32);
		items = (aa_token *) f->v.items;
		n = f->v.n;
		/*
		 * The open token ends at the first end, if any; after it starts and
		 * ends alternate, the k-th start with the k-th end, and a start
		 * left over opens a token to the next step.
		 */
		if (open && ends)
		{
			int			e = __builtin_ctzll(ends);

			set_token(&items[n++], open_start, i + e, step_token_letters(letter_ends, mark_ends, e));
			ends &= ends - 1;
			open = false;
		}
		for (; ends; ends &= ends - 1, starts &= starts - 1)
		{
			int			e = __builtin_ctzll(ends);

			set_token(&items[n++], i + __builtin_ctzll(starts), i + e, step_token_letters(letter_ends, mark_ends, e));
		}
		if (starts)
		{
			open = true;
			open_start = i + __builtin_ctzll(starts);
		}
		f->v.n = n;
		if ((i & 4095) == 0)
			aa_tick(doc->arena, 4096);
	}
	*open_out = open;
	*open_start_out = open_start;
	*spill = carry;
	return i;
}
#endif

/*
 * Only the tokens' extents (and the block index) are found here, in one
 * pass over the bytes: a token is described (core, classes,
 * capitalisation) the first time a walker looks at it, and most tokens of
 * an article never are.
 */
void
aa_tokenize(aa_doc *doc)
{
	const char *t = doc->text;
	size_t		len = doc->len;
	size_t		i = 0;
	size_t		next;
	size_t		start = 0;
	bool		in_token = false;
	token_fill	f;

	doc->tokens = NULL;
	if (len > aa_tokens_max_text)
		return;
	f.table = aa_alloc(doc->arena, sizeof(aa_tokens));
	f.table->n_blocks = (len >> AA_TOKEN_BLOCK_SHIFT) + 1;
	f.table->block_first = aa_alloc(doc->arena, sizeof(int32_t) * f.table->n_blocks);
	f.table->odd_spaces = false;
	f.block = 0;
	/* About one word in six bytes of news: one allocation for most articles. */
	aa_vec_init_room(doc->arena, &f.v, sizeof(aa_token), len / 5);
#if AA_SSE2
	if (aa_sse2_steps)
	{
		uint64_t	spill;

		i = tokenize_sse2(doc, &f, &in_token, &start, &spill);
		/* the rest of the text, under 64 bytes, a character at a time: not from inside one */
		i += (size_t) __builtin_popcountll(spill);
		if (in_token)
			while (aa_mid_character(t, len, i))
				i++;
	}
#endif
	for (;;)
	{
		if (!in_token)
		{
			/* one space before a printable ASCII byte, the common case, or any run of spaces */
			if (i + 1 < len && t[i] == ' ' && !aa_byte_not_printable((unsigned char) t[i + 1]))
				i++;
			else
				while (i < len && is_space_at(t, len, i, &next))
				{
					if (odd_space_lead((unsigned char) t[i]))
						f.table->odd_spaces = true;
					i = next;
				}
			if (i >= len)
				break;
			start = i;
		}
		/* printable ASCII runs eight bytes at a time, then one character; an ASCII space ends the token at once */
		while ((i = aa_printable_ascii_end((const unsigned char *) t, i, len)) < len && t[i] != ' ' &&
			   !is_space_at(t, len, i, &next))
			i = next;
		add_token(doc, &f, start, i);
		in_token = false;
	}
	for (; f.block < f.table->n_blocks; f.block++)
		f.table->block_first[f.block] = f.v.n;
	f.table->items = f.v.items;
	f.table->n = f.v.n;
	f.table->cap = f.v.cap;
	f.table->cursor = 0;
	doc->tokens = f.table;
}

void
aa_forget_tokens(aa_doc *doc)
{
	if (doc->tokens == NULL)
		return;
	aa_free_big(doc->arena, doc->tokens->items, (size_t) doc->tokens->cap * sizeof(aa_token));
	aa_free_big(doc->arena, doc->tokens->block_first, doc->tokens->n_blocks * sizeof(int32_t));
	doc->tokens = NULL;
}

/* Index of the first token that starts at or after pos (n when none). */
static inline int
token_from(const aa_tokens *table, size_t pos)
{
	const aa_token *items = table->items;
	size_t		b = pos >> AA_TOKEN_BLOCK_SHIFT;
	int			k;

	if (b >= table->n_blocks)
		return table->n;
	/*
	 * The block's first token starts at or after the block's first byte: a
	 * few tokens to step over (0 to 3 mostly), counted without a branch on
	 * each, as how many cannot be predicted.
	 */
	k = table->block_first[b];
	if (k + 4 <= table->n)
	{
		int			c = (items[k].start < pos) + (items[k + 1].start < pos) + (items[k + 2].start < pos) +
			(items[k + 3].start < pos);

		k += c;
		if (c < 4)
			return k;
	}
	for (; k < table->n && items[k].start < pos; k++)
		;
	return k;
}

uint32_t
aa_word_classes(const aa_doc *doc, size_t start, size_t end)
{
	const aa_tokens *table = doc->tokens;

	if (table != NULL)
	{
		int			k = token_from(table, start);
		const aa_token *tk = NULL;

		if (k < table->n && table->items[k].start == start)
			tk = &table->items[k];
		else if (k > 0 && table->items[k - 1].end > start)
			tk = &table->items[k - 1];	/* after a leading mark: "“said" */
		/* a described token's classes are those of its core */
		if (tk != NULL && tk->described && tk->start + tk->lead == start && tk->end - tk->trail == end)
			return tk->classes;
	}
	return aa_lex_word(doc->text + start, end - start);
}

/* A token with edge punctuation, a non-ASCII letter at an end, or in a Title Case headline. */
static AA_NOINLINE void
describe_token_fully(const aa_doc *doc, aa_token *tk)
{
	aa_word		w;

	w.start = tk->start;
	w.end = tk->end;
	describe_token(doc->text, &w, NULL);
	read_title_case(doc, &w);
	tk->classes = w.classes;
	tk->lead = (uint16_t) (w.cstart - w.start);
	tk->trail = (uint16_t) (w.end - w.cend);
	tk->capitalized = w.capitalized;
	tk->described = true;
}

/*
 * Most tokens are a bare word with an ASCII letter at each end, after the
 * last Title Case headline: their core is the token, and a capital is read
 * off the first byte.  Only the lexicon is asked (describe_token's answer
 * for them); the rest take the whole description.
 */
void
aa_token_describe(const aa_doc *doc, aa_token *tk)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		s = tk->start,
				e = tk->end;

	if (s < e && !aa_byte_not_letter(t[s]) && !aa_byte_not_letter(t[e - 1]) &&
		(t[s] >= 'a' || past_headlines(doc, s)))
	{
		aa_token_set_bare(tk, aa_lex_word(doc->text + s, e - s), t[s] < 'a');
		return;
	}
	describe_token_fully(doc, tk);
}

static void
word_of_token(const aa_doc *doc, aa_tokens *table, int k, aa_word *w)
{
	aa_word_of_token(doc, &table->items[k], w);
	table->cursor = k;
}

/*
 * The walkers' answer from the table: 1 a word, 0 none, -1 the table cannot
 * say (pos inside a character, the word cut by lim or too long).
 */
static int
token_after(const aa_doc *doc, size_t pos, size_t lim, aa_word *w)
{
	aa_tokens  *table = doc->tokens;
	int			k;

	if (aa_mid_character(doc->text, doc->len, pos))
		return -1;
	k = token_from(table, pos);
	if (k > 0 && table->items[k - 1].end > pos)
	{
		const aa_token *tk = &table->items[k - 1];

		/*
		 * pos inside a token ("said," from the end of its cue, a quotation's
		 * first word after its mark): the word is the rest of the token when
		 * all of it fits, which the walk over the bytes would find too
		 */
		if (tk->end > lim || tk->end - pos > MAX_TOKEN)
			return -1;
		w->start = pos;
		w->end = tk->end;
		describe_word(doc, w);
		table->cursor = k - 1;
		return 1;
	}
	if (k >= table->n || table->items[k].start >= lim)
		return 0;
	if (table->items[k].end > lim || !table->items[k].whole)
		return -1;
	word_of_token(doc, table, k, w);
	return 1;
}

static int
token_before(const aa_doc *doc, size_t lim, size_t pos, aa_word *w)
{
	aa_tokens  *table = doc->tokens;
	int			k;

	if (aa_mid_character(doc->text, doc->len, pos))
		return -1;
	k = token_from(table, pos) - 1;
	if (k < 0 || table->items[k].end <= lim)
		return 0;
	if (table->items[k].end > pos || table->items[k].start < lim || !table->items[k].whole)
		return -1;
	word_of_token(doc, table, k, w);
	return 1;
}

/*
 * The walkers' answer from the bytes, where the table cannot give it: out of
 * line, so that the look-ups the table answers (most) pay for no more than
 * they use.
 */
static AA_NOINLINE bool
word_before_in_bytes(const aa_doc *doc, size_t lim, size_t pos, aa_word *w)
{
	const char *t = doc->text;
	size_t		i = pos;
	size_t		k;

	while (i > lim)
	{
		uint32_t	c = aa_utf8_prev(t, i, &k);

		if (!aa_is_space(c))
			break;
		i = k;
	}
	if (i <= lim)
		return false;
	w->end = i;
	/* A token longer than MAX_TOKEN bytes is no word: cut it, so no walk is unbounded. */
	while (i > lim && w->end - i < MAX_TOKEN)
	{
		uint32_t	c = aa_utf8_prev(t, i, &k);

		if (aa_is_space(c))
			break;
		i = k;
	}
	w->start = i;
	describe_word(doc, w);
	return true;
}

bool
aa_word_before_lookup(const aa_doc *doc, size_t lim, size_t pos, aa_word *w)
{
	if (doc->tokens)
	{
		int			found = token_before(doc, lim, pos, w);

		if (found >= 0)
			return found == 1;
	}
	return word_before_in_bytes(doc, lim, pos, w);
}

static AA_NOINLINE bool
word_after_in_bytes(const aa_doc *doc, size_t pos, size_t lim, aa_word *w)
{
	size_t		i = pos;
	size_t		next;

	/* Characters are decoded whole; one that does not fit before lim ends the word. */
	while (i < lim && is_space_at(doc->text, doc->len, i, &next))
		i = next;
	if (i >= lim)
		return false;
	w->start = i;
	while (i < lim && i - w->start < MAX_TOKEN && !is_space_at(doc->text, doc->len, i, &next) && next <= lim)
		i = next;
	w->end = i;
	if (w->end == w->start)
		return false;
	describe_word(doc, w);
	return true;
}

bool
aa_word_after_lookup(const aa_doc *doc, size_t pos, size_t lim, aa_word *w)
{
	if (doc->tokens)
	{
		int			found = token_after(doc, pos, lim, w);

		if (found >= 0)
			return found == 1;
	}
	return word_after_in_bytes(doc, pos, lim, w);
}

/* What punctuation follows the word's core: 0, or the first such character. */
static uint32_t
trailing_punct(const aa_doc *doc, const aa_word *w)
{
	size_t		k = w->cend;

	if (k >= w->end)
		return 0;
	return aa_utf8_next(doc->text, w->end, &k);
}

static uint32_t
leading_punct(const aa_doc *doc, const aa_word *w)
{
	size_t		k = w->start;

	if (w->cstart == w->start)
		return 0;
	return aa_utf8_next(doc->text, w->cstart, &k);
}

bool
aa_word_marked(const aa_doc *doc, const aa_word *w, aa_lex_mark mark)
{
	return aa_lex_marked(doc->text + w->cstart, w->cend - w->cstart, mark);
}

bool
aa_verb_form_in_list(const aa_doc *doc, const aa_word *w, aa_verb_forms which, bool any_case)
{
	/*
	 * the lists are lower case: most entries are turned away by their first
	 * letter, the rest by comparing the word's letters up to the entry's
	 * end, with no strlen
	 */
	const char *c = doc->text + w->cstart;
	size_t		n = w->cend - w->cstart;
	char		first = n > 0 ? c[0] : 0;

	if (any_case && first >= 'A' && first <= 'Z')
		first = (char) (first + ('a' - 'A'));
	for (const char *const *v = aa_lex_verb_forms(which); *v; v++)
		if ((*v)[0] == first && strncmp(*v + 1, c + 1, n - 1) == 0 && (*v)[n] == '\0')
			return true;
	return false;
}

/* Is w, written in capitals ("SAN", "QC"), an entry of the list (any letter's case folded)? */
bool
aa_verb_form_in_capitals(const aa_doc *doc, const aa_word *w, aa_verb_forms which)
{
	const char *c = doc->text + w->cstart;
	size_t		n = w->cend - w->cstart;

	for (const char *const *v = aa_lex_verb_forms(which); *v; v++)
	{
		size_t		i = 0;

		while (i < n && (*v)[i] != '\0' && (unsigned char) (*v)[i] == ((unsigned char) c[i] | 0x20))
			i++;
		if (i == n && (*v)[n] == '\0')
			return true;
	}
	return false;
}

bool
aa_opens_sentence_before_name(const aa_doc *doc, const aa_word *w, const aa_word *next)
{
	uint32_t	marks = 0;

	if (!w->capitalized || w->cend != w->end || !next->capitalized)
		return false;
	/*
	 * first what the bytes before tell: a sentence's end, a line's or a
	 * bracket's start, a closing mark (the exact test follows)
	 */
	if (w->cstart == w->start)
	{
		size_t		i = w->start;
		unsigned char c;

		while (i > 0 && doc->text[i - 1] == ' ')
			i--;
		c = i > 0 ? (unsigned char) doc->text[i - 1] : '\n';
		if (c != '\n' && c != '.' && c != '!' && c != '?' && c != '"' && c != ')' && c != ':' && c < 0x80)
			return false;
	}
	/* one look-up for both lists */
	aa_lex_word_marks(doc->text + w->cstart, w->cend - w->cstart, &marks);
	return ((marks & LM_SENTENCE_OPENER) ||
			/* a label before a name, not one of a name's words ("Video Messaging App") */
			((marks & LM_COLON_LABEL) &&
			 (((next->classes & (LX_MALE | LX_FEMALE)) && !(next->classes & (LX_PRONOUN | LX_HONORIFIC | LX_TITLE))) ||
			  aa_possessive_form(doc, next)))) &&
		aa_sentence_start(doc, w->cstart) >= w->start;
}

bool
aa_ly_adverb(const aa_doc *doc, const aa_word *w)
{
	return aa_word_ends(doc, w, "ly") && !aa_word_marked(doc, w, LM_LY_NOT_ADVERB);
}

/*
 * A relative pronoun in lower case: a relative clause opens ("a pollster
 * who advised ...").  The relative pronouns are clause breaks too, which
 * spares the look-up of the list for most words.
 */
static bool
opens_relative(const aa_doc *doc, const aa_word *w)
{
	return w->cstart == w->start && !w->capitalized && (w->classes & LX_CLAUSE_BREAK) &&
		aa_word_marked(doc, w, LM_RELATIVE);
}

size_t
aa_role_end(const aa_doc *doc, size_t start, size_t end)
{
	aa_word		w;
	size_t		last = start;

	for (size_t p = start; aa_word_after(doc, p, end, &w); p = w.end)
	{
		if (last > start && opens_relative(doc, &w))
		{
			/* "Sen. Claire McCaskill (D-Mo.), who": keep the bracket, not the comma */
			while (last > start && doc->text[last - 1] == ',')
				last--;
			return last;
		}
		last = w.end;
	}
	return end;
}

/*
 * Words that may open a noun phrase naming a speaker (before lim): not an
 * adverb, unless a title's modifier before a title ("First Minister John
 * Swinney", not "First, ..." nor "Then Smith").
 */
static bool
can_start_phrase(const aa_doc *doc, const aa_word *w, size_t lim)
{
	aa_word		title;

	if (w->capitalized)
		return !(w->classes & (LX_CLAUSE_BREAK | LX_PREPOSITION | LX_AUX | LX_TIME_WORD | LX_ADVERB)) ||
			(w->classes & (LX_DETERMINER | LX_PRONOUN | LX_TITLE | LX_HONORIFIC)) ||
			((w->classes & LX_ROLE_MODIFIER) && w->cend == w->end && aa_word_after(doc, w->end, lim, &title) &&
			 title.capitalized && (title.classes & (LX_TITLE | LX_HONORIFIC)) == LX_TITLE);
	return (w->classes & (LX_DETERMINER | LX_PRONOUN | LX_GROUP_NOUN | LX_TITLE)) != 0;
}

/* "retired neurosurgeon Ben Carson": lower-case words, then a name within three words. */
static bool
descriptor_before_name(const aa_doc *doc, const aa_word *first, size_t lim)
{
	aa_word		w = *first;

	for (int k = 0; k < 3; k++)
	{
		if (w.capitalized)
			return k > 0;
		if (w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX | LX_REPORT_VERB | LX_ADVERB) ||
			w.cend != w.end)
			return false;
		if (!aa_word_after(doc, w.end, lim, &w))
			return false;
	}
	return w.capitalized;
}

/* ---------------------------------------------------------------- phrases */

/*
 * The lower-case word before the capitalised words that end with v (up to
 * four, with no punctuation between), in *lower: "of" in "of Flint,",
 * "Minister of Health,".
 */
static bool
word_before_capitals(const aa_doc *doc, size_t lim, const aa_word *v, aa_word *lower)
{
	size_t		p = v->start;

	for (int k = 0; k < 4 && aa_word_before(doc, lim, p, lower) && trailing_punct(doc, lower) == 0; k++)
	{
		if (!lower->capitalized)
			return true;
		p = lower->start;
	}
	return false;
}

/*
 * Does the segment that ends with v (its comma) end with "of", "from" or "in"
 * and a capitalised place ("of Flint,", "a teacher from Flint,"), so that the
 * place after it belongs to it ("Mich.", "Michigan")?
 */
static bool
place_continues(const aa_doc *doc, size_t lim, const aa_word *v)
{
	aa_word		w;

	return v->capitalized && word_before_capitals(doc, lim, v, &w) && w.cstart == w.start &&
		(aa_word_is(doc, &w, "of") || aa_word_is(doc, &w, "from") || aa_word_is(doc, &w, "in"));
}

/* Is [start, end) a place opened by a direction in lower case ("north London", "western Pennsylvania")? */
static bool
compass_place(const aa_doc *doc, size_t start, size_t end)
{
	aa_word		w,
				next;

	return aa_word_after(doc, start, end, &w) && !w.capitalized && w.cstart == w.start && w.cend == w.end &&
		aa_verb_form_of(doc, &w, VF_COMPASS, false) && aa_word_after(doc, w.end, end, &next) && next.capitalized;
}

/* Does [start, end) open with a known given name and another capitalised word ("James B. Comey")? */
static bool
opens_with_given_name(const aa_doc *doc, size_t start, size_t end)
{
	aa_word		w,
				next;

	return aa_word_after(doc, start, end, &w) && w.capitalized && w.cend == w.end &&
		(w.classes & (LX_MALE | LX_FEMALE)) && !(w.classes & (LX_PRONOUN | LX_HONORIFIC | LX_TITLE)) &&
		aa_word_after(doc, w.end, end, &next) && next.capitalized;
}

/*
 * Is v the last word of an office's domain after "of" ("The Minister of
 * Health"), and [start, end) two or three capitalised words that name no
 * place ("Lai Mohammed")?  Then the segment names the office's holder,
 * though its given name is not a known one.
 */
static bool
holder_after_office(const aa_doc *doc, size_t lim, const aa_word *v, size_t start, size_t end)
{
	aa_word		w,
				title;
	int			words = 0;

	for (size_t q = start; aa_word_after(doc, q, end, &w); q = w.end)
		if (++words > 3 || !w.capitalized || w.cstart != w.start || (w.cend != w.end && w.cend < end) ||
			doc->text[w.end - 1] == '.' || (w.classes & (LX_COUNTRY | LX_TITLE)) || aa_lex_place(doc->text + w.start, w.end - w.start))
			return false;
	return words >= 2 && word_before_capitals(doc, lim, v, &w) && w.cstart == w.start && aa_word_is(doc, &w, "of") &&
		aa_word_before(doc, lim, w.start, &title) && trailing_punct(doc, &title) == 0 && (title.classes & LX_TITLE);
}

/*
 * Does w open a participle's clause set off by commas (", facing a spirited
 * challenge in Iowa,")?  A lower-case word in -ing that is neither a title
 * nor a role's modifier (", acting director of ...", ", managing editor").
 */
static bool
opens_participle_clause(const aa_doc *doc, const aa_word *w)
{
	aa_word		next;

	return !w->capitalized && w->cstart == w->start && aa_word_ends(doc, w, "ing") &&
		!(w->classes & (LX_TITLE | LX_ROLE_MODIFIER | LX_DETERMINER | LX_PREPOSITION)) &&
		!(w->cend == w->end && aa_word_after(doc, w->end, doc->len, &next) && (next.classes & LX_TITLE));
}

/* Does the segment that ends with comma_word, back to the comma before it, open a participle's clause? */
static bool
participle_segment_before(const aa_doc *doc, size_t lim, const aa_word *comma_word)
{
	aa_word		u,
				first = *comma_word;
	size_t		p = comma_word->start;

	for (int k = 0; k < 16 && aa_word_before(doc, lim, p, &u); k++, p = u.start)
	{
		if (trailing_punct(doc, &u) == ',')
			return opens_participle_clause(doc, &first);
		if (trailing_punct(doc, &u) && trailing_punct(doc, &u) != '.')
			return false;
		first = u;
	}
	return false;
}

/* An age set off by commas: "Jillian Chase, 27, said" (one to three digits). */
static bool
is_age(const aa_doc *doc, const aa_word *w)
{
	size_t		n = w->cend - w->cstart;

	if (n == 0 || n > 3)
		return false;
	for (size_t i = w->cstart; i < w->cend; i++)
		if (!aa_is_digit((unsigned char) doc->text[i]))
			return false;
	return true;
}

/* Does the word's core open with a digit?  (A word of punctuation alone has an empty core, which may end the text.) */
static bool
starts_with_digit(const aa_doc *doc, const aa_word *w)
{
	return w->cstart < w->cend && aa_is_digit((unsigned char) doc->text[w->cstart]);
}

/*
 * A tag after a name: a US politician's party and state ("R-Ky.", "D-N.Y.",
 * "I-Vt.", "R-Texas"), or letters of a rank or an honour ("SAN", "QC").
 */
static bool
is_name_tag(const aa_doc *doc, const aa_word *w)
{
	const unsigned char *t = (const unsigned char *) doc->text + w->cstart;
	size_t		n = w->cend - w->cstart;

	if (aa_post_nominal(doc, w))
		return true;
	if (n < 3 || (t[0] != 'R' && t[0] != 'D' && t[0] != 'I') || t[1] != '-' || !aa_is_upper(t[2]))
		return false;
	for (size_t i = 3; i < n; i++)
		if (!aa_is_letter(t[i]) && t[i] != '.')
			return false;
	return true;
}

bool
aa_age_or_name_tag(const aa_doc *doc, const aa_word *w)
{
	return is_age(doc, w) || is_name_tag(doc, w);
}

/* Are the words of [from, to) all capitalised, and none of them an organisation's ("Sarasota", not "Heritage Foundation")? */
static bool
capitals_only(const aa_doc *doc, size_t from, size_t to)
{
	aa_word		w;
	bool		any = false;

	for (; aa_word_after(doc, from, to, &w); from = w.end, any = true)
		if (!w.capitalized || (w.classes & LX_ORG_WORD))
			return false;
	return any;
}

/*
 * Does text[start, end), set off as a speaker's appositive, describe them?
 * Not a place (", of Sarasota,", ", from Manchester,") nor a circumstance
 * (", in a brief interview on Saturday,", ", for instance,", ", with her son
 * in tow,"): those open with a preposition ("then", "now" open roles:
 * ", then senior pastor at ...,"; "of" opens one before an organisation:
 * ", of the Heritage Foundation,").
 */
bool
aa_role_is_description(const aa_doc *doc, size_t start, size_t end)
{
	aa_word		w;

	if (!aa_word_after(doc, start, end, &w) || w.capitalized)
		return true;
	if (aa_word_is(doc, &w, "of"))		/* no preposition in the lexicon */
		return !capitals_only(doc, w.end, end);
	return !(w.classes & LX_PREPOSITION) || aa_word_is(doc, &w, "then") || aa_word_is(doc, &w, "now");
}

/* Appositive or relative clause between two commas: ", a North Korean diplomat at the UN," */
static bool
parenthetical(const aa_doc *doc, size_t seg_start, size_t seg_end, bool *is_role)
{
	aa_word		w;

	if (!aa_word_after(doc, seg_start, seg_end, &w))
		return false;
	*is_role = false;
	if ((is_age(doc, &w) || is_name_tag(doc, &w)) && w.end >= seg_end)
		return true;			/* ", 27," and ", R-Ky.," are no roles */
	if (!w.capitalized && (w.classes & LX_CLAUSE_BREAK))
		return true;			/* ", who ...," */
	if (!w.capitalized && (w.classes & (LX_REPORT_VERB | LX_REPORT_ING)))
		return true;			/* ", asked about ...,", ", speaking to reporters,": a participle's clause */
	if (opens_participle_clause(doc, &w))
		return true;			/* ", facing a spirited challenge in Iowa,": so is this one */
	/* ", Republican of West Virginia,": a party and the state a member of Congress is from */
	if (w.capitalized && w.cend == w.end && aa_word_marked(doc, &w, LM_PARTY))
	{
		aa_word		of;

		if (aa_word_after(doc, w.end, seg_end, &of) && aa_word_is(doc, &of, "of") && of.cend == of.end)
		{
			*is_role = true;
			return true;
		}
	}
	if (w.classes & (LX_DETERMINER | LX_TITLE) || aa_word_is(doc, &w, "then") ||
		aa_word_is(doc, &w, "now") || aa_word_is(doc, &w, "former") || !w.capitalized)
	{
		/* ", however," ", meanwhile,": an adverbial set off by commas is no role */
		*is_role = (!(w.classes & LX_ADVERB) && !aa_word_marked(doc, &w, LM_SENTENCE_OPENER)) ||
			aa_word_is(doc, &w, "then") || aa_word_is(doc, &w, "now");
		return true;
	}
	/*
	 * "Color of Change's executive director": a name with a title in it, or
	 * a relation's noun at its end, as after "his" ("Sánchez's wife")
	 */
	for (size_t p = w.end; aa_word_after(doc, p, seg_end, &w); p = w.end)
		if (!w.capitalized && ((w.classes & LX_TITLE) || (w.cend == seg_end && aa_kin_noun(doc, &w))))
		{
			*is_role = true;
			return true;
		}
	return false;
}

/* A role's modifier in lower case and nothing else ("incumbent", "former"), before a title. */
static bool
lower_role_modifier(const aa_word *w)
{
	return !w->capitalized && w->cend == w->end && (w->classes & LX_ROLE_MODIFIER);
}

/*
 * Is [seg_start, seg_end) a titled name, set off after a description ("The
 * Vatican's secretary of state, Cardinal Pietro Parolin,")?  A title in
 * capitals, then words in capitals that are neither titles nor an
 * organisation's ("Senator Ted Cruz"; not "Chief Executive Officer").
 */
static bool
titled_name_segment(const aa_doc *doc, size_t seg_start, size_t seg_end)
{
	aa_word		w;
	int			names = 0;
	bool		titles = true,
				titled = false;

	for (size_t p = seg_start; aa_word_after(doc, p, seg_end, &w); p = w.end)
	{
		/* "Dr. Christopher van Dyck of the Yale School of Medicine": a name's connector; its affiliation */
		if (names > 0 && !w.capitalized && w.cend == w.end && (w.classes & LX_CONNECTOR))
		{
			if (aa_word_is(doc, &w, "of"))
				break;
			continue;
		}
		/* ("incumbent Mayor Tom Reilly": a modifier in lower case before the title) */
		if (p == seg_start && lower_role_modifier(&w))
			continue;
		if (!w.capitalized || w.cstart != w.start || (w.cend != w.end && w.end < seg_end && doc->text[w.cend] != '.'))
			return false;
		if (titles && (w.classes & LX_TITLE))
		{
			titled = true;
			continue;
		}
		if (!titled || (w.classes & (LX_TITLE | LX_ORG_WORD | LX_COUNTRY)))
			return false;
		titles = false;
		names++;
	}
	return names > 0;
}

/*
 * Is span si scare quotes inside the subject of the cue right after it?
 * "The so-called “experts” said ...", "His “friends” told ...": a closed
 * span with no punctuation inside its closing mark, a space, then a cue;
 * and a determiner at most three words before the opening mark, with
 * neither punctuation nor a verb or a preposition between.  The words in
 * marks are then no quotation (attribute_span), and the subject walk goes
 * on through them (phrase_ending_at).
 */
bool
aa_scare_quoted_subject(const aa_doc *doc, int si)
{
	const aa_span *s = &AA_VEC_AT(&doc->spans, aa_span, si);
	const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph);
	size_t		at = s->open;
	aa_word		w;
	aa_match	cue;

	/*
	 * "... a “cautionary tale,” said Susan Crawford": punctuation inside the
	 * marks sets them off.  The words around are looked for in the
	 * paragraph: punctuation ends the walk before a sentence's end would.
	 */
	if (!s->closed || s->content_end == s->content_start ||
		memchr(".,;:!?", doc->text[s->content_end - 1], 6) != NULL ||
		s->after >= pr->end || doc->text[s->after] != ' ' ||
		!aa_word_after(doc, s->after, pr->end, &w) || w.cstart != w.start ||
		!aa_first_cue(doc, w.start, w.end, &cue) || cue.start != w.start)
		return false;
	for (int k = 0; k < 3 && aa_word_before(doc, pr->start, at, &w); k++, at = w.start)
	{
		if (w.cend != w.end || w.cstart != w.start)
			return false;		/* punctuation: the marks are not inside one phrase with it */
		if (w.classes & LX_DETERMINER)
			return true;
		if (w.classes & (LX_AUX | LX_BE | LX_PREPOSITION | LX_CLAUSE_BREAK | LX_REPORT_VERB | LX_PRONOUN))
			return false;		/* "the U.S. are “based on ...”": a verb or a preposition ends the phrase */
	}
	return false;
}

bool
aa_title_modifier(const aa_doc *doc, const aa_word *w, size_t lim)
{
	aa_word		title,
				name;

	return (unsigned char) (doc->text[w->start] - 'a') < 26 && w->cend == w->end &&
		!(w->classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX | LX_ADVERB | LX_PRONOUN | LX_DETERMINER)) &&
		(w->classes & (LX_REPORT_VERB | LX_NOUN_VERB)) != LX_REPORT_VERB &&
		!aa_word_ends(doc, w, "ing") && !aa_word_ends(doc, w, "ed") &&
		aa_word_after(doc, w->end, lim, &title) && !title.capitalized && (title.classes & LX_TITLE) &&
		(title.cend == title.end || (title.end == title.cend + 1 && doc->text[title.cend] == ',')) &&
		aa_word_after(doc, title.end, lim, &name) && name.capitalized;
}

/* Is the word after pos a verb in a finite form ("said", "wrote", "says"), which no auxiliary takes? */
static bool
finite_verb_after(const aa_doc *doc, size_t pos)
{
	aa_word		v;

	return aa_word_after(doc, pos, doc->len, &v) && !v.capitalized && v.cstart == v.start &&
		(aa_past_form(doc, &v) || doc->text[v.cend - 1] == 's');
}

/*
 * "at least 21,000", "about 200 protesters", "more than 500 people": up to
 * three measures of a count ("at", "least", "about", "more", "than"), from
 * first, then a word that starts with a digit, *number.
 */
static bool
count_after_measures(const aa_doc *doc, const aa_word *first, size_t lim, aa_word *number)
{
	*number = *first;
	for (int k = 0; k < 3; k++)
	{
		if (number->cend != number->end || number->cstart != number->start ||
			!aa_word_marked(doc, number, LM_TIME_MEASURE) || !aa_word_after(doc, number->end, lim, number))
			return false;
		if (starts_with_digit(doc, number))
			return true;
	}
	return false;
}

/* Are the words from first up to the number that ends at end all measures of a count ("at least", "about")? */
static bool
measures_count(const aa_doc *doc, const aa_word *first, size_t end)
{
	aa_word		number;

	return count_after_measures(doc, first, end, &number) && number.cend == end;
}

/* "about 200 protesters", "more than 500 people": a count's measure, then its number, opens a phrase */
static bool
opens_count(const aa_doc *doc, const aa_word *first, size_t lim)
{
	aa_word		number;

	return count_after_measures(doc, first, lim, &number);
}

/* "That person": a capital "That" opening its sentence, then the lower-case head ending at end */
static bool
demonstrative_that(const aa_doc *doc, const aa_word *first, size_t end)
{
	aa_word		head;

	return first->capitalized && first->cend == first->end && aa_word_is_either(doc, first, "that") &&
		aa_word_after(doc, first->end, end, &head) && head.cend == end && !head.capitalized &&
		head.cstart == head.start && !(head.classes & (LX_PRONOUN | LX_AUX | LX_ADVERB | LX_PREPOSITION)) &&
		aa_sentence_start(doc, first->start) == first->start;
}

bool
aa_plural_ending(const aa_doc *doc, const aa_word *w)
{
	char		before_s;

	if (w->cend - w->cstart < 2 || doc->text[w->cend - 1] != 's')
		return false;
	before_s = doc->text[w->cend - 2];
	return (unsigned char) (before_s - 'a') < 26 && before_s != 's' && before_s != 'u' && before_s != 'i';
}

/* "participants", "superdelegates": a lower-case plural the lexicon does not know */
static bool
bare_plural_head(const aa_doc *doc, const aa_word *w)
{
	return !w->capitalized && w->classes == 0 && w->cstart == w->start && w->cend == w->end &&
		w->cend - w->cstart >= 4 && aa_plural_ending(doc, w);
}

/* A word in brackets: "(ROTC)" */
static bool
in_brackets(const aa_doc *doc, const aa_word *w)
{
	return doc->text[w->start] == '(' && doc->text[w->end - 1] == ')';
}

/*
 * "To get their votes, participants said, ...", "520 superdelegates have
 * said", "when court filings revealed": a plural the lexicon does not know,
 * after at most BARE_MODIFIERS lower-case words (no function words) or
 * numbers, heads a phrase that opens its clause (after punctuation, a
 * conjunction or a subordinator, not a preposition: "turns into isolated
 * questions asked of"), no punctuation follows it ("for population,
 * refugees, and migration,"), and the verb after it agrees (not "a look at
 * his airplanes and helicopters suggests").  One word after a relative
 * pronoun is that clause's verb: "which helps explain".
 */
#define BARE_MODIFIERS 3

static bool
bare_plural_subject(const aa_doc *doc, size_t lim, size_t end, aa_phrase *np)
{
	aa_word		w,
				head;
	size_t		start;
	int			k;

	if (!aa_word_before(doc, lim, end, &head) || !bare_plural_head(doc, &head) ||
		head.cend >= doc->len || !aa_is_space((unsigned char) doc->text[head.cend]) ||
		(aa_word_after(doc, head.end, doc->len, &w) && !w.capitalized && doc->text[w.cend - 1] == 's' &&
		 doc->text[w.cend - 2] != 's'))
		return false;
	start = head.start;
	for (k = 0; k < BARE_MODIFIERS && aa_word_before(doc, lim, start, &w); k++, start = w.start)
		if (w.capitalized || w.cstart != w.start || w.cend != w.end ||
			(w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX | LX_BE | LX_REPORT_VERB | LX_REPORT_ING |
						  LX_PRONOUN | LX_DETERMINER | LX_ARTICLE | LX_ADVERB | LX_TIME_WORD | LX_DENIAL_VERB)))
			break;
	if (k < BARE_MODIFIERS && aa_word_before(doc, lim, start, &w) && !trailing_punct(doc, &w) &&
		(w.capitalized || !(w.classes & LX_CLAUSE_BREAK) ||
		 ((w.classes & LX_PREPOSITION) && !aa_word_marked(doc, &w, LM_SUBORDINATOR)) ||
		 (k == 0 && aa_word_marked(doc, &w, LM_RELATIVE))))
		return false;
	if (k == BARE_MODIFIERS)
		return false;
	np->start = start;
	np->end = head.cend;
	np->role_start = np->role_end = 0;
	np->ante_start = np->ante_end = 0;
	return true;
}

bool
aa_personal_pronoun(const aa_doc *doc, const aa_word *w)
{
	return !w->capitalized && w->cend == w->end && (w->classes & LX_PRONOUN) && !(w->classes & LX_ARTICLE) &&
		!aa_word_is(doc, w, "it");
}

bool
aa_object_pronoun(const aa_doc *doc, const aa_word *w)
{
	return !w->capitalized &&
		(aa_word_is(doc, w, "him") || aa_word_is(doc, w, "them") || aa_word_is(doc, w, "us") ||
		 aa_word_is(doc, w, "me"));
}

/* "him winning a share of superdelegates who": an object pronoun before a verb in -ing, its subject */
static bool
gerund_subject(const aa_doc *doc, const aa_word *w, size_t end)
{
	aa_word		next;

	return aa_object_pronoun(doc, w) && w->cend == w->end && aa_word_after(doc, w->end, end, &next) &&
		next.cend < end && !next.capitalized && aa_word_ends(doc, &next, "ing");
}

/*
 * "close to him", "familiar with them": an object pronoun right after a
 * lower-case preposition ("her" is left out: "on her claim" is a possessive)
 */
static bool
object_of_preposition(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		prep;

	return aa_object_pronoun(doc, w) && w->cstart == w->start &&
		aa_word_before(doc, lim, w->start, &prep) && !prep.capitalized && prep.cend == prep.end &&
		(prep.classes & LX_PREPOSITION);
}

/*
 * Does a phrase of time or place without a comma end right before the
 * determiner w, opening the clause: "for decades", "In recent weeks",
 * "Over the summer" (a preposition at the clause's start or after "that",
 * at most three words of it, the last a noun or a capitalised time word;
 * not "At least four senators", a count)?
 */
static bool
adverbial_opens_before(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		v,
				p,
				before;

	if (!aa_word_before(doc, lim, w->start, &v) || v.cend != v.end || v.cstart == v.cend ||
		(v.classes & (LX_PREPOSITION | LX_DETERMINER | LX_ARTICLE | LX_ADVERB | LX_AUX | LX_CLAUSE_BREAK)) ||
		(v.capitalized ? !(v.classes & LX_TIME_WORD) :
		 aa_word_is(doc, &v, "of") || aa_ly_adverb(doc, &v) || aa_word_marked(doc, &v, LM_TIME_MEASURE)))
		return false;
	p = v;
	for (int k = 0; k < 3; k++)
	{
		if (!aa_word_before(doc, lim, p.start, &p) || p.cend != p.end || (p.classes & (LX_AUX | LX_CLAUSE_BREAK)))
			return false;
		if ((p.classes & LX_PREPOSITION) && !(p.classes & LX_ADVERB))
			return !aa_word_before(doc, lim, p.start, &before) ||
				(before.cend == before.end && aa_word_is(doc, &before, "that")) || trailing_punct(doc, &before) == ',';
	}
	return false;
}

/*
 * "a probe the law enforcement agency said was ongoing", "At one point the
 * crowd began to chant": a noun with an article of its own right before
 * the article w is the object of the clause w's phrase opens as its
 * subject (or the head of a phrase of time).  Not after a comma ("CLAUSE,
 * an offer the leadership rebuffed"): that phrase sums up the clause
 * before, which the cue reports (said_after_clause keeps the clause and
 * takes the subject from the phrase).  Not "this",
 * "these", which open phrases of time ("a report this summer").
 */
static bool
object_noun_before(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		noun,
				article,
				before;

	return (w->classes & LX_ARTICLE) && !(w->classes & (LX_PRONOUN | LX_PREPOSITION)) &&
		aa_word_before(doc, lim, w->start, &noun) && !noun.capitalized && noun.cstart == noun.start &&
		noun.cend == noun.end &&
		!(noun.classes & (LX_PREPOSITION | LX_AUX | LX_CLAUSE_BREAK | LX_ADVERB | LX_DETERMINER | LX_ARTICLE |
						  LX_PRONOUN | LX_CONNECTOR | LX_TIME_WORD | LX_BE)) &&
		((aa_word_before(doc, lim, noun.start, &article) && !article.capitalized && article.cend == article.end &&
		  article.cstart == article.start && (article.classes & (LX_ARTICLE | LX_DETERMINER)) &&
		  !(aa_word_before(doc, lim, article.start, &before) && trailing_punct(doc, &before) == ',')) ||
		 /*
		  * "nine particularly outrageous things the Republican candidate
		  * said": a plural after a lower-case modifier needs no article (not
		  * a verb in -s after its subject: "Byrne gives an account")
		  */
		 (aa_plural_ending(doc, &noun) && noun.cend - noun.cstart > 3 &&
		  aa_word_before(doc, lim, noun.start, &before) && !before.capitalized && before.cend == before.end &&
		  !(before.classes & (LX_PRONOUN | LX_CLAUSE_BREAK))));
}

/*
 * May the lower-case word first open a phrase a group noun heads, as its
 * modifier ("cinema chains", "hacking specialists", "half of voters")?  Not
 * a function word, nor a participle that opens a clause after a comma
 * ("..., echoing security experts who", "..., uniting liberals who"), nor
 * "something" before its relative clause ("something Sanders aides argue
 * is possible"), nor any word before a preposition other than "of", an
 * article, a determiner or a day on the way to the head, which end a verb's
 * or a clause's words ("romped among the Iowa Republicans who", "embrace a
 * younger generation of activists who", "to appear in court Wednesday to
 * hear prosecutors").  A number is no verb: "6 in 10 voters", "78 percent
 * of voters in a recent poll".
 */
static bool
modifies_group_head(const aa_doc *doc, const aa_word *first, size_t lim, size_t end)
{
	aa_word		w;

	if (first->capitalized ||
		(first->classes & (LX_PREPOSITION | LX_ADVERB | LX_AUX | LX_CLAUSE_BREAK | LX_REPORT_VERB)) ||
		(aa_word_ends(doc, first, "ing") && aa_word_before(doc, lim, first->start, &w) &&
		 trailing_punct(doc, &w) == ',') ||
		aa_word_ends(doc, first, "thing"))
		return false;
	if (starts_with_digit(doc, first))
		return true;
	for (w = *first; w.cend < end && aa_word_after(doc, w.end, end, &w);)
		if (w.cend < end &&
			(((w.classes & LX_PREPOSITION) && !aa_word_is(doc, &w, "of")) ||
			 (w.classes & (LX_ARTICLE | LX_DETERMINER | LX_TIME_WORD))))
			return false;
	return true;
}

/*
 * Is w a verb of saying in a finite form, with its object after it ("said",
 * "praised"; not "saying", nor a noun: "claim", nor a participle after an
 * article: "the alleged gunman")?
 */
bool
aa_saying_verb_before_object(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		v;

	return !w->capitalized && w->cstart == w->start && w->cend == w->end &&
		(w->classes & (LX_REPORT_VERB | LX_NOUN_VERB)) == LX_REPORT_VERB && !aa_word_ends(doc, w, "ing") &&
		!(aa_word_before(doc, lim, w->start, &v) && (v.classes & (LX_ARTICLE | LX_DETERMINER)));
}

/* "average voters may conclude": a lower-case modifier, then the group noun it modifies */
static bool
modifier_of_group_after(const aa_doc *doc, const aa_word *w, size_t lim)
{
	aa_word		head;

	return w->classes == 0 && !w->capitalized && w->cend == w->end && aa_word_after(doc, w->end, lim, &head) &&
		!head.capitalized && (head.classes & LX_GROUP_NOUN) && modifies_group_head(doc, w, 0, head.cend);
}

/*
 * Is w a count of up to three digits (or with thousands: "1,200") right
 * after a comma, that stands for the people a list counts ("..., 39 have
 * said they support Sanders"; not a year: "2012 added")?
 */
static bool
count_after_comma(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		before;
	size_t		digits = 0;

	for (size_t i = w->cstart; i < w->cend; i++)
		if (aa_is_digit((unsigned char) doc->text[i]))
			digits++;
		else if (doc->text[i] != ',')
			return false;
	return w->cstart == w->start && w->cend == w->end && digits > 0 &&
		(digits <= 3 || memchr(doc->text + w->cstart, ',', w->cend - w->cstart) != NULL) &&
		aa_word_before(doc, lim, w->start, &before) && trailing_punct(doc, &before) == ',';
}

/*
 * Is the "and" at and_word inside an organisation's name, "the", a
 * capitalised word, "of" or "for", capitalised words, then "and" and the
 * capitalised words after it ("The Department of Health and Human
 * Services", "the Organization for Economic Cooperation and
 * Development")?  *start: where the name starts (its article).  Not
 * two names ("Trump and Ryan said", "Secretary of State Hillary Clinton and
 * Donald Trump", "... of the University of Chicago and Professor Knittel").
 */
static bool
name_around_and(const aa_doc *doc, size_t lim, const aa_word *and_word, size_t *start)
{
	aa_word		v,
				u,
				next;
	size_t		p = and_word->start;
	bool		whole_before = false;	/* the words before "and" end with an organisation's word: two names */

	if (!aa_word_after(doc, and_word->end, doc->len, &next) || (next.classes & (LX_TITLE | LX_HONORIFIC)) ||
		((next.classes & (LX_MALE | LX_FEMALE)) && !(next.classes & LX_PRONOUN)))
		return false;

	for (int k = 0; k < 4 && aa_word_before(doc, lim, p, &v) && v.cend == v.end && v.cstart == v.start; k++)
	{
		whole_before |= k == 0 && (v.classes & LX_ORG_WORD);
		/*
		 * "The Food and Drug Administration": "the", capitals, "and",
		 * capitals up to an organisation's word (not "the New York Times
		 * and Los Angeles Times", "the House and Senate": two)
		 */
		if (k > 0 && !whole_before && aa_word_is_either(doc, &v, "the") && aa_org_word_follows(doc, and_word->end))
		{
			*start = v.cstart;
			return true;
		}
		if (!v.capitalized)
		{
			/* "the Karachi Chamber of Commerce and Industry": up to two capitalised words between "the" and "of" */
			int			capitals = 0;

			if (!(k > 0 && (aa_word_is(doc, &v, "of") || aa_word_is(doc, &v, "for"))))
				return false;
			for (size_t q = v.start; capitals < 3 && aa_word_before(doc, lim, q, &u) && u.capitalized &&
				 u.cend == u.end && u.cstart == u.start && !(u.classes & LX_ARTICLE); q = u.start)
			{
				capitals++;
				v = u;
			}
			if (capitals == 0 || capitals > 2 || !aa_word_before(doc, lim, v.start, &u) || u.cend != u.end ||
				!(u.classes & LX_ARTICLE) || (u.classes & LX_PRONOUN) || u.cend - u.cstart != 3 ||
				(doc->text[u.cstart] | 0x20) != 't')
				return false;
			*start = u.cstart;
			return true;
		}
		p = v.start;
	}
	return false;
}

bool
aa_org_word_follows(const aa_doc *doc, size_t pos)
{
	aa_word		w;

	for (int k = 0; k < 3 && aa_word_after(doc, pos, doc->len, &w) && w.capitalized && w.cstart == w.start; k++)
	{
		if ((w.classes & LX_ORG_WORD) && !(w.classes & (LX_MALE | LX_FEMALE)))
			return true;
		if (w.cend != w.end)
			return false;
		pos = w.end;
	}
	return false;
}

/* Does w end in "and" or "but" glued to a dash before it ("history”—and", "it--but")? */
static bool
dash_joined_coordinator(const aa_doc *doc, const aa_word *w)
{
	const char *e = doc->text + w->end;

	if (w->end - w->start < 5 || w->cend != w->end ||
		!((e[-3] == 'a' && e[-2] == 'n' && e[-1] == 'd') || (e[-3] == 'b' && e[-2] == 'u' && e[-1] == 't')))
		return false;
	return (e[-4] == '-' && e[-5] == '-') ||
		(w->end - w->start >= 7 && (unsigned char) e[-6] == 0xE2 && (unsigned char) e[-5] == 0x80 &&
		 ((unsigned char) e[-4] == 0x94 || (unsigned char) e[-4] == 0x93));
}

/* The noun phrase that ends at `end` (exclusive), walking back at most to lim. */
static bool
phrase_ending_at(const aa_doc *doc, size_t lim, size_t end, aa_phrase *np, bool *coordinated)
{
	aa_word		w;
	size_t		pos = end;
	size_t		start = end;
	size_t		last_end = end;
	uint32_t	head_classes = 0;
	bool		head_digit = false,
				in_share = false,
				head_share = false;
	int			n = 0;
	bool		in_marks = false;	/* walking back through scare quotes in the subject */
	bool		named_so_far = true;	/* every word walked so far is capitalised */
	bool		named_before_head = true;	/* so is every one but the head */
	size_t		org_start;		/* where an organisation's name with an "and" inside starts */
	bool		head_suffix = false;	/* the head is a company's legal form: "Inc." */
	bool		head_title = false,	/* the head is a lower-case title: "candidate" */
				determined = false; /* a determiner or an article since the head */

	/*
	 * "Jewish leaders point to Trump's call for ...": a possessive before a
	 * noun cue is its owner, a name's run or a short noun phrase, not a
	 * phrase that runs back over the sentence's verb (not "he's said", "who's
	 * argued": a contraction)
	 */
	if (aa_word_before(doc, lim, end, &w) && w.cstart == w.start && w.cend == w.end && w.end == end - 1 &&
		aa_possessive_form(doc, &w) &&
		!(w.classes & (LX_PRONOUN | LX_CLAUSE_BREAK | LX_AUX)) && !aa_pronoun_contraction(doc, &w))
		return aa_possessor_before(doc, lim, end, np);

	while (n < 12 && aa_word_before(doc, lim, pos, &w))
	{
		uint32_t	tp;
		uint32_t	lp;
		int			si;

		/* a party or state in brackets after a name: "Sen. Chuck Schumer (D-N.Y.)" */
		if (doc->text[w.start] == '(' && doc->text[w.end - 1] == ')' && w.end - w.start <= 14)
		{
			if (n == 0)
				end = w.start;
			pos = w.start;
			continue;
		}
		tp = trailing_punct(doc, &w);
		lp = leading_punct(doc, &w);

		/* "The so-called “experts” said": the phrase ends with the closing mark */
		if (n == 0 && tp && !(tp < 0x80 && memchr(",.;:!?)]", (int) tp, 8) != NULL) &&
			(si = aa_span_at(doc, w.cstart)) >= 0 &&
			AA_VEC_AT(&doc->spans, aa_span, si).after == w.end && aa_scare_quoted_subject(doc, si))
		{
			in_marks = true;
			tp = 0;
		}
		/*
		 * "The players’ union", "Sanders’ aides": a plural possessive (the
		 * apostrophe after its s) right before the head goes on with the phrase
		 */
		if (n == 1 && (tp == '\'' || tp == 0x2019) && aa_plural_possessive(doc, &w))
			tp = 0;
		/* "Acme Robotics, Inc. announced": the comma before a legal form is the name's */
		if (n == 1 && head_suffix && tp == ',' && w.capitalized && w.cend + 1 == w.end)
			tp = 0;
		if (tp && tp != '.' && !(n == 0 && (tp == '\'' || tp == 0x2019)))
			break;				/* punctuation closes the previous segment */
		if (tp == '.' && n > 0)
			break;
		/* "record—“the longest expansion”—and promised": a dash glued to "and" */
		if (n == 0 && dash_joined_coordinator(doc, &w))
		{
			if (coordinated)
				*coordinated = true;
			break;
		}
		if (!w.capitalized && (w.classes & LX_CLAUSE_BREAK))
		{
			aa_word		v;

			/*
			 * "the Florida senator and Republican presidential candidate
			 * said": two titles under one determiner are one person's
			 */
			if (head_title && !determined && tp == 0 && aa_word_is(doc, &w, "and") &&
				aa_word_before(doc, lim, w.start, &v) && !v.capitalized && (v.classes & LX_TITLE) &&
				v.cstart == v.start && v.cend == v.end)
			{
				pos = w.start;
				continue;
			}
			/* "The Centers for Disease Control and Prevention said": an "and" inside an organisation's name */
			/* (after a title: "the Chamber of Commerce and Industry president") */
			if (n > 0 && (named_so_far || (head_title && n > 1 && named_before_head)) && tp == 0 &&
				aa_word_is(doc, &w, "and") && name_around_and(doc, lim, &w, &org_start))
			{
				start = org_start;
				n++;
				break;
			}
			if (coordinated && n == 0 && (aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "but")))
				*coordinated = true;
			break;
		}
		if (!w.capitalized && (w.classes & LX_AUX))
			break;
		if (w.cstart == w.cend)
			break;
		/*
		 * a verb of saying ends the phrase before it: "Ramos said Trump, who",
		 * "He said the FBI has"; so does a verb of finding: "A poll in January
		 * shows 68% of Democratic voters say"
		 */
		if (n > 0 && (aa_saying_verb_before_object(doc, lim, &w) ||
					  (!w.capitalized && w.cend == w.end && aa_verb_form_of(doc, &w, VF_FINDING, false))))
			break;
		/*
		 * "for decades some critics had been predicting", "In January the
		 * committee said": after a phrase of time or place that opens the
		 * clause with no comma, a determiner opens the subject
		 */
		if (n > 0 && !w.capitalized && w.cend == w.end && (w.classes & (LX_DETERMINER | LX_ARTICLE)) &&
			(adverbial_opens_before(doc, lim, &w) || object_noun_before(doc, lim, &w)))
		{
			start = w.cstart;
			n++;
			break;
		}
		/*
		 * "emails in a way FBI Director James Comey slammed": a name right
		 * after a noun with its article is the subject of a clause that
		 * describes the noun (not "a senior White House official": the head
		 * is no name; nor "an anti-Trump PAC": a word with a hyphen is an
		 * adjective)
		 */
		if (n > 0 && named_so_far && !w.capitalized && !w.classes && w.cstart == w.start && w.cend == w.end &&
			!aa_word_ends(doc, &w, "ing") && memchr(doc->text + w.cstart, '-', w.cend - w.cstart) == NULL)
		{
			aa_word		article;

			if (aa_word_before(doc, lim, w.start, &article) && !article.capitalized && article.cend == article.end &&
				(article.classes & LX_ARTICLE) && !(article.classes & LX_PRONOUN))
				break;
		}
		named_so_far &= w.capitalized;
		named_before_head &= n == 0 || w.capitalized;
		determined |= (w.classes & (LX_DETERMINER | LX_ARTICLE)) != 0;
		if (n == 0)
		{
			last_end = in_marks ? w.end : w.cend;
			head_classes = w.classes;
			head_title = !w.capitalized && (w.classes & LX_TITLE);
			head_suffix = aa_corporate_suffix(doc, &w);
			head_digit = starts_with_digit(doc, &w);
			head_share = head_digit && doc->text[w.cend - 1] == '%';
		}
		else if (n == 1 && head_digit && aa_word_is(doc, &w, "in"))
			in_share = true;
		else if (n == 2 && in_share && starts_with_digit(doc, &w))
			head_share = true;	/* "4 in 10" */
		start = in_marks && lp ? w.start : w.cstart;
		pos = w.start;
		n++;
		if (lp && !in_marks)
			break;				/* an opening bracket or mark starts the phrase */
		if (lp)
			in_marks = false;	/* the scare quotes' opening mark: the phrase goes on before it */
		/*
		 * "he", or "he's" with its verb: "..., he's said the same thing"; not
		 * the object of a preposition, which ends a longer phrase: "a source
		 * close to him said"
		 */
		if (n == 1 && ((w.classes & LX_PRONOUN) || (!w.capitalized && aa_pronoun_contraction(doc, &w))) &&
			!object_of_preposition(doc, lim, &w))
			break;
	}
	if (n == 0)
		return false;
	/* Walk forward again past words that cannot open a noun phrase. */
	while (start < last_end)
	{
		aa_word		first,
					second;

		if (!aa_word_after(doc, start, last_end, &first))
			return bare_plural_subject(doc, lim, end, np);
		if (first.capitalized && first.cend < last_end && aa_word_after(doc, first.end, last_end, &second) &&
			aa_opens_sentence_before_name(doc, &first, &second))
		{
			start = first.end;
			continue;
		}
		/* "half — 55 percent — of Sanders supporters said": an aside cut the phrase; "of" opens none */
		if (first.cend < last_end && !first.capitalized && (first.classes & LX_CONNECTOR) && first.cend == first.end)
		{
			start = first.end;
			continue;
		}
		/*
		 * a person's pronoun with its verb's contraction is the phrase by
		 * itself, before the clause it opens: "Sanders Says He’s Already
		 * Started Writing" (not "it’s the leaders who": an expletive)
		 */
		if (first.cend < last_end && first.cend == first.end && aa_pronoun_contraction(doc, &first) &&
			(aa_lex_word(doc->text + first.cstart, aa_contraction_stem_end(doc, &first) - first.cstart) &
			 (LX_MALE | LX_FEMALE)))
		{
			last_end = first.cend;
			start = first.cstart;
			break;
		}
		/*
		 * A group noun heads its own modifiers: "cinema chains", "party
		 * officials"; a share of voters opens with its number: "(more than)
		 * 4 in 10 said", "42% say" (not "758 pledged", "2012 added").
		 */
		if ((can_start_phrase(doc, &first, last_end) && !gerund_subject(doc, &first, last_end)) ||
			aa_pronoun_contraction(doc, &first) ||
			/* "political scientist Christopher Wlezien": a lower-case word, then a title and a name */
			aa_title_modifier(doc, &first, last_end) ||
			/*
			 * "“...,” May said": a month right before the cue is someone's
			 * name; "“...,” Will wrote", "“...,” Will Estrada said": so is an
			 * auxiliary before capitals only, which a comma or no finite verb
			 * follows, inside a sentence (not "Having announced that")
			 */
			(first.capitalized &&
			 ((first.cend == last_end && aa_word_marked(doc, &first, LM_MONTH)) ||
			  ((first.classes & LX_AUX) &&
			   (first.cend == last_end || (first.cend == first.end && capitals_only(doc, first.end, last_end))) &&
			   (finite_verb_after(doc, last_end) || (last_end < doc->len && doc->text[last_end] == ',')) &&
			   aa_sentence_start(doc, first.start) < first.start))) ||
			((head_classes & LX_GROUP_NOUN) && modifies_group_head(doc, &first, lim, last_end)) ||
			/* "That person said": "That" opening the sentence before its noun is a determiner */
			demonstrative_that(doc, &first, last_end) ||
			(head_share && starts_with_digit(doc, &first)) ||
			/* "at least 21,000 said", "About 40 said": a count's measure, then its number */
			(head_digit && measures_count(doc, &first, last_end)) ||
			/* "520 superdelegates have said ..., 39 have said": a count by itself after a comma */
			(first.cend == last_end && count_after_comma(doc, lim, &first)))
		{
			start = first.cstart;
			break;
		}
		start = first.end;
	}
	if (start >= last_end)
		return bare_plural_subject(doc, lim, end, np);
	np->start = start;
	np->end = last_end;
	np->role_start = np->role_end = 0;
	np->ante_start = np->ante_end = 0;
	return true;
}

/*
 * "The company's chief executive, Tim Cook, said", "Merkel’s spokesman,
 * Steffen Seibert, told": the description that opens the sentence before
 * the name is its role, when it holds a title or opens with an article or
 * a possessive.  last: the word that carries the description's comma.
 */
static void
description_as_role(const aa_doc *doc, size_t lim, const aa_word *last, aa_phrase *np)
{
	aa_phrase	desc;
	aa_word		w;
	bool		titled;

	if (!phrase_ending_at(doc, lim, last->cend, &desc, NULL) || aa_word_before(doc, lim, desc.start, &w) ||
		!aa_word_after(doc, desc.start, last->cend, &w))
		return;
	/*
	 * "his wife, Gabriela Lazar,": relates her to someone, it is no title;
	 * "His solicitor, Fiona Grant,": a title after the pronoun is one
	 */
	titled = !(w.classes & LX_PRONOUN) &&
		((w.classes & (LX_ARTICLE | LX_DETERMINER | LX_TITLE)) || aa_stem_end(doc, &w) != w.cend);
	for (size_t p = w.end; !titled && aa_word_after(doc, p, last->cend, &w); p = w.end)
		titled = (w.classes & LX_TITLE) != 0;
	if (!titled)
		return;
	np->role_start = desc.start;
	np->role_end = last->cend;
}

/*
 * "Giovanni Maria Vian, the editor in chief of the Vatican's official
 * newspaper, L'Osservatore Romano, said": the name after a description that
 * ends in an organisation's noun names that organisation; the speaker is the
 * name before the description, which is its role.  last: the word that
 * carries the description's comma.
 */
#define ROLE_WORDS 16

static bool
names_organisation_of_role(const aa_doc *doc, size_t lim, const aa_word *last, aa_phrase *np)
{
	aa_word		w,
				first,
				role;
	aa_phrase	name;
	size_t		p = last->start;

	if (last->capitalized || last->cstart != last->start ||
		!((last->classes & (LX_GROUP_NOUN | LX_ORG_WORD)) || aa_word_marked(doc, last, LM_MEDIA)))
		return false;
	for (int k = 0; k < ROLE_WORDS && aa_word_before(doc, lim, p, &w); k++, p = w.start)
	{
		uint32_t	tp = trailing_punct(doc, &w);

		if (tp == ',')
		{
			/* the name opens the sentence, and a description follows its comma */
			if (!w.capitalized || !phrase_ending_at(doc, lim, w.cend, &name, NULL) ||
				!aa_word_after(doc, lim, w.cend, &first) || name.start != first.cstart ||
				!aa_is_upper((unsigned char) doc->text[name.start]) ||
				!aa_word_after(doc, w.end, last->cend, &role) || role.capitalized)
				return false;
			*np = name;
			np->role_start = role.cstart;
			np->role_end = last->cend;
			return true;
		}
		if (tp && tp != '\'' && tp != 0x2019)
			return false;
	}
	return false;
}

/*
 * Does w close, with ")," a bracket opened after the segment's comma ("Jeff
 * Bechdel, chairman of America Rising (a Republican PAC), tweeted")?  Not
 * an aside that opened before it ("(like top Obama aide David Plouffe, who
 * called ...),").
 */
static bool
bracket_closes_segment(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		v;
	size_t		p = w->start;

	if (w->end < w->cend + 2 || doc->text[w->end - 1] != ',' || doc->text[w->end - 2] != ')' ||
		doc->text[w->start] == '(')
		return false;
	for (int k = 0; k < 16 && aa_word_before(doc, lim, p, &v); k++, p = v.start)
	{
		if (trailing_punct(doc, &v))
			return false;
		if (doc->text[v.start] == '(')
			return true;
	}
	return false;
}

/* "who", or "who" with its auxiliary: "who’ve", "who’s", "who'd" */
static bool
who_word(const aa_doc *doc, const aa_word *w)
{
	size_t		stem;

	if (aa_word_is(doc, w, "who"))
		return true;
	stem = aa_contraction_stem_end(doc, w);
	return stem == w->cstart + 3 && stem != w->cend && memcmp(doc->text + w->cstart, "who", 3) == 0;
}

/*
 * "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012,
 * said": a relative clause with commas of its own.  From the segment before
 * the cue's comma, back to ", who" or ", whose" (or a "who" that ends an
 * appositive, then its comma) within RELATIVE_REACH words and no full stop
 * or semicolon; *name_end: where the name before its comma ends.
 */
#define RELATIVE_REACH 40

/* "(D-Mo.),", "(R-Texas),": a party or a state in brackets, then a comma */
static bool
bracket_comma(const aa_doc *doc, const aa_word *w)
{
	return w->end - w->start >= 3 && doc->text[w->start] == '(' && doc->text[w->end - 2] == ')' &&
		doc->text[w->end - 1] == ',';
}

static bool
relative_clause_before(const aa_doc *doc, size_t lim, size_t pos, size_t *name_end)
{
	aa_word		w;
	aa_word		v;

	for (int k = 0; k < RELATIVE_REACH && aa_word_before(doc, lim, pos, &w); k++, pos = w.start)
	{
		uint32_t	tp = bracket_comma(doc, &w) ? ',' : trailing_punct(doc, &w);

		/* (a word in brackets inside the clause: "the Reserve Officers’ Training Corps (ROTC) program") */
		if (in_brackets(doc, &w))
			continue;
		if (tp && tp != ',' && tp != '\'' && tp != 0x2019)
			return false;
		if (!w.capitalized && w.cstart == w.start && w.cend == w.end &&
			(aa_word_is(doc, &w, "who") || aa_word_is(doc, &w, "whose")) &&
			aa_word_before(doc, lim, w.start, &v))
		{
			if (trailing_punct(doc, &v) == ',' && v.capitalized)
			{
				*name_end = v.cend;
				return true;
			}
			/*
			 * "Marty West, an education professor at Harvard who worked
			 * for Sen. Lamar Alexander (R-Tenn.), one of ...": the "who"
			 * ends an appositive; the name is before that one's comma
			 */
			for (int j = k; j < RELATIVE_REACH && aa_word_before(doc, lim, w.start, &w); j++)
			{
				tp = trailing_punct(doc, &w);
				if (tp == ',' && w.capitalized)
				{
					*name_end = w.cend;
					return true;
				}
				if (tp && tp != '\'' && tp != 0x2019)
					return false;
			}
			return false;
		}
	}
	return false;
}

/*
 * *np = the antecedent ante of a relative clause that ends at end; when ante
 * is a bare determiner, which names no one by itself ("Those who know him
 * say"), the phrase runs on over the clause.
 */
static void
with_relative_when_bare(const aa_doc *doc, const aa_phrase *ante, size_t end, aa_phrase *np)
{
	aa_word		w;

	*np = *ante;
	if (aa_word_after(doc, ante->start, ante->end, &w) && w.cend >= ante->end &&
		(w.classes & (LX_ARTICLE | LX_DETERMINER)) && !(w.classes & LX_PRONOUN))
		np->end = end;
}

/*
 * "The actor who endorsed Ted Cruz revealed ...", "Voters who backed Obama
 * in 2008 said": the phrase before the cue ends a relative clause set off by
 * no commas, and the speaker is the phrase before its "who".  The clause is
 * a few lower-case words between "who" and the phrase, with no punctuation
 * and no other clause or cue in them.
 */
#define RELATIVE_CLAUSE_WORDS 6

static void
subject_of_relative(const aa_doc *doc, size_t lim, aa_phrase *np)
{
	aa_word		v;
	aa_phrase	ante;
	size_t		p = np->start;

	for (int words = 0; words < RELATIVE_CLAUSE_WORDS && aa_word_before(doc, lim, p, &v); words++)
	{
		if (trailing_punct(doc, &v) || leading_punct(doc, &v) || v.capitalized)
			return;
		if (who_word(doc, &v))
		{
			/* "who Obama called": the clause's verb comes first */
			if (words > 0 && phrase_ending_at(doc, lim, v.start, &ante, NULL))
				with_relative_when_bare(doc, &ante, np->end, np);
			return;
		}
		if (v.classes & (LX_CLAUSE_BREAK | LX_REPORT_VERB | LX_PRONOUN))
			return;
		p = v.start;
	}
}

/*
 * "Donald Trump, the presumptive Republican nominee, who": a description
 * between commas (opening with an article or a determiner) after a name
 * describes that name, which the "who" at pos stands for, not the capitalised
 * words inside it.  Returns the end of the name's comma, or pos.
 */
#define DESCRIPTION_WORDS 8

static size_t
described_name_end(const aa_doc *doc, size_t lim, size_t pos)
{
	aa_word		v,
				first;
	size_t		p = pos;

	if (!aa_word_before(doc, lim, pos, &v) || trailing_punct(doc, &v) != ',')
		return pos;
	for (int k = 0; k < DESCRIPTION_WORDS; k++)
	{
		first = v;
		if (!aa_word_before(doc, lim, first.start, &v))
			return pos;
		if (trailing_punct(doc, &v) == ',')
		{
			p = v.end;
			break;
		}
	}
	if (p == pos || first.capitalized || first.cstart != first.start ||
		!(first.classes & (LX_ARTICLE | LX_DETERMINER)) || !v.capitalized || v.cend + 1 != v.end)
		return pos;
	return p;
}

/*
 * "The senator, who said": the phrase that ends with v and its comma opens
 * its clause (at the sentence's start or after "but", "and" ...), not "a
 * student from the village, who".  *np: the phrase.
 */
static bool
phrase_opening_clause(const aa_doc *doc, size_t lim, const aa_word *v, aa_phrase *np)
{
	aa_word		u;

	if (v->capitalized || trailing_punct(doc, v) != ',' || v->cstart != v->start ||
		(v->classes & (LX_CLAUSE_BREAK | LX_PREPOSITION | LX_PRONOUN | LX_AUX | LX_REPORT_VERB)) ||
		!phrase_ending_at(doc, lim, v->cend, np, NULL))
		return false;
	return !aa_word_before(doc, lim, np->start, &u) ||
		(!trailing_punct(doc, &u) && !(u.classes & LX_PREPOSITION) && (u.classes & LX_CLAUSE_BREAK));
}

/*
 * "who requested anonymity", "who asked not to be named": does what follows
 * pos ask that the speaker not be named?  Then the verb before it reports
 * nothing (and is no cue).
 */
bool
aa_asks_anonymity(const aa_doc *doc, size_t pos, size_t lim)
{
	aa_word		w;
	aa_word		v;

	/* asked of every cue: most are followed by no "anonymity" or "not", which the next letter tells */
	if (pos + 1 >= lim || doc->text[pos] != ' ' || (doc->text[pos + 1] != 'a' && doc->text[pos + 1] != 'n'))
		return false;
	if (!aa_word_after(doc, pos, lim, &w) || w.cstart != w.start)
		return false;
	if (aa_word_is(doc, &w, "anonymity"))
		return true;
	return aa_word_is(doc, &w, "not") && w.cend == w.end && aa_word_after(doc, w.end, lim, &v) &&
		aa_word_is(doc, &v, "to") && v.cend == v.end && aa_word_after(doc, v.end, lim, &w) &&
		aa_word_is(doc, &w, "be");
}

/*
 * "A White House official who spoke on condition of anonymity said", "two
 * officials who asked not to be named said": a relative clause with no
 * commas ends at the cue, and no phrase does; the speaker is the phrase
 * before its "who".  The clause is at most RELATIVE_VERB_WORDS words with
 * no punctuation and no cue in them, except one that asks for anonymity.
 */
#define RELATIVE_VERB_WORDS 8

static bool
subject_before_relative(const aa_doc *doc, size_t lim, size_t pos, aa_phrase *np)
{
	aa_word		v;
	aa_phrase	ante;
	size_t		end = aa_word_before(doc, lim, pos, &v) ? v.cend : pos;

	for (int words = 0; words < RELATIVE_VERB_WORDS && aa_word_before(doc, lim, pos, &v); words++, pos = v.start)
	{
		if (trailing_punct(doc, &v) || leading_punct(doc, &v))
			return false;
		if (!v.capitalized && who_word(doc, &v))
		{
			if (words == 0 || !phrase_ending_at(doc, lim, v.start, &ante, NULL))
				return false;
			with_relative_when_bare(doc, &ante, end, np);
			return true;
		}
		if ((v.classes & (LX_CLAUSE_BREAK | LX_PRONOUN)) ||
			((v.classes & LX_REPORT_VERB) && !aa_asks_anonymity(doc, v.end, doc->len)))
			return false;
	}
	return false;
}

/*
 * "Trump dismissed critics who said": the phrase before a "who" starts after
 * the last verb in it, a lower-case past tense (in -ed or irregular) or
 * reporting verb that follows no determiner ("the retired general" keeps
 * its adjective), and past the prepositions and adverbs that then open it
 * ("compared with 23 percent who said" -> "23 percent").
 */
static void
after_last_verb(const aa_doc *doc, aa_phrase *np)
{
	aa_word		w,
				next;
	size_t		p = np->start;
	bool		prev_det = false,
				prev_pronoun = false,
				after_verb = false;

	/* (a verb in -s after a subject pronoun too: "he wants a party platform that ...") */
	while (aa_word_after(doc, p, np->end, &w))
	{
		if (after_verb)
			np->start = w.cstart;
		after_verb = !w.capitalized && !prev_det && w.cstart == w.start && w.cend == w.end &&
			(((w.classes & LX_REPORT_VERB) && !(w.classes & LX_NOUN_VERB)) || aa_past_form(doc, &w) ||
			 (prev_pronoun && doc->text[w.cend - 1] == 's'));
		prev_det = (w.classes & (LX_DETERMINER | LX_ARTICLE)) != 0;
		prev_pronoun = (w.classes & (LX_PRONOUN | LX_DETERMINER)) == LX_PRONOUN && w.cend == w.end;
		p = w.end;
	}
	/* (and a verb's object pronoun before a preposition: "walked them through a slide show that") */
	while (aa_word_after(doc, np->start, np->end, &w) && w.end < np->end && !w.capitalized &&
		   (((w.classes & (LX_PREPOSITION | LX_ADVERB | LX_CLAUSE_BREAK)) && !(w.classes & LX_DETERMINER)) ||
			((w.classes & LX_PRONOUN) && w.cend == w.end && aa_word_after(doc, w.end, np->end, &next) &&
			 !next.capitalized && (next.classes & LX_PREPOSITION))))
		np->start = aa_word_after(doc, w.end, np->end, &w) ? w.cstart : np->end;
}

/*
 * "Trump made no mention of Jeb Bush, who", "the endorsement of former U.S.
 * Sen. Gordon Humphrey, who": the "who" after a name's comma stands for the
 * name after the phrase's last preposition, not for the words before it;
 * not after a title ("the president of the Foundation, who").
 */
static void
trailing_name(const aa_doc *doc, aa_phrase *np, bool person)
{
	aa_word		w,
				before,
				prep = {0};
	size_t		name = 0;		/* where the words after the last preposition start */
	bool		named = false,	/* and they are all a name's or its title's */
				article = false;	/* after an article ("the Mexican president") */
	int			words = 0;		/* the name's words (after an article, "the Mexican" alone is none) */

	for (size_t p = np->start; aa_word_after(doc, p, np->end, &w); p = w.end)
	{
		/* (a name's place goes on with it: "for Senator Bernie Sanders of Vermont, who") */
		if (name > 0 && named && aa_word_is(doc, &w, "of") && w.cend == w.end &&
			aa_word_before(doc, np->start, w.start, &before) && before.capitalized)
			continue;
		if (!w.capitalized && w.cend == w.end &&
			(((w.classes & LX_PREPOSITION) && !(w.classes & LX_ADVERB) && !aa_word_is(doc, &w, "in") &&
			  !aa_word_is(doc, &w, "at") && !aa_word_is(doc, &w, "on")) || aa_word_is(doc, &w, "of")))
		{
			prep = w;
			name = 0;
			named = true;
			article = false;
			words = 0;
			continue;
		}
		if (name == 0 && prep.end > 0)
		{
			name = w.cstart;
			article = (w.classes & (LX_ARTICLE | LX_PRONOUN)) == LX_ARTICLE && !w.capitalized;
			if (article)
				continue;
		}
		/* (an organisation's word may describe the title: "Mr. Rubio's campaign manager") */
		named &= w.capitalized || (w.classes & (LX_TITLE | LX_ROLE_MODIFIER | LX_CONNECTOR)) ||
			((w.classes & LX_ORG_WORD) && w.cstart == w.start && w.cend == w.end);
		words++;
	}
	/*
	 * (nor inside a name: "the Foundation for Middle East Peace"; nor an
	 * organisation for "who": "a graduate of Harvard Law School, who")
	 */
	if (name > 0 && named && (!article || words >= 2) && aa_word_before(doc, np->start, prep.start, &before) &&
		!(before.classes & LX_TITLE) && !before.capitalized &&
		!(person && aa_word_before(doc, name, np->end, &w) && (w.classes & LX_ORG_WORD)))
		np->start = name;
}

#define POSSESSOR_WORDS 4

bool
aa_possessor_before(const aa_doc *doc, size_t lim, size_t pos, aa_phrase *np)
{
	aa_word		w,
				v;
	size_t		stem;

	if (!aa_word_before(doc, lim, pos, &w) || w.cstart != w.start)
		return false;
	/* one modifier: "earlier" (an adverb the preposition list holds too), "repeated", "latest" */
	if (!w.capitalized && w.cend == w.end && aa_stem_end(doc, &w) == w.cend &&
		!(w.classes & (LX_ARTICLE | LX_DETERMINER | LX_PRONOUN | LX_AUX | LX_CLAUSE_BREAK | LX_REPORT_VERB | LX_BE)) &&
		(w.classes & (LX_PREPOSITION | LX_ADVERB)) != LX_PREPOSITION &&
		!aa_word_before(doc, lim, w.start, &w))
		return false;
	/* "his", "her", "their", "its" */
	if (w.cstart == w.start && w.cend == w.end && (w.classes & (LX_ARTICLE | LX_PRONOUN)) == (LX_ARTICLE | LX_PRONOUN))
	{
		*np = (aa_phrase) {w.cstart, w.cend, 0, 0, 0, 0};
		return true;
	}
	/* "Trump's", "Trump’s", "Sanders'" (the plural's apostrophe stands after the core) */
	stem = aa_stem_end(doc, &w);
	if (w.cstart != w.start ||
		(!aa_plural_possessive(doc, &w) && (stem == w.cend || w.cend != w.end)))
		return false;
	*np = (aa_phrase) {w.cstart, stem, 0, 0, 0, 0};
	/*
	 * a name is its run of capitalised words ("Donald Trump's", "Mr.
	 * Obama's", not "a montage of Trump's"); a noun starts at its article
	 * over a few words ("the Clinton campaign's")
	 */
	for (int k = 0; k < POSSESSOR_WORDS && aa_word_before(doc, lim, np->start, &v) && v.cstart == v.start; k++)
	{
		bool		plain = v.cend == v.end || (v.classes & LX_HONORIFIC);

		if (w.capitalized ? !(v.capitalized && plain) :
			!plain || (v.classes & (LX_PRONOUN | LX_PREPOSITION | LX_AUX | LX_CLAUSE_BREAK | LX_REPORT_VERB | LX_BE)))
			break;
		np->start = v.cstart;
		if (!v.capitalized && (v.classes & (LX_ARTICLE | LX_DETERMINER)))
			break;
	}
	return true;
}

/*
 * "Bujnowski interviewed reporter Ben Terris, who saw the incident and
 * described it": a cue coordinated inside a relative clause, up to
 * RELATIVE_VERB_WORDS words with no punctuation after its "who", is said by
 * the name before the "who" and its comma, after the last verb before that
 * (not "Bujnowski interviewed reporter Ben Terris").
 */
bool
aa_relative_antecedent(const aa_doc *doc, size_t lim, size_t pos, aa_phrase *np)
{
	aa_word		v;

	for (int words = 0; words < RELATIVE_VERB_WORDS && aa_word_before(doc, lim, pos, &v); words++, pos = v.start)
	{
		if (trailing_punct(doc, &v) || leading_punct(doc, &v))
			return false;
		if (v.capitalized || !aa_word_is(doc, &v, "who"))
			continue;
		if (words < 2 || !aa_word_before(doc, lim, v.start, &v) || !v.capitalized || v.end != v.cend + 1 ||
			trailing_punct(doc, &v) != ',' || !phrase_ending_at(doc, lim, v.cend, np, NULL))
			return false;
		after_last_verb(doc, np);
		if (np->role_end > np->role_start && np->role_start < np->start)
			np->role_start = np->start;
		return np->end > np->start;
	}
	return false;
}

/* A dash set off by spaces: "—", "–", "--" (an aside opens and closes with one). */
bool
aa_dash_token(const aa_doc *doc, const aa_word *w)
{
	size_t		k = w->start;

	if (w->cstart != w->cend)
		return false;
	while (k < w->end)
		if (!aa_is_dash(aa_utf8_next(doc->text, w->end, &k)))
			return false;
	return w->end > w->start;
}

#define DASH_ASIDE_WORDS 24		/* the longest aside between dashes or brackets stepped over */

/*
 * The word that opens the aside `close` ends: the dash before a closing
 * dash, with at least one word between them, or the word that opens with a
 * bracket before one that closes with it.  False when none is near.
 */
static bool
aside_opening(const aa_doc *doc, size_t lim, const aa_word *close, aa_word *open)
{
	bool		dash = aa_dash_token(doc, close);
	size_t		p = close->start;

	for (int k = 0; k < DASH_ASIDE_WORDS && aa_word_before(doc, lim, p, open); k++, p = open->start)
		if (dash ? aa_dash_token(doc, open) : doc->text[open->start] == '(')
			return !dash || k > 0;
	return false;
}

size_t
aa_after_dash_aside(const aa_doc *doc, size_t pos, size_t lim)
{
	aa_word		w;
	size_t		p;

	if (!aa_word_after(doc, pos, lim, &w) || !aa_dash_token(doc, &w))
		return pos;
	p = w.end;
	for (int k = 0; k < DASH_ASIDE_WORDS && aa_word_after(doc, p, lim, &w); k++, p = w.end)
		if (aa_dash_token(doc, &w))
			return w.end;
	return pos;
}

/*
 * Does a closed quotation, not a title in marks, end at pos, with no comma
 * between lim and its opening mark (then it is no aside: "Mr. Manafort,
 * citing “the unique magic of Trump,” said ...")?  A title has no lower-case
 * word of four letters or more among its first eight words.
 */
static bool
quotation_ends_at(const aa_doc *doc, size_t lim, size_t pos)
{
	int			si = aa_span_at(doc, pos - 1);
	const aa_span *s;
	aa_word		w;
	int			words = 0;

	if (si < 0 || (s = &AA_VEC_AT(&doc->spans, aa_span, si))->after != pos || s->open < lim ||
		memchr(doc->text + lim, ',', s->open - lim) != NULL)
		return false;
	for (size_t p = s->content_start; words < 8 && aa_word_after(doc, p, s->content_end, &w); p = w.end, words++)
		if (!w.capitalized && w.cend - w.cstart >= 4 && (unsigned char) (doc->text[w.cstart] - 'a') < 26)
			return true;
	return false;
}

/*
 * Where "less than two weeks ago", "a year ago", "days ago" starts, given
 * where its "ago" stands: a unit of time (TIME_UNITS) and the words that
 * measure it (TIME_MEASURES, digits).  Returns ago_start itself when no
 * unit of time comes before it.
 */
static size_t
ago_phrase_start(const aa_doc *doc, size_t lim, size_t ago_start)
{
	aa_word		w;
	size_t		p;

	if (!aa_word_before(doc, lim, ago_start, &w) || w.capitalized || w.cend != w.end ||
		!aa_word_marked(doc, &w, LM_TIME_UNIT))
		return ago_start;
	p = w.start;
	for (int k = 0; k < 4 && aa_word_before(doc, lim, p, &w) && !w.capitalized && w.cend == w.end &&
		 (aa_is_digit((unsigned char) doc->text[w.cstart]) || aa_word_marked(doc, &w, LM_TIME_MEASURE)); k++)
		p = w.start;
	return p;
}

/*
 * "Mrs. Clinton, in response to Mr. Trump's use of a crude sexual reference
 * to describe her loss to Barack Obama in 2008, accused": an aside that a
 * preposition opens after a name and its comma, longer than the segments
 * subject_before looks at, with no comma of its own.  pos: where the word
 * that carries the aside's closing comma starts.  *name_end: where the name
 * ends.
 */
static bool
long_aside_before(const aa_doc *doc, size_t lim, size_t pos, size_t *name_end)
{
	aa_word		w,
				v;

	for (int k = 0; k < RELATIVE_REACH && aa_word_before(doc, lim, pos, &w); k++, pos = w.start)
	{
		if (trailing_punct(doc, &w) || leading_punct(doc, &w))
			return false;
		if (!w.capitalized && w.cstart == w.start && (w.classes & LX_PREPOSITION) &&
			aa_word_before(doc, lim, w.start, &v) && v.capitalized && v.end == v.cend + 1 && doc->text[v.cend] == ',')
		{
			*name_end = v.cend;
			return k >= 12;
		}
	}
	return false;
}

static bool subject_before(const aa_doc *doc, size_t lim, size_t cue_start, aa_phrase *np, bool *coordinated);

/*
 * "a message that said, “...”", "water bottles that said": "that" right
 * after a lower-case noun (no verb, cue or function word) is a relative
 * pronoun, the subject of the cue after it; not inside what a cue before
 * it in the sentence reports ("Sanders said he wants a party platform that
 * calls for “...”" is Sanders's)
 */
static bool
relative_that(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		noun;
	aa_match	cue;

	return aa_word_is(doc, w, "that") && aa_word_before(doc, lim, w->start, &noun) && !noun.capitalized &&
		noun.cstart == noun.start && noun.cend == noun.end && noun.cend - noun.cstart >= 3 &&
		!(noun.classes & ~(uint32_t) (LX_GROUP_NOUN | LX_NOUN_VERB | LX_ORG_WORD | LX_EPITHET_HEAD)) &&
		!aa_word_ends(doc, &noun, "ed") && !aa_word_ends(doc, &noun, "ing") && !aa_word_ends(doc, &noun, "ly") &&
		!aa_last_cue(doc, aa_sentence_start(doc, noun.start), noun.start, &cue);
}

bool
aa_subject_before(const aa_doc *doc, size_t lim, size_t cue_start, aa_phrase *np, bool *coordinated)
{
	aa_subject_memo *memo = doc->subject_memo;
	aa_phrase	found_np;
	bool		found_coordinated;
	bool		found;

	if (memo && memo->valid && memo->lim == lim && memo->cue_start == cue_start)
	{
		*np = memo->np;
		*coordinated = memo->coordinated;
		return memo->found;
	}
	memset(&found_np, 0, sizeof(found_np));
	found = subject_before(doc, lim, cue_start, &found_np, &found_coordinated);
	if (memo)
	{
		memo->valid = true;
		memo->lim = lim;
		memo->cue_start = cue_start;
		memo->found = found;
		memo->coordinated = found_coordinated;
		memo->np = found_np;
	}
	*np = found_np;
	*coordinated = found_coordinated;
	return found;
}

/* Is the word before w a lower-case preposition or "of" ("of all")? */
static bool
after_preposition(const aa_doc *doc, size_t lim, const aa_word *w)
{
	aa_word		v;

	return aa_word_before(doc, lim, w->start, &v) && !v.capitalized && v.cend == v.end &&
		((v.classes & LX_PREPOSITION) || aa_word_is(doc, &v, "of"));
}

/*
 * Does last, a means or occasion of speech, end a phrase that a preposition
 * opens right after a name or a pronoun ("Trump in his announcement speech",
 * "he in a statement")?  Then where the preposition starts, else
 * last->start.
 */
static size_t
occasion_after_name(const aa_doc *doc, size_t lim, const aa_word *last)
{
	aa_word		w,
				v;
	size_t		p = last->start;

	for (int j = 0; j < 4 && aa_word_before(doc, lim, p, &w) && !trailing_punct(doc, &w) && !w.capitalized &&
		 w.cstart == w.start; j++, p = w.start)
		if (aa_word_is(doc, &w, "in") || aa_word_is(doc, &w, "on") || aa_word_is(doc, &w, "during") ||
			aa_word_is(doc, &w, "via"))
			return aa_word_before(doc, lim, w.start, &v) && !trailing_punct(doc, &v) && v.cend == v.end &&
				(v.capitalized || (v.classes & LX_PRONOUN)) && !(v.classes & LX_CLAUSE_BREAK) ? w.start : last->start;
	return last->start;
}

/*
 * Does last end a phrase of occasion that opens right after "and" or "but"
 * ("but in a later interview said", "and at a rally said")?  Then the verb
 * after it has no subject of its own: the start of the preposition, else
 * last->start.  A preposition that opens clauses ("after", "before") is
 * no such phrase.
 */
static size_t
adverbial_after_coordinator(const aa_doc *doc, size_t lim, const aa_word *last)
{
	aa_word		w,
				v;
	size_t		p = last->start;

	for (int j = 0; j < 4 && aa_word_before(doc, lim, p, &w) && !trailing_punct(doc, &w) &&
		 w.cstart == w.start && !w.capitalized && !(w.classes & (LX_PRONOUN | LX_AUX | LX_CLAUSE_BREAK)); j++)
	{
		if ((w.classes & LX_PREPOSITION) && !aa_word_marked(doc, &w, LM_SUBORDINATOR))
			return aa_word_before(doc, lim, w.start, &v) && v.cend == v.end && !v.capitalized &&
				(aa_word_is(doc, &v, "and") || aa_word_is(doc, &v, "but")) ? w.start : last->start;
		p = w.start;
	}
	return last->start;
}

/*
 * "Nicky Driscoll, 24, from Manchester, who said": the mention is the "who"
 * w, the speaker the capitalised phrase it stands for.
 */
static bool
who_subject(const aa_doc *doc, size_t lim, const aa_word *w, aa_phrase *np)
{
	aa_word		v;
	size_t		p = described_name_end(doc, lim, w->start);
	aa_phrase	ante;

	for (int k = p < w->start ? 1 : 0; k < 12 && aa_word_before(doc, lim, p, &v); k++)
	{
		/*
		 * "voters who said": with no comma before it, "who" stands for
		 * the phrase just before, capitalised or not; after a comma, for
		 * the name the appositives describe.
		 */
		bool		just_before = k == 0 && !v.capitalized && v.cend == v.end && v.cstart == v.start &&
			!(v.classes & (LX_CLAUSE_BREAK | LX_PREPOSITION | LX_PRONOUN | LX_AUX | LX_REPORT_VERB));

		if (just_before)
		{
			if (!phrase_ending_at(doc, lim, v.cend, &ante, NULL))
				return false;
			after_last_verb(doc, &ante);
		}
		/* (a lower-case title ends the phrase too: "a lecture from the Mexican president, who") */
		else if (!(k == 0 && phrase_opening_clause(doc, lim, &v, &ante)) &&
				 !((v.capitalized || (k == 0 && (v.classes & LX_TITLE) && v.cstart == v.start)) &&
				   !(v.classes & (LX_CLAUSE_BREAK | LX_PREPOSITION)) && phrase_ending_at(doc, lim, v.cend, &ante, NULL)))
		{
			p = v.start;
			continue;
		}
		else if (!just_before)
			trailing_name(doc, &ante, aa_word_is(doc, w, "who"));
		np->start = w->cstart;
		np->end = aa_contraction_stem_end(doc, w);	/* "who", also of "who’ve" */
		np->role_start = np->role_end = 0;
		np->ante_start = ante.start;
		np->ante_end = ante.end;
		return true;
	}
	return false;
}

/* Is [start, end) "the" and a name in capitals ("the Syrian Observatory for Human Rights")? */
static bool
definite_name_segment(const aa_doc *doc, size_t start, size_t end)
{
	aa_word		w;
	int			words = 0;

	if (!aa_word_after(doc, start, end, &w) || w.capitalized || !aa_word_is(doc, &w, "the") || w.cend != w.end)
		return false;
	for (size_t p = w.end; aa_word_after(doc, p, end, &w); p = w.end)
	{
		if (++words > 8 || w.cstart != w.start || (w.cend != w.end && w.cend < end))
			return false;
		if (!w.capitalized && !(words > 1 && (aa_word_is(doc, &w, "for") || aa_word_is(doc, &w, "of") ||
											   aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "on"))))
			return false;
		if (w.capitalized && (w.classes & LX_TITLE) && !(w.classes & LX_HONORIFIC))
			return false;
	}
	return words > 0;
}

/* Does the sentence open, before v's comma, with an indefinite description ("A Syrian opposition monitor,")? */
static bool
indefinite_description_before(const aa_doc *doc, size_t lim, const aa_word *v)
{
	aa_phrase	desc;
	aa_word		w;

	return phrase_ending_at(doc, lim, v->cend, &desc, NULL) && !aa_word_before(doc, lim, desc.start, &w) &&
		aa_word_after(doc, desc.start, v->cend, &w) && w.cend == w.end &&
		(aa_word_is_either(doc, &w, "a") || aa_word_is_either(doc, &w, "an") ||
		 aa_word_is_either(doc, &w, "another"));
}

/*
 * The name before an appositive that ends with v's comma and opens with an
 * article after a comma of its own (", an emeritus professor at King's
 * College London,"): *np, with the appositive as its role.
 */
static bool
appositive_before(const aa_doc *doc, size_t lim, const aa_word *v, aa_phrase *np)
{
	aa_word		u,
				first;
	size_t		q = v->start;
	bool		is_role;

	for (int j = 0; j < 24 && aa_word_before(doc, lim, q, &u) && !trailing_punct(doc, &u); j++)
		q = u.start;
	if (!aa_word_before(doc, lim, q, &u) || trailing_punct(doc, &u) != ',' || !u.capitalized ||
		!aa_word_after(doc, q, v->cend, &first) || first.capitalized || first.cstart != first.start ||
		!(first.classes & LX_ARTICLE) || (first.classes & LX_PRONOUN) ||
		!parenthetical(doc, q, v->cend, &is_role) || !is_role || !phrase_ending_at(doc, lim, u.cend, np, NULL))
		return false;
	np->role_start = first.cstart;
	np->role_end = v->cend;
	return true;
}

static bool
subject_before(const aa_doc *doc, size_t lim, size_t cue_start, aa_phrase *np, bool *coordinated)
{
	aa_word		w;
	size_t		pos = cue_start;
	bool		after_be = false;
	bool		bracketed;

	*coordinated = false;
	/*
	 * "has also said", "later told", "has vigorously denied": step over
	 * auxiliaries and adverbs, and a phrase of time ("who has in the past
	 * described", "have in recent weeks said").
	 */
	for (int k = 0; k < 4 && aa_word_before(doc, lim, pos, &w); k++)
	{
		/* a word of time that is an adverbial by itself: "Obama yesterday said" */
		if (!trailing_punct(doc, &w) && !w.capitalized && (w.classes & LX_TIME_WORD) &&
			(w.classes & LX_PREPOSITION) && w.cstart == w.start && w.cend == w.end)
		{
			pos = w.start;
			continue;
		}
		/*
		 * "later in the week told", "The Kremlin on Monday dismissed", "did
		 * not at any time Thursday mention": a day has its capital
		 */
		if (!trailing_punct(doc, &w) && (w.classes & LX_TIME_WORD))
		{
			aa_word		v,
						u;
			size_t		p = w.start;
			bool		prep = false;

			for (int j = 0; j < 3 && !prep && aa_word_before(doc, lim, p, &v) && !trailing_punct(doc, &v) &&
				 !v.capitalized; j++, p = v.start)
				prep = (v.classes & LX_PREPOSITION) != 0 &&
					/* (three words back only inside the verb's words: "did not at any time Thursday") */
					(j < 2 || (aa_word_before(doc, lim, v.start, &u) && (u.classes & (LX_AUX | LX_ADVERB))));
			if (prep)
			{
				pos = p;
				continue;
			}
		}
		/* "but in a later interview said": a phrase of occasion after "and" or "but" */
		if (k == 0 && !trailing_punct(doc, &w) && !w.capitalized)
		{
			size_t		p = adverbial_after_coordinator(doc, lim, &w);

			if (p < w.start)
			{
				pos = p;
				continue;
			}
		}
		/*
		 * "Trump in his announcement speech called", "The Pentagon in a
		 * statement said": the occasion of saying between a name and its
		 * cue (a noun: the classes of function words turn most words away
		 * before the look-up)
		 */
		if (k == 0 && !trailing_punct(doc, &w) && !w.capitalized && w.cstart == w.start && w.cend - w.cstart > 3 &&
			!(w.classes & (LX_PRONOUN | LX_AUX | LX_ADVERB | LX_PREPOSITION | LX_CLAUSE_BREAK | LX_BE |
						   LX_TIME_WORD | LX_ARTICLE | LX_DETERMINER | LX_GROUP_NOUN | LX_TITLE)) &&
			aa_word_marked(doc, &w, LM_MEANS_OF_SPEECH))
		{
			size_t		p = occasion_after_name(doc, lim, &w);

			if (p < w.start)
			{
				pos = p;
				continue;
			}
		}
		/* "The young woman seems to be saying": a raising verb and "to" after an auxiliary */
		if (k > 0 && !trailing_punct(doc, &w) && !w.capitalized && w.cend == w.end && aa_word_is(doc, &w, "to"))
		{
			aa_word		v;

			if (aa_word_before(doc, lim, w.start, &v) && !v.capitalized && v.cstart == v.start && v.cend == v.end &&
				aa_verb_form_of(doc, &v, VF_RAISING_VERB, false))
			{
				pos = v.start;
				continue;
			}
		}
		/* "The State Department less than two weeks ago said": a span of time ago */
		if (!trailing_punct(doc, &w) && !w.capitalized && w.cend == w.end && aa_word_is(doc, &w, "ago"))
		{
			size_t		p = ago_phrase_start(doc, lim, w.start);

			if (p < w.start)
			{
				pos = p;
				continue;
			}
		}
		/* "has not yet said": "yet" after "not" is an adverb, no conjunction */
		if (!trailing_punct(doc, &w) && !w.capitalized && aa_word_is(doc, &w, "yet"))
		{
			aa_word		v;

			if (aa_word_before(doc, lim, w.start, &v) && aa_word_is(doc, &v, "not") && v.cend == v.end)
			{
				pos = v.start;
				continue;
			}
		}
		/* "his friends make jokes about", "he made comments": a light verb before a noun of speech */
		if (k == 0 && !trailing_punct(doc, &w) && !w.capitalized && w.cstart == w.start &&
			aa_verb_form_of(doc, &w, VF_LIGHT_VERB, false))
		{
			aa_word		noun;

			if (aa_word_after(doc, cue_start, doc->len, &noun) && (noun.classes & LX_NOUN_VERB) &&
				aa_plural_ending(doc, &noun))
			{
				pos = w.start;
				continue;
			}
		}
		/* two words that stand as one adverb (ADVERBS): "have in fact reported" */
		if (!trailing_punct(doc, &w) && !w.capitalized && w.cstart == w.start && !(w.classes & (LX_ADVERB | LX_AUX)))
		{
			aa_word		v;

			if (aa_word_before(doc, lim, w.start, &v) && !v.capitalized && v.cend == v.end && v.cstart == v.start &&
				(v.classes & LX_PREPOSITION) && v.end + 1 == w.start &&
				(aa_lex_word(doc->text + v.cstart, w.cend - v.cstart) & LX_ADVERB))
			{
				pos = v.start;
				continue;
			}
		}
		/* (a quantifier after its subject: "the foreign and defense ministers all urged"; not "percent of all") */
		if (trailing_punct(doc, &w) || w.capitalized ||
			!((w.classes & (LX_ADVERB | LX_AUX)) || aa_ly_adverb(doc, &w) ||
			  (k == 0 && (aa_word_is(doc, &w, "all") || aa_word_is(doc, &w, "both")) && !after_preposition(doc, lim, &w))))
			break;
		after_be |= (w.classes & LX_BE) != 0;
		pos = w.start;
	}
	/*
	 * "The price was not disclosed", "He was told that ...": after a form of
	 * "be" the cue is passive, and its subject said nothing ("was saying" is
	 * no passive).
	 */
	if (after_be)
	{
		aa_word		cue;

		if (aa_word_after(doc, cue_start, doc->len, &cue) && !aa_word_ends(doc, &cue, "ing"))
			return false;
	}
	if (!aa_word_before(doc, lim, pos, &w))
		return false;
	/*
	 * "Many speakers at the service — including Muslims, Christians, Jews —
	 * said", "Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says":
	 * the subject is before the aside
	 */
	if (aa_dash_token(doc, &w) || (doc->text[w.end - 1] == ')' && doc->text[w.start] != '('))
	{
		aa_word		open;

		if (!aside_opening(doc, lim, &w, &open) || !aa_word_before(doc, lim, open.start, &w))
			return false;
		pos = open.start;
	}

	if (!w.capitalized && w.cend == w.end &&
		(who_word(doc, &w) || aa_word_is(doc, &w, "which") || relative_that(doc, lim, &w)))
		return who_subject(doc, lim, &w, np);

	/*
	 * "Clinton “drew well from white voters,” said professor Paul Beck":
	 * the comma is the quotation's, and what comes before it no appositive
	 * (a title in marks may end one: "host of MSNBC’s “Morning Joe,”"; a
	 * quotation an aside: "Mr. Manafort, citing “...,” said")
	 */
	if (trailing_punct(doc, &w) == ',' && w.end > w.cend + 1 && quotation_ends_at(doc, lim, w.end))
		return false;
	/*
	 * "R-Ky.,": the period of the abbreviation stands before the comma;
	 * "chairman of America Rising (a Republican PAC),": so does a bracket
	 */
	bracketed = bracket_closes_segment(doc, lim, &w);
	/*
	 * "After winning Ohio, Gov. John Kasich (R-OH), said": a name with its
	 * party in brackets fills the segment before the cue; it is the subject,
	 * whatever stands before its comma
	 */
	{
		aa_word		before;

		if (doc->text[w.start] == '(' && is_name_tag(doc, &w) && doc->text[w.end - 1] == ',' &&
			phrase_ending_at(doc, lim, w.start, np, NULL) && aa_is_upper((unsigned char) doc->text[np->start]) &&
			(!aa_word_before(doc, lim, np->start, &before) || trailing_punct(doc, &before) == ','))
			return true;
	}
	if (trailing_punct(doc, &w) == ',' || (doc->text[w.end - 1] == ',' && is_name_tag(doc, &w)) || bracketed)
	{
		/* "NAME, APPOSITIVE, said": the name is before the parenthetical segment. */
		size_t		seg_end = bracketed ? w.end - 1 : w.cend;
		size_t		p = w.start;
		size_t		place_end = 0;	/* where a place's first part ends, when one continues */
		aa_word		v;
		bool		is_role;

		for (int k = 0; k < 16 && aa_word_before(doc, lim, p, &v); k++)
		{
			uint32_t	tp = trailing_punct(doc, &v);

			/*
			 * "Sen. Claire McCaskill (D-Mo.), who ...": the brackets' comma ends
			 * the segment; so does a party's ("R-Fla.,"), after its period
			 */
			if (bracket_comma(doc, &v) || (doc->text[v.end - 1] == ',' && is_name_tag(doc, &v)))
				tp = ',';
			if (tp == ',')
			{
				size_t		seg_start = v.end;
				/* "Sen. Ted Cruz (R-Texas), also a ...,": the name ends before the brackets */
				size_t		name_end = bracket_comma(doc, &v) ? v.start : v.cend;
				aa_word		u;
				bool		paren = parenthetical(doc, seg_start, seg_end, &is_role);
				size_t		rel_name_end;

				/* "The Vatican's envoy, Cardinal Pietro Parolin,": the titled name is the speaker */
				if (paren && is_role && !v.capitalized && titled_name_segment(doc, seg_start, seg_end))
					paren = false;

				/* "Bret Stephens, who, after trading insults with Mr. Hannity, said": an aside opens the relative clause */
				if (!v.capitalized && v.cend + 1 == v.end && (who_word(doc, &v) || aa_word_is(doc, &v, "which")))
					return who_subject(doc, lim, &v, np);
				/* the segment ends a relative clause that holds commas: the name is before its "who" */
				if (!aa_word_is(doc, &v, "who") && relative_clause_before(doc, lim, seg_start, &rel_name_end) &&
					phrase_ending_at(doc, lim, rel_name_end, np, NULL))
					return true;

				/*
				 * "Roxana M. Leon, 63, an independent voter ..., said": the age is
				 * no name; nor is a party ("Sen. Marco Rubio, R-Fla., appearing on
				 * Fox News ..., said")
				 */
				if ((is_age(doc, &v) || is_name_tag(doc, &v)) && aa_word_before(doc, lim, v.start, &u) &&
					trailing_punct(doc, &u) == ',')
					name_end = u.cend;

				/* "A third of independents, 33%, say": a share set off by commas restates the phrase before it */
				if (aa_word_after(doc, seg_start, seg_end, &u) && u.cend == seg_end && starts_with_digit(doc, &u) &&
					doc->text[u.cend - 1] == '%' && phrase_ending_at(doc, lim, name_end, np, NULL))
					return true;

				/*
				 * "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a
				 * swing state, said": the description describes the aside's
				 * last words; the name is before the participle's clause
				 */
				if (paren && is_role && participle_segment_before(doc, lim, &v))
				{
					seg_end = v.cend;
					p = v.start;
					continue;
				}

				/*
				 * "Cory James, 22, of Flint, Mich., said", "Patel, of Harrow,
				 * north London, pleaded": a place after a segment that ends
				 * with "of", "from" or "in" and a place continues it; look on
				 * before both.  Not a person's name:
				 * "the director of the Federal Bureau of Investigation,
				 * James B. Comey, said"
				 */
				if ((!paren || compass_place(doc, seg_start, seg_end)) && place_continues(doc, lim, &v) &&
					!opens_with_given_name(doc, seg_start, seg_end) &&
					!holder_after_office(doc, lim, &v, seg_start, seg_end))
				{
					seg_end = place_end = v.cend;
					p = v.start;
					continue;
				}
				if (!paren)
				{
					/*
					 * "One of the authors, Ari Fleischer, said": the segment is
					 * the name; "Another pollster, David Woodard of Clemson
					 * University, said": with its affiliation (and its place:
					 * "Darran Whiting of Liberty Baptist Church in Marion")
					 */
					aa_word		x;
					int			words = 0,
								name_words = 0;
					bool		name = true,
								affiliated = false,
								after_of = false;

					for (size_t q = seg_start; aa_word_after(doc, q, seg_end, &x); q = x.end)
					{
						/* ("incumbent Mayor Tom Reilly": the title's modifier) */
						if (q == seg_start && lower_role_modifier(&x))
							continue;
						words++;
						/* ("... of the Yale School of Medicine": the organisation's own "of") */
						if ((affiliated || name_words >= 2) && aa_word_is(doc, &x, "of") && x.cend == x.end &&
							!x.capitalized)
						{
							affiliated = after_of = true;
							continue;
						}
						if (affiliated && aa_word_is(doc, &x, "in") && x.cend == x.end && !x.capitalized)
							continue;
						/* "Sarah Chen of the ACLU": the article of the organisation's name */
						if (affiliated && after_of && aa_word_is(doc, &x, "the") && x.cend == x.end)
						{
							after_of = false;
							continue;
						}
						after_of = false;
						/* "Dr. Christopher van Dyck": a connector inside the name */
						if (!affiliated && name_words >= 1 && !x.capitalized && x.cend == x.end &&
							(x.classes & LX_CONNECTOR))
							continue;
						name &= x.capitalized && !(x.classes & (LX_CLAUSE_BREAK | LX_PREPOSITION));
						name_words += !affiliated;
					}
					/*
					 * "Gill Rosenberg, Canadian-Israeli Woman Feared Kidnapped By
					 * ISIS, Says": no name, but a Title Case headline capitalises
					 * the description too; the name is before it
					 */
					if ((!name || words > (affiliated ? 10 : 4)) && aa_in_title_case(doc, seg_start) &&
						phrase_ending_at(doc, lim, name_end, np, NULL))
					{
						aa_word		first;

						aa_word_after(doc, seg_start, seg_end, &first);
						np->role_start = first.cstart;
						np->role_end = seg_end;
						return true;
					}
					if (!name || words > (affiliated ? 10 : 4) ||
						!phrase_ending_at(doc, seg_start, seg_end, np, NULL))
						return false;
					if (names_organisation_of_role(doc, lim, &v, np))
						return true;
					description_as_role(doc, lim, &v, np);
					return true;
				}
				/*
				 * "A Syrian opposition monitor, the Syrian Observatory for
				 * Human Rights, reported": after an indefinite description
				 * that opens the sentence, "the" and a name in capitals is
				 * the speaker, the description its role
				 */
				if (paren && is_role && definite_name_segment(doc, seg_start, seg_end) &&
					indefinite_description_before(doc, lim, &v) && phrase_ending_at(doc, seg_start, seg_end, np, NULL))
				{
					description_as_role(doc, lim, &v, np);
					return true;
				}
				/*
				 * "Tom Sanders, an emeritus professor at King's College
				 * London, who was not involved in the study, said": the
				 * relative clause follows an appositive, which opens with
				 * an article; the name is before that one's comma
				 */
				if (paren && !is_role && aa_word_after(doc, seg_start, seg_end, &u) && !u.capitalized &&
					(aa_word_is(doc, &u, "who") || aa_word_is(doc, &u, "whose")) &&
					appositive_before(doc, lim, &v, np))
					return true;
				if (!phrase_ending_at(doc, lim, name_end, np, NULL))
					return false;
				if (is_role)
				{
					aa_word		first;

					aa_word_after(doc, seg_start, seg_end, &first);
					np->role_start = first.cstart;
					np->role_end = seg_end;
				}
				return true;
			}
			/*
			 * a title or a name in marks inside the segment (“Ted Cruz”
			 * campaign pins) goes on with it, as a word in brackets does
			 * ("Training Corps (ROTC) program")
			 */
			if (tp && tp != '.' && tp != '\'' && tp != 0x2019 && tp != 0x201D && tp != '"' &&
				!in_brackets(doc, &v))
				return false;
			p = v.start;
		}
		/*
		 * "after a woman in Worcester, Massachusetts, told him": no comma
		 * before the place's first part, whose phrase is the subject
		 */
		if (place_end > 0 && phrase_ending_at(doc, lim, place_end, np, coordinated))
			return true;

		/*
		 * "Mr. Trump, who said last week that a judge in a case involving
		 * Trump University was biased against him because of his heritage,
		 * issued": a relative clause longer than the segments looked at,
		 * right after the name (after a role, "Bill Millis, a businessman
		 * who ..., said", the sentence's subject keeps the role)
		 */
		{
			size_t		rel_name_end;
			aa_word		who;

			if (place_end == 0 && relative_clause_before(doc, lim, w.end, &rel_name_end) &&
				aa_word_after(doc, rel_name_end + 1, w.end, &who) && !who.capitalized &&
				(aa_word_is(doc, &who, "who") || aa_word_is(doc, &who, "whose")) &&
				phrase_ending_at(doc, lim, rel_name_end, np, NULL))
				return true;
			/* "Mrs. Clinton, in response to Mr. Trump's use of <14 words>, accused": a long aside */
			if (place_end == 0 && long_aside_before(doc, lim, w.start, &rel_name_end) &&
				phrase_ending_at(doc, lim, rel_name_end, np, NULL))
				return true;
		}
		/* The comma closes a leading adverbial ("On Friday, said ...") or nothing we know. */
		*coordinated = true;
		return false;
	}
	if (phrase_ending_at(doc, lim, pos, np, coordinated))
	{
		subject_of_relative(doc, lim, np);
		return true;
	}
	return subject_before_relative(doc, lim, pos, np);
}

/*
 * ", the information is included in the report ...": a verb before any
 * "who" or "which" makes the segment a clause of its own, not a role (", a
 * pollster who has advised ..." is one); so does a number first (", 571 of
 * the 714 superdelegates ... supported Clinton").
 */
static bool
reads_as_clause(const aa_doc *doc, size_t pos, size_t end)
{
	aa_word		w;

	if (aa_word_after(doc, pos, end, &w) && starts_with_digit(doc, &w))
		return true;
	for (; aa_word_after(doc, pos, end, &w); pos = w.end)
	{
		if (w.capitalized)
			continue;
		if (w.classes & LX_CLAUSE_BREAK)
			return false;
		if (w.classes & LX_AUX)
			return true;
	}
	return false;
}

/*
 * After a speaker and its comma: ", then senior pastor at ..." up to the next
 * comma or the sentence's end is the speaker's role when it reads as one.
 */
static void
role_after(const aa_doc *doc, size_t pos, size_t lim, aa_phrase *np)
{
	aa_word		w;
	size_t		seg_end = pos;
	bool		is_role = false;
	bool		whole = false;	/* the segment ends within reach: a role cut short is none */

	/* "said Smith, 45, a teacher from Ohio": past the age */
	if (aa_word_after(doc, pos, lim, &w) && is_age(doc, &w) && trailing_punct(doc, &w) == ',')
		pos = seg_end = w.end;
	for (int k = 0; k < 24; k++)
	{
		if (!aa_word_after(doc, seg_end, lim, &w))
		{
			whole = true;
			break;
		}
		/* "a former staff member ... who said she planned to demonstrate": the role ends at its relative clause */
		if (k > 0 && opens_relative(doc, &w))
		{
			whole = true;
			break;
		}
		seg_end = w.end;
		if (trailing_punct(doc, &w))
		{
			seg_end = w.cend;
			whole = true;
			break;
		}
	}
	if (whole && parenthetical(doc, pos, seg_end, &is_role) && is_role && !reads_as_clause(doc, pos, seg_end))
	{
		aa_word		first;

		/* parenthetical read its words: the first is there */
		if (aa_word_after(doc, pos, seg_end, &first))
		{
			np->role_start = first.cstart;
			np->role_end = seg_end;
		}
	}
}

bool
aa_pronoun_contraction(const aa_doc *doc, const aa_word *w)
{
	size_t		stem = aa_contraction_stem_end(doc, w);

	return stem != w->cend && (aa_lex_word(doc->text + w->cstart, stem - w->cstart) & LX_PRONOUN) &&
		!aa_plural_possessive(doc, w);
}

/*
 * "said Will Doyle": a capitalised auxiliary after a lower-case word, with a
 * capitalised word of no other class after it, opens a name.  In a Title
 * Case headline ("Says Will Run") the word before is capitalised too.
 */
static bool
auxiliary_as_given_name(const aa_doc *doc, const aa_word *w, size_t lim)
{
	aa_word		prev,
				next;

	return w->capitalized && (w->classes & LX_AUX) && w->cend == w->end &&
		aa_word_before(doc, 0, w->start, &prev) && !prev.capitalized &&
		aa_word_after(doc, w->end, lim, &next) && next.capitalized && next.classes == 0;
}

/*
 * The speaker phrase after pos; bare_ok: a bare plural or mass noun may
 * open it, as after "according to" ("according to exit polls", "state law").
 */
/*
 * Is np "the" and a title in lower case before words in capitals, the
 * organisation it heads ("the head of the industry body BNIC")?
 */
static bool
titled_description(const aa_doc *doc, const aa_phrase *np)
{
	aa_word		w;

	if (!aa_word_after(doc, np->start, np->end, &w) || w.capitalized || !aa_word_is(doc, &w, "the"))
		return false;
	for (size_t p = w.end; aa_word_after(doc, p, np->end, &w) && !w.capitalized; p = w.end)
		if (w.classes & LX_TITLE)
			return true;
	return false;
}

/*
 * "One of the men, Jessie Elkins, 70, had served ... and said", "said
 * Apple's chief executive, Tim Cook.": a phrase that describes (its last
 * word in lower case, or a title's organisation: titled_description), a
 * comma, then the name it describes, set off by a comma (or, at_end,
 * ending the sentence after a cue).  The name speaks, the description is
 * its role; titled: the name may have a title of its own ("former
 * Secretary of State Hillary Clinton", "actress Jamie Lee Curtis").
 */
static bool
described_name_after(const aa_doc *doc, size_t pos, size_t lim, aa_phrase *np, bool titled, bool at_end)
{
	aa_word		last,
				w;
	aa_phrase	name;
	bool		names_only;

	if (!aa_word_before(doc, np->start, np->end, &last) || (last.classes & LX_PRONOUN) ||
		(last.capitalized && !titled_description(doc, np)) || !aa_subject_after(doc, pos, lim, &name) ||
		!(name.end < lim ? doc->text[name.end] == ',' || (at_end && memchr(".;", doc->text[name.end], 2)) : at_end))
		return false;
	/* a name only: not "the Republican leader" */
	names_only = aa_is_upper((unsigned char) doc->text[name.start]);
	for (size_t p = name.start; names_only && aa_word_after(doc, p, name.end, &w); p = w.end)
		names_only = w.capitalized && !(w.classes & (LX_TITLE | LX_DETERMINER | LX_PRONOUN));
	if (!names_only && (!titled || name.role_end <= name.role_start ||
						!aa_word_before(doc, name.start, name.end, &w) || !w.capitalized))
		return false;
	/*
	 * (a title of the name's own stays its role; so, after a cue, does what
	 * follows the name's comma: inside a sentence's subject that is the
	 * sentence's verb, "Mike Rubino, reached out to")
	 */
	if (name.role_end <= name.role_start || (names_only && !at_end))
	{
		name.role_start = np->start;
		name.role_end = np->end;
	}
	*np = name;
	return true;
}

/* Is np's last word a title in lower case ("the study's lead author")? */
static bool
title_last(const aa_doc *doc, const aa_phrase *np)
{
	aa_word		last;

	return aa_word_before(doc, np->start, np->end, &last) && !last.capitalized && (last.classes & LX_TITLE);
}

static bool
phrase_after(const aa_doc *doc, size_t cue_end, size_t lim, aa_phrase *np, bool bare_ok)
{
	aa_word		w;
	size_t		pos = cue_end;
	size_t		start = 0,
				end = 0;
	int			n = 0;
	uint32_t	stop = 0;
	bool		last_capitalized = false;
	int			access_at = -2;	/* the word count at "close", "familiar" */

	while (n < 10 && aa_word_after(doc, pos, lim, &w))
	{
		uint32_t	tp = trailing_punct(doc, &w);

		/*
		 * "said him" is no speaker; "said his lawyer" is (a possessive is
		 * also an article); "Says She's Safe" opens a clause
		 */
		if (n == 0 && (((w.classes & LX_PRONOUN) && !(w.classes & LX_ARTICLE)) || leading_punct(doc, &w) ||
					   aa_pronoun_contraction(doc, &w)))
			return false;
		/*
		 * A bare noun after "according to" may also be a word that reads as
		 * a verb or a preposition elsewhere: "according to state law",
		 * "according to early results".
		 */
		if (n == 0 && !can_start_phrase(doc, &w, lim) && !descriptor_before_name(doc, &w, lim) &&
			!auxiliary_as_given_name(doc, &w, lim) &&
			!(bare_ok && !w.capitalized && w.cstart == w.start &&
			  !(w.classes & (LX_CLAUSE_BREAK | LX_AUX | LX_ADVERB)) &&
			  (!(w.classes & LX_REPORT_VERB) || (w.classes & LX_NOUN_VERB))))
			return false;
		/* "said Doyle and others": the others speak with the name */
		if (n > 0 && w.cend == w.end && aa_word_is(doc, &w, "and"))
		{
			aa_word		others;

			if (aa_word_after(doc, w.end, lim, &others) && others.cstart == others.start &&
				aa_word_is(doc, &others, "others"))
			{
				end = others.cend;
				pos = others.end;
				stop = trailing_punct(doc, &others);
				n++;
				break;
			}
		}
		if (n > 0 && !w.capitalized && (w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_REPORT_VERB | LX_AUX)) &&
			!((w.classes & LX_NOUN_VERB) && !(w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX))) &&
			/* "said a source close to the campaign": the preposition after a source's access goes on */
			!(n == access_at + 1 && (w.classes & LX_PREPOSITION) && w.cend == w.end))
			break;
		if (n > 0 && w.cend == w.end && !w.capitalized && aa_verb_form_of(doc, &w, VF_ACCESS, false))
			access_at = n;
		/* "said Theresa May": a month after a capitalised word may end a name */
		if (n > 0 && (w.classes & LX_TIME_WORD) &&
			!(last_capitalized && w.capitalized && aa_month_without_day(doc, &w)))
			break;
		if (leading_punct(doc, &w))
			break;
		if (n == 0)
			start = w.cstart;
		last_capitalized = w.capitalized;
		end = w.cend;
		pos = w.end;
		n++;
		if (tp)
		{
			stop = tp;
			break;
		}
	}
	if (n == 0)
		return false;
	np->start = start;
	np->end = end;
	np->role_start = np->role_end = 0;
	np->ante_start = np->ante_end = 0;
	/*
	 * (a source after "according to" is not followed by its name: "according
	 * to an FBI summary, Mills sent"; unless the source is a person's title
	 * and the name is set off: "According to the study's lead author, Dr
	 * Zeke Hausfather, the models")
	 */
	if (stop == ',' && (bare_ok ? !(title_last(doc, np) && described_name_after(doc, pos, lim, np, true, true)) :
						!described_name_after(doc, pos, lim, np, true, true)))
		role_after(doc, pos, lim, np);
	return true;
}

bool
aa_subject_after(const aa_doc *doc, size_t cue_end, size_t lim, aa_phrase *np)
{
	return phrase_after(doc, cue_end, lim, np, false);
}

bool
aa_source_after(const aa_doc *doc, size_t cue_end, size_t lim, aa_phrase *np)
{
	aa_word		w;

	if (phrase_after(doc, cue_end, lim, np, true))
		return true;
	/* "according to him," "according to them.": a pronoun alone, set off */
	if (!aa_word_after(doc, cue_end, lim, &w) || w.cstart != w.start || w.cend == w.end ||
		!(w.classes & LX_PRONOUN) || (w.classes & LX_DETERMINER) ||
		!(aa_word_is(doc, &w, "him") || aa_word_is(doc, &w, "her") || aa_word_is(doc, &w, "them")))
		return false;
	*np = (aa_phrase) {w.cstart, w.cend, 0, 0, 0, 0};
	return true;
}

static bool
all_capitals(const aa_doc *doc, const aa_word *w)
{
	for (size_t i = w->cstart; i < w->cend; i++)
		if (doc->text[i] >= 'a' && doc->text[i] <= 'z')
			return false;
	return true;
}

/*
 * "A month later,", "Two days ago,", "Last week,", "The day before,": a
 * short phrase of time before a comma; not a clause that ends in one ("He
 * apologized the next day,": a pronoun or a past tense before the time).
 */
static bool
time_adverbial(const aa_doc *doc, size_t pos, size_t lim, size_t *bare_end)
{
	aa_word		w;
	bool		plain = true;	/* only a determiner or a number, then lower-case words, so far */

	*bare_end = 0;

	for (int k = 0; k < 5 && aa_word_after(doc, pos, lim, &w); k++, pos = w.end)
	{
		if (w.classes & LX_TIME_WORD || aa_word_is(doc, &w, "later") ||
			aa_word_is(doc, &w, "earlier") || aa_word_is(doc, &w, "ago") || aa_word_is(doc, &w, "day"))
		{
			aa_word		next;

			if (doc->text[w.end - 1] == ',')
				return true;
			/* "The nurse later sued, ...": a verb after the time word, which is the subject's adverb */
			if (aa_word_after(doc, w.end, lim, &next) && !next.capitalized && next.cstart == next.start &&
				((next.classes & LX_AUX) || aa_past_form(doc, &next)))
				return false;
			/* "A few minutes later they ...": no comma, a plain phrase ends with its time word */
			if (plain)
				*bare_end = w.end;
			return k < 4;
		}
		plain &= k == 0 ? ((w.classes & (LX_DETERMINER | LX_ARTICLE)) || starts_with_digit(doc, &w)) :
			!w.capitalized;
		if (w.cend != w.end || ((w.classes & LX_PRONOUN) && !(w.classes & LX_ARTICLE)) ||
			aa_word_ends(doc, &w, "ed") ||
			(!w.capitalized && !(w.classes & (LX_ARTICLE | LX_DETERMINER)) && aa_word_marked(doc, &w, LM_PAST_VERB)))
			return false;
	}
	return false;
}

/*
 * Does a comma end the segment at pos within max_words words (capitalised
 * ones only, if capitals_only), before any other punctuation?  Then *after
 * is just past it and *last the word that carries it.
 */
static bool
comma_ends(const aa_doc *doc, size_t pos, size_t lim, int max_words, bool capitals_only, size_t *after,
		   aa_word *last)
{
	aa_word		w;

	for (int k = 0; k < max_words && aa_word_after(doc, pos, lim, &w) && (w.capitalized || !capitals_only); k++)
	{
		uint32_t	tp = trailing_punct(doc, &w);

		pos = w.end;
		if (tp == ',')
		{
			*after = pos;
			*last = w;
			return true;
		}
		if (tp)
			return false;
	}
	return false;
}

/* Does "to" follow pos, as before an infinitive ("plans to announce")? */
static bool
infinitive_after(const aa_doc *doc, size_t pos, size_t lim)
{
	aa_word		to;

	return aa_word_after(doc, pos, lim, &to) && to.cstart == to.start && to.cend == to.end &&
		aa_word_is(doc, &to, "to");
}

/*
 * Where a dateline that opens the sentence at p ends, or p: "PHILADELPHIA,
 * July 25 (UPI) —", "LA CROSSE, Wis. —", "Washington (AFP) –",
 * "WASHINGTON --" (a place in capitals, or an agency in brackets, then a
 * dash set off by spaces), "SINGAPORE:" (a place in capitals and a colon).
 */
size_t
aa_dateline_end(const aa_doc *doc, size_t p, size_t lim)
{
	aa_word		w,
				d;
	bool		agency;

	if (!aa_word_after(doc, p, lim, &w) || w.cend - w.cstart < 2 || !(all_capitals(doc, &w) || w.capitalized))
		return p;
	agency = all_capitals(doc, &w);
	/* "SINGAPORE:", "KUALA LUMPUR:": a place in capitals and its colon, as Asian wires write one */
	for (size_t q = p; agency && aa_word_after(doc, q, lim, &d) && d.start < p + 24 && all_capitals(doc, &d); q = d.end)
		if (d.end == d.cend + 1 && doc->text[d.cend] == ':')
		{
			if (aa_lex_place(doc->text + w.cstart, d.cend - w.cstart) != NULL)
				return d.end;
			break;
		}
	for (size_t q = p; aa_word_after(doc, q, lim, &d) && d.start < p + 60; q = d.end)
	{
		agency |= doc->text[d.start] == '(' && doc->text[d.end - 1] == ')';
		if (aa_dash_token(doc, &d) && agency)
			return d.end;
	}
	return p;
}

/*
 * "the other candidate on the stage, former Secretary of State Hillary
 * Clinton, drew a contrast": a description whose phrase of place (lower
 * case, a few words, set off by the comma; after a title, one that names
 * whom it serves) comes before the name it describes.  The name is the
 * subject, the description with its place the role.
 */
static void
named_after_place(const aa_doc *doc, size_t prep_at, size_t lim, aa_phrase *np)
{
	aa_phrase	desc = *np;
	aa_word		w,
				last;
	size_t		after;
	bool		titled,
				named;

	if (!comma_ends(doc, prep_at, lim, 4, false, &after, &last))
		return;
	/*
	 * "A spokesman for Johnson, Taylor Haulsee,": after a title, whom it
	 * serves may be named (the description is the title's, for the test of
	 * its lower case; the role takes the whole)
	 */
	titled = aa_word_before(doc, np->start, prep_at, &w) && !w.capitalized && w.cend == w.end &&
		(w.classes & LX_TITLE);
	named = false;
	for (size_t p = prep_at; aa_word_after(doc, p, last.end, &w); p = w.end)
	{
		if ((w.capitalized && !titled) || (w.classes & (LX_REPORT_VERB | LX_AUX | LX_CLAUSE_BREAK | LX_PRONOUN)))
			return;
		named |= w.capitalized;
	}
	desc.end = named ? np->end : last.cend;
	if (described_name_after(doc, after, lim, &desc, true, false))
	{
		if (named && desc.role_start == np->start && desc.role_end == np->end)
			desc.role_end = last.cend;
		*np = desc;
	}
}

/*
 * "One notable trend: Democratic insiders were more likely to say ...": a
 * label of a few words with no verb, then a colon, opens the sentence.  Not
 * a name ("Hillary: ...", "Q: ...", who speak) nor a headline's label.
 * Returns the colon's end, or pos.
 */
#define COLON_LABEL_WORDS 5

static size_t
colon_label_end(const aa_doc *doc, size_t pos, size_t lim)
{
	aa_word		w;
	size_t		p = pos;
	bool		described = false;	/* a lower-case word: a description, no name */

	for (int k = 0; k < COLON_LABEL_WORDS && aa_word_after(doc, p, lim, &w); k++, p = w.end)
	{
		uint32_t	tp = trailing_punct(doc, &w);

		if ((w.classes & (LX_AUX | LX_REPORT_VERB | LX_REPORT_ING | LX_PRONOUN)) || w.cstart != w.start)
			return pos;
		described |= !w.capitalized;
		if (tp == ':')
			return described && aa_paragraph_of(doc, pos) > 0 && !aa_in_title_case(doc, pos) ? w.end : pos;
		if (tp != 0)
			return pos;
	}
	return pos;
}

bool
aa_expletive(const aa_doc *doc, const aa_word *w, bool bare_it)
{
	const char *t = doc->text + w->cstart;
	size_t		stem = aa_contraction_stem_end(doc, w);	/* before "'s", "’ll" ... */
	size_t		n = stem - w->cstart;

	if (n == 2 && (t[0] | 0x20) == 'i' && t[1] == 't')
		return bare_it || stem != w->cend;
	return (n == 5 && (t[0] | 0x20) == 't' && memcmp(t + 1, "here", 4) == 0) ||
		(n == 4 && (t[0] | 0x20) == 'h' && memcmp(t + 1, "ere", 3) == 0);
}

/* how far the comma that ends an opening clause may be ("While most of his competitors called for ...,") */
#define ADVERBIAL_CLAUSE_WORDS 24

/*
 * "Advocacy group Transient Workers Count Too", "Migrant rights activist
 * Jane Doe": w, and up to two words of no class after it, run to a noun of
 * an organisation's kind (ORG_KIND_NOUNS, COMPANY_NOUNS) or a title right
 * before a name
 */
static bool
org_kind_before_name(const aa_doc *doc, const aa_word *w, size_t lim)
{
	aa_word		cur = *w,
				next;

	for (int k = 0; k < 3; k++)
	{
		if (cur.capitalized || cur.cstart != cur.start || cur.cend != cur.end ||
			!aa_word_after(doc, cur.end, lim, &next))
			return false;
		/* (the lists are asked only before a capital) */
		if (next.capitalized)
			return next.cstart == next.start &&
				((cur.classes & LX_TITLE) || aa_org_kind_noun(doc, &cur));
		if (cur.classes != 0)
			return false;
		cur = next;
	}
	return false;
}

bool
aa_sentence_subject(const aa_doc *doc, size_t sent_start, size_t lim, aa_phrase *np)
{
	size_t		pos = sent_start;
	aa_word		w;

	/* Step over leading adverbials that end with a comma: "Earlier,", "In an interview ..., ". */
	for (int round = 0; round < 3; round++)
	{
		size_t		p = pos,
					time_end = 0;

		if (!aa_word_after(doc, p, lim, &w))
			return false;
		if (round == 0 && (pos = aa_dateline_end(doc, p, lim)) > p)
			continue;
		if (round == 0 && (pos = colon_label_end(doc, p, lim)) > p)
			continue;
		/* "But she didn't stop there, saying ...": the conjunction, then the subject */
		if (w.capitalized && w.cstart == w.start && w.cend == w.end && (w.classes & LX_CLAUSE_BREAK) &&
			aa_word_marked(doc, &w, LM_COORDINATOR))
		{
			pos = w.end;
			continue;
		}
		/* "about 200 protesters congregated": a count opens the subject, no adverbial */
		if (opens_count(doc, &w, lim))
			break;
		/*
		 * "Absent a strong defense ..., voters may conclude": a capitalised
		 * word the lexicon does not know, before an article, opens an
		 * adverbial, not a name (a name's verb comes first); so it does
		 * before an adverb and a subject pronoun ("Pretty soon she would")
		 */
		{
			aa_word		next,
						third;

			if (w.capitalized && w.classes == 0 && w.cstart == w.start && w.cend == w.end &&
				aa_word_after(doc, w.end, lim, &next) && !next.capitalized && next.cstart == next.start)
			{
				if ((next.classes & (LX_ARTICLE | LX_DETERMINER)) && !(next.classes & LX_PRONOUN))
				{
					if (!comma_ends(doc, p, lim, 14, false, &pos, &w))
						break;
					continue;
				}
				if (next.cend == next.end && (next.classes & LX_ADVERB) &&
					!(next.classes & (LX_AUX | LX_PRONOUN | LX_CLAUSE_BREAK)) &&
					aa_word_after(doc, next.end, lim, &third) && aa_personal_pronoun(doc, &third))
				{
					pos = next.end;
					break;
				}
			}
		}
		/*
		 * "Then he cut into Bush, calling", "Later she said": a subject
		 * pronoun right after an adverb (no subordinator) is the subject
		 */
		{
			aa_word		next;

			if (w.cstart == w.start && w.cend == w.end && !(w.classes & LX_CLAUSE_BREAK) &&
				((w.classes & (LX_PREPOSITION | LX_ADVERB | LX_TIME_WORD)) ||
				 aa_word_marked(doc, &w, LM_SENTENCE_OPENER)) &&
				aa_word_after(doc, w.end, lim, &next) && aa_personal_pronoun(doc, &next))
			{
				pos = w.end;
				break;
			}
		}
		/*
		 * Only adverbials: a preposition, adverb, time word, clause opener or
		 * participle; or a sentence opener with its comma within four words.
		 */
		if (w.cstart == w.start && aa_word_marked(doc, &w, LM_SENTENCE_OPENER))
		{
			if (!comma_ends(doc, p, lim, 4, false, &pos, &w))
				break;
			continue;
		}
		/* "More broadly, ...", "Most importantly, ...": a quantity word and its adverb */
		if ((w.classes & LX_DETERMINER) && w.cend == w.end)
		{
			aa_word		v;

			if (aa_word_after(doc, w.end, lim, &v) && v.cend < v.end && doc->text[v.cend] == ',' &&
				aa_ly_adverb(doc, &v))
			{
				pos = v.end;
				continue;
			}
		}
		/*
		 * "Speaking to reporters, ...", "Asked about the vote, ...": a
		 * participle opens an adverbial too; "Both", "Each" open a subject
		 */
		if ((!(w.classes & (LX_PREPOSITION | LX_ADVERB | LX_TIME_WORD | LX_CLAUSE_BREAK)) &&
			 ((!aa_word_ends(doc, &w, "ing") && !aa_word_ends(doc, &w, "ed")) ||
			  ((w.classes & (LX_MALE | LX_FEMALE)) && !(w.classes & LX_PRONOUN))) &&
			 !aa_ly_adverb(doc, &w) && !time_adverbial(doc, p, lim, &time_end)) ||
			((w.classes & (LX_DETERMINER | LX_ADVERB | LX_PREPOSITION)) == (LX_DETERMINER | LX_ADVERB) &&
			 !time_adverbial(doc, p, lim, &time_end)))
			break;
		/* a phrase of time without its comma ends with its time word: "A few minutes later they ..." */
		if (time_end > p)
		{
			pos = time_end;
			continue;
		}
		/* a subordinate clause runs longer than a phrase: "While most of his competitors called for ..., " */
		if (!comma_ends(doc, p, lim, (w.classes & LX_CLAUSE_BREAK) ? ADVERBIAL_CLAUSE_WORDS : 14, false, &pos, &w))
			break;
		/* "At an event in St. Clairsville, Ohio, ...": the place's state or country is the adverbial's too */
		if (place_continues(doc, sent_start, &w))
			comma_ends(doc, pos, lim, 2, true, &pos, &w);
	}
	/* The phrase runs to the first word that cannot be in it. */
	{
		size_t		start = 0,
					end = 0;
		int			n = 0;
		bool		prev_cap = false;
		bool		prev_det = false,
					prev_plural = false;	/* the word before is a plural in lower case */
		uint32_t	stop = 0;
		size_t		p = pos,
					prep_at = 0,
					content_end = 0;	/* the end of the last word that is not "of" or a determiner */	/* where a preposition ended the phrase */

		while (n < 10 && aa_word_after(doc, p, lim, &w))
		{
			uint32_t	tp = trailing_punct(doc, &w);

			if (n == 0 && (!can_start_phrase(doc, &w, lim) || aa_expletive(doc, &w, false)) && !opens_count(doc, &w, lim) &&
				!modifier_of_group_after(doc, &w, lim))
				return false;
			/* "Chris Christie (R), a staunch ally,": the brackets end the name */
			if (n > 0 && doc->text[w.start] == '(' && w.end - w.start <= 14)
			{
				stop = doc->text[w.end - 1] == ',' ? ',' : ')';
				p = w.end;
				break;
			}
			/* (a noun that may be a cue describes a title: "Trump's Virginia state director, Mike Rubino") */
			if (n > 0 && !w.capitalized &&
				(w.classes & (LX_REPORT_VERB | LX_AUX | LX_ADVERB | LX_CLAUSE_BREAK | LX_PREPOSITION)) &&
				!((w.classes & LX_NOUN_VERB) && aa_title_modifier(doc, &w, lim)))
			{
				if ((w.classes & (LX_REPORT_VERB | LX_AUX | LX_ADVERB | LX_CLAUSE_BREAK | LX_PREPOSITION)) ==
					LX_PREPOSITION && w.cend == w.end)
					prep_at = w.start;
				break;
			}
			/*
			 * After a capitalised name, a lower-case word is most likely the
			 * verb; not one before a title and a name ("Presumptive Democratic
			 * presidential nominee Hillary Clinton")
			 */
			if (n > 0 && prev_cap && !w.capitalized && !(w.classes & (LX_TITLE | LX_GROUP_NOUN)) &&
				!aa_word_is(doc, &w, "of") && !aa_title_modifier(doc, &w, lim) && !org_kind_before_name(doc, &w, lim))
				break;
			if (n > 0 && !prev_cap && !w.capitalized && n >= 4)
				break;			/* a long lower-case run is no subject we can name */
			/* "Trump supporters typically begin shouting": an adverb in -ly ends the subject (not "nearly 100") */
			if (n > 0 && !w.capitalized && aa_ly_adverb(doc, &w) && !opens_count(doc, &w, lim))
				break;
			/* "The spokesman refused to ...", "The senator sought": after a noun, a past tense is the verb */
			if (n >= 2 && !w.capitalized && !prev_det && aa_past_form(doc, &w))
				break;
			/* "The 50-state poll finds Trump faring better ..., offering": so is a verb of finding */
			if (n >= 1 && !w.capitalized && !prev_det && w.cend == w.end && aa_verb_form_of(doc, &w, VF_FINDING, false))
				break;
			/*
			 * "The company plans to announce": so is a present tense before an
			 * infinitive; after a plural, a word of no class without its -s
			 * ("Many unnaturalized adoptees try to stay")
			 */
			if (n >= 2 && !w.capitalized && !prev_det && !tp && infinitive_after(doc, w.end, lim) &&
				(doc->text[w.cend - 1] == 's' ||
				 (w.classes == 0 && prev_plural && w.cstart == w.start && w.cend == w.end)))
				break;
			if (n == 0)
				start = w.cstart;
			end = w.cend;
			p = w.end;
			prev_cap = w.capitalized && !(w.classes & LX_DETERMINER);
			prev_det = (w.classes & (LX_DETERMINER | LX_ARTICLE)) != 0;
			prev_plural = !w.capitalized && w.cend == w.end && aa_plural_ending(doc, &w);
			if (w.capitalized || !(w.classes & (LX_DETERMINER | LX_ARTICLE | LX_CONNECTOR)))
				content_end = w.cend;
			n++;
			if (n == 1 && (w.classes & LX_PRONOUN))
				break;
			if (tp)
			{
				stop = tp;
				break;
			}
		}
		if (n == 0)
			return false;
		/* a run cut short after "of" or a determiner ends before them: "The attorney general (of the)" */
		if (content_end > start && content_end < end)
			end = content_end;
		np->start = start;
		np->end = end;
		np->role_start = np->role_end = 0;
		np->ante_start = np->ante_end = 0;
		if (stop == ',' && !described_name_after(doc, p, lim, np, false, false))
			role_after(doc, p, lim, np);
		else if (prep_at > 0)
			named_after_place(doc, prep_at, lim, np);
	}
	return true;
}

int
aa_count_words(const aa_doc *doc, size_t from, size_t to)
{
	int			n = 0;
	bool		in_word = false;

	/* A word is a run of anything but spaces, as aa_word_after sees it; counting stops at 64
	 * words or 4 KB, which is more than any caller compares with. */
	if (to > from + 4096)
		to = from + 4096;
	/* The token table counts the same runs when both ends are character boundaries. */
	if (doc->tokens && from < to && !aa_mid_character(doc->text, doc->len, from) &&
		!aa_mid_character(doc->text, doc->len, to))
	{
		aa_tokens  *table = doc->tokens;
		int			k = token_from(table, from);

		/* a run that started before `from` and goes on past it counts once */
		n = (k > 0 && table->items[k - 1].end > from) ? 1 : 0;
		for (; k < table->n && table->items[k].start < to && n < 64; k++)
			n++;
		return n;
	}
	/* whole characters, never their continuation bytes one by one */
	for (size_t i = from, next; i < to && n < 64; i = next)
	{
		bool		space = is_space_at(doc->text, doc->len, i, &next);

		if (!space && !in_word)
			n++;
		in_word = !space;
	}
	return n;
}
