"""A private Postfix on loopback for the mail-host (Recipe 1) integration test.

Postfix(d, ...) writes its own main.cf and master.cf into d/etc and keeps its queue
and data directories under d, then runs `postfix -c d/etc start`. It never reads or
writes /etc/postfix (only the package's read-only meta files there, postfix-files and
dynamicmaps.cf, which every instance uses) and never talks to the system instance.
Everything listens on 127.0.0.1 only; nothing does DNS.

Postfix must run as root here (master(8) starts as root and its daemons drop to
mail_owner = postfix; postdrop/postqueue are setgid_group = postdrop), as Debian's
package installs it. Run with /usr/bin/python3, like servers.py.
"""
import os
import re
import shlex
import shutil
import subprocess
import time

POSTFIX = "/usr/sbin/postfix"


def ensure_postfix():
    """Install Debian's postfix if it is missing, without letting the package start
    or configure a system instance ("No configuration": no /etc/postfix/main.cf, so no
    system master can run). If a system instance runs anyway, stop it: the tests must
    only ever talk to their private one."""
    if not os.path.exists(POSTFIX):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["debconf-set-selections"], check=True, text=True,
                       input="postfix postfix/main_mailer_type select No configuration\n")
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                        "postfix"], check=True, env=env, stdout=subprocess.DEVNULL)
    if os.path.exists("/etc/postfix/main.cf"):
        st = subprocess.run([POSTFIX, "status"], capture_output=True)
        if st.returncode == 0:
            subprocess.run([POSTFIX, "stop"], capture_output=True)


def parse_main_cf(text):
    """{parameter: value} of a main.cf text (comments and continuation lines handled)."""
    out = {}
    key = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace() and key:
            out[key] += " " + line.strip()
            continue
        m = re.match(r"([A-Za-z0-9_]+)\s*=\s*(.*)$", line)
        if not m:
            raise ValueError("main.cf: cannot parse %r" % line)
        key = m.group(1)
        out[key] = m.group(2).strip()
    return out


class Postfix:
    """A private Postfix instance.

    d:            its directory (config in d/etc, queue in d/queue, data in d/data,
                  log in d/maillog)
    relay_port:   every message Postfix does not deliver itself leaves through
                  relayhost [127.0.0.1]:relay_port ("the rest of the internet")
    tls:          (cert, key) for smtpd (the recipe's submission demands TLS)
    main_extra:   text appended to main.cf (the recipe's main.cf)
    master_extra: text appended to master.cf (the recipe's master.cf)
    files:        {name: text} installed into the config directory (transport tables)
    local:        (domain, pipe argv) to deliver mail for the seller's own domain into
                  the seller's INBOX like a real mail host, so a bounce to the seller
                  lands in INBOX where a test can see it; None: no local domain.
    """

    def __init__(self, d, relay_port, tls, main_extra="", master_extra="", files=None,
                 local=None, hostname="mail.brightpeak.example"):
        self.dir = os.path.abspath(d)
        self.cfg = os.path.join(self.dir, "etc")
        self.queue = os.path.join(self.dir, "queue")
        self.data = os.path.join(self.dir, "data")
        self.maillog = os.path.join(self.dir, "maillog")
        self.relay_port = relay_port
        self.tls = tls
        self.main_extra = main_extra
        self.master_extra = master_extra
        self.files = files or {}
        self.local = local
        self.hostname = hostname
        ensure_postfix()
        os.makedirs(self.cfg, exist_ok=True)
        # postfix (the mail_owner) must traverse every directory above its queue.
        p = self.dir
        while p != "/":
            os.chmod(p, os.stat(p).st_mode | 0o755)
            p = os.path.dirname(p)
        # The queue directory must exist and belong to root before Postfix starts;
        # `postfix start` creates its subdirectories (post-install create-missing).
        # private/ is made here too because Dovecot may bind its auth socket there
        # before Postfix first starts.
        os.makedirs(os.path.join(self.queue, "private"), exist_ok=True)
        os.chmod(self.queue, 0o755)
        shutil.chown(os.path.join(self.queue, "private"), "postfix", "root")
        os.chmod(os.path.join(self.queue, "private"), 0o700)
        self.write_conf()

    # Settings of the private instance. Each differs from Postfix's default, and why.
    def base_main_cf(self):
        cert, key = self.tls
        lines = [
            "# Private test instance of tests/integration/postfix.py; the aliasgate",
            "# recipe (packaging/mailhost/main.cf) follows at the end, verbatim.",
            "# 3.6 behaviour, no backwards-compatibility warnings in the log.",
            "compatibility_level = 3.6",
            "# Own queue and data directories: nothing shared with a system instance.",
            "queue_directory = %s" % self.queue,
            "data_directory = %s" % self.data,
            "# Debian's users (defaults too, stated because master runs as root here).",
            "mail_owner = postfix",
            "setgid_group = postdrop",
            "# Log to a file the test can read; there is no syslog in the container.",
            "maillog_file = %s" % self.maillog,
            "maillog_file_prefixes = %s" % self.dir,
            "# A fixed name: gethostname() in a container is no FQDN.",
            "myhostname = %s" % self.hostname,
            "mydomain = brightpeak.example",
            "myorigin = $mydomain",
            "# Loopback, IPv4 only: nothing of the test is reachable from outside.",
            "inet_interfaces = loopback-only",
            "inet_protocols = ipv4",
            "mynetworks = 127.0.0.0/8",
            "# No DNS anywhere: every outbound message goes to the relayhost by address.",
            "disable_dns_lookups = yes",
            "smtp_dns_support_level = disabled",
            "smtp_host_lookup = native",
            "relayhost = [127.0.0.1]:%d" % self.relay_port,
            "# The relay sink speaks plain SMTP.",
            "smtp_tls_security_level = none",
            "# Nothing is delivered by local(8): no /etc/aliases, no local users.",
            "mydestination =",
            "alias_maps =",
            "alias_database =",
            "local_recipient_maps =",
            "# The submission service (recipe master.cf) demands TLS; the test CA's",
            "# server certificate for 127.0.0.1.",
            "smtpd_tls_cert_file = %s" % cert,
            "smtpd_tls_key_file = %s" % key,
            "# Retry deferred mail quickly so a test sees the outcome, and give up",
            "# (bounce) within the test's lifetime rather than days later.",
            "queue_run_delay = 5s",
            "minimal_backoff_time = 5s",
            "maximal_backoff_time = 10s",
            "# No biff(1) notifications, no comsat lookups.",
            "biff = no",
        ]
        if self.local:
            lines += [
                "# The seller's own domain is delivered into the seller's Dovecot INBOX",
                "# (as on a real mail host), so bounces to the seller land in INBOX.",
                "virtual_mailbox_domains = %s" % self.local[0],
                "virtual_mailbox_maps = static:ok",
                "virtual_transport = inbox",
            ]
        return "\n".join(lines) + "\n"

    def base_master_cf(self):
        # Debian's master.cf without the port 25 listener and without chroot (a
        # chroot needs copies of /etc files in the queue directory, made by Debian's
        # init script for the system instance only). The recipe adds submission.
        rows = """
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""
        text = "# Private test instance of tests/integration/postfix.py.\n" + rows.lstrip()
        if self.local:
            text += ("inbox     unix  -       n       n       -       -       pipe\n"
                     "  flags=DRO user=vmail argv=%s\n" % " ".join(self.local[1]))
        return text

    def write_conf(self):
        with open(os.path.join(self.cfg, "main.cf"), "w") as f:
            f.write(self.base_main_cf())
            if self.main_extra:
                f.write("\n" + self.main_extra)
        with open(os.path.join(self.cfg, "master.cf"), "w") as f:
            f.write(self.base_master_cf())
            if self.master_extra:
                f.write("\n" + self.master_extra)
        for name, text in self.files.items():
            with open(os.path.join(self.cfg, name), "w") as f:
                f.write(text)
        # Debian loads map types from $config_directory/dynamicmaps.cf; the package's
        # file is empty unless postfix-pcre & co. are installed. Use the same.
        dm = os.path.join(self.cfg, "dynamicmaps.cf")
        if not os.path.exists(dm):
            src = "/etc/postfix/dynamicmaps.cf"
            with open(dm, "w") as f:
                f.write(open(src).read() if os.path.exists(src) else "")

    def installed(self, name):
        return open(os.path.join(self.cfg, name)).read()

    def cmd(self, *args, check=True):
        # postfix(1) prints its errors only to a terminal (else only to the log,
        # which may not be open yet): give it one with script(1).
        line = " ".join(shlex.quote(a) for a in [POSTFIX, "-c", self.cfg] + list(args))
        r = subprocess.run(["script", "-qec", line, "/dev/null"], capture_output=True,
                           text=True, stdin=subprocess.DEVNULL)
        if check and r.returncode != 0:
            raise RuntimeError("postfix -c %s %s: rc %d\n%s%s" % (
                self.cfg, " ".join(args), r.returncode, r.stdout, r.stderr))
        return r

    def postconf(self, *args):
        return subprocess.run(["postconf", "-c", self.cfg] + list(args), check=True,
                              capture_output=True, text=True).stdout

    def check(self):
        """`postfix -c DIR check`: rc and everything it printed (warnings included)."""
        r = self.cmd("check", check=False)
        return r.returncode, (r.stdout + r.stderr).strip()

    def start(self):
        self.cmd("start")
        # master answers once its pid file is there and the services are bound.
        end = time.time() + 15
        while time.time() < end:
            if self.cmd("status", check=False).returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("private postfix did not start:\n" + self.log())

    def stop(self):
        if self.cmd("stop", check=False).returncode != 0:
            self.cmd("abort", check=False)
        end = time.time() + 10
        while time.time() < end and self.cmd("status", check=False).returncode == 0:
            time.sleep(0.1)
        if self.cmd("status", check=False).returncode == 0:
            self.cmd("abort", check=False)

    def flush(self):
        self.cmd("flush", check=False)

    def queue_ids(self):
        """Queue ids of every message still queued (active, incoming, deferred, hold,
        maildrop), read from the queue directories (postqueue needs the default
        main.cf to list this instance in alternate_config_directories)."""
        ids = []
        for sub in ("maildrop", "incoming", "active", "deferred", "hold"):
            for root, _dirs, names in os.walk(os.path.join(self.queue, sub)):
                ids += names
        return ids

    def log(self):
        try:
            return open(self.maillog, errors="replace").read()
        except OSError:
            return ""
