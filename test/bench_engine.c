/*
 * bench_engine — engine throughput without PostgreSQL.
 *
 *   bench_engine CORPUS [RUNS]
 *
 * CORPUS is in test/aa_cli's input format ("ID<TAB>BYTES\n" then BYTES of
 * text, per article; test/bench_corpus.py frame MB writes one).  The whole
 * file is read into memory first, so the timings below see no I/O.  Best of
 * RUNS (default 5), single-threaded, CLOCK_MONOTONIC:
 *
 *   memchr   counting '\n' with memchr over every article: the cost of merely
 *            reading the bytes, the floor nothing can beat;
 *   extract  aa_extract on every article, with an arena freed per article
 *            (as test/aa_cli.c and the SQL glue's per-call memory context do).
 *
 * 1 MB = 2^20 bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aa_engine.h"
#include "block_arena.h"

typedef struct article
{
	const char *text;			/* NUL-terminated copy */
	size_t		len;
} article;


static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Read the whole corpus; each article gets its own NUL-terminated copy. */
static article *
load(const char *path, int *n_out, size_t *bytes_out)
{
	FILE	   *f = fopen(path, "rb");
	char		header[512];
	article    *arts = NULL;
	int			n = 0,
				cap = 0;
	size_t		bytes = 0;

	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	while (fgets(header, sizeof(header), f))
	{
		char	   *tab = strchr(header, '\t');
		size_t		len;
		char	   *text;

		if (tab == NULL)
		{
			fprintf(stderr, "%s: bad header after %d articles\n", path, n);
			exit(2);
		}
		len = strtoul(tab + 1, NULL, 10);
		text = malloc(len + 1);
		if (text == NULL || fread(text, 1, len, f) != len)
		{
			fprintf(stderr, "%s: short read in article %d\n", path, n + 1);
			exit(2);
		}
		text[len] = '\0';
		if (n == cap)
		{
			cap = cap ? cap * 2 : 1024;
			arts = realloc(arts, sizeof(article) * (size_t) cap);
			if (arts == NULL)
			{
				fprintf(stderr, "out of memory\n");
				exit(2);
			}
		}
		arts[n].text = text;
		arts[n].len = len;
		bytes += len;
		n++;
	}
	fclose(f);
	*n_out = n;
	*bytes_out = bytes;
	return arts;
}

/* One pass of memchr over every article; returns the count so it is not optimised away. */
static size_t
scan_memchr(const article *arts, int n)
{
	size_t		count = 0;

	for (int i = 0; i < n; i++)
	{
		const char *p = arts[i].text;
		const char *end = p + arts[i].len;

		while ((p = memchr(p, '\n', (size_t) (end - p))) != NULL)
		{
			count++;
			p++;
		}
	}
	return count;
}

/* One pass of aa_extract over every article; returns quotes found, or -1 on error. */
static long
scan_extract(const article *arts, int n, long *speakers)
{
	long		quotes = 0;

	*speakers = 0;
	for (int i = 0; i < n; i++)
	{
		block	   *blocks = NULL;
		aa_env		env = block_env(&blocks);
		aa_result	r;
		aa_status	st = aa_extract(arts[i].text, arts[i].len, &env, &r);

		if (st != AA_OK)
		{
			fprintf(stderr, "article %d: %s\n", i + 1, aa_status_message(st));
			block_free_all(&blocks);
			return -1;
		}
		quotes += r.n_quotes;
		*speakers += r.n_speakers;
		block_free_all(&blocks);
	}
	return quotes;
}

int
main(int argc, char **argv)
{
	int			runs = argc > 2 ? atoi(argv[2]) : 5;
	int			n;
	size_t		bytes;
	article    *arts;
	double		best_scan = 1e30,
				best_extract = 1e30;
	size_t		newlines = 0;
	long		quotes = 0,
				speakers = 0;
	double		mb;

	if (argc < 2 || runs < 1)
	{
		fprintf(stderr, "usage: %s CORPUS [RUNS]\n", argv[0]);
		return 2;
	}
	arts = load(argv[1], &n, &bytes);
	mb = (double) bytes / 1048576.0;
	if (aa_engine_init() != AA_OK)
	{
		fprintf(stderr, "aa_engine_init failed\n");
		return 1;
	}

	/* Interleaved rounds, so that a slow patch of the machine hits both alike. */
	for (int r = 0; r < runs; r++)
	{
		double		t0 = now_s();
		double		t;

		newlines = scan_memchr(arts, n);
		t = now_s() - t0;
		if (t < best_scan)
			best_scan = t;

		t0 = now_s();
		quotes = scan_extract(arts, n, &speakers);
		t = now_s() - t0;
		if (quotes < 0)
			return 1;
		if (t < best_extract)
			best_extract = t;
		fprintf(stderr, "round %d: extract %.3f s\n", r + 1, t);
	}

	printf("corpus: %d articles, %zu bytes (%.1f MB), best of %d runs\n", n, bytes, mb, runs);
	printf("%-28s %10s %10s %10s\n", "pass", "best ms", "MB/s", "x memchr");
	printf("%-28s %10.1f %10.1f %10.2f\n", "memchr '\\n' (reading only)",
		   best_scan * 1e3, mb / best_scan, 1.0);
	printf("%-28s %10.1f %10.2f %10.1f\n", "aa_extract (arena/article)",
		   best_extract * 1e3, mb / best_extract, best_extract / best_scan);
	printf("found: %zu newlines, %ld quotes, %ld speakers per pass; %.0f articles/s\n",
		   newlines, quotes, speakers, n / best_extract);
	return 0;
}
