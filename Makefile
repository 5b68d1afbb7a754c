# article_analysis — PGXS build.
#
#   make test    install missing build dependencies (as root), build, install,
#                run pg_regress in a throwaway cluster (and again in one that
#                preloads the module) and the engine unit tests
#   make demo    same set-up, then load the seeds and print their quotes
#   make unit    engine unit tests only (no PostgreSQL needed at run time)
#
# The engine (src/aa_*.c) is plain C99 and is also compiled on its own for
# the unit tests, the benchmark and the fuzzers.

EXTENSION = article_analysis
MODULE_big = article_analysis
DATA = article_analysis--0.1.sql
PGFILEDESC = "article_analysis - quotations, speakers and denials in news text"

ENGINE_SRCS = src/aa_engine.c src/aa_text.c src/aa_marks.c src/aa_attrib.c src/aa_entity.c src/aa_denial.c src/aa_scan.c src/aa_lexicon.c
GLUE_SRCS = src/aa_module.c src/quote_type.c src/quote_parse.c src/extract.c
OBJS = $(ENGINE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

REGRESS = quote_type extract seeds denials hostile cancel archive parallel
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION) --encoding=UTF8

PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS := $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
PG_CPPFLAGS = $(PCRE2_CFLAGS) -Isrc
SHLIB_LINK = $(PCRE2_LIBS)
EXTRA_CLEAN = test/unit_engine test/unit_engine_portable test/aa_cli

# Debian keeps one pg_config per major version; prefer 15's when present.
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

# Run a command in a throwaway cluster with the freshly built module installed.
# -t keeps the cluster in a temporary directory even as root, so two runs
# cannot collide on the one 15/regress cluster under /etc/postgresql.
IN_VENV = $(MAKE) install && LC_ALL=C.UTF-8 pg_virtualenv -t -v $(or $(MAJORVERSION),15)

# `make` alone builds the module (PGXS's `all`), not the dependency check below.
.DEFAULT_GOAL := all

# Targets that first make sure the machine has what the build needs.
.PHONY: deps test demo unit installcheck-venv installcheck-preload
deps:
	@sh test/deps.sh

# The engine is built at -O3, in the module and on its own alike: GCC then
# inlines and unrolls more of the word walks (about 2.7 % fewer instructions
# with PostgreSQL's flags, make profile-engine's corpus).  In the module its
# objects also omit the frame pointer that PostgreSQL's flags ask for: the
# word walks get one more register (1.5 to 3 % of the engine's time, by
# turns); profile them with perf record --call-graph dwarf.  The stack
# protector stays (it costs nothing measurable here).
ENGINE_OPT = -O3 -fomit-frame-pointer

# The engine's own programs need no PostgreSQL headers.
# Warnings are errors in the engine: it has no excuse.
ENGINE_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L $(ENGINE_OPT) -g -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes $(PCRE2_CFLAGS) -Isrc

test/unit_engine: test/unit_engine.c $(ENGINE_SRCS) src/*.h
	$(CC) $(ENGINE_CFLAGS) -o $@ test/unit_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

test/aa_cli: test/aa_cli.c test/block_arena.h $(ENGINE_SRCS) src/*.h
	$(CC) $(ENGINE_CFLAGS) -o $@ test/aa_cli.c $(ENGINE_SRCS) $(PCRE2_LIBS)

# The same checks on the byte-at-a-time paths that machines without SSE2 or
# little-endian 64-bit arithmetic take (aa_swar.h): they must agree.
test/unit_engine_portable: test/unit_engine.c $(ENGINE_SRCS) src/*.h
	$(CC) $(ENGINE_CFLAGS) -DAA_NO_SWAR -o $@ test/unit_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

unit: test/unit_engine test/unit_engine_portable
	./test/unit_engine
	./test/unit_engine_portable

ifneq ($(wildcard $(PGXS)),)
include $(PGXS)

# PGXS knows no header dependencies: every object (and its JIT bitcode) is
# rebuilt when a header changes, or objects built against an old struct
# layout would be linked with new ones.
$(OBJS) $(OBJS:.o=.bc): $(wildcard src/*.h)

# The engine exports nothing from the module: with hidden symbols its calls
# from file to file are direct, not through the PLT, and the compiler may
# inline within a file what -fPIC would otherwise let another library
# replace (about 4 % of the engine's time in make bench-engine's corpus).
# PostgreSQL 15 keeps default visibility, so the glue's entry points stay seen.
$(ENGINE_SRCS:.c=.o): CFLAGS += -fvisibility=hidden $(ENGINE_OPT)

installcheck-venv: all
	$(IN_VENV) $(MAKE) installcheck

# The same suite in a server that preloads the module: its postmaster
# compiles the patterns (_PG_init) and every backend inherits them, which
# test/preload.sh then checks in a new session.
installcheck-preload: all
	$(IN_VENV) -o shared_preload_libraries=$(MODULE_big) sh -c '$(MAKE) installcheck && bash test/preload.sh'
endif

# Benchmarks (issue #5) and hardening (issue #6) keep their rules in files of their own.
-include test/bench.mk
-include test/hardening.mk

test: deps
	$(MAKE) installcheck-venv
	$(MAKE) installcheck-preload
	$(MAKE) test-encoding
	$(MAKE) unit

demo: deps
	$(IN_VENV) sh test/demo.sh
