#!/usr/bin/python3
"""Demo: sample seller mail through aliasgated against a private Dovecot and SMTP sink.

Usage: demo.py ALIASGATED RULES_DIR  (tools/demo.sh runs it)
"""
import email
import email.policy
import os
import shutil
import unicodedata
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "integration"))
from servers import Dovecot, SmtpSink, make_ca  # noqa: E402

ALIAS = "6bmcx2l1t7cwrwb@marketplace.amazon.com"
SAMPLES = [
    ("Re: Where is my order?", "Your order 113-2045511-7781234 shipped today with UPS, tracking number "
     "1Z999AA10123456784: https://www.ups.com/track?tracknum=1Z999AA10123456784", ALIAS),
    ("Shipping confirmation", "Your order 113-2045511-7781234 shipped today with UPS.", ALIAS),
    ("A thank-you with a review request", "Thanks for your order! If you love it, please leave us a 5-star review.", ALIAS),
    ("A link to the seller's shop", "More colours are on www.brightpeak-shop.com.", ALIAS),
    ("Address problem, subject not tagged", "Your shipping address is incomplete: please send the apartment number.", ALIAS),
    ("[Important] Address problem", "Your shipping address is incomplete: please send the apartment number.", ALIAS),
    ("ご注文ありがとうございます", "よろしければレビューをお願いします。次回使える10%割引クーポンです。", "x1y2z3@marketplace.amazon.co.jp"),
    ("Re: Can I leave a review?", "Thank you for asking. Would you like to leave a review of the "
     "lamp? You can do it from Your Orders on Amazon.", ALIAS),
    ("A pasted licence key", "Your licence key: " + "A1B2C3D4" * 150, ALIAS),
    ("Lunch on Friday?", "Not for a buyer: aliasgated leaves this one alone.", "friend@example.org"),
]


def width(s):
    """Display columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n):
    while width(s) > n:
        s = s[:-1]
    return s + " " * (n - width(s))


def report_text(raw):
    """The report's plain-text part, decoded (reports are multipart/alternative)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part else raw.decode("utf-8", "replace")


def main():
    daemon, rules = sys.argv[1], os.path.abspath(sys.argv[2])
    d = tempfile.mkdtemp(prefix="aliasgate-demo-")
    try:
        ca = make_ca(os.path.join(d, "ca"))
        dv = Dovecot(os.path.join(d, "dovecot"), ca)
        sink = SmtpSink(os.path.join(d, "sink"))
        dv.start()
        sink.start()
        pw = os.path.join(d, "seller.secret")
        with open(pw, "w") as f:
            f.write("secret\n")
        os.chmod(pw, 0o600)
        conf = os.path.join(d, "aliasgate.conf")
        with open(conf, "w") as f:
            f.write("""rules_dir = "%s";
local_rules_dir = "%s/rules.d";
state_dir = "%s/state";
accounts = ( { name = "demo";
  imap = { host = "127.0.0.1"; port = %d; tls = "implicit"; user = "seller";
           password_file = "%s"; ca_file = "%s"; };
  smtp = { host = "127.0.0.1"; port = %d; tls = "none"; };
} );
""" % (rules, d, d, dv.port, pw, ca["ca.pem"], sink.port))
        for i, (subject, body, to) in enumerate(SAMPLES):
            reply = ("In-Reply-To: <buyer%d@marketplace.amazon.com>\r\n" % i
                     if subject.startswith("Re:") else "")
            raw = ("From: Bright Peak <seller@brightpeak.example>\r\nTo: %s\r\nSubject: %s\r\n"
                   "Message-ID: <demo%d@brightpeak.example>\r\n%sMIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
                   % (to, subject, i, reply, body))
            dv.append("AliasGate/Queue", raw.encode())
        print("Dovecot on 127.0.0.1:%d and an SMTP sink on 127.0.0.1:%d; %d messages in AliasGate/Queue.\n"
              % (dv.port, sink.port, len(SAMPLES)))
        r = subprocess.run([daemon, "-c", conf, "--once", "--foreground"], capture_output=True, text=True)
        print("aliasgated --once: exit %d\n%s" % (r.returncode, r.stderr))
        where = {}
        for folder in ("AliasGate/Queue", "AliasGate/Relayed", "AliasGate/Rejected", "AliasGate/Review"):
            for m in dv.messages(folder):
                for i in range(len(SAMPLES)):
                    if b"<demo%d@" % i in m:
                        where[i] = folder
        raws = dv.messages("INBOX")
        reports = [(m.decode("utf-8", "replace"), report_text(m)) for m in raws]
        sent = sink.received()
        for i, (subject, _, to) in enumerate(SAMPLES):
            folder = where.get(i, "?")
            out = {"AliasGate/Queue": "left alone (not for a buyer alias)", "AliasGate/Relayed": "RELAYED",
                   "AliasGate/Rejected": "REJECTED", "AliasGate/Review": "HELD for review"}.get(folder, folder)
            print("%s -> %s" % (pad(subject, 40), out))
            for raw, text in reports:
                if "demo%d@brightpeak" % i in raw:
                    for line in text.splitlines():
                        if line.strip().startswith(("1.", "2.", "3.", "Found:", "Why:", "Fix:")):
                            print("      " + line.strip())
                    break
        print("\nThe SMTP sink received %d message(s), each addressed to the alias only:" % len(sent))
        for m in sent:
            print("   from %s to %s" % (m["mail_from"], ", ".join(m["rcpt_tos"])))
        print("\nReports for the seller were filed in INBOX (%d). Explain a verdict with:\n"
              "   build/cli/aliasgate explain tests/corpus/reviews/001-en-review-us-ascii.eml" % len(reports))
        return 0 if r.returncode == 0 else 1
    finally:
        try:
            dv.stop()
            sink.stop()
        except Exception:
            pass
        shutil.rmtree(d, ignore_errors=True)


sys.exit(main())
