/*
 * block_arena.h — the allocator the standalone drivers (aa_cli, bench_engine)
 * inject into the engine: every allocation is a malloc'd block on a list,
 * and the whole list goes at once when the article is done, as a memory
 * context would in the server.  Header-only: each driver is one C file.
 */
#ifndef BLOCK_ARENA_H
#define BLOCK_ARENA_H

#include <stdlib.h>

#include "aa_engine.h"

typedef struct block
{
	struct block *next;
} block;

#define BLOCK_HEADER (sizeof(block) + (16 - sizeof(block) % 16) % 16)	/* keeps 16-byte alignment */

static void *
block_alloc(void *ctx, size_t size)
{
	block	  **head = ctx;
	block	   *b = malloc(BLOCK_HEADER + size);

	if (b == NULL)
		return NULL;
	b->next = *head;
	*head = b;
	return (char *) b + BLOCK_HEADER;
}

static void
block_release(void *ctx, void *ptr)
{
	(void) ctx;
	(void) ptr;					/* freed in one go by block_free_all */
}

static void
block_free_all(block **head)
{
	while (*head)
	{
		block	   *n = (*head)->next;

		free(*head);
		*head = n;
	}
}

/* An engine environment that allocates on the list *head, without cancellation. */
static inline aa_env
block_env(block **head)
{
	aa_env		env = {block_alloc, block_release, NULL, head};

	return env;
}

#endif							/* BLOCK_ARENA_H */
