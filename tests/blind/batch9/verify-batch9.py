#!/usr/bin/env python3
"""Check the blind batch 2026-11-30i and print counts. Exit 1 on any error or unmet quota."""
import collections, email, email.policy, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, '..', '2026-11-30i')
HEAD = 'file\tverdict\tcategories\tlang\tcharset\tclient\tkind'
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
LANGS = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar']
CHARSETS = ['utf-8', 'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250',
            'windows-1252', 'windows-1254', 'windows-1256', 'iso-2022-jp', 'shift_jis', 'euc-kr',
            'ks_c_5601-1987', 'gb2312', 'gbk', 'big5']
PY = {'ks_c_5601-1987': 'cp949'}
ALIAS = re.compile(r'^[a-z0-9]{15}(\+[A-Za-z0-9-]+)?@(m\.)?marketplace\.amazon\.[a-z.]{2,9}$')
PREFIXES = ('Re:', 'RE:', 'AW:', 'RE :', 'R:', 'Antw:', 'Odp:', 'SV:', 'YNT:', 'RES:', '回复:', '回覆:', '회신:', 'رد:')
errors = []


def err(f, s):
    errors.append('%s: %s' % (f, s))


rows = open(os.path.join(D, 'labels.tsv'), 'rb').read().decode('utf-8').split('\n')
if rows[0] != HEAD:
    err('labels.tsv', 'bad header')
rows = [r for r in rows[1:] if r]
lab = {}
for r in rows:
    c = r.split('\t')
    if len(c) != 7:
        err('labels.tsv', 'bad row %r' % r); continue
    f, verdict, cats, lang, cs, client, kind = c
    if f in lab:
        err(f, 'listed twice')
    lab[f] = c
    if verdict not in ('pass', 'reject'):
        err(f, 'bad verdict')
    if (verdict == 'pass') != (cats == '-'):
        err(f, 'pass must have "-" and reject categories')
    if cats != '-' and not set(cats.split(',')) <= CATS:
        err(f, 'unknown category %s' % cats)
    if lang not in LANGS or cs not in CHARSETS or kind not in ('reply', 'proactive'):
        err(f, 'bad lang/charset/kind')
    if client not in ('gmail', 'outlook', 'applemail', 'thunderbird', 'plain'):
        err(f, 'bad client')
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
for f in files:
    if f not in lab:
        err(f, 'not in labels.tsv')
for f in lab:
    if f not in files:
        err(f, 'labelled but missing')

cte_count = collections.Counter(); att_types = collections.Counter(); prefixes = collections.Counter()
for f in files:
    raw = open(os.path.join(D, f), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        err(f, 'bare LF or CR')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            err(f, 'line over 998 bytes')
    try:
        hdr_raw = raw.split(b'\r\n\r\n', 1)[0].decode('ascii')
    except UnicodeDecodeError:
        err(f, '8-bit bytes in header')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        err(f, 'defects %r' % msg.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[h] is None:
            err(f, 'missing ' + h)
    if f not in lab:
        continue
    _, verdict, cats, lang, cs, client, kind = lab[f]
    to = msg['To'].addresses[0].addr_spec
    if not ALIAS.match(to):
        err(f, 'To is not an alias: ' + to)
    if not f.split('-', 1)[1].startswith(lang + '-'):
        err(f, 'file name lang mismatch')
    subj = str(msg['Subject'])
    if kind == 'reply':
        if not msg['In-Reply-To'] or not msg['References']:
            err(f, 'reply without In-Reply-To/References')
        p = [x for x in PREFIXES if subj.startswith(x + ' ')]
        if not p:
            err(f, 'reply without known prefix: ' + subj)
        else:
            prefixes[p[0]] += 1
    elif msg['In-Reply-To']:
        err(f, 'proactive mail with In-Reply-To')
    ntext = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        cte = (part['Content-Transfer-Encoding'] or '7bit').lower()
        cte_count[cte] += 1
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            ntext += 1
            pcs = part.get_content_charset()
            if pcs != cs:
                err(f, 'charset %s != label %s' % (pcs, cs))
            try:
                text = payload.decode(PY.get(pcs, pcs), 'strict')
            except (UnicodeDecodeError, LookupError) as e:
                err(f, 'does not decode in %s: %s' % (pcs, e)); continue
            if cte == '7bit' and any(b > 127 for b in payload):
                err(f, '7bit part with 8-bit bytes')
            if kind == 'reply' and to.split('@')[0].split('+')[0] not in text:
                err(f, 'alias not in quoted %s part' % ct)
        else:
            att_types[ct] += 1
            if cte != 'base64' or not payload:
                err(f, 'attachment not base64 or empty')
    if ntext == 0:
        err(f, 'no text part')

# ---------------------------------------------------------------- counts
V = list(lab.values())
print('messages: %d  errors: %d' % (len(files), len(errors)))
for e in errors[:50]:
    print('  ERROR', e)
print('\nper language')
for l in LANGS:
    n = [v for v in V if v[3] == l]
    print('  %-8s %3d  (%d pass)' % (l, len(n), sum(v[1] == 'pass' for v in n)))
print('\nper charset')
for c, n in collections.Counter(v[4] for v in V).most_common():
    print('  %-15s %3d' % (c, n))
print('\nper category (reject rows)')
cc = collections.Counter(c for v in V if v[2] != '-' for c in v[2].split(','))
for c, n in cc.most_common():
    print('  %-11s %3d' % (c, n))
print('\nper client')
for c, n in collections.Counter(v[5] for v in V).most_common():
    print('  %-11s %3d' % (c, n))
print('\nper kind')
for c, n in collections.Counter(v[6] for v in V).most_common():
    print('  %-11s %3d' % (c, n))
print('\ntransfer encodings (MIME leaf parts)')
for c, n in cte_count.most_common():
    print('  %-17s %3d' % (c, n))
print('\nattachment / inline part types')
for c, n in att_types.most_common():
    print('  %-26s %3d' % (c, n))
print('\nreply subject prefixes')
for c, n in prefixes.most_common():
    print('  %-6s %3d' % (c, n))
quota = []
missing = {l: sorted(CATS - {c for v in V if v[3] == l and v[2] != '-' for c in v[2].split(',')}) for l in LANGS}
missing = {l: m for l, m in missing.items() if m}
print('\nlanguages missing a violation category: %s' % (missing or 'none'))
if missing:
    quota.append('missing categories')
under = [l for l in LANGS if sum(v[3] == l for v in V) < (24 if l == 'en' else 13)]
print('languages under quota (en 24, others 13): %s' % (under or 'none'))
lowcs = [c for c in CHARSETS if sum(v[4] == c for v in V) < 2]
print('charsets with < 2 messages: %s' % (lowcs or 'none'))
npass = sum(v[1] == 'pass' for v in V)
rej = len(V) - npass
print('pass share: %d/%d = %.1f%%' % (npass, len(V), 100.0 * npass / max(1, len(V))))
print('review share of reject rows: %d/%d = %.1f%%' % (cc['review'], rej, 100.0 * cc['review'] / max(1, rej)))
if under or lowcs or len(V) < 240 or npass * 100 < 45 * len(V):
    quota.append('quota')
sys.exit(1 if errors or quota else 0)
