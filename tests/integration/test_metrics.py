#!/usr/bin/python3
"""The Prometheus endpoint, the verdict log fields and `aliasgate stats`, against a real
Dovecot and SMTP sink on loopback (the harness of test_daemon.py).

Environment: AG_DAEMON (aliasgated), AG_CLI (aliasgate; `aliasgate stats` execs
aliasgate-stats next to it), AG_RULES, AG_DASHBOARD (packaging/grafana/aliasgate.json).
"""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servers import Dovecot, SmtpSink, free_port, make_ca  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DAEMON = os.environ.get("AG_DAEMON", "build/daemon/aliasgated")
CLI = os.environ.get("AG_CLI", "build/cli/aliasgate")
RULES = os.environ.get("AG_RULES", "rules")
DASHBOARD = os.environ.get("AG_DASHBOARD",
                           os.path.join(HERE, "..", "..", "packaging", "grafana", "aliasgate.json"))
ALIAS = "6bmcx2l1t7cwrwb@marketplace.amazon.com"
ALIAS_DE = "9zzqx2l1t7cwabc@marketplace.amazon.de"
BAD = "Please leave us a 5-star review and use coupon code SAVE20 at www.brightpeak-shop.com"
WARN = "For warranty service call the manufacturer at +1 800 555 0100."

W = None


def msg(mid, body="Hello, the blue mug you ordered is back-ordered until Friday. We can ship the "
        "green one today instead, or wait for the blue one. Which do you prefer?",
        to=ALIAS, extra=""):
    lines = ["From: Bright Peak <seller@brightpeak.example>", "To: " + to,
             "Subject: Your order", "Message-ID: <%s@brightpeak.example>" % mid,
             "Date: Mon, 16 Nov 2026 10:00:00 +0000"]
    if extra:
        lines.append(extra)
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


def buyer(mid, body, frm=ALIAS, age=0):
    """A buyer's message as it arrives in the seller's INBOX from the alias."""
    import email.utils
    lines = ["From: Buyer <%s>" % frm, "To: seller@brightpeak.example", "Subject: Question",
             "Message-ID: <buyer-%s@marketplace.amazon.com>" % mid,
             "Date: " + email.utils.formatdate(time.time() - age)]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


# ---- a small parser for the Prometheus text format 0.0.4 ----

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$')
LABEL = re.compile(r'\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)')


def unescape(v):
    return re.sub(r'\\(.)', lambda m: "\n" if m.group(1) == "n" else m.group(1), v)


def parse_labels(s):
    labels, pos = {}, 0
    while pos < len(s):
        m = LABEL.match(s, pos)
        if not m:
            raise ValueError("bad labels: %r" % s)
        labels[m.group(1)] = unescape(m.group(2))
        pos = m.end()
    return labels


def parse_exposition(text):
    """Returns (types, helps, samples): samples is a list of (name, labels, value)."""
    types, helps, samples = {}, {}, []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("# HELP "):
            name, _, h = line[7:].partition(" ")
            helps[name] = h
            continue
        if line.startswith("# TYPE "):
            name, _, t = line[7:].partition(" ")
            if t not in ("counter", "gauge", "histogram", "summary", "untyped"):
                raise ValueError("bad type line: %r" % line)
            types[name] = t
            continue
        if line.startswith("#"):
            continue
        m = SAMPLE.match(line)
        if not m:
            raise ValueError("bad sample line: %r" % line)
        value = float(m.group(4).replace("+Inf", "inf"))
        samples.append((m.group(1), parse_labels(m.group(3) or ""), value))
    return types, helps, samples


def family(name, types):
    """The metric family a sample name belongs to (histogram suffixes)."""
    for suffix in ("_bucket", "_sum", "_count"):
        if name.endswith(suffix) and types.get(name[: -len(suffix)]) == "histogram":
            return name[: -len(suffix)]
    return name


def value(samples, name, **labels):
    got = [v for n, l, v in samples if n == name and all(l.get(k) == x for k, x in labels.items())]
    return sum(got) if got else None


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=5)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(5)
        self.sock.connect(self.path)


# ---- the servers ----

class World:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="ag-metrics-")
        self.ca = make_ca(os.path.join(self.dir, "ca"))
        self.dovecot = Dovecot(os.path.join(self.dir, "dovecot"), self.ca)
        self.dovecot.start()
        self.sink = SmtpSink(os.path.join(self.dir, "sink"))
        self.sink.start()
        self.pw = os.path.join(self.dir, "pw")
        with open(self.pw, "w") as f:
            f.write("secret\n")
        os.chmod(self.pw, 0o600)

    def close(self):
        self.dovecot.stop()
        self.sink.stop()
        if not os.environ.get("AG_KEEP"):
            shutil.rmtree(self.dir, ignore_errors=True)


def setUpModule():
    global W
    W = World()


def tearDownModule():
    W.close()


class Case(unittest.TestCase):
    def setUp(self):
        self.user = "m%d%s" % (os.getpid(), self._testMethodName[-20:].replace("_", ""))
        self.d = os.path.join(W.dir, self.user)
        os.makedirs(os.path.join(self.d, "rules.d"), exist_ok=True)
        W.sink.set_mode("")
        self.port = free_port()
        self.procs = []

    def tearDown(self):
        for p in self.procs:
            if p.poll() is None:
                p.kill()
                p.wait()

    def write_conf(self, metrics=None, extra=""):
        if metrics is None:
            metrics = 'metrics = { listen = "127.0.0.1:%d"; };' % self.port
        self.conf = os.path.join(self.d, "ag.conf")
        with open(self.conf, "w") as f:
            f.write("""
rules_dir = "{rules}";
local_rules_dir = "{d}/rules.d";
state_dir = "{d}/state";
timeouts = {{ connect = 5; command = 10; idle_refresh = 30; data_final = 10; }};
{metrics}
accounts = ( {{ name = "t";
  imap = {{ host = "127.0.0.1"; port = {iport}; tls = "implicit"; user = "{user}";
           password_file = "{pw}"; ca_file = "{ca}"; }};
  smtp = {{ host = "127.0.0.1"; port = {sport}; tls = "none"; }};
{extra}
}} );
""".format(rules=os.path.abspath(RULES), d=self.d, iport=W.dovecot.port, user=self.user,
           pw=W.pw, ca=W.ca["ca.pem"], sport=W.sink.port, metrics=metrics, extra=extra))

    def start(self):
        log = open(os.path.join(self.d, "daemon.log"), "a")
        p = subprocess.Popen([DAEMON, "-c", self.conf, "--foreground"], stdout=log, stderr=log)
        self.procs.append(p)
        self.assertTrue(self.wait_for(lambda: "started:" in self.log(), 60), self.log())
        return p

    def stop(self, p):
        p.send_signal(signal.SIGTERM)
        self.assertEqual(p.wait(timeout=30), 0, self.log())

    def log(self):
        try:
            return open(os.path.join(self.d, "daemon.log"), errors="replace").read()
        except OSError:
            return ""

    def wait_for(self, cond, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            if cond():
                return True
            time.sleep(0.2)
        return False

    def append(self, raw, folder="AliasGate/Queue"):
        W.dovecot.append(folder, raw, user=self.user)

    def count(self, folder):
        try:
            return len(W.dovecot.messages(folder, user=self.user))
        except Exception:
            return -1

    def scrape(self, path="/metrics"):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        c.request("GET", path)
        r = c.getresponse()
        body = r.read().decode()
        c.close()
        return r.status, r.getheader("Content-Type"), body


class TestMetrics(Case):
    def test_counts_log_fields_and_stats(self):
        self.write_conf()
        self.append(msg("clean1"))
        self.append(msg("clean2", to=ALIAS_DE))
        self.append(msg("bad1", body=BAD))
        self.append(msg("hold1", body="x", extra="Content-Type: text/plain; charset=x-klingon"))
        self.append(msg("warn1", body=WARN))
        self.append(msg("other1", to="friend@example.org"))
        self.append(msg("ovr1", body=BAD), folder="AliasGate/Approved")
        p = self.start()
        # relayed: clean1, clean2, warn1 and the override; rejected bad1; review hold1
        self.assertTrue(self.wait_for(lambda: self.count("AliasGate/Relayed") == 4 and
                                      self.count("AliasGate/Rejected") == 1 and
                                      self.count("AliasGate/Review") == 1), self.log())

        status, ctype, body = self.scrape()
        self.assertEqual(status, 200)
        self.assertTrue(ctype.startswith("text/plain; version=0.0.4"), ctype)
        types, helps, samples = parse_exposition(body)
        for name, _, _ in samples:
            self.assertIn(family(name, types), types, name)
            self.assertIn(family(name, types), helps, name)
        com, de = "marketplace.amazon.com", "marketplace.amazon.de"
        m = "aliasgate_messages_total"
        self.assertEqual(value(samples, m, account="t", outcome="relayed", marketplace=com,
                               rule=""), 2, body)  # clean1 and the override
        self.assertEqual(value(samples, m, account="t", outcome="relayed", marketplace=de,
                               rule=""), 1, body)
        self.assertEqual(value(samples, m, account="t", outcome="rejected", marketplace=com,
                               rule="links.url"), 1, body)
        self.assertEqual(value(samples, m, account="t", outcome="held", marketplace=com,
                               rule="engine.charset"), 1, body)
        self.assertEqual(value(samples, m, account="t", outcome="warned", marketplace=com,
                               rule=""), 1, body)
        self.assertEqual(value(samples, m, account="t", outcome="ignored", marketplace="",
                               rule=""), 1, body)
        self.assertEqual(value(samples, m, account="t"), 7, body)
        self.assertEqual(value(samples, "aliasgate_overrides_total", account="t",
                               marketplace=com, rule="links.url"), 1, body)
        self.assertEqual(types["aliasgate_relay_latency_seconds"], "histogram")
        self.assertEqual(value(samples, "aliasgate_relay_latency_seconds_count", account="t"),
                         4, body)
        self.assertEqual(value(samples, "aliasgate_relay_latency_seconds_bucket", account="t",
                               le="+Inf"), 4, body)
        self.assertEqual(value(samples, "aliasgate_imap_connected", account="t"), 1, body)
        self.assertGreater(value(samples, "aliasgate_journal_bytes", account="t"), 0, body)
        digest = re.search(r"started: .*ruleset ([0-9a-f]+)", self.log()).group(1)
        self.assertEqual(value(samples, "aliasgate_ruleset_info", digest=digest), 1, body)
        self.assertGreater(value(samples, "aliasgate_ruleset_reload_timestamp_seconds"),
                           time.time() - 600)
        self.assertEqual(value(samples, "aliasgate_up"), 1)
        # no alias in clear anywhere, only its domain
        self.assertNotIn("6bmcx2l1t7cwrwb", body)

        # the verdict log lines carry DIGEST= and MARKETPLACE=, never the alias
        log = self.log()
        rej = [line for line in log.splitlines() if "VERDICT=reject " in line]
        self.assertEqual(len(rej), 1, log)
        self.assertRegex(rej[0], r"ACCOUNT=t UIDVALIDITY=\d+ UID=\d+ VERDICT=reject "
                                 r"RULE=links.url DIGEST=[0-9a-f]{32} "
                                 r"MARKETPLACE=marketplace.amazon.com$")
        rel = [line for line in log.splitlines() if "VERDICT=relayed" in line]
        self.assertEqual(len(rel), 3, log)
        self.assertTrue(any("MARKETPLACE=marketplace.amazon.de" in x for x in rel), log)
        self.assertNotIn("6bmcx2l1t7cwrwb@", log)
        self.assertNotIn("WARNING: metrics", log)
        self.assertNotIn("9zzqx2l1t7cwabc@", log)

        # a second message moves the counters; a SIGHUP moves the reload time
        before = value(samples, "aliasgate_ruleset_reload_timestamp_seconds")
        self.append(msg("bad2", body=BAD))
        self.assertTrue(self.wait_for(lambda: self.count("AliasGate/Rejected") == 2), self.log())
        time.sleep(1.1)
        p.send_signal(signal.SIGHUP)
        self.assertTrue(self.wait_for(lambda: "rules reloaded" in self.log(), 60), self.log())
        _, _, body = self.scrape()
        _, _, samples = parse_exposition(body)
        self.assertEqual(value(samples, m, outcome="rejected", rule="links.url"), 2, body)
        self.assertGreater(value(samples, "aliasgate_ruleset_reload_timestamp_seconds"), before)
        status, _, _ = self.scrape("/nothing")
        self.assertEqual(status, 404)
        self.stop(p)

        # aliasgate stats against the same state dir
        r = subprocess.run([CLI, "stats", "-c", self.conf, "--format", "json"],
                           capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        st = json.loads(r.stdout)
        rules = {x["name"]: x for x in st["rules"]}
        self.assertEqual(rules["links.url"]["rejects"], 2, st)
        self.assertEqual(rules["links.url"]["overrides"], 1, st)
        self.assertEqual(rules["promo.coupon"]["hits"], 2, st)
        self.assertEqual(rules["engine.charset"]["holds"], 1, st)
        self.assertEqual(rules["contact.phone-warranty"]["warns"], 1, st)
        cats = {x["name"]: x for x in st["categories"]}
        self.assertEqual(cats["links"]["rejects"], 2, st)
        accts = {x["name"]: x for x in st["accounts"]}
        # clean1 clean2 bad1 hold1 warn1 ovr1 bad2; the ignored one is not a judgement
        self.assertEqual(accts["t"]["messages"], 7, st)
        self.assertEqual(accts["t"]["rejects"], 2, st)
        self.assertEqual(accts["t"]["holds"], 1, st)
        self.assertEqual(accts["t"]["warns"], 1, st)
        self.assertEqual(accts["t"]["overrides"], 1, st)
        mk = {x["name"]: x for x in st["marketplaces"]}
        self.assertEqual(mk["marketplace.amazon.de"]["messages"], 1, st)
        self.assertEqual(st["period"]["from"], time.strftime("%Y-%m-%d", time.gmtime()))
        self.assertEqual(st["period"]["files"], 1)
        self.assertEqual(st["damaged"]["regions"], 0)
        r = subprocess.run([CLI, "stats", "-c", self.conf], capture_output=True, text=True,
                           timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"period: \d{4}-\d\d-\d\d \.\. \d{4}-\d\d-\d\d")
        self.assertRegex(r.stdout, r"\nlinks\.url +2 +2 +0 +0 +1 +0\n")
        # --since tomorrow: nothing
        r = subprocess.run([CLI, "stats", "-c", self.conf, "--since",
                            time.strftime("%Y-%m-%d", time.gmtime(time.time() + 86400)),
                            "--format", "json"], capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout)["rules"], [])

    def test_reply_clock_figures(self):
        """The 24-hour clock (lib/state/replyclock.h) is exported per account and
        marketplace: one buyer message answered about 100 s later, one unanswered."""
        self.write_conf(extra="  seller_state = true;\n  response_warn = [ 2, 3600 ];")
        self.append(buyer("q1", "Where is order 123-4567890-1234567?", age=100), folder="INBOX")
        self.append(buyer("q2", "Hello?", frm=ALIAS_DE, age=30), folder="INBOX")
        reply = msg("q1", extra="In-Reply-To: <buyer-q1@marketplace.amazon.com>")
        self.append(reply.replace(b"Subject: Your order", b"Subject: Re: Question"))
        p = self.start()
        self.assertTrue(self.wait_for(lambda: self.count("AliasGate/Relayed") == 1), self.log())
        com, de = "marketplace.amazon.com", "marketplace.amazon.de"

        def figures():
            types, helps, samples = parse_exposition(self.scrape()[2])
            return samples
        self.assertTrue(self.wait_for(
            lambda: value(figures(), "aliasgate_buyer_messages", marketplace="all") == 2),
            self.scrape()[2])
        body = self.scrape()[2]
        types, helps, samples = parse_exposition(body)
        # a family's samples stay together (text format 0.0.4)
        seen, last = set(), None
        for name, _, _ in samples:
            fam = family(name, types)
            if fam != last:
                self.assertNotIn(fam, seen, "family %s split" % fam)
                seen.add(fam)
                last = fam
        v = lambda name, **l: value(samples, name, account="t", **l)  # noqa: E731
        self.assertEqual(v("aliasgate_buyer_messages", marketplace=com), 1, body)
        self.assertEqual(v("aliasgate_buyer_messages", marketplace=de), 1, body)
        self.assertEqual(v("aliasgate_buyer_answered", marketplace="all"), 1, body)
        self.assertEqual(v("aliasgate_buyer_answered_within_24h", marketplace=com), 1, body)
        self.assertEqual(v("aliasgate_buyer_pending", marketplace=de), 1, body)
        self.assertEqual(v("aliasgate_buyer_late", marketplace="all"), 0, body)
        self.assertEqual(v("aliasgate_buyer_answered_24h_ratio", marketplace=com), 1, body)
        med = v("aliasgate_response_seconds", marketplace=com, quantile="0.5")
        self.assertTrue(med is not None and 99 <= med < 200, body)
        # nothing answered for .de: no quantile rather than a zero
        self.assertIsNone(v("aliasgate_response_seconds", marketplace=de, quantile="0.5"), body)
        self.assertLess(v("aliasgate_gate_delay_seconds", marketplace=com, quantile="1"), 60, body)
        self.assertEqual(v("aliasgate_unanswered_threads", threshold="2"), 1, body)
        self.assertEqual(v("aliasgate_unanswered_threads", threshold="3600"), 0, body)
        self.stop(p)

    def test_latency_starts_at_the_append(self):
        """The relay latency runs from the message's INTERNALDATE (the seller's APPEND),
        not from when the daemon first saw it: appended 200 s ago, it is counted in the
        300 s bucket and not in the 60 s one."""
        self.write_conf()
        c = W.dovecot.client(self.user)
        c.create("AliasGate/Queue")
        typ, data = c.append("AliasGate/Queue", None, time.time() - 200, msg("late1"))
        c.logout()
        self.assertEqual(typ, "OK", data)
        p = self.start()
        self.assertTrue(self.wait_for(lambda: self.count("AliasGate/Relayed") == 1), self.log())
        types, helps, samples = parse_exposition(self.scrape()[2])
        b = "aliasgate_relay_latency_seconds_bucket"
        self.assertEqual(value(samples, b, account="t", le="60"), 0)
        self.assertEqual(value(samples, b, account="t", le="300"), 1)
        s = value(samples, "aliasgate_relay_latency_seconds_sum", account="t")
        self.assertTrue(195 <= s < 300, s)
        self.stop(p)

    def test_no_clock_without_seller_state(self):
        self.write_conf()
        p = self.start()
        types, helps, samples = parse_exposition(self.scrape()[2])
        self.assertIn("aliasgate_buyer_messages", types)
        self.assertIsNone(value(samples, "aliasgate_buyer_messages"))
        self.stop(p)

    def test_stats_reports_damage(self):
        """A flipped byte in the stats file is skipped and reported; the rest counts."""
        self.write_conf(metrics="")
        self.append(msg("d1", body=BAD))
        self.append(msg("d2", body=BAD))
        r = subprocess.run([DAEMON, "-c", self.conf, "--once", "--foreground"],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        sd = os.path.join(self.d, "state", "stats")
        (name,) = os.listdir(sd)
        path = os.path.join(sd, name)
        data = bytearray(open(path, "rb").read())
        data[18 + 20] ^= 0x40  # inside the first event, after the 18-byte header record
        data += b"\xa7\x01\x40"  # and a torn tail
        open(path, "wb").write(bytes(data))
        r = subprocess.run([CLI, "stats", "-c", self.conf, "--format", "json"],
                           capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        st = json.loads(r.stdout)
        self.assertEqual(st["period"]["events"], 1, st)
        self.assertEqual(st["damaged"]["regions"], 1, st)
        self.assertEqual(st["damaged"]["torn_files"], 1, st)
        self.assertIn("damaged region", r.stderr)
        self.assertIn("torn record", r.stderr)

    def test_unix_socket(self):
        path = os.path.join(self.d, "metrics.sock")
        self.write_conf(metrics='metrics = { listen = "unix:%s"; };' % path)
        p = self.start()
        self.assertTrue(self.wait_for(lambda: os.path.exists(path), 10), self.log())
        c = UnixHTTPConnection(path)
        c.request("GET", "/metrics")
        r = c.getresponse()
        self.assertEqual(r.status, 200)
        types, _, samples = parse_exposition(r.read().decode())
        self.assertEqual(value(samples, "aliasgate_up"), 1)
        self.assertEqual(types["aliasgate_messages_total"], "counter")
        c.close()
        self.assertEqual(os.stat(path).st_mode & 0o777, 0o660)
        self.stop(p)
        self.assertFalse(os.path.exists(path))

    def test_off_by_default_and_non_loopback_refused(self):
        self.write_conf(metrics="")
        r = subprocess.run([DAEMON, "-c", self.conf, "--check-config"], capture_output=True,
                           text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("# metrics: off", r.stdout)
        self.assertIn("stats_keep = 400;", r.stdout)
        for listen in ("0.0.0.0:%d" % self.port, "192.0.2.1:%d" % self.port,
                       "[2001:db8::1]:%d" % self.port):
            self.write_conf(metrics='metrics = { listen = "%s"; };' % listen)
            r = subprocess.run([DAEMON, "-c", self.conf, "--check-config"],
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 78, r.stdout)
            self.assertRegex(r.stderr, r"ag.conf:\d+: .*not a loopback address")
        self.write_conf(metrics='metrics = { listen = "0.0.0.0:%d"; allow_remote = true; };'
                        % self.port)
        r = subprocess.run([DAEMON, "-c", self.conf, "--check-config"], capture_output=True,
                           text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("allow_remote = true;", r.stdout)

    def test_port_taken_fails_start(self):
        self.write_conf()
        with socket.socket() as s:
            s.bind(("127.0.0.1", self.port))
            s.listen(1)
            r = subprocess.run([DAEMON, "-c", self.conf, "--foreground"], capture_output=True,
                               text=True, timeout=30)
        self.assertEqual(r.returncode, 75, r.stderr)
        self.assertIn("metrics: 127.0.0.1:%d" % self.port, r.stderr)


class TestDashboard(Case):
    def test_dashboard_names_only_exported_series(self):
        with open(DASHBOARD) as f:
            dash = json.load(f)
        self.assertIsInstance(dash.get("title"), str)
        self.assertIsInstance(dash.get("panels"), list)
        # what the endpoint exports: a running daemon's # TYPE lines
        self.write_conf()
        p = self.start()
        _, _, body = self.scrape()
        self.stop(p)
        types, _, _ = parse_exposition(body)
        exported = set(types)
        for name, t in types.items():
            if t == "histogram":
                exported |= {name + "_bucket", name + "_sum", name + "_count"}
        panels = []
        for pnl in dash["panels"]:
            panels.append(pnl)
            panels.extend(pnl.get("panels", []))  # rows may nest panels
        n_targets = 0
        for pnl in panels:
            if pnl.get("type") == "row":
                continue
            self.assertIsInstance(pnl.get("title"), str, pnl)
            self.assertIn("gridPos", pnl, pnl["title"])
            targets = pnl.get("targets")
            self.assertTrue(targets, "panel %r has no targets" % pnl["title"])
            for t in targets:
                expr = t.get("expr")
                self.assertTrue(expr, pnl["title"])
                names = set(re.findall(r"\baliasgate_[a-z0-9_]+\b", expr))
                self.assertTrue(names, "panel %r: %s names no aliasgate series" %
                                (pnl["title"], expr))
                self.assertLessEqual(names, exported,
                                     "panel %r: %s" % (pnl["title"], names - exported))
                n_targets += 1
        self.assertGreaterEqual(n_targets, 6)
        # every series the endpoint exports is on the dashboard somewhere
        used = {family(n, types)
                for n in re.findall(r"\baliasgate_[a-z0-9_]+\b", json.dumps(dash))}
        self.assertEqual(set(types) - used, set())


if __name__ == "__main__":
    unittest.main()
