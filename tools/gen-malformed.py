#!/usr/bin/python3
"""Writes tests/corpus/malformed/: input that must never pass.

Each case is NNN-name.eml plus NNN-name.expect ("hold engine.<why>"). Run from the
source root: /usr/bin/python3 tools/gen-malformed.py
"""
import base64
import os

OUT = "tests/corpus/malformed"
HDR = ("From: Bright Peak <seller@brightpeak.example>\r\n"
       "To: 6bmcx2l1t7cwrwb@marketplace.amazon.com\r\n"
       "Subject: Your order\r\n"
       "Message-ID: <{n}@brightpeak.example>\r\n"
       "Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n"
       "MIME-Version: 1.0\r\n")
BODY = "Thank you for your order. It shipped today and should arrive on Thursday.\r\n"


def nested(levels):
    """message/rfc822 inside message/rfc822, `levels` deep."""
    inner = "Content-Type: text/plain\r\n\r\n" + BODY
    for _ in range(levels):
        inner = "Content-Type: message/rfc822\r\n\r\n" + "Subject: x\r\n" + inner
    return inner


def nested_multipart(levels):
    parts = "Content-Type: text/plain\r\n\r\n" + BODY
    for i in range(levels):
        b = "b%d" % i
        parts = ('Content-Type: multipart/mixed; boundary="%s"\r\n\r\n--%s\r\n%s\r\n--%s--\r\n'
                 % (b, b, parts, b))
    return parts


CASES = [
    ("unterminated-multipart", "engine.malformed",
     'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--XYZ\r\n'
     "Content-Type: text/plain\r\n\r\n" + BODY + "--XYZ\r\n"
     "Content-Type: text/plain\r\n\r\nand a second part that never ends\r\n"),
    ("unknown-charset", "engine.charset",
     "Content-Type: text/plain; charset=x-klingon-8\r\n\r\n" + BODY),
    ("invalid-base64", "engine.undecodable",
     "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
     + base64.b64encode(BODY.encode()).decode()[:40] + "!!**not base64**!!\r\n"),
    ("bare-lf-in-crlf", "engine.line-endings",
     "Content-Type: text/plain\r\n\r\nThank you for your order.\nIt shipped today.\r\n"),
    ("bare-cr", "engine.line-endings",
     "Content-Type: text/plain\r\n\r\nThank you for your order.\rIt shipped today.\r\n"),
    ("nested-300-rfc822", "engine.mime-depth",
     "Content-Type: message/rfc822\r\n\r\n" + "Subject: x\r\n" + nested(299)),
    ("nested-300-multipart", "engine.mime-depth", nested_multipart(300)),
    ("too-many-parts", "engine.mime-parts",
     'Content-Type: multipart/mixed; boundary="P"\r\n\r\n'
     + "".join("--P\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(600))
     + "--P--\r\n"),
    ("multipart-without-boundary", "engine.malformed",
     "Content-Type: multipart/mixed\r\n\r\n--\r\nContent-Type: text/plain\r\n\r\n" + BODY),
    ("huge-header-field", "engine.header-length",
     "X-Filler: " + "a" * (70 * 1024) + "\r\nContent-Type: text/plain\r\n\r\n" + BODY),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for i, (name, rule, rest) in enumerate(CASES, 1):
        base = os.path.join(OUT, "%03d-%s" % (i, name))
        with open(base + ".eml", "wb") as f:
            f.write((HDR.format(n=i) + rest).encode("utf-8"))
        with open(base + ".expect", "w") as f:
            f.write("hold %s\n" % rule)


main()
