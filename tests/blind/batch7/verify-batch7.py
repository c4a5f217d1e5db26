#!/usr/bin/env python3
"""verify-batch7.py - structural checks for tests/blind/2026-11-30g and label counts.

Checks every .eml: parses (email, policy.default) without defects; CRLF only (no bare LF/CR);
no line over 998 bytes; required headers; To is a buyer alias; replies carry In-Reply-To,
References, a reply prefix and the alias in every text part; proactive mail has no In-Reply-To;
every text part decodes strictly in its declared charset and that charset equals the label;
attachments are base64 and non-empty.  labels.tsv must list every file exactly once with a
well-formed row.  Prints counts per language / charset / category / client / kind / CTE.
"""
import collections
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.normpath(os.path.join(HERE, '..', '2026-11-30g'))
HEADER = 'file\tverdict\tcategories\tlang\tcharset\tclient\tkind'
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
LANGS = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar']
CHARSETS = ['utf-8', 'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250',
            'windows-1252', 'windows-1254', 'windows-1256', 'iso-2022-jp', 'shift_jis', 'euc-kr',
            'ks_c_5601-1987', 'gb2312', 'gbk', 'big5']
CLIENTS = {'gmail', 'outlook', 'applemail', 'thunderbird', 'plain'}
ALIAS = re.compile(r'<([a-z0-9]{15}(?:\+[A-Za-z0-9-]+)?@(?:m\.)?marketplace\.amazon\.[a-z.]{2,9})>$')
PREFIXES = ('Re:', 'RE:', 'AW:', 'RE :', 'R:', 'Odp:', 'SV:', 'YNT:', 'RES:', '回复:', '回覆:', '회신:', 'Balas:', 'رد:')

errors = []


def err(f, msg):
    errors.append('%s: %s' % (f, msg))


def pycodec(cs):
    return 'cp949' if cs == 'ks_c_5601-1987' else cs


# ---------------------------------------------------------------- labels
labels = {}
with open(os.path.join(DIR, 'labels.tsv'), encoding='utf-8', newline='') as fh:
    raw = fh.read()
lines = raw.split('\n')
if lines[0] != HEADER:
    err('labels.tsv', 'bad header line')
for ln in lines[1:]:
    if not ln:
        continue
    cols = ln.split('\t')
    if len(cols) != 7:
        err('labels.tsv', 'bad row %r' % ln)
        continue
    f, verdict, cats, lang, cs, client, kind = cols
    if f in labels:
        err('labels.tsv', 'duplicate %s' % f)
    labels[f] = dict(verdict=verdict, cats=cats, lang=lang, cs=cs, client=client, kind=kind)
    if verdict not in ('pass', 'reject'):
        err(f, 'bad verdict')
    if verdict == 'pass' and cats != '-':
        err(f, 'pass with categories')
    if verdict == 'reject':
        cl = cats.split(',')
        if not cl or any(c not in CATS for c in cl) or len(cl) != len(set(cl)):
            err(f, 'bad categories %r' % cats)
    if lang not in LANGS:
        err(f, 'bad lang')
    if cs not in CHARSETS:
        err(f, 'bad charset')
    if client not in CLIENTS:
        err(f, 'bad client')
    if kind not in ('reply', 'proactive'):
        err(f, 'bad kind')
    if not re.match(r'^\d{3}-%s-[a-z0-9-]+\.eml$' % re.escape(lang), f):
        err(f, 'file name does not match NNN-LANG-slug.eml')

files = sorted(x for x in os.listdir(DIR) if x.endswith('.eml'))
for f in files:
    if f not in labels:
        err(f, 'not in labels.tsv')
for f in labels:
    if f not in files:
        err(f, 'labelled but missing')

# ---------------------------------------------------------------- messages
cte_count = collections.Counter()
prefix_count = collections.Counter()
att_types = collections.Counter()
for f in files:
    lab = labels.get(f)
    if not lab:
        continue
    data = open(os.path.join(DIR, f), 'rb').read()
    if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
        err(f, 'bare LF or CR')
    for i, ln in enumerate(data.split(b'\r\n')):
        if len(ln) > 998:
            err(f, 'line %d over 998 bytes' % (i + 1))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if msg.defects:
        err(f, 'defects %r' % msg.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[h] is None:
            err(f, 'missing ' + h)
    to_raw = msg.get('To', '')
    mm = ALIAS.search(str(to_raw))
    if not mm:
        err(f, 'To is not a buyer alias: %r' % to_raw)
        continue
    alias = mm.group(1)
    subj = str(msg['Subject'])
    irt = msg['In-Reply-To']
    if lab['kind'] == 'reply':
        if not irt or not msg['References']:
            err(f, 'reply without In-Reply-To/References')
        p = [x for x in PREFIXES if subj.startswith(x + ' ')]
        if not p:
            err(f, 'reply subject without prefix: %r' % subj)
        else:
            prefix_count[max(p, key=len)] += 1
    elif irt:
        err(f, 'proactive with In-Reply-To')
    text_cs = set()
    for part in msg.walk():
        if part.is_multipart():
            for d in part.defects:
                err(f, 'part defect %r' % d)
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        cte_count[cte] += 1
        ctype = part.get_content_type()
        if part.get_content_maintype() == 'text' and part.get_filename() is None:
            cs = part.get_content_charset()
            text_cs.add(cs)
            payload = part.get_payload(decode=True)
            try:
                txt = payload.decode(pycodec(cs), errors='strict')
            except (UnicodeDecodeError, LookupError) as e:
                err(f, 'text part does not decode in %s: %s' % (cs, e))
                continue
            if lab['kind'] == 'reply' and alias not in txt:
                err(f, 'alias missing in %s part' % ctype)
            if cte in ('7bit',) and any(b > 127 for b in payload):
                err(f, '7bit part with 8-bit bytes')
        else:
            att_types[ctype] += 1
            if cte != 'base64':
                err(f, 'attachment not base64')
            if not part.get_payload(decode=True):
                err(f, 'empty attachment')
    if text_cs != {lab['cs']}:
        err(f, 'charset label %s vs parts %s' % (lab['cs'], sorted(text_cs)))

# ---------------------------------------------------------------- counts
rows = list(labels.values())
print('messages: %d  errors: %d' % (len(files), len(errors)))
for e in errors[:50]:
    print('  ERROR', e)
print('\nper language')
for lg in LANGS:
    n = sum(1 for r in rows if r['lang'] == lg)
    p = sum(1 for r in rows if r['lang'] == lg and r['verdict'] == 'pass')
    print('  %-10s %4d  (%d pass)' % (lg, n, p))
print('\nper charset')
cc = collections.Counter(r['cs'] for r in rows)
for cs, n in cc.most_common():
    print('  %-16s %4d' % (cs, n))
print('\nper category (reject rows)')
cat = collections.Counter(c for r in rows if r['verdict'] == 'reject' for c in r['cats'].split(','))
for c, n in cat.most_common():
    print('  %-12s %4d' % (c, n))
print('\nper client')
for c, n in collections.Counter(r['client'] for r in rows).most_common():
    print('  %-12s %4d' % (c, n))
print('\nper kind')
for c, n in collections.Counter(r['kind'] for r in rows).most_common():
    print('  %-12s %4d' % (c, n))
print('\ntransfer encodings (MIME leaf parts)')
for c, n in cte_count.most_common():
    print('  %-18s %4d' % (c, n))
print('\nattachment / inline part types')
for c, n in att_types.most_common():
    print('  %-26s %4d' % (c, n))
print('\nreply subject prefixes')
for c, n in prefix_count.most_common():
    print('  %-8s %4d' % (c, n))
missing = []
for lg in LANGS:
    have = {c for r in rows if r['lang'] == lg and r['verdict'] == 'reject' for c in r['cats'].split(',')}
    if CATS - have:
        missing.append('%s: %s' % (lg, ','.join(sorted(CATS - have))))
print('\nlanguages missing a violation category: %s' % ('; '.join(missing) or 'none'))
under = [lg for lg in LANGS if sum(1 for r in rows if r['lang'] == lg) < (24 if lg == 'en' else 13)]
print('languages under quota (en 24, others 13): %s' % (', '.join(under) or 'none'))
few = [cs for cs in CHARSETS if cc.get(cs, 0) < 2]
print('charsets with < 2 messages: %s' % (', '.join(few) or 'none'))
npass = sum(1 for r in rows if r['verdict'] == 'pass')
print('pass share: %d/%d = %.1f%%' % (npass, len(rows), 100.0 * npass / max(1, len(rows))))
sys.exit(1 if errors or missing or under or few else 0)
