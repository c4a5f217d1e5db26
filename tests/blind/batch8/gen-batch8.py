#!/usr/bin/env python3
"""Blind batch h (2026-11-30h) for aliasgate.

Deterministic, stdlib only.  Every verdict and category is written by hand on
the m(...) call that holds the message text; this script only checks that a
label is well-formed and writes the files.
"""
import base64, datetime, hashlib, html, io, os, quopri, random, re, struct, sys, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '2026-11-30h'))
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
CLIENTS = {'gmail', 'outlook', 'applemail', 'thunderbird', 'plain'}
MSGS = []


def m(lang, slug, verdict, cats, charset, client, kind, subject, body, quote=None, att=(), tld=None,
      name=None, shop=None, wrap=False, plus=False):
    assert verdict in ('pass', 'reject'), slug
    if verdict == 'pass':
        assert cats == '-', slug
    else:
        assert cats != '-' and set(cats.split(',')) <= CATS, slug
    assert client in CLIENTS and kind in ('reply', 'proactive'), slug
    assert (kind == 'reply') == (quote is not None), slug
    assert all(x['slug'] != slug for x in MSGS), slug
    MSGS.append(dict(lang=lang, slug=slug, verdict=verdict, cats=cats, charset=charset, client=client,
                     kind=kind, subject=subject, body=body, quote=quote, att=list(att), tld=tld,
                     name=name, shop=shop, wrap=wrap, plus=plus))


# ---------------------------------------------------------------- languages
WD = {'en': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']}
L = {
    'en': dict(tld=['com', 'co.uk', 'ca', 'com.au', 'in'], names=['Megan', 'Trevor', 'Aisha', 'Colin', 'Priya', 'Dale'],
               ol='RE:', date=lambda d: d.strftime('%a, %b %d, %Y').replace(' 0', ' '),
               gm='On {d} at {t}, {n} <{a}> wrote:', ap='On {d}, at {t}, {n} <{a}> wrote:',
               tb='On {d} {t}, {n} <{a}> wrote:', lab=('From', 'Sent', 'To', 'Subject'),
               orig='-----Original Message-----', wrap=('------------- Message: -------------', '------------- End message -------------')),
    'ja': dict(tld=['co.jp', 'co.jp'], names=['佐藤', '高橋', '中村', '小林'], ol='RE:',
               date=lambda d: '%d年%d月%d日(%s)' % (d.year, d.month, d.day, '月火水木金土日'[d.weekday()]),
               gm='{d} {t} {n} <{a}>:', ap='{d} {t}、{n} <{a}>のメール:', tb='{d} {t} {n} <{a}> さんは書きました:',
               lab=('差出人', '送信日時', '宛先', '件名'), orig='-----Original Message-----', wrap=None),
    'zh': dict(tld=['com', 'co.uk', 'sg'], names=['王先生', '李女士', '陈先生', '刘女士'], ol='回复:',
               date=lambda d: '%d年%d月%d日' % (d.year, d.month, d.day),
               gm='{n} <{a}> 于{d} {t}写道：', ap='{d} {t}，{n} <{a}> 写道：', tb='在 {d} {t}, {n} <{a}> 写道:',
               lab=('发件人', '发送时间', '收件人', '主题'), orig='------------------ 原始邮件 ------------------', wrap=None),
    'zh-Hant': dict(tld=['com', 'co.jp', 'com.au'], names=['林小姐', '張先生', '黃小姐', '吳先生'], ol='回覆:',
                    date=lambda d: '%d年%d月%d日' % (d.year, d.month, d.day),
                    gm='{n} <{a}> 於 {d} {t} 寫道：', ap='{n} <{a}> 於 {d} {t} 寫道：', tb='{n} <{a}> 於 {d} {t} 寫道:',
                    lab=('寄件者', '寄件日期', '收件者', '主旨'), orig='-----原始郵件-----', wrap=None),
    'ko': dict(tld=['com', 'co.jp', 'com.au'], names=['김민지', '이준호', '박서연', '최동현'], ol='회신:',
               date=lambda d: '%d년 %d월 %d일 (%s)' % (d.year, d.month, d.day, '월화수목금토일'[d.weekday()]),
               gm='{d} {t}, {n} <{a}>님이 작성:', ap='{d} {t}, {n} <{a}> 작성:', tb='{d} {t}에 {n} <{a}>이(가) 쓴 글:',
               lab=('보낸 사람', '보낸 날짜', '받는 사람', '제목'), orig='-----Original Message-----', wrap=None),
    'de': dict(tld=['de', 'de', 'de'], names=['Katrin', 'Jürgen', 'Svenja', 'Holger'], ol='AW:',
               date=lambda d: '%d.%d.%d' % (d.day, d.month, d.year),
               gm='Am {d} um {t} schrieb {n} <{a}>:', ap='Am {d} um {t} schrieb {n} <{a}>:', tb='Am {d} um {t} schrieb {n} <{a}>:',
               lab=('Von', 'Gesendet', 'An', 'Betreff'), orig='-----Ursprüngliche Nachricht-----',
               wrap=('------------- Nachricht: -------------', '------------- Nachricht beenden -------------')),
    'es': dict(tld=['es', 'es', 'com.mx'], names=['Lucía', 'Andrés', 'Marta', 'Iker'], ol='RE:',
               date=lambda d: '%d/%d/%d' % (d.day, d.month, d.year),
               gm='El {d}, a las {t}, {n} (<{a}>) escribió:', ap='El {d}, a las {t}, {n} <{a}> escribió:', tb='El {d} a las {t}, {n} <{a}> escribió:',
               lab=('De', 'Enviado el', 'Para', 'Asunto'), orig='-----Mensaje original-----',
               wrap=('------------- Mensaje: -------------', '------------- Finalizar mensaje -------------')),
    'fr': dict(tld=['fr', 'fr', 'com.be'], names=['Élodie', 'Mathieu', 'Chantal', 'Yannick'], ol='RE :',
               date=lambda d: '%d/%02d/%d' % (d.day, d.month, d.year),
               gm='Le {d} à {t}, {n} <{a}> a écrit :', ap='Le {d} à {t}, {n} <{a}> a écrit :', tb='Le {d} à {t}, {n} <{a}> a écrit :',
               lab=('De', 'Envoyé', 'À', 'Objet'), orig="-----Message d'origine-----",
               wrap=('------------- Message : -------------', '------------- Fin du message -------------')),
    'it': dict(tld=['it', 'it'], names=['Giulia', 'Stefano', 'Francesca', 'Davide'], ol='R:',
               date=lambda d: '%d/%d/%d' % (d.day, d.month, d.year),
               gm='Il giorno {d} alle ore {t} {n} <{a}> ha scritto:', ap='Il giorno {d}, alle ore {t}, {n} <{a}> ha scritto:',
               tb='Il {d} {t}, {n} <{a}> ha scritto:', lab=('Da', 'Inviato', 'A', 'Oggetto'), orig='-----Messaggio originale-----',
               wrap=('------------- Messaggio: -------------', '------------- Fine messaggio -------------')),
    'id': dict(tld=['sg', 'com', 'com.au'], names=['Dewi', 'Rizky', 'Putri', 'Bambang'], ol='RE:',
               date=lambda d: '%d/%d/%d' % (d.day, d.month, d.year),
               gm='Pada {d} pukul {t}, {n} <{a}> menulis:', ap='Pada {d} pukul {t}, {n} <{a}> menulis:', tb='Pada {d} {t}, {n} <{a}> menulis:',
               lab=('Dari', 'Dikirim', 'Kepada', 'Subjek'), orig='-----Pesan Asli-----', wrap=None),
    'nl': dict(tld=['nl', 'nl', 'com.be'], names=['Femke', 'Joris', 'Anouk', 'Bram'], ol='Antw:',
               date=lambda d: '%d-%d-%d' % (d.day, d.month, d.year),
               gm='Op {d} om {t} schreef {n} <{a}>:', ap='Op {d} om {t} heeft {n} <{a}> het volgende geschreven:', tb='Op {d} om {t} schreef {n} <{a}>:',
               lab=('Van', 'Verzonden', 'Aan', 'Onderwerp'), orig='-----Oorspronkelijk bericht-----', wrap=None),
    'pl': dict(tld=['pl', 'pl', 'de'], names=['Agnieszka', 'Tomasz', 'Małgorzata', 'Paweł'], ol='Odp:',
               date=lambda d: '%d.%02d.%d' % (d.day, d.month, d.year),
               gm='W dniu {d} o {t} {n} <{a}> napisał(a):', ap='Wiadomość napisana przez {n} <{a}> w dniu {d}, o godz. {t}:',
               tb='W dniu {d} o {t}, {n} <{a}> pisze:', lab=('Od', 'Wysłano', 'Do', 'Temat'), orig='-----Oryginalna wiadomość-----', wrap=None),
    'sv': dict(tld=['se', 'se'], names=['Ebba', 'Johan', 'Linnea', 'Mattias'], ol='SV:',
               date=lambda d: '%d-%02d-%02d' % (d.year, d.month, d.day),
               gm='Den {d} kl. {t} skrev {n} <{a}>:', ap='{d} kl. {t} skrev {n} <{a}>:', tb='Den {d} kl. {t}, {n} <{a}> skrev:',
               lab=('Från', 'Skickat', 'Till', 'Ämne'), orig='-----Ursprungligt meddelande-----', wrap=None),
    'tr': dict(tld=['com.tr', 'com.tr', 'de'], names=['Elif', 'Murat', 'Zeynep', 'Serkan'], ol='YNT:',
               date=lambda d: '%d.%d.%d' % (d.day, d.month, d.year),
               gm='{n} <{a}>, {d} tarihinde şunu yazdı:', ap='{d} tarihinde {t} saatinde, {n} <{a}> şunları yazdı:', tb='{d} {t} tarihinde {n} <{a}> yazdı:',
               lab=('Kimden', 'Gönderildi', 'Kime', 'Konu'), orig='-----Özgün İleti-----', wrap=None),
    'pt': dict(tld=['com.br', 'com.br', 'es'], names=['Camila', 'Rodrigo', 'Fernanda', 'Thiago'], ol='RES:',
               date=lambda d: '%d/%d/%d' % (d.day, d.month, d.year),
               gm='Em {d} às {t}, {n} <{a}> escreveu:', ap='Em {d}, à(s) {t}, {n} <{a}> escreveu:', tb='Em {d} {t}, {n} <{a}> escreveu:',
               lab=('De', 'Enviado', 'Para', 'Assunto'), orig='-----Mensagem original-----',
               wrap=('------------- Mensagem: -------------', '------------- Encerrar mensagem -------------')),
    'ar': dict(tld=['ae', 'sa', 'eg'], names=['فاطمة', 'خالد', 'نورة', 'عمر'], ol='رد:',
               date=lambda d: '%d/%d/%d' % (d.day, d.month, d.year),
               gm='في {d} {t}، كتب {n} <{a}>:', ap='في {d}، الساعة {t}، كتب {n} <{a}>:', tb='في {d} {t}، كتب {n} <{a}>:',
               lab=('من', 'تاريخ الإرسال', 'إلى', 'الموضوع'), orig='-----الرسالة الأصلية-----', wrap=None),
}
LATIN_Q = {'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250', 'windows-1252', 'windows-1254'}
CODEC = {'ks_c_5601-1987': 'euc_kr', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'euc-kr': 'euc_kr',
         'gb2312': 'gb2312', 'gbk': 'gbk', 'big5': 'big5'}


def codec(cs):
    return CODEC.get(cs, cs)


def H(slug, salt=''):
    return hashlib.sha1((salt + slug).encode()).hexdigest()


# ---------------------------------------------------------------- attachments
def make_pdf(lines):
    txt = 'BT /F1 12 Tf 60 760 Td 16 TL ' + ' '.join(
        '(%s) Tj T*' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + ' ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(txt.encode('latin-1')), txt),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out


def _lzw_raw(pixels):
    # "uncompressed" LZW: a clear code before every two pixels keeps the code size at 3 bits
    codes = []
    for i in range(0, len(pixels), 2):
        codes.append(4)
        codes.extend(pixels[i:i + 2])
    codes.append(5)
    bits = 0
    n = 0
    out = bytearray()
    for c in codes:
        bits |= c << n
        n += 3
        while n >= 8:
            out.append(bits & 255)
            bits >>= 8
            n -= 8
    if n:
        out.append(bits & 255)
    return bytes(out)


def make_gif(seed):
    w = h = 8
    r = random.Random(seed)
    pal = bytes([255, 255, 255, 230, 60, 60, 250, 200, 40, 40, 40, 40])
    out = b'GIF89a' + struct.pack('<HHBBB', w, h, 0xF1, 0, 0) + pal
    out += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for f in range(2):
        px = [r.randrange(4) for _ in range(w * h)]
        data = _lzw_raw(px)
        out += b'\x21\xf9\x04\x04\x32\x00\x00\x00'
        out += b'\x2c' + struct.pack('<HHHHB', 0, 0, w, h, 0) + b'\x02'
        for i in range(0, len(data), 255):
            blk = data[i:i + 255]
            out += bytes([len(blk)]) + blk
        out += b'\x00'
    return out + b'\x3b'


def make_png(seed):
    w = h = 16
    r = random.Random(seed)
    raw = b''.join(b'\x00' + bytes(r.randrange(256) for _ in range(w)) for _ in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def make_exe():
    stub = bytearray(512)
    stub[0:2] = b'MZ'
    stub[0x3c:0x40] = struct.pack('<I', 0x80)
    msg = b'This program cannot be run in DOS mode.\r\r\n$'
    stub[0x4e:0x4e + len(msg)] = msg
    stub[0x80:0x84] = b'PE\x00\x00'
    stub[0x84:0x86] = struct.pack('<H', 0x14c)
    return bytes(stub)


def make_zip(names, seed):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if n.endswith('.pdf'):
                d = make_pdf([n])
            elif n.endswith('.exe'):
                d = make_exe()
            elif n.endswith('.png'):
                d = make_png(seed + n)
            else:
                d = ('%s\r\n' % n).encode()
            z.writestr(zi, d)
    return bio.getvalue()


def attachment(spec, slug):
    kind, fname, *rest = spec.split(':', 2)
    arg = rest[0] if rest else ''
    if kind == 'pdf':
        return 'application/pdf', fname, make_pdf(arg.split('|')), False
    if kind in ('gif', 'gifinline'):
        return 'image/gif', fname, make_gif(slug + fname), kind == 'gifinline'
    if kind == 'png':
        return 'image/png', fname, make_png(slug + fname), False
    if kind == 'zip':
        return 'application/zip', fname, make_zip(arg.split(','), slug), False
    if kind == 'exe':
        return 'application/x-msdownload', fname, make_exe(), False
    raise ValueError(spec)


# ---------------------------------------------------------------- MIME helpers
def enc_word(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ''
    q = cs in LATIN_Q
    limit = 20 if not q else 28
    for ch in s:
        cur += ch
        if len(cur) >= limit:
            words.append(cur)
            cur = ''
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(codec(cs))
        if q:
            e = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ('_' if c == 32 else '=%02X' % c) for c in b)
            out.append('=?%s?Q?%s?=' % (cs, e))
        else:
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
    return '\r\n '.join(out)


def body_bytes(text, cs, cte):
    text = text.replace('\r\n', '\n')
    if cs == 'iso-2022-jp':
        raw = b'\n'.join(l.encode('iso2022_jp') for l in text.split('\n'))
    else:
        raw = text.encode(codec(cs))
    if cte == '8bit' and max(len(l) for l in raw.split(b'\n')) > 900:
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        data = raw
    elif cte == 'quoted-printable':
        data = quopri.encodestring(raw)
    else:
        data = base64.encodebytes(raw.replace(b'\n', b'\r\n'))
    data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    if not data.endswith(b'\r\n'):
        data += b'\r\n'
    return cte, data


def leaf(ctype, cs, text, cte, extra=''):
    cte, data = body_bytes(text, cs, cte)
    h = 'Content-Type: %s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n' % (ctype, cs, extra, cte)
    return h.encode() + data


def binpart(ctype, fname, data, inline, cid=None):
    b = base64.encodebytes(data).replace(b'\n', b'\r\n')
    disp = 'inline' if inline else 'attachment'
    h = 'Content-Type: %s; name="%s"\r\nContent-Disposition: %s; filename="%s"\r\nContent-Transfer-Encoding: base64\r\n' % (
        ctype, fname, disp, fname)
    if cid:
        h += 'Content-ID: <%s>\r\n' % cid
    return h.encode() + b'\r\n' + b


def multipart(sub, boundary, parts):
    out = ('Content-Type: multipart/%s; boundary="%s"\r\n\r\n' % (sub, boundary)).encode()
    for p in parts:
        out += ('--%s\r\n' % boundary).encode() + p
        if not p.endswith(b'\r\n'):
            out += b'\r\n'
    out += ('--%s--\r\n' % boundary).encode()
    return out


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def to_html_paras(text, tag_open, tag_close, link=True):
    out = []
    for para in text.split('\n\n'):
        e = html.escape(para, quote=False)
        if link:
            e = URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), e)
        out.append(tag_open + e.replace('\n', '<br>\n') + tag_close)
    return '\n'.join(out)


# ---------------------------------------------------------------- build one message
def build(idx, x):
    lang, slug, cs, client = x['lang'], x['slug'], x['charset'], x['client']
    lt = L[lang]
    h = H(slug)
    rnd = random.Random(slug)
    order = '%03d-%07d-%07d' % (rnd.randrange(100, 700), rnd.randrange(10 ** 7), rnd.randrange(10 ** 7))
    tld = x['tld'] or lt['tld'][int(h[:2], 16) % len(lt['tld'])]
    alias = ''.join('abcdefghijklmnopqrstuvwxyz0123456789'[int(h[i:i + 2], 16) % 36] for i in range(0, 30, 2))
    addr = alias
    if x['plus']:
        addr = alias + '+A0' + h[30:40].upper() + 'Q'
    if tld.startswith('m.'):
        addr += '@m.marketplace.amazon.' + tld[2:]
    else:
        addr += '@marketplace.amazon.' + tld
    name = x['name'] or lt['names'][int(h[2:4], 16) % len(lt['names'])]
    shop = x['shop']
    dom = slug.split('-')[0] + '.example'
    frm = 'care@' + dom
    day = 2 + int(h[4:6], 16) % 27
    dt = datetime.datetime(2026, 11, day, 8 + int(h[6:8], 16) % 11, int(h[8:10], 16) % 60, int(h[10:12], 16) % 60)
    qdt = dt - datetime.timedelta(hours=5 + int(h[12:14], 16) % 30, minutes=int(h[14:16], 16) % 50)
    sub_body = x['body'].replace('{order}', order).replace('{name}', name).replace('{shop}', shop)
    text = sub_body.strip('\n')
    if shop not in '\n'.join(text.split('\n')[-2:]):
        text += '\n' + shop
    subj = x['subject'].replace('{order}', order).replace('{name}', name)
    reply = x['kind'] == 'reply'
    dir_ = 'rtl' if lang == 'ar' else 'ltr'
    ctes = ['quoted-printable', 'base64', '8bit']
    cte = '7bit' if cs in ('us-ascii', 'iso-2022-jp') else ctes[int(h[16:18], 16) % 3]
    mid_in = '<0100019%s-%s-000000@email.amazonses.com>' % (h[18:30], h[30:38])
    qsubj = subj
    if reply:
        pref = lt['ol'] if client == 'outlook' else 'Re:'
        subj = pref + ' ' + subj
        q = x['quote'].replace('{order}', order).replace('{name}', name).strip('\n')
        if x['wrap'] and lt['wrap']:
            q = lt['wrap'][0] + '\n\n' + q + '\n\n' + lt['wrap'][1]
        dstr, tstr = lt['date'](qdt), qdt.strftime('%H:%M')
    hdr = []
    hdr.append('From: %s <%s>' % (enc_word(shop, cs) if any(ord(c) > 127 for c in shop) else '"%s"' % shop, frm))
    hdr.append('To: %s <%s>' % (enc_word(name, cs) if any(ord(c) > 127 for c in name) else '"%s"' % name, addr))
    hdr.append('Subject: ' + enc_word(subj, cs))
    hdr.append('Date: ' + dt.strftime('%a, %d %b %Y %H:%M:%S +0000'))
    if client == 'gmail':
        mid = '<CA%s%s@mail.gmail.com>' % (h[:20], h[20:32].upper())
    elif client == 'outlook':
        mid = '<%s%s@%s.prod.outlook.com>' % (h[:8].upper(), h[8:20].upper(), 'AM0PR' + h[20:24].upper())
    elif client == 'applemail':
        mid = '<%s-%s-%s@%s>' % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), dom)
    else:
        mid = '<%s.%s@%s>' % (h[:12], h[12:20], dom)
    hdr.append('Message-ID: ' + mid)
    if reply:
        hdr.append('In-Reply-To: ' + mid_in)
        hdr.append('References: ' + mid_in)
    hdr.append('MIME-Version: 1.0')
    if client == 'outlook':
        hdr.append('X-Mailer: Microsoft Outlook 16.0')
        hdr.append('Thread-Index: ' + base64.b64encode(bytes.fromhex(h[:32])).decode())
        hdr.append('Content-Language: ' + {'zh-Hant': 'zh-tw', 'zh': 'zh-cn', 'en': 'en-us', 'ar': 'ar-sa', 'sv': 'sv-se'}.get(lang, lang + '-' + lang))
        hdr.append('X-MS-Has-Attach: ' + ('yes' if x['att'] else ''))
    elif client == 'applemail':
        hdr.append('X-Mailer: Apple Mail (2.3826.200.121)')
    elif client == 'thunderbird':
        hdr.append('User-Agent: Mozilla Thunderbird')
    elif client == 'plain':
        ua = ['Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)', 'Becky! ver. 2.81.06 [ja]', 'Foxmail 7.2.25.375[cn]',
              'Roundcube Webmail/1.6.9', 'eM Client 10.1.4828.0', 'The Bat! (v11.2.3) Professional',
              'Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-w64-mingw32)', 'Mutt/2.2.13 (2024-03-09)']
        hdr.append('X-Mailer: ' + ua[int(h[20:22], 16) % len(ua)])

    # --- text part
    if reply:
        if client == 'outlook':
            lab = lt['lab']
            qblock = '%s: %s <%s>\n%s: %s %s\n%s: %s\n%s: %s\n\n%s' % (
                lab[0], name, addr, lab[1], dstr, tstr, lab[2], frm, lab[3], qsubj, q)
            sep = lt['orig'] if int(h[22:24], 16) % 2 else '_' * 32
            ptext = text + '\n\n' + sep + '\n' + qblock
        else:
            key = {'gmail': 'gm', 'applemail': 'ap', 'thunderbird': 'tb', 'plain': 'tb'}[client]
            attr = lt[key].format(d=dstr, t=tstr, n=name, a=addr)
            ptext = text + '\n\n' + attr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in q.split('\n'))
    else:
        ptext = text

    # --- html part
    htmlp = None
    if client != 'plain':
        hcs = cs
        if client == 'gmail':
            body = '<div dir="%s">%s</div>' % (dir_, to_html_paras(text, '<div>', '</div><div><br></div>'))
            if reply:
                attr = lt['gm'].format(d=dstr, t=tstr, n=name, a='<a href="mailto:%s">%s</a>' % (addr, addr))
                body += ('\n<br><div class="gmail_quote"><div dir="%s" class="gmail_attr">%s<br></div>\n'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
                         % (dir_, attr.replace('<' + '<a', '&lt;<a').replace('</a>>', '</a>&gt;'), to_html_paras(q, '<div>', '</div>', link=False)))
            doc = '<div dir="%s">%s</div>' % (dir_, body) if False else body
        elif client == 'outlook':
            paras = to_html_paras(text, '<p class="MsoNormal">', '<o:p></o:p></p>')
            doc_body = paras
            if reply:
                lab = lt['lab']
                hb = ('<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<o:p></o:p></p>'
                      % (lab[0], html.escape(name), addr, lab[1], dstr, tstr, lab[2], frm, lab[3], html.escape(qsubj)))
                if int(h[22:24], 16) % 2:
                    hb = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n%s\n</div>' % hb
                else:
                    hb = '<div id="divRplyFwdMsg" dir="%s">\n%s\n</div>' % (dir_, hb)
                doc_body += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + hb + '\n' + to_html_paras(q, '<p class="MsoNormal">', '<o:p></o:p></p>', link=False)
            doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                   'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                   '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                   '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                   'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                   '<div class="WordSection1" dir="%s">\n%s\n</div>\n</body>\n</html>' % (cs, lang.upper()[:2], dir_, doc_body))
        elif client == 'applemail':
            b = to_html_paras(text, '<div>', '</div><div><br></div>')
            if reply:
                attr = html.escape(lt['ap'].format(d=dstr, t=tstr, n=name, a=addr))
                b += ('\n<div><br><blockquote type="cite"><div>%s</div><br>\n<div><div>%s</div></div></blockquote></div>'
                      % (attr, to_html_paras(q, '<div>', '</div>', link=False)))
            doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                   '<body dir="%s" style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n%s\n</body></html>'
                   % (cs, dir_, b))
        else:  # thunderbird
            b = to_html_paras(text, '<p>', '</p>')
            if reply:
                attr = html.escape(lt['tb'].format(d=dstr, t=tstr, n=name, a=addr))
                b += ('\n<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:%s">\n<pre class="moz-quote-pre" wrap="">%s</pre>\n</blockquote>'
                      % (attr, mid_in[1:-1], html.escape(q, quote=False)))
            doc = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
                   '  <body dir="%s">\n%s\n  </body>\n</html>' % (cs, dir_, b))
        htmlp = doc

    # inline GIF via cid for gmail/applemail/thunderbird html
    atts = [attachment(a.replace('{order}', order), slug) for a in x['att']]
    inline = [a for a in atts if a[3]]
    others = [a for a in atts if not a[3]]
    cids = {}
    for a in inline:
        cids[a[1]] = 'ii_%s_%s' % (h[24:32], a[1].split('.')[0])
        img = '<img src="cid:%s" alt="%s" width="160" height="160">' % (cids[a[1]], a[1])
        htmlp = htmlp.replace('</body>', img + '\n</body>') if '</body>' in htmlp else htmlp + '\n' + img
        ptext = ptext.replace('\n' + shop, '\n[image: %s]\n%s' % (a[1], shop), 1)

    fl = '; format=flowed' if client == 'applemail' and cs not in ('iso-2022-jp',) and False else ''
    tpart = leaf('text/plain', cs, ptext, cte, fl)
    if htmlp is None:
        core = tpart
    else:
        core = multipart('alternative', '%s%s' % ({'gmail': '000000000000', 'applemail': 'Apple-Mail=_', 'outlook': '_000_',
                                                     'thunderbird': '------------'}[client], h[:24].upper()),
                         [tpart, leaf('text/html', cs, htmlp, cte)])
        if inline:
            core = multipart('related', '%s%s' % ('rel_', h[4:28]),
                             [core] + [binpart(a[0], a[1], a[2], True, cids[a[1]]) for a in inline])
    if others:
        core = multipart('mixed', '%s%s' % ('mix_', h[8:32]), [core] + [binpart(a[0], a[1], a[2], False) for a in others])
    msg = ('\r\n'.join(hdr) + '\r\n').encode('ascii') + core
    fname = '%03d-%s-%s.eml' % (idx, lang, slug)
    return fname, msg


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    rows = ['file\tverdict\tcategories\tlang\tcharset\tclient\tkind']
    for i, x in enumerate(MSGS, 1):
        try:
            fname, data = build(i, x)
        except Exception as e:
            sys.exit('ERROR in %s: %r' % (x['slug'], e))
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        rows.append('\t'.join([fname, x['verdict'], x['cats'], x['lang'], x['charset'], x['client'], x['kind']]))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('wrote %d messages to %s' % (len(MSGS), OUT))


# ============================================================================
# MESSAGES.  Label (verdict, categories) is the 3rd/4th argument of each m().
# ============================================================================
# ------------------------------------------------------------------ en
S = 'Ironbark Kitchen'
m('en', 'ironbark-fedex-where', 'pass', '-', 'us-ascii', 'gmail', 'reply', 'Order delivery inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nSorry for the wait. Your 12-inch skillet left our warehouse on Tuesday with FedEx. The tracking page shows it in Memphis right now:\nhttps://www.fedex.com/fedextrack/?trknbr=771234509876\n\nFedEx expects to deliver it on Thursday. If it has not arrived by Friday evening, write back and I will open a trace with them.\n\nThanks,\nRuth",
  quote="Hello, my order {order} still says in transit after 6 days. Where is it?", shop=S)
m('en', 'ironbark-lid-refund', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hello {name},\n\nThank you for the photos. We reviewed them with our packing team and the glass lid clearly cracked in transit. We have refunded the lid's share of the order, $18.50, today; it usually shows on your card within 3 to 5 business days.\n\nThere is no need to send the broken lid back. Please wrap the pieces in newspaper before you throw them away.\n\nKind regards,\nRuth at",
  quote="The lid arrived in pieces, photos attached. The pan itself is fine.", shop=S)
m('en', 'ironbark-review-card', 'reject', 'review', 'utf-8', 'gmail', 'proactive', 'Your skillet from Ironbark Kitchen (order {order})',
  "Hi {name},\n\nWe hope the first cornbread came out well! Small family business here, so every review on Amazon really moves the needle for us.\n\nOnce yours is up, just reply with a screenshot and we’ll send a $15 Amazon card your way as a thank-you for your time.\n\nWarmly,",
  shop=S)
S = 'Lantern & Loom'
m('en', 'lanternloom-important-spelling', 'pass', '-', 'utf-8', 'applemail', 'proactive', '[Important] Name embroidery for order {order}',
  "Hi {name},\n\nBefore we start stitching your baby blanket we want to check one detail. The personalisation field says \"Olivier\", but the gift note mentions \"Oliver\". Which spelling should we embroider?\n\nWe will hold the blanket until you reply, and it will still ship within two days of your answer.\n\nThank you,",
  shop=S)
m('en', 'lanternloom-invoice', 'pass', '-', 'iso-8859-1', 'thunderbird', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hello {name},\n\nOf course. The invoice with our business details and the sales tax line is attached as a PDF, made out to the company name you gave.\n\nBest regards,",
  quote="Could you send a proper invoice? The nursery is buying these for the staff room and needs one for their books.",
  att=['pdf:Invoice-LL-20931.pdf:Lantern & Loom - Invoice LL-20931|Order {order}|2x Muslin baby blanket, embroidered|Total USD 96.00'], shop=S)
m('en', 'lanternloom-reconsider', 'reject', 'review', 'windows-1252', 'outlook', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nI'm really glad the replacement blanket reached you in time for the christening and that the thread colour is right this time.\n\nWhen you have a spare minute, would you be willing to look again at what you wrote about us last week? As it stands it still talks about the wrong colour, and it's the first thing new parents see.\n\nMany thanks,\nJoanne",
  quote="The new one came today and it's perfect, thank you for sorting it so fast.", shop=S)
S = 'Hearthstone Safes'
m('en', 'hearthstone-important-freight', 'pass', '-', 'us-ascii', 'outlook', 'proactive', '[Important] Delivery appointment for your safe - order {order}',
  "Hello {name},\n\nYour fire-rated safe weighs 412 lb, so it travels by freight and the carrier needs a delivery appointment. They can come on Tuesday, December 8 or Wednesday, December 9, between 8 am and noon.\n\nPlease let us know which day suits you, and whether there are steps at the front entrance. The driver delivers to the curb or garage; inside placement is not included.\n\nRegards,\nDispatch team",
  shop=S)
m('en', 'hearthstone-cancel-done', 'pass', '-', 'us-ascii', 'plain', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nNo problem at all. We have cancelled order {order} as you asked, before it was handed to the freight company. You were not charged; the pending authorisation will drop off your card within a few days.\n\nBest,",
  quote="Please cancel my order, I found out the closet is 2 inches too narrow.", shop=S)
m('en', 'hearthstone-call-me', 'reject', 'contact', 'us-ascii', 'outlook', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nThe keypad reset is much easier to walk through by voice than by email. Give me a ring any weekday, my cell is five one two, four four zero, eighty-seven ninety-one, and ask for Marcus.\n\nThanks,",
  quote="The keypad beeps three times and won't open with my code.", shop=S)
S = 'Quillmark Pens'
m('en', 'quillmark-review-once', 'pass', '-', 'utf-8', 'gmail', 'proactive', 'Your Quillmark order {order}',
  "Hello {name},\n\nYour fountain pen was delivered last week. If you have a moment, we would appreciate it if you shared your experience with other buyers by leaving a product review on Amazon.\n\nThank you for choosing us,",
  shop=S)
m('en', 'quillmark-thanks', 'pass', '-', 'us-ascii', 'applemail', 'reply', 'converter question (Order: {order})',
  "Great to hear, {name}. Thanks for letting us know!\n\n", quote="Got it, the converter clicks in now. I was pushing it in at an angle. Thanks!", shop=S)
m('en', 'quillmark-mention-nib', 'reject', 'review', 'us-ascii', 'applemail', 'proactive', 'How is your new pen? (order {order})',
  "Dear {name},\n\nWe hope the pen is writing nicely. If you decide to post a review, it would help us a lot if you said something about how smooth the medium nib is and how quickly it arrived. Those are the two things people always ask us about.\n\nAll the best,",
  shop=S)
m('en', 'quillmark-bump', 'reject', 'review', 'us-ascii', 'plain', 'proactive', 'Following up on order {order}',
  "Hi {name},\n\nBumping our note from last Thursday in case it got buried. We'd still love to hear what you think of the pen on its Amazon page, whenever suits you.\n\nCheers,",
  shop=S)
S = 'Tidewater Aquatics'
m('en', 'tidewater-warranty', 'pass', '-', 'utf-8', 'thunderbird', 'proactive', 'Warranty card for your canister filter, order {order}',
  "Hello {name},\n\nYour canister filter comes with a two-year warranty. The warranty card is attached as a PDF; please keep it with your Amazon order number in case you ever need it. No registration is required.\n\nKind regards,",
  att=['pdf:Warranty-CF-600.pdf:Tidewater Aquatics|Warranty card - CF-600 canister filter|Coverage: 24 months from delivery|Order {order}'], shop=S)
m('en', 'tidewater-manual-star', 'pass', '-', 'iso-8859-1', 'outlook', 'reply', 'Product question from Amazon customer {name}',
  "Hello {name},\n\nThe printed manual was left out of some boxes, sorry. The full instructions are attached as a PDF.\n\nTo open the impeller cover you need a small star screwdriver (T10). Remove the clear protective film from the intake before the first start, otherwise it can rattle.\n\nRegards,",
  quote="There was no manual in the box and I can't figure out how to get at the impeller.",
  att=['pdf:CF-600-instructions.pdf:CF-600 Canister Filter - Instructions|1. Remove protective film|2. Open impeller cover (T10)|3. Prime before first start'], shop=S)
m('en', 'tidewater-happy-first', 'reject', 'review', 'iso-8859-1', 'thunderbird', 'proactive', 'Your filter, order {order}',
  "Hi {name},\n\nBy now the filter should have settled in. If the water is clear and the pump is quiet, a few words on Amazon would mean a lot to a small shop like ours.\n\nAnd if something isn't right, please just hit reply and tell us first, so we can put it right before anything gets written.\n\nThanks,",
  shop=S)
S = 'Brightleaf Grow'
m('en', 'brightleaf-important-flat', 'pass', '-', 'us-ascii', 'gmail', 'proactive', '[Important] Flat number missing for order {order}',
  "Hello {name},\n\nRoyal Mail has returned the label for your grow light because the shipping address has no flat number, and the building on Harcourt Road has 14 flats.\n\nCould you reply with your flat number, or update the delivery address in your Amazon account? We will send the parcel the same day.\n\nMany thanks,", tld='co.uk', shop=S)
m('en', 'brightleaf-return-centre', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Return request from Amazon customer {name}',
  "Hello {name},\n\nSorry the light flickers. Please start the return from your orders page so you get a free prepaid label:\nhttps://www.amazon.co.uk/spr/returns/cart?orderId={order}\n\nOnce it is back with us we will review it and refund the full £64.99, including the original postage.\n\nBest wishes,",
  quote="The panel flickers every few seconds when dimmed below 50%. I'd like to return it.", tld='co.uk', shop=S)
m('en', 'brightleaf-insta-handle', 'reject', 'contact', 'us-ascii', 'applemail', 'reply', 'Product question from Amazon customer {name}',
  "Hi {name},\n\nGood question. For a 2x4 tent we hang it about 45 cm above the canopy in veg. We post our own tent setups pretty much every week, so if you want to see it in action look us up on Instagram, we're brightleaf.grows there.\n\nCheers,",
  quote="How high should I hang it in a 2x4 tent?", tld='co.uk', shop=S)
m('en', 'brightleaf-spectrum-site', 'reject', 'links', 'us-ascii', 'gmail', 'reply', 'Product question from Amazon customer {name}',
  "Hi {name},\n\nYes, it covers flowering as well. We keep a full spectrum chart and PPFD map on our own site, which is easier to read than the listing photos:\nhttps://brightleafgrow.example/charts/bl-300\n\nBest,",
  quote="Is this light OK for the flowering stage too?", tld='co.uk', shop=S)
S = 'Little Junction Toys'
m('en', 'littlejunction-missing-piece', 'pass', '-', 'iso-8859-1', 'plain', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hello {name},\n\nThank you for checking the box so carefully. You're right, the curved piece C4 was missing. We sent two spare curves this morning with Evri:\nhttps://www.evri.com/track/parcel/H01QKA0065213870\n\nThey should arrive on Saturday. Sorry for the hassle.\n\nBest wishes,",
  quote="Hi, my son's train set is short one curved track (the one marked C4), so the loop won't close. The box was sealed. Could you help?\nThanks, {name}", wrap=True, tld='co.uk', shop=S)
m('en', 'littlejunction-etsy-bridge', 'reject', 'contact,promotion', 'utf-8', 'applemail', 'reply', 'Product question from Amazon customer {name}',
  "Hi {name},\n\nThe tunnel is sold out on Amazon at the moment, sorry. We do still have a few of the tunnel-and-bridge sets on our Etsy shop, same name as here (Little Junction Toys), and they work out a little cheaper there too.\n\nBest,",
  quote="Do you sell the tunnel separately? We'd like one for Christmas.", shop=S)
S = 'Groovekeep Audio'
m('en', 'groovekeep-ups-customs', 'pass', '-', 'us-ascii', 'thunderbird', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nYour record cleaner is with UPS and cleared customs in Toronto this morning:\nhttps://www.ups.com/track?tracknum=1Z8V47E20398174652&loc=en_CA\n\nAll duties were prepaid by us, so there is nothing to pay at the door.\n\nThanks,", quote="Will I have to pay duty when it arrives?", tld='ca', shop=S)
m('en', 'groovekeep-coupon-applied', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hello {name},\n\nI checked the order details: the 10% coupon you clipped on the product page was applied at checkout, which is why the total was $53.96 instead of $59.95. Nothing else is owed.\n\nRegards,",
  quote="My card shows a different amount than the listing price. Was I charged correctly?", tld='ca', shop=S)
m('en', 'groovekeep-friday-sleeves', 'reject', 'promotion', 'windows-1252', 'outlook', 'reply', 'Product question from Amazon customer {name}',
  "Hi {name},\n\nThe brush is replaceable; spares come in a pack of two.\n\nBy the way, our anti-static inner sleeves drop 30% for the Black Friday weekend, starting this Friday. Worth keeping an eye on our storefront if you're re-sleeving the collection.\n\nCheers,",
  quote="Can the brush on the cleaning arm be replaced when it wears out?", tld='ca', shop=S)
S = 'Ridgeway Paddle Co'
m('en', 'ridgeway-snapped-refund', 'pass', '-', 'utf-8', 'applemail', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nThat blade should never have snapped on a gentle lake paddle. We’ve refunded the full $129 to your original payment method today.\n\nYou don’t need to send the broken paddle back; please recycle it locally.\n\nSorry again,",
  quote="The blade snapped clean off at the joint on my second trip, photo attached.", shop=S)
m('en', 'ridgeway-cancel-please', 'reject', 'ask', 'utf-8', 'thunderbird', 'proactive', 'About your carbon paddle, order {order}',
  "Hi {name},\n\nWe're so sorry, the last carbon-shaft paddle in your length turned out to have a scratch, and the next batch won't come before February.\n\nWould you mind cancelling the order from your Amazon account (Your Orders > Cancel items)? If it comes from your side it's much easier for us.\n\nThanks for understanding,",
  shop=S)
m('en', 'ridgeway-price-typo', 'reject', 'ask', 'us-ascii', 'plain', 'proactive', 'Order {order} - pricing mistake',
  "Hello {name},\n\nWe made a typing error on the listing: the touring paddle went live at $19.00 instead of $119.00. We can't ship it at that price. Could you please request a cancellation for order {order}? Sorry for the confusion.\n\nRegards,",
  shop=S)
S = 'Mossgarden Bonsai'
m('en', 'mossgarden-update-address', 'pass', '-', 'windows-1252', 'gmail', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nThe order hasn't shipped yet, so there's still time. Please update the shipping address in Your Orders; we'll check it again before packing tomorrow morning. The concave cutter will go out with USPS Priority as planned.\n\nBest,",
  quote="I moved last week, can I still change where it goes?", shop=S)
m('en', 'mossgarden-important-thanks', 'reject', 'important,proactive', 'us-ascii', 'gmail', 'proactive', '[Important] A thank you from Mossgarden Bonsai',
  "Dear {name},\n\nThank you for your order {order}. It means a great deal to a small nursery like ours.\n\nWith gratitude,",
  shop=S)
m('en', 'mossgarden-on-its-way', 'reject', 'proactive', 'us-ascii', 'outlook', 'proactive', 'Your shears have shipped - order {order}',
  "Hello {name},\n\nGood news: your bonsai shears have left our workshop today and are on the way to you with USPS. Amazon will show you the delivery estimate.\n\nHappy pruning,",
  shop=S)
S = 'Northtrail Gear'
m('en', 'northtrail-emoji-gif', 'reject', 'style,attachment', 'utf-8', 'gmail', 'proactive', 'Your trekking poles, order {order}',
  "Hi {name} 👋\n\nWe hope the poles are already out on the trail ⛰️🥾. When you have time, we'd appreciate it if you shared your experience by leaving a product review on Amazon.\n\nSee you out there,",
  att=['gifinline:trail-wave.gif'], shop=S)
m('en', 'northtrail-colours-zip', 'reject', 'attachment,promotion', 'iso-8859-1', 'thunderbird', 'reply', 'Product question from Amazon customer {name}',
  "Hi {name},\n\nYes, the tips are replaceable. I've zipped up pictures of the whole range for you, including the new winter baskets and the women's grips, so you can see what else we do.\n\nRegards,",
  quote="Are the carbide tips replaceable?", att=['zip:Northtrail-range-2027.zip:winter-baskets.png,womens-grip.png,pricelist.txt'], shop=S)
S = 'Stillwater Pet'
m('en', 'stillwater-reply-stop', 'reject', 'style', 'us-ascii', 'applemail', 'proactive', 'Your pet fountain, order {order}',
  "Hello {name},\n\nWe would be grateful if you shared your experience with the fountain by leaving a product review on Amazon.\n\nIf you'd prefer not to get messages like this from us, just reply STOP and we'll take you off our list.\n\nThanks,",
  shop=S)
m('en', 'stillwater-checking-in', 'reject', 'proactive', 'us-ascii', 'plain', 'proactive', 'Checking in on order {order}',
  "Hi {name},\n\nJust checking in now that your fountain has arrived. We're around if the pump ever gives you trouble.\n\nAll the best,",
  shop=S)
m('en', 'stillwater-gift-note', 'pass', '-', 'us-ascii', 'gmail', 'reply', 'Inquiry from Amazon customer {name} (Order: {order})',
  "Hi {name},\n\nYes, we can still add the gift message. We'll print \"Merry Christmas, Nana - love from Biscuit\" on a card and put it in the box, and the packing slip will show no prices.\n\nThanks,",
  quote="It's a present for my grandmother. Can you put a gift note in and leave out the receipt?", shop=S)
m('en', 'stillwater-filters-reminder', 'pass', '-', 'iso-8859-1', 'thunderbird', 'reply', 'Product question from Amazon customer {name}',
  "Hello {name},\n\nThe carbon filter should be changed every two to four weeks, depending on how many pets drink from it. It is important to rinse a new filter under the tap for a minute before use, otherwise black dust can cloud the water.\n\nKind regards,",
  quote="How often should I change the filter?", shop=S)
# ------------------------------------------------------------------ ja
S = '盛岡鉄瓶工房'
m('ja', 'morioka-sagawa', 'pass', '-', 'iso-2022-jp', 'plain', 'reply', 'お客様からの問い合わせ（注文番号：{order}）',
  "{name}様\n\nお問い合わせありがとうございます。\n鉄瓶は昨日、佐川急便で発送しております。お問い合わせ番号は 4027 1185 3390 です。\nhttps://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=402711853390\n\n明日の午前中にお届けの予定です。\nよろしくお願いいたします。",
  quote="注文した鉄瓶がまだ届きません。いつ頃になりますか？", shop=S)
m('ja', 'morioka-chakoshi-review', 'reject', 'review', 'iso-2022-jp', 'gmail', 'proactive', 'ご注文の鉄瓶について（{order}）',
  "{name}様\n\nこのたびは当工房の鉄瓶をお選びいただき、ありがとうございました。\n\n商品ページにご感想をお寄せいただいた方には、替えの茶こしを一つ無料でお送りしております。投稿されましたら、このメールにお名前だけご返信ください。\n\n今後ともよろしくお願いいたします。",
  shop=S)
m('ja', 'morioka-kesson-cancel', 'reject', 'ask', 'iso-2022-jp', 'plain', 'proactive', 'ご注文{order}について',
  "{name}様\n\n大変申し訳ございません。ご注文いただいた0.8リットルの鉄瓶ですが、最後の一点に鋳造のムラが見つかり、次の入荷が来年三月になってしまいます。\n\nお手数ですが、お客様のアカウントの注文履歴からキャンセルの手続きをしていただけますでしょうか。\n\n何卒よろしくお願いいたします。",
  shop=S)
S = '印章の松栄堂'
m('ja', 'shoeido-important-jitai', 'pass', '-', 'shift_jis', 'outlook', 'proactive', '[重要]印鑑の字体のご確認（注文番号 {order}）',
  "{name}様\n\nご注文ありがとうございます。印鑑の彫刻前に確認させてください。\n\nご指定のお名前「渡邊」の「邊」は、旧字体と新字体の「辺」のどちらで彫刻いたしましょうか。書体は篆書体で承っております。\n\nご返信をいただいてから彫刻に入ります。よろしくお願いいたします。",
  shop=S)
m('ja', 'shoeido-ryoshusho', 'pass', '-', 'utf-8', 'gmail', 'reply', 'お客様からの問い合わせ（注文番号：{order}）',
  "{name}様\n\nご連絡ありがとうございます。\n宛名を「株式会社ミナト設計」とした領収書をPDFで添付いたしました。ご確認くださいませ。\n\n松栄堂 受注係",
  quote="会社の経費で落としたいので、領収書をいただけますか。宛名は株式会社ミナト設計でお願いします。",
  att=['pdf:ryoshusho-{order}.pdf:Receipt / Ryoshusho|Shoeido seal shop|Order {order}|JPY 8,800'.replace('{order}', 'SE2611')], shop=S)
m('ja', 'shoeido-hoshi-minaoshi', 'reject', 'review', 'shift_jis', 'outlook', 'reply', 'お客様からの問い合わせ（注文番号：{order}）',
  "{name}様\n\n作り直しの印鑑が無事に届いたとのこと、安心いたしました。\n\nもし差し支えなければ、先日いただいたご評価の星の数だけでも、今の状態に合わせて見直していただけますと大変ありがたく存じます。\n\n今後ともよろしくお願いいたします。",
  quote="作り直していただいた印鑑、今日届きました。今度はきれいに押せます。", shop=S)
S = '輪島ぬりもの屋'
m('ja', 'wajima-review-once', 'pass', '-', 'utf-8', 'applemail', 'proactive', '漆のお弁当箱のご注文（{order}）',
  "{name}様\n\nお弁当箱をお届けしてから一週間ほどになります。\nもしよろしければ、Amazonの商品ページでレビューを投稿し、ご購入の体験をほかのお客様と共有していただけますと幸いです。\n\nありがとうございました。",
  shop=S)
m('ja', 'wajima-thanks', 'pass', '-', 'utf-8', 'plain', 'reply', 'お客様からの問い合わせ（注文番号：{order}）',
  "{name}様\n\nご丁寧にありがとうございます。大切にお使いいただければ嬉しいです。",
  quote="洗い方がよく分かりました。ありがとうございました。", shop=S)
m('ja', 'wajima-line-tomodachi', 'reject', 'links,contact', 'utf-8', 'applemail', 'reply', '商品についての質問',
  "{name}様\n\n食洗機のご使用はお控えください。お手入れの写真付き説明はLINE公式アカウントでお送りしていますので、よろしければ友だち追加をお願いします。\nhttps://lin.ee/wJmNuRi8\nID：@wajima-nuri\n\nよろしくお願いいたします。",
  quote="食洗機で洗っても大丈夫ですか？", shop=S)
m('ja', 'wajima-important-hassou', 'reject', 'important,proactive', 'utf-8', 'outlook', 'proactive', '[重要]発送のお知らせ（{order}）',
  "{name}様\n\nご注文いただいたお弁当箱を本日発送いたしました。\n到着まで今しばらくお待ちください。\n\n輪島ぬりもの屋",
  shop=S)
S = 'くつろぎ座椅子工房'
m('ja', 'kutsurogi-hoshigata', 'pass', '-', 'shift_jis', 'gmail', 'reply', '商品についての質問',
  "{name}様\n\nお問い合わせありがとうございます。\n背もたれの取り付けには、付属の星形ドライバー（T20）をお使いください。\nまた、座面の保護フィルムは組み立て後にはがしていただいて大丈夫です。\n\nよろしくお願いいたします。",
  quote="背もたれのネジが普通のドライバーで回りません。", shop=S)
m('ja', 'kutsurogi-cancel-ok', 'pass', '-', 'iso-2022-jp', 'thunderbird', 'reply', 'お客様からの問い合わせ（注文番号：{order}）',
  "{name}様\n\nご連絡ありがとうございます。\nご依頼どおり、ご注文 {order} をキャンセルいたしました。まだ発送前でしたので、代金は請求されません。\n\nまたの機会がございましたらよろしくお願いいたします。",
  quote="色を間違えて注文してしまいました。キャンセルをお願いできますか。", shop=S)
m('ja', 'kutsurogi-yahoo-sale', 'reject', 'contact,promotion', 'shift_jis', 'thunderbird', 'reply', '商品についての質問',
  "{name}様\n\nグレーは現在Amazonでは売り切れております。\nYahoo!ショッピングの当店（くつろぎ座椅子工房）にはまだ在庫があり、来週の週末セールでは二割引になりますので、そちらもご覧になってみてください。\n\nよろしくお願いいたします。",
  quote="グレーの色はもう入荷しませんか？", shop=S)
m('ja', 'kutsurogi-emoji-teishi', 'reject', 'style,attachment,proactive', 'utf-8', 'gmail', 'proactive', 'ご注文の座椅子（{order}）',
  "{name}様\n\n座椅子は快適にお使いいただけていますか？😊🪑\nお気づきの点があれば、いつでもこのメールにご返信ください。\n\n今後このようなご案内が不要な場合は「配信停止」とだけご返信ください。",
  att=['gifinline:zaisu-ojigi.gif'], shop=S)
# ------------------------------------------------------------------ zh
S = '竹语工坊'
m('zh', 'zhuyu-cainiao', 'pass', '-', 'gb2312', 'plain', 'reply', '买家咨询（订单号：{order}）',
  "{name}您好，\n\n您的竹编收纳篮已于周一从广州仓发出，走的是菜鸟国际小包，物流信息可以在这里查看：\nhttps://global.cainiao.com/newDetail.htm?mailNoList=LP00648215537790\n\n预计再过五到七天送达。给您带来的等待，我们很抱歉。\n\n祝好",
  quote="我的包裹已经十天了还没到，请问到哪里了？", tld='co.uk', shop=S)
m('zh', 'zhuyu-review-once', 'pass', '-', 'gb2312', 'applemail', 'proactive', '关于您的订单 {order}',
  "{name}您好，\n\n您购买的竹编收纳篮已经送达一段时间了。如果方便的话，欢迎您在亚马逊商品页面留下评论，和其他买家分享您的使用体验。\n\n感谢您的支持。",
  shop=S)
m('zh', 'zhuyu-paypal-fanhuan', 'reject', 'review', 'gb2312', 'gmail', 'proactive', '您的竹编篮用得还好吗（订单 {order}）',
  "{name}您好，\n\n感谢您选择我们的竹编篮。写完商品评论后，麻烦把截图回复给我们，我们会通过PayPal退给您五英镑，算是一点小心意。\n\n谢谢！",
  tld='co.uk', shop=S)
m('zh', 'zhuyu-important-xiexie', 'reject', 'important,proactive', 'gb2312', 'plain', 'proactive', '[重要] 感谢您的订单 {order}',
  "{name}您好，\n\n非常感谢您在我们店里购买竹编收纳篮，祝您生活愉快！",
  shop=S)
S = '青白瓷坊'
m('zh', 'qingbai-posun-tuikuan', 'pass', '-', 'gbk', 'outlook', 'reply', '买家咨询（订单号：{order}）',
  "{name}您好，\n\n看到照片了，非常抱歉，两只饭碗在运输途中碎了。我们今天已经把这两只碗的货款全额退回到您的原支付方式，一般三到五个工作日到账。\n\n碎片不用寄回，请小心包好再丢弃，别划伤手。\n\n青白瓷坊 客服",
  quote="收到的餐具里有两只碗碎了，照片附上。", shop=S)
m('zh', 'qingbai-vat-fapiao', 'pass', '-', 'utf-8', 'thunderbird', 'reply', '买家咨询（订单号：{order}）',
  "{name}您好，\n\n增值税发票已经开好，PDF文件在附件里，抬头按您提供的公司名称填写。\n\n如有问题请直接回复本邮件。",
  quote="请给我开一张带VAT的发票，公司报销要用。", tld='co.uk',
  att=['pdf:VAT-invoice-QB-5521.pdf:VAT Invoice QB-5521|Qingbai Ceramics|Order {order}|Dinnerware set 16 pcs  GBP 89.00 incl. VAT'], shop=S)
m('zh', 'qingbai-gai-pingjia', 'reject', 'review', 'gbk', 'outlook', 'reply', '买家咨询（订单号：{order}）',
  "{name}您好，\n\n很高兴补发的盘子您已经收到了，颜色也对上了。\n\n有个小小的请求：您之前写的那条评价还停留在破损的时候，能不能麻烦您抽空修改一下，或者干脆删掉？对我们这样的小店影响真的很大。\n\n谢谢您！",
  quote="补发的盘子收到了，这次完好无损，谢谢。", shop=S)
m('zh', 'qingbai-emoji-zip', 'reject', 'style,attachment,promotion', 'utf-8', 'applemail', 'reply', '商品咨询',
  "{name}您好 🙏\n\n这套餐具可以进微波炉，但不能进烤箱哦～\n我把我们明年的新款青花系列打包发给您了，里面有图片和价格，喜欢的话可以看看 😊\n\n青白瓷坊",
  quote="这套碗盘可以放微波炉吗？", att=['zip:qinghua-2027.zip:qinghua-01.png,qinghua-02.png,jiage.txt'], shop=S)
S = '木刻时光'
m('zh', 'muke-important-kezi', 'pass', '-', 'utf-8', 'gmail', 'proactive', '[重要] 相框刻字内容确认（订单 {order}）',
  "{name}您好，\n\n在雕刻之前想跟您确认一下：您填写的刻字内容是“Anna & Ben 2016.06.18”，日期中间用的是点号。请问需要改成斜杠吗？字体默认为衬线体。\n\n收到您的回复后我们就开始制作，谢谢！",
  shop=S)
m('zh', 'muke-quxiao-ok', 'pass', '-', 'utf-8', 'plain', 'reply', '买家咨询（订单号：{order}）',
  "{name}您好，\n\n已按您的要求取消订单 {order}，相框还没有开始雕刻，所以不会产生任何费用。\n\n欢迎下次光临。",
  quote="不好意思，家里人已经买了一个，麻烦帮我取消订单。", shop=S)
m('zh', 'muke-weixin', 'reject', 'contact', 'utf-8', 'applemail', 'reply', '商品咨询',
  "{name}您好，\n\n可以刻中文。为了方便确认字体效果，您可以加我微信：muke_shiguang88，我直接把几种字体的样图发给您看。\n\n木刻时光",
  quote="相框背面可以刻中文吗？", shop=S)
S = '石间家居'
m('zh', 'shijian-important-songhuo', 'pass', '-', 'gbk', 'outlook', 'proactive', '[Important] 大理石茶几送货预约 {order}',
  "{name}您好，\n\n您订购的大理石茶几重约85公斤，需要由物流公司预约送货。物流公司可以在12月3日（周四）或12月4日（周五）上午送到。\n\n请回复告诉我们哪天方便，以及您家是否有电梯。谢谢！",
  tld='co.uk', shop=S)
m('zh', 'shijian-taobao', 'reject', 'links,promotion', 'utf-8', 'gmail', 'reply', '商品咨询',
  "{name}您好，\n\n这款茶几目前只有白色。同系列的边几和电视柜我们在淘宝店里有，价格也更优惠：\nhttps://shijianjiaju.taobao.com\n\n石间家居",
  quote="请问有没有黑色的？", shop=S)
m('zh', 'shijian-quehuo-quxiao', 'reject', 'ask', 'gbk', 'thunderbird', 'proactive', '关于您的订单 {order}',
  "{name}您好，\n\n非常抱歉，您订购的灰色茶几在仓库盘点时发现已经没有现货了，补货要等到春节以后。\n\n能否麻烦您在亚马逊“我的订单”里申请取消？这样处理起来会快一些。给您添麻烦了。",
  tld='co.uk', shop=S)
# ------------------------------------------------------------------ zh-Hant
S = '老街蒸籠行'
m('zh-Hant', 'laojie-ems-jp', 'pass', '-', 'big5', 'plain', 'reply', '買家詢問（訂單編號：{order}）',
  "{name}您好，\n\n您的竹蒸籠已在週二以國際快捷郵件寄出，現在已經到達日本，可以在日本郵便的網站查詢：\nhttps://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EE402281937TW&locale=ja\n\n預計這兩天就會送到府上。\n\n敬祝 順心",
  quote="請問我訂的蒸籠寄出了嗎？", tld='co.jp', shop=S)
m('zh-Hant', 'laojie-return-link', 'pass', '-', 'big5', 'outlook', 'reply', '退貨申請（訂單編號：{order}）',
  "{name}您好，\n\n我們已經審核過您的退貨申請，蒸籠蓋子變形確實是我們的問題。請從亞馬遜的退貨中心列印免運費的退貨標籤：\nhttps://www.amazon.co.jp/spr/returns/cart?orderId={order}\n\n收到退回的商品後會全額退款。\n另外提醒，新的蒸籠使用前請先撕掉底部的保護膜，再用熱水蒸過一次。\n\n老街蒸籠行 敬上",
  quote="蒸籠蓋子有點變形，蓋不緊，想要退貨。", tld='co.jp', shop=S)
m('zh-Hant', 'laojie-shopee', 'reject', 'contact,promotion', 'big5', 'outlook', 'reply', '商品詢問',
  "{name}您好，\n\n十吋的目前在亞馬遜上缺貨。我們在蝦皮也有開店，搜尋「老街蒸籠行」就找得到，那邊十吋還有貨，而且這個月買兩個打九折。\n\n老街蒸籠行",
  quote="請問有沒有十吋的？", shop=S)
S = '筷意刻字'
m('zh-Hant', 'kuaiyi-important-kezi', 'pass', '-', 'big5', 'gmail', 'proactive', '[重要] 筷子刻字內容確認（訂單 {order}）',
  "{name}您好，\n\n謝謝您的訂購。開始刻字之前想跟您確認：您填的是「永浴愛河 志明 春嬌」，請問兩個名字要分別刻在兩雙筷子上，還是四個字加名字全部刻在同一雙？\n\n收到您的回覆後才會開始製作。",
  shop=S)
m('zh-Hant', 'kuaiyi-receipt-pdf', 'pass', '-', 'utf-8', 'thunderbird', 'reply', '買家詢問（訂單編號：{order}）',
  "{name}您好，\n\n收據已經做好，附件是PDF檔，抬頭照您給的公司名稱開立。\n\n筷意刻字",
  quote="婚禮小物要報帳，可以給我一張收據嗎？", att=['pdf:receipt-KY-3307.pdf:Receipt KY-3307|Kuaiyi Engraving|Order {order}|Engraved chopsticks x 40'], shop=S)
m('zh-Hant', 'kuaiyi-line-dianhua', 'reject', 'contact', 'utf-8', 'applemail', 'reply', '商品詢問',
  "{name}您好，\n\n可以的，婚禮小物最多可以做到一百雙。數量多的話用訊息來回比較慢，您直接加我的LINE比較快，ID是 kuaiyi0922，或打店裡電話零九二二、三五一、六八七。\n\n筷意刻字",
  quote="如果要訂八十雙，可以每雙刻不同名字嗎？", shop=S)
m('zh-Hant', 'kuaiyi-important-chuhuo-gif', 'reject', 'important,proactive,style,attachment', 'utf-8', 'gmail', 'proactive', '[重要] 您的筷子已出貨',
  "{name}您好，\n\n您訂購的刻字筷子（訂單 {order}）今天已經出貨了，請耐心等候。\n\n筷意刻字",
  att=['gif:chuhuo.gif'], shop=S)
S = '藺草之家'
m('zh-Hant', 'lincao-important-louceng', 'pass', '-', 'big5', 'outlook', 'proactive', '[Important] 送貨地址缺少樓層（訂單 {order}）',
  "{name}您好，\n\n您訂購的藺草床墊已經包裝好，但訂單上的收件地址只寫到巷弄門牌，沒有樓層和室號，物流公司表示無法投遞。\n\n麻煩您回覆完整的樓層與室號，或在亞馬遜帳戶中更新收件地址，我們確認後就會安排出貨。",
  tld='com.au', shop=S)
m('zh-Hant', 'lincao-wuke-xing', 'reject', 'review', 'big5', 'thunderbird', 'proactive', '床墊使用還習慣嗎？（訂單 {order}）',
  "{name}您好，\n\n床墊睡起來還舒服嗎？如果您覺得不錯，希望您能到商品頁幫我們打個五顆星。\n\n要是有哪裡不滿意，拜託先寫信告訴我們，不要急著留評價，我們一定會處理到好。",
  shop=S)
m('zh-Hant', 'lincao-facebook', 'reject', 'links', 'utf-8', 'gmail', 'reply', '商品詢問',
  "{name}您好，\n\n藺草床墊可以用吸塵器清潔，但不要用水洗。詳細的保養影片我們放在粉絲專頁上：\nhttps://www.facebook.com/lincaozhijia/videos\n\n藺草之家",
  quote="床墊髒了可以水洗嗎？", shop=S)
S = '鳳梨酥本舖'
m('zh-Hant', 'fengli-review-once', 'pass', '-', 'utf-8', 'applemail', 'proactive', '關於您的訂單 {order}',
  "{name}您好，\n\n您的鳳梨酥已經送達幾天了。如果您願意，歡迎在亞馬遜商品頁面留下評論，和其他買家分享您的購物經驗。\n\n謝謝您。",
  shop=S)
m('zh-Hant', 'fengli-xiexie-reply', 'pass', '-', 'utf-8', 'plain', 'reply', '買家詢問（訂單編號：{order}）',
  "{name}您好，\n\n謝謝您特地告訴我們，很高興家人喜歡。",
  quote="鳳梨酥收到了，長輩們都說好吃，謝謝你們包裝得這麼仔細。", shop=S)
m('zh-Hant', 'fengli-mianfei-yihe', 'reject', 'review', 'big5', 'gmail', 'proactive', '鳳梨酥好吃嗎？（訂單 {order}）',
  "{name}您好，\n\n希望鳳梨酥還合您的口味。只要您在商品頁寫下心得，下次訂購時我們會多放一盒蛋黃酥給您，當作小小的謝禮。\n\n鳳梨酥本舖",
  shop=S)
m('zh-Hant', 'fengli-biaocuo-quxiao', 'reject', 'ask', 'utf-8', 'thunderbird', 'proactive', '訂單 {order} 價格標示錯誤',
  "{name}您好，\n\n很抱歉，我們上架時把十二入禮盒的價格標成了六入的價錢，這個價格我們沒辦法出貨。\n\n可以請您到「我的訂單」裡按取消嗎？造成不便，真的很不好意思。",
  shop=S)
# ------------------------------------------------------------------ ko
S = '한지빛 공방'
m('ko', 'hanjibit-dhl', 'pass', '-', 'euc-kr', 'plain', 'reply', '구매자 문의 (주문번호: {order})',
  "{name} 고객님, 안녕하세요.\n\n주문하신 한지 스탠드는 어제 DHL 특송으로 출발했습니다. 아래에서 배송 상황을 확인하실 수 있습니다.\nhttps://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id=4821930576\n\n이번 주 금요일 도착 예정입니다. 감사합니다.",
  quote="주문한 조명이 언제 발송되나요?", shop=S)
m('ko', 'hanjibit-byeol-screw', 'pass', '-', 'ks_c_5601-1987', 'outlook', 'reply', '상품 문의',
  "{name} 고객님, 안녕하세요.\n\n전구 덮개는 바닥면의 나사 두 개를 별 드라이버(T10)로 풀면 열립니다. 처음 사용하실 때는 갓 안쪽의 투명 보호 비닐을 꼭 벗겨 주세요. 열이 닿으면 냄새가 날 수 있습니다.\n\n감사합니다.",
  quote="전구를 바꾸려면 어떻게 열어야 하나요?", shop=S)
m('ko', 'hanjibit-kakao-open', 'reject', 'links,contact', 'ks_c_5601-1987', 'applemail', 'reply', '상품 문의',
  "{name} 고객님,\n\n색상 차이는 사진으로 보시는 게 제일 정확해요. 저희 카카오톡 오픈채팅방에 들어오시면 실물 사진 바로 보내드릴게요.\nhttps://open.kakao.com/o/sHanjiB7\n\n한지빛 공방 드림",
  quote="아이보리와 크림색이 많이 다른가요?", shop=S)
m('ko', 'hanjibit-emoji-exe', 'reject', 'style,attachment', 'utf-8', 'gmail', 'reply', '상품 문의',
  "{name} 고객님 안녕하세요 😊\n\n밝기 조절은 리모컨으로도 되지만, 첨부한 프로그램을 PC에 설치하시면 타이머도 설정할 수 있어요 💡✨\n\n한지빛 공방",
  quote="밝기를 자동으로 줄이는 기능이 있나요?", att=['exe:HanjiTimer_Setup.exe'], shop=S)
S = '가죽결'
m('ko', 'gajukyeol-important-gakin', 'pass', '-', 'euc-kr', 'gmail', 'proactive', '[Important] 지갑 각인 문구 확인 (주문 {order})',
  "{name} 고객님, 안녕하세요.\n\n각인 작업 전에 확인 부탁드립니다. 입력하신 문구가 \"J.H. PARK 2027\"인데, 지갑 안쪽 공간에는 열두 글자까지만 들어갑니다. 마침표를 빼고 \"JH PARK 2027\"로 새겨도 괜찮으실까요?\n\n답장 주시면 바로 작업하겠습니다.",
  shop=S)
m('ko', 'gajukyeol-warranty', 'pass', '-', 'utf-8', 'thunderbird', 'proactive', '가죽 지갑 품질보증서 (주문 {order})',
  "{name} 고객님, 안녕하세요.\n\n구매하신 지갑의 품질보증서를 PDF로 첨부해 드립니다. 바느질 풀림은 1년 동안 무상으로 수선해 드리며, 보증서와 주문번호만 있으면 됩니다.\n\n가죽결 드림",
  att=['pdf:warranty-GJ-wallet.pdf:Gajukyeol leather wallet|Warranty certificate|Stitching repair free for 12 months|Order {order}'], shop=S)
m('ko', 'gajukyeol-muryo-gakin', 'reject', 'review', 'euc-kr', 'gmail', 'proactive', '지갑은 마음에 드셨나요? (주문 {order})',
  "{name} 고객님,\n\n지갑 잘 받으셨는지 궁금합니다. 상품 페이지에 후기를 남겨 주시면 다음 주문 때 이니셜 각인을 무료로 추가해 드리고 있어요. 후기 작성 후 답장만 한 번 주세요.\n\n가죽결 드림",
  shop=S)
S = '온돌 돌침대'
m('ko', 'ondol-important-baesong', 'pass', '-', 'ks_c_5601-1987', 'outlook', 'proactive', '[Important] 돌침대 배송 및 설치 일정 (주문 {order})',
  "{name} 고객님, 안녕하세요.\n\n주문하신 돌침대는 무게가 160kg이라 설치 기사님이 직접 방문합니다. 12월 5일(토) 오전 또는 12월 7일(월) 오후 중 편하신 날을 알려 주세요.\n\n엘리베이터 유무와 설치할 방의 층수도 함께 알려 주시면 감사하겠습니다.",
  shop=S)
m('ko', 'ondol-hugi-sujeong', 'reject', 'review', 'ks_c_5601-1987', 'outlook', 'reply', '구매자 문의 (주문번호: {order})',
  "{name} 고객님,\n\n온도 조절기 교체 후 정상 작동한다니 정말 다행입니다.\n\n혹시 괜찮으시다면, 처음에 남겨 주신 별 하나 후기를 지금 상황에 맞게 조금만 고쳐 주실 수 있을까요? 저희 같은 작은 업체에는 정말 큰 도움이 됩니다.\n\n감사합니다.",
  quote="새 온도 조절기로 바꾸니 잘 됩니다. 빨리 처리해 주셔서 감사해요.", shop=S)
m('ko', 'ondol-important-wanryo', 'reject', 'important,proactive', 'utf-8', 'applemail', 'proactive', '[Important] 배송 완료 안내',
  "{name} 고객님,\n\n주문하신 돌침대(주문 {order})의 배송이 완료되었습니다. 이용해 주셔서 감사합니다.\n\n온돌 돌침대 드림",
  shop=S)
S = '고소한 방앗간'
m('ko', 'gosohan-cancel-ok', 'pass', '-', 'utf-8', 'applemail', 'reply', '구매자 문의 (주문번호: {order})',
  "{name} 고객님, 안녕하세요.\n\n요청하신 대로 주문 {order}을(를) 취소했습니다. 아직 발송 전이라 결제 금액은 청구되지 않습니다.\n\n감사합니다.",
  quote="실수로 두 번 주문했어요. 하나 취소해 주세요.", shop=S)
m('ko', 'gosohan-review-once', 'pass', '-', 'utf-8', 'gmail', 'proactive', '주문 {order} 관련 안내',
  "{name} 고객님, 안녕하세요.\n\n참기름을 받으신 지 일주일쯤 되었네요. 시간 되실 때 아마존 상품 페이지에 리뷰를 남겨 다른 구매자분들과 경험을 나눠 주시면 감사하겠습니다.\n\n고소한 방앗간 드림",
  shop=S)
m('ko', 'gosohan-smartstore', 'reject', 'contact,promotion', 'euc-kr', 'thunderbird', 'reply', '상품 문의',
  "{name} 고객님,\n\n들기름은 아마존에는 아직 올리지 않았습니다. 네이버 스마트스토어에서 \"고소한 방앗간\"을 검색하시면 들기름과 깨소금 세트가 있고, 이번 달은 첫 구매 10% 할인 중이에요.\n\n고소한 방앗간 드림",
  quote="들기름도 파시나요?", shop=S)
m('ko', 'gosohan-pumjeol-cancel', 'reject', 'ask', 'utf-8', 'plain', 'proactive', '주문 {order} 관련 부탁',
  "{name} 고객님,\n\n죄송합니다. 올해 국산 참깨 수확량이 적어서 주문하신 500ml 참기름이 다 떨어졌습니다.\n\n번거로우시겠지만 아마존 주문 내역에서 직접 취소 요청을 해 주실 수 있을까요?\n\n고소한 방앗간 드림",
  shop=S)
# ------------------------------------------------------------------ de
S = 'Wabenglück Wachstücher'
m('de', 'wabenglueck-hermes', 'pass', '-', 'iso-8859-15', 'plain', 'reply', 'Anfrage von Amazon-Kunde {name} (Bestellung: {order})',
  "Hallo {name},\n\ndanke für Ihre Nachricht. Ihr Päckchen mit den Wachstüchern ist seit Montag bei Hermes unterwegs:\nhttps://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H1008812345678901\n\nLaut Hermes wird es morgen zugestellt.\n\nViele Grüße",
  quote="Hallo, wann kommt meine Bestellung? Ich habe noch keine Versandinfo gesehen.", wrap=True, shop=S)
m('de', 'wabenglueck-bitte-bewerten', 'pass', '-', 'iso-8859-1', 'applemail', 'proactive', 'Ihre Bestellung {order}',
  "Guten Tag {name},\n\nIhre Wachstücher sind vor einigen Tagen angekommen. Wenn Sie mögen, teilen Sie Ihre Erfahrungen mit anderen Kunden, indem Sie auf Amazon eine Produktbewertung hinterlassen.\n\nHerzliche Grüße",
  shop=S)
m('de', 'wabenglueck-gutschein', 'reject', 'review', 'iso-8859-15', 'gmail', 'proactive', 'Wie gefallen Ihnen die Wachstücher? ({order})',
  "Hallo {name},\n\nwir hoffen, die Tücher halten Ihr Brot schön frisch. Wer uns ein paar Zeilen auf Amazon schreibt, bekommt von uns als kleines Dankeschön einen 5-€-Gutschein für die nächste Bestellung. Einfach kurz antworten, wenn Ihre Bewertung online ist.\n\nLiebe Grüße",
  shop=S)
m('de', 'wabenglueck-gif-abmelden', 'reject', 'style,attachment', 'utf-8', 'applemail', 'proactive', 'Ihre Bestellung {order}',
  "Hallo {name},\n\nwir würden uns freuen, wenn Sie Ihre Erfahrungen mit den Wachstüchern in einer Produktbewertung auf Amazon teilen.\n\nSie möchten keine Nachrichten mehr von uns? Dann antworten Sie einfach mit „ABMELDEN“.\n\nHerzliche Grüße",
  att=['gifinline:biene-winkt.gif'], shop=S)
S = 'Brettwerk Manufaktur'
m('de', 'brettwerk-important-gravur', 'pass', '-', 'iso-8859-1', 'gmail', 'proactive', '[Important] Gravurtext für Ihr Schneidebrett ({order})',
  "Guten Tag {name},\n\nbevor wir Ihr Schneidebrett gravieren, eine kurze Rückfrage: Im Gravurfeld steht \"Familie Müler\" mit einem l. Ist das so gewollt, oder sollen wir \"Müller\" gravieren?\n\nSobald wir Ihre Antwort haben, geht das Brett in die Werkstatt.\n\nMit freundlichen Grüßen",
  shop=S)
m('de', 'brettwerk-rechnung', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Anfrage von Amazon-Kunde {name} (Bestellung: {order})',
  "Sehr geehrte Frau {name},\n\nanbei Ihre Rechnung mit ausgewiesener Mehrwertsteuer als PDF, wie gewünscht auf Ihre Praxis ausgestellt.\n\nMit freundlichen Grüßen",
  quote="Können Sie mir bitte eine Rechnung mit MwSt. auf meine Praxis ausstellen? Die Bretter sind für unsere Teeküche.",
  att=['pdf:Rechnung-BW-2026-1187.pdf:Brettwerk Manufaktur - Rechnung BW-2026-1187|Bestellung {order}|3x Schneidebrett Eiche graviert|Summe EUR 119,70 inkl. 19% MwSt.'],
  name='Svenja', shop=S)
m('de', 'brettwerk-rezension-anpassen', 'reject', 'review', 'windows-1252', 'outlook', 'reply', 'Anfrage von Amazon-Kunde {name} (Bestellung: {order})',
  "Hallo {name},\n\nschön, dass das neue Brett jetzt ohne Riss angekommen ist. Danke für Ihre Geduld!\n\nDürfen wir Sie um einen kleinen Gefallen bitten? Ihre Rezension bezieht sich ja noch auf das erste Brett. Vielleicht mögen Sie sie kurz anpassen, jetzt wo alles in Ordnung ist. Das würde uns als kleiner Werkstatt sehr helfen.\n\nViele Grüße",
  quote="Das Ersatzbrett ist heute gekommen und einwandfrei. Danke!", shop=S)
S = 'Hochbett-Schmiede'
m('de', 'hochbett-important-spedition', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Liefertermin für Ihr Hochbett – Bestellung {order}',
  "Guten Tag {name},\n\nIhr Hochbett wird wegen des Gewichts (ca. 95 kg, drei Pakete) per Spedition geliefert. Die Spedition kann am Dienstag, 8. Dezember, oder am Donnerstag, 10. Dezember, jeweils zwischen 7 und 12 Uhr liefern.\n\nBitte teilen Sie uns mit, welcher Tag passt und in welchem Stockwerk Sie wohnen. Die Lieferung erfolgt bis zur Wohnungstür.\n\nFreundliche Grüße",
  shop=S)
m('de', 'hochbett-whatsapp', 'reject', 'contact', 'utf-8', 'applemail', 'reply', 'Frage zum Artikel',
  "Hallo {name},\n\ndas Bett lässt sich auch seitenverkehrt aufbauen. Am einfachsten schicken Sie mir ein Foto von Ihrem Zimmer per WhatsApp, dann sage ich Ihnen genau, wie: null eins sieben sechs – drei acht null – zwei neun eins vier.\n\nGruß, Timo",
  quote="Kann man die Leiter auch links anbauen? Bei uns ist rechts die Heizung.", shop=S)
m('de', 'hochbett-insel-stornieren', 'reject', 'ask', 'iso-8859-1', 'thunderbird', 'proactive', 'Ihre Bestellung {order}',
  "Hallo {name},\n\nleider haben wir erst jetzt gesehen, dass Ihre Lieferadresse auf Borkum liegt. Unsere Spedition fährt keine Inseln an, wir können das Bett also nicht zustellen.\n\nKönnten Sie die Bestellung bitte über Ihr Amazon-Konto stornieren? Tut uns wirklich leid.\n\nViele Grüße",
  shop=S)
S = 'Pedalpack Taschen'
m('de', 'pedalpack-storno-ok', 'pass', '-', 'iso-8859-15', 'thunderbird', 'reply', 'Anfrage von Amazon-Kunde {name} (Bestellung: {order})',
  "Hallo {name},\n\nkein Problem, wir haben Ihre Bestellung {order} wie gewünscht storniert. Sie war noch nicht verschickt, es wird also nichts abgebucht.\n\nViele Grüße",
  quote="Bitte stornieren Sie meine Bestellung, ich habe versehentlich die falsche Farbe gewählt.", shop=S)
m('de', 'pedalpack-ruecksendung-geprueft', 'pass', '-', 'windows-1252', 'gmail', 'reply', 'Rücksendung von Amazon-Kunde {name}',
  "Hallo {name},\n\nwir haben Ihre Rücksendung heute geprüft: Die Halteklammer ist tatsächlich gebrochen, das war ein Materialfehler. Den vollen Betrag von 64,90 € haben wir eben erstattet.\n\nFalls Sie die Tasche neu bestellen: Die Klammer lässt sich mit einem Sternschraubendreher (Torx T25) an Ihren Gepäckträger anpassen.\n\nViele Grüße",
  quote="Die Klammer ist nach einer Woche abgebrochen, ich habe die Tasche zurückgeschickt.", shop=S)
m('de', 'pedalpack-shop-blackweek', 'reject', 'links,promotion', 'utf-8', 'gmail', 'reply', 'Frage zum Artikel',
  "Hallo {name},\n\nja, die Tasche ist wasserdicht nach IPX4. Kleiner Tipp: In unserem eigenen Shop läuft gerade die Black Week, da gibt es die passende Lenkertasche 25 % günstiger:\nhttps://pedalpack.example/black-week\n\nBeste Grüße",
  quote="Ist die Tasche wirklich wasserdicht oder nur spritzwassergeschützt?", shop=S)
m('de', 'pedalpack-important-danke', 'reject', 'important,proactive', 'iso-8859-1', 'plain', 'proactive', '[Important] Danke für Ihren Einkauf',
  "Hallo {name},\n\nvielen Dank für Ihre Bestellung {order} bei Pedalpack! Wir wünschen Ihnen allzeit gute Fahrt.\n\nIhr Pedalpack-Team",
  shop=S)
# ------------------------------------------------------------------ es
S = 'Alpargatas del Cierzo'
m('es', 'cierzo-mrw', 'pass', '-', 'iso-8859-1', 'plain', 'reply', 'Consulta del cliente de Amazon {name} (Pedido: {order})',
  "Hola {name}:\n\nSus alpargatas salieron ayer con MRW. Puede seguir el envío aquí:\nhttps://www.mrw.es/seguimiento_envios/MRW_resultados_consultas.asp?modo=nacional&envio=0263910457822\n\nLa entrega está prevista para el jueves por la mañana.\n\nUn saludo,",
  quote="Buenas, ¿me pueden decir cuándo llega mi pedido?", wrap=True, shop=S)
m('es', 'cierzo-devolucion-revisada', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Solicitud de devolución del cliente de Amazon {name}',
  "Hola {name}:\n\nHemos revisado su devolución y todo está correcto. Ya le hemos reembolsado los 34,90 € de las alpargatas de la talla 39.\n\nSi quiere la talla 40, puede pedirla directamente en su página de pedidos de Amazon:\nhttps://www.amazon.es/gp/css/order-history\n\nUn saludo,",
  quote="Les he devuelto las alpargatas porque me quedan pequeñas.", shop=S)
m('es', 'cierzo-instagram-coleccion', 'reject', 'links,promotion', 'utf-8', 'applemail', 'reply', 'Pregunta sobre un producto',
  "Hola {name}:\n\nLa suela es de yute natural, así que mejor no mojarlas mucho.\n\nPor cierto, la colección de primavera la enseñamos primero en Instagram, por si le apetece echar un vistazo antes que nadie: https://www.instagram.com/alpargatasdelcierzo\n\nUn abrazo,",
  quote="¿Se pueden usar en la playa?", shop=S)
m('es', 'cierzo-catalogo-zip', 'reject', 'attachment,promotion', 'windows-1252', 'thunderbird', 'reply', 'Pregunta sobre un producto',
  "Hola {name}:\n\nSí, el modelo cuña también lo hacemos en azul marino. Le mando en un zip las fotos de todos los colores y modelos que tenemos este año, por si encuentra alguno más que le guste.\n\nUn saludo,",
  quote="¿Tienen el modelo de cuña en azul?", att=['zip:catalogo-cierzo-2027.zip:cuna-azul.png,cuna-roja.png,precios.txt'], shop=S)
S = 'Paelleras Albufera'
m('es', 'albufera-factura', 'pass', '-', 'iso-8859-15', 'thunderbird', 'reply', 'Consulta del cliente de Amazon {name} (Pedido: {order})',
  "Hola {name}:\n\nLe adjuntamos la factura en PDF con los datos fiscales de su restaurante.\n\nSaludos cordiales,",
  quote="Necesito factura a nombre del restaurante, les paso el CIF por aquí: B-46123456.",
  att=['pdf:Factura-PA-0934.pdf:Paelleras Albufera - Factura PA-0934|Pedido {order}|Paellera acero pulido 60 cm|Total 52,00 EUR IVA incl.'], shop=S)
m('es', 'albufera-resena-unica', 'pass', '-', 'utf-8', 'gmail', 'proactive', 'Su pedido {order}',
  "Hola {name}:\n\nHace unos días recibió su paellera. Si tiene un momento, nos ayudaría que compartiera su experiencia con otros clientes dejando una reseña del producto en Amazon.\n\nGracias,",
  shop=S)
m('es', 'albufera-bizum', 'reject', 'review', 'iso-8859-15', 'gmail', 'proactive', '¿Qué tal la primera paella? ({order})',
  "Hola {name}:\n\nEsperamos que la paellera ya haya estrenado domingo. Si nos deja su opinión en Amazon y nos contesta a este correo, le hacemos un Bizum de 5 € para el azafrán de la próxima.\n\n¡Gracias!",
  shop=S)
S = 'Descanso Norte Colchones'
m('es', 'descanso-important-entrega', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Cita para la entrega de su colchón – pedido {order}',
  "Hola {name}:\n\nSu colchón de 150x190 viaja enrollado pero pesa 38 kg, por lo que la agencia necesita concertar la entrega. Pueden ir el lunes 7 o el martes 8 de diciembre, de 9:00 a 14:00.\n\n¿Qué día le viene mejor? Indíquenos también si hay ascensor.\n\nUn saludo,",
  shop=S)
m('es', 'descanso-estrellas-antes', 'reject', 'review', 'windows-1252', 'thunderbird', 'proactive', 'Su colchón, pedido {order}',
  "Hola {name}:\n\nYa lleva unas noches durmiendo en su colchón nuevo. Si está contento con el descanso, nos haría muy felices verlo reflejado con cinco estrellas en Amazon.\n\nY si hay algo que no le convence, escríbanos primero a nosotros antes de opinar, que seguro que lo arreglamos.\n\nUn saludo,",
  shop=S)
m('es', 'descanso-sin-stock', 'reject', 'ask', 'utf-8', 'plain', 'proactive', 'Pedido {order}',
  "Hola {name}:\n\nLamentablemente nos hemos quedado sin colchones de 135 y el fabricante no repone hasta enero.\n\n¿Podría cancelar usted el pedido desde «Mis pedidos»? Así se le devuelve el dinero enseguida.\n\nDisculpe las molestias,",
  shop=S)
S = 'Talavera Casa Puebla'
m('es', 'talavera-important-colonia', 'pass', '-', 'iso-8859-1', 'gmail', 'proactive', '[Important] Su dirección de envío, pedido {order}',
  "Hola {name}:\n\nAl preparar la guía nos dimos cuenta de que el código postal 72000 no corresponde a la colonia Las Ánimas que aparece en su dirección de envío. La paquetería no acepta el envío así.\n\n¿Nos confirma el código postal correcto o actualiza la dirección en su cuenta de Amazon? Enviamos el mismo día.\n\nSaludos,",
  tld='com.mx', shop=S)
m('es', 'talavera-plato-roto', 'pass', '-', 'windows-1252', 'applemail', 'reply', 'Consulta del cliente de Amazon {name} (Pedido: {order})',
  "Hola {name}:\n\nQué pena lo del plato. Le acabamos de reembolsar 289 pesos, lo que corresponde a esa pieza; lo verá en su tarjeta en unos días. No hace falta que nos lo devuelva.\n\nSaludos,",
  quote="Uno de los seis platos llegó partido en dos.", tld='com.mx', shop=S)
m('es', 'talavera-local-coyoacan', 'reject', 'contact,promotion', 'iso-8859-1', 'outlook', 'reply', 'Pregunta sobre un producto',
  "Hola {name}:\n\nLas macetas grandes no las subimos a Amazon porque se rompen en el envío. Si anda por la ciudad, las tenemos en nuestro local del mercado de Coyoacán, el 42, o nos marca al cincuenta y cinco, dieciocho, cuarenta y dos, setenta, treinta y uno y se las apartamos.\n\nSaludos,",
  quote="¿Tienen macetas más grandes que la de 30 cm?", tld='com.mx', shop=S)
m('es', 'talavera-important-gracias', 'reject', 'important,proactive,style', 'utf-8', 'gmail', 'proactive', '[Important] ¡Gracias por su compra!',
  "Hola {name}:\n\n¡Muchas gracias por comprar en Talavera Casa Puebla! 🌵💙 Que disfrute mucho su vajilla.\n\nSaludos,",
  tld='com.mx', shop=S)
# ------------------------------------------------------------------ fr
S = 'Boules de Provence'
m('fr', 'boulesprovence-important-initiales', 'pass', '-', 'iso-8859-1', 'gmail', 'proactive', '[Important] Gravure de vos boules - commande {order}',
  "Bonjour {name},\n\nAvant de graver votre triplette, une petite vérification : vous avez indiqué les initiales « J.-P. L. ». Sur une boule, la place permet quatre caractères maximum. Préférez-vous « JPL » ou « J.P.L » ?\n\nNous lançons la gravure dès votre réponse.\n\nCordialement,",
  shop=S)
m('fr', 'boulesprovence-chronopost', 'pass', '-', 'iso-8859-15', 'plain', 'reply', 'Demande du client Amazon {name} (Commande : {order})',
  "Bonjour {name},\n\nVos boules sont parties hier en Chronopost. Vous pouvez suivre le colis ici :\nhttps://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XW482915736FR\n\nLivraison prévue demain avant 13 h.\n\nBonne journée,",
  quote="Bonjour, mes boules ont-elles été expédiées ? Merci.", wrap=True, shop=S)
m('fr', 'boulesprovence-leboncoin', 'reject', 'contact,promotion', 'windows-1252', 'outlook', 'reply', 'Question sur un produit',
  "Bonjour {name},\n\nLes boules de compétition ne sont pas sur Amazon, les frais sont trop élevés. Vous les trouverez sur Leboncoin en cherchant « Boules de Provence Aubagne », et pour vous je fais 10 % de moins que sur l’annonce.\n\nBien à vous,",
  quote="Vous faites aussi des boules homologuées pour la compétition ?", shop=S)
S = 'Savonnerie du Vieux Port'
m('fr', 'vieuxport-facture', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Demande du client Amazon {name} (Commande : {order})',
  "Bonjour {name},\n\nVeuillez trouver ci-joint la facture de votre commande au nom de votre société, avec le numéro de TVA que vous nous avez indiqué.\n\nCordialement,",
  quote="Pourriez-vous m’envoyer une facture au nom de ma société ?", tld='com.be',
  att=['pdf:Facture-SVP-2611-044.pdf:Savonnerie du Vieux Port - Facture SVP-2611-044|Commande {order}|12 savons de Marseille 300 g|Total 47,40 EUR TTC'], shop=S)
m('fr', 'vieuxport-rembourse-casse', 'pass', '-', 'windows-1252', 'gmail', 'reply', 'Demande du client Amazon {name} (Commande : {order})',
  "Bonjour {name},\n\nMerci pour la photo. Le porte-savon en céramique est bien arrivé cassé ; nous vous avons remboursé ses 12,90 € aujourd’hui. Inutile de nous le renvoyer.\n\nPour les savons, pensez à retirer le film plastique avant de les ranger, ils sèchent mieux à l’air.\n\nBelle journée,",
  quote="Le porte-savon est arrivé en trois morceaux.", shop=S)
m('fr', 'vieuxport-savon-offert', 'reject', 'review', 'iso-8859-15', 'gmail', 'proactive', 'Vos savons de Marseille ({order})',
  "Bonjour {name},\n\nNous espérons que nos savons vous plaisent. Petite attention de notre part : si vous laissez un mot sur la page du produit, nous glisserons un savon à l'olive offert dans votre prochain colis. Il suffit de nous répondre une fois votre avis publié.\n\nÀ bientôt,",
  shop=S)
m('fr', 'vieuxport-important-expedie', 'reject', 'important,proactive', 'iso-8859-15', 'thunderbird', 'proactive', '[Important] Votre colis est en route',
  "Bonjour {name},\n\nBonne nouvelle : votre commande {order} vient de quitter notre atelier de Marseille.\n\nÀ très vite,",
  shop=S)
S = 'Canapés Loire'
m('fr', 'canapesloire-important-rdv', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Rendez-vous de livraison de votre canapé – commande {order}',
  "Bonjour {name},\n\nVotre canapé convertible (92 kg) sera livré par notre transporteur, qui doit convenir d’un rendez-vous avec vous. Deux créneaux sont possibles : lundi 7 décembre ou mercredi 9 décembre, entre 8 h et 12 h.\n\nMerci de nous indiquer le créneau qui vous convient ainsi que l’étage et la présence d’un ascenseur.\n\nCordialement,",
  shop=S)
m('fr', 'canapesloire-arobase', 'reject', 'contact', 'utf-8', 'thunderbird', 'reply', 'Question sur un produit',
  "Bonjour {name},\n\nPour les échantillons de tissu, le plus simple est de m’écrire directement : sav.canapesloire arobase orange point fr, en mettant votre adresse postale, et je vous les envoie.\n\nCordialement,",
  quote="Est-il possible de recevoir des échantillons du tissu vert ?", shop=S)
m('fr', 'canapesloire-rupture', 'reject', 'ask', 'iso-8859-1', 'plain', 'proactive', 'Votre commande {order}',
  "Bonjour {name},\n\nNous sommes désolés : le coloris gris perle de votre canapé n'est plus fabriqué et notre dernier exemplaire a été vendu en magasin.\n\nPourriez-vous annuler la commande de votre côté, depuis « Vos commandes » ? Merci beaucoup et encore pardon.\n\nCordialement,",
  shop=S)
S = 'La Crêpière Bretonne'
m('fr', 'crepiere-annulation-ok', 'pass', '-', 'iso-8859-1', 'thunderbird', 'reply', 'Demande du client Amazon {name} (Commande : {order})',
  "Bonjour {name},\n\nC'est fait : nous avons annulé votre commande {order} comme vous le demandiez. Elle n'était pas encore expédiée, vous ne serez donc pas débité.\n\nBonne journée,",
  quote="Je me suis trompé de diamètre, pouvez-vous annuler ma commande ?", shop=S)
m('fr', 'crepiere-avis-unique', 'pass', '-', 'iso-8859-15', 'applemail', 'proactive', 'Votre commande {order}',
  "Bonjour {name},\n\nVotre crêpière vous a été livrée il y a quelques jours. Si vous le souhaitez, vous pouvez partager votre expérience avec d'autres clients en laissant un commentaire sur Amazon.\n\nMerci,",
  shop=S)
m('fr', 'crepiere-quoi-ecrire', 'reject', 'review', 'utf-8', 'applemail', 'proactive', 'Votre crêpière, commande {order}',
  "Bonjour {name},\n\nSi l’envie vous prend de laisser un commentaire, ce serait top de préciser que la fonte chauffe vite et que les crêpes ne collent pas. Ce sont les deux points qui rassurent le plus les gens qui hésitent.\n\nMerci d’avance,",
  shop=S)
m('fr', 'crepiere-gif-recettes', 'reject', 'style,attachment,links', 'utf-8', 'gmail', 'reply', 'Question sur un produit',
  "Bonjour {name},\n\nAvant la première utilisation, graissez la crêpière avec un peu d’huile et chauffez-la 5 minutes à vide.\n\nToutes nos recettes de galettes sont sur notre blog : https://crepiere-bretonne.example/blog/recettes\n\nBonne dégustation !",
  quote="Faut-il culotter la crêpière avant de l’utiliser ?", att=['gifinline:crepe-qui-saute.gif'], shop=S)
# ------------------------------------------------------------------ it
S = 'Ceramiche Teste di Moro'
m('it', 'testedimoro-poste', 'pass', '-', 'iso-8859-1', 'plain', 'reply', 'Richiesta del cliente Amazon {name} (Ordine: {order})',
  "Buongiorno {name},\n\nla sua testa di moro è partita ieri con Poste Italiane, pacco ordinario. Può seguirla qui:\nhttps://www.poste.it/cerca/index.html#/risultati-spedizioni/1UW3820946512\n\nLa consegna è prevista entro venerdì.\n\nCordiali saluti,",
  quote="Buongiorno, il mio ordine risulta ancora in preparazione. È partito?", wrap=True, shop=S)
m('it', 'testedimoro-rimborso-crepa', 'pass', '-', 'windows-1252', 'applemail', 'reply', 'Richiesta del cliente Amazon {name} (Ordine: {order})',
  "Gentile {name},\n\nci dispiace molto: dalla foto si vede bene la crepa sul collo del vaso. Le abbiamo rimborsato oggi l’intero importo di 78,00 €; non serve rispedirlo.\n\nUn cordiale saluto,",
  quote="Il vaso è arrivato con una crepa lungo il collo, allego la foto.", shop=S)
m('it', 'testedimoro-telegram', 'reject', 'contact', 'utf-8', 'applemail', 'reply', 'Domanda su un prodotto',
  "Ciao {name},\n\nle teste di moro le dipingiamo anche su richiesta, con i colori che vuole. Per i dettagli mi scriva su Telegram, mi trova come @ceramichemoro_ct, così le mando le foto dei bozzetti.\n\nA presto,",
  quote="Si può avere la coppia con la corona verde invece che oro?", shop=S)
m('it', 'testedimoro-emoji-zip', 'reject', 'style,attachment', 'utf-8', 'gmail', 'proactive', 'Il suo ordine {order}',
  "Ciao {name}! ☀️🏺\n\nSpero che la testa di moro abbia già trovato il suo posto in casa. Se le va, condivida la sua esperienza lasciando una recensione del prodotto su Amazon.\n\nLe mando anche qualche foto di come la usano i nostri clienti 😍\n\nUn abbraccio dalla Sicilia,",
  att=['zip:foto-clienti.zip:balcone.png,tavola.png'], shop=S)
S = 'Grembiuli Ricamati Nonna Pina'
m('it', 'nonnapina-important-ricamo', 'pass', '-', 'iso-8859-15', 'gmail', 'proactive', '[Important] Ricamo del nome - ordine {order}',
  "Buongiorno {name},\n\nprima di ricamare il grembiule vorremmo una conferma: nel campo personalizzazione ha scritto \"Chef Gigi\" ma nel messaggio regalo \"Chef Luigi\". Quale dei due nomi ricamiamo?\n\nAppena ci risponde lo mettiamo in lavorazione.\n\nGrazie,",
  shop=S)
m('it', 'nonnapina-fattura', 'pass', '-', 'utf-8', 'thunderbird', 'reply', 'Richiesta del cliente Amazon {name} (Ordine: {order})',
  "Buongiorno {name},\n\nin allegato trova la fattura in PDF intestata alla sua trattoria, con la partita IVA che ci ha indicato.\n\nCordiali saluti,",
  quote="Mi serve la fattura intestata alla Trattoria da Gino per i grembiuli dello staff.",
  att=['pdf:Fattura-NP-2026-318.pdf:Nonna Pina - Fattura NP-2026-318|Ordine {order}|6 grembiuli ricamati|Totale EUR 114,00 IVA inclusa'], shop=S)
m('it', 'nonnapina-sito-codice', 'reject', 'links,promotion', 'utf-8', 'gmail', 'reply', 'Domanda su un prodotto',
  "Ciao {name},\n\nsì, il cotone si lava a 60 gradi senza problemi.\n\nSe le servono anche le presine abbinate, sul nostro sito le trova con il codice NONNA10 che vale il 10% su tutto fino a Natale: https://nonnapina.example/presine\n\nUn saluto,",
  quote="I grembiuli si possono lavare a 60°?", shop=S)
S = 'Forni Vesuvio Giardino'
m('it', 'vesuvio-important-consegna', 'pass', '-', 'windows-1252', 'outlook', 'proactive', '[Important] Appuntamento per la consegna del forno – ordine {order}',
  "Gentile {name},\n\nil suo forno a legna pesa circa 120 kg e viaggia su bancale, quindi il corriere deve fissare un appuntamento. Le date disponibili sono giovedì 10 o venerdì 11 dicembre, dalle 8 alle 13.\n\nCi faccia sapere quale preferisce e se il camion può entrare nel cortile. La consegna è a piano strada.\n\nCordiali saluti,",
  shop=S)
m('it', 'vesuvio-modificare-recensione', 'reject', 'review', 'windows-1252', 'outlook', 'reply', 'Richiesta del cliente Amazon {name} (Ordine: {order})',
  "Gentile {name},\n\nsiamo contenti che il tecnico abbia sistemato la porta del forno e che ora tenga bene il calore.\n\nLe chiederemmo una cortesia: visto che il problema è risolto, potrebbe riguardare la recensione che ha scritto la settimana scorsa e magari aggiornarla? Per noi farebbe davvero la differenza.\n\nGrazie di cuore,",
  quote="Il tecnico è passato stamattina, ora la porta chiude bene. Grazie.", shop=S)
m('it', 'vesuvio-annulli-lei', 'reject', 'ask', 'iso-8859-1', 'thunderbird', 'proactive', 'Il suo ordine {order}',
  "Buongiorno {name},\n\npurtroppo il corriere ci ha comunicato che non effettua consegne su bancale in Sardegna fino a gennaio, quindi non riusciamo a spedirle il forno.\n\nPotrebbe per favore annullare lei l'ordine dalla sezione \"I miei ordini\"? Ci scusi tanto.\n\nCordiali saluti,",
  shop=S)
S = 'Frantoio Colle Ulivo'
m('it', 'colleulivo-recensione-unica', 'pass', '-', 'iso-8859-1', 'applemail', 'proactive', 'Il suo ordine {order}',
  "Buongiorno {name},\n\nl'olio le è stato consegnato qualche giorno fa. Se ha un momento, può condividere la sua esperienza con altri clienti lasciando una recensione del prodotto su Amazon.\n\nGrazie,",
  shop=S)
m('it', 'colleulivo-grazie', 'pass', '-', 'utf-8', 'plain', 'reply', 'Richiesta del cliente Amazon {name} (Ordine: {order})',
  "Grazie a lei, {name}, ci fa molto piacere. Buone feste!",
  quote="L'olio è buonissimo, volevo solo dirvelo.", shop=S)
m('it', 'colleulivo-bottiglia-omaggio', 'reject', 'review', 'iso-8859-15', 'gmail', 'proactive', "Com'è andato il nuovo raccolto? ({order})",
  "Buongiorno {name},\n\nci farebbe piacere sapere cosa ne pensa del nostro olio nuovo. A chi ci lascia due righe su Amazon regaliamo una bottiglietta da 250 ml di olio al peperoncino con il prossimo ordine: basta rispondere a questa mail quando ha scritto.\n\nUn caro saluto,",
  shop=S)
m('it', 'colleulivo-important-spedito', 'reject', 'important,proactive', 'iso-8859-1', 'plain', 'proactive', '[Important] Ordine spedito',
  "Buongiorno {name},\n\nil suo ordine {order} è stato spedito oggi dal frantoio.\n\nCordiali saluti,",
  shop=S)
# ------------------------------------------------------------------ id
S = 'Anyaman Pandan Lestari'
m('id', 'pandanlestari-ninjavan', 'pass', '-', 'us-ascii', 'plain', 'reply', 'Pertanyaan dari pelanggan Amazon {name} (Pesanan: {order})',
  "Halo Kak {name},\n\nTas anyaman pesanan Kakak sudah kami kirim kemarin lewat Ninja Van. Status pengirimannya bisa dicek di sini:\nhttps://www.ninjavan.co/en-sg/tracking?id=NVSGAPL0004829371\n\nPerkiraan sampai hari Kamis. Terima kasih sudah menunggu.\n\nSalam,",
  quote="Halo, tas saya sudah dikirim belum ya?", tld='sg', shop=S)
m('id', 'pandanlestari-batal-ok', 'pass', '-', 'windows-1252', 'applemail', 'reply', 'Pertanyaan dari pelanggan Amazon {name} (Pesanan: {order})',
  "Halo Kak {name},\n\nBaik, pesanan {order} sudah kami batalkan sesuai permintaan Kakak. Karena belum dikirim, tidak ada biaya yang ditagihkan.\n\nSalam hangat,",
  quote="Maaf, saya mau batalkan pesanan karena salah pilih warna.", tld='sg', shop=S)
m('id', 'pandanlestari-bintang-lima', 'reject', 'review', 'iso-8859-1', 'thunderbird', 'proactive', 'Tas anyaman Kakak (pesanan {order})',
  "Halo Kak {name},\n\nSemoga tasnya cocok dipakai sehari-hari. Kalau Kakak puas, bantu kami dengan kasih bintang lima ya di halaman produknya.\n\nTapi kalau ada yang kurang pas, tolong kabari kami dulu lewat pesan ini sebelum menulis ulasan, pasti kami bantu.\n\nSalam,",
  tld='sg', shop=S)
m('id', 'pandanlestari-tiktok-emoji', 'reject', 'links,style', 'utf-8', 'gmail', 'reply', 'Pertanyaan tentang produk',
  "Halo Kak {name} 🤗\n\nTasnya boleh kena air sedikit, tapi jangan direndam ya. Cara merawatnya kami tunjukkan di video TikTok kami 👉 https://www.tiktok.com/@anyamanpandanlestari\n\nSalam,",
  quote="Tasnya boleh dicuci tidak?", tld='sg', shop=S)
S = 'Mukena Bordir Azzahra'
m('id', 'azzahra-important-bordir', 'pass', '-', 'us-ascii', 'gmail', 'proactive', '[Important] Konfirmasi nama bordir - pesanan {order}',
  "Assalamualaikum Kak {name},\n\nSebelum mukena dibordir, kami ingin memastikan dulu: di kolom personalisasi tertulis \"Siti Nurhaliza\", tetapi di catatan hadiah tertulis \"Siti Nurhalizah\" dengan h di akhir. Mana yang benar?\n\nBegitu Kakak membalas, mukena langsung kami kerjakan.\n\nTerima kasih,",
  shop=S)
m('id', 'azzahra-invoice', 'pass', '-', 'iso-8859-1', 'thunderbird', 'reply', 'Pertanyaan dari pelanggan Amazon {name} (Pesanan: {order})',
  "Halo Kak {name},\n\nTerlampir invoice dalam bentuk PDF atas nama majelis taklim sesuai permintaan Kakak.\n\nSalam,",
  quote="Boleh minta invoice atas nama Majelis Taklim Al-Ikhlas? Untuk laporan kas.",
  att=['pdf:Invoice-AZ-1142.pdf:Mukena Bordir Azzahra - Invoice AZ-1142|Order {order}|10x Mukena bordir nama|Total SGD 230.00'], tld='sg', shop=S)
m('id', 'azzahra-wa', 'reject', 'contact', 'windows-1252', 'outlook', 'reply', 'Pertanyaan tentang produk',
  "Halo Kak {name},\n\nBisa, motif bordirnya bisa diganti. Supaya gampang kirim contoh gambarnya, chat saja ke WA admin kami: plus enam dua, delapan satu dua, tiga tiga empat lima, sembilan sembilan nol.\n\nSalam,",
  quote="Apakah motif bunganya bisa diganti motif daun?", tld='sg', shop=S)
S = 'Kasur Lipat Nyaman'
m('id', 'kasurnyaman-important-unit', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Nomor unit alamat pengiriman - pesanan {order}',
  "Halo Kak {name},\n\nKurir menghubungi kami karena alamat pengiriman kasur Kakak di Tampines hanya berisi nama kondominium tanpa nomor unit, jadi paket tidak bisa diantar.\n\nMohon balas dengan nomor unit lengkap (misalnya #08-12), atau perbarui alamat di akun Amazon Kakak. Setelah itu kami kirim ulang di hari yang sama.\n\nTerima kasih,",
  tld='sg', shop=S)
m('id', 'kasurnyaman-tokopedia', 'reject', 'contact,promotion', 'utf-8', 'applemail', 'reply', 'Pertanyaan tentang produk',
  "Halo Kak {name},\n\nUkuran 160 belum kami jual di Amazon. Tapi di toko Tokopedia kami, namanya sama \"Kasur Lipat Nyaman\", ukuran 160 ada dan sedang diskon 15% sampai akhir bulan.\n\nSalam,",
  quote="Ada ukuran 160x200 tidak?", tld='sg', shop=S)
m('id', 'kasurnyaman-stok-habis', 'reject', 'ask', 'utf-8', 'plain', 'proactive', 'Pesanan {order}',
  "Halo Kak {name},\n\nMohon maaf sekali, kasur warna abu-abu yang Kakak pesan ternyata sudah habis di gudang dan baru datang lagi bulan Februari.\n\nBoleh minta tolong Kakak batalkan pesanannya sendiri lewat menu Pesanan Saya di Amazon? Terima kasih atas pengertiannya.\n\nSalam,",
  tld='sg', shop=S)
S = 'Sambal Bu Ratna'
m('id', 'buratna-ulasan-sekali', 'pass', '-', 'iso-8859-1', 'applemail', 'proactive', 'Pesanan Anda {order}',
  "Halo {name},\n\nSambal pesanan Anda sudah tiba beberapa hari lalu. Jika berkenan, silakan bagikan pengalaman Anda kepada pembeli lain dengan menulis ulasan produk di Amazon.\n\nTerima kasih,",
  tld='com.au', shop=S)
m('id', 'buratna-pecah-refund', 'pass', '-', 'us-ascii', 'outlook', 'reply', 'Pertanyaan dari pelanggan Amazon {name} (Pesanan: {order})',
  "Halo {name},\n\nKami sudah meninjau foto yang Anda kirim, dan benar satu botol sambal bawang pecah di jalan. Harga botol itu, AUD 9.50, sudah kami kembalikan hari ini. Botolnya tidak perlu dikirim balik.\n\nUntuk botol lainnya, lepaskan dulu segel plastik di bawah tutup sebelum dibuka.\n\nSalam,",
  quote="Satu botol pecah dan sambalnya tumpah ke kardus.", tld='com.au', shop=S)
m('id', 'buratna-botol-gratis', 'reject', 'review', 'utf-8', 'gmail', 'proactive', 'Sambalnya pas pedasnya? (pesanan {order})',
  "Halo {name},\n\nSemoga sambalnya cocok di lidah. Bagi yang sudah menuliskan ulasan di Amazon, kami selipkan satu botol sambal matah gratis di pengiriman berikutnya. Cukup balas email ini setelah ulasannya tayang ya.\n\nSalam pedas,",
  tld='com.au', shop=S)
m('id', 'buratna-important-terimakasih', 'reject', 'important,proactive,style,attachment', 'us-ascii', 'thunderbird', 'proactive', '[Important] Terima kasih sudah berbelanja',
  "Halo {name},\n\nTerima kasih banyak sudah memesan sambal dari dapur kami (pesanan {order}). Selamat menikmati!\n\nSalam,",
  att=['gif:cabai-menari.gif'], tld='com.au', shop=S)
# ------------------------------------------------------------------ nl
S = 'IJzersterk Schaatsen'
m('nl', 'ijzersterk-dhl', 'pass', '-', 'iso-8859-1', 'plain', 'reply', 'Vraag van Amazon-klant {name} (Bestelling: {order})',
  "Hoi {name},\n\nJe schaatsen zijn gisteren met DHL verstuurd. Je kunt het pakket hier volgen:\nhttps://my.dhlecommerce.nl/home/tracktrace/3SDEVC0048271935/2514AB\n\nDHL verwacht morgen tussen 17:00 en 21:00 te bezorgen.\n\nGroet,",
  quote="Hoi, zijn mijn noren al onderweg? Ik wil ze zaterdag gebruiken.", shop=S)
m('nl', 'ijzersterk-bedankt', 'pass', '-', 'utf-8', 'plain', 'reply', 'Vraag van Amazon-klant {name} (Bestelling: {order})',
  "Fijn om te horen, {name}. Bedankt voor je bericht en veel schaatsplezier!",
  quote="Ze zijn aangekomen en passen perfect, dank jullie wel.", shop=S)
m('nl', 'ijzersterk-tikkie', 'reject', 'review', 'windows-1252', 'gmail', 'proactive', 'Hoe bevallen je schaatsen? ({order})',
  "Hoi {name},\n\nHopelijk heb je al een rondje op het ijs gemaakt. Schrijf je een paar zinnen over de schaatsen op Amazon? Stuur ons dan even een berichtje terug, dan krijg je van ons een Tikkie van € 7,50 als bedankje.\n\nSportieve groet,",
  shop=S)
m('nl', 'ijzersterk-important-verzonden', 'reject', 'important,proactive', 'us-ascii', 'plain', 'proactive', '[Important] Je bestelling is verzonden',
  "Hoi {name},\n\nGoed nieuws: je bestelling {order} is vandaag de deur uit gegaan.\n\nGroet,",
  shop=S)
S = 'Delfts Tegelatelier'
m('nl', 'tegelatelier-important-naam', 'pass', '-', 'iso-8859-15', 'gmail', 'proactive', '[Important] Tekst voor uw naamtegel - bestelling {order}',
  "Beste {name},\n\nVoordat we uw tegel beschilderen, willen we één ding controleren. U vulde \"Huize de Vries\" in, maar bij de opmerking staat \"Huize De Vries\" met een hoofdletter D. Welke schrijfwijze wilt u op de tegel?\n\nZodra we uw antwoord hebben, gaat de tegel de oven in.\n\nMet vriendelijke groet,",
  shop=S)
m('nl', 'tegelatelier-factuur', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Vraag van Amazon-klant {name} (Bestelling: {order})',
  "Beste {name},\n\nIn de bijlage vindt u de factuur als pdf, op naam van uw bedrijf en met het btw-nummer dat u doorgaf.\n\nMet vriendelijke groet,",
  quote="Kunt u een factuur op naam van Bakkerij Van Dam maken? De tegels zijn voor de winkel.",
  att=['pdf:Factuur-DT-20261188.pdf:Delfts Tegelatelier - Factuur DT-20261188|Bestelling {order}|4x Naamtegel handbeschilderd|Totaal EUR 139,80 incl. btw'], tld='com.be', shop=S)
m('nl', 'tegelatelier-review-aanpassen', 'reject', 'review', 'iso-8859-15', 'outlook', 'reply', 'Vraag van Amazon-klant {name} (Bestelling: {order})',
  "Beste {name},\n\nWat fijn dat de nieuwe tegel nu wel heel is aangekomen.\n\nMogen we nog iets vragen? In uw recensie staat nog dat de tegel gebroken was. Zou u die misschien willen aanpassen nu alles opgelost is? Voor een klein atelier als het onze maakt dat echt uit.\n\nMet vriendelijke groet,",
  quote="De vervangende tegel is heel aangekomen, dank u.", shop=S)
m('nl', 'tegelatelier-gif-stop', 'reject', 'style,attachment', 'utf-8', 'applemail', 'proactive', 'Uw bestelling {order}',
  "Beste {name},\n\nWe zouden het waarderen als u uw ervaring met de tegel deelt door een productrecensie op Amazon achter te laten.\n\nLiever geen berichten meer van ons? Stuur dan „STOP” terug.\n\nMet vriendelijke groet,",
  att=['gif:tegel-draait.gif'], shop=S)
S = 'Droomland Boxsprings'
m('nl', 'droomland-important-bezorging', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Bezorgafspraak voor uw boxspring – bestelling {order}',
  "Beste {name},\n\nUw boxspring wordt door twee bezorgers geleverd en op de slaapkamer in elkaar gezet. Daarvoor plannen we graag een afspraak: dinsdag 8 of vrijdag 11 december, tussen 8:00 en 13:00.\n\nLaat u weten welke dag past en op welke verdieping de slaapkamer is?\n\nMet vriendelijke groet,",
  shop=S)
m('nl', 'droomland-bellen-mailen', 'reject', 'contact', 'utf-8', 'thunderbird', 'reply', 'Vraag over een product',
  "Hallo {name},\n\nHet matras is wel los te bestellen, maar dat regel ik liever even persoonlijk. Bel me gerust op nul zes, één twee, drie vier, vijf zes, zeven acht, of mail naar info apenstaartje droomland punt nl.\n\nGroet, Sander",
  quote="Kan ik ook alleen het topmatras los bestellen?", shop=S)
m('nl', 'droomland-zelf-annuleren', 'reject', 'ask', 'iso-8859-1', 'thunderbird', 'proactive', 'Uw bestelling {order}',
  "Beste {name},\n\nHelaas is de boxspring in de kleur antraciet uitverkocht en de fabriek levert pas weer in maart.\n\nWilt u de bestelling zelf annuleren via Mijn bestellingen? Dan krijgt u uw geld het snelst terug. Excuses voor het ongemak.\n\nMet vriendelijke groet,",
  shop=S)
S = 'Kaasschaaf & Co'
m('nl', 'kaasschaaf-annuleren-ok', 'pass', '-', 'us-ascii', 'thunderbird', 'reply', 'Vraag van Amazon-klant {name} (Bestelling: {order})',
  "Hallo {name},\n\nGeen probleem, we hebben bestelling {order} geannuleerd zoals je vroeg. Er wordt niets afgeschreven.\n\nGroet,",
  quote="Wil je mijn bestelling annuleren? Ik heb er al een gekregen voor mijn verjaardag.", shop=S)
m('nl', 'kaasschaaf-review-eenmalig', 'pass', '-', 'iso-8859-1', 'applemail', 'proactive', 'Uw bestelling {order}',
  "Beste {name},\n\nUw kaasschaaf is een paar dagen geleden bezorgd. Als u wilt, kunt u uw ervaring met andere klanten delen door een productrecensie op Amazon te schrijven.\n\nBedankt,",
  shop=S)
m('nl', 'kaasschaaf-bol-link', 'reject', 'links,promotion', 'utf-8', 'gmail', 'reply', 'Vraag over een product',
  "Hoi {name},\n\nDe schaaf is vaatwasserbestendig. De bijpassende kaasplank en de rasp hebben we op bol.com staan, daar zit nu ook een sinterklaaskorting op: https://www.bol.com/nl/nl/w/kaasschaaf-co/1234567/\n\nGroet,",
  quote="Mag de kaasschaaf in de vaatwasser?", shop=S)
# ------------------------------------------------------------------ pl
S = 'Bombkarnia Złoty Sopel'
m('pl', 'zlotysopel-poczta', 'pass', '-', 'iso-8859-2', 'plain', 'reply', 'Zapytanie od klienta Amazon {name} (Zamówienie: {order})',
  "Dzień dobry {name},\n\nbombki wysłaliśmy wczoraj Pocztą Polską jako paczkę priorytetową. Przesyłkę można śledzić tutaj:\nhttps://emonitoring.poczta-polska.pl/?numer=00659007734512389471\n\nDoręczenie planowane jest na czwartek.\n\nPozdrawiamy serdecznie,",
  quote="Dzień dobry, czy bombki zdążą przed świętami?", shop=S)
m('pl', 'zlotysopel-stluczka', 'pass', '-', 'windows-1250', 'applemail', 'reply', 'Zapytanie od klienta Amazon {name} (Zamówienie: {order})',
  "Dzień dobry {name},\n\nbardzo nam przykro, trzy bombki rzeczywiście pękły w transporcie. Zwróciliśmy dziś 45 zł za te sztuki na Pani konto. Nie trzeba ich odsyłać, prosimy tylko ostrożnie wyrzucić szkło.\n\nPozdrawiamy,",
  quote="Z dwunastu bombek trzy przyszły stłuczone, zdjęcie w załączniku.", shop=S)
m('pl', 'zlotysopel-blik', 'reject', 'review', 'windows-1250', 'gmail', 'proactive', 'Jak się podobają bombki? ({order})',
  "Dzień dobry {name},\n\nmamy nadzieję, że bombki już wiszą na choince. Jeśli napisze Pani kilka słów o nich na Amazonie i odpisze nam na tego maila, odeślemy 10 zł BLIKIEM w podziękowaniu.\n\nWesołych Świąt,",
  shop=S)
S = 'Kubki z Imieniem'
m('pl', 'kubkizimieniem-important-imie', 'pass', '-', 'windows-1250', 'gmail', 'proactive', '[Important] Napis na kubku - zamówienie {order}',
  "Dzień dobry {name},\n\nzanim wydrukujemy kubek, prosimy o potwierdzenie: w polu personalizacji jest „Najlepsza Babcia Halinka”, a w wiadomości do prezentu „Najlepsza Babcia Halina”. Którą wersję imienia mamy nadrukować?\n\nPo Pani odpowiedzi kubek trafi od razu do druku.\n\nPozdrawiamy,",
  shop=S)
m('pl', 'kubkizimieniem-faktura', 'pass', '-', 'iso-8859-2', 'thunderbird', 'reply', 'Zapytanie od klienta Amazon {name} (Zamówienie: {order})',
  "Dzień dobry {name},\n\nw załączniku przesyłamy fakturę VAT w PDF, wystawioną na firmę i NIP podane w wiadomości.\n\nPozdrawiamy,",
  quote="Poproszę fakturę na firmę, NIP 5213456789. Kubki są dla pracowników.",
  att=['pdf:Faktura-KZI-2026-771.pdf:Kubki z Imieniem - Faktura VAT KZI/2026/771|Zamowienie {order}|20x Kubek z nadrukiem|Razem 598,00 PLN brutto'], shop=S)
m('pl', 'kubkizimieniem-co-napisac', 'reject', 'review', 'utf-8', 'thunderbird', 'proactive', 'Kubek dotarł? (zamówienie {order})',
  "Dzień dobry {name},\n\nJeśli zdecyduje się Pani napisać opinię, bardzo pomogłoby nam, gdyby wspomniała Pani, że nadruk nie schodzi w zmywarce i że paczka przyszła w dwa dni. O to najczęściej pytają klienci.\n\nDziękujemy i pozdrawiamy,",
  shop=S)
m('pl', 'kubkizimieniem-program-zip', 'reject', 'attachment', 'utf-8', 'plain', 'reply', 'Pytanie o produkt',
  "Dzień dobry {name},\n\nmożna wgrać własne zdjęcie. Żeby zobaczyć, jak będzie wyglądać, proszę rozpakować załącznik i uruchomić nasz mały program do podglądu nadruku.\n\nPozdrawiamy,",
  quote="Czy mogę dać własne zdjęcie na kubek zamiast imienia?", att=['zip:podglad-nadruku.zip:PodgladKubka.exe,instrukcja.txt'], shop=S)
S = 'Rowery Stacjonarne Kadencja'
m('pl', 'kadencja-important-dostawa', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Termin dostawy roweru - zamówienie {order}',
  "Dzień dobry {name},\n\nrower stacjonarny waży 68 kg i dostarcza go kurier paletowy, który musi umówić termin. Możliwe są: środa 9 grudnia lub piątek 11 grudnia, w godzinach 8–14.\n\nProsimy o informację, który dzień pasuje, oraz czy w budynku jest winda.\n\nPozdrawiamy,",
  shop=S)
m('pl', 'kadencja-allegro', 'reject', 'contact,promotion', 'windows-1250', 'outlook', 'reply', 'Pytanie o produkt',
  "Dzień dobry {name},\n\nmatę pod rower mamy, ale na Amazonie jej nie wystawiamy. Na Allegro znajdzie ją Pan pod naszą nazwą Kadencja, a przy zakupie razem z bidonem wychodzi o 20 zł taniej.\n\nPozdrawiam,",
  quote="Czy macie też matę ochronną pod rower?", shop=S)
m('pl', 'kadencja-prosze-anulowac', 'reject', 'ask', 'iso-8859-2', 'thunderbird', 'proactive', 'Zamówienie {order}',
  "Dzień dobry {name},\n\nniestety okazało się, że ostatni rower w kolorze czarnym ma uszkodzony wyświetlacz, a nowa dostawa będzie dopiero w lutym.\n\nCzy mógłby Pan anulować zamówienie u siebie, w zakładce Twoje zamówienia? Bardzo przepraszamy za kłopot.\n\nPozdrawiamy,",
  shop=S)
S = 'Wiklinowy Zakątek'
m('pl', 'wiklinowy-opinia-raz', 'pass', '-', 'utf-8', 'applemail', 'proactive', 'Twoje zamówienie {order}',
  "Dzień dobry {name},\n\nkosz wiklinowy został dostarczony kilka dni temu. Jeśli ma Pani chwilę, prosimy podzielić się swoimi wrażeniami z innymi klientami, wystawiając recenzję produktu na Amazonie.\n\nDziękujemy,",
  shop=S)
m('pl', 'wiklinowy-anulowano', 'pass', '-', 'iso-8859-2', 'outlook', 'reply', 'Zapytanie od klienta Amazon {name} (Zamówienie: {order})',
  "Dzień dobry {name},\n\nzgodnie z prośbą anulowaliśmy zamówienie {order}. Nie zostało jeszcze wysłane, więc żadna kwota nie zostanie pobrana.\n\nPozdrawiamy,",
  quote="Proszę o anulowanie zamówienia, kupiłam za duży rozmiar.", shop=S)
m('pl', 'wiklinowy-facebook', 'reject', 'links', 'utf-8', 'gmail', 'reply', 'Pytanie o produkt',
  "Dzień dobry {name},\n\nkosz można czyścić wilgotną szmatką. Zdjęcia, jak nasi klienci go używają w łazience i w przedpokoju, są na naszym profilu: https://www.facebook.com/wiklinowyzakatek\n\nPozdrawiamy,",
  quote="Jak czyścić ten kosz?", shop=S)
m('pl', 'wiklinowy-important-dziekujemy', 'reject', 'important,proactive,style', 'utf-8', 'gmail', 'proactive', '[Important] Dziękujemy za zakupy!',
  "Dzień dobry {name},\n\nserdecznie dziękujemy za zamówienie {order} w Wiklinowym Zakątku 🧺💛 Miłego dnia!\n\nPozdrawiamy,",
  shop=S)
# ------------------------------------------------------------------ sv
S = 'Snöfart Pulkor'
m('sv', 'snofart-bring', 'pass', '-', 'iso-8859-1', 'plain', 'reply', 'Fråga från Amazon-kunden {name} (Beställning: {order})',
  "Hej {name},\n\nPulkan skickades i går med Bring. Du kan följa paketet här:\nhttps://tracking.bring.se/tracking/370728310045612345\n\nDet ska finnas att hämta hos ditt ombud på torsdag.\n\nVänliga hälsningar,",
  quote="Hej! Har pulkan skickats? Vi åker till fjällen nästa vecka.", shop=S)
m('sv', 'snofart-granskat-retur', 'pass', '-', 'windows-1252', 'applemail', 'reply', 'Returärende från Amazon-kunden {name}',
  "Hej {name},\n\nVi har granskat din retur och ser att bromsen på pulkan var trasig redan från fabrik. Hela beloppet, 649 kr, är återbetalat i dag.\n\nOm du beställer en ny: ta bort skyddsfilmen från styrpinnarna innan första åket, annars fastnar snön.\n\nHälsningar,",
  quote="Bromsen lossnade första dagen, jag har skickat tillbaka pulkan.", shop=S)
m('sv', 'snofart-instagram', 'reject', 'links', 'utf-8', 'gmail', 'reply', 'Fråga om en produkt',
  "Hej {name},\n\nPulkan klarar två barn upp till 60 kg tillsammans. Vi har lagt upp filmer från backen med två barn i, kika gärna: https://www.instagram.com/snofartpulkor/reels\n\nHälsningar,",
  quote="Kan två barn åka samtidigt?", shop=S)
S = 'Holkverkstan i Dalarna'
m('sv', 'holkverkstan-important-namn', 'pass', '-', 'iso-8859-15', 'gmail', 'proactive', '[Important] Namn på din fågelholk - order {order}',
  "Hej {name},\n\nInnan vi bränner in namnet på fågelholken vill vi dubbelkolla: du skrev \"Villa Solsidan\" men i presentmeddelandet står \"Villa Solsida\". Vilken stavning vill du ha?\n\nVi börjar så fort vi fått ditt svar.\n\nVänliga hälsningar,",
  shop=S)
m('sv', 'holkverkstan-faktura', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Fråga från Amazon-kunden {name} (Beställning: {order})',
  "Hej {name},\n\nHär kommer fakturan som PDF, ställd till föreningen med det organisationsnummer du skickade.\n\nVänliga hälsningar,",
  quote="Kan ni skicka en faktura till Naturskyddsföreningen Mora? Vi köpte tio holkar.",
  att=['pdf:Faktura-HV-4410.pdf:Holkverkstan i Dalarna - Faktura HV-4410|Order {order}|10x Fagelholk med namn|Summa 2 490 SEK inkl. moms'], shop=S)
m('sv', 'holkverkstan-blocket', 'reject', 'contact,promotion', 'utf-8', 'applemail', 'reply', 'Fråga om en produkt',
  "Hej {name},\n\nUgglelådorna är för stora för att skicka via Amazon. Men vi säljer dem på Blocket under namnet Holkverkstan i Dalarna, och står på julmarknaden i Mora alla helger i december, där blir det billigare om du tar två.\n\nHälsningar,",
  quote="Gör ni holkar för kattugglor också?", shop=S)
m('sv', 'holkverkstan-emoji-avregistrera', 'reject', 'style,attachment', 'utf-8', 'gmail', 'proactive', 'Din beställning {order}',
  "Hej {name} 🐦\n\nVi skulle uppskatta om du delade med dig av dina erfarenheter genom att lämna en produktrecension på Amazon.\n\nVill du inte få fler mejl från oss? Svara bara AVREGISTRERA.\n\nHälsningar,",
  att=['gifinline:fagel-flaxar.gif'], shop=S)
S = 'Sovro Bäddsoffor'
m('sv', 'sovro-important-leverans', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Leveranstid för din bäddsoffa – order {order}',
  "Hej {name},\n\nDin bäddsoffa väger 84 kg och levereras av DB Schenker, som behöver boka en tid med dig. De kan komma tisdag 8 december eller torsdag 10 december, kl. 7–16.\n\nSvara gärna vilken dag som passar och vilken våning du bor på.\n\nVänliga hälsningar,",
  shop=S)
m('sv', 'sovro-andra-betyg', 'reject', 'review', 'iso-8859-1', 'outlook', 'reply', 'Fråga från Amazon-kunden {name} (Beställning: {order})',
  "Hej {name},\n\nSkönt att höra att den nya bäddmekanismen fungerar som den ska.\n\nEn liten fråga bara: skulle du kunna tänka dig att ändra betyget du satte förra veckan, nu när allt är löst? Ett enda lågt betyg syns väldigt mycket för oss.\n\nTack på förhand,",
  quote="Den nya mekanismen är monterad och fungerar fint nu.", shop=S)
m('sv', 'sovro-avboka-sjalv', 'reject', 'ask', 'iso-8859-15', 'thunderbird', 'proactive', 'Din beställning {order}',
  "Hej {name},\n\nTyvärr har leverantören slutat tillverka den gröna sammetsvarianten, och vi har ingen kvar på lagret.\n\nKan du vara snäll och avbryta beställningen själv under Dina beställningar? Förlåt för besväret.\n\nVänliga hälsningar,",
  shop=S)
S = 'Ullboden'
m('sv', 'ullboden-avbokad-ok', 'pass', '-', 'iso-8859-1', 'thunderbird', 'reply', 'Fråga från Amazon-kunden {name} (Beställning: {order})',
  "Hej {name},\n\nVi har avbokat order {order} som du bad om. Filten hade inte skickats än, så du debiteras inte.\n\nHälsningar,",
  quote="Kan ni avbryta min order? Jag hittade en likadan filt på vinden.", shop=S)
m('sv', 'ullboden-recension-en-gang', 'pass', '-', 'iso-8859-15', 'applemail', 'proactive', 'Din beställning {order}',
  "Hej {name},\n\nDin ullfilt levererades för några dagar sedan. Om du vill kan du dela dina erfarenheter med andra kunder genom att skriva en produktrecension på Amazon.\n\nTack,",
  shop=S)
m('sv', 'ullboden-presentkort', 'reject', 'review', 'windows-1252', 'gmail', 'proactive', 'Hur är filten? ({order})',
  "Hej {name},\n\nVi hoppas att filten håller dig varm nu när mörkret kommit. Skriver du några rader om den på Amazon får du ett presentkort på 100 kr från oss – svara bara på det här mejlet när recensionen är uppe.\n\nVarma hälsningar,",
  shop=S)
m('sv', 'ullboden-important-skickad', 'reject', 'important,proactive', 'utf-8', 'plain', 'proactive', '[Important] Din filt är skickad',
  "Hej {name},\n\nDin beställning {order} lämnade vårt lager i dag.\n\nHälsningar,",
  shop=S)
# ------------------------------------------------------------------ tr
S = 'Hacı Lokumcu'
m('tr', 'lokumcu-aras', 'pass', '-', 'iso-8859-9', 'plain', 'reply', 'Amazon müşterisi {name} sorusu (Sipariş: {order})',
  "Merhaba {name} Hanım,\n\nLokumlarınız dün Aras Kargo ile yola çıktı. Kargonuzu buradan takip edebilirsiniz:\nhttps://kargotakip.araskargo.com.tr/mainpage.aspx?code=3827104956213\n\nYarın öğleden sonra teslim edilmesi bekleniyor.\n\nİyi günler dileriz,",
  quote="Merhaba, siparişim kargoya verildi mi?", shop=S)
m('tr', 'lokumcu-ezik-kutu', 'pass', '-', 'windows-1254', 'outlook', 'reply', 'Amazon müşterisi {name} sorusu (Sipariş: {order})',
  "Merhaba {name} Bey,\n\nFotoğrafları inceledik; fıstıklı lokum kutusu kargoda ezilmiş ve içi dağılmış. Bu kutunun tutarı olan 240 TL'yi bugün iade ettik, ürünü geri göndermenize gerek yok.\n\nDiğer kutuları açmadan önce üzerindeki streç filmi çıkarmanızı öneririz, kapak daha kolay açılır.\n\nSaygılarımızla,",
  quote="Üç kutudan biri ezik geldi, lokumlar birbirine yapışmış.", shop=S)
m('tr', 'lokumcu-hediye-kutu', 'reject', 'review', 'iso-8859-9', 'gmail', 'proactive', 'Lokumlarımızı beğendiniz mi? ({order})',
  "Merhaba {name} Hanım,\n\nLokumlarımızın damağınıza uygun olduğunu umuyoruz. Amazon'da ürün sayfamıza birkaç satır yazarsanız, bir sonraki siparişinize küçük bir kutu güllü lokum hediye ekliyoruz. Yorumunuz yayınlanınca bu maile cevap vermeniz yeterli.\n\nAfiyet olsun,",
  shop=S)
m('tr', 'lokumcu-youtube-gif', 'reject', 'links,style,attachment', 'utf-8', 'gmail', 'reply', 'Ürün hakkında soru',
  "Merhaba {name} Hanım,\n\nLokumları serin ve kuru bir yerde, ağzı kapalı kutuda saklarsanız iki ay taze kalır. Üretimimizi anlattığımız videoya da göz atabilirsiniz: https://www.youtube.com/watch?v=HaciLokum26\n\nAfiyet olsun,",
  quote="Lokumlar ne kadar süre dayanır?", att=['gifinline:lokum-kutusu.gif'], shop=S)
S = 'Kütahya Çini Atölyesi'
m('tr', 'cini-important-isim', 'pass', '-', 'windows-1254', 'gmail', 'proactive', '[Important] Tabak üzerindeki isim - sipariş {order}',
  "Merhaba {name} Hanım,\n\nTabağınızı boyamadan önce bir şeyi teyit etmek istiyoruz: kişiselleştirme alanına \"Ayşe & Kerem 2026\" yazmışsınız, hediye notunda ise \"Ayşe ve Kerem\" yazıyor. Tabağa hangisini yazalım?\n\nCevabınızı alır almaz fırınlamaya başlayacağız.\n\nSaygılarımızla,",
  shop=S)
m('tr', 'cini-fatura', 'pass', '-', 'iso-8859-9', 'thunderbird', 'reply', 'Amazon müşterisi {name} sorusu (Sipariş: {order})',
  "Merhaba {name} Bey,\n\nŞirketiniz adına düzenlenen faturayı PDF olarak ekte bulabilirsiniz.\n\nİyi çalışmalar,",
  quote="Faturayı Derya Mimarlık adına kesebilir misiniz? Ofis için aldık.",
  att=['pdf:Fatura-KCA-2026-0915.pdf:Kutahya Cini Atolyesi - Fatura KCA-2026-0915|Siparis {order}|2x Cini tabak 30 cm|Toplam 3.400 TL KDV dahil'], shop=S)
m('tr', 'cini-trendyol', 'reject', 'contact,promotion', 'iso-8859-9', 'outlook', 'reply', 'Ürün hakkında soru',
  "Merhaba {name} Hanım,\n\nÇini kase takımlarımızı şimdilik Amazon'a koymadık. Trendyol'da mağaza adımız Kütahya Çini Atölyesi, orada altılı kase takımı var ve bu hafta sepette yüzde on beş indirim uygulanıyor.\n\nSaygılarımızla,",
  quote="Aynı desende kase de yapıyor musunuz?", shop=S)
S = 'Semaver Dünyası'
m('tr', 'semaver-iptal-ok', 'pass', '-', 'windows-1254', 'applemail', 'reply', 'Amazon müşterisi {name} sorusu (Sipariş: {order})',
  "Merhaba {name} Bey,\n\nİsteğiniz üzerine {order} numaralı siparişinizi iptal ettik. Henüz kargoya verilmemişti, bu yüzden herhangi bir ücret çekilmeyecek.\n\nİyi günler,",
  quote="Yanlışlıkla iki tane sipariş ettim, birini iptal eder misiniz?", shop=S)
m('tr', 'semaver-degerlendirme', 'pass', '-', 'utf-8', 'applemail', 'proactive', 'Siparişiniz {order}',
  "Merhaba {name} Bey,\n\nÇaydanlığınız birkaç gün önce teslim edildi. Dilerseniz Amazon'da bir ürün değerlendirmesi yazarak deneyiminizi diğer müşterilerle paylaşabilirsiniz.\n\nTeşekkürler,",
  shop=S)
m('tr', 'semaver-bes-yildiz', 'reject', 'review', 'windows-1254', 'thunderbird', 'proactive', 'Çaydanlığınız nasıl? ({order})',
  "Merhaba {name} Bey,\n\nÇaylar güzel demleniyorsa bize beş yıldız verirseniz çok seviniriz.\n\nBir sorun varsa da lütfen yorum yazmadan önce bize buradan haber verin, hemen çözelim.\n\nSaygılarımızla,",
  shop=S)
m('tr', 'semaver-important-kargolandi', 'reject', 'important,proactive', 'utf-8', 'outlook', 'proactive', '[Important] Siparişiniz kargoya verildi',
  "Merhaba {name} Bey,\n\n{order} numaralı siparişiniz bugün kargoya teslim edildi. Bizi tercih ettiğiniz için teşekkür ederiz.\n\nSaygılarımızla,",
  shop=S)
S = 'Konak Mobilya'
m('tr', 'konak-important-teslimat', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Koltuk takımı teslimat randevusu - sipariş {order}',
  "Merhaba {name} Hanım,\n\nKoltuk takımınız (3+3+1, toplam yaklaşık 150 kg) nakliye firmasıyla gelecek ve kurulum ekibi randevu almak istiyor. 9 Aralık Çarşamba veya 11 Aralık Cuma, saat 09:00–13:00 arası uygun.\n\nHangi gün size uyar ve binada asansör var mı, bize yazabilir misiniz?\n\nSaygılarımızla,",
  shop=S)
m('tr', 'konak-whatsapp', 'reject', 'contact', 'utf-8', 'thunderbird', 'reply', 'Ürün hakkında soru',
  "Merhaba {name} Hanım,\n\nKumaş kartelamızda otuzdan fazla renk var. Fotoğrafları buradan göndermek zor, WhatsApp'tan yazarsanız hepsini atarım: sıfır beş yüz otuz iki, dört yüz on bir, yirmi iki, seksen yedi.\n\nKolay gelsin,",
  quote="Bu koltuğun başka renkleri var mı?", shop=S)
m('tr', 'konak-iptal-edin', 'reject', 'ask', 'utf-8', 'plain', 'proactive', 'Siparişiniz {order} hakkında',
  "Merhaba {name} Hanım,\n\nÇok üzgünüz, antrasit renk koltuk takımının kumaşı tedarikçide tükendi ve Mart ayından önce gelmeyecek.\n\nSiparişinizi Amazon hesabınızdan, Siparişlerim bölümünden iptal edebilir misiniz? Sizin taraftan iptal olursa işlem daha hızlı oluyor.\n\nAnlayışınız için teşekkürler,",
  shop=S)
# ------------------------------------------------------------------ pt
S = 'Panelas de Barro Goiabeiras'
m('pt', 'goiabeiras-jadlog', 'pass', '-', 'iso-8859-1', 'plain', 'reply', 'Pergunta do cliente da Amazon {name} (Pedido: {order})',
  "Olá {name},\n\nSua panela de barro foi despachada ontem pela Jadlog. Você pode acompanhar a entrega aqui:\nhttps://www.jadlog.com.br/jadlog/tracking?cte=10084517729364\n\nA previsão de entrega é sexta-feira.\n\nAbraços,",
  quote="Boa tarde, minha panela já foi enviada?", wrap=True, shop=S)
m('pt', 'goiabeiras-rachada', 'pass', '-', 'windows-1252', 'applemail', 'reply', 'Pergunta do cliente da Amazon {name} (Pedido: {order})',
  "Olá {name},\n\nQue pena, pela foto dá para ver bem a rachadura na tampa. Já reembolsamos hoje o valor total de R$ 189,00 no seu cartão. Não precisa devolver a panela.\n\nUm abraço,",
  quote="A tampa da panela chegou rachada, mando a foto.", shop=S)
m('pt', 'goiabeiras-colher-brinde', 'reject', 'review', 'iso-8859-15', 'gmail', 'proactive', 'E a moqueca, saiu? ({order})',
  "Olá {name},\n\nEsperamos que a primeira moqueca tenha ficado uma delícia. Quem deixa umas palavrinhas sobre a panela na Amazon ganha da gente uma colher de pau artesanal no próximo pedido. É só responder este e-mail depois que publicar.\n\nAbraços,",
  shop=S)
S = 'Cuias do Pampa'
m('pt', 'cuiaspampa-important-gravacao', 'pass', '-', 'windows-1252', 'gmail', 'proactive', '[Important] Gravação da sua cuia - pedido {order}',
  "Olá {name},\n\nAntes de gravar a cuia, queremos confirmar: no campo de personalização está \"Tchê Loco\", mas na mensagem de presente está \"Tche Louco\". Qual das duas grafias devemos gravar?\n\nAssim que você responder, começamos a gravação.\n\nAbraço,",
  shop=S)
m('pt', 'cuiaspampa-nota-fiscal', 'pass', '-', 'iso-8859-15', 'thunderbird', 'reply', 'Pergunta do cliente da Amazon {name} (Pedido: {order})',
  "Olá {name},\n\nSegue em anexo a nota fiscal em PDF, emitida no CNPJ que você informou.\n\nAtenciosamente,",
  quote="Preciso da nota fiscal no CNPJ da empresa, as cuias são brinde de fim de ano.",
  att=['pdf:NF-e-000812.pdf:Cuias do Pampa - Nota Fiscal 000812|Pedido {order}|25x Cuia gravada|Total R$ 1.475,00'], shop=S)
m('pt', 'cuiaspampa-shopee', 'reject', 'links,promotion', 'utf-8', 'gmail', 'reply', 'Pergunta sobre um produto',
  "Olá {name},\n\nA bomba de alpaca não vendemos aqui, mas tem na nossa loja da Shopee, e o kit cuia + bomba está com 20% de desconto até o fim do mês: https://shopee.com.br/cuiasdopampa\n\nAbraço,",
  quote="A bomba vem junto com a cuia?", shop=S)
m('pt', 'cuiaspampa-emoji-gif', 'reject', 'style,attachment', 'utf-8', 'gmail', 'proactive', 'Seu pedido {order}',
  "Olá {name}! 🧉🔥\n\nEsperamos que o chimarrão esteja em dia. Se puder, compartilhe sua experiência com outros clientes deixando uma avaliação do produto na Amazon.\n\nAbraço gaúcho,",
  att=['gifinline:cuia-fumegante.gif'], shop=S)
S = 'Móveis Serra Gaúcha'
m('pt', 'serragaucha-important-entrega', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] Agendamento da entrega do guarda-roupa – pedido {order}',
  "Olá {name},\n\nSeu guarda-roupa de 6 portas vem em cinco volumes (cerca de 140 kg) e a transportadora precisa agendar a entrega. As datas possíveis são terça, 8/12, ou quinta, 10/12, das 8h às 12h.\n\nPor favor, nos diga qual data prefere e se o prédio tem elevador de serviço.\n\nAtenciosamente,",
  shop=S)
m('pt', 'serragaucha-telefone', 'reject', 'contact', 'utf-8', 'thunderbird', 'reply', 'Pergunta sobre um produto',
  "Olá {name},\n\nA montagem não está inclusa, mas temos um montador parceiro em Porto Alegre. Me chama no zap que eu te passo o contato dele: (51) nove, nove oito sete seis, um dois três quatro.\n\nAbraço,",
  quote="Vocês fazem a montagem?", shop=S)
m('pt', 'serragaucha-sem-estoque', 'reject', 'ask', 'iso-8859-1', 'thunderbird', 'proactive', 'Seu pedido {order}',
  "Olá {name},\n\nInfelizmente o guarda-roupa na cor freijó acabou na fábrica e só volta em março.\n\nVocê poderia cancelar o pedido pela sua conta na Amazon, em Seus pedidos? Desculpe o transtorno.\n\nAtenciosamente,",
  shop=S)
S = 'Couro & Iniciais'
m('pt', 'couroiniciais-avaliacao', 'pass', '-', 'utf-8', 'applemail', 'proactive', 'Seu pedido {order}',
  "Olá {name},\n\nSua bolsa foi entregue há alguns dias. Se quiser, compartilhe sua experiência com outros clientes escrevendo uma avaliação do produto na Amazon.\n\nObrigada,",
  shop=S)
m('pt', 'couroiniciais-cancelado', 'pass', '-', 'iso-8859-1', 'outlook', 'reply', 'Pergunta do cliente da Amazon {name} (Pedido: {order})',
  "Olá {name},\n\nConforme você pediu, cancelamos o pedido {order}. Ele ainda não tinha sido enviado, então nada será cobrado.\n\nAtenciosamente,",
  quote="Quero cancelar o pedido, escolhi a cor errada.", shop=S)
m('pt', 'couroiniciais-mudar-avaliacao', 'reject', 'review', 'windows-1252', 'outlook', 'reply', 'Pergunta do cliente da Amazon {name} (Pedido: {order})',
  "Olá {name},\n\nFicamos felizes que a bolsa nova chegou com as iniciais certinhas.\n\nSerá que você poderia dar uma olhadinha na avaliação que deixou antes e, se achar justo, mudar a nota? Ela ainda fala das iniciais erradas e isso pesa muito para uma loja pequena.\n\nObrigada de coração,",
  quote="A bolsa nova chegou e agora as iniciais estão certas. Obrigada!", shop=S)
m('pt', 'couroiniciais-important-obrigada', 'reject', 'important,proactive', 'utf-8', 'plain', 'proactive', '[Important] Obrigada pela sua compra',
  "Olá {name},\n\nMuito obrigada por comprar na Couro & Iniciais (pedido {order}). Qualquer coisa, estamos por aqui.\n\nUm abraço,",
  shop=S)
# ------------------------------------------------------------------ ar
S = 'تمور الواحة'
m('ar', 'tumuralwaha-smsa', 'pass', '-', 'windows-1256', 'plain', 'reply', 'استفسار من عميل أمازون {name} (الطلب: {order})',
  "مرحباً {name}،\n\nتم شحن علبة التمور أمس مع سمسا، ويمكنك متابعة الشحنة من هنا:\nhttps://www.smsaexpress.com/sa/trackingdetails?tracknumbers=290417385261\n\nالتسليم المتوقع يوم الخميس إن شاء الله.\n\nمع التحية،",
  quote="السلام عليكم، متى يصل طلبي؟", tld='sa', shop=S)
m('ar', 'tumuralwaha-taqyim-marra', 'pass', '-', 'windows-1256', 'applemail', 'proactive', 'طلبك رقم {order}',
  "مرحباً {name}،\n\nوصلتك علبة التمور قبل أيام. إذا رغبت، يمكنك مشاركة تجربتك مع العملاء الآخرين بكتابة مراجعة للمنتج على أمازون.\n\nشكراً لك،",
  tld='sa', shop=S)
m('ar', 'tumuralwaha-hadiya', 'reject', 'review', 'windows-1256', 'gmail', 'proactive', 'كيف وجدت التمور؟ ({order})',
  "مرحباً {name}،\n\nنتمنى أن تكون التمور قد نالت إعجابك. من يكتب لنا رأيه في صفحة المنتج على أمازون نهديه علبة معمول بالتمر مع طلبه القادم، فقط رد على هذه الرسالة بعد نشر المراجعة.\n\nمع خالص التحية،",
  tld='sa', shop=S)
m('ar', 'tumuralwaha-important-shukran', 'reject', 'important,proactive,style', 'utf-8', 'gmail', 'proactive', '[Important] شكراً لطلبك',
  "مرحباً {name}،\n\nشكراً جزيلاً لطلبك رقم {order} من تمور الواحة 🌴✨ بالهناء والعافية.\n\nمع التحية،",
  tld='sa', shop=S)
S = 'سجاد النور'
m('ar', 'sajjadalnoor-important-ism', 'pass', '-', 'windows-1256', 'gmail', 'proactive', '[Important] الاسم المطرز على سجادة الصلاة - الطلب {order}',
  "مرحباً {name}،\n\nقبل أن نبدأ التطريز نود التأكد: كتبت في خانة التخصيص \"عبد الرحمن\" منفصلة، بينما في رسالة الهدية \"عبدالرحمن\" متصلة. أي الكتابتين تفضل على السجادة؟\n\nسنبدأ العمل فور وصول ردك.\n\nمع التحية،",
  tld='ae', shop=S)
m('ar', 'sajjadalnoor-fatura', 'pass', '-', 'utf-8', 'thunderbird', 'reply', 'استفسار من عميل أمازون {name} (الطلب: {order})',
  "مرحباً {name}،\n\nمرفق لك الفاتورة الضريبية بصيغة PDF باسم المسجد كما طلبت.\n\nمع التحية،",
  quote="أحتاج فاتورة ضريبية باسم مسجد الهدى، السجاد للمصلى.", tld='ae',
  att=['pdf:Tax-Invoice-SN-7731.pdf:Sajjad Al Noor - Tax Invoice SN-7731|Order {order}|30x Prayer rug embroidered|Total AED 2,250.00 incl. VAT'], shop=S)
m('ar', 'sajjadalnoor-snap-noon', 'reject', 'contact,promotion', 'utf-8', 'applemail', 'reply', 'سؤال عن منتج',
  "مرحباً {name}،\n\nالمقاس الكبير غير متوفر هنا حالياً. تجده في متجرنا على نون باسم سجاد النور، وننشر العروض الأسبوعية على سناب شات، حسابنا sajjad.alnoor، وهذا الأسبوع خصم ٢٠ بالمئة.\n\nمع التحية،",
  quote="هل يوجد مقاس أكبر للسجادة؟", tld='ae', shop=S)
m('ar', 'sajjadalnoor-zip-mawqi', 'reject', 'attachment,promotion,links', 'utf-8', 'gmail', 'reply', 'سؤال عن منتج',
  "مرحباً {name}،\n\nنعم، يمكن غسل السجادة على دورة الصوف. أرسلت لك ملفاً مضغوطاً فيه صور تشكيلة رمضان الجديدة، وكل الموديلات موجودة على موقعنا:\nhttps://sajjadalnoor.example/ramadan-2027\n\nمع التحية،",
  quote="هل يمكن غسل السجادة في الغسالة؟", att=['zip:tashkeela-ramadan.zip:model-1.png,model-2.png,asaar.txt'], tld='ae', shop=S)
S = 'دلال القهوة الأصيلة'
m('ar', 'dalal-ilgha-talab', 'pass', '-', 'windows-1256', 'applemail', 'reply', 'استفسار من عميل أمازون {name} (الطلب: {order})',
  "مرحباً {name}،\n\nتم إلغاء الطلب {order} بناءً على طلبك، ولم يكن قد شُحن بعد، لذلك لن يتم خصم أي مبلغ.\n\nمع التحية،",
  quote="أرجو إلغاء طلبي، اشتريت دلة من محل قريب.", tld='sa', shop=S)
m('ar', 'dalal-maksura', 'pass', '-', 'utf-8', 'outlook', 'reply', 'استفسار من عميل أمازون {name} (الطلب: {order})',
  "مرحباً {name}،\n\nراجعنا الصور التي أرسلتها، ومقبض الدلة مكسور فعلاً بسبب الشحن. أعدنا لك المبلغ كاملاً، 145 ريالاً، اليوم، ولا داعي لإرجاع الدلة.\n\nوإذا طلبت دلة أخرى، يرجى إزالة الغلاف البلاستيكي عن الغطاء قبل وضعها على النار.\n\nمع التحية،",
  quote="وصلت الدلة والمقبض مكسور.", tld='sa', shop=S)
m('ar', 'dalal-ghayyir-taqyim', 'reject', 'review', 'utf-8', 'outlook', 'reply', 'استفسار من عميل أمازون {name} (الطلب: {order})',
  "مرحباً {name}،\n\nسعدنا أن الدلة البديلة وصلت سليمة.\n\nولو تكرمت، هل يمكنك تعديل تقييمك السابق أو حذفه، بما أن المشكلة حُلّت؟ فهو ما زال يتحدث عن المقبض المكسور ويؤثر علينا كثيراً.\n\nجزاك الله خيراً،",
  quote="وصلت الدلة الجديدة سليمة، شكراً لكم.", tld='sa', shop=S)
S = 'عالم اللياقة المنزلية'
m('ar', 'lyaqa-important-tasleem', 'pass', '-', 'utf-8', 'outlook', 'proactive', '[Important] موعد تسليم جهاز المشي - الطلب {order}',
  "مرحباً {name}،\n\nجهاز المشي الذي طلبته يزن 95 كغ، وستقوم شركة الشحن بتسليمه وتركيبه بموعد مسبق. المواعيد المتاحة: الأحد 6 ديسمبر أو الثلاثاء 8 ديسمبر، من 9 صباحاً حتى 1 ظهراً.\n\nنرجو إخبارنا بالموعد المناسب، وهل يوجد مصعد في المبنى.\n\nمع التحية،",
  tld='ae', shop=S)
m('ar', 'lyaqa-whatsapp', 'reject', 'contact', 'utf-8', 'thunderbird', 'reply', 'سؤال عن منتج',
  "مرحباً {name}،\n\nبرمجة الجهاز سهلة لكن الشرح بالصوت أسرع. راسلني على الواتساب: صفر خمسة، خمسة اثنان، ثلاثة ثمانية، سبعة واحد، أربعة ستة، وسأرسل لك فيديو قصير.\n\nتحياتي،",
  quote="كيف أضبط برنامج المشي المتقطع؟", tld='ae', shop=S)
m('ar', 'lyaqa-ilgha-ask', 'reject', 'ask', 'windows-1256', 'thunderbird', 'proactive', 'بخصوص طلبك {order}',
  "مرحباً {name}،\n\nنعتذر منك، اكتشفنا أن جهاز المشي الأخير في المخزن به عيب في المحرك، والشحنة الجديدة لن تصل قبل فبراير.\n\nهل يمكنك إلغاء الطلب من حسابك في أمازون من صفحة طلباتي؟ نشكر تفهمك.\n\nمع التحية،",
  tld='ae', shop=S)

# ------------------------------------------------------------------ extra messages (all languages mixed)
m('ja', 'wajima-saido-review', 'reject', 'review', 'shift_jis', 'plain', 'proactive', '再度のお願い（注文番号 {order}）',
  "{name}様\n\n先週、レビューのお願いをお送りしましたが、ご覧いただけましたでしょうか。\nお忙しいところ恐縮ですが、もう一度だけお願いさせてください。お時間のあるときに商品ページからご感想をいただけると嬉しいです。\n\nよろしくお願いいたします。",
  shop='輪島ぬりもの屋')
m('ja', 'shoeido-m-domain-address', 'pass', '-', 'iso-2022-jp', 'outlook', 'reply', 'お客様からの問い合わせ（注文番号：{order}）',
  "{name}様\n\nご連絡ありがとうございます。\nお届け先住所の建物名が抜けていたとのこと、承知いたしました。印鑑はまだ発送前ですので、Amazonの注文履歴からお届け先住所を変更していただければ、その住所へお送りいたします。\n\nよろしくお願いいたします。",
  quote="お届け先の住所にマンション名を書き忘れました。追加できますか。", tld='m.co.jp', plus=True, shop='印章の松栄堂')
m('de', 'brettwerk-nochmal-erinnerung', 'reject', 'review', 'iso-8859-15', 'thunderbird', 'proactive', 'Kleine Erinnerung zu Ihrer Bestellung {order}',
  "Hallo {name},\n\nwir hatten Ihnen vor ein paar Tagen schon geschrieben und wollten nur noch einmal nachhaken: Falls Sie inzwischen dazu gekommen sind, Ihr Schneidebrett auszuprobieren, freuen wir uns weiterhin sehr über ein paar Worte auf Amazon.\n\nDanke und viele Grüße",
  shop='Brettwerk Manufaktur')
m('de', 'hochbett-aufbauanleitung', 'pass', '-', 'windows-1252', 'outlook', 'reply', 'Frage zum Artikel',
  "Hallo {name},\n\ndie Aufbauanleitung hängt als PDF an. Für die Querstreben brauchen Sie den mitgelieferten Innensechskant und einen Kreuzschlitzschraubendreher. Bitte entfernen Sie die Schutzfolie erst nach dem Aufbau, damit das Holz keine Kratzer bekommt.\n\nViele Grüße",
  quote="Die Anleitung fehlt im dritten Paket. Haben Sie die als Datei?", plus=True,
  att=['pdf:Aufbauanleitung-HB-200.pdf:Hochbett HB-200 - Aufbauanleitung|Schritt 1: Seitenteile|Schritt 2: Querstreben|Schritt 3: Leiter'], shop='Hochbett-Schmiede')
m('es', 'albufera-segundo-aviso', 'reject', 'review', 'utf-8', 'applemail', 'proactive', 'Le escribimos otra vez por su pedido {order}',
  "Hola {name}:\n\nLe mandamos un mensaje hace unos días y no sabemos si le llegó. Solo queríamos recordarle, por si se le pasó, que su opinión sobre la paellera en Amazon nos vendría de maravilla.\n\nUn saludo y gracias otra vez,",
  shop='Paelleras Albufera')
m('it', 'nonnapina-dettagli-ordine', 'pass', '-', 'iso-8859-15', 'gmail', 'reply', 'Richiesta del cliente Amazon {name} (Ordine: {order})',
  "Buongiorno {name},\n\nil grembiule è già stato ricamato e spedito. Può vedere lo stato della spedizione direttamente nella pagina dell'ordine su Amazon:\nhttps://www.amazon.it/gp/your-account/order-details?orderID={order}\n\nCordiali saluti,",
  quote="Volevo sapere se il grembiule è già partito.", shop='Grembiuli Ricamati Nonna Pina')
m('zh', 'zhuyu-zaici-tixing', 'reject', 'review', 'gbk', 'outlook', 'proactive', '再次打扰您（订单 {order}）',
  "{name}您好，\n\n上周给您发过一封邮件，不知道您有没有看到。如果您还没来得及写评论，方便的时候还请到商品页面留个言，谢谢您了！",
  tld='co.uk', shop='竹语工坊')
m('ko', 'gosohan-review-kkok', 'reject', 'review', 'euc-kr', 'outlook', 'proactive', '다시 한 번 부탁드려요 (주문 {order})',
  "{name} 고객님,\n\n지난주에 리뷰 부탁 메일을 드렸는데 혹시 못 보셨을까 해서 한 번 더 연락드립니다. 바쁘시겠지만 시간 나실 때 꼭 부탁드릴게요.\n\n고소한 방앗간 드림",
  shop='고소한 방앗간')
m('tr', 'lokumcu-tesekkur-cevap', 'pass', '-', 'iso-8859-9', 'applemail', 'reply', 'Amazon müşterisi {name} sorusu (Sipariş: {order})',
  "Rica ederiz {name} Hanım, afiyet olsun!",
  quote="Lokumlar geldi, çok taze. Teşekkürler.", plus=True, shop='Hacı Lokumcu')
m('sv', 'sovro-granskat-foton', 'pass', '-', 'utf-8', 'gmail', 'reply', 'Fråga från Amazon-kunden {name} (Beställning: {order})',
  "Hej {name},\n\nVi har granskat bilderna du skickade. Fläcken på dynan är ett tillverkningsfel, så vi skickar en ny dyna utan kostnad i morgon med DB Schenker:\nhttps://www.dbschenker.com/app/tracking-public/?refNumber=1088472931&refType=WaybillNo\n\nDen gamla dynan behöver du inte skicka tillbaka.\n\nVänliga hälsningar,",
  quote="Det finns en fläck på ena sittdynan som inte går bort.", shop='Sovro Bäddsoffor')
m('pt', 'couroiniciais-revisamos-troca', 'pass', '-', 'windows-1252', 'thunderbird', 'reply', 'Pergunta do cliente da Amazon {name} (Pedido: {order})',
  "Olá {name},\n\nRevisamos a sua solicitação de devolução e está tudo certo. Para gerar a etiqueta gratuita, use a central de devoluções da Amazon:\nhttps://www.amazon.com.br/spr/returns/cart?orderId={order}\n\nAssim que a bolsa chegar, fazemos o reembolso integral.\n\nAtenciosamente,",
  quote="A alça da bolsa está descosturando, quero devolver.", plus=True, shop='Couro & Iniciais')
m('ar', 'lyaqa-dalil-pdf', 'pass', '-', 'windows-1256', 'outlook', 'reply', 'سؤال عن منتج',
  "مرحباً {name}،\n\nمرفق لك دليل الاستخدام بصيغة PDF. لفتح غطاء المحرك تحتاج إلى مفك نجمة صغير، ويرجى إزالة الغلاف الواقي عن شاشة الجهاز قبل أول استخدام.\n\nمع التحية،",
  quote="لم أجد دليل الاستخدام في الكرتونة.", tld='ae', plus=True,
  att=['pdf:Treadmill-TM90-manual.pdf:TM-90 Treadmill - User manual|1. Remove protective film|2. Motor cover: star screwdriver|3. Programs P1-P12'], shop='عالم اللياقة المنزلية')


if __name__ == '__main__':
    main()
