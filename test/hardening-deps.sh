#!/bin/sh
# What the hardening targets need beyond `make test`: clang 14 with its
# sanitizer and libFuzzer runtimes, and valgrind.  As root, install what is
# missing from Debian; otherwise say what to install.
set -e
need=""
command -v clang-14 >/dev/null 2>&1 || need="$need clang-14"
dpkg -s libclang-rt-14-dev >/dev/null 2>&1 || need="$need libclang-rt-14-dev"
dpkg -s libfuzzer-14-dev >/dev/null 2>&1 || need="$need libfuzzer-14-dev"
command -v valgrind >/dev/null 2>&1 || need="$need valgrind"
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "missing packages:$need" >&2
	echo "install them with: sudo apt-get install$need" >&2
	exit 1
fi
echo "installing:$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $need >/dev/null
