#!/usr/bin/python3
"""Checks every .eml of tests/blind/2026-11-29b: parses, CRLF only, headers, alias, threading,
every text part decodes in its declared charset (= label), attachments base64, labels.tsv covers
every file exactly once.  Prints counts.  Never runs any filter."""
import collections, email, os, re, sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.normpath(os.path.join(HERE, '..', '2026-11-29b'))
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
LANGS = 'en ja zh zh-Hant ko de es fr it id nl pl sv tr pt ar'.split()
ALIAS = re.compile(r'^[a-z0-9]{15}(\+[A-Za-z0-9-]+)?@(m\.)?marketplace\.amazon\.[a-z.]{2,7}$')

def codec(cs):
    return 'cp949' if cs == 'ks_c_5601-1987' else cs

errors = []
def err(f, msg):
    errors.append('%s: %s' % (f, msg))

rows = {}
with open(os.path.join(D, 'labels.tsv'), encoding='utf-8') as fh:
    head = fh.readline().rstrip('\n').split('\t')
    assert head == ['file', 'verdict', 'categories', 'lang', 'charset', 'client', 'kind'], head
    for line in fh:
        f = line.rstrip('\n').split('\t')
        if len(f) != 7:
            err('labels.tsv', 'bad row %r' % line)
            continue
        if f[0] in rows:
            err(f[0], 'duplicate label row')
        rows[f[0]] = f
files = sorted(x for x in os.listdir(D) if x.endswith('.eml'))
for f in files:
    if f not in rows:
        err(f, 'no label')
for f in rows:
    if f not in files:
        err(f, 'label without file')

cnt = dict((k, collections.Counter()) for k in ('lang', 'charset', 'cat', 'client', 'kind', 'cte', 'att'))
langcats = collections.defaultdict(set)
feat = collections.Counter()
FEATS = [('Outlook divRplyFwdMsg', 'divRplyFwdMsg'), ('Outlook border-top From/Sent block', 'border-top:solid #E1E1E1'),
         ('Outlook xmlns:o + MsoNormal', 'class="MsoNormal"'), ('Gmail gmail_quote', 'class="gmail_quote'), ('Gmail mailto alias attribution', 'href="mailto:'),
         ('Apple/Thunderbird blockquote type=cite', 'blockquote type="cite"'), ('Thunderbird moz-cite-prefix', 'moz-cite-prefix'),
         ('text quote "> "', '\n> ')]
npass = 0
for f in files:
    raw = open(os.path.join(D, f), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        err(f, 'bare LF')
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
    except Exception as e:
        err(f, 'parse: %s' % e)
        continue
    if msg.defects:
        err(f, 'defects %r' % msg.defects)
    lab = rows.get(f)
    if not lab:
        continue
    _, verdict, cats, lang, cs, client, kind = lab
    for hn in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[hn] is None:
            err(f, 'missing ' + hn)
    try:
        subj = str(msg['Subject'])
    except Exception as e:
        err(f, 'subject decode %s' % e)
        subj = ''
    if not re.match(r'^seller@[a-z0-9-]+\.example$', msg['From'].addresses[0].addr_spec):
        err(f, 'from ' + str(msg['From']))
    to = msg['To'].addresses[0].addr_spec
    if not ALIAS.match(to):
        err(f, 'alias ' + to)
    if verdict not in ('pass', 'reject'):
        err(f, 'verdict')
    if verdict == 'pass' and cats != '-':
        err(f, 'pass with categories')
    if verdict == 'reject':
        cl = cats.split(',')
        if not cl or not set(cl) <= CATS:
            err(f, 'bad categories ' + cats)
        for c in cl:
            cnt['cat'][c] += 1
            langcats[lang].add(c)
    else:
        npass += 1
    if lang not in LANGS:
        err(f, 'lang ' + lang)
    if kind == 'reply':
        if not msg['In-Reply-To'] or not msg['References']:
            err(f, 'reply without threading headers')
        if not re.match(r'^(Re|RE|AW|RE :|R|Antw|SV|Odp|YNT|RES|回复|回覆|Balas|رد)\s*[:：]', subj):
            err(f, 'reply subject prefix: ' + subj)
    else:
        if msg['In-Reply-To']:
            err(f, 'proactive with In-Reply-To')
    ntext = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = (part['Content-Transfer-Encoding'] or '7bit').lower()
        cnt['cte'][cte] += 1
        if part.get_content_maintype() == 'text' and part.get_filename() is None:
            ntext += 1
            pcs = part.get_content_charset()
            if pcs != cs:
                err(f, 'charset %s != label %s' % (pcs, cs))
            data = part.get_payload(decode=True)
            try:
                txt = data.decode(codec(pcs))
            except Exception as e:
                err(f, 'decode %s: %s' % (pcs, e))
                continue
            if kind == 'reply' and to.split('+')[0].split('@')[0] not in txt:
                err(f, 'alias missing from quoted %s' % ct)
            if '\ufffd' in txt:
                err(f, 'replacement char in %s' % ct)
        else:
            if cte != 'base64':
                err(f, 'attachment not base64')
            fn = part.get_filename() or '?'
            cnt['att'][fn.rsplit('.', 1)[-1].lower()] += 1
            if not part.get_payload(decode=True):
                err(f, 'empty attachment')
    alltxt = ''
    for part in msg.walk():
        if part.get_content_maintype() == 'text' and part.get_filename() is None:
            try:
                alltxt += part.get_payload(decode=True).decode(codec(part.get_content_charset()))
            except Exception:
                pass
    for k, pat in FEATS:
        if pat in alltxt:
            feat[k] += 1
    if re.search(r'-----[^\n]*-----\n(From|Von|De|Da|Van|Från|Od|Kimden|差出人|发件人|寄件者|보낸 사람|من|Dari)', alltxt.replace('\r', '')):
        feat['Outlook text "-----Original Message-----" (localized)'] += 1
    if '_' * 32 in alltxt:
        feat['Outlook text underscore separator'] += 1
    if (msg.get_body(('plain',)) or msg).get_param('format') == 'flowed':
        feat['Thunderbird plain format=flowed'] += 1
    if '=?' in raw.split(b'\r\n\r\n', 1)[0].decode('ascii', 'replace').split('Subject:', 1)[1].split('\r\n', 1)[0] or re.search(rb'\r\nSubject: =\?', raw):
        feat['RFC 2047 encoded Subject'] += 1
    if '+' in to:
        feat['alias with +case suffix'] += 1
    if kind == 'reply':
        feat['reply prefix ' + subj.split(':')[0].split('：')[0].strip()] += 1
    if any(p.get_content_type() == 'multipart/related' for p in msg.walk()):
        feat['inline cid image (multipart/related)'] += 1
    if ntext == 0:
        err(f, 'no text part')
    cnt['lang'][lang] += 1
    cnt['charset'][cs] += 1
    cnt['client'][client] += 1
    cnt['kind'][kind] += 1

print('messages: %d  errors: %d' % (len(files), len(errors)))
for e in errors[:60]:
    print('  ERR', e)
for k, title in (('lang', 'per language'), ('charset', 'per charset'), ('cat', 'per category (reject rows)'),
                 ('client', 'per client'), ('kind', 'per kind'), ('cte', 'transfer encodings (MIME parts)'),
                 ('att', 'attachment / inline file types')):
    print('\n' + title)
    for a, b in cnt[k].most_common():
        print('  %-16s %4d' % (a, b))
print('\nclient shapes and header features (decoded)')
for a, b in sorted(feat.items()):
    print('  %-52s %4d' % (a, b))
miss = {l: sorted(CATS - langcats[l]) for l in LANGS if CATS - langcats[l]}
print('\nlanguages missing a violation category: %s' % (miss or 'none'))
print('pass share: %d/%d = %.1f%%' % (npass, len(files), 100.0 * npass / max(1, len(files))))
sys.exit(1 if errors else 0)
