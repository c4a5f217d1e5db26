#!/usr/bin/env python3
"""Blind batch 3 for aliasgate: hand-labelled seller -> Amazon buyer alias mails.

Deterministic (fixed dates, ids from SHA-1 of the slug, order numbers from
random.Random(slug)).  Python 3 stdlib only.  Writes
tests/blind/2026-11-29c/NNN-LANG-slug.eml and labels.tsv.

Every message below carries its verdict and categories, written by hand next
to the text.  Categories: links contact promotion review style ask important
attachment proactive ('-' for pass).
"""
import base64, hashlib, io, os, quopri, random, struct, sys, zlib, zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '2026-11-29c'))

# ---------------------------------------------------------------- language tables
# tld, buyer names, greetings, sign-off, Outlook RE prefix, attribution, Outlook labels,
# charset rotation
LANG = {
 'en': dict(tld=['com', 'co.uk', 'ca', 'com.au', 'in', 'sg'], names=['Marjorie', 'Tobias', 'Priya', 'Declan', 'Rosalind', 'Kwame'],
            hi=['Hi {N},', 'Hello {N},', 'Dear {N},', 'Good afternoon {N},'], bye=['Kind regards,', 'Best wishes,', 'Thanks,', 'All the best,'],
            re='RE:', wrote='On Sat, 21 Nov 2026 at 15:14, {N} <{A}> wrote:', hdr=('From', 'Sent', 'To', 'Subject'),
            sent='Saturday, November 21, 2026 3:14 PM', cs=['us-ascii', 'utf-8', 'windows-1252', 'iso-8859-1']),
 'de': dict(tld=['de'], names=['Henrike', 'Lutz', 'Maren', 'Ansgar'], hi=['Hallo {N},', 'Guten Tag {N},', 'Liebe/r {N},'],
            bye=['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'], re='AW:',
            wrote='Am Sa., 21. Nov. 2026 um 15:14 Uhr schrieb {N} <{A}>:', hdr=('Von', 'Gesendet', 'An', 'Betreff'),
            sent='Samstag, 21. November 2026 15:14', cs=['iso-8859-15', 'windows-1252', 'iso-8859-1', 'utf-8']),
 'fr': dict(tld=['fr', 'com.be'], names=['Solène', 'Gaëtan', 'Ophélie', 'Thibault'], hi=['Bonjour {N},', 'Madame, Monsieur,', 'Bonjour,'],
            bye=['Cordialement,', 'Bien à vous,', 'Belle journée,'], re='RE :',
            wrote='Le sam. 21 nov. 2026 à 15:14, {N} <{A}> a écrit :', hdr=('De', 'Envoyé', 'À', 'Objet'),
            sent='samedi 21 novembre 2026 15:14', cs=['iso-8859-15', 'iso-8859-1', 'windows-1252', 'utf-8']),
 'es': dict(tld=['es', 'com.mx'], names=['Inmaculada', 'Rodrigo', 'Ximena', 'Fermín'], hi=['Hola {N}:', 'Estimado/a {N}:', 'Buenas tardes, {N}:'],
            bye=['Un saludo,', 'Atentamente,', 'Saludos cordiales,'], re='RE:',
            wrote='El sáb, 21 nov 2026 a las 15:14, {N} (<{A}>) escribió:', hdr=('De', 'Enviado', 'Para', 'Asunto'),
            sent='sábado, 21 de noviembre de 2026 15:14', cs=['iso-8859-1', 'windows-1252', 'utf-8']),
 'it': dict(tld=['it'], names=['Ludovica', 'Ettore', 'Graziella', 'Tancredi'], hi=['Gentile {N},', 'Buongiorno {N},', 'Salve {N},'],
            bye=['Cordiali saluti,', 'Un caro saluto,', 'Distinti saluti,'], re='R:',
            wrote='Il giorno sab 21 nov 2026 alle ore 15:14 {N} <{A}> ha scritto:', hdr=('Da', 'Inviato', 'A', 'Oggetto'),
            sent='sabato 21 novembre 2026 15:14', cs=['iso-8859-15', 'windows-1252', 'utf-8']),
 'nl': dict(tld=['nl', 'com.be'], names=['Femke', 'Joost', 'Anouk', 'Sjoerd'], hi=['Beste {N},', 'Hallo {N},', 'Goedemiddag {N},'],
            bye=['Met vriendelijke groet,', 'Groeten,', 'Hartelijke groet,'], re='Antw:',
            wrote='Op za 21 nov 2026 om 15:14 schreef {N} <{A}>:', hdr=('Van', 'Verzonden', 'Aan', 'Onderwerp'),
            sent='zaterdag 21 november 2026 15:14', cs=['windows-1252', 'iso-8859-1', 'utf-8']),
 'pl': dict(tld=['pl'], names=['Jadwiga', 'Przemysław', 'Zuzanna', 'Bożena'], hi=['Dzień dobry,', 'Szanowna Pani / Szanowny Panie,', 'Witam serdecznie,'],
            bye=['Pozdrawiamy serdecznie,', 'Z poważaniem,', 'Łączę pozdrowienia,'], re='Odp:',
            wrote='sob., 21 lis 2026 o 15:14 {N} <{A}> napisał(a):', hdr=('Od', 'Wysłane', 'Do', 'Temat'),
            sent='sobota, 21 listopada 2026 15:14', cs=['iso-8859-2', 'windows-1250', 'utf-8']),
 'sv': dict(tld=['se'], names=['Ingegerd', 'Måns', 'Linnéa', 'Björn'], hi=['Hej {N},', 'Hej!', 'Bästa {N},'],
            bye=['Vänliga hälsningar,', 'Med vänlig hälsning,', 'Ha en fin dag,'], re='SV:',
            wrote='lör 21 nov. 2026 kl. 15:14 skrev {N} <{A}>:', hdr=('Från', 'Skickat', 'Till', 'Ämne'),
            sent='den 21 november 2026 15:14', cs=['iso-8859-1', 'iso-8859-15', 'utf-8']),
 'tr': dict(tld=['com.tr'], names=['Gülşen', 'Oğuzhan', 'Şebnem', 'İlker'], hi=['Merhaba {N} Hanım/Bey,', 'Sayın {N},', 'İyi günler,'],
            bye=['Saygılarımızla,', 'İyi günler dileriz,', 'Sevgiler,'], re='YNT:',
            wrote='{N} <{A}>, 21 Kas 2026 Cmt, 15:14 tarihinde şunu yazdı:', hdr=('Kimden', 'Gönderildi', 'Kime', 'Konu'),
            sent='21 Kasım 2026 Cumartesi 15:14', cs=['iso-8859-9', 'windows-1254', 'utf-8']),
 'pt': dict(tld=['com.br'], names=['Conceição', 'Thiago', 'Lucineide', 'Anderson'], hi=['Olá, {N}!', 'Prezado(a) {N},', 'Boa tarde, {N}.'],
            bye=['Atenciosamente,', 'Abraços,', 'Um abraço,'], re='RES:',
            wrote='Em sáb., 21 de nov. de 2026 às 15:14, {N} <{A}> escreveu:', hdr=('De', 'Enviado', 'Para', 'Assunto'),
            sent='sábado, 21 de novembro de 2026 15:14', cs=['iso-8859-1', 'windows-1252', 'utf-8']),
 'ja': dict(tld=['co.jp'], names=['佐々木', '宮本', '橋本', '中川'], hi=['{N}様', '{N} 様\nこの度はご注文いただき、誠にありがとうございます。', '{N}様\nいつもお世話になっております。'],
            bye=['よろしくお願いいたします。', '今後ともよろしくお願い申し上げます。', '何卒よろしくお願いいたします。'], re='RE:',
            wrote='2026年11月21日(土) 15:14 {N} <{A}>:', hdr=('差出人', '送信日時', '宛先', '件名'),
            sent='2026年11月21日 15:14', cs=['iso-2022-jp', 'shift_jis', 'utf-8']),
 'zh': dict(tld=['com', 'sg'], names=['王先生', '刘女士', '陈先生', '赵女士'], hi=['{N}您好：', '尊敬的{N}：', '亲爱的{N}，您好！'],
            bye=['祝好！', '此致\n敬礼', '顺祝商祺！'], re='回复:',
            wrote='{N} <{A}> 于2026年11月21日周六 15:14写道：', hdr=('发件人', '发送时间', '收件人', '主题'),
            sent='2026年11月21日 15:14', cs=['gb2312', 'gbk', 'utf-8']),
 'zh-Hant': dict(tld=['com', 'sg'], names=['林小姐', '黃先生', '張小姐', '吳先生'], hi=['{N}您好：', '親愛的{N}，您好：', '{N}，您好！'],
            bye=['敬祝 順心', '祝 平安', '謝謝您！'], re='回覆:',
            wrote='{N} <{A}> 於 2026年11月21日 週六 下午3:14寫道：', hdr=('寄件者', '寄件日期', '收件者', '主旨'),
            sent='2026年11月21日 下午 03:14', cs=['big5', 'utf-8', 'big5']),
 'ko': dict(tld=['com', 'co.jp'], names=['김지은', '박준형', '이서연', '최민수'], hi=['{N} 고객님, 안녕하세요.', '안녕하세요, {N} 님.', '{N} 고객님께'],
            bye=['감사합니다.', '좋은 하루 보내세요.', '감사드립니다.'], re='회신:',
            wrote='2026년 11월 21일 (토) 오후 3:14, {N} <{A}>님이 작성:', hdr=('보낸 사람', '보낸 날짜', '받는 사람', '제목'),
            sent='2026년 11월 21일 토요일 오후 3:14', cs=['euc-kr', 'utf-8', 'euc-kr']),
 'id': dict(tld=['sg', 'com'], names=['Dewi', 'Bambang', 'Ratna', 'Hendra'], hi=['Halo Kak {N},', 'Yth. Bapak/Ibu {N},', 'Selamat siang {N},'],
            bye=['Salam hangat,', 'Hormat kami,', 'Terima kasih,'], re='Balas:',
            wrote='Pada tanggal Sab, 21 Nov 2026 pukul 15.14 {N} <{A}> menulis:', hdr=('Dari', 'Dikirim', 'Kepada', 'Subjek'),
            sent='Sabtu, 21 November 2026 15.14', cs=['us-ascii', 'iso-8859-1', 'utf-8']),
 'ar': dict(tld=['ae', 'sa', 'eg'], names=['نورة', 'فيصل', 'ريم', 'خالد'], hi=['مرحبًا {N}،', 'عزيزي/عزيزتي {N}،', 'السلام عليكم {N}،'],
            bye=['مع أطيب التحيات،', 'مع خالص الشكر،', 'تحياتنا،'], re='رد:',
            wrote='في السبت، 21 نوفمبر 2026 في 3:14 م، كتب {N} <{A}>:', hdr=('من', 'تاريخ الإرسال', 'إلى', 'الموضوع'),
            sent='السبت، 21 نوفمبر 2026 03:14 م', cs=['windows-1256', 'utf-8', 'windows-1256']),
}
AMZ_WRAP = {'es': ('------------- Mensaje: -------------', '------------- Finalizar mensaje -------------'),
            'pt': ('------------- Mensagem: -------------', '------------- Encerrar mensagem -------------')}
DEF_WRAP = ('------------- Message: -------------', '------------- End message -------------')
CLIENTS = ['gmail', 'outlook', 'applemail', 'thunderbird', 'plain']

# ---------------------------------------------------------------- attachments (real bytes)
def pdf(title):
    t = title.encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>']
    stream = b'BT /F1 14 Tf 60 780 Td (' + t.replace(b'(', b'[').replace(b')', b']') + b') Tj ET'
    objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
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
    hdr = b'GIF89a' + struct.pack('<HHBBB', 2, 2, 0x80, 0, 0) + b'\x00\x00\x00\xff\xcc\x00'
    loop = b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    fr = b''
    for c in (b'\x00', b'\x01'):
        fr += b'\x21\xf9\x04\x04\x32\x00\x00\x00' + b'\x2c' + struct.pack('<HHHHB', 0, 0, 2, 2, 0) + b'\x02\x02\x44\x01\x00'
    return hdr + loop + fr + b'\x3b'

def png():
    def ch(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + b'\xc0\x30\x30' * 4 for _ in range(4))
    return b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', 4, 4, 8, 2, 0, 0, 0)) + ch(b'IDAT', zlib.compress(raw, 9)) + ch(b'IEND', b'')

def jpg():
    return (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
            b'\xff\xdb\x00\x43\x00' + bytes([8] * 64) +
            b'\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00'
            b'\xff\xc4\x00\x14\x00\x01' + b'\x00' * 15 + b'\x00'
            b'\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00\xd2\xcf\x20\xff\xd9')

def zipf(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 10, 0, 0))
            z.writestr(zi, d)
    return b.getvalue()

def exe():
    return b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00' + \
        b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 7 + b'PE\x00\x00'

def A(kind, name, extra=''):
    """attachment spec -> (filename, ctype, bytes, cid)"""
    if kind == 'pdf':
        return (name, 'application/pdf', pdf(extra or name), None)
    if kind == 'gif':
        return (name, 'image/gif', gif(), None)
    if kind == 'gifinline':
        return (name, 'image/gif', gif(), 'sig-' + name)
    if kind == 'png':
        return (name, 'image/png', png(), None)
    if kind == 'pnginline':
        return (name, 'image/png', png(), 'img-' + name)
    if kind == 'jpg':
        return (name, 'image/jpeg', jpg(), None)
    if kind == 'zip':
        return (name, 'application/zip', zipf([('catalogue/page1.jpg', jpg()), ('catalogue/readme.txt', extra.encode('utf-8'))]), None)
    if kind == 'zipexe':
        return (name, 'application/x-zip-compressed', zipf([('setup/Setup.exe', exe())]), None)
    if kind == 'exe':
        return (name, 'application/x-msdownload', exe(), None)
    if kind == 'js':
        return (name, 'text/javascript', extra.encode('utf-8'), None)
    if kind == 'html':
        return (name, 'text/html', extra.encode('utf-8'), None)
    if kind == 'txt':
        return (name, 'text/plain', extra.encode('utf-8'), None)
    if kind == 'docx':
        return (name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                zipf([('[Content_Types].xml', b'<?xml version="1.0"?><Types/>'), ('word/document.xml', extra.encode('utf-8'))]), None)
    raise ValueError(kind)

# ---------------------------------------------------------------- message registry
MSGS = []
_count = {}

def E(lang, slug, verdict, cats, kind, subj, body, q=None, client=None, att=(), html_pre='', html_post='',
      cs=None, hi=True, alias_suffix=None, shop=None, html_wrap=None):
    """verdict: pass|reject; cats: '-' or comma list; kind: 'r' reply / 'p' proactive."""
    assert verdict in ('pass', 'reject'), slug
    if verdict == 'pass':
        assert cats == '-', slug
    else:
        for c in cats.split(','):
            assert c in ('links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'), (slug, c)
    i = _count.get(lang, 0); _count[lang] = i + 1
    MSGS.append(dict(lang=lang, slug=slug, verdict=verdict, cats=cats, kind='reply' if kind == 'r' else 'proactive',
                     subj=subj, body=body.strip('\n'), q=q, client=client, att=list(att), html_pre=html_pre,
                     html_post=html_post, cs=cs, hi=hi, li=i, alias_suffix=alias_suffix, shop=shop, html_wrap=html_wrap))

SHOPS = ['Larkspur Pantry', 'Brightwell Tools', 'Nordvik Home', 'Quillon Stationery', 'Osprey Cycleworks',
         'Tamarind Kitchenware', 'Halberd Outdoor', 'Juniper & Moss', 'Pebblestone Audio', 'Corvina Textiles',
         'Marlow Pet Supply', 'Ashgrove Lighting', 'Velloria Beauty', 'Kestrel Camera Gear', 'Ferncliff Garden']

# ---------------------------------------------------------------- rendering helpers
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def linkify(s):
    import re
    return re.sub(r'(https?://[^\s<>"]+)', lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)

def html_paras(text):
    out = []
    for para in text.split('\n\n'):
        out.append(linkify(esc(para)).replace('\n', '<br>\n'))
    return out

def order_id(slug):
    r = random.Random(slug)
    return '%03d-%07d-%07d' % (r.randint(100, 799) if r.random() < .8 else r.choice([111, 249, 503]), r.randint(0, 9999999), r.randint(0, 9999999))

def alias_of(slug):
    h = hashlib.sha1(('alias:' + slug).encode()).hexdigest()
    al = 'abcdefghijklmnopqrstuvwxyz0123456789'
    n = int(h, 16)
    s = ''
    for _ in range(15):
        n, k = divmod(n, 36); s += al[k]
    return s

CTE_ROT = ['quoted-printable', 'base64', '8bit']

def enc_part(ctype, text, cs, cte):
    """return bytes of one leaf part (headers + body), LF line ends (CRLF applied at the end)."""
    raw = text.replace('\r\n', '\n').encode(cs)
    if cs in ('us-ascii', 'iso-2022-jp'):
        cte = '7bit'
    if cte == 'base64':
        b = base64.encodebytes(raw.replace(b'\n', b'\r\n'))
    elif cte == 'quoted-printable':
        b = quopri.encodestring(raw)
    else:
        b = raw
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, cte)
    return h.encode('ascii') + b

def att_part(a):
    name, ctype, data, cid = a
    try:
        name.encode('ascii'); fn = 'filename="%s"' % name; nm = 'name="%s"' % name
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = "filename*=utf-8''%s" % quote(name); nm = 'name="%s"' % Header(name, 'utf-8').encode()
    h = 'Content-Type: %s; %s\nContent-Transfer-Encoding: base64\n' % (ctype, nm)
    if cid:
        h += 'Content-ID: <%s@inline>\nContent-Disposition: inline; %s\n' % (cid, fn)
    else:
        h += 'Content-Disposition: attachment; %s\n' % fn
    return (h + '\n').encode('ascii') + base64.encodebytes(data)

def multipart(sub, parts, bnd):
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, bnd)).encode()
    for p in parts:
        out += b'--' + bnd.encode() + b'\n' + p.rstrip(b'\n') + b'\n\n'
    return out + b'--' + bnd.encode() + b'--\n'

def pick_cs(m, texts):
    L = LANG[m['lang']]
    cs = m['cs'] or L['cs'][m['li'] % len(L['cs'])]
    for c in (cs, 'utf-8'):
        try:
            for t in texts:
                t.encode(c)
            return c
        except UnicodeEncodeError:
            continue

def build(idx, m):
    lang, slug = m['lang'], m['slug']
    L = LANG[lang]
    r = random.Random(slug)
    oid = order_id(slug)
    name = L['names'][m['li'] % len(L['names'])]
    tld = L['tld'][m['li'] % len(L['tld'])]
    al = alias_of(slug)
    dom = 'marketplace.amazon.' + tld
    if tld == 'co.jp' and m['li'] % 3 == 1:
        dom = 'm.' + dom
    addr = al + '@' + dom
    to_addr = addr
    if m['alias_suffix'] is not None or (m['kind'] == 'reply' and m['li'] % 4 == 2):
        suf = m['alias_suffix'] or hashlib.sha1(slug.encode()).hexdigest()[:8] + '-' + hashlib.md5(slug.encode()).hexdigest()[:4] + '-4d2e-9a1c-' + hashlib.md5(slug.encode()).hexdigest()[4:16]
        to_addr = al + '+' + suf + '@' + dom
    shop = m['shop'] or SHOPS[(idx * 7) % len(SHOPS)]
    shopdom = ''.join(ch for ch in shop.lower() if ch.isalnum()) + '.example'
    client = m['client'] or CLIENTS[(idx + m['li']) % len(CLIENTS)]
    sub = lambda s: s.replace('{OID}', oid).replace('{N}', name).replace('{SHOP}', shop)
    body = sub(m['body'])
    hi = L['hi'][m['li'] % len(L['hi'])].replace('{N}', name) if m['hi'] else ''
    bye = L['bye'][m['li'] % len(L['bye'])]
    text_main = (hi + '\n\n' if hi else '') + body + '\n\n' + bye + '\n' + shop
    subj = sub(m['subj'])
    reply = m['kind'] == 'reply'
    if reply:
        pre = 'Re:' if client in ('gmail', 'applemail', 'thunderbird') else L['re']
        if client == 'plain' and lang == 'zh':
            pre = '回复：'
        subj = pre + ' ' + subj
    q = sub(m['q']) if m['q'] else None
    wrap = AMZ_WRAP.get(lang, DEF_WRAP)
    texts = [text_main, subj, name, shop]
    attribution = L['wrote'].replace('{N}', name).replace('{A}', addr)
    if q:
        qblock = wrap[0] + '\n\n' + q + '\n\n' + wrap[1]
        texts += [qblock, attribution] + list(L['hdr']) + [L['sent']]
    cs = pick_cs(m, texts)
    cte = CTE_ROT[idx % 3]
    H = hashlib.sha1(slug.encode()).hexdigest()
    day = 22 + idx % 7
    date = 'Date: %s, %02d Nov 2026 %02d:%02d:%02d %s' % (['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][(day - 22) % 7], day,
                                                       8 + idx % 11, idx % 60, (idx * 7) % 60, ['+0000', '+0100', '+0900', '-0500', '+0300', '+0800'][idx % 6])
    # ---------------- text/plain
    if q:
        if client == 'outlook':
            hd = L['hdr']
            ptxt = text_main + '\n\n' + ('-----Original Message-----' if idx % 2 else '________________________________') + '\n' + \
                '%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n' % (hd[0], name, addr, hd[1], L['sent'], hd[2], shop, hd[3], sub(m['subj'])) + qblock
        else:
            ptxt = text_main + '\n\n' + attribution + '\n' + '\n'.join(('> ' + l) if l else '>' for l in qblock.split('\n'))
    else:
        ptxt = text_main
    # ---------------- text/html
    paras = html_paras(text_main)
    if client == 'gmail':
        inner = ''.join('<div>%s</div><div><br></div>\n' % p for p in paras)
        html = '<div dir="ltr">' + m['html_pre'] + inner + m['html_post'] + '</div>\n'
        if q:
            html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n') % (
                linkify(esc(attribution)).replace(esc('<' + addr + '>'), '&lt;<a href="mailto:%s">%s</a>&gt;' % (addr, addr)),
                '<br>\n'.join(linkify(esc(l)) for l in qblock.split('\n')))
        html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>' % (cs, html) if idx % 2 else html
    elif client == 'outlook':
        inner = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % p for p in paras)
        html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head><meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style></head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n') % (cs, lang.upper()[:2])
        html += m['html_pre'] + inner + m['html_post']
        if q:
            hd = L['hdr']
            hb = ('<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s</p>') % (
                hd[0], esc(name), addr, hd[1], esc(L['sent']), hd[2], esc(shop), hd[3], esc(sub(m['subj'])))
            if idx % 2:
                html += '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">\n' + hb + '</div>\n'
            else:
                html += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' + hb + '</div>\n')
            html += ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (linkify(esc(l)) or '&nbsp;') for l in qblock.split('\n'))
        html += '</div>\n</body>\n</html>\n'
    elif client == 'applemail':
        inner = ''.join('<div>%s</div><div><br></div>' % p for p in paras)
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">') % cs
        html += m['html_pre'] + inner + m['html_post']
        if q:
            html += ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div>') % (
                esc(attribution), '<br>'.join(linkify(esc(l)) for l in qblock.split('\n')))
        html += '</body></html>\n'
    else:  # thunderbird (html) ; plain handled below
        inner = ''.join('<p>%s</p>\n' % p for p in paras)
        html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
                '  <body>\n') % cs + m['html_pre'] + inner + m['html_post']
        if q:
            html += ('    <div class="moz-cite-prefix">%s<br>\n    </div>\n    <blockquote type="cite" cite="mid:%s@%s">\n<pre class="moz-quote-pre" wrap="">%s</pre>\n    </blockquote>\n') % (
                esc(attribution), H[:24], dom, linkify(esc(qblock)))
        html += '  </body>\n</html>\n'
    if m['html_wrap']:
        html = m['html_wrap'](html)
    try:
        html.encode(cs)
    except UnicodeEncodeError:
        html = html.replace('charset=' + cs, 'charset=utf-8')
        cs = 'utf-8'
    # ---------------- assemble
    tp = enc_part('text/plain', ptxt, cs, cte)
    atts = [a for a in m['att']]
    inline = [a for a in atts if a[3]]
    files = [a for a in atts if not a[3]]
    plain_only = client == 'plain' or (client == 'thunderbird' and idx % 4 == 3 and not m['html_pre'] and not m['html_post'] and not inline and not m['html_wrap'])
    bndbase = {'gmail': '000000000000%s' % H[:12], 'outlook': '_000_%s_' % H[:20].upper(), 'applemail': 'Apple-Mail=_%s' % H[:8].upper() + '-' + H[8:12].upper() + '-' + H[12:16].upper(),
               'thunderbird': '------------%s' % H[:24], 'plain': '=_%s' % H[:16]}[client]
    if plain_only:
        body = tp
    else:
        hp = enc_part('text/html', html, cs, cte)
        body = multipart('alternative', [tp, hp], bndbase + 'a')
        if inline:
            body = multipart('related', [body] + [att_part(a) for a in inline], bndbase + 'r')
    if files:
        body = multipart('mixed', [body] + [att_part(a) for a in files], bndbase + 'm')
    hdrs = []
    def enc_h(s):
        try:
            s.encode('ascii'); return s
        except UnicodeEncodeError:
            hc = cs if cs not in ('us-ascii',) else 'utf-8'
            try:
                s.encode(hc)
            except UnicodeEncodeError:
                hc = 'utf-8'
            return Header(s, hc).encode()
    frm = 'support@' + shopdom
    hdrs.append('From: %s <%s>' % (enc_h('"%s"' % shop) if shop.isascii() else enc_h(shop), frm))
    hdrs.append('To: %s' % to_addr)
    hdrs.append('Subject: %s' % enc_h(subj))
    hdrs.append(date)
    mid = {'gmail': '<CA%s+%s@mail.gmail.com>' % (H[:10].upper(), H[10:30]), 'outlook': '<AM%sPR0%s@%s.eurprd04.prod.outlook.com>' % (H[:4].upper(), H[4:14].upper(), H[14:26].upper()),
           'applemail': '<%s-%s-%s@%s>' % (H[:8].upper(), H[8:12].upper(), H[12:24].upper(), shopdom), 'thunderbird': '<%s-%s@%s>' % (H[:8], H[8:16], shopdom),
           'plain': '<%s.%s@mail.%s>' % (H[:12], H[12:20], shopdom)}[client]
    hdrs.append('Message-ID: %s' % mid)
    if reply:
        rid = '<0100019%s-%s-000000@email.amazonses.com>' % (H[20:31], H[31:39])
        hdrs.append('In-Reply-To: %s' % rid)
        hdrs.append('References: %s' % rid if idx % 3 else 'References: <%s.%s@marketplace.amazon.%s> %s' % (H[:6], oid, tld, rid))
    hdrs.append('MIME-Version: 1.0')
    xm = {'gmail': None, 'outlook': 'X-Mailer: Microsoft Outlook 16.0',
          'applemail': 'X-Mailer: Apple Mail (2.3826.%d.1.%d)' % (idx % 400, idx % 9),
          'thunderbird': 'User-Agent: Mozilla Thunderbird',
          'plain': ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', 'User-Agent: Mutt/2.2.12 (2023-09-09)',
                    'X-Mailer: Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)', 'User-Agent: Roundcube Webmail/1.6.9',
                    'X-Mailer: Becky! ver. 2.81.06 [ja]', 'X-Mailer: Foxmail 7.2.25.375[cn]'][idx % 6]}[client]
    if xm:
        hdrs.append(xm)
    if client == 'outlook':
        hdrs.append('Thread-Topic: %s' % enc_h(sub(m['subj'])))
        hdrs.append('Thread-Index: A%s==' % base64.b64encode(bytes.fromhex(H[:30])).decode()[:30])
        hdrs.append('X-MS-Has-Attach: %s' % ('yes' if files else ''))
        hdrs.append('Content-Language: %s' % {'en': 'en-GB', 'zh-Hant': 'zh-TW'}.get(lang, lang + '-' + lang.upper()))
    msg = ('\n'.join(hdrs) + '\n').encode('ascii') + body
    msg = msg.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    fname = '%03d-%s-%s.eml' % (idx + 1, lang, slug)
    return fname, msg, cs, client

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    slugs = set()
    rows = ['file\tverdict\tcategories\tlang\tcharset\tclient\tkind']
    for idx, m in enumerate(MSGS):
        assert (m['lang'], m['slug']) not in slugs, m['slug']
        slugs.add((m['lang'], m['slug']))
        fname, data, cs, client = build(idx, m)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        rows.append('\t'.join([fname, m['verdict'], m['cats'], m['lang'], cs, client, m['kind']]))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('wrote', len(MSGS), 'messages to', OUT)

# ================================================================ MESSAGES
# E(lang, slug, verdict, cats, kind r/p, subject, body, q=buyer text, client=, att=[A(...)], html_pre/html_post=)

CENTER = lambda h: h.replace('<body', '<body style="text-align:center;font-family:Georgia,serif;color:#7a1f5c"', 1) if '<body' in h else '<center><font face="Georgia" color="#7a1f5c">' + h + '</font></center>'
PIXEL = lambda tag: '<img src="http://open.%s.example/o/%s.gif" width="1" height="1" alt="" style="display:none">' % (tag, tag)

# ---------------------------------------------------------------- English
E('en', 'royalmail-tracked48', 'pass', '-', 'r', 'Inquiry from Amazon customer {N} (Order: {OID})',
  """Your parcel left our Leeds unit on Tuesday with Royal Mail Tracked 48. The reference is QF482913675GB and you can follow it here:
https://www.royalmail.com/track-your-item#/tracking-results/QF482913675GB

Royal Mail shows it at the Wakefield mail centre this morning, so it should reach you on Monday.""",
  q="Hi, my order of the oak bread bin hasn't turned up yet and it's been 5 days. Any news?")
E('en', 'engraving-proof', 'pass', '-', 'p', '[Important] Engraving text for order {OID} - please check',
  """Before we engrave your cufflinks (order {OID}) we'd like you to check the text. At the moment it reads:

R & T  14.06.2025

The proof is attached as a PDF. If the initials or date need changing, just reply to this message. We hold the order until we hear from you.""",
  att=[A('pdf', 'cufflink-proof-R-T.pdf', 'Engraving proof: R & T 14.06.2025')])
E('en', 'vat-invoice', 'pass', '-', 'p', 'VAT invoice for your order {OID}',
  """As requested at checkout, the VAT invoice for order {OID} (2 x Ashgrove LED batten, 1200 mm) is attached. Our VAT number is printed at the top of the invoice.""",
  att=[A('pdf', 'INV-2026-11873.pdf', 'Invoice INV-2026-11873 Order')], hi=True)
E('en', 'neutral-review-tent', 'pass', '-', 'p', 'Your Halberd Trailhead 2 tent - order {OID}',
  """Your Trailhead 2 tent was delivered on 12 November. Would you like to leave a review? Reviews from other campers help shoppers decide, and you can write one from Your Orders on Amazon.""")
E('en', 'thanks-in-thread', 'pass', '-', 'r', 'Question about your order {OID}',
  """Glad to hear the replacement lid fits. Thanks for letting us know!""",
  q="Replacement lid came today and it fits perfectly. Thank you so much :)")
E('en', 'quoted-buyer-contact', 'pass', '-', 'r', 'Order inquiry from Amazon customer {N}',
  """Thanks for the photos. We'll keep everything here in Amazon messages so there's a record for both of us.

A new hinge kit (part HK-220) goes out tomorrow morning with Evri; the tracking number will appear in your order once it's scanned.""",
  q="""The left hinge snapped on the first day. Photos attached. If it's easier, my work email is d.mahoney@harbourlogistics.example or call 07700 900418 after 5pm.""")
E('en', 'cancel-as-asked', 'pass', '-', 'r', 'Cancellation request for order {OID}',
  """No problem at all. Order {OID} has been cancelled as you asked, and the refund of £38.50 will go back to your original payment method within 3-5 working days.""",
  q="I picked the wrong size (M instead of L). Can you please cancel before it ships?")
E('en', 'sofa-slot', 'pass', '-', 'p', '[important] Delivery slot for your corner sofa, order {OID}',
  """Your Nordvik corner sofa is ready to leave our warehouse. Because it comes in three large boxes, our two-person crew needs to book a time with you.

We have 2-hour slots from Monday 7 to Thursday 10 December, between 8am and 6pm. Could you reply with the day and time that suits you, and let us know if there are stairs or a lift at the address?""")
E('en', 'usps-address-problem', 'pass', '-', 'p', 'Problem with the shipping address on order {OID}',
  """USPS returned an address check on your order {OID}: the street address is valid, but the building has several units and no apartment number was given.

Could you reply with your unit number? We'll update the label and send the package as soon as we have it.""", cs='us-ascii')
E('en', 'manufacturer-warranty-line', 'pass', '-', 'r', 'Warranty question from Amazon customer {N}',
  """The PA-40 headphones carry the manufacturer's two-year warranty, which starts on your delivery date. The manufacturer's warranty line is 1-800-555-0142 (Mon-Fri, 9am-5pm ET), and the warranty card is attached as a PDF.""",
  q="Does the two year warranty cover the ear cushions peeling? Who do I contact?",
  att=[A('pdf', 'PA-40_warranty_card.pdf', 'PA-40 Limited Warranty')])
E('en', 'self-cancel-adjusted', 'pass', '-', 'p', 'Order {OID} could not be shipped',
  """We're sorry: the last Kestrel 52 mm lens hood in stock was damaged when we packed it, so we could not ship order {OID}.

We have cancelled the order ourselves and the order amount has been adjusted to $0.00. You have not been charged, and nothing else is needed from you.""")
E('en', 'partial-refund-diffuser', 'pass', '-', 'r', 'Return for order {OID}',
  """We received the desk lamp back yesterday and have reviewed your return. The frosted diffuser was missing from the box, so we've issued a partial refund of $12.40 today instead of the full amount. If the diffuser turns up, send it back with the same return label and we'll refund the rest.""",
  q="I sent the lamp back last week. When will I see my refund?")
E('en', 'assembly-instructions', 'pass', '-', 'r', 'Product details inquiry from Amazon customer {N}',
  """Sorry the paper instructions were missing. The full assembly guide is attached (PDF, 6 pages). Step 4 needs the T20 star screwdriver, which is taped inside the top panel.""",
  q="There were no instructions in the box for the shoe cabinet, model SC-3 white. Help?",
  att=[A('pdf', 'SC-3_assembly_guide.pdf', 'SC-3 shoe cabinet assembly')])
E('en', 'coupon-answer', 'pass', '-', 'r', 'Billing question for order {OID}',
  """The coupon you clipped on the product page was applied at checkout: the $4.00 discount appears on the order summary just under the item price. Gift wrap was included at no charge, as shown on the same page.""",
  q="I clipped the $4 coupon but I'm not sure it was applied, and did the gift wrap go through?")
E('en', 'fedex-link', 'pass', '-', 'r', 'Where is my order?',
  """It's with FedEx Ground, tracking number 784512396011. Latest scan: Memphis hub, 26 Nov. Direct link: https://www.fedex.com/fedextrack/?trknbr=784512396011""",
  q="Order {OID} still says shipped but nothing has moved since Monday.", client='outlook')
E('en', 'own-site-guide', 'reject', 'links', 'r', 'Setup help for order {OID}',
  """Good question. We wrote a step-by-step guide with photos for the DP-10 drill press, including how to square the table to the chuck:
https://brightwelltools.example/help/dp10-table-alignment

Let us know if it's still off after that.""",
  q="The table on my drill press isn't square to the bit. Is there an adjustment?")
E('en', 'text-me-photos', 'reject', 'contact', 'r', 'Damaged item - order {OID}',
  """Sorry about the chipped bowl. Quickest fix: text a couple of photos to my mobile, 07911 123 456, and I'll send a new one the same day.""",
  q="One of the four bowls arrived chipped on the rim.")
E('en', 'email-spelled-out', 'reject', 'contact', 'p', 'About your seed order {OID}',
  """Your seed collection for order {OID} includes a sowing calendar. For any questions about germination, our grower reads hello [at] juniperandmoss [dot] co [dot] uk every morning and replies personally.""")
E('en', 'early-access', 'reject', 'promotion', 'r', 'Product question from Amazon customer {N}',
  """Yes, the cartridges fit all Aquaclear pitchers made after 2019. As a returning customer you also get early access to our new ceramic range in January: mention order {OID} when you buy and we'll take 15% off.""",
  q="Will these filter cartridges fit my 2021 Aquaclear pitcher?")
E('en', 'five-stars-first', 'reject', 'review', 'p', 'How is the kettle working out? Order {OID}',
  """Your gooseneck kettle should have arrived a few days ago. If anything about it falls short of five stars, please tell us here first and we'll put it right before you post anything.""")
E('en', 'skillet-draw', 'reject', 'review', 'p', 'Order {OID}: share your thoughts?',
  """We hope the oven mitts are keeping your hands cool. Everyone who reviews their purchase this month goes into our draw for a cast-iron skillet, announced on 15 December.""")
E('en', 'second-reminder', 'reject', 'review', 'p', 'Still time to review your bike light (order {OID})',
  """We wrote last week to ask for a review of your Osprey 800-lumen light. In case that message got buried, here's a second nudge: a quick review from Your Orders takes under a minute.""")
E('en', 'mention-battery', 'reject', 'review', 'p', 'Your earbuds, order {OID}',
  """Would you like to leave a review? If you do, it would really help to mention the 30-hour battery life and how quickly the earbuds paired with your phone.""")
E('en', 'emoji-delivery', 'reject', 'style', 'r', 'Delivery question for order {OID}',
  """Good news 🚚 your rug is out for delivery today with DPD and the driver's window is 10:40-11:40 📦 Enjoy!""",
  q="Will the rug arrive before Friday? We have guests coming.")
E('en', 'centered-purple', 'reject', 'style', 'p', '[Important] Confirm monogram colour for order {OID}',
  """Before we embroider your bath towels (order {OID}), please confirm the thread colour. You chose "plum"; we also have "aubergine", which is a shade darker. Reply with your choice and we'll start stitching.""",
  client='outlook', html_wrap=CENTER)
E('en', 'http-pixel', 'reject', 'style,links', 'r', 'Return label request',
  """Your prepaid return label for the wool throw is ready in Your Orders > Return or replace items. Drop the parcel at any Post Office within 14 days.""",
  q="Can I get a return label for the throw? Colour doesn't match the photos.", client='gmail', html_post=PIXEL('mailtrk'))
E('en', 'sold-out-cancel-yourself', 'reject', 'ask', 'p', 'Your order {OID} - colour sold out',
  """Unfortunately the navy colourway of the merino scarf has sold out and our supplier has no restock date. Could you cancel the order from your side (Your Orders > Cancel items)? That way it's processed straight away.""")
E('en', 'lookbook-jpg', 'reject', 'attachment,promotion', 'r', 'Size question from Amazon customer {N}',
  """The jumper runs true to size, so a Medium should be right. I've attached our winter lookbook too, in case anything else catches your eye.""",
  q="Does the cable-knit jumper come up big? I'm usually a Medium.", att=[A('jpg', 'corvina-winter-lookbook.jpg')])
E('en', 'driver-exe', 'reject', 'attachment', 'r', 'Technical question for order {OID}',
  """Windows sometimes picks the wrong driver for the USB mixer. I've attached our installer, PebbleMixSetup.exe; run it and restart, and the inputs should show up.""",
  q="My laptop doesn't detect the mixer inputs. Windows 11.", att=[A('exe', 'PebbleMixSetup.exe')])
E('en', 'important-howsit', 'reject', 'important', 'p', '[Important] How are you getting on with your blender?',
  """Your Tamarind 1200 W blender (order {OID}) was delivered last week. Would you like to leave a review? You can do that from Your Orders.""")
E('en', 'thanks-on-its-way', 'reject', 'proactive', 'p', 'Thank you for your order {OID}!',
  """Thank you for shopping with us. Your order {OID} has been packed and will be on its way shortly. We're here if you need anything.""")
E('en', 'dispatched-dpd', 'reject', 'proactive', 'p', 'Order {OID} dispatched',
  """Your order {OID} was dispatched today with DPD. Tracking: 15501234567890, https://track.dpd.co.uk/parcels/15501234567890""")
E('en', 'revise-two-stars', 'reject', 'review', 'r', 'Replacement for order {OID}',
  """Great to hear the replacement works. Now that it's sorted, would you consider revising your 2-star rating so it reflects how things turned out?""",
  q="The replacement charger arrived and works fine.")
E('en', 'google-our-guide', 'reject', 'links', 'p', 'Fitting your saddle, order {OID}',
  """To set the saddle height for order {OID}, search for "osprey cycleworks fit guide" or type ospreycycleworks dot example slash fit into your browser. It has a short video.""")
