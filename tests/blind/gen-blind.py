#!/usr/bin/python3
"""gen-blind.py -- blind test corpus generator for aliasgate (2026-11-29).

Written ONLY from /work/shared/notes/POLICY-FACTS.md and general knowledge of how
sellers and mail clients write.  The filter's rules/ and tests/ were not read.
Every message below is hand-labelled: verdict + categories sit next to its text.

Usage: /usr/bin/python3 tests/blind/gen-blind.py   (writes tests/blind/2026-11-29/)
Deterministic: fixed dates, Message-IDs derived from sha1 of the slug, no randomness
except random.Random(seeded) for order numbers.
"""
import base64, hashlib, os, quopri, re, struct, sys, zlib, zipfile, io, random, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '2026-11-29')
CRLF = '\r\n'
CATS = {'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'}
LANGS_ALL = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar']
CLIENTS = {'gmail', 'outlook', 'applemail', 'thunderbird', 'plain'}

# ---------------------------------------------------------------- per-language data
# tld list, buyer names, greeting, signature, reply prefixes, attributions ...
L = {}
def lang(code, **kw):
    L[code] = kw

lang('en', tld=['com', 'co.uk', 'ca', 'in', 'com.au', 'com'], tz='+0000',
     names=['Emily', 'James', 'Priya', 'Liam', 'Olivia', 'Rahul', 'Chloe', 'Noah'],
     greet='Hello {name},', sign='Kind regards,\n{shop} Customer Service',
     re_outlook='RE:', cs=['us-ascii', 'iso-8859-1', 'windows-1252', 'utf-8'],
     subj='Inquiry from Amazon customer {name} (Order: {oid})',
     gmail='On Mon, 16 Nov 2026 at 10:00, {name} <{addr}> wrote:',
     apple='On 16 Nov 2026, at 10:00, {name} <{addr}> wrote:',
     tb='On 16/11/2026 10:00, {addr} wrote:',
     ol=('From', 'Sent', 'To', 'Subject', 'Monday, 16 November 2026 10:00', '-----Original Message-----'),
     msg=('------------- Message: -------------', '------------- End message -------------'))
lang('de', tld=['de'], tz='+0100', names=['Anna', 'Jonas', 'Sabine', 'Lukas', 'Heike', 'Matthias'],
     greet='Hallo {name},', sign='Viele Grüße\n{shop} Kundenservice', re_outlook='AW:',
     cs=['iso-8859-1', 'iso-8859-15', 'windows-1252', 'utf-8'],
     subj='Anfrage von Amazon-Kunde {name} (Bestellung: {oid})',
     gmail='Am Mo., 16. Nov. 2026 um 10:00 Uhr schrieb {name} <{addr}>:',
     apple='Am 16.11.2026 um 10:00 schrieb {name} <{addr}>:',
     tb='Am 16.11.26 um 10:00 schrieb {addr}:',
     ol=('Von', 'Gesendet', 'An', 'Betreff', 'Montag, 16. November 2026 10:00', '-----Ursprüngliche Nachricht-----'),
     msg=('------------- Nachricht: -------------', '------------- Ende der Nachricht -------------'))
lang('fr', tld=['fr', 'fr', 'ca', 'com.be'], tz='+0100', names=['Camille', 'Julien', 'Manon', 'Nicolas', 'Élodie'],
     greet='Bonjour {name},', sign='Cordialement,\nLe service client {shop}', re_outlook='RE :',
     cs=['iso-8859-15', 'windows-1252', 'iso-8859-1', 'utf-8'],
     subj='Demande de la part du client Amazon {name} (Commande : {oid})',
     gmail='Le lun. 16 nov. 2026 à 10:00, {name} <{addr}> a écrit :',
     apple='Le 16 nov. 2026 à 10:00, {name} <{addr}> a écrit :',
     tb='Le 16/11/2026 à 10:00, {addr} a écrit :',
     ol=('De', 'Envoyé', 'À', 'Objet', 'lundi 16 novembre 2026 10:00', "-----Message d'origine-----"),
     msg=('------------- Message : -------------', '------------- Fin du message -------------'))
lang('es', tld=['es', 'com.mx', 'es'], tz='+0100', names=['Lucía', 'Javier', 'María', 'Alejandro', 'Carmen'],
     greet='Hola {name}:', sign='Un saludo,\nAtención al cliente de {shop}', re_outlook='RE:',
     cs=['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'],
     subj='Consulta del cliente de Amazon {name} (Pedido: {oid})',
     gmail='El lun, 16 nov 2026 a las 10:00, {name} (<{addr}>) escribió:',
     apple='El 16 nov 2026, a las 10:00, {name} <{addr}> escribió:',
     tb='El 16/11/26 a las 10:00, {addr} escribió:',
     ol=('De', 'Enviado el', 'Para', 'Asunto', 'lunes, 16 de noviembre de 2026 10:00', '-----Mensaje original-----'),
     msg=('------------- Mensaje: -------------', '------------- Finalizar mensaje -------------'))
lang('it', tld=['it'], tz='+0100', names=['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara'],
     greet='Gentile {name},', sign='Cordiali saluti,\nServizio clienti {shop}', re_outlook='R:',
     cs=['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'],
     subj='Richiesta dal cliente Amazon {name} (Ordine: {oid})',
     gmail='Il giorno lun 16 nov 2026 alle ore 10:00 {name} <{addr}> ha scritto:',
     apple='Il giorno 16 nov 2026, alle ore 10:00, {name} <{addr}> ha scritto:',
     tb='Il 16/11/26 10:00, {addr} ha scritto:',
     ol=('Da', 'Inviato', 'A', 'Oggetto', 'lunedì 16 novembre 2026 10:00', '-----Messaggio originale-----'),
     msg=('------------- Messaggio: -------------', '------------- Fine del messaggio -------------'))
lang('nl', tld=['nl', 'nl', 'com.be'], tz='+0100', names=['Sanne', 'Daan', 'Lotte', 'Bram', 'Femke'],
     greet='Beste {name},', sign='Met vriendelijke groet,\nKlantenservice {shop}', re_outlook='Antw:',
     cs=['iso-8859-15', 'windows-1252', 'iso-8859-1', 'utf-8'],
     subj='Vraag van Amazon-klant {name} (Bestelling: {oid})',
     gmail='Op ma 16 nov 2026 om 10:00 schreef {name} <{addr}>:',
     apple='Op 16 nov 2026 om 10:00 heeft {name} <{addr}> het volgende geschreven:',
     tb='Op 16-11-2026 om 10:00 schreef {addr}:',
     ol=('Van', 'Verzonden', 'Aan', 'Onderwerp', 'maandag 16 november 2026 10:00', '-----Oorspronkelijk bericht-----'),
     msg=('------------- Bericht: -------------', '------------- Einde bericht -------------'))
lang('pl', tld=['pl'], tz='+0100', names=['Agnieszka', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena'],
     greet='Dzień dobry Pani/Panie {name},', sign='Pozdrawiamy serdecznie\nObsługa klienta {shop}', re_outlook='Odp:',
     cs=['iso-8859-2', 'windows-1250', 'utf-8'],
     subj='Zapytanie od klienta Amazon {name} (Zamówienie: {oid})',
     gmail='pon., 16 lis 2026 o 10:00 {name} <{addr}> napisał(a):',
     apple='Wiadomość napisana przez {name} <{addr}> w dniu 16.11.2026, o godz. 10:00:',
     tb='W dniu 16.11.2026 o 10:00, {addr} pisze:',
     ol=('Od', 'Wysłano', 'Do', 'Temat', 'poniedziałek, 16 listopada 2026 10:00', '-----Oryginalna wiadomość-----'),
     msg=('------------- Wiadomość: -------------', '------------- Koniec wiadomości -------------'))
lang('sv', tld=['se'], tz='+0100', names=['Elin', 'Oskar', 'Maja', 'Erik', 'Linnea'],
     greet='Hej {name},', sign='Med vänliga hälsningar\n{shop} kundtjänst', re_outlook='SV:',
     cs=['iso-8859-1', 'iso-8859-15', 'windows-1252', 'utf-8'],
     subj='Förfrågan från Amazon-kund {name} (Beställning: {oid})',
     gmail='Den mån 16 nov. 2026 kl 10:00 skrev {name} <{addr}>:',
     apple='16 nov. 2026 kl. 10:00 skrev {name} <{addr}>:',
     tb='Den 2026-11-16 kl. 10:00, skrev {addr}:',
     ol=('Från', 'Skickat', 'Till', 'Ämne', 'den 16 november 2026 10:00', '-----Ursprungligt meddelande-----'),
     msg=('------------- Meddelande: -------------', '------------- Slut på meddelandet -------------'))
lang('tr', tld=['com.tr'], tz='+0300', names=['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe'],
     greet='Merhaba {name} Hanım/Bey,', sign='Saygılarımızla,\n{shop} Müşteri Hizmetleri', re_outlook='YNT:',
     cs=['iso-8859-9', 'windows-1254', 'utf-8'],
     subj='Amazon müşterisi {name} tarafından gönderilen soru (Sipariş: {oid})',
     gmail='{name} <{addr}>, 16 Kas 2026 Pzt, 10:00 tarihinde şunu yazdı:',
     apple='16 Kas 2026 tarihinde 10:00 saatinde, {name} <{addr}> şunları yazdı:',
     tb='16.11.2026 10:00 tarihinde {addr} yazdı:',
     ol=('Kimden', 'Gönderildi', 'Kime', 'Konu', '16 Kasım 2026 Pazartesi 10:00', '-----Özgün İleti-----'),
     msg=('------------- Mesaj: -------------', '------------- Mesaj sonu -------------'))
lang('pt', tld=['com.br'], tz='-0300', names=['Ana', 'João', 'Beatriz', 'Rafael', 'Larissa'],
     greet='Olá {name},', sign='Atenciosamente,\nAtendimento {shop}', re_outlook='RES:',
     cs=['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'],
     subj='Pergunta do cliente da Amazon {name} (Pedido: {oid})',
     gmail='Em seg., 16 de nov. de 2026 às 10:00, {name} <{addr}> escreveu:',
     apple='Em 16 de nov. de 2026, à(s) 10:00, {name} <{addr}> escreveu:',
     tb='Em 16/11/2026 10:00, {addr} escreveu:',
     ol=('De', 'Enviado', 'Para', 'Assunto', 'segunda-feira, 16 de novembro de 2026 10:00', '-----Mensagem original-----'),
     msg=('------------- Mensagem: -------------', '------------- Encerrar mensagem -------------'))
lang('id', tld=['sg', 'com'], tz='+0700', names=['Siti', 'Budi', 'Dewi', 'Agus', 'Putri'],
     greet='Halo Kak {name},', sign='Salam hangat,\nLayanan Pelanggan {shop}', re_outlook='RE:',
     cs=['us-ascii', 'iso-8859-1', 'utf-8'],
     subj='Pertanyaan dari pelanggan Amazon {name} (Pesanan: {oid})',
     gmail='Pada Sen, 16 Nov 2026 pukul 10.00 {name} <{addr}> menulis:',
     apple='Pada 16 Nov 2026, pukul 10.00, {name} <{addr}> menulis:',
     tb='Pada 16/11/2026 10.00, {addr} menulis:',
     ol=('Dari', 'Dikirim', 'Kepada', 'Perihal', 'Senin, 16 November 2026 10.00', '-----Pesan Asli-----'),
     msg=('------------- Message: -------------', '------------- End message -------------'))
lang('ja', tld=['co.jp'], tz='+0900', names=['佐藤', '鈴木', '高橋', '田中', '伊藤'],
     greet='{name} 様', sign='{shop} カスタマーサポート', re_outlook='RE:',
     cs=['iso-2022-jp', 'shift_jis', 'utf-8'],
     subj='Amazon購入者 {name} 様からの問い合わせ (注文番号: {oid})',
     gmail='2026年11月16日(月) 10:00 {name} <{addr}>:',
     apple='2026/11/16 10:00、{name} <{addr}>のメール：',
     tb='On 2026/11/16 10:00, {addr} wrote:',
     ol=('差出人', '送信日時', '宛先', '件名', '2026年11月16日 10:00', '-----Original Message-----'),
     msg=('------------- メッセージ: -------------', '------------- メッセージ終了 -------------'))
lang('zh', tld=['com', 'sg'], tz='+0800', names=['王先生', '李女士', '张伟', '刘洋', '陈静'],
     greet='{name}，您好：', sign='{shop} 客服部', re_outlook='回复:',
     cs=['gb2312', 'gbk', 'utf-8'],
     subj='来自亚马逊买家 {name} 的咨询 (订单: {oid})',
     gmail='{name} <{addr}> 于2026年11月16日周一 10:00写道：',
     apple='2026年11月16日 10:00，{name} <{addr}> 写道：',
     tb='在 2026/11/16 10:00, {addr} 写道:',
     ol=('发件人', '发送时间', '收件人', '主题', '2026年11月16日 10:00', '-----原始邮件-----'),
     msg=('------------- 消息: -------------', '------------- 消息结束 -------------'))
lang('zh-Hant', tld=['com', 'co.jp'], tz='+0800', names=['林小姐', '陳先生', '黃怡君', '張志明', '吳淑芬'],
     greet='{name} 您好：', sign='{shop} 客服中心 敬上', re_outlook='回覆:',
     cs=['big5', 'utf-8'],
     subj='來自 Amazon 買家 {name} 的詢問 (訂單: {oid})',
     gmail='{name} <{addr}> 於 2026年11月16日 週一 上午10:00寫道：',
     apple='2026年11月16日 上午10:00，{name} <{addr}> 寫道：',
     tb='於 2026/11/16 上午 10:00, {addr} 寫道:',
     ol=('寄件者', '寄件日期', '收件者', '主旨', '2026年11月16日 上午 10:00', '-----原始郵件-----'),
     msg=('------------- 訊息: -------------', '------------- 訊息結束 -------------'))
lang('ko', tld=['com', 'co.jp'], tz='+0900', names=['김민지', '이준호', '박서연', '최동현', '정수빈'],
     greet='{name} 고객님, 안녕하세요.', sign='{shop} 고객센터 드림', re_outlook='RE:',
     cs=['euc-kr', 'ks_c_5601-1987', 'utf-8'],
     subj='Amazon 고객 {name}님의 문의 (주문: {oid})',
     gmail='2026년 11월 16일 (월) 오전 10:00, {name} <{addr}>님이 작성:',
     apple='2026. 11. 16. 오전 10:00, {name} <{addr}> 작성:',
     tb='2026-11-16 오전 10:00에 {addr} 이(가) 쓴 글:',
     ol=('보낸 사람', '보낸 날짜', '받는 사람', '제목', '2026년 11월 16일 월요일 오전 10:00', '-----원본 메시지-----'),
     msg=('------------- 메시지: -------------', '------------- 메시지 끝 -------------'))
lang('ar', tld=['ae', 'sa', 'eg'], tz='+0400', names=['أحمد', 'فاطمة', 'محمد', 'نورة', 'خالد'],
     greet='مرحباً {name}،', sign='مع أطيب التحيات،\nخدمة عملاء {shop}', re_outlook='RE:',
     cs=['windows-1256', 'utf-8'], rtl=True,
     subj='استفسار من عميل أمازون {name} (الطلب: {oid})',
     gmail='في الاثنين، 16 نوفمبر 2026 10:00 ص {name} <{addr}> كتب:',
     apple='في 16 نوفمبر 2026، الساعة 10:00، كتب {name} <{addr}>:',
     tb='في 16/11/2026 10:00، كتب {addr}:',
     ol=('من', 'تم الإرسال', 'إلى', 'الموضوع', 'الاثنين، 16 نوفمبر 2026 10:00', '-----الرسالة الأصلية-----'),
     msg=('------------- الرسالة: -------------', '------------- نهاية الرسالة -------------'))

OID_PREFIX = {'com': ['111', '112', '113', '114'], 'co.uk': ['202', '203', '204', '026'], 'ca': ['701', '702'],
              'in': ['402', '403', '404', '171'], 'com.au': ['249', '250'], 'de': ['302', '303', '304', '028'],
              'fr': ['402', '403', '171', '405'], 'com.be': ['408', '406'], 'es': ['404', '405', '171'],
              'com.mx': ['701', '702'], 'it': ['402', '404', '171'], 'nl': ['406', '407'], 'pl': ['405', '406'],
              'se': ['206', '207'], 'com.tr': ['407', '408'], 'com.br': ['701', '702'], 'sg': ['503', '249'],
              'co.jp': ['249', '250', '503'], 'ae': ['402', '171'], 'sa': ['404', '406'], 'eg': ['405', '407']}

# ---------------------------------------------------------------- entries
E = []
def m(lang, slug, verdict, cats, kind, client, subject, body, quote=None, cs=None, cte=None,
      att=(), html_extra='', plain_extra='', tld=None, tag=''):
    """One message.  verdict/cats are the HAND LABEL for this text.
    subject: for kind=reply the buyer-side subject is generated and `subject` may be None;
    body may use {oid} {name} {shop}.  quote: the buyer's own text (replies)."""
    assert verdict in ('pass', 'reject'), slug
    cl = [] if cats == '-' else cats.split(',')
    assert all(c in CATS for c in cl), (slug, cats)
    assert (verdict == 'pass') == (cats == '-'), slug
    assert kind in ('reply', 'proactive') and client in CLIENTS and lang in L, slug
    assert (kind == 'reply') == (quote is not None), slug
    E.append(dict(lang=lang, slug=slug, verdict=verdict, cats=cats, kind=kind, client=client,
                  subject=subject, body=body, quote=quote, cs=cs, cte=cte, att=list(att),
                  html_extra=html_extra, plain_extra=plain_extra, tld=tld, tag=tag))

# ---------------------------------------------------------------- attachment bytes
def make_pdf(text):
    text = text.encode('latin-1', 'replace').decode('latin-1')
    stream = 'BT /F1 12 Tf 72 720 Td (%s) Tj ET' % text.replace('(', '[').replace(')', ']')
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(stream), stream),
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

def make_gif():
    # animated GIF89a, 2x2, 2 frames, NETSCAPE2.0 loop extension
    g = b'GIF89a' + struct.pack('<HHBBB', 2, 2, 0x80, 0, 0) + b'\xff\x00\x00\x00\x00\xff'
    g += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for idx in (0, 1):
        g += b'\x21\xf9\x04\x04\x32\x00\x00\x00'
        g += b'\x2c' + struct.pack('<HHHHB', 0, 0, 2, 2, 0)
        data = b'\x02\x02\x8c\x0f' if idx == 0 else b'\x02\x02\x84\x51'
        g += data + b'\x00'
    return g + b'\x3b'

def make_png():
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + b'\xff\x80\x00' * 4 for _ in range(4))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 4, 4, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def make_jpg():
    return (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00'
            b'\xff\xfe\x00\x13Summer collection\x00' + bytes(range(64)) + b'\xff\xd9')

def make_exe():
    return (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00'
            + b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'
            + b'\x00' * 7 + b'PE\x00\x00\x4c\x01\x03\x00')

def make_zip(names):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 9, 0, 0))
            z.writestr(zi, make_jpg() if n.endswith('.jpg') else b'@echo off\r\nstart https://myshop.example/\r\n')
    return b.getvalue()

JS = ("// order helper\r\n(function(){\r\n  var u = 'https://promo.example/track?id=' + Date.now();\r\n"
      "  document.location.href = u;\r\n})();\r\n").encode()

def att_part(a):
    """a = (kind, filename[, text/ctype]) -> (ctype, filename, bytes)"""
    k, fn = a[0], a[1]
    if k == 'pdf':
        return 'application/pdf', fn, make_pdf(a[2] if len(a) > 2 else fn)
    if k == 'gif':
        return 'image/gif', fn, make_gif()
    if k == 'png':
        return 'image/png', fn, make_png()
    if k == 'jpg':
        return 'image/jpeg', fn, make_jpg()
    if k == 'exe':
        return 'application/x-msdownload', fn, make_exe()
    if k == 'zip':
        return 'application/zip', fn, make_zip(a[2])
    if k == 'js':
        return (a[2] if len(a) > 2 else 'application/octet-stream'), fn, JS
    if k == 'txt':
        return 'text/plain', fn, a[2].encode('utf-8')
    raise ValueError(k)

# ---------------------------------------------------------------- helpers
def h(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

def alias_for(slug):
    d = hashlib.sha256(('alias' + slug).encode()).digest()
    abc = 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(abc[b % 36] for b in d[:15])

def b64lines(b):
    s = base64.b64encode(b).decode()
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))

def enc_words(text, charset, mode=None):
    """RFC 2047 encoded-words, chunked on character boundaries."""
    if all(ord(c) < 128 for c in text):
        return text
    if mode is None:
        mode = 'Q' if charset.lower().startswith(('iso-8859', 'windows-125', 'us-ascii')) and charset.lower() != 'windows-1256' else 'B'
    words, cur = [], ''
    def flush(s):
        raw = s.encode(charset)
        if mode == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode())
        q = ''.join(chr(c) if (chr(c).isalnum() and c < 128) else ('_' if c == 32 else '=%02X' % c) for c in raw)
        return '=?%s?Q?%s?=' % (charset, q)
    for ch in text:
        t = cur + ch
        if len(flush(t)) > 72 and cur:
            words.append(flush(cur)); cur = ch
        else:
            cur = t
    if cur:
        words.append(flush(cur))
    return (CRLF + ' ').join(words)

def addr_hdr(name, addr, charset):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, addr) if re.search(r'[^\w ]', name) else '%s <%s>' % (name, addr)
    return '%s <%s>' % (enc_words(name, charset), addr)

URL_RE = re.compile(r'(https?://[^\s<>"]+[^\s<>".,;:!?)）」。、]|www\.[A-Za-z0-9.-]+\.[a-z]{2,}(?:/[^\s<>"]*)?)')
MAIL_RE = re.compile(r'([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})')

def linkify(esc):
    def u(mo):
        url = mo.group(1)
        href = url if url.startswith('http') else 'http://' + url
        return '<a href="%s">%s</a>' % (href, url)
    out = URL_RE.sub(u, esc)
    parts = re.split(r'(<a [^>]*>.*?</a>)', out)
    for i in range(0, len(parts), 2):
        parts[i] = MAIL_RE.sub(lambda mo: '<a href="mailto:%s">%s</a>' % (mo.group(1), mo.group(1)), parts[i])
    return ''.join(parts)

def esc(s):
    return html.escape(s, quote=False)

def qp_encode(b):
    s = quopri.encodestring(b.replace(b'\r\n', b'\n')).decode('ascii')
    return s.replace('\n', CRLF)

def body_bytes(text, charset, cte):
    """text (\n line ends) -> encoded body string (CRLF)"""
    raw = text.replace('\r\n', '\n').encode(charset)
    if cte == 'base64':
        return b64lines(raw.replace(b'\n', b'\r\n')).encode('ascii')
    if cte == 'quoted-printable':
        return qp_encode(raw).encode('ascii')
    if cte == '7bit':
        raw.decode('ascii')
    return raw.replace(b'\n', b'\r\n')

# ---------------------------------------------------------------- rendering
import datetime
SHOPS = [('Harbor & Pine Home', 'harborpine'), ('Lederwerk Sauer', 'lederwerk-sauer'), ('Nordlys Lampen', 'nordlys-lampen'),
         ('Casa Olivo', 'casaolivo'), ('Atelier Brume', 'atelier-brume'), ('Kitchen Hero', 'kitchenhero'),
         ('Sakura Zakka', 'sakura-zakka'), ('BrightDesk Supplies', 'brightdesk'), ('Trekline Outdoor', 'trekline'),
         ('Minh Electronics', 'minh-electronics'), ('Anadolu Tekstil', 'anadolu-tekstil'), ('Bella Casa Italia', 'bellacasa-it'),
         ('Polskie Rzemiosło', 'rzemioslo'), ('Hollandse Fietsen', 'hollandsefietsen'), ('Loja Verde', 'lojaverde'),
         ('Al Waha Trading', 'alwaha-trading'), ('Seoul Living', 'seoul-living'), ('Jade Garden Tea', 'jadegarden-tea')]
XMAILERS = [('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
            ('User-Agent', 'Mutt/2.2.13 (2024-03-09)'),
            ('X-Mailer', 'Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu) https://sylpheed.sraoss.jp/'),
            ('X-Mailer', 'Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu) https://www.claws-mail.org/'),
            ('User-Agent', 'Roundcube Webmail/1.6.9 (https://roundcube.net)'),
            ('X-Mailer', 'eM Client 10.1.4588.0 https://www.emclient.com')]
LANG_XMAILER = {'ja': ('X-Mailer', 'Becky! ver. 2.81.05 [ja] https://www.rimarts.co.jp/becky.htm'),
                'zh': ('X-Mailer', 'Foxmail 7.2.25.228[cn] https://www.foxmail.com'),
                'ko': ('X-Mailer', 'Daum Mail Web https://mail.daum.net')}
CS_CYCLE = {}
LANG_SHOPS = {'en': [0, 5, 7, 8], 'de': [1], 'sv': [2], 'es': [3], 'fr': [4], 'ja': [6], 'id': [9], 'tr': [10],
              'it': [11], 'pl': [12], 'nl': [13], 'pt': [14], 'ar': [15], 'ko': [16], 'zh': [17], 'zh-Hant': [17]}

def pick(lst, key):
    return lst[int(h(key, 6), 16) % len(lst)]

def render(e, n):
    ld = L[e['lang']]
    slug = e['slug']
    fname = '%03d-%s-%s.eml' % (n, e['lang'], slug)
    tld = e['tld'] or ld['tld'][n % len(ld['tld'])]
    rnd = random.Random('oid:' + slug)
    oid = '%s-%07d-%07d' % (rnd.choice(OID_PREFIX[tld]), rnd.randrange(10 ** 7), rnd.randrange(10 ** 7))
    name = pick(ld['names'], 'n' + slug)
    shop, sdom = SHOPS[pick(LANG_SHOPS[e['lang']], 's' + slug)]
    seller = 'seller@%s.example' % sdom
    alias = alias_for(slug) + '@marketplace.amazon.' + tld
    fmt = dict(oid=oid, name=name, shop=shop)
    body = e['body'].format(**fmt).strip('\n')
    text = ld['greet'].format(**fmt) + '\n\n' + body + '\n\n' + ld['sign'].format(**fmt)
    reply = e['kind'] == 'reply'
    client = e['client']
    orig_subj = ld['subj'].format(**fmt)
    if reply:
        pre = ld['re_outlook'] if client == 'outlook' else ('回复：' if (client == 'plain' and e['lang'] == 'zh') else 'Re:')
        subject = (e['subject'].format(**fmt) if e['subject'] else pre + ' ' + orig_subj)
        if e['subject'] is None:
            subject = pre + ' ' + orig_subj
        qbody = ld['msg'][0] + '\n' + e['quote'].format(**fmt).strip('\n') + '\n' + ld['msg'][1]
    else:
        subject = e['subject'].format(**fmt)
        qbody = None
    # --- choose charset
    cands = [e['cs']] if e['cs'] else []
    cyc = ld['cs']
    CS_CYCLE[e['lang']] = CS_CYCLE.get(e['lang'], -1) + 1
    cands.append(cyc[CS_CYCLE[e['lang']] % len(cyc)])
    cands.append('utf-8')
    # --- build plain and html (per charset, as meta charset is embedded)
    dt = datetime.datetime(2026, 11, 17 + n % 11, 7 + n % 11, (n * 7) % 60, (n * 13) % 60)
    tzs = ld['tz']
    date_hdr = dt.strftime('%a, %d %b %Y %H:%M:%S ') + tzs
    attrib_key = {'gmail': 'gmail', 'applemail': 'apple', 'outlook': 'gmail', 'thunderbird': 'tb', 'plain': 'tb'}[client]
    attrib = ld[attrib_key].format(name=name, addr=alias)
    for charset in cands:
        parts = build_parts(e, ld, text, qbody, attrib, client, charset, name, alias, seller, shop, orig_subj, n)
        try:
            for p in parts.values():
                if p is not None:
                    p.encode(charset)
            subject.encode(charset)
            break
        except (UnicodeEncodeError, LookupError):
            continue
    else:
        raise SystemExit('cannot encode ' + slug)
    cte = e['cte']
    if not cte:
        if charset == 'us-ascii':
            cte = '7bit'
        elif charset == 'iso-2022-jp':
            cte = ['7bit', 'base64'][n % 2]
        else:
            cte = ['quoted-printable', 'base64', '8bit'][n % 3]
    if charset == 'iso-2022-jp' and cte == '8bit':
        cte = '7bit'
    # --- headers
    hh = h(slug, 40)
    mid = {'gmail': '<CA%s%s@mail.gmail.com>' % ('Jx' if n % 2 else 'F+', base64.b64encode(bytes.fromhex(hh)).decode().rstrip('=').replace('/', '_')),
           'outlook': '<%sPR%02dMB%s%s@%sPR%02dMB%s.%s.prod.outlook.com>' % ('AM9' if tld not in ('com', 'ca', 'com.mx', 'com.br', 'in', 'co.jp', 'sg', 'com.au') else 'SA1', n % 10, hh[:4].upper(), hh[4:40].upper(), 'AM9' if tld not in ('com', 'ca', 'com.mx', 'com.br', 'in', 'co.jp', 'sg', 'com.au') else 'SA1', n % 10, hh[:4].upper(), 'eurprd04' if tld not in ('com', 'ca', 'com.mx', 'com.br', 'in', 'co.jp', 'sg', 'com.au') else 'namprd11'),
           'applemail': '<%s-%s-%s-%s-%s@%s.example>' % (hh[:8].upper(), hh[8:12].upper(), hh[12:16].upper(), hh[16:20].upper(), hh[20:32].upper(), sdom),
           'thunderbird': '<%s-%s-%s-%s-%s@%s.example>' % (hh[:8], hh[8:12], hh[12:16], hh[16:20], hh[20:32], sdom),
           'plain': '<%s.%s@%s.example>' % (dt.strftime('%Y%m%d%H%M%S'), hh[:16], sdom)}[client]
    bmid = '<010201%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (h(slug + 'b', 10), h(slug + 'c', 8), h(slug + 'd', 4), h(slug + 'e', 4), h(slug + 'f', 12))
    to_hdr = addr_hdr(name if reply else None, alias, charset)
    from_hdr = addr_hdr(shop, seller, charset)
    subj_hdr = enc_words(subject, charset)
    H = []
    def add(k, v):
        H.append('%s: %s' % (k, v))
    if client == 'gmail':
        add('MIME-Version', '1.0'); add('Date', date_hdr); add('Message-ID', mid)
        if reply: add('In-Reply-To', bmid); add('References', bmid)
        add('Subject', subj_hdr); add('From', from_hdr); add('To', to_hdr)
    elif client == 'outlook':
        add('From', from_hdr); add('To', to_hdr); add('Subject', subj_hdr)
        add('Thread-Topic', subj_hdr if not reply else enc_words(orig_subj, charset))
        add('Thread-Index', base64.b64encode(bytes.fromhex(hh[:32] + hh[:12])).decode())
        add('Date', date_hdr); add('Message-ID', mid)
        if reply: add('References', bmid); add('In-Reply-To', bmid)
        add('Accept-Language', 'en-US'); add('Content-Language', {'zh-Hant': 'zh-TW', 'zh': 'zh-CN', 'en': 'en-US'}.get(e['lang'], e['lang']))
        add('X-MS-Has-Attach', 'yes' if e['att'] else ''); add('X-MS-TNEF-Correlator', '')
        add('X-Mailer', 'Microsoft Outlook 16.0'); add('MIME-Version', '1.0')
    elif client == 'applemail':
        add('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))'); add('Subject', subj_hdr); add('From', from_hdr)
        if reply: add('In-Reply-To', bmid)
        add('Date', date_hdr); add('Message-Id', mid)
        if reply: add('References', bmid)
        add('To', to_hdr); add('X-Mailer', 'Apple Mail (2.3826.200.121)')
    elif client == 'thunderbird':
        add('Message-ID', mid); add('Date', date_hdr); add('MIME-Version', '1.0')
        add('User-Agent', 'Mozilla Thunderbird'); add('Subject', subj_hdr); add('To', to_hdr)
        if reply: add('References', bmid)
        add('Content-Language', {'zh-Hant': 'zh-TW', 'zh': 'zh-CN', 'en': 'en-GB'}.get(e['lang'], e['lang'])); add('From', from_hdr)
        if reply: add('In-Reply-To', bmid)
    else:
        add('From', from_hdr); add('To', to_hdr); add('Subject', subj_hdr); add('Date', date_hdr); add('Message-ID', mid)
        if reply: add('In-Reply-To', bmid); add('References', bmid)
        xm = LANG_XMAILER.get(e['lang']) if n % 2 else None
        xm = xm or XMAILERS[n % len(XMAILERS)]
        add(xm[0], xm[1]); add('MIME-Version', '1.0')
    # --- MIME tree
    def leaf(ctype, txt, extra=''):
        return (['Content-Type: %s; charset="%s"%s' % (ctype, charset, extra), 'Content-Transfer-Encoding: %s' % cte],
                body_bytes(txt, charset, cte))
    bnd = lambda tag: ('Apple-Mail=_%s' % hh[:8].upper() + tag) if client == 'applemail' else (
        '000000000000%s%s' % (hh[:14], tag) if client == 'gmail' else (
        '_%s_%s%sPR%s_' % (tag, hh[:10].upper(), 'AM9', hh[10:16].upper()) if client == 'outlook' else '------------%s%s' % (hh[:16], tag)))
    def multi(sub, parts, tag, extra=''):
        b = bnd(tag)
        out = b''
        for ph, pb in parts:
            out += b'--' + b.encode() + b'\r\n' + CRLF.join(ph).encode() + b'\r\n\r\n' + pb + b'\r\n'
        out += b'--' + b.encode() + b'--\r\n'
        return (['Content-Type: multipart/%s; boundary="%s"%s' % (sub, b, extra)], out)
    plainleaf = leaf('text/plain', parts['plain'], '; format=flowed' if client in ('thunderbird', 'applemail') and cte != 'base64' and False else '')
    if parts['html'] is None:
        content = plainleaf
    else:
        htmlleaf = leaf('text/html', parts['html'])
        inl = [a for a in e['att'] if a[0] == 'gif-inline']
        if inl:
            rel = [htmlleaf]
            for a in inl:
                rel.append((['Content-Type: image/gif; name="%s"' % a[2], 'Content-Disposition: inline; filename="%s"' % a[2],
                             'Content-Transfer-Encoding: base64', 'Content-ID: <%s>' % a[1], 'X-Attachment-Id: %s' % a[1]],
                            b64lines(make_gif()).encode()))
            htmlleaf = multi('related', rel, 'r', '; type="text/html"')
        content = multi('alternative', [plainleaf, htmlleaf], 'a')
    real_atts = [a for a in e['att'] if a[0] != 'gif-inline']
    if real_atts:
        ps = [content]
        for a in real_atts:
            ct, fn, data = att_part(a)
            if all(ord(c) < 128 for c in fn):
                nm = '; name="%s"' % fn; disp = 'attachment; filename="%s"' % fn
            else:
                q = ''.join(c if c.isascii() and c.isalnum() or c in '.-_' else ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in fn)
                nm = '; name="%s"' % enc_words(fn, 'utf-8', 'B'); disp = "attachment; filename*=utf-8''%s" % q
            ps.append((['Content-Type: %s%s' % (ct, nm), 'Content-Disposition: %s' % disp, 'Content-Transfer-Encoding: base64'],
                       b64lines(data).encode()))
        content = multi('mixed', ps, 'm')
    msg = CRLF.join(H + content[0]).encode('ascii') + b'\r\n\r\n' + content[1]
    row = dict(file=fname, verdict=e['verdict'], categories=e['cats'], lang=e['lang'], charset=charset,
               client=client, kind=e['kind'])
    return fname, msg, row

def build_parts(e, ld, text, qbody, attrib, client, charset, name, alias, seller, shop, orig_subj, n):
    rtl = ld.get('rtl')
    dirattr = 'rtl' if rtl else 'ltr'
    plain_main = text + (('\n\n' + e['plain_extra']) if e['plain_extra'] else '')
    qlines = qbody.split('\n') if qbody else []
    quoted = '\n'.join(('> ' + l) if l else '>' for l in qlines)
    ol = ld['ol']
    if qbody is None:
        plain = plain_main
    elif client == 'gmail':
        plain = plain_main + '\n\n' + attrib + '\n\n' + quoted
    elif client == 'outlook':
        sep = ol[5] if n % 2 else '_' * 32
        hdrblk = '%s: %s <%s>\n%s: %s\n%s: %s <%s>\n%s: %s' % (ol[0], name, alias, ol[1], ol[4], ol[2], shop, seller, ol[3], orig_subj)
        plain = plain_main + '\n\n' + sep + '\n' + hdrblk + '\n\n' + qbody
    elif client == 'applemail':
        plain = plain_main + '\n\n' + attrib + '\n\n' + quoted
    elif client == 'thunderbird':
        plain = attrib + '\n' + quoted + '\n\n' + plain_main if n % 2 else plain_main + '\n\n' + attrib + '\n' + quoted
    else:
        plain = plain_main + '\n\n' + attrib + '\n' + quoted
    plain += '\n'
    if client == 'plain' or (client == 'thunderbird' and n % 2 == 0 and not e['html_extra']):
        return {'plain': plain, 'html': None}
    paras = text.split('\n\n')
    def hpara(p, tagopen, tagclose, br='<br>'):
        return tagopen + br.join(linkify(esc(l)) for l in p.split('\n')) + tagclose
    qhtml_lines = '<br>\n'.join(linkify(esc(l)) for l in qlines)
    extra = e['html_extra']
    if client == 'gmail':
        inner = '<div><br></div>'.join(hpara(p, '<div>', '</div>', '</div><div>') for p in paras[:-1])
        inner += (extra and '<div>' + extra + '</div>') + '<div><br></div>' + hpara(paras[-1], '<div>', '</div>', '</div><div>')
        htm = '<div dir="%s">%s</div>' % (dirattr, inner)
        if qbody:
            att = esc(attrib).replace(esc(alias), '<a href="mailto:%s">%s</a>' % (alias, alias))
            htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="%s" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    '<div dir="%s">%s</div></blockquote></div>' % (dirattr, att, dirattr, qhtml_lines))
        htm += '\n'
    elif client == 'outlook':
        body = ''.join(hpara(p, '<p class="MsoNormal"%s>' % (' dir="RTL"' if rtl else ''), '<o:p></o:p></p>\n') + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for p in paras[:-1])
        body += (extra and '<p class="MsoNormal">%s<o:p></o:p></p>\n' % extra) + hpara(paras[-1], '<p class="MsoNormal">', '<o:p></o:p></p>\n')
        if qbody:
            if n % 2:
                body += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<o:p></o:p></p>\n</div>\n'
                         % (ol[0], esc(name), alias, ol[1], esc(ol[4]), ol[2], esc(shop), seller, ol[3], esc(orig_subj)))
            else:
                body += ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n'
                         % (ol[0], esc(name), alias, ol[1], esc(ol[4]), ol[2], esc(shop), seller, ol[3], esc(orig_subj)))
            body += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % qhtml_lines
        htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
               'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
               '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
               '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
               '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
               'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
               '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
               'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n'
               '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word"%s>\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n'
               % (charset, e['lang'].upper()[:2] if e['lang'] != 'en' else 'EN-GB', ' dir="RTL"' if rtl else '', body))
    elif client == 'applemail':
        inner = ''.join(hpara(p, '<div>', '</div>', '</div><div>') + '<div><br></div>' for p in paras[:-1])
        inner += (extra and '<div>' + extra + '</div>') + hpara(paras[-1], '<div>', '</div>', '</div><div>')
        if qbody:
            inner += ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div><br>'
                      % (esc(attrib), qhtml_lines))
        htm = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>%s</body></html>\n'
               % (charset, ' dir="rtl"' if rtl else '', inner))
    else:  # thunderbird html
        inner = ''.join(hpara(p, '<p>', '</p>\n') for p in paras[:-1]) + (extra and '<p>' + extra + '</p>\n') + hpara(paras[-1], '<p>', '</p>\n')
        q = ''
        if qbody:
            q = ('<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:x@eu-west-1.amazonses.com">%s</blockquote>\n'
                 % (linkify(esc(attrib)), qhtml_lines))
        htm = ('<!DOCTYPE html>\n<html%s>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n  <body>\n%s%s  </body>\n</html>\n'
               % (' dir="rtl"' if rtl else '', charset, inner, q))
    return {'plain': plain, 'html': htm}

# =====================================================================================
# MESSAGES.  m(lang, slug, VERDICT, CATEGORIES, kind, client, subject, body, quote=...)
# =====================================================================================

# ------------------------------------------------------------------ English (en)
m('en', 'track-usps', 'pass', '-', 'reply', 'gmail', None, """
Your parcel left our warehouse on 17 November with USPS. Tracking number: 9400 1000 0000 0000 0000 00
https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000
It should arrive by Friday, 20 November.""", quote="Hi, when will my order {oid} arrive? I need it before the weekend.", tld='com')
m('en', 'track-canadapost', 'pass', '-', 'reply', 'outlook', None, """
Sorry for the wait. Order {oid} was handed to Canada Post on Nov 18.
Tracking: https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=7023210039414604
Delivery is expected on Nov 23.""", quote="Hello, it has been a week and I have no tracking for my order.", tld='ca')
m('en', 'track-purolator', 'pass', '-', 'reply', 'applemail', None, """
The heater ships with Purolator because of its size. PIN 335123456789:
https://www.purolator.com/en/shipping/tracker?pin=335123456789
The courier may ask for a signature.""", quote="Which courier will deliver the heater? I work days.", tld='ca')
m('en', 'track-delhivery', 'pass', '-', 'reply', 'gmail', None, """
Your order {oid} is with Delhivery, AWB 1492110034567.
You can follow it here: https://www.delhivery.com/track/package/1492110034567
Expected delivery to pincode 411001 is 21 November.""", quote="Order not received yet, please check status.", tld='in')
m('en', 'track-indiapost', 'pass', '-', 'reply', 'plain', None, """
The book was sent by India Post Speed Post, consignment EK123456789IN.
Track it at https://www.indiapost.gov.in/_layouts/15/dop.portal.tracking/trackconsignment.aspx
Rs. 499 was charged; no COD amount is due.""", quote="Did you send it by courier or post? There is no tracking.", tld='in', cs='us-ascii')
m('en', 'track-auspost', 'pass', '-', 'reply', 'thunderbird', None, """
Australia Post shows your parcel at the Sydney facility:
https://auspost.com.au/mypost/track/details/33QXB5012345
It usually takes 2-3 business days from there.""", quote="Is my parcel lost? It hasn't moved since Monday.", tld='com.au')
m('en', 'track-royalmail', 'pass', '-', 'reply', 'outlook', None, """
Your order went Royal Mail Tracked 48, reference AB123456789GB:
https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB
If it has not arrived by Tuesday, let us know and we will send a replacement.""", quote="Still waiting for the charger, can you check?", tld='co.uk')
m('en', 'amazon-return', 'pass', '-', 'reply', 'gmail', None, """
Sorry the kettle does not fit your worktop. You can start the return from Your Orders:
https://www.amazon.co.uk/gp/css/returns/homepage.html?orderId={oid}
Once the parcel reaches us we will refund the full £34.99.""", quote="The kettle is too tall for my cupboard, can I send it back?", tld='co.uk')
m('en', 'cancel-confirmed', 'pass', '-', 'reply', 'applemail', None, """
As requested, we have cancelled order {oid} before dispatch.
You have not been charged; any pending authorisation will drop off within 3-5 days.""", quote="Please cancel my order, I ordered the wrong size by mistake.", tld='com')
m('en', 'important-engraving', 'pass', '-', 'proactive', 'outlook', "[Important] Engraving text for order {oid}", """
Before we engrave your cutting board (order {oid}) please confirm the text below, including spelling:

"The Hendersons - est. 2019"

We will start engraving as soon as you confirm. If anything should change, just reply to this message.""", tld='com')
m('en', 'important-sofa-delivery', 'pass', '-', 'proactive', 'gmail', "[Important] Delivery appointment for your sofa - order {oid}", """
Your 3-seat sofa (order {oid}) needs a two-person delivery. Our carrier can deliver on:

- Tuesday 24 November, 8:00-12:00
- Wednesday 25 November, 12:00-17:00

Please reply with the slot that suits you.""", tld='co.uk', cs='iso-8859-1')
m('en', 'important-address', 'pass', '-', 'proactive', 'thunderbird', "[Important] Problem with the shipping address for order {oid}", """
The carrier returned your order {oid} because the shipping address is missing a flat number (12 Marine Parade, Brighton BN2 1TL).
Could you reply with the full delivery address? We will resend it at no cost.""", tld='co.uk')
m('en', 'thanks-for-feedback', 'pass', '-', 'reply', 'gmail', None, """
Thank you for your feedback about the scratched lid, and sorry about that.
We have sent a replacement with UPS, tracking 1Z999AA10123456784:
https://www.ups.com/track?tracknum=1Z999AA10123456784
It should arrive by Friday; no need to return the damaged one.""", quote="The lid arrived scratched. Not happy.", tld='com')
m('en', 'invoice-pdf', 'pass', '-', 'proactive', 'outlook', "Invoice for your order {oid}", """
Please find attached the VAT invoice for your order {oid}.""", att=[('pdf', 'Invoice-INV-2026-11873.pdf', 'Invoice INV-2026-11873')], tld='co.uk')
m('en', 'warranty-pdf', 'pass', '-', 'reply', 'applemail', None, """
Of course. The warranty card for the KX-2040B blender is attached (2 years from the delivery date, 19 November 2026).
Keep it with your order number {oid}.""", quote="I lost the warranty card that came in the box. Can you send another?",
  att=[('pdf', 'KX-2040B-warranty.pdf', 'Warranty KX-2040B')], tld='com')
m('en', 'manual-pdf', 'pass', '-', 'reply', 'thunderbird', None, """
The assembly instructions for the desk (model BD-140) are attached as a PDF. Step 4 shows which screws go in the frame.""",
  quote="The paper manual is missing from the box, how do I assemble the legs?", att=[('pdf', 'BD-140-assembly-instructions.pdf', 'Assembly BD-140')], tld='ca')
m('en', 'review-request-neutral', 'pass', '-', 'proactive', 'gmail', "Your order {oid}", """
We hope your order {oid} arrived safely. Would you like to share your experience with other customers by leaving a product review and seller feedback on Amazon?
Your review helps other customers and helps us improve.""", tld='com')
m('en', 'numbers-model', 'pass', '-', 'reply', 'plain', None, """
The adapter for model KX-2040B is part number PA-12V-2A (ASIN B0C7XJ4Q2R), $12.99.
Your order {oid} already contains the EU and UK plugs; the US plug ships separately on 2026-11-24.
Serial numbers starting 2211-0457 are all compatible.""", quote="Which power adapter does the KX-2040B use? Does my order include a US plug?", tld='com', cs='us-ascii')
m('en', 'reply-thanks-only', 'pass', '-', 'reply', 'gmail', None, """
Thanks for letting us know, glad it arrived safely!""", quote="Just to say the lamp arrived today and it looks great.", tld='com.au')
m('en', 'quoted-buyer-link', 'pass', '-', 'reply', 'outlook', None, """
Thanks for the video. The noise comes from the transport lock; please remove the red bolt at the back (see page 3 of the manual) and the drum will turn freely.""",
  quote="Hi, the drum makes a loud noise, see my video https://youtu.be/dQw4w9WgXcQ - you can call me on 07700 900123 or mail emily.b@example.com", tld='co.uk')
m('en', 'partial-refund', 'pass', '-', 'reply', 'applemail', None, """
We are sorry two screws were missing. We have issued a partial refund of $5.00 on order {oid} and posted the screws today by USPS First-Class.""",
  quote="Two screws are missing from the shelf kit.", tld='com')
m('en', 'coupon-applied', 'pass', '-', 'reply', 'gmail', None, """
The 10% coupon shown on the product page was applied at checkout: your order {oid} shows "Promotion applied: -$3.20" under Order Summary.
The gift wrap and gift message you chose are included as well.""", quote="Was the coupon applied? I can't see the discount.", tld='com')
m('en', 'track-fedex-dhl', 'pass', '-', 'reply', 'thunderbird', None, """
Part one went with FedEx (https://www.fedex.com/fedextrack/?trknbr=771234567890) and part two with DHL Express:
https://www.dhl.com/global-en/home/tracking.html?tracking-id=1234567890
Both should arrive by 25 November.""", quote="I only received one box out of two.", tld='com')
# --- English violations
m('en', 'link-own-site', 'reject', 'links', 'reply', 'gmail', None, """
The replacement filter is on its way. For setup videos please see https://harborpine-home.example/setup-videos""",
  quote="How do I change the filter?", tld='com')
m('en', 'link-spaced-url', 'reject', 'links,promotion', 'proactive', 'outlook', "Your order {oid}", """
Your order {oid} has been delivered. We have many more accessories for your desk at w w w . brightdesk-shop . com - have a look!""", tld='com')
m('en', 'contact-at-dot', 'reject', 'contact', 'reply', 'plain', None, """
For anything else about the warranty you can write to support at brightdesk dot com and we'll answer faster.""",
  quote="The drawer rail broke after a week.", tld='com', cs='us-ascii')
m('en', 'contact-phone-nbhyphen', 'reject', 'contact', 'reply', 'applemail', None, """
If it is easier, call our team directly on +1 555\u2011201\u20113344 and we will sort it out on the phone.""",
  quote="The blender lid does not lock.", tld='com', cs='utf-8')
m('en', 'contact-etsy', 'reject', 'contact,promotion', 'reply', 'gmail', None, """
Sorry, that colour is sold out here. You can also find our full range on Etsy under HarborPineHome.""",
  quote="Do you have the blanket in sage green?", tld='com')
m('en', 'contact-whatsapp', 'reject', 'contact', 'reply', 'thunderbird', None, """
Please send us a photo of the damage on WhatsApp: +44 7700 900456 and we'll arrange the replacement.""",
  quote="The mirror frame is cracked.", tld='co.uk')
m('en', 'promo-code', 'reject', 'promotion', 'proactive', 'outlook', "Your order {oid}", """
We hope you enjoy your new lamp (order {oid}). As a thank-you, use code SAVE15 for 15% off your next order in our store.""", tld='com')
m('en', 'promo-homoglyph', 'reject', 'promotion', 'proactive', 'gmail', "About your order {oid}", """
Thank you for order {oid}. Use \u0441\u043eupon code WINTER20 on your next purchase and get 20% \u043eff our new collection.""", tld='com', cs='utf-8')
m('en', 'review-5star', 'reject', 'review', 'proactive', 'gmail', "How is your new kettle?", """
If you're happy with your purchase (order {oid}), please leave us a 5-star review! It really helps a small business.""", tld='co.uk')
m('en', 'review-giftcard', 'reject', 'review', 'proactive', 'applemail', "A little thank-you for order {oid}", """
Leave a review for your order {oid} and we'll send you a $10 Amazon gift card. Just reply with a screenshot.""", tld='com')
m('en', 'review-remove', 'reject', 'review', 'reply', 'outlook', None, """
We're glad the replacement fixed it. Now that everything is resolved, could you please update or remove your 1-star review?""",
  quote="OK the new one works.", tld='com')
m('en', 'review-instructions', 'reject', 'review', 'proactive', 'thunderbird', "Your shelf kit, order {oid}", """
We'd love a review of your shelf kit (order {oid}). When writing it, please mention how easy it was to install and that it came with all the screws.""", tld='ca')
m('en', 'review-second-request', 'reject', 'review', 'proactive', 'gmail', "Reminder: your review for order {oid}", """
Just a friendly reminder: last week we asked you to review order {oid}. If you haven't had a chance yet, please leave a product review on Amazon.""", tld='com')
m('en', 'review-channel', 'reject', 'review', 'proactive', 'outlook', "Order {oid}", """
If you love your new mug, please leave a review on Amazon. If you are not satisfied, please contact us before leaving a review so we can make it right.""", tld='co.uk')
m('en', 'style-emoji', 'reject', 'style', 'reply', 'gmail', None, """
Your replacement is on its way \U0001F60A\U0001F4E6 DHL tracking 1234567890, arriving Thursday!""",
  quote="Any news on the replacement?", tld='com', cs='utf-8')
m('en', 'style-gif-attached', 'reject', 'style,attachment', 'reply', 'applemail', None, """
We've shipped the missing part today. A little thank-you animation for your patience is attached!""",
  quote="Still missing the handle.", att=[('gif', 'thank-you.gif')], tld='com')
m('en', 'style-unsubscribe', 'reject', 'style', 'proactive', 'gmail', "Your order {oid}", """
We'd appreciate it if you could share your experience by leaving a product review for order {oid}.

Don't want to hear from us? Reply STOP to unsubscribe from these emails.""", tld='com')
m('en', 'style-tracking-pixel', 'reject', 'style,links', 'proactive', 'outlook', "Invoice for order {oid}", """
Please find attached the invoice for your order {oid}.""", html_extra='<img src="http://mail-open.trackpix.example/o.gif?u=8812" width="1" height="1" alt="">',
  att=[('pdf', 'invoice-{}.pdf'.format('8812'), 'Invoice 8812')], tld='com')
m('en', 'ask-cancel-stock', 'reject', 'ask', 'proactive', 'gmail', "Problem with your order {oid}", """
Unfortunately the blue version is out of stock. Could you please cancel order {oid} from your side (Your Orders > Cancel items)?""", tld='com')
m('en', 'important-misuse', 'reject', 'important', 'proactive', 'thunderbird', "[Important] How did we do?", """
Thank you for shopping with us (order {oid}). Would you like to share your experience by leaving a product review on Amazon?""", tld='com')
m('en', 'attach-js', 'reject', 'attachment', 'proactive', 'outlook', "Your order documents {oid}", """
Open the attached file to see your order status and delivery options.""", att=[('js', 'order-status.js')], tld='com')
m('en', 'attach-catalog', 'reject', 'attachment,promotion', 'proactive', 'applemail', "Something new for you", """
Thanks again for order {oid}. Our winter catalogue is attached - lots of new products you might like!""",
  att=[('png', 'winter-catalogue.png')], tld='com')
m('en', 'proactive-thanks-only', 'reject', 'proactive', 'proactive', 'gmail', "Thank you for your order {oid}", """
Thank you for your order {oid}! We're here to help if you have any questions.""", tld='com')
m('en', 'proactive-shipped', 'reject', 'proactive', 'proactive', 'plain', "Your order {oid} has shipped", """
Good news: your order {oid} has shipped with UPS, tracking 1Z999AA10123456784.
https://www.ups.com/track?tracknum=1Z999AA10123456784""", tld='com', cs='us-ascii')

# ------------------------------------------------------------------ German (de)
m('de', 'track-dhl', 'pass', '-', 'reply', 'gmail', None, """
Ihre Bestellung {oid} wurde am 17.11. an DHL übergeben. Sendungsnummer 00340434161234567890:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890
Die Zustellung ist für Donnerstag geplant.""", quote="Guten Tag, wann kommt meine Bestellung? Ich habe noch keine Sendungsnummer.")
m('de', 'track-hermes', 'pass', '-', 'reply', 'outlook', None, """
das Paket ist mit Hermes unterwegs (Sendungsnummer H1002345678901234567):
https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H1002345678901234567
Falls es bis Montag nicht da ist, schicken wir kostenlos Ersatz.""", quote="Laut Hermes liegt das Paket seit drei Tagen im Depot.")
m('de', 'storno-bestaetigt', 'pass', '-', 'reply', 'applemail', None, """
wie gewünscht haben wir die Bestellung {oid} storniert. Es wurde nichts abgebucht; die Reservierung auf Ihrer Karte verfällt in wenigen Tagen.""",
  quote="Bitte stornieren Sie meine Bestellung, ich habe die falsche Farbe gewählt.")
m('de', 'wichtig-gravur', 'pass', '-', 'proactive', 'outlook', "[Important] Gravurtext für Ihre Bestellung {oid}", """
bevor wir Ihre Lederbrieftasche (Bestellung {oid}) gravieren, bitten wir Sie, den Text zu bestätigen:

„M. Schäfer – 2026“

Sobald Sie antworten, beginnen wir mit der Gravur.""")
m('de', 'lieferadresse-problem', 'pass', '-', 'proactive', 'thunderbird', "[Important] Problem mit der Lieferadresse – Bestellung {oid}", """
DHL konnte Ihre Sendung nicht zustellen, weil in der Lieferadresse die Hausnummer fehlt (Gartenstraße, 80331 München).
Bitte teilen Sie uns die vollständige Adresse mit, dann versenden wir die Bestellung {oid} erneut.""")
m('de', 'danke-feedback', 'pass', '-', 'reply', 'gmail', None, """
vielen Dank für Ihr Feedback zur beschädigten Schachtel. Wir haben Ihnen heute kostenlos Ersatz geschickt (DPD 01234567890123):
https://tracking.dpd.de/status/de_DE/parcel/01234567890123""", quote="Die Verpackung war eingedrückt und die Tasse hatte einen Sprung.")
m('de', 'rechnung-pdf', 'pass', '-', 'reply', 'outlook', None, """
anbei Ihre Rechnung mit ausgewiesener Mehrwertsteuer für die Bestellung {oid}.""",
  quote="Ich brauche eine Rechnung mit MwSt. für meine Firma.", att=[('pdf', 'Rechnung-RE-2026-4471.pdf', 'Rechnung RE-2026-4471')])
m('de', 'bewertung-neutral', 'pass', '-', 'proactive', 'gmail', "Ihre Bestellung {oid}", """
Bitte teilen Sie Ihre Erfahrungen mit unserem Produkt, indem Sie auf Amazon eine Produktbewertung hinterlassen. Vielen Dank, dass Sie bei uns bestellt haben (Bestellung {oid}).""")
m('de', 'modellnummern', 'pass', '-', 'reply', 'plain', None, """
Das Netzteil für Modell LS-3000 hat die Teilenummer NT-24V-1.5A und kostet 14,90 €.
Die Seriennummer 2026-11-0457 auf Ihrem Gerät ist kompatibel; Ihre Bestellung {oid} wurde am 12.11.2026 ausgeliefert.""",
  quote="Welches Netzteil passt zur LS-3000? Meins ist kaputt.")
m('de', 'link-instagram', 'reject', 'links', 'reply', 'gmail', None, """
Der Ersatz ist unterwegs. Weitere Pflegetipps für Leder finden Sie auf https://www.instagram.com/lederwerk.sauer/""",
  quote="Wie pflege ich die Tasche am besten?")
m('de', 'kontakt-at-punkt', 'reject', 'contact', 'reply', 'applemail', None, """
Für Garantiefragen schreiben Sie uns bitte direkt an service(at)lederwerk-sauer(punkt)de – dort geht es schneller.""",
  quote="Der Reißverschluss ist nach zwei Wochen kaputt.")
m('de', 'kontakt-ebay', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
Die Tasche in Cognac ist hier leider ausverkauft. Bei eBay finden Sie uns unter „lederwerk_sauer“, dort haben wir noch alle Farben.""",
  quote="Gibt es die Tasche auch in Cognac?")
m('de', 'gutschein-rabatt', 'reject', 'promotion', 'proactive', 'outlook', "Ihre Bestellung {oid}", """
Mit dem Gutscheincode LEDER10 erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung in unserem Shop. Entdecken Sie auch unsere neue Winterkollektion!""")
m('de', 'bewertung-5-sterne-gutschein', 'reject', 'review', 'proactive', 'gmail', "Wie gefällt Ihnen Ihre Tasche?", """
Wenn Sie zufrieden sind, hinterlassen Sie bitte eine 5-Sterne-Bewertung. Als Dankeschön erhalten Sie einen Amazon-Gutschein über 5 €.""")
m('de', 'bewertung-loeschen', 'reject', 'review', 'reply', 'outlook', None, """
schön, dass der Ersatz passt. Könnten Sie bitte Ihre negative Bewertung löschen oder auf 5 Sterne ändern? Das würde uns sehr helfen.""",
  quote="Der Ersatz ist angekommen und funktioniert.")
m('de', 'gif-inline', 'reject', 'style,attachment', 'reply', 'gmail', None, """
Ihr Ersatzteil ist heute rausgegangen (DHL 00340434161234567891). Wir wünschen viel Freude damit!""",
  quote="Wann kommt das Ersatzteil?", html_extra='<img src="cid:ii_lw3k9gif0" alt="danke.gif" width="200" height="80">',
  att=[('gif-inline', 'ii_lw3k9gif0', 'danke.gif')])
m('de', 'storno-bitte-kunde', 'reject', 'ask', 'proactive', 'thunderbird', "Ihre Bestellung {oid}", """
leider ist der Artikel nicht mehr auf Lager. Bitte stornieren Sie die Bestellung {oid} selbst über „Meine Bestellungen“, damit unser Konto nicht belastet wird.""")
m('de', 'wichtig-missbrauch', 'reject', 'important', 'proactive', 'gmail', "[Important] Ihre Meinung ist uns wichtig", """
wir hoffen, Ihre Bestellung {oid} ist gut angekommen. Möchten Sie Ihre Erfahrung mit anderen Kunden teilen und eine Produktbewertung auf Amazon schreiben?""")
m('de', 'anhang-exe', 'reject', 'attachment', 'reply', 'outlook', None, """
bitte installieren Sie den beigefügten Treiber, dann erkennt Windows die Webcam.""",
  quote="Die Webcam wird unter Windows 11 nicht erkannt.", att=[('exe', 'Treiber-Setup.exe')])
m('de', 'nur-danke', 'reject', 'proactive', 'proactive', 'applemail', "Danke für Ihre Bestellung!", """
Vielen Dank für Ihre Bestellung {oid}! Bei Fragen sind wir jederzeit für Sie da.""")
m('de', 'nur-versandbestaetigung', 'reject', 'proactive', 'proactive', 'plain', "Ihre Bestellung {oid} wurde versandt", """
Ihre Bestellung {oid} wurde heute mit DHL versandt. Sendungsnummer: 00340434161234567892
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567892""")

# ------------------------------------------------------------------ French (fr)
m('fr', 'suivi-colissimo', 'pass', '-', 'reply', 'gmail', None, """
Votre colis a été remis à Colissimo le 17 novembre, numéro de suivi 6A12345678901 :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901
La livraison est prévue jeudi.""", quote="Bonjour, je n'ai toujours pas reçu ma commande {oid}.", tld='fr')
m('fr', 'suivi-postes-canada', 'pass', '-', 'reply', 'outlook', None, """
Votre commande {oid} est en route avec Postes Canada :
https://www.canadapost-postescanada.ca/track-reperage/fr#/search?searchFor=7023210039414605
Livraison estimée le 24 novembre.""", quote="Où en est ma commande? Je n'ai pas de numéro de suivi.", tld='ca')
m('fr', 'suivi-bpost', 'pass', '-', 'reply', 'applemail', None, """
Votre colis est chez bpost, numéro 323212345678901234 :
https://track.bpost.cloud/btr/web/#/search?itemCode=323212345678901234&lang=fr
Il sera livré demain dans votre point relais.""", quote="Le colis est-il parti ? Merci.", tld='com.be')
m('fr', 'annulation-confirmee', 'pass', '-', 'reply', 'thunderbird', None, """
Comme demandé, nous avons annulé la commande {oid}. Aucun montant n'a été débité.""",
  quote="Merci d'annuler ma commande, je me suis trompé de taille.", tld='fr')
m('fr', 'important-personnalisation', 'pass', '-', 'proactive', 'outlook', "[Important] Texte de gravure pour votre commande {oid}", """
Avant de graver votre bracelet (commande {oid}), merci de confirmer le texte exact :

« Pour Léa – 12.06.2026 »

Nous lancerons la gravure dès réception de votre réponse.""", tld='fr')
m('fr', 'rdv-livraison', 'pass', '-', 'proactive', 'gmail', "[Important] Rendez-vous de livraison pour votre armoire - commande {oid}", """
Votre armoire (commande {oid}) sera livrée par deux transporteurs. Quel créneau vous convient ?

- mardi 24 novembre, 8 h – 12 h
- mercredi 25 novembre, 13 h – 18 h""", tld='fr')
m('fr', 'merci-avis-reponse', 'pass', '-', 'reply', 'applemail', None, """
Merci pour votre retour, et toutes nos excuses pour la poignée cassée. Une nouvelle poignée est partie aujourd'hui avec Chronopost, numéro XY123456789FR :
https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR""", quote="La poignée du tiroir est arrivée cassée.", tld='fr')
m('fr', 'facture-pdf', 'pass', '-', 'proactive', 'outlook', "Votre facture - commande {oid}", """
Veuillez trouver ci-joint la facture de votre commande {oid}.""", att=[('pdf', 'Facture-F2026-0932.pdf', 'Facture F2026-0932')], tld='fr')
m('fr', 'retour-amazon', 'pass', '-', 'reply', 'plain', None, """
Vous pouvez effectuer le retour depuis Vos commandes :
https://www.amazon.fr/gp/css/returns/homepage.html?orderId={oid}
Le remboursement de 39,90 € sera effectué à réception du colis.""", quote="Le pull est trop petit, puis-je le retourner ?", tld='fr')
m('fr', 'lien-site-perso', 'reject', 'links,promotion', 'reply', 'gmail', None, """
La housse est bien compatible. Retrouvez toutes nos autres housses sur www.atelier-brume-boutique.fr""",
  quote="La housse va-t-elle sur le modèle 2024 ?", tld='fr')
m('fr', 'contact-arobase', 'reject', 'contact', 'reply', 'thunderbird', None, """
Pour aller plus vite, écrivez-nous à sav arobase atelier-brume point fr avec une photo du défaut.""",
  quote="La couture est défaite.", tld='fr')
m('fr', 'promo-code', 'reject', 'promotion', 'proactive', 'outlook', "Votre commande {oid}", """
Pour vous remercier, profitez de -15 % sur votre prochaine commande avec le code BRUME15. Découvrez aussi notre nouvelle collection d'hiver !""", tld='fr')
m('fr', 'avis-produit-offert', 'reject', 'review', 'proactive', 'gmail', "Un cadeau pour vous", """
Laissez un avis sur votre commande {oid} et recevez un deuxième coussin offert ! Envoyez-nous simplement une capture d'écran.""", tld='fr')
m('fr', 'avis-modifier', 'reject', 'review', 'reply', 'outlook', None, """
Nous sommes ravis que le remplacement vous convienne. Pourriez-vous modifier votre avis négatif ou le supprimer ?""",
  quote="Le nouvel article fonctionne, merci.", tld='fr')
m('fr', 'emoji', 'reject', 'style', 'reply', 'applemail', None, """
Votre nouvelle lampe est partie ce matin \U0001F389\u2728 Bonne soirée !""", quote="Des nouvelles du remplacement ?", tld='fr', cs='utf-8')
m('fr', 'gif-anime-joint', 'reject', 'style,attachment,proactive', 'proactive', 'gmail', "Merci pour votre commande {oid}", """
Votre commande {oid} est en préparation. Petit cadeau animé en pièce jointe !""", att=[('gif', 'merci-anime.gif')], tld='ca')
m('fr', 'annuler-rupture', 'reject', 'ask', 'proactive', 'thunderbird', "Votre commande {oid}", """
Malheureusement cet article est en rupture de stock. Pourriez-vous annuler vous-même la commande {oid} depuis votre compte ?""", tld='fr')
m('fr', 'important-abus', 'reject', 'important,review', 'proactive', 'outlook', "[Important] Votre avis compte !", """
Si vous êtes satisfait de votre commande {oid}, merci de nous laisser 5 étoiles sur Amazon.""", tld='fr')
m('fr', 'script-javascript', 'reject', 'attachment', 'proactive', 'gmail', "Suivi de votre commande {oid}", """
Ouvrez le fichier joint pour suivre votre commande {oid} en temps réel.""", att=[('js', 'suivi-commande', 'application/javascript')], tld='fr')
m('fr', 'merci-seulement', 'reject', 'proactive', 'proactive', 'plain', "Merci !", """
Merci beaucoup pour votre commande {oid} ! Nous restons à votre disposition.""", tld='com.be')
m('fr', 'expedition-seule', 'reject', 'proactive', 'proactive', 'applemail', "Votre commande {oid} est expédiée", """
Bonne nouvelle : votre commande {oid} a été expédiée avec Colissimo (6A12345678902).""", tld='fr')

# ------------------------------------------------------------------ Spanish (es)
m('es', 'seguimiento-correos', 'pass', '-', 'reply', 'gmail', None, """
Su pedido {oid} salió el 17 de noviembre con Correos. Número de seguimiento PQ4B6A0712345670128001T:
https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4B6A0712345670128001T
Debería llegar el viernes.""", quote="Hola, ¿cuándo llegará mi pedido? Aún no tengo seguimiento.", tld='es')
m('es', 'seguimiento-estafeta', 'pass', '-', 'reply', 'outlook', None, """
Su paquete va con Estafeta, guía 8055123456:
https://www.estafeta.com/Herramientas/Rastreo
La entrega estimada a su código postal 06700 es el 24 de noviembre.""", quote="¿Con qué paquetería enviaron mi pedido?", tld='com.mx')
m('es', 'seguimiento-correos-mexico', 'pass', '-', 'reply', 'applemail', None, """
El libro se envió por Correos de México con el número MX123456789MX:
https://www.correosdemexico.gob.mx/SSLServicios/SeguimientoEnvio/Seguimiento.aspx
El costo de envío de $89.00 MXN ya estaba incluido.""", quote="No encuentro el número de rastreo.", tld='com.mx')
m('es', 'cancelacion-confirmada', 'pass', '-', 'reply', 'thunderbird', None, """
Tal como nos pidió, hemos cancelado el pedido {oid}. No se le ha realizado ningún cargo.""",
  quote="Por favor, cancelen mi pedido, me equivoqué de color.", tld='es')
m('es', 'importante-personalizacion', 'pass', '-', 'proactive', 'outlook', "[Important] Confirmación del texto grabado - pedido {oid}", """
Antes de grabar su taza (pedido {oid}) confirme, por favor, el texto exacto:

«Feliz aniversario, Marta»

Empezaremos en cuanto recibamos su respuesta.""", tld='es')
m('es', 'direccion-incompleta', 'pass', '-', 'proactive', 'gmail', "Problema con la dirección de envío del pedido {oid}", """
La agencia de transporte no pudo entregar su pedido {oid} porque falta el piso y la puerta en la dirección de envío (Calle Mayor 14, 28013 Madrid).
¿Nos puede indicar la dirección completa? Volveremos a enviarlo sin coste.""", tld='es')
m('es', 'gracias-comentarios', 'pass', '-', 'reply', 'applemail', None, """
Gracias por sus comentarios y disculpe las molestias. Le hemos enviado hoy una tapa nueva con SEUR; la recibirá en 48 horas.""",
  quote="La tapa llegó rota.", tld='es')
m('es', 'factura-pdf', 'pass', '-', 'reply', 'outlook', None, """
Adjuntamos la factura con IVA de su pedido {oid}.""", quote="Necesito factura a nombre de mi empresa.",
  att=[('pdf', 'Factura-FV-2026-3381.pdf', 'Factura FV-2026-3381')], tld='es')
m('es', 'resena-neutral', 'pass', '-', 'proactive', 'gmail', "Su pedido {oid}", """
Esperamos que su pedido {oid} haya llegado bien. ¿Le gustaría compartir su experiencia con otros clientes dejando una reseña del producto en Amazon?""", tld='com.mx')
m('es', 'enlace-espaciado', 'reject', 'links,promotion', 'reply', 'gmail', None, """
Ese modelo ya no lo tenemos aquí, pero en nuestra web h t t p s : / / casaolivo . es encontrará más colores.""",
  quote="¿Tienen la lámpara en verde?", tld='es')
m('es', 'contacto-arroba', 'reject', 'contact', 'reply', 'plain', None, """
Para la garantía escríbanos a garantia arroba casaolivo punto es o llámenos al 912 345 678.""",
  quote="El ventilador hace ruido.", tld='es')
m('es', 'tienda-mercadolibre', 'reject', 'contact,promotion', 'reply', 'outlook', None, """
En Amazon se agotó, pero en Mercado Libre tenemos todas las tallas en nuestra tienda CasaOlivoMX.""",
  quote="¿Tendrán talla M pronto?", tld='com.mx')
m('es', 'cupon-descuento', 'reject', 'promotion', 'proactive', 'applemail', "Un regalo para usted", """
Gracias por su pedido {oid}. Use el cupón DESCUENTO10 en su próxima compra y obtenga un 10 % de descuento en toda la colección.""", tld='es')
m('es', 'resena-reembolso', 'reject', 'review', 'proactive', 'gmail', "Su opinión sobre el pedido {oid}", """
Si publica una reseña de 5 estrellas, le reembolsaremos el 50 % del producto. Envíenos el enlace de su reseña.""", tld='es')
m('es', 'resena-eliminar', 'reject', 'review', 'reply', 'thunderbird', None, """
Nos alegra haberlo solucionado. ¿Podría eliminar su reseña negativa o cambiarla por una positiva?""",
  quote="Ya recibí el cambio, funciona.", tld='es')
m('es', 'baja-suscripcion', 'reject', 'style', 'proactive', 'outlook', "Su pedido {oid}", """
Esperamos que disfrute su compra (pedido {oid}). ¿Le gustaría dejar una reseña del producto en Amazon?

Si no desea recibir más correos, haga clic aquí para darse de baja.""", tld='es')
m('es', 'cancelar-sin-stock', 'reject', 'ask', 'proactive', 'gmail', "Problema con su pedido {oid}", """
Lamentablemente nos hemos quedado sin stock. ¿Podría cancelar usted el pedido {oid} desde Mis pedidos?""", tld='com.mx')
m('es', 'importante-abuso', 'reject', 'important', 'proactive', 'applemail', "[Important] ¿Qué tal su compra?", """
Gracias por comprar con nosotros (pedido {oid}). ¿Le gustaría compartir su experiencia dejando una reseña en Amazon?""", tld='es')
m('es', 'adjunto-zip', 'reject', 'attachment', 'reply', 'gmail', None, """
Le adjuntamos las fotos de nuestros nuevos modelos en un archivo comprimido.""",
  quote="¿Tienen otros modelos parecidos?", att=[('zip', 'modelos-2027.zip', ['modelo-1.jpg', 'modelo-2.jpg', 'abrir.bat'])], tld='es')
m('es', 'solo-gracias', 'reject', 'proactive', 'proactive', 'thunderbird', "¡Gracias por su compra!", """
¡Muchas gracias por su pedido {oid}! Estamos aquí para lo que necesite.""", tld='com.mx')
m('es', 'solo-envio', 'reject', 'proactive', 'proactive', 'outlook', "Su pedido {oid} ha sido enviado", """
Su pedido {oid} ha sido enviado hoy con Correos Express. Número de envío 3230012345678.""", tld='es')

# ------------------------------------------------------------------ Italian (it)
m('it', 'tracking-poste', 'pass', '-', 'reply', 'gmail', None, """
il suo pacco è stato affidato a Poste Italiane il 17 novembre, codice 1UW1234567890:
https://www.poste.it/cerca/index.html#/risultati-spedizioni/1UW1234567890
La consegna è prevista per giovedì.""", quote="Buongiorno, quando arriva il mio ordine {oid}?")
m('it', 'tracking-brt', 'pass', '-', 'reply', 'outlook', None, """
la spedizione è con BRT, numero 123456789012345:
https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=123456789012345
In caso di assenza il corriere lascerà un avviso.""", quote="Con quale corriere arriva il divano?")
m('it', 'annullamento-confermato', 'pass', '-', 'reply', 'applemail', None, """
come richiesto abbiamo annullato l'ordine {oid}. Non le è stato addebitato nulla.""", quote="Vorrei annullare l'ordine, ho sbagliato misura.")
m('it', 'importante-incisione', 'pass', '-', 'proactive', 'outlook', "[Important] Testo dell'incisione - ordine {oid}", """
prima di incidere la sua penna (ordine {oid}) le chiediamo di confermare il testo:

"Dott. Rossi - 2026"

Procederemo appena riceveremo la sua conferma.""")
m('it', 'appuntamento-consegna', 'pass', '-', 'proactive', 'thunderbird', "[Important] Appuntamento per la consegna - ordine {oid}", """
il suo armadio (ordine {oid}) richiede una consegna al piano. Il corriere può passare martedì 24 novembre (9-13) o mercoledì 25 novembre (14-18). Quale preferisce?""")
m('it', 'grazie-feedback', 'pass', '-', 'reply', 'gmail', None, """
grazie per il suo feedback e ci scusi per il disagio. Abbiamo spedito oggi un nuovo coperchio con GLS, numero 6U1234567890.""",
  quote="Il coperchio è arrivato rotto.")
m('it', 'garanzia-pdf', 'pass', '-', 'reply', 'outlook', None, """
in allegato trova il certificato di garanzia (24 mesi) per il modello BC-220, ordine {oid}.""",
  quote="Non trovo la garanzia nella scatola.", att=[('pdf', 'Garanzia-BC-220.pdf', 'Garanzia BC-220')])
m('it', 'recensione-neutrale', 'pass', '-', 'proactive', 'gmail', "Il suo ordine {oid}", """
speriamo che il suo ordine {oid} sia arrivato in perfette condizioni. Le andrebbe di condividere la sua esperienza lasciando una recensione del prodotto su Amazon?""")
m('it', 'numeri-prezzi', 'pass', '-', 'reply', 'plain', None, """
il filtro di ricambio per il modello BC-220 è il codice FR-220-3 (ASIN B0D4K8Z2QW), prezzo 9,90 euro.
Il suo ordine {oid} del 12/11/2026 include già due filtri.""", quote="Quale filtro devo comprare per la BC-220?")
m('it', 'link-youtube', 'reject', 'links', 'reply', 'gmail', None, """
per il montaggio guardi il nostro video: https://www.youtube.com/watch?v=AbCdEfGh123""", quote="Come si monta la mensola?")
m('it', 'contatto-chiocciola', 'reject', 'contact', 'reply', 'applemail', None, """
per la garanzia ci scriva a assistenza chiocciola bellacasa punto it, risponderemo entro un giorno.""",
  quote="La macchina perde acqua.")
m('it', 'negozio-ebay', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
Su Amazon è esaurito, ma lo trova nel nostro negozio eBay "bellacasa_italia" insieme a tanti altri articoli.""",
  quote="Tornerà disponibile il modello grigio?")
m('it', 'codice-sconto', 'reject', 'promotion', 'proactive', 'outlook', "Il suo ordine {oid}", """
Per ringraziarla, ecco il codice sconto GRAZIE10: 10% di sconto sul prossimo acquisto nel nostro negozio.""")
m('it', 'recensione-5-stelle', 'reject', 'review', 'proactive', 'gmail', "Ci aiuti con una recensione", """
Se è soddisfatto dell'ordine {oid}, ci lasci una recensione a 5 stelle. Se qualcosa non va, ci contatti prima di scrivere la recensione.""")
m('it', 'recensione-modifica', 'reject', 'review', 'reply', 'outlook', None, """
siamo felici che il problema sia risolto. Potrebbe modificare la sua recensione da 1 stella?""", quote="Il nuovo pezzo funziona.")
m('it', 'emoji', 'reject', 'style', 'proactive', 'applemail', "Informazioni sull'indirizzo - ordine {oid}", """
Il corriere segnala che manca il numero civico nell'indirizzo di consegna dell'ordine {oid} \U0001F69A\U0001F4EC Ci può indicare l'indirizzo completo?""", cs='utf-8')
m('it', 'annulla-esaurito', 'reject', 'ask', 'proactive', 'gmail', "Problema con l'ordine {oid}", """
purtroppo l'articolo è esaurito. Può annullare lei l'ordine {oid} dalla sezione I miei ordini?""")
m('it', 'importante-abuso', 'reject', 'important', 'proactive', 'thunderbird', "[Important] Grazie per il suo acquisto", """
grazie per aver scelto il nostro negozio (ordine {oid}). Le andrebbe di lasciare una recensione del prodotto su Amazon?""")
m('it', 'script-js', 'reject', 'attachment', 'reply', 'gmail', None, """
Esegua lo script allegato per aggiornare il firmware della bilancia.""", quote="La bilancia non si collega all'app.",
  att=[('js', 'aggiornamento.js', 'text/javascript')])
m('it', 'solo-grazie', 'reject', 'proactive', 'proactive', 'plain', "Grazie!", """
Grazie mille per il suo ordine {oid}! Restiamo a disposizione per qualsiasi domanda.""")
m('it', 'solo-spedizione', 'reject', 'proactive', 'proactive', 'outlook', "Ordine {oid} spedito", """
Il suo ordine {oid} è stato spedito oggi con SDA, lettera di vettura 6A12345678.""")

# ------------------------------------------------------------------ Dutch (nl)
m('nl', 'track-postnl', 'pass', '-', 'reply', 'gmail', None, """
Uw pakket is op 17 november aan PostNL meegegeven, barcode 3SABCD1234567:
https://jouw.postnl.nl/track-and-trace/3SABCD1234567-NL-1012AB
Het wordt donderdag bezorgd.""", quote="Hallo, wanneer komt mijn bestelling {oid}?", tld='nl')
m('nl', 'track-bpost', 'pass', '-', 'reply', 'outlook', None, """
Uw bestelling {oid} is onderweg met bpost:
https://track.bpost.cloud/btr/web/#/search?itemCode=323212345678901299&lang=nl
Levering verwacht op 24 november.""", quote="Is mijn bestelling al verzonden?", tld='com.be')
m('nl', 'annulering-bevestigd', 'pass', '-', 'reply', 'applemail', None, """
Zoals gevraagd hebben wij bestelling {oid} geannuleerd. Er is niets afgeschreven.""", quote="Kunt u mijn bestelling annuleren? Verkeerde maat besteld.", tld='nl')
m('nl', 'belangrijk-gravure', 'pass', '-', 'proactive', 'outlook', "[Important] Tekst voor de gravure - bestelling {oid}", """
Voordat wij uw fietsbel graveren (bestelling {oid}), wilt u de tekst bevestigen?

"Voor opa Henk"

Wij starten zodra u reageert.""", tld='nl')
m('nl', 'adres-probleem', 'pass', '-', 'proactive', 'thunderbird', "Probleem met het bezorgadres - bestelling {oid}", """
PostNL kon uw bestelling {oid} niet bezorgen: in het bezorgadres ontbreekt het huisnummer (Prinsengracht, 1015 DV Amsterdam).
Wilt u het volledige adres doorgeven? Wij versturen het pakket dan opnieuw.""", tld='nl')
m('nl', 'dank-feedback', 'pass', '-', 'reply', 'gmail', None, """
Bedankt voor uw feedback en excuses voor het ongemak. Er is vandaag een nieuw spatbord naar u verstuurd met DHL (JVGL0612345678901234).""",
  quote="Het spatbord was gebroken bij aankomst.", tld='nl')
m('nl', 'handleiding-pdf', 'pass', '-', 'reply', 'outlook', None, """
In de bijlage vindt u de handleiding voor de montage van de fietsendrager FD-2.""",
  quote="De handleiding zat niet in de doos.", att=[('pdf', 'Handleiding-FD-2.pdf', 'Handleiding FD-2')], tld='nl')
m('nl', 'review-neutraal', 'pass', '-', 'proactive', 'gmail', "Uw bestelling {oid}", """
Wij hopen dat uw bestelling {oid} goed is aangekomen. Wilt u uw ervaring met andere klanten delen door een productrecensie op Amazon achter te laten?""", tld='nl')
m('nl', 'retour-amazon', 'pass', '-', 'reply', 'plain', None, """
U kunt het retourneren via Mijn bestellingen:
https://www.amazon.nl/gp/css/returns/homepage.html?orderId={oid}
Na ontvangst storten wij € 49,95 terug.""", quote="Het zadel past niet, kan ik het terugsturen?", tld='nl')
m('nl', 'link-webshop', 'reject', 'links,promotion', 'reply', 'gmail', None, """
Die kleur is hier uitverkocht, maar in onze eigen webshop https://hollandsefietsen-shop.nl hebben we nog alles op voorraad.""",
  quote="Komt de rode weer terug?", tld='nl')
m('nl', 'contact-telefoon', 'reject', 'contact', 'reply', 'applemail', None, """
Bel ons gerust even op 06-12345678, dan lossen we het telefonisch op.""", quote="Mijn fietsslot gaat niet open.", tld='nl')
m('nl', 'bol-com', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
U vindt ons ook op bol.com onder de naam Hollandse Fietsen, daar hebben we meer accessoires.""", quote="Hebben jullie ook fietstassen?", tld='nl')
m('nl', 'kortingscode', 'reject', 'promotion', 'proactive', 'outlook', "Uw bestelling {oid}", """
Als dank voor uw bestelling {oid}: met kortingscode FIETS10 krijgt u 10% korting op uw volgende aankoop!""", tld='nl')
m('nl', 'review-gratis', 'reject', 'review', 'proactive', 'gmail', "Een cadeautje voor u", """
Laat een positieve review achter voor bestelling {oid} en ontvang gratis een fietslampje!""", tld='nl')
m('nl', 'review-verwijderen', 'reject', 'review', 'reply', 'outlook', None, """
Fijn dat het nu werkt. Zou u uw negatieve recensie willen verwijderen?""", quote="De nieuwe werkt wel.", tld='com.be')
m('nl', 'gif-inline', 'reject', 'style,attachment', 'reply', 'applemail', None, """
Het vervangende onderdeel is vandaag verstuurd met PostNL (3SABCD7654321).""", quote="Wanneer komt het onderdeel?",
  html_extra='<img src="cid:part1.3f2a9b1c.7d4e5f60@hollandsefietsen.example" alt="bedankt.gif">',
  att=[('gif-inline', 'part1.3f2a9b1c.7d4e5f60@hollandsefietsen.example', 'bedankt.gif')], tld='nl')
m('nl', 'annuleren-voorraad', 'reject', 'ask', 'proactive', 'gmail', "Uw bestelling {oid}", """
Helaas is dit artikel niet meer op voorraad. Wilt u bestelling {oid} zelf annuleren via Mijn bestellingen?""", tld='nl')
m('nl', 'belangrijk-misbruik', 'reject', 'important,proactive', 'proactive', 'thunderbird', "[Important] Bedankt!", """
Hartelijk dank voor uw bestelling {oid}! Wij staan voor u klaar als u vragen heeft.""", tld='nl')
m('nl', 'bijlage-folder', 'reject', 'attachment,promotion', 'proactive', 'outlook', "Onze nieuwe collectie", """
Bij bestelling {oid} sturen wij u graag onze nieuwe folder met de wintercollectie mee.""", att=[('jpg', 'folder-winter.jpg')], tld='nl')
m('nl', 'alleen-bedankt', 'reject', 'proactive', 'proactive', 'gmail', "Bedankt voor uw bestelling", """
Hartelijk bedankt voor uw bestelling {oid}!""", tld='nl')
m('nl', 'alleen-verzonden', 'reject', 'proactive', 'proactive', 'plain', "Bestelling {oid} verzonden", """
Uw bestelling {oid} is vandaag verzonden met PostNL, barcode 3SABCD1112223.""", tld='nl')

# ------------------------------------------------------------------ Polish (pl)
m('pl', 'sledzenie-inpost', 'pass', '-', 'reply', 'gmail', None, """
przesyłka została nadana 17 listopada przez InPost, numer 620123456789012345678901:
https://inpost.pl/sledzenie-przesylek?number=620123456789012345678901
Paczka będzie w paczkomacie w czwartek.""", quote="Kiedy dotrze moje zamówienie {oid}?")
m('pl', 'sledzenie-poczta', 'pass', '-', 'reply', 'outlook', None, """
książka została wysłana Pocztą Polską, numer RR123456789PL:
https://emonitoring.poczta-polska.pl/?numer=RR123456789PL
Opłata 12,99 zł była już wliczona.""", quote="Nie mam numeru do śledzenia.")
m('pl', 'anulowanie-potwierdzone', 'pass', '-', 'reply', 'applemail', None, """
zgodnie z prośbą anulowaliśmy zamówienie {oid}. Żadna kwota nie została pobrana.""", quote="Proszę anulować zamówienie, pomyliłam rozmiar.")
m('pl', 'wazne-grawer', 'pass', '-', 'proactive', 'outlook', "[Important] Treść grawerunku - zamówienie {oid}", """
zanim wygrawerujemy deskę (zamówienie {oid}), prosimy o potwierdzenie tekstu:

„Dla Marka – 15.11.2026”

Rozpoczniemy pracę po Pani/Pana odpowiedzi.""")
m('pl', 'termin-dostawy', 'pass', '-', 'proactive', 'thunderbird', "[Important] Termin dostawy szafy - zamówienie {oid}", """
szafa (zamówienie {oid}) wymaga dostawy z wniesieniem. Kurier może przyjechać we wtorek 24.11 (8–12) lub w środę 25.11 (12–16). Który termin pasuje?""")
m('pl', 'dziekujemy-opinia', 'pass', '-', 'reply', 'gmail', None, """
dziękujemy za opinię i przepraszamy za kłopot. Nowa pokrywka została dziś wysłana kurierem DPD (numer 1234567890123).""",
  quote="Pokrywka przyszła pęknięta.")
m('pl', 'faktura-pdf', 'pass', '-', 'reply', 'outlook', None, """
w załączniku przesyłamy fakturę VAT do zamówienia {oid}.""", quote="Potrzebuję faktury na firmę.", att=[('pdf', 'Faktura-FV-11-2026.pdf', 'Faktura FV 11/2026')])
m('pl', 'opinia-neutralna', 'pass', '-', 'proactive', 'gmail', "Zamówienie {oid}", """
mamy nadzieję, że zamówienie {oid} dotarło bez problemów. Czy zechce Pani/Pan podzielić się swoimi wrażeniami, wystawiając recenzję produktu na Amazon?""")
m('pl', 'numery-modeli', 'pass', '-', 'reply', 'plain', None, """
do modelu KT-500 pasuje zasilacz ZS-12V-2A (ASIN B0CZ9Y7XK1), cena 39,00 zł.
Zamówienie {oid} zostało doręczone 12.11.2026.""", quote="Jaki zasilacz pasuje do KT-500?")
m('pl', 'link-facebook', 'reject', 'links', 'reply', 'gmail', None, """
Instrukcję wideo znajdzie Pan na naszym profilu: https://www.facebook.com/polskierzemioslo/videos""", quote="Jak zamontować półkę?")
m('pl', 'kontakt-malpa', 'reject', 'contact', 'reply', 'applemail', None, """
w sprawie reklamacji prosimy pisać na adres reklamacje małpa rzemioslo kropka pl.""", quote="Szuflada się zacina.")
m('pl', 'kontakt-telefon-nbsp', 'reject', 'contact', 'reply', 'thunderbird', None, """
Najszybciej załatwimy to telefonicznie: 600\u2011123\u2011456 (pon.–pt. 8–16).""", quote="Kiedy dostanę zwrot?", cs='utf-8')
m('pl', 'allegro', 'reject', 'contact,promotion', 'reply', 'outlook', None, """
Ten kolor jest dostępny w naszym sklepie na Allegro, tam mamy też inne wzory.""", quote="Czy będzie kolor zielony?")
m('pl', 'kod-rabatowy', 'reject', 'promotion', 'proactive', 'gmail', "Zamówienie {oid}", """
W podziękowaniu za zamówienie {oid} mamy dla Pani/Pana kod rabatowy RZEMIOSLO15 – 15% zniżki na kolejne zakupy!""")
m('pl', 'opinia-5-gwiazdek', 'reject', 'review', 'proactive', 'outlook', "Prośba o opinię", """
Jeśli jest Pani/Pan zadowolona/y, prosimy o opinię z 5 gwiazdkami. W zamian zwrócimy koszty wysyłki.""")
m('pl', 'opinia-usun', 'reject', 'review', 'reply', 'gmail', None, """
cieszymy się, że problem został rozwiązany. Czy mogłaby Pani usunąć negatywną opinię?""", quote="Nowy egzemplarz działa.")
m('pl', 'emoji', 'reject', 'style', 'reply', 'applemail', None, """
Paczka z wymianą wyjechała dziś rano \U0001F680\U0001F642""", quote="Co z wymianą?", cs='utf-8')
m('pl', 'prosba-anulowanie', 'reject', 'ask', 'proactive', 'thunderbird', "Zamówienie {oid}", """
niestety produkt jest niedostępny. Prosimy o samodzielne anulowanie zamówienia {oid} w zakładce Twoje zamówienia.""")
m('pl', 'wazne-naduzycie', 'reject', 'important', 'proactive', 'outlook', "[Important] Jak oceniasz zakupy?", """
dziękujemy za zamówienie {oid}. Czy zechce Pani/Pan wystawić recenzję produktu na Amazon?""")
m('pl', 'zalacznik-exe', 'reject', 'attachment', 'reply', 'gmail', None, """
w załączniku program do konfiguracji kamery.""", quote="Kamera nie łączy się z Wi-Fi.", att=[('exe', 'KonfiguratorKamery.exe')])
m('pl', 'tylko-podziekowanie', 'reject', 'proactive', 'proactive', 'plain', "Dziękujemy!", """
Serdecznie dziękujemy za zamówienie {oid}! W razie pytań jesteśmy do dyspozycji.""")
m('pl', 'tylko-wysylka', 'reject', 'proactive', 'proactive', 'applemail', "Zamówienie {oid} wysłane", """
Zamówienie {oid} zostało dziś wysłane kurierem InPost.""")

# ------------------------------------------------------------------ Swedish (sv)
m('sv', 'spara-postnord', 'pass', '-', 'reply', 'gmail', None, """
Ditt paket lämnades till PostNord den 17 november, kollinummer 00370712345678901234:
https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=00370712345678901234
Det bör komma fram på torsdag.""", quote="Hej, när kommer min beställning {oid}?")
m('sv', 'spara-dhl', 'pass', '-', 'reply', 'outlook', None, """
Lampan skickades med DHL Freight, sändningsnummer 1234567890:
https://www.dhl.com/se-sv/home/tracking.html?tracking-id=1234567890
Du får ett sms när den finns hos ditt ombud.""", quote="Vilket ombud ska jag hämta paketet hos?")
m('sv', 'avbokning-bekraftad', 'pass', '-', 'reply', 'applemail', None, """
Som du bad om har vi avbeställt order {oid}. Inga pengar har dragits.""", quote="Kan ni avbryta min beställning? Jag beställde fel färg.")
m('sv', 'viktigt-gravyr', 'pass', '-', 'proactive', 'outlook', "[Important] Text för gravyr - order {oid}", """
Innan vi graverar din skärbräda (order {oid}) vill vi att du bekräftar texten:

"Familjen Lindqvist 2026"

Vi börjar så fort du svarar.""")
m('sv', 'adressproblem', 'pass', '-', 'proactive', 'thunderbird', "Problem med leveransadressen - order {oid}", """
PostNord kunde inte leverera order {oid} eftersom lägenhetsnumret saknas i leveransadressen (Storgatan 5, 114 55 Stockholm).
Kan du svara med fullständig adress? Vi skickar då paketet igen utan kostnad.""")
m('sv', 'tack-for-feedback', 'pass', '-', 'reply', 'gmail', None, """
Tack för din feedback, och förlåt för besväret. En ny lampskärm skickades i dag med PostNord.""", quote="Lampskärmen var trasig.")
m('sv', 'garanti-pdf', 'pass', '-', 'reply', 'outlook', None, """
Här kommer garantibeviset för lampa NL-40 som bifogad PDF. Garantin gäller i 3 år från leveransdagen.""",
  quote="Jag hittar inte garantin.", att=[('pdf', 'Garanti-NL-40.pdf', 'Garanti NL-40')])
m('sv', 'recension-neutral', 'pass', '-', 'proactive', 'gmail', "Din order {oid}", """
Vi hoppas att din order {oid} har kommit fram. Vill du dela din upplevelse med andra kunder genom att lämna en produktrecension på Amazon?""")
m('sv', 'nummer-pris', 'pass', '-', 'reply', 'plain', None, """
Glödlampan till NL-40 har artikelnummer GL-E27-6W (ASIN B0B5T2N8QM) och kostar 89 kr.
Din order {oid} levererades 2026-11-12.""", quote="Vilken glödlampa passar i NL-40?")
m('sv', 'lank-pinterest', 'reject', 'links', 'reply', 'gmail', None, """
Inspiration för hur lampan kan placeras hittar du här: https://www.pinterest.se/nordlyslampen/""", quote="Var passar lampan bäst?")
m('sv', 'instagram-konto', 'reject', 'contact', 'reply', 'applemail', None, """
Skicka gärna en bild på felet till vårt Instagram-konto @nordlyslampen så hjälper vi dig direkt.""", quote="Lampan blinkar.")
m('sv', 'rabattkod', 'reject', 'promotion', 'proactive', 'outlook', "Din order {oid}", """
Tack för din order {oid}! Använd rabattkoden NORDLYS20 för 20 % rabatt på nästa köp i vår butik.""")
m('sv', 'recension-5-stjarnor', 'reject', 'review', 'proactive', 'gmail', "Hur gillar du lampan?", """
Om du är nöjd med order {oid}, lämna gärna ett betyg med 5 stjärnor på Amazon!""")
m('sv', 'recension-andra', 'reject', 'review', 'reply', 'thunderbird', None, """
Skönt att det löste sig. Kan du ändra ditt betyg på 1 stjärna nu när du har fått en ny lampa?""", quote="Nya lampan fungerar.")
m('sv', 'avregistrera', 'reject', 'style', 'proactive', 'outlook', "Din order {oid}", """
Vill du dela din upplevelse genom att lämna en produktrecension för order {oid} på Amazon?

Klicka här för att avregistrera dig från våra utskick.""")
m('sv', 'avbryt-slut-i-lager', 'reject', 'ask', 'proactive', 'gmail', "Din order {oid}", """
Tyvärr är varan slut i lager. Kan du själv avbryta order {oid} under Dina beställningar?""")
m('sv', 'viktigt-missbruk', 'reject', 'important', 'proactive', 'applemail', "[Important] Vad tyckte du?", """
Tack för att du handlade hos oss (order {oid}). Vill du lämna en produktrecension på Amazon?""")
m('sv', 'gif-bifogad', 'reject', 'style,attachment', 'reply', 'gmail', None, """
Den nya lampskärmen skickades i dag. Här kommer en liten hälsning från oss!""", quote="När kommer den nya skärmen?", att=[('gif', 'tack.gif')])
m('sv', 'bara-tack', 'reject', 'proactive', 'proactive', 'thunderbird', "Tack för din beställning!", """
Stort tack för din beställning {oid}! Hör av dig om du har frågor.""")
m('sv', 'bara-skickad', 'reject', 'proactive', 'proactive', 'plain', "Order {oid} har skickats", """
Din order {oid} har skickats med PostNord i dag.""")

# ------------------------------------------------------------------ Turkish (tr)
m('tr', 'takip-yurtici', 'pass', '-', 'reply', 'gmail', None, """
Siparişiniz 17 Kasım'da Yurtiçi Kargo'ya teslim edildi, gönderi kodu 123456789012:
https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=123456789012
Perşembe günü teslim edilmesi bekleniyor.""", quote="Merhaba, {oid} numaralı siparişim ne zaman gelir?")
m('tr', 'takip-aras', 'pass', '-', 'reply', 'outlook', None, """
Kargonuz Aras Kargo ile yolda, takip numarası 3456789012:
https://kargotakip.araskargo.com.tr/mainpage.aspx?code=3456789012""", quote="Kargom hangi firmayla geliyor?")
m('tr', 'takip-ptt', 'pass', '-', 'reply', 'applemail', None, """
Kitap PTT Kargo ile gönderildi, barkod RR123456789TR:
https://gonderitakip.ptt.gov.tr/Track/Verify?q=RR123456789TR
Kargo ücreti 49,90 TL siparişe dahildi.""", quote="Takip numarası alamadım.")
m('tr', 'iptal-onaylandi', 'pass', '-', 'reply', 'thunderbird', None, """
İsteğiniz üzerine {oid} numaralı siparişinizi iptal ettik. Kartınızdan herhangi bir ücret çekilmedi.""",
  quote="Siparişimi iptal edebilir misiniz? Yanlış beden seçtim.")
m('tr', 'onemli-kisisellestirme', 'pass', '-', 'proactive', 'outlook', "[Important] Nakış metni onayı - sipariş {oid}", """
Havlunuza (sipariş {oid}) nakış işlemeden önce lütfen metni onaylayın:

"Ayşe & Can 2026"

Onayınızı aldığımızda işleme başlayacağız.""")
m('tr', 'adres-sorunu', 'pass', '-', 'proactive', 'gmail', "[Important] Teslimat adresinde sorun - sipariş {oid}", """
Kargo firması {oid} numaralı siparişinizi teslim edemedi; teslimat adresinde daire numarası eksik (Bağdat Cad. No: 12, Kadıköy/İstanbul).
Tam adresinizi iletirseniz ücretsiz olarak yeniden göndereceğiz.""")
m('tr', 'geri-bildirim-tesekkur', 'pass', '-', 'reply', 'applemail', None, """
Geri bildiriminiz için teşekkür ederiz, yaşadığınız sorun için özür dileriz. Yeni kapak bugün Yurtiçi Kargo ile gönderildi.""",
  quote="Kapak kırık geldi.")
m('tr', 'fatura-pdf', 'pass', '-', 'proactive', 'outlook', "Siparişinizin faturası - {oid}", """
{oid} numaralı siparişinizin e-arşiv faturası ektedir.""", att=[('pdf', 'Fatura-GIB2026000012345.pdf', 'Fatura GIB2026000012345')])
m('tr', 'degerlendirme-notr', 'pass', '-', 'proactive', 'gmail', "Siparişiniz {oid}", """
Siparişinizin ({oid}) sorunsuz ulaştığını umuyoruz. Amazon'da bir ürün değerlendirmesi bırakarak deneyiminizi diğer müşterilerle paylaşmak ister misiniz?""")
m('tr', 'link-site', 'reject', 'links,promotion', 'reply', 'gmail', None, """
Bu renk burada tükendi, ancak kendi sitemiz https://www.anadolutekstil-shop.com.tr adresinde tüm renkler mevcut.""",
  quote="Lacivert renk tekrar gelecek mi?")
m('tr', 'whatsapp', 'reject', 'contact', 'reply', 'thunderbird', None, """
Hasarlı ürünün fotoğrafını WhatsApp hattımıza (0532 123 45 67) gönderirseniz hemen yenisini yollarız.""", quote="Havlu yırtık geldi.")
m('tr', 'trendyol', 'reject', 'contact,promotion', 'reply', 'outlook', None, """
Trendyol mağazamızda da bizi bulabilirsiniz, orada daha fazla model var.""", quote="Başka modeliniz var mı?")
m('tr', 'indirim-kodu', 'reject', 'promotion', 'proactive', 'applemail', "Siparişiniz {oid}", """
Teşekkür hediyesi olarak bir sonraki alışverişinizde geçerli %15 indirim kodu: ANADOLU15""")
m('tr', 'yorum-5-yildiz', 'reject', 'review', 'proactive', 'gmail', "Memnun kaldınız mı?", """
Memnun kaldıysanız lütfen 5 yıldızlı bir yorum bırakın. Sorun varsa yorum yazmadan önce bize ulaşın.""")
m('tr', 'yorum-sil', 'reject', 'review', 'reply', 'outlook', None, """
Sorunun çözüldüğüne sevindik. Olumsuz yorumunuzu silebilir ya da değiştirebilir misiniz?""", quote="Yeni ürün sorunsuz çalışıyor.")
m('tr', 'emoji', 'reject', 'style', 'reply', 'gmail', None, """
Yeni ürününüz yola çıktı \U0001F69A\U0001F49B""", quote="Değişim ne durumda?", cs='utf-8')
m('tr', 'iptal-rica', 'reject', 'ask', 'proactive', 'thunderbird', "Siparişiniz {oid}", """
Maalesef ürün stokta kalmadı. {oid} numaralı siparişi Siparişlerim bölümünden sizin iptal etmenizi rica ederiz.""")
m('tr', 'onemli-kotuye', 'reject', 'important', 'proactive', 'outlook', "[Important] Görüşleriniz bizim için değerli", """
{oid} numaralı siparişiniz için teşekkür ederiz. Amazon'da ürün değerlendirmesi yazmak ister misiniz?""")
m('tr', 'ek-js', 'reject', 'attachment', 'reply', 'applemail', None, """
Ekteki dosyayı çalıştırarak cihazınızı güncelleyebilirsiniz.""", quote="Tartı uygulamaya bağlanmıyor.", att=[('js', 'guncelleme.js')])
m('tr', 'sadece-tesekkur', 'reject', 'proactive', 'proactive', 'gmail', "Teşekkürler!", """
{oid} numaralı siparişiniz için çok teşekkür ederiz!""")
m('tr', 'sadece-kargolandi', 'reject', 'proactive', 'proactive', 'plain', "Siparişiniz kargoya verildi", """
{oid} numaralı siparişiniz bugün Aras Kargo ile gönderildi.""")

# ------------------------------------------------------------------ Portuguese (pt, Brazil)
m('pt', 'rastreio-correios', 'pass', '-', 'reply', 'gmail', None, """
Seu pedido foi postado nos Correios em 17 de novembro, código AA123456789BR:
https://rastreamento.correios.com.br/app/index.php
A entrega está prevista para quinta-feira.""", quote="Olá, quando chega meu pedido {oid}?")
m('pt', 'rastreio-jadlog', 'pass', '-', 'reply', 'outlook', None, """
O sofá segue pela Jadlog, número 10086123456789:
https://www.jadlog.com.br/jadlog/tracking?cte=10086123456789
O frete de R$ 89,90 já estava incluso.""", quote="Qual transportadora vai entregar o sofá?")
m('pt', 'cancelamento-confirmado', 'pass', '-', 'reply', 'applemail', None, """
Conforme solicitado, cancelamos o pedido {oid}. Nenhum valor foi cobrado.""", quote="Por favor cancelem meu pedido, escolhi a cor errada.")
m('pt', 'importante-personalizacao', 'pass', '-', 'proactive', 'outlook', "[Important] Texto da gravação - pedido {oid}", """
Antes de gravar sua caneca (pedido {oid}), confirme o texto, por favor:

"Feliz aniversário, Pedro!"

Começaremos assim que recebermos sua resposta.""")
m('pt', 'agendamento-entrega', 'pass', '-', 'proactive', 'thunderbird', "[Important] Agendamento da entrega - pedido {oid}", """
A geladeira (pedido {oid}) precisa de entrega agendada. A transportadora pode ir na terça, 24/11 (8h–12h), ou na quarta, 25/11 (13h–18h). Qual prefere?""")
m('pt', 'obrigado-feedback', 'pass', '-', 'reply', 'gmail', None, """
Obrigado pelo seu feedback e desculpe o transtorno. Enviamos hoje uma nova tampa pelos Correios (AA987654321BR).""", quote="A tampa chegou quebrada.")
m('pt', 'nota-fiscal-pdf', 'pass', '-', 'reply', 'outlook', None, """
Segue em anexo a nota fiscal (DANFE) do pedido {oid}.""", quote="Preciso da nota fiscal.", att=[('pdf', 'DANFE-NF-000123456.pdf', 'DANFE NF 000123456')])
m('pt', 'avaliacao-neutra', 'pass', '-', 'proactive', 'gmail', "Seu pedido {oid}", """
Esperamos que seu pedido {oid} tenha chegado bem. Gostaria de compartilhar sua experiência com outros clientes deixando uma avaliação do produto na Amazon?""")
m('pt', 'devolucao-amazon', 'pass', '-', 'reply', 'plain', None, """
Você pode solicitar a devolução em Seus pedidos:
https://www.amazon.com.br/gp/css/returns/homepage.html?orderId={oid}
Reembolsaremos R$ 129,90 assim que o produto chegar.""", quote="A camisa ficou pequena, posso devolver?")
m('pt', 'link-loja', 'reject', 'links,promotion', 'reply', 'gmail', None, """
Essa cor acabou aqui, mas na nossa loja https://lojaverde-oficial.com.br temos todas as cores.""", quote="Vai ter na cor azul?")
m('pt', 'contato-arroba', 'reject', 'contact', 'reply', 'applemail', None, """
Para garantia, escreva para sac arroba lojaverde ponto com ponto br.""", quote="O liquidificador parou.")
m('pt', 'mercado-livre', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
No Mercado Livre você encontra nossa loja LojaVerdeOficial com mais modelos.""", quote="Vocês têm outros tamanhos?")
m('pt', 'cupom', 'reject', 'promotion', 'proactive', 'outlook', "Seu pedido {oid}", """
Como agradecimento, use o cupom VERDE10 e ganhe 10% de desconto na sua próxima compra!""")
m('pt', 'avaliacao-brinde', 'reject', 'review', 'proactive', 'gmail', "Um presente para você", """
Deixe uma avaliação 5 estrelas do pedido {oid} e ganhe um brinde grátis na próxima compra!""")
m('pt', 'avaliacao-alterar', 'reject', 'review', 'reply', 'outlook', None, """
Que bom que resolvemos. Você poderia alterar ou remover sua avaliação negativa?""", quote="O novo funcionou.")
m('pt', 'emoji', 'reject', 'style', 'proactive', 'applemail', "[Important] Endereço de entrega - pedido {oid}", """
Faltou o número no endereço de entrega do pedido {oid} \U0001F3E0\u2753 Pode nos informar o endereço completo?""", cs='utf-8')
m('pt', 'cancelar-estoque', 'reject', 'ask', 'proactive', 'gmail', "Seu pedido {oid}", """
Infelizmente o produto esgotou. Você pode cancelar o pedido {oid} em Seus pedidos?""")
m('pt', 'importante-abuso', 'reject', 'important', 'proactive', 'thunderbird', "[Important] Sua opinião importa", """
Obrigado pelo pedido {oid}. Gostaria de deixar uma avaliação do produto na Amazon?""")
m('pt', 'anexo-catalogo', 'reject', 'attachment,promotion', 'proactive', 'outlook', "Novidades", """
Segue em anexo nosso catálogo com as novidades de verão.""", att=[('jpg', 'catalogo-verao.jpg')])
m('pt', 'so-obrigado', 'reject', 'proactive', 'proactive', 'gmail', "Obrigado pela compra!", """
Muito obrigado pelo seu pedido {oid}! Estamos à disposição.""")
m('pt', 'so-enviado', 'reject', 'proactive', 'proactive', 'plain', "Pedido {oid} enviado", """
Seu pedido {oid} foi enviado hoje pelos Correios, código AA111222333BR.""")

# ------------------------------------------------------------------ Indonesian (id)
m('id', 'lacak-singpost', 'pass', '-', 'reply', 'gmail', None, """
Paket Kakak sudah diserahkan ke Singapore Post pada 17 November, nomor resi RB123456789SG:
https://www.singpost.com/track-items
Perkiraan tiba hari Kamis.""", quote="Halo, pesanan {oid} saya kapan sampai?", tld='sg')
m('id', 'lacak-ninjavan', 'pass', '-', 'reply', 'outlook', None, """
Pesanan Kakak dikirim dengan Ninja Van, nomor resi SGNJV1234567890:
https://www.ninjavan.co/en-sg/tracking?id=SGNJV1234567890""", quote="Pakai kurir apa ya?", tld='sg')
m('id', 'pembatalan-dikonfirmasi', 'pass', '-', 'reply', 'applemail', None, """
Sesuai permintaan Kakak, pesanan {oid} sudah kami batalkan. Tidak ada biaya yang ditagihkan.""",
  quote="Tolong batalkan pesanan saya, salah pilih warna.", tld='sg')
m('id', 'penting-kustom', 'pass', '-', 'proactive', 'outlook', "[Important] Konfirmasi teks bordir - pesanan {oid}", """
Sebelum kami membordir handuk Kakak (pesanan {oid}), mohon konfirmasi teksnya:

"Rina & Dimas 2026"

Kami akan mulai setelah Kakak membalas.""", tld='sg')
m('id', 'masalah-alamat', 'pass', '-', 'proactive', 'thunderbird', "[Important] Masalah alamat pengiriman - pesanan {oid}", """
Kurir tidak dapat mengantar pesanan {oid} karena nomor unit pada alamat pengiriman tidak ada (Blk 123 Ang Mo Kio Ave 3, Singapore 560123).
Mohon kirimkan alamat lengkap agar kami bisa mengirim ulang tanpa biaya.""", tld='sg')
m('id', 'terima-kasih-masukan', 'pass', '-', 'reply', 'gmail', None, """
Terima kasih atas masukan Kakak dan mohon maaf atas ketidaknyamanannya. Tutup pengganti sudah kami kirim hari ini lewat SingPost.""",
  quote="Tutupnya retak waktu sampai.", tld='sg')
m('id', 'faktur-pdf', 'pass', '-', 'reply', 'outlook', None, """
Terlampir faktur untuk pesanan {oid}.""", quote="Boleh minta invoice?", att=[('pdf', 'Invoice-INV-SG-20261120.pdf', 'Invoice INV-SG-20261120')], tld='sg')
m('id', 'ulasan-netral', 'pass', '-', 'proactive', 'gmail', "Pesanan {oid}", """
Semoga pesanan {oid} sudah sampai dengan baik. Apakah Kakak bersedia berbagi pengalaman dengan pelanggan lain dengan memberikan ulasan produk di Amazon?""", tld='sg')
m('id', 'nomor-model', 'pass', '-', 'reply', 'plain', None, """
Adaptor untuk model MX-12 adalah AD-5V-2A (ASIN B0C1Q2W3E4), harga S$ 12.90.
Pesanan {oid} dikirim pada 12/11/2026.""", quote="Adaptor yang cocok untuk MX-12 apa?", tld='sg')
m('id', 'tautan-tiktok', 'reject', 'links', 'reply', 'gmail', None, """
Cara pakainya bisa dilihat di video kami: https://www.tiktok.com/@minh.electronics/video/7300000000000000000""",
  quote="Cara pasangnya gimana?", tld='sg')
m('id', 'kontak-wa', 'reject', 'contact', 'reply', 'applemail', None, """
Silakan chat admin kami lewat WA 0812-3456-7890 biar lebih cepat ya Kak.""", quote="Barangnya tidak menyala.", tld='sg')
m('id', 'toko-shopee', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
Stok di sini habis, tapi di toko Shopee dan Tokopedia kami (MinhElectronicsID) masih ada semua warna.""",
  quote="Warna hitam ada lagi?", tld='sg')
m('id', 'kode-promo', 'reject', 'promotion', 'proactive', 'outlook', "Pesanan {oid}", """
Sebagai ucapan terima kasih, pakai kode promo HEMAT10 untuk diskon 10% di pembelian berikutnya!""", tld='sg')
m('id', 'ulasan-bintang-5', 'reject', 'review', 'proactive', 'gmail', "Puas dengan pesanannya?", """
Kalau Kakak puas, mohon kasih ulasan bintang 5 ya. Kami kirimkan voucher Rp50.000 sebagai terima kasih.""", tld='sg')
m('id', 'ulasan-hapus', 'reject', 'review', 'reply', 'outlook', None, """
Senang masalahnya sudah beres. Boleh tolong hapus ulasan bintang 1 Kakak?""", quote="Yang baru sudah berfungsi.", tld='sg')
m('id', 'emoji', 'reject', 'style', 'reply', 'gmail', None, """
Barang pengganti sudah dikirim hari ini ya Kak \U0001F64F\U0001F60D""", quote="Penggantinya kapan dikirim?", tld='sg', cs='utf-8')
m('id', 'minta-batal', 'reject', 'ask', 'proactive', 'thunderbird', "Pesanan {oid}", """
Mohon maaf, stok barang habis. Bisa tolong Kakak batalkan sendiri pesanan {oid} lewat menu Pesanan Anda?""", tld='sg')
m('id', 'penting-disalahgunakan', 'reject', 'important', 'proactive', 'applemail', "[Important] Bagaimana pesanan Anda?", """
Terima kasih sudah berbelanja (pesanan {oid}). Bersediakah Kakak memberikan ulasan produk di Amazon?""", tld='sg')
m('id', 'lampiran-apk', 'reject', 'attachment', 'reply', 'gmail', None, """
Silakan pasang aplikasi terlampir untuk menghubungkan jam tangan.""", quote="Jamnya tidak bisa tersambung.",
  att=[('zip', 'MinhWatch-app.zip', ['MinhWatch.apk.bat'])], tld='sg')
m('id', 'hanya-terima-kasih', 'reject', 'proactive', 'proactive', 'plain', "Terima kasih!", """
Terima kasih banyak atas pesanan {oid}! Kami siap membantu jika ada pertanyaan.""", tld='sg')
m('id', 'hanya-dikirim', 'reject', 'proactive', 'proactive', 'outlook', "Pesanan {oid} sudah dikirim", """
Pesanan {oid} sudah dikirim hari ini lewat Ninja Van.""", tld='sg')

# ------------------------------------------------------------------ Japanese (ja)
m('ja', 'yamato-tracking', 'pass', '-', 'reply', 'gmail', None, """
ご注文 {oid} は11月17日にヤマト運輸にて発送いたしました。
お問い合わせ伝票番号: 4567-8901-2345
https://toi.kuronekoyamato.co.jp/cgi-bin/tneko
木曜日にお届け予定です。""", quote="注文した商品はいつ届きますか？")
m('ja', 'sagawa-tracking', 'pass', '-', 'reply', 'outlook', None, """
佐川急便でお届けいたします。お問い合わせ番号 360012345678:
https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=360012345678""", quote="配送業者を教えてください。")
m('ja', 'japanpost-tracking', 'pass', '-', 'reply', 'applemail', None, """
ゆうパケットにて発送済みです。追跡番号 123456789012:
https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=123456789012
郵便受けへのお届けとなります。""", quote="追跡番号がわかりません。")
m('ja', 'cancel-kakunin', 'pass', '-', 'reply', 'thunderbird', None, """
ご依頼のとおり、ご注文 {oid} をキャンセルいたしました。代金は請求されません。""", quote="色を間違えたのでキャンセルをお願いします。")
m('ja', 'juyo-kokuin', 'pass', '-', 'proactive', 'outlook', "[重要] 刻印内容のご確認 (注文番号 {oid})", """
ご注文 {oid} のボールペンへの刻印の文字をご確認ください。

「K. Tanaka 2026」

ご返信をいただき次第、刻印を開始いたします。""")
m('ja', 'jusho-fubi', 'pass', '-', 'proactive', 'gmail', "[重要] お届け先住所について (注文番号 {oid})", """
ご注文 {oid} のお届け先住所に部屋番号が記載されておらず、配送業者よりお届けできないとの連絡がありました。
正しいご住所をお知らせいただけますでしょうか。再発送いたします。""")
m('ja', 'feedback-orei', 'pass', '-', 'reply', 'applemail', None, """
ご意見をお寄せいただきありがとうございます。ご不便をおかけし申し訳ございません。
本日、交換品をヤマト運輸にて発送いたしました。""", quote="ふたが割れて届きました。")
m('ja', 'seikyusho-pdf', 'pass', '-', 'reply', 'outlook', None, """
ご注文 {oid} の請求書を添付いたします。""", quote="領収書を発行してもらえますか。", att=[('pdf', 'seikyusho-2026-1120.pdf', 'Invoice 2026-1120')])
m('ja', 'review-neutral', 'pass', '-', 'proactive', 'gmail', "ご注文 {oid} について", """
ご注文 {oid} の商品は無事に届きましたでしょうか。
よろしければ、Amazonで商品レビューを投稿して、ご体験をほかのお客様と共有していただけますと幸いです。""")
m('ja', 'kataban-kakaku', 'pass', '-', 'reply', 'plain', None, """
SZ-200 用の交換フィルターは型番 FL-200-2 (ASIN B0BX7Q9P2M)、価格は 1,980円(税込)です。
ご注文 {oid} は2026年11月12日にお届け済みです。""", quote="SZ-200 のフィルターはどれを買えばいいですか。")
m('ja', 'link-blog', 'reject', 'links', 'reply', 'gmail', None, """
お手入れ方法は当店ブログをご覧ください: https://sakura-zakka.example.jp/blog/care""", quote="お手入れ方法を教えてください。")
m('ja', 'line-id', 'reject', 'contact', 'reply', 'thunderbird', None, """
お手数ですが、LINE ID「@sakurazakka」までお写真をお送りください。すぐに対応いたします。""", quote="商品に傷がありました。")
m('ja', 'rakuten', 'reject', 'contact,promotion', 'reply', 'outlook', None, """
こちらでは売り切れですが、楽天市場の当店「さくら雑貨」では全色ご購入いただけます。""", quote="青色は再入荷しますか？")
m('ja', 'coupon', 'reject', 'promotion', 'proactive', 'applemail', "ご注文 {oid} ありがとうございます", """
次回使える10%OFFクーポンをプレゼント！クーポンコード: SAKURA10""")
m('ja', 'review-hoshi5', 'reject', 'review', 'proactive', 'gmail', "レビューのお願い", """
ご満足いただけましたら星5つの評価をお願いします。ご不満な点がございましたらレビューの前にご連絡ください。""")
m('ja', 'review-sakujo', 'reject', 'review', 'reply', 'outlook', None, """
交換品が問題なく届き安心いたしました。お手数ですが、星1つのレビューを削除または修正していただけないでしょうか。""",
  quote="交換品は大丈夫でした。")
m('ja', 'emoji', 'reject', 'style', 'reply', 'gmail', None, """
交換品を本日発送いたしました\U0001F60A\U0001F381""", quote="交換品はいつ届きますか？", cs='utf-8')
m('ja', 'cancel-onegai', 'reject', 'ask', 'proactive', 'thunderbird', "ご注文 {oid} について", """
誠に申し訳ございませんが、在庫切れのため、お客様ご自身で注文 {oid} のキャンセル手続きをお願いいたします。""")
m('ja', 'juyo-gyoyo', 'reject', 'important,review', 'proactive', 'applemail', "[重要]レビューのお願い", """
ご注文 {oid} の商品はいかがでしたか。☆5の商品レビューを書いてください！""")
m('ja', 'tenpu-gif', 'reject', 'style,attachment', 'proactive', 'outlook', "[重要] 刻印のご確認 (注文番号 {oid})", """
刻印デザインのアニメーションを添付しました。文字をご確認ください。""", att=[('gif', 'kokuin-anime.gif')])
m('ja', 'orei-nomi', 'reject', 'proactive', 'proactive', 'gmail', "ご購入ありがとうございます", """
このたびはご注文 {oid} をいただき、誠にありがとうございました。""")
m('ja', 'hassou-nomi', 'reject', 'proactive', 'proactive', 'plain', "発送完了のお知らせ", """
ご注文 {oid} の商品を本日発送いたしました。""")

# ------------------------------------------------------------------ Simplified Chinese (zh)
m('zh', 'sf-tracking', 'pass', '-', 'reply', 'gmail', None, """
您的订单 {oid} 已于11月17日交由顺丰速运发出，运单号 SF1234567890123：
https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890123
预计周四送达。""", quote="请问我的订单什么时候能到？")
m('zh', 'ems-tracking', 'pass', '-', 'reply', 'outlook', None, """
包裹已通过中国邮政EMS寄出，单号 EA123456789CN：
https://www.ems.com.cn/queryList?mailNum=EA123456789CN""", quote="请提供物流单号。")
m('zh', 'ups-tracking', 'pass', '-', 'reply', 'applemail', None, """
国际段由UPS承运，单号 1Z999AA10123456785：
https://www.ups.com/track?tracknum=1Z999AA10123456785
运费 $15.99 已包含在订单中。""", quote="是哪家快递？")
m('zh', 'quxiao-queren', 'pass', '-', 'reply', 'thunderbird', None, """
已按您的要求取消订单 {oid}，不会产生任何费用。""", quote="我选错颜色了，请帮我取消订单。")
m('zh', 'dingzhi-queren', 'pass', '-', 'proactive', 'outlook', "[Important] 请确认刻字内容 (订单 {oid})", """
在为您的保温杯刻字之前（订单 {oid}），请确认以下内容：

“王小明 2026”

收到您的回复后我们将立即开始制作。""")
m('zh', 'dizhi-wenti', 'pass', '-', 'proactive', 'gmail', "[Important] 收货地址问题 (订单 {oid})", """
快递公司反馈订单 {oid} 的收货地址缺少门牌号，无法派送。
请回复完整地址，我们将免费重新发货。""")
m('zh', 'ganxie-fankui', 'pass', '-', 'reply', 'applemail', None, """
感谢您的反馈，给您带来不便深表歉意。新的杯盖今天已通过顺丰寄出。""", quote="杯盖收到时是裂的。")
m('zh', 'fapiao-pdf', 'pass', '-', 'reply', 'outlook', None, """
附件是订单 {oid} 的发票，请查收。""", quote="可以开发票吗？", att=[('pdf', 'invoice-2026-1120.pdf', 'Invoice 2026-1120')])
m('zh', 'pingjia-zhongxing', 'pass', '-', 'proactive', 'gmail', "关于您的订单 {oid}", """
希望您的订单 {oid} 已顺利送达。如果方便，欢迎在亚马逊上留下商品评论，与其他顾客分享您的使用体验。""")
m('zh', 'xinghao-jiage', 'pass', '-', 'reply', 'plain', None, """
TZ-300 的替换滤芯型号为 LX-300-2（ASIN B0CK3M7N2P），价格 $19.99。
您的订单 {oid} 已于2026年11月12日签收。""", quote="TZ-300 用哪个滤芯？")
m('zh', 'lianjie-wangzhan', 'reject', 'links,promotion', 'reply', 'gmail', None, """
更多配件请访问我们的官网 https://www.jadegarden-tea.cn/shop""", quote="有没有配套的茶杯？")
m('zh', 'weixin', 'reject', 'contact', 'reply', 'applemail', None, """
请加我们的微信 jadegarden2026 发送照片，我们马上处理。""", quote="茶叶罐有凹痕。")
m('zh', 'taobao', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
这款在亚马逊已售罄，您可以在我们的淘宝店“翡翠园茶庄”购买，还有更多口味。""", quote="什么时候补货？")
m('zh', 'youhuiquan', 'reject', 'promotion', 'proactive', 'outlook', "感谢您的订单 {oid}", """
送您一张优惠券：下次购物输入 JADE10 立减10%，新品上市，欢迎选购！""")
m('zh', 'haoping-fanxian', 'reject', 'review', 'proactive', 'gmail', "好评有礼", """
如果您满意，请给我们五星好评，留评后返现10美元；如有问题请先联系我们，不要留差评。""")
m('zh', 'shanchu-chaping', 'reject', 'review', 'reply', 'outlook', None, """
很高兴问题已经解决。麻烦您删除或修改之前的差评，非常感谢！""", quote="新的收到了，没问题。")
m('zh', 'emoji', 'reject', 'style', 'reply', 'gmail', None, """
补发的茶叶今天已寄出\U0001F375\U0001F44D""", quote="补发寄了吗？", cs='utf-8')
m('zh', 'qing-quxiao', 'reject', 'ask', 'proactive', 'thunderbird', "关于订单 {oid}", """
非常抱歉，该商品暂时缺货，请您自行在“我的订单”中取消订单 {oid}。""")
m('zh', 'zhongyao-lanyong', 'reject', 'important', 'proactive', 'applemail', "[重要] 您的购物体验如何？", """
感谢您购买我们的商品（订单 {oid}）。方便的话，欢迎在亚马逊上留下商品评论。""")
m('zh', 'fujian-exe', 'reject', 'attachment', 'reply', 'outlook', None, """
请运行附件中的程序更新固件。""", quote="电子秤连不上手机。", att=[('exe', 'firmware_update.exe')])
m('zh', 'jin-ganxie', 'reject', 'proactive', 'proactive', 'gmail', "感谢您的购买", """
非常感谢您的订单 {oid}！如有任何问题，我们随时为您服务。""")
m('zh', 'jin-fahuo', 'reject', 'proactive', 'proactive', 'plain', "您的订单已发货", """
您的订单 {oid} 今天已发货，快递单号 SF1234567890999。""")

# ------------------------------------------------------------------ Traditional Chinese (zh-Hant)
m('zh-Hant', 'tcat-tracking', 'pass', '-', 'reply', 'gmail', None, """
您的訂單 {oid} 已於11月17日交由黑貓宅急便寄出，託運單號 123456789012：
https://www.t-cat.com.tw/Inquire/Trace.aspx?no=123456789012
預計週四送達。""", quote="請問我的訂單什麼時候會到？")
m('zh-Hant', 'post-tracking', 'pass', '-', 'reply', 'outlook', None, """
包裹已透過中華郵政寄出，掛號號碼 RR123456789TW：
https://postserv.post.gov.tw/pstmail/main_mail.html""", quote="請給我查詢號碼。")
m('zh-Hant', 'quxiao-queren', 'pass', '-', 'reply', 'applemail', None, """
已依照您的要求取消訂單 {oid}，不會向您收取任何費用。""", quote="我選錯尺寸，請幫我取消訂單。")
m('zh-Hant', 'dingzhi-queren', 'pass', '-', 'proactive', 'outlook', "[Important] 請確認刻字內容 (訂單 {oid})", """
在為您的木製筆盒刻字之前（訂單 {oid}），請確認以下文字：

「林志明 2026」

收到您的回覆後我們將立即製作。""")
m('zh-Hant', 'songhuo-yuyue', 'pass', '-', 'proactive', 'thunderbird', "[Important] 預約送貨時間 (訂單 {oid})", """
您訂購的書櫃（訂單 {oid}）需要預約送貨。貨運公司可於11月24日上午或11月25日下午送達，請問哪個時段方便？""")
m('zh-Hant', 'ganxie-fankui', 'pass', '-', 'reply', 'gmail', None, """
謝謝您的回饋，造成不便非常抱歉。新的杯蓋今天已寄出。""", quote="杯蓋收到時是破的。")
m('zh-Hant', 'baoxiu-pdf', 'pass', '-', 'reply', 'outlook', None, """
附件為 KT-80 型號的保固書（保固兩年），請查收。""", quote="保固卡不見了。", att=[('pdf', 'warranty-KT-80.pdf', 'Warranty KT-80')])
m('zh-Hant', 'pingjia-zhongxing', 'pass', '-', 'proactive', 'gmail', "關於您的訂單 {oid}", """
希望您的訂單 {oid} 已順利收到。方便的話，歡迎在 Amazon 上留下商品評論，與其他顧客分享您的使用經驗。""")
m('zh-Hant', 'xinghao', 'pass', '-', 'reply', 'plain', None, """
KT-80 的替換濾網型號為 FT-80-3（ASIN B0D2H5J7K9），價格 ¥1,480。
您的訂單 {oid} 已於2026年11月12日送達。""", quote="KT-80 要買哪個濾網？", tld='co.jp')
m('zh-Hant', 'lianjie-fb', 'reject', 'links', 'reply', 'gmail', None, """
安裝教學影片請看我們的粉絲專頁：https://www.facebook.com/jadegardentea.tw""", quote="要怎麼安裝？")
m('zh-Hant', 'line', 'reject', 'contact', 'reply', 'applemail', None, """
請加我們的 LINE 官方帳號 @jadegarden 傳照片給我們，我們馬上處理。""", quote="盒子壓壞了。")
m('zh-Hant', 'shopee', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
這款在這裡缺貨，可以到我們的蝦皮賣場「翡翠園」購買，還有更多款式。""", quote="什麼時候補貨？")
m('zh-Hant', 'youhui', 'reject', 'promotion', 'proactive', 'outlook', "感謝您的訂購 {oid}", """
下次購物輸入折扣碼 JADE15 即享85折優惠，新品上市歡迎選購！""")
m('zh-Hant', 'haoping', 'reject', 'review', 'proactive', 'gmail', "給個好評吧", """
如果您滿意，請給我們五顆星好評，我們會退您運費作為感謝。""")
m('zh-Hant', 'shanchu', 'reject', 'review', 'reply', 'outlook', None, """
很高興問題已經解決，可以麻煩您刪除之前的負評嗎？""", quote="新的收到了，可以用。")
m('zh-Hant', 'gif-inline', 'reject', 'style,attachment', 'reply', 'gmail', None, """
補寄的商品今天已經出貨。""", quote="補寄了嗎？", html_extra='<img src="cid:ii_tw8x2gif" alt="thanks.gif">',
  att=[('gif-inline', 'ii_tw8x2gif', 'thanks.gif')])
m('zh-Hant', 'qing-quxiao', 'reject', 'ask', 'proactive', 'thunderbird', "關於訂單 {oid}", """
很抱歉，此商品目前缺貨，請您自行到「我的訂單」取消訂單 {oid}。""")
m('zh-Hant', 'zhongyao-lanyong', 'reject', 'important,proactive', 'proactive', 'applemail', "[Important] 感謝您的訂購", """
非常感謝您訂購我們的商品（訂單 {oid}）！""")
m('zh-Hant', 'fujian-js', 'reject', 'attachment', 'proactive', 'outlook', "訂單 {oid} 查詢", """
請開啟附件查詢您的訂單狀態。""", att=[('js', 'order-status.js', 'application/x-javascript')])
m('zh-Hant', 'jin-fahuo', 'reject', 'proactive', 'proactive', 'gmail', "您的訂單已出貨", """
您的訂單 {oid} 今天已經出貨，黑貓託運單號 123456789099。""")

# ------------------------------------------------------------------ Korean (ko)
m('ko', 'cj-tracking', 'pass', '-', 'reply', 'gmail', None, """
주문 {oid} 상품은 11월 17일 CJ대한통운으로 발송되었습니다. 운송장 번호 123456789012:
https://www.cjlogistics.com/ko/tool/parcel/tracking?gnbInvcNo=123456789012
목요일 도착 예정입니다.""", quote="주문한 상품은 언제 도착하나요?")
m('ko', 'epost-tracking', 'pass', '-', 'reply', 'outlook', None, """
우체국 택배로 발송되었습니다. 등기번호 6012345678901:
https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=6012345678901""", quote="송장 번호를 알려주세요.")
m('ko', 'chwiso-hwagin', 'pass', '-', 'reply', 'applemail', None, """
요청하신 대로 주문 {oid}을 취소했습니다. 결제 금액은 청구되지 않습니다.""", quote="색상을 잘못 골랐어요. 주문 취소해 주세요.")
m('ko', 'gakin-hwagin', 'pass', '-', 'proactive', 'outlook', "[Important] 각인 문구 확인 (주문 {oid})", """
주문 {oid} 텀블러에 각인하기 전에 아래 문구를 확인해 주세요.

"민지 생일 축하해 2026"

답장을 주시면 바로 작업을 시작하겠습니다.""")
m('ko', 'juso-munje', 'pass', '-', 'proactive', 'thunderbird', "[Important] 배송지 주소 문제 (주문 {oid})", """
택배사에서 주문 {oid}의 배송지 주소에 동·호수가 없어 배송할 수 없다고 합니다.
정확한 주소를 알려 주시면 무료로 다시 보내 드리겠습니다.""")
m('ko', 'feedback-gamsa', 'pass', '-', 'reply', 'gmail', None, """
의견 주셔서 감사합니다. 불편을 드려 죄송합니다. 새 뚜껑을 오늘 발송했습니다.""", quote="뚜껑이 깨져서 왔어요.")
m('ko', 'sayongseolmyeong-pdf', 'pass', '-', 'reply', 'outlook', None, """
HM-50 모델 사용 설명서를 PDF로 첨부해 드립니다.""", quote="설명서가 없어요.", att=[('pdf', 'HM-50-manual.pdf', 'Manual HM-50')])
m('ko', 'review-jungrip', 'pass', '-', 'proactive', 'gmail', "주문 {oid} 관련 안내", """
주문 {oid} 상품은 잘 받으셨나요? 괜찮으시다면 Amazon에 상품 리뷰를 남겨 다른 고객과 경험을 공유해 주세요.""")
m('ko', 'model-gagyeok', 'pass', '-', 'reply', 'plain', None, """
HM-50 교체용 필터는 모델 FL-50-2 (ASIN B0C9V8B7N6)이며 가격은 $14.99입니다.
주문 {oid}은 2026년 11월 12일에 배송 완료되었습니다.""", quote="HM-50 필터는 어떤 걸 사야 하나요?")
m('ko', 'link-blog', 'reject', 'links', 'reply', 'gmail', None, """
사용 방법은 저희 블로그를 참고해 주세요: https://blog.naver.com/seoul-living/223000000000""", quote="사용 방법을 알려주세요.")
m('ko', 'kakao', 'reject', 'contact', 'reply', 'applemail', None, """
카카오톡 ID seoulliving 으로 사진을 보내 주시면 바로 처리해 드리겠습니다.""", quote="제품에 흠집이 있어요.")
m('ko', 'smartstore', 'reject', 'contact,promotion', 'reply', 'thunderbird', None, """
여기서는 품절이지만 네이버 스마트스토어 '서울리빙'에서는 모든 색상을 구매하실 수 있습니다.""", quote="파란색 재입고 되나요?")
m('ko', 'coupon', 'reject', 'promotion', 'proactive', 'outlook', "주문 {oid} 감사합니다", """
다음 구매 시 사용 가능한 10% 할인 쿠폰 코드 SEOUL10 을 드립니다!""")
m('ko', 'review-byeol5', 'reject', 'review', 'proactive', 'gmail', "리뷰 부탁드립니다", """
만족하셨다면 별 5개 리뷰 부탁드립니다. 불만이 있으시면 리뷰 작성 전에 먼저 연락 주세요.""")
m('ko', 'review-sakje', 'reject', 'review', 'reply', 'outlook', None, """
문제가 해결되어 다행입니다. 리뷰를 삭제해 주시면 환불해 드리겠습니다.""", quote="새 제품은 잘 작동해요.")
m('ko', 'emoji', 'reject', 'style', 'reply', 'gmail', None, """
교환 상품을 오늘 보내 드렸어요\U0001F60A\U0001F49D""", quote="교환 상품은 언제 오나요?", cs='utf-8')
m('ko', 'chwiso-yocheong', 'reject', 'ask', 'proactive', 'thunderbird', "주문 {oid} 안내", """
죄송하지만 재고가 없어 고객님께서 직접 주문 {oid}을 취소해 주시기 바랍니다.""")
m('ko', 'important-oyong', 'reject', 'important', 'proactive', 'applemail', "[Important] 구매는 만족스러우셨나요?", """
주문 {oid}에 감사드립니다. Amazon에 상품 리뷰를 남겨 주실 수 있을까요?""")
m('ko', 'cheombu-catalog', 'reject', 'attachment,promotion', 'proactive', 'outlook', "신상품 안내", """
겨울 신상품 카탈로그를 첨부해 드립니다.""", att=[('png', 'winter-catalog.png')])
m('ko', 'gamsa-man', 'reject', 'proactive', 'proactive', 'gmail', "구매해 주셔서 감사합니다", """
주문 {oid}에 진심으로 감사드립니다!""")
m('ko', 'balsong-man', 'reject', 'proactive', 'proactive', 'plain', "상품이 발송되었습니다", """
주문 {oid} 상품이 오늘 CJ대한통운으로 발송되었습니다.""")

# ------------------------------------------------------------------ Arabic (ar)
m('ar', 'aramex-tracking', 'pass', '-', 'reply', 'gmail', None, """
تم تسليم طلبك {oid} إلى أرامكس في 17 نوفمبر، رقم الشحنة 41234567890:
https://www.aramex.com/track/results?ShipmentNumber=41234567890
من المتوقع وصوله يوم الخميس.""", quote="متى يصل طلبي؟", tld='ae')
m('ar', 'smsa-tracking', 'pass', '-', 'reply', 'outlook', None, """
شحنتك مع سمسا، رقم التتبع 290012345678:
https://www.smsaexpress.com/trackingdetails?tracknumbers=290012345678""", quote="مع أي شركة شحن أرسلتم الطلب؟", tld='sa')
m('ar', 'spl-tracking', 'pass', '-', 'reply', 'applemail', None, """
أرسلنا الكتاب عبر البريد السعودي (سبل)، رقم التتبع RR123456789SA:
https://splonline.com.sa/en/shipmentdetailsstatic/?tid=RR123456789SA
رسوم الشحن 25 ريال مشمولة في الطلب.""", quote="لم يصلني رقم التتبع.", tld='sa')
m('ar', 'ilgha-takid', 'pass', '-', 'reply', 'thunderbird', None, """
بناءً على طلبك، قمنا بإلغاء الطلب {oid}. لن يتم خصم أي مبلغ.""", quote="أرجو إلغاء طلبي، اخترت المقاس الخطأ.", tld='ae')
m('ar', 'muhim-nuqush', 'pass', '-', 'proactive', 'outlook', "[Important] تأكيد نص النقش - الطلب {oid}", """
قبل نقش القلم (الطلب {oid})، يرجى تأكيد النص التالي:

"م. العتيبي 2026"

سنبدأ العمل فور وصول ردك.""", tld='sa')
m('ar', 'unwan-mushkila', 'pass', '-', 'proactive', 'gmail', "[Important] مشكلة في عنوان الشحن - الطلب {oid}", """
لم تتمكن شركة الشحن من توصيل الطلب {oid} لأن رقم الشقة غير موجود في عنوان الشحن.
يرجى إرسال العنوان الكامل وسنعيد الشحن مجاناً.""", tld='ae')
m('ar', 'shukr-mulahazat', 'pass', '-', 'reply', 'applemail', None, """
شكراً لملاحظاتك ونعتذر عن الإزعاج. أرسلنا اليوم غطاءً جديداً عبر أرامكس.""", quote="وصل الغطاء مكسوراً.", tld='eg')
m('ar', 'fatura-pdf', 'pass', '-', 'reply', 'outlook', None, """
مرفق فاتورة ضريبية للطلب {oid}.""", quote="أحتاج فاتورة ضريبية.", att=[('pdf', 'Invoice-VAT-2026-0771.pdf', 'VAT Invoice 2026-0771')], tld='sa')
m('ar', 'taqyim-muhayid', 'pass', '-', 'proactive', 'gmail', "طلبك {oid}", """
نأمل أن يكون طلبك {oid} قد وصل بحالة جيدة. هل تود مشاركة تجربتك مع العملاء الآخرين بكتابة تقييم للمنتج على أمازون؟""", tld='ae')
m('ar', 'raqam-model', 'pass', '-', 'reply', 'plain', None, """
المحول المناسب للموديل AX-90 هو PA-9V-1A (ASIN B0CQ1W2E3R) وسعره 49 درهم.
تم توصيل الطلب {oid} بتاريخ 12/11/2026.""", quote="ما هو المحول المناسب للموديل AX-90؟", tld='ae')
m('ar', 'rabit-instagram', 'reject', 'links', 'reply', 'gmail', None, """
شاهد طريقة التركيب على حسابنا: https://www.instagram.com/alwaha.trading/""", quote="كيف أركب الرف؟", tld='ae')
m('ar', 'hatif-arqam-hindiya', 'reject', 'contact', 'reply', 'thunderbird', None, """
للتواصل السريع اتصل بنا على واتساب ٠٥٥٠١٢٣٤٥٦٧ وسنحل المشكلة فوراً.""", quote="الجهاز لا يعمل.", tld='sa', cs='utf-8')
m('ar', 'noon', 'reject', 'contact,promotion', 'reply', 'outlook', None, """
هذا اللون نفد هنا، لكنه متوفر في متجرنا على نون مع موديلات أخرى.""", quote="هل سيتوفر اللون الأسود؟", tld='ae')
m('ar', 'kubon', 'reject', 'promotion', 'proactive', 'applemail', "طلبك {oid}", """
شكراً لطلبك! استخدم كود الخصم WAHA15 للحصول على خصم 15% على طلبك القادم.""", tld='ae')
m('ar', 'taqyim-5-nujum', 'reject', 'review', 'proactive', 'gmail', "رأيك يهمنا", """
إذا كنت راضياً عن طلبك {oid}، نرجو منك تقييمنا بخمس نجوم. وإذا واجهت أي مشكلة، تواصل معنا قبل كتابة التقييم.""", tld='sa')
m('ar', 'hadhf-taqyim', 'reject', 'review', 'reply', 'outlook', None, """
يسعدنا أن المشكلة حُلّت. هل يمكنك حذف تقييمك السلبي أو تعديله؟ سنرسل لك هدية مجانية.""", quote="المنتج الجديد يعمل.", tld='eg')
m('ar', 'emoji', 'reject', 'style', 'reply', 'gmail', None, """
تم شحن البديل اليوم \U0001F60A\U0001F339""", quote="متى يتم شحن البديل؟", tld='ae', cs='utf-8')
m('ar', 'ilgha-talab', 'reject', 'ask', 'proactive', 'thunderbird', "طلبك {oid}", """
نعتذر، المنتج غير متوفر حالياً. نرجو منك إلغاء الطلب {oid} بنفسك من صفحة طلباتك.""", tld='sa')
m('ar', 'muhim-isaa', 'reject', 'important', 'proactive', 'outlook', "[Important] كيف كانت تجربتك؟", """
شكراً لتسوقك معنا (الطلب {oid}). هل تود كتابة تقييم للمنتج على أمازون؟""", tld='ae')
m('ar', 'murfaq-gif', 'reject', 'style,attachment,proactive', 'proactive', 'gmail', "شكراً لك", """
شكراً لطلبك {oid}! مرفق بطاقة تهنئة متحركة.""", att=[('gif', 'shukran.gif')], tld='ae')
m('ar', 'shukr-faqat', 'reject', 'proactive', 'proactive', 'applemail', "شكراً لطلبك", """
شكراً جزيلاً لطلبك {oid}! نحن في خدمتك دائماً.""", tld='eg')
m('ar', 'shahn-faqat', 'reject', 'proactive', 'proactive', 'plain', "تم شحن طلبك {oid}", """
تم شحن طلبك {oid} اليوم مع أرامكس، رقم الشحنة 41234567899.""", tld='ae')

# ------------------------------------------------------------------ English extras (traps and disguises)
GIF_DATA = 'data:image/gif;base64,' + base64.b64encode(make_gif()).decode()
m('en', 'quote-has-emoji', 'pass', '-', 'reply', 'gmail', None, """
Thanks for the photos. A replacement bulb (E27, 6 W, part GL-E27-6W) was posted today by Royal Mail, reference AB987654321GB.""",
  quote="Bulb died after 2 days \U0001F62D\U0001F62D see attached pics", tld='co.uk', cs='utf-8')
m('en', 'words-review-star-remove', 'pass', '-', 'reply', 'outlook', None, """
We will review your return request today. In the meantime, remove the protective film from the glass and use a star screwdriver (T10) to open the battery cover; the unit is Energy Star certified, so standby power is under 0.5 W.""",
  quote="The display looks cloudy and I can't open the battery cover.", tld='com')
m('en', 'seller-cancelled-no-stock', 'pass', '-', 'proactive', 'applemail', "Problem with your order {oid}", """
We are sorry: the last unit of the oak shelf was damaged in our warehouse, so we have cancelled order {oid} ourselves.
The order amount has been adjusted and you will receive a full refund of $64.00 within 3-5 business days. You do not need to do anything.""", tld='com')
m('en', 'delivery-no-tag', 'pass', '-', 'proactive', 'thunderbird', "Delivery of your wardrobe - order {oid}", """
Your wardrobe (order {oid}) weighs 68 kg and needs a booked delivery. It is important that someone is at home to sign.
Could you tell us which day suits you: Monday 30 Nov or Tuesday 1 Dec?""", tld='co.uk')
m('en', 'homoglyph-url', 'reject', 'links,promotion', 'reply', 'applemail', None, """
Glad the cushion arrived. Matching throws are at www.harborpine-h\u043eme.com/throws if you'd like the set.""",
  quote="Cushion arrived, lovely colour.", tld='com', cs='utf-8')
m('en', 'review-refund-incentive', 'reject', 'review', 'proactive', 'outlook', "About your order {oid}", """
Post a review of your order {oid} and we'll refund the full purchase price - just send us the link once it is live.""", tld='com')
m('en', 'gif-data-uri', 'reject', 'style', 'reply', 'gmail', None, """
The replacement charger ships tomorrow with Canada Post.""", quote="When does the charger ship?",
  html_extra='<img src="%s" alt="thanks" width="120" height="40">' % GIF_DATA, tld='ca')
m('en', 'contact-instagram-handle', 'reject', 'contact', 'reply', 'thunderbird', None, """
Send us a DM on Instagram (@trekline.outdoor) with a photo and we'll get a new buckle out to you.""",
  quote="The backpack buckle snapped.", tld='com.au')
m('en', 'review-channel-disguised', 'reject', 'review', 'proactive', 'plain', "Order {oid} - quick question", """
Are you happy with your new tent? If yes, we'd love a review on Amazon. If not, please reply here first instead of leaving feedback and we'll fix it.""",
  tld='com.au', cs='us-ascii')

# ------------------------------------------------------------------ extras in other languages (added after a label review)
m('de', 'bewertung-vorgabe', 'reject', 'review', 'proactive', 'outlook', "Ihre Meinung zu Bestellung {oid}", """
Wir würden uns über eine Bewertung freuen. Bitte erwähnen Sie darin, wie weich das Leder ist und wie schnell der Versand war.""")
m('de', 'ruecksendung-amazon', 'pass', '-', 'reply', 'applemail', None, """
die Rücksendung können Sie direkt über Amazon starten:
https://www.amazon.de/gp/css/returns/homepage.html?orderId={oid}
Nach Eingang erstatten wir Ihnen 59,90 € vollständig.""", quote="Die Tasche ist mir zu klein, kann ich sie zurückschicken?")
m('ja', 'review-saido', 'reject', 'review', 'proactive', 'thunderbird', "レビューのお願い(再送)", """
先日もご連絡いたしましたが、ご注文 {oid} の商品レビューをまだいただいておりません。お手数ですが、改めてレビューの投稿をお願いいたします。""")
m('ja', 'henpin-amazon', 'pass', '-', 'reply', 'outlook', None, """
返品は Amazon の注文履歴からお手続きいただけます。
https://www.amazon.co.jp/gp/css/returns/homepage.html?orderId={oid}
商品到着後、2,480円を全額返金いたします。""", quote="サイズが合わないので返品したいです。")
m('es', 'resena-recordatorio', 'reject', 'review', 'proactive', 'thunderbird', "Recordatorio: su reseña del pedido {oid}", """
Le escribimos de nuevo porque aún no ha dejado su reseña del pedido {oid}. ¿Podría dedicarnos un minuto en Amazon?""", tld='com.mx')
m('es', 'detalle-pedido-amazon', 'pass', '-', 'reply', 'gmail', None, """
La factura está disponible en los detalles de su pedido en Amazon:
https://www.amazon.es/gp/your-account/order-details?orderID={oid}
Pulse en «Factura» para descargarla.""", quote="¿Dónde encuentro la factura de mi pedido?", tld='es')
m('fr', 'gif-signature-https', 'reject', 'style,links', 'reply', 'outlook', None, """
Le nouveau coussin est parti ce matin par Colissimo (6A12345678903).""", quote="Quand part le remplacement ?",
  html_extra='<img width="160" height="48" src="https://atelier-brume.example/img/signature-anim.gif" alt="Atelier Brume">', tld='fr')
m('it', 'dettagli-ordine-amazon', 'pass', '-', 'reply', 'thunderbird', None, """
la fattura è scaricabile dai dettagli dell'ordine su Amazon:
https://www.amazon.it/gp/your-account/order-details?orderID={oid}""", quote="Dove trovo la fattura?")
m('ko', 'ups-tracking', 'pass', '-', 'reply', 'applemail', None, """
해외 배송은 UPS로 진행되며 운송장 번호는 1Z999AA10123456786입니다:
https://www.ups.com/track?tracknum=1Z999AA10123456786""", quote="국제 배송 조회는 어디서 하나요?")
m('zh', 'amazon-tuihuo', 'pass', '-', 'reply', 'thunderbird', None, """
您可以在亚马逊“我的订单”中申请退货：
https://www.amazon.com/gp/css/returns/homepage.html?orderId={oid}
收到退货后我们将全额退款 $39.99。""", quote="尺寸不合适，可以退货吗？")
m('sv', 'retur-amazon', 'pass', '-', 'reply', 'thunderbird', None, """
Du kan starta returen via Dina beställningar:
https://www.amazon.se/gp/css/returns/homepage.html?orderId={oid}
Vi återbetalar 449 kr när paketet har kommit tillbaka.""", quote="Lampan var för stor, kan jag returnera den?")

# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    rows = []
    seen = set()
    for n, e in enumerate(E, 1):
        assert e['slug'] + e['lang'] not in seen, e['slug']
        seen.add(e['slug'] + e['lang'])
        fname, msg, row = render(e, n)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(msg)
        rows.append(row)
    cols = ['file', 'verdict', 'categories', 'lang', 'charset', 'client', 'kind']
    with open(os.path.join(OUT, 'labels.tsv'), 'w', newline='\n') as fh:
        fh.write('\t'.join(cols) + '\n')
        for r in rows:
            fh.write('\t'.join(r[c] for c in cols) + '\n')
    print('wrote %d messages to %s' % (len(rows), OUT))

if __name__ == '__main__':
    main()
