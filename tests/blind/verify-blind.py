#!/usr/bin/python3
"""Sanity check for the blind corpus: parse every .eml, decode every text part in its
declared charset, check CRLF, headers and labels.tsv; print counts.  Does NOT run any filter."""
import email, email.policy, os, re, sys, collections
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '2026-11-29')
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
LANGS = 'en ja zh zh-Hant ko de es fr it id nl pl sv tr pt ar'.split()
rows = {}
with open(os.path.join(D, 'labels.tsv'), encoding='utf-8') as f:
    hdr = f.readline().rstrip('\n').split('\t')
    assert hdr == ['file', 'verdict', 'categories', 'lang', 'charset', 'client', 'kind'], hdr
    for line in f:
        r = dict(zip(hdr, line.rstrip('\n').split('\t')))
        assert r['file'] not in rows
        rows[r['file']] = r
files = sorted(x for x in os.listdir(D) if x.endswith('.eml'))
errs = []
assert set(files) == set(rows), set(files) ^ set(rows)
ALIAS = re.compile(r'^[a-z0-9]{15}@marketplace\.amazon\.[a-z.]+$')
for fn in files:
    r = rows[fn]
    raw = open(os.path.join(D, fn), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errs.append((fn, 'bare LF'))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hname in ('From', 'To', 'Date', 'Message-ID', 'MIME-Version', 'Subject'):
        if msg[hname] is None:
            errs.append((fn, 'missing ' + hname))
    if not re.match(r'^seller@[a-z0-9-]+\.example$', msg['From'].addresses[0].addr_spec):
        errs.append((fn, 'from'))
    to = msg['To'].addresses[0].addr_spec
    if not ALIAS.match(to):
        errs.append((fn, 'alias ' + to))
    str(msg['Subject'])
    if r['kind'] == 'reply':
        if not msg['In-Reply-To'] or not msg['References']:
            errs.append((fn, 'reply without In-Reply-To/References'))
    assert r['verdict'] in ('pass', 'reject')
    cats = [] if r['categories'] == '-' else r['categories'].split(',')
    if (r['verdict'] == 'pass') != (not cats) or not set(cats) <= CATS:
        errs.append((fn, 'labels'))
    if r['lang'] not in LANGS or not fn.startswith(fn[:4]) or ('-%s-' % r['lang']) not in fn:
        errs.append((fn, 'lang'))
    ntext = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'text' and not part.get_filename():
            cs = part.get_content_charset()
            if cs != r['charset']:
                errs.append((fn, 'charset %s != %s' % (cs, r['charset'])))
            payload = part.get_payload(decode=True)
            try:
                txt = payload.decode({'ks_c_5601-1987': 'cp949'}.get(cs, cs))
            except Exception as ex:
                errs.append((fn, 'decode %s' % ex)); continue
            ntext += 1
            if r['kind'] == 'reply' and to not in txt:
                errs.append((fn, 'quoted text lacks alias'))
            if part.get_content_subtype() == 'plain' and '\ufffd' in part.get_content():
                errs.append((fn, 'replacement char'))
        elif part.get_filename() or part.get('Content-ID'):
            if part['Content-Transfer-Encoding'].lower() != 'base64':
                errs.append((fn, 'attachment not base64'))
            part.get_payload(decode=True)
    if ntext == 0:
        errs.append((fn, 'no text part'))
print('messages:', len(files), ' errors:', len(errs))
for e in errs[:50]:
    print('  ERR', *e)
def show(title, c):
    print('\n' + title)
    for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
        print('  %-16s %4d' % (k, v))
R = list(rows.values())
show('per language', collections.Counter(r['lang'] for r in R))
show('per charset', collections.Counter(r['charset'] for r in R))
show('per category (reject rows)', collections.Counter(c for r in R for c in (r['categories'].split(',') if r['categories'] != '-' else [])))
show('per client', collections.Counter(r['client'] for r in R))
show('per kind', collections.Counter(r['kind'] for r in R))
cte = collections.Counter()
for fn in files:
    for m_ in re.findall(rb'Content-Transfer-Encoding: ([\w-]+)', open(os.path.join(D, fn), 'rb').read()):
        cte[m_.decode().lower()] += 1
show('transfer encodings (MIME parts)', cte)
lc = collections.defaultdict(set)
for r in R:
    for c in (r['categories'].split(',') if r['categories'] != '-' else []):
        lc[r['lang']].add(c)
missing = {l: sorted(CATS - lc[l]) for l in LANGS if CATS - lc[l]}
print('\nlanguages missing a violation category:', missing or 'none')
npass = sum(r['verdict'] == 'pass' for r in R)
print('pass share: %d/%d = %.1f%%' % (npass, len(R), 100.0 * npass / len(R)))
sys.exit(1 if errs else 0)
