#!/usr/bin/env python3
"""Check blind batch h (tests/blind/2026-11-30h) and print counts. Exit 1 on any error or unmet quota."""
import collections, email, os, re, sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.normpath(os.path.join(HERE, '..', '2026-11-30h'))
LANGS = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar']
CATS = ['links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive']
CHARSETS = ['utf-8', 'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250', 'windows-1252',
            'windows-1254', 'windows-1256', 'iso-2022-jp', 'shift_jis', 'euc-kr', 'ks_c_5601-1987', 'gb2312', 'gbk', 'big5']
DECODE = {'ks_c_5601-1987': 'cp949', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'euc-kr': 'euc_kr'}
HEADER = 'file\tverdict\tcategories\tlang\tcharset\tclient\tkind'
ALIAS = re.compile(r'^[a-z0-9]{15}(\+[A-Za-z0-9-]+)?@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg)$')
PREFIXES = ('Re:', 'RE:', 'AW:', 'RE :', 'R:', 'Antw:', 'Odp:', 'SV:', 'YNT:', 'RES:', '回复:', '回覆:', '회신:', 'رد:')
FNAME = re.compile(r'^(\d{3})-(en|ja|zh|zh-Hant|ko|de|es|fr|it|id|nl|pl|sv|tr|pt|ar)-[a-z0-9-]+\.eml$')

errors = []


def err(f, msg):
    errors.append('%s: %s' % (f, msg))


def main():
    with open(os.path.join(D, 'labels.tsv'), encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines[0] != HEADER:
        err('labels.tsv', 'bad header')
    rows = {}
    for ln in lines[1:]:
        if not ln:
            continue
        c = ln.split('\t')
        if len(c) != 7:
            err('labels.tsv', 'bad row ' + ln)
            continue
        f, verdict, cats, lang, cs, client, kind = c
        if f in rows:
            err(f, 'listed twice')
        rows[f] = c
        mo = FNAME.match(f)
        if not mo or mo.group(2) != lang:
            err(f, 'bad file name / lang')
        if verdict not in ('pass', 'reject'):
            err(f, 'bad verdict')
        if verdict == 'pass' and cats != '-':
            err(f, 'pass with categories')
        if verdict == 'reject' and (cats == '-' or not set(cats.split(',')) <= set(CATS)):
            err(f, 'bad categories')
        if cs not in CHARSETS:
            err(f, 'unknown charset ' + cs)
        if client not in ('gmail', 'outlook', 'applemail', 'thunderbird', 'plain') or kind not in ('reply', 'proactive'):
            err(f, 'bad client/kind')
    files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
    if set(files) != set(rows):
        err('labels.tsv', 'files and rows differ: %s' % sorted(set(files) ^ set(rows)))
    cte_count = collections.Counter()
    att_types = collections.Counter()
    prefixes = collections.Counter()
    for f in files:
        raw = open(os.path.join(D, f), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            err(f, 'bare LF or CR')
        for ln in raw.split(b'\r\n'):
            if len(ln) > 998:
                err(f, 'line over 998 bytes')
                break
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            err(f, 'defects %r' % msg.defects)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            if msg[h] is None:
                err(f, 'missing ' + h)
        if f not in rows:
            continue
        _, verdict, cats, lang, cs, client, kind = rows[f]
        to = msg['To'].addresses[0].addr_spec
        if not ALIAS.match(to):
            err(f, 'To is not an alias: ' + to)
        alias = to
        subj = str(msg['Subject'])
        if kind == 'reply':
            if not msg['In-Reply-To'] or not msg['References']:
                err(f, 'reply without In-Reply-To/References')
            p = [x for x in PREFIXES if subj.startswith(x + ' ')]
            if not p:
                err(f, 'reply without known prefix: ' + subj)
            else:
                prefixes[max(p, key=len)] += 1
        else:
            if msg['In-Reply-To']:
                err(f, 'proactive with In-Reply-To')
        for part in msg.walk():
            if part.is_multipart():
                continue
            cte = (part['Content-Transfer-Encoding'] or '7bit').lower()
            cte_count[cte] += 1
            ct = part.get_content_type()
            if ct.startswith('text/'):
                pcs = part.get_param('charset')
                if pcs != cs:
                    err(f, 'charset %s != label %s' % (pcs, cs))
                payload = part.get_payload(decode=True)
                try:
                    text = payload.decode(DECODE.get(pcs, pcs), errors='strict')
                except Exception as e:
                    err(f, 'strict decode failed: %r' % e)
                    continue
                if cte == '7bit' and any(b > 127 for b in part.get_payload().encode('latin-1', 'replace')):
                    err(f, '8-bit data in 7bit part')
                if kind == 'reply' and alias not in text:
                    err(f, 'alias missing from quoted part (%s)' % ct)
            else:
                att_types[ct] += 1
                if cte != 'base64' or not part.get_payload(decode=True):
                    err(f, 'attachment not base64 / empty')
    # counts
    n = len(rows)
    by_lang = collections.Counter(r[3] for r in rows.values())
    pass_lang = collections.Counter(r[3] for r in rows.values() if r[1] == 'pass')
    by_cs = collections.Counter(r[4] for r in rows.values())
    by_cat = collections.Counter(c for r in rows.values() if r[1] == 'reject' for c in r[2].split(','))
    by_client = collections.Counter(r[5] for r in rows.values())
    by_kind = collections.Counter(r[6] for r in rows.values())
    npass = sum(1 for r in rows.values() if r[1] == 'pass')
    print('messages: %d  errors: %d\n' % (n, len(errors)))
    print('per language')
    for l in LANGS:
        print('  %-10s %3d  (%d pass)' % (l, by_lang[l], pass_lang[l]))
    print('\nper charset')
    for k, v in by_cs.most_common():
        print('  %-16s %3d' % (k, v))
    print('\nper category (reject rows)')
    for k, v in by_cat.most_common():
        print('  %-12s %3d' % (k, v))
    print('\nper client')
    for k, v in by_client.most_common():
        print('  %-12s %3d' % (k, v))
    print('\nper kind')
    for k, v in by_kind.most_common():
        print('  %-12s %3d' % (k, v))
    print('\ntransfer encodings (MIME leaf parts)')
    for k, v in cte_count.most_common():
        print('  %-18s %3d' % (k, v))
    print('\nattachment / inline part types')
    for k, v in att_types.most_common():
        print('  %-26s %3d' % (k, v))
    print('\nreply subject prefixes')
    for k, v in prefixes.most_common():
        print('  %-8s %3d' % (k, v))
    missing = {}
    for l in LANGS:
        have = set(c for r in rows.values() if r[3] == l and r[1] == 'reject' for c in r[2].split(','))
        if set(CATS) - have:
            missing[l] = sorted(set(CATS) - have)
    print('\nlanguages missing a violation category:', missing or 'none')
    under = [l for l in LANGS if by_lang[l] < (24 if l == 'en' else 13)]
    print('languages under quota (en 24, others 13):', under or 'none')
    lowcs = [c for c in CHARSETS if by_cs[c] < 2]
    print('charsets with < 2 messages:', lowcs or 'none')
    print('pass share: %d/%d = %.1f%%' % (npass, n, 100.0 * npass / max(n, 1)))
    quota_fail = missing or under or lowcs or n < 240 or npass < 0.45 * n
    for e in errors:
        print('ERROR', e)
    if errors or quota_fail:
        print('FAILED')
        sys.exit(1)


if __name__ == '__main__':
    main()
