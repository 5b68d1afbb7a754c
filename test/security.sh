#!/bin/sh
# `make test-security`, inside pg_virtualenv (as its superuser):
#  1. the extension is trusted: a role that is not a superuser but has CREATE
#     on a database installs it and uses it;
#  2. objects planted where the install script might look (the target schema,
#     a schema earlier in the session's search_path, pg_temp) capture nothing:
#     the script runs as the bootstrap superuser, so a capture would be a
#     privilege escalation;
#  3. the extension's objects reach each other by OID (type I/O, cast,
#     operator classes), so a hostile search_path at query time does not
#     change DISTINCT, GROUP BY, ORDER BY, indexes or casts;
#  4. pg_dump / pg_restore round trip of quote and quote[] columns, restored
#     by the non-superuser.
set -eu
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1" >&2; fail=1; }
expect() {	# expect NAME WANT GOT
	if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: want \"$2\", got \"$3\""; fi
}
su_sql() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
as() {	# as ROLE DB SQL...: run as a non-superuser, errors to stdout
	role=$1 db=$2; shift 2
	PGUSER=$role PGPASSWORD=aa_test psql -X -q -At -d "$db" "$@" 2>&1 || true
}

su_sql -c "DROP DATABASE IF EXISTS aa_sec" -c "DROP DATABASE IF EXISTS aa_sec2" \
	-c "DROP ROLE IF EXISTS aa_alice" -c "DROP ROLE IF EXISTS aa_mallory"
# pg_virtualenv connects over TCP with passwords
su_sql -c "CREATE ROLE aa_alice LOGIN PASSWORD 'aa_test'" -c "CREATE ROLE aa_mallory LOGIN PASSWORD 'aa_test'" \
	-c "CREATE DATABASE aa_sec" -c "GRANT CREATE ON DATABASE aa_sec TO aa_alice, aa_mallory"

expect "control file says trusted" "t" \
	"$(su_sql -c "SELECT trusted FROM pg_available_extension_versions WHERE name = 'article_analysis'")"
expect "aa_alice is not a superuser" "f" "$(su_sql -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'aa_alice'")"

# Plants, by the non-superusers themselves.  Every plant that runs writes to
# a log table anyone may insert into, so a capture shows up there.
su_sql -d aa_sec -c "CREATE TABLE public.captured (what text); GRANT INSERT, SELECT ON public.captured TO PUBLIC"
as aa_mallory aa_sec -v ON_ERROR_STOP=1 <<'SQL'
CREATE SCHEMA evil;
GRANT USAGE ON SCHEMA evil TO PUBLIC;
-- Type names the script uses without a schema.  (Selectivity estimators
-- such as eqsel take internal, which no SQL or PL/pgSQL function of a
-- non-superuser may, so those cannot be planted at all.)
CREATE FUNCTION evil.quote_in(text) RETURNS text
	LANGUAGE sql AS $$ INSERT INTO public.captured VALUES ('evil.quote_in'); SELECT $1 $$;
CREATE DOMAIN evil.jsonb AS text;
CREATE DOMAIN evil.int4range AS text;
CREATE DOMAIN evil.int4 AS bigint;
CREATE DOMAIN evil.cstring AS text;
SQL
# aa_alice plants in the schema she installs into (the dangerous case for
# a trusted extension) and in pg_temp.
out=$(as aa_alice aa_sec -v ON_ERROR_STOP=1 <<'SQL'
CREATE SCHEMA aa;
-- overloads of names the script gives (with other argument types)
CREATE FUNCTION aa.quote_in(text) RETURNS text
	LANGUAGE sql AS $$ INSERT INTO public.captured VALUES ('aa.quote_in'); SELECT $1 $$;
CREATE FUNCTION aa.quote_to_jsonb(text) RETURNS jsonb
	LANGUAGE sql AS $$ INSERT INTO public.captured VALUES ('aa.quote_to_jsonb'); SELECT '{}'::jsonb $$;
CREATE FUNCTION aa.quote_cmp(text, text) RETURNS int
	LANGUAGE sql AS $$ INSERT INTO public.captured VALUES ('aa.quote_cmp'); SELECT 0 $$;
CREATE DOMAIN aa.jsonb AS text;
CREATE DOMAIN aa.int4range AS text;
CREATE DOMAIN aa.bytea AS text;
CREATE TEMP TABLE jsonb (x int);
SET search_path = evil, aa, public;
CREATE EXTENSION article_analysis SCHEMA aa;
GRANT USAGE ON SCHEMA aa TO PUBLIC;
SELECT extname || ' ' || extnamespace::regnamespace FROM pg_extension WHERE extname = 'article_analysis';
SQL
)
expect "aa_alice installs the trusted extension in her schema" "article_analysis aa" "$out"
expect "aa_alice is still not a superuser" "f" "$(su_sql -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'aa_alice'")"
expect "objects owned by the bootstrap superuser" "t" \
	"$(su_sql -d aa_sec -c "SELECT bool_and(p.proowner = 10) FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'article_analysis'")"
expect "no SECURITY DEFINER function" "0" \
	"$(su_sql -d aa_sec -c "SELECT count(*) FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass JOIN pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'article_analysis' AND p.prosecdef")"
expect "= estimates with pg_catalog.eqsel and eqjoinsel" "t" \
	"$(su_sql -d aa_sec -c "SELECT oprrest = 'pg_catalog.eqsel'::regproc AND oprjoin = 'pg_catalog.eqjoinsel'::regproc FROM pg_operator WHERE oprname = '=' AND oprleft = 'aa.quote'::regtype")"
expect "every operator's estimators in pg_catalog" "0" \
	"$(su_sql -d aa_sec -c "SELECT count(*) FROM pg_operator o JOIN pg_proc p ON p.oid IN (o.oprrest, o.oprjoin) WHERE o.oprleft = 'aa.quote'::regtype AND p.pronamespace <> 'pg_catalog'::regnamespace")"
expect "commutators and negators are ours" "0" \
	"$(su_sql -d aa_sec -c "SELECT count(*) FROM pg_operator o JOIN pg_operator c ON c.oid IN (o.oprcom, o.oprnegate) WHERE o.oprleft = 'aa.quote'::regtype AND (c.oprnamespace <> 'aa'::regnamespace OR c.oprleft <> 'aa.quote'::regtype OR c.oprcode = 0)")"
expect "cast to pg_catalog.jsonb" "jsonb aa.quote_to_jsonb" \
	"$(su_sql -d aa_sec -c "SELECT casttarget::regtype::text || ' ' || castfunc::regproc::text FROM pg_cast WHERE castsource = 'aa.quote'::regtype")"
expect "span returns pg_catalog.int4range" "int4range" \
	"$(su_sql -d aa_sec -c "SELECT prorettype::regtype::text FROM pg_proc WHERE oid = 'aa.span(aa.quote)'::regprocedure")"
expect "send returns pg_catalog.bytea" "bytea" \
	"$(su_sql -d aa_sec -c "SELECT prorettype::regtype::text FROM pg_proc WHERE oid = 'aa.quote_send(aa.quote)'::regprocedure")"
expect "opclasses use our operators" "0" \
	"$(su_sql -d aa_sec -c "SELECT count(*) FROM pg_amop a JOIN pg_opfamily f ON f.oid = a.amopfamily JOIN pg_operator o ON o.oid = a.amopopr WHERE f.opfnamespace = 'aa'::regnamespace AND o.oprnamespace <> 'aa'::regnamespace")"
expect "opclasses use our support functions" "0" \
	"$(su_sql -d aa_sec -c "SELECT count(*) FROM pg_amproc a JOIN pg_opfamily f ON f.oid = a.amprocfamily JOIN pg_proc p ON p.oid = a.amproc WHERE f.opfnamespace = 'aa'::regnamespace AND p.pronamespace <> 'aa'::regnamespace")"
expect "no planted function ran during the install" "0" "$(su_sql -d aa_sec -c "SELECT count(*) FROM public.captured")"

# Query time: mallory plants look-alikes of our names for the quote type.
out=$(as aa_mallory aa_sec -v ON_ERROR_STOP=1 <<'SQL'
CREATE FUNCTION evil.kind(aa.quote) RETURNS text
	LANGUAGE sql AS $$ INSERT INTO public.captured VALUES ('evil.kind'); SELECT 'hijacked'::text $$;
CREATE FUNCTION evil.always(aa.quote, aa.quote) RETURNS boolean
	LANGUAGE sql AS $$ INSERT INTO public.captured VALUES ('evil.='); SELECT true $$;
CREATE OPERATOR evil.= (LEFTARG = aa.quote, RIGHTARG = aa.quote, PROCEDURE = evil.always);
CREATE OPERATOR evil.< (LEFTARG = aa.quote, RIGHTARG = aa.quote, PROCEDURE = evil.always);
CREATE FUNCTION evil.quote_to_jsonb(aa.quote) RETURNS jsonb
	LANGUAGE sql AS $$ INSERT INTO public.captured VALUES ('evil.quote_to_jsonb'); SELECT '{}'::jsonb $$;
SQL
)
expect "mallory plants look-alikes for query time" "" "$out"
out=$(as aa_alice aa_sec <<'SQL'
SET search_path = evil, aa, public;
CREATE TABLE aa.t (id int, q aa.quote);
INSERT INTO aa.t SELECT i % 50, q FROM generate_series(1, 200) i,
	aa.extract_quotes(format('“We will win number %s,” Smith said.', i % 50)) q;
CREATE INDEX ON aa.t (q);
SELECT count(DISTINCT q), (SELECT count(*) FROM (SELECT q FROM aa.t GROUP BY q) s),
       (SELECT count(*) FROM (SELECT DISTINCT q FROM aa.t ORDER BY q) s)
FROM aa.t;
SET enable_seqscan = off;
SELECT count(*) FROM aa.t WHERE q OPERATOR(aa.=) (SELECT q FROM aa.t WHERE id = 7 LIMIT 1);
SELECT (q::jsonb)->>'content' FROM aa.t WHERE id = 7 LIMIT 1;
SELECT aa.kind(q) FROM aa.t LIMIT 1;
SELECT count(*) FROM public.captured;
SQL
)
expect "hostile search_path: DISTINCT, GROUP BY, ORDER BY, index, cast, qualified calls" \
	"$(printf '50|50|50\n4\nWe will win number 7,\ndirect\n0')" "$out"
# An unqualified call does follow the caller's search_path: that is
# PostgreSQL's rule, not a hole in the extension (see README, Security).
out=$(as aa_alice aa_sec -c "SET search_path = evil, aa, public" -c "SELECT kind(q) FROM aa.t LIMIT 1")
expect "unqualified kind() follows the caller's search_path (documented)" "hijacked" "$out"
su_sql -d aa_sec -c "TRUNCATE public.captured"
as aa_mallory aa_sec -q -c "DROP SCHEMA evil CASCADE" >/dev/null

# pg_dump / pg_restore: quote and quote[] columns, restored by aa_alice into
# a database she owns (possible because the extension is trusted).
as aa_alice aa_sec -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
CREATE TABLE aa.dumped (id int PRIMARY KEY, q aa.quote, qs aa.quote[]);
INSERT INTO aa.dumped
SELECT i, (SELECT q FROM aa.extract_quotes(body) q LIMIT 1),
       ARRAY(SELECT q FROM aa.extract_quotes(body) q)
FROM generate_series(1, 100) i,
     LATERAL (SELECT format(E'“Part %s,” Smith said.\n\n“Then “nested \\\\ \"marks\"”,” he added, “in %s.”', i, i) AS body) b;
INSERT INTO aa.dumped VALUES (0, NULL, '{}'), (-1, NULL, NULL);
SQL
before=$(su_sql -d aa_sec -c "SELECT md5(string_agg(id || ':' || coalesce(q::text, '-') || ':' || coalesce(qs::text, '-'), ';' ORDER BY id)) FROM aa.dumped")
dump=$(mktemp /tmp/aa_sec.XXXXXX)
chmod 644 "$dump"
PGUSER=aa_alice PGPASSWORD=aa_test pg_dump -Fc -d aa_sec -f "$dump" 2>&1 | grep -v "^$" || true
su_sql -c "CREATE DATABASE aa_sec2 OWNER aa_alice"
restore_out=$(PGUSER=aa_alice PGPASSWORD=aa_test pg_restore -d aa_sec2 --no-owner "$dump" 2>&1 || true)
[ -z "$restore_out" ] || echo "$restore_out"
after=$(su_sql -d aa_sec2 -c "SELECT md5(string_agg(id || ':' || coalesce(q::text, '-') || ':' || coalesce(qs::text, '-'), ';' ORDER BY id)) FROM aa.dumped")
expect "pg_dump/pg_restore round trip of quote and quote[] (same text)" "$before" "$after"
expect "restored values compare equal" "t" \
	"$(su_sql -d aa_sec2 -c "SELECT bool_and(q OPERATOR(aa.=) (SELECT q FROM aa.extract_quotes(format(E'“Part %s,” Smith said.', id)) q LIMIT 1)) FROM aa.dumped WHERE id BETWEEN 1 AND 100")"
expect "restored arrays" "300" "$(su_sql -d aa_sec2 -c "SELECT sum(cardinality(qs)) FROM aa.dumped")"
rm -f "$dump"

su_sql -c "DROP DATABASE aa_sec" -c "DROP DATABASE aa_sec2" -c "DROP ROLE aa_alice" -c "DROP ROLE aa_mallory"
[ $fail = 0 ] && echo "security: ok"
exit $fail
