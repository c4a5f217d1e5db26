#!/usr/bin/python3
"""The audit log against the real Dovecot and SMTP sink of test_daemon.py: an override
from AliasGate/Approved and SIGHUPs (a rule file added, changed, broken) are recorded
with the signal sender's pid and uid; `aliasgate audit verify` passes, and fails with
file:line once the log is edited.

Environment: AG_DAEMON, AG_CLI (aliasgate, with aliasgate-audit next to it), AG_RULES.
"""
import hashlib
import json
import os
import signal
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_daemon  # noqa: E402
from test_daemon import ALIAS, BAD, Case, msg  # noqa: E402

CLI = os.environ.get("AG_CLI", "build/cli/aliasgate")

EXTRA = """rule it.extra
  category  style
  scope     body
  match     /\\bextra{n}\\b/i
  action    reject
  reason    Test rule.
  hint      Remove it.
  example reject  extra{n}
  example pass    nothing
"""


def setUpModule():
    test_daemon.setUpModule()


def tearDownModule():
    test_daemon.tearDownModule()


def sha(data):
    return hashlib.sha256(data).hexdigest()


class TestAudit(Case):
    def audit(self, *args):
        return subprocess.run([CLI, "audit"] + list(args) + ["-c", self.conf],
                              capture_output=True, text=True, timeout=30)

    def events(self):
        r = self.audit("show", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        return [json.loads(line) for line in r.stdout.splitlines()]

    def hup(self, p, n_reloads):
        os.kill(p.pid, signal.SIGHUP)
        self.assertTrue(self.wait_for(
            lambda: len([e for e in self.events() if e["event"].startswith("reload")])
            >= n_reloads, 10), self.log())

    def test_reload_and_override_recorded_and_verified(self):
        self.append(msg("ovr1", body=BAD), folder="AliasGate/Approved")
        p = self.start()
        self.wait_started()
        self.assertTrue(self.wait_for(lambda: len(self.sent("ovr1")) == 1), self.log())
        self.assertTrue(self.wait_for(
            lambda: any(e["event"] == "override" for e in self.events())), self.log())

        extra = os.path.join(self.d, "rules.d", "20-extra.rules")
        with open(extra, "w") as f:
            f.write(EXTRA.format(n=1))
        self.hup(p, 1)
        with open(extra, "w") as f:
            f.write(EXTRA.format(n=2))
        self.hup(p, 2)
        with open(os.path.join(self.d, "rules.d", "99-broken.rules"), "w") as f:
            f.write("rule broken.one\n  category x\n  match /unclosed(/\n")
        self.hup(p, 3)
        p.send_signal(signal.SIGTERM)
        self.assertEqual(p.wait(20), 0)

        ev = self.events()
        self.assertEqual([e["seq"] for e in ev], list(range(1, len(ev) + 1)))
        self.assertEqual(ev[0]["event"], "start")
        self.assertEqual(ev[0]["data"]["pid"], p.pid)

        ovr = [e for e in ev if e["event"] == "override"]
        self.assertEqual(len(ovr), 1)
        o = ovr[0]["data"]
        self.assertEqual(o["account"], "t")
        self.assertEqual(o["login"], self.user)
        self.assertEqual(o["folder"], "AliasGate/Approved")
        self.assertEqual(o["message_id_sha256"], sha(b"ovr1@brightpeak.example"))
        self.assertEqual(o["aliases"], 1)
        self.assertRegex(o["internaldate"], r"^\d{1,2}-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d [+-]\d{4}$")
        self.assertRegex(o["first_seen"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

        rel = [e for e in ev if e["event"] in ("reload", "reload-failed")]
        self.assertEqual([e["event"] for e in rel], ["reload", "reload", "reload-failed"])
        for e in rel:
            self.assertEqual(e["data"]["signal"]["pid"], os.getpid())
            self.assertEqual(e["data"]["signal"]["uid"], os.getuid())
        a, c, f = (e["data"] for e in rel)
        self.assertEqual([x["file"] for x in a["added"]], [extra])
        self.assertEqual(a["added"][0]["sha256"], sha(EXTRA.format(n=1).encode()))
        self.assertEqual(a["removed"], [])
        self.assertEqual(a["changed"], [])
        self.assertNotEqual(a["before"]["ruleset"], a["after"]["ruleset"])
        self.assertEqual(a["after"]["ruleset"], c["before"]["ruleset"])
        self.assertEqual(c["changed"], [{"file": extra,
                                         "before": sha(EXTRA.format(n=1).encode()),
                                         "after": sha(EXTRA.format(n=2).encode())}])
        self.assertEqual(c["added"], [])
        self.assertIsNone(f["after"])
        self.assertEqual(f["before"]["ruleset"], c["after"]["ruleset"])
        self.assertEqual([x["file"] for x in f["added"]],
                         [os.path.join(self.d, "rules.d", "99-broken.rules")])
        self.assertTrue(any("99-broken.rules:3" in x for x in f["errors"]), f["errors"])

        # No buyer alias in clear anywhere in the log.
        path = os.path.join(self.d, "state", "audit.log")
        raw = open(path, "rb").read()
        self.assertNotIn(ALIAS.encode(), raw)
        self.assertNotIn(ALIAS.split("@")[0].encode(), raw)

        r = self.audit("verify")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("ok: %d lines" % len(ev), r.stdout)

        # One byte of the override line changed: verify names that line.
        lines = raw.split(b"\n")
        k = next(i for i, line in enumerate(lines) if b" override " in line)
        lines[k] = lines[k].replace(b'"aliases":1', b'"aliases":2')
        with open(path, "wb") as fh:
            fh.write(b"\n".join(lines))
        r = self.audit("verify")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("%s:%d: HASH does not match" % (path, k + 1), r.stderr)

        # A line deleted instead: verify names the line after the gap.
        lines = raw.split(b"\n")
        del lines[k]
        with open(path, "wb") as fh:
            fh.write(b"\n".join(lines))
        r = self.audit("verify")
        self.assertEqual(r.returncode, 1)
        self.assertIn("%s:%d: SEQ" % (path, k + 1), r.stderr)

        # The last line cut off: the head says so.
        lines = raw.split(b"\n")
        with open(path, "wb") as fh:
            fh.write(b"\n".join(lines[:-2]) + b"\n")
        r = self.audit("verify")
        self.assertEqual(r.returncode, 1)
        self.assertIn("cut off the end", r.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
