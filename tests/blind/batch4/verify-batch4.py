#!/usr/bin/env python3
"""Check every message of blind batch 4 with the stdlib email module and print the counts."""
import collections, email, email.policy, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '2026-11-29d')
PYCS = {'us-ascii': 'ascii', 'ks_c_5601-1987': 'cp949'}
CATS = ['links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive']
LANGS = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar']
ALIAS = re.compile(r'[a-z0-9]{15}(\+[A-Za-z0-9-]+)?@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg)$')

errors = []
def err(f, msg):
    errors.append('%s: %s' % (f, msg))

rows = {}
with open(os.path.join(OUT, 'labels.tsv'), encoding='utf-8') as fh:
    head = fh.readline().rstrip('\n').split('\t')
    assert head == ['file', 'verdict', 'categories', 'lang', 'charset', 'client', 'kind'], head
    for line in fh:
        r = line.rstrip('\n').split('\t')
        if len(r) != 7:
            err('labels.tsv', 'bad row %r' % line); continue
        if r[0] in rows:
            err(r[0], 'listed twice in labels.tsv')
        rows[r[0]] = dict(zip(head, r))

files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
for f in files:
    if f not in rows:
        err(f, 'not in labels.tsv')
for f in rows:
    if f not in files:
        err(f, 'in labels.tsv but no file')

cnt = {k: collections.Counter() for k in ('lang', 'charset', 'cat', 'client', 'kind', 'cte', 'verdict', 'reprefix')}
lang_cats = collections.defaultdict(set)
lang_pass = collections.Counter()
for f in files:
    raw = open(os.path.join(OUT, f), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        err(f, 'bare LF')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            err(f, 'line over 998 bytes')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    lab = rows.get(f)
    if lab is None:
        continue
    if msg.defects:
        err(f, 'defects %r' % msg.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[h] is None:
            err(f, 'missing ' + h)
    subj = str(msg['Subject'])
    if '=?' in subj:
        err(f, 'undecoded subject %r' % subj)
    to = msg['To'].addresses[0].addr_spec
    if not ALIAS.match(to):
        err(f, 'To is not an alias: ' + to)
    fr = msg['From'].addresses[0].addr_spec
    if not fr.endswith('.example'):
        err(f, 'From not .example: ' + fr)
    if lab['kind'] == 'reply':
        if not msg['In-Reply-To'] or not msg['References']:
            err(f, 'reply without In-Reply-To/References')
        pre = subj.split(' ', 1)[0]
        cnt['reprefix'][pre] += 1
    else:
        if msg['In-Reply-To']:
            err(f, 'proactive with In-Reply-To')
    texts = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        cte = (part['Content-Transfer-Encoding'] or '7bit').lower()
        cnt['cte'][cte] += 1
        if part.get_content_maintype() == 'text' and part.get_filename() is None:
            texts += 1
            cs = part.get_content_charset()
            if cs != lab['charset']:
                err(f, 'charset %s != label %s' % (cs, lab['charset']))
            data = part.get_payload(decode=True)
            try:
                txt = data.decode(PYCS.get(cs, cs), 'strict')
            except Exception as e:
                err(f, 'text part does not decode: %s' % e); continue
            try:
                part.get_content()
            except Exception as e:
                err(f, 'get_content failed: %s' % e)
            if lab['kind'] == 'reply' and to.split('+')[0].split('@')[0] not in txt:
                err(f, 'reply text part lacks the alias in the quote')
        else:
            if cte != 'base64':
                err(f, 'attachment not base64')
            if not part.get_payload(decode=True):
                err(f, 'empty attachment')
    if texts == 0:
        err(f, 'no text part')
    for k in ('lang', 'charset', 'client', 'kind', 'verdict'):
        cnt[k if k != 'verdict' else 'verdict'][lab[k]] += 1
    if lab['verdict'] == 'pass':
        if lab['categories'] != '-':
            err(f, 'pass with categories')
        lang_pass[lab['lang']] += 1
    else:
        for c in lab['categories'].split(','):
            if c not in CATS:
                err(f, 'unknown category ' + c)
            cnt['cat'][c] += 1
            lang_cats[lab['lang']].add(c)
    if lab['lang'] not in LANGS:
        err(f, 'unknown lang')

print('messages: %d  errors: %d' % (len(files), len(errors)))
for e in errors:
    print('  ERROR', e)
for k, title in (('lang', 'per language (pass)'), ('charset', 'per charset'), ('cat', 'per category (reject rows)'),
                 ('client', 'per client'), ('kind', 'per kind'), ('cte', 'transfer encodings (MIME leaf parts)'),
                 ('reprefix', 'reply subject prefixes')):
    print('\n' + title)
    for v, n in cnt[k].most_common():
        extra = '  (%d pass)' % lang_pass[v] if k == 'lang' else ''
        print('  %-18s %4d%s' % (v, n, extra))
missing = {l: [c for c in CATS if c not in lang_cats[l]] for l in LANGS}
missing = {l: v for l, v in missing.items() if v}
print('\nlanguages missing a violation category:', missing or 'none')
print('languages with < 11 messages:', [l for l in LANGS if cnt['lang'][l] < 11] or 'none')
print('charsets with < 2 messages:', [c for c in ['utf-8', 'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15',
      'windows-1250', 'windows-1252', 'windows-1254', 'windows-1256', 'iso-2022-jp', 'shift_jis', 'euc-kr', 'gb2312',
      'gbk', 'big5'] if cnt['charset'][c] < 2] or 'none')
p = cnt['verdict']['pass']
print('pass share: %d/%d = %.1f%%' % (p, len(files), 100.0 * p / max(1, len(files))))
sys.exit(1 if errors else 0)
