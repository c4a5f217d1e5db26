#!/usr/bin/python3
"""Recipe 1 of the README, end to end: a private Postfix + Dovecot mail host.

The seller submits with SMTP AUTH (Dovecot's passdb via Postfix's dovecot SASL) and
STARTTLS to a private Postfix on loopback. Postfix's transport table sends every
buyer alias recipient, one at a time, to a pipe that runs dovecot-lda into the
seller's folder AliasGate/Queue with an X-Original-To header naming that alias;
other mail leaves through the relayhost, an SMTP sink standing in for the rest of
the internet. aliasgated watches AliasGate/Queue and relays what passes to a second
sink, the marketplace relay.

The Postfix and Dovecot settings come verbatim from packaging/mailhost/, whose files
the README shows; only the @PLACEHOLDERS@ (ports and paths) are substituted, and
test_0 checks the README, the files and the installed configuration agree.

Steps run in order (test_0 ... test_2) against one set of servers.
Environment: AG_DAEMON (aliasgated), AG_RULES (the shipped rules), AG_KEEP=1 keeps
the temporary directory.
"""
import base64
import os
import re
import shutil
import signal
import smtplib
import ssl
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from servers import Dovecot, SmtpSink, free_port, make_ca  # noqa: E402
from postfix import Postfix, parse_main_cf  # noqa: E402

SRC = os.path.normpath(os.path.join(HERE, "..", ".."))
RECIPE = os.path.join(SRC, "packaging", "mailhost")
README = os.path.join(SRC, "README.md")
DAEMON = os.environ.get("AG_DAEMON", os.path.join(SRC, "build-mh/daemon/aliasgated"))
RULES = os.environ.get("AG_RULES", os.path.join(SRC, "rules"))
LDA = "/usr/lib/dovecot/dovecot-lda"

SELLER = "seller"
SELLER_ADDR = "seller@brightpeak.example"
GATE = "AliasGate/Queue"
ALIAS_TO = "6bmcx2l1t7cwrwb@marketplace.amazon.com"
ALIAS_BCC = "q7d0rnr2xbn4kz1@marketplace.amazon.co.uk"
FRIEND = "friend@example.org"
# The Recipe 1 files in packaging/mailhost, each shown in full in the README.
RECIPE_FILES = ("main.cf", "master.cf", "aliasgate_transport", "dovecot.conf",
                "aliasgate.conf")
PLACEHOLDER = re.compile(r"@[A-Z_]+@")

W = None


def msg(mid, to, body="Hello, the blue mug you ordered is back-ordered until Friday. We can ship the "
        "green one today instead, or wait for the blue one. Which do you prefer?",
        extra=(), subject="Your order"):
    lines = ["From: Bright Peak <%s>" % SELLER_ADDR, "To: " + to, "Subject: " + subject,
             "Message-ID: <%s@brightpeak.example>" % mid,
             "Date: Mon, 16 Nov 2026 10:00:00 +0000"] + list(extra)
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


def topmost(raw, name):
    """Value of the first occurrence of header name (unfolded), or None."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    head = re.sub(r"\r\n[ \t]+", " ", head)
    for line in head.split("\r\n"):
        k, _, v = line.partition(":")
        if k.strip().lower() == name.lower():
            return v.strip()
    return None


def readme_blocks():
    """{file name: text} of every packaging/mailhost file the README's Recipe 1
    section shows: the indented block after a line naming `packaging/mailhost/NAME`."""
    text = open(README).read()
    m = re.search(r"^### Recipe 1: a Postfix \+ Dovecot mail host\n(.*?)(?=^##)", text,
                  re.S | re.M)
    if not m:
        raise AssertionError("README has no section '### Recipe 1: a Postfix + Dovecot "
                             "mail host'")
    lines = m.group(1).split("\n")
    out = {}
    i = 0
    while i < len(lines):
        n = re.search(r"`packaging/mailhost/([A-Za-z0-9_.]+)`:\s*$", lines[i])
        i += 1
        if not n:
            continue
        while i < len(lines) and not lines[i].strip():
            i += 1
        block = []
        while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
            block.append(lines[i][4:])
            i += 1
        while block and not block[-1].strip():
            block.pop()
        out[n.group(1)] = "\n".join(block) + "\n"
    return out


class World:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="ag-mh-")
        self.ca = make_ca(os.path.join(self.dir, "ca"))
        dc_dir = os.path.join(self.dir, "dovecot")
        pf_dir = os.path.join(self.dir, "postfix")
        self.submission_port = free_port()
        # The only differences between the README's files and what runs here.
        self.subst = {
            "@CONFIG_DIR@": os.path.join(pf_dir, "etc"),
            "@POSTFIX_QUEUE@": os.path.join(pf_dir, "queue"),
            "@SUBMISSION@": "127.0.0.1:%d" % self.submission_port,
            "@DOVECOT_CONF@": os.path.join(dc_dir, "dovecot.conf"),
            "@DOVECOT_LDA@": LDA,
            "@VMAIL_USER@": "vmail",
            "@SELLER@": SELLER,
            "@GATE_FOLDER@": GATE,
        }
        self.market = SmtpSink(os.path.join(self.dir, "market"))
        self.inet = SmtpSink(os.path.join(self.dir, "inet"))
        # dovecot-lda runs as vmail and writes its own log (Dovecot's log file
        # belongs to root): a test-only setting, not part of the recipe.
        self.lda_log = os.path.join(self.dir, "lda.log")
        open(self.lda_log, "w").close()
        shutil.chown(self.lda_log, "vmail", "vmail")
        inbox_lda = [LDA, "-c", self.subst["@DOVECOT_CONF@"], "-f", "${sender}",
                     "-a", "${original_recipient}", "-d", SELLER]
        self.postfix = Postfix(
            pf_dir, self.inet.port, (self.ca["srv.pem"], self.ca["srv.key"]),
            main_extra=self.recipe("main.cf"), master_extra=self.recipe("master.cf"),
            files={"aliasgate_transport": self.recipe("aliasgate_transport")},
            local=("brightpeak.example", inbox_lda))
        self.dovecot = Dovecot(
            dc_dir, self.ca,
            extra=self.recipe("dovecot.conf") +
            "\nprotocol lda {\n  log_path = %s\n  info_log_path = %s\n}\n" % (
                self.lda_log, self.lda_log))
        self.pw = os.path.join(self.dir, "pw")
        with open(self.pw, "w") as f:
            f.write("secret\n")
        os.chmod(self.pw, 0o600)
        self.started = []
        try:
            for s in (self.market, self.inet, self.postfix, self.dovecot):
                s.start()
                self.started.append(s)
            # Recipe step: create the gate folder before the first delivery.
            subprocess.run(["doveadm", "-c", self.subst["@DOVECOT_CONF@"], "mailbox",
                            "create", "-u", SELLER, GATE], check=True, capture_output=True)
        except BaseException:
            self.close()  # stop what did start, then report the error
            raise

    def recipe(self, name):
        text = open(os.path.join(RECIPE, name)).read()
        for k, v in self.subst.items():
            text = text.replace(k, v)
        return text

    def close(self):
        for s in reversed(self.started):
            try:
                s.stop()
            except Exception as e:  # keep stopping the others
                print("stop %s: %s" % (type(s).__name__, e), file=sys.stderr)
        if not os.environ.get("AG_KEEP"):
            shutil.rmtree(self.dir, ignore_errors=True)
        else:
            print("kept", self.dir, file=sys.stderr)


def setUpModule():
    global W
    W = World()


def tearDownModule():
    if W:
        W.close()


def wait_for(cond, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        if cond():
            return True
        time.sleep(0.2)
    return bool(cond())


class TestMailhost(unittest.TestCase):
    maxDiff = None

    # helpers -------------------------------------------------------------------

    def submit(self, raw, rcpts, auth=True):
        ctx = ssl.create_default_context(cafile=W.ca["ca.pem"])
        with smtplib.SMTP("127.0.0.1", W.submission_port, timeout=20) as s:
            s.starttls(context=ctx)
            if auth:
                s.login(SELLER, "secret")
            refused = s.sendmail(SELLER_ADDR, rcpts, raw)
        self.assertEqual(refused, {})

    def folder(self, name):
        return W.dovecot.messages(name, user=SELLER)

    def empty_folder(self, name):
        c = W.dovecot.client(SELLER)
        if c.select('"%s"' % name)[0] == "OK":
            c.store("1:*", "+FLAGS", "(\\Deleted)")
            c.expunge()
        c.logout()

    def with_id(self, msgs, mid):
        return [m for m in msgs if ("<%s@brightpeak.example>" % mid).encode() in m]

    def sent(self, sink, mid):
        return [m for m in sink.received()
                if ("<%s@brightpeak.example>" % mid).encode() in base64.b64decode(m["data"])]

    def settled(self):
        """Postfix's queue is empty (nothing deferred, nothing in flight)."""
        return wait_for(lambda: not W.postfix.queue_ids(), 30)

    def assert_no_bounce(self):
        self.assertTrue(self.settled(), "Postfix queue not empty: %s\n%s" % (
            W.postfix.queue_ids(), W.postfix.log()[-3000:]))
        log = W.postfix.log()
        self.assertNotRegex(log, r"status=(bounced|deferred|expired)", log[-3000:])
        self.assertNotRegex(log, r"(fatal|panic|warning):", log[-3000:])
        # A delivery through pipe quotes what dovecot-lda printed: it must be silent.
        self.assertNotIn("Error:", log)
        for m in W.inet.received() + W.market.received():
            self.assertNotIn(m["mail_from"], ("", "<>"), "a bounce left the host")
        for m in self.folder("INBOX"):
            self.assertNotRegex(m, rb"(?im)^(From: MAILER-DAEMON|Subject: Undelivered)")
        lda = open(W.lda_log, errors="replace").read()
        self.assertNotRegex(lda, r"(Error|Fatal|Panic):", lda)

    # steps ---------------------------------------------------------------------

    def test_0_recipe_files_are_what_runs(self):
        shown = readme_blocks()
        for name in RECIPE_FILES:
            raw = open(os.path.join(RECIPE, name)).read()
            self.assertIn(name, shown, "README's Recipe 1 does not show "
                          "packaging/mailhost/" + name)
            self.assertEqual(shown[name], raw, "README and packaging/mailhost/%s differ"
                             % name)
            self.assertNotRegex(W.recipe(name), PLACEHOLDER, name)
        # What the private Postfix runs is the recipe, substituted, verbatim.
        self.assertEqual(W.postfix.installed("aliasgate_transport"),
                         W.recipe("aliasgate_transport"))
        main = W.postfix.installed("main.cf")
        self.assertTrue(main.endswith(W.recipe("main.cf")))
        self.assertTrue(W.postfix.installed("master.cf").endswith(W.recipe("master.cf")))
        self.assertIn(W.recipe("dovecot.conf"), open(W.subst["@DOVECOT_CONF@"]).read())
        # ... and the test's own settings do not override any recipe setting.
        base = parse_main_cf(W.postfix.base_main_cf())
        for key in parse_main_cf(W.recipe("main.cf")):
            self.assertNotIn(key, base, "postfix.py overrides the recipe's " + key)
        # Postfix agrees: `postfix check` passes silently, the effective values are
        # the recipe's, and the pipe carries the flags and user the recipe documents.
        rc, out = W.postfix.check()
        self.assertEqual((rc, out), (0, ""))
        self.assertEqual(W.postfix.postconf("-h", "transport_maps").strip(),
                         "regexp:%s/aliasgate_transport" % W.subst["@CONFIG_DIR@"])
        self.assertEqual(W.postfix.postconf("-h", "aliasgate_destination_recipient_limit")
                         .strip(), "1")
        pipe = W.postfix.postconf("-M", "aliasgate/unix")
        self.assertIn("flags=O user=vmail argv=%s -c %s" % (LDA, W.subst["@DOVECOT_CONF@"]),
                      pipe)
        # The table sends exactly the daemon's alias domains (and m.) to the gate.
        for addr, want in ((ALIAS_TO, "aliasgate:"), (ALIAS_BCC, "aliasgate:"),
                           ("X@M.Marketplace.Amazon.CO.JP", "aliasgate:"),
                           ("a@marketplace.amazon.com.be", "aliasgate:"),
                           (FRIEND, None), ("a@marketplace.amazon.example", None),
                           ("a@xmarketplace.amazon.com", None),
                           ("a@marketplace.amazon.com.evil.example", None)):
            r = subprocess.run(["postmap", "-c", W.subst["@CONFIG_DIR@"], "-q", addr,
                                "regexp:" + W.subst["@CONFIG_DIR@"] + "/aliasgate_transport"],
                               capture_output=True, text=True)
            self.assertEqual(r.stdout.strip() or None, want, addr)

    def test_1_postfix_to_dovecot_lda_alone(self):
        """No daemon: what Postfix + dovecot-lda make of the seller's submissions."""
        # Without SMTP AUTH nobody can reach the gate folder (or relay at all).
        with self.assertRaises(smtplib.SMTPRecipientsRefused):
            self.submit(msg("noauth1", ALIAS_TO), [ALIAS_TO], auth=False)
        # One message, one alias in To, another alias only in Bcc (the MUA sends the
        # Bcc recipient in the envelope only), and a non-alias Cc.
        self.submit(msg("lda1", ALIAS_TO, extra=["Cc: " + FRIEND]),
                    [ALIAS_TO, ALIAS_BCC, FRIEND])
        self.submit(msg("lda2", FRIEND), [FRIEND])
        self.assertTrue(wait_for(lambda: len(self.with_id(self.folder(GATE), "lda1")) >= 2
                                 and len(self.sent(W.inet, "lda2")) >= 1),
                        W.postfix.log()[-3000:])
        self.assert_no_bounce()
        copies = self.with_id(self.folder(GATE), "lda1")
        self.assertEqual(len(copies), 2, "one copy per alias")
        self.assertEqual(sorted(topmost(c, "X-Original-To") for c in copies),
                         sorted([ALIAS_TO, ALIAS_BCC]))
        for c in copies:
            self.assertEqual(len(re.findall(rb"(?im)^X-Original-To:", c)), 1)
            self.assertNotIn(b"Delivered-To:", c)
        self.assertEqual(self.with_id(self.folder(GATE), "lda2"), [])
        # Non-alias recipients leave through the relayhost; aliases never do.
        self.assertEqual([m["rcpt_tos"] for m in self.sent(W.inet, "lda1")], [[FRIEND]])
        self.assertEqual([m["rcpt_tos"] for m in self.sent(W.inet, "lda2")], [[FRIEND]])
        for m in W.inet.received():
            self.assertFalse([r for r in m["rcpt_tos"] if "marketplace.amazon" in r])
        self.assertEqual(W.market.received(), [])
        self.assertEqual(self.folder("INBOX"), [])
        self.assertEqual(self.with_id(self.folder(GATE), "noauth1"), [])
        # Leave an empty gate folder to the daemon step.
        self.empty_folder(GATE)

    def test_2_daemon_relays_once_per_alias(self):
        d = os.path.join(W.dir, "daemon")
        os.makedirs(d, exist_ok=True)
        conf = os.path.join(d, "ag.conf")
        with open(conf, "w") as f:
            f.write("""
rules_dir = "{rules}";
local_rules_dir = "{d}/rules.d";
state_dir = "{d}/state";
timeouts = {{ connect = 5; command = 10; idle_refresh = 30; data_final = 10; }};
accounts = ( {{ name = "brightpeak";
  imap = {{ host = "127.0.0.1"; port = {iport}; tls = "implicit"; user = "{user}";
           password_file = "{pw}"; ca_file = "{ca}"; }};
  smtp = {{ host = "127.0.0.1"; port = {sport}; tls = "none"; }};
{recipe}}} );
""".format(rules=os.path.abspath(RULES), d=d, iport=W.dovecot.port, user=SELLER,
           pw=W.pw, ca=W.ca["ca.pem"], sport=W.market.port,
           recipe=W.recipe("aliasgate.conf")))
        os.makedirs(os.path.join(d, "rules.d"), exist_ok=True)
        chk = subprocess.run([DAEMON, "-c", conf, "--check-config"], capture_output=True,
                             text=True)
        self.assertEqual(chk.returncode, 0, "aliasgated rejects the Recipe 1 account "
                         "(envelope_recipient_header not merged yet?):\n" + chk.stderr)
        log = open(os.path.join(d, "daemon.log"), "a")
        p = subprocess.Popen([DAEMON, "-c", conf, "--foreground"], stdout=log, stderr=log)
        try:
            self.submit(msg("gate1", ALIAS_TO), [ALIAS_TO, ALIAS_BCC])
            self.submit(msg("gate2", ALIAS_TO, body="Call us at +1 555 123 4567 and please "
                            "leave us a 5-star review."), [ALIAS_TO])
            self.submit(msg("gate3", FRIEND), [FRIEND])

            def done():  # every copy handled: none left in the gate folder
                gate = self.folder(GATE)
                return (len(self.sent(W.market, "gate1")) >= 1 and
                        not self.with_id(gate, "gate1") and
                        not self.with_id(gate, "gate2") and
                        len(self.with_id(self.folder("INBOX"), "gate2")) >= 1 and
                        len(self.sent(W.inet, "gate3")) >= 1)
            wait_for(done, 60)
            time.sleep(2)  # anything sent twice would show now
        finally:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        dlog = open(os.path.join(d, "daemon.log"), errors="replace").read()
        why = "\ndaemon log:\n%s\npostfix log:\n%s" % (dlog[-3000:], W.postfix.log()[-2000:])
        self.assertEqual(p.returncode, 0, why)
        # Violating: never leaves, filed, reported in INBOX.
        self.assertEqual(self.sent(W.market, "gate2"), [], why)
        self.assertEqual(self.sent(W.inet, "gate2"), [], why)
        self.assertEqual(len(self.with_id(self.folder("AliasGate/Rejected"), "gate2")), 1, why)
        rep = [m for m in self.folder("INBOX") if b"[aliasgate] Rejected" in m]
        self.assertEqual(len(rep), 1, why)
        self.assertIn(b"gate2@brightpeak.example", rep[0])
        # Non-alias mail: the internet, never the gate or the marketplace.
        self.assertEqual([m["rcpt_tos"] for m in self.sent(W.inet, "gate3")], [[FRIEND]], why)
        self.assertEqual(self.sent(W.market, "gate3"), [], why)
        self.assertEqual(self.with_id(self.folder(GATE), "gate3"), [], why)
        # Nothing bounced.
        self.assert_no_bounce()
        # Compliant: exactly one relay per alias, each to its own alias only (the alias
        # in its copy's topmost X-Original-To; the Bcc alias is in no To/Cc). Two
        # copies of one message: the second is no duplicate of the first.
        got = sorted(m["rcpt_tos"] for m in self.sent(W.market, "gate1"))
        self.assertEqual(got, sorted([[ALIAS_TO], [ALIAS_BCC]]), why)
        for m in self.sent(W.market, "gate1"):
            self.assertEqual(m["mail_from"], SELLER_ADDR)
        self.assertEqual(len(self.with_id(self.folder("AliasGate/Relayed"), "gate1")), 2, why)
        self.assertEqual(self.with_id(self.folder(GATE), "gate1"), [], why)
        # The INBOX holds the one report and nothing else (no duplicate notices).
        self.assertEqual(len(self.folder("INBOX")), 1, why)

if __name__ == "__main__":
    unittest.main()
