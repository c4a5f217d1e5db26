#!/bin/bash
# Packaging checks (issue 5): build the .deb from a scratch copy of the tree, lintian,
# systemd-analyze verify and security, install into a scratch root with dpkg -x, and
# run the installed aliasgate there. Prints PASS:/FAIL: lines; exits 1 on any FAIL.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/ag-pkg-XXXXXX)
trap 'rm -rf "$work"' EXIT
fails=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

src=$work/aliasgate-0.1.0
mkdir -p "$src"
(cd "$top" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$src"
# The documented step: debian/ lives in packaging/debian.
ln -s packaging/debian "$src/debian"

if (cd "$src" && dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1); then
	pass "dpkg-buildpackage -us -uc -b"
else
	fail "dpkg-buildpackage (last lines follow)"
	tail -30 "$work/build.log"
	echo "$fails failed"
	exit 1
fi
deb=$(ls "$work"/aliasgate_*.deb | head -1)

lintian --no-tag-display-limit "$deb" >"$work/lintian.log" 2>&1
if grep -q '^E:' "$work/lintian.log"; then
	fail "lintian reports errors"
	grep '^E:' "$work/lintian.log"
else
	pass "lintian: no errors ($(grep -c '^W:' "$work/lintian.log") warnings)"
fi

root=$work/root
dpkg -x "$deb" "$root" && pass "dpkg -x into a scratch root" || fail "dpkg -x"

for unit in aliasgated.service aliasgated@.service; do
	f=$root/lib/systemd/system/$unit
	[ -f "$f" ] || f=$root/usr/lib/systemd/system/$unit
	# Verify with the executables pointing into the scratch root, so the check of
	# ExecStart= and friends sees the packaged binary.
	mkdir -p "$work/units"
	sed "s|/usr/sbin/aliasgated|$root/usr/sbin/aliasgated|g" "$f" >"$work/units/$unit"
	name=$unit
	[ "$unit" = aliasgated@.service ] && name=aliasgated@demo.service
	if out=$(cd "$work/units" && systemd-analyze verify --man=no "$work/units/$name" 2>&1) &&
		[ -z "$out" ]; then
		pass "systemd-analyze verify $unit"
	else
		fail "systemd-analyze verify $unit: $out"
	fi
	level=$(systemd-analyze security --offline=true "$f" 2>/dev/null |
		sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
	if [ -n "$level" ] && awk "BEGIN{exit !($level <= 2.0)}"; then
		pass "systemd-analyze security $unit: exposure $level <= 2.0"
	else
		fail "systemd-analyze security $unit: exposure '${level:-?}'"
	fi
	grep -q '^MemoryDenyWriteExecute=' "$f" && fail "$unit sets MemoryDenyWriteExecute (breaks PCRE2 JIT)"
done

rules=$root/usr/share/aliasgate/rules
if "$root/usr/bin/aliasgate" lint "$rules" >"$work/lint.log" 2>&1; then
	pass "installed aliasgate lint $rules: $(tail -1 "$work/lint.log")"
else
	fail "installed aliasgate lint"
	cat "$work/lint.log"
fi
ok_msg=$top/tests/corpus/compliant/001-en-shipped-us-ascii.eml
bad_msg=$top/tests/corpus/links/001-en-links-utf-8.eml
out=$(ALIASGATE_RULES=$rules "$root/usr/bin/aliasgate" check "$ok_msg" "$bad_msg")
rc=$?
if [ $rc -eq 1 ] && grep -q ': pass$' <<<"$out" && grep -q ': reject links.url@links' <<<"$out"; then
	pass "installed aliasgate check with ALIASGATE_RULES"
else
	fail "installed aliasgate check (rc $rc): $out"
fi
for page in man1/aliasgate.1 man5/aliasgate.conf.5 man5/aliasgate.rules.5 man8/aliasgated.8; do
	[ -f "$root/usr/share/man/$page.gz" ] || [ -f "$root/usr/share/man/$page" ] ||
		fail "man page $page missing"
done
[ -f "$root/etc/aliasgate/aliasgate.conf" ] && [ -d "$root/etc/aliasgate/rules.d" ] &&
	pass "configuration and rules.d installed" || fail "configuration layout"
out=$("$root/usr/sbin/aliasgated" -c "$root/etc/aliasgate/aliasgate.conf" --check-config 2>&1)
# The example names a password file that does not exist here: 78 with file:line.
if [ $? -eq 78 ] && grep -q 'aliasgate.conf:[0-9]*:' <<<"$out"; then
	pass "installed aliasgated --check-config reports file:line"
else
	fail "installed aliasgated --check-config: $out"
fi
echo "$fails failed"
[ $fails -eq 0 ]
