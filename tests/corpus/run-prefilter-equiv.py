#!/usr/bin/python3
"""Prefilter equivalence: the whole corpus judged with the Hyperscan prefilter and with
PCRE2 alone must give identical verdicts and hits (rule, scope, excerpt, offsets).

Usage: run-prefilter-equiv.py ALIASGATE RULES_DIR CORPUS_DIR [BLIND_DIR]

Every tests/corpus/**/*.eml and, when BLIND_DIR exists, every BLIND_DIR/*/*.eml is
input only: no label (.expect, answer key) is read. Three runs of `aliasgate check
--format json`, each with its own empty cache directory (XDG_CACHE_HOME):
  1. ALIASGATE_NO_PREFILTER=1 ALIASGATE_NO_CACHE=1 (PCRE2 alone, compiled from the files),
  2. the prefilter, cache cold (compiled, then written),
  3. the prefilter, cache warm (read back from the cache written by 2).
Any difference between 1 and 2 or 1 and 3 is a failure, printed per message.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile


def run(exe, rules, files, cache, **env):
    e = dict(os.environ, XDG_CACHE_HOME=cache)
    e.pop("ALIASGATE_NO_PREFILTER", None)
    e.pop("ALIASGATE_NO_CACHE", None)
    e.update(env)
    r = subprocess.run([exe, "check", "--rules", rules, "--format", "json"] + files,
                       capture_output=True, text=True, env=e)
    if r.returncode not in (0, 1):
        sys.exit("aliasgate failed (%d): %s" % (r.returncode, r.stderr))
    out = {}
    for line in r.stdout.splitlines():
        o = json.loads(line)
        out[o["file"]] = o
    return out


def main():
    exe, rules, corpus = sys.argv[1:4]
    blind = sys.argv[4] if len(sys.argv) > 4 else None
    files = []
    for root, _, names in os.walk(corpus):
        files += [os.path.join(root, n) for n in names if n.endswith(".eml")]
    if blind and os.path.isdir(blind):
        files += glob.glob(os.path.join(blind, "*", "*.eml"))
    files.sort()
    with tempfile.TemporaryDirectory() as tmp:
        c1, c2 = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        plain = run(exe, rules, files, c1, ALIASGATE_NO_PREFILTER="1", ALIASGATE_NO_CACHE="1")
        cold = run(exe, rules, files, c2)
        cached = os.listdir(os.path.join(c2, "aliasgate"))
        warm = run(exe, rules, files, c2)
    bad = 0
    for f in files:
        for name, got in (("prefilter, cold cache", cold), ("prefilter, warm cache", warm)):
            a, b = plain.get(f), got.get(f)
            if a is None or a != b:
                bad += 1
                print("DIFF %s (%s)\n  PCRE2 alone: %s\n  %s: %s" % (f, name, a, name, b))
    if not any(n.endswith(".cache") for n in cached):
        print("FAIL: the cold run wrote no cache file (%s)" % cached)
        bad += 1
    print("prefilter equivalence: %d messages, 3 runs, %d differences" % (len(files), bad))
    return 1 if bad else 0


sys.exit(main())
