#!/bin/bash
# Run by `make installcheck-preload`, inside pg_virtualenv, in a server whose
# postmaster preloads the module (shared_preload_libraries): does a new
# session start with the compiled patterns?  PCRE2 keeps its JIT code in
# anonymous read-write-execute mappings, and nothing else in a backend makes
# any, so a session that has one before its first call inherited the
# postmaster's patterns.  Where the JIT makes no such mapping (another
# platform, or a system that maps its code twice), the check is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

. test/bench_lib.sh				# psql: no psqlrc, quiet, stop on error

maps="SELECT count(*) FROM regexp_split_to_table(pg_read_file('/proc/self/maps'), E'\\n') l WHERE l ~ ' rwxp '"

psql -c "CREATE EXTENSION IF NOT EXISTS article_analysis"
[ "$(psql -At -c "SHOW shared_preload_libraries")" = article_analysis ] || { echo "preload: FAIL, the server does not preload the module"; exit 1; }
# one session: the mappings before any call, a call, the mappings after it
read -r before after < <(psql -At <<SQL | paste -sd' '
$maps;
SELECT count(*) * 0 FROM extract_quotes('"We will win," Jane Doe said. She denied the report, calling it false.') \\g /dev/null
$maps;
SQL
)
if [ "$before" -ge 1 ]; then
	echo "preload: ok, a new session starts with the compiled patterns ($before JIT mappings before its first call, $after after it)"
elif [ "$after" -ge 1 ]; then
	echo "preload: FAIL, the first call compiled the patterns ($after JIT mappings after it, none before)"
	exit 1
else
	echo "preload: skipped, PCRE2's JIT makes no read-write-execute mapping here"
fi
