/*
 * unit_limits.c — the engine's size limit, without building a 512 MB text.
 *
 * An article of AA_MAX_TEXT_BYTES + 1 bytes must be refused with
 * AA_ERR_TOO_LONG before any byte is read.  The "text" is a reserved,
 * inaccessible mapping (PROT_NONE, no memory behind it), so a read would
 * crash the test instead of costing half a gigabyte.  The SQL side of the
 * limit (ERRCODE_PROGRAM_LIMIT_EXCEEDED with the limit in the detail) is
 * checked by test/limits.sh, which does build the text.
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "aa_engine.h"

static void *
l_alloc(void *ctx, size_t size)
{
	(void) ctx;
	(void) size;
	return NULL;				/* nothing may be allocated for a refused article */
}

static void
l_release(void *ctx, void *ptr)
{
	(void) ctx;
	(void) ptr;
}

static bool
l_keep_going(void *ctx)
{
	(void) ctx;
	return true;
}

int
main(void)
{
	aa_env		env = {l_alloc, l_release, l_keep_going, NULL};
	aa_result	r;
	size_t		len = AA_MAX_TEXT_BYTES + 1;
	void	   *text;
	aa_status	st;
	int			failed = 0;

	if (aa_engine_init() != AA_OK)
	{
		fprintf(stderr, "FAIL: aa_engine_init\n");
		return 1;
	}
	text = mmap(NULL, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (text == MAP_FAILED)
	{
		perror("mmap");
		return 1;
	}
	st = aa_extract(text, len, &env, &r);
	if (st != AA_ERR_TOO_LONG)
	{
		fprintf(stderr, "FAIL: %zu bytes gave status %d, want AA_ERR_TOO_LONG\n", len, (int) st);
		failed = 1;
	}
	if (r.n_quotes != 0 || r.n_speakers != 0)
	{
		fprintf(stderr, "FAIL: a refused article has results\n");
		failed = 1;
	}
	if (aa_status_message(AA_ERR_TOO_LONG) == NULL || aa_status_message(AA_ERR_TOO_LONG)[0] == '\0')
	{
		fprintf(stderr, "FAIL: no message for AA_ERR_TOO_LONG\n");
		failed = 1;
	}
	munmap(text, len);
	printf("limits: %s (AA_MAX_TEXT_BYTES = %zu)\n", failed ? "FAILED" : "ok", (size_t) AA_MAX_TEXT_BYTES);
	return failed;
}
