#!/usr/bin/env python3
"""Blind batch 2026-11-29e for aliasgate: seller -> Amazon buyer-alias mail.

Written from POLICY-FACTS.md alone. Every verdict/category is set by hand on the
m(...) line that also carries the message text. Deterministic: fixed dates,
Message-IDs / aliases / boundaries from SHA-1 of the slug, order IDs from
random.Random(slug). Python 3 stdlib only.
"""
import base64, datetime, hashlib, html, os, quopri, random, re, struct, sys, zipfile, io, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '2026-11-29e'))

MSGS = []

def m(lang, slug, verdict, cats, client, kind, cs, shop, subj, body, quote=None, tld=None, att=(), **opt):
    MSGS.append(dict(lang=lang, slug=slug, verdict=verdict, cats=cats, client=client, kind=kind,
                     cs=cs, shop=shop, subj=subj, body=body, quote=quote, tld=tld, att=list(att), opt=opt))

def h(s, n=40):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

def alias_of(slug):
    d = hashlib.sha1(('alias:' + slug).encode()).digest()
    abc = 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(abc[b % 36] for b in d[:15])

def order_id(slug, n=0):
    r = random.Random(slug + ':' + str(n))
    return '%03d-%07d-%07d' % (r.choice([111, 112, 113, 114, 171, 202, 203, 249, 250, 302, 303, 403, 404, 405, 406, 407, 408, 503, 701, 702]),
                               r.randrange(10**7), r.randrange(10**7))

# ---------------------------------------------------------------- per-language tables
L = {}
def lang(code, **kw):
    L[code] = kw

lang('en', tz='+0000', tlds=['com', 'co.uk', 'ca', 'in', 'com.au', 'sg'],
     names=['Harriet', 'Sanjay', 'Owen', 'Priya', 'Callum', 'Mei Ling', 'Bronwyn', 'Thabo', 'Declan', 'Aisha'],
     wd=['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], wdl=['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
     mon='Nov', monl='November',
     g='On {wd}, {d} {mon} 2026 at {H}:{M}, {who} wrote:', a='On {d} {mon} 2026, at {H}:{M}, {who} wrote:', t='On {dd}/11/2026 {H}:{M}, {name} wrote:',
     ol=('From', 'Sent', 'To', 'Subject'), old='{wdl}, {monl} {d}, 2026 {h12}:{M} {ap}', olorig='-----Original Message-----',
     pre='Re:', olpre='RE:', wrap=('------------- Message: -------------', '------------- End message -------------'))
lang('de', tz='+0100', tlds=['de'], names=['Jörg', 'Annika', 'Malte', 'Sabine', 'Kübra', 'Florian', 'Henrike', 'Dominik'],
     wd=['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'], wdl=['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
     mon='Nov.', monl='November',
     g='Am {wd}, {d}. {mon} 2026 um {H}:{M} Uhr schrieb {who}:', a='Am {d}.11.2026 um {H}:{M} schrieb {who}:', t='Am {dd}.11.26 um {H}:{M} schrieb {name}:',
     ol=('Von', 'Gesendet', 'An', 'Betreff'), old='{wdl}, {d}. {monl} 2026 {H}:{M}', olorig='-----Ursprüngliche Nachricht-----',
     pre='Re:', olpre='AW:', wrap=('------------- Nachricht: -------------', '------------- Ende der Nachricht -------------'))
lang('fr', tz='+0100', tlds=['fr', 'com.be', 'ca'], names=['Solène', 'Grégoire', 'Maëlle', 'Thibault', 'Inès', 'Lucien', 'Anaïs', 'Yannick'],
     wd=['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'], wdl=['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
     mon='nov.', monl='novembre',
     g='Le {wd} {d} {mon} 2026 à {H}:{M}, {who} a écrit :', a='Le {d} nov. 2026 à {H}:{M}, {who} a écrit :', t='Le {dd}/11/2026 à {H}:{M}, {name} a écrit :',
     ol=('De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Objet\u00a0'), old='{wdl} {d} {monl} 2026 {H}:{M}', olorig="-----Message d'origine-----",
     pre='Re:', olpre='RE :', wrap=('------------- Message : -------------', '------------- Fin du message -------------'))
lang('es', tz='+0100', tlds=['es', 'com.mx'], names=['Itziar', 'Rodrigo', 'Maripaz', 'Óscar', 'Nieves', 'Joaquín', 'Lupita', 'Bernardo'],
     wd=['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'], wdl=['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
     mon='nov', monl='noviembre',
     g='El {wd}, {d} {mon} 2026 a las {H}:{M}, {who} escribió:', a='El {d} nov 2026, a las {H}:{M}, {who} escribió:', t='El {dd}/11/2026 a las {H}:{M}, {name} escribió:',
     ol=('De', 'Enviado el', 'Para', 'Asunto'), old='{wdl}, {d} de {monl} de 2026 {H}:{M}', olorig='-----Mensaje original-----',
     pre='Re:', olpre='RE:', wrap=('------------- Mensaje: -------------', '------------- Finalizar mensaje -------------'))
lang('it', tz='+0100', tlds=['it'], names=['Ludovica', 'Gianmarco', 'Ornella', 'Saverio', 'Benedetta', 'Corrado', 'Rosalba', 'Tommaso'],
     wd=['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'], wdl=['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
     mon='nov', monl='novembre',
     g='Il giorno {wd} {d} {mon} 2026 alle ore {H}:{M} {who} ha scritto:', a='Il giorno {d} nov 2026, alle ore {H}:{M}, {who} ha scritto:', t='Il {dd}/11/2026 {H}:{M}, {name} ha scritto:',
     ol=('Da', 'Inviato', 'A', 'Oggetto'), old='{wdl} {d} {monl} 2026 {H}:{M}', olorig='-----Messaggio originale-----',
     pre='Re:', olpre='R:', wrap=('------------- Messaggio: -------------', '------------- Fine messaggio -------------'))
lang('pt', tz='-0300', tlds=['com.br'], names=['Thaís', 'Gustavo', 'Luíza', 'Anderson', 'Conceição', 'Rafael', 'Jéssica', 'Wellington'],
     wd=['seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.', 'dom.'], wdl=['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
     mon='nov.', monl='novembro',
     g='Em {wd}, {d} de {mon} de 2026 às {H}:{M}, {who} escreveu:', a='Em {d} de nov. de 2026, à(s) {H}:{M}, {who} escreveu:', t='Em {dd}/11/2026 {H}:{M}, {name} escreveu:',
     ol=('De', 'Enviado', 'Para', 'Assunto'), old='{wdl}, {d} de {monl} de 2026 {H}:{M}', olorig='-----Mensagem original-----',
     pre='Re:', olpre='RES:', wrap=('------------- Mensagem: -------------', '------------- Encerrar mensagem -------------'))
lang('nl', tz='+0100', tlds=['nl', 'com.be'], names=['Femke', 'Joost', 'Marieke', 'Bram', 'Lieke', 'Wouter', 'Sanne', 'Pieter-Jan'],
     wd=['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], wdl=['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
     mon='nov', monl='november',
     g='Op {wd} {d} {mon} 2026 om {H}:{M} schreef {who}:', a='Op {d} nov 2026, om {H}:{M} heeft {who} het volgende geschreven:', t='Op {dd}-11-2026 om {H}:{M} schreef {name}:',
     ol=('Van', 'Verzonden', 'Aan', 'Onderwerp'), old='{wdl} {d} {monl} 2026 {H}:{M}', olorig='-----Oorspronkelijk bericht-----',
     pre='Re:', olpre='RE:', wrap=('------------- Bericht: -------------', '------------- Einde bericht -------------'))
lang('sv', tz='+0100', tlds=['se'], names=['Linnéa', 'Gustaf', 'Märta', 'Oskar', 'Ebba', 'Ville', 'Ingrid', 'Hampus'],
     wd=['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'], wdl=['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
     mon='nov.', monl='november',
     g='Den {wd} {d} {mon} 2026 kl {H}:{M} skrev {who}:', a='{d} nov. 2026 kl. {H}:{M} skrev {who}:', t='Den {dd}-11-2026 kl. {H}:{M}, skrev {name}:',
     ol=('Från', 'Skickat', 'Till', 'Ämne'), old='den {wdl} {d} {monl} 2026 {H}:{M}', olorig='-----Ursprungligt meddelande-----',
     pre='Re:', olpre='SV:', wrap=('------------- Meddelande: -------------', '------------- Slut på meddelande -------------'))
lang('pl', tz='+0100', tlds=['pl'], names=['Zofia', 'Bartłomiej', 'Agnieszka', 'Grzegorz', 'Małgorzata', 'Szymon', 'Jadwiga', 'Przemysław'],
     wd=['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'], wdl=['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
     mon='lis', monl='listopada',
     g='{wd} {d} {mon} 2026 o {H}:{M} {who} napisał(a):', a='Wiadomość napisana przez {who} w dniu {d}.11.2026, o godz. {H}:{M}:', t='W dniu {dd}.11.2026 o {H}:{M}, {name} pisze:',
     ol=('Od', 'Wysłano', 'Do', 'Temat'), old='{wdl}, {d} {monl} 2026 {H}:{M}', olorig='-----Oryginalna wiadomość-----',
     pre='Re:', olpre='Odp:', wrap=('------------- Wiadomość: -------------', '------------- Koniec wiadomości -------------'))
lang('tr', tz='+0300', tlds=['com.tr'], names=['Elif', 'Burak', 'Şeyma', 'Oğuz', 'Gülşen', 'Çağrı', 'Zeynep', 'İlker'],
     wd=['Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt', 'Paz'], wdl=['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
     mon='Kas', monl='Kasım',
     g='{who}, {d} {mon} 2026 {wd}, {H}:{M} tarihinde şunu yazdı:', a='{d} Kas 2026 tarihinde {H}:{M} saatinde, {who} şunları yazdı:', t='{dd}.11.2026 {H}:{M} tarihinde {name} yazdı:',
     ol=('Kimden', 'Gönderildi', 'Kime', 'Konu'), old='{d} {monl} 2026 {wdl} {H}:{M}', olorig='-----Özgün İleti-----',
     pre='Re:', olpre='YNT:', wrap=('------------- Mesaj: -------------', '------------- Mesaj sonu -------------'))
lang('ja', tz='+0900', tlds=['co.jp'], names=['佐藤 美咲', '高橋 健太', '伊藤 由美', '渡辺 翔', '山本 千尋', '中村 大輔', '小林 さくら', '加藤 悠'],
     wd=['月', '火', '水', '木', '金', '土', '日'], wdl=['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
     mon='11', monl='11',
     g='2026年11月{d}日({wd}) {H}:{M} {who}:', a='2026/11/{dd} {H}:{M}、{who}のメール:', t='On 2026/11/{dd} {H}:{M}, {name} wrote:',
     ol=('差出人', '送信日時', '宛先', '件名'), old='2026年11月{d}日 {wdl} {H}:{M}', olorig='-----Original Message-----',
     pre='Re:', olpre='RE:', wrap=('------------- メッセージ: -------------', '------------- メッセージ終了 -------------'))
lang('zh', tz='+0800', tlds=['com', 'sg'], names=['王芳', '李明', '张伟', '刘洋', '陈静', '杨磊', '赵丽', '黄涛'],
     wd=['周一', '周二', '周三', '周四', '周五', '周六', '周日'], wdl=['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
     mon='11', monl='11',
     g='{who} 于2026年11月{d}日{wd} {H}:{M}写道：', a='{who} 于2026年11月{d}日 {H}:{M} 写道：', t='在 2026/11/{dd} {H}:{M}, {name} 写道:',
     ol=('发件人', '发送时间', '收件人', '主题'), old='2026年11月{d}日 {H}:{M}', olorig='-----原始邮件-----',
     pre='Re:', olpre='回复:', wrap=('------------- Message: -------------', '------------- End message -------------'))
lang('zh-Hant', tz='+0800', tlds=['com', 'sg'], names=['陳怡君', '林志豪', '黃淑芬', '吳俊傑', '蔡佩珊', '鄭家豪', '許雅婷', '謝明哲'],
     wd=['週一', '週二', '週三', '週四', '週五', '週六', '週日'], wdl=['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
     mon='11', monl='11',
     g='{who} 於 2026年11月{d}日 {wd} {H}:{M} 寫道：', a='{who} 於 2026年11月{d}日 {H}:{M} 寫道：', t='於 2026/11/{dd} {H}:{M}, {name} 寫道:',
     ol=('寄件者', '寄件日期', '收件者', '主旨'), old='2026年11月{d}日 {wdl} {H}:{M}', olorig='-----原始郵件-----',
     pre='Re:', olpre='回覆:', wrap=('------------- Message: -------------', '------------- End message -------------'))
lang('ko', tz='+0900', tlds=['com', 'co.jp'], names=['김민지', '이준호', '박서연', '최동욱', '정하은', '강지훈', '윤수빈', '임재현'],
     wd=['월', '화', '수', '목', '금', '토', '일'], wdl=['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
     mon='11', monl='11',
     g='2026년 11월 {d}일 ({wd}) {H}:{M}, {who}님이 작성:', a='2026. 11. {d}. 오후 {h12}:{M}, {who} 작성:', t='2026-11-{dd} {H}:{M}에 {name}이(가) 쓴 글:',
     ol=('보낸 사람', '보낸 날짜', '받는 사람', '제목'), old='2026년 11월 {d}일 {wdl} {H}:{M}', olorig='-----Original Message-----',
     pre='Re:', olpre='회신:', wrap=('------------- Message: -------------', '------------- End message -------------'))
lang('id', tz='+0700', tlds=['sg', 'com'], names=['Siti Rahayu', 'Bagus', 'Dewi', 'Rizky', 'Nur Aini', 'Hendra', 'Putri', 'Yudi'],
     wd=['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'], wdl=['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
     mon='Nov', monl='November',
     g='Pada tanggal {wd}, {d} {mon} 2026 pukul {H}.{M} {who} menulis:', a='Pada {d} Nov 2026, pukul {H}.{M}, {who} menulis:', t='Pada {dd}/11/2026 {H}.{M}, {name} menulis:',
     ol=('Dari', 'Dikirim', 'Kepada', 'Perihal'), old='{wdl}, {d} {monl} 2026 {H}.{M}', olorig='-----Pesan Asli-----',
     pre='Re:', olpre='Balas:', wrap=('------------- Pesan: -------------', '------------- Akhir pesan -------------'))
lang('ar', tz='+0400', tlds=['ae', 'sa', 'eg'], names=['نورة', 'خالد', 'ريم', 'عبدالله', 'هالة', 'يوسف', 'مريم', 'طارق'],
     wd=['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'], wdl=['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
     mon='نوفمبر', monl='نوفمبر',
     g='في {wd}، {d} {mon} 2026 في {H}:{M}، كتب {who}:', a='في {d} نوفمبر 2026، الساعة {H}:{M}، كتب {who}:', t='في {dd}/11/2026 {H}:{M}، كتب {name}:',
     ol=('من', 'تاريخ الإرسال', 'إلى', 'الموضوع'), old='{wdl}، {d} {monl} 2026 {H}:{M}', olorig='-----الرسالة الأصلية-----',
     pre='Re:', olpre='رد:', wrap=('------------- الرسالة: -------------', '------------- نهاية الرسالة -------------'))

# ---------------------------------------------------------------- binary attachment makers
def mk_pdf(lines):
    text = 'BT /F1 12 Tf 50 780 Td 14 TL ' + ' '.join('(%s) Tj T*' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + ' ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
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

def mk_gif():
    g = b'GIF89a' + struct.pack('<HHBBB', 1, 1, 0x80, 0, 0) + b'\xff\x99\x00\x33\x66\xcc'
    g += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for data in (b'\x44\x01', b'\x4c\x01'):
        g += b'\x21\xf9\x04\x00' + struct.pack('<H', 40) + b'\x00\x00'
        g += b'\x2c' + struct.pack('<HHHH', 0, 0, 1, 1) + b'\x00' + b'\x02\x02' + data + b'\x00'
    return g + b'\x3b'

def mk_png(w=8, hgt=8, rgb=(200, 40, 90)):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(hgt))
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, hgt, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def mk_exe():
    dos = b'MZ' + b'\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 41 + struct.pack('<I', 0x80)
    dos += b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'
    dos = dos.ljust(0x80, b'\x00')
    pe = b'PE\x00\x00' + struct.pack('<HHIIIHH', 0x14c, 0, 0x5f000000, 0, 0, 0xe0, 0x102)
    return (dos + pe).ljust(512, b'\x00')

def mk_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def attachment(a):
    """a = (kind, filename, arg) -> (ctype, filename, bytes, inline_cid)"""
    kind, fn, arg = a[0], a[1], (a[2] if len(a) > 2 else None)
    if kind == 'pdf':
        return ('application/pdf', fn, mk_pdf(arg or [fn]), None)
    if kind == 'gif':
        return ('image/gif', fn, mk_gif(), None)
    if kind == 'gifcid':
        return ('image/gif', fn, mk_gif(), 'ii_' + h(fn, 10))
    if kind == 'png':
        return ('image/png', fn, mk_png(), None)
    if kind == 'exe':
        return ('application/x-msdownload', fn, mk_exe(), None)
    if kind == 'zip':
        return ('application/zip', fn, mk_zip(arg), None)
    if kind == 'js':
        return ('application/javascript', fn, arg.encode(), None)
    if kind == 'txt':
        return ('text/plain', fn, arg.encode('utf-8'), None)
    raise ValueError(kind)

# ---------------------------------------------------------------- encoding helpers
LATIN = {'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15', 'windows-1250', 'windows-1252', 'windows-1254'}
PYCS = {'ks_c_5601-1987': 'cp949'}
ERRORS = []

def pyc(cs):
    return PYCS.get(cs, cs)

def encodable(s, cs):
    try:
        s.encode(pyc(cs))
        return True
    except UnicodeEncodeError:
        return False

def enc_words(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    if not encodable(s, cs) or cs == 'us-ascii':
        cs = 'utf-8'
    words = []
    if cs in LATIN:
        cur = ''
        for c in s:
            b = c.encode(pyc(cs))
            q = ''.join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122 or chr(x) in '!*+-/') else ('_' if x == 32 else '=%02X' % x) for x in b)
            if len(cur) + len(q) > 58:
                words.append(cur); cur = ''
            cur += q
        words.append(cur)
        return '\r\n '.join('=?%s?Q?%s?=' % (cs.upper() if cs != 'utf-8' else 'UTF-8', w) for w in words)
    chunk = ''
    out = []
    for c in s:
        if len((chunk + c).encode(pyc(cs))) > 42:
            out.append(chunk); chunk = ''
        chunk += c
    out.append(chunk)
    return '\r\n '.join('=?%s?B?%s?=' % (cs.upper() if cs != 'utf-8' else 'UTF-8', base64.b64encode(w.encode(pyc(cs))).decode()) for w in out)

def addr(name, a, cs):
    if all(ord(c) < 128 for c in name):
        if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (enc_words(name, cs), a)

def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')

def cte_body(text, cs, cte):
    try:
        raw = text.replace('\r\n', '\n').encode(pyc(cs))
    except UnicodeEncodeError as e:
        ERRORS.append('%s: cannot encode in %s: %r' % (CUR[0], cs, text[e.start:e.end]))
        raw = text.replace('\r\n', '\n').encode(pyc(cs), 'replace')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).replace(b'\n', b'\r\n')
    if cte == 'base64':
        return base64.encodebytes(raw.replace(b'\n', b'\r\n')).replace(b'\n', b'\r\n')
    return raw.replace(b'\n', b'\r\n')

CUR = ['']

def leaf(ctype, cs, cte, text, extra=''):
    hdr = 'Content-Type: %s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n' % (ctype, cs, extra, cte)
    body = cte_body(text, cs, cte)
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    return hdr.encode() + body

def binleaf(ctype, fn, data, cid=None):
    disp = 'inline' if cid else 'attachment'
    hdr = 'Content-Type: %s; name="%s"\r\nContent-Disposition: %s; filename="%s"\r\n' % (ctype, fn, disp, fn)
    if cid:
        hdr += 'Content-ID: <%s>\r\nX-Attachment-Id: %s\r\n' % (cid, cid)
    hdr += 'Content-Transfer-Encoding: base64\r\n\r\n'
    return hdr.encode() + base64.encodebytes(data).replace(b'\n', b'\r\n')

def multi(sub, boundary, parts, extra=''):
    out = ('Content-Type: multipart/%s;%s\r\n\tboundary="%s"\r\n\r\n' % (sub, extra, boundary)).encode()
    for p in parts:
        out += b'--' + boundary.encode() + b'\r\n' + p
        if not out.endswith(b'\r\n'):
            out += b'\r\n'
    out += b'--' + boundary.encode() + b'--\r\n'
    return out

URL_RE = re.compile(r'(https?://[^\s<>"\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+|www\.[A-Za-z0-9.-]+\.[a-z]{2,}[^\s<>"]*)')

def linkify(esc_line):
    def rep(mo):
        u = mo.group(1).rstrip('.,;)')
        tail = mo.group(1)[len(u):]
        href = u if u.startswith('http') else 'http://' + u
        return '<a href="%s">%s</a>%s' % (href, u, tail)
    return URL_RE.sub(rep, esc_line)

def hline(l):
    return linkify(html.escape(l, quote=False))

# ---------------------------------------------------------------- message builder
BASE = datetime.datetime(2026, 11, 2, 8, 0)

def build(i, M):
    slug, lg, cs = M['slug'], M['lang'], M['cs']
    CUR[0] = slug
    T = L[lg]
    r = random.Random('meta:' + slug)
    tld = M['tld'] or T['tlds'][int(h(slug, 6), 16) % len(T['tlds'])]
    buyer = M['opt'].get('buyer') or T['names'][int(h('b' + slug, 6), 16) % len(T['names'])]
    al = alias_of(slug)
    dom = ('m.' if M['opt'].get('mdomain') else '') + 'marketplace.amazon.' + tld
    to_addr = al + '@' + dom
    thread_addr = al + ('+' + h('case' + slug, 20).upper() if M['opt'].get('caseid') else '') + '@' + dom
    oid, oid2 = order_id(slug, 0), order_id(slug, 1)
    shop = M['shop']
    sdom = re.sub(r'[^a-z0-9]+', '-', shop.lower().encode('ascii', 'ignore').decode()).strip('-') or 'shop-' + h(slug, 6)
    sdom = sdom[:30] + '.example'
    fill = lambda s: s.replace('{buyer}', buyer.split(' ')[0] if lg not in ('ja', 'zh', 'zh-Hant', 'ko', 'ar') else buyer).replace('{oid}', oid).replace('{oid2}', oid2).replace('{shop}', shop)
    body = fill(M['body']).strip('\n')
    reply = M['kind'] == 'reply'
    day = 2 + (i * 5) % 26
    dt = BASE.replace(day=day, hour=7 + (i * 7) % 13, minute=(i * 13) % 60, second=(i * 29) % 60)
    qdt = dt - datetime.timedelta(hours=3 + i % 20, minutes=17)
    client = M['client']
    cte = M['opt'].get('cte') or (['quoted-printable', 'base64', '8bit'][int(h('cte' + slug, 4), 16) % 3])
    if cs in ('us-ascii', 'iso-2022-jp'):
        cte = '7bit'
    # subject
    if reply:
        qsubj = fill(M['subj'])
        pre = M['opt'].get('prefix') or (T['olpre'] if client == 'outlook' else T['pre'])
        subj = pre + ' ' + qsubj
    else:
        subj = fill(M['subj'])
    # quote
    qtext = ''
    if reply:
        qtext = fill(M['quote'] or '').strip('\n')
        if M['opt'].get('wrap'):
            qtext = T['wrap'][0] + '\n\n' + qtext + '\n\n' + T['wrap'][1]
    wdi = qdt.weekday()
    fmt = dict(wd=T['wd'][wdi], wdl=T['wdl'][wdi], d=str(qdt.day), dd='%02d' % qdt.day, mon=T['mon'], monl=T['monl'],
               H='%02d' % qdt.hour, M='%02d' % qdt.minute, h12=str((qdt.hour - 1) % 12 + 1), ap='AM' if qdt.hour < 12 else 'PM', name=buyer)
    def attr(kind, htmlmode):
        f = dict(fmt)
        if htmlmode:
            f['who'] = '%s &lt;<a href="mailto:%s">%s</a>&gt;' % (html.escape(buyer), thread_addr, thread_addr)
            f['name'] = html.escape(buyer)
        else:
            f['who'] = '%s <%s>' % (buyer, thread_addr)
        return T[kind].format(**f)
    rtl = lg == 'ar'
    lines = body.split('\n')
    qlines = qtext.split('\n') if reply else []
    opt = M['opt']
    # ---- text part
    if client == 'outlook':
        txt = body
        if reply:
            sep = T['olorig'] if i % 2 == 0 else '________________________________'
            lab = T['ol']
            txt += '\n\n' + sep + '\n' + '%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n' % (
                lab[0], buyer, thread_addr, lab[1], T['old'].format(**fmt), lab[2], shop, lab[3], qsubj) + qtext
    elif client == 'applemail':
        txt = body + ('\n\n> ' + attr('a', False) + '\n> \n' + '\n'.join(('> ' + l).rstrip() for l in qlines) if reply else '')
    elif client in ('thunderbird', 'tbtext'):
        txt = body + ('\n\n' + attr('t', False) + '\n' + '\n'.join(('> ' + l).rstrip() for l in qlines) if reply else '')
    else:  # gmail, plain
        txt = body + ('\n\n' + attr('g', False) + '\n\n' + '\n'.join(('> ' + l).rstrip() for l in qlines) if reply else '')
    txt += '\n'
    # ---- html part
    hp = None
    imgs = ''
    for u in opt.get('img', []):
        imgs += '<img src="%s" alt="" width="320">' % u
    if opt.get('pixel'):
        imgs += '<img src="%s" width="1" height="1" alt="" style="display:none">' % opt['pixel']
    cids = []
    atts = [attachment(a) for a in M['att']]
    for a in atts:
        if a[3]:
            cids.append('<img src="cid:%s" alt="%s" width="120" height="60">' % (a[3], a[1]))
    cidhtml = ''.join(cids)
    dirattr = ' dir="rtl"' if rtl else ' dir="ltr"'
    wrapstyle = ''
    if opt.get('center'):
        wrapstyle = ' style="text-align:center"'
    font_o, font_c = '', ''
    if opt.get('font'):
        font_o, font_c = '<font face="%s" color="%s" size="4">' % opt['font'], '</font>'
    extra_html = opt.get('html', '')
    if client == 'gmail':
        inner = ''.join('<div>%s</div>' % (hline(l) if l else '<br>') for l in lines)
        hp = '<div%s%s>%s%s%s%s%s%s</div>' % (dirattr, wrapstyle, font_o, inner, extra_html, cidhtml, imgs, font_c)
        if reply:
            qh = ''.join('%s<br>' % hline(l) for l in qlines)
            hp += ('<br><div class="gmail_quote gmail_quote_container"><div%s class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (dirattr, attr('g', True), qh)
        hp = hp.replace('</div>', '</div>\n') + '\n'
    elif client == 'outlook':
        lang_tag = {'en': 'EN-GB', 'de': 'DE', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'pt': 'PT-BR', 'nl': 'NL', 'sv': 'SV', 'pl': 'PL', 'tr': 'TR',
                    'ja': 'JA', 'zh': 'ZH-CN', 'zh-Hant': 'ZH-TW', 'ko': 'KO', 'id': 'IN', 'ar': 'AR-SA'}[lg]
        P = lambda l: '<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else '', hline(l) if l else '<o:p>&nbsp;</o:p>')
        hp = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
              'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
              'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
              '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
              '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
              '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
              '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
              'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
              'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
              '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
              '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
              '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1"%s>\n') % (cs, lang_tag, wrapstyle)
        hp += font_o + '\n'.join(P(l) for l in lines) + extra_html + cidhtml + imgs + font_c + '\n'
        if reply:
            lab = T['ol']
            blk = '<b>%s:</b> %s &lt;<a href="mailto:%s">%s</a>&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s' % (
                lab[0], html.escape(buyer), thread_addr, thread_addr, lab[1], T['old'].format(**fmt), lab[2], html.escape(shop), lab[3], html.escape(qsubj))
            if i % 2 == 0:
                hp += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                       '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n') % blk
            else:
                hp += ('<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                       '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n</div>\n') % blk
            hp += '\n'.join(P(l) for l in qlines) + '\n'
        hp += '</div>\n</body>\n</html>\n'
    elif client == 'applemail':
        inner = ''.join('<div>%s</div>' % (hline(l) if l else '<br>') for l in lines)
        hp = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
              '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>%s%s%s%s%s%s') % (
              cs, (' dir="rtl"' if rtl else ''), ('<div%s>' % wrapstyle if wrapstyle else ''), font_o, inner, extra_html + cidhtml + imgs, font_c, ('</div>' if wrapstyle else ''))
        if reply:
            hp += ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div>'
                   % (attr('a', True), '<br>'.join(hline(l) for l in qlines)))
        hp += '</body></html>'
        hp = hp.replace('</div>', '</div>\n') + '\n'
    elif client == 'thunderbird':
        mid = '0102019' + h('irt' + slug, 9) + '-' + h('irt2' + slug, 8) + '-000000@eu-west-1.amazonses.com'
        hp = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
              '  <body%s>\n%s%s    <p>%s</p>\n%s%s%s') % (cs, (' dir="rtl"' if rtl else ''), ('<div%s>' % wrapstyle if wrapstyle else ''), font_o,
                                                    '<br>\n'.join(hline(l) for l in lines), extra_html + cidhtml + imgs, font_c, ('</div>' if wrapstyle else ''))
        if reply:
            hp += ('    <div class="moz-cite-prefix">%s<br>\n    </div>\n    <blockquote type="cite" cite="mid:%s">\n%s\n    </blockquote>\n'
                   % (attr('t', True), mid, '<br>\n'.join(hline(l) for l in qlines)))
        hp += '  </body>\n</html>\n'
    # ---- assemble
    bnd = lambda tag: {'gmail': '000000000000' + h(tag + slug, 12), 'outlook': '_000_' + h(tag + slug, 24).upper() + '_',
                       'applemail': 'Apple-Mail=_' + h(tag + slug, 32).upper(), 'thunderbird': '------------' + h(tag + slug, 24),
                       'tbtext': '------------' + h(tag + slug, 24), 'plain': '=_' + h(tag + slug, 28)}[client]
    flowed = '; format=flowed' + ('; delsp=yes' if client == 'applemail' else '') if client in ('applemail', 'tbtext') else ''
    tpart = leaf('text/plain', cs, cte, txt, flowed)
    if hp is not None:
        hcte = cte
        hpart = leaf('text/html', cs, hcte, hp)
        cidparts = [binleaf(a[0], a[1], a[2], a[3]) for a in atts if a[3]]
        if cidparts:
            hpart = multi('related', bnd('rel'), [hpart] + cidparts)
        core = multi('alternative', bnd('alt'), [tpart, hpart])
    else:
        core = tpart
    files = [binleaf(a[0], a[1], a[2]) for a in atts if not a[3]]
    if files:
        core = multi('mixed', bnd('mix'), [core] + files)
    # ---- headers
    H = []
    from_addr = 'seller@' + sdom if not opt.get('from') else opt['from']
    tz = T['tz'] if lg != 'en' else {'co.uk': '+0000', 'ca': '-0500', 'in': '+0530', 'com.au': '+1100', 'sg': '+0800', 'com': '-0500'}.get(tld, '+0000')
    if tld == 'com.mx':
        tz = '-0600'
    if tld == 'co.za':
        tz = '+0200'
    if tld == 'eg':
        tz = '+0200'
    if tld == 'sa':
        tz = '+0300'
    datestr = '%s, %d %s %d %02d:%02d:%02d %s' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][dt.weekday()], dt.day, 'Nov', dt.year, dt.hour, dt.minute, dt.second, tz)
    if client == 'gmail':
        msgid = '<CA%s+%s@mail.gmail.com>' % (h('g1' + slug, 10).upper(), base64.urlsafe_b64encode(hashlib.sha1(slug.encode()).digest()).decode()[:26])
    elif client == 'outlook':
        msgid = '<%s@%sPR%02dMB%04d.eurprd0%d.prod.outlook.com>' % (h('o1' + slug, 32).upper(), ['AM', 'DB', 'VI', 'PA', 'GV'][i % 5], i % 10, int(h('o2' + slug, 4), 16) % 10000, 1 + i % 9)
    elif client == 'applemail':
        u = h('a1' + slug, 32).upper()
        msgid = '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], sdom)
    elif client in ('thunderbird', 'tbtext'):
        u = h('t1' + slug, 32)
        msgid = '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], sdom)
    else:
        msgid = '<%s.%s@%s>' % (int(dt.timestamp()), h('p1' + slug, 16), sdom)
    H.append('From: ' + addr(shop, from_addr, cs))
    H.append('To: ' + (addr(buyer, thread_addr if reply else to_addr, cs) if reply else to_addr))
    H.append('Subject: ' + enc_words(subj, cs))
    H.append('Date: ' + datestr)
    H.append('Message-ID: ' + msgid)
    if reply:
        irt = '<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (h('irt' + slug, 9), h('irt2' + slug, 8), h('irt3' + slug, 4), h('irt4' + slug, 4), h('irt5' + slug, 12))
        H.append('In-Reply-To: ' + irt)
        refs = irt
        if i % 3 == 0:
            refs = '<0102019%s-%s-000000@eu-west-1.amazonses.com>\r\n %s' % (h('ref0' + slug, 9), h('ref1' + slug, 20), irt)
        H.append('References: ' + refs)
    if client == 'applemail':
        H.append('Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
        H.append('X-Mailer: Apple Mail (2.3826.400.131.1.6)')
    else:
        H.append('MIME-Version: 1.0')
    if client == 'gmail':
        H.append('X-Gm-Message-State: AOJu0Y' + base64.b64encode(hashlib.sha1(('gm' + slug).encode()).digest()).decode()[:40])
    elif client == 'outlook':
        H.append('Thread-Topic: ' + enc_words(subj.split(' ', 1)[1] if reply else subj, cs))
        H.append('Thread-Index: ' + base64.b64encode(hashlib.sha1(('ti' + slug).encode()).digest()[:22]).decode())
        H.append('Accept-Language: %s' % {'en': 'en-GB, en-US', 'ar': 'ar-SA, en-US', 'zh-Hant': 'zh-TW, en-US'}.get(lg, lg + '-' + lg.upper() + ', en-US'))
        H.append('Content-Language: ' + {'en': 'en-GB', 'zh-Hant': 'zh-TW', 'zh': 'zh-CN', 'pt': 'pt-BR', 'ar': 'ar-SA'}.get(lg, lg + '-' + lg.upper()))
        H.append('X-MS-Has-Attach: ' + ('yes' if atts else ''))
        H.append('X-MS-TNEF-Correlator: ')
        H.append('X-Mailer: Microsoft Outlook 16.0')
    elif client == 'thunderbird' or client == 'tbtext':
        H.append('User-Agent: Mozilla Thunderbird' if i % 2 else 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2')
        H.append('Content-Language: ' + lg)
    elif client == 'plain':
        H.append(opt.get('mailer') or ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', 'User-Agent: Roundcube Webmail/1.6.9',
                                       'X-Mailer: Claws Mail 4.3.0 (GTK 3.24.41; x86_64-pc-linux-gnu)', 'User-Agent: NeoMutt/20240425',
                                       'X-Mailer: eM Client 10.1.4588.0', 'X-Mailer: Becky! ver. 2.81.07', 'X-Mailer: Foxmail 7.2.25.375[cn]',
                                       'X-Mailer: Sylpheed 3.8.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)'][int(h('mx' + slug, 4), 16) % 8])
    return '\r\n'.join(H).encode() + b'\r\n' + core, dict(subj=subj)

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    rows = ['file\tverdict\tcategories\tlang\tcharset\tclient\tkind']
    seen = set()
    for i, M in enumerate(MSGS):
        assert M['slug'] not in seen, M['slug']
        seen.add(M['slug'])
        assert M['verdict'] in ('pass', 'reject')
        assert (M['verdict'] == 'pass') == (M['cats'] == '-'), M['slug']
        for c in M['cats'].split(','):
            assert c in ('-', 'links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive'), (M['slug'], c)
        data, info = build(i, M)
        fn = '%03d-%s-%s.eml' % (i + 1, M['lang'], M['slug'])
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        rows.append('\t'.join([fn, M['verdict'], M['cats'], M['lang'], M['cs'], 'thunderbird' if M['client'] == 'tbtext' else M['client'], M['kind']]))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')
    if ERRORS:
        print('\n'.join(ERRORS))
        sys.exit(1)
    print('wrote %d messages to %s' % (len(MSGS), OUT))

# ================================================================ MESSAGES
# m(lang, slug, verdict, cats, client, kind, charset, shop, subject, body, quote=, tld=, att=, **opt)
# Label = verdict + cats on the same call, set by hand.

# ---------------------------------------------------------------- en
QEN = 'Order delivery inquiry from Amazon customer {buyer} (Order: {oid})'
QEN2 = 'Inquiry from Amazon customer {buyer} (Order: {oid})'
m('en', 'canadapost-snowshoe-track', 'pass', '-', 'gmail', 'reply', 'us-ascii', 'Larchpoint Outfitters', QEN,
  'Hi {buyer},\n\nYour snowshoes (order {oid}) left our Kelowna warehouse on Tuesday with Canada Post Expedited Parcel.\nYou can follow them here: https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=7023210039414603\n\nThe current estimate is Friday. If nothing shows up by Monday, let me know and I will open a trace.\n\nRegards,\nNadia\nLarchpoint Outfitters',
  quote='Hello, the order page still says "shipped" but I have no idea where the box is. Could you check?', tld='ca', wrap=True)
m('en', 'delhivery-pressure-cooker', 'pass', '-', 'outlook', 'reply', 'utf-8', 'Anantam Kitchenware', QEN2,
  'Dear {buyer},\n\nThank you for writing. The 5-litre cooker (model AK-PC50, ₹2,849) was handed to Delhivery yesterday evening.\nAWB 1491815476853 – live status: https://www.delhivery.com/track-v2/package/1491815476853\n\nThe gasket is already fitted; please remove the yellow transit clip before first use.\n\nWarm regards,\nRohit Menon\nAnantam Kitchenware',
  quote='Sir, I need the cooker before 14th for my mother. Is it dispatched? Order {oid}.', tld='in')
m('en', 'auspost-swag-delay', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Gumleaf Camping Co', QEN,
  'G\'day {buyer},\n\nSorry for the wait on the canvas swag. Australia Post scanned it at the Sydney parcel facility this morning:\nhttps://auspost.com.au/mypost/track/details/33QJK501234901000935208\n\nIt is a large item so it may come on a separate truck run; the estimate is Thursday.\n\nCheers,\nLiam\nGumleaf Camping Co',
  quote='Hi, just checking on the swag, it was meant to be here Monday.', tld='com.au')
m('en', 'ninjavan-delay-notice', 'pass', '-', 'thunderbird', 'proactive', 'windows-1252', 'Merlion Tea Atelier', 'Delay on your order {oid}',
  'Dear {buyer},\n\nYour order {oid} (two tins of pandan oolong) will reach you later than the date shown at checkout. Our courier, Ninja Van, lost a day to the flooding in Jurong.\n\nThe parcel is moving again and the new estimate is 21 November. Tracking: https://www.ninjavan.co/en-sg/tracking?id=NVSGMLT2611043\n\nWe apologise for the inconvenience.\nMerlion Tea Atelier', tld='sg')
m('en', 'courierguy-braai-za', 'pass', '-', 'plain', 'reply', 'us-ascii', 'Karoo Grillworks', QEN2,
  'Hi {buyer}\n\nThe braai grid for order {oid} went out with The Courier Guy on Monday, waybill TCG8834120.\nTrack it here: https://portal.thecourierguy.co.za/track?ref=TCG8834120\n\nGauteng deliveries usually take two working days.\n\nKind regards\nPieter\nKaroo Grillworks',
  quote='Morning, has my braai grid been sent yet?', tld='co.za')
m('en', 'royalmail-flat-number-important', 'pass', '-', 'outlook', 'proactive', 'iso-8859-1', 'Wyevale Bookbinders', '[Important] Flat number needed for order {oid}',
  'Dear {buyer},\n\nRoyal Mail has returned the parcel for order {oid} (the A5 leather journal, £34.00) marked "address incomplete". The shipping address on the order has the building name but no flat number.\n\nCould you reply with the flat number, or update the address in Your Orders? We will post it again the same day at our cost.\n\nReturned item reference: Royal Mail https://www.royalmail.com/track-your-item#/tracking-results/QF482016734GB\n\nWith thanks,\nEsme Hartley\nWyevale Bookbinders', tld='co.uk')
m('en', 'engraving-proof-important', 'pass', '-', 'gmail', 'proactive', 'us-ascii', 'Cinder & Quill', '[Important] Please check the engraving on your hip flask - order {oid}',
  'Hello {buyer},\n\nBefore we engrave the pewter hip flask on order {oid}, please look at the attached proof.\nThe customization field reads: "To Ewan - 40 years young - 12.11.1986".\n\nIs the hyphen meant to be there, and should the date be 12 November or 11 December? We will start as soon as you confirm.\n\nThank you,\nMarta\nCinder & Quill',
  att=[('pdf', 'engraving-proof-{0}.pdf'.format('flask'), ['Engraving proof', 'To Ewan - 40 years young - 12.11.1986', 'Pewter hip flask, 6 oz'])])
m('en', 'wardrobe-two-man-slot', 'pass', '-', 'applemail', 'proactive', 'utf-8', 'Hollins & Reed Furniture', 'Delivery booking for your wardrobe [important]',
  'Dear {buyer},\n\nYour oak double wardrobe (order {oid}) is ready to leave our workshop. It weighs 86 kg and travels in three flat boxes, so it needs a two-person pallet delivery to your door.\n\nThe carrier can come on Tuesday 17 or Thursday 19 November, either 8:00–12:00 or 12:00–17:00. Which slot works for you? If there are stairs to a first floor, please tell us so we can send two crew.\n\nBest wishes,\nTom Reed\nHollins & Reed Furniture', tld='co.uk')
m('en', 'vat-invoice-attached', 'pass', '-', 'applemail', 'reply', 'utf-8', 'Brightwater Lab Supplies', QEN2,
  'Hi {buyer},\n\nAs requested, the VAT invoice for order {oid} is attached (3 × borosilicate beakers, 500 ml, £41.70 incl. VAT). It shows your company name as given in the order.\n\nBest,\nGeorgia\nBrightwater Lab Supplies',
  quote='Could you send a VAT invoice with our company name? Accounts need it for the claim.', tld='co.uk',
  att=[('pdf', 'invoice-BWL-20417.pdf', ['Brightwater Lab Supplies', 'VAT invoice BWL-20417', '3 x beaker 500 ml  GBP 41.70'])])
m('en', 'energy-star-warranty', 'pass', '-', 'outlook', 'reply', 'windows-1252', 'Coldbrook Appliances', QEN2,
  'Hello {buyer},\n\nYes, the CB-220 mini fridge is Energy Star rated; the label is on the back panel next to the serial number.\n\nThe door hinge can be swapped to the left side with the star screwdriver that comes in the accessory bag – the steps are on page 6 of the attached instructions. The warranty card is attached as well (24 months from delivery).\n\nKind regards,\nDavid\nColdbrook Appliances',
  quote='Is this fridge Energy Star? And can I switch the door to open the other way?',
  att=[('pdf', 'CB-220-instructions.pdf', ['CB-220 instructions', 'Page 6: reversing the door']), ('pdf', 'CB-220-warranty.pdf', ['Warranty 24 months'])])
m('en', 'one-neutral-review-request', 'pass', '-', 'plain', 'proactive', 'us-ascii', 'Fennick Garden Tools', 'Your order {oid} from Fennick Garden Tools',
  'Hello {buyer},\n\nYour bypass pruners from order {oid} were delivered a week ago. If you have a moment, we would be grateful if you shared your experience by leaving a product review on Amazon.\n\nHonest comments, good or bad, help other gardeners choose.\n\nFennick Garden Tools')
m('en', 'cancel-as-asked-duvet', 'pass', '-', 'thunderbird', 'reply', 'iso-8859-1', 'Pennine Down Co', QEN2,
  'Hi {buyer},\n\nNo problem at all - as you asked, we have cancelled order {oid} for the king-size duvet before it was packed. You will not be charged; the pending amount should drop off your card within a few days.\n\nAll the best,\nRuth\nPennine Down Co',
  quote='Please cancel my order, I bought the wrong size. Sorry!', tld='co.uk')
m('en', 'short-thanks-in-thread', 'pass', '-', 'gmail', 'reply', 'us-ascii', 'Tidewater Kayak Supply', QEN2,
  'Thanks, {buyer} - glad the paddle arrived in one piece. Enjoy the water!\n\nSam\nTidewater Kayak Supply',
  quote='Paddle arrived today, all good. Thanks for the quick shipping.')
m('en', 'seller-cancel-oos-adjusted', 'pass', '-', 'outlook', 'proactive', 'us-ascii', 'Redfern Stationery', 'Problem with order {oid}',
  'Dear {buyer},\n\nWe are sorry: the last box of A4 dot-grid refill paper on order {oid} was damaged in our warehouse and we have no further stock. We have cancelled that order ourselves; the order amount was adjusted and the full $18.40 refunded to your original payment method.\n\nYou do not need to do anything.\n\nRedfern Stationery')
m('en', 'coupon-explained-return-link', 'pass', '-', 'plain', 'reply', 'us-ascii', 'Northgate Audio', QEN2,
  'Hi {buyer},\n\nThe 10% coupon shown on the product page is applied only if it is clipped before checkout, so it did not apply to order {oid}. We cannot add it afterwards, but you can return the headphones through Amazon and reorder with the coupon clipped:\nhttps://www.amazon.com/gp/css/returns/homepage.html\n\nRegards,\nNorthgate Audio',
  quote='The coupon for 10% off did not get applied to my order. Can you fix that?')
m('en', 'review-return-remove-film', 'pass', '-', 'applemail', 'reply', 'windows-1252', 'Slateford Tablets', QEN2,
  'Hello {buyer},\n\nWe will review your return request today. Before you send the tablet back, please check one thing: the screen ships with a clear protective film. If the "scratches" are on that film, you can simply remove it from the top-left corner.\n\nIf they are on the glass, go ahead with the return and we will refund you in full.\n\nBest regards,\nPriya\nSlateford Tablets',
  quote='The screen arrived scratched, I want to return it.', tld='co.uk')
m('en', 'partial-refund-dented-lid', 'pass', '-', 'gmail', 'reply', 'windows-1252', 'Copperkettle Homeware', QEN2,
  'Hi {buyer},\n\nI am sorry the lid of the stock pot came with a dent. As you prefer to keep it, we have issued a partial refund of $12.00 on order {oid}; you will see it on your statement in 3–5 business days.\n\nSincerely,\nAmelia\nCopperkettle Homeware',
  quote='The lid has a dent but I need the pot for Thanksgiving. Can you do something?')
m('en', 'order-details-link-wrapped-quote', 'pass', '-', 'tbtext', 'reply', 'us-ascii', 'Ashby Model Railways', QEN2,
  'Hello {buyer},\n\nThe two OO gauge wagons are on one order, {oid}; Amazon shows both items under the same order number here:\nhttps://www.amazon.co.uk/gp/your-account/order-details?orderID={oid}\n\nThe second wagon shipped separately and arrives tomorrow.\n\nAshby Model Railways',
  quote='I got one wagon but my order had two. Was the other cancelled?', tld='co.uk', wrap=True, caseid=True)

m('en', 'homoglyph-care-guide', 'reject', 'links', 'gmail', 'reply', 'utf-8', 'Kettlecraft UK', QEN2,
  'Hi {buyer},\n\nThe limescale on your kettle is normal in hard-water areas. Our descaling guide is here: https://www.kettlecraft.cо.uk/care/descale\n\nKind regards,\nKettlecraft UK',
  quote='There is white stuff inside the kettle after a week. Is it faulty?', tld='co.uk')
m('en', 'spaced-url-guides', 'reject', 'links', 'plain', 'proactive', 'us-ascii', 'Tidy Roots Planters', 'About your planter, order {oid}',
  'Hello {buyer},\n\nTo get the most out of your self-watering planter (order {oid}), our full set of planting guides lives at\nh t t p s : / / tidyroots . shop / guides\n\nTidy Roots Planters')
m('en', 'email-at-dot-spelled', 'reject', 'contact', 'outlook', 'reply', 'us-ascii', 'Bramblewick Candles', QEN2,
  'Dear {buyer},\n\nSorry the wick tunnelled. For faster help with things like this, write to orders at bramblewick dot co dot uk and Jenny will sort you out directly.\n\nBramblewick Candles',
  quote='My candle burned a hole down the middle and the rest is untouched.', tld='co.uk')
m('en', 'phone-nbhyphen', 'reject', 'contact', 'applemail', 'reply', 'utf-8', 'Solent Marine Electronics', QEN2,
  'Hi {buyer},\n\nThe depth sounder needs the transducer calibrated after install. It is easier to talk you through it – ring our workshop on 07700‑900‑412 between 9 and 5.\n\nSolent Marine Electronics',
  quote='The depth readings jump around. What am I doing wrong?', tld='co.uk')
m('en', 'etsy-shop-no-link', 'reject', 'contact,promotion', 'thunderbird', 'reply', 'iso-8859-1', 'Fernleigh Linen', QEN2,
  'Hi {buyer},\n\nThe matching pillowcases are not listed on Amazon, but you will find them, and the new winter plaids, in our Etsy shop FernleighLinenCo.\n\nBest,\nFernleigh Linen',
  quote='Do you sell pillowcases in the same sage colour?')
m('en', 'hamper-draw-incentive', 'reject', 'review', 'gmail', 'proactive', 'us-ascii', 'Oakhurst Coffee Roasters', 'Your beans from order {oid}',
  'Hi {buyer},\n\nWe hope the Ethiopian Guji beans from order {oid} are brewing well. Every month we pick one customer who has posted a product review on Amazon and send them a hamper of our seasonal roasts - so sharing your thoughts could pay off.\n\nOakhurst Coffee Roasters')
m('en', 'revisit-two-star', 'reject', 'review', 'outlook', 'reply', 'windows-1252', 'Pembroke Lighting', QEN2,
  'Dear {buyer},\n\nI am glad the replacement lamp arrived and works properly. Since the problem is now solved, would you consider revisiting the two-star rating you posted and bringing it in line with how things turned out?\n\nThank you,\nPembroke Lighting',
  quote='Replacement arrived, this one works. Thanks.')
m('en', 'what-to-mention', 'reject', 'review', 'applemail', 'proactive', 'us-ascii', 'Voltline Power Banks', 'Quick note on order {oid}',
  'Hello {buyer},\n\nIf you decide to write a review of the 20,000 mAh power bank from order {oid}, it would really help other buyers if you mentioned the fast USB-C charging and that it is allowed in cabin luggage.\n\nVoltline')
m('en', 'second-nudge-review', 'reject', 'review', 'plain', 'proactive', 'us-ascii', 'Fennick Garden Tools', 'A gentle nudge about order {oid}',
  'Hello {buyer},\n\nLast week we asked whether you would leave a product review for the hedge shears on order {oid}. We know inboxes are busy, so this is just a second reminder in case our first note slipped past.\n\nFennick Garden Tools')
m('en', 'less-than-perfect-email-first', 'reject', 'review', 'gmail', 'proactive', 'windows-1252', 'Harbour Lane Prints', 'Your art print, order {oid}',
  'Hi {buyer},\n\nYour framed coastal print (order {oid}) should be on your wall by now. If it is everything you hoped, we would love a review on Amazon. If anything is less than perfect, please reply to us first instead, so we can put it right before you post anything.\n\nHarbour Lane Prints', tld='co.uk')
m('en', 'emoji-gif-cid-thanks', 'reject', 'style,attachment,proactive', 'gmail', 'proactive', 'utf-8', 'Pawsome Pet Beds', 'Woof! Order {oid} 🐶',
  'Hi {buyer}! 🐾\n\nThank you so much for choosing Pawsome for order {oid} – we hope your pup loves the new bed! 💛\n\nThe Pawsome team',
  att=[('gifcid', 'wagging-tail.gif')])
m('en', 'remote-gif-http-pixel', 'reject', 'style,links', 'outlook', 'reply', 'us-ascii', 'Ridgeback Bike Parts', QEN2,
  'Hi {buyer},\n\nThe 11-speed chain for order {oid} fits Shimano and SRAM cassettes; use the quick link supplied rather than a pin.\n\nRidgeback Bike Parts',
  quote='Will this chain fit a SRAM cassette?', img=['https://cdn.ridgeback-parts.example/sig/spinning-wheel.gif'], pixel='http://mail.ridgeback-parts.example/o.gif?u=77102')
m('en', 'cancel-from-your-side-walnut', 'reject', 'ask', 'thunderbird', 'proactive', 'iso-8859-1', 'Claremont Joinery', 'Your walnut side table, order {oid}',
  'Dear {buyer},\n\nUnfortunately the walnut finish you ordered (order {oid}) has run out and our timber merchant cannot supply more this year. Could you please request a cancellation from Your Orders on Amazon? It keeps our account in good standing if the cancellation comes from you.\n\nApologies,\nClaremont Joinery', tld='co.uk')
m('en', 'important-arrived-safely', 'reject', 'important,proactive', 'outlook', 'proactive', 'us-ascii', 'Stonebridge Kettles', '[Important] Did your kettle arrive safely? Order {oid}',
  'Dear {buyer},\n\nWe just wanted to check that your kettle from order {oid} arrived safely. We are always here if you need anything.\n\nStonebridge Kettles')
m('en', 'important-opinion-matters', 'reject', 'important', 'gmail', 'proactive', 'us-ascii', 'Lakeland Wool Throws', 'Your opinion matters [IMPORTANT] - order {oid}',
  'Hello {buyer},\n\nYour merino throw from order {oid} was delivered recently. We would appreciate it if you shared your experience by leaving a product review on Amazon.\n\nLakeland Wool Throws', tld='co.uk')
m('en', 'thank-you-only-harbourline', 'reject', 'proactive', 'applemail', 'proactive', 'iso-8859-1', 'Harbourline Ceramics', 'Thank you for your order {oid}',
  'Dear {buyer},\n\nThank you for choosing Harbourline Ceramics. We are delighted you picked our speckled mugs (order {oid}) and hope they brighten your mornings.\n\nWarmest wishes,\nThe Harbourline family', tld='co.uk')
m('en', 'dispatched-only-tracked48', 'reject', 'proactive', 'plain', 'proactive', 'us-ascii', 'Greywethers Bakeware', 'Order {oid} has been dispatched',
  'Hi {buyer},\n\nGood news - order {oid} (2 x loaf tins) has been dispatched with Royal Mail Tracked 48.\nTracking number: QF112098335GB\n\nGreywethers Bakeware', tld='co.uk')
m('en', 'setup-exe-attached', 'reject', 'attachment', 'outlook', 'reply', 'windows-1252', 'Quillon Label Printers', QEN2,
  'Hello {buyer},\n\nThe printer needs a driver on Windows 11. I have attached our setup assistant – run it and choose "QL-40" when asked.\n\nQuillon Label Printers',
  quote='Windows does not recognise the label printer.', att=[('exe', 'QuillonSetupAssistant.exe')])
m('en', 'flyer-png-winter-sale', 'reject', 'promotion,attachment', 'applemail', 'proactive', 'utf-8', 'Birchmoor Knitwear', 'A little extra with your order {oid}',
  'Hi {buyer},\n\nThanks for your jumper order {oid}. The attached flyer has our winter knitwear line-up – readers of this note get early access before anyone else.\n\nBirchmoor Knitwear', tld='co.uk',
  att=[('png', 'birchmoor-winter-lineup.png')])
m('en', 'stop-reply-optout', 'reject', 'style', 'plain', 'reply', 'us-ascii', 'Westcombe Spices', QEN2,
  'Hi {buyer},\n\nThe sumac in order {oid} is best before June 2027; the date is printed under the lid.\n\nWestcombe Spices\n--\nDo not want messages from us? Reply STOP and we will take you off our mailing list.',
  quote='What is the best before date on the sumac?')

# ---------------------------------------------------------------- de
QDE = 'Anfrage zur Lieferung von Amazon-Kunde {buyer} (Bestellung: {oid})'
QDE2 = 'Anfrage von Amazon-Kunde {buyer} (Bestellung: {oid})'
m('de', 'dhl-sendungsverfolgung-teppich', 'pass', '-', 'gmail', 'reply', 'iso-8859-1', 'Hochmoor Teppichweberei', QDE,
  'Guten Tag {buyer},\n\nIhr Läufer (120 × 200 cm, Bestellung {oid}) wurde gestern an DHL übergeben. Den aktuellen Stand sehen Sie hier:\nhttps://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557\n\nDie Zustellung ist für Donnerstag angekündigt.\n\nMit freundlichen Grüßen\nHannelore Wiese\nHochmoor Teppichweberei',
  quote='Hallo, wann kommt mein Teppich? Ich bin ab Freitag verreist.', wrap=True)
m('de', 'gravur-taschenuhr-important', 'pass', '-', 'outlook', 'proactive', 'windows-1252', 'Fichtelberg Uhrenwerk', '[Important] Bitte Gravurtext prüfen – Bestellung {oid}',
  'Sehr geehrte/r {buyer},\n\nfür die Taschenuhr aus Bestellung {oid} haben Sie als Gravur „Für Opa Heinz – 80“ angegeben. Der Deckel bietet Platz für höchstens 18 Zeichen; Ihr Text hat 19.\n\nDürfen wir den Gedankenstrich weglassen, oder möchten Sie den Text kürzen? Wir gravieren erst nach Ihrer Bestätigung.\n\nFreundliche Grüße\nFichtelberg Uhrenwerk')
m('de', 'rechnung-anbei-kaffeemuehle', 'pass', '-', 'applemail', 'reply', 'iso-8859-15', 'Mahlwerk Kessler', QDE2,
  'Hallo {buyer},\n\nanbei Ihre Rechnung zur Bestellung {oid} (Handkaffeemühle KM-3, 89,90 €) mit ausgewiesener Mehrwertsteuer.\n\nViele Grüße\nJonas Kessler\nMahlwerk Kessler',
  quote='Können Sie mir bitte eine Rechnung mit MwSt. schicken? Ich brauche sie für die Firma.',
  att=[('pdf', 'Rechnung-MK-2026-1187.pdf', ['Mahlwerk Kessler', 'Rechnung MK-2026-1187', 'Handkaffeemuehle KM-3  89,90 EUR'])])
m('de', 'bewertung-einmal-neutral', 'pass', '-', 'plain', 'proactive', 'iso-8859-1', 'Rhönglas Manufaktur', 'Ihre Bestellung {oid} bei Rhönglas Manufaktur',
  'Guten Tag {buyer},\n\nIhre Weingläser aus Bestellung {oid} sind vor einigen Tagen bei Ihnen angekommen. Wenn Sie möchten, teilen Sie Ihre Erfahrungen mit anderen Kunden, indem Sie eine Produktbewertung auf Amazon schreiben.\n\nMit freundlichen Grüßen\nRhönglas Manufaktur')
m('de', 'storno-auf-wunsch', 'pass', '-', 'thunderbird', 'reply', 'iso-8859-1', 'Schwarzwald Kuckucksuhren Brenner', QDE2,
  'Hallo {buyer},\n\nwie gewünscht haben wir die Bestellung {oid} storniert, bevor sie verpackt wurde. Es wird nichts abgebucht.\n\nSchöne Grüße\nLena Brenner',
  quote='Bitte stornieren Sie meine Bestellung, ich habe die Uhr doppelt bestellt.')
m('de', 'gutschein-schutzfolie-stern', 'pass', '-', 'gmail', 'reply', 'windows-1252', 'Elbtal Küchentechnik', QDE2,
  'Hallo {buyer},\n\nIhr Amazon-Gutschein wurde bei der Zahlung verrechnet; bei einer Erstattung geht dieser Anteil automatisch auf Ihr Gutscheinguthaben zurück.\n\nZum Induktionsfeld: Bitte ziehen Sie zuerst die blaue Schutzfolie vom Glas ab. Die Rückwand lässt sich mit einem Torx-Schraubendreher (Stern, T20) öffnen, falls Sie den Anschluss prüfen möchten.\n\nViele Grüße\nElbtal Küchentechnik',
  quote='Wie wird mein Gutschein erstattet, falls ich das Kochfeld zurückschicke? Und die Oberfläche sieht milchig aus.')
m('de', 'speditionstermin-schrank', 'pass', '-', 'outlook', 'proactive', 'iso-8859-15', 'Allgäuer Massivholzmöbel', 'Liefertermin für Ihren Kleiderschrank – Bestellung {oid}',
  'Guten Tag {buyer},\n\nIhr Kleiderschrank aus Kernbuche (Bestellung {oid}, 112 kg) wird per Spedition bis in die Wohnung geliefert. Die Spedition kann am Mittwoch, 18. November, oder am Freitag, 20. November, jeweils zwischen 7 und 13 Uhr kommen.\n\nWelcher Termin passt Ihnen? Bitte teilen Sie uns auch mit, in welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt.\n\nMit freundlichen Grüßen\nAllgäuer Massivholzmöbel')
m('de', 'danke-kurz-antwort', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Spessart Imkerei Vogt', QDE2,
  'Das freut uns sehr, {buyer}. Danke für die nette Rückmeldung!\n\nImkerei Vogt',
  quote='Der Honig ist heute angekommen und schmeckt wunderbar. Danke!')
m('de', 'pflegeanleitung-eigene-seite', 'reject', 'links', 'gmail', 'reply', 'windows-1252', 'Hochmoor Teppichweberei', QDE2,
  'Guten Tag {buyer},\n\ndie ausführliche Pflegeanleitung für Wollteppiche finden Sie auf unserer Seite www.hochmoor-teppiche.de/pflege – dort gibt es auch ein Video zur Fleckentfernung.\n\nHochmoor Teppichweberei',
  quote='Wie reinige ich einen Rotweinfleck auf dem Teppich?')
m('de', 'mail-at-punkt', 'reject', 'contact', 'thunderbird', 'reply', 'iso-8859-15', 'Fichtelberg Uhrenwerk', QDE2,
  'Hallo {buyer},\n\ndas Uhrglas tauschen wir gern. Schreiben Sie uns am besten direkt an service(at)fichtelberg-uhren(punkt)de, dann schicken wir Ihnen einen Versandaufkleber.\n\nFichtelberg Uhrenwerk',
  quote='Das Glas meiner Uhr hat einen Sprung. Kann man das reparieren?')
m('de', 'code-naechste-bestellung', 'reject', 'promotion', 'outlook', 'proactive', 'windows-1252', 'Mahlwerk Kessler', 'Zu Ihrer Bestellung {oid}',
  'Guten Tag {buyer},\n\nwir hoffen, die Mühle aus Bestellung {oid} leistet gute Dienste. Für Ihren nächsten Einkauf bei uns: Mit dem Code BOHNE15 erhalten Sie 15 % auf unsere neuen Espresso-Siebträger.\n\nMahlwerk Kessler')
m('de', 'drei-sterne-anpassen-versand', 'reject', 'review', 'applemail', 'reply', 'iso-8859-1', 'Spreewald Leinen', QDE2,
  'Hallo {buyer},\n\nes tut uns leid, dass die Tischdecke eingelaufen ist. Wenn Sie Ihre Drei-Sterne-Bewertung noch einmal anpassen, erstatten wir Ihnen gern die Versandkosten.\n\nSpreewald Leinen',
  quote='Nach der ersten Wäsche ist die Decke 8 cm kürzer.')
m('de', 'emoji-leerzeilen', 'reject', 'style', 'gmail', 'reply', 'utf-8', 'Ostsee Drachenbau', QDE2,
  'Moin {buyer}! 😊\n\nDer Lenkdrachen ist unterwegs und kommt Donnerstag. 🪁\n\n\n\n\nViel Spaß am Strand!\nOstsee Drachenbau',
  quote='Kommt der Drachen noch vor dem Wochenende?')
m('de', 'selbst-stornieren-bitte', 'reject', 'ask', 'plain', 'proactive', 'iso-8859-1', 'Rhönglas Manufaktur', 'Ihre Bestellung {oid}',
  'Guten Tag {buyer},\n\nleider sind die Römergläser in Grün aus Bestellung {oid} nicht mehr vorrätig. Bitte stornieren Sie die Bestellung selbst über »Meine Bestellungen«, damit sie schnell abgeschlossen ist.\n\nRhönglas Manufaktur')
m('de', 'important-wie-gefaellt', 'reject', 'important', 'outlook', 'proactive', 'windows-1252', 'Lauschaer Glaskunst', '[Important] Wie gefällt Ihnen Ihre Weihnachtskugel? Bestellung {oid}',
  'Guten Tag {buyer},\n\nIhre mundgeblasenen Christbaumkugeln aus Bestellung {oid} sind angekommen. Wir würden uns freuen, wenn Sie Ihre Erfahrungen in einer Produktbewertung auf Amazon teilen.\n\nLauschaer Glaskunst')
m('de', 'versandt-nur-info', 'reject', 'proactive', 'tbtext', 'proactive', 'iso-8859-15', 'Spessart Imkerei Vogt', 'Ihre Bestellung {oid} wurde versandt',
  'Hallo {buyer},\n\nIhre Bestellung {oid} (3 Gläser Waldhonig) hat heute unser Haus verlassen und ist mit DHL unterwegs.\n\nImkerei Vogt')
m('de', 'katalog-zip', 'reject', 'attachment,promotion', 'applemail', 'reply', 'windows-1252', 'Allgäuer Massivholzmöbel', QDE2,
  'Hallo {buyer},\n\nzu Ihrer Frage nach passenden Nachttischen: Im Anhang finden Sie unseren Katalog 2027 mit allen Modellen der Serie „Kernbuche“ und den Preisen für Direktbestellungen.\n\nAllgäuer Massivholzmöbel',
  quote='Gibt es zum Schrank auch passende Nachttische?', att=[('zip', 'Katalog_2027.zip', [('Katalog_2027_Seite1.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + b'\x00' * 64 + b'\xff\xd9'), ('Preisliste.csv', b'Modell;Preis\nNT-1;249\n')])])

# ---------------------------------------------------------------- fr
QFR = 'Demande de livraison de la part du client Amazon {buyer} (Commande : {oid})'
QFR2 = 'Demande de renseignements de la part du client Amazon {buyer} (Commande : {oid})'
m('fr', 'colissimo-savons', 'pass', '-', 'gmail', 'reply', 'iso-8859-15', 'Savonnerie du Vercors', QFR,
  'Bonjour {buyer},\n\nVotre coffret de savons (commande {oid}) a été remis à Colissimo mardi. Vous pouvez suivre le colis ici :\nhttps://www.laposte.fr/outils/suivre-vos-envois?code=6A23456789012\n\nLa livraison est prévue jeudi en boîte aux lettres.\n\nBelle journée,\nClémence\nSavonnerie du Vercors',
  quote='Bonjour, mon colis n\'est toujours pas arrivé, pouvez-vous vérifier ?')
m('fr', 'bpost-lin-belgique', 'pass', '-', 'outlook', 'reply', 'windows-1252', 'Atelier Lin & Lune', QFR,
  'Bonjour {buyer},\n\nLe linge de lit de votre commande {oid} est parti de Gand hier avec bpost. Suivi : https://track.bpost.cloud/btr/web/#/search?itemCode=323299901234567890&lang=fr\n\nSi personne n\'est présent, le colis sera déposé au point Poste le plus proche.\n\nCordialement,\nAtelier Lin & Lune',
  quote='Bonjour, quand vais-je recevoir ma housse de couette ?', tld='com.be')
m('fr', 'postes-canada-confiture', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Les Confitures de Mamie Odette', QFR,
  'Bonjour {buyer},\n\nVos trois pots de confiture de bleuets (commande {oid}) voyagent avec Postes Canada :\nhttps://www.canadapost-postescanada.ca/track-reperage/fr#/search?searchFor=7023210039414711\n\nLivraison prévue vendredi à Sherbrooke.\n\nAu plaisir,\nOdette',
  quote='Allô, est-ce que ma commande est partie?', tld='ca')
m('fr', 'gravure-couteau-important', 'pass', '-', 'thunderbird', 'proactive', 'iso-8859-15', 'Coutellerie Lamoureux', '[Important] Gravure de votre couteau – commande {oid}',
  'Bonjour {buyer},\n\nPour la gravure de votre couteau pliant (commande {oid}), vous avez indiqué « Pour Étienne, 30 ans ». La lame ne permet que 16 caractères.\n\nPouvez-vous nous indiquer une version plus courte, par exemple « Étienne 30 ans » ? La gravure sera faite dès votre réponse.\n\nCordialement,\nCoutellerie Lamoureux')
m('fr', 'facture-pdf-jointe', 'pass', '-', 'outlook', 'proactive', 'windows-1252', 'Maison Vernay Luminaires', 'Votre facture – commande {oid}',
  'Bonjour {buyer},\n\nVeuillez trouver ci-joint la facture de votre commande {oid} (suspension en laiton, 149,00 € TTC).\n\nCordialement,\nMaison Vernay Luminaires',
  att=[('pdf', 'Facture-MV-4471.pdf', ['Maison Vernay Luminaires', 'Facture MV-4471', 'Suspension laiton  149,00 EUR TTC'])])
m('fr', 'avis-unique-neutre', 'pass', '-', 'plain', 'proactive', 'iso-8859-1', 'Savonnerie du Vercors', 'Votre commande {oid}',
  'Bonjour {buyer},\n\nVotre coffret de savons (commande {oid}) vous a été livré la semaine dernière. Si vous le souhaitez, vous pouvez partager votre expérience en laissant un commentaire sur le produit sur Amazon.\n\nMerci de votre temps,\nSavonnerie du Vercors')
m('fr', 'annulation-demandee-film-etoile', 'pass', '-', 'gmail', 'reply', 'iso-8859-15', 'Horlogerie Besson', QFR2,
  'Bonjour {buyer},\n\nComme vous nous l\'avez demandé, la commande {oid} pour le second réveil est annulée ; vous ne serez pas débité.\n\nPour le premier réveil : retirez le film protecteur du cadran, et le compartiment à pile s\'ouvre avec un petit tournevis étoile.\n\nBonne journée,\nHorlogerie Besson',
  quote='J\'ai commandé deux réveils par erreur, pouvez-vous annuler le deuxième ? Et comment ouvrir le compartiment à pile ?')
m('fr', 'merci-court', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Coutellerie Lamoureux', QFR2,
  'Merci beaucoup {buyer}, ravis que le couteau vous plaise !\n\nCoutellerie Lamoureux',
  quote='Couteau bien reçu, la gravure est parfaite. Merci !')
m('fr', 'lien-instagram', 'reject', 'links', 'outlook', 'reply', 'windows-1252', 'Maison Vernay Luminaires', QFR2,
  'Bonjour {buyer},\n\nOui, l\'ampoule E27 fournie convient. Pour voir la suspension installée dans différents intérieurs, jetez un œil à notre compte : https://www.instagram.com/maisonvernay.luminaires/\n\nCordialement,\nMaison Vernay',
  quote='Quelle ampoule faut-il pour la suspension ?')
m('fr', 'arobase-point', 'reject', 'contact', 'tbtext', 'reply', 'iso-8859-15', 'Savonnerie du Vercors', QFR2,
  'Bonjour {buyer},\n\nPour une commande de 40 savons pour votre mariage, écrivez-nous plutôt à contact arobase savonnerie-vercors point fr, nous vous ferons un devis.\n\nSavonnerie du Vercors',
  quote='Pourriez-vous faire 40 petits savons pour un mariage ?')
m('fr', 'code-promo-boutique', 'reject', 'promotion', 'gmail', 'proactive', 'iso-8859-1', 'Les Confitures de Mamie Odette', 'Votre commande {oid}',
  'Bonjour {buyer},\n\nMerci pour votre commande {oid}. Nos nouvelles gelées de canneberges viennent d\'arriver : avec le code ODETTE20, vous profitez de 20 % de rabais sur votre prochain achat chez nous.\n\nOdette', tld='ca')
m('fr', 'dites-douceur-parfum', 'reject', 'review', 'applemail', 'proactive', 'iso-8859-15', 'Savonnerie du Vercors', 'Votre avis sur la commande {oid}',
  'Bonjour {buyer},\n\nSi vous laissez un commentaire sur votre coffret (commande {oid}), n\'hésitez pas à parler de la douceur de la mousse et du parfum de lavande qui dure : ce sont les points que nos clients préfèrent.\n\nSavonnerie du Vercors')
m('fr', 'gif-joint-merci', 'reject', 'style,attachment', 'outlook', 'reply', 'windows-1252', 'Atelier Lin & Lune', QFR2,
  'Bonjour {buyer},\n\nLa taille 240 × 220 cm convient bien à un matelas de 160. Petite animation jointe pour vous souhaiter de belles nuits.\n\nAtelier Lin & Lune',
  quote='La housse 240x220 convient-elle pour un lit de 160 ?', tld='com.be', att=[('gif', 'bonne-nuit-lune.gif')])
m('fr', 'annulez-rupture', 'reject', 'ask', 'thunderbird', 'proactive', 'iso-8859-1', 'Horlogerie Besson', 'Commande {oid}',
  'Bonjour {buyer},\n\nLe réveil bleu de votre commande {oid} n\'est plus disponible chez notre fournisseur. Merci de bien vouloir demander l\'annulation de la commande depuis votre compte Amazon.\n\nHorlogerie Besson')
m('fr', 'important-merci-seul', 'reject', 'important,proactive', 'gmail', 'proactive', 'iso-8859-15', 'Maison Vernay Luminaires', '[Important] Merci pour votre confiance !',
  'Bonjour {buyer},\n\nToute l\'équipe de Maison Vernay vous remercie pour votre commande {oid}. Nous restons à votre disposition.\n\nMaison Vernay Luminaires')
m('fr', 'colis-expedie-seul', 'reject', 'proactive', 'plain', 'proactive', 'iso-8859-1', 'Coutellerie Lamoureux', 'Votre colis est en route',
  'Bonjour {buyer},\n\nNous avons le plaisir de vous informer que votre commande {oid} a été expédiée aujourd\'hui.\n\nCoutellerie Lamoureux')
m('fr', 'zip-facture-exe', 'reject', 'attachment', 'applemail', 'proactive', 'iso-8859-15', 'Horlogerie Besson', 'Facture commande {oid}',
  'Bonjour {buyer},\n\nVous trouverez votre facture dans l\'archive jointe.\n\nHorlogerie Besson',
  att=[('zip', 'Facture_{0}.zip'.format('HB1120'), [('Facture_HB1120.pdf.exe', mk_exe())])])

# ---------------------------------------------------------------- es
QES = 'Consulta sobre la entrega del cliente de Amazon {buyer} (Pedido: {oid})'
QES2 = 'Consulta del cliente de Amazon {buyer} (Pedido: {oid})'
m('es', 'correos-aceite-oliva', 'pass', '-', 'gmail', 'reply', 'iso-8859-1', 'Almazara Los Olivares', QES,
  'Hola {buyer}:\n\nSu lata de aceite de oliva virgen extra (pedido {oid}) salió ayer con Correos. Puede seguirla aquí:\nhttps://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6B0712345670128001S\n\nLa entrega está prevista para el jueves.\n\nUn saludo,\nAlmazara Los Olivares',
  quote='Buenas, ¿cuándo llega mi pedido? Lo necesito para el fin de semana.', wrap=True)
m('es', 'estafeta-mexico-talavera', 'pass', '-', 'outlook', 'reply', 'windows-1252', 'Talavera Doña Chuy', QES,
  'Hola {buyer}:\n\nSu juego de platos de talavera (pedido {oid}) va con Estafeta, guía 3015862474014709120245. Rastreo:\nhttps://www.estafeta.com/Herramientas/Rastreo?wayBill=3015862474014709120245\n\nViaja bien protegido; la entrega en Monterrey es el martes.\n\nSaludos cordiales,\nTalavera Doña Chuy',
  quote='¿Ya enviaron mis platos? No me llega el número de guía.', tld='com.mx')
m('es', 'bordado-nombre-important', 'pass', '-', 'applemail', 'proactive', 'iso-8859-15', 'Bordados Azahar', '[Important] Confirme el nombre para el bordado – pedido {oid}',
  'Hola {buyer}:\n\nAntes de bordar la toalla de su pedido {oid}, ¿nos confirma el nombre? En el pedido aparece «Ximena» y en la nota de regalo «Jimena».\n\nEn cuanto nos responda, la bordamos y la enviamos.\n\nGracias,\nBordados Azahar')
m('es', 'factura-garantia-pdf', 'pass', '-', 'thunderbird', 'reply', 'iso-8859-1', 'Cafeteras Irún', QES2,
  'Hola {buyer}:\n\nLe adjunto la factura del pedido {oid} y el certificado de garantía de la cafetera (3 años). El número de serie ya figura en ambos documentos.\n\nUn saludo,\nCafeteras Irún',
  quote='Necesito la factura y la garantía para registrar la cafetera.',
  att=[('pdf', 'factura-CI-7731.pdf', ['Cafeteras Irun', 'Factura CI-7731']), ('pdf', 'garantia-CI-7731.pdf', ['Garantia 3 anos'])])
m('es', 'resena-unica', 'pass', '-', 'plain', 'proactive', 'iso-8859-1', 'Almazara Los Olivares', 'Su pedido {oid}',
  'Hola {buyer}:\n\nSu aceite (pedido {oid}) se entregó hace unos días. Si lo desea, puede compartir su experiencia con otros clientes dejando una reseña del producto en Amazon.\n\nAlmazara Los Olivares')
m('es', 'cancelacion-solicitada', 'pass', '-', 'gmail', 'reply', 'windows-1252', 'Talavera Doña Chuy', QES2,
  'Hola {buyer}:\n\nTal como nos pidió, hemos cancelado el pedido {oid}. No se le hará ningún cargo.\n\nSaludos,\nTalavera Doña Chuy',
  quote='Por favor cancelen mi pedido, me equivoqué de color.', tld='com.mx')
m('es', 'envoltorio-regalo-revisar', 'pass', '-', 'outlook', 'reply', 'iso-8859-15', 'Bordados Azahar', QES2,
  'Hola {buyer}:\n\nVamos a revisar su solicitud de devolución hoy mismo. La toalla se envió con envoltorio de regalo, como indicó; puede quitar el lazo sin dañarla.\n\nSi prefiere el cambio por otro color, también es posible.\n\nUn saludo,\nBordados Azahar',
  quote='La toalla venía en papel de regalo y no sé si puedo devolverla así.')
m('es', 'gracias-breve', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Cafeteras Irún', QES2,
  '¡Gracias a usted, {buyer}! Que disfrute del café.\n\nCafeteras Irún',
  quote='La cafetera funciona de maravilla, muchas gracias.')
m('es', 'youtube-receta', 'reject', 'links', 'gmail', 'reply', 'iso-8859-1', 'Almazara Los Olivares', QES2,
  'Hola {buyer}:\n\nEl aceite se conserva mejor lejos de la luz. Tenemos un vídeo con recetas en https://youtu.be/Xk3vOlivar9 que le puede gustar.\n\nAlmazara Los Olivares',
  quote='¿Cómo debo guardar la lata una vez abierta?')
m('es', 'arroba-correo', 'reject', 'contact', 'plain', 'reply', 'windows-1252', 'Talavera Doña Chuy', QES2,
  'Hola {buyer}:\n\nPara pedidos de mayoreo escríbanos a ventas arroba talaveradonachuy punto mx y le mandamos la lista.\n\nTalavera Doña Chuy',
  quote='¿Venden al mayoreo para restaurantes?', tld='com.mx')
m('es', 'catalogo-navidad', 'reject', 'promotion', 'outlook', 'proactive', 'iso-8859-15', 'Bordados Azahar', 'Novedades para Navidad – pedido {oid}',
  'Hola {buyer}:\n\nGracias por su pedido {oid}. Ya está disponible nuestra nueva colección de mantelerías navideñas bordadas; búsquela en Amazon como «Azahar Navidad» antes de que se agote.\n\nBordados Azahar')
m('es', 'reembolso-por-resena', 'reject', 'review', 'thunderbird', 'proactive', 'iso-8859-1', 'Cafeteras Irún', 'Su cafetera, pedido {oid}',
  'Hola {buyer}:\n\nCuando publique su reseña de la cafetera del pedido {oid}, envíenos una captura y le devolvemos el importe de las cápsulas de regalo.\n\nCafeteras Irún')
m('es', 'emoji-olivo', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'Almazara Los Olivares', QES2,
  '¡Hola {buyer}! 🫒✨\n\nSí, el aceite es de cosecha temprana de este año. ¡Buen provecho! 😋\n\nAlmazara Los Olivares',
  quote='¿El aceite es de la cosecha de este año?')
m('es', 'gif-inline-pinata', 'reject', 'style,attachment', 'gmail', 'reply', 'utf-8', 'Talavera Doña Chuy', QES2,
  'Hola {buyer}:\n\nSu jarra ya va en camino. ¡Le mandamos una piñata animada para celebrar!\n\nTalavera Doña Chuy',
  quote='¿Ya salió mi jarra?', tld='com.mx', att=[('gifcid', 'pinata.gif')])
m('es', 'cancele-usted-agotado', 'reject', 'ask', 'outlook', 'proactive', 'windows-1252', 'Bordados Azahar', 'Pedido {oid}',
  'Hola {buyer}:\n\nSe nos ha agotado el hilo dorado para su toalla del pedido {oid}. ¿Podría solicitar usted la cancelación desde Mis pedidos? Así se resuelve antes.\n\nBordados Azahar')
m('es', 'important-gracias-compra', 'reject', 'important,proactive', 'plain', 'proactive', 'iso-8859-1', 'Almazara Los Olivares', '[Important] Gracias por su compra',
  'Hola {buyer}:\n\nSólo queríamos darle las gracias por su pedido {oid}. Estamos aquí para lo que necesite.\n\nAlmazara Los Olivares')
m('es', 'enviado-solo-aviso', 'reject', 'proactive', 'gmail', 'proactive', 'iso-8859-15', 'Cafeteras Irún', 'Su pedido {oid} ya está en camino',
  'Hola {buyer}:\n\nLe confirmamos que su pedido {oid} ha salido de nuestro almacén hoy.\n\nCafeteras Irún')
m('es', 'js-adjunto', 'reject', 'attachment', 'thunderbird', 'reply', 'iso-8859-1', 'Talavera Doña Chuy', QES2,
  'Hola {buyer}:\n\nLe adjunto un pequeño programa para calcular cuántas piezas caben en su vitrina.\n\nTalavera Doña Chuy',
  quote='¿Cuántos platos caben en una vitrina de 80 cm?', tld='com.mx', att=[('js', 'calculadora-vitrina.js', 'var w=80;var d=27;alert(Math.floor(w/d));\n')])

# ---------------------------------------------------------------- it
QIT = 'Richiesta di informazioni sulla consegna dal cliente Amazon {buyer} (Ordine: {oid})'
QIT2 = 'Richiesta dal cliente Amazon {buyer} (Ordine: {oid})'
m('it', 'poste-italiane-moka', 'pass', '-', 'gmail', 'reply', 'iso-8859-1', 'Caffettiere Brambilla', QIT,
  'Buongiorno {buyer},\n\nla sua moka da 6 tazze (ordine {oid}) è stata affidata a Poste Italiane ieri pomeriggio. Può seguire la spedizione qui:\nhttps://www.poste.it/cerca/index.html#/risultati-spedizioni/1UW2R0K0123456\n\nLa consegna è prevista per giovedì.\n\nCordiali saluti,\nCaffettiere Brambilla',
  quote='Buongiorno, la moka non è ancora arrivata, potete controllare?', wrap=True)
m('it', 'brt-divano-appuntamento', 'pass', '-', 'outlook', 'proactive', 'iso-8859-15', 'Salotti Ferraresi', '[Important] Appuntamento per la consegna del divano – ordine {oid}',
  'Gentile {buyer},\n\nil divano a tre posti del suo ordine {oid} pesa 74 kg e viene consegnato al piano da BRT con due operatori. Sono disponibili lunedì 16 o mercoledì 18 novembre, dalle 9 alle 13.\n\nCi può indicare la data preferita e se l\'edificio ha l\'ascensore?\n\nCordiali saluti,\nSalotti Ferraresi')
m('it', 'istruzioni-pdf-pasta', 'pass', '-', 'applemail', 'reply', 'windows-1252', 'Torchietti Emiliani', QIT2,
  'Ciao {buyer},\n\nin allegato trova il manuale d\'uso della macchina per la pasta (modello TE-150) con le istruzioni per montare la trafila dei bigoli a pagina 4.\n\nUn saluto,\nTorchietti Emiliani',
  quote='Ho perso il libretto, come si monta la trafila?', att=[('pdf', 'TE-150-manuale.pdf', ['Torchietti Emiliani TE-150', 'Manuale d uso', 'Pagina 4: trafila bigoli'])])
m('it', 'recensione-una-volta', 'pass', '-', 'plain', 'proactive', 'iso-8859-1', 'Caffettiere Brambilla', 'Il suo ordine {oid}',
  'Gentile {buyer},\n\nla moka dell\'ordine {oid} le è stata consegnata pochi giorni fa. Se lo desidera, può condividere la sua esperienza con altri clienti lasciando una recensione del prodotto su Amazon.\n\nCaffettiere Brambilla')
m('it', 'annullato-su-richiesta', 'pass', '-', 'thunderbird', 'reply', 'iso-8859-15', 'Salotti Ferraresi', QIT2,
  'Gentile {buyer},\n\ncome da sua richiesta abbiamo annullato l\'ordine {oid}; l\'importo di 1.290,00 € non le verrà addebitato.\n\nCordiali saluti,\nSalotti Ferraresi',
  quote='Vorrei annullare l\'ordine del divano, abbiamo cambiato casa.')
m('it', 'cacciavite-stella-pellicola', 'pass', '-', 'gmail', 'reply', 'iso-8859-1', 'Bilance Lombarde', QIT2,
  'Buongiorno {buyer},\n\nla bilancia da cucina ha ancora la pellicola protettiva sul vetro: va rimossa, altrimenti il sensore può leggere male. Le pile si cambiano aprendo il coperchio con un cacciavite a stella.\n\nCordiali saluti,\nBilance Lombarde',
  quote='La bilancia segna pesi sbagliati, come la sistemo?')
m('it', 'grazie-breve', 'pass', '-', 'applemail', 'reply', 'iso-8859-15', 'Torchietti Emiliani', QIT2,
  'Grazie a lei, {buyer}! Buone tagliatelle.\n\nTorchietti Emiliani',
  quote='Tutto chiaro, grazie mille per l\'aiuto!')
m('it', 'link-blog-ricette', 'reject', 'links', 'outlook', 'reply', 'windows-1252', 'Torchietti Emiliani', QIT2,
  'Buongiorno {buyer},\n\nper l\'impasto ideale le consiglio le dosi del nostro blog: https://blog.torchietti-emiliani.example/impasto-perfetto\n\nTorchietti Emiliani',
  quote='Quanta farina per due uova?')
m('it', 'chiocciola-numero', 'reject', 'contact', 'tbtext', 'reply', 'iso-8859-1', 'Caffettiere Brambilla', QIT2,
  'Buongiorno {buyer},\n\nper le guarnizioni di ricambio ci scriva a ricambi chiocciola brambilla-moka punto it oppure ci chiami allo 02 8821 4490.\n\nCaffettiere Brambilla',
  quote='Vendete la guarnizione di ricambio?')
m('it', 'novita-sconto-futuro', 'reject', 'promotion', 'gmail', 'proactive', 'iso-8859-15', 'Bilance Lombarde', 'Il suo ordine {oid}',
  'Gentile {buyer},\n\ngrazie per l\'ordine {oid}. Per i clienti che hanno già acquistato da noi, la nuova bilancia pesapersone è scontata del 25 % fino a fine mese: la trova nella nostra vetrina Amazon.\n\nBilance Lombarde')
m('it', 'modificare-recensione-una-stella', 'reject', 'review', 'applemail', 'reply', 'iso-8859-1', 'Salotti Ferraresi', QIT2,
  'Gentile {buyer},\n\nora che il tecnico ha sostituito il cuscino, le saremmo grati se potesse togliere la recensione a una stella che ha pubblicato la settimana scorsa.\n\nSalotti Ferraresi',
  quote='Il tecnico è passato, adesso il divano è a posto.')
m('it', 'gif-animata-allegata', 'reject', 'style,attachment', 'outlook', 'proactive', 'windows-1252', 'Caffettiere Brambilla', 'Consigli per la sua moka – ordine {oid}',
  'Gentile {buyer},\n\nprima del primo utilizzo prepari tre caffè da buttare: serve a eliminare il gusto di metallo. Le alleghiamo una breve animazione che mostra il livello giusto dell\'acqua.\n\nCaffettiere Brambilla',
  att=[('gif', 'livello-acqua-moka.gif')])
m('it', 'annulli-lei-esaurito', 'reject', 'ask', 'plain', 'proactive', 'iso-8859-15', 'Bilance Lombarde', 'Ordine {oid}',
  'Gentile {buyer},\n\nil modello in colore rame dell\'ordine {oid} è esaurito. Le chiediamo di annullare l\'ordine dal suo account, così potrà scegliere un altro colore.\n\nBilance Lombarde')
m('it', 'important-recensione', 'reject', 'important', 'gmail', 'proactive', 'iso-8859-1', 'Torchietti Emiliani', '[IMPORTANT] La sua opinione sulla macchina per pasta',
  'Gentile {buyer},\n\nla macchina per la pasta dell\'ordine {oid} è stata consegnata di recente. Se lo desidera, può lasciare una recensione del prodotto su Amazon.\n\nTorchietti Emiliani')
m('it', 'solo-grazie', 'reject', 'proactive', 'thunderbird', 'proactive', 'iso-8859-15', 'Salotti Ferraresi', 'Grazie!',
  'Gentile {buyer},\n\ngrazie di cuore per aver scelto Salotti Ferraresi (ordine {oid}). Siamo sempre qui se ha bisogno di noi.\n\nSalotti Ferraresi')
m('it', 'emoji-tazzina', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'Caffettiere Brambilla', QIT2,
  'Ciao {buyer} ☕️\n\nsì, va bene anche sul piano a induzione con l\'adattatore incluso. Buon caffè! 😄\n\nCaffettiere Brambilla',
  quote='Funziona sull\'induzione?')

# ---------------------------------------------------------------- pt
QPT = 'Consulta sobre entrega do cliente da Amazon {buyer} (Pedido: {oid})'
QPT2 = 'Consulta do cliente da Amazon {buyer} (Pedido: {oid})'
m('pt', 'correios-rastreio-rede', 'pass', '-', 'gmail', 'reply', 'iso-8859-1', 'Redes Nordeste Artesanato', QPT,
  'Olá, {buyer}!\n\nSua rede de dormir (pedido {oid}) foi postada pelos Correios na segunda-feira. Rastreio:\nhttps://rastreamento.correios.com.br/app/index.php?objeto=QB123456789BR\n\nO prazo estimado para Campinas é sexta-feira.\n\nAbraços,\nRedes Nordeste Artesanato',
  quote='Oi, minha rede ainda não chegou. Vocês já enviaram?', wrap=True)
m('pt', 'jadlog-geladeira-agendamento', 'pass', '-', 'outlook', 'proactive', 'windows-1252', 'Frigor Sul Eletro', '[Important] Agendamento da entrega – pedido {oid}',
  'Prezado(a) {buyer},\n\nA geladeira frost free do pedido {oid} (68 kg) será entregue pela transportadora Jadlog com agendamento. Temos disponíveis os dias 17 e 19 de novembro, no período da manhã ou da tarde.\n\nQual data e período ficam melhores para o(a) senhor(a)? Informe também se há escada no acesso.\n\nAtenciosamente,\nFrigor Sul Eletro')
m('pt', 'nota-fiscal-danfe', 'pass', '-', 'applemail', 'reply', 'iso-8859-15', 'Cafés do Cerrado Mineiro', QPT2,
  'Olá, {buyer}!\n\nSegue em anexo a nota fiscal (DANFE) do pedido {oid}, com o CPF informado na compra.\n\nAtenciosamente,\nCafés do Cerrado Mineiro',
  quote='Preciso da nota fiscal para reembolso da empresa.', att=[('pdf', 'DANFE-NF-000482.pdf', ['DANFE', 'NF-e 000482', 'Cafe especial 500 g'])])
m('pt', 'avaliacao-uma-vez', 'pass', '-', 'plain', 'proactive', 'iso-8859-1', 'Redes Nordeste Artesanato', 'Seu pedido {oid}',
  'Olá, {buyer}!\n\nSua rede do pedido {oid} foi entregue há alguns dias. Se quiser, compartilhe sua experiência com outros clientes deixando uma avaliação do produto na Amazon.\n\nRedes Nordeste Artesanato')
m('pt', 'cancelamento-pedido-cliente', 'pass', '-', 'thunderbird', 'reply', 'iso-8859-15', 'Frigor Sul Eletro', QPT2,
  'Olá, {buyer},\n\nConforme solicitado, cancelamos o pedido {oid}. O valor de R$ 3.499,00 não será cobrado.\n\nAtenciosamente,\nFrigor Sul Eletro',
  quote='Quero cancelar a compra da geladeira, por favor.')
m('pt', 'cupom-amazon-embalagem-presente', 'pass', '-', 'gmail', 'reply', 'windows-1252', 'Cafés do Cerrado Mineiro', QPT2,
  'Olá, {buyer}!\n\nO cupom da página do produto é da própria Amazon e é aplicado no fechamento do pedido, por isso não aparece na nota. A embalagem para presente foi incluída, com a mensagem que você escreveu.\n\nAbraços,\nCafés do Cerrado Mineiro',
  quote='O cupom de desconto foi aplicado? E vocês colocaram a embalagem de presente?')
m('pt', 'obrigado-curto', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Redes Nordeste Artesanato', QPT2,
  'Que bom, {buyer}! Obrigado pelo retorno.\n\nRedes Nordeste Artesanato',
  quote='A rede chegou, é linda. Obrigada!')
m('pt', 'link-loja-propria', 'reject', 'links,promotion', 'outlook', 'reply', 'windows-1252', 'Cafés do Cerrado Mineiro', QPT2,
  'Olá, {buyer}!\n\nO café em grãos de 1 kg não está na Amazon, mas você encontra em https://loja.cafesdocerrado.example/graos-1kg com frete grátis.\n\nCafés do Cerrado Mineiro',
  quote='Vocês têm o pacote de 1 kg?')
m('pt', 'whatsapp-numero', 'reject', 'contact', 'tbtext', 'reply', 'iso-8859-15', 'Frigor Sul Eletro', QPT2,
  'Olá, {buyer},\n\nPara agilizar a instalação, chame nosso técnico no WhatsApp (51) 99812-4407.\n\nFrigor Sul Eletro',
  quote='Preciso de ajuda para instalar a geladeira.')
m('pt', 'clube-assinatura', 'reject', 'promotion', 'gmail', 'proactive', 'iso-8859-1', 'Cafés do Cerrado Mineiro', 'Seu pedido {oid}',
  'Olá, {buyer}!\n\nEsperamos que o café do pedido {oid} esteja agradando. Que tal entrar para o nosso clube de assinatura? Todo mês um café especial diferente, com 30% de desconto na primeira caixa.\n\nCafés do Cerrado Mineiro')
m('pt', 'avaliacao-5-estrelas-brinde', 'reject', 'review', 'applemail', 'proactive', 'iso-8859-15', 'Redes Nordeste Artesanato', 'Sua rede, pedido {oid}',
  'Olá, {buyer}!\n\nSe a rede do pedido {oid} deixou você satisfeito(a), deixe cinco estrelas na Amazon e mande o print: enviamos de brinde um par de armadores.\n\nRedes Nordeste Artesanato')
m('pt', 'gif-anexo-cafe', 'reject', 'style,attachment', 'outlook', 'reply', 'windows-1252', 'Cafés do Cerrado Mineiro', QPT2,
  'Olá, {buyer}!\n\nA moagem média serve para coador de papel. Segue uma animação da xícara para alegrar seu dia.\n\nCafés do Cerrado Mineiro',
  quote='Qual moagem serve para coador?', att=[('gif', 'xicara-fumegante.gif')])
m('pt', 'cancele-por-favor-estoque', 'reject', 'ask', 'plain', 'proactive', 'iso-8859-1', 'Frigor Sul Eletro', 'Pedido {oid}',
  'Olá, {buyer},\n\nA geladeira inox do pedido {oid} está sem estoque no fabricante. Pedimos que você solicite o cancelamento na área Seus pedidos.\n\nFrigor Sul Eletro')
m('pt', 'important-enviado', 'reject', 'important,proactive', 'gmail', 'proactive', 'iso-8859-15', 'Redes Nordeste Artesanato', '[Important] Seu pedido foi enviado',
  'Olá, {buyer}!\n\nSeu pedido {oid} foi enviado hoje. Obrigado pela preferência!\n\nRedes Nordeste Artesanato')
m('pt', 'so-agradecimento', 'reject', 'proactive', 'thunderbird', 'proactive', 'iso-8859-1', 'Cafés do Cerrado Mineiro', 'Muito obrigado!',
  'Olá, {buyer}!\n\nMuito obrigado por comprar com a gente (pedido {oid}). Qualquer coisa, estamos à disposição.\n\nCafés do Cerrado Mineiro')
m('pt', 'emoji-rede', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'Redes Nordeste Artesanato', QPT2,
  'Oi, {buyer}! 😍🌴\n\nSim, a rede aguenta até 150 kg. Bom descanso! 😴\n\nRedes Nordeste Artesanato',
  quote='Qual é o peso máximo da rede?')

# ---------------------------------------------------------------- nl
QNL = 'Vraag over levering van Amazon-klant {buyer} (Bestelling: {oid})'
QNL2 = 'Vraag van Amazon-klant {buyer} (Bestelling: {oid})'
m('nl', 'postnl-tulpenbollen', 'pass', '-', 'gmail', 'reply', 'iso-8859-1', 'Bollenkwekerij De Zandhoek', QNL,
  'Hallo {buyer},\n\nUw tulpenbollen (bestelling {oid}) zijn gisteren met PostNL verstuurd. Volg het pakket hier:\nhttps://jouw.postnl.nl/track-and-trace/3SDEVC1234567-NL-2411AB\n\nBezorging staat gepland voor donderdag.\n\nMet vriendelijke groet,\nDe Zandhoek',
  quote='Wanneer komen mijn bollen? Ik wil ze voor de vorst planten.', wrap=True)
m('nl', 'bpost-fietstas-belgie', 'pass', '-', 'outlook', 'reply', 'windows-1252', 'Velotas Gent', QNL,
  'Dag {buyer},\n\nUw fietstas (bestelling {oid}) is vertrokken met bpost. Zending volgen: https://track.bpost.cloud/btr/web/#/search?itemCode=323299901234500123&lang=nl\n\nMet vriendelijke groeten,\nVelotas Gent',
  quote='Is mijn fietstas al onderweg?', tld='com.be')
m('nl', 'adres-huisnummer-important', 'pass', '-', 'thunderbird', 'proactive', 'iso-8859-15', 'Delfts Blauw Atelier Vermeulen', '[Important] Huisnummer ontbreekt – bestelling {oid}',
  'Beste {buyer},\n\nIn het verzendadres van bestelling {oid} staat geen huisnummer, alleen de straat en de postcode 2611 AB. PostNL kan de vaas zo niet bezorgen.\n\nWilt u het huisnummer doorgeven of het adres aanpassen in uw Amazon-account? Dan versturen we de vaas direct.\n\nMet vriendelijke groet,\nAtelier Vermeulen')
m('nl', 'factuur-garantie-pdf', 'pass', '-', 'applemail', 'proactive', 'iso-8859-1', 'Velotas Gent', 'Factuur bij bestelling {oid}',
  'Dag {buyer},\n\nIn de bijlage vindt u de factuur van bestelling {oid} en het garantiebewijs (2 jaar) voor de fietstas.\n\nMet vriendelijke groeten,\nVelotas Gent', tld='com.be',
  att=[('pdf', 'factuur-VG-3390.pdf', ['Velotas Gent', 'Factuur VG-3390']), ('pdf', 'garantie-VG-3390.pdf', ['Garantie 2 jaar'])])
m('nl', 'recensie-eenmalig', 'pass', '-', 'plain', 'proactive', 'iso-8859-15', 'Bollenkwekerij De Zandhoek', 'Uw bestelling {oid}',
  'Hallo {buyer},\n\nUw bollen van bestelling {oid} zijn enkele dagen geleden bezorgd. Als u wilt, kunt u uw ervaring met andere klanten delen door een productrecensie op Amazon te schrijven.\n\nDe Zandhoek')
m('nl', 'annulering-op-verzoek-korting', 'pass', '-', 'gmail', 'reply', 'windows-1252', 'Delfts Blauw Atelier Vermeulen', QNL2,
  'Beste {buyer},\n\nZoals gevraagd hebben we bestelling {oid} geannuleerd. De korting die u via de Amazon-coupon kreeg, vervalt daarmee ook; u betaalt niets.\n\nMet vriendelijke groet,\nAtelier Vermeulen',
  quote='Kunt u mijn bestelling annuleren? Ik heb per ongeluk twee vazen besteld.')
m('nl', 'bedankt-kort', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Velotas Gent', QNL2,
  'Graag gedaan, {buyer}. Veel fietsplezier!\n\nVelotas Gent',
  quote='Tas is binnen en past perfect op mijn bagagedrager, dank je!', tld='com.be')
m('nl', 'facebook-groep-link', 'reject', 'links', 'outlook', 'reply', 'windows-1252', 'Bollenkwekerij De Zandhoek', QNL2,
  'Hallo {buyer},\n\nPlant de bollen op 15 cm diepte. In onze Facebook-groep delen klanten foto\'s van hun tuin: https://www.facebook.com/groups/dezandhoekbollen\n\nDe Zandhoek',
  quote='Hoe diep moet ik de bollen planten?')
m('nl', 'telefoon-apenstaartje', 'reject', 'contact', 'tbtext', 'reply', 'iso-8859-15', 'Delfts Blauw Atelier Vermeulen', QNL2,
  'Beste {buyer},\n\nVoor een handgeschilderde naam op de vaas kunt u ons het best bellen op 015 - 212 88 40, of mailen naar atelier apenstaartje vermeulen-delfts punt nl.\n\nAtelier Vermeulen',
  quote='Kunnen jullie ook een naam op de vaas schilderen?')
m('nl', 'nieuwsbrief-aanbieding', 'reject', 'promotion,style', 'gmail', 'proactive', 'iso-8859-1', 'Velotas Gent', 'Bestelling {oid}',
  'Dag {buyer},\n\nBedankt voor bestelling {oid}. Deze week krijgt u 15 % korting op onze nieuwe waterdichte stuurtas met code STUUR15.\n\nWilt u deze berichten niet meer ontvangen? Klik hier om u af te melden.\n\nVelotas Gent', tld='com.be')
m('nl', 'positief-anders-eerst-ons', 'reject', 'review', 'applemail', 'proactive', 'iso-8859-15', 'Delfts Blauw Atelier Vermeulen', 'Uw vaas, bestelling {oid}',
  'Beste {buyer},\n\nBent u blij met de vaas van bestelling {oid}? Dan zouden we een positieve recensie erg waarderen. Is er iets niet naar wens, neem dan eerst contact met ons op voordat u een recensie plaatst.\n\nAtelier Vermeulen')
m('nl', 'gif-inline-tulp', 'reject', 'style,attachment', 'gmail', 'reply', 'utf-8', 'Bollenkwekerij De Zandhoek', QNL2,
  'Hallo {buyer},\n\nDe bollen bloeien in april. Hier alvast een voorproefje van de bloei!\n\nDe Zandhoek',
  quote='Wanneer bloeien de tulpen?', att=[('gifcid', 'tulp-bloeit.gif')])
m('nl', 'annuleer-zelf-uitverkocht', 'reject', 'ask', 'outlook', 'proactive', 'windows-1252', 'Delfts Blauw Atelier Vermeulen', 'Bestelling {oid}',
  'Beste {buyer},\n\nDe grote tulpenvaas van bestelling {oid} is helaas uitverkocht. Wilt u de bestelling zelf annuleren via Mijn bestellingen?\n\nAtelier Vermeulen')
m('nl', 'important-bedankt', 'reject', 'important,proactive', 'plain', 'proactive', 'iso-8859-1', 'Bollenkwekerij De Zandhoek', '[Important] Bedankt voor uw bestelling',
  'Hallo {buyer},\n\nHartelijk dank voor uw bestelling {oid} bij De Zandhoek. We staan altijd voor u klaar.\n\nDe Zandhoek')
m('nl', 'verzonden-alleen', 'reject', 'proactive', 'thunderbird', 'proactive', 'iso-8859-15', 'Velotas Gent', 'Uw pakket is onderweg',
  'Dag {buyer},\n\nUw bestelling {oid} is vandaag verzonden met bpost.\n\nVelotas Gent', tld='com.be')

# ---------------------------------------------------------------- sv
QSV = 'Fråga om leverans från Amazon-kunden {buyer} (Beställning: {oid})'
QSV2 = 'Fråga från Amazon-kunden {buyer} (Beställning: {oid})'
m('sv', 'postnord-spara-yxa', 'pass', '-', 'gmail', 'reply', 'iso-8859-1', 'Hälsinge Smide', QSV,
  'Hej {buyer},\n\nDin yxa (beställning {oid}) skickades med PostNord i går. Du kan följa paketet här:\nhttps://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=UD123456789SE\n\nBeräknad leverans till ditt ombud är torsdag.\n\nVänliga hälsningar\nHälsinge Smide',
  quote='Hej! Har yxan skickats? Jag har inte fått något sms.', wrap=True)
m('sv', 'gravyr-smorkniv-important', 'pass', '-', 'outlook', 'proactive', 'windows-1252', 'Dalarnas Träslöjd', '[Important] Bekräfta texten för gravyren – beställning {oid}',
  'Hej {buyer},\n\nPå smörknivarna i beställning {oid} står gravyrtexten ”Sommarstugan 2026”. Vill du ha texten på alla sex knivarna eller bara på en?\n\nVi graverar så snart du har svarat.\n\nVänliga hälsningar\nDalarnas Träslöjd')
m('sv', 'bruksanvisning-pdf-bastu', 'pass', '-', 'applemail', 'reply', 'iso-8859-15', 'Norrskog Bastu', QSV2,
  'Hej {buyer},\n\nBifogat finns bruksanvisningen för bastuaggregatet BA-6 och garantibeviset. Avsnittet om stenfyllning finns på sidan 3.\n\nVänliga hälsningar\nNorrskog Bastu',
  quote='Hur många stenar ska det vara i aggregatet?', att=[('pdf', 'BA-6-bruksanvisning.pdf', ['Norrskog BA-6', 'Bruksanvisning', 'Sida 3: stenfyllning']), ('pdf', 'BA-6-garanti.pdf', ['Garanti 5 ar'])])
m('sv', 'recension-en-gang', 'pass', '-', 'plain', 'proactive', 'iso-8859-1', 'Hälsinge Smide', 'Din beställning {oid}',
  'Hej {buyer},\n\nDin yxa från beställning {oid} levererades för några dagar sedan. Om du vill kan du dela din upplevelse med andra kunder genom att skriva en produktrecension på Amazon.\n\nHälsinge Smide')
m('sv', 'avbokad-pa-begaran', 'pass', '-', 'thunderbird', 'reply', 'windows-1252', 'Norrskog Bastu', QSV2,
  'Hej {buyer},\n\nSom du bad om har vi avbrutit beställning {oid}. Inget belopp dras från ditt kort.\n\nVänliga hälsningar\nNorrskog Bastu',
  quote='Kan ni avbryta min beställning? Jag hittade ett aggregat lokalt.')
m('sv', 'stjarnskruv-skyddsfilm', 'pass', '-', 'gmail', 'reply', 'iso-8859-15', 'Dalarnas Träslöjd', QSV2,
  'Hej {buyer},\n\nKnoppen till skärbrädan fästs med den medföljande stjärnskruven. Ta bort skyddsfilmen från metallbeslaget först, annars sitter den inte plant. Vi tittar också gärna på din returförfrågan om det ändå inte fungerar.\n\nVänliga hälsningar\nDalarnas Träslöjd',
  quote='Handtaget på skärbrädan vill inte sitta fast.')
m('sv', 'tack-kort', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Hälsinge Smide', QSV2,
  'Tack själv, {buyer}! Lycka till med vedhuggningen.\n\nHälsinge Smide',
  quote='Yxan är fantastisk, tack!')
m('sv', 'lank-webbshop', 'reject', 'links,promotion', 'outlook', 'reply', 'windows-1252', 'Dalarnas Träslöjd', QSV2,
  'Hej {buyer},\n\nDalahästar i fler färger hittar du i vår egen webbshop: www.dalarnas-traslojd.se/dalahastar – där är frakten alltid fri.\n\nDalarnas Träslöjd',
  quote='Finns dalahästen i blått?')
m('sv', 'snabel-a-telefon', 'reject', 'contact', 'tbtext', 'reply', 'iso-8859-15', 'Norrskog Bastu', QSV2,
  'Hej {buyer},\n\nRing vår installatör på 070-312 44 85 eller mejla bastu snabel-a norrskog punkt se så hjälper han dig med elanslutningen.\n\nNorrskog Bastu',
  quote='Behöver jag en elektriker för aggregatet?')
m('sv', 'rabattkod-nasta-kop', 'reject', 'promotion', 'gmail', 'proactive', 'iso-8859-1', 'Hälsinge Smide', 'Beställning {oid}',
  'Hej {buyer},\n\nTack för beställning {oid}. Som återkommande kund får du 20 % på vårt nya yxfodral med koden SMIDE20 vid nästa köp.\n\nHälsinge Smide')
m('sv', 'andra-paminnelse-recension', 'reject', 'review', 'applemail', 'proactive', 'iso-8859-15', 'Norrskog Bastu', 'Påminnelse om beställning {oid}',
  'Hej {buyer},\n\nFör en vecka sedan bad vi dig om en recension av bastuaggregatet från beställning {oid}. Vi påminner dig en gång till, om du hann glömma det.\n\nNorrskog Bastu')
m('sv', 'gif-bifogad-alg', 'reject', 'style,attachment', 'outlook', 'proactive', 'windows-1252', 'Dalarnas Träslöjd', 'Hälsning från Dalarna – beställning {oid}',
  'Hej {buyer},\n\nDin dalahäst är på väg. Här kommer en liten animerad hälsning från verkstaden.\n\nDalarnas Träslöjd',
  att=[('gif', 'dalahast-galopp.gif')])
m('sv', 'avbryt-sjalv-slut', 'reject', 'ask', 'plain', 'proactive', 'iso-8859-1', 'Hälsinge Smide', 'Beställning {oid}',
  'Hej {buyer},\n\nTyvärr är snickaryxan i beställning {oid} slutsåld hos smeden. Kan du avbryta beställningen själv under Dina beställningar?\n\nHälsinge Smide')
m('sv', 'important-levererad', 'reject', 'important,proactive', 'gmail', 'proactive', 'iso-8859-15', 'Norrskog Bastu', '[Important] Ditt paket har levererats',
  'Hej {buyer},\n\nDin beställning {oid} har nu levererats till ditt ombud. Tack för att du handlade hos oss!\n\nNorrskog Bastu')
m('sv', 'bara-tack', 'reject', 'proactive', 'thunderbird', 'proactive', 'iso-8859-1', 'Dalarnas Träslöjd', 'Tack för ditt köp',
  'Hej {buyer},\n\nStort tack för att du valde Dalarnas Träslöjd (beställning {oid}). Vi finns här om du behöver oss.\n\nDalarnas Träslöjd')
m('sv', 'emoji-bastu', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'Norrskog Bastu', QSV2,
  'Hej {buyer} 🔥🧖\n\nJa, aggregatet klarar en bastu på 6 kubikmeter. Njut av värmen! ❄️\n\nNorrskog Bastu',
  quote='Räcker aggregatet till en bastu på 6 m³?')

# ---------------------------------------------------------------- pl
QPL = 'Pytanie o dostawę od klienta Amazon {buyer} (Zamówienie: {oid})'
QPL2 = 'Pytanie od klienta Amazon {buyer} (Zamówienie: {oid})'
m('pl', 'inpost-paczkomat-bursztyn', 'pass', '-', 'gmail', 'reply', 'iso-8859-2', 'Bursztynowa Pracownia Gdańsk', QPL,
  'Dzień dobry {buyer},\n\nNaszyjnik z bursztynu (zamówienie {oid}) jest już w drodze do wybranego paczkomatu. Status przesyłki:\nhttps://inpost.pl/sledzenie-przesylek?number=520113014230722029585648\n\nPowinien dotrzeć jutro.\n\nPozdrawiamy,\nBursztynowa Pracownia',
  quote='Dzień dobry, kiedy dotrze naszyjnik? To prezent na imieniny.', wrap=True)
m('pl', 'poczta-polska-ceramika', 'pass', '-', 'outlook', 'reply', 'windows-1250', 'Ceramika Bolesławiecka Nowak', QPL,
  'Dzień dobry {buyer},\n\nKomplet kubków (zamówienie {oid}) nadaliśmy Pocztą Polską. Śledzenie: https://emonitoring.poczta-polska.pl/?numer=00659007734100123456\n\nZ poważaniem,\nCeramika Nowak',
  quote='Czy kubki zostały już wysłane?')
m('pl', 'personalizacja-grawer-important', 'pass', '-', 'thunderbird', 'proactive', 'windows-1250', 'Bursztynowa Pracownia Gdańsk', '[Important] Prosimy o potwierdzenie grawerunku – zamówienie {oid}',
  'Dzień dobry {buyer},\n\nW zamówieniu {oid} podano do grawerowania tekst „Dla Jadzi – 50 lat”. Na zapięciu mieści się 14 znaków. Czy możemy wygrawerować „Jadzia 50 lat”?\n\nRozpoczniemy pracę po Pani odpowiedzi.\n\nPozdrawiamy,\nBursztynowa Pracownia')
m('pl', 'faktura-vat-pdf', 'pass', '-', 'applemail', 'reply', 'windows-1250', 'Ceramika Bolesławiecka Nowak', QPL2,
  'Dzień dobry {buyer},\n\nW załączniku przesyłamy fakturę VAT do zamówienia {oid} z numerem NIP podanym w wiadomości.\n\nZ poważaniem,\nCeramika Nowak',
  quote='Poproszę o fakturę na firmę, NIP w danych zamówienia.', att=[('pdf', 'FV-2026-11-0348.pdf', ['Ceramika Nowak', 'Faktura VAT FV/2026/11/0348'])])
m('pl', 'opinia-jednorazowo', 'pass', '-', 'plain', 'proactive', 'iso-8859-2', 'Bursztynowa Pracownia Gdańsk', 'Zamówienie {oid}',
  'Dzień dobry {buyer},\n\nNaszyjnik z zamówienia {oid} został dostarczony kilka dni temu. Jeśli ma Pani ochotę, może Pani podzielić się swoimi wrażeniami z innymi klientami, wystawiając recenzję produktu na Amazon.\n\nBursztynowa Pracownia')
m('pl', 'anulowanie-na-prosbe', 'pass', '-', 'gmail', 'reply', 'windows-1250', 'Ceramika Bolesławiecka Nowak', QPL2,
  'Dzień dobry {buyer},\n\nZgodnie z prośbą anulowaliśmy zamówienie {oid}. Kwota 189,00 zł nie zostanie pobrana.\n\nZ poważaniem,\nCeramika Nowak',
  quote='Proszę anulować moje zamówienie, zamówiłem zły wzór.')
m('pl', 'dziekujemy-krotko', 'pass', '-', 'applemail', 'reply', 'iso-8859-2', 'Bursztynowa Pracownia Gdańsk', QPL2,
  'Bardzo się cieszymy, {buyer}. Dziękujemy za wiadomość!\n\nBursztynowa Pracownia',
  quote='Naszyjnik jest przepiękny, mama zachwycona. Dziękuję!')
m('pl', 'link-sklep-allegro', 'reject', 'links,promotion', 'outlook', 'reply', 'windows-1250', 'Ceramika Bolesławiecka Nowak', QPL2,
  'Dzień dobry {buyer},\n\nPasujące talerze znajdzie Pan na naszym koncie na Allegro: https://allegro.pl/uzytkownik/CeramikaNowak – tam taniej o 10%.\n\nCeramika Nowak',
  quote='Czy macie talerze w tym samym wzorze?')
m('pl', 'malpa-kropka', 'reject', 'contact', 'tbtext', 'reply', 'iso-8859-2', 'Bursztynowa Pracownia Gdańsk', QPL2,
  'Dzień dobry {buyer},\n\nW sprawie pierścionka na wymiar prosimy pisać na adres pracownia małpa bursztyn-gdansk kropka pl.\n\nBursztynowa Pracownia',
  quote='Czy robicie pierścionki na wymiar?')
m('pl', 'nowa-kolekcja-kod', 'reject', 'promotion', 'gmail', 'proactive', 'iso-8859-2', 'Bursztynowa Pracownia Gdańsk', 'Zamówienie {oid}',
  'Dzień dobry {buyer},\n\ndziękujemy za zamówienie {oid}. Nasza nowa kolekcja kolczyków z zielonym bursztynem jest już dostępna. Z kodem ZIELONY10 otrzyma Pani 10% rabatu przy kolejnym zakupie.\n\nBursztynowa Pracownia')
m('pl', 'usun-opinie-zwrot', 'reject', 'review', 'applemail', 'reply', 'windows-1250', 'Ceramika Bolesławiecka Nowak', QPL2,
  'Dzień dobry {buyer},\n\nPrzepraszamy za pęknięty kubek. Jeżeli usunie Pan negatywną opinię, zwrócimy całą kwotę za komplet, a kubek może Pan zatrzymać.\n\nCeramika Nowak',
  quote='Jeden kubek przyszedł pęknięty, wystawiłem opinię.')
m('pl', 'gif-zalacznik', 'reject', 'style,attachment', 'outlook', 'proactive', 'windows-1250', 'Ceramika Bolesławiecka Nowak', 'Pozdrowienia – zamówienie {oid}',
  'Dzień dobry {buyer},\n\nDziękujemy za zamówienie {oid}. W załączniku animacja z naszej pracowni – tak powstają Pana kubki.\n\nCeramika Nowak',
  att=[('gif', 'toczenie-kubka.gif')])
m('pl', 'prosze-anulowac-brak', 'reject', 'ask', 'plain', 'proactive', 'iso-8859-2', 'Bursztynowa Pracownia Gdańsk', 'Zamówienie {oid}',
  'Dzień dobry {buyer},\n\nniestety bransoletka z zamówienia {oid} jest niedostępna. Prosimy o anulowanie zamówienia po Pani stronie w zakładce Twoje zamówienia.\n\nBursztynowa Pracownia')
m('pl', 'important-ocena', 'reject', 'important', 'gmail', 'proactive', 'windows-1250', 'Ceramika Bolesławiecka Nowak', '[important] Jak oceniasz nasze kubki?',
  'Dzień dobry {buyer},\n\nKubki z zamówienia {oid} zostały niedawno dostarczone. Jeśli ma Pan chwilę, prosimy o recenzję produktu na Amazon.\n\nCeramika Nowak')
m('pl', 'wyslane-tylko', 'reject', 'proactive', 'thunderbird', 'proactive', 'iso-8859-2', 'Bursztynowa Pracownia Gdańsk', 'Twoja paczka została wysłana',
  'Dzień dobry {buyer},\n\ninformujemy, że zamówienie {oid} zostało dziś wysłane.\n\nBursztynowa Pracownia')
m('pl', 'emoji-serduszka', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'Bursztynowa Pracownia Gdańsk', QPL2,
  'Dzień dobry {buyer} 💛💛\n\nTak, bursztyn jest naturalny, bałtycki. Pozdrawiamy znad morza! 🌊\n\nBursztynowa Pracownia',
  quote='Czy bursztyn jest naturalny?')

# ---------------------------------------------------------------- tr
QTR = 'Amazon müşterisi {buyer} tarafından teslimat sorusu (Sipariş: {oid})'
QTR2 = 'Amazon müşterisi {buyer} tarafından soru (Sipariş: {oid})'
m('tr', 'ptt-kargo-cezve', 'pass', '-', 'gmail', 'reply', 'iso-8859-9', 'Kapalıçarşı Bakırcılık', QTR,
  'Merhaba {buyer},\n\nBakır cezveniz (sipariş {oid}) dün PTT Kargo ile yola çıktı. Gönderiyi buradan takip edebilirsiniz:\nhttps://gonderitakip.ptt.gov.tr/Track/Verify?q=KP01234567890\n\nTahmini teslim tarihi perşembe.\n\nSaygılarımızla,\nKapalıçarşı Bakırcılık',
  quote='Merhaba, cezvem ne zaman gelir? Hâlâ kargoya verilmedi görünüyor.', wrap=True)
m('tr', 'aras-kargo-hali', 'pass', '-', 'outlook', 'reply', 'windows-1254', 'Uşak Halıcılık', QTR,
  'Merhaba {buyer},\n\nHalınız (sipariş {oid}) Aras Kargo ile gönderildi. Takip bağlantısı:\nhttps://kargotakip.araskargo.com.tr/mainpage.aspx?code=3456789012\n\nİyi günler dileriz,\nUşak Halıcılık',
  quote='Halı kargoya verildi mi?')
m('tr', 'adres-eksik-important', 'pass', '-', 'thunderbird', 'proactive', 'iso-8859-9', 'Kapalıçarşı Bakırcılık', '[Important] Teslimat adresinde daire numarası eksik – sipariş {oid}',
  'Merhaba {buyer},\n\nSipariş {oid} için girilen teslimat adresinde bina ve daire numarası yok. Yurtiçi Kargo paketi bu şekilde teslim edemiyor.\n\nDaire numarasını bize yazabilir veya Amazon hesabınızdan adresi güncelleyebilir misiniz? Bilgi gelir gelmez gönderiyoruz.\n\nSaygılarımızla,\nKapalıçarşı Bakırcılık')
m('tr', 'e-arsiv-fatura', 'pass', '-', 'applemail', 'reply', 'windows-1254', 'Uşak Halıcılık', QTR2,
  'Merhaba {buyer},\n\nSipariş {oid} için e-Arşiv faturanız ektedir. Halının bakım talimatlarını da ayrı bir PDF olarak ekledik.\n\nSaygılarımızla,\nUşak Halıcılık',
  quote='Faturamı gönderebilir misiniz?', att=[('pdf', 'e-Arsiv-UHL2026000412.pdf', ['Usak Halicilik', 'e-Arsiv Fatura UHL2026000412']), ('pdf', 'hali-bakim-talimati.pdf', ['Hali bakim talimati'])])
m('tr', 'degerlendirme-bir-kez', 'pass', '-', 'plain', 'proactive', 'iso-8859-9', 'Kapalıçarşı Bakırcılık', 'Siparişiniz {oid}',
  'Merhaba {buyer},\n\nSipariş {oid} birkaç gün önce size teslim edildi. Dilerseniz Amazon\'da bir ürün değerlendirmesi yazarak deneyiminizi diğer müşterilerle paylaşabilirsiniz.\n\nKapalıçarşı Bakırcılık')
m('tr', 'iptal-talep-uzerine-yildiz', 'pass', '-', 'gmail', 'reply', 'windows-1254', 'Uşak Halıcılık', QTR2,
  'Merhaba {buyer},\n\nİsteğiniz üzerine yıldız motifli kilimin siparişini ({oid}) iptal ettik; kartınızdan ücret çekilmeyecek.\n\nSaygılarımızla,\nUşak Halıcılık',
  quote='Yıldız motifli kilimi iptal etmek istiyorum, ölçü uymadı.')
m('tr', 'tesekkur-kisa', 'pass', '-', 'applemail', 'reply', 'iso-8859-9', 'Kapalıçarşı Bakırcılık', QTR2,
  'Biz teşekkür ederiz {buyer}, afiyet olsun!\n\nKapalıçarşı Bakırcılık',
  quote='Cezve geldi, kahve harika oldu. Teşekkürler!')
m('tr', 'instagram-link', 'reject', 'links', 'outlook', 'reply', 'windows-1254', 'Kapalıçarşı Bakırcılık', QTR2,
  'Merhaba {buyer},\n\nCezvenin kalaylanması hakkında kısa videomuzu Instagram sayfamızda bulabilirsiniz: https://instagram.com/kapalicarsi.bakir\n\nKapalıçarşı Bakırcılık',
  quote='Cezvenin içi kararır mı?')
m('tr', 'arapca-rakam-telefon', 'reject', 'contact', 'gmail', 'reply', 'utf-8', 'Uşak Halıcılık', QTR2,
  'Merhaba {buyer},\n\nÖzel ölçü halı için bizi ٠٥٣٢ ٤١٧ ٨٨ ٢٠ numarasından arayabilirsiniz.\n\nUşak Halıcılık',
  quote='Özel ölçüde halı yapıyor musunuz?')
m('tr', 'indirim-kodu-sonraki', 'reject', 'promotion', 'tbtext', 'proactive', 'iso-8859-9', 'Kapalıçarşı Bakırcılık', 'Siparişiniz {oid}',
  'Merhaba {buyer},\n\nSiparişiniz {oid} için teşekkürler. Yeni bakır tepsi koleksiyonumuzda BAKIR10 koduyla bir sonraki alışverişinizde %10 indirim sizi bekliyor.\n\nKapalıçarşı Bakırcılık')
m('tr', 'bes-yildiz-hediye', 'reject', 'review', 'applemail', 'proactive', 'windows-1254', 'Uşak Halıcılık', 'Halınız, sipariş {oid}',
  'Merhaba {buyer},\n\nHalınızdan memnunsanız beş yıldızlı bir değerlendirme bırakmanızı rica ederiz; değerlendirmenizi gören müşterilerimize küçük bir yastık kılıfı hediye ediyoruz.\n\nUşak Halıcılık')
m('tr', 'gif-cid-cay', 'reject', 'style,attachment', 'gmail', 'reply', 'utf-8', 'Kapalıçarşı Bakırcılık', QTR2,
  'Merhaba {buyer},\n\nCezve ocakta ve indüksiyonda kullanılabilir. Size küçük bir animasyon ekledik!\n\nKapalıçarşı Bakırcılık',
  quote='İndüksiyonda çalışır mı?', att=[('gifcid', 'kopuren-kahve.gif')])
m('tr', 'siz-iptal-edin', 'reject', 'ask', 'outlook', 'proactive', 'windows-1254', 'Uşak Halıcılık', 'Sipariş {oid}',
  'Merhaba {buyer},\n\nSipariş {oid} içindeki lacivert halı stokta kalmadı. Lütfen siparişi Amazon hesabınızdan kendiniz iptal edin.\n\nUşak Halıcılık')
m('tr', 'important-tesekkur', 'reject', 'important,proactive', 'plain', 'proactive', 'iso-8859-9', 'Kapalıçarşı Bakırcılık', '[Important] Teşekkür ederiz',
  'Merhaba {buyer},\n\nSipariş {oid} için çok teşekkür ederiz. Her zaman yanınızdayız.\n\nKapalıçarşı Bakırcılık')
m('tr', 'kargoya-verildi-sadece', 'reject', 'proactive', 'thunderbird', 'proactive', 'windows-1254', 'Uşak Halıcılık', 'Siparişiniz kargoya verildi',
  'Merhaba {buyer},\n\nSiparişiniz {oid} bugün kargoya verilmiştir.\n\nUşak Halıcılık')
m('tr', 'emoji-kahve', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'Kapalıçarşı Bakırcılık', QTR2,
  'Merhaba {buyer} ☕😊\n\nEvet, cezve el yapımıdır. Afiyet olsun! 🎉\n\nKapalıçarşı Bakırcılık',
  quote='Cezve el yapımı mı?')

# ---------------------------------------------------------------- ar
QAR = 'استفسار عن التوصيل من عميل أمازون {buyer} (الطلب: {oid})'
QAR2 = 'استفسار من عميل أمازون {buyer} (الطلب: {oid})'
m('ar', 'aramex-uae-oud', 'pass', '-', 'gmail', 'reply', 'windows-1256', 'دار العود الملكي', QAR,
  'مرحباً {buyer}،\n\nتم شحن زجاجة دهن العود (الطلب {oid}) مع أرامكس أمس. يمكنك تتبع الشحنة من هنا:\nhttps://www.aramex.com/ae/en/track/results?ShipmentNumber=47281930561\n\nالتسليم المتوقع يوم الخميس في دبي.\n\nمع التحية،\nدار العود الملكي',
  quote='متى يصل طلبي؟ لم أستلم أي رسالة من شركة الشحن.', tld='ae', wrap=True)
m('ar', 'smsa-saudi-tamr', 'pass', '-', 'outlook', 'reply', 'windows-1256', 'تمور القصيم الذهبية', QAR,
  'مرحباً {buyer}،\n\nعلبة تمر السكري (الطلب {oid}) في الطريق مع سمسا. رابط التتبع:\nhttps://www.smsaexpress.com/trackingdetails?tracknumbers=290187456123\n\nمع خالص التحية،\nتمور القصيم الذهبية',
  quote='هل تم شحن التمر؟', tld='sa')
m('ar', 'bosta-egypt-fakhar', 'pass', '-', 'applemail', 'reply', 'utf-8', 'فخار الفيوم', QAR,
  'أهلاً {buyer}،\n\nطقم الفخار (الطلب {oid}) خرج مع بوسطة صباح اليوم. التتبع:\nhttps://bosta.co/tracking-shipments?shipment-number=73810294\n\nمع التحية،\nفخار الفيوم',
  quote='إمتى الطلب يوصل؟', tld='eg')
m('ar', 'spl-address-important', 'pass', '-', 'thunderbird', 'proactive', 'windows-1256', 'تمور القصيم الذهبية', '[Important] العنوان الوطني غير مكتمل – الطلب {oid}',
  'مرحباً {buyer}،\n\nعنوان الشحن في الطلب {oid} لا يحتوي على رقم المبنى في العنوان الوطني، ولذلك لا تستطيع شركة الشحن تسليم الطرد.\n\nهل يمكنك إرسال رقم المبنى أو تحديث العنوان في حسابك على أمازون؟ سنشحن الطلب فور وصول المعلومة.\n\nمع التحية،\nتمور القصيم الذهبية', tld='sa')
m('ar', 'invoice-pdf-vat', 'pass', '-', 'applemail', 'proactive', 'windows-1256', 'دار العود الملكي', 'فاتورة الطلب {oid}',
  'مرحباً {buyer}،\n\nتجد مرفقاً الفاتورة الضريبية للطلب {oid}.\n\nمع التحية،\nدار العود الملكي', tld='ae',
  att=[('pdf', 'tax-invoice-DOM-5521.pdf', ['Dar Al Oud', 'Tax invoice DOM-5521'])])
m('ar', 'review-once-neutral', 'pass', '-', 'plain', 'proactive', 'windows-1256', 'فخار الفيوم', 'طلبك {oid}',
  'مرحباً {buyer}،\n\nتم تسليم طقم الفخار من الطلب {oid} قبل أيام. إذا رغبت، يمكنك مشاركة تجربتك مع العملاء الآخرين بكتابة مراجعة للمنتج على أمازون.\n\nفخار الفيوم', tld='eg')
m('ar', 'cancel-as-requested', 'pass', '-', 'gmail', 'reply', 'utf-8', 'دار العود الملكي', QAR2,
  'مرحباً {buyer}،\n\nبناءً على طلبك ألغينا الطلب {oid}، ولن يتم خصم أي مبلغ.\n\nمع التحية،\nدار العود الملكي',
  quote='أرجو إلغاء الطلب، طلبته بالخطأ.', tld='ae')
m('ar', 'thanks-short', 'pass', '-', 'outlook', 'reply', 'windows-1256', 'تمور القصيم الذهبية', QAR2,
  'الشكر لك يا {buyer}، بالهناء والعافية.\n\nتمور القصيم الذهبية',
  quote='وصل التمر وطعمه رائع، شكراً لكم.', tld='sa')
m('ar', 'link-own-site', 'reject', 'links', 'outlook', 'reply', 'windows-1256', 'دار العود الملكي', QAR2,
  'مرحباً {buyer}،\n\nطريقة استخدام دهن العود مشروحة بالتفصيل على موقعنا: https://www.daraloud-royal.example/guide\n\nدار العود الملكي',
  quote='كيف أستخدم دهن العود؟', tld='ae')
m('ar', 'whatsapp-arabic-digits', 'reject', 'contact', 'gmail', 'reply', 'utf-8', 'تمور القصيم الذهبية', QAR2,
  'مرحباً {buyer}،\n\nللطلبات الكبيرة تواصل معنا على واتساب ٠٥٥٣٢١٤٧٨٩ وسنرسل لك الأسعار.\n\nتمور القصيم الذهبية',
  quote='هل عندكم كميات للمناسبات؟', tld='sa')
m('ar', 'coupon-next-order', 'reject', 'promotion', 'tbtext', 'proactive', 'windows-1256', 'فخار الفيوم', 'طلبك {oid}',
  'مرحباً {buyer}،\n\nشكراً على طلبك {oid}. استخدم كود FAYOUM15 لتحصل على خصم 15% على طلبك القادم من تشكيلة المزهريات الجديدة.\n\nفخار الفيوم', tld='eg')
m('ar', 'review-channelling', 'reject', 'review', 'applemail', 'proactive', 'windows-1256', 'دار العود الملكي', 'رأيك في الطلب {oid}',
  'مرحباً {buyer}،\n\nإذا أعجبك العود فنرجو تقييمه بخمس نجوم على أمازون، وإذا واجهت أي مشكلة فراسلنا أولاً قبل كتابة أي مراجعة.\n\nدار العود الملكي', tld='ae')
m('ar', 'gif-attached', 'reject', 'style,attachment', 'outlook', 'proactive', 'windows-1256', 'تمور القصيم الذهبية', 'تهنئة – الطلب {oid}',
  'مرحباً {buyer}،\n\nطلبك {oid} في الطريق إليك. أرفقنا لك صورة متحركة بمناسبة موسم التمر.\n\nتمور القصيم الذهبية', tld='sa',
  att=[('gif', 'mawsim-altamr.gif')])
m('ar', 'ask-cancel-oos', 'reject', 'ask', 'plain', 'proactive', 'windows-1256', 'فخار الفيوم', 'الطلب {oid}',
  'مرحباً {buyer}،\n\nللأسف نفدت كمية الإبريق الأزرق من الطلب {oid}. نرجو أن تقوم بإلغاء الطلب بنفسك من صفحة طلباتي.\n\nفخار الفيوم', tld='eg')
m('ar', 'important-thanks', 'reject', 'important,proactive', 'gmail', 'proactive', 'windows-1256', 'دار العود الملكي', '[Important] شكراً لتسوقك معنا',
  'مرحباً {buyer}،\n\nنشكرك على طلبك {oid}، ونحن دائماً في خدمتك.\n\nدار العود الملكي', tld='ae')
m('ar', 'shipped-only', 'reject', 'proactive', 'thunderbird', 'proactive', 'utf-8', 'تمور القصيم الذهبية', 'تم شحن طلبك',
  'مرحباً {buyer}،\n\nنود إعلامك بأن طلبك {oid} قد تم شحنه اليوم.\n\nتمور القصيم الذهبية', tld='sa')
m('ar', 'emoji-style', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'فخار الفيوم', QAR2,
  'أهلاً {buyer} 🌹😊\n\nنعم، الفخار آمن للاستخدام في الفرن. بالهناء! 🍲\n\nفخار الفيوم',
  quote='هل الفخار يدخل الفرن؟', tld='eg')

# ---------------------------------------------------------------- ja
QJA = 'Amazonのお客様 {buyer} からの配送に関する問い合わせ（注文番号：{oid}）'
QJA2 = 'Amazonのお客様 {buyer} からの問い合わせ（注文番号：{oid}）'
m('ja', 'yamato-tenugui', 'pass', '-', 'gmail', 'reply', 'iso-2022-jp', '染め工房 藍や', QJA,
  '{buyer} 様\n\nお問い合わせありがとうございます。\nご注文の手ぬぐい3枚セット（注文番号 {oid}）は、昨日ヤマト運輸にてお送りいたしました。\n配送状況はこちらからご確認いただけます。\nhttps://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=448812345672\n\n明日午前中のお届け予定です。\n\n染め工房 藍や',
  quote='注文した手ぬぐいがまだ届きません。発送済みでしょうか。', wrap=True, mdomain=True)
m('ja', 'japanpost-yunomi', 'pass', '-', 'outlook', 'reply', 'shift_jis', '信楽 丸山窯', QJA,
  '{buyer} 様\n\n湯呑み（注文番号 {oid}）は日本郵便のゆうパックで発送済みです。\n追跡番号：EJ123456789JP\nhttps://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EJ123456789JP\n\n何卒よろしくお願いいたします。\n丸山窯',
  quote='発送の連絡がまだないのですが、いつ頃になりますか？')
m('ja', 'meire-kakunin-juyo', 'pass', '-', 'thunderbird', 'proactive', 'iso-2022-jp', '越前 刃物工房 松井', '[重要]名入れ内容のご確認（注文番号 {oid}）',
  '{buyer} 様\n\nこの度はご注文ありがとうございます。\n包丁への名入れについて、ご注文時の文字は「健一郎」となっておりますが、備考欄には「健一朗」と記載がございました。\n\nどちらの漢字で刻印すればよろしいでしょうか。ご返信をいただいてから作業を開始いたします。\n\n越前 刃物工房 松井')
m('ja', 'ryoshusho-tenpu', 'pass', '-', 'applemail', 'reply', 'shift_jis', '信楽 丸山窯', QJA2,
  '{buyer} 様\n\nご依頼の領収書を添付いたします。宛名はご指定の会社名で発行しております。\n\n丸山窯',
  quote='会社宛の領収書をお願いできますか。', att=[('pdf', 'ryoshusho-MY-2611-08.pdf', ['Maruyama-gama', 'Receipt MY-2611-08'])])
m('ja', 'review-ikkai', 'pass', '-', 'plain', 'proactive', 'iso-2022-jp', '染め工房 藍や', 'ご注文 {oid} について',
  '{buyer} 様\n\n先日お届けした手ぬぐい（注文番号 {oid}）はいかがでしょうか。\nよろしければ、Amazonで商品レビューを書いて、他のお客様とご感想を共有していただけますと幸いです。\n\n染め工房 藍や', mdomain=True)
m('ja', 'cancel-goiraidori', 'pass', '-', 'gmail', 'reply', 'utf-8', '越前 刃物工房 松井', QJA2,
  '{buyer} 様\n\nご依頼どおり、注文番号 {oid} をキャンセルいたしました。代金の請求はございません。\n\n越前 刃物工房 松井',
  quote='間違えて2本注文してしまいました。1本キャンセルしてください。')
m('ja', 'hogo-film-hoshi', 'pass', '-', 'outlook', 'reply', 'shift_jis', '越前 刃物工房 松井', QJA2,
  '{buyer} 様\n\n包丁の刃には保護フィルムが貼ってございますので、お使いになる前に剥がしてください。\n柄の交換には付属の星型ドライバーをご使用ください。返品のご希望がある場合も、こちらで内容を確認いたします。\n\n越前 刃物工房 松井',
  quote='刃に透明なものが付いています。不良品ですか？')
m('ja', 'arigato-tanpen', 'pass', '-', 'applemail', 'reply', 'iso-2022-jp', '信楽 丸山窯', QJA2,
  '{buyer} 様\n\nご丁寧にありがとうございます。末永くお使いください。\n\n丸山窯',
  quote='湯呑みが届きました。とても素敵です。ありがとうございました。')
m('ja', 'link-online-shop', 'reject', 'links,promotion', 'outlook', 'reply', 'shift_jis', '染め工房 藍や', QJA2,
  '{buyer} 様\n\n他の柄の手ぬぐいは自社オンラインショップでご覧いただけます。\nhttps://aiya-some.example/shop/tenugui\n\n染め工房 藍や',
  quote='他の柄もありますか？')
m('ja', 'line-id-denwa', 'reject', 'contact', 'tbtext', 'reply', 'iso-2022-jp', '越前 刃物工房 松井', QJA2,
  '{buyer} 様\n\n研ぎ直しのご相談は、LINE（ID：matsui-hamono）またはお電話 0778-22-4519 までお気軽にどうぞ。\n\n越前 刃物工房 松井',
  quote='研ぎ直しはしてもらえますか？')
m('ja', 'coupon-jikai', 'reject', 'promotion', 'gmail', 'proactive', 'iso-2022-jp', '信楽 丸山窯', 'ご注文 {oid} のお礼',
  '{buyer} 様\n\nご注文（注文番号 {oid}）ありがとうございました。\n次回のお買い物で使える10%OFFクーポン「MARU10」をお送りします。新作の土鍋にもご利用いただけます。\n\n丸山窯')
m('ja', 'hoshi5-hensho', 'reject', 'review', 'applemail', 'proactive', 'utf-8', '染め工房 藍や', 'レビューのお願い（注文番号 {oid}）',
  '{buyer} 様\n\nご満足いただけましたら、ぜひ★5のレビューをお願いいたします。レビュー投稿後にご連絡いただいた方には、次回送料を無料にいたします。\n\n染め工房 藍や', mdomain=True)
m('ja', 'gif-tenpu', 'reject', 'style,attachment', 'outlook', 'proactive', 'shift_jis', '信楽 丸山窯', 'ご注文 {oid} について',
  '{buyer} 様\n\nご注文の湯呑みを焼き上げております。窯出しの様子をアニメーションにしましたので添付いたします。\n\n丸山窯',
  att=[('gif', 'kamadashi.gif')])
m('ja', 'cancel-onegai-zaiko', 'reject', 'ask', 'plain', 'proactive', 'iso-2022-jp', '越前 刃物工房 松井', 'ご注文 {oid} について',
  '{buyer} 様\n\n申し訳ございませんが、ご注文の牛刀（注文番号 {oid}）は在庫切れとなりました。\nお手数ですが、お客様ご自身で注文のキャンセル手続きをお願いできますでしょうか。\n\n越前 刃物工房 松井')
m('ja', 'juyo-review', 'reject', 'important', 'gmail', 'proactive', 'iso-2022-jp', '信楽 丸山窯', '[重要]レビューのお願い',
  '{buyer} 様\n\n先日お届けした湯呑み（注文番号 {oid}）について、よろしければAmazonで商品レビューをお書きください。\n\n丸山窯')
m('ja', 'hassou-nomi', 'reject', 'proactive', 'thunderbird', 'proactive', 'shift_jis', '染め工房 藍や', '発送完了のお知らせ',
  '{buyer} 様\n\nご注文（注文番号 {oid}）の商品を本日発送いたしました。\n\n染め工房 藍や')
m('ja', 'emoji-kaomoji', 'reject', 'style', 'applemail', 'reply', 'utf-8', '越前 刃物工房 松井', QJA2,
  '{buyer} 様 😊\n\nはい、食洗機は避けて手洗いでお願いします🔪✨\n\n越前 刃物工房 松井',
  quote='食洗機で洗えますか？')

# ---------------------------------------------------------------- zh
QZH = '来自亚马逊买家 {buyer} 的配送咨询（订单号：{oid}）'
QZH2 = '来自亚马逊买家 {buyer} 的咨询（订单号：{oid}）'
m('zh', 'usps-tracking-teapot', 'pass', '-', 'gmail', 'reply', 'gb2312', '宜兴紫砂坊', QZH,
  '{buyer}您好，\n\n您的紫砂壶（订单号 {oid}）已经由USPS寄出，可以在这里查看物流：\nhttps://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223334445566\n\n预计周四送达。\n\n宜兴紫砂坊',
  quote='你好，我的茶壶什么时候到？', wrap=True)
m('zh', 'singpost-sg-silk', 'pass', '-', 'outlook', 'reply', 'gbk', '苏绣丝语', QZH,
  '{buyer}您好：\n\n您订购的真丝围巾（订单号 {oid}）已交由新加坡邮政配送，查询链接：\nhttps://www.singpost.com/track-items?trackingid=RR123456789SG\n\n祝好，\n苏绣丝语',
  quote='请问围巾发货了吗？', tld='sg')
m('zh', 'kezi-queren-zhongyao', 'pass', '-', 'thunderbird', 'proactive', 'gb2312', '宜兴紫砂坊', '[重要] 请确认刻字内容（订单号 {oid}）',
  '{buyer}您好，\n\n您在订单 {oid} 中填写的壶底刻字为"静心"，但礼品留言里写的是"静思"。请问以哪一个为准？\n\n收到您的回复后我们再开始刻字。\n\n宜兴紫砂坊')
m('zh', 'fapiao-shuomingshu', 'pass', '-', 'applemail', 'reply', 'gbk', '苏绣丝语', QZH2,
  '{buyer}您好：\n\n附件是订单 {oid} 的发票和真丝护理说明书，请查收。\n\n苏绣丝语',
  quote='能给我发一下发票吗？', att=[('pdf', 'invoice-SXSY-1108.pdf', ['Su Xiu Si Yu', 'Invoice SXSY-1108']), ('pdf', 'silk-care.pdf', ['Silk care instructions'])])
m('zh', 'pingjia-yici', 'pass', '-', 'plain', 'proactive', 'gb2312', '宜兴紫砂坊', '关于您的订单 {oid}',
  '{buyer}您好，\n\n您的紫砂壶（订单号 {oid}）已于几天前送达。如果方便的话，欢迎在亚马逊上留下商品评论，与其他买家分享您的使用体验。\n\n宜兴紫砂坊')
m('zh', 'quxiao-anyaoqiu-youhuiquan', 'pass', '-', 'gmail', 'reply', 'utf-8', '苏绣丝语', QZH2,
  '{buyer}您好：\n\n已按您的要求取消订单 {oid}，不会产生任何扣款。您下单时使用的亚马逊优惠券会自动退回您的账户。\n\n苏绣丝语',
  quote='我想取消订单，优惠券能退回吗？')
m('zh', 'xiexie-duan', 'pass', '-', 'outlook', 'reply', 'gbk', '宜兴紫砂坊', QZH2,
  '不客气，{buyer}！祝您喝茶愉快。\n\n宜兴紫砂坊',
  quote='壶收到了，很漂亮，谢谢！')
m('zh', 'lianjie-weixin-gongzhonghao', 'reject', 'links', 'outlook', 'reply', 'gbk', '宜兴紫砂坊', QZH2,
  '{buyer}您好，\n\n开壶的详细步骤请看我们的视频：https://v.yixing-zisha.example/kaihu\n\n宜兴紫砂坊',
  quote='新壶第一次怎么用？')
m('zh', 'weixin-hao', 'reject', 'contact', 'tbtext', 'reply', 'gb2312', '苏绣丝语', QZH2,
  '{buyer}您好，\n\n定制图案请加我们微信：suxiu_siyu88，发图片更方便。\n\n苏绣丝语',
  quote='可以定制图案吗？')
m('zh', 'xinpin-zhekou', 'reject', 'promotion', 'gmail', 'proactive', 'gb2312', '宜兴紫砂坊', '订单 {oid}',
  '{buyer}您好，\n\n感谢您的订单 {oid}。我们的新款茶杯已经上架，老客户下次购买可享八五折，搜索"宜兴紫砂坊"即可找到。\n\n宜兴紫砂坊')
m('zh', 'haoping-fanxian', 'reject', 'review', 'applemail', 'proactive', 'gbk', '苏绣丝语', '订单 {oid}',
  '{buyer}您好：\n\n如果您对围巾满意，请给我们五星好评，留评后截图发给我们，我们返现10美元。\n\n苏绣丝语')
m('zh', 'gif-neilian', 'reject', 'style,attachment', 'gmail', 'reply', 'utf-8', '宜兴紫砂坊', QZH2,
  '{buyer}您好，\n\n这把壶适合泡乌龙茶和普洱。送您一个小动画！\n\n宜兴紫砂坊',
  quote='这把壶泡什么茶好？', att=[('gifcid', 'paocha.gif')])
m('zh', 'qing-ziji-quxiao', 'reject', 'ask', 'outlook', 'proactive', 'gbk', '苏绣丝语', '关于订单 {oid}',
  '{buyer}您好：\n\n很抱歉，您订购的牡丹图案围巾（订单号 {oid}）已经缺货。麻烦您自己在"我的订单"里申请取消。\n\n苏绣丝语')
m('zh', 'zhongyao-ganxie', 'reject', 'important,proactive', 'plain', 'proactive', 'gb2312', '宜兴紫砂坊', '[重要] 感谢您的购买',
  '{buyer}您好，\n\n感谢您购买宜兴紫砂坊的产品（订单号 {oid}）。有任何问题随时找我们。\n\n宜兴紫砂坊')
m('zh', 'yifahuo-tongzhi', 'reject', 'proactive', 'thunderbird', 'proactive', 'gbk', '苏绣丝语', '您的订单已发货',
  '{buyer}您好：\n\n您的订单 {oid} 已于今日发货。\n\n苏绣丝语')
m('zh', 'emoji-biaoqing', 'reject', 'style', 'applemail', 'reply', 'utf-8', '宜兴紫砂坊', QZH2,
  '{buyer}您好 😊\n\n壶可以用开水直接冲洗，不要用洗洁精哦 🍵👍\n\n宜兴紫砂坊',
  quote='壶能用洗洁精洗吗？')

# ---------------------------------------------------------------- zh-Hant
QHT = '來自 Amazon 買家 {buyer} 的配送詢問（訂單編號：{oid}）'
QHT2 = '來自 Amazon 買家 {buyer} 的詢問（訂單編號：{oid}）'
m('zh-Hant', 'ups-tracking-tea', 'pass', '-', 'gmail', 'reply', 'big5', '鹿谷烏龍茶行', QHT,
  '{buyer} 您好：\n\n您訂購的凍頂烏龍茶（訂單編號 {oid}）已交由 UPS 寄出，追蹤連結如下：\nhttps://www.ups.com/track?loc=zh_TW&tracknum=1Z999AA10123456784\n\n預計週五送達。\n\n鹿谷烏龍茶行',
  quote='請問我的茶葉寄出了嗎？', wrap=True)
m('zh-Hant', 'singpost-ninjavan', 'pass', '-', 'outlook', 'reply', 'big5', '鶯歌陶瓷工坊', QHT,
  '{buyer} 您好：\n\n茶杯組（訂單編號 {oid}）已由 Ninja Van 配送，查詢網址：\nhttps://www.ninjavan.co/en-sg/tracking?id=NVSGYG0987654\n\n鶯歌陶瓷工坊',
  quote='茶杯什麼時候會到？', tld='sg')
m('zh-Hant', 'kezi-queren-important', 'pass', '-', 'thunderbird', 'proactive', 'big5', '鶯歌陶瓷工坊', '[Important] 請確認杯底刻字（訂單編號 {oid}）',
  '{buyer} 您好：\n\n訂單 {oid} 的杯底刻字填寫為「平安喜樂」，但杯底只能刻三個字。請問要改成「平安樂」還是其他內容？\n\n收到您的回覆後我們才會開始製作。\n\n鶯歌陶瓷工坊')
m('zh-Hant', 'fapiao-baoxiu', 'pass', '-', 'applemail', 'reply', 'big5', '鹿谷烏龍茶行', QHT2,
  '{buyer} 您好：\n\n附件為訂單 {oid} 的發票與茶具保固卡，請查收。\n\n鹿谷烏龍茶行',
  quote='可以寄發票給我嗎？', att=[('pdf', 'invoice-LG-2026-311.pdf', ['Lugu Oolong', 'Invoice LG-2026-311']), ('pdf', 'warranty-LG.pdf', ['Warranty card'])])
m('zh-Hant', 'pinglun-yici', 'pass', '-', 'plain', 'proactive', 'big5', '鶯歌陶瓷工坊', '關於您的訂單 {oid}',
  '{buyer} 您好：\n\n您的茶杯組（訂單編號 {oid}）已於幾天前送達。若您願意，歡迎在 Amazon 留下商品評論，與其他買家分享您的使用心得。\n\n鶯歌陶瓷工坊')
m('zh-Hant', 'quxiao-baohumo', 'pass', '-', 'gmail', 'reply', 'utf-8', '鹿谷烏龍茶行', QHT2,
  '{buyer} 您好：\n\n已依照您的要求取消第二筆訂單 {oid}，不會扣款。\n\n另外，電子溫控壺的面板上有一層保護膜，使用前請先撕除。\n\n鹿谷烏龍茶行',
  quote='我重複下單了，請取消一筆。還有溫控壺面板霧霧的是正常嗎？')
m('zh-Hant', 'duoxie-duan-hant', 'pass', '-', 'outlook', 'reply', 'big5', '鶯歌陶瓷工坊', QHT2,
  '謝謝 {buyer} 的回覆，祝您使用愉快！\n\n鶯歌陶瓷工坊',
  quote='茶杯收到了，很漂亮，謝謝。')
m('zh-Hant', 'fb-fensi-ye', 'reject', 'links', 'outlook', 'reply', 'big5', '鹿谷烏龍茶行', QHT2,
  '{buyer} 您好：\n\n沖泡方式可以參考我們的粉絲專頁：https://www.facebook.com/luguoolong.tea\n\n鹿谷烏龍茶行',
  quote='烏龍茶要用幾度的水？')
m('zh-Hant', 'line-id', 'reject', 'contact', 'tbtext', 'reply', 'big5', '鶯歌陶瓷工坊', QHT2,
  '{buyer} 您好：\n\n客製圖案請加我們的 LINE：@yingge-tao，傳圖片比較方便。\n\n鶯歌陶瓷工坊',
  quote='可以客製圖案嗎？')
m('zh-Hant', 'xinpin-youhui', 'reject', 'promotion', 'gmail', 'proactive', 'big5', '鹿谷烏龍茶行', '訂單 {oid}',
  '{buyer} 您好：\n\n感謝您的訂單 {oid}。今年冬茶已經上市，回購輸入折扣碼 WINTER88 可享 88 折優惠。\n\n鹿谷烏龍茶行')
m('zh-Hant', 'xiugai-pinglun', 'reject', 'review', 'applemail', 'reply', 'big5', '鶯歌陶瓷工坊', QHT2,
  '{buyer} 您好：\n\n新的茶杯已經寄出。問題解決後，能否麻煩您把之前的一星評論修改一下或刪除？\n\n鶯歌陶瓷工坊',
  quote='補寄的杯子收到了。')
m('zh-Hant', 'gif-fujian', 'reject', 'style,attachment', 'outlook', 'proactive', 'big5', '鹿谷烏龍茶行', '訂單 {oid} 的小禮物',
  '{buyer} 您好：\n\n您的茶葉（訂單編號 {oid}）已在途中。附上一張泡茶的動畫圖，祝您品茶愉快。\n\n鹿谷烏龍茶行',
  att=[('gif', 'paocha-donghua.gif')])
m('zh-Hant', 'qing-quxiao-queuo', 'reject', 'ask', 'plain', 'proactive', 'big5', '鶯歌陶瓷工坊', '訂單 {oid}',
  '{buyer} 您好：\n\n很抱歉，青瓷茶杯（訂單編號 {oid}）已經缺貨，請您自行到「我的訂單」申請取消。\n\n鶯歌陶瓷工坊')
m('zh-Hant', 'important-songda', 'reject', 'important,proactive', 'gmail', 'proactive', 'big5', '鹿谷烏龍茶行', '[Important] 您的包裹已送達',
  '{buyer} 您好：\n\n您的訂單 {oid} 已經送達，感謝您的支持！\n\n鹿谷烏龍茶行')
m('zh-Hant', 'ganxie-only', 'reject', 'proactive', 'thunderbird', 'proactive', 'big5', '鶯歌陶瓷工坊', '感謝您的訂購',
  '{buyer} 您好：\n\n感謝您選擇鶯歌陶瓷工坊（訂單編號 {oid}），有任何需要隨時告訴我們。\n\n鶯歌陶瓷工坊')
m('zh-Hant', 'emoji-cha', 'reject', 'style', 'applemail', 'reply', 'utf-8', '鹿谷烏龍茶行', QHT2,
  '{buyer} 您好 🍵\n\n茶葉開封後請冷藏保存，風味更好喔 😊👍\n\n鹿谷烏龍茶行',
  quote='茶葉開封後怎麼保存？')

# ---------------------------------------------------------------- ko
QKO = 'Amazon 고객 {buyer}님의 배송 문의 (주문번호: {oid})'
QKO2 = 'Amazon 고객 {buyer}님의 문의 (주문번호: {oid})'
m('ko', 'usps-tracking-ko', 'pass', '-', 'gmail', 'reply', 'euc-kr', '한결 도자기', QKO,
  '{buyer}님, 안녕하세요.\n\n주문하신 백자 찻잔 세트(주문번호 {oid})는 USPS로 발송되었습니다. 배송 조회는 아래 링크에서 하실 수 있습니다.\nhttps://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899562234567812\n\n목요일 도착 예정입니다.\n\n한결 도자기 드림',
  quote='주문한 찻잔이 아직 안 왔어요. 발송됐나요?', wrap=True)
m('ko', 'yamato-jp-ko', 'pass', '-', 'outlook', 'reply', 'ks_c_5601-1987', '소담 자수공방', QKO,
  '{buyer}님, 안녕하세요.\n\n자수 손수건(주문번호 {oid})은 야마토 운수로 보내드렸습니다.\n조회: https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=448898765430\n\n감사합니다.\n소담 자수공방',
  quote='손수건 배송 상황을 알고 싶습니다.', tld='co.jp')
m('ko', 'gakin-munku-important', 'pass', '-', 'thunderbird', 'proactive', 'euc-kr', '한결 도자기', '[Important] 각인 문구 확인 부탁드립니다 (주문번호 {oid})',
  '{buyer}님, 안녕하세요.\n\n주문번호 {oid}의 각인 문구가 "행복한 우리집 2026"으로 되어 있는데, 찻잔 바닥에는 10자까지만 들어갑니다.\n\n"우리집 2026"으로 줄여도 될까요? 답장 주시면 바로 작업을 시작하겠습니다.\n\n한결 도자기 드림')
m('ko', 'invoice-warranty-pdf', 'pass', '-', 'applemail', 'reply', 'ks_c_5601-1987', '소담 자수공방', QKO2,
  '{buyer}님, 안녕하세요.\n\n요청하신 주문번호 {oid}의 인보이스와 세탁 안내서를 첨부합니다.\n\n소담 자수공방',
  quote='인보이스를 받을 수 있을까요?', att=[('pdf', 'invoice-SD-1127.pdf', ['Sodam Embroidery', 'Invoice SD-1127']), ('pdf', 'care-guide.pdf', ['Washing instructions'])])
m('ko', 'review-once-ko', 'pass', '-', 'plain', 'proactive', 'euc-kr', '한결 도자기', '주문번호 {oid} 관련 안내',
  '{buyer}님, 안녕하세요.\n\n주문하신 찻잔 세트(주문번호 {oid})가 며칠 전 배송 완료되었습니다. 괜찮으시다면 Amazon에 상품 리뷰를 남겨 다른 고객님들과 경험을 나눠 주세요.\n\n한결 도자기')
m('ko', 'cancel-requested-ko', 'pass', '-', 'gmail', 'reply', 'utf-8', '소담 자수공방', QKO2,
  '{buyer}님, 안녕하세요.\n\n요청하신 대로 주문번호 {oid}를 취소했습니다. 결제 금액은 청구되지 않습니다.\n\n소담 자수공방',
  quote='실수로 두 번 주문했어요. 하나 취소해 주세요.')
m('ko', 'thanks-short-ko', 'pass', '-', 'outlook', 'reply', 'ks_c_5601-1987', '한결 도자기', QKO2,
  '{buyer}님, 감사합니다. 즐거운 차 생활 되세요!\n\n한결 도자기',
  quote='찻잔 잘 받았습니다. 정말 예뻐요. 감사합니다!')
m('ko', 'naver-blog-link', 'reject', 'links', 'outlook', 'reply', 'ks_c_5601-1987', '소담 자수공방', QKO2,
  '{buyer}님, 안녕하세요.\n\n자수 손수건 관리 방법은 저희 블로그에 자세히 있습니다: https://blog.naver.com/sodam_embroidery/223344556677\n\n소담 자수공방',
  quote='손수건은 어떻게 세탁하나요?')
m('ko', 'kakao-id', 'reject', 'contact', 'tbtext', 'reply', 'euc-kr', '한결 도자기', QKO2,
  '{buyer}님, 안녕하세요.\n\n단체 주문은 카카오톡 아이디 hangyeol_pottery로 문의해 주시면 빠르게 답변드립니다.\n\n한결 도자기',
  quote='회사 선물용으로 30세트 주문 가능할까요?')
m('ko', 'coupon-next-ko', 'reject', 'promotion', 'gmail', 'proactive', 'euc-kr', '소담 자수공방', '주문번호 {oid}',
  '{buyer}님, 안녕하세요.\n\n주문해 주셔서 감사합니다. 다음 구매 시 사용하실 수 있는 15% 할인 쿠폰 코드 SODAM15를 드립니다. 새로 나온 자수 파우치에도 쓰실 수 있어요.\n\n소담 자수공방')
m('ko', 'review-delete-refund', 'reject', 'review', 'applemail', 'reply', 'ks_c_5601-1987', '한결 도자기', QKO2,
  '{buyer}님, 안녕하세요.\n\n깨진 찻잔은 정말 죄송합니다. 남기신 리뷰를 삭제해 주시면 전액 환불해 드리겠습니다.\n\n한결 도자기',
  quote='찻잔 하나가 깨져서 왔어요. 리뷰에도 적었습니다.')
m('ko', 'gif-cid-ko', 'reject', 'style,attachment', 'gmail', 'reply', 'utf-8', '소담 자수공방', QKO2,
  '{buyer}님, 안녕하세요.\n\n네, 이니셜 자수도 가능합니다. 작은 움직이는 그림을 함께 보내드려요!\n\n소담 자수공방',
  quote='이니셜도 수놓아 주시나요?', att=[('gifcid', 'jasu-bbanjjak.gif')])
m('ko', 'ask-cancel-ko', 'reject', 'ask', 'outlook', 'proactive', 'euc-kr', '한결 도자기', '주문번호 {oid} 관련',
  '{buyer}님, 안녕하세요.\n\n죄송하지만 청자 찻잔(주문번호 {oid})의 재고가 소진되었습니다. 번거로우시겠지만 고객님께서 직접 주문 취소를 요청해 주시겠어요?\n\n한결 도자기')
m('ko', 'important-review-ko', 'reject', 'important', 'plain', 'proactive', 'euc-kr', '소담 자수공방', '[Important] 리뷰 요청드립니다',
  '{buyer}님, 안녕하세요.\n\n주문번호 {oid}의 손수건은 마음에 드셨나요? 괜찮으시다면 Amazon에 상품 리뷰를 남겨 주세요.\n\n소담 자수공방')
m('ko', 'shipped-only-ko', 'reject', 'proactive', 'thunderbird', 'proactive', 'ks_c_5601-1987', '한결 도자기', '발송 완료 안내',
  '{buyer}님, 안녕하세요.\n\n주문번호 {oid} 상품이 오늘 발송되었습니다.\n\n한결 도자기')
m('ko', 'emoji-ko', 'reject', 'style', 'applemail', 'reply', 'utf-8', '소담 자수공방', QKO2,
  '{buyer}님 안녕하세요 😊\n\n네, 손세탁하시면 오래 쓰실 수 있어요 🧺✨\n\n소담 자수공방',
  quote='세탁기에 넣어도 되나요?')

# ---------------------------------------------------------------- id
QID = 'Pertanyaan pengiriman dari pelanggan Amazon {buyer} (Pesanan: {oid})'
QID2 = 'Pertanyaan dari pelanggan Amazon {buyer} (Pesanan: {oid})'
m('id', 'singpost-batik', 'pass', '-', 'gmail', 'reply', 'us-ascii', 'Batik Sekar Jagad', QID,
  'Halo {buyer},\n\nKain batik tulis Anda (pesanan {oid}) sudah dikirim dengan SingPost kemarin. Lacak paketnya di sini:\nhttps://www.singpost.com/track-items?trackingid=RR987654321SG\n\nPerkiraan tiba hari Kamis.\n\nSalam,\nBatik Sekar Jagad',
  quote='Halo, apakah kain batik saya sudah dikirim?', wrap=True, tld='sg')
m('id', 'ninjavan-kopi', 'pass', '-', 'outlook', 'reply', 'iso-8859-1', 'Kopi Gayo Lestari', QID,
  'Halo {buyer},\n\nKopi arabika Gayo Anda (pesanan {oid}) sedang diantar oleh Ninja Van. Status pengiriman:\nhttps://www.ninjavan.co/en-sg/tracking?id=NVSGKGL2026114\n\nTerima kasih atas kesabarannya.\nKopi Gayo Lestari',
  quote='Kopi saya kapan sampai?', tld='sg')
m('id', 'alamat-unit-important', 'pass', '-', 'thunderbird', 'proactive', 'us-ascii', 'Rotan Cirebon Asli', '[Important] Nomor unit alamat pengiriman kurang - pesanan {oid}',
  'Halo {buyer},\n\nAlamat pengiriman untuk pesanan {oid} (kursi rotan) tidak mencantumkan nomor unit apartemen, hanya nama blok. Kurir tidak bisa mengantar barang sebesar ini tanpa nomor unit.\n\nMohon balas dengan nomor unit Anda atau perbarui alamat di akun Amazon Anda. Kami akan segera mengirimnya.\n\nSalam,\nRotan Cirebon Asli', tld='sg')
m('id', 'faktur-garansi', 'pass', '-', 'applemail', 'reply', 'iso-8859-1', 'Kopi Gayo Lestari', QID2,
  'Halo {buyer},\n\nTerlampir faktur untuk pesanan {oid} serta petunjuk penggunaan gilingan kopi manual.\n\nSalam,\nKopi Gayo Lestari',
  quote='Bisa kirim faktur dan cara pakai gilingannya?', att=[('pdf', 'faktur-KGL-0419.pdf', ['Kopi Gayo Lestari', 'Faktur KGL-0419']), ('pdf', 'petunjuk-gilingan.pdf', ['Petunjuk penggunaan'])])
m('id', 'ulasan-sekali', 'pass', '-', 'plain', 'proactive', 'us-ascii', 'Batik Sekar Jagad', 'Pesanan Anda {oid}',
  'Halo {buyer},\n\nKain batik dari pesanan {oid} telah diterima beberapa hari lalu. Jika berkenan, Anda dapat berbagi pengalaman dengan pembeli lain dengan menulis ulasan produk di Amazon.\n\nBatik Sekar Jagad', tld='sg')
m('id', 'batal-sesuai-permintaan', 'pass', '-', 'gmail', 'reply', 'utf-8', 'Rotan Cirebon Asli', QID2,
  'Halo {buyer},\n\nSesuai permintaan Anda, pesanan {oid} sudah kami batalkan. Anda tidak akan dikenai biaya.\n\nSalam,\nRotan Cirebon Asli',
  quote='Tolong batalkan pesanan kursi saya, ukurannya tidak muat.', tld='sg')
m('id', 'terima-kasih-singkat', 'pass', '-', 'outlook', 'reply', 'us-ascii', 'Batik Sekar Jagad', QID2,
  'Sama-sama, {buyer}. Semoga kainnya awet!\n\nBatik Sekar Jagad',
  quote='Kainnya sudah sampai, bagus sekali. Terima kasih!', tld='sg')
m('id', 'tautan-tokopedia', 'reject', 'links,promotion', 'outlook', 'reply', 'iso-8859-1', 'Kopi Gayo Lestari', QID2,
  'Halo {buyer},\n\nKemasan 1 kg tersedia di toko Tokopedia kami dengan harga lebih murah: https://www.tokopedia.com/kopigayolestari\n\nKopi Gayo Lestari',
  quote='Ada kemasan 1 kg?', tld='sg')
m('id', 'wa-nomor-spasi', 'reject', 'contact', 'tbtext', 'reply', 'us-ascii', 'Rotan Cirebon Asli', QID2,
  'Halo {buyer},\n\nUntuk pesanan khusus silakan hubungi WA kami: 0 8 1 2 - 2 4 5 6 - 7 7 8 9.\n\nRotan Cirebon Asli',
  quote='Bisa pesan kursi dengan ukuran khusus?', tld='sg')
m('id', 'kode-diskon-berikutnya', 'reject', 'promotion', 'gmail', 'proactive', 'iso-8859-1', 'Batik Sekar Jagad', 'Pesanan {oid}',
  'Halo {buyer},\n\nTerima kasih atas pesanan {oid}. Koleksi batik cap terbaru kami sudah hadir - gunakan kode SEKAR10 untuk potongan 10% pada pembelian berikutnya.\n\nBatik Sekar Jagad', tld='sg')
m('id', 'ulasan-tulis-ini', 'reject', 'review', 'applemail', 'proactive', 'us-ascii', 'Kopi Gayo Lestari', 'Kopi Anda, pesanan {oid}',
  'Halo {buyer},\n\nKalau Anda menulis ulasan untuk kopi dari pesanan {oid}, tolong sebutkan aroma cokelatnya dan bahwa kopinya baru disangrai. Itu sangat membantu kami.\n\nKopi Gayo Lestari', tld='sg')
m('id', 'gif-lampiran', 'reject', 'style,attachment', 'outlook', 'proactive', 'iso-8859-1', 'Rotan Cirebon Asli', 'Salam dari Cirebon - pesanan {oid}',
  'Halo {buyer},\n\nKursi rotan Anda (pesanan {oid}) sedang dianyam. Kami lampirkan animasi kecil dari bengkel kami.\n\nRotan Cirebon Asli', tld='sg',
  att=[('gif', 'anyaman-rotan.gif')])
m('id', 'minta-batalkan-stok', 'reject', 'ask', 'plain', 'proactive', 'us-ascii', 'Batik Sekar Jagad', 'Pesanan {oid}',
  'Halo {buyer},\n\nMohon maaf, kain motif parang dari pesanan {oid} sudah habis. Bisakah Anda membatalkan pesanan sendiri melalui menu Pesanan Anda?\n\nBatik Sekar Jagad', tld='sg')
m('id', 'important-terima-kasih', 'reject', 'important,proactive', 'gmail', 'proactive', 'us-ascii', 'Kopi Gayo Lestari', '[Important] Terima kasih atas pesanan Anda',
  'Halo {buyer},\n\nTerima kasih sudah berbelanja di Kopi Gayo Lestari (pesanan {oid}). Kami selalu siap membantu.\n\nKopi Gayo Lestari', tld='sg')
m('id', 'sudah-dikirim-saja', 'reject', 'proactive', 'thunderbird', 'proactive', 'iso-8859-1', 'Rotan Cirebon Asli', 'Pesanan Anda sudah dikirim',
  'Halo {buyer},\n\nPesanan {oid} Anda sudah kami kirim hari ini.\n\nRotan Cirebon Asli', tld='sg')
m('id', 'emoji-id', 'reject', 'style', 'applemail', 'reply', 'utf-8', 'Batik Sekar Jagad', QID2,
  'Halo {buyer} 🙏😊\n\nYa, kainnya boleh dicuci dengan tangan memakai sabun lerak. Selamat memakai! 🌺\n\nBatik Sekar Jagad',
  quote='Kain batiknya boleh dicuci?', tld='sg')

# ---------------------------------------------------------------- extra pass traps (all languages)
m('en', 'evri-keep-receipt', 'pass', '-', 'thunderbird', 'reply', 'iso-8859-1', 'Marlowe Shoe Care', QEN,
  'Hi {buyer},\n\nYour boot polish kit (order {oid}) is with Evri and shows "out for delivery" today:\nhttps://www.evri.com/track/parcel/H01HYA0012345678\n\nIt is important to keep the Evri card if they leave it with a neighbour, so you can collect it quickly.\n\nBest,\nMarlowe Shoe Care',
  quote='Where is my parcel? The estimate was yesterday.', tld='co.uk', caseid=True)
m('en', 'emirates-post-en-ae', 'pass', '-', 'gmail', 'reply', 'us-ascii', 'Dune Line Electronics', QEN,
  'Hello {buyer},\n\nThe dash camera (order {oid}) was handed to Emirates Post this morning. You can follow it here:\nhttps://www.emiratespost.ae/track?TrackingNo=RR204518733AE\n\nDelivery to Abu Dhabi normally takes two working days.\n\nRegards,\nDune Line Electronics',
  quote='Hi, has the dash cam been shipped?', tld='ae')
m('en', 'asin-model-part-numbers', 'pass', '-', 'outlook', 'reply', 'windows-1252', 'Ferrous Tool Supply', QEN2,
  'Hello {buyer},\n\nThe replacement blade you need is part no. 44-0172, listed on Amazon under ASIN B0C7XK2M4Q at $24.99. It fits the HX-2210-B planer you bought on 3 November (order {oid}); the older HX-2200 uses a different blade.\n\nRegards,\nGlen\nFerrous Tool Supply',
  quote='Which blade fits my planer? Model HX-2210-B.')
m('en', 'replacement-sent-thank-you', 'pass', '-', 'applemail', 'reply', 'us-ascii', 'Pinecrest Glassware', QEN2,
  'Hi {buyer},\n\nThank you for letting us know about the chipped carafe. We have sent a replacement today at no cost; it should arrive by Friday. There is no need to return the damaged one - please recycle it carefully.\n\nBest,\nPinecrest Glassware',
  quote='The carafe arrived with a chip on the rim.')
m('de', 'hermes-sendung', 'pass', '-', 'tbtext', 'reply', 'iso-8859-15', 'Ostsee Drachenbau', QDE,
  'Moin {buyer},\n\nIhr Drachen (Bestellung {oid}) ist mit Hermes unterwegs. Sendungsverfolgung:\nhttps://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H1001234567890123456\n\nViele Grüße von der Küste\nOstsee Drachenbau',
  quote='Wo ist mein Paket? Es steht seit zwei Tagen auf "in Zustellung".')
m('es', 'correos-mexico-guia', 'pass', '-', 'applemail', 'reply', 'utf-8', 'Talavera Doña Chuy', QES,
  'Hola {buyer}:\n\nSu jarra (pedido {oid}) se envió por Correos de México. Número de guía: MX123456789MX.\nRastreo: https://www.correosdemexico.gob.mx/SSLServicios/SeguimientoEnvio/Seguimiento.aspx?guia=MX123456789MX\n\nSaludos,\nTalavera Doña Chuy',
  quote='¿Me pasan el número de guía, por favor?', tld='com.mx')
m('it', 'brt-tracciamento', 'pass', '-', 'gmail', 'reply', 'windows-1252', 'Bilance Lombarde', QIT,
  'Buongiorno {buyer},\n\nla sua bilancia (ordine {oid}) viaggia con BRT. Tracciamento:\nhttps://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=066123456789\n\nCordiali saluti,\nBilance Lombarde',
  quote='Quando arriva la bilancia?')
m('fr', 'chronopost-suivi', 'pass', '-', 'outlook', 'reply', 'iso-8859-1', 'Horlogerie Besson', QFR,
  'Bonjour {buyer},\n\nVotre réveil (commande {oid}) est parti en Chronopost 13h. Suivi :\nhttps://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR\n\nCordialement,\nHorlogerie Besson',
  quote='Pouvez-vous me donner le numéro de suivi ?')
m('ar', 'aramex-egypt-ar', 'pass', '-', 'gmail', 'reply', 'utf-8', 'فخار الفيوم', QAR,
  'أهلاً {buyer}،\n\nالإبريق (الطلب {oid}) في الطريق مع أرامكس مصر. رابط التتبع:\nhttps://www.aramex.com/eg/ar/track/results?ShipmentNumber=48813029754\n\nمع التحية،\nفخار الفيوم',
  quote='فين الشحنة؟', tld='eg')
m('ja', 'sagawa-hassou', 'pass', '-', 'gmail', 'reply', 'shift_jis', '越前 刃物工房 松井', QJA,
  '{buyer} 様\n\nご注文の砥石（注文番号 {oid}）は佐川急便で発送いたしました。\nお問い合わせ番号：360012345678\nhttps://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=360012345678\n\n越前 刃物工房 松井',
  quote='砥石の追跡番号を教えてください。')
m('tr', 'yurtici-takip', 'pass', '-', 'tbtext', 'reply', 'windows-1254', 'Kapalıçarşı Bakırcılık', QTR,
  'Merhaba {buyer},\n\nBakır tepsiniz (sipariş {oid}) Yurtiçi Kargo ile gönderildi. Takip:\nhttps://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=104512345678\n\nSaygılarımızla,\nKapalıçarşı Bakırcılık',
  quote='Tepsi ne zaman gelir?')
m('nl', 'bezorgafspraak-kast', 'pass', '-', 'outlook', 'proactive', 'windows-1252', 'Meubelmakerij Van Dijk', 'Bezorgafspraak voor uw kast – bestelling {oid}',
  'Beste {buyer},\n\nUw eikenhouten boekenkast (bestelling {oid}, 95 kg) wordt met twee man bezorgd. Wij kunnen komen op dinsdag 17 of vrijdag 20 november, tussen 8:00 en 13:00 uur.\n\nWelke dag past u? Laat u ook weten op welke verdieping u woont?\n\nMet vriendelijke groet,\nMeubelmakerij Van Dijk')
m('sv', 'adress-portkod', 'pass', '-', 'gmail', 'proactive', 'iso-8859-1', 'Norrskog Bastu', 'Leveransadressen för beställning {oid}',
  'Hej {buyer},\n\nBastuaggregatet i beställning {oid} levereras av ett speditionsbolag som bär in det till dörren. Leveransadressen saknar portkod och lägenhetsnummer.\n\nKan du svara med dem, eller uppdatera adressen i ditt Amazon-konto? Annars kan chauffören inte komma in.\n\nVänliga hälsningar\nNorrskog Bastu')
m('pl', 'klucz-gwiazdkowy-folia', 'pass', '-', 'gmail', 'reply', 'iso-8859-2', 'Ceramika Bolesławiecka Nowak', QPL2,
  'Dzień dobry {buyer},\n\nStojak na kubki skręca się kluczem gwiazdkowym T15 dołączonym do zestawu. Przed montażem proszę usunąć folię ochronną z metalowych nóżek. Zajmiemy się też Pana zgłoszeniem zwrotu, jeśli stojak nadal będzie się chwiał.\n\nZ poważaniem,\nCeramika Nowak',
  quote='Stojak się chwieje, czym go dokręcić?')
m('zh', 'shanchu-peidui', 'pass', '-', 'outlook', 'reply', 'gb2312', '听涛数码', QZH2,
  '{buyer}您好，\n\n耳机型号 TT-A30（ASIN B0D4QZ7N2K）连接不上时，请先在手机蓝牙设置里删除旧的配对记录，再长按耳机按键5秒重新配对。\n\n如仍有问题，我们会审核您的退货申请。\n\n听涛数码',
  quote='耳机连不上手机，是坏了吗？')
m('ko', 'sakje-bluetooth', 'pass', '-', 'gmail', 'reply', 'euc-kr', '바람소리 음향', QKO2,
  '{buyer}님, 안녕하세요.\n\n스피커 모델 BS-200이 연결되지 않으면 휴대폰 블루투스 목록에서 기존 연결을 삭제한 뒤 다시 페어링해 주세요. 전원 버튼을 5초간 누르면 초기화됩니다.\n\n바람소리 음향',
  quote='스피커가 휴대폰과 연결이 안 돼요.')

if __name__ == "__main__":
    main()
