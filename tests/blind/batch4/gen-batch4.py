#!/usr/bin/env python3
"""Blind batch 4 for aliasgate: hand-labelled seller -> Amazon buyer alias mails.

Deterministic: no clock, no os randomness. Every message below carries its hand label
(verdict + categories) right next to its text.  Writes ../2026-11-29d/*.eml and labels.tsv.
"""
import base64, binascii, hashlib, html, io, os, random, struct, sys, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '2026-11-29d')

# ---------------------------------------------------------------- language tables
TLD = {
    'en': ['com', 'co.uk', 'ca', 'com.au', 'in'], 'de': ['de'], 'fr': ['fr', 'com.be'],
    'es': ['es', 'com.mx'], 'it': ['it'], 'nl': ['nl', 'com.be'], 'pl': ['pl'], 'sv': ['se'],
    'tr': ['com.tr'], 'pt': ['com.br'], 'ja': ['co.jp'], 'zh': ['com', 'sg'],
    'zh-Hant': ['com', 'sg'], 'ko': ['com', 'co.jp'], 'id': ['sg', 'com'], 'ar': ['sa', 'ae', 'eg'],
}
BUYER = {
    'en': ['Marisol', 'Trevor', 'Aisling', 'Kwame', 'Priya', 'Hollis'],
    'de': ['Jörg', 'Henrike', 'Malte', 'Svenja'], 'fr': ['Gaëlle', 'Théo', 'Ninon', 'Baptiste'],
    'es': ['Iñaki', 'Rocío', 'Ximena', 'Teodoro'], 'it': ['Ludovica', 'Gianmarco', 'Ilaria'],
    'nl': ['Femke', 'Joost', 'Sanne'], 'pl': ['Grażyna', 'Bartosz', 'Zuzanna'],
    'sv': ['Åsa', 'Linnea', 'Torbjörn'], 'tr': ['Gülşen', 'Oğuz', 'Çağla'],
    'pt': ['Conceição', 'Thiago', 'Luana'], 'ja': ['佐々木', '堀江', '村上'],
    'zh': ['王女士', '李先生', '陈女士'], 'zh-Hant': ['林小姐', '黃先生', '張太太'],
    'ko': ['김지은', '박민호', '이서연'], 'id': ['Wulan', 'Bagus', 'Rini'],
    'ar': ['منيرة', 'خالد', 'ريم'],
}
# Outlook localises the reply prefix; Gmail/Apple/Thunderbird keep "Re:" (plain rotates)
RE_OUTLOOK = {'en': 'RE:', 'de': 'AW:', 'fr': 'RE :', 'es': 'RE:', 'it': 'R:', 'nl': 'RE:',
              'pl': 'Odp:', 'sv': 'SV:', 'tr': 'YNT:', 'pt': 'RES:', 'ja': 'RE:', 'zh': '回复:',
              'zh-Hant': '回覆:', 'ko': 'RE:', 'id': 'RE:', 'ar': 'رد:'}
RE_PLAIN = {'de': 'Aw:', 'nl': 'Antw:', 'pl': 'Odp:', 'sv': 'Sv:', 'zh': '回复：', 'tr': 'Ynt:',
            'pt': 'Res:', 'it': 'R:', 'ko': '회신:', 'zh-Hant': '回覆：', 'ja': 'Re:', 'ar': 'رد:',
            'id': 'Balas:', 'fr': 'Re :', 'es': 'Re:', 'en': 'Re:'}
ATTR = {
    'en': 'On Sat, 28 Nov 2026 at 16:12, {b} <{a}> wrote:',
    'de': 'Am Sa., 28. Nov. 2026 um 16:12 Uhr schrieb {b} <{a}>:',
    'fr': 'Le sam. 28 nov. 2026 à 16:12, {b} <{a}> a écrit :',
    'es': 'El sáb, 28 nov 2026 a las 16:12, {b} (<{a}>) escribió:',
    'it': 'Il giorno sab 28 nov 2026 alle ore 16:12 {b} <{a}> ha scritto:',
    'nl': 'Op za 28 nov 2026 om 16:12 schreef {b} <{a}>:',
    'pl': 'sob., 28 lis 2026 o 16:12 {b} <{a}> napisał(a):',
    'sv': 'Den lör 28 nov. 2026 kl 16:12 skrev {b} <{a}>:',
    'tr': '28 Kas 2026 Cmt, saat 16:12 tarihinde {b} <{a}> şunu yazdı:',
    'pt': 'Em sáb., 28 de nov. de 2026 às 16:12, {b} <{a}> escreveu:',
    'ja': '2026年11月28日(土) 16:12 {b} <{a}>:',
    'zh': '{b} <{a}> 于2026年11月28日周六 16:12写道：',
    'zh-Hant': '{b} <{a}> 於 2026年11月28日 週六 下午4:12寫道：',
    'ko': '2026년 11월 28일 (토) 오후 4:12, {b} <{a}>님이 작성:',
    'id': 'Pada tanggal Sab, 28 Nov 2026 pukul 16.12 {b} <{a}> menulis:',
    'ar': 'في السبت، 28 نوفمبر 2026 في 4:12 م، كتب {b} <{a}>:',
}
OLHDR = {  # From / Sent / To / Subject labels of Outlook reply headers
    'en': ('From:', 'Sent:', 'To:', 'Subject:'), 'de': ('Von:', 'Gesendet:', 'An:', 'Betreff:'),
    'fr': ('De :', 'Envoyé :', 'À :', 'Objet :'), 'es': ('De:', 'Enviado el:', 'Para:', 'Asunto:'),
    'it': ('Da:', 'Inviato:', 'A:', 'Oggetto:'), 'nl': ('Van:', 'Verzonden:', 'Aan:', 'Onderwerp:'),
    'pl': ('Od:', 'Wysłano:', 'Do:', 'Temat:'), 'sv': ('Från:', 'Skickat:', 'Till:', 'Ämne:'),
    'tr': ('Kimden:', 'Gönderildi:', 'Kime:', 'Konu:'), 'pt': ('De:', 'Enviado:', 'Para:', 'Assunto:'),
    'ja': ('差出人:', '送信日時:', '宛先:', '件名:'), 'zh': ('发件人:', '发送时间:', '收件人:', '主题:'),
    'zh-Hant': ('寄件者:', '寄件日期:', '收件者:', '主旨:'), 'ko': ('보낸 사람:', '보낸 날짜:', '받는 사람:', '제목:'),
    'id': ('Dari:', 'Dikirim:', 'Kepada:', 'Perihal:'), 'ar': ('من:', 'تاريخ الإرسال:', 'إلى:', 'الموضوع:'),
}
WRAP = {'es': ('Mensaje:', 'Finalizar mensaje'), 'pt': ('Mensagem:', 'Encerrar mensagem'),
        'de': ('Nachricht:', 'Ende der Nachricht'), 'fr': ('Message :', 'Fin du message'),
        'it': ('Messaggio:', 'Fine del messaggio'), 'ja': ('メッセージ:', 'メッセージの終わり')}
INQ = {'en': 'Inquiry from Amazon customer {b} (Order: {o})',
       'de': 'Anfrage von Amazon-Kunde {b} (Bestellung: {o})',
       'fr': 'Demande du client Amazon {b} (Commande : {o})',
       'es': 'Consulta del cliente de Amazon {b} (Pedido: {o})',
       'it': 'Richiesta dal cliente Amazon {b} (Ordine: {o})',
       'pt': 'Pergunta do cliente da Amazon {b} (Pedido: {o})',
       'ja': 'Amazonのお客様 {b} からのお問い合わせ (注文番号: {o})'}

# ---------------------------------------------------------------- attachments
def _crc_chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)

def png_bytes(w=4, h=4, rgb=(200, 40, 40)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    return (b'\x89PNG\r\n\x1a\n' + _crc_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _crc_chunk(b'IDAT', zlib.compress(raw, 9)) + _crc_chunk(b'IEND', b''))

def gif_bytes():
    hdr = b'GIF89a' + struct.pack('<HHBBB', 2, 2, 0x80, 0, 0) + b'\xff\x00\x00\x00\x00\xff'
    loop = b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    def frame(ci):
        gce = b'\x21\xf9\x04\x04\x32\x00\x00\x00'
        img = b'\x2c' + struct.pack('<HHHHB', 0, 0, 2, 2, 0)
        data = b'\x02\x02' + (b'\x44\x01' if ci == 0 else b'\x8c\x0b') + b'\x00'
        return gce + img + data
    return hdr + loop + frame(0) + frame(1) + b'\x3b'

def jpg_bytes():
    return (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00'
            b'\xff\xdb\x00\x43\x00' + bytes(range(1, 65)) +
            b'\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00'
            b'\xff\xc4\x00\x14\x00\x01' + b'\x00' * 15 + b'\x03'
            b'\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00\x7f\xff\xd9')

def pdf_bytes(lines):
    txt = ' '.join(l.encode('latin-1', 'replace').decode('latin-1') for l in lines)
    txt = txt.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = ('BT /F1 11 Tf 60 780 Td (%s) Tj ET' % txt).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)

def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return bio.getvalue()

def exe_bytes():
    b = bytearray(256)
    b[0:2] = b'MZ'; b[0x3c:0x40] = struct.pack('<I', 0x80)
    b[0x40:0x40 + 39] = b'This program cannot be run in DOS mode.'
    b[0x80:0x84] = b'PE\x00\x00'
    return bytes(b)

def ATT(kind, name, text=''):
    """(content-type, filename, bytes, inline)"""
    if kind == 'pdf':
        return ('application/pdf', name, pdf_bytes([text or name]), False)
    if kind == 'gif':
        return ('image/gif', name, gif_bytes(), False)
    if kind == 'gif-inline':
        return ('image/gif', name, gif_bytes(), True)
    if kind == 'png':
        return ('image/png', name, png_bytes(), False)
    if kind == 'png-inline':
        return ('image/png', name, png_bytes(8, 2, (30, 30, 30)), True)
    if kind == 'jpg':
        return ('image/jpeg', name, jpg_bytes(), False)
    if kind == 'zip':
        return ('application/zip', name, zip_bytes([(n, d.encode()) for n, d in text]), False)
    if kind == 'exe':
        return ('application/x-msdownload', name, exe_bytes(), False)
    if kind == 'js':
        return ('application/javascript', name, text.encode(), False)
    if kind == 'txt':
        return ('text/plain', name, text.encode('utf-8'), False)
    if kind == 'docx':
        return ('application/vnd.openxmlformats-officedocument.wordprocessingml.document', name,
                zip_bytes([('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
                           ('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(text))]), False)
    if kind == 'html':
        return ('text/html', name, text.encode('utf-8'), False)
    raise ValueError(kind)

# ---------------------------------------------------------------- MIME writer
PYCS = {'us-ascii': 'ascii', 'ks_c_5601-1987': 'cp949'}
MSGS = []
CUR = {'lang': None}

def L(lang):
    CUR['lang'] = lang

def m(slug, verdict, cats, kind, client, cs, subj, body, q=None, att=(), hx=None, hpre=None,
      hstyle=None, plainhtml=False):
    """Hand-labelled message. verdict pass/reject; cats '-' or comma list; kind 'r' reply / 'p'
    proactive; client gmail/outlook/apple/tbird/tbtext/plain; cs declared charset.
    q = buyer's text (reply only); att = ATT(...) list; hx = raw HTML appended to HTML part only;
    hpre = raw HTML put before body in HTML part; hstyle = style attribute for body wrapper."""
    assert verdict in ('pass', 'reject')
    assert (verdict == 'pass') == (cats == '-'), slug
    for c in cats.split(','):
        assert c in ('-', 'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important',
                     'attachment', 'proactive'), (slug, c)
    assert kind in ('r', 'p') and (kind == 'r') == (q is not None), slug
    MSGS.append(dict(lang=CUR['lang'], slug=slug, verdict=verdict, cats=cats, kind=kind,
                     client=client, cs=cs, subj=subj, body=body, q=q, att=list(att), hx=hx,
                     hpre=hpre, hstyle=hstyle))

def sha(s):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()

def alias_for(slug):
    h = hashlib.sha1(('alias:' + slug).encode()).digest()
    abc = 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(abc[b % 36] for b in h[:15])

def order_id(rng):
    return '%03d-%07d-%07d' % (rng.choice([111, 112, 113, 114, 171, 202, 203, 249, 250, 302, 305, 402, 404, 503, 701, 702]),
                               rng.randrange(10 ** 7), rng.randrange(10 ** 7))

def wrap_text(s, width=76):
    """Soft-wrap long plain-text lines for 8bit safety (only at spaces; CJK left as is)."""
    out = []
    for line in s.split('\n'):
        while len(line.encode('utf-8')) > 900:
            cut = line.rfind(' ', 0, 300)
            cut = cut if cut > 0 else 300
            out.append(line[:cut]); line = line[cut:].lstrip()
        out.append(line)
    return '\n'.join(out)

def enc_words(s, cs):
    """RFC 2047 B-encoding in chunks that each stay self-contained."""
    pcs = PYCS.get(cs, cs)
    words, chunk = [], ''
    for ch in s:
        t = chunk + ch
        if len(t.encode(pcs)) > 42:
            words.append(chunk); chunk = ch
        else:
            chunk = t
    if chunk:
        words.append(chunk)
    return '\r\n '.join('=?%s?B?%s?=' % (cs.upper() if cs.startswith('iso-2022') else cs,
                                          base64.b64encode(w.encode(pcs)).decode()) for w in words)

def hdr_text(s, cs):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        pass
    if cs in ('us-ascii',):
        cs = 'utf-8'
    try:
        s.encode(PYCS.get(cs, cs))
    except UnicodeEncodeError:
        cs = 'utf-8'
    if cs.startswith('iso-8859') or cs.startswith('windows-125'):
        # Q encoding for Latin charsets
        b = s.encode(cs)
        q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c in b'!*+-/') else
                    ('_' if c == 32 else '=%02X' % c) for c in b)
        parts = [q[i:i + 45] for i in range(0, len(q), 45)]
        # do not split inside =XX
        fixed, buf = [], ''
        for ch in q:
            buf += ch
            if len(buf) >= 42 and not (buf.endswith('=') or (len(buf) >= 2 and buf[-2] == '=')):
                fixed.append(buf); buf = ''
        if buf:
            fixed.append(buf)
        return '\r\n '.join('=?%s?Q?%s?=' % (cs, p) for p in fixed)
    return enc_words(s, cs)

def addr(name, a, cs):
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (hdr_text(name, cs), a)

def encode_part(text, cs, cte):
    pcs = PYCS.get(cs, cs)
    data = text.replace('\r\n', '\n').encode(pcs)
    if cte == 'base64':
        b = base64.encodebytes(data).decode('ascii').replace('\n', '\r\n')
        return b
    if cte == 'quoted-printable':
        q = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode('ascii')
        return q.replace('\n', '\r\n') + ('\r\n' if not q.endswith('\n') else '')
    # 7bit / 8bit: raw bytes, decoded as latin-1 placeholder for assembly
    return data.decode('latin-1').replace('\n', '\r\n') + '\r\n'

def leaf(ctype, cs, cte, text, extra=''):
    h = 'Content-Type: %s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n' % (ctype, cs, extra, cte)
    return h + encode_part(text, cs, cte)

def binpart(ctype, name, data, inline, cid):
    disp = 'inline' if inline else 'attachment'
    try:
        name.encode('ascii'); nm = '"%s"' % name; fn = 'filename="%s"' % name
    except UnicodeEncodeError:
        nm = '"%s"' % enc_words(name, 'utf-8'); fn = "filename*=utf-8''" + ''.join(
            c if c.isalnum() or c in '.-_' else '%%%02X' % b for c, b in ((chr(x), x) for x in name.encode()))
    h = 'Content-Type: %s; name=%s\r\nContent-Disposition: %s; %s\r\nContent-Transfer-Encoding: base64\r\n' % (ctype, nm, disp, fn)
    if cid:
        h += 'Content-ID: <%s>\r\n' % cid
    return h + '\r\n' + base64.encodebytes(data).decode().replace('\n', '\r\n')

def multipart(sub, bnd, parts, pre=''):
    s = 'Content-Type: multipart/%s;\r\n\tboundary="%s"\r\n\r\n' % (sub, bnd)
    if pre:
        s += pre + '\r\n'
    for p in parts:
        s += '--%s\r\n%s' % (bnd, p if p.endswith('\r\n') else p + '\r\n')
    return s + '--%s--\r\n' % bnd

def esc_html(t):
    import re
    e = html.escape(t, quote=False)
    return re.sub(r'(https?://[^\s<>"]+)', lambda mm: '<a href="%s">%s</a>' % (mm.group(1), mm.group(1)), e)

def paras(t):
    return [p for p in t.split('\n')]

def render(i, d):
    lang, slug, client, cs = d['lang'], d['slug'], d['client'], d['cs']
    rng = random.Random(slug)
    oid = order_id(rng)
    h = sha(slug)
    tld = TLD[lang][int(h[0], 16) % len(TLD[lang])]
    dom = 'marketplace.amazon.' + tld
    if lang == 'ja' and int(h[1], 16) % 3 == 0:
        dom = 'm.marketplace.amazon.co.jp'
    al = alias_for(slug)
    buyer = BUYER[lang][int(h[2], 16) % len(BUYER[lang])]
    shop = SHOPS[lang][int(h[11], 16) % len(SHOPS[lang])]
    for cand in SHOPS[lang]:          # a shop named in the text is the sender
        if cand in d['body'] or cand in d['subj']:
            shop = cand
    # reply aliases sometimes carry the +case suffix
    to_addr = al + '@' + dom
    if d['kind'] == 'r' and int(h[3], 16) % 3 == 0:
        to_addr = al + '+' + h[4:12].upper() + 'A0' + h[12:20].upper() + '@' + dom
    sub = lambda s: s.replace('{oid}', oid).replace('{name}', buyer).replace('{shop}', shop).replace('{alias}', al + '@' + dom)
    body = wrap_text(sub(d['body']).strip('\n'))
    subj = sub(d['subj'])
    seller_local = ['care', 'support', 'orders', 'hello', 'service', 'kundenservice', 'info'][int(h[5], 16) % 7]
    sdom = ''.join(c for c in shop.lower() if c.isascii() and c.isalnum())[:20] or 'shop%s' % h[:5]
    from_addr = '%s@%s.example' % (seller_local, sdom)
    day = 29 - (i % 3)
    date = '%s, %d Nov 2026 %02d:%02d:%02d +0000' % ({29: 'Sun', 28: 'Sat', 27: 'Fri'}[day], day, 6 + i % 15, (i * 7) % 60, (i * 13) % 60)
    mid = '<%s.%s@%s>' % (h[:12], h[12:20], 'mail.' + sdom + '.example')
    pcs = PYCS.get(cs, cs)
    quote_txt = None
    if d['kind'] == 'r':
        q = sub(d['q']).strip('\n')
        w1, w2 = WRAP.get(lang, ('Message:', 'End message'))
        quote_txt = '------------- %s -------------\n\n%s\n\n------------- %s -------------' % (w1, q, w2)
        base_subj = INQ.get(lang, INQ['en']).format(b=buyer, o=oid)
        if client == 'outlook':
            pre = RE_OUTLOOK[lang]
        elif client in ('plain', 'tbtext'):
            pre = RE_PLAIN[lang]
        else:
            pre = 'Re:'
        subj = pre + ' ' + (subj or base_subj)
        bmid = '<%s@%s>' % (h[20:36], 'amazon-' + tld.replace('.', '-') + '.example-inbound')
        bmid = '<0100018c%s-%s-000000@email.amazonses.com>' % (h[20:32], h[32:40])
    # charset fallback
    probe = body + subj + (quote_txt or '') + ATTR[lang] + ''.join(OLHDR[lang]) + buyer
    try:
        probe.encode(pcs)
    except UnicodeEncodeError as e:
        print('FALLBACK utf-8:', slug, cs, repr(e.object[e.start:e.end]), file=sys.stderr)
        cs, pcs = 'utf-8', 'utf-8'
    # transfer encoding
    if cs in ('us-ascii', 'iso-2022-jp'):
        cte = '7bit'
    else:
        cte = ['quoted-printable', 'base64', '8bit'][int(h[6:8], 16) % 3]
        if d.get('cte'):
            cte = d['cte']
    attr = ATTR[lang].format(b=buyer, a=to_addr) if d['kind'] == 'r' else ''
    rtl = lang == 'ar'
    # ---------------- text part
    if d['kind'] == 'r':
        if client == 'outlook':
            f, s_, t_, sj = OLHDR[lang]
            olh = '%s %s <%s>\n%s Saturday, November 28, 2026 4:12 PM\n%s %s\n%s %s' % (
                f, buyer, to_addr, s_, t_, from_addr, sj, base_subj)
            text = body + '\n\n' + ('-----Original Message-----\n' if int(h[9], 16) % 2 else '________________________________\n') + olh + '\n\n' + quote_txt
        else:
            text = body + '\n\n' + attr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in quote_txt.split('\n'))
    else:
        text = body
    # ---------------- html part
    def hbody(t):
        return t
    bl = body.split('\n')
    hx = sub(d['hx'] or '')
    hpre = sub(d['hpre'] or '')
    dirattr = ' dir="rtl"' if rtl else ' dir="ltr"'
    wrapstyle = (' style="%s"' % d['hstyle']) if d['hstyle'] else ''
    qh = ''
    if d['kind'] == 'r':
        qlines = ''.join('%s<br>\n' % esc_html(l) for l in quote_txt.split('\n'))
    if client == 'gmail':
        inner = ''.join(('<div>%s</div>\n' % esc_html(l)) if l else '<div><br></div>\n' for l in bl)
        if d['kind'] == 'r':
            qh = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s</blockquote></div>\n') % (
                esc_html(attr).replace(html.escape(to_addr), '<a href="mailto:%s">%s</a>' % (to_addr, to_addr)), qlines)
        hdoc = '<div%s%s>%s%s%s</div>%s\n' % (dirattr, wrapstyle, hpre, inner, hx, qh)
    elif client == 'outlook':
        inner = ''.join('<p class="MsoNormal"%s>%s<o:p></o:p></p>\n' % (' dir="RTL"' if rtl else '', esc_html(l) if l else '&nbsp;') for l in bl)
        if d['kind'] == 'r':
            f, s_, t_, sj = OLHDR[lang]
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                  '<p class="MsoNormal"><b>%s</b> %s &lt;%s&gt;<br>\n<b>%s</b> Saturday, November 28, 2026 4:12 PM<br>\n'
                  '<b>%s</b> %s<br>\n<b>%s</b> %s<o:p></o:p></p></div>\n<p class="MsoNormal">%s</p>\n') % (
                f, esc_html(buyer), to_addr, s_, t_, from_addr, sj, esc_html(base_subj), qlines)
        hdoc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word"%s>\n<div class="WordSection1"%s>\n%s%s%s%s</div>\n</body>\n</html>\n') % (
                cs, lang.upper() if len(lang) == 2 else 'ZH-TW', ' dir="rtl"' if rtl else '', wrapstyle, hpre, inner, hx, qh)
    elif client == 'apple':
        inner = ''.join(('<div>%s</div>' % esc_html(l)) if l else '<div><br></div>' for l in bl)
        if d['kind'] == 'r':
            qh = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div>' % (
                esc_html(attr), qlines))
        hdoc = ('<html%s><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '<div%s>%s%s%s</div>%s</body></html>\n') % (' dir="rtl"' if rtl else '', cs, wrapstyle, hpre, inner.replace('</div><div>', '</div>\n<div>'), hx, qh)
    elif client == 'tbird':
        inner = '<p>' + '<br>\n'.join(esc_html(l) for l in bl).replace('<br>\n<br>\n', '</p>\n<p>') + '</p>\n'
        if d['kind'] == 'r':
            qh = '<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite" cite="mid:%s">%s</blockquote>\n' % (
                esc_html(attr), bmid.strip('<>'), qlines)
        hdoc = ('<!DOCTYPE html>\n<html%s>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
                '  <body%s>\n%s%s%s%s  </body>\n</html>\n') % (' dir="rtl"' if rtl else '', cs, wrapstyle, hpre, inner, hx, qh)
    else:
        hdoc = None
    # ---------------- assemble
    bnd = lambda k: {'gmail': '000000000000%s' % h[k:k + 16], 'outlook': '_%03d_%s_' % (k, h[k:k + 24].upper()),
                     'apple': 'Apple-Mail=_%s-%s-%s' % (h[k:k + 8].upper(), h[k + 8:k + 12].upper(), h[k + 12:k + 24].upper()),
                     'tbird': '------------%s' % h[k:k + 24]}.get(client, '=_%s' % h[k:k + 20])
    flow = '; format=flowed; delsp=yes' if client == 'apple' else ('; format=flowed' if client in ('tbird', 'tbtext') else '')
    tp = leaf('text/plain', cs, cte, text, flow if cte != 'base64' else '')
    if hdoc is not None:
        hp = leaf('text/html', cs, cte, hdoc)
        core = multipart('alternative', bnd(1), [tp, hp])
    else:
        core = tp
    inl = [a for a in d['att'] if a[3]]
    ext = [a for a in d['att'] if not a[3]]
    if inl:
        parts = [core] + [binpart(a[0], a[1], a[2], True, '%s@%s' % (a[1], h[:8])) for a in inl]
        core = multipart('related', bnd(5), parts)
    if ext:
        parts = [core] + [binpart(a[0], a[1], a[2], False, None) for a in ext]
        core = multipart('mixed', bnd(9), parts, pre='This is a multi-part message in MIME format.' if client == 'tbird' else '')
    H = []
    sname = shop
    H.append('From: ' + addr(sname, from_addr, cs))
    H.append('To: ' + (addr(buyer, to_addr, cs) if d['kind'] == 'r' and client != 'plain' else to_addr))
    H.append('Subject: ' + hdr_text(subj, cs))
    H.append('Date: ' + date)
    H.append('Message-ID: ' + mid)
    if d['kind'] == 'r':
        H.append('In-Reply-To: ' + bmid)
        H.append('References: ' + bmid)
    if client == 'apple':
        H.append('Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))')
        H.append('X-Mailer: Apple Mail (2.3826.300.87.4.3)')
    else:
        H.append('MIME-Version: 1.0')
    if client == 'outlook':
        H.append('X-Mailer: Microsoft Outlook 16.0')
        H.append('Thread-Index: AQH' + base64.b64encode(bytes.fromhex(h[:30])).decode()[:36])
        H.append('Content-Language: ' + {'zh-Hant': 'zh-tw', 'zh': 'zh-cn', 'en': 'en-us', 'ar': 'ar-sa', 'ja': 'ja', 'ko': 'ko'}.get(lang, lang + '-' + lang))
        H.append('X-MS-Has-Attach: ' + ('yes' if ext else ''))
    elif client in ('tbird', 'tbtext'):
        H.append('User-Agent: Mozilla Thunderbird')
        H.append('Content-Language: ' + {'zh-Hant': 'zh-TW', 'zh': 'zh-CN'}.get(lang, lang))
    elif client == 'plain':
        H.append(['X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)',
                  'User-Agent: Roundcube Webmail/1.6.10',
                  'X-Mailer: Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)',
                  'X-Mailer: Becky! ver. 2.81.06 [ja]',
                  'X-Mailer: Foxmail 7.2.25.375[cn]',
                  'User-Agent: eM Client/10.2.4028.0',
                  'X-Mailer: Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-linux-gnu)',
                  'User-Agent: Mutt/2.2.13 (2024-03-09)'][int(h[10], 16) % 8])
    elif client == 'gmail':
        H.append('X-Gm-Message-State: AOJu0Y' + h[:20])
    raw = '\r\n'.join(H) + '\r\n' + core
    data = raw.encode('latin-1')
    return data, cs, oid


SHOPS = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    rows = ['file\tverdict\tcategories\tlang\tcharset\tclient\tkind']
    seen = set()
    for i, d in enumerate(MSGS, 1):
        assert d['slug'] not in seen, d['slug']
        seen.add(d['slug'])
        data, cs, oid = render(i, d)
        fn = '%03d-%s-%s.eml' % (i, d['lang'], d['slug'])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        cl = {'tbtext': 'thunderbird', 'tbird': 'thunderbird', 'apple': 'applemail'}.get(d['client'], d['client'])
        rows.append('\t'.join([fn, d['verdict'], d['cats'], d['lang'], cs, cl,
                               'reply' if d['kind'] == 'r' else 'proactive']))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('wrote', len(MSGS), 'messages')

# =====================================================================================
# CONTENT. Each m(...) line: slug, VERDICT, CATEGORIES (hand label), kind, client, charset,
# subject, body [, q=buyer text quoted in the reply, att=..., hx=html-only extras]
# =====================================================================================
SHOPS.update({
    'en': ['Larkspur Kiln Works', 'Tidewell Outdoor', 'Brambleford Tea Co', 'Quillon Bike Parts', 'Hexnut Hobby Supply', 'Marrowbone Yarns'],
    'de': ['Holzwerk Ammersee', 'Kellerlicht Leuchten', 'Zwirn & Faden'],
    'fr': ['Atelier Roseraie', 'Cuivres de Brocéliande', 'Papeterie Lune'],
    'es': ['Cerámica Albaicín', 'Pedales del Norte', 'Tienda Mimbre'],
    'it': ['Bottega Lagunare', 'Ricami Ortigia', 'Ferramenta Orobica'],
    'nl': ['Fietsenmakerij Zwaluw', 'Kaarsenhuis Delft', 'Tuinhok Groen'],
    'pl': ['Pracownia Bursztyn', 'Sklep Wiklina', 'Lampy Kruk'],
    'sv': ['Fjällvävarna', 'Kaffekvarnen Gävle', 'Snickeri Ek'],
    'tr': ['Bakırcı Ustası', 'Kilim Evi Konya', 'Seramik Atölyesi'],
    'pt': ['Empório Jabuticaba', 'Oficina do Couro', 'Casa das Redes'],
    'ja': ['木工房ひのき', '茶器の松風堂', '手ぬぐい藍屋'],
    'zh': ['青竹家居', '墨香文具', '山茶茶具'],
    'zh-Hant': ['木匠小舖', '茶香堂', '布藝工坊'],
    'ko': ['한결공방', '소담도자기', '푸른바늘'],
    'id': ['Batik Sekar', 'Toko Rotan Jaya', 'Kopi Lereng'],
    'ar': ['متجر النخلة', 'بيت العود', 'دار الفخار'],
})

# ------------------------------------------------------------------------------ en
L('en')
m('tracking-canadapost-reply', 'pass', '-', 'r', 'gmail', 'us-ascii',
  '', "Hi {name},\n\nIt left our workshop on Tuesday with Canada Post. You can follow it here:\nhttps://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=7023210039414604\n\nThe glaze on that mug takes a day to cure, which is why it shipped a day later than the listing said. Sorry about that.\n\nWarm regards,\n{shop}",
  q="Hi, my order {oid} still says not shipped. Any idea when the mug goes out?")
m('kiln-gift-message-typo', 'pass', '-', 'r', 'outlook', 'windows-1252',
  '', "Hello {name},\n\nGood catch. The gift message printed on the packing slip read \u201cHappy birthay\u201d because that is how it was entered at checkout, but we have reprinted the card with the corrected spelling before the parcel left.\n\nThe gift wrap is the kraft paper with the twine; there was no extra charge.\n\nKind regards,\n{shop}",
  q="I just noticed I mistyped the gift message on order {oid}. Can you fix it before it ships?")
m('bike-chain-manufacturer-phone', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Hi {name},\n\nThe KMC chain on order {oid} is covered by the manufacturer, not by us. Their warranty desk in the US is 1-800-562-3224 (Mon\u2013Fri) and they will ask for the batch number stamped on the inner plate.\n\nIf they decline, write back here and we will sort out a return through Amazon.\n\nCheers,\n{shop}",
  q="The chain snapped after two rides. Who do I talk to about the warranty?")
m('yarn-dyelot-custom', 'pass', '-', 'p', 'tbird', 'iso-8859-1',
  '[Important] Order {oid}: please confirm dye lot before we wind your skeins',
  "Hello {name},\n\nYou asked for six skeins of "Heather Moor" to be matched for one sweater (order {oid}). We have only five from dye lot 41 and eleven from lot 43, which is a shade warmer.\n\nWould you like all six from lot 43, or five from lot 41 plus one from lot 43? We will hold the order until we hear from you.\n\nMarrowbone Yarns")
m('tea-review-neutral', 'pass', '-', 'p', 'plain', 'us-ascii',
  'Your Amazon order {oid}',
  "Dear {name},\n\nYour tin of smoked lapsang should have arrived last week. If you have a moment, please share your experience with other customers by leaving a product review on Amazon.\n\nBrambleford Tea Co")
m('sofa-slot-phone-carrier', 'pass', '-', 'p', 'outlook', 'iso-8859-15',
  'Delivery appointment for your outdoor lounger, order {oid}',
  "Dear {name},\n\nThe teak lounger on order {oid} weighs 48 kg and travels by two-person freight. XPO Last Mile will call you to agree a two-hour window; if you would rather ring them, their scheduling line is 0333 014 6233 and the reference is your order number.\n\nCould you also tell us whether there are steps at the delivery address?\n\nTidewell Outdoor")
m('thanks-only-reply', 'pass', '-', 'r', 'tbtext', 'utf-8',
  '', "Great, thanks {name}! Glad it turned up.\n\n{shop}",
  q="Never mind my last message, the parcel was with my neighbour. All good.")
m('quoted-buyer-link-emoji', 'pass', '-', 'r', 'gmail', 'utf-8',
  '', "Hi {name},\n\nThat photo helps a lot. The crack runs along the foot ring, so it happened in transit. We have sent a replacement bowl today and you do not need to return the broken one.\n\n{shop}",
  q="Bowl arrived broken \U0001f622 pic here https://imgur.com/a/Xk29fLq or mail me at marisol.pena@hotmail.com if easier")
m('promo-disguised-loyalty', 'reject', 'promotion', 'r', 'apple', 'utf-8',
  '', "Hi {name},\n\nThe spare brake pads are on the way, tracking 9400111206213950418857 with USPS.\n\nAs one of our regulars you are now on our Rider List: mention RIDER-LIST in any order note next month and we will knock 20% off anything in the store.\n\nQuillon Bike Parts",
  q="Have the brake pads shipped yet?")
m('review-five-star-soft', 'reject', 'review', 'p', 'gmail', 'utf-8',
  'How is your new tea set?',
  "Hello {name},\n\nWe hope the cast-iron teapot from order {oid} is brewing nicely. Reviews that mention the full five stars really help a small family firm like ours get seen, so if it has earned them we would be grateful.\n\nBrambleford Tea Co")
m('review-channel-hobby', 'reject', 'review', 'p', 'outlook', 'windows-1252',
  'A quick word about your paint set (order {oid})',
  "Dear {name},\n\nLoving the acrylics? A review on Amazon would make our week.\n\nNot quite right? Please reply to this message first and give us the chance to put it right before you post anything.\n\nHexnut Hobby Supply")
m('contact-spelled-out', 'reject', 'contact', 'r', 'plain', 'us-ascii',
  '', "Hi {name},\n\nThe pattern PDF is too big for Amazon messages. Write to us at patterns (at) marrowbone yarns dot co dot uk and we will send it straight over, or text seven nine four one, two zero three, five five eight.\n\nMarrowbone Yarns",
  q="Can I get the pattern for the cardigan on the listing photo?")
m('links-youtube-howto', 'reject', 'links', 'p', 'tbird', 'iso-8859-1',
  'Setting up your tubeless kit, order {oid}',
  "Hi {name},\n\nMost people get the sealant everywhere the first time. We filmed a short walk-through on our channel: youtube.com/@quillonbikeparts/videos\n\nThe paper instructions are in the box as well.\n\nQuillon Bike Parts")
m('style-emoji-sparkle', 'reject', 'style', 'r', 'gmail', 'utf-8',
  '', "Hi {name} \u2728\n\nYes, the glaze is food safe and dishwasher safe \U0001f37d\ufe0f. Microwave is fine too, just not the oven.\n\nLarkspur Kiln Works \U0001f3fa",
  q="Is the speckled glaze safe for food? Dishwasher?")
m('ask-cancel-stock-yarn', 'reject', 'ask', 'p', 'apple', 'utf-8',
  'About your yarn order {oid}',
  "Hello {name},\n\nWe are so sorry, but the last skeins of \u201cSea Glass\u201d went in a shop sale that overlapped with your order. Could you request a cancellation through Your Orders > Problem with order? That keeps things tidy on our side.\n\nMarrowbone Yarns")
m('important-on-thanks', 'reject', 'important,proactive', 'p', 'outlook', 'us-ascii',
  '[IMPORTANT] Thank you from Larkspur',
  "Dear {name},\n\nThank you for choosing a handmade piece from our studio for order {oid}. Every item is thrown and glazed by hand and we are delighted it is now yours.\n\nLarkspur Kiln Works")
m('attach-exe-firmware', 'reject', 'attachment', 'r', 'outlook', 'utf-8',
  '', "Hi {name},\n\nThe bike computer needs a firmware update to read the new sensors. I have attached the updater; just run it on a Windows PC with the unit plugged in.\n\nQuillon Bike Parts",
  q="My speed sensor isn't pairing with the head unit. Any ideas?",
  att=[ATT('exe', 'QBP_Update_v2.3.exe')])
m('shipped-proactive-hobby', 'reject', 'proactive', 'p', 'plain', 'iso-8859-1',
  'Order {oid} dispatched',
  "Hi {name},\n\nGood news: order {oid} was dispatched this morning by Royal Mail Tracked 48. Reference JX104857392GB.\n\nHexnut Hobby Supply")
