/*
 * aa_engine.h — the article_analysis extraction engine.
 *
 * Plain C99, no PostgreSQL headers: UTF-8 bytes in, attributed statements
 * out.  The caller injects allocation and a periodic "may I go on?" hook
 * (the PostgreSQL glue maps them to palloc in a short-lived memory context
 * and CHECK_FOR_INTERRUPTS); the engine reports failure through return
 * codes and never exits or prints.
 *
 * Offsets in results are both byte offsets (for the caller's own slicing)
 * and 0-based character offsets (what SQL users see, plus one).
 */
#ifndef AA_ENGINE_H
#define AA_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Largest article the engine accepts, in bytes (PostgreSQL's own text limit is 1 GB). */
#define AA_MAX_TEXT_BYTES ((size_t) 512 * 1024 * 1024)

typedef enum aa_status
{
	AA_OK = 0,
	AA_ERR_NOMEM,		/* the injected allocator returned NULL */
	AA_ERR_TOO_LONG,	/* input longer than AA_MAX_TEXT_BYTES */
	AA_ERR_BAD_UTF8,	/* input is not valid UTF-8 (detail: byte offset) */
	AA_ERR_PATTERN,		/* a built-in pattern failed to compile or match */
	AA_ERR_CANCELLED	/* the interrupt hook asked to stop */
} aa_status;

typedef enum aa_kind
{
	AA_DIRECT = 0,		/* a sentence or more in quotation marks */
	AA_MIXED = 1,		/* a quoted fragment inside reported speech */
	AA_INDIRECT = 2		/* reported speech without marks */
} aa_kind;

/* Allocation and cancellation, injected by the caller. */
typedef struct aa_env
{
	void	   *(*alloc) (void *ctx, size_t size);	/* NULL on failure */
	void		(*release) (void *ctx, void *ptr);	/* may be a no-op */
	/* Called every few kilobytes of work; return false to stop with AA_ERR_CANCELLED.
	 * May also not return at all (a longjmp out), as PostgreSQL's does. */
	bool		(*keep_going) (void *ctx);
	void	   *ctx;
} aa_env;

/* A NUL-terminated string owned by the result, or NULL. */
typedef const char *aa_str;

typedef struct aa_quote
{
	aa_kind		kind;
	size_t		byte_start;		/* content, without quotation marks */
	size_t		byte_end;
	int64_t		char_start;		/* same span in characters, 0-based, end exclusive */
	int64_t		char_end;
	aa_str		speaker;		/* canonical speaker, NULL when unknown */
	aa_str		mention;		/* words naming the speaker at the attribution site */
	aa_str		role;			/* title or description of the speaker */
	aa_str		cue;			/* reporting verb as written; NULL for a continuation */
	bool		is_denial;
	aa_str		denied;			/* what is denied, NULL unless is_denial */
	float		confidence;		/* 0..1 */
	int			speaker_id;		/* index into aa_result.speakers, -1 when unknown */
} aa_quote;

typedef struct aa_speaker
{
	aa_str		name;			/* canonical name */
	aa_str		role;			/* NULL when the article gives none */
	aa_str	   *mentions;		/* distinct mentions at attribution sites, as resolved */
	int			n_mentions;
	int			quotes;			/* statements attributed to this speaker */
	int			denials;		/* of which denials */
} aa_speaker;

typedef struct aa_result
{
	aa_quote   *quotes;			/* in text order */
	int			n_quotes;
	aa_speaker *speakers;		/* in order of first attributed statement */
	int			n_speakers;
	size_t		error_offset;	/* byte offset for AA_ERR_BAD_UTF8 */
} aa_result;

/*
 * Prepare the compiled patterns.  Idempotent and cheap after the first call;
 * aa_extract calls it itself.  The patterns live for the life of the process.
 */
aa_status	aa_engine_init(void);

/*
 * aa_engine_init, and also the patterns it leaves to be built when an
 * article first needs them: afterwards nothing is compiled again in this
 * process or in the processes it forks.  For a server that loads the engine
 * before it forks its workers.
 */
aa_status	aa_engine_prepare(void);

/*
 * Find the attributed statements of one article.  Everything in *out is
 * allocated through env->alloc; the caller frees it in one go (a memory
 * context, an arena) or not at all.
 */
aa_status	aa_extract(const char *text, size_t len, const aa_env *env, aa_result *out);

/* Characters in valid UTF-8 text[0, len): the bytes that are no continuation byte, sixteen (SSE2) or eight at a time. */
size_t		aa_utf8_count(const char *text, size_t len);

/* Lower-case English names of the kinds and a message for each status. */
const char *aa_kind_name(aa_kind kind);
const char *aa_status_message(aa_status status);

#endif							/* AA_ENGINE_H */
