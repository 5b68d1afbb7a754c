/*
 * aa_cli — run the engine without PostgreSQL, for evaluation scripts and
 * debugging.  Input on stdin: for each article a header line "ID<TAB>BYTES"
 * followed by exactly BYTES bytes of text.  Output: one JSON object per
 * article with its quotes (1-based character spans, as SQL shows them) and
 * speakers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aa_engine.h"
#include "block_arena.h"


static void
json_string(const char *s)
{
	if (s == NULL)
	{
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
json_nstring(const char *s, size_t n)
{
	char	   *copy = malloc(n + 1);

	memcpy(copy, s, n);
	copy[n] = '\0';
	json_string(copy);
	free(copy);
}

int
main(void)
{
	char		header[512];

	while (fgets(header, sizeof(header), stdin))
	{
		char	   *tab = strchr(header, '\t');
		size_t		n;
		char	   *text;
		block	   *blocks = NULL;
		aa_env		env = block_env(&blocks);
		aa_result	r;
		aa_status	st;

		if (tab == NULL)
			continue;
		*tab = '\0';
		n = strtoul(tab + 1, NULL, 10);
		text = malloc(n + 1);
		if (text == NULL || fread(text, 1, n, stdin) != n)
		{
			fprintf(stderr, "short read for %s\n", header);
			return 1;
		}
		text[n] = '\0';
		st = aa_extract(text, n, &env, &r);
		printf("{\"id\":");
		json_string(header);
		if (st != AA_OK)
		{
			printf(",\"error\":");
			json_string(aa_status_message(st));
		}
		printf(",\"quotes\":[");
		for (int i = 0; st == AA_OK && i < r.n_quotes; i++)
		{
			const aa_quote *q = &r.quotes[i];

			printf("%s{\"kind\":\"%s\",\"start\":%lld,\"end\":%lld,\"content\":", i ? "," : "",
				   aa_kind_name(q->kind), (long long) q->char_start + 1, (long long) q->char_end + 1);
			json_nstring(text + q->byte_start, q->byte_end - q->byte_start);
			printf(",\"speaker\":");
			json_string(q->speaker);
			printf(",\"mention\":");
			json_string(q->mention);
			printf(",\"role\":");
			json_string(q->role);
			printf(",\"cue\":");
			json_string(q->cue);
			printf(",\"is_denial\":%s,\"denied\":", q->is_denial ? "true" : "false");
			json_string(q->denied);
			printf(",\"confidence\":%.3f}", q->confidence);
		}
		printf("],\"speakers\":[");
		for (int i = 0; st == AA_OK && i < r.n_speakers; i++)
		{
			const aa_speaker *s = &r.speakers[i];

			printf("%s{\"speaker\":", i ? "," : "");
			json_string(s->name);
			printf(",\"role\":");
			json_string(s->role);
			printf(",\"mentions\":[");
			for (int m = 0; m < s->n_mentions; m++)
			{
				if (m)
					putchar(',');
				json_string(s->mentions[m]);
			}
			printf("],\"quotes\":%d,\"denials\":%d}", s->quotes, s->denials);
		}
		printf("]}\n");
		block_free_all(&blocks);
		free(text);
	}
	return 0;
}
