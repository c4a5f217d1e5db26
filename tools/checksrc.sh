#!/bin/sh
# checksrc - the curl idea as a few greps: functions we never call, and third-party
# objects that stay in the one module that owns them (after curl's scripts/checksrc.pl).
# Usage: tools/checksrc.sh [SRCROOT]; prints file:line for each finding, exits 1 if any.
set -u
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2
bad=0
report() { # report PATTERN WHY FILES...
	pat=$1
	why=$2
	shift 2
	out=$(grep -nE "$pat" "$@" 2>/dev/null | grep -vE '^[^:]+:[0-9]+:\s*(\*|/\*)')
	if [ -n "$out" ]; then
		printf '%s\n' "$out" | sed "s|\$|   <- $why|"
		bad=1
	fi
}
src=$(ls lib/*/*.c lib/*/*.h daemon/*.c daemon/*.h cli/*.c 2>/dev/null)
if [ -z "$src" ]; then
	echo "checksrc: no sources found under $root" >&2
	exit 2
fi
# shellcheck disable=SC2086
report '\b(sprintf|vsprintf|strcpy|strcat|gets|strtok|atoi|atol|system|tmpnam)\s*\(' \
	'banned function' $src
# shellcheck disable=SC2086
report '(^|[^:])//' 'C++ comment' $src
# libetpan's MIME parser stays in message.c; PCRE2 in ruleset.c/policy.c (and notice.c,
# the notices.list patterns); OpenSSL's TLS
# in conn.c.
others=$(echo "$src" | tr ' ' '\n' | grep -vE '^lib/mail/(message|prescan)\.c$')
# shellcheck disable=SC2086
report '\bmailmime_[a-z_]+\s*\(' 'libetpan outside message.c' $others
others=$(echo "$src" | tr ' ' '\n' | grep -vE '^lib/policy/(ruleset|policy|rule|notice)\.[ch]$')
# shellcheck disable=SC2086
report '\bpcre2_[a-z_0-9]+\s*\(' 'PCRE2 outside ruleset.c/policy.c/notice.c' $others
others=$(echo "$src" | tr ' ' '\n' | grep -vE '^lib/net/conn\.[ch]$')
# shellcheck disable=SC2086
report '\bSSL_[a-zA-Z_]+\s*\(' 'OpenSSL TLS outside conn.c' $others
# libmicrohttpd (the metrics endpoint) in metrics.c.
others=$(echo "$src" | tr ' ' '\n' | grep -vE '^daemon/metrics\.c$')
# shellcheck disable=SC2086
report '\bMHD_[a-z_]+\s*\(' 'libmicrohttpd outside metrics.c' $others
exit $bad
