#!/usr/bin/python3
"""aliasgate replay against the real Dovecot of test_daemon.py: the candidate ruleset
adds a rule and drops one; the three lists come out right, and the folders are left
exactly as they were (same UIDs, same flags, no \\Seen).

Environment: AG_CLI (aliasgate, with aliasgate-replay next to it), AG_RULES.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_daemon  # noqa: E402
from test_daemon import Case, msg  # noqa: E402

CLI = os.environ.get("AG_CLI", "build/cli/aliasgate")

NEW_RULE = """
rule it.shipped
  category  style
  scope     body
  match     /\\bshipped today\\b/i
  action    reject
  reason    Test rule: no shipping boasts.
  hint      Say when it arrives instead.
  example reject  it shipped today
  example pass    it arrives on Thursday
"""


def setUpModule():
    test_daemon.setUpModule()


def tearDownModule():
    test_daemon.tearDownModule()


def drop_rule(text, name):
    """The rule file without the block of rule `name`."""
    blocks = re.split(r"(?m)^(?=rule )", text)
    return "".join(b for b in blocks if not b.startswith("rule %s\n" % name))


class TestReplay(Case):
    def state(self, folder):
        """UIDVALIDITY, UIDNEXT and every message's UID and flags, read-only."""
        c = test_daemon.W.dovecot.client(self.user)
        typ, st = c.status('"%s"' % folder, "(UIDVALIDITY UIDNEXT MESSAGES)")
        c.select('"%s"' % folder, readonly=True)
        typ, data = c.uid("FETCH", "1:*", "(UID FLAGS)")
        c.logout()
        return st[0], sorted(d.decode() for d in data if d)

    def candidate(self):
        d = os.path.join(self.d, "candidate")
        os.makedirs(d, exist_ok=True)
        src = open(os.path.join(test_daemon.RULES, "10-it.rules")).read()
        with open(os.path.join(d, "10-it.rules"), "w") as f:
            f.write(drop_rule(src, "it.coupon") + NEW_RULE)
        return d

    def replay(self, *args):
        return subprocess.run([CLI, "replay", "-c", self.conf, "--account", "t",
                               "--rules", self.candidate()] + list(args),
                              capture_output=True, text=True, timeout=60)

    def fill(self):
        # Relayed: one the new rule stops, one nobody minds.
        self.append(msg("r1", subject="Shipping news"), folder="AliasGate/Relayed")
        self.append(msg("r2", body="Your parcel is on its way; it arrives on Thursday."),
                    folder="AliasGate/Relayed")
        # Rejected: one stopped only by the dropped rule, one by it and another.
        self.append(msg("j1", body="As a thank you, use coupon code SAVE20 next time.",
                        subject="A gift"), folder="AliasGate/Rejected")
        self.append(msg("j2", body="Use coupon code SAVE20 at www.brightpeak-shop.com",
                        subject="Deal"), folder="AliasGate/Rejected")

    def test_three_lists_and_folders_untouched(self):
        self.fill()
        before = {f: self.state(f) for f in ("AliasGate/Relayed", "AliasGate/Rejected")}
        r = self.replay("--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        stopped, passed, changed = (out["newly_stopped"], out["newly_passed"],
                                    out["changed_reasons"])
        self.assertEqual([c["subject"] for c in stopped], ["Shipping news"])
        self.assertEqual(stopped[0]["folder"], "AliasGate/Relayed")
        self.assertEqual((stopped[0]["before"], stopped[0]["after"]), ("pass", "reject"))
        self.assertEqual([h["rule"] for h in stopped[0]["added"]], ["it.shipped"])
        self.assertIn("shipped today", stopped[0]["added"][0]["excerpt"])
        self.assertEqual(stopped[0]["date"], "Mon, 16 Nov 2026 10:00:00 +0000")

        self.assertEqual([c["subject"] for c in passed], ["A gift"])
        self.assertEqual((passed[0]["before"], passed[0]["after"]), ("reject", "pass"))
        self.assertEqual([h["rule"] for h in passed[0]["removed"]], ["it.coupon"])
        self.assertIn("coupon code", passed[0]["removed"][0]["excerpt"])

        self.assertEqual([c["subject"] for c in changed], ["Deal"])
        self.assertEqual((changed[0]["before"], changed[0]["after"]), ("reject", "reject"))
        self.assertEqual([h["rule"] for h in changed[0]["removed"]], ["it.coupon"])
        self.assertEqual(changed[0]["added"], [])

        totals = {t["folder"]: t for t in out["totals"]}
        self.assertEqual(totals["AliasGate/Relayed"]["messages"], 2)
        self.assertEqual(totals["AliasGate/Relayed"]["unchanged"], 1)
        self.assertEqual(totals["AliasGate/Relayed"]["newly_stopped"], 1)
        self.assertEqual(totals["AliasGate/Rejected"]["newly_passed"], 1)
        self.assertEqual(totals["AliasGate/Rejected"]["changed_reasons"], 1)

        # The text form says the same.
        r = self.replay()
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"newly stopped \(pass -> reject/hold\): 1\n"
                         r"  AliasGate/Relayed uid \d+: pass -> reject\n"
                         r"    Date: Mon, 16 Nov 2026 10:00:00 \+0000\n"
                         r"    Subject: Shipping news\n      \+ it\.shipped@body \(reject\): ")
        self.assertIn("newly passed (reject/hold -> pass): 1", r.stdout)
        self.assertIn("changed reasons (same verdict, different rules): 1", r.stdout)
        self.assertIn("- it.coupon@body (reject): ", r.stdout)

        # Read-only: same UIDVALIDITY/UIDNEXT, same UIDs and flags, nothing \Seen.
        after = {f: self.state(f) for f in before}
        self.assertEqual(before, after)
        for f, (_, msgs) in after.items():
            self.assertEqual(len(msgs), 2)
            for m in msgs:
                self.assertNotIn("\\Seen", m, f)

    def test_since_and_review_and_nothing_sent(self):
        self.fill()
        self.append(msg("v1", subject="Held one"), folder="AliasGate/Review")
        n_sent = len(test_daemon.W.sink.received())
        r = self.replay("--since", "2999-01-01", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(sum(t["messages"] for t in out["totals"]), 0)
        r = self.replay("--since", "2000-01-01", "--folders", "relayed,rejected,review",
                        "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        totals = {t["folder"]: t for t in out["totals"]}
        self.assertEqual(totals["AliasGate/Review"]["messages"], 1)
        self.assertEqual(sorted(c["subject"] for c in out["newly_stopped"]),
                         ["Held one", "Shipping news"])
        self.assertEqual(len(test_daemon.W.sink.received()), n_sent)

    def test_usage_errors(self):
        r = subprocess.run([CLI, "replay", "-c", self.conf, "--account", "nobody", "--rules",
                            self.candidate()], capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn('no account named "nobody"', r.stderr)
        bad = os.path.join(self.d, "badrules")
        os.makedirs(bad, exist_ok=True)
        with open(os.path.join(bad, "1.rules"), "w") as f:
            f.write("rule x\n  match /(/\n")
        r = subprocess.run([CLI, "replay", "-c", self.conf, "--account", "t", "--rules", bad],
                           capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn("candidate ruleset not loaded", r.stderr)
        shutil.rmtree(bad)


if __name__ == "__main__":
    unittest.main(verbosity=2)
