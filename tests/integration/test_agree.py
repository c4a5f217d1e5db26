#!/usr/bin/python3
"""`aliasgate check` and aliasgated give one verdict (lib/policy/policy.c policy_eval).

Every message of the golden corpus (tests/corpus) goes through both: the CLI prints its
verdict, and the daemon, run once over a real Dovecot folder holding the same bytes,
files each message. pass must be Relayed, reject Rejected, hold Review, ignore left in
the queue. Each message gets a Message-ID of its own first, so the daemon's duplicate
check (a second copy of one message goes to review) never confuses two corpus files.
Environment: AG_DAEMON, AG_CLI, AG_RULES, AG_CORPUS.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servers import Dovecot, SmtpSink, make_ca  # noqa: E402

DAEMON = os.environ.get("AG_DAEMON", "build-test/daemon/aliasgated")
CLI = os.environ.get("AG_CLI", "build-test/cli/aliasgate")
RULES = os.environ.get("AG_RULES", "rules")
CORPUS = os.environ.get("AG_CORPUS", "tests/corpus")
FOLDER_OF = {"pass": "AliasGate/Relayed", "reject": "AliasGate/Rejected",
             "hold": "AliasGate/Review", "ignore": "AliasGate/Queue"}
MID = re.compile(rb"^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*\r?\n", re.I | re.M)


def stamped(raw, n):
    """raw with its top-level Message-ID replaced by a unique one (added if none)."""
    head_end = raw.find(b"\r\n\r\n")
    if head_end < 0:
        head_end = raw.find(b"\n\n")
    nl = b"\r\n" if b"\r\n" in raw[:max(head_end, 0) + 2] else b"\n"
    mid = b"Message-ID: <agree-%d@corpus.example>" % n + nl
    head, body = (raw[:head_end + 1], raw[head_end + 1:]) if head_end >= 0 else (raw, b"")
    head = MID.sub(b"", head, count=1)
    return mid + head + body


class TestAgree(unittest.TestCase):
    def test_cli_and_daemon_agree_on_the_corpus(self):
        d = tempfile.mkdtemp(prefix="ag-agree-")
        try:
            self.run_in(d)
        finally:
            if not os.environ.get("AG_KEEP"):
                shutil.rmtree(d, ignore_errors=True)

    def run_in(self, d):
        ca = make_ca(os.path.join(d, "ca"))
        dv = Dovecot(os.path.join(d, "dovecot"), ca)
        sink = SmtpSink(os.path.join(d, "sink"))
        dv.start()
        sink.start()
        try:
            self.check(d, ca, dv, sink)
        finally:
            dv.stop()
            sink.stop()

    def check(self, d, ca, dv, sink):
        files = []
        for root, _, names in os.walk(CORPUS):
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".eml")]
        files.sort()
        self.assertGreater(len(files), 100, "the corpus is missing")
        msgs = os.path.join(d, "msgs")
        os.makedirs(msgs)
        paths = []
        for i, f in enumerate(files):
            p = os.path.join(msgs, "%04d.eml" % i)
            with open(f, "rb") as src, open(p, "wb") as dst:
                dst.write(stamped(src.read(), i))
            paths.append(p)
        raws = []
        for p in paths:
            with open(p, "rb") as f:
                raws.append(f.read())
        dv.append_many("AliasGate/Queue", raws)
        # Judge the bytes the daemon will fetch: IMAP stores lines as CRLF (RFC 3501
        # 6.3.11), so a file with bare LFs reaches the daemon already repaired.
        stored = os.path.join(d, "stored")
        os.makedirs(stored)
        spaths = []
        for raw in dv.messages("AliasGate/Queue"):
            m = re.search(rb"<agree-(\d+)@corpus\.example>", raw)
            self.assertIsNotNone(m)
            sp = os.path.join(stored, "%04d.eml" % int(m.group(1)))
            with open(sp, "wb") as f:
                f.write(raw)
            spaths.append(sp)
        self.assertEqual(len(spaths), len(files))
        r = subprocess.run([CLI, "check", "--rules", RULES, "--format", "json"] + spaths,
                           capture_output=True, text=True)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        want = {}
        for line in r.stdout.splitlines():
            o = json.loads(line)
            want[int(os.path.basename(o["file"])[:4])] = o["verdict"]
        self.assertEqual(len(want), len(files))
        self.assertEqual(set(want.values()) & {"pass", "reject", "hold"},
                         {"pass", "reject", "hold"}, "the corpus should exercise each fate")

        pw = os.path.join(d, "pw")
        with open(pw, "w") as f:
            f.write("secret\n")
        os.chmod(pw, 0o600)
        os.makedirs(os.path.join(d, "rules.d"))
        conf = os.path.join(d, "ag.conf")
        with open(conf, "w") as f:
            f.write("""
rules_dir = "{rules}";
local_rules_dir = "{d}/rules.d";
state_dir = "{d}/state";
timeouts = {{ connect = 5; command = 30; idle_refresh = 30; data_final = 30; }};
accounts = ( {{ name = "agree";
  imap = {{ host = "127.0.0.1"; port = {iport}; user = "seller"; password_file = "{pw}";
           ca_file = "{ca}"; }};
  smtp = {{ host = "127.0.0.1"; port = {sport}; tls = "none"; }};
  report = "append";
}} );
""".format(rules=os.path.abspath(RULES), d=d, iport=dv.port, pw=pw, ca=ca["ca.pem"],
           sport=sink.port))
        r = subprocess.run([DAEMON, "-c", conf, "--once", "--foreground"],
                           capture_output=True, text=True, timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr[-3000:])

        got = {}
        for verdict, folder in FOLDER_OF.items():
            for raw in dv.messages(folder):
                m = re.search(rb"<agree-(\d+)@corpus\.example>", raw)
                self.assertIsNotNone(m, "a message without its stamp in %s" % folder)
                got[int(m.group(1))] = verdict
        wrong = ["%s: check says %s, the daemon filed it as %s" %
                 (files[i], want[i], got.get(i, "nowhere"))
                 for i in sorted(want) if got.get(i) != want[i]]
        self.assertEqual(wrong, [], "\n".join(wrong[:40]))
        # Relayed means sent, once each.
        self.assertEqual(len(sink.received()), sum(1 for v in want.values() if v == "pass"))


if __name__ == "__main__":
    unittest.main()
