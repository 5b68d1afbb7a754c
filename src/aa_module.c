/*
 * aa_module.c — the module's entry point and the bridge from the engine's
 * injected services to PostgreSQL: allocation in the current memory context,
 * cancellation through CHECK_FOR_INTERRUPTS, and engine statuses as ereports.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"

#include "aa_engine.h"
#include "aa_pg.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Listed in shared_preload_libraries, the module is loaded by the postmaster,
 * which then compiles every pattern before it forks: each backend and each
 * parallel worker starts with them (PCRE2's JIT code is in private anonymous
 * mappings, which a fork copies).  Loaded by a backend, as usual, the module
 * leaves the patterns to the first call, which compiles them (about 7 ms).
 */
void
_PG_init(void)
{
	aa_status	status;

	if (!process_shared_preload_libraries_in_progress)
		return;
	status = aa_engine_prepare();
	if (status != AA_OK)
		ereport(WARNING,
				(errmsg("article_analysis could not prepare its patterns at server start"),
				 errdetail("%s", aa_status_message(status)),
				 errhint("Each session compiles them on its first call instead.")));
}

static void *
pg_alloc(void *ctx, size_t size)
{
	(void) ctx;
	/* Large articles may need more than MaxAllocSize for their tables. */
	return palloc_extended(size, MCXT_ALLOC_HUGE);
}

static void
pg_release(void *ctx, void *ptr)
{
	(void) ctx;
	if (ptr)
		pfree(ptr);
}

static bool
pg_keep_going(void *ctx)
{
	(void) ctx;
	CHECK_FOR_INTERRUPTS();		/* does not return when the query is cancelled */
	return true;
}

const aa_env aa_pg_env = {pg_alloc, pg_release, pg_keep_going, NULL};

void
aa_pg_report(aa_status status, const aa_result *result)
{
	switch (status)
	{
		case AA_OK:
			return;
		case AA_ERR_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while extracting quotes")));
			break;
		case AA_ERR_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("article is too long for quote extraction"),
					 errdetail("Articles of at most %zu bytes are supported.",
							   (size_t) AA_MAX_TEXT_BYTES)));
			break;
		case AA_ERR_BAD_UTF8:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("article text is not valid UTF-8"),
					 errdetail("The byte at offset %zu does not start a valid UTF-8 sequence.",
							   result ? result->error_offset : (size_t) 0)));
			break;
		case AA_ERR_PATTERN:
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("quote extraction pattern failed"),
					 errdetail("%s", aa_status_message(status))));
			break;
		case AA_ERR_CANCELLED:
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("quote extraction was cancelled")));
			break;
	}
	elog(ERROR, "unexpected article_analysis engine status %d", (int) status);
}
