# Benchmarks, profiling, memory and scale-out checks (issue #5).
# Included by the Makefile; every target here is run by hand, none by `make test`.
#
#   make bench            SQL throughput in a throwaway cluster (test/bench.sh)
#   make bench-engine     engine MB/s without PostgreSQL vs a memchr scan
#   make bench-engine-pg  the same, the engine built with PostgreSQL's own flags, as in the module
#   make profile-engine   callgrind profile of the engine, top functions to a file
#   make bench-parallel   parallel query: plan proof and 0 vs 2 workers (test/parallel.sh)
#   make bench-archive    keeping an archive's statements in a table: plans and times (test/archive.sh)
#   make bench-memory     peak memory on one 64 MB article, flatness over 1M rows (test/memory.sh)
#   make bench-scaling    engine time on hostile inputs at two sizes: linear or not
#   make bench-startup    a session's first call, with and without preloading (test/startup.sh)
#   make test-scaleout    coordinator + two shards over postgres_fdw (test/scaleout.sh)
#
# Knobs (environment or make variables): BENCH_MB, BENCH_RUNS, BENCH_ENGINE_MB,
# BENCH_ENGINE_RUNS, PROFILE_MB, PAR_MB, PAR_RUNS, ARCH_MB, ARCH_RUNS, MEM_MB, MEM_ROWS, BENCH_SCALING_KB,
# BENCH_TMP, STARTUP_SESSIONS, and BENCH_SOURCE (polnear, the default, or headlines: the Emergent
# headlines, for make bench, bench-engine, bench-engine-pg and bench-parallel).
# Scratch files (corpora, profiles) go to BENCH_TMP, never into the repository.

BENCH_TMP ?= $(or $(TMPDIR),/tmp)
BENCH_SOURCE ?= polnear
export BENCH_SOURCE
BENCH_ENGINE_MB ?= 30
BENCH_ENGINE_RUNS ?= 5
PROFILE_MB ?= 2

EXTRA_CLEAN += test/bench_engine test/bench_engine_pg

.PHONY: bench bench-engine bench-engine-pg profile-engine bench-parallel bench-archive bench-memory bench-scaling bench-startup test-scaleout

test/bench_engine: test/bench_engine.c test/block_arena.h $(ENGINE_SRCS) src/*.h
	$(CC) $(ENGINE_CFLAGS) -o $@ test/bench_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

# PGXS's CFLAGS (stack protector, no strict aliasing) and the module's
# engine options (-O3, no frame pointer): the engine as extract_quotes runs
# it.  Instruction counts no longer track time (README, "Where the time
# goes"): time a change by turns with this build, old and new alternately.
test/bench_engine_pg: test/bench_engine.c test/block_arena.h $(ENGINE_SRCS) src/*.h
	$(CC) -std=c99 -D_POSIX_C_SOURCE=200809L $(CFLAGS) $(ENGINE_OPT) -fvisibility=hidden $(PCRE2_CFLAGS) -Isrc \
		-o $@ test/bench_engine.c $(ENGINE_SRCS) $(PCRE2_LIBS)

# The SQL-side targets run in a throwaway cluster (IN_VENV, in the Makefile).
bench: all
	$(IN_VENV) bash test/bench.sh

# bench-X runs test/X.sh
bench-parallel bench-archive bench-memory: bench-%: all
	$(IN_VENV) bash test/$*.sh

# Once in a plain server, once in one whose postmaster preloads the module.
bench-startup: all
	$(IN_VENV) bash test/startup.sh
	LC_ALL=C.UTF-8 pg_virtualenv -t -v $(or $(MAJORVERSION),15) -o shared_preload_libraries=$(MODULE_big) bash test/startup.sh

# Three clusters of its own (pg_virtualenv makes only one per version).
test-scaleout: all
	$(MAKE) install
	bash test/scaleout.sh

ENGINE_CORPUS = $(BENCH_TMP)/aa_bench_corpus_$(subst polnear,,$(BENCH_SOURCE))$(BENCH_ENGINE_MB)mb.txt

bench-engine: test/bench_engine
	python3 test/bench_corpus.py frame $(BENCH_ENGINE_MB) > $(ENGINE_CORPUS)
	./test/bench_engine $(ENGINE_CORPUS) $(BENCH_ENGINE_RUNS)

bench-engine-pg: test/bench_engine_pg
	python3 test/bench_corpus.py frame $(BENCH_ENGINE_MB) > $(ENGINE_CORPUS)
	./test/bench_engine_pg $(ENGINE_CORPUS) $(BENCH_ENGINE_RUNS)

# perf's hardware counters are not available in this VM (perf stat -e
# instructions says <not supported>), so the profile is callgrind's: exact
# instruction counts, about 50x slower, hence the small corpus.
# The function lines of callgrind_annotate's report, without its preamble.
CALLGRIND_TOP25 = awk '/PROGRAM TOTALS/ {print} f && /\]$$/ {print; if (++n == 25) exit} /file:function/ {f = 1}'

profile-engine: test/bench_engine
	python3 test/bench_corpus.py frame $(PROFILE_MB) > $(BENCH_TMP)/aa_profile_corpus.txt
	valgrind --tool=callgrind --callgrind-out-file=$(BENCH_TMP)/aa_callgrind.out \
		./test/bench_engine $(BENCH_TMP)/aa_profile_corpus.txt 1
	{ echo "# callgrind of test/bench_engine on $(PROFILE_MB) MB of PolNeAR, $$(date -u +%FT%TZ)"; \
	  echo "# Ir = instructions executed; ??? entries are PCRE2's JIT-compiled code"; \
	  echo; echo "## top 25, inclusive"; \
	  callgrind_annotate --inclusive=yes $(BENCH_TMP)/aa_callgrind.out | $(CALLGRIND_TOP25); \
	  echo; echo "## top 25, self"; \
	  callgrind_annotate --inclusive=no $(BENCH_TMP)/aa_callgrind.out | $(CALLGRIND_TOP25); \
	} > $(BENCH_TMP)/aa_profile.txt
	@echo "profile: $(BENCH_TMP)/aa_profile.txt (raw: $(BENCH_TMP)/aa_callgrind.out, open with callgrind_annotate or kcachegrind)"

# Hostile inputs at two sizes: does the engine's time stay linear? (test/bench_scaling.c)
BENCH_SCALING_KB ?= 128
EXTRA_CLEAN += test/bench_scaling

test/bench_scaling: test/bench_scaling.c test/block_arena.h $(ENGINE_SRCS) src/*.h
	$(CC) $(ENGINE_CFLAGS) -o $@ test/bench_scaling.c $(ENGINE_SRCS) $(PCRE2_LIBS)

bench-scaling: test/bench_scaling
	./test/bench_scaling $(BENCH_SCALING_KB)
