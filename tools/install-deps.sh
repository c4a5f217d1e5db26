#!/bin/sh
# Installs every Debian 12 package aliasgate needs to build, test, demo and package.
# Idempotent: asks apt only for what is missing, so a warm machine costs nothing.
set -eu

PKGS="build-essential meson ninja-build pkg-config ccache clang libclang-rt-14-dev
libetpan-dev libssl-dev libpcre2-dev libconfig-dev libsystemd-dev libdpkg-perl
libsasl2-modules ca-certificates openssl
dovecot-imapd python3-aiosmtpd python3 procps psmisc
scdoc debhelper dpkg-dev lintian fakeroot systemd git rsync"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
