#!/usr/bin/python3
"""Blind test batch 2 (2026-11-29b) for aliasgate.

Deterministic generator (Python 3 stdlib only).  Every message below carries its
hand-written label (verdict + categories) right next to its text.  Nothing here was
derived from, or checked against, the filter's rules or engine.

Usage: /usr/bin/python3 tests/blind/batch2/gen-batch2.py   (writes tests/blind/2026-11-29b/)
"""
import base64, hashlib, io, os, quopri, random, re, struct, sys, zipfile, zlib
from email.header import Header
from urllib.parse import quote as pct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '2026-11-29b'))

# ---------------------------------------------------------------- helpers
def h(slug, n=40):
    return hashlib.sha1(slug.encode()).hexdigest()[:n]

def rng(slug):
    return random.Random('b2:' + slug)

def order_id(r):
    return '%03d-%07d-%07d' % (r.choice([111, 112, 113, 114, 171, 202, 203, 249, 250, 302, 303,
                                         305, 403, 404, 405, 406, 407, 408, 503, 701, 702]),
                               r.randrange(10**6, 10**7), r.randrange(10**6, 10**7))

def alias_local(r):
    return ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))

def asin(r):
    return 'B0' + ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))

# ---------------------------------------------------------------- binary attachments
def make_pdf(title):
    title = title.encode('ascii', 'replace').replace(b'(', b'[').replace(b')', b']')
    stream = b'BT /F1 14 Tf 56 780 Td (' + title + b') Tj ET'
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
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

def make_gif():
    frame = b'!\xf9\x04\x04\x32\x00\x00\x00' + b',\x00\x00\x00\x00\x01\x00\x01\x00\x00' + b'\x02\x02D\x01\x00'
    return (b'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\x99\x00\xff\xff\xff'
            b'!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00' + frame + frame.replace(b'D\x01', b'L\x01') + b';')

def make_png():
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + b'\xe0\x40\x20' * 4 for _ in range(4))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 4, 4, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def make_zip(members):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def make_exe():
    return (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00'
            + b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$'
            + b'\x00' * 7 + b'PE\x00\x00\x4c\x01\x01\x00' + b'\x00' * 64)

def attachment(spec):
    """spec = 'kind:filename[:text]' -> (ctype, filename, bytes)"""
    kind, fn, *rest = spec.split(':', 2)
    txt = rest[0] if rest else fn
    if kind == 'pdf':
        return 'application/pdf', fn, make_pdf(txt)
    if kind == 'gif':
        return 'image/gif', fn, make_gif()
    if kind == 'png':
        return 'image/png', fn, make_png()
    if kind == 'js':
        return 'application/javascript', fn, ("// %s\n(function(){var o=document.createElement('script');"
                                              "o.src='https://cdn.example.net/s.js';document.body.appendChild(o);})();\n" % txt).encode()
    if kind == 'zip':
        return 'application/zip', fn, make_zip([(txt, make_png()), ('readme.txt', b'see inside\r\n')])
    if kind == 'exe':
        return 'application/x-msdownload', fn, make_exe()
    if kind == 'vcf':
        return 'text/vcard', fn, ('BEGIN:VCARD\r\nVERSION:3.0\r\n%s\r\nEND:VCARD\r\n' % txt).encode('utf-8')
    if kind == 'htm':
        return 'text/html', fn, ('<html><body><h1>%s</h1><a href="https://shop.example.net/">shop</a></body></html>\r\n' % txt).encode('utf-8')
    if kind == 'docm':
        return 'application/vnd.ms-word.document.macroEnabled.12', fn, make_zip([('word/vbaProject.bin', b'\xd0\xcf\x11\xe0' + b'\x00' * 60), ('[Content_Types].xml', b'<Types/>')])
    raise ValueError(spec)

# ---------------------------------------------------------------- text encoding
def enc_text(text, cs):
    codec = 'cp949' if cs == 'ks_c_5601-1987' else cs
    return text.encode(codec)

def can_enc(text, cs):
    try:
        enc_text(text, cs)
        return True
    except UnicodeEncodeError:
        return False

def body_cte(raw, cs, cte):
    """returns (cte, encoded-bytes with LF)"""
    if cs in ('us-ascii', 'iso-2022-jp'):
        if cte == 'base64':
            return 'base64', base64.encodebytes(raw)
        return '7bit', raw
    if cte == 'base64':
        return 'base64', base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return 'quoted-printable', quopri.encodestring(raw)
    return '8bit', raw

LATIN = ('iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250', 'windows-1252', 'windows-1254')

def hdr(value, cs, name='Subject'):
    """RFC 2047 encoding by hand (email.header labels gb2312 as 'eucgb2312_cn').
    Q for Latin charsets, B otherwise; each encoded word self-contained, folded with CRLF SP."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        pass
    c = cs if (cs != 'us-ascii' and can_enc(value, cs)) else 'utf-8'
    q = c in LATIN
    def word(chunk):
        raw = enc_text(chunk, c)
        if q:
            body = ''.join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in '!*+-/' else ('_' if x == 32 else '=%02X' % x) for x in raw)
            return '=?%s?Q?%s?=' % (c, body)
        return '=?%s?B?%s?=' % (c, base64.b64encode(raw).decode())
    words, cur = [], ''
    for ch in value:
        if cur and len(word(cur + ch)) > 74 - (len(name) + 2 if not words else 1):
            words.append(word(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(word(cur))
    return '\r\n '.join(words)

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

URL_RE = re.compile(r'(https?://[^\s<>"]+)')

def linkify(s):
    return URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)

def html_lines(par):
    return '<br>\n'.join(linkify(esc(x)) for x in par.split('\n'))

# ---------------------------------------------------------------- per-language tables
# tld list, buyer names, shops (business names only), greeting, closing, Outlook prefix,
# Outlook labels, original-message line, gmail/apple attribution, Amazon wrapper,
# default subject of a buyer-started thread, charsets (rotation)
L = {}
def lang(code, **kw):
    L[code] = kw

lang('en', tlds=['com', 'co.uk', 'ca', 'com.au', 'in', 'sg', 'ae'],
     names=['Megan', 'Tom', 'Priya', 'Callum', 'Rosie', 'Derek', 'Aisha', 'Liam'],
     shops=['Brightwick Candle Co', 'Northfold Outdoor', 'Hollis & Pine Kitchenware', 'Tidewater Pet Supply', 'Kestrel Audio'],
     greet=['Hi {n},', 'Hello {n},', 'Dear {n},'], close=['Best regards,', 'Kind regards,', 'Thanks,', 'All the best,'],
     re_o='RE: ', lab=('From', 'Sent', 'To', 'Subject'), orig='-----Original Message-----',
     attr='On Sat, Nov 28, 2026 at 6:14 PM {n} <{a}> wrote:', attr_a='On 28 Nov 2026, at 18:14, {n} <{a}> wrote:',
     wrap=('You have received a message.', 'Message:', 'End message'),
     subj='Inquiry from Amazon customer {n} (Order: {o})', date='Saturday, November 28, 2026 6:14 PM',
     cs=['us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252'])
lang('de', tlds=['de'], names=['Jürgen', 'Sabine', 'Lukas', 'Annika', 'Heinz', 'Mareike'],
     shops=['Holzwerk Brandl', 'Kaffeerösterei Wendt', 'Fahrradteile Kühn', 'Nähstube Lindner'],
     greet=['Hallo {n},', 'Guten Tag {n},', 'Liebe/r {n},'], close=['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'],
     re_o='AW: ', lab=('Von', 'Gesendet', 'An', 'Betreff'), orig='-----Ursprüngliche Nachricht-----',
     attr='Am Sa., 28. Nov. 2026 um 18:14 Uhr schrieb {n} <{a}>:', attr_a='Am 28.11.2026 um 18:14 schrieb {n} <{a}>:',
     wrap=('Sie haben eine Nachricht erhalten.', 'Nachricht:', 'Ende der Nachricht'),
     subj='Anfrage von Amazon-Kunde {n} (Bestellung: {o})', date='Samstag, 28. November 2026 18:14',
     cs=['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'])
lang('fr', tlds=['fr', 'ca', 'com.be'], names=['Camille', 'Étienne', 'Margaux', 'Thierry', 'Noémie', 'Yannick'],
     shops=['Atelier Vermeil', 'La Fromagère du Jura', 'Bougies Lavandine', 'Quincaillerie Morvan'],
     greet=['Bonjour {n},', 'Bonjour,', 'Madame, Monsieur,'], close=['Cordialement,', 'Bien à vous,', 'Belle journée,'],
     re_o='RE : ', lab=('De', 'Envoyé', 'À', 'Objet'), orig="-----Message d'origine-----",
     attr='Le sam. 28 nov. 2026 à 18:14, {n} <{a}> a écrit :', attr_a='Le 28 nov. 2026 à 18:14, {n} <{a}> a écrit :',
     wrap=('Vous avez reçu un message.', 'Message :', 'Fin du message'),
     subj='Demande du client Amazon {n} (Commande : {o})', date='samedi 28 novembre 2026 18:14',
     cs=['iso-8859-15', 'windows-1252', 'iso-8859-1', 'utf-8'])
lang('es', tlds=['es', 'com.mx'], names=['Lucía', 'Andrés', 'Montserrat', 'Iñaki', 'Rocío', 'Guadalupe'],
     shops=['Cerámicas Albaicín', 'Talabartería Orozco', 'Jabones La Vera', 'Electro Nervión'],
     greet=['Hola {n}:', 'Estimado/a {n}:', 'Buenas tardes, {n}:'], close=['Un saludo,', 'Atentamente,', 'Saludos cordiales,'],
     re_o='RE: ', lab=('De', 'Enviado el', 'Para', 'Asunto'), orig='-----Mensaje original-----',
     attr='El sáb, 28 nov 2026 a las 18:14, {n} (<{a}>) escribió:', attr_a='El 28 nov 2026, a las 18:14, {n} <{a}> escribió:',
     wrap=('Recibiste un mensaje.', 'Mensaje:', 'Finalizar mensaje'),
     subj='Consulta del cliente de Amazon {n} (Pedido: {o})', date='sábado, 28 de noviembre de 2026 18:14',
     cs=['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'])
lang('it', tlds=['it'], names=['Giulia', 'Matteo', 'Francesca', 'Davide', 'Chiara', 'Salvatore'],
     shops=['Pelletteria Bonfanti', 'Torrefazione Sacchi', 'Ceramiche Vietresi Russo', 'Ferramenta Galli'],
     greet=['Gentile {n},', 'Buongiorno {n},', 'Ciao {n},'], close=['Cordiali saluti,', 'Un caro saluto,', 'Distinti saluti,'],
     re_o='R: ', lab=('Da', 'Inviato', 'A', 'Oggetto'), orig='-----Messaggio originale-----',
     attr='Il giorno sab 28 nov 2026 alle ore 18:14 {n} <{a}> ha scritto:', attr_a='Il giorno 28 nov 2026, alle ore 18:14, {n} <{a}> ha scritto:',
     wrap=('Hai ricevuto un messaggio.', 'Messaggio:', 'Fine del messaggio'),
     subj='Richiesta dal cliente Amazon {n} (Ordine: {o})', date='sabato 28 novembre 2026 18:14',
     cs=['iso-8859-15', 'iso-8859-1', 'windows-1252', 'utf-8'])
lang('nl', tlds=['nl', 'com.be'], names=['Sanne', 'Joost', 'Femke', 'Bram', 'Lieke', 'Wouter'],
     shops=['Kaashandel De Gouwe', 'Fietsonderdelen Vos', 'Tuincentrum Hoekstra', 'Breiwinkel Mulder'],
     greet=['Beste {n},', 'Hallo {n},', 'Geachte klant,'], close=['Met vriendelijke groet,', 'Groeten,', 'Hartelijke groet,'],
     re_o='Antw: ', lab=('Van', 'Verzonden', 'Aan', 'Onderwerp'), orig='-----Oorspronkelijk bericht-----',
     attr='Op za 28 nov 2026 om 18:14 schreef {n} <{a}>:', attr_a='Op 28 nov 2026 om 18:14 heeft {n} <{a}> het volgende geschreven:',
     wrap=('U hebt een bericht ontvangen.', 'Bericht:', 'Einde bericht'),
     subj='Vraag van Amazon-klant {n} (Bestelling: {o})', date='zaterdag 28 november 2026 18:14',
     cs=['windows-1252', 'iso-8859-15', 'iso-8859-1', 'utf-8'])
lang('sv', tlds=['se'], names=['Ebba', 'Oskar', 'Maja', 'Björn', 'Linnéa', 'Göran'],
     shops=['Smedja Åkerlund', 'Hemslöjd Dalarna Nyström', 'Cykeldelar Berg', 'Kaffekompaniet Öberg'],
     greet=['Hej {n},', 'Hej!', 'Bästa {n},'], close=['Vänliga hälsningar,', 'Med vänlig hälsning,', 'Hälsningar,'],
     re_o='SV: ', lab=('Från', 'Skickat', 'Till', 'Ämne'), orig='-----Ursprungligt meddelande-----',
     attr='Den lör 28 nov. 2026 kl 18:14 skrev {n} <{a}>:', attr_a='28 nov. 2026 kl. 18:14 skrev {n} <{a}>:',
     wrap=('Du har fått ett meddelande.', 'Meddelande:', 'Slut på meddelande'),
     subj='Fråga från Amazon-kunden {n} (Beställning: {o})', date='den 28 november 2026 18:14',
     cs=['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'])
lang('pl', tlds=['pl'], names=['Agnieszka', 'Paweł', 'Małgorzata', 'Krzysztof', 'Zofia', 'Łukasz'],
     shops=['Pracownia Ceramiki Żak', 'Sklep Rowerowy Wiśniewski', 'Pasieka Kołodziej', 'Skórzana Galanteria Nowak'],
     greet=['Dzień dobry,', 'Szanowna Pani / Szanowny Panie,', 'Witam, Pani {n},'], close=['Pozdrawiam serdecznie,', 'Z poważaniem,', 'Pozdrawiamy,'],
     re_o='Odp: ', lab=('Od', 'Wysłano', 'Do', 'Temat'), orig='-----Wiadomość oryginalna-----',
     attr='sob., 28 lis 2026 o 18:14 {n} <{a}> napisał(a):', attr_a='Wiadomość napisana przez {n} <{a}> w dniu 28.11.2026, o godz. 18:14:',
     wrap=('Otrzymałeś wiadomość.', 'Wiadomość:', 'Koniec wiadomości'),
     subj='Zapytanie od klienta Amazon {n} (Zamówienie: {o})', date='sobota, 28 listopada 2026 18:14',
     cs=['iso-8859-2', 'windows-1250', 'utf-8'])
lang('tr', tlds=['com.tr'], names=['Elif', 'Mehmet', 'Zeynep', 'Burak', 'Ayşe', 'Oğuz'],
     shops=['Bakırcı Şahin', 'Kozmetik Defne', 'Çini Atölyesi İznik', 'Yıldız Bisiklet'],
     greet=['Merhaba {n} Hanım/Bey,', 'Sayın {n},', 'Merhaba,'], close=['Saygılarımızla,', 'İyi günler dileriz,', 'Teşekkürler,'],
     re_o='YNT: ', lab=('Kimden', 'Gönderildi', 'Kime', 'Konu'), orig='-----Özgün İleti-----',
     attr='{n} <{a}>, 28 Kas 2026 Cmt, 18:14 tarihinde şunu yazdı:', attr_a='28 Kas 2026 tarihinde 18:14 saatinde, {n} <{a}> şunları yazdı:',
     wrap=('Bir mesaj aldınız.', 'Mesaj:', 'Mesaj sonu'),
     subj='Amazon müşterisi {n} tarafından soru (Sipariş: {o})', date='28 Kasım 2026 Cumartesi 18:14',
     cs=['iso-8859-9', 'windows-1254', 'utf-8'])
lang('pt', tlds=['com.br'], names=['Thiago', 'Fernanda', 'João', 'Beatriz', 'Gonçalo', 'Letícia'],
     shops=['Cerâmica Serra da Estrela', 'Café Torrado Moreira', 'Bicicletaria Paulista', 'Couros Aragão'],
     greet=['Olá, {n}!', 'Prezado(a) {n},', 'Boa tarde, {n},'], close=['Atenciosamente,', 'Abraços,', 'Um abraço,'],
     re_o='RES: ', lab=('De', 'Enviado', 'Para', 'Assunto'), orig='-----Mensagem original-----',
     attr='Em sáb., 28 de nov. de 2026 às 18:14, {n} <{a}> escreveu:', attr_a='Em 28 de nov. de 2026, à(s) 18:14, {n} <{a}> escreveu:',
     wrap=('Você recebeu uma mensagem.', 'Mensagem:', 'Encerrar mensagem'),
     subj='Pergunta do cliente da Amazon {n} (Pedido: {o})', date='sábado, 28 de novembro de 2026 18:14',
     cs=['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'])
lang('ja', tlds=['co.jp', 'co.jp', 'co.jp'], names=['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺'],
     shops=['木工房ひだまり', '茶舗 山城園', 'アウトドア工房カゼノネ', '文具のまるや'],
     greet=['{n}様', '{n} 様'], close=['よろしくお願いいたします。', '今後ともよろしくお願い申し上げます。'],
     re_o='RE: ', lab=('差出人', '送信日時', '宛先', '件名'), orig='-----Original Message-----',
     attr='2026年11月28日(土) 18:14 {n} <{a}>:', attr_a='2026/11/28 18:14、{n} <{a}>のメール:',
     wrap=('メッセージが届きました。', 'メッセージ:', 'メッセージの終わり'),
     subj='Amazonのお客様 {n} 様からのお問い合わせ (注文番号: {o})', date='2026年11月28日 土曜日 18:14',
     cs=['iso-2022-jp', 'shift_jis', 'utf-8'])
lang('zh', tlds=['com', 'sg', 'com'], names=['王先生', '李女士', '张先生', '刘女士', '陈先生', '杨女士'],
     shops=['宁波安逸家居', '深圳迅驰电子', '义乌晨光文具', '杭州素茶'],
     greet=['{n}，您好：', '尊敬的{n}：', '您好！'], close=['祝好！', '此致\n敬礼', '谢谢！'],
     re_o='回复: ', lab=('发件人', '发送时间', '收件人', '主题'), orig='-----原始邮件-----',
     attr='{n} <{a}> 于2026年11月28日周六 18:14写道：', attr_a='2026年11月28日 18:14，{n} <{a}> 写道：',
     wrap=('您收到了一条消息。', '消息：', '消息结束'),
     subj='来自亚马逊买家 {n} 的咨询（订单：{o}）', date='2026年11月28日 星期六 18:14',
     cs=['gb2312', 'gbk', 'utf-8'])
lang('zh-Hant', tlds=['com', 'co.jp', 'sg'], names=['林小姐', '黃先生', '吳小姐', '蔡先生', '鄭小姐', '許先生'],
     shops=['台南木作坊', '鶯歌陶藝社', '新竹科技配件', '阿里山茗茶'],
     greet=['{n}您好：', '親愛的{n}：', '您好，'], close=['敬祝 順心', '謝謝您！', '祝 安好'],
     re_o='回覆: ', lab=('寄件者', '寄件日期', '收件者', '主旨'), orig='-----原始郵件-----',
     attr='{n} <{a}> 於 2026年11月28日 週六 下午6:14寫道：', attr_a='{n} <{a}> 於 2026年11月28日 下午6:14 寫道：',
     wrap=('您收到一則訊息。', '訊息：', '訊息結束'),
     subj='來自 Amazon 買家 {n} 的詢問（訂單：{o}）', date='2026年11月28日 星期六 下午 06:14',
     cs=['big5', 'utf-8', 'big5'])
lang('ko', tlds=['com', 'co.jp', 'com'], names=['김지현', '박민수', '이서연', '최준호', '정하은', '강도윤'],
     shops=['한울공방', '다온리빙', '서울테크샵', '모아문구'],
     greet=['{n} 고객님, 안녕하세요.', '안녕하세요, {n}님.'], close=['감사합니다.', '좋은 하루 보내세요.'],
     re_o='RE: ', lab=('보낸 사람', '보낸 날짜', '받는 사람', '제목'), orig='-----원본 메시지-----',
     attr='2026년 11월 28일 (토) 오후 6:14, {n} <{a}>님이 작성:', attr_a='2026. 11. 28. 오후 6:14, {n} <{a}> 작성:',
     wrap=('메시지를 받았습니다.', '메시지:', '메시지 끝'),
     subj='Amazon 고객 {n}님의 문의 (주문: {o})', date='2026년 11월 28일 토요일 오후 6:14',
     cs=['euc-kr', 'ks_c_5601-1987', 'utf-8'])
lang('id', tlds=['sg', 'com', 'sg'], names=['Rina', 'Budi', 'Siti', 'Agus', 'Dewi', 'Yoga'],
     shops=['Batik Kencana', 'Kopi Gayo Nusantara', 'Toko Rotan Cirebon', 'Sinar Elektronik'],
     greet=['Halo Kak {n},', 'Yth. Bapak/Ibu {n},', 'Selamat siang {n},'], close=['Salam hangat,', 'Hormat kami,', 'Terima kasih,'],
     re_o='Balas: ', lab=('Dari', 'Dikirim', 'Kepada', 'Subjek'), orig='-----Pesan Asli-----',
     attr='Pada Sab, 28 Nov 2026 pukul 18.14 {n} <{a}> menulis:', attr_a='Pada 28 Nov 2026, pukul 18.14, {n} <{a}> menulis:',
     wrap=('Anda menerima pesan.', 'Pesan:', 'Akhir pesan'),
     subj='Pertanyaan dari pelanggan Amazon {n} (Pesanan: {o})', date='Sabtu, 28 November 2026 18.14',
     cs=['us-ascii', 'iso-8859-1', 'utf-8', 'windows-1252'])
lang('ar', tlds=['ae', 'sa', 'eg'], names=['أحمد', 'فاطمة', 'خالد', 'نورة', 'محمد', 'ريم'],
     shops=['بيت العود', 'مخبز الياسمين للأدوات', 'الواحة للإلكترونيات', 'دار الخط'],
     greet=['مرحباً {n}،', 'عزيزي/عزيزتي {n}،', 'السلام عليكم {n}،'], close=['مع أطيب التحيات،', 'شكراً لك،', 'تحياتنا،'],
     re_o='رد: ', lab=('من', 'تم الإرسال', 'إلى', 'الموضوع'), orig='-----الرسالة الأصلية-----',
     attr='في السبت، 28 نوفمبر 2026 في 6:14 م، كتب {n} <{a}>:', attr_a='في 28 نوفمبر 2026، الساعة 6:14 م، كتب {n} <{a}>:',
     wrap=('لقد تلقيت رسالة.', 'الرسالة:', 'نهاية الرسالة'),
     subj='استفسار من عميل أمازون {n} (الطلب: {o})', date='السبت 28 نوفمبر 2026 6:14 م',
     cs=['windows-1256', 'utf-8', 'windows-1256'])

# ---------------------------------------------------------------- message registry
MSGS = []
CLIENTS = {'g': 'gmail', 'o': 'outlook', 'a': 'applemail', 't': 'thunderbird', 'p': 'plain'}

def M(lang_, slug, verdict, cats, kind, client, subject, body, quote=None, prod=None, att=(), opts='', cs=None, cte=None):
    """One hand-labelled message.  verdict: pass|reject.  cats: '-' or comma list.
    kind: reply|proactive.  client: g/o/a/t/p.  body: paragraphs split by blank lines;
    placeholders {o}=order id, {n}=buyer name, {a}=ASIN, {s}=shop name."""
    assert verdict in ('pass', 'reject'), slug
    assert (verdict == 'pass') == (cats == '-'), slug
    for c in cats.split(','):
        assert c in ('-', 'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'), (slug, c)
    assert kind in ('reply', 'proactive'), slug
    MSGS.append(dict(lang=lang_, slug=slug, verdict=verdict, cats=cats, kind=kind, client=CLIENTS[client],
                     subject=subject, body=body.strip('\n'), quote=quote, prod=prod, att=list(att),
                     opts=opts.split() if opts else [], cs=cs, cte=cte))

def ascii_fold(s):
    import unicodedata
    x = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    x = re.sub(r'[^a-z0-9]+', '-', x).strip('-')
    return x

TZ = {'en': '-0500', 'de': '+0100', 'fr': '+0100', 'es': '+0100', 'it': '+0100', 'nl': '+0100', 'sv': '+0100',
      'pl': '+0100', 'tr': '+0300', 'pt': '-0300', 'ja': '+0900', 'zh': '+0800', 'zh-Hant': '+0800',
      'ko': '+0900', 'id': '+0700', 'ar': '+0400'}
PLAIN_MAILERS = ['PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', 'Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)',
                 'Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-w64-mingw32)', 'Becky! ver. 2.81.05 [ja]', 'Mutt/2.2.13 (2024-03-09)',
                 'Roundcube Webmail/1.6.9', 'eM Client 10.1.4588.0', 'Foxmail 7.2.25.375[cn]', 'Daum Mail (https://mail.daum.net)',
                 'The Bat! (v11.2.3) Professional', 'Alpine 2.26 (DEB 65 2022-06-06)']

TLD_HINTS = {
    'en': [('royalmail', 'co.uk'), ('£', 'co.uk'), ('UK delivery', 'co.uk'), ('canadapost', 'ca'), ('Mississauga', 'ca'),
           ('auspost', 'com.au'), ('+44', 'co.uk'), ('.co.uk', 'co.uk'), ('$', 'com'), ('USPS', 'com'), ('Energy Star', 'com')],
    'fr': [('bpost', 'com.be'), ('laposte', 'fr'), ('mondialrelay', 'fr'), ('€', 'fr'), ('orange point fr', 'fr')],
    'es': [('estafeta', 'com.mx'), ('C.P.', 'com.mx'), ('correos.es', 'es'), ('€', 'es'), ('28013', 'es')],
    'nl': [('bpost', 'com.be'), ('postnl', 'nl'), ('06 - ', 'nl')],
    'ja': [('ヤマト', 'co.jp')],
    'zh': [('SGD', 'sg'), ('$', 'com'), ('USPS', 'com'), ('ups.com', 'com')],
    'zh-Hant': [('$', 'com'), ('dhl.com/tw', 'com'), ('post.gov.tw', 'com')],
    'ko': [('$', 'com'), ('ups.com', 'com'), ('epost', 'com')],
    'id': [('SGD', 'sg'), ('SingPost', 'sg'), ('singpost', 'sg'), ('ninjavan', 'sg'), ('0812', 'sg')],
    'ar': [('/ae/', 'ae'), ('درهم', 'ae'), ('smsa', 'sa'), ('٠٥', 'sa')],
}

def build(m, idx):
    LG = L[m['lang']]
    slug = m['lang'] + '-' + m['slug']
    r = rng(slug)
    oid, al, asn = order_id(r), alias_local(r), asin(r)
    tld = r.choice(LG['tlds'])
    hay0 = m['body'] + ' ' + (m['quote'] or '')
    for hint, t in TLD_HINTS.get(m['lang'], []):  # keep carrier / currency and marketplace consistent
        if hint in hay0:
            tld = t
            break
    name = r.choice(LG['names'])
    shop = r.choice(LG['shops'])
    hay = (m['body'] + ' ' + (m['prod'] or '') + ' ' + (m['subject'] or '')).lower()
    for cand in LG['shops']:  # sign with the shop the text talks about
        if cand.split()[0].lower() in hay:
            shop = cand
            break
    dom = ascii_fold(shop)
    if len(dom) < 4:
        dom = 'store-' + h(slug, 6)
    dom = dom[:30].strip('-') + '.example'
    sub = 'm.marketplace' if (m['lang'] == 'ja' and r.random() < 0.35) else 'marketplace'
    to_addr = '%s@%s.amazon.%s' % (al, sub, tld)
    reply = m['kind'] == 'reply'
    if reply and ('case' in m['opts'] or int(h(slug + 'case', 2), 16) % 4 == 0):
        to_local = al + '+' + ('A0%s' % h(slug + 'c', 17).upper() if r.random() < 0.5 else
                               '%s-%s-%s-%s-%s' % (h(slug + 'u', 8), h(slug + 'v', 4), h(slug + 'w', 4), h(slug + 'x', 4), h(slug + 'y', 12)))
        to_hdr_addr = '%s@%s.amazon.%s' % (to_local, sub, tld)
    else:
        to_hdr_addr = to_addr

    def fill(s):
        return (s.replace('{o}', oid).replace('{n}', name).replace('{a}', asn).replace('{s}', shop)
                .replace('{al}', to_addr))

    client = m['client']
    # ---- charset choice: forced, else rotate over the language list; fall back to utf-8
    body = fill(m['body'])
    quote = fill(m['quote']) if m['quote'] else None
    # ---- assemble the seller text
    parts = []
    if 'nogreet' not in m['opts']:
        parts.append(fill(r.choice(LG['greet'])))
    parts.append(body)
    if 'nogreet' not in m['opts']:
        parts.append(r.choice(LG['close']) + '\n' + shop)
    own = '\n\n'.join(parts)
    osubj = fill(m['subject'] if m['subject'] else LG['subj'])
    if reply:
        if client == 'outlook':
            pre = LG['re_o']
        elif client == 'plain' and m['lang'] == 'zh':
            pre = '回复：'
        elif client == 'plain' and m['lang'] in ('ja',) and r.random() < 0.5:
            pre = 'Re: '
        else:
            pre = 'Re: '
        subject = pre + osubj
    else:
        subject = osubj
    qblock = None
    if reply:
        w = LG['wrap']
        q = [w[0], '']
        q.append('# %s:' % oid)
        if m['prod']:
            q.append('1 / %s [ASIN: %s]' % (fill(m['prod']), asn))
        q += ['', '------------- %s -------------' % w[1], '', quote or '', '', '------------- %s -------------' % w[2]]
        qblock = '\n'.join(q)
    alltext = own + (qblock or '') + subject + name + shop + LG['orig'] + LG['attr'] + ' '.join(LG['lab']) + LG['date']
    if m['cs']:
        cs = m['cs']
        if not can_enc(alltext, cs):
            raise SystemExit('forced charset %s cannot encode %s' % (cs, slug))
    else:
        rot = LG['cs']
        start = idx % len(rot)
        cs = 'utf-8'
        for k in range(len(rot)):
            c = rot[(start + k) % len(rot)]
            if can_enc(alltext, c):
                cs = c
                break
    ctes = ['quoted-printable', 'base64', '8bit']
    cte = m['cte'] or ctes[(idx // 2) % 3]
    date_q = LG['date']
    attr = fill(LG['attr_a'] if client == 'applemail' else LG['attr']).replace('{a}', to_addr)
    attr = LG['attr_a' if client == 'applemail' else 'attr'].replace('{n}', name).replace('{a}', to_addr)
    rtl = m['lang'] == 'ar'
    bnd = lambda k: h(slug + k, 28)
    # ---- text/plain
    if reply:
        qlines = '\n'.join(('> ' + x) if x else '>' for x in qblock.split('\n'))
        if client == 'outlook':
            lab = LG['lab']
            sep = LG['orig'] if r.random() < 0.5 else '_' * 32
            hb = '%s: %s <%s>\n%s: %s\n%s: %s <seller@%s>\n%s: %s' % (lab[0], name, to_hdr_addr, lab[1], date_q, lab[2], shop, dom, lab[3], osubj)
            text = own + '\n\n' + sep + '\n' + hb + '\n\n' + qblock + '\n'
        elif client == 'plain' and 'bottom' in m['opts']:
            text = attr + '\n' + qlines + '\n\n' + own + '\n'
        elif client == 'applemail':
            text = own + '\n\n> ' + attr + '\n> \n' + qlines + '\n'
        else:
            text = own + '\n\n' + attr + '\n\n' + qlines + '\n'
    else:
        text = own + '\n'
    if 'gif_inline' in m['opts']:
        text = text.replace(shop + '\n', shop + '\n[image: thanks.gif]\n', 1)
    # ---- text/html
    html = None
    inline = None
    html_only = [o for o in m['opts'] if o in ('gif_inline', 'data_gif', 'http_pixel', 'center', 'fontcolor') or o.startswith('img=')]
    if client == 'thunderbird' and not html_only and int(h(slug, 2), 16) % 3 == 0:
        m['opts'].append('textonly')  # Thunderbird set to compose in plain text (format=flowed)
    if client != 'plain' and 'textonly' not in m['opts']:
        paras = own.split('\n\n')
        extra = ''
        if 'gif_inline' in m['opts']:
            cid = 'ii_%s' % h(slug + 'cid', 16)
            inline = ('image/gif', 'thanks.gif', make_gif(), cid)
            extra += '<img src="cid:%s" alt="thanks.gif" width="120" height="40">' % cid
        if 'data_gif' in m['opts']:
            extra += '<img src="data:image/gif;base64,%s" alt="" width="80" height="30">' % base64.b64encode(make_gif()).decode()
        if 'http_pixel' in m['opts']:
            extra += '<img src="http://mail-open.%s/o/%s.png" width="1" height="1" alt="" style="display:none">' % (dom, h(slug + 'px', 12))
        for o in m['opts']:
            if o.startswith('img='):
                extra += '<img src="%s" alt="" width="300">' % fill(o[4:])
        style_open, style_close = '', ''
        if 'center' in m['opts']:
            style_open, style_close = '<div style="text-align:center">', '</div>'
        if 'fontcolor' in m['opts']:
            style_open += '<span style="color:#c0392b;font-family:\'Comic Sans MS\',cursive;font-size:18px">'
            style_close = '</span>' + style_close
        dirattr = ' dir="rtl"' if rtl else ''
        if client == 'gmail':
            inner = ''.join('<div>%s</div><div><br></div>\n' % html_lines(p) for p in paras)
            hq = ''
            if reply:
                hq = ('<br><div class="gmail_quote gmail_quote_container"><div dir="%s" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
                      % ('rtl' if rtl else 'ltr', esc(attr).replace(esc(to_addr), '<a href="mailto:%s">%s</a>' % (to_addr, to_addr)),
                         html_lines(qblock)))
            html = '<div dir="%s">%s%s%s%s</div>%s\n' % ('rtl' if rtl else 'ltr', style_open, inner, extra, style_close, hq)
        elif client == 'outlook':
            head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                    '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
                    'span.EmailStyle17 {mso-style-type:personal-compose;}\n.MsoChpDefault {mso-style-type:export-only;}\n'
                    '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                    'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n' % cs)
            inner = ''.join('<p class="MsoNormal"%s>%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                            % (' dir="RTL"' if rtl else '', html_lines(p)) for p in paras)
            hq = ''
            if reply:
                lab = LG['lab']
                if r.random() < 0.5:
                    hq = ('<div id="divRplyFwdMsg" dir="%s"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                          '<b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s &lt;seller@%s&gt;<br><b>%s:</b> %s</font>'
                          '<div>&nbsp;</div></div>\n<div>%s</div>\n' % ('rtl' if rtl else 'ltr', lab[0], name, to_hdr_addr, lab[1], date_q,
                                                                      lab[2], esc(shop), dom, lab[3], esc(osubj), html_lines(qblock)))
                else:
                    hq = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                          '<p class="MsoNormal"><b><span lang="EN-US">%s:</span></b> %s &lt;%s&gt; <br><b>%s:</b> %s<br><b>%s:</b> %s<br>'
                          '<b>%s:</b> %s<o:p></o:p></p></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">%s<o:p></o:p></p>\n'
                          % (lab[0], name, to_hdr_addr, lab[1], date_q, lab[2], esc(shop), lab[3], esc(osubj), html_lines(qblock)))
            html = head + '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word"%s>\n<div class="WordSection1">\n%s%s%s%s%s</div>\n</body>\n</html>\n' % (
                m['lang'].upper(), dirattr, style_open, inner, extra, style_close, hq)
        elif client == 'applemail':
            inner = ''.join('<div>%s</div><div><br></div>' % html_lines(p) for p in paras)
            hq = ''
            if reply:
                hq = ('<div><br><blockquote type="cite"><div>%s</div><br><div><div>%s</div></div></blockquote></div>'
                      % (esc(attr), html_lines(qblock)))
            html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                    '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>%s%s%s%s%s</body></html>\n'
                    % (cs, dirattr, style_open, inner, extra, style_close, hq))
        else:  # thunderbird
            inner = ''.join('<p>%s</p>\n' % html_lines(p) for p in paras)
            hq = ''
            if reply:
                hq = ('<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:0100019%s@email.amazonses.com">\n<pre class="moz-quote-pre" wrap="">%s</pre>\n</blockquote>\n'
                      % (esc(attr), h(slug + 'irt', 20), esc(qblock)))
            html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
                    '  <body%s>\n%s%s%s%s%s  </body>\n</html>\n' % (cs, dirattr, style_open, inner, extra, style_close, hq))
    return dict(slug=slug, oid=oid, to=to_hdr_addr, shop=shop, dom=dom, name=name, subject=subject, text=text, html=html,
                inline=inline, cs=cs, cte=cte, r=r, tld=tld)

# ---------------------------------------------------------------- serialisation
def leaf(ctype, cs, cte, text, extra_ct=''):
    raw = enc_text(text, cs)
    cte2, data = body_cte(raw, cs, cte)
    q = '"%s"' % cs if ctype == 'text/html' or cs.startswith('i') else cs
    hs = ['Content-Type: %s; charset=%s%s' % (ctype, q, extra_ct), 'Content-Transfer-Encoding: %s' % cte2]
    return hs, data, cte2

def att_leaf(ctype, fn, data, disp='attachment', cid=None):
    try:
        fn.encode('ascii')
        nm, fdisp = 'name="%s"' % fn, 'filename="%s"' % fn
    except UnicodeEncodeError:
        nm = 'name="%s"' % Header(fn, 'utf-8').encode()
        fdisp = "filename*=UTF-8''%s" % pct(fn, safe='')
    hs = ['Content-Type: %s; %s' % (ctype, nm), 'Content-Disposition: %s; %s' % (disp, fdisp)]
    if cid:
        hs.append('Content-ID: <%s>' % cid)
    hs.append('Content-Transfer-Encoding: base64')
    return hs, base64.encodebytes(data), 'base64'

def multipart(sub, boundary, kids):
    out = bytearray()
    for hs, data, _ in kids:
        out += b'--' + boundary.encode() + b'\n' + '\n'.join(hs).encode() + b'\n\n' + data
        if not data.endswith(b'\n'):
            out += b'\n'
    out += b'--' + boundary.encode() + b'--\n'
    return ['Content-Type: multipart/%s; boundary="%s"' % (sub, boundary)], bytes(out), None

def serialize(m, b, idx):
    client, cs, cte = m['client'], b['cs'], b['cte']
    slug = b['slug']
    ctes_used = []
    flowed = '; format=flowed' if client == 'thunderbird' else ''
    tl = leaf('text/plain', cs, cte, b['text'], flowed if b['html'] is None else '')
    ctes_used.append(tl[2])
    node = tl
    if b['html'] is not None:
        hl = leaf('text/html', cs, cte if client != 'gmail' else ('quoted-printable' if cte == '8bit' else cte), b['html'])
        ctes_used.append(hl[2])
        if b['inline']:
            ct, fn, data, cid = b['inline']
            il = att_leaf(ct, fn, data, 'inline', cid)
            ctes_used.append('base64')
            hl = multipart('related', bnd_for(client, slug, 'rel'), [hl, il])
        node = multipart('alternative', bnd_for(client, slug, 'alt'), [tl, hl])
    if m['att']:
        kids = [node]
        for spec in m['att']:
            ct, fn, data = attachment(b_fill(spec, b))
            kids.append(att_leaf(ct, fn, data))
            ctes_used.append('base64')
        node = multipart('mixed', bnd_for(client, slug, 'mix'), kids)
    r = b['r']
    hh = h(slug, 40)
    tz = TZ[m['lang']]
    date = 'Sun, 29 Nov 2026 %02d:%02d:%02d %s' % (8 + idx % 12, (idx * 7) % 60, (idx * 13) % 60, tz)
    if client == 'gmail':
        mid = '<CA%s%s@mail.gmail.com>' % (hh[:20].upper(), base64.b32encode(bytes.fromhex(hh[20:40])).decode().rstrip('=').lower())
    elif client == 'outlook':
        mid = '<%s%s@%s.eurprd0%d.prod.outlook.com>' % ('DB9PR0' if idx % 2 else 'AS8PR0', hh[:22].upper(), 'DB9PR04MB' + hh[22:26].upper(), idx % 9 + 1)
    elif client == 'applemail':
        mid = '<%s-%s-%s-%s-%s@%s>' % (hh[:8].upper(), hh[8:12].upper(), hh[12:16].upper(), hh[16:20].upper(), hh[20:32].upper(), b['dom'])
    else:
        mid = '<%s.%s@%s>' % (hh[:12], hh[12:24], b['dom'])
    H = []
    H.append('Return-Path: <seller@%s>' % b['dom'])
    H.append('Date: %s' % date)
    H.append('From: %s <seller@%s>' % (hdr(b['shop'], cs, 'From') if not b['shop'].isascii() else '"%s"' % b['shop'], b['dom']))
    H.append('To: %s' % b['to'] if m['kind'] != 'reply' else 'To: %s <%s>' % (hdr('"%s"' % b['name'] if b['name'].isascii() else b['name'], cs, 'To'), b['to']))
    H.append('Subject: %s' % hdr(b['subject'], cs))
    H.append('Message-ID: %s' % mid)
    if m['kind'] == 'reply':
        irt = '<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (h(slug + 'irt', 9), h(slug + 'a', 8), h(slug + 'b', 4), h(slug + 'c', 4), h(slug + 'd', 12))
        H.append('In-Reply-To: %s' % irt)
        if r.random() < 0.4:
            H.append('References: <0100019%s-000000@email.amazonses.com>\n %s' % (h(slug + 'ref0', 30), irt))
        else:
            H.append('References: %s' % irt)
    H.append('MIME-Version: 1.0')
    if client == 'outlook':
        H.append('X-Mailer: Microsoft Outlook 16.0')
        H.append('Thread-Index: AQH%s' % base64.b64encode(bytes.fromhex(hh[:30])).decode())
        H.append('Content-Language: %s' % {'en': 'en-us', 'zh': 'zh-cn', 'zh-Hant': 'zh-tw', 'ja': 'ja', 'ko': 'ko', 'ar': 'ar-sa',
                                            'pt': 'pt-br', 'sv': 'sv-se', 'id': 'id-id'}.get(m['lang'], m['lang'] + '-' + m['lang']))
        H.append('X-MS-Has-Attach: %s' % ('yes' if m['att'] else ''))
    elif client == 'applemail':
        H.append('X-Mailer: Apple Mail (2.3826.200.121)')
    elif client == 'thunderbird':
        H.append('User-Agent: Mozilla Thunderbird')
        H.append('Content-Language: %s' % m['lang'])
    elif client == 'plain':
        H.append('X-Mailer: %s' % PLAIN_MAILERS[idx % len(PLAIN_MAILERS)])
    hs, data, _ = node
    H += hs
    if len(hs) > 1:  # single text part
        pass
    raw = ('\n'.join(H) + '\n\n').encode('ascii') + data
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw, ctes_used

def bnd_for(client, slug, k):
    x = h(slug + k, 28)
    if client == 'gmail':
        return '0000000000' + x[:18]
    if client == 'applemail':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:28].upper() + '0000')
    if client == 'outlook':
        return '_%03d_%s_' % (int(x[:2], 16) % 100, x.upper()[:24])
    return '------------%s' % x[:24].upper()

def b_fill(spec, b):
    return spec.replace('{o}', b['oid'])

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    rows = ['file\tverdict\tcategories\tlang\tcharset\tclient\tkind']
    seen = set()
    for i, m in enumerate(MSGS, 1):
        key = m['lang'] + '-' + m['slug']
        assert key not in seen, key
        seen.add(key)
        b = build(m, i)
        raw, _ = serialize(m, b, i)
        fn = '%03d-%s-%s.eml' % (i, m['lang'], m['slug'])
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(raw)
        rows.append('\t'.join([fn, m['verdict'], m['cats'], m['lang'], b['cs'], m['client'], m['kind']]))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')
    print('wrote %d messages to %s' % (len(MSGS), OUT))

# ======================================================================================
# MESSAGES.  Each M(...) line: language, slug, VERDICT, CATEGORIES, kind, client, subject,
# body, quote (buyer text), prod, attachments, opts.  Labels are hand-written.
# ======================================================================================

# ------------------------------------------------------------------------------ en
def E(*a, **k): M('en', *a, **k)

E('canadapost-track', 'pass', '-', 'reply', 'g', None,
  "Your parcel left our warehouse in Mississauga on Thursday. Canada Post tracking number is 7023210039414604 and you can follow it here:\nhttps://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=7023210039414604\n\nThe scan shows it at the Gateway sorting plant, so it should reach you by Tuesday, December 1.",
  quote="Hi, I ordered the trail pack on the 23rd and still have no tracking. Can you check?", prod='Northfold 28L Trail Daypack, Slate')
E('royalmail-track', 'pass', '-', 'reply', 'o', 'Order delivery inquiry from Amazon customer {n} (Order: {o})',
  "Sorry for the wait. Your candle set went out 2nd class with Royal Mail, reference JD048271635GB:\nhttps://www.royalmail.com/track-your-item#/tracking-results/JD048271635GB\n\nRoyal Mail are running about a day behind because of the strikes. If it has not arrived by Wednesday 2 December, let me know and I will send a replacement.",
  quote="Where is my order? It said it would be here yesterday.", prod='Brightwick Fig & Cedar Candle Trio')
E('auspost-delay', 'pass', '-', 'proactive', 'a', 'Delay with your order {o} - new delivery estimate',
  "Order {o}: the Hollis & Pine cast iron skillet you ordered was held back at our supplier's quality check, so it is shipping three days later than shown at checkout. It will go out with Australia Post on Monday 30 November and the new estimated delivery is 3-4 December. Tracking will be available at https://auspost.com.au/mypost/track/ once it is lodged.\n\nIf the new date does not suit you, you can cancel from Your Orders at no cost.")
E('engraving-important', 'pass', '-', 'proactive', 't', '[Important] Please confirm engraving text - order {o}',
  "Thank you for ordering the personalised walnut cutting board (order {o}).\n\nBefore we engrave, please confirm the text exactly as it should appear:\n\n    The Whitaker Family\n    est. 2019\n\nIn your customisation note \"Whitaker\" was spelled \"Whittaker\" in the second field, so we want to be sure. Engraving cannot be undone, so we will wait for your reply before starting.")
E('sofa-delivery-slot', 'pass', '-', 'proactive', 'o', '[Important] Scheduling delivery of your 3-seat sofa (Order {o})',
  "Your Harlow 3-seat sofa (order {o}) has arrived at our two-person delivery partner's depot. Because of its size (214 cm x 92 cm, 58 kg) it needs a booked delivery slot.\n\nAvailable slots:\n- Tuesday 1 December, 8:00-12:00\n- Wednesday 2 December, 12:00-16:00\n- Friday 4 December, 8:00-12:00\n\nPlease reply with the slot that suits you and let us know if there are stairs or a lift at the delivery address.")
E('address-apt-missing', 'pass', '-', 'proactive', 'g', '[IMPORTANT] Apartment number missing on shipping address - order {o}',
  "We are about to ship your order {o}, but the shipping address has no apartment or unit number (the building at 1180 Ocean Ave has 64 units). The courier has told us they will return the parcel if they cannot find the unit.\n\nCould you update the shipping address in Your Orders, or reply with the unit number, before Monday 30 November?")
E('invoice-pdf', 'pass', '-', 'reply', 'o', None,
  "As requested, the VAT invoice for order {o} is attached (Invoice_INV-2026-11873.pdf). It shows our VAT number and the 20% VAT included in the total of £89.99.",
  quote="Could you send me a VAT invoice please? I need it for my company expenses.", prod='Kestrel Audio KA-220BT Bluetooth Headphones',
  att=['pdf:Invoice_INV-2026-11873.pdf:Invoice INV-2026-11873 order {o} total GBP 89.99'])
E('warranty-pdf', 'pass', '-', 'reply', 'a', None,
  "Yes, the KA-220BT carries a 2-year warranty from the delivery date. I have attached the warranty card (PDF); it lists what is covered and how to register the serial number, which is on the inside of the left ear cup (it starts with KA22).\n\nIt is important to keep your Amazon order confirmation as proof of purchase.",
  quote="Does this come with a warranty? The box didn't have any paperwork.", prod='Kestrel Audio KA-220BT Bluetooth Headphones',
  att=['pdf:KA-220BT_Warranty.pdf:Kestrel Audio KA-220BT two year limited warranty'])
E('cancel-confirm', 'pass', '-', 'reply', 'g', None,
  "No problem at all. I have cancelled order {o} as you asked, before it was dispatched, so you will not be charged. The cancellation confirmation from Amazon should reach you within the hour.",
  quote="Hi, I ordered the wrong size by mistake (I need the 10-inch, not the 12-inch). Can you cancel it please?", prod='Hollis & Pine 12" Carbon Steel Wok')
E('seller-cancel-damaged', 'pass', '-', 'proactive', 't', 'Problem with your order {o}',
  "Unfortunately the last Brightwick Amber & Oud candle in stock was damaged in our warehouse this morning and we could not find another unit in time. We have cancelled order {o} and the full amount of $34.99 has been adjusted; you will not be charged.\n\nWe are very sorry for the inconvenience.")
E('review-neutral', 'pass', '-', 'proactive', 'p', 'Share your experience with order {o}',
  "Your order {o} was delivered last week. If you have a moment, would you share your experience by leaving a product review on Amazon? Reviews help other customers make informed decisions.\n\nhttps://www.amazon.com/review/create-review?asin={a}")
E('thanks-reply-short', 'pass', '-', 'reply', 'a', None,
  "Great to hear it's working now, thanks for letting us know!",
  quote="Never mind, the reset button did it. All good now, thanks!", prod='Kestrel Audio KA-50 Desk Speaker')
E('quoted-buyer-pii', 'pass', '-', 'reply', 'g', None,
  "Thanks for the video, that was really helpful. The clip on the left side has cracked, which is a manufacturing fault. We have sent a replacement clip set with Royal Mail Tracked 48, reference QF918244073GB, so there is no need to return the harness.",
  quote="The harness clip snapped after two walks, see https://youtu.be/q3Xk2mB8tLw - you can also reach me on 07700 900982 or derek.h@gmail.com if easier. Not happy :(", prod='Tidewater No-Pull Dog Harness, Medium')
E('torx-energy-star', 'pass', '-', 'reply', 't', None,
  "The battery cover is held by a single T10 star (Torx) screw, not a Phillips. Remove the protective film from the display first, then undo the screw and slide the cover down.\n\nOn your other question: yes, this model is Energy Star certified (label on the back panel).",
  quote="How do I open the back to change the battery? None of my screwdrivers fit.", prod='Kestrel Audio Clockradio CR-7')
E('gift-wrap-coupon', 'pass', '-', 'reply', 'o', None,
  "Yes, the gift wrap and your gift message (\"Happy 40th, Sam!\") were both added to order {o}. The $5 coupon you clipped on the product page was applied at checkout, which is why the total shows $42.99 instead of $47.99. The gift receipt in the box does not show prices.",
  quote="Did my gift wrap get added? Also the price was different from what I expected.", prod='Brightwick Gift Box, 3 Candles')
E('partial-refund', 'pass', '-', 'reply', 'p', None,
  "I am sorry the lid arrived with a scratch. Rather than have you send the whole set back, we have issued a partial refund of $8.50 to your original payment method; it should show within 3-5 business days. If you would prefer a full replacement instead, just reply and we will arrange it.",
  quote="The lid of the dutch oven has a scratch across the top. Everything else is fine.", prod='Hollis & Pine 5.5 qt Enamel Dutch Oven', opts='bottom')
# --- violations
E('fivestar-channel', 'reject', 'review', 'proactive', 'g', 'How are you getting on with your new tent? (order {o})',
  "We hope your Northfold Ridgeline 2 tent (order {o}) is keeping you dry!\n\nIf you love it, a 5-star review would mean the world to our small team. If anything is less than perfect, please reply to this email before leaving a review so we can put it right.")
E('giftcard-review', 'reject', 'review', 'proactive', 'o', 'A little thank you from Kestrel Audio - order {o}',
  "Thanks again for your order {o}. As a small thank you, we are sending a $15 Amazon gift card to every customer who leaves an honest review of the KA-220BT. Simply reply with a screenshot once your review is live and we will send the code within 24 hours.")
E('remove-review', 'reject', 'review', 'reply', 'a', None,
  "I'm glad the replacement bowl arrived safely and that the refund for the first one has gone through. Now that everything is sorted, would you mind taking down the 2-star review you posted last week? It is really hurting our small shop.",
  quote="Ok the new bowl is fine. Refund came through too.", prod='Tidewater Slow Feeder Bowl')
E('what-to-write', 'reject', 'review', 'proactive', 't', 'Your kettle - order {o}',
  "Your Hollis & Pine gooseneck kettle (order {o}) was delivered on Tuesday. We would be grateful for a product review on Amazon. When you write it, please mention how fast it boils and the automatic shut-off, as those are the features most people ask us about.")
E('blackfriday-code', 'reject', 'promotion', 'proactive', 'g', 'Black Friday is here - order {o}',
  "Thanks for shopping with Northfold Outdoor (order {o}). Our Black Friday event runs until Monday: use code NORTHFOLD20 at checkout on any of our Amazon listings for 20% off sleeping bags, stoves and our new ultralight tents.")
E('own-site-filters', 'reject', 'links,promotion', 'reply', 'o', None,
  "The fountain uses the FT-3 carbon filter; change it every 3-4 weeks. Replacement packs and the new ceramic fountain are also on our own website with free UK delivery: https://tidewater-pets.example.co.uk/filters",
  quote="How often do I need to change the filter and which one is it?", prod='Tidewater 2.5L Pet Water Fountain')
E('spaced-url-manual', 'reject', 'links', 'reply', 'p', None,
  "The full pairing guide with pictures is on our support site: www . kestrel-audio . co . uk / pair (type it without the spaces). Hold the power button for 7 seconds until the light flashes blue and red.",
  quote="How do I pair these with a second phone?", prod='Kestrel Audio KA-220BT Bluetooth Headphones')
E('whatsapp-nbhyphen', 'reject', 'contact', 'reply', 'o', None,
  "Sorry to hear the wick tunnelled. It is easiest to sort this by video call - could you WhatsApp me on +44\u20117700\u2011900418 and show me the candle? I'll get a replacement out the same day.",
  quote="The candle burned down the middle and left a big ring of wax. Is this normal?", prod='Brightwick Amber & Oud Candle, 300g', cs='utf-8')
E('email-at-dot', 'reject', 'contact', 'reply', 'g', None,
  "We can make the lid in oak instead of walnut, but Amazon only lets us list the walnut version. If you would like the oak one, drop me a line at hollisandpine.orders at gmail dot com and I'll sort out a price.",
  quote="Does this come in a lighter wood? The walnut is a bit dark for our kitchen.", prod='Hollis & Pine Walnut Bread Bin')
E('ask-cancel-soldout', 'reject', 'ask', 'proactive', 'o', 'Your order {o} - out of stock',
  "We are very sorry, but the 12-pack of Tidewater cat litter liners sold out faster than expected and we will not have more until January. Could you please cancel order {o} from your side via Your Orders > Cancel items? That way it won't count against you.")
E('important-howdidwedo', 'reject', 'important', 'proactive', 'a', '[Important] How are you finding your headphones? Order {o}',
  "It has been two weeks since your KA-220BT headphones (order {o}) arrived. If you have a minute, we would appreciate it if you shared your experience in a product review on Amazon.")
E('thankyou-only', 'reject', 'proactive', 'proactive', 't', 'Thank you for your order {o}',
  "Thank you for choosing Hollis & Pine Kitchenware! Your order {o} means a lot to our family business. We are here to help if you have any questions at all.")
E('shipped-only', 'reject', 'proactive', 'proactive', 'p', 'Your order {o} has shipped!',
  "Good news! Your order {o} has shipped with USPS Priority Mail.\n\nTracking number: 9405 5112 0620 8841 2763 09\nEstimated delivery: Tuesday, December 1\n\nThanks for shopping with us.")
E('gif-signature', 'reject', 'style,attachment', 'reply', 'g', None,
  "You can machine wash the harness on a cold, gentle cycle inside a laundry bag. Let it air dry; the tumble dryer can warp the buckles.",
  quote="Can the harness go in the washing machine?", prod='Tidewater No-Pull Dog Harness, Large', opts='gif_inline')
E('emoji-replacement', 'reject', 'style', 'reply', 'a', None,
  "Your replacement speaker is on its way \U0001F69A\U0001F4E6 It should be with you by Thursday. Sorry again for the trouble \U0001F60A",
  quote="The speaker crackles at any volume above half.", prod='Kestrel Audio KA-50 Desk Speaker', cs='utf-8')
E('js-size-tool', 'reject', 'attachment', 'reply', 'o', None,
  "To find the right size, open the attached size helper in your browser and enter your dog's chest measurement; it will tell you whether Medium or Large fits best.",
  quote="My lab's chest is 74 cm, which size should I get?", prod='Tidewater No-Pull Dog Harness', att=['js:size-helper.js:Tidewater size helper'])
E('http-pixel-review', 'reject', 'links,style', 'proactive', 'g', 'Order {o}: a quick question',
  "We hope your Brightwick candle trio arrived safely (order {o}). If you would like to share your experience, you can leave a review from Your Orders on Amazon.",
  opts='http_pixel')
E('homoglyph-register', 'reject', 'links', 'reply', 'o', None,
  "To activate the extended 3-year warranty, register the headphones on our site: https://k\u0435strel-audio.shop/register (have your serial number ready).",
  quote="Is there any way to extend the warranty?", prod='Kestrel Audio KA-220BT Bluetooth Headphones', cs='utf-8')
E('vcard-attached', 'reject', 'contact,attachment', 'reply', 't', None,
  "I've attached my contact card so you can reach me directly next time instead of going through Amazon - much quicker for both of us.",
  quote="The replacement arrived, thanks.", prod='Northfold Camping Stove Mini',
  att=['vcf:Northfold_Outdoor.vcf:FN:Ryan Cole\r\nORG:Northfold Outdoor\r\nTEL;TYPE=CELL:+1-416-555-0173\r\nEMAIL:ryan@northfold-outdoor.example'])
E('unsubscribe-care', 'reject', 'style,links', 'proactive', 'g', 'Caring for your cast iron - order {o}',
  "Order {o}: to keep your new skillet in top shape, wash it with hot water only, dry it on the hob and rub in a few drops of oil while it is still warm.\n\nDon't want these tips? Unsubscribe here: https://mail.hollis-pine.example/unsubscribe?u=8842")
E('etsy-named-lids', 'reject', 'contact,promotion', 'reply', 'o', None,
  "We don't sell the glass lids separately on Amazon, but we do have them in our Etsy shop - just search for Hollis and Pine Kitchenware on Etsy and you'll find them, along with the matching trivets.",
  quote="Do you sell a lid for the 26cm pan on its own?", prod='Hollis & Pine 26cm Frying Pan')
E('reminder-second', 'reject', 'review', 'proactive', 'p', 'Reminder: your review for order {o}',
  "Just a friendly reminder - we emailed you last week about leaving a review for order {o}. We haven't seen it yet! It only takes a minute and really helps a small business like ours.")

# ------------------------------------------------------------------------------ de
def DE(*a, **k): M('de', *a, **k)

DE('dhl-sendung', 'pass', '-', 'reply', 'g', None,
   "Ihr Paket wurde am Freitag an DHL übergeben. Die Sendungsnummer lautet 00340434161094015902, den aktuellen Stand sehen Sie hier:\nhttps://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094015902\n\nLaut DHL erfolgt die Zustellung voraussichtlich am Dienstag, 1.12.",
   quote="Guten Tag, wann kommt meine Kaffeemühle? Ich habe noch keine Versandbestätigung.", prod='Handkaffeemühle Edelstahl, Kegelmahlwerk')
DE('hausnummer-fehlt', 'pass', '-', 'proactive', 'o', '[Important] Lieferadresse unvollständig – Bestellung {o}',
   "bei Ihrer Bestellung {o} fehlt in der Lieferadresse die Hausnummer (Lindenstraße, 04109 Leipzig). Ohne Hausnummer kann der Paketdienst nicht zustellen und schickt die Sendung an uns zurück.\n\nBitte ergänzen Sie die Adresse in Ihrem Amazon-Konto oder antworten Sie kurz auf diese Nachricht, dann versenden wir noch heute.")
DE('gravur-text', 'pass', '-', 'proactive', 't', '[Important] Bitte Gravurtext bestätigen (Bestellung {o})',
   "vielen Dank für Ihre Bestellung des Schneidebretts aus Eiche mit Gravur (Bestellung {o}).\n\nSie haben als Text „Familie Schäfer – seit 1998“ angegeben. Soll das „ä“ so graviert werden, oder lieber „ae“? Manche Kunden wünschen die Schreibweise wie im Briefkasten. Wir beginnen mit der Gravur erst nach Ihrer Bestätigung.")
DE('rechnung-pdf', 'pass', '-', 'reply', 'a', None,
   "anbei erhalten Sie die Rechnung zu Ihrer Bestellung {o} als PDF mit ausgewiesener Mehrwertsteuer (19 %). Der Rechnungsbetrag beträgt 64,90 EUR.",
   quote="Können Sie mir bitte eine Rechnung mit MwSt. für meine Firma schicken?", prod='Fahrradtasche wasserdicht 20 L',
   att=['pdf:Rechnung_RE-2026-4471.pdf:Rechnung RE-2026-4471 Bestellung {o} 64,90 EUR'])
DE('storno-bestaetigt', 'pass', '-', 'reply', 't', None,
   "wie gewünscht haben wir Ihre Bestellung {o} storniert. Da die Ware noch nicht versendet war, wird Ihr Konto nicht belastet. Die Stornobestätigung von Amazon erhalten Sie in Kürze.",
   quote="Bitte stornieren Sie meine Bestellung, ich habe das Garn doppelt bestellt.", prod='Sockenwolle 4-fach, 100 g, Farbe Moos')
DE('bewertung-neutral', 'pass', '-', 'proactive', 'p', 'Ihre Erfahrung mit Bestellung {o}',
   "Ihre Bestellung {o} wurde vor einer Woche zugestellt. Bitte teilen Sie Ihre Erfahrungen mit unserem Produkt, indem Sie auf Amazon eine Produktbewertung hinterlassen. Damit helfen Sie anderen Kunden bei ihrer Kaufentscheidung.")
DE('teilerstattung-zitat', 'pass', '-', 'reply', 'o', None,
   "es tut uns leid, dass eine der Kaffeedosen eine Delle hat. Wir haben Ihnen soeben eine Teilerstattung von 7,50 € über Amazon veranlasst; die Dose müssen Sie nicht zurückschicken.",
   quote="Eine Dose ist verbeult angekommen. Rufen Sie mich gern an: 0171 4432987, oder schreiben Sie an j.haller@web.de", prod='Kaffeedose Edelstahl 3er-Set')
DE('schutzfolie-stern', 'pass', '-', 'reply', 'g', None,
   "die Klingel wird mit einer Torx-Sternschraube (T20) am Lenker befestigt, der passende Schlüssel liegt im Beutel. Entfernen Sie bitte vorher die Schutzfolie von der Klemme, sonst rutscht sie. Mit \"Bewertung\" ist in der Anleitung auf Seite 2 übrigens das Anzugsdrehmoment gemeint (max. 3 Nm) – ein Übersetzungsfehler, den wir korrigieren.",
   quote="Welches Werkzeug brauche ich für die Montage? Und was heißt 'Bewertung der Montage' in der Anleitung?", prod='Fahrradklingel Messing, 22,2 mm')
# --- violations
DE('versandkosten-bewertung', 'reject', 'review', 'proactive', 'a', 'Kleines Dankeschön zu Bestellung {o}',
   "wir hoffen, die Kaffeebohnen aus Bestellung {o} schmecken Ihnen! Wenn Sie uns eine Bewertung auf Amazon schreiben, erstatten wir Ihnen als Dankeschön die Versandkosten von 4,95 €. Schicken Sie uns einfach kurz den Link zu Ihrer Rezension.")
DE('adventskalender', 'reject', 'promotion', 'proactive', 't', 'Neu: unser Kaffee-Adventskalender',
   "zu Ihrer Bestellung {o}: Ab sofort gibt es unseren Kaffee-Adventskalender mit 24 Sorten aus der eigenen Rösterei. Schauen Sie in unserem Amazon-Shop vorbei – solange der Vorrat reicht!")
DE('instagram-link', 'reject', 'links', 'reply', 'g', None,
   "die Nähmaschinennadeln Stärke 90 passen für Jersey. Viele Anleitungen und Ideen finden Sie auch auf unserem Instagram-Kanal: https://www.instagram.com/naehstube.lindner",
   quote="Welche Nadel brauche ich für Jerseystoff?", prod='Universal-Nähmaschinennadeln 80/90/100, 10 Stück')
DE('mail-at-punkt', 'reject', 'contact', 'reply', 'o', None,
   "den passenden Umwerfer haben wir leider nicht bei Amazon gelistet. Schreiben Sie mir am besten direkt an kuehn.fahrradteile(at)web(punkt)de, dann schicke ich Ihnen ein Angebot.",
   quote="Haben Sie auch einen Umwerfer für 3x9-fach?", prod='Schaltwerk 9-fach, Shimano-kompatibel')
DE('ausverkauft-stornieren', 'reject', 'ask', 'proactive', 'p', 'Bestellung {o} – Artikel leider ausverkauft',
   "leider ist die Sockenwolle in der Farbe Moos ausverkauft und wird vom Hersteller erst im Februar nachgeliefert. Bitte stornieren Sie die Bestellung {o} über Ihr Amazon-Konto unter \"Meine Bestellungen\", damit wir das nicht tun müssen.")
DE('important-danke', 'reject', 'important', 'proactive', 'g', '[Important] Danke für Ihren Einkauf – Bestellung {o}',
   "Ihre Bestellung {o} ist inzwischen bei Ihnen angekommen. Wenn Sie einen Moment Zeit haben, teilen Sie Ihre Erfahrung gern in einer Produktbewertung auf Amazon.")
DE('treiber-exe', 'reject', 'attachment', 'reply', 'o', None,
   "für die Verbindung des Fahrradcomputers mit dem PC installieren Sie bitte zuerst den Treiber im Anhang und starten danach das Programm neu.",
   quote="Mein PC erkennt den Fahrradcomputer nicht.", prod='GPS-Fahrradcomputer FC-300', att=['exe:FC300_Treiber_Setup.exe'])
DE('versandbestaetigung', 'reject', 'proactive', 'proactive', 'a', 'Ihre Bestellung {o} ist unterwegs',
   "gute Nachrichten: Ihre Bestellung {o} hat heute unser Lager verlassen und ist mit DHL unterwegs zu Ihnen.\n\nSendungsnummer: 00340434161094027513\nVoraussichtliche Zustellung: Mittwoch, 2.12.2026\n\nVielen Dank für Ihren Einkauf!")
DE('data-gif-gruss', 'reject', 'style', 'reply', 't', None,
   "das Schneidebrett können Sie mit Speiseöl oder Leinöl pflegen, etwa einmal im Monat. Bitte nicht in die Spülmaschine geben.",
   quote="Wie pflege ich das Brett am besten?", prod='Schneidebrett Eiche mit Saftrille', opts='data_gif')

# ------------------------------------------------------------------------------ fr
def FR(*a, **k): M('fr', *a, **k)

FR('colissimo-suivi', 'pass', '-', 'reply', 'o', None,
   "Votre colis a été remis à Colissimo jeudi. Numéro de suivi : 6A24887319452, consultable ici :\nhttps://www.laposte.fr/outils/suivre-vos-envois?code=6A24887319452\n\nLa livraison est prévue lundi 30 novembre.",
   quote="Bonjour, je n'ai toujours pas reçu mes bougies commandées il y a une semaine.", prod='Coffret 3 bougies lavande et figue')
FR('mondial-relay-point', 'pass', '-', 'reply', 'g', None,
   "Votre commande {o} est arrivée au Point Relais indiqué lors de la commande (Tabac Le Balto, 12 rue Carnot). Vous avez 8 jours pour la retirer avec une pièce d'identité. Suivi : https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=88421035",
   quote="Le suivi dit livré mais je n'ai rien reçu à la maison ???", prod='Comté AOP 18 mois, 500 g')
FR('personnalisation-important', 'pass', '-', 'proactive', 'a', '[Important] Validation de la gravure – commande {o}',
   "Merci pour votre commande {o} d'une chevalière gravée.\n\nAvant la gravure, pouvez-vous confirmer les initiales : « É. M. R. » avec l'accent sur le É ? Sur le formulaire, l'accent apparaît mais pas le point après le R. Nous attendons votre réponse pour lancer la fabrication.")
FR('facture-pdf', 'pass', '-', 'reply', 't', None,
   "Veuillez trouver ci-joint la facture de votre commande {o} (montant TTC 129,00 €, TVA 20 % incluse).",
   quote="Pourriez-vous m'envoyer une facture au nom de mon entreprise SARL Morel ?", prod='Bague chevalière argent 925',
   att=['pdf:Facture_F2026-0931.pdf:Facture F2026-0931 commande {o} 129,00 EUR TTC'])
FR('annulation-demandee', 'pass', '-', 'reply', 'p', None,
   "C'est fait : votre commande {o} a bien été annulée à votre demande, avant expédition. Aucun montant ne sera débité.",
   quote="Merci d'annuler ma commande, je me suis trompé de taille de vis.", prod='Vis inox A2 tête fraisée 5x40, boîte de 200')
FR('avis-neutre', 'pass', '-', 'proactive', 'o', 'Votre avis sur la commande {o}',
   "Votre commande {o} vous a été livrée il y a quelques jours. Si vous le souhaitez, partagez votre expérience en laissant un commentaire sur Amazon : vos retours aident les autres clients à choisir.")
FR('remboursement-partiel', 'pass', '-', 'reply', 'g', None,
   "Merci pour votre message et vos photos. Nous avons effectué un remboursement partiel de 6,00 € sur votre moyen de paiement ; inutile de renvoyer le fromage. Le papier cadeau et le message étaient bien inclus, désolés que l'emballage ait souffert.",
   quote="Le papier cadeau est arrivé déchiré et le fromage un peu écrasé \U0001F61E", prod='Comté AOP 18 mois, 500 g')
# --- violations
FR('bon-achat-avis', 'reject', 'review', 'proactive', 't', 'Un petit geste pour vous – commande {o}',
   "Merci encore pour votre commande {o}. Pour vous remercier, nous offrons un bon d'achat de 10 € à chaque client qui publie un avis sur nos bougies. Il suffit de nous répondre avec une capture d'écran de votre commentaire.")
FR('nouvelle-collection', 'reject', 'promotion', 'proactive', 'g', 'Notre collection de Noël est arrivée !',
   "Suite à votre commande {o}, nous sommes heureux de vous présenter notre nouvelle collection de Noël : bougies sapin, cannelle et orange. Profitez de -15 % avec le code NOEL15 jusqu'au 24 décembre.")
FR('site-tutoriel', 'reject', 'links', 'reply', 'o', None,
   "Pour le montage de la charnière, suivez notre tutoriel vidéo sur notre site : https://www.quincaillerie-morvan.example.fr/tutos/charniere-invisible",
   quote="Comment régler la charnière ? La porte frotte.", prod='Charnière invisible 35 mm, lot de 4')
FR('arobase-ecrit', 'reject', 'contact', 'reply', 'a', None,
   "Pour une commande de fromage en gros pour votre comité d'entreprise, écrivez-moi directement : fromagere.jura arobase orange point fr, je vous ferai un tarif.",
   quote="Est-ce possible de commander 20 pièces pour Noël ?", prod='Morbier AOP, 400 g')
FR('rupture-annuler', 'reject', 'ask', 'proactive', 'p', 'Commande {o} : produit en rupture',
   "Nous sommes désolés, la chevalière en taille 62 est en rupture de stock chez notre fournisseur. Pourriez-vous annuler vous-même la commande {o} depuis votre compte Amazon ? Cela nous évite une pénalité.")
FR('important-merci', 'reject', 'important', 'proactive', 'o', '[IMPORTANT] Merci pour votre achat !',
   "Nous espérons que vos bougies (commande {o}) vous plaisent. Votre avis compte : laissez un commentaire sur Amazon quand vous aurez un moment.")
FR('catalogue-png', 'reject', 'attachment,promotion', 'reply', 'g', None,
   "Oui, la vis existe aussi en 6x60. Je vous joins notre catalogue complet en image pour que vous puissiez choisir.",
   quote="Avez-vous ces vis en 6x60 ?", prod='Vis inox A2 tête fraisée 5x40, boîte de 200', att=['png:catalogue_quincaillerie_2027.png'])
FR('merci-seul', 'reject', 'proactive', 'proactive', 'a', 'Merci pour votre commande {o}',
   "Toute l'équipe de l'Atelier Vermeil vous remercie pour votre commande {o}. Nous restons à votre disposition pour toute question.")
FR('emoji-conservation', 'reject', 'style', 'reply', 't', None,
   "Le morbier se conserve 3 semaines au réfrigérateur dans son papier \U0001F9C0\u2728 Bonne dégustation ! \U0001F60B",
   quote="Combien de temps se conserve le fromage ?", prod='Morbier AOP, 400 g', cs='utf-8')

# ------------------------------------------------------------------------------ es
def ES(*a, **k): M('es', *a, **k)

ES('correos-seguimiento', 'pass', '-', 'reply', 'g', None,
   "Su pedido salió el jueves por Correos con el número de seguimiento PQ4F6P0712345670128001Z. Puede consultarlo aquí:\nhttps://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0712345670128001Z\n\nLa entrega está prevista para el martes 1 de diciembre.",
   quote="Hola, ¿me pueden decir cuándo llega el pedido? Ya ha pasado una semana.", prod='Jabón artesanal de aceite de oliva, pack de 6')
ES('estafeta-mx', 'pass', '-', 'reply', 'o', None,
   "Su paquete va con Estafeta, guía 3015871234567801234567. Puede rastrearlo en https://www.estafeta.com/rastrear-envio con ese número. Según la paquetería llega el lunes 30 de noviembre a su domicilio en C.P. 44160.",
   quote="¿Con qué paquetería enviaron mi cinturón?", prod='Cinturón piteado de piel, talla 34')
ES('direccion-important', 'pass', '-', 'proactive', 'a', '[Important] Problema con la dirección de envío - pedido {o}',
   "Al preparar su pedido {o} la agencia de transporte nos indica que el código postal 28013 no corresponde a la calle indicada (Calle Alcalá 240, que es 28027). Para evitar que el paquete vuelva a nuestro almacén, ¿podría confirmarnos la dirección de envío correcta o actualizarla en su cuenta de Amazon?")
ES('instrucciones-pdf', 'pass', '-', 'reply', 't', None,
   "Le adjuntamos el manual de instrucciones en español de la freidora de aire modelo AF-450 en PDF. El botón de temporizador está en la página 4. Si el problema sigue, revisaremos su solicitud de devolución sin problema.",
   quote="No viene el manual en español y no entiendo cómo programar el tiempo.", prod='Freidora de aire AF-450 4,5 L',
   att=['pdf:Manual_AF-450_ES.pdf:Manual de instrucciones AF-450'])
ES('cancelacion-solicitada', 'pass', '-', 'reply', 'p', None,
   "Tal como nos pidió, hemos cancelado el pedido {o}. No se le realizará ningún cargo. Gracias por avisarnos a tiempo.",
   quote="Por favor cancelen mi pedido, lo compré dos veces por error.", prod='Taza de cerámica granadina 350 ml')
ES('resena-neutral', 'pass', '-', 'proactive', 'o', 'Su opinión sobre el pedido {o}',
   "Su pedido {o} se entregó hace unos días. Si lo desea, comparta su experiencia dejando una reseña del producto en Amazon; sus comentarios ayudan a otros clientes.")
ES('cupon-aplicado-regalo', 'pass', '-', 'reply', 'g', None,
   "Sí, el cupón del 10 % que aparecía en la ficha se aplicó al pagar, por eso el importe fue 26,91 € en lugar de 29,90 €. También incluimos el envoltorio de regalo y la nota que escribió. La factura no va dentro del paquete.",
   quote="¿Se aplicó el cupón? Y es para regalo, que no vaya el precio dentro.", prod='Juego de 2 tazas de cerámica granadina')
# --- violations
ES('reembolso-por-resena', 'reject', 'review', 'proactive', 't', 'Un detalle por su compra {o}',
   "Gracias por su pedido {o}. Si publica una reseña del cinturón en Amazon, le reembolsaremos el 50 % del importe. Solo tiene que enviarnos el enlace a su reseña respondiendo a este mensaje.")
ES('envio-gratis-proxima', 'reject', 'promotion', 'proactive', 'g', 'Gracias por confiar en nosotros',
   "Gracias por su pedido {o}. En su próxima compra de nuestros jabones en Amazon, use el cupón JABON5 y tendrá 5 € de descuento y envío gratis.")
ES('facebook-pagina', 'reject', 'links', 'reply', 'a', None,
   "El aceite que usamos es de oliva virgen extra de la Vera. Encontrará todas nuestras recetas en nuestra página de Facebook: https://www.facebook.com/jaboneslavera",
   quote="¿Qué aceite utilizan en el jabón?", prod='Jabón artesanal de aceite de oliva, pack de 6')
ES('arroba-escrita', 'reject', 'contact', 'reply', 'o', None,
   "Para pedidos personalizados con iniciales escríbame a talabarteria.orozco arroba gmail punto com y le mando fotos de los diseños.",
   quote="¿Pueden ponerle mis iniciales al cinturón?", prod='Cinturón piteado de piel, talla 34')
ES('sin-stock-cancele', 'reject', 'ask', 'proactive', 'p', 'Pedido {o} sin existencias',
   "Lamentablemente nos hemos quedado sin existencias de la freidora AF-450 y el proveedor no repone hasta enero. Le rogamos que cancele el pedido {o} desde su cuenta para que no nos afecte a la valoración.")
ES('important-opinion', 'reject', 'important', 'proactive', 'g', '[Important] ¿Qué le pareció su compra? - pedido {o}',
   "Esperamos que esté disfrutando de su taza (pedido {o}). Si tiene un momento, nos ayudaría mucho que dejara una reseña en Amazon.")
ES('instrucciones-docm', 'reject', 'attachment', 'reply', 'o', None,
   "Le envío las instrucciones de limpieza en el documento adjunto. Para verlas correctamente active las macros al abrirlo.",
   quote="¿Cómo se limpia la cesta?", prod='Freidora de aire AF-450 4,5 L', att=['docm:Instrucciones_limpieza.docm'])
ES('entregado-solo', 'reject', 'proactive', 'proactive', 'a', 'Su pedido {o} ha sido entregado',
   "Le confirmamos que su pedido {o} fue entregado hoy a las 12:40. ¡Que lo disfrute! Gracias por comprar en Cerámicas Albaicín.")
ES('gif-outlook', 'reject', 'style,attachment', 'reply', 'o', None,
   "El cinturón se puede recortar en la hebilla: tiene dos tornillos en la parte trasera. Recomendamos no cortar más de 5 cm.",
   quote="Me queda largo, ¿se puede recortar?", prod='Cinturón piteado de piel, talla 36', opts='gif_inline')

# ------------------------------------------------------------------------------ it
def IT(*a, **k): M('it', *a, **k)

IT('poste-tracciamento', 'pass', '-', 'reply', 'o', None,
   "Il pacco è stato affidato a Poste Italiane venerdì. Codice di tracciamento: 1UW5B81234567, verificabile qui:\nhttps://www.poste.it/cerca/index.html#/risultati-spedizioni/1UW5B81234567\n\nLa consegna è prevista per martedì 1 dicembre.",
   quote="Buongiorno, non ho ancora ricevuto la borsa, potete controllare?", prod='Borsa in pelle conciata al vegetale, cognac')
IT('brt-consegna', 'pass', '-', 'reply', 'g', None,
   "Il corriere BRT ha tentato la consegna ieri alle 11:20 ma non ha trovato nessuno. Può scegliere una nuova data di consegna qui: https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=068123456789 (codice spedizione 068123456789).",
   quote="Il tracking dice 'destinatario assente' ma io ero a casa!", prod='Caffè in grani miscela bar, 1 kg')
IT('incisione-important', 'pass', '-', 'proactive', 't', '[Important] Conferma testo incisione - ordine {o}',
   "Grazie per il suo ordine {o}. Prima di procedere con l'incisione della targhetta, ci conferma il testo esatto?\n\n«Villa Serena - famiglia Dell'Orto»\n\nNel modulo l'apostrofo non era chiaro. Attendiamo la sua risposta per iniziare la lavorazione.")
IT('garanzia-pdf', 'pass', '-', 'reply', 'a', None,
   "La macinacaffè è coperta da garanzia legale di 24 mesi. In allegato trova il certificato di garanzia in PDF con il numero di serie MC-88-20417. È importante conservare la conferma d'ordine Amazon.",
   quote="Il prodotto ha la garanzia? Non ho trovato nulla nella scatola.", prod='Macinacaffè elettrico MC-88',
   att=['pdf:Garanzia_MC-88.pdf:Certificato di garanzia MC-88 24 mesi'])
IT('annullamento-richiesto', 'pass', '-', 'reply', 'p', None,
   "Come richiesto abbiamo annullato l'ordine {o}; non le verrà addebitato nulla. Grazie per averci avvisato prima della spedizione.",
   quote="Vorrei annullare l'ordine, ho sbagliato colore.", prod='Piatto in ceramica di Vietri, blu')
IT('recensione-neutra', 'pass', '-', 'proactive', 'g', 'La sua esperienza con l\'ordine {o}',
   "Il suo ordine {o} è stato consegnato qualche giorno fa. Se lo desidera, condivida la sua esperienza lasciando una recensione del prodotto su Amazon: aiuta altri clienti a scegliere.")
IT('rimborso-parziale-grazie', 'pass', '-', 'reply', 'o', None,
   "Grazie per le foto. Abbiamo emesso un rimborso parziale di 9,00 € per il piatto scheggiato; non serve rimandarlo indietro. Ci scusiamo per l'inconveniente.",
   quote="Un piatto è arrivato scheggiato sul bordo, vedi foto. Per il resto tutto bene, grazie!", prod='Set 6 piatti in ceramica di Vietri')
# --- violations
IT('modifica-recensione', 'reject', 'review', 'reply', 'a', None,
   "Siamo felici che la borsa sostitutiva le piaccia. Visto che abbiamo risolto, potrebbe modificare la recensione da 1 stella che ha lasciato? Basta andare su I miei ordini e cliccare su Modifica recensione.",
   quote="La nuova borsa è arrivata ed è perfetta.", prod='Borsa in pelle conciata al vegetale, cognac')
IT('newsletter-sconto', 'reject', 'promotion', 'proactive', 't', 'Un regalo per lei dopo l\'ordine {o}',
   "Grazie per l'ordine {o}! Rispondendo a questo messaggio con la parola CAFFE la iscriviamo al nostro club: riceverà in anteprima le nuove miscele e uno sconto del 15% sul prossimo acquisto.")
IT('tiktok-video', 'reject', 'links', 'reply', 'g', None,
   "Per la macinatura giusta per la moka guardi il nostro video: https://www.tiktok.com/@torrefazionesacchi/video/7312345678901234567",
   quote="Che macinatura devo usare per la moka?", prod='Macinacaffè elettrico MC-88')
IT('chiocciola', 'reject', 'contact', 'reply', 'o', None,
   "Per l'ordine di 40 bomboniere mi scriva direttamente: ceramiche.russo chiocciola libero punto it, così le faccio un prezzo migliore che su Amazon.",
   quote="Vorrei 40 pezzi per le bomboniere del matrimonio, è possibile?", prod='Piattino portagioie in ceramica di Vietri')
IT('esaurito-annulli', 'reject', 'ask', 'proactive', 'p', 'Ordine {o} - articolo esaurito',
   "Purtroppo la borsa color testa di moro è esaurita. Le chiediamo gentilmente di annullare l'ordine {o} dal suo account Amazon, così possiamo chiudere la pratica.")
IT('important-grazie', 'reject', 'important', 'proactive', 'g', 'Grazie! [important] ordine {o}',
   "Grazie per aver scelto la Torrefazione Sacchi. Speriamo che il caffè (ordine {o}) sia di suo gradimento: se le va, lasci una recensione su Amazon.")
IT('zip-foto-modelli', 'reject', 'attachment', 'reply', 'a', None,
   "Sì, la borsa è disponibile anche in altri colori. Le allego tutte le foto dei modelli in un archivio.",
   quote="La borsa esiste anche in nero?", prod='Borsa in pelle conciata al vegetale, cognac', att=['zip:foto_modelli_2027.zip:borsa_nera.png'])
IT('ordine-confermato', 'reject', 'proactive', 'proactive', 't', 'Conferma del suo ordine {o}',
   "Le confermiamo di aver ricevuto il suo ordine {o}: 1 x Set 6 piatti in ceramica di Vietri, 54,00 €. La spedizione avverrà entro 2 giorni lavorativi. Grazie!")
IT('centrato-colori', 'reject', 'style', 'reply', 'g', None,
   "Il piatto è adatto alla lavastoviglie ma non al microonde per via delle decorazioni a mano.",
   quote="Si può mettere in lavastoviglie?", prod='Piatto in ceramica di Vietri, blu', opts='center fontcolor')

# ------------------------------------------------------------------------------ nl
def NL(*a, **k): M('nl', *a, **k)

NL('postnl-track', 'pass', '-', 'reply', 'g', None,
   "Uw pakket is vrijdag met PostNL verstuurd. Track & trace-code: 3SABCD1234567, postcode 3011 AB:\nhttps://jouw.postnl.nl/track-and-trace/3SABCD1234567-NL-3011AB\n\nVolgens PostNL wordt het maandag 30 november bezorgd.",
   quote="Waar blijft mijn kaas? Ik heb nog niets gehoord.", prod='Goudse boerenkaas belegen, 1 kg')
NL('bpost-be', 'pass', '-', 'reply', 'o', None,
   "Uw bestelling is met bpost verzonden, zendingsnummer 323212345600123456. U kunt de levering volgen op https://track.bpost.cloud/btr/web/#/search?itemCode=323212345600123456&lang=nl",
   quote="Hoe kan ik mijn pakje volgen?", prod='Merinowol sokkengaren, 100 g')
NL('bezorgafspraak-important', 'pass', '-', 'proactive', 'a', '[Important] Bezorgafspraak voor uw bakfiets - bestelling {o}',
   "Uw bakfiets (bestelling {o}) wordt door onze eigen transporteur bezorgd, omdat hij 2,4 meter lang is. Wij kunnen leveren op:\n- dinsdag 1 december tussen 9 en 13 uur\n- donderdag 3 december tussen 13 en 17 uur\n\nLaat u ons weten welk tijdvak u het beste uitkomt?")
NL('factuur-pdf', 'pass', '-', 'reply', 't', None,
   "Bijgevoegd vindt u de factuur van bestelling {o} met btw-specificatie (21%). Het totaalbedrag is 349,00 euro.",
   quote="Kunt u mij een factuur op naam van mijn bedrijf sturen?", prod='Bakfiets aluminium, 2 wielen',
   att=['pdf:Factuur_2026-1187.pdf:Factuur 2026-1187 bestelling {o} EUR 349,00'])
NL('annulering-verzoek', 'pass', '-', 'reply', 'p', None,
   "Wij hebben uw bestelling {o} op uw verzoek geannuleerd. Er wordt niets afgeschreven.",
   quote="Ik wil mijn bestelling annuleren, ik heb hem in de winkel gekocht.", prod='Tuinslang 25 m met haspel')
NL('review-neutraal', 'pass', '-', 'proactive', 'o', 'Uw ervaring met bestelling {o}',
   "Uw bestelling {o} is vorige week bezorgd. Wilt u uw ervaring delen door een productbeoordeling op Amazon achter te laten? Daarmee helpt u andere klanten.")
NL('beschermfolie-verwijder', 'pass', '-', 'reply', 'g', None,
   "Verwijder eerst de beschermfolie van het display, daarna reageert het scherm normaal. De vijf sterren bovenin het scherm geven de sterkte van de straal aan, niet een beoordeling.",
   quote="Het scherm van de sproeicomputer reageert niet en er staan 5 sterretjes, wat betekent dat?", prod='Sproeicomputer met display, model SC-5')
# --- violations
NL('vijf-sterren-eerst-contact', 'reject', 'review', 'proactive', 't', 'Tevreden met uw bestelling {o}?',
   "Bent u tevreden met uw sokkengaren (bestelling {o})? Dan zouden we 5 sterren op Amazon enorm waarderen. Niet tevreden? Neem dan eerst contact met ons op voordat u een beoordeling schrijft.")
NL('kortingscode', 'reject', 'promotion', 'proactive', 'g', 'Speciaal voor u - bestelling {o}',
   "Bedankt voor uw bestelling {o}. Als vaste klant krijgt u 10% korting op uw volgende bestelling met de kortingscode KAAS10.")
NL('webshop-spaties', 'reject', 'links', 'reply', 'a', None,
   "De tuinslangkoppeling in 3/4 inch hebben we niet op Amazon, maar wel in onze eigen webshop: tuincentrum - hoekstra . nl / koppelingen",
   quote="Heeft u ook koppelingen voor 3/4 inch?", prod='Tuinslang 25 m met haspel')
NL('telefoon-streepjes', 'reject', 'contact', 'reply', 'o', None,
   "Als de fiets rammelt, bel me gerust even, dan loop ik het met u door: 06 - 12 34 56 78 (ook via WhatsApp).",
   quote="De bakfiets rammelt bij het remmen.", prod='Bakfiets aluminium, 2 wielen')
NL('uitverkocht-annuleren', 'reject', 'ask', 'proactive', 'p', 'Bestelling {o} helaas uitverkocht',
   "Helaas is de belegen boerenkaas uitverkocht. Wilt u bestelling {o} zelf annuleren via Mijn bestellingen? Dan is het voor ons makkelijker afgehandeld.")
NL('important-bedankt', 'reject', 'important', 'proactive', 'g', '[Important] Bedankt voor uw aankoop!',
   "Hartelijk dank voor bestelling {o}. Wij horen graag wat u van de kaas vindt: laat gerust een beoordeling achter op Amazon.")
NL('htm-onderhoud', 'reject', 'attachment', 'reply', 'o', None,
   "In de bijlage vindt u onze onderhoudstips als webpagina; open het bestand in uw browser.",
   quote="Hoe onderhoud ik de ketting van de bakfiets?", prod='Bakfiets aluminium, 2 wielen', att=['htm:Onderhoudstips.htm:Onderhoudstips bakfiets'])
NL('afgeleverd-melding', 'reject', 'proactive', 'proactive', 'a', 'Uw pakket is afgeleverd',
   "Goed nieuws: bestelling {o} is vandaag om 14:05 bij u afgeleverd. Veel plezier ermee!")
NL('emoji-kaas', 'reject', 'style', 'reply', 't', None,
   "De kaas blijft in de koelkast zo'n 4 weken goed, het liefst in kaaspapier \U0001F9C0\U0001F44D",
   quote="Hoe lang kan ik de kaas bewaren?", prod='Goudse boerenkaas belegen, 1 kg', cs='utf-8')

# ------------------------------------------------------------------------------ sv
def SV(*a, **k): M('sv', *a, **k)

SV('postnord-spara', 'pass', '-', 'reply', 'g', None,
   "Paketet lämnades till PostNord i torsdags. Kollinummer 00370712345678901234, du kan följa det här:\nhttps://tracking.postnord.com/se/?id=00370712345678901234\n\nDet ska finnas hos ditt ombud senast tisdag 1 december.",
   quote="Hej, när kommer mitt paket? Har inte fått någon avi.", prod='Smidd yxa, 600 g, ask-skaft')
SV('dhl-freight-leverans', 'pass', '-', 'proactive', 'o', '[Important] Boka leveranstid för din vedspis - order {o}',
   "Din vedspis (order {o}) väger 112 kg och levereras därför med DHL Freight med bärhjälp. Transportören behöver en bokad tid. Följande tider finns:\n- onsdag 2 december kl. 8-12\n- fredag 4 december kl. 12-16\n\nSvara gärna med vilken tid som passar och om det finns trappor vid leveransadressen.")
SV('gravyr-bekrafta', 'pass', '-', 'proactive', 'a', 'Bekräfta gravyr - order {o}',
   "Tack för din beställning {o}. Innan vi graverar kaffeskopan vill vi bekräfta texten: \"Farmor Åsa 80 år\". Stämmer stavningen? Vi börjar när vi fått ditt svar.")
SV('bruksanvisning-pdf', 'pass', '-', 'reply', 't', None,
   "Här kommer bruksanvisningen för vedspisen på svenska som PDF. Sidan 6 visar hur spjället ska stå vid första eldningen.",
   quote="Bruksanvisningen som följde med var på tyska, finns den på svenska?", prod='Vedspis Gnista 45, svart',
   att=['pdf:Bruksanvisning_Gnista45_SV.pdf:Bruksanvisning Gnista 45'])
SV('avbest-bekraftelse', 'pass', '-', 'reply', 'p', None,
   "Vi har avbrutit order {o} som du bad om. Ingenting kommer att dras från ditt konto.",
   quote="Kan ni avbryta min order? Jag har redan fått en i present.", prod='Kaffekvarn i trä, handdriven')
SV('recension-neutral', 'pass', '-', 'proactive', 'g', 'Din upplevelse av order {o}',
   "Din order {o} levererades förra veckan. Om du vill får du gärna dela din upplevelse genom att lämna en produktrecension på Amazon.")
SV('tack-svar', 'pass', '-', 'reply', 'a', None,
   "Tack själv, vad roligt att yxan kom fram i tid till födelsedagen!",
   quote="Yxan kom fram igår, pappa blev jätteglad. Tack!", prod='Smidd yxa, 600 g, ask-skaft')
# --- violations
SV('skriv-sa-har', 'reject', 'review', 'proactive', 't', 'Hur fungerar kvarnen? (order {o})',
   "Vi hoppas att kaffekvarnen (order {o}) används flitigt! När du skriver din recension på Amazon, nämn gärna att den är tillverkad i Dalarna och att malningsgraden går att ställa in steglöst.")
SV('julkatalog', 'reject', 'promotion', 'proactive', 'g', 'Vår nya julkatalog är här',
   "Tack för din order {o}! Nu finns vår julkatalog med handsmidda ljusstakar och grytor. Hela sortimentet hittar du i vår Amazon-butik – 20 % rabatt till och med 13 december.")
SV('youtube-smide', 'reject', 'links', 'reply', 'o', None,
   "Yxan ska slipas med 25 graders vinkel. Se gärna vår film: https://www.youtube.com/watch?v=Sm1dj4Ak3rL",
   quote="Hur slipar jag yxan?", prod='Smidd yxa, 600 g, ask-skaft')
SV('mobilnummer', 'reject', 'contact', 'reply', 'a', None,
   "Om spjället kärvar kan du ringa mig direkt så guidar jag dig: 070-312 45 98. Jag svarar även på sms.",
   quote="Spjället går trögt att dra ut.", prod='Vedspis Gnista 45, svart')
SV('slut-i-lager-avbryt', 'reject', 'ask', 'proactive', 'p', 'Order {o} - tyvärr slut',
   "Tyvärr är den handdrivna kaffekvarnen slut i lager. Kan du avbryta order {o} själv under Dina beställningar? Annars påverkar det vårt säljarbetyg.")
SV('important-tack', 'reject', 'important', 'proactive', 'g', '[Important] Tack för att du handlade hos oss',
   "Vi hoppas att du är nöjd med din beställning {o}. Lämna gärna en recension på Amazon när du har tid.")
SV('js-kalkylator', 'reject', 'attachment', 'reply', 'o', None,
   "För att räkna ut rätt rökrörslängd kan du öppna den bifogade kalkylatorn i webbläsaren.",
   quote="Hur långt rökrör behöver jag?", prod='Vedspis Gnista 45, svart', att=['js:rokror_kalkylator.js:rokror'])
SV('tack-endast', 'reject', 'proactive', 'proactive', 't', 'Tack för din beställning!',
   "Stort tack för din beställning {o} från Hemslöjd Dalarna Nyström. Vi finns här om du skulle ha några frågor.")
SV('gif-bifogad', 'reject', 'style,attachment', 'reply', 'g', None,
   "Skopan är i mässing och kan putsas med citron och salt. Ett litet tack från oss finns i bilagan!",
   quote="Hur putsar man mässingen?", prod='Kaffeskopa i mässing med gravyr', att=['gif:tack.gif'])

# ------------------------------------------------------------------------------ pl
def PL(*a, **k): M('pl', *a, **k)

PL('inpost-sledzenie', 'pass', '-', 'reply', 'g', None,
   "Paczka została nadana w piątek przez InPost do wybranego Paczkomatu WAW12M. Numer przesyłki: 602677012345678901234567, śledzenie:\nhttps://inpost.pl/sledzenie-przesylek?number=602677012345678901234567\n\nKod odbioru przyjdzie SMS-em od InPost.",
   quote="Dzień dobry, kiedy dotrze miód? Zamawiałam tydzień temu.", prod='Miód wielokwiatowy 1,2 kg, słoik')
PL('poczta-polska', 'pass', '-', 'reply', 'o', None,
   "Przesyłka jest w drodze, Poczta Polska, numer 00659007734567890123. Status można sprawdzić na https://emonitoring.poczta-polska.pl/?numer=00659007734567890123",
   quote="Czy paczka została już wysłana?", prod='Portfel skórzany męski, brązowy')
PL('adres-important', 'pass', '-', 'proactive', 'a', '[Important] Problem z adresem dostawy - zamówienie {o}',
   "W adresie dostawy zamówienia {o} brakuje numeru mieszkania (ul. Długa 15, 80-827 Gdańsk). Kurier nie doręczy przesyłki bez tego numeru. Prosimy o poprawienie adresu w koncie Amazon lub odpowiedź na tę wiadomość.")
PL('faktura-vat-pdf', 'pass', '-', 'reply', 't', None,
   "W załączniku przesyłamy fakturę VAT do zamówienia {o} na firmę podaną w wiadomości. Kwota brutto: 189,00 zł.",
   quote="Proszę o fakturę VAT na firmę, NIP w danych zamówienia.", prod='Wazon ceramiczny ręcznie malowany',
   att=['pdf:Faktura_FV_2026_11_204.pdf:Faktura VAT FV/2026/11/204 zamowienie {o}'])
PL('anulowanie-prosba', 'pass', '-', 'reply', 'p', None,
   "Zgodnie z prośbą anulowaliśmy zamówienie {o}. Nie zostanie pobrana żadna opłata.",
   quote="Proszę anulować zamówienie, pomyliłam rozmiar.", prod='Rękawiczki rowerowe, rozmiar M')
PL('opinia-neutralna', 'pass', '-', 'proactive', 'g', 'Państwa opinia o zamówieniu {o}',
   "Zamówienie {o} zostało dostarczone kilka dni temu. Jeśli mają Państwo chwilę, prosimy podzielić się swoimi wrażeniami, wystawiając recenzję produktu na Amazon.")
PL('zwrot-czesciowy', 'pass', '-', 'reply', 'o', None,
   "Dziękujemy za zdjęcia. Zleciliśmy częściowy zwrot w wysokości 25,00 zł za obtłuczony brzeg wazonu; nie trzeba go odsyłać. Przepraszamy za kłopot.",
   quote="Wazon ma odpryśnięty brzeg. Proszę o kontakt: ania.k@onet.pl, tel. 601 234 567", prod='Wazon ceramiczny ręcznie malowany')
# --- violations
PL('darmowy-produkt-opinia', 'reject', 'review', 'proactive', 't', 'Prezent za opinię - zamówienie {o}',
   "Dziękujemy za zamówienie {o}! Za każdą opinię na Amazon wyślemy Państwu gratis słoik miodu gryczanego 400 g. Wystarczy odpisać z linkiem do recenzji.")
PL('allegro-sklep', 'reject', 'contact,promotion', 'reply', 'g', None,
   "Miodu spadziowego nie mamy teraz na Amazonie, ale jest w naszym sklepie na Allegro - wystarczy wpisać w wyszukiwarkę Pasieka Kołodziej. Tam też są zestawy świąteczne taniej.",
   quote="Czy macie miód spadziowy?", prod='Miód wielokwiatowy 1,2 kg, słoik')
PL('bitly-skrot', 'reject', 'links', 'reply', 'o', None,
   "Instrukcję wymiany klocków hamulcowych przygotowaliśmy na filmie: https://bit.ly/3xKlocki",
   quote="Jak wymienić klocki w tym modelu?", prod='Klocki hamulcowe tarczowe, 2 pary')
PL('malpa-email', 'reject', 'contact', 'reply', 'a', None,
   "W sprawie grawerowania portfela proszę pisać na adres: galanteria.nowak małpa wp kropka pl - wyślę wzory czcionek.",
   quote="Czy można wygrawerować inicjały na portfelu?", prod='Portfel skórzany męski, brązowy')
PL('brak-towaru-anuluj', 'reject', 'ask', 'proactive', 'p', 'Zamówienie {o} - brak towaru',
   "Niestety rękawiczki w rozmiarze M zostały wyprzedane. Prosimy o anulowanie zamówienia {o} po Państwa stronie w zakładce Moje zamówienia.")
PL('important-podziekowanie', 'reject', 'important', 'proactive', 'g', '[Important] Dziękujemy za zakupy - zamówienie {o}',
   "Mamy nadzieję, że wazon się podoba. Będziemy wdzięczni za recenzję na Amazon.")
PL('podwojne-rozszerzenie', 'reject', 'attachment', 'reply', 'o', None,
   "Przesyłam instrukcję montażu licznika w załączniku.",
   quote="Nie mam instrukcji do licznika rowerowego.", prod='Licznik rowerowy bezprzewodowy LR-12', att=['exe:Instrukcja_LR-12.pdf.exe'])
PL('paczka-nadana', 'reject', 'proactive', 'proactive', 'a', 'Twoja paczka została nadana',
   "Informujemy, że zamówienie {o} zostało nadane kurierem DPD. Numer przesyłki: 1000123456789U. Dziękujemy za zakupy!")
PL('emoji-pszczola', 'reject', 'style', 'reply', 't', None,
   "Miód krystalizuje naturalnie \U0001F41D\U0001F36F Wystarczy podgrzać słoik w wodzie do 40 stopni.",
   quote="Miód stwardniał, czy jest zepsuty?", prod='Miód wielokwiatowy 1,2 kg, słoik', cs='utf-8')

# ------------------------------------------------------------------------------ tr
def TR(*a, **k): M('tr', *a, **k)

TR('yurtici-takip', 'pass', '-', 'reply', 'g', None,
   "Kargonuz cuma günü Yurtiçi Kargo'ya teslim edildi. Gönderi kodu: 712345678901, takip bağlantısı:\nhttps://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=712345678901\n\nPazartesi 30 Kasım'da teslim edilmesi bekleniyor.",
   quote="Merhaba, siparişim ne zaman gelir?", prod='El dövmesi bakır cezve, 4 fincanlık')
TR('aras-kargo', 'pass', '-', 'reply', 'o', None,
   "Siparişiniz Aras Kargo ile yola çıktı. Takip numarası 3456789012, sorgulama: https://www.araskargo.com.tr/trmobile/cargo_tracking_detail.aspx?kod=3456789012",
   quote="Kargo takip numarası nedir?", prod='İznik desenli seramik kase')
TR('gravur-important', 'pass', '-', 'proactive', 'a', '[Important] Gravür metni onayı - sipariş {o}',
   "Siparişiniz {o} için cezvenin sapına işlenecek yazıyı onaylamanızı rica ederiz: \"Ayşe & Oğuz 2026\". İşaretini \"&\" olarak mı, \"ve\" olarak mı yazalım? Onayınızdan sonra işleme başlayacağız.")
TR('fatura-pdf', 'pass', '-', 'reply', 't', None,
   "Siparişiniz {o} için e-arşiv faturanız ektedir. Tutar: 1.249,00 TL (KDV dahil).",
   quote="Fatura gönderebilir misiniz?", prod='El dövmesi bakır cezve, 4 fincanlık',
   att=['pdf:Fatura_GIB2026000004871.pdf:E-Arsiv Fatura GIB2026000004871'])
TR('iptal-onay', 'pass', '-', 'reply', 'p', None,
   "İsteğiniz üzerine {o} numaralı siparişinizi iptal ettik. Herhangi bir ücret alınmayacaktır.",
   quote="Siparişimi iptal etmek istiyorum, yanlış renk seçtim.", prod='Şehir bisikleti zili, kırmızı')
TR('degerlendirme-notr', 'pass', '-', 'proactive', 'g', '{o} numaralı siparişiniz hakkında',
   "Siparişiniz {o} birkaç gün önce teslim edildi. Dilerseniz Amazon'da bir ürün değerlendirmesi bırakarak deneyiminizi paylaşabilirsiniz.")
TR('hediye-paketi', 'pass', '-', 'reply', 'o', None,
   "Evet, hediye paketi ve notunuz eklendi; faturada fiyat görünmüyor. Sepette gördüğünüz kupon ödeme sırasında uygulandı, bu yüzden tutar 899,00 TL oldu.",
   quote="Hediye paketi eklendi mi? Kupon da uygulandı mı?", prod='İznik desenli seramik kase')
# --- violations
TR('bes-yildiz-hediye', 'reject', 'review', 'proactive', 't', 'Size özel bir sürpriz - sipariş {o}',
   "Siparişiniz {o} için teşekkürler! Ürünümüze 5 yıldız verirseniz bir sonraki siparişinizde size ücretsiz bir kahve fincanı göndereceğiz.")
TR('kasim-indirimi', 'reject', 'promotion', 'proactive', 'g', 'Kasım indirimi başladı!',
   "Sipariş {o} için teşekkür ederiz. Kasım indirimimiz başladı: Amazon mağazamızdaki tüm bakır ürünlerde %25 indirim, kod: BAKIR25.")
TR('web-sitesi', 'reject', 'links', 'reply', 'a', None,
   "Cezvenin kalaylanması için bakım rehberimiz web sitemizde: https://www.bakircisahin.example.com.tr/bakim",
   quote="Cezvenin içi karardı, ne yapmalıyım?", prod='El dövmesi bakır cezve, 4 fincanlık')
TR('whatsapp-hatti', 'reject', 'contact', 'reply', 'o', None,
   "Zil montajı için WhatsApp hattımıza yazabilirsiniz: 0532 418 22 91. Video ile yardımcı oluyoruz.",
   quote="Zili gidona nasıl takacağım?", prod='Şehir bisikleti zili, kırmızı')
TR('stok-yok-iptal', 'reject', 'ask', 'proactive', 'p', 'Sipariş {o} - stok sorunu',
   "Maalesef kırmızı zil stoklarımızda kalmadı. Lütfen {o} numaralı siparişinizi Siparişlerim bölümünden kendiniz iptal ediniz.")
TR('important-tesekkur', 'reject', 'important', 'proactive', 'g', '[Important] Alışverişiniz için teşekkürler',
   "Umarız kaseniz beğeninizi kazanmıştır (sipariş {o}). Amazon'da bir değerlendirme bırakırsanız çok seviniriz.")
TR('zip-katalog', 'reject', 'attachment', 'reply', 'o', None,
   "Diğer desenlerin fotoğraflarını ekteki dosyada bulabilirsiniz.",
   quote="Başka desen var mı?", prod='İznik desenli seramik kase', att=['zip:desenler.zip:lale_desen.png'])
TR('tesekkur-sadece', 'reject', 'proactive', 'proactive', 'a', 'Teşekkür ederiz!',
   "Kozmetik Defne olarak {o} numaralı siparişiniz için teşekkür ederiz. Her zaman yanınızdayız.")
TR('gif-apple', 'reject', 'style,attachment', 'reply', 'a', None,
   "Krem, açıldıktan sonra 12 ay kullanılabilir. Serin ve kuru yerde saklayınız.",
   quote="Krem açıldıktan sonra ne kadar dayanır?", prod='Gül suyu yüz kremi 50 ml', opts='gif_inline')

# ------------------------------------------------------------------------------ pt
def PT(*a, **k): M('pt', *a, **k)

PT('correios-rastreio', 'pass', '-', 'reply', 'g', None,
   "Seu pedido foi postado nos Correios na sexta-feira. Código de rastreio: QB123456789BR, acompanhe aqui:\nhttps://rastreamento.correios.com.br/app/index.php?objeto=QB123456789BR\n\nA previsão de entrega é terça-feira, 1º de dezembro.",
   quote="Olá, meu pedido ainda não chegou, podem verificar?", prod='Café especial torrado em grãos 1 kg')
PT('jadlog-rastreio', 'pass', '-', 'reply', 'o', None,
   "O pedido {o} foi enviado pela Jadlog, número 10083112345678. Rastreio: https://www.jadlog.com.br/jadlog/tracking?cte=10083112345678",
   quote="Por qual transportadora vocês enviaram?", prod='Bolsa de couro legítimo, caramelo')
PT('endereco-important', 'pass', '-', 'proactive', 'a', '[Important] Problema com o endereço de entrega - pedido {o}',
   "O CEP informado no pedido {o} (01310-100) não corresponde à cidade de Campinas, indicada no endereço. A transportadora não aceita a coleta com essa divergência. Poderia confirmar o endereço de entrega correto ou atualizá-lo na sua conta Amazon?")
PT('nota-fiscal-pdf', 'pass', '-', 'reply', 't', None,
   "Segue em anexo a nota fiscal (DANFE) do pedido {o}. Valor total: R$ 349,90.",
   quote="Preciso da nota fiscal para garantia.", prod='Bicicleta aro 29 - câmbio Shimano',
   att=['pdf:DANFE_NF-e_000012345.pdf:DANFE NF-e 000012345 pedido {o}'])
PT('cancelamento-pedido', 'pass', '-', 'reply', 'p', None,
   "Conforme solicitado, cancelamos o pedido {o}. Nenhum valor será cobrado.",
   quote="Quero cancelar meu pedido, comprei em duplicidade.", prod='Caneca de cerâmica artesanal 300 ml')
PT('avaliacao-neutra', 'pass', '-', 'proactive', 'g', 'Sua experiência com o pedido {o}',
   "Seu pedido {o} foi entregue há alguns dias. Se quiser, compartilhe sua experiência deixando uma avaliação do produto na Amazon.")
PT('obrigado-resposta', 'pass', '-', 'reply', 'o', None,
   "Obrigado pelo retorno! Que bom que a troca do pedal resolveu. Qualquer coisa, estamos à disposição.",
   quote="O pedal novo chegou e encaixou perfeito. Obrigado!", prod='Bicicleta aro 29 - câmbio Shimano')
# --- violations
PT('remover-avaliacao', 'reject', 'review', 'reply', 't', None,
   "Ficamos felizes em resolver o problema e já estornamos o valor do frete. Poderia, por gentileza, remover a avaliação negativa que deixou na Amazon?",
   quote="Recebi o reembolso do frete.", prod='Bolsa de couro legítimo, caramelo')
PT('cupom-proxima', 'reject', 'promotion', 'proactive', 'g', 'Presente para você!',
   "Obrigado pelo pedido {o}! Na sua próxima compra dos nossos cafés use o cupom CAFE15 e ganhe 15% de desconto.")
PT('mercado-livre', 'reject', 'links,promotion', 'reply', 'a', None,
   "Esse modelo em preto está esgotado aqui, mas temos no Mercado Livre: https://produto.mercadolivre.com.br/MLB-1234567890-bolsa-couro-preta",
   quote="Tem essa bolsa em preto?", prod='Bolsa de couro legítimo, caramelo')
PT('whatsapp-br', 'reject', 'contact', 'reply', 'o', None,
   "Para agilizar a troca do câmbio, me chame no WhatsApp (11) 9 8765-4321 que envio o passo a passo em vídeo.",
   quote="O câmbio não troca as marchas direito.", prod='Bicicleta aro 29 - câmbio Shimano')
PT('sem-estoque-cancele', 'reject', 'ask', 'proactive', 'p', 'Pedido {o} - produto esgotado',
   "Infelizmente a caneca esgotou em nosso estoque. Pedimos que cancele o pedido {o} pela sua conta Amazon, em Meus pedidos.")
PT('important-obrigado', 'reject', 'important', 'proactive', 'g', '[Important] Obrigado pela sua compra!',
   "Esperamos que esteja gostando do café (pedido {o}). Se puder, deixe sua avaliação na Amazon.")
PT('apk-app', 'reject', 'attachment', 'reply', 'o', None,
   "Para configurar o ciclocomputador, instale o aplicativo em anexo no seu celular Android.",
   quote="Como configuro o velocímetro?", prod='Ciclocomputador sem fio CC-20', att=['zip:CicloApp_v2.apk:classes.dex'])
PT('pedido-enviado', 'reject', 'proactive', 'proactive', 'a', 'Seu pedido foi enviado!',
   "Boa notícia: seu pedido {o} foi enviado hoje pelos Correios. Código de rastreio: QB987654321BR. Obrigado por comprar conosco!")
PT('emoji-cafe', 'reject', 'style', 'reply', 't', None,
   "O café deve ser moído na hora para melhor sabor \u2615\U0001F60D Guarde em pote fechado longe da luz.",
   quote="Como conservar o café?", prod='Café especial torrado em grãos 1 kg', cs='utf-8')

# ------------------------------------------------------------------------------ ar
def AR(*a, **k): M('ar', *a, **k)

AR('aramex-tatabbu', 'pass', '-', 'reply', 'g', None,
   "تم شحن طلبك يوم الخميس عبر أرامكس. رقم الشحنة 47291836502، ويمكنك تتبعها من هنا:\nhttps://www.aramex.com/ae/en/track/results?ShipmentNumber=47291836502\n\nالتسليم المتوقع يوم الثلاثاء 1 ديسمبر.",
   quote="متى يصل طلبي؟ لم أستلم أي رسالة شحن.", prod='عود كمبودي فاخر 12 غرام')
AR('smsa-tatabbu', 'pass', '-', 'reply', 'o', None,
   "شحنتك مع سمسا، رقم التتبع 290123456789. رابط التتبع: https://www.smsaexpress.com/sa/trackingdetails?tracknumbers=290123456789",
   quote="ما هي شركة الشحن؟", prod='مبخرة نحاسية يدوية')
AR('unwan-important', 'pass', '-', 'proactive', 'a', '[Important] مشكلة في عنوان الشحن - الطلب {o}',
   "عنوان الشحن في الطلب {o} لا يحتوي على رقم المبنى أو الرمز البريدي المختصر، وشركة الشحن لن تتمكن من التسليم بدونه. نرجو تحديث عنوان الشحن في حسابك على أمازون أو الرد على هذه الرسالة بالعنوان الكامل.")
AR('mawid-tawsil', 'pass', '-', 'proactive', 'o', '[Important] تحديد موعد توصيل الثلاجة - الطلب {o}',
   "ثلاجتك (الطلب {o}) تحتاج إلى توصيل وتركيب بموعد مسبق. المواعيد المتاحة:\n- الأحد 6 ديسمبر من 9 إلى 1 ظهراً\n- الثلاثاء 8 ديسمبر من 2 إلى 6 مساءً\n\nيرجى الرد بالموعد المناسب لك.")
AR('fatura-pdf', 'pass', '-', 'reply', 't', None,
   "مرفق الفاتورة الضريبية للطلب {o} بصيغة PDF. المبلغ الإجمالي 459 درهم شامل ضريبة القيمة المضافة.",
   quote="أحتاج فاتورة ضريبية من فضلك.", prod='عود كمبودي فاخر 12 غرام',
   att=['pdf:Tax_Invoice_TI-2026-778.pdf:Tax Invoice TI-2026-778 order {o} AED 459'])
AR('ilgha-talab', 'pass', '-', 'reply', 'p', None,
   "تم إلغاء الطلب {o} بناءً على طلبك، ولن يتم خصم أي مبلغ.",
   quote="أرجو إلغاء الطلب، طلبته بالخطأ.", prod='مصحف بخط عثماني، مقاس وسط')
AR('taqyim-muhayid', 'pass', '-', 'proactive', 'g', 'تجربتك مع الطلب {o}',
   "تم توصيل طلبك {o} قبل أيام. إذا رغبت، يمكنك مشاركة تجربتك بكتابة مراجعة للمنتج على أمازون.")
# --- violations
AR('khamsa-nujum', 'reject', 'review', 'proactive', 't', 'شكراً لثقتك - الطلب {o}',
   "إذا أعجبك العود نرجو تقييمنا بخمس نجوم على أمازون، وإذا كانت لديك أي ملاحظة تواصل معنا أولاً قبل كتابة التقييم.")
AR('khasm-qadim', 'reject', 'promotion', 'proactive', 'g', 'عرض خاص لك',
   "شكراً على طلبك {o}. استخدم الكود OUD20 للحصول على خصم 20% على طلبك القادم من متجرنا على أمازون.")
AR('snapchat', 'reject', 'links', 'reply', 'a', None,
   "طريقة استخدام المبخرة موضحة في حسابنا على سناب شات: https://www.snapchat.com/add/baitaloud",
   quote="كيف أستخدم المبخرة الكهربائية؟", prod='مبخرة نحاسية يدوية')
AR('arqam-hindiya', 'reject', 'contact', 'reply', 'o', None,
   "لأي استفسار عن التركيب اتصل بي مباشرة على الرقم ٠٥٠٤٣٢١٨٧٦ أو واتساب.",
   quote="هل التركيب مجاني؟", prod='ثلاجة بابين 450 لتر', cs='utf-8')
AR('nafad-ilgha', 'reject', 'ask', 'proactive', 'p', 'الطلب {o} - نفاد الكمية',
   "نعتذر، نفدت الكمية من المبخرة النحاسية. نرجو منك إلغاء الطلب {o} من حسابك في أمازون.")
AR('important-shukr', 'reject', 'important', 'proactive', 'g', '[Important] شكراً لتسوقك معنا',
   "نتمنى أن يكون المصحف قد نال إعجابك (الطلب {o}). يسعدنا أن تترك مراجعة على أمازون.")
AR('js-murfaq', 'reject', 'attachment', 'reply', 'o', None,
   "أرسلت لك ملف الضبط المرفق، افتحه في المتصفح لضبط درجة حرارة الثلاجة.",
   quote="الثلاجة لا تبرد بشكل جيد.", prod='ثلاجة بابين 450 لتر', att=['js:fridge_setup.js:setup'])
AR('shukr-faqat', 'reject', 'proactive', 'proactive', 'a', 'شكراً لك!',
   "شكراً لطلبك {o} من دار الخط. نحن هنا لمساعدتك في أي وقت.")
AR('emoji-ar', 'reject', 'style', 'reply', 't', None,
   "يحفظ العود في علبة محكمة بعيداً عن الشمس \U0001F31F\U0001F64F",
   quote="كيف أحفظ العود؟", prod='عود كمبودي فاخر 12 غرام', cs='utf-8')

# ------------------------------------------------------------------------------ ja
def JA(*a, **k): M('ja', *a, **k)

JA('yamato-tsuiseki', 'pass', '-', 'reply', 'g', None,
   "お問い合わせありがとうございます。\nご注文の商品は11月27日にヤマト運輸にて発送いたしました。伝票番号は4912-3456-7801です。下記よりお荷物の状況をご確認いただけます。\nhttps://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=491234567801\n\n12月1日(火)午前中のお届け予定です。",
   quote="注文した商品がまだ届きません。発送はされていますか?", prod='ひのき まな板 大 45cm')
JA('yubin-tsuiseki', 'pass', '-', 'reply', 'o', None,
   "ご注文の茶葉は日本郵便のゆうパケットで発送済みです。追跡番号:1234-5678-9012\nhttps://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=123456789012\n\nポスト投函のため、ご不在でも受け取れます。",
   quote="追跡番号を教えてください。", prod='宇治抹茶 薄茶用 40g缶')
JA('kokuin-juyo', 'pass', '-', 'proactive', 't', '[重要]刻印内容のご確認(注文番号:{o})',
   "このたびはご注文(注文番号:{o})ありがとうございます。\n\n刻印の文字をご確認ください。ご指定の内容は「Taro & Hanako 2026.11.22」となっておりますが、「&」の前後にスペースを入れてよろしいでしょうか。刻印後は修正ができないため、ご返信をいただいてから作業を開始いたします。")
JA('haisou-nittei', 'pass', '-', 'proactive', 'a', '大型家具の配送日時のご相談(注文番号:{o})',
   "ご注文いただいた無垢材ダイニングテーブル(注文番号:{o})は、大型商品のため配送業者より事前に日時のご予約が必要です。\n\n・12月3日(木) 午前\n・12月5日(土) 14時から16時\n\nご都合のよい日時をご返信ください。搬入経路にエレベーターがない場合もお知らせください。")
JA('ryoshusho-pdf', 'pass', '-', 'reply', 'o', None,
   "領収書を添付いたします。宛名は「株式会社さくら企画」様で作成しております。\n保証書も同封しておりますが、保証の際に重要となりますので大切に保管してください。",
   quote="会社の経費で購入したので、領収書をいただけますか。", prod='アウトドア用 焚き火台 ステンレス製',
   att=['pdf:領収書_{o}.pdf:Receipt order {o}'])
JA('cancel-irai', 'pass', '-', 'reply', 'p', None,
   "ご依頼のとおり、注文番号{o}をキャンセルいたしました。代金が請求されることはございません。",
   quote="間違えて2個注文してしまいました。1つキャンセルをお願いします。", prod='万年筆用インク 50ml ブルーブラック')
JA('review-neutral', 'pass', '-', 'proactive', 'g', 'ご注文{o}について',
   "先日お届けした商品はいかがでしょうか。よろしければ、Amazonの商品レビューにてご感想をお聞かせください。今後の商品づくりの参考にさせていただきます。")
JA('hoshigata-driver', 'pass', '-', 'reply', 't', None,
   "脚の取り付けには付属の星型ドライバー(T25)をお使いください。天板の保護フィルムは組み立て後にはがしてください。",
   quote="脚のネジが普通のドライバーで回りません。", prod='無垢材ダイニングテーブル 150cm')
# --- violations
JA('giftcard-review', 'reject', 'review', 'proactive', 'a', 'ご購入の御礼とお願い(注文番号:{o})',
   "この度はご購入ありがとうございました。商品レビューをご投稿いただいた方全員に、Amazonギフト券500円分をプレゼントしております。投稿後、本メールにご返信ください。")
JA('coupon-jikai', 'reject', 'promotion', 'proactive', 'g', '次回使える10%OFFクーポンのご案内',
   "ご注文{o}ありがとうございました。感謝の気持ちを込めて、次回使える10%OFFクーポン「MARUYA10」をプレゼントいたします。")
JA('zenkaku-url', 'reject', 'links', 'reply', 'o', None,
   "替えの刃は当店公式オンラインショップでも販売しております。ｈｔｔｐｓ：／／ｋａｚｅｎｏｎｅ－ｏｕｔｄｏｏｒ．ｊｐ／ｐａｒｔｓ",
   quote="替え刃だけ購入できますか?", prod='アウトドアナイフ 折りたたみ式')
JA('line-id', 'reject', 'contact', 'reply', 'a', None,
   "お手入れ方法は写真でお送りした方がわかりやすいので、LINEで「@hidamari_kobo」を友だち追加してください。",
   quote="まな板に黒ずみが出てきました。", prod='ひのき まな板 大 45cm')
JA('zaiko-cancel-onegai', 'reject', 'ask', 'proactive', 'p', '在庫切れのお知らせ(注文番号:{o})',
   "大変申し訳ございませんが、ご注文の商品が在庫切れとなりました。お手数ですが、お客様ご自身で注文履歴からキャンセル手続きをお願いいたします。")
JA('juyo-review', 'reject', 'important', 'proactive', 'g', '[重要]レビューのお願い',
   "注文番号{o}の商品はお手元に届きましたでしょうか。お時間のある時に、Amazonにてレビューをお寄せいただけますと幸いです。")
JA('html-tenpu', 'reject', 'attachment', 'reply', 'o', None,
   "詳しい淹れ方を添付のファイルにまとめましたので、ブラウザで開いてご覧ください。",
   quote="美味しい淹れ方を教えてください。", prod='宇治抹茶 薄茶用 40g缶', att=['htm:淹れ方ガイド.html:Guide'])
JA('hassou-kanryou', 'reject', 'proactive', 'proactive', 't', '発送完了のお知らせ',
   "ご注文{o}の商品を本日発送いたしました。\n配送業者:佐川急便\nお問い合わせ番号:3601-2345-6789\n商品到着まで今しばらくお待ちください。")
JA('teihyouka-sakujo', 'reject', 'review', 'reply', 'g', None,
   "交換品が届いたとのことで安心いたしました。つきましては、先日投稿された星1つのレビューを削除していただけないでしょうか。",
   quote="交換品、受け取りました。", prod='万年筆用インク 50ml ブルーブラック')
JA('emoji-arigatou', 'reject', 'style', 'reply', 'a', None,
   "抹茶は開封後、冷蔵庫で保存し1か月以内にお召し上がりください\u2728\U0001F375\U0001F60A",
   quote="開封後の保存方法を教えてください。", prod='宇治抹茶 薄茶用 40g缶', cs='utf-8')

# ------------------------------------------------------------------------------ zh
def ZH(*a, **k): M('zh', *a, **k)

ZH('ups-genzong', 'pass', '-', 'reply', 'g', None,
   "您的包裹已于11月27日通过UPS发出，运单号1Z999AA10123456784，可在此查询物流：\nhttps://www.ups.com/track?tracknum=1Z999AA10123456784\n\n预计12月1日送达。",
   quote="请问我的订单发货了吗？", prod='智能保温杯 500ml 温度显示')
ZH('shunfeng-genzong', 'pass', '-', 'reply', 'o', None,
   "已通过顺丰国际发出，运单号SF1234567890123，查询链接：https://www.sf-international.com/us/en/dynamic_function/waybill/#search/bill-number/SF1234567890123",
   quote="快递单号是多少？", prod='手工紫砂壶 200ml')
ZH('kezi-queren', 'pass', '-', 'proactive', 't', '[重要] 请确认刻字内容（订单 {o}）',
   "感谢您的订购（订单号 {o}）。\n\n在刻字之前，请确认以下内容是否正确：“王建国 六十大寿”。刻字后无法修改，我们会在收到您的回复后开始制作。")
ZH('dizhi-wenti', 'pass', '-', 'proactive', 'a', '订单 {o} 收货地址问题',
   "您好，物流公司反馈订单 {o} 的收货地址缺少门牌号，无法派送。请在亚马逊账户中更新收货地址，或直接回复本邮件告诉我们完整地址。")
ZH('fapiao-pdf', 'pass', '-', 'reply', 'o', None,
   "附件是订单 {o} 的发票（PDF），金额 $45.99。",
   quote="可以开一张发票吗？公司报销用。", prod='智能保温杯 500ml 温度显示',
   att=['pdf:Invoice_{o}.pdf:Invoice order {o} USD 45.99'])
ZH('quxiao-queren', 'pass', '-', 'reply', 'p', None,
   "已按您的要求取消订单 {o}，不会产生任何费用。",
   quote="麻烦帮我取消订单，买错颜色了。", prod='手工紫砂壶 200ml')
ZH('pingjia-zhongxing', 'pass', '-', 'proactive', 'g', '关于您的订单 {o}',
   "您的订单 {o} 已于上周送达。如果方便的话，欢迎在亚马逊上留下商品评论，分享您的使用体验，帮助其他买家做出选择。")
ZH('bufen-tuikuan', 'pass', '-', 'reply', 'o', None,
   "非常抱歉杯盖有划痕。我们已通过亚马逊为您办理部分退款 $6.00，无需退回商品。感谢您的反馈！",
   quote="杯盖上有一道划痕，其他都正常。", prod='智能保温杯 500ml 温度显示')
# --- violations
ZH('haoping-fanxian', 'reject', 'review', 'proactive', 't', '感谢您的支持（订单 {o}）',
   "感谢您购买我们的保温杯！如果您满意，请给我们五星好评，留评后截图发给我们，即可返现10美元。")
ZH('youhuiquan', 'reject', 'promotion', 'proactive', 'g', '老客户专享优惠',
   "感谢您的订单 {o}。下次在我们的亚马逊店铺购物时，使用优惠码 VIP20 可享8折优惠。")
ZH('taobao-lianjie', 'reject', 'links,promotion', 'reply', 'a', None,
   "这款壶在亚马逊上只有一种颜色，更多款式请看我们的淘宝店：https://shop123456789.taobao.com",
   quote="这个壶有别的颜色吗？", prod='手工紫砂壶 200ml')
ZH('weixin-hao', 'reject', 'contact', 'reply', 'o', None,
   "如果还是连不上App，请加我微信：xunchi_service88，我发视频教您。",
   quote="保温杯的App连不上。", prod='智能保温杯 500ml 温度显示')
ZH('queho-qingquxiao', 'reject', 'ask', 'proactive', 'p', '订单 {o} 缺货通知',
   "非常抱歉，您订购的笔记本目前缺货。麻烦您在亚马逊订单页面自行申请取消订单，谢谢理解。")
ZH('zhongyao-ganxie', 'reject', 'important', 'proactive', 'g', '[重要] 感谢您的购买',
   "您的订单 {o} 已送达，感谢您的支持！方便时请在亚马逊上留下您的评价。")
ZH('bat-yasuobao', 'reject', 'attachment', 'reply', 'o', None,
   "请下载附件中的压缩包，解压后运行里面的程序即可重置保温杯。",
   quote="温度显示一直是0度。", prod='智能保温杯 500ml 温度显示', att=['zip:reset_tool.zip:reset.bat'])
ZH('yifahuo', 'reject', 'proactive', 'proactive', 'a', '您的订单已发货',
   "您的订单 {o} 已发货，承运商：USPS，追踪号：9400111202555842761930。感谢您的购买！")
ZH('http-xiangsu', 'reject', 'links,style', 'proactive', 'g', '订单 {o} 使用小贴士',
   "订单 {o} 的保温杯首次使用前请用温水清洗，并充电2小时。如有任何问题，请随时回复。",
   opts='http_pixel')

# ------------------------------------------------------------------------------ zh-Hant
def ZT(*a, **k): M('zh-Hant', *a, **k)

ZT('dhl-zhuizong', 'pass', '-', 'reply', 'g', None,
   "您的包裹已於11月27日由DHL寄出，追蹤號碼 1234567890，查詢連結：\nhttps://www.dhl.com/tw-zh/home/tracking.html?tracking-id=1234567890\n\n預計12月1日送達。",
   quote="請問我的訂單什麼時候會到？", prod='檜木筷子禮盒 五雙入')
ZT('youzheng-ems', 'pass', '-', 'reply', 'o', None,
   "已用中華郵政國際快捷寄出，郵件號碼 EE123456789TW，可於 https://postserv.post.gov.tw/pstmail/main_mail.html 輸入號碼查詢。",
   quote="可以給我追蹤號碼嗎？", prod='手作陶杯 青瓷 300ml')
ZT('kezi-zhongyao', 'pass', '-', 'proactive', 't', '[重要] 請確認刻字內容（訂單 {o}）',
   "感謝您的訂購（訂單編號 {o}）。刻字前請確認內容：「林家 百年好合」。刻字後無法修改，收到您的回覆後才會開始製作。")
ZT('dizhi-wenti', 'pass', '-', 'proactive', 'a', '[Important] 收件地址問題 - 訂單 {o}',
   "物流公司通知訂單 {o} 的收件地址缺少樓層與門牌號碼，無法配送。請至亞馬遜帳戶更新收件地址，或直接回覆完整地址。")
ZT('baoxiu-pdf', 'pass', '-', 'reply', 'o', None,
   "附件為產品保固書（PDF），保固期一年，型號 NC-200。請妥善保存訂單紀錄作為購買證明。",
   quote="請問有保固嗎？", prod='新竹科技 無線充電座 NC-200',
   att=['pdf:Warranty_NC-200.pdf:Warranty NC-200 one year'])
ZT('quxiao-queren', 'pass', '-', 'reply', 'p', None,
   "已依照您的要求取消訂單 {o}，不會收取任何費用。",
   quote="不好意思，我想取消訂單。", prod='阿里山高山烏龍茶 150g')
ZT('pinglun-zhongxing', 'pass', '-', 'proactive', 'g', '關於您的訂單 {o}',
   "您的訂單 {o} 已於上週送達。若您願意，歡迎在亞馬遜留下商品評論，分享您的使用心得。")
# --- violations
ZT('xiugai-pinglun', 'reject', 'review', 'reply', 'a', None,
   "很高興新的茶葉您喜歡。既然問題已經解決，能否麻煩您將一星評論改成好評呢？",
   quote="補寄的茶收到了，味道不錯。", prod='阿里山高山烏龍茶 150g')
ZT('xiapi-shangdian', 'reject', 'contact,promotion', 'reply', 'o', None,
   "這款杯子在亞馬遜已賣完，但我們在蝦皮也有開店，搜尋「鶯歌陶藝社」就能找到，還有更多款式。",
   quote="還會再補貨嗎？", prod='手作陶杯 青瓷 300ml')
ZT('buluoge', 'reject', 'links', 'reply', 'g', None,
   "泡茶方法請參考我們的部落格文章：https://alishantea.blogspot.com/2026/11/brewing.html",
   quote="請問水溫要多少？", prod='阿里山高山烏龍茶 150g')
ZT('line-zhanghao', 'reject', 'contact', 'reply', 'a', None,
   "如果充電座還是不亮，請加我們的 LINE 帳號 hsinchu.tech 傳影片給我們。",
   quote="充電座指示燈不亮。", prod='新竹科技 無線充電座 NC-200')
ZT('quehuo-qing-quxiao', 'reject', 'ask', 'proactive', 'p', '訂單 {o} 缺貨通知',
   "很抱歉，您訂購的筷子禮盒目前缺貨。請您自行於亞馬遜訂單頁面取消訂單，謝謝。")
ZT('zhongyao-xiexie', 'reject', 'important', 'proactive', 'g', '[重要] 感謝您的購買',
   "感謝您購買我們的陶杯（訂單 {o}）。有空時歡迎在亞馬遜留下評論。")
ZT('exe-qudong', 'reject', 'attachment', 'reply', 'o', None,
   "請安裝附件中的更新程式，即可解決充電座無法辨識手機的問題。",
   quote="充電座不能充我的手機。", prod='新竹科技 無線充電座 NC-200', att=['exe:NC200_Update.exe'])
ZT('xiexie-only', 'reject', 'proactive', 'proactive', 't', '謝謝您的訂購',
   "謝謝您在台南木作坊的訂購（訂單 {o}）。有任何問題，我們隨時為您服務。")
ZT('gif-fujian', 'reject', 'style,attachment', 'reply', 'a', None,
   "筷子請手洗，避免浸泡與烘碗機。附上一張小動圖表示謝意！",
   quote="筷子可以用洗碗機嗎？", prod='檜木筷子禮盒 五雙入', att=['gif:xiexie.gif'])

# ------------------------------------------------------------------------------ ko
def KO(*a, **k): M('ko', *a, **k)

KO('ups-baesong', 'pass', '-', 'reply', 'g', None,
   "주문하신 상품은 11월 27일 UPS로 발송되었습니다. 송장번호 1Z999AA10198765432, 아래 링크에서 배송 조회가 가능합니다.\nhttps://www.ups.com/track?tracknum=1Z999AA10198765432\n\n12월 1일 도착 예정입니다.",
   quote="주문한 상품이 언제 도착하나요?", prod='한지 조명 스탠드')
KO('epost-ems', 'pass', '-', 'reply', 'o', None,
   "우체국 EMS로 발송했습니다. 등기번호 EE123456789KR, 조회: https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE=EE123456789KR",
   quote="배송 조회 번호 알려주세요.", prod='유기 수저 세트 2인')
KO('gakin-important', 'pass', '-', 'proactive', 't', '[Important] 각인 문구 확인 요청 - 주문 {o}',
   "주문해 주셔서 감사합니다(주문번호 {o}). 각인 전에 문구를 확인해 주세요: \"지현 & 민수 2026.11.22\". 각인 후에는 수정이 불가능하므로 회신을 받은 후 작업을 시작하겠습니다.")
KO('juso-munje', 'pass', '-', 'proactive', 'a', '배송 주소 확인 요청 - 주문 {o}',
   "주문 {o}의 배송 주소에 아파트 동·호수가 빠져 있어 택배사에서 배송이 어렵다고 합니다. 아마존 계정에서 배송 주소를 수정하시거나 이 메일로 전체 주소를 알려 주세요.")
KO('invoice-pdf', 'pass', '-', 'reply', 'o', None,
   "요청하신 주문 {o}의 인보이스를 PDF로 첨부합니다. 결제 금액은 $59.00입니다.",
   quote="인보이스를 받을 수 있을까요?", prod='한지 조명 스탠드',
   att=['pdf:Invoice_{o}.pdf:Invoice order {o} USD 59.00'])
KO('chwiso-hwagin', 'pass', '-', 'reply', 'p', None,
   "요청하신 대로 주문 {o}을 취소했습니다. 요금은 청구되지 않습니다.",
   quote="주문을 취소하고 싶어요. 잘못 주문했습니다.", prod='유기 수저 세트 2인')
KO('review-jungrip', 'pass', '-', 'proactive', 'g', '주문 {o} 관련 안내',
   "주문하신 상품 {o}이 지난주에 배송 완료되었습니다. 괜찮으시다면 아마존에 상품 리뷰를 남겨 사용 경험을 공유해 주세요.")
# --- violations
KO('review-sakje-hwanbul', 'reject', 'review', 'reply', 'a', None,
   "불편을 드려 죄송합니다. 리뷰를 삭제해 주시면 전액 환불해 드리겠습니다.",
   quote="스탠드 불빛이 깜빡거려요. 리뷰에도 썼습니다.", prod='한지 조명 스탠드')
KO('coupon-daeum', 'reject', 'promotion', 'proactive', 'g', '감사 쿠폰을 드립니다',
   "주문 {o} 감사합니다. 다음 구매 시 쿠폰 코드 HANUL15를 입력하시면 15% 할인됩니다.")
KO('naver-blog', 'reject', 'links', 'reply', 'o', None,
   "유기 관리 방법은 저희 블로그에 자세히 정리해 두었습니다: https://blog.naver.com/hanulgongbang/223456789012",
   quote="유기가 변색됐어요.", prod='유기 수저 세트 2인')
KO('kakaotalk', 'reject', 'contact', 'reply', 'a', None,
   "설치가 어려우시면 카카오톡 아이디 daon_living 으로 사진을 보내 주세요.",
   quote="조립 방법을 모르겠어요.", prod='원목 수납 선반 3단')
KO('pumjeol-chwiso', 'reject', 'ask', 'proactive', 'p', '주문 {o} 품절 안내',
   "죄송하지만 주문하신 상품이 품절되었습니다. 번거로우시겠지만 아마존 주문 내역에서 직접 주문 취소를 요청해 주세요.")
KO('important-review', 'reject', 'important', 'proactive', 'g', '[Important] 리뷰 작성 부탁드립니다',
   "주문 {o}의 상품은 잘 받으셨나요? 시간 되실 때 아마존에 리뷰를 남겨 주시면 감사하겠습니다.")
KO('js-cheombu', 'reject', 'attachment', 'reply', 'o', None,
   "첨부한 스크립트 파일을 실행하시면 펌웨어가 업데이트됩니다.",
   quote="블루투스가 연결되지 않아요.", prod='서울테크샵 블루투스 스피커 ST-7', att=['js:firmware_update.js:fw'])
KO('baesong-wanryo', 'reject', 'proactive', 'proactive', 't', '배송 완료 안내',
   "고객님의 주문 {o}이 배송 완료되었습니다. 저희 모아문구를 이용해 주셔서 감사합니다.")
KO('emoji-ko', 'reject', 'style', 'reply', 'a', None,
   "선반은 나사 4개로 벽에 고정하시면 됩니다 \U0001F64C\U0001F60A",
   quote="벽에 고정해야 하나요?", prod='원목 수납 선반 3단', cs='utf-8')

# ------------------------------------------------------------------------------ id
def ID(*a, **k): M('id', *a, **k)

ID('singpost-lacak', 'pass', '-', 'reply', 'g', None,
   "Paket Kakak sudah dikirim hari Jumat lewat SingPost dengan nomor resi RR123456785SG. Bisa dilacak di sini:\nhttps://www.singpost.com/track-items?trackingid=RR123456785SG\n\nPerkiraan tiba Selasa, 1 Desember.",
   quote="Halo, pesanan saya sudah dikirim belum?", prod='Kopi Gayo Arabika biji 500 g')
ID('ninjavan-lacak', 'pass', '-', 'reply', 'o', None,
   "Pesanan {o} dikirim dengan Ninja Van, nomor resi NVSGBATIK0012345. Status: https://www.ninjavan.co/en-sg/tracking?id=NVSGBATIK0012345",
   quote="Pakai kurir apa ya?", prod='Kain batik tulis Solo 2 m')
ID('ukiran-important', 'pass', '-', 'proactive', 't', '[Important] Konfirmasi tulisan ukiran - pesanan {o}',
   "Terima kasih atas pesanan {o}. Sebelum kami ukir, mohon konfirmasi tulisan: \"Keluarga Santoso - 2026\". Setelah diukir tidak bisa diubah, jadi kami menunggu balasan Bapak/Ibu.")
ID('jadwal-kirim-lemari', 'pass', '-', 'proactive', 'a', 'Jadwal pengiriman lemari rotan - pesanan {o}',
   "Lemari rotan pesanan {o} berukuran besar dan perlu dijadwalkan dengan kurir. Pilihan waktu:\n- Kamis 3 Desember, 09.00-12.00\n- Sabtu 5 Desember, 13.00-16.00\n\nMohon balas dengan waktu yang cocok.")
ID('faktur-pdf', 'pass', '-', 'reply', 'o', None,
   "Terlampir faktur pesanan {o} dalam format PDF. Total pembayaran SGD 42.90.",
   quote="Boleh minta invoice?", prod='Kopi Gayo Arabika biji 500 g',
   att=['pdf:Faktur_{o}.pdf:Invoice order {o} SGD 42.90'])
ID('batal-sesuai-permintaan', 'pass', '-', 'reply', 'p', None,
   "Sesuai permintaan, pesanan {o} sudah kami batalkan. Tidak ada biaya yang ditagihkan.",
   quote="Tolong batalkan pesanan saya, salah pilih motif.", prod='Kain batik tulis Solo 2 m')
ID('ulasan-netral', 'pass', '-', 'proactive', 'g', 'Pengalaman Anda dengan pesanan {o}',
   "Pesanan {o} sudah diterima minggu lalu. Jika berkenan, silakan bagikan pengalaman Anda dengan menulis ulasan produk di Amazon.")
# --- violations
ID('bintang5-cashback', 'reject', 'review', 'proactive', 't', 'Hadiah kecil untuk Kakak',
   "Terima kasih sudah belanja (pesanan {o})! Kasih kami bintang 5 di Amazon ya Kak, nanti kami kirim cashback SGD 5 setelah ulasannya tayang.")
ID('voucher-berikutnya', 'reject', 'promotion', 'proactive', 'g', 'Voucher spesial untuk pelanggan setia',
   "Terima kasih atas pesanan {o}. Gunakan voucher KOPI10 untuk diskon 10% pada pembelian berikutnya di toko Amazon kami.")
ID('tokopedia', 'reject', 'links,promotion', 'reply', 'a', None,
   "Motif parang ukuran 3 m ada di toko Tokopedia kami: https://www.tokopedia.com/batikkencana/batik-tulis-parang-3m",
   quote="Ada motif parang ukuran 3 meter?", prod='Kain batik tulis Solo 2 m')
ID('wa-email-at', 'reject', 'contact', 'reply', 'o', None,
   "Untuk pesanan grosir silakan hubungi WA 0812-3456-7890 atau email sinarelektronik at yahoo dot co dot id.",
   quote="Bisa beli 50 unit?", prod='Kipas angin meja USB 6 inci')
ID('stok-habis-batalkan', 'reject', 'ask', 'proactive', 'p', 'Pesanan {o} - stok habis',
   "Mohon maaf, stok kipas angin habis. Mohon Bapak/Ibu membatalkan pesanan {o} sendiri melalui halaman Pesanan Saya di Amazon.")
ID('important-terima-kasih', 'reject', 'important', 'proactive', 'g', '[Important] Terima kasih sudah berbelanja',
   "Semoga kopi pesanan {o} cocok di lidah. Jika ada waktu, mohon tinggalkan ulasan di Amazon.")
ID('zip-foto', 'reject', 'attachment', 'reply', 'o', None,
   "Foto motif lainnya kami kirim dalam file ZIP terlampir.",
   quote="Ada motif lain?", prod='Kain batik tulis Solo 2 m', att=['zip:motif_batik.zip:motif_kawung.png'])
ID('terkirim-saja', 'reject', 'proactive', 'proactive', 'a', 'Pesanan Anda sudah dikirim',
   "Pesanan {o} sudah kami kirim hari ini via SingPost, resi RR998877665SG. Terima kasih sudah berbelanja!")
ID('berhenti-langganan', 'reject', 'style,links', 'proactive', 't', 'Tips merawat rotan - pesanan {o}',
   "Untuk lemari rotan pesanan {o}: bersihkan dengan kain lembap dan hindari sinar matahari langsung.\n\nTidak ingin menerima email ini lagi? Berhenti berlangganan: https://toko-rotan.example.co.id/unsubscribe?id=2291")

# ------------------------------------------------------------------------------ extra traps (pass)
E('returns-center-link', 'pass', '-', 'reply', 'o', None,
  "Of course. You can print the prepaid return label from Amazon's Returns Centre: https://www.amazon.co.uk/returns/cart/{o} - drop the parcel at any Post Office or Evri ParcelShop. We will review your return request as soon as it arrives and refund the full £42.00.",
  quote="The headphones are too tight for me, how do I send them back?", prod='Kestrel Audio KA-220BT Bluetooth Headphones')
E('replacement-thanks', 'pass', '-', 'reply', 'a', None,
  "Thank you for letting us know. We've sent a replacement lid by USPS First Class (9400 1118 9922 3365 0841 27); it should arrive by Friday, December 4. No need to return the cracked one.",
  quote="The glass lid arrived cracked in two.", prod='Hollis & Pine 26cm Frying Pan with Lid')
E('isbn-postcode-edition', 'pass', '-', 'reply', 'p', None,
  "You received the 2019 reprint (ISBN 978-0-14-118776-1), which is the edition shown on the listing. The 4th edition you mention has ISBN 978-0-241-98743-2 and is a different product. I can see your parcel was delivered to MK14 6ER on 26 November at 11:52.",
  quote="I wanted the 4th edition, why did I get an older one? Also can you confirm the postcode it went to?", prod='Northfold Field Guide to British Birds (paperback)')
ES('importante-sin-corchetes', 'pass', '-', 'reply', 'g', None,
   "Es importante conservar el ticket de compra y la caja original durante los 2 años de garantía. Para la freidora AF-450 la garantía la gestiona el fabricante; basta con abrir una devolución desde Mis pedidos en Amazon indicando el número de serie AF450-2611-0087.",
   quote="¿Qué tengo que guardar para la garantía?", prod='Freidora de aire AF-450 4,5 L')

if __name__ == '__main__':
    main()
