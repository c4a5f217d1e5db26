#!/usr/bin/env python3
"""Check blind batch 2026-11-30f: parse, line ends, headers, alias, threading, charsets, labels.
Usage: python3 verify-batch6.py [dir]   (default ../2026-11-30f)"""
import collections, email, email.policy, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '2026-11-30f')
CODEC = {'ks_c_5601-1987': 'cp949', 'euc-kr': 'euc_kr', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis'}
LANGS = 'en ja zh zh-Hant ko de es fr it id nl pl sv tr pt ar'.split()
CATS = 'links contact promotion review style ask important attachment proactive'.split()
ALIAS = re.compile(r'^[a-z0-9]{15}(\+[A-Za-z0-9-]+)?@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg)$')
errors = []
def err(f, msg):
    errors.append('%s: %s' % (f, msg))

labels = {}
with open(os.path.join(D, 'labels.tsv'), encoding='utf-8') as fh:
    head = fh.readline().rstrip('\n').split('\t')
    if head != ['file', 'verdict', 'categories', 'lang', 'charset', 'client', 'kind']:
        err('labels.tsv', 'bad header %r' % head)
    for line in fh:
        row = line.rstrip('\n').split('\t')
        if len(row) != 7:
            err('labels.tsv', 'bad row %r' % row); continue
        if row[0] in labels:
            err('labels.tsv', 'duplicate ' + row[0])
        labels[row[0]] = row
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
for f in files:
    if f not in labels:
        err(f, 'not in labels.tsv')
for f in labels:
    if f not in files:
        err(f, 'labelled but missing')

cnt = {k: collections.Counter() for k in ('lang', 'langpass', 'charset', 'cat', 'client', 'kind', 'cte', 'prefix')}
langcats = collections.defaultdict(set)
npass = 0
for f in files:
    raw = open(os.path.join(D, f), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        err(f, 'bare LF or CR')
    if any(len(l) > 998 for l in raw.split(b'\r\n')):
        err(f, 'line over 998 bytes')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        err(f, 'defects %r' % msg.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[h] is None:
            err(f, 'missing ' + h)
    to = msg['To'].addresses[0].addr_spec if msg['To'] else ''
    if not ALIAS.match(to):
        err(f, 'To is not an alias: ' + to)
    row = labels.get(f)
    if not row:
        continue
    _, verdict, cats, lang, cs, client, kind = row
    if verdict not in ('pass', 'reject'):
        err(f, 'bad verdict')
    cl = [] if cats == '-' else cats.split(',')
    if (verdict == 'pass') != (not cl) or any(c not in CATS for c in cl):
        err(f, 'bad categories ' + cats)
    if lang not in LANGS or not f.split('-', 1)[1].startswith(lang + '-'):
        err(f, 'bad lang ' + lang)
    subj = str(msg['Subject'])
    if kind == 'reply':
        if not msg['In-Reply-To'] or not msg['References']:
            err(f, 'reply without In-Reply-To/References')
        pre = re.match(r'^(Re:|RE:|AW:|RE :|R:|Odp:|SV:|YNT:|RES:|回复:|回复：|回覆:|회신:|Balas:|رد:)', subj)
        if not pre:
            err(f, 'reply subject without prefix: ' + subj)
        else:
            cnt['prefix'][pre.group(1)] += 1
    elif kind == 'proactive':
        if msg['In-Reply-To'] or msg['References']:
            err(f, 'proactive with In-Reply-To')
    else:
        err(f, 'bad kind')
    ntext = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        cte = (part['Content-Transfer-Encoding'] or '7bit').lower()
        cnt['cte'][cte] += 1
        if part.get_content_maintype() == 'text' and not part.get_filename():
            ntext += 1
            pcs = part.get_content_charset()
            if pcs != cs:
                err(f, 'charset %s != label %s' % (pcs, cs))
            payload = part.get_payload(decode=True)
            try:
                txt = payload.decode(CODEC.get(pcs, pcs), 'strict')
            except (UnicodeDecodeError, LookupError) as e:
                err(f, 'does not decode in %s: %s' % (pcs, e)); continue
            if kind == 'reply' and to.split('@')[0] not in txt:
                err(f, 'reply text part lacks the alias in its attribution')
            if verdict == 'pass' and '{o}' in txt:
                err(f, 'unsubstituted placeholder')
        else:
            if cte != 'base64' or not part.get_payload(decode=True):
                err(f, 'attachment not base64 / empty')
    if not ntext:
        err(f, 'no text part')
    cnt['lang'][lang] += 1
    cnt['charset'][cs] += 1
    cnt['client'][client] += 1
    cnt['kind'][kind] += 1
    if verdict == 'pass':
        npass += 1
        cnt['langpass'][lang] += 1
    for c in cl:
        cnt['cat'][c] += 1
        langcats[lang].add(c)

print('messages: %d  errors: %d' % (len(files), len(errors)))
for e in errors:
    print('  ERROR ' + e)
def show(title, c, extra=None):
    print('\n' + title)
    for k, v in c.most_common():
        print('  %-18s %4d%s' % (k, v, extra(k) if extra else ''))
show('per language', cnt['lang'], lambda k: '  (%d pass)' % cnt['langpass'][k])
show('per charset', cnt['charset'])
show('per category (reject rows)', cnt['cat'])
show('per client', cnt['client'])
show('per kind', cnt['kind'])
show('transfer encodings (MIME leaf parts)', cnt['cte'])
show('reply subject prefixes', cnt['prefix'])
miss = {l: [c for c in CATS if c not in langcats[l]] for l in LANGS}
miss = {l: v for l, v in miss.items() if v}
print('\nlanguages missing a violation category: %s' % (miss or 'none'))
under = [l for l in LANGS if cnt['lang'][l] < (20 if l == 'en' else 11)]
print('languages under quota (en 20, others 11): %s' % (under or 'none'))
low = [c for c in CODEC.keys() | {'utf-8', 'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250',
                                   'windows-1252', 'windows-1254', 'windows-1256', 'gb2312', 'gbk', 'big5'} if cnt['charset'][c] < 2]
print('charsets with < 2 messages: %s' % (sorted(low) or 'none'))
print('pass share: %d/%d = %.1f%%' % (npass, len(files), 100.0 * npass / max(1, len(files))))
sys.exit(1 if errors else 0)
