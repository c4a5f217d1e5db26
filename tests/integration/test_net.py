#!/usr/bin/python3
"""lib/imap_source and lib/smtp_sink on their own, against a real Dovecot and the
recording SMTP sink on loopback, through the netprobe driver.

Each test logs in as its own IMAP user (Dovecot's static passdb takes any name), so
the tests share one server without seeing each other's mail. Environment:
AG_NETPROBE (the netprobe binary). Run with /usr/bin/python3 (aiosmtpd).
"""
import base64
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servers import PASSWORD, Dovecot, SmtpSink, make_ca  # noqa: E402

PROBE = os.environ.get("AG_NETPROBE", "build/tests/integration/netprobe")
W = None


class World:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="ag-net-")
        self.ca = make_ca(os.path.join(self.dir, "ca"))
        self.dv = Dovecot(os.path.join(self.dir, "dovecot"), self.ca)
        self.dv.start()
        self.bad = Dovecot(os.path.join(self.dir, "dovecot-bad"), self.ca, cert="bad")
        self.bad.start()
        self.sinks = []

    def sink(self, name, **kw):
        s = SmtpSink(os.path.join(self.dir, name), **kw)
        s.start()
        self.sinks.append(s)
        return s

    def close(self):
        for s in self.sinks:
            s.stop()
        self.dv.stop()
        self.bad.stop()
        if not os.environ.get("AG_KEEP"):
            shutil.rmtree(self.dir, ignore_errors=True)


def setUpModule():
    global W
    W = World()


def tearDownModule():
    W.close()


def msg(mid, body="Your order shipped today.", nl="\r\n", extra=""):
    head = ["From: Bright Peak <seller@brightpeak.example>",
            "To: 6bmcx2l1t7cwrwb@marketplace.amazon.com", "Subject: order " + mid,
            "Message-ID: <%s@brightpeak.example>" % mid]
    if extra:
        head.append(extra)
    return (nl.join(head) + nl + nl + body + nl).encode()


class Case(unittest.TestCase):
    def setUp(self):
        self.user = "n%d%s" % (os.getpid(), self._testMethodName[5:25].replace("_", ""))
        self.tmp = tempfile.mkdtemp(dir=W.dir)

    def imap(self, *ops, secret=PASSWORD, dv=None, host="127.0.0.1", ca=None, env=None,
             check=True, tls="implicit", port=None):
        dv = dv or W.dv
        e = dict(os.environ, NETPROBE_SECRET=secret)
        e.update(env or {})
        args = [PROBE, "imap", host, str(port or dv.port), tls, ca or W.ca["ca.pem"],
                self.user] + [str(o) for o in ops]
        r = subprocess.run(args, env=e, capture_output=True, text=True, timeout=60)
        if check:
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        return r

    def smtp(self, sink, data, rcpts="buyer@marketplace.amazon.com",
             frm="seller@brightpeak.example", user="-", secret=PASSWORD, tls="none",
             ca=None):
        path = os.path.join(self.tmp, "out.eml")
        with open(path, "wb") as f:
            f.write(data)
        e = dict(os.environ, NETPROBE_SECRET=secret)
        r = subprocess.run([PROBE, "smtp", "127.0.0.1", str(sink.port), tls,
                            ca or W.ca["ca.pem"], user, frm, rcpts, path],
                           env=e, capture_output=True, text=True, timeout=60)
        m = re.match(r"outcome=(\w+) code=(\d+) stage=(\w*) text=(.*)", r.stdout)
        self.assertIsNotNone(m, r.stdout + r.stderr)
        return m.group(1), int(m.group(2)), m.group(3), m.group(4), r


class TestImapTls(Case):
    def test_verified_tls_by_ip_and_by_name(self):
        for host in ("127.0.0.1", "localhost"):
            r = self.imap("select", "INBOX", host=host)
            self.assertIn("open ok", r.stdout)
            self.assertRegex(r.stdout, r"select ok uidvalidity=[1-9]\d* uidnext=1")

    def test_self_signed_refused_before_login(self):
        r = self.imap("select", "INBOX", dv=W.bad, check=False)
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertRegex(r.stdout, r"open error .*certificate")
        time.sleep(0.3)
        self.assertNotIn("user=<%s>" % self.user, W.bad.log())

    def test_unknown_ca_refused(self):
        """Our test CA is not in the system store: verification must use only it."""
        r = self.imap("select", "INBOX", ca="-", check=False)
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertIn("certificate", r.stdout)
        self.assertNotIn("user=<%s>" % self.user, W.dv.log())

    def test_wrong_password_explained_not_echoed(self):
        r = self.imap("select", "INBOX", secret="hunter2-wrong", check=False)
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertRegex(r.stdout, r"(?i)authenticat")
        self.assertNotIn("hunter2", r.stdout + r.stderr)


class TestImapOps(Case):
    def test_fetch_exact_bytes_and_search(self):
        raw = [msg("f1", body="caf\xc3\xa9 line\r\n.dot\r\n\r\n  trailing  "),
               msg("f2", body="x" * 5000), msg("f3")]
        for m in raw:
            W.dv.append("Outbox", m, user=self.user)
        want = W.dv.messages("Outbox", user=self.user)
        r = self.imap("select", "Outbox", "search", 1, "search", 2, "search", 99,
                      "fetch", 1, os.path.join(self.tmp, "1"),
                      "fetch", 2, os.path.join(self.tmp, "2"))
        self.assertIn("search ok n=3 uids=1,2,3\n", r.stdout)
        self.assertIn("search ok n=2 uids=2,3\n", r.stdout)
        # UID 99:* matches the highest UID on the server; the client must drop it.
        self.assertIn("search ok n=0 uids=\n", r.stdout)
        for i in (1, 2):
            with open(os.path.join(self.tmp, str(i)), "rb") as f:
                self.assertEqual(f.read(), want[i - 1])

    def test_fetch_gone_is_enoent(self):
        W.dv.append("Outbox", msg("g1"), user=self.user)
        r = self.imap("select", "Outbox", "fetch", 7, os.path.join(self.tmp, "x"),
                      check=False)
        self.assertIn("fetch error r=-2", r.stdout)

    def test_move_and_ensure_folder(self):
        m = msg("m1")
        W.dv.append("Outbox", m, user=self.user)
        W.dv.append("Outbox", msg("m2"), user=self.user)
        r = self.imap("ensure", "Outbox/Relayed", "ensure", "Outbox/Relayed",
                      "select", "Outbox", "move", 1, "Outbox/Relayed", "search", 1)
        self.assertEqual(r.stdout.count("ensure ok"), 2)
        self.assertIn("search ok n=1 uids=2\n", r.stdout)
        self.assertEqual(W.dv.messages("Outbox/Relayed", user=self.user), [m])
        self.assertEqual(len(W.dv.messages("Outbox", user=self.user)), 1)

    def test_move_set_of_uids(self):
        ms = [msg("ms%d" % i) for i in range(1, 6)]
        W.dv.append_many("Outbox", ms, user=self.user)
        r = self.imap("ensure", "Done", "select", "Outbox", "moveset", "1,2,3,5", "Done",
                      "search", 1)
        self.assertIn("moveset ok", r.stdout)
        self.assertIn("search ok n=1 uids=4\n", r.stdout)
        self.assertEqual(W.dv.messages("Done", user=self.user), ms[:3] + ms[4:])
        # a UID already gone is no error: the rest still move (a repeated move after a
        # kill, RFC 6851 3.3)
        r = self.imap("select", "Outbox", "moveset", "1,4", "Done", "search", 1)
        self.assertIn("moveset ok", r.stdout)
        self.assertIn("search ok n=0", r.stdout)
        self.assertEqual(len(W.dv.messages("Done", user=self.user)), 5)

    def test_fetch_set_reads_ahead_within_its_cap(self):
        ms = [msg("fs%d" % i, body="x" * (100 * i)) for i in range(1, 4)]
        W.dv.append_many("Outbox", ms, user=self.user)
        out = os.path.join(self.tmp, "fs")
        r = self.imap("select", "Outbox", "fetchset", "1,2,3,9", 1 << 20, out)
        self.assertIn("fetchset ok", r.stdout)
        for uid in (1, 2, 3):
            self.assertIn("fetchset uid=%d len=%d idate=yes" % (uid, len(ms[uid - 1])),
                          r.stdout)
            with open("%s.%d" % (out, uid), "rb") as f:
                self.assertEqual(f.read(), ms[uid - 1])
        self.assertIn("fetchset uid=9 len=0", r.stdout)  # no such message: left empty
        # past the cap, a body is left for its own fetch (the first two fit)
        cap = len(ms[0]) + len(ms[1])
        r = self.imap("select", "Outbox", "fetchset", "1,2,3", cap, out + "c")
        self.assertIn("fetchset uid=2 len=%d" % len(ms[1]), r.stdout)
        self.assertIn("fetchset uid=3 len=0", r.stdout)

    def test_append_normalizes_line_endings(self):
        path = os.path.join(self.tmp, "a.eml")
        with open(path, "wb") as f:
            f.write(msg("a1", nl="\n") + b"bare\rcr\n")
        self.imap("ensure", "INBOX", "append", "INBOX", path)
        got = W.dv.messages("INBOX", user=self.user)
        self.assertEqual(len(got), 1)
        self.assertEqual(got[0], msg("a1") + b"bare\r\ncr\r\n")

    def test_non_ascii_folder(self):
        name = "Outbox/Gepr\u00fcft \u2713 & Co"
        path = os.path.join(self.tmp, "n.eml")
        with open(path, "wb") as f:
            f.write(msg("n1"))
        r = self.imap("ensure", name, "append", name, path, "select", name)
        self.assertIn("select ok", r.stdout)
        wire = "Outbox/Gepr&APw-ft &JxM- &- Co"
        c = W.dv.client(self.user)
        typ, lst = c.list()
        c.logout()
        self.assertTrue(any(wire.encode() in x for x in lst), lst)
        self.assertEqual(W.dv.messages(wire, user=self.user), [msg("n1")])


class TestImapWait(Case):
    def waiter(self, secs, env=None):
        e = dict(os.environ, NETPROBE_SECRET=PASSWORD)
        e.update(env or {})
        W.dv.append("INBOX", msg("w0"), user=self.user)
        p = subprocess.Popen([PROBE, "imap", "127.0.0.1", str(W.dv.port), "implicit",
                              W.ca["ca.pem"], self.user, "select", "INBOX", "wait",
                              str(secs)], env=e, stdout=subprocess.PIPE, text=True)
        for line in p.stdout:
            if line.startswith("select"):
                break
        self.assertTrue(line.startswith("select ok"), line)
        return p

    def finish(self, p):
        line = p.stdout.readline()
        p.wait(30)
        m = re.match(r"wait ok r=(-?\d+) ms=(\d+)", line)
        self.assertIsNotNone(m, line)
        return int(m.group(1)), int(m.group(2))

    def test_idle_wakes_on_append_within_a_second(self):
        p = self.waiter(60)
        time.sleep(0.5)  # let IDLE start
        t0 = time.time()
        W.dv.append("INBOX", msg("w1"), user=self.user)
        r, _ = self.finish(p)
        self.assertEqual(r, 1)
        self.assertLess(time.time() - t0, 1.0)

    def test_poll_without_idle(self):
        p = self.waiter(3, env={"NETPROBE_NOIDLE": "1"})
        time.sleep(0.3)
        W.dv.append("INBOX", msg("w2"), user=self.user)
        r, ms = self.finish(p)
        self.assertEqual(r, 1)
        self.assertLess(ms, 5000)

    def test_timeout_without_news(self):
        r, ms = self.finish(self.waiter(2))
        self.assertEqual(r, 0)
        self.assertGreaterEqual(ms, 1900)
        self.assertLess(ms, 4000)

    def test_wake_fd_interrupts(self):
        r = self.imap("select", "INBOX", "wake", 300, "wait", 60)
        m = re.search(r"wait ok r=(-?\d+) ms=(\d+)", r.stdout)
        self.assertEqual(int(m.group(1)), -4)  # -EINTR
        self.assertLess(int(m.group(2)), 2000)


class TestImapServerVariants(Case):
    """Dovecot told to announce less: STARTTLS on a plain port, no MOVE (UIDPLUS COPY path), no UIDPLUS/IDLE/LITERAL+ at all."""

    @classmethod
    def setUpClass(cls):
        from servers import free_port
        cls.alt = Dovecot(os.path.join(W.dir, "dovecot-alt"), W.ca, starttls_port=free_port(),
                          extra="imap_capability = IMAP4rev1 LITERAL+ SASL-IR IDLE UIDPLUS\n")
        cls.alt.start()
        cls.bare = Dovecot(os.path.join(W.dir, "dovecot-bare"), W.ca,
                           extra="imap_capability = IMAP4rev1\n")
        cls.bare.start()

    @classmethod
    def tearDownClass(cls):
        cls.alt.stop()
        cls.bare.stop()

    def test_starttls(self):
        r = self.imap("select", "INBOX", dv=self.alt, tls="starttls",
                      port=self.alt.starttls_port)
        self.assertIn("select ok", r.stdout)
        time.sleep(0.3)
        log = self.alt.log()
        self.assertRegex(log, r"Login: user=<%s>.*method=PLAIN.*TLS" % self.user)

    def test_move_without_move_capability(self):
        m = msg("c1")
        self.alt.append("Outbox", m, user=self.user)
        self.alt.append("Outbox", msg("c2"), user=self.user)
        r = self.imap("ensure", "Done", "select", "Outbox", "move", 1, "Done", "search", 1,
                      dv=self.alt)
        self.assertIn("search ok n=1 uids=2\n", r.stdout)
        self.assertEqual(self.alt.messages("Done", user=self.user), [m])
        self.assertEqual(len(self.alt.messages("Outbox", user=self.user)), 1)

    def test_move_set_without_move_capability(self):
        ms = [msg("cs%d" % i) for i in range(1, 4)]
        self.alt.append_many("Outbox", ms, user=self.user)
        r = self.imap("ensure", "Done", "select", "Outbox", "moveset", "1,3", "Done",
                      "search", 1, dv=self.alt)
        self.assertIn("moveset ok", r.stdout)
        self.assertIn("search ok n=1 uids=2\n", r.stdout)
        self.assertEqual(self.alt.messages("Done", user=self.user), [ms[0], ms[2]])

    def test_move_without_uidplus_is_enotsup_and_keeps_mail(self):
        self.bare.append("Outbox", msg("b1"), user=self.user)
        r = self.imap("ensure", "Done", "select", "Outbox", "move", 1, "Done", dv=self.bare,
                      check=False)
        self.assertIn("move error r=-95", r.stdout)
        self.assertEqual(len(self.bare.messages("Outbox", user=self.user)), 1)
        # A COPY without the matching EXPUNGE would leave a duplicate: none made.
        self.assertEqual(self.bare.messages("Done", user=self.user), [])

    def test_poll_and_synchronizing_literal(self):
        path = os.path.join(self.tmp, "s.eml")
        with open(path, "wb") as f:
            f.write(msg("s1"))
        r = self.imap("ensure", "INBOX", "append", "INBOX", path, "select", "INBOX",
                      dv=self.bare)
        self.assertIn("append ok", r.stdout)
        self.assertEqual(self.bare.messages("INBOX", user=self.user), [msg("s1")])
        p = subprocess.Popen([PROBE, "imap", "127.0.0.1", str(self.bare.port), "implicit",
                              W.ca["ca.pem"], self.user, "select", "INBOX", "wait", "2"],
                             env=dict(os.environ, NETPROBE_SECRET=PASSWORD),
                             stdout=subprocess.PIPE, text=True)
        self.assertTrue(p.stdout.readline().startswith("open ok"))
        self.assertTrue(p.stdout.readline().startswith("select ok"))
        self.bare.append("INBOX", msg("s2"), user=self.user)
        line = p.stdout.readline()
        p.wait(30)
        self.assertRegex(line, r"wait ok r=1 ")


class FakeImap(threading.Thread):
    """One scripted IMAP connection in clear on loopback: replies[COMMAND] is a list of
    byte strings with {tag}, used in order; None closes. Records what the client sent."""

    def __init__(self, greeting, replies):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.greeting, self.replies, self.got = greeting, replies, b""
        self.start()

    def run(self):
        c, _ = self.sock.accept()
        c.settimeout(15)
        c.sendall(self.greeting)
        f = c.makefile("rb")
        try:
            tag = b"*"
            for line in f:
                self.got += line
                w = line.split()
                if w in ([b"DONE"], []):  # ends IDLE, or answers a "+": the reply
                    cmd = " ".join(x.decode() for x in w)  # carries the command's tag
                else:
                    tag = w[0]
                    cmd = b" ".join(w[1:3] if w[1:2] == [b"UID"] else w[1:2]).upper().decode()
                rep = self.replies.get(cmd, [b"{tag} BAD not in the script\r\n"])
                r = rep.pop(0) if len(rep) > 1 else rep[0]
                if r is None:
                    break
                if callable(r):
                    self.tag = tag  # a scripted reply that writes on its own needs it
                    r(c)
                else:
                    c.sendall(r.replace(b"{tag}", tag))
        except OSError:
            pass
        c.close()
        self.sock.close()


class TestImapProtocol(Case):
    def probe(self, fake, *ops, tls="none"):
        return self.imap(*ops, port=fake.port, tls=tls, check=False)

    def test_no_starttls_offered_no_credentials_sent(self):
        fake = FakeImap(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] fake\r\n",
                        {"CAPABILITY": [b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK\r\n"]})
        r = self.probe(fake, "select", "INBOX", tls="starttls")
        fake.join(10)
        self.assertEqual(r.returncode, 2)
        self.assertIn("STARTTLS", r.stdout)
        self.assertNotIn(b"AUTHENTICATE", fake.got)
        self.assertNotIn(b"LOGIN", fake.got)

    def test_starttls_response_injection_refused(self):
        fake = FakeImap(b"* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR] x\r\n",
                        {"STARTTLS": [b"{tag} OK begin\r\n* OK [CAPABILITY IMAP4rev1] evil\r\n"],
                         "CAPABILITY": [b"* CAPABILITY IMAP4rev1\r\n{tag} OK\r\n"]})
        r = self.probe(fake, "select", "INBOX", tls="starttls")
        fake.join(10)
        self.assertEqual(r.returncode, 2, r.stdout)
        # Refused for the injected bytes, before any handshake was tried.
        self.assertIn("after the STARTTLS reply", r.stdout)
        self.assertNotIn(b"AUTHENTICATE", fake.got)

    def test_login_command_without_auth_plain(self):
        fake = FakeImap(b"* OK [CAPABILITY IMAP4rev1 AUTH=CRAM-MD5] fake\r\n", {
            "LOGIN": [b"{tag} OK [CAPABILITY IMAP4rev1] in\r\n"],
            "CAPABILITY": [b"* CAPABILITY IMAP4rev1\r\n{tag} OK\r\n"],
            "LIST": [b'* LIST (\\Noselect) "/" ""\r\n{tag} OK\r\n'],
            "SELECT": [b"* OK [UIDVALIDITY 5] x\r\n{tag} OK done\r\n"],
        })
        r = self.imap("select", "INBOX", port=fake.port, tls="none", secret='p"w\\x',
                      check=False)
        fake.join(10)
        self.assertIn("select ok uidvalidity=5", r.stdout)
        self.assertIn(b' LOGIN "%s" "p\\"w\\\\x"\r\n' % self.user.encode(), fake.got)
        self.assertNotIn(b"AUTHENTICATE", fake.got)

    def test_xoauth2_and_its_error_continuation(self):
        greet = b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] fake\r\n"
        ok = FakeImap(greet, {
            "AUTHENTICATE": [b"{tag} OK in\r\n"],
            "CAPABILITY": [b"* CAPABILITY IMAP4rev1\r\n{tag} OK\r\n"],
            "LIST": [b'* LIST (\\Noselect) "/" ""\r\n{tag} OK\r\n'],
        })
        r = self.imap(port=ok.port, tls="none", secret="tok-123", env={"NETPROBE_OAUTH2": "1"},
                      check=False)
        ok.join(10)
        self.assertIn("open ok", r.stdout)
        ir = base64.b64encode(b"user=%s\x01auth=Bearer tok-123\x01\x01" % self.user.encode())
        self.assertIn(b" AUTHENTICATE XOAUTH2 " + ir + b"\r\n", ok.got)
        # A refused token: "+ <base64 json>", we answer with an empty line, then NO.
        bad = FakeImap(greet, {
            "AUTHENTICATE": [b"+ eyJzdGF0dXMiOiI0MDEifQ==\r\n"],
            "": [b"{tag} NO [AUTHENTICATIONFAILED] invalid token\r\n"],
        })
        r = self.imap(port=bad.port, tls="none", secret="tok-123", env={"NETPROBE_OAUTH2": "1"},
                      check=False)
        bad.join(10)
        self.assertEqual(r.returncode, 2)
        self.assertIn("invalid token", r.stdout)
        self.assertNotIn("tok-123", r.stdout)

    def test_echoed_credentials_are_masked(self):
        ir = base64.b64encode(b"\0%s\0%s" % (self.user.encode(), PASSWORD.encode()))
        for caps, replies in (
                (b"IMAP4rev1 SASL-IR AUTH=PLAIN",
                 {"AUTHENTICATE": [b"{tag} NO rejected AUTHENTICATE PLAIN " + ir + b"\r\n"]}),
                (b"IMAP4rev1",
                 {"LOGIN": [b"{tag} NO bad password " + PASSWORD.encode() + b"\r\n"]})):
            fake = FakeImap(b"* OK [CAPABILITY " + caps + b"] fake\r\n", replies)
            r = self.imap(port=fake.port, tls="none", check=False)
            fake.join(10)
            self.assertEqual(r.returncode, 2)
            self.assertIn("NO ", r.stdout)
            self.assertNotIn(PASSWORD, r.stdout)
            self.assertNotIn(ir.decode(), r.stdout)

    def test_logindisabled_refused(self):
        fake = FakeImap(b"* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] fake\r\n", {})
        r = self.imap("select", "INBOX", port=fake.port, tls="none", check=False)
        fake.join(10)
        self.assertEqual(r.returncode, 2)
        self.assertNotIn(PASSWORD.encode(), fake.got)

    def idle_fake(self, idle):
        return FakeImap(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] fake\r\n", {
            "AUTHENTICATE": [b"{tag} OK in\r\n"],
            "CAPABILITY": [b"* CAPABILITY IMAP4rev1 IDLE\r\n{tag} OK\r\n"],
            "LIST": [b'* LIST (\\Noselect) "/" ""\r\n{tag} OK\r\n'],
            "SELECT": [b"* 1 EXISTS\r\n* OK [UIDVALIDITY 5] x\r\n{tag} OK done\r\n"],
            "IDLE": [idle],
            "DONE": [b"{tag} OK idle done\r\n"],
        })

    def test_idle_news_before_continuation(self):
        fake = self.idle_fake(b"* 2 EXISTS\r\n+ idling\r\n")
        r = self.probe(fake, "select", "INBOX", "wait", 30)
        fake.join(10)
        self.assertRegex(r.stdout, r"wait ok r=1 ms=\d{1,3}\n")
        self.assertIn(b"DONE\r\n", fake.got)

    def test_idle_keepalives_do_not_stretch_the_timeout(self):
        def keepalive(c):
            c.sendall(b"+ idling\r\n")
            for _ in range(4):  # done before the 2 s are up, so DONE is answered at once
                time.sleep(0.4)
                c.sendall(b"* OK Still here\r\n")
        fake = self.idle_fake(keepalive)
        r = self.probe(fake, "select", "INBOX", "wait", 2)
        fake.join(15)
        m = re.search(r"wait ok r=0 ms=(\d+)", r.stdout)
        self.assertIsNotNone(m, r.stdout)
        self.assertGreaterEqual(int(m.group(1)), 1900)
        self.assertLess(int(m.group(1)), 3000)

    def test_literals_untagged_data_and_bye(self):
        caps = b"* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN UIDPLUS MOVE\r\n"
        body = b"hello\r\n{3}\r\nx)"
        fake = FakeImap(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] fake\r\n", {
            "AUTHENTICATE": [b"* 0 RECENT\r\n{tag} OK in\r\n"],
            "CAPABILITY": [caps + b"{tag} OK\r\n"],
            "LIST": [b'* LIST (\\Noselect) "." {0}\r\n\r\n{tag} OK\r\n'],
            "SELECT": [b"* 3 EXISTS\r\n* FLAGS (\\Seen)\r\n* OK [UIDVALIDITY 77] x\r\n"
                       b"* OK [UIDNEXT 9] x\r\n{tag} OK [READ-WRITE] done\r\n"],
            "UID SEARCH": [b"* SEARCH 5 7 2\r\n{tag} OK\r\n"],
            "UID FETCH": [b"* 4 EXISTS\r\n* 1 FETCH (UID 5 BODY[] {%d}\r\n%s FLAGS (\\Seen))\r\n"
                          b"{tag} OK\r\n" % (len(body), body),
                          b"* 2 FETCH (FLAGS (\\Seen))\r\n{tag} OK\r\n"],
            "UID MOVE": [b"* BYE going down for maintenance\r\n", None],
        })
        out = os.path.join(self.tmp, "f")
        t0 = time.monotonic()
        r = self.probe(fake, "select", "Out/box", "search", 3, "fetch", 5, out, "fetch", 6, out + "2",
                       "move", 5, "Done")
        # The fake never closes after its BYE; the client must not wait for it (RFC 3501
        # 7.1.5) until the 10 s command deadline.
        self.assertLess(time.monotonic() - t0, 8, r.stdout)
        fake.join(10)
        self.assertIn("select ok uidvalidity=77 uidnext=9", r.stdout)
        self.assertIn(b'SELECT "Out.box"', fake.got)  # '/' became the server's '.'
        self.assertIn("search ok n=2 uids=5,7\n", r.stdout)
        with open(out, "rb") as f:
            self.assertEqual(f.read(), body)
        self.assertIn("fetch error r=-2", r.stdout)
        self.assertRegex(r.stdout, r"move error r=-\d+ reply=.*going down for maintenance")



class TestImapFetchSetHostile(Case):
    def test_body_for_a_uid_not_asked_is_an_error(self):
        # A server that slips message 7 into the answer for 5 and 6 must never have it
        # taken for either (as for a single UID FETCH).
        fake = FakeImap(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] fake\r\n", login_script(**{
            "UID FETCH": [b"* 1 FETCH (UID 5 BODY[] {5}\r\nhello)\r\n"
                          b"* 3 FETCH (UID 7 BODY[] {4}\r\nevil)\r\n{tag} OK\r\n"]}))
        out = os.path.join(self.tmp, "h")
        r = self.imap("select", "INBOX", "fetchset", "5,6", 1 << 20, out, port=fake.port,
                      tls="none", check=False)
        fake.join(10)
        self.assertNotIn("fetchset ok", r.stdout)
        self.assertRegex(r.stdout, r"UID 7, not asked for")
        self.assertFalse(os.path.exists(out + ".5"))


def login_script(**more):
    """The replies a scripted server needs up to SELECT; more adds or overrides."""
    d = {
        "AUTHENTICATE": [b"{tag} OK in\r\n"],
        "CAPABILITY": [b"* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS MOVE\r\n{tag} OK\r\n"],
        "LIST": [b'* LIST (\\Noselect) "/" ""\r\n{tag} OK\r\n'],
        "SELECT": [b"* 3 EXISTS\r\n* OK [UIDVALIDITY 77] x\r\n{tag} OK done\r\n"],
    }
    d.update(more)
    return d


GREETING = b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] fake\r\n"


class TestImapHostile(Case):
    """A server that lies, stalls or floods must make the client fail with a reason,
    at its deadline and within bounded memory, never relay the wrong message."""

    def run_probe(self, fake, *ops, command_s=None):
        env = {"NETPROBE_COMMAND_S": str(command_s)} if command_s else None
        t0 = time.time()
        p = subprocess.Popen([PROBE, "imap", "127.0.0.1", str(fake.port), "none",
                              W.ca["ca.pem"], self.user] + [str(o) for o in ops],
                             env=dict(os.environ, NETPROBE_SECRET=PASSWORD, **(env or {})),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = p.communicate(timeout=90)
        return out + err, time.time() - t0

    def probe_rss(self, fake, *ops, command_s=None):
        """Like run_probe, and the probe's peak RSS in MiB (wait4 of that one child)."""
        env = dict(os.environ, NETPROBE_SECRET=PASSWORD)
        if command_s:
            env["NETPROBE_COMMAND_S"] = str(command_s)
        t0 = time.time()
        out = os.path.join(self.tmp, "probe.out")
        with open(out, "w") as f:
            p = subprocess.Popen([PROBE, "imap", "127.0.0.1", str(fake.port), "none",
                                  W.ca["ca.pem"], self.user] + [str(o) for o in ops],
                                 env=env, stdout=f, stderr=subprocess.STDOUT)
            _, st, ru = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(st)
        with open(out) as f:
            return f.read(), time.time() - t0, ru.ru_maxrss / 1024

    def fetch_with(self, reply, uid=5):
        fake = FakeImap(GREETING, login_script(**{"UID FETCH": [reply]}))
        out = os.path.join(self.tmp, "f")
        text, _ = self.run_probe(fake, "select", "INBOX", "fetch", uid, out)
        fake.join(10)
        return text, os.path.exists(out)

    def test_fetch_answer_for_another_uid_is_refused(self):
        b = b"From: b@example.org\r\n\r\nmessage B\r\n"
        text, wrote = self.fetch_with(b"* 2 FETCH (UID 6 BODY[] {%d}\r\n%s)\r\n{tag} OK\r\n"
                                      % (len(b), b))
        self.assertRegex(text, r"fetch error r=-71 reply=.*UID 6")
        self.assertIn("FETCH (UID 6 BODY[]", text)  # the server's own words
        self.assertFalse(wrote)

    def test_fetch_answer_without_uid_is_refused(self):
        text, wrote = self.fetch_with(b"* 1 FETCH (BODY[] {3}\r\nabc)\r\n{tag} OK\r\n")
        self.assertRegex(text, r"fetch error r=-71 reply=.*no UID")
        self.assertFalse(wrote)

    def test_fetch_without_body_is_an_error_not_an_empty_message(self):
        for reply, why in ((b"* 1 FETCH (UID 5 FLAGS (\\Seen))\r\n{tag} OK\r\n", "no BODY"),
                           (b"* 1 FETCH (UID 5 BODY[] NIL)\r\n{tag} OK\r\n", "no BODY"),
                           (b"* 1 FETCH (UID 5 BODY[] {0}\r\n)\r\n{tag} OK\r\n", "empty"),
                           (b'* 1 FETCH (UID 5 BODY[] "")\r\n{tag} OK\r\n', "empty"),
                           (b"* 1 FETCH ()\r\n{tag} OK\r\n", "FETCH")):
            text, wrote = self.fetch_with(reply)
            self.assertRegex(text, r"fetch error r=-71 reply=.*" + re.escape(why), reply)
            self.assertFalse(wrote, reply)

    def test_fetch_quoted_body_and_unsolicited_fetches(self):
        text, wrote = self.fetch_with(b"* 9 FETCH (FLAGS (\\Seen) UID 9)\r\n"
                                      b'* 1 FETCH (UID 5 BODY[] "a \\"b\\"")\r\n{tag} OK\r\n')
        self.assertIn("fetch ok len=5", text)
        with open(os.path.join(self.tmp, "f"), "rb") as f:
            self.assertEqual(f.read(), b'a "b"')

    def test_bye_mid_fetch_keeps_the_servers_words(self):
        for reply in (b"* BYE shutting down for maintenance\r\n",
                      b"* 1 FETCH (UID 5 BODY[] {100}\r\nonly half of it\r\n"):
            def bye(c, reply=reply):  # then hang up before the tagged reply
                c.sendall(reply)
                c.shutdown(socket.SHUT_RDWR)
            fake = FakeImap(GREETING, login_script(**{"UID FETCH": [bye]}))
            out = os.path.join(self.tmp, "f")
            text, _ = self.run_probe(fake, "select", "INBOX", "fetch", 5, out)
            fake.join(10)
            self.assertRegex(text, r"fetch error r=-\d+ reply=")
            self.assertFalse(os.path.exists(out))
            if b"BYE" in reply:
                self.assertIn("shutting down for maintenance", text)

    def test_search_answer_of_20000_uids(self):
        line = b"* SEARCH " + b" ".join(b"%d" % u for u in range(1, 20001)) + b"\r\n"
        fake = FakeImap(GREETING, login_script(**{"UID SEARCH": [line + b"{tag} OK\r\n"]}))
        text, _ = self.run_probe(fake, "select", "INBOX", "search", 1, "search", 19990)
        fake.join(10)
        self.assertIn("search ok n=20000 uids=1,2,3,", text)
        self.assertIn("search ok n=11 uids=19990,", text)
        self.assertIn(b"UID SEARCH UID 19990:*", fake.got)

    def test_search_with_garbage_is_an_error(self):
        fake = FakeImap(GREETING, login_script(
            **{"UID SEARCH": [b"* SEARCH 1 2 x3\r\n{tag} OK\r\n"]}))
        text, _ = self.run_probe(fake, "select", "INBOX", "search", 1)
        fake.join(10)
        self.assertRegex(text, r"search error r=-\d+ reply=.*SEARCH")

    def test_trickled_lines_end_at_the_command_deadline(self):
        def trickle(c):
            for _ in range(40):
                c.sendall(b"* OK still here\r\n")
                time.sleep(1)
        fake = FakeImap(GREETING, login_script(SELECT=[trickle]))
        text, secs = self.run_probe(fake, "select", "INBOX", command_s=3)
        self.assertIn("select error r=-110", text)  # -ETIMEDOUT
        self.assertLess(secs, 6)

    def test_trickled_literal_ends_at_the_command_deadline(self):
        def trickle(c):
            c.sendall(b"* 1 FETCH (UID 5 BODY[] {100}\r\n")
            for _ in range(100):
                c.sendall(b"x")
                time.sleep(0.5)
        fake = FakeImap(GREETING, login_script(**{"UID FETCH": [trickle]}))
        text, secs = self.run_probe(fake, "select", "INBOX", "fetch", 5,
                                    os.path.join(self.tmp, "f"), command_s=3)
        self.assertIn("fetch error r=-110", text)
        self.assertLess(secs, 6)

    def flood(self, head, piece, total):
        """A greeting: head, then piece repeated up to total bytes, then CRLF. self.sent
        counts what the client let us send: a client that stops reading stops it."""
        self.sent = 0

        def run(c):
            try:
                c.sendall(head)
                chunk = piece * max(1, (1 << 20) // len(piece))
                while self.sent < total:
                    c.sendall(chunk)
                    self.sent += len(chunk)
                c.sendall(b"\r\n")
                c.settimeout(10)
                while c.recv(65536):  # until the client hangs up: no RST race
                    pass
            except OSError:
                pass
        return run

    def flood_server(self, greeting_fn):
        class Flood(FakeImap):
            def run(inner):
                c, _ = inner.sock.accept()
                greeting_fn(c)
                c.close()
                inner.sock.close()
        return Flood(b"", {})

    def test_huge_greeting_of_small_literals_is_refused_quickly(self):
        fake = self.flood_server(self.flood(b"* OK hi {1000}\r\n", b"a" * 1000 + b" {1000}\r\n",
                                            240 << 20))
        text, secs, rss = self.probe_rss(fake)
        fake.join(30)
        self.assertIn("open error r=-7 ", text)  # -E2BIG
        self.assertLess(secs, 5)
        self.assertLess(rss, 32, "peak RSS %.0f MiB" % rss)

    def test_large_literal_outside_a_body_is_refused_unread(self):
        fake = self.flood_server(self.flood(b"* OK hi {20000000}\r\n", b"b" * 4096, 20000000))
        text, secs, rss = self.probe_rss(fake)
        fake.join(30)
        self.assertIn("open error r=-7 ", text)
        # Unread: only what the socket buffers hold got out, not the 20 MB.
        self.assertLess(self.sent, 16 << 20)
        self.assertLess(rss, 32, "peak RSS %.0f MiB" % rss)

    def test_body_literal_over_the_message_limit_is_refused(self):
        text, wrote = self.fetch_with(b"* 1 FETCH (UID 5 BODY[] {40000000}\r\n")
        self.assertIn("fetch error r=-7 ", text)
        self.assertFalse(wrote)
        text, wrote = self.fetch_with(b"* 1 FETCH (UID 5 BODY[HEADER] {5000000}\r\n")
        self.assertIn("fetch error r=-7 ", text)


class TestImapLargeFolder(Case):
    def test_dovecot_search_of_13001_messages(self):
        """13 001 UIDs make a SEARCH line over 64 KiB. The messages are written into the
        Maildir directly (APPENDing them one by one would take minutes)."""
        W.dv.append("Outbox", msg("l0"), user=self.user)
        md = os.path.join(W.dv.dir, "home", self.user, "Maildir", "Outbox", "new")
        self.assertTrue(os.path.isdir(md), md)
        import pwd
        vm = pwd.getpwnam("vmail")
        body = msg("lx")
        for i in range(1, 13001):
            path = os.path.join(md, "%d.M%dP1.aliasgate-test" % (1700000000 + i, i))
            with open(path, "wb") as f:
                f.write(body)
            os.chown(path, vm.pw_uid, vm.pw_gid)
        t0 = time.time()
        r = self.imap("select", "Outbox", "search", 1, "search", 13001)
        secs = time.time() - t0
        self.assertIn("search ok n=13001 uids=1,2,3,", r.stdout)
        self.assertIn("search ok n=1 uids=13001\n", r.stdout)
        self.assertLess(secs, 20)


def encode_ref(raw):
    """What the sink must store: Bcc gone from the header, CRLF everywhere, and the
    last line terminated (the dot-stuffing is undone by the server)."""
    lines = re.split(rb"\r\n|\r|\n", raw)
    if lines and lines[-1] == b"":
        lines.pop()
    out, head, skip = [], True, False
    for ln in lines:
        if head:
            if ln == b"":
                head = False
            elif ln[:1] in (b" ", b"\t"):
                if skip:
                    continue
            else:
                skip = ln.lower().startswith(b"bcc:")
                if skip:
                    continue
        out.append(ln)
    return b"".join(ln + b"\r\n" for ln in out)


def no_bare(b):
    return re.search(rb"\r(?!\n)|(?<!\r)\n", b) is None


class TestSmtp(Case):
    @classmethod
    def setUpClass(cls):
        cls.sink = W.sink("sink")

    def setUp(self):
        super().setUp()
        self.sink.set_mode("")

    def test_byte_exact_crlf_and_dot_stuffing(self):
        raw = (b"From: seller@brightpeak.example\nBcc: hidden@example.org,\n\tother@example.org\n"
               b"To: buyer@marketplace.amazon.com\r\nSubject: dots\r\n\n"
               b".leading dot\n..two\n.\nbare\rcr\r\nmixed\n\xc3\xa9t\xc3\xa9\nno newline")
        before = len(self.sink.wire())
        out, code, stage, _, _ = self.smtp(self.sink, raw)
        self.assertEqual((out, code, stage), ("OK", 250, "dot"))
        rec = self.sink.received()[-1]
        data = base64.b64decode(rec["data"])
        self.assertEqual(data + b"\r\n" if not data.endswith(b"\r\n") else data,
                         encode_ref(raw))
        self.assertNotIn(b"hidden@", data)
        self.assertIn("BODY=8BITMIME", rec["mail_options"])
        wire = self.sink.wire()[before:]
        self.assertTrue(no_bare(wire), wire)
        self.assertIn(b"\r\n..leading dot\r\n...two\r\n..\r\n", wire)
        self.assertTrue(wire.count(b"\r\n.\r\n") == 1, wire)
        self.assertEqual(rec["rcpt_tos"], ["buyer@marketplace.amazon.com"])

    def test_4xx_is_tempfail_then_ok(self):
        self.sink.set_mode("4xx 1")
        out, code, stage, text, _ = self.smtp(self.sink, msg("t4"))
        self.assertEqual((out, code, stage), ("TEMPFAIL", 451, "dot"))
        self.assertIn("Temporary failure", text)
        self.assertEqual(self.smtp(self.sink, msg("t4"))[0], "OK")

    def test_5xx_is_permfail_with_server_words(self):
        self.sink.set_mode("5xx")
        out, code, _, text, _ = self.smtp(self.sink, msg("t5"))
        self.assertEqual((out, code), ("PERMFAIL", 554))
        self.assertIn("refused by the test sink", text)

    def test_drop_after_dot_is_ambiguous(self):
        self.sink.set_mode("drop-after-dot")
        n = len(self.sink.received())
        out, _, stage, _, _ = self.smtp(self.sink, msg("td"))
        self.assertEqual((out, stage), ("AMBIGUOUS", "dot"))
        # It really was delivered: exactly why it must never be resent automatically.
        self.assertEqual(len(self.sink.received()), n + 1)

    def test_bad_addresses_never_reach_the_wire(self):
        before = len(self.sink.wire())
        for frm, rcpt in (("seller@b.example\r\nRCPT TO:<x@evil.example>", "b@m.example"),
                          ("seller@b.example", "b@m.example\nDATA"),
                          ("seller@b.example", "b@m.example>,<c@evil.example")):
            out, _, _, _, _ = self.smtp(self.sink, msg("ba"), frm=frm, rcpts=rcpt)
            self.assertEqual(out, "PERMFAIL")
        self.assertEqual(len(self.sink.wire()), before)

    def test_smtputf8_when_address_needs_it(self):
        out, _, _, _, _ = self.smtp(self.sink, msg("u8"), frm="verk\u00e4ufer@b\u00fccher.example")
        self.assertEqual(out, "OK")
        self.assertIn("SMTPUTF8", self.sink.received()[-1]["mail_options"])


class FakeSmtp(threading.Thread):
    """One scripted SMTP connection in clear: replies[VERB] (None closes)."""

    def __init__(self, replies):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.replies, self.got = replies, b""
        self.start()

    def run(self):
        c, _ = self.sock.accept()
        c.settimeout(15)
        c.sendall(b"220 fake ESMTP\r\n")
        f = c.makefile("rb")
        try:
            data = False
            for line in f:
                self.got += line
                if data:  # the message, up to the lone dot
                    if line != b".\r\n":
                        continue
                    data, verb = False, "."
                else:
                    verb = line.split(b":")[0].split(b" ")[0].strip().decode()
                    verb = verb if verb in self.replies else verb.upper()  # SASL lines as sent
                r = self.replies.get(verb, b"250 ok\r\n")
                data = verb == "DATA" and r is not None and r.startswith(b"354")
                if r is None:
                    break
                c.sendall(r)
        except OSError:
            pass
        c.close()
        self.sock.close()


class TestSmtpProtocol(Case):
    def test_utf8_address_without_smtputf8_is_permfail_before_mail(self):
        fake = FakeSmtp({"EHLO": b"250-fake\r\n250 8BITMIME\r\n"})
        out, _, stage, _, _ = self.smtp(fake, msg("nu"), frm="verk\u00e4ufer@example.org")
        fake.join(10)
        self.assertEqual((out, stage), ("PERMFAIL", "mail"))
        self.assertNotIn(b"MAIL FROM", fake.got)

    def test_8bit_without_8bitmime_has_no_body_param(self):
        fake = FakeSmtp({"EHLO": b"250 fake\r\n", "DATA": b"354 go\r\n", "QUIT": None})
        out, code, _, _, _ = self.smtp(fake, msg("8b", body="caf\u00e9"))
        fake.join(10)
        self.assertEqual((out, code), ("OK", 250))
        self.assertIn(b"caf\xc3\xa9\r\n.\r\nQUIT\r\n", fake.got)
        self.assertIn(b"MAIL FROM:<seller@brightpeak.example>\r\n", fake.got)

    def test_connection_lost_before_dot_is_tempfail(self):
        for verb, stage in (("MAIL", "mail"), ("RCPT", "rcpt"), ("DATA", "data")):
            fake = FakeSmtp({"EHLO": b"250 fake\r\n", verb: None})
            out, _, st, _, _ = self.smtp(fake, msg("lost"))
            fake.join(10)
            self.assertEqual((out, st), ("TEMPFAIL", stage))

    def test_secret_echoed_by_the_server_is_masked(self):
        plain = base64.b64encode(b"\0seller\0" + PASSWORD.encode())
        pw64 = base64.b64encode(PASSWORD.encode())
        for ehlo, replies in (
                (b"250 AUTH PLAIN\r\n",
                 {"AUTH": b"535 5.7.8 rejected: AUTH PLAIN " + plain + b"\r\n"}),
                (b"250 AUTH LOGIN\r\n",
                 {"AUTH": b"334 UGFzc3dvcmQ6\r\n",
                  pw64.decode(): b"535 5.7.8 bad " + pw64 + b" (" + PASSWORD.encode() + b")\r\n"})):
            fake = FakeSmtp(dict(replies, EHLO=b"250-fake\r\n" + ehlo))
            out, code, stage, text, r = self.smtp(fake, msg("ec"), user="seller")
            fake.join(10)
            self.assertEqual((out, code, stage), ("TEMPFAIL", 535, "auth"))
            self.assertIn("5.7.8", text)
            for secret in (PASSWORD, plain.decode(), pw64.decode()):
                self.assertNotIn(secret, r.stdout)

    def test_rcpt_4xx_and_5xx(self):
        for code, want in ((b"450 4.2.1 busy", "TEMPFAIL"), (b"550 5.1.1 no such user", "PERMFAIL")):
            fake = FakeSmtp({"EHLO": b"250 fake\r\n", "RCPT": code + b"\r\n"})
            out, c, st, text, _ = self.smtp(fake, msg("rc"))
            fake.join(10)
            self.assertEqual((out, c, st), (want, int(code[:3]), "rcpt"))
            self.assertIn(code.decode()[4:], text)
            self.assertNotIn(b"DATA", fake.got)


class TestSmtpTlsAuth(Case):
    def test_starttls_auth_and_secret_not_in_output(self):
        sink = W.sink("tlsauth", tls="starttls", ca=W.ca, auth=True)
        out, code, _, text, r = self.smtp(sink, msg("au"), user="seller", tls="starttls")
        self.assertEqual((out, code), ("OK", 250), text)
        for s in (PASSWORD, base64.b64encode(b"\0seller\0" + PASSWORD.encode()).decode(),
                  base64.b64encode(PASSWORD.encode()).decode()):
            self.assertNotIn(s, r.stdout + r.stderr)
        out, _, stage, text, r = self.smtp(sink, msg("au2"), user="seller", tls="starttls",
                                           secret="wrong-pw-xyz")
        self.assertEqual((out, stage), ("TEMPFAIL", "auth"))
        self.assertNotIn("wrong-pw-xyz", r.stdout + r.stderr)

    def test_implicit_tls(self):
        sink = W.sink("implicit", tls="implicit", ca=W.ca)
        self.assertEqual(self.smtp(sink, msg("im"), tls="implicit")[0], "OK")

    def test_starttls_untrusted_cert_sends_nothing(self):
        bad = dict(W.ca, **{"srv.pem": W.ca["bad.pem"], "srv.key": W.ca["bad.key"]})
        sink = W.sink("tlsbad", tls="starttls", ca=bad, auth=True)
        out, _, stage, text, _ = self.smtp(sink, msg("tb"), user="seller", tls="starttls")
        self.assertEqual((out, stage), ("TEMPFAIL", "starttls"))
        self.assertIn("certificate", text)
        self.assertEqual(sink.received(), [])
        wire = sink.wire()
        self.assertNotIn(b"AUTH", wire)
        self.assertNotIn(b"MAIL", wire)


class ScriptedSmtp(threading.Thread):
    """One scripted SMTP connection in clear, for what FakeSmtp cannot say: a chosen
    greeting, and replies[VERB] as bytes, a list used in order (the last one repeats),
    a callable(sock, server) returning the bytes (it may send some itself first), or
    None to close. Unscripted verbs get "250 ok" (DATA "354", QUIT "221"). Records the bytes sent (got), the
    recipients accepted in the open transaction (cur) and, for each final dot answered
    2xx, the recipients that transaction delivered to (delivered)."""

    def __init__(self, replies, greeting=b"220 fake ESMTP\r\n", connections=1):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.replies, self.greeting, self.connections = replies, greeting, connections
        self.got, self.cur, self.delivered, self.line = b"", [], [], b""
        self.start()

    DEFAULT = {"DATA": b"354 go ahead\r\n", "QUIT": b"221 bye\r\n"}

    def answer(self, c, verb):
        r = self.replies.get(verb, self.DEFAULT.get(verb, b"250 ok\r\n"))
        if isinstance(r, list):
            r = r.pop(0) if len(r) > 1 else r[0]
        if callable(r):
            r = r(c, self)
        return r

    def run(self):
        for _ in range(self.connections):
            self.serve()
        self.sock.close()

    def serve(self):
        c, _ = self.sock.accept()
        c.settimeout(20)
        try:
            c.sendall(self.greeting)
            f = c.makefile("rb")
            data = False
            for line in f:
                self.got += line
                self.line = line
                if data:
                    if line != b".\r\n":
                        continue
                    data, verb = False, "."
                else:
                    verb = line.split(b":")[0].split(b" ")[0].strip().decode().upper()
                if verb in ("MAIL", "RSET"):
                    self.cur = []
                r = self.answer(c, verb)
                if r is None:
                    break
                if verb == "RCPT" and r[:1] == b"2":
                    self.cur.append(line.split(b"<")[1].split(b">")[0].decode())
                if verb == "." and r[:1] == b"2":
                    self.delivered.append(self.cur)
                    self.cur = []
                data = verb == "DATA" and r.startswith(b"354")
                c.sendall(r)
        except OSError:
            pass
        c.close()


def rcpt_cap(cap):
    """A RCPT reply that accepts cap recipients per transaction, then says 452."""
    return lambda c, s: (b"452 4.5.3 Too many recipients\r\n" if len(s.cur) >= cap
                         else b"250 2.1.5 ok\r\n")


class TestSmtpReplies(Case):
    """Multi-line replies judged as a whole (RFC 5321 4.2.1), session failures told from
    message failures, recipient caps, deadlines per reply, and refused content."""

    def probe(self, fake, data=None, env=None, join=25, **kw):
        old = dict(os.environ)
        os.environ.update(env or {})
        try:
            t0 = time.monotonic()
            out = self.smtp(fake, data or msg("sr"), **kw)
            self.elapsed = time.monotonic() - t0  # the client alone, not the server
        finally:
            os.environ.clear()
            os.environ.update(old)
        fake.join(join)
        return out

    def test_mixed_code_reply_is_a_protocol_error(self):
        # Judged by its last line, each of these would pass or fail the wrong way.
        for verb, reply, stage in (("EHLO", b"250-fake\r\n550 5.0.0 no\r\n", "ehlo"),
                                   ("MAIL", b"550-5.7.1 no\r\n250 ok\r\n", "mail"),
                                   ("RCPT", b"550-5.1.1 no\r\n250 2.1.5 ok\r\n", "rcpt"),
                                   ("DATA", b"554-no\r\n354 go\r\n", "data")):
            fake = ScriptedSmtp({verb: reply})
            out, _, st, text, _ = self.probe(fake)
            self.assertEqual((out, st), ("TEMPFAIL", stage), text)
            self.assertEqual(fake.delivered, [])

    def test_malformed_reply_is_tempfail(self):
        fake = ScriptedSmtp({"RCPT": b"250-ok\r\n25O ok\r\n"})
        out, _, st, _, _ = self.probe(fake)
        self.assertEqual((out, st), ("TEMPFAIL", "rcpt"))
        self.assertNotIn(b"DATA", fake.got)

    def test_mixed_code_after_the_dot_is_ambiguous(self):
        # The data went out; a reply we cannot read says nothing about delivery.
        fake = ScriptedSmtp({".": b"550-5.7.1 no\r\n250 ok\r\n"})
        out, _, st, _, _ = self.probe(fake)
        self.assertEqual((out, st), ("AMBIGUOUS", "dot"))

    def test_5xx_at_session_start_is_tempfail(self):
        for greeting, replies, user, stage in (
                (b"554 5.3.2 no service\r\n", {}, "-", "connect"),
                (b"220 fake\r\n", {"EHLO": b"550 5.5.1 go away\r\n"}, "-", "ehlo"),
                (b"220 fake\r\n", {"EHLO": b"250-fake\r\n250 AUTH CRAM-MD5\r\n"}, "seller",
                 "auth"),
                (b"220 fake\r\n", {"EHLO": b"250 fake\r\n"}, "seller", "auth")):
            fake = ScriptedSmtp(replies, greeting=greeting)
            out, _, st, text, _ = self.probe(fake, user=user)
            self.assertEqual((out, st), ("TEMPFAIL", stage), text)
            self.assertNotIn(b"MAIL FROM", fake.got)

    def test_5xx_for_the_message_is_permfail(self):
        for verb, stage in (("MAIL", "mail"), ("RCPT", "rcpt"), ("DATA", "data"),
                            (".", "dot")):
            fake = ScriptedSmtp({verb: b"554 5.7.1 refused\r\n"})
            out, code, st, _, _ = self.probe(fake)
            self.assertEqual((out, code, st), ("PERMFAIL", 554, stage))

    def test_recipient_cap_splits_into_transactions(self):
        rcpts = ["b%03d@marketplace.amazon.com" % i for i in range(150)]
        fake = ScriptedSmtp({"RCPT": rcpt_cap(100)})
        out, code, st, text, _ = self.probe(fake, rcpts=",".join(rcpts))
        self.assertEqual((out, code, st), ("OK", 250, "dot"), text)
        self.assertEqual(fake.delivered, [rcpts[:100], rcpts[100:]])
        self.assertEqual(fake.got.count(b"MAIL FROM"), 2)
        self.assertEqual(fake.got.count(b"RCPT TO"), 151)  # the 101st is asked twice
        self.assertEqual(fake.got.count(b"\r\n.\r\n"), 2)
        self.assertNotIn(b"RSET", fake.got)  # a completed transaction needs none

    def test_reply_deadline_covers_the_whole_reply(self):
        def trickle(c, s):
            for _ in range(8):
                c.sendall(b"250-x\r\n")
                time.sleep(1)
            return b"250 ok\r\n"
        fake = ScriptedSmtp({"EHLO": trickle})
        out, _, st, text, _ = self.probe(fake, env={"NETPROBE_COMMAND": "2"})
        self.assertEqual((out, st), ("TEMPFAIL", "ehlo"), text)
        self.assertGreaterEqual(self.elapsed, 1.9)
        self.assertLess(self.elapsed, 3.5)
        self.assertNotIn(b"MAIL FROM", fake.got)

    def test_nul_and_long_lines_refused_before_anything_is_sent(self):
        for data, why in ((msg("nul", body="a\0b"), "NUL"),
                          (msg("long", body="x" * 999), "998")):
            fake = ScriptedSmtp({})
            # The client has exited when probe() returns; a fake that was never
            # connected to need not be waited for.
            out, _, st, text, _ = self.probe(fake, data=data, join=1)
            self.assertEqual(out, "PERMFAIL", text)
            self.assertIn(why, text)
            self.assertNotIn(b"MAIL FROM", fake.got)


class TestSmtpKeptSession(Case):
    """A relay session kept from one message to the next (smtp_sink.h keep; the daemon
    keeps one for a pass): RSET between messages, a new connection when RSET fails."""

    probe = TestSmtpReplies.probe

    def test_three_messages_one_connection(self):
        fake = ScriptedSmtp({})
        out, _, _, text, r = self.probe(fake, env={"NETPROBE_REPEAT": "3"})
        self.assertEqual(r.stdout.count("outcome=OK"), 3, r.stdout)
        self.assertEqual(len(fake.delivered), 3)
        self.assertEqual(fake.got.count(b"EHLO"), 1)
        self.assertEqual(fake.got.count(b"RSET\r\n"), 2)
        self.assertEqual(fake.got.count(b"QUIT"), 1)  # once, at the end

    def test_rset_refused_opens_a_new_connection_nothing_lost(self):
        # The relay closed the idle session: 421 to RSET. The message had not been
        # started, so it goes on a fresh connection, once.
        fake = ScriptedSmtp({"RSET": b"421 4.4.2 idle too long, closing\r\n"}, connections=2)
        out, _, _, text, r = self.probe(fake, env={"NETPROBE_REPEAT": "2"})
        self.assertEqual(r.stdout.count("outcome=OK"), 2, r.stdout)
        self.assertEqual(len(fake.delivered), 2)
        self.assertEqual(fake.got.count(b"EHLO"), 2)
        self.assertEqual(fake.got.count(b"DATA"), 2)

    def test_refused_message_leaves_the_session_usable(self):
        # 550 to RCPT: that message is refused; RSET clears the open transaction and
        # the next one is delivered on the same connection.
        fake = ScriptedSmtp({"RCPT": [b"550 5.1.1 no such user\r\n", b"250 ok\r\n"]})
        out, _, _, text, r = self.probe(fake, env={"NETPROBE_REPEAT": "2"})
        self.assertIn("outcome=PERMFAIL", r.stdout)
        self.assertEqual(r.stdout.count("outcome=OK"), 1, r.stdout)
        self.assertEqual(len(fake.delivered), 1)
        self.assertEqual(fake.got.count(b"EHLO"), 1)
        self.assertEqual(fake.got.count(b"RSET\r\n"), 1)


class TestSmtpPerRecipient(Case):
    """The session flag, per-recipient outcomes and the skip list (netprobe with
    NETPROBE_PER_RCPT and NETPROBE_SKIP)."""

    probe = TestSmtpReplies.probe

    R = ["p%d@marketplace.amazon.com" % i for i in range(5)]

    def per(self, fake, rcpts, skip=None, per=True):
        env = {"NETPROBE_PER_RCPT": "1"} if per else {}
        if skip:
            env["NETPROBE_SKIP"] = ",".join(str(i) for i in skip)
        out, code, st, text, r = self.probe(fake, rcpts=",".join(rcpts), env=env)
        m = re.search(r"session=(\d) delivered=(\d+)", r.stdout)
        self.assertIsNotNone(m, r.stdout)
        po = re.search(r"rcpt_outcome=(\S*)", r.stdout)
        return (out, code, st, text, m.group(1) == "1", int(m.group(2)),
                po.group(1).split(",") if po else None)

    def test_session_flag(self):
        for greeting, replies, session in (
                (b"554 no service\r\n", {}, True),
                (b"220 x\r\n", {"EHLO": b"550 no\r\n"}, True),
                (b"220 x\r\n", {"MAIL": b"530 5.7.0 Authentication required\r\n"}, True),
                (b"220 x\r\n", {"RCPT": b"421 4.4.2 closing\r\n"}, True),
                (b"220 x\r\n", {"RCPT": b"550 5.1.1 no\r\n"}, False),
                (b"220 x\r\n", {".": b"554 5.7.1 spam\r\n"}, False)):
            fake = ScriptedSmtp(replies, greeting=greeting)
            out, _, _, text, sess, _, _ = self.per(fake, self.R[:1], per=False)
            self.assertEqual(sess, session, text)
            self.assertEqual(out, "TEMPFAIL" if session else "PERMFAIL", text)

    def test_each_recipient_has_its_outcome(self):
        fake = ScriptedSmtp({"RCPT": [b"250 ok\r\n", b"550 5.1.1 no\r\n",
                                      b"450 4.2.1 busy\r\n", b"250 ok\r\n"]})
        out, _, _, text, _, n, po = self.per(fake, self.R)
        self.assertEqual(po, ["OK", "PERMFAIL", "TEMPFAIL", "OK", "OK"])
        self.assertEqual((out, n), ("TEMPFAIL", 3), text)
        self.assertEqual(fake.delivered, [[self.R[0], self.R[3], self.R[4]]])

    def test_strict_caller_all_or_nothing(self):
        # Without per-recipient results a refused RCPT still stops before DATA.
        fake = ScriptedSmtp({"RCPT": [b"250 ok\r\n", b"550 5.1.1 no\r\n"]})
        out, code, st, _, _, n, po = self.per(fake, self.R[:3], per=False)
        self.assertEqual((out, code, st, n, po), ("PERMFAIL", 550, "rcpt", 0, None))
        self.assertNotIn(b"DATA", fake.got)

    def test_skip_never_resends(self):
        fake = ScriptedSmtp({})
        out, _, _, _, _, n, po = self.per(fake, self.R[:4], skip=[0, 2])
        self.assertEqual((out, n, po), ("OK", 2, ["OK"] * 4))
        self.assertEqual(fake.delivered, [[self.R[1], self.R[3]]])
        self.assertNotIn(self.R[0].encode(), fake.got)
        self.assertNotIn(self.R[2].encode(), fake.got)

    def test_all_skipped_connects_nowhere(self):
        from servers import free_port

        class Nowhere:
            port = free_port()

            def join(self, t):
                pass
        out, _, _, _, _, n, po = self.per(Nowhere(), self.R[:2], skip=[0, 1])
        self.assertEqual((out, n, po), ("OK", 0, ["OK", "OK"]))

    def test_second_transaction_fails(self):
        for dot, want in (([b"250 ok\r\n", b"451 4.3.0 later\r\n"], "TEMPFAIL"),
                          ([b"250 ok\r\n", None], "AMBIGUOUS")):
            fake = ScriptedSmtp({"RCPT": rcpt_cap(2), ".": list(dot)})
            out, _, _, _, _, n, po = self.per(fake, self.R[:4])
            self.assertEqual((out, n, po), (want, 2, ["OK", "OK", want, want]))
            self.assertEqual(fake.delivered, [self.R[:2]])
            # A caller that cannot take per-recipient results must not resend to all.
            fake = ScriptedSmtp({"RCPT": rcpt_cap(2), ".": list(dot)})
            out, _, _, text, _, n, _ = self.per(fake, self.R[:4], per=False)
            self.assertEqual((out, n), ("AMBIGUOUS", 2), text)

    def test_cap_on_first_recipient_is_tempfail(self):
        fake = ScriptedSmtp({"RCPT": b"452 4.5.3 Too many recipients\r\n"})
        out, code, st, _, sess, n, po = self.per(fake, self.R[:2])
        self.assertEqual((out, code, st, sess, n, po),
                         ("TEMPFAIL", 452, "rcpt", False, 0, ["TEMPFAIL"] * 2))
        self.assertNotIn(b"DATA", fake.got)


if __name__ == "__main__":
    unittest.main()
