#!/bin/sh
# The main job on a bundled local mail stack: installs what is needed, builds, starts a
# private Dovecot and SMTP sink on 127.0.0.1, puts sample seller mail into the watch
# folder, runs `aliasgated --once` over it and prints what happened to each message.
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
if [ -f build/build.ninja ]; then :; else meson setup build >/dev/null; fi
ninja -C build >/dev/null
exec /usr/bin/python3 tools/demo.py build/daemon/aliasgated rules
