# Hardening (issue #6): fuzzers, sanitizer and valgrind runs, cancellation,
# encoding, security and load tests.  Included by the Makefile.
#
#   make fuzz [FUZZ_SECONDS=60]   both libFuzzer harnesses (ASan + UBSan), N s each
#   make fuzz-regressions         replay test/fuzz_regressions/ (also run by `make unit`)
#   make test-sanitize            unit tests under ASan + UBSan, then under valgrind
#   make test-cancel              statement_timeout cancels a long extraction in time
#   make test-encoding            LATIN1 / SQL_ASCII databases get a clean error
#   make test-security            non-superuser install (trusted), search_path, dump/restore
#   make test-limits              a 513 MB article is 54000 with the limit (needs ~1.5 GB; not in CI)
#   make test-load                60 s of pgbench on the three functions (not in CI)
#   make hardening-deps           install clang, libFuzzer and valgrind if missing (root)
#
# The targets that start a cluster need the extension installed; they run
# `make install` first.

FUZZ_SECONDS ?= 60
FUZZ_CC ?= $(firstword $(shell command -v clang-14 clang 2>/dev/null))
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L -O1 -g $(SAN_FLAGS) $(PCRE2_CFLAGS) -Isrc
FUZZ_WORK = test/fuzz_work
FUZZ_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

EXTRA_CLEAN += test/fuzz_engine test/fuzz_quote test/unit_engine_san $(FUZZ_WORK)

.PHONY: hardening-deps fuzz fuzz-engine fuzz-quote fuzz-regressions test-sanitize \
	test-cancel test-encoding test-security test-limits test-load

hardening-deps:
	@sh test/deps.sh hardening

test/fuzz_engine: test/fuzz_engine.c test/fuzz_check.h $(ENGINE_SRCS) src/*.h
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ test/fuzz_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

test/fuzz_quote: test/fuzz_quote.c src/quote_parse.c src/quote_parse.h
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ test/fuzz_quote.c src/quote_parse.c

# Each fuzzer starts from its seed corpus and writes what it learns to a
# scratch directory (not the repository); a crash leaves crash-* in
# $(FUZZ_WORK) and fails the target.
fuzz: fuzz-engine fuzz-quote

fuzz-engine: test/fuzz_engine
	@mkdir -p $(FUZZ_WORK)/engine
	$(FUZZ_ENV) ./test/fuzz_engine -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=20 \
		-rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=$(FUZZ_WORK)/ \
		$(FUZZ_WORK)/engine test/fuzz_corpus/engine

fuzz-quote: test/fuzz_quote
	@mkdir -p $(FUZZ_WORK)/quote
	$(FUZZ_ENV) ./test/fuzz_quote -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
		-print_final_stats=1 -artifact_prefix=$(FUZZ_WORK)/ \
		-dict=test/fuzz_quote.dict $(FUZZ_WORK)/quote test/fuzz_corpus/quote

# The harnesses without libFuzzer, built with the ordinary compiler: replay
# the seed corpora and every saved crash as a unit check.
REPLAY_CFLAGS = $(ENGINE_CFLAGS) -D_DEFAULT_SOURCE

test/replay_engine: test/fuzz_replay.c test/fuzz_engine.c test/fuzz_check.h $(ENGINE_SRCS) src/*.h
	$(CC) $(REPLAY_CFLAGS) -o $@ test/fuzz_replay.c test/fuzz_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

test/replay_quote: test/fuzz_replay.c test/fuzz_quote.c src/quote_parse.c src/quote_parse.h
	$(CC) $(REPLAY_CFLAGS) -o $@ test/fuzz_replay.c test/fuzz_quote.c src/quote_parse.c

test/unit_limits: test/unit_limits.c $(ENGINE_SRCS) src/*.h
	$(CC) $(REPLAY_CFLAGS) -o $@ test/unit_limits.c $(ENGINE_SRCS) $(PCRE2_LIBS)

EXTRA_CLEAN += test/replay_engine test/replay_quote test/unit_limits

fuzz-regressions: test/replay_engine test/replay_quote test/unit_limits
	./test/replay_engine test/fuzz_regressions/engine test/fuzz_corpus/engine
	./test/replay_quote test/fuzz_regressions/quote test/fuzz_corpus/quote
	./test/unit_limits

# `make unit` (and so `make test`) replays the regressions too.
unit: fuzz-regressions

# The unit tests and the replays under ASan + UBSan (clang or gcc), then the
# ordinary builds under valgrind: no error, no definite or indirect leak
# (PCRE2's compiled patterns live for the process: "still reachable").
SAN_CC ?= $(if $(FUZZ_CC),$(FUZZ_CC),$(CC))
VALGRIND = valgrind -q --leak-check=full --error-exitcode=1 --errors-for-leak-kinds=definite,indirect

test/unit_engine_san: test/unit_engine.c $(ENGINE_SRCS) src/*.h
	$(SAN_CC) $(ENGINE_CFLAGS) $(SAN_FLAGS) -o $@ test/unit_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

test/replay_engine_san: test/fuzz_replay.c test/fuzz_engine.c test/fuzz_check.h $(ENGINE_SRCS) src/*.h
	$(SAN_CC) $(REPLAY_CFLAGS) $(SAN_FLAGS) -o $@ test/fuzz_replay.c test/fuzz_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

test/replay_quote_san: test/fuzz_replay.c test/fuzz_quote.c src/quote_parse.c src/quote_parse.h
	$(SAN_CC) $(REPLAY_CFLAGS) $(SAN_FLAGS) -o $@ test/fuzz_replay.c test/fuzz_quote.c src/quote_parse.c

EXTRA_CLEAN += test/replay_engine_san test/replay_quote_san

test-sanitize: test/unit_engine_san test/replay_engine_san test/replay_quote_san test/unit_engine test/replay_engine test/replay_quote
	$(FUZZ_ENV) ./test/unit_engine_san
	$(FUZZ_ENV) ./test/replay_engine_san test/fuzz_regressions/engine test/fuzz_corpus/engine
	$(FUZZ_ENV) ./test/replay_quote_san test/fuzz_regressions/quote test/fuzz_corpus/quote
	$(VALGRIND) ./test/unit_engine
	$(VALGRIND) ./test/replay_engine test/fuzz_regressions/engine test/fuzz_corpus/engine
	$(VALGRIND) ./test/replay_quote test/fuzz_regressions/quote test/fuzz_corpus/quote

# Shell tests that start a throwaway cluster with pg_virtualenv: test-X runs test/X.sh.
VENV_TESTS = test-cancel test-encoding test-security test-limits test-load

$(VENV_TESTS): test-%: all
	$(IN_VENV) sh test/$*.sh
