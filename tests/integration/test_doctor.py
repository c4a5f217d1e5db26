#!/usr/bin/python3
"""aliasgate doctor against a real Dovecot with the test CA, the recording SMTP sink
(with STARTTLS and AUTH), and the scripted IMAP server of test_net.py playing Gmail's
and Exchange's capability sets and a refused XOAUTH2 token. Everything on 127.0.0.1.

Each test logs in as its own IMAP user (Dovecot's static passdb takes any name) and
has its own state directory. Environment: AG_DOCTOR (aliasgate-doctor), AG_CLI
(aliasgate), AG_RULES (the rules directory). Run with /usr/bin/python3 (aiosmtpd).
"""
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servers import PASSWORD, Dovecot, SmtpSink, make_ca, run  # noqa: E402
from test_net import FakeImap  # noqa: E402

DOCTOR = os.environ.get("AG_DOCTOR", "build/cli/aliasgate-doctor")
CLI = os.environ.get("AG_CLI", "build/cli/aliasgate")
RULES = os.environ.get("AG_RULES", "rules")
FOLDERS = ("AliasGate/Queue", "AliasGate/Relayed", "AliasGate/Rejected", "AliasGate/Review",
           "AliasGate/Approved")
LINE = re.compile(r"^(ok  |FAIL|warn|info) ([^:]+): (.*)$")
W = None

GMAIL_CAPS = (b"IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 UIDPLUS "
              b"COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT LIST-EXTENDED "
              b"LIST-STATUS LITERAL- SPECIAL-USE APPENDLIMIT=35651584")
EXCHANGE_CAPS = (b"IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN "
                 b"IDLE NAMESPACE LITERAL+")
XOAUTH2_JSON = b'{"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}'


def other_host_cert(ca):
    """A certificate from the test CA for mail.other.example only: it chains, but does
    not name 127.0.0.1."""
    d = os.path.dirname(ca["ca.pem"])
    key, csr, pem, ext = (os.path.join(d, n) for n in
                          ("other.key", "other.csr", "other.pem", "other.cnf"))
    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=mail.other.example",
        "-keyout", key, "-out", csr)
    with open(ext, "w") as f:
        f.write("subjectAltName=DNS:mail.other.example\n")
    run("openssl", "x509", "-req", "-in", csr, "-CA", ca["ca.pem"], "-CAkey", ca["ca.key"],
        "-CAcreateserial", "-days", "2", "-extfile", ext, "-out", pem)
    os.chmod(key, 0o644)  # dovecot reads it after dropping privileges
    ca["other.pem"], ca["other.key"] = pem, key


class World:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="ag-doctor-")
        self.ca = make_ca(os.path.join(self.dir, "ca"))
        other_host_cert(self.ca)
        self.dv = Dovecot(os.path.join(self.dir, "dovecot"), self.ca)
        self.dv.start()
        self.other = Dovecot(os.path.join(self.dir, "dovecot-other"), self.ca, cert="other")
        self.other.start()
        self.sink = SmtpSink(os.path.join(self.dir, "sink"), tls="starttls", ca=self.ca,
                             auth=True)
        self.sink.start()
        self.plain = SmtpSink(os.path.join(self.dir, "plain"))
        self.plain.start()

    def close(self):
        self.sink.stop()
        self.plain.stop()
        self.dv.stop()
        self.other.stop()
        if not os.environ.get("AG_KEEP"):
            shutil.rmtree(self.dir, ignore_errors=True)


def setUpModule():
    global W
    W = World()


def tearDownModule():
    W.close()


class Case(unittest.TestCase):
    def setUp(self):
        self.user = "d%d%s" % (os.getpid(), self._testMethodName[5:25].replace("_", ""))
        self.d = os.path.join(W.dir, self.user)
        os.makedirs(os.path.join(self.d, "rules.d"), exist_ok=True)
        os.makedirs(os.path.join(self.d, "state"), mode=0o700, exist_ok=True)
        self.pw = self.secret_file("pw", PASSWORD)

    def secret_file(self, name, value):
        p = os.path.join(self.d, name)
        with open(p, "w") as f:
            f.write(value + "\n")
        os.chmod(p, 0o600)
        return p

    def conf(self, imap=None, smtp=None, folders="", name="t"):
        """imap/smtp: the inside of the account's imap/smtp groups."""
        if imap is None:
            imap = ('host = "127.0.0.1"; port = %d; tls = "implicit"; ca_file = "%s"; '
                    'user = "%s"; password_file = "%s";'
                    % (W.dv.port, W.ca["ca.pem"], self.user, self.pw))
        if smtp is None:
            smtp = ('host = "127.0.0.1"; port = %d; tls = "starttls"; ca_file = "%s"; '
                    'user = "seller"; password_file = "%s";'
                    % (W.sink.port, W.ca["ca.pem"], self.pw))
        path = os.path.join(self.d, "ag.conf")
        with open(path, "w") as f:
            f.write("""
rules_dir = "{rules}";
local_rules_dir = "{d}/rules.d";
state_dir = "{d}/state";
timeouts = {{ connect = 5; command = 10; }};
accounts = ( {{ name = "{name}";
  imap = {{ {imap} }};
  smtp = {{ {smtp} }};
  {folders}
}} );
""".format(rules=os.path.abspath(RULES), d=self.d, imap=imap, smtp=smtp, folders=folders,
           name=name))
        return path

    def doctor(self, conf, *args):
        r = subprocess.run([DOCTOR, "-c", conf] + list(args), capture_output=True, text=True,
                           timeout=120)
        lines = r.stdout.splitlines()
        for i, ln in enumerate(lines):
            if ln.startswith("     fix: "):
                self.assertTrue(lines[i - 1].startswith("FAIL"), r.stdout)
                continue
            self.assertRegex(ln, LINE, r.stdout)
            if ln.startswith("FAIL"):
                self.assertTrue(i + 1 < len(lines) and lines[i + 1].startswith("     fix: "),
                                r.stdout)
        return r

    def line(self, r, level, check):
        """The detail of the first line with this level and check, or fail."""
        for ln in r.stdout.splitlines():
            m = LINE.match(ln)
            if m and m.group(1).strip() == level and m.group(2) == check:
                return m.group(3)
        self.fail("no '%s %s' line in:\n%s%s" % (level, check, r.stdout, r.stderr))

    def make_folders(self, *names):
        c = W.dv.client(self.user)
        for n in names:
            c.create('"%s"' % n)
        c.logout()


class TestDovecot(Case):
    def test_notices_and_buyer_mail_on_another_login(self):
        self.make_folders(*FOLDERS)
        own = self.user + "own"
        src = ('imap = { host = "127.0.0.1"; port = %d; tls = "implicit"; ca_file = "%s"; '
               'user = "%s"; password_file = "%s"; };' % (W.dv.port, W.ca["ca.pem"], own,
                                                          self.pw))
        conf = self.conf(folders='seller_state = true;\n'
                                 '  notices = { folder = "Amazon"; %s };\n'
                                 '  buyer_mail = { folder = "Buyers"; %s };' % (src, src))
        r = self.doctor(conf)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("%s logged in" % own, self.line(r, "ok", "t notices.imap login"))
        self.assertIn("daemon creates it", self.line(r, "warn", "t notices folder"))
        self.assertIn('"Buyers" does not exist on %s@127.0.0.1' % own,
                      self.line(r, "FAIL", "t buyer_mail folder"))
        # --create-folders makes the notices folder, never the seller's buyer folder
        r = self.doctor(conf, "--create-folders")
        self.assertIn("created", self.line(r, "ok", "t notices folder"))
        self.line(r, "FAIL", "t buyer_mail folder")
        c = W.dv.client(own)
        c.create('"Buyers"')
        c.logout()
        r = self.doctor(conf)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("exists", self.line(r, "ok", "t buyer_mail folder"))

    def test_all_ok(self):
        self.make_folders(*FOLDERS)
        r = self.doctor(self.conf())
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertNotIn("FAIL", r.stdout)
        self.assertIn("127.0.0.1", self.line(r, "ok", "t imap dns"))
        tls = self.line(r, "ok", "t imap tls")
        self.assertIn("implicit TLS verified", tls)
        self.assertIn("IP:127.0.0.1", tls)
        self.assertIn("DNS:localhost", tls)
        self.assertIn("password_file", self.line(r, "ok", "t imap secret"))
        self.assertIn("AUTHENTICATE PLAIN", self.line(r, "ok", "t imap login"))
        for cap in ("IDLE", "UIDPLUS", "MOVE"):
            self.line(r, "ok", "t imap " + cap)
        # This Dovecot has no special_use mailboxes configured, so it does not announce
        # SPECIAL-USE: a warning, not a failure.
        self.assertIn("t imap SPECIAL-USE: ", r.stdout)
        self.line(r, "ok", "t imap APPENDLIMIT")
        for key in ("watch", "relayed", "rejected", "review", "approved", "reports"):
            self.assertIn("exists", self.line(r, "ok", "t imap folder " + key))
        self.assertIn("STARTTLS verified", self.line(r, "ok", "t smtp tls"))
        self.assertIn("PLAIN", self.line(r, "ok", "t smtp AUTH"))
        self.assertIn("AUTH PLAIN", self.line(r, "ok", "t smtp login"))
        for kw in ("8BITMIME", "SMTPUTF8", "SIZE"):
            self.line(r, "ok", "t smtp " + kw)
        self.assertRegex(self.line(r, "ok", "rules"), r"ruleset [0-9a-f]+, \d+ rules")
        self.line(r, "ok", "state dir owner")
        self.assertEqual(self.line(r, "ok", "state dir mode"), "0700")
        # The password is "secret", also the name of a check: look past the names.
        out = re.sub(r" (imap|smtp) secret: ", " ", r.stdout + r.stderr)
        self.assertNotIn(PASSWORD, out)
        self.assertNotIn(base64.b64encode(PASSWORD.encode()).decode(), out)
        # Read-only: nothing was sent through the relay.
        self.assertEqual(W.sink.received(), [])

    def test_missing_folder_fails_and_create_folders_fixes_it(self):
        self.make_folders(*[f for f in FOLDERS if f != "AliasGate/Review"])
        conf = self.conf()
        r = self.doctor(conf)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn('"AliasGate/Review" does not exist',
                      self.line(r, "FAIL", "t imap folder review"))
        self.assertIn("--create-folders", r.stdout)
        # Read-only without the option: the folder is still missing.
        c = W.dv.client(self.user)
        typ, lst = c.list()
        c.logout()
        self.assertFalse(any(b"AliasGate/Review" in x for x in lst), lst)
        r = self.doctor(conf, "--create-folders")
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertIn("created", self.line(r, "ok", "t imap folder review"))
        r = self.doctor(conf)
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertIn("exists", self.line(r, "ok", "t imap folder review"))

    def test_wrong_password_fails_with_server_words_never_the_password(self):
        self.make_folders(*FOLDERS)
        wrong = self.secret_file("wrong", "hunter2-wrong-pw")
        imap = ('host = "127.0.0.1"; port = %d; tls = "implicit"; ca_file = "%s"; '
                'user = "%s"; password_file = "%s";' % (W.dv.port, W.ca["ca.pem"], self.user,
                                                        wrong))
        smtp = ('host = "127.0.0.1"; port = %d; tls = "starttls"; ca_file = "%s"; '
                'user = "seller"; password_file = "%s";' % (W.sink.port, W.ca["ca.pem"], wrong))
        r = self.doctor(self.conf(imap=imap, smtp=smtp))
        self.assertEqual(r.returncode, 1, r.stdout)
        detail = self.line(r, "FAIL", "t imap login")
        self.assertIn("AUTHENTICATIONFAILED", detail)  # Dovecot's own words
        self.assertIn("535 5.7.8", self.line(r, "FAIL", "t smtp login"))
        out = r.stdout + r.stderr
        self.assertNotIn("hunter2", out)
        for s in (b"\0" + self.user.encode() + b"\0hunter2-wrong-pw", b"\0seller\0hunter2-wrong-pw",
                  b"hunter2-wrong-pw"):
            self.assertNotIn(base64.b64encode(s).decode(), out)

    def test_certificate_for_another_host_fails_tls(self):
        imap = ('host = "127.0.0.1"; port = %d; tls = "implicit"; ca_file = "%s"; '
                'user = "%s"; password_file = "%s";' % (W.other.port, W.ca["ca.pem"], self.user,
                                                        self.pw))
        r = self.doctor(self.conf(imap=imap))
        self.assertEqual(r.returncode, 1, r.stdout)
        self.line(r, "ok", "t imap connect")
        detail = self.line(r, "FAIL", "t imap tls")
        self.assertIn("not accepted", detail)
        self.assertIn("mail.other.example", detail)  # what the certificate does name
        self.assertNotIn("t imap login", r.stdout)  # no credential after a failed TLS
        self.assertNotIn("user=<%s>" % self.user, W.other.log())

    def test_world_writable_state_dir_fails(self):
        self.make_folders(*FOLDERS)
        os.chmod(os.path.join(self.d, "state"), 0o777)
        r = self.doctor(self.conf())
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("world-writable", self.line(r, "FAIL", "state dir mode"))
        self.assertIn("chmod 0700", r.stdout)

    def test_config_that_does_not_load_is_78_with_file_line(self):
        path = os.path.join(self.d, "bad.conf")
        with open(path, "w") as f:
            f.write('state_dir = "/tmp";\nno_such_key = 1;\naccounts = ();\n')
        r = self.doctor(path)
        self.assertEqual(r.returncode, 78, r.stdout + r.stderr)
        self.assertRegex(r.stderr, re.escape(path) + r":\d+:")

    def test_account_option(self):
        self.make_folders(*FOLDERS)
        conf = self.conf()
        r = self.doctor(conf, "--account", "t")
        self.assertEqual(r.returncode, 0, r.stdout)
        r = self.doctor(conf, "--account", "nosuch")
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertIn("nosuch", r.stderr)


class TestScripted(Case):
    """The scripted IMAP server (in clear on loopback) playing other servers."""

    def fake_conf(self, fake, folders="", secret=None):
        imap = 'host = "127.0.0.1"; port = %d; tls = "none"; user = "seller@example.com"; ' % \
            fake.port
        imap += secret or 'password_file = "%s";' % self.pw
        smtp = 'host = "127.0.0.1"; port = %d; tls = "none";' % W.plain.port
        return self.conf(imap=imap, smtp=smtp, folders=folders)

    @staticmethod
    def listing(extra=b""):
        return (b'* LIST (\\HasNoChildren) "/" "INBOX"\r\n'
                b'* LIST (\\HasChildren) "/" "AliasGate"\r\n' +
                b"".join(b'* LIST (\\HasNoChildren) "/" "%s"\r\n' % f.encode() for f in FOLDERS) +
                extra + b"{tag} OK LIST done\r\n")

    def gmail(self):
        return FakeImap(b"* OK Gimap ready for requests from 127.0.0.1\r\n", {
            "CAPABILITY": [b"* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST "
                           b"CHILDREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN\r\n"
                           b"{tag} OK Thats all she wrote!\r\n",
                           b"* CAPABILITY " + GMAIL_CAPS + b"\r\n{tag} OK Success\r\n"],
            "AUTHENTICATE": [b"{tag} OK seller@example.com authenticated (Success)\r\n"],
            "LIST": [self.listing(
                b'* LIST (\\HasChildren \\Noselect) "/" "[Gmail]"\r\n'
                b'* LIST (\\All \\HasNoChildren) "/" "[Gmail]/All Mail"\r\n'
                b'* LIST (\\HasNoChildren \\Sent) "/" "[Gmail]/Sent Mail"\r\n'
                b'* LIST (\\HasNoChildren) "/" "Outbox"\r\n')],
            "STATUS": [b'* STATUS "Outbox" (MESSAGES 3)\r\n{tag} OK Success\r\n'],
            "LOGOUT": [b"* BYE LOGOUT Requested\r\n{tag} OK 73 good day (Success)\r\n"],
        })

    def test_gmail(self):
        fake = self.gmail()
        r = self.doctor(self.fake_conf(fake))
        fake.join(10)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("'Immediately delete the message forever'",
                      self.line(r, "warn", "t imap gmail expunge"))
        self.assertIn("When a message is marked as deleted and expunged",
                      self.line(r, "warn", "t imap gmail expunge"))
        self.assertIn("15 simultaneous IMAP connections",
                      self.line(r, "info", "t imap gmail connections"))
        self.assertIn("Show in IMAP", self.line(r, "info", "t imap gmail labels"))
        self.assertIn("35651584", self.line(r, "ok", "t imap APPENDLIMIT"))
        self.assertIn("3 messages", self.line(r, "warn", "t imap old Outbox"))
        self.line(r, "warn", "t imap tls")  # tls = "none"
        self.assertNotIn("exchange", r.stdout)
        # Read-only: LIST and STATUS, never SELECT, STORE, EXPUNGE, CREATE, APPEND.
        self.assertIn(b'LIST "" "*" RETURN (SPECIAL-USE)', fake.got)
        for verb in (b"SELECT", b"STORE", b"EXPUNGE", b"CREATE", b"APPEND", b"MOVE"):
            self.assertNotIn(b" " + verb + b" ", fake.got)

    def test_gmail_special_use_folder_fails(self):
        fake = self.gmail()
        r = self.doctor(self.fake_conf(fake, 'folders = { watch = "[Gmail]/Sent Mail"; };'))
        fake.join(10)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("\\Sent", self.line(r, "FAIL", "t imap folder watch"))

    def exchange(self):
        return FakeImap(b"* OK fake IMAP4 service is ready.\r\n", {
            "CAPABILITY": [b"* CAPABILITY " + EXCHANGE_CAPS + b"\r\n{tag} OK CAPABILITY "
                           b"completed.\r\n"],
            "AUTHENTICATE": [b"{tag} OK AUTHENTICATE completed.\r\n"],
            "LIST": [self.listing(
                b'* LIST (\\HasNoChildren) "/" "Postausgang"\r\n'
                b'* LIST (\\HasNoChildren) "/" "Gesendete Elemente"\r\n')],
            "LOGOUT": [b"* BYE Microsoft Exchange Server IMAP4 server signing off.\r\n"
                       b"{tag} OK LOGOUT completed.\r\n"],
        })

    def test_exchange(self):
        fake = self.exchange()
        r = self.doctor(self.fake_conf(fake))
        fake.join(10)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("localized", self.line(r, "warn", "t imap exchange folders"))
        detail = self.line(r, "warn", "t imap exchange smtp auth")
        self.assertIn("December 2026", detail)
        self.assertIn("OAuth2", detail)
        self.line(r, "warn", "t imap SPECIAL-USE")
        self.assertNotIn("gmail", r.stdout)

    def test_exchange_localized_outbox_fails(self):
        fake = self.exchange()
        r = self.doctor(self.fake_conf(fake, 'folders = { watch = "Postausgang"; };'))
        fake.join(10)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("system folder", self.line(r, "FAIL", "t imap folder watch"))

    def test_xoauth2_error_challenge_decoded(self):
        fake = FakeImap(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] fake\r\n", {
            "AUTHENTICATE": [b"+ " + base64.b64encode(XOAUTH2_JSON) + b"\r\n"],
            "": [b"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n"],
            "LOGOUT": [b"* BYE\r\n{tag} OK\r\n"],
        })
        r = self.doctor(self.fake_conf(
            fake, secret='oauth2_token_command = "echo tok-abc-123";'))
        fake.join(10)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("oauth2_token_command printed a token",
                      self.line(r, "ok", "t imap secret"))
        detail = self.line(r, "FAIL", "t imap login")
        self.assertIn("status 401, schemes Bearer, scope https://mail.google.com/", detail)
        self.assertIn("Invalid credentials", detail)
        self.assertNotIn("tok-abc-123", r.stdout + r.stderr)
        self.assertIn(b"tok-abc-123", base64.b64decode(
            re.search(rb"AUTHENTICATE XOAUTH2 (\S+)", fake.got).group(1)))


class TestDispatch(unittest.TestCase):
    def test_aliasgate_doctor_help_runs_the_doctor(self):
        r = subprocess.run([CLI, "doctor", "--help"], capture_output=True, text=True,
                           timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Usage: aliasgate doctor -c FILE", r.stdout)
        self.assertIn("--create-folders", r.stdout)
        r = subprocess.run([CLI, "doctor"], capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn("-c FILE is required", r.stderr)


if __name__ == "__main__":
    unittest.main()
