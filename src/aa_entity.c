/*
 * aa_entity.c — who is who within one article.
 *
 * A light resolver, as news needs: the article names an entity once in full
 * and then by surname, honorific + surname, pronoun, role noun ("the Sony
 * boss"), epithet ("the secretive state") or metonym ("Pyongyang").  A scan
 * of capitalised runs records where people, organisations and countries are
 * named; speaker phrases at attribution sites are then resolved against
 * those entities by the rules below, and refuse (return -1) rather than guess
 * when nothing compatible came before.
 */
#include <string.h>

#include "aa_internal.h"
#include "aa_swar.h"

#define MAX_TOKENS 16
#define PRONOUN_LOOKBACK 64		/* events looked at for a pronoun's antecedent */
#define APPOSITIVE_NAME_BYTES 64	/* a name before an appositive starts within this of its last word */
#define ROLE_LOOKBACK 1024		/* events looked at for "the senator": more than a news article holds */

typedef struct tokens
{
	aa_word		w[MAX_TOKENS];
	int			n;
} tokens;

static void
tokenize(const aa_doc *doc, size_t start, size_t end, tokens *t)
{
	size_t		pos = start;

	t->n = 0;
	while (t->n < MAX_TOKENS && aa_word_after(doc, pos, end, &t->w[t->n]))
	{
		pos = t->w[t->n].end;
		t->n++;
	}
}

static size_t
core_len(const aa_word *w)
{
	return w->cend - w->cstart;
}

/* Where the core ends without a possessive ending ('s or ’s). */
size_t
aa_stem_end(const aa_doc *doc, const aa_word *w)
{
	const char *t = doc->text;
	size_t		e = w->cend;

	if (e - w->cstart > 4 && memcmp(t + e - 4, "\xE2\x80\x99s", 4) == 0)
		return e - 4;
	if (e - w->cstart > 2 && t[e - 2] == '\'' && t[e - 1] == 's')
		return e - 2;
	return e;
}

/*
 * Where the core ends without a contracted verb: "He's", "I’m", "they're",
 * "I'd", "we'll", "you've" (the stem is then a pronoun, or a name's
 * possessive, for the caller to tell apart).
 */
size_t
aa_contraction_stem_end(const aa_doc *doc, const aa_word *w)
{
	const unsigned char *t = (const unsigned char *) doc->text;
	size_t		e = w->cend;

	/* the ending after the apostrophe: one letter (s, m, d) or two (re, ve, ll) */
	for (size_t n = 1; n <= 2 && e - w->cstart > n + 1; n++)
	{
		size_t		a = e - n;	/* where the ending starts */
		bool		ending = n == 1 ? (t[a] == 's' || t[a] == 'm' || t[a] == 'd') :
			((t[a] == 'r' || t[a] == 'v') && t[a + 1] == 'e') || (t[a] == 'l' && t[a + 1] == 'l');

		if (!ending)
			continue;
		if (t[a - 1] == '\'')
			return a - 1;
		if (a - w->cstart > 3 && t[a - 1] == 0x99 && t[a - 2] == 0x80 && t[a - 3] == 0xE2)
			return a - 3;
	}
	return e;
}

/* "players’", "Sanders'": an apostrophe right after a final s, the possessive of a plural or a name in s. */
bool
aa_plural_possessive(const aa_doc *doc, const aa_word *w)
{
	const char *t = doc->text;

	return w->cend > w->cstart && (t[w->cend - 1] == 's' || t[w->cend - 1] == 'S') &&
		((w->end == w->cend + 1 && t[w->cend] == '\'') ||
		 (w->end == w->cend + 3 && memcmp(t + w->cend, "\xE2\x80\x99", 3) == 0));
}

/* "CNN’s", "Trump's", "Sanders'": 's, ’s or a plural's apostrophe ("He's", a contraction, too) */
bool
aa_possessive_form(const aa_doc *doc, const aa_word *w)
{
	return aa_stem_end(doc, w) != w->cend || aa_plural_possessive(doc, w);
}

static bool
is_acronym(const char *s, size_t n)
{
	return aa_capitals(s, n) >= 2;
}

/* a[0..an) and b[0..bn) equal up to ASCII case: eight folded bytes at a time (aa_fold8). */
static bool
same_ci(const char *a, size_t an, const char *b, size_t bn)
{
	if (an != bn)
		return false;
	for (size_t i = 0; i < an; i += 8)
	{
		size_t		k = an - i < 8 ? an - i : 8;

		if (aa_fold8(a + i, k) != aa_fold8(b + i, k))
			return false;
	}
	return true;
}

/* Classes of a known given name ("Donald", "Hillary"), not of an honorific or a pronoun that has a gender too. */
static bool
first_name_classes(uint32_t classes)
{
	return (classes & (LX_MALE | LX_FEMALE)) && !(classes & (LX_HONORIFIC | LX_PRONOUN | LX_TITLE));
}

static bool
first_name(const aa_word *w)
{
	return first_name_classes(w->classes);
}

/* Is s[0..sl) the last words of l[0..ll), ignoring ASCII case ("Wasserman Schultz" of "Debbie Wasserman Schultz")? */
static bool
word_suffix(const char *l, size_t ll, const char *s, size_t sl)
{
	return sl > 0 && sl < ll && l[ll - sl - 1] == ' ' && same_ci(l + ll - sl, sl, s, sl);
}

/* The last space-separated word of s[0..len). */
static const char *
last_word(const char *s, size_t len, size_t *n)
{
	size_t		i = len;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	*n = len - i;
	return s + i;
}

/* The length of the first space-separated word of s[0..len). */
static size_t
first_word_len(const char *s, size_t len)
{
	size_t		k = 0;

	while (k < len && s[k] != ' ')
		k++;
	return k;
}

/* The word a name is matched by: its last, or the one before a generation ("Williams" of "Roy Williams Jr."). */
static const char *
surname_of(const char *s, size_t len, size_t *n)
{
	const char *w = last_word(s, len, n);

	/* (every generation is of two or three letters) */
	return w > s && *n <= 3 && *n >= 2 && aa_lex_generation_word(w, *n) ? last_word(s, (size_t) (w - s) - 1, n) : w;
}

static int
count_words(const char *s, size_t len)
{
	int			n = 1;

	for (size_t i = 0; i < len; i++)
		n += (s[i] == ' ');
	return n;
}

/* Printable ASCII words with one space between each two: the phrase folds to itself. */
static bool
plain_phrase(const unsigned char *s, size_t n)
{
	if (n == 0 || s[0] == ' ')
		return false;
	for (size_t i = 0;; i++)
	{
		i = aa_printable_ascii_end(s, i, n);	/* eight bytes a step */
		if (i == n)
			return true;
		if (s[i] != ' ' || i + 1 == n || s[i + 1] == ' ')
			return false;
	}
}

/*
 * text[start,end) with runs of whitespace folded to one space, *len bytes,
 * not NUL-terminated.  Most names are printable ASCII with single spaces
 * ("Barack Obama"): they are their own folding, and the text itself is
 * returned.  Others are folded into the document's scratch buffer, good
 * until the next call.  Most names are looked up and not kept; what is kept
 * is interned (copy_phrase, set_name).
 */
static const char *
folded_phrase(aa_doc *doc, size_t start, size_t end, size_t *len)
{
	char	   *out;
	size_t		o = 0;
	bool		space = false;

	if (plain_phrase((const unsigned char *) doc->text + start, end - start))
	{
		*len = end - start;
		return doc->text + start;
	}
	if (doc->scratch_size < end - start + 1)
	{
		doc->scratch_size = end - start + 1 > 256 ? end - start + 1 : 256;
		doc->scratch = aa_alloc(doc->arena, doc->scratch_size);
	}
	out = doc->scratch;
	for (size_t i = start; i < end;)
	{
		unsigned char b = (unsigned char) doc->text[i];
		size_t		next;

		if (b > ' ' && b < 0x80)
			next = aa_printable_ascii_end((const unsigned char *) doc->text, i, end);	/* a run, copied whole */
		else
		{
			next = i;
			if (aa_is_space(aa_utf8_next(doc->text, end, &next)))
			{
				space = o > 0;
				i = next;
				continue;
			}
		}
		if (space)
			out[o++] = ' ';
		space = false;
		memcpy(out + o, doc->text + i, next - i);
		o += next - i;
		i = next;
	}
	out[o] = '\0';				/* an empty phrase still has a first byte to compare */
	*len = o;
	return out;
}

/* The same, interned: to keep. */
static const char *
copy_phrase(aa_doc *doc, size_t start, size_t end)
{
	size_t		len;
	const char *s = folded_phrase(doc, start, end, &len);

	return aa_intern(doc->arena, &doc->strings, s, len);
}

/* The bucket of a last word, ignoring ASCII case as same_ci does. */
static int
surname_bucket(const aa_doc *doc, const char *w, size_t n)
{
	return (int) ((aa_hash_bytes(w, n, true) >> 40) & doc->surname_mask);
}

/* Chain entity ent under word w in heads (surname_heads or first_heads). */
static void
index_word(aa_doc *doc, int32_t *heads, int ent, const char *w, size_t n)
{
	int			b = surname_bucket(doc, w, n);
	aa_surname_node *node;

	node = AA_VEC_PUSH(doc->arena, &doc->surname_nodes, aa_surname_node);
	node->entity = ent;
	node->next = heads[b];
	heads[b] = doc->surname_nodes.n - 1;
}

static void
index_surname(aa_doc *doc, int ent)
{
	const aa_entity *e = &AA_VEC_AT(&doc->entities, aa_entity, ent);

	index_word(doc, doc->surname_heads, ent, e->name + e->last_at, e->last_len);
}

/* The name matched against every later one: its length and last word kept with it. */
static void
set_name(aa_doc *doc, int ent, const char *name, size_t name_len)
{
	aa_entity  *e = &AA_VEC_AT(&doc->entities, aa_entity, ent);
	size_t		ln;
	const char *sp;

	name = aa_intern(doc->arena, &doc->strings, name, name_len);
	e->name = name;
	e->name_len = (uint32_t) name_len;
	e->last_at = (uint32_t) (surname_of(name, name_len, &ln) - name);
	e->last_len = (uint32_t) ln;
	if (e->last_at > 0)
	{
		for (sp = name; *sp != ' '; sp++)
			;
		/* (a renamed entity whose first word is the same is chained again: the search takes it once) */
		index_word(doc, doc->first_heads, ent, name, (size_t) (sp - name));
	}
}

static int
new_entity(aa_doc *doc, aa_entity_kind kind, const char *name, size_t name_len)
{
	aa_entity  *e = AA_VEC_PUSH(doc->arena, &doc->entities, aa_entity);

	e->kind = kind;
	e->first_at = doc->naming_at;
	if (doc->naming_at > doc->last_first_at)
		doc->last_first_at = doc->naming_at;
	set_name(doc, doc->entities.n - 1, name, name_len);
	/*
	 * Indexed once: a fuller name is taken only for a name that matched by
	 * its full name or its last word, so a renamed entity keeps its last word
	 * (up to ASCII case, which the index ignores) and its place in the index.
	 */
	index_surname(doc, doc->entities.n - 1);
	return doc->entities.n - 1;
}

static aa_entity *
entity(aa_doc *doc, int i)
{
	return &AA_VEC_AT(&doc->entities, aa_entity, i);
}

/* Entities looked at when matching a name: the most recent ones (keeps long articles linear). */
#define MATCH_WINDOW 256

static int
find_named(aa_doc *doc, aa_entity_kind kind, const char *name, size_t name_len)
{
	for (int i = doc->entities.n - 1; i >= 0 && i >= doc->entities.n - MATCH_WINDOW; i--)
	{
		aa_entity  *e = entity(doc, i);

		if (e->kind == kind && e->name[0] == name[0] && same_ci(e->name, e->name_len, name, name_len))
			return i;
	}
	return -1;
}

/* A person of gender g (or of any, g unknown); strict: of that gender itself, not an unknown one. */
static bool
gender_fits(const aa_entity *e, aa_gender g, bool strict)
{
	return g == GENDER_UNKNOWN || e->gender == g || (!strict && e->gender == GENDER_UNKNOWN);
}

/*
 * A person or organisation by full name or, for people, by surname either
 * way round: the most recent of the last MATCH_WINDOW entities that fits.
 * Either way the entity's last word is the name's, so only the entities
 * indexed under it are looked at, newest first: the first that fits wins.
 * A name of known gender ("Mr. Trump") fits a person of that gender first,
 * then one of unknown gender; never one of the other ("Mr. Trump" is not
 * the Ivana Trump named last).
 */
static int find_person_or_org_named(aa_doc *doc, const char *name, size_t name_len, bool org, aa_gender gender,
									 size_t before);

/*
 * "Xi" -> "Xi Jinping", "Kim" -> "Kim Jong Un", "Lee" -> "Lee Jae-myung":
 * a lone word that is no one's surname is the first word of the one person
 * of several words whose name starts with it (a family name written first,
 * or a given name: "Hillary").  Not a word the lexicon knows as anything
 * but a given name ("Black" of "Black Lives Matter"), and not when two
 * people share the word ("Kim Jong Un", "Kim Yo Jong").
 */
static bool in_title_in_marks(const aa_doc *doc, size_t pos);
static bool owner_possessive(const aa_doc *doc, const aa_word *w);

static int
person_by_first_word(aa_doc *doc, const char *name, size_t name_len, aa_gender gender, size_t before)
{
	int			found = -1;
	uint32_t	classes,
				marks;

	for (int k = doc->first_heads[surname_bucket(doc, name, name_len)]; k >= 0;)
	{
		const aa_surname_node *node = &AA_VEC_AT(&doc->surname_nodes, aa_surname_node, k);
		int			i = node->entity;
		aa_entity  *e = entity(doc, i);

		if (i < doc->entities.n - MATCH_WINDOW)
			break;				/* this one and all after it are older than the window */
		k = node->next;
		if (i == found || e->kind != ENT_PERSON || e->last_at <= name_len || e->name[name_len] != ' ' ||
			(e->name[0] | 0x20) != (name[0] | 0x20) || e->first_at > before ||
			!same_ci(e->name, name_len, name, name_len) || !gender_fits(e, gender, false))
			continue;
		if (found >= 0)
			return -1;
		found = i;
	}
	if (found < 0 || (((classes = aa_lex_word_marks(name, name_len, &marks)) != 0 || marks != 0) &&
					  !first_name_classes(classes)))
		return -1;
	/* nor the first word of a run of a headline ("Trump Speech") or one the lexicon goes on to know ("Trump Calls") */
	{
		const aa_entity *e = entity(doc, found);
		const char *w = e->name + name_len + 1;
		const char *end = e->name + e->name_len;

		if (aa_in_title_case(doc, e->first_at) || in_title_in_marks(doc, e->first_at))
			return -1;
		while (w < end)
		{
			const char *sp = memchr(w, ' ', (size_t) (end - w));
			size_t		n = (size_t) ((sp ? sp : end) - w);

			if ((classes = aa_lex_word(w, n)) != 0 && !first_name_classes(classes) && !(classes & LX_CONNECTOR))
				return -1;
			w += n + 1;
		}
	}
	return found;
}

/*
 * When the speakers are resolved, after the whole text was scanned, the
 * people named before the mention come first: "Mrs. Clinton" early in an
 * article is the Hillary Clinton named before it, not the Chelsea Clinton
 * it names near its end.
 */
static int
find_person_or_org(aa_doc *doc, const char *name, size_t name_len, bool org, aa_gender gender)
{
	int			i;

	if (doc->naming_at < doc->last_first_at &&
		(i = find_person_or_org_named(doc, name, name_len, org, gender, doc->naming_at)) >= 0)
		return i;
	return find_person_or_org_named(doc, name, name_len, org, gender, SIZE_MAX);
}

/*
 * Is ent named in pos's paragraph before pos, other than where the text
 * names it first ("Bill Clinton spoke with voters ... Clinton said": the
 * relative is the one the paragraph is about)?  Looks at the last
 * AGAIN_EVENTS names.
 */
#define AGAIN_EVENTS 64

static int	last_event_before(const aa_doc *doc, size_t pos);

static bool
named_again_in_paragraph(aa_doc *doc, int ent, size_t pos)
{
	int			pi = aa_paragraph_of(doc, pos);
	size_t		para_start = pi >= 0 ? AA_VEC_AT(&doc->paragraphs, aa_range, pi).start : 0;

	for (int k = last_event_before(doc, pos), seen = 0; k >= 0 && seen < AGAIN_EVENTS; k--, seen++)
	{
		const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, k);

		if (ev->pos < para_start)
			break;
		if (ev->entity == ent && ev->pos > entity(doc, ent)->first_at)
			return true;
	}
	return false;
}

/*
 * Does the name's part [s, s + n) open with a connector in lower case ("van
 * Dijk" of "Virgil van Dijk")?  Then it is a surname whatever the words
 * before it: "Van Dijk" finds the person.
 */
static bool
connector_opens(const char *s, size_t n)
{
	size_t		k = first_word_len(s, n);

	return k < n && s[0] >= 'a' && s[0] <= 'z' && (aa_lex_word(s, k) & LX_CONNECTOR);
}

/* find_person_or_org among the entities the text names first before `before` */
static int
find_person_or_org_named(aa_doc *doc, const char *name, size_t name_len, bool org, aa_gender gender,
						 size_t before)
{
	size_t		ln;
	const char *last = surname_of(name, name_len, &ln);
	bool		one_word = (last == name);
	int			oldest = doc->entities.n - MATCH_WINDOW;
	int			relative = -1;	/* a relative whose surname it is, if no one else's */
	int			compound = -1;	/* one whose name ends in it, a surname of two words, if no one's is it */

	for (int pass = (gender != GENDER_UNKNOWN && !org) ? 0 : 1; pass < 2; pass++)
		for (int k = doc->surname_heads[surname_bucket(doc, last, ln)]; k >= 0;)
		{
			const aa_surname_node *node = &AA_VEC_AT(&doc->surname_nodes, aa_surname_node, k);
			int			i = node->entity;
			aa_entity  *e = entity(doc, i);
			size_t		eln;
			const char *elast;

			if (i < oldest)
				break;			/* this one and all after it are older than the window */
			k = node->next;
			if (e->kind != (org ? ENT_ORG : ENT_PERSON) || e->first_at > before)
				continue;
			if (!org && !gender_fits(e, gender, pass == 0))
				continue;
			if ((e->name[0] | 0x20) == (name[0] | 0x20) && same_ci(e->name, e->name_len, name, name_len))
				return i;
			if (e->acronym && e->acronym_len == name_len && memcmp(e->acronym, name, name_len) == 0)
				return i;
			if (org)
				continue;
			elast = e->name + e->last_at;
			eln = e->last_len;
			/* "Obama" or "Mr Obama" -> "Barack Obama"; "Barack Obama" -> an earlier "Obama". */
			if (same_ci(elast, eln, last, ln) && (one_word || elast == e->name))
			{
				/* ("Dr Okafor" after "her son, Chidi Okafor" is the one the article is about) */
				if (e->relative && one_word && elast != e->name && !named_again_in_paragraph(doc, i, doc->naming_at))
				{
					if (relative < 0)
						relative = i;
					continue;
				}
				return i;
			}
			/*
			 * "Wasserman Schultz" -> "Debbie Wasserman Schultz": the name
			 * after a known first name (not "Rival Hillary Clinton" of a Title
			 * Case headline, which "Hillary Clinton" must not find or become);
			 * a surname of two words whose first is no given name after
			 * given names of any number ("López Obrador" -> "Andrés Manuel
			 * López Obrador")
			 */
			if (word_suffix(e->name, e->name_len, name, name_len))
			{
				if (first_name_classes(aa_lex_word(e->name, e->name_len - name_len - 1)) ||
					connector_opens(e->name + e->name_len - name_len, name_len))
					return i;
				if (compound < 0 && !one_word && !aa_in_title_case(doc, e->first_at) &&
					!first_name_classes(aa_lex_word(name, first_word_len(name, name_len))))
					compound = i;
			}
		}
	if (relative >= 0)
		return relative;
	if (compound >= 0)
		return compound;
	return one_word && !org ? person_by_first_word(doc, name, name_len, gender, before) : -1;
}

static void
add_event(aa_doc *doc, size_t pos, int ent)
{
	aa_event   *ev = AA_VEC_PUSH(doc->arena, &doc->events, aa_event);

	ev->pos = (uint32_t) pos;
	ev->entity = ent;
}

static aa_gender
gender_of(uint32_t classes)
{
	if (classes & LX_FEMALE)
		return GENDER_FEMALE;
	if (classes & LX_MALE)
		return GENDER_MALE;
	return GENDER_UNKNOWN;
}

/* Connectors allowed inside a name: "Bank of America", "Kim Jong Un", "bin Laden". */
static bool
is_connector(const aa_doc *doc, const aa_word *w)
{
	(void) doc;
	return !w->capitalized && (w->classes & LX_CONNECTOR);
}

/*
 * Does w end in a hyphen and a word of HYPHEN_SUFFIXES ("Angeles-area",
 * "Koch-backed", "Chicago-based"; not "Best-selling", "three-term")?
 */
static bool
adjective_suffix(const aa_doc *doc, const aa_word *w)
{
	const char *hyphen = memchr(doc->text + w->cstart, '-', w->cend - w->cstart);
	aa_word		suffix = *w;

	if (hyphen == NULL)
		return false;
	suffix.cstart = (size_t) (hyphen + 1 - doc->text);
	return aa_verb_form_of(doc, &suffix, VF_HYPHEN_SUFFIX, false);
}

/*
 * The first token of tokens [from, to) after an adjective of place or
 * backer that a hyphen and a lower-case word end ("Los Angeles-area
 * Sanders supporters", "South Korean-born Monte Haines", "Koch-backed
 * Concerned Veterans"); from when there is none before the last token.
 */
static int
after_hyphenated_adjective(const aa_doc *doc, const tokens *t, int from, int to)
{
	for (int k = to - 2; k >= from; k--)
		if (adjective_suffix(doc, &t->w[k]))
			return k + 1;
	return from;
}

/*
 * Does a role before a name start after token k?  A subject phrase may run
 * back over a clause ("Song said Democratic presidential candidate Hillary
 * Clinton", "Stanton wrote a letter to Attorney General Loretta E. Lynch"):
 * the role is only the words after its last verb, pronoun, conjunction
 * ("and" may join two roles), punctuation or preposition.  Not a noun that
 * may report ("state delegate"), nor a preposition inside a name ("Council
 * on American-Islamic Relations", "Centers for Disease Control Director")
 * or a title ("Secretary of State").
 */
static bool
role_starts_after(const aa_doc *doc, const tokens *t, int k)
{
	const aa_word *w = &t->w[k];

	if (w->cend != w->end)
		return true;
	if (w->capitalized || (w->classes & LX_NOUN_VERB))
		return false;
	if (w->classes & (LX_REPORT_VERB | LX_AUX | LX_CLAUSE_BREAK | LX_PRONOUN))
		return !aa_word_is(doc, w, "and");
	return (w->classes & LX_PREPOSITION) && !is_connector(doc, w) && k > 0 && !t->w[k - 1].capitalized;
}

/* "Vice Presidential", "Gubernatorial": an adjective of an office (OFFICE_ADJECTIVES), which names no one. */
static bool
office_adjective(const aa_doc *doc, const aa_word *w)
{
	return aa_word_ends(doc, w, "al") && aa_word_marked(doc, w, LM_OFFICE_ADJECTIVE);
}

/*
 * Split tokens [from, to) into a role prefix and a name: "U.S. President
 * Barack Obama" -> role "U.S. President", name "Barack Obama".  Returns the
 * index of the name's first token (to when there is no name); the role is
 * tokens [*role_start, *role_end), empty when they are equal.  *firm: the
 * gender comes from an honorific ("Mr.") or a first name before a surname,
 * not from a lone word that may be a surname ("Warren", "Henry").
 */
static int
split_role(const aa_doc *doc, const tokens *t, int from, int to, int *role_start, int *role_end,
		   aa_gender *gender, bool *firm)
{
	int			name_at = from;
	bool		party;

	*gender = GENDER_UNKNOWN;
	*role_start = *role_end = from;
	for (int i = from; i < to - 1; i++)
	{
		/* (a party's word alone after one is an adjective: "Rival Republican candidates") */
		if (((t->w[i].classes & (LX_TITLE | LX_HONORIFIC)) ||
			 /* ("Singer Maya Cole": a person's noun before a known first name is a title too) */
			 (i == from && first_name(&t->w[i + 1]) && !first_name(&t->w[i]) &&
			  aa_verb_form_of(doc, &t->w[i], VF_PERSON_EPITHET, true))) && t->w[i + 1].capitalized &&
			!(t->w[i + 1].classes & (LX_TITLE | LX_HONORIFIC)) && !office_adjective(doc, &t->w[i + 1]) &&
			!(i + 2 == to && aa_word_marked(doc, &t->w[i + 1], LM_PARTY)) &&
			/* (nor an organisation's noun alone: "The Justice Department" is one name) */
			!(i + 2 == to && (t->w[i + 1].classes & LX_ORG_WORD)))
			name_at = i + 1;
	}
	/*
	 * "Secretary of State John F. Kerry", "Supervisor of Elections Susan
	 * Bucher", "Minister for Foreign Affairs Vivian Balakrishnan": a title
	 * of a domain in capitals, then a name that opens with a known first
	 * name (where the domain ends is not known otherwise)
	 */
	for (int i = from; name_at == from && i + 4 < to; i++)
		if ((t->w[i].classes & LX_TITLE) && !t->w[i + 1].capitalized &&
			((t->w[i + 1].classes & LX_CONNECTOR) || aa_word_is(doc, &t->w[i + 1], "for")))
		{
			int			after_domain = from;

			/* (a domain of two: "Secretary of State for Health Wes Streeting") */
			for (int j = i + 3; j < to - 1 && (t->w[j - 1].capitalized || aa_word_is(doc, &t->w[j - 1], "for")); j++)
			{
				if (first_name(&t->w[j]))
				{
					name_at = j;
					break;
				}
				/* (or after the domain's last word: "Minister for Manpower Tan See Leng") */
				if (t->w[j].capitalized && aa_verb_form_of(doc, &t->w[j - 1], VF_DOMAIN, true) &&
					!aa_verb_form_of(doc, &t->w[j], VF_DOMAIN, true))
					after_domain = j;
			}
			if (name_at == from && after_domain > from && to - after_domain >= 2)
				name_at = after_domain;
		}
	/*
	 * "Republican Donald Trump", "Democrat Hillary Clinton": a party before
	 * a known first name and a surname; no title, so no role either
	 */
	party = name_at == from && to - from >= 3 && first_name(&t->w[from + 1]) &&
		aa_word_marked(doc, &t->w[from], LM_PARTY);
	if (party)
		name_at = from + 1;
	for (int i = from; i < name_at; i++)
	{
		if (t->w[i].classes & LX_HONORIFIC)
			*gender = gender_of(t->w[i].classes);
		else if (!party)
			*role_end = i + 1;	/* honorifics are not roles */
	}
	/* the role starts after its last break ("Mr. Ross said Mr. Obama": none is left) */
	for (int i = name_at - 2; *role_end > from && i >= from; i--)
		if (role_starts_after(doc, t, i))
		{
			*role_start = i + 1;
			if (*role_end < *role_start)
				*role_end = *role_start;
			break;
		}
	/* "Former Carson advisers": a modifier alone is no role (its head is the noun after the name) */
	if (*role_end == *role_start + 1 && (t->w[*role_start].classes & LX_ROLE_MODIFIER))
		*role_end = *role_start;
	*firm = *gender != GENDER_UNKNOWN;
	if (name_at < to && *gender == GENDER_UNKNOWN)
	{
		*gender = gender_of(t->w[name_at].classes & ~(uint32_t) (LX_PRONOUN));
		*firm = *gender != GENDER_UNKNOWN && name_at < to - 1;
	}
	return name_at;
}

/*
 * "JD Vance", "JB Pritzker": two capitals the lexicon does not know, first
 * of a name whose other words are no acronyms, are a person's initials, not
 * an organisation's ("UN", "AP" are listed; "BMW Group" has its word).
 */
static bool
initials_of_name(const aa_doc *doc, const tokens *t, int i, int to)
{
	if (core_len(&t->w[i]) != 2 || i + 1 >= to || t->w[i].classes != 0)
		return false;
	for (int k = i + 1; k < to; k++)
		if (is_acronym(doc->text + t->w[k].cstart, core_len(&t->w[k])))
			return false;
	return true;
}

/* Kind of a capitalised name: country, organisation or person. */
/*
 * "JAKE TAPPER:", "KATE BOULDUAN:": a transcript's label in capitals, two
 * or three words of three letters or more that the lexicon knows as no more
 * than first names, then a colon or a bracket ("(D-NM):"), is a person's name.
 */
static bool
transcript_label(const aa_doc *doc, const tokens *t, int from, int to)
{
	size_t		after = t->w[to - 1].cend;

	if (to - from < 2 || to - from > 3 || after + 1 >= doc->len ||
		!(doc->text[after] == ':' || (doc->text[after] == ' ' && doc->text[after + 1] == '(')))
		return false;
	for (int i = from; i < to; i++)
		if (core_len(&t->w[i]) < 3 || !is_acronym(doc->text + t->w[i].cstart, core_len(&t->w[i])) ||
			!(t->w[i].classes == 0 || first_name(&t->w[i])))
			return false;
	return true;
}

static aa_entity_kind
name_kind(const aa_doc *doc, const tokens *t, int from, int to, const char **country)
{
	size_t		s = t->w[from].cstart,
				e = aa_stem_end(doc, &t->w[to - 1]);

	*country = aa_lex_place(doc->text + s, e - s);
	if (*country)
		return ENT_COUNTRY;
	for (int i = from; i < to; i++)
	{
		if (t->w[i].classes & LX_ORG_WORD)
			return ENT_ORG;
		/*
		 * "Centers for Disease Control and Prevention": no person's name
		 * holds "for" or "and" between capitals ("A reporter for Agence
		 * France-Presse" is a person's description)
		 */
		if (!t->w[i].capitalized && i > from && i + 1 < to && t->w[i - 1].capitalized && t->w[i + 1].capitalized &&
			t->w[i].cend - t->w[i].cstart == 3 &&
			(aa_word_is(doc, &t->w[i], "for") || aa_word_is(doc, &t->w[i], "and")))
			return ENT_ORG;
		/*
		 * "Shares of Pfizer": nor "of" after a word that is no title, no
		 * given name and no party's (a person's "of" is a title's, "Duke
		 * of Sussex", a description's, "Republican of West Virginia", or an
		 * affiliation, which is cut off before)
		 */
		if (!t->w[i].capitalized && i == from + 1 && i + 1 < to && t->w[from].capitalized &&
			t->w[i + 1].capitalized && aa_word_is(doc, &t->w[i], "of") &&
			!(t->w[from].classes & (LX_TITLE | LX_HONORIFIC)) && !first_name(&t->w[from]) &&
			!aa_word_marked(doc, &t->w[from], LM_PARTY))
			return ENT_ORG;
		if (is_acronym(doc->text + t->w[i].cstart, core_len(&t->w[i])) && !initials_of_name(doc, t, i, to) &&
			!transcript_label(doc, t, from, to))
			return ENT_ORG;
	}
	return ENT_PERSON;
}

/*
 * "her son, Chidi Okafor", "his wife Mary Smith": a noun of family right
 * before the name at pos (a comma between them or none) names a relative,
 * of the noun's gender (*g).
 */
static bool
kin_before(const aa_doc *doc, size_t pos, aa_gender *g)
{
	aa_word		w;
	size_t		lim = pos > 64 ? pos - 64 : 0;
	size_t		q;

	/* (a lower-case letter or a comma, then a space, before the name: most names are turned away by the bytes) */
	if (pos < 4 || doc->text[pos - 1] != ' ')
		return false;
	q = pos - 2;
	if (doc->text[q] == ',')
		q--;
	if (!(doc->text[q] >= 'a' && doc->text[q] <= 'z'))
		return false;
	if (!aa_word_before(doc, lim, pos, &w))
		return false;
	/* "her husband, former President Bill Clinton": over a role's words in lower case */
	for (int k = 0; k < 2 && w.cstart == w.start && w.cend == w.end && !w.capitalized &&
		 (w.classes & (LX_TITLE | LX_ROLE_MODIFIER)); k++)
		if (!aa_word_before(doc, lim, w.start, &w))
			return false;
	if (w.capitalized || w.cstart != w.start ||
		(w.cend != w.end && !(w.end == w.cend + 1 && doc->text[w.cend] == ',')))
		return false;
	if (aa_verb_form_of(doc, &w, VF_KIN_MALE, false))
		*g = GENDER_MALE;
	else if (aa_verb_form_of(doc, &w, VF_KIN_FEMALE, false))
		*g = GENDER_FEMALE;
	else
		return false;
	return true;
}

/*
 * Entity for a capitalised name, created when new; a fuller name becomes the
 * canonical one.  Only a firm gender (split_role) chooses among people of
 * one surname or changes a known person's.
 */
static int
named_entity(aa_doc *doc, aa_entity_kind kind, const char *country, const char *name, size_t name_len,
			 aa_gender gender, bool firm)
{
	int			i;

	if (kind == ENT_COUNTRY)
	{
		size_t		country_len = strlen(country);

		i = find_named(doc, ENT_COUNTRY, country, country_len);
		return i >= 0 ? i : new_entity(doc, ENT_COUNTRY, country, country_len);
	}
	i = find_person_or_org(doc, name, name_len, kind == ENT_ORG, firm ? gender : GENDER_UNKNOWN);
	/* "TAPPER" after "JAKE TAPPER": a word in capitals that is a person's surname is that person */
	if (i < 0 && kind == ENT_ORG && is_acronym(name, name_len) && memchr(name, ' ', name_len) == NULL &&
		(i = find_person_or_org(doc, name, name_len, false, GENDER_UNKNOWN)) >= 0)
		return i;
	/* "Acme Robotics" after "Acme Robotics Inc.": the business, whose name reads as a person's */
	if (i < 0 && kind == ENT_PERSON && doc->businesses > 0 &&
		(i = find_person_or_org(doc, name, name_len, true, GENDER_UNKNOWN)) >= 0 && !entity(doc, i)->business)
		i = -1;
	if (i < 0)
	{
		aa_gender	kin_gender;

		i = new_entity(doc, kind, name, name_len);
		entity(doc, i)->gender = gender;
		if (kind == ENT_PERSON && kin_before(doc, doc->naming_at, &kin_gender))
		{
			entity(doc, i)->relative = true;
			if (gender == GENDER_UNKNOWN)
				entity(doc, i)->gender = kin_gender;
		}
		return i;
	}
	if (count_words(name, name_len) > count_words(entity(doc, i)->name, entity(doc, i)->name_len))
		set_name(doc, i, name, name_len);
	if (firm)
		entity(doc, i)->gender = gender;
	return i;
}

/* ---------------------------------------------------------------- the scan */

/*
 * "Gene Munster of Deepwater Asset Management": two words the lexicon does
 * not know, then "of" and an organisation's name (an organisation's word in
 * it) -- a person whose given name is not on the lists, with the firm;
 * "Grand Duchy of Luxembourg" names no organisation after "of".
 */
static bool
unknown_name_of_org(const tokens *t, int from, int of, int to)
{
	if (of - from != 2 || t->w[from].classes != 0 || t->w[from + 1].classes != 0)
		return false;
	for (int k = of + 1; k < to; k++)
		if (t->w[k].capitalized && (t->w[k].classes & LX_ORG_WORD))
			return true;
	return false;
}

/*
 * "Bernie Sanders of Vermont", "David French of the National Retail
 * Federation": a person's name, then "of" and where the person is from or
 * works.  Returns the index of that "of" among tokens [from, to), or to
 * when the tokens are one name ("Bank of America", "Duchess of Cambridge").
 * Before it: two or more capitalised words (connectors between them) that
 * name a person, the first a known first name unless a title or an
 * honorific comes first (titled).
 */
static int
affiliation_at(const aa_doc *doc, const tokens *t, int from, int to, bool titled)
{
	const char *country;

	if (to - from < 4)
		return to;				/* two words, "of" and at least one more */
	for (int k = from; k < to - 1; k++)
	{
		if (!t->w[k].capitalized)
		{
			bool		of = aa_word_is(doc, &t->w[k], "of");

			if (of && k - from >= 2 && (titled || first_name(&t->w[from]) || unknown_name_of_org(t, from, k, to)) &&
				name_kind(doc, t, from, k, &country) == ENT_PERSON)
				return k;
			/* ("Christopher van Dyck of the Yale School of Medicine": a connector inside the name) */
			if (!of && k > from && is_connector(doc, &t->w[k]))
				continue;
			return to;
		}
	}
	return to;
}

/*
 * "RNC spokesman Sean Spicer on Thursday evening", "Trump in his
 * announcement speech", "Trump at the time": a preposition after a name
 * that opens a time or an occasion (a time word, a possessive, "the time")
 * ends the name.  Returns the index of that preposition among tokens
 * [from, to), or to.
 */
static int
occasion_at(const aa_doc *doc, const tokens *t, int from, int to)
{
	for (int k = from + 1; k < to - 1; k++)
	{
		const aa_word *w = &t->w[k];
		const aa_word *next = &t->w[k + 1];

		if (w->capitalized || !(w->classes & LX_PREPOSITION) || is_connector(doc, w) ||
			!t->w[k - 1].capitalized)
			continue;
		if ((next->classes & LX_TIME_WORD) || aa_word_is(doc, next, "his") || aa_word_is(doc, next, "her") ||
			aa_word_is(doc, next, "their") ||
			(aa_word_is(doc, next, "the") && k + 2 < to &&
			 ((t->w[k + 2].classes & LX_TIME_WORD) || aa_word_is(doc, &t->w[k + 2], "time"))))
			return k;
	}
	return to;
}

/*
 * "Theresa May", "Brian May": a month after a capitalised word ends a
 * name, unless a day's number follows it ("Clinton May 5").  A weekday
 * ("Obama Tuesday") is always a date.
 */
bool
aa_month_without_day(const aa_doc *doc, const aa_word *w)
{
	size_t		next = w->end;

	if (!aa_word_marked(doc, w, LM_MONTH))
		return false;
	while (next < doc->len && doc->text[next] == ' ')
		next++;
	return !(next < doc->len && doc->text[next] >= '0' && doc->text[next] <= '9');
}

static bool
month_as_surname(const aa_doc *doc, const tokens *t, int from, int k)
{
	return k > from && t->w[k].cend == t->w[k].end && aa_month_without_day(doc, &t->w[k]);
}

/*
 * "At a June Trump campaign event", "In June Trump said": a month that
 * opens a run right after an article or a preposition is a date, not a
 * first name ("June Carter Cash", "April Ryan").
 */
static bool
month_as_date(const aa_doc *doc, const aa_word *w)
{
	aa_word		prev;

	return aa_word_marked(doc, w, LM_MONTH) && aa_word_before(doc, 0, w->start, &prev) &&
		prev.cend == prev.end && (prev.classes & (LX_PREPOSITION | LX_ARTICLE)) != 0;
}

/*
 * Is pos inside a title in marks ("Trumped! The Inside Story of the Real
 * Donald Trump."): a closed span of three words or more whose words of four
 * letters or more are all capitalised?
 */
static bool
in_title_in_marks(const aa_doc *doc, size_t pos)
{
	int			si = aa_span_at(doc, pos);
	const aa_span *s;
	aa_word		w;
	int			words = 0;

	if (si < 0 || !(s = &AA_VEC_AT(&doc->spans, aa_span, si))->closed)
		return false;
	for (size_t p = s->content_start; aa_word_after(doc, p, s->content_end, &w); p = w.end)
	{
		if (++words > 16 || (!w.capitalized && w.cend - w.cstart >= 4))
			return false;
	}
	return words >= 3;
}

/*
 * Where a second person's name starts in a run of capitalised words [from,
 * to) of a Title Case headline or a title in marks, whose name starts at
 * from; or to.  Titles run names and other words together ("Donald Trump
 * Calls Out Ted Cruz", "Jeb Bush Hits Marco Rubio", "Ted Cruz Hints Trump
 * Would ...", "the Real Donald Trump"): a known first name after a word that
 * is no first name, initial, title or connector starts one ("Ted", "Marco",
 * "Donald"; not "Rodham" in "Hillary Rodham Clinton", nor "Al" in "Mariam Al
 * Mansouri"), and so do the words after a first name and surname the
 * article already knows as a person ("Ted Cruz").
 */
static int
second_name_at(aa_doc *doc, const tokens *t, int from, int to)
{
	if (to - from < 3 ||
		!(aa_in_title_case(doc, t->w[from].cstart) || in_title_in_marks(doc, t->w[from].cstart)))
		return to;
	for (int k = from + 1; k < to - 1; k++)
	{
		const aa_word *prev = &t->w[k - 1];

		if (first_name(&t->w[k]) && !(t->w[k].classes & LX_CONNECTOR) && !first_name(prev) &&
			prev->cend == prev->end && prev->cend - prev->cstart > 2 &&
			!(prev->classes & (LX_TITLE | LX_HONORIFIC)) && !is_connector(doc, prev))
			return k;
	}
	if (first_name(&t->w[from]))
	{
		size_t		len;
		const char *two = folded_phrase(doc, t->w[from].cstart, t->w[from + 1].cend, &len);
		const aa_word *third = &t->w[from + 2];

		if (find_named(doc, ENT_PERSON, two, len) >= 0)
			return from + 2;
		/* "Chuck Grassley Compares Trump’s ...": a verb in -s after a first name and a surname */
		if (third->cend == third->end && doc->text[third->cend - 1] == 's' && aa_stem_end(doc, third) == third->cend &&
			!first_name(third) && !(third->classes & (LX_TITLE | LX_HONORIFIC | LX_CONNECTOR | LX_ORG_WORD)))
			return from + 2;
	}
	return to;
}

static void register_run(aa_doc *doc, const tokens *t, int from, int to, size_t pos);

/*
 * A part of a run that second_name_at cut: a name when it opens with a
 * known first name or a title ("Ted Cruz"); otherwise words around a name
 * ("Calls Out", "Hints Trump"), whose last word may be a known surname.
 */
static void
register_part(aa_doc *doc, const tokens *t, int from, int to, size_t pos)
{
	size_t		len;
	const char *last;
	int			ent;

	if (first_name(&t->w[from]) || (t->w[from].classes & (LX_TITLE | LX_HONORIFIC)))
	{
		register_run(doc, t, from, to, pos);
		return;
	}
	last = folded_phrase(doc, t->w[to - 1].cstart, aa_stem_end(doc, &t->w[to - 1]), &len);
	if ((ent = find_person_or_org(doc, last, len, false, GENDER_UNKNOWN)) >= 0)
		add_event(doc, t->w[to - 1].cstart, ent);
}

/*
 * Does a capitalised title and "for" or "of" stand right before pos, as
 * before a title's domain ("Minister for Manpower"), or a title's domain of
 * two ("Secretary of State for Health")?  The bytes are read first: most
 * runs follow neither word.
 */
static bool
title_preposition_before(const aa_doc *doc, size_t pos)
{
	for (int depth = 0; depth < 2; depth++)
	{
		size_t		prep = (pos >= 4 && memcmp(doc->text + pos - 4, "for ", 4) == 0) ? pos - 4 :
			(pos >= 3 && memcmp(doc->text + pos - 3, "of ", 3) == 0) ? pos - 3 : 0;
		aa_word		title;

		if (prep == 0 || doc->text[prep - 1] != ' ' || !aa_word_before(doc, 0, prep, &title) ||
			!title.capitalized || title.cend != title.end)
			return false;
		if (title.classes & LX_TITLE)
			return true;
		pos = title.start;
	}
	return false;
}

/*
 * Does a title stand among the (up to six) words of the phrase that ends at
 * the comma at pos ("the First Minister of Wales,", "The Tánaiste,")?
 */
static bool
title_before_comma(const aa_doc *doc, size_t pos)
{
	size_t		lim = aa_sentence_start(doc, pos),
				p = pos + 1;
	aa_word		w;

	for (int k = 0; k < 6 && aa_word_before(doc, lim, p, &w); k++, p = w.start)
	{
		/* (not a place's: "a philanthropist from Monsey, New York,") */
		if ((k > 0 ? w.cend != w.end : w.cend != pos) ||
			((w.classes & LX_PREPOSITION) && !aa_word_is(doc, &w, "of") && !aa_word_is(doc, &w, "for")))
			return false;
		if ((w.classes & (LX_TITLE | LX_HONORIFIC)) == LX_TITLE)
			return true;
	}
	return false;
}

/* A name with a legal form is a business's: a person of no known gender or role named so is one. */
static void
make_business(aa_doc *doc, aa_entity *e)
{
	if (e->kind == ENT_PERSON && e->gender == GENDER_UNKNOWN && e->role == NULL && !e->titled)
		e->kind = ENT_ORG;
	e->business = e->kind == ENT_ORG;
	doc->businesses += e->business;
}

static void
register_run(aa_doc *doc, const tokens *t, int from, int to, size_t pos)
{
	int			role_start,
				role_end;
	aa_gender	gender;
	bool		firm;
	int			name_at;
	const char *country;
	aa_entity_kind kind;
	const char *name;
	size_t		name_len;
	int			ent;
	int			cut;
	bool		corporate = false;

	doc->naming_at = pos;
	if (from == 0 && to > 1 && aa_opens_sentence_before_name(doc, &t->w[0], &t->w[1]))
		from++;
	from = after_hyphenated_adjective(doc, t, from, to);
	/* Leading function words: "The FBI", "But Obama", "In Washington", "One of Trump’s". */
	while (from < to && (((t->w[from].classes & (LX_DETERMINER | LX_PREPOSITION | LX_CLAUSE_BREAK |
												 LX_PRONOUN | LX_ADVERB | LX_AUX)) &&
						  !(t->w[from].classes & (LX_TITLE | LX_HONORIFIC | LX_COUNTRY))) ||
						 is_connector(doc, &t->w[from])))
		from++;
	/*
	 * "Minister for Manpower Tan See Leng": the run after a title's "for" or
	 * "of" opens with the title's domain (DOMAIN_WORDS), no part of the name
	 */
	if (from == 0 && to >= 3 && title_preposition_before(doc, t->w[0].start) &&
		aa_verb_form_of(doc, &t->w[0], VF_DOMAIN, true))
		while (to - from > 2 && aa_verb_form_of(doc, &t->w[from], VF_DOMAIN, true))
			from++;
	/* "Said Trump:", "Says Clinton would ...": a cue that opens the run, inverted or in a headline */
	if (from < to - 1 && (t->w[from].classes & LX_REPORT_VERB) && !first_name(&t->w[from]) &&
		(doc->text[t->w[from].cend - 1] == 's' || aa_past_form(doc, &t->w[from])))
		from++;
	while (to > from && (t->w[to - 1].classes & LX_TIME_WORD) && !month_as_surname(doc, t, from, to - 1))
		to--;
	/* "Prosecutor Tom Little KC": letters of rank after a name are no part of it */
	if (to - from >= 3 && aa_post_nominal(doc, &t->w[to - 1]))
		to--;
	/* "Certainly Donald Trump": an adverb in -ly before a known first name (not "Kelly Ayotte") */
	if (from < to - 1 &&
		((t->w[from].classes & LX_TIME_WORD) ? month_as_date(doc, &t->w[from]) :
		 (first_name(&t->w[from + 1]) && !first_name(&t->w[from]) && aa_ly_adverb(doc, &t->w[from]))))
		from++;
	if (from >= to)
		return;
	/*
	 * "Acme Robotics Inc.", "Acme Robotics, Inc.": a legal form makes the
	 * name a business's, and is no part of the name the article goes on to
	 * use (after its comma, the name before it is a run of its own, named
	 * already), unless one word would be left of it ("News Corp", "Acme
	 * Corp.": "Acme" alone may be anyone)
	 */
	if (aa_corporate_suffix(doc, &t->w[to - 1]))
	{
		corporate = true;
		if (to - from == 1)
		{
			if (doc->events.n > 0 && t->w[from].start >= 2 && doc->text[t->w[from].start - 2] == ',')
				make_business(doc, entity(doc, AA_VEC_AT(&doc->events, aa_event, doc->events.n - 1).entity));
			return;
		}
		if (to - from > 2)
			to--;
	}
	name_at = split_role(doc, t, from, to, &role_start, &role_end, &gender, &firm);
	/* "his Vice Presidential announcement": an office's adjective ends no name */
	if (name_at >= to || office_adjective(doc, &t->w[to - 1]))
		return;
	/* "the Prime Minister": titles alone name no one (whose surname would be "Minister") */
	for (int k = name_at; (t->w[k].classes & (LX_TITLE | LX_ROLE_MODIFIER)) && t->w[k].capitalized; k++)
		if (k == to - 1)
			return;
	/* "Bernie Sanders of Vermont": the person, then the place on its own (events stay in text order) */
	if ((cut = affiliation_at(doc, t, name_at, to, name_at > from)) < to)
	{
		register_run(doc, t, from, cut, pos);
		register_run(doc, t, cut + 1, to, t->w[cut + 1].cstart);
		return;
	}
	kind = corporate ? ENT_ORG : name_kind(doc, t, name_at, to, &country);
	/* "Donald Trump Calls Out Ted Cruz": two people in one run of a headline */
	if (kind == ENT_PERSON && (cut = second_name_at(doc, t, name_at, to)) < to)
	{
		register_part(doc, t, from, cut, pos);
		register_part(doc, t, cut, to, t->w[cut].cstart);
		return;
	}
	name = folded_phrase(doc, t->w[name_at].cstart, aa_stem_end(doc, &t->w[to - 1]), &name_len);
	if (kind == ENT_PERSON && to - name_at == 1 && name_at == from &&
		gender_of(t->w[name_at].classes) == GENDER_UNKNOWN)
	{
		/* A lone capitalised word is a person only when it is the surname of one we know. */
		ent = find_person_or_org(doc, name, name_len, false, GENDER_UNKNOWN);
		if (ent >= 0)
			add_event(doc, pos, ent);
		return;
	}
	ent = named_entity(doc, kind, country, name, name_len, gender, firm);
	if (corporate)
		make_business(doc, entity(doc, ent));
	/* ("Dr. Rekha Kumar": an honorific of no gender says a person as a title does) */
	if (kind == ENT_PERSON && name_at > from && (t->w[name_at - 1].classes & LX_HONORIFIC))
		entity(doc, ent)->titled = true;
	if (role_end > role_start && entity(doc, ent)->role == NULL && kind == ENT_PERSON)
		entity(doc, ent)->role = copy_phrase(doc, t->w[role_start].cstart, t->w[role_end - 1].cend);
	/*
	 * "Justice Department spokesperson Chad Gilmartin": the title is before
	 * the run (its role comes when he speaks).  Not a role's words ("the
	 * former Attorney General of Delaware") nor a modifier of the noun after
	 * it ("a former East German spymaster").  (A lower-case letter and a
	 * space before the run come first: most runs have none.)
	 */
	else if (kind == ENT_PERSON && name_at == from && to - from >= 2 && t->w[from].start >= 2 &&
			 doc->text[t->w[from].start - 1] == ' ' &&
			 (unsigned char) (doc->text[t->w[from].start - 2] - 'a') < 26 &&
			 entity(doc, ent)->role == NULL && gender == GENDER_UNKNOWN && !entity(doc, ent)->titled &&
			 !(t->w[from].classes & LX_TITLE))
	{
		aa_word		w;
		const aa_word *last = &t->w[to - 1];

		entity(doc, ent)->titled = aa_word_before(doc, 0, t->w[from].start, &w) && !w.capitalized &&
			w.cend == w.end && (w.classes & LX_TITLE) &&
			!(last->cend == last->end && aa_word_after(doc, last->end, doc->len, &w) && !w.capitalized &&
			  w.classes == 0);
	}
	/* "the First Minister of Wales, Eluned Morgan,": so is a name set off by commas after a title's words */
	else if (kind == ENT_PERSON && name_at == from && to - from >= 2 && t->w[from].start >= 3 &&
			 doc->text[t->w[from].start - 1] == ' ' && doc->text[t->w[from].start - 2] == ',' &&
			 t->w[to - 1].end == t->w[to - 1].cend + 1 && doc->text[t->w[to - 1].cend] == ',' &&
			 entity(doc, ent)->role == NULL && gender == GENDER_UNKNOWN && !entity(doc, ent)->titled)
		entity(doc, ent)->titled = title_before_comma(doc, t->w[from].start - 2);
	add_event(doc, pos, ent);
}

/*
 * "Department of Health and Human Services", "Centers for Disease Control
 * and Prevention": an "and" after "of" or "for" inside a run, before a
 * capitalised word that is no given name or title, goes on with the run
 * ("Secretary of State Hillary Clinton and Donald Trump" are two); so does
 * one after "the" and before an organisation's word ("the Food and Drug
 * Administration"; "Smith and Wesson", "the House and Senate" are two).
 */
static bool
and_inside_run(const aa_doc *doc, const tokens *run, const aa_word *w)
{
	aa_word		next;
	bool		inside = false;

	if (run->n < 1 || w->capitalized || w->cend != w->end || w->cend - w->cstart != 3 ||
		memcmp(doc->text + w->cstart, "and", 3) != 0 || run->w[run->n - 1].cend != run->w[run->n - 1].end)
		return false;
	for (int k = 1; k < run->n - 1 && !inside; k++)
		inside = !run->w[k].capitalized &&
			(aa_word_is(doc, &run->w[k], "of") || aa_word_is(doc, &run->w[k], "for"));
	/* "The Food and Drug Administration": after "the", when an organisation's word follows */
	if (!inside && run->n <= 3 && !(run->w[run->n - 1].classes & LX_ORG_WORD))
	{
		aa_word		the;

		/* ("the" first: it turns most runs away before the words after "and" are read) */
		inside = (aa_word_is_either(doc, &run->w[0], "the") ||
				  (aa_word_before(doc, 0, run->w[0].start, &the) && aa_word_is_either(doc, &the, "the") &&
				   the.cend == the.end)) &&
			aa_org_word_follows(doc, w->end);
	}
	return inside && aa_word_after(doc, w->end, doc->len, &next) && next.capitalized && next.cstart == next.start &&
		!first_name(&next) && !(next.classes & (LX_TITLE | LX_HONORIFIC | LX_PRONOUN | LX_DETERMINER));
}

/*
 * "the World Health Organization (WHO)": capitals in brackets right after
 * the run [run_start, run_end), whose first letter is the first of the
 * organisation the run named, are its acronym: a later "the WHO" is the
 * same one.  The acronym names it here too.
 */
static AA_NOINLINE bool
acronym_of_run(aa_doc *doc, size_t run_start, size_t run_end, const aa_word *w)
{
	const char *t = doc->text;
	size_t		n = w->cend - w->cstart;
	int			last;
	aa_entity  *e;

	if (w->start != run_end + 1 || t[run_end] != ' ' || t[w->start] != '(' || w->cstart != w->start + 1 ||
		w->cend >= w->end || t[w->cend] != ')' || n < 2 || n > 8 || !is_acronym(t + w->cstart, n) ||
		(last = doc->events.n - 1) < 0 || AA_VEC_AT(&doc->events, aa_event, last).pos < run_start)
		return false;
	e = entity(doc, AA_VEC_AT(&doc->events, aa_event, last).entity);
	if (e->kind != ENT_ORG || e->name[0] != t[w->cstart] || count_words(e->name, e->name_len) < 2)
		return false;
	if (e->acronym == NULL)
	{
		e->acronym = aa_intern(doc->arena, &doc->strings, t + w->cstart, n);
		e->acronym_len = (uint32_t) n;
		index_word(doc, doc->surname_heads, AA_VEC_AT(&doc->events, aa_event, last).entity, e->acronym, n);
	}
	add_event(doc, w->cstart, AA_VEC_AT(&doc->events, aa_event, last).entity);
	return true;
}

/*
 * The start of the next token, at or after pos, whose first letter may be a
 * capital (an ASCII capital or a non-ASCII letter).  Lower-case words cannot
 * start a name, so the scan skips them byte by byte instead of word by word.
 */
static size_t
next_capitalised(const aa_doc *doc, size_t pos, size_t end)
{
	const unsigned char *t = (const unsigned char *) doc->text;

	for (size_t i = pos; (i = aa_capital_or_high(t, i, end)) < end; i++)
	{
		unsigned char c = t[i];
		size_t		start;

		if (!((c >= 'A' && c <= 'Z') || (c >= 0xC3 && c < 0xE0)))
			continue;
		/* back to the token's start: spaces end it, an opening mark or bracket belongs to it */
		start = i;
		while (start > pos && t[start - 1] != ' ' && t[start - 1] != '\n' && t[start - 1] != '\t' &&
			   i - start < 4 && !(t[start - 1] >= 'a' && t[start - 1] <= 'z') &&
			   !(t[start - 1] >= '0' && t[start - 1] <= '9'))
			start--;
		while (start < i && (t[start] & 0xC0) == 0x80)
			start++;			/* the byte limit may stop inside a character: never start there */
		if (start == pos || t[start - 1] == ' ' || t[start - 1] == '\n' || t[start - 1] == '\t' ||
			t[start - 1] == 0xA0)
			return start;
	}
	return end;
}

/*
 * Is span si a nickname between a first name and a surname ("Earvin
 * “Magic” Johnson", "Dwayne “The Rock” Johnson")?  Up to four capitalised
 * words in closed marks, a space on each side, a capitalised word before
 * (no determiner: "the “Squad”") and one after in its paragraph, neither
 * with punctuation on the nickname's side.  Not a quotation, and part of
 * the name around it.
 * With comma_inside, also a title that a comma in its marks sets off
 * between two capitalised words ("on CNN’s “New Day,” Sen. Gillibrand"):
 * no quotation either, but no part of a name.
 */
bool
aa_nickname_span(const aa_doc *doc, int si, bool comma_inside)
{
	const aa_span *s = &AA_VEC_AT(&doc->spans, aa_span, si);
	const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, s->paragraph);
	aa_word		w;
	int			words = 0;

	if (!s->closed || s->open <= pr->start || doc->text[s->open - 1] != ' ' || s->after >= pr->end ||
		doc->text[s->after] != ' ')
		return false;
	for (size_t pos = s->content_start; aa_word_after(doc, pos, s->content_end, &w); pos = w.end)
		if (++words > 4 || !w.capitalized ||
			(w.cend != w.end && !(comma_inside && w.end == s->content_end && w.end == w.cend + 1 &&
								  doc->text[w.cend] == ',')))
			return false;
	return words > 0 &&
		aa_word_before(doc, pr->start, s->open, &w) && w.capitalized && w.cstart == w.start && w.cend == w.end &&
		!(w.classes & LX_DETERMINER) &&
		aa_word_after(doc, s->after, pr->end, &w) && w.capitalized && w.cstart == w.start;
}

void
aa_scan_names(aa_doc *doc)
{
	size_t		buckets = AA_SURNAME_BUCKETS_MIN;

	aa_vec_init(&doc->entities, sizeof(aa_entity));
	aa_vec_init(&doc->surname_nodes, sizeof(aa_surname_node));

	/* About one bucket per AA_SURNAME_BYTES of text: a headline does not set 4 KB of heads. */
	while (buckets < AA_SURNAME_BUCKETS_MAX && buckets * AA_SURNAME_BYTES < doc->len)
		buckets *= 2;
	doc->surname_mask = (uint32_t) buckets - 1;
	doc->surname_heads = aa_alloc(doc->arena, sizeof(int32_t) * buckets * 2);
	doc->first_heads = doc->surname_heads + buckets;
	memset(doc->surname_heads, 0xFF, sizeof(int32_t) * buckets * 2);	/* every bucket -1: empty */
	aa_vec_init_room(doc->arena, &doc->events, sizeof(aa_event), doc->len / AA_BYTES_PER_NAME);

	for (int p = 0; p < doc->paragraphs.n; p++)
	{
		const aa_range *pr = &AA_VEC_AT(&doc->paragraphs, aa_range, p);
		size_t		pos = pr->start;
		tokens		run;

		run.n = 0;
		for (;;)
		{
			aa_word		w;
			bool		more = aa_word_after(doc, pos, pr->end, &w);
			/* ("No. I had no idea": an abbreviation that is also a word, "No.", "Mass.", is in no one's name) */
			bool		joins = more && run.n < MAX_TOKENS &&
				(w.capitalized || (run.n > 0 && (is_connector(doc, &w) || and_inside_run(doc, &run, &w)))) &&
				!(doc->text[w.cend - 1] == '.' && !(w.classes & (LX_TITLE | LX_HONORIFIC)) &&
				  aa_word_marked(doc, &w, LM_WORD_ABBREV));
			size_t		k = w.cend;
			uint32_t	tp = (more && k < w.end) ? aa_utf8_next(doc->text, w.end, &k) : 0;
			bool		leading = more && w.cstart != w.start;

			if (joins && leading && run.n > 0)
			{
				int			si = aa_span_at(doc, w.cstart);

				/* "Earvin “Magic” Johnson": the run goes on after the nickname */
				if (si >= 0 && AA_VEC_AT(&doc->spans, aa_span, si).open == w.start && aa_nickname_span(doc, si, false))
				{
					pos = AA_VEC_AT(&doc->spans, aa_span, si).after;
					continue;
				}
				joins = false;	/* a quotation mark or bracket starts a new run */
			}
			if (joins)
			{
				run.w[run.n++] = w;
				pos = w.end;
				/*
				 * Punctuation or a possessive ends the run after this word; a
				 * full stop too, unless it ends an initial or an abbreviation
				 * ("George W. Bush", "Sen. Jane Doe"): "in Benghazi. Bob said"
				 * (and marks after the abbreviation's period end the run:
				 * "(D-Calif.). There was").
				 * The sentence finder's test, which also holds inside quotations.
				 */
				if ((tp && tp != '.') || aa_stem_end(doc, &w) != w.cend ||
					(tp == '.' && (k < w.end || !aa_period_inside_sentence(doc->text, pr->start, pr->end, w.cend))) ||
					/* (an initial's kept period may end the sentence too: "posted on X. He said") */
					(!tp && w.cend - w.cstart == 2 && doc->text[w.cend - 1] == '.' && w.cend == w.end &&
					 !aa_period_inside_sentence(doc->text, pr->start, pr->end, w.cend - 1)) ||
					(w.cend - w.cstart > 2 && doc->text[w.cend - 1] == '.' && doc->text[w.cend - 2] == ')'))
				{
					register_run(doc, &run, 0, run.n, run.w[0].cstart);
					run.n = 0;
				}
				continue;
			}
			if (run.n > 0)
			{
				size_t		run_start = run.w[0].cstart,
							run_end;

				/* A trailing connector is not part of the name. */
				while (run.n > 0 && is_connector(doc, &run.w[run.n - 1]))
					run.n--;
				run_end = run.n > 0 ? run.w[run.n - 1].end : 0;
				if (run.n > 0)
					register_run(doc, &run, 0, run.n, run.w[0].cstart);
				run.n = 0;
				if (more && w.start == run_end + 1 && doc->text[w.start] == '(' &&
					acronym_of_run(doc, run_start, run_end, &w))
				{
					pos = w.end;
					continue;
				}
				if (more && w.capitalized)
					continue;	/* start the next run with this word */
			}
			if (!more)
				break;
			pos = next_capitalised(doc, w.end, pr->end);
			aa_tick(doc->arena, pos - w.start);
		}
		aa_tick(doc->arena, pr->end - pr->start);
	}
}

/* ---------------------------------------------------------------- resolution */

static int
last_event_before(const aa_doc *doc, size_t pos)
{
	int			lo = 0,
				hi = doc->events.n;

	/* the one table keyed on a 32-bit position: its own binary search */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (AA_VEC_AT(&doc->events, aa_event, mid).pos < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

void
aa_note_quoted_speaker(aa_doc *doc, int ent, size_t at)
{
	if (entity(doc, ent)->kind != ENT_PERSON)
		return;
	doc->quoted_speaker = ent;
	doc->quoted_speaker_at = at;
}

/*
 * “...,” Bozell says. / “...” / “...,” he adds.  A he or she soon after a
 * quotation is its speaker's when the gender agrees and no other person is
 * named outside quotation marks in between: news goes on quoting the one it
 * quoted last.  (The nearest person of the pronoun's gender would be Donald
 * Trump, named in a sentence before the quotations.)
 */
#define QUOTED_SPEAKER_REACH 1500	/* bytes after the quotation: a paragraph or two */

static bool
continues_quoted_speaker(aa_doc *doc, size_t pos, aa_gender g)
{
	const aa_entity *e;

	if (doc->quoted_speaker < 0 || doc->quoted_speaker_at > pos ||
		pos - doc->quoted_speaker_at > QUOTED_SPEAKER_REACH)
		return false;
	e = entity(doc, doc->quoted_speaker);
	if (e->gender != g && e->gender != GENDER_UNKNOWN)
		return false;
	for (int i = last_event_before(doc, pos); i >= 0; i--)
	{
		const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);

		if (ev->pos < doc->quoted_speaker_at)
			break;
		if (ev->entity != doc->quoted_speaker && entity(doc, ev->entity)->kind == ENT_PERSON &&
			aa_span_at(doc, ev->pos) < 0)
			return false;
	}
	return true;
}

/* The sentence before the one pos is in: [*start, *end); false when pos's is the text's first. */
static bool
sentence_before(const aa_doc *doc, size_t pos, size_t *start, size_t *end)
{
	*end = aa_sentence_start(doc, pos);
	if (*end == 0)
		return false;
	*start = aa_sentence_start(doc, *end - 1);
	return true;
}

/*
 * The subject of the sentence before pos when it is a group named by a
 * plural or a noun of a group, in lower case and with no name ("the
 * protesters", "The aides", "officials"): whom a "they" at pos stands for;
 * or -1.
 */
static int	group_entity(aa_doc *doc, size_t start, size_t end);

/*
 * The subject of the sentence that opens at sent_start, when it is a group
 * named by a plural or a noun of a group, with no name (see
 * plural_subject_before), or -1.  Its head is before a preposition
 * ("Economists at Goldman Sachs"), and may have the capital of the
 * sentence's first word.
 */
static int
plural_group_subject(aa_doc *doc, size_t sent_start, const aa_phrase *subject)
{
	aa_word		head,
				prev,
				w;
	bool		has_prev = false;

	if (aa_span_at(doc, subject->start) >= 0 || !aa_word_before(doc, subject->start, subject->end, &head))
		return -1;
	for (size_t p = subject->start; aa_word_after(doc, p, subject->end, &w); p = w.end)
	{
		if (has_prev && !w.capitalized && w.cend == w.end && (w.classes & LX_PREPOSITION))
		{
			head = prev;
			break;
		}
		prev = w;
		has_prev = true;
	}
	if ((head.capitalized &&
		 !(head.start == subject->start && aa_word_after(doc, sent_start, subject->end, &w) && w.start == head.start)) ||
		head.cend != head.end || !((head.classes & LX_GROUP_NOUN) || aa_plural_ending(doc, &head)))
		return -1;
	for (size_t p = subject->start; aa_word_after(doc, p, head.start, &w); p = w.end)
		if (w.capitalized && !(w.classes & (LX_ARTICLE | LX_DETERMINER)))
			return -1;
	return group_entity(doc, subject->start, subject->end);
}

static int
plural_subject_before(aa_doc *doc, size_t pos)
{
	size_t		start,
				end;
	aa_phrase	subject;
	size_t		own_start = aa_sentence_start(doc, pos);

	/*
	 * (not when the pronoun's own sentence opens with an organisation:
	 * "Senate Democrats blocked the bill because they said"; its group when
	 * it opens with one: "Millennials have reached a consensus ...: they say")
	 */
	if (own_start < pos && aa_sentence_subject(doc, own_start, pos, &subject) && subject.end <= pos)
	{
		for (int i = last_event_before(doc, subject.end); i >= 0; i--)
		{
			const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);

			if (ev->pos < subject.start)
				break;
			if (entity(doc, ev->entity)->kind != ENT_PERSON)
				return -1;
		}
		if (subject.end < pos)
		{
			int			ent = plural_group_subject(doc, own_start, &subject);

			if (ent >= 0)
				return ent;
		}
	}
	if (!sentence_before(doc, pos, &start, &end) || !aa_sentence_subject(doc, start, end, &subject))
		return -1;
	return plural_group_subject(doc, start, &subject);
}

/* "Suu Kyi's fate": the subject opens with a name's possessive (the phrase may end there). */
static bool
name_owns_subject(const aa_doc *doc, const aa_phrase *subject)
{
	aa_word		w;

	for (size_t p = subject->start; aa_word_after(doc, p, subject->end, &w) && w.capitalized; p = w.end)
		if (owner_possessive(doc, &w))
			return true;
	return false;
}

/*
 * "Elon Musk, the billionaire owner of X, weighed in. “...,” he wrote.": a
 * name that gives no gender, opening the subject of the sentence before the
 * pronoun's, is the pronoun's when no one of its gender is named, nor a
 * he or she of it used, since that sentence began (else the nearest person
 * known to be a man, named paragraphs before, would take it).  Not a name
 * whose first word the lexicon knows ("Maybe Trump is", "American
 * Crossroads is"), nor one that owns the subject ("Grayson's name") unless
 * its sentence goes on with a he or she of the gender.  -1 when the rule
 * does not apply.
 */
static int
ungendered_subject_before(aa_doc *doc, size_t pos, aa_gender g)
{
	size_t		sent_start,
				prev_start;
	aa_phrase	subject;
	aa_word		w;
	bool		ungendered = false;	/* a person of no gender is named since prev_start */
	bool		owner;			/* the name is the subject's owner's */
	int			at;

	if (!sentence_before(doc, pos, &prev_start, &sent_start))
		return -1;
	/* (the events first: most pronouns have a person of their gender nearer, or no other person) */
	for (int i = last_event_before(doc, pos); i >= 0; i--)
	{
		const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);
		const aa_entity *e = entity(doc, ev->entity);

		if (ev->pos < prev_start)
			break;
		if (e->kind != ENT_PERSON || aa_span_at(doc, ev->pos) >= 0)
			continue;
		if (e->gender == g)
			return -1;
		ungendered |= e->gender == GENDER_UNKNOWN;
	}
	/* (not an aside in brackets: "(Marc Fisher Footwear produces her shoe line.)") */
	if (!ungendered || doc->text[prev_start] == '(' ||
		!aa_sentence_subject(doc, prev_start, sent_start, &subject) || aa_span_at(doc, subject.start) >= 0 ||
		(at = last_event_before(doc, subject.start + 1)) < 0 ||
		AA_VEC_AT(&doc->events, aa_event, at).pos != subject.start ||
		entity(doc, AA_VEC_AT(&doc->events, aa_event, at).entity)->kind != ENT_PERSON ||
		entity(doc, AA_VEC_AT(&doc->events, aa_event, at).entity)->gender != GENDER_UNKNOWN ||
		!aa_word_after(doc, subject.start, sent_start, &w) || w.start != subject.start || w.classes != 0)
		return -1;
	/*
	 * the name is a thing's ("Footage of Al-Awlaki appears"; but "Gene
	 * Munster of Deepwater Asset Management" is a person's two words and
	 * the firm), or a he or she of the gender follows it ("Along with her
	 * husband, Milton Berg, she has given"; a his or her is mostly the
	 * subject's own).  A name that owns the subject ("Grayson's name") is
	 * the one only when its sentence goes on with a he or she of the gender
	 * ("Suu Kyi's fate is still unclear, but she said ...").
	 */
	owner = name_owns_subject(doc, &subject);
	for (size_t p = subject.start, capitals = 0; aa_word_after(doc, p, pos, &w); p = w.end, capitals++)
	{
		if (!w.capitalized)
		{
			if (aa_word_is(doc, &w, "of") && capitals < 2)
				return -1;
			break;
		}
		if (aa_contraction_stem_end(doc, &w) != w.cend || w.cend != w.end)
			break;
	}
	for (size_t p = subject.start; aa_word_after(doc, p, owner ? sent_start : pos, &w); p = w.end)
		if ((aa_word_is_either(doc, &w, "he") || aa_word_is_either(doc, &w, "she")) &&
			gender_of(w.classes) == g && aa_span_at(doc, w.start) < 0)
			return owner ? AA_VEC_AT(&doc->events, aa_event, at).entity : -1;
	return owner ? -1 : AA_VEC_AT(&doc->events, aa_event, at).entity;
}

/*
 * "A spokesman for the minister said": the description's complement after
 * its head, up to the verb (three words at most after "for", "of" or
 * "at"), so the description is the one its quotations went to.  Returns
 * where it ends, or end.
 */
#define COMPLEMENT_WORDS 3

static size_t
complement_end(const aa_doc *doc, size_t end, size_t lim)
{
	aa_word		w;
	size_t		p,
				last = end;

	if (!aa_word_after(doc, end, lim, &w) || w.capitalized || w.cend != w.end ||
		!(aa_word_is(doc, &w, "for") || aa_word_is(doc, &w, "of") || aa_word_is(doc, &w, "at")))
		return end;
	p = w.end;
	for (int k = 0; k < COMPLEMENT_WORDS && aa_word_after(doc, p, lim, &w) && w.cstart == w.start; k++, p = w.end)
	{
		if ((w.classes & (LX_AUX | LX_BE | LX_REPORT_VERB | LX_CLAUSE_BREAK | LX_PREPOSITION)) ||
			(k > 0 && !w.capitalized && aa_past_form(doc, &w)))
			break;
		last = w.cend;
		if (w.cend != w.end)
			break;
	}
	return last;
}

/*
 * The subject of the sentence [prev_start, sent_start) when it is a singular
 * description with no name, for a he or she at pos: see
 * described_subject_near.  No person may be named from prev_start to pos.
 */
static int
described_subject(aa_doc *doc, size_t prev_start, size_t sent_start, size_t pos, aa_gender g, bool definite_ok)
{
	aa_phrase	subject;
	aa_word		head,
				w;

	for (int i = last_event_before(doc, pos); i >= 0; i--)
	{
		const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);

		if (ev->pos < prev_start)
			break;
		if (entity(doc, ev->entity)->kind == ENT_PERSON && aa_span_at(doc, ev->pos) < 0)
			return -1;
	}
	/*
	 * an article opens the sentence and the subject ("The Chelsea manager";
	 * not "his spokesman", whom the owner's sentence names): asked first, as
	 * the subject is sought for most pronouns
	 */
	if (!aa_word_after(doc, prev_start, sent_start, &w) || w.start != prev_start || !(w.classes & LX_ARTICLE) ||
		(w.classes & LX_PRONOUN) || w.cend != w.end || (!definite_ok && aa_word_is_either(doc, &w, "the")))
		return -1;
	if (!aa_sentence_subject(doc, prev_start, sent_start, &subject) || subject.start != w.start ||
		subject.ante_end > subject.ante_start ||
		!aa_word_before(doc, subject.start, subject.end, &head) || head.cend != head.end ||
		head.cstart != head.start || aa_plural_ending(doc, &head))
		return -1;
	/*
	 * a relative of the pronoun's gender ("The student's mother"), or an
	 * office or a person's noun whose word does not give the other gender
	 * (not "Father" nor "spokesman" for "she")
	 */
	{
		aa_verb_forms same_kin = g == GENDER_MALE ? VF_KIN_MALE : VF_KIN_FEMALE,
					other_kin = g == GENDER_MALE ? VF_KIN_FEMALE : VF_KIN_MALE;
		bool		other_gender = aa_verb_form_of(doc, &head, other_kin, false) ||
			(g == GENDER_MALE ? aa_word_ends(doc, &head, "woman") :
			 aa_word_ends(doc, &head, "man") && !aa_word_ends(doc, &head, "woman"));

		/* (or a person's noun: "The singer has denied ..., which she called") */
		if (!aa_verb_form_of(doc, &head, same_kin, false) &&
			(!((head.classes & LX_TITLE) || aa_verb_form_of(doc, &head, VF_PERSON_EPITHET, false)) || other_gender))
			return -1;
	}
	/* (in the pronoun's own sentence, its verb first: not "A new campaign manager, he said, could") */
	if (sent_start == pos)
	{
		size_t		p = subject.end;

		while (p < pos && !aa_is_letter((unsigned char) doc->text[p]))
			p++;
		if (p >= pos)
			return -1;
	}
	return group_entity(doc, subject.start, complement_end(doc, subject.end, sent_start));
}

/*
 * "A club spokesman declined to comment on what he called", "A police
 * spokeswoman said .... “...,” she said.": a singular description of an
 * office or a relative with no name ("a spokesman", "The Prime Minister",
 * "The student's mother"), the subject of the pronoun's sentence (before
 * the pronoun, after the subject's verb) or else of the sentence before,
 * is the pronoun's when no person is named since that sentence began.
 * Only an indefinite one when not definite_ok: "the Vermont senator" is
 * mostly a person named before (whom the pronoun's other rules find).  -1
 * when the rule does not apply.
 */
static int
described_subject_near(aa_doc *doc, size_t pos, aa_gender g, bool definite_ok)
{
	size_t		prev_start,
				sent_start = aa_sentence_start(doc, pos);
	int			ent = sent_start < pos ? described_subject(doc, sent_start, pos, pos, g, definite_ok) : -1;

	if (ent >= 0 || !sentence_before(doc, pos, &prev_start, &sent_start))
		return ent;
	return described_subject(doc, prev_start, sent_start, pos, g, definite_ok);
}

static int	organisation_in_focus(aa_doc *doc, size_t pos, const aa_word *head);
static int	group_entity(aa_doc *doc, size_t start, size_t end);

/*
 * The thing a subject names, for an "it": an organisation or a country
 * named there, or one described by "the" and its noun (not a plural's,
 * nor a person's: "it" is no one), with its complement up to lim.  -1
 * when it names none.
 */
static int
thing_of_subject(aa_doc *doc, const aa_phrase *subject, size_t lim)
{
	aa_word		first,
				head;

	for (int i = last_event_before(doc, subject->end); i >= 0; i--)
	{
		const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);

		if (ev->pos < subject->start)
			break;
		return entity(doc, ev->entity)->kind == ENT_PERSON ? -1 : ev->entity;
	}
	/* ("The embassy": "the" and a noun) */
	if (!aa_word_after(doc, subject->start, subject->end, &first) || !aa_word_is_either(doc, &first, "the") ||
		!aa_word_after(doc, first.end, subject->end, &head) || head.end < subject->end || head.capitalized ||
		head.cend != head.end || aa_plural_ending(doc, &head) || (head.classes & LX_TITLE) ||
		aa_verb_form_of(doc, &head, VF_PERSON_EPITHET, false))
		return -1;
	{
		int			ent = organisation_in_focus(doc, subject->start, &head);

		return ent >= 0 ? ent : group_entity(doc, subject->start, complement_end(doc, subject->end, lim));
	}
}

/*
 * "The embassy refuted what it called ...", "Apple rejected what it
 * described as ...": an "it" right after "what" stands for the subject of
 * its sentence, an organisation or a country named there or a thing
 * described by "the" and its noun (not a person's: "it" is no one).  -1
 * when it does not.
 */
static int
thing_subject_before_what(aa_doc *doc, size_t pos)
{
	size_t		sent_start = aa_sentence_start(doc, pos);
	aa_phrase	subject;
	aa_word		what;

	if (!aa_word_before(doc, sent_start, pos, &what) || what.cend != what.end || !aa_word_is(doc, &what, "what") ||
		!aa_sentence_subject(doc, sent_start, what.start, &subject) || subject.end > what.start ||
		aa_span_at(doc, subject.start) >= 0)
		return -1;
	return thing_of_subject(doc, &subject, what.start);
}

/*
 * "The union representing the machinists said it was disappointed. It
 * accused the company ...": an "It" that opens its sentence stands for the
 * thing that opened the sentence before.  -1 when it does not.
 */
static int
thing_subject_before_it(aa_doc *doc, size_t pos)
{
	size_t		prev_start,
				sent_start;
	aa_phrase	subject;
	aa_match	cue;

	if (aa_sentence_start(doc, pos) != pos || !sentence_before(doc, pos, &prev_start, &sent_start) ||
		!aa_sentence_subject(doc, prev_start, sent_start, &subject) || subject.start != prev_start ||
		aa_span_at(doc, subject.start) >= 0)
		return -1;
	/* (not after a source the sentence names: "..., according to the SITE Intelligence Group, ... It said") */
	for (size_t p = subject.end; aa_first_cue(doc, p, sent_start, &cue); p = cue.end)
		if (aa_is_according_to(doc, &cue))
			return -1;
	return thing_of_subject(doc, &subject, sent_start);
}

static int
resolve_pronoun(aa_doc *doc, size_t pos, const aa_word *w)
{
	aa_gender	g = gender_of(w->classes);
	bool		person = g != GENDER_UNKNOWN;
	int			start = last_event_before(doc, pos);

	if (aa_word_marked(doc, w, LM_SPEECH_PARTICIPANT))
		return -1;				/* "I" and "you" outside quotations */
	if (person && continues_quoted_speaker(doc, pos, g))
		return doc->quoted_speaker;
	/*
	 * "Mr. McConnell, who has endorsed Mr. Trump, offered ..., stressing in
	 * his remarks": a pronoun inside a sentence whose subject, before it,
	 * names a person of its gender is that person's
	 */
	if (person && start >= 0)
	{
		size_t		sent_start = aa_sentence_start(doc, pos);
		const aa_event *last = &AA_VEC_AT(&doc->events, aa_event, start);
		bool		two_named = start >= 1 && AA_VEC_AT(&doc->events, aa_event, start - 1).pos >= sent_start;
		aa_phrase	subject;

		/*
		 * (asked when the sentence names two people before the pronoun, or
		 * one of no known gender: "Suu Kyi's fate is still unclear, but she
		 * said" is hers, not a woman's named sentences before; with one of
		 * a gender or none the nearest is the subject's anyway.  Not a name
		 * inside a quotation: "“Rubio is not going after ...,” he said")
		 */
		if (sent_start < pos && last->pos >= sent_start &&
			(two_named || (entity(doc, last->entity)->kind == ENT_PERSON &&
						   entity(doc, last->entity)->gender == GENDER_UNKNOWN)) &&
			aa_sentence_subject(doc, sent_start, pos, &subject) && subject.end <= pos &&
			aa_span_at(doc, subject.start) < 0 && (two_named || name_owns_subject(doc, &subject)))
			for (int i = start; i >= 0; i--)
			{
				const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);
				const aa_entity *e = entity(doc, ev->entity);

				if (ev->pos < subject.start)
					break;
				if (ev->pos < subject.end && e->kind == ENT_PERSON &&
					(e->gender == g || (!two_named && e->gender == GENDER_UNKNOWN)))
					return ev->entity;
			}
	}

	if (person && start >= 0)
	{
		int			ent = ungendered_subject_before(doc, pos, g);

		if (ent >= 0)
			return ent;
	}
	if (person)
	{
		int			ent = described_subject_near(doc, pos, g, false);

		if (ent >= 0)
			return ent;
	}

	/*
	 * "The embassy refuted what it called “baseless accusations”": the thing
	 * that opens the sentence; "It accused ...": the one that opened the
	 * sentence before
	 */
	if (!person && aa_word_is_either(doc, w, "it"))
	{
		int			ent = thing_subject_before_what(doc, pos);

		if (ent < 0 && w->capitalized)
			ent = thing_subject_before_it(doc, pos);
		if (ent >= 0)
			return ent;
	}

	/* "But the protesters also paid tribute to ... As they made their way down Broad Street, they chanted" */
	if (!person && aa_word_is_either(doc, w, "they"))
	{
		int			ent = plural_subject_before(doc, pos);

		if (ent >= 0)
			return ent;
	}

	/*
	 * he/she: first a person known to agree (a gendered name, honorific or
	 * title), then any person; they/it: the nearest organisation or country.
	 */
	for (int pass = person ? 0 : 1; pass < 2; pass++)
	{
		for (int i = start, seen = 0; i >= 0 && seen < PRONOUN_LOOKBACK; i--, seen++)
		{
			int			ent = AA_VEC_AT(&doc->events, aa_event, i).entity;
			aa_entity  *e = entity(doc, ent);

			if (aa_span_at(doc, AA_VEC_AT(&doc->events, aa_event, i).pos) >= 0)
				continue;
			/* ("WASHINGTON — ...": a dateline names where the article was written, no one who speaks) */
			if (!person)
			{
				size_t		at = AA_VEC_AT(&doc->events, aa_event, i).pos;

				if (e->kind != ENT_PERSON && !(aa_sentence_start(doc, at) == at && aa_dateline_end(doc, at, doc->len) > at))
					return ent;
				continue;
			}
			if (e->kind != ENT_PERSON)
				continue;
			if (pass == 0 ? (e->gender == g || (e->gender == GENDER_UNKNOWN && (e->role || e->titled))) :
				e->gender == GENDER_UNKNOWN)
				return ent;
		}
	}
	/* ("The Conservative chairman has denied ...", "The minister hit back at what she called": no one else near) */
	return person ? described_subject_near(doc, pos, g, true) : -1;
}

/*
 * "the New York Democrat", "The Texas Republican", "the Vermont
 * independent": "the", a place or nothing, and a party's noun stand for a
 * politician the article named (not "the Democrats", nor "the Democratic
 * Party", nor "The Democrat-Gazette", nor "The Independent").
 */
static bool definite(const aa_doc *doc, const aa_word *w);

static bool
party_epithet(const aa_doc *doc, const tokens *t)
{
	const aa_word *head = &t->w[t->n - 1];
	size_t		n = head->cend - head->cstart;

	if (t->n < 2 || t->n > 4 || !definite(doc, &t->w[0]) || head->cend != head->end ||
		!aa_word_marked(doc, head, LM_PARTY) || doc->text[head->cend - 1] == 's' ||
		/* ("Democrat" and "Republican" with their capital, the others without: "The Independent" is a newspaper) */
		head->capitalized != ((doc->text[head->cstart] | 0x20) == 'd' || (doc->text[head->cstart] | 0x20) == 'r') ||
		memchr(doc->text + head->cstart, '-', n) != NULL ||
		(n > 3 && memcmp(doc->text + head->cend - 3, "tic", 3) == 0) || is_acronym(doc->text + head->cstart, n))
		return false;
	for (int k = 1; k < t->n - 1; k++)
		if (!t->w[k].capitalized || (t->w[k].classes & (LX_TITLE | LX_ORG_WORD)))
			return false;
	return true;
}

/*
 * Whom an epithet at pos stands for: the person the sentence before it
 * names in its subject, or else the first it names outside quotation
 * marks; failing both, the same in the sentence before that (news names
 * its subject first: "Senate Majority Leader Mitch McConnell is
 * criticizing President Barack Obama ... In a statement, the Kentucky
 * Republican").  -1 when three sentences name no one.
 */
#define EPITHET_SENTENCES 3

/*
 * Is the name of event i, inside a subject that ends at lim, a club's that
 * reads as a person's, before a title in lower case and the person named
 * after it ("Villa boss Unai Emery")?
 */
static bool
name_before_title(const aa_doc *doc, int i, size_t lim)
{
	aa_word		w;
	size_t		pos = AA_VEC_AT(&doc->events, aa_event, i).pos;

	if (i + 1 >= doc->events.n || AA_VEC_AT(&doc->events, aa_event, i + 1).pos >= lim)
		return false;
	while (aa_word_after(doc, pos, lim, &w) && w.capitalized)
	{
		if (w.cend != w.end)
			return false;
		pos = w.end;
	}
	return w.start >= pos && !w.capitalized && w.cstart == w.start && (w.classes & LX_TITLE) != 0;
}

static int
person_opening_sentence_before(aa_doc *doc, size_t pos)
{
	size_t		end = aa_sentence_start(doc, pos);

	for (int k = 0; k < EPITHET_SENTENCES && end > 0; k++)
	{
		size_t		start = aa_sentence_start(doc, end - 1);
		aa_phrase	subject;
		int			first = -1;

		/* the sentence's subject when it names a person ("Still, in a sign of how Mr. Trump's opponents ..., Mr. Rubio") */
		if (!aa_sentence_subject(doc, start, end, &subject))
			subject.start = subject.end = 0;
		for (int i = last_event_before(doc, start) + 1; i < doc->events.n; i++)
		{
			const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);

			if (ev->pos >= end)
				break;
			if (entity(doc, ev->entity)->kind != ENT_PERSON || aa_span_at(doc, ev->pos) >= 0)
				continue;
			/* (not a club before its title: "Villa boss Unai Emery") */
			if (ev->pos >= subject.start && ev->pos < subject.end && !name_before_title(doc, i, subject.end))
				return ev->entity;
			if (first < 0)
				first = ev->entity;
		}
		if (first >= 0)
			return first;
		end = start;
	}
	return -1;
}

/* Does the role (or a name) contain the word [s, s+n) (case-insensitive, whole word)? */
static bool
role_has_word(const char *role, const char *s, size_t n)
{
	const char *p = role;

	if (role == NULL || n == 0)
		return false;
	while (*p)
	{
		const char *e = p;

		while (*e && *e != ' ')
			e++;
		if (same_ci(p, (size_t) (e - p), s, n))
			return true;
		p = *e ? e + 1 : e;
	}
	return false;
}

/* Does a word of the interned name make it a business's (BUSINESS_WORDS: "Inc", "Group", "Apple")? */
static bool
names_business(const aa_entity *e)
{
	if (e->business)
		return true;
	for (const char *p = e->name; *p;)
	{
		const char *sp = strchr(p, ' ');
		size_t		n = sp ? (size_t) (sp - p) : strlen(p);

		if (aa_lex_business_word(p, n))
			return true;
		p += n + (sp != NULL);
	}
	return false;
}

/*
 * "the committee", "the party": the nearest organisation named before pos
 * whose name holds the head noun ("the Senate Judiciary Committee", "the
 * Republican Party"); "the company", "the firm" (COMPANY_NOUNS): the
 * nearest business ("Apple denied the report ... the company said"),
 * unless a name of no known kind comes nearer (it may be a business the
 * lexicon does not know: "Goldman Sachs").  Not a plural or a mass noun
 * ("the media", "the press": no one organisation).  -1 when none is in reach.
 */
static int
organisation_in_focus(aa_doc *doc, size_t pos, const aa_word *head)
{
	bool		generic = aa_verb_form_of(doc, head, VF_COMPANY_NOUN, false);

	if (!generic && (!(head->classes & LX_ORG_WORD) || doc->text[head->cend - 1] == 's' ||
					 aa_word_is(doc, head, "media") || aa_word_is(doc, head, "press")))
		return -1;
	for (int i = last_event_before(doc, pos), seen = 0; i >= 0 && seen < PRONOUN_LOOKBACK; i--, seen++)
	{
		const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);
		const aa_entity *e = entity(doc, ev->entity);

		if (aa_span_at(doc, ev->pos) >= 0)
			continue;
		/* (a name of no known kind may be a business the lexicon does not know: "Goldman Sachs") */
		if (generic && e->kind == ENT_PERSON && e->gender == GENDER_UNKNOWN && e->role == NULL && !e->titled)
			return -1;
		if (e->kind != ENT_ORG)
			continue;
		if (generic ? names_business(e) : role_has_word(e->name, doc->text + head->cstart, head->cend - head->cstart))
			return ev->entity;
	}
	return -1;
}

/*
 * Does the sentence before pos hold the noun w ("... from a Vietnam War
 * combat veteran ... The veteran said": "the veteran" is that one, someone
 * new, not the sentence's subject)?
 */
static bool
noun_in_sentence_before(const aa_doc *doc, size_t pos, const aa_word *w)
{
	size_t		start,
				end;
	aa_word		v;

	if (!sentence_before(doc, pos, &start, &end))
		return false;
	for (size_t p = start; aa_word_after(doc, p, end, &v); p = v.end)
		if (v.cend - v.cstart == w->cend - w->cstart &&
			memcmp(doc->text + v.cstart, doc->text + w->cstart, v.cend - v.cstart) == 0)
			return true;
	return false;
}

/* "the 31-year-old": an age in words before "-year-old" */
static bool
age_epithet(const aa_doc *doc, const aa_word *w)
{
	size_t		n = w->cend - w->cstart;

	return n > 10 && aa_is_digit((unsigned char) doc->text[w->cstart]) &&
		memcmp(doc->text + w->cend - 9, "-year-old", 9) == 0;
}

/* May the person e be one described (with a role, when described) of gender g (any, when unknown)? */
static bool
fits_description(const aa_entity *e, bool described, aa_gender g)
{
	return e->kind == ENT_PERSON && (!described || e->role != NULL) &&
		(g == GENDER_UNKNOWN || e->gender == GENDER_UNKNOWN || e->gender == g);
}

/*
 * "The Greens' housing spokesman, Max Chandler-Mather, said": the person
 * named right after the comma at pos (before end), with a comma after the
 * name, of gender g when known, with a role when described; or -1.
 */
static int
appositive_person_after(aa_doc *doc, size_t pos, size_t end, bool described, aa_gender g)
{
	int			k = last_event_before(doc, pos) + 1;
	const aa_event *ev;
	aa_word		w;
	size_t		p;
	bool		more;

	if (k >= doc->events.n || (ev = &AA_VEC_AT(&doc->events, aa_event, k))->pos >= end ||
		ev->pos < pos + 2 || doc->text[ev->pos - 2] != ',' || !fits_description(entity(doc, ev->entity), described, g))
		return -1;
	for (p = ev->pos; (more = aa_word_after(doc, p, end, &w)) && w.capitalized && w.cend == w.end; p = w.end)
		;
	return more && w.capitalized && w.end == w.cend + 1 && doc->text[w.cend] == ',' ? ev->entity : -1;
}

/*
 * The person in the subject of the sentence before pos, when the subject
 * opens with a name (its first person: "Manchester United manager Ruben
 * Amorim"), with a role when described (an epithet's title says what the
 * role is), of gender g when that is known; or -1.
 */
static int
subject_person_before(aa_doc *doc, size_t pos, bool described, aa_gender g)
{
	size_t		start,
				end;
	aa_phrase	subject;
	aa_word		w;
	int			i,
				si;

	if (!sentence_before(doc, pos, &start, &end))
		return -1;
	/*
	 * "“They support me,” Ten Hag said. ... the Dutchman": a quotation opens
	 * it; its speaker after it, when the sentence at pos names no one before
	 * ("when the AP asked Bennett ..., the campaign manager")
	 */
	if ((si = aa_span_at(doc, start)) >= 0)
	{
		int			speaker = AA_VEC_AT(&doc->spans, aa_span, si).speaker;
		bool		named_inside = false;	/* a person is named inside the marks */

		for (i = last_event_before(doc, pos); i >= 0 && AA_VEC_AT(&doc->events, aa_event, i).pos >= end; i--)
			if (entity(doc, AA_VEC_AT(&doc->events, aa_event, i).entity)->kind == ENT_PERSON)
				return -1;
		for (i = last_event_before(doc, start) + 1; i < doc->events.n; i++)
		{
			const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);
			const aa_entity *e = entity(doc, ev->entity);

			if (ev->pos >= end)
				break;
			if (aa_span_at(doc, ev->pos) < 0)
				return fits_description(e, described, g) ? ev->entity : -1;
			named_inside |= e->kind == ENT_PERSON;
		}
		/*
		 * ("“...,” the Frenchman told reporters. The 25-year-old added": no
		 * name after it; its speaker, when it names no one inside: not "“For
		 * Trump to ...,” she said. The New York businessman")
		 */
		return speaker >= 0 && !named_inside && fits_description(entity(doc, speaker), described, g) ? speaker : -1;
	}
	/*
	 * (a subject that opens with an article describes someone unnamed: "A
	 * senior Obama administration official"; unless a name set off by
	 * commas follows the description: "The Greens' housing spokesman, Max
	 * Chandler-Mather, said")
	 */
	if (!aa_sentence_subject(doc, start, end, &subject) || aa_span_at(doc, subject.start) >= 0 ||
		!aa_word_after(doc, subject.start, subject.end, &w))
		return -1;
	if (w.classes & (LX_ARTICLE | LX_DETERMINER))
		return appositive_person_after(doc, subject.end, end, described, g);
	/*
	 * the subject's person ("Manchester United manager Ruben Amorim": the club
	 * is named first; "Villa boss Unai Emery": a club that reads as a
	 * person's name is no person before a title)
	 */
	for (i = last_event_before(doc, subject.start) + 1; i < doc->events.n; i++)
	{
		const aa_event *ev = &AA_VEC_AT(&doc->events, aa_event, i);
		const aa_entity *e = entity(doc, ev->entity);

		if (ev->pos >= subject.end)
			break;
		if (e->kind == ENT_PERSON && !name_before_title(doc, i, subject.end))
			return fits_description(e, described, g) ? ev->entity : -1;
	}
	return -1;
}

/*
 * The country the article is about, up to pos: the one it names most among
 * the last FOCUS_WINDOW names (a bounded window keeps long articles linear).
 */
#define FOCUS_WINDOW 512

static int
country_in_focus(aa_doc *doc, size_t pos)
{
	int			best = -1;
	int			best_count = 0;
	int			last = last_event_before(doc, pos);
	int			counted[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
	int			counts[8] = {0};

	for (int k = last, seen = 0; k >= 0 && seen < FOCUS_WINDOW; k--, seen++)
	{
		int			ent = AA_VEC_AT(&doc->events, aa_event, k).entity;

		if (entity(doc, ent)->kind != ENT_COUNTRY)
			continue;
		for (int c = 0; c < 8; c++)
		{
			if (counted[c] == ent || counted[c] < 0)
			{
				counted[c] = ent;
				if (++counts[c] > best_count)
				{
					best = ent;
					best_count = counts[c];
				}
				break;
			}
		}
	}
	return best;
}


/*
 * "Prime Minister", "Queensland MP": tokens [from, t->n) are capitalised
 * words that end in a title and hold no first name, so no name follows the
 * title
 */
static bool
capitalised_title(const tokens *t, int from)
{
	const aa_word *head = &t->w[t->n - 1];

	if (t->n <= from || !head->capitalized || !(head->classes & LX_TITLE))
		return false;
	/* (nor an organisation's words: "the Brennan Center for Justice") */
	for (int k = from; k < t->n; k++)
		if (first_name(&t->w[k]) || !t->w[k].capitalized || (t->w[k].classes & LX_ORG_WORD))
			return false;
	return true;
}

/*
 * "the adviser", "this senator": a definite determiner, which may stand for
 * someone already named; "one longtime adviser", "a spokesman", "two
 * aides" bring in someone new.
 */
static bool
definite(const aa_doc *doc, const aa_word *w)
{
	return aa_word_is_either(doc, w, "the") || aa_word_is_either(doc, w, "this") || aa_word_is_either(doc, w, "that");
}

/*
 * "says Geoffrey Garin, a Democratic pollster who advised ...": a phrase
 * right after a person's name and its comma, then "who", is that person's
 * appositive (the subject of the relative clause after it), not someone
 * new ("Clinton, a top aide said, ..." is someone new).
 */
static int
appositive_of(aa_doc *doc, size_t start, size_t end)
{
	aa_word		w,
				after;
	int			i;
	const aa_event *named;

	if (start < 2 || doc->text[start - 1] != ' ' || doc->text[start - 2] != ',' ||
		!aa_word_before(doc, 0, start, &w) || !w.capitalized ||
		!aa_word_after(doc, end, doc->len, &after) || !aa_word_is(doc, &after, "who") ||
		(i = last_event_before(doc, start)) < 0)
		return -1;
	named = &AA_VEC_AT(&doc->events, aa_event, i);
	if (named->pos > w.cstart || w.cstart - named->pos > APPOSITIVE_NAME_BYTES ||
		memchr(doc->text + named->pos, ',', w.cstart - named->pos) != NULL ||
		entity(doc, named->entity)->kind != ENT_PERSON)
		return -1;
	return named->entity;
}

/* The entry of OFFICES that [s, s+n) is, up to case, or NULL. */
static const char *
office_of(const char *s, size_t n)
{
	for (const char *const *o = aa_lex_verb_forms(VF_OFFICE); *o; o++)
		if (same_ci(*o, strlen(*o), s, n))
			return *o;
	return NULL;
}

/* Two entries of OFFICES, one the other's abbreviation ("sen." and "senator") or alike. */
static bool
same_office(const char *a, const char *b)
{
	size_t		an = strcspn(a, "."),
				bn = strcspn(b, ".");

	return strncmp(a, b, an < bn ? an : bn) == 0;
}

/*
 * Does the description over tokens [from, t->n) name an office (OFFICES)
 * and the role only others ("Union president Erin Ariss ... The minister
 * denied")?  Then the description is someone else.
 */
static bool
other_office(const aa_doc *doc, const char *role, const tokens *t, int from)
{
	const char *office = NULL;
	bool		holds_other = false;

	for (int k = from; k < t->n && office == NULL; k++)
		if (aa_verb_form_of(doc, &t->w[k], VF_OFFICE, true))
			office = office_of(doc->text + t->w[k].cstart, aa_stem_end(doc, &t->w[k]) - t->w[k].cstart);
	for (const char *p = role; office != NULL && p != NULL && *p;)
	{
		size_t		n = strcspn(p, " ");
		const char *held = office_of(p, n);

		if (held != NULL && same_office(held, office))
			return false;
		holds_other |= held != NULL;
		p += n + (p[n] == ' ');
	}
	return holds_other;
}

/* "the Sony boss" -> the person whose role names Sony; "the president" -> whose role is one. */
static int
resolve_role_noun(aa_doc *doc, size_t pos, const tokens *t, int from)
{
	int			last = last_event_before(doc, pos);

	for (int pass = 0; pass < 2; pass++)
	{
		for (int i = last, seen = 0; i >= 0 && seen < ROLE_LOOKBACK; i--, seen++)
		{
			int			ent = AA_VEC_AT(&doc->events, aa_event, i).entity;
			aa_entity  *e = entity(doc, ent);

			if (e->kind != ENT_PERSON || e->role == NULL)
				continue;
			for (int k = from; k < t->n; k++)
			{
				const aa_word *w = &t->w[k];
				/* (not the sentence's capitalised "The": "The witness" is no one whose role holds a "the") */
				bool		key = pass == 0 ? (w->capitalized && !(w->classes & (LX_TITLE | LX_DETERMINER | LX_ARTICLE)))
					: (w->classes & LX_TITLE) != 0;

				if (key && role_has_word(e->role, doc->text + w->cstart, aa_stem_end(doc, w) - w->cstart))
					return ent;
				/* ("the judge" for "Mr Justice Lane") */
				for (int a = 0; key && pass == 1; a++)
				{
					const char *alias = aa_lex_role_alias(doc->text + w->cstart, aa_stem_end(doc, w) - w->cstart, a);

					if (alias == NULL)
						break;
					if (role_has_word(e->role, alias, strlen(alias)))
						return ent;
				}
			}
		}
	}
	return -1;
}

/*
 * May the unnamed speaker e be the one described over tokens [from, t->n)
 * with the same head noun?  Its description's last word is its head (no
 * preposition in it: "a welcome message on the website" is no website) and
 * it holds every name and number of this one ("The Cruz campaign" is not
 * "Rubio's campaign", "the 30 percent" not "50 percent").
 */
static bool
described_alike(const aa_doc *doc, const aa_entity *e, const tokens *t, int from)
{
	for (const char *p = e->name; *p;)
	{
		size_t		n = strcspn(p, " ");

		if (aa_lex_word(p, n) & LX_PREPOSITION)
			return false;
		p += n + (p[n] == ' ');
	}
	for (int k = from; k < t->n - 1; k++)
	{
		const aa_word *w = &t->w[k];

		if ((w->capitalized || aa_is_digit((unsigned char) doc->text[w->cstart])) &&
			!(w->classes & (LX_DETERMINER | LX_ARTICLE)) &&
			!role_has_word(e->name, doc->text + w->cstart, aa_stem_end(doc, w) - w->cstart))
			return false;
	}
	return true;
}

/*
 * "Ontario's health minister says ... The minister denied", "a Baton Rouge
 * newspaper ... The newspaper said": the unnamed speaker named first
 * nearest before pos, among the last PRONOUN_LOOKBACK entities, described
 * alike with the head noun of tokens [from, t->n).
 */
static int
description_before(aa_doc *doc, size_t pos, const tokens *t, int from)
{
	const aa_word *head = &t->w[t->n - 1];
	const char *noun = doc->text + head->cstart;
	size_t		noun_len = aa_stem_end(doc, head) - head->cstart;
	int			best = -1;

	for (int i = doc->entities.n - 1; i >= 0 && i >= doc->entities.n - PRONOUN_LOOKBACK; i--)
	{
		const aa_entity *e = entity(doc, i);
		size_t		n;
		const char *last;

		if (e->kind != ENT_GROUP || e->first_at >= pos || (best >= 0 && e->first_at <= entity(doc, best)->first_at))
			continue;
		last = last_word(e->name, e->name_len, &n);
		if (last != e->name && same_ci(last, n, noun, noun_len) && described_alike(doc, e, t, from))
			best = i;
	}
	return best;
}

/*
 * A description's head: the word before its first preposition ("A
 * spokesperson for the duke", "a welcome message on the website"), else
 * its last word.
 */
static const char *
description_head(const char *name, size_t len, size_t *n)
{
	const char *prev = NULL;
	size_t		prev_n = 0;

	for (const char *p = name; p < name + len;)
	{
		const char *end = memchr(p, ' ', (size_t) (name + len - p));
		size_t		wn = end ? (size_t) (end - p) : (size_t) (name + len - p);

		if (prev && p[0] >= 'a' && p[0] <= 'z' && (aa_lex_word(p, wn) & LX_PREPOSITION))
		{
			*n = prev_n;
			return prev;
		}
		prev = p;
		prev_n = wn;
		p += wn + (end != NULL);
	}
	*n = prev_n;
	return prev ? prev : name;
}

bool
aa_indefinite_description(aa_doc *doc, int ent)
{
	const aa_entity *g = entity(doc, ent);

	/* (its first letter first: most groups' names open otherwise) */
	return g->kind == ENT_GROUP && (g->name[0] | 0x20) == 'a' &&
		((g->name_len > 2 && g->name[1] == ' ') || (g->name_len > 3 && (g->name[1] | 0x20) == 'n' && g->name[2] == ' '));
}

/*
 * "A Downing Street spokesman flatly rejected ... “...,” the spokesman
 * said": quotations are attributed before the sentences around them, so a
 * description after one ("the spokesman") may be resolved before the
 * indefinite one it stands for is named.  For such a group entity ("the"
 * and up to two words), among the indefinite ones (aa_indefinite_description,
 * in the order of their indexes), the one named nearest before it with the
 * same head noun, whose name holds its other words too; or -1.
 */
#define DESCRIPTION_REACH 64

int
aa_earlier_description(aa_doc *doc, int ent, const int *indefinite, int n_indefinite)
{
	const aa_entity *e = entity(doc, ent);
	const char *head;
	size_t		head_len;
	int			best = -1,
				lo = 0,
				hi = n_indefinite;

	if (e->kind != ENT_GROUP || e->name_len < 5 || !same_ci(e->name, 4, "the ", 4) || count_words(e->name, e->name_len) > 3)
		return -1;
	head = last_word(e->name, e->name_len, &head_len);
	/*
	 * (the indefinite ones nearest it by index, DESCRIPTION_REACH on each
	 * side: linear in long texts; the one it stands for is named in the
	 * other pass, where it is mostly among the first after or the last
	 * before it)
	 */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (indefinite[mid] < ent)
			lo = mid + 1;
		else
			hi = mid;
	}
	hi = lo + DESCRIPTION_REACH < n_indefinite ? lo + DESCRIPTION_REACH : n_indefinite;
	lo = lo > DESCRIPTION_REACH ? lo - DESCRIPTION_REACH : 0;
	for (int k = lo; k < hi; k++)
	{
		int			i = indefinite[k];
		const aa_entity *g = entity(doc, i);
		const char *last;
		size_t		n;

		if (g->first_at >= e->first_at || (best >= 0 && g->first_at <= entity(doc, best)->first_at))
			continue;
		last = description_head(g->name, g->name_len, &n);
		if (!same_ci(last, n, head, head_len))
			continue;
		/* ("the party spokesman": "A party spokesman", not "A Labour spokesman") */
		{
			const char *w = e->name + 4;
			bool		alike = true;

			while (alike && w < head)
			{
				const char *end = memchr(w, ' ', (size_t) (head - w));

				alike = role_has_word(g->name, w, (size_t) (end - w));
				w = end + 1;
			}
			if (alike)
				best = i;
		}
	}
	return best;
}

static int
group_entity(aa_doc *doc, size_t start, size_t end)
{
	size_t		name_len;
	const char *name = folded_phrase(doc, start, end, &name_len);
	int			i = find_named(doc, ENT_GROUP, name, name_len);

	return i >= 0 ? i : new_entity(doc, ENT_GROUP, name, name_len);
}

const char *
aa_mention_text(aa_doc *doc, size_t start, size_t end)
{
	return copy_phrase(doc, start, end);
}

/*
 * "CNN’s", "Reuters’": a capitalised possessive, 's or ’s, or an apostrophe
 * after a plural's s; not a contraction ("She's", "Here's").
 */
static bool
owner_possessive(const aa_doc *doc, const aa_word *w)
{
	size_t		stem = aa_stem_end(doc, w);

	if (!w->capitalized || stem == w->cstart || (stem == w->cend && !aa_plural_possessive(doc, w)))
		return false;
	return !(aa_lex_word(doc->text + w->cstart, stem - w->cstart) &
			 (LX_PRONOUN | LX_DETERMINER | LX_ARTICLE | LX_ADVERB | LX_PREPOSITION | LX_CLAUSE_BREAK | LX_AUX));
}

/*
 * Do tokens [from, t->n) name a person, after an owner ("CNN’s Jake
 * Tapper")?  Capitalised words, connectors between them ("Brazil's Luiz
 * Inácio Lula da Silva"), no title among them ("Chad’s Ambassador to
 * France" is a role) and no organisation's word, not in a Title Case
 * headline; one word only when it is the surname of a person already named
 * ("Media Research Center’s Bozell", not "Trump’s Son"), or a word the
 * lexicon does not know, or knows as a given name, after a country's or an
 * organisation's possessive ("France's Macron", "CNN's Tapper").
 */
static bool
person_named_from(aa_doc *doc, const tokens *t, int from)
{
	const char *country;
	const char *name;
	size_t		name_len;
	const aa_word *owner = &t->w[from - 1];
	const aa_word *w = &t->w[from];

	if (aa_in_title_case(doc, w->start))
		return false;			/* a headline in Title Case: "Vogue's Rat Infestation" */
	for (int k = from; k < t->n; k++)
		if ((!t->w[k].capitalized && !(k > from && k < t->n - 1 && is_connector(doc, &t->w[k]))) ||
			(t->w[k].classes & LX_TITLE))
			return false;
	if (name_kind(doc, t, from, t->n, &country) != ENT_PERSON)
		return false;
	if (t->n - from >= 2)
		return true;
	name = folded_phrase(doc, w->cstart, aa_stem_end(doc, w), &name_len);
	if (find_person_or_org(doc, name, name_len, false, GENDER_UNKNOWN) >= 0)
		return true;
	if (w->classes != 0 && !first_name(w))
		return false;
	if (owner->classes & (LX_ORG_WORD | LX_COUNTRY))
		return true;
	name = doc->text + owner->cstart;
	name_len = aa_stem_end(doc, owner) - owner->cstart;
	return is_acronym(name, name_len) || aa_lex_place(name, name_len) != NULL;
}

/*
 * Where the name over tokens [from, t->n) ends: at its last word's stem, or
 * just after the closing mark of words in marks that open after its first
 * word ("Members of the “Squad”"), so that the marks stay paired.
 */
static size_t
name_end(const aa_doc *doc, const tokens *t, int from)
{
	const aa_word *last = &t->w[t->n - 1];

	for (int k = from + 1; k < t->n; k++)
	{
		int			si = t->w[k].cstart != t->w[k].start ? aa_span_at(doc, t->w[k].cstart) : -1;
		const aa_span *s = si >= 0 ? &AA_VEC_AT(&doc->spans, aa_span, si) : NULL;

		if (s && s->closed && s->open >= t->w[k].start && s->after > last->cstart && s->after <= last->end)
			return s->after;
	}
	return aa_stem_end(doc, last);
}

int
aa_resolve_speaker(aa_doc *doc, size_t start, size_t end, size_t role_start, size_t role_end)
{
	tokens		t;
	int			from = 0;
	int			ent = -1;
	int			role_start_tok,
				role_end_tok;
	aa_gender	gender;
	bool		firm;
	int			name_at;
	int			cut;
	size_t		stem_end;

	doc->naming_at = start;
	tokenize(doc, start, end, &t);
	if (t.n == 0)
		return -1;
	/* "Acme Robotics, Inc. announced": the business by the name it goes by (see register_run) */
	if (t.n >= 3 && aa_corporate_suffix(doc, &t.w[t.n - 1]) && t.w[t.n - 2].capitalized && t.w[t.n - 3].capitalized &&
		!(t.w[t.n - 3].classes & (LX_DETERMINER | LX_ARTICLE | LX_PREPOSITION)))
		t.n--;
	/* ("Jim Sturman QC": see register_run) */
	if (t.n >= 3 && aa_post_nominal(doc, &t.w[t.n - 1]) && t.w[t.n - 2].capitalized && t.w[t.n - 3].capitalized)
		t.n--;
	if (role_end > role_start && !aa_role_is_description(doc, role_start, role_end))
		role_start = role_end = 0;
	else if (role_end > role_start)
		role_end = aa_role_end(doc, role_start, role_end);

	/* "He’s said ...", "I'm old enough ...": the pronoun under the contraction */
	if (t.n == 1 && !(t.w[0].classes & LX_PRONOUN) &&
		(stem_end = aa_contraction_stem_end(doc, &t.w[0])) != t.w[0].cend)
	{
		uint32_t	stem = aa_lex_word(doc->text + t.w[0].cstart, stem_end - t.w[0].cstart);

		if ((stem & LX_PRONOUN) && (stem & (LX_MALE | LX_FEMALE)))
			t.w[0].classes = stem;
		/* "It's", "That’s", "There's", "What's": an expletive, a demonstrative or a question, no one's name */
		else if (stem & (LX_PRONOUN | LX_DETERMINER | LX_ARTICLE | LX_PREPOSITION | LX_ADVERB | LX_CLAUSE_BREAK))
			return -1;
	}
	/* "There have been ...", "Here": an adverb, no one's name */
	if (t.n == 1 && !(t.w[0].classes & LX_PRONOUN) &&
		aa_word_marked(doc, &t.w[0], LM_SENTENCE_OPENER))
		return -1;
	if (t.n == 1 && (t.w[0].classes & LX_PRONOUN))
		ent = resolve_pronoun(doc, start, &t.w[0]);
	/* (with no one named before, the epithet is the name: "a reversal for the Wisconsin Republican") */
	else if (party_epithet(doc, &t) && (ent = person_opening_sentence_before(doc, start)) >= 0)
		;
	else
	{
		bool		determiner = (t.w[0].classes & LX_DETERMINER) != 0;

		/* "The FBI", "the White House"; "the host Steve Doocy" */
		if (determiner && t.n > 1 &&
			(t.w[1].capitalized ||
			 (t.n > 2 && definite(doc, &t.w[0]) && (t.w[1].classes & LX_TITLE) && t.w[2].capitalized)))
			from = 1;
		/* "his wife Mary Smith said", "Her son Toby said": the relative by name (a relation is no role) */
		if (from == 0 && t.n > 2 && (aa_word_is_either(doc, &t.w[0], "his") || aa_word_is_either(doc, &t.w[0], "her")) &&
			!t.w[1].capitalized && t.w[1].cend == t.w[1].end && t.w[2].capitalized && aa_kin_noun(doc, &t.w[1]))
			from = 2;
		from = after_hyphenated_adjective(doc, &t, from, t.n);
		name_at = split_role(doc, &t, from, t.n, &role_start_tok, &role_end_tok, &gender, &firm);
		/* "CNN’s Jake Tapper", "Reuters’ Luciana Lopez": the name is the one after its owner's possessive */
		for (int k = name_at; k < t.n - 1; k++)
			if (owner_possessive(doc, &t.w[k]) && person_named_from(doc, &t, k + 1))
				name_at = k + 1;
		/*
		 * "David French of the National Retail Federation": the person before
		 * the affiliation (a title or a role of the mention's own makes the
		 * words before "of" a person's: "One pastor ..., Darran Whiting of
		 * Liberty Baptist Church"; not after "the": "the Communications
		 * Workers of America, one of the unions")
		 */
		t.n = affiliation_at(doc, &t, name_at, t.n,
							 name_at > from || (role_end > role_start && !(from > 0 && definite(doc, &t.w[0]))));
		if (name_at < t.n)
			t.n = occasion_at(doc, &t, name_at, t.n);
		/*
		 * "Donald Trump Calls Out Ted Cruz": the first person of a headline's
		 * run; "Offensive Things Donald Trump": the only one
		 */
		if (name_at < t.n && (cut = second_name_at(doc, &t, name_at, t.n)) < t.n)
		{
			if (first_name(&t.w[name_at]))
				t.n = cut;
			else
				name_at = cut;
		}

		/*
		 * "the Prime Minister", "the Home Secretary": a title capitalised
		 * after "the", as British news writes it, is no name when someone
		 * named before holds it, or, with a word before the title ("the
		 * Queensland MP"), when it describes the person the sentence before
		 * opened with
		 */
		if (from == 1 && definite(doc, &t.w[0]) && capitalised_title(&t, from) &&
			!aa_word_marked(doc, &t.w[t.n - 1], LM_MEDIA) &&
			((ent = resolve_role_noun(doc, start, &t, from)) >= 0 ||
			 (t.n > 2 && (ent = subject_person_before(doc, start, false, GENDER_UNKNOWN)) >= 0)))
			;
		/* "said the Dane", "the Spaniard said": a nationality for the person the sentence before opened with */
		else if (from == 1 && t.n == 2 && definite(doc, &t.w[0]) &&
				 aa_verb_form_of(doc, &t.w[1], VF_NATIONALITY, true) &&
				 (ent = subject_person_before(doc, start, false, GENDER_UNKNOWN)) >= 0)
			;
		/* a name, after a title that may start in lower case ("former President Bill Clinton") */
		else if ((!t.w[from].capitalized &&
			 !(name_at > from && ((t.w[from].classes & (LX_TITLE | LX_ROLE_MODIFIER)) ||
								  aa_title_modifier(doc, &t.w[from], end)))) ||
			name_at >= t.n || !t.w[t.n - 1].capitalized)
		{
			/* No name: an epithet, a role noun, a country's organ, or an unnamed speaker. */
			const aa_word *head = &t.w[t.n - 1];
			const char *country = NULL;

			for (int k = 0; k < t.n - 1 && country == NULL; k++)
				if (t.w[k].capitalized && aa_stem_end(doc, &t.w[k]) != t.w[k].cend)
				{
					size_t		s = t.w[from].cstart;

					country = aa_lex_country(doc->text + s, aa_stem_end(doc, &t.w[k]) - s);
				}
			if (head->classes & LX_EPITHET_HEAD && determiner && !t.w[t.n - 1].capitalized)
				ent = country_in_focus(doc, start);
			/* ("Britain's health minister" is a person, no country) */
			else if (country && !determiner && !(head->classes & LX_TITLE))
				ent = named_entity(doc, ENT_COUNTRY, country, NULL, 0, GENDER_UNKNOWN, false);
			else if (head->classes & LX_TITLE && definite(doc, &t.w[0]))
			{
				ent = resolve_role_noun(doc, start, &t, from);
				/*
				 * "Morton Blackwell, the Republican National Committeeman
				 * from Virginia, told AFP ... The influential delegate and
				 * conservative activist warned": a description no role
				 * holds stands for the described person who opens the
				 * sentence before (not "this reporter": the writer)
				 */
				if (ent < 0 && !aa_word_marked(doc, head, LM_MEDIA) &&
					(ent = subject_person_before(doc, start, true, GENDER_UNKNOWN)) >= 0 &&
					other_office(doc, entity(doc, ent)->role, &t, from))
					ent = -1;
				if (ent < 0)
					ent = description_before(doc, start, &t, from);
				/*
				 * "Elon Musk said Tesla had no plans ... the Tesla chief
				 * executive told investors": a name in the description that
				 * the sentence before holds ties it to that sentence's
				 * person, role or none (a name, not a party's or a
				 * country's word: "the Democratic nominee", "the American
				 * ambassador")
				 */
				for (int k = from; ent < 0 && k < t.n - 1; k++)
					if (t.w[k].capitalized &&
						!(t.w[k].classes & (LX_TITLE | LX_ARTICLE | LX_DETERMINER | LX_PRONOUN | LX_PREPOSITION)) &&
						!aa_word_marked(doc, &t.w[k], LM_PARTY) && !aa_verb_form_of(doc, &t.w[k], VF_NATIONALITY, true) &&
						aa_lex_country(doc->text + t.w[k].cstart, t.w[k].cend - t.w[k].cstart) == NULL &&
						noun_in_sentence_before(doc, start, &t.w[k]))
						ent = subject_person_before(doc, start, false, GENDER_UNKNOWN);
			}
			else if (head->classes & LX_TITLE)
				ent = appositive_of(doc, start, end);
			/*
			 * "The 31-year-old said", "the big man", "the singer": an age or
			 * a person's noun (PERSON_EPITHETS) after "the" stands for the
			 * person who opens the sentence before, role or none
			 */
			else if (definite(doc, &t.w[0]) && !head->capitalized &&
					 (age_epithet(doc, head) || aa_verb_form_of(doc, head, VF_PERSON_EPITHET, false)) &&
					 !noun_in_sentence_before(doc, start, head))
				ent = subject_person_before(doc, start, false, gender_of(head->classes));
			else if (t.n == 2 && definite(doc, &t.w[0]) && !head->capitalized && head->cend == head->end)
				ent = organisation_in_focus(doc, start, head);
			/* "A former Meta employee told ... the former employee said": the one described before so */
			if (ent < 0 && definite(doc, &t.w[0]) && !head->capitalized && head->cend == head->end)
				ent = description_before(doc, start, &t, from);
			if (ent < 0)
				ent = group_entity(doc, start, end);
		}
		else
		{
			const char *country;
			aa_entity_kind kind = name_kind(doc, &t, name_at, t.n, &country);
			size_t		name_len;
			const char *name;
			int			tail = name_at;

			/*
			 * Lower-case words inside: "Republican contender Donald Trump",
			 * "The movie shows Bob".  When the capitalised words at the end
			 * name someone the article already knows, that is the speaker;
			 * a new entity under the whole phrase would also catch every
			 * later "Trump".  Not after "of the", "for", "at": "Ross
			 * Eisenbrey of the Economic Policy Institute" is no institute.
			 */
			for (int k = name_at; k < t.n; k++)
				if (!t.w[k].capitalized && !is_connector(doc, &t.w[k]))
					tail = k + 1;
			while (tail < t.n && is_connector(doc, &t.w[tail]))
				tail++;
			/* "ranking Democrat Elijah Cummings": the person after the party */
			if (tail + 2 < t.n && first_name(&t.w[tail + 1]) && aa_word_marked(doc, &t.w[tail], LM_PARTY))
				tail++;
			if (tail > name_at && tail < t.n && kind != ENT_COUNTRY &&
				!(t.w[tail - 1].classes & (LX_PREPOSITION | LX_CONNECTOR | LX_DETERMINER)) &&
				/* (nor after an "and" between capitals: "the National Institute for Health and Care Excellence") */
				!(tail - 2 >= name_at && t.w[tail - 2].capitalized && aa_word_is(doc, &t.w[tail - 1], "and")))
			{
				const char *tail_country;
				aa_entity_kind tail_kind = name_kind(doc, &t, tail, t.n, &tail_country);

				name = folded_phrase(doc, t.w[tail].cstart, name_end(doc, &t, tail), &name_len);
				if (tail_kind != ENT_COUNTRY)
					ent = find_person_or_org(doc, name, name_len, tail_kind == ENT_ORG, firm ? gender : GENDER_UNKNOWN);
			}
			/* "Law's advocacy group One Nation": the organisation after a noun of its kind (ORG_KIND_NOUNS) */
			if (ent < 0 && tail > name_at && tail < t.n && kind != ENT_COUNTRY && aa_org_kind_noun(doc, &t.w[tail - 1]))
			{
				name = folded_phrase(doc, t.w[tail].cstart, name_end(doc, &t, tail), &name_len);
				ent = named_entity(doc, ENT_ORG, NULL, name, name_len, GENDER_UNKNOWN, false);
			}
			if (ent < 0)
			{
				name = folded_phrase(doc, t.w[name_at].cstart, name_end(doc, &t, name_at), &name_len);
				ent = named_entity(doc, kind, country, name, name_len, gender, firm);
				if (role_end_tok > role_start_tok && kind == ENT_PERSON)
					entity(doc, ent)->role = copy_phrase(doc, t.w[role_start_tok].cstart, t.w[role_end_tok - 1].cend);
			}
		}
	}
	if (ent < 0)
		return -1;
	if (role_end > role_start && entity(doc, ent)->role == NULL)
		entity(doc, ent)->role = copy_phrase(doc, role_start, role_end);
	return ent;
}

int
aa_entity_first_named(aa_doc *doc, size_t start, size_t end)
{
	int			i = last_event_before(doc, start) + 1;

	if (i < doc->events.n && AA_VEC_AT(&doc->events, aa_event, i).pos < end)
		return AA_VEC_AT(&doc->events, aa_event, i).entity;
	return -1;
}
