#!/usr/bin/env python3
"""Check the blind batch 2026-11-29e and print its counts. Python 3 stdlib only."""
import collections, email, os, re, sys
from email import policy
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.normpath(os.path.join(HERE, '..', '2026-11-29e'))
CATS = ['links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive']
LANGS = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar']
CHARSETS = ['utf-8', 'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250', 'windows-1252',
            'windows-1254', 'windows-1256', 'iso-2022-jp', 'shift_jis', 'euc-kr', 'ks_c_5601-1987', 'gb2312', 'gbk', 'big5']
PYCS = {'ks_c_5601-1987': 'cp949'}
ALIAS = re.compile(r'^[a-z0-9]{15}(\+[A-Za-z0-9-]+)?@(m\.)?marketplace\.amazon\.[a-z]{2,3}(\.[a-z]{2})?$')
errors = []
def err(f, s):
    errors.append('%s: %s' % (f, s))

rows = {}
with open(os.path.join(D, 'labels.tsv'), encoding='utf-8') as fh:
    head = fh.readline().rstrip('\n').split('\t')
    if head != ['file', 'verdict', 'categories', 'lang', 'charset', 'client', 'kind']:
        err('labels.tsv', 'bad header %r' % head)
    for line in fh:
        c = line.rstrip('\n').split('\t')
        if len(c) != 7:
            err('labels.tsv', 'bad row %r' % line); continue
        if c[0] in rows:
            err('labels.tsv', 'duplicate row ' + c[0])
        rows[c[0]] = dict(zip(head, c))
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
for f in files:
    if f not in rows:
        err(f, 'missing from labels.tsv')
for f in rows:
    if f not in files:
        err(f, 'in labels.tsv but no file')

cte_count = collections.Counter()
prefixes = collections.Counter()
for f in files:
    R = rows.get(f)
    if not R:
        continue
    raw = open(os.path.join(D, f), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        err(f, 'bare LF')
    if re.search(rb'\r(?!\n)', raw):
        err(f, 'bare CR')
    if any(len(l) > 998 for l in raw.split(b'\r\n')):
        err(f, 'line over 998 bytes')
    msg = email.message_from_bytes(raw, policy=policy.default)
    if msg.defects:
        err(f, 'defects %r' % msg.defects)
    for hname in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[hname] is None:
            err(f, 'missing header ' + hname)
    try:
        to = msg['To'].addresses[0].addr_spec
    except Exception as e:
        err(f, 'To unparsable: %s' % e); to = ''
    if not ALIAS.match(to):
        err(f, 'To is not a 15-char marketplace alias: %r' % to)
    try:
        subj = str(make_header(decode_header(msg.get('Subject', '', ))))
    except Exception as e:
        err(f, 'subject does not decode: %s' % e); subj = ''
    if R['kind'] == 'reply':
        if not msg['In-Reply-To'] or not msg['References']:
            err(f, 'reply without In-Reply-To/References')
        mo = re.match(r'^(\S+)\s', str(msg['Subject']))
        prefixes[mo.group(1) if mo else '?'] += 1
    elif R['kind'] != 'proactive':
        err(f, 'bad kind ' + R['kind'])
    if R['lang'] not in LANGS:
        err(f, 'bad lang')
    if R['verdict'] == 'pass':
        if R['categories'] != '-':
            err(f, 'pass with categories')
    elif R['verdict'] == 'reject':
        cs = R['categories'].split(',')
        if not cs or any(c not in CATS for c in cs):
            err(f, 'bad categories ' + R['categories'])
    else:
        err(f, 'bad verdict')
    ntext = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        cte_count[cte] += 1
        if part.get_content_maintype() == 'text' and part.get_filename() is None:
            ntext += 1
            cs = part.get_param('charset')
            if cs is None:
                err(f, 'text part without charset'); continue
            if cs.lower() != R['charset']:
                err(f, 'charset %s != label %s' % (cs, R['charset']))
            data = part.get_payload(decode=True)
            try:
                txt = data.decode(PYCS.get(cs.lower(), cs), 'strict')
            except (UnicodeDecodeError, LookupError) as e:
                err(f, 'text part does not decode in %s: %s' % (cs, e)); continue
            if R['kind'] == 'reply' and R['client'] != 'thunderbird' and to.split('@')[0][:15] not in txt:
                err(f, 'reply text part lacks the alias in its quote attribution (Gmail/Outlook/Apple/plain attributions carry it)')
        elif part.get_content_maintype() != 'text' or part.get_filename():
            if cte != 'base64':
                err(f, 'attachment not base64')
            if not part.get_payload(decode=True):
                err(f, 'empty attachment')
    if ntext == 0:
        err(f, 'no text part')

print('messages: %d  errors: %d' % (len(files), len(errors)))
for e in errors:
    print('  ERROR', e)
V = list(rows.values())
def show(title, counter, fmt=None):
    print('\n' + title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print('  %-18s %4d%s' % (k, v, fmt(k) if fmt else ''))
lc = collections.Counter(r['lang'] for r in V)
lp = collections.Counter(r['lang'] for r in V if r['verdict'] == 'pass')
show('per language', lc, lambda k: '  (%d pass)' % lp[k])
show('per charset', collections.Counter(r['charset'] for r in V))
cc = collections.Counter(c for r in V if r['verdict'] == 'reject' for c in r['categories'].split(','))
show('per category (reject rows)', cc)
show('per client', collections.Counter(r['client'] for r in V))
show('per kind', collections.Counter(r['kind'] for r in V))
show('transfer encodings (MIME leaf parts)', cte_count)
show('reply subject prefixes', prefixes)
missing = []
for lg in LANGS:
    have = {c for r in V if r['lang'] == lg and r['verdict'] == 'reject' for c in r['categories'].split(',')}
    miss = [c for c in CATS if c not in have]
    if miss:
        missing.append('%s: %s' % (lg, ','.join(miss)))
print('\nlanguages missing a violation category: %s' % ('; '.join(missing) or 'none'))
small = [lg for lg in LANGS if lc[lg] < (24 if lg == 'en' else 12)]
print('languages under quota (en 24, others 12): %s' % (', '.join(small) or 'none'))
csc = collections.Counter(r['charset'] for r in V)
print('charsets with < 2 messages: %s' % (', '.join(c for c in CHARSETS if csc[c] < 2) or 'none'))
np = sum(1 for r in V if r['verdict'] == 'pass')
print('pass share: %d/%d = %.1f%%' % (np, len(V), 100.0 * np / len(V)))
sys.exit(1 if errors else 0)
