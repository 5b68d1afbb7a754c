/*
 * aa_denial.c — does a statement deny an accusation or claim?
 *
 * The rules follow shared/notes/denials.md, strongest first:
 *   1. a denial verb (deny, refute, rebut ...) not taken back by its context
 *      ("did not deny", "refused to confirm or deny") and not in its grant
 *      sense ("was denied bail", "denied them the chance", "denied Merrick
 *      Garland, President Obama's nominee, a confirmation hearing");
 *   2. reject, dismiss, dispute ... with a claim-type object;
 *   3. labelling a claim false: a claim noun and a falsity label
 *      ("called the accusations “groundless slander”");
 *   4. a statement of no involvement or of falsity in the words themselves
 *      ("There is not any connection", "had neither hacked Sony nor ...");
 *   5. in a headline only, a negated statement of fact ("Mexico Says
 *      Missing Students Not Found"): headlines report a denial so, while in
 *      prose such a statement is most often a plain negative one.
 * Rules 3 to 5 read the statement's words, and so are not asked of what an
 * admission reports ("admitted that the book was inaccurate"); rules 3 and
 * 4 not of words inside a condition or a wish ("if the landing was fake").
 * Every phrase list lives in aa_lexicon.c; the patterns are built from them
 * in aa_attrib.c.
 */
#include <string.h>

#include "aa_internal.h"
#include "aa_swar.h"

#define OBJECT_WINDOW 80		/* bytes after a cue where its object's head must start */

static bool
anchored(aa_doc *doc, aa_pattern_id id, size_t at, size_t end, aa_match *m)
{
	return at < end && aa_pattern_find(doc, id, at, end, m);
}

/*
 * "he denied Merrick Garland, President Obama's nominee, a confirmation
 * hearing", "to deny him even that path": "deny" with a person and then a
 * thing refuses the person the thing, and disputes nothing: the grant sense
 * by the sentence's shape, where PAT_GRANT_OBJECT knows it by the thing
 * granted.  The person is an object pronoun or a name (with its
 * appositive), the thing opens with a determiner; "denied her claims" and
 * "denied Clinton's account" dispute.
 */
#define REFUSED_APPOSITIVE_WORDS 12

bool
aa_denies_someone_something(aa_doc *doc, size_t cue_start, size_t cue_end, size_t sent_end)
{
	aa_word		w;
	size_t		p;
	bool		pronoun = false;

	/* (every reported clause asks: the first letter turns most cues away) */
	if ((doc->text[cue_start] | 0x20) != 'd' || !aa_word_after(doc, cue_start, cue_end, &w) ||
		!(aa_word_is_either(doc, &w, "deny") || aa_word_is_either(doc, &w, "denied") ||
		  aa_word_is_either(doc, &w, "denies") || aa_word_is_either(doc, &w, "denying")) ||
		!aa_word_after(doc, cue_end, sent_end, &w) || w.cstart != w.start)
		return false;
	if (!w.capitalized)
	{
		/* him, her, them ... (ADDRESSEES: the pronouns among them) */
		if (!(w.classes & LX_PRONOUN) || w.cend != w.end || !aa_word_marked(doc, &w, LM_ADDRESSEE))
			return false;
		p = w.end;
		pronoun = true;
	}
	else
	{
		/* a name, not a day ("denied Tuesday the report that ...") and not a possessive */
		int			k = 0;

		for (p = cue_end; k < 4 && aa_word_after(doc, p, sent_end, &w) && w.capitalized &&
			 !(w.classes & (LX_TIME_WORD | LX_DETERMINER | LX_PRONOUN)); k++)
		{
			p = w.cend;
			if (aa_stem_end(doc, &w) < w.cend)
				return false;
			if (w.cend < w.end)
				break;
		}
		if (k == 0)
			return false;
		if (p < sent_end && doc->text[p] == ',')
		{
			/* its appositive, to the next comma */
			bool		closed = false;

			for (k = 0; k < REFUSED_APPOSITIVE_WORDS && aa_word_after(doc, p + 1, sent_end, &w); k++)
			{
				p = w.end - 1;
				if (w.cend < w.end && doc->text[w.cend] == ',')
				{
					closed = true;
					break;
				}
			}
			if (!closed)
				return false;
			p = w.end;
		}
		else if (p < sent_end && doc->text[p] != ' ')
			return false;
	}
	if (!aa_word_after(doc, p, sent_end, &w) || w.capitalized)
		return false;
	if ((w.classes & LX_ADVERB) && !aa_word_after(doc, w.end, sent_end, &w))
		return false;
	/* "that" too after a pronoun ("deny him that path"), which a that-clause never follows */
	return !w.capitalized && w.cstart == w.start &&
		((w.classes & LX_DETERMINER) || (pronoun && aa_word_is(doc, &w, "that")));
}

/* "did not deny", "refused to confirm or deny", "no evidence": taken back before it is said. */
static bool
suppressed(aa_doc *doc, size_t at)
{
	aa_match	m;

	return aa_pattern_find(doc, PAT_SUPPRESSED, at > 48 ? at - 48 : 0, at, &m);
}

/*
 * Does the clause that holds text[at] open with a condition, a wish or a
 * supposition ("If you think the moon landing was fake", "I wish I never
 * did it")?  Words are read back from at to the start of the statement or
 * the first punctuation mark, at most CONDITION_REACH of them.
 */
#define CONDITION_REACH 12

static bool
conditional(aa_doc *doc, size_t from, size_t at)
{
	aa_word		w;

	for (int k = 0; k < CONDITION_REACH && aa_word_before(doc, from, at, &w); k++, at = w.start)
	{
		if (w.cend < w.end && memchr(",;:.!?", doc->text[w.cend], 6) != NULL)
			return false;		/* "If so, it is false": punctuation closes the clause before it */
		if (aa_word_marked(doc, &w, LM_CONDITIONAL))
			return true;
	}
	return false;
}

/*
 * "You have not been involved in a consequential decision": the formula
 * said of the one addressed reproaches, it denies nothing for the speaker.
 */
static bool
said_of_addressee(aa_doc *doc, size_t from, size_t at)
{
	aa_word		w;

	return aa_word_before(doc, from, at, &w) && w.cend == w.end && aa_word_is_either(doc, &w, "you");
}

/* Where what a verb of denial takes starts, past "any" and spaces ("deny any wrongdoing" -> "wrongdoing"). */
static size_t
past_any(aa_doc *doc, size_t s, size_t e)
{
	aa_word		any;

	if (aa_word_after(doc, s, e, &any) && aa_word_is(doc, &any, "any") && any.cend == any.end)
		s = any.end;
	while (s < e && doc->text[s] == ' ')
		s++;
	return s;
}

/* "it", "this", "that", "these", "those", as written or capitalised: a word that points back to a claim */
static bool
points_back(aa_doc *doc, const aa_word *w)
{
	return aa_word_is_either(doc, w, "it") || aa_word_is_either(doc, w, "this") ||
		aa_word_is_either(doc, w, "that") || aa_word_is_either(doc, w, "these") ||
		aa_word_is_either(doc, w, "those");
}

/*
 * Does the statement's sentence at s open with a demonstrative or "it" as
 * its subject ("That is a lie", "It's nonsense"), which points back to what
 * was put to the speaker?
 */
static bool
demonstrative_subject(aa_doc *doc, size_t s, size_t e)
{
	aa_word		w;

	if (!aa_word_after(doc, s, e, &w))
		return false;
	w.cend = aa_contraction_stem_end(doc, &w);
	return points_back(doc, &w);
}

/*
 * "Asked about claims that the vaccine causes autism, Madhi was blunt":
 * what the cue's sentence opens by putting to the speaker, after "Asked
 * about", "Asked whether" or "Asked if", up to its comma.
 */
static bool
asked_claim(aa_doc *doc, size_t cue_start, size_t *start, size_t *end)
{
	size_t		sent = aa_sentence_start(doc, cue_start);
	aa_word		w,
				prep;
	const char *comma;

	if (!aa_word_after(doc, sent, cue_start, &w) || !aa_word_is(doc, &w, "Asked") || w.cend != w.end ||
		!aa_word_after(doc, w.end, cue_start, &prep) || prep.cend != prep.end ||
		!(aa_word_is(doc, &prep, "about") || aa_word_is(doc, &prep, "whether") || aa_word_is(doc, &prep, "if")) ||
		(comma = memchr(doc->text + prep.end, ',', cue_start - prep.end)) == NULL ||
		aa_count_words(doc, prep.end, (size_t) (comma - doc->text)) < 2)
		return false;
	*start = prep.end + 1;
	*end = (size_t) (comma - doc->text);
	return true;
}

/* "accused", "blamed" (ACCUSATION_VERBS): what the cue reports lays fault on someone else. */
static bool
accusation(const aa_doc *doc, size_t cue_start, size_t cue_end)
{
	aa_word		w;

	return cue_end > cue_start && aa_word_after(doc, cue_start, cue_end, &w) &&
		aa_verb_form_of(doc, &w, VF_ACCUSATION, true);
}

/* "admitted", "conceded": what the cue reports is granted, and no falsity or negation in it denies anything. */
static bool
admission(const aa_doc *doc, size_t cue_start, size_t cue_end)
{
	return cue_end > cue_start && aa_lex_marked(doc->text + cue_start, cue_end - cue_start, LM_ADMISSION);
}

/* "was denied bail": the subject is refused something, it denies nothing. */
static bool
passive(aa_doc *doc, size_t cue_start)
{
	aa_word		w;

	return aa_word_before(doc, cue_start > 48 ? cue_start - 48 : 0, cue_start, &w) && w.cend == w.end &&
		!w.capitalized && (w.classes & LX_BE);
}

/*
 * Is text[start, end) one whole entry of the anchored word-list pattern id,
 * whose single-word entries the lexicon marks with cls?  Cues are ASCII
 * words, and for an ASCII word after an ASCII character the lexicon gives
 * the pattern's answer: the pattern's lookbehind is the test of the
 * character before, its lookahead always holds at the end of the subject,
 * a phrase entry cannot match one word, and caseless matching of ASCII
 * against ASCII is ASCII case folding.  Anything else goes to the pattern.
 */
static bool
is_listed_cue(aa_doc *doc, size_t start, size_t end, uint32_t cls, aa_pattern_id id)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	aa_match	m;

	if (start < end && aa_ascii_letters_end(t, start, end) == end &&
		(start == 0 || t[start - 1] < 0x80) && (start < 2 || t[start - 1] != '\'' || t[start - 2] < 0x80))
	{
		unsigned char before = start > 0 ? t[start - 1] : ' ';
		unsigned char joined = start > 1 ? t[start - 2] : ' ';

		/* WORD_START: no letter, digit or hyphen before, nor an apostrophe after one */
		if (aa_is_letter(before) || aa_is_digit(before) || before == '-' ||
			(before == '\'' && (aa_is_letter(joined) || aa_is_digit(joined))))
			return false;
		return (aa_word_classes(doc, start, end) & cls) != 0;
	}
	return anchored(doc, id, start, end, &m) && m.end == end;
}

bool
aa_is_denial_verb(aa_doc *doc, size_t start, size_t end)
{
	return is_listed_cue(doc, start, end, LX_DENIAL_VERB, PAT_DENY_VERB);
}

bool
aa_is_denial_verb_claim(aa_doc *doc, size_t start, size_t end)
{
	return is_listed_cue(doc, start, end, LX_DENIAL_VERB_CLAIM, PAT_DENY_VERB_CLAIM);
}

/*
 * "rejected the “baseless accusations”": a claim that ends inside marks
 * opened within it ends after their closing mark.
 */
static size_t
with_closing_mark(aa_doc *doc, size_t start, size_t end)
{
	int			si = end > start ? aa_span_at(doc, end - 1) : -1;
	const aa_span *sp = si >= 0 ? &AA_VEC_AT(&doc->spans, aa_span, si) : NULL;

	return sp && sp->open >= start && sp->closed && sp->content_end == end ? sp->after : end;
}

static void
set_denial(aa_denial *out, size_t start, size_t end, float confidence)
{
	out->is_denial = true;
	out->denied_start = start;
	out->denied_end = end;
	out->confidence = confidence;
}

/*
 * "dismissed Zelenskyy's remarks as", "rejects Trump's remarks about
 * Muslims", "dismissed the comment": what someone said (SPEECH_NOUNS_ABOUT,
 * and "statement"), within four words of a cue that rejects a claim, is a
 * claim too (not as a claim called false: "his remarks were priceless
 * propaganda" denies nothing).  *noun: the noun.
 */
static bool
said_words_object(aa_doc *doc, size_t from, size_t to, aa_match *noun)
{
	aa_word		w;
	size_t		p = from;

	for (int k = 0; k < 5 && aa_word_after(doc, p, to, &w); k++, p = w.end)
	{
		if (!w.capitalized && w.cstart == w.start &&
			(aa_verb_form_of(doc, &w, VF_SPEECH_NOUN_ABOUT, false) ||
			 aa_word_is(doc, &w, "statement") || aa_word_is(doc, &w, "statements")))
		{
			noun->start = w.cstart;
			noun->end = w.cend;
			return true;
		}
		if (w.cend != w.end)
			return false;
	}
	return false;
}

/* Is [from, to) one object pronoun, "it", "them", "this", "that", "these" or "those" (its mark aside)? */
static bool
pronoun_object(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w,
				more;

	if (!aa_word_after(doc, from, to, &w) || (aa_word_after(doc, w.end, to, &more) && more.cstart < more.cend))
		return false;
	return !w.capitalized && (points_back(doc, &w) || aa_word_is(doc, &w, "them"));
}

/* "describing them as": a pronoun that points back and "as", alone in [from, to) */
static bool
pronoun_as_object(aa_doc *doc, size_t from, size_t to)
{
	aa_word		w,
				as,
				more;

	return aa_word_after(doc, from, to, &w) && w.cend == w.end && !w.capitalized &&
		(points_back(doc, &w) || aa_word_is(doc, &w, "them")) && aa_word_after(doc, w.end, to, &as) &&
		aa_word_is(doc, &as, "as") && as.cend == as.end &&
		!(aa_word_after(doc, as.end, to, &more) && more.cstart < more.cend);
}

/* A form of "describe" ("describing them as “nonsense”"). */
static bool
describes(const aa_doc *doc, const aa_word *w)
{
	return aa_word_is_either(doc, w, "describe") || aa_word_is_either(doc, w, "describes") ||
		aa_word_is_either(doc, w, "described") || aa_word_is_either(doc, w, "describing");
}

/*
 * Is [from, to) a pronoun subject and a form of "be" ("they were", "that it
 * was"), its mark aside?  *pronoun: the pronoun.
 */
static bool
pronoun_copula(aa_doc *doc, size_t from, size_t to, aa_word *pronoun)
{
	aa_word		be,
				more;

	if (!aa_word_after(doc, from, to, pronoun))
		return false;
	if (aa_word_is(doc, pronoun, "that") && !aa_word_after(doc, pronoun->end, to, pronoun))
		return false;
	if (pronoun->capitalized || pronoun->cend != pronoun->end ||
		!(aa_word_is(doc, pronoun, "they") || points_back(doc, pronoun)) ||
		!aa_word_after(doc, pronoun->end, to, &be) || !(be.classes & LX_BE) ||
		(aa_word_after(doc, be.end, to, &more) && more.cstart < more.cend))
		return false;
	return true;
}

/* The proposition behind a claim noun: "the allegation that X" -> X, else the noun phrase. */
static void
claim_proposition(aa_doc *doc, const aa_match *noun, size_t np_start, size_t limit, size_t *start, size_t *end)
{
	aa_word		w;
	size_t		p = noun->end;

	/* "the accusations of fraud as baseless": the label is not part of the claim */
	for (size_t q = noun->end; aa_word_after(doc, q, limit, &w); q = w.end)
		if (aa_word_is(doc, &w, "as") && w.cend == w.end)
		{
			limit = w.start;
			break;
		}

	*start = np_start;
	*end = noun->end;
	/* "of wrongdoing", "in the hack", "that he lied", "it was responsible ..." */
	if (aa_word_after(doc, p, limit, &w))
	{
		aa_word		next;

		/* ("the claims that were made against me": "that" and a verb open a relative clause, part of the phrase) */
		if (aa_word_is(doc, &w, "that") && aa_word_after(doc, w.end, limit, &next) && !next.capitalized &&
			(next.classes & (LX_AUX | LX_BE)) && !(next.classes & LX_PRONOUN))
		{
			*end = limit;
			return;
		}
		if (aa_word_is(doc, &w, "that") ||
			(w.classes & LX_PRONOUN))
		{
			*start = (w.classes & LX_PRONOUN) ? w.cstart : w.end;
			*end = limit;
			return;
		}
		if (w.classes & LX_PREPOSITION || aa_word_is(doc, &w, "of"))
			*end = limit;
	}
}

/*
 * Where the noun phrase of a claim noun starts, not before `from`: at its
 * determiner over a few modifiers ("the AP report", "the plagiarism
 * allegations", "these baseless claims"), else at the noun.
 */
#define CLAIM_MODIFIERS 3

static size_t
noun_phrase_start(aa_doc *doc, size_t from, const aa_match *noun)
{
	aa_word		w;
	size_t		p = noun->start;

	for (int k = 0; k <= CLAIM_MODIFIERS && aa_word_before(doc, from, p, &w); k++)
	{
		if (w.cend != w.end || w.cstart != w.start)
			break;
		if (w.classes & (LX_DETERMINER | LX_ARTICLE))
			return w.cstart;
		if (w.classes & (LX_PREPOSITION | LX_AUX | LX_CLAUSE_BREAK | LX_PRONOUN | LX_REPORT_VERB))
			break;
		p = w.start;
	}
	return noun->start;
}

/*
 * "accusations that he exaggerated", "claims that Trump lied": is the label
 * at label_start the verb of the claim that "that" opens after the noun (at
 * most a subject of two words before it), not a verdict on the claim?
 */
#define CLAIM_SUBJECT_WORDS 2

bool
aa_label_opens_claim(aa_doc *doc, const aa_match *noun, size_t label_start)
{
	aa_word		that;

	return aa_word_after(doc, noun->end, label_start, &that) && aa_word_is(doc, &that, "that") &&
		that.cend == that.end && aa_count_words(doc, that.end, label_start) <= CLAIM_SUBJECT_WORDS;
}

/*
 * "spreading false information", "exaggerated stories": a label right
 * before a lower-case noun describes that noun, and calls no claim before it
 * false.  Not after "a" or a form of "be" ("called the idea a “ridiculous
 * proposition”", "were “groundless slander”"), nor before a second label
 * ("“groundless slander”").
 */
static bool
attributive_label(aa_doc *doc, const aa_match *label, size_t end)
{
	aa_word		next,
				before;
	aa_match	second;
	size_t		p = label->start;

	if (label->end >= end || doc->text[label->end] != ' ' || !aa_word_after(doc, label->end, end, &next) ||
		next.start != label->end + 1 || next.cstart != next.start || next.capitalized ||
		(next.classes & (LX_CLAUSE_BREAK | LX_PREPOSITION | LX_AUX | LX_BE | LX_ADVERB | LX_PRONOUN |
						 LX_DETERMINER | LX_ARTICLE | LX_REPORT_VERB)) ||
		aa_ly_adverb(doc, &next) || (aa_find_falsity(doc, next.start, next.end, &second) && second.start == next.start))
		return false;
	/* (back over an opening mark: a “ridiculous proposition”) */
	while (p > 0 && doc->text[p - 1] != ' ' && label->start - p < 4)
		p--;
	return !(aa_word_before(doc, p > 64 ? p - 64 : 0, p, &before) && before.cend == before.end &&
			 ((before.classes & LX_BE) || aa_word_is(doc, &before, "a") || aa_word_is(doc, &before, "an")));
}

/*
 * ", a charge the BJP dismissed", ", an allegation he denies", ", something
 * she has denied": is the phrase before pos (the denial's subject) a claim
 * set off by a comma, with an article or "that" around its noun?  Sets
 * before to the word that ends the claim, the one before the comma.
 */
#define APPOSITIVE_WORDS 4

/* Does a comma end w, maybe after a closing quotation mark ("friends”,")? */
static bool
comma_after_word(const aa_doc *doc, const aa_word *w)
{
	size_t		p = w->cend;

	if (w->end == w->cend || doc->text[w->end - 1] != ',')
		return false;
	while (p < w->end - 1)
		if (!aa_is_quote_char(aa_utf8_next(doc->text, w->end - 1, &p)))
			return false;
	return true;
}

bool
aa_claim_appositive_before(aa_doc *doc, size_t lim, size_t pos, aa_word *before)
{
	aa_word		w;
	aa_match	noun;
	bool		seen_noun = false;

	for (int k = 0; k < APPOSITIVE_WORDS && aa_word_before(doc, lim, pos, &w); k++, pos = w.start)
	{
		if (w.cend != w.end)
		{
			if (!seen_noun || !comma_after_word(doc, &w))
				return false;
			*before = w;
			return true;
		}
		if (w.capitalized)
			return false;
		if (!seen_noun && aa_word_is(doc, &w, "that") && k == 0)
			continue;
		if (!seen_noun && (aa_word_is(doc, &w, "something") ||
						   (aa_pattern_find(doc, PAT_CLAIM_NOUN, w.cstart, w.cend, &noun) &&
							noun.start == w.cstart && noun.end == w.cend)))
			seen_noun = true;
		else if (!(seen_noun && (w.classes & (LX_ARTICLE | LX_DETERMINER))))
			return false;
	}
	return false;
}

/*
 * A statement whose verb of denial at cue_start has a claim noun set off by
 * a comma for its object ("Gandhi accused the Centre of ruin, a charge the
 * BJP dismissed"): sets [*start, *end) to the claim, the clause before the
 * comma back to the comma or the sentence start before it.
 */
#define DENIER_WORDS 6

static bool
claim_before_appositive(aa_doc *doc, size_t cstart, size_t cue_start, size_t *start, size_t *end)
{
	aa_word		w,
				before;
	size_t		p = cue_start;
	size_t		sent_start = aa_sentence_start(doc, cstart);

	for (int k = 0; k < DENIER_WORDS && aa_word_before(doc, cstart, p, &w); k++, p = w.start)
	{
		if (aa_claim_appositive_before(doc, sent_start, w.start, &before))
		{
			*start = sent_start;
			*end = before.end - 1;	/* (the comma: a closing mark before it stays) */
			for (size_t q = before.start; aa_word_before(doc, sent_start, q, &w); q = w.start)
				if (w.cend < w.end && doc->text[w.end - 1] == ',')
				{
					*start = w.end;
					break;
				}
			return true;
		}
		if (w.cend != w.end)
			break;
	}
	return false;
}

/*
 * "I reject any suggestion that I covered anything up", "We categorically
 * deny any wrongdoing": a speaker's own denial, "I" or "we" and a verb that
 * denies (adverbs between, not a negation: "I never denied").  What is
 * denied runs from after the verb to the end of its sentence, or is the
 * claim a verb that rejects claims takes (the verbs looked at are denial
 * hints: DENIAL_HINTS).  *verb_end: where the verb ends.
 */
static bool
first_person_denial(aa_doc *doc, size_t from, size_t to, size_t *verb_end, size_t *start, size_t *end)
{
	/* the verbs are denial hints, which the scan records: most statements hold none */
	for (int i = aa_vec_lower_bound(&doc->hints, from); i < doc->hints.n; i++)
	{
		size_t		mark = AA_VEC_AT(&doc->hints, size_t, i);
		aa_word		v,
					w,
					object;
		aa_match	noun;
		size_t		sent_end;
		bool		claim_verb = false;
		bool		subject = false;

		if (mark >= to)
			break;
		if (!aa_word_after(doc, mark, to, &v) || v.cstart != v.start || v.cend != v.end ||
			!(aa_is_denial_verb(doc, v.cstart, v.cend) || (claim_verb = aa_is_denial_verb_claim(doc, v.cstart, v.cend))))
			continue;
		/* "I" or "we" right before it, or before up to two adverbs, none a negation */
		for (size_t q = v.start, k = 0; k < 3 && aa_word_before(doc, from, q, &w) && w.cstart == w.start &&
			 w.cend == w.end; k++, q = w.start)
		{
			if (aa_word_is(doc, &w, "I") || aa_word_is_either(doc, &w, "we"))
			{
				subject = true;
				break;
			}
			if (aa_word_is(doc, &w, "never") || aa_word_is(doc, &w, "not") ||
				!((w.classes & LX_ADVERB) || aa_ly_adverb(doc, &w)))
				break;
		}
		if (!subject)
			continue;
		/* (to the sentence's end, or a dash or semicolon: "I disavow these comments - I regret ...") */
		sent_end = v.end;
		while (sent_end < to && !strchr(".!?;", doc->text[sent_end]) &&
			   !(doc->text[sent_end] == ' ' && sent_end + 2 < to &&
				 (doc->text[sent_end + 1] == '-' || (unsigned char) doc->text[sent_end + 1] == 0xE2)))
			sent_end++;
		if (suppressed(doc, v.cstart) || !aa_word_after(doc, v.end, sent_end, &object))
			return false;
		*verb_end = v.cend;
		/*
		 * "deny any wrongdoing", "deny that", "deny it", "deny having":
		 * a claim; else, as after a verb that rejects claims, a
		 * claim's noun ("I disavow Duke" denies nothing)
		 */
		if (!claim_verb && object.cstart == object.start &&
			(aa_word_is(doc, &object, "any") || aa_word_is(doc, &object, "that") ||
			 aa_word_is(doc, &object, "it") || aa_word_is(doc, &object, "ever") ||
			 aa_word_ends(doc, &object, "ing")))
		{
			*start = v.end;
			*end = sent_end;
			return true;
		}
		if (!aa_pattern_find(doc, PAT_CLAIM_NOUN, v.end, sent_end, &noun) ||
			aa_count_words(doc, v.end, noun.start) > 4)
			return false;
		claim_proposition(doc, &noun, noun_phrase_start(doc, v.end, &noun), sent_end, start, end);
		return true;
	}
	return false;
}

void
aa_detect_denial(aa_doc *doc, aa_kind kind, size_t cstart, size_t cend,
				 size_t cue_start, size_t cue_end, size_t sent_end, aa_denial *out)
{
	aa_match	m,
				noun,
				label;
	bool		has_cue = cue_end > cue_start;
	size_t		s,
				e;

	memset(out, 0, sizeof(*out));

	/* 1. deny, refute, rebut ... */
	if (has_cue && aa_is_denial_verb(doc, cue_start, cue_end))
	{
		bool		in_passive = passive(doc, cue_start);

		if (suppressed(doc, cue_start))
			return;
		/* "The claim was denied by the company": the passive's subject, before the cue, is what its agent denies */
		if (in_passive && kind == AA_INDIRECT && cend <= cue_start)
		{
			set_denial(out, cstart, cend, 0.8f);
			return;
		}
		if (in_passive ||
			anchored(doc, PAT_GRANT_OBJECT, cue_end, sent_end, &m) ||
			aa_denies_someone_something(doc, cue_start, cue_end, sent_end))
			return;
		/* "The claims, which the senator has always denied": the claim is before the relative */
		if (cue_start > cstart && cue_start < cend && claim_before_appositive(doc, cstart, cue_start, &s, &e))
		{
			set_denial(out, s, e, 0.8f);
			return;
		}
		if (cue_start > cstart && cue_start < cend)
		{
			size_t		p = cue_start;
			aa_word		w;

			while (aa_word_before(doc, cstart, p, &w))
			{
				if (w.cend == w.end && !w.capitalized && w.cend - w.cstart >= 4 &&
					(memcmp(doc->text + w.cstart, "which", 5) == 0 || memcmp(doc->text + w.cstart, "that", 4) == 0))
				{
					set_denial(out, cstart, w.start, 0.8f);
					return;
				}
				p = w.start;
			}
		}
		if (kind == AA_INDIRECT)
		{
			/* "denies any involvement in X" -> "involvement in X" */
			aa_word		w;

			if (aa_word_after(doc, cstart, cend, &w) && aa_word_is(doc, &w, "any"))
			{
				/* "any involvement in X and offers Y": the noun phrase ends before a second verb */
				size_t		p = w.end;
				aa_word		v,
							next;

				cstart = w.end;
				while (aa_word_after(doc, p, cend, &v))
				{
					if (aa_word_is(doc, &v, "and") &&
						aa_word_after(doc, v.end, cend, &next) && !next.capitalized &&
						!(next.classes & (LX_DETERMINER | LX_PRONOUN)))
					{
						cend = v.start;
						break;
					}
					p = v.end;
				}
			}
			while (cstart < cend && doc->text[cstart] == ' ')
				cstart++;
		}
		set_denial(out, cstart, cend, 0.85f);
		return;
	}

	/* 2. reject, dismiss, dispute ... a claim */
	if (has_cue && aa_is_denial_verb_claim(doc, cue_start, cue_end))
	{
		size_t		window = cue_end + OBJECT_WINDOW < sent_end ? cue_end + OBJECT_WINDOW : sent_end;
		aa_word		what;

		if (suppressed(doc, cue_start) || passive(doc, cue_start) ||
			anchored(doc, PAT_GRANT_OBJECT, cue_end, sent_end, &m))
			return;
		if (cue_start > cstart && cue_start < cend && claim_before_appositive(doc, cstart, cue_start, &s, &e))
		{
			set_denial(out, s, e, 0.75f);
			return;
		}
		if ((aa_pattern_find(doc, PAT_CLAIM_NOUN, cue_end, window, &noun) &&
			 aa_count_words(doc, cue_end, noun.start) <= 4) ||
			said_words_object(doc, cue_end, window, &noun))
		{
			claim_proposition(doc, &noun, cue_end, kind == AA_INDIRECT ? cend : sent_end, &s, &e);
			while (s < e && doc->text[s] == ' ')
				s++;
			set_denial(out, s, with_closing_mark(doc, s, e), 0.8f);
			return;
		}
		/*
		 * "hit back at what she described as a “smear campaign” by the
		 * opposition": a label inside "what ..." is the speaker's word for
		 * the thing rejected, which is all of the object
		 */
		if (kind == AA_INDIRECT && aa_word_after(doc, cue_end, cend, &what) && what.start == cstart &&
			what.cend == what.end && aa_word_is(doc, &what, "what"))
		{
			set_denial(out, cstart, cend, 0.7f);
			return;
		}
		if (aa_find_falsity(doc, cue_end, sent_end, &label))
		{
			aa_word		as;
			int			label_span;

			size_t		before_mark;
			uint32_t	mark = label.start > cue_end ? aa_utf8_prev(doc->text, label.start, &before_mark) : 0;

			/* "dismissed it as [baseless]": the claim is before "as" (and the mark that opens the label) */
			e = label.start;
			if (mark == '"' || mark == '\'' || mark == 0x201C || mark == 0x2018)
				e = before_mark;
			if (aa_word_before(doc, cue_end, e, &as) && as.cend == as.end && aa_word_is(doc, &as, "as"))
				e = as.start;
			/* "a charge that the mayor dismissed as “nonsense”": the claim is before its noun */
			if (aa_count_words(doc, cue_end, e) == 0 &&
				claim_before_appositive(doc, aa_sentence_start(doc, cue_start), cue_start, &s, &e))
				;
			/* "dismissed as “fake news” a video circulating ...": the object after the label's marks */
			else if (aa_count_words(doc, cue_end, e) == 0 && e > cue_end && (label_span = aa_span_at(doc, label.start)) >= 0 &&
					 aa_count_words(doc, AA_VEC_AT(&doc->spans, aa_span, label_span).after,
									kind == AA_INDIRECT ? cend : sent_end) >= 2)
			{
				s = AA_VEC_AT(&doc->spans, aa_span, label_span).after;
				e = kind == AA_INDIRECT ? cend : sent_end;
				while (s < e && doc->text[s] != ' ')
					s++;		/* (punctuation after the closing mark) */
				while (s < e && doc->text[s] == ' ')
					s++;
			}
			else if (e <= cue_end || aa_count_words(doc, cue_end, e) == 0)
				s = cue_end, e = label.start;
			else
				s = cue_end;
			set_denial(out, s, e, 0.7f);
			return;
		}
	}

	/* 3. a claim labelled false: the claim between the cue and the label */
	if (has_cue && aa_find_falsity(doc, cstart, cend, &label) && !attributive_label(doc, &label, cend))
	{
		/*
		 * the claim may stand between the cue and the content: "calls rumor
		 * that it ... inaccurate"; not a source set off by its comma:
		 * "According to the officer in charge of the base, the scene is untrue"
		 */
		size_t		from = (kind == AA_MIXED || (cue_end <= cstart &&
												 !memchr(doc->text + cue_end, ',', cstart - cue_end))) ?
			cue_end : cstart;
		size_t		to = kind == AA_MIXED ? cstart : label.start;

		/* "accusations that he exaggerated": the label is the claim's own verb; a verdict may follow it */
		if (from < to && aa_pattern_find(doc, PAT_CLAIM_NOUN, from, to, &noun) &&
			aa_label_opens_claim(doc, &noun, label.start))
		{
			if (!aa_find_falsity(doc, label.end, cend, &label))
				goto no_label;
			to = kind == AA_MIXED ? cstart : label.start;
		}
		if (from < to && aa_pattern_find(doc, PAT_CLAIM_NOUN, from, to, &noun) && !suppressed(doc, label.start) &&
			!conditional(doc, cstart, label.start) && !admission(doc, cue_start, cue_end))
		{
			s = noun_phrase_start(doc, from, &noun);
			claim_proposition(doc, &noun, s, to, &s, &e);
			/* "the accusations from the US were [false]": the copula is not part of the claim */
			{
				aa_word		last;

				while (aa_word_before(doc, s, e, &last) &&
					   (last.cstart == last.cend || ((last.classes & LX_AUX) && !last.capitalized)))
					e = last.start;
			}
			set_denial(out, s, e, 0.75f);
			return;
		}
	}

no_label:
	if (kind == AA_MIXED && has_cue)
	{
		aa_word		w,
					cue;

		/*
		 * 3b. a quoted fragment that opens with a verb of denial and its
		 * claim: "Islamabad “rejects the baseless allegations”" is the
		 * speaker's own denial, its subject outside the marks (a cue word
		 * first: the class turns most fragments away before the look-ups)
		 */
		/* ("“categorically denies any wrongdoing”": an adverb may come first) */
		if (aa_word_after(doc, cstart, cend, &w) && !w.capitalized && aa_ly_adverb(doc, &w) && w.cend == w.end)
			aa_word_after(doc, w.end, cend, &w);
		if (!w.capitalized && w.cstart == w.start && w.cend == w.end &&
			(w.classes & LX_REPORT_VERB) &&
			(aa_is_denial_verb(doc, w.cstart, w.cend) || aa_is_denial_verb_claim(doc, w.cstart, w.cend)) &&
			aa_pattern_find(doc, PAT_CLAIM_NOUN, w.end, cend, &noun) && aa_count_words(doc, w.end, noun.start) <= 3)
		{
			/* what the verb denies: "any wrongdoing" -> "wrongdoing" */
			s = past_any(doc, w.end, cend);
			e = cend;
			while (e > s && strchr(".,;:!?", doc->text[e - 1]))
				e--;
			set_denial(out, s, e, 0.6f);
			return;
		}
		/*
		 * 3c. "called it “fake news”", "denied the claims, calling them
		 * “preposterous smears”": a pronoun called false stands for the
		 * claim (not by a label that may judge anything: "called them crazy")
		 */
		if (cue_end < cstart && aa_word_after(doc, cue_start, cue_end, &cue) &&
			((aa_verb_form_of(doc, &cue, VF_CALL, true) && pronoun_object(doc, cue_end, cstart)) ||
			 (describes(doc, &cue) && pronoun_as_object(doc, cue_end, cstart))) &&
			aa_find_falsity(doc, cstart, cend, &label) && aa_count_words(doc, cstart, label.start) <= 2 &&
			aa_word_after(doc, label.start, label.end, &w) && !aa_verb_form_of(doc, &w, VF_JUDGING_LABEL, true))
		{
			set_denial(out, cstart, cend, 0.6f);
			return;
		}
		/*
		 * 3d. "said they were “absolutely false”": a pronoun's subject called
		 * false (by the label's last word), which stands for what was put to the speaker, if the
		 * sentence says it ("Asked about the allegations, he said ..."),
		 * or for itself (not by a label that may judge people too: "they
		 * were “completely wrong” about the economy")
		 */
		if (cue_end < cstart && pronoun_copula(doc, cue_end, cstart, &w) &&
			aa_find_falsity(doc, cstart, cend, &label) && aa_count_words(doc, cstart, label.start) <= 2 &&
			aa_word_before(doc, label.start, label.end, &cue) && !aa_verb_form_of(doc, &cue, VF_JUDGING_LABEL, true))
		{
			if (!asked_claim(doc, cue_start, &s, &e))
				s = w.cstart, e = w.cend;
			set_denial(out, s, e, 0.6f);
			return;
		}
	}

	/* 4a. "I reject any suggestion that ...": the speaker's own verb of denial, in the speaker's own words */
	if (kind == AA_DIRECT)
	{
		size_t		verb_end;

		if (first_person_denial(doc, cstart, cend, &verb_end, &s, &e) && !conditional(doc, cstart, verb_end))
		{
			set_denial(out, past_any(doc, s, e), e, 0.6f);
			return;
		}
	}

	/* 4. no involvement, or a claim called false, in the statement's own words (not said to "you") */
	if (aa_find_no_involvement(doc, cstart, cend, &m) && !suppressed(doc, m.start) &&
		!conditional(doc, cstart, m.start) && !admission(doc, cue_start, cue_end) && !accusation(doc, cue_start, cue_end) &&
		!said_of_addressee(doc, cstart, m.start))
	{
		/* The proposition is the sentence of the statement that says it. */
		s = m.start;
		e = m.end;
		while (s > cstart && !(strchr(".!?", doc->text[s - 1]) && doc->text[s] == ' '))
			s--;
		while (e < cend && !strchr(".!?", doc->text[e]))
			e++;
		/* "Asked about claims that ..., Madhi was blunt: “That is a lie”": what "that" points back to */
		if (s == cstart && has_cue && cue_end <= cstart && demonstrative_subject(doc, s, e))
			asked_claim(doc, cue_start, &s, &e);
		set_denial(out, s, e, kind == AA_INDIRECT ? 0.7f : 0.6f);
		return;
	}

	/*
	 * 5. the article's headline (its first paragraph, when short) reports
	 * someone's negated statement of fact: the whole statement is denied.
	 * Not after a colon: "Rubio: I'm Not Interested ..." quotes an opinion.
	 */
	if (has_cue && doc->text[cue_start] != ':' && aa_paragraph_of(doc, cstart) == 0 &&
		aa_in_headline(doc, cstart) && aa_find_negated_fact(doc, cstart, cend, &m) &&
		!suppressed(doc, cue_start) && !suppressed(doc, m.start) && !admission(doc, cue_start, cue_end))
		set_denial(out, cstart, cend, 0.5f);
}
