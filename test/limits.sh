#!/bin/sh
# `make test-limits`, inside pg_virtualenv (not in CI: it builds a 513 MB text
# and needs about 1.5 GB of memory): an article over the engine's limit
# (AA_MAX_TEXT_BYTES, 512 MB) is ERRCODE_PROGRAM_LIMIT_EXCEEDED (54000) with
# the limit in the detail.
set -eu
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS article_analysis"
fail=0
for fn in extract_quotes extract_denials extract_speakers; do
	out=$(psql -X -q -At -v VERBOSITY=verbose \
		-c "SELECT count(*) FROM $fn(repeat('x', 512 * 1024 * 1024 + 1))" 2>&1 || true)
	echo "$out" | grep -v '^LOCATION:'
	case "$out" in
		*"ERROR:  54000: article is too long for quote extraction"*"Articles of at most 536870912 bytes are supported."*) ;;
		*) echo "FAIL: $fn" >&2; fail=1 ;;
	esac
done
# exactly at the limit is accepted (plain text: no quotes)
out=$(psql -X -q -At -c "SELECT count(*) FROM extract_quotes(repeat('x', 512 * 1024 * 1024))" 2>&1 || true)
[ "$out" = 0 ] || { echo "FAIL: 512 MB exactly: $out" >&2; fail=1; }
[ $fail = 0 ] && echo "limits: ok"
exit $fail
