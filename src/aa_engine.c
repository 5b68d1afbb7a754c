/*
 * aa_engine.c — one article in, attributed statements out.
 *
 * The steps, each in its own file:
 *   aa_marks.c    paragraphs and quotation spans (one pass over the bytes)
 *   aa_entity.c   the people, organisations and countries the article names
 *   aa_attrib.c   reporting cues (PCRE2) and the phrases that name speakers
 *   this file     what each span is (quote, title, scare quote), who said it,
 *                 and the result the caller gets
 */
#include <stdlib.h>
#include <string.h>

#include "aa_internal.h"

/* A statement found, before it becomes an aa_quote. */
typedef struct item
{
	aa_kind		kind;
	size_t		cstart;			/* content bytes */
	size_t		cend;
	int			entity;			/* -1 when no speaker was found */
	const char *mention;
	const char *alias;			/* the words resolved to the entity, folded: a mention of extract_speakers */
	const char *cue;
	size_t		cue_start;		/* equal to cue_end when there is no cue */
	size_t		cue_end;
	float		confidence;
	bool		is_denial;
	const char *denied;
	int			span;			/* index in doc->spans, -1 for reported speech */
} item;

/*
 * The items vector holds slots that fit an item or the quote it becomes:
 * build_result turns each item into its aa_quote in place, so a long
 * article's statements are never held twice.
 */
typedef union item_slot
{
	item		it;
	aa_quote	q;
} item_slot;

/* Where a quote's opening mark stands in its sentence. */
typedef enum opening
{
	OPENS_SENTENCE,				/* “... — nothing before it in the sentence */
	OPENS_AFTER_COLON,			/* said: “... */
	OPENS_AFTER_CUE,			/* said, “...  /  writing “... */
	OPENS_EMBEDDED				/* called accusations ... “groundless slander” */
} opening;

#define CUE_WINDOW 320			/* bytes searched for a cue on either side of a quote */
#define VALIDATE_SLICE ((size_t) 1 << 20)	/* UTF-8 checked a megabyte at a time */
#define CLAUSE_REACH 2048		/* bytes a clause or subject is looked for from its cue or quote */
#define MAX_GAP_WORDS 12		/* words allowed between a cue and the quote it introduces */
#define CUE_AFTER_TERMINAL_WORDS 10	/* words after “...?” in which its cue may come */

/* ---------------------------------------------------------------- helpers */

/* Does s[0..n) equal the lower-case ASCII word w, ignoring case? */
static bool
same_word_ci(const char *s, const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] | 0x20) != w[i])
			return false;
	return true;
}

/* The start of the character that holds byte pos (a bound computed in bytes may split one). */
static size_t
char_floor(const aa_doc *doc, size_t pos)
{
	while (pos > 0 && aa_mid_character(doc->text, doc->len, pos))
		pos--;
	return pos;
}

static size_t
skip_space(const aa_doc *doc, size_t pos)
{
	while (pos < doc->len && aa_is_space((unsigned char) doc->text[pos]))
		pos++;
	return pos;
}

/* Is w the "at" of "at least" or "at most" (before a count: "at least a dozen members")? */
static bool
at_least_at(aa_doc *doc, const aa_word *w, size_t end)
{
	aa_word		next;

	return w->cend - w->cstart == 2 && aa_word_is(doc, w, "at") && aa_word_after(doc, w->end, end, &next) &&
		next.cend == next.end && (aa_word_is(doc, &next, "least") || aa_word_is(doc, &next, "most"));
}

/* Does " to " follow right at pos (any case)? */
static inline bool
to_follows(const aa_doc *doc, size_t pos)
{
	return pos + 4 <= doc->len && doc->text[pos] == ' ' && (doc->text[pos + 1] | 0x20) == 't' &&
		(doc->text[pos + 2] | 0x20) == 'o' && doc->text[pos + 3] == ' ';
}


/* Does a quotation open in [start, end)? */
static bool
quotation_between(const aa_doc *doc, size_t start, size_t end)
{
	int			i = aa_vec_lower_bound(&doc->spans, start);

	return i < doc->spans.n && AA_VEC_AT(&doc->spans, aa_span, i).open < end;
}

/* The cue's word (the head of a phrasal cue: "called" in "called for"). */
static bool
cue_word(aa_doc *doc, const aa_match *cue, aa_word *w)
{
	return aa_word_after(doc, cue->start, cue->end, w);
}

/* "told", "tells", "tell": a cue with an addressee */
static bool
is_telling(const aa_doc *doc, const aa_word *w)
{
	return aa_word_is(doc, w, "told") || aa_word_is(doc, w, "tells") || aa_word_is(doc, w, "tell") ||
		aa_word_is(doc, w, "telling");
}

/* Is w a verb whose object is whom it speaks to ("told", "assured", "informed")? */
static bool
takes_addressee(const aa_doc *doc, const aa_word *w)
{
	return aa_verb_form_of(doc, w, VF_ADDRESSEE, false);
}

/* Is w "himself", "themselves" ...: an object, reflexive? */
static bool
is_reflexive(const aa_doc *doc, const aa_word *w)
{
	return aa_word_ends(doc, w, "self") || aa_word_ends(doc, w, "selves");
}

/* "said this week that", "argued a few days ago that": a phrase of time within four words of pos */
static bool
phrase_of_time_after(const aa_doc *doc, size_t pos, size_t sent_end)
{
	aa_word		w;

	for (int k = 0; k < 4 && aa_word_after(doc, pos, sent_end, &w); k++, pos = w.end)
		if ((w.classes & LX_TIME_WORD) || aa_word_is(doc, &w, "ago"))
			return true;
	return false;
}

/* Is the cue the one word s, as written? */
static bool
cue_is(aa_doc *doc, const aa_match *cue, const char *s)
{
	aa_word		w;

	return cue_word(doc, cue, &w) && aa_word_is(doc, &w, s);
}

/* A cue of more words than one ("according to", "issued a statement"), a space or a no-break space between them. */
static bool
phrasal_cue(const aa_doc *doc, const aa_match *cue)
{
	return memchr(doc->text + cue->start, ' ', cue->end - cue->start) != NULL ||
		memchr(doc->text + cue->start, 0xC2, cue->end - cue->start) != NULL;
}

/*
 * "refused to agree", "forced to deny", "declined to directly respond": a
 * cue whose subject is the governing clause's (one adverb may split it).
 * *to: its "to".
 */
static bool
infinitive_to(const aa_doc *doc, const aa_match *m, aa_word *to)
{
	size_t		lim = m->start > 64 ? m->start - 64 : 0;

	if (!aa_word_before(doc, lim, m->start, to) || to->cend != to->end)
		return false;
	/* "to directly respond", "to further explain" */
	if (!to->capitalized && to->cstart == to->start &&
		(aa_ly_adverb(doc, to) || (to->classes & (LX_ADVERB | LX_PREPOSITION)) == LX_ADVERB) &&
		(!aa_word_before(doc, lim, to->start, to) || to->cend != to->end))
		return false;
	return aa_word_is(doc, to, "to");
}

static bool
is_cue_infinitive(const aa_doc *doc, const aa_match *m)
{
	aa_word		to;

	return infinitive_to(doc, m, &to);
}

/*
 * An -ing cue that opens a participle clause ("..., saying"), not a
 * progressive ("is saying"); an infinitive counts as one too.
 */
static bool
is_cue_participle(const aa_doc *doc, const aa_match *m)
{
	aa_word		w;

	if (is_cue_infinitive(doc, m))
		return true;
	if (!(aa_word_classes(doc, m->start, m->end) & LX_REPORT_ING))
		return false;
	for (size_t p = m->start, k = 0; k < 2 && aa_word_before(doc, p > 64 ? p - 64 : 0, p, &w); k++, p = w.start)
	{
		if (w.cend != w.end)
			return true;
		if (w.classes & LX_AUX)
			return false;
		if (!(w.classes & LX_ADVERB))
			return true;
	}
	return true;
}

/* Does the cue m open with stem (lower case), in any case? */
static bool
cue_opens_with(const aa_doc *doc, const aa_match *m, const char *stem)
{
	size_t		n = strlen(stem);

	if (m->end - m->start < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((doc->text[m->start + i] | 0x20) != stem[i])
			return false;
	return true;
}

/*
 * "according to" in any case, whatever spaces the cue pattern let between
 * its words ("acknowledged" is as long, but no phrase: the cue runs longer
 * than "according")
 */
bool
aa_is_according_to(const aa_doc *doc, const aa_match *m)
{
	return m->end - m->start > sizeof("according") - 1 && cue_opens_with(doc, m, "according");
}

/* Is the sentence around pos a headline in Title Case (most longer words capitalised)? */
static bool
title_case_sentence(aa_doc *doc, size_t pos)
{
	size_t		start = aa_sentence_start(doc, pos);
	size_t		end = aa_sentence_end(doc, pos);
	size_t		p = start;
	aa_word		w;
	int			longer = 0,
				capital = 0;

	for (int k = 0; k < 40 && aa_word_after(doc, p, end, &w); k++)
	{
		if (w.cend - w.cstart >= 4)
		{
			longer++;
			capital += aa_written_capitalized(doc, &w);
		}
		p = w.end;
	}
	return longer >= 2 && capital * 10 >= longer * 7;
}

/*
 * "posted a comment on Twitter in August that ...", "posted just two words
 * on his social network", "posted a lengthy message on her Facebook": what
 * a cue of posting posts on a medium of speech (MEANS_OF_SPEECH, or "social"
 * media) within a few words is said there (not "posted a loss", "posted
 * bail", nor an image: "posted a photo on Facebook", IMAGE_NOUNS).
 */
#define POSTED_OBJECT_WORDS 6

static bool
posted_on_medium(aa_doc *doc, const aa_match *m)
{
	aa_word		w,
				medium;
	size_t		p = m->end;
	size_t		lim = m->end + 160 < doc->len ? m->end + 160 : doc->len;

	if (!cue_is(doc, m, "posted") && !cue_is(doc, m, "posting"))
		return false;
	for (int k = 0; k < POSTED_OBJECT_WORDS && aa_word_after(doc, p, lim, &w) && w.cstart == w.start; k++, p = w.end)
	{
		if (w.cend == w.end && aa_word_is(doc, &w, "on") && aa_word_after(doc, w.end, lim, &medium))
		{
			if ((medium.classes & LX_ARTICLE) && medium.cend == medium.end &&
				!aa_word_after(doc, medium.end, lim, &medium))
				return false;
			/* "posted on X that ...", "posted on Facebook:": right after the cue, the medium, then what was said */
			if (k == 0)
				return (aa_word_marked(doc, &medium, LM_MEANS_OF_SPEECH) ||
						(medium.cend == medium.cstart + 1 && doc->text[medium.cstart] == 'X')) &&
					(doc->text[medium.cend] == ':' ||
					 (medium.cend == medium.end && aa_word_after(doc, medium.end, lim, &w) &&
					  w.cend == w.end && aa_word_is(doc, &w, "that")));
			return aa_word_marked(doc, &medium, LM_MEANS_OF_SPEECH) || aa_word_is(doc, &medium, "social");
		}
		if (w.cend != w.end || aa_verb_form_of(doc, &w, VF_IMAGE_NOUN, false))
			return false;
	}
	return false;
}

/*
 * Does a quotation close within the `words` words before pos ("“...,” the
 * senator continued": 3; "“...,” said Joe Biden": 1)?  set_off: one set off
 * by its own comma, "!" or "?", with no other punctuation after it ("“...,”
 * Palin posted").
 */
static bool
after_quotation(aa_doc *doc, size_t pos, int words, bool set_off)
{
	aa_word		w;

	for (int k = 0; k < words && aa_word_before(doc, pos > 64 ? pos - 64 : 0, pos, &w); k++)
	{
		/* the word ends in a closing mark, or is one: “He said, ‘...,’ ” said NAME */
		if ((w.end > w.cend || w.cstart == w.end) && aa_span_at(doc, w.end - 1) >= 0)
			return !set_off || memchr(",!?", doc->text[w.cend], 3) != NULL;
		if (set_off && w.cend != w.end)
			return false;
		pos = w.start;
	}
	return false;
}

/*
 * Does "as" stand before the cue, maybe with an adverb between ("as
 * reported by", "as first reported by")?  *as_word: that "as".
 */
static bool
as_before_cue(aa_doc *doc, size_t lim, const aa_match *cue, aa_word *as_word)
{
	if (!aa_word_before(doc, lim, cue->start, as_word) || as_word->cend != as_word->end)
		return false;
	if (aa_word_is_either(doc, as_word, "as"))
		return true;
	return (as_word->classes & LX_ADVERB) && !as_word->capitalized &&
		aa_word_before(doc, lim, as_word->start, as_word) && as_word->cend == as_word->end &&
		aa_word_is_either(doc, as_word, "as");
}

/*
 * The "by" of a passive's agent right after the cue m, maybe after an adverb
 * ("reported previously by The Post", "reported earlier by CNN").
 */
static bool
agent_by_after(aa_doc *doc, const aa_match *m, size_t lim, aa_word *by)
{
	if (!aa_word_after(doc, m->end, lim, by) || by->start == m->end || by->cstart != by->start ||
		by->cend != by->end)
		return false;
	if (aa_word_is(doc, by, "by"))
		return true;
	return !by->capitalized && ((by->classes & (LX_ADVERB | LX_TIME_WORD)) || aa_ly_adverb(doc, by)) &&
		aa_word_after(doc, by->end, lim, by) && by->cstart == by->start && by->cend == by->end &&
		aa_word_is(doc, by, "by");
}

/*
 * "exit polls reported by CNN", "has been criticized by his rivals": a
 * participle with its agent is passive, and its subject reports nothing.
 * Not "responded by saying", "said by telephone", "Asked by reporters
 * whether ...", nor "the allegations, denied by the firm".
 */
static bool
passive_with_agent(aa_doc *doc, const aa_match *m)
{
	size_t		lim = m->end + 64 < doc->len ? m->end + 64 : doc->len;
	aa_word		by,
				agent,
				cue,
				before;
	bool		has_cue;

	/* "by" first: most cues are not followed by it, and the rest is asked only then */
	if (!agent_by_after(doc, m, lim, &by))
		return false;
	has_cue = cue_word(doc, m, &cue);

	/*
	 * a participle: "-ed", "told", "written"; or a credit line's noun
	 * ("Additional reporting by ..."); not "says by 55 percent to 41"
	 */
	if (!((m->end - m->start > 3 && memcmp(doc->text + m->end - 2, "ed", 2) == 0) ||
		  (m->end - m->start > 4 && memcmp(doc->text + m->end - 3, "ing", 3) == 0) ||
		  (has_cue && (aa_word_is(doc, &cue, "told") || aa_word_is(doc, &cue, "written")))))
		return false;
	if ((has_cue && aa_word_is_either(doc, &cue, "asked")) || aa_is_denial_verb(doc, m->start, m->end))
		return false;
	/*
	 * "As reported by Western Journalism, CLAUSE", "CLAUSE, as first
	 * reported by the Times": the agent is the source (as_reported)
	 */
	if (as_before_cue(doc, m->start > 64 ? m->start - 64 : 0, m, &before))
		return false;
	if (!aa_word_after(doc, by.end, lim, &agent))
		return true;
	/* "responded by first saying" */
	if ((agent.classes & LX_ADVERB) && !agent.capitalized && agent.cend == agent.end &&
		!aa_word_after(doc, agent.end, lim, &agent))
		return true;
	return !aa_word_ends(doc, &agent, "ing") && !aa_word_marked(doc, &agent, LM_MEANS_OF_SPEECH);
}

/*
 * Do a form of "be" and maybe adverbs or auxiliaries ("was first", "will
 * be") stand right before the cue: is it a passive?  *chain: where they start.
 */
static bool
be_chain_before(aa_doc *doc, const aa_match *m, size_t *chain)
{
	aa_word		w;
	size_t		p = m->start;
	bool		be = false;

	for (int k = 0; k < 4 && aa_word_before(doc, m->start > 64 ? m->start - 64 : 0, p, &w) && w.cend == w.end &&
		 !w.capitalized && ((w.classes & (LX_ADVERB | LX_AUX | LX_BE)) || aa_ly_adverb(doc, &w)); k++, p = w.start)
		be |= (w.classes & LX_BE) != 0;
	*chain = p;
	return be;
}

/*
 * "Scully's involvement was first reported by the New York Times", "News of
 * the PGA's move was first reported by the Miami Herald": "reported" after a
 * form of "be" (and adverbs), then "by" and its source.  *chain: where the
 * verb's words start; *by: the "by".
 */
static bool
reported_by_passive(aa_doc *doc, const aa_match *m, size_t *chain, aa_word *by)
{
	size_t		lim = m->end + 64 < doc->len ? m->end + 64 : doc->len;

	if (m->end - m->start != 8 || !cue_is(doc, m, "reported") || !agent_by_after(doc, m, lim, by))
		return false;
	return be_chain_before(doc, m, chain);
}

/*
 * "On Thursday, the dissolution of the club was announced.", "A year after it
 * was announced, ...": "announced" after a form of "be" (and adverbs), with
 * no agent, clause or complement after it (nothing, punctuation, a time or
 * a preposition of place), announces its subject, by no one named.  *chain:
 * where the verb's words start.
 */
static bool
announced_passive(aa_doc *doc, const aa_match *m, size_t *chain)
{
	size_t		lim = m->end + 64 < doc->len ? m->end + 64 : doc->len;
	aa_word		w,
				next;

	if (m->end - m->start != 9 || !cue_is(doc, m, "announced") || !aa_word_after(doc, m->start, m->end, &w))
		return false;
	if (w.cend == w.end && aa_word_after(doc, w.end, lim, &next) &&
		((next.cstart == next.start && !(next.classes & (LX_PREPOSITION | LX_TIME_WORD))) ||
		 aa_word_is(doc, &next, "by") || aa_word_is(doc, &next, "to") || aa_word_is(doc, &next, "that") ||
		 aa_word_is(doc, &next, "as")))
		return false;
	return be_chain_before(doc, m, chain);
}

/*
 * "FDIC Accused Of Covering Up ...", "a contractor accused of spying": the
 * accused is named before the word, so it is a passive participle.  The
 * active verb has its object first ("accused Clinton of ..."), or before
 * its subject ("the senator she has accused of ...", "whom he accused of").
 */
static bool
accused_of(aa_doc *doc, const aa_match *m)
{
	aa_word		cue,
				next,
				prev;

	if (!(cue_word(doc, m, &cue) && aa_word_is_either(doc, &cue, "accused") && cue.cend == cue.end &&
		  aa_word_after(doc, cue.end, m->end + 8 < doc->len ? m->end + 8 : doc->len, &next) &&
		  aa_word_is_either(doc, &next, "of")))
		return false;
	if (aa_word_before(doc, m->start > 64 ? m->start - 64 : 0, m->start, &prev) && prev.cend == prev.end &&
		(((prev.classes & LX_PRONOUN) && !(prev.classes & LX_ARTICLE)) ||
		 ((prev.classes & LX_AUX) && !(prev.classes & LX_BE))))
		return false;
	return true;
}

/* Does a quotation open right after pos, past one space and maybe a comma or a colon? */
static bool
quotation_opens_after(aa_doc *doc, size_t pos)
{
	int			si;

	if (pos < doc->len && (doc->text[pos] == ',' || doc->text[pos] == ':'))
		pos++;
	if (pos >= doc->len || doc->text[pos] != ' ')
		return false;
	si = aa_span_at(doc, pos + 1);
	return si >= 0 && AA_VEC_AT(&doc->spans, aa_span, si).open == pos + 1;
}

/*
 * "founded a group called Ginbot 7", "traced the story to a website called
 * Real News Right Now": "called" after an object that an indefinite article
 * opens (a verb or a preposition before it) names that object; nobody
 * calls anything.  "A spokesman called the report false" opens its
 * sentence, and "the senator called Trump a liar" has a subject.
 */
static bool
naming_participle(aa_doc *doc, const aa_match *m)
{
	aa_word		w;
	size_t		p = m->start;

	if (m->end - m->start != 6 || !cue_is(doc, m, "called"))
		return false;
	for (int k = 0; k < 5 && aa_word_before(doc, p > 64 ? p - 64 : 0, p, &w); k++, p = w.start)
	{
		aa_word		before;

		if (w.cend != w.end || w.cstart != w.start || w.capitalized)
			return false;
		if (aa_word_is(doc, &w, "a") || aa_word_is(doc, &w, "an"))
			return k > 0 && aa_word_before(doc, w.start > 64 ? w.start - 64 : 0, w.start, &before) &&
				!before.capitalized && before.cend == before.end && !(before.classes & LX_PRONOUN);
		if (w.classes & (LX_PRONOUN | LX_AUX | LX_CLAUSE_BREAK | LX_DETERMINER | LX_REPORT_VERB))
			return false;
	}
	return false;
}

static bool quotation_opens_after(aa_doc *doc, size_t pos);

/*
 * "A new group called Black Votes Matter", "an anti-Trump super PAC called
 * Our Principles", "another called i360", "the tax loophole called an
 * “inversion”": "called" and a name, or "a" or "an" and a term in marks,
 * after a determiner and a noun that names no speaker (not "A spokesman
 * called Trump a liar") names the noun.
 */
static bool
naming_after_noun(aa_doc *doc, const aa_match *m)
{
	aa_word		w,
				noun,
				next;
	size_t		p = m->start;

	if (m->end - m->start != 6 || !cue_is(doc, m, "called") ||
		!aa_word_after(doc, m->end, doc->len, &next) ||
		!(next.capitalized ||
		  (next.cend == next.end && (aa_word_is(doc, &next, "a") || aa_word_is(doc, &next, "an")) &&
		   quotation_opens_after(doc, next.end))) ||
		(next.classes & (LX_PRONOUN | LX_HONORIFIC | LX_TITLE)) ||
		!aa_word_before(doc, p > 64 ? p - 64 : 0, p, &noun) || noun.cend != noun.end ||
		(noun.classes & (LX_TITLE | LX_GROUP_NOUN | LX_PRONOUN | LX_AUX | LX_CLAUSE_BREAK | LX_REPORT_VERB |
						 LX_DETERMINER | LX_ARTICLE)))
		return false;
	for (int k = 0; k < 5 && aa_word_before(doc, p > 64 ? p - 64 : 0, p, &w); k++, p = w.start)
	{
		if (w.cend != w.end || w.cstart != w.start)
			return false;
		if ((w.classes & (LX_ARTICLE | LX_DETERMINER)) && !(w.classes & LX_PRONOUN))
			return true;
		if (w.classes & (LX_PRONOUN | LX_AUX | LX_CLAUSE_BREAK | LX_REPORT_VERB | LX_PREPOSITION))
			return false;
	}
	return false;
}

/*
 * "“...,” the Saudis state in the white paper": a plural name (in -s, no
 * possessive) after "the" is a subject, not an adjective as in "many Asian
 * states", when a quotation closes right before it.
 */
static inline bool
plural_in_s(const aa_doc *doc, const aa_word *w)
{
	return doc->text[w->cend - 1] == 's' && aa_stem_end(doc, w) == w->cend;
}

static bool
plural_name_subject(aa_doc *doc, const aa_word *prev, const aa_match *m)
{
	return prev->cend - prev->cstart > 3 && plural_in_s(doc, prev) &&
		m->start <= prev->end + 1 && after_quotation(doc, m->start, 3, true);
}

/* "the Saudis": a plural name after "the", a subject for "state" ("The Saudis state Iran is ...") */
static bool
plural_name_after_article(aa_doc *doc, const aa_word *w)
{
	aa_word		before;

	return plural_in_s(doc, w) &&
		aa_word_before(doc, w->start > 64 ? w->start - 64 : 0, w->start, &before) && before.cend == before.end &&
		aa_word_is_either(doc, &before, "the");
}

/*
 * "Jake Sullivan, her aide, notes that", "Her chief policy aide, Jake
 * Sullivan, calls her record ...": a word in -s right after the comma that
 * closes an appositive (up to eight words after another comma, a name
 * before them or a name of their own, and no "and" or "or": not a list,
 * "lawsuits, reports, claims and rumors", nor a clause: "the Trump who
 * questions ... because of his heritage, who fights with Mexican American
 * journalists, claims that") is the verb of the name before.
 */
static bool
closes_appositive(aa_doc *doc, const aa_word *prev, const aa_match *m)
{
	aa_word		w,
				next;
	size_t		p = prev->end;
	bool		name = true;	/* every word of the appositive capitalised so far */

	if (prev->end != prev->cend + 1 || doc->text[prev->cend] != ',' || doc->text[m->end - 1] != 's' ||
		m->end >= doc->len || doc->text[m->end] != ' ' ||
		!aa_word_after(doc, m->end, m->end + 64 < doc->len ? m->end + 64 : doc->len, &next) ||
		(next.classes & LX_CLAUSE_BREAK && !aa_word_is(doc, &next, "that")) || next.cstart != next.start)
		return false;
	for (int k = 0; k < 9 && aa_word_before(doc, p > 160 ? p - 160 : 0, p, &w); k++, p = w.start)
	{
		if (k > 0 && w.cend < w.end)
			return doc->text[w.cend] == ',' && w.end == w.cend + 1 && (name || w.capitalized);
		if (w.cstart != w.start || aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "or"))
			return false;
		name &= w.capitalized;
	}
	return false;
}

/* Does the cue's first word end in the -s of a plural or a third person ("chants"; not "address")? */
static bool
third_person_form(const aa_doc *doc, const aa_match *m)
{
	aa_word		w;

	return aa_word_after(doc, m->start, m->end, &w) && aa_plural_ending(doc, &w);
}

/* Does w end in -ern, -ic or -al, as adjectives of place and party do ("Western", "Democratic", "Coastal")? */
static bool
adjective_in_ern_ic_al(const aa_doc *doc, const aa_word *w)
{
	const char *e = doc->text + w->cend;
	size_t		n = w->cend - w->cstart;

	return (n > 4 && e[-3] == 'e' && e[-2] == 'r' && e[-1] == 'n') ||
		(n > 3 && ((e[-2] == 'i' && e[-1] == 'c') || (e[-2] == 'a' && e[-1] == 'l')));
}

/* A possessive determiner: "his", "their" (both an article and a pronoun in the lexicon) */
static inline bool
possessive_determiner(const aa_word *w)
{
	return (w->classes & (LX_ARTICLE | LX_PRONOUN)) == (LX_ARTICLE | LX_PRONOUN);
}

/* Is the cue a form of "add" or "agree" (not "disagree")? */
static bool
adds_or_agrees(aa_doc *doc, const aa_match *m)
{
	aa_word		w;

	return (doc->text[m->start] | 0x20) == 'a' && cue_word(doc, m, &w) &&
		(aa_word_is(doc, &w, "add") || aa_word_is(doc, &w, "adds") || aa_word_is(doc, &w, "added") ||
		 aa_word_is(doc, &w, "adding") || aa_word_is(doc, &w, "agree") || aa_word_is(doc, &w, "agrees") ||
		 aa_word_is(doc, &w, "agreed") || aa_word_is(doc, &w, "agreeing"));
}

/* Is w a negation that the verb after it takes: "not", "NOT", "never"? */
static bool
is_negation(const aa_doc *doc, const aa_word *w)
{
	return w->cend == w->end && (aa_word_is_either(doc, w, "not") || aa_word_is(doc, w, "NOT") ||
								 aa_word_is_either(doc, w, "never"));
}

/* Is w a form of "say" (say, says, said, saying)? */
static bool
says_word(const aa_doc *doc, const aa_word *w)
{
	size_t		n = w->cend - w->cstart;

	return n >= 3 && n <= 6 && doc->text[w->cstart] == 's' && doc->text[w->cstart + 1] == 'a' &&
		(aa_word_is(doc, w, "said") || aa_word_is(doc, w, "says") || aa_word_is(doc, w, "saying") ||
		 aa_word_is(doc, w, "say"));
}

/* Is the word after w a lower-case auxiliary ("that have suffered", "that will hold")? */
static bool
aux_after(aa_doc *doc, const aa_word *w)
{
	aa_word		next;

	return aa_word_after(doc, w->end, w->end + 32 < doc->len ? w->end + 32 : doc->len, &next) &&
		next.cstart == next.start && !next.capitalized && (next.classes & LX_AUX) != 0;
}

/*
 * Does "that" follow pos, and then a clause's subject: a capitalised word,
 * a pronoun, an article or a determiner ("claims that Gowdy made", not
 * "claims that were filed")?
 */
static bool
that_clause_after(aa_doc *doc, size_t pos)
{
	aa_word		that,
				next;

	return pos < doc->len && doc->text[pos] == ' ' && aa_word_after(doc, pos, doc->len, &that) &&
		that.cend == that.end && aa_word_is(doc, &that, "that") &&
		aa_word_after(doc, that.end, doc->len, &next) &&
		(next.capitalized || (next.classes & (LX_PRONOUN | LX_ARTICLE | LX_DETERMINER)));
}

/*
 * "Obama repeated his contention that ...", "repeated the claim that": an
 * article or a possessive, one or two words of a noun, then "that" after
 * the cue m.
 */
static bool
speech_noun_that_after(aa_doc *doc, const aa_match *m)
{
	aa_word		w;
	aa_match	noun;
	size_t		p;
	bool		noun_of_claim = false;

	if (m->end >= doc->len || doc->text[m->end] != ' ' ||
		!aa_word_after(doc, m->end, m->end + 64 < doc->len ? m->end + 64 : doc->len, &w) ||
		w.capitalized || w.cstart != w.start || w.cend != w.end || !(w.classes & LX_ARTICLE))
		return false;
	p = w.end;
	for (int k = 0; k < 3 && aa_word_after(doc, p, p + 64 < doc->len ? p + 64 : doc->len, &w); k++, p = w.end)
	{
		if (w.capitalized || w.cstart != w.start || w.cend != w.end)
			return false;
		if (k > 0 && aa_word_is(doc, &w, "that"))
			return noun_of_claim;
		if (w.classes & ~(uint32_t) (LX_NOUN_VERB | LX_ATTRIBUTIVE))
			return false;
		/* (a noun of speech or of a claim: not "repeated the mistake that") */
		noun_of_claim = (w.classes & LX_NOUN_VERB) || aa_verb_form_of(doc, &w, VF_SPEECH_NOUN_THAT, false) ||
			(aa_pattern_find(doc, PAT_CLAIM_NOUN, w.cstart, w.cend, &noun) && noun.start == w.cstart &&
			 noun.end == w.cend);
	}
	return false;
}

/*
 * Is prev, a lower-case word right before the cue m, a noun that agrees with
 * it as its subject: singular before a verb in -s ("the suit claims", "ratings
 * data suggests"), plural before one without ("the fifth state that", "his
 * recent claim that" are nouns), itself after an article, a determiner, a
 * capitalised word or a plural (not "pursue criminal charges that", "primary
 * turnout hints that")?  No participle ("the debunked claim", "her opening
 * remarks"), word with a hyphen ("by-now-familiar claims"), number ("The 20
 * states that") or preposition ("backs up reports that").
 */
static bool
subject_noun_before(aa_doc *doc, const aa_word *prev, const aa_match *m)
{
	aa_word		before;

	if (aa_word_ends(doc, prev, "ed") || aa_word_ends(doc, prev, "ing") || (prev->classes & LX_PREPOSITION) ||
		memchr(doc->text + prev->cstart, '-', prev->cend - prev->cstart) ||
		aa_is_digit((unsigned char) doc->text[prev->cstart]) ||
		(doc->text[m->end - 1] == 's') == aa_plural_ending(doc, prev) ||
		!aa_word_before(doc, prev->start > 64 ? prev->start - 64 : 0, prev->start, &before) || before.cend != before.end)
		return false;
	return before.capitalized || (before.classes & (LX_ARTICLE | LX_DETERMINER)) || aa_plural_ending(doc, &before);
}

/*
 * Is the cue m a form of "call" before its object, a pronoun or a name
 * ("calls it", "calls him", "call themselves", "calls Trump")?
 */
static bool
calls_someone_after(aa_doc *doc, const aa_match *m)
{
	aa_word		w,
				next;

	return (doc->text[m->start] | 0x20) == 'c' && cue_word(doc, m, &w) && aa_verb_form_of(doc, &w, VF_CALL, true) &&
		m->end < doc->len && doc->text[m->end] == ' ' &&
		aa_word_after(doc, m->end, m->end + 64 < doc->len ? m->end + 64 : doc->len, &next) &&
		next.cstart == next.start && next.cend == next.end &&
		(aa_object_pronoun(doc, &next) || aa_word_is(doc, &next, "it") || is_reflexive(doc, &next) ||
		 (next.capitalized && !(next.classes & (LX_PRONOUN | LX_ARTICLE | LX_DETERMINER | LX_TIME_WORD))));
}

/*
 * In a Title Case headline, a form of "call" up to four words before the
 * marks at open ("Calls SEC Probe “Harassment”"): what is called is in them.
 */
#define CALL_OBJECT_WORDS 4

static bool
calls_before_in_title_case(aa_doc *doc, size_t open)
{
	aa_word		w;
	size_t		p = open;
	size_t		lim = aa_sentence_start(doc, open);

	if (!aa_in_title_case(doc, open))
		return false;
	for (int k = 0; k <= CALL_OBJECT_WORDS && aa_word_before(doc, lim, p, &w) && w.cstart == w.start; k++, p = w.start)
	{
		if (aa_verb_form_of(doc, &w, VF_CALL, true))
			return w.cend == w.end;
		if (w.cend != w.end)
			return false;
	}
	return false;
}

/* Is the word after the cue m a lower-case word of no class, a noun it describes ("reporting team")? */
static bool
noun_after_participle(aa_doc *doc, const aa_match *m)
{
	aa_word		next;

	return m->end < doc->len && doc->text[m->end] == ' ' && aa_word_after(doc, m->end, doc->len, &next) &&
		next.start == m->end + 1 && !next.capitalized && next.classes == 0 && next.cstart == next.start;
}

/*
 * "Nothing the president said “will assuage people's fears,” the senator
 * said", "Everything he said was a lie": the cue's clause, with no "that",
 * describes the pronoun that opens the sentence before its subject, and
 * reports nothing of its own.  Up to RELATIVE_SUBJECT_WORDS words of the
 * subject come between.  (doc->indefinite_opener spares the articles
 * where no sentence opens so.)
 */
#define RELATIVE_SUBJECT_WORDS 4

static bool
relative_after_indefinite(aa_doc *doc, const aa_match *m)
{
	size_t		sent_start = aa_sentence_start(doc, m->start);
	unsigned	c = sent_start < m->start ? (unsigned char) doc->text[sent_start] | 0x20 : 0;
	aa_word		first,
				w;
	int			words = 0;

	/* (the sentence's first letter turns most cues away before any word is read) */
	if ((c != 'n' && c != 's' && c != 'e' && c != 'a') ||
		!aa_word_after(doc, sent_start, m->start, &first) || first.cend != first.end ||
		!aa_verb_form_of(doc, &first, VF_INDEFINITE_OBJECT, true))
		return false;
	for (size_t p = first.end; aa_word_after(doc, p, m->start, &w); p = w.end)
		if (++words > RELATIVE_SUBJECT_WORDS || w.cend != w.end || w.cstart != w.start ||
			(w.classes & (LX_CLAUSE_BREAK | LX_REPORT_VERB | LX_PREPOSITION)))
			return false;
	return words > 0;
}

/*
 * Is w a participle that may follow a means of speech and describe it ("a
 * statement read outside court", "a letter released Friday")?
 */
static bool
means_participle(const aa_doc *doc, const aa_word *w)
{
	return aa_word_ends(doc, w, "ed") || aa_word_is(doc, w, "read");
}

/*
 * Is the cue match a reporting verb here?  Not inside another quote, and not
 * an adjective ("the widely reported attack", "a stated aim").
 */
static bool
real_cue(aa_doc *doc, const aa_match *m)
{
	aa_word		prev,
				next,
				before;
	uint32_t	classes;
	bool		has_prev;

	if (aa_span_at(doc, m->start) >= 0)
		return false;
	if (aa_is_according_to(doc, m))
		return true;
	classes = aa_word_classes(doc, m->start, m->end);
	/*
	 * "continued", "began": cues only when they introduce words ("He
	 * continued, ...") or end a sentence after a quotation ("“...,” he
	 * continued."), not before an object ("he continued his push", "he
	 * continued to push").
	 */
	if (classes & LX_INTRO_ONLY)
	{
		char		c = m->end < doc->len ? doc->text[m->end] : '.';
		aa_word		after;

		/*
		 * ... or go on with where and when: "“...,” Palin posted on Facebook
		 * Monday."; or open a clause with "that": "Lu Kang repeated that
		 * China opposed hacking" (not "repeated that mistake")
		 */
		if (c != ',' && c != ':' && !((c == '.' || c == '!' || c == '?') && after_quotation(doc, m->start, 4, false)) &&
			!(c == ' ' && aa_word_after(doc, m->end, doc->len, &after) && !after.capitalized &&
			  (after.classes & (LX_PREPOSITION | LX_TIME_WORD)) && !aa_word_is(doc, &after, "to") &&
			  after_quotation(doc, m->start, 3, true)) &&
			!that_clause_after(doc, m->end) && !posted_on_medium(doc, m) && !speech_noun_that_after(doc, m))
			return false;
		/*
		 * (nor a progressive before a participle of saying: "the
		 * investigation was continuing, adding that ..."; "he continued,
		 * saying" introduces)
		 */
		if (c == ',' && m->end - m->start > 4 && memcmp(doc->text + m->end - 3, "ing", 3) == 0 &&
			aa_word_after(doc, m->end + 1, doc->len, &after) && (after.classes & LX_REPORT_ING) &&
			after.cstart == after.start && !after.capitalized && !after_quotation(doc, m->start, 4, false))
			return false;
	}
	/* A capitalised cue inside a sentence is a name ("secretary of State"), except in headlines. */
	if (aa_is_upper((unsigned char) doc->text[m->start]) && m->end - m->start > 1 &&
		!aa_is_upper((unsigned char) doc->text[m->start + 1]) &&
		aa_sentence_start(doc, m->start) != m->start && !title_case_sentence(doc, m->start))
		return false;
	/*
	 * "271 pledged delegates": the cue word describes the noun after it
	 * (NOT_CUES holds participles in -ed: the look-up is only made after one)
	 */
	if (m->end - m->start > 3 && doc->text[m->end - 2] == 'e' && doc->text[m->end - 1] == 'd' &&
		m->end < doc->len && doc->text[m->end] == ' ' &&
		aa_word_after(doc, m->end, m->end + 32 < doc->len ? m->end + 32 : doc->len, &next) &&
		next.start == m->end + 1 && aa_lex_marked(doc->text + m->start, next.cend - m->start, LM_NOT_CUE))
		return false;
	/* "adding to her run of victories", "agreed to a moratorium": a thing added or agreed to, no words */
	if (m->end + 4 < doc->len && to_follows(doc, m->end) && adds_or_agrees(doc, m) &&
		aa_word_after(doc, m->end + 3, m->end + 32 < doc->len ? m->end + 32 : doc->len, &next) &&
		next.cend == next.end && !next.capitalized && (next.classes & (LX_ARTICLE | LX_DETERMINER)))
		return false;
	/* "the NHS had added 5,000 beds", "adds 200 jobs": a count added, no words */
	if (m->end + 2 < doc->len && doc->text[m->end] == ' ' && aa_is_digit((unsigned char) doc->text[m->end + 1]) &&
		(doc->text[m->start + 1] | 0x20) == 'd' && adds_or_agrees(doc, m))
		return false;
	/* "called off projects": cancelled, no words */
	if (m->end + 4 < doc->len && doc->text[m->end] == ' ' && doc->text[m->end + 1] == 'o' &&
		doc->text[m->end + 2] == 'f' && doc->text[m->end + 3] == 'f' &&
		!aa_is_letter((unsigned char) doc->text[m->end + 4]))
	{
		aa_word		cw;

		if (cue_word(doc, m, &cw) && aa_verb_form_of(doc, &cw, VF_CALL, true))
			return false;
	}
	/* "would add up to $1.5 trillion": a sum */
	if (m->end + 3 <= doc->len && doc->text[m->end] == ' ' && doc->text[m->end + 1] == 'u' &&
		doc->text[m->end + 2] == 'p' && (m->end + 3 == doc->len || !aa_is_letter((unsigned char) doc->text[m->end + 3])) &&
		adds_or_agrees(doc, m))
		return false;
	/* "X was first reported by Y": a passive whose agent reports (reported_clause) */
	{
		size_t		chain;
		aa_word		by;

		if ((doc->text[m->start] | 0x20) == 'r' && reported_by_passive(doc, m, &chain, &by))
			return true;
		if ((doc->text[m->start] | 0x20) == 'a' && announced_passive(doc, m, &chain))
			return true;
	}
	/* "who requested anonymity", "asked not to be named", "a group called Black Votes Matter": no statement */
	if (passive_with_agent(doc, m) || accused_of(doc, m) || aa_asks_anonymity(doc, m->end, doc->len) ||
		naming_participle(doc, m) || naming_after_noun(doc, m))
		return false;
	/* the word before the cue, which most of the tests below look at */
	has_prev = aa_word_before(doc, m->start > 64 ? m->start - 64 : 0, m->start, &prev);
	if (doc->indefinite_opener && has_prev && relative_after_indefinite(doc, m))
		return false;
	/*
	 * "a shirt that read “Settle for Hillary.”": a thing's words, no one's
	 * quotation (QUOTATION_ONLY cues after "that" or "which")
	 */
	if (has_prev && prev.cend == prev.end && (aa_word_is(doc, &prev, "that") || aa_word_is(doc, &prev, "which")) &&
		aa_lex_marked(doc->text + m->start, m->end - m->start, LM_QUOTATION_ONLY))
		return false;
	/*
	 * "said in a statement read outside court that ...": a participle after a
	 * means of speech that a preposition governs describes it (the statement
	 * is no one who reads).  (The cue's last letters first: most cues are
	 * turned away by them.)
	 */
	if (has_prev &&
		((doc->text[m->end - 2] == 'e' && doc->text[m->end - 1] == 'd') ||
		 (m->end - m->start == 4 && (doc->text[m->start] | 0x20) == 'r')) &&
		prev.cend == prev.end && !prev.capitalized && cue_word(doc, m, &next) && means_participle(doc, &next) &&
		aa_word_marked(doc, &prev, LM_MEANS_OF_SPEECH))
	{
		aa_word		det,
					prep;

		if (aa_word_before(doc, 0, prev.start, &det) && det.cend == det.end && (det.classes & LX_ARTICLE) &&
			aa_word_before(doc, 0, det.start, &prep) && prep.cend == prep.end && !prep.capitalized &&
			(prep.classes & LX_PREPOSITION))
			return false;
	}
	/*
	 * "to chants of": after "to", a form in -s is a noun, no infinitive ("to
	 * address" is one); before "that" a noun of speech still reports
	 * ("referring to reports that ...")
	 */
	if (has_prev && prev.cend == prev.end && aa_word_is(doc, &prev, "to") && third_person_form(doc, m) &&
		!(aa_word_after(doc, m->end, m->end + 16 < doc->len ? m->end + 16 : doc->len, &next) &&
		  aa_word_is(doc, &next, "that")))
		return false;
	/* "The most telling promise", "a very telling sign": after a word of degree, an adjective */
	if ((classes & LX_REPORT_ING) && has_prev && prev.cend == prev.end &&
		(aa_word_is_either(doc, &prev, "most") || aa_word_is_either(doc, &prev, "more") ||
		 aa_word_is_either(doc, &prev, "very") || aa_word_is_either(doc, &prev, "less")))
		return false;
	/*
	 * "Special counsel Jack Smith's office": a cue that is also a title,
	 * before a name (a known given name, or two words in capitals), is the
	 * title
	 */
	if ((classes & LX_TITLE) && m->end < doc->len && doc->text[m->end] == ' ' &&
		aa_word_after(doc, m->end, m->end + 64 < doc->len ? m->end + 64 : doc->len, &next) &&
		next.capitalized && next.cstart == next.start && next.cend == next.end &&
		!(next.classes & (LX_PRONOUN | LX_ARTICLE | LX_DETERMINER | LX_TIME_WORD | LX_CLAUSE_BREAK)))
	{
		aa_word		second;

		if ((next.classes & (LX_MALE | LX_FEMALE)) ||
			(aa_word_after(doc, next.end, next.end + 64 < doc->len ? next.end + 64 : doc->len, &second) &&
			 second.capitalized && second.cstart == second.start && !(second.classes & (LX_PRONOUN | LX_ARTICLE))))
			return false;
	}
	/* "The New York Post", "NY Post:": a capitalised cue that names organisations ends a name */
	if ((classes & LX_ORG_WORD) && aa_is_upper((unsigned char) doc->text[m->start]) && has_prev &&
		prev.capitalized && prev.cend == prev.end)
		return false;
	/*
	 * "home state", "the report": words that are nouns as often as verbs need
	 * a subject-like word before; an article is none, capitalised or not
	 * ("The reports show ...").
	 */
	if ((classes & LX_NOUN_VERB) && has_prev && !closes_appositive(doc, &prev, m))
	{
		/* "women who claim he assaulted them": the relative pronoun is the subject (not "who reports to") */
		if (prev.cend != prev.end || ((prev.classes & LX_ARTICLE) && !(prev.classes & LX_PRONOUN)) ||
			(!(prev.classes & (LX_PRONOUN | LX_AUX | LX_GROUP_NOUN | LX_ADVERB)) && !prev.capitalized &&
			 !aa_word_is(doc, &prev, "to") &&
			 /* "GOP Candidates Resoundingly Reject": an adverb that only the headline's style capitalises */
			 !(aa_is_upper((unsigned char) doc->text[prev.cstart]) && aa_ly_adverb(doc, &prev)) &&
			 !(aa_word_is(doc, &prev, "who") && (cue_is(doc, m, "claim") || cue_is(doc, m, "claims"))) &&
			 /* "“...,” a voice-over in the ad states.": the verb ends the sentence after its quotation */
			 !(m->end < doc->len && doc->text[m->end] == '.' && after_quotation(doc, m->start, 6, true)) &&
			 /* "the suit claims that Gowdy made ...": the verb of a noun, with a clause after "that" */
			 !(that_clause_after(doc, m->end) && subject_noun_before(doc, &prev, m)) &&
			 /* "32% call themselves conservative", "40 percent say": a share is a subject */
			 !(aa_is_digit((unsigned char) doc->text[prev.cstart]) && doc->text[prev.cend - 1] == '%') &&
			 !aa_word_is(doc, &prev, "percent") &&
			 /* "The senator calls it a “scam.”": a form of "call" with its object, after a noun */
			 !(calls_someone_after(doc, m) && subject_noun_before(doc, &prev, m)) &&
			 /*
			  * "The ad claims “Jeb is the conservative you can trust.”": an
			  * article, a noun, then the verb and its quotation
			  */
			 !(!((prev.classes & LX_ARTICLE) && !(prev.classes & LX_PRONOUN)) && quotation_opens_after(doc, m->end) &&
			   aa_word_before(doc, prev.start > 64 ? prev.start - 64 : 0, prev.start, &before) &&
			   before.cend == before.end && (before.classes & LX_ARTICLE))))
			return false;
		/*
		 * "many Asian states", "in Asian states": an adjective after a
		 * quantifier or a preposition, not a subject (not after an adverb
		 * the preposition list holds: "and then Wallnau continues:"; nor
		 * before an object: "after Sanders calls Clinton unqualified")
		 */
		if (prev.capitalized && !plural_name_subject(doc, &prev, m) && !calls_someone_after(doc, m) &&
			aa_word_before(doc, prev.start > 64 ? prev.start - 64 : 0, prev.start, &before) &&
			!before.capitalized && before.cend == before.end &&
			(before.classes & (LX_DETERMINER | LX_ARTICLE | LX_PREPOSITION)) &&
			(before.classes & (LX_DETERMINER | LX_ARTICLE | LX_ADVERB)) != LX_ADVERB)
			return false;
	}
	/*
	 * "Trump's reported net worth", "his stated goal", "her alleged
	 * affair": a participle in -ed after a possessive describes a noun
	 */
	if (has_prev && prev.cend == prev.end && prev.cstart == prev.start && m->end - m->start > 4 &&
		doc->text[m->end - 2] == 'e' && doc->text[m->end - 1] == 'd' && !phrasal_cue(doc, m) &&
		(possessive_determiner(&prev) ||
		 (aa_possessive_form(doc, &prev) &&
		  !aa_pronoun_contraction(doc, &prev) &&
		  /* (not "who’s argued": the stem's classes, as a contraction's word has none) */
		  !(aa_lex_word(doc->text + prev.cstart, aa_stem_end(doc, &prev) - prev.cstart) &
			(LX_PRONOUN | LX_CLAUSE_BREAK | LX_AUX)))))
		return false;
	/*
	 * "Trump's charge", "the group's claims": a possessive makes the word a
	 * noun; a participle too before a noun it describes ("Breitbart’s
	 * reporting team", not "Bush's calling him a jerk")
	 */
	if (has_prev && (classes & LX_REPORT_ING) && prev.cend == prev.end && !prev.capitalized &&
		(prev.classes & LX_DETERMINER) && !(prev.classes & LX_PRONOUN) && noun_after_participle(doc, m))
		return false;			/* "there are some warning signs for Clinton" */
	if (has_prev &&
		((classes & LX_NOUN_VERB) ||
		 ((classes & LX_REPORT_ING) && noun_after_participle(doc, m) && !aa_pronoun_contraction(doc, &prev))) &&
		prev.cend - prev.cstart > 2 &&
		(doc->text[prev.cend - 1] == 's' || doc->text[prev.cend - 1] == '\'') &&
		(doc->text[prev.cend - 2] == '\'' ||
		 (prev.cend - prev.cstart > 4 && (unsigned char) doc->text[prev.cend - 2] == 0x99)))
		return false;
	/*
	 * "issued a statement saying his comment “has no place ...”": a noun
	 * after "his" or "their" that opens what a cue before it says is that
	 * clause's subject, no cue of its own
	 */
	if ((classes & LX_NOUN_VERB) && has_prev && prev.cend == prev.end && !prev.capitalized &&
		possessive_determiner(&prev) &&
		aa_word_before(doc, prev.start > 64 ? prev.start - 64 : 0, prev.start, &before) &&
		before.cend == before.end && !before.capitalized &&
		(aa_word_is(doc, &before, "that") ?
		 aa_word_before(doc, before.start > 64 ? before.start - 64 : 0, before.start, &before) &&
		 before.cend == before.end && !before.capitalized : true) &&
		says_word(doc, &before))
		return false;
	/* The word after a word that is a noun as often as a verb tells which it is here. */
	if ((classes & LX_NOUN_VERB) &&
		aa_word_after(doc, m->end, m->end + 64 < doc->len ? m->end + 64 : doc->len, &next) &&
		next.cstart == next.start && m->end < next.start)
	{
		/*
		 * "Oklahoma state senator", "Wisconsin state Rep. David Bowen", "Rust
		 * Belt states have suffered", "Southern states will hold": before a
		 * title, an auxiliary or "and", the word is a noun (a reporting verb
		 * is followed by its clause, "that" or an addressee); not after a
		 * subject pronoun: "Megyn Kelly, who he claims has been unfair to him"
		 */
		if (!(has_prev && prev.cend == prev.end && (prev.classes & LX_PRONOUN) && !(prev.classes & LX_DETERMINER)) &&
			doc->text[m->end] == ' ' &&
			((next.classes & (LX_AUX | LX_TITLE)) || aa_word_is(doc, &next, "and") || aa_word_is(doc, &next, "or")) &&
			!(next.classes & LX_PRONOUN) && !aa_in_title_case(doc, m->start))
			return false;
		/*
		 * "the Rust Belt states of Indiana, Michigan ...", "reports of
		 * Rubio's ...": a plural before "of" and a name is a noun (a verb
		 * of saying "of" something, "warns of", is no NOUN_VERB)
		 */
		if (doc->text[m->end - 1] == 's' && doc->text[m->end] == ' ' && next.cend == next.end &&
			aa_word_is(doc, &next, "of") && !aa_in_title_case(doc, m->start) &&
			aa_word_after(doc, next.end, next.end + 64 < doc->len ? next.end + 64 : doc->len, &before) &&
			before.capitalized && before.cstart == before.start)
			return false;
		/*
		 * "the New Hampshire state Senate", "New York state Democratic
		 * official Christine Quinn": "state" between a place and a
		 * capitalised word is the place's state
		 */
		if (has_prev && prev.capitalized && prev.cend == prev.end && next.capitalized &&
			!(next.classes & LX_PRONOUN) && doc->text[m->end] == ' ' && cue_is(doc, m, "state") &&
			!aa_in_title_case(doc, m->start) && !plural_name_after_article(doc, &prev))
			return false;
		/*
		 * "Rust Belt states that have suffered", "Republican states like
		 * Arizona": a relative clause or "like" follows a noun, not a
		 * reporting verb; so does a verb in the past after "states", which
		 * is much more often the places ("Some states remained"; "the report
		 * found" names what a report says)
		 */
		if (doc->text[m->end] == ' ' && !next.capitalized && next.cend == next.end &&
			!(has_prev && prev.cend == prev.end && (prev.classes & LX_PRONOUN) && !(prev.classes & LX_DETERMINER)) &&
			(aa_word_is(doc, &next, "like") || (aa_word_is(doc, &next, "that") && aux_after(doc, &next)) ||
			 (aa_past_form(doc, &next) && !(next.classes & (LX_REPORT_VERB | LX_ADVERB)) && cue_is(doc, m, "states"))) &&
			!aa_in_title_case(doc, m->start))
			return false;
		/*
		 * "the secretive state said", "the report says": a noun before the
		 * real cue; a plural before one without -s or in -ing too ("Unconfirmed
		 * reports claim", "reports saying"; "his remarks calling" are his)
		 */
		if ((next.classes & (LX_REPORT_VERB | LX_REPORT_ING)) &&
			(!next.capitalized || aa_in_title_case(doc, m->start)) &&
			(!(next.classes & (LX_REPORT_ING | LX_NOUN_VERB)) ||
			 (doc->text[m->end - 1] == 's' && next.cend == next.end && !(has_prev && possessive_determiner(&prev)) &&
			  ((next.classes & LX_REPORT_ING) || doc->text[next.cend - 1] != 's')) ||
			 /* "Fake-News Report Claims": in a headline, a singular before a verb in -s */
			 (next.capitalized && doc->text[m->end - 1] != 's' && doc->text[next.cend - 1] == 's' &&
			  next.cend == next.end)) &&
			aa_candidate_at(doc, next.cstart))
			return false;
	}
	if (has_prev && prev.cend == prev.end)
	{
		/*
		 * "the alleged shooter", "The added security": after an article (in
		 * any case) or a lower-case preposition the word is an adjective.
		 * (an infinitive is a cue: "taking to Twitter to call Fields “delusional”";
		 * so is a word that is no noun after a word of time: "Obama yesterday
		 * said", "then told"; not "an earlier report", "the last claim")
		 */
		if ((!prev.capitalized || (prev.classes & LX_ARTICLE)) && (prev.classes & (LX_ARTICLE | LX_PREPOSITION)) &&
			!(prev.classes & LX_PRONOUN) && !aa_word_is(doc, &prev, "to") &&
			/*
			 * a gerund after a preposition reports: "ended by saying “Too
			 * many.”", "after saying", "continued by saying"; not as a
			 * cue's object ("called for denying entry ...")
			 */
			!((classes & LX_REPORT_ING) && !(prev.classes & (LX_ARTICLE | LX_DETERMINER)) &&
			  !aa_word_marked(doc, &prev, LM_GERUND_BLOCKER) &&
			  !(aa_word_before(doc, prev.start > 64 ? prev.start - 64 : 0, prev.start, &before) &&
				before.cend == before.end && (before.classes & (LX_REPORT_VERB | LX_INTRO_ONLY)) == LX_REPORT_VERB)) &&
			!((prev.classes & (LX_ADVERB | LX_TIME_WORD)) && !(classes & LX_NOUN_VERB)) &&
			!(aa_word_is(doc, &prev, "when") && cue_is(doc, m, "asked")))	/* "said when asked whether" */
			return false;
		/* "in each state feel", "every report": a determiner that opens a noun only, never a subject */
		if ((classes & LX_NOUN_VERB) && aa_verb_form_of(doc, &prev, VF_NOUN_DETERMINER, true))
			return false;
		/* "There is no denying that": a gerund after "no" is a noun */
		if ((classes & LX_REPORT_ING) && !prev.capitalized && aa_word_is(doc, &prev, "no"))
			return false;
		/*
		 * "the once deeply Republican state toward", "Coastal states swing":
		 * "state" after a capitalised word is the noun, as a singular subject
		 * would say "states" ("Smith states"), and "states" after one in
		 * -ern, -ic or -al, an adjective
		 */
		if (prev.capitalized && !(prev.classes & LX_PRONOUN) && (doc->text[m->start] == 's') &&
			m->end - m->start <= 6 && prev.cend - prev.cstart > 2 &&
			(cue_is(doc, m, "state") ? doc->text[prev.cend - 1] != 's' :
			 cue_is(doc, m, "states") && adjective_in_ern_ic_al(doc, &prev)))
			return false;
		/* "have the final say", "a larger say": an article and an adjective make the word a noun */
		if (!prev.capitalized && prev.cstart == prev.start && aa_verb_form_of(doc, &prev, VF_NOUN_ADJECTIVE, false) &&
			aa_word_before(doc, prev.start > 64 ? prev.start - 64 : 0, prev.start, &before) &&
			before.cend == before.end && (before.classes & LX_ARTICLE))
			return false;
		/* "All told, ...": an idiom, no one told anything */
		if (aa_word_is_either(doc, &prev, "all") && cue_is(doc, m, "told") &&
			m->end < doc->len && doc->text[m->end] == ',')
			return false;
		/* "accused them of asking": a gerund after "of" reports nothing */
		if (aa_word_is(doc, &prev, "of"))
			return false;
		if (!prev.capitalized && (prev.classes & LX_ATTRIBUTIVE))
			return false;
		/* "a racially charged argument": an adverb in -ly between an article and the word */
		if (!prev.capitalized && aa_ly_adverb(doc, &prev) &&
			aa_word_before(doc, prev.start > 64 ? prev.start - 64 : 0, prev.start, &before) &&
			before.cend == before.end && (before.classes & LX_ARTICLE) && !(before.classes & LX_PRONOUN))
			return false;
		/*
		 * "his rough and racially charged dismissal": "charged" after an
		 * adverb in -ly and before a lower-case noun is an adjective (not
		 * "repeatedly charged that", "publicly charged the officer")
		 */
		if (!prev.capitalized && (doc->text[m->start] | 0x20) == 'c' && aa_ly_adverb(doc, &prev) &&
			cue_is(doc, m, "charged") && m->end < doc->len && doc->text[m->end] == ' ' &&
			aa_word_after(doc, m->end, m->end + 64 < doc->len ? m->end + 64 : doc->len, &before) &&
			!before.capitalized && before.cstart == before.start && before.classes == 0)
			return false;
		/* "There were reports ...": a noun after "there" and a form of "be" */
		if ((classes & LX_NOUN_VERB) && (prev.classes & LX_BE) &&
			aa_word_before(doc, prev.start > 64 ? prev.start - 64 : 0, prev.start, &before) &&
			before.cend == before.end && aa_word_is_either(doc, &before, "there"))
			return false;
	}
	return true;
}

/* ---------------------------------------------------------------- what a span is */

/*
 * "Was asked", "has been asked", "was later asked": a passive whose subject
 * is the one asked, not the asker.
 */
static bool
passive_asked(aa_doc *doc, size_t sent_start, const aa_match *cue)
{
	aa_word		w;

	if (!aa_word_before(doc, sent_start, cue->start, &w))
		return false;
	if (w.cstart == w.start && w.cend == w.end && ((w.classes & LX_ADVERB) || aa_ly_adverb(doc, &w)) &&
		!aa_word_before(doc, sent_start, w.start, &w))
		return false;
	return (w.classes & LX_BE) != 0 && w.cstart == w.start && w.cend == w.end;
}

/*
 * "When asked about ...", "Asked whether ...", "was asked to ...", "Mr.
 * Trump, asked about ..., had said": a question put to someone.  It is a
 * statement of its own (asked_question), never the cue of the quotation
 * that answers it.
 */
static bool
question_cue(aa_doc *doc, const aa_match *cue, size_t sent_start)
{
	aa_word		w,
				next;

	/* most cues are not "asked": tell by the first letter before the word is read */
	if (cue->end - cue->start < 5 || (doc->text[cue->start] | 0x20) != 'a' ||
		!cue_word(doc, cue, &w) || !aa_word_is_either(doc, &w, "asked"))
		return false;
	if (!aa_word_before(doc, sent_start, cue->start, &w) || aa_word_is_either(doc, &w, "when") ||
		passive_asked(doc, sent_start, cue))
		return true;
	/* an aside after a comma whose question follows "asked" at once: no one there asks */
	return doc->text[w.end - 1] == ',' && aa_word_after(doc, cue->end, doc->len, &next) &&
		next.cstart == next.start &&
		(aa_word_marked(doc, &next, LM_QUESTION_OPENER) || aa_word_is(doc, &next, "to"));
}

/*
 * "Mrs. Clinton said that when Ms. Warren railed against Wall Street ...,
 * ''she is speaking for all of us.''": a cue inside a clause of time or
 * condition that a comma closes before the quotation is that clause's; the
 * quotation's is a cue before it, when there is one.
 */
#define SUBORDINATE_WORDS 6

static bool
in_closed_subordinate(aa_doc *doc, size_t from, const aa_match *cue, size_t open)
{
	aa_word		w,
				subject;
	size_t		p = cue->start,
				q = open;

	/* the comma right before the quotation, not right after the cue ("though he said, “I hope to.”") */
	while (q > cue->end && doc->text[q - 1] == ' ')
		q--;
	if (q <= cue->end + 1 || doc->text[q - 1] != ',' || is_cue_participle(doc, cue))
		return false;
	for (int k = 0; k < SUBORDINATE_WORDS && aa_word_before(doc, from, p, &w); k++, p = w.start)
	{
		if (w.cend != w.end || w.cstart != w.start)
			return false;
		/* (the clause has a subject of its own: a name, a pronoun or a determiner's noun) */
		if (!w.capitalized && (w.classes & LX_CLAUSE_BREAK) &&
			(aa_word_marked(doc, &w, LM_SUBORDINATOR) || aa_word_marked(doc, &w, LM_CLAUSE_OPENER)))
			return aa_word_after(doc, w.end, cue->start, &subject) && subject.cstart == subject.start &&
				(subject.capitalized || (subject.classes & (LX_PRONOUN | LX_ARTICLE | LX_DETERMINER)));
	}
	return false;
}

/*
 * "The Kremlin dismissed his remarks as “theatre”": a noun of speech after
 * its determiner, then "as" and the marks, is what a verb before it
 * judges; the words in marks are that verb's (its speaker's), when there
 * is one.
 */
static bool
judged_speech_noun(aa_doc *doc, const aa_match *cue, size_t open)
{
	aa_word		as,
				det;

	/* (" as “": the marks a few bytes after the cue, which most cues are not) */
	return open - cue->end >= 4 && open - cue->end <= 8 && aa_word_after(doc, cue->end, open, &as) && aa_word_is(doc, &as, "as") && as.cend == as.end &&
		skip_space(doc, as.end) == open && aa_word_before(doc, 0, cue->start, &det) && det.cend == det.end &&
		!det.capitalized && (det.classes & LX_DETERMINER);
}

/*
 * The last cue in [from, open) that is no question put to someone, unless
 * the quotation is the question itself ("Trump was asked, “What's ...?”").
 */
static bool
last_cue_of_quote(aa_doc *doc, size_t from, size_t open, aa_match *cue)
{
	aa_match	subordinate = {0, 0},
				judged = {0, 0};

	for (size_t to = open; aa_last_cue(doc, from, to, cue); to = cue->start)
	{
		size_t		p = cue->end;

		if (p < open && (doc->text[p] == ',' || doc->text[p] == ':'))
			p++;
		if (subordinate.end == 0 && in_closed_subordinate(doc, from, cue, open))
		{
			subordinate = *cue;
			continue;
		}
		if (judged.end == 0 && judged_speech_noun(doc, cue, open))
		{
			judged = *cue;
			continue;
		}
		if (!question_cue(doc, cue, aa_sentence_start(doc, cue->start)) || skip_space(doc, p) == open)
			return true;
	}
	if (subordinate.end > 0)
		*cue = subordinate;
	else if (judged.end > 0)
		*cue = judged;
	return subordinate.end > 0 || judged.end > 0;
}

/*
 * The facts are read only as: no words, fewer than 3, at least 4 or 6, at
 * most 8 (a title); a sentence ending inside and the Title Case count matter
 * only up to 8 words.  So the walk stops at the ninth word, however long the
 * quotation: words is then 9, standing for "more than 8".
 */
#define FACT_WORDS 9

typedef struct span_facts
{
	int			words;			/* up to FACT_WORDS */
	bool		starts_upper;
	bool		ends_terminal;	/* . ! ? , … or a dash end the content */
	bool		sentence_inside;	/* a sentence ends inside */
	bool		title_case;		/* every longer word capitalised: a title or a name */
	bool		capitalised;	/* every longer word of the first FACT_WORDS capitalised, however many */
	bool		pronoun_led;	/* its only capital is a pronoun's, first ("We’ll see,") */
} span_facts;

/*
 * "with Sirius XM's “Breitbart News Daily.”", "on Wednesday’s “Sean
 * Hannity Show.”": a capitalised possessive right before the marks (a
 * Title Case span after it is a work's or a show's name).
 */
static bool
possessive_before(const aa_doc *doc, const aa_span *s)
{
	aa_word		w;

	return aa_word_before(doc, s->open > 64 ? s->open - 64 : 0, s->open, &w) && w.capitalized &&
		w.cstart == w.start && w.cend == w.end && aa_stem_end(doc, &w) != w.cend;
}

/*
 * Does a work's noun ("book", "show"), or a medium's possessive ("MSNBC's"),
 * stand right before the marks, maybe with a comma: "in his 2012 book,
 * ''An American Son.''", "on MSNBC's “Morning Joe.”"?
 */
static bool
names_work_before(const aa_doc *doc, const aa_span *s)
{
	aa_word		w;

	if (!aa_word_before(doc, s->open > 64 ? s->open - 64 : 0, s->open, &w) || w.cstart != w.start ||
		(w.cend != w.end && !(w.end == w.cend + 1 && doc->text[w.cend] == ',')))
		return false;
	if (!w.capitalized)
		return aa_lex_marked(doc->text + w.cstart, aa_stem_end(doc, &w) - w.cstart, LM_WORK_NOUN);
	/* a possessive: the medium's name before its 's */
	return aa_stem_end(doc, &w) != w.cend &&
		aa_lex_marked(doc->text + w.cstart, aa_stem_end(doc, &w) - w.cstart, LM_MEDIA);
}

/*
 * Is the word before the opening mark "on" ("appeared on “Meet the Press,”"),
 * or "with" after a means of speech ("in an interview with “Fox News
 * Sunday.”")?
 */
static bool
show_preposition_before(const aa_doc *doc, const aa_span *s)
{
	size_t		lim = s->open > 64 ? s->open - 64 : 0;
	aa_word		w;

	if (!aa_word_before(doc, lim, s->open, &w) || w.cstart != w.start || w.cend != w.end)
		return false;
	if (aa_word_is(doc, &w, "on"))
		return true;
	return aa_word_is(doc, &w, "with") && aa_word_before(doc, lim, w.start, &w) && w.cend == w.end &&
		aa_word_marked(doc, &w, LM_MEANS_OF_SPEECH);
}

static void
describe_span(const aa_doc *doc, const aa_span *s, span_facts *f)
{
	aa_word		w;
	size_t		pos = s->content_start;
	int			longer = 0,
				capital = 0;
	bool		first_pronoun = false;

	memset(f, 0, sizeof(*f));
	while (f->words < FACT_WORDS && aa_word_after(doc, pos, s->content_end, &w))
	{
		size_t		n = w.cend - w.cstart;

		if (f->words == 0)
		{
			f->starts_upper = w.capitalized;
			first_pronoun = (w.classes & LX_PRONOUN) || aa_pronoun_contraction(doc, &w);
		}
		if (n >= 4 || f->words == 0)
		{
			longer++;
			capital += aa_written_capitalized(doc, &w);
		}
		if (w.cend < w.end && f->words > 0)
		{
			char		c = doc->text[w.cend];

			if ((c == '.' || c == '!' || c == '?') && w.end < s->content_end)
				f->sentence_inside = true;
		}
		f->words++;
		pos = w.end;
	}
	if (s->content_end > s->content_start)
	{
		size_t		k;
		uint32_t	c = aa_utf8_prev(doc->text, s->content_end, &k);

		f->ends_terminal = c == '.' || c == '!' || c == '?' || c == ',' || c == 0x2026 ||
			aa_is_dash(c) || c == ';' || c == ':';
	}
	f->pronoun_led = first_pronoun && longer == 1;
	f->capitalised = longer > 0 && capital == longer && !f->sentence_inside;
	f->title_case = f->words <= 8 && f->capitalised &&
		(!(f->ends_terminal && doc->text[s->content_end - 1] != ',') ||
		 (doc->text[s->content_end - 1] == '.' &&
		  (names_work_before(doc, s) || show_preposition_before(doc, s) || possessive_before(doc, s))));
}

/*
 * "According to ''The Trumps: Three Generations That Built an Empire,'' by
 * Gwenda Blair", "According to E. J. Fleming's ''The Fixers: ...''": words
 * in capitals right after "according to", or after a name's possessive
 * after it, are the title of the work that is the source, however long.
 */
#define SOURCE_NAME_WORDS 5

static bool
source_title(const aa_doc *doc, const aa_span *s, const span_facts *f)
{
	size_t		lim = s->open > 128 ? s->open - 128 : 0;
	aa_word		w;

	if (!f->capitalised || !aa_word_before(doc, lim, s->open, &w) || w.cstart != w.start || w.cend != w.end)
		return false;
	/* a name's possessive, then the name's other words ("E. J. Fleming's") back to "to" */
	if (w.capitalized && aa_stem_end(doc, &w) != w.cend)
	{
		int			k = 0;

		while (k++ < SOURCE_NAME_WORDS && aa_word_before(doc, lim, w.start, &w) && w.capitalized &&
			   (w.cend == w.end || doc->text[w.cend] == '.'))
			continue;
	}
	return aa_word_is(doc, &w, "to") && w.cend == w.end && aa_word_before(doc, lim, w.start, &w) &&
		w.cend == w.end && aa_word_is_either(doc, &w, "according");
}

/* Is pos inside a span that is a source's title (source_title)? */
static bool
in_source_title(const aa_doc *doc, size_t pos)
{
	int			si = aa_span_at(doc, pos);
	span_facts	f;

	if (si < 0)
		return false;
	describe_span(doc, &AA_VEC_AT(&doc->spans, aa_span, si), &f);
	return source_title(doc, &AA_VEC_AT(&doc->spans, aa_span, si), &f);
}

/*
 * British style puts the punctuation that closes a quotation after its mark:
 * "“We will win”, she said." sets the words off from the reporting clause as
 * "“We will win,” she said." does.
 */
static bool
punctuated_after(const aa_doc *doc, const aa_span *s)
{
	return s->closed && s->after < doc->len && memchr(",.!?", doc->text[s->after], 4) != NULL;
}

static opening
opening_of(aa_doc *doc, const aa_span *s, size_t sent_start, aa_match *cue, bool *has_cue)
{
	aa_word		w;
	size_t		start = sent_start;

	*has_cue = false;
	if (s->continues)
		return OPENS_SENTENCE;
	if (!aa_word_before(doc, start, s->open, &w))
		return OPENS_SENTENCE;
	if (w.cend == w.cstart && w.end - w.start <= 3)
	{
		/* Only a dash or bracket before the mark. */
		if (!aa_word_before(doc, start, w.start, &w))
			return OPENS_SENTENCE;
	}
	if (doc->text[w.end - 1] == ':')
	{
		*has_cue = last_cue_of_quote(doc, s->open > CUE_WINDOW + start ? s->open - CUE_WINDOW : start, s->open, cue);
		return OPENS_AFTER_COLON;
	}
	if (last_cue_of_quote(doc, s->open > CUE_WINDOW + start ? s->open - CUE_WINDOW : start, s->open, cue))
	{
		*has_cue = true;
		if (aa_count_words(doc, cue->end, s->open) <= MAX_GAP_WORDS &&
			(cue->end >= w.start || doc->text[w.end - 1] == ','))
			return OPENS_AFTER_CUE;
	}
	return OPENS_EMBEDDED;
}

/* ---------------------------------------------------------------- who said it */

typedef struct attribution
{
	int			entity;
	const char *mention;
	const char *cue;
	size_t		cue_start;		/* equal to cue_end when there is no cue */
	size_t		cue_end;
	float		confidence;
	const char *alias;			/* what was resolved to entity ("who" stands for the name before it); NULL: none */
} attribution;

/* The speaker of the words [start, end), and those words as the speaker's alias. */
static void
resolve_into(aa_doc *doc, attribution *a, size_t start, size_t end, size_t role_start, size_t role_end)
{
	a->entity = aa_resolve_speaker(doc, start, end, role_start, role_end);
	a->alias = a->entity >= 0 ? aa_mention_text(doc, start, end) : NULL;
}

static char *
copy_text(aa_doc *doc, size_t start, size_t end)
{
	return aa_strndup(doc->arena, doc->text + start, end - start);
}

/* Cues and mentions repeat ("said", "he"): one copy each per article. */
static const char *
intern_text(aa_doc *doc, size_t start, size_t end)
{
	return aa_intern(doc->arena, &doc->strings, doc->text + start, end - start);
}

/*
 * Where the clause that ends at the comma before pos begins: just after the
 * last clause opener ("as", "while", "and" ...) that a capitalised word
 * follows, or sent_start.  The opener's subject must have a verb before the
 * comma: in "Trump went after Bush, saying" no clause opens at "after".
 */
static size_t
clause_before(aa_doc *doc, size_t sent_start, size_t pos)
{
	aa_word		w,
				next,
				comma_word = {0};
	size_t		p = pos;
	bool		comma_seen = false;

	for (int k = 0; k < 30 && aa_word_before(doc, sent_start, p, &w); k++)
	{
		aa_phrase	subject;

		if (!comma_seen)
		{
			comma_seen = doc->text[w.end - 1] == ',';
			comma_word = w;
			p = w.start;
			continue;
		}
		/*
		 * not "that" or a relative pronoun: what they open is reported or
		 * describes, and the subject stays; nor a subordinating word, whose
		 * clause hangs on the main one
		 */
		if (!w.capitalized && (w.classes & LX_CLAUSE_BREAK) && w.cend == w.end &&
			!aa_word_is(doc, &w, "that") && !aa_word_marked(doc, &w, LM_RELATIVE | LM_SUBORDINATOR) &&
			aa_word_after(doc, w.end, pos, &next) && (next.capitalized || (next.classes & LX_PRONOUN)) &&
			aa_sentence_subject(doc, next.start, pos, &subject) && subject.end < comma_word.start)
			return next.start;
		if (doc->text[w.end - 1] == ',' || doc->text[w.end - 1] == ';')
			return sent_start;
		p = w.start;
	}
	return sent_start;
}

/*
 * Where the last clause opened in [from, to) starts: after a lower-case
 * clause opener ("while", "as", "but") that a name or pronoun follows; not
 * the "and" or "but" that joins the cue at `to` to what came before.  from
 * when there is none.
 */
static size_t
clause_opened_between(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w,
				next;
	size_t		clause = from;

	for (size_t p = from; aa_word_after(doc, p, to, &w); p = w.end)
	{
		if (w.capitalized || !(w.classes & LX_CLAUSE_BREAK) || w.cend != w.end || w.cstart != w.start ||
			!aa_word_marked(doc, &w, LM_CLAUSE_OPENER) ||
			!aa_word_after(doc, w.end, to, &next))
			continue;
		if (next.capitalized || ((next.classes & LX_PRONOUN) && !(next.classes & LX_DETERMINER)))
			clause = next.start;
	}
	return clause;
}

/*
 * Do "and" or "but" (w) and a name with a past tense of its own (next: at
 * most three capitalised words, then a lower-case past tense) open a main
 * clause: "and Emanuel fired"?  Not an auxiliary: "Obama and Sanders were"
 * is more often a subject of two.
 */
static bool
opens_named_clause(aa_doc *doc, const aa_word *w, const aa_word *next, size_t end)
{
	aa_word		v = *next;

	if (w->capitalized || w->cend != w->end || !(w->classes & LX_CLAUSE_BREAK) ||
		!(aa_word_is(doc, w, "and") || aa_word_is(doc, w, "but")) || aa_span_at(doc, w->start) >= 0)
		return false;
	/* (an organisation's "the": "and the American Civil Liberties Union of Ohio has already sued") */
	if (!next->capitalized && aa_word_is(doc, next, "the") && next->cend == next->end &&
		!aa_word_after(doc, next->end, end, &v))
		return false;
	if (!v.capitalized || (v.classes & (LX_DETERMINER | LX_ARTICLE | LX_PRONOUN)))
		return false;
	for (int k = 0; k < 6 && v.cend == v.end && (v.capitalized || (k > 0 && (v.classes & LX_CONNECTOR))); k++)
		if (!aa_word_after(doc, v.end, end, &v))
			return false;
	/* "has already sued": an auxiliary of the perfect and an adverb may come first */
	if (!v.capitalized && v.cend == v.end && (v.classes & LX_AUX) && (v.classes & LX_BE) == 0 &&
		(aa_word_is(doc, &v, "has") || aa_word_is(doc, &v, "have") || aa_word_is(doc, &v, "had")) &&
		aa_word_after(doc, v.end, end, &v) && !v.capitalized && v.cend == v.end &&
		((v.classes & LX_ADVERB) || aa_ly_adverb(doc, &v)))
		aa_word_after(doc, v.end, end, &v);
	return !v.capitalized && v.cstart == v.start && !(v.classes & (LX_AUX | LX_BE)) && aa_past_form(doc, &v);
}

/*
 * "prosecutors charged the officer with murder and Emanuel fired his police
 * chief, ..., acknowledging": where the last main clause joined by "and" or
 * "but" with a name and a past tense of its own starts in [from, to); from
 * when there is none.
 */
static size_t
coordinated_clause_between(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w,
				next;
	size_t		clause = from;

	for (size_t p = from; aa_word_after(doc, p, to, &w); p = w.end)
		if (aa_word_after(doc, w.end, to, &next) && opens_named_clause(doc, &w, &next, to))
			clause = next.start;
	return clause;
}

/* The cue of an attribution: its words, interned, and where they stand. */
static void
set_cue(aa_doc *doc, attribution *a, const aa_match *cue)
{
	a->cue = intern_text(doc, cue->start, cue->end);
	a->cue_start = cue->start;
	a->cue_end = cue->end;
}

/*
 * No cue of its own: a statement that goes on from an earlier one, whose cue
 * stays with that one (and may still report its own clause).
 */
static void
no_cue(attribution *a)
{
	a->cue = NULL;
	a->cue_start = a->cue_end = 0;
}

static bool
attribute_phrase(aa_doc *doc, const aa_phrase *np, const aa_match *cue, float confidence, attribution *a)
{
	aa_word		w;

	/*
	 * "The only state holding ...", "The dispute also highlights": an article
	 * alone is no speaker; the cue word was a noun
	 */
	if (aa_word_after(doc, np->start, np->end, &w) && w.end >= np->end && (w.classes & LX_ARTICLE) &&
		!(w.classes & LX_PRONOUN))
		return false;
	if (np->ante_end > np->ante_start)
		resolve_into(doc, a, np->ante_start, np->ante_end, np->role_start, np->role_end);
	else
		resolve_into(doc, a, np->start, np->end, np->role_start, np->role_end);
	a->mention = intern_text(doc, np->start, np->end);
	set_cue(doc, a, cue);
	a->confidence = a->entity >= 0 ? confidence : confidence * 0.5f;
	return true;
}

/*
 * The one cue in [from, sent_end), when one comma, and only one, comes
 * before it or before its subject, no quotation opens after from and at most
 * a few words follow it: "... of the case, the unsigned opinion said.",
 * "... about fixing inequality, said Marla Kilfoyle, a director." (Not
 * "..., Cecelia Purner, 67, a retiree in Allentown, Pa., said": the subject
 * walk would end at "Pa.".)
 */
#define CLOSING_CUE_WORDS 12

/* Is w a lower-case "who", which opens a relative clause about a person? */
static bool
is_who(aa_doc *doc, const aa_word *w)
{
	return !w->capitalized && w->cstart == w->start && aa_word_is(doc, w, "who");
}

/* Is the next word after pos such a "who"? */
static bool
who_after(aa_doc *doc, size_t pos, size_t lim)
{
	aa_word		who;

	return aa_word_after(doc, pos, lim, &who) && is_who(doc, &who);
}

/* "said Lee Epstein, who teaches constitutional law and ...": the speaker, then a relative clause to the end */
static bool
speaker_then_relative(aa_doc *doc, const aa_match *cue, size_t sent_end)
{
	aa_phrase	np;

	return aa_subject_after(doc, cue->end, sent_end, &np) && np.end < sent_end && doc->text[np.end] == ',' &&
		aa_count_words(doc, cue->end, np.end) <= CLOSING_CUE_WORDS && who_after(doc, np.end + 1, sent_end);
}

static bool
closing_cue(aa_doc *doc, size_t from, size_t sent_end, aa_match *cue)
{
	aa_match	first;
	aa_word		w;
	size_t		p;
	int			commas = 0;

	if (!aa_first_cue(doc, from, sent_end, &first) || !aa_last_cue(doc, from, sent_end, cue) ||
		first.start != cue->start || quotation_between(doc, from, sent_end) ||
		(aa_count_words(doc, cue->end, sent_end) > CLOSING_CUE_WORDS && !speaker_then_relative(doc, cue, sent_end)))
		return false;
	/* a comma ends one of the (at most four) words before the cue, and no other word after from */
	p = cue->start;
	for (int k = 0; aa_word_before(doc, from, p, &w); k++, p = w.start)
		if (w.cend < w.end && memchr(doc->text + w.cend, ',', w.end - w.cend) != NULL)	/* "McConnell, R-Ky., said" */
		{
			if (k >= 4)
				return false;
			commas++;
		}
	return commas == 1;
}

/* "Nelson Diaz, chairman of ..., said of Mr. Rubio:": a preposition after the cue opens no speaker */
static bool
said_of(aa_doc *doc, size_t cue_end, size_t limit)
{
	aa_word		w;

	return aa_word_after(doc, cue_end, limit, &w) && !w.capitalized && w.cend == w.end &&
		((w.classes & LX_PREPOSITION) || aa_word_is(doc, &w, "of"));
}

/*
 * "The release of the emails led DNC chairwoman Debbie Wasserman Schultz to
 * announce her resignation", "enough for him to claim a moral victory": an
 * infinitive cue after a control verb and its object is said by the object
 * (after "for", only a pronoun's).
 */
#define CONTROL_OBJECT_WORDS 6

static bool
object_of_control_verb(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_phrase *np)
{
	aa_word		to,
				w;
	size_t		p;

	if (!infinitive_to(doc, cue, &to) || to.start < sent_start)
		return false;
	p = to.start;
	for (int k = 0; k <= CONTROL_OBJECT_WORDS && aa_word_before(doc, sent_start, p, &w); k++, p = w.start)
	{
		if (w.cend != w.end || w.cstart != w.start)
			return false;
		if (!w.capitalized && aa_word_marked(doc, &w, LM_CONTROL_VERB))
		{
			aa_word		obj;

			if (k == 0 || !aa_word_after(doc, w.end, to.start, &obj))
				return false;
			/* "for him", "urged them": an object pronoun */
			if (k == 1 && (obj.classes & LX_PRONOUN) && aa_word_marked(doc, &obj, LM_ADDRESSEE))
			{
				*np = (aa_phrase) {obj.cstart, obj.cend, 0, 0, 0, 0};
				return true;
			}
			/* "reached for a metaphor to describe ...": after "for", a purpose */
			return !aa_word_is(doc, &w, "for") &&
				aa_subject_after(doc, w.end, to.start, np) && np->start >= w.end && np->end + 1 >= to.start;
		}
		if (!w.capitalized && (w.classes & (LX_CLAUSE_BREAK | LX_AUX | LX_REPORT_VERB)))
			return false;
	}
	return false;
}

/* "about three in 10", "nearly 40 percent": a word of approximation, then a number among the words up to lim */
static bool
share_after_approximator(aa_doc *doc, const aa_word *first, size_t lim)
{
	aa_word		w;

	if (first->capitalized || first->cend != first->end ||
		!(aa_word_is(doc, first, "about") || aa_word_is(doc, first, "nearly") || aa_word_is(doc, first, "almost") ||
		  aa_word_is(doc, first, "roughly") || aa_word_is(doc, first, "some") || aa_word_is(doc, first, "only")))
		return false;
	for (size_t p = first->end; aa_word_after(doc, p, lim, &w); p = w.end)
		if (aa_is_digit((unsigned char) doc->text[w.cstart]))
			return true;
	return false;
}

/*
 * "vented about Sanders vowing to fight on", "despite Lebanon insisting",
 * "asked about Trump's calling her a bigot": a name of up to three
 * capitalised words between a preposition of GERUND_PREPOSITIONS and a
 * participle is its subject.
 */
static bool
name_before_gerund(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_phrase *np)
{
	aa_word		w;
	size_t		p = cue->start,
				end = 0;

	for (int k = 0; k < 4 && aa_word_before(doc, sent_start, p, &w); k++, p = w.start)
	{
		if (w.cstart != w.start || w.cend != w.end)
			return false;
		if (!w.capitalized)
		{
			if (k == 0 || !aa_verb_form_of(doc, &w, VF_GERUND_PREPOSITION, false))
				return false;
			*np = (aa_phrase) {p, end, 0, 0, 0, 0};
			return true;
		}
		if (k == 0)
			end = aa_stem_end(doc, &w);
		if (w.classes & (LX_PRONOUN | LX_DETERMINER | LX_TIME_WORD))
			return false;
	}
	return false;
}

/*
 * "with 50 percent saying she is prepared", "The conversation ended with
 * Maddow asking Clinton ...": a participle after "with" and a short noun
 * phrase is said by that phrase, not by the sentence's subject; so after
 * "left" or "found" and a group ("left many voters saying"), and after a
 * comma and a phrase a quantifier opens (", both candidates acknowledging").
 */
#define WITH_SUBJECT_WORDS 4
#define WITH_LIST_WORDS 8		/* words a list of names adds ("with Trump, Huckabee and Christie") */

static bool
with_subject(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_phrase *np)
{
	aa_word		w;
	size_t		p = cue->start;
	size_t		lim;
	size_t		list_end = 0;	/* after the last comma or "and" of a list of names */

	/*
	 * "with Cruz recently promising", "with Trump, Huckabee and Christie all
	 * calling for": the adverb, or the "all" after a list, is no part of
	 * the phrase
	 */
	while (aa_word_before(doc, sent_start, p, &w) && !w.capitalized && w.cend == w.end &&
		   (aa_ly_adverb(doc, &w) || aa_word_is(doc, &w, "all") || aa_word_is(doc, &w, "both")))
		p = w.start;
	lim = p;
	for (int k = 0, names = 0; k <= WITH_SUBJECT_WORDS + names && aa_word_before(doc, sent_start, p, &w);
		 k++, p = w.start)
	{
		aa_word		v;

		/*
		 * a list of names ("with Trump and Cruz saying") goes on past its
		 * commas and its "and", which count no words, nor do the names
		 * before them; its last name speaks, as in "Trump and Cruz said"
		 */
		if (k > 0 && w.cstart == w.start &&
			((w.capitalized && w.end == w.cend + 1 && doc->text[w.cend] == ',') ||
			 (!w.capitalized && w.cend == w.end && aa_word_is(doc, &w, "and") &&
			  aa_word_before(doc, sent_start, w.start, &v) && v.capitalized)))
		{
			if (list_end == 0)
				list_end = w.end;
			names += names < WITH_LIST_WORDS;
			continue;
		}
		if (list_end != 0 && w.capitalized)
			names += names < WITH_LIST_WORDS;
		/*
		 * ", both candidates acknowledging that ...": after a comma, a noun
		 * phrase that a quantifier opens, then the participle, is a clause
		 * of its own (absolute), said by that phrase
		 */
		if (k > 0 && list_end == 0 && w.cstart == w.start && w.end == w.cend + 1 && doc->text[w.cend] == ',')
		{
			aa_word		first,
						last;

			if (!aa_word_after(doc, w.end, lim, &first) || first.capitalized || first.cend != first.end ||
				!(first.classes & LX_DETERMINER) || (first.classes & (LX_ARTICLE | LX_PRONOUN)) ||
				!aa_word_before(doc, w.end, lim, &last) || last.start == first.start || last.capitalized ||
				!(aa_plural_ending(doc, &last) || (last.classes & LX_GROUP_NOUN)) ||
				(last.classes & (LX_AUX | LX_REPORT_VERB | LX_PREPOSITION)))
				return false;
			*np = (aa_phrase) {first.cstart, last.cend, 0, 0, 0, 0};
			return true;
		}
		if (w.cend != w.end || w.cstart != w.start)
			return false;
		/* (and "left 62 percent of voters saying": after "left" or "found" as after "with") */
		if (!w.capitalized && (aa_word_is(doc, &w, "with") || aa_verb_form_of(doc, &w, VF_PARTICIPLE_OBJECT, false)))
		{
			aa_word		first;

			if (k == 0 || !aa_word_after(doc, w.end, lim, &first))
				return false;
			/* a share of those polled: "with 50 percent saying", "with about three in 10 saying" */
			if (aa_is_digit((unsigned char) doc->text[first.start]) || share_after_approximator(doc, &first, lim))
			{
				size_t		end = lim;

				while (end > first.end && doc->text[end - 1] == ' ')
					end--;
				*np = (aa_phrase) {first.start, end, 0, 0, 0, 0};
				return true;
			}
			/* after "left", a group ("left voters saying"), not a place ("left the party saying") */
			if (!aa_word_is(doc, &w, "with"))
			{
				aa_word		last;

				if (!aa_word_before(doc, w.end, lim, &last) || last.capitalized || !(last.classes & LX_GROUP_NOUN))
					return false;
			}
			if (list_end == 0)
				list_end = w.end;
			return aa_subject_after(doc, list_end, lim, np) && np->start > list_end && np->end + 1 >= lim;
		}
		/*
		 * (a share "of" a group stays in the phrase: "with 62 percent of
		 * voters saying"; so do "in" before a number and a word of
		 * approximation before one: "about three in 10")
		 */
		if (!w.capitalized && (w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX | LX_REPORT_VERB)) &&
			!aa_word_is(doc, &w, "of") &&
			!(aa_word_is(doc, &w, "in") && w.end + 1 < lim && aa_is_digit((unsigned char) doc->text[w.end + 1])) &&
			!share_after_approximator(doc, &w, lim))
			return false;
	}
	return false;
}

/*
 * Is the phrase np the object of a verb of saying, or of a preposition
 * within two words after one ("wrote a letter to Zucker", "tweeted back at
 * Trump", "wrote in a statement to Wired")?
 */
static bool
object_of_saying(aa_doc *doc, size_t sent_start, const aa_phrase *np)
{
	aa_word		w,
				first;

	if (!aa_word_before(doc, sent_start, np->start, &w) || w.capitalized || w.cend != w.end ||
		!aa_word_after(doc, np->start, np->end, &first))
		return false;
	if (w.classes & LX_PREPOSITION)
		for (int k = 0; k < 2 && aa_word_before(doc, sent_start, w.start, &w) && !w.capitalized && w.cend == w.end &&
			 !(w.classes & LX_REPORT_VERB); k++)
			;
	/* (a name right after the verb is the participle's subject: "remembered Freddy claiming") */
	else if (first.capitalized)
		return false;
	return aa_saying_verb_before_object(doc, sent_start, &w);
}

/*
 * Does the sentence open with a word that opens an adverbial, not its
 * subject ("While ...", "In a September debate, ...")?  Only then can a cue
 * before the subject lie in a clause of its own (asked of participles, for
 * which the question is the costlier one of most cues).
 */
static bool
opens_with_adverbial(aa_doc *doc, size_t sent_start, size_t lim)
{
	aa_word		w;

	return aa_word_after(doc, sent_start, lim, &w) && w.capitalized &&
		(w.classes & (LX_CLAUSE_BREAK | LX_PREPOSITION | LX_ADVERB | LX_TIME_WORD));
}

/* Are two cues joined by "or" or "nor" alone: text[end, start) " or " or " nor "? */
static bool
joined_by_or(const aa_doc *doc, size_t end, size_t start)
{
	return (start == end + 4 && memcmp(doc->text + end, " or ", 4) == 0) ||
		(start == end + 5 && memcmp(doc->text + end, " nor ", 5) == 0);
}

/* "would neither confirm nor deny": the first cue's subject is before "neither" (or "either") */
static void
neither_before(aa_doc *doc, size_t sent_start, aa_match *cue)
{
	aa_word		w;

	if (aa_word_before(doc, sent_start, cue->start, &w) && w.cend == w.end && !w.capitalized &&
		(aa_word_is(doc, &w, "neither") || aa_word_is(doc, &w, "either")))
		cue->start = w.start;
}

/*
 * "A Downing Street spokesman flatly rejected ... “...,” the spokesman
 * said": a description resolved before the one it stands for was named
 * (aa_earlier_description) speaks as that one.  Asked once per entity.
 */
static void
merge_late_descriptions(aa_doc *doc, aa_vec *items)
{
	int		   *earlier = NULL,
			   *indefinite = NULL;
	int			n_indefinite = 0;

	for (int i = 0; i < items->n; i++)
	{
		item	   *it = &AA_VEC_AT(items, item_slot, i).it;

		if (it->entity < 0)
			continue;
		if (earlier == NULL)
		{
			earlier = aa_alloc(doc->arena, sizeof(int) * doc->entities.n * 2);
			indefinite = earlier + doc->entities.n;
			for (int k = 0; k < doc->entities.n; k++)
			{
				earlier[k] = -2;	/* not asked yet */
				if (aa_indefinite_description(doc, k))
					indefinite[n_indefinite++] = k;
			}
			if (n_indefinite == 0)
				return;
		}
		if (earlier[it->entity] == -2)
			earlier[it->entity] = aa_earlier_description(doc, it->entity, indefinite, n_indefinite);
		if (earlier[it->entity] >= 0)
			it->entity = earlier[it->entity];
	}
}

/*
 * "..., as Republicans continue to warn that ...": an infinitive's verb
 * whose subject opens a clause of its own (after "as", "while", "because"
 * ...); that subject speaks, not the sentence's.
 */
#define INFINITIVE_SUBJECT_WORDS 4

static bool
infinitive_in_clause(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_phrase *np)
{
	aa_word		to,
				verb,
				w;
	bool		coordinated = false;
	int			words = 0;

	if (!infinitive_to(doc, cue, &to) || to.start < sent_start ||
		!aa_word_before(doc, sent_start, to.start, &verb))
		return false;
	/* "after a woman ... used a socially unacceptable word to describe": the verb before the object's article */
	if (!verb.capitalized && verb.cend == verb.end && verb.cstart == verb.start && !verb.classes &&
		!aa_past_form(doc, &verb))
	{
		size_t		p = verb.start;

		for (int k = 0; k < 4 && aa_word_before(doc, sent_start, p, &w); k++, p = w.start)
		{
			if (w.capitalized || w.cend != w.end || w.cstart != w.start)
				break;
			if ((w.classes & LX_ARTICLE) && !(w.classes & LX_PRONOUN))
			{
				if (aa_word_before(doc, sent_start, w.start, &w) && aa_past_form(doc, &w))
					verb = w;
				break;
			}
			if (w.classes & ~(uint32_t) LX_ATTRIBUTIVE)
				break;
		}
	}
	if (verb.capitalized || verb.cend != verb.end ||
		verb.cstart != verb.start || (verb.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_PRONOUN)) ||
		!aa_subject_before(doc, sent_start, verb.start, np, &coordinated))
		return false;
	/* "defeated Blake Masters, who had refused to say": the relative clause's verb, said by its "who" */
	if (np->ante_end > np->ante_start && aa_word_after(doc, np->start, np->end, &w) && is_who(doc, &w))
		return true;
	if (!aa_word_before(doc, sent_start, np->start, &w) || w.capitalized || w.cend != w.end ||
		!(aa_word_is(doc, &w, "as") || aa_word_marked(doc, &w, LM_CLAUSE_OPENER) ||
		  aa_word_marked(doc, &w, LM_SUBORDINATOR)))
		return false;
	/* a verb by its form ("refused", "continues", "Republicans continue"), after a short phrase with none */
	if (!(aa_past_form(doc, &verb) || aa_word_ends(doc, &verb, "s") ||
		  (aa_word_before(doc, np->start, np->end, &w) && doc->text[w.cend - 1] == 's' &&
		   aa_stem_end(doc, &w) == w.cend)))
		return false;
	for (size_t p = np->start; aa_word_after(doc, p, np->end, &w); p = w.end)
		if (++words > INFINITIVE_SUBJECT_WORDS ||
			(!w.capitalized && aa_past_form(doc, &w)))
			return false;
	return true;
}

/*
 * "Donald Trump’s refusal to disavow the Ku Klux Klan", "Cruz’s refusal to
 * disavow": an infinitive after a noun that a name's possessive owns is
 * the name's (not "his", "his campaign’s": the clause's subject is surer).
 */
static bool
infinitive_after_owned_noun(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_phrase *np)
{
	aa_word		to,
				noun;

	return infinitive_to(doc, cue, &to) && to.start >= sent_start &&
		aa_word_before(doc, sent_start, to.start, &noun) && !noun.capitalized && noun.cstart == noun.start &&
		noun.cend == noun.end && !noun.classes && aa_possessor_before(doc, sent_start, noun.start, np) &&
		np->end < noun.start && aa_is_upper((unsigned char) doc->text[np->start]) &&
		!(aa_lex_word(doc->text + np->start, np->end - np->start) & LX_PRONOUN);	/* (not "He's expected to") */
}

/*
 * "with Donald Trump tweeting that ... and asking, “...”": a participle right
 * after "and", whose cue before it in the sentence is a participle too, goes
 * on with that one's subject.  *prev: that cue.
 */
static bool
participle_before_and(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_match *prev)
{
	aa_word		w;

	return cue->start >= sent_start + 5 && doc->text[cue->start - 2] == 'd' &&
		aa_word_before(doc, sent_start, cue->start, &w) && w.cend == w.end && !w.capitalized &&
		aa_word_is(doc, &w, "and") && aa_last_cue(doc, sent_start, w.start, prev) && is_cue_participle(doc, prev);
}

/*
 * "over his call for the ban ... and suggested", "Trump's claim that":
 * a cue that a possessive makes a noun, whose possessor is no subject for
 * the cues after it
 */
static bool
possessed_cue(aa_doc *doc, size_t sent_start, const aa_match *cue)
{
	aa_word		w;

	if (!aa_word_before(doc, sent_start, cue->start, &w) || w.cend != w.end)
		return false;
	if (!w.capitalized)
		return possessive_determiner(&w);
	return aa_stem_end(doc, &w) != w.cend;
}

/*
 * "an unprompted call for", "a wake-up call for", "a snappy retort", "a
 * Trump-style retort": a phrasal cue whose first word is a noun as often as
 * a verb, or a cue of one word in its bare form (no -s, -ed or -ing: no
 * verb after a singular), after "a", "an" or "the" and at most two words
 * that describe (lower-case, or a capitalised compound), is a noun.  Where
 * its article starts; sent_start when it is none.
 */
static size_t
article_before_noun_cue(aa_doc *doc, const aa_match *cue, size_t sent_start)
{
	aa_word		w,
				verb;
	size_t		p = cue->start;
	bool		bare;

	if (!cue_word(doc, cue, &w))
		return sent_start;
	bare = !phrasal_cue(doc, cue);
	/* (the tests of bytes before the past form's look-up in the lexicon) */
	if (bare ? w.capitalized || doc->text[w.cend - 1] == 's' || aa_word_ends(doc, &w, "ing") || aa_past_form(doc, &w) :
		!(w.classes & LX_NOUN_VERB))
		return sent_start;
	for (int k = 0; k < 3 && aa_word_before(doc, sent_start, p, &w); k++, p = w.start)
	{
		bool		compound = w.capitalized && k == 0 && memchr(doc->text + w.cstart, '-', w.cend - w.cstart);

		if ((w.capitalized && !compound) || w.cstart != w.start || w.cend != w.end ||
			(bare && k == 0 && doc->text[w.cend - 1] == 's'))
			return sent_start;
		if ((w.classes & LX_ARTICLE) && !(w.classes & LX_PRONOUN))
		{
			if (!bare)
				return w.start;
			/*
			 * a bare form only after "a", "an" or "the" and a verb in the
			 * past or in -s: "delivered a snappy retort", not "those
			 * surveyed say", "have (or has) the final say"
			 */
			if (!(aa_word_is(doc, &w, "a") || aa_word_is(doc, &w, "an") || aa_word_is(doc, &w, "the")) ||
				!aa_word_before(doc, sent_start, w.start, &verb) || verb.cend != verb.end || verb.capitalized)
				return sent_start;
			return aa_past_form(doc, &verb) || (aa_plural_ending(doc, &verb) && verb.cend - verb.cstart > 3) ?
				w.start : sent_start;
		}
		/*
		 * "Trump tweaked his now-familiar campaign promise": a possessive
		 * with words between it and the noun, after a verb in the past or
		 * in -s (right before the noun, "his promise", the possessive is
		 * the mention)
		 */
		if (k > 0 && possessive_determiner(&w) && !w.capitalized)
			return aa_word_before(doc, sent_start, w.start, &verb) && verb.cend == verb.end && !verb.capitalized &&
				(aa_past_form(doc, &verb) || (aa_plural_ending(doc, &verb) && verb.cend - verb.cstart > 3)) ?
				w.start : sent_start;
		/* (a noun may describe the cue's: "a campaign promise", "his party's platform") */
		if (w.classes & ~(uint32_t) (LX_ATTRIBUTIVE | LX_ORG_WORD | LX_GROUP_NOUN))
			return sent_start;
	}
	return sent_start;
}

/*
 * Is the cue an infinitive after a form of "be" and an adjective or a
 * participle ("he’s poised to argue", "Trump is expected to announce",
 * "was quick to deny")?  *adjective: the word before "to".
 */
static bool
adjective_before_infinitive(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_word *adjective)
{
	aa_word		to,
				be;

	if (!infinitive_to(doc, cue, &to) || to.start < sent_start ||
		!aa_word_before(doc, sent_start, to.start, adjective) || adjective->capitalized ||
		adjective->cstart != adjective->start || adjective->cend != adjective->end ||
		(adjective->classes & ~(uint32_t) LX_ATTRIBUTIVE) ||
		!aa_word_before(doc, sent_start, adjective->start, &be) || be.cend != be.end)
		return false;
	/* a form of "be", or a pronoun's contraction of it ("he’s", "they’re") */
	return ((be.classes & LX_BE) && !be.capitalized) ||
		(aa_pronoun_contraction(doc, &be) && aa_contraction_stem_end(doc, &be) < be.cend &&
		 (doc->text[be.cend - 1] == 's' || doc->text[be.cend - 1] == 'e'));
}

/*
 * Is the cue an infinitive after "go on" ("goes on to slam", "went on to
 * call")?  *go: the form of "go".
 */
static bool
went_on_to(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_word *go)
{
	aa_word		to,
				on;

	return infinitive_to(doc, cue, &to) && to.start >= sent_start &&
		aa_word_before(doc, sent_start, to.start, &on) && on.cend == on.end && aa_word_is(doc, &on, "on") &&
		aa_word_before(doc, sent_start, on.start, go) && go->cend == go->end && !go->capitalized &&
		(aa_word_is(doc, go, "go") || aa_word_is(doc, go, "goes") || aa_word_is(doc, go, "went") ||
		 aa_word_is(doc, go, "going") || aa_word_is(doc, go, "gone"));
}

/*
 * Where the verb whose subject says a cue starts: the cue's own start, or
 * for a noun after its article ("Bush offered a Trump-style retort ...,
 * tweeting"), the verb's before the article.  *noun (when not NULL): the
 * cue is a noun after its article.
 */
static size_t
verb_of_noun_cue(aa_doc *doc, const aa_match *cue, size_t sent_start, bool *noun)
{
	size_t		article = article_before_noun_cue(doc, cue, sent_start);
	aa_word		verb;

	if (noun)
		*noun = article > sent_start;
	if (article == sent_start || !aa_word_before(doc, sent_start, article, &verb) || verb.capitalized ||
		verb.cstart != verb.start || verb.cend != verb.end)
		return cue->start;
	if (!(verb.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_DETERMINER | LX_PRONOUN)))
		return verb.start;
	/* "agreed to a phone call": a past tense and "to" before the article */
	if (aa_word_is(doc, &verb, "to") && aa_word_before(doc, sent_start, verb.start, &verb) && !verb.capitalized &&
		verb.cstart == verb.start && verb.cend == verb.end && aa_past_form(doc, &verb))
		return verb.start;
	return cue->start;
}

/*
 * "... a flash point in the election: Mr. Trump has plainly struggled to
 * respond to ...": in prose, a colon before pos after a clause, outside
 * quotation marks, opens the clause whose subject speaks.  Returns where
 * that clause starts, or sent_start.
 */
#define COLON_CLAUSE_WORDS 6		/* fewer before the colon make a label (aa_sentence_subject steps over) */

static size_t
after_last_colon(const aa_doc *doc, size_t sent_start, size_t pos)
{
	if (aa_paragraph_of(doc, pos) == 0 || aa_in_title_case(doc, pos))
		return sent_start;		/* a headline's label speaks ("Hillary: ...") */
	for (size_t p = pos; p > sent_start; p--)
		if (doc->text[p - 1] == ':' && doc->text[p] == ' ' && aa_span_at(doc, p - 1) < 0)
			return aa_count_words(doc, sent_start, p) >= COLON_CLAUSE_WORDS ? p : sent_start;
	return sent_start;
}

/*
 * Does the sentence open with a participle ("Continuing to explain ...,",
 * "Walking into the office ...,") whose phrase, up to its comma, holds the
 * cue (an infinitive or a participle after it)?
 */
#define OPENING_PARTICIPLE_WORDS 12

static bool
in_opening_participle(aa_doc *doc, size_t sent_start, const aa_match *cue)
{
	aa_word		w;

	if (!aa_word_after(doc, sent_start, cue->start, &w) || !w.capitalized || w.cstart != w.start ||
		w.cend != w.end || w.start >= cue->start || !aa_word_ends(doc, &w, "ing") ||
		(w.classes & (LX_PRONOUN | LX_DETERMINER | LX_PREPOSITION)))
		return false;
	/* no comma between the participle and the cue, one after it */
	if (memchr(doc->text + w.end, ',', cue->start - w.end) != NULL)
		return false;
	for (int k = 0; k < OPENING_PARTICIPLE_WORDS && aa_word_after(doc, w.end, doc->len, &w); k++)
		if (w.cend < w.end && doc->text[w.cend] == ',')
			return w.start >= cue->start;
	return false;
}

/*
 * Is the cue's subject the first word of the clause that an earlier cue
 * reports ("said he did not recall", "said that he ...")?  Then *cue
 * becomes that earlier cue.
 */
static bool
cue_of_clause_around(aa_doc *doc, size_t sent_start, aa_match *cue)
{
	aa_phrase	np;
	aa_match	outer;
	aa_word		w;
	bool		coordinated;
	size_t		p;

	if (!aa_subject_before(doc, sent_start, cue->start, &np, &coordinated) || np.start <= sent_start ||
		!aa_last_cue(doc, sent_start, np.start, &outer))
		return false;
	p = outer.end;
	if (aa_word_after(doc, p, np.start, &w) && w.cend == w.end && aa_word_is(doc, &w, "that"))
		p = w.end;
	if (skip_space(doc, p) != np.start)
		return false;
	*cue = outer;
	return true;
}

/*
 * According to X, CLAUSE.  / CLAUSE, according to X.  What follows X is an
 * appositive when a comma or a relative pronoun closes it ("according to
 * Bill McInturff, a Republican pollster who conducted"), or when it ends
 * the sentence after the clause (ends_clause_after) and opens with "a",
 * "an" or "one" ("..., according to Dan Ives, an analyst at Wedbush."):
 * not the clause itself ("According to Dan Ives, the episode “won't move
 * the needle”").
 */
static void
drop_unclosed_appositive(const aa_doc *doc, aa_phrase *np, size_t limit, bool ends_clause_after)
{
	aa_word		w;

	if (np->role_end <= np->role_start || (np->role_end < limit && doc->text[np->role_end] == ','))
		return;
	if (np->role_end + 2 >= limit ? ends_clause_after && aa_word_after(doc, np->role_start, limit, &w) &&
		(aa_word_is(doc, &w, "a") || aa_word_is(doc, &w, "an") || aa_word_is(doc, &w, "one")) :
		aa_word_after(doc, np->role_end, limit, &w) && aa_word_marked(doc, &w, LM_RELATIVE))
		return;
	np->role_start = np->role_end = 0;
}

/* The speaker of a cue found before the quote (or anywhere in its sentence). */
static bool
speaker_of_cue(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t limit, float confidence,
			   attribution *a)
{
	aa_phrase	np;
	bool		coordinated = false;
	bool		participle;

	if (aa_is_according_to(doc, cue))
	{
		if (aa_source_after(doc, cue->end, limit, &np))
		{
			drop_unclosed_appositive(doc, &np, limit, false);
			return attribute_phrase(doc, &np, cue, confidence, a);
		}
		return false;
	}
	/* "declined to confirm or deny ...": the second cue's speaker is the first's */
	{
		aa_match	first;

		if (cue->start >= sent_start + 5 && doc->text[cue->start - 2] == 'r' &&
			aa_last_cue(doc, sent_start, cue->start - 4, &first) && joined_by_or(doc, first.end, cue->start))
		{
			neither_before(doc, sent_start, &first);
			if (speaker_of_cue(doc, &first, sent_start, limit, confidence, a))
			{
				set_cue(doc, a, cue);
				return true;
			}
		}
	}
	participle = is_cue_participle(doc, cue);
	/* "Continuing to explain his perspective, Carson rejected ...": the main clause's subject */
	if (participle && in_opening_participle(doc, sent_start, cue) && aa_sentence_subject(doc, sent_start, limit, &np))
		return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
	/*
	 * "Cruz made an unprompted call for ...": a noun after its article; the
	 * subject of the verb before the article calls
	 */
	{
		bool		noun;
		size_t		verb = verb_of_noun_cue(doc, cue, sent_start, &noun);

		if (verb < cue->start && aa_subject_before(doc, sent_start, verb, &np, &coordinated))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		/* (no verb before the noun's article: the words before it are no subject) */
		if (verb == cue->start && noun && !participle)
			return false;
	}
	if (!participle && aa_subject_before(doc, sent_start, cue->start, &np, &coordinated))
		return attribute_phrase(doc, &np, cue, confidence, a);
	/*
	 * "The paradox of Nancy, says Carl Anthony, historian ..., is that":
	 * inverted, between commas; "In other words, explained CBS moderator
	 * Nancy Cordes: “...”": before a colon; "Clinton “drew well” in the
	 * primary, said Paul Beck.": at the sentence's end (not after a verb
	 * of the same subject: "Ken Starr praises, laments Bill Clinton's
	 * legacy.")
	 */
	{
		aa_word		w;
		aa_word		after;

		if (!participle && aa_word_before(doc, sent_start, cue->start, &w) &&
			doc->text[w.end - 1] == ',' && aa_subject_after(doc, cue->end, limit, &np) &&
			(!aa_word_after(doc, np.end, limit, &after) || doc->text[np.end] == ',' ||
			 (doc->text[np.end] == '.' && !(w.classes & LX_REPORT_VERB)) ||
			 (doc->text[np.end] == ':' && !said_of(doc, cue->end, limit))))
			return attribute_phrase(doc, &np, cue, confidence * 0.9f, a);
	}
	if (coordinated || participle)
	{
		aa_match	prev,
					verb;
		aa_word		w;
		bool		has_prev,
					has_verb;
		size_t		clause;

		/* "with George Clooney calling for ...", "with Cruz recently promising": a name right before */
		size_t		p = cue->start;

		/* "he’s poised to argue", "Trump is expected to announce": the subject of "be" */
		if (participle && adjective_before_infinitive(doc, sent_start, cue, &w) &&
			aa_subject_before(doc, sent_start, w.start, &np, &coordinated))
		{
			aa_word		subject;

			/* "he’s": the pronoun without its verb; not an expletive ("it’s appalling to say") */
			if (aa_word_after(doc, np.start, np.end, &subject) && subject.cend == np.end &&
				aa_pronoun_contraction(doc, &subject))
				np.end = aa_contraction_stem_end(doc, &subject);
			if (!aa_expletive(doc, &subject, true))
				return attribute_phrase(doc, &np, cue, confidence * 0.9f, a);
		}
		/* "The piece goes on to slam": the subject of "go on" */
		if (participle && went_on_to(doc, sent_start, cue, &w) && aa_subject_before(doc, sent_start, w.start, &np, &coordinated))
			return attribute_phrase(doc, &np, cue, confidence * 0.9f, a);
		/* "more Republicans have begun urging", "Sen. Ron Johnson kept asking her": the verb's subject */
		if (participle && aa_word_before(doc, sent_start, cue->start, &w) && !w.capitalized &&
			w.cstart == w.start && w.cend == w.end && aa_verb_form_of(doc, &w, VF_ASPECT_VERB, false) &&
			aa_subject_before(doc, sent_start, w.start, &np, &coordinated))
			return attribute_phrase(doc, &np, cue, confidence * 0.9f, a);
		if (participle && (with_subject(doc, sent_start, cue, &np) || name_before_gerund(doc, sent_start, cue, &np)))
			return attribute_phrase(doc, &np, cue, confidence * 0.9f, a);
		if (participle && infinitive_in_clause(doc, sent_start, cue, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		if (participle && infinitive_after_owned_noun(doc, sent_start, cue, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.8f, a);
		if (coordinated && !participle && aa_relative_antecedent(doc, sent_start, cue->start, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		/* "with Donald Trump tweeting that ... and asking": the participle before "and" has the subject */
		if (participle && participle_before_and(doc, sent_start, cue, &prev) &&
			speaker_of_cue(doc, &prev, sent_start, limit, confidence, a))
		{
			set_cue(doc, a, cue);
			return true;
		}
		if (participle && object_of_control_verb(doc, sent_start, cue, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);

		while (aa_word_before(doc, sent_start, p, &w) && !w.capitalized && w.cend == w.end && aa_ly_adverb(doc, &w))
			p = w.start;
		/*
		 * (not a day: "issued a statement Tuesday saying"; nor an object:
		 * "tweeted back at Trump, pointing out", "wrote a letter to Zucker
		 * asking")
		 */
		if (aa_word_before(doc, sent_start, p, &w) && w.capitalized && w.cend == w.end &&
			!(w.classes & (LX_PRONOUN | LX_CLAUSE_BREAK | LX_TIME_WORD)) &&
			aa_subject_before(doc, sent_start, p, &np, &coordinated) && np.start > sent_start &&
			(aa_stem_end(doc, &w) != w.cend || !object_of_saying(doc, sent_start, &np)))
			return attribute_phrase(doc, &np, cue, confidence * 0.9f, a);

		/*
		 * "When asked whom she supported, Ms. Sherry smiled and said": the
		 * subject of the sentence, when the cue before it (below) lies in a
		 * clause before that subject.
		 */
		has_prev = aa_last_cue(doc, sent_start, cue->start, &prev);
		if (has_prev && (!participle || opens_with_adverbial(doc, sent_start, cue->start)) &&
			aa_sentence_subject(doc, sent_start, cue->start, &np) && prev.end <= np.start)
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		/*
		 * "Jindal called ..., while Mike Huckabee, the former governor,
		 * proposed ... and said ...": a clause opened after the cue before
		 * has a subject of its own (a participle's is the main clause's).
		 */
		if (!participle && has_prev && (clause = clause_opened_between(doc, prev.end, cue->start)) > prev.end &&
			aa_sentence_subject(doc, clause, cue->start, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		/* "... charged the officer with murder and Emanuel fired his police chief, acknowledging" */
		if (participle && has_prev && (clause = coordinated_clause_between(doc, prev.end, cue->start)) > prev.end &&
			aa_sentence_subject(doc, clause, cue->start, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		/*
		 * "..., Nefzi said, adding ...": the subject of the cue before it in
		 * the sentence; after the cue when a quotation closes right before it
		 * (“...,” said Joe Biden, urging ...).  A possessed cue is a noun,
		 * its possessor no subject: "blasted Trump's call for ..., calling
		 * it": the cue before it.
		 */
		verb = prev;
		has_verb = has_prev;
		while (has_verb && possessed_cue(doc, sent_start, &verb))
			has_verb = aa_last_cue(doc, sent_start, verb.start, &verb);
		/*
		 * "The employee first said he did not recall, but later said": a
		 * verb joined by "and" or "but" shares the subject of the cue whose
		 * clause holds the cue before it, not that clause's subject
		 */
		while (coordinated && !participle && has_verb && cue_of_clause_around(doc, sent_start, &verb))
			;
		if (has_verb && !is_cue_participle(doc, &verb) &&
			!aa_is_according_to(doc, &verb) &&
			(after_quotation(doc, verb.start, 1, false) ?
			 aa_subject_after(doc, verb.end, cue->start, &np) :
			 aa_subject_before(doc, sent_start, verb_of_noun_cue(doc, &verb, sent_start, NULL), &np, &coordinated)))
		{
			aa_phrase	verb_subject = np;

			/*
			 * "Obama rebuked critics who say ..., saying": a participle after a
			 * relative clause's cue is the main clause's, said by its subject
			 */
			if (participle && np.ante_end > np.ante_start && np.ante_start > sent_start &&
				aa_sentence_subject(doc, sent_start, verb_subject.ante_start, &np) && np.end <= verb_subject.ante_start)
				return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
			return attribute_phrase(doc, &verb_subject, cue, confidence * 0.9f, a);
		}
		/* "..., as Mrs. Clinton echoed the criticism, saying ...": the subject of the clause before */
		clause = clause_before(doc, sent_start, cue->start);
		if (clause > sent_start && aa_sentence_subject(doc, clause, cue->start, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		if ((clause = after_last_colon(doc, sent_start, cue->start)) > sent_start &&
			aa_sentence_subject(doc, clause, cue->start, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		if (aa_sentence_subject(doc, sent_start, cue->start, &np))
			return attribute_phrase(doc, &np, cue, confidence * 0.85f, a);
		/*
		 * Last resort: the entity the sentence named first, before the cue.
		 * A participle's subject is the main clause's, which comes first;
		 * the last name is more often an object ("Mr. Trump made a third
		 * attempt to deflect Mr. Khan's criticism, writing on Twitter").
		 */
		{
			int			ent = aa_entity_first_named(doc, sent_start, cue->start);

			if (ent >= 0)
			{
				a->entity = ent;
				a->mention = AA_VEC_AT(&doc->entities, aa_entity, ent).name;
				a->alias = a->mention;
				set_cue(doc, a, cue);
				a->confidence = confidence * 0.6f;
				return true;
			}
		}
	}
	/* An inverted cue that opens the sentence: "Said Trump: ..." */
	if (cue->start == sent_start && aa_subject_after(doc, cue->end, limit, &np))
		return attribute_phrase(doc, &np, cue, confidence * 0.8f, a);
	return false;
}

/*
 * Are the words in [from, to) at most three lower-case words of a
 * description, with no punctuation or function word ("veteran analyst")?
 * *end: where the last of them ends.
 */
static bool
lower_case_descriptor(aa_doc *doc, size_t from, size_t to, size_t *end)
{
	aa_word		w;
	int			n = 0;

	for (size_t p = from; aa_word_after(doc, p, to, &w); p = w.end)
	{
		/* a word that is a noun as often as a verb describes too: "state lawmaker Jason Holsman" */
		if (++n > 3 || w.capitalized || w.cstart != w.start || w.cend != w.end ||
			(w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX | LX_ADVERB | LX_PRONOUN)) ||
			(w.classes & (LX_REPORT_VERB | LX_NOUN_VERB)) == LX_REPORT_VERB)
			return false;
		*end = w.cend;
	}
	return n > 0;
}

static bool nothing_reported_after(aa_doc *doc, size_t from, size_t to);
static bool set_off_inside(const aa_doc *doc, size_t sent_start, size_t start, size_t end, size_t sent_end);
static bool impersonal_passive(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t sent_end);
static bool reduced_passive(aa_doc *doc, const aa_match *cue, size_t sent_start);
static size_t opening_adverbial_end(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t sent_end);
static bool infinitive_after_cue(aa_doc *doc, const aa_match *cue, size_t sent_end);
static bool participle_clause(aa_doc *doc, size_t start, size_t end);
static bool main_clause_after_comma(aa_doc *doc, size_t from, size_t to);
static bool defends_contest_object(aa_doc *doc, const aa_match *cue, size_t sent_end);
static bool past_tense_after(aa_doc *doc, size_t pos, size_t sent_end);
static size_t addressee_end(aa_doc *doc, const aa_match *cue, size_t sent_end);
static size_t relative_clause_end(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t sent_end);

/* Is the phrase one abbreviation after a comma ("Erie, Pa.", "Dallas, Tex."): a place, not a name? */
static bool
place_after_comma(aa_doc *doc, const aa_phrase *np, size_t lim)
{
	aa_word		w,
				before;

	/* one word: the word at the phrase's start runs to its end */
	return aa_word_after(doc, np->start, np->end + 1, &w) && w.end >= np->end &&
		doc->text[w.cend - 1] == '.' && (w.classes & LX_ABBREV) &&
		aa_word_before(doc, lim, w.start, &before) && doc->text[before.end - 1] == ',' && before.capitalized;
}

/*
 * “...,” Michele Bachmann, Republican of Minnesota, said: a name right after
 * the mark, then an appositive set off by commas that reads as a name of its
 * own.  The speaker is the first name.  A list ("Cruz, Rubio and Kasich
 * said") has no comma before its cue.
 */
static bool
name_then_appositive(aa_doc *doc, const aa_word *first, size_t from, const aa_match *cue, attribution *a)
{
	size_t		k = cue->start;
	size_t		first_start = first->cstart > first->start ? first->cstart : first->start;
	aa_phrase	name;

	while (k > from && doc->text[k - 1] == ' ')
		k--;
	if (!first->capitalized || (first->classes & LX_PRONOUN) || k == from || doc->text[k - 1] != ',')
		return false;
	if (!aa_subject_after(doc, from, cue->start, &name) || name.start != first_start ||
		name.end >= k - 1 || doc->text[name.end] != ',')
		return false;
	return attribute_phrase(doc, &name, cue, 0.85f, a);
}

/*
 * “...,” Nate Silver, the polling guru who founded fivethirtyeight.com
 * tweeted: a name right after the mark, then an appositive whose relative
 * clause runs to the cue without the comma that would close it.
 */
#define RELATIVE_APPOSITIVE_WORDS 14

static bool
name_then_relative(aa_doc *doc, const aa_word *first, size_t from, const aa_match *cue, attribution *a)
{
	size_t		first_start = first->cstart > first->start ? first->cstart : first->start;
	aa_phrase	name;
	aa_word		w;
	bool		who = false;

	if (!first->capitalized || (first->classes & LX_PRONOUN) ||
		!aa_subject_after(doc, from, cue->start, &name) || name.start != first_start ||
		name.end >= cue->start || doc->text[name.end] != ',' ||
		aa_count_words(doc, name.end, cue->start) > RELATIVE_APPOSITIVE_WORDS)
		return false;
	for (size_t p = name.end + 1; aa_word_after(doc, p, cue->start, &w); p = w.end)
	{
		if (w.cend != w.end && doc->text[w.cend] == ',')
			return false;
		who |= is_who(doc, &w);
	}
	return who && attribute_phrase(doc, &name, cue, 0.8f, a);
}

/*
 * “...,” nuclear experts David Albright and Serena Smith wrote: the subject
 * walk ends at "and", with the last name; the first name (with its
 * description) starts right after the mark.  The last name speaks, as it
 * does before a reported clause.
 */
static bool
names_joined_by_and(aa_doc *doc, size_t from, size_t first_start, const aa_phrase *np)
{
	aa_word		and_word,
				last,
				w;
	aa_phrase	first;
	size_t		name_start = first_start,
				desc_end;

	if (!aa_word_before(doc, from, np->start, &and_word) || and_word.cend != and_word.end ||
		!aa_word_is(doc, &and_word, "and"))
		return false;
	/* the first name may follow a lower-case description: "state lawmaker Phil Berger and ..." */
	for (int k = 0; k < 4 && aa_word_after(doc, name_start, and_word.start, &w) && !w.capitalized; k++)
		name_start = w.end;
	if (name_start > first_start)
	{
		name_start = skip_space(doc, name_start);
		if (!lower_case_descriptor(doc, first_start, name_start, &desc_end))
			return false;
	}
	return aa_subject_after(doc, name_start, and_word.start, &first) && first.start == name_start &&
		skip_space(doc, first.end) == and_word.start &&
		aa_word_before(doc, from, and_word.start, &last) && last.capitalized;
}

/*
 * “...,” Braynard is quoted as saying; “...” a reporter can be heard
 * asking: a passive frame around a participle cue, whose subject is the
 * speaker.  Returns where the frame's first auxiliary starts, or 0.
 */
static size_t
passive_speech_frame(aa_doc *doc, size_t from, const aa_match *cue)
{
	aa_word		w;
	size_t		start;

	if (!aa_word_before(doc, from, cue->start, &w) || w.cend != w.end || w.capitalized)
		return 0;
	if (aa_word_is(doc, &w, "as") &&
		!(aa_word_before(doc, from, w.start, &w) && w.cend == w.end && aa_word_is(doc, &w, "quoted")))
		return 0;
	if (!aa_word_is(doc, &w, "quoted") && !aa_word_is(doc, &w, "heard"))
		return 0;
	start = w.start;
	while (aa_word_before(doc, from, start, &w) && w.cend == w.end && !w.capitalized &&
		   (w.classes & (LX_AUX | LX_BE)))
		start = w.start;
	return start;
}

/*
 * Does the description [start, end) run longer than limit words, or three
 * more when it has a title in lower case (“...,” the head of the French
 * cognac industry body BNIC, Florent Morillon, told)?
 */
static bool
too_long_description(aa_doc *doc, size_t start, size_t end, int limit)
{
	int			words = aa_count_words(doc, start, end);
	aa_word		w;

	if (words <= limit)
		return false;
	if (words > limit + 3)
		return true;
	for (size_t p = start; aa_word_after(doc, p, end, &w); p = w.end)
		if (!w.capitalized && (w.classes & LX_TITLE))
			return false;
	return true;
}

/* “...,” he said.  /  “...,” said the FBI.  Only the words right after the closing mark count. */
static bool
speaker_after_quote(aa_doc *doc, const aa_span *s, size_t sent_end, attribution *a)
{
	aa_match	cue;
	aa_phrase	np;
	bool		coordinated;
	size_t		from = s->after;
	size_t		to;
	aa_word		first;
	/* the quotation's own clause ends at the mark: “...,” or, in British style, “...”, */
	bool		clause_ends = s->content_end > s->content_start &&
		memchr(",.!?", doc->text[s->content_end - 1], 4) != NULL;

	if (from < sent_end && doc->text[from] == ',')
	{
		from++;					/* “...”, Merkel said: the comma stands outside the marks */
		clause_ends = true;
	}
	to = sent_end < from + CUE_WINDOW ? sent_end : from + CUE_WINDOW;

	/*
	 * “Is that all there is?” Trump said.  A quotation that ends a sentence
	 * may still be attributed by the sentence after it, when its cue comes
	 * within the first few words (“...?” Miller, a retired worker from a
	 * nuclear plant, said pleasantly), in its paragraph: the next one's
	 * "Smith disagreed." reacts to it, and "Costa reported from Washington."
	 * is a byline.
	 */
	if (to <= from + 1 && s->closed)
	{
		size_t		next_end = aa_sentence_end(doc, skip_space(doc, from));
		size_t		reach = from;
		aa_word		w;

		if (aa_count_words(doc, from, next_end) <= 8 && aa_paragraph_of(doc, next_end) == s->paragraph)
		{
			/*
			 * "Smith said the convention was a success." reports its own
			 * clause; "\n\nWallace then asked, “With nukes?”" its own quotation
			 */
			if (!aa_first_cue(doc, from, next_end, &cue) ||
				(nothing_reported_after(doc, addressee_end(doc, &cue, next_end), next_end) &&
				 !quotation_between(doc, cue.end, next_end)))
				to = next_end;
		}
		else if (aa_paragraph_of(doc, next_end) == s->paragraph &&
				 !aa_word_before(doc, aa_sentence_start(doc, s->open), s->open, &w))
		{
			/*
			 * a longer sentence, in the paragraph, after a quotation that is a
			 * sentence of its own: only when its cue reports nothing else
			 */
			for (int k = 0; k < CUE_AFTER_TERMINAL_WORDS && aa_word_after(doc, reach, next_end, &w); k++)
				reach = w.end;
			if (aa_first_cue(doc, from, reach, &cue) &&
				nothing_reported_after(doc, addressee_end(doc, &cue, next_end), next_end) &&
				!quotation_between(doc, cue.end, next_end))
				to = reach;
		}
	}
	if (!s->closed || !aa_first_cue(doc, from, to, &cue))
		return false;
	if (!aa_word_after(doc, from, cue.start, &first))
	{
		/* Nothing between mark and cue: the speaker follows the cue. */
		if (!is_cue_participle(doc, &cue) && aa_subject_after(doc, cue.end, sent_end, &np))
			return attribute_phrase(doc, &np, &cue, 0.9f, a);
		return false;
	}
	if (is_cue_participle(doc, &cue) && (to = passive_speech_frame(doc, from, &cue)) > from)
	{
		size_t		first_start = first.cstart > first.start ? first.cstart : first.start;

		if (aa_subject_before(doc, from, to, &np, &coordinated) && np.start == first_start)
			return attribute_phrase(doc, &np, &cue, 0.85f, a);
		return false;
	}
	if (aa_is_according_to(doc, &cue) || is_cue_participle(doc, &cue))
		return false;
	/*
	 * “...” at the convention, he said: step over a prepositional phrase set
	 * off by a comma (not "this source told": "this" opens a noun phrase too)
	 */
	if ((first.classes & LX_PREPOSITION) && !(first.classes & LX_DETERMINER) && !first.capitalized)
	{
		aa_word		w = first;

		for (int k = 0; k < 8; k++)
		{
			if (doc->text[w.end - 1] == ',')
			{
				if (!aa_word_after(doc, w.end, cue.start, &first))
					return false;
				from = w.end;
				break;
			}
			if (!aa_word_after(doc, w.end, cue.start, &w))
				return false;
		}
	}
	if (name_then_relative(doc, &first, from, &cue, a))
		return true;
	if (!aa_subject_before(doc, from, cue.start, &np, &coordinated))
		return name_then_appositive(doc, &first, from, &cue, a);
	/*
	 * The phrase must start right after the mark: no clause of its own in
	 * between, except a description set off by a comma before the name
	 * (“...,” the assailant, John McGraw, told ...), which is its role.
	 */
	{
		size_t		first_start = first.cstart > first.start ? first.cstart : first.start;
		size_t		desc_end = first_start;	/* where the description before the name ends */
		aa_match	other;

		if (np.start == first_start)
			return attribute_phrase(doc, &np, &cue, 0.9f, a);
		if (clause_ends && names_joined_by_and(doc, from, first_start, &np))
			return attribute_phrase(doc, &np, &cue, 0.85f, a);
		/*
		 * “...,” Cecelia Purner, a retired teacher from Erie, Pa., said: the
		 * phrase before the cue is a state in an appositive; the name is the
		 * one right after the mark
		 */
		if (place_after_comma(doc, &np, first_start))
		{
			aa_phrase	name;

			if (aa_subject_after(doc, from, cue.start, &name) && name.start == first_start)
				return attribute_phrase(doc, &name, &cue, 0.85f, a);
			return false;
		}
		/*
		 * “...,” veteran analyst Charlie Cook wrote: lower-case words right
		 * before the name (only after a quotation that ends in a comma or a
		 * terminal: not “Orange Is the New Black” star ...).
		 */
		if (!(clause_ends && lower_case_descriptor(doc, first_start, np.start, &desc_end)))
		{
			/* “...,” the assailant, John McGraw, told: a description, then a comma */
			size_t		k = np.start;
			bool		named_possessive = first.capitalized && aa_stem_end(doc, &first) != first.cend;

			while (k > first_start && doc->text[k - 1] == ' ')
				k--;
			/* “...,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told */
			if (!named_possessive && first.capitalized && k > first_start + 1 && doc->text[k - 1] == ',')
			{
				aa_word		v;
				bool		titled = false,
							possessive = false;

				for (size_t q = first_start; aa_word_after(doc, q, k - 1, &v); q = v.end)
				{
					titled |= (v.classes & LX_TITLE) != 0;
					possessive |= v.capitalized && aa_stem_end(doc, &v) != v.cend;
				}
				named_possessive = titled && possessive;
			}
			/*
			 * a possessive opens a description too (“...,” his wife, Gabriela
			 * Lazar, wrote), one that relates her to someone: no role; so does
			 * a name's (“...,” Sanders's campaign manager, Jeff Weaver, said)
			 */
			if (k <= first_start + 1 || doc->text[k - 1] != ',' ||
				too_long_description(doc, first_start, k, named_possessive ? 8 : 6) ||
				!((first.classes & (LX_ARTICLE | LX_DETERMINER | LX_TITLE)) || named_possessive) ||
				((first.classes & LX_PRONOUN) && !(first.classes & LX_DETERMINER)) ||
				aa_first_cue(doc, first_start, k, &other))
				return false;
			desc_end = k - 1;
		}
		if (np.role_end <= np.role_start && !(first.classes & LX_PRONOUN))
		{
			np.role_start = first_start;
			np.role_end = desc_end;
		}
	}
	return attribute_phrase(doc, &np, &cue, 0.9f, a);
}

#define COLON_CUE_WORDS 6		/* words a cue may stand before the colon that opens its quotation */

static bool has_finite_verb(aa_doc *doc, size_t start, size_t end);

/*
 * "said about its specific inclusion of Planned Parenthood in the latest
 * draft of its platform:": what follows the cue up to the colon is a topic
 * ("about" or "of" and a noun phrase, no verb), however long.
 */
static bool
topic_before_colon(aa_doc *doc, size_t cue_end, size_t colon)
{
	aa_word		w;

	return aa_word_after(doc, cue_end, colon, &w) && !w.capitalized && w.cend == w.end &&
		(aa_word_is(doc, &w, "about") || aa_word_is(doc, &w, "of")) && !has_finite_verb(doc, w.end, colon);
}

/*
 * "Breitbart News responded:\n\n“If there are people ...”": a quotation that
 * opens a paragraph, after a paragraph that ends with a cue and a colon.
 */
static bool
speaker_before_paragraph(aa_doc *doc, const aa_span *s, attribution *a)
{
	const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph);
	const aa_range *pp;
	size_t		colon;
	size_t		sent_start;
	aa_match	cue;

	if (s->paragraph == 0 || s->open != pr->start)
		return false;
	pp = &AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph - 1);
	colon = pp->end;
	while (colon > pp->start && aa_is_space((unsigned char) doc->text[colon - 1]))
		colon--;
	if (colon == pp->start)
		return false;
	/*
	 * "Trump was quick to add that the negotiation does not include ...\n\n
	 * “Building it? Not negotiable.”": a paragraph of quotation with no cue
	 * of its own goes on from the one before, when that ends reporting someone
	 */
	if (doc->text[colon - 1] != ':')
	{
		sent_start = aa_sentence_start(doc, colon - 1);
		if (aa_first_cue(doc, pr->start, pr->end, &cue) || aa_span_at(doc, colon - 1) >= 0 ||
			!aa_last_cue(doc, sent_start, colon, &cue) || !speaker_of_cue(doc, &cue, sent_start, colon, 0.5f, a))
			return false;
		no_cue(a);				/* the cue reports its own clause, not this quotation */
		return true;
	}
	colon--;
	sent_start = aa_sentence_start(doc, colon);
	/*
	 * the cue close to the colon: "responded:", "said in a statement:",
	 * "told his Democratic audience, to rowdy applause:"
	 */
	if (!aa_last_cue(doc, sent_start, colon, &cue) ||
		(colon - cue.end > 40 && aa_count_words(doc, cue.end, colon) > COLON_CUE_WORDS &&
		 !topic_before_colon(doc, cue.end, colon)))
		return false;
	return speaker_of_cue(doc, &cue, sent_start, colon, 0.8f, a);
}

/*
 * "“I went to Wall Street before the crash ...”\n\n- Clinton.": a paragraph
 * of quotation, then a paragraph that is only a dash and a name, maybe with
 * a description ("-President Obama, tweeting after Clinton's speech."), as
 * transcripts, epigraphs and lists of quotations credit their speakers.
 * The dash is no cue.
 */
#define CREDIT_LINE_BYTES 200

static bool
speaker_in_credit_line(aa_doc *doc, const aa_span *s, attribution *a)
{
	const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph);
	const aa_range *np;
	aa_phrase	name;
	size_t		k;
	size_t		p;
	uint32_t	c;

	if (!s->closed || (s->open != pr->start && !s->continues) || s->paragraph + 1 >= doc->paragraphs.n)
		return false;
	/* the quotation ends its paragraph, maybe with a full stop after the mark */
	for (p = s->after; p < pr->end && (doc->text[p] == '.' || doc->text[p] == ',' || doc->text[p] == ' '); p++)
		;
	if (p < pr->end)
		return false;
	np = &AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph + 1);
	if (np->end - np->start > CREDIT_LINE_BYTES)
		return false;
	k = np->start;
	c = aa_utf8_next(doc->text, np->end, &k);
	if (!aa_is_dash(c))
		return false;
	if (k < np->end && doc->text[k] == '-')
		k++;					/* "--" */
	/* the name ends the line, or a comma sets off what follows it */
	if (!aa_subject_after(doc, k, np->end, &name) ||
		!(name.end >= np->end || memchr(",.", doc->text[name.end], 2) != NULL))
		return false;
	resolve_into(doc, a, name.start, name.end, name.role_start, name.role_end);
	if (a->entity < 0)
		return false;
	a->mention = intern_text(doc, name.start, name.end);
	no_cue(a);
	a->confidence = 0.7f;
	return true;
}

/*
 * "Trump isn't a conservative, he said. “He's a liberal!”": a quotation that
 * makes a sentence of its own goes on from the sentence before it in the
 * paragraph, when that sentence reports someone.  A quotation there says
 * who (its statement, attributed before this one); without one, the
 * sentence's last cue with a speaker does (of its last few).
 */
#define SENTENCE_BEFORE_CUES 3

static bool
speaker_of_sentence_before(aa_doc *doc, const aa_vec *items, int si, size_t sent_start, attribution *a)
{
	const aa_span *s = &AA_VEC_AT(&doc->spans, aa_span, si);
	size_t		prev_start;
	aa_match	cue;

	if (sent_start <= AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph).start)
		return false;
	prev_start = aa_sentence_start(doc, sent_start - 1);
	if (aa_paragraph_of(doc, prev_start) != s->paragraph)
		return false;
	if (si > 0 && AA_VEC_AT(&doc->spans, aa_span, si - 1).open >= prev_start)
	{
		for (int i = items->n - 1; i >= 0; i--)
		{
			const item *prev = &AA_VEC_AT(items, item_slot, i).it;

			if (prev->span < 0 || AA_VEC_AT(&doc->spans, aa_span, prev->span).open < prev_start)
				break;
			if (prev->entity >= 0 || prev->mention)
			{
				a->entity = prev->entity;
				a->mention = prev->mention;
				a->alias = prev->alias;
				a->confidence = prev->confidence * 0.8f;
				no_cue(a);
				return true;
			}
		}
		return false;
	}
	/* the last cue that has a speaker ("... by saying he would help if asked. “...”": not "asked") */
	for (size_t end = sent_start, k = 0; k < SENTENCE_BEFORE_CUES && aa_last_cue(doc, prev_start, end, &cue);
		 k++, end = cue.start)
		if (speaker_of_cue(doc, &cue, prev_start, sent_start, 0.6f, a))
		{
			no_cue(a);
			return true;
		}
	return false;
}

/* "Carl Bialik: “One of the big lessons ...”" -- a name and a colon, the colon the cue. */
static bool
speaker_before_colon(aa_doc *doc, const aa_span *s, size_t sent_start, attribution *a)
{
	aa_word		w;
	aa_phrase	np;
	size_t		colon;
	bool		coordinated;
	bool		titled = false,
				described = false;
	int			name_words = 0,	/* the capitalised words that end the phrase */
				words;
	aa_match	cue;

	if (!aa_word_before(doc, sent_start, s->open, &w) || doc->text[w.end - 1] != ':')
		return false;
	colon = w.end - 1;
	if (!aa_subject_before(doc, sent_start, colon, &np, &coordinated) || np.end != colon)
		return false;
	/*
	 * Only a name: every word capitalised, at most four of them, or with a
	 * title before it ("doesn’t surprise Republican pollster Daron Shaw:
	 * “...”"), at most six; or a description that ends in a full name, at
	 * most eight ("Former secretary of state Hillary Rodham Clinton:")
	 */
	for (size_t p = np.start; aa_word_after(doc, p, np.end, &w); p = w.end)
	{
		bool		lower = !w.capitalized && !(w.classes & LX_DETERMINER) && !aa_word_is(doc, &w, "and");

		if (!w.capitalized && (w.classes & (LX_TITLE | LX_ROLE_MODIFIER)) && w.cend == w.end)
			titled = true;
		else if (lower)
			described = true;
		name_words = w.capitalized ? name_words + 1 : 0;
	}
	words = aa_count_words(doc, np.start, np.end);
	if (described ? (name_words < 2 || words > 8) : words > (titled ? 6 : 4))
		return false;
	/*
	 * "... the message to the Dutch newspaper NRC Handelsblad:": a
	 * preposition's object speaks not ("by DNAinfo's Eddie Small:" names
	 * the author of what is quoted)
	 */
	if (aa_word_before(doc, sent_start, np.start, &w) && w.cend == w.end && !w.capitalized &&
		(w.classes & LX_PREPOSITION) && !(w.classes & (LX_ADVERB | LX_TIME_WORD)) && !aa_word_is(doc, &w, "by"))
		return false;
	cue.start = colon;
	cue.end = colon + 1;
	return attribute_phrase(doc, &np, &cue, 0.6f, a);
}

/*
 * "Senate Majority Leader Mitch McConnell had some advice for the candidates
 * on Sunday: “It's time to quit attacking ...”": no cue, no name right before
 * the colon and no quotation it continues, but a clause whose subject names
 * a person says the quotation.
 */
static bool
subject_before_colon(aa_doc *doc, const aa_span *s, size_t sent_start, attribution *a)
{
	aa_word		w;
	aa_phrase	np;
	aa_match	cue;
	attribution named = *a;
	const aa_entity *ent;

	if (!aa_word_before(doc, sent_start, s->open, &w) || doc->text[w.end - 1] != ':' ||
		!aa_sentence_subject(doc, sent_start, w.end - 1, &np))
		return false;
	cue.start = w.end - 1;
	cue.end = w.end;
	if (!attribute_phrase(doc, &np, &cue, 0.45f, &named) || named.entity < 0)
		return false;
	ent = &AA_VEC_AT(&doc->entities, aa_entity, named.entity);
	/*
	 * a person named in full, or by a pronoun; not a possessor ("President
	 * Obama's questions:"), nor a word the sentence's start capitalises
	 * ("One ...:", "Asked ...:")
	 */
	if (ent->kind != ENT_PERSON || !aa_word_before(doc, np.start, np.end, &w) || aa_stem_end(doc, &w) != w.cend ||
		!(memchr(ent->name, ' ', ent->name_len) != NULL || (w.start <= np.start && (w.classes & LX_PRONOUN))))
		return false;
	*a = named;
	return true;
}

/* ---------------------------------------------------------------- quotes in marks */

/* A statement with its attribution; span is the quotation's index, or -1 for reported speech. */
static item *
push_item(aa_doc *doc, aa_vec *items, aa_kind kind, size_t cstart, size_t cend, int span,
		  const attribution *a)
{
	item	   *it = &AA_VEC_PUSH(doc->arena, items, item_slot)->it;

	it->kind = kind;
	it->cstart = cstart;
	it->cend = cend;
	it->entity = a->entity;
	it->mention = a->mention;
	it->alias = a->alias;
	it->cue = a->cue;
	it->cue_start = a->cue_start;
	it->cue_end = a->cue_end;
	it->confidence = a->confidence;
	it->span = span;
	return it;
}

static void
add_item(aa_doc *doc, aa_vec *items, int span, aa_kind kind, const attribution *a)
{
	aa_span    *s = &AA_VEC_AT(&doc->spans, aa_span, span);

	push_item(doc, items, kind, s->content_start, s->content_end, span, a);
	if (a->entity >= 0)
	{
		s->speaker = a->entity;
		aa_note_quoted_speaker(doc, a->entity, s->after);
	}
}

/* The last quote item, if it belongs to the span just before this one and may continue. */
static const item *
continued_from(const aa_doc *doc, const aa_vec *items, int span)
{
	const item *prev;
	const aa_span *s = &AA_VEC_AT(&doc->spans, aa_span, span);
	const aa_span *ps;

	if (items->n == 0)
		return NULL;
	prev = &AA_VEC_AT(items, item_slot, items->n - 1).it;
	if (prev->span < 0 || prev->span != span - 1 || prev->kind != AA_DIRECT)
		return NULL;
	ps = &AA_VEC_AT(&doc->spans, aa_span, prev->span);
	if (s->continues || ps->paragraph == s->paragraph)
		return prev;
	/* A quote that fills the next paragraph on its own. */
	if (s->paragraph == ps->paragraph + 1 &&
		s->open == AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph).start)
		return prev;
	return NULL;
}

/*
 * “...,” Howard said.\n\nHoward continued his scathing remarks.\n\n“...”: a
 * paragraph of quotation with no cue goes on from the quotation two
 * paragraphs before when the paragraph between is one sentence whose
 * subject is that quotation's speaker.
 */
static const item *
continued_past_sentence(aa_doc *doc, const aa_vec *items, int span)
{
	const item *prev;
	const aa_span *s = &AA_VEC_AT(&doc->spans, aa_span, span);
	const aa_range *between;
	aa_phrase	np;

	if (items->n == 0 || s->paragraph < 2 || s->open != AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph).start)
		return NULL;
	prev = &AA_VEC_AT(items, item_slot, items->n - 1).it;
	if (prev->span < 0 || prev->span != span - 1 || prev->kind != AA_DIRECT || prev->entity < 0 ||
		AA_VEC_AT(&doc->spans, aa_span, prev->span).paragraph != s->paragraph - 2)
		return NULL;
	between = &AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph - 1);
	if (aa_sentence_start(doc, between->end > between->start ? between->end - 1 : between->start) != between->start ||
		!aa_sentence_subject(doc, between->start, between->end, &np) ||
		aa_resolve_speaker(doc, np.start, np.end, np.role_start, np.role_end) != prev->entity)
		return NULL;
	return prev;
}

/*
 * Does the clause go on after the quotation's closing mark: a space, then
 * lower-case words that are no new clause ("and", "but", a cue, a pronoun)?
 */
static bool
runs_on(aa_doc *doc, const aa_span *s, size_t sent_end)
{
	aa_word		w;

	if (!s->closed || s->after >= sent_end || doc->text[s->after] != ' ' ||
		!aa_word_after(doc, s->after, sent_end, &w) || w.start != s->after + 1 || w.cstart != w.start ||
		w.capitalized || (w.classes & (LX_PRONOUN | LX_REPORT_VERB | LX_REPORT_ING)) ||
		aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "but") || aa_word_is(doc, &w, "or"))
		return false;
	return aa_count_words(doc, s->after, sent_end) >= 2;
}

static void
attribute_span(aa_doc *doc, aa_vec *items, int si)
{
	const aa_span *s = &AA_VEC_AT(&doc->spans, aa_span, si);
	span_facts	f;
	size_t		sent_start,
				sent_end;
	aa_match	cue;
	bool		has_cue;
	opening		op;
	attribution a = {-1, NULL, NULL, 0, 0, 0.3f, NULL};
	bool		found = false;
	bool		direct;
	const item *prev;

	describe_span(doc, s, &f);
	if (f.words == 0)
		return;
	sent_start = aa_sentence_start(doc, s->open);
	sent_end = aa_sentence_end(doc, s->after);
	if (s->open > sent_start + CLAUSE_REACH)
		sent_start = char_floor(doc, s->open - CLAUSE_REACH);
	if (sent_end > s->after + CLAUSE_REACH)
		sent_end = char_floor(doc, s->after + CLAUSE_REACH);
	op = opening_of(doc, s, sent_start, &cue, &has_cue);
	/* after a cue, a pronoun's capital opens a sentence: "said, “We’ll see,” when asked" quotes no title */
	if (op == OPENS_AFTER_CUE && f.pronoun_led)
		f.title_case = false;
	/* a Title Case headline capitalises what "calls" names too: "Musk Calls SEC Probe “Harassment”" */
	if (f.title_case && calls_before_in_title_case(doc, s->open))
		f.title_case = false;

	/*
	 * A sentence or more, set off from the reporting clause, is direct
	 * speech.  After a cue, a sentence opens with a capital (or holds a
	 * sentence's end): "said that if we pull back, “our oceans are going to
	 * save us.”" completes a sentence begun outside the marks.  Nor when
	 * the clause runs on past the closing mark ("said “it gets me mad”
	 * every time he thinks ..."): the quotation is part of it.
	 */
	direct = s->continues || op == OPENS_AFTER_COLON ||
		(op == OPENS_AFTER_CUE && (f.starts_upper || (f.words >= 4 && f.sentence_inside)) &&
		 (f.ends_terminal || !runs_on(doc, s, sent_end))) ||
		(op == OPENS_SENTENCE && (f.ends_terminal || punctuated_after(doc, s) || f.sentence_inside || f.words >= 6));

	if (!direct && (aa_scare_quoted_subject(doc, si) || aa_nickname_span(doc, si, true)))
		return;
	if (direct)
	{
		found = speaker_after_quote(doc, s, sent_end, &a);
		if (!found && has_cue && op != OPENS_SENTENCE)
			found = speaker_of_cue(doc, &cue, sent_start, s->open, 0.85f, &a);
		if (!found && op == OPENS_AFTER_COLON)
			found = speaker_before_colon(doc, s, sent_start, &a);
	}
	else
	{
		if (has_cue)
			found = speaker_of_cue(doc, &cue, sent_start, s->open, 0.75f, &a);
		/*
		 * "He said that he wants a party platform that calls for “...”": a
		 * cue with no speaker of its own lies in the clause of the one
		 * before it, whose speaker the quotation's words are
		 */
		if (!found && has_cue && !names_work_before(doc, s))
		{
			aa_match	outer;

			if (aa_last_cue(doc, sent_start, cue.start, &outer) && !aa_is_according_to(doc, &outer))
				found = speaker_of_cue(doc, &outer, sent_start, s->open, 0.7f, &a);
		}
		if (!found)
			found = speaker_after_quote(doc, s, sent_end, &a);
		if (!found && aa_first_cue(doc, s->after, sent_end, &cue))
			found = speaker_of_cue(doc, &cue, s->after, sent_end, 0.7f, &a);
	}

	/*
	 * "“The court expresses no view on the merits” of the case, the
	 * unsigned opinion said.", "“He was going to make the Trump name
	 * known,” as his father dreamed, Mr. Turry said.": a quotation that
	 * opens a sentence and runs on into it takes the cue that closes the
	 * sentence after a comma.
	 */
	if (!found && direct && op == OPENS_SENTENCE &&
		(!f.ends_terminal || (s->content_end > s->content_start && doc->text[s->content_end - 1] == ',')) &&
		closing_cue(doc, s->after, sent_end, &cue))
		found = speaker_of_cue(doc, &cue, s->after, sent_end, 0.7f, &a);
	/* "Maher stated that ... . Adding, “...”": a participle that opens the sentence goes on from the one before */
	if (!found && has_cue && cue.start == skip_space(doc, sent_start) && is_cue_participle(doc, &cue) &&
		speaker_of_sentence_before(doc, items, si, sent_start, &a))
	{
		set_cue(doc, &a, &cue);
		found = true;
	}
	if (!found && direct)
		found = speaker_before_paragraph(doc, s, &a);
	if (!found && direct)
		found = speaker_in_credit_line(doc, s, &a);

	if (source_title(doc, s, &f))
		return;
	/*
	 * Titles and names in marks ("The Interview,"): Title Case and short.  Only
	 * a cue of their own right after the marks, or a colon, makes them quotes.
	 */
	if (f.title_case && op != OPENS_AFTER_COLON && !speaker_after_quote(doc, s, sent_end, &a))
		return;
	/*
	 * "Friday on “CBS This Morning,” Sanders said", "on Fox News channel’s
	 * “Sunday Morning Futures,” Rep. Darrell Issa said": a show's title,
	 * whose cue is the sentence's
	 */
	if (f.title_case && op != OPENS_AFTER_COLON && op != OPENS_AFTER_CUE &&
		(names_work_before(doc, s) || show_preposition_before(doc, s) || possessive_before(doc, s)))
		return;
	if (!found && !direct)
		return;

	if (!found && direct &&
		((prev = continued_from(doc, items, si)) != NULL || (prev = continued_past_sentence(doc, items, si)) != NULL))
	{
		a.entity = prev->entity;
		a.mention = prev->mention;
		a.alias = prev->alias;
		no_cue(&a);
		a.confidence = prev->confidence * 0.9f;
		found = true;
	}
	if (!found && direct && op == OPENS_SENTENCE)
		found = speaker_of_sentence_before(doc, items, si, sent_start, &a);
	if (!found && direct && op == OPENS_AFTER_COLON && !f.title_case)
		found = subject_before_colon(doc, s, sent_start, &a);
	if (!found && f.words < 3)
		return;
	add_item(doc, items, si, direct ? AA_DIRECT : AA_MIXED, &a);
}

/* ---------------------------------------------------------------- reported speech */


/* Labels that call something false by themselves (not "wrong", "crazy"). */
static bool
strong_falsity(aa_doc *doc, const aa_match *label)
{
	return (aa_lex_word(doc->text + label->start, label->end - label->start) & LX_STRONG_FALSITY) != 0;
}

/* Does [s, s + n) leave a bracket open, which one more `close` (')' or ']') closes? */
static bool
bracket_pairs(const char *s, size_t n, char close)
{
	char		open = close == ')' ? '(' : '[';
	int			depth = 0;

	for (size_t i = 0; i < n; i++)
		depth += (s[i] == open) - (s[i] == close);
	return depth > 0;
}

/* Does [s, s + n) hold an odd number of straight double quotes, so that one more closes a pair? */
static bool
straight_quotes_pair(const char *s, size_t n)
{
	size_t		count = 0;
	const char *q;

	while ((q = memchr(s, '"', n)) != NULL)
	{
		count++;
		n -= (size_t) (q + 1 - s);
		s = q + 1;
	}
	return count % 2 == 1;
}

/* Trim spaces, punctuation and dangling quotation marks off a clause. */
static void
trim_clause(const aa_doc *doc, size_t *start, size_t *end)
{
	while (*start < *end)
	{
		size_t		k = *start;
		uint32_t	c = aa_utf8_next(doc->text, *end, &k);

		if (!aa_is_space(c) && c != ',')
			break;
		*start = k;
	}
	while (*end > *start)
	{
		size_t		k;
		uint32_t	c = aa_utf8_prev(doc->text, *end, &k);

		if ((c == ')' || c == ']') && !bracket_pairs(doc->text + *start, k - *start, c))
		{
			*end = k;			/* the bracket around the sentence, "(He has denied it.)" */
			continue;
		}
		if (c == '"' && straight_quotes_pair(doc->text + *start, k - *start))
			break;				/* it closes "for life." */
		if (!aa_is_space(c) && c != '.' && c != ',' && c != ';' && c != ':' && !aa_is_dash(c) &&
			c != 0x201C && c != 0x2018 && c != '"')
			break;
		*end = k;
	}
}

static bool speaker_ends_sentence(aa_doc *doc, size_t end, size_t sent_end);

/*
 * "..., said an American official.": a one-word cue, not of telling, then
 * its speaker to the sentence's end (or to a comma, a relative clause).
 */
static bool
inverted_speaker_follows(aa_doc *doc, const aa_match *cue, size_t end)
{
	aa_phrase	np;
	aa_word		w;

	return !phrasal_cue(doc, cue) && cue_word(doc, cue, &w) && !is_telling(doc, &w) &&
		!aa_word_is(doc, &w, "asked") && aa_subject_after(doc, cue->end, end, &np) &&
		np.start == skip_space(doc, cue->end) && speaker_ends_sentence(doc, np.end, end);
}

/*
 * "law and order and project strength", "order, ...": a cue word that is a
 * noun as often, followed by punctuation or "and", is a noun of a list.
 */
static bool
noun_in_list(aa_doc *doc, const aa_word *w, size_t end)
{
	aa_word		after;

	return (w->classes & LX_NOUN_VERB) &&
		(w->cend != w->end ||
		 (aa_word_after(doc, w->end, end, &after) && aa_word_marked(doc, &after, LM_COORDINATOR)));
}

/*
 * Does the comma after w open or close an appositive after the subject of
 * a clause that opens at start ("Paul Danner, the owner, will plead
 * guilty", "Keystone's owner, Paul Danner, has agreed")?  The clause opens
 * with a capital, has no verb up to w, and a comma sets off the segment
 * before the cue at cue_start or before w.
 */
static bool
appositive_after_subject(aa_doc *doc, size_t start, const aa_word *w, size_t cue_start)
{
	aa_word		first;

	return aa_word_after(doc, start, w->end, &first) && first.capitalized &&
		(memchr(doc->text + w->end, ',', cue_start - w->end) != NULL ||
		 memchr(doc->text + start, ',', w->start - start) != NULL) &&
		!has_finite_verb(doc, start, w->cend);
}

/*
 * Where a reported clause ends: at a colon (a quotation follows), at a
 * participle cue after a comma (", telling the AP"), or before a second
 * reporting verb joined by "and"/"but" (which reports a clause of its own).
 * before_source: the clause comes before "according to X", so it opens
 * with its own subject, which an appositive may follow.
 */
static size_t
clause_end(aa_doc *doc, size_t start, size_t end, bool before_source)
{
	aa_word		w,
				next;
	aa_match	cue;
	int			between;
	bool		more = aa_word_after(doc, start, end, &w);
	bool		prev_capitalized = false,	/* of the word before w */
				prev_comma = false;
	uint32_t	prev_classes = 0,
				prev_last = 0;

	/* each word with the one after it, which is the next word looked at */
	for (; more; w = next)
	{
		uint32_t	last = (unsigned char) doc->text[w.end - 1];

		if (last == ':' || last == ';')
			return w.cend;
		more = aa_word_after(doc, w.end, end, &next);
		if (more && next.cstart == next.start)
		{
			/* (the comma's own place: outside the marks, as after “...”, in British style) */
			if (last == ',' && (next.classes & LX_REPORT_ING) && aa_span_at(doc, w.end - 1) < 0)
				return w.end - 1;
			/* (so does a phrasal cue's participle: ", brushing aside reports that ...") */
			if (last == ',' && !next.capitalized && next.cend == next.end && (next.classes & LX_PHRASE_HEAD) &&
				aa_word_ends(doc, &next, "ing") && aa_first_cue(doc, next.start, next.end + 24 < end ? next.end + 24 : end, &cue) &&
				cue.start == next.start && aa_span_at(doc, w.end - 1) < 0)
				return w.end - 1;
			/* (the comma may stand inside a closing mark: "as “radical Islamists,” saying ...") */
			if (last != ',' && w.cend < w.end && doc->text[w.cend] == ',' && (next.classes & LX_REPORT_ING) &&
				aa_span_at(doc, next.start) < 0)
				return w.end;
			if ((w.classes & LX_CLAUSE_BREAK) && w.cend == w.end && !w.capitalized &&
				(next.classes & LX_REPORT_VERB) && !(next.classes & LX_REPORT_ING) &&
				(aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "but")) && !noun_in_list(doc, &next, end))
				return w.start;
			/*
			 * "... questions and Gates said he spoke to Manafort", "... smear
			 * while Sanders suggests ...": a subject and a cue of its own (not
			 * "both he and Rubio promised", "Trump and Ryan said": a subject
			 * of two; nor "immigrants and Muslims, and vowed"); "and others
			 * have said ...", "and critics say"
			 */
			if ((w.classes & LX_CLAUSE_BREAK) && w.cend == w.end && !w.capitalized &&
				(next.capitalized || (next.classes & (LX_PRONOUN | LX_GROUP_NOUN))) &&
				!(next.classes & LX_DETERMINER) &&
				(prev_last == ',' || (!prev_capitalized && !(prev_classes & LX_PRONOUN))) &&
				(aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "but") || aa_word_is(doc, &w, "while") ||
				 aa_word_is(doc, &w, "whereas")) &&
				aa_first_cue(doc, next.start, next.end + 40 < end ? next.end + 40 : end, &cue) &&
				(between = aa_count_words(doc, next.start, cue.start)) >= 1 && between <= 3 &&
				memchr(doc->text + next.start, ',', cue.start - next.start) == NULL &&
				!(aa_word_classes(doc, cue.start, cue.end) & LX_REPORT_ING) && !is_cue_infinitive(doc, &cue) &&
				aa_span_at(doc, w.start) < 0)
				return w.start;
			/*
			 * "..., and a few Republican lawmakers have called for ...", "..., but
			 * at least a dozen members of Congress told": after a comma, "and"
			 * and a noun phrase with an article (or "at least") and a cue of its own
			 */
			if (prev_last == ',' && (w.classes & LX_CLAUSE_BREAK) && w.cend == w.end && !w.capitalized &&
				!next.capitalized && next.cend == next.end &&
				((next.classes & (LX_ARTICLE | LX_DETERMINER)) || at_least_at(doc, &next, end)) &&
				!(next.classes & LX_PRONOUN) && (aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "but")) &&
				aa_first_cue(doc, next.end, next.end + 60 < end ? next.end + 60 : end, &cue) &&
				(between = aa_count_words(doc, next.start, cue.start)) >= 2 && between <= 8 &&
				memchr(doc->text + next.start, ',', cue.start - next.start) == NULL &&
				!(aa_word_classes(doc, cue.start, cue.end) & LX_REPORT_ING) && !is_cue_infinitive(doc, &cue) &&
				aa_span_at(doc, w.start) < 0)
				return w.start;
			/*
			 * "charged the officer with murder and Emanuel fired his police
			 * chief": what the cue took is no clause, so a name and a finite
			 * verb after "and" open the next main clause
			 */
			/* (a class and a capital tested here spare most words of the clause the call: 0.8 % of the pass) */
			if ((w.classes & LX_CLAUSE_BREAK) && next.capitalized && !prev_capitalized &&
				!(prev_classes & LX_PRONOUN) && opens_named_clause(doc, &w, &next, end) &&
				aa_count_words(doc, start, w.start) >= 3 && !has_finite_verb(doc, start, w.start))
				return w.start;
			/* ", the campaign manager said ...": a new main clause with a subject and cue of its own */
			/*
			 * (not an infinitive: "..., the president has not bothered to
			 * call Republicans"; nor a comma of an appositive after the
			 * clause's subject: "Paul Danner, the owner, will plead guilty")
			 */
			if (last == ',' && !(next.classes & LX_CLAUSE_BREAK) &&
				aa_first_cue(doc, w.end, w.end + 60 < end ? w.end + 60 : end, &cue) &&
				(between = aa_count_words(doc, w.end, cue.start)) <= 6 && between >= 1 &&
				!(aa_word_classes(doc, cue.start, cue.end) & LX_REPORT_ING) &&
				!is_cue_infinitive(doc, &cue) && aa_span_at(doc, w.end - 1) < 0 &&
				!(before_source && appositive_after_subject(doc, start, &w, cue.start)))
				return w.end - 1;	/* (the comma: a closing mark before it stays, "friends”, a charge ...") */
			/*
			 * "..., according to The New York Times", "..., said an American
			 * official": the source of the whole sentence, after a comma, ends
			 * the clause (not "the men, said to be armed,": a participle)
			 */
			if (last == ',' && !next.capitalized &&
				aa_first_cue(doc, next.start, next.end + 14 < end ? next.end + 14 : end, &cue) &&
				cue.start == next.start && !is_cue_participle(doc, &cue) &&
				(aa_is_according_to(doc, &cue) || inverted_speaker_follows(doc, &cue, end)) &&
				aa_span_at(doc, w.start) < 0)
				return w.cend;
			/* ", with Republican Senator John McCain telling reporters ...": a name and its participle cue */
			if (last == ',' && aa_word_is(doc, &next, "with") && next.cend == next.end &&
				aa_first_cue(doc, next.end, next.end + 60 < end ? next.end + 60 : end, &cue) &&
				(aa_word_classes(doc, cue.start, cue.end) & LX_REPORT_ING) &&
				(between = aa_count_words(doc, next.end, cue.start)) >= 1 && between <= 5 &&
				memchr(doc->text + next.end, ',', cue.start - next.end) == NULL && aa_span_at(doc, w.start) < 0)
				return w.cend;
			/* "... working together – Ryan saying he was ...": after a dash, a subject and a cue of its own */
			if (next.capitalized && w.end - w.start <= 3 && aa_dash_token(doc, &w) &&
				aa_first_cue(doc, next.start, next.end + 40 < end ? next.end + 40 : end, &cue) &&
				(between = aa_count_words(doc, next.start, cue.start)) >= 1 && between <= 3 &&
				memchr(doc->text + next.start, ',', cue.start - next.start) == NULL && aa_span_at(doc, w.start) < 0)
				return w.start;
			/* "said no when asked whether ...": the question is a statement of its own */
			if (aa_word_is(doc, &w, "when") && w.cend == w.end && aa_word_is(doc, &next, "asked") &&
				aa_first_cue(doc, next.start, next.end, &cue))
				return w.start;
			/*
			 * ", though he added that ...": a clause with a cue of its own.
			 * After a quoted fragment whose comma stands inside the mark, a
			 * clause opener, a subject and a finite cue (“...,” while the
			 * Guardian's Michael Billington praised"; not “...,” while
			 * trying to explain")
			 */
			if (prev_comma && (w.classes & LX_CLAUSE_BREAK) && !w.capitalized && w.cend == w.end &&
				!aa_word_is(doc, &w, "that"))
			{
				if (prev_last == ',' && aa_first_cue(doc, w.end, w.end + 40 < end ? w.end + 40 : end, &cue))
					return w.start;
				if (prev_last != ',' && aa_word_marked(doc, &w, LM_CLAUSE_OPENER) &&
					!aa_word_ends(doc, &next, "ing") &&
					aa_first_cue(doc, w.end, w.end + 64 < end ? w.end + 64 : end, &cue) &&
					!is_cue_infinitive(doc, &cue) && !(aa_word_classes(doc, cue.start, cue.end) & LX_REPORT_ING))
					return w.start;
			}
		}
		prev_capitalized = w.capitalized;
		prev_classes = w.classes;
		prev_last = last;
		/* (inside the closing mark too: “...,” while) */
		prev_comma = last == ',' || (w.cend < w.end && doc->text[w.cend] == ',');
	}
	return end;
}

/*
 * How many bytes of [start, end) are the words of quotations in marks, and
 * (in *marks) how many are the marks themselves?
 */
static size_t
quoted_bytes(const aa_doc *doc, size_t start, size_t end, size_t *marks)
{
	size_t		quoted = 0;
	int			i = aa_span_at(doc, start);

	*marks = 0;
	if (i < 0)
		i = aa_vec_lower_bound(&doc->spans, start);	/* the first span after start */
	for (; i < doc->spans.n; i++)
	{
		const aa_span *sp = &AA_VEC_AT(&doc->spans, aa_span, i);
		size_t		a = sp->open > start ? sp->open : start;
		size_t		b = sp->after < end ? sp->after : end;
		size_t		ca = sp->content_start > start ? sp->content_start : start;
		size_t		cb = sp->content_end < end ? sp->content_end : end;
		size_t		words = cb > ca ? cb - ca : 0;

		if (sp->open >= end)
			break;
		if (b > a)
		{
			quoted += words;
			*marks += b - a - words;
		}
	}
	return quoted;
}

/*
 * Are most of the words of [start, end) a quotation in marks already?  The
 * marks count on neither side: a pair of curly ones is six bytes, of straight
 * ones two, and "called Trump “unhinged.”" is as quoted as with straight ones.
 */
static bool
mostly_quoted(const aa_doc *doc, size_t start, size_t end)
{
	size_t		marks;
	size_t		quoted = quoted_bytes(doc, start, end, &marks);

	return quoted * 2 > end - start - marks;
}

static void
add_statement(aa_doc *doc, aa_vec *items, size_t start, size_t end, const attribution *a, bool to_clause_end);

static void
add_reported(aa_doc *doc, aa_vec *items, size_t start, size_t end, const attribution *a)
{
	add_statement(doc, items, start, end, a, true);
}

/* "denies taking selfie", "rejected the accusations", "pushed back against the claims": a denial in few words */
static bool
short_denial(aa_doc *doc, const attribution *a, size_t start, size_t end)
{
	aa_match	noun;

	if (a->cue_end <= a->cue_start)
		return false;
	if (aa_is_denial_verb(doc, a->cue_start, a->cue_end))
		return true;
	return aa_is_denial_verb_claim(doc, a->cue_start, a->cue_end) &&
		aa_pattern_find(doc, PAT_CLAIM_NOUN, start, end, &noun);
}

/*
 * "denied the allegations in a statement on Friday", "rejected the report on
 * Twitter": how and when a denial was made ends what it denies, when that is
 * a noun phrase (in "said the plan was announced in a speech" the phrase
 * belongs to the clause's own verb).  Returns the end without such a phrase
 * (a preposition, maybe an article, a means of speech, maybe a day), or end.
 */
static size_t
without_speech_occasion(aa_doc *doc, const attribution *a, size_t start, size_t end)
{
	aa_word		w,
				v;
	size_t		p = end;
	size_t		ws = end;
	size_t		occasion = end;	/* where the phrase of how and when starts */
	bool		means = false;	/* a means of speech or a mouthpiece in it, not a day alone */
	uint32_t	marks;
	aa_match	noun;

	if (a->cue_end <= a->cue_start)
		return end;
	/*
	 * asked of every statement: its last word, read from the bytes, must be
	 * a day, a means of speech or a title (the word walks below would
	 * describe it)
	 */
	while (ws > start && end - ws < 16 && aa_is_letter((unsigned char) doc->text[ws - 1]))
		ws--;
	if (ws == end || !((aa_lex_word_marks(doc->text + ws, end - ws, &marks) & (LX_TIME_WORD | LX_TITLE)) ||
					   (marks & LM_MEANS_OF_SPEECH)))
		return end;

	/* a day last: "on Friday", "Tuesday" (a day's name: "last week" is a phrase of its own) */
	if (aa_word_before(doc, start, p, &w) && (w.classes & LX_TIME_WORD) && w.cstart == w.start)
	{
		p = w.start;
		if (aa_word_before(doc, start, p, &v) && !v.capitalized && (v.classes & LX_PREPOSITION) &&
			v.cend == v.end)
			p = v.start;
		if (w.capitalized && (p < w.start || aa_word_before(doc, start, p, &v)))
			occasion = p;
	}
	/* a means of speech, or whose mouth it was: "in a statement", "through her solicitor" */
	if (aa_word_before(doc, start, p, &w) && w.cstart == w.start && w.cend == w.end &&
		(aa_word_marked(doc, &w, LM_MEANS_OF_SPEECH) || (!w.capitalized && (w.classes & LX_TITLE))))
	{
		bool		title = !aa_word_marked(doc, &w, LM_MEANS_OF_SPEECH);

		p = w.start;
		if (aa_word_before(doc, start, p, &v) && (v.classes & LX_ARTICLE) && !v.capitalized && v.cend == v.end)
			p = v.start;
		if (aa_word_before(doc, start, p, &v) && !v.capitalized && v.cend == v.end &&
			(title ? aa_word_is(doc, &v, "through") || aa_word_is(doc, &v, "via") :
			 aa_word_is(doc, &v, "in") || aa_word_is(doc, &v, "on") || aa_word_is(doc, &v, "via")))
		{
			occasion = v.start;
			means = true;
		}
	}
	if (occasion == end || aa_count_words(doc, start, occasion) < 2)
		return end;
	/*
	 * asked last, of the few statements that end so: a denial's noun phrase
	 * ("rejected Trump's offer" denies nothing), a claim's when only a day
	 * ends it ("denies killing Brian Moore at his home in March": the day is
	 * the claim's own)
	 */
	if (!short_denial(doc, a, start, occasion) ||
		(!means && !aa_pattern_find(doc, PAT_CLAIM_NOUN, start, occasion, &noun)))
		return end;
	for (size_t q = start; aa_word_after(doc, q, occasion, &w); q = w.end)
		if (!w.capitalized && ((w.classes & LX_AUX) ||
							   ((w.classes & LX_REPORT_VERB) && !(w.classes & LX_NOUN_VERB)) ||
							   (!means && aa_past_form(doc, &w))))
			return end;			/* a clause with a verb of its own ("the report" is a noun; "the allegations came") */
	return occasion;
}

/*
 * "has vehemently denied the charges and is expected to plead not guilty",
 * "denied any wrongdoing and vowed to fight": a denial's noun phrase ends
 * before "and" and a verb of the subject's own (an auxiliary, a form of
 * "be" or a past tense).  Returns where it ends, or end.
 */
static size_t
without_second_verb(aa_doc *doc, const attribution *a, size_t start, size_t end)
{
	aa_word		w,
				verb;

	if (a->cue_end <= a->cue_start || !aa_word_after(doc, start, end, &w) || w.capitalized ||
		!(w.classes & (LX_ARTICLE | LX_DETERMINER)) || aa_word_is(doc, &w, "that") ||
		!short_denial(doc, a, start, end))
		return end;
	for (size_t p = w.end; aa_word_after(doc, p, end, &w); p = w.end)
	{
		/* (punctuation, or a relative clause, whose own verbs an "and" may join: not read on) */
		if (w.cend != w.end || w.cstart != w.start || aa_word_marked(doc, &w, LM_RELATIVE) || aa_word_is(doc, &w, "that"))
			return end;
		if (!w.capitalized && aa_word_is(doc, &w, "and") && aa_word_after(doc, w.end, end, &verb) &&
			!verb.capitalized && verb.cstart == verb.start &&
			((verb.classes & (LX_AUX | LX_BE)) || aa_past_form(doc, &verb)))
			return w.start;
	}
	return end;
}

/*
 * "Jeff Flake said he would.", "They said she could.": a pronoun and an
 * auxiliary are a clause whose verb the sentence before gives.
 */
static bool
elliptical_clause(aa_doc *doc, const aa_word *first, size_t end)
{
	aa_word		aux;

	return (first->classes & LX_PRONOUN) && first->cend == first->end && first->cstart == first->start &&
		!aa_word_marked(doc, first, LM_ADDRESSEE) &&
		aa_word_after(doc, first->end, end, &aux) && !aux.capitalized && (aux.classes & LX_AUX) &&
		aux.cend >= end;
}

/*
 * "announced his resignation", "told a joke", "acknowledged Sanders'
 * success": an article or a possessive (a name's too), then a lower-case
 * noun, is what the cue announces (two words).  Not a
 * work written or a means of speech ("wrote a column"), not what a cue
 * that denies only claims takes ("rejected the proposal": short_denial
 * decides those), and not after a negation ("does not disclose its
 * finances" says nothing).
 */
static bool
object_noun_phrase(aa_doc *doc, const attribution *a, const aa_word *first, size_t end)
{
	aa_word		noun,
				before;
	bool		owner;			/* an article or a possessive, a name's with its apostrophe */

	if (first->capitalized)
		owner = (first->cend == first->end && aa_stem_end(doc, first) != first->cend) ||
			aa_plural_possessive(doc, first);
	else
		owner = first->cend == first->end && (first->classes & LX_ARTICLE);
	if (!owner || !aa_word_after(doc, first->end, end, &noun) || noun.cend != end || noun.capitalized ||
		noun.cstart != noun.start ||
		(noun.classes & (LX_PRONOUN | LX_REPORT_VERB | LX_AUX | LX_TIME_WORD | LX_ADVERB)) ||
		aa_word_marked(doc, &noun, LM_WORK_NOUN | LM_MEANS_OF_SPEECH) || a->cue_end <= a->cue_start ||
		aa_is_denial_verb_claim(doc, a->cue_start, a->cue_end))
		return false;
	return !(aa_word_before(doc, 0, a->cue_start, &before) &&
			 (is_negation(doc, &before) || aa_word_ends(doc, &before, "n't") ||
			  aa_word_ends(doc, &before, "n\xE2\x80\x99t")));
}

/* Is the cue a form of "respond" or "reply"? */
static bool
responds(aa_doc *doc, const aa_match *cue)
{
	aa_word		w;

	return ((doc->text[cue->start] | 0x20) == 'r') && cue_word(doc, cue, &w) && w.cend == cue->end &&
		aa_verb_form_of(doc, &w, VF_RESPOND, true);
}

/* Is the attribution's cue "responded to" (responds_to_object): then two words are what it takes ("his attacks") */
static bool
responded_to(aa_doc *doc, const attribution *a)
{
	aa_match	verb;

	if (a->cue_end < a->cue_start + 3 || (doc->text[a->cue_end - 1] | 0x20) != 'o' ||
		(doc->text[a->cue_end - 2] | 0x20) != 't' || doc->text[a->cue_end - 3] != ' ')
		return false;
	verb.start = a->cue_start;
	verb.end = a->cue_end - 3;
	return responds(doc, &verb);
}

/*
 * "called him divisive", "called himself pro-choice", "call Pfizer
 * unpatriotic": after "call", a person (a pronoun other than "it", or a
 * name before a lower-case word) and what he is called make two words
 * enough
 */
static bool
called_someone(aa_doc *doc, const attribution *a, const aa_word *first)
{
	aa_word		cue;

	if (a->cue_end <= a->cue_start || (doc->text[a->cue_start] | 0x20) != 'c' ||
		!aa_word_after(doc, a->cue_start, a->cue_end, &cue) || cue.cend != a->cue_end ||
		!aa_verb_form_of(doc, &cue, VF_CALL, true) ||
		first->cend != first->end || first->cstart != first->start)
		return false;
	/* (a name, then a lower-case word: not "Mr. Obama called Naghmeh Abedini", a telephone call) */
	if (first->capitalized)
		return !(first->classes & (LX_PRONOUN | LX_DETERMINER | LX_CLAUSE_BREAK | LX_PREPOSITION | LX_TIME_WORD)) &&
			aa_word_after(doc, first->end, doc->len, &cue) && !cue.capitalized;
	return ((first->classes & LX_PRONOUN) || is_reflexive(doc, first)) &&
		!aa_word_is(doc, first, "it") && !aa_word_is(doc, first, "its");
}

/* Is the attribution's cue one of telling ("told", "tells")? */
static bool
telling_cue(aa_doc *doc, const attribution *a)
{
	aa_word		w;

	return a->cue_end > a->cue_start && aa_word_after(doc, a->cue_start, a->cue_end, &w) && is_telling(doc, &w);
}

/*
 * Does the cue end with "about" ("joked about", "complained about"), or is it
 * "comment on", "made no comment on", "made no mention of" or "called for":
 * is what follows its topic, or what is called for, a word or two enough?
 */
static bool
about_topic(const aa_doc *doc, const attribution *a)
{
	const char *end = doc->text + a->cue_end;
	size_t		n = a->cue_end - a->cue_start;

	return (n >= 6 && memcmp(end - 6, " about", 6) == 0) ||
		(n >= 10 && memcmp(end - 3, " on", 3) == 0 && same_word_ci(doc->text + a->cue_start, "comment", 7)) ||
		(n >= 16 && (memcmp(end - 11, " mention of", 11) == 0 || memcmp(end - 11, " comment on", 11) == 0)) ||
		(n >= 8 && memcmp(end - 4, " for", 4) == 0 && same_word_ci(doc->text + a->cue_start, "call", 4));
}

/*
 * "said profits rose", "said he resigned", "said Trump lied": a subject (a
 * pronoun, a name or a bare noun) and a verb in the past, which ends the
 * clause.  Not an addressee ("told reporters gathered ..."), an article or a
 * preposition first, nor a verb of saying ("as bad as she said, he said,").
 */
static bool
subject_and_past_verb(aa_doc *doc, const aa_word *first, size_t end)
{
	aa_word		verb;

	return first->cstart == first->start && first->cend == first->end &&
		!(first->classes & (LX_ARTICLE | LX_DETERMINER | LX_PREPOSITION | LX_AUX | LX_CLAUSE_BREAK)) &&
		!aa_word_marked(doc, first, LM_ADDRESSEE) && !aa_object_pronoun(doc, first) &&
		aa_word_after(doc, first->end, end, &verb) && verb.cend >= end && verb.cstart == verb.start &&
		!verb.capitalized && !(verb.classes & (LX_AUX | LX_PREPOSITION | LX_REPORT_VERB)) && aa_past_form(doc, &verb);
}

/*
 * Two words that make a statement: a pronoun and its verb ("she's safe",
 * "he would"), a subject and its past ("profits rose"), an object ("his
 * resignation"), what is responded to ("his attacks"), whom a cue calls
 * what ("him divisive") or a topic ("joked about Jewish stereotypes").
 */
static bool
two_word_statement(aa_doc *doc, const attribution *a, size_t start, size_t end)
{
	aa_word		first;

	return aa_word_after(doc, start, end, &first) &&
		(aa_pronoun_contraction(doc, &first) || elliptical_clause(doc, &first, end) ||
		 subject_and_past_verb(doc, &first, end) ||
		 object_noun_phrase(doc, a, &first, end) || called_someone(doc, a, &first) || responded_to(doc, a) ||
		 about_topic(doc, a));
}

/*
 * "maintained that the server was secure", "maintained they were not
 * marked", not "maintained his double-digit lead": a cue that reports only
 * a clause (CLAUSE_ONLY_CUES) needs "that" before [start, end), a subject
 * pronoun opening it or a finite verb among its first words.
 */
#define CLAUSE_VERB_WORDS 5

static bool
clause_for_cue(aa_doc *doc, const attribution *a, size_t start, size_t end)
{
	aa_word		cue,
				w;
	size_t		lim = start;

	if (a->cue_end <= a->cue_start || !aa_word_before(doc, a->cue_start, a->cue_end, &cue) || cue.cend != a->cue_end ||
		!aa_verb_form_of(doc, &cue, VF_CLAUSE_ONLY, true))
		return true;
	if (aa_word_before(doc, cue.end, start, &w) && aa_word_is(doc, &w, "that"))
		return true;
	if (!aa_word_after(doc, start, end, &w))
		return false;
	if ((w.classes & (LX_PRONOUN | LX_ARTICLE | LX_DETERMINER)) == LX_PRONOUN)
		return true;
	for (int k = 0; k < CLAUSE_VERB_WORDS && aa_word_after(doc, lim, end, &w); k++)
		lim = w.end;
	return has_finite_verb(doc, start, lim);
}

/*
 * A passive's subject is what it reports ("Scully's involvement was first
 * reported by ...", "the dissolution of the club was announced"); a relative
 * pronoun stands for what no rule here can tell ("the email, which was ...").
 */
static void
push_passive_subject(aa_doc *doc, aa_vec *items, const aa_phrase *subject, const attribution *a)
{
	size_t		start = subject->role_end > subject->role_start && subject->role_start < subject->start ?
		subject->role_start : subject->start,
				end = subject->end;

	if (subject->ante_end > subject->ante_start)
		return;
	trim_clause(doc, &start, &end);
	if (end > start)
		push_item(doc, items, AA_INDIRECT, start, end, -1, a);
}

/*
 * "said, twice, that he was going ...", "said, in a statement, that the
 * firm ...": at or after a cue's comma, an aside of a few words set off by
 * commas, then "that".  Returns where the reported clause starts (after
 * "that"), or from when there is no such aside.
 */
#define ASIDE_WORDS 4

static size_t
after_aside_that(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w;
	size_t		p = from;

	/* (the cue's comma at from, or just before it) */
	if (from >= to || (doc->text[from] != ',' && !(from > 0 && doc->text[from - 1] == ',')))
		return from;
	for (int k = 0; k < ASIDE_WORDS && aa_word_after(doc, p, to, &w); k++, p = w.end)
	{
		if (w.cstart == w.cend)
			continue;			/* (the comma itself) */
		if (w.cstart != w.start)
			return from;		/* a quotation, a bracket: no aside */
		if (w.cend < w.end && doc->text[w.cend] == ',')
			return aa_word_after(doc, w.end, to, &w) && w.cstart == w.start && w.cend == w.end &&
				aa_word_is(doc, &w, "that") ? w.end : from;
		if (w.cend != w.end)
			return from;
	}
	return from;
}

/* Add an indirect statement; to_clause_end: the clause may end before `end` (see clause_end). */
static void
add_statement(aa_doc *doc, aa_vec *items, size_t start, size_t end, const attribution *a, bool to_clause_end)
{
	size_t		cut;
	int			words;

	if (to_clause_end)
	{
		aa_match	cue = {a->cue_start, a->cue_end};

		start = after_aside_that(doc, start, end);
		/* (the comma that sets off what comes before is no clause's end: "According to him, the ...") */
		while (start < end && (doc->text[start] == ',' || doc->text[start] == ' '))
			start++;
		/* (before "according to X", the clause opens with its own subject) */
		cut = clause_end(doc, start, end, cue.start >= end && cue.end > cue.start && aa_is_according_to(doc, &cue));

		/*
		 * "telling the Associated Press:", "told his audience, to rowdy
		 * applause:" names whom a quotation is told to, no clause ("says
		 * that's what new media is:" has a verb: it is one).
		 */
		if (cut < end && doc->text[cut] == ':' && !has_finite_verb(doc, start, cut) &&
			(aa_count_words(doc, start, cut) <= 5 || telling_cue(doc, a)))
			return;
		end = cut;
	}
	trim_clause(doc, &start, &end);
	if ((cut = without_speech_occasion(doc, a, start, end)) < end ||
		(cut = without_second_verb(doc, a, start, end)) < end)
	{
		end = cut;
		trim_clause(doc, &start, &end);
	}
	/* (what a denial's cue denies stays, quoted or not: "rejected what it called “baseless accusations”") */
	if (end <= start || (mostly_quoted(doc, start, end) && !short_denial(doc, a, start, end)) ||
		!clause_for_cue(doc, a, start, end))
		return;
	/*
	 * Three words make a clause ("she's" is two: "says she's safe"); a
	 * denial may deny less ("denies taking selfie", "rejected the
	 * accusations"), and an answer is one word ("said yes").
	 */
	words = aa_count_words(doc, start, end);
	if (words < 3 && !short_denial(doc, a, start, end) &&
		!aa_lex_marked(doc->text + start, end - start, LM_ANSWER) &&
		!(words == 2 && two_word_statement(doc, a, start, end)) && !about_topic(doc, a))
		return;
	push_item(doc, items, AA_INDIRECT, start, end, -1, a);
}

/*
 * Does w open a clause of time or concession, which reports nothing: "as he
 * launched the process", "while in Iowa", "though ..."?  "as" only before a
 * pronoun that is a subject: "described as a fraud", "as his second home",
 * "as the brilliant decision" say what something was called.
 */
static bool
opens_adverbial_clause(aa_doc *doc, const aa_word *w, size_t to)
{
	aa_word		next;

	/* the clause openers and "as" are all clause breaks: most words are turned away by the class */
	if (w->cstart != w->start || w->cend != w->end || w->capitalized || !(w->classes & LX_CLAUSE_BREAK))
		return false;
	if (aa_word_marked(doc, w, LM_CLAUSE_OPENER))
		return true;
	if (!aa_word_is(doc, w, "as") || !aa_word_after(doc, w->end, to, &next))
		return false;
	if ((next.classes & (LX_PRONOUN | LX_DETERMINER)) == LX_PRONOUN)
		return true;
	/* "as a maintenance guy walks in", "as a photo of the podium is shown": a noun phrase, then its verb */
	if (!(next.classes & (LX_ARTICLE | LX_DETERMINER)) || next.capitalized)
		return false;
	for (int k = 0; k < 7 && next.cend == next.end && aa_word_after(doc, next.end, to, &next); k++)
	{
		aa_word		after;

		/* (the noun phrase's own clause, a list or an infinitive is no verb of it: "as a way to sniff out who was") */
		if (next.capitalized || next.cstart != next.start || (next.classes & LX_CLAUSE_BREAK) ||
			aa_word_is(doc, &next, "to"))
			return false;
		/* a verb: an auxiliary, a past tense, or a word in -s before a preposition or an adverb ("walks in") */
		if ((next.classes & (LX_AUX | LX_BE)) || aa_past_form(doc, &next) ||
			(k > 0 && doc->text[next.cend - 1] == 's' && !(next.classes & (LX_PREPOSITION | LX_DETERMINER)) &&
			 aa_word_after(doc, next.end, to, &after) && !after.capitalized &&
			 (after.classes & (LX_PREPOSITION | LX_ADVERB))))
			return true;
	}
	return false;
}

/*
 * "denied this.", "denied this claim": "this" as the object, not as the
 * start of a phrase of time ("denied this week that").
 */
static bool
demonstrative_object(aa_doc *doc, const aa_word *w, size_t to)
{
	aa_word		next;

	return (w->classes & LX_DETERMINER) && !w->capitalized &&
		(w->cend < w->end || !aa_word_after(doc, w->end, to, &next) ||
		 (next.cstart == next.start && !(next.classes & LX_TIME_WORD)));
}

/*
 * Nothing but an adverbial follows the cue: "said.", "said Friday.", "said
 * pleasantly into the phone.", "asks as a maintenance guy walks in.".
 */
static bool
nothing_reported_after(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w;

	if (!aa_word_after(doc, from, to, &w))
		return true;
	/* an adverb in -ly, as the lexicon need not list them all: "pleasantly" */
	for (int k = 0; k < 2 && !w.capitalized && w.cstart == w.start && aa_ly_adverb(doc, &w) && w.cend == w.end; k++)
		if (!aa_word_after(doc, w.end, to, &w))
			return true;
	if (doc->text[from] == ',')
		return after_aside_that(doc, from, to) == from;
	if (w.cstart == w.start && (w.classes & (LX_PREPOSITION | LX_TIME_WORD | LX_ADVERB)))
		return true;
	if (aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "but") || opens_adverbial_clause(doc, &w, to))
		return true;
	return w.cstart != w.start;	/* punctuation */
}

/*
 * "..., said a spokesman for the Justice Department.", "..., said a former
 * spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn.": after a role
 * noun, "for" or "of" and an organisation end the sentence, or the
 * organisation (with a capital) then a comma and a name do.
 */
#define ORGANISATION_WORDS 8

static bool
role_of_organisation(aa_doc *doc, size_t end, size_t sent_end)
{
	aa_word		w;
	bool		capital = false;
	size_t		p;

	if (!aa_word_after(doc, end, sent_end, &w) || w.cend != w.end ||
		!(aa_word_is(doc, &w, "for") || aa_word_is(doc, &w, "of")))
		return false;
	p = w.end;
	for (int k = 0; k < ORGANISATION_WORDS && aa_word_after(doc, p, sent_end, &w); k++, p = w.end)
	{
		if ((w.classes & LX_REPORT_VERB) && !w.capitalized)
			return false;
		capital |= w.capitalized;
		if (w.cend == w.end)
			continue;
		if (doc->text[w.cend] != ',')
			return !aa_word_after(doc, w.end, sent_end, &w);
		/* a comma, then the name to the sentence's end or a relative clause ("Oleg Voloshyn, who ...") */
		for (p = w.end; aa_word_after(doc, p, sent_end, &w); p = w.end)
		{
			if (!w.capitalized)
				return false;
			if (w.cend < w.end && doc->text[w.cend] == ',')
				return capital && who_after(doc, w.end, sent_end);
		}
		return capital;
	}
	return false;
}

/*
 * Does the speaker after an inverted cue end its sentence or clause: at a
 * comma or a terminal, or with a short phrase of place or time ("says
 * political scientist Dossym Satpayev in Almaty.")?
 */
static bool
speaker_ends_sentence(aa_doc *doc, size_t end, size_t sent_end)
{
	aa_word		w;

	if (end >= sent_end || memchr(",.;!?", doc->text[end], 5) != NULL)
		return true;
	/* the speaker ends in a name: "the ... language on abortion" is an object, no speaker */
	if (!aa_word_before(doc, 0, end, &w))
		return false;
	/* "said an American official who was briefed on ...": a relative clause describes the speaker */
	if (!(w.classes & LX_PRONOUN) && who_after(doc, end, sent_end))
		return true;
	if (!w.capitalized)
		return (w.classes & (LX_TITLE | LX_GROUP_NOUN)) && role_of_organisation(doc, end, sent_end);
	if (!aa_word_after(doc, end, sent_end, &w) || w.capitalized ||
		!(w.classes & (LX_PREPOSITION | LX_TIME_WORD)) || aa_count_words(doc, end, sent_end) > 5)
		return false;
	for (size_t p = end; aa_word_after(doc, p, sent_end, &w); p = w.end)
		if ((w.classes & LX_REPORT_VERB) || (w.end < sent_end && w.cend < w.end && doc->text[w.cend] == ','))
			return false;
	return true;
}

/*
 * Where the words after a cue of telling or asking start: after its
 * addressee ("told POLITICO", "told reporters on Friday", "asked Republican
 * politicians"), else right after the cue.
 */
static size_t
addressee_end(aa_doc *doc, const aa_match *cue, size_t sent_end)
{
	aa_phrase	np;
	aa_word		w;

	if (!cue_word(doc, cue, &w) ||
		!(is_telling(doc, &w) || aa_word_is(doc, &w, "asked") || aa_word_is(doc, &w, "asks")))
		return cue->end;
	if (!aa_source_after(doc, cue->end, sent_end, &np))
		return cue->end;
	return np.end;
}

#define ADDRESSEE_WORDS 5

/*
 * Where the addressee of a verb of address ends, with a day or a phrase of
 * time after it ("told reporters on Friday"); cue->end when there is none,
 * or when a comma ends the addressee, unless comma_ok: then where that
 * comma stands ("..., several people told POLITICO, has ...").
 */
static size_t
addressee_after(aa_doc *doc, const aa_match *cue, size_t sent_end, bool comma_ok)
{
	aa_word		w;
	size_t		p = cue->end;
	bool		named = false;

	if (!cue_word(doc, cue, &w) || !takes_addressee(doc, &w))
		return cue->end;
	if (!aa_word_after(doc, p, sent_end, &w) || w.cstart != w.start)
		return cue->end;
	if (aa_word_is(doc, &w, "the") && w.cend == w.end)
	{
		p = w.end;
		if (!aa_word_after(doc, p, sent_end, &w))
			return cue->end;
	}
	/* a name: "CNN", "The Washington Post", "Fox News" */
	for (int k = 0; k < ADDRESSEE_WORDS && w.capitalized && !(w.classes & (LX_PRONOUN | LX_CLAUSE_BREAK)) &&
		 w.cstart == w.start; k++)
	{
		named = true;
		p = w.end;
		if (w.cend != w.end || !aa_word_after(doc, p, sent_end, &w))
			break;
	}
	/* "reporters", "him", "the crowd", "Trump supporters" */
	if (w.start >= p && w.cstart == w.start && !w.capitalized &&
		(aa_word_marked(doc, &w, LM_ADDRESSEE) || (w.classes & LX_GROUP_NOUN)))
	{
		named = true;
		p = w.end;
	}
	if (named && comma_ok && doc->text[p - 1] == ',')
		return p - 1;
	if (!named || doc->text[p - 1] == ',')
		return cue->end;
	/* a day or a phrase of time: "on Friday", "Tuesday", "last week" */
	if (aa_word_after(doc, p, sent_end, &w) && w.cstart == w.start)
	{
		aa_word		v;

		if ((w.classes & LX_TIME_WORD) && !(w.classes & LX_PREPOSITION))
			p = w.end;
		else if ((w.classes & LX_PREPOSITION) && aa_word_after(doc, w.end, sent_end, &v) &&
				 (v.classes & LX_TIME_WORD) && v.cend == v.end)
			p = v.end;
	}
	return p;
}

/*
 * Does only a time, if anything, follow the cue's addressee before its clause
 * ends ("told supporters on Monday evening, ...")?
 */
static bool
addressed_only(aa_doc *doc, const aa_match *cue, size_t sent_end)
{
	aa_word		w;
	size_t		p = addressee_after(doc, cue, sent_end, false);

	if (p == cue->end)
		return false;
	while (aa_word_after(doc, p, sent_end, &w) && w.cstart == w.start && !w.capitalized &&
		   (w.classes & LX_TIME_WORD) && !(w.classes & LX_PREPOSITION))
	{
		p = w.cend;
		if (w.cend != w.end)
			break;
	}
	return p >= sent_end || doc->text[p] == ',' || doc->text[p] == '.' || doc->text[p] == ';';
}

/*
 * "told reporters the bill was dead", "told him ...", "told CNN ...", "told
 * The Washington Post on Friday ...", "assured him it was ...": with no
 * "that", the clause of a verb of address (ADDRESSEE_VERBS) starts after
 * whom it is told to (ADDRESSEES and GROUP_NOUNS, or a
 * name, each maybe after "the"), and after a day or a phrase of time
 * ("on Friday"), when a subject opens the clause: "told reporters about
 * ...", "told him to leave" report no clause there.  Returns where the
 * clause starts, cue->end when there is no such addressee.
 */
static size_t
told_whom(aa_doc *doc, const aa_match *cue, size_t sent_end)
{
	aa_word		w;
	size_t		p = addressee_after(doc, cue, sent_end, false);

	if (p == cue->end)
		return cue->end;
	/*
	 * the clause: at least three words, opening with a subject ("he", "the
	 * bill", "Trump", "there"), not with what may still be the addressee's
	 * ("The Post and Courier", "The New York Times editorial board") or an
	 * order ("not to worry")
	 */
	if (!aa_word_after(doc, p, sent_end, &w) || w.cstart != w.start || aa_count_words(doc, p, sent_end) < 3)
		return cue->end;
	if (aa_word_is(doc, &w, "there") ||
		(w.capitalized && !(w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK))) ||
		((w.classes & (LX_PRONOUN | LX_DETERMINER | LX_ARTICLE)) && !aa_word_marked(doc, &w, LM_ADDRESSEE) &&
		 !aa_word_is(doc, &w, "that")))
		return p;
	/* "told the BBC engineers were working ...": a bare noun and its auxiliary */
	{
		aa_word		verb;

		if (!w.capitalized && w.cend == w.end &&
			!(w.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX | LX_BE | LX_ADVERB | LX_REPORT_VERB)) &&
			aa_word_after(doc, w.end, sent_end, &verb) && verb.cstart == verb.start && !verb.capitalized &&
			(verb.classes & (LX_AUX | LX_BE)))
			return p;
	}
	return cue->end;
}

/* Does a "that" open a clause within the next few words? */
static bool
that_follows(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w;

	for (int k = 0; k < 6 && aa_word_after(doc, from, to, &w); k++)
	{
		if (aa_word_is(doc, &w, "that"))
			return true;
		/* (a participle's "that" is its own: "..., Mr. Manafort said, adding that ...") */
		if (w.classes & LX_REPORT_ING)
			return false;
		from = w.end;
	}
	return false;
}

/*
 * Is [start, end) one prepositional phrase and no clause: "In a September
 * Washington Post-ABC News poll, 75 percent of Republicans said ...", "In a
 * speech last July, Trump said ...", "On Dec. 7 on MSNBC, ...": a
 * preposition first (not one that opens a clause: "After the court
 * refused ..."; not "This"), no comma inside ("In his view, Mr. Trump
 * would ..., he says" is a clause) and no auxiliary.
 */
static bool
prepositional_phrase_only(aa_doc *doc, size_t start, size_t end)
{
	aa_word		w,
				after;
	const char *comma;

	start = skip_space(doc, start);
	if (!aa_word_after(doc, start, end, &w) || w.cstart != w.start || w.cend != w.end ||
		!(w.classes & LX_PREPOSITION) || (w.classes & (LX_CLAUSE_BREAK | LX_DETERMINER)))
		return false;
	/*
	 * "On Friday morning, the third day in his four-day swing,": a phrase of
	 * time may restate it after a comma, with an article and no verb
	 */
	comma = memchr(doc->text + w.end, ',', end - w.end);
	if (comma != NULL &&
		(!aa_word_after(doc, (size_t) (comma - doc->text) + 1, end, &after) || after.capitalized ||
		 !(after.classes & (LX_ARTICLE | LX_DETERMINER)) || (after.classes & LX_PRONOUN) ||
		 memchr(comma + 1, ',', end - (size_t) (comma + 1 - doc->text)) != NULL))
		return false;
	/* a verb of its own makes a clause: "About 270 people have now been resettled ..." */
	for (size_t p = w.end; aa_word_after(doc, p, end, &w); p = w.end)
		if (!w.capitalized && ((w.classes & (LX_AUX | LX_BE)) || (comma != NULL && aa_past_form(doc, &w))))
			return false;
	return true;
}

/*
 * Does the segment set off by commas that ends at `pos` open with a relative
 * pronoun right after the sentence's subject?  "BuzzFeed, which does not
 * disclose its finances, denied the report" has its subject before the cue,
 * not after it; in "Cruz also lacks support from his colleagues, whom he's
 * alienated, said Larry Sabato" the relative clause is the fronted clause's.
 */
static bool
relative_clause_ends_at(aa_doc *doc, size_t sent_start, size_t pos)
{
	aa_word		w,
				first = {0};
	aa_phrase	subject;
	bool		seen = false;

	for (int k = 0; k < 30 && aa_word_before(doc, sent_start, pos, &w); k++, pos = w.start)
	{
		if (doc->text[w.end - 1] == ',')
			break;
		first = w;
		seen = true;
	}
	return seen && !first.capitalized && first.cend == first.end && aa_word_marked(doc, &first, LM_RELATIVE) &&
		aa_word_before(doc, sent_start, first.start, &w) &&
		aa_sentence_subject(doc, sent_start, w.cend, &subject) && subject.end >= w.cend;
}

/*
 * "No, says Gary Bettman.", "Yes, said the mayor.": an answer that opens the
 * sentence, then an inverted one-word cue and its speaker, is a statement
 * of one word.
 */
static bool
answer_before_cue(aa_doc *doc, aa_vec *items, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	aa_word		w;
	aa_phrase	np;
	attribution a = {-1, NULL, NULL, 0, 0, 0.3f, NULL};

	/* "No, " or "Yes, " and the spaces around them: the cue is a few bytes into its sentence */
	if (cue->start > sent_start + 8 || phrasal_cue(doc, cue) ||
		!aa_word_before(doc, sent_start, cue->start, &w) || w.start > skip_space(doc, sent_start) ||
		doc->text[w.end - 1] != ',' || w.cstart != w.start ||
		!aa_lex_marked(doc->text + w.cstart, w.cend - w.cstart, LM_ANSWER) ||
		!aa_subject_after(doc, cue->end, sent_end, &np) || !speaker_ends_sentence(doc, np.end, sent_end))
		return false;
	attribute_phrase(doc, &np, cue, 0.7f, &a);
	push_item(doc, items, AA_INDIRECT, w.cstart, w.cend, -1, &a);
	return true;
}

/*
 * Where the words after a cue end for counting them: at the sentence's end,
 * or at a participle cue of its own that a quotation follows ("...,
 * Spicer said, adding, “They need to sit down and have a good talk.”"
 * reports the clause before "said" whatever the quotation's length).
 */
static size_t
quotation_or_end(const aa_doc *doc, size_t from, size_t sent_end)
{
	int			i = aa_vec_lower_bound(&doc->spans, from);
	size_t		open;

	if (i >= doc->spans.n || (open = AA_VEC_AT(&doc->spans, aa_span, i).open) >= sent_end)
		return sent_end;
	for (int c = aa_vec_lower_bound(&doc->cues, from); c < doc->cues.n; c++)
	{
		const aa_match *m = &AA_VEC_AT(&doc->cues, aa_match, c);

		if (m->start >= open)
			break;
		if (m->start >= 2 && doc->text[m->start - 2] == ',' && is_cue_participle(doc, m))
			return m->start;
	}
	return sent_end;
}

/*
 * A cue set off by a comma inside brackets reports what they hold, not the
 * sentence around them: "(at one point as low as 19%, Gutin says)" the
 * clause before the comma; "(the existence of which, many Democrats say,
 * represents ...)" all of it, the aside too, as "Now, she said, ..." does
 * its sentence.  comma: the word that ends with the comma; after: where the
 * cue and its speaker end.  False when no bracket is open before the comma.
 */
static bool
report_inside_brackets(aa_doc *doc, aa_vec *items, size_t sent_start, const aa_word *comma, size_t after,
					   const attribution *a)
{
	size_t		open = SIZE_MAX;
	size_t		sent_end;
	const char *close;

	for (size_t i = comma->start; i > sent_start && doc->text[i - 1] != ')'; i--)
		if (doc->text[i - 1] == '(')
		{
			open = i - 1;
			break;
		}
	if (open == SIZE_MAX)
		return false;
	sent_end = aa_sentence_end(doc, after);
	close = memchr(doc->text + after, ')', sent_end - after);
	if (close == NULL)
		return true;
	if (skip_space(doc, after) >= (size_t) (close - doc->text))
		add_reported(doc, items, open + 1, comma->end - 1, a);
	else
		add_statement(doc, items, open + 1, (size_t) (close - doc->text), a, false);
	return true;
}

/*
 * "..., NBC’s Chuck Todd asked the GOP frontrunner about the Twitter
 * kerfuffle": after "asked" and whom it asks (up to end, addressee_end),
 * "about", "whether", "for" ... open the question it reports
 */
static bool
question_after_addressee(aa_doc *doc, const aa_match *cue, size_t end, size_t sent_end)
{
	aa_word		w;

	return end > cue->end && cue_word(doc, cue, &w) && !is_telling(doc, &w) &&
		aa_word_after(doc, end, sent_end, &w) && !w.capitalized && w.cstart == w.start &&
		(aa_word_marked(doc, &w, LM_QUESTION_OPENER) || aa_word_is(doc, &w, "for"));
}

/*
 * "When she took over in 2019, Chief Maria Santos says, morale was at rock
 * bottom": after the cue's comma, a subject and its verb go on with the
 * clause before the aside (not ", adding ...", ", which ...", ", in ...").
 */
static bool
main_clause_after_comma(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w;

	return from < to && doc->text[from] == ',' && aa_word_after(doc, from + 1, to, &w) && w.cstart == w.start &&
		!(w.classes & (LX_REPORT_ING | LX_CLAUSE_BREAK | LX_PREPOSITION | LX_AUX | LX_BE)) &&
		!aa_word_ends(doc, &w, "ing") && has_finite_verb(doc, w.start, to);
}

/*
 * ", had been hard to get": after the cue's comma, the verb of a subject the
 * cue interrupts ("the permit, his campaign said, had been ...")
 */
static bool
verb_after_comma(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w;

	return from < to && doc->text[from] == ',' && aa_word_after(doc, from + 1, to, &w) && !w.capitalized &&
		w.cstart == w.start && w.cend == w.end && !(w.classes & LX_REPORT_ING) &&
		((w.classes & LX_AUX) || aa_past_form(doc, &w));
}

/*
 * "did not respond to a request for comment", "has not yet responded to
 * Calderon’s remarks": what is responded to is the statement, and "to" is
 * the cue's.  True when the cue is done with.
 */
static bool
responds_to_object(aa_doc *doc, aa_vec *items, const aa_match *cue, size_t sent_end, attribution *a)
{
	aa_word		w;

	if (cue->end + 3 >= sent_end || doc->text[cue->end] != ' ' || (doc->text[cue->end + 1] | 0x20) != 't' ||
		!responds(doc, cue) || !aa_word_after(doc, cue->end, sent_end, &w) || w.start != cue->end + 1 ||
		w.cend != w.end || !aa_word_is_either(doc, &w, "to"))
		return false;
	a->cue = intern_text(doc, cue->start, w.cend);
	a->cue_end = w.cend;
	add_reported(doc, items, w.end, sent_end, a);
	return true;
}

/*
 * "promised to veto it", "promised to deliver change": "to" and a verb is
 * what the cue reports, however short; not "to reporters", "to the crowd",
 * "to him" (a plural in -s is a noun: "to voters")
 */
static bool
infinitive_at(aa_doc *doc, const aa_word *to, size_t sent_end)
{
	aa_word		verb;

	if (!aa_word_is(doc, to, "to") || to->cend != to->end || !aa_word_after(doc, to->end, sent_end, &verb) ||
		verb.capitalized || verb.cstart != verb.start || verb.cend - verb.cstart < 2 ||
		(verb.classes & (LX_ARTICLE | LX_DETERMINER | LX_PRONOUN | LX_GROUP_NOUN | LX_TITLE | LX_PREPOSITION |
						 LX_TIME_WORD | LX_CLAUSE_BREAK)) ||
		aa_word_marked(doc, &verb, LM_ADDRESSEE) || aa_is_digit((unsigned char) doc->text[verb.cstart]))
		return false;
	return !aa_plural_ending(doc, &verb);
}

/*
 * "Noting that both Reagan and Trump battled ..., Schlafly put ...",
 * "Declaring that he alone has ..., the billionaire real estate mogul
 * offered ...": a participle that opens its sentence with "that" reports up
 * to the comma after which the main clause's subject and its verb come, and
 * that subject speaks.
 */
#define OPENING_CLAUSE_WORDS 40
#define SUBJECT_WORDS 8

static bool
opening_participle(aa_doc *doc, aa_vec *items, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	attribution a = {-1, NULL, NULL, 0, 0, 0.3f, NULL};
	aa_word		w,
				verb;
	aa_phrase	np;
	size_t		from;

	if (!aa_is_upper((unsigned char) doc->text[cue->start]) || skip_space(doc, sent_start) != cue->start ||
		!(aa_word_classes(doc, cue->start, cue->end) & LX_REPORT_ING) ||
		!aa_word_after(doc, cue->end, sent_end, &w) || !aa_word_is(doc, &w, "that") || w.cend != w.end)
		return false;
	from = w.end;
	for (int k = 0; k < OPENING_CLAUSE_WORDS && aa_word_after(doc, w.end, sent_end, &w); k++)
	{
		if (w.end != w.cend + 1 || doc->text[w.cend] != ',' || aa_span_at(doc, w.cend) >= 0)
			continue;
		/* the first verb within a few words, and the subject before it opening the clause */
		for (size_t q = w.end; aa_word_after(doc, q, sent_end, &verb) && verb.cstart == verb.start &&
			 aa_count_words(doc, w.end, verb.end) <= SUBJECT_WORDS; q = verb.end)
		{
			bool		coordinated;
			aa_word		first;

			if (verb.capitalized || !((verb.classes & (LX_AUX | LX_BE | LX_REPORT_VERB)) || aa_past_form(doc, &verb)))
				continue;
			if (!aa_subject_before(doc, w.end, verb.start, &np, &coordinated) ||
				!aa_word_after(doc, w.end, sent_end, &first) || np.start != first.cstart)
				break;
			attribute_phrase(doc, &np, cue, 0.6f, &a);
			add_statement(doc, items, from, w.cend, &a, false);
			return true;
		}
	}
	return false;
}

/*
 * Where a clause joined by a dash and a coordinator ("- and", "— but") starts
 * in the words before pos; sent_start when there is none.
 */
#define DASH_AND_REACH 30

static size_t
after_dash_and(aa_doc *doc, size_t sent_start, size_t pos)
{
	aa_word		w,
				next;

	for (int k = 0; k < DASH_AND_REACH && aa_word_before(doc, sent_start, pos, &w); k++, pos = w.start)
		if (aa_dash_token(doc, &w) && aa_word_after(doc, w.end, doc->len, &next) &&
			!next.capitalized && next.cend == next.end && aa_word_marked(doc, &next, LM_COORDINATOR))
			return next.end;
	return sent_start;
}

/*
 * "CLAUSE, X said." / "CLAUSE, said X.": the clause from the sentence's start
 * to the comma that ends with the word `comma`, said by np; a quotation in
 * marks there is attributed with the quotations instead.
 */
static void
report_clause_before(aa_doc *doc, aa_vec *items, const aa_match *cue, const aa_phrase *np, const aa_word *comma,
					 size_t sent_start)
{
	attribution a = {-1, NULL, NULL, 0, 0, 0.3f, NULL};

	if (aa_span_at(doc, comma->end - 1) >= 0 || aa_span_at(doc, comma->start) >= 0)
		return;
	attribute_phrase(doc, np, cue, 0.7f, &a);
	/* "WASHINGTON -- A six-year trend ... will end, the office reported": past the dateline */
	if (!report_inside_brackets(doc, items, sent_start, comma, np->end > cue->end ? np->end : cue->end, &a))
		add_reported(doc, items, aa_dateline_end(doc, sent_start, comma->start), comma->end - 1, &a);
}

/*
 * "Asked whether she had practiced, she said ...", "When asked by a reporter
 * about ..., Trump said", "Sanders was asked to name a decision ...": the
 * question is a statement of its own, by the asker when "by" names one
 * (the one asked is no speaker of it).  It runs from the word that opens it
 * ("whether", "who", "about" ..., or "to" right after "asked") to the comma
 * that ends the clause.
 */
#define QUESTION_OPENER_WORDS 8		/* "Asked at a briefing Monday in Washington about ..." */

static bool
asked_question(aa_doc *doc, aa_vec *items, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	attribution a = {-1, NULL, NULL, 0, 0, 0.5f, NULL};
	aa_word		w;
	size_t		from = cue->end;
	size_t		to;
	bool		open = false;

	if (!question_cue(doc, cue, sent_start))
		return false;
	set_cue(doc, &a, cue);
	/* nothing after "Asked": no question (and w would still hold the word before, or nothing) */
	if (!aa_word_after(doc, from, sent_end, &w))
		return false;
	if (aa_word_is(doc, &w, "by"))
	{
		aa_phrase	np;

		if (!aa_subject_after(doc, w.end, sent_end, &np))
			return false;
		attribute_phrase(doc, &np, cue, 0.6f, &a);
		from = np.end;
		if (!aa_word_after(doc, from, sent_end, &w))
			return false;
	}
	/* "to" opens the question only where the object would be: "asked to respond" */
	open = w.cstart == w.start && aa_word_is(doc, &w, "to");
	for (int k = 0; k < QUESTION_OPENER_WORDS && !open; k++)	/* "Asked specifically what ..." */
	{
		open = w.cstart == w.start && aa_word_marked(doc, &w, LM_QUESTION_OPENER);
		/* the question opens within the clause: a comma ends the search */
		if (!open && (w.cend < w.end || !aa_word_after(doc, w.end, sent_end, &w)))
			return false;
	}
	if (!open)
		return false;
	from = w.start;
	/*
	 * up to the comma after which the answer's speaker comes (a title's
	 * comma inside its closing mark ends the clause too: "Asked about the
	 * attack on “CBS This Morning,” Sanders said"; a quoted phrase in lower
	 * case goes on with the question)
	 */
	to = sent_end;
	for (size_t p = w.start; aa_word_after(doc, p, sent_end, &w); p = w.end)
	{
		int			si;

		if (w.cend >= w.end || doc->text[w.cend] != ',')
			continue;
		if ((si = aa_span_at(doc, w.cend)) < 0)
		{
			to = w.cend;
			break;
		}
		if (AA_VEC_AT(&doc->spans, aa_span, si).content_end == w.cend + 1 &&
			AA_VEC_AT(&doc->spans, aa_span, si).open > from &&
			aa_is_upper((unsigned char) doc->text[AA_VEC_AT(&doc->spans, aa_span, si).content_start]))
		{
			to = AA_VEC_AT(&doc->spans, aa_span, si).after;
			break;
		}
	}
	add_statement(doc, items, from, to, &a, false);
	return true;
}

/*
 * "..., as Breitbart reported a few days later.", "..., as she said at the
 * outset - ...", "As Trump said on Monday, CLAUSE": "as", a subject and a
 * cue, then only where, when or how, no clause.  What was said is the
 * clause before "as", or after the aside when "as" opens the sentence; set
 * inside a clause ("The fact that ..., as Cruz said on Monday, only
 * magnifies ...") the aside reports nothing.
 */
static bool
as_aside(aa_doc *doc, aa_vec *items, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	attribution a = {-1, NULL, NULL, 0, 0, 0.7f, NULL};
	aa_phrase	np;
	aa_word		w,
				first,
				as_word,
				before;
	bool		coordinated,
				of_time = false;
	aa_match	other;
	size_t		aside_end = sent_end;

	/*
	 * the word after the cue first: most cues have a clause or an object
	 * there.  An aside opens with a word of time, an adverb (not a
	 * reflexive object: "repeating himself") or a preposition of occasion
	 * ("in", "on", "at", "during"); an article only before a span of time
	 * ("a few days later").  A participle is no aside's verb.
	 */
	if (is_cue_participle(doc, cue) ||
		!aa_word_after(doc, cue->end, sent_end, &first) || first.capitalized || first.cstart != first.start ||
		first.cend != first.end || is_reflexive(doc, &first) ||
		!((first.classes & (LX_TIME_WORD | LX_ADVERB | LX_ARTICLE)) || aa_word_is(doc, &first, "in") ||
		  aa_word_is(doc, &first, "on") || aa_word_is(doc, &first, "at") || aa_word_is(doc, &first, "during")))
		return false;
	/* "as", then the subject right before the cue (no comma between: "elected as U.S. president, ...") */
	if (!aa_subject_before(doc, sent_start, cue->start, &np, &coordinated) || np.end > cue->start ||
		memchr(doc->text + np.end, ',', cue->start - np.end) != NULL ||
		!aa_word_before(doc, sent_start, np.start, &as_word) || as_word.cend != as_word.end ||
		!aa_word_is_either(doc, &as_word, "as"))
		return false;
	/* the aside runs to a comma, a dash or the sentence's end */
	for (size_t p = cue->end; aa_word_after(doc, p, sent_end, &w); p = w.end)
	{
		if (aa_span_at(doc, w.start) >= 0)
			return false;
		if (aa_dash_token(doc, &w))
		{
			aside_end = w.start;
			break;
		}
		of_time |= (w.classes & LX_TIME_WORD) || aa_word_marked(doc, &w, LM_TIME_UNIT);
		if (w.cend < w.end && doc->text[w.cend] == ',')
		{
			aside_end = w.cend;
			break;
		}
	}
	if (((first.classes & LX_ARTICLE) && !of_time) || has_finite_verb(doc, cue->end, aside_end))
		return false;
	attribute_phrase(doc, &np, cue, 0.7f, &a);
	/*
	 * "As Trump said on Monday, the wall will rise.", "given that, as The
	 * Times reported on Saturday, he has emerged ...": a subject after the
	 * aside's comma opens what was said; "..., as Cruz said on Monday, only
	 * magnifies ...": a verb goes on with the clause around the aside
	 */
	if (aside_end < sent_end && doc->text[aside_end] == ',')
	{
		if (aa_word_after(doc, aside_end + 1, sent_end, &w) && w.cstart == w.start &&
			(w.capitalized || (w.classes & (LX_PRONOUN | LX_ARTICLE | LX_DETERMINER)) || aa_word_ends(doc, &w, "ing")))
			add_reported(doc, items, aside_end + 1, sent_end, &a);
		return true;
	}
	/* "... -- as the campaign noted this week -- even promoted ...": the clause around holds the aside */
	if (!aa_word_before(doc, sent_start, as_word.start, &before) || before.cend == before.end ||
		doc->text[before.cend] != ',')
		return false;
	/* "..., as Breitbart reported a few days later.": the clause before, with no cue of its own */
	if (aa_span_at(doc, before.cend) < 0 && aa_count_words(doc, sent_start, before.end) >= 4 &&
		!aa_last_cue(doc, sent_start, as_word.start, &other))
		report_clause_before(doc, items, cue, &np, &before, sent_start);
	return true;
}

/*
 * "As The Hill reported, CLAUSE", "As reported by Western Journalism,
 * CLAUSE": the source, set off by a comma, then what it reported.
 */
static bool
as_reported(aa_doc *doc, aa_vec *items, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	attribution a = {-1, NULL, NULL, 0, 0, 0.7f, NULL};
	aa_word		w;
	aa_phrase	np;
	aa_match	other;
	bool		coordinated;
	size_t		comma,
				as_start;
	aa_word		as_word,
				by;
	bool		has_as;

	/*
	 * "CLAUSE, as first reported by the New York Times on Tuesday.": the
	 * source closes the sentence (not "she said, as recalled by X": a cue
	 * before it has the clause)
	 */
	has_as = as_before_cue(doc, sent_start, cue, &as_word);
	if (has_as && !as_word.capitalized &&
		aa_word_before(doc, sent_start, as_word.start, &w) && w.end == w.cend + 1 && doc->text[w.cend] == ',' &&
		aa_span_at(doc, w.cend) < 0 && aa_count_words(doc, sent_start, w.end) >= 4 &&
		!aa_last_cue(doc, sent_start, as_word.start, &other) &&
		aa_word_after(doc, cue->end, sent_end, &by) && by.cend == by.end && aa_word_is(doc, &by, "by") &&
		aa_subject_after(doc, by.end, sent_end, &np) && speaker_ends_sentence(doc, np.end, sent_end))
	{
		report_clause_before(doc, items, cue, &np, &w, sent_start);
		return true;
	}
	/* "As reported by X, CLAUSE": the "as" right before the cue */
	if (has_as && !aa_word_after(doc, as_word.end, cue->start, &w))
	{
		as_start = as_word.start;
		if (!aa_word_after(doc, cue->end, sent_end, &w) || w.cend != w.end || !aa_word_is(doc, &w, "by") ||
			!aa_subject_after(doc, w.end, sent_end, &np))
			return false;
		/* the comma right after the source: what an appositive walk takes for one may be the clause */
		comma = np.end;
		np.role_start = np.role_end = 0;
	}
	/*
	 * the comma first: most cues have none right after them, and the subject
	 * walk is asked only then ("As the crowd began to chant, ...": an
	 * infinitive's clause is one of time)
	 */
	else if (cue->end < sent_end && doc->text[cue->end] == ',' && !is_cue_infinitive(doc, cue) &&
			 aa_subject_before(doc, sent_start, cue->start, &np, &coordinated) &&
			 aa_word_before(doc, sent_start, np.start, &w) && w.cend == w.end && aa_word_is_either(doc, &w, "as"))
	{
		as_start = w.start;
		comma = cue->end;
	}
	else
		return as_aside(doc, items, cue, sent_start, sent_end);
	/* "she said, as recalled by X, ...": the source of a quotation attributed before, no clause of its own */
	if (comma >= sent_end || doc->text[comma] != ',' || aa_last_cue(doc, sent_start, as_start, &other) ||
		!aa_word_after(doc, comma + 1, sent_end, &w))
		return false;
	attribute_phrase(doc, &np, cue, 0.7f, &a);
	/* "And that, as Trump points out, is quite a bit": set inside a clause, the aside reports all of it */
	if (w.classes & (LX_AUX | LX_BE))
		add_statement(doc, items, sent_start, sent_end, &a, false);
	else
		add_reported(doc, items, comma + 1, sent_end, &a);
	return true;
}

/*
 * "... if Washington refused to agree to the joint probe and continued to
 * accuse Pyongyang of the hacking": an infinitive in a conditional clause
 * (a conditional word before it, no comma between) says nothing yet.
 */
#define CONDITIONAL_REACH_WORDS 16

static bool
in_conditional_clause(aa_doc *doc, const aa_match *cue, size_t sent_start)
{
	aa_word		w;
	size_t		p = cue->start;

	for (int k = 0; k < CONDITIONAL_REACH_WORDS && aa_word_before(doc, sent_start, p, &w); k++, p = w.start)
	{
		if (w.cend != w.end)
			return false;
		if (w.cstart == w.start && !w.capitalized && (w.classes & LX_CLAUSE_BREAK) &&
			aa_word_marked(doc, &w, LM_CONDITIONAL))
			return true;
	}
	return false;
}

/*
 * Does a statement found already in the sentence hold pos?  "Pyongyang
 * indicated there would be consequences if Washington refused to agree to
 * the probe": the infinitive is part of what Pyongyang indicated.
 */
static bool
inside_statement(const aa_vec *items, size_t pos, size_t sent_start)
{
	for (int i = items->n - 1; i >= 0; i--)
	{
		const item *it = &AA_VEC_AT(items, item_slot, i).it;

		if (it->span >= 0 || it->cend <= sent_start)
			break;
		if (it->cstart <= pos && pos < it->cend)
			return true;
	}
	return false;
}

/*
 * "threatened to charge him with ...", "According to state law": the word
 * before "to" is a cue whose clause holds this one, or "according".
 */
static bool
governed_by_cue(aa_doc *doc, const aa_match *cue, size_t sent_start)
{
	aa_word		to,
				w;
	aa_match	m;

	if (!infinitive_to(doc, cue, &to) || to.start < sent_start || !aa_word_before(doc, sent_start, to.start, &w) ||
		w.cend != w.end)
		return false;
	return aa_word_is_either(doc, &w, "according") ||
		(aa_last_cue(doc, w.start, w.end, &m) && m.start == w.cstart);
}

/*
 * "it's safe to say", "It is too soon to say", "too close to call": an
 * infinitive cue with "it" at most four words before it, or "too" just
 * before its adjective, says what no one says.
 */
static bool
impersonal_infinitive(aa_doc *doc, const aa_match *cue, size_t sent_start)
{
	aa_word		w;
	size_t		p;

	if (!infinitive_to(doc, cue, &w) || w.start < sent_start)
		return false;
	p = w.start;
	for (int k = 0; k < 4 && aa_word_before(doc, sent_start, p, &w); k++, p = w.start)
	{
		if (w.cend != w.end)
			return false;
		/* "it", "it's": the expletive subject ("were more likely to say" has a subject that says) */
		if (aa_contraction_stem_end(doc, &w) == w.cstart + 2 && same_word_ci(doc->text + w.cstart, "it", 2))
			return true;
		/* "too close to call", "too inconclusive to call" */
		if (k < 2 && !w.capitalized && aa_word_is(doc, &w, "too"))
			return true;
	}
	return false;
}

/*
 * "declared in an interview Thursday, in the latest escalation of words":
 * a prepositional phrase, its comma, then another one.  w: the word after
 * the cue.
 */
static bool
prepositional_phrases_only(aa_doc *doc, const aa_word *w, size_t sent_end)
{
	aa_word		v = *w;

	/*
	 * not an infinitive's "to" ("promised to repeal ..., including"), a
	 * particle ("shrugged off the decision, with ...") or a gerund's
	 * preposition ("insisted on building a wall ..., despite")
	 */
	if (v.capitalized || (v.classes & (LX_PREPOSITION | LX_CLAUSE_BREAK | LX_DETERMINER)) != LX_PREPOSITION ||
		aa_word_is(doc, &v, "to") || aa_word_is(doc, &v, "off") || aa_word_is(doc, &v, "out") ||
		(aa_word_after(doc, v.end, sent_end, &v) && aa_word_ends(doc, &v, "ing")))
		return false;
	v = *w;
	for (int k = 0; k < 8 && v.cend == v.end; k++)
		if (!aa_word_after(doc, v.end, sent_end, &v) || (v.classes & (LX_REPORT_VERB | LX_CLAUSE_BREAK)) ||
			((v.classes & LX_AUX) && !v.capitalized))
			return false;
	if (!(v.cend < v.end && doc->text[v.cend] == ',' && aa_word_after(doc, v.end, sent_end, &v) &&
		  !v.capitalized && v.cstart == v.start && (v.classes & LX_PREPOSITION) &&
		  !(v.classes & (LX_CLAUSE_BREAK | LX_ADVERB))))
		return false;
	/* not a clause that the second phrase opens: "about their enemies, in private they often reach out" */
	for (int k = 0; k < 3 && v.cend == v.end && aa_word_after(doc, v.end, sent_end, &v); k++)
		if ((v.classes & (LX_PRONOUN | LX_DETERMINER)) == LX_PRONOUN)
			return false;
	return true;
}

/*
 * Does [start, end) hold a verb by its form: a lower-case auxiliary or past
 * tense ("The plan will fail", "Cruz changed course")?  A short clause
 * before "X said" needs one: "On Friday, he said" has none.
 */
static bool
has_finite_verb(aa_doc *doc, size_t start, size_t end)
{
	aa_word		w;
	bool		after_article = true;	/* the first word is the subject's */

	for (size_t p = start; aa_word_after(doc, p, end, &w); p = w.end)
	{
		/* (not an adjective after an article: "The presumed adjustment") */
		if (!after_article && !w.capitalized && w.cstart == w.start &&
			((w.classes & (LX_AUX | LX_BE)) || aa_past_form(doc, &w)))
			return true;
		after_article = (w.classes & (LX_ARTICLE | LX_DETERMINER)) != 0;
	}
	return false;
}

/* Does the sentence end right at pos: "..., a source said." (not "..., he said, wiping ...")? */
static bool
ends_sentence_after(const aa_doc *doc, size_t pos, size_t sent_end)
{
	return pos >= sent_end || memchr(".!?", doc->text[pos], 3) != NULL;
}

/*
 * "..., he said on Friday in an interview with reporters.", "..., he said
 * after meeting Thursday with Trump aides, because ...": where and when, up
 * to the sentence's end or a comma and a clause of its own, with no
 * auxiliary, cue, "that" or quotation that would open a clause
 */
#define ADVERBIAL_WORDS 16

static bool
only_adverbials_after(aa_doc *doc, size_t from, size_t sent_end)
{
	aa_word		w;
	int			k;

	/* (not a particle: "called out his rival") */
	if (!aa_word_after(doc, from, sent_end, &w) || w.capitalized || w.cstart != w.start ||
		!(w.classes & (LX_PREPOSITION | LX_TIME_WORD)) || aa_word_is(doc, &w, "to") || aa_word_is(doc, &w, "that") ||
		aa_word_is(doc, &w, "out") || aa_word_is(doc, &w, "off") || aa_word_is(doc, &w, "up") ||
		aa_word_is(doc, &w, "down") || aa_word_is(doc, &w, "back") || aa_word_is(doc, &w, "about"))
		return false;
	for (k = 0; k < ADVERBIAL_WORDS; k++)
	{
		/* (a verb's past: "at least six planes filled the skies") */
		if (aa_span_at(doc, w.cstart) >= 0 || aa_word_is(doc, &w, "that") ||
			((w.classes & (LX_AUX | LX_BE)) && !w.capitalized) ||
			((w.classes & LX_REPORT_VERB) && !(w.classes & LX_REPORT_ING)) ||
			(!w.capitalized && aa_past_form(doc, &w)))
			return false;
		/* (a comma and a subordinate clause end them: "..., because he said ...") */
		if (w.end == w.cend + 1 && doc->text[w.cend] == ',')
		{
			aa_word		next;

			return aa_word_after(doc, w.end, sent_end, &next) && !next.capitalized &&
				next.cstart == next.start && aa_word_marked(doc, &next, LM_SUBORDINATOR);
		}
		if (!aa_word_after(doc, w.end, sent_end, &w))
			return true;
	}
	return false;
}

/* Does a cue that starts before this one run to its end or past it ("went on to say" around "say")? */
static bool
inside_longer_cue(const aa_doc *doc, const aa_match *cue)
{
	int			i = aa_vec_lower_bound(&doc->cues, cue->start) - 1;

	return i >= 0 && AA_VEC_AT(&doc->cues, aa_match, i).end >= cue->end;
}

/* Is [sent_start, pos) one capitalised name in the possessive ("Breitbart News’ ", "CNN's ")? */
static bool
opens_with_owner(aa_doc *doc, size_t sent_start, size_t pos)
{
	aa_word		w;
	size_t		p = skip_space(doc, sent_start);
	bool		owner = false;

	for (int k = 0; k < 4 && !owner && aa_word_after(doc, p, pos, &w); k++, p = w.end)
	{
		if (!w.capitalized || w.cstart != w.start)
			return false;
		owner = aa_possessive_form(doc, &w);
	}
	return owner && skip_space(doc, p) == pos;
}

/*
 * "CLAUSE, teachers and union officials told POLITICO.": the subject walk
 * ends at "and"; one word before it, right after the comma, joins the
 * subject.  On success np starts at that word and *w is the comma's word.
 */
static bool
two_joined_after_comma(aa_doc *doc, size_t sent_start, aa_phrase *np, aa_word *w)
{
	aa_word		first,
				comma;

	if (w->capitalized || w->cend != w->end || !(aa_word_is(doc, w, "and") || aa_word_is(doc, w, "or")) ||
		!aa_word_before(doc, sent_start, w->start, &first) || first.cstart != first.start ||
		first.cend != first.end || (first.classes & (LX_CLAUSE_BREAK | LX_PREPOSITION | LX_AUX)) ||
		!aa_word_before(doc, sent_start, first.start, &comma) || doc->text[comma.end - 1] != ',')
		return false;
	np->start = first.cstart;
	*w = comma;
	return true;
}

/* Does a clause of time or concession open at pos ("told his advisers as he labored over ...")? */
static bool
adverbial_clause_at(aa_doc *doc, size_t pos, size_t sent_end)
{
	aa_word		w;

	return aa_word_after(doc, pos, sent_end, &w) && opens_adverbial_clause(doc, &w, sent_end);
}

/*
 * CLAUSE, X said.  -- the subject follows a comma, the clause before it is
 * one (not "On Friday,"), and no that-clause follows the cue.  The clause
 * has five words, or three with a verb when nothing or only where and when
 * follow the cue; after the cue, at most ten words, or a clause of time,
 * or where and when.  On success np is the speaker and *comma the word
 * whose comma ends the clause.
 */
static bool
said_after_clause(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t sent_end, aa_phrase *np,
				  aa_word *comma)
{
	bool		coordinated;
	size_t		after;			/* past whom the cue speaks to ("told reporters") */
	bool		adverbials;
	int			words;

	/*
	 * (not "32% call themselves conservative": what "call" names follows it;
	 * nor "Germany has pledged to bolster its military": an infinitive)
	 */
	if (is_cue_participle(doc, cue) || calls_someone_after(doc, cue) || infinitive_after_cue(doc, cue, sent_end) ||
		!aa_subject_before(doc, sent_start, cue->start, np, &coordinated) ||
		!aa_word_before(doc, sent_start, np->start, comma) ||
		!(doc->text[comma->end - 1] == ',' || two_joined_after_comma(doc, sent_start, np, comma)))
		return false;
	after = addressee_end(doc, cue, sent_end);
	adverbials = only_adverbials_after(doc, after, sent_end);
	words = aa_count_words(doc, sent_start, comma->end);
	if (words < 5 && !(words >= 3 && has_finite_verb(doc, sent_start, comma->cend) &&
					   (ends_sentence_after(doc, after, sent_end) || adverbials)))
		return false;
	if (!((aa_count_words(doc, cue->end, quotation_or_end(doc, cue->end, sent_end)) <= 10 ||
		   adverbial_clause_at(doc, after, sent_end) || adverbials) &&
		  !that_follows(doc, cue->end, sent_end) && nothing_reported_after(doc, after, sent_end) &&
		  !question_after_addressee(doc, cue, after, sent_end) && !verb_after_comma(doc, after, sent_end) &&
		  !prepositional_phrase_only(doc, aa_dateline_end(doc, sent_start, comma->cend), comma->cend) &&
		  !participle_clause(doc, aa_dateline_end(doc, sent_start, comma->cend), comma->cend) &&
		  !main_clause_after_comma(doc, after, sent_end)))
		return false;
	/*
	 * "CLAUSE, an offer the leadership rebuffed": a noun with its article
	 * sums up the clause, and the subject after it is the speaker
	 */
	{
		aa_word		article,
					noun,
					subject;

		if (aa_word_after(doc, np->start, np->end, &article) && article.cend == article.end &&
			!article.capitalized && (article.classes & (LX_ARTICLE | LX_DETERMINER)) &&
			!(article.classes & LX_PRONOUN) &&
			aa_word_after(doc, article.end, np->end, &noun) && !noun.capitalized && noun.classes == 0 &&
			noun.cstart == noun.start && noun.cend == noun.end &&
			aa_word_after(doc, noun.end, np->end, &subject) && subject.cend < np->end &&
			subject.cstart == subject.start && (subject.classes & LX_ARTICLE) && !(subject.classes & LX_PRONOUN))
			np->start = subject.cstart;
	}
	return true;
}

/*
 * Is the next word after pos a past tense in lower case ("that worked
 * with"), an adverb aside ("that first published")?
 */
static bool
past_tense_after(aa_doc *doc, size_t pos, size_t sent_end)
{
	aa_word		w;

	if (!aa_word_after(doc, pos, sent_end, &w) || w.capitalized || w.cstart != w.start)
		return false;
	if (aa_past_form(doc, &w))
		return true;
	return w.cend == w.end && ((w.classes & LX_ADVERB) || aa_ly_adverb(doc, &w) || aa_word_is(doc, &w, "first")) &&
		aa_word_after(doc, w.end, sent_end, &w) && !w.capitalized && w.cstart == w.start && aa_past_form(doc, &w);
}

/*
 * Does "defend" take a contest's or a war's object ("defended his title
 * on Sunday", "defended the border town")?  Up to three words after the
 * cue, before any punctuation or preposition.
 */
static bool
defends_contest_object(aa_doc *doc, const aa_match *cue, size_t sent_end)
{
	aa_word		w;
	size_t		p = cue->end;

	if (!cue_opens_with(doc, cue, "defend"))
		return false;
	for (int k = 0; k < 3 && aa_word_after(doc, p, sent_end, &w) && !w.capitalized && w.cstart == w.start; k++, p = w.end)
	{
		if (aa_verb_form_of(doc, &w, VF_CONTEST_OBJECT, false))
			return true;
		if (w.cend != w.end || ((w.classes & LX_PREPOSITION) && !(w.classes & LX_ARTICLE)))
			break;
	}
	return false;
}

/*
 * "Asked about the mixed reviews, Gold shrugged", "Speaking to reporters,
 * she smiled": a participle and a preposition or question word open the
 * clause [start, end), which has no verb of its own -- the circumstances of
 * the sentence, not words it reports.
 */
static bool
participle_clause(aa_doc *doc, size_t start, size_t end)
{
	aa_word		w,
				next;

	return aa_word_after(doc, start, end, &w) && w.capitalized && w.cstart == w.start && w.cend == w.end &&
		!(w.classes & (LX_MALE | LX_FEMALE | LX_TITLE)) &&
		(aa_word_ends(doc, &w, "ed") || aa_word_ends(doc, &w, "ing")) &&
		aa_word_after(doc, w.end, end, &next) && !next.capitalized && next.cstart == next.start &&
		((next.classes & LX_PREPOSITION) || aa_word_marked(doc, &next, LM_QUESTION_OPENER)) &&
		!has_finite_verb(doc, w.start, end);
}

/*
 * Does an infinitive follow the cue ("pledged to bolster", "vowed to
 * fight")?  A verb of saying's "to" names whom it speaks to ("said to
 * applause", "told to reporters"): not those.
 */
static bool
infinitive_after_cue(aa_doc *doc, const aa_match *cue, size_t sent_end)
{
	aa_word		cw,
				verb;

	return cue->end + 4 <= sent_end && to_follows(doc, cue->end) &&
		aa_word_after(doc, cue->end + 3, sent_end, &verb) && verb.cstart == verb.start &&
		!verb.capitalized && !(verb.classes & (LX_ARTICLE | LX_DETERMINER | LX_PRONOUN | LX_GROUP_NOUN | LX_TIME_WORD)) &&
		!aa_word_ends(doc, &verb, "ing") && !aa_is_digit((unsigned char) doc->text[verb.cstart]) &&
		cue_word(doc, cue, &cw) && !says_word(doc, &cw) && !is_telling(doc, &cw) && !adds_or_agrees(doc, cue);
}

/*
 * The word after a person w that is a verb's object: an object pronoun
 * ("him", "her") or up to three capitalised words of a name ("Donald
 * Trump"); false when w is neither or nothing follows.
 */
static bool
word_after_person(aa_doc *doc, const aa_word *w, size_t sent_end, aa_word *next)
{
	*next = *w;
	if (w->cend != w->end)
		return false;
	if (aa_object_pronoun(doc, w) || (!w->capitalized && aa_word_is(doc, w, "her")))
		return aa_word_after(doc, w->end, sent_end, next);
	for (int k = 0; k < 3 && next->capitalized && next->cend == next->end && aa_stem_end(doc, next) == next->cend &&
		 !(next->classes & (LX_ARTICLE | LX_DETERMINER | LX_PRONOUN | LX_TIME_WORD)); k++)
		if (!aa_word_after(doc, next->end, sent_end, next))
			return false;
	return next->start > w->start;
}

/* How far after a cue a "that" may open its clause, in words. */
#define THAT_AFTER_CUE_WORDS 11

/*
 * Does a form of "call" with its object w, a person (an object pronoun,
 * "her" or up to three capitalised words), then a word of time, an adverb,
 * a preposition or an infinitive other than of speech, telephone ("called
 * Haugland earlier this month to learn more", "called Sanders shortly
 * after", "called Sanders to congratulate him")?  Not "called Trump a
 * liar", "called her to say ...".
 */
static bool
phone_call(aa_doc *doc, const aa_match *cue, const aa_word *w, size_t sent_end)
{
	aa_word		next,
				verb;

	/* (one word: not "called for", "calls on") */
	if ((doc->text[cue->start] | 0x20) != 'c' || !cue_word(doc, cue, &verb) || verb.cend != cue->end ||
		!aa_verb_form_of(doc, &verb, VF_CALL, false) ||
		!word_after_person(doc, w, sent_end, &next) || next.cstart != next.start || next.capitalized)
		return false;
	if (aa_word_is(doc, &next, "to"))
		return aa_word_after(doc, next.end, sent_end, &verb) &&
			!(verb.classes & (LX_REPORT_VERB | LX_ARTICLE | LX_DETERMINER | LX_PRONOUN)) && !verb.capitalized;
	/* (not "calling him out in real-time": the verb's particle) */
	return ((next.classes & (LX_TIME_WORD | LX_PREPOSITION)) || aa_ly_adverb(doc, &next)) &&
		!aa_word_is(doc, &next, "out");
}

/*
 * After a cue and its "and" (conj), a second verb of the cue's form (both
 * in -ing, both past, or both bare) that an article, a possessive or a
 * determiner follows: "tweeting and emailing a video", "wrote and adopted
 * the form of government", "explain and defend her decision".  Sets *end to
 * the second verb's end.
 */
static bool
coordinated_verb_end(aa_doc *doc, const aa_match *cue, const aa_word *conj, size_t sent_end, size_t *end)
{
	aa_word		verb,
				object,
				first;
	bool		ing,
				past;

	if (!cue_word(doc, cue, &first) ||
		!aa_word_after(doc, conj->end, sent_end, &verb) || verb.capitalized || verb.cstart != verb.start ||
		verb.cend != verb.end || (verb.classes & ~(uint32_t) (LX_REPORT_VERB | LX_REPORT_ING | LX_NOUN_VERB)) ||
		!aa_word_after(doc, verb.end, sent_end, &object) || object.cstart != object.start ||
		!(object.classes & (LX_ARTICLE | LX_DETERMINER)))
		return false;
	ing = aa_word_ends(doc, &first, "ing");
	past = aa_past_form(doc, &first);
	if (ing != aa_word_ends(doc, &verb, "ing") || past != aa_past_form(doc, &verb) ||
		(!ing && !past && (aa_word_ends(doc, &first, "s") || aa_word_ends(doc, &verb, "s"))))
		return false;
	*end = verb.cend;
	return true;
}

/* "dismissed as baseless", "rejected as utterly false": "as" and a falsity label after pos */
static bool
called_false_after(aa_doc *doc, size_t pos, size_t sent_end)
{
	aa_word		as;
	aa_match	label;

	return aa_word_after(doc, pos, sent_end, &as) && as.cend == as.end && aa_word_is(doc, &as, "as") &&
		aa_find_falsity(doc, as.end, sent_end, &label) && aa_count_words(doc, as.end, label.start) <= 1;
}

/*
 * Is the subject np of the denial cue a claim's relative clause's ("...,
 * an allegation he denies")?  The subject found may hold the claim noun
 * ("a charge the BJP"): np is then narrowed to the subject after it.  Sets
 * claim_end to the word that ends the claim, before the comma.
 */
#define CLAIM_NOUN_WORDS 3

static bool
denier_after_claim(aa_doc *doc, size_t sent_start, const aa_match *cue, aa_phrase *np, aa_word *claim_end)
{
	aa_word		w;
	size_t		p = np->start;
	bool		coordinated;

	if (aa_claim_appositive_before(doc, sent_start, p, claim_end))
		return true;
	for (int k = 0; k < CLAIM_NOUN_WORDS && aa_word_after(doc, p, cue->start, &w); k++)
	{
		p = skip_space(doc, w.end);
		if (w.cend != w.end || p >= cue->start)
			return false;
		if (aa_claim_appositive_before(doc, sent_start, p, claim_end))
			return aa_subject_before(doc, p, cue->start, np, &coordinated) && np->start >= p;
	}
	return false;
}

/* Does a relative pronoun ("who", "which") open what follows the comma or dash after pos? */
static bool
relative_follows(const aa_doc *doc, size_t pos, size_t sent_end)
{
	aa_word		w;

	while (pos < sent_end && doc->text[pos] != ' ')
		pos++;
	return aa_word_after(doc, pos, sent_end, &w) && w.cstart == w.start && !w.capitalized &&
		aa_word_marked(doc, &w, LM_RELATIVE);
}

/*
 * The clause a cue reports: "X said (that) CLAUSE", "X told Y (that) CLAUSE",
 * "CLAUSE, X said", "according to X, CLAUSE" and "CLAUSE, according to X".
 */
#define LONG_SOURCE_WORDS 16		/* words a source after "According to" may run on past the phrase walk */

static void
reported_clause(aa_doc *doc, aa_vec *items, const aa_match *cue)
{
	size_t		sent_start = aa_sentence_start(doc, cue->start);
	size_t		sent_end = aa_sentence_end(doc, cue->end);
	attribution a = {-1, NULL, NULL, 0, 0, 0.3f, NULL};
	aa_phrase	np;
	aa_word		w,
				before_aside;
	bool		coordinated = false;
	bool		denial_verb;
	bool		claim_verb;		/* reject, dismiss ...: a verb that denies a claim it takes (asked once, below) */

	/*
	 * "Trump went on, “...”" introduces quotations only: "As the day went
	 * on, ..." reports nothing, nor does "read the report"
	 */
	if (aa_lex_marked(doc->text + cue->start, cue->end - cue->start, LM_QUOTATION_ONLY))
		return;
	/* "went on to say": the longer cue that holds this one reports the clause */
	if (inside_longer_cue(doc, cue))
		return;
	/* A "sentence" of many kilobytes is no sentence: keep the work near the cue bounded. */
	if (sent_end > cue->end + CLAUSE_REACH)
		sent_end = char_floor(doc, cue->end + CLAUSE_REACH);
	if (cue->start > sent_start + CLAUSE_REACH)
		sent_start = char_floor(doc, cue->start - CLAUSE_REACH);
	/* (deny, refute ...: several rules below ask, one look-up answers them all) */
	denial_verb = aa_is_denial_verb(doc, cue->start, cue->end);

	/*
	 * An infinitive cue reports what its subject says: "forced to deny that
	 * ...", "Lewandowski continued to say he had never touched Fields", "led
	 * Republicans to say that ...", "declined to comment on the report"; not
	 * an impersonal one ("it's safe to say ...", "too close to call").
	 */
	if (is_cue_infinitive(doc, cue) &&
		(impersonal_infinitive(doc, cue, sent_start) || governed_by_cue(doc, cue, sent_start) ||
		 in_conditional_clause(doc, cue, sent_start) ||
		 (inside_statement(items, cue->start, sent_start) && !denial_verb)))
		return;

	if (reduced_passive(doc, cue, sent_start))
		return;
	if (aa_is_according_to(doc, cue))
	{
		size_t		source_end;	/* where the source ends, with its role */

		/* "Superdelegates: Clinton is backed by ..., according to the AP": a colon opens the clause */
		for (size_t p = cue->start; aa_word_before(doc, sent_start, p, &w); p = w.start)
			if (doc->text[w.end - 1] == ':' && aa_span_at(doc, w.end - 1) < 0)
			{
				sent_start = w.end;
				break;
			}
		if (!aa_source_after(doc, cue->end, sent_end, &np))
		{
			/* "according to “Perfect Enough: ...” by George Anders,": a work's title opens the source */
			if (!aa_word_after(doc, cue->end, sent_end, &w) || !in_source_title(doc, w.start))
				return;
			np = (aa_phrase) {w.start, w.end, 0, 0, 0, 0};
		}
		drop_unclosed_appositive(doc, &np, sent_end, cue->start > sent_start + 1);
		/*
		 * "According to early results of exit polls conducted for the AP by
		 * Edison Research, CLAUSE": a source longer than the phrase walk
		 * runs to the comma before the clause, or to the sentence's end
		 * ("CLAUSE, according to early results of ...").
		 */
		if (np.role_end <= np.role_start && (np.end >= sent_end || doc->text[np.end] != ','))
		{
			size_t		p = np.end,
						last_end = np.end;
			bool		more = true;

			for (int k = 0; k < LONG_SOURCE_WORDS && (more = aa_word_after(doc, p, sent_end, &w)) &&
				 ((w.cstart == w.start && aa_span_at(doc, w.start) < 0) || in_source_title(doc, w.start));
				 k++, p = w.end)
			{
				last_end = w.cend;
				if (w.cend < w.end && doc->text[w.cend] == ',' && aa_span_at(doc, w.cend) < 0)
				{
					np.end = w.cend;
					break;
				}
			}
			if (!more)
				np.end = last_end;
		}
		attribute_phrase(doc, &np, cue, 0.75f, &a);
		/*
		 * "G4S receives, according to one report, $234 million ...", "Most
		 * Americans - 63 percent, according to the report - still believe
		 * ...": set off inside the sentence, the source reports all of it
		 * (not when a relative clause of the source follows the comma:
		 * "..., according to two officials, who spoke on condition of
		 * anonymity")
		 */
		source_end = np.role_end > np.end ? np.role_end : np.end;
		if (set_off_inside(doc, sent_start, cue->start, source_end, sent_end) &&
			!relative_follows(doc, source_end, sent_end))
			add_statement(doc, items, aa_dateline_end(doc, sent_start, cue->start), sent_end, &a, false);
		else if (cue->start <= sent_start + 1 || aa_count_words(doc, sent_start, cue->start) < 3)
			add_reported(doc, items, source_end, sent_end, &a);
		else
			add_reported(doc, items, sent_start, cue->start, &a);
		return;
	}

	if (as_reported(doc, items, cue, sent_start, sent_end) || opening_participle(doc, items, cue, sent_start, sent_end))
		return;
	/* "X was first reported by Y": Y reported X */
	{
		size_t		chain;
		aa_word		by;
		aa_phrase	subject;

		if (reported_by_passive(doc, cue, &chain, &by))
		{
			if (!aa_source_after(doc, by.end, sent_end, &np) ||
				!aa_subject_before(doc, sent_start, chain, &subject, &coordinated))
				return;
			attribute_phrase(doc, &np, cue, 0.6f, &a);
			push_passive_subject(doc, items, &subject, &a);
			return;
		}
	}
	/*
	 * "The claim was denied by the company": a denial in the passive, whose
	 * agent denies its subject when the subject is a claim; "She was denied
	 * bail", "was denied by the keeper" deny nothing and report nothing
	 */
	{
		size_t		chain;
		aa_word		by;
		aa_phrase	subject;
		aa_match	noun;

		if (denial_verb && be_chain_before(doc, cue, &chain))
		{
			aa_word		w2;

			/* ("was not denied by": nothing denied) */
			for (size_t p = chain; aa_word_after(doc, p, cue->start, &w2); p = w2.end)
				if (is_negation(doc, &w2))
					return;
			if (!agent_by_after(doc, cue, sent_end, &by) || !aa_source_after(doc, by.end, sent_end, &np) ||
				!aa_subject_before(doc, sent_start, chain, &subject, &coordinated) ||
				!aa_pattern_find(doc, PAT_CLAIM_NOUN, subject.start, subject.end, &noun))
				return;
			attribute_phrase(doc, &np, cue, 0.6f, &a);
			push_passive_subject(doc, items, &subject, &a);
			return;
		}
	}
	/* "the dissolution of the club was announced": its subject, announced by no one named */
	{
		size_t		chain;
		aa_phrase	subject;

		if ((doc->text[cue->start] | 0x20) == 'a' && announced_passive(doc, cue, &chain))
		{
			aa_match	outer;

			/* (not inside what a cue before it reports: "He denied that the plan was announced ...") */
			if (!aa_subject_before(doc, sent_start, chain, &subject, &coordinated) ||
				aa_last_cue(doc, sent_start, subject.start, &outer))
				return;
			set_cue(doc, &a, cue);
			push_passive_subject(doc, items, &subject, &a);
			return;
		}
	}
	/* "declined to confirm or deny the report": the second cue reports what both take */
	{
		aa_match	next;

		if (cue->end + 5 < sent_end && doc->text[cue->end] == ' ' &&
			aa_first_cue(doc, cue->end, sent_end, &next) && joined_by_or(doc, cue->end, next.start))
			return;
	}
	/*
	 * "..., “allows us to get our message out,” said Frank Coleman, the
	 * group's senior vice president": an inverted cue right after a
	 * quotation set off by its comma attributes the quotation; the name
	 * after it is no clause.
	 */
	if (after_quotation(doc, cue->start, 1, true) && aa_subject_after(doc, cue->end, sent_end, &np) &&
		speaker_ends_sentence(doc, np.end, sent_end))
		return;
	if (answer_before_cue(doc, items, cue, sent_start, sent_end))
		return;
	/*
	 * "retracts claim about ...", not "should retract his comments"; "shot
	 * down the idea", not "shot down a Russian bomber"
	 */
	if (((doc->text[cue->start] | 0x20) == 'r' || (doc->text[cue->start] | 0x20) == 's') &&
		aa_lex_marked(doc->text + cue->start, cue->end - cue->start, LM_CLAIM_ONLY_CUE))
	{
		aa_match	noun;

		if (!aa_pattern_find(doc, PAT_CLAIM_NOUN, cue->end,
							 sent_end < cue->end + 40 ? sent_end : char_floor(doc, cue->end + 40), &noun))
			return;
	}

	/* "defended his title", "defended the city": a contest's or a war's, no words */
	if ((doc->text[cue->start] | 0x20) == 'd' && defends_contest_object(doc, cue, sent_end))
		return;

	/*
	 * "Gandhi accused the Centre of ..., a charge the BJP dismissed as
	 * baseless", "..., an allegation he denies": a claim noun set off by a
	 * comma is the object of the denial after it; the statement is that
	 * relative clause, the clause before the comma its claim (which the
	 * denial rules find there)
	 */
	claim_verb = !denial_verb && aa_is_denial_verb_claim(doc, cue->start, cue->end);
	if ((denial_verb || claim_verb) &&
		(nothing_reported_after(doc, cue->end, sent_end) || called_false_after(doc, cue->end, sent_end)) &&
		aa_subject_before(doc, sent_start, cue->start, &np, &coordinated) &&
		denier_after_claim(doc, sent_start, cue, &np, &w))
	{
		attribute_phrase(doc, &np, cue, 0.7f, &a);
		add_statement(doc, items, skip_space(doc, w.end), cue->end, &a, false);
		return;
	}

	/* CLAUSE, X said. */
	if (said_after_clause(doc, cue, sent_start, sent_end, &np, &w))
	{
		report_clause_before(doc, items, cue, &np, &w, sent_start);
		return;
	}

	/*
	 * CLAUSE, said X.  /  CLAUSE, said X, the mayor.  -- inverted: the speaker
	 * follows the cue up to a comma or the sentence's end, the clause comes
	 * before it.  Not when what comes before is the sentence's subject with
	 * an appositive that reads as its role: "John Kasich, a Republican, said
	 * the Khan family deserved better" (or "Another pollster, David Woodard,
	 * said ...", the role first) reports what follows.  Only a cue of
	 * one word is inverted ("The party chairman, Kelly Armstrong, called for
	 * a voice vote" names no speaker after "called for"), and not after an
	 * age or a party set off ("Raj Patel, 52, denied all charges").
	 */
	if (!is_cue_participle(doc, cue) && !phrasal_cue(doc, cue) &&
		aa_word_before(doc, sent_start, cue->start, &w) &&
		doc->text[w.end - 1] == ',' && aa_count_words(doc, sent_start, w.end) >= 4 &&
		!(aa_age_or_name_tag(doc, &w) && aa_word_before(doc, sent_start, w.start, &before_aside) &&
		  doc->text[before_aside.end - 1] == ',') &&
		!(aa_subject_before(doc, sent_start, cue->start, &np, &coordinated) &&
		  (np.start <= skip_space(doc, sent_start) || np.role_start <= skip_space(doc, sent_start)) &&
		  np.role_end > np.role_start) &&
		aa_subject_after(doc, cue->end, sent_end, &np) && speaker_ends_sentence(doc, np.end, sent_end) &&
		!has_finite_verb(doc, np.start, np.end) &&
		!relative_clause_ends_at(doc, sent_start, w.start) && !prepositional_phrase_only(doc, sent_start, w.cend))
	{
		aa_word		verb;

		/* "The contrast, said Doyle, would be clear": set off by commas, the cue reports the whole sentence */
		if (np.end < sent_end && doc->text[np.end] == ',' && np.role_end == np.role_start &&
			aa_word_after(doc, np.end + 1, sent_end, &verb) && !verb.capitalized && verb.cstart == verb.start &&
			(verb.classes & (LX_AUX | LX_BE)) && aa_span_at(doc, w.end - 1) < 0)
		{
			attribute_phrase(doc, &np, cue, 0.7f, &a);
			add_statement(doc, items, aa_dateline_end(doc, sent_start, w.start), sent_end, &a, false);
			return;
		}
		report_clause_before(doc, items, cue, &np, &w, sent_start);
		return;
	}

	/*
	 * "a charge that Mrs. Clinton has faced and has always denied": the
	 * relative clause's subject denies, after a coordinating "and".
	 */
	if (denial_verb && nothing_reported_after(doc, cue->end, sent_end) &&
		!aa_subject_before(doc, sent_start, cue->start, &np, &coordinated) && coordinated)
	{
		aa_word		v,
					subj;
		size_t		p = cue->start;

		for (int k = 0; k < 20 && aa_word_before(doc, sent_start, p, &v); k++, p = v.start)
		{
			if (!(v.cend == v.end && !v.capitalized &&
				  (aa_word_is(doc, &v, "that") || aa_word_is(doc, &v, "which"))))
				continue;
			if (!aa_word_after(doc, v.end, cue->start, &subj) ||
				!aa_subject_after(doc, v.end, cue->start, &np) || np.start != subj.cstart)
				break;
			{
				size_t		claim_start = aa_sentence_start(doc, v.start);
				aa_word		c;

				for (size_t q = v.start; aa_word_before(doc, sent_start, q, &c); q = c.start)
					if (c.cend < c.end && doc->text[c.end - 1] == ',')
					{
						claim_start = c.end;
						break;
					}
				attribute_phrase(doc, &np, cue, 0.6f, &a);
				add_statement(doc, items, claim_start, cue->end, &a, false);
				return;
			}
		}
	}

	/* "the allegations, which Mr. Ailes denies": the claim comes before the denial */
	if (denial_verb && nothing_reported_after(doc, cue->end, sent_end) &&
		aa_subject_before(doc, sent_start, cue->start, &np, &coordinated) &&
		aa_word_before(doc, sent_start, np.start, &w) && w.cend == w.end && !w.capitalized &&
		(aa_word_is(doc, &w, "which") || aa_word_is(doc, &w, "that")))
	{
		size_t		claim_start = sent_start;
		size_t		claim_end = w.start;
		aa_word		v;

		/* the claim runs back from the relative pronoun to a comma or the sentence start */
		if (aa_word_before(doc, sent_start, w.start, &v))
		{
			claim_end = v.cend;
			for (size_t p = v.start; aa_word_before(doc, sent_start, p, &v); p = v.start)
				if (v.cend < v.end && doc->text[v.end - 1] == ',')
				{
					claim_start = v.end;
					break;
				}
		}
		/* the statement runs from the claim through "which he has denied" */
		attribute_phrase(doc, &np, cue, 0.7f, &a);
		add_statement(doc, items, claim_start, claim_end < cue->end ? cue->end : claim_end, &a, false);
		return;
	}

	sent_end = relative_clause_end(doc, cue, sent_start, sent_end);
	sent_end = opening_adverbial_end(doc, cue, sent_start, sent_end);

	/* a question put to the one named before it: "Mr. Trump, asked about ..., said" */
	if (asked_question(doc, items, cue, sent_start, sent_end))
		return;
	/* X said (that) CLAUSE.  Denials are kept even when their speaker cannot be named. */
	if (!speaker_of_cue(doc, cue, sent_start, sent_end, 0.7f, &a))
	{
		if (!denial_verb && !impersonal_passive(doc, cue, sent_start, sent_end))
			return;
		a.entity = -1;
		a.mention = NULL;
		a.alias = NULL;
		set_cue(doc, &a, cue);
		a.confidence = 0.35f;
	}
	if (responds_to_object(doc, items, cue, sent_end, &a))
		return;
	{
		size_t		from = cue->end;
		size_t		p = aa_after_dash_aside(doc, cue->end, sent_end);
		size_t		comma;			/* a comma right after the cue, or after its addressee */
		bool		after_colon;
		bool		prev_capitalized = false;
		bool		after_subject = false;	/* the word before is a name's or a pronoun */
		bool		after_article = false;	/* the word before is an article */
		bool		after_means = false;	/* the word before is a means of speech after its article */
		bool		after_pronoun = false;	/* the word before is a subject pronoun */
		size_t		day_end = 0;	/* where a day right after the cue ends */
		aa_word		last_word;

		/*
		 * "said — on Twitter, as it happens — that ...": the clause opens
		 * after the aside; without "that", the dashes may set off anything
		 * ("criticizing - and even threatening to sue - his rivals")
		 */
		if (p != cue->end && !(aa_word_after(doc, p, sent_end, &w) && aa_word_is(doc, &w, "that")))
			p = cue->end;
		/*
		 * A "that" within a few words opens the clause ("told reporters on
		 * Friday that", "said in an interview with The Associated Press last
		 * week that")
		 */
		for (int k = 0; k < THAT_AFTER_CUE_WORDS && aa_word_after(doc, p, sent_end, &w); k++)
		{
			aa_word		next,
						before;

			/*
			 * "announced his presidential candidacy with a speech that
			 * included ...": an object right after the cue is what it
			 * reports, and a "that" after it a relative pronoun (not whom
			 * it is told to: "warned the public that", nor the claim a
			 * denial takes: "denied the allegation that", "rejected the
			 * notion that")
			 */
			if (k == 0 && p == cue->end && !w.capitalized && w.cstart == w.start && w.cend == w.end &&
				(w.classes & LX_ARTICLE) && cue_word(doc, cue, &next) && !takes_addressee(doc, &next) &&
				!denial_verb && !claim_verb &&
				aa_word_after(doc, w.end, sent_end, &next) && !next.capitalized &&
				!(next.classes & (LX_GROUP_NOUN | LX_TITLE | LX_PRONOUN)) && !aa_word_marked(doc, &next, LM_ADDRESSEE) &&
				!phrase_of_time_after(doc, w.start, sent_end))
				break;
			/* "told The Post and Courier that": an "and" inside a name */
			if (prev_capitalized && aa_word_is(doc, &w, "and") && w.cend == w.end &&
				aa_word_after(doc, w.end, sent_end, &next) && next.capitalized)
			{
				p = w.end;
				continue;
			}
			prev_capitalized = w.capitalized && w.cend == w.end;
			/* (or "that," before an aside: "said that, because Comey testified, ...") */
			if (aa_word_is(doc, &w, "that") &&
				(w.cend == w.end || (w.end == w.cend + 1 && doc->text[w.cend] == ',')))
			{
				/*
				 * "said the campaign earned $4 million that day.", "say they
				 * feel that way.", "said he understands how hard that can
				 * be": a demonstrative, inside the clause (a lower-case noun
				 * of no other class that ends it; before a comma only right
				 * after a cue other than "say" or after a preposition: "rebut
				 * that criticism, ...", not "said that taxes, spending and
				 * debt were", "said in an interview that trials, with ...")
				 */
				if (aa_word_after(doc, w.end, sent_end, &next) && next.cstart == next.start && !next.capitalized &&
					!(next.classes & ~(uint32_t) LX_TIME_WORD) &&
					(next.end >= sent_end || (next.cend < next.end && doc->text[next.cend] != ',') ||
					 (next.cend < next.end && cue_word(doc, cue, &before) && !says_word(doc, &before) &&
					  (p == cue->end || (aa_word_before(doc, cue->end, w.start, &before) && !before.capitalized &&
										 (before.classes & LX_PREPOSITION))))))
					break;
				/*
				 * a relative pronoun: "that have suffered", "reported ... a
				 * center that worked with", "threatened legal action against
				 * the tabloid that first published the story"
				 */
				if (aux_after(doc, &w) || (k > 0 && w.cend == w.end && past_tense_after(doc, w.end, sent_end)))
					break;
				/* "says despite all that, Obama ...": after a determiner or a preposition, an object */
				if (w.cend < w.end && aa_word_before(doc, cue->end, w.start, &next) && !next.capitalized &&
					(next.classes & (LX_DETERMINER | LX_PREPOSITION)) && !(next.classes & LX_ARTICLE))
					break;
				from = w.end;
				break;
			}
			/*
			 * not past a second verb: "denies any wrongdoing and points out
			 * that", "said the students were absent that day" (the clause
			 * has begun: its "that" is no opener), "said it was clear that",
			 * "said Clinton lied about the emails that she sent" (a past
			 * tense after a name or a pronoun; not "a statement released
			 * Friday that").  A noun that may be a cue, after its article, is
			 * no verb but the means: "wrote in a note to clients that"; not
			 * before its own "that" ("in his remarks that" reports by itself)
			 * nor after a denial's cue, whose object it denies.
			 */
			if (w.cend != w.end || w.cstart != w.start || aa_word_is(doc, &w, "and") ||
				aa_word_is(doc, &w, "but") ||
				((w.classes & LX_REPORT_VERB) && !(after_article && (w.classes & LX_NOUN_VERB) && k > 1 &&
												   !(aa_word_after(doc, w.end, sent_end, &next) &&
													 aa_word_is(doc, &next, "that") &&
													 /* (a means is none: "said in a tweet that") */
													 !aa_word_marked(doc, &w, LM_MEANS_OF_SPEECH)) &&
												   !denial_verb && !claim_verb) &&
				 /* (nor a participle after the means: "in a statement read outside court that") */
				 !(after_means && means_participle(doc, &w))) ||
				((w.classes & LX_AUX) && !w.capitalized) ||
				(after_subject && !w.capitalized && aa_past_form(doc, &w)) ||
				/* (a subject pronoun's clause has begun: "say they feel betrayed by a party that") */
				after_pronoun)
				break;
			after_subject = w.capitalized || ((w.classes & LX_PRONOUN) && !(w.classes & LX_ARTICLE));
			after_pronoun = (w.classes & LX_PRONOUN) && aa_personal_pronoun(doc, &w) && !aa_object_pronoun(doc, &w);
			after_means = after_article && !w.capitalized && aa_word_marked(doc, &w, LM_MEANS_OF_SPEECH);
			after_article = (w.classes & LX_ARTICLE) && !w.capitalized;
			p = w.end;
		}
		if (from == cue->end)
			from = told_whom(doc, cue, sent_end);
		/* "emailed supporters on Monday evening, telling them ...": an addressee and a time, nothing told */
		if (from == cue->end && addressed_only(doc, cue, sent_end))
			return;
		/* "The person ..., several people told POLITICO, has already been chosen": the addressee, then the comma */
		comma = from;
		if (from == cue->end && from < sent_end && doc->text[from] != ',' &&
			memchr(doc->text + from, ',', sent_end - from < 80 ? sent_end - from : 80) != NULL)
		{
			comma = addressee_after(doc, cue, sent_end, true);
			/* (a clause after it, not the addressee's appositive: "advised Sen. John McCain, the 2008 nominee") */
			if (comma != from && !(aa_word_after(doc, comma + 1, sent_end, &w) && w.cstart == w.start &&
								   (w.classes & (LX_AUX | LX_BE))) &&
				!has_finite_verb(doc, comma + 1, sent_end))
				comma = from;
		}
		/*
		 * (not "she said, adding ...": a cue of its own follows; a past one
		 * may be the clause's verb: "Bob, they said, ordered them to wait")
		 */
		if (from == cue->end && comma < sent_end && doc->text[comma] == ',' && aa_count_words(doc, comma, sent_end) >= 3 &&
			aa_word_after(doc, comma + 1, sent_end, &w) && !(w.classes & LX_REPORT_ING) &&
			aa_subject_before(doc, sent_start, cue->start, &np, &coordinated))
		{
			/*
			 * "Now, she said, the Christians ...": set off by commas, the cue
			 * reports the whole sentence, or the clause a dash and "and" open
			 * ("He had a rally that night - and the permit, his campaign
			 * said, had been hard to get")
			 */
			if (aa_word_before(doc, sent_start, np.start, &w) && doc->text[w.end - 1] == ',' &&
				aa_span_at(doc, w.end - 1) < 0)
			{
				if (!report_inside_brackets(doc, items, sent_start, &w, cue->end, &a))
					add_statement(doc, items, after_dash_and(doc, sent_start, w.start), sent_end, &a, false);
				return;
			}
			/*
			 * "She said, the Christians ...": what follows the comma (the
			 * subject may open with its owner: "Breitbart News’ Michael
			 * Patrick Leahy previously reported, The Clinton Foundation ...")
			 */
			if (comma == from && (np.start <= skip_space(doc, sent_start) || opens_with_owner(doc, sent_start, np.start)))
				from = from + 1;
		}
		/*
		 * "announced Friday it would close": the day is the cue's, not the
		 * clause's; "The deal, announced Friday, would last ...", "A
		 * megamerger announced Monday would turn ...": a participle after
		 * its noun, which reports nothing
		 */
		if (from == cue->end && aa_word_after(doc, from, sent_end, &w) && w.capitalized && w.cstart == w.start &&
			(w.classes & LX_TIME_WORD) && !(w.classes & LX_PREPOSITION) && aa_stem_end(doc, &w) == w.cend &&
			!aa_word_marked(doc, &w, LM_MONTH))
		{
			aa_word		next;

			if (aa_word_after(doc, w.end, sent_end, &next) && !next.capitalized && (next.classes & LX_AUX) &&
				(w.cend == w.end || doc->text[w.cend] == ','))
				return;
			/* (the day stays before an infinitive: "pledged Saturday to rid the world of ...") */
			if (w.cend == w.end && !(aa_word_after(doc, w.end, sent_end, &next) && aa_word_is(doc, &next, "to")))
				day_end = w.end;
		}
		/*
		 * "said on Friday he met Trump", "reported on Wednesday the Secret
		 * Service had ...": "on" and a day, then a clause's subject
		 */
		if (from == cue->end && day_end == 0 && aa_word_after(doc, from, sent_end, &w) && !w.capitalized &&
			w.cstart == w.start && w.cend == w.end && aa_word_is(doc, &w, "on"))
		{
			aa_word		day,
						next;

			if (aa_word_after(doc, w.end, sent_end, &day) && day.capitalized && day.cstart == day.start &&
				day.cend == day.end && (day.classes & LX_TIME_WORD) && !aa_word_marked(doc, &day, LM_MONTH) &&
				aa_word_after(doc, day.end, sent_end, &next) && next.cstart == next.start &&
				(aa_personal_pronoun(doc, &next) ||
				 /* ("it" before its auxiliary: "said on Wednesday it would close") */
				 (!next.capitalized && aa_word_is(doc, &next, "it") && next.cend == next.end && aux_after(doc, &next)) ||
				 ((next.classes & LX_ARTICLE) && !(next.classes & LX_PRONOUN)) ||
				 (next.capitalized && !(next.classes & (LX_TIME_WORD | LX_PREPOSITION | LX_CLAUSE_BREAK)))))
				day_end = day.end;
		}
		/* "YPG confirms: Gill Rosenberg not captured": what follows the colon */
		after_colon = from == cue->end && from < sent_end && doc->text[from] == ':';
		if (after_colon)
			from++;
		if (day_end > 0)
			from = day_end;
		if (after_colon || from == cue->end || from == day_end)
		{
			/*
			 * "said in a statement." / "said on Friday." / "asks as a
			 * maintenance guy walks in" with nothing reported
			 */
			if (!aa_word_after(doc, from, sent_end, &w) || w.cstart != w.start ||
				((w.classes & LX_PREPOSITION) && aa_count_words(doc, from, sent_end) < 7 &&
				 !infinitive_at(doc, &w, sent_end) &&
				 /* "say this is just a rough patch": "this" before its verb is the clause's subject */
				 !(w.cend == w.end && (w.classes & LX_DETERMINER) && aux_after(doc, &w)) &&
				 /* "denied this.", "denied this claim": "this" is what a denial denies */
				 !(denial_verb && demonstrative_object(doc, &w, sent_end))) ||
				opens_adverbial_clause(doc, &w, sent_end) || prepositional_phrases_only(doc, &w, sent_end))
				return;
			/*
			 * "denied Carter a final-night photograph": to deny someone
			 * something refuses it; "called Sanders to congratulate him":
			 * a telephone call.  Nothing reported.
			 */
			if (from == cue->end &&
				(aa_denies_someone_something(doc, cue->start, cue->end, sent_end) || phone_call(doc, cue, &w, sent_end)))
				return;
			/*
			 * "tweeting and emailing a video", "to explain and defend her
			 * decision": a second verb of the cue's form before its object
			 * shares the cue; any other ("yelled and held up a banner") ends
			 * the cue's clause with nothing reported
			 */
			if (from == cue->end && w.cend == w.end && (aa_word_is(doc, &w, "and") || aa_word_is(doc, &w, "or")))
			{
				aa_match	both = *cue;

				if (!coordinated_verb_end(doc, cue, &w, sent_end, &both.end))
					return;
				set_cue(doc, &a, &both);
				from = both.end;
			}
			/*
			 * A cue that ends in its noun ("issued a statement"): after a
			 * day, a participle's cue reports what follows ("released a
			 * statement Wednesday saying ..."), and a phrase of time or
			 * topic is no statement ("at the outset of ...", "on the
			 * subject"); not "called for denying entry ...", the object of
			 * "for"
			 */
			if (phrasal_cue(doc, cue) &&
				aa_word_before(doc, cue->start, cue->end, &last_word) && !(last_word.classes & LX_PREPOSITION))
			{
				aa_word		v = w;

				while (v.cstart == v.start && (v.classes & LX_TIME_WORD) && !(v.classes & LX_PREPOSITION) &&
					   aa_word_after(doc, v.end, sent_end, &v))
					;
				if (!v.capitalized && (v.classes & (LX_REPORT_ING | LX_PREPOSITION)))
					return;
			}
		}
		add_reported(doc, items, from, sent_end, &a);
	}
}

/*
 * "Johnson, who has denied the allegations, said he would fight": a cue in a
 * relative clause set off by commas reports up to the comma that closes it,
 * when a verb of the main clause follows that comma (not "who said that A,
 * B and C were ...").  Returns the end of what the cue may report.
 */
#define RELATIVE_CUE_WORDS 5

static size_t
relative_clause_end(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	aa_word		w;
	aa_word		v;
	size_t		p = cue->start;
	bool		relative = false;
	size_t		window = cue->start - sent_start < 64 ? cue->start - sent_start : 64;

	/* asked of every cue: most have no comma before them, so no ", who" or ", which" */
	if (window < 4 || memchr(doc->text + cue->start - window, ',', window) == NULL)
		return sent_end;
	for (int k = 0; k < RELATIVE_CUE_WORDS && aa_word_before(doc, sent_start, p, &w); k++, p = w.start)
	{
		if (w.cend != w.end || w.cstart != w.start)
			return sent_end;
		if (!w.capitalized && (aa_word_is(doc, &w, "who") || aa_word_is(doc, &w, "which")))
		{
			relative = aa_word_before(doc, sent_start, w.start, &v) && doc->text[v.end - 1] == ',';
			break;
		}
	}
	if (!relative)
		return sent_end;
	for (p = cue->end; aa_word_after(doc, p, sent_end, &w); p = w.end)
	{
		if (w.cend < w.end && doc->text[w.cend] == ',')
		{
			/* the main clause's verb: a cue, an auxiliary, a past tense ("voted", "left") */
			if (aa_word_after(doc, w.end, sent_end, &v) && v.cstart == v.start && !v.capitalized &&
				((v.classes & (LX_REPORT_VERB | LX_AUX)) || aa_past_form(doc, &v)))
				return w.cend;
			return sent_end;
		}
		if (w.cend != w.end)
			return sent_end;	/* other punctuation: no simple clause */
	}
	return sent_end;
}

/* A list, not a statement: three or more items of at most three words ("Tim Albrecht, Brad Anderson, ..."). */
static bool
is_list(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w;
	int			items = 1,
				words = 0;

	for (size_t p = from; aa_word_after(doc, p, to, &w); p = w.end)
	{
		/* (names, not the words of an answer: "No, Jake, I did not") */
		if (++words > 3 || (!w.capitalized && (w.classes & (LX_AUX | LX_BE))))
			return false;
		if (w.cend < w.end && doc->text[w.cend] == ',')
		{
			items++;
			words = 0;
		}
	}
	return items >= 3;
}

/*
 * The colon that ends a name of at most LABEL_WORDS capitalised words at pos
 * ("Mark Cuban:", "Q:"), none of them a label ("Update:"), or 0.  *first:
 * the name's first word; *name_end: where the speaker's name ends, before
 * whom or where it speaks ("Clinton to Planned Parenthood:", "Former AG
 * Mukasey at RNC:").
 */
#define LABEL_WORDS 5

static size_t
name_colon(aa_doc *doc, size_t pos, size_t end, aa_word *first, size_t *name_end)
{
	aa_word		w;
	size_t		colon = 0;

	*name_end = 0;
	for (int n = 0; n < LABEL_WORDS && colon == 0 && aa_word_after(doc, pos, end, &w); n++)
	{
		aa_word		next;

		/* "to" or "at" and a capitalised word, after the name */
		if (n > 0 && *name_end == 0 && !w.capitalized && w.cstart == w.start && w.cend == w.end &&
			(aa_word_is(doc, &w, "to") || aa_word_is(doc, &w, "at")) &&
			aa_word_after(doc, w.end, end, &next) && next.capitalized)
		{
			*name_end = w.start;
			while (*name_end > first->start && doc->text[*name_end - 1] == ' ')
				(*name_end)--;
			pos = w.end;
			continue;
		}
		/* "SEN. MARIA LOPEZ (D-NM):": a party's tag in brackets between the name and the colon */
		if (n > 1 && doc->text[w.start] == '(' && w.end - w.start <= 12 && doc->text[w.end - 1] == ':' &&
			doc->text[w.end - 2] == ')')
		{
			colon = w.end - 1;
			*name_end = w.start;
			while (*name_end > first->start && doc->text[*name_end - 1] == ' ')
				(*name_end)--;
			break;
		}
		if (!w.capitalized || w.cstart != w.start || aa_is_digit((unsigned char) doc->text[w.cstart]))
			return 0;
		if (n == 0)
			*first = w;
		if (w.end == w.cend + 1 && doc->text[w.cend] == ':')
			colon = w.cend;		/* the word before the colon, with nothing after the colon in it */
		else if (w.cend != w.end && !(w.end == w.cend + 1 && doc->text[w.cend] == '.' && (w.classes & LX_TITLE)))
			return 0;			/* other punctuation inside the name, but the period of "SEN." */
		pos = w.end;
	}
	/*
	 * the labels are looked up only for the few names that end in a colon
	 * (after a name, a word that names organisations is no label: "Judicial
	 * Watch:")
	 */
	for (size_t p = first->start; colon && aa_word_after(doc, p, colon + 1, &w); p = w.end)
		if (aa_word_marked(doc, &w, LM_COLON_LABEL) && !(w.start > first->start && (w.classes & LX_ORG_WORD)))
			return 0;
	if (*name_end == 0)
		*name_end = colon;
	return colon;
}

/*
 * "Mark Cuban: I'd consider a future White House bid.", "BOULDUAN: You guys
 * ...", "Q: ...": a paragraph that opens with a short name and a colon is that
 * speaker's statement (headlines, interviews, transcripts).  Not a label
 * ("Update:", "Photo:"), not a heading ("The Latest:"), not a place heading a
 * list ("Iowa: ..."), not before a quotation in marks (attributed there) and
 * not when a cue inside reports it another way.
 */
/* Is entity ent a person? */
static bool
is_person(const aa_doc *doc, int ent)
{
	return ent >= 0 && AA_VEC_AT(&doc->entities, aa_entity, ent).kind == ENT_PERSON;
}

/* Is entity ent a person whom the text names again at or after pos? */
static bool
person_named_after(const aa_doc *doc, int ent, size_t pos)
{
	if (!is_person(doc, ent))
		return false;
	for (int i = 0; i < doc->events.n; i++)
	{
		const aa_event *e = &AA_VEC_AT(&doc->events, aa_event, i);

		if (e->entity == ent && e->pos >= pos)
			return true;
	}
	return false;
}

static void
find_labelled_statements(aa_doc *doc, aa_vec *items)
{
	for (int p = 0; p < doc->paragraphs.n; p++)
	{
		const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, p);
		aa_word		first = {0},	/* set by name_colon when it finds a colon (gcc cannot tell) */
					after;
		aa_match	cue;
		size_t		name_end;
		size_t		colon = name_colon(doc, pr->start, pr->end, &first, &name_end);
		bool		with_cue,
					transcript;
		/* "A:" answers a "Q:" in an interview; no article */
		bool		answer = colon != 0 && colon == first.cend && first.cend == first.cstart + 1 &&
			doc->text[first.cstart] == 'A';

		if (colon == 0 || ((first.classes & (LX_DETERMINER | LX_ARTICLE)) && !answer) ||
			aa_lex_place(doc->text + first.cstart, colon - first.cstart) != NULL ||
			aa_span_at(doc, colon) >= 0 || !aa_word_after(doc, colon + 1, pr->end, &after) ||
			aa_span_at(doc, after.start) >= 0 || aa_count_words(doc, colon + 1, pr->end) < 3 ||
			is_list(doc, colon + 1, pr->end))
			continue;
		/*
		 * A cue of its own reports the rest, but not in a headline whose
		 * label is a person the article goes on to name ("Obama: I’m
		 * Optimistic Americans Will Say No to Trump"); a headline's topic
		 * ("HairGate:", "Wow:", "Bergdahl:") labels what follows.
		 */
		with_cue = aa_first_cue(doc, colon + 1, pr->end, &cue);
		/* (a transcript's label in capitals speaks the whole turn, whatever it reports: below) */
		transcript = with_cue && !answer && aa_capitals(doc->text + first.cstart, name_end - first.cstart) >= 3;
		if (with_cue && (answer || !aa_in_headline(doc, colon)) && !transcript)
			continue;
		{
			aa_phrase	np = {first.cstart, name_end, 0, 0, 0, 0};
			aa_match	colon_cue = {colon, colon + 1};
			attribution a = {-1, NULL, NULL, 0, 0, 0.5f, NULL};
			size_t		marks;

			/* the one who answers is the interview's guest, whom the label does not name */
			if (answer)
				set_cue(doc, &a, &colon_cue);
			else
				attribute_phrase(doc, &np, &colon_cue, 0.6f, &a);
			if (transcript ? !is_person(doc, a.entity) : (with_cue && !person_named_after(doc, a.entity, pr->end)))
				continue;
			/*
			 * "Issa: Hillary Clinton’s ‘Honesty Is In Question.’": a headline
			 * quotes its speaker in part, and the marks are no reason to
			 * leave the statement out
			 */
			if (aa_in_headline(doc, colon) && quoted_bytes(doc, colon + 1, pr->end, &marks) > 0)
			{
				size_t		s = colon + 1,
							e = pr->end;

				trim_clause(doc, &s, &e);
				if (e > s)
					push_item(doc, items, AA_INDIRECT, s, e, -1, &a);
			}
			else
				add_statement(doc, items, colon + 1, pr->end, &a, false);
		}
		aa_tick(doc->arena, 64);
	}
}

/*
 * An article's statements are a few dozen, mostly in runs already in order:
 * they are sorted by insertion, inline and stable (as glibc's qsort, a merge
 * sort, leaves equal ones), where qsort called its comparison through a
 * pointer for each pair.  Longer lists go to qsort.
 */
#define INSERTION_SORT_MAX 64

/* A statement's cue position and index: the key first, for aa_vec_lower_bound. */
typedef struct cue_key
{
	size_t		cue_start;
	int			index;
} cue_key;

static int
by_cue_start(const void *a, const void *b)
{
	size_t		x = ((const cue_key *) a)->cue_start;
	size_t		y = ((const cue_key *) b)->cue_start;

	return x < y ? -1 : x > y;
}

/* The keys by cue position, equal ones in the order given (see INSERTION_SORT_MAX). */
static void
sort_cue_keys(cue_key *keys, int n)
{
	if (n > INSERTION_SORT_MAX)
	{
		qsort(keys, (size_t) n, sizeof(cue_key), by_cue_start);
		return;
	}
	for (int i = 1; i < n; i++)
	{
		cue_key		k = keys[i];
		int			j = i;

		for (; j > 0 && by_cue_start(&keys[j - 1], &k) > 0; j--)
			keys[j] = keys[j - 1];
		keys[j] = k;
	}
}

/* Does the mention name a news medium: a word of MEDIA_WORDS, maybe with its possessive? */
static bool
names_medium(const char *mention)
{
	const char *p = mention;

	if (mention == NULL)
		return false;
	while (*p)
	{
		const char *e;
		size_t		n;

		while (*p && !aa_is_letter((unsigned char) *p))
			p++;
		for (e = p; *e && (aa_is_letter((unsigned char) *e) || *e == '-'); e++)
			;
		n = (size_t) (e - p);
		if (n > 0 && aa_lex_marked(p, n, LM_MEDIA))
			return true;
		p = *e ? e + 1 : e;
	}
	return false;
}

/*
 * "Pyongyang indicated ..., the KCNA news agency said": a clause with a cue
 * and speaker of its own is that speaker's statement, which ends where the
 * outer clause does; a news medium's cue around it only names the source
 * that reported it, so the outer item goes.  Anyone else's stays:
 * "Washington did not complain when ..., a Chinese official said" is the
 * official's statement.
 */
static void
drop_reporting_sources(aa_doc *doc, aa_vec *items)
{
	int			kept = 0;
	aa_vec		by_cue;

	if (items->n == 0)
		return;
	/* the statements by cue position, so the cues inside a clause are found by binary search */
	aa_vec_init(&by_cue, sizeof(cue_key));
	aa_vec_reserve(doc->arena, &by_cue, items->n);
	for (int i = 0; i < items->n; i++)
	{
		cue_key    *k = AA_VEC_PUSH(doc->arena, &by_cue, cue_key);

		k->cue_start = AA_VEC_AT(items, item_slot, i).it.cue_start;
		k->index = i;
	}
	sort_cue_keys(by_cue.items, by_cue.n);

	for (int i = 0; i < items->n; i++)
	{
		item	   *a = &AA_VEC_AT(items, item_slot, i).it;
		bool		nested = false;

		/* Only "CLAUSE, X said" items: their cue comes after their content. */
		if (a->kind == AA_INDIRECT && a->cue_start >= a->cend)
		{
			for (int k = aa_vec_lower_bound(&by_cue, a->cstart); k < by_cue.n && !nested; k++)
			{
				int			j = AA_VEC_AT(&by_cue, cue_key, k).index;
				item	   *b = &AA_VEC_AT(items, item_slot, j).it;

				if (b->cue_start >= a->cend)
					break;
				nested = j != i && b->entity >= 0 && b->cue_end > b->cue_start &&
					b->cue_end <= a->cend;
				/* the inner statement ends where the outer clause did */
				if (nested && b->cend > a->cend && a->cend > b->cstart)
					b->cend = a->cend;
			}
		}
		/* marked; removed below so indices stay valid above */
		a->span = nested && names_medium(a->mention) ? -2 : a->span;
	}
	for (int i = 0; i < items->n; i++)
		if (AA_VEC_AT(items, item_slot, i).it.span != -2)
			AA_VEC_AT(items, item_slot, kept++).it = AA_VEC_AT(items, item_slot, i).it;
	items->n = kept;
	aa_vec_free(doc->arena, &by_cue);
}

/*
 * "Denials of wrongdoing", "Mr. Ailes's denial of the allegations": a denial
 * named by a noun.  The speaker is the possessor when there is one.
 */
static void
find_nominal_denials(aa_doc *doc, aa_vec *items)
{
	for (int h = 0; h < doc->hints.n; h++)
	{
		size_t		pos = AA_VEC_AT(&doc->hints, size_t, h);
		attribution a = {-1, NULL, NULL, 0, 0, 0.4f, NULL};
		aa_word		w,
					of,
					next,
					before;

		if (!aa_word_after(doc, pos, doc->len, &w) || w.cend != w.end || aa_span_at(doc, pos) >= 0)
			continue;
		if (!(w.cend - w.cstart >= 6 && same_word_ci(doc->text + w.cstart, "denial", 6) &&
			  (w.cend - w.cstart == 6 || (w.cend - w.cstart == 7 && doc->text[w.cstart + 6] == 's'))))
			continue;
		if (!aa_word_after(doc, w.end, doc->len, &of) || !aa_word_is(doc, &of, "of") ||
			!aa_word_after(doc, of.end, doc->len, &next) || aa_word_is(doc, &next, "service"))
			continue;
		a.cue = intern_text(doc, w.cstart, w.cend);
		a.cue_start = w.cstart;
		a.cue_end = w.cend;
		/* "X's denial of" */
		if (aa_word_before(doc, aa_sentence_start(doc, pos), pos, &before) && before.capitalized &&
			before.cend - before.cstart > 3 && doc->text[before.cend - 1] == 's' &&
			(doc->text[before.cend - 2] == '\'' || (unsigned char) doc->text[before.cend - 2] == 0x99))
		{
			size_t		stem = doc->text[before.cend - 2] == '\'' ? before.cend - 2 : before.cend - 4;

			resolve_into(doc, &a, before.cstart, stem, 0, 0);
			a.mention = intern_text(doc, before.cstart, stem);
			a.confidence = 0.7f;
		}
		add_reported(doc, items, of.end, aa_sentence_end(doc, pos), &a);
	}
}

/*
 * Is [start, end) set off inside the sentence: a comma or a dash before it,
 * words before that, and a comma or a dash after it with at least two words
 * of the sentence still to come?
 */
static bool
set_off_inside(const aa_doc *doc, size_t sent_start, size_t start, size_t end, size_t sent_end)
{
	size_t		b = start,
				e = end;
	uint32_t	c;

	while (b > sent_start && doc->text[b - 1] == ' ')
		b--;
	if (b <= sent_start || aa_count_words(doc, sent_start, b) < 1)
		return false;
	c = aa_utf8_prev(doc->text, b, &b);
	if (c != ',' && !aa_is_dash(c))
		return false;
	while (e < sent_end && doc->text[e] == ' ')
		e++;
	if (e >= sent_end)
		return false;
	{
		size_t		k = e;

		c = aa_utf8_next(doc->text, sent_end, &k);
		return (c == ',' || aa_is_dash(c)) && aa_count_words(doc, k, sent_end) >= 2;
	}
}

/*
 * "It's been reported that ...", "it was said that ...": a passive whose
 * subject is "it" reports the clause after "that", said by no one the text
 * names.
 */
static bool
impersonal_passive(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	aa_word		w,
				that;
	size_t		p = cue->start;
	bool		be = false;

	if (!aa_word_after(doc, cue->end, sent_end, &that) || !aa_word_is(doc, &that, "that") || that.cend != that.end)
		return false;
	for (int k = 0; k < 3 && aa_word_before(doc, sent_start, p, &w) && w.cend == w.end && w.cstart == w.start; k++)
	{
		/* "it was reported", "it's been reported" (of the expletives, only "it") */
		if (aa_expletive(doc, &w, true) && aa_stem_end(doc, &w) == w.cstart + 2)
			return be || aa_stem_end(doc, &w) != w.cend;
		/* (not after a modal: "It should be noted that" is the writer's aside) */
		if (!((w.classes & (LX_BE | LX_ADVERB)) || aa_ly_adverb(doc, &w) || aa_word_is(doc, &w, "has") ||
			  aa_word_is(doc, &w, "had")))
			return false;
		be |= (w.classes & LX_BE) != 0;
		p = w.start;
	}
	return false;
}

/*
 * "With his campaign buffeted by criticism and denying claims of
 * plagiarism, 721 delegates cast their votes ...": a cue inside the phrase
 * or clause that opens the sentence with "with" or a subordinating word
 * reports up to the comma that closes it, when a subject and its verb
 * follow.  Returns that comma, or sent_end.
 */
static size_t
opening_adverbial_end(aa_doc *doc, const aa_match *cue, size_t sent_start, size_t sent_end)
{
	aa_word		first,
				w;
	aa_phrase	np;
	size_t		s = skip_space(doc, sent_start);
	unsigned	c = s + 3 < cue->start ? (unsigned char) doc->text[s] | 0x20 : 0,
				c2 = c ? (unsigned char) doc->text[s + 1] | 0x20 : 0;

	/* (the first letters of "with" and of the subordinating words turn most sentences away) */
	if (!((c == 'w' && (c2 == 'i' || c2 == 'h')) || (c == 'a' && (c2 == 'f' || c2 == 'l')) ||
		  (c == 'b' && c2 == 'e') || (c == 'i' && c2 == 'f') || (c == 's' && c2 == 'i') ||
		  ((c == 'u' || c == 'o') && c2 == 'n') ||
		  (c == 't' && c2 == 'h' && ((unsigned char) doc->text[s + 2] | 0x20) == 'o')))
		return sent_end;
	if (!aa_word_after(doc, sent_start, cue->start, &first) || first.cend != first.end ||
		!(aa_word_is_either(doc, &first, "with") || aa_word_marked(doc, &first, LM_SUBORDINATOR)) ||
		aa_word_is_either(doc, &first, "whether") || aa_word_is_either(doc, &first, "what") ||
		aa_word_is_either(doc, &first, "how") || aa_word_is_either(doc, &first, "why") ||
		memchr(doc->text + first.end, ',', cue->start - first.end) != NULL)
		return sent_end;
	for (size_t p = cue->end; aa_word_after(doc, p, sent_end, &w); p = w.end)
	{
		if (w.cend == w.end && w.cstart == w.start)
			continue;
		/* (a quotation, a colon or a dash first: leave it) */
		if (w.cstart != w.start || w.cend + 1 != w.end || doc->text[w.cend] != ',')
			return sent_end;
		return aa_sentence_subject(doc, w.end, sent_end, &np) && np.start > w.end &&
			aa_count_words(doc, w.end, np.start) <= 1 && has_finite_verb(doc, np.start, sent_end) ? w.cend : sent_end;
	}
	return sent_end;
}

/*
 * "Microsoft said to be in talks", "the photo said to show the body":
 * "said" or "reported" with an infinitive after "to" ("be", "have", or a
 * verb that takes an object) and no auxiliary is a passive without its
 * "is"; the phrase before it is what is said about, no speaker.  Not after
 * a person's pronoun ("he said to be careful") nor before cheers ("said to
 * applause").
 */
static bool
reduced_passive(aa_doc *doc, const aa_match *cue, size_t sent_start)
{
	aa_word		w,
				verb,
				object;

	/* (" to " right after the cue, and its first letter, turn most cues away before any word is read) */
	if (!to_follows(doc, cue->end) ||
		((doc->text[cue->start] | 0x20) != 's' && (doc->text[cue->start] | 0x20) != 'r'))
		return false;
	if (!cue_word(doc, cue, &w) || w.cend != w.end || !(aa_word_is_either(doc, &w, "said") ||
														 aa_word_is_either(doc, &w, "reported")) ||
		!aa_word_after(doc, cue->end + 3, doc->len, &verb) || verb.cstart != verb.start || verb.cend != verb.end)
		return false;
	if (!(aa_word_is_either(doc, &verb, "be") || aa_word_is_either(doc, &verb, "have") ||
		  (!verb.classes && !verb.capitalized && doc->text[verb.cend - 1] != 's' && !aa_word_ends(doc, &verb, "ing") &&
		   aa_word_after(doc, verb.end, doc->len, &object) && object.cstart == object.start &&
		   (object.classes & LX_ARTICLE) && !(object.classes & LX_PRONOUN))))
		return false;
	return aa_word_before(doc, sent_start, cue->start, &w) && w.cend == w.end && !(w.classes & (LX_PRONOUN | LX_AUX | LX_BE));
}

/* Every reporting cue outside quotation marks may report a clause. */
static void
find_reported(aa_doc *doc, aa_vec *items)
{
	int			n_quoted = items->n;	/* the quotations in marks, in text order */
	int			next_quoted = 0;

	for (int c = 0; c < doc->cues.n; c++)
	{
		aa_match	cue = AA_VEC_AT(&doc->cues, aa_match, c);
		bool		taken = false;

		/* A cue that attributes a quotation in marks reports nothing more. */
		while (next_quoted < n_quoted && AA_VEC_AT(items, item_slot, next_quoted).it.cue_start < cue.start)
			next_quoted++;
		for (int k = next_quoted; k < n_quoted && !taken; k++)
		{
			const item *q = &AA_VEC_AT(items, item_slot, k).it;

			if (q->cue_start > cue.start)
				break;
			/* a fragment in marks belongs to the clause the cue reports; only a direct quote takes it */
			taken = q->cue_start == cue.start && q->cue_end > q->cue_start && q->kind == AA_DIRECT;
		}
		if (!taken)
			reported_clause(doc, items, &cue);
	}
}

/* ---------------------------------------------------------------- nouns of speech */

/*
 * Where the words a noun of speech (one of SPEECH_NOUNS_TO, _ABOUT, _THAT)
 * reports start: after "that" ("his claim on Wednesday that ..."), at "to"
 * for what is claimed or promised ("Rubio's claim to be ..."), after
 * "about" (or "on", SPEECH_NOUNS_ON) for a remark's topic (*topic set); else
 * 0.  A day or a phrase of time may come between.
 */
static size_t
speech_noun_content(aa_doc *doc, const aa_word *noun, size_t sent_end, bool *topic)
{
	aa_word		w,
				next;
	bool		to = aa_verb_form_of(doc, noun, VF_SPEECH_NOUN_TO, false),
				about = !to && aa_verb_form_of(doc, noun, VF_SPEECH_NOUN_ABOUT, false);

	*topic = false;
	if (noun->cend != noun->end || !aa_word_after(doc, noun->end, sent_end, &w) || w.cstart != w.start)
		return 0;
	if ((w.classes & LX_TIME_WORD) && w.cend == w.end && !aa_word_after(doc, w.end, sent_end, &w))
		return 0;
	else if ((w.classes & LX_PREPOSITION) && !aa_word_is(doc, &w, "to") && !aa_word_is(doc, &w, "about") &&
			 aa_word_after(doc, w.end, sent_end, &next) && (next.classes & LX_TIME_WORD) && next.cend == next.end &&
			 !aa_word_after(doc, next.end, sent_end, &w))
		return 0;
	if (w.cend != w.end || w.capitalized || !aa_word_after(doc, w.end, sent_end, &next) || next.cstart != next.start)
		return 0;
	if (aa_word_is(doc, &w, "that") && (next.capitalized || (next.classes & (LX_PRONOUN | LX_ARTICLE | LX_DETERMINER))))
		return w.end;
	/* "claim to be", "promise to build": an infinitive; "remarks about", "comments about": a topic */
	if (to && aa_word_is(doc, &w, "to") && !next.capitalized &&
		!(next.classes & (LX_ARTICLE | LX_DETERMINER | LX_PRONOUN | LX_GROUP_NOUN)))
		return w.start;
	/* ("comments on Muslims"; not "remarks on the campaign trail", a place: SPEECH_NOUNS_ON) */
	*topic = about && (aa_word_is(doc, &w, "about") ||
					   (aa_word_is(doc, &w, "on") && aa_verb_form_of(doc, noun, VF_SPEECH_NOUN_ON, false)));
	return *topic ? w.end : 0;
}

/*
 * The cue words the rules turned away as nouns that are nouns of speech
 * (SPEECH_NOUNS_TO, _ABOUT, _THAT) after their owner, with what they report after them:
 * "bolster Rubio's claim to be ...", "the campaign's earlier claim that
 * ...".  Chosen before the candidates are forgotten.
 */
static void
select_speech_nouns(aa_doc *doc)
{
	aa_vec_init(&doc->speech_nouns, sizeof(aa_match));
	for (int i = 0; i < doc->candidates.n; i++)
	{
		const aa_match *m = &AA_VEC_AT(&doc->candidates, aa_match, i);
		aa_word		noun;
		aa_phrase	owner;
		bool		topic;

		/* (the lists turn most cue words away before the walks back to an owner and on to the content) */
		if (!cue_word(doc, m, &noun) || !(noun.classes & LX_NOUN_VERB) || noun.cend != m->end ||
			!(aa_verb_form_of(doc, &noun, VF_SPEECH_NOUN_TO, false) ||
			  aa_verb_form_of(doc, &noun, VF_SPEECH_NOUN_ABOUT, false) ||
			  aa_verb_form_of(doc, &noun, VF_SPEECH_NOUN_THAT, false)) ||
			!aa_possessor_before(doc, aa_sentence_start(doc, m->start), m->start, &owner) ||
			speech_noun_content(doc, &noun, aa_sentence_end(doc, m->start), &topic) == 0)
			continue;
		if (doc->speech_nouns.n == 0 || AA_VEC_AT(&doc->speech_nouns, aa_match, doc->speech_nouns.n - 1).start != m->start)
			*AA_VEC_PUSH(doc->arena, &doc->speech_nouns, aa_match) = *m;
	}
}

/*
 * A noun of speech reports as its owner: "the campaign's earlier claim that
 * Sanders wanted ...".  Not as the sentence's subject ("Sanders's claim that
 * he has a way would depend on ..."), where the clause would run on into
 * the sentence's own verb; nor where a statement already starts.
 */
static void
find_speech_noun_statements(aa_doc *doc, aa_vec *items)
{
	int			n = items->n;

	for (int i = 0; i < doc->speech_nouns.n; i++)
	{
		aa_match	m = AA_VEC_AT(&doc->speech_nouns, aa_match, i);
		size_t		sent_start = aa_sentence_start(doc, m.start),
					sent_end = aa_sentence_end(doc, m.start),
					start;
		aa_word		noun,
					before;
		aa_phrase	owner;
		attribution a = {-1, NULL, NULL, 0, 0, 0.5f, NULL};
		bool		taken = false,
					topic;

		if (!cue_word(doc, &m, &noun) || !aa_possessor_before(doc, sent_start, m.start, &owner) ||
			(start = speech_noun_content(doc, &noun, sent_end, &topic)) == 0 ||
			!aa_word_before(doc, sent_start, owner.start, &before) || before.cend != before.end ||
			before.capitalized || aa_word_marked(doc, &before, LM_COORDINATOR) ||
			!attribute_phrase(doc, &owner, &m, 0.6f, &a))
			continue;
		for (int k = 0; k < n && !taken; k++)
		{
			const item *it = &AA_VEC_AT(items, item_slot, k).it;

			taken = it->cue_start == m.start ||
				(it->kind == AA_INDIRECT && it->cstart <= skip_space(doc, start) && skip_space(doc, start) < it->cend);
		}
		if (!taken)
		{
			size_t		end = sent_end;

			/*
			 * a topic is a noun phrase: "his remarks about abortion, Trump made
			 * ..."; its preposition is the cue's ("remarks about", one word enough)
			 */
			if (topic)
			{
				const char *comma = memchr(doc->text + start, ',', sent_end - start);
				aa_match	cue = m;

				if (comma != NULL)
					end = (size_t) (comma - doc->text);
				cue.end = start;
				set_cue(doc, &a, &cue);
			}
			add_reported(doc, items, start, end, &a);
		}
		aa_tick(doc->arena, 64);
	}
}

/* ---------------------------------------------------------------- denials */

/*
 * "NHL expansion ahead? No, says Gary Bettman": a question, then "No" as the
 * sentence that answers it denies what the question asked.  The answer
 * (see answer_before_cue) is a statement of one word; its denial is the
 * question.
 */
static bool
answers_question_no(aa_doc *doc, const item *it, size_t *q_start, size_t *q_end)
{
	size_t		p = it->cstart;

	if (it->kind != AA_INDIRECT || it->cend - it->cstart != 2 || !same_word_ci(doc->text + it->cstart, "no", 2))
		return false;
	while (p > 0 && doc->text[p - 1] == ' ')
		p--;
	if (p == 0 || doc->text[p - 1] != '?')
		return false;
	*q_end = p - 1;
	*q_start = aa_sentence_start(doc, p - 1);
	return *q_end > *q_start;
}

/*
 * "TAPPER: Did you know about the payments? / LOPEZ: No, Jake, I did not.":
 * a turn of an interview that opens with "No" answers the turn before it,
 * a question put to "you" ("Did you", "Were you", "Have you"): the denial
 * is of that question.
 */
static bool
answers_turn_no(aa_doc *doc, const item *it, size_t *q_start, size_t *q_end)
{
	aa_word		w,
				you;
	size_t		p;
	int			pi;

	if (it->kind != AA_INDIRECT || it->cue_end != it->cue_start + 1 || doc->text[it->cue_start] != ':' ||
		!aa_word_after(doc, it->cstart, it->cend, &w) || w.cend - w.cstart < 2 ||
		!same_word_ci(doc->text + w.cstart, "no", 2) || (pi = aa_paragraph_of(doc, it->cstart)) <= 0)
		return false;
	/* "No," "No." (which the word's core may keep, as of "No. 1") */
	if (!(w.cend - w.cstart == 3 ? doc->text[w.cstart + 2] == '.' && w.end == w.cend :
		  w.end == w.cend + 1 && (doc->text[w.cend] == ',' || doc->text[w.cend] == '.')))
		return false;
	p = AA_VEC_AT(&doc->paragraphs, aa_range, pi - 1).end;
	while (p > 0 && (doc->text[p - 1] == ' ' || doc->text[p - 1] == '\n' || doc->text[p - 1] == '\r'))
		p--;
	if (p == 0 || doc->text[p - 1] != '?')
		return false;
	*q_end = p - 1;
	/* the question's first words, after the asker's label */
	if (!aa_word_after(doc, aa_sentence_start(doc, *q_end), *q_end, &w))
		return false;
	if (w.end == w.cend + 1 && doc->text[w.cend] == ':' && !aa_word_after(doc, w.end, *q_end, &w))
		return false;
	if (w.cend != w.end || !(w.classes & (LX_AUX | LX_BE)) || !aa_word_after(doc, w.end, *q_end, &you) ||
		!aa_word_is(doc, &you, "you"))
		return false;
	*q_start = w.cstart;
	return true;
}

static void
mark_denials(aa_doc *doc, aa_vec *items)
{
	for (int i = 0; i < items->n; i++)
	{
		item	   *it = &AA_VEC_AT(items, item_slot, i).it;
		size_t		after = it->span >= 0 ? AA_VEC_AT(&doc->spans, aa_span, it->span).after : it->cend;
		aa_denial	d;

		aa_detect_denial(doc, it->kind, it->cstart, it->cend, it->cue_start, it->cue_end,
						 aa_sentence_end(doc, after), &d);
		if (!d.is_denial)
		{
			size_t		q_start,
						q_end;

			if (answers_question_no(doc, it, &q_start, &q_end) || answers_turn_no(doc, it, &q_start, &q_end))
			{
				it->is_denial = true;
				it->denied = copy_text(doc, q_start, q_end);
			}
			continue;
		}
		it->is_denial = true;
		trim_clause(doc, &d.denied_start, &d.denied_end);
		it->denied = d.denied_end > d.denied_start ?
			copy_text(doc, d.denied_start, d.denied_end) : copy_text(doc, it->cstart, it->cend);
		it->confidence *= 0.5f + 0.5f * d.confidence;
		aa_tick(doc->arena, 256);
	}
}

#define HELD_STATEMENT 1
#define HELD_DENIAL 2

/* Does [start, end) answer a claim: a claim noun, "despite" or "contrary" in it? */
static bool
answers_claim(aa_doc *doc, size_t start, size_t end)
{
	aa_match	noun;
	aa_word		w;

	if (aa_pattern_find(doc, PAT_CLAIM_NOUN, start, end, &noun))
		return true;
	for (size_t p = start; aa_word_after(doc, p, end, &w); p = w.end)
		if (aa_word_is_either(doc, &w, "despite") || aa_word_is_either(doc, &w, "contrary"))
			return true;
	return false;
}

/*
 * A headline's negated fact denies something only when it answers a claim:
 * the negation in capitals ("did NOT say"), a claim noun ("Claim That ...
 * Isn't True"), or "despite" and "contrary" ("Hasn't Died Despite What
 * Everyone Is Saying").  Most such headlines merely state a negative
 * ("Markets are never ready for the Fed", "Sanders Isn't Too Impressed").
 * label: the negated fact, which ends at its negation.
 */
static bool
negation_answers_claim(aa_doc *doc, const aa_match *label, size_t start, size_t end)
{
	return (label->end - label->start >= 5 && doc->text[label->end - 1] == 'T' &&
			memchr(doc->text + label->end - 5, 'N', 4) != NULL) ||
		answers_claim(doc, start, end);
}

/*
 * A headline's statement that answers a claim denies it: "Canadian woman
 * ... says she is actually fine, despite kidnap reports" (what "despite"
 * names, up to its claim noun, is denied), "Pope Francis did not tell boy
 * heaven has room for pets, contrary to report" (a negated cue: what it
 * reports).  True when it marked the item.
 */
#define DESPITE_CLAIM_WORDS 4

static bool
deny_claim_in_headline(aa_doc *doc, item *it, size_t start, size_t end)
{
	aa_word		w,
				v;
	aa_match	noun;

	for (size_t p = it->cstart; aa_word_after(doc, p, end, &w); p = w.end)
	{
		if (!aa_word_is_either(doc, &w, "despite"))
			continue;
		/* "despite kidnap reports", "despite the rumors" */
		if (aa_pattern_find(doc, PAT_CLAIM_NOUN, w.end, end, &noun) &&
			aa_count_words(doc, w.end, noun.end) <= DESPITE_CLAIM_WORDS)
		{
			it->is_denial = true;
			it->denied = copy_text(doc, skip_space(doc, w.end), noun.end);
			return true;
		}
		return false;
	}
	/* a negated cue: "did not tell", "did NOT say", "never said" */
	if (it->cue_end > it->cue_start && aa_word_before(doc, start, it->cue_start, &v) && is_negation(doc, &v) &&
		answers_claim(doc, start, end))
	{
		it->is_denial = true;
		it->denied = copy_text(doc, it->cstart, it->cend);
		return true;
	}
	return false;
}

/* The sentence [start, end) as a denial of itself, said by nobody the article names. */
static void
add_denial_of_sentence(aa_doc *doc, aa_vec *items, size_t start, size_t end, const attribution *a)
{
	int			n = items->n;

	add_statement(doc, items, start, end, a, false);
	if (items->n > n)
	{
		item	   *it = &AA_VEC_AT(items, item_slot, items->n - 1).it;

		it->is_denial = true;
		it->denied = copy_text(doc, it->cstart, it->cend);
	}
}

/*
 * "Macaulay Culkin death hoax: ...", "Report That Area Town Is Under Ebola
 * Quarantine Is False": a claim called false with nobody named as saying
 * so -- the article's own debunk.  Kept as a denial without a speaker, at
 * low confidence, for sentences that hold no other denial.
 */
static void
find_debunks(aa_doc *doc, aa_vec *items)
{
	int			n_items = items->n;
	uint8_t    *held;			/* per sentence: HELD_STATEMENT, HELD_DENIAL */
	size_t		headline_end,	/* where the first paragraph, the article's headline, ends */
				scan_end;

	if (doc->sentences.n == 0 || doc->paragraphs.n == 0 ||
		(doc->labels.n == 0 && doc->hints.n == 0 && n_items == 0))
		return;
	headline_end = doc->paragraphs.n > 1 ? AA_VEC_AT(&doc->paragraphs, aa_range, 1).start : doc->len;
	/* past the headline, only a falsity label can make a denial */
	scan_end = doc->labels.n > 0 ? doc->len : headline_end;
	/* what the sentences already hold: each statement marks the ones it overlaps */
	held = aa_alloc0(doc->arena, (size_t) doc->sentences.n);
	for (int k = 0; k < n_items; k++)
	{
		const item *it = &AA_VEC_AT(items, item_slot, k).it;

		if (it->cstart >= scan_end)
			continue;
		for (int i = aa_sentence_at(doc, it->cstart); i < doc->sentences.n &&
			 AA_VEC_AT(&doc->sentences, size_t, i) < it->cend; i++)
			held[i] |= it->is_denial ? HELD_DENIAL : HELD_STATEMENT;
	}
	for (int i = 0; i < doc->sentences.n; i++)
	{
		size_t		start = AA_VEC_AT(&doc->sentences, size_t, i);
		size_t		end = aa_sentence_end(doc, start);
		bool		in_headline = start < headline_end;
		aa_match	label,
					noun;
		attribution a = {-1, NULL, NULL, 0, 0, 0.35f, NULL};

		if (start >= scan_end)
			break;
		if (held[i] & HELD_DENIAL)
			continue;
		if (held[i] == HELD_STATEMENT && in_headline && !quotation_between(doc, start, end))
		{
			bool		denied = false;

			for (int k = 0; k < n_items && !denied; k++)
			{
				item	   *it = &AA_VEC_AT(items, item_slot, k).it;

				if (!it->is_denial && it->cstart >= start && it->cstart < end)
					denied = deny_claim_in_headline(doc, it, start, end);
			}
			if (denied)
				continue;
		}
		/*
		 * "Macaulay Culkin Hasn't Died", "Pope Francis did NOT say ...": the
		 * article's headline, with nobody reported in it, negates a fact
		 */
		if (doc->hints.n > 0 && held[i] == 0 && in_headline &&
			aa_find_negated_fact(doc, start, end, &label) && aa_span_at(doc, label.start) < 0 &&
			!quotation_between(doc, start, end) && negation_answers_claim(doc, &label, start, end))
		{
			add_denial_of_sentence(doc, items, start, end, &a);
			n_items = items->n;
			continue;
		}
		if (doc->labels.n == 0 || !aa_find_falsity(doc, start, end, &label) || aa_span_at(doc, label.start) >= 0)
			continue;
		/* a sentence that quotes someone reports them, not the article's own verdict */
		if (quotation_between(doc, start, end))
			continue;
		/*
		 * in an article's prose, "bogus" and "misleading" describe what others
		 * say more often: only its headline (the first paragraph) and the
		 * Title Case headlines of other stories it lists give a verdict, not a
		 * short paragraph of prose ("Several Democratic operatives said they
		 * even expect fake information")
		 */
		if (!aa_in_headline(doc, start) ||
			(!in_headline && !aa_in_title_case(doc, start)))
			continue;
		if (!(strong_falsity(doc, &label) || (aa_pattern_find(doc, PAT_CLAIM_NOUN, start, end, &noun) &&
											   !aa_label_opens_claim(doc, &noun, label.start))))
			continue;
		add_denial_of_sentence(doc, items, start, end, &a);
		n_items = items->n;
	}
}

/* ---------------------------------------------------------------- the result */

static int
compare_items(const void *a, const void *b)
{
	const item *x = a,
			   *y = b;

	if (x->cstart != y->cstart)
		return x->cstart < y->cstart ? -1 : 1;
	if (x->cend != y->cend)
		return x->cend < y->cend ? -1 : 1;
	return 0;
}

/* A statement (its order is compare_items') and where it stands in the items. */
typedef struct item_order
{
	const item *it;
	int			index;
} item_order;

/*
 * The statements in content order, equal ones in the order found (see
 * INSERTION_SORT_MAX): their keys sorted, then the items moved once, or not
 * at all when they are in order already.
 */
static void
sort_items(aa_doc *doc, aa_vec *items)
{
	item_order	order[INSERTION_SORT_MAX];
	item_slot  *moved;
	int			n = items->n;
	bool		sorted = true;

	if (n > INSERTION_SORT_MAX)
	{
		qsort(items->items, (size_t) n, sizeof(item_slot), compare_items);
		return;
	}
	for (int i = 0; i < n; i++)
	{
		item_order	o = {&AA_VEC_AT(items, item_slot, i).it, i};
		int			j = i;

		while (j > 0 && compare_items(order[j - 1].it, o.it) > 0)
		{
			order[j] = order[j - 1];
			j--;
		}
		order[j] = o;
		sorted &= j == i;
	}
	if (sorted)
		return;
	moved = aa_alloc(doc->arena, sizeof(item_slot) * (size_t) n);
	for (int i = 0; i < n; i++)
		moved[i] = AA_VEC_AT(items, item_slot, order[i].index);
	memcpy(items->items, moved, sizeof(item_slot) * (size_t) n);
}

static void
build_result(aa_doc *doc, aa_vec *items, aa_result *out)
{
	aa_charpos	cp = {doc->text, 0, 0};
	int		   *speaker_of;
	int		   *statements;		/* of each entity */
	int			n_speakers = 0;

	sort_items(doc, items);
	/* Every statement has content: an empty one is a bug upstream, never a row. */
	{
		int			kept = 0;

		for (int i = 0; i < items->n; i++)
			if (AA_VEC_AT(items, item_slot, i).it.cend > AA_VEC_AT(items, item_slot, i).it.cstart)
				AA_VEC_AT(items, item_slot, kept++).it = AA_VEC_AT(items, item_slot, i).it;
		items->n = kept;
	}

	/* Speakers in order of their first statement. */
	speaker_of = aa_alloc(doc->arena, sizeof(int) * (size_t) (doc->entities.n + 1));
	statements = aa_alloc0(doc->arena, sizeof(int) * (size_t) (doc->entities.n + 1));
	for (int i = 0; i < doc->entities.n; i++)
		speaker_of[i] = -1;
	for (int i = 0; i < items->n; i++)
	{
		item	   *it = &AA_VEC_AT(items, item_slot, i).it;

		if (it->entity < 0)
			continue;
		if (speaker_of[it->entity] < 0)
			speaker_of[it->entity] = n_speakers++;
		statements[it->entity]++;
	}

	out->n_quotes = items->n;
	out->speakers = aa_alloc0(doc->arena, sizeof(aa_speaker) * (size_t) (n_speakers + 1));
	out->n_speakers = n_speakers;

	for (int i = 0; i < doc->entities.n; i++)
	{
		aa_entity  *e = &AA_VEC_AT(&doc->entities, aa_entity, i);
		aa_speaker *sp;

		if (speaker_of[i] < 0)
			continue;
		sp = &out->speakers[speaker_of[i]];
		sp->name = e->name;
		sp->role = e->role;
		sp->quotes = statements[i];
		/* room for a mention per statement */
		sp->mentions = aa_alloc(doc->arena, sizeof(aa_str) * (size_t) statements[i]);
	}
	/*
	 * A speaker's mentions are the aliases of its statements, in text order:
	 * words resolved for a statement a later rule dropped, or only to compare
	 * two speakers, name no one here ("She was taken to a hospital" is no
	 * attribution site).
	 */
	for (int i = 0; i < items->n; i++)
	{
		const item *it = &AA_VEC_AT(items, item_slot, i).it;
		aa_speaker *sp;
		bool		seen = false;

		if (it->entity < 0 || it->alias == NULL)
			continue;
		sp = &out->speakers[speaker_of[it->entity]];
		for (int m = 0; m < sp->n_mentions && !seen; m++)
			seen = sp->mentions[m] == it->alias;	/* interned: the same words are the same pointer */
		if (!seen)
			sp->mentions[sp->n_mentions++] = it->alias;
	}

	/* Each slot's item becomes its quote, in place. */
	if (items->items == NULL)
		items->items = aa_alloc0(doc->arena, sizeof(item_slot));
	out->quotes = (aa_quote *) items->items;
	for (int i = 0; i < items->n; i++)
	{
		item		it = AA_VEC_AT(items, item_slot, i).it;
		aa_quote   *q = &AA_VEC_AT(items, item_slot, i).q;
		aa_entity  *e = it.entity >= 0 ? &AA_VEC_AT(&doc->entities, aa_entity, it.entity) : NULL;

		memset(q, 0, sizeof(*q));
		q->kind = it.kind;
		q->byte_start = it.cstart;
		q->byte_end = it.cend;
		q->char_start = aa_char_offset(&cp, it.cstart);
		q->char_end = aa_char_offset(&cp, it.cend);
		q->speaker = e ? e->name : NULL;
		q->mention = it.mention;
		q->role = e ? e->role : NULL;
		q->cue = it.cue;
		q->is_denial = it.is_denial;
		q->denied = it.is_denial ? it.denied : NULL;
		/* two decimals: the figure is a rough grade, and prints as one */
		q->confidence = (float) ((int) (it.confidence * 100.0f + 0.5f)) / 100.0f;
		if (q->confidence > 1)
			q->confidence = 1;
		if (q->confidence < 0)
			q->confidence = 0;
		q->speaker_id = e ? speaker_of[it.entity] : -1;
		if (e)
			out->speakers[speaker_of[it.entity]].denials += it.is_denial;
	}
}

/* What only the rules needed goes back before the quotes are made. */
static void
forget_tables(aa_doc *doc)
{
	aa_forget_tokens(doc);
	aa_vec_free(doc->arena, &doc->paragraphs);
	aa_vec_free(doc->arena, &doc->spans);
	aa_vec_free(doc->arena, &doc->sentences);
	aa_vec_free(doc->arena, &doc->events);
	aa_vec_free(doc->arena, &doc->cues);
	aa_vec_free(doc->arena, &doc->speech_nouns);
	aa_vec_free(doc->arena, &doc->hints);
	aa_vec_free(doc->arena, &doc->labels);
	aa_vec_free(doc->arena, &doc->surname_nodes);
	doc->surname_heads = NULL;
	doc->first_heads = NULL;
}

/*
 * Can no rule find a statement?  Every statement starts from a quotation
 * in marks (attribute_span), a reporting cue (find_reported: cues holds
 * them, or the candidates before they are chosen), a label and a colon
 * opening a paragraph (find_labelled_statements), a denial hint ("denial
 * of": find_nominal_denials) or a falsity label (find_debunks).  With none
 * of these in the text the result is empty, and the sentences and the
 * name scan, a quarter of the work, are not needed.
 */
static bool
nothing_to_attribute(const aa_doc *doc, const aa_vec *cues)
{
	return doc->spans.n == 0 && cues->n == 0 && doc->speech_nouns.n == 0 && doc->hints.n == 0 && doc->labels.n == 0 &&
		memchr(doc->text, ':', doc->len) == NULL;
}

/* ---------------------------------------------------------------- entry points */

aa_status
aa_engine_init(void)
{
	return aa_patterns_init();
}

aa_status
aa_engine_prepare(void)
{
	return aa_patterns_prepare();
}

aa_status
aa_extract(const char *text, size_t len, const aa_env *env, aa_result *out)
{
	jmp_buf		bail;
	aa_arena	arena;
	aa_doc		doc;
	aa_vec		items;
	aa_status	status;
	size_t		bad;
	int			rc;
	bool		had_candidates;

	memset(out, 0, sizeof(*out));
	if ((status = aa_engine_init()) != AA_OK)
		return status;
	if (len > AA_MAX_TEXT_BYTES)
		return AA_ERR_TOO_LONG;
	/* Validate in slices, asking whether to go on between them: a long article is no excuse. */
	for (size_t from = 0; from < len;)
	{
		size_t		n = len - from < VALIDATE_SLICE ? len - from : VALIDATE_SLICE;

		/* a slice ends before a lead byte, never inside a character */
		while (from + n < len && n > 0 && (((unsigned char) text[from + n]) & 0xC0) == 0x80)
			n--;
		if (n == 0 || (bad = aa_utf8_validate(text + from, n)) < n)
		{
			out->error_offset = n == 0 ? from : from + bad;
			return AA_ERR_BAD_UTF8;
		}
		from += n;
		if (from < len && env->keep_going && !env->keep_going(env->ctx))
			return AA_ERR_CANCELLED;
	}

	memset(&arena, 0, sizeof(arena));
	arena.env = env;
	arena.bail = &bail;
	if ((rc = setjmp(bail)) != 0)
		return (aa_status) rc;	/* the arena's chunks go with the caller's context */

	memset(&doc, 0, sizeof(doc));
	doc.quoted_speaker = -1;
	doc.arena = &arena;
	doc.text = text;
	doc.len = len;
	aa_vec_init(&items, sizeof(item_slot));

	aa_tokenize(&doc);
	/* Words looked up by position outside the token table are remembered here. */
	if (doc.tokens == NULL)
		doc.word_cache = aa_alloc0(&arena, sizeof(aa_word_class) * AA_WORD_CACHE);
	aa_find_spans(&doc);
	aa_scan_words(&doc);
	/* most headlines: no rule below would find anything, so neither sentences nor names need reading */
	if (nothing_to_attribute(&doc, &doc.candidates))
	{
		forget_tables(&doc);
		return AA_OK;			/* *out is empty */
	}
	had_candidates = doc.candidates.n > 0;
	aa_find_sentences(&doc);
	/* the tables rules ask "what is around this position", once each is complete */
	aa_vec_index(&arena, &doc.paragraphs, len);
	aa_vec_index(&arena, &doc.spans, len);
	aa_vec_index(&arena, &doc.sentences, len);
	aa_vec_index(&arena, &doc.candidates, len);
	aa_vec_index(&arena, &doc.hints, len);
	aa_vec_index(&arena, &doc.labels, len);
	/* the tables the subject depends on are complete: the rules may ask it twice (aa_subject_memo) */
	if (aa_subject_memos)
		doc.subject_memo = aa_alloc0(&arena, sizeof(aa_subject_memo));
	aa_select_cues(&doc, real_cue);
	aa_vec_index(&arena, &doc.cues, len);
	select_speech_nouns(&doc);
	aa_forget_candidates(&doc);
	/* the candidates were cue words, none of them a real cue (without any, the test above was this one) */
	if (had_candidates && nothing_to_attribute(&doc, &doc.cues))
	{
		forget_tables(&doc);
		return AA_OK;
	}
	/*
	 * Room for about as many statements as there are quotes and cues, set
	 * aside at once: a long article's statements are not copied from one
	 * doubled array to the next (untouched room costs no resident memory).
	 */
	aa_vec_reserve(&arena, &items, doc.spans.n + doc.cues.n + 16);
	aa_scan_names(&doc);
	/* the sources of statements: a new one must be known to nothing_to_attribute too */
	for (int i = 0; i < doc.spans.n; i++)
	{
		attribute_span(&doc, &items, i);
		aa_tick(&arena, 64);
	}
	find_reported(&doc, &items);
	find_speech_noun_statements(&doc, &items);
	find_labelled_statements(&doc, &items);
	find_nominal_denials(&doc, &items);
	drop_reporting_sources(&doc, &items);
	mark_denials(&doc, &items);
	find_debunks(&doc, &items);
	merge_late_descriptions(&doc, &items);
	forget_tables(&doc);
	build_result(&doc, &items, out);
	return AA_OK;
}

const char *
aa_kind_name(aa_kind kind)
{
	switch (kind)
	{
		case AA_DIRECT:
			return "direct";
		case AA_MIXED:
			return "mixed";
		case AA_INDIRECT:
			return "indirect";
	}
	return "unknown";
}

const char *
aa_status_message(aa_status status)
{
	switch (status)
	{
		case AA_OK:
			return "success";
		case AA_ERR_NOMEM:
			return "out of memory";
		case AA_ERR_TOO_LONG:
			return "article too long";
		case AA_ERR_BAD_UTF8:
			return "invalid UTF-8";
		case AA_ERR_PATTERN:
			return "a built-in pattern failed to compile or exceeded its match limit";
		case AA_ERR_CANCELLED:
			return "cancelled";
	}
	return "unknown status";
}
