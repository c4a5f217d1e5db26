"""Real mail servers on loopback for the integration tests and the demo.

A private Dovecot (IMAP, TLS with a CA made here) and an SMTP sink (aiosmtpd, in its
own process so the daemon can be killed while the sink keeps counting). Run with
/usr/bin/python3: Debian's python3-aiosmtpd is not visible to other interpreters.
Nothing here listens anywhere but 127.0.0.1.
"""
import imaplib
import json
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "secret"

# One compiled-rules cache for every daemon and CLI the tests start, as a host's
# /var/cache/aliasgate outlives restarts (CacheDirectory= in the unit): the shipped rules
# compile once per run instead of once per test. Keys name the ruleset digest and the
# library versions, so a stale entry is never used; the cache's own tests
# (tests/unit/policy/test-cache.c) use directories of their own.
TEST_CACHE = os.environ.setdefault(
    "CACHE_DIRECTORY", "/tmp/aliasgate-test-cache-%d" % os.getuid())
os.environ.setdefault("XDG_CACHE_HOME", TEST_CACHE)
os.makedirs(TEST_CACHE, mode=0o700, exist_ok=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("nothing listens on 127.0.0.1:%d" % port)


def run(*cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ca(d):
    """A CA, a server certificate for 127.0.0.1/localhost signed by it, and a
    self-signed certificate that must not verify. Returns a dict of paths."""
    os.makedirs(d, exist_ok=True)
    p = {k: os.path.join(d, k) for k in
         ("ca.key", "ca.pem", "srv.key", "srv.csr", "srv.pem", "ext.cnf", "bad.key", "bad.pem")}
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=aliasgate test CA", "-keyout", p["ca.key"], "-out", p["ca.pem"])
    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
        "-keyout", p["srv.key"], "-out", p["srv.csr"])
    with open(p["ext.cnf"], "w") as f:
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run("openssl", "x509", "-req", "-in", p["srv.csr"], "-CA", p["ca.pem"], "-CAkey",
        p["ca.key"], "-CAcreateserial", "-days", "2", "-extfile", p["ext.cnf"],
        "-out", p["srv.pem"])
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        "-keyout", p["bad.key"], "-out", p["bad.pem"])
    for k in ("srv.key", "bad.key"):
        os.chmod(p[k], 0o644)  # dovecot reads it after dropping privileges
    return p


def ensure_vmail():
    try:
        pwd.getpwnam("vmail")
    except KeyError:
        run("useradd", "-r", "-M", "-d", "/nonexistent", "-s", "/usr/sbin/nologin", "vmail")


class Dovecot:
    """dovecot -c FILE on 127.0.0.1:port; user "seller", password "secret"."""

    def __init__(self, d, ca, port=None, cert="srv", starttls_port=None, extra=""):
        """starttls_port: also listen for plain IMAP (STARTTLS) there; extra: more
        settings appended to dovecot.conf (later ones override earlier ones)."""
        ensure_vmail()
        self.dir = d
        self.port = port or free_port()
        self.ca = ca
        self.cert = cert
        self.starttls_port = starttls_port
        self.extra = extra
        os.makedirs(d, exist_ok=True)
        for sub in ("base", "state", "home"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
        # vmail must traverse everything above the mail home.
        p = os.path.abspath(d)
        while p != "/":
            os.chmod(p, os.stat(p).st_mode | 0o755)
            p = os.path.dirname(p)
        shutil.chown(os.path.join(d, "home"), "vmail", "vmail")
        self.conf = os.path.join(d, "dovecot.conf")
        self.write_conf()

    def write_conf(self):
        d = os.path.abspath(self.dir)
        with open(self.conf, "w") as f:
            f.write("""
base_dir = {d}/base
state_dir = {d}/state
listen = 127.0.0.1
protocols = imap
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = static
  args = password={pw}
}}
userdb {{
  driver = static
  args = uid=vmail gid=vmail home={d}/home/%u
}}
mail_location = maildir:~/Maildir:LAYOUT=fs
namespace inbox {{
  inbox = yes
  separator = /
}}
default_login_user = dovenull
default_internal_user = dovecot
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
{extra}
""".format(d=d, cert=self.ca[self.cert + ".pem"], key=self.ca[self.cert + ".key"],
           pw=PASSWORD, port=self.port, plain=self.starttls_port or 0, extra=self.extra))

    def start(self):
        subprocess.run(["dovecot", "-c", self.conf], check=True)
        wait_port(self.port)

    def stop(self):
        pidf = os.path.join(self.dir, "base", "master.pid")
        try:
            pid = int(open(pidf).read())
        except (OSError, ValueError):
            return
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    def restart(self):
        self.stop()
        time.sleep(0.2)
        self.start()

    def log(self):
        try:
            return open(os.path.join(self.dir, "dovecot.log"), errors="replace").read()
        except OSError:
            return ""

    def client(self, user="seller"):
        ctx = ssl.create_default_context(cafile=self.ca["ca.pem"])
        c = imaplib.IMAP4_SSL("127.0.0.1", self.port, ssl_context=ctx)
        c.login(user, PASSWORD)
        return c

    def append(self, folder, raw, user="seller"):
        self.append_many(folder, [raw], user)

    def append_many(self, folder, raws, user="seller"):
        """APPEND each message in order, on one login (a login per message costs a TLS
        handshake each: most of a corpus-sized test's time)."""
        c = self.client(user)
        try:
            c.create(folder)
        except imaplib.IMAP4.abort:
            # Dovecot may drop this session when the daemon under test creates the
            # same folder at that moment (seen once in CI: EOF on CREATE right after
            # the daemon started); the harness's own feeding is retried once
            c = self.client(user)
            c.create(folder)
        try:
            for raw in raws:
                typ, data = c.append(folder, None, None, raw)
                if typ != "OK":
                    raise RuntimeError("APPEND %s: %s" % (folder, data))
        finally:
            c.logout()

    def messages(self, folder, user="seller"):
        """Raw bytes of every message in folder, in UID order ([] if no folder)."""
        c = self.client(user)
        typ, _ = c.select('"%s"' % folder, readonly=True)
        out = []
        if typ == "OK":
            # one UID FETCH for the folder (a corpus-sized folder took a round trip per
            # message); a message the daemon moved away meanwhile is simply not in it
            typ, data = c.uid("FETCH", "1:*", "(UID BODY.PEEK[])")
            got = []
            for part in data or []:
                if isinstance(part, tuple):
                    m = re.search(rb"UID (\d+)", part[0])
                    got.append((int(m.group(1)) if m else 0, part[1]))
            out = [body for _, body in sorted(got, key=lambda g: g[0])]
        c.logout()
        return out

    def recreate(self, folder, user="seller"):
        """Delete and re-create a folder so its UIDVALIDITY changes; keeps contents."""
        msgs = self.messages(folder, user)
        c = self.client(user)
        c.delete('"%s"' % folder)
        c.create('"%s"' % folder)
        c.logout()
        time.sleep(1.1)  # Dovecot's UIDVALIDITY is a timestamp
        for m in msgs:
            self.append(folder, m, user)

    def uidvalidity(self, folder, user="seller"):
        c = self.client(user)
        typ, data = c.status('"%s"' % folder, "(UIDVALIDITY)")
        c.logout()
        return data[0]


class SmtpSink:
    """tests/integration/smtpsink.py in its own process. Each accepted message is a
    JSON file in dir/mail; write a mode with set_mode()."""

    def __init__(self, d, port=None, tls=None, ca=None, auth=False):
        self.dir = d
        self.port = port or free_port()
        os.makedirs(os.path.join(d, "mail"), exist_ok=True)
        self.args = ["/usr/bin/python3", os.path.join(HERE, "smtpsink.py"), "--dir", d,
                     "--port", str(self.port)]
        if tls:
            self.args += ["--tls", tls, "--cert", ca["srv.pem"], "--key", ca["srv.key"]]
        if auth:
            self.args += ["--auth", "seller:" + PASSWORD]
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(self.args, stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.dir, "sink.log"), "a"))
        wait_port(self.port)

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(5)
            self.proc = None

    def set_mode(self, mode):
        """"" normal, "4xx N" (451 to the next N DATA), "5xx" (554 at DATA),
        "drop-after-dot" (close without a reply after the data)."""
        with open(os.path.join(self.dir, "mode"), "w") as f:
            f.write(mode)

    def received(self):
        out = []
        md = os.path.join(self.dir, "mail")
        for name in sorted(os.listdir(md)):
            if not name.endswith(".json"):
                continue  # ".NNNNNN.tmp": still being written, renamed when whole
            with open(os.path.join(md, name)) as f:
                out.append(json.load(f))
        return out

    def wire(self):
        """Every byte the sink read from clients, concatenated."""
        try:
            return open(os.path.join(self.dir, "wire.bin"), "rb").read()
        except OSError:
            return b""
