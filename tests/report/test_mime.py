#!/usr/bin/python3
"""Checks the seller's report as a mail client sees it, with Python's email module:
multipart/mixed of multipart/alternative (text/plain, text/html) and message/rfc822;
CRLF only; lines <= 76 outside the attached original; base64/quoted-printable bodies;
the language; HTML escaping; highlights at the right place in UTF-8 CJK text; no URL,
script or external resource in the HTML.

Usage: test_mime.py MAKE_REPORT SRCDIR   (SRCDIR = tests/report)
"""
import email
import email.policy
import html
import re
import subprocess
import sys

make_report, src = sys.argv[1], sys.argv[2]
failed = 0


def check(cond, what):
    global failed
    if not cond:
        failed += 1
        print("FAIL:", what)


def report(name, lang=None):
    args = [make_report, src + "/rules", src + "/msgs/" + name + ".eml"]
    if lang:
        args.append(lang)
    return subprocess.run(args, check=True, stdout=subprocess.PIPE).stdout


def parts(raw, name):
    check(b"\n" not in raw.replace(b"\r\n", b""), name + ": bare LF")
    check(b"\r" not in raw.replace(b"\r\n", b""), name + ": bare CR")
    head, _, rest = raw.partition(b"\r\n\r\n")
    # Everything before the attached original is ours: lines <= 76 (RFC 2045 6.7/6.8).
    ours = raw[: raw.index(b"Content-Type: message/rfc822")]
    for n, line in enumerate(ours.split(b"\r\n")):
        check(len(line) <= 76, "%s: line %d has %d characters" % (name, n + 1, len(line)))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    check(msg.get_content_type() == "multipart/mixed", name + ": top is multipart/mixed")
    top = list(msg.iter_parts())
    check(len(top) == 2, name + ": two parts in multipart/mixed")
    alt, orig = top[0], top[1]
    check(alt.get_content_type() == "multipart/alternative", name + ": first is alternative")
    check(orig.get_content_type() == "message/rfc822", name + ": second is message/rfc822")
    sub = list(alt.iter_parts())
    check([p.get_content_type() for p in sub] == ["text/plain", "text/html"],
          name + ": alternative is text/plain then text/html")
    for p in sub:
        check(p["Content-Transfer-Encoding"] in ("base64", "quoted-printable"),
              name + ": transfer encoding " + str(p["Content-Transfer-Encoding"]))
        check(p.get_content_charset() == "utf-8", name + ": charset utf-8")
    plain, page = sub[0].get_content(), sub[1].get_content()
    inner = orig.get_content()
    check(inner["Message-ID"] is not None, name + ": original attached with its header")
    return msg, plain, page


def no_network(page, name):
    low = page.lower()
    for bad in ("http://", "https://", "<script", "src=", "href=", "<link", "url(", "@import",
                "<img", "<iframe", "<object", "<a "):
        check(bad not in low, "%s: HTML contains %r" % (name, bad))


# English: the <script> in the seller's text is shown as text, never as a tag.
msg, plain, page = parts(report("en"), "en")
check(msg["Content-Language"] == "en", "en: Content-Language")
check(str(msg["Subject"]).startswith("[aliasgate] Rejected: Your order"), "en: subject")
check("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page, "en: <script> escaped")
check("<script" not in page.lower(), "en: no script tag")
check("&amp; more news" in page, "en: & escaped")
no_network(page, "en")
check('<mark style="background:#ffe066;color:#000000;padding:0 1px;border-radius:2px">coupon code</mark>'
      in page, "en: coupon code highlighted")
check(">5-star review</mark>" in page, "en: review highlighted")
check(">delivery date</mark>" in page, "en: delivery date highlighted")
check("Missing [Important] tag" in plain and "Missing [Important] tag" in page,
      "en: important-required titled Missing [Important] tag")
check("Remove the code and the offer; answer only the buyer&#39;s question." in page,
      "en: hint beside the highlight")
check("Found:" in plain and "Why:" in plain and "Fix:" in plain, "en: labels")
check('dir="ltr"' in page and 'dir="rtl"' not in page, "en: ltr")

# Japanese (base64 UTF-8 body, .co.jp): Japanese texts, translated reason and hint, and
# the highlight exactly around クーポンコード.
msg, plain, page = parts(report("ja"), "ja")
check(msg["Content-Language"] == "ja", "ja: Content-Language")
check(str(msg["Subject"]) == "[aliasgate] 送信停止: ご注文について", "ja: subject %r" % str(msg["Subject"]))
check("購入者へのメッセージで販促を行うことはできません。" in plain, "ja: reason.ja in text")
check("クーポンコードと特典の案内を削除し" in page, "ja: hint.ja in HTML")
check("該当箇所:" in plain and "理由:" in plain and "修正方法:" in plain, "ja: labels")
check("[重要] タグがありません" in plain, "ja: missing tag title")
m = re.search(r"<mark[^>]*>([^<]*)</mark>", page)
check(m is not None and m.group(1) == "クーポンコード", "ja: first highlight is クーポンコード")
text = re.sub(r"<[^>]+>", "", page)
check("次回のお買い物では、クーポンコード" in html.unescape(text), "ja: text around the highlight intact")
check(">レビューを書いて</mark>" in page, "ja: review highlight")
check(">配達日</mark>" in page, "ja: 配達日 highlighted")
no_network(page, "ja")

# Arabic (.ae): right to left, Arabic texts.
msg, plain, page = parts(report("ar"), "ar")
check(msg["Content-Language"] == "ar", "ar: Content-Language")
check('<html lang="ar" dir="rtl">' in page, "ar: dir=rtl")
check("لا يُسمح بالعروض الترويجية في رسائل المشترين." in plain, "ar: reason.ar")
check(">كوبون</mark>" in page, "ar: highlight")
no_network(page, "ar")

# A language forced by the caller; a rule without that translation falls back to English.
msg, plain, page = parts(report("en", "de"), "en/de")
check(msg["Content-Language"] == "de", "de: Content-Language")
check("Werbeangebote sind in Nachrichten an Käufer nicht erlaubt." in plain, "de: reason.de")
check("Links are not allowed in buyer messages." in plain, "de: English reason without reason.de")
check("Gefunden:" in plain and "Grund:" in plain and "Lösung:" in plain, "de: labels")

print("%s" % ("ok" if not failed else "%d failed" % failed))
sys.exit(1 if failed else 0)
