#!/usr/bin/python3
"""Golden corpus: every tests/corpus/**/*.eml against its .expect.

Usage: run-corpus.py ALIASGATE RULES_DIR CORPUS_DIR [SCRATCH_DIR]

The .expect file holds the verdict and the ids of every rule expected to hit. A
mismatch in either is a failure. Also prints precision and recall of "stopped"
(reject or hold) against the labels. With SCRATCH_DIR, the one case too large for the
repository (over 10 MiB of attachments) is generated there first and checked too.
"""
import json
import os
import shutil
import subprocess
import sys


def main():
    exe, rules, corpus = sys.argv[1:4]
    files = []
    if len(sys.argv) > 4:
        big = os.path.join(sys.argv[4], "corpus-big")
        shutil.rmtree(big, ignore_errors=True)  # no case left over from an older generator
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.run(["/usr/bin/python3", os.path.join(here, "..", "..", "tools", "gen-corpus.py"),
                        "--big", big], check=True)
        files += [os.path.join(big, f) for f in sorted(os.listdir(big)) if f.endswith(".eml")]
    for root, _, names in os.walk(corpus):
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".eml")]
    files.sort()
    r = subprocess.run([exe, "check", "--rules", rules, "--format", "json"] + files,
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        print("aliasgate failed (%d): %s" % (r.returncode, r.stderr))
        return 1
    got = {}
    for line in r.stdout.splitlines():
        o = json.loads(line)
        got[o["file"]] = o
    bad = 0
    tp = fp = fn = tn = 0
    for f in files:
        want = open(f[:-4] + ".expect").read().split()
        o = got.get(f)
        if o is None or "error" in o:
            print("FAIL %s: no verdict (%s)" % (f, o))
            bad += 1
            continue
        rules_hit = sorted({h["rule"] for h in o["hits"]})
        if o["verdict"] != want[0] or rules_hit != sorted(set(want[1:])):
            print("FAIL %s: want %s, got %s %s" % (f, " ".join(want), o["verdict"],
                                                  " ".join(rules_hit)))
            for h in o["hits"]:
                print("     %s@%s: %s" % (h["rule"], h["scope"], h["excerpt"][:100]))
            bad += 1
        stop_want, stop_got = want[0] != "pass", o["verdict"] != "pass"
        tp += stop_want and stop_got
        fp += stop_got and not stop_want
        fn += stop_want and not stop_got
        tn += not stop_want and not stop_got
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print("corpus: %d messages (%d compliant), %d mismatches; precision %.1f%%, recall %.1f%%"
          % (len(files), tn + fp, bad, 100 * precision, 100 * recall))
    return 1 if bad else 0


sys.exit(main())
