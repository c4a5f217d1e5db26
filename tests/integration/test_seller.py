#!/usr/bin/python3
"""Approved senders and the seller state (daemon/seller_gate.c, lib/state/seller.c,
cli/state.c) against the real Dovecot and SMTP sink of test_daemon.py.

Environment: AG_DAEMON (aliasgated), AG_CLI (aliasgate; aliasgate-state next to it),
AG_RULES.
"""
import base64
import email.utils
import json
import os
import signal
import struct
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_daemon  # noqa: E402
from test_daemon import ALIAS, Case, World  # noqa: E402
from servers import free_port  # noqa: E402

CLI = os.environ.get("AG_CLI", "build/cli/aliasgate")
SELLER = "seller@brightpeak.example"
OTHER_ALIAS = "9zzqx2l1t7cwrwb@marketplace.amazon.com"

# The review.neutral rule is the shipped rules' business (rules/40-reviews.rules); the
# tests bring a stable stand-in of their own.
NEUTRAL_RULE = """
rule review.neutral
  category  review
  scope     body
  match     /\\bleave (us )?(a|your) review\\b/i
  action    warn
  reason    A review request: one per order, neutral, no incentive.
  hint      Ask once, neutrally.
  example reject  Would you leave a review of the item?
  example pass  Thank you
"""


def setUpModule():
    test_daemon.W = World()


def tearDownModule():
    test_daemon.W.close()


def mail(mid, body, subject="Your order", frm=SELLER, to=ALIAS, reply=False):
    lines = ["From: Bright Peak <%s>" % frm, "To: " + to, "Subject: " + subject,
             "Message-ID: <%s@brightpeak.example>" % mid,
             "Date: Mon, 16 Nov 2026 10:00:00 +0000"]
    if reply:
        lines.append("In-Reply-To: <buyer-%s@marketplace.amazon.com>" % mid)
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


# ---- the state file format (lib/state/seller.h), to seed a day's count ----

def _crc32c_table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        t.append(c)
    return t


_T = _crc32c_table()


def crc32c(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = _T[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def record(rtype, payload):
    head = bytes([rtype]) + struct.pack("<H", len(payload))
    return b"\xa5" + head + struct.pack("<I", crc32c(head + payload)) + payload


def s8(s):
    b = s.encode()
    return bytes([len(b)]) + b


def sent_record(t, flags, order, alias, marketplace, categories=""):
    return record(1, struct.pack("<QB", t, flags) + s8(order) + s8(alias) + s8(marketplace) +
                  s8(categories))


class SellerCase(Case):
    extra = ""

    def setUp(self):
        super().setUp()
        with open(os.path.join(self.d, "rules.d", "50-neutral.rules"), "w") as f:
            f.write(NEUTRAL_RULE)

    def write_conf(self, **kw):
        super().write_conf(**kw)
        extra = kw.get("extra", self.extra)
        with open(self.conf) as f:
            text = f.read()
        head, tail = text.rsplit("} );", 1)
        with open(self.conf, "w") as f:
            f.write(head + extra + "\n} );" + tail)

    def state(self, *args, timeout=30):
        return subprocess.run([CLI, "state", "-c", self.conf] + list(args),
                              capture_output=True, text=True, timeout=timeout)

    def show(self):
        r = self.state("show", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def reports(self):
        return [m.decode("utf-8", "replace") for m in self.folder("INBOX")]


class TestSeller(SellerCase):
    extra = "  seller_state = true;"

    def test_approved_sender_refused_and_passed(self):
        self.write_conf(extra='  approved_senders = ( { marketplaces = [ "marketplace.amazon.com" ];'
                              ' addresses = [ "Seller@BrightPeak.example" ]; } );')
        self.append(mail("ap1", "Your order 111-1111111-1111111 shipped today.",
                         frm="intern@brightpeak.example"))
        self.append(mail("ap2", "Your order 111-1111111-1111111 shipped today."))
        self.once(expect_rc=0)
        self.assertEqual(self.sent("ap1"), [])
        self.assertEqual(len(self.sent("ap2")), 1)
        c = self.counts()
        self.assertEqual((c["AliasGate/Queue"], c["AliasGate/Review"], c["AliasGate/Relayed"]),
                         (0, 1, 1))
        rep = "\n".join(self.reports())
        self.assertIn("engine.sender-not-approved", rep)
        self.assertIn("Messaging Permissions", rep)
        self.assertIn("201054220", rep)
        self.assertIn("intern@brightpeak.example", rep)

    def test_approved_sender_for_another_marketplace_only_is_held(self):
        self.write_conf(extra='  approved_senders = ( { marketplaces = [ "marketplace.amazon.de" ];'
                              ' addresses = [ "seller@brightpeak.example" ]; } );')
        self.append(mail("ap3", "Your order 111-1111111-1111111 shipped today."))
        self.once(expect_rc=0)
        self.assertEqual(self.sent("ap3"), [])
        self.assertEqual(self.counts()["AliasGate/Review"], 1)

    def test_neutral_review_warned_then_rejected_for_the_same_order(self):
        self.append(mail("rv1", "Thank you for order 123-4567890-1234567. Would you leave a "
                                "review of the item?"))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("rv1")), 1)
        reps = self.reports()
        self.assertEqual(len(reps), 1)
        self.assertIn("review.neutral", reps[0])
        # the second request for the same order: rejected, not sent
        self.append(mail("rv2", "Order 123-4567890-1234567: please leave a review if you "
                                "have a minute."))
        # for another order: warned again, sent
        self.append(mail("rv3", "Order 765-4321098-7654321 arrived? Would you leave a review?"))
        self.once(expect_rc=0)
        self.assertEqual(self.sent("rv2"), [])
        self.assertEqual(len(self.sent("rv3")), 1)
        c = self.counts()
        self.assertEqual((c["AliasGate/Rejected"], c["AliasGate/Relayed"]), (1, 2))
        rep = "\n".join(self.reports())
        self.assertIn("state.review-repeat", rep)
        self.assertIn("123-4567890-1234567", rep)

    def test_repeat_from_the_approved_folder_is_rejected_too(self):
        self.append(mail("rva1", "Order 123-4567890-1234567: would you leave a review?"))
        self.once(expect_rc=0)
        self.append(mail("rva2", "Order 123-4567890-1234567: would you leave us a review?"),
                    folder="AliasGate/Approved")
        self.once(expect_rc=0)
        self.assertEqual(self.sent("rva2"), [])
        self.assertEqual(self.counts()["AliasGate/Rejected"], 1)

    def test_repeat_in_monitor_mode_is_held_not_relayed(self):
        self.write_conf(mode="monitor")
        self.append(mail("rvm1", "Order 123-4567890-1234567: would you leave a review?"))
        self.once(expect_rc=0)
        self.append(mail("rvm2", "Order 123-4567890-1234567: would you leave a review, please?"))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("rvm1")), 1)
        self.assertEqual(self.sent("rvm2"), [])
        self.assertEqual(self.counts()["AliasGate/Review"], 1)

    def test_neutral_review_without_order_id_is_warned(self):
        self.append(mail("rvn1", "Would you leave a review?"))
        self.append(mail("rvn2", "Would you leave a review? Asking again."))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("rvn1")), 1)
        self.assertEqual(len(self.sent("rvn2")), 1)

    def test_proactive_without_order_id_warned_reply_not(self):
        self.append(mail("po1", "Your parcel left our warehouse today."))
        self.append(mail("po2", "It left our warehouse today.", subject="Re: Where is it?",
                         reply=True))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("po1")), 1)
        self.assertEqual(len(self.sent("po2")), 1)
        reps = self.reports()
        self.assertEqual(len(reps), 1)  # the reply needs no order ID: no report
        self.assertIn("state.no-order-id", reps[0])
        self.assertIn("po1@brightpeak.example", reps[0])

    def test_proactive_cap_warned(self):
        self.write_conf(extra='  seller_state = true;\n  average_daily_orders = ( { marketplace = '
                              '"marketplace.amazon.com"; orders = 2; } );')
        # 609 of today's 610 already sent (seeded in the file's own format)
        now = int(time.time())
        os.makedirs(os.path.join(self.d, "state"), exist_ok=True)
        with open(os.path.join(self.d, "state", "t.seller"), "wb") as f:
            f.write(record(0, b"AGSELLER" + struct.pack("<H", 1)))
            for i in range(609):
                f.write(sent_record(now - 5, 1, "", "a%d@marketplace.amazon.com" % i,
                                    "marketplace.amazon.com"))
        self.append(mail("cap1", "Your order 111-1111111-1111111 shipped today."))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("cap1")), 1)  # warned, relayed
        rep = "\n".join(self.reports())
        self.assertIn("state.proactive-cap", rep)
        self.assertIn("610", rep)
        day = [m for m in self.show()["accounts"][0]["today"]
               if m["marketplace"] == "marketplace.amazon.com"][0]
        self.assertEqual((day["proactive"], day["cap"]), (610, 610))
        # lift: today's count starts again
        r = self.state("lift", "marketplace.amazon.com")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        day = self.show()["accounts"][0]["today"]
        self.assertEqual([m["proactive"] for m in day
                          if m["marketplace"] == "marketplace.amazon.com"], [0])

    def test_state_show_json(self):
        self.append(mail("sj1", "Order 123-4567890-1234567: would you leave a review?"))
        self.append(mail("sj2", "Thanks, it left today.", subject="Re: order", reply=True,
                         to=OTHER_ALIAS))
        self.once(expect_rc=0)
        doc = self.show()
        self.assertEqual(doc["state_dir"], os.path.join(self.d, "state"))
        acc = doc["accounts"][0]
        self.assertEqual((acc["account"], acc["seller_state"], acc["records"]), ("t", True, 2))
        self.assertEqual(acc["damaged_regions"], 0)
        by_alias = {s["alias"]: s for s in acc["sent"]}
        first = by_alias[ALIAS]
        self.assertEqual((first["order"], first["proactive"], first["neutral_review"]),
                         ("123-4567890-1234567", True, True))
        self.assertEqual(first["warned"], ["review"])
        self.assertEqual(first["marketplace"], "marketplace.amazon.com")
        self.assertRegex(first["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        second = by_alias[OTHER_ALIAS]
        self.assertEqual((second["order"], second["proactive"]), (None, False))
        self.assertEqual(acc["today"], [{"marketplace": "marketplace.amazon.com",
                                         "proactive": 1, "cap": None}])
        # text form too
        r = self.state("show")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("123-4567890-1234567", r.stdout)

    def test_forget_against_a_live_daemon_within_a_second(self):
        self.start()
        self.wait_started()
        self.append(mail("fg1", "Order 123-4567890-1234567: would you leave a review?"))
        self.append(mail("fg2", "Order 222-2222222-2222222 left today.", to=OTHER_ALIAS))
        self.assertTrue(self.wait_for(lambda: len(self.show()["accounts"][0]["sent"]) == 2, 30),
                        self.log())
        t0 = time.time()
        r = self.state("forget", ALIAS)
        elapsed = time.time() - t0
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        self.assertIn("applied by the running aliasgated", r.stdout)
        self.assertLess(elapsed, 1.0)
        sent = self.show()["accounts"][0]["sent"]
        self.assertEqual([s["alias"] for s in sent], [OTHER_ALIAS])
        with open(os.path.join(self.d, "state", "t.seller"), "rb") as f:
            self.assertNotIn(ALIAS.split("@")[0].encode(), f.read())
        # by order ID as well
        r = self.state("forget", "222-2222222-2222222")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        self.assertEqual(self.show()["accounts"][0]["sent"], [])
        self.assertIn('seller state request "forget" applied', self.log())
        # the forgotten order's review request no longer counts: asked again, warned
        self.append(mail("fg3", "Order 123-4567890-1234567: would you leave a review?"))
        self.assertTrue(self.wait_for(lambda: len(self.sent("fg3")) == 1, 30), self.log())

    def test_forget_without_a_daemon_and_bad_arguments(self):
        self.append(mail("fo1", "Order 123-4567890-1234567 left today."))
        self.once(expect_rc=0)
        r = self.state("forget", "123-4567890-1234567")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("1 record deleted", r.stdout)
        self.assertEqual(self.show()["accounts"][0]["sent"], [])
        self.assertEqual(self.state("forget", "12345").returncode, 2)
        self.assertEqual(self.state("frobnicate").returncode, 2)
        self.assertEqual(self.state("--account", "nobody", "show").returncode, 2)

    def test_torn_state_tail_is_cut_and_logged(self):
        self.append(mail("tt1", "Order 123-4567890-1234567 left today."))
        self.once(expect_rc=0)
        path = os.path.join(self.d, "state", "t.seller")
        with open(path, "ab") as f:
            f.write(sent_record(int(time.time()), 1, "", "x@marketplace.amazon.com",
                                "marketplace.amazon.com")[:-3])
        self.once(expect_rc=0)
        self.assertIn("cut off a torn tail", self.last_log)
        self.assertEqual(len(self.show()["accounts"][0]["sent"]), 1)


# ---- Amazon's notices and the 24-hour clock (daemon/seller_watch.c) ----

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICES_LIST = os.path.join(HERE, "..", "..", "rules", "notices.list")
SAMPLES = os.path.join(HERE, "..", "corpus", "notices")
NOTICES = "AliasGate/Notices"


def sample(name, **subst):
    """A sample notice of tests/corpus/notices, with words replaced (order IDs...)."""
    with open(os.path.join(SAMPLES, name), "rb") as f:
        raw = f.read()
    for old, new in subst.items():
        raw = raw.replace(old.encode(), new.encode())
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def buyer_mail(mid, body, subject="Question", frm=ALIAS, age=0):
    date = email.utils.formatdate(time.time() - age)
    lines = ["From: Buyer <%s>" % frm, "To: " + SELLER, "Subject: " + subject,
             "Message-ID: <buyer-%s@marketplace.amazon.com>" % mid, "Date: " + date]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


def shipped_notices(d):
    """The shipped wordings, from the local rules directory (notices.list there is read
    after rules_dir's)."""
    with open(NOTICES_LIST) as src, open(os.path.join(d, "rules.d", "notices.list"), "w") as dst:
        dst.write(src.read())


class TestSellerNotices(SellerCase):
    extra = "  seller_state = true;"

    def setUp(self):
        super().setUp()
        shipped_notices(self.d)

    def notice_reports(self):
        return [r for r in self.reports() if "X-Aliasgate-Verdict: notice" in r]

    def misses(self):
        r = self.state("misses", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)["accounts"][0]["misses"]

    def test_optout_notice_holds_proactive_mail_reply_passes(self):
        order = "123-4567890-1234567"
        self.append(mail("oo1", "Your order %s shipped today." % order))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("oo1")), 1)
        self.append(sample("optout-bounce-2017.notice", **{"002-1234567-1234567": order}),
                    folder=NOTICES)
        self.append(mail("oo2", "About order %s: here is a tip for your new kettle." % order))
        self.append(mail("oo3", "It left today, order %s." % order, subject="Re: Where is it?",
                         reply=True))
        self.append(mail("oo4", "Your order 222-2222222-2222222 shipped today.",
                         to=OTHER_ALIAS))
        self.once(expect_rc=0)
        self.assertEqual(self.sent("oo2"), [])           # proactive: held
        self.assertEqual(len(self.sent("oo3")), 1)       # a reply in the thread: passes
        self.assertEqual(len(self.sent("oo4")), 1)       # another buyer: passes
        self.assertEqual(self.counts()["AliasGate/Review"], 1)
        rep = "\n".join(self.reports())
        self.assertIn("state.opted-out", rep)
        self.assertIn("opted out", "\n".join(self.notice_reports()))
        acc = self.show()["accounts"][0]
        self.assertEqual([(o["alias"], o["order"]) for o in acc["opted_out"]], [(ALIAS, order)])
        self.assertEqual(len(self.folder(NOTICES)), 1)   # the notice is left alone
        # read once: another pass adds nothing
        self.once(expect_rc=0)
        self.assertEqual(len(self.show()["accounts"][0]["opted_out"]), 1)
        self.assertEqual(len(self.notice_reports()), 1)

    def test_notices_list_reloaded_on_sighup(self):
        """A wording added to the local notices.list applies after SIGHUP, without a
        restart; a broken file is refused and the wordings in use are kept."""
        order = "123-4567890-1234567"
        local = os.path.join(self.d, "rules.d", "notices.list")
        p = self.start()
        self.wait_started()
        self.append(mail("rl1", "Your order %s shipped today." % order))
        self.assertTrue(self.wait_for(lambda: len(self.sent("rl1")) == 1, 30), self.log())
        with open(local, "a") as f:
            f.write("\nnotice local.broken\n  kind opted-out\n  body /unclosed(/\n")
        p.send_signal(signal.SIGHUP)
        # applied at the account's next pass: new mail (or idle_refresh) starts one
        self.append(mail("rl3", "Order 333-3333333-3333333 left today.", to=OTHER_ALIAS))
        self.assertTrue(self.wait_for(lambda: "notices.list reload failed" in self.log(), 30),
                        self.log())
        self.assertRegex(self.log(), r"notices\.list:\d+")  # file:line of the problem
        with open(NOTICES_LIST) as src, open(local, "w") as dst:
            dst.write(src.read())
            dst.write("\nnotice local.test-wording\n  kind opted-out\n"
                      "  body /Kaeufer\\s+hat\\s+Nachrichten\\s+zu\\s+Bestellung\\s+"
                      "(?<order>\\d{3}-\\d{7}-\\d{7})\\s+abbestellt/i\n"
                      "  source constructed tests/integration/test_seller.py\n")
        p.send_signal(signal.SIGHUP)
        self.append(mail("rl4", "Order 444-4444444-4444444 left today.", to=OTHER_ALIAS))
        self.assertTrue(self.wait_for(lambda: "notices.list reloaded" in self.log(), 30),
                        self.log())
        raw = sample("optout-bounce-2017.notice")
        body = ("Der Kaeufer hat Nachrichten zu Bestellung %s abbestellt." % order).encode()
        raw = raw.split(b"\r\n\r\n")[0] + b"\r\n\r\n" + body + b"\r\n"
        self.append(raw, folder=NOTICES)
        self.append(mail("rl2", "Order 222-2222222-2222222 left today.", to=OTHER_ALIAS))
        self.assertTrue(self.wait_for(
            lambda: len(self.show()["accounts"][0]["opted_out"]) == 1, 30), self.log())
        self.assertEqual([o["order"] for o in self.show()["accounts"][0]["opted_out"]], [order])
        self.assertNotIn("is not a notice notices.list knows", self.log())

    def test_unknown_notice_reported_once_and_left_alone(self):
        self.append(sample("unknown-invoice.notice"), folder=NOTICES)
        self.once(expect_rc=0)
        self.assertIn("is not a notice notices.list knows", self.last_log)
        self.once(expect_rc=0)
        self.assertNotIn("is not a notice notices.list knows", self.last_log)
        reps = self.notice_reports()
        self.assertEqual(len(reps), 1)
        self.assertIn("Unknown message in AliasGate/Notices", reps[0])
        self.assertIn("monthly seller fee invoice", reps[0])
        self.assertEqual(len(self.folder(NOTICES)), 1)

    def test_blocked_content_notice_is_a_miss(self):
        order = "111-2223334-4445556"
        self.append(mail("bc1", "Order %s arrived? Would you leave a review?" % order))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("bc1")), 1)
        self.append(sample("blocked-guidelines.notice"), folder=NOTICES)
        self.once(expect_rc=0)
        m = self.misses()
        self.assertEqual(len(m), 1)
        self.assertEqual((m[0]["order"], m[0]["alias"], m[0]["aliasgate"], m[0]["amazon"]),
                         (order, ALIAS, "passed, warned: review", "blocked"))
        self.assertEqual(m[0]["notice"], "blocked.guidelines")
        rep = "\n".join(self.notice_reports())
        self.assertIn("Amazon blocked it; aliasgate had passed it", rep)
        r = self.state("misses")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(order, r.stdout)
        # `aliasgate stats` counts it as blocked by Amazon, under the warned category
        r = subprocess.run([CLI, "stats", "-c", self.conf, "--format", "json"],
                           capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        st = json.loads(r.stdout)
        blocked = lambda table, name: [x["amazon_blocked"] for x in st[table]  # noqa: E731
                                       if x["name"] == name]
        self.assertEqual(blocked("accounts", "t"), [1], r.stdout)
        self.assertEqual(blocked("marketplaces", "marketplace.amazon.com"), [1], r.stdout)
        self.assertEqual(blocked("categories", "review"), [1], r.stdout)
        self.assertEqual(blocked("rules", "(no rule stopped it)"), [1], r.stdout)
        r = subprocess.run([CLI, "stats", "-c", self.conf], capture_output=True, text=True,
                           timeout=30)
        self.assertRegex(r.stdout, r"\(no rule stopped it\) +0 +0 +0 +0 +0 +1\n")

    def test_restriction_holds_proactive_mail_until_lift(self):
        self.append(sample("restricted-open.notice", **{"amazon.co.uk": "amazon.com"}),
                    folder=NOTICES)
        self.append(mail("rs1", "Your order 111-1111111-1111111 shipped today."))
        self.append(mail("rs2", "It left today.", subject="Re: Where is it?", reply=True))
        self.once(expect_rc=0)
        self.assertEqual(self.sent("rs1"), [])
        self.assertEqual(len(self.sent("rs2")), 1)
        self.assertIn("state.restricted", "\n".join(self.reports()))
        acc = self.show()["accounts"][0]
        self.assertEqual([(x["marketplace"], x["until"]) for x in acc["restrictions"]],
                         [("marketplace.amazon.com", None)])
        # still held on the next pass
        self.append(mail("rs3", "Your order 111-1111111-1111111 is on its way."))
        self.once(expect_rc=0)
        self.assertEqual(self.sent("rs3"), [])
        r = self.state("lift", "marketplace.amazon.com")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        self.assertEqual(self.show()["accounts"][0]["restrictions"], [])
        self.append(mail("rs4", "Your order 111-1111111-1111111 arrives tomorrow."))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("rs4")), 1)

    def test_dated_restriction_in_the_past_holds_nothing(self):
        self.append(sample("restricted-dated.notice", **{"December 24, 2026": "January 2, 2020"}),
                    folder=NOTICES)
        self.append(mail("rd1", "Your order 111-1111111-1111111 shipped today."))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("rd1")), 1)
        self.assertEqual(self.show()["accounts"][0]["restrictions"], [])

    def test_response_time_recorded_and_shown(self):
        self.append(buyer_mail("rt1", "Where is order 123-4567890-1234567?", age=100),
                    folder="INBOX")
        self.once(expect_rc=0)
        clock = self.show()["accounts"][0]["clock"]
        self.assertEqual((clock[-1]["messages"], clock[-1]["answered"]), (1, 0))
        self.append(mail("rt1", "It left today.", subject="Re: Question", reply=True))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("rt1")), 1)
        acc = self.show()["accounts"][0]
        per_mp = [c for c in acc["clock"] if c["marketplace"] == "marketplace.amazon.com"][0]
        total = acc["clock"][-1]
        self.assertIsNone(total["marketplace"])
        for c in (per_mp, total):
            self.assertEqual((c["messages"], c["answered"], c["within_24h"], c["pending"]),
                             (1, 1, 1, 0))
            self.assertGreaterEqual(c["median_s"], 99)
            self.assertLess(c["median_s"], 160)
            self.assertEqual(c["share_24h"], 1.0)
            self.assertEqual(c["gate"]["replies"], 1)
            self.assertLess(c["gate"]["max_s"], 30)
        self.assertEqual(acc["unanswered"], [])
        r = self.state("show")
        self.assertIn("clock marketplace.amazon.com: 1 buyer message, 1 answered", r.stdout)

    def test_unanswered_thread_past_threshold_listed(self):
        self.write_conf(extra="  seller_state = true;\n  response_warn = [ 2, 3600 ];\n"
                              "  response_digest = true;")
        self.append(buyer_mail("ua1", "Is order 123-4567890-1234567 on its way?", age=10),
                    folder="INBOX")
        self.append(buyer_mail("ua2", "Hello?", frm=OTHER_ALIAS), folder="INBOX")
        self.once(expect_rc=0)
        un = self.show()["accounts"][0]["unanswered"]
        self.assertEqual([(u["alias"], u["order"], u["past_s"]) for u in un],
                         [(ALIAS, "123-4567890-1234567", 2)])
        self.assertIn("newly past a response_warn threshold", self.last_log)
        self.assertNotIn(ALIAS.split("@")[0], self.last_log)  # never the alias in the log
        time.sleep(2.5)
        self.once(expect_rc=0)
        un = self.show()["accounts"][0]["unanswered"]
        self.assertEqual(sorted(u["alias"] for u in un), sorted([ALIAS, OTHER_ALIAS]))
        digests = [r for r in self.notice_reports() if "unanswered" in r]
        self.assertEqual(len(digests), 2)  # one per pass with new ones, each listed once
        self.assertIn(ALIAS, digests[0])
        self.assertNotIn("http", "".join(digests))
        r = self.state("show")
        self.assertIn("unanswered since", r.stdout)


class TestSellerNoticesElsewhere(SellerCase):
    """notices and buyer_mail on a login of their own (Recipe 2: Amazon's notices and
    the buyers' mail arrive in the seller's own mailbox, not the gate's)."""

    def source(self, port=None):
        return ('imap = { host = "127.0.0.1"; port = %d; tls = "implicit"; user = "%s"; '
                'password_file = "%s"; ca_file = "%s"; };'
                % (port or test_daemon.W.dovecot.port, self.own, test_daemon.W.pw, test_daemon.W.ca["ca.pem"]))

    notice_reports = TestSellerNotices.notice_reports

    def setUp(self):
        self.own = "o" + self._testMethodName[-12:].replace("_", "") + str(os.getpid())
        super().setUp()
        shipped_notices(self.d)
        self.write_conf(extra="  seller_state = true;\n"
                              "  notices = { folder = \"Amazon\"; %s };\n"
                              "  buyer_mail = { folder = \"INBOX\"; %s };"
                              % (self.source(), self.source()))

    def test_optout_notice_and_buyer_mail_read_on_the_other_login(self):
        order = "123-4567890-1234567"
        test_daemon.W.dovecot.append("INBOX", buyer_mail("el1", "Where is order %s?" % order, age=100),
                           user=self.own)
        self.append(mail("el1", "Your order %s shipped today." % order))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("el1")), 1)
        self.assertIn("notices.imap: connected to 127.0.0.1", self.last_log)
        # the buyer's message counted from the other login's INBOX
        clock = self.show()["accounts"][0]["clock"]
        self.assertEqual(clock[-1]["messages"], 1)
        # the notice, in the other login's folder only
        test_daemon.W.dovecot.append("Amazon", sample("optout-bounce-2017.notice",
                                            **{"002-1234567-1234567": order}), user=self.own)
        self.append(mail("el2", "About order %s: a tip for your new kettle." % order))
        self.once(expect_rc=0)
        self.assertEqual(self.sent("el2"), [])  # proactive to an opted-out buyer: held
        acc = self.show()["accounts"][0]
        self.assertEqual([(o["alias"], o["order"]) for o in acc["opted_out"]], [(ALIAS, order)])
        # the report goes to the gate's reports folder; the source is never changed
        self.assertIn("opted out", "\n".join(self.notice_reports()))
        self.assertEqual(len(test_daemon.W.dovecot.messages("Amazon", user=self.own)), 1)
        self.assertEqual(len(test_daemon.W.dovecot.messages("INBOX", user=self.own)), 1)
        self.assertEqual(self.folder(NOTICES), [])  # nothing read or made on the gate login

    def test_unreachable_source_does_not_stop_the_watch_folder(self):
        dead = free_port()  # nothing listens there
        self.write_conf(extra="  seller_state = true;\n"
                              "  notices = { folder = \"Amazon\"; %s };" % self.source(dead))
        self.append(mail("el3", "Your order 123-4567890-1234567 shipped today."))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("el3")), 1)
        self.assertIn("notices.imap 127.0.0.1:%d unavailable; the watch folder goes on" % dead,
                      self.last_log)

    def test_same_folder_on_two_logins_is_allowed_on_one_refused(self):
        self.write_conf(extra="  seller_state = true;\n"
                              "  notices = { folder = \"INBOX\"; %s };\n"
                              "  buyer_mail = { folder = \"INBOX\"; };" % self.source())
        r = subprocess.run([test_daemon.DAEMON, "-c", self.conf, "--check-config"],
                           capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.write_conf(extra="  seller_state = true;\n"
                              "  notices = { folder = \"INBOX\"; %s };\n"
                              "  buyer_mail = { folder = \"INBOX\"; %s };"
                              % (self.source(), self.source()))
        r = subprocess.run([test_daemon.DAEMON, "-c", self.conf, "--check-config"],
                           capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 78, r.stderr)
        self.assertRegex(r.stderr, r"ag\.conf:\d+.*notices\.folder and buyer_mail\.folder "
                                   r"must differ")


class TestSellerOff(SellerCase):
    def test_without_seller_state_nothing_is_kept_or_added(self):
        self.append(mail("off1", "Your parcel left our warehouse today."))
        self.once(expect_rc=0)
        self.assertEqual(len(self.sent("off1")), 1)
        self.assertEqual(self.reports(), [])
        self.assertFalse(os.path.exists(os.path.join(self.d, "state", "t.seller")))


if __name__ == "__main__":
    unittest.main()
