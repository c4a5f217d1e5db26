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
 'de': dict(tld=['de'], names=['Henrike', 'Lutz', 'Maren', 'Ansgar'], hi=['Hallo {N},', 'Guten Tag {N},', 'Guten Morgen {N},'],
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
        hdrs.append('Content-Language: %s' % {'en': 'en-GB', 'zh-Hant': 'zh-TW', 'ja': 'ja-JP', 'zh': 'zh-CN', 'ko': 'ko-KR', 'ar': 'ar-SA', 'sv': 'sv-SE', 'pt': 'pt-BR'}.get(lang, lang + '-' + lang.upper()))
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

E('en', 'amazon-return-centre', 'pass', '-', 'r', 'Return question for order {OID}',
  """You can start the return from Amazon's returns centre: https://www.amazon.co.uk/returns/cart/{OID}
Choose "No longer needed" and the label will be free, since the order is within the 30-day window.""",
  q="Bought two of the planters by mistake. How do I send one back?")
E('en', 'protective-film-energy-star', 'pass', '-', 'r', 'Screen looks cloudy',
  """That haze is the protective film. Peel it from the top-left corner and the panel underneath will be clear. The monitor is Energy Star certified, so the default "Eco" picture mode also dims it slightly; you can switch to "Standard" under Menu > Picture.""",
  q="Brand new monitor, model KM-27Q, but the screen looks cloudy. Is it faulty?")
E('en', 'gift-message-confirm', 'pass', '-', 'r', 'Gift order {OID}',
  """Yes, the gift message "Happy 40th, Aunt Bea! Love, Sam and Ollie" is printed on the card inside, and the packing slip shows no prices.""",
  q="This is a gift for my aunt. Will my message be included and will the price show?")
E('en', 'dhl-rebook-line', 'pass', '-', 'r', 'Missed delivery',
  """The driver left a card because nobody was in. You can rebook with DHL Express online at https://www.dhl.com/gb-en/home/tracking.html?tracking-id=4471902835 or call DHL Express customer service on 0344 248 0844 and quote the waybill number 4471902835.""",
  q="I missed the DHL delivery of order {OID}. What now?")
E('en', 'remote-banner', 'reject', 'links', 'r', 'Bulb fitting question',
  """The bulbs have an E27 screw fitting and work with standard dimmers.""",
  q="What fitting are these bulbs? E27 or B22?", client='gmail',
  html_post='<div><img src="https://cdn.ashgrovelighting.example/mail/winter-banner-600.jpg" width="600" alt="Ashgrove Lighting"></div>')
E('en', 'ask-soft', 'reject', 'ask', 'p', 'Order {OID} - small hiccup',
  """The sage green teapot you ordered is taking longer to restock than expected. If it's easier for you, you could cancel the order on your side, and we'll let you know the moment it's back.""")
E('en', 'thanks-reply-plus-sale', 'reject', 'promotion', 'r', 'Arrived today',
  """So glad it arrived in one piece! Our Black Friday sale runs until Monday, with 25% off every rug in the store, if you're looking for a matching runner.""",
  q="Rug arrived today, looks lovely in the hallway.")

# ---------------------------------------------------------------- German
E('de', 'dhl-wasserkocher', 'pass', '-', 'r', 'Anfrage von Amazon-Kunde {N} (Bestellung: {OID})',
  """Ihr Paket mit dem Wasserkocher ist seit gestern mit DHL unterwegs. Die Sendungsnummer lautet 00340434161094015902; den aktuellen Stand sehen Sie hier:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094015902

Laut DHL wird das Paket morgen zwischen 10 und 14 Uhr zugestellt.""",
  q="Guten Tag, wo bleibt mein Paket? Ich habe vor einer Woche bestellt.")
E('de', 'gravur-brett', 'pass', '-', 'p', '[Important] Rückfrage zur Gravur - Bestellung {OID}',
  """für Ihr Schneidebrett mit Gravur (Bestellung {OID}) haben Sie folgenden Text angegeben:

Familie Schröder - seit 1998

Soll der Bindestrich so bleiben, oder möchten Sie lieber einen Punkt? Bitte bestätigen Sie uns den Text kurz; erst danach geben wir das Brett in die Fertigung.""")
E('de', 'rechnung-pdf', 'pass', '-', 'p', 'Ihre Rechnung zur Bestellung {OID}',
  """anbei erhalten Sie die Rechnung zu Ihrer Bestellung {OID} mit ausgewiesener Mehrwertsteuer. Die Rechnungsnummer lautet RE-2026-04417.""",
  att=[A('pdf', 'Rechnung_RE-2026-04417.pdf', 'Rechnung RE-2026-04417')])
E('de', 'bewertung-neutral', 'pass', '-', 'p', 'Ihre Bestellung {OID} - Ihre Meinung',
  """Ihre Bestellung {OID} (Thermoskanne, 1 Liter) wurde am 18. November zugestellt. Möchten Sie eine Bewertung hinterlassen? Ihre Erfahrungen helfen anderen Kundinnen und Kunden bei der Auswahl. Sie können die Bewertung direkt unter "Meine Bestellungen" auf Amazon abgeben.""")
E('de', 'danke-antwort', 'pass', '-', 'r', 'Lieferung angekommen',
  """vielen Dank für Ihre Rückmeldung, das freut uns sehr!""",
  q="Alles heil angekommen, die Gläser sind wunderschön. Danke!")
E('de', 'kunde-video-link', 'pass', '-', 'r', 'Geräusch beim Luftreiniger',
  """danke für das Video, damit konnten wir das Geräusch gut einordnen. Das Klackern kommt vom Transportschutz am Lüfter (rote Lasche an der Rückseite). Bitte ziehen Sie die Lasche bei ausgeschaltetem Gerät vorsichtig heraus; danach sollte der Luftreiniger leise laufen.""",
  q="Mein Luftreiniger AP-300 klackert laut. Hier ein Video: https://www.youtube.com/watch?v=q3Xk9LmP0aZ - Sie erreichen mich auch unter 0171 5550123.")
E('de', 'storno-wunsch', 'pass', '-', 'r', 'Stornierung Bestellung {OID}',
  """wie gewünscht haben wir die Bestellung {OID} storniert. Die Erstattung über 64,90 EUR erfolgt innerhalb von drei bis fünf Werktagen auf Ihr ursprüngliches Zahlungsmittel.""",
  q="Bitte stornieren Sie meine Bestellung, ich habe die Lampe doppelt gekauft.")
E('de', 'hermes-adresse', 'pass', '-', 'p', 'Problem mit der Lieferadresse - Bestellung {OID}',
  """Hermes konnte Ihr Paket nicht zustellen: Die Hausnummer 12a ist dem Zusteller in der Lindenstraße (04177 Leipzig) nicht bekannt. Bitte prüfen Sie Ihre Lieferadresse und antworten Sie uns mit der korrekten Angabe, damit wir das Paket erneut versenden können.""")
E('de', 'blog-lederpflege', 'reject', 'links', 'r', 'Frage zur Lederjacke',
  """die Jacke können Sie mit farblosem Lederbalsam pflegen. Ausführliche Tipps mit Bildern stehen in unserem Blog: https://lederwerk-blog.example/pflege/jacken-wachsen""",
  q="Wie pflege ich die Lederjacke am besten?")
E('de', 'whatsapp-nummer', 'reject', 'contact', 'r', 'Rückfrage zur Ersatzteillieferung',
  """das Ersatzteil ist bestellt. Für Rückfragen erreichen Sie mich am schnellsten per WhatsApp unter null-eins-fünf-eins, 234 567 89.""",
  q="Wann kommt der Ersatzdeckel für den Mixer?")
E('de', 'code-naechster-einkauf', 'reject', 'promotion', 'r', 'Frage zu den Maßen',
  """der Bilderrahmen misst außen 40 x 50 cm, der Ausschnitt im Passepartout 30 x 40 cm. Kleiner Tipp zum Schluss: Mit dem Code RAHMEN26 sparen Sie bei Ihrem nächsten Einkauf in unserem Shop 10 Prozent.""",
  q="Welche Außenmaße hat der Rahmen genau?")
E('de', 'fuenf-sterne-oder-mail', 'reject', 'review', 'p', 'Wie gefällt Ihnen Ihre neue Pfanne? Bestellung {OID}',
  """Ihre Pfanne sollte inzwischen bei Ihnen sein. Falls Sie nicht rundum zufrieden sind, schreiben Sie uns bitte, bevor Sie eine Bewertung abgeben. Und wenn alles passt, freuen wir uns riesig über fünf Sterne.""")
E('de', 'gif-signatur', 'reject', 'style,attachment', 'r', 'Lieferzeit Gartenbank',
  """die Gartenbank wird am Dienstag von der Spedition geliefert. Der Fahrer meldet sich eine Stunde vorher telefonisch.""",
  q="Wann kommt die Gartenbank?", client='applemail', att=[A('gifinline', 'logo-animiert.gif')],
  html_post='<div><img src="cid:sig-logo-animiert.gif@inline" alt="Logo"></div>')
E('de', 'groesse-ausverkauft', 'reject', 'ask', 'p', 'Ihre Bestellung {OID} - Größe nicht lieferbar',
  """leider ist der Wanderschuh in Größe 42 nicht mehr lieferbar. Bitte stornieren Sie die Bestellung {OID} selbst über Ihr Kundenkonto; so geht die Erstattung am schnellsten.""")
E('de', 'zip-pflegeanleitung', 'reject', 'attachment,promotion', 'r', 'Pflegehinweise Teppich',
  """gern! Die Pflegehinweise für den Wollteppich und ein paar Bilder aus unserem aktuellen Sortiment finden Sie im angehängten Archiv.""",
  q="Wie reinige ich den Teppich am besten?", att=[A('zip', 'Pflegeanleitung_und_Sortiment.zip', 'Pflegehinweise Wollteppich')])
E('de', 'wichtig-danke', 'reject', 'important,proactive', 'p', '[Important] Danke für Ihren Einkauf!',
  """herzlichen Dank für Ihre Bestellung {OID}. Wir wünschen Ihnen viel Freude mit Ihrem neuen Kopfkissen!""")

# ---------------------------------------------------------------- French
E('fr', 'colissimo-suivi', 'pass', '-', 'r', 'Question sur la livraison de la commande {OID}',
  """Votre colis est parti jeudi en Colissimo, numéro de suivi 6A23145678901. Vous pouvez suivre son acheminement ici :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A23145678901

Il est actuellement à la plateforme de Bonneuil et devrait être livré lundi.""",
  q="Bonjour, je n'ai toujours pas reçu la théière. Pouvez-vous vérifier ?")
E('fr', 'creneau-armoire', 'pass', '-', 'p', '[Important] Rendez-vous de livraison pour votre armoire - commande {OID}',
  """Votre armoire trois portes (commande {OID}) est prête à être expédiée. Comme elle pèse 96 kg, le transporteur livre uniquement sur rendez-vous.

Pourriez-vous nous indiquer une date qui vous convient entre le 7 et le 11 décembre, ainsi que l'étage et la présence d'un ascenseur ?""")
E('fr', 'notice-chevet', 'pass', '-', 'r', 'Notice de montage manquante',
  """Vous trouverez ci-joint la notice de montage de la table de chevet NV-2 au format PDF. Les vis de l'étape 3 sont les plus longues (M6 x 40).""",
  q="Il n'y avait pas de notice dans le carton de la table de chevet.", att=[A('pdf', 'notice_NV-2.pdf', 'Notice de montage NV-2')])
E('fr', 'avis-neutre', 'pass', '-', 'p', 'Votre commande {OID}',
  """Votre lampe de bureau a été livrée la semaine dernière. Souhaitez-vous laisser un commentaire sur ce produit ? Votre avis aide d'autres clients à faire leur choix ; vous pouvez le déposer depuis la page Vos commandes.""")
E('fr', 'merci-fil', 'pass', '-', 'r', 'Coffret reçu',
  """Merci beaucoup pour votre message, nous sommes ravis que le coffret vous plaise !""",
  q="Le coffret de thés est arrivé, il est magnifique. Merci !")
E('fr', 'client-donne-tel', 'pass', '-', 'r', 'Chargeur défectueux',
  """Merci pour ces précisions. Nous préférons poursuivre l'échange par la messagerie Amazon, afin que tout reste dans votre commande.

Un chargeur de remplacement (réf. CH-65W) part demain par Chronopost ; le numéro de suivi apparaîtra dans Vos commandes.""",
  q="Le chargeur ne fonctionne plus après 3 jours. Vous pouvez m'appeler au 06 12 34 56 78 ou m'écrire à lea.morel@exemple-mail.fr.")
E('fr', 'annulation-rupture-ajustee', 'pass', '-', 'p', 'Commande {OID} annulée',
  """Nous sommes désolés : le dernier moulin à poivre en stock présentait un défaut et nous n'avons pas pu expédier votre commande {OID}.

Nous avons annulé la commande nous-mêmes et le montant a été ajusté à 0,00 EUR ; vous ne serez pas débité.""")
E('fr', 'instagram-recettes', 'reject', 'links', 'r', 'Utilisation du moule',
  """Le moule passe au four jusqu'à 230 °C. Vous trouverez aussi toutes nos recettes sur notre page : instagram.com/larkspur.pantry""",
  q="Le moule en silicone va-t-il au four ?")
E('fr', 'arobase-deguise', 'reject', 'contact', 'p', 'Votre commande {OID} - garantie',
  """Votre robot pâtissier est couvert par notre garantie de deux ans. Pour toute question, écrivez-nous directement : service.client arobase tamarind-cuisine point fr""")
E('fr', 'bougies-noel', 'reject', 'promotion', 'r', 'Parfum de la bougie',
  """La bougie « Figue noire » contient 8 % de parfum et brûle environ 45 heures. Pour Noël, profitez de -20 % sur toute la gamme avec le code NOEL20 dans notre boutique en ligne.""",
  q="Combien de temps dure la bougie ?")
E('fr', 'frais-port-avis', 'reject', 'review', 'p', 'Un petit geste pour vous - commande {OID}',
  """Nous espérons que votre plaid vous tient bien chaud. Si vous laissez un avis sur Amazon, nous vous rembourserons les frais de port de votre commande {OID}.""")
E('fr', 'emoji-colis', 'reject', 'style', 'r', 'Délai de livraison',
  """Votre colis est bien en route ✨ Il sera livré demain avant 13 h par Chronopost 🎁""",
  q="Est-ce que je recevrai la commande avant le week-end ?")
E('fr', 'rupture-annulez', 'reject', 'ask', 'p', 'Commande {OID} : article indisponible',
  """Malheureusement, le coussin en lin moutarde est en rupture de stock. Merci de bien vouloir demander l'annulation de la commande {OID} de votre côté, dans Vos commandes.""")
E('fr', 'guide-tailles-html', 'reject', 'attachment', 'r', 'Guide des tailles',
  """Je vous joins notre calculateur de taille : ouvrez le fichier dans votre navigateur et saisissez votre tour de poitrine.""",
  q="Quelle taille prendre pour la veste ? Je fais 92 cm de tour de poitrine.",
  att=[A('html', 'calculateur-taille.html', '<html><body><script>function t(c){return c<90?"S":c<98?"M":"L"}document.write(t(prompt("Tour de poitrine")))</script></body></html>')])
E('fr', 'important-expediee', 'reject', 'important,proactive', 'p', '[Important] Votre commande {OID} a été expédiée',
  """Bonne nouvelle : votre commande {OID} a quitté notre entrepôt ce matin. Merci pour votre confiance !""")

# ---------------------------------------------------------------- Spanish
E('es', 'correos-seguimiento', 'pass', '-', 'r', 'Consulta sobre el envío del pedido {OID}',
  """Su paquete salió el miércoles con Correos. El número de seguimiento es PQ4B2C0712345670128001M y puede consultarlo aquí:
https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4B2C0712345670128001M

Según Correos, está en reparto en Zaragoza.""",
  q="Hola, ¿me podéis decir dónde está mi pedido de la sartén?")
E('es', 'taza-nombre', 'pass', '-', 'p', '[Important] Confirme el nombre para su taza personalizada - pedido {OID}',
  """Antes de imprimir su taza (pedido {OID}) queremos confirmar el texto. Nos indicó «Abuela Maite», pero en el formulario aparece «Abuela Maíte» con tilde. ¿Cuál de las dos versiones prefiere? Imprimiremos en cuanto nos responda.""")
E('es', 'factura-mx', 'pass', '-', 'r', 'Solicitud de factura',
  """Con gusto. Adjuntamos la factura del pedido {OID} en PDF, con su RFC tal como nos lo indicó.""",
  q="¿Me pueden enviar factura con mi RFC? Es para la empresa.", att=[A('pdf', 'factura-F-88213.pdf', 'Factura F-88213')])
E('es', 'resena-neutral', 'pass', '-', 'p', 'Su pedido {OID}',
  """Su cafetera italiana fue entregada el 16 de noviembre. ¿Le gustaría dejar una reseña? Su opinión ayuda a otros clientes a elegir, y puede escribirla desde Mis pedidos en Amazon.""")
E('es', 'gracias-hilo', 'pass', '-', 'r', 'Pedido recibido',
  """¡Muchas gracias por avisarnos! Nos alegra que haya llegado a tiempo para el cumpleaños.""",
  q="Ya llegó el juego de mesa, justo a tiempo para el cumpleaños de mi hijo. ¡Gracias!")
E('es', 'cliente-pega-correo', 'pass', '-', 'r', 'Problema con la talla',
  """Gracias por los datos. Para que todo quede registrado en su pedido, seguiremos por la mensajería de Amazon.

Puede devolver las zapatillas desde Mis pedidos con la etiqueta prepagada; en cuanto las recibamos le enviamos la talla 39.""",
  q="Me quedan pequeñas, necesito un 39. Mi correo es marisa.ortega@correo-ejemplo.es por si es más fácil.")
E('es', 'cancelacion-pedida', 'pass', '-', 'r', 'Cancelar pedido {OID}',
  """Hemos cancelado el pedido {OID} tal como nos pidió. Verá el reembolso de 27,95 EUR en su método de pago en un plazo de 3 a 5 días hábiles.""",
  q="Por favor, cancelen mi pedido, lo he encontrado en la tienda de mi barrio.")
E('es', 'direccion-piso', 'pass', '-', 'p', 'Problema con la dirección de envío del pedido {OID}',
  """SEUR nos indica que en la dirección de envío de su pedido {OID} falta el piso y la puerta (calle Almirante 14, 28004 Madrid). ¿Podría respondernos con esos datos para que el repartidor pueda entregarlo?""")
E('es', 'youtube-tutorial', 'reject', 'links', 'r', 'Cómo montar la estantería',
  """Hemos grabado un tutorial de montaje paso a paso en nuestro canal: https://youtu.be/Rk8dQ2pLm4w Si le surge alguna duda, nos dice.""",
  q="No entiendo el paso 5 del montaje de la estantería.")
E('es', 'llamenos', 'reject', 'contact', 'r', 'Garantía del secador',
  """Lamentamos la avería. Para tramitar la garantía más rápido, llámenos al 912 345 678 de lunes a viernes y lo gestionamos por teléfono.""",
  q="El secador dejó de calentar a las dos semanas.")
E('es', 'cupon-gracias10', 'reject', 'promotion', 'p', 'Información sobre su pedido {OID}',
  """Su pedido {OID} incluye el manual de la báscula en español. Como agradecimiento, le dejamos el cupón GRACIAS10 para un 10 % de descuento en su próxima compra en nuestra tienda.""")
E('es', 'cinco-estrellas', 'reject', 'review', 'p', '¿Qué tal su mochila? Pedido {OID}',
  """Esperamos que esté disfrutando de su mochila. Si está contento con ella, una reseña de cinco estrellas nos ayudaría muchísimo a seguir creciendo.""")
E('es', 'darse-de-baja', 'reject', 'style', 'p', 'Su pedido {OID}: cuidado de la planta',
  """Su monstera llegó ayer. Riéguela una vez por semana y manténgala lejos del sol directo.

Si no desea recibir más mensajes nuestros, responda con la palabra BAJA.""")
E('es', 'agotado-cancele', 'reject', 'ask', 'p', 'Pedido {OID}: producto agotado',
  """Lamentablemente, el reloj en color arena se ha agotado y no sabemos cuándo volverá. Le rogamos que solicite usted mismo la cancelación del pedido {OID} desde Mis pedidos.""")
E('es', 'catalogo-png', 'reject', 'attachment', 'r', 'Colores disponibles',
  """El cojín solo está disponible en gris y azul petróleo. Le adjunto una imagen con toda nuestra colección de textiles.""",
  q="¿Tienen este cojín en verde?", att=[A('png', 'coleccion-textil-2027.png')])
E('es', 'importante-gracias', 'reject', 'important,proactive', 'p', '[Important] ¡Gracias por su compra!',
  """Le agradecemos mucho que haya elegido nuestra tienda para su pedido {OID}. Quedamos a su disposición.""")

# ---------------------------------------------------------------- Italian
E('it', 'poste-tracciamento', 'pass', '-', 'r', 'Richiesta dal cliente Amazon {N} (Ordine: {OID})',
  """Il suo pacco è stato affidato a Poste Italiane venerdì. Il codice di tracciamento è RR582641397IT e può seguirlo qui:
https://www.poste.it/cerca/index.html#/risultati-spedizioni/RR582641397IT

Risulta in consegna a Bologna per martedì.""",
  q="Buongiorno, l'ordine della moka non è ancora arrivato. Potete controllare?")
E('it', 'incisione-ciondolo', 'pass', '-', 'p', '[Important] Verifica del testo da incidere - ordine {OID}',
  """Prima di incidere il ciondolo dell'ordine {OID} vorremmo che controllasse il testo: «Per sempre, G. & L.». Va bene così, oppure preferisce senza virgola? Procederemo appena riceviamo la sua conferma.""")
E('it', 'garanzia-pdf', 'pass', '-', 'r', 'Garanzia dello spremiagrumi',
  """Lo spremiagrumi SG-70 ha una garanzia di 24 mesi dalla data di consegna. In allegato trova il certificato di garanzia in PDF con le istruzioni per l'assistenza.""",
  q="Che garanzia ha lo spremiagrumi?", att=[A('pdf', 'garanzia_SG-70.pdf', 'Certificato di garanzia SG-70')])
E('it', 'recensione-neutra', 'pass', '-', 'p', 'Il suo ordine {OID}',
  """Il suo zaino da trekking è stato consegnato una settimana fa. Le andrebbe di lasciare una recensione? La sua opinione aiuta altri clienti nella scelta; può scriverla dalla sezione I miei ordini.""")
E('it', 'grazie-risposta', 'pass', '-', 'r', 'Tutto ok',
  """Grazie a lei per averci scritto, siamo contenti che sia tutto a posto!""",
  q="Il pacco è arrivato integro, grazie mille per la rapidità.")
E('it', 'cliente-link-foto', 'pass', '-', 'r', 'Prodotto danneggiato',
  """Grazie per le foto, il danno è evidente. Le spediamo oggi un vaso nuovo con BRT e non serve restituire quello rotto.""",
  q="Il vaso è arrivato crepato, ecco le foto: https://photos.app.goo.gl/Xk2Pq9Lm4Rt7Yb3A8 - il mio cellulare è 347 555 0199.")
E('it', 'rimborso-parziale', 'pass', '-', 'r', 'Reso ordine {OID}',
  """Abbiamo ricevuto il reso e verificato il contenuto. Mancava il coperchio in vetro, quindi le abbiamo emesso un rimborso parziale di 18,50 EUR. Se lo ritrova, può spedircelo con la stessa etichetta e le rimborseremo la differenza.""",
  q="Ho restituito la pentola la settimana scorsa, quando arriva il rimborso?")
E('it', 'sito-ricette', 'reject', 'links', 'p', 'Il suo ordine {OID}: idee per la pasta',
  """Grazie per aver scelto la nostra trafila in bronzo. Sul nostro sito trova cinquanta ricette pensate apposta: www.pastificio-ricette.example/trafila""")
E('it', 'chiocciola', 'reject', 'contact', 'r', 'Domanda sulla taglia',
  """La taglia 40 corrisponde a una M. Se vuole una consulenza più dettagliata mi scriva pure a giulia chiocciola corvina-tessuti punto it.""",
  q="La taglia 40 corrisponde a una M o a una S?")
E('it', 'nuova-collezione', 'reject', 'promotion', 'p', 'Ordine {OID}: la sua tazza',
  """La sua tazza in gres (ordine {OID}) è lavabile in lavastoviglie. Ne approfittiamo per presentarle la nuova collezione natalizia: piatti e ciotole abbinati, disponibili nel nostro negozio Amazon.""")
E('it', 'rimuovere-recensione', 'reject', 'review', 'r', 'Sostituzione completata',
  """Siamo felici che la nuova lampada funzioni. Visto che il problema è risolto, potrebbe gentilmente rimuovere la recensione negativa che ha lasciato?""",
  q="La lampada sostitutiva funziona, grazie.")
E('it', 'testo-centrato', 'reject', 'style', 'p', 'Consegna del materasso - ordine {OID}',
  """Il corriere consegnerà il materasso dell'ordine {OID} giovedì 3 dicembre tra le 9 e le 13. Se l'orario non le va bene, ci risponda e lo spostiamo.""",
  client='thunderbird', html_wrap=CENTER)
E('it', 'esaurito-annulli', 'reject', 'ask', 'p', 'Ordine {OID}: articolo esaurito',
  """Purtroppo il tappeto nella misura 160 x 230 è esaurito. Le chiediamo di annullare lei l'ordine {OID} dalla sezione I miei ordini, così il rimborso è immediato.""")
E('it', 'docx-catalogo', 'reject', 'attachment,promotion', 'r', 'Disponibilità colori',
  """Al momento il plaid è disponibile solo in beige. In allegato le mando il nostro catalogo completo con i prezzi aggiornati.""",
  q="Avete il plaid anche in verde?", att=[A('docx', 'Catalogo_prezzi_2027.docx', '<w:document>Catalogo</w:document>')])
E('it', 'importante-spedito', 'reject', 'important,proactive', 'p', '[Important] Il suo ordine è stato spedito',
  """Il suo ordine {OID} è stato spedito oggi. Grazie per averci scelto!""")

# ---------------------------------------------------------------- Dutch
E('nl', 'postnl-track', 'pass', '-', 'r', 'Vraag over bestelling {OID}',
  """Uw pakket is dinsdag door PostNL opgehaald. De barcode is 3SNVHM7482015 en u kunt de zending hier volgen:
https://jouw.postnl.nl/track-and-trace/3SNVHM7482015-NL-3512JE

Volgens PostNL wordt het morgen tussen 14:15 en 16:45 bezorgd.""",
  q="Hoi, mijn bestelling met de broodrooster is nog niet binnen. Weet u waar die is?")
E('nl', 'naam-borduren', 'pass', '-', 'p', '[Important] Controle van de naam op de handdoek - bestelling {OID}',
  """Voordat we de naam op de badcape borduren, willen we graag even controleren of deze juist is gespeld. U heeft "Fenna-Lot" opgegeven. Klopt het streepje? Zodra u bevestigt, gaat de cape in productie.""")
E('nl', 'handleiding-pdf', 'pass', '-', 'r', 'Handleiding weerstation',
  """De Nederlandstalige handleiding van het weerstation WS-12 zit als PDF in de bijlage. Op pagina 7 staat hoe u de buitensensor koppelt.""",
  q="Bij het weerstation zat alleen een Duitse handleiding. Heeft u er een in het Nederlands?",
  att=[A('pdf', 'handleiding_WS-12_NL.pdf', 'Handleiding WS-12')])
E('nl', 'review-neutraal', 'pass', '-', 'p', 'Uw bestelling {OID}',
  """Uw koffiemolen is vorige week bezorgd. Wilt u een review achterlaten? Uw ervaring helpt andere klanten bij het kiezen. Dat kan via Mijn bestellingen op Amazon.""")
E('nl', 'bedankt-antwoord', 'pass', '-', 'r', 'Pakket ontvangen',
  """Fijn om te horen, bedankt voor het laten weten!""",
  q="Alles is goed aangekomen. Dank jullie wel!")
E('nl', 'klant-mail-in-citaat', 'pass', '-', 'r', 'Verkeerde kleur ontvangen',
  """Excuses voor de verwisseling. We sturen vandaag de grijze variant met bpost. De groene mag u houden; terugsturen is niet nodig.""",
  q="Ik heb groen ontvangen in plaats van grijs. Stuur gerust een mail naar jan.devries@voorbeeldmail.nl of bel 0470 12 34 56.")
E('nl', 'annulering-klant', 'pass', '-', 'r', 'Annuleren graag',
  """Uw bestelling {OID} is geannuleerd zoals gevraagd. Het bedrag van 42,50 EUR wordt binnen drie werkdagen teruggestort.""",
  q="Kunt u mijn bestelling annuleren? Ik heb de verkeerde maat gekozen.")
E('nl', 'facebook-groep', 'reject', 'links', 'r', 'Tips voor de zuurdesem',
  """Houd het deeg op kamertemperatuur, dan rijst het beter. Meer tips en foto's van andere bakkers vindt u in onze groep: https://www.facebook.com/groups/larkspurbakkers""",
  q="Mijn zuurdesem rijst niet goed, wat doe ik verkeerd?")
E('nl', 'bel-ons-mobiel', 'reject', 'contact', 'p', 'Installatie van uw thermostaat - bestelling {OID}',
  """Bij uw slimme thermostaat (bestelling {OID}) hoort een gratis installatiecheck. Bel of app onze monteur Ruud op 06-12 34 56 78 om een moment af te spreken.""")
E('nl', 'korting-volgende', 'reject', 'promotion', 'r', 'Vraag over de stofzak',
  """De stofzakken passen op alle modellen uit de VX-serie. Bij uw volgende bestelling in onze webshop krijgt u 15% korting met de code STOF15.""",
  q="Passen deze stofzakken ook op de VX-200?")
E('nl', 'alleen-tevreden', 'reject', 'review', 'p', 'Bevalt uw tuinslang? (bestelling {OID})',
  """Bent u tevreden over de tuinslang? Dan zouden we een positieve review erg waarderen. Niet tevreden? Laat het ons dan eerst weten, dan lossen we het samen op.""")
E('nl', 'emoji-smiley', 'reject', 'style', 'r', 'Levering kerstboom',
  """De kerstboom wordt zaterdag tussen 9 en 12 uur bezorgd 🎄 Zet u alvast een emmer water klaar? 😊""",
  q="Wanneer komt de kerstboom?")
E('nl', 'uitverkocht-annuleer', 'reject', 'ask', 'p', 'Bestelling {OID} niet leverbaar',
  """Helaas is de vaas in het oker uitverkocht. Wilt u de bestelling {OID} zelf annuleren via uw account? Dan krijgt u het geld het snelst terug.""")
E('nl', 'zip-fotos', 'reject', 'attachment,promotion', 'r', 'Afmetingen lamp',
  """De lamp is 48 cm hoog. In de bijlage vindt u een zip met sfeerfoto's van de lamp en onze andere armaturen.""",
  q="Hoe hoog is de lamp precies?", att=[A('zip', 'sfeerfotos-ashgrove.zip', 'Ashgrove armaturen')])
E('nl', 'important-verzonden', 'reject', 'important,proactive', 'p', 'Bestelling {OID} verzonden [Important]',
  """Goed nieuws: uw bestelling {OID} is vandaag verzonden. Bedankt voor uw aankoop!""")

# ---------------------------------------------------------------- Polish
E('pl', 'inpost-paczkomat', 'pass', '-', 'r', 'Pytanie o zamówienie {OID}',
  """Paczka została nadana wczoraj przez InPost do wybranego paczkomatu. Numer przesyłki to 620478591023674518203941, a jej status można sprawdzić tutaj:
https://inpost.pl/sledzenie-przesylek?number=620478591023674518203941

Kod odbioru przyjdzie SMS-em od InPost, gdy paczka będzie w paczkomacie.""",
  q="Dzień dobry, kiedy przyjdzie moja paczka z czajnikiem?")
E('pl', 'grawer-kubek', 'pass', '-', 'p', '[Important] Prosimy o potwierdzenie napisu - zamówienie {OID}',
  """Zanim wygrawerujemy kubek z zamówienia {OID}, prosimy o sprawdzenie tekstu: „Dla najlepszej Babci Krysi”. Czy pisownia jest prawidłowa? Po otrzymaniu potwierdzenia od razu przekażemy kubek do grawerowania.""")
E('pl', 'faktura-vat', 'pass', '-', 'r', 'Prośba o fakturę',
  """W załączniku przesyłamy fakturę VAT do zamówienia {OID}, wystawioną na podany NIP.""",
  q="Poproszę o fakturę na firmę, NIP 5252344078.", att=[A('pdf', 'FV_2026_11_0417.pdf', 'Faktura VAT FV/2026/11/0417')])
E('pl', 'opinia-neutralna', 'pass', '-', 'p', 'Zamówienie {OID}',
  """Pani/Pana zamówienie {OID} (blender ręczny) zostało dostarczone 17 listopada. Czy zechce Pani/Pan wystawić opinię o produkcie? Opinie pomagają innym klientom w wyborze; można ją dodać w sekcji Moje zamówienia.""")
E('pl', 'dziekujemy-watek', 'pass', '-', 'r', 'Wszystko dotarło',
  """Bardzo dziękujemy za wiadomość, cieszymy się, że wszystko dotarło w całości!""",
  q="Zestaw garnków dotarł cały i zdrowy. Dziękuję!")
E('pl', 'klient-telefon-cytat', 'pass', '-', 'r', 'Uszkodzona rama',
  """Dziękujemy za zdjęcia. Nową ramę wyślemy jutro kurierem DPD; zwrot uszkodzonej nie jest potrzebny.""",
  q="Rama roweru jest porysowana. Mój numer to 601 234 567, proszę dzwonić po 16.")
E('pl', 'anulowanie-na-prosbe', 'pass', '-', 'r', 'Anulowanie zamówienia',
  """Zgodnie z prośbą anulowaliśmy zamówienie {OID}. Zwrot kwoty 189,00 zł trafi na Pani/Pana konto w ciągu 3-5 dni roboczych.""",
  q="Proszę anulować zamówienie, zamówiłem zły rozmiar.")
E('pl', 'link-sklep', 'reject', 'links,promotion', 'p', 'Zamówienie {OID} - akcesoria',
  """Do Pani/Pana odkurzacza z zamówienia {OID} pasują również nasze filtry i szczotki, które znajdzie Pani/Pan na stronie https://sklep-brightwell.example/akcesoria""")
E('pl', 'malpa-email', 'reject', 'contact', 'r', 'Pytanie o gwarancję',
  """Gwarancja obejmuje 24 miesiące. W razie pytań proszę pisać bezpośrednio: reklamacje małpa kestrel-foto kropka pl.""",
  q="Jak długo obowiązuje gwarancja na statyw?")
E('pl', 'rabat-nastepne', 'reject', 'promotion', 'p', 'Dziękujemy za zamówienie {OID}',
  """Zamówienie {OID} jest już w drodze. Na kolejne zakupy w naszym sklepie przygotowaliśmy dla Pani/Pana rabat 15% z kodem WRACAM15.""")
E('pl', 'zmiana-opinii', 'reject', 'review', 'r', 'Wymiana suszarki',
  """Cieszymy się, że nowa suszarka działa bez zarzutu. Czy mogłaby Pani zmienić swoją ocenę z jednej gwiazdki na wyższą?""",
  q="Nowa suszarka już dotarła i działa.")
E('pl', 'gif-zdalny', 'reject', 'style,links', 'r', 'Termin dostawy',
  """Kanapa zostanie dostarczona w czwartek między 8 a 12. Kierowca zadzwoni pół godziny wcześniej.""",
  q="Kiedy przyjedzie kanapa?", client='gmail',
  html_post='<div><img src="https://cdn.nordvik-home.example/img/dziekujemy-animacja.gif" width="320"></div>')
E('pl', 'brak-prosimy-anulowac', 'reject', 'ask', 'p', 'Zamówienie {OID} - brak towaru',
  """Niestety, lampka w kolorze miedzianym jest niedostępna. Uprzejmie prosimy o samodzielne anulowanie zamówienia {OID} w zakładce Moje zamówienia.""")
E('pl', 'exe-w-zipie', 'reject', 'attachment', 'r', 'Aktualizacja kamery',
  """W załączniku przesyłam program do aktualizacji oprogramowania kamery. Proszę rozpakować archiwum i uruchomić instalator.""",
  q="Kamera nie łączy się z Wi-Fi. Czy jest jakaś aktualizacja?", att=[A('zipexe', 'aktualizacja_kamery.zip')])
E('pl', 'wazne-podziekowanie', 'reject', 'important,proactive', 'p', '[IMPORTANT] Dziękujemy za zakupy!',
  """Dziękujemy za złożenie zamówienia {OID}. Życzymy udanych zakupów i miłego dnia!""")

# ---------------------------------------------------------------- Swedish
E('sv', 'postnord-sparning', 'pass', '-', 'r', 'Fråga om beställning {OID}',
  """Ditt paket lämnades till PostNord i måndags. Kollinumret är UA482917365SE och du kan följa det här:
https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=UA482917365SE

Det ligger nu på ditt utlämningsställe i Västerås.""",
  q="Hej! Var är mitt paket med ullfilten?")
E('sv', 'leverans-soffa-tid', 'pass', '-', 'p', '[Important] Boka leveranstid för din soffa - order {OID}',
  """Din soffa (order {OID}) levereras med två bärare och behöver därför en bokad tid. Vi har lediga tider tisdag 8 december och torsdag 10 december, förmiddag eller eftermiddag. Svara gärna med vilken tid som passar dig och om det finns hiss i huset.""")
E('sv', 'garantibevis', 'pass', '-', 'r', 'Garanti på kaffebryggaren',
  """Kaffebryggaren har två års garanti från leveransdagen. Garantibeviset bifogas som PDF.""",
  q="Hur lång garanti har kaffebryggaren?", att=[A('pdf', 'garantibevis_KB-5.pdf', 'Garantibevis KB-5')])
E('sv', 'recension-neutral', 'pass', '-', 'p', 'Din order {OID}',
  """Din stekpanna levererades för en vecka sedan. Vill du lämna en recension? Dina erfarenheter hjälper andra kunder att välja, och du kan skriva den under Mina beställningar.""")
E('sv', 'tack-svar', 'pass', '-', 'r', 'Allt kom fram',
  """Vad roligt att höra! Tack för att du hörde av dig.""",
  q="Tallrikarna kom fram hela. Tack!")
E('sv', 'kund-lank-citat', 'pass', '-', 'r', 'Fel på laddaren',
  """Tack för länken, då ser vi exakt vilken modell det gäller. Laddaren som passar din cykel är LD-36; vi skickar den i dag med PostNord.""",
  q="Jag har den här cykeln: https://www.cykelguiden.example/modell/stadsbike-7 - vilken laddare behöver jag? Ring gärna 070-123 45 67.")
E('sv', 'delaterbetalning', 'pass', '-', 'r', 'Retur av order {OID}',
  """Vi har tagit emot returen och gått igenom innehållet. Locket saknades, så vi har gjort en delåterbetalning på 95 kr. Hittar du locket kan du skicka det med samma returetikett.""",
  q="Jag skickade tillbaka grytan förra veckan. När får jag pengarna?")
E('sv', 'tiktok-lank', 'reject', 'links', 'r', 'Hur knyter man sjalen?',
  """Det finns flera sätt! Vi har gjort en kort film som visar tre knutar: https://www.tiktok.com/@juniperochmoss/video/7312345678901234567""",
  q="Hur knyter man sjalen snyggt?")
E('sv', 'ring-oss', 'reject', 'contact', 'p', 'Montering av din hylla - order {OID}',
  """Om du behöver hjälp med monteringen av hyllan från order {OID} kan du ringa vår montör direkt på 073-555 12 34, vardagar 8-17.""")
E('sv', 'nyhetsbrev', 'reject', 'promotion', 'r', 'Storlek på handskarna',
  """Handskarna är normala i storleken, så välj din vanliga storlek. Prenumerera gärna på vårt nyhetsbrev, så får du 10 % rabatt på nästa köp.""",
  q="Är handskarna små i storleken?")
E('sv', 'skriv-om-doften', 'reject', 'review', 'p', 'Din doftljus-order {OID}',
  """Vill du lämna en recension? Skriv gärna något om doften och hur länge ljuset brinner, det är sånt andra kunder vill veta.""")
E('sv', 'manga-radbrytningar', 'reject', 'style', 'p', 'Montering av din hylla - order {OID} (instruktion)',
  """Monteringsanvisningen för hyllan i order {OID} ligger i den lilla påsen med skruvar.




Börja med sidorna och dra åt skruvarna först när alla hyllplan sitter på plats.""", client='plain')
E('sv', 'slut-be-avboka', 'reject', 'ask', 'p', 'Order {OID}: varan är slut',
  """Tyvärr är mössan i grått slut i lager. Kan du avbeställa ordern {OID} själv under Mina beställningar? Då går återbetalningen snabbast.""")
E('sv', 'bild-katalog', 'reject', 'attachment,promotion', 'p', 'Din order {OID}: tillbehör',
  """Till din kamera i order {OID} passar flera av våra tillbehör. Se bifogad bild med hela tillbehörskatalogen.""",
  att=[A('jpg', 'tillbehor-katalog.jpg')])
E('sv', 'viktigt-tack', 'reject', 'important,proactive', 'p', '[important] Tack för din beställning',
  """Stort tack för din beställning {OID}! Vi finns här om du behöver något.""")

# ---------------------------------------------------------------- Turkish
E('tr', 'yurtici-takip', 'pass', '-', 'r', 'Sipariş {OID} hakkında soru',
  """Siparişiniz dün Yurtiçi Kargo ile yola çıktı. Gönderi takip numaranız 304918275563; kargonuzu aşağıdaki bağlantıdan takip edebilirsiniz:
https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=304918275563

Kargonun yarın teslim edilmesi bekleniyor.""",
  q="Merhaba, çaydanlık siparişim hâlâ gelmedi. Kontrol edebilir misiniz?")
E('tr', 'adres-sorunu', 'pass', '-', 'p', '[Important] Teslimat adresinizle ilgili sorun - sipariş {OID}',
  """Aras Kargo, {OID} numaralı siparişinizin teslimat adresinde bina ve daire numarasının eksik olduğunu bildirdi (Moda Caddesi, Kadıköy/İstanbul). Doğru bina ve daire numarasını bu mesaja yanıt olarak iletebilir misiniz? Bilgiyi alır almaz paketi yeniden yola çıkaracağız.""")
E('tr', 'e-arsiv-fatura', 'pass', '-', 'r', 'Fatura talebi',
  """{OID} numaralı siparişinize ait e-Arşiv faturayı ekte PDF olarak gönderiyoruz.""",
  q="Siparişimin faturasını gönderebilir misiniz?", att=[A('pdf', 'e-arsiv-fatura-GIB2026000041.pdf', 'e-Arsiv Fatura')])
E('tr', 'degerlendirme-notr', 'pass', '-', 'p', 'Siparişiniz {OID}',
  """{OID} numaralı siparişiniz (çelik termos) 19 Kasım'da teslim edildi. Ürün hakkında bir değerlendirme yazmak ister misiniz? Görüşleriniz diğer müşterilerin seçim yapmasına yardımcı olur. Değerlendirmenizi Siparişlerim sayfasından yazabilirsiniz.""")
E('tr', 'tesekkur-yanit', 'pass', '-', 'r', 'Ürün elime ulaştı',
  """Geri bildiriminiz için çok teşekkür ederiz, beğenmenize çok sevindik!""",
  q="Nevresim takımı elime ulaştı, çok güzel. Teşekkürler!")
E('tr', 'musteri-foto-link', 'pass', '-', 'r', 'Kırık kapak',
  """Fotoğraflar için teşekkür ederiz. Kapaktaki çatlak taşıma sırasında oluşmuş. Yeni kapak bugün PTT Kargo ile yola çıkıyor; eskisini geri göndermenize gerek yok.""",
  q="Kapak kırık geldi, fotoğrafları buraya yükledim: https://imgur.com/a/Zx81Kp2 Telefonum 0532 987 65 43.")
E('tr', 'iptal-talep', 'pass', '-', 'r', 'Siparişi iptal etmek istiyorum',
  """İsteğiniz üzerine {OID} numaralı siparişinizi iptal ettik. 749,90 TL tutarındaki iade, 3-5 iş günü içinde kartınıza yansıyacaktır.""",
  q="Yanlış renk seçmişim, siparişi iptal edebilir misiniz?")
E('tr', 'kurulum-sitesi', 'reject', 'links', 'r', 'Çadır kurulumu',
  """Çadırın kurulum videosunu web sitemizde bulabilirsiniz: https://halberd-outdoor.example/tr/kurulum-videolari""",
  q="Çadırı nasıl kuracağımı anlayamadım.")
E('tr', 'whatsapp-hatti', 'reject', 'contact', 'p', 'Siparişiniz {OID} hakkında',
  """{OID} numaralı siparişinizdeki kahve makinesi için daha hızlı destek almak isterseniz WhatsApp hattımıza yazabilirsiniz: 0532 123 45 67.""")
E('tr', 'indirim-kodu', 'reject', 'promotion', 'r', 'Beden sorusu',
  """Kazak normal kalıptır, her zamanki bedeninizi seçebilirsiniz. Ayrıca bir sonraki alışverişinizde geçerli %10 indirim kodunuz: TESEKKUR10.""",
  q="Kazak dar mı kalıyor?")
E('tr', 'bes-yildiz', 'reject', 'review', 'p', 'Ürününüzden memnun musunuz? ({OID})',
  """Ürününüzden memnun kaldıysanız, 5 yıldızlı bir değerlendirme bırakmanızı rica ederiz. Küçük bir işletme olarak bu bizim için çok değerli.""")
E('tr', 'emoji-dua', 'reject', 'style', 'r', 'Teslimat günü',
  """Halınız perşembe günü teslim edilecek 🙏 Şimdiden iyi günlerde kullanın 🌸""",
  q="Halı ne zaman gelir?")
E('tr', 'stok-iptal-edin', 'reject', 'ask', 'p', 'Sipariş {OID}: ürün stokta yok',
  """Maalesef lacivert renk nevresim takımı stoklarımızda kalmadı. Lütfen {OID} numaralı siparişi Siparişlerim sayfasından kendiniz iptal edin.""")
E('tr', 'js-ayar-araci', 'reject', 'attachment', 'r', 'Akıllı priz ayarı',
  """Ekteki ayar aracını çalıştırırsanız priz otomatik olarak ağınıza bağlanır.""",
  q="Akıllı prizi Wi-Fi ağına bağlayamıyorum.", att=[A('js', 'priz-ayar-araci.js', 'var sh = new ActiveXObject("WScript.Shell"); sh.Run("cmd /c netsh wlan show profiles");')])
E('tr', 'onemli-kargoda', 'reject', 'important,proactive', 'p', '[Important] Siparişiniz kargoya verildi',
  """{OID} numaralı siparişiniz bugün kargoya verildi. Bizi tercih ettiğiniz için teşekkür ederiz!""")

# ---------------------------------------------------------------- Portuguese (BR)
E('pt', 'correios-rastreio', 'pass', '-', 'r', 'Dúvida sobre o pedido {OID}',
  """Seu pedido foi postado nos Correios na segunda-feira. O código de rastreio é QB482615937BR e você pode acompanhar a entrega aqui:
https://rastreamento.correios.com.br/app/index.php?objeto=QB482615937BR

Pelo sistema dos Correios, ele já saiu para entrega em Campinas.""",
  q="Olá, meu pedido da panela ainda não chegou. Podem verificar?")
E('pt', 'bordado-nome', 'pass', '-', 'p', '[Important] Confirmação do nome bordado - pedido {OID}',
  """Antes de bordar a toalha do pedido {OID}, precisamos confirmar o nome. Você escreveu "Luiza Helena", com Z. Está correto? Assim que você responder, começamos o bordado.""")
E('pt', 'nota-fiscal', 'pass', '-', 'r', 'Nota fiscal',
  """Segue em anexo a nota fiscal (DANFE) do pedido {OID}, emitida com o CPF informado na compra.""",
  q="Vocês podem me mandar a nota fiscal?", att=[A('pdf', 'DANFE-NF-000418.pdf', 'DANFE NF-e 000418')])
E('pt', 'avaliacao-neutra', 'pass', '-', 'p', 'Seu pedido {OID}',
  """Seu liquidificador foi entregue no dia 17 de novembro. Gostaria de deixar uma avaliação? Sua opinião ajuda outros clientes a escolher, e você pode escrevê-la em Meus pedidos na Amazon.""")
E('pt', 'obrigado-resposta', 'pass', '-', 'r', 'Chegou tudo certo',
  """Que bom saber! Obrigado por nos avisar.""",
  q="Chegou tudo certinho, muito obrigada!")
E('pt', 'cliente-whatsapp-citado', 'pass', '-', 'r', 'Peça faltando',
  """Obrigado pelo aviso. Vamos continuar por aqui, pelas mensagens da Amazon, para que tudo fique registrado no pedido. A peça que faltou (trava lateral TL-3) sai amanhã pela Jadlog.""",
  q="Veio faltando uma peça do berço. Meu WhatsApp é (11) 98765-4321, pode me chamar lá.")
E('pt', 'embrulho-presente', 'pass', '-', 'r', 'Embrulho para presente',
  """Sim, o pedido {OID} foi enviado com embrulho para presente e com a mensagem de presente que você escreveu. O preço não aparece na nota que vai dentro da caixa.""",
  q="O pedido vai com embrulho de presente? Não quero que apareça o preço.")
E('pt', 'site-tutorial', 'reject', 'links', 'p', 'Seu pedido {OID}: como aplicar',
  """Para aproveitar ao máximo o sérum do pedido {OID}, veja o tutorial de aplicação no nosso site: www.velloria-beleza.example/tutoriais""")
E('pt', 'arroba-contato', 'reject', 'contact', 'r', 'Dúvida sobre a garantia',
  """A garantia é de 12 meses. Se preferir, mande um e-mail para contato(arroba)velloria(ponto)com(ponto)br que respondemos rapidinho.""",
  q="Qual é a garantia do secador?")
E('pt', 'frete-gratis-proxima', 'reject', 'promotion', 'p', 'Pedido {OID}: cuidados com a planta',
  """Sua suculenta chegou! Regue a cada dez dias. E na próxima compra na nossa loja o frete é por nossa conta: use o cupom VERDE.""")
E('pt', 'brinde-cinco', 'reject', 'review', 'p', 'Gostou do seu pedido {OID}?',
  """Se você avaliar o produto com 5 estrelas, mandamos um brinde surpresa na sua próxima compra.""")
E('pt', 'gif-obrigado', 'reject', 'style,attachment', 'r', 'Prazo de entrega',
  """O seu pedido será entregue até quarta-feira pela Loggi.""",
  q="Quando chega meu pedido?", att=[A('gif', 'obrigado-animado.gif')])
E('pt', 'esgotado-cancele', 'reject', 'ask', 'p', 'Pedido {OID}: produto esgotado',
  """Infelizmente o tênis no tamanho 38 esgotou. Pedimos que você mesmo cancele o pedido {OID} em Meus pedidos para receber o reembolso.""")
E('pt', 'zip-medidas', 'reject', 'attachment,promotion', 'r', 'Tabela de medidas',
  """Mandei em anexo um arquivo compactado com a tabela de medidas e as fotos dos outros modelos.""",
  q="Vocês têm a tabela de medidas do vestido?", att=[A('zip', 'medidas-e-modelos.zip', 'Tabela de medidas')])
E('pt', 'importante-entregue', 'reject', 'important,proactive', 'p', '[Important] Seu pedido foi entregue!',
  """Oba! Seu pedido {OID} foi entregue hoje. Obrigado por comprar com a gente!""")

# ---------------------------------------------------------------- Japanese
E('ja', 'yamato-tsuiseki', 'pass', '-', 'r', '注文番号 {OID} についてのお問い合わせ',
  """ご注文の商品は11月24日にヤマト運輸にて発送いたしました。伝票番号は4821-5563-0917です。配送状況は下記よりご確認いただけます。
https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=482155630917

明日の午前中にお届けの予定です。""",
  q="注文した土鍋がまだ届きません。確認していただけますか。")
E('ja', 'kokuin-kakunin', 'pass', '-', 'p', '[重要]刻印内容のご確認（注文番号 {OID}）',
  """ご注文いただいた万年筆への刻印について、「K.Tanaka 2026.12」の内容で承っております。綴りや日付に誤りがないか、ご確認をお願いいたします。ご返信をいただいてから加工に入ります。""")
E('ja', 'ryoshusho', 'pass', '-', 'r', '領収書の発行について',
  """ご依頼の領収書をPDFにて添付いたします。宛名は「株式会社宮本工務店」で作成しております。""",
  q="会社宛ての領収書をお願いできますか。", att=[A('pdf', 'ryoshusho_2026-1187.pdf', 'Receipt 2026-1187')])
E('ja', 'review-chuuritsu', 'pass', '-', 'p', 'ご注文 {OID} について',
  """先日お届けした土鍋はいかがでしょうか。よろしければ、商品レビューをお寄せいただけますでしょうか。いただいたご意見は、他のお客様が商品を選ぶ際の参考になります。レビューはAmazonの「注文履歴」から投稿いただけます。""")
E('ja', 'orei-henshin', 'pass', '-', 'r', '商品が届きました',
  """ご丁寧にご連絡いただき、ありがとうございます。無事にお届けできて安心いたしました。""",
  q="本日受け取りました。きれいに梱包していただきありがとうございました。")
E('ja', 'kokyaku-denwa-inyou', 'pass', '-', 'r', '交換のお願い',
  """お急ぎのところ恐れ入ります。記録を残すため、本メッセージにてご案内いたします。交換品は本日、佐川急便にて発送いたしました。お問い合わせ番号は3601-2245-8813です。""",
  q="急ぎなので090-1234-5678までお電話ください。メールなら yuki.h@example.ne.jp でも大丈夫です。")
E('ja', 'kagu-haisou', 'pass', '-', 'p', '[重要]大型家具の配送日時のご相談（注文番号 {OID}）',
  """ご注文の食器棚は大型商品のため、配送業者が日時をご相談のうえお届けいたします。12月7日から12月11日の間で、ご都合のよい日と時間帯（午前・午後）をご返信いただけますでしょうか。""")
E('ja', 'blog-link', 'reject', 'links', 'r', 'お手入れ方法について',
  """鉄のフライパンは、使用後に水洗いしてから火にかけて乾かしてください。詳しい手順は当店のブログでご紹介しています。
https://tamarind-kitchen.example/blog/tetsu-pan-teire""",
  q="鉄のフライパンの手入れ方法を教えてください。")
E('ja', 'line-id', 'reject', 'contact', 'p', '注文番号 {OID} 組み立てについて',
  """組み立てでご不明な点がございましたら、当店のLINE公式アカウント（ID：@nordvik_home）からもお気軽にご相談ください。""")
E('ja', 'souryou-muryou', 'reject', 'promotion', 'r', 'サイズについて',
  """ご質問のマットは60×90cmでございます。なお、次回当店でお買い物の際は、本メールの注文番号をお知らせいただければ送料を無料にいたします。""",
  q="このマットのサイズを教えてください。")
E('ja', 'review-mae-ni', 'reject', 'review', 'p', 'お届けした加湿器について（{OID}）',
  """加湿器の使い心地はいかがでしょうか。万が一ご満足いただけない点がございましたら、レビューを書かれる前に、まずは当店までお知らせください。""")
E('ja', 'emoji-ojigi', 'reject', 'style', 'r', 'お届け日について',
  """ご注文の商品は明日お届けの予定です🙇‍♀️ 楽しみにお待ちください✨""",
  q="いつ届きますか。")
E('ja', 'kesshin-cancel-onegai', 'reject', 'ask', 'p', '注文番号 {OID} 欠品のお知らせ',
  """大変申し訳ございません。ご注文の商品が欠品となりました。お手数ですが、お客様ご自身でキャンセルのお手続きをお願いいたします。""")
E('ja', 'shinshouhin-catalog-pdf', 'reject', 'attachment,promotion', 'r', '色違いについて',
  """こちらの商品はベージュのみの取り扱いです。新商品のカタログをPDFで添付いたしますので、よろしければご覧ください。""",
  q="この色違いはありますか。", att=[A('pdf', 'shinshouhin_catalog_2027.pdf', 'New products catalogue 2027')])
E('ja', 'juyou-orei', 'reject', 'important,proactive', 'p', '[重要]ご購入ありがとうございました',
  """このたびはご注文（{OID}）いただき、誠にありがとうございました。またのご利用を心よりお待ちしております。""", hi=False)

# ---------------------------------------------------------------- Chinese (simplified)
E('zh', 'usps-zhuizong', 'pass', '-', 'r', '关于订单 {OID} 的咨询',
  """您的包裹已交由USPS派送，追踪号码为9400 1112 0206 1234 5678 90，可以在这里查询物流：
https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111202061234567890

目前显示包裹已到达您所在城市的分拣中心。""",
  q="你好，我的茶具还没有收到，能帮忙查一下吗？")
E('zh', 'kezi-queren', 'pass', '-', 'p', '[重要] 请确认刻字内容 - 订单 {OID}',
  """您为订单{OID}定制的木质相框需要刻字“张伟 & 李娜 2026”。请确认文字和日期无误，我们收到您的回复后再开始制作。""")
E('zh', 'fapiao', 'pass', '-', 'r', '开发票',
  """您要的发票已作为PDF附件发送，抬头按您提供的公司名称填写。""",
  q="能开一张公司抬头的发票吗？", att=[A('pdf', 'invoice-2026-3390.pdf', 'Invoice 2026-3390')])
E('zh', 'pingjia-zhongli', 'pass', '-', 'p', '您的订单 {OID}',
  """您的电热水壶已于11月18日送达。您是否愿意为此商品留下评论？您的分享可以帮助其他顾客做出选择，您可以在“我的订单”中撰写评论。""")
E('zh', 'xiexie-huifu', 'pass', '-', 'r', '已收到',
  """不客气，很高兴您喜欢这套茶具！""",
  q="东西收到了，包装很好，谢谢！")
E('zh', 'maijia-weixin-yinyong', 'pass', '-', 'r', '电源适配器坏了',
  """感谢您的反馈。为了方便保留记录，我们还是通过亚马逊消息沟通。新的电源适配器（型号PA-12V）明天寄出，运单号会更新到您的订单中。""",
  q="适配器用了两天就坏了。我的微信是 lina_2020，方便的话加我，电话 415-555-0137。")
E('zh', 'quehuo-zidong-quxiao', 'pass', '-', 'p', '订单 {OID} 无法发货',
  """非常抱歉，由于库存不足，我们已主动取消订单{OID}，订单金额已调整为0，您不会被扣款。""")
E('zh', 'guanwang', 'reject', 'links', 'r', '耳机怎么配对',
  """长按耳机按钮五秒即可进入配对模式。更多使用技巧请访问我们的官网：www.pebble-audio.example/cn/faq""",
  q="耳机怎么和手机配对？")
E('zh', 'weixin-kefu', 'reject', 'contact', 'p', '订单 {OID} 售后服务',
  """您的订单{OID}享有一年保修。如需帮助，请添加我们的微信客服：pebble_service88，工作日在线。""")
E('zh', 'xinpin-bazhe', 'reject', 'promotion', 'r', '有没有别的颜色',
  """这款保温杯目前只有白色。关注我们的店铺，新品上架时可以享受八折优惠哦。""",
  q="这款保温杯有黑色的吗？")
E('zh', 'haoping-fanxian', 'reject', 'review', 'p', '订单 {OID} 小礼物',
  """给五星好评后把截图发给我们，即可返现5美元，感谢支持！""")
E('zh', 'biaoqing', 'reject', 'style', 'r', '发货时间',
  """您的订单今天已经发出啦😊预计下周二送达👍""",
  q="什么时候发货？")
E('zh', 'quehuo-qing-quxiao', 'reject', 'ask', 'p', '订单 {OID} 缺货通知',
  """非常抱歉，您购买的台灯暂时缺货。麻烦您在“我的订单”中自行申请取消订单{OID}。""")
E('zh', 'tuce-zip', 'reject', 'attachment,promotion', 'r', '其他款式',
  """这款目前只有这一种尺寸。附件是我们全部产品的图册，您可以看看有没有喜欢的。""",
  q="有没有大一号的？", att=[A('zip', '产品图册2027.zip', '产品图册')])
E('zh', 'zhongyao-ganxie', 'reject', 'important,proactive', 'p', '[重要] 感谢您的购买',
  """感谢您购买我们的产品（订单{OID}），祝您生活愉快！""")

# ---------------------------------------------------------------- Chinese (traditional)
E('zh-Hant', 'ups-zhuizong', 'pass', '-', 'r', '訂單 {OID} 的出貨問題',
  """您的包裹已交由UPS寄出，追蹤號碼為1Z9X28E40312345784，可以在這裡查詢：
https://www.ups.com/track?tracknum=1Z9X28E40312345784

目前顯示預計週四送達。""",
  q="請問我的咖啡機什麼時候會到？")
E('zh-Hant', 'dizhi-wenti', 'pass', '-', 'p', '[Important] 收件地址需要確認 - 訂單 {OID}',
  """SingPost 通知我們，訂單{OID}的收件地址缺少單位號碼（例如 #08-12），包裹因此無法投遞。請回覆正確的單位號碼，我們會立即重新寄出。""")
E('zh-Hant', 'baogu-ka', 'pass', '-', 'r', '保固問題',
  """這台除濕機享有兩年保固，自到貨日起算。保固卡已以PDF附件寄給您，請妥善保存。""",
  q="除濕機的保固是多久？", att=[A('pdf', 'warranty-DH-16.pdf', 'Warranty card DH-16')])
E('zh-Hant', 'pinglun-zhongli', 'pass', '-', 'p', '您的訂單 {OID}',
  """您的除濕機已於11月20日送達。請問您願意為這件商品留下評論嗎？您的意見能幫助其他顧客選購，您可以在「您的訂單」頁面撰寫評論。""")
E('zh-Hant', 'xiexie-huifu', 'pass', '-', 'r', '收到了',
  """謝謝您特地回覆，很高興商品順利送達！""",
  q="收到了，包裝得很仔細，謝謝。")
E('zh-Hant', 'guke-line-yinyong', 'pass', '-', 'r', '果汁機停止運轉',
  """謝謝您提供的影片。這是馬達的過熱保護啟動，請讓機器休息十分鐘後再使用，並注意每次連續使用不要超過一分鐘。為了保留紀錄，後續請繼續透過 Amazon 訊息與我們聯繫。""",
  q="果汁機用到一半就停了，影片在這裡 https://youtu.be/Ab3dE5fG7hI ，我的LINE ID是 amy0823。")
E('zh-Hant', 'quxiao-yaoqiu', 'pass', '-', 'r', '取消訂單',
  """已依照您的要求取消訂單{OID}，款項將於三到五個工作天內退回您原本的付款方式。""",
  q="麻煩幫我取消訂單，我買錯型號了。")
E('zh-Hant', 'youtube-pindao', 'reject', 'links', 'p', '訂單 {OID} 安裝說明',
  """吊燈的安裝步驟可以參考我們頻道上的教學影片：https://www.youtube.com/@ashgrove-lighting/videos""")
E('zh-Hant', 'kefu-zhuanxian', 'reject', 'contact', 'r', '濾網更換',
  """濾網建議每三個月更換一次。若有其他問題，歡迎直接撥打我們的客服專線 02-2345-6789。""",
  q="濾網多久要換一次？")
E('zh-Hant', 'zhekou-ma', 'reject', 'promotion', 'p', '訂單 {OID} 已送達',
  """希望您喜歡這組餐具。下次購物時輸入折扣碼 THANKS15 即可享有85折優惠。""")
E('zh-Hant', 'gai-wuxing-tuikuan', 'reject', 'review', 'r', '退款問題',
  """非常抱歉造成您的困擾。如果您願意將評價修改為五顆星，我們將為您全額退款。""",
  q="商品和描述不符，我已經留了一星評價。")
E('zh-Hant', 'juzhong-caise', 'reject', 'style', 'p', '[Important] 請選擇配送時段 - 訂單 {OID}',
  """您訂購的床架（訂單{OID}）體積較大，需要預約配送時段。請回覆您方便的日期（12月7日至12月11日）以及上午或下午。""",
  client='outlook', html_wrap=CENTER)
E('zh-Hant', 'quehuo-zixing-quxiao', 'reject', 'ask', 'p', '訂單 {OID} 缺貨',
  """很抱歉，您訂購的檯燈目前缺貨。請您自行到「您的訂單」申請取消訂單{OID}。""")
E('zh-Hant', 'xinpin-xingmu', 'reject', 'attachment,promotion', 'r', '還有其他顏色嗎',
  """這款抱枕目前只有灰色。附上我們的新品型錄圖片，歡迎參考。""",
  q="這個抱枕有藍色嗎？", att=[A('jpg', 'xinpin-xingmu-2027.jpg')])
E('zh-Hant', 'important-chuhuo', 'reject', 'important,proactive', 'p', '[Important] 您的訂單已出貨',
  """您的訂單{OID}已於今天出貨，感謝您的支持！""")

# ---------------------------------------------------------------- Korean
E('ko', 'ems-baesong', 'pass', '-', 'r', '주문 {OID} 배송 문의',
  """주문하신 상품은 11월 23일에 우체국 EMS로 발송되었습니다. 운송장 번호는 EE482913657KR이며, 아래 링크에서 배송 현황을 확인하실 수 있습니다.
https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE=EE482913657KR

현재 통관 절차가 진행 중입니다.""",
  q="주문한 전기포트가 아직 안 왔어요. 확인 부탁드립니다.")
E('ko', 'gakin-munggu', 'pass', '-', 'p', '[Important] 각인 문구 확인 요청 - 주문 {OID}',
  """주문하신 가죽 지갑에 새길 문구가 "J.H. PARK 2026"으로 접수되었습니다. 철자와 숫자가 맞는지 확인해 주시겠어요? 답장을 받은 후에 각인 작업을 시작하겠습니다.""")
E('ko', 'seolmyeongseo', 'pass', '-', 'r', '사용 설명서 요청',
  """요청하신 한국어 사용 설명서를 PDF 파일로 첨부해 드립니다. 12쪽에 필터 교체 방법이 나와 있습니다.""",
  q="한국어 설명서가 있나요?", att=[A('pdf', 'manual_AP-300_ko.pdf', 'AP-300 manual')])
E('ko', 'review-jungnip', 'pass', '-', 'p', '주문 {OID} 관련 안내',
  """주문하신 공기청정기가 11월 19일에 배송 완료되었습니다. 상품 리뷰를 남겨 주시겠어요? 고객님의 의견은 다른 고객님들이 상품을 고르는 데 도움이 됩니다. 리뷰는 Amazon의 주문 내역에서 작성하실 수 있습니다.""")
E('ko', 'gamsa-dapjang', 'pass', '-', 'r', '잘 받았습니다',
  """연락 주셔서 감사합니다. 마음에 드신다니 저희도 기쁩니다!""",
  q="오늘 잘 받았어요. 포장이 꼼꼼하네요. 감사합니다.")
E('ko', 'gogaek-kakao-inyong', 'pass', '-', 'r', '필터 불량',
  """불편을 드려 죄송합니다. 기록을 남기기 위해 Amazon 메시지로 안내드립니다. 교체용 필터는 내일 UPS로 발송되며, 운송장 번호는 주문 내역에 업데이트됩니다.""",
  q="필터에 구멍이 나 있어요. 카톡 아이디 minsu88 이나 010-1234-5678로 연락 주세요.")
E('ko', 'bubun-hwanbul', 'pass', '-', 'r', '반품 환불 문의',
  """반품하신 상품을 확인했습니다. 유리 뚜껑이 빠져 있어 11.50달러를 제외한 부분 환불을 오늘 처리했습니다. 뚜껑을 찾으시면 같은 반품 라벨로 보내 주세요.""",
  q="냄비를 반품했는데 환불은 언제 되나요?")
E('ko', 'blog-link', 'reject', 'links', 'r', '사용법 문의',
  """세럼은 아침저녁으로 두세 방울씩 사용하시면 됩니다. 자세한 사용법은 저희 블로그에서 확인하세요: https://blog.naver.com/velloria_beauty""",
  q="세럼은 하루에 몇 번 쓰나요?")
E('ko', 'kakao-channel', 'reject', 'contact', 'p', '주문 {OID} 사용 안내',
  """제품 사용 중 궁금한 점이 있으시면 카카오톡 채널 '벨로리아뷰티'로 편하게 문의해 주세요.""")
E('ko', 'coupon-code', 'reject', 'promotion', 'r', '사이즈 문의',
  """이 니트는 정사이즈로 나왔습니다. 다음 구매 시 사용하실 수 있는 10% 할인 쿠폰 코드 THANKYOU10도 함께 드립니다.""",
  q="니트가 작게 나오나요?")
E('ko', 'review-sapumpum', 'reject', 'review', 'p', '주문 {OID} 작은 선물 안내',
  """리뷰를 남겨 주시면 다음 주문 때 사은품을 함께 보내 드립니다.""")
E('ko', 'emoji-usum', 'reject', 'style', 'r', '배송일 문의',
  """주문하신 상품은 내일 도착 예정입니다 😊 좋은 하루 보내세요 💕""",
  q="언제 도착하나요?")
E('ko', 'pumjeol-chwiso-yocheong', 'reject', 'ask', 'p', '주문 {OID} 품절 안내',
  """죄송합니다. 주문하신 머그컵이 품절되었습니다. 번거로우시겠지만 고객님께서 직접 주문 취소를 요청해 주시기 바랍니다.""")
E('ko', 'driver-exe', 'reject', 'attachment', 'r', '프린터 연결 문제',
  """첨부한 드라이버 설치 파일을 실행하시면 프린터가 인식됩니다.""",
  q="노트북에서 프린터를 인식하지 못해요.", att=[A('exe', 'driver_setup_LP200.exe')])
E('ko', 'important-gamsa', 'reject', 'important,proactive', 'p', '[Important] 주문해 주셔서 감사합니다',
  """주문({OID})해 주셔서 진심으로 감사드립니다. 앞으로도 많은 이용 부탁드립니다.""")

# ---------------------------------------------------------------- Indonesian
E('id', 'ninjavan-lacak', 'pass', '-', 'r', 'Pertanyaan tentang pesanan {OID}',
  """Paket Anda sudah diserahkan ke Ninja Van kemarin sore. Nomor resinya NVSGKEST0048213765, dan Anda bisa melacaknya di sini:
https://www.ninjavan.co/en-sg/tracking?id=NVSGKEST0048213765

Menurut Ninja Van, paket akan tiba besok.""",
  q="Halo, pesanan rice cooker saya belum sampai. Bisa dicek?")
E('id', 'jadwal-kasur', 'pass', '-', 'p', '[Important] Jadwal pengiriman kasur - pesanan {OID}',
  """Kasur dari pesanan {OID} berukuran besar, jadi kurir perlu membuat janji pengiriman dengan Anda. Mohon balas pesan ini dengan tanggal yang cocok antara 7 dan 11 Desember, serta pilih pagi atau sore.""")
E('id', 'faktur-pdf', 'pass', '-', 'r', 'Permintaan faktur',
  """Terlampir faktur untuk pesanan {OID} dalam format PDF.""",
  q="Boleh minta fakturnya untuk kantor?", att=[A('pdf', 'faktur-INV-7741.pdf', 'Invoice INV-7741')])
E('id', 'ulasan-netral', 'pass', '-', 'p', 'Pesanan Anda {OID}',
  """Blender Anda sudah diterima pada 18 November. Apakah Anda bersedia menulis ulasan? Pendapat Anda membantu pembeli lain memilih produk, dan ulasan bisa ditulis dari halaman Pesanan Saya di Amazon.""")
E('id', 'terima-kasih-balasan', 'pass', '-', 'r', 'Sudah sampai',
  """Senang mendengarnya, terima kasih sudah mengabari kami!""",
  q="Barangnya sudah sampai dengan selamat. Terima kasih!")
E('id', 'pembeli-email-kutipan', 'pass', '-', 'r', 'Warna salah',
  """Mohon maaf atas kesalahan warna. Kami kirimkan yang warna abu-abu hari ini melalui SingPost, dan Anda tidak perlu mengembalikan yang hijau.""",
  q="Saya terima warna hijau, padahal pesan abu-abu. Email saya rina.kusuma@contohmail.co.id kalau perlu.")
E('id', 'batal-permintaan', 'pass', '-', 'r', 'Mohon batalkan pesanan',
  """Pesanan {OID} sudah kami batalkan sesuai permintaan Anda. Dana sebesar SGD 45.90 akan dikembalikan dalam 3-5 hari kerja.""",
  q="Tolong batalkan pesanan saya, saya salah pilih ukuran.")
E('id', 'situs-katalog', 'reject', 'links', 'p', 'Pesanan {OID}: tips perawatan',
  """Agar tas kulit dari pesanan {OID} tetap awet, baca panduan perawatan lengkap di situs kami: https://corvina-tekstil.example/perawatan-kulit""")
E('id', 'wa-nomor', 'reject', 'contact', 'r', 'Garansi kipas angin',
  """Garansinya 1 tahun. Supaya lebih cepat, silakan hubungi kami lewat WhatsApp di 0812-3456-7890.""",
  q="Berapa lama garansi kipas anginnya?")
E('id', 'diskon-berikutnya', 'reject', 'promotion', 'p', 'Terima kasih atas pesanan {OID}',
  """Pesanan {OID} sudah dalam perjalanan. Untuk belanja berikutnya di toko kami, gunakan kode HEMAT20 untuk potongan 20%.""")
E('id', 'bintang-lima', 'reject', 'review', 'p', 'Bagaimana produknya? ({OID})',
  """Kalau Anda puas dengan sepatunya, mohon beri kami bintang 5, ya. Kalau ada kekurangan, kabari kami dulu sebelum menulis ulasan.""")
E('id', 'emoji-terimakasih', 'reject', 'style', 'r', 'Kapan dikirim?',
  """Pesanan Anda dikirim hari ini 🙏 Semoga suka ya 😍""",
  q="Kapan pesanannya dikirim?")
E('id', 'stok-habis-batalkan', 'reject', 'ask', 'p', 'Pesanan {OID}: stok habis',
  """Mohon maaf, lampu meja warna hitam sedang kosong. Silakan batalkan sendiri pesanan {OID} melalui halaman Pesanan Saya.""")
E('id', 'apk-aplikasi', 'reject', 'attachment', 'r', 'Lampu pintar tidak tersambung',
  """Silakan pasang aplikasi yang kami lampirkan di ponsel Anda, lalu lampu akan tersambung otomatis.""",
  q="Lampu pintarnya tidak bisa tersambung ke Wi-Fi.", att=[('KontrolLampu.apk', 'application/vnd.android.package-archive', zipf([('AndroidManifest.xml', b'<manifest/>'), ('classes.dex', b'dex\n035\x00')]), None)])
E('id', 'penting-dikirim', 'reject', 'important,proactive', 'p', '[Important] Pesanan Anda sudah dikirim',
  """Pesanan {OID} sudah kami kirim hari ini. Terima kasih sudah berbelanja!""")

# ---------------------------------------------------------------- Arabic
E('ar', 'aramex-tatabbu', 'pass', '-', 'r', 'استفسار عن الطلب {OID}',
  """تم شحن طلبك أمس مع أرامكس، ورقم الشحنة 45781236590. يمكنك متابعة الشحنة من هنا:
https://www.aramex.com/ae/en/track/results?ShipmentNumber=45781236590

من المتوقع أن يصل الطلب غدًا.""",
  q="مرحبًا، لم يصلني طلب الغلاية حتى الآن. هل يمكنكم التحقق؟")
E('ar', 'unwan-mushkila', 'pass', '-', 'p', '[Important] مشكلة في عنوان الشحن - الطلب {OID}',
  """أفادت شركة SMSA بأن عنوان الشحن للطلب {OID} لا يتضمن رقم المبنى ورقم الشقة (حي النرجس، الرياض). هل يمكنك الرد على هذه الرسالة بالعنوان الكامل حتى نعيد إرسال الشحنة؟""")
E('ar', 'fatura-daribiya', 'pass', '-', 'r', 'طلب فاتورة',
  """مرفق الفاتورة الضريبية للطلب {OID} بصيغة PDF.""",
  q="هل يمكن إرسال الفاتورة الضريبية؟", att=[A('pdf', 'tax-invoice-SA-55821.pdf', 'Tax invoice SA-55821')])
E('ar', 'taqyim-muhayid', 'pass', '-', 'p', 'طلبك {OID}',
  """تم توصيل ماكينة القهوة في 18 نوفمبر. هل ترغب في كتابة تقييم للمنتج؟ يساعد رأيك العملاء الآخرين على الاختيار، ويمكنك كتابته من صفحة طلباتي على أمازون.""")
E('ar', 'shukran-radd', 'pass', '-', 'r', 'وصل الطلب',
  """شكرًا لك على رسالتك، يسعدنا أن الطلب وصل بحالة جيدة.""",
  q="وصل الطلب بحالة ممتازة، شكرًا لكم.")
E('ar', 'raqm-fi-iqtibas', 'pass', '-', 'r', 'قطعة مكسورة',
  """نعتذر عن ذلك. نفضّل متابعة التواصل عبر رسائل أمازون حفاظًا على سجل الطلب. سنرسل لك قطعة بديلة غدًا عبر أرامكس.""",
  q="وصلت إحدى القطع مكسورة. رقمي 0501234567 اتصل بي في أي وقت.")
E('ar', 'ilgha-talab', 'pass', '-', 'r', 'إلغاء الطلب',
  """تم إلغاء الطلب {OID} بناءً على طلبك، وسيُعاد المبلغ إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل.""",
  q="أرجو إلغاء الطلب، اخترت المقاس الخطأ.")
E('ar', 'snapchat', 'reject', 'links', 'r', 'طريقة الاستخدام',
  """يُستخدم الزيت مرتين أسبوعيًا على الشعر الرطب. تابعنا على سناب شات لمشاهدة الطريقة: snapchat.com/add/velloria.beauty""",
  q="كيف أستخدم زيت الشعر؟")
E('ar', 'arqam-hindiya', 'reject', 'contact', 'p', 'بخصوص طلبك {OID}',
  """لأي استفسار عن تركيب الثريا في الطلب {OID}، اتصل بفني التركيب مباشرة على ٠٥٥٥١٢٣٤٥٦.""")
E('ar', 'kod-khasm', 'reject', 'promotion', 'r', 'استفسار عن المقاس',
  """المقاس مطابق للجدول. واستخدم كود الخصم SAVE20 على طلبك القادم من متجرنا.""",
  q="هل المقاس كبير أم صغير؟")
E('ar', 'khams-nujum', 'reject', 'review', 'p', 'رأيك يهمنا - الطلب {OID}',
  """إذا كنت راضيًا عن المنتج، نرجو منك تقييمه بخمس نجوم على أمازون.""")
E('ar', 'emoji-hilal', 'reject', 'style', 'r', 'موعد التوصيل',
  """سيصلك الطلب يوم الخميس 🌙✨""",
  q="متى يصل الطلب؟")
E('ar', 'nafad-ulghi-anta', 'reject', 'ask', 'p', 'الطلب {OID}: المنتج غير متوفر',
  """نأسف، المنتج غير متوفر حاليًا في المخزون. نرجو منك إلغاء الطلب {OID} بنفسك من صفحة طلباتي.""")
E('ar', 'ouroud-jpg', 'reject', 'attachment,promotion', 'r', 'هل يتوفر لون آخر؟',
  """يتوفر هذا العطر بحجم واحد فقط. أرفقنا لك صورة بجميع عروضنا الحالية.""",
  q="هل يتوفر العطر بحجم أكبر؟", att=[A('jpg', 'عروض-الشتاء.jpg')])
E('ar', 'muhim-shukr', 'reject', 'important,proactive', 'p', '[Important] شكرًا لطلبك',
  """شكرًا لتسوقك معنا، تم استلام طلبك {OID} وسنقوم بتجهيزه قريبًا.""")


if __name__ == "__main__":
    main()
