/*
 * aa_internal.h — what the engine's files share.  Not part of the API.
 */
#ifndef AA_INTERNAL_H
#define AA_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "aa_engine.h"

/*
 * Inline even where the compiler would not: for the few hot helpers with
 * more than one caller (a word's description, 1.4 % of the engine's
 * instructions in calls, make profile-engine).
 */
#if defined(__GNUC__)
#define AA_ALWAYS_INLINE inline __attribute__((always_inline))
#define AA_NOINLINE __attribute__((noinline))
#else
#define AA_ALWAYS_INLINE inline
#define AA_NOINLINE
#endif

/* ---------------------------------------------------------------- memory */

/*
 * The per-call arena: chunks from the injected allocator, released all at
 * once by the caller's context (or by aa_arena_release in standalone use).
 * Allocation failure and cancellation jump back to aa_extract.
 */
typedef struct aa_chunk
{
	struct aa_chunk *next;
	size_t		used;
	size_t		size;
	/* data follows, max_align_t aligned */
} aa_chunk;

typedef struct aa_arena
{
	const aa_env *env;
	aa_chunk   *head;
	jmp_buf    *bail;			/* where failures jump, with an aa_status */
	size_t		work_since_check;	/* bytes of work since keep_going */
} aa_arena;

void	   *aa_alloc(aa_arena *a, size_t size);
void	   *aa_alloc0(aa_arena *a, size_t size);
char	   *aa_strndup(aa_arena *a, const char *s, size_t n);
void		aa_bail(aa_arena *a, aa_status status);
/* Give back a block of more than half a chunk (it has a chunk of its own); smaller ones stay. */
void		aa_free_big(aa_arena *a, void *ptr, size_t size);
/* Ask keep_going (the counter of work has passed AA_TICK_BYTES). */
void		aa_tick_check(aa_arena *a);

#define AA_TICK_BYTES (256 * 1024)

/* Count `bytes` of work and ask keep_going every so often: inline, as most ticks only count. */
static inline void
aa_tick(aa_arena *a, size_t bytes)
{
	a->work_since_check += bytes;
	if (a->work_since_check >= AA_TICK_BYTES)
		aa_tick_check(a);
}

/*
 * Interned strings: one copy of each distinct string per article.  Names,
 * mentions and cues repeat all through an article ("said", "Obama"); each
 * site keeps a pointer to the one copy.
 */
typedef struct aa_interned
{
	uint32_t	hash;
	uint32_t	len;
	const char *s;				/* NULL: an empty slot */
} aa_interned;

typedef struct aa_strings
{
	aa_interned *slots;
	int			cap;			/* a power of two, or 0 */
	int			n;
} aa_strings;

const char *aa_intern(aa_arena *a, aa_strings *t, const char *s, size_t n);

/* A growable array of fixed-size items in the arena. */
typedef struct aa_vec
{
	void	   *items;
	int			n;
	int			cap;
	size_t		item_size;
	int32_t    *index;			/* aa_vec_index's, or NULL; valid while n == indexed_n */
	size_t		index_blocks;
	int			indexed_n;
} aa_vec;

void		aa_vec_init(aa_vec *v, size_t item_size);
void		aa_vec_reserve(aa_arena *a, aa_vec *v, int cap);	/* room for cap items */
void		aa_vec_grow(aa_arena *a, aa_vec *v);	/* room for one more: the capacity doubled */

/*
 * A zeroed new item at the end of v, whose items are of `type`: inline,
 * with the item's size a constant, so zeroing it is a few stores and not a
 * call (pushes run about once per 15 bytes of text).
 */
#define AA_VEC_PUSH(a, v, type) ((type *) aa_vec_push_sized((a), (v), sizeof(type)))

static inline void *
aa_vec_push_sized(aa_arena *a, aa_vec *v, size_t item_size)
{
	void	   *slot;

	if (v->n == v->cap)
		aa_vec_grow(a, v);
	slot = (char *) v->items + (size_t) v->n * item_size;
	memset(slot, 0, item_size);
	v->n++;
	return slot;
}
void		aa_vec_free(aa_arena *a, aa_vec *v);	/* give its block back (aa_free_big); empty again */

/*
 * An empty vector with room for about `expected` items set aside at once.
 * The document's tables are sized from the text's length (one paragraph,
 * sentence, name ... per so many bytes of news, AA_BYTES_PER_*): a long
 * article's tables then grow without being copied from one doubled array
 * to the next, and room never written costs no resident memory.
 */
void		aa_vec_init_room(aa_arena *a, aa_vec *v, size_t item_size, size_t expected);

#define AA_BYTES_PER_PARAGRAPH 128
#define AA_BYTES_PER_SPAN 128
#define AA_BYTES_PER_MARK 64
#define AA_BYTES_PER_SENTENCE 64
#define AA_BYTES_PER_NAME 48
#define AA_BYTES_PER_CUE 96
#define AA_BYTES_PER_HINT 128
#define AA_BYTES_PER_LABEL 256

#define AA_VEC_AT(v, type, i) (((type *) (v)->items)[i])

/*
 * For a vector sorted on a size_t that is the items' first member (a
 * position: aa_match.start, aa_span.open, aa_range.start, or
 * the item itself): the index of the first item whose key is >= pos.
 * aa_vec_lower_bound (below) reads the vector's index when it has a
 * current one, and bisects otherwise.
 */
int			aa_vec_bisect(const aa_vec *v, size_t pos);

/*
 * For such a vector that is complete, over a text of text_len bytes: for
 * each block of 1 << AA_VEC_BLOCK_SHIFT bytes, the first item at or after
 * the block's first byte.  aa_vec_lower_bound then reads one entry and
 * steps over the few items of a block instead of bisecting.  Built for
 * texts of up to AA_TOKENS_MAX_TEXT bytes only, so that a long text's
 * tables stay as they were (the index takes 4 bytes per block); a push
 * makes it stale, and stale, it is not read.
 */
#define AA_VEC_BLOCK_SHIFT 6
void		aa_vec_index(aa_arena *a, aa_vec *v, size_t text_len);

/* The position an item of a sorted vector is keyed on: its first member. */
static inline size_t
aa_vec_key(const aa_vec *v, int i)
{
	return *(const size_t *) ((const char *) v->items + (size_t) i * v->item_size);
}

/* aa_vec_bisect's answer, inline: the rules ask it a few times per quote and cue, of indexed vectors mostly. */
static inline int
aa_vec_lower_bound(const aa_vec *v, size_t pos)
{
	if (v->index != NULL && v->indexed_n == v->n)
	{
		size_t		b = pos >> AA_VEC_BLOCK_SHIFT;
		int			i;

		if (b >= v->index_blocks)
			return v->n;
		for (i = v->index[b]; i < v->n && aa_vec_key(v, i) < pos; i++)
			;
		return i;
	}
	return aa_vec_bisect(v, pos);
}

/* ---------------------------------------------------------------- text */

/* Decode the code point at s[*i] (valid UTF-8 assumed) and advance *i. */
uint32_t	aa_utf8_next(const char *s, size_t len, size_t *i);
/* Decode the code point that ends just before s[i]; *start gets its first byte. */
uint32_t	aa_utf8_prev(const char *s, size_t i, size_t *start);
/* Byte offset of the first invalid sequence, or len when all is valid. */
size_t		aa_utf8_validate(const char *s, size_t len);

bool		aa_is_wide_letter(uint32_t c);	/* a letter above U+007F (Latin, Greek, Cyrillic) */
bool		aa_is_wide_upper(uint32_t c);
bool		aa_is_wide_space(uint32_t c);	/* a space above U+007F: no-break and other Unicode spaces */

/* The character classes, inline for ASCII (most calls), out of line above it. */
static inline bool
aa_is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return aa_is_wide_letter(c);
}

static inline bool
aa_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return aa_is_wide_upper(c);
}

static inline bool
aa_is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/*
 * The ASCII capitals of s[0..n), or 0 when it holds a lower-case ASCII letter:
 * an acronym ("NATO", two or more) or a label in capitals ("JAKE TAPPER").
 */
static inline int
aa_capitals(const char *s, size_t n)
{
	int			upper = 0;

	for (size_t i = 0; i < n; i++)
	{
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		upper += (s[i] >= 'A' && s[i] <= 'Z');
	}
	return upper;
}

/* Spaces: in ASCII, tab, line feed, vertical tab, form feed, carriage return and space (a bit set). */
static inline bool
aa_is_space(uint32_t c)
{
	if (c < 0x80)
		return c <= ' ' && (UINT64_C(0x100003E00) >> c & 1);
	return aa_is_wide_space(c);
}
bool		aa_is_dash(uint32_t c);
/* A quotation mark of any style: " ' ‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ › (the one list the mark finder and the word walkers share). */
bool		aa_is_quote_char(uint32_t c);

/* Is byte pos of text[0, len) inside a character (a UTF-8 continuation byte)? */
static inline bool
aa_mid_character(const char *text, size_t len, size_t pos)
{
	return pos < len && (((unsigned char) text[pos]) & 0xC0) == 0x80;
}

/* Byte offsets -> character offsets, for offsets asked for in rising order mostly. */
typedef struct aa_charpos
{
	const char *text;
	size_t		byte;
	int64_t		chars;
} aa_charpos;

int64_t		aa_char_offset(aa_charpos *cp, size_t byte);

/* The first i in [from, to) where text[i] is one of four bytes (repeat one for fewer), or to. */
size_t		aa_find_bytes(const char *text, size_t from, size_t to,
						  unsigned char a, unsigned char b, unsigned char c, unsigned char d);

/* ---------------------------------------------------------------- lexicon */

/* Word classes; a word may belong to several (a bit set). */
enum
{
	LX_REPORT_VERB = 1 << 0,	/* said, told, warned ... (speech and writing) */
	LX_REPORT_ING = 1 << 1,		/* saying, telling ... (participle: subject is the clause's) */
	LX_TITLE = 1 << 2,			/* President, CEO, spokesman ... */
	LX_HONORIFIC = 1 << 3,		/* Mr, Mrs, Dr, Sen. ... */
	LX_PRONOUN = 1 << 4,		/* he, she, they, it, we, I */
	LX_DETERMINER = 1 << 5,		/* the, a, an, this, some, many ... */
	LX_CLAUSE_BREAK = 1 << 6,	/* that, and, but, because, if, when ... */
	LX_ADVERB = 1 << 7,			/* also, later, then, again ... (between subject and cue) */
	LX_AUX = 1 << 8,			/* has, had, have, would, will ... */
	LX_PREPOSITION = 1 << 9,	/* in, on, at, to, during ... (end a post-verb speaker) */
	LX_DENIAL_VERB = 1 << 10,	/* deny, refute, rebut ... (DL_VERBS: single words) */
	LX_FEMALE = 1 << 11,		/* she, her, Mrs, Ms, and female first names */
	LX_MALE = 1 << 12,			/* he, him, Mr, and male first names */
	LX_ORG_WORD = 1 << 13,		/* Party, Committee, Agency, Inc ... (names an organisation) */
	LX_COUNTRY = 1 << 14,		/* a country or state name (single word) */
	LX_ABBREV = 1 << 15,		/* abbreviations whose period ends no sentence */
	LX_TIME_WORD = 1 << 16,		/* Monday, Friday, yesterday ... (after the cue, not a speaker) */
	LX_GROUP_NOUN = 1 << 17,	/* officials, police, critics ... (speakers without a name) */
	LX_EPITHET_HEAD = 1 << 18,	/* state, country, nation, regime ... ("the secretive state") */
	LX_DENIAL_VERB_CLAIM = 1 << 19,	/* reject, dismiss ... (DL_VERBS_WITH_CLAIM: its single words) */
	LX_ROLE_MODIFIER = 1 << 20,	/* former, retired, acting ... (may open a title before a name) */
	LX_NOUN_VERB = 1 << 21,		/* state, report, claim ... (a cue only after a subject) */
	LX_INTRO_ONLY = 1 << 22,	/* continued, began ... (a cue only before ", ..." or ":") */
	LX_PHRASE_HEAD = 1 << 23,	/* according ... (the first word of a phrasal cue) */
	LX_DENIAL_HINT = 1 << 24,	/* not, false, deny ... (a denial rule may fire near it) */
	LX_ARTICLE = 1 << 25,		/* the, a, this, his ... (before a cue word, it makes a noun) */
	LX_FALSITY_HINT = 1 << 26,	/* false, hoax, baseless ... (the first word of a falsity label) */
	LX_STRONG_FALSITY = 1 << 27,	/* hoax, fake, not true ... (false by themselves, no claim noun needed) */
	LX_ELISION = 1 << 28,		/* em, til, n ... (after an apostrophe that is no quotation mark) */
	LX_BE = 1 << 29,			/* was, were, been ... (before "denied": the passive, grant sense) */
	LX_CONNECTOR = 1 << 30		/* of, de, van, bin ... (lower-case words inside names) */
};

/* The 32nd class, outside the enum (an enumerator must fit an int). */
#define LX_ATTRIBUTIVE (UINT32_C(1) << 31)	/* widely ... (the cue after it is an adjective) */

/* Classes of a word (case-insensitive, ASCII folding); 0 when unknown. */
uint32_t	aa_lex_word(const char *w, size_t n);

/* (aa_lex_word(w, n) & LX_ABBREV) != 0, most words turned away by their shape: "Mr.", "Sept." */
bool		aa_lex_abbreviation(const char *w, size_t n);

/* The canonical country for a country alias ("DPRK" -> "North Korea"), or NULL. */
const char *aa_lex_country(const char *w, size_t n);

/* Lists a few rules consult that need no word class of their own (all 32 are taken). */
typedef enum aa_lex_mark
{
	LM_FORMULA_HEAD = 1 << 0,	/* a no-involvement formula (DL_NO_INVOLVEMENT) may start with it */
	LM_QUESTION_OPENER = 1 << 1,	/* opens the question after "Asked": whether, what, about ... */
	LM_COLON_LABEL = 1 << 2,	/* labels a line with a colon, no speaker: Update, Photo ... */
	LM_SENTENCE_OPENER = 1 << 3,	/* opens a sentence before a comma: Back (in 1999), There, Likewise */
	LM_MEANS_OF_SPEECH = 1 << 4,	/* "said by telephone": a means, not the agent of a passive */
	LM_LY_NOT_ADVERB = 1 << 5,	/* ends in -ly but is no adverb: family, rally, costly */
	LM_CLAUSE_OPENER = 1 << 6,	/* opens a clause with a subject of its own: while, whereas, but */
	LM_PAST_VERB = 1 << 7,		/* an irregular past tense: sought, took, spoke */
	LM_SPEECH_PARTICIPANT = 1 << 8,	/* "I", "you": the writer and the reader, no one the article names */
	LM_TITLE_CASE_MINOR = 1 << 9,	/* "Is", "Who", "Reportedly": capitalised by a Title Case headline only */
	LM_QUOTATION_ONLY = 1 << 10,	/* went on ...: a cue of quotations, of no reported clause */
	LM_WORD_ABBREV = 1 << 11,	/* "no.", "ill.": also a word, an abbreviation in lower case only before a number */
	LM_ANSWER = 1 << 12,		/* "said yes": a one-word answer, a statement of its own */
	LM_CONDITIONAL = 1 << 13,	/* if, unless, wish: the clause states nothing, denies nothing */
	LM_ADMISSION = 1 << 14,		/* admitted, conceded: a cue that grants what it reports */
	LM_ADDRESSEE = 1 << 15,		/* him, reporters, the crowd: whom something is told */
	LM_MONTH = 1 << 16,			/* May, March: a date, or a name ("Theresa May") */
	LM_PARTY = 1 << 17,			/* Republican, Democrat: before a name, the person's party ("Republican Donald Trump") */
	LM_CONTRACTED_HEAD = 1 << 18,	/* it, that: a formula's head only as "it's", "that's" */
	LM_OFFICE_ADJECTIVE = 1 << 19,	/* Presidential, Gubernatorial: an office's adjective, which names no one */
	LM_RELATIVE = 1 << 20,		/* who, whom, whose, which: opens a clause that describes the name before */
	LM_MEDIA = 1 << 21,			/* news, agency, Times, Reuters: a word that names a news medium */
	LM_NOT_CUE = 1 << 22,		/* "pledged delegates": a cue word and the noun it describes */
	LM_GERUND_BLOCKER = 1 << 23,	/* without, from: a reporting gerund after it reports nothing */
	LM_SUBORDINATOR = 1 << 24,	/* after, because, when: opens a clause that hangs on the main one */
	LM_COORDINATOR = 1 << 25,	/* and, but, yet: a sentence may open with one before its subject */
	LM_CONTROL_VERB = 1 << 26,	/* led, prompted, for: its object is the subject of the infinitive after it */
	LM_CLAIM_ONLY_CUE = 1 << 27,	/* retract: a cue only when a claim noun follows */
	LM_WORK_NOUN = 1 << 28,		/* book, show, film: names a work whose title may follow in marks */
	LM_TIME_UNIT = 1 << 29,		/* days, weeks, year: a span of time before "ago" */
	LM_TIME_MEASURE = 1 << 30	/* a, few, two, than, at least: measures a span before "ago", a count before its number */
} aa_lex_mark;

/* Is this word of an organisation's name one that makes it a business (BUSINESS_WORDS, any case)? */
bool		aa_lex_business_word(const char *w, size_t n);
/* Is this word a generation after a surname ("Jr.", "III"; GENERATIONS, any case)? */
bool		aa_lex_generation_word(const char *w, size_t n);
/* The k-th office a description's word may stand for ("judge" -> "justice"; ROLE_ALIASES), or NULL. */
const char *aa_lex_role_alias(const char *w, size_t n, int k);
/* Is this word in the list the mark stands for? */
bool		aa_lex_marked(const char *w, size_t n, aa_lex_mark mark);
/* A word's classes, and its marks in *marks: one look-up for both. */
uint32_t	aa_lex_word_marks(const char *w, size_t n, uint32_t *marks);

/*
 * Does a formula start with the letters w[0..n), the byte after them being
 * next (LM_FORMULA_HEAD; LM_CONTRACTED_HEAD only before an apostrophe)?
 * With the signature of find_before_marks' head test.
 */
bool		aa_lex_formula_head(const char *w, size_t n, unsigned char next);

/* The country a word names, or that a metonym stands for ("Pyongyang" -> "North Korea"), or NULL. */
const char *aa_lex_place(const char *w, size_t n);

/*
 * The lists of cues (reporting verbs, their -ing forms, the phrasal cues that
 * dispute), NULL-terminated, in the order the cue pattern tries them; and the
 * dispute cues alone, which are denial verbs with a claim-type object too.
 */
const char *const *const *aa_lex_cue_lists(void);
/* The cues that are no verb ("according to"), NULL-terminated: the cue pattern tries them before the lists. */
const char *const *aa_lex_prepositional_cues(void);
/*
 * Small word lists a rule tests one word against, NULL-terminated (see
 * aa_lexicon.c): verb forms first, then, as the rules needed them, other
 * closed lists (adjectives of access, determiners, prepositions, suffixes)
 * that need no word class or mark of their own.  aa_verb_form_of asks them.
 */
typedef enum aa_verb_forms
{
	VF_ADDRESSEE,				/* told, assured, informed ...: their object is whom they speak to */
	VF_RESPOND,					/* respond, replied ...: "to" and what is responded to follow */
	VF_CALL,					/* call, called ...: whom, then what they are called */
	VF_SPEECH_NOUN_TO,			/* claim, promise ...: nouns of speech before "that" or an infinitive */
	VF_SPEECH_NOUN_ABOUT,		/* remarks, comments: nouns of speech before "that" or a topic */
	VF_SPEECH_NOUN_THAT,		/* charge, contention: a noun of speech before "that" only */
	VF_SPEECH_NOUN_ON,			/* comments: of the ABOUT nouns, those whose topic may follow "on" */
	VF_PARTICIPLE_OBJECT,		/* left, found ...: their object says the participle after it */
	VF_CLAUSE_ONLY,				/* maintain: a cue of a clause, never of a noun phrase */
	VF_ACCESS,					/* close, familiar: a source's access, before the preposition that names to what */
	VF_NOUN_DETERMINER,			/* each, every: a determiner of nouns only (never a subject by itself) */
	VF_NOUN_ADJECTIVE,			/* final, larger: after an article, an adjective of the noun after it */
	VF_FINDING,					/* shows, found: a poll's or a study's verb, before what it finds */
	VF_GERUND_PREPOSITION,		/* about, despite: a name between one and a participle is its subject */
	VF_IMAGE_NOUN,				/* photo, picture: what is posted without being said */
	VF_INDEFINITE_OBJECT,		/* nothing, everything: "Nothing the president said", a relative clause */
	VF_JUDGING_LABEL,			/* crazy, wrong: a falsity label that may judge anything, not only a claim */
	VF_RAISING_VERB,			/* seems, appeared: "seems to be saying", its subject is the cue's */
	VF_ASPECT_VERB,				/* began, kept: the participle after one is its subject's act */
	VF_LIGHT_VERB,				/* make, made: before a noun of speech ("made comments"), its subject speaks */
	VF_HYPHEN_SUFFIX,			/* area, based, born: after a name and a hyphen, an adjective ("Texas-based") */
	VF_COMPANY_NOUN,			/* company, firm: "the company" stands for the business the article named */
	VF_COMPASS,					/* north, western: before a place's name, part of the place ("north London") */
	VF_PERSON_EPITHET,			/* man, star, singer: "the big man", "the singer" stand for a person just named */
	VF_KIN_MALE,				/* son, husband: "her son, Chidi Okafor" is a relative, a man */
	VF_KIN_FEMALE,				/* daughter, wife: "his wife, Mary Smith" is a relative, a woman */
	VF_NATIONALITY,				/* Dane, Spaniard: "said the Dane" stands for the person just named */
	VF_OFFICE,					/* minister, senator: a description in one is no holder of another */
	VF_ACCUSATION,				/* accused, blamed: what they report is no denial of the speaker's */
	VF_DOMAIN,					/* Affairs, Manpower: the last words of a title's domain, before a name */
	VF_ORG_KIND,				/* group, charity: before an organisation's name as a title ("advocacy group X") */
	VF_CORPORATE_SUFFIX,		/* Inc., Ltd: after a company's name and its comma, part of the name */
	VF_POST_NOMINAL,			/* SAN, QC, OBE: letters after a name and its comma, an aside like an age */
	VF_CONTEST_OBJECT,			/* title, city: what "defended" takes in a contest or a war, no words */
	VF_COUNT
} aa_verb_forms;

/* For each list, a bit per ASCII letter that opens one of its entries (set by aa_lexicon_init). */
extern uint32_t aa_verb_form_letters[VF_COUNT];

const char *const *aa_lex_verb_forms(aa_verb_forms which);
const char *const *const *aa_lex_dispute_cues(void);
/* The denial hint words, or those of them that start falsity labels (see aa_lexicon.c), NULL-terminated. */
const char *const *aa_lex_denial_hints(bool falsity);

/* Denial phrase lists (regular-expression fragments), NULL-terminated. */
typedef enum aa_denial_list
{
	DL_VERBS,					/* deny, refute, rebut ... */
	DL_VERBS_WITH_CLAIM,		/* reject, dismiss, dispute ... only with a claim object */
	DL_CLAIM_NOUNS,				/* accusation, allegation, claim, report ... */
	DL_FALSITY,					/* baseless, false, slander ... */
	DL_NO_INVOLVEMENT,			/* nothing to do with, neither ... nor ... */
	DL_NEGATED_FACTS,			/* haven't crossed, Not Among Dead (headlines only) */
	DL_SUPPRESSORS,				/* did not, refused to confirm or ... */
	DL_GRANT_OBJECTS			/* bail, entry, a visa, the request ... */
} aa_denial_list;

const char *const *aa_lex_denial_list(aa_denial_list which);

void		aa_lexicon_init(void);





/* ---------------------------------------------------------------- document */

typedef struct aa_range
{
	size_t		start;
	size_t		end;
} aa_range;

/* A pair of quotation marks (or an opening mark whose quote runs to the paragraph's end). */
typedef struct aa_span
{
	size_t		open;			/* byte offset of the opening mark */
	size_t		content_start;	/* after the opening mark and any space (« French spacing ») */
	size_t		content_end;	/* the closing mark, or the paragraph's end, before any space */
	size_t		after;			/* just after the closing mark (== content_end when none) */
	int			paragraph;
	int			speaker;		/* the entity its quotation is attributed to, -1 when none (yet) */
	bool		single;			/* single marks (‘ ’ or ') rather than double */
	bool		closed;			/* a closing mark was found */
	bool		continues;		/* this paragraph reopens a quote that ran on */
} aa_span;

typedef struct aa_doc
{
	aa_arena   *arena;
	const char *text;
	size_t		len;
	aa_vec		paragraphs;		/* aa_range, trimmed, non-empty */
	aa_vec		title_case;		/* aa_range: the headlines written in Title Case (aa_find_spans) */
	aa_vec		spans;			/* aa_span at depth 0, in text order */
	aa_vec		sentences;		/* size_t: where each sentence starts, in text order */
	bool		indefinite_opener;	/* a sentence opens with "Nothing", "Everything" ... (aa_find_sentences) */
	aa_vec		entities;		/* aa_entity */
	aa_vec		surname_nodes;	/* aa_surname_node: the entities by the last word of their name */
	int32_t    *surname_heads;	/* surname_mask + 1 chains of surname_nodes, newest first; -1 ends */
	uint32_t	surname_mask;	/* buckets - 1, a power of two less one, by the text's length */
	int32_t    *first_heads;	/* surname_mask + 1 chains of surname_nodes by that first word; -1 ends */
	aa_vec		events;			/* aa_event: where entities are named, in text order */
	aa_vec		candidates;		/* aa_match: every cue word, before context checks */
	aa_vec		cues;			/* aa_match: the reporting cues, in text order */
	aa_vec		speech_nouns;	/* aa_match: cue words that are nouns of speech after their owner */
	aa_vec		hints;			/* size_t: words without which no denial rule fires */
	aa_vec		labels;			/* size_t: of those, the falsity labels ("false", "hoax") */
	struct aa_word_class *word_cache;	/* lexicon classes of words seen, by position */
	struct aa_tokens *tokens;	/* every word described once, or NULL (see aa_tokenize) */
	struct aa_subject_memo *subject_memo;	/* aa_subject_before's last answer, or NULL */
	aa_strings	strings;		/* names, mentions and cues, interned */
	char	   *scratch;		/* where phrases are put together before interning */
	size_t		scratch_size;
	int			quoted_speaker;	/* the person who said the last quotation attributed so far, or -1 */
	size_t		quoted_speaker_at;	/* where that quotation ends */
	size_t		naming_at;		/* where the name being registered or resolved stands */
	size_t		last_first_at;	/* the greatest first_at of any entity */
	int			businesses;		/* legal forms seen (aa_entity.business); while none, no business look-up */
} aa_doc;

/* A direct-mapped cache of lexicon look-ups: the same words are looked at by many rules. */
#define AA_WORD_CACHE 512

typedef struct aa_word_class
{
	size_t		start;			/* 0 with len 0: empty */
	uint32_t	len;
	uint32_t	classes;
} aa_word_class;

/* Find paragraphs and quotation spans (aa_marks.c). */
void		aa_find_spans(aa_doc *doc);

/* Is byte offset pos inside the content or marks of a top-level span?  Returns its index or -1. */
int			aa_span_at(const aa_doc *doc, size_t pos);

/* Find every sentence start once (after aa_find_spans). */
void		aa_find_sentences(aa_doc *doc);

/* Index in doc->sentences of the sentence holding pos. */
int			aa_sentence_at(const aa_doc *doc, size_t pos);

/* Sentence bounds around pos, never splitting inside quotation marks, within its paragraph. */
size_t		aa_sentence_start(const aa_doc *doc, size_t pos);
size_t		aa_sentence_end(const aa_doc *doc, size_t pos);
/* Is the full stop at text[i] that of an initial or an abbreviation ("M.", "U.S.", "Sen.")? */
bool		aa_is_abbreviation(const char *text, size_t line_start, size_t line_end, size_t i);
/* Is the period text[i] an abbreviation's that does not end its sentence ("Sen.", "George W."; not "on X. He")? */
bool		aa_period_inside_sentence(const char *text, size_t line_start, size_t line_end, size_t i);
int			aa_paragraph_of(const aa_doc *doc, size_t pos);
/* Is pos in a headline: a paragraph of at most AA_HEADLINE_WORDS words? */
#define AA_HEADLINE_WORDS 30
bool		aa_in_headline(const aa_doc *doc, size_t pos);
/* Is pos in a paragraph written in Title Case? */
bool		aa_in_title_case(const aa_doc *doc, size_t pos);


/* ---------------------------------------------------------------- patterns (aa_attrib.c) */

typedef struct aa_match
{
	size_t		start;
	size_t		end;
} aa_match;

typedef enum aa_pattern_id
{
	PAT_CUE = 0,				/* a reporting verb or phrase ("called for", "according to"), anchored */
	PAT_DENY_VERB,				/* DL_VERBS */
	PAT_DENY_VERB_CLAIM,		/* DL_VERBS_WITH_CLAIM */
	PAT_CLAIM_NOUN,				/* DL_CLAIM_NOUNS */
	PAT_FALSITY,				/* DL_FALSITY, anchored (see aa_find_falsity) */
	PAT_NO_INVOLVEMENT,			/* DL_NO_INVOLVEMENT, anchored (see aa_find_no_involvement) */
	PAT_NEGATED_FACT,			/* DL_NEGATED_FACTS, anchored (see aa_find_negated_fact) */
	PAT_SUPPRESSED,				/* DL_SUPPRESSORS, anchored to end just before a cue */
	PAT_GRANT_OBJECT,			/* DL_GRANT_OBJECTS, anchored at the object */
	PAT_COUNT
} aa_pattern_id;

aa_status	aa_patterns_init(void);
/* aa_patterns_init, and every pattern it leaves to be built on first use built now. */
aa_status	aa_patterns_prepare(void);
/* How many patterns this process has compiled (or tried to): the tests' witness that nothing is compiled twice. */
int			aa_pattern_builds(void);
/* First match of a pattern in text[from, to) (text before `from` is context for lookbehind). */
bool		aa_pattern_find(aa_doc *doc, aa_pattern_id id, size_t from, size_t to, aa_match *m);

/*
 * The anchored denial lists are matched by the pattern of their formulas
 * that start with the letter where the match is tried (aa_attrib.c); the
 * tests set this to false to check that it changes no result.
 */
extern bool aa_letter_patterns;
/* The first letters a formula can start with (bit k: 'a' + k), all 26 when it cannot tell. */
uint32_t	aa_first_letters(const char *formula);

/* ---------------------------------------------------------------- words and phrases */

typedef struct aa_word
{
	size_t		start;			/* the token as written, up to spaces */
	size_t		end;
	size_t		cstart;			/* its core, without surrounding punctuation */
	size_t		cend;
	uint32_t	classes;		/* aa_lex_word of the core */
	bool		capitalized;
} aa_word;

/*
 * The article's words, found once and each described once: the walkers look
 * them up instead of decoding and classifying the same words again for
 * every rule.  Built only for articles up to AA_TOKENS_MAX_TEXT bytes
 * (every news article); longer texts are walked word by word, with the
 * same results, so the table never costs more memory than the text.
 */
#define AA_TOKENS_MAX_TEXT ((size_t) 1 << 20)

/* AA_TOKENS_MAX_TEXT; the tests set it to 0 to check that the table changes no result. */
extern size_t aa_tokens_max_text;

/*
 * The tokenizer and the word scan read 64 bytes a step where aa_swar.h has
 * SSE2 (AA_SSE2), and a byte or a character at a time otherwise; the tests
 * set this to false to check that the steps change no result.
 */
extern bool aa_sse2_steps;

/* A token of ASCII letters only; one of ASCII letters (maybe none) and one ASCII byte that is none ("said,"). */
#define AA_TOKEN_LETTERS 1
#define AA_TOKEN_LETTERS_MARK 2

typedef struct aa_token
{
	uint32_t	start;			/* a maximal run of non-space characters */
	uint32_t	end;
	uint32_t	classes;		/* of the core */
	uint16_t	lead;			/* cstart - start */
	uint16_t	trail;			/* end - cend */
	bool		capitalized;
	bool		whole;			/* at most MAX_TOKEN bytes: the walkers see it whole */
	uint8_t		letters;		/* AA_TOKEN_LETTERS, AA_TOKEN_LETTERS_MARK or 0 (other) */
	bool		described;		/* classes, lead, trail and capitalized are set (on first look) */
} aa_token;

/*
 * Rules look words up by byte position (the word after a quote's end, the
 * word before a cue).  block_first[b] is the first token that starts at or
 * after byte b * AA_TOKEN_BLOCK: a look-up reads one entry and steps over
 * the two or three tokens of the block, where a search from the cursor
 * galloped and bisected (4 % of the engine's instructions).
 */
#define AA_TOKEN_BLOCK_SHIFT 4
#define AA_TOKEN_BLOCK ((size_t) 1 << AA_TOKEN_BLOCK_SHIFT)

typedef struct aa_tokens
{
	aa_token   *items;
	int			n;
	int			cap;			/* items allocated (to give the block back) */
	int			cursor;			/* the last token looked up: walks go word by word */
	int32_t    *block_first;	/* len / AA_TOKEN_BLOCK + 1 entries */
	size_t		n_blocks;
	/*
	 * A wide space other than U+00A0 and those of the punctuation block
	 * (U+1680, U+3000, U+FEFF) separates two tokens: the word scan, which
	 * reads such bytes as letters, cannot go by the table (aa_scan.c).
	 */
	bool		odd_spaces;
} aa_tokens;

void		aa_tokenize(aa_doc *doc);
void		aa_forget_tokens(aa_doc *doc);

/*
 * Describe a bare word (an ASCII letter at each end, no Title Case
 * headline around it: aa_token_describe's common case) whose classes are
 * known: its core is the token, its capital read off its first byte.
 */
static inline void
aa_token_set_bare(aa_token *tk, uint32_t classes, bool capitalized)
{
	tk->classes = classes;
	tk->lead = 0;
	tk->trail = 0;
	tk->capitalized = capitalized;
	tk->described = true;
}

/*
 * The word after pos (before pos), not reaching lim: false when there is
 * none.  Out of line: the general case, a look-up by position; inline just
 * below: the step of a walk, from the last token looked at to its neighbour.
 */
bool		aa_word_before_lookup(const aa_doc *doc, size_t lim, size_t pos, aa_word *w);
bool		aa_word_after_lookup(const aa_doc *doc, size_t pos, size_t lim, aa_word *w);
void		aa_token_describe(const aa_doc *doc, aa_token *tk);
/*
 * aa_lex_word of text[start, end), from the token table when a described
 * token has that core (the rules ask again of most cues: "said").
 */
uint32_t	aa_word_classes(const aa_doc *doc, size_t start, size_t end);

static inline void
aa_word_of_token(const aa_doc *doc, aa_token *tk, aa_word *w)
{
	if (!tk->described)
		aa_token_describe(doc, tk);
	w->start = tk->start;
	w->end = tk->end;
	w->cstart = tk->start + tk->lead;
	w->cend = tk->end - tk->trail;
	w->classes = tk->classes;
	w->capitalized = tk->capitalized;
}

/*
 * When pos is the end of the token looked at last, the word after it is the
 * next token (the look-up would find the same); otherwise look it up.
 */
static inline bool
aa_word_after(const aa_doc *doc, size_t pos, size_t lim, aa_word *w)
{
	aa_tokens  *table = doc->tokens;

	if (table != NULL && table->cursor + 1 < table->n && table->items[table->cursor].end == pos)
	{
		aa_token   *tk = &table->items[table->cursor + 1];

		if (tk->end <= lim && tk->whole)
		{
			aa_word_of_token(doc, tk, w);
			table->cursor++;
			return true;
		}
	}
	return aa_word_after_lookup(doc, pos, lim, w);
}

/* When pos is the start of the token looked at last, the word before it is the previous token. */
static inline bool
aa_word_before(const aa_doc *doc, size_t lim, size_t pos, aa_word *w)
{
	aa_tokens  *table = doc->tokens;

	if (table != NULL && table->cursor > 0 && table->cursor < table->n &&
		table->items[table->cursor].start == pos)
	{
		aa_token   *tk = &table->items[table->cursor - 1];

		if (tk->start >= lim && tk->whole)
		{
			aa_word_of_token(doc, tk, w);
			table->cursor--;
			return true;
		}
	}
	return aa_word_before_lookup(doc, lim, pos, w);
}

/*
 * Does the word start with a capital as written?  w->capitalized says how
 * the walkers read it, which in a Title Case headline is lower case for
 * "Is", "Says" (aa_attrib.c); the tests of a style count what is written,
 * and a brand's capital after its first letter too ("iFixit", "eBay").
 */
static inline bool
aa_written_capitalized(const aa_doc *doc, const aa_word *w)
{
	return w->capitalized || (w->cstart < w->cend && (unsigned char) (doc->text[w->cstart] - 'A') < 26) ||
		(w->cstart + 1 < w->cend && (unsigned char) (doc->text[w->cstart] - 'a') < 26 &&
		 (unsigned char) (doc->text[w->cstart + 1] - 'A') < 26);
}

/*
 * Word tests against a literal, asked some 150,000 times per 2 MB: inline,
 * so that strlen of the literal is a constant, not a call.
 */

/* Is the word's core exactly s (case-sensitive)? */
static inline bool
aa_word_is(const aa_doc *doc, const aa_word *w, const char *s)
{
	size_t		n = strlen(s);

	return w->cend - w->cstart == n && memcmp(doc->text + w->cstart, s, n) == 0;
}

/* Is the core s as written, or s with a capital first letter ("when" or "When")? */
static inline bool
aa_word_is_either(const aa_doc *doc, const aa_word *w, const char *s)
{
	size_t		n = strlen(s);
	const char *c = doc->text + w->cstart;

	return w->cend - w->cstart == n && n > 0 &&
		(c[0] == s[0] || (s[0] >= 'a' && s[0] <= 'z' && c[0] == s[0] - ('a' - 'A'))) &&
		memcmp(c + 1, s + 1, n - 1) == 0;
}

/* Does a core of five bytes or more end with suffix ("-ed", "-ing", "-ly")? */
static inline bool
aa_word_ends(const aa_doc *doc, const aa_word *w, const char *suffix)
{
	size_t		k = strlen(suffix);

	return w->cend - w->cstart > 4 && memcmp(doc->text + w->cend - k, suffix, k) == 0;
}
/* Is the word's core in the list the mark stands for? */
bool		aa_word_marked(const aa_doc *doc, const aa_word *w, aa_lex_mark mark);

/*
 * Does w, capitalised at its sentence's start before the capitalised word
 * next, open the sentence as an adverbial ("Meanwhile Rihanna, who ...")
 * or label the line before a name ("(See Sexton’s full timeline ...)",
 * "Follow John Nolte on Twitter")?  Then it is no part of the name.
 */
/*
 * A personal pronoun in lower case by itself: "he", "she", "they", "we" (not
 * "his" or "her", determiners too; not "it", as often an expletive)
 */
bool		aa_personal_pronoun(const aa_doc *doc, const aa_word *w);

/* "him", "them", "us", "me" ("her" is also a possessive) */
bool		aa_object_pronoun(const aa_doc *doc, const aa_word *w);

/* aa_verb_form_of's look through the list, for a word whose first letter opens an entry. */
bool		aa_verb_form_in_list(const aa_doc *doc, const aa_word *w, aa_verb_forms which, bool any_case);
/* Is w, written in capitals ("SAN"), an entry of the list, every letter's case folded? (aa_attrib.c) */
bool		aa_verb_form_in_capitals(const aa_doc *doc, const aa_word *w, aa_verb_forms which);

/*
 * Is w one of the verb forms (any_case: capitalised as in a Title Case
 * headline too)?  Most words are turned away by their first letter here,
 * inline, before any call: the walks ask it of nearly every word.
 */
static inline bool
aa_verb_form_of(const aa_doc *doc, const aa_word *w, aa_verb_forms which, bool any_case)
{
	unsigned	c = w->cend > w->cstart ? (unsigned char) doc->text[w->cstart] : 0;

	if (any_case && c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	if (c >= 'a' && c <= 'z' && !((aa_verb_form_letters[which] >> (c - 'a')) & 1))
		return false;
	return aa_verb_form_in_list(doc, w, which, any_case);
}

/* "Inc.", "Ltd": a company's legal form (CORPORATE_SUFFIXES), capitalised; short, so most words are turned away unread */
static inline bool
aa_corporate_suffix(const aa_doc *doc, const aa_word *w)
{
	return w->capitalized && w->cend - w->cstart <= 5 && aa_verb_form_of(doc, w, VF_CORPORATE_SUFFIX, true);
}

/* "advocacy group", "the company": a noun of an organisation's kind (ORG_KIND_NOUNS, COMPANY_NOUNS) */
static inline bool
aa_org_kind_noun(const aa_doc *doc, const aa_word *w)
{
	return aa_verb_form_of(doc, w, VF_ORG_KIND, false) || aa_verb_form_of(doc, w, VF_COMPANY_NOUN, false);
}

bool		aa_opens_sentence_before_name(const aa_doc *doc, const aa_word *w, const aa_word *next);
/* A past tense by its form: in -ed, or an irregular past (IRREGULAR_PAST: "sought", "said") */
static inline bool
aa_past_form(const aa_doc *doc, const aa_word *w)
{
	return aa_word_ends(doc, w, "ed") || aa_word_marked(doc, w, LM_PAST_VERB);
}
/* A noun of family, of either gender ("wife", "son": KIN_MALE, KIN_FEMALE) */
static inline bool
aa_kin_noun(const aa_doc *doc, const aa_word *w)
{
	return aa_verb_form_of(doc, w, VF_KIN_MALE, false) || aa_verb_form_of(doc, w, VF_KIN_FEMALE, false);
}
/* Is the word an age ("52") or a tag ("R-Ky.", "QC"), which a name's commas set off? (aa_attrib.c) */
bool		aa_age_or_name_tag(const aa_doc *doc, const aa_word *w);
/*
 * Is the word letters of a rank or an honour in capitals (POST_NOMINALS:
 * "QC", "SAN", "OBE"), no part of the name before it?  Its bytes first:
 * most words are turned away before the list is read.
 */
static inline bool
aa_post_nominal(const aa_doc *doc, const aa_word *w)
{
	size_t		n = w->cend - w->cstart;

	return n >= 2 && n <= 4 && aa_is_upper((unsigned char) doc->text[w->cstart]) &&
		aa_is_upper((unsigned char) doc->text[w->cend - 1]) && aa_verb_form_in_capitals(doc, w, VF_POST_NOMINAL);
}
/* Do capitalised words after pos, up to three, reach an organisation's word ("Drug Administration")? (aa_attrib.c) */
bool		aa_org_word_follows(const aa_doc *doc, size_t pos);
/* Where the word's core ends without a possessive 's or ’s (aa_entity.c). */
size_t		aa_stem_end(const aa_doc *doc, const aa_word *w);
/* Where the core ends without a contracted verb ('s, 'm, 're, 've, 'd, 'll). */
size_t		aa_contraction_stem_end(const aa_doc *doc, const aa_word *w);
/* Where a dateline ("WASHINGTON —", "Washington (AFP) –") that opens the sentence at p ends, or p (aa_attrib.c). */
size_t		aa_dateline_end(const aa_doc *doc, size_t p, size_t lim);
/* A month with no day's number after it: a surname after a capitalised word ("Theresa May"), not "May 5" (aa_entity.c). */
bool		aa_month_without_day(const aa_doc *doc, const aa_word *w);
/* Is the word a plural's possessive, an apostrophe right after its final s ("players’")? (aa_entity.c) */
bool		aa_plural_possessive(const aa_doc *doc, const aa_word *w);
/* Does the word end as a possessive, 's, ’s or a plural's apostrophe (a contraction in 's too: callers tell)? */
bool		aa_possessive_form(const aa_doc *doc, const aa_word *w);
/* Is w a verb of saying in a finite form, before its object ("said", "praised"; not "the alleged")? (aa_attrib.c) */
bool		aa_saying_verb_before_object(const aa_doc *doc, size_t lim, const aa_word *w);
/* Does the word's core end in a plural's "s" ("voters"; not "business", "census", "analysis")? (aa_attrib.c) */
bool		aa_plural_ending(const aa_doc *doc, const aa_word *w);
/* Do the words after pos ask for anonymity ("requested anonymity", "asked not to be named")? */
bool		aa_asks_anonymity(const aa_doc *doc, size_t pos, size_t lim);
/* Does an appositive describe its speaker (a role), rather than say where or when (", of Raleigh,")? */
bool		aa_role_is_description(const aa_doc *doc, size_t start, size_t end);
/*
 * "political scientist", "veteran analyst", "state director, Mike Rubino":
 * is w a lower-case word that is no verb (but may be a noun as often),
 * preposition, adverb or determiner (nor ends as a participle or gerund),
 * then a lower-case title (maybe with its comma) and a capitalised word, all
 * before lim?
 */
bool		aa_title_modifier(const aa_doc *doc, const aa_word *w, size_t lim);
/* Is the word a pronoun and a contracted "is" or "has" ("She's", "it’s"): two words in one? */
bool		aa_pronoun_contraction(const aa_doc *doc, const aa_word *w);
/* Where an appositive role in [start, end) ends: before a relative clause about its person ("a pollster who ..."). */
size_t		aa_role_end(const aa_doc *doc, size_t start, size_t end);
/* Does the word read as an adverb by its ending in -ly ("vigorously"), not "family" or "costly"? */
bool		aa_ly_adverb(const aa_doc *doc, const aa_word *w);
/* Words in [from, to), counting at most 64. */
int			aa_count_words(const aa_doc *doc, size_t from, size_t to);

/* A noun phrase naming a speaker, with the appositive that describes it, if any. */
typedef struct aa_phrase
{
	size_t		start;
	size_t		end;
	size_t		role_start;		/* appositive ("a North Korean diplomat at the UN"), or equal */
	size_t		role_end;
	size_t		ante_start;		/* for "who"/"which": the phrase it stands for, or equal */
	size_t		ante_end;
} aa_phrase;

/* Is span si a nickname inside a name ("Earvin “Magic” Johnson"), no quotation?  comma_inside:
 * or a title set off by a comma in its marks between two capitalised words ("CNN’s “New Day,” Sen.") */
bool		aa_nickname_span(const aa_doc *doc, int si, bool comma_inside);

/* Is span si scare quotes inside the subject of the cue right after it ("The “experts” said")? */
bool		aa_scare_quoted_subject(const aa_doc *doc, int si);

/* Subject ending right before a cue at cue_start; *coordinated when the cue follows "and"/"but"
 * or is a participle, so the subject is the clause's. */
bool		aa_subject_before(const aa_doc *doc, size_t lim, size_t cue_start, aa_phrase *np, bool *coordinated);

/*
 * aa_subject_before's last question and answer.  The rules ask it about
 * most cues twice, for the speaker and for the reported clause, and the
 * answer depends on the text alone (aa_attrib.c reads no table the rules
 * change), so a doc with a memo answers the second time from it.
 */
typedef struct aa_subject_memo
{
	bool		valid;
	size_t		lim;
	size_t		cue_start;
	bool		found;
	bool		coordinated;
	aa_phrase	np;
} aa_subject_memo;

/* Whether aa_extract gives its doc a memo; the fuzzers turn it off to check that it changes no result. */
extern bool aa_subject_memos;
/* The name a relative clause without commas that ends at pos describes ("Ben Terris, who saw it and described"). */
bool		aa_relative_antecedent(const aa_doc *doc, size_t lim, size_t pos, aa_phrase *np);
/*
 * "There", "here", "There's", "it's" (and "it" itself when bare_it): words
 * that stand where a subject would and name no one ("There's still time for
 * Cruz to ...", "It was reported that ...").
 */
bool		aa_expletive(const aa_doc *doc, const aa_word *w, bool bare_it);
/*
 * The owner of the noun at pos, before it and at most one modifier: "Sanders's
 * claim", "the campaign's earlier claim", "his promise".  *np: the owner,
 * without its "'s".
 */
bool		aa_possessor_before(const aa_doc *doc, size_t lim, size_t pos, aa_phrase *np);

/* Speaker right after a cue ("said the FBI"). */
bool		aa_subject_after(const aa_doc *doc, size_t cue_end, size_t lim, aa_phrase *np);
/* The same after "according to", where a bare noun may open it ("according to exit polls"). */
bool		aa_source_after(const aa_doc *doc, size_t cue_end, size_t lim, aa_phrase *np);
/* After an aside set off by dashes that opens at pos ("said — on Twitter, as it happens — that"), or pos. */
size_t		aa_after_dash_aside(const aa_doc *doc, size_t pos, size_t lim);
/* Is the word a dash set off by spaces ("—", "–", "--")? */
bool		aa_dash_token(const aa_doc *doc, const aa_word *w);
/* The subject of the sentence starting at sent_start, past leading adverbials. */
bool		aa_sentence_subject(const aa_doc *doc, size_t sent_start, size_t lim, aa_phrase *np);


/* ---------------------------------------------------------------- entities (aa_entity.c) */

typedef enum aa_entity_kind
{
	ENT_PERSON,
	ENT_ORG,
	ENT_COUNTRY,
	ENT_GROUP					/* unnamed speakers, kept as written ("officials") */
} aa_entity_kind;

typedef enum aa_gender
{
	GENDER_UNKNOWN = 0,
	GENDER_MALE,
	GENDER_FEMALE
} aa_gender;

typedef struct aa_entity
{
	aa_entity_kind kind;
	const char *name;			/* fullest name seen (interned) */
	uint32_t	name_len;		/* strlen(name) */
	uint32_t	last_at;		/* where its last word starts in name, a generation's aside ("Jr.") */
	uint32_t	last_len;		/* and its length */
	const char *role;			/* title or description, NULL when none */
	bool		titled;			/* named right after a title in lower case ("spokesperson Chad Gilmartin") or an honorific */
	bool		relative;		/* named first as someone's relative ("her son, Chidi Okafor") */
	bool		business;		/* named with a legal form ("Acme Robotics, Inc."): "the company" */
	const char *acronym;		/* "WHO" of "the World Health Organization (WHO)", indexed too; NULL: none */
	uint32_t	acronym_len;
	aa_gender	gender;
	size_t		first_at;		/* where the text names it first (see naming_at) */
} aa_entity;

/*
 * An entry of the index of entities by the last word of their name, one per
 * entity, entered when it is created: along a chain, entities get older.
 */
#define AA_SURNAME_BUCKETS_MIN 16
#define AA_SURNAME_BUCKETS_MAX 1024
#define AA_SURNAME_BYTES 32		/* text per bucket, up to the most buckets (32 KB) */

typedef struct aa_surname_node
{
	int32_t		entity;
	int32_t		next;			/* the next older node of the chain, or -1 */
} aa_surname_node;

/* An entity named at a position of the text. */
typedef struct aa_event
{
	uint32_t	pos;			/* texts are shorter than 4 GB (AA_MAX_TEXT_BYTES): half the size of a size_t pair */
	int32_t		entity;
} aa_event;

/* Register the people, organisations and countries the article names (for later pronouns). */
void		aa_scan_names(aa_doc *doc);

/*
 * The entity a speaker phrase [start, end) at the attribution site refers to,
 * or -1.  role_start/role_end is an appositive found with it (may be empty).
 */
int			aa_resolve_speaker(aa_doc *doc, size_t start, size_t end, size_t role_start, size_t role_end);

/* The words [start, end) as a mention of a speaker: spaces folded, interned (the same words, the same pointer). */
const char *aa_mention_text(aa_doc *doc, size_t start, size_t end);

/*
 * For a group entity named by "the" and its noun ("the spokesman"), the
 * indefinite one named before it with the same noun ("A Downing Street
 * spokesman"), which the sentences' pass may name after it, among the
 * entities of aa_indefinite_description; or -1.
 */
bool		aa_indefinite_description(aa_doc *doc, int ent);
int			aa_earlier_description(aa_doc *doc, int ent, const int *indefinite, int n_indefinite);

/*
 * A quotation in marks, ending at `at`, is said by entity ent (>= 0): a he
 * or she after it, with no other person named outside marks between, may
 * stand for the same speaker (aa_resolve_speaker).
 */
void		aa_note_quoted_speaker(aa_doc *doc, int ent, size_t at);

/* The entity named first in [start, end), or -1. */
int			aa_entity_first_named(aa_doc *doc, size_t start, size_t end);


/* ---------------------------------------------------------------- denials (aa_denial.c) */

typedef struct aa_denial
{
	bool		is_denial;
	size_t		denied_start;	/* the proposition denied, bytes */
	size_t		denied_end;
	float		confidence;
} aa_denial;

/* Is text[start, end) exactly a denial verb (deny, refute, rebut ...)? */
bool		aa_is_denial_verb(aa_doc *doc, size_t start, size_t end);
/* ... or exactly a verb that denies a claim object (reject, dismiss, dispute ...)? */
bool		aa_is_denial_verb_claim(aa_doc *doc, size_t start, size_t end);
bool		aa_claim_appositive_before(aa_doc *doc, size_t lim, size_t pos, aa_word *before);
/*
 * Is the cue [cue_start, cue_end) "deny" with a person, then a thing ("denied
 * Carter a final-night photograph", "deny him that path")?  The grant sense:
 * it refuses, disputes nothing and reports nothing.
 */
bool		aa_denies_someone_something(aa_doc *doc, size_t cue_start, size_t cue_end, size_t sent_end);
/* Is the falsity label at label_start the verb of the claim noun's "that" clause ("accusations that he lied")? */
bool		aa_label_opens_claim(aa_doc *doc, const aa_match *noun, size_t label_start);

/*
 * Does the statement deny a claim?  kind and content [cstart, cend) as
 * extracted; cue [cue_start, cue_end) or cue_start == cue_end when none;
 * sent_end, the end of its sentence, bounds what follows a cue.
 */
void		aa_detect_denial(aa_doc *doc, aa_kind kind, size_t cstart, size_t cend,
							 size_t cue_start, size_t cue_end, size_t sent_end, aa_denial *out);


/* ---------------------------------------------------------------- the word scan (aa_scan.c) */

/*
 * One pass over the words of the article: cue candidates (a hash look-up,
 * then the anchored PCRE2 cue pattern for the exact extent) and denial
 * hints.  Run after aa_find_spans and aa_find_sentences.
 */
void		aa_scan_words(aa_doc *doc);

/* Keep the candidates that are reporting cues in their context (real_cue), as doc->cues. */
void		aa_select_cues(aa_doc *doc, bool (*is_real) (aa_doc *doc, const aa_match *m));

/* Give back the candidates once the cues are chosen. */
void		aa_forget_candidates(aa_doc *doc);

/* Is there a cue candidate starting exactly at pos? */
bool		aa_candidate_at(const aa_doc *doc, size_t pos);

/* First / last cue within [from, to). */
bool		aa_first_cue(const aa_doc *doc, size_t from, size_t to, aa_match *m);
/* Is the cue "according to" (aa_engine.c)? */
bool		aa_is_according_to(const aa_doc *doc, const aa_match *m);
bool		aa_last_cue(const aa_doc *doc, size_t from, size_t to, aa_match *m);

/* First falsity label (PAT_FALSITY) in [from, to): tried only just before the recorded labels. */
bool		aa_find_falsity(aa_doc *doc, size_t from, size_t to, aa_match *m);
/* First no-involvement formula (PAT_NO_INVOLVEMENT) in [from, to): tried only just before the hints. */
bool		aa_find_no_involvement(aa_doc *doc, size_t from, size_t to, aa_match *m);
/* First negated statement of fact (PAT_NEGATED_FACT) in [from, to), the same way. */
bool		aa_find_negated_fact(aa_doc *doc, size_t from, size_t to, aa_match *m);

#endif							/* AA_INTERNAL_H */
