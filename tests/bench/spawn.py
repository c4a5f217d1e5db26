#!/usr/bin/python3
"""spawn - one `aliasgate check FILE` process per message, the way a mail filter that
forks per message (or a shell loop) runs it: msg/s of whole processes, start-up
included, timed like hyperfine (warm-up runs, then N timed runs; mean and standard
deviation of wall time, and CPU time per process from wait4's rusage, so that other
load on the machine does not count).

Usage: spawn.py ALIASGATE [RULES_DIR] [N] [MESSAGES_DIR]

Configurations: compiled-rules cache warm, and cold (ALIASGATE_NO_CACHE=1: every
process compiles every pattern), each with the Hyperscan prefilter and with PCRE2
alone (ALIASGATE_NO_PREFILTER=1). The messages are the corpus's .eml files, in turn.
A measurement, not a test.
"""
import os
import statistics
import sys
import tempfile
import time


def spawn(argv, env):
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("%s exited %d" % (argv, code))
    return wall, ru.ru_utime + ru.ru_stime


def measure(label, exe, rules, files, n, env, warmup=3):
    walls, cpus = [], []
    for i in range(warmup + n):
        f = files[i % len(files)]
        w, c = spawn([exe, "check", "--rules", rules, f], env)
        if i >= warmup:
            walls.append(w)
            cpus.append(c)
    mw, mc = statistics.mean(walls), statistics.mean(cpus)
    sd = statistics.stdev(walls) if len(walls) > 1 else 0.0
    print("  %-40s %7.2f ms ± %5.2f wall, %7.2f ms CPU  -> %6.0f msg/s per core (%d runs)"
          % (label, mw * 1e3, sd * 1e3, mc * 1e3, 1 / mc, n))
    return 1 / mc


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    exe = sys.argv[1]
    rules = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "rules")
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    corpus = sys.argv[4] if len(sys.argv) > 4 else os.path.join(here, "..", "corpus")
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(corpus) for f in fs
                   if f.endswith(".eml"))
    with tempfile.TemporaryDirectory() as cache:
        base = dict(os.environ, XDG_CACHE_HOME=cache)
        for k in ("ALIASGATE_NO_CACHE", "ALIASGATE_NO_PREFILTER"):
            base.pop(k, None)
        print("one process per message: %s, %d messages from %s" % (exe, len(files), corpus))
        measure("cache warm, prefilter", exe, rules, files, n, base)
        measure("cache warm, PCRE2 alone", exe, rules, files, n,
                dict(base, ALIASGATE_NO_PREFILTER="1"))
        measure("no cache, PCRE2 alone", exe, rules, files, max(n // 4, 5),
                dict(base, ALIASGATE_NO_CACHE="1", ALIASGATE_NO_PREFILTER="1"))
        measure("no cache, prefilter (compiles Hyperscan)", exe, rules, files, 3,
                dict(base, ALIASGATE_NO_CACHE="1"), warmup=0)
        cold = tempfile.mkdtemp(dir=cache)
        w, c = spawn([exe, "check", "--rules", rules, files[0]], dict(base, XDG_CACHE_HOME=cold))
        print("  %-40s %7.2f ms wall, %7.2f ms CPU (compile, then write the cache)"
              % ("first run, empty cache", w * 1e3, c * 1e3))


main()
