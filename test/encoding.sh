#!/bin/sh
# `make test-encoding`, inside pg_virtualenv: in a database whose encoding is
# not UTF8 the extraction functions refuse to run, with a clear message and
# SQLSTATE 0A000 (feature_not_supported), rather than return wrong offsets;
# the quote type's own I/O still works there or fails cleanly.
set -eu
fail=0
bin=$(mktemp)	# the binary COPY file, the client's
trap 'rm -f "$bin"' EXIT

check() {	# check NAME EXPECTED ACTUAL
	case "$3" in
		*"$2"*) echo "ok: $1" ;;
		*) echo "FAIL: $1: expected \"$2\", got: $3" >&2; fail=1 ;;
	esac
}

# psql with terse errors that show the SQLSTATE: "ERROR:  0A000: message"
q() {	# q DB SQL
	psql -X -q -At -d "$1" -v VERBOSITY=verbose -c "$2" 2>&1 | grep -v '^LOCATION:' || true
}

for enc in LATIN1 SQL_ASCII; do
	db="aa_$(echo $enc | tr 'A-Z' 'a-z')"
	psql -X -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db" \
		-c "CREATE DATABASE $db ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
	check "$enc: database encoding" "$enc" "$(q $db 'SHOW server_encoding')"
	q $db 'CREATE EXTENSION article_analysis' >/dev/null
	check "$enc: CREATE EXTENSION" "article_analysis" "$(q $db "SELECT extname FROM pg_extension WHERE extname = 'article_analysis'")"

	for fn in extract_quotes extract_denials extract_speakers; do
		out=$(q $db "SELECT count(*) FROM $fn('\"We will win,\" Smith said.')")
		check "$enc: $fn refused" "ERROR:  0A000: article_analysis requires a UTF8 database" "$out"
		check "$enc: $fn detail" "DETAIL:  The database encoding is $enc." "$out"
		check "$enc: $fn hint" "HINT:  Create the database with ENCODING 'UTF8'." "$out"
	done
	# NULL input: the functions are STRICT, so no error and no row
	check "$enc: NULL input" "0" "$(q $db 'SELECT count(*) FROM extract_quotes(NULL)')"

	# The type works in any server encoding: ASCII round trip ...
	lit='kind=direct span=[1,4) content="abc" speaker="Smith" mention=NULL role=NULL cue="said" is_denial=false denied=NULL confidence=0.5'
	check "$enc: quote text round trip" "t" "$(q $db "SELECT '$lit'::quote::text::quote = '$lit'::quote")"
	check "$enc: quote accessors" "Smith|said" "$(q $db "SELECT speaker(q) || '|' || cue(q) FROM (SELECT '$lit'::quote q) s")"
	check "$enc: quote jsonb" "abc" "$(q $db "SELECT ('$lit'::quote)::jsonb->>'content'")"
	# ... spans count characters of the database encoding: é is one character in LATIN1
	out=$(q $db "SELECT length(content(q)) FROM (SELECT format('kind=direct span=[1,5) content=\"%s\" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'caf' || chr(233))::quote q) s")
	if [ $enc = LATIN1 ]; then
		check "$enc: non-ASCII content, 4 characters" "4" "$out"
		# binary COPY round trip (the binary form is in the client encoding)
		q $db "CREATE TABLE t (q quote); INSERT INTO t SELECT format('kind=direct span=[1,5) content=\"%s\" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5', 'caf' || chr(233))::quote" >/dev/null
		psql -X -q -d $db -c "\\copy t TO '$bin' WITH (FORMAT binary)"
		psql -X -q -d $db -c "\\copy t FROM '$bin' WITH (FORMAT binary)"
		check "$enc: binary COPY round trip" "1" "$(q $db 'SELECT count(DISTINCT q) FROM t')"
		check "$enc: binary COPY content" "t" "$(q $db "SELECT bool_and(content(q) = 'caf' || chr(233)) FROM t")"
	else
		# SQL_ASCII has no multibyte characters: each high byte is one character
		out=$(q $db "SELECT length(content(q)) FROM (SELECT ('kind=direct span=[1,5) content=\"caf' || convert_from('\\xe9', 'SQL_ASCII') || '\" speaker=NULL mention=NULL role=NULL cue=NULL is_denial=false denied=NULL confidence=0.5')::quote q) s")
		check "$enc: high bytes are single characters" "4" "$out"
	fi
	# malformed input is still a clean 22P02
	check "$enc: malformed literal" "ERROR:  22P02: invalid input syntax for type quote" "$(q $db "SELECT 'kind=quoted'::quote")"
	psql -X -q -c "DROP DATABASE $db"
done

[ $fail = 0 ] && echo "encodings: ok"
exit $fail
