#!/usr/bin/env python3
"""Check tests/blind/2026-11-29c: every .eml parses and decodes, labels.tsv covers every file; print counts."""
import collections, email, glob, os, re, sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.normpath(os.path.join(HERE, '..', '2026-11-29c'))
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
LANGS = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar']
ALIAS = re.compile(r'^([a-z0-9]{15})(\+[A-Za-z0-9-]+)?@(m\.)?marketplace\.amazon\.[a-z.]+$')
errors = []
rows = {}
with open(os.path.join(D, 'labels.tsv'), encoding='utf-8') as fh:
    head = fh.readline().rstrip('\n').split('\t')
    assert head == ['file', 'verdict', 'categories', 'lang', 'charset', 'client', 'kind'], head
    for line in fh:
        f = line.rstrip('\n').split('\t')
        if len(f) != 7:
            errors.append('bad row %r' % line); continue
        if f[0] in rows:
            errors.append('duplicate row ' + f[0])
        rows[f[0]] = f
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(D, '*.eml')))
for f in files:
    if f not in rows:
        errors.append('no label: ' + f)
for f in rows:
    if f not in files:
        errors.append('label without file: ' + f)
cnt = {k: collections.Counter() for k in ('lang', 'charset', 'client', 'kind', 'cat', 'cte', 'verdict')}
langcats = collections.defaultdict(set)
for f in files:
    raw = open(os.path.join(D, f), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errors.append(f + ': bare LF')
    try:
        m = email.message_from_bytes(raw, policy=policy.default)
    except Exception as e:
        errors.append(f + ': parse ' + repr(e)); continue
    if m.defects:
        errors.append(f + ': defects %r' % m.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if m[h] is None:
            errors.append(f + ': missing ' + h)
    str(m['Subject'])
    to = m['To'].addresses[0].addr_spec
    if not ALIAS.match(to):
        errors.append(f + ': alias ' + to)
    if not m['From'].addresses[0].domain.endswith('.example'):
        errors.append(f + ': from ' + str(m['From']))
    r = rows.get(f)
    if not r:
        continue
    _, verdict, cats, lang, cs, client, kind = r
    if verdict not in ('pass', 'reject'):
        errors.append(f + ': verdict')
    if verdict == 'pass' and cats != '-':
        errors.append(f + ': pass with cats')
    if verdict == 'reject':
        cs_ = cats.split(',')
        if not cs_ or not set(cs_) <= CATS:
            errors.append(f + ': cats ' + cats)
        for c in cs_:
            cnt['cat'][c] += 1; langcats[lang].add(c)
    if lang not in LANGS:
        errors.append(f + ': lang')
    if kind == 'reply':
        if not m['In-Reply-To'] or not m['References']:
            errors.append(f + ': reply without In-Reply-To/References')
    elif m['In-Reply-To']:
        errors.append(f + ': proactive with In-Reply-To')
    alias_local = to.split('@')[0].split('+')[0]
    for part in m.walk():
        if part.is_multipart():
            continue
        cte = (part['Content-Transfer-Encoding'] or '7bit').lower()
        cnt['cte'][cte] += 1
        if part.get_content_maintype() == 'text' and part.get_filename() is None:
            pcs = part.get_content_charset()
            if pcs != cs:
                errors.append(f + ': charset %s != label %s' % (pcs, cs))
            payload = part.get_payload(decode=True)
            try:
                txt = payload.decode(pcs)
            except Exception as e:
                errors.append(f + ': decode ' + repr(e)); continue
            if kind == 'reply' and alias_local not in txt:
                errors.append(f + ': alias missing from quoted text (%s)' % part.get_content_type())
            if pcs == 'us-ascii' and any(ord(c) > 127 for c in txt):
                errors.append(f + ': non-ascii in us-ascii')
        else:
            data = part.get_payload(decode=True)
            if cte != 'base64' or not data:
                errors.append(f + ': attachment not base64/empty')
    cnt['lang'][lang] += 1; cnt['charset'][cs] += 1; cnt['client'][client] += 1; cnt['kind'][kind] += 1; cnt['verdict'][verdict] += 1

print('messages: %d  errors: %d' % (len(files), len(errors)))
for e in errors[:50]:
    print('  ERROR', e)
for k, title in (('lang', 'per language'), ('charset', 'per charset'), ('cat', 'per category (reject rows)'),
                 ('client', 'per client'), ('kind', 'per kind'), ('cte', 'transfer encodings (MIME parts)')):
    print('\n' + title)
    for n, c in cnt[k].most_common():
        print('  %-18s %4d' % (n, c))
miss = {l: sorted(CATS - langcats[l]) for l in LANGS if CATS - langcats[l]}
print('\nlanguages missing a violation category:', miss or 'none')
print('pass share: %d/%d = %.1f%%' % (cnt['verdict']['pass'], len(files), 100.0 * cnt['verdict']['pass'] / max(1, len(files))))
sys.exit(1 if errors else 0)
