/*
 * bench_scaling — does the engine's time grow linearly with hostile input?
 *
 *   bench_scaling [SMALL_KB]
 *
 * Each family below repeats one short unit into an article of SMALL_KB
 * (default 128) and of 8 × SMALL_KB, and times aa_extract on both (best of
 * three, CLOCK_MONOTONIC, one core).  "growth" is the large time over eight
 * times the small one: 1.0 is linear, 8.0 would be quadratic.  Every family
 * is run twice: with the token table (articles up to AA_TOKENS_MAX_TEXT, the
 * default 8 × 128 KB = 1 MB stays under it) and without it, the path longer
 * articles take (aa_tokens_max_text = 0).
 *
 * The units aim at the places where work could pile up: a cue every few
 * bytes in one endless sentence (each clause is walked from its cue),
 * unclosed and unbalanced quotation marks, runs of capitalised words (the
 * name scan), many distinct and many repeated names (entity look-ups),
 * denial cues and phrases (their patterns), pronouns (resolution walks back
 * over the article's names), paragraphs, abbreviations and nesting marks.
 *
 * A benchmark, not a test: timings on a shared machine wobble.  It prints a
 * line per family and path, and exits 1 when some growth exceeds 2.0 (which
 * no linear algorithm reaches), so a regression is hard to miss.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aa_engine.h"
#include "aa_internal.h"
#include "block_arena.h"

typedef struct family
{
	const char *name;
	const char *unit;			/* repeated to the article's size */
	bool		distinct;		/* the names of "Ann Lee", "Bo Tan", "Cy Wu" change with every repetition */
} family;

static const family families[] = {
	{"plain sentences", "The plan was fine on Monday and the weather was good. ", false},
	{"news paragraph", "\"We will not back down,\" Senator Jane Doe said on Tuesday. "
	 "She told reporters that the bill would pass, according to aides.\n\n", false},
	{"cue every word, one sentence", "he said ", false},
	{"bare cue, one sentence", "said ", false},
	{"relative cue, one sentence", "who said ", false},
	{"cue and name, one sentence", "said John Smith, ", false},
	{"nested reported speech", "Smith said that he said that ", false},
	{"denial verbs, one sentence", "denied denied ", false},
	{"denial clause, one sentence", "He denied that ", false},
	{"short denials", "He denied it. ", false},
	{"pronoun speakers", "she said. He said. They said. It said. ", false},
	{"distinct names", "Ann Lee met Bo Tan and Cy Wu. ", true},
	/* "the mayor" with no mayor known: every look-back for a role would scan every name */
	{"role nouns among names", "Ann Lee met Bo Tan and Cy Wu. The mayor said the plan failed. ", true},
	{"capitalised run", "Aa ", false},
	{"title run", "President ", false},
	{"straight quotes only", "\"", false},
	{"quoted words", "\"a\" ", false},
	{"unclosed curly quotes", "\xE2\x80\x9C" "a ", false},
	{"open quote after cue", "Obama said \"", false},
	{"quote, cue, open quote", "\"It is fine,\" he said, \"", false},
	{"apostrophes as quotes", "'a' ", false},
	{"nesting marks", "\xC2\xAB \xE2\x80\xB9 \xE2\x80\x9C \xE2\x80\x98 ", false},
	{"abbreviations", "Mr. A. ", false},
	{"paragraphs", "\n\n", false},
	{"brackets and cues", "( said ", false},
	{"wide spaces and cues", "x\xE3\x80\x80said ", false},
};

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/*
 * The article: the unit repeated to `size` bytes.  For a `distinct` family
 * each repetition gets its own letters, so the article names thousands of people.
 */
static char *
build(const family *f, size_t size, size_t *len)
{
	size_t		ulen = strlen(f->unit);
	size_t		reps = size / ulen;
	char	   *text = malloc(reps * ulen + 1);
	bool		vary = f->distinct;

	if (text == NULL)
	{
		perror("malloc");
		exit(2);
	}
	for (size_t r = 0; r < reps; r++)
	{
		char	   *p = text + r * ulen;

		memcpy(p, f->unit, ulen);
		if (vary)
		{
			/* "Ann Lee", "Bo Tan", "Cy Wu": the second letter of each name is a digit of r in base 26 */
			static const int at[] = {1, 5, 13, 17, 24, 27};
			size_t		digits = r;

			for (int k = 0; k < 6; k++, digits /= 26)
				p[at[k]] = (char) ('a' + digits % 26);
		}
	}
	text[reps * ulen] = '\0';
	*len = reps * ulen;
	return text;
}

static double
best_time(const char *text, size_t len)
{
	double		best = 1e30;

	for (int run = 0; run < 3; run++)
	{
		block	   *head = NULL;
		aa_env		env = block_env(&head);
		aa_result	res;
		double		t0 = now_s();
		aa_status	st = aa_extract(text, len, &env, &res);
		double		t = now_s() - t0;

		block_free_all(&head);
		if (st != AA_OK)
		{
			fprintf(stderr, "aa_extract failed with status %d\n", (int) st);
			exit(2);
		}
		if (t < best)
			best = t;
	}
	return best;
}

int
main(int argc, char **argv)
{
	size_t		small = (argc > 1 ? strtoul(argv[1], NULL, 10) : 128) * 1024;
	size_t		table_limit = aa_tokens_max_text;
	double		worst = 0;
	const char *worst_name = "";

	if (small == 0)
	{
		fprintf(stderr, "usage: bench_scaling [SMALL_KB]\n");
		return 2;
	}
	if (aa_engine_init() != AA_OK)
	{
		fprintf(stderr, "aa_engine_init failed\n");
		return 2;
	}
	printf("%-30s %-8s %10s %10s %7s %9s\n", "family", "tokens", "small ms", "8x ms", "growth", "MB/s 8x");
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++)
	{
		size_t		len_small,
					len_large;
		char	   *text_small = build(&families[i], small, &len_small);
		char	   *text_large = build(&families[i], small * 8, &len_large);

		for (int with_table = 1; with_table >= 0; with_table--)
		{
			double		ts,
						tl,
						growth;

			aa_tokens_max_text = with_table ? table_limit : 0;
			ts = best_time(text_small, len_small);
			tl = best_time(text_large, len_large);
			/* the lengths differ a little from 8x when the unit does not divide the size */
			growth = (tl / ts) / ((double) len_large / (double) len_small);
			printf("%-30s %-8s %10.2f %10.2f %7.2f %9.1f\n", families[i].name,
				   with_table ? "table" : "walked", ts * 1e3, tl * 1e3, growth,
				   (double) len_large / (1024.0 * 1024.0) / tl);
			fflush(stdout);
			if (growth > worst)
			{
				worst = growth;
				worst_name = families[i].name;
			}
		}
		free(text_small);
		free(text_large);
	}
	aa_tokens_max_text = table_limit;
	printf("largest growth: %.2f (%s); linear is 1.0, quadratic 8.0\n", worst, worst_name);
	return worst > 2.0;
}
