/*
 * fuzz_replay.c — run a libFuzzer harness without libFuzzer: every file
 * named on the command line (or found in a directory named there) goes once
 * through LLVMFuzzerTestOneInput.  Linked with test/fuzz_engine.c or
 * test/fuzz_quote.c, it replays the seed corpora and the saved crashes in
 * test/fuzz_regressions/ with any compiler, as an ordinary unit check: a
 * broken invariant aborts, so the exit status is non-zero.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int	files = 0;
static const char *current = "";

/* Name the input that broke an invariant (the harness aborts). */
static void
on_abort(int sig)
{
	(void) sig;
	if (write(2, "fuzz_replay: failing input: ", 28) < 0 ||
		write(2, current, strlen(current)) < 0 || write(2, "\n", 1) < 0)
		_exit(134);
	signal(SIGABRT, SIG_DFL);
	raise(SIGABRT);
}

static int
replay_file(const char *path)
{
	FILE	   *fp = fopen(path, "rb");
	uint8_t    *data;
	long		size;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 0 ||
		fseek(fp, 0, SEEK_SET) != 0)
	{
		perror(path);
		return 1;
	}
	data = malloc(size ? (size_t) size : 1);
	if (data == NULL || fread(data, 1, (size_t) size, fp) != (size_t) size)
	{
		perror(path);
		return 1;
	}
	fclose(fp);
	current = path;
	LLVMFuzzerTestOneInput(data, (size_t) size);
	free(data);
	files++;
	return 0;
}

static int
replay(const char *path)
{
	struct stat st;
	DIR		   *dir;
	struct dirent *e;
	int			bad = 0;

	if (stat(path, &st) != 0)
	{
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path);
	dir = opendir(path);
	if (dir == NULL)
	{
		perror(path);
		return 1;
	}
	while ((e = readdir(dir)) != NULL)
	{
		char	   *child;

		if (e->d_name[0] == '.' || strcmp(e->d_name, "README") == 0)
			continue;
		child = malloc(strlen(path) + strlen(e->d_name) + 2);
		if (child == NULL)
			return 1;
		sprintf(child, "%s/%s", path, e->d_name);
		bad |= replay(child);
		free(child);
	}
	closedir(dir);
	return bad;
}

int
main(int argc, char **argv)
{
	int			bad = 0;

	signal(SIGABRT, on_abort);
	for (int i = 1; i < argc; i++)
		bad |= replay(argv[i]);
	printf("%d inputs replayed, %s\n", files, bad ? "some unreadable" : "no invariant broken");
	return bad;
}
