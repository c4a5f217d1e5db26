#!/bin/bash
# Packaging checks: build the .deb the documented way (tools/build-deb.sh), lintian,
# then install it with apt into a fresh Debian 12 root made by mmdebstrap from the
# host's own Debian mirror, and check there: the aliasgate user, the directories, the
# installed units (systemd-analyze verify and security), the installed tools, and
# aliasgated --check-config as the aliasgate user with a credential file.
#
#   tests/packaging/run-packaging.sh [BUILDDIR]     (default build-test)
#
# The mmdebstrap tarball is cached in BUILDDIR/packaging-cache/ for 7 days (keyed by
# the mirror lines), so a warm run skips the bootstrap. Needs root (chroot, mounts).
# Prints PASS:/FAIL: lines; exits 1 on any FAIL.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
builddir=${1:-$top/build-test}
case $builddir in /*) ;; *) builddir=$top/$builddir ;; esac
cache=$builddir/packaging-cache
work=$(mktemp -d /tmp/ag-pkg-XXXXXX)
bootpid=""
cleanup() {
	if [ -n "$bootpid" ]; then # mmdebstrap and the subshell that waits for it
		pkill -TERM -P "$bootpid" 2>/dev/null
		kill "$bootpid" 2>/dev/null
		wait "$bootpid" 2>/dev/null
	fi
	# Every mount below lives in a private mount namespace that is gone by now, so
	# nothing of the host can be reached through $work/root.
	rm -rf "$work"
}
trap cleanup EXIT
fails=0
t0=$SECONDS
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
finish() {
	echo "packaging checks took $((SECONDS - t0)) s"
	echo "$fails failed"
	[ $fails -eq 0 ]
	exit
}
export SYSTEMD_COLORS=0 SYSTEMD_URLIFY=0 SYSTEMD_PAGER=cat LC_ALL=C.UTF-8

# --- the fresh root, started in the background while the package builds -------------
# The host's Debian archive sources, whatever their file format: apt itself lists them.
mirrors=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' \
	'Identifier: Packages' 'Origin: Debian' 2>/dev/null |
	awk '$2 ~ /^bookworm(-updates|-security|\/updates)?$/ { c[$1 " " $2] = c[$1 " " $2] " " $3 }
		END { for (k in c) print "deb " k c[k] }' | sort -u)
key=$(printf '%s\n' "$mirrors" | sha256sum | cut -c1-12)
tarball=$cache/bookworm-apt-$key.tar
root=$work/root
mkdir -p "$root"
if [ -z "$mirrors" ]; then
	boot_err="no Debian bookworm source found in the host's apt sources (apt-get indextargets)"
elif ! command -v mmdebstrap >/dev/null; then
	boot_err="mmdebstrap is not installed (tools/install-deps.sh installs it)"
elif [ "$(id -u)" != 0 ]; then
	boot_err="needs root for mmdebstrap, chroot and mounts"
else
	boot_err=""
	if [ -s "$tarball" ] && [ -n "$(find "$tarball" -mtime -7)" ]; then
		boot_how="cached $(basename "$tarball")"
	else
		boot_how="mmdebstrap"
		mkdir -p "$cache"
		rm -rf "$cache"/bookworm-apt-*.tar "$cache"/partial-*.tar
		mapfile -t mirror_args <<<"$mirrors"
		(
			s=$SECONDS
			# The name must end in .tar: mmdebstrap picks the output format by it.
			part=$cache/partial-$$.tar
			mmdebstrap --quiet --variant=apt bookworm "$part" "${mirror_args[@]}" \
				>"$work/mmdebstrap.log" 2>&1 &&
				mv "$part" "$tarball" &&
				echo "$((SECONDS - s))" >"$work/mmdebstrap.secs"
			rc=$?
			rm -rf "$part"
			exit $rc
		) &
		bootpid=$!
	fi
fi

# --- the package -----------------------------------------------------------------------
s=$SECONDS
before=$(cd "$top" && git status --porcelain --ignored=no 2>&1)
# The package's own tests (debian/rules: unit, corpus, lint) are the ones tools/test-all.sh
# ran before this, on the same tree and twice (gcc, sanitizers); CI skips the third run.
# tools/build-deb.sh alone still runs them.
export DEB_BUILD_OPTIONS=${DEB_BUILD_OPTIONS:-nocheck parallel=$(nproc)}
if BUILD_DEB_LOG=$work/build.log "$top/tools/build-deb.sh" "$work/out" >"$work/build-deb.out" 2>&1; then
	pass "tools/build-deb.sh: dpkg-buildpackage -us -uc -b in a scratch copy ($((SECONDS - s)) s)"
else
	fail "tools/build-deb.sh (last lines follow)"
	tail -30 "$work/build-deb.out"
	finish
fi
deb=$(ls "$work"/out/aliasgate_*.deb | head -1)
after=$(cd "$top" && git status --porcelain --ignored=no 2>&1)
if [ "$after" = "$before" ]; then
	pass "the build left git status as it was"
else
	fail "the build changed git status: $(diff <(echo "$before") <(echo "$after"))"
fi

lintian --no-tag-display-limit "$deb" >"$work/lintian.log" 2>&1
if grep -q '^E:' "$work/lintian.log"; then
	fail "lintian reports errors"
	grep '^E:' "$work/lintian.log"
else
	pass "lintian: no errors ($(grep -c '^W:' "$work/lintian.log") warnings)"
fi
postinst=$(dpkg-deb -I "$deb" postinst 2>/dev/null)
if grep -q '^ *systemd-sysusers .*aliasgate.conf' <<<"$postinst" &&
	[ "$(grep -n 'systemd-sysusers' <<<"$postinst" | head -1 | cut -d: -f1)" -lt \
		"$(grep -n 'systemd-tmpfiles' <<<"$postinst" | head -1 | cut -d: -f1)" ]; then
	pass "postinst runs systemd-sysusers before systemd-tmpfiles"
else
	fail "postinst does not run systemd-sysusers before systemd-tmpfiles: $postinst"
fi
if dpkg-deb -c "$deb" | grep -qi gnutls; then
	fail "the package still ships a GnuTLS file: $(dpkg-deb -c "$deb" | grep -i gnutls)"
fi

# --- install into the fresh root ----------------------------------------------------
# inroot CMD...: run CMD in the root with its own /proc (systemd-tmpfiles and
# systemd-analyze need one) in a private mount and pid namespace.
inroot() { unshare --mount --pid --fork --mount-proc="$root/proc" chroot "$root" "$@"; }
# asuser CMD...: the same, as the aliasgate user, with a clean environment.
asuser() {
	unshare --mount --pid --fork --mount-proc="$root/proc" \
		chroot --userspec=aliasgate:aliasgate "$root" \
		env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"
}

if [ -n "$boot_err" ]; then
	fail "fresh Debian root: $boot_err"
	finish
fi
if [ -n "$bootpid" ]; then
	wait "$bootpid"
	rc=$?
	bootpid=""
	if [ $rc -ne 0 ] || [ ! -s "$tarball" ]; then
		fail "mmdebstrap --variant=apt bookworm (exit $rc): $(tail -5 "$work/mmdebstrap.log")"
		finish
	fi
	boot_how="mmdebstrap $(cat "$work/mmdebstrap.secs") s, cached"
fi
s=$SECONDS
tar -C "$root" -xf "$tarball" && cp -L /etc/resolv.conf "$root/etc/resolv.conf" &&
	cp "$deb" "$root/tmp/" || { fail "unpacking the root tarball"; finish; }
if inroot apt-get update -qq >"$work/update.log" 2>&1; then
	:
else
	fail "apt-get update in the fresh root: $(tail -5 "$work/update.log")"
	finish
fi
if inroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Use-Pty=0 \
	"/tmp/${deb##*/}" \
	>"$work/install.log" 2>&1; then
	pass "apt-get install ./${deb##*/} in a fresh bookworm root ($boot_how; update+install $((SECONDS - s)) s)"
else
	fail "apt-get install in the fresh root (last lines follow)"
	tail -30 "$work/install.log"
	finish
fi
if grep -Ei "failed to resolve|^(E|W):|warning" "$work/install.log" | grep -v 'invoke-rc.d: WARNING: No init system and policy-rc.d missing'; then
	fail "apt-get install printed the errors or warnings above"
fi

if out=$(inroot getent passwd aliasgate); then
	pass "getent passwd aliasgate: $out"
else
	fail "getent passwd aliasgate: no such user"
fi
# The state directory holds the journals: the daemon's user only. /etc/aliasgate is
# configuration that root owns and the daemon reads (secrets come as credentials).
for want in "/var/lib/aliasgate aliasgate:aliasgate 700" "/etc/aliasgate root:root 755"; do
	set -- $want
	got=$(inroot stat -c '%F %U:%G %a' "$1" 2>&1)
	if [ "$got" = "directory $2 $3" ]; then
		pass "$1 is a directory $2 mode $3"
	else
		fail "$1: want directory $2 mode $3, got: $got"
	fi
done

for unit in aliasgated.service aliasgated@.service; do
	f=/lib/systemd/system/$unit
	name=$unit
	[ "$unit" = aliasgated@.service ] && name=aliasgated@demo.service
	# In the root, where ExecStart= and User= point to what the package installed; on
	# the host with --root= only if systemd-analyze cannot run in the root.
	if inroot systemd-analyze --version >/dev/null 2>&1; then
		where="in the root"
		out=$(inroot systemd-analyze verify --man=no "$name" 2>&1)
	else
		where="on the host with --root"
		out=$(systemd-analyze verify --man=no --root="$root" "$name" 2>&1)
	fi
	if [ $? -eq 0 ] && [ -z "$out" ]; then
		pass "systemd-analyze verify $name ($where)"
	else
		fail "systemd-analyze verify $name ($where): $out"
	fi
	level=$(inroot systemd-analyze security --offline=true "$f" 2>/dev/null |
		sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
	if [ -n "$level" ] && awk "BEGIN{exit !($level <= 2.0)}"; then
		pass "systemd-analyze security $unit: exposure $level <= 2.0"
	else
		fail "systemd-analyze security $unit: exposure '${level:-?}'"
	fi
	grep -q '^MemoryDenyWriteExecute=' "$root$f" &&
		fail "$unit sets MemoryDenyWriteExecute (breaks PCRE2 JIT)"
	grep -q '^Environment=GNUTLS_' "$root$f" && fail "$unit still sets Environment=GNUTLS_*"
done

# The documented way to hand over secrets: LoadCredential= puts the file, owned by the
# service's user, in $CREDENTIALS_DIRECTORY; the shipped example names brightpeak.secret.
creds=/run/credentials/aliasgated.service
mkdir -p "$root$creds"
printf 'not-a-real-password\n' >"$root$creds/brightpeak.secret"
inroot chown -R aliasgate:aliasgate "$creds"
chmod 0500 "$root$creds"
chmod 0400 "$root$creds/brightpeak.secret"
out=$(asuser CREDENTIALS_DIRECTORY=$creds /usr/sbin/aliasgated \
	-c /etc/aliasgate/aliasgate.conf --check-config 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -q "password_file = \"$creds/brightpeak.secret\"" <<<"$out" &&
	asuser head -c1 "$creds/brightpeak.secret" >/dev/null; then
	pass "aliasgated --check-config as aliasgate, password_file from CREDENTIALS_DIRECTORY: $(tail -1 <<<"$out")"
else
	fail "aliasgated --check-config as aliasgate (rc $rc): $(tail -5 <<<"$out")"
fi
out=$(asuser /usr/sbin/aliasgated -c /etc/aliasgate/aliasgate.conf --check-config 2>&1)
rc=$?
# Without the credential the example's password file does not exist: 78 with file:line.
if [ $rc -eq 78 ] && grep -q 'aliasgate.conf:[0-9]*:' <<<"$out"; then
	pass "aliasgated --check-config without the credential reports file:line (exit 78)"
else
	fail "aliasgated --check-config without the credential (rc $rc): $out"
fi

if out=$(asuser /usr/bin/aliasgate lint /usr/share/aliasgate/rules 2>&1); then
	pass "installed aliasgate lint: $(tail -1 <<<"$out")"
else
	fail "installed aliasgate lint: $out"
fi
cp "$top/tests/corpus/compliant/001-en-shipped-us-ascii.eml" "$root/tmp/ok.eml"
cp "$top/tests/corpus/links/001-en-links-utf-8.eml" "$root/tmp/bad.eml"
chmod 0644 "$root/tmp/ok.eml" "$root/tmp/bad.eml"
out=$(asuser ALIASGATE_RULES=/usr/share/aliasgate/rules /usr/bin/aliasgate check \
	/tmp/ok.eml /tmp/bad.eml)
rc=$?
if [ $rc -eq 1 ] && grep -q ': pass$' <<<"$out" && grep -q ': reject links.url@links' <<<"$out"; then
	pass "installed aliasgate check with ALIASGATE_RULES"
else
	fail "installed aliasgate check (rc $rc): $out"
fi
missing=""
for page in man1/aliasgate.1 man5/aliasgate.conf.5 man5/aliasgate.rules.5 man8/aliasgated.8; do
	[ -f "$root/usr/share/man/$page.gz" ] || [ -f "$root/usr/share/man/$page" ] ||
		missing="$missing $page"
done
[ -z "$missing" ] && pass "man pages installed" || fail "man pages missing:$missing"
[ -f "$root/etc/aliasgate/aliasgate.conf" ] && [ -d "$root/etc/aliasgate/rules.d" ] &&
	pass "configuration and rules.d installed" || fail "configuration layout"
finish
