# Shared by the benchmark scripts (sourced, not run).

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# The first line of a benchmark's output: which, when, on how many cores of what, how busy.
bench_banner() {
	echo "$1: $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
	     "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
}

# load_corpus TABLE MB: a table (id int, body text) holding PolNeAR's training
# texts repeated up to MB megabytes (see test/bench_corpus.py), analysed.
load_corpus() {
	psql -c "CREATE EXTENSION IF NOT EXISTS article_analysis" \
	     -c "DROP TABLE IF EXISTS $1" \
	     -c "CREATE TABLE $1 (id int, body text)"
	python3 test/bench_corpus.py copy "$2" | psql -c "COPY $1 (id, body) FROM STDIN"
	psql -c "VACUUM ANALYZE $1"
}
