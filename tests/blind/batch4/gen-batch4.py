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
OLDATE = {'en': 'Saturday, November 28, 2026 4:12 PM', 'de': 'Samstag, 28. November 2026 16:12',
          'fr': 'samedi 28 novembre 2026 16:12', 'es': 'sábado, 28 de noviembre de 2026 16:12',
          'it': 'sabato 28 novembre 2026 16:12', 'nl': 'zaterdag 28 november 2026 16:12',
          'pl': 'sobota, 28 listopada 2026 16:12', 'sv': 'den 28 november 2026 16:12',
          'tr': '28 Kasım 2026 Cumartesi 16:12', 'pt': 'sábado, 28 de novembro de 2026 16:12',
          'ja': '2026年11月28日 16:12', 'zh': '2026年11月28日 16:12', 'zh-Hant': '2026年11月28日 下午 04:12',
          'ko': '2026년 11월 28일 토요일 오후 4:12', 'id': 'Sabtu, 28 November 2026 16.12',
          'ar': 'السبت، 28 نوفمبر 2026 4:12 م'}
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
    if kind == 'apk':
        return ('application/vnd.android.package-archive', name, zip_bytes([('AndroidManifest.xml', '<manifest package="id.kopilereng.resep"/>'), ('classes.dex', 'dex\n035')]), False)
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
    probe = body + subj + (quote_txt or '') + ATTR[lang] + ''.join(OLHDR[lang]) + OLDATE[lang] + buyer
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
            olh = '%s %s <%s>\n%s %s\n%s %s\n%s %s' % (
                f, buyer, to_addr, s_, OLDATE[lang], t_, from_addr, sj, base_subj)
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
                  '<p class="MsoNormal"><b>%s</b> %s &lt;%s&gt;<br>\n<b>%s</b> %s<br>\n'
                  '<b>%s</b> %s<br>\n<b>%s</b> %s<o:p></o:p></p></div>\n<p class="MsoNormal">%s</p>\n') % (
                f, esc_html(buyer), to_addr, s_, OLDATE[lang], t_, from_addr, sj, esc_html(base_subj), qlines)
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
        parts = [core] + [binpart(a[0], a[1], a[2], True, '%s@b4' % a[1]) for a in inl]
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
    'en': ['Larkspur Kiln Works', 'Tidewell Outdoor', 'Brambleford Tea Co', 'Quillon Bike Parts', 'Hexnut Hobby Supply', 'Marrowbone Yarns', 'Fernhollow Linen'],
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
  '', "Hi {name},\n\nIt left our workshop on Tuesday with Canada Post. You can follow it here:\nhttps://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=7023210039414604\n\nThe glaze on that mug takes a day to cure, which is why it shipped a day later than the listing said. Sorry about that.\n\nWarm regards,\nLarkspur Kiln Works",
  q="Hi, my order {oid} still says not shipped. Any idea when the mug goes out?")
m('kiln-gift-message-typo', 'pass', '-', 'r', 'outlook', 'windows-1252',
  '', "Hello {name},\n\nGood catch. The gift message printed on the packing slip read \u201cHappy birthay\u201d because that is how it was entered at checkout, but we have reprinted the card with the corrected spelling before the parcel left.\n\nThe gift wrap is the kraft paper with the twine; there was no extra charge.\n\nKind regards,\nLarkspur Kiln Works",
  q="I just noticed I mistyped the gift message on order {oid}. Can you fix it before it ships?")
m('bike-chain-manufacturer-phone', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Hi {name},\n\nThe KMC chain on order {oid} is covered by the manufacturer, not by us. Their warranty desk in the US is 1-800-562-3224 (Mon\u2013Fri) and they will ask for the batch number stamped on the inner plate.\n\nIf they decline, write back here and we will sort out a return through Amazon.\n\nCheers,\nQuillon Bike Parts",
  q="The chain snapped after two rides. Who do I talk to about the warranty?")
m('yarn-dyelot-custom', 'pass', '-', 'p', 'tbird', 'iso-8859-1',
  '[Important] Order {oid}: please confirm dye lot before we wind your skeins',
  "Hello {name},\n\nYou asked for six skeins of 'Heather Moor' to be matched for one sweater (order {oid}). We have only five from dye lot 41 and eleven from lot 43, which is a shade warmer.\n\nWould you like all six from lot 43, or five from lot 41 plus one from lot 43? We will hold the order until we hear from you.\n\nMarrowbone Yarns")
m('tea-review-neutral', 'pass', '-', 'p', 'plain', 'us-ascii',
  'Your Amazon order {oid}',
  "Dear {name},\n\nYour tin of smoked lapsang should have arrived last week. If you have a moment, please share your experience with other customers by leaving a product review on Amazon.\n\nBrambleford Tea Co")
m('sofa-slot-phone-carrier', 'pass', '-', 'p', 'outlook', 'iso-8859-15',
  'Delivery appointment for your outdoor lounger, order {oid}',
  "Dear {name},\n\nThe teak lounger on order {oid} weighs 48 kg and travels by two-person freight. XPO Last Mile will call you to agree a two-hour window; if you would rather ring them, their scheduling line is 0333 014 6233 and the reference is your order number.\n\nCould you also tell us whether there are steps at the delivery address?\n\nTidewell Outdoor")
m('thanks-only-reply', 'pass', '-', 'r', 'tbtext', 'utf-8',
  '', "Great, thanks {name}! Glad it turned up.\n\nTidewell Outdoor",
  q="Never mind my last message, the parcel was with my neighbour. All good.")
m('quoted-buyer-link-emoji', 'pass', '-', 'r', 'gmail', 'utf-8',
  '', "Hi {name},\n\nThat photo helps a lot. The crack runs along the foot ring, so it happened in transit. We have sent a replacement bowl today and you do not need to return the broken one.\n\nLarkspur Kiln Works",
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

# ------------------------------------------------------------------------------ de
L('de')
m('dhl-link-antwort', 'pass', '-', 'r', 'gmail', 'iso-8859-15',
  '', "Hallo {name},\n\ndas Paket mit dem Eichenbrett ist seit gestern bei DHL unterwegs. Den aktuellen Stand sehen Sie hier:\nhttps://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094027318\n\nDie Zustellung ist für Dienstag angekündigt.\n\nViele Grüße\nHolzwerk Ammersee",
  q="Guten Tag, wann kommt mein Schneidebrett? Bestellung {oid}.")
m('rechnung-pdf-firma', 'pass', '-', 'p', 'outlook', 'windows-1252',
  'Rechnung zu Ihrer Bestellung {oid}',
  "Sehr geehrte/r {name},\n\nSie hatten beim Kauf eine Rechnung mit ausgewiesener Umsatzsteuer für Ihre Firma angefordert. Anbei erhalten Sie die Rechnung als PDF (Rechnungsnummer KL-2026-1187, Betrag 189,00 €).\n\nMit freundlichen Grüßen\nKellerlicht Leuchten",
  att=[ATT('pdf', 'Rechnung_KL-2026-1187.pdf', 'Rechnung KL-2026-1187 Kellerlicht Leuchten 189,00 EUR')])
m('adresse-hausnummer-wichtig', 'pass', '-', 'p', 'tbird', 'iso-8859-1',
  '[Important] Hausnummer fehlt in der Lieferadresse ({oid})',
  "Guten Tag {name},\n\nin der Lieferadresse Ihrer Bestellung {oid} fehlt die Hausnummer (Lindenstraße, 82211 Herrsching). Der Paketdienst kann so nicht zustellen.\n\nBitte nennen Sie uns kurz die vollständige Anschrift, dann versenden wir noch heute.\n\nZwirn & Faden")
m('schutzfolie-pruefen', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Hallo {name},\n\nbevor Sie die Leuchte zurückschicken: Auf dem Diffusor klebt eine fast unsichtbare Schutzfolie. Bitte entfernen Sie diese, dann verschwindet der Schleier im Licht.\n\nFalls das Flackern bleibt, prüfen wir Ihre Rücksendung selbstverständlich sofort. Das Etikett bekommen Sie über Ihre Bestellübersicht bei Amazon.\n\nBeste Grüße\nKellerlicht Leuchten",
  q="Die Lampe wirkt milchig und flackert manchmal. Kann ich sie zurückgeben?")
m('bewertung-neutral', 'pass', '-', 'p', 'plain', 'iso-8859-15',
  'Ihre Bestellung {oid} bei Zwirn & Faden',
  "Guten Tag {name},\n\nbitte teilen Sie Ihre Erfahrungen mit unserem Produkt, indem Sie eine Produktbewertung auf Amazon hinterlassen. Das hilft anderen Kundinnen und Kunden bei der Auswahl.\n\nZwirn & Faden")
m('gravur-bestaetigen-proof', 'pass', '-', 'p', 'tbird', 'utf-8',
  'Gravur für Bestellung {oid} – bitte Schreibweise bestätigen',
  "Hallo {name},\n\nbevor wir das Frühstücksbrettchen lasern: Im Gravurfeld steht „Für Oma Gerda – 80“. Soll der Gedankenstrich so bleiben, oder lieber ein Komma? Im Anhang finden Sie den Entwurf.\n\nSobald Sie antworten, geht das Brett in die Werkstatt.\n\nHolzwerk Ammersee",
  att=[ATT('pdf', 'Gravur-Entwurf.pdf', 'Fuer Oma Gerda - 80')])
m('versandkosten-fuer-bewertung', 'reject', 'review', 'p', 'gmail', 'utf-8',
  'Kleines Dankeschön zu {oid}',
  "Hallo {name},\n\nwir hoffen, das Garn gefällt Ihnen. Wer uns nach dem Stricken eine ehrliche Bewertung schreibt, bekommt von uns die Versandkosten zurückerstattet – schicken Sie uns einfach einen Screenshot.\n\nZwirn & Faden")
m('whatsapp-ziffern', 'reject', 'contact', 'r', 'plain', 'iso-8859-1',
  '', "Hallo {name},\n\ndie Maße für die Sonderanfertigung klären wir am einfachsten per WhatsApp: null-eins-sieben-sechs / drei-vier-acht-zwei-neun-null-eins.\n\nGruß\nHolzwerk Ammersee",
  q="Können Sie das Regal auch in 85 cm Breite bauen?")
m('katalog-punkt-de', 'reject', 'promotion,links', 'p', 'apple', 'iso-8859-15',
  'Neu bei Kellerlicht: die Winterkollektion',
  "Hallo {name},\n\nzu Ihrer Stehleuchte aus Bestellung {oid} passen die neuen Wandleuchten aus unserer Winterkollektion perfekt. Alle Modelle finden Sie unter kellerlicht-leuchten . de / winter.\n\nKellerlicht Leuchten")
m('abmelden-hinweis', 'reject', 'style', 'p', 'outlook', 'windows-1252',
  'Verzögerung bei Bestellung {oid}',
  "Guten Tag {name},\n\nIhr Wollpaket {oid} verzögert sich um drei Tage, weil die Färberei die Farbe \"Moorbraun\" nachfärben musste. Wir versenden am Montag.\n\nMit freundlichen Grüßen\nZwirn & Faden\n\nSie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit ABMELDEN.")
m('bitte-selbst-stornieren', 'reject', 'ask', 'r', 'tbird', 'iso-8859-1',
  '', "Hallo {name},\n\nleider ist das Nussbaum-Brett in 40 cm inzwischen ausverkauft. Am einfachsten ist es, wenn Sie die Bestellung in Ihrem Kundenkonto selbst stornieren, dann wird nichts abgebucht.\n\nHolzwerk Ammersee",
  q="Ist das Nussbaumbrett schon verschickt?")
m('wichtig-bewertung', 'reject', 'important', 'p', 'gmail', 'utf-8',
  '[Important] Ihre Meinung zu Bestellung {oid}',
  "Guten Tag {name},\n\nwenn Sie einen Moment Zeit haben, teilen Sie Ihre Erfahrungen mit anderen Kunden in einer Produktbewertung auf Amazon.\n\nKellerlicht Leuchten")
m('zip-pflege-katalog', 'reject', 'attachment,promotion', 'p', 'outlook', 'iso-8859-15',
  'Pflegehinweise zu Ihrem Brett',
  "Sehr geehrte/r {name},\n\nim Anhang finden Sie unsere Pflegehinweise für geöltes Holz sowie den aktuellen Katalog mit allen Brettern und Schalen.\n\nHolzwerk Ammersee",
  att=[ATT('zip', 'Holzwerk_Pflege_und_Katalog.zip', [('Pflege.txt', 'Brett alle 4 Wochen oelen.'), ('Katalog_2027.jpg', 'JFIF katalog')])])
m('danke-nur', 'reject', 'proactive', 'p', 'plain', 'iso-8859-15',
  'Danke für Ihren Einkauf!',
  "Liebe/r {name},\n\nherzlichen Dank, dass Sie bei Zwirn & Faden bestellt haben. Bei Fragen sind wir jederzeit gern für Sie da.\n\nIhr Team von Zwirn & Faden")

# ------------------------------------------------------------------------------ fr
L('fr')
m('colissimo-suivi', 'pass', '-', 'r', 'outlook', 'iso-8859-1',
  '', "Bonjour {name},\n\nVotre poêle en cuivre est partie jeudi par Colissimo. Vous pouvez suivre le colis ici :\nhttps://www.laposte.fr/outils/suivre-vos-envois?code=6A23456789012\n\nBien cordialement,\nCuivres de Brocéliande",
  q="Bonjour, je n'ai toujours pas reçu la poêle commandée le 20. Est-elle partie ?")
m('faire-part-bat', 'pass', '-', 'p', 'tbird', 'utf-8',
  'Commande {oid} : bon à tirer de vos faire-part',
  "Bonjour {name},\n\nVoici le bon à tirer de vos 60 faire-part. Merci de vérifier l'orthographe des prénoms « Maëlys & Corentin » et la date du samedi 12 juin 2027 avant impression.\n\nLe fichier est joint. Sans réponse de votre part, nous ne lançons pas l'impression.\n\nPapeterie Lune",
  att=[ATT('pdf', 'BAT-faire-part.pdf', 'Maelys & Corentin - samedi 12 juin 2027')])
m('coupon-question-reponse', 'pass', '-', 'r', 'gmail', 'iso-8859-15',
  '', "Bonjour {name},\n\nLe coupon de 10 % affiché sur la fiche produit est géré par Amazon : il est déduit au moment du paiement, pas sur le prix affiché. Sur votre commande {oid}, il apparaît bien dans le récapitulatif (ligne « Promotion appliquée »).\n\nBonne journée,\nAtelier Roseraie",
  q="On m'a facturé le plein prix alors qu'il y avait un coupon ?")
m('remboursement-partiel-rayure', 'pass', '-', 'r', 'apple', 'windows-1252',
  '', "Bonjour {name},\n\nNous sommes désolés pour la rayure sur le fond de la casserole. Comme vous souhaitez la garder, nous avons effectué un remboursement partiel de 15 € sur votre commande ; il apparaîtra sous 3 à 5 jours.\n\nCordialement,\nCuivres de Brocéliande",
  q="La casserole a une rayure au fond. Je la garde si vous faites un geste.")
m('arche-livraison-rdv', 'pass', '-', 'p', 'outlook', 'utf-8',
  '[Important] Rendez-vous de livraison pour votre arche fleurie ({oid})',
  "Bonjour {name},\n\nL'arche de cérémonie mesure 2,40 m et sera livrée par transporteur sur rendez-vous. Quels jours de la semaine du 7 décembre vous conviennent, et le matin ou l'après-midi ?\n\nMerci de préciser aussi s'il y a un digicode ou un étage sans ascenseur.\n\nAtelier Roseraie")
m('citation-tel-acheteur', 'pass', '-', 'r', 'plain', 'iso-8859-1',
  '', "Bonjour {name},\n\nNous ne pouvons pas vous appeler, mais voici la réponse : le papier est un 300 g/m² coton, compatible avec l'encre de Chine et l'aquarelle légère.\n\nPapeterie Lune",
  q="Appelez-moi au 06 12 48 77 30 ou écrivez à ninon.garrigue@orange.fr, je voudrais savoir si le carnet accepte l'aquarelle.")
m('modifier-avis-deux-etoiles', 'reject', 'review', 'r', 'gmail', 'utf-8',
  '', "Bonjour {name},\n\nLa casserole de remplacement vous a été livrée hier. Maintenant que tout est rentré dans l'ordre, pourriez-vous revoir l'avis de deux étoiles que vous avez laissé ? Cela compte beaucoup pour un petit atelier.\n\nCuivres de Brocéliande",
  q="Le remplaçant est bien arrivé, merci.")
m('code-fidelite-boutique', 'reject', 'promotion', 'p', 'apple', 'iso-8859-15',
  'Un petit plus pour votre prochaine commande',
  "Bonjour {name},\n\nPour vous remercier de votre commande {oid}, profitez de -10 % sur tout le papier à lettres de notre boutique Amazon avec le code LUNE10, valable jusqu'au 31 décembre.\n\nPapeterie Lune")
m('arobase-instagram', 'reject', 'contact', 'r', 'tbird', 'iso-8859-1',
  '', "Bonjour {name},\n\nPour les couleurs sur mesure, envoyez-nous une photo de votre bouquet à atelier arobase roseraie point fr, ou en message privé sur Instagram @atelier.roseraie.\n\nAtelier Roseraie",
  q="Pouvez-vous faire la couronne dans des tons bleu et blanc ?")
m('signature-gif-animee', 'reject', 'style,attachment', 'r', 'outlook', 'utf-8',
  '', "Bonjour {name},\n\nOui, le carnet existe aussi en format A5. Il suffit de choisir la variante sur la fiche produit.\n\nPapeterie Lune",
  q="Le carnet existe-t-il en A5 ?",
  att=[ATT('gif-inline', 'lune-signature.gif')], hx='<p class="MsoNormal"><img width="120" height="40" src="cid:lune-signature.gif@b4" alt="Papeterie Lune"></p>\n')
m('annulez-vous-meme', 'reject', 'ask', 'p', 'plain', 'windows-1252',
  'Commande {oid} – rupture',
  "Bonjour {name},\n\nNous n'avons plus la sauteuse de 24 cm en stock et le fondeur ne livre qu'en février. Merci d'annuler vous-même la commande depuis votre compte Amazon, ce sera plus rapide pour le remboursement.\n\nCuivres de Brocéliande")
m('blog-entretien-cuivre', 'reject', 'links', 'p', 'gmail', 'iso-8859-1',
  "Entretien de votre cuivre (commande {oid})",
  "Bonjour {name},\n\nLe cuivre noircit avec le temps, c'est normal. Toutes nos astuces (citron, sel, vinaigre blanc) sont détaillées sur notre blog : https://blog.cuivres-broceliande.fr/entretien\n\nCuivres de Brocéliande")
m('important-colis-en-route', 'reject', 'important,proactive', 'p', 'outlook', 'iso-8859-15',
  '[Important] Votre colis est en route !',
  "Bonjour {name},\n\nBonne nouvelle : votre commande {oid} a quitté notre atelier ce matin.\n\nAtelier Roseraie")
m('bon-reduction-png', 'reject', 'attachment,promotion', 'r', 'tbird', 'utf-8',
  '', "Bonjour {name},\n\nVoici la notice de montage de la lampe en texte ci-dessous, et en pièce jointe un petit bon de réduction à imprimer pour Noël.\n\n1. Visser le pied. 2. Clipser l'abat-jour. 3. Ampoule E14, 4 W maximum.\n\nAtelier Roseraie",
  q="Je n'ai pas trouvé la notice de montage dans le carton.",
  att=[ATT('png', 'bon-noel-15pourcent.png')])

# ------------------------------------------------------------------------------ es
L('es')
m('correos-localizador', 'pass', '-', 'r', 'gmail', 'iso-8859-1',
  '', "Hola {name}:\n\nEl juego de platos salió el lunes con Correos. Puede seguirlo aquí:\nhttps://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0701234560128001Y\n\nUn saludo,\nCerámica Albaicín",
  q="¿Ya han enviado los platos? Pedido {oid}.")
m('factura-pdf-empresa', 'pass', '-', 'p', 'outlook', 'windows-1252',
  'Factura del pedido {oid}',
  "Estimado/a {name}:\n\nComo nos indicó al comprar, le adjuntamos la factura a nombre de su empresa con el IVA desglosado.\n\nAtentamente,\nPedales del Norte",
  att=[ATT('pdf', 'Factura_PDN-2026-0412.pdf', 'Factura PDN-2026-0412 Pedales del Norte')])
m('gracias-hilo', 'pass', '-', 'r', 'plain', 'utf-8',
  '', "¡Gracias a usted, {name}! Que disfrute de las rutas.\n\nPedales del Norte",
  q="Ya me llegó el sillín y es comodísimo, gracias por la rapidez.")
m('grabado-azulejo', 'pass', '-', 'p', 'tbird', 'iso-8859-1',
  'Pedido {oid}: confirme el texto del azulejo',
  "Hola {name}:\n\nAntes de hornear el azulejo personalizado necesitamos que confirme el texto exacto. Tenemos: «Casa Rocío · 1987».\n\n¿Es correcto, con tilde en la í y el punto centrado?\n\nCerámica Albaicín")
m('estrellas-lampara-revisar', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Hola {name}:\n\nEl dibujo de estrellas en el techo es intencionado: lo proyecta el trenzado de la lámpara de mimbre cuando se usa una bombilla desnuda. Si prefiere una luz más uniforme, una bombilla opalina lo suaviza.\n\nSi aun así quiere devolverla, revisaremos la devolución en cuanto llegue.\n\nTienda Mimbre",
  q="La lámpara hace como estrellitas en el techo, ¿es un defecto?")
m('cp-no-coincide', 'pass', '-', 'p', 'outlook', 'iso-8859-15',
  '[Important] Problema con la dirección de envío del pedido {oid}',
  "Hola {name}:\n\nEl código postal de la dirección de envío (41010) corresponde a Sevilla, pero la ciudad indicada es Granada. La empresa de transporte no acepta el envío así.\n\n¿Podría confirmarnos cuál es la dirección correcta?\n\nCerámica Albaicín")
m('recordatorio-resena', 'reject', 'review', 'p', 'plain', 'windows-1252',
  'Recordatorio: su opinión sobre el pedido {oid}',
  "Hola {name}:\n\nHace unos días le pedimos que valorara su cesta de mimbre y todavía no hemos visto su reseña. Le recordamos que solo le llevará un minuto.\n\nTienda Mimbre")
m('reembolso-por-foto', 'reject', 'review', 'p', 'gmail', 'utf-8',
  '¿Qué tal su nueva cesta?',
  "Hola {name}:\n\nSi publica una reseña con foto de la cesta en su casa, le devolvemos el 50 % del importe por transferencia. Solo tiene que responder a este mensaje con el enlace.\n\nTienda Mimbre")
m('cupon-black-friday', 'reject', 'promotion', 'p', 'apple', 'iso-8859-1',
  'Black Friday en Pedales del Norte',
  "Hola {name}:\n\nEsta semana tiene un 25 % de descuento en todas las cubiertas y cámaras de nuestra tienda con el cupón PEDAL25.\n\nPedales del Norte")
m('telefono-firma', 'reject', 'contact', 'r', 'outlook', 'windows-1252',
  '', "Hola {name}:\n\nLas piezas de repuesto para el plato están en camino.\n\nCerámica Albaicín\nTel. 958 22 19 04 (de 9 a 14 h)",
  q="Se me rompió un plato del juego, ¿venden piezas sueltas?")
m('html-centrado-colores', 'reject', 'style', 'r', 'gmail', 'utf-8',
  '', "Hola {name}:\n\nSí, la cesta grande aguanta hasta 15 kg de leña sin problema.\n\nTienda Mimbre",
  q="¿La cesta grande sirve para leña?",
  hstyle='text-align:center;font-family:Georgia,serif;color:#8b4513;font-size:18px')
m('cancele-sin-existencias', 'reject', 'ask', 'p', 'tbird', 'iso-8859-15',
  'Sobre su pedido {oid}',
  "Hola {name}:\n\nNos hemos quedado sin existencias del portabicicletas. ¿Podría cancelar usted el pedido desde «Mis pedidos»? Así el reembolso le llega antes.\n\nPedales del Norte")
m('instagram-gracias', 'reject', 'links', 'p', 'tbird', 'utf-8',
  'Gracias por su pedido {oid}',
  "Hola {name}:\n\nGracias por confiar en nuestro taller. Si quiere ver cómo pintamos cada pieza a mano, síganos en instagram.com/ceramicaalbaicin.\n\nCerámica Albaicín")
m('enviado-seur', 'reject', 'proactive', 'p', 'plain', 'iso-8859-1',
  'Su pedido ha sido enviado',
  "Hola {name}:\n\nLe informamos de que su pedido {oid} ha sido enviado hoy con SEUR y llegará en 24-48 horas.\n\nTienda Mimbre")
m('js-visor-3d', 'reject', 'attachment', 'r', 'outlook', 'utf-8',
  '', "Hola {name}:\n\nLe adjuntamos el visor para ver la cesta en 3D en su navegador y comprobar las medidas.\n\nTienda Mimbre",
  q="¿Qué medidas exactas tiene la cesta mediana?",
  att=[ATT('js', 'visor-cesta-3d.js', "document.write('<canvas id=c></canvas>');var w=42,h=30,d=28;")])
m('importante-encuesta', 'reject', 'important', 'p', 'gmail', 'iso-8859-15',
  '[Important] Encuesta sobre su pedido {oid}',
  "Hola {name}:\n\n¿Cómo valoraría su experiencia con su compra? Puede compartirla dejando una reseña del producto en Amazon.\n\nPedales del Norte")

# ------------------------------------------------------------------------------ it
L('it')
m('poste-tracciamento', 'pass', '-', 'r', 'gmail', 'iso-8859-15',
  '', "Buongiorno {name},\n\nil vaso è partito ieri con Poste Italiane, ben imballato. Può seguirlo qui:\nhttps://www.poste.it/cerca/index.html#/risultati-spedizioni/CA123456789IT\n\nCordiali saluti,\nBottega Lagunare",
  q="Buongiorno, il vaso di vetro è già stato spedito?")
m('iniziali-corredo', 'pass', '-', 'p', 'tbird', 'iso-8859-1',
  'Ordine {oid}: ricamo delle iniziali',
  "Gentile {name},\n\nper il set di lenzuola con le iniziali ricamate ci serve una conferma: le lettere sono \"L.B.\" in corsivo inglese. Preferisce il filo azzurro polvere o bianco su bianco?\n\nAspettiamo la sua risposta prima di iniziare il ricamo.\n\nRicami Ortigia")
m('garanzia-trapano-pdf', 'pass', '-', 'r', 'outlook', 'windows-1252',
  '', "Gentile {name},\n\ncome richiesto, in allegato trova il certificato di garanzia del trapano a percussione (24 mesi dalla data di consegna). Lo conservi insieme allo scontrino dell'ordine.\n\nDistinti saluti,\nFerramenta Orobica",
  q="Ho perso il foglio della garanzia del trapano, me lo potete rimandare?",
  att=[ATT('pdf', 'Certificato_garanzia_trapano.pdf', 'Certificato di garanzia 24 mesi')])
m('cacciavite-stella', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Buongiorno {name},\n\nper rimuovere il coperchio del vano batterie serve un cacciavite a stella PH2: le due viti sono sotto i piedini in gomma, che si staccano facilmente.\n\nSe la serratura continua a non rispondere, valuteremo volentieri la sostituzione.\n\nFerramenta Orobica",
  q="La serratura elettronica non si accende, come cambio le pile?")
m('annullato-rimborsato', 'pass', '-', 'p', 'plain', 'iso-8859-1',
  'Problema con il suo ordine {oid}',
  "Gentile {name},\n\nci dispiace: la tovaglia ricamata che ha ordinato non è più disponibile e non possiamo realizzarla in tempo per Natale. Abbiamo quindi annullato l'ordine {oid} e l'importo è stato rimborsato per intero sul suo metodo di pagamento.\n\nRicami Ortigia")
m('si-partito-ieri', 'pass', '-', 'r', 'gmail', 'utf-8',
  '', "Sì, {name}, è partito ieri pomeriggio: dovrebbe arrivare entro venerdì.\n\nBottega Lagunare",
  q="Mi confermate che il bicchiere è stato spedito?")
m('prima-scrivici-5-stelle', 'reject', 'review', 'p', 'outlook', 'iso-8859-15',
  'Come si trova con il suo trapano?',
  "Gentile {name},\n\nse il trapano la soddisfa, ci farebbe un grande piacere leggere una recensione a cinque stelle. Se invece qualcosa non va, ci scriva prima di recensire: troveremo una soluzione.\n\nFerramenta Orobica")
m('collezione-natale-vetri', 'reject', 'promotion', 'p', 'apple', 'utf-8',
  'Le nuove palline di Natale in vetro',
  "Buongiorno {name},\n\nsperiamo che il vaso dell'ordine {oid} le piaccia. Le segnaliamo che è appena arrivata la nuova collezione di palline natalizie soffiate a mano: le trova tutte tra i nostri prodotti su Amazon.\n\nBottega Lagunare")
m('email-firma-ordini', 'reject', 'contact', 'r', 'tbird', 'windows-1252',
  '', "Buongiorno {name},\n\nle misure sono 140 x 180 cm. Per richieste su misura ci scriva pure a ordini@ricamiortigia.it.\n\nRicami Ortigia",
  q="Che misure ha la tovaglia rettangolare?")
m('pixel-http', 'reject', 'style', 'p', 'gmail', 'iso-8859-1',
  'Istruzioni di lavaggio per il suo ordine {oid}',
  "Gentile {name},\n\nil lino ricamato va lavato a 30 gradi, al rovescio, senza ammorbidente. Stirare da umido.\n\nRicami Ortigia",
  hx='<img src="http://t.ricamiortigia.it/o/8f3a61.gif" width="1" height="1" style="display:none" alt="">')
m('richieda-annullamento', 'reject', 'ask', 'p', 'plain', 'utf-8',
  'Ordine {oid} – disponibilità',
  "Gentile {name},\n\nla chiave a bussola da 19 mm è esaurita presso il nostro fornitore. Le chiediamo cortesemente di richiedere l'annullamento dell'ordine dalla sezione \"I miei ordini\".\n\nFerramenta Orobica")
m('important-minuscolo-grazie', 'reject', 'important,proactive', 'p', 'outlook', 'utf-8',
  'Grazie di cuore [important]',
  "Gentile {name},\n\ngrazie per aver scelto il vetro di Murano della nostra bottega. È un piacere sapere che un nostro pezzo arriverà a casa sua.\n\nBottega Lagunare")
m('zip-bat-taglio', 'reject', 'attachment', 'r', 'tbird', 'iso-8859-15',
  '', "Buongiorno {name},\n\nin allegato il programma per impostare le quote di taglio sulla troncatrice: scompatti lo zip e avvii imposta.bat.\n\nFerramenta Orobica",
  q="Come imposto l'angolo di taglio a 45 gradi?",
  att=[ATT('zip', 'programma_taglio.zip', [('imposta.bat', '@echo off\r\nstart taglio.exe /angle 45'), ('leggimi.txt', 'Avviare imposta.bat')])])
m('vetrina-amazon-link', 'reject', 'promotion,links', 'p', 'gmail', 'iso-8859-1',
  'Altri vetri dalla nostra bottega',
  "Gentile {name},\n\nle piacerebbe abbinare al suo vaso un paio di bicchieri? Trova tutte le nostre creazioni nella nostra vetrina: https://www.amazon.it/stores/BottegaLagunare/page/6C2E1A44-9B1D\n\nBottega Lagunare")

# ------------------------------------------------------------------------------ nl
L('nl')
m('postnl-track', 'pass', '-', 'r', 'tbird', 'iso-8859-1',
  '', "Hallo {name},\n\nUw geurkaarsen zijn vanochtend met PostNL verstuurd. Volgen kan via:\nhttps://jouw.postnl.nl/track-and-trace/3SDEVC1234567-NL-2518AB\n\nMet vriendelijke groet,\nKaarsenhuis Delft",
  q="Wanneer worden de kaarsen verstuurd?")
m('tuinhuis-bezorgafspraak', 'pass', '-', 'p', 'outlook', 'windows-1252',
  'Bezorgafspraak voor uw tuinhuisje (bestelling {oid})',
  "Beste {name},\n\nUw tuinhuisje wordt op een pallet van ruim 300 kilo bezorgd. De chauffeur kan niet verder dan de stoep komen. Welke dag in week 50 komt u het beste uit, en is er iemand thuis om te tekenen?\n\nMet vriendelijke groet,\nTuinhok Groen")
m('beoordeling-neutraal', 'pass', '-', 'p', 'plain', 'iso-8859-15',
  'Uw bestelling {oid}',
  "Beste {name},\n\nWilt u uw ervaring met andere klanten delen door een productbeoordeling achter te laten op Amazon?\n\nFietsenmakerij Zwaluw")
m('amazon-retourlink', 'pass', '-', 'r', 'gmail', 'utf-8',
  '', "Hoi {name},\n\nGeen probleem. U kunt het retourlabel zelf aanmaken in het retourcentrum van Amazon:\nhttps://www.amazon.nl/gp/css/returns/homepage.html\n\nZodra het spatbord binnen is, storten we het bedrag terug.\n\nFietsenmakerij Zwaluw",
  q="Het spatbord past niet op mijn fiets. Hoe stuur ik het terug?")
m('buyer-fotolink-geciteerd', 'pass', '-', 'r', 'apple', 'iso-8859-15',
  '', "Hallo {name},\n\nOp de foto zien we dat de lont te kort is afgeknipt. Wij sturen u kosteloos twee nieuwe kaarsen.\n\nKaarsenhuis Delft",
  q="De kaars brandt niet goed, zie foto: https://photos.app.goo.gl/Qm7bX2aLp9 - je kunt ook bellen 06-24681357")
m('korting-uitleg', 'pass', '-', 'r', 'outlook', 'utf-8',
  '', "Beste {name},\n\nDe 15% korting die u zag, was een actie van Amazon die op 24 november afliep. Uw bestelling is op 25 november geplaatst, daarom is die korting niet toegepast. Het spijt ons.\n\nTuinhok Groen",
  q="Waarom heb ik de korting van 15% niet gekregen?")
m('recensie-vermelden', 'reject', 'review', 'p', 'gmail', 'windows-1252',
  'Een verzoekje over uw kaarsen',
  "Beste {name},\n\nAls u een recensie schrijft, zou u dan willen noemen dat de kaarsen ruim 60 uur branden en niet roeten? Daar letten andere kopers het meest op.\n\nKaarsenhuis Delft")
m('kaarsenclub', 'reject', 'promotion', 'p', 'apple', 'utf-8',
  'Welkom bij de Kaarsenclub',
  "Hallo {name},\n\nBij uw bestelling {oid} bent u automatisch lid van onze Kaarsenclub: elke maand een nieuwe geur met ledenvoordeel. Bestel de decembergeur voor 1 december.\n\nKaarsenhuis Delft")
m('bel-of-app', 'reject', 'contact', 'r', 'plain', 'iso-8859-1',
  '', "Hoi {name},\n\nDat is lastig uit te leggen per bericht. Bel of app even naar 06-41 27 93 58, dan lopen we het samen door.\n\nFietsenmakerij Zwaluw",
  q="Hoe stel ik de versnellingen af?")
m('logo-url-http', 'reject', 'links,style', 'p', 'outlook', 'iso-8859-15',
  'Plantadvies bij uw bestelling {oid}',
  "Beste {name},\n\nDe blauwe bes die u kocht, wil zure grond. Meng bij het planten wat turfvrije rhododendrongrond door de bestaande aarde.\n\nTuinhok Groen",
  hx='<p class="MsoNormal"><img src="http://www.tuinhokgroen.nl/img/logo-met-url.png" width="160" height="48" alt="www.tuinhokgroen.nl"></p>\n')
m('zadel-uitverkocht-annuleren', 'reject', 'ask', 'r', 'tbird', 'utf-8',
  '', "Hallo {name},\n\nHelaas is het zadel in bruin uitverkocht. Wilt u de bestelling annuleren via uw account? Dan kunt u een andere kleur bestellen.\n\nFietsenmakerij Zwaluw",
  q="Wanneer wordt het zadel verzonden?")
m('important-hoe-bevalt', 'reject', 'important', 'p', 'gmail', 'iso-8859-1',
  '[Important] Hoe bevalt uw nieuwe fietsbel?',
  "Beste {name},\n\nWilt u uw ervaring delen door een productbeoordeling achter te laten op Amazon?\n\nFietsenmakerij Zwaluw")
m('folder-jpg', 'reject', 'attachment,promotion', 'p', 'tbird', 'windows-1252',
  'Bij uw bestelling {oid}',
  "Beste {name},\n\nIn de bijlage vindt u onze wintergids met alle vogelhuisjes en voedersilo's.\n\nTuinhok Groen",
  att=[ATT('jpg', 'wintergids-2026.jpg')])
m('bedankt-alleen', 'reject', 'proactive', 'p', 'plain', 'utf-8',
  'Bedankt!',
  "Beste {name},\n\nBedankt voor uw bestelling bij Kaarsenhuis Delft. Wij wensen u veel sfeer en gezelligheid.\n\nKaarsenhuis Delft")

# ------------------------------------------------------------------------------ pl
L('pl')
m('inpost-sledzenie', 'pass', '-', 'r', 'gmail', 'iso-8859-2',
  '', "Dzień dobry {name},\n\nPaczka z wisiorkiem została nadana wczoraj w InPost. Status można sprawdzić tutaj:\nhttps://inpost.pl/sledzenie-przesylek?number=520113014230722029585646\n\nPozdrawiamy serdecznie\nPracownia Bursztyn",
  q="Kiedy wyślecie wisiorek? Zamówienie {oid}.")
m('grawer-dla-zuzi', 'pass', '-', 'p', 'tbird', 'windows-1250',
  'Zamówienie {oid} – potwierdzenie grawerunku',
  "Dzień dobry {name},\n\nzanim wygrawerujemy napis na zapięciu, prosimy o potwierdzenie treści: „Dla Zuzi – 18”. Czy ma być z polskimi znakami i myślnikiem, tak jak powyżej?\n\nPracownia Bursztyn")
m('faktura-vat-pdf', 'pass', '-', 'p', 'outlook', 'utf-8',
  'Faktura VAT do zamówienia {oid}',
  "Szanowni Państwo,\n\nw załączniku przesyłamy fakturę VAT nr FV/11/2026/318 do zamówienia {oid}, wystawioną na dane firmy podane przy zakupie.\n\nZ poważaniem\nLampy Kruk",
  att=[ATT('pdf', 'FV_11_2026_318.pdf', 'Faktura VAT FV/11/2026/318 Lampy Kruk')])
m('brak-numeru-mieszkania', 'pass', '-', 'p', 'plain', 'iso-8859-2',
  '[Important] Brak numeru mieszkania w adresie dostawy',
  "Dzień dobry {name},\n\nw adresie dostawy zamówienia {oid} brakuje numeru mieszkania (ul. Długa 14, 31-147 Kraków). Kurier nie doręczy przesyłki do bloku bez tego numeru.\n\nProsimy o uzupełnienie adresu w odpowiedzi na tę wiadomość.\n\nSklep Wiklina")
m('dziekujemy-watek', 'pass', '-', 'r', 'apple', 'windows-1250',
  '', "Bardzo się cieszymy, {name}. Dziękujemy za informację!\n\nSklep Wiklina",
  q="Kosz dotarł cały i jest piękny, dziękuję.")
m('opinia-neutralna', 'pass', '-', 'p', 'gmail', 'utf-8',
  'Twoje zamówienie {oid}',
  "Dzień dobry {name},\n\nbędziemy wdzięczni, jeśli podzielisz się swoimi wrażeniami z innymi klientami, wystawiając opinię o produkcie na Amazon.\n\nLampy Kruk")
m('usuniecie-opinii', 'reject', 'review', 'r', 'outlook', 'iso-8859-2',
  '', "Dzień dobry {name},\n\nzwrot pieniędzy za pękniętą lampę został już zlecony. Czy w takim razie mogłaby Pani usunąć negatywną opinię? Bardzo nam na tym zależy.\n\nLampy Kruk",
  q="Lampa przyszła pęknięta. Proszę o zwrot pieniędzy.")
m('kod-rabatowy-kruk', 'reject', 'promotion', 'p', 'apple', 'utf-8',
  'Prezent od Lampy Kruk',
  "Dzień dobry {name},\n\nz okazji pierwszego zakupu mamy dla Ciebie kod KRUK15 – 15% rabatu na kolejne zamówienie w naszym sklepie.\n\nLampy Kruk")
m('messenger-link', 'reject', 'contact,links', 'r', 'plain', 'windows-1250',
  '', "Dzień dobry {name},\n\nnajszybciej odpowiemy na Messengerze: m.me/sklepwiklina – tam łatwiej wysłać zdjęcia wymiarów.\n\nSklep Wiklina",
  q="Czy zrobicie kosz na wymiar 50 x 35 cm?")
m('emoji-swieta', 'reject', 'style', 'r', 'gmail', 'utf-8',
  '', "Dzień dobry {name},\n\ntak, zdążymy przed świętami \U0001f384 Wysyłka w poniedziałek, dostawa najpóźniej w środę \U0001f381\n\nPracownia Bursztyn",
  q="Czy bransoletka dojdzie przed Wigilią?")
m('prosze-anulowac', 'reject', 'ask', 'p', 'tbird', 'iso-8859-2',
  'Zamówienie {oid} - brak towaru',
  "Dzień dobry {name},\n\nniestety kinkiet w kolorze miedzi wyprzedał się. Prosimy o anulowanie zamówienia po Pani stronie, w zakładce \"Twoje zamówienia\".\n\nLampy Kruk")
m('important-podziekowanie', 'reject', 'important,proactive', 'p', 'outlook', 'windows-1250',
  '[Important] Podziękowanie za zakup',
  "Szanowni Państwo,\n\nserdecznie dziękujemy za zakup w Pracowni Bursztyn. Mamy nadzieję, że biżuteria będzie cieszyć przez wiele lat.\n\nPracownia Bursztyn")
m('zip-cennik-hurtowy', 'reject', 'attachment,promotion', 'r', 'tbird', 'utf-8',
  '', "Dzień dobry {name},\n\nw załączniku instrukcja pielęgnacji wikliny oraz nasz cennik hurtowy – przy zamówieniu powyżej 10 sztuk rabat 20%.\n\nSklep Wiklina",
  q="Jak dbać o kosz z wikliny?",
  att=[ATT('zip', 'wiklina_pielegnacja_cennik.zip', [('pielegnacja.txt', 'Przecierac wilgotna sciereczka.'), ('cennik_hurtowy_2027.csv', 'produkt;cena\nkosz;39')])])
m('strona-pielegnacja', 'reject', 'links', 'p', 'apple', 'iso-8859-2',
  'Pielęgnacja bursztynu',
  "Dzień dobry {name},\n\nbursztyn nie lubi perfum i gorącej wody. Więcej porad znajdzie Pani na naszej stronie: www.pracowniabursztyn.pl/pielegnacja\n\nPracownia Bursztyn")

# ------------------------------------------------------------------------------ sv
L('sv')
m('postnord-spara', 'pass', '-', 'r', 'gmail', 'iso-8859-1',
  '', "Hej {name},\n\nKvarnen skickades i går med PostNord. Du kan följa paketet här:\nhttps://tracking.postnord.com/se/?id=00373500499123456789\n\nVänliga hälsningar\nKaffekvarnen Gävle",
  q="Hej! Har kvarnen skickats? Order {oid}.")
m('ekbord-leverans-tid', 'pass', '-', 'p', 'outlook', 'iso-8859-15',
  'Leveranstid för ditt matbord (order {oid})',
  "Hej {name},\n\nEkbordet väger 62 kg och levereras av DB Schenker med bärhjälp till dörren. Vilken dag vecka 50 passar dig, förmiddag eller eftermiddag?\n\nSnickeri Ek")
m('stjarnskruv-malgrad', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Hej {name},\n\nMalgraden ändras med ratten under behållaren. Sitter den fast, lossa först stjärnskruven i botten ett halvt varv och ta bort skyddstejpen runt ratten.\n\nFungerar det ändå inte, så granskar vi gärna kvarnen vid en retur.\n\nKaffekvarnen Gävle",
  q="Jag får inte kvarnen att mala finare, ratten sitter fast.")
m('bruksanvisning-pdf', 'pass', '-', 'r', 'tbird', 'windows-1252',
  '', "Hej {name},\n\nHär kommer bruksanvisningen som PDF. Monteringen av benen står på sidan 3.\n\nMed vänlig hälsning\nSnickeri Ek",
  q="Bruksanvisningen saknades i paketet.",
  att=[ATT('pdf', 'Bruksanvisning_Ekbord.pdf', 'Bruksanvisning ekbord sida 3 montering')])
m('delvis-aterbetalning', 'pass', '-', 'r', 'plain', 'iso-8859-15',
  '', "Hej {name},\n\nTråkigt att filten hade en dragen tråd. Vi har gjort en delåterbetalning på 150 kr till ditt konto, så kan du behålla den.\n\nFjällvävarna",
  q="Filten har en dragen tråd på ena kanten. Vad gör vi?")
m('monogram-filt', 'pass', '-', 'p', 'tbird', 'utf-8',
  'Brodyr på filten, order {oid}',
  "Hej {name},\n\nDu valde broderade initialer på ullfilten. Vi läser \"Å.L.\" – stämmer det, och vill du ha dem i vitt eller i naturgrått?\n\nFjällvävarna")
m('positivt-annars-oss', 'reject', 'review', 'p', 'gmail', 'windows-1252',
  'Hur smakar kaffet?',
  "Hej {name},\n\nÄr du nöjd med kvarnen får du gärna lämna ett positivt omdöme på Amazon. Är du inte nöjd, hör av dig till oss i stället så löser vi det.\n\nKaffekvarnen Gävle")
m('prenumeration-kaffe', 'reject', 'promotion', 'p', 'apple', 'iso-8859-1',
  'Nyhet: kaffe varje månad',
  "Hej {name},\n\nNu kan du få nyrostat kaffe hem varje månad. Som kund hos oss får du första påsen på köpet när du startar en prenumeration.\n\nKaffekvarnen Gävle")
m('ring-oss', 'reject', 'contact', 'r', 'outlook', 'utf-8',
  '', "Hej {name},\n\nDet är enklast att ta måtten över telefon. Ring oss på 026-12 34 56, vardagar 8–16.\n\nSnickeri Ek",
  q="Kan ni göra bordet 20 cm kortare?")
m('god-jul-gif', 'reject', 'style,attachment', 'p', 'plain', 'iso-8859-15',
  'God jul från Fjällvävarna',
  "Hej {name},\n\nDin pläd från order {oid} är packad och klar. Vi bifogar en liten julhälsning.\n\nFjällvävarna",
  att=[ATT('gif', 'god-jul.gif')])
m('avbestall-sjalv', 'reject', 'ask', 'r', 'gmail', 'utf-8',
  '', "Hej {name},\n\nTyvärr har vi inga fler bänkar i ask. Kan du avbeställa ordern själv under Dina beställningar?\n\nSnickeri Ek",
  q="När skickas bänken?")
m('important-fatt-kaffet', 'reject', 'important,proactive', 'p', 'outlook', 'windows-1252',
  '[Important] Har du fått ditt paket?',
  "Hej {name},\n\nEnligt PostNord levererades ditt paket {oid} i går.\n\nKaffekvarnen Gävle")
m('facebookgrupp', 'reject', 'links', 'p', 'tbird', 'iso-8859-1',
  'Välkommen i vävgemenskapen',
  "Hej {name},\n\nVi har en Facebookgrupp där kunder delar bilder på sina plädar och vävtips: facebook.com/groups/fjallvavarna\n\nFjällvävarna")

# ------------------------------------------------------------------------------ tr
L('tr')
m('yurtici-takip', 'pass', '-', 'r', 'gmail', 'iso-8859-9',
  '', "Merhaba {name},\n\nCezveniz dün Yurtiçi Kargo ile yola çıktı. Gönderiyi buradan takip edebilirsiniz:\nhttps://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=304215678901\n\nİyi günler dileriz,\nBakırcı Ustası",
  q="Merhaba, cezvem kargoya verildi mi? Sipariş {oid}.")
m('hali-teslimat-randevu', 'pass', '-', 'p', 'outlook', 'windows-1254',
  'Halınızın teslimat randevusu ({oid})',
  "Merhaba {name},\n\n3 x 4 metrelik kiliminiz yaklaşık 38 kg ve ambar kargosu ile gelecek. Teslimat için 7-11 Aralık arasında hangi gün ve saat aralığı size uygun olur?\n\nKilim Evi Konya")
m('e-arsiv-fatura', 'pass', '-', 'p', 'tbird', 'utf-8',
  'Siparişiniz {oid} için e-Arşiv faturası',
  "Sayın {name},\n\nSatın alma sırasında kurumsal fatura talep etmiştiniz. e-Arşiv faturanız ektedir.\n\nSaygılarımızla,\nSeramik Atölyesi",
  att=[ATT('pdf', 'e-Arsiv_Fatura_SA2026000412.pdf', 'e-Arsiv Fatura SA2026000412')])
m('cezve-isim-kazima', 'pass', '-', 'p', 'plain', 'iso-8859-9',
  'Sipariş {oid}: kazıma yazısını onaylar mısınız?',
  "Merhaba {name},\n\nCezvenin üzerine kazınacak yazı şu şekilde: \"Oğuz & Çağla 2026\". Harfler doğru mu, ve & işareti yerine \"ile\" yazmamızı ister misiniz?\n\nOnayınızı aldıktan sonra işleme başlayacağız.\n\nBakırcı Ustası")
m('rica-ederiz', 'pass', '-', 'r', 'apple', 'windows-1254',
  '', "Rica ederiz {name}, güzel günlerde kullanın!\n\nSeramik Atölyesi",
  q="Kupalar kırılmadan geldi, çok teşekkürler.")
m('yildiz-motifi-inceleme', 'pass', '-', 'r', 'gmail', 'utf-8',
  '', "Merhaba {name},\n\nKilimin ortasındaki yıldız motifi el dokuması olduğu için köşelerde küçük farklılıklar olması doğaldır. Yine de iade etmek isterseniz, iade talebinizi hemen inceleyeceğiz.\n\nKilim Evi Konya",
  q="Ortadaki yıldız deseni biraz yamuk görünüyor, bu normal mi?")
m('bes-yildiz-hediye-cezve', 'reject', 'review', 'p', 'gmail', 'utf-8',
  'Cezveniz nasıl?',
  "Merhaba {name},\n\nAmazon'da 5 yıldızlı bir değerlendirme bırakırsanız, teşekkür olarak size küçük bir bakır fincan hediye göndereceğiz.\n\nBakırcı Ustası")
m('indirim-kodu-kilim', 'reject', 'promotion', 'p', 'apple', 'iso-8859-9',
  'Size özel indirim',
  "Merhaba {name},\n\nYeni yastık kılıfı koleksiyonumuzda KILIM20 koduyla %20 indirim sizi bekliyor. Kod 31 Aralık'a kadar geçerli.\n\nKilim Evi Konya")
m('whatsapp-hatti', 'reject', 'contact', 'r', 'plain', 'windows-1254',
  '', "Merhaba {name},\n\nÖzel ölçü için bize WhatsApp hattımızdan yazabilirsiniz: 0532 417 28 90.\n\nSeramik Atölyesi",
  q="Bu tabağın 30 cm olanını yapabilir misiniz?")
m('cok-bos-satir', 'reject', 'style', 'r', 'tbtext', 'utf-8',
  '', "Merhaba {name},\n\nEvet, bakır cezvenin içi kalaylıdır.\n\n\n\n\nGaz ocağında ve seramik ocakta kullanılabilir, indüksiyonda kullanılamaz.\n\nBakırcı Ustası",
  q="Cezvenin içi kalaylı mı? İndüksiyonda olur mu?")
m('iptal-etmenizi-rica', 'reject', 'ask', 'p', 'outlook', 'iso-8859-9',
  'Siparişiniz {oid} hakkında',
  "Sayın {name},\n\nMaalesef mavi sırlı kase stoklarımızda kalmadı. Siparişinizi \"Siparişlerim\" sayfasından iptal etmenizi rica ederiz.\n\nSeramik Atölyesi")
m('important-teslim-edildi', 'reject', 'important,proactive', 'p', 'gmail', 'windows-1254',
  '[Important] Siparişiniz teslim edildi',
  "Merhaba {name},\n\nKargo firmasının bilgisine göre {oid} numaralı siparişiniz bugün teslim edildi.\n\nKilim Evi Konya")
m('renk-secici-exe', 'reject', 'attachment', 'r', 'tbird', 'utf-8',
  '', "Merhaba {name},\n\nEkteki küçük programla kilimin renklerini odanızın fotoğrafı üzerinde deneyebilirsiniz.\n\nKilim Evi Konya",
  q="Bu kilim gri koltukla uyar mı?",
  att=[ATT('exe', 'KilimRenkSecici.exe')])
m('web-sitemiz-bakim', 'reject', 'links', 'p', 'plain', 'utf-8',
  'Bakır bakımı hakkında',
  "Merhaba {name},\n\nBakır ürünlerin bakımıyla ilgili videolarımızı web sitemizde bulabilirsiniz: bakirciustasi.com.tr/bakim\n\nBakırcı Ustası")

# ------------------------------------------------------------------------------ pt
L('pt')
m('correios-rastreio', 'pass', '-', 'r', 'gmail', 'iso-8859-1',
  '', "Olá {name},\n\nA rede foi postada ontem pelos Correios. Você pode acompanhar aqui:\nhttps://rastreamento.correios.com.br/app/index.php?objetos=NL123456789BR\n\nAbraços,\nCasa das Redes",
  q="Oi, a minha rede já foi enviada? Pedido {oid}.")
m('gravacao-iniciais', 'pass', '-', 'p', 'tbird', 'windows-1252',
  'Pedido {oid}: confirmação da gravação',
  "Olá {name},\n\nAntes de gravar a carteira, confirme por favor as iniciais: \"T.A.S.\", em letra de forma, no canto inferior direito.\n\nSó começamos a gravação depois da sua resposta.\n\nOficina do Couro")
m('nota-fiscal-danfe', 'pass', '-', 'p', 'outlook', 'utf-8',
  'Nota fiscal do pedido {oid}',
  "Prezado(a) {name},\n\nSegue em anexo o DANFE da nota fiscal eletrônica referente ao seu pedido {oid}.\n\nAtenciosamente,\nEmpório Jabuticaba",
  att=[ATT('pdf', 'DANFE_NFe_35261112345678000190550010000412.pdf', 'DANFE NF-e 000412 Emporio Jabuticaba')])
m('complemento-endereco', 'pass', '-', 'p', 'plain', 'iso-8859-15',
  '[Important] Endereço de entrega incompleto - pedido {oid}',
  "Olá {name},\n\nNo endereço de entrega do pedido {oid} falta o número do apartamento (Rua Harmonia, 512, CEP 05435-000). Sem ele a transportadora devolve o pacote.\n\nPode nos informar o complemento?\n\nCasa das Redes")
m('cupom-amazon-explicacao', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Olá {name},\n\nO cupom que aparece no anúncio é oferecido pela própria Amazon e é aplicado na finalização da compra. No seu pedido ele foi descontado: confira o resumo do pedido em Seus Pedidos.\n\nOficina do Couro",
  q="Vi um cupom de 10% no anúncio, ele foi aplicado no meu pedido?")
m('avaliacao-neutra', 'pass', '-', 'p', 'gmail', 'windows-1252',
  'Seu pedido {oid}',
  "Olá {name},\n\nCompartilhe sua experiência com outros clientes deixando uma avaliação do produto na Amazon.\n\nEmpório Jabuticaba")
m('so-se-gostou', 'reject', 'review', 'p', 'outlook', 'iso-8859-1',
  'Gostou da sua geleia?',
  "Olá {name},\n\nSe você gostou da geleia de jabuticaba, deixe uma avaliação positiva na Amazon. Se algo não saiu como esperado, fale com a gente antes.\n\nEmpório Jabuticaba")
m('excluir-avaliacao-estorno', 'reject', 'review', 'r', 'tbird', 'utf-8',
  '', "Olá {name},\n\nO estorno já foi feito. Você poderia, por gentileza, excluir a avaliação de 1 estrela que deixou no produto?\n\nOficina do Couro",
  q="A costura do cinto soltou em uma semana.")
m('frete-gratis-site', 'reject', 'promotion,links', 'p', 'gmail', 'iso-8859-15',
  'Frete grátis para você',
  "Olá {name},\n\nNa sua próxima compra no nosso site emporiojabuticaba.com.br o frete é por nossa conta. Temos também doces de leite e cachaças artesanais.\n\nEmpório Jabuticaba")
m('sac-email-whats', 'reject', 'contact', 'r', 'apple', 'windows-1252',
  '', "Olá {name},\n\nPara pedidos sob medida, escreva para sac@oficinadocouro.com.br ou chame no WhatsApp (11) 98765-4321.\n\nOficina do Couro",
  q="Vocês fazem cinto em tamanho 120?")
m('emojis-rede', 'reject', 'style', 'r', 'gmail', 'utf-8',
  '', "Oi {name}! \U0001f60a\n\nSim, a rede aguenta até 150 kg tranquilamente \U0001f4aa\n\nCasa das Redes \U0001f33f",
  q="A rede aguenta duas pessoas?")
m('cancele-por-favor', 'reject', 'ask', 'p', 'plain', 'iso-8859-1',
  'Sobre o pedido {oid}',
  "Olá {name},\n\nInfelizmente a rede de casal na cor vinho esgotou. Por favor, cancele o pedido na sua conta Amazon para receber o reembolso.\n\nCasa das Redes")
m('important-obrigado', 'reject', 'important,proactive', 'p', 'outlook', 'utf-8',
  'Obrigado pela compra! [Important]',
  "Prezado(a) {name},\n\nMuito obrigado por escolher a Oficina do Couro. Ficamos felizes em fazer parte do seu dia a dia.\n\nOficina do Couro")
m('zip-fotos-modelos', 'reject', 'attachment', 'r', 'tbird', 'iso-8859-15',
  '', "Olá {name},\n\nSeguem as fotos de todas as cores disponíveis, compactadas no arquivo zip.\n\nCasa das Redes",
  q="Quais cores vocês têm da rede de solteiro?",
  att=[ATT('zip', 'cores-redes.zip', [('rede-azul.jpg', 'JFIF'), ('rede-vinho.jpg', 'JFIF')])])
m('pedido-enviado', 'reject', 'proactive', 'p', 'tbtext', 'utf-8',
  'Seu pedido foi enviado',
  "Olá {name},\n\nSeu pedido {oid} foi despachado hoje e deve chegar em até 5 dias úteis.\n\nEmpório Jabuticaba")

# ------------------------------------------------------------------------------ ja
L('ja')
m('yamato-tsuiseki', 'pass', '-', 'r', 'gmail', 'iso-2022-jp',
  '', "{name}様\n\nお問い合わせありがとうございます。\nまな板は昨日ヤマト運輸にてお送りしました。配送状況は下記でご確認いただけます。\nhttps://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=123456789012\n\n木工房ひのき",
  q="注文したまな板はいつ届きますか。")
m('kokuin-kanreki', 'pass', '-', 'p', 'tbird', 'shift_jis',
  '[重要] 刻印内容のご確認（注文番号 {oid}）',
  "{name}様\n\nこのたびは名入れ湯呑みをご注文いただきありがとうございます。\n刻印の文字は「祝 還暦 堀江健一様」でお間違いないでしょうか。\n\nご返信をいただいてから彫刻に入らせていただきます。\n\n茶器の松風堂")
m('ryoshusho-pdf', 'pass', '-', 'r', 'outlook', 'utf-8',
  '', "{name}様\n\nご依頼の領収書をPDFで添付いたします。宛名は「株式会社村上設計」としております。\n\n手ぬぐい藍屋",
  q="会社の経費で落としたいので、領収書をお願いできますか。",
  att=[ATT('pdf', 'ryoshusho.pdf', 'Ryoshusho - Aiya Tenugui')])
m('cancel-irai-kanryo', 'pass', '-', 'r', 'apple', 'shift_jis',
  '', "{name}様\n\nご依頼どおり、ご注文をキャンセルいたしました。ご請求は発生いたしません。\nまたの機会がございましたら、よろしくお願いいたします。\n\n木工房ひのき",
  q="間違えて二つ注文してしまったので、一つキャンセルしてください。")
m('review-neutral-ja', 'pass', '-', 'p', 'plain', 'iso-2022-jp',
  'ご注文 {oid} について',
  "{name}様\n\nお届けした手ぬぐいはいかがでしょうか。\nよろしければ、商品レビューを投稿して、他のお客様とご感想を共有していただけますと幸いです。\n\n手ぬぐい藍屋")
m('hassou-yubin-thread', 'pass', '-', 'r', 'gmail', 'utf-8',
  '', "{name}様\n\n本日、日本郵便のゆうパックで発送いたしました。\n追跡はこちらからどうぞ。\nhttps://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=123456789012\n\n茶器の松風堂",
  q="急須はもう発送されましたか。")
m('hoshi5-mae-ni-renraku', 'reject', 'review', 'p', 'outlook', 'iso-2022-jp',
  '急須の使い心地はいかがですか',
  "{name}様\n\nご満足いただけましたら、星5つの評価をいただけますと大変励みになります。\nもし気になる点がございましたら、評価を書かれる前にまず当店までご連絡ください。\n\n茶器の松風堂")
m('coupon-jikai', 'reject', 'promotion', 'p', 'apple', 'utf-8',
  'お客様限定のご案内',
  "{name}様\n\nご注文ありがとうございました。次回のお買い物で使える15%OFFクーポンコード「AIYA15」をお送りします。冬の新柄も入荷しております。\n\n手ぬぐい藍屋")
m('line-id', 'reject', 'contact', 'r', 'gmail', 'shift_jis',
  '', "{name}様\n\nサイズのご相談は、LINE公式アカウント（ID：@hinoki-mokko）からお気軽にどうぞ。写真も送っていただけます。\n\n木工房ひのき",
  q="棚の奥行きを変えることはできますか。")
m('emoji-ocha', 'reject', 'style', 'r', 'gmail', 'utf-8',
  '', "{name}様\n\nはい、食洗機もお使いいただけます\U0001f375\u2728\nただし電子レンジはお避けください\U0001f647\n\n茶器の松風堂",
  q="この湯呑みは食洗機に入れても大丈夫ですか。")
m('kyanseru-onegai', 'reject', 'ask', 'p', 'plain', 'iso-2022-jp',
  'ご注文 {oid} の在庫について',
  "{name}様\n\n誠に申し訳ございません。ご注文の藍染め手ぬぐいが在庫切れとなりました。\nお手数ですが、お客様のアカウントからキャンセル手続きをお願いいたします。\n\n手ぬぐい藍屋")
m('juyo-orei', 'reject', 'important,proactive', 'p', 'outlook', 'shift_jis',
  '[重要] ご購入ありがとうございました',
  "{name}様\n\nこのたびは木工房ひのきの商品をお買い上げいただき、誠にありがとうございました。\n今後ともよろしくお願い申し上げます。\n\n木工房ひのき")
m('catalog-zip', 'reject', 'attachment,promotion', 'p', 'tbird', 'utf-8',
  'お手入れ方法と新作カタログ',
  "{name}様\n\n手ぬぐいのお手入れ方法と、新作カタログを圧縮ファイルでお送りします。\n\n手ぬぐい藍屋",
  att=[ATT('zip', 'aiya_catalog_2027.zip', [('oteire.txt', 'Mizu arai'), ('catalog.jpg', 'JFIF')])])
m('instagram-douga', 'reject', 'links', 'r', 'tbtext', 'iso-2022-jp',
  '', "{name}様\n\n組み立ての様子を動画にまとめております。\nhttps://www.instagram.com/hinoki_mokkoubou/reels/\n\n木工房ひのき",
  q="組み立て方がよくわかりません。")

# ------------------------------------------------------------------------------ zh
L('zh')
m('ups-zhuizong', 'pass', '-', 'r', 'gmail', 'gb2312',
  '', "{name}您好，\n\n您订购的竹制收纳架已于周二通过UPS寄出，可在此查询物流：\nhttps://www.ups.com/track?tracknum=1Z999AA10123456784\n\n预计本周五送达。\n\n青竹家居",
  q="你好，我的收纳架什么时候发货？")
m('bigan-kezi', 'pass', '-', 'p', 'tbird', 'gbk',
  '订单 {oid}：请确认钢笔刻字内容',
  "{name}您好，\n\n您在下单时备注了笔杆刻字。我们目前的刻字内容为：「赠 陈老师 桃李芬芳」。\n请确认文字是否正确，确认后我们再开始雕刻。\n\n墨香文具")
m('fapiao-pdf', 'pass', '-', 'r', 'outlook', 'utf-8',
  '', "{name}您好，\n\n附件是订单 {oid} 的发票（PDF），抬头已按您的要求填写。\n\n山茶茶具",
  q="请问可以开发票吗？抬头写公司名称。",
  att=[ATT('pdf', 'invoice-{oid}.pdf'.replace('{oid}', 'SC2026-118'), 'Invoice SC2026-118')])
m('baohumo-shenhe', 'pass', '-', 'r', 'apple', 'gb2312',
  '', "{name}您好，\n\n台灯灯罩外面有一层透明保护膜，撕掉后光线就不会发雾了。\n如果仍然闪烁，请直接在亚马逊申请退货，我们收到后会尽快审核您的退货申请。\n\n青竹家居",
  q="台灯光线很模糊，还会闪，可以退吗？")
m('zhongyao-menpai', 'pass', '-', 'p', 'plain', 'gbk',
  '[重要] 订单 {oid} 收货地址缺少门牌号',
  "{name}您好，\n\n您订单中的收货地址只写到了街道，缺少门牌号和单元号，快递无法派送。\n请回复此邮件告知完整地址，我们收到后立即发货。\n\n墨香文具")
m('bukeqi-thread', 'pass', '-', 'r', 'gmail', 'utf-8',
  '', "不客气！祝您使用愉快。\n\n山茶茶具",
  q="茶壶收到了，包装很好，谢谢。")
m('haoping-fanxian', 'reject', 'review', 'p', 'gmail', 'utf-8',
  '关于您的订单 {oid}',
  "{name}您好，\n\n感谢您的购买。如果您在亚马逊留下五星好评并把截图发给我们，我们将返现10美元到您的账户。\n\n山茶茶具")
m('manjian-xinpin', 'reject', 'promotion', 'p', 'outlook', 'gb2312',
  '新品上市通知',
  "{name}您好，\n\n本店冬季新品竹制餐具已经上架，全场满50美元减10美元，欢迎再次选购。\n\n青竹家居")
m('weixin-hao', 'reject', 'contact', 'r', 'plain', 'gbk',
  '', "{name}您好，\n\n定制尺寸比较复杂，麻烦您加一下我们的微信：moxiang_2026，方便发图沟通。\n\n墨香文具",
  q="可以定做大一点的笔袋吗？")
m('gif-xiaolian', 'reject', 'style,attachment', 'r', 'apple', 'utf-8',
  '', "{name}您好，\n\n这款茶杯可以放进洗碗机，但不建议用微波炉加热。\n\n山茶茶具",
  q="茶杯能用洗碗机吗？",
  att=[ATT('gif-inline', 'xiaolian.gif')], hx='<div><img src="cid:xiaolian.gif@b4" width="48" height="48"></div>')
m('qing-ziji-quxiao', 'reject', 'ask', 'p', 'tbird', 'gb2312',
  '订单 {oid} 缺货通知',
  "{name}您好，\n\n非常抱歉，您购买的墨绿色笔记本已经断货。请您在亚马逊账户中自行取消订单，以便尽快退款。\n\n墨香文具")
m('zhongyao-yifachu', 'reject', 'important,proactive', 'p', 'outlook', 'gbk',
  '[重要] 您的包裹已发出',
  "{name}您好，\n\n您的订单 {oid} 已经发货，请留意查收。\n\n青竹家居")
m('guanwang-link', 'reject', 'links', 'p', 'gmail', 'utf-8',
  '毛笔保养小贴士',
  "{name}您好，\n\n新毛笔第一次使用前需要用温水泡开。更多保养方法请访问我们的官网：www.moxiang-wenju.com/care\n\n墨香文具")
m('zitie-js', 'reject', 'attachment', 'r', 'tbird', 'utf-8',
  '', "{name}您好，\n\n附件是我们做的字帖生成小工具，用浏览器打开即可打印练习纸。\n\n墨香文具",
  q="有没有配套的练字纸？",
  att=[ATT('js', 'zitie-generator.js', "var grid='tianzige';for(var i=0;i<20;i++){document.write(grid);}")])

# ------------------------------------------------------------------------------ zh-Hant
L('zh-Hant')
m('usps-zhuizong-hant', 'pass', '-', 'r', 'gmail', 'big5',
  '', "{name}您好，\n\n您訂購的檜木筷架已於昨天由USPS寄出，可以在這裡查詢：\nhttps://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206213950418857\n\n木匠小舖",
  q="請問我的筷架寄出了嗎？")
m('kezi-linjia', 'pass', '-', 'p', 'tbird', 'big5',
  '訂單 {oid}：請確認刻字內容',
  "{name}您好，\n\n您選購的實木名牌需要刻字，目前的內容是「林家 2027」。\n請確認字樣與數字寫法是否正確，我們收到回覆後才會開始雕刻。\n\n木匠小舖")
m('baogu-pdf', 'pass', '-', 'r', 'outlook', 'utf-8',
  '', "{name}您好，\n\n附件為電熱水壺的保固書，保固期為一年，自收貨日起算。\n\n茶香堂",
  q="保固書好像沒有放在盒子裡。",
  att=[ATT('pdf', 'warranty-kettle.pdf', 'Warranty 1 year - Cha Xiang Tang')])
m('shafa-peisong', 'pass', '-', 'p', 'plain', 'big5',
  '[Important] 大型家具配送時間確認 ({oid})',
  "{name}您好，\n\n您購買的實木長凳重約45公斤，將由貨運公司安排兩人配送。請問下週哪一天、上午或下午方便收貨？\n\n木匠小舖")
m('pinglun-neutral-hant', 'pass', '-', 'p', 'apple', 'utf-8',
  '您的訂單 {oid}',
  "{name}您好，\n\n歡迎您在Amazon留下商品評論，與其他顧客分享您的使用經驗。\n\n布藝工坊")
m('buyer-quote-line-hant', 'pass', '-', 'r', 'gmail', 'big5',
  '', "{name}您好，\n\n抱枕套可以用洗衣機冷水洗，請放入洗衣袋，不要烘乾。\n\n布藝工坊",
  q="抱枕套能機洗嗎？可以直接打給我 0912-345-678，或寫信到 lin.yating@gmail.com")
m('yixing-gai-wuxing', 'reject', 'review', 'r', 'outlook', 'big5',
  '', "{name}您好，\n\n新的茶壺已經補寄給您了。問題解決後，能否麻煩您將原本的一星評價改成五星呢？\n\n茶香堂",
  q="補寄的茶壺收到了。")
m('zhekou-ma', 'reject', 'promotion', 'p', 'apple', 'utf-8',
  '回饋老顧客',
  "{name}您好，\n\n下次購買時輸入折扣碼 TEA88，所有茶葉享九折優惠。\n\n茶香堂")
m('line-dianhua', 'reject', 'contact', 'r', 'plain', 'big5',
  '', "{name}您好，\n\n客製尺寸請加我們的LINE：@mujiang-shop，或來電 02-2345-6789。\n\n木匠小舖",
  q="可以做寬一點的書架嗎？")
m('biaoqing-fuhao', 'reject', 'style', 'r', 'gmail', 'utf-8',
  '', "{name}您好 \U0001f60d\n\n有的，桌巾有三種尺寸，都可以在商品頁選擇喔 \U0001f44d\n\n布藝工坊",
  q="桌巾有大一點的尺寸嗎？")
m('qing-quxiao-hant', 'reject', 'ask', 'p', 'tbird', 'big5',
  '訂單 {oid} 缺貨',
  "{name}您好，\n\n很抱歉，深藍色的桌巾已經沒有庫存。麻煩您在帳戶中自行申請取消訂單。\n\n布藝工坊")
m('zhongyao-ganxie', 'reject', 'important,proactive', 'p', 'outlook', 'utf-8',
  '[重要] 感謝您的購買',
  "{name}您好，\n\n感謝您選購茶香堂的茶具，祝您品茗愉快。\n\n茶香堂")
m('mulu-zip-hant', 'reject', 'attachment,promotion', 'p', 'tbird', 'utf-8',
  '新品型錄',
  "{name}您好，\n\n附件是我們2027年的新品型錄，歡迎參考。\n\n木匠小舖",
  att=[ATT('zip', 'catalog-2027.zip', [('catalog.jpg', 'JFIF'), ('price.txt', 'price list')])])
m('fb-fensi', 'reject', 'links', 'p', 'gmail', 'big5',
  '茶葉沖泡建議',
  "{name}您好，\n\n烏龍茶建議用95度熱水沖泡。更多沖泡影片請看我們的粉絲專頁：https://www.facebook.com/chaxiangtang.tw\n\n茶香堂")

# ------------------------------------------------------------------------------ ko
L('ko')
m('fedex-chuljeok', 'pass', '-', 'r', 'gmail', 'euc-kr',
  '', "{name} 고객님, 안녕하세요.\n\n주문하신 도자기 접시는 어제 FedEx로 발송되었습니다. 아래 링크에서 배송 상황을 확인하실 수 있습니다.\nhttps://www.fedex.com/fedextrack/?trknbr=771234567890\n\n소담도자기",
  q="접시가 언제 도착하나요?")
m('gagin-mungu', 'pass', '-', 'p', 'tbird', 'euc-kr',
  '주문 {oid} 각인 문구 확인 요청',
  "{name} 고객님, 안녕하세요.\n\n가죽 키링에 새길 문구를 확인 부탁드립니다. 현재 \"서연아 생일 축하해\"로 접수되어 있습니다.\n띄어쓰기와 맞춤법이 맞는지 회신해 주시면 작업을 시작하겠습니다.\n\n한결공방")
m('invoice-ks-c', 'pass', '-', 'r', 'outlook', 'ks_c_5601-1987',
  '', "{name} 고객님,\n\n요청하신 인보이스를 PDF로 첨부해 드립니다.\n\n푸른바늘 드림",
  q="회사 경비 처리를 위해 인보이스를 받을 수 있을까요?",
  att=[ATT('pdf', 'invoice-PB-2026-077.pdf', 'Invoice PB-2026-077')])
m('gamsahamnida-thread', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "네, 말씀 감사합니다! 즐거운 하루 되세요.\n\n소담도자기",
  q="그릇 잘 받았어요. 포장이 정말 꼼꼼하네요.")
m('baesongji-juso', 'pass', '-', 'p', 'plain', 'euc-kr',
  '[Important] 배송지 주소 확인 요청 ({oid})',
  "{name} 고객님, 안녕하세요.\n\n입력하신 배송지 주소에 동·호수가 빠져 있어 택배사에서 배송이 어렵다고 합니다.\n정확한 주소를 회신해 주시면 바로 발송하겠습니다.\n\n푸른바늘")
m('review-neutral-ko', 'pass', '-', 'p', 'gmail', 'utf-8',
  '주문 {oid} 관련 안내',
  "{name} 고객님, 안녕하세요.\n\nAmazon에 상품 리뷰를 남겨 다른 고객님들과 사용 경험을 공유해 주시면 감사하겠습니다.\n\n한결공방")
m('byeol5-muryobaesong', 'reject', 'review', 'p', 'gmail', 'utf-8',
  '키링은 마음에 드시나요?',
  "{name} 고객님,\n\n별 5개 리뷰를 남겨 주시면 다음 주문 때 배송비를 무료로 해 드립니다.\n\n한결공방")
m('sinsangpum-coupon', 'reject', 'promotion', 'p', 'outlook', 'euc-kr',
  '신상품 출시 기념 할인',
  "{name} 고객님,\n\n겨울 신상품 머그컵 출시를 기념하여 20% 할인 쿠폰 코드 SODAM20을 드립니다.\n\n소담도자기")
m('kakaotalk-id', 'reject', 'contact', 'r', 'plain', 'utf-8',
  '', "{name} 고객님,\n\n맞춤 자수는 카카오톡 오픈채팅 ID: purunbanul 로 문의 주시면 더 빠르게 상담 가능합니다.\n\n푸른바늘",
  q="이름 자수도 가능한가요?")
m('susin-geobu', 'reject', 'style', 'p', 'tbird', 'euc-kr',
  '주문 {oid} 배송 지연 안내',
  "{name} 고객님,\n\n가마 소성 일정이 늦어져 주문하신 찻잔이 3일 늦게 발송됩니다. 양해 부탁드립니다.\n\n소담도자기\n\n※ 앞으로 이런 메일 수신을 원하지 않으시면 '수신 거부'라고 회신해 주세요.")
m('chwiso-butak', 'reject', 'ask', 'r', 'apple', 'utf-8',
  '', "{name} 고객님,\n\n죄송하지만 남색 앞치마가 품절되었습니다. 번거로우시겠지만 고객님 계정에서 주문 취소를 해 주실 수 있을까요?\n\n푸른바늘",
  q="앞치마 언제 발송되나요?")
m('important-review-ko', 'reject', 'important', 'p', 'outlook', 'utf-8',
  '[Important] 상품 리뷰 부탁드립니다',
  "{name} 고객님,\n\n사용해 보신 경험을 Amazon 상품 리뷰로 공유해 주시면 감사하겠습니다.\n\n한결공방")
m('exe-dosa', 'reject', 'attachment', 'r', 'tbird', 'utf-8',
  '', "{name} 고객님,\n\n첨부한 프로그램을 실행하시면 자수 도안을 미리 보실 수 있습니다.\n\n푸른바늘",
  q="자수 글씨체를 미리 볼 수 있나요?",
  att=[ATT('exe', 'purun_preview.exe')])
m('blog-link-ko', 'reject', 'links', 'p', 'gmail', 'euc-kr',
  '가죽 관리 방법 안내',
  "{name} 고객님,\n\n가죽 제품 관리 방법은 저희 블로그에 자세히 정리해 두었습니다: https://blog.naver.com/hangyeol_leather\n\n한결공방")
m('baesong-wanryo', 'reject', 'proactive', 'p', 'plain', 'euc-kr',
  '배송 완료 안내',
  "{name} 고객님,\n\n주문하신 상품({oid})이 배송 완료되었습니다.\n\n소담도자기")

# ------------------------------------------------------------------------------ id
L('id')
m('singpost-lacak', 'pass', '-', 'r', 'gmail', 'us-ascii',
  '', "Halo {name},\n\nKain batik Anda sudah dikirim kemarin lewat SingPost. Silakan lacak di sini:\nhttps://www.singpost.com/track-items?trackingid=RR123456789SG\n\nSalam,\nBatik Sekar",
  q="Halo, apakah pesanan batik saya sudah dikirim?")
m('sulam-nama', 'pass', '-', 'p', 'tbird', 'iso-8859-1',
  'Pesanan {oid}: konfirmasi sulaman nama',
  "Halo {name},\n\nUntuk kemeja batik pesanan Anda, nama yang akan kami sulam di saku adalah \"Rini A.\". Apakah ejaannya sudah benar? Kami menunggu balasan Anda sebelum mulai menjahit.\n\nBatik Sekar")
m('faktur-pdf-id', 'pass', '-', 'p', 'outlook', 'utf-8',
  'Faktur untuk pesanan {oid}',
  "Yth. {name},\n\nSesuai permintaan Anda saat checkout, terlampir faktur pembelian atas nama perusahaan Anda.\n\nHormat kami,\nKopi Lereng",
  att=[ATT('pdf', 'Faktur_KL-2026-0091.pdf', 'Faktur KL-2026-0091 Kopi Lereng')])
m('kursi-rotan-jadwal', 'pass', '-', 'p', 'plain', 'us-ascii',
  'Jadwal pengiriman kursi rotan (pesanan {oid})',
  "Halo {name},\n\nSet kursi rotan Anda cukup besar (3 kotak, total 42 kg) dan akan diantar oleh kurir barang besar. Hari apa minggu depan yang cocok untuk Anda, pagi atau sore?\n\nToko Rotan Jaya")
m('sama-sama', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Sama-sama, {name}! Selamat menikmati kopinya.\n\nKopi Lereng",
  q="Kopinya sudah sampai, wangi sekali. Terima kasih!")
m('kutipan-wa-pembeli', 'pass', '-', 'r', 'gmail', 'iso-8859-1',
  '', "Halo {name},\n\nMaaf, kami hanya bisa membalas lewat pesan Amazon. Ukuran kursi: tinggi 85 cm, lebar 60 cm, tinggi dudukan 42 cm.\n\nToko Rotan Jaya",
  q="Berapa ukuran kursinya? WA saya saja di 0813-2222-4455.")
m('bintang5-hubungi-dulu', 'reject', 'review', 'p', 'outlook', 'us-ascii',
  'Bagaimana kopi Anda?',
  "Halo {name},\n\nJika Anda puas, mohon beri kami ulasan bintang 5 di Amazon. Jika ada masalah, hubungi kami dulu sebelum menulis ulasan.\n\nKopi Lereng")
m('voucher-berikutnya', 'reject', 'promotion', 'p', 'apple', 'utf-8',
  'Hadiah kecil untuk Anda',
  "Halo {name},\n\nGunakan kode SEKAR10 untuk diskon 10% pada pembelian berikutnya di toko kami.\n\nBatik Sekar")
m('nomor-wa-penjual', 'reject', 'contact', 'r', 'plain', 'iso-8859-1',
  '', "Halo {name},\n\nUntuk ukuran khusus, silakan chat WhatsApp kami di 0812-3456-7890.\n\nToko Rotan Jaya",
  q="Bisa pesan meja rotan ukuran 120 cm?")
m('emoji-kopi', 'reject', 'style', 'r', 'gmail', 'utf-8',
  '', "Halo {name} \u2615\n\nBiji kopi ini paling enak diseduh dengan V60, suhu air 92 derajat \U0001f44c\n\nKopi Lereng",
  q="Kopi ini cocok diseduh pakai apa?")
m('mohon-batalkan', 'reject', 'ask', 'p', 'tbird', 'us-ascii',
  'Tentang pesanan {oid}',
  "Halo {name},\n\nMohon maaf, stok keranjang rotan ukuran besar habis. Mohon batalkan pesanan melalui akun Amazon Anda.\n\nToko Rotan Jaya")
m('important-terima-kasih', 'reject', 'important,proactive', 'p', 'outlook', 'iso-8859-1',
  '[Important] Terima kasih atas pesanan Anda',
  "Halo {name},\n\nTerima kasih sudah berbelanja di Batik Sekar. Semoga Anda suka dengan kainnya.\n\nBatik Sekar")
m('apk-resep', 'reject', 'attachment', 'r', 'tbird', 'utf-8',
  '', "Halo {name},\n\nKami lampirkan aplikasi resep seduh kopi kami. Pasang di HP Android Anda.\n\nKopi Lereng",
  q="Ada panduan cara seduh?",
  att=[ATT('apk', 'ResepKopiLereng.apk')])
m('tokopedia-link', 'reject', 'links,promotion', 'p', 'gmail', 'utf-8',
  'Koleksi lengkap kami',
  "Halo {name},\n\nKoleksi batik kami yang lebih lengkap ada di Tokopedia: https://www.tokopedia.com/batiksekar\n\nBatik Sekar")

# ------------------------------------------------------------------------------ ar
L('ar')
m('aramex-tatabbu', 'pass', '-', 'r', 'gmail', 'windows-1256',
  '', "مرحباً {name}،\n\nتم شحن علبة التمر أمس عبر أرامكس، ويمكنك تتبع الشحنة من هنا:\nhttps://www.aramex.com/sa/ar/track/results?ShipmentNumber=44123456789\n\nمع التحية،\nمتجر النخلة",
  q="السلام عليكم، متى تصل طلبيتي؟")
m('naqsh-ism', 'pass', '-', 'p', 'tbird', 'windows-1256',
  'الطلب {oid}: تأكيد النقش على المبخرة',
  "مرحباً {name}،\n\nقبل أن نبدأ النقش على المبخرة، نرجو تأكيد النص: \"بيت أبو خالد\". هل الكتابة صحيحة؟\n\nلن نبدأ العمل إلا بعد ردك.\n\nبيت العود")
m('fatura-dariba', 'pass', '-', 'p', 'outlook', 'utf-8',
  'الفاتورة الضريبية للطلب {oid}',
  "السيد/السيدة {name}،\n\nمرفق الفاتورة الضريبية لطلبك كما طلبت عند الشراء.\n\nمع خالص التحية،\nدار الفخار",
  att=[ATT('pdf', 'Tax_Invoice_DF-2026-311.pdf', 'Tax Invoice DF-2026-311')])
m('unwan-naqis', 'pass', '-', 'p', 'plain', 'windows-1256',
  '[Important] عنوان الشحن غير مكتمل للطلب {oid}',
  "مرحباً {name}،\n\nعنوان الشحن في طلبك ينقصه رقم المبنى، ولا تستطيع شركة الشحن التسليم بدونه.\n\nنرجو إرسال العنوان الكامل في رد على هذه الرسالة.\n\nمتجر النخلة")
m('al-afw-thread', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "العفو يا {name}، نتمنى لك تجربة ممتعة.\n\nبيت العود",
  q="وصل العطر، شكراً جزيلاً.")
m('taqyim-muhayid', 'pass', '-', 'p', 'gmail', 'windows-1256',
  'طلبك {oid}',
  "مرحباً {name}،\n\nيسعدنا أن تشارك تجربتك مع العملاء الآخرين بكتابة مراجعة للمنتج على أمازون.\n\nدار الفخار")
m('khams-nujum-shahn', 'reject', 'review', 'p', 'gmail', 'utf-8',
  'هل أعجبك التمر؟',
  "مرحباً {name}،\n\nإذا تركت لنا تقييماً بخمس نجوم على أمازون، سنعيد لك قيمة الشحن كاملة.\n\nمتجر النخلة")
m('kod-khasm', 'reject', 'promotion', 'p', 'outlook', 'windows-1256',
  'هدية لعملائنا',
  "مرحباً {name}،\n\nاستخدم الكود OUD15 للحصول على خصم 15% على طلبك القادم من تشكيلة العود الجديدة.\n\nبيت العود")
m('raqam-hindi-whatsapp', 'reject', 'contact', 'r', 'plain', 'utf-8',
  '', "مرحباً {name}،\n\nللطلبات الخاصة تواصل معنا على واتساب: ٠٥٥٤٣٢١٨٧٦\n\nدار الفخار",
  q="هل يمكن عمل الإبريق بلون أزرق؟")
m('emoji-nakhla', 'reject', 'style', 'r', 'apple', 'utf-8',
  '', "مرحباً {name} \U0001f334\n\nنعم، التمر طازج من موسم هذا العام \U0001f60b\n\nمتجر النخلة",
  q="هل التمر من محصول هذه السنة؟")
m('ilgha-min-taraf', 'reject', 'ask', 'p', 'tbird', 'windows-1256',
  'بخصوص طلبك {oid}',
  "مرحباً {name}،\n\nنعتذر، نفدت كمية دهن العود من المخزون. نرجو منك إلغاء الطلب من حسابك في أمازون.\n\nبيت العود")
m('important-taqyim', 'reject', 'important', 'p', 'outlook', 'utf-8',
  '[Important] شاركنا رأيك',
  "مرحباً {name}،\n\nنرجو أن تشارك تجربتك بكتابة مراجعة للمنتج على أمازون.\n\nدار الفخار")
m('zip-exe-ar', 'reject', 'attachment', 'r', 'tbird', 'utf-8',
  '', "مرحباً {name}،\n\nأرفقنا برنامجاً صغيراً يعرض لك ألوان الفخار المتوفرة.\n\nدار الفخار",
  q="ما الألوان المتوفرة للصحون؟",
  att=[ATT('zip', 'alwan.zip', [('alwan.exe', 'MZ'), ('readme.txt', 'run alwan.exe')])])
m('snapchat-link', 'reject', 'links', 'p', 'gmail', 'utf-8',
  'نصائح لحفظ التمر',
  "مرحباً {name}،\n\nاحفظ التمر في الثلاجة ليبقى طرياً. تابعنا على سناب شات لمزيد من النصائح: https://www.snapchat.com/add/nakhla.store\n\nمتجر النخلة")
m('tam-al-shahn', 'reject', 'proactive', 'p', 'plain', 'windows-1256',
  'تم شحن طلبك',
  "مرحباً {name}،\n\nنود إعلامك بأن طلبك {oid} تم شحنه اليوم.\n\nبيت العود")

# ------------------------------------------------------------------------------ en (more traps and disguises)
L('en')
m('five-star-hotel-linen', 'pass', '-', 'r', 'outlook', 'iso-8859-1',
  '', "Hi {name},\n\nThe sheets are a 400-thread-count sateen, the same weave many five-star hotels use. They soften after three or four washes; wash at 40 degrees and skip the fabric softener for the first few cycles.\n\nKind regards,\nFernhollow Linen",
  q="The sheets feel a bit stiff. Is that normal?")
m('self-cancel-amount-adjusted', 'pass', '-', 'p', 'plain', 'us-ascii',
  'Problem with your order {oid}',
  "Dear {name},\n\nWe are sorry: the 1:35 scale tank kit you ordered was damaged in our warehouse and we have no other copy. We have cancelled order {oid} ourselves and the full amount of $42.99 has been refunded to your payment method; you do not need to do anything.\n\nHexnut Hobby Supply")
m('thanks-plus-real-info', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Thank you for letting us know, {name}. We've sent a replacement tin of the smoked lapsang with UPS; it should arrive by Friday. Tracking: https://www.ups.com/track?tracknum=1Z999AA10123456784\n\nBrambleford Tea Co",
  q="The tea tin arrived dented and the lid won't close.")
m('apartment-number-important', 'pass', '-', 'p', 'gmail', 'utf-8',
  'Missing apartment number on order {oid} [important]',
  "Hi {name},\n\nThe shipping address on order {oid} has the street and postcode (MK14 6ER) but no flat or apartment number, and the courier has flagged it. Could you reply with the full address so the parcel is not returned to us?\n\nTidewell Outdoor")
m('review-second-reminder', 'reject', 'review', 'p', 'tbird', 'utf-8',
  'Last reminder: your review of order {oid}',
  "Hi {name},\n\nWe wrote last week asking about your new bar tape. This is our final reminder: if you could leave a product review on Amazon, we would really appreciate it.\n\nQuillon Bike Parts")
m('bracket-dot-url', 'reject', 'links', 'r', 'plain', 'us-ascii',
  '', "Hi {name},\n\nThe tent footprint for that model is on our own site because Amazon won't let us list it: tidewell-outdoor[.]co[.]uk/footprints\n\nTidewell Outdoor",
  q="Do you sell a footprint for the 2-person tent?")
m('zero-width-email', 'reject', 'contact', 'r', 'gmail', 'utf-8',
  '', "Hi {name},\n\nFor wholesale orders of the glaze test tiles please write to studio@larkspur\u200bkiln.co.uk and Hannah will quote you.\n\nLarkspur Kiln Works",
  q="Do you do bulk orders for a school pottery club?")
m('here-to-help-only', 'reject', 'proactive', 'p', 'outlook', 'windows-1252',
  'Checking in on order {oid}',
  "Dear {name},\n\nJust checking in. We hope everything with your order is as expected. We\u2019re here to help if you have any questions at all.\n\nBest wishes,\nMarrowbone Yarns")
m('banner-link-signature', 'reject', 'links,promotion', 'r', 'outlook', 'utf-8',
  '', "Hi {name},\n\nYes, the camping stove takes the standard screw-thread gas cartridges (EN417).\n\nTidewell Outdoor",
  q="Which gas canisters fit the stove?",
  hx='<p class="MsoNormal"><a href="https://www.tidewelloutdoor.co.uk/?utm_source=amazon"><img border="0" width="400" height="60" src="https://www.tidewelloutdoor.co.uk/img/banner-winter.png" alt="Tidewell Outdoor - winter sale"></a></p>\n')
m('tell-us-before-stars', 'reject', 'review', 'r', 'gmail', 'us-ascii',
  '', "Hi {name},\n\nGlad the replacement derailleur hanger fits. One small request: if anything else goes wrong, message us before you rate us, so we can fix it first. If you are happy, the stars are always appreciated.\n\nQuillon Bike Parts",
  q="The new hanger fits. Thanks.")
m('coupon-wording-gift-receipt', 'pass', '-', 'r', 'tbtext', 'us-ascii',
  '', "Hi {name},\n\nAmazon does not let sellers print a gift receipt, but the gift options you chose at checkout mean no prices are shown on the packing slip. The free gift wrap is applied too.\n\nBrambleford Tea Co",
  q="Can you include a gift receipt? It's a present.")


# ------------------------------------------------------------------------------ extra pass traps (one per language)
L('en')
m('declines-review-deal', 'pass', '-', 'r', 'gmail', 'iso-8859-15',
  '', "Hi {name},\n\nWe're not able to offer anything in exchange for a review, but you don't need one to get this fixed: the cracked lid is covered by the return policy, and we have sent a new lid free of charge today.\n\nLarkspur Kiln Works",
  q="If you send me a free replacement I'll leave you 5 stars :) The lid cracked.")
L('de')
m('gutschein-erstattung', 'pass', '-', 'r', 'outlook', 'iso-8859-1',
  '', "Hallo {name},\n\nSie hatten mit einem Amazon-Geschenkgutschein bezahlt. Die Erstattung für die zurückgeschickte Leuchte geht deshalb automatisch auf Ihr Gutscheinguthaben zurück, nicht auf das Konto. Das kann bis zu zwei Tage dauern.\n\nKellerlicht Leuchten",
  q="Wo bleibt meine Erstattung? Auf meinem Konto ist nichts angekommen.")
L('fr')
m('chronopost-adresse-retour', 'pass', '-', 'p', 'apple', 'iso-8859-15',
  'Votre colis {oid} nous est revenu : adresse à compléter',
  "Bonjour {name},\n\nChronopost nous a retourné votre colis avec la mention « destinataire inconnu à l'adresse ». Le suivi est ici :\nhttps://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR\n\nPourriez-vous nous confirmer l'adresse complète (bâtiment, étage, nom sur la boîte aux lettres) ? Nous renverrons le colis à nos frais.\n\nPapeterie Lune")
L('es')
m('servicio-tecnico-fabricante', 'pass', '-', 'r', 'tbird', 'windows-1252',
  '', "Hola {name}:\n\nLa garantía del cambio Shimano la gestiona el propio fabricante. Puede llamar al servicio técnico oficial de Shimano en España, 900 81 28 04, con el número de pedido {oid} a mano.\n\nSi le piden que lo devuelva a la tienda, avísenos por aquí y le enviamos la etiqueta.\n\nPedales del Norte",
  q="El cambio trasero hace ruido desde el primer día, ¿cómo funciona la garantía?")
L('it')
m('citazione-emoji-instagram', 'pass', '-', 'r', 'apple', 'utf-8',
  '', "Buongiorno {name},\n\nil colore che vede nella foto è lo stesso: il vetro di Murano cambia molto con la luce naturale. Se preferisce comunque restituirlo, può farlo entro 30 giorni dal suo account Amazon.\n\nBottega Lagunare",
  q="Il vaso sembra più scuro che nelle foto \U0001f615 guardate qui instagram.com/p/Cx81kLmNq2 è lo stesso?")
L('nl')
m('fietsbel-gravure-important', 'pass', '-', 'p', 'outlook', 'iso-8859-1',
  '[Important] Tekst voor de gravure op uw fietsbel ({oid})',
  "Beste {name},\n\nU heeft een fietsbel met gravure besteld, maar het tekstveld is leeg gebleven. Welke naam of tekst (maximaal 12 tekens) mogen we graveren?\n\nFietsenmakerij Zwaluw")
L('pl')
m('link-szczegoly-zamowienia', 'pass', '-', 'r', 'gmail', 'windows-1250',
  '', "Dzień dobry {name},\n\nzwrot 59,00 zł został zlecony wczoraj. Status zwrotu widać w szczegółach zamówienia na Amazon:\nhttps://www.amazon.pl/gp/your-account/order-details?orderID={oid}\n\nSklep Wiklina",
  q="Odesłałam kosz tydzień temu. Kiedy dostanę zwrot?")
L('sv')
m('tack-sjalv', 'pass', '-', 'r', 'tbtext', 'iso-8859-1',
  '', "Tack själv, {name}! Kul att bordet kom fram helt.\n\nSnickeri Ek",
  q="Bordet är på plats och det är jättefint. Tack!")
L('tr')
m('kismi-iade', 'pass', '-', 'r', 'outlook', 'iso-8859-9',
  '', "Merhaba {name},\n\nKupadaki küçük sır hatası için özür dileriz. Ürünü elinizde tutmak istediğinizi belirttiğiniz için siparişinize 120 TL kısmi iade yaptık; birkaç gün içinde hesabınıza yansıyacaktır.\n\nSeramik Atölyesi",
  q="Kupalardan birinin sırında leke var. İade etmek istemiyorum ama bir çözüm var mı?")
L('pt')
m('sim-foi-enviado', 'pass', '-', 'r', 'plain', 'windows-1252',
  '', "Oi {name}, sim! Seu cinto foi enviado hoje cedo pela transportadora, código de rastreio OC482915736BR no site dos Correios. Deve chegar até quinta.\n\nOficina do Couro",
  q="Vocês já enviaram meu cinto?")
L('ja')
m('kagu-haitatsu-juyo', 'pass', '-', 'p', 'outlook', 'iso-2022-jp',
  '[重要] 大型商品のお届け日時について（注文番号 {oid}）',
  "{name}様\n\nご注文のひのき一枚板テーブルは重量が約55kgあるため、家財便（二人配送）でのお届けとなります。\nお届けのご希望日と時間帯（午前・午後）をお知らせいただけますでしょうか。\n\n木工房ひのき")
L('zh')
m('bufen-tuikuan', 'pass', '-', 'r', 'tbird', 'gbk',
  '', "{name}您好，\n\n很抱歉茶盘边角有磕碰。既然您愿意保留商品，我们已为您办理5美元的部分退款，三到五个工作日内会退回原支付方式。\n\n山茶茶具",
  q="茶盘有一个角磕坏了，不想退货，能补偿一点吗？")
L('zh-Hant')
m('yi-quxiao-hant', 'pass', '-', 'r', 'apple', 'big5',
  '', "{name}您好，\n\n已依照您的要求取消訂單 {oid}，款項不會扣款。\n\n布藝工坊",
  q="不好意思，我下錯顏色了，可以取消訂單嗎？")
L('ko')
m('jejosa-as-center', 'pass', '-', 'r', 'outlook', 'euc-kr',
  '', "{name} 고객님,\n\n전기 주전자의 무상 보증은 제조사에서 처리합니다. 제조사 A/S 센터(1588-3366)로 연락하시면 주문번호 {oid}로 접수하실 수 있습니다.\n\n소담도자기",
  q="주전자 전원이 들어오지 않아요. 보증 수리가 되나요?")
L('id')
m('ulasan-netral-id', 'pass', '-', 'p', 'apple', 'iso-8859-1',
  'Pesanan Anda {oid}',
  "Halo {name},\n\nJika berkenan, bagikan pengalaman Anda dengan pelanggan lain dengan menulis ulasan produk di Amazon.\n\nToko Rotan Jaya")
L('ar')
m('markaz-irjaa-amazon', 'pass', '-', 'r', 'outlook', 'windows-1256',
  '', "مرحباً {name}،\n\nيمكنك إرجاع الإبريق بسهولة من مركز الإرجاع في أمازون، وسيظهر لك ملصق الشحن مجاناً:\nhttps://www.amazon.sa/gp/css/returns/homepage.html\n\nدار الفخار",
  q="الإبريق أصغر مما توقعت، كيف أرجعه؟")


if __name__ == '__main__':
    main()
