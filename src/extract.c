/*
 * extract.c — the SQL functions extract_quotes, extract_denials and
 * extract_speakers: run the engine over one article and return its results
 * as a materialized set.
 *
 * The engine's working memory lives in a memory context of its own that is
 * deleted before the function returns, so nothing survives a call but the
 * rows handed to the tuplestore.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "aa_engine.h"
#include "aa_pg.h"
#include "quote.h"

PG_FUNCTION_INFO_V1(aa_extract_quotes);
PG_FUNCTION_INFO_V1(aa_extract_denials);
PG_FUNCTION_INFO_V1(aa_extract_speakers);

/* The engine's offsets are UTF-8 character offsets: other encodings would get wrong spans. */
static void
require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("article_analysis requires a UTF8 database"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

/*
 * Run the engine on the function's text argument inside a fresh memory
 * context, which the caller deletes when done with *result.
 */
static MemoryContext
run_engine(FunctionCallInfo fcinfo, text **body, aa_result *result)
{
	MemoryContext work;
	MemoryContext old;
	aa_status	status;

	require_utf8();
	*body = PG_GETARG_TEXT_PP(0);
	work = AllocSetContextCreate(CurrentMemoryContext,
								 "article_analysis extraction",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);
	status = aa_extract(VARDATA_ANY(*body), VARSIZE_ANY_EXHDR(*body), &aa_pg_env, result);
	MemoryContextSwitchTo(old);
	aa_pg_report(status, result);
	return work;
}

static Quote
quote_from_engine(const char *body, const aa_quote *q)
{
	QuoteFields f;

	f.kind = (int) q->kind;
	f.strings[QS_CONTENT] = body + q->byte_start;	/* copied once, into the value */
	f.content_len = q->byte_end - q->byte_start;
	f.strings[QS_SPEAKER] = q->speaker;
	f.strings[QS_MENTION] = q->mention;
	f.strings[QS_ROLE] = q->role;
	f.strings[QS_CUE] = q->cue;
	f.strings[QS_DENIED] = q->denied;
	f.span_lower = (int32) (q->char_start + 1);
	f.span_upper = (int32) (q->char_end + 1);
	f.is_denial = q->is_denial;
	f.confidence = q->confidence;
	return quote_make(&f);
}

static Datum
emit_quotes(FunctionCallInfo fcinfo, bool denials_only)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	aa_result	result;
	MemoryContext work;
	MemoryContext old;

	MemoryContext row;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	work = run_engine(fcinfo, &body, &result);
	/* Each value is built in a context reset per row: the tuplestore keeps its own copy. */
	row = AllocSetContextCreate(work, "article_analysis row", ALLOCSET_SMALL_SIZES);
	for (int i = 0; i < result.n_quotes; i++)
	{
		const aa_quote *q = &result.quotes[i];
		Datum		value;
		bool		isnull = false;

		CHECK_FOR_INTERRUPTS();
		if (denials_only && !q->is_denial)
			continue;
		old = MemoryContextSwitchTo(row);
		value = PointerGetDatum(quote_from_engine(VARDATA_ANY(body), q));
		MemoryContextSwitchTo(old);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
		MemoryContextReset(row);
	}
	MemoryContextDelete(work);
	return (Datum) 0;
}

Datum
aa_extract_quotes(PG_FUNCTION_ARGS)
{
	return emit_quotes(fcinfo, false);
}

Datum
aa_extract_denials(PG_FUNCTION_ARGS)
{
	return emit_quotes(fcinfo, true);
}

static Datum
nullable_text(aa_str s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

/*
 * The row type of extract_speakers: the caller's expected descriptor when it
 * gives one (a function scan or a select list does), which only needs
 * copying, else the function's declared OUT columns, which
 * get_call_result_type builds from the catalog on every call (about 1.4 µs,
 * more than the engine spends on a short text with nothing to attribute).
 */
static bits32
result_desc_flags(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	return rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) && rsinfo->expectedDesc != NULL ?
		MAT_SRF_USE_EXPECTED_DESC : 0;
}

Datum
aa_extract_speakers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	aa_result	result;
	MemoryContext work;
	MemoryContext old;

	InitMaterializedSRF(fcinfo, result_desc_flags(fcinfo));
	work = run_engine(fcinfo, &body, &result);
	old = MemoryContextSwitchTo(work);
	for (int i = 0; i < result.n_speakers; i++)
	{
		const aa_speaker *s = &result.speakers[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		Datum	   *mentions = palloc(sizeof(Datum) * Max(s->n_mentions, 1));

		CHECK_FOR_INTERRUPTS();
		for (int m = 0; m < s->n_mentions; m++)
			mentions[m] = CStringGetTextDatum(s->mentions[m]);
		values[0] = nullable_text(s->name, &nulls[0]);
		values[1] = nullable_text(s->role, &nulls[1]);
		values[2] = PointerGetDatum(construct_array(mentions, s->n_mentions, TEXTOID, -1, false, TYPALIGN_INT));
		values[3] = Int32GetDatum(s->quotes);
		values[4] = Int32GetDatum(s->denials);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
