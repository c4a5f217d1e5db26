#!/bin/sh
# Installs every Debian 12 package aliasgate needs to build, test, demo and package.
# Idempotent: asks apt only for what is missing, so a warm machine costs nothing and
# prints nothing. Works as root on a fresh Debian 12 with apt alone (sudo otherwise).
#
# The tests start their own private Dovecot, Postfix and Rspamd instances on loopback,
# so the system services that come with dovecot-imapd, postfix and rspamd must not hold
# ports 143, 993, 25 and 11332-11334: they are stopped and disabled after installing
# (and on any later run that finds them enabled or running again).
set -eu

PKGS="build-essential meson ninja-build pkg-config ccache clang clang-format libclang-rt-14-dev
libetpan-dev libssl-dev libpcre2-dev libconfig-dev libsystemd-dev libdpkg-perl
libicu-dev libmicrohttpd-dev
libsasl2-modules ca-certificates openssl
dovecot-imapd postfix python3-aiosmtpd python3 procps psmisc
scdoc debhelper dpkg-dev lintian fakeroot systemd git rsync mmdebstrap
rspamd spamassassin fetchmail"

# Hyperscan (the rules prefilter, lib/policy/prefilter.c) exists for amd64 only;
# elsewhere aliasgate builds with PCRE2 alone (meson option hyperscan=auto).
if [ "$(dpkg --print-architecture)" = amd64 ]; then
	PKGS="$PKGS libhyperscan-dev"
fi

# rspamd, spamassassin and fetchmail are the peers of tools/bench-peers (the README's
# Speed figures); aliasgate never runs them.

# System services that the packages above bring and that the tests must not meet.
SERVICES="dovecot postfix rspamd"

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	echo "install-deps: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	# Postfix asks how to configure itself; the tests configure private instances.
	echo "postfix postfix/main_mailer_type select No configuration" |
		$SUDO debconf-set-selections
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	$SUDO apt-get install -y -qq --no-install-recommends \
		-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
		$missing >/dev/null
fi

# Stop and disable the system Dovecot and Postfix. Quiet when already done.
booted=false
[ -d /run/systemd/system ] && booted=true
for s in $SERVICES; do
	units=""
	for u in "$s.socket" "$s.service"; do
		[ -e "/lib/systemd/system/$u" ] && units="$units $u"
	done
	[ -n "$units" ] || [ -e "/etc/init.d/$s" ] || continue
	running=false
	enabled=false
	for u in $units; do
		if $booted && systemctl -q is-active "$u" 2>/dev/null; then running=true; fi
		systemctl -q is-enabled "$u" 2>/dev/null && enabled=true
	done
	# Without systemd: the system instance's own pid file (the tests' private
	# instances keep theirs elsewhere, so they are never taken for it).
	if ! $booted; then
		case $s in
		dovecot) pidfile=/run/dovecot/master.pid ;;
		postfix) pidfile=/var/spool/postfix/pid/master.pid ;;
		rspamd) pidfile=/run/rspamd/rspamd.pid ;;
		esac
		if [ -s "$pidfile" ] && kill -0 "$(head -1 "$pidfile" | tr -d ' ')" 2>/dev/null; then
			running=true
		fi
	fi
	# Without systemd as PID 1, sysv start links are what a boot would use.
	ls /etc/rc[2345].d/S*"$s" >/dev/null 2>&1 && enabled=true
	$running || $enabled || continue
	echo "install-deps: stopping and disabling the system $s (tests run their own)"
	if $running; then
		if $booted; then
			# shellcheck disable=SC2086
			$SUDO systemctl stop $units
		else
			$SUDO "/etc/init.d/$s" stop >/dev/null 2>&1 || true
		fi
	fi
	if $enabled; then
		# Works offline too: without systemd running it also removes the sysv links.
		# shellcheck disable=SC2086
		$SUDO systemctl disable -q $units >/dev/null 2>&1 ||
			$SUDO update-rc.d "$s" disable >/dev/null 2>&1 || true
	fi
done
