/*
 * unit_engine.c — unit tests of the extraction engine, without PostgreSQL.
 *
 * Each test feeds a short text and checks the values that come out: spans
 * (0-based characters), kinds, speakers, mentions, cues, and the statuses of
 * bad input.  The last line is "N passed, N failed"; the exit code is 0 only
 * when nothing failed.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aa_engine.h"
#include "aa_internal.h"		/* the internals tested at the end */
#include "aa_swar.h"

static int passed = 0;
static int failed = 0;
static const char *current = "";

#define CHECK(cond) check((cond), #cond, __LINE__)

static void
check(int ok, const char *what, int line)
{
	if (ok)
		passed++;
	else
	{
		failed++;
		fprintf(stderr, "FAIL %s (line %d): %s\n", current, line, what);
	}
}

static int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

#define CHECK_STR(got, want) check_str((got), (want), #got, __LINE__)

static void
check_str(const char *got, const char *want, const char *what, int line)
{
	if (same(got, want))
		passed++;
	else
	{
		failed++;
		fprintf(stderr, "FAIL %s (line %d): %s is \"%s\", want \"%s\"\n", current, line, what,
				got ? got : "(null)", want ? want : "(null)");
	}
}

/* ---------------------------------------------------------------- allocation */

typedef struct block
{
	struct block *next;
	double		align;
} block;

typedef struct test_ctx
{
	block	   *blocks;
	long		fail_after;		/* allocations before one fails; -1 never */
	int			interrupts_left;	/* keep_going calls before it says stop; -1 never */
} test_ctx;

static void *
t_alloc(void *ctx, size_t size)
{
	test_ctx   *t = ctx;
	block	   *b;

	if (t->fail_after == 0)
		return NULL;
	if (t->fail_after > 0)
		t->fail_after--;
	b = malloc(sizeof(block) + size);
	if (b == NULL)
		return NULL;
	b->next = t->blocks;
	t->blocks = b;
	return b + 1;
}

static void
t_release(void *ctx, void *ptr)
{
	(void) ctx;
	(void) ptr;
}

static bool
t_keep_going(void *ctx)
{
	test_ctx   *t = ctx;

	if (t->interrupts_left < 0)
		return true;
	return t->interrupts_left-- > 0;
}

static test_ctx ctx;
static aa_env env = {t_alloc, t_release, t_keep_going, &ctx};

static void
free_blocks(void)
{
	while (ctx.blocks)
	{
		block	   *n = ctx.blocks->next;

		free(ctx.blocks);
		ctx.blocks = n;
	}
}

static aa_result result;
static const char *text;

static aa_status
run_all(const char *name, const char *t)
{
	free_blocks();
	ctx.fail_after = -1;
	ctx.interrupts_left = -1;
	current = name;
	text = t;
	return aa_extract(t, strlen(t), &env, &result);
}

/* Run, then keep only the quotations in marks (most tests are about them). */
static aa_status
run(const char *name, const char *t)
{
	aa_status	st = run_all(name, t);
	int			n = 0;

	for (int i = 0; i < result.n_quotes; i++)
		if (result.quotes[i].kind != AA_INDIRECT)
			result.quotes[n++] = result.quotes[i];
	result.n_quotes = n;
	return st;
}

/* The content of quote i as a fresh string (freed with the blocks). */
static const char *
content(int i)
{
	static char buf[4096];
	size_t		n = result.quotes[i].byte_end - result.quotes[i].byte_start;

	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, text + result.quotes[i].byte_start, n);
	buf[n] = '\0';
	return buf;
}

/* The first statement of the given kind, or NULL. */
static const aa_quote *
first_of_kind(aa_kind kind)
{
	for (int i = 0; i < result.n_quotes; i++)
		if (result.quotes[i].kind == kind)
			return &result.quotes[i];
	return NULL;
}

/* The n-th statement of a kind, or NULL. */
static const aa_quote *
nth_of_kind(aa_kind kind, int n)
{
	for (int i = 0; i < result.n_quotes; i++)
		if (result.quotes[i].kind == kind && n-- == 0)
			return &result.quotes[i];
	return NULL;
}

/* The first statement whose cue is `cue`, or NULL. */
static const aa_quote *
with_cue(const char *cue)
{
	for (int i = 0; i < result.n_quotes; i++)
		if (same(result.quotes[i].cue, cue))
			return &result.quotes[i];
	return NULL;
}

/* A statement's mention and speaker, or NULL when there is no statement: with_cue's and first_of_kind's. */
static const char *
mention_of(const aa_quote *q)
{
	return q ? q->mention : NULL;
}

static const char *
speaker_of(const aa_quote *q)
{
	return q ? q->speaker : NULL;
}

/* The content of a statement, as a string valid until the next call. */
static const char *
text_of(const aa_quote *q)
{
	static char buf[4096];
	size_t		n = q ? q->byte_end - q->byte_start : 0;

	if (q == NULL)
		return NULL;
	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, text + q->byte_start, n);
	buf[n] = '\0';
	return buf;
}

/* What a statement denies, or NULL (no statement, or no denial). */
static const char *
denied_of(const aa_quote *q)
{
	return q ? q->denied : NULL;
}

static int
denials(void)
{
	int			n = 0;

	for (int i = 0; i < result.n_quotes; i++)
		n += result.quotes[i].is_denial;
	return n;
}

/* The speaker and the role of the first statement found, or NULL when there is none. */
static const char *
speaker_of_first(void)
{
	return result.n_quotes ? result.quotes[0].speaker : NULL;
}

static const char *
role_of_first(void)
{
	return result.n_quotes ? result.quotes[0].role : NULL;
}

/* ---------------------------------------------------------------- tests */

static void
test_curly_after_attribution(void)
{
	CHECK(run("curly, speaker after", "\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes < 1)
		return;
	CHECK_STR(content(0), "We will win,");
	CHECK(result.quotes[0].kind == AA_DIRECT);
	CHECK(result.quotes[0].char_start == 1);
	CHECK(result.quotes[0].char_end == 13);
	CHECK_STR(result.quotes[0].speaker, "Smith");
	CHECK_STR(result.quotes[0].cue, "said");
	CHECK(result.quotes[0].confidence > 0.5f);
	CHECK(result.n_speakers == 1 && result.speakers[0].quotes == 1);

	/* a quotation that runs on into its sentence takes the cue that closes it */
	CHECK(run("quotation runs on, X said", "\xE2\x80\x9CThe court expresses no view on the merits\xE2\x80\x9D of "
			  "the case, the unsigned opinion said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "the unsigned opinion");
	CHECK(run("quotation runs on, said X", "\xE2\x80\x9C" "For teachers, he is saying the right things\xE2\x80\x9D about "
			  "inequality, said Marla Kilfoyle, a union director.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Marla Kilfoyle");
	CHECK(run("quotation, comma, runs on", "\xE2\x80\x9CHe was going to make the name known,\xE2\x80\x9D as his father "
			  "dreamed, Mr. Turry said.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Mr. Turry");
	/* a relative clause after the name may run past the words a closing cue allows */
	CHECK(run("quotation runs on, said X, who", "\"It is stunning,\" since so many of the important cases were decided "
			  "by one vote, said Lee Epstein, who teaches constitutional law and legal institutions at Washington "
			  "University in St. Louis.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Lee Epstein");
	/* not through appositives with commas of their own (the walk would end at "Pa.") */
	CHECK(run("quotation runs on, appositives", "\xE2\x80\x9CI just don't think she's been truthful,\xE2\x80\x9D as "
			  "she put it, Cecelia Purner, 67, a retiree in Allentown, Pa., said.") == AA_OK);
	CHECK(result.n_quotes == 1 && !same(result.quotes[0].mention, "Pa"));
	/* not a cue with a clause of its own, nor one after another quotation */
	CHECK(run("quotation runs on, cue reports", "\xE2\x80\x9CWe won\xE2\x80\x9D was the headline, and Smith said the "
			  "party had changed for good.") == AA_OK);
	CHECK_STR(speaker_of_first(), NULL);
}

/* “...,” a description, a name, cue: the description is a role, unless it relates the speaker to someone */
static void
test_description_then_name(void)
{
	CHECK(run("possessive description", "\"By December, California stuck out as a place to compete,\" Sanders's "
			  "campaign manager, Jeff Weaver, said in an interview.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Jeff Weaver");
	CHECK_STR(role_of_first(), "Sanders's campaign manager");
	CHECK(run_all("possessive description, curly apostrophe", "\"We will win,\" Trump\xE2\x80\x99s former campaign "
				  "manager, Corey Lewandowski, told CNN.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Corey Lewandowski");
	/* an appositive whose relative clause runs to the cue without its closing comma */
	CHECK(run("name, appositive who ..., cue", "\xE2\x80\x9C" "Clinton needs a strategy,\xE2\x80\x9D Nate Silver, the "
			  "polling guru who founded fivethirtyeight.com tweeted on Wednesday.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Nate Silver");
	CHECK(run("pronoun possessive", "\"We will win,\" his wife, Gabriela Lazar, wrote.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Gabriela Lazar");
	CHECK_STR(role_of_first(), NULL);
}

static void
test_straight_inverted(void)
{
	CHECK(run("straight, said X", "\"We will win,\" said John Smith, a senator from Ohio.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes < 1)
		return;
	CHECK_STR(content(0), "We will win,");
	CHECK_STR(result.quotes[0].speaker, "John Smith");
	CHECK_STR(result.quotes[0].role, "a senator from Ohio");
}

static void
test_single_marks(void)
{
	CHECK(run("single marks", "\xE2\x80\x98We have not caved,\xE2\x80\x99 Lynton said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(content(0), "We have not caved,");
}

/*
 * One result of text t (run: quotations in marks; run_all: every kind),
 * with this content and speaker.
 */
static void
check_single(aa_status (*runner) (const char *, const char *), const char *name, const char *t,
			 const char *want_content, const char *want_speaker)
{
	CHECK(runner(name, t) == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes != 1)
		return;
	CHECK_STR(content(0), want_content);
	CHECK_STR(result.quotes[0].speaker, want_speaker);
}

#define check_one_quote(name, t, c, sp) check_single(run, (name), (t), (c), (sp))
#define check_statement(name, t, c, sp) check_single(run_all, (name), (t), (c), (sp))

/* The marks of other typographies, and punctuation outside the marks. */
static void
test_mark_styles(void)
{
	/* „German“ and „Polish” double marks, ‚German‘ single ones, before punctuation too */
	check_one_quote("low-high double", "\xE2\x80\x9EWe will manage this crisis together\xE2\x80\x9C, Merkel said.",
					"We will manage this crisis together", "Merkel");
	check_one_quote("low-high double, terminal", "Merkel said, \xE2\x80\x9EWe will manage this crisis together.\xE2\x80\x9C",
					"We will manage this crisis together.", "Merkel");
	check_one_quote("low-right double", "\xE2\x80\x9EWe will manage this crisis together\xE2\x80\x9D, Merkel said.",
					"We will manage this crisis together", "Merkel");
	check_one_quote("low-high single", "Merkel said, \xE2\x80\x9AWe will manage this crisis together.\xE2\x80\x98",
					"We will manage this crisis together.", "Merkel");
	/* « French » with its spaces, »Danish« and ›nested‹ guillemets, ‹Swiss› ones */
	check_one_quote("spaced guillemets", "The minister said, \xC2\xAB We will manage this crisis together. \xC2\xBB",
					"We will manage this crisis together.", "The minister");
	check_one_quote("spaced guillemets, comma", "\xC2\xAB\xC2\xA0We will manage this crisis together\xC2\xA0\xC2\xBB, the minister said.",
					"We will manage this crisis together", "the minister");
	check_one_quote("reversed guillemets", "\xC2\xBBWe will manage this crisis together\xC2\xAB, the minister said.",
					"We will manage this crisis together", "the minister");
	check_one_quote("single reversed guillemets", "The minister said, \xE2\x80\xBAWe will manage this crisis together.\xE2\x80\xB9",
					"We will manage this crisis together.", "The minister");
	check_one_quote("single guillemets", "The minister said, \xE2\x80\xB9We will manage this crisis together.\xE2\x80\xBA",
					"We will manage this crisis together.", "The minister");
	/* British style: the comma outside the marks */
	check_one_quote("comma outside", "\xE2\x80\x9CWe will manage this crisis together\xE2\x80\x9D, Merkel said.",
					"We will manage this crisis together", "Merkel");
	check_one_quote("comma outside, straight", "\"We will manage this crisis together\", the minister said.",
					"We will manage this crisis together", "the minister");
	CHECK(run("comma outside, descriptor", "\xE2\x80\x9CWe will manage this crisis together\xE2\x80\x9D, "
			  "veteran analyst Charlie Cook wrote.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Charlie Cook");
	/*
	 * A short quotation that opens its sentence is direct when punctuation
	 * sets it off, inside its marks or after them; a fragment after a cue
	 * stays mixed, and a title set off by a comma stays out.
	 */
	{
		static const struct
		{
			const char *name;
			const char *text;
			int			kind;	/* -1: no quotation */
		}			cases[] = {
			{"short, comma inside", "\xE2\x80\x9CWe will win,\xE2\x80\x9D Jane Smith said.", AA_DIRECT},
			{"short, comma outside", "\xE2\x80\x9CWe will win\xE2\x80\x9D, Jane Smith said.", AA_DIRECT},
			{"short, comma outside, straight", "\"We will win\", Jane Smith said.", AA_DIRECT},
			{"short, comma outside, single", "\xE2\x80\x98We will win\xE2\x80\x99, Jane Smith said.", AA_DIRECT},
			{"short, comma outside, low-high", "\xE2\x80\x9EWe will win\xE2\x80\x9C, Jane Smith said.", AA_DIRECT},
			{"short, no punctuation", "\xE2\x80\x9CWe will win\xE2\x80\x9D Jane Smith said.", AA_MIXED},
			{"fragment after a cue", "Jane Smith called it \xE2\x80\x9C" "a disgrace\xE2\x80\x9D, and left.", AA_MIXED},
			{"title, comma outside", "\xE2\x80\x9CThe Interview\xE2\x80\x9D, a film by Sony, was pulled.", -1},
		};

		for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		{
			CHECK(run(cases[i].name, cases[i].text) == AA_OK);
			CHECK(result.n_quotes == (cases[i].kind < 0 ? 0 : 1));
			if (result.n_quotes == 1 && cases[i].kind >= 0)
			{
				CHECK((int) result.quotes[0].kind == cases[i].kind);
				CHECK_STR(result.quotes[0].speaker, "Jane Smith");
			}
		}
	}
	/* an English opening mark after a word still opens (a missing space), it does not close */
	check_one_quote("opening mark after a word", "Smith said\xE2\x80\x9CWe will manage this crisis together.\xE2\x80\x9D",
					"We will manage this crisis together.", "Smith");
}

static void
test_apostrophes(void)
{
	CHECK(run("apostrophes",
			  "Don't worry: it's the U.S.' stance since the '90s, rock'n'roll and rock 'n' roll "
			  "and the \xE2\x80\x98" "90s, don\xE2\x80\x99t you think, said Smith.") == AA_OK);
	CHECK(result.n_quotes == 0);
}

static void
test_nested(void)
{
	CHECK(run("nested", "\xE2\x80\x9CHe told me \xE2\x80\x98never again\xE2\x80\x99 twice,\xE2\x80\x9D she said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(content(0), "He told me \xE2\x80\x98never again\xE2\x80\x99 twice,");

	/* a space between the single mark and the double one around it, at either end */
	CHECK(run("spaced nested close",
			  "\"They treat it like, 'Oh, this is important,' \" Magel said at the rally.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK_STR(content(0), "They treat it like, 'Oh, this is important,'");
		CHECK_STR(result.quotes[0].speaker, "Magel");
	}
	CHECK(run("spaced nested close, curly single, doubled apostrophes",
			  "''I hate the term \xE2\x80\x98Manhattan poor,\xE2\x80\x99 '' she said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(content(0), "I hate the term \xE2\x80\x98Manhattan poor,\xE2\x80\x99");
	CHECK(run("spaced nested open",
			  "\" 'Never again,' he told me, and I believed him,\" Smith said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(content(0), "'Never again,' he told me, and I believed him,");
	/* a mark between spaces with no single mark beside it still pairs with nothing */
	CHECK(run("lone spaced mark", "He said \" nothing \" at all, Smith said.") == AA_OK);
	CHECK(result.n_quotes == 0);
}

static void
test_multi_paragraph(void)
{
	CHECK(run("multi-paragraph",
			  "Sony CEO Michael Lynton said: \xE2\x80\x9C" "First part of it.\n\n"
			  "\xE2\x80\x9C" "Second part of it.\xE2\x80\x9D\n\nThe end.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes < 2)
		return;
	CHECK_STR(content(0), "First part of it.");
	CHECK_STR(content(1), "Second part of it.");
	CHECK_STR(result.quotes[0].speaker, "Michael Lynton");
	CHECK_STR(result.quotes[0].role, "Sony CEO");
	CHECK_STR(result.quotes[1].speaker, "Michael Lynton");
	CHECK_STR(result.quotes[0].cue, "said");
	CHECK(result.quotes[1].cue == NULL);
	CHECK(result.n_speakers == 1 && result.speakers[0].quotes == 2);
}

static void
test_unbalanced(void)
{
	CHECK(run("unbalanced",
			  "\xE2\x80\x9CThis never closes and goes on.\n\n"
			  "President Barack Obama said the plan was \xE2\x80\x9C" "fine\xE2\x80\x9D today.\n\n"
			  "\xE2\x80\x9CThird time,\xE2\x80\x9D he said.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes < 2)
		return;
	CHECK_STR(content(0), "fine");
	CHECK(result.quotes[0].kind == AA_MIXED);
	CHECK_STR(result.quotes[0].speaker, "Barack Obama");
	CHECK_STR(content(1), "Third time,");
	CHECK_STR(result.quotes[1].speaker, "Barack Obama");
	CHECK_STR(result.quotes[1].mention, "he");
}

static void
test_title_not_quote(void)
{
	/* "CLAUSE, as first reported by X.": the source after the clause */
	check_statement("as first reported by", "The super PAC started reserving ad time this week, as first reported by "
					"the New York Times on Tuesday.", "The super PAC started reserving ad time this week",
					"New York Times");
	CHECK(run_all("said, as recalled by", "Talks went on.\n\n\xE2\x80\x9CIt has happened,\xE2\x80\x9D she said, "
				  "as recalled by Walter Hewlett, son of the founder, in a book.") == AA_OK);
	CHECK(result.n_quotes == 1);
	/* a passive with an adverb before its agent reports nothing */
	CHECK(run_all("reported earlier by", "Talks went on.\n\nThe exit polls reported earlier by CNN show a close "
				  "race.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "as X said" and only where or when: the clause before "as", or the one after the aside */
	check_statement("as X reported, time", "They were even discussing a walkout in the event of his ouster, as "
					"Breitbart reported a few days later.", "They were even discussing a walkout in the event of "
					"his ouster", "Breitbart");
	check_statement("as X said, occasion, dash", "Her father also grew up here, as she said at the outset - any "
					"rancor was well concealed.", "Her father also grew up here", NULL);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "she");
	check_statement("given that, as X reported on a day,", "He runs the place, given that, as The Times reported "
					"on Saturday, he has emerged as an adviser.", "he has emerged as an adviser", "Times");
	CHECK(run_all("as X said, occasion, the clause goes on", "Talks went on.\n\nThe fact that the race is close, "
				  "as Cruz said on the radio on Monday, only magnifies the stakes.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* an object after the cue is no aside; nor a reflexive after a participle */
	CHECK(run_all("as X praises an object", "Talks went on.\n\nHe gets loud applause in every speech, as she praises "
				  "his economic record.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? content(0) : NULL, "his economic record");
	/* the clause before "X said" starts past a dateline */
	check_statement("dateline", "WASHINGTON -- A trend of declining deficits will end this year, the budget office "
					"reported on Tuesday.", "A trend of declining deficits will end this year", "the budget office");
	check_statement("agency dateline", "New York (AFP) \xE2\x80\x93 The same frustration could hit America, "
					"Bernie Sanders warned.", "The same frustration could hit America", "Bernie Sanders");
	/* a no-break space inside a phrasal cue, as web text writes it */
	check_statement("according to with a no-break space", "The plan is good, according\xC2\xA0to the report.",
					"The plan is good", "the report");
	CHECK(run("issued a statement with a no-break space", "After the attacks, Trump issued a\xC2\xA0statement, "
			  "\xE2\x80\x9CLast night, our nation was attacked. It was the worst attack.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(speaker_of_first(), "Trump");
	/* a show's title after "on" or a channel's possessive, though the sentence's cue follows the marks */
	CHECK(run_all("show after on", "Talks went on.\n\nAsked during an appearance Friday on \xE2\x80\x9C" "CBS This "
				  "Morning,\xE2\x80\x9D Sanders said he had not heard her.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].kind != AA_MIXED);
	CHECK(run_all("show after channel's", "Talks went on.\n\nSunday on Fox News channel\xE2\x80\x99s \xE2\x80\x9C"
				  "Sunday Morning Futures,\xE2\x80\x9D Rep. Darrell Issa said Clinton was dishonest.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_INDIRECT);

	CHECK(run("title", "He criticized the film, \xE2\x80\x9CThe Interview,\xE2\x80\x9D but said nothing.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run("scare quote", "The so-called \xE2\x80\x9C" "experts\xE2\x80\x9D were wrong again.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* after a work's noun or a medium's possessive, a title keeps the period American style puts inside */
	CHECK(run_all("book, ''Title.''", "Castro's revolution dampened plans to return home, Mr. Rubio said in his "
				  "2012 book, ''An American Son.'' So they stayed.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK(first_of_kind(AA_DIRECT) == NULL && first_of_kind(AA_MIXED) == NULL);
	CHECK(run_all("MSNBC's “Show.”", "Shays was for John Kasich while the governor was in the running, he said "
				  "Wednesday on MSNBC\xE2\x80\x99s \xE2\x80\x9CMorning Joe.\xE2\x80\x9D") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) == NULL && first_of_kind(AA_MIXED) == NULL);
	/* so does a title after "on", or after "with" and a means of speech */
	CHECK(run_all("on “Show.”", "Talks went on.\n\nCarson posted the syllabus and appeared on \xE2\x80\x9C"
				  "Meet the Press.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("interview with “Show.”", "\xE2\x80\x9CHe backs Putin,\xE2\x80\x9D Clinton said in an interview "
				  "with \xE2\x80\x9C" "Fox News Sunday.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	/* a pronoun's capital is a sentence's: "We’ll see," is no title */
	CHECK(run_all("“We’ll see,” when asked", "Sanders had previously said, \xE2\x80\x9CWe\xE2\x80\x99ll see,"
				  "\xE2\x80\x9D when asked whether he would fundraise for other candidates.") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Sanders");
	/* not a quotation that merely follows a noun */
	CHECK(run_all("told the crowd, “Title Case.”", "He told the crowd, \xE2\x80\x9CWe Will Win.\xE2\x80\x9D")
		  == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL);
}

/*
 * Scare quotes in the subject of the cue right after them are no quotation,
 * and the cue reports what follows, with the marks in the speaker's words.
 */
static void
test_scare_quotes_in_subject(void)
{
	static const struct
	{
		const char *name;
		const char *text;
		const char *speaker;
		const char *cue;
	}			cases[] = {
		{"scare subject", "The so-called \xE2\x80\x9C" "experts\xE2\x80\x9D said the plan would fail.",
		"The so-called \xE2\x80\x9C" "experts\xE2\x80\x9D", "said"},
		{"scare subject, possessive", "His \xE2\x80\x9C" "friends\xE2\x80\x9D told reporters the plan would fail.",
		"His \xE2\x80\x9C" "friends\xE2\x80\x9D", "told"},
		{"scare subject, quantifier", "Several \xE2\x80\x9C" "experts\xE2\x80\x9D said the plan would fail.",
		"Several \xE2\x80\x9C" "experts\xE2\x80\x9D", "said"},
		/* the marks stay paired in a name they open inside of */
		{"scare subject, of", "Members of the \xE2\x80\x9CSquad\xE2\x80\x9D said the plan would fail.",
		"Members of the \xE2\x80\x9CSquad\xE2\x80\x9D", "said"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		CHECK(run_all(cases[i].name, cases[i].text) == AA_OK);
		CHECK(result.n_quotes == 1);
		if (result.n_quotes != 1)
			continue;
		CHECK(result.quotes[0].kind == AA_INDIRECT);
		CHECK_STR(content(0), "the plan would fail");
		CHECK_STR(result.quotes[0].mention, cases[i].speaker);
		CHECK_STR(result.quotes[0].speaker, cases[i].speaker);
		CHECK_STR(result.quotes[0].cue, cases[i].cue);
	}

	/* punctuation inside the marks, or a verb between them and the determiner: a quotation */
	CHECK(run("comma inside the marks", "It was to be a \xE2\x80\x9C" "cautionary tale,\xE2\x80\x9D said Susan Crawford, "
			  "the agent.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_MIXED);
	CHECK_STR(speaker_of_first(), "Susan Crawford");
	CHECK(run("verb before the marks", "Many of the sentiments in the U.S. are \xE2\x80\x9C" "based on misunderstandings "
			  "of the kingdom\xE2\x80\x9D said Jon Alterman.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_MIXED);
	CHECK_STR(speaker_of_first(), "Jon Alterman");
	/* no cue after the marks: they stay out, as before */
	CHECK(run("scare quote, no cue", "The so-called \xE2\x80\x9C" "experts\xE2\x80\x9D were wrong again.") == AA_OK);
	CHECK(result.n_quotes == 0);
}

/*
 * A nickname between a first name and a surname is no quotation and stays
 * in the name; so is a title that a comma in its marks sets off between
 * two capitalised words, without joining them.
 */
static void
test_nicknames(void)
{
	CHECK(run_all("nickname", "Former NBA star Earvin \xE2\x80\x9CMagic\xE2\x80\x9D Johnson spoke on Monday. "
				  "\xE2\x80\x9CWe will win,\xE2\x80\x9D Johnson said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? content(0) : NULL, "We will win,");
	CHECK_STR(speaker_of_first(), "Earvin \xE2\x80\x9CMagic\xE2\x80\x9D Johnson");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Johnson");
	CHECK(run_all("nickname of two words", "Dwayne \xE2\x80\x9CThe Rock\xE2\x80\x9D Johnson said he would run.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_INDIRECT);
	CHECK_STR(speaker_of_first(), "Dwayne \xE2\x80\x9CThe Rock\xE2\x80\x9D Johnson");
	CHECK(run_all("title between names", "Friday on CNN\xE2\x80\x99s \xE2\x80\x9CNew Day,\xE2\x80\x9D Sen. Kristen "
				  "Gillibrand told host Chris Cuomo she would win.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_INDIRECT);
	CHECK_STR(speaker_of_first(), "Kristen Gillibrand");
	/* after a determiner it is a group's name, not a nickname */
	CHECK(run_all("the group in marks", "The \xE2\x80\x9CSquad\xE2\x80\x9D said the plan would fail.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_INDIRECT);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "The \xE2\x80\x9CSquad\xE2\x80\x9D");
}

/*
 * Possessives in a speaker's phrase: a plural one ("players’") goes on with
 * the phrase it opens, and after an owner's possessive the speaker is the
 * person named ("CNN’s Jake Tapper" is Jake Tapper), not a role or a kin.
 */
static void
test_possessive_owners(void)
{
	static const struct
	{
		const char *name;
		const char *text;
		const char *speaker;
		const char *mention;
	}			cases[] = {
		{"plural possessive", "The players\xE2\x80\x99 union said the plan would fail.",
		"The players\xE2\x80\x99 union", "The players\xE2\x80\x99 union"},
		{"plural possessive, straight", "Sanders' team said the plan would fail.", "Sanders' team", "Sanders' team"},
		{"owner and person", "CNN\xE2\x80\x99s Jake Tapper said the plan would fail.", "Jake Tapper",
		"CNN\xE2\x80\x99s Jake Tapper"},
		{"owner and a known surname", "Brent Bozell spoke first. The Media Research Center\xE2\x80\x99s Bozell said "
		"the plan would fail.", "Brent Bozell", "The Media Research Center\xE2\x80\x99s Bozell"},
		{"owner and a role", "Chad\xE2\x80\x99s Ambassador to France said the plan would fail.",
		"Chad\xE2\x80\x99s Ambassador to France", "Chad\xE2\x80\x99s Ambassador to France"},
		{"owner and an unknown word", "Trump\xE2\x80\x99s Son said the plan would fail.", "Trump\xE2\x80\x99s Son",
		"Trump\xE2\x80\x99s Son"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		CHECK(run_all(cases[i].name, cases[i].text) == AA_OK);
		CHECK(result.n_quotes == 1);
		if (result.n_quotes != 1)
			continue;
		CHECK_STR(content(0), "the plan would fail");
		CHECK_STR(result.quotes[0].speaker, cases[i].speaker);
		CHECK_STR(result.quotes[0].mention, cases[i].mention);
	}
	/* the owner's person is the one a later surname names */
	CHECK(run_all("owner, then the surname", "CNN\xE2\x80\x99s Jake Tapper said the plan would fail. "
				  "\xE2\x80\x9CIt will,\xE2\x80\x9D Tapper said.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].speaker : NULL, "Jake Tapper");
}

/*
 * "Bernie Sanders of Vermont": the person is Bernie Sanders, whom a later
 * "Sanders" names; "Bank of America" and "the Duchess of Cambridge" stay
 * whole.
 */
static void
test_affiliations(void)
{
	static const struct
	{
		const char *name;
		const char *text;
		const char *speaker;
	}			cases[] = {
		{"person of a state", "Sen. Bernie Sanders of Vermont said the plan would fail.", "Bernie Sanders"},
		{"person of an organisation", "David French of the National Retail Federation said the plan would fail.",
		"David French"},
		{"person of a country", "Angela Merkel of Germany said the plan would fail.", "Angela Merkel"},
		{"organisation", "Bank of America said the plan would fail.", "Bank of America"},
		{"title of a place", "The Duchess of Cambridge said the plan would fail.", "Duchess of Cambridge"},
		{"no first name", "Communications Workers of America said the plan would fail.",
		"Communications Workers of America"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		CHECK(run_all(cases[i].name, cases[i].text) == AA_OK);
		CHECK(result.n_quotes == 1);
		CHECK_STR(speaker_of_first(), cases[i].speaker);
	}
	/* the surname names the person the run named, not "Sanders of Vermont" */
	CHECK(run_all("affiliation, then the surname", "Sen. Bernie Sanders of Vermont spoke on Monday. "
				  "\xE2\x80\x9CWe will win,\xE2\x80\x9D Sanders said. \xE2\x80\x9CSoon,\xE2\x80\x9D he added.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Bernie Sanders");
}

/*
 * A title of a domain before a name ("Secretary of State John F. Kerry"):
 * the name starts at the known first name, and a later surname finds it.
 */
static void
test_title_of_domain(void)
{
	CHECK(run_all("title of a domain", "Secretary of State John F. Kerry said the plan would fail. "
				  "Kerry added that it was over.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	for (int i = 0; i < result.n_quotes; i++)
	{
		CHECK_STR(result.quotes[i].speaker, "John F. Kerry");
		CHECK_STR(result.quotes[i].role, "Secretary of State");
	}
	CHECK(run_all("title of a domain, modifier", "Former Secretary of State Madeleine Albright said the plan "
				  "would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Madeleine Albright");
	CHECK_STR(role_of_first(), "Former Secretary of State");
	/* titles of offices that count votes and bring charges */
	CHECK(run_all("supervisor of elections", "Palm Beach County Supervisor of Elections Susan Bucher said the "
				  "count was done.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Susan Bucher");
	CHECK_STR(role_of_first(), "Palm Beach County Supervisor of Elections");
	/* the last words of a name after a known first name find the person ("Wasserman Schultz") */
	CHECK(run_all("surname of two words", "Debbie Wasserman Schultz spoke on Monday. Wasserman Schultz said the plan "
				  "would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Debbie Wasserman Schultz");
	CHECK(run_all("no first name before them", "Offensive Things Donald Trump Said. Donald Trump said the plan "
				  "would fail.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].speaker : NULL, "Donald Trump");
	/* a party before a name is no part of it, nor a role */
	CHECK(run_all("party before a name", "Republican Donald Trump said the plan would fail. \xE2\x80\x9CWe will win,"
				  "\xE2\x80\x9D Trump said.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	for (int i = 0; i < result.n_quotes; i++)
	{
		CHECK_STR(result.quotes[i].speaker, "Donald Trump");
		CHECK_STR(result.quotes[i].role, NULL);
	}
	CHECK(run_all("party inside a description", "Oversight ranking Democrat Elijah Cummings said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Elijah Cummings");
	/* an occupation before a name is a role ("Comedian Sarah Silverman"); a surname that is one stays a name */
	CHECK(run_all("occupation before a name", "Comedian Sarah Silverman was booed on Monday. Silverman said the "
				  "crowd was ridiculous.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Sarah Silverman");
	CHECK_STR(role_of_first(), "Comedian");
	/* a modifier alone is no role: in "Former Carson advisers" it is the advisers' */
	CHECK(run_all("modifier alone", "Ben Carson spoke on Monday. Former Carson advisers told POLITICO that a "
				  "shakeup was needed. Carson said the team was fine.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].speaker : NULL, "Ben Carson");
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].role : NULL, NULL);
	CHECK(run_all("surname Singer", "Mark Singer spoke on Monday. Mr. Singer said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Mark Singer");
	/* no first name: the title stays whole */
	CHECK(run_all("title of a domain alone", "The Secretary of Defense said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Secretary of Defense");
}

/*
 * A role is the words right before a name or an appositive about it: not
 * the clause a subject phrase ran back over ("Song said ..."), not a
 * relative clause after it ("... who said she planned to demonstrate").
 */
static void
test_role_bounds(void)
{
	const aa_quote *q;

	CHECK(run_all("role after a clause", "Song said Democratic presidential candidate Hillary Clinton had said "
				  "the plan would fail.") == AA_OK);
	q = nth_of_kind(AA_INDIRECT, 1);
	CHECK_STR(q ? q->speaker : NULL, "Hillary Clinton");
	CHECK_STR(q ? q->role : NULL, "Democratic presidential candidate");
	CHECK(run_all("role after a preposition", "Phoenix Mayor Greg Stanton wrote a letter to Attorney General "
				  "Loretta E. Lynch asking for help. Lynch said she would look into it.") == AA_OK);
	q = nth_of_kind(AA_INDIRECT, 1);
	CHECK_STR(q ? q->speaker : NULL, "Loretta E. Lynch");
	CHECK_STR(q ? q->role : NULL, "Attorney General");
	CHECK(run_all("no role after a verb", "In an interview, Mr. Ross said Mr. Obama had told leaders that he "
				  "would not continue the policy.") == AA_OK);
	q = nth_of_kind(AA_INDIRECT, 1);
	CHECK_STR(q ? q->speaker : NULL, "Obama");
	CHECK_STR(q ? q->role : NULL, NULL);
	/* prepositions inside a name, "and" between two roles: kept */
	CHECK(run_all("preposition inside a name", "Centers for Disease Control Director Thomas Frieden said the "
				  "outbreak was over.") == AA_OK);
	CHECK_STR(role_of_first(), "Centers for Disease Control Director");
	CHECK(run_all("two roles", "According to USA TODAY contributor and monetary historian David Marsh, rates have "
				  "moved apart seven times.") == AA_OK);
	CHECK_STR(role_of_first(), "USA TODAY contributor and monetary historian");
	/* two titles under one determiner, no name: one person, whom the description names */
	CHECK(run("two titles, one person", "\"North Korea is a paranoid nation,\" the independent Vermont senator and "
			  "Democratic presidential candidate told ABC.") == AA_OK);
	CHECK_STR(speaker_of_first(), "the independent Vermont senator and Democratic presidential candidate");
	CHECK(run_all("two titles, a known person", "Morton Blackwell, the Republican National Committeeman from "
				  "Virginia, told AFP the race was open. The influential delegate and conservative activist "
				  "warned of a battle ahead.") == AA_OK);
	q = nth_of_kind(AA_INDIRECT, 1);
	CHECK_STR(q ? q->speaker : NULL, "Morton Blackwell");
	/* a second determiner brings in a second person */
	CHECK(run_all("two determiners", "The senator and the governor said the plan would fail.") == AA_OK);
	CHECK(strcmp(speaker_of_first() ? speaker_of_first() : "", "The senator and the governor") != 0);
	/* an appositive's role ends where its relative clause starts, however long that runs */
	CHECK(run("appositive, relative clause", "\xE2\x80\x9CWe will win,\xE2\x80\x9D said Elizabeth Arnold, 32, a former "
			  "staff member for the Sanders campaign in Philadelphia who said she planned to demonstrate "
			  "outside the hall on Monday with many of her old friends from the campaign.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Elizabeth Arnold");
	CHECK_STR(role_of_first(),
			  "a former staff member for the Sanders campaign in Philadelphia");
	CHECK(run_all("appositive before the cue", "Laurence Meyer, a former Fed governor who argued with her, said "
				  "the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Laurence Meyer");
	CHECK_STR(role_of_first(), "a former Fed governor");
}

/*
 * A role noun after "the" may stand for someone named before ("The
 * senator"); after "a", "one", "another" it brings in someone new.  An
 * appositive right after a name, then "who", is that person.
 */
static void
test_indefinite_role_noun(void)
{
	const aa_quote *q;

	CHECK(run_all("the senator", "Senator Jane Smith spoke on Monday. The senator said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Jane Smith");
	CHECK(run_all("a senator", "Senator Jane Smith spoke on Monday. A senator said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "A senator");
	CHECK(run("one adviser", "David Axelrod, a longtime adviser to Barack Obama, spoke first. \xE2\x80\x9CThis is "
			  "eerily similar,\xE2\x80\x9D said one longtime adviser to Bill Clinton.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK(result.n_quotes == 1 && strcmp(result.quotes[0].speaker, "David Axelrod") != 0);
	CHECK(run_all("appositive, then who", "\xE2\x80\x9CWomen are the key,\xE2\x80\x9D says Geoffrey Garin, a "
				  "Democratic pollster who said the race was close.") == AA_OK);
	q = nth_of_kind(AA_INDIRECT, 0);
	CHECK_STR(q ? q->speaker : NULL, "Geoffrey Garin");
	CHECK_STR(q ? q->role : NULL, "a Democratic pollster");
	/* a parenthetical source after a name is someone else */
	CHECK(run("name, a source said", "Clinton, a top aide said, \xE2\x80\x9Cis very confident.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1 && strcmp(result.quotes[0].speaker, "Clinton") != 0);
}

/*
 * A lower-case word before a lower-case title ("campaign manager Robby
 * Mook", "political scientist Christopher Wlezien"), or "the" before one
 * ("the host Steve Doocy"), is the role of the name after it: the speaker
 * is the person, and a later surname finds the same one.
 */
static void
test_lower_case_role_before_name(void)
{
	static const struct
	{
		const char *text;
		const char *speaker;
		const char *role;
	}			cases[] = {
		{"\xE2\x80\x9CWe will win,\xE2\x80\x9D campaign manager Robby Mook said. Mook added that the race was close.",
		"Robby Mook", "campaign manager"},
		{"\xE2\x80\x9CWe will win,\xE2\x80\x9D political scientist Christopher Wlezien told Bloomberg in late May.",
		"Christopher Wlezien", "political scientist"},
		{"\xE2\x80\x9CWe will win,\xE2\x80\x9D the host Steve Doocy said.", "Steve Doocy", "host"},
		/* an indefinite article brings in someone unnamed: "a former Confederate" is no "Confederate" */
		{"\xE2\x80\x9CWe will win,\xE2\x80\x9D a former Confederate said.", "a former Confederate", NULL},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		CHECK(run_all(cases[i].speaker, cases[i].text) == AA_OK);
		for (int k = 0; k < result.n_quotes; k++)
		{
			CHECK_STR(result.quotes[k].speaker, cases[i].speaker);
			CHECK_STR(result.quotes[k].role, cases[i].role);
		}
		CHECK(result.n_quotes >= 1 && result.n_speakers == 1);
	}
}

/*
 * What a name run or a speaker phrase holds besides the name: a time or an
 * occasion after it ("Sean Spicer on Thursday evening", "Trump in his
 * announcement speech"), a month as a date before it ("a June Trump
 * campaign event"), a sentence adverb ("Certainly Donald Trump").
 */
static void
test_name_edges(void)
{
	CHECK(run_all("occasion after a name", "RNC spokesman Sean Spicer on Thursday evening said the party would "
				  "unite. Spicer added that it was strong.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	for (int i = 0; i < result.n_quotes; i++)
	{
		CHECK_STR(result.quotes[i].speaker, "Sean Spicer");
		CHECK_STR(result.quotes[i].role, "RNC spokesman");
	}
	CHECK(run_all("month as a date", "Donald Trump spoke first. At a June Trump campaign event, voters cheered. "
				  "Trump in his announcement speech said a wall would rise. Trump at the time said he would "
				  "win.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Donald Trump");
	CHECK(run_all("month as a date, then the surname", "Donald Trump spoke first. At a June Trump campaign event, "
				  "voters cheered. Trump said a wall would rise.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Donald Trump");
	CHECK(run_all("sentence adverb", "Certainly Donald Trump spoke on Monday. He said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Donald Trump");
	/* a Title Case headline capitalises adverbs of manner; they belong to no name */
	CHECK(run_all("Title Case adverb", "Trump Vehemently Denies Affair Report") == AA_OK);
	CHECK_STR(speaker_of_first(), "Trump");
	CHECK(run_all("Title Case adverb, noun-like cue", "GOP Candidates Resoundingly Reject Minimum Wage "
				  "Claims") == AA_OK);
	CHECK_STR(speaker_of_first(), "GOP Candidates");
	/* a first name in -ly is a name */
	CHECK(run_all("first name in -ly", "Kelly Ayotte spoke on Monday. She said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Kelly Ayotte");
}

/*
 * A party in brackets and its comma before an appositive ("Sen. Claire
 * McCaskill (D-Mo.), who has endorsed Clinton, said") ends the name, as a
 * comma does; an appositive that ends in "who" leads back to its own name
 * ("Marty West, an education professor at Harvard who worked for Sen. Lamar
 * Alexander (R-Tenn.), one of ..., called").
 */
static void
test_bracketed_party_before_appositive(void)
{
	CHECK(run_all("brackets, then who", "Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has "
				  "endorsed Clinton, said the plan would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Claire McCaskill");
	CHECK(run_all("brackets, then a role", "On Friday, Sen. Ted Cruz (R-Texas), also a candidate, said the plan "
				  "would fail.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Ted Cruz");
	CHECK(run_all("appositive ending in who", "Marty West, an education professor at Harvard who worked for Sen. "
				  "Lamar Alexander (R-Tenn.), one of the bill's architects, called it \xE2\x80\x9C" "a significant "
				  "development.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(speaker_of_first(), "Marty West");
}

/*
 * A participle's speaker is the main clause's subject, past a leading phrase
 * of time ("The day before, ..., Mr. Trump was just as blunt, claiming"),
 * which is no clause that ends in a time ("He apologized the next day,
 * saying").  ", however," is an adverbial, no role.
 */
static void
test_participle_subject(void)
{
	CHECK(run_all("the day before", "Donald Trump spoke. The day before, at a rally in Beaumont, Tex., Mr. Trump "
				  "was just as blunt, claiming that Obama wanted to take in refugees.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Donald Trump");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Mr. Trump");
	/* a past tense too short for the -ed test ends the subject; "later" before a verb is no adverbial of time */
	CHECK(run_all("short past tense", "Talks went on.\n\nThe nurse sued, claiming the quarantine violated her "
				  "rights.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "The nurse");
	CHECK(run_all("subject, later, verb", "Talks went on.\n\nThe nurse later sued, claiming the quarantine "
				  "violated her rights.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "The nurse");
	CHECK(run_all("a time phrase without its comma", "Talks went on.\n\nTwo days later he said the plan was "
				  "dead.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "he");
	/* ... which ends with its time word, before the subject of verbs in a row */
	CHECK(run_all("time phrase, verbs in a row", "Talks went on.\n\nA few minutes later they reversed "
				  "themselves, rushed everyone inside and said they will register voters.") == AA_OK);
	CHECK_STR(result.n_quotes ? content(0) : NULL, "they will register voters");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "they");
	/* a capitalised description, then a lower-case one before a title and a name */
	CHECK(run_all("Presumptive Democratic presidential nominee", "Presumptive Democratic presidential nominee Hillary "
				  "Clinton spoke, criticizing the plan as reckless.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Hillary Clinton");
	CHECK_STR(role_of_first(), "Presumptive Democratic presidential nominee");
	CHECK(run_all("the next day", "Glenn Beck spoke. He apologized the next day, saying it was childish to "
				  "call names.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Glenn Beck");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "He");
	CHECK(run_all("however", "Forbes, however, says the fortune is smaller than claimed.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Forbes");
	CHECK_STR(role_of_first(), NULL);
	/* a preposition before the object opens no clause: the participle's subject is the sentence's */
	CHECK(run_all("went after X, calling", "Speaking at a town hall in Salem, Trump went after Bush, calling him "
				  "\xE2\x80\x9C" "a total stiff.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(speaker_of_first(), "Trump");
	/* nor does a relative clause */
	CHECK(run_all("with whom", "Bush also attacked Donald Trump, with whom he clashed at the debate, calling him a "
				  "\xE2\x80\x9Closer.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(speaker_of_first(), "Bush");
	/* a clause opener with a subject and its verb does */
	CHECK(run_all("as X echoed", "Voters cheered, as Mrs. Clinton echoed the criticism, saying it was fair.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Clinton");
	/* no subject the walk can read: the person the sentence names first, not an object named later */
	CHECK(run_all("first named", "On Sunday morning Mr. Trump made a third attempt to deflect Mr. Khan's "
				  "criticism, writing on Twitter that the real issue was terrorism.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Trump");
	/* "Both" opens a subject, not an adverbial to step over; "A month later," is one */
	CHECK(run_all("Both parents", "Both parents stiffened their denunciation of Mr. Trump, saying that he lacked "
				  "the character to be president.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Both parents");
	/* a dateline with its agency in brackets, the place in Title Case */
	CHECK(run_all("dateline (AFP)", "Washington (AFP) \xE2\x80\x93 Hillary Clinton has taken a swipe at Donald "
				  "Trump, saying that his comments do more harm than good.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Hillary Clinton");
	CHECK(run_all("A month later", "Donald Trump spoke. A month later, he paid a visit to the border and explained "
				  "that the plan would work.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Donald Trump");
	/* a subordinate clause hangs on the main one: its subject says nothing */
	CHECK(run_all("after they came out, saying", "Rebecca Bradley apologized for the columns after they came out, "
				  "saying they were old and have \xE2\x80\x9Cnothing to do with who I am.\xE2\x80\x9D") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Rebecca Bradley");
	/* a long subordinate clause before the subject, its own cue in it: the participle is the main clause's */
	CHECK(run_all("While X called for ..., Y ..., noting", "In a September debate, while most of his competitors "
				  "called for a bigger military effort to destroy the Islamic State, also known as ISIS or ISIL, "
				  "Trump hewed more to President Obama's approach, noting that the Syrian leadership and ISIL are "
				  "enemies.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Trump");
	CHECK(run_all("While X called for ..., Y ..., noting (no comma before)", "While most of his competitors called "
				  "for a bigger military effort to destroy the Islamic State, also known as ISIS or ISIL, Trump "
				  "hewed more to President Obama's approach, noting that the Syrian leadership and ISIL are "
				  "enemies.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Trump");
	/* "with NP -ing": the phrase after "with" speaks, not the sentence's subject */
	CHECK(run_all("with NAME asking", "The conversation ended with Maddow asking Clinton pointedly whether she "
				  "would consider a woman as a running mate.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Maddow");
	CHECK(run_all("with 50 percent saying", "Voters view Mrs. Clinton as more prepared for the job, with 50 percent "
				  "saying she is prepared.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "50 percent");
	CHECK(run_all("with NAME adverb -ing", "Trump drew cheers, with Cruz recently promising that he would carpet "
				  "bomb them.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Cruz");
	/* the same after "left" and "found" when a group follows, not a place */
	CHECK(run_all("left N percent of voters saying", "The killings have left 62 percent of voters saying race "
				  "relations are growing worse.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "62 percent of voters");
	CHECK(run_all("left many voters saying", "The ruling left many voters saying the system was rigged.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "many voters");
	CHECK(run_all("left the party saying", "He left the party saying it had abandoned him.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "He");
	/* "There's", "It's" name no one: the name the sentence holds speaks */
	CHECK(run_all("There's ... time for NAME ..., calling", "The race went on.\n\nThere's still time for Sen. Ted "
				  "Cruz to build bridges, even after calling Mitch McConnell a liar.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Ted Cruz");
	/* a name does not run on past a bracket's full stop: "(D-Calif.). There was" */
	CHECK(run_all("(D-Calif.). NAME said", "So did Rep. Xavier Becerra (D-Calif.). Eggleston said the bill was "
				  "dead.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Eggleston");
	/* a noun that may be a cue describes a title before an appositive name */
	CHECK(run_all("NAME's Place state director, NAME, ..., writing", "In early October, Trump\xE2\x80\x99s Virginia state "
				  "director, Mike Rubino, reached out to rVotes, writing in an email: \"We want to utilize this ASAP.\"")
		  == AA_OK);
	CHECK_STR(speaker_of_first(), "Mike Rubino");
	/* an infinitive inside the participle that opens the sentence: the main clause's subject */
	CHECK(run_all("Continuing to explain NP, NAME VERB", "The debate went on.\n\nContinuing to explain his "
				  "perspective, Carson rejected the notion that it was over.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Carson");
	/* in prose, a colon after a clause opens the clause whose subject speaks */
	CHECK(run_all("CLAUSE: NAME has struggled to respond to", "The race went on.\n\nThe confrontation has become a "
				  "flash point in the election: Mr. Trump has plainly struggled to respond to the reproach of a "
				  "military family.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Mr. Trump");
	/* a label and its colon open the sentence before its subject */
	CHECK(run_all("label: subject ... to say", "The race went on.\n\nOne notable trend: Democratic insiders were "
				  "more likely to say Clinton still has a shot.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Democratic insiders");
	/* not a name that speaks ("Hillary: ...") */
	CHECK(run_all("Name: ... to call", "Hillary: Victim's Mother Wrong to Call Me a Liar.\n\nThe debate went on.")
		  == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].mention == NULL || strstr(result.quotes[i].mention, "Mother") == NULL);
	/* ", QUANTIFIER NOUNS -ing": a clause of its own, said by its phrase */
	CHECK(run_all(", both candidates acknowledging", "The two have taken aim at one another, both candidates "
				  "acknowledging that they could meet in the general election.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "both candidates");
	/* a conjunction that opens the sentence is no adverbial: the subject follows it */
	CHECK(run_all("Yet she ..., calling on", "Hillary Clinton spoke. Yet she didn't limit her attacks to Israel "
				  "policy, also calling on attendees to oppose bigotry.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Hillary Clinton");
	CHECK(run_all("And she ..., saying", "Hillary Clinton spoke. And she attacked Israel policy, saying it was wrong.")
		  == AA_OK);
	CHECK_STR(speaker_of_first(), "Hillary Clinton");
	CHECK(run_all("after X died, Y ... by asking", "Two weeks after Justice Antonin Scalia died, Justice Clarence "
				  "Thomas broke a decade-long silence by asking questions from the bench.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Clarence Thomas");
	/* a day before the participle is no name right before it; a long relative clause after the subject */
	CHECK(run_all("NAME, who <25 words>, issued a statement Tuesday saying", "Mr. Trump, who said last week that a "
				  "Mexican-American judge in a case involving Trump University was biased against him because of "
				  "his heritage, issued a statement Tuesday saying, ''I do not feel that one's heritage makes them "
				  "incapable of being impartial.''") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->mention : NULL, "Mr. Trump");
	CHECK(run_all("He sent a memo to NAME in April explaining", "Donald Trump spoke. In response, Trump assured "
				  "voters he'd force Mexico to pay for the wall. He sent a two-page memo to The Washington Post in "
				  "April explaining his plan, which includes confiscating money that migrants send home.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].mention, "He");
	CHECK(run_all("NAME, who <long clause>, has said", "Mrs. Clinton, who doggedly remained in the 2008 primary "
				  "contest against Barack Obama until June despite his insurmountable delegate lead and Democratic "
				  "calls for her to bow out, has said she will not call on Mr. Sanders to withdraw.") == AA_OK);
	CHECK(result.n_quotes >= 2);
	if (result.n_quotes >= 2)
	{
		CHECK_STR(result.quotes[1].cue, "said");
		CHECK_STR(result.quotes[1].mention, "Mrs. Clinton");
	}
	/* a span of time ago between the subject and the cue */
	CHECK(run_all("X less than two weeks ago said", "The State Department less than two weeks ago said for the "
				  "first time that top secret intelligence had passed through the server.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "The State Department");
	/* an aside a preposition opens, longer than the segments the walk reads */
	CHECK(run_all("NAME, in response to <18 words>, accused", "It started last week when Mrs. Clinton, in response "
				  "to Mr. Trump's use of a crude sexual reference to describe her loss to Barack Obama in 2008, "
				  "accused him of having a penchant for sexism.") == AA_OK);
	{
		const aa_quote *q = NULL;

		for (int i = 0; i < result.n_quotes; i++)
			if (result.quotes[i].cue != NULL && strcmp(result.quotes[i].cue, "accused") == 0)
				q = &result.quotes[i];
		CHECK_STR(q ? q->mention : NULL, "Mrs. Clinton");
	}
	/* "and" and a participle go on with the participle before them */
	CHECK(run_all("with X tweeting ... and asking", "Republicans were quick to chime in, with Donald Trump tweeting "
				  "that it was a \"disaster\" for Clinton and asking, \"How can someone with such bad judgement be "
				  "our next president?\"") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->mention : NULL, "Donald Trump");
	/* a cue a possessive makes a noun gives the cues after it no subject */
	CHECK(run_all("over his call for ... and suggested", "Cameron criticised Trump in the British parliament over "
				  "his call for the ban on Muslims and suggested that the New York billionaire would unite Britain "
				  "against him.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].mention : NULL, "Cameron");
	CHECK(run_all("blasted X's call for ..., calling", "The Democratic presidential candidate blasted Trump's call "
				  "for a \"deportation force\" on Wednesday, calling it \"absurd.\"") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].mention : NULL,
			  "The Democratic presidential candidate");
	/* "with" and a list of names: the last speaks, as in "A and B said" */
	CHECK(run_all("with A, B and C saying", "The field is split, with Donald Trump, Mike Huckabee and Chris "
				  "Christie all saying that the rule is fine.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Chris Christie");
	/* an infinitive whose verb's subject opens a clause of its own: that subject speaks */
	CHECK(run_all("as X continue to warn", "Bob Corker is introducing a new bill to impose sanctions on Iran, as "
				  "Republicans continue to warn that the nuclear deal with Iran was a dangerous mistake.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].mention : NULL, "Republicans");
	CHECK(run_all("but X continues to maintain", "Sanders is favored to win a few smaller states, but Clinton "
				  "continues to maintain that her delegate lead is hard to overtake.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].mention : NULL, "Clinton");
	/* not after a possessive: "as a result of Turkey's refusal to acknowledge" */
	CHECK(run_all("as a result of X's refusal to", "Relations soured as a result of Turkey's refusal to acknowledge "
				  "fully the atrocities committed.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].mention == NULL || strstr(result.quotes[i].mention, "result") == NULL);
	/* a cue after "and" inside a relative clause: the name the clause describes */
	CHECK(run_all("NAME, who saw ... and described", "Bujnowski also interviewed Washington Post reporter Ben "
				  "Terris, who saw the incident and described it in print.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Ben Terris");
	CHECK_STR(role_of_first(), "Washington Post reporter");
	/* ", who" after a description between commas: the name it describes, not a capital inside it */
	CHECK(run_all("NAME, the ADJ Republican nominee, who has called", "Donald Trump, the presumptive Republican "
				  "presidential nominee, who has called the notion of global warming a hoax, could win.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Donald Trump");
	CHECK(run_all("NAME, a backer of Sen. NAME, who called on", "Gov. Phil Bryant, a former backer of Sen. Ted Cruz, "
				  "who called on Republicans to back Trump, spoke first.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Phil Bryant");
	/* not a description that opens the sentence */
	CHECK(run_all("The senator, who said", "The senator, who said the bill was dead, left early.") == AA_OK);
	CHECK_STR(speaker_of_first(), "The senator");
}

/* A cue set off by commas inside brackets reports what the brackets hold. */
static void
test_cue_inside_brackets(void)
{
	CHECK(run_all("(CLAUSE, X says)", "She really cared if her low approval ratings (at one point as low as 19%, "
				  "Gutin says) hurt her husband.") == AA_OK);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "at one point as low as 19%");
	CHECK(run_all("(A, X say, B)", "He tells audiences she may be prosecuted over her email server (the existence "
				  "of which, many Democrats say, represents a paradoxical instance of the defensive instinct).")
		  == AA_OK);
	{
		const aa_quote *q = NULL;

		for (int i = 0; i < result.n_quotes; i++)
			if (result.quotes[i].cue != NULL && strcmp(result.quotes[i].cue, "say") == 0)
				q = &result.quotes[i];
		CHECK_STR(q ? text_of(q) : NULL, "the existence of which, many Democrats say, represents a paradoxical "
				  "instance of the defensive instinct");
	}
}

/*
 * A reported clause ends before "and" or "but" that opens a clause with its
 * own subject and cue ("... questions and Gates said ..."), not inside a
 * subject of two ("both he and Rubio promised") or a list ("immigrants and
 * Muslims, and vowed").
 */
static void
test_clause_ends_at_next_cue(void)
{
	const aa_quote *q;

	CHECK(run_all("and X said", "Clinton said Russian services hacked the committee's computers and she accused "
				  "Trump of welcoming it.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? text_of(q) : NULL, "Russian services hacked the committee's computers");
	/* a dash, then a subject and a cue of its own */
	CHECK(run_all("– X saying", "Both men issued a statement expressing optimism about working together "
				  "\xE2\x80\x93 Ryan saying he was encouraged and Trump calling it a great meeting.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? text_of(q) : NULL, "expressing optimism about working together");
	CHECK(run_all("both he and Rubio", "Cruz said both he and Rubio promised to lead the fight against amnesty.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? text_of(q) : NULL, "both he and Rubio promised to lead the fight against amnesty");
	CHECK(run_all("a list, then a verb", "Curbelo has slammed Trump's comments about immigrants and Muslims, and "
				  "vowed not to vote for him.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? text_of(q) : NULL, "Trump's comments about immigrants and Muslims");
	/* the source of the whole sentence after a comma ends the clause */
	CHECK(run_all("..., according to X", "On Monday, Trump said he was happy to see that Khan was voted in, "
				  "according to The New York Times.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? text_of(q) : NULL, "he was happy to see that Khan was voted in");
	CHECK(run_all("..., said X", "Mr. Obama warned the Chinese leader not to move on the shoal, said an official.") == AA_OK);
	CHECK(result.n_quotes == 2);
	q = nth_of_kind(AA_INDIRECT, 1);
	CHECK_STR(q ? text_of(q) : NULL, "the Chinese leader not to move on the shoal");
	CHECK_STR(q ? q->speaker : NULL, "Obama");
	/* a participle after the comma is no source */
	CHECK(run_all("..., said to be", "He said the men, said to be armed, had fled.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? text_of(q) : NULL, "the men, said to be armed, had fled");
}

/*
 * A word that is a noun as often as a verb ("continues", "claims") after a
 * capitalised word is an adjective's noun after a quantifier or a
 * preposition ("many Asian states", "After ISIS Claims of Beheading Her"),
 * a verb after "then".
 */
static void
test_noun_verb_after_name(void)
{
	CHECK(run_all("and then X continues:", "The crowd waited.\n\nThe crowd cheers, and then Wallnau continues: "
				  "\xE2\x80\x9CGod has given this man an anointing.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Wallnau");
	/* before a title, an auxiliary or "and" such a word is a noun; after a subject pronoun a verb */
	CHECK(run_all("state senator", "The race went on.\n\nAndrew Rice, a former Oklahoma state senator who ran for "
				  "the Senate in 2008, spoke. Wisconsin state Rep. David Bowen came too. Rust Belt states have "
				  "suffered, and his comments are similar to hers.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* a relative clause, "like" or (after "states") a verb in the past follows the noun */
	CHECK(run_all("states that, like, remained", "The race went on.\n\nRust Belt states that have suffered "
				  "voted. The data covers Republican states like Arizona and Georgia. Some states remained too "
				  "close to call.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("he states that", "The race went on.\n\nHe states that no one may campaign there.") == AA_OK);
	CHECK_STR(result.n_quotes ? content(0) : NULL, "no one may campaign there");
	CHECK(run_all("who he claims has", "The race went on.\n\nHis beef was with Megyn Kelly, who he claims has been "
				  "unfair to him.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "claims");
	/* "called" after an object that "a" opens names it; a subject's "called" reports */
	CHECK(run_all("a firm called", "The race went on.\n\nThe campaign made inquiries with other vendors, including "
				  "a firm called Cambridge Analytica, which is owned by a donor. Barden now helps lead a program "
				  "called Sandy Hook Promise.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("A spokesman called", "A spokesman called the report false. The senator called Trump a "
				  "liar.") == AA_OK);
	CHECK(result.n_quotes == 2);
	/* a participle that opens its sentence goes on from the sentence before */
	CHECK(run_all("X stated .... Adding, “...”", "The race went on.\n\nMaher stated that the report was not good. "
				  "Adding, \xE2\x80\x9CWhat they actually do is never that bad.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Maher");
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->cue : NULL, "Adding");
	/* a plural name after "the" right after a quotation is a subject: "the Saudis state" */
	CHECK(run_all("“...,” the Saudis state", "The race went on.\n\n\xE2\x80\x9CThe kingdom is one of the leading "
				  "nations in combating terrorism,\xE2\x80\x9D the Saudis state in the white paper.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "the Saudis");
	/* after "saying his", the noun opens the clause the participle reports; it is no cue of its own */
	CHECK(run_all("saying his comment “...”", "The race went on.\n\nJessica Mackler issued a statement saying his "
				  "comment \"has absolutely no place in American democracy\" and said leaders will pay.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].mention, "Jessica Mackler");
	CHECK_STR(first_of_kind(AA_MIXED) ? first_of_kind(AA_MIXED)->cue : NULL, "saying");
	/* "add to" and "agree to" a thing: no words reported; "added that", "agreed to debate" report */
	CHECK(run_all("adding to her run", "Hillary Clinton wins the primary in North Carolina, adding to her run of "
				  "victories in the South.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("agreed to a moratorium", "Mr. Netanyahu finally agreed to a 10-month moratorium on "
				  "settlements.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("adding that", "Clinton won, adding that the South had been good to her.") == AA_OK);
	CHECK(result.n_quotes == 1);
	/* a cue word as the adjective of a noun (NOT_CUES) */
	CHECK(run_all("pledged delegates", "The race went on.\n\nClinton leads Sanders by 271 pledged delegates, and "
				  "the figures include pledged delegates and superdelegates.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("pledged to", "Sanders pledged to fight on to the convention in July and to win the "
				  "nomination.") == AA_OK);
	CHECK(result.n_quotes == 1);
	/* a reporting gerund after a preposition reports, but not after "without", "from" or "of" */
	CHECK(run_all("by saying", "The list was long.\n\nObama punctuated his list by saying \xE2\x80\x9CToo "
				  "many.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Obama");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "saying");
	CHECK(run_all("before adding", "Trump praised the judges before adding that the court had made a terrible "
				  "mistake.") == AA_OK);
	{
		const aa_quote *q = nth_of_kind(AA_INDIRECT, result.n_quotes - 1);

		CHECK_STR(q ? q->cue : NULL, "adding");
		CHECK_STR(q ? text_of(q) : NULL, "the court had made a terrible mistake");
	}
	CHECK(run_all("without saying", "Trump left the stage without saying whether the court had made a terrible "
				  "mistake.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* an article, a noun, such a word and a quotation: the word is the verb */
	CHECK(run_all("The ad claims “...”", "The ad ran in Ohio.\n\nThe ad claims \xE2\x80\x9CJeb is the conservative you "
				  "can trust.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "The ad");
	CHECK(run_all("investigative reports ''...''", "The company called the two lengthy investigative reports "
				  "''misleading and unfair.''") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].cue == NULL || strcmp(result.quotes[i].cue, "reports") != 0);
	CHECK(run_all("After X Claims of", "Rehana Is Alive and Fighting, After ISIS Claims of Beheading Her") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].cue == NULL || strcmp(result.quotes[i].cue, "Claims") != 0);
}

/*
 * "issued a statement", "released the following statement": a cue that
 * ends in its noun; a participle after it reports what follows, and a
 * phrase of time is no statement.
 */
static void
test_statement_cues(void)
{
	CHECK(run_all("issued the following statement", "The attack shocked Munich.\n\nDonald Trump issued the following "
				  "statement: \xE2\x80\x9COur prayers are with all those affected by the attacks.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Donald Trump");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "issued the following statement");
	CHECK(run_all("released a statement Wednesday saying", "The town released a statement Wednesday saying "
				  "Trump\xE2\x80\x99s comments were wrong.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "saying");
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "Trump\xE2\x80\x99s comments were wrong");
	CHECK(run_all("issued a statement on Friday", "The White House issued a statement on Friday.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("issued a statement at the outset", "The committee released a statement at the outset of the "
				  "party\xE2\x80\x99s convention on Monday morning in Philadelphia.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("called for denying", "Mike Huckabee called for denying entry to travelers from those "
				  "countries.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "denying entry to travelers from those countries");
}

/*
 * "Mr. Trump, asked about ..., had said": a question put to the one named
 * before it, not one he asked; its clause is no role of his either.
 */
static void
test_asked_aside(void)
{
	const aa_quote *q;

	CHECK(run_all("asked aside", "The issue came up after Mr. Trump, asked about the deaths of journalists, had "
				  "said, \xE2\x80\x9CI think our country does plenty of killing also.\xE2\x80\x9D") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK(q != NULL);
	CHECK_STR(q ? q->cue : NULL, "asked");
	CHECK_STR(q ? q->speaker : NULL, NULL);
	q = first_of_kind(AA_DIRECT);
	CHECK_STR(q ? q->speaker : NULL, "Trump");
	CHECK_STR(q ? q->role : NULL, NULL);
	CHECK(run("asked aside after an inverted cue", "\xE2\x80\x9C" "Forget about it,\xE2\x80\x9D said Ben Carson, "
			  "asked about his claims of a scholarship.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Ben Carson");
	CHECK_STR(role_of_first(), NULL);
	/* asked with an object after a comma: the subject asked */
	CHECK(run_all("asked with an object", "Smith stood up, asked the mayor about the budget, and sat down.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].cue == NULL || strcmp(result.quotes[i].cue, "asked") != 0 ||
			  (result.quotes[i].speaker && strcmp(result.quotes[i].speaker, "Smith") == 0));
	/* a party and a state set off by commas, in the Times' style */
	CHECK(run_all("Republican of", "Senator Shelley Moore Capito, Republican of West Virginia, said the bill would "
				  "pass.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Shelley Moore Capito");
	CHECK(run_all("Republican of, quotation", "The vote was close.\n\nDashing into a luncheon, Senator Shelley "
				  "Moore Capito, Republican of West Virginia, called over her shoulder, ''His comments are not "
				  "helping.''") == AA_OK);
	CHECK_STR(speaker_of_first(), "Shelley Moore Capito");
	/* a description with a title and someone's possessive, then the name: the description is the role */
	CHECK(run_all("possessive description", "The vote was close.\n\n\xE2\x80\x9C" "Eventually, positions are gonna "
				  "soften,\xE2\x80\x9D California Rep. Duncan Hunter\xE2\x80\x99s chief of staff, Joe Kasper, told "
				  "reporters.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Joe Kasper");
	CHECK_STR(role_of_first(), "California Rep. Duncan Hunter\xE2\x80\x99s chief of staff");
	/* an appositive that ends in brackets, then its comma */
	CHECK(run_all("bracket, comma", "Jeff Bechdel, chairman of America Rising (a Republican PAC), said the plan "
				  "failed.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Jeff Bechdel");
	CHECK_STR(role_of_first(), "chairman of America Rising (a Republican PAC)");
	/* not an aside in brackets that opened before the comma */
	CHECK(run_all("aside, comma", "The campaign, pushing the idea through surrogates (like top aide David Plouffe, "
				  "who called Trump a psychopath), has repeatedly emphasized that the threats are personal.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].speaker == NULL || strcmp(result.quotes[i].speaker, "David Plouffe") != 0 ||
			  strcmp(result.quotes[i].cue, "emphasized") != 0);
	/* a description, then a name that may carry its affiliation and place */
	CHECK(run_all("of ..., given name", "Wednesday, however, the director of the Federal Bureau of Investigation, "
				  "James B. Comey, said that the messages were private.") == AA_OK);
	CHECK_STR(speaker_of_first(), "James B. Comey");
	CHECK(run_all("name of affiliation", "Another pollster, David Woodard of Clemson University, said his survey "
				  "showed the support holding steady.") == AA_OK);
	CHECK_STR(speaker_of_first(), "David Woodard");
	CHECK_STR(role_of_first(), "Another pollster");
	CHECK(run_all("name of affiliation in place", "One pastor supporting Mr. Cruz, Darran Whiting of Liberty "
				  "Baptist Church in Marion, said he had made more than 150 calls.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Darran Whiting");
	/* a place that continues a segment still does */
	CHECK(run_all("of a place, state", "Cory James, 22, of Flint, Mich., said the water was still bad.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Cory James");
	/* a participle's clause set off by commas is no role, and may stand between the name and the next segment */
	CHECK(run_all("speaking, no role", "Trump, speaking at a rally in Wilmington, warned that the judges would "
				  "block gun rights.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Trump");
	CHECK_STR(role_of_first(), NULL);
	CHECK(run_all("participle, then a description", "Sen. Chuck Grassley, facing a spirited Democratic challenge "
				  "in Iowa, a swing state, said he would welcome Cruz.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Chuck Grassley");
	CHECK(run_all("managing director", "Ken Sena, managing director and consumer internet analyst at Evercore, said "
				  "the reach was hard to replicate.") == AA_OK);
	CHECK_STR(role_of_first(), "managing director and consumer internet analyst at Evercore");
	/* telling someone, as told: the clause starts after the addressee and the day */
	CHECK(run_all("telling reporters on Thursday", "The city reacted, with McCain telling reporters on Thursday he "
				  "viewed Obama as responsible for the attack.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL,
			  "he viewed Obama as responsible for the attack");
	/* a role ends before "whom" as before "who" */
	CHECK(run_all("whom", "Corey Lewandowski, a Manafort rival whom Trump fired a few weeks ago, said the aide "
				  "should be held to account.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Corey Lewandowski");
	CHECK_STR(role_of_first(), "a Manafort rival");
}

/*
 * A quotation's own comma before an inverted cue ("Clinton “drew well from
 * white voters,” said professor Paul Beck.") sets off no appositive: the
 * speaker follows the cue, and "Clinton said professor Paul Beck" is no
 * statement.  After an aside that holds a quotation ("Mr. Manafort, citing
 * “the unique magic of Trump,” said ...") the subject is still before it.
 */
static void
test_quotation_comma_before_cue(void)
{
	CHECK(run_all("mixed, then said X", "Clinton \xE2\x80\x9C" "drew quite well from white voters,\xE2\x80\x9D said "
				  "professor Paul Beck.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Paul Beck");
	CHECK(result.n_quotes && result.quotes[0].kind == AA_MIXED);
	CHECK(run_all("mixed, more, then said X", "Clinton \xE2\x80\x9C" "drew quite well from white voters\xE2\x80\x9D in "
				  "the primary, said professor Paul Beck.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Paul Beck");
	CHECK(run_all("aside with a quotation", "Mr. Manafort, citing \xE2\x80\x9Cthe unique magic of Trump,\xE2\x80\x9D "
				  "said the candidate could win in Pennsylvania.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->speaker : NULL, "Manafort");
	/* two verbs of one subject: the words after the second are its object */
	CHECK(run_all("praises, laments", "Ken Starr praises, laments Bill Clinton's legacy.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(strcmp(result.quotes[i].speaker ? result.quotes[i].speaker : "", "Bill Clinton's legacy") != 0);
}

/*
 * A Title Case headline or a title in marks runs names and other words
 * together ("Ted Cruz Hints Trump Would ...", "Jeb Bush Hits Marco Rubio On
 * ...", "the Real Donald Trump"): such a run is no person of its own, whom
 * every later surname would name; in prose a name of three words stays whole
 * ("Billie Jean King").
 */
static void
test_headline_runs(void)
{
	CHECK(run_all("known name, verb, surname", "Ted Cruz spoke on Monday. Donald Trump spoke too.\n\nTed Cruz Hints "
				  "Trump Would Get Border Wall Contract\n\n\xE2\x80\x9CWe will build it,\xE2\x80\x9D Trump said.") == AA_OK);
	/* (the headline is a statement of its own now that "Hints" is a cue: the quotation is the last) */
	CHECK_STR(result.n_quotes ? result.quotes[result.n_quotes - 1].speaker : NULL, "Donald Trump");
	CHECK(run_all("name, verb, first name", "Marco Rubio spoke on Monday. Jeb Bush spoke too.\n\nJeb Bush Hits "
				  "Marco Rubio On Abortion\n\n\xE2\x80\x9CHe is wrong,\xE2\x80\x9D Rubio said.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Marco Rubio");
	CHECK(run_all("title in marks", "Donald Trump spoke on Monday. An aide published \xE2\x80\x9CTrumped! The Inside "
				  "Story of the Real Donald Trump.\xE2\x80\x9D Trump said the book was wrong.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->speaker : NULL, "Donald Trump");
	/* an adjective of an office after a title names no one; the name after the title's noun does */
	CHECK(run_all("Vice Presidential", "Trump postponed a news conference concerning his Vice Presidential "
				  "announcement. \xE2\x80\x9CShe was there,\xE2\x80\x9D she said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), NULL);
	CHECK(run_all("Vice Presidential candidate", "Vice Presidential candidate Tim Kaine said the ticket was "
				  "strong.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Tim Kaine");
	CHECK_STR(role_of_first(), "Vice Presidential candidate");
	CHECK(run_all("three words in prose", "Billie Jean King said the plan would fail. King added that it was "
				  "over.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	CHECK_STR(speaker_of_first(), "Billie Jean King");
}

/* An article alone is no speaker, and "Rumor:" labels a headline without naming one. */
static void
test_no_speaker_words(void)
{
	CHECK(run_all("The only state", "Talks went on.\n\nThe only state holding a semi-open primary Tuesday was Rhode "
				  "Island, which Sanders won.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("The dispute", "Talks went on.\n\nThe dispute also highlights the possibility that accountability "
				  "reporting is being funded in new ways.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(strcmp(result.quotes[i].speaker ? result.quotes[i].speaker : "", "The") != 0);
	CHECK(run_all("Rumor:", "Rumor: Apple to hold event this month to unveil a new laptop") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("Report:", "Report: Walker to speak at Republican National Convention.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Report");
	/* an inverted cue, then a role noun of an organisation: the clause before is what is said */
	check_statement("said a spokesman for", "The agency had a voice in the decisions, said a spokesman for the "
					"Justice Department.", "The agency had a voice in the decisions", "a spokesman");
	check_statement("role, organisation, name", "He also had a voice in decisions about investments in Ukraine, "
					"said a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn, who also ran.",
					"He also had a voice in decisions about investments in Ukraine", "a former spokesman");
	/* a relative clause describes the speaker after an inverted cue */
	check_statement("said X who", "The plan will fail because the money ran out, said an American official who "
					"was briefed on the details.", "The plan will fail because the money ran out",
					"an American official");
	/* a short clause before "X said." reports when it has a verb; "On Friday, he said." has none */
	check_statement("short clause before cue", "The plan will fail, a source said.", "The plan will fail", "a source");
	CHECK(run_all("short phrase before cue", "Talks went on.\n\nOn Friday, he said.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("short clause, cue set off", "Talks went on.\n\nThe presumed adjustment, they concluded, never "
				  "happened.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? content(0) : NULL, "The presumed adjustment, they concluded, never happened");
	/* a day right after the cue is the cue's; a participle after its noun reports nothing */
	check_statement("day after cue", "The company announced Friday it would close the plant.",
					"it would close the plant", "The company");
	check_statement("day before infinitive", "Sanders pledged Saturday to rid the world of the group.",
					"Saturday to rid the world of the group", "Sanders");
	CHECK(run_all("participle after its noun", "Talks went on.\n\nThe tentative deal, announced Friday, would last "
				  "four years. A megamerger announced Monday would turn Pfizer into an Irish company.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("day, then only a phrase", "Talks went on.\n\nRubio said Sunday in Virginia as the crowd "
				  "roared.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "state" between a place and a capitalised word is a noun */
	CHECK(run_all("place state Senate", "Talks went on.\n\nHassan was elected to the New Hampshire state Senate in "
				  "2004, and Vermont state Senate candidate Chris Pearson joined her.") == AA_OK);
	CHECK(result.n_quotes == 0);
	check_statement("plural subject states", "The Saudis state Iran is behind the attacks.",
					"Iran is behind the attacks", "Saudis");
	/* a cue, then only prepositional phrases set off by a comma: nothing reported after it */
	CHECK(run_all("phrases after a cue", "Talks went on.\n\nThe plan would \xE2\x80\x9C" "end health care,\xE2\x80\x9D "
				  "Clinton declared in an interview Thursday, in the latest escalation of words.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_MIXED);
	CHECK(run_all("phrase, then a clause", "Talks went on.\n\nThey have harsh things to say about their enemies, in "
				  "private they often reach out to them.") == AA_OK);
	CHECK(result.n_quotes == 1);
	check_statement("gerund after the preposition", "The candidate insisted on building a wall on the border, "
					"despite his critics.", "on building a wall on the border, despite his critics", "The candidate");
	/* an -ing cue after a word of degree is an adjective */
	CHECK(run_all("most telling", "Talks went on.\n\nThe most telling promise she has made is that she will not "
				  "overpromise. Perhaps more telling, though, were the shows they named.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("telling after a subject", "Talks went on.\n\nShe was telling voters that she would win.") == AA_OK);
	CHECK(result.n_quotes == 1);
	/* a verb whose past is its present ends a subject: "The investigation undercut many" */
	CHECK(run_all("undercut", "Talks went on.\n\nThe investigation undercut many of her statements to explain "
				  "her decision to rely on the server.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "The investigation");
}

/*
 * A pronoun with a contracted "is" opens a clause, not a speaker ("...,
 * Says She's Safe"), and counts as two words of it ("says she's safe").
 */
static void
test_pronoun_contraction(void)
{
	CHECK(run_all("says she's safe", "Talks went on.\n\nGill Rosenberg, a woman feared kidnapped, says she's "
				  "safe.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Gill Rosenberg");
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "she's safe");
	CHECK(run_all("Says She's Safe", "Gill Rosenberg, Canadian-Israeli Woman Feared Kidnapped By ISIS, Says "
				  "She's Safe") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(strcmp(result.quotes[i].speaker ? result.quotes[i].speaker : "", "She's Safe") != 0);
	/* "It's rubbish that ..." labels what follows false, as "It is rubbish that ..." does */
	CHECK(run_all("it's rubbish that", "It's rubbish that Robert Plant turned down the offer, says publicist") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK_STR(speaker_of_first(), "publicist");
}

/*
 * A short sentence after a quotation attributes it only in its paragraph:
 * the next paragraph's "The opposition disagreed." reacts to it, and
 * "Costa reported from Washington." is the writer's byline.
 */
static void
test_sentence_after_in_paragraph(void)
{
	CHECK(run("after, same paragraph", "Jane Smith spoke first. \xE2\x80\x9CIs that all there is?\xE2\x80\x9D "
			  "Trump said.") == AA_OK);
	CHECK_STR(result.n_quotes == 1 ? result.quotes[0].speaker : NULL, "Trump");
	CHECK(run("after, next paragraph", "The minister said: \xE2\x80\x9CWe will not give in.\n\n"
			  "\xE2\x80\x9CWe will fight on.\xE2\x80\x9D\n\nThe opposition disagreed.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "The minister");
	CHECK(run("byline", "\xE2\x80\x9CWe have a process,\xE2\x80\x9D Jane Smith said. \xE2\x80\x9CIt is called "
			  "an election.\xE2\x80\x9D\n\nCosta reported from Washington.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Jane Smith");
}

/* A month after a first name ends the name ("Theresa May"), unless a day follows it. */
static void
test_month_surnames(void)
{
	CHECK(run_all("month as surname", "Prime Minister Theresa May spoke on Monday. "
				  "\xE2\x80\x9CWe will win,\xE2\x80\x9D the prime minister said. May said the plan would work.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Theresa May");
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].mention : NULL, "May");
	CHECK(run_all("month as surname, pronoun", "Theresa May said the plan would fail. "
				  "\xE2\x80\x9CWe will win,\xE2\x80\x9D she added.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].speaker : NULL, "Theresa May");
	/* a date: "May 5" after a name, "In May" before one */
	CHECK(run_all("month as date", "Senator Jane Smith May 5 met donors. \xE2\x80\x9CWe will win,\xE2\x80\x9D "
				  "Smith said. In May, the minister said the plan would fail.") == AA_OK);
	CHECK(result.n_quotes == 2);
	CHECK_STR(result.n_quotes == 2 ? result.quotes[0].speaker : NULL, "Jane Smith");
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].speaker : NULL, "the minister");
	/* after an inverted cue: "said Theresa May", not "Theresa" */
	CHECK(run_all("month as surname after cue", "\xE2\x80\x9CWe will win,\xE2\x80\x9D said Theresa May. "
				  "The plan is good, said Prime Minister Theresa May, in London.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Theresa May");
	CHECK_STR(result.n_quotes == 2 ? content(1) : NULL, "The plan is good");
	CHECK(run("month as date after cue", "\xE2\x80\x9CWe will win,\xE2\x80\x9D said Smith May 5.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Smith");
}

/* "said Will Doyle": a capitalised auxiliary opens a name after a cue; "Says Will Run" in Title Case does not */
static void
test_auxiliary_given_names(void)
{
	CHECK(run("auxiliary as given name", "\xE2\x80\x9CIt is a business model,\xE2\x80\x9D said Will Doyle, "
			  "a professor of higher education.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Will Doyle");
	CHECK_STR(result.n_quotes > 0 ? result.quotes[0].role : NULL, "a professor of higher education");
	CHECK(run_all("auxiliary as surname before a finite cue", "Columnist George Will wrote a column. "
				  "\xE2\x80\x9CThis might hasten the eclipse of Trump,\xE2\x80\x9D Will wrote. "
				  "In his column, Will urged the party to abandon him.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "George Will");
	CHECK(run("auxiliary opening a sentence", "He left. Having announced that he would stay, the judge "
			  "proceeded.") == AA_OK);
	CHECK(result.n_quotes == 0);
	check_statement("auxiliary before a cue", "Trump will say the plan is good.", "the plan is good", "Trump");
	CHECK(run("auxiliary before a word of a class", "\xE2\x80\x9CIt is a business model,\xE2\x80\x9D said "
			  "Will Not.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].speaker == NULL);
}

static void
test_mixed(void)
{
	CHECK(run("mixed", "North Korea called the accusations \xE2\x80\x9Cgroundless slander\xE2\x80\x9D on Saturday.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes < 1)
		return;
	CHECK(result.quotes[0].kind == AA_MIXED);
	CHECK_STR(result.quotes[0].speaker, "North Korea");
	CHECK_STR(result.quotes[0].cue, "called");
	/* a cue with no speaker of its own inside another's clause: the outer cue's speaker */
	CHECK(run("cue inside a clause", "Sanders said he wants a party platform that calls for \xE2\x80\x9C" "a $15 "
			  "minimum wage, an end to our disastrous trade policies.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].speaker : NULL, "Sanders");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "said");
	/* not a work's title: "in his book “Backfire.”" */
	CHECK(run("title after a work noun", "Hewlett told the story, which is recounted in his book \xE2\x80\x9C"
			  "Backfire: Carly Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 0);
}

static void
test_addressee(void)
{
	CHECK(run("addressee",
			  "Earlier, Kim Song, a North Korean diplomat, denied it, telling the Associated Press: "
			  "\xE2\x80\x9CThere is no connection.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes < 1)
		return;
	CHECK_STR(result.quotes[0].speaker, "Kim Song");
	CHECK_STR(result.quotes[0].role, "a North Korean diplomat");
	CHECK_STR(result.quotes[0].cue, "telling");
}

/* "told X CLAUSE": the clause starts after whom it is told to */
static void
test_told_whom(void)
{
	check_statement("told reporters", "Joe Wilson told reporters the bill was dead.", "the bill was dead", "Joe Wilson");
	check_statement("told him", "Joe Wilson told him the bill was dead.", "the bill was dead", "Joe Wilson");
	check_statement("told a name", "Joe Wilson told The Washington Post the bill was dead.", "the bill was dead",
					"Joe Wilson");
	check_statement("told the crowd", "Joe Wilson told the crowd he would win.", "he would win", "Joe Wilson");
	check_statement("told a group", "Joe Wilson told Trump supporters there was still time.", "there was still time",
					"Joe Wilson");
	check_statement("told ... on Friday", "Joe Wilson told reporters on Friday the bill was dead.", "the bill was dead",
					"Joe Wilson");
	check_statement("told ... that", "Joe Wilson told Fox News on Sunday that the bill was dead.", "the bill was dead",
					"Joe Wilson");
	/* the other verbs of address */
	check_statement("assured him", "Mr. Netanyahu assured him it was done without his knowledge.",
					"it was done without his knowledge", "Netanyahu");
	check_statement("warned voters", "Joe Wilson warned voters the bill was dead.", "the bill was dead", "Joe Wilson");
	/* not where the addressee may go on, nor an order */
	check_statement("told a longer name", "Wilson told The Post and Courier newspaper that he voted for Rubio.",
					"he voted for Rubio", "Wilson");
	check_statement("told ... not to", "He told Megyn Kelly not to worry about it.", "Megyn Kelly not to worry about it",
					NULL);
}

/* "“...”\n\n- Hillary Clinton.": a credit line after a paragraph of quotation names its speaker */
static void
test_credit_line(void)
{
	CHECK(run("credit line", "\"I went to Wall Street before the crash. I was the one saying you're going to wreck "
			  "the economy.\"\n\n- Hillary Clinton.\n\nClinton tends to overstate it.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Hillary Clinton");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, NULL);
	CHECK(run("credit line with a description", "\"Great speech. She's tested. She's ready.\"\n\n-President "
			  "Obama, tweeting after Clinton's speech.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "President Obama");
	/* not a dash that opens prose, nor after a quotation that does not end its paragraph */
	CHECK(run("dash, then prose", "\"It was a great day for all of us,\" he said.\n\n- The rally ended at "
			  "ten and the crowd went home.") == AA_OK);
	CHECK_STR(speaker_of_first(), NULL);
	CHECK(run("quotation inside its paragraph", "The crowd chanted \"It was a great day for all of us\" "
			  "for an hour.\n\n- Hillary Clinton.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(!same(result.quotes[i].speaker, "Hillary Clinton"));
}

/* "The company's chief executive, Tim Cook, said": the description before the name is the role */
static void
test_description_before_name(void)
{
	/* a descriptor word that is also a reporting verb ("state"): not the quotation's cue */
	CHECK(run("noun-or-verb descriptor", "\xE2\x80\x9CWe are tying their hands,\xE2\x80\x9D state lawmaker "
			  "Jason Holsman said.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Jason Holsman");
	CHECK(run("noun-or-verb before a title", "\xE2\x80\x9CWe are tying their hands,\xE2\x80\x9D state Sen. "
			  "Jason Holsman (D) said about halfway through.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Jason Holsman");
	/* a noun-or-verb cue that ends the sentence after its quotation and subject */
	CHECK(run("noun-or-verb cue ends sentence", "\xE2\x80\x9CShe will stand up to the gun lobby,\xE2\x80\x9D "
			  "a voice-over in the ad states.") == AA_OK);
	CHECK_STR(speaker_of_first(), "a voice-over in the ad");
	CHECK_STR(result.n_quotes > 0 ? result.quotes[0].cue : NULL, "states");
	CHECK(run("noun after an earlier cue", "\xE2\x80\x9CWe are strong,\xE2\x80\x9D he said of the two states.") == AA_OK);
	CHECK_STR(result.n_quotes > 0 ? result.quotes[0].cue : NULL, "said");
	/* a passive frame around a participle cue after the quotation: its subject speaks */
	CHECK(run("quoted as saying", "\xE2\x80\x9COur method succeeds,\xE2\x80\x9D Braynard is quoted as "
			  "saying.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Braynard");
	CHECK_STR(result.n_quotes > 0 ? result.quotes[0].cue : NULL, "saying");
	CHECK(run("heard asking", "\xE2\x80\x9CShould there be a database?\xE2\x80\x9D a reporter can be heard "
			  "asking Trump after an event.") == AA_OK);
	CHECK_STR(speaker_of_first(), "a reporter");
	/* the one quoted is the object here, not the paper: no speaker rather than the wrong one */
	CHECK(run("quoted with an object", "\xE2\x80\x9COur method succeeds,\xE2\x80\x9D the paper quoted him as "
			  "saying.") == AA_OK);
	CHECK_STR(speaker_of_first(), NULL);
	/* two names joined by "and" after the mark: the last speaks, as before a reported clause */
	CHECK(run("names joined after quotation", "\xE2\x80\x9CHe is filled with resentment,\xE2\x80\x9D "
			  "Edward-Isaac Dovere and Gabriel Debenedetti wrote.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Gabriel Debenedetti");
	CHECK(run("described names joined", "\xE2\x80\x9CTritium would help,\xE2\x80\x9D nuclear experts "
			  "David Albright and Serena Smith wrote in September.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Serena Smith");
	/* a description whose word is also a cue ("state"), then an appositive of both */
	CHECK(run("cue word describes the first name", "\"We can only wonder,\" state Senate leader Phil Berger and "
			  "House Speaker Tim Moore, both Republicans, said in a statement.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Tim Moore");
	CHECK(run("lower-case first conjunct", "\xE2\x80\x9CThe plan is good,\xE2\x80\x9D the senator and his "
			  "wife said.") == AA_OK);
	CHECK_STR(speaker_of_first(), NULL);
	check_statement("possessive description", "The company's chief executive, Tim Cook, said the factory would stay open.",
					"the factory would stay open", "Tim Cook");
	CHECK_STR(role_of_first(), "The company's chief executive");
	check_statement("name's possessive", "Merkel\xE2\x80\x99s spokesman, Steffen Seibert, told reporters that the "
					"chancellor would attend.", "the chancellor would attend", "Steffen Seibert");
	CHECK_STR(role_of_first(), "Merkel\xE2\x80\x99s spokesman");
	CHECK(result.n_speakers == 1);
	CHECK_STR(result.n_speakers ? result.speakers[0].role : NULL, "Merkel\xE2\x80\x99s spokesman");
	check_statement("article and title", "A spokesman, John Doe, said the senator was traveling.",
					"the senator was traveling", "John Doe");
	CHECK_STR(role_of_first(), "A spokesman");
	/* after the name: past an age; a place or a circumstance is no role, an organisation is */
	CHECK(run("age, then role", "\xE2\x80\x9CWe are not going to back down,\xE2\x80\x9D said Smith, 45, "
			  "a teacher from Ohio.") == AA_OK);
	CHECK_STR(role_of_first(), "a teacher from Ohio");
	CHECK(run("age, then place", "\xE2\x80\x9CWe are not going to back down,\xE2\x80\x9D said Harry Bond, 52, "
			  "of Raleigh.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Harry Bond");
	CHECK_STR(role_of_first(), NULL);
	check_statement("circumstance", "Donald Trump, in a brief interview on Saturday, said the plan was dead.",
					"the plan was dead", "Donald Trump");
	CHECK_STR(role_of_first(), NULL);
	check_statement("organisation", "Jane Roe, of the Heritage Foundation, said the plan was dead.",
					"the plan was dead", "Jane Roe");
	CHECK_STR(role_of_first(), "of the Heritage Foundation");
	/* a relation is no title, nor is a word of time */
	check_statement("his wife", "His wife, Gabriela Lazar, said the senator was traveling.",
					"the senator was traveling", "Gabriela Lazar");
	CHECK_STR(role_of_first(), NULL);
	check_statement("yesterday", "Yesterday, Ari Fleischer, said the report was fair.", "the report was fair",
					"Ari Fleischer");
	CHECK_STR(role_of_first(), NULL);
}

/* ", who said X," reports X, up to the comma before the main clause's verb */
static void
test_relative_clause_cue(void)
{
	CHECK(run_all("who has denied", "Johnson, who has denied the allegations, said he would fight the charges.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
	{
		CHECK_STR(content(0), "the allegations");
		CHECK(result.quotes[0].is_denial);
		CHECK_STR(content(1), "he would fight the charges");
		CHECK_STR(result.quotes[1].speaker, "Johnson");
	}
	check_statement("who said, then the main verb", "Smith, who said the plan was flawed, voted against it.",
					"the plan was flawed", "Smith");
	check_statement("which X said", "The policy changes, which officials said will go into effect next month, "
					"will not apply to all of them.", "will go into effect next month", "officials");
	/* a list inside the clause: its commas are no end of it */
	check_statement("who said A, B and C", "Smith, who said that taxes, spending and debt were too high, voted "
					"against it.", "taxes, spending and debt were too high, voted against it", "Smith");
	/* "The senator, who said": the phrase that opens the sentence, not its first word */
	check_statement("the senator, who", "The senator, who told reporters the bill was dead, left early.",
					"the bill was dead", "The senator");
}

/* "The Kremlin on Monday dismissed": a day between the subject and its cue is no part of the speaker */
static void
test_day_before_cue(void)
{
	check_statement("on Monday", "Hillary Clinton on Tuesday said the talks would resume.", "the talks would resume",
					"Hillary Clinton");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Hillary Clinton");
	check_statement("earlier Thursday", "Gowdy earlier Thursday said the talks would resume.", "the talks would resume",
					"Gowdy");
	check_statement("in April", "The campaign in April explained that the talks would resume.",
					"the talks would resume", "The campaign");
}

/* "officials who spoke on condition of anonymity said": the phrase before "who" speaks */
static void
test_anonymous_sources(void)
{
	check_statement("who spoke anonymously", "A White House official who spoke anonymously said the talks would resume.",
					"the talks would resume", "A White House official");
	check_statement("who spoke on condition of anonymity", "A White House official who spoke on condition of "
					"anonymity said the talks would resume.", "the talks would resume", "A White House official");
	check_statement("who requested anonymity", "A senior adviser who requested anonymity said the talks would resume.",
					"the talks would resume", "A senior adviser");
	check_statement("who asked not to be named", "Two officials who asked not to be named said the talks would resume.",
					"the talks would resume", "Two officials");
	check_statement("who declined to be identified", "A diplomat who declined to be identified said the talks "
					"would resume.", "the talks would resume", "A diplomat");
	/* asking for anonymity reports nothing */
	CHECK(run_all("requested anonymity", "One former executive, who requested anonymity to avoid damaging his "
				  "business, said the talks would resume.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(!same(result.quotes[i].cue, "requested"));
	CHECK(run_all("asked not to be named", "He asked not to be named.") == AA_OK);
	CHECK(result.n_quotes == 0);
}

/* "posted" introduces what is posted; a capitalised cue that names organisations ends a name */
static void
test_posted(void)
{
	CHECK(run("posted:", "Along with the photo, Volker Beck posted: \"We are not mourning, we are celebrating!\"") == AA_OK);
	CHECK_STR(speaker_of_first(), "Volker Beck");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "posted");
	CHECK(run("..., X posted", "\"We are not mourning, we are celebrating!\" Sarah Palin posted.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Sarah Palin");
	/* an introducing cue after a quotation set off by its comma may go on with where and when */
	CHECK(run("posted on Facebook", "\xE2\x80\x9CNote to terrorists: over my dead body,\xE2\x80\x9D Palin posted via "
			  "Facebook and Twitter Monday.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Palin");
	CHECK(run_all("posted a photo", "Palin posted a photo on Facebook.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("posted a loss", "The company posted a loss of $2 billion for the quarter.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("posted bail", "He posted bail on Friday and left the jail.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "Islamic State", "Iowa State", "the New York Post": no cue */
	CHECK(run_all("Islamic State", "Islamic State fighters seized the town, witnesses said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "said");
	CHECK(run_all("Title Case State", "Morning Email: President Obama\xE2\x80\x99s Last State Of The Union\n\n"
				  "The president speaks tonight.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(!same(result.quotes[i].cue, "State"));
}

/* "Sen. Mitch McConnell, R-Ky., said": a party and state are no speaker */
static void
test_party_tags(void)
{
	check_statement("party tag, said", "Sen. Mitch McConnell, R-Ky., said the bill was dead.", "the bill was dead",
					"Mitch McConnell");
	check_statement("party tag, state abbreviation", "Rep. Joe Wilson, R-S.C., said the bill was dead.",
					"the bill was dead", "Joe Wilson");
	check_statement("party tag, state", "Sen. Ted Cruz, R-Texas, said the bill was dead.", "the bill was dead", "Ted Cruz");
	check_statement("party tag in brackets", "Sen. Jack Reed (D-R.I.), said on Tuesday that he had not read the plan.",
					"he had not read the plan", "Jack Reed");
	CHECK(run("party tag, after a quotation", "\"That is not the view of Republicans,\" Senate Majority Leader "
			  "Mitch McConnell, R-Ky., said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Mitch McConnell");
	CHECK_STR(role_of_first(), "Senate Majority Leader");
}

static void
test_according_to(void)
{
	CHECK(run("according to", "According to Senator Jane Doe, the bill is \xE2\x80\x9C" "dead on arrival.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes < 1)
		return;
	CHECK_STR(result.quotes[0].speaker, "Jane Doe");
	CHECK_STR(result.quotes[0].cue, "According to");
}

/* n quotations in marks, the first said by speaker (and role, cue: when not NULL). */
static void
check_first_quote(int n, const char *speaker, const char *role, const char *cue)
{
	CHECK(result.n_quotes == n);
	if (result.n_quotes < 1)
		return;
	CHECK_STR(result.quotes[0].speaker, speaker);
	if (role)
		CHECK_STR(result.quotes[0].role, role);
	if (cue)
		CHECK_STR(result.quotes[0].cue, cue);
}

static void
test_colon_and_added(void)
{
	CHECK(run("colon, added",
			  "Mr Obama said he was sympathetic but added: \xE2\x80\x9CI wish they had spoken to me first.\xE2\x80\x9D") == AA_OK);
	check_first_quote(1, "Obama", NULL, "added");
	CHECK(result.n_quotes < 1 || result.quotes[0].kind == AA_DIRECT);

	/* a description set off by commas before the name: the name speaks, the description is the role */
	CHECK(run("description, name, cue", "The man was led out.\n\n\"He deserved it,\" the assailant, John McGraw, "
			  "told reporters after the confrontation.") == AA_OK);
	check_first_quote(1, "John McGraw", "the assailant", "told");
	CHECK(run("lower-case description, name, cue", "\"Loud footsteps upstairs could shake the races below,\" "
			  "veteran analyst Charlie Cook wrote.") == AA_OK);
	check_first_quote(1, "Charlie Cook", NULL, "wrote");
	CHECK(run("a title in marks before a description", "The \xE2\x80\x9COrange Is the New Black\xE2\x80\x9D "
			  "star Selenis Leyva described herself as a fighter.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("description, name, cue: no reported clause",
				  "\"He deserved it,\" the assailant, John McGraw, told reporters after the confrontation.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);

	/* "X smiled and said": the clause's subject, not that of a cue in a clause before it */
	CHECK(run("smiled and said", "Hillary Clinton spoke on Monday. When asked whom she supported, Ms. Sherry smiled "
			  "and said, \xE2\x80\x9CI am waiting for Michael Bloomberg to get in the race.\xE2\x80\x9D") == AA_OK);
	check_first_quote(1, "Sherry", NULL, "said");

	/* a paragraph that ends with a cue and a colon introduces the quotation that opens the next */
	CHECK(run("cue, colon, next paragraph", "The Times made the same allegations, and Breitbart News responded:\n\n"
			  "\xE2\x80\x9CIf there are people who are prone to terror, the solution is not to punish millions.\xE2\x80\x9D")
		  == AA_OK);
	check_first_quote(1, "Breitbart News", NULL, "responded");
	/* a topic after the cue ("said about ...:") may run long before the colon */
	CHECK(run("said about TOPIC, colon, next paragraph", "In a release, the committee said about its inclusion of "
			  "Planned Parenthood in the latest draft of its platform:\n\n\xE2\x80\x9CThe platform goes further than "
			  "any before it.\xE2\x80\x9D") == AA_OK);
	check_first_quote(1, "the committee", NULL, "said");
	/* the addressee and how it was received before the colon: no clause of the telling's own */
	CHECK(run_all("told whom, how, colon", "The speech went on.\n\nObama told his Democratic audience, to rowdy "
				  "applause:\n\n\xE2\x80\x9CThere has never been anyone more qualified.\xE2\x80\x9D") == AA_OK);
	check_first_quote(1, "Obama", NULL, "told");

	/* a participle after "“...,” said X": X, not a word inside the quotation */
	CHECK(run_all("said X, urging", "\xE2\x80\x9COh, let him make that decision,\xE2\x80\x9D said Vice President Joe Biden, "
				  "urging those calling for his withdrawal to wait.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Joe Biden");

	CHECK(run("said his friend", "\"It may have been his first attempt,\" said his best friend at Lehigh.") == AA_OK);
	check_first_quote(1, "his best friend", NULL, "said");

	/* "continued" is a cue after a quotation when it ends the sentence, not before an object */
	CHECK(run("quote, she continued", "Jane Doe spoke in Iowa on Friday. \xE2\x80\x9CWe will win this state,\xE2\x80\x9D "
			  "she continued. \xE2\x80\x9CThe polls are wrong.\xE2\x80\x9D") == AA_OK);
	check_first_quote(2, "Jane Doe", NULL, "continued");
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Jane Doe");
	CHECK(run_all("continued + object", "After the debate, \xE2\x80\x9Cthe crowd\xE2\x80\x9D he began to address was gone. "
				  "He continued his push on Twitter.") == AA_OK);
	CHECK(result.n_quotes == 0);
}

static void
test_pronouns(void)
{
	CHECK(run("pronoun resolves",
			  "US President Barack Obama spoke on Friday.\n\n"
			  "\xE2\x80\x9CI think they made a mistake,\xE2\x80\x9D he said. \xE2\x80\x9CWe cannot allow it.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes < 2)
		return;
	CHECK_STR(result.quotes[0].speaker, "Barack Obama");
	CHECK_STR(result.quotes[0].mention, "he");
	CHECK_STR(result.quotes[0].role, "US President");
	CHECK_STR(result.quotes[1].speaker, "Barack Obama");
	CHECK(result.quotes[1].cue == NULL);

	CHECK(run("pronoun without antecedent", "\xE2\x80\x9CIt was fine,\xE2\x80\x9D he said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes < 1)
		return;
	CHECK(result.quotes[0].speaker == NULL);
	CHECK_STR(result.quotes[0].mention, "he");
	CHECK(result.quotes[0].confidence < 0.5f);

	CHECK(run("pronoun gender",
			  "Senator Hillary Clinton met Bernie Sanders.\n\n\xE2\x80\x9CIt went well,\xE2\x80\x9D she said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Hillary Clinton");

	/* a he or she after a quotation goes on with its speaker, unless someone else is named between */
	CHECK(run("pronoun continues the quoted speaker", "Bozell thinks Cruz will win his battle with Donald Trump.\n\n"
			  "\xE2\x80\x9CThere are two big differences,\xE2\x80\x9D Bozell says.\n\n"
			  "\xE2\x80\x9C" "Cruz is responding with humor,\xE2\x80\x9D he adds.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Bozell");
	CHECK(run("pronoun after another person named", "Bozell thinks Cruz will win his battle with Donald Trump.\n\n"
			  "\xE2\x80\x9CThere are two big differences,\xE2\x80\x9D Bozell says. Donald Trump disagreed.\n\n"
			  "\xE2\x80\x9C" "Cruz is weak,\xE2\x80\x9D he said.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Donald Trump");

	/* a name inside the quotation is no antecedent of the pronoun that says it */
	CHECK(run("pronoun, name inside the quotation", "Pat Feinstein spoke on Tuesday.\n\n"
			  "\xE2\x80\x9CI don't know anything about Jake Sullivan and the emails,\xE2\x80\x9D she said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Pat Feinstein");
}

static void
test_metonym_and_epithet(void)
{
	CHECK(run("metonym",
			  "North Korea was blamed. Pyongyang warned of \xE2\x80\x9Cgrave consequences\xE2\x80\x9D if talks failed. "
			  "The secretive state said the claims were \xE2\x80\x9Cgroundless slander\xE2\x80\x9D.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes < 2)
		return;
	CHECK_STR(result.quotes[0].speaker, "North Korea");
	CHECK_STR(result.quotes[0].mention, "Pyongyang");
	CHECK_STR(result.quotes[1].speaker, "North Korea");
	CHECK_STR(result.quotes[1].mention, "The secretive state");
	CHECK(result.n_speakers == 1);
}

static void
test_role_noun(void)
{
	CHECK(run("role noun",
			  "Sony Pictures CEO Michael Lynton spoke. The Sony boss said the firm would look at "
			  "\xE2\x80\x9C" "alternative platforms\xE2\x80\x9D soon.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Michael Lynton");
}

static void
test_character_offsets(void)
{
	/* "Café " is five characters but six bytes. */
	CHECK(run("offsets", "Caf\xC3\xA9 \xE2\x80\x9COl\xC3\xA9 ol\xC3\xA9 ol\xC3\xA9,\xE2\x80\x9D Smith said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes < 1)
		return;
	CHECK(result.quotes[0].char_start == 6);
	CHECK(result.quotes[0].char_end == 18);
	CHECK(result.quotes[0].byte_start == 9);
}

static void
test_bad_input(void)
{
	CHECK(run("empty", "") == AA_OK);
	CHECK(result.n_quotes == 0 && result.n_speakers == 0);
	CHECK(run("invalid UTF-8", "ok \xFF then") == AA_ERR_BAD_UTF8);
	CHECK(result.error_offset == 3);
	CHECK(run("truncated sequence", "ok \xE2\x80") == AA_ERR_BAD_UTF8);
	CHECK(run("surrogate", "x \xED\xA0\x80 y") == AA_ERR_BAD_UTF8);
}

static char *
repeat(const char *unit, int times)
{
	size_t		n = strlen(unit);
	char	   *s = malloc(n * (size_t) times + 1);

	for (int i = 0; i < times; i++)
		memcpy(s + n * (size_t) i, unit, n);
	s[n * (size_t) times] = '\0';
	return s;
}

static void
test_many_marks(void)
{
	char	   *marks = repeat("\"", 100000);
	char	   *nested = repeat("\xE2\x80\x9C", 50000);
	char	   *article = repeat("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said. ", 20000);

	CHECK(run("100000 straight marks", marks) == AA_OK);
	CHECK(run("50000 opening marks", nested) == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run("20000 quotes", article) == AA_OK);
	CHECK(result.n_quotes == 20000);
	CHECK(result.n_speakers == 1);
	free(marks);
	free(nested);
	free(article);
}

static void
test_failures_injected(void)
{
	char	   *big = repeat("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said.\n\n", 40000);
	aa_status	st;

	free_blocks();
	ctx.fail_after = 3;
	ctx.interrupts_left = -1;
	current = "allocation failure";
	text = big;
	st = aa_extract(big, strlen(big), &env, &result);
	CHECK(st == AA_ERR_NOMEM);

	free_blocks();
	ctx.fail_after = -1;
	ctx.interrupts_left = 1;
	current = "cancellation";
	st = aa_extract(big, strlen(big), &env, &result);
	CHECK(st == AA_ERR_CANCELLED);
	free(big);
	free_blocks();
}

/* ---------------------------------------------------------------- reported speech and denials */

/* One reported statement: the first indirect one of `text`; a NULL field is not checked. */
typedef struct indirect_case
{
	const char *name;
	const char *text;
	const char *content;
	const char *speaker;
	const char *mention;
	const char *cue;
} indirect_case;

static const indirect_case indirect_cases[] = {
	{"said that", "Barack Obama said that North Korea was responsible for the attack.",
	"North Korea was responsible for the attack", "Barack Obama", NULL, "said"},
	/* once the clause has its verb, a "that" is a determiner or opens a clause inside it */
	{"that as a determiner", "The mayor said the students were absent that day.",
	"the students were absent that day", NULL, "The mayor", "said"},
	{"that after the clause's verb", "Twitter said it had expanded the teams that review reports of abuse.",
	"it had expanded the teams that review reports of abuse", "Twitter", NULL, "said"},
	{"said it was clear that", "Comey said there was clear evidence that Clinton was careless.",
	"there was clear evidence that Clinton was careless", NULL, NULL, "said"},
	{"that after an addressee and a time", "The senator told reporters on Friday that the bill would pass.",
	"the bill would pass", NULL, "The senator", "told"},
	/* a name and its appositive before the cue: not "CLAUSE, said X" */
	{"name, role, said clause", "John Kasich, a Republican, said the Khan family deserved better.",
	"the Khan family deserved better", "John Kasich", NULL, "said"},
	{"name, role, criticized object", "Martha Allen, a delegate from Vermont, criticized her state's gun laws.",
	"her state's gun laws", "Martha Allen", NULL, "criticized"},
	{"clause, said name, role", "Cruz lacks support in Congress, whom he has alienated, said Larry Sabato, a professor.",
	"Cruz lacks support in Congress, whom he has alienated", "Larry Sabato", NULL, "said"},
	/* an aside between dashes before the cue */
	{"subject, dashes, said", "Many speakers at the service \xE2\x80\x94 including Muslims, Christians and Jews "
	"\xE2\x80\x94 said the death was painful.", "the death was painful", NULL, "Many speakers at the service", "said"},
	{"subject, double hyphens, said", "Three in five insiders across the four states -- and two-thirds of "
	"Republicans -- said Trump cannot be toppled.", "Trump cannot be toppled", NULL,
	"Three in five insiders across the four states", "said"},
	/* after a form of "be" the cue is passive: its subject is no speaker */
	{"passive, then according to", "The price of the resort was not disclosed, although the company invested "
	"$20 million, according to Mr. Hedge.", NULL, "Hedge", NULL, "according to"},
	{"progressive is active", "The senator was saying that the plan would fail.", "the plan would fail", NULL,
	"The senator", "saying"},
	{"perfect is active", "The senator has been saying that the plan would fail.", "the plan would fail", NULL,
	"The senator", "saying"},
	/* a phrase of time between the subject and its cue */
	{"in the past said", "Gore's close friends have in the past said he was staying quiet.",
	"he was staying quiet", NULL, "Gore's close friends", "said"},
	{"X last week said", "Senator Dianne Feinstein last week said Clinton was not the originator of the emails.",
	"Clinton was not the originator of the emails", "Dianne Feinstein", NULL, "said"},
	/* a share of those polled */
	{"N in M said", "More than 4 in 10 said Donald Trump would be best at handling the economy.",
	"Donald Trump would be best at handling the economy", NULL, "4 in 10", "said"},
	{"N% say", "Among young voters, 42% say they are liberal.", "they are liberal", NULL, "42%", "say"},
	/* an accusation reports what someone says of another */
	{"accused X of", "Sanders accused Clinton of being too reliant on Wall Street.",
	"Clinton of being too reliant on Wall Street", "Sanders", NULL, "accused"},
	{"has accused, object first", "Clinton met the senator she has accused of impugning her integrity.",
	"of impugning her integrity", NULL, "she", "accused"},
	/* the words after a colon, in no marks */
	{"said and a colon", "The senator said: the plan will fail within a year.",
	"the plan will fail within a year", NULL, "The senator", "said"},
	{"clause, X said", "The plan will fail within a year, the senator from Ohio said.",
	"The plan will fail within a year", NULL, "the senator from Ohio", NULL},
	/* an age between the name and the role */
	{"name, age, role, said", "Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted change.",
	"she wanted change", "Roxana M. Leon", NULL, "said"},
	/* a place after "of" / "from" and a comma belongs to the appositive, not the name */
	{"name, age, of city, state, said", "Cory James, 22, of Flint, Mich., said he had not given up hope.",
	"he had not given up hope", "Cory James", NULL, "said"},
	{"name, role from city, state, said", "Jane Doe, a teacher from Flint, Michigan, said she had hope.",
	"she had hope", "Jane Doe", NULL, "said"},
	{"adverbial with city, state", "At a campaign event in St. Clairsville, Ohio, Brenda Johnson railed against "
	"immigrants, and explained how much it upset her.", "how much it upset her", "Brenda Johnson", NULL, "explained"},
	/* a cue set off by commas inside the sentence reports all of it; after "X said," what follows */
	{"parenthetical cue", "The bigger risk, he said, is a clash caused by the paramilitary ships.",
	"The bigger risk, he said, is a clash caused by the paramilitary ships", NULL, "he", "said"},
	{"said, then the clause", "She said, the Christians and Muslims do not mix much.",
	"the Christians and Muslims do not mix much", NULL, "She", "said"},
	{"clause, X told ADDRESSEE", "The plan will fail within a year, the senator told reporters on Friday.",
	"The plan will fail within a year", NULL, "the senator", "told"},
	/* inverted: the speaker after the cue is no clause */
	{"clause, said X", "The plan is dead and buried, said Jane Doe.",
	"The plan is dead and buried", "Jane Doe", NULL, "said"},
	{"clause, said X, role", "The plan is dead and buried, said Jane Doe, the mayor of the city.",
	"The plan is dead and buried", "Jane Doe", NULL, "said"},
	{"clause, says X in PLACE", "Even India has more cultural resonance through films, says political scientist "
	"Dossym Satpayev in Almaty.", "Even India has more cultural resonance through films", NULL, NULL, "says"},
	{"according to", "According to officials, the talks collapsed on Monday.",
	"the talks collapsed on Monday", "officials", NULL, NULL},
	/* a segment after the source that opens with a number is the clause, not the source's role */
	/* set off inside the sentence, the source reports all of it */
	{"NP VERB, according to X, OBJECT", "G4S receives, according to one report, $234 million in contracts.",
	"G4S receives, according to one report, $234 million in contracts", "one report", "one report", "according to"},
	{"NP - ..., according to X - VERB", "Most Americans - 63 percent, according to the report - still believe "
	"immigration is good.", "Most Americans - 63 percent, according to the report - still believe immigration is "
	"good", "the report", "the report", "according to"},
	{"according to X, NUMBER of ...", "According to the Associated Press, 571 of the 714 superdelegates supported "
	"Clinton, with few still uncommitted.", "571 of the 714 superdelegates supported Clinton, with few still "
	"uncommitted", "Associated Press", NULL, NULL},
	/* a negated auxiliary, with either apostrophe, ends the subject: no "Comey cannot" */
	{"NAME cannot say that", "Comey cannot say that the emails were safe.", "the emails were safe", "Comey", NULL,
	"say"},
	{"NAME couldn't say", "The mega donor couldn\xE2\x80\x99t say why the plan would work.",
	"why the plan would work", NULL, "The mega donor", "say"},
	/* an aside in brackets between the subject and its cue */
	{"NAME (aside) says", "Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer) says he "
	"was unfocused for weeks.", "he was unfocused for weeks", "Chris Murphy", NULL, "says"},
	/* unnamed speakers by their group, with a modifier and no article; a share of those polled */
	{"modifier, group noun", "But hacking specialists say the most harmful information might not be genuine.",
	"the most harmful information might not be genuine", "hacking specialists", NULL, "say"},
	{"three-fourths say", "Two-thirds support the plan, and three-fourths say the police should wear cameras.",
	"the police should wear cameras", "three-fourths", NULL, "say"},
	/* an object pronoun after a preposition ends a longer subject; "That" opening a subject is its determiner */
	{"a source close to him said", "Cruz will rethink his approach, a source close to him said.",
	"Cruz will rethink his approach", NULL, "a source close to him", "said"},
	{"That person said", "That person said the hostility hampered his ability.",
	"the hostility hampered his ability", NULL, "That person", "said"},
	/* "that" before an auxiliary is a demonstrative inside the clause, no opener */
	{"said he understands how hard that can be", "Rendell also said he understands how hard that can be.",
	"he understands how hard that can be", "Rendell", NULL, "said"},
	{"says that wasn't", "He says that wasn't the first time he had to talk to the nation.",
	"that wasn't the first time he had to talk to the nation", NULL, "He", "says"},
	/* "that," before an aside opens the clause after its comma */
	{"said that, aside,", "She said that, because Comey testified, the plan failed.",
	"because Comey testified, the plan failed", NULL, "She", "said"},
	{"despite all that,", "She says despite all that, Obama was not influenced.",
	"despite all that, Obama was not influenced", NULL, "She", "says"},
	/* a describing subject, then the name it describes: the name speaks for the verbs in a row */
	{"One of the men, NAME, ... and said", "One of the men, Jessie Elkins, 70, had served in Vietnam and said he "
	"was convinced war was coming.", "he was convinced war was coming", "Jessie Elkins", NULL, "said"},
	/* a name with its party in brackets before the cue is the subject, whatever stands before its comma */
	{"adverbial, NAME (party), said", "After winning Ohio, Gov. John Kasich (R-OH), said the campaign would go on.",
	"the campaign would go on", "John Kasich", NULL, "said"},
	{"NAME (party), appositive, said", "Sen. Ted Cruz (R-Texas), also a candidate, said the plan failed.",
	"the plan failed", "Ted Cruz", NULL, "said"},
	/* "CLAUSE, A and B told Y.": two joined after the comma; a clause of time after the addressee */
	{"CLAUSE, A and B told", "His support is strong among the unions, teachers and union officials told POLITICO.",
	"His support is strong among the unions", NULL, "teachers and union officials", "told"},
	{"CLAUSE, X told Y as ...", "This is not about me, President Obama told his closest advisers as he labored over "
	"one of the last major addresses of his presidency.", "This is not about me", "Obama", NULL, "told"},
	/* "X reported, CLAUSE" with the subject's owner first */
	{"Owner's X reported, CLAUSE", "Breitbart News\xE2\x80\x99 Michael Patrick Leahy previously reported, The Clinton "
	"Foundation refused to release the names.", "The Clinton Foundation refused to release the names",
	"Michael Patrick Leahy", NULL, "reported"},
	/* an article or a possessive and a noun is what the cue announces */
	{"announced his resignation", "Eric Holder announced his resignation.", "his resignation", "Eric Holder", NULL,
	"announced"},
	/* a count with its measure: "at least 21,000" */
	{"at least N said", "Since June 16, at least 21,000 said they would help.", "they would help", NULL,
	"at least 21,000", "said"},
	/* a share in words, lower-case after "while" */
	{"while nine in 10 said", "Voters were split, while nine in 10 said they thought the economy favors the wealthy.",
	"they thought the economy favors the wealthy", NULL, "nine in 10", "said"},
	/* bare plural nouns of people and sources speak: after "And", after "whose" */
	{"And surveys suggest", "And surveys suggest that even some Republicans find him unlikable.",
	"even some Republicans find him unlikable", NULL, "surveys", "suggest"},
	{"whose attorneys argued", "It was a setback for Trump, whose attorneys argued that the documents contained "
	"trade secrets.", "the documents contained trade secrets", NULL, "attorneys", "argued"},
	/* a plural the lexicon does not know speaks by itself, set off by commas or after a number */
	{"CLAUSE, participants said, CLAUSE", "To get their votes, participants said, the Democrats must consider new "
	"policies.", "To get their votes, participants said, the Democrats must consider new policies", NULL,
	"participants", "said"},
	{"N superdelegates have said", "Already, 520 superdelegates have publicly said they support Clinton.",
	"they support Clinton", NULL, "520 superdelegates", "said"},
	{"when court filings revealed", "The tactics were plain this week when court filings revealed that he has sought "
	"$10 million in damages.", "he has sought $10 million in damages", NULL, "court filings", "revealed"},
	/*
	 * a cue set off by commas inside its clause reports the whole of it: a
	 * past verb after the cue's comma is the clause's ("ordered"), and the
	 * subject before the cue no clause of its own ("... vote, he said, must")
	 */
	{"NAME, they said, ordered", "The contractors jumped into vehicles. Bob, they said, ordered them to wait.",
	"Bob, they said, ordered them to wait", NULL, "they", "said"},
	{"NP, said NAME, would", "The race went on. The contrast with Trump, said Doyle, would be clear by then.",
	"The contrast with Trump, said Doyle, would be clear by then", "Doyle", "Doyle", "said"},
	{"CLAUSE, said NAME and others", "The race went on. The contrast with Trump would be clear, said Doyle and others.",
	"The contrast with Trump would be clear", NULL, "Doyle and others", "said"},
	{"SUBJECT, he said, must", "Those who now have the right to vote, he said, must still register to do so.",
	"Those who now have the right to vote, he said, must still register to do so", NULL, "he", "said"},
	/* ... or the clause that a dash and "and" open */
	{"- and SUBJECT, X said, VERB", "He now had a rally scheduled for that night - and the permit, his campaign "
	"said, had been hard to get.", "the permit, his campaign said, had been hard to get", NULL, "his campaign",
	"said"},
	/* what is responded to is the statement, "to" the cue's; two words suffice */
	{"did not respond to", "The Cruz campaign did not immediately respond to a request for comment.",
	"a request for comment", NULL, "The Cruz campaign", "respond to"},
	{"chosen not to respond to", "The Clintons have mostly chosen not to respond to his attacks.", "his attacks",
	NULL, "The Clintons", "respond to"},
	{"Responds To (headline)", "Zoe Saldana Responds To Anti-Immigrant Hate.", "Anti-Immigrant Hate",
	"Zoe Saldana", NULL, "Responds To"},
	/* the topic a speaker takes up */
	{"spoke about", "Obama spoke about the need for Americans to recognize the contributions of Muslims.",
	"the need for Americans to recognize the contributions of Muslims", "Obama", NULL, "spoke about"},
	{"has talked about", "Rubio has talked about embedding troops with Iraqi soldiers on the front lines.",
	"embedding troops with Iraqi soldiers on the front lines", "Rubio", NULL, "talked about"},
	{"joked about", "Donald Trump joked about Jewish stereotypes.", "Jewish stereotypes", "Donald Trump", NULL,
	"joked about"},
	{"complained about", "Biden complained about the dour tone of the primary.", "the dour tone of the primary",
	"Biden", NULL, "complained about"},
	{"wrote about", "He wrote about the event in his column.", "the event in his column", NULL, "He", "wrote about"},
	{"declined to comment on", "A Justice Department spokeswoman declined to comment on the request.",
	"the request", NULL, "A Justice Department spokeswoman", "comment on"},
	{"commented on", "The group commented on proposed market regulations.", "proposed market regulations", NULL,
	"The group", "commented on"},
	{"made no mention of", "Trump made no mention of Jeb Bush.", "Jeb Bush", "Trump", NULL,
	"made no mention of"},
	/* NAME, a description ending in an organisation's noun, that organisation's name, said: the first name speaks */
	{"NAME, ROLE of newspaper, NEWSPAPER, said", "Giovanni Maria Vian, the editor in chief of the Vatican's official "
	"newspaper, L'Osservatore Romano, said every pope was both religious and political.",
	"every pope was both religious and political", "Giovanni Maria Vian", NULL, "said"},
	{"ROLE, ORGANISATION, said", "Its parent company, News Corp, said the deal was off.", "the deal was off",
	"News Corp", NULL, "said"},
	/* a phrasal cue that is a noun after its article: the subject of the verb before the article calls */
	{"made an unprompted call for", "During the debate, Cruz made an unprompted call for an end to sugar subsidies.",
	"an end to sugar subsidies", "Cruz", NULL, "call for"},
	/* a short clause before "X said" and only where and when after it: the clause is what was said */
	{"CLAUSE, he said on DAY in PLACE", "The plan is dead, he said on Friday in an interview with reporters.",
	"The plan is dead", NULL, "he", "said"},
	{"CLAUSE, he said after ..., because", "Outright victory is vital, he said after meeting Thursday with Trump "
	"aides, because he said party leaders appear determined to block him.", "Outright victory is vital", NULL, "he",
	"said"},
	/* "that" after a lower-case noun is a relative pronoun: the noun says it */
	{"a video that accuses", "Sen. Rand Paul has released a Web video that accuses Cruz of being welcoming to "
	"refugees.", "Cruz of being welcoming to refugees", "a Web video", "that", "accuses"},
	{"he wants a platform that calls for", "He wants a party platform that calls for an end to our disastrous trade "
	"policies.", "an end to our disastrous trade policies", "a party platform", "that", "calls for"},
	/* an object right after the cue is what it reports; a "that" after the object is a relative pronoun */
	{"announced OBJECT with a speech that", "After Donald Trump announced his presidential candidacy with a speech "
	"that included comparing immigrants to criminals, she wrote a letter.",
	"his presidential candidacy with a speech that included comparing immigrants to criminals", "Donald Trump", NULL,
	"announced"},
	{"says his family assumed that", "He says his family assumed that adopting him made him a citizen.",
	"his family assumed that adopting him made him a citizen", NULL, "He", "says"},
	/* ... not a phrase of time or whom it is said to */
	{"said this week that", "A labor official said this week that cutbacks could lead to layoffs.",
	"cutbacks could lead to layoffs", "A labor official", NULL, "said"},
	{"informed my husband that", "I have informed my husband that he will take no money from anyone.",
	"he will take no money from anyone", NULL, "I", "informed"},
	/* after "call", a person and what he is called; "nevertheless" between the auxiliary and the cue */
	{"called him divisive", "Sen. Bernie Sanders called him divisive.", "him divisive", "Bernie Sanders", NULL,
	"called"},
	{"called himself pro-choice", "In the past, Trump called himself pro-choice, stances that he has since "
	"disavowed.", "himself pro-choice", "Trump", NULL, "called"},
	{"has nevertheless called", "Clinton has nevertheless called his vote an irresponsible one.",
	"his vote an irresponsible one", "Clinton", NULL, "called"},
	/* "that" before a lower-case noun that ends the clause is a demonstrative */
	{"say they feel that way", "A third of independents, 33%, say they feel that way.", "they feel that way", NULL,
	"A third of independents", "say"},
	{"rebut that criticism,", "But Sanders has begun to rebut that criticism, fundraising for three House "
	"candidates.", "that criticism, fundraising for three House candidates", "Sanders", NULL, "rebut"},
	/* two words that stand as one adverb before the cue */
	{"have in fact reported", "Three PACs have in fact reported spending money on him.", "spending money on him",
	NULL, "Three PACs", "reported"},
	{"have in particular noted", "Critics have in particular noted the explosive campaign material.",
	"the explosive campaign material", NULL, "Critics", "noted"},
	/* a possessive name and a noun; "not yet" before the cue */
	{"acknowledged NAME's success", "Clinton acknowledged Sanders' success, saying she applauded him.",
	"Sanders' success", "Clinton", NULL, "acknowledged"},
	{"has not yet responded to", "Trump has not yet responded to Calderon\xE2\x80\x99s remarks.",
	"Calderon\xE2\x80\x99s remarks", "Trump", NULL, "responded to"},
	/* a participle that opens its sentence with "that": the main clause's subject after the comma speaks */
	{"Noting that ..., X put", "Noting that both Reagan and Trump battled staunch opposition from the media, "
	"Schlafly put her finger on one facet of the campaign.",
	"both Reagan and Trump battled staunch opposition from the media", "Schlafly", NULL, "Noting"},
	{"Declaring that ..., the mogul offered", "Declaring that he alone has the strength to secure the homeland, "
	"the billionaire real estate mogul offered himself as a savior.", "he alone has the strength to secure the "
	"homeland", NULL, "the billionaire real estate mogul", "Declaring"},
	/* a cue that otherwise only introduces words opens a clause with "that" */
	{"repeated that", "Speaking in Beijing, spokesman Lu Kang repeated that China opposed hacking.",
	"China opposed hacking", "Lu Kang", NULL, "repeated"},
	{"ordered that", "Judge Curiel ordered that the playbooks be released by Thursday.",
	"the playbooks be released by Thursday", "Curiel", NULL, "ordered"},
	/* a clause ends where "while" and a subject with a cue of its own, or ", with NAME telling", begin */
	{"accuses ... while X suggests", "Hillary Clinton accuses Bernie Sanders of subjecting her to an artful smear "
	"while Sanders suggests she is a captive of the establishment.",
	"Bernie Sanders of subjecting her to an artful smear", "Hillary Clinton", NULL, "accuses"},
	{"CLAUSE, with NAME telling", "Clinton criticized the response to militant violence at home and abroad, with "
	"Republican Senator John McCain telling reporters he viewed Obama as responsible.",
	"the response to militant violence at home and abroad", "Clinton", NULL, "criticized"},
	/* a participle's "that" is its own; an indefinite pronoun speaks; a word in brackets inside a relative clause */
	{"CLAUSE, X said, adding that", "Mr. Trump intends to deliver a foreign policy address this month, Mr. "
	"Manafort said, adding that he would also hold similar speeches.",
	"Mr. Trump intends to deliver a foreign policy address this month", "Manafort", NULL, "said"},
	{"and none has said", "All three candidates visited the site, and none has said they want heavy military "
	"engagement.", "they want heavy military engagement", NULL, "none", "said"},
	{"NAME, whose ... (ROTC) program, said", "Wilcox, whose education was paid for by the military because he "
	"joined the Reserve Officers\xE2\x80\x99 Training Corps (ROTC) program, said he would like to see more students "
	"get opportunities.", "he would like to see more students get opportunities", "Wilcox", NULL, "said"},
	/* a short clause with a verb before a colon is reported (not "told the AP:") */
	{"says CLAUSE:", "Reynolds says it's what new media is: taking a stand, aligning with a cause.",
	"it's what new media is", "Reynolds", NULL, "says"},
	/* after "asked" and whom it asks, "about" opens the question it reports: no clause before the comma */
	{"CLAUSE, X asked Y about", "Not long after the quote went viral, NBC\xE2\x80\x99s Chuck Todd asked the GOP "
	"frontrunner about the Twitter kerfuffle.", "the GOP frontrunner about the Twitter kerfuffle", "Chuck Todd", NULL,
	"asked"},
	/* "X was first reported by Y": Y reported X */
	{"was first reported by", "Scully's involvement was first reported by the New York Times.",
	"Scully's involvement", "New York Times", "the New York Times", "reported"},
	{"NP of NP was first reported by", "News of the PGA\xE2\x80\x99s move was first reported by the Miami Herald.",
	"News of the PGA\xE2\x80\x99s move", "Miami Herald", NULL, "reported"},
	/* "to" and a verb is what the cue reports, however short */
	{"has promised to veto it", "The bill goes to the White House, where President Obama has promised to veto it.",
	"to veto it", "Obama", NULL, "promised"},
	{"threaten to VERB", "Some miffed Sanders supporters threaten to cast protest votes.", "to cast protest votes",
	NULL, "Some miffed Sanders supporters", "threaten"},
	/* a sentence in brackets ends with its bracket, which the clause leaves out */
	{"(... said ....) And", "Story.\n\nMr. Shkreli was there. (Mr. Shkreli said he is not guilty.) And finding a "
	"seatmate proved challenging.", "he is not guilty", "Shkreli", "Mr. Shkreli", "said"},
	{"(... said ... (...).)", "The race went on. (Ms. Ruiz said the plan (the third) would pass.)",
	"the plan (the third) would pass", "Ruiz", "Ms. Ruiz", "said"},
	/* a closing mark that pairs one in the clause stays with it */
	{"said ... \"for life.\"", "The race went on. Sanders's campaign manager said he expects the senator to stay "
	"in the party \"for life.\"", "he expects the senator to stay in the party \"for life.\"", NULL,
	"Sanders's campaign manager", "said"},
	/* half the words in marks is not mostly quoted, whichever the marks (curly ones are three bytes each) */
	{"called NP \u201Cword.\u201D", "On Twitter, Jeb Bush called the plan \xE2\x80\x9C" "unhinged.\xE2\x80\x9D",
	"the plan \xE2\x80\x9C" "unhinged.\xE2\x80\x9D", "Jeb Bush", "Jeb Bush", "called"},
	{"called NP \"word.\"", "On Twitter, Jeb Bush called the plan \"unhinged.\"", "the plan \"unhinged.\"",
	"Jeb Bush", "Jeb Bush", "called"},
	/* a noun of speech after its owner reports as the owner */
	{"NAME's claim to", "A second-place finish would bolster Rubio's claim to be the strongest alternative to "
	"Trump.", "to be the strongest alternative to Trump", "Rubio", "Rubio", "claim"},
	{"the NOUN's earlier claim that", "The tactic was reminiscent of the campaign's earlier claim that Sanders "
	"wanted to dismantle the law.", "Sanders wanted to dismantle the law", NULL, "the campaign", "claim"},
	{"NAME's remarks about", "Critics mocked Trump's remarks about Clinton's energy and stamina.",
	"Clinton's energy and stamina", "Trump", "Trump", "remarks about"},
	{"his promise to", "Voters doubted his promise to build a wall.", "to build a wall", NULL, "his", "promise"},
	{"NAMEs' claim that", "Critics mocked Sanders' claim that he could win the nomination.",
	"he could win the nomination", "Sanders", "Sanders", "claim"},
	{"NAME's recent call to", "The crowd cheered Trump's recent call to ban all Muslim immigrants.",
	"to ban all Muslim immigrants", "Trump", "Trump", "call"},
	{"a name's run of capitals", "The ad starts with a montage of Donald Trump's comments about punching "
	"protesters in the face.", "punching protesters in the face", "Donald Trump", "Donald Trump", "comments about"},
	/* a topic may be one word, and "comments on" take one too */
	{"NAME' remarks about PRONOUN", "Even before Francis' remarks about him, Mr. Trump had criticized the pope.",
	"him", "Francis", "Francis", "remarks about"},
	{"his comments on NOUN", "Trump angered Jewish leaders with his comments on Muslims.", "Muslims", NULL, "his",
	"comments on"},
	/* what a cue took is no clause: a name and a past tense after "and" open the next main clause */
	{"charged NP with NP and NAME fired", "Prosecutors charged the officer with murder and Emanuel fired his "
	"police chief.", "the officer with murder", "Prosecutors", "Prosecutors", "charged"},
	/* (a subject of two after "and" stays in the clause) */
	{"the meeting between NAME and NAME was", "Sanders said the meeting between Obama and Clinton was raised "
	"on Friday.", "the meeting between Obama and Clinton was raised on Friday", "Sanders", "Sanders", "said"},
	/* a comma inside a closing mark before a participle cue ends the clause there */
	{"\"word,\" saying", "Sanders said the financial system was \"corrupt,\" saying that banks must be broken up.",
	"the financial system was \"corrupt,\"", "Sanders", "Sanders", "said"},
	/* ", and", a noun phrase with an article and a cue of its own: the clause before ends */
	{", and a few NP have called for", "Trump called the system rigged in a tweet Tuesday, and a few Republican "
	"lawmakers have called for a special prosecutor.", "the system rigged in a tweet Tuesday", "Trump", "Trump",
	"called"},
	/* what is called for, or a topic, may be one word; "made no comment on" is one cue */
	{"was calling for NOUN", "After the attack, Donald Trump was calling for change.", "change", "Donald Trump",
	"Donald Trump", "calling for"},
	{"joked about NAME", "At the dinner, Sanders joked about Trump.", "Trump", "Sanders", "Sanders", "joked about"},
	{"made no comment on", "Trump made no comment on the ruling Monday.", "the ruling Monday", "Trump", "Trump",
	"made no comment on"},
	/* a cue word that is a noun as often, before "and", is a noun of a list, no second cue */
	{"call for law and order and", "Scenes of mayhem allow the candidate to call for law and order and project "
	"strength.", "law and order and project strength", NULL, NULL, "call for"},
	/* a work's title in marks after "according to" (or a name's possessive) is the source, no quotation */
	{"According to NAME's ''Title: ...,'' and", "According to E. J. Fleming's ''The Fixers: Eddie Mannix, Howard "
	"Strickling and the MGM Publicity Machine'' and other sources, his was an all-purpose job.",
	"his was an all-purpose job", NULL, NULL, "According to"},
	{"according to \"Title\" by NAME, set off", "One Sunday in late 2001, according to \"Perfect Enough: Carly "
	"Fiorina and the Reinvention of Hewlett-Packard\" by George Anders, Fiorina called the directors.",
	"One Sunday in late 2001, according to \"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard\" "
	"by George Anders, Fiorina called the directors", NULL, NULL, "according to"},
	/* the comma after "According to X" ends no clause, whatever cue follows; a pronoun alone is a source */
	{"According to NP, ... his first report", "According to the lawyer, the network censured his first report.",
	"the network censured his first report", "the lawyer", "the lawyer", "According to"},
	{"According to NAME, NAME praised", "According to ProPublica, Clinton praised her donors in the audience.",
	"Clinton praised her donors in the audience", "ProPublica", "ProPublica", "According to"},
	{"According to him,", "Jorge Ramos is a journalist. According to him, the network censured his first report.",
	"the network censured his first report", "Jorge Ramos", "him", "According to"},
	/* "announced" after a form of "be", with no agent, clause or complement: its subject, by no one named */
	{"NP was announced.", "On Thursday, the dissolution of the club was announced.", "the dissolution of the club",
	NULL, NULL, "announced"},
	{"NP will be announced on DAY", "The results of the straw poll will be announced on Saturday afternoon.",
	"The results of the straw poll", NULL, NULL, "announced"},
	/* a quantifier between the subject and its cue is no subject (not "of all") */
	{"NP all urged", "In 2014, the foreign and defense ministers all urged a larger security role for the country.",
	"a larger security role for the country", NULL, "defense ministers", "urged"},
	{"they all vowed", "The Republicans spoke on Monday. They all vowed to carry their campaigns onward.",
	"to carry their campaigns onward", "Republicans", "They", "vowed"},
	/* after "to", a form in -s is a noun, no infinitive cue; before "that" it still reports */
	{"to chants of \"...,\" NP said", "Walking into the office to chants of \"Marco! Marco!,\" the senator said "
	"his campaign was strong.", "his campaign was strong", NULL, "the senator", "said"},
	/* a cue in its bare form after an article and a verb is a noun: the verb's subject speaks */
	{"offered a Trump-style retort on", "Jeb Bush offered a Trump-style retort on the mogul's preferred mode of "
	"communication.", "on the mogul's preferred mode of communication", "Jeb Bush", "Jeb Bush", "retort"},
	{"(not after \"those\") those surveyed say", "Thirty-one percent of those surveyed say they would be satisfied "
	"with him.", "they would be satisfied with him", NULL, "Thirty-one percent of those surveyed", "say"},
	/* asides and guesses are cues ("opined", "hinted that", "speculated that") */
	{"opined that", "Trump opined that the plan would fail.", "the plan would fail", "Trump", "Trump", "opined"},
	{"hinted that", "Jane Doe hinted that she would run again.", "she would run again", "Jane Doe", "Jane Doe",
	"hinted"},
	/* an infinitive split by an adverb in -ly is still the governing clause's */
	{"declined to directly respond to", "On Saturday, Mrs. Clinton declined to directly respond to a question about "
	"the group.", "a question about the group", NULL, "Mrs. Clinton", "respond to"},
	/* "who claim": the relative pronoun is the subject of a word that is a noun as often */
	{"who claim", "Cosby is under attack by dozens of women who claim he assaulted them years ago.",
	"he assaulted them years ago", "dozens of women", "who", "claim"},
	/* a phrasal cue is never inverted: what follows "called for" is no speaker */
	{"ROLE, NAME, called for", "The party chairman, Kelly Armstrong, called for a voice vote.",
	"a voice vote", "Kelly Armstrong", NULL, "called for"},
	/* "As X reported, CLAUSE", "As reported by X, CLAUSE": the source, then what it reported */
	{"As X reported,", "As The Hill reported, Donald Trump was also accused of breaking debate rules.",
	"Donald Trump was also accused of breaking debate rules", NULL, "The Hill", "reported"},
	{"As reported by X,", "As reported by Western Journalism, investigators found over 2,200 emails.",
	"investigators found over 2,200 emails", "Western Journalism", NULL, "reported"},
	{"adverbial, as X reported,", "Just a few weeks ago, as Western Journalism reported, Thor and Beck were "
	"discussing a plan.", "Thor and Beck were discussing a plan", "Western Journalism", NULL, "reported"},
	{"as X points out, inside a clause", "And that, as Trump points out, is quite a bit right now.",
	"And that, as Trump points out, is quite a bit right now", NULL, "Trump", "points out"},
	/* a colon before "according to" opens the clause, on either side of the source */
	{"label: clause, according to", "Superdelegates: Clinton is backed by 520 superdelegates, according to the "
	"Associated Press.", "Clinton is backed by 520 superdelegates", "Associated Press", NULL, NULL},
	{"colon, According to X, clause", "It has not gone unnoticed: According to recent polls, Trump holds only 14 "
	"percent of the vote.", "Trump holds only 14 percent of the vote", "recent polls", NULL, NULL},
	/* as long as "according to", and no phrase: "X acknowledged CLAUSE" */
	{"acknowledged", "Jane Doe acknowledged the candidate had misspoken on Friday.",
	"the candidate had misspoken on Friday", "Jane Doe", NULL, "acknowledged"},
	{"ACCORDING TO", "The talks collapsed on Monday, ACCORDING TO officials.",
	"The talks collapsed on Monday", "officials", NULL, NULL},
	/* an aside set off by dashes between the cue and "that"; "that day" opens no clause */
	{"said - aside - that", "Paul Manafort said \xE2\x80\x94 on Twitter, as it happens \xE2\x80\x94 that Trump "
	"raised about $4 million.", "Trump raised about $4 million", "Paul Manafort", NULL, "said"},
	{"that day", "Paul Manafort said the campaign earned about 4 million dollars that day.",
	"the campaign earned about 4 million dollars that day", "Paul Manafort", NULL, "said"},
	{"that Saturday would", "He said that Saturday would have been his birthday.",
	"Saturday would have been his birthday", NULL, "He", "said"},
	/* "Asked whether ...": the question is a statement, by the asker "by" names */
	{"asked by X whether", "Asked by Matt Lauer whether she had practiced her speech, she said she had.",
	"whether she had practiced her speech", "Matt Lauer", NULL, "Asked"},
	{"when asked about", "When asked about the plan, he said nothing new.", "about the plan", NULL, NULL, "asked"},
	/* the question opens a few words on, or with "to" right after "asked"; in the passive too */
	{"asked on X who", "Asked on Fox News who leads the party in his view, he said Ryan.",
	"who leads the party in his view", NULL, NULL, "Asked"},
	{"asked by X to", "Asked by Stephanopoulos to respond to the criticism, Carson said nothing.",
	"to respond to the criticism", "Stephanopoulos", NULL, "Asked"},
	{"was asked whether", "Rubio was asked whether he would back the nominee.",
	"whether he would back the nominee", NULL, NULL, "asked"},
	{"was later asked by X if", "Sanders was later asked by host John Dickerson if his aim was the same.",
	"if his aim was the same", "John Dickerson", "host John Dickerson", "asked"},
	/* "said no when asked ...": the answer is too short a clause, the question is one */
	/* a paragraph that opens with a name and a colon: headlines, interviews, transcripts */
	{"Name: statement", "Mark Cuban: I would consider a future White House bid.",
	"I would consider a future White House bid", "Mark Cuban", NULL, ":"},
	{"transcript turn", "BOULDUAN: You guys wanted more debates in January.",
	"You guys wanted more debates in January", "BOULDUAN", NULL, ":"},
	/* shares of those polled speak */
	{"poll share", "Now, 52 percent said Mr. Trump would be better.", "Mr. Trump would be better", "52 percent", NULL, "said"},
	/* after "according to" a bare noun is a source too */
	{"according to, bare noun", "Whites made up just 36 percent of the electorate in 2012, according to exit polls.",
	"Whites made up just 36 percent of the electorate in 2012", "exit polls", NULL, NULL},
	/* an infinitive cue inside the clause starts no clause of its own */
	{"infinitive inside", "According to officials, the president has not bothered to call Republicans.",
	"the president has not bothered to call Republicans", "officials", NULL, NULL},
	/* a possessive opens a speaker after the cue; a pronoun does not */
	{"according to his", "The company lost money, according to his campaign finance documents.",
	"The company lost money", "his campaign finance documents", NULL, NULL},
	/* phrasal participles: "calling" alone would end the cue before "for"; "pointing" is no cue alone */
	{"calling for", "Jane Doe issued a statement on Friday, calling for the vote to be delayed.",
	"the vote to be delayed", NULL, NULL, "calling for"},
	{"pointing out", "Jane Doe spoke on Friday, pointing out that the costs had fallen sharply.",
	"the costs had fallen sharply", "Jane Doe", NULL, "pointing out"},
	{"told, with an addressee", "Jane Doe told reporters on Friday that the vote would be delayed.",
	"the vote would be delayed", "Jane Doe", NULL, NULL},
	{"relative pronoun", "The plan was backed by Senator Jane Doe, who said the vote would be close.",
	NULL, "Jane Doe", "who", NULL},
	/* "and"/"but" and a second cue start a statement of their own; "because" does not */
	{"and added", "Jane Doe said the plan was sound and added that costs would fall.",
	"the plan was sound", "Jane Doe", NULL, "said"},
	{"because", "Jane Doe said the plan was sound because experts said so.",
	"the plan was sound because experts said so", "Jane Doe", NULL, "said"},
};

static void
test_indirect(void)
{
	for (size_t i = 0; i < sizeof(indirect_cases) / sizeof(indirect_cases[0]); i++)
	{
		const indirect_case *c = &indirect_cases[i];
		const aa_quote *q;

		CHECK(run_all(c->name, c->text) == AA_OK);
		q = first_of_kind(AA_INDIRECT);
		CHECK(q != NULL);
		if (q == NULL)
			continue;
		if (c->content)
			CHECK_STR(text_of(q), c->content);
		if (c->speaker)
			CHECK_STR(q->speaker, c->speaker);
		if (c->mention)
			CHECK_STR(q->mention, c->mention);
		if (c->cue)
			CHECK_STR(q->cue, c->cue);
	}

	/* "CLAUSE, X said, adding, “...”": the quotation's length does not hide the clause */
	CHECK(run_all("CLAUSE, X said, adding, long quotation", "Ryan and Trump will meet sometime next week, Spicer "
				  "said, adding, \xE2\x80\x9CThey need to sit down and have a good talk.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL,
			  "Ryan and Trump will meet sometime next week");
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Spicer");

	/* "and others have said": a new subject and its cue end the clause before */
	CHECK(run_all("and others have said", "Many prominent Republicans have said they will not attend the convention "
				  "and others have said they are not interested in speaking.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL,
			  "they will not attend the convention");
	/* a place's state after its comma continues the subject before the cue */
	CHECK(run_all("a woman in Worcester, Massachusetts, told him", "Kasich spoke after a woman in Worcester, "
				  "Massachusetts, told him she worries about it.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->mention : NULL, "a woman in Worcester");

	/* an infinitive cue reports what its subject says; not an impersonal one, nor one another cue governs */
	CHECK(run_all("continued to say", "Even after the complaint was filed, Lewandowski continued to say he had "
				  "never touched Fields.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL,
			  "he had never touched Fields");
	CHECK_STR(speaker_of_first(), "Lewandowski");
	CHECK(run_all("it's safe to say", "Given his record, it's safe to say he's referring to the border.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("too close to call", "The race was too close to call for much of the night.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* after a control verb and its object, the object says it */
	CHECK(run_all("led X to announce", "The release of the emails by Wikileaks led DNC chairwoman Debbie Wasserman "
				  "Schultz to announce her resignation from her post.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Debbie Wasserman Schultz");
	CHECK(run_all("prompted X to call", "That proposal prompted Britain's Parliament to call a debate on whether to "
				  "ban him.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Britain's Parliament");
	CHECK(run_all("reached for X to describe", "Mr. Clinton reached for a metaphor to describe the hopes and anxieties "
				  "of voters.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Clinton");
	/* nor one inside a conditional clause, nor one inside a statement found before it */
	CHECK(run_all("if X refused to agree ... and continued to accuse", "Talks went on.\n\nNorth Korea warned of "
				  "grave consequences if Washington refused to agree to the joint probe and continued to accuse "
				  "Pyongyang of the hacking, KCNA news agency said.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].cue == NULL ||
			  (strcmp(result.quotes[i].cue, "agree") != 0 && strcmp(result.quotes[i].cue, "accuse") != 0));
	CHECK(run_all("infinitive inside a statement", "Talks went on.\n\nTrump said he wanted to tell voters the "
				  "truth about trade deals.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "said");
	CHECK(run_all("threatened to charge", "Talks went on.\n\nProsecutors threatened to charge him with conspiracy "
				  "and lying to the FBI.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "threatened");

	/*
	 * a plural the lexicon does not know is no subject after a preposition,
	 * before a verb that does not agree, or alone after a relative pronoun
	 */
	CHECK(run_all("into isolated questions asked of", "The debate turns into isolated questions asked of the "
				  "candidates with little engagement.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].mention == NULL || strcmp(result.quotes[i].mention, "isolated questions") != 0);
	CHECK(run_all("airplanes and helicopters suggests", "A look at his airplanes and helicopters suggests that their "
				  "value rests in marketing.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].mention == NULL || strstr(result.quotes[i].mention, "helicopters") == NULL);
	CHECK(run_all("which helps explain", "The tax is toxic here, which helps explain why neither candidate invokes "
				  "the name.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* nor is one of a list inside an appositive */
	CHECK(run_all("secretary for population, refugees, and migration, said", "The new plans \xE2\x80\x9C" "are steps in "
				  "the right direction,\xE2\x80\x9D Anne Richards, assistant secretary of state for population, "
				  "refugees, and migration, said on the same call.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Anne Richards");
	/* "according to" takes no object of two words, as "responded to" does */
	CHECK(run_all("Earlier Tuesday, ..., according to", "Earlier Tuesday, his campaign manager, Jeff Weaver, says "
				  "his streak is proof the candidate can still close the gap, according to the Associated Press.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(strncmp(text_of(&result.quotes[i]), "Earlier Tuesday", 15) != 0);
	/* a particle or a verb after the cue is no adverbial: what follows is reported */
	CHECK(run_all("called out", "At the conference in Washington, D.C., Sen. Lindsey Graham called out his rival "
				  "Donald Trump for alienating Hispanics, which he believes will make it harder for the party to win "
				  "the White House.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(strncmp(text_of(&result.quotes[i]), "At the conference", 17) != 0);
	/* "called" and a name after a determiner and a noun names the noun; after a speaker's noun it reports */
	CHECK(run_all("a group called NAME", "A new group called Black Votes Matter, led by Democratic strategists, is "
				  "trying to raise $25 million.\n\nAn anti-Trump super PAC called Our Principles is ramping up its "
				  "operations.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("a spokesman called NAME", "A spokesman called Trump a liar and a fraud.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->cue : NULL, "called");
	/* a quotation said by the noun before a relative "that" */
	CHECK(run_all("a message that said", "The listing was replaced by a message that said, \"Sorry, but the item is "
				  "no longer in the system.\"") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "a message");
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->mention : NULL, "that");
	/* "called" and a name alone is a telephone call */
	CHECK(run_all("called NAME", "A year later, Mr. Obama called Naghmeh Abedini.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "repeated that mistake": a demonstrative, no clause */
	CHECK(run_all("repeated that mistake", "He repeated that mistake twice.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "which was first reported by": the relative pronoun's antecedent is not told, so nothing */
	CHECK(run_all("which was first reported by", "Ash wrote in the email, which was first reported by Politico.") ==
		  AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].cue == NULL || strcmp(result.quotes[i].cue, "reported") != 0);
	/* "to" and whom it is said to is no infinitive */
	CHECK(run_all("spoke to voters", "He spoke to voters.\n\nShe said to reporters.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* a noun of speech that is the sentence's subject, or takes no clause: no statement */
	CHECK(run_all("NAME's claim that ... would", "Sanders's claim that he still has a way to win would depend on "
				  "superdelegates.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("NAME's comments to reporters", "Voters liked Trump's comments to reporters on Friday.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("her remarks to reporters", "Critics mocked her remarks to reporters.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* a passive whose subject is "it" reports its clause, said by no one named; not after a modal */
	CHECK(run_all("it's been reported that", "It's been reported that the congressman has been sexting again.") ==
		  AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "the congressman has been sexting again");
	CHECK_STR(result.n_quotes ? result.quotes[0].speaker : NULL, NULL);
	CHECK(run_all("it was said that", "At a time when it was said that Democrats might never win again, Clinton "
				  "won twice.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK(run_all("it should be noted that", "It should be noted that two of the researchers were hired.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "maintain" reports a clause, never a noun phrase it keeps */
	CHECK(run_all("maintained his lead", "In the Democratic race, Sen. Bernie Sanders maintained his double-digit "
				  "lead over Hillary Clinton.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("has maintained her status", "The issue faded as she has maintained her status as the "
				  "front-runner.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("maintained PRONOUN were", "The campaign has long maintained they were not marked classified at "
				  "the time.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "they were not marked classified at the time");
	CHECK(run_all("maintained the server was", "Her campaign maintained the server was secure.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "the server was secure");
	CHECK(run_all("maintained that", "Sanders has maintained that the provision amounted to slavery.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "the provision amounted to slavery");
	/* a participle after a main clause joined by "and" with a name and a past tense: that name's */
	CHECK(run_all("and NAME fired ..., acknowledging", "Prosecutors charged the officer with murder and Emanuel "
				  "fired his police chief, acknowledging that the city had lost trust in the force.") == AA_OK);
	CHECK(result.n_quotes == 2);
	CHECK_STR(result.n_quotes == 2 ? text_of(&result.quotes[1]) : NULL, "the city had lost trust in the force");
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].mention : NULL, "Emanuel");
	/* a participle after a relative clause's cue is the main clause's */
	CHECK(run_all("NAME rebuked NP who say ..., saying", "President Obama rebuked critics who say he should use the "
				  "label, saying another name will do nothing to defeat the group.") == AA_OK);
	CHECK(result.n_quotes == 2);
	CHECK_STR(result.n_quotes == 2 ? text_of(&result.quotes[1]) : NULL,
			  "another name will do nothing to defeat the group");
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].mention : NULL, "President Obama");
	CHECK_STR(result.n_quotes == 2 ? result.quotes[0].speaker : NULL, "critics");
	/* a falsity label before a noun describes it and calls no claim before it false, except after "a" */
	CHECK(run_all("false information", "Debate.\n\nIn his response, Cruz mentioned CNN five times and seemed to blame the "
				  "network for its reporting more than his own campaign for spreading false information.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("a \u201Cridiculous proposition\u201D", "Jennifer Palmieri called the idea that Clinton had anything "
				  "to prove a \xE2\x80\x9Cridiculous proposition,\xE2\x80\x9D adding that it was silly.") == AA_OK);
	CHECK(denials() == 2);
	CHECK(run_all("were \u201Cgroundless slander\u201D", "The secretive state said the accusations from the US were "
				  "\xE2\x80\x9Cgroundless slander\xE2\x80\x9D.") == AA_OK);
	CHECK(denials() >= 1);
	/* (the title itself is no quotation) */
	CHECK(run("According to ''Title: ...,'' by NAME", "According to ''The Trumps: Three Generations That Built an "
			  "Empire,'' by Gwenda Blair, Donald told his roommate that he would run the business.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* (nor after its agent, or with a clause or a complement of its own) */
	CHECK(run_all("was announced by", "The plan was announced by the mayor.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("was announced that", "It was announced that the plant would close.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(text_of(&result.quotes[i]), "the plant would close");
	CHECK(run_all("referring to reports that", "\"We could see that his brand takes a hit,\" Mr. Morrison said, "
				  "referring to reports that the company used undocumented workers.") == AA_OK);
	CHECK_STR(text_of(with_cue("reports")), "the company used undocumented workers");
	/* a share after "with" may open with a word of approximation and hold "in" before a number */
	/* an aside set off by commas between the cue and "that" is no part of what is reported */
	CHECK(run_all("said, in a statement, that", "Smith said, in a statement, that the firm would appeal.") == AA_OK);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "the firm would appeal");
	CHECK(run_all("\"....\" He said, twice, that", "\"That is my wheelhouse.\" He said, twice, that he was going "
				  "to go back to work on Wednesday morning, a clear message.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "he was going to go back to work on Wednesday morning, a clear message");
	CHECK(result.n_quotes == 2 && result.quotes[0].kind == AA_DIRECT && result.quotes[0].cue == NULL);
	/* a description with a phrase of place, then the name it describes between commas: the name speaks */
	CHECK(run_all("DESCRIPTION on the stage, TITLE NAME, drew ..., saying", "But the other candidate on the stage, "
				  "former Secretary of State Hillary Clinton, drew a contrast, saying that the concerns were "
				  "serious.") == AA_OK);
	CHECK_STR(mention_of(with_cue("saying")), "former Secretary of State Hillary Clinton");
	CHECK(run_all("NOUN in PLACE, PLACE, said", "The team in Washington, D.C., said it would appeal.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "The team in Washington");
	/* a phrase of time opening the clause without a comma is no part of the subject after it */
	CHECK(run_all("for decades some critics had been predicting", "Carter said that for decades some critics had "
				  "been predicting a withdrawal.") == AA_OK);
	CHECK_STR(text_of(with_cue("predicting")), "a withdrawal");
	CHECK_STR(mention_of(with_cue("predicting")), "some critics");
	CHECK(run_all("In January the committee said", "In January the committee said it was over.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "the committee");
	CHECK(run_all("The leader of the group said", "The leader of the group said it was over.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "The leader of the group");
	CHECK(run_all("with about three in 10 saying", "About two-thirds of the attendees described themselves as "
				  "liberals, with about three in 10 saying they are very liberal.") == AA_OK);
	CHECK(result.n_quotes >= 1);
	CHECK_STR(result.n_quotes >= 1 ? text_of(&result.quotes[result.n_quotes - 1]) : NULL, "they are very liberal");
	CHECK_STR(result.n_quotes >= 1 ? result.quotes[result.n_quotes - 1].mention : NULL, "about three in 10");
	CHECK(run("delivered a snappy retort: \u201C...\u201D", "Sanders delivered a snappy retort: \xE2\x80\x9CNo one is "
			  "tearing this up. We're going to go forward.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Sanders");
	/* "interjected:" and "shot back" introduce quotations (not "shot back at the gunman", nor "a hint of") */
	CHECK(run("interjected: \"...\"", "She said the proposals were strong, to which O'Malley interjected: "
			  "\"It's just not true.\"") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "O'Malley");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "interjected");
	CHECK(run("\"...,\" NAME shot back.", "\"Jeb wants to be a tough guy tonight,\" Trump shot back.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "shot back");
	CHECK(run_all("shot back at the gunman", "The police shot back at the gunman.\n\nThere was a hint of irony in "
				  "his voice.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/*
	 * "read", "barked", "retaliated" attribute quotations ("“...,” the
	 * statement read.") and report nothing ("read the report"); "a shirt
	 * that read “...”" is a thing's words, no one's quotation
	 */
	CHECK(run_all("\"...,\" the statement read.", "\"Her team took notes on her life,\" the statement read. "
				  "Miller read the report and retaliated against critics.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "the statement");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "read");
	CHECK(run("\"...,\" NAME barked.", "\"Go back to Univision,\" Trump barked.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "barked");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Trump");
	CHECK(run("\"...,\" an angry NAME retaliated.", "\"France will always be France,\" an angry Hollande "
			  "retaliated.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Hollande");	/* (the name, not its adjective) */
	CHECK(run_all("shirts that read \"...\"", "Protesters wore shirts that read \"Settle for Hillary.\"") == AA_OK);
	CHECK(with_cue("read") == NULL);
	/* verbs of the manner of saying report; sounds attribute quotations only */
	CHECK(run_all("NAME groused that", "Trump groused to a crowd in Georgia that the network treats him badly.") ==
		  AA_OK);
	CHECK_STR(text_of(with_cue("groused")), "the network treats him badly");
	CHECK(run_all("NAME decried NP", "Khan decried the repeated calls to ban Muslims.") == AA_OK);
	CHECK_STR(text_of(with_cue("decried")), "the repeated calls to ban Muslims");
	CHECK(run("\"...!\" the crowd roared.", "\"Lock her up!\" the crowd roared.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "roared");
	CHECK(run_all("roared back", "The economy roared back in the spring.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* a cue in a clause of time with a subject of its own, closed by a comma before the quotation, is not its cue */
	CHECK(run("said that when NAME railed against ..., ''...''", "Mrs. Clinton said that when Ms. Warren railed "
			  "against Wall Street, ''she is speaking for all of us.''") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "said");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Mrs. Clinton");
	CHECK(run("said ..., though he said, \"...\"", "Ryan said he was not ready, though he said, \"I hope to.\"") ==
		  AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "he");
	/* an infinitive after a noun a name's possessive owns is the name's; after "his", the clause's subject's */
	CHECK(run_all("NAME suggested NAME's refusal to disavow", "Joe Scarborough suggested business mogul Donald "
				  "Trump's refusal to disavow the Ku Klux Klan could disqualify him.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("disavow")), "Donald Trump");
	CHECK(run_all("NAME used his NOUN to call for", "Ramos used his acceptance speech to call for the resignation "
				  "of the president.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("call for")), "Ramos");
	/* a quotation paragraph goes on from the one two paragraphs before, past a sentence about its speaker */
	CHECK(run("\"...,\" NAME said.\n\nNAME continued ...\n\n\"...\"", "\"She cannot change that,\" Howard said."
			  "\n\nHoward continued his scathing remarks.\n\n\"Eight years ago she was the nominee.\"") == AA_OK);
	CHECK(result.n_quotes == 2);
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].speaker : NULL, "Howard");
	CHECK(run("\"...,\" NAME said.\n\nNAME disagreed.\n\n\"...\"", "\"She cannot change that,\" Howard said."
			  "\n\nSmith disagreed strongly.\n\n\"Eight years ago she was the nominee.\"") == AA_OK);
	CHECK(result.n_quotes < 2 || !same(result.quotes[1].speaker, "Howard"));
	/* a Title Case headline: a verb in -s after a first name and a surname ends the name */
	CHECK(run_all("HEADLINE: Given Surname Verbs Name's ...", "Chuck Grassley Compares Trump's Racism To Sonia "
				  "Sotomayor Celebrating Diversity.\n\nTrump said the judge was biased.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Trump");
	/* "who" after a name's comma stands for the name after the phrase's last preposition */
	CHECK(run_all("NAME made no mention of NAME, who announced", "Jeb Bush spoke. But Trump notably made no mention "
				  "of Jeb Bush, who announced he is suspending his campaign.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("announced")), "Jeb Bush");
	CHECK(run_all("the president of the ORG for NAME, who criticizes", "Lara Friedman, the president of the "
				  "Foundation for Middle East Peace, who criticizes the government, was asked to testify.") == AA_OK);
	CHECK(with_cue("criticizes") == NULL || !same(with_cue("criticizes")->speaker, "Middle East Peace"));
	CHECK(run_all("a reversal for the NAME NAME, who pledged", "It was a partial reversal for the Wisconsin "
				  "Republican, who pledged that he would back the nominee.") == AA_OK);
	CHECK_STR(mention_of(with_cue("pledged")), "who");
	CHECK_STR(speaker_of(with_cue("pledged")), "Wisconsin Republican");
	CHECK(run_all("a graduate of ORG, who argued", "He is a graduate of Harvard Law School, who argued cases before "
				  "the court.") == AA_OK);
	CHECK(with_cue("argued") == NULL || !same(with_cue("argued")->speaker, "Harvard Law School"));
	/* a noun cue after "VERB to a": the verb's subject; no verb before its article: no speaker */
	CHECK(run_all("NAME agreed to a phone call ..., but only to tell", "Majority Leader Mitch McConnell agreed to a "
				  "phone call on Wednesday, but only to tell Garland that he will not agree to a sit-down.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("tell")), "Mitch McConnell");
	CHECK(run_all("with an impromptu social call on NAME", "Bill Clinton caused a furor last week with an impromptu "
				  "social call on Attorney General Loretta Lynch.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* any adverb may split an infinitive cue: its subject is still the control verb's object */
	CHECK(run_all("NP forced NAME to again respond to", "The opening question of the debate forced Trump to again "
				  "respond to Romney's accusations that the country would suffer.") == AA_OK);
	CHECK_STR(mention_of(with_cue("respond to")), "Trump");
	/* a participle in -ed after a possessive describes a noun; "who’s argued" is a contraction's verb */
	CHECK(run_all("NAME's reported NOUN, his stated NOUN", "The investments make up a tiny fraction of Trump's "
				  "reported net worth, and his stated goal is to win it all back.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("NAME, who’s argued for years that", "Curly Haugland, who\xE2\x80\x99s argued for years that "
				  "delegates can't be bound, spoke.") == AA_OK);
	CHECK(with_cue("argued") != NULL);
	/* the owner of a noun cue is the possessive's name, not a phrase run back over the sentence's verb */
	CHECK(run_all("NP VERB to NAME's call for", "Donald Trump spoke. And Jewish leaders point to Trump's call for a "
				  "ban on Muslims entering the United States as the reason.") == AA_OK);
	CHECK_STR(mention_of(with_cue("call for")), "Trump");
	CHECK_STR(speaker_of(with_cue("call for")), "Donald Trump");
	/* after an inverted cue, a description, a comma and the name it describes: the name speaks */
	CHECK(run("\"...,\" said DESCRIPTION, NAME.", "\"We will win,\" said Apple's chief executive, Tim Cook.") ==
		  AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].speaker : NULL, "Tim Cook");
	CHECK_STR(result.n_quotes ? result.quotes[0].role : NULL, "Apple's chief executive");
	CHECK(run_all("According to DESCRIPTION, NAME, ROLE, sent", "According to an FBI summary of its investigation, "
				  "Cheryl Mills, a top Clinton aide, sent the employee an email.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "an FBI summary of its investigation");
	CHECK(run("\"...!\" beamed NAME", "\"This is fantastic!\" beamed Donald Hartley, who snuck onto the floor.") ==
		  AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].speaker : NULL, "Donald Hartley");
	CHECK(run_all("NAME confided to her that", "Freddy confided to her that his parents had panicked.") == AA_OK);
	CHECK_STR(text_of(with_cue("confided")), "his parents had panicked");
	/* a count's measure opens a subject, not an adverbial: "about 200 protesters ..., chanting" */
	CHECK(run("ADVERBIAL, about N NOUN ..., chanting \"...\"", "Outside the arena in downtown Washington, about 200 "
			  "protesters congregated in three clusters, holding signs and chanting \"Dump Trump.\"") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "about 200 protesters");
	/* a straight mark after the quotation's comma and a stray space closes it */
	CHECK(run("\"..., \" NAME said.", "\"I think it is a disgrace that he is doing this, \" Trump said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? content(0) : NULL, "I think it is a disgrace that he is doing this,");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Trump");
	/* a Title Case span after a capitalised possessive names a show or a work, with its full stop */
	CHECK(run("on DAY's \u201CTitle.\u201D", "Cruz argued that the court was at stake on Wednesday\xE2\x80\x99s "
			  "\xE2\x80\x9CSean Hannity Show.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run("with MEDIUM's \"Title.\"", "\"We ought to start it up again,\" the candidate said in an interview "
			  "with Sirius XM's \"Breitbart News Daily.\"") == AA_OK);
	CHECK(result.n_quotes == 1);
	/* "As X began to chant, ...": an infinitive's clause after "as" is one of time, no aside */
	CHECK(run_all("As NP began to chant, CLAUSE", "As the crowd began to chant, Silverman was joined on stage by "
				  "Al Franken.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("As NAME said, CLAUSE", "As Trump said, the wall will be built by Mexico.") == AA_OK);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "the wall will be built by Mexico");
	/* "shot down" rejects a claim, not an aircraft */
	CHECK(run_all("shot down a NOUN / the idea that", "Ukraine had shot down the Malaysia Airlines flight over "
				  "Ukraine. Clinton shot down the idea that she would quit the race.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(text_of(with_cue("shot down")), "she would quit the race");
	/* an inverted cue that opens the sentence is no part of the name after it */
	CHECK(run("Said NAME: \"...\"", "James Comey led the inquiry.\n\nSaid Comey: \"We made an error.\"") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].speaker : NULL, "James Comey");
	/* "it" after a dateline: the dateline's place is no one who speaks */
	CHECK(run("PLACE \u2014 ...\n\n\"...,\" it read.", "LOS ANGELES \xE2\x80\x94 Rosario Dawson lifted a sign of "
			  "her own.\n\n\"I am still Sanders,\" it read.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "it");
	CHECK(result.n_quotes == 0 || result.quotes[0].speaker == NULL);
	/* a group noun's phrase opens after a verb that takes an object or a preposition, not with that verb */
	CHECK(run_all("VERBing NOUN NOUN who say", "Pelosi is among those sounding the alarm, echoing security experts "
				  "who say Russian services doctor documents.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "security experts");
	CHECK(run_all("VERBed among the N in 10 NOUN who called", "Cruz won evangelicals and romped among the four in 10 "
				  "Iowa Republicans who called themselves very conservative.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("called")), "the four in 10 Iowa Republicans");
	CHECK(run_all("VERBing to VERB a NOUN of NOUN who have demanded", "She has reckoned with the movement, seeking to "
				  "embrace a younger generation of civil rights activists who have demanded that candidates "
				  "address racism.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("demanded")), "a younger generation of civil rights activists");
	CHECK(run_all("More than N in 10 NOUN said", "More than 6 in 10 New York Democratic voters said that Wall Street "
				  "hurts the economy.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "6 in 10 New York Democratic voters");
	CHECK(run_all("N percent of all NOUN say", "Most said yes, but 55 percent of all voters say she does not.") ==
		  AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "55 percent of all voters");
	CHECK(run_all("something NAME NOUN argue", "It is something Sanders aides argue is possible after the victory in "
				  "Indiana.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("argue")), "Sanders aides");
	/* an object pronoun before a verb in -ing is that verb's subject, no part of the phrase after it */
	CHECK(run_all("on him VERBing a NOUN of NOUN who have not yet announced", "It would depend on him winning a "
				  "huge share of superdelegates who have not yet announced their preference.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("announced")), "a huge share of superdelegates");
	/* a bare determiner before a relative clause names someone with the clause */
	CHECK(run_all("Those who VERB him say", "Those who know him say the economy is bad.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "Those who know him");
	CHECK(run_all("But those who back her NOUN say", "But those who back her opponents say the attention has "
				  "damaged the brand.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "those who back her opponents");
	CHECK(run_all("Voters who know him say", "Voters who know him say the economy is bad.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "Voters");
	/* a closing mark set off by a space after the inner quotation's still closes before an inverted cue */
	CHECK(run_all("\"... '...,' \" said NAME ..., suggesting that", "Watch it.\n\n\"He says, 'We will win,' \" said "
				  "former tech executive Carly Fiorina during the debate, suggesting that she had seen a video.") ==
		  AA_OK);
	CHECK_STR(speaker_of(with_cue("suggesting")), "Carly Fiorina");
	/* "who" with its auxiliary's contraction opens a relative clause as "who" does */
	CHECK(run_all("the NOUN who’ve already said", "Clinton leads. But the superdelegates who\xE2\x80\x99ve already "
				  "said they support Clinton could switch.") == AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "who");
	CHECK_STR(speaker_of(with_cue("said")), "the superdelegates");
	CHECK(run_all("NOUN who’ve VERBed him say", "Voters who\xE2\x80\x99ve seen him say he is honest.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "Voters");
	/* a verb of saying ends the phrase before it: the name after it is the relative clause's antecedent */
	CHECK(run_all("NAME said NAME, who", "Ramos said Trump, who replied to his question, was wrong.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("replied to")), "Trump");
	CHECK(result.n_speakers == 1 && result.speakers[0].n_mentions == 1);
	CHECK_STR(result.n_speakers == 1 && result.speakers[0].n_mentions ? result.speakers[0].mentions[0] : NULL, "Trump");
	CHECK(run_all("PRONOUN said the NAME has not commented on", "He said the FBI has not publicly commented on the "
				  "scope of the investigation.") == AA_OK);
	CHECK_STR(mention_of(with_cue("commented on")), "the FBI");
	CHECK(run_all("the alleged NOUN said", "Police said the alleged gunman said that he acted alone.") == AA_OK);
	CHECK_STR(mention_of(result.n_quotes == 2 ? &result.quotes[1] : NULL), "the alleged gunman");
	/* a participle after the object of a verb of saying is said by that verb's subject */
	CHECK(run_all("NAME wrote a letter to NAME asking", "Phoenix Mayor Greg Stanton wrote a letter to Attorney General "
				  "Loretta E. Lynch asking that the department investigate.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("asking")), "Greg Stanton");
	CHECK(run_all("NAME wrote in a statement to NAME, explaining", "Thiel wrote in a statement to Wired, explaining "
				  "that he had funded the lawsuits.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("explaining")), "Thiel");
	CHECK(run_all("remembered NAME claiming that", "His friend remembered Freddy claiming that his father was "
				  "Jewish.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("claiming")), "Freddy");
	/* a name's place after "of" stays with the name after the last preposition */
	CHECK(run_all("She says she plans to vote for TITLE NAME of PLACE, who blasts", "She says she plans to vote for "
				  "Senator Bernie Sanders of Vermont, who similarly blasts free trade, but from the left.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("blasts")), "Bernie Sanders");
	/* in a Title Case headline, a person's pronoun with its contraction is the phrase */
	CHECK(run_all("HEADLINE: NAME Says He’s Already Started Writing", "Sen. Bernie Sanders Says He\xE2\x80\x99s "
				  "Already Started Writing His Inaugural Address.\n\nSanders spoke on Monday.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("Writing")), "Bernie Sanders");
	/* a noun-or-verb cue after a lower-case noun that agrees with it, and before "that" and a subject, is a verb */
	CHECK(run_all("the NOUN claims that NAME", "Along with a raft of allegations, the suit claims that Gowdy made "
				  "statements that damaged his reputation.") == AA_OK);
	CHECK_STR(mention_of(with_cue("claims")), "the suit");
	CHECK_STR(text_of(with_cue("claims")), "Gowdy made statements that damaged his reputation");
	CHECK(run_all("NOUN on both sides warn that", "Partisans on both sides warn that the leading candidate would "
				  "pursue unwelcome policies.") == AA_OK);
	CHECK_STR(mention_of(with_cue("warn")), "Partisans on both sides");
	/* ... not after an adjective, a number, a particle or a noun that does not agree */
	CHECK(run_all("the ADJ claim that / his recent claim that", "It repeated the debunked claim that Mr. Trump "
				  "opposed the invasion, and his recent claim that crime rose.") == AA_OK);
	CHECK(with_cue("claim") == NULL || !same(with_cue("claim")->mention, "the debunked"));
	CHECK(run_all("the Nth state that NAME is suing", "Arizona will be the fifth state that Elias is suing over "
				  "voting issues.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("The N states that NAME classifies", "The 20 states that Gallup classifies as Republican account "
				  "for 152 votes.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("NOUN backs up reports that", "New rumor backs up reports that the Apple Watch will launch in "
				  "February.") == AA_OK);
	CHECK(with_cue("reports") == NULL || !same(with_cue("reports")->mention, "New rumor backs up"));
	CHECK(run_all("VERB ADJ charges that", "It announced its decision not to pursue criminal charges that it is "
				  "biased toward Clinton.") == AA_OK);
	CHECK(with_cue("charges") == NULL || with_cue("charges")->mention == NULL ||
		  strstr(with_cue("charges")->mention, "criminal") == NULL);
	/* findings speak without an article */
	CHECK(run_all("although history says", "Sanders leads in polls, although history says there can be major "
				  "upheavals after Iowa.") == AA_OK);
	CHECK_STR(mention_of(with_cue("says")), "history");
	CHECK(run_all("NOUN data suggests that", "But early ratings data suggests that ABC News got around 8 million "
				  "viewers.") == AA_OK);
	CHECK_STR(mention_of(with_cue("suggests")), "ratings data");
	/* a quotation after a sentence goes on from its last cue that has a speaker */
	CHECK(run("NAME ... by saying ... if asked. \"...\"", "Bolton distanced himself from the movement by saying he "
			  "would help if asked.  \"I am going to support him enthusiastically.\"") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Bolton");
	/* "put it" attributes quotations, and reports nothing else */
	CHECK(run("As NAME put it: ''...''", "Immigrants do well here.\n\nAs Professor Foner put it: ''The United States "
			  "does a better job at accepting immigrants.''") == AA_OK);
	CHECK_STR(speaker_of(with_cue("put it")), "Foner");
	CHECK(run("as NAME, ROLE, puts it, \"...\"", "As The Post's Dana Milbank puts it, \"Senate Republicans are "
			  "unmoved, and activists are uninspired.\"") == AA_OK);
	CHECK_STR(speaker_of(with_cue("puts it")), "Dana Milbank");
	CHECK(run_all("promised to put it into play", "Trump has promised to put it into play with his appeal to "
				  "blue collar voters.") == AA_OK);
	CHECK(with_cue("put it") == NULL);
	/* a day's phrase of time three words long inside the verb's words is no subject */
	CHECK(run_all("NAME did not at any time DAY mention", "Trump did not at any time Thursday mention requesting a "
				  "donation from Fox.") == AA_OK);
	CHECK_STR(mention_of(with_cue("mention")), "Trump");
	CHECK(run_all("NOUN going to the polls DAY say", "Majorities of Democrats in five states going to the polls "
				  "Tuesday say the economy is their top issue.") == AA_OK);
	CHECK_STR(mention_of(with_cue("say")), "Majorities of Democrats in five states going to the polls Tuesday");
	/* a plural noun-or-verb before a cue without -s or in -ing is the noun */
	CHECK(run_all("ADJ reports claim NAME captured", "Unconfirmed reports claim Canadian-Israeli Gill Rosenberg "
				  "captured by ISIS.") == AA_OK);
	CHECK(with_cue("reports") == NULL);
	CHECK(run_all("ADJ reports saying", "Unconfirmed reports saying ISIS hostage David Haines beheaded.") == AA_OK);
	CHECK(with_cue("reports") == NULL);
	CHECK(run_all("his remarks calling", "When Mr. Trump tried to defend his remarks calling the Chinese government "
				  "''strong,'' he stumbled.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("remarks")), "Trump");
	/* a contraction of a demonstrative or a question word names no one */
	CHECK(run_all("That’s not to suggest that", "Trump spoke. That\xE2\x80\x99s not to suggest that his comments "
				  "are making people racist.") == AA_OK);
	CHECK(with_cue("suggest") != NULL);
	CHECK_STR(speaker_of(with_cue("suggest")), NULL);
	/* a capitalised word the lexicon does not know, before an article, opens an adverbial */
	CHECK(run_all("Absent a NOUN ..., ADJ NOUN may conclude that", "Absent a strong defense of these programs, "
				  "average voters may listen and conclude that his programs must not have done much good.") == AA_OK);
	CHECK_STR(mention_of(with_cue("conclude")), "average voters");
	CHECK(run_all("Pretty soon she would have to tell", "Pretty soon she would have to tell Bharara, who would "
				  "recognize that he was not going to win.") == AA_OK);
	CHECK_STR(mention_of(with_cue("tell")), "she");
	CHECK(run_all("NAME also said", "Trump also said the wall would be built.") == AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "Trump");
	CHECK(run_all("What's more, NAME's decision ..., complaining", "What's more, Trump's decision to skip the debate, "
				  "complaining about being ill-treated by Fox, may have cost him.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("complaining")), "Trump");
	/* a participle after a clause joined by "and", with an organisation and a perfect of its own, is its */
	CHECK(run_all(", and the ORG of PLACE has already sued ..., saying", "Protest groups say the rules are unfair, and "
				  "the American Civil Liberties Union of Ohio has already sued the city, saying they violate "
				  "free-speech rights.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("saying")), "American Civil Liberties Union of Ohio");
	/* a subject pronoun right after an opening adverb is the sentence's subject */
	CHECK(run_all("Then he cut into NAME, calling", "Then he cut into Bush, calling him a stiff.") == AA_OK);
	CHECK_STR(mention_of(with_cue("calling")), "he");
	CHECK(run_all("After he spoke, NAME said", "After he spoke, Trump said the wall would be built.") == AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "Trump");
	/* "called off" cancels; a participle after a possessive, before a noun it describes, is no cue */
	CHECK(run_all("NAME called off a NOUN", "AbbVie and Shire called off a $54 billion inversion deal after the "
				  "Treasury issued new rules.") == AA_OK);
	CHECK(with_cue("called") == NULL);
	CHECK(run_all("NAME's reporting team", "He manages Breitbart\xE2\x80\x99s reporting team and political content "
				  "and frequently reports live from the field.") == AA_OK);
	CHECK(with_cue("reporting") == NULL);
	CHECK(run_all("he’s saying", "He wants a revolution; it is understandable that he\xE2\x80\x99s saying everything "
				  "is awful.") == AA_OK);
	CHECK_STR(text_of(with_cue("saying")), "everything is awful");
	/* an addressee and a time, then the clause's end: nothing told */
	CHECK(run_all("NAME emailed NOUN on DAY evening, asking", "Trump emailed supporters on Monday evening, asking "
				  "them to vote.") == AA_OK);
	CHECK(with_cue("emailed") == NULL);
	CHECK_STR(text_of(with_cue("asking")), "them to vote");
	CHECK(run_all("\"...,\" NP told MEDIUM.", "\"He always wanted to be a pilot since he was 5,\" his childhood "
				  "friend told The Daily Beast.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "his childhood friend");
	CHECK(run_all("NAME told NOUN on DAY that", "Trump told reporters on Monday that he would win.") == AA_OK);
	CHECK_STR(text_of(with_cue("told")), "he would win");
	CHECK(run_all("some warning NOUN", "A poll shows Clinton ahead, but there are some warning signs for Clinton.") ==
		  AA_OK);
	CHECK(with_cue("warning") == NULL);
	/* a count by itself after a comma stands for those a list counts; a year does not */
	CHECK(run_all("..., N said", "While 86 percent of black voters had a favorable opinion of Clinton, 43 said the "
				  "same for Sanders.") == AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "43");
	CHECK(run_all("..., YEAR said", "He ran before, in 2008, 2012 said nothing about it to the voters.") == AA_OK);
	CHECK(with_cue("said") == NULL || !same(with_cue("said")->mention, "2012"));
	/* a sentence's opening adverb, or a line's label before a name, is no part of the name */
	CHECK(run_all("Meanwhile NAME, who ..., spoke about", "Meanwhile Rihanna, who was honored with an award, spoke "
				  "about the importance of self-love.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("spoke about")), "Rihanna");
	CHECK_STR(mention_of(with_cue("spoke about")), "Rihanna");
	CHECK(run_all("(See NAME's ...) NAME said", "Jared Sexton went to the rally.\n\n(See Sexton\xE2\x80\x99s full "
				  "timeline below.)\n\n\"It was ugly,\" Sexton said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Jared Sexton");
	CHECK(run_all("Follow NAME on Twitter", "Follow John Nolte on Twitter.\n\n\"We won,\" Nolte said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "John Nolte");
	/* a label that is one of a name's words stays: "Video Messaging App" */
	CHECK(run_all("Label Name Says", "Audio Of Shooting Is Authentic, Video Messaging App Says") == AA_OK);
	CHECK_STR(speaker_of(with_cue("Says")), "Video Messaging App");
	/* a source's access, its preposition and its object, stay in the phrase after the cue */
	CHECK(run_all("\"...,\" said NP close to NP.", "Bill Clinton has been \"very worked up about it,\" said a source "
				  "close to the campaign.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_MIXED)), "a source close to the campaign");
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	CHECK(run_all("\"...,\" said NP familiar with NP, adding", "\"It was not convincing,\" said one Democrat "
				  "familiar with the talks, adding that more would come.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "one Democrat familiar with the talks");
	/* any other preposition still ends it */
	CHECK(run_all("\"...,\" said NP for NP.", "\"It was bad,\" said a spokesman for the campaign.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "a spokesman");
	/* after "each", "every", "any" a cue that is also a noun is the noun; after "another" it may be a cue */
	CHECK(run_all("NP in each state feel", "According to exit polls, 8 in 10 GOP primary voters in each state feel "
				  "down on the government.") == AA_OK);
	CHECK(with_cue("state") == NULL);
	CHECK(run_all("every report", "He read every report on the shooting.") == AA_OK);
	CHECK(with_cue("report") == NULL);
	CHECK(run_all("Another notes NP", "One ad shows her dog. Another notes her summer job in Alaska.") == AA_OK);
	CHECK_STR(mention_of(with_cue("notes")), "Another");
	/* a sentence's subject cut short after "of" or a determiner ends before them */
	CHECK(run_all("The NOUN of the NOUN of PLACE is suing NAME, claiming", "The attorney general of the state of New "
				  "York is suing Trump for $40 million, claiming Trump University is a fraud.") == AA_OK);
	CHECK_STR(mention_of(with_cue("claiming")), "The attorney general");
	CHECK(run_all("On DAY, a group of more than N NOUN, including ..., issued NP calling", "On Wednesday night, a "
				  "group of more than 50 conservative foreign policy experts, including Michael Chertoff, issued an "
				  "open letter calling Trump unfit for the office.") == AA_OK);
	CHECK_STR(mention_of(with_cue("calling")), "a group");
	/* "this" before a verb opens the reported clause; before a noun of time it is the cue's */
	CHECK(run_all("NP say this is ...", "Others say this is just a rough patch.") == AA_OK);
	CHECK_STR(text_of(with_cue("say")), "this is just a rough patch");
	CHECK(run_all("NP said this week.", "The senator said this week.") == AA_OK);
	CHECK(with_cue("said") == NULL);
	/* a verb's particle is part of the cue: "called out", "laid out", "shrugged off" */
	CHECK(run_all("NAME called out NP for", "Lindsey Graham called out his rival Donald Trump for alienating "
				  "Hispanics.") == AA_OK);
	CHECK_STR(text_of(with_cue("called out")), "his rival Donald Trump for alienating Hispanics");
	CHECK(run_all("NAME laid out NP", "Ben Carson laid out his plan for fighting the Islamic State.") == AA_OK);
	CHECK_STR(text_of(with_cue("laid out")), "his plan for fighting the Islamic State");
	CHECK(run_all("NP shrugged off NP", "Many voters shrugged off the decision.") == AA_OK);
	CHECK_STR(text_of(with_cue("shrugged off")), "the decision");
	/* "and" right after a cue: a second verb of its form shares the cue; any other reports nothing */
	CHECK(run_all("NP was tweeting and emailing a NOUN", "Cruz's campaign was tweeting and emailing a video of Trump "
				  "from 1999.") == AA_OK);
	CHECK_STR(text_of(with_cue("tweeting and emailing")), "a video of Trump from 1999");
	CHECK(run_all("NP yelled and held up NP", "The protester yelled and held up a banner.") == AA_OK);
	CHECK(with_cue("yelled") == NULL);
	CHECK(run_all("N percent agreed and N percent disagreed", "While 72 percent of Democrats said yes, 48 percent "
				  "overall agreed and 44 percent of Independents disagreed.") == AA_OK);
	CHECK(with_cue("agreed") == NULL);
	/* a verb of finding ends the phrase before a cue and the subject before a participle */
	CHECK(run_all("A poll in MONTH shows N% of NOUN say", "A CNN/ORC poll in January shows 68% of Democratic voters "
				  "say gun policy will be very important.") == AA_OK);
	CHECK_STR(mention_of(with_cue("say")), "68% of Democratic voters");
	CHECK(run_all("The poll finds NAME faring better than ..., offering", "The 50-state poll finds Trump faring "
				  "better in Ohio than in other places, offering a glimpse of a route to victory.") == AA_OK);
	CHECK_STR(mention_of(with_cue("offering")), "The 50-state poll");
	/* a plural before "of" and a name is a noun: "the Rust Belt states of Indiana" */
	CHECK(run_all("NAME states of PLACE", "Trump fares better in the Rust Belt states of Indiana and Ohio.") == AA_OK);
	CHECK(with_cue("states") == NULL);
	/* a verb after "and" or "but" shares the subject of the cue whose clause holds the cue before it */
	CHECK(run_all("NP said he did not recall, but later said", "The employee first said he did not recall, but "
				  "later said he had deleted the archive.") == AA_OK);
	CHECK_STR(text_of(nth_of_kind(AA_INDIRECT, 1)), "he had deleted the archive");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "The employee");
	CHECK(run_all("She noted that ... and called", "Clinton spoke. She noted that Sanders had criticized the "
				  "president and called the president weak.") == AA_OK);
	CHECK_STR(mention_of(with_cue("called")), "She");
	/* ... also after a phrase of occasion that follows "but" */
	CHECK(run_all("..., but in a later interview said", "The employee first said he did not recall, but in a later "
				  "interview said he had deleted the archive.") == AA_OK);
	CHECK_STR(text_of(nth_of_kind(AA_INDIRECT, 1)), "he had deleted the archive");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "The employee");
	/* a cue word in -s right after the comma that closes an appositive is the name's verb */
	CHECK(run_all("NOUN, NAME, calls NP a \"...\"", "Her chief policy aide, Jake Sullivan, calls her record a "
				  "\"blueprint\" for jobs.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("calls")), "Jake Sullivan");
	CHECK(run_all("NAME, NOUN, notes that", "Gerry O'Brien, a GOP political consultant, notes that 20% of the vote "
				  "is enough.") == AA_OK);
	CHECK_STR(text_of(with_cue("notes")), "20% of the vote is enough");
	/* not in a list, nor after a clause that a comma ends */
	CHECK(run_all("NOUN, NOUN, claims and NOUN", "He faced lawsuits, reports, claims and rumors.") == AA_OK);
	CHECK(with_cue("claims") == NULL);
	CHECK(run_all("..., who fights with NAME journalists, claims that", "This was the Trump who questions a judge "
				  "because of his heritage, who fights with Mexican American journalists, claims that Univision lies, "
				  "and asserts that Mexico wins.") == AA_OK);
	CHECK(with_cue("claims") == NULL || !same(with_cue("claims")->mention, "his heritage"));
	/* a noun with its own article before the subject's article is the clause's object, not the subject's */
	CHECK(run_all("— a probe the NOUN said was", "It was the FBI's investigation into the breach — a probe the law "
				  "enforcement agency said was ongoing as of this month.") == AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "the law enforcement agency");
	CHECK(run_all("and at one point the crowd reprised the chant \"...\"", "Trump spoke, and at one point the crowd "
				  "loudly reprised the caustic chant \"Lock her up!\" through the arena.") == AA_OK);
	CHECK_STR(mention_of(first_of_kind(AA_DIRECT)), "the crowd");
	/* a name between "about" (or "despite", "amid", "over") and a participle is its subject */
	CHECK(run_all("NP vented about NAME vowing", "At a meeting, some senators vented about Sanders vowing to fight "
				  "on.") == AA_OK);
	CHECK_STR(mention_of(with_cue("vowing")), "Sanders");
	/* not a name after "of", which may end a longer phrase */
	CHECK(run_all("N percent of NAME saying", "Polls show 47 percent of Cuban Americans saying they will support "
				  "Clinton.") == AA_OK);
	CHECK(with_cue("saying") == NULL || !same(with_cue("saying")->mention, "Cuban Americans"));
	/* "of" after an aside that cut the phrase opens no phrase */
	CHECK(run_all("half — N percent — of NOUN said", "A poll showed that only a bit more than half \xE2\x80\x94 55 "
				  "percent \xE2\x80\x94 of Sanders supporters said they were planning to back Clinton.") == AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "Sanders supporters");
	/* to deny someone something refuses it: no statement */
	CHECK(run_all("NAME denied NAME a NOUN", "Kennedy engineered a floor fight and denied Carter a final-night "
				  "photograph of unity.") == AA_OK);
	CHECK(with_cue("denied") == NULL);
	CHECK(run_all("to deny him a NOUN", "Organizers want to deny him a chance to present the invitation.") == AA_OK);
	CHECK(with_cue("deny") == NULL);
	/* a denial of a claim stays */
	CHECK(run_all("NAME denied the NOUN", "Kennedy denied the report.") == AA_OK);
	CHECK_STR(text_of(with_cue("denied")), "the report");
	/* "called" a person, then a time, an adverb or an infinitive: a telephone call, nothing said */
	CHECK(run_all("NAME called NAME to VERB NP", "Clinton called Sanders to congratulate him.") == AA_OK);
	CHECK(with_cue("called") == NULL);
	CHECK(run_all("he called NAME earlier this month to", "Bruch said he called Haugland earlier this month to learn "
				  "more.") == AA_OK);
	CHECK(with_cue("called") == NULL);
	/* not a name called something, nor "to say", nor "calling him out" */
	CHECK(run_all("NAME called NAME a NOUN", "Trump called Cruz a liar.") == AA_OK);
	CHECK_STR(text_of(with_cue("called")), "Cruz a liar");
	CHECK(run_all("NP called her to say", "Some Democrats have called her to say they will not vote for Clinton.") ==
		  AA_OK);
	CHECK(with_cue("called") != NULL);
	CHECK(run_all("by calling him out in real-time for", "Christie tripped up Rubio by calling him out in real-time "
				  "for his reliance on talking points.") == AA_OK);
	CHECK(with_cue("calling") != NULL);
	/* a cue and its addressee set off by commas report the sentence around them */
	CHECK(run_all("NP, NP told NAME, has been", "The person who plays Trump, several people told POLITICO, has already "
				  "been chosen.") == AA_OK);
	CHECK_STR(text_of(with_cue("told")), "The person who plays Trump, several people told POLITICO, has already been "
			  "chosen");
	CHECK(run_all("The NOUN, NP told them, was", "The solution, the partner told them, was simple.") == AA_OK);
	CHECK_STR(text_of(with_cue("told")), "The solution, the partner told them, was simple");
	/* not an appositive of the addressee */
	CHECK(run_all("..., who has advised NAME, the NOUN", "\"It is a campaign of slogans,\" said Cordesman, who has "
				  "advised Sen. John McCain, the 2008 nominee.") == AA_OK);
	CHECK(with_cue("advised") == NULL || strncmp(text_of(with_cue("advised")), "\"It is", 6) != 0);
	/* a "that" up to eleven words after the cue opens its clause, unless a verb in the past comes first */
	CHECK(run_all("NAME said in an interview with NAME last week that", "Ginsburg said in an interview with The "
				  "Associated Press last week that she did not want to think about it.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "she did not want to think about it");
	CHECK(run_all("NAME said NAME lied about the NOUN that", "Trump said Clinton lied about the emails that she "
				  "sent.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "Clinton lied about the emails that she sent");
	CHECK(run_all("NAME said he expected that", "President Barack Obama said he expected that Americans will say no "
				  "to it.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "he expected that Americans will say no to it");
	/* "on" and a day right after the cue are the cue's, before a subject */
	CHECK(run_all("NAME said on DAY he met", "Sheldon Adelson said on Friday he met Donald Trump.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "he met Donald Trump");
	CHECK(run_all("NP reported on DAY the NOUN had", "Multiple outlets reported on Wednesday the Secret Service had "
				  "talked to Trump.") == AA_OK);
	CHECK_STR(text_of(with_cue("reported")), "the Secret Service had talked to Trump");
	/* "posted" reports what it posts on a medium of speech, not a loss or bail */
	CHECK(run_all("NAME posted a NOUN on Twitter", "Curt Schilling posted a comment on Twitter in August that compared "
				  "radical Muslims to Nazis.") == AA_OK);
	CHECK_STR(text_of(with_cue("posted")), "a comment on Twitter in August that compared radical Muslims to Nazis");
	CHECK(run_all("NP posted a NOUN on DAY", "The team posted a loss on Sunday.") == AA_OK);
	CHECK(with_cue("posted") == NULL);
	/* after a plural subject, a word of no class before an infinitive is the verb */
	CHECK(run_all("Many NOUN try to VERB, telling", "Many unnaturalized adoptees try to stay under the radar, telling "
				  "few people about their situations.") == AA_OK);
	CHECK_STR(mention_of(with_cue("telling")), "Many unnaturalized adoptees");
	/* an adverb in -ly ends the subject, not a measure before its number */
	CHECK(run_all("NAME NOUN typically begin shouting, VERBing", "Trump supporters typically begin shouting, pointing "
				  "and jeering at the protester.") == AA_OK);
	CHECK_STR(mention_of(with_cue("shouting")), "Trump supporters");
	/* a light verb before a plural noun of speech: the verb's subject speaks */
	CHECK(run_all("NP make jokes about", "Now his friends make jokes about sending election observers to America.") ==
		  AA_OK);
	CHECK_STR(mention_of(with_cue("jokes about")), "his friends");
	/* co-anchors, moderators and front-runners are titles, no part of the name */
	CHECK(run_all("Co-moderator NAME asked", "Co-moderator Andrea Mitchell asked Sanders why he had criticized the "
				  "former president.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("asked")), "Andrea Mitchell");
	CHECK(run_all("Democratic front-runner NAME, tweeting", "Democratic front-runner Hillary Clinton thanked him, "
				  "tweeting her appreciation Friday afternoon.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("tweeting")), "Hillary Clinton");
	/* a capitalised word with a lower-case suffix after its hyphen is an adjective before the name */
	CHECK(run_all("South Korean-born NAME said", "South Korean-born Monte Haines said he was shocked.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Monte Haines");
	/* an aside right after "who" and its comma: the "who" is still the subject, for the name before it */
	CHECK(run_all("NAME, who, after ASIDE, said", "Bret Stephens, who, after trading insults with Mr. Hannity, said "
				  "that the party became an echo chamber.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Bret Stephens");
	CHECK_STR(text_of(with_cue("said")), "the party became an echo chamber");
	/* an article and an adjective make the cue word a noun; a noun between them leaves it a verb */
	CHECK(run_all("NP have a larger say than", "The most conservative voters have a larger say than they do in "
				  "the general election.") == AA_OK);
	CHECK(with_cue("say") == NULL);
	CHECK(run_all("NAME has the final say on", "Lynch still has the final say on whether Clinton faces prosecution.") ==
		  AA_OK);
	CHECK(with_cue("say") == NULL);
	CHECK(run_all("the NOUN say", "Near the park, the women say officers still scrutinize the area.") == AA_OK);
	CHECK_STR(mention_of(with_cue("say")), "the women");
	/* "state" after a capitalised word, "states" after an adjective in -ern, -ic or -al: the noun */
	CHECK(run_all("the ADJ Republican state toward", "Exit polls suggested that Hispanic voters - who have helped "
				  "push the once deeply Republican state toward Democrats - voted in lower numbers.") == AA_OK);
	CHECK(with_cue("state") == NULL);
	CHECK(run_all("Coastal states swing", "Coastal states swing toward Democrats.") == AA_OK);
	CHECK(with_cue("states") == NULL);
	CHECK(run_all("NAME states that", "John Smith states that the tax is wrong.") == AA_OK);
	CHECK_STR(text_of(with_cue("states")), "the tax is wrong");
	/* a noun of speech after a possessive and its modifiers: the subject of the verb before them says it */
	CHECK(run_all("NAME VERBed his ADJ campaign promise", "Trump tweaked his now-familiar campaign promise that he "
				  "would build a wall.") == AA_OK);
	CHECK_STR(mention_of(with_cue("promise")), "Trump");
	/* a participle after "began", "kept" and the like is said by that verb's subject */
	CHECK(run_all("NP unfolded as NP have begun urging", "The much-anticipated meeting unfolded Thursday morning as "
				  "more Republicans have begun urging the party to put the discord behind.") == AA_OK);
	CHECK_STR(mention_of(with_cue("urging")), "more Republicans");
	CHECK(run_all("..., and NAME (PARTY) kept asking her why", "Clinton first testified before Congress in 2013, and "
				  "Sen. Ron Johnson (R-Wis.) kept asking her why the State Department had blamed protests.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("asking")), "Ron Johnson");
	/* an infinitive after a verb's object says what the subject of that verb's clause does */
	CHECK(run_all("NP moved after NP used a ADJ word to describe", "The vernacular moved into the spotlight after a "
				  "woman used a socially unacceptable word to describe rival Ted Cruz.") == AA_OK);
	CHECK_STR(mention_of(with_cue("describe")), "a woman");
	/* a lower-case title before ", who" ends the phrase the "who" stands for; an organisation's word may describe it */
	CHECK(run_all("NAME VERBed a NOUN from the ADJ president, who said", "In Mexico City, Trump endured without "
				  "complaint a lecture from the Mexican president, who said that NAFTA has been good.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "the Mexican president");
	CHECK(run_all("echoing a memo from NAME's campaign manager, who argued", "Mr. Coleman said Mr. Kasich should leave "
				  "the race, echoing a memo from Mr. Rubio's campaign manager, who argued that Mr. Kasich has no "
				  "pathway.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("argued")), "Mr. Rubio's campaign manager");
	/* "CLAUSE, an offer the leadership rebuffed": the noun sums up the clause, the subject after it speaks */
	CHECK(run_all("CLAUSE, an offer the NOUN rebuffed", "President Obama has sought Republican suggestions, an offer "
				  "the leadership rebuffed at a White House meeting this week.") == AA_OK);
	CHECK_STR(mention_of(with_cue("rebuffed")), "the leadership");
	CHECK_STR(text_of(with_cue("rebuffed")), "President Obama has sought Republican suggestions");
	/* a name right after a noun and its article opens a clause of its own; a lower-case head or a hyphen keeps the phrase */
	CHECK(run_all("NOUN in a way TITLE NAME slammed as", "She passed around government emails in a way FBI Director "
				  "James Comey slammed as “extremely careless,” and she has apologized.") == AA_OK);
	CHECK_STR(mention_of(with_cue("slammed")), "FBI Director James Comey");
	CHECK(run_all("a senior White House official said", "A senior White House official said the plan was dead.") ==
		  AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "A senior White House official");
	CHECK(run_all("an anti-NAME PAC revealed", "On Monday an anti-Trump PAC revealed its polling shows Trump ahead.") ==
		  AA_OK);
	CHECK_STR(mention_of(with_cue("revealed")), "an anti-Trump PAC");
	/* "seems to be", "appears to have": a raising verb lends its subject to the cue after the auxiliary */
	CHECK(run_all("NP seems to be saying that", "The young woman seems to be saying that she was hit.") == AA_OK);
	CHECK_STR(mention_of(with_cue("saying")), "The young woman");
	CHECK(run_all("NP appears to have said that", "The senator appears to have said that the bill was dead.") == AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "The senator");
	/* "said to be", "said to show the": a passive without its "is"; what comes before is said about, no speaker */
	CHECK(run_all("NAME said to be in talks", "Microsoft said to be in talks to buy Minecraft") == AA_OK);
	CHECK(with_cue("said") == NULL);
	CHECK(run_all("the NOUN said to show the", "We took a look at the photo said to show the body of the leader.") ==
		  AA_OK);
	CHECK(with_cue("said") == NULL);
	CHECK(run_all("He said to be careful.", "He said to be careful.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "to be careful");
	CHECK(run_all("NAME said to applause that", "Clinton said to applause that she would win.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "she would win");
	/* in a headline, a singular noun of speech before a capitalised verb in -s is that verb's subject */
	CHECK(run_all("Fake-News Report Claims NAME Is", "Fake-News Report Claims Michael Jackson Is Father Of Bruno Mars") ==
		  AA_OK);
	CHECK(with_cue("Report") == NULL);
	CHECK_STR(mention_of(with_cue("Claims")), "Fake-News Report");
	/* a plural after a lower-case modifier, before the subject's article, is the clause's object */
	CHECK(run_all("we collected ADJ things the NOUN said about", "So we collected just nine particularly outrageous "
				  "things the Republican candidate said about Latinos around the time of his campaign launch.") ==
		  AA_OK);
	CHECK_STR(mention_of(with_cue("said")), "the Republican candidate");
	/* "charged" after an adverb in -ly and before a noun is an adjective; before "that" or an object, a verb */
	CHECK(run_all("his ADJ and racially charged NOUN", "Mr. Trump faced a furor over his rough and racially charged "
				  "dismissal of the couple.") == AA_OK);
	CHECK(with_cue("charged") == NULL);
	CHECK(run_all("NAME repeatedly charged that", "Sanders repeatedly charged that the system was rigged.") == AA_OK);
	CHECK_STR(text_of(with_cue("charged")), "the system was rigged");
	/* "calls" after a noun and before its object is the verb of naming */
	CHECK(run_all("The NOUN calls it a “...”", "The senator calls it a “scam.”") == AA_OK);
	CHECK_STR(text_of(first_of_kind(AA_MIXED)), "scam.");
	CHECK_STR(mention_of(first_of_kind(AA_MIXED)), "The senator");
	/* "and" glued to a dash joins the cue to the verb before: their subject is one */
	CHECK(run_all("NP has touted NOUN—“...”—and promised", "Clinton has touted her husband’s record—“the longest "
				  "peacetime expansion in our history”—and promised to put him in charge.") == AA_OK);
	CHECK_STR(mention_of(with_cue("promised")), "Clinton");
	/* a share is a subject before a noun-like cue; "call" with its object reports what follows */
	CHECK(run_all("N% say CLAUSE, N% call themselves", "Among young voters, 42% say they're liberal, 32% call "
				  "themselves conservative on social questions.") == AA_OK);
	CHECK_STR(text_of(with_cue("say")), "they're liberal");
	CHECK_STR(mention_of(with_cue("call")), "32%");
	CHECK_STR(text_of(with_cue("call")), "themselves conservative on social questions");
	/* a cue in the clause that opens the sentence reports up to the comma that closes it, before a main clause */
	CHECK(run_all("When NAME said CLAUSE, the NOUN cheered", "When Trump said that Mexico would pay, the crowd "
				  "cheered.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "Mexico would pay");
	CHECK(run_all("Though NAME said CLAUSE, NOUN cheered", "Though Trump said Mexico would pay, voters cheered.") ==
		  AA_OK);
	CHECK_STR(text_of(with_cue("said")), "Mexico would pay");
	CHECK(run_all("NAME said that when CLAUSE, CLAUSE", "Trump said that when Mexico pays, the wall will rise.") ==
		  AA_OK);
	CHECK_STR(text_of(with_cue("said")), "when Mexico pays, the wall will rise");
	/* after a preposition, a name and "calls" with its object: the verb, not "in Asian states" */
	CHECK(run_all("NOUN flare after NAME calls NAME ADJ", "Tensions flare after Sanders calls Clinton unqualified.") ==
		  AA_OK);
	CHECK_STR(text_of(with_cue("calls")), "Clinton unqualified");
	/* "repeated" before a noun of a held position and "that" reports; before any other noun it does not */
	CHECK(run_all("NAME repeated his contention that", "Obama repeated his contention that the label helps the "
				  "group.") == AA_OK);
	CHECK_STR(mention_of(with_cue("repeated")), "Obama");
	CHECK(run_all("He repeated the mistake that", "He repeated the mistake that his father made.") == AA_OK);
	CHECK(with_cue("repeated") == NULL);
	/* the occasion of saying between a name and its cue is no part of the speaker's phrase */
	CHECK(run_all("when NAME in his NOUN speech called", "The rejection was complete when Trump in his announcement "
				  "speech called immigrants from Mexico “rapists.”") == AA_OK);
	CHECK_STR(mention_of(first_of_kind(AA_MIXED)), "Trump");
	/* an infinitive after "goes on" is said by the subject of "go" */
	CHECK(run_all("The NOUN goes on to slam NAME's “...”", "The piece goes on to slam Sanders’ “political revolution” "
				  "for implying a consensus.") == AA_OK);
	CHECK_STR(mention_of(first_of_kind(AA_MIXED)), "The piece");
	/* an infinitive after the cue is what it reports, never the clause before its comma */
	CHECK(run_all("As CLAUSE, NAME has pledged to", "As Europe faces pressure from a more muscular Russia, Germany has "
				  "pledged to bolster its military.") == AA_OK);
	CHECK_STR(text_of(with_cue("pledged")), "to bolster its military");
	CHECK(run_all("CLAUSE for NP, who had pledged to", "It was a partial reversal for the Wisconsin Republican, who had "
				  "previously pledged to support the nominee.") == AA_OK);
	CHECK_STR(text_of(with_cue("pledged")), "to support the nominee");
	/* a phrase of time restated after its comma (and after a dateline) is no clause a cue reports */
	CHECK(run_all("DATELINE - On DAY, the NOUN of NP, NAME told a joke", "PORTLAND, Maine - On Friday morning, the "
				  "third day in his four-day New England swing, Libertarian nominee Gary Johnson told a joke.") == AA_OK);
	CHECK(with_cue("told") == NULL);
	CHECK(run_all("In YEAR, NAME won NAME, NAME said", "In 2012, Obama won Ohio easily, Trump said.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "In 2012, Obama won Ohio easily");
	/* a cue in a relative clause after the "Nothing" that opens the sentence reports nothing */
	CHECK(run_all("Nothing the NOUN said “...,” the NOUN said", "Nothing the president said \"will assuage people's "
				  "fears,\" the Florida senator said.") == AA_OK);
	CHECK_STR(mention_of(first_of_kind(AA_MIXED)), "the Florida senator");
	CHECK(run_all("Everything he said was a lie.", "Everything he said was a lie.") == AA_OK);
	CHECK(with_cue("said") == NULL);
	/* an infinitive after "be" and an adjective is said by the subject of "be" (the pronoun without its verb) */
	CHECK(run_all("With ... after the NAME polls closed, he’s poised to argue", "With new cash raised after the New "
				  "Hampshire polls closed, he’s poised to argue he’s in this race for the long haul.") == AA_OK);
	CHECK_STR(mention_of(with_cue("argue")), "he");
	/* ", but at least a dozen NOUN told": a clause of its own ends the one before */
	CHECK(run_all("NAME didn't answer NOUN, but at least a dozen NOUN of NAME told", "Clinton didn't stop to answer any "
				  "questions from press, but at least a dozen members of Congress told reporters she thinks the House "
				  "is within reach.") == AA_OK);
	CHECK_STR(text_of(with_cue("answer")), "any questions from press");
	/* a family name written first: the lone word is the first word of the one person named so */
	CHECK(run_all("NAME NAME warned ... NAME added", "Chinese President Xi Jinping warned of a trade war. Xi added "
				  "that Beijing was ready to talk.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("added")), "Xi Jinping");
	CHECK(run_all("NAME Jong Un ... He", "Kim Jong Un said the tests would continue. He said the country was "
				  "ready.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "Kim Jong Un");
	CHECK(run_all("two people of one first word", "Kim Jong Un said the tests would continue. Kim Yo Jong said the "
				  "talks were over. Kim said the country was ready.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 2)), "Kim");
	CHECK(run_all("a headline's run", "Outrage After Trump Speech\n\nTrump said the plan was dead.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Trump");
	/* after a country's or an organisation's possessive, a word the lexicon does not know is a person */
	CHECK(run_all("Country's NAME said", "France's Macron said the plan was dead.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Macron");
	CHECK(run_all("ORG's NAME said", "CNN\xE2\x80\x99s Tapper said the plan was dead.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Tapper");
	CHECK(run_all("Country's NAME da NAME said", "Brazil's Luiz In\xC3\xA1" "cio Lula da Silva said the plan was "
				  "dead.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Luiz In\xC3\xA1" "cio Lula da Silva");
	CHECK(run_all("Country's Agency said", "Russia's Foreign Ministry said the plan was dead.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Russia's Foreign Ministry");
	/* a speaker's mentions are those of its statements: not words resolved for a statement that was dropped */
	CHECK(run_all("mentions of statements only", "The Celtics' Jaylen Brown said the team would \"regroup and move "
				  "on.\"\n\nPolice said a woman was struck by a car outside the arena. She was taken to a hospital "
				  "with non-life-threatening injuries, according to a police spokesman.") == AA_OK);
	CHECK(result.n_speakers >= 1 && result.speakers[0].n_mentions == 1);
	CHECK_STR(result.n_speakers >= 1 && result.speakers[0].n_mentions ? result.speakers[0].mentions[0] : NULL,
			  "Jaylen Brown");
	/* two capitals the lexicon does not know, before a surname, are a person's initials */
	CHECK(run_all("Title NN NAME said ... NAME added", "Vice President JD Vance said the deal was good. Vance added "
				  "that it would pass.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("added")), "JD Vance");
	CHECK_STR(role_of_first(), "Vice President");
	CHECK(run_all("The NN NAME said", "The AP Poll said most voters were undecided.") == AA_OK);
	CHECK_STR(speaker_of_first(), "AP Poll");
	/* an affiliation's organisation may open with "the" */
	CHECK(run_all("The NOUN, NAME of the ORG, said", "The attorney, Sarah Chen of the ACLU, said the decision was a "
				  "victory.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Sarah Chen");
	CHECK_STR(text_of(with_cue("said")), "the decision was a victory");
	/* a name after a title in lower case is a person a "he" may stand for, as one with a title of capitals is */
	CHECK(run_all("title NAME said ... he said", "\"The court cannot simply defer,\" Judge Amit Mehta wrote.\n\n"
				  "Justice Department spokesperson Chad Gilmartin said the department would appeal. \"We strongly "
				  "disagree,\" he said.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_DIRECT, 1)), "Chad Gilmartin");
	/* not a role's own words, nor a modifier of the noun after it */
	CHECK(run_all("the former Title of Place, who", "\"We will win,\" Judge Amit Mehta said.\n\nThe former Attorney "
				  "General of Delaware, who died last year, was praised. \"He was a friend,\" he said.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_DIRECT, 1)), "Amit Mehta");
	/* an organisation's acronym in brackets after its name names it later */
	CHECK(run_all("The ORG NAME (ACRONYM) said ... The ACRONYM said", "The World Health Organization (WHO) said the "
				  "outbreak was contained. The WHO said it would send experts.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "World Health Organization");
	CHECK(result.n_speakers == 1);
	/* not a party's tag, nor capitals of another first letter */
	CHECK(run_all("NAME (R-Texas) said", "The Senate Judiciary Committee (SJC) met. The Republican National "
				  "Committee (GOP) said it was ready. The GOP said it would win.") == AA_OK);
	CHECK(result.n_speakers == 2);
	/* "A spokesman for NAME, NAME, declined to": the title may name whom it serves before the name it describes */
	CHECK(run_all("A title for NAME, NAME, declined to", "A spokesman for Johnson, Taylor Haulsee, declined to "
				  "comment on the report.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Taylor Haulsee");
	CHECK_STR(role_of_first(), "A spokesman for Johnson");
	/* "the Kentucky Republican": a party's noun after "the" and a place stands for the subject of the sentence before */
	CHECK(run_all("Title NAME is criticizing NAME. ..., the Place Party dismissed", "Senate Majority Leader Mitch "
				  "McConnell is criticizing President Barack Obama as a weak leader.\n\nIn a statement, the Kentucky "
				  "Republican on Tuesday dismissed the plan as a distraction.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("dismissed")), "Mitch McConnell");
	CHECK(run_all("NAME said no. \"...,\" the Place independent said", "Sen. Bernie Sanders said no. \"This is "
				  "wrong,\" the Vermont independent said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Bernie Sanders");
	/* not a newspaper, nor the party itself */
	CHECK(run_all("The Independent said", "Sen. Bernie Sanders spoke. The Independent said the plan was dead.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Independent");
	CHECK(run_all("The Democrats said", "Sen. Bernie Sanders spoke. The Democrats said the plan was dead.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Democrats");
	/* a noun that may be a cue, after its article, is the means of saying before "that" */
	CHECK(run_all("NOUN at ORG wrote in a note to NOUN that", "Analysts at Goldman Sachs wrote in a note to clients "
				  "that the acquisition made sense.") == AA_OK);
	CHECK_STR(text_of(with_cue("wrote")), "the acquisition made sense");
	/* a pronoun after its sentence's subject, which names a person of its gender, is that person's */
	CHECK(run_all("Mr. NAME, who has endorsed Mr. NAME, ..., stressing in his remarks", "Mr. McConnell, who has both "
				  "endorsed Mr. Trump and criticized his campaign, offered a restrained embrace on Tuesday, stressing in "
				  "his remarks that Mr. Trump would sign laws passed by the Senate.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("remarks")), "McConnell");
	CHECK(run_all("Gov. NAME — who ... NAME — made ..., and he has battled", "Gov. Chris Christie \xE2\x80\x94 who is "
				  "being vetted as a running mate for Trump \xE2\x80\x94 made the city a priority, and he has battled "
				  "with Guardian, at one point calling the mayor a \"liar.\"") == AA_OK);
	CHECK_STR(speaker_of(with_cue("calling")), "Chris Christie");
	/* not a name inside the quotation before it */
	CHECK(run_all("NAME said. \"NAME is ...,\" he said", "Trump spoke to Mr. Stevens. \"Rubio is not going after the "
				  "person who is winning,\" he said.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("said")), "Rubio"));
	/* an "and" inside an organisation's name, after "of" or "for" */
	CHECK(run_all("The ORG of NAME and NAME said", "The Department of Health and Human Services said it would review "
				  "the data.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Department of Health and Human Services");
	CHECK(run_all("The ORG for NAME and NAME said", "The Centers for Disease Control and Prevention said it would "
				  "review the data.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Centers for Disease Control and Prevention");
	/* ... and after "the", before an organisation's word; not two whole names */
	CHECK(run_all("The NAME and NAME ORG said", "The Food and Drug Administration said the drug was safe.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Food and Drug Administration");
	CHECK(run_all("A spokesman for the NAME and NAME ORG said", "A spokesman for the Food and Drug Administration said "
				  "the drug was safe.") == AA_OK);
	CHECK(!same(speaker_of_first(), "Drug Administration"));
	CHECK(run_all("the ORG and ORG reported", "The claim was first reported by the New York Times and Los Angeles "
				  "Times.") == AA_OK);
	CHECK(!same(speaker_of_first(), "New York Times and Los Angeles Times"));
	CHECK(run_all("NAME and NAME said", "Smith and Wesson said sales rose.") == AA_OK);
	CHECK(!same(speaker_of_first(), "Smith and Wesson"));
	/* not two people */
	CHECK(run_all("Title of Place NAME and NAME said", "Secretary of State Hillary Clinton and Donald Trump said they "
				  "would debate.") == AA_OK);
	CHECK(!same(speaker_of_first(), "Hillary Clinton and Donald Trump"));
	/* a phrasal cue's participle after a comma ends the clause before it */
	CHECK(run_all("NAME said that CLAUSE, brushing aside reports", "Sam Altman said that the company would release a "
				  "new model next month, brushing aside reports that development had stalled.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "the company would release a new model next month");
	/* the titles of county offices, police and professions */
	CHECK(run_all("County Recorder NAME told", "County Recorder Justin Heap told reporters the count would take "
				  "days.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Justin Heap");
	CHECK_STR(role_of_first(), "County Recorder");
	CHECK(run_all("Retired teacher NAME said", "Retired teacher Maria Lopez said she was worried.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Maria Lopez");
	/* a name that gives no gender, subject of the sentence before, takes a he or she before a gendered name further back */
	CHECK(run_all("NAME said. NAME, ROLE, weighed in. \"...,\" he wrote.", "Dan Ives said the fundamentals "
				  "remained strong.\n\nElon Musk, the billionaire owner of X, weighed in on the platform. \"Apple "
				  "should come clean,\" he wrote.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("wrote")), "Elon Musk");
	/* not when a he of its own follows the name, nor a name that owns the subject, nor one in brackets */
	CHECK(run_all("Along with her husband, NAME, she has given. \"...,\" she said.", "Rachel Berg said the speeches "
				  "had led her to count Trump out. Along with her husband, Milton Berg, she has given to many "
				  "candidates. \"I feel bad to say it,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Rachel Berg");
	CHECK_STR(speaker_of(nth_of_kind(AA_DIRECT, 0)), "Rachel Berg");
	CHECK(run_all("NAME ... (ORG NAME produces her line.) she released", "Ivanka Trump said the brand would grow. "
				  "(Marc Fisher Footwear produces her shoe line.) \"G-III is a trusted partner,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_DIRECT, 0)), "Ivanka Trump");
	CHECK(run_all("NAME said. NAME's name started. He denied", "Alan Grayson said he would run. Lolita Grayson filed "
				  "reports. Grayson's name started to become toxic. He denied the charges.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("denied")), "Alan Grayson");
	/* after "according to X," what runs on to the quotation is the clause, no appositive */
	CHECK(run_all("According to NAME, the episode \"...\" on", "According to Dan Ives, the episode \"won't move the "
				  "needle\" on Apple's stock.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Dan Ives");
	CHECK(role_of_first() == NULL);
	/* "CLAUSE, according to X, a ROLE.": the role ends the sentence, the clause is before the source */
	CHECK(run_all("CLAUSE, according to NAME, an analyst at ORG.", "The episode will not move the needle, according "
				  "to Dan Ives, an analyst at Wedbush.") == AA_OK);
	CHECK_STR(text_of(with_cue("according to")), "The episode will not move the needle");
	CHECK_STR(role_of_first(), "an analyst at Wedbush");
	/* ... and a role closed by "who" is one ("the ORG of Place, one of ...": no person's affiliation) */
	CHECK(run_all("CLAUSE, according to NAME, a pollster who", "Her favorability is worse than ever, according to "
				  "Bill McInturff, a Republican pollster who conducted the poll.") == AA_OK);
	CHECK_STR(role_of_first(), "a Republican pollster");
	CHECK(run_all("CLAUSE, according to the ORG of Place, one of", "The contract covers about 100 workers, according "
				  "to the Communications Workers of America, one of the unions representing the employees.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Communications Workers of America");
	CHECK_STR(text_of(with_cue("according to")), "The contract covers about 100 workers");
	/* two words, a subject and its past, make a clause; a verb of saying does not */
	CHECK(run_all("The bank said revenue rose.", "The bank said revenue rose.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "revenue rose");
	CHECK(run_all("Officials said NAME lied.", "Officials said Trump lied.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "Trump lied");
	CHECK(run_all("NAME said he resigned.", "Smith said he resigned.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "he resigned");
	CHECK(run_all("as bad as she said, he said,", "If the grab was as bad as she said, he said, why hadn't she "
				  "screamed?") == AA_OK);
	CHECK(!same(text_of(nth_of_kind(AA_INDIRECT, 0)), "he said"));
	/* "the company" is the business named before it; "the committee" the organisation whose name holds the word */
	CHECK(run_all("ORG denied. \"...,\" the company said", "Apple on Tuesday denied the report, which cited "
				  "Reuters. \"We have never done this,\" the company said in a statement.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_DIRECT, 0)), "Apple");
	CHECK_STR(mention_of(nth_of_kind(AA_DIRECT, 0)), "the company");
	CHECK(run_all("The ORG Committee met. The committee said", "The Senate Judiciary Committee met on Monday. The "
				  "committee said cases were rising.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Senate Judiciary Committee");
	/* not an organisation that is no business, nor past a name of no known kind, nor "the media" */
	CHECK(run_all("the NAACP ... the company said", "The NAACP praised the settlement. The company said it would "
				  "pay.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "The company");
	CHECK(run_all("Apple ... Goldman Sachs ... The firm said", "Apple reported profits. Goldman Sachs raised its "
				  "target. The firm said revenue rose sharply.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "The firm");
	CHECK(run_all("Vox Media ... the media said", "Vox Media grew. The media said the vote was close.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "The media");
	/* an age set off after the name: the name denies, no inverted speaker after the cue */
	CHECK(run_all("In court, former banker NAME, 52, denied all charges", "In court, former banker Raj Patel, 52, "
				  "denied all charges of fraud.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("denied")), "Raj Patel");
	CHECK_STR(text_of(with_cue("denied")), "all charges of fraud");
	CHECK_STR(role_of_first(), "former banker");
	/* "NAME, of Place, north Place, pleaded": the direction and its place continue the home town */
	CHECK(run_all("NAME, of Place, north Place, pleaded", "Patel, of Harrow, north London, pleaded not guilty to "
				  "six counts.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Patel");
	/* told parliament: whom it is told; a count added is no speech */
	CHECK(run_all("NAME told parliament the ORG had added 5,000 beds", "Wes Streeting told parliament the NHS had "
				  "added 5,000 beds since January.") == AA_OK);
	CHECK_STR(text_of(with_cue("told")), "the NHS had added 5,000 beds since January");
	CHECK(with_cue("added") == NULL);
	/* a country's possessive before a title is a person, not the country */
	CHECK(run_all("Place's health minister rejected claims", "Britain's health minister on Wednesday rejected "
				  "claims that hospitals were running out of beds.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Britain's health minister");
	/* "NAME, an appositive, who ..., said": the name speaks, the appositive is its role */
	CHECK(run_all("NAME, an emeritus professor at ORG, who ..., said", "Tom Sanders, an emeritus professor of "
				  "nutrition at King's College London, who was not involved in the study, said the findings were "
				  "weak.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Tom Sanders");
	CHECK_STR(role_of_first(), "an emeritus professor of nutrition at King's College London");
	/* "A description, the Name in capitals, said": the name speaks, the description is its role */
	CHECK(run_all("A description, the ORG for NAME, reported", "A Syrian opposition monitor, the Syrian Observatory "
				  "for Human Rights, reported that 20 people were killed.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Syrian Observatory for Human Rights");
	CHECK_STR(role_of_first(), "A Syrian opposition monitor");
	CHECK(run_all("A spokesman, the Rev. NAME, said", "A spokesman, the Rev. John Smith, said the church was "
				  "closed.") == AA_OK);
	CHECK_STR(speaker_of_first(), "John Smith");
	/* (a name without "the" after the description was the speaker already) */
	CHECK(run_all("Another pollster, NAME, said", "Another pollster, David Woodard, said the race was close.") == AA_OK);
	CHECK_STR(speaker_of_first(), "David Woodard");
	/* a title's comma inside its closing mark ends the question after "Asked" */
	CHECK(run_all("Asked about X on “Title,” NAME said", "Asked about the attack on \xE2\x80\x9C" "CBS This "
				  "Morning,\xE2\x80\x9D Sanders said the country must respond.") == AA_OK);
	CHECK_STR(text_of(with_cue("Asked")), "about the attack on \xE2\x80\x9C" "CBS This Morning,\xE2\x80\x9D");
	CHECK_STR(text_of(with_cue("said")), "the country must respond");
	/* a role noun after a capitalised "The" is found by its title, not by the "the" in someone's role */
	CHECK(run_all("NAME, a former mayor of the region, said. The witness said", "Christian Estrosi, a former mayor of "
				  "Nice and president of the Regional Council, said the truck carried arms.\n\nThe witness said the "
				  "driver accelerated.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "The witness");
	CHECK(run_all("RNC Chairman NAME ... The chairman said", "RNC Chairman Reince Priebus spoke. John Ryder, the RNC's "
				  "chief counsel, said the rules were fair.\n\nThe chairman said Sunday that he opposes any "
				  "changes.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "Reince Priebus");
	/* local news: a resident before the name is a role; told the council names whom it is told */
	CHECK(run_all("said longtime resident NAME, 81", "\"I'll believe it when I see it,\" said longtime resident "
				  "Margaret Hill, 81.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Margaret Hill");
	CHECK(run_all("NAME told the council the project would cost", "Nate Bottom told the council the project would "
				  "cost about $4 million.") == AA_OK);
	CHECK_STR(text_of(with_cue("told")), "the project would cost about $4 million");
	/* an age or a person's noun after "the" is the person who opens the sentence before */
	CHECK(run_all("NAME added points. The 31-year-old said", "Anthony Davis added 24 points and 15 rebounds. The "
				  "31-year-old said he felt fine.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Anthony Davis");
	CHECK_STR(mention_of(with_cue("said")), "The 31-year-old");
	CHECK(run_all("NAME addressed rumors. \"...,\" the singer said.", "Taylor Swift addressed the rumors on Saturday. "
				  "\"None of it is true,\" the singer said.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Taylor Swift");
	/* ... not one the sentence before brought in with that noun */
	CHECK(run_all("NAME got advice from a veteran. The veteran said", "John Kasich got advice from a Vietnam War combat "
				  "veteran on Monday. The veteran said the troops were ready.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("said")), "John Kasich"));
	/* a title capitalised after "the" stands for the one named with it before */
	CHECK(run_all("Prime Minister NAME said. \"...,\" the Prime Minister said.", "Prime Minister Keir Starmer said on "
				  "Monday that taxes would rise. \"We will deliver,\" the Prime Minister said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Keir Starmer");
	CHECK_STR(mention_of(first_of_kind(AA_DIRECT)), "the Prime Minister");
	CHECK(run_all("Mayor NAME spoke. \"...,\" the New York Mayor said.", "Mayor Eric Adams spoke on Monday. \"It is "
				  "safe,\" the New York Mayor said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Eric Adams");
	/* ... not when no one named holds it */
	CHECK(run_all("\"...,\" the President said.", "\"We will deliver,\" the President said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "President");
	/* told a named addressee: a bare noun and its auxiliary open the clause, not the addressee's words */
	CHECK(run_all("told the ORG engineers were working", "A spokesperson told the BBC engineers were working to "
				  "restore supplies.") == AA_OK);
	CHECK_STR(text_of(with_cue("told")), "engineers were working to restore supplies");
	CHECK(run_all("telling them they'd have to", "Carson addressed the students, telling them they'd have to retake "
				  "the exams.") == AA_OK);
	CHECK_STR(text_of(with_cue("telling")), "they'd have to retake the exams");
	/* a relative named in full after a noun of family: the surname alone is the one the article is about */
	CHECK(run_all("NAME died. ... her son, NAME, who said ... Dr SURNAME dismissed", "Margaret Okafor, a surgeon, "
				  "died on Sunday. She was 88.\n\nHer death was confirmed by her son, Chidi Okafor, who said she had "
				  "been ill.\n\nIn a 2010 interview, Dr Okafor said the early years were hard.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 0)), "Chidi Okafor");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "Margaret Okafor");
	/* ... and the noun's gender is the relative's: "she" is not the son */
	CHECK(run_all("her son, NAME, ... she said", "Margaret Okafor, a surgeon, died. Her death was confirmed by her son, "
				  "Chidi Okafor. In 2010, she said the early years were hard.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Margaret Okafor");
	/* ... unless the paragraph names the relative again: "Bill Clinton spoke ... Clinton said" */
	CHECK(run_all("her husband, former President NAME ... NAME spoke ... SURNAME said", "Hillary Clinton was joined by "
				  "her husband, former President Bill Clinton.\n\nBill Clinton spoke with voters. Clinton said the "
				  "turnout was strong.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Bill Clinton");
	/* a rival before a name is no part of it, nor a role alone; a party's word alone after it is no one */
	CHECK(run_all("Rival NAME said", "Rival Hillary Clinton said she raised $15 million.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Hillary Clinton");
	CHECK(role_of_first() == NULL);
	CHECK(run_all("GOP rival NAME announced", "GOP rival Ted Cruz announced he was choosing Carly Fiorina.") == AA_OK);
	CHECK_STR(role_of_first(), "GOP rival");
	/* a transcript: labels in capitals speak their whole turns and are the people named with them */
	CHECK(run_all("JAKE TAPPER: ... / SEN. MARIA LOPEZ (D-NM): ... / TAPPER: ... says ... / LOPEZ: ...",
				  "Transcript\n\nJAKE TAPPER: Senator, thanks for joining us. Did you know about the payments?\n\n"
				  "SEN. MARIA LOPEZ (D-NM): No, Jake, I did not.\n\nTAPPER: Your former chief of staff says "
				  "otherwise.\n\nLOPEZ: We will release everything the committee asks for.") == AA_OK);
	CHECK(result.n_quotes == 4);
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 0)), "JAKE TAPPER");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "MARIA LOPEZ");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 2)), "JAKE TAPPER");
	CHECK_STR(text_of(nth_of_kind(AA_INDIRECT, 2)), "Your former chief of staff says otherwise");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 3)), "MARIA LOPEZ");
	/* ... "No" to a question put to "you" denies it; labels in capitals are no transcript's in a headline */
	CHECK(nth_of_kind(AA_INDIRECT, 1) && nth_of_kind(AA_INDIRECT, 1)->is_denial);
	CHECK_STR(nth_of_kind(AA_INDIRECT, 1) ? nth_of_kind(AA_INDIRECT, 1)->denied : NULL,
			  "Did you know about the payments");
	CHECK(run_all("Q: Did you ...? / A: No.", "Interview\n\nQ: Did you take money from the developer?\n\nA: No. "
				  "Never. Not a cent.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("Q: Is it ...? / A: No.", "Interview\n\nQ: Is the plan dead?\n\nA: No. We are still "
				  "talking.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("FULL TEXT. / He said", "Admiral rattles Beijing\n\nFULL TEXT.\n\nHe said the waters were "
				  "disputed.") == AA_OK);
	CHECK(speaker_of_first() == NULL);
	/* titles alone name no one: a headline's "Minister" is not the "Prime Minister" named later */
	CHECK(run_all("Minister denies ... / the Prime Minister", "Minister denies affair claims\n\nAsked whether the "
				  "Prime Minister had confidence in him, a spokesman said yes.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("denies")), "Minister");
	/* "they" after a sentence whose subject is a group in lower case is that group, not an organisation named before */
	CHECK(run_all("ORG said ... the protesters marched. ... they chanted", "Temple University said the march was "
				  "peaceful.\n\nBut the protesters also paid tribute to Clarence Howard.\n\nAs they made their way "
				  "down Broad Street, they chanted \"no justice, no peace.\"") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_MIXED)), "the protesters");
	/* ... not past an organisation that opens the pronoun's own sentence */
	CHECK(run_all("the feds would ... ORG blocked the bill because they said", "Under that plan, the feds would "
				  "have directed funding to hospitals. Senate Democrats blocked the bill because they said the "
				  "language was a poison pill.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Senate Democrats");
	/* a time zone after a clock time is no organisation */
	CHECK(run_all("at 23:00 BST. \"...,\" they said.", "Police were called shortly after 23:00 BST on Saturday."
				  "\n\n\"We are heartbroken,\" they said.") == AA_OK);
	CHECK(!same(speaker_of_first(), "BST"));
	/* a nationality after "the" is the person the sentence before opened with */
	CHECK(run_all("NAME was delighted. \"...,\" said the Dane.", "Brentford boss Thomas Frank was delighted. \"The "
				  "lads were magnificent,\" said the Dane.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Thomas Frank");
	CHECK_STR(mention_of(result.n_quotes ? &result.quotes[0] : NULL), "the Dane");
	CHECK(run_all("The German economy shrank. \"...,\" the German said.", "The German economy shrank. \"It is "
				  "bad,\" the German said.") == AA_OK);
	CHECK_STR(speaker_of_first(), "German");
	/* "CLAUSE, according to X, who ...": the source's relative clause does not make it an aside */
	CHECK(run_all("CLAUSE, according to two officials, who spoke on condition of anonymity", "Talks on a ceasefire "
				  "stalled on Thursday, according to two officials, who spoke on condition of anonymity.") == AA_OK);
	CHECK_STR(text_of(with_cue("according to")), "Talks on a ceasefire stalled on Thursday");
	/* ... and with a word before the title, the person the sentence before opened with, named after a description */
	CHECK(run_all("The ORG' spokesman, NAME, said ... \"...,\" the Queensland MP said.", "The Greens' housing "
				  "spokesman, Max Chandler-Mather, said his party would not support the bill.\n\n\"We will not,\" "
				  "the Queensland MP said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Max Chandler-Mather");
	/* ... not an organisation's name that ends in a title's word */
	CHECK(run_all("NAME spoke. The Brennan Center for Justice noted", "Judge JoAnne Kloppenburg spoke on Monday. The "
				  "Brennan Center for Justice noted that spending had risen.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("noted")), "Brennan Center for Justice");
	/* a name in a description that the sentence before holds ties it to that sentence's person */
	CHECK(run_all("NAME said ORG had no plans. \"...,\" the ORG chief executive told investors.", "Elon Musk said on "
				  "Wednesday that Tesla had no plans to cut prices.\n\n\"We're not going to chase volume,\" the Tesla "
				  "chief executive told investors.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Elon Musk");
	/* ... not a party's or a nationality's word */
	CHECK(run_all("NAME spoke at the Democratic convention. \"...,\" the Democratic nominee said.", "Donald Trump spoke "
				  "about the Democratic convention.\n\n\"A man you can bait with a tweet is not a man we can "
				  "trust,\" the Democratic nominee said.") == AA_OK);
	CHECK(!same(speaker_of(first_of_kind(AA_DIRECT)), "Donald Trump"));
	/* a description in one office is no one whose role names another office ... */
	CHECK(run_all("Union president NAME called ... The minister denied", "Union president Erin Ariss called the "
				  "plan \"too little, too late.\"\n\nThe minister denied that staffing shortages were to "
				  "blame.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("denied")), "Erin Ariss"));
	/* ... but the unnamed speaker described before in the same office */
	CHECK(run_all("Ontario's health minister says ... The minister denied", "Ontario's health minister says "
				  "hospitals will get more money.\n\nUnion president Erin Ariss called the plan \"too little.\""
				  "\n\nThe minister denied that staffing shortages were to blame.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("denied")), "Ontario's health minister");
	CHECK(run_all("a senior official said ... The official added", "A senior Pentagon official said the strike "
				  "had been approved.\n\nThe official added that more were planned.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("added")), "A senior Pentagon official");
	/* "..., but unions call it ...": a group noun and a cue of its own end the reported clause */
	CHECK(run_all("says CLAUSE, but unions call the money \"...\"", "The minister says hospitals will get more "
				  "money, but unions call the money \"a drop in the bucket.\"") == AA_OK);
	CHECK_STR(text_of(with_cue("says")), "hospitals will get more money");
	CHECK_STR(speaker_of(first_of_kind(AA_MIXED)), "unions");
	/* a company's legal form, after its comma or not, is no name of its own, but makes the name a business's */
	CHECK(run_all("NAME, Inc. announced ... The company said ... NAME denied", "Robot maker unveils model\n\nAcme "
				  "Robotics, Inc. today announced a robot. The company said it was ready. Acme Robotics denied "
				  "reports that it was for sale.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("announced")), "Acme Robotics");
	CHECK_STR(speaker_of(with_cue("said")), "Acme Robotics");
	CHECK_STR(speaker_of(with_cue("denied")), "Acme Robotics");
	CHECK(run_all("NAME Inc. announced ... The company said", "Robot maker unveils model\n\nAcme Robotics Inc. "
				  "announced a robot. The company said it was ready.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Acme Robotics");
	/* "blamed X for Y" reports what the subject said, as "accused" does; "the blame" is a noun */
	CHECK(run_all("NAME blamed X for Y", "The DA's health spokesperson, Michele Clarke, blamed the department for "
				  "the decline.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("blamed")), "Michele Clarke");
	CHECK_STR(text_of(with_cue("blamed")), "the department for the decline");
	CHECK(run_all("NAME shares the blame", "Economists say the minister shares the blame for the slump.") == AA_OK);
	CHECK(with_cue("blame") == NULL);
	/* a noun of an organisation's kind before its name, after words of no class, is no verb */
	CHECK(run_all("Migrant worker advocacy group ORG welcomed ... but said", "Migrant worker advocacy group "
				  "Transient Workers Count Too welcomed the move but said it did not go far enough.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Transient Workers Count Too");
	CHECK(run_all("NAME's advocacy group ORG", "Steven Law spoke on Monday. Meanwhile, Law's advocacy group One "
				  "Nation is airing ads praising Sen. Kelly Ayotte for her work.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("praising")), "One Nation");
	/* a title's domain after "for" or "of" ends where a name begins: a known first name, or after its last word */
	CHECK(run_all("CLAUSE, Minister for Manpower NAME said. Dr NAME said", "Story\n\nThe rules will change, "
				  "Minister for Manpower Tan See Leng said. Dr Tan said it was fine.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Tan See Leng");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "Tan See Leng");
	CHECK(run_all("Secretary of State for Health NAME said", "Secretary of State for Health Wes Streeting said "
				  "the talks would go on.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Wes Streeting");
	/* "SINGAPORE:": a place in capitals and its colon is a dateline */
	CHECK(run_all("PLACE: CLAUSE, NAME announced", "Story\n\nSINGAPORE: The ministry will tighten the rules, "
				  "Minister Tan See Leng announced on Tuesday.") == AA_OK);
	CHECK_STR(text_of(with_cue("announced")), "The ministry will tighten the rules");
	/* "His solicitor, NAME, said": a title after a possessive pronoun is a role; a relative is none */
	CHECK(run_all("His solicitor, NAME, said", "The mayor spoke. His solicitor, Fiona Grant, said in a letter that "
				  "the complaints were unfounded.") == AA_OK);
	CHECK_STR(role_of_first(), "His solicitor");
	CHECK(run_all("His wife, NAME, said", "The mayor spoke. His wife, Mary Smith, said the complaints were "
				  "unfounded.") == AA_OK);
	CHECK(role_of_first() == NULL);
	/* a club that reads as a person's name, before a title, is not the person the sentence opens with */
	CHECK(run_all("ORG rout Villa. Villa boss NAME admitted ... \"...,\" the Spaniard said.", "Arsenal beat Aston "
				  "Villa on Saturday.\n\nVilla boss Unai Emery admitted his side had been second best. \"We did "
				  "not compete,\" the Spaniard said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Unai Emery");
	/* a progressive of a cue of introductions before ", adding" introduces nothing: the speaker is the sentence's */
	CHECK(run_all("NAME said X was continuing, adding that", "The mayor spoke. Det. Insp. John Moss said the "
				  "investigation was continuing, adding that it would take weeks.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("adding")), "John Moss");
	CHECK_STR(role_of_first(), "Det. Insp.");
	/* British abbreviations of titles: "Cllr" */
	CHECK(run_all("Cllr NAME promised", "The mayor spoke. Cllr James Porter promised the plan would transform "
				  "lives.") == AA_OK);
	CHECK_STR(speaker_of_first(), "James Porter");
	/* a person's noun before a known first name is a title ("Singer Mary Cole") */
	CHECK(run_all("Singer NAME said", "The mayor spoke. Singer Mary Cole said the reports were wrong.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Mary Cole");
	CHECK_STR(role_of_first(), "Singer");
	/* ", branding the claims “...”" ends the clause before it and calls the claims false */
	CHECK(run_all("NAME hit back at reports that X, branding the claims \"rubbish\"", "Story\n\nSinger Mary Cole "
				  "has hit back at reports that she has separated, branding the claims \"complete and utter "
				  "rubbish\".") == AA_OK);
	CHECK_STR(denied_of(with_cue("hit back at")), "she has separated");
	CHECK_STR(denied_of(with_cue("branding")), "the claims");
	/* "the newspaper" is the unnamed speaker described before so, with every name it holds ... */
	CHECK(run_all("a Baton Rouge newspaper said ... The newspaper urged", "A Baton Rouge newspaper said the damage "
				  "was extensive.\n\nThe newspaper urged Clinton to visit.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("urged")), "A Baton Rouge newspaper");
	/* ... not another's campaign, nor a noun after a preposition */
	CHECK(run_all("Rubio's campaign said ... The Cruz campaign calls", "Rubio's campaign said the attack was "
				  "unfair.\n\nThe Cruz campaign calls this a false narrative.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("calls")), "Rubio's campaign"));
	CHECK(run_all("a message on the website said ... the website says", "A message on the website said all were "
				  "welcome.\n\nThe website says the economy is slow.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("says")), "A message on the website"));
	/* "NAME, ROLE, VERB ..., according to X": the appositive's commas do not end the clause the source reports */
	CHECK(run_all("NAME, the owner, will plead guilty, according to X", "The mayor spoke. Paul Danner, the owner, "
				  "will plead guilty, according to court filings.") == AA_OK);
	CHECK_STR(text_of(with_cue("according to")), "Paul Danner, the owner, will plead guilty");
	/* "The Minister of Health, NAME,": an office's holder whose given name is not a known one, no place */
	CHECK(run_all("The Minister of Health, NAME, insisted", "The mayor spoke. The Minister of Health, Lai "
				  "Mohammed, insisted that the army was not deployed.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("insisted")), "Lai Mohammed");
	CHECK_STR(role_of_first(), "The Minister of Health");
	/* ... nor when a participle's clause opens the sentence; "Alhaji" is an honorific */
	CHECK(run_all("Speaking in Abuja, the Minister of Information, Alhaji NAME, insisted", "The mayor spoke. "
				  "Speaking with journalists in Abuja, the Minister of Information, Alhaji Lai Mohammed, insisted "
				  "that the army was not deployed.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("insisted")), "Lai Mohammed");
	/* a place after the office's "of" still continues it */
	CHECK(run_all("The mayor of Flint, Mich., NAME, said", "The mayor of Flint, Mich., Karen Weaver, said the "
				  "water was clean. It was.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Karen Weaver");
	/* "According to the study's lead author, NAME, ...": the name speaks, the title is its role */
	CHECK(run_all("According to TITLE, NAME, CLAUSE", "The mayor spoke. According to the study's lead author, Dr "
				  "Zeke Hausfather, the models used in the research were more accurate.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("According to")), "Zeke Hausfather");
	CHECK_STR(text_of(with_cue("According to")), "the models used in the research were more accurate");
	/* ... not when the source is no person ("according to an FBI summary, Mills sent") */
	CHECK(run_all("According to SUMMARY, NAME VERB", "The mayor spoke. According to an FBI summary, Mills sent "
				  "the email.") == AA_OK);
	CHECK_STR(text_of(with_cue("According to")), "Mills sent the email");
	/* "denied this." denies "this", which opens no phrase of time */
	CHECK(run_all("X claimed ..., but a source denied this.", "Story\n\nReports claimed Barcelona had made an "
				  "approach. A source close to the player denied this.") == AA_OK);
	CHECK_STR(denied_of(with_cue("denied")), "this");
	CHECK(run_all("NAME denied this week that", "Story\n\nThe player denied this week that he was leaving.") == AA_OK);
	CHECK_STR(denied_of(with_cue("denied")), "he was leaving");
	/* a pronoun after an unnamed office's holder, the subject before it, with no one else near, is the holder's */
	CHECK(run_all("The Conservative chairman has denied ... \"...,\" he said.", "Live\n\n10:20am\nThe "
				  "Conservative chairman has denied that the party is heading for defeat. \"That's simply not "
				  "true,\" he said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "The Conservative chairman");
	/* an indefinite one even when a person was named before; not one whose word gives the other gender */
	CHECK(run_all("NAME was held. A police spokeswoman said ... \"...,\" she said.", "John Moss was held on "
				  "Friday.\n\nA police spokeswoman said the investigation was continuing. \"We are appealing "
				  "for witnesses,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "A police spokeswoman");
	CHECK(run_all("A police spokeswoman said ... \"...,\" he said.", "A police spokeswoman said the "
				  "investigation was continuing. \"We are appealing for witnesses,\" he said.") == AA_OK);
	CHECK(speaker_of(first_of_kind(AA_DIRECT)) == NULL);
	/* an abbreviation that follows what it abbreviates ends its sentence before "No", "The", "A" ... */
	CHECK(run_all("... at 2:30 a.m. No one was injured, he said.", "Officers arrived at 2:30 a.m. No one was "
				  "injured, he said.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "No one was injured");
	CHECK(run_all("... in the U.S. The company said", "The firm sells cars in the U.S. The company said sales "
				  "were strong.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "The company");
	/* ... not before a day or a name, nor after a title ("Rev.") */
	CHECK(run_all("... at 2:30 a.m. Sunday, police said.", "Officers arrived at 2:30 a.m. Sunday, police said.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "Officers arrived at 2:30 a.m. Sunday");
	CHECK(run_all("The Rev. NAME said", "Story\n\nThe Rev. Al Sharpton said the march would go on.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Al Sharpton");
	/* "DESCRIPTION, Cardinal NAME, told": a titled name set off after a description speaks */
	CHECK(run_all("The Vatican's secretary of state, Cardinal NAME, told", "The pope spoke. The Vatican's secretary "
				  "of state, Cardinal Pietro Parolin, later told reporters that the Holy See was ready.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("told")), "Pietro Parolin");
	/* ... not titles alone */
	CHECK(run_all("The head of the bank, Chief Executive Officer, told", "The pope spoke. The head of the bank, "
				  "Chief Executive Officer, told reporters that the bank was ready.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("told")), "The head of the bank");
	/* a nationality after a sentence that a quotation opens is the quotation's speaker; "ten" joins a name */
	CHECK(run_all("NAME insisted. \"...,\" Ten Hag said. ..., the Dutchman replied", "Manchester United manager "
				  "Erik ten Hag insisted that he had the backing of the owners. \"They support me,\" Ten Hag said. "
				  "Asked whether he feared the sack, the Dutchman replied: \"No.\"") == AA_OK);
	CHECK_STR(speaker_of(with_cue("replied")), "Erik ten Hag");
	CHECK_STR(speaker_of(with_cue("said")), "Erik ten Hag");
	/* ... not when the sentence names someone before it */
	CHECK(run_all("\"...,\" NAME added. when X asked NAME2, the campaign manager said", "\"He would be first,\" "
				  "Bill Millis added.\n\nWhen the AP asked Barry Bennett about it, the campaign manager said he "
				  "needed time.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("said")), "Bill Millis"));
	/* a surname that opens with a connector finds the person whatever the given name ("Van Dijk") */
	CHECK(run_all("Virgil van Dijk insisted ... Van Dijk said", "Liverpool captain Virgil van Dijk insisted that he "
				  "was fine. Van Dijk said he was tired.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Virgil van Dijk");
	/* ... and in the pronoun's own sentence, after the verb of its subject */
	CHECK(run_all("NAME2 ... A club spokesman declined to comment on what he called \"...\"", "Reports said United "
				  "had held talks with Thomas Tuchel. A club spokesman declined to comment on what he called "
				  "\"speculation\".") == AA_OK);
	CHECK_STR(speaker_of(with_cue("called")), "A club spokesman");
	CHECK(run_all("NAME spoke. A new campaign manager, he said, could", "Bill Millis spoke.\n\nA new campaign "
				  "manager, he said, could set a new tone.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("said")), "A new campaign manager"));
	/* an abbreviation that is also a word ("No.") is in no one's name */
	CHECK(run_all("A: No. I had no idea. ... \"...,\" he said.", "Q: Did you know?\n\nA: No. I had no idea.\n\n"
				  "Smith insisted he had done nothing wrong.\n\n\"People can say what they want,\" he "
				  "said.") == AA_OK);
	CHECK(!same(speaker_of(first_of_kind(AA_DIRECT)), "No. I"));
	/* "Colonel" and hyphenated offices ("Vice-Chancellor") are titles */
	CHECK(run_all("Police spokesperson Colonel NAME confirmed", "The students marched. Police spokesperson Colonel "
				  "Andre Traut confirmed that two students had been arrested.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("confirmed")), "Andre Traut");
	CHECK(run_all("Vice-Chancellor NAME said", "The students marched. Vice-Chancellor Mosa Moshabela said classes "
				  "would move online.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Mosa Moshabela");
	/* "hit back at what she described as a “smear campaign”": all of the object is rejected; she is the minister */
	CHECK(run_all("The minister hit back at what she described as a \"...\"", "Story\n\nThe minister hit back at "
				  "what she described as a \"smear campaign\" by the opposition.") == AA_OK);
	CHECK_STR(denied_of(with_cue("hit back at")), "what she described as a \"smear campaign\" by the opposition");
	CHECK_STR(speaker_of(with_cue("described")), "The minister");
	/* a relative of the pronoun's gender, unnamed, is the pronoun's too; not one of the other gender */
	CHECK(run_all("The student's mother says ... \"...,\" she said.", "Story\n\nThe student's mother says her son "
				  "has been too scared to go back to school. \"He cries every morning,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "The student's mother");
	CHECK(run_all("The student's father says ... \"...,\" she said.", "Story\n\nThe student's father says his son "
				  "has been too scared to go back to school. \"He cries every morning,\" she said.") == AA_OK);
	CHECK(speaker_of(first_of_kind(AA_DIRECT)) == NULL);
	/* "dismissed as “fake news” a video ...": the object after the label is what is denied */
	CHECK(run_all("ORG dismissed as \"fake news\" a video", "Story\n\nThe army dismissed as \"fake news\" a video "
				  "that purports to show soldiers abusing civilians.") == AA_OK);
	CHECK_STR(denied_of(with_cue("dismissed")), "a video that purports to show soldiers abusing civilians");
	/* letters of a rank after a name and its comma ("SAN", "QC") are no one */
	CHECK(run_all("NAME, SAN, called for", "Story\n\nHuman rights lawyer Femi Falana, SAN, called for an "
				  "independent investigation.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("called for")), "Femi Falana");
	/* an "and" inside an organisation's name with a place before its noun, and before a title */
	CHECK(run_all("the Karachi Chamber of Commerce and Industry (KCCI) president claimed", "Story\n\nHowever, the "
				  "Karachi Chamber of Commerce and Industry (KCCI) president claimed that flour prices had "
				  "risen.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("claimed")), "the Karachi Chamber of Commerce and Industry (KCCI) president");
	CHECK(run_all("The Department of Health and Human Services said", "Story\n\nThe Department of Health and "
				  "Human Services said the rule was final.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Department of Health and Human Services");
	/* a cue that is also a title, before a name, is the title ("Special counsel Jack Smith's office") */
	CHECK(run_all("Special counsel NAME's office opposed", "Story\n\nSpecial counsel Jack Smith's office opposed the "
				  "motion.") == AA_OK);
	CHECK(with_cue("counsel") == NULL);
	/* more capitals: "KUALA LUMPUR:" is a dateline, no speaker; "Malacañang" stands for the Philippines */
	CHECK(run_all("KUALA LUMPUR: NAME denied that", "KUALA LUMPUR: Prime Minister Anwar Ibrahim on Monday denied "
				  "that the government would raise fuel prices.\n\nThe opposition spoke.") == AA_OK);
	CHECK(with_cue(":") == NULL);
	CHECK(run_all("Malacañang denied that", "Story\n\nMalacañang on Thursday denied that the president was "
				  "planning to reshuffle his Cabinet.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("denied")), "Philippines");
	/* members of devolved and provincial parliaments ("MSP", "TD") and a "First" before a title are titles */
	CHECK(run_all("SNP MSP NAME said", "Story\n\nSNP MSP Kate Forbes said the budget was fair.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Kate Forbes");
	CHECK_STR(role_of_first(), "SNP MSP");
	CHECK(run_all("In Scotland, First Minister NAME said", "Story\n\nIn Scotland, First Minister John Swinney said "
				  "the SNP would win.") == AA_OK);
	CHECK_STR(role_of_first(), "First Minister");
	CHECK(run_all("Then Mr. NAME asked", "Story\n\nThen Mr. Rubin asked the students whether they were "
				  "tired.") == AA_OK);
	CHECK_STR(mention_of(with_cue("asked")), "Mr. Rubin");
	/* a name set off by commas after a title's words is titled: a she of no known gender may be hers */
	CHECK(run_all("leader NAME said. the First Minister of Wales, NAME2, denied ... \"...,\" she said.", "Story\n\n"
				  "Scottish Labour leader Anas Sarwar said voters wanted change.\n\nMeanwhile in Cardiff, the First "
				  "Minister of Wales, Eluned Morgan, denied that the Welsh Government had misled the Senedd. \"That is "
				  "simply untrue,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Eluned Morgan");
	/* a titled name after a description may hold a connector and an affiliation */
	CHECK(run_all("The trial's principal investigator, Dr. NAME van NAME of the ORG, told", "Story\n\nThe trial's "
				  "principal investigator, Dr. Christopher van Dyck of the Yale School of Medicine, told reporters "
				  "the drug was safe.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("told")), "Christopher van Dyck");
	CHECK(run_all("Another pollster, NAME van NAME of ORG, said", "Story\n\nAnother pollster, David van Woodard "
				  "of Clemson University, said the race was close.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "David van Woodard");
	/* "for ... and" inside an organisation's name: the whole name, not its last capitals */
	CHECK(run_all("The National Institute for Health and Care Excellence said", "Story\n\nThe National Institute "
				  "for Health and Care Excellence said it was too early.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "National Institute for Health and Care Excellence");
	/* a relative by name after a possessive and a noun of family: the name (a relation is no role) */
	CHECK(run_all("His wife NAME said no. \"...,\" she said.", "Story\n\nHis wife Mary Smith said it was over. "
				  "\"It was hard,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Mary Smith");
	CHECK(role_of_first() == NULL);
	/* "posted on X that ...": the medium right after the cue, then what was said */
	CHECK(run_all("NAME posted on X that", "Story\n\nMusk later posted on X that the reports of a delay were "
				  "wrong.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("posted")), "Musk");
	CHECK(run_all("NAME posted on bail", "Story\n\nHe posted on bail that day.") == AA_OK);
	CHECK(with_cue("posted") == NULL);
	/* letters of a rank after a name, without commas, are no part of it: "Jim Sturman QC" is a man */
	CHECK(run_all("The man's lawyer, NAME QC, had argued. He denied that", "Story\n\nProsecutor Tom Little KC said "
				  "the defendant had lied. The man's lawyer, Jim Sturman QC, had argued that he should not be "
				  "jailed. He denied that his client had planned the attack.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Tom Little");
	CHECK_STR(speaker_of(with_cue("denied")), "Jim Sturman");
	/* a given name in -ed opens the subject, no participle's adverbial ("Mohamed Salah, who ...,") */
	CHECK(run_all("NAME, who scored, said. The Egyptian replied:", "Story\n\nMohamed Salah, who scored the opener, "
				  "said the team had shown character. The Egyptian replied: \"I'm focused.\"") == AA_OK);
	CHECK_STR(speaker_of(with_cue("replied")), "Mohamed Salah");
	/* a participle after a means of speech that a preposition governs describes it: no cue, no end of the walk */
	CHECK(run_all("ORG said in a statement read outside court that", "Story\n\nThe family said in a statement read "
				  "outside court that they would never forgive him.") == AA_OK);
	CHECK(with_cue("read") == NULL);
	CHECK_STR(text_of(with_cue("said")), "they would never forgive him");
	CHECK(run_all("ORG said in a statement read outside court that they would \"...\"", "Story\n\nThe family said "
				  "in a statement read outside court that they would \"never forgive him\".") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_MIXED)), "The family");
	CHECK(run_all("The statement read: \"...\"", "Story\n\nThe statement read: \"We are sorry.\"") == AA_OK);
	CHECK_STR(speaker_of(with_cue("read")), "The statement");
	/* an infinitive in a relative clause is said by the clause's "who" */
	CHECK(run_all("NAME defeated NAME2, who had refused to say whether", "Story\n\nSen. Mark Kelly defeated Blake "
				  "Masters, who had refused to say whether he would accept the results.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "Blake Masters");
	/* a relation after an owner set off by commas ("Sánchez's wife") is the name's role, not the subject */
	CHECK(run_all("NAME, NAME2's wife, rejected the claims.", "Story\n\nBegoña Gómez, Sánchez's wife, rejected the "
				  "claims.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("rejected")), "Begoña Gómez");
	CHECK_STR(denied_of(with_cue("rejected")), "the claims");
	CHECK(run_all("NAME, NAME2's wife, said", "Story\n\nBegoña Gómez, Sánchez's wife, said the complaint was "
				  "false.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Begoña Gómez");
	CHECK_STR(role_of_first(), "Sánchez's wife");
	/* after a subject pronoun the clause has begun: a later "that" opens no clause of the cue's */
	CHECK(run_all("volunteers say they feel betrayed by a party that, in their view, ignored", "Story\n\n"
				  "Democratic volunteers say they feel betrayed by a party that, in their view, ignored "
				  "warnings.") == AA_OK);
	CHECK_STR(text_of(with_cue("say")), "they feel betrayed by a party that, in their view, ignored warnings");
	CHECK(run_all("NAME told them that", "Story\n\nThe mayor told them that it was over.") == AA_OK);
	CHECK_STR(text_of(with_cue("told")), "it was over");
	/* "the spokesman" after a quotation is the indefinite one named before it, though named after it in the pass */
	CHECK(run_all("A NAME spokesman rejected ... \"...,\" the spokesman said.", "Story\n\nA Downing Street "
				  "spokesman flatly rejected suggestions that the Prime Minister had met the donors. \"These claims "
				  "are simply untrue,\" the spokesman said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "A Downing Street spokesman");
	CHECK_STR(mention_of(first_of_kind(AA_DIRECT)), "the spokesman");
	/* ... with its other words ("the party spokesman" is no "Labour spokesman"); not a noun after a preposition */
	CHECK(run_all("A Labour spokesman said ... \"...,\" the party spokesman said.", "Story\n\nA Labour spokesman "
				  "said it was over. \"It is over,\" the party spokesman said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "the party spokesman");
	CHECK(run_all("a message on the website explains ... \"...,\" the website explains.", "Story\n\nA welcome "
				  "message on the website explains the plan. \"We welcome all,\" the website explains.") == AA_OK);
	CHECK(!same(speaker_of(first_of_kind(AA_DIRECT)), "A welcome message on the website"));
	/* more nationalities stand for the person the sentence before opened with ("the Serbian") */
	CHECK(run_all("NAME, who ..., shrugged off ... \"...,\" the Serbian said.", "Story\n\nNikola Jokic, who "
				  "finished with a triple-double, shrugged off questions. \"I don't care about that,\" the Serbian "
				  "said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Nikola Jokic");
	/* a title before an organisation's noun alone names the organisation ("The Justice Department") */
	CHECK(run_all("The Justice Department said", "Story\n\nThe Justice Department said it would defend the "
				  "indictment.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Justice Department");
	CHECK(run_all("General Electric says", "Story\n\nGeneral Electric says it paid its taxes.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("says")), "General Electric");
	CHECK(run_all("Chief Justice NAME said", "Story\n\nChief Justice John Roberts said no.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "John Roberts");
	/* disagreeing with the allegations disputes them (not disagreeing with a decision) */
	CHECK(run_all("NAME said the company \"strongly disagrees\" with the allegations", "Story\n\nAmazon spokeswoman "
				  "Kelly Nantel said the company \"strongly disagrees\" with the allegations.") == AA_OK);
	CHECK(with_cue("said") && with_cue("said")->is_denial);
	CHECK(run_all("NAME said he disagreed with the decision", "Story\n\nThe mayor said he disagreed with the "
				  "decision.") == AA_OK);
	CHECK(with_cue("said") && !with_cue("said")->is_denial);
	/* an epithet after a sentence a quotation opens, with no name after it: the quotation's speaker */
	CHECK(run_all("NAME said. \"...,\" the Frenchman told reporters. The 25-year-old added", "Story\n\nKylian "
				  "Mbappe said he had no regrets. \"This is the club of my dreams,\" the Frenchman told reporters. "
				  "The 25-year-old added that he was still adapting.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("added")), "Kylian Mbappe");
	/* ... not when the quotation names someone ("“For Trump to ...,” she said. The New York businessman") */
	CHECK(run_all("\"For NAME to ...,\" she said. The New York businessman has praised", "Story\n\nHillary Clinton "
				  "spoke. \"For Trump to praise Putin raises issues,\" she said. The New York businessman has "
				  "praised Putin, saying he was a stronger leader.") == AA_OK);
	CHECK(!same(speaker_of(with_cue("saying")), "Hillary Clinton"));
	/* a means of speech before "that" is no noun of speech with its own clause: "said in a tweet that" */
	CHECK(run_all("NAME said in a tweet that", "Story\n\nThuli Madonsela said in a tweet that the report raised "
				  "questions.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "the report raised questions");
	/* "rubbished reports that ...": a cue that only rejects a claim, and a denial */
	CHECK(run_all("The minister rubbished reports that", "Story\n\nThe minister rubbished reports that she had "
				  "been offered a job.") == AA_OK);
	CHECK_STR(denied_of(with_cue("rubbished")), "she had been offered a job");
	CHECK(run_all("He rubbished his rival.", "Story\n\nHe rubbished his rival.") == AA_OK);
	CHECK(with_cue("rubbished") == NULL);
	/* a denial's noun phrase ends before "and" and a verb of the subject's own */
	CHECK(run_all("NAME has denied the charges and is expected to", "Story\n\nThe striker has vehemently denied "
				  "the charges and is expected to plead not guilty.") == AA_OK);
	CHECK_STR(text_of(with_cue("denied")), "the charges");
	/* a denial stays when its object is mostly quoted; its claim keeps its closing mark; "what it" is the subject */
	CHECK(run_all("The company rejected what it called \"...\".", "Story\n\nPolice said no one was hurt. The "
				  "company rejected what it called \"baseless accusations\".") == AA_OK);
	CHECK_STR(denied_of(with_cue("rejected")), "what it called \"baseless accusations\"");
	CHECK_STR(speaker_of(with_cue("called")), "The company");
	/* a person's noun opening the sentence is a pronoun's too ("The singer has denied ..., which she called") */
	CHECK(run_all("The singer has denied ..., which she called \"...\"", "Story\n\nThe singer has consistently "
				  "denied the allegations, which she called \"a disgusting lie\".") == AA_OK);
	CHECK_STR(speaker_of(with_cue("called")), "The singer");
	/* a description with a title may run longer before the name set off after a quotation, and end in capitals */
	CHECK(run_all("\"...,\" the head of the ... body BNIC, NAME, told", "Story\n\n\"We are the collateral "
				  "damage,\" the head of the French cognac industry body BNIC, Florent Morillon, told "
				  "Reuters.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Florent Morillon");
	CHECK(run_all("\"...,\" the dawn of the modern conservative movement, NAME says", "Story\n\nBrent Bozell "
				  "spoke. \"It is reminiscent of the 1960s,\" the dawn of the modern conservative movement, Bozell "
				  "says.") == AA_OK);
	CHECK(role_of_first() == NULL);
	CHECK(run_all("CLAUSE, said the head of the industry body BNIC, NAME.", "Story\n\nThe industry would suffer, "
				  "said the head of the industry body BNIC, Florent Morillon.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Florent Morillon");
	/* a participle after a comma outside the closing mark (British style) ends the clause */
	CHECK(run_all("NAME said the law would protect \"...\", dismissing", "Story\n\nLee said the law would protect "
				  "\"the city\", dismissing criticism.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "the law would protect \"the city\"");
	/* a football club is an organisation, no one a he may be ("United legend Roy Keane ... he said") */
	CHECK(run_all("ORG boss NAME admitted. ORG legend NAME2 was scathing. '...,' he said.", "Story\n\nManchester "
				  "United boss Ruben Amorim admitted defeat. United legend Roy Keane was scathing on Sky Sports. "
				  "'Some of them should be embarrassed,' he said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Roy Keane");
	CHECK(run_all("ORG said", "Story\n\nTottenham Hotspur said the deal was done.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Tottenham Hotspur");
	/* "That's not what happened", "At no point did ...": denials in the speaker's own words */
	CHECK(run_all("\"That's not what happened,\" said the coach.", "Story\n\n\"That's not what happened,\" said "
				  "the coach.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) && first_of_kind(AA_DIRECT)->is_denial);
	CHECK(run_all("\"At no point did ...,\" its lawyer said.", "Story\n\n\"At no point did the company break "
				  "the law,\" its lawyer said.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) && first_of_kind(AA_DIRECT)->is_denial);
	CHECK(run_all("\"That is not what we want,\" he said.", "Story\n\n\"That is not what we want,\" he "
				  "said.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) && !first_of_kind(AA_DIRECT)->is_denial);
	/* a suppressor in the clause before a comma takes nothing back ("without any ifs or buts, brushing off") */
	CHECK(run_all("NAME said ... without any ifs or buts, brushing off criticism", "Story\n\nMerz said Germany would "
				  "meet the target without any ifs or buts, brushing off criticism from his partners.") == AA_OK);
	CHECK(with_cue("brushing off") && with_cue("brushing off")->is_denial);
	/* a they after a plural subject with its capital, or before a preposition, or in its own sentence */
	CHECK(run_all("Economists at ORG said ... \"...,\" they wrote", "Story\n\nEconomists at Goldman Sachs said they "
				  "still expected two cuts. \"The bar is high,\" they wrote in a note.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Economists");
	CHECK(run_all("Millennials have reached ...: By nearly 2-1, they say", "Story\n\nOpinions among older people "
				  "are divided.\n\nMillennials have reached a broad consensus on an issue: By nearly 2-1, they say "
				  "transgender people should use the bathrooms they choose.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("say")), "Millennials");
	/* two words no list knows, then "of" and a firm: a person with the firm, whom a he may take */
	CHECK(run_all("\"...,\" said NAME, an analyst at ORG. NAME2 of ORG2 was upbeat. He said", "Story\n\n\"The price "
				  "will scare buyers,\" said Carolina Milanesi, an analyst at Creative Strategies.\n\nGene Munster of "
				  "Deepwater Asset Management was more upbeat. He said the device could sell well.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Carolina Milanesi");
	CHECK_STR(speaker_of(first_of_kind(AA_INDIRECT)), "Gene Munster");
	CHECK(run_all("NAME of ORG said", "Story\n\nOdalys Pereira of Bluewater Capital Management said the deal "
				  "was fair.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Odalys Pereira");
	/* a county is no man called Lee */
	CHECK(run_all("Sheriff NAME of Lee County said ... \"...,\" he told", "Story\n\nSheriff Carmine Marceno of Lee "
				  "County said deputies could not reach residents. \"We're getting thousands of calls,\" he told "
				  "ABC News.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Carmine Marceno");
	/* a name that owns the subject, with a she after it in its sentence, is that she's */
	CHECK(run_all("NAME's fate is unclear, but she said", "Story\n\n\"We lost,\" said Soe Min, a party member.\n\n"
				  "Suu Kyi said she was pleased.\n\nSuu Kyi's fate is still unclear, but she said at a news "
				  "conference that she would govern. \"I'm going to be above the president,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_DIRECT, 1)), "Suu Kyi");
	CHECK_STR(speaker_of(nth_of_kind(AA_INDIRECT, 1)), "Suu Kyi");
	/* a participle's clause before the comma is no words the sentence reports */
	CHECK(run_all("Asked about ..., NAME shrugged.", "Story\n\nAsked about the mixed reviews, Gold "
				  "shrugged.") == AA_OK);
	CHECK(with_cue("shrugged") == NULL);
	/* a clause opener after a quoted fragment's comma, a subject and a cue of their own end the clause */
	CHECK(run_all("NAME called it \"...,\" while ORG's NAME2 praised its \"...\"", "Story\n\nBen Brantley of The "
				  "New York Times called it \"a chilly, clinical autopsy,\" while the Guardian's Michael Billington "
				  "praised its \"fierce intelligence.\"") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL || strstr(text_of(first_of_kind(AA_INDIRECT)), "while") == NULL);
	CHECK(run_all("said ... \"...,\" while trying to explain", "Story\n\nClinton said coal jobs were \"gone for "
				  "good,\" while trying to explain her plan to rebuild the economy.") == AA_OK);
	CHECK(strstr(text_of(first_of_kind(AA_INDIRECT)), "while trying") != NULL);
	/* a generation after the surname: "Williams" is "Roy Williams Jr." */
	CHECK(run_all("Alderman NAME Jr. said ... \"...,\" Williams said", "Story\n\nAlderman Roy Williams Jr. said "
				  "residents would pay. \"People are going to get hurt,\" Williams said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Roy Williams Jr.");
	/* a surname of two words finds the full name, whatever the given names */
	CHECK(run_all("President NAME NAME López Obrador dismissed ... \"...,\" López Obrador told", "Story\n\n"
				  "President Andrés Manuel López Obrador dismissed the reports. \"We do not spy on anyone,\" López "
				  "Obrador told reporters.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Andrés Manuel López Obrador");
	CHECK(run_all("NAME Vargas Llosa ... \"...,\" Vargas Llosa said", "Story\n\nMario Vargas Llosa, the novelist, "
				  "spoke in Lima. \"Attacking immigrants is a contradiction,\" Vargas Llosa said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Mario Vargas Llosa");
	/* a modifier in lower case before the title of a name set off after a description */
	CHECK(run_all("Her opponent, incumbent Mayor NAME, dismissed", "Story\n\nHer opponent, incumbent Mayor Tom "
				  "Reilly, dismissed her campaign as a protest vote.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("dismissed")), "Tom Reilly");
	/* a hyphenated office is a title ("UN Secretary-General António Guterres") */
	CHECK(run_all("UN Secretary-General NAME said", "Story\n\nUN Secretary-General António Guterres said he was "
				  "appalled.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "António Guterres");
	/* "that", an adverb and a past tense: a relative clause, not what the cue reports */
	CHECK(run_all("NAME threatened legal action against the tabloid that first published", "Story\n\nMarty Singer "
				  "threatened legal action against the tabloid that first published the story.") == AA_OK);
	CHECK_STR(text_of(with_cue("threatened")), "legal action against the tabloid that first published the story");
	/* judgements passed in words report what they judge; "defend" a title or a city does not */
	CHECK(run_all("ORG condemned the strike as \"...\"", "Story\n\nThe Palestinian Authority condemned the strike "
				  "as \"a massacre.\"") == AA_OK);
	CHECK_STR(speaker_of(with_cue("condemned")), "Palestinian Authority");
	CHECK(run_all("NAME defended his remarks. NAME2 defended his title. The army defended the city.", "Story\n\n"
				  "Smith defended his remarks on Friday. Djokovic defended his title on Sunday. The army defended "
				  "the city for weeks.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(text_of(with_cue("defended")), "his remarks on Friday");
	/* "the spokesperson" after "A spokesperson for the duke": the description's head is before its preposition */
	CHECK(run_all("A spokesperson for NAME said ... \"...,\" the spokesperson said", "Story\n\nA spokesperson for "
				  "the duke said he would appeal. \"The Duke is not asking for special treatment,\" the spokesperson "
				  "said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "A spokesperson for the duke");
	/* "dismissed his remarks as \"...\"": the words in marks are the judging verb's, not the remarks' */
	CHECK(run_all("ORG dismissed his remarks as \"...\"", "Story\n\nZelensky spoke on Monday. The Kremlin dismissed "
				  "his remarks as \"theatre.\"") == AA_OK);
	CHECK_STR(first_of_kind(AA_MIXED) ? first_of_kind(AA_MIXED)->cue : NULL, "dismissed");
	/* a description's word for an office the role names otherwise */
	CHECK(run_all("Mr Justice NAME ruled ... NAME2 said ... \"...,\" the judge said", "Story\n\nMr Justice Lane "
				  "ruled that the committee had acted lawfully. Harry's lawyer, Shaheed Fatima, said they would "
				  "appeal. \"There was no unfairness,\" the judge said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Lane");
	CHECK(run_all("Manager NAME ... Striker NAME2 said ... \"...,\" the City boss said", "Story\n\nManager Pep "
				  "Guardiola was angry. Striker Erling Haaland said they had been poor. \"We were not good enough,\" "
				  "the City boss said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "Pep Guardiola");
	/* a central bank is no person a he may be */
	CHECK(run_all("The president blamed the Federal Reserve ... \"...,\" he said", "Story\n\nThe president blamed "
				  "the Federal Reserve for high costs.\n\n\"The Fed has been wrong,\" he said.") == AA_OK);
	CHECK_STR(speaker_of(first_of_kind(AA_DIRECT)), "The president");
	/* a he after "A spokesman for the minister" is that description, complement and all */
	CHECK(run_all("A spokesman for NAME said ..., which he described as \"...\"", "Story\n\nA spokesman for the "
				  "minister said the allegations were false, which he described as \"categorically "
				  "untrue.\"") == AA_OK);
	CHECK_STR(speaker_of(with_cue("described")), "A spokesman for the minister");
	/* a cue set off after a long subordinate clause, then a subject and its verb: the whole sentence */
	CHECK(run_all("When ..., NAME says, CLAUSE.", "Story\n\nWhen she took over the department in 2019, Chief Maria "
				  "Santos says, morale was at rock bottom.") == AA_OK);
	CHECK(strstr(text_of(with_cue("says")), "morale was at rock bottom") != NULL);
	/* a name after an honorific of no gender is a person's for a he or she, as a titled one is */
	CHECK(run_all("\"...,\" said Dr. NAME, the chief officer. Dr. NAME2 said ... \"...,\" she said", "Story\n\n"
				  "\"These are remarkable results,\" said Dr. Aidan Walsh, the chief officer.\n\nDr. Rekha Kumar said "
				  "the trial was short.\n\n\"We have seen this before,\" she said.") == AA_OK);
	CHECK_STR(speaker_of(nth_of_kind(AA_DIRECT, 1)), "Rekha Kumar");
	/* "Shares of Pfizer" is no person whose surname is Pfizer */
	CHECK(run_all("ORG said ... Shares of ORG rose", "Story\n\nPfizer said on Monday that its drug worked.\n\n"
				  "Shares of Pfizer rose 4% in early trading.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "Pfizer");
	/* "describing them as \"nonsense\"": a pronoun described as false stands for the claim, as one called so does */
	CHECK(run_all("ORG pushed back against reports ..., describing them as \"nonsense.\"", "Story\n\nThe club pushed "
				  "back against reports of a rift, describing them as \"nonsense.\"") == AA_OK);
	CHECK(first_of_kind(AA_MIXED) && first_of_kind(AA_MIXED)->is_denial);
	CHECK(run_all("NAME described them as \"the best\"", "Story\n\nThe coach praised his players, describing them as "
				  "\"the best I have had.\"") == AA_OK);
	CHECK(first_of_kind(AA_MIXED) && !first_of_kind(AA_MIXED)->is_denial);
	/* a Title Case headline capitalises what "calls" names too */
	CHECK(run_all("NAME Calls ORG Probe \"Harassment\"", "Musk Calls SEC Probe \"Harassment\"\n\nThe story "
				  "follows.") == AA_OK);
	CHECK_STR(text_of(first_of_kind(AA_MIXED)), "Harassment");
	/* "on X." before a sentence in marks ends its sentence; "the U.S. \"clearly\"" and "Sony Corp. \"...\"" do not */
	CHECK(run_all("NAME mocked his critics on X. \"...,\" NAME wrote.", "Story\n\nNayib Bukele mocked his critics on "
				  "X. \"I don't care if they call me a dictator,\" Bukele wrote.") == AA_OK);
	CHECK_STR(with_cue("wrote") ? with_cue("wrote")->speaker : NULL, "Nayib Bukele");
	CHECK(with_cue("wrote") && with_cue("wrote")->kind == AA_DIRECT);
	CHECK(run_all("said the U.S. \"clearly\" needed", "Story\n\nShe said the U.S. \"clearly\" needed a stronger "
				  "campaign.") == AA_OK);
	CHECK(first_of_kind(AA_MIXED) && strcmp(first_of_kind(AA_MIXED)->cue, "said") == 0);
	/* an initial after a word in lower case may end its sentence: "X. The" is no name */
	CHECK(run_all("NAME wrote on X. The ruling was clear, she said.", "Story\n\nThe judge wrote on X. The ruling was "
				  "clear, she said.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "The ruling was clear");
	CHECK_STR(speaker_of(with_cue("said")), "The judge");
	CHECK(run_all("George H.W. Bush said", "Story\n\nFormer President George H.W. Bush said the war was "
				  "over.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "George H.W. Bush");
	/* "There is no denying that": a gerund after "no" is a noun, no cue */
	CHECK(run_all("There is no denying that ..., NAME said.", "Story\n\nThere is no denying that the economy has "
				  "slowed, the governor said.") == AA_OK);
	CHECK(result.n_quotes == 1 && with_cue("denying") == NULL);
	/* "distanced himself from claims that ...": a dispute cue, a denial of a claim */
	CHECK(run_all("NAME distanced himself from claims that ...", "Story\n\nThe senator distanced himself from "
				  "claims that he knew about the payments.") == AA_OK);
	CHECK(with_cue("distanced himself from") && with_cue("distanced himself from")->is_denial);
	/* "on" and a day after the cue are the cue's before "it" and its auxiliary */
	CHECK(run_all("ORG said on Wednesday it would close.", "Story\n\nBoeing said on Wednesday it would "
				  "close.") == AA_OK);
	CHECK_STR(text_of(with_cue("said")), "it would close");
	/* an "It" opening its sentence is the thing that opened the sentence before, unless that one named a source */
	CHECK(run_all("The union said ... It accused ...", "Story\n\nThe union said it was disappointed. It accused the "
				  "company of lying.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("accused")), "The union");
	CHECK(run_all("The group ..., according to ORG, which ... It said", "Story\n\nThe group has called for attacks, "
				  "according to the SITE Intelligence Group, which monitors extremists. It said supporters were "
				  "celebrating.") == AA_OK);
	CHECK_STR(speaker_of(with_cue("said")), "SITE Intelligence Group");
	/* "Will" before capitals and a cue (or the comma of an appositive) is a first name, not a modal */
	CHECK(run("\"...,\" Will NAME said", "\"We will win,\" Will Estrada said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Will Estrada");
	CHECK(run("\"...,\" Will NAME, ROLE, said", "\"We have got to win Loudoun,\" Will Estrada, the chairman for the "
			  "exurb, said of the encounter.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Will Estrada");
	/* a noun after "called" and "a" with a term in marks names the noun; "each called" is a verb's */
	CHECK(run_all("NOUN called an \"term\"", "They slammed the tax loophole called an \"inversion,\" in which a "
				  "company buys a foreign company.") == AA_OK);
	CHECK(with_cue("called") == NULL);
	CHECK(run_all("NAME and NAME each called", "Critics noted what the New York Times and the Los Angeles Times each "
				  "called a \xE2\x80\x9Crough week\xE2\x80\x9D for Trump.") == AA_OK);
	CHECK(with_cue("called") != NULL);
	/* a participle after a noun cue is said by the subject of the verb before the noun's article */
	CHECK(run_all("offered a NOUN-CUE ..., tweeting", "Jeb Bush offered a Trump-style retort on the mogul's habits, "
				  "tweeting that he was a loser.") == AA_OK);
	CHECK(result.n_quotes == 2);
	CHECK_STR(result.n_quotes == 2 ? result.quotes[1].mention : NULL, "Jeb Bush");
	/* "add up to" is a sum */
	CHECK(run_all("add up to", "In all, those promises add up to more than $8.5 million.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("added up to", "By morning, the efforts at damage control added up to a series of conflicting "
				  "explanations.") == AA_OK);
	CHECK(result.n_quotes == 0);

	/* "has since said": "since" between the auxiliary and the cue is an adverb */
	CHECK(run_all("has since said", "Cruz has since said he now believes the system needs to be reformed.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Cruz");
	/* a pronoun and an auxiliary: a clause whose verb the sentence before gives */
	CHECK(run_all("said he would", "Republican senators are split on whether to vote for Garland. Jeff Flake said "
				  "he would.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL, "he would");
	/* a party's abbreviation, then an aside: the name is before both */
	CHECK(run_all("NAME, R-Fla., participle ..., said", "Sen. Marco Rubio, R-Fla., appearing on Fox News right after "
				  "the speech, said Obama failed to address public concerns.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Marco Rubio");

	/* a prepositional phrase before "X said" is no clause it reports; one with a verb is */
	CHECK(run_all("In a poll, X said", "In this election, Trump may be helped by the lack of faith in politicians. "
				  "In a September Washington Post-ABC News poll, 75 percent of Republicans said \"most people in "
				  "politics\" can't be trusted.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	CHECK(run_all("In a speech, X said:", "Rick Perry did not have kind words for Donald Trump. In a speech last "
				  "July, he said:\n\nLet no one be mistaken: his candidacy is a cancer on conservatism.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	CHECK(run_all("About N people have ..., officials said", "About 270 people have now been resettled into the "
				  "country under the program, officials said.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL,
			  "About 270 people have now been resettled into the country under the program");

	/* an inverted cue after a quotation's comma attributes it: the name after it is no clause */
	CHECK(run_all("subject, appositive, “...,” said NAME, role", "The party, typically attended by hundreds of "
				  "convention-goers every four years, \xE2\x80\x9C" "allows us to get our message out,\xE2\x80\x9D "
				  "said Frank Coleman, the group's senior vice president of public affairs.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Frank Coleman");

	/* a markup attribute's value in quotation marks is no quotation */
	CHECK(run_all("tag attributes", "Trump posted a message.\n\n<tweet tweet-author=\"@edhenry\" "
				  "tweet-date=\"March 10, 2016\">Hello there</tweet> Jeff Weaver told reporters.") == AA_OK);
	CHECK(result.n_quotes == 0);

	/* "others" is a subject of its own */
	CHECK(run_all("While some say ..., others say", "While some friends say he would look zippier, others say he "
				  "has never been healthier.") == AA_OK);
	CHECK(result.n_quotes == 2);
	CHECK_STR(nth_of_kind(AA_INDIRECT, 1) ? nth_of_kind(AA_INDIRECT, 1)->mention : NULL, "others");

	/* other words that are nouns as often as verbs take no "who" for a subject */
	CHECK(run_all("who report", "Critics who report the abuse are often ignored by the agency.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* a quotation after its cue that the clause runs on past is a fragment of it, not direct speech */
	CHECK(run_all("said, quotation, clause runs on", "Obama said \xE2\x80\x9Cit gets me mad\xE2\x80\x9D every "
				  "time he thinks about the victims.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK(result.n_quotes == 1 && result.quotes[0].kind == AA_MIXED);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "it gets me mad");
	CHECK_STR(speaker_of_first(), "Obama");
	/* ... and so is one in lower case, which completes a sentence begun outside the marks */
	CHECK(run_all("said, clause, lower-case quotation", "Ryan said it was unrealistic to think that if the country "
				  "pulls back, \xE2\x80\x9Cour oceans are going to save us.\xE2\x80\x9D") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) == NULL && first_of_kind(AA_MIXED) != NULL);
	CHECK_STR(first_of_kind(AA_MIXED) ? first_of_kind(AA_MIXED)->speaker : NULL, "Ryan");
	CHECK(run_all("said, quotation, and", "He said \"We will win this state\" and walked off the stage.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL);
	CHECK(run_all("said, sentence in marks", "She said, \"We will win.\" Then she left.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL);
	/* "went on" introduces quotations, and reports no clause */
	CHECK(run_all("quotation, X went on", "\"You know, it happens, right?\" Trump went on, as if he had not heard.")
		  == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Trump");
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->cue : NULL, "went on");
	CHECK(run_all("As the day went on", "As the day went on, Trump offered strident defenses of his aide.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("went on to say", "He went on to say that the plan would fail.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL, "the plan would fail");
	/* "say" inside the longer cue reports nothing of its own: one statement */
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "went on to say");
	/* a gerund after "by" and a cue that only introduces words reports ("continued by saying") */
	CHECK(run_all("continued by saying", "Husted continued by saying, \xE2\x80\x9CWe will appeal this decision."
				  "\xE2\x80\x9D") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Husted");
	/* "she said, as recalled by X, son of ...": X is the source of the quotation, no clause follows */
	CHECK(run_all("said, as recalled by X", "\"It has happened,\" she said, as recalled by Walter Hewlett, son of "
				  "the co-founder, in a book by Peter Burrows.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	/* an inverted cue after a comma, before a colon; not "said of X:" */
	CHECK(run_all("adverbial, explained X:", "In other words, explained CBS moderator Nancy Cordes: \"What does that "
				  "have to do with taking donations?\"") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Nancy Cordes");
	CHECK(run_all("X, role, said of Y:", "Nelson Diaz, chairman of the party in the county, said of Mr. Rubio: "
				  "\"He is American 100 percent, but very in touch with his background.\"") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Nelson Diaz");
	/* a state after the city in an appositive is no speaker: the name right after the mark is */
	CHECK(run_all("NAME, age, role from City, St., said", "\"We need change,\" Cecelia Purner, 67, a retired teacher "
				  "from Erie, Pa., said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Cecelia Purner");
	/* a role of 16 to 24 words is taken whole, not cut short; a clause after the name is no role */
	CHECK(run_all("said X, long role", "\"It is an enormous moment,\" said Steve Schmidt, a top Republican "
				  "strategist on John McCain's presidential campaign in 2008 and George W. Bush's in 2004.") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->role : NULL, "a top Republican strategist on "
			  "John McCain's presidential campaign in 2008 and George W. Bush's in 2004");
	CHECK(run_all("says X, clause", "\"Settle for Hillary,\" says the Federalist, the men were wearing shirts "
				  "that read.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL && first_of_kind(AA_DIRECT)->role == NULL);
	/* a name, then a capitalised appositive between commas: the name speaks */
	CHECK(run_all("NAME, Party of State, said", "\"You need to bomb the facilities,\" Representative Michele "
				  "Bachmann, Republican of Minnesota, said as she went by.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Michele Bachmann");
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->cue : NULL, "said");
	CHECK(run_all("NAME, a Party, told", "\"That was a good speech,\" Steve Cohen, a Democrat, told Mr. Obama.")
		  == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Steve Cohen");
	CHECK(run_all("NAME, NAME and NAME said: a list, not an appositive", "\"We won,\" Cruz, Rubio and Kasich said.")
		  == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) == NULL || first_of_kind(AA_DIRECT)->speaker == NULL ||
		  strcmp(first_of_kind(AA_DIRECT)->speaker, "Cruz") != 0);
	CHECK(run_all("NAME of City, St., says", "Brianne Stone of Mobile, Ala., says her biggest concern is jobs.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) && first_of_kind(AA_INDIRECT)->speaker &&
		  strncmp(first_of_kind(AA_INDIRECT)->speaker, "Brianne Stone", 13) == 0);	/* not "Ala" */
	/* documents speak: "The letter continues:" */
	CHECK(run_all("The letter continues:", "The letter continues: \"Please explain your understanding of the law.\"")
		  == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->mention : NULL, "The letter");
	/* a paragraph of quotation with no cue goes on from the paragraph before, if that reports someone */
	CHECK(run_all("paragraph after reported speech", "Donald Trump added that the talks do not include "
				  "the wall.\n\n\xE2\x80\x9C" "Building it? Not negotiable.\xE2\x80\x9D") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Donald Trump");
	CHECK(first_of_kind(AA_DIRECT) == NULL || first_of_kind(AA_DIRECT)->cue == NULL);
	CHECK(first_of_kind(AA_INDIRECT) != NULL);	/* the cue still reports its own clause */
	CHECK(run_all("paragraph after narration", "Donald Trump arrived at noon with his sons.\n\n"
				  "\xE2\x80\x9C" "Building it? Not negotiable.\xE2\x80\x9D") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL);
	CHECK(first_of_kind(AA_DIRECT) == NULL || first_of_kind(AA_DIRECT)->speaker == NULL);
	/* a question put to the speaker is no cue of the quotation that answers it, unless it is the question */
	CHECK(run_all("told when asked: quotation", "Any charge would involve Attorney General Jane Roe, who told "
				  "Congress when asked last month about the inquiry: \"That matter is handled by career agents.\"")
		  == AA_OK);
	{
		const aa_quote *d = first_of_kind(AA_DIRECT);

		CHECK(d != NULL);
		CHECK_STR(d ? d->speaker : NULL, "Jane Roe");
		CHECK_STR(d ? d->cue : NULL, "told");
	}
	CHECK(run_all("was asked, quotation", "Trump was asked, \"What is the most dangerous place you have been to?\"")
		  == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) != NULL);
	CHECK(first_of_kind(AA_DIRECT) == NULL || first_of_kind(AA_DIRECT)->speaker == NULL);

	/* a participle after a coordinated cue takes the subject of the clause, not the cue's object */
	CHECK(run_all("coordinated cue, object, participle", "Trump pledged to create jobs and criticized the official "
				  "unemployment rate of 4.9 percent, suggesting the real rate was far higher.") == AA_OK);
	{
		const aa_quote *part = NULL;

		for (int i = 0; i < result.n_quotes; i++)
			if (same(result.quotes[i].cue, "suggesting"))
				part = &result.quotes[i];
		CHECK(part != NULL);
		CHECK_STR(part ? part->speaker : NULL, "Trump");
	}
	CHECK(run_all("belief is not speech", "Jane Doe thinks the vote will be delayed.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	/* a number before a cue word is no speaker unless it is a share */
	CHECK(run_all("number, pledged", "Trump so far has won 758 pledged delegates in the primaries.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "X accused of": the accused, no accuser */
	CHECK(run_all("accused of", "The man accused of buying the guns was arrested on Friday.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("Accused Of", "FDIC Accused Of Covering Up China Hacking To Protect Chairman's Job") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* the addressee of a passive cue said nothing */
	CHECK(run_all("was told", "He was told that the plan would fail.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* ... and the question put to the one asked is a statement by no one named */
	CHECK(run_all("was asked", "The senator was asked about the plan on Friday.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK(result.quotes[0].kind == AA_INDIRECT);
		CHECK_STR(text_of(&result.quotes[0]), "about the plan on Friday");
		CHECK(result.quotes[0].speaker == NULL && result.quotes[0].mention == NULL);
		CHECK_STR(result.quotes[0].cue, "asked");
	}
	CHECK(run_all("said, adding", "On Friday, she said, adding nothing.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	/* a headline that quotes its labelled speaker in part is still the speaker's statement */
	CHECK(run_all("name, colon, partly quoted headline", "Issa: Hillary Clinton\xE2\x80\x99s \xE2\x80\x98Honesty Is In "
				  "Question.\xE2\x80\x99\n\nSunday on Fox, the congressman spoke about the race.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) != NULL);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->speaker : NULL, "Issa");
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL,
			  "Hillary Clinton\xE2\x80\x99s \xE2\x80\x98Honesty Is In Question.\xE2\x80\x99");
	/* an interview: the question by its label, the answer "A:" by no one the label names */
	CHECK(run_all("Q: and A:", "Q: How did things go for you after that?\n\nA: I felt really helpless "
				  "and hopeless for years.\n\nA: Yes.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
	{
		CHECK_STR(result.quotes[0].speaker, "Q");
		CHECK_STR(text_of(&result.quotes[1]), "I felt really helpless and hopeless for years");
		CHECK(result.quotes[1].kind == AA_INDIRECT && result.quotes[1].speaker == NULL);
		CHECK_STR(result.quotes[1].cue, ":");
	}
	/* a label, a heading or a place before a colon names no speaker */
	/* a headline "NAME: ..." with a cue of its own is the person's statement when the article names them */
	CHECK(run_all("headline label, cue after", "Obama: I\xE2\x80\x99m Optimistic Americans Will Say No to Trump\n\n"
				  "President Barack Obama spoke on Friday in Ohio.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Barack Obama");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, ":");
	/* a titled name right before a colon and a quotation speaks */
	CHECK(run_all("titled name, colon", "The race went on.\n\nThe timing of the surge doesn\xE2\x80\x99t surprise "
				  "Republican pollster Daron Shaw: \xE2\x80\x9CLesser-known candidates often beat the establishment "
				  "early.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(speaker_of_first(), "Daron Shaw");
	CHECK_STR(role_of_first(), "Republican pollster");
	/* a description that ends in a full name */
	CHECK(run_all("description, name, colon", "Hillary Clinton testified.\n\nFormer secretary of state Hillary "
				  "Rodham Clinton: \"We learned that from the State Department.\"") == AA_OK);
	CHECK_STR(speaker_of_first(), "Hillary Rodham Clinton");
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, ":");
	/* a clause whose subject names a person, then a colon: that person says the quotation */
	CHECK(run_all("clause, colon", "The race went on.\n\nSenate Majority Leader Mitch McConnell had some advice "
				  "for the candidates on Sunday: \"It's time to quit attacking various people.\"") == AA_OK);
	CHECK_STR(speaker_of_first(), "Mitch McConnell");
	CHECK(run_all("pronoun, colon", "Hillary Clinton spoke.\n\nShe put it bluntly: \"Here is what I regret.\"")
		  == AA_OK);
	CHECK_STR(speaker_of_first(), "Hillary Clinton");
	/* not a word the sentence's start capitalises, nor a possessor */
	CHECK(run_all("One ...:", "The race went on.\n\nOne was blunt about it: \"Here is what I regret.\"") == AA_OK);
	CHECK_STR(speaker_of_first(), NULL);
	CHECK(run_all("X's questions:", "The race went on.\n\nPresident Barack Obama's critics had questions for him: "
				  "\"Is it time for your strategy to change?\"") == AA_OK);
	CHECK(result.n_quotes == 0 || result.quotes[0].speaker == NULL ||
		  strcmp(result.quotes[0].speaker, "Barack Obama") != 0);
	/* a preposition's object before the colon is no speaker */
	CHECK(run_all("on CNN:", "Trump spoke in October.\n\nThen, later that month on CNN: \"I've never said we made a "
				  "mistake going into Afghanistan.\"") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK(result.n_quotes == 0 || result.quotes[0].speaker == NULL ||
		  strcmp(result.quotes[0].speaker, "CNN") != 0);
	CHECK(run_all("headline topic, cue after", "HairGate: iPhone 6 Customers Are Complaining That The Phone Is "
				  "Ripping Out Their Hair") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].speaker == NULL || strcmp(result.quotes[i].speaker, "HairGate") != 0);
	CHECK(run_all("colon labels", "Update: The story was changed at noon.\n\nThe Latest: Sanders wins the "
				  "Minnesota caucuses.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron.\n\nContributing: Brittney "
				  "Bennett and Greg Toppo, USA TODAY.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* after a name, a word that names organisations is no label */
	CHECK(run_all("NAME Watch: headline", "Judicial Watch: State Department Hid Key Clinton Email For Years.\n\n"
				  "The department withheld the email, the group said.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Judicial Watch");
	/* whom or where a label's speaker speaks is no part of the name */
	CHECK(run_all("NAME to NAME: headline", "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\n"
				  "The crowd cheered, aides said.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Clinton");
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "Trump will reverse Roe v. Wade");
	CHECK(run_all("Former AG NAME at NAME: headline", "Former AG Mukasey at RNC: Clinton email scandal disqualifies "
				  "her.\n\nThe crowd cheered, aides said.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Former AG Mukasey");
	CHECK(run_all("Watch: a label", "Watch: The Senator Walks Off The Stage In Anger.\n\nThe crowd went home.") ==
		  AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("headline hooks", "BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary.\n\nRevealed: Here "
				  "Are The Conservatives The Establishment Has Blacklisted.") == AA_OK);
	CHECK(result.n_quotes == 0);

	/* after an article, capitalised or not, a cue word is a noun or an adjective */
	CHECK(run_all("The reports", "The reports show the plan failed. The alleged shooter, a local man, was arrested. "
				  "The added security cost millions.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("The report said", "The report said the plan failed.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->speaker : NULL, "The report");

	CHECK(run_all("nested source", "Pyongyang indicated there would be consequences if talks failed, "
				  "the state-run KCNA news agency said. North Korea has said so before.") == AA_OK);
	for (int i = 0; i < result.n_speakers; i++)
		CHECK(strstr(result.speakers[i].name, "KCNA") == NULL);
	/* anyone but a news medium says what they say, a cue inside it or not */
	CHECK(run_all("nested, not a medium", "Growth slowed.\n\nWashington did not complain when China's spending "
				  "helped global growth, a Chinese official said.") == AA_OK);
	{
		const aa_quote *q = first_of_kind(AA_INDIRECT);

		CHECK_STR(q ? q->mention : NULL, "a Chinese official");
		CHECK_STR(q ? text_of(q) : NULL, "Washington did not complain when China's spending helped global growth");
	}
}

static void
test_denials(void)
{
	const aa_quote *q;

	CHECK(run_all("deny + clause", "Kim Song denied the allegation that his country was involved in the hack.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK(q && q->is_denial);
	CHECK_STR(q ? q->denied : NULL, "his country was involved in the hack");
	CHECK_STR(q ? q->speaker : NULL, "Kim Song");

	/* a cue that denies only claims keeps its "that" after the claim noun: the clause is what is denied */
	CHECK(run_all("rejected the notion that", "Still, he rejected the notion that pressure from Wall Street had prompted "
				  "the move.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK(q && q->is_denial);
	CHECK_STR(q ? text_of(q) : NULL, "pressure from Wall Street had prompted the move");
	/* an object pronoun before a preposition is no antecedent of "that" */
	CHECK(run_all("walked them through a slide show that", "Mr. Wiley walked them through a slide show that predicted "
				  "victory for Mr. Trump in swing states.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->speaker : NULL, "a slide show");

	CHECK(run_all("deny any + noun", "North Korea denies any involvement in the cyber-attack and offers talks.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK(q && q->is_denial);
	CHECK_STR(q ? q->denied : NULL, "involvement in the cyber-attack");

	/* refusing to deny is no denial; "confirm or deny": the second cue reports, by the first's subject */
	CHECK(run_all("refused to repudiate", "Schlafly refused to repudiate the claims.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("refuses to disavow", "Ted Cruz refuses to disavow the endorsement of Lindsey Graham.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("declined to confirm or deny", "The spokesman declined to confirm or deny that the meeting took "
				  "place.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);
	CHECK_STR(speaker_of_first(), "The spokesman");
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL, "the meeting took place");
	CHECK(run_all("would neither confirm nor deny", "The spokesman would neither confirm nor deny the report.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "The spokesman");

	/* retracting a claim withdraws it */
	CHECK(run_all("retracts claim", "Boston.com retracts claim about racist email from professor") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("should retract his comments", "Democrats said Trump should retract his comments about the "
				  "judge.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);
	/* "QUESTION? No, says X": the answer denies what the question asked */
	CHECK(run_all("No, says X", "NHL expansion ahead? No, says Gary Bettman") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK(q && q->is_denial);
	CHECK_STR(q ? q->speaker : NULL, "Gary Bettman");
	CHECK_STR(q ? q->denied : NULL, "NHL expansion ahead");
	CHECK(run_all("Yes, said X", "Will he run? Yes, said the mayor.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);
	CHECK(run_all("said no, no question", "Asked if he would run, he said no.") == AA_OK);
	CHECK(denials() == 0);

	/* denying someone something refuses it: a statement, no denial */
	CHECK(run_all("deny NAME, appositive, a thing", "He said Grassley could lose because he denied Merrick Garland, "
				  "President Obama's nominee for the Supreme Court, a confirmation hearing.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("deny him even that", "The campaign is working to deny him even that path by taking advantage of "
				  "the rules.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("denied her claims", "Trump denied her claims that he had groped her.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("denied NAME's account", "Trump denied Clinton's account of the meeting.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("denied DAY the report", "Trump denied Tuesday the report that he had met Putin.") == AA_OK);
	CHECK(denials() == 1);

	CHECK(run_all("reject + claim", "The ministry rejected the accusations of fraud as baseless.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("reject + proposal", "The ministry rejected the proposal for a joint inquiry.") == AA_OK);
	CHECK(denials() == 0);

	CHECK(run_all("labelled false", "North Korea called the accusations \xE2\x80\x9Cgroundless slander\xE2\x80\x9D on Saturday.") == AA_OK);
	CHECK(denials() >= 1);
	CHECK(run_all("said ... were false", "The agency said the reports were false.") == AA_OK);
	CHECK(denials() == 1);

	CHECK(run_all("quoted no-involvement", "\xE2\x80\x9CThere is no connection,\xE2\x80\x9D Kim Song said.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("neither nor", "Kim Song said his government had neither hacked Sony nor helped the hackers.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("legal plea", "The former aide pleaded not guilty to the charges, his lawyer said.") == AA_OK);
	CHECK(denials() >= 1);
	/* wrongdoing denied in the speaker's own words, contracted or not, with either apostrophe */
	CHECK(run_all("didn't do anything wrong", "Senate passes the budget\n\n"
				  "\"I didn't do anything wrong,\" Jones said on Monday.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("did nothing wrong", "Senate passes the budget\n\nThe company said it did nothing illegal.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "it did nothing illegal");
	CHECK(run_all("haven't lied", "Senate passes the budget\n\n"
				  "\xE2\x80\x9CWe haven\xE2\x80\x99t lied to anyone,\xE2\x80\x9D the mayor said.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("never lied", "Senate passes the budget\n\nTrump said he never lied about the payments.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("didn't break the law", "Senate passes the budget\n\n"
				  "He said he didn\xE2\x80\x99t break the law.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("a flat-out lie", "Senate passes the budget\n\n\"That is a flat-out lie,\" Brown said of the "
				  "report.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("never taken a bribe", "Senate passes the budget\n\n\"I have never taken a bribe in my life,\" "
				  "Mayor Adams said.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("I'm innocent", "Senate passes the budget\n\n\"I\xE2\x80\x99m innocent,\" Jones said.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("was innocent of", "Senate passes the budget\n\nSmith said she was innocent of all charges.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("called ... garbage", "Senate passes the budget\n\nThe mayor called the report \"garbage.\"") == AA_OK);
	CHECK(denials() >= 1);
	CHECK(run_all("pure fiction", "Senate passes the budget\n\n\"That is pure fiction,\" the senator said of the "
				  "allegations.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK(run_all("science fiction", "Senate passes the budget\n\nShe said she loved science fiction.") == AA_OK);
	CHECK(denials() == 0);
	/* what someone said is a claim a cue of rejection takes */
	CHECK(run_all("dismissed NAME's remarks as", "Senate passes the budget\n\nKremlin spokesman Dmitry Peskov "
				  "dismissed Zelenskyy's remarks as \"hysteria.\"") == AA_OK);
	CHECK(denials() >= 1);
	CHECK(run_all("rejects NAME's remarks about", "Senate passes the budget\n\nNetanyahu rejects Trump's remarks "
				  "about Muslims.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("we reject the baseless allegations", "Senate passes the budget\n\n\"We reject the baseless "
				  "allegations,\" the ministry said.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	/* a quoted fragment that opens with a denial and its claim, its subject outside the marks */
	CHECK(run_all("said NAME \"rejects the baseless allegations\"", "Senate passes the budget\n\nThe spokeswoman "
				  "said Islamabad \"rejects the baseless allegations.\"") == AA_OK);
	CHECK(first_of_kind(AA_MIXED) && first_of_kind(AA_MIXED)->is_denial);
	CHECK(run_all("said they \"denied him the chance\"", "Senate passes the budget\n\nHe said they \"denied him the "
				  "chance\" to speak.") == AA_OK);
	CHECK(denials() == 0);
	/* a pronoun called false stands for the claim; a label that may judge anything does not deny */
	CHECK(run_all("called it \"fake news\"", "Senate passes the budget\n\nTrump called it \"fake news.\"") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("calling them \"preposterous smears\"", "Senate passes the budget\n\nThe publisher denied the "
				  "claims, calling them \"preposterous smears.\"") == AA_OK);
	CHECK(denials() == 2);
	CHECK(run_all("called them \"crazy\"", "Senate passes the budget\n\nShe called them \"crazy.\"") == AA_OK);
	CHECK(denials() == 0);
	/* "scoffed at" a claim denies it ("scoffed" alone is a cue of quotations) */
	CHECK(run_all("NAME scoffed at the idea that", "The CEO scoffed at the idea that the firm was in trouble.") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(text_of(with_cue("scoffed at")), "the firm was in trouble");
	/* a denial in the passive: its agent denies a claim; a person refused something states nothing */
	CHECK(run_all("The claim was denied by the ORG.", "The allegations were flatly denied by the Kremlin on "
				  "Monday.") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(speaker_of_first(), "Russia");
	CHECK_STR(text_of(with_cue("denied")), "The allegations");
	CHECK(run_all("She was denied bail", "She was denied bail on Friday.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("was denied by the keeper", "The striker was denied by the keeper in the 89th minute.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* a single quotation mark beside a formula's first word is no apostrophe inside a word */
	CHECK(run_all("NAME said: 'That's rubbish.'", "Asked about the claims, Ms Reeves said: 'That's rubbish.'") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("'It's nonsense,' NAME said.", "'It's nonsense,' Mr. Trump said.") == AA_OK);
	CHECK(denials() == 1);
	/* ... while a word joined by an apostrophe is still part of a longer one */
	CHECK(run_all("O'Brien said", "Tim O'Brien said the plan would work.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Tim O'Brien");
	/* "none of it is true" denies what was reported; "none of them was ready" denies nothing */
	CHECK(run_all("NAME denied rumors. \"None of it is true,\" she told the crowd.", "Taylor Swift denied rumors that "
				  "she is engaged. \"None of it is true,\" she told the crowd.") == AA_OK);
	CHECK(denials() == 2);
	CHECK(run_all("He said none of them was ready.", "He said none of them was ready.") == AA_OK);
	CHECK(denials() == 0);
	/* "there is no such plan" denies what was reported; "no such thing as a free lunch" does not */
	CHECK(run_all("NAME denied a report. \"There is no such plan,\" NAME said.", "Hayashi denied a Nikkei report that "
				  "Tokyo was preparing a retaliatory package. \"There is no such plan at this time,\" Hayashi "
				  "said.") == AA_OK);
	CHECK(denials() == 2);
	CHECK(run_all("no such thing as a free lunch", "Hayashi said there was no such thing as a free lunch.") == AA_OK);
	CHECK(denials() == 0);
	/* a rejected comment is a claim rejected, as rejected remarks are */
	CHECK(run_all("NAME dismissed the comment and fallout from it as remote", "Jennifer Palmieri dismissed the "
				  "comment and fallout from it as remote to voters.") == AA_OK);
	CHECK(denials() == 1);
	/* a claim noun set off by a comma is the object of the denial after it; the clause before is its claim */
	CHECK(run_all("X, a charge the ORG dismissed as baseless", "Senate passes the budget\n\nGandhi accused the "
				  "Centre of destroying the economy, a charge the BJP dismissed as baseless.") == AA_OK);
	CHECK(denials() == 1);
	q = with_cue("dismissed");
	CHECK_STR(text_of(q), "a charge the BJP dismissed");
	CHECK_STR(speaker_of(q), "BJP");
	CHECK_STR(q ? q->denied : NULL, "Gandhi accused the Centre of destroying the economy");
	/* ... also after a closing quotation mark, which the claim keeps; the allegation ends before the comma */
	CHECK(run_all("NAME alleged that X was \"...\", a charge the ORG dismissed", "Senate passes the budget\n\nGandhi "
				  "alleged that the Centre was \u201cselling assets to friends\u201d, a charge the BJP dismissed as "
				  "baseless.") == AA_OK);
	CHECK(denials() == 1);
	q = with_cue("dismissed");
	CHECK_STR(speaker_of(q), "BJP");
	CHECK_STR(q ? q->denied : NULL, "Gandhi alleged that the Centre was \u201cselling assets to friends\u201d");
	CHECK(!with_cue("alleged") || !with_cue("alleged")->is_denial);
	CHECK(run_all("X, an allegation he denies", "Senate passes the budget\n\nThe report said John Smith took bribes, "
				  "an allegation he denies.") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(speaker_of(with_cue("denies")), "John Smith");
	CHECK_STR(with_cue("denies") ? with_cue("denies")->denied : NULL, "The report said John Smith took bribes");
	CHECK(run_all("X, something she has repeatedly denied", "Senate passes the budget\n\nMary Jones is accused of "
				  "leaking documents, something she has repeatedly denied.") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(speaker_of(with_cue("denied")), "Mary Jones");
	/* ... and "dismissed it as" a label denies "it", not "it as" */
	CHECK(run_all("NAME dismissed it as \"nonsense\"", "Senate passes the budget\n\nMayor Bob Lee dismissed it as "
				  "\"nonsense\".") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "it");
	/* how a denial was made ends what it denies: a spokesman or a lawyer it went through, a day's name */
	CHECK(run_all("NAME denied the charges through his lawyer", "Senate passes the budget\n\nMr. Ailes denied the "
				  "charges through his lawyer.") == AA_OK);
	CHECK_STR(text_of(with_cue("denied")), "the charges");
	CHECK(run_all("NAME pushed back on those claims Thursday", "Senate passes the budget\n\nRubio pushed back on "
				  "those claims Thursday.") == AA_OK);
	CHECK_STR(text_of(with_cue("pushed back on")), "those claims");
	/* ... not a phrase of time that is no day's name, nor what a verb rejects that is no claim */
	CHECK(run_all("NAME denied the report last week", "Senate passes the budget\n\nHe denied the report last "
				  "week.") == AA_OK);
	CHECK_STR(text_of(with_cue("denied")), "the report last week");
	CHECK(run_all("NAME denies killing NAME at his home in March", "Senate passes the budget\n\nPeter Walsh denies "
				  "killing Brian Moore at his home in Leeds in March.") == AA_OK);
	CHECK_STR(text_of(with_cue("denies")), "killing Brian Moore at his home in Leeds in March");
	CHECK(run_all("NAME rejected NAME's offer Tuesday", "Senate passes the budget\n\nKhan rejected Trump's offer "
				  "Tuesday.") == AA_OK);
	CHECK_STR(text_of(with_cue("rejected")), "Trump's offer Tuesday");
	/* "poured cold water on" reports, and "branded" labels, as their synonyms do */
	CHECK(run_all("NAME poured cold water on reports of X", "Senate passes the budget\n\nThe minister poured cold "
				  "water on reports of a snap election.") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(text_of(with_cue("poured cold water on")), "reports of a snap election");
	CHECK(run_all("NAME branded the story \"complete fiction\"", "Senate passes the budget\n\nThe star branded the "
				  "story \"complete fiction.\"") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("They sell branded goods.", "Senate passes the budget\n\nThey sell branded goods.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* "Asked about X, NAME said: “That is a lie”": what "that" points back to is denied */
	CHECK(run_all("Asked about claims that X, NAME was blunt: \"That is a lie ...\"", "Vaccines\n\nProfessor Shabir "
				  "Madhi spoke.\n\nAsked about claims that the vaccine causes autism, Madhi was blunt: \"That is a lie that has been debunked a hundred "
				  "times.\"") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) && first_of_kind(AA_DIRECT)->is_denial);
	CHECK_STR(denied_of(first_of_kind(AA_DIRECT)), "claims that the vaccine causes autism");
	CHECK(run_all("Asked whether X, NAME said that was untrue.", "The mayor spoke. Asked whether he had taken money, "
				  "Smith said that was untrue.") == AA_OK);
	CHECK_STR(denied_of(with_cue("said")), "he had taken money");
	/* "said they were “absolutely false”": the pronoun called false, or what was put to the speaker */
	CHECK(run_all("NAME said they were \"absolutely false.\"", "The mayor spoke. Smith said they were "
				  "\"absolutely false.\"") == AA_OK);
	CHECK(first_of_kind(AA_MIXED) && first_of_kind(AA_MIXED)->is_denial);
	CHECK_STR(denied_of(first_of_kind(AA_MIXED)), "they");
	CHECK(run_all("Asked about X, NAME said they were \"absolutely false.\"", "The mayor spoke. Asked about the "
				  "allegations, Smith said they were \"absolutely false.\"") == AA_OK);
	CHECK_STR(denied_of(first_of_kind(AA_MIXED)), "the allegations");
	/* ... not by a label that judges people too */
	CHECK(run_all("NAME said they were \"completely wrong\" about ...", "The mayor spoke. Smith said they were "
				  "\"completely wrong\" about the economy.") == AA_OK);
	CHECK(first_of_kind(AA_MIXED) && !first_of_kind(AA_MIXED)->is_denial);
	/* "I reject any suggestion that ...": the speaker's own verb of denial, in the speaker's own words */
	CHECK(run_all("\"... I reject any suggestion that X.\"", "Reached by phone, Osei said: \"I acted on every "
				  "complaint. I reject any suggestion that I covered anything up.\"") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) && first_of_kind(AA_DIRECT)->is_denial);
	CHECK_STR(denied_of(first_of_kind(AA_DIRECT)), "I covered anything up");
	CHECK(run_all("\"We categorically deny any wrongdoing,\" ORG said.", "The mayor spoke. \"We categorically deny "
				  "any wrongdoing,\" the company said.") == AA_OK);
	CHECK_STR(denied_of(first_of_kind(AA_DIRECT)), "wrongdoing");
	CHECK(run_all("\"I totally reject the claims that were made ...\"", "The mayor spoke. \"I totally reject the "
				  "claims that were made against me - all of them,\" Smith said.") == AA_OK);
	CHECK_STR(denied_of(first_of_kind(AA_DIRECT)), "the claims that were made against me");
	/* ... not a negated one, nor a person disavowed */
	CHECK(run_all("\"I never denied that ...\"", "The mayor spoke. \"I never denied that I was there,\" Smith "
				  "said.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) && !first_of_kind(AA_DIRECT)->is_denial);
	CHECK(run_all("\"I disavowed Duke ...\"", "The mayor spoke. \"I disavowed Duke the day before at a major "
				  "conference,\" Trump said.") == AA_OK);
	CHECK(first_of_kind(AA_DIRECT) && !first_of_kind(AA_DIRECT)->is_denial);
	/* a fragment in marks that denies: what its verb denies, past an adverb */
	CHECK(run_all("said that her client \"categorically denies any wrongdoing\"", "His solicitor, Fiona Grant, "
				  "said in a letter that her client \"categorically denies any wrongdoing\" and that the "
				  "complaints were \"motivated by personal animosity\".") == AA_OK);
	CHECK_STR(denied_of(first_of_kind(AA_MIXED)), "wrongdoing");
	/* an accusation's words lay fault on someone else: a negation in them is no denial of the speaker's */
	CHECK(run_all("NAME blamed X while knowing X had no connection", "The mayor spoke. Clinton blamed the attack "
				  "on a video while knowing the video had no connection to the attack.") == AA_OK);
	CHECK(with_cue("blamed") && !with_cue("blamed")->is_denial);
	/* an attack dressed as a claim calls it false: "a political hit job", "a stitch-up" */
	CHECK(run_all("NAME called the allegations \"a political hit job\"", "The mayor spoke. In March, Brandt called "
				  "the allegations \"a political hit job\" orchestrated by his opponents.") == AA_OK);
	CHECK_STR(denied_of(with_cue("called")), "the allegations");
	/* innocent people are no plea of innocence */
	CHECK(run_all("were innocent civilians", "Senate passes the budget\n\nThose killed were innocent civilians, the "
				  "army said.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);
	/* a doing that is no wrongdoing denies nothing */
	CHECK(run_all("didn't do anything", "Senate passes the budget\n\n"
				  "\"We didn't do anything yet,\" the mayor said.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);
	CHECK(run_all("nominal", "Mr. Ailes's denial of the allegations came on Friday.") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK(q && q->is_denial);
	CHECK_STR(q ? q->speaker : NULL, "Ailes");

	/* casting doubt on a claim disputes it; on anything else it reports, and denies nothing */
	CHECK(run_all("cast doubt on claims", "Scientists cast doubt on the man's claims that a spider lived in his scar.") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->speaker : NULL, "Scientists");
	CHECK(run_all("raises doubts about reports", "NASA Raises Doubts About Reports of Nicaraguan Meteorite") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("cast doubt on a plan", "The senator cast doubt on the plan's chances in the House.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);

	/* and what is not a denial */
	CHECK(run_all("denied bail", "The suspect was denied bail by the judge, prosecutors said.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("denied them the chance", "The court denied them the chance to appeal.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("refused to confirm or deny", "The spokesman refused to confirm or deny the report.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("did not deny", "The minister did not deny that talks took place.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("would not", "Cinema chains said they would not screen the film.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("cannot", "\xE2\x80\x9CWe cannot have a society in which a dictator imposes censorship,\xE2\x80\x9D he said.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("denial of service", "The bank suffered a denial of service attack, officials said.") == AA_OK);
	CHECK(denials() == 0);
	/* a falsity word in a sentence that quotes someone is no debunk by the article */
	CHECK(run_all("quoted, with a falsity word", "\"Facts may be undervalued,\" said Robert Mason, a professor who has "
				  "researched the spread of false information.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(result.n_quotes == 1);
	/* the article's own debunk: in a headline, not in a paragraph of prose */
	CHECK(run_all("debunk in a headline", "Macaulay Culkin Dead? Hoax Goes Viral, Claims Actor Found Dead in Apartment") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("falsity word in prose",
				  "Alex Jones may be the most successful conspiracy theorist in the country. On his website and his "
				  "daily radio program, heard on more than 100 stations, Jones regularly promotes a variety of fringe "
				  "ideas, among them the bogus claim that the moon landing was staged in a studio in Nevada.") == AA_OK);
	CHECK(denials() == 0);

	/* a short paragraph of prose is no headline with a verdict of the article's; a Title Case one is */
	CHECK(run_all("falsity word, short paragraph of prose", "Senate passes the budget\n\n"
				  "Several Democratic operatives said they even expect fake information.") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("falsity word, Title Case headline below", "Senate passes the budget\n\n"
				  "Viral Photo Of Shark Swimming On Flooded Highway Is Fake") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("called rubbish", "Rumor Robert Plant Ripped Up 800 Million Contract To Reunite Led Zeppelin "
				  "Called Rubbish") == AA_OK);
	CHECK(denials() == 1);

	/* the article's headline negates a fact a claim put about: in capitals, after a claim noun, "despite" */
	CHECK(run_all("headline negates, in capitals", "Sorry, Fido. Pope Francis did NOT say our pets are going to "
				  "heaven") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "Pope Francis did NOT say our pets are going to heaven");
	CHECK(run_all("headline negates, despite", "Macaulay Culkin Hasn't Died Despite What Everyone Is Saying On "
				  "Facebook") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("headline negates a claim", "Hillary Clinton's Claim That Donald Trump Is In ISIS Recruiting "
				  "Videos Isn't True") == AA_OK);
	CHECK(denials() == 1);
	/* a headline's statement that answers a claim: "despite" and a claim noun, or a negated cue */
	CHECK(run_all("says ..., despite kidnap reports", "Canadian woman captured by ISIS in Syria says she is actually "
				  "fine and still fighting the jihadists, despite kidnap reports") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "kidnap reports");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "Canadian woman captured by ISIS in Syria");
	CHECK(run_all("did not tell ..., contrary to report", "Pope Francis did not tell boy heaven has room for pets, "
				  "contrary to report") == AA_OK);
	CHECK(denials() == 1);
	CHECK_STR(speaker_of_first(), "Francis");
	CHECK(run_all("did not tell, no claim answered", "Pope Francis did not tell the crowd he would stay.") == AA_OK);
	CHECK(denials() == 0);
	/* "Exposed As Hoaxer", "Doubts cast over ... claim" */
	CHECK(run_all("exposed as hoaxer", "Woman Who Claimed To Have Surgery To Add Third Breast Exposed As Hoaxer")
		  == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("doubts cast over claim", "Doubts cast over Nicaragua meteorite claim") == AA_OK);
	CHECK(denials() == 1);
	/* a headline that merely states a negative denies nothing; nor does a negated fact in prose */
	CHECK(run_all("headline states a negative", "Markets are never ready for the Fed") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("headline states a negative, Title Case", "Bernie Sanders Isn't Too Impressed By The Historic "
				  "Climate Agreement") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("negated fact in prose", "Senate passes the budget\n\nThe senator did NOT say the rumor was "
				  "true.") == AA_OK);
	CHECK(denials() == 0);

	/* a headline that reports a negated statement of fact reports a denial */
	CHECK(run_all("headline, bare not", "Mexico Says Students Not Among Dead in Mass Grave") == AA_OK);
	CHECK(denials() == 1);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? q->speaker : NULL, "Mexico");
	CHECK_STR(q ? q->denied : NULL, "Students Not Among Dead in Mass Grave");
	CHECK(run_all("headline, n't", "Homeland Security says terrorists haven't crossed U.S-Mexico border") == AA_OK);
	CHECK(denials() == 1);
	/* a headline's answer to a rumour of harm */
	CHECK(run_all("headline, says she is safe", "Woman Captured By ISIS Says She Is Safe And Secure") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("headline, says she's safe", "Gill Rosenberg Says She\xE2\x80\x99s Safe") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("headline, safe to say", "Mayor says it is safe to say the budget will pass") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("prose, safe", "Senate passes the budget\n\nThe mayor said the town was safe.") == AA_OK);
	CHECK(denials() == 0);
	/* "X, not Y" contrasts: no fact negated */
	CHECK(run_all("headline, contrast", "Rep. Gwen Graham praises Clinton as 'work horse, not show horse.'") == AA_OK);
	CHECK(result.n_quotes >= 1);
	CHECK(denials() == 0);
	CHECK(run_all("headline, cue last", "Woman detained in Lebanon is not al-Baghdadi's wife, Iraq says") == AA_OK);
	CHECK(denials() == 1);
	CHECK(run_all("headline, then prose", "Bettman says NHL expansion not imminent\n\n"
				  "The commissioner said the league was not planning to add teams.") == AA_OK);
	CHECK(denials() == 1);
	CHECK(result.n_quotes == 2 && result.quotes[0].is_denial && !result.quotes[1].is_denial);
	/* not intent, feeling or habit, not a quoted opinion after a colon, not in prose */
	CHECK(run_all("headline, intent", "Paul Ryan says he's not ready to support Trump") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("headline, will not", "Cinema chains say they will not screen the film") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("headline, habit", "Obama says families of victims don't care about politics") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("headline, colon", "Marco Rubio: I'm Not Interested In Being Vice President") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("headline, negated cue", "WH won't say if Foley family was threatened") == AA_OK);
	CHECK(denials() == 0);
	CHECK(run_all("prose, bare not", "Senate passes the budget\n\n"
				  "The mayor said the students had not seen the video, and the police agreed.") == AA_OK);
	CHECK(denials() == 0);

	/* how and when a denial was made is no part of what it denies */
	CHECK(run_all("in a statement on Friday", "She flatly denied the allegations in a statement on Friday.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "the allegations");
	CHECK(run_all("on Twitter", "The ministry rejected the report on Twitter.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "the report");
	CHECK(run_all("a clause of its own", "He denied that the plan was announced in a speech.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "the plan was announced in a speech");

	/* phrasal cues that dispute, and denials of a claim in two words */
	CHECK(run_all("pushed back against", "The senator pushed back against the claims.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "pushed back against");
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "the claims");
	CHECK(run_all("rejected a proposal, two words", "The ministry rejected the proposal.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("ruled out", "Biden ruled out a third run for president.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);
	CHECK_STR(result.n_quotes ? result.quotes[0].cue : NULL, "ruled out");

	/* a claim labelled false: its noun phrase from its determiner, over its modifiers */
	CHECK(run_all("the AP report is misleading", "Clinton spokesman Brian Fallon said the AP report is misleading "
				  "because it is small.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "the AP report");
	CHECK(run_all("call the NOUN allegations unfair", "Trump's advisers began to call the plagiarism allegations "
				  "unfair and absurd.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "the plagiarism allegations");
	/* a falsity word that is the claim's own verb is no verdict on it */
	CHECK(run_all("accusations that he exaggerated", "Ben Carson responded on Sunday to accusations that he "
				  "exaggerated details of his life story.") == AA_OK);
	CHECK(result.n_quotes == 1 && denials() == 0);
	CHECK(run_all("claims that he lied are false", "The senator said the claims that he lied to the panel are "
				  "false.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "he lied to the panel");
	/* the source of "according to" holds no claim */
	CHECK(run_all("according to the officer in charge of", "According to the officer in charge of the base that "
				  "night, the scene in the movie is entirely untrue.") == AA_OK);
	CHECK_STR(result.n_quotes ? result.quotes[0].denied : NULL, "the scene in the movie is entirely untrue");
}

/*
 * Denials by the words around them: the statements a text makes (quotes -1:
 * any number) and how many of them deny.
 */
typedef struct denial_case
{
	const char *name;
	const char *text;
	int			quotes;
	int			denials;
} denial_case;

static void
test_denial_cases(void)
{
	static const denial_case cases[] = {
		/* phrasal cues that dispute, and denials of a claim in two words */
		{"took issue with", "The company took issue with the report's findings.", -1, 1},
		{"brushed off ... as", "The senator brushed off the criticism as politics.", -1, 1},
		{"rejected, two words", "The ministry rejected the accusations.", 1, 1},
		/* a state after "has" or "had" needs its "been": the active verb denies nothing */
		{"had not been detained", "Talks went on.\n\nThe ministry said the journalist had not been detained.", 1, 1},
		{"have not captured", "Talks went on.\n\nA slide show predicted victory in states that Republicans have "
		"not captured since the 1980s.", 1, 0},
		/* no involvement said of the one addressed reproaches him: no denial */
		{"you have not been involved", "Talks went on.\n\n\"You have not been involved in a consequential "
			"decision,\" Christie said.", 1, 0},
		{"I have not been involved", "Talks went on.\n\n\"I have not been involved in the decision,\" Christie "
			"said.", 1, 1},
		/* not linked to something denies a tie; not in, at or on a place or state says where things stand */
		/* a prediction or a description with neither/nor denies nothing; a past fact does */
		{"neither, would", "Talks went on.\n\nSanders predicted neither he nor Clinton would arrive with "
			"enough delegates.", 1, 0},
		{"neither + gerund", "Talks went on.\n\nHe said that means neither looking for, nor emphasizing, "
			"areas of disagreement.", 1, 0},
		{"neither, past", "Talks went on.\n\nHe said his government had neither hacked Sony nor helped the "
			"hackers.", 1, 1},
		/* "the idea of" a plan is a proposal; "the idea that" a claim */
		{"rejected the idea of", "Obama rejected the idea of a farewell address in the style of Reagan.", 1, 0},
		{"rejected the idea that", "Obama rejected the idea that he had failed.", 1, 1},
		/* lying to someone is a charge, not a label */
		{"lying to the FBI", "Talks went on.\n\nProsecutors threatened to charge him with conspiracy and lying "
			"to the FBI.", 1, 0},
		/* not knowing what was to come, or doing something new, denies nothing; not knowing of a thing does */
		{"had no idea it would", "Talks went on.\n\n\xE2\x80\x9CI supported it, but I had no idea it would pick up "
			"this kind of steam,\xE2\x80\x9D he said.", 1, 0},
		{"had no idea", "Talks went on.\n\nShe said she had no idea the emails were classified.", 1, 1},
		{"never knew what", "Talks went on.\n\n\xE2\x80\x9CI never knew what was going to happen at trial,\xE2\x80\x9D "
			"Reid said.", 1, 0},
		{"never knew", "Talks went on.\n\nHe said he never knew about the payments.", 1, 1},
		/* a hope is no denial, as a wish is none */
		{"hope they are fake", "Talks went on.\n\n\xE2\x80\x9C" "But I hope they are fake,\xE2\x80\x9D Reid said.", 1, 0},
		{"never did before", "Talks went on.\n\n\xE2\x80\x9CWe will have to do things that we never did before,"
			"\xE2\x80\x9D Trump told Yahoo News.", 1, 0},
		/* an adverb that a Title Case headline capitalises is no part of its subject */
		{"Title Case adverb", "Trump Vehemently Denies Affair Report", 1, 1},
		/* (in prose: a headline's bare negation denies a rumour) */
		{"not affiliated", "Talks went on.\n\nThey are not affiliated with the campaign, she said.", 1, 1},
		{"not in control", "Talks went on.\n\nHe said European leaders are not in control of the threat.", 1, 0},
		{"weren't at", "Talks went on.\n\n\xE2\x80\x9CSix months ago we weren't at 20 percent,\xE2\x80\x9D he said.",
		1, 0},
		{"not among", "Talks went on.\n\nComey said agents found emails that were not among those returned.", 1, 0},
		/* a denial asked for, wanted, put as a question or on a condition is not made */
		{"asked to disavow", "He has asked Republican leaders to disavow Mr. Trump.", -1, 0},
		{"refusal to disavow", "They cited his refusal at times to disavow white supremacist support.", -1, 0},
		{"must rebut", "The former ambassador said Mexico must rebut Trump's claims.", -1, 0},
		{"may have to disavow",
			"The senator acknowledged that the party may have to disavow "
			"the nominee.", -1, 0},
		{"unless", "Delegates say they will back Stein unless Sanders disavows the endorsement.", -1, 0},
		{"whether", "Reporters asked several times whether Sen. Cruz disavowed the endorsement.", -1, 0},
		{"purporting to debunk", "The host was promoting a film purporting to debunk climate change.", -1, 0},
		/* the grant sense with a recipient: someone is refused something */
		{"deny a named recipient the nomination",
			"Independent groups made a last-ditch effort to deny Donald "
			"Trump the presidential nomination.", -1, 0},
		{"denied a named recipient a thing",
			"Kennedy engineered a floor fight and denied Carter a "
			"final-night photograph.", -1, 0},
		{"deny a group the right",
			"Sanders said closed primaries deny many energized "
			"independents the right to vote.", -1, 0},
		{"deny services",
			"The law would have allowed officials to deny services to "
			"gays and lesbians.", -1, 0},
		/* ... which leaves days, clauses, claims and Title Case alone */
		{"denied Tuesday the reports",
			"The senator denied Tuesday the reports that he had met the "
			"lobbyist.", -1, 1},
		{"denied that ... any access", "He denied that he had any access to classified material.", -1, 1},
		{"Title Case denial", "Clinton Denies Ever Sending A Classified Email", -1, 1},
		{"denied the claims ... a permit",
			"The spokesman denied the claims the company had received a "
			"permit.", -1, 1},
		/* a falsity word or a negation inside a condition or a wish states nothing */
		{"if ... fake",
			"\"If you think the moon landing was fake, you can find "
			"people like you,\" Holan said.", 1, 0},
		{"wish ... never", "\"I wish I never did it,\" he said.", 1, 0},
		{"if ... weren't", "\"If he weren't in government, you wouldn't hire him,\" he said.", 1, 0},
		{"if so, false", "\"If so, the report is false,\" he said.", -1, 1},
		{"never did, no condition", "\"I never did it,\" he said.", -1, 1},
		/* what an admission reports is granted, not denied */
		{"admitted ... inaccurate", "Carson admitted that the course name in his book was inaccurate.", 1, 0},
		{"agreed ... not", "A terse Miller agreed that she was not in the Trump camp.", 1, 0},
		{"said ... inaccurate", "Carson said that the report about his book was inaccurate.", -1, 1},
		/* no collusion, no wrongdoing: no involvement in what is alleged (not "no coordination problems") */
		{"no collusion", "\xE2\x80\x9CThere was no collusion,\xE2\x80\x9D Trump insisted.", 1, 1},
		{"no wrongdoing", "Officials said there was no wrongdoing.", -1, 1},
		{"no coordination problems",
			"\xE2\x80\x9CWe will have no coordination "
			"problems,\xE2\x80\x9D he said.", -1, 0},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		CHECK(run_all(cases[i].name, cases[i].text) == AA_OK);
		CHECK(cases[i].quotes < 0 || result.n_quotes == cases[i].quotes);
		CHECK(denials() == cases[i].denials);
	}
}

/* The speaker of the first statement of `t`, all kinds. */
static const char *
first_speaker(const char *name, const char *t)
{
	if (run_all(name, t) != AA_OK || result.n_quotes == 0)
		return "(no statement)";
	return result.quotes[0].speaker;
}

/* A name runs across a full stop only when it ends an initial or an abbreviation. */
static void
test_name_runs(void)
{
	CHECK_STR(first_speaker("sentence end", "Guards protected the base in Benghazi. Bob said he had not seen the film."),
			  "Bob");
	CHECK_STR(first_speaker("sentence end after a name",
							"The crowd cheered for Ted Cruz. That night, Cruz said the party had changed."),
			  "Ted Cruz");
	/* inside a quotation, where the sentence finder does not look */
	CHECK(run_all("inside a quotation", "\xE2\x80\x9C" "Cassius Clay was born in Louisville. Muhammad Ali was born in Miami,"
				  "\xE2\x80\x9D the doctor once wrote. Ali said he was proud of the city.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Muhammad Ali");
	for (int i = 0; i < result.n_speakers; i++)
		CHECK(strstr(result.speakers[i].name, "Louisville") == NULL);
	/* a run's leading quantifier, "of" or "Neither" is no part of the name */
	CHECK_STR(first_speaker("One of", "Donald Trump held a rally. One of Trump\xE2\x80\x99s aides left early. "
							"Trump said the crowd was huge."), "Donald Trump");
	CHECK_STR(first_speaker("Neither", "Ted Cruz spoke first. Neither Cruz nor his aides answered. "
							"Cruz said the vote was rigged."), "Ted Cruz");
	/* a pronoun under a contraction is a pronoun */
	CHECK_STR(first_speaker("He's", "Bernie Sanders spoke in Iowa on Friday. He\xE2\x80\x99s said the system is rigged."),
			  "Bernie Sanders");
	CHECK_STR(first_speaker("She'd", "Hillary Clinton spoke in Iowa on Friday. She'd said the system is rigged."),
			  "Hillary Clinton");
	/* a lower-case pronoun with its verb contracted is a subject after a comma too */
	CHECK(run_all("he's said after a comma", "Ever since Bernie Sanders announced his candidacy last year, he's said "
				  "the same thing at every stop: \"It's not about me, it's about us.\"") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Bernie Sanders");
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->mention : NULL, "he's");
	/* the writer under any contraction is no one the article names */
	CHECK(run_all("I'm", "I'm old enough to remember President Jimmy Carter going on TV on April 18, 1977, "
				  "declaring a moral equivalent of war against dependence on foreign oil.") == AA_OK);
	CHECK(result.n_quotes == 1);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, NULL);
	CHECK(run_all("I\xE2\x80\x99ve", "I\xE2\x80\x99ve been saying for six years that the party has moved.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), NULL);
	/* an apostrophe inside a name is no contraction */
	CHECK_STR(first_speaker("O'Neill", "Tip O'Neill said the House would vote."), "Tip O'Neill");
	CHECK_STR(first_speaker("initial", "George W. Bush said the war was necessary."), "George W. Bush");
	CHECK_STR(first_speaker("title", "Sen. Jane Doe said the bill would pass."), "Jane Doe");
	CHECK_STR(first_speaker("titles and initial", "Adm. Harry B. Harris Jr. said the fleet was ready."),
			  "Adm. Harry B. Harris Jr.");
}

/* A mention with a description inside resolves to the person it names, not to a new "person". */
static void
test_described_names(void)
{
	CHECK(run_all("description before a known name",
				  "Donald Trump spoke in Iowa. Later, Republican contender Donald Trump said the polls were wrong. "
				  "Trump said he would win.") == AA_OK);
	CHECK(result.n_quotes == 2 && result.n_speakers == 1);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Donald Trump");

	CHECK(run_all("lower-case title", "former President Bill Clinton said the economy was strong.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK_STR(result.quotes[0].speaker, "Bill Clinton");
		CHECK_STR(result.quotes[0].role, "former President");
	}

	/* an age is no role */
	CHECK(run_all("age", "Jillian Chase, 27, said the election would occasionally come up.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK_STR(result.quotes[0].speaker, "Jillian Chase");
		CHECK_STR(result.quotes[0].role, NULL);
	}

	/* "of the": the person speaks, not the institute the article named before */
	CHECK(run_all("person of an institution",
				  "The Economic Policy Institute published a report. Ross Eisenbrey of the Economic Policy "
				  "Institute said the rule would help workers.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK(strncmp(result.quotes[0].speaker, "Ross Eisenbrey", 14) == 0);
}

static void
test_names(void)
{
	CHECK(strcmp(aa_kind_name(AA_DIRECT), "direct") == 0);
	CHECK(strcmp(aa_kind_name(AA_MIXED), "mixed") == 0);
	CHECK(strcmp(aa_kind_name(AA_INDIRECT), "indirect") == 0);
	CHECK(strcmp(aa_status_message(AA_ERR_BAD_UTF8), "invalid UTF-8") == 0);
}

/* ---------------------------------------------------------------- internals */

/* A document on text, with or without the token table, for the walkers. */
static jmp_buf internal_bail;
static aa_arena internal_arena;

static void
internal_arena_reset(void)
{
	memset(&internal_arena, 0, sizeof(internal_arena));
	internal_arena.env = &env;
	internal_arena.bail = &internal_bail;
}

/* A test of the internals, named `name`, on a fresh arena that never fails. */
static void
internal_test(const char *name)
{
	current = name;
	free_blocks();
	ctx.fail_after = -1;
	internal_arena_reset();
}

static void
internal_doc(aa_doc *doc, const char *t, bool with_table)
{
	internal_arena_reset();
	memset(doc, 0, sizeof(*doc));
	doc->arena = &internal_arena;
	doc->text = t;
	doc->len = strlen(t);
	if (with_table)
		aa_tokenize(doc);
}

static bool
same_word(bool fa, const aa_word *a, bool fb, const aa_word *b)
{
	if (fa != fb)
		return false;
	return !fa || (a->start == b->start && a->end == b->end && a->cstart == b->cstart &&
				   a->cend == b->cend && a->classes == b->classes && a->capitalized == b->capitalized);
}

/*
 * Walk up to 24 words from pos (forward or back, not past lim) in a document
 * with the token table and in one without: the steps that differ.
 */
static int
walk_mismatches(const aa_doc *table, const aa_doc *walk, size_t pos, size_t lim, bool forward)
{
	aa_word		a,
				b;
	size_t		pa = pos,
				pb = pos;
	int			differ = 0;

	for (int step = 0; step < 24; step++)
	{
		bool		fa = forward ? aa_word_after(table, pa, lim, &a) : aa_word_before(table, lim, pa, &a);
		bool		fb = forward ? aa_word_after(walk, pb, lim, &b) : aa_word_before(walk, lim, pb, &b);

		differ += !same_word(fa, &a, fb, &b);
		if (!fa || !fb)
			break;
		pa = forward ? a.end : a.start;
		pb = forward ? b.end : b.start;
	}
	return differ;
}

/* t: filler with insert put in at byte at. */
static void
insert_at(char *t, const char *filler, size_t at, const char *insert)
{
	size_t		w = strlen(insert);

	memcpy(t, filler, at);
	memcpy(t + at, insert, w);
	strcpy(t + at + w, filler + at);
}

/*
 * The tokens of t as a character-by-character split at aa_is_space finds
 * them: the reference for the table's 64-byte steps.  Returns how many of
 * the table's tokens (all of them, and its count) differ, in their extent
 * or in being ASCII letters only, the block index entries that do not name
 * the first token at or after their block, and whether the table knows
 * that a space the word scan reads as letters (U+1680, U+3000, U+FEFF) is
 * there.
 */
static int
token_differences(const aa_doc *doc)
{
	const char *t = doc->text;
	size_t		i = 0;
	int			k = 0,
				wrong = 0;
	bool		odd = false;

	while (i < doc->len)
	{
		size_t		start,
					next = i;
		bool		letters = true;
		size_t		last = i;	/* the token's last character */

		if (aa_is_space(aa_utf8_next(t, doc->len, &next)))
		{
			odd |= (unsigned char) t[i] >= 0x80 && (unsigned char) t[i] != 0xC2 && (unsigned char) t[i] != 0xE2;
			i = next;
			continue;
		}
		start = i;
		while (i < doc->len)
		{
			next = i;
			if (aa_is_space(aa_utf8_next(t, doc->len, &next)))
				break;
			last = i;
			i = next;
		}
		for (size_t b = start; b < i; b++)
			letters &= !aa_byte_not_letter((unsigned char) t[b]);
		{
			unsigned	want = letters ? AA_TOKEN_LETTERS : 0;
			bool		marked = last + 1 == i && (unsigned char) t[last] < 0x80;

			for (size_t b = start; b < last && marked; b++)
				marked = !aa_byte_not_letter((unsigned char) t[b]);
			if (!letters && marked)
				want = AA_TOKEN_LETTERS_MARK;
			wrong += k >= doc->tokens->n || doc->tokens->items[k].start != start || doc->tokens->items[k].end != i ||
				doc->tokens->items[k].letters != want;
		}
		k++;
	}
	for (size_t b = 0, first = 0; b < doc->tokens->n_blocks; b++)
	{
		while (first < (size_t) doc->tokens->n && doc->tokens->items[first].start < b * AA_TOKEN_BLOCK)
			first++;
		wrong += doc->tokens->block_first[b] != (int32_t) first;
	}
	return wrong + (k != doc->tokens->n) + (odd != doc->tokens->odd_spaces);
}

/*
 * The tokenizer reads 64 bytes a step and decodes only wide spaces: a
 * character of each kind, space or not, put at every offset across the
 * first two steps and the short rest, so that each straddles a step's end
 * at some offset; texts of exactly 64 and 128 bytes; a token that runs
 * through a whole step.
 */
static void
test_tokenizer_steps(void)
{
	static const char *const inserts[] = {
		"\xC2\xA0", "\xE1\x9A\x80", "\xE2\x80\x83", "\xE2\x80\xAF", "\xE2\x81\x9F",
		"\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x9C", "\xE2\x80\x99", "\xC3\xA9",
		"\xF0\x9F\x98\x80", "\n", "\t\r", "\x01", " ", "x"
	};
	static const char filler[] = "ab cd  efg hijk l mnopq rs tuv wxyz.  Said, 'no' (yes) x y z ab cd efg "
		"hijk lmnop qrs tu v wx yz ABC DEF ghi jk lmn opq rst uvw xyz ab cd ef gh ij kl mn.";
	char		t[512];
	aa_doc		doc;
	volatile int wrong = 0,		/* volatile: set across setjmp */
				texts = 0;

	internal_test("tokenizer steps");
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	/* with the 64-byte steps and without them (then one character at a time throughout) */
	for (int steps = 0; steps < 2; steps++)
		for (size_t n = 0; n < sizeof(inserts) / sizeof(inserts[0]); n++)
			for (size_t at = 0; at <= 150; at++)
			{
				aa_sse2_steps = steps == 0;
				insert_at(t, filler, at, inserts[n]);
				internal_doc(&doc, t, true);
				wrong += token_differences(&doc);
				texts++;
			}
	aa_sse2_steps = true;
	/* exactly one and two steps; the second step one long token; nothing but spaces */
	memset(t, 'a', 128);
	t[128] = '\0';
	t[10] = ' ';
	internal_doc(&doc, t, true);
	wrong += token_differences(&doc);
	CHECK(doc.tokens->n == 2 && doc.tokens->items[1].start == 11 && doc.tokens->items[1].end == 128);
	t[64] = '\0';
	internal_doc(&doc, t, true);
	wrong += token_differences(&doc);
	CHECK(doc.tokens->n == 2 && doc.tokens->items[1].end == 64);
	/* a token every two bytes, the most a step can end (32), from the table's first room on */
	for (size_t n = 64; n <= 300; n++)
	{
		for (size_t i = 0; i < n; i++)
			t[i] = (i % 2) ? ' ' : 'a';
		t[n] = '\0';
		internal_doc(&doc, t, true);
		wrong += token_differences(&doc);
		wrong += doc.tokens->n != (int) ((n + 1) / 2);
	}
	memset(t, ' ', 100);
	memcpy(t + 62, "\xE2\x80\x83", 3);	/* a wide space across the first step's end */
	t[100] = '\0';
	internal_doc(&doc, t, true);
	CHECK(doc.tokens->n == 0);
	memcpy(t + 62, "\xE2\x80\x9C", 3);	/* a quotation mark there: one token of one character */
	internal_doc(&doc, t, true);
	CHECK(doc.tokens->n == 1 && doc.tokens->items[0].start == 62 && doc.tokens->items[0].end == 65);
	CHECK(texts == 2 * 16 * 151);
	CHECK(wrong == 0);
}

/*
 * The word scan reads 64 bytes a step, or goes by the token table: a cue,
 * a negation and a denial hint, each between characters that end a word or
 * continue it, put at every offset of a text with multi-byte characters in
 * words and between them, so that each crosses a step's end at some offset.
 * The filler has nothing the scan records: each text has what the inserted
 * words give, where they are, and nothing else.  The spaces the scan reads
 * as letters (U+3000, U+1680, U+FEFF) join "said" to the words around it,
 * though the table splits tokens there.
 */
static void
test_word_scan_steps(void)
{
	static const struct
	{
		const char *insert;
		int			candidate;	/* offset of the cue in the insert, or -1 */
		int			hint;		/* offset of the hint, or -1 */
	}			cases[] = {
		{" said ", 1, -1},
		{"\xE2\x80\x94said\xE2\x80\x94", 3, -1},	/* em dashes */
		{"\xC2\xA0said\xC2\xA0", 2, -1},	/* no-break spaces */
		{"\xE2\x80\x9Csaid\xE2\x80\x9D", 3, -1},	/* curly quotation marks */
		{" didn\xE2\x80\x99t ", -1, 1},	/* a negation with a curly apostrophe */
		{" didn't ", -1, 1},
		{"\xC3\xA9said ", -1, -1},	/* a word that starts with a non-ASCII letter: skipped whole */
		{" said\xC3\xA9 ", -1, -1},	/* a longer word than "said" */
		{" xsaid ", -1, -1},
		{"\xE3\x80\x80said\xE3\x80\x80", -1, -1},	/* ideographic spaces */
		{"\xE1\x9A\x80said\xEF\xBB\xBF", -1, -1},	/* an ogham space, a zero-width no-break space */
		{"\xE2\x80\x83said\xE2\x80\x83", 3, -1},	/* em spaces: of the punctuation block */
	};
	static const char filler[] = "Caf\xC3\xA9 au lait \xE2\x80\x9Cwe go\xE2\x80\x9D, the\xC2\xA0man\xE2\x80\x94" "a "
		"cook\xE2\x80\x94went home; na\xC3\xAFve r\xC3\xA9sum\xC3\xA9s \xE2\x80\x98yes\xE2\x80\x99 (on "
		"Tuesday) at 10 a.m. with 20% of the vote and the plan for a new road to the sea.";
	char		t[512];
	aa_doc		doc;
	volatile int wrong = 0,		/* volatile: set across setjmp */
				texts = 0;

	internal_test("word scan steps");
	CHECK(aa_engine_init() == AA_OK);
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	internal_doc(&doc, filler, false);
	aa_scan_words(&doc);
	CHECK(doc.candidates.n == 0 && doc.hints.n == 0 && doc.labels.n == 0);
	/* with the 64-byte steps, without them, and by the token table */
	for (int mode = 0; mode < 3; mode++)
		for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++)
			for (size_t at = 0; at <= 150; at++)
			{
				int			want_cues = cases[c].candidate >= 0,
							want_hints = cases[c].hint >= 0;

				/* not inside a character (each insert starts with no letter, or expects nothing) */
				if (aa_mid_character(filler, strlen(filler), at))
					continue;
				aa_sse2_steps = mode != 1;
				insert_at(t, filler, at, cases[c].insert);
				internal_doc(&doc, t, mode == 2);
				aa_scan_words(&doc);
				wrong += doc.candidates.n != want_cues || doc.hints.n != want_hints || doc.labels.n != 0 ||
					(want_cues && AA_VEC_AT(&doc.candidates, aa_match, 0).start != at + (size_t) cases[c].candidate) ||
					(want_cues && AA_VEC_AT(&doc.candidates, aa_match, 0).end != at + (size_t) cases[c].candidate + 4) ||
					(want_hints && AA_VEC_AT(&doc.hints, size_t, 0) != at + (size_t) cases[c].hint);
				texts++;
			}
	aa_sse2_steps = true;
	CHECK(texts == 3 * 12 * 134);	/* 151 offsets, 17 of them inside a character */
	CHECK(wrong == 0);
}

/*
 * The denial lists matched by first letter: what a formula can start with,
 * and the same match as the whole pattern's at every position of a text of
 * formulas, near misses and other cases (in both settings of
 * aa_letter_patterns), for each of the three lists.
 */
static void
test_letter_patterns(void)
{
	static const char t[] = "It was not true, and that is a lie: not real. No collusion, no truth, not the slightest "
		"link. We have not lied; I categorically reject the allegations. NOT TRUE. Is Not True? Isn't real. "
		"He pleaded not guilty and protested his innocence. There is no evidence. There was none. The report "
		"is completely false, simply wrong, fake news. It wasn't among the dead. Kim has never met him. "
		"Neither he nor she knew. Politically motivated witch hunt, made-up, made up. Nothing to do with it. "
		"Students not among dead; troops haven't crossed; he did not happen to know. a lies nota notable.";
	static const aa_pattern_id ids[] = {PAT_FALSITY, PAT_NO_INVOLVEMENT, PAT_NEGATED_FACT};
	size_t		len = strlen(t);
	aa_doc		doc;
	volatile int wrong = 0,		/* volatile: set across setjmp */
				found = 0;
	const uint32_t all = (UINT32_C(1) << 26) - 1;

	internal_test("letter patterns");
	CHECK(aa_first_letters("nothing to do with") == UINT32_C(1) << ('n' - 'a'));
	CHECK(aa_first_letters("(?:we|i) (?:strongly )?reject") == ((UINT32_C(1) << ('w' - 'a')) | (UINT32_C(1) << ('i' - 'a'))));
	CHECK(aa_first_letters("(?:a(?:b|c)|D)x") == ((UINT32_C(1) << 0) | (UINT32_C(1) << ('d' - 'a'))));
	CHECK(aa_first_letters("Kim") == UINT32_C(1) << ('k' - 'a'));
	CHECK(aa_first_letters("s?aid") == all);	/* an optional first letter */
	CHECK(aa_first_letters("said|told") == all);	/* two formulas in one */
	CHECK(aa_first_letters("(?:is|are)? not") == all);	/* an optional group */
	CHECK(aa_first_letters("(?:[ab]c|d)") == all);
	CHECK(aa_first_letters("(?<!would )(?:is|was) not") == all);
	CHECK(aa_first_letters("\\bnot") == all);
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	internal_doc(&doc, t, false);
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		for (size_t p = 0; p < len; p++)
		{
			aa_match	a = {0, 0},
						b = {0, 0};
			bool		fa,
						fb;

			aa_letter_patterns = true;
			fa = aa_pattern_find(&doc, ids[i], p, len, &a);
			aa_letter_patterns = false;
			fb = aa_pattern_find(&doc, ids[i], p, len, &b);
			wrong += fa != fb || a.start != b.start || a.end != b.end;
			found += fa;
		}
	aa_letter_patterns = true;
	CHECK(found >= 30);
	CHECK(wrong == 0);
}

/*
 * aa_subject_before answers the same from its memo as without it: every
 * (limit, position) pair of a text asked twice in a row, then all again in
 * another order, in a document with the memo, against one without.
 */
static void
test_subject_memo(void)
{
	static const char t[] = "Mr. Smith, 64, a former senator, said on Monday that he would run. "
		"The company, which has denied the reports, later told investors it was fine. "
		"Voters who said they were undecided and critics who were not asked, the mayor has also said. "
		"“We will not,” she said, and her spokesman denied it.";
	size_t		len = strlen(t);
	aa_doc		memo_doc,
				plain;
	aa_subject_memo memo;
	volatile int wrong = 0,		/* volatile: set across setjmp */
				found = 0;

	internal_test("subject memo");
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	internal_doc(&plain, t, true);
	memo_doc = plain;
	memset(&memo, 0, sizeof(memo));
	memo_doc.subject_memo = &memo;
	for (int round = 0; round < 2; round++)
		for (size_t k = 0; k <= len; k++)
		{
			size_t		pos = round == 0 ? k : (k * 7919) % (len + 1);
			size_t		lim = pos > 80 ? pos - 80 : 0;
			aa_phrase	a,
						b;
			bool		ca,
						cb;
			bool		fa,
						fb;

			memset(&a, 0, sizeof(a));
			memset(&b, 0, sizeof(b));
			fb = aa_subject_before(&plain, lim, pos, &b, &cb);
			for (int twice = 0; twice < 2; twice++)
			{
				fa = aa_subject_before(&memo_doc, lim, pos, &a, &ca);
				wrong += fa != fb || ca != cb || (fa && memcmp(&a, &b, sizeof(a)) != 0);
			}
			found += fb;
		}
	CHECK(found > 10);
	CHECK(wrong == 0);
}

/*
 * The token table answers the word walkers as the byte-by-byte walk does,
 * from every position, with every limit: inside words, inside characters,
 * words cut by the limit, no-break spaces, a word longer than MAX_TOKEN.
 */
static void
test_token_table(void)
{
	static char t[2048];
	aa_doc		table,
				walk;
	volatile int mismatches = 0;	/* volatile: set across setjmp */
	size_t		len;

	current = "token table";
	free_blocks();
	ctx.fail_after = -1;
	snprintf(t, sizeof(t), "  \xE2\x80\x9CWe will,\xE2\x80\x9D said\xC2\xA0Mr. Smith (D-N.Y.) \t on U.S. soil\n\n"
			 "Caf\xC3\xA9 au lait\xE2\x80\x94 she didn\xE2\x80\x99t. %s end.",
			 "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij"
			 "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij"
			 "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij");
	len = strlen(t);
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	internal_doc(&table, t, true);
	internal_doc(&walk, t, false);
	CHECK(table.tokens != NULL && walk.tokens == NULL);
	CHECK(table.tokens && table.tokens->n == 16);
	/* the block index: each block's entry is the first token starting at or after its first byte */
	if (table.tokens)
	{
		const aa_tokens *tt = table.tokens;
		int			wrong = 0;

		CHECK(tt->n_blocks == len / AA_TOKEN_BLOCK + 1);
		for (size_t b = 0; b < tt->n_blocks; b++)
		{
			int			k = tt->block_first[b];

			wrong += k < 0 || k > tt->n ||
				(k < tt->n && tt->items[k].start < b * AA_TOKEN_BLOCK) ||
				(k > 0 && tt->items[k - 1].start >= b * AA_TOKEN_BLOCK);
		}
		CHECK(wrong == 0);
		/* the long word spans blocks: those after its first byte point past it */
		CHECK(tt->items[14].end - tt->items[14].start == 264);
		CHECK(tt->block_first[(tt->items[14].start + AA_TOKEN_BLOCK) / AA_TOKEN_BLOCK] == 15);
		CHECK(tt->block_first[(tt->items[14].end - 1) / AA_TOKEN_BLOCK] == 15);
	}
	for (size_t pos = 0; pos <= len; pos++)
		for (size_t lim = 0; lim <= len; lim += (lim < pos + 40 ? 1 : 37))
		{
			aa_word		a,
						b;
			bool		fa,
						fb;

			memset(&a, 0, sizeof(a));
			memset(&b, 0, sizeof(b));
			fa = aa_word_after(&table, pos, lim, &a);
			fb = aa_word_after(&walk, pos, lim, &b);
			mismatches += !same_word(fa, &a, fb, &b);
			fa = aa_word_before(&table, lim, pos, &a);
			fb = aa_word_before(&walk, lim, pos, &b);
			mismatches += !same_word(fa, &a, fb, &b);
		}
	CHECK(mismatches == 0);
	/* walks, word by word both ways: each step after the first takes the inline path */
	for (size_t pos = 0; pos <= len; pos++)
		for (size_t lim = 0; lim <= len; lim += 7)
			mismatches += walk_mismatches(&table, &walk, pos, lim, true) +
				walk_mismatches(&table, &walk, pos, lim, false);
	CHECK(mismatches == 0);
	/* a value: the word after "said" is "Mr." with its period kept, capitalised, an honorific */
	{
		const char *said = strstr(t, "said");
		aa_word		w;

		CHECK(aa_word_after(&table, (size_t) (said - t) + 4, len, &w));
		CHECK(w.cend - w.cstart == 3 && memcmp(t + w.cstart, "Mr.", 3) == 0);
		CHECK(w.capitalized && (w.classes & LX_HONORIFIC));
	}
}

/*
 * The denial lists compiled with WORD_END: an entry whose last character
 * matched is a space can never match, since WORD_END then sees the next
 * word's letter (the two negated-fact formulas, "... not (?!only|...)", were
 * dead so until this stop).  So no entry may end in a space, once the
 * lookarounds at its end are taken off.
 */
static size_t
without_final_lookarounds(const char *e, size_t n)
{
	while (n > 0 && e[n - 1] == ')')
	{
		size_t		i = n - 1;
		int			depth = 0;

		for (;; i--)
		{
			depth += e[i] == ')' ? 1 : e[i] == '(' ? -1 : 0;
			if (depth == 0 || i == 0)
				break;
		}
		if (depth != 0 || n - i < 3 || e[i + 1] != '?' || (e[i + 2] != '=' && e[i + 2] != '!'))
			break;				/* a group that consumes text, not a lookahead */
		n = i;
	}
	return n;
}

static void
test_lists_end_in_words(void)
{
	const aa_denial_list lists[] = {DL_VERBS, DL_VERBS_WITH_CLAIM, DL_CLAIM_NOUNS, DL_FALSITY,
	DL_NO_INVOLVEMENT, DL_NEGATED_FACTS};

	current = "lists end in words";
	CHECK(without_final_lookarounds("not (?!only|just)", 17) == 4);	/* the dead formula's shape */
	CHECK(without_final_lookarounds("not(?= )(?! (?:only))", 21) == 3);
	CHECK(without_final_lookarounds("(?:a|b)", 7) == 7);
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		for (const char *const *e = aa_lex_denial_list(lists[i]); *e; e++)
		{
			size_t		n = without_final_lookarounds(*e, strlen(*e));

			CHECK(n > 0 && (*e)[n - 1] != ' ');
		}
	/* the dispute cues are denial verbs with a claim too */
	for (const char *const *const *list = aa_lex_dispute_cues(); *list; list++)
		for (const char *const *e = *list; *e; e++)
			CHECK(strlen(*e) > 0 && (*e)[strlen(*e) - 1] != ' ');
}

/*
 * Words of more than 8 bytes are hashed and compared eight folded bytes at a
 * time: every such cue word is found in any case, and not with any one of
 * its bytes changed (to a byte no listed word has) or with a byte more.
 */
static void
test_lexicon_long_words(void)
{
	char		w[80];
	int			long_words = 0,
				wrong = 0;

	current = "lexicon: long words";
	for (const char *const *const *list = aa_lex_cue_lists(); *list; list++)
		for (const char *const *e = *list; *e; e++)
		{
			size_t		n = strlen(*e);
			uint32_t	classes = aa_lex_word(*e, n);

			if (n <= 8 || n >= sizeof(w) - 1 || strchr(*e, ' ') || strchr(*e, '-'))
				continue;
			long_words++;
			wrong += classes == 0;
			for (size_t i = 0; i < n; i++)
				w[i] = (char) toupper((unsigned char) (*e)[i]);
			wrong += aa_lex_word(w, n) != classes;
			w[0] = (*e)[0];
			wrong += aa_lex_word(w, n) != classes;	/* "Acknowledged" */
			for (size_t i = 0; i < n; i++)
			{
				memcpy(w, *e, n);
				w[i] = '#';
				wrong += aa_lex_word(w, n) != 0;
			}
			memcpy(w, *e, n);
			w[n] = 's';
			w[n + 1] = 's';
			wrong += aa_lex_word(w, n + 2) != 0;
		}
	CHECK(long_words > 20);
	CHECK(wrong == 0);
}

/*
 * Every phrasal cue is found where it stands: the lexicon holds its first
 * word and its first two words (the word scan asks the pattern only there),
 * and a sentence with the cue has it as its cue.
 */
static void
test_phrasal_cues_found(void)
{
	char		sentence[128];

	for (const char *const *const *list = aa_lex_cue_lists(); *list; list++)
		for (const char *const *e = *list; *e; e++)
		{
			const char *sp = strchr(*e, ' ');
			const char *sp2;
			size_t		n2;

			if (sp == NULL)
				continue;
			current = *e;
			sp2 = strchr(sp + 1, ' ');
			n2 = sp2 ? (size_t) (sp2 - *e) : strlen(*e);
			CHECK((aa_lex_word(*e, (size_t) (sp - *e)) & LX_PHRASE_HEAD) != 0);
			CHECK((aa_lex_word(*e, n2) & LX_PHRASE_HEAD) != 0);
			if (aa_lex_marked(*e, strlen(*e), LM_QUOTATION_ONLY))
				continue;		/* "went on" introduces quotations only */
			snprintf(sentence, sizeof(sentence), "Officials %s the claims that the plan had failed.", *e);
			CHECK(run_all(*e, sentence) == AA_OK);
			CHECK(result.n_quotes >= 1 && same(result.quotes[0].cue, *e));
		}
}

/*
 * aa_is_denial_verb(_claim) answer ASCII words from the lexicon: the same
 * answer as their patterns, whatever comes before the word, whatever its case.
 */
static void
test_denial_verb_shortcut(void)
{
	static const char *const before[] = {"", " ", "(", "\"", "3", "'", "-", "a", "Z", "_", ".",
	"\xE2\x80\x99", "\xE2\x80\x9C", "\xC3\xA9", "\xC2\xA0", "\xD9\xA3", " '", "x'", "7'", "\xC3\xA9'", "-'"};
	static const char *const words[] = {"denied", "Denies", "DENIAL", "denials", "deny", "refuted",
	"gainsay", "said", "denie", "deniedx", "d", "rejected", "controvert", "Debunked", "Dismissed",
	"disputes", "challenged", "shot", "rebuffs", "rejectedly"};
	volatile int wrong = 0,		/* volatile: set across setjmp */
				yes = 0;

	current = "denial verb shortcut";
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	for (size_t b = 0; b < sizeof(before) / sizeof(before[0]); b++)
		for (size_t w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		{
			char		t[64];
			aa_doc		doc;
			aa_match	m;
			size_t		start = strlen(before[b]),
						end = start + strlen(words[w]);
			bool		fast,
						pattern;

			snprintf(t, sizeof(t), "%s%s that", before[b], words[w]);
			internal_doc(&doc, t, false);
			fast = aa_is_denial_verb(&doc, start, end);
			pattern = aa_pattern_find(&doc, PAT_DENY_VERB, start, end, &m) && m.end == end;
			wrong += fast != pattern;
			yes += fast;
			fast = aa_is_denial_verb_claim(&doc, start, end);
			pattern = aa_pattern_find(&doc, PAT_DENY_VERB_CLAIM, start, end, &m) && m.end == end;
			wrong += fast != pattern;
			yes += fast;
		}
	CHECK(wrong == 0);
	CHECK(yes > 40);			/* the case is not vacuous */
}

/* Interned strings: one copy per distinct string, kept across the table's growth. */
static void
test_interning(void)
{
	aa_strings	strings;
	const char *first[300];
	char		buf[32];
	volatile int same = 0;		/* volatile: set across setjmp */

	internal_test("interning");
	memset(&strings, 0, sizeof(strings));
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	for (int i = 0; i < 300; i++)
	{
		snprintf(buf, sizeof(buf), "name %d", i);
		first[i] = aa_intern(&internal_arena, &strings, buf, strlen(buf));
	}
	CHECK(strings.n == 300 && strings.cap >= 600);
	for (int i = 0; i < 300; i++)
	{
		snprintf(buf, sizeof(buf), "name %d", i);
		same += aa_intern(&internal_arena, &strings, buf, strlen(buf)) == first[i];
	}
	CHECK(same == 300);
	CHECK(strcmp(first[42], "name 42") == 0);
	CHECK(aa_intern(&internal_arena, &strings, "name 4", 6) != aa_intern(&internal_arena, &strings, "name 42", 7));
	CHECK(strings.n == 300);
}

/* Character offsets, counted eight bytes at a time, forward and back. */
static void
test_char_counting(void)
{
	const char *t = "a\xC3\xA9" "bc\xE2\x80\x9C" "defgh\xF0\x9F\x98\x80ijklmnopq\xE2\x80\x9Drstu";
	size_t		len = strlen(t);
	aa_charpos	cp = {t, 0, 0};
	int			wrong = 0;

	current = "char counting";
	/* every boundary from every other one, in a scrambled order */
	for (size_t k = 0; k < 4 * len; k++)
	{
		size_t		b = (k * 7919) % (len + 1);
		int64_t		want = 0;

		if (b < len && (((unsigned char) t[b]) & 0xC0) == 0x80)
			continue;
		for (size_t i = 0; i < b; i++)
			want += (((unsigned char) t[i]) & 0xC0) != 0x80;
		wrong += aa_char_offset(&cp, b) != want;
	}
	CHECK(wrong == 0);
	CHECK(aa_char_offset(&cp, len) == 25);
	/* the count the quote type checks a content's span with */
	CHECK(aa_utf8_count(t, len) == 25);
	CHECK(aa_utf8_count(t, 3) == 2);	/* "a", "é" */
	CHECK(aa_utf8_count(t, 0) == 0);
	/* sixteen bytes a step, summed every 255 steps: lengths around those, from every start in a step */
	{
		static char long_text[16 * 255 * 2 + 100];
		static const char *const chars[] = {"a", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", " "};
		size_t		n = 0;
		int			long_wrong = 0;

		for (int c = 0; n + 4 < sizeof(long_text); c = (c * 7 + 3) % 5)
		{
			memcpy(long_text + n, chars[c], strlen(chars[c]));
			n += strlen(chars[c]);
		}
		for (size_t from = 0; from < 20; from++)
			for (size_t to = from; to <= n; to += (to < from + 40 || to + 40 > n || (to % 4080) < 20) ? 1 : 97)
			{
				int64_t		want = 0;
				aa_charpos	at = {long_text, from, 0};

				for (size_t i = from; i < to; i++)
					want += (((unsigned char) long_text[i]) & 0xC0) != 0x80;
				long_wrong += aa_char_offset(&at, to) != want;
			}
		CHECK(long_wrong == 0);
	}
}

/* aa_find_bytes, sixteen bytes (SSE2) then eight at a time, against a byte-by-byte search from every start. */
static void
test_find_bytes(void)
{
	const char *t = "plain words here, then \"a quote\" and it's \xE2\x80\x9C" "curly\xE2\x80\x9D \xC2\xAB" "guillemets\xC2\xBB end";
	size_t		len = strlen(t);
	int			wrong = 0;

	current = "find bytes";
	for (size_t from = 0; from <= len; from++)
		for (size_t to = from; to <= len; to += 3)
		{
			size_t		want = to;

			for (size_t i = from; i < to; i++)
				if (t[i] == '"' || t[i] == '\'' || (unsigned char) t[i] == 0xE2 || (unsigned char) t[i] == 0xC2)
				{
					want = i;
					break;
				}
			wrong += aa_find_bytes(t, from, to, '"', '\'', 0xE2, 0xC2) != want;
		}
	CHECK(wrong == 0);
	/* the three shapes (two targets and any high byte, three, four) on random bytes, every start */
	{
		static const unsigned char sets[3][4] = {{'"', '\'', 0xE2, 0xC2}, {'.', '!', '?', '?'}, {'a', 0xE2, 'e', ' '}};
		unsigned char u[40];
		uint32_t	seed = 99;

		wrong = 0;
		for (int round = 0; round < 3000; round++)
		{
			const unsigned char *set = sets[round % 3];

			for (size_t i = 0; i < sizeof(u); i++)
			{
				seed = seed * 1103515245u + 12345u;
				u[i] = (seed >> 28) < 13 ? (unsigned char) ('f' + (seed >> 16) % 20) : (unsigned char) (seed >> 16);
			}
			for (size_t from = 0; from <= sizeof(u); from++)
			{
				size_t		want = sizeof(u);

				for (size_t i = from; i < sizeof(u); i++)
					if (u[i] == set[0] || u[i] == set[1] || u[i] == set[2] || u[i] == set[3])
					{
						want = i;
						break;
					}
				wrong += aa_find_bytes((const char *) u, from, sizeof(u), set[0], set[1], set[2], set[3]) != want;
			}
		}
		CHECK(wrong == 0);
	}
	CHECK(aa_find_bytes(t, 0, len, '.', '!', '?', '?') == len);
	CHECK(aa_find_bytes(t, 0, len, ',', ',', ',', ',') == 16);
}

/* The eight-bytes-at-a-time helpers of aa_swar.h against byte-by-byte definitions. */
static bool
ref_not_printable(unsigned char c)
{
	return c <= 0x20 || c >= 0x80;
}

static bool
ref_not_letter(unsigned char c)
{
	return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

static bool
ref_capital_or_high(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static size_t
ref_first(const unsigned char *u, size_t from, size_t to, bool (*is) (unsigned char))
{
	for (size_t i = from; i < to; i++)
		if (is(u[i]))
			return i;
	return to;
}

static void
test_swar(void)
{
	/* fillers of every kind, and every byte value at every place in and across two blocks */
	const unsigned char fillers[] = {'m', 'Q', ' ', '.', 0x7F, 0xE2, '@', '[', '`', '{'};
	unsigned char u[24];
	int			wrong = 0;
	uint32_t	seed = 12345;

	current = "swar helpers";
	for (size_t f = 0; f < sizeof(fillers); f++)
		for (int v = 0; v < 256; v++)
			for (size_t at = 0; at < sizeof(u); at++)
			{
				memset(u, fillers[f], sizeof(u));
				u[at] = (unsigned char) v;
				for (size_t from = 0; from <= at; from += 3)
				{
					wrong += aa_printable_ascii_end(u, from, sizeof(u)) != ref_first(u, from, sizeof(u), ref_not_printable);
					wrong += aa_ascii_letters_end(u, from, sizeof(u)) != ref_first(u, from, sizeof(u), ref_not_letter);
					wrong += aa_capital_or_high(u, from, sizeof(u)) != ref_first(u, from, sizeof(u), ref_capital_or_high);
				}
			}
	/* random bytes, every start and end */
	for (int round = 0; round < 2000; round++)
	{
		for (size_t i = 0; i < sizeof(u); i++)
		{
			/* mostly lower-case letters, as text is, so that runs cross blocks */
			seed = seed * 1103515245u + 12345u;
			u[i] = (seed >> 28) < 12 ? (unsigned char) ('a' + (seed >> 16) % 26) : (unsigned char) (seed >> 16);
		}
		for (size_t from = 0; from <= sizeof(u); from++)
			for (size_t to = from; to <= sizeof(u); to += 5)
			{
				wrong += aa_printable_ascii_end(u, from, to) != ref_first(u, from, to, ref_not_printable);
				wrong += aa_ascii_letters_end(u, from, to) != ref_first(u, from, to, ref_not_letter);
				wrong += aa_capital_or_high(u, from, to) != ref_first(u, from, to, ref_capital_or_high);
			}
	}
	CHECK(wrong == 0);
	memcpy(u, "wordsandmorewords, then", 23);
	CHECK(aa_ascii_letters_end(u, 0, 23) == 17);
	CHECK(aa_printable_ascii_end(u, 0, 23) == 18);
	CHECK(aa_capital_or_high(u, 0, 23) == 23);
}

/* aa_vec_lower_bound against a linear scan: empty, duplicates, every key, keys off both ends, two item sizes. */
static void
test_lower_bound(void)
{
	size_t		keys[64];
	aa_match	pairs[64];
	aa_vec		v;
	aa_vec		vp;
	int			wrong = 0;
	uint32_t	seed = 7;

	aa_vec_init(&v, sizeof(size_t));
	v.items = keys;
	aa_vec_init(&vp, sizeof(aa_match));
	vp.items = pairs;
	CHECK(aa_vec_lower_bound(&v, 5) == 0);
	for (int n = 0; n <= 64; n++)
		for (int round = 0; round < 20; round++)
		{
			size_t		k = 3;

			for (int i = 0; i < n; i++)
			{
				seed = seed * 1103515245u + 12345u;
				k += (seed >> 16) % 3;	/* steps of 0, 1 or 2: duplicates and gaps */
				keys[i] = k;
				pairs[i].start = k;
				pairs[i].end = k + 1;
			}
			v.n = vp.n = n;
			for (size_t pos = 0; pos <= k + 2; pos++)
			{
				int			want = 0;

				while (want < n && keys[want] < pos)
					want++;
				wrong += aa_vec_lower_bound(&v, pos) != want;
				wrong += aa_vec_lower_bound(&vp, pos) != want;
			}
		}
	CHECK(wrong == 0);
	keys[0] = 10;
	keys[1] = 20;
	keys[2] = 20;
	v.n = 3;
	CHECK(aa_vec_lower_bound(&v, 10) == 0);
	CHECK(aa_vec_lower_bound(&v, 11) == 1);
	CHECK(aa_vec_lower_bound(&v, 20) == 1);
	CHECK(aa_vec_lower_bound(&v, 21) == 3);
}

/*
 * aa_vec_index: the indexed search gives the bisection's answer at every
 * position, over gaps wider than a block (blocks with no item) and runs of
 * one key; a push makes the index stale and it is no longer read; no index
 * over a text longer than the token table's limit.
 */
static void
test_vec_index(void)
{
	static size_t keys[256];
	aa_vec		v;
	volatile int wrong = 0;		/* volatile: set across setjmp */
	volatile uint32_t seed = 11;
	size_t		text_len = 0;

	internal_test("vec index");
	if (setjmp(internal_bail) != 0)
	{
		CHECK(!"no failure expected");
		return;
	}
	for (int round = 0; round < 40; round++)
	{
		size_t		k = round % 3 == 0 ? 0 : 5;
		int			n = 1 + round * 6;
		aa_vec		plain;

		aa_vec_init(&v, sizeof(size_t));
		for (int i = 0; i < n; i++)
		{
			seed = seed * 1103515245u + 12345u;
			/* steps of 0 to 199 bytes: duplicates, several items in a block, empty blocks */
			k += (seed >> 16) % 4 == 0 ? 0 : (seed >> 8) % 200;
			*AA_VEC_PUSH(&internal_arena, &v, size_t) = k;
		}
		text_len = k + (size_t) (round % 5) * 64;
		aa_vec_index(&internal_arena, &v, text_len);
		wrong += v.index == NULL;
		plain = v;
		plain.index = NULL;
		for (size_t pos = 0; pos <= text_len; pos++)
			wrong += aa_vec_lower_bound(&v, pos) != aa_vec_lower_bound(&plain, pos);
	}
	CHECK(wrong == 0);
	/* a value: keys 10, 20, 20, 300; position 64 is in a block of its own */
	aa_vec_init(&v, sizeof(size_t));
	keys[0] = 10;
	keys[1] = keys[2] = 20;
	keys[3] = 300;
	for (int i = 0; i < 4; i++)
		*AA_VEC_PUSH(&internal_arena, &v, size_t) = keys[i];
	aa_vec_index(&internal_arena, &v, 400);
	CHECK(v.index != NULL && v.indexed_n == 4);
	CHECK(aa_vec_lower_bound(&v, 20) == 1);
	CHECK(aa_vec_lower_bound(&v, 64) == 3);
	CHECK(aa_vec_lower_bound(&v, 301) == 4);
	CHECK(aa_vec_lower_bound(&v, 400) == 4);
	/* pushed after indexing: a key the index never saw is still found */
	*AA_VEC_PUSH(&internal_arena, &v, size_t) = 350;
	CHECK(aa_vec_lower_bound(&v, 320) == 4);
	CHECK(aa_vec_lower_bound(&v, 351) == 5);
	/* no index over a text past the limit */
	aa_vec_init(&v, sizeof(size_t));
	*AA_VEC_PUSH(&internal_arena, &v, size_t) = 5;
	aa_vec_index(&internal_arena, &v, aa_tokens_max_text + 1);
	CHECK(v.index == NULL);
	CHECK(aa_vec_lower_bound(&v, 5) == 0 && aa_vec_lower_bound(&v, 6) == 1);
}

/*
 * A quotation that makes a sentence of its own takes the speaker of the
 * sentence before it in the paragraph: from a quotation there, else from
 * its cue; never across a paragraph, never from a sentence that reports no one.
 */
static void
test_sentence_before(void)
{
	CHECK(run("cue in the sentence before",
			  "Senator Ted Cruz spoke in Iowa. Trump is not a conservative, Cruz said. \"He is a liberal!\"") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK_STR(result.quotes[0].speaker, "Ted Cruz");
		CHECK(result.quotes[0].cue == NULL);	/* the cue reports its own clause */
	}
	CHECK(run_all("the cue still reports its clause",
				  "Senator Ted Cruz spoke in Iowa. Trump is not a conservative, Cruz said. \"He is a liberal!\"") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) != NULL);
	CHECK(run("a fragment in the sentence before",
			  "Bernie Sanders said the party was \"too timid.\" \"We need a political revolution in this country.\"") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Bernie Sanders");
	/* an inverted attribution: the speaker after the quotation, not the subject inside it */
	CHECK(run("inverted before",
			  "\xE2\x80\x9C" "A lot of people were upset,\xE2\x80\x9D said George Miller, a former congressman. "
			  "\xE2\x80\x9C" "They said it was the state\xE2\x80\x99s job.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "George Miller");
	/* a paragraph of quotation with no cue goes on from a paragraph that ends reporting someone */
	CHECK(run("a new paragraph", "Trump is no conservative, Ted Cruz said.\n\n\"He is a liberal, and he always was!\"") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK_STR(result.quotes[0].speaker, "Ted Cruz");
		CHECK(result.quotes[0].cue == NULL);
	}
	CHECK(run("no one reported", "Ted Cruz arrived in Iowa on Monday. \"He is a liberal, and he always was!\"") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK(result.quotes[0].speaker == NULL);
}

/*
 * “...?” and a sentence after it that names the speaker within its first
 * words, with nothing reported of its own; not when the quotation sits in a
 * sentence, nor when the cue introduces a quotation of its own.
 */
static void
test_cue_after_terminal(void)
{
	CHECK(run("long attribution after a question",
			  "\xE2\x80\x9CHow are you?\xE2\x80\x9D Miller, a retired worker from a nuclear plant, "
			  "said pleasantly into the phone.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Miller");
	CHECK(run_all("no junk statement", "\xE2\x80\x9CHow are you?\xE2\x80\x9D Miller, a retired worker from a nuclear plant, "
				  "said pleasantly into the phone.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	/* a clause of time after the cue reports nothing; "as" + a noun says what something was called */
	CHECK(run_all("said as he launched", "The vote began.\n\n\xE2\x80\x9CWe cast our votes for Donald J. Trump!\xE2\x80\x9D "
				  "US Senator Jeff Sessions said as he launched the process.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Jeff Sessions");
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	/* ... so does "as", a noun phrase and its verb */
	CHECK(run_all("asks as a guy walks in", "The sketch aired.\n\n\xE2\x80\x9CWho can remember how many states I "
				  "lost?\xE2\x80\x9D Clinton asks as a maintenance guy walks in front of her.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Clinton");
	CHECK(run_all("describe as a phrase with a clause", "The endorsements showcase what his aides describe as a "
				  "coalescing of responsible and respected figures.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL,
			  "as a coalescing of responsible and respected figures");
	CHECK(run_all("which he describes as", "Trump touted his victories in Florida, which he describes as his second "
				  "home.") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) != NULL);
	CHECK(run("the cue reports a clause of its own",
			  "\xE2\x80\x9CHow are you?\xE2\x80\x9D Miller, a retired worker from a nuclear plant, "
			  "said repeatedly that the campaign was going well.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK(result.quotes[0].speaker == NULL);
	CHECK(run("the cue introduces its own quotation",
			  "\xE2\x80\x9CWe are refugees.\xE2\x80\x9D Mr. Zahed, who fled Kabul with his family last year, said: "
			  "\xE2\x80\x9CThe attack was the work of terrorists.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK(result.quotes[0].speaker == NULL);
	CHECK(run_all("a short sentence that reports its own clause",
				  "\xE2\x80\x9CIt was great,\xE2\x80\x9D he said. \xE2\x80\x9CWe won.\xE2\x80\x9D "
				  "Smith said the convention was a success.") == AA_OK);
	CHECK(result.n_quotes == 3);
	if (result.n_quotes == 3)
	{
		CHECK_STR(result.quotes[1].mention, "he");	/* goes on from the quotation before */
		CHECK(result.quotes[2].kind == AA_INDIRECT);
		CHECK_STR(result.quotes[2].speaker, "Smith");
	}
	CHECK(run("asked an addressee",
			  "\xE2\x80\x9CWhy are you still endorsing him?\xE2\x80\x9D Obama asked Republican politicians during a "
			  "rally in North Carolina.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Obama");
	CHECK(run("a title in marks inside the appositive",
			  "\xE2\x80\x9CWe have had better conventions,\xE2\x80\x9D Bill Eastland, wearing a cowboy hat and "
			  "\xE2\x80\x9CTed Cruz\xE2\x80\x9D campaign pins, said.") == AA_OK);
	CHECK(result.n_quotes >= 1);
	if (result.n_quotes >= 1)
		CHECK_STR(result.quotes[0].speaker, "Bill Eastland");
	CHECK(run("a possessive description",
			  "\"We need him because life is very hard in Romania,\" his wife, Gabriela Lazar, wrote in a letter.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK_STR(result.quotes[0].speaker, "Gabriela Lazar");
		CHECK(result.quotes[0].role == NULL);	/* "his wife" relates her to someone; it is no title */
	}
	CHECK(run("this source", "\xE2\x80\x9CThe kids do not like him,\xE2\x80\x9D this source told the Post.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].mention, "this source");
	CHECK(run("a fragment inside a sentence",
			  "Trump called the deal \xE2\x80\x9C" "a total disgrace.\xE2\x80\x9D Mr. Shkreli, the drug company executive, "
			  "has pleaded not guilty in court this year.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Trump");
}

/*
 * People who share a surname: an honorific or a first name before the
 * surname chooses by gender; a lone surname that is also a first name
 * ("Warren") neither chooses nor changes the gender of the person it names.
 */
static void
test_shared_surnames(void)
{
	CHECK(run_all("Mr. and Mrs.",
				  "Bill Clinton spoke on Monday. Hillary Clinton spoke on Tuesday. "
				  "Mr. Clinton said the deal was bad. Mrs. Clinton said it was good.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
	{
		CHECK_STR(result.quotes[0].speaker, "Bill Clinton");
		CHECK_STR(result.quotes[1].speaker, "Hillary Clinton");
	}
	CHECK(run_all("the last named is of the other gender",
				  "Donald J. Trump spoke on Monday. He married Ivana Trump in 1977. Mr. Trump said the deal was bad.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Donald J. Trump");
	/* people named before the mention come first, not one the text names later */
	CHECK(run_all("named before, not after", "Hillary Clinton spoke on Monday. Mrs. Clinton said the deal was "
				  "bad. Clinton added that it would fail.\n\nLater, Chelsea Clinton was at a fundraiser.") == AA_OK);
	CHECK(result.n_quotes == 2);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Hillary Clinton");
	/* a later fuller name is still the earlier short one's */
	CHECK(run_all("a later fuller name", "Obama said the deal was bad.\n\nPresident Barack Obama spoke on "
				  "Monday.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Barack Obama");
	CHECK(run_all("a surname that is a first name",
				  "Elizabeth Warren spoke on Monday. Bill Nelson was there too. Warren said the deal was bad. "
				  "She added that the bank had failed.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
	{
		CHECK_STR(result.quotes[0].speaker, "Elizabeth Warren");
		CHECK_STR(result.quotes[1].speaker, "Elizabeth Warren");	/* still a woman */
	}
}

/* A sentence that opens with "Back in 1999,", "There," or "Likewise," has its subject after the comma. */
static void
test_sentence_openers(void)
{
	CHECK_STR(first_speaker("Perhaps ...,", "Perhaps not coincidentally, Mr. Trump has lately started asking his "
							"supporters to raise their right hands."), "Trump");
	CHECK(run_all("Asked about ...,", "Asked about that vote specifically, Melissa Mark-Viverito pointed to "
				  "the new law and praised her for changing her position.") == AA_OK);
	CHECK(result.n_quotes == 2);	/* the question, and what she said */
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Melissa Mark-Viverito");
	/* a quantity word and its adverb open the sentence: "More broadly," */
	check_statement("More broadly,", "More broadly, Verizon has been working to emphasize the wireless portion "
					"of its business.", "the wireless portion of its business", "Verizon");
	/* a present tense before an infinitive is the verb, not the end of the subject */
	check_statement("plans to", "The company plans to announce that it will close the plant.",
					"it will close the plant", "The company");
	check_statement("hopes to, after an adverbial", "Most importantly, the firm hopes to emphasize that "
					"it will stay.", "it will stay", "the firm");
	/* "soon" is an adverb between subject and cue */
	check_statement("soon", "Fact-checkers soon noted that the claim was false.", "the claim was false",
					"Fact-checkers");
	/* "All told," is an idiom; "There" names no one */
	CHECK(run_all("All told", "All told, super PACs spent more than $2.5 million on phone banking, according to "
				  "POLITICO's analysis.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].cue, "according to");
	CHECK(run_all("There have been", "There have been more pointed references, such as when Cruz knocked Rubio on "
				  "trade and called him a moderate.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].speaker == NULL || strcmp(result.quotes[i].speaker, "There") != 0);
	/* "It's" opens a sentence and names no one */
	CHECK(run_all("It's", "It's worth noting that the two men have never met, the report said, noting there is "
				  "little love lost between them.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].speaker == NULL || strcmp(result.quotes[i].speaker, "It") != 0);
	CHECK(run("Back in ...,",
			  "Back in 1999, Mr. Trump expressed admiration for Mr. Clinton's political skills, telling CNBC: "
			  "\xE2\x80\x9CI wish I could be like that.\xE2\x80\x9D") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].mention, "Mr. Trump");
	CHECK_STR(first_speaker("There,", "There, Chuck Williams, the district chairman, declined to name the delegates "
							"but said one was a Trump supporter."), "Chuck Williams");
	/* "There are ...": no comma soon after, the opener is no adverbial */
	CHECK(run_all("There are", "There are many voters in Iowa who, like Bob Smith, said the deal was bad.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].speaker == NULL || strcmp(result.quotes[i].speaker, "There") != 0);
}

/* "NAME, who ... , ... , said": a relative clause with commas of its own; the name is before "who". */
static void
test_relative_clause_commas(void)
{
	/* the subject and its relative clause before a cue and its object: no inverted cue */
	CHECK(run_all("X, which ..., denied the report", "BuzzFeed, which does not disclose its finances, denied the "
				  "report, saying this year will meet expectations.") == AA_OK);
	CHECK_STR(speaker_of_first(), "BuzzFeed");
	CHECK_STR(first_of_kind(AA_INDIRECT) ? text_of(first_of_kind(AA_INDIRECT)) : NULL, "the report");
	/* a fronted clause's own relative clause before an inverted cue */
	CHECK(run_all("CLAUSE, whom ..., said X", "Cruz also lacks support from his Republican colleagues in Congress, "
				  "whom he's alienated with his rhetoric, said Larry Sabato, a professor.") == AA_OK);
	CHECK_STR(speaker_of_first(), "Larry Sabato");
	CHECK_STR(first_speaker("relative clause with a place",
							"Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, "
							"said that Sanders had treated her family disrespectfully."), "Sandy Phillips");
	CHECK_STR(first_speaker("relative clause with an appositive",
							"Michael Seaman, who lives near Sacramento, California, with his wife, said the vote was close."),
			  "Michael Seaman");
	CHECK_STR(first_speaker("whose", "Kathleen Smith, whose start-up, Paradata, sells voter files to campaigns, "
							"said the lists were out of date."), "Kathleen Smith");
	/* a clause opened after the cue before has a subject of its own */
	CHECK(run_all("while X ... and said", "Bobby Jindal called for a ban, while Mike Huckabee, the former Arkansas "
				  "governor, proposed a new plan and said House Speaker Paul Ryan should resign.") == AA_OK);
	CHECK(result.n_quotes == 2);
	if (result.n_quotes == 2)
		CHECK_STR(result.quotes[1].speaker, "Mike Huckabee");
	/* a participle's subject is the main clause's, not that of the "that" clause before it */
	CHECK(run_all("that clause before a participle", "Chris Christie repeated accusations that Marco Rubio recites "
				  "the same points, calling him a \xE2\x80\x9Ctalented guy\xE2\x80\x9D in the debate.") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].speaker, "Chris Christie");
	/* a sentence's subject stops at a verb in -ed after its noun */
	CHECK(run_all("the subject stops at the verb", "The spokesman refused to answer questions about the trip "
				  "but said no meeting was planned.") == AA_OK);
	CHECK(result.n_quotes == 2);	/* "to answer questions about the trip" too, as annotators count it */
	for (int i = 0; i < result.n_quotes; i++)
		CHECK_STR(result.quotes[i].mention, "The spokesman");
	CHECK(run_all("an irregular past tense", "The Florida senator sought to calm his supporters, saying the "
				  "heckler would not be harmed.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].mention, "The Florida senator");
	CHECK(run_all("an -ed word after an article stays", "A retired teacher from Ohio stood up and said the plan was "
				  "wrong.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].mention, "A retired teacher");
	/* a full stop ends the look-back: the speaker is not in the sentence before */
	CHECK_STR(first_speaker("no reach across a sentence",
							"I met Bob Jones, who lives in Ohio. Later that day the governor, a Republican, said the vote was close."),
			  "the governor");
}

/* "I" and "you" outside quotations are the writer and the reader: never a country or a paper named before. */
static void
test_first_person(void)
{
	CHECK(run("I said", "The United States sent troops to the region. \xE2\x80\x9CI am not shy,\xE2\x80\x9D I said.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
	{
		CHECK(result.quotes[0].speaker == NULL);
		CHECK_STR(result.quotes[0].mention, "I");
	}
	CHECK_STR(first_speaker("we is the organisation", "Acme Corp. cut 300 jobs. We said the plant would stay open."), "Acme Corp.");
}

/* A participle with its agent is passive: its subject reports nothing. */
static void
test_passive_agent(void)
{
	CHECK(run_all("confirmed by", "Her death was confirmed by the Eagle Forum, the group she founded in 1975.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("criticized by", "Trump has been criticized by some of his rivals for failing to spend time in the state.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("credit line", "(Additional reporting by Kylie MacLellan; Editing by Michael Holden.)") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* adjectives and nouns that look like cues */
	CHECK(run_all("racially charged", "Mr. Pence's ability to navigate a racially charged argument is emerging as a test.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("previously announced", "The previously announced absence of Sen. John McCain means the party is divided.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("there were reports", "There were reports the rebels were being primed to replace the committee.") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK_STR(first_speaker("a noun in -ly is no adverb", "Manafort was there when a member of the family suggested "
							"they tweet a picture of the lunch."), "a member of the family");
	/* and what stays active */
	CHECK_STR(first_speaker("responded by saying", "A Chinese official responded by saying Japan should be careful "
							"not to interfere."), "A Chinese official");
	CHECK(run("said by telephone", "\xE2\x80\x9CIt is nonsense,\xE2\x80\x9D Mr. Trump said by telephone on Sunday.") == AA_OK);
	CHECK(result.n_quotes == 1);
	if (result.n_quotes == 1)
		CHECK_STR(result.quotes[0].speaker, "Trump");
	/* "Asked" with nothing after it: no question, and no word left over from before read as one */
	CHECK(run_all("Asked at the end", "Asked") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK(run_all("Asked at the end of a sentence", "The question was never asked. Asked") == AA_OK);
	CHECK(result.n_quotes == 0);
	CHECK_STR(first_speaker("asked by", "Asked by reporters whether he would run, Smith said he would run in the fall."), "Smith");
}

/* A Title Case headline's "Is", "Who", "Reportedly" and reporting verbs are read as lower case. */
static void
test_title_case(void)
{
	const aa_quote *q;

	CHECK_STR(first_speaker("Title Case: Is", "Comcast Is Threatening to Cut Off Customers Who Use Tor"), "Comcast");
	CHECK_STR(first_speaker("Title Case: Are", "Customers Are Complaining That The Phone Is Ripping Out Their Hair"),
			  "Customers");
	CHECK_STR(first_speaker("Title Case: adverb", "Tim Cook Reportedly Reveals Apple Watch Waterproofing Has Improved"),
			  "Tim Cook");
	/* the style capitalises a description set off by commas: the name is before it */
	CHECK(run_all("Title Case: NAME, DESCRIPTION, Says", "Gill Rosenberg, Canadian-Israeli Woman Feared Kidnapped By "
				  "ISIS, Says She's Safe") == AA_OK);
	CHECK_STR(speaker_of_first(), "Gill Rosenberg");
	CHECK_STR(role_of_first(), "Canadian-Israeli Woman Feared Kidnapped By ISIS");
	/* a brand's capital after its first letter counts for the style ("iFixit", "iPhone") */
	CHECK(run_all("Title Case: iFixit", "iFixit Debunks iPhone 6 Plus Reinforcement Claims") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].is_denial);
	/* the cue before a colon: "Confirms" is no part of the name "YPG" */
	CHECK(run_all("Title Case: cue and colon", "YPG Confirms: Gill Rosenberg Not Captured in Kobani") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? q->speaker : NULL, "YPG");
	CHECK_STR(q ? q->cue : NULL, "Confirms");
	CHECK_STR(q ? text_of(q) : NULL, "Gill Rosenberg Not Captured in Kobani");
	CHECK(q && q->is_denial);
	/* a capitalised cue inside a Title Case headline is still a cue, as written */
	CHECK(run_all("Title Case: Says", "Donald Trump Says He Never Pledged To Kill Family Members Of Terrorists") == AA_OK);
	q = first_of_kind(AA_INDIRECT);
	CHECK_STR(q ? q->speaker : NULL, "Donald Trump");
	CHECK_STR(q ? q->cue : NULL, "Says");
	/* not a word in capitals: "WHO" is the World Health Organization */
	CHECK_STR(first_speaker("Title Case: WHO", "Officials At WHO Say The Outbreak Is Over"), "Officials At WHO");
	/* and not in prose, where "Who" starts a sentence */
	CHECK_STR(first_speaker("prose: Who", "Who would win was unclear. Officials said the count had stopped."),
			  "Officials");
	/* a quoted title in a Title Case headline is still a title */
	CHECK(run_all("Title Case: quoted title", "Critics Say \"The Man Who Knew Too Much\" Is A Classic") == AA_OK);
	for (int i = 0; i < result.n_quotes; i++)
		CHECK(result.quotes[i].kind == AA_INDIRECT);
}

/* "The actor who endorsed Ted Cruz revealed": a relative clause without commas is stepped over. */
static void
test_relative_without_commas(void)
{
	CHECK_STR(first_speaker("who, object, cue", "The actor who endorsed Ted Cruz revealed that she would run."),
			  "The actor");
	CHECK_STR(first_speaker("who, object, time, cue", "Voters who backed Obama in 2008 said they were disappointed."),
			  "Voters");
	/* "who" after no comma stands for the phrase just before it, from its last verb */
	CHECK_STR(first_speaker("lower-case antecedent", "In Iowa, voters who said the economy was bad backed Trump."),
			  "voters");
	CHECK_STR(first_speaker("antecedent after a verb", "Trump mocked critics who called the remarks sexist."),
			  "critics");
	CHECK_STR(first_speaker("antecedent after a preposition", "Of those polled, 70 percent approve, compared with "
							"23 percent who said the plan was improper."), "23 percent");
	CHECK_STR(first_speaker("antecedent with an adjective", "It was the retired general who said the war was lost."),
			  "the retired general");
	/* the name is the subject itself: no "who" before it, or one that opens a clause of its own */
	CHECK_STR(first_speaker("no relative", "The actor endorsed Ted Cruz. Ted Cruz said the race was close."), "Ted Cruz");
}

/* The source after "according to": bare nouns, and sources longer than the phrase walk. */
static void
test_according_to_sources(void)
{
	/* a bare noun that reads as a verb or a preposition elsewhere */
	CHECK(run_all("according to state law", "According to state law, no one may campaign near a polling place.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "state law");
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "no one may campaign near a polling place");
	CHECK(run_all("according to early results", "According to early results of the exit poll, Clinton led among "
				  "men and women.") == AA_OK);
	CHECK_STR(speaker_of_first(), "early results of the exit poll");
	/* a source longer than the phrase walk runs to its comma, or to the sentence's end */
	CHECK(run_all("long source, comma", "According to early results of exit polls conducted for the Associated Press "
				  "by Edison Research, Clinton led among men and women.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "Clinton led among men and women");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL,
			  "early results of exit polls conducted for the Associated Press by Edison Research");
	CHECK(run_all("long source, sentence end", "Clinton led among men and women, according to early results of "
				  "exit polls conducted for the Associated Press by Edison Research.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? text_of(&result.quotes[0]) : NULL, "Clinton led among men and women");
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL,
			  "early results of exit polls conducted for the Associated Press by Edison Research");
	CHECK(run_all("a source and nothing else", "That's according to early results of exit polls conducted for the "
				  "Associated Press by Edison Research.") == AA_OK);
	CHECK(result.n_quotes == 0);
}

/* "no." and "ill." end sentences in lower case; a one-word answer is a statement */
static void
test_answers_and_word_abbreviations(void)
{
	const aa_quote *q;

	CHECK(run_all("said no. NEXT", "Asked if he was ever bullied, the candidate said no. But he said bullying "
				  "is bad.") == AA_OK);
	q = nth_of_kind(AA_INDIRECT, 1);
	CHECK_STR(text_of(q), "no");
	CHECK_STR(q ? q->mention : NULL, "the candidate");
	q = nth_of_kind(AA_INDIRECT, 2);
	CHECK_STR(text_of(q), "bullying is bad");	/* not "no. But he said bullying is bad" */
	CHECK(run_all("shaking his head no. \"NEXT\"", "\"Should the dealer be sued?\" Sanders said, shaking his "
				  "head no. \"But I do believe it.\"") == AA_OK);
	CHECK(first_of_kind(AA_INDIRECT) == NULL);
	q = nth_of_kind(AA_DIRECT, 0);
	CHECK_STR(q ? q->speaker : NULL, "Sanders");
	q = nth_of_kind(AA_DIRECT, 1);
	CHECK(q != NULL && q->cue == NULL);	/* a sentence of its own, not mixed into "said" */
	CHECK(run_all("fell ill. NEXT", "The senator fell ill. Aides said the vote would wait a week.") == AA_OK);
	CHECK_STR(text_of(first_of_kind(AA_INDIRECT)), "the vote would wait a week");
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->mention : NULL, "Aides");
	/* before a number, and capitalised, still abbreviations */
	CHECK(run_all("the no. 2 official", "The no. 2 official at the agency said the plan would fail.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->mention : NULL,
			  "The no. 2 official at the agency");
	CHECK(run_all("answers", "Asked about it, 75 percent of Democrats said yes, but 55 percent of all voters "
				  "said no.") == AA_OK);
	CHECK_STR(text_of(nth_of_kind(AA_INDIRECT, 0)), "yes");
	CHECK_STR(nth_of_kind(AA_INDIRECT, 0) ? nth_of_kind(AA_INDIRECT, 0)->mention : NULL, "75 percent of Democrats");
	CHECK_STR(text_of(nth_of_kind(AA_INDIRECT, 1)), "no");
	CHECK(run_all("said no when asked", "She said no when asked whether she would stay in the race.") == AA_OK);
	CHECK_STR(text_of(nth_of_kind(AA_INDIRECT, 0)), "no");
	CHECK_STR(nth_of_kind(AA_INDIRECT, 0) ? nth_of_kind(AA_INDIRECT, 0)->cue : NULL, "said");
	CHECK_STR(text_of(nth_of_kind(AA_INDIRECT, 1)), "whether she would stay in the race");
	CHECK_STR(nth_of_kind(AA_INDIRECT, 1) ? nth_of_kind(AA_INDIRECT, 1)->cue : NULL, "asked");
	CHECK(run_all("no answer: two words", "The senator said maybe.") == AA_OK);
	CHECK(result.n_quotes == 0);
}

/* a word of time between subject and cue: no adjective ("the alleged"), the verb is the cue */
static void
test_time_word_before_cue(void)
{
	CHECK(run_all("NAME yesterday said that", "Obama yesterday said that the deal was dead.") == AA_OK);
	CHECK_STR(text_of(first_of_kind(AA_INDIRECT)), "the deal was dead");
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->mention : NULL, "Obama");
	CHECK(run_all("NAME then told", "Trump then told reporters that the deal was dead.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->cue : NULL, "told");
	CHECK(run_all("NAME afterwards said", "Trump afterwards said the deal was dead.") == AA_OK);
	CHECK_STR(first_of_kind(AA_INDIRECT) ? first_of_kind(AA_INDIRECT)->mention : NULL, "Trump");
	CHECK(run_all("NAME then said:", "The meeting ended.\n\nWilliams then said: \xE2\x80\x9CIt is sad to "
				  "watch.\xE2\x80\x9D") == AA_OK);
	CHECK_STR(first_of_kind(AA_DIRECT) ? first_of_kind(AA_DIRECT)->speaker : NULL, "Williams");
	/* a noun after such a word is still a noun: its owner's, as a noun of speech */
	CHECK(run_all("an earlier report", "The tactic was reminiscent of the campaign's earlier claim that the plan had failed.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(result.n_quotes ? result.quotes[0].mention : NULL, "the campaign");
	CHECK(run_all("the last claim", "The evidence for the last claim was a video clip from a rally.") == AA_OK);
	CHECK(result.n_quotes == 0);
	/* a short cue sentence in the next paragraph with a quotation of its own keeps to it */
	CHECK(run_all("he told X, \"...\" \\n\\n X then asked, \"...?\"", "Trump was talking about defence when he "
				  "told Chris Wallace, \xE2\x80\x9CSo, North Korea has nukes.\xE2\x80\x9D\n\nWallace then "
				  "asked, \xE2\x80\x9CWith nukes?\xE2\x80\x9D") == AA_OK);
	CHECK_STR(nth_of_kind(AA_DIRECT, 0) ? nth_of_kind(AA_DIRECT, 0)->cue : NULL, "told");
	CHECK_STR(nth_of_kind(AA_DIRECT, 1) ? nth_of_kind(AA_DIRECT, 1)->speaker : NULL, "Chris Wallace");
	CHECK_STR(nth_of_kind(AA_DIRECT, 1) ? nth_of_kind(AA_DIRECT, 1)->cue : NULL, "asked");
}

/*
 * A text with no quotation mark, no cue, no colon and no denial word gives
 * an empty result straight after the word scan (nothing_to_attribute); each
 * of the other starts still leads to its statement.
 */
static void
test_nothing_to_attribute(void)
{
	CHECK(run_all("nothing to attribute", "Barack Obama visited Ohio on Monday. The cat sat on the mat.") == AA_OK);
	CHECK(result.n_quotes == 0 && result.n_speakers == 0);
	CHECK(run_all("a colon only", "Mark Cuban: I would consider a future White House bid.") == AA_OK);
	CHECK(result.n_quotes == 1);
	CHECK_STR(speaker_of_first(), "Mark Cuban");
	CHECK(run_all("a denial hint only", "Mr. Ailes's denial of the allegations came on Friday.") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].is_denial);
	CHECK(run_all("a falsity label only", "Macaulay Culkin Dead? Hoax Goes Viral, Claims Actor Found Dead in Apartment") == AA_OK);
	CHECK(result.n_quotes == 1 && result.quotes[0].is_denial && result.quotes[0].speaker == NULL);
}

/*
 * aa_engine_prepare leaves nothing to compile: after it, a second call
 * compiles nothing, nor does an article that reaches the lazily built
 * patterns (the denial lists by first letter: "false", "no collusion",
 * "untrue", "not found").  Run last, so that the tests before it go through
 * the lazy builds.
 */
static void
test_prepare(void)
{
	int			before;

	current = "prepared patterns";
	CHECK(aa_engine_prepare() == AA_OK);
	before = aa_pattern_builds();
	CHECK(before > 0);
	CHECK(aa_engine_prepare() == AA_OK);
	CHECK(aa_pattern_builds() == before);
	CHECK(run_all("prepared patterns",
				  "The senator called the accusations \xE2\x80\x9C" "false and baseless,\xE2\x80\x9D and said "
				  "there was no collusion. Zoe denied the report; it is untrue, she said. "
				  "\xE2\x80\x9CThe students were not found,\xE2\x80\x9D the police said.") == AA_OK);
	CHECK(result.n_quotes >= 3);
	CHECK(aa_pattern_builds() == before);
}

int
main(void)
{
	test_curly_after_attribution();
	test_straight_inverted();
	test_single_marks();
	test_description_then_name();
	test_mark_styles();
	test_told_whom();
	test_party_tags();
	test_posted();
	test_anonymous_sources();
	test_day_before_cue();
	test_relative_clause_cue();
	test_description_before_name();
	test_credit_line();
	test_apostrophes();
	test_nested();
	test_asked_aside();
	test_statement_cues();
	test_noun_verb_after_name();
	test_clause_ends_at_next_cue();
	test_multi_paragraph();
	test_sentence_before();
	test_cue_after_terminal();
	test_shared_surnames();
	test_sentence_openers();
	test_relative_clause_commas();
	test_first_person();
	test_passive_agent();
	test_title_case();
	test_according_to_sources();
	test_relative_without_commas();
	test_unbalanced();
	test_title_not_quote();
	test_scare_quotes_in_subject();
	test_nicknames();
	test_possessive_owners();
	test_month_surnames();
	test_auxiliary_given_names();
	test_affiliations();
	test_sentence_after_in_paragraph();
	test_title_of_domain();
	test_role_bounds();
	test_lower_case_role_before_name();
	test_pronoun_contraction();
	test_name_edges();
	test_participle_subject();
	test_cue_inside_brackets();
	test_quotation_comma_before_cue();
	test_headline_runs();
	test_no_speaker_words();
	test_bracketed_party_before_appositive();
	test_indefinite_role_noun();
	test_mixed();
	test_addressee();
	test_according_to();
	test_colon_and_added();
	test_pronouns();
	test_metonym_and_epithet();
	test_role_noun();
	test_character_offsets();
	test_bad_input();
	test_many_marks();
	test_failures_injected();
	test_indirect();
	test_denials();
	test_denial_cases();
	test_names();
	test_name_runs();
	test_described_names();
	test_token_table();
	test_subject_memo();
	test_letter_patterns();
	test_tokenizer_steps();
	test_word_scan_steps();
	test_denial_verb_shortcut();
	test_lists_end_in_words();
	test_lexicon_long_words();
	test_phrasal_cues_found();
	test_interning();
	test_char_counting();
	test_find_bytes();
	test_swar();
	test_lower_bound();
	test_vec_index();
	test_answers_and_word_abbreviations();
	test_time_word_before_cue();
	test_nothing_to_attribute();
	test_prepare();
	free_blocks();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
