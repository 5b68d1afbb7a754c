#!/bin/sh
# Make sure the machine has what building and testing need: PostgreSQL 15
# with its server headers, and PCRE2; with the argument "hardening", also
# clang 14 with its sanitizer and libFuzzer runtimes, and valgrind.  As root,
# install what is missing from Debian; otherwise say what to install.
set -e
need=""
if [ "${1:-}" = hardening ]; then
	command -v clang-14 >/dev/null 2>&1 || need="$need clang-14"
	dpkg -s libclang-rt-14-dev >/dev/null 2>&1 || need="$need libclang-rt-14-dev"
	dpkg -s libfuzzer-14-dev >/dev/null 2>&1 || need="$need libfuzzer-14-dev"
	command -v valgrind >/dev/null 2>&1 || need="$need valgrind"
else
	[ -x /usr/lib/postgresql/15/bin/postgres ] || need="$need postgresql-15"
	# pgxs.mk alone proves nothing: Debian's postgresql-client-15 ships it
	# too, without the server headers that the glue compiles against.
	[ -f /usr/lib/postgresql/15/lib/pgxs/src/makefiles/pgxs.mk ] &&
		[ -f /usr/include/postgresql/15/server/postgres.h ] || need="$need postgresql-server-dev-15"
	command -v pg_virtualenv >/dev/null 2>&1 || need="$need postgresql-common"
	pkg-config --exists libpcre2-8 2>/dev/null || need="$need libpcre2-dev"
	command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
	command -v cc >/dev/null 2>&1 || need="$need gcc"
fi
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "missing packages:$need" >&2
	echo "install them with: sudo apt-get install$need" >&2
	exit 1
fi
echo "installing:$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $need make >/dev/null
