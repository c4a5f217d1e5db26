#!/usr/bin/python3
"""Renders the text/html part of the seller's report with headless Chromium, for an
English, a Japanese and an Arabic message, and keeps the screenshots as artifacts.

Asserts, per language: the HTML has no http(s):// URL and nothing that loads a
resource; the PNG exists, is not trivially small and is not blank (pixel variance,
decoded with the small PNG reader below: zlib + the five scanline filters); the page
itself made no network request (Chromium runs with every host mapped to NOTFOUND and
writes a net log; the only http(s) requests allowed in it are Chromium's own service
calls, which never come from the page and fail anyway); and the title sits at the
left for English and at the right for Arabic (dir="rtl").

Usage: test_render.py MAKE_REPORT SRCDIR OUTDIR
Needs: apt-get install -y chromium fonts-noto-cjk. Suite 'browser' (opt-in):
    meson test -C build --suite browser
"""
import email
import email.policy
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

make_report, src, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Hosts Chromium's browser process calls by itself (component updater, network time,
# account check) even with --disable-background-networking; not the page's doing.
BROWSER_SERVICE_HOSTS = ("google.com", "googleapis.com", "gvt1.com")
failed = 0


def check(cond, what):
    global failed
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failed += 1


def png_pixels(path):
    """(width, height, rows of (r, g, b)) of an 8-bit RGB/RGBA PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    assert depth == 8 and ctype in (2, 6) and interlace == 0, "unsupported PNG %r" % (ihdr,)
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def html_part(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    alt = next(msg.iter_parts())
    parts = list(alt.iter_parts())
    return parts[1].get_content()


def render(lang):
    raw = subprocess.run([make_report, src + "/rules", src + "/msgs/%s.eml" % lang],
                         check=True, stdout=subprocess.PIPE).stdout
    page = html_part(raw)
    html_path = os.path.join(outdir, "report-%s.html" % lang)
    png_path = os.path.join(outdir, "report-%s.png" % lang)
    netlog = os.path.join(outdir, "report-%s.netlog.json" % lang)
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(page)
    low = page.lower()
    check("http://" not in low and "https://" not in low, lang + ": no http(s):// URL in the HTML")
    check(not any(s in low for s in ("src=", "href=", "url(", "@import", "<link", "<script")),
          lang + ": nothing in the HTML loads a resource or runs")
    if os.path.exists(png_path):
        os.unlink(png_path)
    profile = tempfile.mkdtemp(prefix="ag-chromium-")
    try:
        r = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--user-data-dir=" + profile,
                            "--host-resolver-rules=MAP * ~NOTFOUND",
                            "--log-net-log=" + netlog,
                            "--screenshot=" + png_path, "--window-size=1000,1400",
                            "file://" + os.path.abspath(html_path)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    check(r.returncode == 0, lang + ": chromium exit status %d" % r.returncode)
    check(os.path.exists(png_path), lang + ": screenshot " + png_path)
    if not os.path.exists(png_path):
        print(r.stdout.decode(errors="replace")[-2000:])
        return
    size = os.path.getsize(png_path)
    check(size > 20000, lang + ": screenshot is %d bytes" % size)
    w, h, bpp, rows = png_pixels(png_path)
    check((w, h) == (1000, 1400), lang + ": screenshot is %dx%d" % (w, h))
    # Luminance over a grid of every 4th pixel: variance and the share of ink.
    lum = []
    ink_x = []  # x of dark pixels in the title band
    for y in range(0, h, 4):
        row = rows[y]
        for x in range(0, w, 4):
            i = x * bpp
            v = (299 * row[i] + 587 * row[i + 1] + 114 * row[i + 2]) // 1000
            lum.append(v)
            if 10 <= y < 50 and v < 200:
                ink_x.append(x)
    mean = sum(lum) / len(lum)
    var = sum((v - mean) ** 2 for v in lum) / len(lum)
    ink = sum(1 for v in lum if v < 200) / len(lum)
    check(var > 100, lang + ": pixel variance %.0f (not blank)" % var)
    check(ink > 0.01, lang + ": %.1f%% of the page is ink" % (100 * ink))
    if ink_x:
        cx = sum(ink_x) / len(ink_x)
        if lang == "ar":
            check(cx > w / 2, "ar: title on the right (x %.0f): right to left" % cx)
        else:
            check(cx < w / 2, lang + ": title on the left (x %.0f)" % cx)
    else:
        check(False, lang + ": no title found in the top band")
    # The net log: every URL requested. The page's own file:// URL is expected.
    try:
        log = json.load(open(netlog))
    except ValueError:
        # Chromium may end without closing the JSON array; close it.
        text = open(netlog).read().rstrip().rstrip(",")
        log = json.loads(text + "]}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    page_url = "file://" + os.path.abspath(html_path)
    bad = set()
    for e in log.get("events", []):
        url = e.get("params", {}).get("url")
        if not url or names.get(e["type"]) != "URL_REQUEST_START_JOB":
            continue
        if url == page_url:
            continue
        host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        if url.startswith(("http://", "https://")) and host.endswith(BROWSER_SERVICE_HOSTS):
            continue
        bad.add(url)
    check(not bad, lang + ": no request from the page %s" % (sorted(bad) if bad else ""))


if not os.path.exists(CHROMIUM):
    print("chromium not found at %s: apt-get install -y chromium fonts-noto-cjk" % CHROMIUM)
    sys.exit(77)
os.makedirs(outdir, exist_ok=True)
for lang in ("en", "ja", "ar"):
    render(lang)
print("screenshots in " + outdir)
sys.exit(1 if failed else 0)
