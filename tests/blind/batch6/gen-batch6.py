#!/usr/bin/env python3
"""Blind batch 2026-11-30f for aliasgate.  Python 3 stdlib only, deterministic.

Every message is one m(...) call below; its verdict and categories are written by hand on that
call.  Labels come from /work/shared/notes/POLICY-FACTS.md only.
Usage: python3 gen-batch6.py [outdir]   (default ../2026-11-30f next to this folder)
"""
import base64, datetime, hashlib, html, io, os, random, re, struct, sys, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '2026-11-30f')

PYCODEC = {'ks_c_5601-1987': 'euc_kr', 'euc-kr': 'euc_kr', 'gb2312': 'gb2312', 'gbk': 'gbk',
           'big5': 'big5', 'shift_jis': 'shift_jis', 'iso-2022-jp': 'iso2022_jp',
           'windows-1250': 'cp1250', 'windows-1252': 'cp1252', 'windows-1254': 'cp1254',
           'windows-1256': 'cp1256', 'us-ascii': 'ascii', 'utf-8': 'utf-8',
           'iso-8859-1': 'latin_1', 'iso-8859-2': 'iso8859_2', 'iso-8859-9': 'iso8859_9',
           'iso-8859-15': 'iso8859_15'}
LATIN = {'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250',
         'windows-1252', 'windows-1254'}

def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

# ---------------------------------------------------------------- per-language tables
WD = {
 'en': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
 'de': ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
 'fr': ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
 'es': ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
 'it': ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
 'nl': ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
 'pl': ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'],
 'sv': ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
 'tr': ['Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt', 'Paz'],
 'pt': ['seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.', 'dom.'],
 'ja': ['月', '火', '水', '木', '金', '土', '日'],
 'zh': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
 'zh-Hant': ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
 'ko': ['월', '화', '수', '목', '금', '토', '일'],
 'id': ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'],
 'ar': ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
}
MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def ldate(lang, d):
    w = WD[lang][d.weekday()]
    hm = d.strftime('%H:%M')
    h12 = d.hour % 12 or 12
    if lang == 'en':
        return '%s, Nov %d, 2026 at %d:%02d %s' % (w, d.day, h12, d.minute, 'PM' if d.hour >= 12 else 'AM')
    return {
        'de': '%s, %d. Nov. 2026 um %s' % (w, d.day, hm),
        'fr': '%s %d nov. 2026 à %s' % (w, d.day, hm),
        'es': '%s, %d nov 2026 a las %s' % (w, d.day, hm),
        'it': '%s %d nov 2026 alle ore %s' % (w, d.day, hm),
        'nl': '%s %d nov 2026 om %s' % (w, d.day, hm),
        'pl': '%s %d lis 2026 o %s' % (w, d.day, hm),
        'sv': '%s %d nov. 2026 kl. %s' % (w, d.day, hm),
        'tr': '%d Kas 2026 %s %s' % (d.day, w, hm),
        'pt': '%s, %d de nov. de 2026 às %s' % (w, d.day, hm),
        'ja': '2026年11月%d日(%s) %s' % (d.day, w, hm),
        'zh': '2026年11月%d日%s %s' % (d.day, w, hm),
        'zh-Hant': '2026年11月%d日 %s %s%d:%02d' % (d.day, w, '下午' if d.hour >= 12 else '上午', h12, d.minute),
        'ko': '2026년 11월 %d일 (%s) %s %d:%02d' % (d.day, w, '오후' if d.hour >= 12 else '오전', h12, d.minute),
        'id': '%s, %d Nov 2026 pukul %s' % (w, d.day, d.strftime('%H.%M')),
        'ar': '%s، %d نوفمبر 2026 في %d:%02d %s' % (w, d.day, h12, d.minute, 'م' if d.hour >= 12 else 'ص'),
    }[lang]

ATTR = {  # Gmail / Apple Mail / Thunderbird attribution; {d} date, {n} name, {a} alias
 'en': 'On {d}, {n} <{a}> wrote:',
 'de': 'Am {d} schrieb {n} <{a}>:',
 'fr': 'Le {d}, {n} <{a}> a écrit :',
 'es': 'El {d}, {n} (<{a}>) escribió:',
 'it': 'Il giorno {d} {n} <{a}> ha scritto:',
 'nl': 'Op {d} schreef {n} <{a}>:',
 'pl': '{d} {n} <{a}> napisał(a):',
 'sv': 'Den {d} skrev {n} <{a}>:',
 'tr': '{n} <{a}>, {d} tarihinde şunu yazdı:',
 'pt': 'Em {d}, {n} <{a}> escreveu:',
 'ja': '{d} {n} <{a}>:',
 'zh': '{n} <{a}> 于{d}写道：',
 'zh-Hant': '{n} <{a}> 於 {d} 寫道：',
 'ko': '{d}, {n} <{a}>님이 작성:',
 'id': 'Pada {d} {n} <{a}> menulis:',
 'ar': 'في {d}، كتب {n} <{a}>:',
}
OLBL = {  # Outlook header block labels: From, Sent, To, Subject
 'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
 'fr': ('De', 'Envoyé', 'À', 'Objet'), 'es': ('De', 'Enviado el', 'Para', 'Asunto'),
 'it': ('Da', 'Inviato', 'A', 'Oggetto'), 'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'),
 'pl': ('Od', 'Wysłano', 'Do', 'Temat'), 'sv': ('Från', 'Skickat', 'Till', 'Ämne'),
 'tr': ('Kimden', 'Gönderildi', 'Kime', 'Konu'), 'pt': ('De', 'Enviado', 'Para', 'Assunto'),
 'ja': ('差出人', '送信日時', '宛先', '件名'), 'zh': ('发件人', '发送时间', '收件人', '主题'),
 'zh-Hant': ('寄件者', '寄件日期', '收件者', '主旨'), 'ko': ('보낸 사람', '보낸 날짜', '받는 사람', '제목'),
 'id': ('Dari', 'Dikirim', 'Kepada', 'Subjek'), 'ar': ('من', 'تم الإرسال', 'إلى', 'الموضوع'),
}
OPREFIX = {'en': 'RE:', 'de': 'AW:', 'fr': 'RE :', 'es': 'RE:', 'it': 'R:', 'nl': 'RE:', 'pl': 'Odp:',
           'sv': 'SV:', 'tr': 'YNT:', 'pt': 'RES:', 'ja': 'RE:', 'zh': '回复:', 'zh-Hant': '回覆:',
           'ko': '회신:', 'id': 'Balas:', 'ar': 'رد:'}
OSEP = {'de': '-----Ursprüngliche Nachricht-----', 'fr': '-----Message d\'origine-----',
        'es': '-----Mensaje original-----', 'it': '-----Messaggio originale-----',
        'nl': '-----Oorspronkelijk bericht-----', 'pl': '-----Wiadomość oryginalna-----',
        'sv': '-----Ursprungligt meddelande-----', 'tr': '-----Özgün İleti-----',
        'pt': '-----Mensagem original-----', 'en': '-----Original Message-----'}
WRAP = {  # Amazon's wrapper around the buyer's text
 'en': ('------------- Message: -------------', '------------- End message -------------'),
 'es': ('------------- Mensaje: -------------', '------------- Finalizar mensaje -------------'),
 'pt': ('------------- Mensagem: -------------', '------------- Encerrar mensagem -------------'),
 'de': ('------------- Nachricht: -------------', '------------- Ende der Nachricht -------------'),
 'fr': ('------------- Message : -------------', '------------- Fin du message -------------'),
 'it': ('------------- Messaggio: -------------', '------------- Fine messaggio -------------'),
}
OSUBJ = {
 'en': 'Order delivery inquiry from Amazon customer {n} (Order: {o})',
 'de': 'Anfrage zur Lieferung von Amazon-Kunde {n} (Bestellung: {o})',
 'fr': 'Demande de renseignements du client Amazon {n} (Commande : {o})',
 'es': 'Consulta sobre la entrega del cliente de Amazon {n} (Pedido: {o})',
 'it': 'Richiesta del cliente Amazon {n} (Ordine: {o})',
 'nl': 'Vraag van Amazon-klant {n} (Bestelling: {o})',
 'pl': 'Zapytanie od klienta Amazon {n} (Zamówienie: {o})',
 'sv': 'Fråga från Amazon-kunden {n} (Beställning: {o})',
 'tr': 'Amazon müşterisi {n} sorusu (Sipariş: {o})',
 'pt': 'Pergunta do cliente da Amazon {n} (Pedido: {o})',
 'ja': 'Amazonのお客様 {n} 様からのお問い合わせ (注文番号: {o})',
 'zh': 'Inquiry from Amazon customer {n} (Order: {o})',
 'zh-Hant': 'Amazon 顧客 {n} 的詢問 (訂單: {o})',
 'ko': 'Inquiry from Amazon customer {n} (Order: {o})',
 'id': 'Inquiry from Amazon customer {n} (Order: {o})',
 'ar': 'استفسار من عميل أمازون {n} (الطلب: {o})',
}
TLD = {'en': 'com', 'de': 'de', 'fr': 'fr', 'es': 'es', 'it': 'it', 'nl': 'nl', 'pl': 'pl', 'sv': 'se',
       'tr': 'com.tr', 'pt': 'com.br', 'ja': 'co.jp', 'zh': 'com', 'zh-Hant': 'com', 'ko': 'com',
       'id': 'sg', 'ar': 'sa'}
OPFX = {'com': '11', 'co.uk': '20', 'de': '30', 'fr': '40', 'es': '40', 'it': '40', 'nl': '40',
        'pl': '40', 'se': '40', 'com.tr': '40', 'com.br': '70', 'co.jp': '25', 'sg': '50', 'sa': '40',
        'ae': '40', 'eg': '40', 'ca': '70', 'com.mx': '70', 'com.au': '25', 'in': '40', 'com.be': '40'}

# ---------------------------------------------------------------- attachments (real bytes)
def pdf(title):
    t = title.encode('latin-1', 'replace').replace(b'(', b'[').replace(b')', b']')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>', None,
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    stream = b'BT /F1 14 Tf 60 780 Td (' + t + b') Tj ET'
    objs[3] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

def gif():
    hdr = b'GIF89a' + struct.pack('<HHBBB', 2, 2, 0x80, 0, 0) + b'\xff\xcc\x00\x00\x66\xcc'
    loop = b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    frame = lambda c: (b'\x21\xf9\x04\x00\x32\x00\x00\x00' + b'\x2c' + struct.pack('<HHHHB', 0, 0, 2, 2, 0)
                       + b'\x02\x02' + (b'\x44\x01' if c == 0 else b'\x84\x51') + b'\x00')
    return hdr + loop + frame(0) + frame(1) + b'\x3b'

def png():
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + bytes([200, 40 + y * 8, 90]) * 16 for y in range(16))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 16, 16, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def exe():
    b = bytearray(512)
    b[0:2] = b'MZ'
    b[0x3c:0x40] = struct.pack('<I', 0x80)
    b[0x40:0x40 + 38] = b'This program cannot be run in DOS mode'
    b[0x80:0x84] = b'PE\x00\x00'
    b[0x84:0x86] = struct.pack('<H', 0x14c)
    return bytes(b)

def zipf(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 10, 0, 0))
            z.writestr(zi, data)
    return bio.getvalue()

def att(kind, name, arg=''):
    """(filename, content-type, bytes)"""
    if kind == 'pdf':
        return (name, 'application/pdf', pdf(arg or name))
    if kind == 'gif':
        return (name, 'image/gif', gif())
    if kind == 'png':
        return (name, 'image/png', png())
    if kind == 'exe':
        return (name, 'application/x-msdownload', exe())
    if kind == 'zip':
        return (name, 'application/zip', zipf([('catalogue/page1.png', png()), ('catalogue/prices.csv', b'sku;price\r\nA1;19.90\r\n')]))
    if kind == 'js':
        return (name, 'application/javascript', b'document.location="https://example.invalid/";\r\n')
    if kind == 'vcf':
        return (name, 'text/vcard', crlf(arg).encode('utf-8'))
    if kind == 'jpg':
        return (name, 'image/jpeg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(range(64)) + b'\xff\xd9')
    if kind == 'txt':
        return (name, 'text/plain', arg.encode('utf-8'))
    raise ValueError(kind)

# ---------------------------------------------------------------- MIME helpers
def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')

def qp(data):
    out = []
    for line in data.split(b'\r\n'):
        enc, cur = [], ''
        for i, c in enumerate(line):
            last = i == len(line) - 1
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and not last):
                tok = chr(c)
            else:
                tok = '=%02X' % c
            if len(cur) + len(tok) > 75:
                enc.append(cur + '=')
                cur = ''
            cur += tok
        enc.append(cur)
        out.append('\r\n'.join(enc))
    return '\r\n'.join(out).encode('ascii')

def b64(data):
    s = base64.b64encode(data).decode()
    return '\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76)).encode() + b'\r\n'

def encword(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    codec = PYCODEC[cs]
    q = cs in LATIN
    words, cur = [], ''
    def enc(t):
        b = t.encode(codec)
        if q:
            body = ''.join(chr(x) if (chr(x).isalnum() and x < 128) else ('_' if x == 32 else '=%02X' % x) for x in b)
            return '=?%s?Q?%s?=' % (cs.upper() if cs != 'utf-8' else 'UTF-8', body)
        return '=?%s?B?%s?=' % (cs.upper() if cs != 'utf-8' else 'UTF-8', base64.b64encode(b).decode())
    for ch in s:
        if cur and len(enc(cur + ch)) > 74:
            words.append(enc(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(enc(cur))
    return '\r\n '.join(words)

def leaf(ctype, text, cs, cte, extra=''):
    data = crlf(text).encode(PYCODEC[cs])
    if cs in ('us-ascii', 'iso-2022-jp'):
        cte = '7bit'
    body = {'quoted-printable': qp, 'base64': b64}.get(cte, lambda d: d)(data)
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    h = 'Content-Type: %s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n' % (ctype, cs, extra, cte)
    return h.encode('ascii') + body

def attpart(fn, ct, data, disp='attachment', cid=None):
    if all(ord(c) < 128 for c in fn):
        fp = 'name="%s"' % fn
        dp = 'filename="%s"' % fn
    else:
        from urllib.parse import quote
        fp = 'name="%s"' % encword(fn, 'utf-8')
        dp = "filename*=UTF-8''%s" % quote(fn)
    h = 'Content-Type: %s; %s\r\nContent-Disposition: %s; %s\r\nContent-Transfer-Encoding: base64\r\n' % (ct, fp, disp, dp)
    if cid:
        h += 'Content-ID: <%s>\r\n' % cid
    return (h + '\r\n').encode() + b64(data)

def multipart(sub, boundary, parts):
    out = b'Content-Type: multipart/%s;\r\n\tboundary="%s"\r\n\r\n' % (sub.encode(), boundary.encode())
    for p in parts:
        out += b'--' + boundary.encode() + b'\r\n' + p
        if not out.endswith(b'\r\n'):
            out += b'\r\n'
    out += b'--' + boundary.encode() + b'--\r\n'
    return out

URL_RE = re.compile(r'(https?://[^\s<>"]+)')

def htmlize(t):
    e = html.escape(t, quote=False)
    return URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), e)

# ---------------------------------------------------------------- message builder
MSGS = []
ENCERR = []
LABELS = []
SEQ = [0]

def m(lang, slug, verdict, cats, cs, client, subj, body, quote=None, buyer='', tld=None, osubj=None,
      atts=(), gif_inline=False, gif_remote=None, pixel=None, wrap=False, alias_sfx='', mdom=False,
      xmailer=None, sn=None):
    """quote given -> reply to buyer-started thread; else proactive."""
    assert verdict in ('pass', 'reject')
    cl = [c for c in cats.split(',') if c != '-']
    assert (verdict == 'pass') == (not cl), slug
    for c in cl:
        assert c in 'links contact promotion review style ask important attachment proactive'.split(), c
    for piece in (subj, body, quote or '', sn or '', buyer, OSUBJ[lang], ATTR[lang], ' '.join(OLBL[lang]), OSEP.get(lang, '')):
        try:
            piece.encode(PYCODEC[cs])
        except UnicodeEncodeError as e:
            ENCERR.append('%s %s: %r in %r' % (lang, slug, piece[e.start], piece[max(0, e.start - 20):e.start + 5]))
            return
    SEQ[0] += 1
    n = SEQ[0]
    h = sha(lang + '/' + slug)
    rnd = random.Random(slug)
    tld = tld or TLD[lang]
    oid = '%s%d-%07d-%07d' % (OPFX.get(tld, '40'), rnd.randint(1, 9), rnd.randint(0, 9999999), rnd.randint(0, 9999999))
    alias = ''.join('abcdefghijklmnopqrstuvwxyz0123456789'[int(h[i:i + 2], 16) % 36] for i in range(0, 30, 2))
    adom = ('m.' if mdom else '') + 'marketplace.amazon.' + tld
    to_addr = alias + alias_sfx + '@' + adom
    shopdom = re.sub(r'[^a-z0-9]', '', slug.split('-')[0]) or 'shop'
    from_addr = 'service@%s-store.example' % shopdom
    date = datetime.datetime(2026, 11, 2, 8, 0) + datetime.timedelta(hours=3 * n + (n % 3), minutes=(n * 13) % 60)
    qdate = date - datetime.timedelta(hours=5 + n % 17, minutes=(n * 7) % 60)
    tz = {'en': '-0500', 'ja': '+0900', 'zh': '+0800', 'zh-Hant': '+0800', 'ko': '+0900', 'id': '+0700',
          'ar': '+0300', 'tr': '+0300', 'pt': '-0300'}.get(lang, '+0100')
    sub = lambda s: s.replace('{o}', oid).replace('{n}', buyer)
    body = sub(body).strip('\n')
    subj = sub(subj)
    kind = 'reply' if quote is not None else 'proactive'
    b = 'b' + h[:24]
    # ---- quote rendering
    qtext_plain = qhtml = ''
    headers_extra = []
    if kind == 'reply':
        osub = sub(osubj or OSUBJ[lang])
        pre = OPREFIX[lang] if client == 'outlook' else 'Re:'
        if client == 'plain' and lang == 'zh':
            pre = '回复：'
        subj = subj or ('%s %s' % (pre, osub))
        q = sub(quote).strip('\n')
        if wrap and lang in WRAP:
            q = WRAP[lang][0] + '\n' + q + '\n' + WRAP[lang][1]
        bmid = '<0100019%s-%s-000000@email.amazonses.com>' % (h[24:33], h[33:40])
        headers_extra += ['In-Reply-To: ' + bmid, 'References: ' + bmid]
        qd = ldate(lang, qdate)
        if client == 'outlook':
            L = OLBL[lang]
            blk = ['%s: %s <%s>' % (L[0], buyer, to_addr), '%s: %s' % (L[1], qd), '%s: %s' % (L[2], from_addr), '%s: %s' % (L[3], osub)]
            sep = OSEP.get(lang, '________________________________') if n % 2 else '________________________________'
            qtext_plain = sep + '\n' + '\n'.join(blk) + '\n\n' + q
            qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                     if n % 2 else '<div id="divRplyFwdMsg" dir="ltr">\n<hr style="display:inline-block;width:98%">\n') + \
                '<p class=MsoNormal><b>' + '<br>\n<b>'.join('%s:</b> %s' % (html.escape(x.split(': ', 1)[0]), html.escape(x.split(': ', 1)[1])) for x in blk) + \
                '</p>\n</div>\n' + ''.join('<p class=MsoNormal>%s</p>\n' % (htmlize(l) or '&nbsp;') for l in q.split('\n'))
        else:
            at = ATTR[lang].format(d=qd, n=buyer, a=to_addr)
            qtext_plain = at + '\n' + '\n'.join(('> ' + l) if l else '>' for l in q.split('\n'))
            qinner = '<br>\n'.join(htmlize(l) for l in q.split('\n'))
            if client == 'gmail':
                qhtml = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>\n'
                         % (html.escape(at).replace(html.escape('<' + to_addr + '>'), '&lt;<a href="mailto:%s">%s</a>&gt;' % (to_addr, to_addr)), qinner))
            elif client == 'applemail':
                qhtml = '<div><br><blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote></div>\n' % (html.escape(at), qinner)
            else:
                qhtml = '<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:%s">%s</blockquote>\n' % (html.escape(at), bmid[1:-1], qinner)
    # ---- body rendering
    ptext = body + ('\n\n' + qtext_plain if qtext_plain else '') + '\n'
    paras = body.split('\n')
    if client == 'outlook':
        bh = ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (htmlize(l) or '<o:p>&nbsp;</o:p>') for l in paras)
    elif client == 'gmail':
        bh = '<div dir="%s">' % ('rtl' if lang == 'ar' else 'ltr') + '\n'.join(('<div>%s</div>' % htmlize(l)) if l else '<div><br></div>' for l in paras) + '</div>\n'
    else:
        bh = '\n'.join(('<div>%s</div>' % htmlize(l)) if l else '<div><br></div>' for l in paras) + '\n'
    if gif_inline:
        bh += '<div><img src="cid:anim%s@local" width="120" height="40" alt="thanks"></div>\n' % h[:8]
    if gif_remote:
        bh += '<div><img src="%s" width="200" height="60" alt=""></div>\n' % gif_remote
    if pixel:
        bh += '<img src="%s" width="1" height="1" alt="" style="display:none">\n' % pixel
    dirattr = ' dir="rtl"' if lang == 'ar' else ''
    if client == 'outlook':
        hdoc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
                '--></style>\n</head>\n<body lang=%s link="#0563C1" vlink="#954F72"%s>\n<div class=WordSection1>\n%s%s</div>\n</body>\n</html>\n'
                % (cs, lang.upper()[:2], dirattr, bh, qhtml))
    elif client == 'gmail':
        hdoc = bh + '<br>' + qhtml
    elif client == 'applemail':
        hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>\n%s%s</body></html>\n'
                % (cs, dirattr, bh, qhtml))
    else:
        hdoc = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
                '<body%s>\n<p>%s</p>\n%s</body>\n</html>\n' % (cs, dirattr, '</p>\n<p>'.join(htmlize(p).replace('\n', '<br>\n') for p in body.split('\n\n')), qhtml)) \
            if client == 'thunderbird' else ''
        if client == 'thunderbird':
            if gif_inline:
                hdoc = hdoc.replace('</body>', '<img src="cid:anim%s@local" alt="thanks">\n</body>' % h[:8])
            if pixel:
                hdoc = hdoc.replace('</body>', '<img src="%s" width="1" height="1">\n</body>' % pixel)
            if gif_remote:
                hdoc = hdoc.replace('</body>', '<img src="%s" alt="">\n</body>' % gif_remote)
    ctes = ['quoted-printable', 'base64', '8bit']
    cte = ctes[int(h[-2:], 16) % 3]
    tparams = '; format=flowed' if client in ('applemail', 'thunderbird') and cte != 'base64' else ''
    tpart = leaf('text/plain', ptext, cs, cte, tparams)
    if client == 'plain':
        core = tpart
    else:
        hpart = leaf('text/html', hdoc, cs, 'quoted-printable' if cte == '8bit' and client == 'outlook' else cte)
        if gif_inline:
            g = att('gif', 'thanks.gif')
            hpart = multipart('related', 'r' + b, [hpart, attpart(g[0], g[1], g[2], 'inline', 'anim%s@local' % h[:8])])
        boundary = {'gmail': '000000000000' + h[:16], 'outlook': '----=_NextPart_000_%s_%s.%s' % (h[:4].upper(), h[4:12].upper(), h[12:20].upper()),
                    'applemail': 'Apple-Mail=_%s-%s-%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper()),
                    'thunderbird': '------------' + h[:24]}[client]
        core = multipart('alternative', boundary, [tpart, hpart])
    if atts:
        parts = [core] + [attpart(*a) for a in atts]
        core = multipart('mixed', ('----=_NextPart_mx_' if client == 'outlook' else 'mx') + b, parts)
    # ---- headers
    shop = sub(sn or shopdom.capitalize())
    hd = ['From: %s <%s>' % (encword('"%s"' % shop if all(ord(c) < 128 for c in shop) else shop, cs), from_addr),
          'To: %s' % to_addr,
          'Subject: %s' % encword(subj, cs),
          'Date: %s %s' % (date.strftime('%a, %d %b %Y %H:%M:%S'), tz)]
    mid = {'gmail': '<CA%s+%s@mail.gmail.com>' % (h[:20].upper(), h[20:32]),
           'outlook': '<%s$%s@%s-store.example>' % (h[:12], h[12:24], shopdom),
           'applemail': '<%s-%s-%s@%s-store.example>' % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), shopdom),
           'thunderbird': '<%s-%s-%s@%s-store.example>' % (h[:8], h[8:12], h[12:24], shopdom),
           'plain': '<%s.%s@%s-store.example>' % (date.strftime('%Y%m%d%H%M%S'), h[:16], shopdom)}[client]
    hd.append('Message-ID: ' + mid)
    hd += headers_extra
    if client == 'applemail':
        hd.append('Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))')
        hd.append('X-Mailer: Apple Mail (2.3826.300.87.4.3)')
    else:
        hd.append('MIME-Version: 1.0')
    if client == 'outlook':
        hd += ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + base64.b64encode(bytes.fromhex(h[:32])).decode(),
               'Content-Language: ' + {'en': 'en-us', 'zh-Hant': 'zh-tw', 'zh': 'zh-cn', 'ja': 'ja', 'ko': 'ko', 'ar': 'ar-sa', 'pt': 'pt-br'}.get(lang, lang),
               'X-MS-Has-Attach: ' + ('yes' if atts else '')]
    elif client == 'thunderbird':
        hd += ['User-Agent: Mozilla Thunderbird', 'Content-Language: ' + lang]
    elif client == 'plain':
        hd.append(xmailer or ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', 'User-Agent: Roundcube Webmail/1.6.9',
                              'User-Agent: NeoMutt/20241002', 'X-Mailer: Becky! ver. 2.81.06 [ja]', 'X-Mailer: eM Client 10.1.4588.0',
                              'User-Agent: Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)'][n % 6])
    raw = ('\r\n'.join(hd) + '\r\n').encode('ascii') + core
    lc = lang
    fn = '%03d-%s-%s.eml' % (n, lc, slug)
    MSGS.append((fn, raw))
    LABELS.append((fn, verdict, ','.join(cl) or '-', lang, cs, client, kind))


# =====================================================================================
# en
# =====================================================================================
m('en', 'maplewood-skates-canadapost', 'pass', '-', 'us-ascii', 'gmail', '',
  """Hi Dana,

Your skates went out with Canada Post on Tuesday. This is the tracking page for the parcel:
https://www.canadapost-postescanada.ca/track-reperage/en#/details/7023210039414604

It shows "Item in transit" at the Mississauga plant, so Thursday or Friday looks likely for Halifax.

Best,
Owen - Maplewood Skate Supply""",
  quote="Hello, I ordered the junior hockey skates (size 4) last week and haven't seen any update. Any idea when they'll arrive? Order {o}",
  buyer='Dana', tld='ca', sn='Maplewood Skate Supply')

m('en', 'ironbark-grill-auspost', 'pass', '-', 'iso-8859-1', 'outlook', '',
  """G'day Mick,

Sorry for the wait on the hotplate. Australia Post scanned it at the Sunshine West facility last night:
https://auspost.com.au/mypost/track/details/33QWE501234501000931509

The label weight is 14.2 kg, so it travels as a parcel rather than an envelope and Geelong deliveries usually take one more day.

Cheers,
Bec
Ironbark Grillworks""",
  quote="Hey mate, still waiting on the cast iron hotplate. Tracking in Amazon hasn't moved since Friday.",
  buyer='Mick', tld='com.au', sn='Ironbark Grillworks', wrap=True)

m('en', 'quillbrook-nib-engraving', 'pass', '-', 'utf-8', 'applemail', '[Important] Engraving on your fountain pen – please confirm the initials',
  """Hello,

Thank you for ordering the Quillbrook walnut fountain pen with engraving (order {o}).

The personalisation field reads “J.R.W”, without a final full stop. Before our engraver starts, please reply to confirm whether that is exactly what should appear on the cap, or send the corrected text.

We hold the pen until we hear back, so the dispatch date moves by the same number of days.

Kind regards,
Ines, Quillbrook Stationery""", tld='co.uk', sn='Quillbrook Stationery')

m('en', 'bramblecote-sofa-slot', 'pass', '-', 'windows-1252', 'thunderbird', '[IMPORTANT] Two-person delivery of your corner sofa – choose a day',
  """Dear customer,

Your three-piece corner sofa for order {o} is ready. It needs a two-person crew and comes in four boxes, the largest 212 cm long, so we have to book the van with you.

Our carrier can come on Tuesday 8 December or Thursday 10 December, either 8:00–12:00 or 12:00–17:00. Please reply with the day and window that suit you, and let us know about any narrow stairs or parking restrictions.

Regards,
Hollis Furniture Dispatch""", tld='co.uk', sn='Hollis Furniture')

m('en', 'fernhollow-vat-invoice', 'pass', '-', 'us-ascii', 'plain', 'VAT invoice for order {o}',
  """Dear customer,

As requested at checkout, the VAT invoice for your order {o} (2 x enamel roasting tin, GBP 38.00 incl. VAT) is attached as a PDF.

Fernhollow Bakeware Ltd""",
  tld='co.uk', sn='Fernhollow Bakeware', atts=[att('pdf', 'Invoice-FH-20931.pdf', 'Fernhollow Bakeware Invoice FH-20931')])

m('en', 'ridgeline-tent-neutral-review', 'pass', '-', 'utf-8', 'gmail', 'About your order {o}',
  """Hi,

Your two-person tent was delivered last week. If you have a moment, a review of it on Amazon helps other campers decide, whatever your experience has been. You can write one from Your Orders.

Thanks,
Ridgeline Camp Co.""", sn='Ridgeline Camp Co.')

m('en', 'harrow-stool-cancel-confirm', 'pass', '-', 'us-ascii', 'outlook', '',
  """Hi Greg,

Done - order {o} is cancelled, as you asked. The stool had not been packed yet, so nothing will ship. Amazon normally shows the refund on your card within 3-5 business days; you don't need to do anything else.

Regards,
Sam
Harrow & Pine Outdoor""",
  quote="Please cancel my order for the folding camp stool, I ordered the wrong height by mistake. Thank you.",
  buyer='Greg', sn='Harrow & Pine Outdoor', alias_sfx='+A0215386X1QW4HZR7PBC')

m('en', 'chaikettle-thanks-reply', 'pass', '-', 'us-ascii', 'plain', '',
  """Thanks, Priya - glad it reached you safely!

Anand
Chai Kettle Company""",
  quote="The brass kettle came today, well packed. Just wanted to say thanks.",
  buyer='Priya', tld='in', sn='Chai Kettle Company')

m('en', 'lumentide-heater-film', 'pass', '-', 'iso-8859-15', 'applemail', '',
  """Hello Martin,

The fogged look is the protective film: peel it off both sides of the display before you mount the heater. To open the battery cover you need a small star (Torx T6) bit, not a Phillips head.

About the price: the 10% coupon you clipped on the listing is taken off by Amazon at checkout, so it appears as "Promotion applied" on the order summary, not on our invoice.

Best regards,
Lumen Tide Aquatics""",
  quote="The display of my aquarium heater looks cloudy and I can't open the battery cover. Also I thought I had a coupon, but the invoice shows the full price?",
  buyer='Martin', tld='co.uk', sn='Lumen Tide Aquatics')

m('en', 'saltmarsh-mug-return-link', 'pass', '-', 'utf-8', 'gmail', '',
  """Hi Alice,

I'm sorry the mug arrived with a chipped rim. You can start the return here, no need to send it back at your cost:
https://www.amazon.com/spr/returns/cart?orderId={o}

Once it's scanned we'll review the return request the same day and Amazon refunds you.

Ruth, Saltmarsh Ceramics""",
  quote="One of the two speckled mugs has a chip on the rim. What should I do?",
  buyer='Alice', sn='Saltmarsh Ceramics')

m('en', 'tidewell-address-unit', 'pass', '-', 'utf-8', 'thunderbird', '[Important] Unit number missing for order {o}',
  """Hello,

We are about to hand your inflatable paddle board (order {o}) to the courier, but the shipping address has a block number and no unit number. Ninja Van will not leave a 13 kg parcel at the lobby.

Please update the shipping address in Your Orders, or reply with the unit number, and we will add it to the label.

Thank you,
Tidewell Paddle Sports""", tld='sg', sn='Tidewell Paddle Sports')

m('en', 'lumentide-warranty-usps', 'pass', '-', 'windows-1252', 'outlook', '',
  """Dear Mr. Okafor,

Thank you for the photos. The heater is covered, so we've sent a replacement today by USPS:
https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899562537845123

I've attached the warranty card and the setup instructions; step 4 explains how to set the thermostat so it doesn't overshoot again.

Kind regards,
Lumen Tide Aquatics – Customer Care""",
  quote="The heater I bought in October keeps running hot, the tank reached 31 degrees. Is this covered by the warranty?",
  buyer='Chidi Okafor', sn='Lumen Tide Aquatics',
  atts=[att('pdf', 'LT-300_Warranty.pdf', 'Lumen Tide LT-300 warranty'), att('pdf', 'LT-300_Instructions.pdf', 'LT-300 setup instructions')])

m('en', 'quillbrook-ink-delay', 'pass', '-', 'us-ascii', 'plain', 'Delay on your order {o}',
  """Dear customer,

The bottled ink in your order {o} is later than the date shown when you ordered: our supplier's delivery arrived damaged. We now expect to ship on 7 December. If you would rather not wait, reply and we will cancel the order ourselves and refund the full amount.

Quillbrook Stationery""", tld='co.uk', sn='Quillbrook Stationery')

# ---- en violations
m('en', 'ironbark-review-shipping-refund', 'reject', 'review', 'iso-8859-1', 'gmail', 'Your hotplate - order {o}',
  """Hi there,

Hope the hotplate is getting a workout. Once your review is live on Amazon, flick us a screenshot and we'll pay back the delivery charge on this order.

Cheers,
Bec, Ironbark Grillworks""", tld='com.au', sn='Ironbark Grillworks')

m('en', 'harrow-stool-mention-weight', 'reject', 'review', 'us-ascii', 'thunderbird', 'Order {o}: your camp stool',
  """Hi,

Now the stool has been out on a few trips, we'd love a review on Amazon. If you write one, it would really help to point out that it only weighs 1.1 kg and packs down smaller than a water bottle - those are the two things buyers keep asking about.

Thanks,
Harrow & Pine Outdoor""", sn='Harrow & Pine Outdoor')

m('en', 'fernhollow-second-nudge', 'reject', 'review', 'us-ascii', 'plain', 'Following up on order {o}',
  """Hello again,

Just circling back on my note from last Monday about a review for the roasting tin, in case it got buried under everything else. It only takes a minute in Your Orders.

Fernhollow Bakeware""", tld='co.uk', sn='Fernhollow Bakeware')

m('en', 'chaikettle-revisit-post', 'reject', 'review', 'windows-1252', 'outlook', '',
  """Dear Priya,

I'm glad the replacement lid fits properly. Since that's sorted now, would you be willing to go back to what you posted on the kettle's page and bring it in line with how things turned out? It's still the first thing people see.

Warm regards,
Anand – Chai Kettle Company""",
  quote="The replacement lid arrived and fits. Thanks for sending it quickly.",
  buyer='Priya', tld='in', sn='Chai Kettle Company')

m('en', 'saltmarsh-loving-it', 'reject', 'review', 'utf-8', 'applemail', 'A note about your mugs (order {o})',
  """Hi,

Loving the speckled mugs? A few words on Amazon would make our week.
Something not quite right? Hit reply before posting anything and we'll put it right.

Ruth, Saltmarsh Ceramics""", sn='Saltmarsh Ceramics')

m('en', 'saltmarsh-lids-websearch', 'reject', 'contact,promotion', 'us-ascii', 'gmail', '',
  """Hi Alice,

We don't list the matching cork lids on Amazon, but they're in our own web shop - just search "Saltmarsh Ceramics Cornwall" and it's the first result. Same price as here, minus the Amazon fee.

Ruth""",
  quote="Do you sell lids that fit these mugs?", buyer='Alice', sn='Saltmarsh Ceramics')

m('en', 'kestrel-mailbox-spelled', 'reject', 'contact', 'iso-8859-1', 'thunderbird', '',
  """Hi Josh,

The derailleur hanger you need is the 12 mm version. Amazon's messages strip photos sometimes, so send the pictures to kestrel dot parts at gmail dot com, or text them to oh four one seven, five five five, two oh eight.

Cheers,
Kestrel Bike Parts""",
  quote="Which hanger fits a 2019 Giant frame? I can send photos.",
  buyer='Josh', tld='com.au', sn='Kestrel Bike Parts')

m('en', 'chaikettle-next-time-code', 'reject', 'promotion,style', 'us-ascii', 'plain', 'Order {o} - a little extra from us',
  """Hello,

Since you bought the brass kettle, you can take 12% off anything else of ours: type KETTLE12 at checkout next time.

Reply NO MORE if you'd rather not hear from us again.

Chai Kettle Company""", tld='in', sn='Chai Kettle Company')

m('en', 'bramblecote-gif-thanks', 'reject', 'style,attachment,proactive', 'utf-8', 'gmail', 'Thank you for order {o}!',
  """Hello,

Thank you so much for choosing Bramblecote for your new quilt. We really appreciate it.

The Bramblecote team""", tld='co.uk', sn='Bramblecote Quilts', gif_inline=True)

m('en', 'bramblecote-soldout-cancel', 'reject', 'ask', 'windows-1252', 'outlook', 'Your quilt order {o}',
  """Dear customer,

I'm afraid the moss-green king-size quilt sold out before we could pack yours. Could you cancel the order from Your Orders on your side? That way it doesn't count as a seller cancellation on our account.

Apologies – Bramblecote Quilts""", tld='co.uk', sn='Bramblecote Quilts')

m('en', 'ridgeline-important-howdidwedo', 'reject', 'important', 'us-ascii', 'gmail', '[Important] Question about order {o}',
  """Hi,

How are you finding the tent? If you have a moment, you can review it on Amazon from Your Orders.

Ridgeline Camp Co.""", sn='Ridgeline Camp Co.')

m('en', 'tidewell-left-warehouse', 'reject', 'proactive', 'us-ascii', 'thunderbird', 'Your paddle board is on its way (order {o})',
  """Hi,

Good news: your paddle board left our warehouse this morning and is now with Ninja Van. Tracking number NVSGTW2611300815.

Tidewell Paddle Sports""", tld='sg', sn='Tidewell Paddle Sports')

m('en', 'tidewell-drybags-link', 'reject', 'links,promotion', 'utf-8', 'applemail', '',
  """Hi Wei Ling,

The leash clips onto the D-ring at the tail, behind the fin box.

Since you paddle with your phone, our roll-top dry bags pair nicely with the board: https://tidewellpaddle.sg/collections/dry-bags

Tidewell Paddle Sports""",
  quote="Where does the ankle leash attach on the board?", buyer='Wei Ling', tld='sg', sn='Tidewell Paddle Sports')

m('en', 'lumentide-updater-exe', 'reject', 'attachment', 'windows-1252', 'outlook', '',
  """Dear Mr. Okafor,

The flashing "E2" means the controller firmware is out of date. Connect the heater to a PC with the USB cable and run the attached updater; it takes about a minute.

Kind regards,
Lumen Tide Aquatics""",
  quote="The heater display keeps flashing E2. What does that mean?", buyer='Chidi Okafor', sn='Lumen Tide Aquatics',
  atts=[att('exe', 'LT300_FirmwareUpdate.exe')])

m('en', 'kestrel-whatsapp-quicker', 'reject', 'contact', 'us-ascii', 'gmail', '',
  """Hi Josh,

The 12 mm hanger will fit. If anything else comes up, ping us on WhatsApp on +61 417 555 208, we're a lot quicker there than in here.

Kestrel Bike Parts""",
  quote="Great, I'll order the 12 mm one then.", buyer='Josh', tld='com.au', sn='Kestrel Bike Parts')

m('en', 'ridgeline-tent-emoji', 'reject', 'style', 'utf-8', 'thunderbird', '',
  """Hi Tom,

The pole sections are colour-coded: red into red, blue into blue, and the shorter brow pole goes over the door. Hope it keeps you dry this weekend ⛺🌧️

Ridgeline Camp Co.""",
  quote="Which poles go where? The instructions only show one picture.", buyer='Tom', sn='Ridgeline Camp Co.')

# =====================================================================================
# de
# =====================================================================================
m('de', 'filzwerk-dhl-pantoffeln', 'pass', '-', 'iso-8859-15', 'gmail', '',
  """Guten Tag Frau Brandl,

die Filzpantoffeln sind am Montag mit DHL an Sie rausgegangen. Den aktuellen Stand sehen Sie hier:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434292135100186

Laut Sendungsverfolgung liegt das Paket im Zustellstützpunkt Kempten, die Zustellung sollte also morgen erfolgen.

Viele Grüße aus dem Allgäu
Filzwerk Allgäu""",
  quote="Hallo, ich warte seit einer Woche auf meine Hausschuhe Gr. 39. Wann kommen die an?",
  buyer='Monika Brandl', sn='Filzwerk Allgäu')

m('de', 'eichasche-gravur-brett', 'pass', '-', 'windows-1252', 'outlook', '[Important] Gravur Ihres Schneidebretts – bitte Schriftzug bestätigen',
  """Sehr geehrter Herr Lindner,

vielen Dank für Ihre Bestellung {o} (Schneidebrett Eiche, mit Gravur).

Im Feld für die Gravur steht „Familie Lindner – seit 1998“. Der Gedankenstrich passt in der gewählten Schrift nur knapp auf das Brett. Sollen wir ihn so übernehmen oder durch ein Komma ersetzen? Wir beginnen mit der Gravur, sobald Ihre Antwort da ist.

Mit freundlichen Grüßen
Holzmanufaktur Eiche & Asche""", sn='Holzmanufaktur Eiche & Asche')

m('de', 'brennwerk-rechnung-pdf', 'pass', '-', 'iso-8859-1', 'plain', 'Ihre Rechnung zur Bestellung {o}',
  """Guten Tag,

anbei erhalten Sie die Rechnung zu Ihrer Bestellung {o} (1 x Kaminanzünder-Set, 24,90 EUR inkl. MwSt.) als PDF.

Freundliche Grüße
Brennwerk Oberlausitz""",
  sn='Brennwerk Oberlausitz', atts=[att('pdf', 'Rechnung_BW-2026-4471.pdf', 'Rechnung BW-2026-4471')])

m('de', 'kesselhaus-rezension-neutral', 'pass', '-', 'utf-8', 'thunderbird', 'Ihre Bestellung {o} bei Kesselhaus',
  """Guten Tag,

Ihr Wasserkocher aus Steingut ist vor ein paar Tagen angekommen. Falls Sie einen Moment Zeit haben: Eine Rezension auf Amazon hilft anderen bei der Auswahl – ganz gleich, wie Ihr Eindruck ausfällt.

Freundliche Grüße
Kesselhaus Keramik""", sn='Kesselhaus Keramik')

m('de', 'regalbau-hermes-torx', 'pass', '-', 'iso-8859-15', 'applemail', '',
  """Hallo Herr Yilmaz,

das zweite Paket mit den Regalböden ist gestern bei Hermes eingegangen:
https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H1001990012345678

Für die Verbindungsschrauben brauchen Sie den beiliegenden Sternschlüssel (Torx T20). Bitte entfernen Sie vor dem Zusammenbau die Schutzfolie von den Glasböden.

Beste Grüße
Regalbau Nordheide""",
  quote="Ich habe nur ein Paket von zwei bekommen. Außerdem passt kein Schraubenzieher in die Schrauben?",
  buyer='Emre Yilmaz', sn='Regalbau Nordheide')

m('de', 'filzwerk-storno-bestaetigt', 'pass', '-', 'iso-8859-1', 'outlook', '',
  """Sehr geehrte Frau Brandl,

wie gewünscht haben wir die Bestellung {o} storniert. Die Pantoffeln waren noch nicht verpackt; der Betrag wird Ihnen von Amazon in den nächsten Tagen erstattet. Den Stand sehen Sie unter https://www.amazon.de/gp/css/order-history

Mit freundlichen Grüßen
Filzwerk Allgäu""",
  quote="Bitte stornieren Sie meine zweite Bestellung, ich habe versehentlich zweimal bestellt.",
  buyer='Monika Brandl', sn='Filzwerk Allgäu', wrap=True)

# ---- de violations
m('de', 'filzwerk-socken-dankeschoen', 'reject', 'review', 'utf-8', 'gmail', 'Ihre Filzpantoffeln – Bestellung {o}',
  """Hallo,

wir hoffen, die Pantoffeln halten Ihre Füße warm. Wer uns auf Amazon ein paar Zeilen zu den Pantoffeln schreibt, bekommt von uns als Dankeschön ein Paar Wollsocken gratis dazu – einfach kurz Bescheid geben, wenn Ihre Rezension online ist.

Herzliche Grüße
Filzwerk Allgäu""", sn='Filzwerk Allgäu')

m('de', 'kesselhaus-bewertung-anpassen', 'reject', 'review', 'iso-8859-15', 'outlook', '',
  """Sehr geehrter Herr Albers,

schön, dass der Ersatzdeckel jetzt passt. Da sich die Sache damit erledigt hat, wäre es sehr nett, wenn Sie Ihre Bewertung mit den zwei Sternen noch einmal anpassen könnten.

Mit freundlichen Grüßen
Kesselhaus Keramik""",
  quote="Der neue Deckel ist angekommen und sitzt gut. Danke.",
  buyer='Jens Albers', sn='Kesselhaus Keramik')

m('de', 'brennwerk-visitenkarte-vcf', 'reject', 'contact,attachment', 'iso-8859-1', 'plain', '',
  """Hallo Herr Wendt,

die Anzünder sind aus Holzwolle und Wachs, ohne Paraffin. Für Großbestellungen schreiben Sie mir am besten direkt: brennwerk (ät) posteo (punkt) de. Meine Kontaktdaten hänge ich als Visitenkarte an.

Gruß
Rainer Wendt, Brennwerk Oberlausitz""",
  quote="Sind die Anzünder paraffinfrei? Ich bräuchte eventuell 50 Packungen für unseren Verein.",
  buyer='Thomas Wendt', sn='Brennwerk Oberlausitz',
  atts=[att('vcf', 'Rainer_Wendt.vcf', 'BEGIN:VCARD\nVERSION:3.0\nFN:Rainer Wendt\nORG:Brennwerk Oberlausitz\nTEL;TYPE=CELL:+49 171 5550193\nEMAIL:brennwerk@posteo.de\nEND:VCARD\n')])

m('de', 'regalbau-herbstkatalog', 'reject', 'links,promotion,style', 'windows-1252', 'thunderbird', 'Passend zu Ihrem Regal (Bestellung {o})',
  """Guten Tag,

zu Ihrem Wandregal gibt es jetzt passende Schubladenboxen und Eckelemente. Den neuen Herbstkatalog finden Sie unter https://regalbau-nordheide.de/herbst – mit dem Code NORDHEIDE10 sparen Sie 10 % auf Ihre nächste Bestellung.

Keine Angebote mehr? Antworten Sie einfach mit „ABMELDEN“.

Regalbau Nordheide""", sn='Regalbau Nordheide')

m('de', 'eichasche-ausverkauft-storno', 'reject', 'ask', 'iso-8859-15', 'applemail', 'Ihre Bestellung {o}',
  """Guten Tag,

leider ist das Schneidebrett in Nussbaum ausverkauft und wir bekommen erst im Februar neues Holz. Bitte stornieren Sie die Bestellung {o} selbst über "Meine Bestellungen", dann wird Ihnen der Betrag sofort erstattet.

Mit freundlichen Grüßen
Holzmanufaktur Eiche & Asche""", sn='Holzmanufaktur Eiche & Asche')

m('de', 'kesselhaus-important-danke', 'reject', 'important,proactive', 'iso-8859-1', 'gmail', '[IMPORTANT] Vielen Dank für Ihren Einkauf',
  """Guten Tag,

herzlichen Dank, dass Sie sich für Kesselhaus Keramik entschieden haben (Bestellung {o}). Wir freuen uns sehr darüber und sind bei Fragen jederzeit für Sie da.

Ihr Team von Kesselhaus Keramik""", sn='Kesselhaus Keramik')

# =====================================================================================
# fr
# =====================================================================================
m('fr', 'cirerie-colissimo-bougies', 'pass', '-', 'iso-8859-15', 'gmail', '',
  """Bonjour Madame Garnier,

Vos bougies ont été déposées à La Poste jeudi. Voici le suivi Colissimo :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A23456789012

Le colis est annoncé pour lundi dans votre bureau de poste de Besançon.

Bien cordialement,
Cirerie des Alpilles""",
  quote="Bonjour, je n'ai toujours pas reçu les bougies commandées pour un anniversaire samedi. Pouvez-vous vérifier ?",
  buyer='Claire Garnier', sn='Cirerie des Alpilles')

m('fr', 'tisanes-bpost-belgique', 'pass', '-', 'iso-8859-1', 'applemail', '',
  """Bonjour Monsieur Peeters,

Votre colis de tisanes est parti de notre atelier mardi avec bpost :
https://track.bpost.cloud/btr/web/#/search?itemCode=323212345678901234567890&lang=fr

Il devrait être livré à Namur demain dans la journée.

Belle journée,
Les Tisanes de Margaux""",
  quote="Bonjour, pouvez-vous me dire où en est ma commande de tisanes ? Merci.",
  buyer='Luc Peeters', tld='com.be', sn='Les Tisanes de Margaux')

m('fr', 'verrerie-gravure-verres', 'pass', '-', 'windows-1252', 'outlook', '[Important] Gravure de vos verres : validation du prénom',
  """Bonjour,

Merci pour votre commande {o} de six verres gravés.

Le champ de personnalisation indique « Anaïs & Théo ». Le tréma sur le « ï » est gravé en plus petit à cette taille de police : voulez-vous le garder, ou préférez-vous « Anais & Theo » ? Nous lançons la gravure dès votre réponse.

Cordialement,
Verrerie du Lubéron""", sn='Verrerie du Lubéron')

m('fr', 'boulons-facture-notice', 'pass', '-', 'iso-8859-15', 'thunderbird', 'Facture et notice de montage - commande {o}',
  """Bonjour,

Vous trouverez ci-joint la facture de votre commande {o} (établi pliant, 129,00 € TTC) ainsi que la notice de montage en français.

Cordialement,
Boulons & Cie""", sn='Boulons & Cie',
  atts=[att('pdf', 'Facture_BC-11873.pdf', 'Facture BC-11873'), att('pdf', 'Notice_etabli_pliant.pdf', 'Notice de montage')])

m('fr', 'tisanes-avis-neutre', 'pass', '-', 'utf-8', 'gmail', 'Votre commande {o}',
  """Bonjour,

Votre coffret de tisanes est arrivé il y a quelques jours. Si vous avez un instant, un commentaire sur Amazon aide les autres clients à choisir, quel que soit votre avis.

Bien à vous,
Les Tisanes de Margaux""", sn='Les Tisanes de Margaux')

m('fr', 'boulons-annulation-demandee', 'pass', '-', 'iso-8859-1', 'plain', '',
  """Bonjour Monsieur Roux,

C'est fait : la commande {o} est annulée, comme vous l'avez demandé. Rien n'a été expédié et Amazon vous rembourse sous quelques jours.

Cordialement,
Boulons & Cie""",
  quote="Merci d'annuler ma commande, j'ai trouvé l'établi dans un magasin près de chez moi.",
  buyer='Patrick Roux', sn='Boulons & Cie', wrap=True, alias_sfx='+5f0c2b9e-3d41-4a7e-9c1a-2b6d8e4f7a10')

# ---- fr violations
m('fr', 'cirerie-avis-bougie-offerte', 'reject', 'review', 'iso-8859-15', 'outlook', 'Vos bougies - commande {o}',
  """Bonjour,

Nous espérons que les bougies parfument bien votre intérieur. Petite attention de notre part : dès que votre commentaire apparaît sur la page du produit, répondez-nous et nous vous envoyons une bougie de voyage, sans frais.

Cordialement,
Cirerie des Alpilles""", sn='Cirerie des Alpilles')

m('fr', 'verrerie-quoi-ecrire', 'reject', 'review', 'utf-8', 'applemail', 'Vos verres gravés (commande {o})',
  """Bonjour,

Si vous laissez un commentaire sur Amazon, pensez à dire que la gravure est faite à la main en Provence et qu'elle passe au lave-vaisselle : c'est ce que nos futurs clients veulent savoir.

Verrerie du Lubéron""", sn='Verrerie du Lubéron')

m('fr', 'tisanes-insta-mail', 'reject', 'contact', 'iso-8859-1', 'thunderbird', '',
  """Bonjour Monsieur Peeters,

Le mélange « Nuit calme » contient de la verveine et du tilleul, sans théine. Pour nos conseils d'infusion, suivez-nous sur Instagram (@tisanesdemargaux), ou écrivez à margaux arobase tisanes-margaux point fr.

Belle journée,
Margaux""",
  quote="Le mélange Nuit calme contient-il de la théine ?", buyer='Luc Peeters', tld='com.be', sn='Les Tisanes de Margaux')

m('fr', 'boulons-catalogue-zip-emoji', 'reject', 'links,promotion,style,attachment', 'utf-8', 'gmail', 'Nos nouveautés pour votre atelier 🔧',
  """Bonjour,

Suite à votre achat de l'établi (commande {o}), voici notre catalogue d'hiver en pièce jointe : serre-joints, étaux, servantes… Tout est moins cher sur notre site https://boulons-et-cie.fr que sur les autres plateformes 😉

Boulons & Cie""", sn='Boulons & Cie', atts=[att('zip', 'Catalogue_hiver_2026.zip')])

m('fr', 'cirerie-rupture-annulez', 'reject', 'ask', 'windows-1252', 'outlook', 'Commande {o} – rupture de stock',
  """Bonjour,

La bougie « Figuier » que vous avez commandée est en rupture chez notre fournisseur de cire. Pourriez-vous annuler vous-même la commande depuis votre compte Amazon ? Cela nous évite une pénalité.

Toutes nos excuses,
Cirerie des Alpilles""", sn='Cirerie des Alpilles')

m('fr', 'verrerie-important-expedie', 'reject', 'important,proactive', 'iso-8859-15', 'plain', '[Important] Votre commande {o} a été expédiée',
  """Bonjour,

Bonne nouvelle : vos verres gravés ont quitté notre atelier ce matin et sont en route vers chez vous.

Verrerie du Lubéron""", sn='Verrerie du Lubéron')

# =====================================================================================
# es
# =====================================================================================
m('es', 'alpargatas-correos-seguimiento', 'pass', '-', 'iso-8859-1', 'gmail', '',
  """Hola, Lucía:

Sus alpargatas salieron el lunes por Correos. Este es el enlace de seguimiento:
https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PK43BG0440123450128001V

El envío figura en la oficina de clasificación de Zaragoza y se entregará en uno o dos días.

Un saludo,
Alpargatas del Moncayo""",
  quote="Buenas, hice un pedido de alpargatas hace una semana y no tengo noticias. ¿Me podéis decir algo?",
  buyer='Lucía Herrero', sn='Alpargatas del Moncayo')

m('es', 'talabarteria-estafeta-mx', 'pass', '-', 'utf-8', 'applemail', '',
  """Hola, Jorge:

Su cinturón ya va en camino con Estafeta. Puede consultar la guía aquí:
https://www.estafeta.com/Herramientas/Rastreo?wayBillType=1&wayBill=8055241528464720099314

La entrega en Puebla está prevista para el jueves.

Saludos cordiales,
Talabartería San Marcos""",
  quote="¿Ya enviaron mi cinturón? No veo la guía en Amazon.",
  buyer='Jorge Pineda', tld='com.mx', sn='Talabartería San Marcos')

m('es', 'azulejos-direccion-piso', 'pass', '-', 'windows-1252', 'outlook', '[Important] Falta el piso en la dirección del pedido {o}',
  """Buenos días:

Vamos a entregar su pedido {o} (caja de 40 azulejos, 22 kg) pero en la dirección de envío falta el piso y la puerta. El transportista no puede dejar un bulto de ese peso en el portal.

¿Puede actualizar la dirección en Mis pedidos (https://www.amazon.es/gp/your-account/order-details?orderID={o}) o indicarnos el piso y la puerta respondiendo a este mensaje?

Atentamente,
Azulejos de Manises""", sn='Azulejos de Manises')

m('es', 'azulejos-factura-pdf', 'pass', '-', 'iso-8859-15', 'thunderbird', 'Factura de su pedido {o}',
  """Buenos días:

Le adjuntamos la factura de su pedido {o}, con el IVA desglosado, tal como nos pidió al hacer la compra.

Atentamente,
Azulejos de Manises""", sn='Azulejos de Manises', atts=[att('pdf', 'Factura_AM-2026-0815.pdf', 'Factura AM-2026-0815')])

m('es', 'alpargatas-resena-neutra', 'pass', '-', 'utf-8', 'plain', 'Su pedido {o}',
  """Hola:

Hace unos días recibió sus alpargatas. Si tiene un momento, su reseña en Amazon ayuda a otros compradores a decidirse, sea cual sea su opinión.

Gracias,
Alpargatas del Moncayo""", sn='Alpargatas del Moncayo')

m('es', 'talabarteria-gracias-respuesta', 'pass', '-', 'iso-8859-1', 'outlook', '',
  """¡Gracias a usted, Jorge! Que lo disfrute.

Talabartería San Marcos""",
  quote="Ya me llegó el cinturón, quedó perfecto con el grabado. Muchas gracias.",
  buyer='Jorge Pineda', tld='com.mx', sn='Talabartería San Marcos', wrap=True)

# ---- es violations
m('es', 'alpargatas-reembolso-resena', 'reject', 'review', 'iso-8859-15', 'gmail', 'Sus alpargatas (pedido {o})',
  """Hola:

Una propuesta: si nos cuenta en Amazon qué le han parecido las alpargatas, le devolvemos la mitad de lo que pagó. Solo tiene que respondernos con el enlace de su opinión.

Un saludo,
Alpargatas del Moncayo""", sn='Alpargatas del Moncayo')

m('es', 'talabarteria-solo-si-contento', 'reject', 'review', 'utf-8', 'thunderbird', 'Su cinturón grabado – pedido {o}',
  """Hola:

Si el cinturón le ha dejado contento, nos ayudaría mucho con una opinión en Amazon. Y si algo no le convenció, mejor escríbanos a nosotros primero, antes de opinar, para arreglarlo.

Talabartería San Marcos""", tld='com.mx', sn='Talabartería San Marcos')

m('es', 'azulejos-arroba-telefono', 'reject', 'contact', 'windows-1252', 'outlook', '',
  """Buenos días, Sr. Ortega:

Para pedidos de más de 20 m² podemos hacer precio, pero no por aquí: escríbanos a ventas arroba azulejosmanises punto es o llame al seis cero nueve, cuatro uno dos, ocho ocho siete.

Atentamente,
Azulejos de Manises""",
  quote="¿Hacen descuento si pido azulejos para toda la cocina, unos 25 metros?", buyer='Andrés Ortega', sn='Azulejos de Manises')

m('es', 'alpargatas-coleccion-gif', 'reject', 'links,promotion,style', 'utf-8', 'applemail', 'Llegó la colección de invierno',
  """Hola:

Como ya conoce nuestras alpargatas (pedido {o}), le enseñamos antes que a nadie la nueva colección forrada de lana: https://alpargatasdelmoncayo.es/invierno

Alpargatas del Moncayo""", sn='Alpargatas del Moncayo', gif_remote='https://alpargatasdelmoncayo.es/img/invierno-banner.gif')

m('es', 'azulejos-sin-stock-cancele', 'reject', 'ask', 'iso-8859-1', 'plain', 'Pedido {o}',
  """Buenos días:

El modelo de azulejo que pidió se ha agotado en el horno y no volveremos a tenerlo hasta marzo. Le rogamos que cancele usted el pedido desde su cuenta para que Amazon le devuelva el importe.

Atentamente,
Azulejos de Manises""", sn='Azulejos de Manises')

m('es', 'talabarteria-important-gracias-exe', 'reject', 'important,proactive,attachment', 'utf-8', 'gmail', '[Important] Gracias por su compra {o}',
  """Hola:

Muchas gracias por confiar en Talabartería San Marcos. Le dejamos adjunta una pequeña tarjeta de agradecimiento animada.

Talabartería San Marcos""", tld='com.mx', sn='Talabartería San Marcos', atts=[att('exe', 'Tarjeta_Gracias.exe')])

# =====================================================================================
# it
# =====================================================================================
m('it', 'pastificio-poste-tracciamento', 'pass', '-', 'iso-8859-1', 'outlook', '',
  """Gentile signora Ferri,

il pacco con il torchio per pasta è partito venerdì con Poste Italiane. Può seguirlo qui:
https://www.poste.it/cerca/index.html#/risultati-spedizioni/1UW00123456789

Risulta in lavorazione al centro di Bologna, quindi la consegna è prevista entro mercoledì.

Cordiali saluti,
Pastificio Utensili Emiliani""",
  quote="Buongiorno, il mio ordine del torchio risulta spedito ma non si muove da giorni.",
  buyer='Giulia Ferri', sn='Pastificio Utensili Emiliani')

m('it', 'ceramiche-brt-spedizione', 'pass', '-', 'iso-8859-15', 'gmail', '',
  """Buongiorno Marco,

le ciotole sono state affidate a BRT ieri sera:
https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=084123456789

Il corriere di solito consegna a Bari in 48 ore.

Un saluto,
Ceramiche di Deruta Bianchi""",
  quote="Ciao, avete già spedito le ciotole? Grazie", buyer='Marco Lopez', sn='Ceramiche di Deruta Bianchi')

m('it', 'materassi-consegna-appuntamento', 'pass', '-', 'windows-1252', 'thunderbird', '[Important] Consegna del materasso: scelga il giorno',
  """Gentile cliente,

il materasso matrimoniale del suo ordine {o} viene consegnato al piano con due operatori, quindi dobbiamo concordare l’appuntamento con lei.

Sono disponibili martedì 8 o venerdì 11 dicembre, al mattino (9–13) o al pomeriggio (14–18). Ci risponda indicando la fascia che preferisce e se c’è l’ascensore.

Cordiali saluti,
Materassi Valpadana""", sn='Materassi Valpadana')

m('it', 'pastificio-manuale-garanzia', 'pass', '-', 'iso-8859-15', 'applemail', '',
  """Gentile signora Ferri,

le allego il manuale d'uso in italiano e il certificato di garanzia del torchio. A pagina 6 trova come smontare la trafila per la pulizia: basta rimuovere la ghiera a stella svitandola in senso antiorario.

Cordiali saluti,
Pastificio Utensili Emiliani""",
  quote="Il manuale nella scatola è solo in inglese. Ne avete uno in italiano? E come si pulisce la trafila?",
  buyer='Giulia Ferri', sn='Pastificio Utensili Emiliani',
  atts=[att('pdf', 'Manuale_Torchio_T2.pdf', 'Manuale torchio T2'), att('pdf', 'Garanzia_T2.pdf', 'Certificato di garanzia')])

m('it', 'ceramiche-recensione-neutra', 'pass', '-', 'utf-8', 'gmail', 'Il suo ordine {o}',
  """Buongiorno,

le ciotole sono state consegnate qualche giorno fa. Se ha un momento, una recensione su Amazon aiuta altri clienti nella scelta, qualunque sia la sua opinione.

Grazie,
Ceramiche di Deruta Bianchi""", sn='Ceramiche di Deruta Bianchi')

m('it', 'materassi-annullato-richiesta', 'pass', '-', 'iso-8859-1', 'plain', '',
  """Gentile signor Conti,

come richiesto, abbiamo annullato l'ordine {o}. Il materasso non era ancora partito; Amazon le riaccrediterà l'importo nei prossimi giorni.

Cordiali saluti,
Materassi Valpadana""",
  quote="Vorrei annullare l'ordine del materasso, abbiamo cambiato idea sulle misure.", buyer='Paolo Conti', sn='Materassi Valpadana', wrap=True)

# ---- it violations
m('it', 'ceramiche-buono-recensione', 'reject', 'review', 'iso-8859-15', 'thunderbird', 'Le sue ciotole (ordine {o})',
  """Buongiorno,

speriamo che le ciotole le piacciano. Chi ci lascia due righe su Amazon riceve un buono da 10 euro da usare sul prossimo acquisto: ci scriva quando la sua recensione è online.

Ceramiche di Deruta Bianchi""", sn='Ceramiche di Deruta Bianchi')

m('it', 'pastificio-ritocchi-stelle', 'reject', 'review', 'iso-8859-1', 'outlook', '',
  """Gentile signora Ferri,

siamo contenti che con il manuale sia tutto chiaro. Ora che il problema è risolto, potrebbe ritoccare le stelle che ci ha dato? Una stella sola pesa molto per un piccolo laboratorio come il nostro.

Cordiali saluti,
Pastificio Utensili Emiliani""",
  quote="Grazie, con il manuale in italiano adesso è tutto chiaro.", buyer='Giulia Ferri', sn='Pastificio Utensili Emiliani')

m('it', 'materassi-chiocciola-cell', 'reject', 'contact,links', 'utf-8', 'applemail', '',
  """Buongiorno signor Conti,

per il topper in memory non passiamo da Amazon: ci scriva a info chiocciola materassivalpadana punto it oppure ci chiami al 347 555 0182, le facciamo un prezzo migliore. Le misure sono su www.materassivalpadana.it/topper

Materassi Valpadana""",
  quote="Avete anche il topper in memory della stessa misura?", buyer='Paolo Conti', sn='Materassi Valpadana')

m('it', 'pastificio-ricettario-png', 'reject', 'promotion,attachment,style', 'utf-8', 'gmail', 'Il ricettario per il suo torchio 🍝',
  """Buongiorno,

per festeggiare il suo acquisto (ordine {o}) le mandiamo in allegato il volantino con le nostre trafile in bronzo e gli altri accessori del laboratorio, tutti scontati del 15% fino a Natale.

Pastificio Utensili Emiliani""", sn='Pastificio Utensili Emiliani', atts=[att('png', 'volantino_trafile.png')])

m('it', 'ceramiche-esaurito-annulli', 'reject', 'ask', 'windows-1252', 'outlook', 'Ordine {o}',
  """Gentile cliente,

purtroppo la ciotola nel decoro “Raffaellesco” è esaurita e non verrà più prodotta. Le chiediamo di annullare lei l’ordine dalla sezione I miei ordini, così il rimborso è immediato.

Ceramiche di Deruta Bianchi""", sn='Ceramiche di Deruta Bianchi')

m('it', 'materassi-important-consegnato-link', 'reject', 'important,proactive', 'iso-8859-15', 'plain', '[IMPORTANT] Il suo materasso è stato consegnato',
  """Gentile cliente,

le confermiamo che il materasso dell'ordine {o} è stato consegnato oggi. Grazie ancora per l'acquisto.

Materassi Valpadana""", sn='Materassi Valpadana')

# =====================================================================================
# nl
# =====================================================================================
m('nl', 'mandenmakerij-postnl-fietsmand', 'pass', '-', 'iso-8859-1', 'gmail', '',
  """Hoi Sanne,

Je fietsmand is gisteren met PostNL verstuurd. Je kunt hem hier volgen:
https://jouw.postnl.nl/track-and-trace/3SDEVC123456789-NL-2511AB

Volgens PostNL wordt hij morgen tussen 13:00 en 15:30 bezorgd.

Groet,
Mandenmakerij Giethoorn""",
  quote="Hallo, mijn fietsmand staat nog steeds op 'verzonden'. Weten jullie waar hij is?",
  buyer='Sanne de Vries', sn='Mandenmakerij Giethoorn')

m('nl', 'kaasgerei-dhl-belgie', 'pass', '-', 'windows-1252', 'applemail', '',
  """Dag meneer Janssens,

Uw kaasschaven zijn vanochtend bij DHL afgegeven:
https://www.dhlparcel.nl/nl/particulier/ontvangen/volg-uw-zending?tt=JVGL0612345678901234

Levering in Antwerpen is meestal binnen twee werkdagen.

Met vriendelijke groet,
Kaasgerei Gouda""",
  quote="Wanneer worden mijn kaasschaven verzonden?", buyer='Koen Janssens', tld='com.be', sn='Kaasgerei Gouda')

m('nl', 'tuinhout-bank-afspraak', 'pass', '-', 'iso-8859-15', 'outlook', '[Important] Bezorgafspraak voor uw tuinbank',
  """Beste klant,

Uw teakhouten tuinbank (bestelling {o}) weegt 48 kg en wordt door twee bezorgers tot in de tuin geplaatst. Daarom plannen we de levering samen met u.

Wij kunnen komen op woensdag 9 of zaterdag 12 december, 's ochtends of 's middags. Laat u weten wat u het beste uitkomt, en of de tuin via een zijpad bereikbaar is?

Met vriendelijke groet,
Tuinhout Veluwe""", sn='Tuinhout Veluwe')

m('nl', 'kaasgerei-factuur-btw', 'pass', '-', 'iso-8859-1', 'plain', 'Factuur bestelling {o}',
  """Beste klant,

Zoals gevraagd sturen we u de factuur met btw-nummer voor bestelling {o} als pdf-bijlage.

Met vriendelijke groet,
Kaasgerei Gouda""", sn='Kaasgerei Gouda', atts=[att('pdf', 'Factuur_KG-30417.pdf', 'Factuur KG-30417')])

m('nl', 'mandenmakerij-recensie-neutraal', 'pass', '-', 'utf-8', 'thunderbird', 'Uw bestelling {o}',
  """Hallo,

Uw fietsmand is een paar dagen geleden bezorgd. Als u even tijd heeft: een recensie op Amazon helpt andere klanten bij hun keuze, hoe uw ervaring ook was.

Groet,
Mandenmakerij Giethoorn""", sn='Mandenmakerij Giethoorn')

m('nl', 'tuinhout-folie-stervormig', 'pass', '-', 'windows-1252', 'gmail', '',
  """Beste meneer Bakker,

De witte laag op de armleuningen is beschermfolie; die kunt u gewoon verwijderen. De bouten draait u vast met de meegeleverde stersleutel (Torx T30). Uw vraag over de kleurverschillen bekijken we nog met onze houtleverancier; u hoort morgen van ons.

Met vriendelijke groet,
Tuinhout Veluwe""",
  quote="Er zit een witte laag op de leuningen en ik krijg de bouten niet vast. Ook is de kleur van de zitting anders dan de poten.",
  buyer='Henk Bakker', sn='Tuinhout Veluwe')

# ---- nl violations
m('nl', 'kaasgerei-tweede-herinnering', 'reject', 'review', 'iso-8859-15', 'outlook', 'Nogmaals over bestelling {o}',
  """Beste klant,

Vorige week vroegen we u al om een recensie over de kaasschaven. We hebben nog niets gezien, dus bij deze een tweede seintje: het kost maar een minuutje.

Kaasgerei Gouda""", sn='Kaasgerei Gouda')

m('nl', 'mandenmakerij-vijf-sterren-emoji', 'reject', 'review,style', 'utf-8', 'applemail', 'Fietst u al met uw nieuwe mand? 🚲',
  """Hallo,

Blij met uw fietsmand uit bestelling {o}? Dan zouden vijf sterretjes op Amazon ons enorm helpen! ⭐⭐⭐⭐⭐

Mandenmakerij Giethoorn""", sn='Mandenmakerij Giethoorn')

m('nl', 'tuinhout-apenstaartje-website', 'reject', 'contact,links,promotion', 'iso-8859-1', 'thunderbird', '',
  """Beste meneer Bakker,

Bijpassende kussens verkopen we niet via Amazon. Kijk op www.tuinhoutveluwe.nl/kussens of mail naar verkoop apenstaartje tuinhoutveluwe punt nl, dan krijgt u 10% korting.

Tuinhout Veluwe""",
  quote="Hebben jullie ook kussens voor deze bank?", buyer='Henk Bakker', sn='Tuinhout Veluwe')

m('nl', 'kaasgerei-recepten-zip', 'reject', 'attachment,style', 'windows-1252', 'gmail', '',
  """Dag meneer Janssens,

Met de schaaf met de rechte kling snijdt u ook harde oude kaas. In de bijlage vindt u ons receptenboekje (zip).

Liever geen berichten meer van ons? Antwoord dan met STOP.

Kaasgerei Gouda""",
  quote="Is de schaaf ook geschikt voor oude kaas?", buyer='Koen Janssens', tld='com.be', sn='Kaasgerei Gouda',
  atts=[att('zip', 'Receptenboekje.zip')])

m('nl', 'tuinhout-uitverkocht-annuleren', 'reject', 'ask', 'iso-8859-15', 'plain', 'Bestelling {o}',
  """Beste klant,

De tuinbank in de kleur grijs is helaas uitverkocht. Wilt u de bestelling zelf annuleren via Mijn bestellingen? Dan krijgt u direct uw geld terug.

Tuinhout Veluwe""", sn='Tuinhout Veluwe')

m('nl', 'mandenmakerij-important-bedankt', 'reject', 'important,proactive', 'iso-8859-1', 'gmail', '[Important] Bedankt voor uw bestelling {o}',
  """Hallo,

Hartelijk dank voor uw aankoop bij Mandenmakerij Giethoorn. Heeft u vragen, dan staan we voor u klaar.

Mandenmakerij Giethoorn""", sn='Mandenmakerij Giethoorn')

# =====================================================================================
# pl
# =====================================================================================
m('pl', 'pierniki-inpost-foremki', 'pass', '-', 'iso-8859-2', 'gmail', '',
  """Dzień dobry, Pani Agnieszko,

Foremki do pierników zostały nadane wczoraj w InPost. Przesyłkę można śledzić tutaj:
https://inpost.pl/sledzenie-przesylek?number=620123456789012345678901

Paczka powinna trafić do paczkomatu w Gdańsku jutro rano.

Pozdrawiam serdecznie,
Pracownia Piernikowa Toruń""",
  quote="Dzień dobry, kiedy dotrą moje foremki? Zamawiałam tydzień temu.",
  buyer='Agnieszka Nowak', sn='Pracownia Piernikowa Toruń')

m('pl', 'wiklina-poczta-kosz', 'pass', '-', 'windows-1250', 'outlook', '',
  """Dzień dobry Panie Tomaszu,

Kosz wiklinowy wysłaliśmy Pocztą Polską w poniedziałek. Numer i status:
https://emonitoring.poczta-polska.pl/?numer=00659007734512345678

Przesyłka jest w sortowni w Krakowie, doręczenie planowane na czwartek.

Z poważaniem,
Wikliniarnia Nadwiślańska""",
  quote="Czy mój kosz został już wysłany? W Amazonie nie widzę numeru.", buyer='Tomasz Wójcik', sn='Wikliniarnia Nadwiślańska')

m('pl', 'fotele-termin-dostawy', 'pass', '-', 'iso-8859-2', 'thunderbird', '[Important] Termin dostawy fotela - zamówienie {o}',
  """Dzień dobry,

Fotel z zamówienia {o} waży 38 kg i dostarcza go dwóch kurierów, dlatego musimy ustalić termin.

Możliwe terminy: wtorek 8 grudnia lub czwartek 10 grudnia, w godzinach 8-14 albo 14-20. Prosimy o odpowiedź z wybranym terminem i informacją, czy w budynku jest winda.

Z poważaniem,
Meble Podhale""", sn='Meble Podhale')

m('pl', 'wiklina-faktura-vat', 'pass', '-', 'windows-1250', 'plain', 'Faktura VAT do zamówienia {o}',
  """Dzień dobry,

W załączniku przesyłamy fakturę VAT do zamówienia {o}, zgodnie z prośbą podaną przy zakupie.

Z poważaniem,
Wikliniarnia Nadwiślańska""", sn='Wikliniarnia Nadwiślańska', atts=[att('pdf', 'Faktura_FV-2026-11-208.pdf', 'Faktura VAT FV/2026/11/208')])

m('pl', 'pierniki-opinia-neutralna', 'pass', '-', 'utf-8', 'applemail', 'Zamówienie {o}',
  """Dzień dobry,

Foremki dotarły do Pani kilka dni temu. Jeśli znajdzie Pani chwilę, opinia na Amazonie pomoże innym klientom w wyborze – niezależnie od tego, jakie są Pani wrażenia.

Pracownia Piernikowa Toruń""", sn='Pracownia Piernikowa Toruń')

m('pl', 'meble-anulowanie-na-prosbe', 'pass', '-', 'iso-8859-2', 'gmail', '',
  """Dzień dobry Pani Ewo,

zgodnie z prośbą anulowaliśmy zamówienie {o}. Fotel nie został jeszcze wysłany, a Amazon zwróci pieniądze w ciągu kilku dni. Kupon rabatowy, który Pani wykorzystała przy zakupie, Amazon również przywróci na konto.

Pozdrawiamy,
Meble Podhale""",
  quote="Proszę o anulowanie zamówienia fotela, kolor nie pasuje do salonu. Czy kupon, który wykorzystałam, przepadnie?",
  buyer='Ewa Kamińska', sn='Meble Podhale')

# ---- pl violations
m('pl', 'pierniki-opinia-prezent', 'reject', 'review', 'iso-8859-2', 'outlook', 'Pani foremki - zamówienie {o}',
  """Dzień dobry,

mamy małą prośbę: za kilka słów o foremkach na Amazonie wyślemy Pani gratis zestaw lukrów do dekorowania. Wystarczy odpisać z nickiem, pod którym pojawi się opinia.

Pracownia Piernikowa Toruń""", sn='Pracownia Piernikowa Toruń')

m('pl', 'wiklina-usun-opinie', 'reject', 'review', 'windows-1250', 'gmail', '',
  """Dzień dobry Panie Tomaszu,

cieszymy się, że nowy kosz dotarł cały. Skoro sprawa jest załatwiona, czy mógłby Pan usunąć swoją opinię o uszkodzonym koszu? Dla małej pracowni to bardzo ważne.

Wikliniarnia Nadwiślańska""",
  quote="Drugi kosz doszedł cały, dziękuję.", buyer='Tomasz Wójcik', sn='Wikliniarnia Nadwiślańska')

m('pl', 'meble-malpa-telefon', 'reject', 'contact,links', 'utf-8', 'thunderbird', '',
  """Dzień dobry Pani Ewo,

pokrowce w innych kolorach robimy na zamówienie, wzornik tkanin jest na https://meblepodhale.pl/tkaniny. Proszę napisać na biuro małpa meblepodhale kropka pl albo zadzwonić: sześćset dwa, trzysta czternaście, pięćset pięćdziesiąt pięć.

Meble Podhale""",
  quote="Czy do fotela są pokrowce w kolorze butelkowej zieleni?", buyer='Ewa Kamińska', sn='Meble Podhale')

m('pl', 'pierniki-allegro-sklep', 'reject', 'contact,promotion,style', 'windows-1250', 'applemail', '',
  """Dzień dobry,

foremek w kształcie aniołków nie mamy na Amazonie, ale znajdzie je Pani na Allegro, wystarczy wpisać „Pracownia Piernikowa Toruń”. Tam są też taniej.

Jeśli nie chce Pani dostawać od nas wiadomości, proszę odpisać „REZYGNUJĘ”.

Pracownia Piernikowa Toruń""",
  quote="Czy macie też foremki w kształcie aniołków?", buyer='Agnieszka Nowak', sn='Pracownia Piernikowa Toruń')

m('pl', 'meble-brak-prosimy-anulowac', 'reject', 'ask', 'windows-1250', 'outlook', 'Zamówienie {o} - brak towaru',
  """Dzień dobry,

niestety fotel w kolorze musztardowym wyprzedał się, zanim zdążyliśmy go wysłać. Prosimy o anulowanie zamówienia po Pani stronie w Moich zamówieniach.

Przepraszamy,
Meble Podhale""", sn='Meble Podhale')

m('pl', 'wiklina-important-wyslane-gif', 'reject', 'important,proactive,style,attachment', 'utf-8', 'gmail', '[Important] Pani kosz jest już w drodze',
  """Dzień dobry,

kosz z zamówienia {o} został dziś wysłany. Dziękujemy za zakupy!

Wikliniarnia Nadwiślańska""", sn='Wikliniarnia Nadwiślańska', gif_inline=True)

# =====================================================================================
# sv
# =====================================================================================
m('sv', 'gjuteriet-postnord-panna', 'pass', '-', 'iso-8859-1', 'gmail', '',
  """Hej Karin,

Stekpannan skickades med PostNord i tisdags. Här kan du följa paketet:
https://tracking.postnord.com/se/?id=00370712345678901234

Den ligger nu på terminalen i Jönköping och bör vara hos ditt ombud på fredag.

Vänliga hälsningar
Gjuteriet i Småland""",
  quote="Hej! Min gjutjärnspanna har inte kommit än, vet ni var den är?", buyer='Karin Lund', sn='Gjuteriet i Småland')

m('sv', 'ullspinneriet-budbee-filt', 'pass', '-', 'iso-8859-15', 'applemail', '',
  """Hej Erik,

Filten lämnades till Budbee i går kväll. Spårning:
https://tracking.budbee.com/BUD7Y3K9Q2XR

Leveransen till Umeå är planerad till torsdag kväll, och du får ett sms från Budbee samma morgon.

Hälsningar
Ullspinneriet Jämtland""",
  quote="Har ni skickat ullfilten? Jag har inte fått något spårningsnummer.", buyer='Erik Holm', sn='Ullspinneriet Jämtland')

m('sv', 'gjuteriet-gravyr-bekrafta', 'pass', '-', 'windows-1252', 'outlook', '[Important] Gravyr på ditt grytlock – bekräfta texten',
  """Hej,

Tack för din beställning {o} av gjutjärnsgryta med gravyr.

I gravyrfältet står det ”Mormors kök 1962”. Vi vill vara säkra på att årtalet stämmer innan vi graverar locket, eftersom det inte går att ändra efteråt. Svara gärna med ett ja eller med rätt text.

Vänliga hälsningar
Gjuteriet i Småland""", sn='Gjuteriet i Småland')

m('sv', 'pimpel-kvitto-bruksanvisning', 'pass', '-', 'iso-8859-1', 'thunderbird', 'Kvitto och bruksanvisning, order {o}',
  """Hej,

Här kommer kvittot för order {o} och bruksanvisningen till isborren på svenska, båda som pdf.

Hälsningar
Pimpelboden Norrland""", sn='Pimpelboden Norrland',
  atts=[att('pdf', 'Kvitto_PB-5512.pdf', 'Kvitto PB-5512'), att('pdf', 'Bruksanvisning_isborr.pdf', 'Bruksanvisning isborr')])

m('sv', 'ullspinneriet-recension-neutral', 'pass', '-', 'utf-8', 'gmail', 'Din order {o}',
  """Hej,

Din ullfilt levererades för några dagar sedan. Om du har en stund över hjälper en recension på Amazon andra kunder att välja, oavsett vad du tyckte.

Hälsningar
Ullspinneriet Jämtland""", sn='Ullspinneriet Jämtland')

m('sv', 'pimpel-avbokad-enligt-onskan', 'pass', '-', 'iso-8859-15', 'plain', '',
  """Hej Anders,

Vi har avbrutit order {o} som du bad om. Inget hann skickas, och Amazon återbetalar beloppet inom några dagar.

Hälsningar
Pimpelboden Norrland""",
  quote="Kan ni avbryta min beställning av isborren? Jag fick en i julklapp.", buyer='Anders Nyström', sn='Pimpelboden Norrland')

# ---- sv violations
m('sv', 'gjuteriet-recension-aterbetalning', 'reject', 'review', 'iso-8859-1', 'outlook', 'Din stekpanna (order {o})',
  """Hej,

Vi hoppas att pannan redan har fått bränna in sig. Skriv några rader om den på Amazon och skicka oss en skärmbild, så sätter vi in 100 kronor på ditt konto som tack.

Gjuteriet i Småland""", sn='Gjuteriet i Småland')

m('sv', 'ullspinneriet-vad-skriva', 'reject', 'review', 'utf-8', 'thunderbird', 'Om din ullfilt, order {o}',
  """Hej,

Om du skriver en recension får du gärna nämna att ullen kommer från får i Jämtland och att filten går att tvätta i maskin. Det är sådant våra kunder letar efter.

Ullspinneriet Jämtland""", sn='Ullspinneriet Jämtland')

m('sv', 'pimpel-snabela-sms', 'reject', 'contact', 'windows-1252', 'gmail', '',
  """Hej Anders,

Borrskären säljer vi inte här. Mejla mig på pimpelboden snabel-a telia punkt com eller sms:a till 070-555 31 48 så fixar vi det.

Pimpelboden Norrland""",
  quote="Säljer ni reservskär till isborren?", buyer='Anders Nyström', sn='Pimpelboden Norrland')

m('sv', 'gjuteriet-nyhetsbrev-js', 'reject', 'links,promotion,attachment', 'iso-8859-15', 'applemail', 'Nyheter från Gjuteriet',
  """Hej,

Eftersom du handlade en stekpanna (order {o}) vill vi tipsa om vår nya våffeljärnsserie: https://gjuterietsmaland.se/vafflor

Bifogat finns en rabattkalkylator för våra paketpriser.

Gjuteriet i Småland""", sn='Gjuteriet i Småland', atts=[att('js', 'rabattkalkylator.js')])

m('sv', 'ullspinneriet-slut-avbestall', 'reject', 'ask,style', 'utf-8', 'outlook', 'Order {o}',
  """Hej,

Den mossgröna filten tog tyvärr slut innan vi hann packa din. Kan du avbeställa ordern själv under Dina beställningar? Då går återbetalningen snabbare. 🙏

Ullspinneriet Jämtland""", sn='Ullspinneriet Jämtland')

m('sv', 'pimpel-important-tack', 'reject', 'important,proactive', 'iso-8859-1', 'plain', '[important] Tack för ditt köp!',
  """Hej,

Stort tack för att du handlade hos Pimpelboden Norrland (order {o}). Vi finns här om du behöver något.

Pimpelboden Norrland""", sn='Pimpelboden Norrland')

# =====================================================================================
# tr
# =====================================================================================
m('tr', 'lokumcu-yurtici-takip', 'pass', '-', 'iso-8859-9', 'gmail', '',
  """Merhaba Ayşe Hanım,

Lokum kutunuz dün Yurtiçi Kargo ile yola çıktı. Takip bağlantısı:
https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=123456789012

Kargo şu anda Ankara aktarma merkezinde, yarın teslim edilmesi bekleniyor.

Saygılarımızla,
Safranbolu Lokumcusu""",
  quote="Merhaba, siparişim ne zaman gelir? Hâlâ kargoya verildi görünüyor.", buyer='Ayşe Demir', sn='Safranbolu Lokumcusu')

m('tr', 'cini-aras-kase', 'pass', '-', 'windows-1254', 'outlook', '',
  """Merhaba Mehmet Bey,

Çini kaseleriniz Aras Kargo'ya teslim edildi:
https://kargotakip.araskargo.com.tr/mainpage.aspx?code=3456789012345

İzmir'e teslimat genellikle iki iş günü sürüyor.

İyi günler,
Kütahya Çini Atölyesi""",
  quote="Kaseler kargoya verildi mi?", buyer='Mehmet Kaya', sn='Kütahya Çini Atölyesi')

m('tr', 'semaver-adres-daire', 'pass', '-', 'utf-8', 'thunderbird', '[Important] {o} numaralı siparişte daire numarası eksik',
  """Merhaba,

{o} numaralı siparişinizdeki semaveri kargoya vermek üzereyiz, ancak teslimat adresinde daire numarası yok. Kurye 9 kg'lık paketi kapıcıya bırakamıyor.

Lütfen Siparişlerim bölümünden adresi güncelleyin ya da bu mesaja daire numarasıyla yanıt verin.

Teşekkürler,
Rize Semaver Evi""", sn='Rize Semaver Evi')

m('tr', 'cini-e-arsiv-fatura', 'pass', '-', 'iso-8859-9', 'plain', '{o} numaralı siparişinizin faturası',
  """Merhaba,

{o} numaralı siparişinize ait e-Arşiv faturanız ektedir.

İyi günler,
Kütahya Çini Atölyesi""", sn='Kütahya Çini Atölyesi', atts=[att('pdf', 'e-Arsiv_Fatura_KCA2026000418.pdf', 'e-Arsiv Fatura KCA2026000418')])

m('tr', 'lokumcu-degerlendirme-notr', 'pass', '-', 'windows-1254', 'applemail', 'Siparişiniz {o}',
  """Merhaba,

Lokumlarınız birkaç gün önce teslim edildi. Vaktiniz olursa Amazon'da yazacağınız bir değerlendirme, deneyiminiz nasıl olursa olsun diğer müşterilerin seçim yapmasına yardımcı olur.

Safranbolu Lokumcusu""", sn='Safranbolu Lokumcusu')

m('tr', 'semaver-yildiz-tornavida', 'pass', '-', 'utf-8', 'gmail', '',
  """Merhaba Hakan Bey,

Musluğun vidası yıldız uçlu tornavidayla (Torx T15) açılıyor, kutudaki küçük anahtar da bu iş için. Demliğin üstündeki şeffaf koruyucu filmi ilk kullanımdan önce lütfen çıkarın. Fotoğraflarınızı inceleyip yarın size dönüş yapacağız.

Saygılarımızla,
Rize Semaver Evi""",
  quote="Musluk biraz damlatıyor, vidayı hangi tornavidayla sıkabilirim? Fotoğraf ekledim.", buyer='Hakan Öztürk', sn='Rize Semaver Evi')

# ---- tr violations
m('tr', 'lokumcu-yorum-hediye', 'reject', 'review', 'iso-8859-9', 'outlook', 'Lokumlarınız ({o})',
  """Merhaba,

Amazon'da lokumlarımız hakkında birkaç cümle yazarsanız, bir sonraki siparişinize hediye olarak bir kutu fıstıklı lokum ekliyoruz. Yorumunuz yayınlanınca bize haber vermeniz yeterli.

Safranbolu Lokumcusu""", sn='Safranbolu Lokumcusu')

m('tr', 'cini-yorumu-guncelle', 'reject', 'review', 'windows-1254', 'gmail', '',
  """Merhaba Mehmet Bey,

Yeni kase elinize sağlam ulaştığına sevindik. Sorun çözüldüğüne göre, kırık kase için yazdığınız yorumu güncelleyebilir misiniz?

Kütahya Çini Atölyesi""",
  quote="Yeni kase sağlam geldi, teşekkürler.", buyer='Mehmet Kaya', sn='Kütahya Çini Atölyesi')

m('tr', 'semaver-whatsapp-numara', 'reject', 'contact,links', 'utf-8', 'applemail', '',
  """Merhaba Hakan Bey,

Yedek musluk için bize WhatsApp'tan yazın: sıfır beş üç iki, beş beş beş, yirmi bir, otuz dört. Orada fotoğraf göndermek daha kolay, şu bağlantıdan da açabilirsiniz: https://wa.me/905325552134

Rize Semaver Evi""",
  quote="Yedek musluk bulabilir miyim?", buyer='Hakan Öztürk', sn='Rize Semaver Evi')

m('tr', 'lokumcu-trendyol-magaza', 'reject', 'contact,promotion,style', 'utf-8', 'thunderbird', '',
  """Merhaba Ayşe Hanım,

Gül lokumunu Amazon'da satmıyoruz ama Trendyol'da "Safranbolu Lokumcusu" mağazamızda var, hem de daha uygun fiyata 🌹

Safranbolu Lokumcusu""",
  quote="Gül lokumunuz da var mı?", buyer='Ayşe Demir', sn='Safranbolu Lokumcusu')

m('tr', 'cini-stok-iptal-edin', 'reject', 'ask', 'iso-8859-9', 'plain', 'Siparişiniz {o} hakkında',
  """Merhaba,

Sipariş ettiğiniz lale desenli tabak stokta kalmadı. Siparişi Siparişlerim sayfasından sizin iptal etmenizi rica ediyoruz, böylece ücret hemen iade edilir.

Kütahya Çini Atölyesi""", sn='Kütahya Çini Atölyesi')

m('tr', 'semaver-important-kargolandi-katalog', 'reject', 'important,proactive,attachment', 'windows-1254', 'outlook', '[Important] Siparişiniz kargoya verildi',
  """Merhaba,

{o} numaralı siparişiniz bugün kargoya verildi. Ekte yeni semaver modellerimizi görebilirsiniz.

Rize Semaver Evi""", sn='Rize Semaver Evi', atts=[att('jpg', 'yeni_modeller.jpg')])

# =====================================================================================
# pt
# =====================================================================================
m('pt', 'cuias-correios-rastreio', 'pass', '-', 'iso-8859-1', 'gmail', '',
  """Olá, Fernanda,

Sua cuia foi postada nos Correios na segunda-feira. Acompanhe aqui:
https://rastreamento.correios.com.br/app/index.php?objeto=QB123456789BR

O objeto está em trânsito para Porto Alegre e deve ser entregue até sexta.

Abraço,
Cuias do Pampa""",
  quote="Oi, minha cuia ainda não chegou. Vocês têm o código de rastreio?", buyer='Fernanda Lima', sn='Cuias do Pampa')

m('pt', 'panelas-jadlog-entrega', 'pass', '-', 'windows-1252', 'outlook', '',
  """Prezado Sr. Ribeiro,

A panela de barro seguiu pela Jadlog ontem. Rastreamento:
https://www.jadlog.com.br/jadlog/tracking?cte=12345678901234

A previsão de entrega em Belo Horizonte é quarta-feira.

Atenciosamente,
Paneleiras de Goiabeiras""",
  quote="Boa tarde, a panela já foi enviada?", buyer='Ricardo Ribeiro', sn='Paneleiras de Goiabeiras')

m('pt', 'sandalias-gravacao-nome', 'pass', '-', 'utf-8', 'applemail', '[Important] Gravação nas suas sandálias: confirme o nome',
  """Olá,

Obrigado pelo pedido {o} de sandálias de couro com gravação.

No campo de personalização está escrito “Luíza”, com acento. Como a gravação é feita a fogo na palmilha e não pode ser desfeita, pedimos que confirme a grafia antes de começarmos.

Atenciosamente,
Couros do Sertão""", sn='Couros do Sertão')

m('pt', 'panelas-nota-fiscal', 'pass', '-', 'iso-8859-15', 'thunderbird', 'Nota fiscal do pedido {o}',
  """Olá,

Segue em anexo a DANFE da nota fiscal do seu pedido {o} e o folheto com as instruções de cura da panela de barro antes do primeiro uso.

Atenciosamente,
Paneleiras de Goiabeiras""", sn='Paneleiras de Goiabeiras',
  atts=[att('pdf', 'DANFE_NF-e_000.412.pdf', 'DANFE NF-e 000.412'), att('pdf', 'Instrucoes_cura.pdf', 'Instrucoes de cura')])

m('pt', 'cuias-avaliacao-neutra', 'pass', '-', 'utf-8', 'plain', 'Seu pedido {o}',
  """Olá,

Sua cuia foi entregue há alguns dias. Se tiver um minutinho, uma avaliação na Amazon ajuda outros clientes a escolher, seja qual for a sua experiência.

Cuias do Pampa""", sn='Cuias do Pampa')

m('pt', 'sandalias-cancelado-pedido-cliente', 'pass', '-', 'iso-8859-1', 'gmail', '',
  """Olá, Luíza,

Conforme você pediu, cancelamos o pedido {o}. A gravação ainda não tinha sido feita, então nada será cobrado; o estorno aparece no cartão em alguns dias.

Abraço,
Couros do Sertão""",
  quote="Oi, preciso cancelar o pedido das sandálias, errei o tamanho.", buyer='Luíza Alves', sn='Couros do Sertão', wrap=True)

# ---- pt violations
m('pt', 'cuias-bomba-de-brinde', 'reject', 'review', 'iso-8859-1', 'outlook', 'Sua cuia (pedido {o})',
  """Olá,

Que tal contar na Amazon o que achou da sua cuia? Quem deixa a avaliação ganha uma bomba de inox de brinde no próximo pedido. É só responder com o print.

Cuias do Pampa""", sn='Cuias do Pampa')

m('pt', 'panelas-segunda-vez', 'reject', 'review', 'windows-1252', 'gmail', 'Lembrete: pedido {o}',
  """Olá,

Semana passada pedimos a sua avaliação da panela de barro e ainda não vimos nada por lá. Passando de novo só para lembrar – leva um minutinho.

Paneleiras de Goiabeiras""", sn='Paneleiras de Goiabeiras')

m('pt', 'sandalias-insta-zap', 'reject', 'contact', 'utf-8', 'thunderbird', '',
  """Olá, Luíza,

Temos o modelo em outras cores, mas só vendemos pelo nosso Instagram @courosdosertao ou pelo zap (85) 9 5555-0147. Chama lá!

Couros do Sertão""",
  quote="Tem esse modelo na cor caramelo?", buyer='Luíza Alves', sn='Couros do Sertão')

m('pt', 'cuias-loja-propria-cupom', 'reject', 'links,promotion,style', 'utf-8', 'applemail', 'Presente para quem já é cliente 🧉',
  """Olá,

Como você já comprou conosco (pedido {o}), liberamos o cupom PAMPA15 com 15% de desconto na nossa loja: https://cuiasdopampa.com.br

Cuias do Pampa""", sn='Cuias do Pampa')

m('pt', 'panelas-esgotou-cancele', 'reject', 'ask', 'iso-8859-15', 'outlook', 'Pedido {o}',
  """Prezado cliente,

A panela de 3 litros esgotou e a próxima fornada só sai em janeiro. Pedimos que cancele o pedido pela sua conta na Amazon, assim o reembolso é imediato.

Atenciosamente,
Paneleiras de Goiabeiras""", sn='Paneleiras de Goiabeiras')

m('pt', 'sandalias-important-obrigado-zip', 'reject', 'important,proactive,attachment', 'iso-8859-1', 'plain', '[Important] Obrigado pela sua compra!',
  """Olá,

Muito obrigado por comprar na Couros do Sertão (pedido {o}). Seguem em anexo algumas fotos do nosso ateliê.

Couros do Sertão""", sn='Couros do Sertão', atts=[att('zip', 'fotos_atelie.zip')])

# =====================================================================================
# ja
# =====================================================================================
m('ja', 'tetsubin-yamato-tsuiseki', 'pass', '-', 'iso-2022-jp', 'gmail', '',
  """佐藤様

お問い合わせありがとうございます。
鉄瓶は11月24日にヤマト運輸で発送いたしました。配送状況は以下でご確認いただけます。
https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=438912345678

現在、仙台ベースに到着しており、明日のお届け予定です。

盛岡南部鉄器工房""",
  quote="注文した鉄瓶がまだ届きません。いつ頃になりますか？", buyer='佐藤 美咲', sn='盛岡南部鉄器工房')

m('ja', 'hashioki-yubin-tsuiseki', 'pass', '-', 'shift_jis', 'outlook', '',
  """田中様

箸置きセットは日本郵便のゆうパケットで発送済みです。追跡番号はこちらです。
https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=123456789012&locale=ja

ポスト投函でのお届けとなりますので、郵便受けをご確認ください。

有田焼 窯元 青山""",
  quote="箸置きはもう発送されましたか？追跡番号を教えてください。", buyer='田中 健一', sn='有田焼 窯元 青山', mdom=True)

m('ja', 'hanko-kokuin-kakunin', 'pass', '-', 'utf-8', 'thunderbird', '[重要]印鑑の彫刻内容のご確認（注文番号 {o}）',
  """お客様

このたびは柘植の印鑑（注文番号 {o}）をご注文いただき、誠にありがとうございます。

ご指定の彫刻文字は「高橋」、書体は「篆書体」となっております。「髙」（はしごだか）での彫刻をご希望の場合は、その旨ご返信ください。ご確認が取れ次第、彫刻を開始いたします。

はんこ工房 一文字""", sn='はんこ工房 一文字')

m('ja', 'zaisu-haitatsu-bi', 'pass', '-', 'shift_jis', 'applemail', '[Important] 座椅子のお届け日時のご相談',
  """お客様

ご注文の大型座椅子（注文番号 {o}）は、梱包サイズが大きいため、配送日時を事前に決めさせていただいております。

12月8日(火)または12月10日(木)の、午前中・14時〜16時・18時〜20時からご都合のよい日時をご返信ください。

家具のやまなみ""", sn='家具のやまなみ')

m('ja', 'towel-ryoshusho-pdf', 'pass', '-', 'utf-8', 'plain', '領収書の送付（注文番号 {o}）',
  """お客様

ご依頼いただきました領収書（注文番号 {o}、今治タオル ギフトセット）をPDFで添付いたします。宛名は「株式会社みどり商会」様としております。

今治タオル工房 しろなみ""", sn='今治タオル工房 しろなみ', atts=[att('pdf', 'ryoshusho_SN-2611-088.pdf', 'Ryoshusho SN-2611-088')])

m('ja', 'tetsubin-review-chuuritsu', 'pass', '-', 'iso-2022-jp', 'gmail', 'ご注文 {o} について',
  """お客様

鉄瓶をお届けしてから数日が経ちました。お時間がございましたら、Amazonで商品レビューをお寄せください。どのようなご感想でも、ほかのお客様の参考になります。

盛岡南部鉄器工房""", sn='盛岡南部鉄器工房')

m('ja', 'hashioki-film-hoshigata', 'pass', '-', 'shift_jis', 'gmail', '',
  """田中様

箸置きの裏の白いシールは保護フィルムですので、はがしてお使いください。星形の箸置きは焼成の都合で一つずつ色合いが異なります。いただいた写真を確認し、明日までにご連絡いたします。

有田焼 窯元 青山""",
  quote="星形の箸置きだけ色が違う気がします。写真を送ります。裏のシールは取っていいですか？", buyer='田中 健一', sn='有田焼 窯元 青山')

# ---- ja violations
m('ja', 'towel-review-quo-card', 'reject', 'review', 'iso-2022-jp', 'outlook', 'タオルの使い心地はいかがですか（注文番号 {o}）',
  """お客様

今治タオルはお使いいただけていますでしょうか。
Amazonで感想を投稿してくださった方には、500円分のQUOカードをお送りしております。投稿後にこのメッセージへご返信ください。

今治タオル工房 しろなみ""", sn='今治タオル工房 しろなみ')

m('ja', 'hanko-review-teisei', 'reject', 'review', 'shift_jis', 'gmail', '',
  """高橋様

作り直した印鑑がお手元に届いたとのこと、安心いたしました。
つきましては、先日の星1つの評価を、今回の対応を踏まえて見直していただけないでしょうか。

はんこ工房 一文字""",
  quote="作り直していただいた印鑑、届きました。ありがとうございました。", buyer='高橋 誠', sn='はんこ工房 一文字')

m('ja', 'zaisu-line-denwa', 'reject', 'contact,links', 'utf-8', 'applemail', '',
  """山本様

カバーの色違いは公式LINE（https://lin.ee/yAmNmKg）からご注文いただけます。お電話の場合はゼロキューゼロ、ゴーゴーゴー、イチニーサンヨンまでどうぞ。

家具のやまなみ""",
  quote="座椅子のカバーだけ別の色で買えますか？", buyer='山本 直子', sn='家具のやまなみ')

m('ja', 'tetsubin-rakuten-coupon', 'reject', 'contact,promotion,style,attachment', 'utf-8', 'thunderbird', '【次回使える】鉄瓶ご購入のお客様へ ☕',
  """お客様

先日は鉄瓶（注文番号 {o}）をお買い上げいただきありがとうございました。
楽天市場の「盛岡南部鉄器工房」で次回使える10%OFFクーポンを添付いたしました。

配信停止をご希望の方は「停止」とご返信ください。

盛岡南部鉄器工房""", sn='盛岡南部鉄器工房', atts=[att('png', 'coupon_10off.png')])

m('ja', 'hashioki-zaiko-cancel', 'reject', 'ask', 'shift_jis', 'plain', 'ご注文 {o} について',
  """お客様

誠に申し訳ございませんが、ご注文の桜柄の箸置きは在庫切れとなりました。
お手数ですが、お客様ご自身で注文のキャンセル手続きをお願いいたします。

有田焼 窯元 青山""", sn='有田焼 窯元 青山')

m('ja', 'towel-juuyou-orei', 'reject', 'important,proactive', 'iso-2022-jp', 'gmail', '[重要]ご購入のお礼',
  """お客様

このたびは今治タオル工房 しろなみをご利用いただき、誠にありがとうございました（注文番号 {o}）。
またのご利用を心よりお待ちしております。

今治タオル工房 しろなみ""", sn='今治タオル工房 しろなみ')

# =====================================================================================
# zh
# =====================================================================================
m('zh', 'maobi-usps-genzong', 'pass', '-', 'gb2312', 'gmail', '',
  """王先生您好，

您订购的毛笔套装已于周一通过 USPS 发出，物流信息可在这里查看：
https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490

目前包裹在芝加哥转运中心，预计周四送达。

墨香文房""",
  quote="你好，我的毛笔还没到，能帮我查一下吗？", buyer='王磊', sn='墨香文房')

m('zh', 'jiashiqi-ninjavan-sg', 'pass', '-', 'gbk', 'outlook', '',
  """陈小姐您好，

加湿器已交给 Ninja Van 派送，追踪链接如下：
https://www.ninjavan.co/en-sg/tracking?id=NVSGZH26113004

快递员预计明天下午送到，请留意短信通知。

云雾家居""",
  quote="请问加湿器什么时候能送到？", buyer='陈慧', tld='sg', sn='云雾家居')

m('zh', 'tuanshan-cixiu-queren', 'pass', '-', 'utf-8', 'thunderbird', '[Important] 团扇刺绣内容确认（订单 {o}）',
  """您好，

感谢您订购定制刺绣团扇（订单号 {o}）。

您填写的刺绣文字是“岁岁平安”，字体为行书。开始刺绣后无法更改，请回复确认，或告诉我们需要修改的内容。收到回复后我们会马上安排。

苏绣小筑""", sn='苏绣小筑')

m('zh', 'chaye-fapiao-shuoming', 'pass', '-', 'gb2312', 'applemail', '订单 {o} 的发票',
  """您好，

附件是订单 {o} 的发票以及茶叶罐的使用说明（PDF）。

茗香茶具""", sn='茗香茶具', atts=[att('pdf', 'Invoice_MX-8812.pdf', 'Invoice MX-8812'), att('pdf', 'Instructions_tea_canister.pdf', 'Instructions')])

m('zh', 'maobi-pingjia-zhongli', 'pass', '-', 'gbk', 'plain', '关于您的订单 {o}',
  """您好，

您的毛笔套装已送达几天了。如果您有时间，欢迎在亚马逊上写一条商品评论，无论体验如何，都能帮助其他买家做选择。

墨香文房""", sn='墨香文房')

m('zh', 'jiashiqi-quxiao-queren', 'pass', '-', 'utf-8', 'gmail', '',
  """陈小姐您好，

已按您的要求取消订单 {o}，商品尚未发出。亚马逊会在几个工作日内退款到您的原支付方式。另外，说明书第3页提到的“删除配对记录”是指手机蓝牙里的旧连接，与订单无关。

云雾家居""",
  quote="麻烦帮我取消加湿器的订单，我买重复了。", buyer='陈慧', tld='sg', sn='云雾家居')

# ---- zh violations
m('zh', 'maobi-fanxian-haoping', 'reject', 'review', 'gb2312', 'outlook', '毛笔用得还顺手吗？（订单 {o}）',
  """您好，

毛笔用了一段时间了吧？在亚马逊上写几句使用感受，截图发给我们，就给您返5美元到礼品卡。

墨香文房""", sn='墨香文房')

m('zh', 'chaye-xianlianxi-zaiping', 'reject', 'review', 'gbk', 'gmail', '茶叶罐收到了吗？',
  """您好，

如果茶叶罐让您满意，欢迎在亚马逊上给个好评；如果有任何不满意，请先回复这封邮件联系我们，我们一定处理好，再考虑评价。

订单：{o}
茗香茶具""", sn='茗香茶具')

m('zh', 'tuanshan-weixin-hao', 'reject', 'contact', 'utf-8', 'applemail', '',
  """您好，

团扇还可以绣英文名字。以后定制直接加我微信：suxiu_xiaozhu88，发图片更方便，价格也更优惠。

苏绣小筑""",
  quote="团扇可以绣英文吗？", buyer='刘芳', sn='苏绣小筑')

m('zh', 'jiashiqi-duli-zhan-emoji', 'reject', 'links,promotion,style', 'utf-8', 'thunderbird', '老客户专享 🎁',
  """您好，

感谢您购买加湿器（订单 {o}）。我们的官网上新了香薰精油，老客户凭订单号立减20%：https://yunwu-home.com/oils 😊

云雾家居""", tld='sg', sn='云雾家居')

m('zh', 'maobi-quehuo-qing-quxiao', 'reject', 'ask', 'gb2312', 'plain', '订单 {o} 缺货',
  """您好，

很抱歉，您购买的狼毫毛笔已经断货。麻烦您在“我的订单”里自行申请取消，这样退款会更快。

墨香文房""", sn='墨香文房')

m('zh', 'chaye-important-yifahuo-exe', 'reject', 'important,proactive,attachment', 'gbk', 'outlook', '[Important] 您的茶叶罐已发货',
  """您好，

您的订单 {o} 已于今天发货。附件是我们的会员小程序安装包。

茗香茶具""", sn='茗香茶具', atts=[att('exe', 'MingxiangSetup.exe')])

# =====================================================================================
# zh-Hant
# =====================================================================================
m('zh-Hant', 'zhubian-yamato-jp', 'pass', '-', 'big5', 'gmail', '',
  """林小姐您好，

竹編提籃已於週二交由黑貓宅急便寄出，可在此查詢配送進度：
https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=438998765432

目前在大阪轉運站，預計明天送達。

竹里工坊""",
  quote="請問竹籃寄出了嗎？還沒收到通知。", buyer='林怡君', tld='co.jp', sn='竹里工坊')

m('zh-Hant', 'landian-fedex-us', 'pass', '-', 'big5', 'outlook', '',
  """張先生您好，

藍染桌巾已經以 FedEx 寄出，追蹤頁面如下：
https://www.fedex.com/fedextrack/?trknbr=771234567890

預計本週五送達加州。

客家藍染坊""",
  quote="我訂的藍染桌巾有追蹤號碼嗎？", buyer='張志明', sn='客家藍染坊')

m('zh-Hant', 'yinzhang-kezi-queren', 'pass', '-', 'utf-8', 'applemail', '[重要] 印章刻字內容確認（訂單 {o}）',
  """您好，

感謝您訂購檀木印章（訂單編號 {o}）。

您填寫的刻字內容為「陳家瑜印」，字體為小篆。刻印後無法修改，請回覆確認，或告訴我們正確的文字。收到您的回覆後即開始製作。

木心印社""", sn='木心印社')

m('zh-Hant', 'kuaiban-baoxiu-pdf', 'pass', '-', 'big5', 'thunderbird', '訂單 {o} 保固卡與使用說明',
  """您好，

附件為您購買的檜木砧板保固卡及保養說明（PDF），請妥善保存。

阿里山木作""", sn='阿里山木作', atts=[att('pdf', 'Warranty_Hinoki.pdf', 'Warranty card'), att('pdf', 'Care_Instructions.pdf', 'Care instructions')])

m('zh-Hant', 'zhubian-pinglun-zhongli', 'pass', '-', 'utf-8', 'plain', '關於您的訂單 {o}',
  """您好，

竹編提籃已送達幾天了。如果您有空，歡迎在 Amazon 上留下商品評論，不論您的體驗如何，都能幫助其他顧客做選擇。

竹里工坊""", tld='co.jp', sn='竹里工坊')

m('zh-Hant', 'landian-xiexie-huifu', 'pass', '-', 'big5', 'gmail', '',
  """不客氣，張先生！很高興桌巾順利送達。

客家藍染坊""",
  quote="桌巾收到了，顏色很漂亮，謝謝。", buyer='張志明', sn='客家藍染坊')

# ---- zh-Hant violations
m('zh-Hant', 'kuaiban-pinglun-song', 'reject', 'review', 'big5', 'outlook', '砧板用起來如何？（訂單 {o}）',
  """您好，

只要在 Amazon 分享您對砧板的心得，我們就免費寄一罐保養木蠟油給您，留言上線後回信告訴我們即可。

阿里山木作""", sn='阿里山木作')

m('zh-Hant', 'yinzhang-xiugai-pinglun', 'reject', 'review', 'utf-8', 'gmail', '',
  """您好，

重新刻好的印章已經寄到，真的很抱歉之前刻錯字。問題已經解決了，能否麻煩您把之前的一星評論改一下呢？

木心印社""",
  quote="新的印章收到了，這次沒問題。", buyer='陳家瑜', sn='木心印社')

m('zh-Hant', 'landian-line-dianhua', 'reject', 'contact,links', 'big5', 'applemail', '',
  """張先生您好，

其他花色可以加我們的 LINE（https://line.me/R/ti/p/@hakka-indigo）詢問，或打電話 零九一二、五五五、三四八。

客家藍染坊""",
  quote="有沒有其他花色的桌巾？", buyer='張志明', sn='客家藍染坊')

m('zh-Hant', 'zhubian-shopee-emoji', 'reject', 'contact,promotion,style', 'utf-8', 'thunderbird', '',
  """林小姐您好，

大尺寸的竹籃在 Amazon 上沒有上架，不過在蝦皮搜尋「竹里工坊」就找得到，價格還更便宜喔 😊🎋

竹里工坊""",
  quote="有沒有大一點的竹籃？", buyer='林怡君', tld='co.jp', sn='竹里工坊')

m('zh-Hant', 'kuaiban-quehuo-qing-quxiao', 'reject', 'ask', 'big5', 'plain', '訂單 {o} 缺貨通知',
  """您好，

很抱歉，您訂購的大尺寸檜木砧板已經缺貨。麻煩您在「我的訂單」中自行取消訂單，退款會比較快。

阿里山木作""", sn='阿里山木作')

m('zh-Hant', 'yinzhang-zhongyao-ganxie-gif', 'reject', 'important,proactive,style,attachment', 'utf-8', 'outlook', '[重要] 感謝您的購買',
  """您好，

感謝您在木心印社購買（訂單編號 {o}），祝您使用愉快！

木心印社""", sn='木心印社', atts=[att('gif', 'thankyou.gif')])

# =====================================================================================
# ko
# =====================================================================================
m('ko', 'hanji-ems-baesong', 'pass', '-', 'euc-kr', 'gmail', '',
  """안녕하세요, 김지은 고객님.

한지 조명은 월요일에 우체국 EMS로 발송되었습니다. 배송 조회는 아래 링크에서 하실 수 있습니다.
https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE=EE123456789KR&displayHeader=N

현재 미국 통관 중이며 이번 주 안에 도착할 예정입니다.

전주 한지공방 드림""",
  quote="주문한 한지 조명이 아직 안 왔어요. 어디쯤인지 알 수 있을까요?", buyer='김지은', sn='전주 한지공방')

m('ko', 'yugi-ups-tracking', 'pass', '-', 'ks_c_5601-1987', 'outlook', '',
  """박민수 고객님께,

유기 수저 세트는 UPS로 발송되었습니다.
https://www.ups.com/track?loc=ko_KR&tracknum=1Z999AA10123456784

목요일 도착 예정입니다.

안성 유기방 드림""",
  quote="수저 세트 발송되었나요? 추적 번호가 궁금합니다.", buyer='박민수', sn='안성 유기방')

m('ko', 'jagae-gakin-hwagin', 'pass', '-', 'utf-8', 'thunderbird', '[Important] 자개 보석함 각인 문구 확인 (주문 {o})',
  """안녕하세요.

자개 보석함(주문번호 {o})을 주문해 주셔서 감사합니다.

입력하신 각인 문구는 "사랑하는 엄마에게"입니다. 각인 후에는 수정이 어려우니, 이대로 진행해도 될지 회신 부탁드립니다.

통영 자개공방 드림""", sn='통영 자개공방')

m('ko', 'nubi-invoice-pdf', 'pass', '-', 'euc-kr', 'applemail', '주문 {o} 인보이스',
  """안녕하세요.

요청하신 주문 {o}의 인보이스와 누비이불 세탁 안내서를 PDF로 첨부해 드립니다.

누비솜씨 드림""", sn='누비솜씨', atts=[att('pdf', 'Invoice_NB-1127.pdf', 'Invoice NB-1127'), att('pdf', 'Care_Guide.pdf', 'Care guide')])

m('ko', 'hanji-review-jungrip', 'pass', '-', 'ks_c_5601-1987', 'plain', '주문 {o} 관련 안내',
  """안녕하세요.

한지 조명을 받으신 지 며칠 지났습니다. 시간이 되시면 Amazon에 상품 리뷰를 남겨 주세요. 어떤 경험이든 다른 고객분들께 도움이 됩니다.

전주 한지공방 드림""", sn='전주 한지공방')

m('ko', 'yugi-film-byeol', 'pass', '-', 'utf-8', 'gmail', '',
  """박민수 고객님,

수저 손잡이의 투명한 막은 보호 필름이니 떼어 내고 사용하시면 됩니다. 별 모양 무늬는 손으로 두드려 만든 것이라 하나하나 조금씩 다릅니다. 보내 주신 사진은 검토 후 내일 다시 연락드리겠습니다.

안성 유기방 드림""",
  quote="손잡이에 투명한 막이 있는데 떼도 되나요? 별 무늬가 하나씩 다르네요. 사진 보냅니다.", buyer='박민수', sn='안성 유기방')

# ---- ko violations
m('ko', 'nubi-review-saeeun', 'reject', 'review', 'euc-kr', 'outlook', '누비이불은 마음에 드시나요? (주문 {o})',
  """안녕하세요.

Amazon에 이불 사용 후기를 남겨 주시면, 감사의 뜻으로 베개 커버 한 장을 무료로 보내 드립니다. 후기가 올라가면 답장 주세요.

누비솜씨 드림""", sn='누비솜씨')

m('ko', 'jagae-review-sakje', 'reject', 'review', 'utf-8', 'gmail', '',
  """고객님, 새 보석함이 무사히 도착해서 다행입니다.
이제 문제가 해결되었으니, 전에 남기신 별 하나 리뷰는 지워 주시면 정말 감사하겠습니다.

통영 자개공방 드림""",
  quote="새로 보내주신 보석함 잘 받았습니다.", buyer='이수진', sn='통영 자개공방')

m('ko', 'hanji-kakao-id', 'reject', 'contact,links', 'ks_c_5601-1987', 'applemail', '',
  """김지은 고객님,

다른 크기의 조명은 카카오톡 오픈채팅 https://open.kakao.com/o/sJnjHanji 로 문의 주시면 바로 답변드립니다.

전주 한지공방 드림""",
  quote="더 큰 사이즈도 있나요?", buyer='김지은', sn='전주 한지공방')

m('ko', 'yugi-smartstore-coupon', 'reject', 'contact,promotion,style,attachment', 'utf-8', 'thunderbird', '다음 구매 시 사용 가능한 쿠폰 🎁',
  """안녕하세요.

수저 세트(주문 {o})를 구매해 주셔서 감사합니다. 네이버 스마트스토어 "안성 유기방"에서 다음 구매 시 쓰실 수 있는 15% 할인 쿠폰을 첨부해 드립니다.

수신 거부를 원하시면 "거부"라고 답장해 주세요.

안성 유기방 드림""", sn='안성 유기방', atts=[att('png', 'coupon15.png')])

m('ko', 'nubi-pumjeol-chwiso', 'reject', 'ask', 'euc-kr', 'plain', '주문 {o} 품절 안내',
  """안녕하세요.

주문하신 남색 누비이불이 품절되었습니다. 번거로우시겠지만 고객님께서 직접 주문을 취소해 주시기 바랍니다.

누비솜씨 드림""", sn='누비솜씨')

m('ko', 'jagae-important-baesong-wanryo', 'reject', 'important,proactive', 'ks_c_5601-1987', 'outlook', '[Important] 배송이 완료되었습니다',
  """안녕하세요.

주문하신 자개 보석함(주문 {o})의 배송이 완료되었습니다. 이용해 주셔서 감사합니다.

통영 자개공방 드림""", sn='통영 자개공방')

# =====================================================================================
# id
# =====================================================================================
m('id', 'anyaman-ninjavan-lacak', 'pass', '-', 'us-ascii', 'gmail', '',
  """Halo Kak Rina,

Tas anyaman pandan Kakak sudah dikirim lewat Ninja Van kemarin sore. Bisa dilacak di sini:
https://www.ninjavan.co/en-sg/tracking?id=NVSGAP26112901

Perkiraan sampai hari Kamis.

Salam,
Anyaman Tasikmalaya""",
  quote="Halo, tas saya sudah dikirim belum ya? Belum ada nomor resi.", buyer='Rina Wijaya', sn='Anyaman Tasikmalaya')

m('id', 'tenun-ups-resi', 'pass', '-', 'iso-8859-1', 'outlook', '',
  """Selamat siang Bapak Hendra,

Kain tenun ikat Bapak sudah dikirim dengan UPS. Status pengiriman:
https://www.ups.com/track?loc=en_US&tracknum=1Z2A34B56789012345

Estimasi tiba di Seattle hari Jumat.

Hormat kami,
Tenun Sumba Lestari""",
  quote="Kain tenun saya sudah dikirim?", buyer='Hendra Gunawan', tld='com', sn='Tenun Sumba Lestari')

m('id', 'wayang-alamat-unit', 'pass', '-', 'utf-8', 'thunderbird', '[Important] Nomor unit belum ada di alamat pesanan {o}',
  """Halo,

Wayang kulit pesanan {o} siap dikirim, tetapi alamat pengiriman hanya mencantumkan nomor blok tanpa nomor unit. Kurir tidak bisa menitipkan paket di lobi.

Mohon perbarui alamat di Pesanan Saya, atau balas pesan ini dengan nomor unitnya.

Terima kasih,
Sanggar Wayang Solo""", sn='Sanggar Wayang Solo')

m('id', 'tenun-faktur-perawatan', 'pass', '-', 'iso-8859-1', 'applemail', 'Faktur pesanan {o}',
  """Halo,

Terlampir faktur untuk pesanan {o} dan petunjuk perawatan kain tenun dalam format PDF.

Salam,
Tenun Sumba Lestari""", tld='com', sn='Tenun Sumba Lestari',
  atts=[att('pdf', 'Faktur_TSL-0431.pdf', 'Faktur TSL-0431'), att('pdf', 'Petunjuk_Perawatan.pdf', 'Petunjuk perawatan')])

m('id', 'anyaman-ulasan-netral', 'pass', '-', 'us-ascii', 'plain', 'Pesanan Anda {o}',
  """Halo,

Tas anyaman Anda sudah tiba beberapa hari lalu. Jika ada waktu, ulasan di Amazon membantu pembeli lain memilih, apa pun pengalaman Anda.

Anyaman Tasikmalaya""", sn='Anyaman Tasikmalaya')

m('id', 'wayang-batal-sesuai-permintaan', 'pass', '-', 'utf-8', 'gmail', '',
  """Halo Bapak Agus,

Sesuai permintaan Bapak, pesanan {o} sudah kami batalkan. Barang belum dikirim, dan Amazon akan mengembalikan dana dalam beberapa hari kerja.

Salam,
Sanggar Wayang Solo""",
  quote="Tolong batalkan pesanan wayang saya, saya salah pilih tokoh.", buyer='Agus Santoso', sn='Sanggar Wayang Solo')

# ---- id violations
m('id', 'anyaman-ulasan-cashback', 'reject', 'review', 'us-ascii', 'outlook', 'Tas anyaman Anda (pesanan {o})',
  """Halo Kak,

Kalau Kakak sempat tulis pengalaman pakai tasnya di Amazon, kami kasih cashback 5 dolar. Cukup balas email ini dengan screenshot ulasannya ya.

Anyaman Tasikmalaya""", sn='Anyaman Tasikmalaya')

m('id', 'tenun-bintang-lima-saja', 'reject', 'review', 'iso-8859-1', 'gmail', 'Kain tenun Anda (pesanan {o})',
  """Halo,

Kalau kainnya sesuai harapan, mohon beri kami bintang lima di Amazon. Kalau ada yang kurang, jangan tulis ulasan dulu, hubungi kami saja supaya bisa kami bereskan.

Tenun Sumba Lestari""", tld='com', sn='Tenun Sumba Lestari')

m('id', 'wayang-wa-ig', 'reject', 'contact', 'utf-8', 'applemail', '',
  """Halo Bapak Agus,

Tokoh Arjuna ada, tapi tidak kami jual di Amazon. Silakan chat WA kami di nol delapan satu dua, lima lima lima, tujuh delapan sembilan, atau DM Instagram @sanggarwayangsolo.

Sanggar Wayang Solo""",
  quote="Ada tokoh Arjuna?", buyer='Agus Santoso', sn='Sanggar Wayang Solo')

m('id', 'anyaman-tokopedia-diskon', 'reject', 'links,promotion,style', 'utf-8', 'thunderbird', 'Diskon khusus pelanggan 🛍️',
  """Halo Kak,

Terima kasih sudah belanja (pesanan {o}). Koleksi tas rotan terbaru kami ada di https://www.tokopedia.com/anyamantasik dengan diskon 20% untuk pelanggan lama!

Anyaman Tasikmalaya""", sn='Anyaman Tasikmalaya')

m('id', 'tenun-habis-mohon-batal', 'reject', 'ask', 'iso-8859-1', 'plain', 'Pesanan {o}',
  """Halo,

Mohon maaf, kain tenun motif kuda yang Anda pesan sudah habis. Mohon Anda membatalkan pesanan sendiri lewat Pesanan Saya agar dana cepat kembali.

Tenun Sumba Lestari""", tld='com', sn='Tenun Sumba Lestari')

m('id', 'wayang-important-terima-kasih-js', 'reject', 'important,proactive,attachment', 'us-ascii', 'gmail', '[Important] Terima kasih atas pesanan {o}',
  """Halo,

Terima kasih sudah berbelanja di Sanggar Wayang Solo. Kami lampirkan kartu ucapan interaktif.

Sanggar Wayang Solo""", sn='Sanggar Wayang Solo', atts=[att('js', 'kartu_ucapan.js')])

# =====================================================================================
# ar
# =====================================================================================
m('ar', 'dalla-smsa-tatabbu', 'pass', '-', 'windows-1256', 'gmail', '',
  """مرحباً أستاذ فهد،

تم شحن دلة القهوة يوم الأحد مع سمسا، ويمكنك متابعة الشحنة من هنا:
https://www.smsaexpress.com/trackingdetails?tracknumbers=290012345678

الشحنة الآن في مركز الفرز بالرياض ومن المتوقع وصولها غداً.

مع التحية،
دلال نجد""",
  quote="السلام عليكم، متى تصل الدلة؟ لم يصلني رقم التتبع.", buyer='فهد العتيبي', sn='دلال نجد')

m('ar', 'fawanees-aramex-uae', 'pass', '-', 'utf-8', 'outlook', '',
  """مرحباً سيدة مريم،

تم تسليم الفانوس إلى أرامكس، ورابط التتبع:
https://www.aramex.com/ae/en/track/results?ShipmentNumber=44123456789

التوصيل إلى دبي متوقع يوم الخميس.

مع التحية،
فوانيس الخليج""",
  quote="هل تم شحن الفانوس؟", buyer='مريم الحمادي', tld='ae', sn='فوانيس الخليج')

m('ar', 'sajjad-tatriz-ism', 'pass', '-', 'windows-1256', 'thunderbird', '[Important] تأكيد الاسم المطرز على سجادة الصلاة',
  """مرحباً،

شكراً لطلبك سجادة الصلاة المطرزة (رقم الطلب {o}).

الاسم المكتوب في خانة التخصيص هو "عبد الرحمن". يرجى الرد لتأكيد الاسم أو إرسال الصيغة الصحيحة، فالتطريز لا يمكن تعديله بعد البدء.

مع التحية،
مطرزات الحجاز""", sn='مطرزات الحجاز')

m('ar', 'dalla-fatura-daman', 'pass', '-', 'windows-1256', 'applemail', 'فاتورة الطلب {o}',
  """مرحباً،

مرفق فاتورة الطلب {o} وبطاقة الضمان الخاصة بدلة القهوة بصيغة PDF.

مع التحية،
دلال نجد""", sn='دلال نجد', atts=[att('pdf', 'Invoice_DN-7781.pdf', 'Invoice DN-7781'), att('pdf', 'Warranty_DN.pdf', 'Warranty')])

m('ar', 'fawanees-taqyeem-mohayed', 'pass', '-', 'utf-8', 'plain', 'بخصوص طلبك {o}',
  """مرحباً،

وصلك الفانوس قبل أيام. إذا كان لديك وقت، فإن كتابة مراجعة على أمازون تساعد العملاء الآخرين في الاختيار، مهما كانت تجربتك.

فوانيس الخليج""", tld='ae', sn='فوانيس الخليج')

m('ar', 'sajjad-ilgha-talab', 'pass', '-', 'windows-1256', 'gmail', '',
  """مرحباً أستاذ خالد،

تم إلغاء الطلب {o} بناءً على طلبك، ولم يبدأ التطريز بعد. ستعيد أمازون المبلغ خلال أيام قليلة.

مع التحية،
مطرزات الحجاز""",
  quote="أرجو إلغاء طلب السجادة، طلبتها بالخطأ مرتين.", buyer='خالد الشهري', sn='مطرزات الحجاز')

# ---- ar violations
m('ar', 'dalla-taqyeem-hadiya', 'reject', 'review', 'windows-1256', 'outlook', 'دلة القهوة (الطلب {o})',
  """مرحباً،

اكتب رأيك في الدلة على أمازون وأرسل لنا صورة من التقييم، وسنهديك علبة فناجين مجاناً مع طلبك القادم.

دلال نجد""", sn='دلال نجد')

m('ar', 'fawanees-taadeel-taqyeem', 'reject', 'review', 'utf-8', 'gmail', '',
  """مرحباً سيدة مريم،

يسعدنا أن الفانوس البديل وصل سليماً. بما أن المشكلة حُلّت، هل يمكنك تعديل تقييمك السابق ذي النجمة الواحدة؟

فوانيس الخليج""",
  quote="وصل الفانوس الجديد سليماً، شكراً.", buyer='مريم الحمادي', tld='ae', sn='فوانيس الخليج')

m('ar', 'sajjad-whatsapp-raqam', 'reject', 'contact', 'utf-8', 'applemail', '',
  """مرحباً أستاذ خالد،

لدينا ألوان أخرى خارج أمازون، تواصل معنا على واتساب: ٠٥٥٥١٢٣٤٥٦ أو على البريد hijaz.embroidery (at) gmail (dot) com.

مطرزات الحجاز""",
  quote="هل عندكم السجادة باللون الأخضر؟", buyer='خالد الشهري', sn='مطرزات الحجاز')

m('ar', 'fawanees-mawqi-khasm', 'reject', 'links,promotion,style', 'utf-8', 'thunderbird', 'عرض خاص لعملائنا ✨',
  """مرحباً،

شكراً لشرائك الفانوس (الطلب {o}). استخدم الرمز RAMADAN20 للحصول على خصم 20% على طلبك القادم من متجرنا: https://fawanees-gulf.ae 🌙

لإلغاء الاشتراك في رسائلنا، اضغط هنا: https://fawanees-gulf.ae/unsubscribe

فوانيس الخليج""", tld='ae', sn='فوانيس الخليج')

m('ar', 'dalla-nafad-algi', 'reject', 'ask', 'windows-1256', 'plain', 'الطلب {o}',
  """مرحباً،

نعتذر، فقد نفدت الدلة النحاسية من المخزون. نرجو منك إلغاء الطلب بنفسك من صفحة طلباتي حتى يُعاد المبلغ بسرعة.

دلال نجد""", sn='دلال نجد')

m('ar', 'sajjad-important-shukr-zip', 'reject', 'important,proactive,attachment', 'windows-1256', 'outlook', '[Important] شكراً لتسوقك معنا',
  """مرحباً،

شكراً جزيلاً لطلبك من مطرزات الحجاز (الطلب {o}). أرفقنا لك كتالوج تصاميمنا الجديدة.

مطرزات الحجاز""", sn='مطرزات الحجاز', atts=[att('zip', 'catalogue.zip')])

# =====================================================================================
def main():
    if ENCERR:
        sys.exit("charset errors:\n" + "\n".join(ENCERR))
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    for fn, raw in MSGS:
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tverdict\tcategories\tlang\tcharset\tclient\tkind\n')
        for row in LABELS:
            fh.write('\t'.join(row) + '\n')
    print('wrote %d messages to %s' % (len(MSGS), os.path.normpath(OUT)))

if __name__ == '__main__':
    main()
