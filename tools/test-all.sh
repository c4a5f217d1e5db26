#!/bin/bash
# Installs what is needed, builds, and runs every test aliasgate has:
#   1. unit, corpus, lint and integration suites (gcc, crash points compiled in);
#   2. unit, corpus and lint again under AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. tools/bench-peers at smoke size (AG_BENCH_FULL=1 for full size);
#   4. every libFuzzer target for FUZZ_SECONDS (default 30) under ASan/UBSan (clang),
#      two at a time;
#   5. the Debian package, lintian, systemd-analyze and the installed tools;
#   (the builds of 2 and 4 run at nice 19 while the tests of 1 run, and 5 at nice 10
#   while the fuzzers of 4 run).
# CI (.ci/run) calls exactly this. The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
top=$PWD
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
# Slow suites at full scale only when asked: FUZZ_SECONDS=3600, AG_KILL_MESSAGES=1000
# AG_KILL_KILLS=60 (the kill -9 loop, with Dovecot and sink kills from 1000 messages).
PY=/usr/bin/python3 # Debian's python sees python3-aiosmtpd; a pyenv one may not
export CCACHE_DIR=${CCACHE_DIR:-$top/.ccache}

tools/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
note() { printf '\n=== %s (at %d s)\n' "$*" "$SECONDS"; }
count_meson() { # count_meson LOG.json: add its results to the totals
	local p f
	read -r p f < <("$PY" - "$1" <<'PYEOF'
import json, sys
p = f = 0
try:
    for line in open(sys.argv[1]):
        t = json.loads(line)
        if t["result"] == "OK":
            p += 1
        else:                      # FAIL, TIMEOUT, ERROR and SKIP alike: a skip is no pass
            f += 1
            print("  not ok:", t["name"], t["result"], file=sys.stderr)
except FileNotFoundError:
    f = 1
print(p, f)
PYEOF
	)
	passed=$((passed + p))
	failed=$((failed + f))
}
setup() { # setup DIR [meson options...]: configure once, reconfigure if it exists
	local dir=$1
	shift
	if [ -f "$dir/build.ninja" ]; then
		meson setup --reconfigure "$dir" "$@" >/dev/null
	else
		meson setup "$dir" "$@" >/dev/null
	fi
}

# The sanitizer and fuzzing builds compile at the lowest priority while the tests of the
# first build run: those mostly wait on Dovecot, the sink and timeouts, and keep the CPU
# when they want it. Their results are read below, in order.
bg_builds() {
	{ setup build-asan -Db_sanitize=address,undefined -Db_lundef=false -Dintegration=false &&
		nice -n 19 ninja -C build-asan && echo ok >build-logs/asan.ok; } >build-logs/asan.log 2>&1
	{ CC=clang setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false \
		-Dintegration=false -Dman=disabled &&
		nice -n 19 ninja -C build-fuzz && echo ok >build-logs/fuzz.ok; } >build-logs/fuzz.log 2>&1
}

note "build (gcc, fault injection on)"
mkdir -p build-logs
rm -f build-logs/asan.ok build-logs/fuzz.ok
if setup build-test -Dfault_injection=true && ninja -C build-test; then
	bg_builds &
	bg=$!
	note "unit, corpus, lint"
	meson test -C build-test --print-errorlogs --num-processes 2 \
		--suite unit --suite corpus --suite lint --logbase fast
	count_meson build-test/meson-logs/fast.json
	note "integration (real Dovecot and SMTP sink on loopback)"
	meson test -C build-test --print-errorlogs --num-processes 2 --suite integration \
		--logbase integration
	count_meson build-test/meson-logs/integration.json
	wait "$bg"
else
	echo "build failed"
	failed=$((failed + 1))
	bg_builds
fi

# The sanitizer build runs the same unit, corpus and lint tests again; they are the
# same tests, so the run counts once (one pass or one fail) and is listed on its own.
note "sanitizers (ASan + UBSan)"
asan="not run"
if [ -f build-logs/asan.ok ] || { tail -40 build-logs/asan.log; false; }; then
	meson test -C build-asan --print-errorlogs --num-processes 2 \
		--suite unit --suite corpus --suite lint --logbase asan
	saved_p=$passed saved_f=$failed
	count_meson build-asan/meson-logs/asan.json
	asan="$((passed - saved_p)) passed, $((failed - saved_f)) failed"
	if [ "$failed" -gt "$saved_f" ]; then
		passed=$saved_p failed=$((saved_f + 1))
	else
		passed=$((saved_p + 1)) failed=$saved_f
	fi
else
	echo "sanitizer build failed"
	failed=$((failed + 1))
fi

# The peer benchmark at smoke size: the rules translated for Rspamd and SpamAssassin,
# both peers and aliasgate scanning the same messages, the drain beside fetchmail and
# the EXISTS-to-250 probe all run, so the harness behind the README's Speed figures
# cannot rot. A benchmark asserts no speed; AG_BENCH_FULL=1 runs it at full size.
note "benchmark smoke (tools/bench-peers)"
bench_size=--smoke
[ -n "${AG_BENCH_FULL:-}" ] && bench_size=""
if "$PY" tools/bench-peers $bench_size --build build-test >build-test/bench-peers.log 2>&1 &&
	grep -q '^mix ' build-test/bench-peers.log && grep -q '^drain fetchmail' build-test/bench-peers.log; then
	cat build-test/bench-peers.log
	echo "PASS: bench-peers"
	passed=$((passed + 1))
else
	tail -30 build-test/bench-peers.log
	echo "FAIL: bench-peers"
	failed=$((failed + 1))
fi

# The package is built and installed into a fresh root (tests/packaging) at nice 10
# while the fuzzers run: its download and unpacking mostly wait on I/O.
pkg=""
if [ -x tests/packaging/run-packaging.sh ]; then
	mkdir -p build-test
	nice -n 10 tests/packaging/run-packaging.sh >build-test/packaging.log 2>&1 &
	pkg=$!
fi

note "fuzzing (${FUZZ_SECONDS}s per target)"
if [ -f build-logs/fuzz.ok ] || { tail -40 build-logs/fuzz.log; false; }; then
	# Two targets at a time, one per core: each still gets FUZZ_SECONDS of its own.
	fuzz_one() { # fuzz_one NAME: runs one target; its exit status goes to $work/rc
		local name=$1 work=build-fuzz/fuzz-work/$1 seeds=()
		mkdir -p "$work/corpus"
		[ -d "tests/fuzz/seeds/$name" ] && seeds+=("tests/fuzz/seeds/$name")
		[ -d "tests/fuzz/crashers/$name" ] && seeds+=("tests/fuzz/crashers/$name")
		"build-fuzz/tests/fuzz/fuzz-$name" -max_total_time="$FUZZ_SECONDS" -timeout=10 \
			-rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
			-artifact_prefix="$work/" "$work/corpus" "${seeds[@]}" >"$work/log" 2>&1
		echo $? >"$work/rc"
	}
	names=()
	fpids=()
	for fz in build-fuzz/tests/fuzz/fuzz-*; do
		[ -f "$fz" ] && [ -x "$fz" ] || continue
		name=${fz##*/fuzz-}
		names+=("$name")
		rm -f "build-fuzz/fuzz-work/$name/rc"
		fuzz_one "$name" &
		fpids+=($!)
		while :; do # at most two fuzzers at a time (the package build is not one)
			alive=()
			for pid in "${fpids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
			[ "${#alive[@]}" -lt 2 ] && break
			wait -n "${alive[@]}"
		done
	done
	wait "${fpids[@]}" 2>/dev/null
	for name in "${names[@]}"; do
		work=build-fuzz/fuzz-work/$name
		if [ "$(cat "$work/rc" 2>/dev/null)" = 0 ]; then
			echo "PASS: fuzz-$name ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$') runs)"
			passed=$((passed + 1))
		else
			echo "FAIL: fuzz-$name (see $work/log)"
			tail -40 "$work/log"
			failed=$((failed + 1))
		fi
	done
else
	echo "fuzz build failed"
	failed=$((failed + 1))
fi

if [ -n "$pkg" ]; then
	note "packaging (started with the fuzzers)"
	wait "$pkg"
	cat build-test/packaging.log
	p=$(grep -c '^PASS:' build-test/packaging.log)
	f=$(grep -c '^FAIL:' build-test/packaging.log)
	[ "$p" -eq 0 ] && [ "$f" -eq 0 ] && f=1
	passed=$((passed + p))
	failed=$((failed + f))
fi

echo
echo "sanitizer run (counted as one test above): $asan"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
