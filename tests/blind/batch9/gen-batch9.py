#!/usr/bin/env python3
"""Blind batch i (2026-11-30i) for aliasgate.

Every message below is written by hand, and its verdict / categories are written by hand on the
same m(...) call. Nothing is computed from the text. stdlib only, deterministic output.

m(lang, slug, verdict, cats, client, charset, kind, subject, body, quote=None, att=(), ...)
  verdict  'pass' | 'reject';  cats '-' for pass, else comma list
  client   gmail | outlook | applemail | thunderbird | plain
  kind     reply (needs quote = buyer text) | proactive
  body     seller text; {oid} = order id, {name} = buyer name
"""
import base64, datetime, hashlib, io, os, quopri, random, struct, sys, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '2026-11-30i')
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
CLIENTS = {'gmail', 'outlook', 'applemail', 'thunderbird', 'plain'}
MSGS = []


def m(lang, slug, verdict, cats, client, cs, kind, subj, body, quote=None, att=(), tld=None,
      plus=None, mdomain=False, inline_gif=False, pixel=None, wrap=None, bsubj=None):
    assert verdict in ('pass', 'reject'), slug
    if verdict == 'pass':
        assert cats == '-', slug
    else:
        assert cats != '-' and all(c in CATS for c in cats.split(',')), slug
    assert client in CLIENTS, slug
    assert kind in ('reply', 'proactive'), slug
    assert (kind == 'reply') == (quote is not None), slug
    assert all(x['slug'] != slug for x in MSGS), slug
    MSGS.append(dict(lang=lang, slug=slug, verdict=verdict, cats=cats, client=client, cs=cs.lower(),
                     kind=kind, subj=subj, body=body, quote=quote, att=list(att), tld=tld, plus=plus,
                     mdomain=mdomain, inline_gif=inline_gif, pixel=pixel, wrap=wrap, bsubj=bsubj))


# ---------------------------------------------------------------- per-language tables
D = dict
L = {
 'en': D(tlds=['com', 'co.uk', 'ca', 'com.au'], names=['Megan', 'Tom', 'Priya', 'Graham', 'Leah', 'Dwayne'],
         pre='RE:', gm='On Sat, Nov 21, 2026 at 9:42 AM {n} <{a}> wrote:',
         ap='On Nov 21, 2026, at 9:42 AM, {n} <{a}> wrote:', tb='On 11/21/2026 9:42 AM, {n} <{a}> wrote:',
         om='-----Original Message-----', ol=('From', 'Sent', 'To', 'Subject'), od='Saturday, November 21, 2026 9:42 AM',
         wrap=('------------- Message: -------------', '------------- End message -------------'),
         bs='Inquiry from Amazon customer {n} (Order: {o})', tz='-0500'),
 'ja': D(tlds=['co.jp'], names=['佐藤', '中村', '小林', '山口'], pre='RE:',
         gm='2026年11月21日(土) 9:42 {n} <{a}>:', ap='2026/11/21 9:42、{n} <{a}>のメール:',
         tb='2026/11/21 9:42 に {n} <{a}> さんは書きました:', om='-----Original Message-----',
         ol=('差出人', '送信日時', '宛先', '件名'), od='2026年11月21日 9:42', wrap=None,
         bs='Amazon購入者 {n} 様からのお問い合わせ (注文番号: {o})', tz='+0900'),
 'zh': D(tlds=['com', 'co.uk', 'de'], names=['王磊', '陈静', '刘洋', '赵敏'], pre='回复:',
         gm='{n} <{a}> 于2026年11月21日周六 09:42写道：', ap='2026年11月21日 09:42，{n} <{a}> 写道：',
         tb='在 2026/11/21 9:42, {n} <{a}> 写道:', om='-----原始邮件-----',
         ol=('发件人', '发送时间', '收件人', '主题'), od='2026年11月21日 9:42', wrap=None,
         bs='来自亚马逊买家 {n} 的咨询（订单：{o}）', tz='+0800'),
 'zh-Hant': D(tlds=['com', 'co.jp', 'com.au'], names=['林怡君', '黃志明', '張雅婷', '吳家豪'], pre='回覆:',
         gm='{n} <{a}> 於 2026年11月21日 週六 上午9:42寫道：', ap='{n} <{a}> 於 2026年11月21日 上午9:42 寫道：',
         tb='於 2026/11/21 上午 09:42, {n} <{a}> 寫道:', om='-----原始郵件-----',
         ol=('寄件者', '寄件日期', '收件者', '主旨'), od='2026年11月21日 上午 09:42', wrap=None,
         bs='來自 Amazon 買家 {n} 的詢問 (訂單: {o})', tz='+0800'),
 'ko': D(tlds=['com', 'co.jp'], names=['김민지', '박준호', '이서연', '최동현'], pre='회신:',
         gm='2026년 11월 21일 (토) 오전 9:42, {n} <{a}>님이 작성:', ap='2026. 11. 21. 오전 9:42, {n} <{a}> 작성:',
         tb='2026-11-21 오전 9:42에 {n} <{a}>이(가) 쓴 글:', om='-----Original Message-----',
         ol=('보낸 사람', '보낸 날짜', '받는 사람', '제목'), od='2026년 11월 21일 토요일 오전 9:42', wrap=None,
         bs='아마존 고객 {n}님의 문의 (주문: {o})', tz='+0900'),
 'de': D(tlds=['de'], names=['Jonas', 'Sabine', 'Matthias', 'Ulrike'], pre='AW:',
         gm='Am Sa., 21. Nov. 2026 um 09:42 Uhr schrieb {n} <{a}>:', ap='Am 21.11.2026 um 09:42 schrieb {n} <{a}>:',
         tb='Am 21.11.26 um 09:42 schrieb {n} <{a}>:', om='-----Ursprüngliche Nachricht-----',
         ol=('Von', 'Gesendet', 'An', 'Betreff'), od='Samstag, 21. November 2026 09:42',
         wrap=('------------- Nachricht: -------------', '------------- Ende der Nachricht -------------'),
         bs='Anfrage von Amazon-Kunde {n} (Bestellung: {o})', tz='+0100'),
 'es': D(tlds=['es', 'com.mx'], names=['Lucía', 'Javier', 'Marta', 'Andrés'], pre='RE:',
         gm='El sáb, 21 nov 2026 a las 9:42, {n} (<{a}>) escribió:', ap='El 21 nov 2026, a las 9:42, {n} <{a}> escribió:',
         tb='El 21/11/26 a las 9:42, {n} <{a}> escribió:', om='-----Mensaje original-----',
         ol=('De', 'Enviado el', 'Para', 'Asunto'), od='sábado, 21 de noviembre de 2026 9:42',
         wrap=('------------- Mensaje: -------------', '------------- Finalizar mensaje -------------'),
         bs='Consulta del cliente de Amazon {n} (Pedido: {o})', tz='+0100'),
 'fr': D(tlds=['fr', 'com.be', 'ca'], names=['Camille', 'Julien', 'Élodie', 'Mathieu'], pre='RE :',
         gm='Le sam. 21 nov. 2026 à 09:42, {n} <{a}> a écrit :', ap='Le 21 nov. 2026 à 09:42, {n} <{a}> a écrit :',
         tb='Le 21/11/2026 à 09:42, {n} <{a}> a écrit :', om="-----Message d'origine-----",
         ol=('De', 'Envoyé', 'À', 'Objet'), od='samedi 21 novembre 2026 09:42',
         wrap=('------------- Message : -------------', '------------- Fin du message -------------'),
         bs='Demande du client Amazon {n} (Commande : {o})', tz='+0100'),
 'it': D(tlds=['it'], names=['Giulia', 'Marco', 'Chiara', 'Stefano'], pre='R:',
         gm='Il giorno sab 21 nov 2026 alle ore 09:42 {n} <{a}> ha scritto:',
         ap='Il giorno 21 nov 2026, alle ore 09:42, {n} <{a}> ha scritto:', tb='Il 21/11/26 09:42, {n} <{a}> ha scritto:',
         om='-----Messaggio originale-----', ol=('Da', 'Inviato', 'A', 'Oggetto'), od='sabato 21 novembre 2026 09:42',
         wrap=('------------- Messaggio: -------------', '------------- Fine del messaggio -------------'),
         bs='Richiesta dal cliente Amazon {n} (Ordine: {o})', tz='+0100'),
 'id': D(tlds=['com', 'com.au', 'sg'], names=['Rina', 'Budi', 'Sari', 'Agus'], pre='RE:',
         gm='Pada tanggal Sab, 21 Nov 2026 pukul 09.42 {n} <{a}> menulis:',
         ap='Pada 21 Nov 2026, pukul 09.42, {n} <{a}> menulis:', tb='Pada 21/11/2026 09.42, {n} <{a}> menulis:',
         om='-----Pesan Asli-----', ol=('Dari', 'Dikirim', 'Kepada', 'Subjek'), od='Sabtu, 21 November 2026 09.42',
         wrap=None, bs='Pertanyaan dari pelanggan Amazon {n} (Pesanan: {o})', tz='+0700'),
 'nl': D(tlds=['nl', 'com.be'], names=['Sanne', 'Bram', 'Femke', 'Joost'], pre='Antw:',
         gm='Op za 21 nov 2026 om 09:42 schreef {n} <{a}>:',
         ap='Op 21 nov 2026, om 09:42 heeft {n} <{a}> het volgende geschreven:', tb='Op 21-11-2026 om 09:42 schreef {n} <{a}>:',
         om='-----Oorspronkelijk bericht-----', ol=('Van', 'Verzonden', 'Aan', 'Onderwerp'), od='zaterdag 21 november 2026 09:42',
         wrap=None, bs='Vraag van Amazon-klant {n} (Bestelling: {o})', tz='+0100'),
 'pl': D(tlds=['pl'], names=['Agnieszka', 'Paweł', 'Małgorzata', 'Tomasz'], pre='Odp:',
         gm='sob., 21 lis 2026 o 09:42 {n} <{a}> napisał(a):',
         ap='Wiadomość napisana przez {n} <{a}> w dniu 21.11.2026, o godz. 09:42:', tb='W dniu 21.11.2026 o 09:42, {n} <{a}> pisze:',
         om='-----Wiadomość oryginalna-----', ol=('Od', 'Wysłano', 'Do', 'Temat'), od='sobota, 21 listopada 2026 09:42',
         wrap=None, bs='Zapytanie od klienta Amazon {n} (Zamówienie: {o})', tz='+0100'),
 'sv': D(tlds=['se'], names=['Elin', 'Oskar', 'Ingrid', 'Mattias'], pre='SV:',
         gm='Den lör 21 nov. 2026 kl 09:42 skrev {n} <{a}>:', ap='21 nov. 2026 kl. 09:42 skrev {n} <{a}>:',
         tb='Den 2026-11-21 kl. 09:42, skrev {n} <{a}>:', om='-----Ursprungligt meddelande-----',
         ol=('Från', 'Skickat', 'Till', 'Ämne'), od='den 21 november 2026 09:42', wrap=None,
         bs='Förfrågan från Amazon-kunden {n} (Beställning: {o})', tz='+0100'),
 'tr': D(tlds=['com.tr'], names=['Elif', 'Murat', 'Zeynep', 'Serkan'], pre='YNT:',
         gm='{n} <{a}>, 21 Kas 2026 Cmt, 09:42 tarihinde şunu yazdı:',
         ap='21 Kas 2026 tarihinde 09:42 saatinde, {n} <{a}> şunları yazdı:', tb='21.11.2026 09:42 tarihinde {n} <{a}> yazdı:',
         om='-----Özgün İleti-----', ol=('Kimden', 'Gönderildi', 'Kime', 'Konu'), od='21 Kasım 2026 Cumartesi 09:42',
         wrap=None, bs='Amazon müşterisi {n} tarafından soru (Sipariş: {o})', tz='+0300'),
 'pt': D(tlds=['com.br'], names=['Fernanda', 'Rafael', 'Juliana', 'Thiago'], pre='RES:',
         gm='Em sáb., 21 de nov. de 2026 às 09:42, {n} <{a}> escreveu:',
         ap='Em 21 de nov. de 2026, à(s) 09:42, {n} <{a}> escreveu:', tb='Em 21/11/2026 09:42, {n} <{a}> escreveu:',
         om='-----Mensagem original-----', ol=('De', 'Enviado', 'Para', 'Assunto'), od='sábado, 21 de novembro de 2026 09:42',
         wrap=('------------- Mensagem: -------------', '------------- Encerrar mensagem -------------'),
         bs='Pergunta do cliente da Amazon {n} (Pedido: {o})', tz='-0300'),
 'ar': D(tlds=['sa', 'ae', 'eg'], names=['نورة', 'خالد', 'ريم', 'فهد'], pre='رد:',
         gm='في السبت، 21 نوفمبر 2026 في 9:42 ص، كتب {n} <{a}>:', ap='في 21/11/2026، الساعة 9:42 ص، كتب {n} <{a}>:',
         tb='في 21/11/2026 09:42 ص، كتب {n} <{a}>:', om='-----الرسالة الأصلية-----',
         ol=('من', 'تاريخ الإرسال', 'إلى', 'الموضوع'), od='السبت، 21 نوفمبر 2026 09:42 ص', wrap=None,
         bs='استفسار من عميل أمازون {n} (الطلب: {o})', tz='+0300'),
}
MULTIBYTE = {'utf-8', 'iso-2022-jp', 'shift_jis', 'euc-kr', 'ks_c_5601-1987', 'gb2312', 'gbk', 'big5'}
PYCS = {'ks_c_5601-1987': 'euc-kr'}


def h(s):
    return hashlib.sha1(s.encode()).hexdigest()


def enc(text, cs):
    cs2 = PYCS.get(cs, cs)
    if cs == 'iso-2022-jp':
        return b'\r\n'.join(line.encode(cs2, 'strict') for line in text.split('\r\n'))
    return text.encode(cs2, 'strict')


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


def hdr_word(s, cs):
    """RFC 2047 encode s (self-contained words) if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    cs2 = PYCS.get(cs, cs)
    try:
        s.encode(cs2)
    except UnicodeEncodeError:
        cs, cs2 = 'utf-8', 'utf-8'
    words = []
    if cs in MULTIBYTE:
        chunk = ''
        for ch in s:
            if len(enc(chunk + ch, cs)) > 42:
                words.append(chunk); chunk = ch
            else:
                chunk += ch
        words.append(chunk)
        return '\r\n '.join('=?%s?B?%s?=' % (cs.upper() if cs != 'utf-8' else 'UTF-8',
                                               base64.b64encode(enc(w, cs)).decode()) for w in words)
    out, cur = [], ''
    for ch in s:
        b = ch.encode(cs2)
        if ch == ' ':
            t = '_'
        elif len(b) == 1 and 33 <= b[0] < 127 and ch not in '=?_"(),.:;<>@[\\]':
            t = ch
        else:
            t = ''.join('=%02X' % x for x in b)
        if len(cur) + len(t) > 45:
            out.append(cur); cur = t
        else:
            cur += t
    out.append(cur)
    return '\r\n '.join('=?%s?Q?%s?=' % (cs.upper(), w) for w in out)


def alias(slug):
    x = int(h('alias' + slug), 16)
    a = ''
    for _ in range(15):
        x, r = divmod(x, 36)
        a += '0123456789abcdefghijklmnopqrstuvwxyz'[r]
    return a


def order_id(slug):
    r = random.Random(slug)
    return '%03d-%07d-%07d' % (r.choice([111, 112, 113, 114, 202, 203, 249, 250, 302, 303, 305, 401, 402, 403, 404, 405, 406, 407, 408, 503, 701, 702]),
                               r.randint(0, 9999999), r.randint(0, 9999999))


# ---------------------------------------------------------------- attachments (real bytes)
def pdf_bytes(title, lines):
    text = 'BT /F1 12 Tf 50 780 Td 16 TL (%s) Tj ' % title
    for ln in lines:
        text += "T* (%s) Tj " % ln.replace('(', '[').replace(')', ']')
    text += 'ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(text), text)]
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


def gif_bytes():
    g = b'GIF89a' + struct.pack('<HHBBB', 1, 1, 0x80, 0, 0) + b'\xff\xcc\x00\x33\x66\xff'
    g += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for idx in (b'\x44\x01', b'\x4c\x01'):
        g += b'\x21\xf9\x04\x04\x32\x00\x00\x00'
        g += b'\x2c' + struct.pack('<HHHHB', 0, 0, 1, 1, 0) + b'\x02\x02' + idx + b'\x00'
    return g + b'\x3b'


def png_bytes(seed):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    w = hh = 4
    c = bytes.fromhex(h(seed)[:6])
    raw = b''.join(b'\x00' + c * w for _ in range(hh))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, hh, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def exe_bytes():
    mz = bytearray(256)
    mz[0:2] = b'MZ'
    mz[0x3c:0x40] = struct.pack('<I', 0x80)
    mz[0x40:0x40 + 39] = b'This program cannot be run in DOS mode.'
    mz[0x80:0x84] = b'PE\x00\x00'
    mz[0x84:0x86] = struct.pack('<H', 0x14c)
    return bytes(mz)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def attachment(kind, fname, slug, oid):
    if kind == 'pdf':
        return 'application/pdf', pdf_bytes(fname, ['Order %s' % oid, 'Document %s' % fname, 'Ref %s' % h(slug)[:10]])
    if kind == 'gif':
        return 'image/gif', gif_bytes()
    if kind == 'png':
        return 'image/png', png_bytes(slug + fname)
    if kind == 'exe':
        return 'application/x-msdownload', exe_bytes()
    if kind == 'zip':
        return 'application/zip', zip_bytes([('catalog-2027.png', png_bytes(slug)), ('prices.txt', b'spring 2027 price list\r\n')])
    if kind == 'zipexe':
        return 'application/zip', zip_bytes([('setup.exe', exe_bytes()), ('readme.txt', b'run setup\r\n')])
    if kind == 'js':
        return 'application/javascript', b'document.location="https://example.invalid/";\r\n'
    raise ValueError(kind)


# ---------------------------------------------------------------- MIME writing
def b64lines(b):
    s = base64.b64encode(b).decode()
    return '\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(ctype, text, cs, cte):
    text = crlf(text)
    raw = enc(text, cs)
    if cs in ('us-ascii', 'iso-2022-jp'):
        cte = '7bit'
    if cte == '8bit' and any(len(l) > 900 for l in raw.split(b'\r\n')):
        cte = 'quoted-printable'
    if cte == '8bit' and all(c < 128 for c in raw):
        cte = '7bit'
    if cte in ('7bit', '8bit'):
        payload = raw.decode('latin-1')
    elif cte == 'base64':
        payload = b64lines(raw)
    else:
        q = quopri.encodestring(raw.replace(b'\r\n', b'\n'))
        payload = q.replace(b'\n', b'\r\n').decode('ascii')
    if payload.endswith('\r\n'):
        payload = payload[:-2]
    label = cs if cs != 'utf-8' else 'UTF-8'
    extra = ''
    return ('Content-Type: %s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n%s\r\n'
            % (ctype, label, extra, cte, payload))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def linkify(s):
    out = []
    for w in s.split(' '):
        if w.startswith('https://') or w.startswith('http://'):
            tail = ''
            while w and w[-1] in '.,)':
                tail = w[-1] + tail; w = w[:-1]
            out.append('<a href="%s">%s</a>%s' % (w, w, tail))
        else:
            out.append(w)
    return ' '.join(out)


def html_lines(text):
    return [linkify(esc(l)) for l in text.split('\n')]


def quote_block(x, lang):
    q = x['quote'].replace('{oid}', x['oid']).replace('{name}', x['name'])
    w = x['wrap'] if x['wrap'] is not None else (L[lang]['wrap'] is not None and int(h(x['slug']), 16) % 2 == 0)
    if w and L[lang]['wrap']:
        a, b = L[lang]['wrap']
        if lang == 'en':
            head = 'You have received a message.\n\n# %s:\n1 / %s\n\n' % (x['oid'], 'item')
            q = head.replace('item', 'Item [ASIN: B0%s]' % h(x['slug'])[:8].upper()) + a + '\n\n' + q + '\n\n' + b
        else:
            q = a + '\n\n' + q + '\n\n' + b
    return q


def build_one(i, x):
    lang = x['lang']; T = L[lang]; slug = x['slug']
    hs = h(slug); n = int(hs, 16)
    x['oid'] = order_id(slug)
    x['name'] = T['names'][n % len(T['names'])]
    tld = x['tld'] or T['tlds'][n % len(T['tlds'])]
    dom = ('m.marketplace.amazon.' if x['mdomain'] else 'marketplace.amazon.') + tld
    al = alias(slug) + ('+' + x['plus'] if x['plus'] else '') + '@' + dom
    shop = 'shop%s' % hs[:4]
    cs = x['cs']; client = x['client']
    cte = ['quoted-printable', 'base64', '8bit'][n % 3]
    body = x['body'].replace('{oid}', x['oid']).replace('{name}', x['name']).strip('\n')
    day = (22 + n % 6) if x['kind'] == 'reply' else (16 + n % 12)
    dt = datetime.datetime(2026, 11, day, 7 + n % 12, n % 60, (n >> 8) % 60)
    date = dt.strftime('%a, %d %b %Y %H:%M:%S ') + T['tz']
    sender_name = body.strip().split('\n')[-1].strip()
    if len(sender_name) > 40 or not sender_name:
        sender_name = shop
    frm = '%s <orders@%s.example>' % (hdr_word(sender_name, cs) if any(ord(c) > 127 for c in sender_name) else '"%s"' % sender_name.replace('"', ''), shop)
    reply = x['kind'] == 'reply'
    bsubj = (x['bsubj'] or T['bs']).replace('{n}', x['name']).replace('{o}', x['oid'])
    if reply:
        pre = {'gmail': 'Re:', 'applemail': 'Re:', 'thunderbird': 'Re:', 'outlook': T['pre'],
               'plain': T['pre'] if n % 2 else 'Re:'}[client]
        subj = pre + ' ' + (x['subj'] if x['subj'] else bsubj)
    else:
        subj = x['subj'].replace('{oid}', x['oid'])
    if client == 'gmail':
        mid = '<CA%s+%s@mail.gmail.com>' % (hs[:10].upper(), base64.b64encode(bytes.fromhex(hs[10:34])).decode().replace('/', '_').replace('+', '-'))
    elif client == 'outlook':
        mid = '<%s@%s.example>' % (hs[:32].upper(), shop)
    elif client == 'applemail':
        mid = '<%s-%s-%s@%s.example>' % (hs[:8].upper(), hs[8:12].upper(), hs[12:24].upper(), shop)
    else:
        mid = '<%s.%s@%s.example>' % (hs[:12], hs[12:20], shop)
    hdrs = ['From: ' + frm, 'To: %s' % al, 'Subject: ' + hdr_word(subj, cs), 'Date: ' + date,
            'Message-ID: ' + mid, 'MIME-Version: 1.0']
    if reply:
        irt = '<0102019%s-%s-%s-000000@eu-west-1.amazonses.com>' % (hs[20:28], hs[28:32], hs[32:40])
        hdrs += ['In-Reply-To: ' + irt, 'References: ' + irt]
    if client == 'outlook':
        hdrs += ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AQH' + base64.b64encode(bytes.fromhex(hs[:30])).decode()[:30],
                 'Content-Language: ' + {'zh-Hant': 'zh-tw', 'zh': 'zh-cn', 'en': 'en-us'}.get(lang, lang),
                 'X-MS-Has-Attach: ' + ('yes' if x['att'] else '')]
    elif client == 'applemail':
        hdrs += ['X-Mailer: Apple Mail (2.3826.200.121)']
    elif client == 'thunderbird':
        hdrs += ['User-Agent: Mozilla Thunderbird']
    elif client == 'plain':
        hdrs += ['X-Mailer: ' + ['Claws Mail 4.3.0 (GTK 3.24.41; x86_64-pc-linux-gnu)', 'Becky! ver. 2.81.06',
                                 'Foxmail 7.2.25.375 [cn]', 'Roundcube Webmail/1.6.9', 'eM Client/10.1.4588.0',
                                 'The Bat! (v11.2.1) Professional'][n % 6]]
    # ---- text bodies
    q = quote_block(x, lang) if reply else None
    if reply:
        if client == 'outlook':
            ol = T['ol']
            hb = ['%s: %s <%s>' % (ol[0], x['name'], al), '%s: %s' % (ol[1], T['od']), '%s: %s' % (ol[2], sender_name),
                  '%s: %s' % (ol[3], bsubj)]
            if n % 2:
                hb[2] = '%s: %s <orders@%s.example>' % (ol[2], sender_name, shop)
            sep = T['om'] if n % 2 else '_' * 32
            plain = body + '\n\n' + sep + '\n' + '\n'.join(hb) + '\n\n' + q
        else:
            attr = {'gmail': T['gm'], 'applemail': T['ap'], 'thunderbird': T['tb'], 'plain': T['tb']}[client]
            attr = attr.replace('{n}', x['name']).replace('{a}', al)
            quoted = '\n'.join(('> ' + l) if l else '>' for l in q.split('\n'))
            if client in ('thunderbird', 'plain') and n % 2 == 0:
                plain = attr + '\n' + quoted + '\n\n' + body   # bottom posting
            else:
                plain = body + '\n\n' + attr + '\n' + quoted
    else:
        plain = body
    rtl = lang == 'ar'
    dirattr = 'rtl' if rtl else 'ltr'
    parts_alt = []
    related = []
    if client != 'plain':
        bl = html_lines(body)
        if client == 'gmail':
            hb_ = '<div dir="%s">' % dirattr + ''.join('<div>%s</div>' % (l or '<br>') for l in bl) + '</div>'
            if x['inline_gif']:
                hb_ += '<div dir="%s"><img src="cid:ii_%s" alt="thanks.gif" width="120" height="90"><br></div>' % (dirattr, hs[:10])
            if x['pixel']:
                hb_ += '<img src="%s" width="1" height="1" alt="">' % x['pixel']
            if reply:
                attr = T['gm'].replace('<{a}>', '&lt;<a href="mailto:%s">%s</a>&gt;' % (al, al)).replace('{n}', esc(x['name']))
                qb = ''.join('%s<br>' % l for l in html_lines(q))
                hb_ += ('<br><div class="gmail_quote gmail_quote_container"><div dir="%s" class="gmail_attr">%s<br></div>'
                        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                        '\n<div dir="%s">%s</div>\n</blockquote></div>' % (dirattr, attr, dirattr, qb))
            html = hb_.replace('</div><div', '</div>\n<div')
        elif client == 'outlook':
            head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                    'xmlns="http://www.w3.org/TR/REC-html40">\n<head><meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                    '@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                    'div.WordSection1 {page:WordSection1;}\n--></style></head>\n'
                    '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n<div class="WordSection1">\n'
                    % (cs, lang.upper() if lang != 'zh-Hant' else 'ZH-TW', ' dir="rtl"' if rtl else ''))
            hb_ = head + '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l or '&nbsp;') for l in bl)
            if x['inline_gif']:
                hb_ += '\n<p class="MsoNormal"><img width="120" height="90" src="cid:image001.gif@01DB%s" alt="thanks"></p>' % hs[:8].upper()
            if x['pixel']:
                hb_ += '\n<img src="%s" width="1" height="1" alt="">' % x['pixel']
            if reply:
                ol = T['ol']
                rows = ['<b>%s:</b> %s &lt;%s&gt;' % (ol[0], esc(x['name']), al), '<b>%s:</b> %s' % (ol[1], esc(T['od'])),
                        '<b>%s:</b> %s' % (ol[2], esc(sender_name)), '<b>%s:</b> %s' % (ol[3], esc(bsubj))]
                if n % 2:
                    hb_ += ('\n<div id="divRplyFwdMsg" dir="%s"><hr style="display:inline-block;width:98%%">'
                            '\n<p class="MsoNormal">%s</p></div>' % (dirattr, '<br>\n'.join(rows)))
                else:
                    hb_ += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                            '\n<p class="MsoNormal">%s</p></div>' % '<br>\n'.join(rows))
                hb_ += '\n' + '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l or '&nbsp;') for l in html_lines(q))
            html = hb_ + '\n</div>\n</body>\n</html>'
        else:
            if client == 'applemail':
                hb_ = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                       '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>\n' % (cs, ' dir="rtl"' if rtl else ''))
                hb_ += '\n'.join('<div>%s</div>' % (l or '<br>') for l in bl)
            else:
                hb_ = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
                       '<body%s>\n' % (cs, ' dir="rtl"' if rtl else ''))
                hb_ += '\n'.join('<p>%s</p>' % l if l else '<br>' for l in bl)
            if x['inline_gif']:
                hb_ += '\n<div><img src="cid:part1.%s@%s.example" alt="thanks.gif"></div>' % (hs[:8], shop)
            if x['pixel']:
                hb_ += '\n<img src="%s" width="1" height="1" alt="">' % x['pixel']
            if reply:
                attr = (T['ap'] if client == 'applemail' else T['tb']).replace('<{a}>', '&lt;%s&gt;' % al).replace('{n}', esc(x['name']))
                ql = ''.join('%s<br>\n' % l for l in html_lines(q))
                if client == 'applemail':
                    hb_ += '\n<div><br><blockquote type="cite"><div>%s</div><br>\n<div>%s</div></blockquote></div>' % (attr, ql)
                else:
                    hb_ += ('\n<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:0102019%s@eu-west-1.amazonses.com">\n%s</blockquote>'
                            % (attr, hs[20:28], ql))
            html = hb_ + '\n</body>\n</html>'
        if x['inline_gif']:
            cid = {'gmail': 'ii_%s' % hs[:10], 'outlook': 'image001.gif@01DB%s' % hs[:8].upper()}.get(client, 'part1.%s@%s.example' % (hs[:8], shop))
            related.append('Content-Type: image/gif; name="thanks.gif"\r\nContent-Disposition: inline; filename="thanks.gif"\r\n'
                           'Content-Transfer-Encoding: base64\r\nContent-ID: <%s>\r\n\r\n%s\r\n' % (cid, b64lines(gif_bytes())))
        parts_alt = [text_part('text/plain', plain, cs, cte), text_part('text/html', html, cs, cte)]
    bnd = lambda k: ('Apple-Mail=_%s-%s' % (hs[:8].upper(), k) if client == 'applemail' else
                     '0000000000%s%s' % (hs[k:k + 6], k) if client == 'gmail' else
                     '_00%d_%s_' % (k, hs[:20].upper()) if client == 'outlook' else
                     '------------%s%d' % (hs[:20], k))
    atts = []
    for kind, fname in x['att']:
        ct, data = attachment(kind, fname, slug, x['oid'])
        fn = hdr_word(fname, 'utf-8')
        fnh = ('"%s"' % fn) if fn == fname else fn
        atts.append('Content-Type: %s; name=%s\r\nContent-Disposition: attachment; filename=%s\r\n'
                    'Content-Transfer-Encoding: base64\r\n\r\n%s\r\n' % (ct, fnh, fnh, b64lines(data)))
    def multipart(sub, parts, k):
        b = bnd(k)
        return ('Content-Type: multipart/%s; boundary="%s"\r\n\r\n' % (sub, b)
                + ''.join('--%s\r\n%s' % (b, p) for p in parts) + '--%s--\r\n' % b)
    if client == 'plain':
        core = text_part('text/plain', plain, cs, cte)
    else:
        if related:
            alt = multipart('alternative', [parts_alt[0], multipart('related', [parts_alt[1]] + related, 2)], 1)
        else:
            alt = multipart('alternative', parts_alt, 1)
        core = alt
    if atts:
        core = multipart('mixed', [core] + atts, 3)
    msg = '\r\n'.join(hdrs) + '\r\n' + core
    fname = '%03d-%s-%s.eml' % (i, lang, slug)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.encode('latin-1'))
    return fname


def build():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    rows = ['file\tverdict\tcategories\tlang\tcharset\tclient\tkind']
    for i, x in enumerate(MSGS, 1):
        try:
            fname = build_one(i, x)
        except Exception as e:
            sys.exit('ERROR in %s %s: %r' % (x['lang'], x['slug'], e))
        rows.append('\t'.join([fname, x['verdict'], x['cats'], x['lang'], x['cs'], x['client'], x['kind']]))
    with open(os.path.join(OUT, 'labels.tsv'), 'wb') as f:
        f.write(('\n'.join(rows) + '\n').encode())
    print('wrote %d messages to %s' % (len(MSGS), os.path.normpath(OUT)))


# ================================================================ MESSAGES (hand-labelled)
# ---------------------------------------------------------------- en
m('en', 'ridgeline-antenna-usps', 'pass', '-', 'gmail', 'us-ascii', 'reply', None, """Hi {name},

Your antenna left us on Tuesday with USPS Ground Advantage. You can follow it here:
https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206213754851236

USPS shows it at the Memphis hub right now, so Friday or Saturday looks likely.

Best,
Ridgeline Radio Supply""", quote="""Hello, I ordered the 2m/70cm vertical antenna on the 14th and the order page still says "shipped" with no movement. Any idea when it will get here? Thanks, {name}""", plus='A01882736XK2QHC7R1TB', tld='com')
m('en', 'kneelwell-royalmail', 'pass', '-', 'outlook', 'iso-8859-1', 'reply', None, """Dear {name},

Sorry for the wait. The chair went out with Royal Mail Tracked 48 and the reference is QF417203385GB:
https://www.royalmail.com/track-your-item#/tracking-results/QF417203385GB

The frame comes flat-packed in one box (about 9 kg), so it fits through a standard letterbox-side door without a problem. If it hasn't arrived by Thursday, just reply here and I'll chase Royal Mail for you.

Kind regards,
Kneelwell Seating""", quote="""Hi, could you tell me if my kneeling chair has been posted yet? Order {oid}. I'm out Wednesday afternoon so would like to know roughly when. Many thanks""", tld='co.uk')
m('en', 'hivecraft-return-reviewed', 'pass', '-', 'thunderbird', 'utf-8', 'reply', None, """Hi {name},

We reviewed your return request and the photos of the torn veil mesh, and you are right, the seam let go where it meets the hood. That should not happen on a new suit.

We have approved the return with a prepaid label. You can print it from your orders page:
https://www.amazon.com/gp/your-account/order-details?orderID={oid}

The full refund of $89.00 goes back to your card as soon as the carrier scans the parcel; you don't have to wait for it to reach us.

Sorry for the trouble,
Hivecraft Apiary Wear""", quote="""The mesh on the veil ripped the first time I zipped the hood on. Pictures attached. I would like to return it please.""", tld='com')
m('en', 'brassandbark-important-engraving', 'pass', '-', 'applemail', 'windows-1252', 'proactive', '[Important] Engraving check for order {oid}', """Hi {name},

Before we engrave the brass plate on your collar, could you confirm the text? The order note says:

  “BISCUIT”

Should it be all capitals like that, or “Biscuit”? The plate fits 10 characters in the block font you picked.

We will hold the order until we hear from you, so it doesn't go out with the wrong spelling.

Thanks,
Brass & Bark Collars""")
m('en', 'loftdesk-important-delivery', 'pass', '-', 'outlook', 'us-ascii', 'proactive', '[Important] Delivery appointment for your standing desk - order {oid}', """Hello {name},

Your electric standing desk ships by freight in two boxes (about 38 kg in total), so the carrier needs to book a delivery appointment with you. They deliver to the front door or garage only.

Which of these suits you best?
- Tuesday 1 December, 8am to 12pm
- Thursday 3 December, 12pm to 5pm

Please reply in this thread with your choice and we will pass it on to the carrier.

Thank you,
LoftDesk Workspace""")
m('en', 'cedarhearth-address-lot', 'pass', '-', 'gmail', 'iso-8859-15', 'proactive', 'Shipping address problem for order {oid} [Important]', """Hello {name},

We are getting your wood stove ready to ship, but the freight company flagged the shipping address: it is a rural route and there is no lot or civic number on it, and they won't book the truck without one.

Could you reply with the civic number (or the lot number and the concession road) and, if there is one, a note about the driveway? Once we have it we can release the shipment the same day.

Best regards,
Cedar Hearth Stoves""", tld='ca')
m('en', 'fatquarter-invoice', 'pass', '-', 'plain', 'us-ascii', 'reply', None, """Hi {name},

Of course. The invoice for the two quilting rulers and the rotary cutter is attached as a PDF, made out to the guild name you gave us. The order number {oid} is printed at the top.

Regards,
Fat Quarter Tools""", quote="""Could I get a proper invoice for this order? Our quilting guild reimburses me and they need it addressed to "Riverbend Quilters Guild". Thank you.""", att=[('pdf', 'Invoice-FQT-20417.pdf')], tld='com')
m('en', 'inkribbon-instructions', 'pass', '-', 'applemail', 'utf-8', 'reply', None, """Hi {name},

No problem, these spools catch a lot of people out. I have attached our one-page loading guide (PDF) with pictures.

The short version: remove the clear plastic clip from the spool first, then hook the ribbon through the two vibrator guides before you close the cover. If the red half prints on top, flip the colour lever to the black dot.

Happy typing,
Inkwell Ribbon Co.""", quote="""The new ribbon for my Smith-Corona won't feed, it just bunches up. Is there a trick?""", att=[('pdf', 'Ribbon-loading-guide.pdf')])
m('en', 'kingsgambit-review-once', 'pass', '-', 'thunderbird', 'utf-8', 'proactive', 'Your order {oid} from Kings Gambit Boards', """Hello {name},

Your walnut chess set should have reached you last week. We'd be grateful if you could share your experience with it by writing a product review on Amazon, whatever that experience was. Reviews help other players decide.

Kind regards,
Kings Gambit Boards""")
m('en', 'driftwood-hammock-cancelled', 'pass', '-', 'applemail', 'us-ascii', 'reply', None, """Hi {name},

Done, the order for the double hammock has been cancelled as you asked and it did not ship. You will not be charged; any pending authorisation on your card should disappear within a few days.

All the best,
Driftwood Hammocks""", quote="""Hi, I ordered the wrong colour, please cancel order {oid} if it hasn't gone out yet. Thanks!""")
m('en', 'allegro-bench-thanks-reply', 'pass', '-', 'gmail', 'windows-1252', 'reply', None, """Thank you, {name} – that’s lovely to hear. Enjoy the bench!

Allegro Piano Benches""", quote="""Just to let you know the bench arrived today, no damage, and the height is spot on for my daughter. Thanks for packing it so well.""", tld='co.uk')
m('en', 'cragworks-star-film', 'pass', '-', 'plain', 'iso-8859-1', 'reply', None, """Hi {name},

The bolts for the large volumes take a T40 star bit, not a hex key, which is why the Allen key slipped. Any T40 star screwdriver or a T40 bit in a drill works.

Also remove the protective film from the back of the volume before you mount it, otherwise it won't sit flat against the plywood. Torque them to about 20 Nm, no more.

Cheers,
Cragworks Climbing Holds""", quote="""The bolts that came with the triangle volumes don't fit my allen keys at all. Am I missing a tool?""")
m('en', 'needlepoint-refund-bent', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """Hello {name},

I'm sorry the needles arrived bent. It looks like the case was crushed in transit. I have issued a full refund of $11.69 for the order; there is no need to send anything back.

About the price: the coupon you clipped on the product page was applied at checkout, so the refund is the amount you actually paid, not the list price of $12.99.

Best regards,
Needlepoint Sewing Supply""", quote="""Half the needles in the pack are bent and one is snapped. I can't use these on my machine. What can you do?""", tld='com')
# en rejects
m('en', 'wildyeast-giftcard', 'reject', 'review', 'gmail', 'us-ascii', 'proactive', 'How is your starter doing? (order {oid})', """Hi {name},

Hope the starter is bubbling away by now! Small favour: if you get a minute to post a review of the kit, just send us a screenshot here once it's live and we'll pop a $5 Amazon card over to say thanks. Totally up to you of course.

Happy baking,
Wild Yeast Kitchen""", tld='com')
m('en', 'glasshouse-revisit-stars', 'reject', 'review', 'outlook', 'windows-1252', 'reply', None, """Hi {name},

Glad the replacement glass panel arrived in one piece and the terrarium is finally set up!

Since that’s all sorted now, would you mind taking another look at the 2 stars you left on the listing? Even moving it up a little would really help a small shop like ours.

Thanks so much,
Glasshouse Terrariums""", quote="""The new panel came today and fits fine. Thanks for sending it so fast.""")
m('en', 'featherfeed-mention-baffle', 'reject', 'review', 'applemail', 'utf-8', 'proactive', 'A quick note about your bird feeder', """Hi {name},

Thanks again for order {oid}. When you get round to writing your review, it would really help us if you could say something about the squirrel baffle and how easy the feeder was to hang – those are the two things people ask about most.

Warm regards,
Featherfeed Garden""")
m('en', 'ridgeline-bump-review', 'reject', 'review', 'plain', 'us-ascii', 'proactive', 'Following up on order {oid}', """Hi {name},

I wrote last week asking if you'd review the vertical antenna and I know inboxes get busy, so I'm just bumping it back to the top. If you can spare two minutes to leave a review on Amazon it would be a big help to us.

73,
Ridgeline Radio Supply""", tld='com')
m('en', 'kneelwell-tell-us-first', 'reject', 'review', 'thunderbird', 'iso-8859-1', 'proactive', 'Settling in with your new chair? Order {oid}', """Hello {name},

If the chair is working out for you, we'd really appreciate a few words on Amazon. And if anything isn't quite right, please drop us a line here before posting anything, so we have the chance to put it right first.

Best wishes,
Kneelwell Seating""", tld='co.uk')
m('en', 'strapandbuckle-site', 'reject', 'links,promotion', 'gmail', 'us-ascii', 'reply', None, """Hi {name},

The 20 mm strap will fit your watch if the lug width is 20 mm; you can measure between the lugs with a ruler. The quick-release pins are already fitted.

By the way, the new shell cordovan straps aren't on Amazon yet, but they're up on our own site with the holiday pricing: https://www.strapandbuckle.example/collections/new-arrivals

Cheers,
Strap & Buckle""", quote="""Will the brown leather strap fit a watch with 20mm lugs?""")
m('en', 'cragworks-whatsapp', 'reject', 'contact', 'plain', 'us-ascii', 'reply', None, """Hi {name},

Easier to sort the bolt lengths with photos of your wall, so message me on WhatsApp if you can: seven eight four two, three one one, nine zero six (UK number, ask for Dan).

Cheers,
Cragworks Climbing Holds""", quote="""Which bolt length should I use for a wall with 18mm ply and T-nuts?""", tld='co.uk')
m('en', 'fatquarter-etsy', 'reject', 'contact,promotion', 'outlook', 'iso-8859-15', 'reply', None, """Hi {name},

Sorry, the left-handed 6x24 ruler isn't listed on Amazon. We do have it in our Etsy shop though - just search for "Fat Quarter Tools Studio" there, and it's a couple of dollars cheaper since there are no Amazon fees.

Regards,
Fat Quarter Tools""", quote="""Do you make this ruler for left-handed cutting?""")
m('en', 'kingsgambit-emoji-shipped', 'reject', 'style,proactive', 'applemail', 'utf-8', 'proactive', 'Your chess set is on its way ♟️', """Hi {name}! 😊

Great news – your walnut chess set for order {oid} has been packed and handed to UPS today! 📦

Thanks so much for choosing us!
Kings Gambit Boards""")
m('en', 'driftwood-important-thanks', 'reject', 'important,proactive', 'outlook', 'us-ascii', 'proactive', '[Important] Thank you for order {oid}', """Dear {name},

Thank you for choosing Driftwood Hammocks. We really appreciate your order and hope you will enjoy many lazy afternoons with it.

If there is anything at all we can do, we are always here.

Warm regards,
Driftwood Hammocks""")
m('en', 'cedarhearth-cancel-please', 'reject', 'ask', 'gmail', 'windows-1252', 'proactive', 'About your order {oid}', """Hello {name},

I’m really sorry, but the sage green stove you ordered was the last one and it turned out to have a cracked door glass when we unpacked it. The next batch isn’t due until March.

Could you go into your Amazon account and request the cancellation from your side? It keeps our account in better shape than when we cancel. Thank you for understanding.

Best regards,
Cedar Hearth Stoves""", tld='ca')
m('en', 'inkribbon-catalogue-zip', 'reject', 'attachment,promotion', 'thunderbird', 'utf-8', 'reply', None, """Hi {name},

Yes, the ribbon fits the Smith-Corona Galaxie. I've zipped up our winter catalogue so you can see the other colours and the correction tapes, there's 15% off if you order three or more this month.

Happy typing,
Inkwell Ribbon Co.""", quote="""Will this ribbon fit a Smith-Corona Galaxie 12?""", att=[('zip', 'Inkwell-winter-catalogue.zip')])
m('en', 'hivecraft-gif-checkin', 'reject', 'style,attachment,proactive', 'gmail', 'utf-8', 'proactive', 'Checking in on your bee suit', """Hi {name},

Just checking in to see how the ventilated suit is treating you. We're here if you need anything at all!

Reply STOP and we won't send you these check-ins any more.

Hivecraft Apiary Wear""", inline_gif=True)
m('en', 'brassandbark-pixel-code', 'reject', 'promotion,links,style', 'outlook', 'us-ascii', 'proactive', 'Something for your next collar (order {oid})', """Hi {name},

Thanks for letting us make Biscuit's collar. When you're ready for a matching leash, use BARK12 at checkout in our Amazon store for 12% off anything from the new winter range.

Brass & Bark Collars""", pixel='http://t.brassandbark.example/o.gif?u=7731')
# ---------------------------------------------------------------- ja
m('ja', 'kezuriya-yamato', 'pass', '-', 'gmail', 'iso-2022-jp', 'reply', None, """{name}様

お問い合わせありがとうございます。
鰹節削り器は11月19日にヤマト運輸の宅急便で発送しております。伝票番号は4587-1236-0094です。
https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=458712360094

現在、お近くの営業所に到着しているようです。ご不在の場合は不在票が入りますので、再配達をご依頼ください。

けずり屋 山本""", quote="""注文した削り器がまだ届きません。いつ頃になりますか。""")
m('ja', 'aritagama-important-namae', 'pass', '-', 'outlook', 'shift_jis', 'proactive', '[重要] 名入れ文字のご確認 (注文番号 {oid})', """{name}様

このたびは有田焼の名入れマグカップをご注文いただき、ありがとうございます。
焼成前に、名入れの文字を確認させてください。ご注文時の備考欄には「はるか」とございました。

・ひらがなの「はるか」のままでよろしいでしょうか
・書体は楷書体と丸ゴシック体のどちらをご希望でしょうか

ご返信をいただいてから焼成に入りますので、このメールにそのままお返事ください。

有田窯 松尾""")
m('ja', 'igusa-bed-important-haisou', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[重要] 畳ベッドのお届け日時について (注文番号 {oid})', """{name}様

ご注文の畳ベッド(シングル)は大型家具のため、配送業者が2名で玄関先までお届けいたします。
配達日時を事前に決める必要がございますので、以下からご都合のよい日時をお選びください。

・12月2日(水) 午前
・12月4日(金) 午後
・12月5日(土) 終日

エレベーターのない3階以上の場合は、その旨もお知らせいただけると助かります。

いぐさ家具工房""")
m('ja', 'kotatsuya-address-heya', 'pass', '-', 'thunderbird', 'iso-2022-jp', 'proactive', '[重要] お届け先住所のご確認 (注文番号 {oid})', """{name}様

ご注文いただいたこたつ布団を発送する準備をしておりますが、お届け先住所にマンション名と部屋番号の記載がございませんでした。
このままでは配達ができない可能性がございます。

お手数ですが、建物名と部屋番号をこのメールにご返信いただけますでしょうか。

こたつ屋 本舗""")
m('ja', 'kezuriya-setsumeisho', 'pass', '-', 'plain', 'shift_jis', 'reply', None, """{name}様

ご連絡ありがとうございます。
刃の出し具合の調整方法を図入りでまとめた取扱説明書(PDF)を添付いたします。

刃は台の後ろ側を木槌で軽くたたくと引っ込み、刃の頭をたたくと出てきます。
また、台の底に貼ってある透明の保護フィルムをはがしてからお使いください。フィルムが残っていると削りが均一になりません。

けずり屋 山本""", quote="""削り器が届きましたが、うまく削れず粉のようになってしまいます。使い方が分かる資料はありますか。""", att=[('pdf', 'kezuriki-manual.pdf')])
m('ja', 'someya-review-ichido', 'pass', '-', 'gmail', 'utf-8', 'proactive', '手ぬぐいのご感想について (注文番号 {oid})', """{name}様

先日は手ぬぐいをお買い上げいただき、ありがとうございました。
お使いになってみていかがでしたでしょうか。よろしければ、Amazonの商品ページにレビューを投稿して、ご感想をお聞かせください。良かった点も気になった点も、ほかのお客様の参考になります。

染め屋 あい色""")
m('ja', 'bonsaibachi-cancel-ok', 'pass', '-', 'applemail', 'iso-2022-jp', 'reply', None, """{name}様

ご連絡ありがとうございます。
ご希望のとおり、ご注文(注文番号 {oid})をキャンセルいたしました。商品は発送前でしたので、代金は請求されません。

またの機会がございましたら、よろしくお願いいたします。

常滑 盆栽鉢工房""", quote="""サイズを間違えて注文してしまいました。キャンセルをお願いできますか。""")
m('ja', 'kotatsuya-hoshigata', 'pass', '-', 'thunderbird', 'shift_jis', 'reply', None, """{name}様

お問い合わせありがとうございます。
こたつの脚を天板に固定するネジは、星形(トルクス T25)のドライバーが必要です。付属の六角レンチではなく、星形ドライバーをお使いください。

脚の付け根に貼ってある保護シールは、取り付け前にはがしてください。

こたつ屋 本舗""", quote="""脚のネジが付属の工具で回りません。何を使えばいいですか。""")
# ja rejects
m('ja', 'aritagama-quo-card', 'reject', 'review', 'outlook', 'iso-2022-jp', 'proactive', 'マグカップのご感想をお聞かせください ({oid})', """{name}様

名入れマグカップはお手元に届きましたでしょうか。
もしお時間がございましたら、Amazonにレビューをお書きいただけますと幸いです。
投稿していただいた方には、ささやかなお礼としてQUOカード500円分をお送りしております。投稿後にこのメールへご返信ください。

有田窯 松尾""")
m('ja', 'igusa-hyouka-minaoshi', 'reject', 'review', 'gmail', 'utf-8', 'reply', None, """{name}様

交換品が無事に届いたとのこと、安心いたしました。ご迷惑をおかけして申し訳ございませんでした。

ひとつお願いがございまして、先日いただいた星2つのご評価を、今回の対応も踏まえて見直していただくことは可能でしょうか。小さな工房ですので、評価ひとつで売れ行きが大きく変わってしまいます。

いぐさ家具工房""", quote="""交換の畳が届きました。今度はきれいです。""")
m('ja', 'someya-insta', 'reject', 'links,promotion', 'gmail', 'shift_jis', 'reply', None, """{name}様

手ぬぐいは最初の数回は色が出ますので、単独で水洗いしてください。漂白剤は使わないでください。

ちなみに冬の新柄はインスタで先に公開しています。よかったらのぞいてみてください。
https://www.instagram.com/someya_aiiro/

染め屋 あい色""", quote="""手ぬぐいは洗濯機で洗っても大丈夫ですか。""")
m('ja', 'koshu-inden-line', 'reject', 'contact', 'thunderbird', 'utf-8', 'reply', None, """{name}様

名刺入れの色味は写真より少し落ち着いた紺色です。
実物の写真を何枚かお送りしたいのですが、こちらだと画像が送りにくいので、よろしければLINEでご連絡ください。IDは koshu.inden です。

甲州印伝 小林""", quote="""紺色の名刺入れは、実物だと写真より明るいですか。""")
m('ja', 'kezuriya-arigatou-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', 'ご購入ありがとうございました🙇', """{name}様

このたびは当店の鰹節削り器をお買い上げいただき、誠にありがとうございました✨
またのご利用を心よりお待ちしております😊

けずり屋 山本""", att=[('gif', 'arigatou.gif')])
m('ja', 'bonsaibachi-important-hassou', 'reject', 'important,proactive', 'outlook', 'shift_jis', 'proactive', '[重要] 商品発送のお知らせ (注文番号 {oid})', """{name}様

ご注文いただいた盆栽鉢を本日発送いたしました。
到着まで今しばらくお待ちください。

常滑 盆栽鉢工房""")
m('ja', 'kotatsuya-cancel-irai', 'reject', 'ask', 'plain', 'iso-2022-jp', 'proactive', 'ご注文についてのお願い (注文番号 {oid})', """{name}様

大変申し訳ございません。倉庫の在庫数に誤りがあり、ご注文のこたつ布団(ブラウン)が品切れとなっておりました。
入荷は来年2月の予定です。

お手数をおかけしますが、Amazonの注文履歴から「キャンセルをリクエスト」していただけますでしょうか。

こたつ屋 本舗""")
# ---------------------------------------------------------------- zh
m('zh', 'zishayuan-usps', 'pass', '-', 'gmail', 'gb2312', 'reply', None, """{name} 您好，

您的紫砂壶已于11月18日通过美国邮政 USPS 寄出，运单号 9405 5112 0620 4173 9021 58，可以在这里查看：
https://tools.usps.com/go/TrackConfirmAction?tLabels=9405511206204173902158

目前显示包裹在芝加哥分拣中心，预计周五前送达。

紫砂缘茶器""", quote="""请问我的茶壶发货了吗？订单页面一直没有更新。""", tld='com')
m('zh', 'zishayuan-important-kezi', 'pass', '-', 'outlook', 'gbk', 'proactive', '[重要] 刻字内容确认（订单 {oid}）', """{name} 您好，

感谢您订购定制刻字紫砂壶。开始刻字前，我们需要跟您确认内容：

备注中写的是“静心”两个字，请问：
1. 字体选隶书还是行书？
2. 刻在壶身正面还是壶底？

收到您的回复后我们才会开始制作，以免出错。

紫砂缘茶器""")
m('zh', 'muyi-important-peisong', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[重要] 实木摇椅送货时间预约（订单 {oid}）', """{name} 您好，

您订购的实木摇椅属于大件商品，重约 28 公斤，物流公司需要和您预约送货时间，并送到门口。

请从以下时间中选择一个方便的：
- 12月1日（周二）上午
- 12月3日（周四）下午

直接回复这封邮件即可，我们会转告物流公司。

木艺家居""", tld='co.uk')
m('zh', 'suxiu-address-menpai', 'pass', '-', 'thunderbird', 'gb2312', 'proactive', '[重要] 收货地址缺少门牌号（订单 {oid}）', """{name} 您好，

我们正在准备寄出您的苏绣挂画，但快递公司提示收货地址里没有门牌号和公寓号，可能无法派送。

麻烦您回复一下完整的门牌号和公寓号，我们收到后当天就会发货。

苏绣坊""")
m('zh', 'mobao-fapiao', 'pass', '-', 'plain', 'gbk', 'reply', None, """{name} 您好，

发票已经按您提供的公司名称开好，附件是 PDF 文件，订单号 {oid} 印在右上角。

如需修改抬头请告诉我们。

墨宝文房""", quote="""你好，我需要这个订单的发票，抬头写公司名称，可以吗？""", att=[('pdf', 'fapiao-{oid}.pdf'.replace('{oid}', 'MB2611'))])
m('zh', 'canshi-review-once', 'pass', '-', 'gmail', 'utf-8', 'proactive', '关于您的蚕丝被（订单 {oid}）', """{name} 您好，

您订购的蚕丝被应该已经收到一段时间了。如果方便的话，欢迎在亚马逊商品页面写一条评论，分享您的使用体验，无论好坏都可以，这对其他买家很有帮助。

丝韵家纺""")
m('zh', 'junci-tuikuan-posun', 'pass', '-', 'outlook', 'gb2312', 'reply', None, """{name} 您好，

非常抱歉花瓶在运输途中破损了。我们已经查看了您发来的照片，确认是瓶口碎裂。

我们已经为您办理了全额退款 45.99 美元，钱会在 3 到 5 个工作日内退回原支付方式，花瓶不用寄回，请小心处理碎片。

钧窑雅集""", quote="""收到的花瓶瓶口碎了，照片已经上传到订单里了，怎么处理？""", tld='com')
m('zh', 'zhudeng-meihua-luosidao', 'pass', '-', 'applemail', 'gbk', 'reply', None, """{name} 您好，

灯座底部的螺丝是星形（梅花）螺丝，需要用 T20 的梅花螺丝刀，普通十字螺丝刀拧不动。

另外灯罩外面有一层透明保护膜，安装前请先撕掉保护膜，否则灯泡发热后会粘在竹条上。

竹语灯饰""", quote="""灯座的螺丝用十字螺丝刀拧不动，是不是要别的工具？""")
# zh rejects
m('zh', 'mobao-haoping-fanxian', 'reject', 'review', 'plain', 'gb2312', 'proactive', '毛笔套装使用感受（订单 {oid}）', """{name} 您好，

毛笔用得还顺手吗？如果您方便在亚马逊上写个评价，晒两张图，写完把截图回复给我们，我们通过 PayPal 返您 5 美元，算是一点心意。

墨宝文房""", tld='com')
m('zh', 'canshi-gai-pingjia', 'reject', 'review', 'gmail', 'utf-8', 'reply', None, """{name} 您好，

新的被套已经寄到了，很高兴问题解决了。

冒昧请求一下：您之前留的一星评价还在页面上，能不能麻烦您改一下，或者直接删掉？对我们小店影响真的很大，谢谢您了。

丝韵家纺""", quote="""换的被套收到了，这次没问题。""")
m('zh', 'zishayuan-taobao', 'reject', 'links,promotion', 'outlook', 'gbk', 'reply', None, """{name} 您好，

这把壶容量是 220 毫升，适合两三个人喝。

我们淘宝店里还有更多泥料和款式，价格比亚马逊便宜不少，可以看看：https://zishayuan.taobao.com/

紫砂缘茶器""", quote="""这个壶的容量是多少？""")
m('zh', 'suxiu-weixin-emoji', 'reject', 'contact,style', 'thunderbird', 'utf-8', 'reply', None, """{name} 您好，

挂画的尺寸可以定做的😊 具体图案在这里不好发，您加我微信聊吧：suxiu_lanlan，备注亚马逊就行🌸

苏绣坊""", quote="""请问可以定做大一点尺寸的吗？""")
m('zh', 'junci-huace-zip', 'reject', 'attachment,promotion', 'applemail', 'gbk', 'proactive', '钧瓷新品画册（订单 {oid}）', """{name} 您好，

感谢您购买我们的钧瓷花瓶。附件压缩包里是我们 2027 年春季新品画册和价目表，老客户下单可以优惠一成，欢迎选购。

钧窑雅集""", att=[('zip', 'junci-2027-huace.zip')])
m('zh', 'muyi-important-yifahuo', 'reject', 'important,proactive', 'outlook', 'gb2312', 'proactive', '[重要] 您的订单已发货（订单 {oid}）', """{name} 您好，

您订购的摇椅坐垫已经发货，请耐心等待收货。

木艺家居""")
m('zh', 'zhudeng-qing-quxiao', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', '关于您的订单 {oid}', """{name} 您好，

非常抱歉，您订的那款竹编灯罩（大号）仓库里已经没货了，补货要到明年。

麻烦您在亚马逊订单页面点一下“取消订单”，由您这边申请取消，谢谢理解。

竹语灯饰""")
# ---------------------------------------------------------------- zh-Hant
m('zh-Hant', 'niujia-ups', 'pass', '-', 'gmail', 'big5', 'reply', None, """{name} 您好，

您的牛軋糖禮盒已於 11 月 18 日交由 UPS 寄出，追蹤號碼 1Z6V83A90398765432，可在這裡查詢：
https://www.ups.com/track?loc=zh_TW&tracknum=1Z6V83A90398765432

目前顯示在安克拉治轉運，預計下週一送達。

糖心鋪""", quote="""請問禮盒寄出了嗎？想在月底前送給朋友。""")
m('zh-Hant', 'yingge-important-kezi', 'pass', '-', 'outlook', 'big5', 'proactive', '[Important] 刻字內容確認 (訂單 {oid})', """{name} 您好，

感謝您訂購鶯歌陶瓷對杯。燒製前需要跟您確認刻字內容：

備註寫的是「永結同心 2026.12.12」，請問：
一、字體要楷書還是隸書？
二、日期要刻在杯底還是杯身？

收到您的回覆後才會開始燒製。

鶯歌窯坊""")
m('zh-Hant', 'kuaimu-important-peisong', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] 檜木浴桶配送時間 (訂單 {oid})', """{name} 您好，

您訂購的檜木浴桶屬於大型商品，重約 35 公斤，物流公司需要跟您約定配送時間，並由兩位人員搬運到門口。

請選擇方便的時段：
- 12月2日 (三) 上午
- 12月4日 (五) 下午

直接回覆此信即可。

檜香木作""", tld='com.au')
m('zh-Hant', 'lanran-address-fanghao', 'pass', '-', 'thunderbird', 'big5', 'proactive', '[Important] 收件地址缺少房號 (訂單 {oid})', """{name} 您好，

我們準備寄出您的藍染手帕，但日本郵便提醒收件地址沒有大樓名稱和房號，可能無法投遞。

麻煩您回覆完整的大樓名稱與房號，我們收到後當天寄出。

藍染工作室""", tld='co.jp')
m('zh-Hant', 'jinxuan-fapiao', 'pass', '-', 'plain', 'big5', 'reply', None, """{name} 您好，

已依您提供的公司名稱開立發票，附件為 PDF 檔，訂單編號印在右上角。

金萱茶行""", quote="""您好，公司報帳需要發票，抬頭可以寫公司名稱嗎？""", att=[('pdf', 'invoice-JX2611.pdf')])
m('zh-Hant', 'suanpan-review-once', 'pass', '-', 'gmail', 'big5', 'proactive', '關於您的木製算盤 (訂單 {oid})', """{name} 您好，

您訂購的算盤應該已經收到一陣子了。如果方便的話，歡迎到 Amazon 商品頁面留下評論，分享您的使用心得，不論好壞都能幫助其他買家參考。

老街算盤行""")
m('zh-Hant', 'liangxi-quxiao-ok', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """{name} 您好，

已依您的要求取消訂單 {oid}，商品尚未出貨，不會向您收取任何費用。

竹韻涼蓆""", quote="""我買錯尺寸了，可以幫我取消訂單嗎？""")
m('zh-Hant', 'huabu-xiexie-reply', 'pass', '-', 'applemail', 'big5', 'reply', None, """謝謝您特地告訴我們，很高興包包順利送到，祝您使用愉快！

客家花布坊""", quote="""包包收到了，花色比照片還漂亮，謝謝！""")
# zh-Hant rejects
m('zh-Hant', 'jinxuan-song-chaye', 'reject', 'review', 'thunderbird', 'big5', 'proactive', '金萱茶品嚐心得 (訂單 {oid})', """{name} 您好，

茶葉喝起來還順口嗎？若您願意在 Amazon 寫下評論，留完之後回覆這封信，我們會加送一包四兩裝的冬茶給您，當作小小的謝禮。

金萱茶行""")
m('zh-Hant', 'yingge-wuxing-xian-sixin', 'reject', 'review', 'gmail', 'utf-8', 'proactive', '對杯使用還滿意嗎？(訂單 {oid})', """{name} 您好，

如果對杯讓您滿意，請幫我們留個五顆星評價；如果有任何不滿意的地方，拜託先回信告訴我們，不要直接寫在評論裡，我們一定會處理好。

鶯歌窯坊""")
m('zh-Hant', 'niujia-pinkoi', 'reject', 'links,promotion', 'outlook', 'big5', 'reply', None, """{name} 您好，

牛軋糖保存期限是 30 天，請放在陰涼處。

我們在 Pinkoi 也有開店，有更多口味和過年禮盒，現在還有早鳥優惠：https://www.pinkoi.com/store/tangxinpu

糖心鋪""", quote="""請問牛軋糖可以放多久？""")
m('zh-Hant', 'suanpan-dianhua-zi', 'reject', 'contact', 'plain', 'big5', 'reply', None, """{name} 您好，

算珠鬆動的問題用文字不好說明，您方便的話直接打給我，零九一二 三四五 六七八，白天都在店裡。

老街算盤行""", quote="""算盤有幾顆珠子會自己滑動，正常嗎？""")
m('zh-Hant', 'liangxi-chicun-exe', 'reject', 'attachment', 'applemail', 'utf-8', 'reply', None, """{name} 您好，

涼蓆尺寸要看床墊大小，我們附上一個尺寸計算小程式，下載後打開輸入床墊長寬，就會告訴您該選哪個尺寸。

竹韻涼蓆""", quote="""我的床墊是 152 公分寬，要買哪一個尺寸？""", att=[('exe', 'size_tool.exe')])
m('zh-Hant', 'kuaimu-important-ganxie', 'reject', 'important,proactive,style', 'gmail', 'utf-8', 'proactive', '[Important] 感謝您的訂購 🙏', """{name} 您好，

非常感謝您選擇檜香木作！希望檜木的香氣能陪伴您每一天 🌿😊

檜香木作""", tld='com.au')
m('zh-Hant', 'huabu-qing-quxiao', 'reject', 'ask', 'outlook', 'big5', 'proactive', '關於您的訂單 {oid}', """{name} 您好，

很抱歉，您選的藍底桐花款已經賣完了，布料要等到明年三月才會再進。

可以請您到 Amazon 訂單頁面自行按「取消訂單」嗎？由您提出取消對我們的帳號比較好，謝謝體諒。

客家花布坊""")
# ---------------------------------------------------------------- ko
m('ko', 'onggi-ems', 'pass', '-', 'gmail', 'euc-kr', 'reply', None, """{name}님, 안녕하세요.

주문하신 옹기 항아리는 11월 18일에 우체국 EMS로 발송되었습니다. 송장번호는 EG123456785KR 이고, 아래에서 조회하실 수 있습니다.
https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE=EG123456785KR

현재 미국 통관 대기 중으로 나오며, 보통 3~5일 안에 도착합니다.

숨결옹기""", quote="""항아리가 아직 안 왔는데 어디쯤 있는지 알 수 있을까요?""", tld='com')
m('ko', 'yugi-important-gakin', 'pass', '-', 'outlook', 'ks_c_5601-1987', 'proactive', '[Important] 각인 문구 확인 부탁드립니다 (주문번호 {oid})', """{name}님, 안녕하세요.

유기 수저 세트에 새길 각인 문구를 확인하고자 연락드립니다.
주문 메모에는 "지우 돌 축하해"라고 적혀 있었습니다.

1. 띄어쓰기를 이대로 할까요?
2. 숟가락과 젓가락 모두에 새길까요, 숟가락에만 새길까요?

답장을 받은 뒤에 각인 작업을 시작하겠습니다.

방짜유기 공방""")
m('ko', 'namu-sikdak-important-baesong', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] 원목 식탁 배송 일정 안내 (주문번호 {oid})', """{name}님, 안녕하세요.

주문하신 원목 식탁은 무게가 45kg인 대형 가구라서 배송 기사님 두 분이 직접 방문해 설치해 드립니다. 그래서 미리 배송 날짜를 정해야 합니다.

가능한 날짜를 골라 주세요.
- 12월 2일 (수) 오전
- 12월 5일 (토) 오후

이 메일에 답장으로 알려 주시면 됩니다.

나무결 가구""")
m('ko', 'nubim-address-hosu', 'pass', '-', 'thunderbird', 'euc-kr', 'proactive', '[Important] 배송지 주소 확인 요청 (주문번호 {oid})', """{name}님, 안녕하세요.

누빔 이불을 보내 드리려고 하는데, 배송지 주소에 아파트 동과 호수가 빠져 있어서 택배사에서 배송이 어렵다고 합니다.

번거로우시겠지만 동, 호수를 답장으로 알려 주시면 바로 발송하겠습니다.

솜누비 침구""")
m('ko', 'jagae-bojeungseo', 'pass', '-', 'plain', 'ks_c_5601-1987', 'reply', None, """{name}님, 안녕하세요.

요청하신 자개 보석함 품질보증서를 PDF로 첨부해 드립니다. 보증 기간은 구매일로부터 1년이며, 주문번호가 보증서에 적혀 있습니다.

자개빛 공예""", quote="""선물용인데 보증서를 따로 받을 수 있나요?""", att=[('pdf', 'warranty-jagae.pdf')])
m('ko', 'buchae-review-hanbeon', 'pass', '-', 'gmail', 'utf-8', 'proactive', '전통 부채는 잘 사용하고 계신가요? (주문번호 {oid})', """{name}님, 안녕하세요.

지난번에 구매하신 합죽선은 잘 받으셨는지요. 괜찮으시다면 아마존 상품 페이지에 리뷰를 남겨 사용해 보신 경험을 나눠 주세요. 좋았던 점이든 아쉬웠던 점이든 다른 고객님들께 도움이 됩니다.

바람결 부채""")
m('ko', 'norigae-chwiso-ok', 'pass', '-', 'outlook', 'euc-kr', 'reply', None, """{name}님, 안녕하세요.

말씀하신 대로 주문({oid})을 취소해 드렸습니다. 아직 발송 전이라 결제 금액은 청구되지 않습니다.

다음에 또 찾아 주세요.

단아 노리개""", quote="""색상을 잘못 골랐어요. 주문 취소해 주실 수 있나요?""")
m('ko', 'namu-byeol-driver', 'pass', '-', 'applemail', 'ks_c_5601-1987', 'reply', None, """{name}님, 안녕하세요.

식탁 다리를 고정하는 나사는 별 모양(토크스 T30) 나사라서 별 드라이버가 필요합니다. 동봉된 육각 렌치로는 돌아가지 않습니다.

그리고 상판 위의 투명 보호 필름은 조립이 끝난 뒤에 제거해 주세요.

나무결 가구""", quote="""다리 나사가 같이 온 공구로 안 돌아가요. 뭘 써야 하나요?""")
# ko rejects
m('ko', 'nubim-review-baesongbi', 'reject', 'review', 'outlook', 'euc-kr', 'proactive', '이불 사용 후기 부탁드려요 (주문번호 {oid})', """{name}님, 안녕하세요.

누빔 이불은 따뜻하게 쓰고 계신가요?
아마존에 사진과 함께 후기를 남겨 주시면 감사의 뜻으로 배송비를 환불해 드리고 있습니다. 작성하신 뒤 이 메일로 알려 주세요.

솜누비 침구""")
m('ko', 'onggi-review-naeyong', 'reject', 'review', 'gmail', 'ks_c_5601-1987', 'proactive', '항아리 후기 작성 안내 (주문번호 {oid})', """{name}님, 안녕하세요.

리뷰를 쓰실 때 "숨 쉬는 항아리"라는 점과 포장이 꼼꼼했다는 점을 꼭 적어 주시면 정말 큰 힘이 됩니다. 사진도 한 장 같이 올려 주시면 더 좋고요.

숨결옹기""")
m('ko', 'norigae-blog', 'reject', 'links,promotion', 'thunderbird', 'utf-8', 'reply', None, """{name}님, 안녕하세요.

노리개 술은 손으로 가볍게 빗어 주시면 엉킴이 풀립니다.

이번 겨울 신상 노리개는 블로그에 먼저 올렸어요. 구경 오세요!
https://blog.naver.com/danah_norigae

단아 노리개""", quote="""노리개 술이 엉켰는데 어떻게 풀어요?""")
m('ko', 'yugi-kakao', 'reject', 'contact', 'plain', 'euc-kr', 'reply', None, """{name}님, 안녕하세요.

광택 관리 방법은 사진으로 보여 드리는 게 빠를 것 같아요. 카카오톡으로 연락 주시면 바로 보내 드릴게요. 아이디는 bangjja_yugi 입니다.

방짜유기 공방""", quote="""수저 색이 좀 변했는데 어떻게 닦아야 하나요?""")
m('ko', 'jagae-gamsa-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', '구매해 주셔서 감사합니다 💝', """{name}님, 안녕하세요!

자개 보석함을 구매해 주셔서 진심으로 감사드립니다 🙏✨
앞으로도 예쁜 작품으로 찾아뵐게요!

자개빛 공예""", att=[('gif', 'thanks.gif')])
m('ko', 'buchae-important-baesongwallyo', 'reject', 'important,proactive', 'outlook', 'ks_c_5601-1987', 'proactive', '[Important] 배송 완료 안내 (주문번호 {oid})', """{name}님, 안녕하세요.

주문하신 합죽선이 배송 완료되었습니다.
이용해 주셔서 감사합니다.

바람결 부채""")
m('ko', 'namu-chwiso-butak', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', '주문 관련 안내 (주문번호 {oid})', """{name}님, 안녕하세요.

정말 죄송하지만 주문하신 월넛 색상 식탁이 재고가 없어 당분간 제작이 어렵습니다.

번거로우시겠지만 아마존 주문 내역에서 직접 취소 요청을 해 주실 수 있을까요? 저희 쪽에서 취소하면 계정에 불이익이 있어서요.

나무결 가구""")
# ---------------------------------------------------------------- de
m('de', 'kaminholz-dpd', 'pass', '-', 'gmail', 'iso-8859-1', 'reply', None, """Hallo {name},

Ihr Kaminbesteck ist am Mittwoch mit DPD rausgegangen. Die Paketnummer lautet 01505012345678, den Status sehen Sie hier:
https://tracking.dpd.de/status/de_DE/parcel/01505012345678

Laut DPD ist die Zustellung für Freitag geplant.

Viele Grüße
Glutwerk Kaminzubehör""", quote="""Guten Tag, wann kommt denn mein Kaminbesteck? Ich habe noch keine Versandbestätigung gesehen.""")
m('de', 'stempelei-important-gravur', 'pass', '-', 'outlook', 'windows-1252', 'proactive', '[Important] Bitte Text für Ihren Holzstempel bestätigen – Bestellung {oid}', """Guten Tag {name},

bevor wir Ihren Adressstempel lasern, möchten wir den Text kurz mit Ihnen abstimmen. In der Bestellnotiz steht:

„Familie Brückner · Am Lindenhof 4“

Soll der Punkt zwischen Name und Straße so bleiben, oder lieber zwei Zeilen? Wir fangen erst an, wenn Sie uns geantwortet haben.

Freundliche Grüße
Stempelei Kranich""")
m('de', 'saunaholz-important-anlieferung', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Liefertermin für Ihre Fasssauna – Bestellung {oid}', """Hallo {name},

Ihre Fasssauna wird per Spedition auf zwei Paletten (ca. 420 kg) geliefert. Die Spedition braucht einen festen Termin und einen Platz, an dem der LKW entladen kann.

Passen Ihnen diese Tage?
- Dienstag, 8. Dezember, vormittags
- Freitag, 11. Dezember, ganztägig

Bitte antworten Sie einfach auf diese Nachricht.

Beste Grüße
Nordlicht Saunabau""")
m('de', 'lodenwerk-address-hausnummer', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive', 'Problem mit Ihrer Lieferadresse – Bestellung {oid} [Important]', """Hallo {name},

wir wollten Ihren Lodenmantel heute verschicken, aber DHL lehnt die Lieferadresse ab: Bei der Straße fehlt die Hausnummer.

Könnten Sie uns die vollständige Adresse (mit Hausnummer und ggf. Hinterhaus) als Antwort schicken? Dann geht das Paket noch am selben Tag raus.

Viele Grüße
Lodenwerk Tirolerhof""")
m('de', 'glutwerk-rechnung', 'pass', '-', 'plain', 'iso-8859-1', 'reply', None, """Hallo {name},

anbei Ihre Rechnung mit ausgewiesener Mehrwertsteuer als PDF, ausgestellt auf den Firmennamen aus Ihrer Nachricht.

Viele Grüße
Glutwerk Kaminzubehör""", quote="""Ich brauche für die Firma eine Rechnung mit MwSt. auf "Schreinerei Vogt GmbH". Geht das?""", att=[('pdf', 'Rechnung-GW-26-1187.pdf')])
m('de', 'stempelei-bewertung-einmal', 'pass', '-', 'gmail', 'windows-1252', 'proactive', 'Ihr Holzstempel – Bestellung {oid}', """Hallo {name},

Ihr Stempel ist inzwischen hoffentlich gut im Einsatz. Wenn Sie mögen, teilen Sie Ihre Erfahrung mit dem Stempel gern in einer Produktbewertung auf Amazon – egal, wie sie ausgefallen ist. Das hilft anderen Kunden bei der Auswahl.

Freundliche Grüße
Stempelei Kranich""")
m('de', 'nordlicht-storno-bestaetigt', 'pass', '-', 'outlook', 'iso-8859-15', 'reply', None, """Hallo {name},

wie gewünscht haben wir Ihre Bestellung storniert. Die Saunaleuchte war noch nicht verschickt, Ihnen wird also nichts berechnet.

Beste Grüße
Nordlicht Saunabau""", quote="""Bitte stornieren Sie meine Bestellung, ich habe die Leuchte doppelt bestellt.""")
m('de', 'lodenwerk-torx-folie', 'pass', '-', 'applemail', 'utf-8', 'reply', None, """Hallo {name},

die Schrauben der Garderobenleiste haben einen Torx-Kopf (Sternschraubendreher T20), deshalb passt der Kreuzschlitz nicht.

Und bitte die Schutzfolie von der Messingleiste abziehen, bevor Sie sie montieren – sonst bleiben Kleberreste unter den Haken.

Viele Grüße
Lodenwerk Tirolerhof""", quote="""Die mitgelieferten Schrauben lassen sich mit meinem Schraubenzieher nicht eindrehen. Was brauche ich?""")
# de rejects
m('de', 'glutwerk-gutschein-bewertung', 'reject', 'review', 'thunderbird', 'iso-8859-1', 'proactive', 'Kurze Frage zu Ihrem Kaminbesteck ({oid})', """Hallo {name},

wir hoffen, das Kaminbesteck macht sich gut am Ofen. Falls Sie ein paar Zeilen auf Amazon dazu schreiben, schicken Sie uns einfach kurz Bescheid, dann bekommen Sie von uns einen 10-Euro-Gutschein als Dankeschön.

Viele Grüße
Glutwerk Kaminzubehör""")
m('de', 'nordlicht-bewertung-anpassen', 'reject', 'review', 'gmail', 'windows-1252', 'reply', None, """Hallo {name},

schön, dass das neue Thermometer jetzt passt und alles funktioniert!

Dürften wir Sie noch um etwas bitten? Ihre Bewertung mit einem Stern steht ja noch online. Wenn Sie die jetzt, wo alles geklärt ist, anpassen könnten, wären wir Ihnen sehr dankbar – für uns als kleiner Betrieb zählt jeder Stern.

Beste Grüße
Nordlicht Saunabau""", quote="""Das Ersatzthermometer ist da und passt. Danke.""")
m('de', 'lodenwerk-eigenshop', 'reject', 'links,promotion', 'outlook', 'iso-8859-15', 'reply', None, """Hallo {name},

der Mantel fällt normal aus, bei 1,80 m und Größe 50 passt die 50.

Übrigens: Im eigenen Onlineshop haben wir gerade den Winterschlussverkauf, dort gibt es auch die passenden Hüte: https://www.lodenwerk-tirol.example/sale

Viele Grüße
Lodenwerk Tirolerhof""", quote="""Fällt der Mantel groß aus? Ich bin 1,80 und trage meist 50.""")
m('de', 'stempelei-telefon-ausgeschrieben', 'reject', 'contact', 'plain', 'iso-8859-1', 'reply', None, """Hallo {name},

das Motiv können wir besser am Telefon besprechen. Rufen Sie gern an: null drei null, vier vier fünf, sechs zwo eins acht. Ab 9 Uhr bin ich in der Werkstatt.

Freundliche Grüße
Stempelei Kranich""", quote="""Kann ich auch ein eigenes Logo als Stempel machen lassen?""")
m('de', 'saunaholz-png-prospekt', 'reject', 'attachment,promotion', 'applemail', 'utf-8', 'proactive', 'Neues für Ihren Saunagarten', """Hallo {name},

danke nochmal für Ihre Bestellung {oid}! Im Anhang finden Sie unseren Prospekt mit den neuen Saunaöfen und Ruheliegen – bis Jahresende mit 15 % Nachlass für Bestandskunden.

Beste Grüße
Nordlicht Saunabau""", att=[('png', 'Prospekt-Winter-2026.png')])
m('de', 'glutwerk-important-versendet', 'reject', 'important,proactive,style', 'gmail', 'utf-8', 'proactive', '[Important] Ihr Paket ist unterwegs 🔥', """Hallo {name},

gute Nachrichten: Ihr Kaminbesteck ist verpackt und heute an DPD übergeben worden 🚚🔥

Viele Grüße
Glutwerk Kaminzubehör""")
m('de', 'lodenwerk-bitte-stornieren', 'reject', 'ask', 'outlook', 'windows-1252', 'proactive', 'Ihre Bestellung {oid}', """Guten Tag {name},

leider ist uns beim Zuschneiden aufgefallen, dass der Stoff für Ihren Mantel in Dunkelgrün nicht mehr reicht. Neuer Loden kommt erst im Februar.

Wäre es möglich, dass Sie die Bestellung über Ihr Amazon-Konto selbst stornieren? Das wäre für uns einfacher. Vielen Dank für Ihr Verständnis.

Freundliche Grüße
Lodenwerk Tirolerhof""")
# ---------------------------------------------------------------- es
m('es', 'jamoneros-correos', 'pass', '-', 'gmail', 'iso-8859-1', 'reply', None, """Hola {name}:

Su jamonero salió el miércoles por Correos Paq Premium. Puede seguir el envío aquí:
https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0712345670128001M

Según Correos, está en reparto en su ciudad y debería llegar mañana.

Un saludo,
Jamoneros Sierra Norte""", quote="""Buenas, ¿me pueden decir si ya han enviado el jamonero? No me ha llegado ningún aviso.""", tld='es')
m('es', 'azulejos-important-texto', 'pass', '-', 'outlook', 'windows-1252', 'proactive', '[Important] Confirme el texto de su azulejo – pedido {oid}', """Hola {name}:

Antes de pintar y hornear su azulejo personalizado, necesitamos confirmar el texto. En la nota del pedido aparece:

“Casa Lola – desde 1987”

¿Lo dejamos con el guion o prefiere dos líneas? Y el color del texto, ¿azul cobalto o amarillo? No empezaremos hasta recibir su respuesta.

Saludos,
Azulejos del Tajo""")
m('es', 'pellets-important-entrega', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Cita de entrega de su estufa de pellets – pedido {oid}', """Hola {name}:

Su estufa de pellets pesa unos 110 kg y la entrega la hace una agencia de transporte con plataforma elevadora, por lo que hay que concertar el día.

¿Le viene bien alguna de estas fechas?
- martes 1 de diciembre, por la mañana
- jueves 3 de diciembre, por la tarde

Responda a este mensaje con la que prefiera.

Un saludo,
Calor de Pellet""")
m('es', 'abanicos-direccion-interior', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive', '[Important] Falta el número interior en su dirección de envío – pedido {oid}', """Hola {name}:

Estamos por enviar sus abanicos pintados, pero la paquetería nos avisa que en la dirección de envío falta el número interior del departamento y no pueden entregar sin él.

¿Nos confirma el número interior y, si aplica, la torre? En cuanto lo tengamos lo mandamos.

Saludos,
Abanicos Lucero""", tld='com.mx')
m('es', 'alforjas-factura', 'pass', '-', 'plain', 'iso-8859-1', 'reply', None, """Hola {name}:

Le adjunto la factura en PDF a nombre de la empresa que nos indicó, con el IVA desglosado.

Un saludo,
Alforjas Camino""", quote="""Necesito factura a nombre de mi empresa para este pedido. ¿Es posible?""", att=[('pdf', 'Factura-AC-2026-0914.pdf')], tld='es')
m('es', 'alforjas-resena-una', 'pass', '-', 'gmail', 'windows-1252', 'proactive', 'Sus alforjas – pedido {oid}', """Hola {name}:

Esperamos que las alforjas ya le hayan acompañado en alguna salida. Si le apetece, puede compartir su experiencia escribiendo una reseña del producto en Amazon, sea cual sea su opinión. Ayuda mucho a otros ciclistas.

Un saludo,
Alforjas Camino""")
m('es', 'cejillas-cancelado', 'pass', '-', 'outlook', 'iso-8859-15', 'reply', None, """Hola {name}:

Hemos cancelado el pedido tal como nos pidió. La cejilla no había salido todavía, así que no se le cobrará nada.

Saludos,
Guitarrería Ruiz""", quote="""Por favor, cancelen mi pedido, me equivoqué de modelo.""")
m('es', 'jamoneros-estrella-film', 'pass', '-', 'applemail', 'utf-8', 'reply', None, """Hola {name}:

Los tornillos de la base llevan cabeza de estrella (Torx T25), por eso no entra el destornillador plano. Con un destornillador de estrella T25 se aprietan sin problema.

Retire también el film protector de la tabla antes de montarla. Revisamos las fotos que nos mandó y la pieza está bien, solo faltaba la herramienta.

Un saludo,
Jamoneros Sierra Norte""", quote="""No consigo apretar los tornillos de la base, le mando fotos. ¿Falta alguna pieza?""", wrap=True)
# es rejects
m('es', 'alforjas-envio-gratis-resena', 'reject', 'review', 'thunderbird', 'iso-8859-1', 'proactive', 'Una pregunta sobre sus alforjas ({oid})', """Hola {name}:

Si nos deja unas palabras en Amazon sobre las alforjas, respóndanos a este correo cuando esté publicada y le devolvemos lo que pagó de envío. Es nuestra forma de darle las gracias.

Un saludo,
Alforjas Camino""")
m('es', 'pellets-borrar-resena', 'reject', 'review', 'gmail', 'utf-8', 'reply', None, """Hola {name}:

Nos alegra mucho que el técnico dejara la estufa funcionando perfectamente.

Ya que todo se ha solucionado, ¿sería tan amable de borrar la reseña de una estrella que puso la semana pasada? Nos está haciendo bastante daño y creemos que ya no refleja lo que pasó.

Un saludo,
Calor de Pellet""", quote="""El técnico vino ayer y la estufa ya funciona. Gracias.""")
m('es', 'azulejos-web-propia', 'reject', 'links,promotion', 'outlook', 'windows-1252', 'reply', None, """Hola {name}:

Sí, podemos hacer el azulejo en tamaño 20x20.

Tenemos muchos más diseños y números de casa en nuestra web, con un 10 % de descuento este mes: www.azulejosdeltajo.example/numeros

Saludos,
Azulejos del Tajo""", quote="""¿Hacéis el azulejo en tamaño 20x20?""")
m('es', 'cejillas-correo-arroba', 'reject', 'contact', 'plain', 'iso-8859-15', 'reply', None, """Hola {name}:

Para ver qué cejilla le va mejor necesito fotos del mástil. Mándemelas a guitarreria.ruiz arroba gmail punto com y le digo.

Saludos,
Guitarrería Ruiz""", quote="""¿Esta cejilla sirve para una guitarra flamenca con mástil ancho?""")
m('es', 'abanicos-gracias-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', '¡Gracias por su compra!', """Hola {name}:

¡Muchísimas gracias por su compra! Esperamos que disfrute mucho de sus abanicos 💃

Saludos,
Abanicos Lucero""", att=[('gif', 'gracias.gif')], tld='com.mx')
m('es', 'botijos-important-enviado', 'reject', 'important,proactive', 'outlook', 'iso-8859-1', 'proactive', '[Important] Su pedido {oid} ha sido enviado', """Hola {name}:

Le informamos de que su botijo ya ha salido de nuestro taller y está en camino.

Un saludo,
Alfarería La Rambla""")
m('es', 'jamoneros-cancelar-usted', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', 'Sobre su pedido {oid}', """Hola {name}:

Lo sentimos mucho, pero el jamonero giratorio que pidió se ha agotado y el proveedor no nos lo sirve hasta enero.

¿Podría entrar en su cuenta de Amazon y solicitar usted la cancelación del pedido? Así nos ayuda a no tener penalizaciones. Gracias por su comprensión.

Un saludo,
Jamoneros Sierra Norte""")
# ---------------------------------------------------------------- fr
m('fr', 'berets-colissimo', 'pass', '-', 'gmail', 'iso-8859-15', 'reply', None, """Bonjour {name},

Votre béret est parti mercredi en Colissimo. Voici le lien de suivi :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A23456789012

La Poste indique une livraison prévue vendredi.

Bien cordialement,
Bérets d'Oloron""", quote="""Bonjour, mon béret a-t-il été expédié ? Je n'ai pas reçu de nouvelles.""", tld='fr')
m('fr', 'laguiole-important-gravure', 'pass', '-', 'outlook', 'windows-1252', 'proactive', '[Important] Texte de gravure pour votre couteau – commande {oid}', """Bonjour {name},

Avant de graver la lame de votre couteau, nous souhaitons vérifier le texte indiqué dans votre commande :

« Pour Étienne – 60 ans »

Faut-il garder le tiret, ou préférez-vous le texte sur deux lignes ? Nous attendons votre réponse pour lancer la gravure.

Bien à vous,
Coutellerie du Plateau""")
m('fr', 'armoires-important-livraison', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Rendez-vous de livraison pour votre armoire – commande {oid}', """Bonjour {name},

Votre armoire en chêne (environ 95 kg, livrée montée) sera livrée par un transporteur à deux personnes. Il faut donc fixer un rendez-vous.

Quel créneau vous convient ?
- mardi 1er décembre, matin
- jeudi 3 décembre, après-midi

Merci de nous répondre directement à ce message.

Cordialement,
Armoires de Normandie""")
m('fr', 'moulins-adresse-boite', 'pass', '-', 'thunderbird', 'iso-8859-1', 'proactive', '[Important] Adresse de livraison incomplète – commande {oid}', """Bonjour {name},

Nous allons expédier votre moulin à poivre, mais bpost nous signale que le numéro de boîte manque dans l'adresse de livraison. Sans lui, le colis risque de revenir.

Pourriez-vous nous répondre avec le numéro de boîte complet ? Nous expédierons le jour même.

Bien cordialement,
Moulins Pelletier""", tld='com.be')
m('fr', 'confitures-facture', 'pass', '-', 'plain', 'iso-8859-15', 'reply', None, """Bonjour {name},

Vous trouverez ci-joint la facture en PDF au nom de votre entreprise, avec les taxes détaillées.

Bonne journée,
Confitures de la Vallée""", quote="""Bonjour, pouvez-vous m'envoyer une facture au nom de mon entreprise pour ces pots cadeaux ?""", att=[('pdf', 'Facture-CV-1142.pdf')], tld='ca')
m('fr', 'berets-avis-unique', 'pass', '-', 'gmail', 'iso-8859-1', 'proactive', 'Votre béret – commande {oid}', """Bonjour {name},

Nous espérons que votre béret vous tient bien chaud. Si vous le souhaitez, vous pouvez partager votre expérience en laissant un commentaire sur la page du produit sur Amazon, qu'elle soit bonne ou moins bonne. Cela aide les autres clients.

Bien cordialement,
Bérets d'Oloron""")
m('fr', 'moulins-tournevis-etoile', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """Bonjour {name},

La vis du mécanisme se règle avec un tournevis étoile (Torx T10), c'est pour cela que le tournevis plat glisse.

Pensez aussi à retirer le film protecteur du bouton en laiton avant de régler la mouture.

Cordialement,
Moulins Pelletier""", quote="""Impossible de régler la mouture, la petite vis ne tourne pas avec mes outils.""", tld='com.be')
m('fr', 'armoires-remboursement-partiel', 'pass', '-', 'applemail', 'windows-1252', 'reply', None, """Bonjour {name},

Nous avons bien examiné vos photos : la rayure sur la porte gauche vient du transport. Comme vous préférez garder l’armoire, nous vous avons remboursé 80 € sur votre commande. Le remboursement apparaîtra sous quelques jours.

Toutes nos excuses pour ce désagrément,
Armoires de Normandie""", quote="""L'armoire est arrivée avec une rayure sur la porte. Je veux bien la garder mais ce n'est pas normal.""", wrap=True, tld='fr')
# fr rejects
m('fr', 'laguiole-etui-offert', 'reject', 'review', 'thunderbird', 'iso-8859-15', 'proactive', 'Votre couteau vous plaît ? ({oid})', """Bonjour {name},

Une petite attention : si vous prenez le temps de donner votre avis sur Amazon, nous vous enverrons un étui en cuir pour votre couteau, offert. Il suffit de nous prévenir en répondant à ce message.

Bien à vous,
Coutellerie du Plateau""")
m('fr', 'confitures-si-ravi', 'reject', 'review', 'gmail', 'utf-8', 'proactive', 'Vos confitures – commande {oid}', """Bonjour {name},

Si nos confitures vous ont régalé, un petit avis sur Amazon nous ferait très plaisir. Et si quelque chose vous a déçu, écrivez-nous d'abord ici plutôt que sur la page, on trouvera une solution ensemble.

Bonne journée,
Confitures de la Vallée""", tld='ca')
m('fr', 'berets-facebook-lien', 'reject', 'links,promotion', 'outlook', 'windows-1252', 'reply', None, """Bonjour {name},

Le béret taille 57 correspond à un tour de tête de 57 cm.

Pour les nouvelles couleurs de l’hiver et nos ventes privées, suivez notre page : https://www.facebook.com/beretsoloron.atelier

Bien cordialement,
Bérets d'Oloron""", quote="""Quelle taille prendre pour un tour de tête de 57 cm ?""")
m('fr', 'moulins-tel-en-lettres', 'reject', 'contact', 'plain', 'iso-8859-1', 'reply', None, """Bonjour {name},

Le plus simple est de m'appeler, je vous explique en deux minutes : zéro quatre, soixante-dix-sept, douze, quarante-huit, trente. Je suis à l'atelier tous les matins.

Cordialement,
Moulins Pelletier""", quote="""Le mécanisme fait un bruit bizarre quand je tourne, est-ce normal ?""", tld='fr')
m('fr', 'armoires-configurateur-zip', 'reject', 'attachment', 'applemail', 'utf-8', 'reply', None, """Bonjour {name},

Pour choisir la teinte, le plus simple est d'utiliser notre configurateur : décompressez le fichier joint et lancez setup.exe, vous verrez l'armoire dans toutes les finitions.

Cordialement,
Armoires de Normandie""", quote="""Avez-vous des photos de l'armoire en chêne clair ?""", att=[('zipexe', 'configurateur-armoire.zip')])
m('fr', 'confitures-important-merci', 'reject', 'important,proactive,style', 'gmail', 'utf-8', 'proactive', '[Important] Merci pour votre commande 🍓', """Bonjour {name},

Merci mille fois pour votre commande ! Toute l'équipe de la Vallée vous souhaite une belle dégustation 🍓🍑

Confitures de la Vallée""", tld='ca')
m('fr', 'laguiole-annuler-svp', 'reject', 'ask', 'outlook', 'iso-8859-15', 'proactive', 'Votre commande {oid}', """Bonjour {name},

Nous sommes désolés : le manche en corne que vous avez choisi est en rupture, notre fournisseur ne livre pas avant février.

Pourriez-vous annuler la commande vous-même depuis votre compte Amazon ? Cela nous évite une pénalité. Merci beaucoup de votre compréhension.

Bien à vous,
Coutellerie du Plateau""")
# ---------------------------------------------------------------- it
m('it', 'moka-brt', 'pass', '-', 'gmail', 'iso-8859-1', 'reply', None, """Buongiorno {name},

la sua moka è partita mercoledì con BRT. Può seguire la spedizione qui:
https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=068123456789

Il corriere indica la consegna per venerdì.

Cordiali saluti,
Caffettiere Bianchi""", quote="""Salve, la moka è già stata spedita? Non ho ricevuto nessun aggiornamento.""")
m('it', 'bomboniere-important-nomi', 'pass', '-', 'outlook', 'windows-1252', 'proactive', '[Important] Conferma nomi e data sulle bomboniere – ordine {oid}', """Gentile {name},

prima di stampare i bigliettini delle sue 60 bomboniere vorremmo confermare il testo che ci ha indicato:

“Anna e Luca – 12 giugno 2027”

Va bene con il trattino o preferisce la data sotto i nomi? Iniziamo la lavorazione solo dopo la sua risposta.

Un caro saluto,
Bomboniere Sofia""")
m('it', 'credenze-important-consegna', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Appuntamento per la consegna della credenza – ordine {oid}', """Gentile {name},

la sua credenza in noce pesa circa 80 kg e viene consegnata da un corriere con due operatori, quindi serve fissare un appuntamento.

Quale data preferisce?
- martedì 1 dicembre, mattina
- venerdì 4 dicembre, pomeriggio

Ci risponda pure a questo messaggio.

Cordiali saluti,
Mobili Antichi Ferraro""")
m('it', 'murano-indirizzo-interno', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive', '[Important] Manca la scala e l\'interno nell\'indirizzo – ordine {oid}', """Gentile {name},

stiamo per spedire la sua lampada, ma il corriere ci segnala che nell'indirizzo di consegna mancano la scala e il numero dell'interno. Senza questi dati il pacco potrebbe tornare indietro.

Può risponderci con scala e interno? Spediamo in giornata.

Cordiali saluti,
Vetreria Murano Zanetti""")
m('it', 'chitarra-istruzioni', 'pass', '-', 'plain', 'iso-8859-1', 'reply', None, """Buongiorno {name},

le allego il foglio di istruzioni in PDF. In breve: le corde vanno tese girando le chiavette fino a quando non "suonano", e la sfoglia va appoggiata già tirata e leggermente infarinata.

Prima del primo uso lavi il telaio solo con un panno asciutto, mai in lavastoviglie.

Buon appetito,
Pasta di Casa Abruzzo""", quote="""Ho ricevuto la chitarra per la pasta ma le corde sembrano lente. Ci sono istruzioni?""", att=[('pdf', 'istruzioni-chitarra.pdf')])
m('it', 'presepe-recensione-una', 'pass', '-', 'gmail', 'windows-1252', 'proactive', 'Le statuine del presepe – ordine {oid}', """Gentile {name},

speriamo che le statuine abbiano trovato posto nel suo presepe. Se le va, può condividere la sua esperienza lasciando una recensione del prodotto su Amazon, qualunque essa sia: aiuta altri clienti a scegliere.

Cordiali saluti,
Presepi di San Gregorio""")
m('it', 'pelletteria-annullato', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """Gentile {name},

come richiesto abbiamo annullato l'ordine {oid}. La borsa non era ancora partita, quindi non le verrà addebitato nulla.

Cordiali saluti,
Pelletteria Arno""", quote="""Vorrei annullare l'ordine, ho scelto il colore sbagliato.""")
m('it', 'credenze-cacciavite-stella', 'pass', '-', 'applemail', 'iso-8859-15', 'reply', None, """Gentile {name},

abbiamo esaminato le foto che ci ha mandato: le viti delle cerniere hanno la testa a stella (Torx T20), per questo il cacciavite a croce non fa presa. Con un cacciavite a stella T20 si regolano in un attimo.

Tolga anche la pellicola protettiva dai pomelli in ottone prima di montarli.

Cordiali saluti,
Mobili Antichi Ferraro""", quote="""L'anta di destra non si chiude bene e non riesco a girare le viti delle cerniere. Le mando le foto.""", wrap=True)
# it rejects
m('it', 'moka-caffe-omaggio', 'reject', 'review', 'thunderbird', 'iso-8859-1', 'proactive', 'Come va con la sua moka? ({oid})', """Buongiorno {name},

se ha un minuto per lasciare una recensione su Amazon, ci scriva quando l'ha pubblicata: le spediamo in omaggio un pacco di caffè macinato per la moka. Un piccolo grazie da parte nostra.

Cordiali saluti,
Caffettiere Bianchi""")
m('it', 'presepe-secondo-promemoria', 'reject', 'review', 'plain', 'windows-1252', 'proactive', 'Ancora sulle statuine – ordine {oid}', """Gentile {name},

le avevamo già scritto qualche giorno fa per chiederle una recensione, ma forse il messaggio si è perso tra le altre email. Ci permettiamo di ricordarglielo: anche due righe su Amazon per noi fanno una grande differenza.

Cordiali saluti,
Presepi di San Gregorio""")
m('it', 'pelletteria-sito-saldi', 'reject', 'links,promotion', 'gmail', 'utf-8', 'reply', None, """Gentile {name},

la tracolla è regolabile da 100 a 130 cm.

Sul nostro sito trova anche i portafogli abbinati, con i saldi di fine anno: https://www.pelletteria-arno.example/saldi-inverno

Cordiali saluti,
Pelletteria Arno""", quote="""Di quanto si può allungare la tracolla?""")
m('it', 'chitarra-whatsapp', 'reject', 'contact', 'outlook', 'iso-8859-15', 'reply', None, """Buongiorno {name},

per la tensione delle corde è più facile se le mando un video. Mi scriva su WhatsApp al tre quattro sette, uno due due, otto nove zero cinque, sono Franco.

Buon appetito,
Pasta di Casa Abruzzo""", quote="""Come si tendono le corde della chitarra? Non sono sicura di farlo bene.""")
m('it', 'murano-grazie-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', 'Grazie di cuore! ✨', """Gentile {name},

grazie di cuore per aver scelto la nostra lampada in vetro di Murano 💙 Speriamo che illumini le sue serate!

Vetreria Murano Zanetti""", inline_gif=True)
m('it', 'bomboniere-important-consegnato', 'reject', 'important,proactive', 'outlook', 'iso-8859-1', 'proactive', '[Important] Ordine {oid} consegnato', """Gentile {name},

il suo ordine risulta consegnato. Grazie per averci scelto.

Un caro saluto,
Bomboniere Sofia""")
m('it', 'credenze-annulli-lei', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', 'Il suo ordine {oid}', """Gentile {name},

purtroppo la credenza in noce che ha ordinato è stata venduta in negozio la stessa mattina e non ne abbiamo altre fino a marzo.

Potrebbe gentilmente annullare lei l'ordine dal suo account Amazon? Per noi è meglio così. La ringraziamo della comprensione.

Cordiali saluti,
Mobili Antichi Ferraro""")
# ---------------------------------------------------------------- nl
m('nl', 'wafelijzer-postnl', 'pass', '-', 'gmail', 'iso-8859-1', 'reply', None, """Hoi {name},

Je stroopwafelijzer is woensdag met PostNL verstuurd. Je kunt het pakket hier volgen:
https://jouw.postnl.nl/track-and-trace/3SDEVC123456789-NL-2511CV

Volgens PostNL wordt het morgen tussen 14:00 en 16:30 bezorgd.

Groetjes,
Wafelhuis Gouda""", quote="""Hallo, is mijn wafelijzer al onderweg? Ik zie nog niks in mijn bestelling.""", tld='nl')
m('nl', 'klompen-important-naam', 'pass', '-', 'outlook', 'windows-1252', 'proactive', '[Important] Naam op uw klompen controleren – bestelling {oid}', """Beste {name},

Voordat we de naam op de klompjes schilderen, willen we de tekst even met u checken. In de bestelling staat:

“Noor – 2026”

Klopt dit zo, met het streepje? En wilt u de letters in rood of in blauw? We beginnen pas als we uw antwoord hebben.

Met vriendelijke groet,
Klompenmakerij Zaanstreek""")
m('nl', 'bakfiets-important-bezorging', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Bezorgafspraak voor uw bakfiets – bestelling {oid}', """Beste {name},

Uw bakfiets (62 kg, grotendeels gemonteerd) wordt door een koerier met twee personen bezorgd. Daarvoor moeten we een afspraak maken.

Welke dag past u het best?
- dinsdag 1 december, ochtend
- donderdag 3 december, middag

Laat het ons weten door op dit bericht te antwoorden.

Met vriendelijke groet,
Bakfietsen Vondel""")
m('nl', 'tulpen-adres-bus', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive', '[Important] Busnummer ontbreekt in uw adres – bestelling {oid}', """Beste {name},

We willen uw tulpenbollen versturen, maar bpost meldt dat het busnummer ontbreekt in het leveringsadres. Zonder busnummer kan het pakket terugkomen.

Kunt u ons het volledige adres met busnummer laten weten? Dan verzenden we dezelfde dag nog.

Met vriendelijke groet,
Bollenkwekerij De Zilk""", tld='com.be')
m('nl', 'wandplank-factuur', 'pass', '-', 'plain', 'iso-8859-1', 'reply', None, """Beste {name},

In de bijlage vindt u de factuur als PDF, op naam van uw bedrijf en met de btw apart vermeld.

Met vriendelijke groet,
Eikenhout Atelier Veluwe""", quote="""Kan ik een factuur op naam van mijn bedrijf krijgen voor de wandplanken?""", att=[('pdf', 'Factuur-EAV-2026-377.pdf')])
m('nl', 'sokken-review-eenmalig', 'pass', '-', 'gmail', 'windows-1252', 'proactive', 'Uw wollen sokken – bestelling {oid}', """Beste {name},

We hopen dat de wollen sokken u warm houden. Als u wilt, kunt u uw ervaring delen door een productreview op Amazon te schrijven, hoe die ervaring ook was. Andere klanten hebben daar veel aan.

Met vriendelijke groet,
Wolhuisje Texel""")
m('nl', 'wafelijzer-terugbetaald', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """Beste {name},

We hebben uw retour bekeken en de thermostaat van het wafelijzer was inderdaad defect. Het volledige bedrag van € 54,95 is vandaag teruggestort; u ziet het binnen een paar werkdagen op uw rekening.

Excuses voor het ongemak,
Wafelhuis Gouda""", quote="""Het wafelijzer wordt veel te heet en de wafels verbranden. Ik heb het teruggestuurd zoals afgesproken.""")
m('nl', 'wandplank-torx-folie', 'pass', '-', 'applemail', 'iso-8859-15', 'reply', None, """Beste {name},

De schroeven van de ophangbeugels hebben een torxkop, dus u heeft een sterschroevendraaier (T25) nodig. Met een kruiskop lukt het niet.

Verwijder ook de beschermfolie van de zwarte beugels voordat u ze op de muur zet.

Met vriendelijke groet,
Eikenhout Atelier Veluwe""", quote="""Welke schroevendraaier heb ik nodig voor de beugels? Mijn kruiskop past niet.""")
# nl rejects
m('nl', 'tulpen-gratis-bollen', 'reject', 'review', 'thunderbird', 'iso-8859-1', 'proactive', 'Hoe staan uw tulpen erbij? ({oid})', """Beste {name},

Als u een review op Amazon plaatst over de bollen, stuur ons dan even een berichtje. Dan doen we in het voorjaar tien gratis narcisbollen bij uw volgende pakket, als bedankje.

Met vriendelijke groet,
Bollenkwekerij De Zilk""", tld='com.be')
m('nl', 'bakfiets-wat-noemen', 'reject', 'review', 'gmail', 'utf-8', 'proactive', 'Uw bakfiets – bestelling {oid}', """Beste {name},

Mocht u een review schrijven, zou u dan willen noemen dat de bak ruim genoeg is voor drie kinderen en dat de montage makkelijk ging? Dat zijn precies de dingen waar andere ouders naar zoeken.

Met vriendelijke groet,
Bakfietsen Vondel""")
m('nl', 'klompen-marktplaats', 'reject', 'contact,promotion', 'outlook', 'windows-1252', 'reply', None, """Beste {name},

De klompen vallen normaal qua maat, dus neem uw gewone schoenmaat.

Kinderklompen hebben we hier niet staan, maar op Marktplaats wel: zoek daar op “Klompenmakerij Zaanstreek”. Daar zijn ze ook een paar euro goedkoper.

Met vriendelijke groet,
Klompenmakerij Zaanstreek""", quote="""Welke maat moet ik nemen? En hebben jullie ook kinderklompen?""")
m('nl', 'sokken-insta-handle', 'reject', 'contact', 'plain', 'iso-8859-15', 'reply', None, """Beste {name},

Een foto van de kleurverschillen kan ik hier niet goed laten zien. Stuur me een DM op Instagram, @wolhuisje.texel, dan stuur ik er meteen een paar.

Met vriendelijke groet,
Wolhuisje Texel""", quote="""Is de grijze kleur licht of donker grijs?""")
m('nl', 'wafelijzer-recepten-zip', 'reject', 'attachment,promotion', 'applemail', 'utf-8', 'proactive', 'Recepten en nieuws van Wafelhuis Gouda', """Beste {name},

Bedankt voor uw bestelling {oid}. In de zip vindt u ons receptenboekje en de nieuwe producten voor het voorjaar, met kortingscode WAFEL10 voor uw volgende aankoop.

Groetjes,
Wafelhuis Gouda""", att=[('zip', 'wafelhuis-recepten-voorjaar.zip')])
m('nl', 'wandplank-important-verzonden', 'reject', 'important,proactive,style', 'gmail', 'utf-8', 'proactive', '[Important] Uw wandplank is verzonden 📦', """Beste {name},

Goed nieuws! Uw eiken wandplank is vandaag verzonden 📦😊

Met vriendelijke groet,
Eikenhout Atelier Veluwe""")
m('nl', 'bakfiets-annuleren-svp', 'reject', 'ask', 'outlook', 'iso-8859-1', 'proactive', 'Uw bestelling {oid}', """Beste {name},

Het spijt ons, maar de groene bakfiets die u bestelde is uitverkocht en de fabriek levert pas weer in maart.

Zou u de bestelling zelf willen annuleren via uw Amazon-account? Dat is voor ons account beter. Alvast bedankt voor uw begrip.

Met vriendelijke groet,
Bakfietsen Vondel""")
# ---------------------------------------------------------------- pl
m('pl', 'mlynki-inpost', 'pass', '-', 'gmail', 'iso-8859-2', 'reply', None, """Dzień dobry {name},

młynek wysłaliśmy w środę przez InPost do wybranego paczkomatu. Status przesyłki można sprawdzić tutaj:
https://inpost.pl/sledzenie-przesylek?number=620123456789012345678901

Według InPost paczka będzie w paczkomacie jutro rano.

Pozdrawiam,
Młynki Kowalczyk""", quote="""Dzień dobry, czy młynek został już wysłany? Nie dostałem jeszcze kodu odbioru.""")
m('pl', 'boleslawiec-important-imie', 'pass', '-', 'outlook', 'windows-1250', 'proactive', '[Important] Prosimy o potwierdzenie imienia na kubku – zamówienie {oid}', """Dzień dobry {name},

zanim wypalimy kubek z imieniem, chcemy potwierdzić napis. W uwagach do zamówienia jest:

„Zosia – 1 rok”

Czy tak ma zostać, z myślnikiem? I czy napis ma być granatowy, czy zielony? Zaczniemy dopiero po Pani odpowiedzi.

Pozdrawiamy,
Ceramika Bolesławiec Nowak""")
m('pl', 'szafy-important-dostawa', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Termin dostawy szafy – zamówienie {oid}', """Dzień dobry {name},

szafa dębowa waży ok. 110 kg i dostarcza ją firma transportowa z dwoma pracownikami, dlatego musimy ustalić termin.

Który dzień Panu odpowiada?
- wtorek 1 grudnia, przed południem
- czwartek 3 grudnia, po południu

Wystarczy odpisać na tę wiadomość.

Pozdrawiam,
Meble Dębowe Zając""")
m('pl', 'posciel-adres-lokal', 'pass', '-', 'thunderbird', 'iso-8859-2', 'proactive', '[Important] Brak numeru mieszkania w adresie – zamówienie {oid}', """Dzień dobry {name},

chcemy wysłać pościel lnianą, ale kurier zgłosił, że w adresie dostawy brakuje numeru mieszkania. Bez niego paczka może wrócić.

Prosimy o odpowiedź z pełnym adresem, wyślemy jeszcze tego samego dnia.

Pozdrawiamy,
Len i Lawenda""")
m('pl', 'sanki-faktura', 'pass', '-', 'plain', 'windows-1250', 'reply', None, """Dzień dobry {name},

w załączniku przesyłam fakturę VAT w PDF, wystawioną na firmę podaną w wiadomości.

Pozdrawiam,
Sanki Góralskie""", quote="""Poproszę fakturę na firmę, dane podałem przy zamówieniu w uwagach.""", att=[('pdf', 'Faktura-FV-2026-11-418.pdf')])
m('pl', 'kapcie-opinia-raz', 'pass', '-', 'gmail', 'utf-8', 'proactive', 'Pani kapcie filcowe – zamówienie {oid}', """Dzień dobry {name},

mamy nadzieję, że kapcie dobrze się sprawdzają. Jeśli ma Pani ochotę, może Pani podzielić się swoimi wrażeniami, wystawiając opinię o produkcie na Amazon, niezależnie od tego, jakie one są. To pomaga innym klientom.

Pozdrawiamy,
Filcownia Podhale""")
m('pl', 'mlynki-anulowane', 'pass', '-', 'outlook', 'iso-8859-2', 'reply', None, """Dzień dobry {name},

zgodnie z prośbą anulowaliśmy zamówienie. Młynek nie był jeszcze wysłany, więc nie zostanie Pan obciążony.

Pozdrawiam,
Młynki Kowalczyk""", quote="""Proszę anulować moje zamówienie, kupiłem dwa razy to samo.""")
m('pl', 'szafy-srubokret-gwiazdka', 'pass', '-', 'applemail', 'windows-1250', 'reply', None, """Dzień dobry {name},

śruby zawiasów mają łeb typu torx, potrzebny jest śrubokręt gwiazdkowy T20. Krzyżakiem nie da się ich wyregulować.

Przed regulacją proszę też zdjąć folię ochronną z uchwytów.

Pozdrawiam,
Meble Dębowe Zając""", quote="""Drzwi szafy krzywo się zamykają, a śrubki nie chcą się kręcić. Jakie narzędzie?""")
# pl rejects
m('pl', 'kapcie-druga-para-gratis', 'reject', 'review', 'thunderbird', 'iso-8859-2', 'proactive', 'Jak się noszą kapcie? ({oid})', """Dzień dobry {name},

jeśli znajdzie Pani chwilkę na opinię na Amazon, prosimy dać nam znać mailem. W podziękowaniu wyślemy drugą parę kapci dla dziecka za darmo.

Pozdrawiamy,
Filcownia Podhale""")
m('pl', 'posciel-zmiana-oceny', 'reject', 'review', 'gmail', 'utf-8', 'reply', None, """Dzień dobry {name},

cieszymy się, że nowa poszewka już dotarła i wszystko się zgadza.

Mamy jeszcze małą prośbę: czy mogłaby Pani zmienić ocenę z jednej gwiazdki, skoro sprawa jest już załatwiona? Dla małej firmy każda gwiazdka bardzo się liczy.

Pozdrawiamy,
Len i Lawenda""", quote="""Nowa poszewka przyszła, tym razem bez dziury.""")
m('pl', 'sanki-sklep-link', 'reject', 'links,promotion', 'outlook', 'windows-1250', 'reply', None, """Dzień dobry {name},

sanki wytrzymają dorosłego do 100 kg.

Oparcia i pokrowce do sanek są w naszym sklepie internetowym, teraz z rabatem 15%: https://sanki-goralskie.example/akcesoria

Pozdrawiam,
Sanki Góralskie""", quote="""Czy sanki utrzymają dorosłą osobę?""")
m('pl', 'boleslawiec-telefon-slownie', 'reject', 'contact', 'plain', 'iso-8859-2', 'reply', None, """Dzień dobry {name},

wzory najłatwiej omówić przez telefon. Proszę dzwonić: pięćset dwanaście, trzysta czterdzieści, sześćset siedemdziesiąt osiem, od 8 do 16.

Pozdrawiamy,
Ceramika Bolesławiec Nowak""", quote="""Czy można zamówić kubek z innym wzorem niż na zdjęciu?""")
m('pl', 'mlynki-podziekowanie-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', 'Dziękujemy za zakup! ☕', """Dzień dobry {name},

serdecznie dziękujemy za zakup młynka ☕❤️ Życzymy wielu aromatycznych poranków!

Pozdrawiam,
Młynki Kowalczyk""", att=[('gif', 'dziekujemy.gif')])
m('pl', 'sanki-important-wyslane', 'reject', 'important,proactive', 'outlook', 'windows-1250', 'proactive', '[Important] Zamówienie {oid} zostało wysłane', """Dzień dobry {name},

informujemy, że Pana sanki zostały dziś wysłane.

Pozdrawiam,
Sanki Góralskie""")
m('pl', 'szafy-prosze-anulowac', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', 'Zamówienie {oid}', """Dzień dobry {name},

bardzo przepraszamy, ale szafa w kolorze orzech została już sprzedana, a kolejna partia będzie dopiero w marcu.

Czy mógłby Pan sam anulować zamówienie w swoim koncie Amazon? Dla nas tak będzie lepiej. Dziękujemy za wyrozumiałość.

Pozdrawiam,
Meble Dębowe Zając""")
# ---------------------------------------------------------------- sv
m('sv', 'dalahast-postnord', 'pass', '-', 'gmail', 'iso-8859-1', 'reply', None, """Hej {name},

Dalahästen skickades i onsdags med PostNord. Du kan följa paketet här:
https://tracking.postnord.com/se/?id=00370723451234567890

Enligt PostNord finns det att hämta hos ditt ombud i morgon.

Vänliga hälsningar,
Dalaslöjd Nusnäs""", quote="""Hej, har min dalahäst skickats? Jag har inte fått någon avisering.""")
m('sv', 'dalahast-important-namn', 'pass', '-', 'outlook', 'windows-1252', 'proactive', '[Important] Kontrollera namnet på din dalahäst – order {oid}', """Hej {name},

Innan vi målar namnet på dalahästen vill vi stämma av texten. I beställningen står det:

”Alva – dop 2026”

Ska det stå så, med tankstreck? Och vill du ha vit eller gul text? Vi börjar måla först när du har svarat.

Vänliga hälsningar,
Dalaslöjd Nusnäs""")
m('sv', 'bokhyllor-important-leverans', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Leveranstid för din bokhylla – order {oid}', """Hej {name},

Din bokhylla i massiv furu väger cirka 70 kg och levereras av ett budföretag med två personer, så vi behöver boka en tid med dig.

Vilken dag passar bäst?
- tisdag 1 december, förmiddag
- torsdag 3 december, eftermiddag

Svara bara på det här meddelandet.

Vänliga hälsningar,
Snickeriet Norrgården""")
m('sv', 'tofflor-adress-lgh', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive', '[Important] Lägenhetsnummer saknas i din adress – order {oid}', """Hej {name},

Vi ska skicka dina tovade tofflor, men PostNord säger att lägenhetsnumret saknas i leveransadressen och att paketet då kan komma i retur.

Kan du svara med ditt lägenhetsnummer (fyra siffror, t.ex. 1102)? Då skickar vi samma dag.

Vänliga hälsningar,
Tovat & Varmt""")
m('sv', 'lingon-faktura', 'pass', '-', 'plain', 'iso-8859-1', 'reply', None, """Hej {name},

Här kommer fakturan som PDF, ställd till företaget du angav, med momsen specificerad.

Vänliga hälsningar,
Skogsbärens Sylteri""", quote="""Kan ni skicka en faktura på företaget? Det är julklappar till personalen.""", att=[('pdf', 'Faktura-SS-2026-208.pdf')])
m('sv', 'mora-recension-en', 'pass', '-', 'gmail', 'windows-1252', 'proactive', 'Din slöjdkniv – order {oid}', """Hej {name},

Vi hoppas att kniven har kommit till användning. Om du vill får du gärna dela din upplevelse genom att skriva en produktrecension på Amazon, oavsett hur den blev. Det hjälper andra kunder att välja.

Vänliga hälsningar,
Slöjdkniven i Mora""")
m('sv', 'ryamatta-avbokad', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """Hej {name},

Vi har avbrutit beställningen som du bad om. Mattan hade inte skickats än, så du debiteras ingenting.

Vänliga hälsningar,
Ryaverkstan""", quote="""Kan ni avbryta min beställning? Jag valde fel storlek.""")
m('sv', 'bokhyllor-stjarnmejsel', 'pass', '-', 'applemail', 'iso-8859-15', 'reply', None, """Hej {name},

Skruvarna till väggfästet har torxspår, så du behöver en stjärnmejsel T25. Med en krysskruvmejsel går det inte.

Ta också bort skyddsfilmen från hyllplanens framkant innan du monterar dem.

Vänliga hälsningar,
Snickeriet Norrgården""", quote="""Vilken skruvmejsel behövs till väggfästet? Min passar inte.""")
# sv rejects
m('sv', 'lingon-gratis-burk', 'reject', 'review', 'thunderbird', 'iso-8859-1', 'proactive', 'Hur smakade lingonsylten? ({oid})', """Hej {name},

Om du skriver några rader om sylten på Amazon och hör av dig till oss efteråt, skickar vi en burk hjortronsylt utan kostnad nästa gång du beställer. Ett litet tack från oss!

Vänliga hälsningar,
Skogsbärens Sylteri""")
m('sv', 'mora-bara-nojda', 'reject', 'review', 'gmail', 'utf-8', 'proactive', 'Är du nöjd med kniven? (order {oid})', """Hej {name},

Är du nöjd med kniven blir vi jätteglada för fem stjärnor på Amazon. Är det något som inte känns rätt, maila hellre oss först så löser vi det innan du skriver något.

Vänliga hälsningar,
Slöjdkniven i Mora""")
m('sv', 'ryamatta-hemsida', 'reject', 'links,promotion', 'outlook', 'windows-1252', 'reply', None, """Hej {name},

Mattan tål inte maskintvätt, men du kan skaka och vädra den ute i kylan.

Fler mönster och vårens nyheter hittar du på vår hemsida, där har vi också mellandagsrea: https://www.ryaverkstan.example/nyheter

Vänliga hälsningar,
Ryaverkstan""", quote="""Kan ryamattan tvättas i maskin?""")
m('sv', 'tofflor-ring-mig', 'reject', 'contact', 'plain', 'iso-8859-15', 'reply', None, """Hej {name},

Storleken går att byta, men det blir smidigast om du ringer eller sms:ar mig direkt: noll sju noll, fyra fyra tre, tjugotvå, nittioett. Fråga efter Karin.

Vänliga hälsningar,
Tovat & Varmt""", quote="""Tofflorna var lite för små, kan jag byta till en större storlek?""")
m('sv', 'dalahast-katalog-png', 'reject', 'attachment,promotion', 'applemail', 'utf-8', 'proactive', 'Nyheter från Dalaslöjd inför julen', """Hej {name},

Tack för din beställning {oid}! Vi bifogar vår julkatalog med nya dalahästar och tomtar. Beställer du två eller fler före den 15 december får du 20 % rabatt.

Vänliga hälsningar,
Dalaslöjd Nusnäs""", att=[('png', 'julkatalog-2026.png')])
m('sv', 'bokhyllor-important-skickad', 'reject', 'important,proactive,style', 'gmail', 'utf-8', 'proactive', '[Important] Din bokhylla är på väg 🚚', """Hej {name},

Nu är din bokhylla packad och på väg till dig 🚚✨

Vänliga hälsningar,
Snickeriet Norrgården""")
m('sv', 'ryamatta-avbryt-sjalv', 'reject', 'ask', 'outlook', 'iso-8859-1', 'proactive', 'Din beställning {oid}', """Hej {name},

Tyvärr har vi inte garn kvar i den blå färgen som din matta skulle vävas i, och nytt kommer först i mars.

Skulle du kunna avbryta beställningen själv via ditt Amazon-konto? Det blir bättre för oss så. Tack för att du förstår.

Vänliga hälsningar,
Ryaverkstan""")
# ---------------------------------------------------------------- tr
m('tr', 'cezve-yurtici', 'pass', '-', 'gmail', 'iso-8859-9', 'reply', None, """Merhaba {name} Hanım,

Bakır cezveniz çarşamba günü Yurtiçi Kargo ile yola çıktı. Gönderiyi buradan takip edebilirsiniz:
https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=304512345678

Kargo firması yarın teslim edileceğini gösteriyor.

Saygılarımızla,
Bakırcı Usta Gaziantep""", quote="""Merhaba, cezvem kargoya verildi mi? Sipariş sayfasında bir hareket göremiyorum.""")
m('tr', 'tavla-important-isim', 'pass', '-', 'outlook', 'windows-1254', 'proactive', '[Important] Tavla üzerindeki isim yazısını onaylar mısınız – sipariş {oid}', """Merhaba {name} Bey,

Ceviz tavlanıza isim işlemeden önce yazıyı sizinle teyit etmek istiyoruz. Sipariş notunda şöyle yazıyor:

“Kemal Usta – 2026”

Bu şekilde mi kalsın, yoksa sadece isim mi olsun? Yazı kapağın içine mi, dışına mı işlensin? Cevabınızı aldıktan sonra işlemeye başlayacağız.

Saygılarımızla,
Tavlacı Ahşap Atölyesi""")
m('tr', 'ceyiz-important-teslimat', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Çeyiz sandığınızın teslimat randevusu – sipariş {oid}', """Merhaba {name} Hanım,

Ceviz çeyiz sandığınız yaklaşık 55 kg ve iki kişilik nakliye ekibiyle kapınıza kadar getirilecek. Bu yüzden bir teslimat günü belirlememiz gerekiyor.

Size hangisi uygun?
- 1 Aralık Salı, öğleden önce
- 3 Aralık Perşembe, öğleden sonra

Bu mesaja cevap yazmanız yeterli.

Saygılarımızla,
Sandıkçı Mobilya""")
m('tr', 'ipek-adres-daire', 'pass', '-', 'thunderbird', 'iso-8859-9', 'proactive', '[Important] Teslimat adresinizde daire numarası eksik - sipariş {oid}', """Merhaba {name} Hanım,

İpek eşarbınızı göndermek üzereyiz, ancak kargo firması teslimat adresinde daire numarası ve kat bilgisi olmadığını bildirdi. Bu bilgiler olmadan paket geri dönebilir.

Daire numaranızı ve katınızı bu mesaja cevap olarak yazar mısınız? Aynı gün gönderiyoruz.

Saygılarımızla,
Bursa İpek Evi""")
m('tr', 'kilim-fatura', 'pass', '-', 'plain', 'windows-1254', 'reply', None, """Merhaba {name} Bey,

Firmanız adına düzenlenen faturayı PDF olarak ekte gönderiyorum.

Saygılarımızla,
Uşak Kilim Evi""", quote="""Kilimi ofis için aldım, şirket adına fatura alabilir miyim?""", att=[('pdf', 'Fatura-UKE-2026-0571.pdf')])
m('tr', 'fincan-degerlendirme-bir', 'pass', '-', 'gmail', 'utf-8', 'proactive', 'Kahve fincanı takımınız – sipariş {oid}', """Merhaba {name} Hanım,

Fincan takımınızı keyifle kullandığınızı umuyoruz. İsterseniz deneyiminizi Amazon'da bir ürün değerlendirmesi yazarak paylaşabilirsiniz; deneyiminiz nasıl olursa olsun diğer müşterilere yardımcı olur.

Saygılarımızla,
Kütahya Fincan Atölyesi""")
m('tr', 'cezve-iptal-edildi', 'pass', '-', 'outlook', 'iso-8859-9', 'reply', None, """Merhaba {name} Bey,

İsteğiniz üzerine siparişinizi iptal ettik. Cezve henüz kargoya verilmemişti, bu yüzden sizden herhangi bir ücret alınmayacak.

Saygılarımızla,
Bakırcı Usta Gaziantep""", quote="""Yanlışlıkla iki tane sipariş verdim, birini iptal edebilir misiniz?""")
m('tr', 'ceyiz-yildiz-tornavida', 'pass', '-', 'applemail', 'windows-1254', 'reply', None, """Merhaba {name} Hanım,

Menteşe vidaları yıldız başlı (Torx T20), bu yüzden yıldız tornavida gerekiyor; yıldız uçlu bir tornavidayla kolayca ayarlanır. Gönderdiğiniz fotoğrafları inceledik, parçalarda bir eksik yok.

Ayarlamadan önce kulplardaki koruyucu filmi de çıkarın lütfen.

Saygılarımızla,
Sandıkçı Mobilya""", quote="""Sandığın kapağı tam kapanmıyor, vidaları da çeviremiyorum. Fotoğraf ekledim.""")
# tr rejects
m('tr', 'fincan-hediye-yorum', 'reject', 'review', 'thunderbird', 'iso-8859-9', 'proactive', 'Fincanlarınızı beğendiniz mi? ({oid})', """Merhaba {name} Hanım,

Amazon'da fincanlar hakkında birkaç satır yazarsanız, bize haber vermeniz yeterli. Teşekkür olarak bir sonraki siparişinizle birlikte iki adet lokumluk hediye gönderiyoruz.

Saygılarımızla,
Kütahya Fincan Atölyesi""")
m('tr', 'kilim-yorumu-sil', 'reject', 'review', 'gmail', 'utf-8', 'reply', None, """Merhaba {name} Bey,

Yeni kilimin sorunsuz ulaştığına çok sevindik.

Küçük bir ricamız olacak: sorun çözüldüğüne göre, daha önce yazdığınız tek yıldızlı yorumu kaldırabilir misiniz? Küçük bir aile işletmesiyiz, o yorum satışlarımızı çok etkiliyor.

Saygılarımızla,
Uşak Kilim Evi""", quote="""Değişim için gönderdiğiniz kilim geldi, bu sefer renkler doğru.""")
m('tr', 'tavla-web-sitesi', 'reject', 'links,promotion', 'outlook', 'windows-1254', 'reply', None, """Merhaba {name} Bey,

Tavlanın pulları ve zarları kutuya dahil.

Satranç takımlarımız ve yılbaşı indirimi için kendi sitemize de bakabilirsiniz: https://www.tavlaci-atolye.example/kampanya

Saygılarımızla,
Tavlacı Ahşap Atölyesi""", quote="""Pullar ve zarlar da geliyor mu?""")
m('tr', 'ipek-telefon-yaziyla', 'reject', 'contact', 'plain', 'iso-8859-9', 'reply', None, """Merhaba {name} Hanım,

Renkleri telefonda anlatmak daha kolay olur. Beni arayabilirsiniz: sıfır beş yüz otuz iki, dört yüz elli, altmış yedi, seksen dokuz. Hafta içi her gün buradayım.

Saygılarımızla,
Bursa İpek Evi""", quote="""Bordo eşarp fotoğraftaki gibi koyu mu, yoksa daha açık mı?""")
m('tr', 'cezve-tesekkur-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', 'Teşekkür ederiz! ☕', """Merhaba {name} Hanım,

Bakır cezvemizi tercih ettiğiniz için çok teşekkür ederiz ☕😊 Afiyet olsun!

Saygılarımızla,
Bakırcı Usta Gaziantep""", att=[('gif', 'tesekkurler.gif')])
m('tr', 'kilim-important-kargoda', 'reject', 'important,proactive', 'outlook', 'windows-1254', 'proactive', '[Important] Siparişiniz kargoya verildi – {oid}', """Merhaba {name} Bey,

Kiliminiz bugün kargoya verildi, en kısa sürede elinizde olacak.

Saygılarımızla,
Uşak Kilim Evi""")
m('tr', 'ceyiz-iptal-ricasi', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', 'Siparişiniz hakkında – {oid}', """Merhaba {name} Hanım,

Çok üzgünüz, sipariş ettiğiniz açık ceviz renkli sandık stokta kalmadı ve yeni üretim mart ayında olacak.

Siparişi Amazon hesabınızdan sizin iptal etmeniz mümkün mü? Bizim için daha iyi oluyor. Anlayışınız için teşekkür ederiz.

Saygılarımızla,
Sandıkçı Mobilya""")
# ---------------------------------------------------------------- pt
m('pt', 'redes-correios', 'pass', '-', 'gmail', 'iso-8859-1', 'reply', None, """Olá {name},

Sua rede foi postada na quarta-feira pelos Correios (SEDEX). Você pode acompanhar aqui:
https://rastreamento.correios.com.br/app/index.php?objetos=QB123456785BR

Segundo os Correios, ela sai para entrega amanhã.

Abraço,
Redes do Ceará Artesanato""", quote="""Oi, minha rede já foi enviada? Não recebi o código de rastreio.""")
m('pt', 'tabuas-important-nome', 'pass', '-', 'outlook', 'windows-1252', 'proactive', '[Important] Confirmação do nome na tábua – pedido {oid}', """Olá {name},

Antes de gravar a sua tábua de churrasco, queremos confirmar o texto. No pedido está:

“Churrasco do Zé – desde 1998”

Pode ficar assim, com o travessão? E prefere a gravação no centro ou no canto? Só começamos depois da sua resposta.

Abraço,
Tábuas Serra Gaúcha""")
m('pt', 'mesas-important-entrega', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Agendamento da entrega da sua mesa – pedido {oid}', """Olá {name},

Sua mesa de madeira de demolição pesa cerca de 90 kg e será entregue por uma transportadora com dois ajudantes, por isso precisamos agendar a entrega.

Qual dia fica melhor?
- terça, 1º de dezembro, de manhã
- quinta, 3 de dezembro, à tarde

É só responder esta mensagem.

Abraço,
Madeira de Demolição Minas""")
m('pt', 'panos-endereco-apto', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive', '[Important] Falta o número do apartamento no endereço – pedido {oid}', """Olá {name},

Vamos enviar seus panos de prato bordados, mas a transportadora avisou que falta o número do apartamento e o bloco no endereço de entrega. Sem isso o pacote pode voltar.

Pode responder com o número do apartamento e o bloco? Enviamos no mesmo dia.

Abraço,
Bordados da Vó Cida""")
m('pt', 'moedores-nota-fiscal', 'pass', '-', 'plain', 'iso-8859-1', 'reply', None, """Olá {name},

Segue em anexo a nota fiscal em PDF, emitida no nome da empresa que você informou.

Abraço,
Moedores Café Sul de Minas""", quote="""Preciso da nota fiscal no nome da minha empresa, é possível?""", att=[('pdf', 'NF-e-000418.pdf')])
m('pt', 'bonecas-avaliacao-uma', 'pass', '-', 'gmail', 'windows-1252', 'proactive', 'Sua boneca de pano – pedido {oid}', """Olá {name},

Esperamos que a boneca tenha feito sucesso em casa. Se quiser, compartilhe a sua experiência escrevendo uma avaliação do produto na Amazon, seja ela qual for. Isso ajuda outros clientes a escolher.

Abraço,
Bonecas de Pano Lili""")
m('pt', 'chinelos-cancelado', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """Olá {name},

Cancelamos o pedido conforme você pediu. Os chinelos ainda não tinham sido enviados, então nada será cobrado.

Abraço,
Chinelos Praia Grande""", quote="""Por favor, cancelem meu pedido, escolhi o número errado.""")
m('pt', 'mesas-reembolso-pe-quebrado', 'pass', '-', 'applemail', 'iso-8859-15', 'reply', None, """Olá {name},

Analisamos as fotos que você enviou e o pé da mesa realmente chegou rachado. Já fizemos o reembolso de R$ 250,00 referente ao pé, e um pé novo sai amanhã pela transportadora.

Para trocar, basta tirar os quatro parafusos com uma chave estrela (Torx T30) e retirar o filme plástico do pé novo antes de montar.

Desculpe o transtorno,
Madeira de Demolição Minas""", quote="""Um dos pés da mesa chegou rachado. Mandei fotos pelo pedido.""", wrap=True)
# pt rejects
m('pt', 'bonecas-pix-avaliacao', 'reject', 'review', 'thunderbird', 'iso-8859-1', 'proactive', 'Uma coisinha sobre a sua boneca ({oid})', """Olá {name},

Se você deixar uma avaliação na Amazon, manda pra gente o print aqui que a gente faz um Pix de R$ 15 como agradecimento. Ajuda demais uma loja pequena!

Abraço,
Bonecas de Pano Lili""")
m('pt', 'chinelos-mudar-estrelas', 'reject', 'review', 'gmail', 'utf-8', 'reply', None, """Olá {name},

Que bom que o par novo serviu direitinho!

Agora que deu tudo certo, será que você poderia atualizar a sua avaliação de duas estrelas? Nem que seja para contar que a troca foi rápida. Faz muita diferença pra gente.

Abraço,
Chinelos Praia Grande""", quote="""O novo par chegou e serviu. Obrigada.""")
m('pt', 'tabuas-loja-link', 'reject', 'links,promotion', 'outlook', 'windows-1252', 'reply', None, """Olá {name},

A tábua pode ser lavada com água e sabão neutro, mas não vai na lava-louças.

Na nossa loja virtual tem kits com facas e tábuas, com frete grátis até o Natal: https://www.tabuasserragaucha.example/kits

Abraço,
Tábuas Serra Gaúcha""", quote="""Posso lavar a tábua na lava-louças?""")
m('pt', 'redes-zap-disfarcado', 'reject', 'contact', 'plain', 'iso-8859-15', 'reply', None, """Olá {name},

Para escolher a cor certa é melhor eu mandar fotos. Me chama no zap: (85) nove nove oito sete seis, cinco quatro três dois. Falar com Tonho.

Abraço,
Redes do Ceará Artesanato""", quote="""A rede azul é mais clara ou mais escura que na foto?""")
m('pt', 'moedores-obrigado-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', 'Muito obrigado! ☕', """Olá {name},

Muito obrigado por comprar o nosso moedor ☕💛 Bons cafés!

Abraço,
Moedores Café Sul de Minas""", inline_gif=True)
m('pt', 'panos-important-entregue', 'reject', 'important,proactive', 'outlook', 'iso-8859-1', 'proactive', '[Important] Pedido {oid} entregue', """Olá {name},

Seu pedido foi entregue. Obrigada pela preferência!

Abraço,
Bordados da Vó Cida""")
m('pt', 'mesas-cancele-voce', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', 'Sobre o seu pedido {oid}', """Olá {name},

Sentimos muito, mas a madeira de peroba que usaríamos na sua mesa acabou e não temos previsão de chegar mais.

Você poderia cancelar o pedido pela sua conta na Amazon? Para nós é melhor assim. Obrigado pela compreensão.

Abraço,
Madeira de Demolição Minas""")
# ---------------------------------------------------------------- id
m('id', 'angklung-auspost', 'pass', '-', 'gmail', 'us-ascii', 'reply', None, """Halo Kak {name},

Angklung Kakak sudah kami kirim hari Rabu lewat Australia Post. Bisa dilacak di sini:
https://auspost.com.au/mypost/track/details/33XYZ501234567

Menurut Australia Post, paket diperkirakan sampai hari Jumat.

Salam,
Angklung Saung Bandung""", quote="""Halo, apakah angklung saya sudah dikirim? Belum ada info pengiriman.""", tld='com.au')
m('id', 'batik-important-nama', 'pass', '-', 'outlook', 'iso-8859-1', 'proactive', '[Important] Konfirmasi nama pada batik - pesanan {oid}', """Halo Kak {name},

Sebelum kami membatik nama pada kain pesanan Kakak, kami ingin memastikan tulisannya. Di catatan pesanan tertulis:

"Ayu & Dimas - 2026"

Apakah sudah benar seperti itu? Dan warna tulisannya mau cokelat soga atau biru indigo? Kami baru mulai setelah ada jawaban dari Kakak.

Salam,
Batik Tulis Laweyan""")
m('id', 'lemari-important-pengiriman', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] Jadwal pengiriman lemari jati - pesanan {oid}', """Halo Kak {name},

Lemari jati pesanan Kakak beratnya sekitar 85 kg dan diantar oleh kurir barang besar dengan dua orang, jadi kami perlu membuat janji pengiriman.

Hari mana yang paling cocok?
- Selasa, 1 Desember, pagi
- Kamis, 3 Desember, siang

Cukup balas pesan ini ya.

Salam,
Mebel Jati Jepara""", tld='com.au')
m('id', 'tenun-alamat-unit', 'pass', '-', 'thunderbird', 'us-ascii', 'proactive', '[Important] Nomor unit belum ada di alamat - pesanan {oid}', """Halo Kak {name},

Kain tenun Kakak siap dikirim, tetapi kurir memberi tahu bahwa alamat pengiriman tidak mencantumkan nomor blok dan nomor unit apartemen, sehingga paket bisa kembali.

Mohon balas dengan nomor blok dan unit yang lengkap. Kami kirim di hari yang sama.

Salam,
Tenun Ikat Sumba""", tld='sg')
m('id', 'kopi-invoice', 'pass', '-', 'plain', 'us-ascii', 'reply', None, """Halo Kak {name},

Terlampir invoice dalam bentuk PDF atas nama perusahaan yang Kakak sebutkan.

Salam,
Kopi Gayo Aceh""", quote="""Bisa minta invoice atas nama kantor saya untuk pesanan kopi ini?""", att=[('pdf', 'Invoice-KGA-2026-1188.pdf')])
m('id', 'lampu-ulasan-sekali', 'pass', '-', 'gmail', 'us-ascii', 'proactive', 'Lampu rotan Kakak - pesanan {oid}', """Halo Kak {name},

Semoga lampu rotannya sudah terpasang dengan baik. Kalau berkenan, Kakak bisa berbagi pengalaman dengan menulis ulasan produk di Amazon, apa pun pengalamannya. Ulasan sangat membantu pembeli lain.

Salam,
Rotan Cirebon Craft""")
m('id', 'batik-dibatalkan', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """Halo Kak {name},

Pesanan sudah kami batalkan sesuai permintaan Kakak. Batiknya belum mulai dikerjakan, jadi tidak ada biaya yang ditagihkan.

Salam,
Batik Tulis Laweyan""", quote="""Mohon batalkan pesanan saya, saya salah pilih ukuran kain.""")
m('id', 'lemari-obeng-bintang', 'pass', '-', 'applemail', 'iso-8859-1', 'reply', None, """Halo Kak {name},

Sekrup engsel lemari memakai kepala bintang (Torx T20), jadi perlu obeng bintang T20. Obeng plus biasa tidak akan pas.

Jangan lupa lepaskan plastik pelindung dari gagang pintu sebelum menyetel engselnya.

Salam,
Mebel Jati Jepara""", quote="""Pintu lemari tidak menutup rapat dan sekrupnya tidak bisa diputar. Pakai alat apa ya?""", tld='com.au')
# id rejects
m('id', 'kopi-bonus-ulasan', 'reject', 'review', 'thunderbird', 'us-ascii', 'proactive', 'Bagaimana rasa kopinya? ({oid})', """Halo Kak {name},

Kalau Kakak sempat menulis ulasan di Amazon, kabari kami ya. Sebagai ucapan terima kasih, kami kirimkan 100 gram kopi Gayo wine gratis di pesanan berikutnya.

Salam,
Kopi Gayo Aceh""")
m('id', 'tenun-ubah-ulasan', 'reject', 'review', 'gmail', 'utf-8', 'reply', None, """Halo Kak {name},

Senang sekali kain penggantinya sudah sampai dengan baik.

Boleh kami minta tolong? Karena masalahnya sudah beres, mungkin Kakak bisa mengubah ulasan bintang satu kemarin. Untuk usaha kecil seperti kami, satu ulasan itu sangat berpengaruh.

Salam,
Tenun Ikat Sumba""", quote="""Kain penggantinya sudah datang, warnanya sekarang sesuai.""", tld='sg')
m('id', 'lampu-tokopedia-link', 'reject', 'links,promotion', 'outlook', 'iso-8859-1', 'reply', None, """Halo Kak {name},

Kabel lampunya panjang 1,5 meter dan bisa dipendekkan.

Model lain dan diskon akhir tahun ada di toko kami: https://www.tokopedia.com/rotancirebon

Salam,
Rotan Cirebon Craft""", quote="""Berapa panjang kabel lampunya?""")
m('id', 'angklung-wa-spasi', 'reject', 'contact', 'plain', 'us-ascii', 'reply', None, """Halo Kak {name},

Untuk setem nada angklung lebih gampang lewat video call. Silakan WA saya di 0 8 1 2 - 2 3 4 5 - 6 7 8 9, atas nama Pak Ujang.

Salam,
Angklung Saung Bandung""", quote="""Ada satu angklung yang nadanya agak sumbang. Bisa diperbaiki?""", tld='com.au')
m('id', 'batik-terimakasih-gif', 'reject', 'style,attachment,proactive', 'applemail', 'utf-8', 'proactive', 'Terima kasih banyak! 🙏', """Halo Kak {name},

Terima kasih banyak sudah berbelanja di toko kami 🙏😊 Semoga batiknya awet dan disukai!

Salam,
Batik Tulis Laweyan""", att=[('gif', 'terimakasih.gif')])
m('id', 'kopi-important-dikirim', 'reject', 'important,proactive', 'outlook', 'utf-8', 'proactive', '[Important] Pesanan {oid} sudah dikirim', """Halo Kak {name},

Pesanan kopi Kakak sudah kami kirim hari ini. Mohon ditunggu ya.

Salam,
Kopi Gayo Aceh""")
m('id', 'lemari-mohon-batalkan', 'reject', 'ask', 'gmail', 'utf-8', 'proactive', 'Tentang pesanan {oid}', """Halo Kak {name},

Mohon maaf, lemari jati ukuran dua pintu yang Kakak pesan ternyata sudah habis dan kayunya baru datang bulan Maret.

Apakah Kakak bisa membatalkan pesanan sendiri dari akun Amazon? Untuk toko kami lebih baik begitu. Terima kasih atas pengertiannya.

Salam,
Mebel Jati Jepara""", tld='com.au')
# ---------------------------------------------------------------- ar
m('ar', 'mabakher-aramex', 'pass', '-', 'gmail', 'windows-1256', 'reply', None, """مرحباً {name}،

تم شحن المبخرة يوم الأربعاء عن طريق أرامكس، ويمكنك تتبع الشحنة من هنا:
https://www.aramex.com/sa/ar/track/results?ShipmentNumber=44512345678

حسب أرامكس، من المتوقع التوصيل يوم الخميس.

مع التحية،
مباخر دار العود""", quote="""السلام عليكم، هل تم شحن المبخرة؟ لم يصلني أي إشعار.""", tld='sa')
m('ar', 'sawani-important-ism', 'pass', '-', 'outlook', 'windows-1256', 'proactive', '[Important] تأكيد الاسم المنقوش على الصينية - الطلب {oid}', """مرحباً {name}،

قبل أن نبدأ نقش الصينية النحاسية، نود التأكد من النص المكتوب في ملاحظات الطلب:

«بيت آل سالم - 2026»

هل نتركه بهذا الشكل، أم تفضل الاسم فقط؟ وهل يكون النقش بخط الثلث أم الديواني؟ لن نبدأ العمل إلا بعد ردك.

مع التحية،
نحاسيات الشام""", tld='ae')
m('ar', 'majlis-important-tawsil', 'pass', '-', 'applemail', 'utf-8', 'proactive', '[Important] موعد توصيل جلسة المجلس - الطلب {oid}', """مرحباً {name}،

جلسة المجلس التي طلبتها يبلغ وزنها حوالي 120 كغ، وسيقوم بتوصيلها فريق من شخصين حتى باب المنزل، لذلك نحتاج إلى تحديد موعد للتوصيل.

أي الموعدين يناسبك؟
- الثلاثاء 1 ديسمبر، صباحاً
- الخميس 3 ديسمبر، مساءً

يكفي الرد على هذه الرسالة.

مع التحية،
مفروشات المجلس العربي""", tld='sa')
m('ar', 'thawb-unwan-shaqqa', 'pass', '-', 'thunderbird', 'windows-1256', 'proactive', '[Important] رقم الشقة غير موجود في العنوان - الطلب {oid}', """مرحباً {name}،

الثوب المطرز جاهز للشحن، لكن شركة الشحن أبلغتنا أن عنوان التوصيل لا يحتوي على رقم المبنى ورقم الشقة، وقد تعود الشحنة إلينا.

نرجو الرد برقم المبنى والشقة، وسنشحن في نفس اليوم.

مع التحية،
أزياء التراث""", tld='ae')
m('ar', 'asal-fatura', 'pass', '-', 'plain', 'windows-1256', 'reply', None, """مرحباً {name}،

مرفق الفاتورة بصيغة PDF باسم الشركة التي ذكرتها في رسالتك.

مع التحية،
عسل السدر الجبلي""", quote="""أحتاج فاتورة باسم الشركة لطلب العسل، هل هذا ممكن؟""", att=[('pdf', 'Invoice-ASJ-2026-0733.pdf')], tld='sa')
m('ar', 'fawanees-taqyeem-marra', 'pass', '-', 'gmail', 'utf-8', 'proactive', 'الفانوس الذي طلبته - الطلب {oid}', """مرحباً {name}،

نتمنى أن يكون الفانوس قد أضاف لمسة جميلة إلى بيتك. إن رغبت، يمكنك مشاركة تجربتك بكتابة مراجعة للمنتج على أمازون، أياً كانت تجربتك، فهذا يساعد العملاء الآخرين.

مع التحية،
فوانيس القاهرة""", tld='eg')
m('ar', 'sawani-ilgha-tamma', 'pass', '-', 'outlook', 'utf-8', 'reply', None, """مرحباً {name}،

تم إلغاء الطلب كما طلبت. لم تكن الصينية قد شُحنت بعد، لذلك لن يتم خصم أي مبلغ منك.

مع التحية،
نحاسيات الشام""", quote="""أرجو إلغاء طلبي، اخترت المقاس الخطأ.""", tld='ae')
m('ar', 'majlis-mifak-najma', 'pass', '-', 'applemail', 'windows-1256', 'reply', None, """مرحباً {name}،

راجعنا الصور التي أرسلتها. براغي الأرجل من نوع النجمة (توركس T30)، لذلك تحتاج إلى مفك نجمة T30، ولن يناسبها المفك العادي.

ويرجى إزالة الغلاف البلاستيكي الواقي عن الأرجل قبل تركيبها.

مع التحية،
مفروشات المجلس العربي""", quote="""لا أستطيع تركيب أرجل الكنبة، البراغي لا تدور بالمفك. أرسلت صوراً مع الطلب.""", tld='sa')
# ar rejects
m('ar', 'asal-hadiya-taqyeem', 'reject', 'review', 'thunderbird', 'windows-1256', 'proactive', 'كيف وجدت العسل؟ ({oid})', """مرحباً {name}،

إذا كتبت رأيك في العسل على أمازون وأرسلت لنا صورة من التقييم، سنرسل لك علبة عسل سمر صغيرة هدية مع طلبك القادم.

مع التحية،
عسل السدر الجبلي""", tld='sa')
m('ar', 'fawanees-khams-nujoom-faqat', 'reject', 'review', 'gmail', 'utf-8', 'proactive', 'هل أعجبك الفانوس؟ - الطلب {oid}', """مرحباً {name}،

إذا كنت راضياً عن الفانوس، يسعدنا جداً تقييمك بخمس نجوم على أمازون. أما إذا لم يعجبك شيء، فأرجو أن تراسلنا هنا أولاً قبل كتابة أي تقييم، وسنحل المشكلة.

مع التحية،
فوانيس القاهرة""", tld='eg')
m('ar', 'thawb-instagram-link', 'reject', 'links,promotion', 'outlook', 'windows-1256', 'reply', None, """مرحباً {name}،

مقاس L يناسب الطول من 160 إلى 168 سم.

تشكيلة العيد الجديدة موجودة على حسابنا في إنستغرام مع خصم خاص: https://www.instagram.com/azyaa.alturath/

مع التحية،
أزياء التراث""", quote="""ما المقاس المناسب لطول 165 سم؟""", tld='ae')
m('ar', 'mabakher-raqam-hindi', 'reject', 'contact', 'plain', 'utf-8', 'reply', None, """مرحباً {name}،

لمعرفة نوع الفحم المناسب للمبخرة، تواصل معي مباشرة على الواتساب: ٠٥٥ ٤٣٢ ١٨٧٦ (أبو فيصل).

مع التحية،
مباخر دار العود""", quote="""ما نوع الفحم المناسب لهذه المبخرة؟""", tld='sa')
m('ar', 'sawani-catalog-zip', 'reject', 'attachment,promotion', 'applemail', 'utf-8', 'proactive', 'كتالوج نحاسيات الشام الجديد', """مرحباً {name}،

شكراً لطلبك {oid}. أرفقنا لك ملفاً مضغوطاً فيه كتالوج القطع النحاسية الجديدة لشهر رمضان، مع خصم 15٪ لعملائنا السابقين.

مع التحية،
نحاسيات الشام""", att=[('zip', 'catalog-ramadan-2027.zip')], tld='ae')
m('ar', 'majlis-important-shukran', 'reject', 'important,proactive,style', 'gmail', 'utf-8', 'proactive', '[Important] شكراً لتسوقك معنا 🌙', """مرحباً {name}،

شكراً جزيلاً لاختيارك مفروشات المجلس العربي 🌙✨ نتمنى لك جلسات عامرة بالأهل والأحباب.

مع التحية،
مفروشات المجلس العربي""", tld='sa')
m('ar', 'fawanees-ilgha-minka', 'reject', 'ask', 'outlook', 'windows-1256', 'proactive', 'بخصوص طلبك {oid}', """مرحباً {name}،

نعتذر منك، الفانوس النحاسي الكبير الذي طلبته نفد من المخزن، والدفعة الجديدة لن تصل قبل شهر مارس.

هل يمكنك إلغاء الطلب بنفسك من حسابك على أمازون؟ هذا أفضل بالنسبة لنا. شكراً لتفهمك.

مع التحية،
فوانيس القاهرة""", tld='eg')
# ---------------------------------------------------------------- extra mixed block
m('en', 'dampfree-energy-star-giftmsg', 'pass', '-', 'thunderbird', 'us-ascii', 'reply', None, """Hi {name},

Yes, the 35-pint model is Energy Star certified, the label is on the back panel next to the power cord.

And no problem about the gift message: we printed it on the packing slip, and the price is not shown anywhere on it. It is important to keep the water bucket clicked in fully, otherwise the unit will not start.

Best regards,
DampFree Home""", quote="""Is this dehumidifier Energy Star rated? It's a gift for my mum, will the price be on the paperwork?""", plus='2b7e41c0-9d3a-4f57-b1e2-6c0a9f3d2e18', tld='com')
m('en', 'pawprint-review-photo-instructions', 'reject', 'review', 'gmail', 'utf-8', 'proactive', 'Loving the harness? (order {oid})', """Hi {name},

We hope your pup is enjoying walks in the new harness! If you leave a review, could you add a photo of your dog wearing it and mention that it didn't rub under the legs? Those reviews help us the most.

Thanks a bunch,
Pawprint Outdoor""")
m('en', 'dampfree-returns-centre', 'pass', '-', 'outlook', 'iso-8859-1', 'reply', None, """Dear {name},

Sorry the dehumidifier is rattling. Please start the return from the Amazon Returns Centre, choose "defective", and the free label will be generated for you:
https://www.amazon.co.uk/returns/cart/{oid}

Once the courier scans it we will refund the full £149.99.

Kind regards,
DampFree Home""", quote="""The compressor is making a loud rattling noise since yesterday. I would like to send it back.""", tld='co.uk', wrap=True)
m('en', 'pawprint-size-script', 'reject', 'attachment', 'applemail', 'us-ascii', 'reply', None, """Hi {name},

Sizing depends on the chest girth. I've attached a little size calculator, just open the file in your browser and type in the measurements.

Thanks,
Pawprint Outdoor""", quote="""My dog's chest is 62 cm, is that a medium or a large?""", att=[('js', 'harness-size.js')])
m('ja', 'kezuriya-m-domain-yubin', 'pass', '-', 'plain', 'iso-2022-jp', 'reply', None, """{name}様

替え刃は日本郵便のゆうパケットで発送いたしました。追跡番号は 1234-5678-9012 です。
https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=123456789012&locale=ja

ポストへの投函となります。

けずり屋 山本""", quote="""替え刃はもう発送されましたか。""", mdomain=True)
m('zh', 'canshi-important-haoping', 'reject', 'important,review', 'outlook', 'gbk', 'proactive', '[重要] 给个好评吧（订单 {oid}）', """{name} 您好，

蚕丝被盖着还舒服吧？如果您觉得不错，麻烦在亚马逊给我们一个五星好评，对我们很重要！

丝韵家纺""")
m('de', 'stempelei-zweite-erinnerung', 'reject', 'review', 'thunderbird', 'iso-8859-15', 'proactive', 'Nochmal kurz zu Ihrem Stempel – Bestellung {oid}', """Hallo {name},

vor ein paar Tagen hatten wir Sie schon um eine Bewertung gebeten. Falls die Nachricht untergegangen ist: Wir würden uns immer noch sehr über ein paar Worte auf Amazon freuen.

Freundliche Grüße
Stempelei Kranich""")
m('ko', 'jagae-yeongsujeung-jungyo', 'pass', '-', 'gmail', 'euc-kr', 'reply', None, """{name}님, 안녕하세요.

선물 포장은 주문하신 대로 해 드렸고, 가격이 적힌 영수증은 상자에 넣지 않았습니다.

보석함 안쪽의 자개는 물기에 약하니 마른 천으로만 닦아 주세요. 이 부분이 가장 중요합니다.

자개빛 공예""", quote="""선물로 보내는 거라 영수증은 빼 주실 수 있나요?""")
m('es', 'cejillas-devolucion-amazon', 'pass', '-', 'gmail', 'utf-8', 'reply', None, """Hola {name}:

Sentimos que la cejilla no se ajuste a su guitarra. Puede iniciar la devolución desde su cuenta de Amazon, en Mis pedidos:
https://www.amazon.es/gp/css/order-history

En cuanto recibamos la cejilla, le reembolsamos el importe completo.

Saludos,
Guitarrería Ruiz""", quote="""La cejilla no cierra bien en mi guitarra, el mástil es demasiado grueso. ¿Puedo devolverla?""", tld='es')
m('it', 'murano-codice-sconto', 'reject', 'promotion', 'gmail', 'windows-1252', 'reply', None, """Gentile {name},

la lampada usa una lampadina E14 da massimo 40 W.

Per il suo prossimo acquisto nel nostro negozio Amazon può usare il codice MURANO15: 15% di sconto sui lampadari della nuova collezione.

Cordiali saluti,
Vetreria Murano Zanetti""", quote="""Che lampadina serve per la lampada?""")
m('fr', 'berets-relance-avis', 'reject', 'review', 'plain', 'iso-8859-1', 'proactive', 'Petit rappel - commande {oid}', """Bonjour {name},

Nous vous avions écrit la semaine dernière au sujet d'un avis sur votre béret. Nous nous permettons de vous relancer, au cas où notre message serait passé inaperçu.

Bien cordialement,
Bérets d'Oloron""")
m('pt', 'chinelos-agradecimento-proativo', 'reject', 'proactive', 'thunderbird', 'windows-1252', 'proactive', 'Obrigado pela compra – pedido {oid}', """Olá {name},

Passando só para agradecer a sua compra. Qualquer dúvida, estamos à disposição.

Abraço,
Chinelos Praia Grande""")

m('nl', 'bakfiets-youtube-kanaal', 'reject', 'links', 'thunderbird', 'windows-1252', 'reply', None, """Beste {name},

De regenhuif zit met zes drukknopen vast; begin aan de voorkant en werk naar achteren toe.

We hebben er ook een filmpje van gemaakt op ons YouTube-kanaal, daar staan ook de andere montagevideo’s: https://www.youtube.com/@bakfietsenvondel

Met vriendelijke groet,
Bakfietsen Vondel""", quote="""Hoe zet ik de regenhuif op de bak? Het lukt me niet aan de achterkant.""")

if __name__ == '__main__':
    build()
