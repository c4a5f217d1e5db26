#!/usr/bin/env python3
"""gen-batch7.py - blind test batch g (2026-11-30g) for aliasgate.

Deterministic, Python 3 standard library only.  Every message is written by hand in a
call to m(...) below, and the verdict / categories / charset / client / kind on that call
are the hand label.  Nothing here computes a label: m() only checks that the label is
well-formed and that the text encodes in the charset chosen for it (no fallback).

Output: ../2026-11-30g/NNN-LANG-slug.eml and ../2026-11-30g/labels.tsv
"""
import base64
import binascii
import datetime
import hashlib
import html as H
import io
import os
import random
import re
import struct
import sys
import textwrap
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '2026-11-30g'))

CATS = ('links', 'contact', 'promotion', 'review', 'style', 'ask', 'important', 'attachment', 'proactive')
LANGS = ('en', 'ja', 'zh', 'zh-Hant', 'ko', 'de', 'es', 'fr', 'it', 'id', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar')
CLIENTS = ('gmail', 'outlook', 'applemail', 'thunderbird', 'plain')
CHARSETS = ('utf-8', 'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15',
            'windows-1250', 'windows-1252', 'windows-1254', 'windows-1256', 'iso-2022-jp',
            'shift_jis', 'euc-kr', 'ks_c_5601-1987', 'gb2312', 'gbk', 'big5')
LATIN = {'us-ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15',
         'windows-1250', 'windows-1252', 'windows-1254'}

MSGS = []


def sha(s):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()


def codec(cs):
    return 'euc_kr' if cs == 'ks_c_5601-1987' else cs


def enc(text, cs):
    """Strict encode; ISO-2022-JP line by line so every line ends in ASCII state."""
    if cs == 'iso-2022-jp':
        return b'\n'.join(l.encode('iso-2022-jp') for l in text.split('\n'))
    return text.encode(codec(cs))


# ---------------------------------------------------------------------------
# per-language client furniture
# ---------------------------------------------------------------------------
L = {
 'en': dict(tld='com', tz=-300, cl='en-US',
            wd='Mon Tue Wed Thu Fri Sat Sun', mon='Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
            gm='On {wd}, {mon} {d}, {y} at {h12}:{M} {ap} {n} <{a}> wrote:',
            ap='On {d} {mon} {y}, at {H}:{M}, {n} <{a}> wrote:',
            od='{wd}, {mon} {d}, {y} {h12}:{M} {ap}',
            ol=('From', 'Sent', 'To', 'Subject'), sep='-----Original Message-----', pre='RE:',
            wrap=('------------- Message: -------------', '------------- End message -------------')),
 'de': dict(tld='de', tz=60, cl='de-DE',
            wd='Mo. Di. Mi. Do. Fr. Sa. So.', mon='Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.',
            gm='Am {wd}, {d}. {mon} {y} um {H}:{M} Uhr schrieb {n} <{a}>:',
            ap='Am {dd}.{mm}.{y} um {H}:{M} schrieb {n} <{a}>:',
            od='{wd} {d}. {mon} {y} {H}:{M}',
            ol=('Von', 'Gesendet', 'An', 'Betreff'), sep='-----Ursprüngliche Nachricht-----', pre='AW:',
            wrap=('------------- Nachricht: -------------', '------------- Ende der Nachricht -------------')),
 'fr': dict(tld='fr', tz=60, cl='fr-FR',
            wd='lun. mar. mer. jeu. ven. sam. dim.', mon='janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
            gm='Le {wd} {d} {mon} {y} à {H}:{M}, {n} <{a}> a écrit :',
            ap='Le {d} {mon} {y} à {H}:{M}, {n} <{a}> a écrit :',
            od='{wd} {d} {mon} {y} {H}:{M}',
            ol=('De', 'Envoyé', 'À', 'Objet'), sep="-----Message d'origine-----", pre='RE :',
            wrap=('------------- Message : -------------', '------------- Fin du message -------------')),
 'es': dict(tld='es', tz=60, cl='es-ES',
            wd='lun mar mié jue vie sáb dom', mon='ene feb mar abr may jun jul ago sept oct nov dic',
            gm='El {wd}, {d} {mon} {y} a las {H}:{M}, {n} (<{a}>) escribió:',
            ap='El {d} {mon} {y}, a las {H}:{M}, {n} <{a}> escribió:',
            od='{wd}, {d} de {mon} de {y} {H}:{M}',
            ol=('De', 'Enviado el', 'Para', 'Asunto'), sep='-----Mensaje original-----', pre='RE:',
            wrap=('------------- Mensaje: -------------', '------------- Finalizar mensaje -------------')),
 'it': dict(tld='it', tz=60, cl='it-IT',
            wd='lun mar mer gio ven sab dom', mon='gen feb mar apr mag giu lug ago set ott nov dic',
            gm='Il giorno {wd} {d} {mon} {y} alle ore {H}:{M} {n} <{a}> ha scritto:',
            ap='Il giorno {d} {mon} {y}, alle ore {H}:{M}, {n} <{a}> ha scritto:',
            od='{wd} {d} {mon} {y} {H}:{M}',
            ol=('Da', 'Inviato', 'A', 'Oggetto'), sep='-----Messaggio originale-----', pre='R:',
            wrap=('------------- Messaggio: -------------', '------------- Fine messaggio -------------')),
 'nl': dict(tld='nl', tz=60, cl='nl-NL',
            wd='ma di wo do vr za zo', mon='jan feb mrt apr mei jun jul aug sep okt nov dec',
            gm='Op {wd} {d} {mon} {y} om {H}:{M} schreef {n} <{a}>:',
            ap='Op {d} {mon} {y}, om {H}:{M} heeft {n} <{a}> het volgende geschreven:',
            od='{wd} {d} {mon} {y} {H}:{M}',
            ol=('Van', 'Verzonden', 'Aan', 'Onderwerp'), sep='-----Oorspronkelijk bericht-----', pre='RE:',
            wrap=None),
 'pl': dict(tld='pl', tz=60, cl='pl-PL',
            wd='pon. wt. śr. czw. pt. sob. niedz.', mon='sty lut mar kwi maj cze lip sie wrz paź lis gru',
            gm='{wd}, {d} {mon} {y} o {H}:{M} {n} <{a}> napisał(a):',
            ap='Wiadomość napisana przez {n} <{a}> w dniu {d}.{mm}.{y}, o godz. {H}:{M}:',
            od='{wd} {d} {mon} {y} {H}:{M}',
            ol=('Od', 'Wysłano', 'Do', 'Temat'), sep='-----Wiadomość oryginalna-----', pre='Odp:',
            wrap=None),
 'sv': dict(tld='se', tz=60, cl='sv-SE',
            wd='mån tis ons tors fre lör sön', mon='jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.',
            gm='Den {wd} {d} {mon} {y} kl {H}:{M} skrev {n} <{a}>:',
            ap='{d} {mon} {y} kl. {H}:{M} skrev {n} <{a}>:',
            od='den {d} {mon} {y} {H}:{M}',
            ol=('Från', 'Skickat', 'Till', 'Ämne'), sep='-----Ursprungligt meddelande-----', pre='SV:',
            wrap=None),
 'tr': dict(tld='com.tr', tz=180, cl='tr-TR',
            wd='Pzt Sal Çar Per Cum Cmt Paz', mon='Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara',
            gm='{n} <{a}>, {d} {mon} {y} {wd}, {H}:{M} tarihinde şunu yazdı:',
            ap='{d} {mon} {y} tarihinde {H}:{M} saatinde, {n} <{a}> şunları yazdı:',
            od='{d} {mon} {y} {wd} {H}:{M}',
            ol=('Kimden', 'Gönderildi', 'Kime', 'Konu'), sep='-----Özgün İleti-----', pre='YNT:',
            wrap=None),
 'pt': dict(tld='com.br', tz=-180, cl='pt-BR',
            wd='seg. ter. qua. qui. sex. sáb. dom.', mon='jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.',
            gm='Em {wd}, {d} de {mon} de {y} às {H}:{M}, {n} <{a}> escreveu:',
            ap='Em {d} de {mon} de {y}, à(s) {H}:{M}, {n} <{a}> escreveu:',
            od='{wd} {d} de {mon} de {y} {H}:{M}',
            ol=('De', 'Enviado', 'Para', 'Assunto'), sep='-----Mensagem original-----', pre='RES:',
            wrap=('------------- Mensagem: -------------', '------------- Encerrar mensagem -------------')),
 'ja': dict(tld='co.jp', tz=540, cl='ja-JP',
            wd='月 火 水 木 金 土 日', mon='1 2 3 4 5 6 7 8 9 10 11 12',
            gm='{y}年{mon}月{d}日({wd}) {H}:{M} {n} <{a}>:',
            ap='{y}/{mm}/{dd} {H}:{M}、{n} <{a}>のメール:',
            od='{y}年{mon}月{d}日 {H}:{M}',
            ol=('差出人', '送信日時', '宛先', '件名'), sep='-----Original Message-----', pre='RE:',
            wrap=None),
 'zh': dict(tld='com', tz=480, cl='zh-CN',
            wd='周一 周二 周三 周四 周五 周六 周日', mon='1 2 3 4 5 6 7 8 9 10 11 12',
            gm='{n} <{a}> 于{y}年{mon}月{d}日{wd} {H}:{M}写道：',
            ap='{n} <{a}> 于{y}年{mon}月{d}日 {H}:{M} 写道：',
            od='{y}年{mon}月{d}日 {H}:{M}',
            ol=('发件人', '发送时间', '收件人', '主题'), sep='-----原始邮件-----', pre='回复:',
            wrap=None),
 'zh-Hant': dict(tld='com', tz=480, cl='zh-TW',
            wd='週一 週二 週三 週四 週五 週六 週日', mon='1 2 3 4 5 6 7 8 9 10 11 12',
            gm='{n} <{a}> 於 {y}年{mon}月{d}日 {wd} {H}:{M} 寫道：',
            ap='{n} <{a}> 於 {y}年{mon}月{d}日 {H}:{M} 寫道：',
            od='{y}年{mon}月{d}日 {H}:{M}',
            ol=('寄件者', '寄件日期', '收件者', '主旨'), sep='-----原始郵件-----', pre='回覆:',
            wrap=None),
 'ko': dict(tld='com', tz=540, cl='ko-KR',
            wd='월 화 수 목 금 토 일', mon='1 2 3 4 5 6 7 8 9 10 11 12',
            gm='{y}년 {mon}월 {d}일 ({wd}) {H}:{M}, {n} <{a}>님이 작성:',
            ap='{y}. {mon}. {d}. {H}:{M}, {n} <{a}> 작성:',
            od='{y}년 {mon}월 {d}일 {wd}요일 {H}:{M}',
            ol=('보낸 사람', '보낸 날짜', '받는 사람', '제목'), sep='-----Original Message-----', pre='회신:',
            wrap=None),
 'id': dict(tld='sg', tz=480, cl='id-ID',
            wd='Sen Sel Rab Kam Jum Sab Min', mon='Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des',
            gm='Pada {wd}, {d} {mon} {y} pukul {H}.{M} {n} <{a}> menulis:',
            ap='Pada {d} {mon} {y}, pukul {H}.{M}, {n} <{a}> menulis:',
            od='{wd}, {d} {mon} {y} {H}.{M}',
            ol=('Dari', 'Dikirim', 'Kepada', 'Perihal'), sep='-----Pesan Asli-----', pre='Balas:',
            wrap=None),
 'ar': dict(tld='ae', tz=240, cl='ar-AE',
            wd='الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد',
            mon='يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
            gm='في {wd}، {d} {mon} {y} في {H}:{M} كتب {n} <{a}>:',
            ap='في {d} {mon} {y}، الساعة {H}:{M}، كتب {n} <{a}>:',
            od='{wd}، {d} {mon} {y} {H}:{M}',
            ol=('من', 'تاريخ الإرسال', 'إلى', 'الموضوع'), sep='-----الرسالة الأصلية-----', pre='رد:',
            wrap=None),
}

NAMES = {
 'en': ['Dana', 'Marcus', 'Priya', 'Colin', 'Shauna', 'Terrence', 'Imogen', 'Raj', 'Bethany', 'Owen', 'Leticia', 'Graham'],
 'de': ['Jörg', 'Sabine', 'Malte', 'Ute', 'Henrik', 'Katrin', 'Bernd'],
 'fr': ['Solène', 'Benoît', 'Maëlle', 'Thierry', 'Agnès', 'Loïc'],
 'es': ['Iñaki', 'Montse', 'Rocío', 'Álvaro', 'Nuria', 'Gonzalo'],
 'it': ['Ludovica', 'Gianni', 'Marta', 'Ettore', 'Ilaria'],
 'nl': ['Femke', 'Joost', 'Ingrid', 'Ruud', 'Lieke'],
 'pl': ['Bożena', 'Krzysztof', 'Agnieszka', 'Paweł', 'Jadwiga'],
 'sv': ['Åsa', 'Linnea', 'Göran', 'Pelle', 'Ingrid'],
 'tr': ['Gülşen', 'Oğuz', 'Serkan', 'Ebru', 'Çağla'],
 'pt': ['Luana', 'Thiago', 'Conceição', 'Rafael', 'Joana'],
 'ja': ['佐藤', '中村', '小林', '山田', '高橋'],
 'zh': ['王先生', '李女士', 'Chen', '刘'],
 'zh-Hant': ['林小姐', '陳先生', '黃', '張太太'],
 'ko': ['김민지', '박서준', '이영희', '최'],
 'id': ['Rina', 'Budi', 'Sari', 'Agus', 'Dewi'],
 'ar': ['أحمد', 'نورة', 'خالد', 'مريم', 'يوسف'],
}


def alias(slug):
    d = hashlib.sha1(('alias:' + slug).encode()).digest()
    al = 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(al[b % 36] for b in d[:15])


def order_id(slug):
    r = random.Random('order:' + slug)
    return '%03d-%07d-%07d' % (r.choice([111, 112, 113, 114, 171, 202, 203, 249, 250, 302, 303, 305,
                                           306, 402, 403, 404, 405, 406, 407, 408, 503, 701, 702]),
                               r.randrange(10 ** 7), r.randrange(10 ** 7))


def when(slug, tz):
    x = int(sha('date:' + slug)[:8], 16)
    day = 2 + x % 27
    hour = 7 + (x >> 5) % 14
    minute = (x >> 9) % 60
    sec = (x >> 15) % 60
    tzinfo = datetime.timezone(datetime.timedelta(minutes=tz))
    return datetime.datetime(2026, 11, day, hour, minute, sec, tzinfo=tzinfo)


def fmt(tpl, lang, dt, n='', a=''):
    l = L[lang]
    wd = l['wd'].split(' ')[dt.weekday()]
    mon = l['mon'].split(' ')[dt.month - 1]
    h12 = dt.hour % 12 or 12
    return tpl.format(wd=wd, mon=mon, d=dt.day, dd='%02d' % dt.day, mm='%02d' % dt.month, y=dt.year,
                      H='%02d' % dt.hour if lang not in ('en',) else dt.hour, M='%02d' % dt.minute,
                      h12=h12, ap='PM' if dt.hour >= 12 else 'AM', n=n, a=a)


def rfc2822(dt):
    wd = 'Mon Tue Wed Thu Fri Sat Sun'.split()[dt.weekday()]
    mo = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()[dt.month - 1]
    off = dt.utcoffset().total_seconds() // 60
    sign = '+' if off >= 0 else '-'
    off = abs(int(off))
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (wd, dt.day, mo, dt.year, dt.hour, dt.minute,
                                                      dt.second, sign, off // 60, off % 60)


# ---------------------------------------------------------------------------
# header encoding (RFC 2047): Q for Latin charsets, B for the rest; each word self-contained
# ---------------------------------------------------------------------------
def _q(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def hdr(text, cs):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        pass
    mode = 'Q' if cs in LATIN else 'B'
    csn = cs.upper() if cs not in ('utf-8',) else 'UTF-8'
    if cs == 'us-ascii':
        raise ValueError('non-ascii header in us-ascii message: %r' % text)
    words, cur = [], ''

    def ew(s):
        b = enc(s, cs)
        p = _q(b) if mode == 'Q' else base64.b64encode(b).decode()
        return '=?%s?%s?%s?=' % (csn, mode, p)
    for ch in text:
        if cur and len(ew(cur + ch)) > 75:
            words.append(ew(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(ew(cur))
    return '\r\n '.join(words)


def addr(name, a, cs):
    if name is None:
        return '<%s>' % a
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name.replace('"', ''), a)
    except UnicodeEncodeError:
        return '%s <%s>' % (hdr(name, cs), a)


# ---------------------------------------------------------------------------
# transfer encodings
# ---------------------------------------------------------------------------
def crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def qp(b):
    lines = b.split(b'\n')
    out = []
    for ln in lines:
        e = binascii.b2a_qp(ln, quotetabs=False, istext=False, header=False)
        if e.startswith(b'.'):
            e = b'=2E' + e[1:]
        out.append(e.replace(b'\n', b'\r\n'))
    return b'\r\n'.join(out)


def b64(b):
    return crlf(base64.encodebytes(b))


def pick_cte(slug, cs, raw):
    if cs in ('us-ascii', 'iso-2022-jp'):
        return '7bit'
    c = ('quoted-printable', 'base64', '8bit')[int(sha('cte:' + slug)[:4], 16) % 3]
    if c == '8bit' and any(len(l) > 900 for l in raw.split(b'\n')):
        c = 'quoted-printable'
    return c


def encode_body(raw, cte):
    if cte == 'base64':
        return b64(raw)
    if cte == 'quoted-printable':
        return qp(raw)
    return crlf(raw)


# ---------------------------------------------------------------------------
# attachments with real bytes
# ---------------------------------------------------------------------------
def _pdfesc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(title, lines):
    ops = ['BT /F1 16 Tf 56 780 Td (%s) Tj ET' % _pdfesc(title)]
    y = 748
    for ln in lines:
        ops.append('BT /F1 11 Tf 56 %d Td (%s) Tj ET' % (y, _pdfesc(ln)))
        y -= 17
    stream = '\n'.join(ops).encode('cp1252')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Title (%s) /Producer (LibreOffice 7.6) /CreationDate (D:20261112093000+01\'00\') >>' % _pdfesc(title).encode('cp1252')]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % x for x in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def png(w, h, seed):
    r = random.Random('png:' + seed)
    c1 = (r.randrange(256), r.randrange(256), r.randrange(256))
    c2 = (255 - c1[0], 255 - c1[1], 255 - c1[2])
    rows = b''
    for y in range(h):
        row = b'\x00'
        for x in range(w):
            row += bytes(c1 if ((x // 8 + y // 8) % 2) else c2)
        rows += row

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'tEXt', b'Software\x00GIMP 2.10') +
            chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


def _lzw_gif(pixels):
    # min code size 2: clear=4, eoi=5; a clear code every two pixels keeps the code size at 3 bits
    codes = []
    for i in range(0, len(pixels), 2):
        codes.append(4)
        codes.extend(pixels[i:i + 2])
    codes.append(5)
    acc = nbits = 0
    out = bytearray()
    for c in codes:
        acc |= c << nbits
        nbits += 3
        while nbits >= 8:
            out.append(acc & 0xff)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 0xff)
    data = bytearray([2])
    for i in range(0, len(out), 255):
        blk = out[i:i + 255]
        data.append(len(blk))
        data += blk
    data.append(0)
    return bytes(data)


def gif(seed, frames=3, w=24, h=12):
    r = random.Random('gif:' + seed)
    pal = bytes([255, 255, 255, r.randrange(256), r.randrange(256), r.randrange(256),
                 r.randrange(256), 40, 40, 0, 0, 0])
    out = b'GIF89a' + struct.pack('<HHBBB', w, h, 0xF1, 0, 0) + pal
    out += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for f in range(frames):
        out += b'\x21\xf9\x04\x04' + struct.pack('<H', 40) + b'\x00\x00'
        px = [((x + y + f * 3) // 4) % 4 for y in range(h) for x in range(w)]
        out += b'\x2c' + struct.pack('<HHHHB', 0, 0, w, h, 0) + _lzw_gif(px)
    return out + b'\x3b'


def jpg(w=32, h=16):
    # baseline greyscale JFIF; every 8x8 block has DC diff 0 and only EOB (one-symbol Huffman tables)
    def seg(marker, d):
        return b'\xff' + bytes([marker]) + struct.pack('>H', len(d) + 2) + d
    out = b'\xff\xd8' + seg(0xE0, b'JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00')
    out += seg(0xDB, b'\x00' + bytes([16] * 64))
    out += seg(0xC0, b'\x08' + struct.pack('>HH', h, w) + b'\x01\x01\x11\x00')
    out += seg(0xC4, b'\x00' + bytes([1] + [0] * 15) + b'\x00')
    out += seg(0xC4, b'\x10' + bytes([1] + [0] * 15) + b'\x00')
    out += seg(0xDA, b'\x01\x01\x00\x00\x3f\x00')
    nblocks = ((w + 7) // 8) * ((h + 7) // 8)
    bits = '00' * nblocks
    bits += '1' * (-len(bits) % 8)
    out += bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    return out + b'\xff\xd9'


def exe(seed):
    stub = b'This program cannot be run in DOS mode.\r\r\n$'
    mz = bytearray(0x80)
    mz[0:2] = b'MZ'
    struct.pack_into('<H', mz, 2, 0x90)
    struct.pack_into('<H', mz, 4, 3)
    struct.pack_into('<I', mz, 0x3C, 0x80)
    mz[0x40:0x40 + len(stub)] = stub
    pe = b'PE\x00\x00' + struct.pack('<HHIIIHH', 0x14C, 1, 0x6A3F2B10, 0, 0, 0xE0, 0x0102)
    opt = bytearray(0xE0)
    struct.pack_into('<H', opt, 0, 0x10B)
    struct.pack_into('<I', opt, 16, 0x1000)
    sect = b'.text\x00\x00\x00' + struct.pack('<IIIIIIHHI', 0x200, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    body = bytes(mz) + pe + bytes(opt) + sect
    body += b'\x00' * (0x200 - len(body))
    code = bytes(random.Random('exe:' + seed).randrange(256) for _ in range(0x200))
    return body + code


def zipped(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 3, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


class A:
    """An attachment: filename, MIME type, bytes; inline=True for a cid: image in the HTML."""
    def __init__(self, name, ctype, data, inline=False):
        self.name, self.ctype, self.data, self.inline = name, ctype, data, inline
        self.cid = None


def PDF(name, title, *lines):
    return A(name, 'application/pdf', pdf(title, list(lines)))


# ---------------------------------------------------------------------------
# body rendering per client
# ---------------------------------------------------------------------------
URL = re.compile(r'(https?://[^\s<>"]+)')


def linkify(esc_text):
    return URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), esc_text)


def clean(s):
    s = textwrap.dedent(s).strip('\n')
    return '\n'.join(l.rstrip() for l in s.split('\n'))


def paras(body):
    return body.split('\n\n')


def html_lines(text):
    return [linkify(H.escape(l, quote=False)) for l in text.split('\n')]


MSO_STYLE = '''<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle20
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>'''


def render(msg):
    """Return (plain_text, html_text_or_None) for the message, with the quoted buyer text."""
    lang, client, body = msg['lang'], msg['client'], msg['body']
    l = L[lang]
    rtl = lang == 'ar'
    q = msg['q']
    qdt = msg['date'] - datetime.timedelta(hours=3 + int(sha('q:' + msg['slug'])[:2], 16) % 40)
    bname, al = msg['buyer'], msg['to']
    quote_lines = None
    if q is not None:
        if msg['wrap'] and l['wrap']:
            q = l['wrap'][0] + '\n\n' + q + '\n\n' + l['wrap'][1]
        quote_lines = q.split('\n')

    # ---------------- plain part
    pl = body
    if q is not None:
        if client == 'outlook':
            sep = l['sep'] if int(sha('sep:' + msg['slug'])[:2], 16) % 2 else '_' * 32
            f, s, t, sj = l['ol']
            pl += '\n\n' + sep + '\n' + '%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n' % (
                f, bname, al, s, fmt(l['od'], lang, qdt), t, msg['shop'], sj, msg['qsubj']) + q
        else:
            attr = fmt(l['gm'] if client in ('gmail', 'plain') else l['ap'], lang, qdt, bname, al)
            pl += '\n\n' + attr + '\n' + '\n'.join(('> ' + x) if x else '>' for x in quote_lines)
    pl += '\n'
    if client == 'plain':
        return pl, None

    # ---------------- html part
    ps = paras(body)
    extra = msg['html_extra'] or ''
    inl = ''.join('<img src="cid:%s" alt="%s" width="120" height="60">' % (a.cid, H.escape(a.name))
                  for a in msg['att'] if a.inline)
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    cs = msg['cs']
    center = msg['center']
    if client == 'gmail':
        inner = []
        for p in ps:
            if p == '':
                inner.append('<div><br></div>')
                continue
            inner.append('<div>' + '<br>\r\n'.join(html_lines(p)) + '</div>')
            inner.append('<div><br></div>')
        if center:
            inner = ['<div style="text-align:center"><font size="5" color="#b45f06" face="georgia, serif">'] + inner + ['</font></div>']
        h = '<div%s>' % d + '\r\n'.join(inner) + inl + extra + '</div>'
        if q is not None:
            attr = H.escape(fmt(l['gm'], lang, qdt, bname, '\x00'), quote=False).replace(
                '\x00', '<a href="mailto:%s">%s</a>' % (al, al))
            h += ('<br>\r\n<div class="gmail_quote gmail_quote_container"><div%s class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\r\n'
                  % (d, attr) + '<br>\r\n'.join(html_lines(q)) + '\r\n</blockquote></div>')
        return pl, h + '\r\n'
    if client == 'outlook':
        lang_attr = {'ar': 'AR-SA', 'ja': 'JA', 'zh': 'ZH-CN', 'zh-Hant': 'ZH-TW', 'ko': 'KO'}.get(lang, lang.upper() + '-' + lang.upper() if lang != 'en' else 'EN-US')
        out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
               'xmlns="http://www.w3.org/TR/REC-html40">',
               '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
               '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">', MSO_STYLE, '</head>',
               '<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'%s>' % (lang_attr, ' dir=RTL' if rtl else ''),
               '<div class=WordSection1>']
        al_ = ' dir=RTL style=\'text-align:right;direction:rtl;unicode-bidi:embed\'' if rtl else ''
        if center:
            al_ = ' align=center style=\'text-align:center\''
        for p in ps:
            for ln in (html_lines(p) if p else []):
                if center:
                    ln = '<span style=\'font-size:20.0pt;color:#C00000\'>%s</span>' % ln
                out.append('<p class=MsoNormal%s>%s<o:p></o:p></p>' % (al_, ln))
            out.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        if inl:
            out.append('<p class=MsoNormal>%s<o:p></o:p></p>' % inl)
        if extra:
            out.append(extra)
        if q is not None:
            f, s, t, sj = l['ol']
            blk = ('<b>%s:</b> %s &lt;%s&gt; <br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s' %
                   (f, H.escape(bname), al, s, H.escape(fmt(l['od'], lang, qdt)), t, H.escape(msg['shop']),
                    sj, H.escape(msg['qsubj'])))
            if int(sha('sep:' + msg['slug'])[:2], 16) % 2:
                out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
                out.append('<p class=MsoNormal>%s<o:p></o:p></p></div>' % blk)
            else:
                out.append('<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">')
                out.append('<p class=MsoNormal>%s<o:p></o:p></p></div>' % blk)
            out.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
            for ln in html_lines(q):
                out.append('<p class=MsoNormal%s>%s<o:p></o:p></p>' % (al_ if rtl else '', ln or '<o:p>&nbsp;</o:p>'))
        out += ['</div>', '</body>', '</html>']
        return pl, '\r\n'.join(out) + '\r\n'
    if client == 'applemail':
        inner = []
        for p in ps:
            for ln in (html_lines(p) if p else []):
                inner.append('<div>%s</div>' % ln)
            inner.append('<div><br></div>')
        if center:
            inner = ['<div style="text-align: center;"><font color="#941100" size="6" face="Didot">'] + inner + ['</font></div>']
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
             '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>\r\n' % (cs, d))
        h += '\r\n'.join(inner) + inl + extra
        if q is not None:
            attr = H.escape(fmt(l['ap'], lang, qdt, bname, al), quote=False)
            h += ('\r\n<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">'
                  '<div><div>\r\n' % attr + '\r\n'.join('<div>%s</div>' % (x or '<br>') for x in html_lines(q)) +
                  '\r\n</div></div></blockquote></div>')
        return pl, h + '<br></body></html>\r\n'
    # thunderbird
    inner = []
    for p in ps:
        inner.append('<p>' + '<br>\r\n'.join(html_lines(p)) + '</p>' if p else '<p><br></p>')
    if center:
        inner = ['<p style="text-align:center"><font size="+3" color="#ff6600">'] + inner + ['</font></p>']
    h = ('<!DOCTYPE html>\r\n<html%s>\r\n  <head>\r\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
         '  </head>\r\n  <body>\r\n' % (d if rtl else '', cs.upper() if cs != 'utf-8' else 'UTF-8'))
    h += '\r\n'.join(inner) + inl + extra
    if q is not None:
        attr = H.escape(fmt(l['ap'], lang, qdt, bname, al), quote=False)
        h += ('\r\n<div class="moz-cite-prefix">%s<br>\r\n</div>\r\n<blockquote type="cite" cite="mid:%s">\r\n' %
              (attr, msg['irt'].strip('<>')) + '<br>\r\n'.join(html_lines(q)) + '\r\n</blockquote>')
    return pl, h + '\r\n  </body>\r\n</html>\r\n'


# ---------------------------------------------------------------------------
# MIME assembly
# ---------------------------------------------------------------------------
def boundary(client, slug, n):
    x = sha('b%d:%s' % (n, slug))
    if client == 'gmail':
        return '000000000000' + x[:16]
    if client == 'outlook':
        return '_%03d_%s_' % (n, x[:24].upper())
    if client == 'applemail':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if client == 'thunderbird':
        return '------------' + x[:24]
    return '=_%s' % x[:20]


def leaf(ctype, cs, raw, slug, extra=()):
    cte = pick_cte(slug, cs, raw)
    hd = ['Content-Type: %s; charset="%s"' % (ctype, cs) if not ctype.endswith('flowed') else
          'Content-Type: text/plain; charset="%s"; format=flowed' % cs,
          'Content-Transfer-Encoding: %s' % cte] + list(extra)
    return '\r\n'.join(hd).encode('ascii') + b'\r\n\r\n' + encode_body(raw, cte)


def att_part(a):
    disp = 'inline' if a.inline else 'attachment'
    hd = ['Content-Type: %s; name="%s"' % (a.ctype, a.name),
          'Content-Disposition: %s; filename="%s"' % (disp, a.name),
          'Content-Transfer-Encoding: base64']
    if a.cid:
        hd.append('Content-ID: <%s>' % a.cid)
    return '\r\n'.join(hd).encode('ascii') + b'\r\n\r\n' + b64(a.data)


def multi(sub, bnd, parts, extra=''):
    head = ('Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (sub, extra, bnd)).encode('ascii')
    body = b''
    for p in parts:
        body += b'--' + bnd.encode() + b'\r\n' + p + b'\r\n'
    body += b'--' + bnd.encode() + b'--\r\n'
    return head + b'\r\n\r\n' + body


def m(lang, slug, verdict, cats, client, cs, kind, subj, body, q=None, att=(), tld=None, buyer=None,
      shop=('Shop', 'shop'), html_extra=None, center=False, wrap=False, suffix=None, sub=None, xmailer=None):
    assert lang in LANGS, lang
    assert verdict in ('pass', 'reject'), slug
    assert client in CLIENTS and cs in CHARSETS and kind in ('reply', 'proactive'), slug
    if verdict == 'pass':
        assert cats == '-', slug
    else:
        cl = cats.split(',')
        assert cl and all(c in CATS for c in cl) and len(set(cl)) == len(cl), slug
    assert (kind == 'reply') == (q is not None), slug
    assert all(x['slug'] != slug for x in MSGS), slug
    l = L[lang]
    oid = order_id(slug)
    dt = when(slug, l['tz'])
    names = NAMES[lang]
    bname = buyer or names[int(sha('n:' + slug)[:4], 16) % len(names)]
    dom = (sub or 'marketplace') + '.amazon.' + (tld or l['tld'])
    al = alias(slug) + ('+' + suffix if suffix else '') + '@' + dom
    shopname, shopdom = shop
    body = clean(body).replace('{order}', oid)
    subj = subj.replace('{order}', oid)
    qq = clean(q).replace('{order}', oid) if q is not None else None
    x = sha('mid:' + slug)
    irt = None
    if kind == 'reply':
        irt = '<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (x[:9], x[9:17], x[17:21], x[21:25], x[25:37]) \
            if (l['tld'] in ('de', 'fr', 'it', 'es', 'nl', 'pl', 'se', 'com.tr')) else \
            '<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (x[:9], x[9:17], x[17:21], x[21:25], x[25:37])
    msg = dict(lang=lang, slug=slug, client=client, cs=cs, body=body, q=qq, att=list(att), date=dt,
               buyer=bname, to=al, shop=shopname, qsubj=subj, html_extra=html_extra, center=center,
               wrap=wrap, irt=irt)
    for i, a in enumerate(msg['att']):
        if a.inline:
            a.cid = 'part%d.%s@%s.example' % (i + 1, x[:8], shopdom) if client != 'gmail' else 'ii_%s%d' % (x[:14], i)
    # subject
    if kind == 'reply':
        pre = l['pre'] if client == 'outlook' else 'Re:'
        fsubj = subj if (subj.startswith('Re: ') and (client != 'outlook' or pre == 'RE:')) else pre + ' ' + subj
    else:
        fsubj = subj
    pl, hm = render(msg)
    # strict encode check happens here (no fallback)
    try:
        raw_pl = enc(pl, cs)
        raw_h = enc(hm, cs) if hm is not None else None
        enc(fsubj, cs)
        enc(shopname, cs)
        enc(bname, cs)
    except UnicodeEncodeError as e:
        raise SystemExit('%s: text does not encode in %s: %r' % (slug, cs, e.object[e.start:e.end]))
    # body structure
    n = [0]

    def bnd():
        n[0] += 1
        return boundary(client, slug, n[0])
    if hm is None:
        core = leaf('text/plain', cs, raw_pl, slug)
    else:
        ptype = 'text/plain-flowed' if client in ('applemail',) else 'text/plain'
        alt = multi('alternative', bnd(), [leaf(ptype, cs, raw_pl, slug), leaf('text/html', cs, raw_h, slug + 'h')])
        inl = [a for a in msg['att'] if a.inline]
        if inl:
            core = multi('related', bnd(), [alt] + [att_part(a) for a in inl], ' type="multipart/alternative";')
        else:
            core = alt
    files = [a for a in msg['att'] if not a.inline]
    if files:
        core = multi('mixed', bnd(), [core] + [att_part(a) for a in files])
    # headers
    sender = 'service@%s.example' % shopdom
    hd = []
    if client == 'gmail':
        mid = '<CA%s+%s@mail.gmail.com>' % (x[:10].upper(), base64.b64encode(bytes.fromhex(x[10:34])).decode().rstrip('=').replace('/', '_'))
    elif client == 'outlook':
        mid = '<%s$%s$%s@%s.example>' % ('000001db' + x[:8], x[8:16], x[16:24], shopdom)
    elif client == 'applemail':
        mid = '<%s-%s-%s-%s-%s@%s.example>' % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper(), shopdom)
    elif client == 'thunderbird':
        mid = '<%s-%s-%s-%s-%s@%s.example>' % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], shopdom)
    else:
        mid = '<%s.%s@mail.%s.example>' % (dt.strftime('%Y%m%d%H%M%S'), x[:12], shopdom)
    hd.append('Date: ' + rfc2822(dt))
    hd.append('From: ' + addr(shopname, sender, cs))
    hd.append('To: ' + addr(bname, al, cs))
    hd.append('Subject: ' + hdr(fsubj, cs))
    hd.append('Message-ID: ' + mid)
    if irt:
        hd.append('In-Reply-To: ' + irt)
        hd.append('References: ' + irt)
    if client == 'outlook':
        hd.append('Thread-Topic: ' + hdr(subj, cs))
        hd.append('Thread-Index: ' + base64.b64encode(bytes.fromhex(x[:32])).decode())
        hd.append('Content-Language: ' + l['cl'])
        hd.append('X-MS-Has-Attach: ' + ('yes' if msg['att'] else ''))
        hd.append('X-MS-TNEF-Correlator: ')
        hd.append('X-Mailer: Microsoft Outlook 16.0')
    elif client == 'applemail':
        hd.append('X-Mailer: Apple Mail (2.3826.400.121)')
    elif client == 'thunderbird':
        hd.append('User-Agent: Mozilla Thunderbird')
        hd.append('Content-Language: ' + l['cl'])
    elif client == 'plain':
        hd.append(xmailer or 'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')
    hd.append('MIME-Version: 1.0')
    raw = '\r\n'.join(hd).encode('ascii') + b'\r\n' + core
    MSGS.append(dict(slug=slug, lang=lang, verdict=verdict, cats=cats, cs=cs, client=client, kind=kind, raw=raw))


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.tsv':
            os.remove(os.path.join(OUT, f))
    rows = ['file\tverdict\tcategories\tlang\tcharset\tclient\tkind']
    for i, x in enumerate(MSGS, 1):
        fn = '%03d-%s-%s.eml' % (i, x['lang'], x['slug'])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(x['raw'])
        rows.append('\t'.join([fn, x['verdict'], x['cats'], x['lang'], x['cs'], x['client'], x['kind']]))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('wrote %d messages to %s' % (len(MSGS), OUT))


# ===========================================================================
# MESSAGES.  Label = verdict, categories, client, charset, kind on each call.
# ===========================================================================
# ------------------------------------------------------------------ en
HG = ('Harrowgate Optics', 'harrowgateoptics')
MC = ('Milltown Clockworks', 'milltownclocks')
BB = ('Brindle & Bolt', 'brindlebolt')
AD = ('Ashgrove Desks', 'ashgrovedesks')
WS = ('Wrenfield Signs', 'wrenfieldsigns')
PS = ('Pebblecreek Sewing', 'pebblecreeksewing')
KF = ('Kitefield', 'kitefield')
LC = ('Larchmont Chess', 'larchmontchess')
VS = ('Voltspring', 'voltspring')
FF = ('Fernhill Feeders', 'fernhillfeeders')

m('en', 'harrowgate-usps-where', 'pass', '-', 'gmail', 'us-ascii', 'reply',
  'Order delivery inquiry from Amazon customer Dana (Order: {order})', shop=HG, buyer='Dana', wrap=True,
  body="""
Hi Dana,

The telescope left our warehouse on Monday and USPS scanned it in Columbus yesterday evening. You can follow it here:
https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490

USPS is showing Thursday for delivery. The box is long (about 40 inches), so it may be left at the front desk if you are in an apartment building.

Best regards,
Nate
Harrowgate Optics""",
  q="""Hello, I ordered the 70mm refractor a week ago and haven't seen any update. Has it actually shipped? Thanks, Dana""")

m('en', 'milltown-royalmail-film', 'pass', '-', 'outlook', 'windows-1252', 'reply',
  'Question about your Amazon order {order}', shop=MC, buyer='Imogen', tld='co.uk',
  body="""
Hello Imogen,

Thanks for the photo - that cloudy look is the protective film on the glass, not a scratch. If you lift one corner with a fingernail you can peel it off in one go; it's there so the dial doesn't get marked in transit.

The matching spare battery cover you asked about went out this morning with Royal Mail, reference QF284731665GB:
https://www.royalmail.com/track-your-item#/tracking-results/QF284731665GB

Kind regards,
Helen
Milltown Clockworks""",
  q="""Hi, the clock arrived today but the glass front looks smeared/cloudy all over. Is it damaged? Also I lost the little battery cover while unpacking, can I buy one?""")

m('en', 'wrenfield-plaque-proof', 'pass', '-', 'thunderbird', 'utf-8', 'proactive',
  '[Important] Please check your house sign proof - order {order}', shop=WS, tld='co.uk',
  body="""
Hello,

Thank you for ordering a personalised slate house sign (order {order}). Before we cut the slate, please check the attached proof.

You entered "Rosemary Cottage, 14" in the personalisation box. We have set it on two lines as shown: the name on top and the number underneath in the same typeface. If you would like the number first, or a different spacing, just reply with the change.

We will hold the order until we hear from you, and the dispatch date will move by the same number of days.

Kind regards,
Tom Hale
Wrenfield Signs""",
  att=[A('proof-rosemary-cottage.png', 'image/png', png(96, 48, 'wrenfield'))])

m('en', 'ashgrove-desk-freight', 'pass', '-', 'outlook', 'us-ascii', 'proactive',
  '[Important] Delivery appointment for your standing desk, order {order}', shop=AD,
  body="""
Hello,

Your electric standing desk (order {order}) ships on a pallet because the frame and top together weigh 118 lb. The freight company needs a delivery window before they load it.

Could you reply with two or three weekdays over the next two weeks that suit you, and tell us whether the building has a lift or steps at the entrance? The driver delivers to the ground floor or garage only.

As soon as we have a date we will book it and send you the confirmation.

Thank you,
Ashgrove Desks order team""")

m('en', 'kitefield-address-unit', 'pass', '-', 'applemail', 'utf-8', 'proactive',
  '[IMPORTANT] Address problem on order {order}', shop=KF, tld='ca',
  body="""
Hello,

We are about to send your two-line stunt kite (order {order}), but Canada Post's address check flags the shipping address: the street is a multi-unit building and no unit or suite number was entered.

Could you reply with the unit number, or update the address in your Amazon order if you prefer? Without it, the parcel is likely to come back to us.

Thanks,
Marisol
Kitefield""")

m('en', 'pebblecreek-vat-invoice', 'pass', '-', 'plain', 'us-ascii', 'reply',
  'Re: Invoice request for order {order}', shop=PS, buyer='Graham', tld='co.uk',
  xmailer='X-Mailer: eM Client 9.2.2157.0',
  body="""
Hi Graham,

Of course - the VAT invoice for the sewing machine is attached as a PDF. It shows our VAT number and your business name as you gave it.

If your accounts team needs a different billing address on it, let me know the exact wording and I will reissue it.

Regards,
Kath
Pebblecreek Sewing""",
  q="""Could you send me a proper VAT invoice for this machine? It's for my upholstery business, name is Lambert Soft Furnishings Ltd.""",
  att=[PDF('Invoice-PSW-20731.pdf', 'Invoice PSW-20731', 'Pebblecreek Sewing Ltd', 'Bill to: Lambert Soft Furnishings Ltd',
           '1 x Heavy-duty sewing machine HD-880   GBP 249.00', 'VAT 20%   GBP 41.50', 'Paid via Amazon')])

m('en', 'voltspring-warranty-card', 'pass', '-', 'gmail', 'utf-8', 'proactive',
  'Warranty information for your e-bike battery - order {order}', shop=VS,
  body="""
Hello,

Your 36V replacement battery (order {order}) is covered by a two-year warranty from the cell manufacturer. The attached warranty card lists what is covered, the serial number printed on your pack, and how to register it.

Claims are handled by the manufacturer's warranty line: 1-800-555-0147 (Mon–Fri, 9am–5pm ET). Please have the serial number ready.

Regards,
Voltspring""",
  att=[PDF('Voltspring-warranty-card.pdf', 'Warranty card - 36V battery pack', 'Coverage: 24 months from delivery',
           'Serial: VS36-2611-04419', 'Register within 60 days of delivery', 'Exclusions: water immersion, opened casing')])

m('en', 'larchmont-review-neutral', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  'Your walnut chess set - order {order}', shop=LC, tld='com.au',
  body="""
Hello,

Your walnut and maple chess set from order {order} was delivered last week. We hope the pieces and board reached you in good order.

If you have a moment, you can share your experience with other buyers by leaving a product review on Amazon. Whatever you think of it, your honest view is useful to us and to other players.

Kind regards,
Larchmont Chess""")

m('en', 'fernhill-cancel-confirmed', 'pass', '-', 'gmail', 'us-ascii', 'reply',
  'Cancellation request from Amazon customer Owen (Order: {order})', shop=FF, buyer='Owen',
  body="""
Hi Owen,

No problem at all. We have cancelled the order for the squirrel-proof feeder as you asked, before it was packed, so nothing will be shipped and you won't be charged. Amazon will show the cancellation in Your Orders shortly.

Regards,
Lydia
Fernhill Feeders""",
  q="""Please cancel my order, I bought the same feeder twice by mistake. Sorry about that!""")

m('en', 'brindle-thanks-reply', 'pass', '-', 'thunderbird', 'us-ascii', 'reply',
  'Re: Message from Amazon customer Raj (Order: {order})', shop=BB, buyer='Raj', tld='in',
  body="""
Hi Raj,

Thanks for letting us know, and glad the medium fits Bruno well.

Sunita
Brindle & Bolt""",
  q="""Harness arrived today, the medium fits perfectly. Thank you for swapping the size so quickly.""")

m('en', 'voltspring-star-screwdriver-return', 'pass', '-', 'outlook', 'us-ascii', 'reply',
  'Return question from Amazon customer Terrence (Order: {order})', shop=VS, buyer='Terrence', wrap=True,
  body="""
Hello Terrence,

The battery is held in the rack by two T20 star (Torx) screws, which is why a regular Phillips screwdriver would not fit. A small star screwdriver is taped to the inside of the box lid.

If the pack still will not click into place once the screws are out, please open a return and we will review your return request as soon as it comes in. The return page for this order is here:
https://www.amazon.com/spr/returns/cart?orderId={order}

Regards,
Voltspring support""",
  q="""I can't get the old battery off the rack, the screws have a weird star-shaped head. Do I need to send this back?""")

m('en', 'kitefield-quoted-video', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Re: Product question from Amazon customer Bethany', shop=KF, buyer='Bethany',
  body="""
Hi Bethany,

Thanks for the video, it made it easy to see. The kite spins because the left and right lines are different lengths after the knot slipped. Untie both lines at the handle end, lay them side by side from the kite, and retie them so they finish at the same point. It should then fly straight.

Marisol
Kitefield""",
  q="""It keeps spinning to the left and crashing 😩 here's a video my husband took: https://youtu.be/dQ3xr9Lq2tE
Any ideas?""")

m('en', 'harrowgate-customs-delay', 'pass', '-', 'plain', 'us-ascii', 'proactive',
  'Delay on order {order} - held at customs', shop=HG, tld='co.uk', xmailer='X-Mailer: Claws Mail 4.2.0 (GTK 3.24.38; x86_64-pc-linux-gnu)',
  body="""
Hello,

We are sorry to tell you that your eyepiece kit (order {order}) is being held at UK customs for inspection. This is routine for optical parts, but DHL now estimates delivery on 24 November, four days later than the date you were given.

Tracking: https://www.dhl.com/gb-en/home/tracking/tracking-express.html?submit=1&tracking-id=4381027765

If you would rather not wait, reply and we will cancel the order from our side and refund it in full.

Regards,
Harrowgate Optics""")

m('en', 'larchmont-coupon-applied', 'pass', '-', 'gmail', 'us-ascii', 'reply',
  'Pricing question from Amazon customer Leticia (Order: {order})', shop=LC, buyer='Leticia',
  body="""
Hi Leticia,

You're right - the product page showed a "Save 10%" coupon and it should have applied when you ticked the box. Amazon applies those coupons itself and we can't see why it didn't go through on your order, so we have issued a partial refund of $6.40, the difference. It will show up on your card in a few days.

Regards,
Larchmont Chess""",
  q="""I clipped the 10% coupon but at checkout the full price was charged. Can you fix that?""")

m('en', 'milltown-nostock-cancelled', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  'Problem with order {order}', shop=MC,
  body="""
Hello,

We're sorry: the oak station clock in your order {order} was damaged in our warehouse and it was the last one of that finish. We have cancelled the order on our side and the full amount has been refunded, so you will not be charged.

We apologise for the inconvenience.

Helen
Milltown Clockworks""")

m('en', 'pebblecreek-review-howto', 'pass', '-', 'thunderbird', 'utf-8', 'reply',
  'Re: Question from Amazon customer Shauna', shop=PS, buyer='Shauna',
  body="""
Hi Shauna,

Sellers can't edit or move reviews, but you can do it yourself: go to Your Account, then "Your reviews" under your profile, open the review you posted for the bobbin case and choose Delete. You can then post it again on the sewing-machine listing if you like.

Kath
Pebblecreek Sewing""",
  q="""I wrote my review on the wrong item (the bobbin case instead of the machine). Can you move it for me?""")

m('en', 'brindle-gift-message', 'pass', '-', 'gmail', 'us-ascii', 'reply',
  'Gift question from Amazon customer Marcus', shop=BB, buyer='Marcus',
  body="""
Hi Marcus,

Yes, you can send it as a gift. At checkout tick "This order contains a gift", and your gift message will be printed on the packing slip with no prices shown. Gift wrap isn't offered for this harness, but it ships in a plain brown box.

Sunita
Brindle & Bolt""",
  q="""Can I send the harness straight to my sister as a present? I don't want the price in the box.""")

m('en', 'brindle-screenshot-shipping', 'reject', 'review', 'gmail', 'us-ascii', 'proactive',
  'How is the harness working out? Order {order}', shop=BB,
  body="""
Hi there,

Hope Bruno, Bella or whoever is wearing the new harness is enjoying their walks!

We are a small family business, and reviews make a real difference to us. If you post your thoughts on Amazon, reply to this email with a screenshot and we'll refund what you paid for shipping as a thank-you.

Cheers,
Sunita
Brindle & Bolt (order {order})""")

m('en', 'kitefield-spare-bridle', 'reject', 'review', 'applemail', 'utf-8', 'proactive',
  'A little something for your kite - order {order}', shop=KF,
  body="""
Hello,

Now that your kite has had a few outings, we'd really appreciate it if you could tell other flyers what you thought on Amazon. Everyone who does gets a little thank-you from us: a spare bridle line and a set of wingtip weights, posted free.

Happy flying,
Kitefield
Order {order}""")

m('en', 'milltown-take-another-look', 'reject', 'review', 'outlook', 'windows-1252', 'reply',
  'Message from Amazon customer Colin (Order: {order})', shop=MC, buyer='Colin', tld='co.uk',
  body="""
Hi Colin,

I'm glad the replacement movement has the clock ticking again, and thank you for being patient with us.

When you get a minute, would you be open to taking another look at the two stars you left last week? That rating went up before we'd had the chance to put things right, and it doesn't really reflect how it turned out.

Best wishes,
Helen
Milltown Clockworks""",
  q="""The new movement arrived and it works fine now, thanks.""")

m('en', 'ashgrove-talk-first', 'reject', 'review', 'thunderbird', 'us-ascii', 'proactive',
  'Settling in with your new desk? Order {order}', shop=AD,
  body="""
Hi,

Your desk from order {order} should be up and running by now.

If anything about it isn't quite right - a wobble, a motor noise, a missing bolt - please reply here and give us the chance to fix it before you write anything on Amazon. And if you're happy with it, we'd love a review.

Thanks,
Ashgrove Desks""")

m('en', 'fernhill-mention-these', 'reject', 'review', 'outlook', 'us-ascii', 'proactive',
  'Your feeder, order {order}', shop=FF,
  body="""
Hello,

Thank you again for your order {order}. If you decide to leave a review, it would help other bird lovers a lot if you could mention how the weight-activated perch keeps squirrels off and how easy the tube is to clean. Those are the two things people ask us about most.

Lydia
Fernhill Feeders""")

m('en', 'larchmont-gentle-nudge', 'reject', 'review', 'plain', 'us-ascii', 'proactive',
  'Just circling back - order {order}', shop=LC, xmailer='X-Mailer: Zoho Mail',
  body="""
Hello again,

We know inboxes get busy, so this is a quick follow-up to the note we sent last Tuesday about sharing a review of your chess set. If you haven't had a chance yet, it only takes a minute from Your Orders.

Thanks,
Larchmont Chess
Order {order}""")

m('en', 'pebblecreek-text-workshop', 'reject', 'contact', 'gmail', 'us-ascii', 'reply',
  'Question about your Amazon order {order}', shop=PS, buyer='Shauna',
  body="""
Hi Shauna,

The tension dial on this model is a bit fiddly at first. It would honestly be quicker to show you than to explain it in writing: text the workshop on seven one eight, five five five, zero one nine two and I'll send you a short clip, or we can do a quick video call.

Kath
Pebblecreek Sewing""",
  q="""The top thread keeps looping underneath the fabric. I've re-threaded it three times. Help!""")

m('en', 'milltown-ebay-spares', 'reject', 'contact,promotion', 'applemail', 'utf-8', 'reply',
  'Spare parts question from Amazon customer Owen', shop=MC, buyer='Owen', tld='co.uk',
  body="""
Hi Owen,

We don't list spare hands on Amazon, I'm afraid. We do keep them in stock though - if you look for "milltownclockworks" on eBay you'll find the full range of hands, pendulums and movements, usually cheaper than here.

Helen""",
  q="""The minute hand on my kitchen clock snapped when I was cleaning it. Do you sell replacement hands?""")

m('en', 'harrowgate-first-light-gallery', 'reject', 'links', 'thunderbird', 'utf-8', 'reply',
  'Re: Product question from Amazon customer Priya', shop=HG, buyer='Priya',
  body="""
Hi Priya,

Great question. For the Moon and Saturn the 25mm eyepiece is the one to start with; swap to the 10mm once you have the object centred.

Other owners post their first photos on our community page, which is a good place to see what this scope can do:
https://www.instagram.com/harrowgateoptics/

Clear skies,
Nate""",
  q="""Which eyepiece should I start with to see Saturn? It's my first telescope.""")

m('en', 'milltown-barometer-code', 'reject', 'promotion', 'outlook', 'windows-1252', 'proactive',
  'Something to go with your clock - order {order}', shop=MC,
  body="""
Hello,

Customers who chose the station clock from order {order} often pair it with our matching brass barometer and hygrometer set. It is listed on Amazon under Milltown Clockworks, and for the next two weeks our code HANGTOGETHER takes 15% off it.

Best wishes,
Helen
Milltown Clockworks""")

m('en', 'brindle-paw-emoji', 'reject', 'style', 'gmail', 'utf-8', 'proactive',
  'How are the walks going? Order {order}', shop=BB,
  body="""
Hi there 🐾

Your harness from order {order} arrived a few days ago. If you'd like to share your experience, you can leave a product review on Amazon - it helps other dog owners choose the right size 🐶

Sunita and the Brindle & Bolt team 😊""")

m('en', 'larchmont-animated-knight', 'reject', 'style,attachment', 'outlook', 'us-ascii', 'reply',
  'Question from Amazon customer Marcus (Order: {order})', shop=LC, buyer='Marcus',
  body="""
Hi Marcus,

The king is 3.75 inches tall and the squares on the board are 2 inches, so the set follows tournament proportions. The pieces are weighted with lead-free steel.

Regards,
Larchmont Chess""",
  q="""What is the king height and square size? I want to use it at my club.""",
  att=[A('larchmont-knight.gif', 'image/gif', gif('larchmont-knight'), inline=True)])

m('en', 'voltspring-bms-tool-zip', 'reject', 'attachment', 'plain', 'us-ascii', 'reply',
  'Re: Battery not charging - order {order}', shop=VS, buyer='Terrence', xmailer='User-Agent: Roundcube Webmail/1.6.9',
  body="""
Hi Terrence,

It sounds like the battery management board went to sleep after sitting flat for a while. I've attached our reset utility: unzip it on a Windows laptop, connect the pack with the USB service cable, and run BMSReset.exe. It takes about a minute.

Voltspring support""",
  q="""My new battery shows no lights at all and won't charge on the charger. What now?""",
  att=[A('BMSReset-v2.3.zip', 'application/zip', zipped([('BMSReset.exe', exe('bmsreset')), ('readme.txt', b'Run as administrator.\r\n')]))])

m('en', 'ashgrove-cancel-yourself', 'reject', 'ask', 'outlook', 'us-ascii', 'proactive',
  'About your order {order}', shop=AD,
  body="""
Hello,

We're very sorry, but the 63-inch walnut top on your order {order} has sold out and our supplier can't give us a date for the next batch.

Could you please go to Your Orders and request a cancellation from your side? It's the quickest way to get your money back, and it keeps things simple on our account.

Apologies again,
Ashgrove Desks""")

m('en', 'kitefield-important-onitsway', 'reject', 'important,proactive', 'gmail', 'us-ascii', 'proactive',
  '[Important] Your kite is on its way! Order {order}', shop=KF,
  body="""
Hello,

Good news - your order {order} left our workshop this morning and is with Canada Post. It should be with you in 3 to 5 business days.

Kitefield""", tld='ca')

m('en', 'wrenfield-just-thanks', 'reject', 'proactive', 'applemail', 'utf-8', 'proactive',
  'Thank you from Wrenfield Signs - order {order}', shop=WS, tld='co.uk',
  body="""
Hello,

We just wanted to say a proper thank you for choosing a handmade sign from our little workshop (order {order}). It means a lot to us.

If you ever need anything, we're always here.

Warm regards,
Tom and Ellie
Wrenfield Signs""")

m('en', 'fernhill-no-more-emails', 'reject', 'style', 'thunderbird', 'us-ascii', 'proactive',
  'Your bird feeder - order {order}', shop=FF,
  body="""
Hello,

Your feeder from order {order} was delivered recently. If you have a moment, you can share your experience by leaving a product review on Amazon.

Prefer not to get emails like this from us? Just reply with "no more" in the subject and we'll take you off our list.

Lydia
Fernhill Feeders""")

m('en', 'harrowgate-important-favour', 'reject', 'important', 'outlook', 'us-ascii', 'proactive',
  '[IMPORTANT] A quick favour about order {order}', shop=HG,
  body="""
Hello,

Your refractor telescope (order {order}) was delivered about a week ago. When you have a moment, you can share your experience by leaving a product review on Amazon; every honest review helps other beginners choose.

Thank you,
Harrowgate Optics""")

m('en', 'voltspring-blank-lines', 'reject', 'style', 'gmail', 'us-ascii', 'reply',
  'Question about your Amazon order {order}', shop=VS, buyer='Owen',
  body="""
Hi Owen,

Yes, this pack fits the rear rack of the 2023 model as well.



Just slide it in until it clicks and turn the key to lock.




Voltspring support""",
  q="""Will this battery fit my 2023 frame? The old one was a slightly different shape.""")
# ------------------------------------------------------------------ de
GK = ('Gärkorb-Manufaktur Ellwangen', 'gaerkorb-ellwangen')
AN = ('Anhängerwerk Nord', 'anhaengerwerk-nord')
SK = ('Schilderei Kappler', 'schilderei-kappler')
RF = ('Rasenkante Fröhlich', 'rasenkante-froehlich')
WG = ('Wollstube Grete', 'wollstube-grete')

m('de', 'gaerkorb-dpd-wo', 'pass', '-', 'gmail', 'iso-8859-1', 'reply',
  'Anfrage zur Lieferung von Amazon-Kunde Jörg (Bestellung: {order})', shop=GK, buyer='Jörg', wrap=True,
  body="""
Hallo Jörg,

Ihr Päckchen mit den zwei Gärkörbchen ist am Dienstag bei DPD eingeliefert worden. Laut Sendungsverfolgung liegt es im Depot Aschaffenburg und wird morgen zugestellt:
https://tracking.dpd.de/status/de_DE/parcel/01505012345672

Viele Grüße aus Ellwangen
Marianne Bühler
Gärkorb-Manufaktur Ellwangen""",
  q="""Guten Tag, ich habe vor einer Woche bestellt und noch nichts bekommen. Wo steckt mein Paket?""")

m('de', 'kappler-klingelschild-proof', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  '[Important] Ihr Klingelschild: bitte Text freigeben - Bestellung {order}', shop=SK,
  body="""
Guten Tag,

vielen Dank für Ihre Bestellung {order}. Bevor wir Ihr Klingelschild aus Edelstahl gravieren, schicken wir Ihnen wie immer einen Entwurf zur Freigabe (siehe Anhang).

Sie hatten „Familie Öztürk-Lange“ angegeben. Durch den Bindestrich wird die Zeile recht lang; wir haben die Schrift deshalb etwas kleiner gesetzt. Passt das so, oder möchten Sie den Namen lieber auf zwei Zeilen?

Sobald Sie uns kurz antworten, geht das Schild in die Gravur.

Mit freundlichen Grüßen
Jens Kappler
Schilderei Kappler""",
  att=[A('Entwurf-Klingelschild.png', 'image/png', png(120, 40, 'kappler'))])

m('de', 'anhaenger-spedition-termin', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive',
  'Liefertermin für Ihren Lastenanhänger, Bestellung {order}', shop=AN,
  body="""
Guten Tag,

Ihr Lastenanhänger (Bestellung {order}) wird wegen der Größe des Kartons (1,60 m) per Spedition geliefert, nicht mit dem Paketdienst. Die Spedition stellt bis zur Bordsteinkante zu.

Damit wir einen Termin vereinbaren können, nennen Sie uns bitte zwei oder drei Werktage in den nächsten zehn Tagen, an denen jemand zu Hause ist. Vormittag oder Nachmittag können Sie dazuschreiben.

Freundliche Grüße
Anhängerwerk Nord, Versandabteilung""")

m('de', 'wollstube-rechnung', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Rechnung zu Bestellung {order}', shop=WG, buyer='Ute',
  body="""
Liebe Ute,

anbei Ihre Rechnung mit ausgewiesener Mehrwertsteuer als PDF. Die Rechnungsadresse haben wir wie gewünscht auf Ihren Strickverein „Maschenglück e. V.“ ausgestellt.

Herzliche Grüße
Grete Sommer
Wollstube Grete""",
  q="""Können Sie mir bitte eine Rechnung auf unseren Verein ausstellen? Maschenglück e. V., Lindenstraße 4, 37073 Göttingen.""",
  att=[PDF('Rechnung-WG-2026-0871.pdf', 'Rechnung WG-2026-0871', 'Wollstube Grete, Inh. Grete Sommer',
           'Rechnungsempfänger: Maschenglück e. V., Lindenstraße 4, 37073 Göttingen',
           '10 x Merino-Sockengarn 100 g     59,90 EUR', 'enthaltene MwSt. 19 %     9,56 EUR')])

m('de', 'rasenkante-bewertung-neutral', 'pass', '-', 'plain', 'iso-8859-1', 'proactive',
  'Ihre Mähroboter-Messer - Bestellung {order}', shop=RF, xmailer='X-Mailer: Becky! ver. 2.81.05',
  body="""
Guten Tag,

Ihre Ersatzmesser aus Bestellung {order} sind vor einigen Tagen angekommen. Wenn Sie möchten, können Sie Ihre Erfahrungen mit dem Produkt in einer Rezension auf Amazon teilen. Jede ehrliche Meinung hilft anderen Gartenbesitzern bei der Auswahl.

Freundliche Grüße
Rasenkante Fröhlich""")

m('de', 'gaerkorb-storno-bestaetigt', 'pass', '-', 'outlook', 'iso-8859-1', 'reply',
  'Stornierungsanfrage von Amazon-Kunde Katrin (Bestellung: {order})', shop=GK, buyer='Katrin',
  body="""
Guten Tag Katrin,

wir haben Ihre Bestellung wie gewünscht storniert. Sie war noch nicht verpackt, es wird also nichts verschickt und Ihnen nichts berechnet.

Viele Grüße
Marianne Bühler
Gärkorb-Manufaktur Ellwangen""",
  q="""Bitte stornieren Sie meine Bestellung, ich habe mich in der Größe vertan. Ich bestelle gleich den ovalen Korb neu.""")

m('de', 'gaerkorb-folie-erstattung', 'pass', '-', 'gmail', 'utf-8', 'reply',
  'Frage zu Ihrer Amazon-Bestellung {order}', shop=GK, buyer='Henrik',
  body="""
Hallo Henrik,

die glänzende Schicht am Rand ist eine dünne Schutzfolie, die das Peddigrohr beim Transport schützt. Bitte ziehen Sie sie vor dem ersten Gebrauch ab und stäuben Sie den Korb dann mit Reismehl ein.

Zum eingerissenen Leinentuch: Wir prüfen Ihren Erstattungsantrag heute noch. Falls Sie das Tuch zurückschicken möchten, finden Sie das Rücksendeetikett hier:
https://www.amazon.de/spr/returns/cart?orderId={order}

Viele Grüße
Marianne""",
  q="""Am Rand klebt so eine glänzende Schicht, gehört die da hin? Außerdem war das Leinentuch eingerissen.""")

m('de', 'anhaenger-danke-antwort', 'pass', '-', 'thunderbird', 'iso-8859-1', 'reply',
  'Re: Nachricht von Amazon-Kunde Malte', shop=AN, buyer='Malte',
  body="""
Hallo Malte,

danke für die Rückmeldung, das freut uns sehr. Gute Fahrt!

Anhängerwerk Nord""",
  q="""Anhänger ist heute gekommen, Aufbau hat mit der Anleitung problemlos geklappt. Danke für die schnelle Lieferung!""")

m('de', 'wollstube-teilerstattung-rezension', 'reject', 'review', 'gmail', 'windows-1252', 'proactive',
  'Wie gefällt Ihnen das Garn? Bestellung {order}', shop=WG,
  body="""
Liebe Kundin, lieber Kunde,

wir hoffen, das Merinogarn aus Bestellung {order} strickt sich so schön, wie es aussieht.

Eine kleine Bitte: Schreiben Sie doch ein paar Zeilen über das Garn auf Amazon. Sobald Ihre Rezension sichtbar ist, schicken wir Ihnen über Amazon eine Teilerstattung von 5 Euro – sozusagen als Dankeschön fürs Mitmachen.

Herzliche Grüße
Grete Sommer""")

m('de', 'anhaenger-bewertung-anpassen', 'reject', 'review', 'outlook', 'windows-1252', 'reply',
  'Nachricht von Amazon-Kunde Bernd (Bestellung: {order})', shop=AN, buyer='Bernd',
  body="""
Guten Tag Bernd,

schön, dass die nachgelieferte Deichselkupplung jetzt passt und der Anhänger einsatzbereit ist.

Wären Sie so freundlich, Ihre Bewertung vom letzten Wochenende noch einmal anzuschauen? Sie stammt ja aus der Zeit, als das Teil noch fehlte – vielleicht möchten Sie sie an den jetzigen Stand anpassen.

Mit freundlichen Grüßen
Anhängerwerk Nord""",
  q="""Die Kupplung ist da und passt. Jetzt funktioniert alles.""")

m('de', 'kappler-werkstatt-anrufen', 'reject', 'contact', 'applemail', 'utf-8', 'reply',
  'Frage zu Ihrer Amazon-Bestellung {order}', shop=SK, buyer='Sabine',
  body="""
Hallo Sabine,

das lässt sich am Telefon viel einfacher klären als per Nachricht. Rufen Sie mich gern direkt in der Werkstatt an, vormittags bin ich immer da: null sieben drei sechs eins – vier acht zwei neun null.

Viele Grüße
Jens Kappler""",
  q="""Kann man auf das Schild auch ein kleines Logo (ein Pferd) gravieren lassen?""")

m('de', 'rasenkante-kaufland-guenstiger', 'reject', 'contact,promotion', 'gmail', 'windows-1252', 'reply',
  'Frage zu Ihrer Amazon-Bestellung {order}', shop=RF, buyer='Henrik',
  body="""
Hallo Henrik,

die 30er-Packung führen wir hier leider nicht. Auf Kaufland sind wir aber auch vertreten – einfach nach „Rasenkante Fröhlich“ suchen, dort gibt es die Großpackung, und der Versand ist ab zwei Packungen kostenlos.

Freundliche Grüße
Rasenkante Fröhlich""",
  q="""Gibt es die Messer auch in einer größeren Packung? Ich brauche welche für drei Mähroboter.""")

m('de', 'gaerkorb-pinterest-rezepte', 'reject', 'links', 'thunderbird', 'utf-8', 'reply',
  'Re: Frage von Amazon-Kundin Ute', shop=GK, buyer='Ute',
  body="""
Hallo Ute,

für Roggenbrot nehmen Sie am besten den runden Korb mit 1 kg Teigeinlage. Nach dem Backen den Korb einfach ausklopfen und trocknen lassen, nicht spülen.

Unsere liebsten Sauerteig-Rezepte sammeln wir hier, da ist bestimmt etwas für Sie dabei:
https://www.pinterest.de/gaerkorbmanufaktur/brot-aus-dem-gaerkorb/

Viele Grüße
Marianne""",
  q="""Welcher Korb ist besser für ein Roggenbrot, der runde oder der ovale?""")

m('de', 'wollstube-strickende-oma-gif', 'reject', 'style,attachment', 'outlook', 'iso-8859-15', 'reply',
  'Frage zu Ihrer Amazon-Bestellung {order}', shop=WG, buyer='Katrin',
  body="""
Liebe Katrin,

das Garn ist mulesingfrei und superwash-behandelt, Sie können die Socken also bei 30 Grad in der Maschine waschen.

Herzliche Grüße
Grete""",
  q="""Kann man das Garn in der Waschmaschine waschen?""",
  att=[A('wollstube-stricken.gif', 'image/gif', gif('wollstube'))])

m('de', 'anhaenger-ausverkauft-selbst-stornieren', 'reject', 'ask', 'outlook', 'windows-1252', 'proactive',
  'Zu Ihrer Bestellung {order}', shop=AN,
  body="""
Guten Tag,

leider ist uns beim Lastenanhänger in Grau die letzte Charge ausgegangen, und der Hersteller liefert erst wieder im Februar.

Wir möchten Sie nicht so lange warten lassen. Könnten Sie die Bestellung {order} bitte selbst in Ihrem Amazon-Konto unter „Meine Bestellungen“ stornieren? Das Geld ist dann in wenigen Tagen wieder auf Ihrem Konto.

Mit freundlichen Grüßen
Anhängerwerk Nord""")

m('de', 'kappler-important-versendet', 'reject', 'important,proactive', 'gmail', 'iso-8859-1', 'proactive',
  '[Important] Ihr Klingelschild ist unterwegs - Bestellung {order}', shop=SK,
  body="""
Guten Tag,

Ihr Klingelschild (Bestellung {order}) hat heute unsere Werkstatt verlassen und ist mit DHL unterwegs.

Mit freundlichen Grüßen
Schilderei Kappler""")
# ------------------------------------------------------------------ fr
BR = ('Atelier Brunelle', 'atelier-brunelle')
CB = ('Cordes & Bois', 'cordes-et-bois')
VA = ('Armoires Vasseur', 'armoires-vasseur')
PL_ = ('Plaques Lemaître', 'plaques-lemaitre')
RV = ('Ruchers du Vercors', 'ruchers-vercors')

m('fr', 'brunelle-colissimo-suivi', 'pass', '-', 'gmail', 'iso-8859-15', 'reply',
  'Demande de livraison du client Amazon Solène (Commande : {order})', shop=BR, buyer='Solène', wrap=True,
  body="""
Bonjour Solène,

Votre nappe en lin est partie jeudi en Colissimo. Le dernier scan indique qu'elle est arrivée à la plateforme de Bonneuil ; la livraison est prévue lundi.

Vous pouvez suivre le colis ici :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A23418870125

Bonne journée,
Claire
Atelier Brunelle""",
  q="""Bonjour, je n'ai toujours pas reçu ma nappe et je reçois du monde samedi. Pouvez-vous me dire où elle en est ?""")

m('fr', 'lemaitre-plaque-bat', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  '[Important] Bon à graver pour votre plaque de boîte aux lettres - commande {order}', shop=PL_,
  body="""
Bonjour,

Merci pour votre commande {order}. Vous trouverez en pièce jointe le bon à graver de votre plaque.

Vous avez saisi « M. et Mme Nguyen-Ferrand – Appt 12 ». Pour que tout tienne sur la plaque de 10 × 2,5 cm, nous avons réduit légèrement la taille des lettres. Si vous préférez supprimer « Appt », ou passer sur deux lignes, répondez simplement à ce message.

La gravure démarre dès votre accord.

Cordialement,
Hervé Lemaître""",
  att=[A('BAT-plaque-Nguyen-Ferrand.png', 'image/png', png(100, 25, 'lemaitre'))])

m('fr', 'ruchers-code-postal', 'pass', '-', 'applemail', 'utf-8', 'proactive',
  '[Important] Adresse de livraison à vérifier - commande {order}', shop=RV,
  body="""
Bonjour,

Nous préparons vos pots de miel (commande {order}), mais le code postal de l'adresse de livraison, 38250, ne correspond pas à la commune indiquée, Villard-Bonnot (38190).

Pourriez-vous nous confirmer lequel des deux est le bon ? Sans correction, le transporteur risque de nous retourner le colis.

Merci d'avance,
Ruchers du Vercors""")

m('fr', 'vasseur-armoire-rdv', 'pass', '-', 'thunderbird', 'iso-8859-1', 'proactive',
  'Prise de rendez-vous pour la livraison de votre armoire - commande {order}', shop=VA,
  body="""
Bonjour,

Votre armoire en chêne (commande {order}) pèse 96 kg et sera livrée par notre transporteur, sur rendez-vous, au pied de l'immeuble ou dans votre garage.

Pouvez-vous nous indiquer deux ou trois demi-journées qui vous conviennent la semaine du 23 novembre ? Précisez aussi s'il y a un ascenseur, le livreur viendra à deux si besoin.

Bien cordialement,
Service livraison, Armoires Vasseur""")

m('fr', 'cordes-facture-belgique', 'pass', '-', 'plain', 'iso-8859-15', 'reply',
  'Re: Demande de facture - commande {order}', shop=CB, buyer='Benoît', tld='com.be',
  xmailer='User-Agent: Roundcube Webmail/1.6.7',
  body="""
Bonjour Benoît,

Voici la facture de votre ukulélé concert en pièce jointe, avec le numéro de TVA de votre école de musique comme demandé.

Bonne journée,
Cordes & Bois""",
  q="""Bonjour, pouvez-vous m'envoyer une facture au nom de l'Académie de musique de Namur, TVA BE0412.345.678 ? Merci.""",
  att=[PDF('Facture-CB-11482.pdf', 'Facture CB-11482', 'Cordes & Bois SARL', 'Client : Académie de musique de Namur, TVA BE0412.345.678',
           '1 x Ukulélé concert acajou   89,00 EUR', 'TVA 21 %  15,45 EUR')])

m('fr', 'cordes-notice-accordage', 'pass', '-', 'gmail', 'utf-8', 'proactive',
  "Notice d'accordage de votre ukulélé - commande {order}", shop=CB,
  body="""
Bonjour,

Les cordes neuves en nylon s'étirent beaucoup pendant les premiers jours, votre ukulélé (commande {order}) va donc se désaccorder souvent au début. C'est normal.

Vous trouverez en pièce jointe la notice d'accordage (sol-do-mi-la) et l'entretien des cordes, que nous n'avions pas pu glisser dans le carton.

Bonne musique,
Cordes & Bois""",
  att=[PDF('Notice-accordage-ukulele.pdf', "Notice d'accordage - ukulele concert", 'Accord standard : G C E A',
           'Les cordes neuves se detendent pendant 5 a 7 jours.', "Rangez l'instrument loin des radiateurs.")])

m('fr', 'vasseur-avis-neutre', 'pass', '-', 'outlook', 'iso-8859-1', 'proactive',
  'Votre armoire en chêne - commande {order}', shop=VA,
  body="""
Bonjour,

Votre armoire (commande {order}) a été livrée il y a une semaine. Si vous le souhaitez, vous pouvez partager votre expérience avec d'autres clients en laissant un commentaire sur Amazon. Positif ou non, votre avis nous aide à progresser.

Cordialement,
Armoires Vasseur""")

m('fr', 'cordes-film-rosace', 'pass', '-', 'thunderbird', 'windows-1252', 'reply',
  "Re: Question d'un client Amazon - commande {order}", shop=CB, buyer='Maëlle',
  body="""
Bonjour Maëlle,

Ce que vous voyez autour de la rosace est un film protecteur transparent. Vous pouvez le retirer délicatement en commençant par le bord ; il évite les rayures pendant le transport.

Pour le micro-frisement sur la corde de la, envoyez-nous une photo du chevalet : nous examinerons votre demande de retour si le réglage ne suffit pas.

Cordialement,
Cordes & Bois""",
  q="""Il y a comme un plastique collé autour du trou de la caisse, c'est normal ? Et la corde de la frise un peu.""")

m('fr', 'ruchers-tirage-au-sort', 'reject', 'review,style', 'gmail', 'utf-8', 'proactive',
  'Un petit mot sur votre miel ? 🍯 Commande {order}', shop=RV,
  body="""
Bonjour,

Nous espérons que notre miel de lavande vous régale 🐝

Ce mois-ci, chaque client qui laisse un commentaire sur Amazon participe à notre tirage au sort : trois coffrets de six miels sont à gagner !

À très bientôt,
Ruchers du Vercors (commande {order})""")

m('fr', 'brunelle-parlez-nous-dabord', 'reject', 'review', 'applemail', 'iso-8859-1', 'proactive',
  'Votre nappe en lin - commande {order}', shop=BR,
  body="""
Bonjour,

Votre nappe est arrivée depuis quelques jours (commande {order}). Si elle vous plaît, un petit commentaire sur Amazon nous ferait très plaisir.

Et si quelque chose vous déçoit, la couleur, la taille, une couture, écrivez-nous d'abord, avant de publier quoi que ce soit : nous trouverons une solution ensemble.

Claire, Atelier Brunelle""")

m('fr', 'vasseur-whatsapp-livreur', 'reject', 'contact', 'outlook', 'windows-1252', 'reply',
  'Question du client Amazon Thierry (Commande : {order})', shop=VA, buyer='Thierry',
  body="""
Bonjour Thierry,

Pour le montage, le plus simple est de voir ensemble en vidéo. Envoyez-moi un message WhatsApp au zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois et je vous rappelle dans la journée.

Cordialement,
Didier, Armoires Vasseur""",
  q="""Les portes de l'armoire ne ferment pas droit, il reste un jour d'un centimètre en haut. Que faire ?""")

m('fr', 'brunelle-etsy-boutique', 'reject', 'contact,promotion', 'gmail', 'iso-8859-15', 'reply',
  'Question du client Amazon Agnès', shop=BR, buyer='Agnès',
  body="""
Bonjour Agnès,

Les serviettes assorties ne sont pas proposées sur Amazon. Vous les trouverez en revanche dans notre boutique Etsy, « AtelierBrunelleLin », avec les chemins de table et les torchons de la même collection.

Belle journée,
Claire""",
  q="""Est-ce que vous vendez des serviettes de table assorties à la nappe ?""")

m('fr', 'lemaitre-site-gravures', 'reject', 'links,promotion', 'thunderbird', 'utf-8', 'proactive',
  'Votre plaque est prête - commande {order}', shop=PL_,
  body="""
Bonjour,

Votre plaque (commande {order}) a été gravée et vous sera remise dans les prochains jours.

Plaques de porte, numéros de maison, panneaux pour le jardin : retrouvez toutes nos gravures sur https://www.plaques-lemaitre.example/gravures, avec 10 % de remise sur votre prochaine commande passée sur le site.

Hervé Lemaître""")

m('fr', 'ruchers-catalogue-pdf', 'reject', 'promotion,attachment', 'outlook', 'iso-8859-1', 'reply',
  'Question du client Amazon Loïc (Commande : {order})', shop=RV, buyer='Loïc',
  body="""
Bonjour Loïc,

Oui, ce miel cristallise naturellement avec le froid. Il suffit de placer le pot au bain-marie à 40 °C pour qu'il redevienne liquide.

Je vous joins notre catalogue de Noël : coffrets, pains d'épices et nougats.

Cordialement,
Ruchers du Vercors""",
  q="""Mon miel est devenu tout dur et blanc, il est périmé ?""",
  att=[PDF('Catalogue-Noel-2026.pdf', 'Catalogue de Noel 2026', 'Coffret 3 miels  24 EUR', "Pain d'epices au miel  9 EUR",
           'Nougat du Vercors  12 EUR')])

m('fr', 'cordes-rupture-annuler', 'reject', 'ask', 'applemail', 'utf-8', 'proactive',
  'Votre commande {order}', shop=CB,
  body="""
Bonjour,

Mauvaise nouvelle : le ukulélé ténor en épicéa que vous avez commandé (commande {order}) n'est plus disponible chez notre fournisseur.

Auriez-vous la gentillesse d'annuler la commande depuis votre compte Amazon (Vos commandes > Annuler des articles) ? Vous serez remboursé tout de suite.

Toutes nos excuses,
Cordes & Bois""")

m('fr', 'brunelle-important-livre', 'reject', 'important,proactive', 'plain', 'iso-8859-1', 'proactive',
  '[Important] Votre colis a été livré - commande {order}', shop=BR, xmailer='X-Mailer: Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)',
  body="""
Bonjour,

Selon Colissimo, votre colis (commande {order}) a été livré aujourd'hui.

Cordialement,
Atelier Brunelle""")
# ------------------------------------------------------------------ es
GF = ('Guitarras Ferrán', 'guitarras-ferran')
TA = ('Toldos Arenal', 'toldos-arenal')
CR = ('Cantimploras Ruta Norte', 'ruta-norte')
JR = ('Jamoneros Ribera', 'jamoneros-ribera')
CM = ('Café Montaña Oaxaca', 'cafe-montana')

m('es', 'ferran-correos-envio', 'pass', '-', 'gmail', 'iso-8859-1', 'reply',
  'Consulta sobre la entrega del cliente de Amazon Rocío (Pedido: {order})', shop=GF, buyer='Rocío', wrap=True,
  body="""
Hola Rocío:

Sus cuerdas salieron el martes por Correos en envío certificado. Según el seguimiento, ya están en la oficina de Zaragoza y se entregan mañana:
https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0703914550150001Z

Un saludo,
Pau
Guitarras Ferrán""",
  q="""Hola, compré un juego de cuerdas hace diez días y no me ha llegado nada. ¿Lo han enviado ya?""")

m('es', 'rutanorte-grabado-tilde', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  '[Important] Confirme el nombre para el grabado - pedido {order}', shop=CR,
  body="""
Buenos días:

Gracias por su pedido {order}. Antes de grabar la cantimplora queremos confirmar el texto: en la personalización escribió «INIGO 2026», sin tilde ni eñe.

¿Lo grabamos así, o prefiere «ÍÑIGO 2026»? Adjuntamos las dos pruebas para que pueda compararlas. En cuanto nos responda, la cantimplora pasa al taller.

Un saludo,
Cantimploras Ruta Norte""",
  att=[A('prueba-grabado-INIGO.png', 'image/png', png(80, 30, 'rutanorte-a')),
       A('prueba-grabado-INIGO-tildes.png', 'image/png', png(80, 30, 'rutanorte-b'))])

m('es', 'arenal-toldo-cita', 'pass', '-', 'applemail', 'utf-8', 'proactive',
  'Cita para la entrega de su toldo - pedido {order}', shop=TA,
  body="""
Hola:

Su toldo de brazo extensible de 4 metros (pedido {order}) va en un bulto de 4,2 metros y 38 kg, así que lo entrega una agencia de transporte con cita previa, no el cartero.

¿Nos indica dos o tres días de la próxima semana en los que haya alguien en casa, y si es mejor por la mañana o por la tarde? Con eso cerramos la cita con el transportista.

Gracias,
Toldos Arenal""")

m('es', 'jamoneros-factura', 'pass', '-', 'thunderbird', 'iso-8859-15', 'reply',
  'Re: Solicitud de factura del pedido {order}', shop=JR, buyer='Álvaro',
  body="""
Buenas tardes, Álvaro:

Le adjunto la factura completa del jamonero y el cuchillo, con el CIF de su restaurante tal como nos lo indicó.

Un saludo,
Jamoneros Ribera""",
  q="""Necesito factura a nombre de Mesón El Lagar S.L., CIF B47123456, para la contabilidad. Gracias.""",
  att=[PDF('Factura-JR-2026-3317.pdf', 'Factura JR-2026-3317', 'Jamoneros Ribera S.L.', 'Cliente: Meson El Lagar S.L. - CIF B47123456',
           '1 x Jamonero profesional giratorio   74,90 EUR', '1 x Cuchillo jamonero 30 cm   29,00 EUR', 'IVA 21 % incluido')])

m('es', 'arenal-resena-neutra', 'pass', '-', 'plain', 'iso-8859-1', 'proactive',
  'Su toldo - pedido {order}', shop=TA, xmailer='X-Mailer: Microsoft Windows Live Mail 16.4.3528.331',
  body="""
Hola:

Hace unos días recibió su toldo (pedido {order}). Si le apetece, puede contar su experiencia a otros clientes dejando una reseña del producto en Amazon. Nos sirve cualquier opinión sincera, buena o mala.

Un saludo,
Toldos Arenal""")

m('es', 'montana-cancelado-mx', 'pass', '-', 'gmail', 'utf-8', 'reply',
  'Solicitud de cancelación del cliente de Amazon Gonzalo (Pedido: {order})', shop=CM, buyer='Gonzalo', tld='com.mx',
  body="""
Hola Gonzalo:

Listo, cancelamos su pedido como lo pidió. Todavía no salía de la bodega, así que no se le hará ningún cargo.

Saludos,
Café Montaña Oaxaca""",
  q="""Buenas, quiero cancelar el pedido porque me equivoqué y pedí molido en lugar de grano. Gracias.""")

m('es', 'jamoneros-seur-cita-citado', 'pass', '-', 'outlook', 'iso-8859-1', 'reply',
  'Consulta del cliente de Amazon Nuria (Pedido: {order})', shop=JR, buyer='Nuria', wrap=True,
  body="""
Hola Nuria:

El jamonero salió ayer por SEUR. El repartidor suele llamar antes de ir, así que tendrá aviso. Puede seguir el envío aquí:
https://www.seur.com/livetracking/?segOnlineIdentificador=08152734461&segOnlineIdioma=es

Un saludo,
Jamoneros Ribera""",
  q="""Hola, ¿cuándo llega? Trabajo de mañana, si hace falta que me llamen mi móvil es 612 48 39 07. Gracias""")

m('es', 'ferran-destornillador-estrella', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Re: Pregunta del cliente de Amazon Iñaki', shop=GF, buyer='Iñaki',
  body="""
Hola Iñaki:

Para soltar la tapa del alma necesita un destornillador de estrella pequeño (PH0); el de punta plana no agarra bien esos tornillos.

Si después de ajustarla la guitarra sigue con el traste zumbando, abra la devolución en Amazon y revisaremos su solicitud de devolución en cuanto llegue.

Un saludo,
Pau, Guitarras Ferrán""",
  q="""La tapa de la parte de atrás no se quita con ningún destornillador que tengo. ¿Qué necesito?""")

m('es', 'ferran-juego-regalo', 'reject', 'review', 'gmail', 'iso-8859-15', 'proactive',
  '¿Qué tal suenan las cuerdas? Pedido {order}', shop=GF,
  body="""
Hola:

Esperamos que ya haya estrenado las cuerdas de su pedido {order}.

Le proponemos algo: cuéntenos en una reseña de Amazon cómo le han ido y, cuando la vea publicada, le mandamos a casa otro juego igual sin coste. Solo tiene que responder a este mensaje con su nombre de usuario en Amazon.

Un saludo,
Pau""")

m('es', 'arenal-que-mencione', 'reject', 'review', 'outlook', 'windows-1252', 'proactive',
  'Su opinión sobre el toldo - pedido {order}', shop=TA,
  body="""
Hola:

Si deja una reseña de su toldo (pedido {order}), le agradeceríamos que comentara lo fácil que fue el montaje con nuestro kit de tacos y que la lona no destiñe con el sol. Son justo las dudas que más tienen los clientes antes de comprar.

Gracias de antemano,
Toldos Arenal""")

m('es', 'ferran-telegram', 'reject', 'contact', 'thunderbird', 'utf-8', 'reply',
  'Re: Pregunta del cliente de Amazon Montse', shop=GF, buyer='Montse',
  body="""
Hola Montse:

Lo del calibre depende mucho de su guitarra. Escríbame por Telegram (me encuentra como @pau_cuerdas_ferran) y le digo cuál le conviene con una foto del mástil.

Pau""",
  q="""¿Qué calibre de cuerdas me recomendáis para una guitarra clásica de estudio?""")

m('es', 'montana-mercadolibre', 'reject', 'contact,promotion', 'applemail', 'utf-8', 'reply',
  'Pregunta del cliente de Amazon Gonzalo', shop=CM, buyer='Gonzalo', tld='com.mx',
  body="""
Hola Gonzalo:

El café de Pluma Hidalgo en costal de 5 kg no lo tenemos en Amazon. Búsquenos en Mercado Libre como «CafeMontanaOax»: ahí está el costal y sale más barato por kilo.

Saludos,
Café Montaña""",
  q="""¿Venden presentaciones más grandes? Tengo una cafetería pequeña.""")

m('es', 'jamoneros-tiktok-corte', 'reject', 'links', 'gmail', 'iso-8859-1', 'reply',
  'Pregunta del cliente de Amazon Rocío (Pedido: {order})', shop=JR, buyer='Rocío',
  body="""
Hola Rocío:

Empiece siempre por la maza con la pezuña hacia arriba, y deje la babilla para cuando quede menos de la mitad.

En nuestra cuenta de TikTok tenemos un vídeo del corte paso a paso:
https://www.tiktok.com/@jamonerosribera/video/7391826450012345678

Un saludo,
Jamoneros Ribera""",
  q="""¿Por qué lado empiezo a cortar el jamón? Es mi primera vez.""")

m('es', 'ferran-afinador-exe', 'reject', 'attachment', 'outlook', 'windows-1252', 'reply',
  'Pregunta del cliente de Amazon Álvaro (Pedido: {order})', shop=GF, buyer='Álvaro',
  body="""
Hola Álvaro:

Las cuerdas nuevas se estiran durante los primeros días, es normal que se desafinen. Le adjunto nuestro afinador para Windows, que funciona con el micrófono del portátil.

Un saludo,
Guitarras Ferrán""",
  q="""Las cuerdas se desafinan cada diez minutos, ¿están mal?""",
  att=[A('AfinadorFerran.exe', 'application/x-msdownload', exe('afinador'))])

m('es', 'rutanorte-agotado-cancele', 'reject', 'ask', 'applemail', 'iso-8859-1', 'proactive',
  'Sobre su pedido {order}', shop=CR,
  body="""
Hola:

Sentimos mucho decirle que la cantimplora verde oliva de su pedido {order} se ha agotado y no volverá hasta dentro de dos meses.

¿Sería tan amable de solicitar la cancelación desde Mis pedidos? Así el reembolso le llega enseguida.

Disculpe las molestias,
Cantimploras Ruta Norte""")

m('es', 'montana-important-gracias-baja', 'reject', 'important,proactive,style', 'gmail', 'utf-8', 'proactive',
  '[Important] ¡Gracias por su compra! Pedido {order}', shop=CM, tld='com.mx',
  body="""
Hola:

Solo queríamos darle las gracias por elegir nuestro café (pedido {order}). Para nosotros cada pedido cuenta.

Si prefiere no recibir más mensajes nuestros, responda con la palabra BAJA.

Café Montaña Oaxaca""")
# ------------------------------------------------------------------ it
LB = ('Liuteria Bassani', 'liuteria-bassani')
NA = ('Caffettiere Nardi', 'caffettiere-nardi')
SD = ('Stufe Dolomiti', 'stufe-dolomiti')
TC = ('Targhe Marinare Corsi', 'targhe-corsi')
CF = ('Cartoleria Fiorentina', 'carta-fiorentina')

m('it', 'nardi-brt-spedizione', 'pass', '-', 'gmail', 'iso-8859-1', 'reply',
  'Richiesta sulla consegna dal cliente Amazon Ludovica (Ordine: {order})', shop=NA, buyer='Ludovica', wrap=True,
  body="""
Buongiorno Ludovica,

la caffettiera è partita giovedì con BRT. Dal tracciamento risulta in consegna domani in mattinata:
https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=084021583117

Cordiali saluti,
Sara
Caffettiere Nardi""",
  q="""Buongiorno, l'ordine risulta spedito da cinque giorni ma non è ancora arrivato nulla. Potete controllare?""")

m('it', 'corsi-targa-barca', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  '[Important] Bozza della targa per la sua barca - ordine {order}', shop=TC,
  body="""
Buongiorno,

grazie per l'ordine {order}. In allegato trova la bozza della targa in ottone con il nome dell'imbarcazione.

Nel campo personalizzazione ha scritto «Stella Maris II». Abbiamo usato il carattere corsivo come nella foto del prodotto; se preferisce lo stampatello o vuole aggiungere il porto di iscrizione, ce lo scriva rispondendo a questo messaggio.

Procediamo con l'incisione solo dopo la sua conferma.

Cordiali saluti,
Marco Corsi""",
  att=[A('bozza-targa-StellaMaris.jpg', 'image/jpeg', jpg(64, 24))])

m('it', 'dolomiti-stufa-piano', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive',
  '[Important] Appuntamento per la consegna della stufa a pellet - ordine {order}', shop=SD,
  body="""
Buongiorno,

la sua stufa a pellet (ordine {order}) pesa 87 kg e viene consegnata su bancale dal nostro corriere, su appuntamento.

Ci può indicare due o tre giorni feriali della prossima settimana in cui è in casa, e a che piano va consegnata? Se non c'è l'ascensore organizziamo la consegna con due operatori.

Cordiali saluti,
Ufficio spedizioni, Stufe Dolomiti""")

m('it', 'bassani-garanzia', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Garanzia del mandolino - ordine {order}', shop=LB, buyer='Gianni',
  body="""
Gentile Gianni,

le allego il certificato di garanzia del mandolino: copre due anni su difetti di costruzione e incollaggi. Lo conservi insieme alla conferma d'ordine di Amazon.

Un cordiale saluto,
Andrea Bassani
Liuteria Bassani""",
  q="""Buonasera, nella custodia non ho trovato il certificato di garanzia. Me lo potete mandare?""",
  att=[PDF('Certificato-garanzia-mandolino.pdf', 'Certificato di garanzia', 'Liuteria Bassani - Cremona',
           'Strumento: mandolino napoletano MN-12, matricola 2611-087', 'Durata: 24 mesi dalla consegna')])

m('it', 'cartoleria-recensione-neutra', 'pass', '-', 'plain', 'iso-8859-1', 'proactive',
  'Il suo quaderno in carta marmorizzata - ordine {order}', shop=CF, xmailer='X-Mailer: Libero Mail',
  body="""
Buongiorno,

il suo quaderno (ordine {order}) è stato consegnato qualche giorno fa. Se lo desidera, può condividere la sua esperienza con altri clienti lasciando una recensione del prodotto su Amazon. Ogni parere sincero ci è utile.

Cordiali saluti,
Cartoleria Fiorentina""")

m('it', 'nardi-annullato', 'pass', '-', 'outlook', 'iso-8859-1', 'reply',
  'Richiesta di annullamento dal cliente Amazon Ettore (Ordine: {order})', shop=NA, buyer='Ettore',
  body="""
Buongiorno Ettore,

abbiamo annullato l'ordine come richiesto. Non era ancora stato spedito, quindi non le verrà addebitato nulla.

Cordiali saluti,
Caffettiere Nardi""",
  q="""Vorrei annullare l'ordine, ho preso la moka da 3 tazze ma mi serviva quella da 6.""")

m('it', 'nardi-guarnizione-pellicola', 'pass', '-', 'gmail', 'utf-8', 'reply',
  'Domanda sul suo ordine Amazon {order}', shop=NA, buyer='Marta',
  body="""
Buongiorno Marta,

il sapore metallico nei primi caffè è normale. Prima dell'uso rimuova la pellicola protettiva dal manico, poi faccia tre o quattro caffè da buttare senza lavare la moka con detersivo.

Se la guarnizione perde ancora vapore dopo qualche giorno, valuteremo la sua richiesta di reso. Può aprirla da qui:
https://www.amazon.it/spr/returns/cart?orderId={order}

Cordiali saluti,
Sara""",
  q="""Il caffè sa di metallo e dal bordo esce un po' di vapore. È difettosa?""")

m('it', 'bassani-grazie-a-lei', 'pass', '-', 'thunderbird', 'iso-8859-1', 'reply',
  'Re: Messaggio dal cliente Amazon Ilaria', shop=LB, buyer='Ilaria',
  body="""
Buongiorno Ilaria,

grazie a lei per avercelo fatto sapere. Buona musica!

Andrea""",
  q="""Il mandolino è arrivato, suona benissimo. Grazie!""")

m('it', 'dolomiti-sconto-recensione', 'reject', 'review', 'gmail', 'iso-8859-15', 'proactive',
  'La sua stufa - ordine {order}', shop=SD,
  body="""
Buongiorno,

speriamo che la stufa (ordine {order}) stia già scaldando casa sua.

A chi ci lascia due righe su Amazon riserviamo uno sconto del 20% sul prossimo ordine di pellet: basta rispondere a questa mail quando la recensione è online.

Cordiali saluti,
Stufe Dolomiti""")

m('it', 'cartoleria-se-soddisfatto', 'reject', 'review', 'applemail', 'iso-8859-1', 'proactive',
  'Come si trova con il quaderno? Ordine {order}', shop=CF,
  body="""
Buongiorno,

se il quaderno dell'ordine {order} le è piaciuto e ne è rimasto soddisfatto, saremmo felici di leggere la sua recensione su Amazon.

Cordiali saluti,
Cartoleria Fiorentina""")

m('it', 'bassani-cellulare-spaziato', 'reject', 'contact', 'outlook', 'windows-1252', 'reply',
  'Domanda dal cliente Amazon Gianni (Ordine: {order})', shop=LB, buyer='Gianni',
  body="""
Gentile Gianni,

per regolare l'altezza del ponticello è meglio vederlo insieme. Mi scriva su WhatsApp al 3 4 7 – 2 1 8 . 4 4 . 9 0 e le mando un video.

Andrea Bassani""",
  q="""Le corde sono molto alte sulla tastiera, si può abbassare il ponticello?""")

m('it', 'cartoleria-bottega-via', 'reject', 'contact,promotion', 'gmail', 'iso-8859-1', 'reply',
  'Domanda dal cliente Amazon Marta', shop=CF, buyer='Marta',
  body="""
Buongiorno Marta,

le buste coordinate su Amazon non le abbiamo, ma le trova nella nostra bottega in via dei Servi 34 a Firenze oppure sul nostro sito: basta cercare "Cartoleria Fiorentina bottega". Lì c'è anche la nuova linea di biglietti natalizi.

Cordiali saluti""",
  q="""Avete anche le buste abbinate al quaderno?""")

m('it', 'nardi-canale-youtube', 'reject', 'links', 'thunderbird', 'utf-8', 'reply',
  'Re: Domanda dal cliente Amazon Ettore', shop=NA, buyer='Ettore',
  body="""
Buongiorno Ettore,

l'acqua va fino alla valvola, non oltre, e il caffè non va pressato.

Sul nostro canale trova tutte le ricette, dal caffè al ginseng al cappuccino con la moka:
https://www.youtube.com/@caffettierenardi

Saluti,
Sara""",
  q="""Quanta acqua devo mettere? Il caffè esce troppo lentamente.""")

m('it', 'targhe-emoji-onde', 'reject', 'style', 'applemail', 'utf-8', 'proactive',
  'Un pensiero sulla sua targa? Ordine {order}', shop=TC,
  body="""
Buongiorno ⚓

la targa dell'ordine {order} dovrebbe essere arrivata da qualche giorno. Se le va, può condividere la sua esperienza lasciando una recensione su Amazon 🌊⛵

Buon vento,
Marco Corsi""")

m('it', 'bassani-spartiti-zip', 'reject', 'attachment', 'plain', 'iso-8859-15', 'reply',
  'Re: Domanda dal cliente Amazon Ilaria (Ordine: {order})', shop=LB, buyer='Ilaria', xmailer='User-Agent: Mutt/2.2.12 (2023-09-09)',
  body="""
Buongiorno Ilaria,

per iniziare le consiglio il metodo in allegato: esercizi, scale e dieci brani facili. È tutto nello zip, basta estrarlo.

Andrea""",
  q="""Sono alle prime armi, avete qualche spartito semplice per cominciare?""",
  att=[A('spartiti-mandolino.zip', 'application/zip', zipped([('01-scale.pdf', pdf('Scale', ['Sol maggiore'])),
                                                            ('02-brani.pdf', pdf('Brani facili', ['O sole mio']))]))])

m('it', 'dolomiti-esaurito-annulli', 'reject', 'ask', 'outlook', 'iso-8859-1', 'proactive',
  "Il suo ordine {order}", shop=SD,
  body="""
Buongiorno,

ci dispiace, ma la stufa color bordeaux del suo ordine {order} è esaurita e la produzione riprende solo a marzo.

Le chiediamo gentilmente di annullare l'ordine dal suo account Amazon, così riceverà subito il rimborso.

Cordiali saluti,
Stufe Dolomiti""")

m('it', 'corsi-important-grazie', 'reject', 'important,proactive', 'gmail', 'iso-8859-1', 'proactive',
  "[Important] Grazie per l'acquisto - ordine {order}", shop=TC,
  body="""
Buongiorno,

grazie di cuore per aver scelto una targa incisa a mano da noi (ordine {order}). Restiamo a disposizione per qualsiasi cosa.

Marco Corsi
Targhe Marinare Corsi""")
# ------------------------------------------------------------------ nl
KZ = ('Klompenmakerij Zaanstreek', 'klompen-zaanstreek')
BL = ('Bollenkwekerij Van Lisse', 'bollen-vanlisse')
DW = ('Dressoirs De Wit', 'dressoirs-dewit')
FB = ('Fietsbel Atelier', 'fietsbel-atelier')

m('nl', 'klompen-postnl-waar', 'pass', '-', 'gmail', 'iso-8859-1', 'reply',
  'Vraag over levering van Amazon-klant Femke (Bestelling: {order})', shop=KZ, buyer='Femke',
  body="""
Hoi Femke,

Je klompen zijn woensdag met PostNL verstuurd. Volgens de track & trace ligt het pakket nu in het sorteercentrum in Nieuwegein en wordt het morgen bezorgd:
https://jouw.postnl.nl/track-and-trace/3SKZAA0481726-NL-3512JE

Groet,
Wim
Klompenmakerij Zaanstreek""",
  q="""Hallo, mijn bestelling staat al een week op verzonden maar ik heb nog niks. Kunnen jullie kijken?""")

m('nl', 'fietsbel-gravure-naam', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  '[Important] Controle gravure fietsbel - bestelling {order}', shop=FB,
  body="""
Goedemiddag,

Bedankt voor je bestelling {order}. Voordat we de messing fietsbel graveren, willen we de tekst nog even checken.

Je vulde „Noor & Daan” in. Het &-teken past, maar wordt vrij klein op de bolling van de bel. Wil je liever „Noor en Daan”? Laat het ons weten via een antwoord op deze mail, dan graveren we direct.

Met vriendelijke groet,
Fietsbel Atelier""")

m('nl', 'dewit-dressoir-bezorgafspraak', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive',
  'Bezorgafspraak voor je dressoir - bestelling {order}', shop=DW,
  body="""
Goedendag,

Je eikenhouten dressoir (bestelling {order}) weegt 74 kilo en wordt door twee bezorgers van ons eigen transport gebracht, tot in de kamer.

Welke dagen in week 48 komen je uit? Geef er graag twee of drie door, en laat weten op welke verdieping je woont en of er een lift is.

Met vriendelijke groet,
Dressoirs De Wit""")

m('nl', 'bollen-factuur-vereniging', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Factuur voor bestelling {order}', shop=BL, buyer='Joost',
  body="""
Beste Joost,

In de bijlage vind je de factuur voor de 400 tulpenbollen, op naam van de volkstuinvereniging zoals gevraagd.

Met vriendelijke groet,
Bollenkwekerij Van Lisse""",
  q="""Kan ik een factuur krijgen op naam van Volkstuinvereniging De Groene Hoek? Dan kan de penningmeester het declareren.""",
  att=[PDF('Factuur-VL-26-0412.pdf', 'Factuur VL-26-0412', 'Bollenkwekerij Van Lisse', 'Klant: Volkstuinvereniging De Groene Hoek',
           '400 x tulpenbol Queen of Night   EUR 68,00', 'BTW 9%   EUR 5,61')])

m('nl', 'dewit-review-neutraal', 'pass', '-', 'plain', 'us-ascii', 'proactive',
  'Je dressoir - bestelling {order}', shop=DW, xmailer='X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
  body="""
Goedendag,

Je dressoir (bestelling {order}) is vorige week bezorgd. Als je wilt, kun je je ervaring met andere klanten delen door een productreview op Amazon te schrijven. Elke eerlijke mening helpt ons verder.

Met vriendelijke groet,
Dressoirs De Wit""")

m('nl', 'klompen-bpost-ster', 'pass', '-', 'outlook', 'iso-8859-1', 'reply',
  'Vraag van Amazon-klant Ruud (Bestelling: {order})', shop=KZ, buyer='Ruud', tld='com.be',
  body="""
Dag Ruud,

De sierbeslag-spijkers zitten vast met een kleine kruiskop; met een stersleutel krijg je ze niet los, een schroevendraaier PH1 werkt wel. De reserve-hakjes zijn vandaag met bpost vertrokken:
https://track.bpost.cloud/btr/web/#/search?itemCode=323299901742658391&lang=nl

We bekijken je retourverzoek voor het paar met de scheur zodra het binnen is.

Groeten,
Wim""",
  q="""Ik krijg de hakjes er niet af, welk gereedschap heb ik nodig? En één klomp heeft een scheurtje, ik heb een retour aangevraagd.""")

m('nl', 'bollen-bedankt-terug', 'pass', '-', 'gmail', 'utf-8', 'reply',
  'Bericht van Amazon-klant Lieke', shop=BL, buyer='Lieke',
  body="""
Hoi Lieke,

Wat leuk om te horen, dank je wel! Veel plezier in het voorjaar.

Groet,
Bollenkwekerij Van Lisse""",
  q="""Alle bollen zijn goed aangekomen en zitten al in de grond. Dank jullie wel 🌷""")

m('nl', 'bollen-cadeaubon-review', 'reject', 'review', 'gmail', 'utf-8', 'proactive',
  'Hoe staan je bollen erbij? Bestelling {order}', shop=BL,
  body="""
Hallo,

Je tulpenbollen uit bestelling {order} zitten inmiddels hopelijk in de grond.

Wij sturen iedereen die een review op Amazon achterlaat een cadeaubon van 7,50 euro voor de tuincentra van Intratuin, gewoon als bedankje. Stuur ons even een berichtje zodra je review online staat.

Groet,
Bollenkwekerij Van Lisse""")

m('nl', 'klompen-herinnering', 'reject', 'review', 'applemail', 'iso-8859-1', 'proactive',
  'Nog even over je klompen - bestelling {order}', shop=KZ,
  body="""
Hallo,

Vorige week vroegen we je al of je een review wilde schrijven over je klompen. We snappen dat het druk is, daarom nog een keer een kort berichtje: het kost maar een minuutje via je bestellingen op Amazon.

Groet,
Wim
Bestelling {order}""")

m('nl', 'fietsbel-bolcom', 'reject', 'contact,promotion', 'thunderbird', 'utf-8', 'reply',
  'Re: Vraag van Amazon-klant Ingrid', shop=FB, buyer='Ingrid',
  body="""
Hoi Ingrid,

De bel in mat zwart verkopen we niet op Amazon, maar wel op bol.com: zoek daar op „Fietsbel Atelier”. Daar staan ook onze nieuwe fietslampjes.

Groet,
Fietsbel Atelier""",
  q="""Hebben jullie deze bel ook in zwart?""")

m('nl', 'dewit-eigen-webshop-link', 'reject', 'links', 'outlook', 'windows-1252', 'reply',
  'Vraag van Amazon-klant Joost (Bestelling: {order})', shop=DW, buyer='Joost',
  body="""
Beste Joost,

Het dressoir kun je het beste onderhouden met een beetje meubelwas, twee keer per jaar.

Alle onderhoudstips met foto's staan op onze website:
https://www.dressoirs-dewit.example/onderhoud-eiken

Met vriendelijke groet,
Dressoirs De Wit""",
  q="""Hoe moet ik het hout onderhouden? Het ziet er wat droog uit.""")

m('nl', 'klompen-dansende-klomp-gif', 'reject', 'style,attachment', 'gmail', 'iso-8859-15', 'reply',
  'Vraag van Amazon-klant Femke (Bestelling: {order})', shop=KZ, buyer='Femke',
  body="""
Hoi Femke,

Neem de klompen een halve maat groter dan je schoenmaat, met dikke sokken zitten ze dan precies goed.

Groet,
Wim""",
  q="""Welke maat moet ik nemen? Ik heb normaal 39.""",
  att=[A('dansende-klomp.gif', 'image/gif', gif('klomp'), inline=True)])

m('nl', 'fietsbel-uitverkocht-annuleer', 'reject', 'ask', 'applemail', 'iso-8859-1', 'proactive',
  'Over je bestelling {order}', shop=FB,
  body="""
Hallo,

Helaas is de koperen bel die je bestelde (bestelling {order}) uitverkocht, en de volgende levering is pas in januari.

Wil je de bestelling zelf annuleren via Mijn bestellingen? Dan krijg je je geld meteen terug.

Groet,
Fietsbel Atelier""")

m('nl', 'dewit-important-onderweg', 'reject', 'important,proactive', 'plain', 'us-ascii', 'proactive',
  '[Important] Je dressoir is onderweg - bestelling {order}', shop=DW, xmailer='X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)',
  body="""
Goedendag,

Je dressoir (bestelling {order}) is vandaag ingeladen en is onderweg naar het depot.

Met vriendelijke groet,
Dressoirs De Wit""")

# ------------------------------------------------------------------ pl
PB = ('Pracownia Bursztynu Gdańsk', 'bursztyn-gdansk')
CBo = ('Ceramika z Bolesławca', 'ceramika-boleslawiec')
MD = ('Meble Dębowe Kaszuby', 'meble-kaszuby')
GM = ('Grawernia Medalik', 'grawernia-medalik')

m('pl', 'bursztyn-inpost-paczkomat', 'pass', '-', 'gmail', 'iso-8859-2', 'reply',
  'Zapytanie o dostawę od klienta Amazon Bożena (Zamówienie: {order})', shop=PB, buyer='Bożena',
  body="""
Dzień dobry, Pani Bożeno,

wisiorek wysłaliśmy w poniedziałek przez InPost. Paczka czeka już w paczkomacie, powinna Pani dostać SMS z kodem odbioru:
https://inpost.pl/sledzenie-przesylek?number=620349012345678901234567

Pozdrawiamy serdecznie,
Pracownia Bursztynu Gdańsk""",
  q="""Dzień dobry, zamówienie jest wysłane od tygodnia, a ja nadal nic nie mam. Gdzie jest paczka?""")

m('pl', 'medalik-grawer-imie', 'pass', '-', 'outlook', 'windows-1250', 'proactive',
  '[Important] Prosimy o potwierdzenie grawerunku - zamówienie {order}', shop=GM,
  body="""
Dzień dobry,

dziękujemy za zamówienie {order}. Zanim wygrawerujemy medalik, prosimy o sprawdzenie tekstu.

W polu personalizacji wpisano „Zofia 12.05.2026 Chrzest św.”. Skrót „św.” zmieści się, ale litery będą dość drobne. Czy zostawiamy tak, czy woli Pani/Pan pełne słowo „Święty” w drugiej linii? Wystarczy odpowiedzieć na tę wiadomość.

Z poważaniem,
Grawernia Medalik""")

m('pl', 'meble-stol-termin', 'pass', '-', 'thunderbird', 'iso-8859-2', 'proactive',
  'Termin dostawy stołu dębowego - zamówienie {order}', shop=MD,
  body="""
Dzień dobry,

stół dębowy z zamówienia {order} waży 82 kg, dlatego przywiezie go nasz transport z dwoma kierowcami, po wcześniejszym umówieniu terminu.

Prosimy o podanie dwóch lub trzech dni w przyszłym tygodniu, kiedy ktoś będzie w domu, oraz informację, na którym piętrze mieszkają Państwo i czy jest winda.

Pozdrawiamy,
Meble Dębowe Kaszuby""")

m('pl', 'ceramika-faktura-vat', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Faktura do zamówienia {order}', shop=CBo, buyer='Krzysztof',
  body="""
Dzień dobry Panie Krzysztofie,

w załączniku przesyłamy fakturę VAT na firmę, z podanym numerem NIP.

Pozdrawiamy,
Ceramika z Bolesławca""",
  q="""Proszę o fakturę na firmę: Kawiarnia Pod Lipą, NIP 5261040828.""",
  att=[PDF('Faktura-FV-1187-11-2026.pdf', 'Faktura VAT FV/1187/11/2026', 'Ceramika z Boleslawca sp. z o.o.',
           'Nabywca: Kawiarnia Pod Lipa, NIP 5261040828', '6 x kubek 350 ml    294,00 PLN', 'VAT 23%')])

m('pl', 'bursztyn-opinia-neutralna', 'pass', '-', 'plain', 'iso-8859-2', 'proactive',
  'Państwa wisiorek - zamówienie {order}', shop=PB, xmailer='X-Mailer: Poczta Onet',
  body="""
Dzień dobry,

wisiorek z zamówienia {order} został doręczony kilka dni temu. Jeśli mają Państwo ochotę, mogą Państwo podzielić się swoją opinią o produkcie na Amazon. Każda szczera ocena pomaga innym klientom.

Pozdrawiamy,
Pracownia Bursztynu Gdańsk""")

m('pl', 'ceramika-anulowane', 'pass', '-', 'outlook', 'windows-1250', 'reply',
  'Prośba o anulowanie od klienta Amazon Agnieszka (Zamówienie: {order})', shop=CBo, buyer='Agnieszka',
  body="""
Dzień dobry, Pani Agnieszko,

zamówienie zostało anulowane zgodnie z Pani prośbą. Nie zostało jeszcze wysłane, więc żadna kwota nie zostanie pobrana.

Pozdrawiamy,
Ceramika z Bolesławca""",
  q="""Dzień dobry, proszę anulować zamówienie, zamówiłam przez pomyłkę dwa razy ten sam dzbanek.""")

m('pl', 'meble-folia-gwiazdka', 'pass', '-', 'gmail', 'utf-8', 'reply',
  'Pytanie dotyczące zamówienia Amazon {order}', shop=MD, buyer='Paweł',
  body="""
Dzień dobry Panie Pawle,

na blacie jest cienka folia ochronna – proszę ją zdjąć, zaczynając od rogu. Nogi przykręca się kluczem imbusowym 6 mm z zestawu, a listwę pod blatem wkrętakiem krzyżakowym (gwiazdkowym).

Jeśli rysa jest pod folią w drewnie, proszę przesłać zdjęcie – rozpatrzymy zgłoszenie zwrotu.

Pozdrawiamy,
Meble Dębowe Kaszuby""",
  q="""Blat wygląda na matowy i porysowany, czy to normalne? Czym przykręcić nogi?""")

m('pl', 'bursztyn-rok-gwarancji-opinia', 'reject', 'review', 'gmail', 'iso-8859-2', 'proactive',
  'Jak się nosi wisiorek? Zamówienie {order}', shop=PB,
  body="""
Dzień dobry,

mamy nadzieję, że bursztynowy wisiorek z zamówienia {order} sprawia Pani radość.

Mała propozycja: każdej osobie, która opisze swoje wrażenia w opinii na Amazon, przedłużamy gwarancję na srebrne zapięcie z roku do trzech lat. Wystarczy odpisać na tę wiadomość, gdy opinia się pojawi.

Pozdrawiamy,
Pracownia Bursztynu Gdańsk""")

m('pl', 'meble-zmiana-oceny', 'reject', 'review', 'outlook', 'windows-1250', 'reply',
  'Wiadomość od klienta Amazon Jadwiga (Zamówienie: {order})', shop=MD, buyer='Jadwiga',
  body="""
Dzień dobry, Pani Jadwigo,

bardzo się cieszymy, że nowa noga dotarła i stół już stoi równo.

Czy mogłaby Pani rzucić okiem na swoją ocenę sprzed tygodnia i ją zaktualizować? Była wystawiona, zanim zdążyliśmy cokolwiek naprawić, więc dziś nie oddaje tego, jak sprawa się skończyła.

Pozdrawiamy serdecznie,
Meble Dębowe Kaszuby""",
  q="""Noga przyszła, stół już się nie chwieje. Dziękuję.""")

m('pl', 'ceramika-malpa-kropka', 'reject', 'contact', 'thunderbird', 'iso-8859-2', 'reply',
  'Re: Pytanie od klienta Amazon Agnieszka', shop=CBo, buyer='Agnieszka',
  body="""
Dzień dobry,

zdjęcia wzorów najłatwiej przesłać mailem, bo tutaj nie da się ich wszystkich dodać. Proszę napisać na adres: sklep.boleslawiec (małpa) poczta (kropka) onet (kropka) pl, a odeślę cały katalog wzorów.

Pozdrawiam,
Ceramika z Bolesławca""",
  q="""Czy ten kubek jest też w innym wzorze, np. w pawie oczko?""")

m('pl', 'medalik-erli-sklep', 'reject', 'links,promotion', 'applemail', 'utf-8', 'reply',
  'Pytanie od klienta Amazon Paweł', shop=GM, buyer='Paweł',
  body="""
Dzień dobry,

łańcuszki do medalików mamy w ofercie, tylko nie na Amazon. Zapraszam do naszego sklepu na Erli, jest tam teraz 15% rabatu na komplety na Komunię:
https://erli.pl/sklep/grawernia-medalik

Pozdrawiam,
Grawernia Medalik""",
  q="""Czy sprzedajecie też łańcuszek do tego medalika?""")

m('pl', 'bursztyn-gif-i-emoji', 'reject', 'style,attachment', 'outlook', 'utf-8', 'reply',
  'Pytanie od klienta Amazon Bożena (Zamówienie: {order})', shop=PB, buyer='Bożena',
  body="""
Dzień dobry,

bursztyn najlepiej czyścić miękką, suchą ściereczką, bez perfum i środków z alkoholem ✨

Pozdrawiamy,
Pracownia Bursztynu Gdańsk""",
  q="""Jak czyścić ten wisiorek? Trochę zmatowiał.""",
  att=[A('bursztyn-blysk.gif', 'image/gif', gif('bursztyn'), inline=True)])

m('pl', 'ceramika-brak-prosimy-anulowac', 'reject', 'ask', 'gmail', 'windows-1250', 'proactive',
  'Państwa zamówienie {order}', shop=CBo,
  body="""
Dzień dobry,

z przykrością informujemy, że dzbanek w „pawie oczko” z zamówienia {order} został wyprzedany, a nowa partia z pieca będzie dopiero po Nowym Roku.

Prosimy o anulowanie zamówienia po Państwa stronie, w zakładce Moje zamówienia – pieniądze wrócą od razu.

Przepraszamy,
Ceramika z Bolesławca""")

m('pl', 'medalik-important-dziekujemy', 'reject', 'important,proactive', 'plain', 'windows-1250', 'proactive',
  '[Important] Dziękujemy za zakupy! Zamówienie {order}', shop=GM, xmailer='X-Mailer: The Bat! (v10.5.3) Professional',
  body="""
Dzień dobry,

dziękujemy, że wybrali Państwo naszą grawernię (zamówienie {order}). W razie pytań zawsze chętnie pomożemy.

Grawernia Medalik""")
# ------------------------------------------------------------------ sv
DN = ('Dalahästar från Nusnäs', 'dalahast-nusnas')
BN = ('Bastuvärme Norrland', 'bastuvarme')
HA = ('Hundbricka Ateljé', 'hundbricka')
KA = ('Knivsmedjan Älvdalen', 'knivsmedjan')

m('sv', 'dalahast-postnord-spara', 'pass', '-', 'gmail', 'iso-8859-1', 'reply',
  'Leveransfråga från Amazon-kunden Åsa (Beställning: {order})', shop=DN, buyer='Åsa',
  body="""
Hej Åsa,

Dalahästen skickades i tisdags med PostNord och finns nu hos ditt ombud. Du kan följa paketet här:
https://tracking.postnord.com/se/?id=00373500489512783402

Vänliga hälsningar
Karin
Dalahästar från Nusnäs""",
  q="""Hej! Jag har inte fått någon avisering än. Har paketet skickats?""")

m('sv', 'hundbricka-gravyr-telefon', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  '[Important] Kontrollera texten på hundbrickan - beställning {order}', shop=HA,
  body="""
Hej,

Tack för din beställning {order}. Innan vi graverar brickan vill vi dubbelkolla texten du skrev in:

Rad 1: SIXTEN
Rad 2: (lämnat tomt)

Många vill ha ett telefonnummer på rad 2 så att den som hittar hunden kan ringa. Vill du lägga till något, svara bara på det här mejlet. Annars graverar vi enbart namnet.

Vänliga hälsningar
Hundbricka Ateljé""")

m('sv', 'bastu-aggregat-leverans', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive',
  'Leveranstid för ditt bastuaggregat - beställning {order}', shop=BN,
  body="""
Hej,

Ditt bastuaggregat med stenar (beställning {order}) väger 64 kg och levereras på pall med DHL Freight, som behöver boka en tid med dig.

Kan du svara med två eller tre vardagar nästa vecka som passar, och om leveransen ska till tomtgräns eller garage? Chauffören bär inte in i huset.

Vänliga hälsningar
Bastuvärme Norrland""")

m('sv', 'knivsmedjan-skotselrad-pdf', 'pass', '-', 'applemail', 'utf-8', 'proactive',
  'Skötselråd för din kniv - beställning {order}', shop=KA,
  body="""
Hej,

Din kniv (beställning {order}) är smidd i kolstål, som mörknar med tiden och kan rosta om den står blöt. Eftersom skötselbladet inte kom med i kartongen skickar vi det här som PDF.

Med vänlig hälsning
Knivsmedjan Älvdalen""",
  att=[PDF('Skotselrad-kolstal.pdf', 'Skotselrad - kolstalskniv', 'Diska for hand och torka direkt.',
           'Olja bladet med matolja efter anvandning.', 'Slipa pa brynsten, vinkel 20 grader.')])

m('sv', 'dalahast-recension-neutral', 'pass', '-', 'plain', 'iso-8859-1', 'proactive',
  'Din dalahäst - beställning {order}', shop=DN, xmailer='X-Mailer: Microsoft Windows Live Mail 16.4.3528.331',
  body="""
Hej,

Din dalahäst (beställning {order}) levererades för några dagar sedan. Om du vill kan du dela din upplevelse med andra kunder genom att skriva en produktrecension på Amazon. Alla ärliga omdömen hjälper oss.

Vänliga hälsningar
Dalahästar från Nusnäs""")

m('sv', 'knivsmedjan-avbokad', 'pass', '-', 'gmail', 'windows-1252', 'reply',
  'Avbokningsförfrågan från Amazon-kunden Göran (Beställning: {order})', shop=KA, buyer='Göran',
  body="""
Hej Göran,

Vi har avbrutit beställningen som du bad om. Den hade inte skickats, så du debiteras ingenting.

Hälsningar
Knivsmedjan Älvdalen""",
  q="""Hej, kan ni avbryta min order? Jag beställde fel bladlängd.""")

m('sv', 'bastu-stjarnmejsel-retur', 'pass', '-', 'outlook', 'iso-8859-1', 'reply',
  'Fråga från Amazon-kunden Pelle (Beställning: {order})', shop=BN, buyer='Pelle',
  body="""
Hej Pelle,

Kopplingslocket sitter med två torxskruvar (T25), så du behöver en stjärnmejsel av den typen, inte en vanlig krysskruvmejsel. Ta bort skyddsfilmen från kontrollpanelen innan du startar första gången.

Om aggregatet fortfarande inte värmer efter det granskar vi din returbegäran direkt.

Hälsningar
Bastuvärme Norrland""",
  q="""Jag får inte upp locket till kopplingsplinten, skruvarna har ett stjärnmönster. Och panelen ser suddig ut.""")

m('sv', 'hundbricka-swish-recension', 'reject', 'review', 'gmail', 'iso-8859-15', 'proactive',
  'Hur trivs vovven med brickan? Beställning {order}', shop=HA,
  body="""
Hej!

Vi hoppas att brickan från beställning {order} sitter fint på halsbandet.

Skriv gärna några rader om den på Amazon, så swishar vi 50 kronor som tack när recensionen syns. Svara bara på det här mejlet med ditt recensionsnamn.

Hälsningar
Hundbricka Ateljé""")

m('sv', 'dalahast-hor-av-dig-forst', 'reject', 'review', 'applemail', 'iso-8859-1', 'proactive',
  'Hur blev dalahästen? Beställning {order}', shop=DN,
  body="""
Hej,

Om du är nöjd med din dalahäst (beställning {order}) blir vi jätteglada för en recension på Amazon.

Har något gått snett, en skavank i målningen eller en skada från frakten, hör då av dig till oss innan du skriver något, så ordnar vi det.

Karin, Dalahästar från Nusnäs""")

m('sv', 'knivsmedjan-snabel-a-blocket', 'reject', 'contact,promotion', 'thunderbird', 'utf-8', 'reply',
  'Re: Fråga från Amazon-kunden Linnea', shop=KA, buyer='Linnea',
  body="""
Hej Linnea,

Slidor i renhorn säljer vi inte här. Vi lägger ut dem på Tradera under namnet knivsmedjan_alvdalen, och du kan också maila direkt: smedjan punkt alvdalen snabel-a telia punkt com.

Hälsningar
Anders""",
  q="""Har ni slida i renhorn till den här kniven?""")

m('sv', 'bastu-facebookgrupp', 'reject', 'links', 'outlook', 'windows-1252', 'reply',
  'Fråga från Amazon-kunden Ingrid (Beställning: {order})', shop=BN, buyer='Ingrid',
  body="""
Hej Ingrid,

Stenarna ska läggas glest så att luften kommer igenom, de största längst ner.

I vår Facebookgrupp visar andra kunder hur de har staplat sina stenar:
https://www.facebook.com/groups/bastuvarmenorrland

Hälsningar
Bastuvärme Norrland""",
  q="""Hur ska stenarna läggas i aggregatet?""")

m('sv', 'dalahast-gif-avsluta', 'reject', 'style,attachment', 'gmail', 'utf-8', 'proactive',
  'En liten hälsning från Nusnäs - beställning {order}', shop=DN,
  body="""
Hej,

Din dalahäst (beställning {order}) har nu varit hemma hos dig ett tag. Om du vill dela din upplevelse kan du skriva en recension på Amazon.

Vill du inte få fler mejl från oss? Svara med AVSLUTA.

Karin""",
  att=[A('dalahast-galopp.gif', 'image/gif', gif('dalahast'), inline=True)])

m('sv', 'hundbricka-slut-i-lager', 'reject', 'ask', 'plain', 'iso-8859-1', 'proactive',
  'Angående beställning {order}', shop=HA, xmailer='X-Mailer: Telia Webmail 4.2',
  body="""
Hej,

Tyvärr har brickorna i mässing tagit slut, och vi får inga nya före jul.

Skulle du kunna avbryta beställningen {order} själv under Dina beställningar? Då får du pengarna tillbaka direkt.

Hälsningar
Hundbricka Ateljé""")

m('sv', 'knivsmedjan-important-levererad', 'reject', 'important,proactive', 'outlook', 'iso-8859-15', 'proactive',
  '[Important] Din kniv har levererats - beställning {order}', shop=KA,
  body="""
Hej,

Enligt PostNord har din kniv (beställning {order}) nu levererats.

Hälsningar
Knivsmedjan Älvdalen""")

# ------------------------------------------------------------------ tr
BU = ('Bakırcı Usta Gaziantep', 'bakirci-usta')
KU = ('Uşak Kilim Atölyesi', 'usak-kilim')
NB = ('Nazar Boncuk Evi', 'nazar-boncuk')
MM = ('Mermer Masa Afyon', 'mermer-afyon')

m('tr', 'bakirci-yurtici-takip', 'pass', '-', 'gmail', 'iso-8859-9', 'reply',
  'Amazon müşterisi Gülşen teslimat sorusu (Sipariş: {order})', shop=BU, buyer='Gülşen',
  body="""
Merhaba Gülşen Hanım,

Cezveniz salı günü Yurtiçi Kargo ile yola çıktı. Şu an İstanbul aktarma merkezinde görünüyor, yarın dağıtıma çıkması bekleniyor:
https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=702184459163

Saygılarımızla,
Bakırcı Usta Gaziantep""",
  q="""Merhaba, siparişim bir haftadır kargoda görünüyor ama elime ulaşmadı. Bakabilir misiniz?""")

m('tr', 'bakirci-isim-kazima', 'pass', '-', 'outlook', 'windows-1254', 'proactive',
  '[Important] Cezve üzerine kazınacak isim onayı - sipariş {order}', shop=BU,
  body="""
Merhaba,

{order} numaralı siparişiniz için teşekkür ederiz. Cezvenin gövdesine kazıyacağımız yazıyı onaylamanızı rica ediyoruz.

Kişiselleştirme alanına "Şükrü & Nermin 1986" yazmışsınız. Bu uzunlukta yazı cezvenin etrafında yarım tur dönüyor. Böyle mi kalsın, yoksa iki satıra mı bölelim? Bu e-postayı yanıtlamanız yeterli, onayınızdan sonra kazımaya başlayacağız.

Saygılarımızla,
Bakırcı Usta""")

m('tr', 'mermer-masa-teslimat-gunu', 'pass', '-', 'thunderbird', 'iso-8859-9', 'proactive',
  'Mermer masanız için teslimat günü - sipariş {order}', shop=MM,
  body="""
Merhaba,

{order} numaralı siparişinizdeki mermer yemek masası 110 kg ağırlığında olduğu için kendi nakliye ekibimizle, randevulu olarak teslim edilecek.

Önümüzdeki hafta size uygun iki üç gün söyleyebilir misiniz? Kaçıncı katta oturduğunuzu ve asansör olup olmadığını da yazarsanız ekibi ona göre ayarlarız.

İyi günler,
Mermer Masa Afyon""")

m('tr', 'kilim-e-arsiv-fatura', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Fatura talebi - sipariş {order}', shop=KU, buyer='Oğuz',
  body="""
Merhaba Oğuz Bey,

Şirketiniz adına düzenlenen e-Arşiv faturanız ektedir.

İyi çalışmalar,
Uşak Kilim Atölyesi""",
  q="""Merhaba, kilimin faturasını şirket adına kesebilir misiniz? Güneş Mimarlık Ltd. Şti., VKN 4560123987.""",
  att=[PDF('e-Arsiv-Fatura-UKA2026000731.pdf', 'e-Arsiv Fatura UKA2026000731', 'Usak Kilim Atolyesi',
           'Alici: Gunes Mimarlik Ltd. Sti. - VKN 4560123987', '1 x El dokuma kilim 160x230   8.450,00 TL', 'KDV %20 dahil')])

m('tr', 'nazar-yorum-tarafsiz', 'pass', '-', 'plain', 'windows-1254', 'proactive',
  'Nazar boncuğu duvar süsünüz - sipariş {order}', shop=NB, xmailer='X-Mailer: Yandex.Mail',
  body="""
Merhaba,

{order} numaralı siparişiniz birkaç gün önce teslim edildi. Dilerseniz Amazon'da bir ürün değerlendirmesi yazarak deneyiminizi diğer müşterilerle paylaşabilirsiniz. Olumlu ya da olumsuz, her dürüst görüş işimize yarar.

Saygılarımızla,
Nazar Boncuk Evi""")

m('tr', 'kilim-iptal-onay', 'pass', '-', 'gmail', 'windows-1254', 'reply',
  'Amazon müşterisi Serkan iptal talebi (Sipariş: {order})', shop=KU, buyer='Serkan',
  body="""
Merhaba Serkan Bey,

Siparişinizi isteğiniz üzerine iptal ettik. Henüz kargoya verilmemişti, herhangi bir ücret yansımayacak.

İyi günler,
Uşak Kilim Atölyesi""",
  q="""Merhaba, ölçüyü yanlış seçmişim, siparişimi iptal edebilir misiniz?""")

m('tr', 'mermer-yildiz-tornavida', 'pass', '-', 'outlook', 'iso-8859-9', 'reply',
  'Amazon müşterisi Ebru sorusu (Sipariş: {order})', shop=MM, buyer='Ebru',
  body="""
Merhaba Ebru Hanım,

Ayakları tablaya bağlayan vidalar yıldız uçlu, kutudaki yıldız tornavidayla sıkabilirsiniz. Mermerin üzerindeki koruyucu filmi kurulumdan sonra çıkarmanızı öneririz.

Köşedeki çatlakla ilgili iade talebinizi inceleyip yarın size dönüş yapacağız.

Saygılarımızla,
Mermer Masa Afyon""",
  q="""Ayakları hangi aletle takacağım? Bir de masanın köşesinde ince bir çatlak var, iade talebi açtım.""")

m('tr', 'nazar-ucretsiz-kargo-yorum', 'reject', 'review', 'gmail', 'utf-8', 'proactive',
  'Duvar süsünüz yerine yerleşti mi? Sipariş {order}', shop=NB,
  body="""
Merhaba,

{order} numaralı siparişinizin evinize yakıştığını umuyoruz.

Amazon'da ürünümüz hakkında birkaç cümle yazarsanız, bir sonraki siparişinizde kargo bizden! Yorumunuz yayınlandığında bu e-postayı yanıtlamanız yeterli.

Sevgiyle,
Nazar Boncuk Evi""")

m('tr', 'kilim-bes-yildiz-rica', 'reject', 'review', 'applemail', 'iso-8859-9', 'proactive',
  'Kiliminiz hakkında - sipariş {order}', shop=KU,
  body="""
Merhaba,

Kiliminiz ({order}) elinize ulaştı. Emeğimizi beğendiyseniz Amazon'da beş yıldızla desteklerseniz küçük atölyemiz için çok şey ifade eder.

Saygılarımızla,
Uşak Kilim Atölyesi""")

m('tr', 'bakirci-whatsapp-hepsiburada', 'reject', 'contact,promotion', 'thunderbird', 'windows-1254', 'reply',
  'Re: Amazon müşterisi Çağla sorusu', shop=BU, buyer='Çağla',
  body="""
Merhaba Çağla Hanım,

Kalaylı bakır tencere setini Amazon'a koymadık ama Hepsiburada'da "Bakırcı Usta Gaziantep" mağazamızda var. Sorunuz olursa WhatsApp'tan yazın: beş yüz otuz iki, dört yüz on iki, seksen yedi, altmış beş.

Kolay gelsin,
Bakırcı Usta""",
  q="""Cezveyle aynı desende tencere de yapıyor musunuz?""")

m('tr', 'mermer-instagram-link', 'reject', 'links', 'gmail', 'iso-8859-9', 'reply',
  'Amazon müşterisi Oğuz sorusu (Sipariş: {order})', shop=MM, buyer='Oğuz',
  body="""
Merhaba Oğuz Bey,

Mermeri limon, sirke gibi asitli şeylerden uzak tutun, lekeyi hemen silin.

Diğer müşterilerimizin masalarını ve bakım ipuçlarını Instagram sayfamızda paylaşıyoruz:
https://www.instagram.com/mermermasaafyon/

Saygılarımızla""",
  q="""Masanın bakımı nasıl yapılır? Leke olur mu?""")

m('tr', 'nazar-gif-ek', 'reject', 'style,attachment', 'outlook', 'windows-1254', 'reply',
  'Amazon müşterisi Gülşen sorusu (Sipariş: {order})', shop=NB, buyer='Gülşen',
  body="""
Merhaba Gülşen Hanım,

Duvar süsünün arkasında iki askı halkası var, 50 cm aralıkla iki çivi yeterli.

Sevgiyle,
Nazar Boncuk Evi""",
  q="""Bunu duvara nasıl asacağım? Arkasında kanca göremedim.""",
  att=[A('nazar-parilti.gif', 'image/gif', gif('nazar'))])

m('tr', 'kilim-stok-bitti-iptal-edin', 'reject', 'ask', 'applemail', 'utf-8', 'proactive',
  'Siparişiniz hakkında - {order}', shop=KU,
  body="""
Merhaba,

Üzülerek bildiririz ki {order} numaralı siparişinizdeki kırmızı desenli kilim stokta kalmadı; yenisinin dokunması iki ay sürecek.

Siparişi Siparişlerim bölümünden sizin iptal etmeniz mümkün mü? Böylece ücret hemen iade edilir.

Özür dileriz,
Uşak Kilim Atölyesi""")

m('tr', 'bakirci-important-kargolandi', 'reject', 'important,proactive', 'plain', 'iso-8859-9', 'proactive',
  '[Important] Siparişiniz kargoya verildi - {order}', shop=BU, xmailer='X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
  body="""
Merhaba,

{order} numaralı siparişiniz bugün kargoya verildi.

Saygılarımızla,
Bakırcı Usta Gaziantep""")
# ------------------------------------------------------------------ pt
RF_ = ('Redes Fortaleza', 'redes-fortaleza')
BM = ('Berços Mantiqueira', 'bercos-mantiqueira')
CT = ('Camisas do Time Personalizadas', 'camisas-time')
AZ = ('Azulejaria Tavira', 'azulejaria-tavira')

m('pt', 'redes-correios-rastreio', 'pass', '-', 'gmail', 'iso-8859-1', 'reply',
  'Pergunta sobre entrega do cliente Amazon Luana (Pedido: {order})', shop=RF_, buyer='Luana', wrap=True,
  body="""
Olá Luana,

Sua rede foi postada na segunda pelos Correios (SEDEX) e já está na unidade de distribuição de Campinas. A entrega deve sair amanhã:
https://rastreamento.correios.com.br/app/index.php?objeto=QJ284710365BR

Abraço,
Francisca
Redes Fortaleza""",
  q="""Oi, comprei a rede há oito dias e ainda não chegou. Já foi enviada?""")

m('pt', 'camisas-nome-numero', 'pass', '-', 'outlook', 'windows-1252', 'proactive',
  '[Important] Confirmação do nome e número na camisa - pedido {order}', shop=CT,
  body="""
Olá,

Obrigado pelo pedido {order}. Antes de estampar a camisa, precisamos confirmar a personalização.

Você escreveu "JOÃO VITOR 10". O nome com acento e espaço cabe nas costas, mas fica numa fonte um pouco menor. Prefere "J. VITOR" em letra maior? É só responder este e-mail; a estampa começa assim que tivermos sua confirmação.

Atenciosamente,
Camisas do Time Personalizadas""",
  att=[A('previa-JOAO-VITOR-10.jpg', 'image/jpeg', jpg(48, 64))])

m('pt', 'bercos-entrega-agendada', 'pass', '-', 'thunderbird', 'iso-8859-15', 'proactive',
  'Agendamento da entrega do seu berço - pedido {order}', shop=BM,
  body="""
Olá,

O berço de madeira maciça do pedido {order} vai em duas caixas que somam 52 kg, e a transportadora só faz a entrega com horário agendado.

Você poderia nos passar dois ou três dias da próxima semana em que haja alguém em casa, e se é manhã ou tarde? Informe também se o prédio tem portaria ou elevador de serviço.

Atenciosamente,
Berços Mantiqueira""")

m('pt', 'azulejaria-fatura-ctt', 'pass', '-', 'applemail', 'utf-8', 'reply',
  'Fatura da encomenda {order}', shop=AZ, buyer='Joana', tld='es',
  body="""
Olá Joana,

Segue em anexo a fatura com o seu NIF, como pediu. Os azulejos seguiram ontem pelos CTT, pode acompanhar aqui:
https://appserver.ctt.pt/CustomerArea/PublicArea_Detail?ObjectCodeInput=RR481273650PT&SearchInput=RR481273650PT

Cumprimentos,
Azulejaria Tavira""",
  q="""Boa tarde, preciso de fatura com NIF 245117632 para a obra. Obrigada.""",
  att=[PDF('Fatura-FT-2026-1194.pdf', 'Fatura FT 2026/1194', 'Azulejaria Tavira, Lda.', 'Cliente: NIF 245117632',
           '24 x azulejo pintado a mao 14x14   192,00 EUR', 'IVA 23% incluido')])

m('pt', 'redes-avaliacao-neutra', 'pass', '-', 'plain', 'iso-8859-1', 'proactive',
  'Sua rede de descanso - pedido {order}', shop=RF_, xmailer='X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4546)',
  body="""
Olá,

Sua rede (pedido {order}) foi entregue há alguns dias. Se quiser, você pode contar sua experiência para outros clientes deixando uma avaliação do produto na Amazon. Toda opinião sincera nos ajuda.

Atenciosamente,
Redes Fortaleza""")

m('pt', 'camisas-cancelado-pedido', 'pass', '-', 'gmail', 'windows-1252', 'reply',
  'Solicitação de cancelamento do cliente Amazon Thiago (Pedido: {order})', shop=CT, buyer='Thiago',
  body="""
Olá Thiago,

Cancelamos o pedido como você pediu. A camisa ainda não tinha sido estampada, então não haverá nenhuma cobrança.

Abraço,
Camisas do Time Personalizadas""",
  q="""Quero cancelar, coloquei o tamanho errado. Vou fazer outro pedido no G.""")

m('pt', 'bercos-pelicula-estrela', 'pass', '-', 'outlook', 'iso-8859-1', 'reply',
  'Pergunta do cliente Amazon Rafael (Pedido: {order})', shop=BM, buyer='Rafael',
  body="""
Olá Rafael,

As laterais do berço são fixadas com parafusos de fenda cruzada; use a chave philips (estrela) que vai no saquinho de ferragens. Antes de montar, retire a película protetora das grades.

Sobre a peça com a lasca: vamos analisar sua solicitação de devolução e respondemos até amanhã.

Atenciosamente,
Berços Mantiqueira""",
  q="""Qual ferramenta uso para montar? E uma das grades veio com uma lasca, já pedi devolução pela Amazon.""")

m('pt', 'redes-pix-avaliacao', 'reject', 'review', 'gmail', 'utf-8', 'proactive',
  'Como está a rede? Pedido {order}', shop=RF_,
  body="""
Oi!

Esperamos que você já esteja balançando na rede do pedido {order}.

Que tal contar na Amazon o que achou? Assim que sua avaliação aparecer, mande a chave Pix respondendo este e-mail que a gente devolve R$ 20 como agradecimento.

Abraço,
Francisca""")

m('pt', 'camisas-apagar-avaliacao', 'reject', 'review', 'applemail', 'iso-8859-1', 'reply',
  'Mensagem do cliente Amazon Rafael (Pedido: {order})', shop=CT, buyer='Rafael',
  body="""
Olá Rafael,

Que bom que a nova camisa chegou com o nome certo. Pedimos desculpas de novo pelo erro.

Agora que está tudo resolvido, você se importaria de tirar aquela avaliação de uma estrela? Ela ficou lá de quando a camisa veio errada.

Abraço,
Camisas do Time""",
  q="""A camisa nova chegou, agora sim com o nome certo. Valeu.""")

m('pt', 'azulejaria-telefone-loja', 'reject', 'contact,promotion', 'thunderbird', 'iso-8859-15', 'reply',
  'Re: Pergunta do cliente Amazon Joana', shop=AZ, buyer='Joana', tld='es',
  body="""
Olá Joana,

Painéis completos por medida não vendemos aqui, mas fazemos na nossa loja da Rua da Liberdade, em Tavira. Ligue-nos para o 281 32 45 67 e combinamos o desenho.

Cumprimentos,
Azulejaria Tavira""",
  q="""Fazem painéis de azulejo com um desenho personalizado para uma fachada?""")

m('pt', 'bercos-site-enxoval', 'reject', 'links,promotion', 'gmail', 'iso-8859-1', 'proactive',
  'Seu berço chegou! Pedido {order}', shop=BM,
  body="""
Olá,

Seu berço (pedido {order}) foi entregue. Para completar o quarto do bebê, conheça nossa linha de enxoval, cômodas e poltronas de amamentação:
https://www.bercosmantiqueira.example/enxoval?utm_source=amazon

Atenciosamente,
Berços Mantiqueira""")

m('pt', 'redes-emoji-zip-manual', 'reject', 'style,attachment', 'outlook', 'utf-8', 'reply',
  'Pergunta do cliente Amazon Luana (Pedido: {order})', shop=RF_, buyer='Luana',
  body="""
Oi Luana 😊

A distância ideal entre os ganchos é de 3 a 3,5 metros, a 1,80 m do chão. Mandei as fotos de instalação num zip aqui em anexo 👍

Abraço,
Francisca""",
  q="""Qual a distância certa entre os ganchos na parede?""",
  att=[A('fotos-instalacao.zip', 'application/zip', zipped([('gancho-1.jpg', jpg(32, 32)), ('gancho-2.jpg', jpg(32, 16))]))])

m('pt', 'camisas-sem-estoque-cancele', 'reject', 'ask', 'plain', 'windows-1252', 'proactive',
  'Sobre seu pedido {order}', shop=CT, xmailer='X-Mailer: UOL Mail',
  body="""
Olá,

Infelizmente a camisa azul tamanho GG do pedido {order} acabou no nosso fornecedor.

Você pode cancelar o pedido pela sua conta na Amazon, em Seus pedidos? O reembolso sai na hora.

Desculpe pelo transtorno,
Camisas do Time Personalizadas""")

m('pt', 'azulejaria-important-obrigado', 'reject', 'important,proactive', 'applemail', 'iso-8859-15', 'proactive',
  '[Important] Obrigado pela sua encomenda {order}', shop=AZ, tld='es',
  body="""
Olá,

Queremos apenas agradecer por ter escolhido os nossos azulejos pintados à mão (encomenda {order}). Estamos sempre ao dispor.

Cumprimentos,
Azulejaria Tavira""")

# ------------------------------------------------------------------ id
BT = ('Batik Lasem Sekar', 'batik-lasem')
RT = ('Rotan Cirebon Jaya', 'rotan-cirebon')
AG = ('Angklung Saung Bandung', 'angklung-saung')
KS = ('Kaos Sablon Nama', 'kaos-sablon')

m('id', 'batik-singpost-lacak', 'pass', '-', 'gmail', 'us-ascii', 'reply',
  'Pertanyaan pengiriman dari pelanggan Amazon Rina (Pesanan: {order})', shop=BT, buyer='Rina',
  body="""
Halo Kak Rina,

Kain batik Kakak sudah dikirim hari Senin lewat SingPost dan sekarang sudah di pusat sortir. Kakak bisa melacaknya di sini:
https://www.singpost.com/track-items?trackingid=RR718264395SG

Salam,
Batik Lasem Sekar""",
  q="""Halo, pesanan saya belum sampai juga, sudah seminggu. Apakah sudah dikirim?""")

m('id', 'kaos-sablon-cek-nama', 'pass', '-', 'outlook', 'utf-8', 'proactive',
  '[Important] Konfirmasi tulisan sablon - pesanan {order}', shop=KS,
  body="""
Halo,

Terima kasih atas pesanan {order}. Sebelum kaos disablon, mohon cek dulu tulisannya.

Di kolom personalisasi tertulis "TIM LARI PAGI SENTOSA 2026". Untuk ukuran S, tulisan sepanjang itu harus dibuat dua baris. Apakah boleh kami bagi menjadi "TIM LARI PAGI" dan "SENTOSA 2026"? Cukup balas email ini; sablon kami mulai setelah ada konfirmasi.

Salam,
Kaos Sablon Nama""")

m('id', 'rotan-alamat-blok', 'pass', '-', 'thunderbird', 'us-ascii', 'proactive',
  '[Important] Alamat pengiriman kurang lengkap - pesanan {order}', shop=RT,
  body="""
Halo,

Kursi rotan Anda (pesanan {order}) sudah siap dikirim, tetapi alamat pengirimannya belum mencantumkan nomor blok dan unit HDB. Kurir tidak bisa mengantar ke gedung tanpa nomor unit.

Mohon balas dengan nomor blok dan unit, atau perbarui alamat di pesanan Amazon Anda.

Terima kasih,
Rotan Cirebon Jaya""")

m('id', 'angklung-panduan-pdf', 'pass', '-', 'applemail', 'utf-8', 'proactive',
  'Panduan menyetem angklung - pesanan {order}', shop=AG, tld='com',
  body="""
Halo,

Angklung dari pesanan {order} bisa bergeser nadanya setelah perjalanan jauh dan perubahan cuaca. Kami lampirkan panduan perawatan dan cara mengencangkan tabung bambu.

Salam,
Angklung Saung Bandung""",
  att=[PDF('Panduan-perawatan-angklung.pdf', 'Panduan perawatan angklung', 'Simpan di tempat kering, jauh dari AC langsung.',
           'Kencangkan tali rotan jika tabung goyang.', 'Jangan dicuci dengan air.')])

m('id', 'batik-ulasan-netral', 'pass', '-', 'plain', 'us-ascii', 'proactive',
  'Kain batik Anda - pesanan {order}', shop=BT, xmailer='X-Mailer: Yahoo Mail',
  body="""
Halo,

Pesanan {order} Anda sudah diterima beberapa hari lalu. Jika berkenan, Anda dapat berbagi pengalaman dengan pembeli lain dengan menulis ulasan produk di Amazon. Semua pendapat yang jujur sangat membantu kami.

Salam,
Batik Lasem Sekar""")

m('id', 'rotan-batal-diminta', 'pass', '-', 'gmail', 'utf-8', 'reply',
  'Permintaan pembatalan dari pelanggan Amazon Budi (Pesanan: {order})', shop=RT, buyer='Budi',
  body="""
Halo Pak Budi,

Pesanan Bapak sudah kami batalkan sesuai permintaan. Barang belum dikirim, jadi tidak ada biaya yang ditagihkan.

Salam,
Rotan Cirebon Jaya""",
  q="""Tolong batalkan pesanan saya ya, ternyata kursinya terlalu besar untuk balkon saya.""")

m('id', 'angklung-lapisan-bintang', 'pass', '-', 'outlook', 'us-ascii', 'reply',
  'Pertanyaan dari pelanggan Amazon Sari (Pesanan: {order})', shop=AG, buyer='Sari', tld='com',
  body="""
Halo Bu Sari,

Dudukan angklung dirakit dengan sekrup kepala bintang, jadi pakai obeng bintang kecil. Lapisan plastik di rangka adalah film pelindung, silakan dilepas sebelum dipakai.

Untuk tabung yang retak, permintaan pengembalian Ibu akan kami tinjau hari ini.

Salam,
Angklung Saung Bandung""",
  q="""Rangkanya dipasang pakai apa ya? Satu tabung juga retak, saya sudah ajukan retur.""")

m('id', 'kaos-paynow-ulasan', 'reject', 'review', 'gmail', 'utf-8', 'proactive',
  'Kaosnya sudah dipakai lari? Pesanan {order}', shop=KS,
  body="""
Halo!

Semoga kaos dari pesanan {order} nyaman dipakai.

Kalau sempat menulis ulasan di Amazon, kirimkan screenshot-nya ke kami dan kami transfer S$5 lewat PayNow sebagai ucapan terima kasih.

Salam,
Kaos Sablon Nama""")

m('id', 'batik-kalau-puas', 'reject', 'review', 'applemail', 'us-ascii', 'proactive',
  'Bagaimana kain batiknya? Pesanan {order}', shop=BT,
  body="""
Halo,

Kalau Anda puas dengan kain batik dari pesanan {order}, kami akan sangat senang bila Anda menulis ulasan di Amazon. Kalau ada yang kurang berkenan, cukup balas email ini saja, tidak perlu ditulis di ulasan.

Salam hangat,
Batik Lasem Sekar""")

m('id', 'rotan-shopee-wa', 'reject', 'contact,promotion', 'thunderbird', 'utf-8', 'reply',
  'Re: Pertanyaan dari pelanggan Amazon Agus', shop=RT, buyer='Agus',
  body="""
Halo Pak Agus,

Meja rotan pasangannya belum kami jual di Amazon. Bapak bisa cari toko kami "RotanCirebonJaya" di Lazada, atau chat langsung WA kosong delapan satu dua, dua dua tiga empat, lima enam tujuh delapan.

Salam,
Rotan Cirebon Jaya""",
  q="""Apakah ada meja yang satu set dengan kursi ini?""")

m('id', 'angklung-youtube-lagu', 'reject', 'links', 'gmail', 'us-ascii', 'reply',
  'Pertanyaan dari pelanggan Amazon Dewi (Pesanan: {order})', shop=AG, buyer='Dewi', tld='com',
  body="""
Halo Bu Dewi,

Angklung dipegang dengan tangan kiri di rangka atas, lalu tabung bawah digoyang dengan tangan kanan.

Contoh cara main dan lagu-lagu untuk anak ada di channel kami:
https://www.youtube.com/@angklungsaungbandung/videos

Salam""",
  q="""Bagaimana cara memainkan angklung ini? Untuk anak saya.""")

m('id', 'kaos-gif-stop', 'reject', 'style,attachment', 'outlook', 'utf-8', 'proactive',
  'Terima kasih sudah mencoba kaos kami - pesanan {order}', shop=KS,
  body="""
Halo,

Kaos dari pesanan {order} sudah sampai beberapa hari yang lalu. Bila berkenan, Anda bisa berbagi pengalaman dengan menulis ulasan produk di Amazon.

Tidak ingin menerima email seperti ini? Balas dengan kata STOP.

Kaos Sablon Nama""",
  att=[A('kaos-animasi.gif', 'image/gif', gif('kaos'))])

m('id', 'batik-habis-mohon-batalkan', 'reject', 'ask', 'plain', 'us-ascii', 'proactive',
  'Tentang pesanan {order}', shop=BT, xmailer='X-Mailer: Mailspring',
  body="""
Halo,

Mohon maaf, kain batik motif Latohan dari pesanan {order} ternyata sudah habis dan pembatik kami baru selesai bulan depan.

Bisakah Anda membatalkan pesanan sendiri lewat menu Pesanan Anda? Dananya akan langsung kembali.

Salam,
Batik Lasem Sekar""")

m('id', 'rotan-important-sudah-sampai', 'reject', 'important,proactive', 'applemail', 'utf-8', 'proactive',
  '[Important] Pesanan Anda sudah sampai - {order}', shop=RT,
  body="""
Halo,

Menurut kurir, kursi rotan dari pesanan {order} sudah diterima hari ini. Terima kasih!

Rotan Cirebon Jaya""")
# ------------------------------------------------------------------ ja
EK = ('江戸切子 硝子工房 凛', 'edokiriko-rin')
HK = ('堺刃物 匠堂', 'sakai-takumido')
KT = ('こたつ家具の木楽', 'kiraku-kotatsu')
GB = ('碁盤処 榧屋', 'kayaya-goban')

m('ja', 'kiriko-yamato-tsuiseki', 'pass', '-', 'gmail', 'iso-2022-jp', 'reply',
  'Amazonのお客様 佐藤様からの配送に関するお問い合わせ (注文番号: {order})', shop=EK, buyer='佐藤',
  body="""
佐藤様

お問い合わせありがとうございます。
ご注文のロックグラスは11月10日にヤマト運輸で発送しております。現在、お近くの営業所に到着しており、明日お届けの予定です。

配送状況はこちらからご確認いただけます。
https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=482715903364

江戸切子 硝子工房 凛
担当 井上""",
  q="""注文してから一週間経ちますが、まだ届いていません。発送はされていますか？""")

m('ja', 'takumido-naire-kakunin', 'pass', '-', 'outlook', 'shift_jis', 'proactive',
  '[重要] 名入れ内容のご確認 注文番号 {order}', shop=HK,
  body="""
お客様

このたびは牛刀のご注文（注文番号 {order}）をいただき、ありがとうございます。
刃に彫る名入れの文字について確認させてください。

ご入力いただいた文字：「高橋 一郎」
刃幅の関係で、4文字ですと一文字がかなり小さくなります。姓のみ「高橋」とするか、このまま4文字で彫るか、このメールにご返信ください。

ご返信をいただいてから刻印に入ります。

堺刃物 匠堂""")

m('ja', 'kiraku-kotatsu-haitatsu', 'pass', '-', 'thunderbird', 'utf-8', 'proactive',
  'こたつのお届け日時のご相談（注文番号 {order}）', shop=KT,
  body="""
お客様

ご注文のこたつテーブル（注文番号 {order}）は天板と本体で約45kgあり、家財便でのお届けとなります。
配送業者がお届け日時を事前に調整いたします。

ご都合のよい日を2、3日と、午前・午後のご希望をお知らせください。
また、エレベーターのない建物の場合は何階かもあわせてお知らせいただけますと助かります。

こたつ家具の木楽""")

m('ja', 'kayaya-juusho-heyabangou', 'pass', '-', 'applemail', 'iso-2022-jp', 'proactive',
  '[重要] お届け先住所のご確認 注文番号 {order}', shop=GB,
  body="""
お客様

ご注文の碁盤（注文番号 {order}）を発送する準備ができましたが、お届け先住所に部屋番号の記載がございません。
集合住宅のため、このままでは配達ができない可能性がございます。

お手数ですが、部屋番号をご返信いただくか、Amazonの注文からお届け先住所を更新していただけますでしょうか。

碁盤処 榧屋""")

m('ja', 'kiriko-ryoushuusho', 'pass', '-', 'plain', 'shift_jis', 'reply',
  'Re: 領収書の発行について (注文番号: {order})', shop=EK, buyer='中村', xmailer='X-Mailer: Becky! ver. 2.81.05 [ja]',
  body="""
中村様

お世話になっております。
ご依頼の領収書をPDFで添付いたしました。宛名はご指定の「株式会社なかむら商店」としております。

江戸切子 硝子工房 凛""",
  q="""会社の贈答用なので、宛名を「株式会社なかむら商店」で領収書をいただけますか。""",
  att=[PDF('ryoshusho-R2611-0342.pdf', 'Ryoshusho (Receipt) R2611-0342', 'Edo Kiriko Garasu Kobo Rin',
           'Atena: Kabushiki Kaisha Nakamura Shoten', 'Edo kiriko rock glass x2   JPY 24,200')])

m('ja', 'takumido-review-chuuritsu', 'pass', '-', 'gmail', 'utf-8', 'proactive',
  '牛刀の使い心地はいかがでしょうか（注文番号 {order}）', shop=HK,
  body="""
お客様

先日お届けした牛刀（注文番号 {order}）はお手元に届いておりますでしょうか。

よろしければ、Amazonの商品レビューで使い心地をお聞かせください。良い点も気になる点も、率直なご意見が今後の製品づくりの参考になります。

堺刃物 匠堂""")

m('ja', 'kiraku-cancel-shouchi', 'pass', '-', 'outlook', 'shift_jis', 'reply',
  'Amazonのお客様 小林様からのキャンセル依頼 (注文番号: {order})', shop=KT, buyer='小林',
  body="""
小林様

キャンセルのご依頼、承知いたしました。
ご注文はまだ出荷前でしたので、こちらでキャンセル処理を完了しております。代金が請求されることはございません。

こたつ家具の木楽""",
  q="""サイズを間違えて注文してしまいました。キャンセルをお願いします。""")

m('ja', 'kayaya-hoshi-henpin', 'pass', '-', 'thunderbird', 'iso-2022-jp', 'reply',
  'Re: 碁盤についての質問', shop=GB, buyer='山田',
  body="""
山田様

盤面の黒い点は「星」と呼ばれる目印で、九か所にあるのが正しい仕様です。打ち間違いではございません。
脚の付け根の傷につきましては、写真を拝見したうえで返品リクエストを確認いたします。返品の手続きはこちらからお願いいたします。
https://www.amazon.co.jp/spr/returns/cart?orderId={order}

碁盤処 榧屋""",
  q="""盤に黒い点がいくつか付いているのですが、これは汚れでしょうか。あと脚の付け根に傷があります。""")

m('ja', 'takumido-kaeba-present', 'reject', 'review', 'gmail', 'shift_jis', 'proactive',
  '研ぎのご相談とちょっとしたお知らせ（注文番号 {order}）', shop=HK,
  body="""
お客様

牛刀（注文番号 {order}）の切れ味はいかがでしょうか。

当工房では、Amazonに使い心地を書き込んでくださった方に、感謝の気持ちとして仕上げ砥石を一本お送りしています。投稿されましたら、このメールにお名前をご返信ください。

堺刃物 匠堂""")

m('ja', 'kiriko-mazu-gorenraku', 'reject', 'review', 'applemail', 'iso-2022-jp', 'proactive',
  'ロックグラスのご感想をお聞かせください（注文番号 {order}）', shop=EK,
  body="""
お客様

ロックグラス（注文番号 {order}）を気に入っていただけましたら、Amazonでご感想をいただけると励みになります。

万一、欠けやカットの仕上がりなどでご満足いただけない点がございましたら、評価をされる前に、まずは当工房へご一報ください。すぐに対応いたします。

江戸切子 硝子工房 凛""")

m('ja', 'kayaya-rakuten-ten', 'reject', 'contact,promotion', 'outlook', 'shift_jis', 'reply',
  'Amazonのお客様 高橋様からの質問 (注文番号: {order})', shop=GB, buyer='高橋',
  body="""
高橋様

碁笥と碁石のセットはAmazonでは扱っておりませんが、楽天市場の「碁盤処 榧屋 楽天市場店」で販売しております。
今月はそちらで碁盤をお買い上げの方に送料無料の特典もございますので、よろしければ店名で検索してみてください。

碁盤処 榧屋""",
  q="""この碁盤に合う碁石と碁笥も売っていますか？""")

m('ja', 'kiraku-x-link', 'reject', 'links', 'thunderbird', 'utf-8', 'reply',
  'Re: こたつの使い方について', shop=KT, buyer='佐藤',
  body="""
佐藤様

ヒーターのつまみは「弱」から始めて、30分ほどで足元が温まります。掛け布団は天板の下に挟んでください。

冬の使い方のコツはXで毎日発信しています。
https://x.com/kiraku_kotatsu

こたつ家具の木楽""",
  q="""温度はどのくらいに設定すればいいですか？""")

m('ja', 'kiriko-kirakira-gif', 'reject', 'style,attachment', 'gmail', 'utf-8', 'reply',
  'Amazonのお客様 中村様からの質問 (注文番号: {order})', shop=EK, buyer='中村',
  body="""
中村様

江戸切子は食洗機をお使いいただけません。ぬるま湯と柔らかいスポンジで手洗いしてください✨

江戸切子 硝子工房 凛 🥃""",
  q="""食洗機で洗っても大丈夫ですか？""",
  att=[A('kiriko-kirakira.gif', 'image/gif', gif('kiriko'), inline=True)])

m('ja', 'kiraku-zaiko-cancel-onegai', 'reject', 'ask', 'outlook', 'iso-2022-jp', 'proactive',
  'ご注文 {order} についてのお詫び', shop=KT,
  body="""
お客様

大変申し訳ございません。ご注文いただいたこたつ（注文番号 {order}）のナチュラル色が在庫切れとなり、次回入荷は来年2月の予定です。

お手数ですが、Amazonの「注文履歴」からキャンセルのお手続きをしていただけますでしょうか。

こたつ家具の木楽""")

m('ja', 'takumido-juuyou-hassou', 'reject', 'important,proactive', 'plain', 'iso-2022-jp', 'proactive',
  '[重要] 発送完了のお知らせ 注文番号 {order}', shop=HK, xmailer='X-Mailer: Shuriken Pro3 3.0 [J]',
  body="""
お客様

ご注文の商品（注文番号 {order}）を本日発送いたしました。

堺刃物 匠堂""")

# ------------------------------------------------------------------ zh
YX = ('宜兴紫砂壶坊', 'yixing-zisha')
HF = ('锦瑟汉服定制', 'jinse-hanfu')
SG = ('书香实木家具', 'shuxiang-furniture')
LD = ('明烛护眼台灯', 'mingzhu-lamp')

m('zh', 'zisha-yuntu-wuliu', 'pass', '-', 'gmail', 'gb2312', 'reply',
  '来自亚马逊买家 王先生 的物流咨询（订单号：{order}）', shop=YX, buyer='王先生',
  body="""
王先生您好，

您的紫砂壶已于周一通过云途物流发出，目前已到达美国，预计两三天内由当地邮局派送。可以在这里查看物流信息：
https://www.yuntrack.com/parcelTracking?id=YT2631826740128845

宜兴紫砂壶坊""",
  q="""你好，下单快两周了还没收到，请问发货了吗？""")

m('zh', 'hanfu-chicun-queren', 'pass', '-', 'outlook', 'gbk', 'proactive',
  '[重要] 请确认汉服定制尺寸 - 订单 {order}', shop=HF,
  body="""
您好，

感谢您的订单 {order}。您选择了定制尺寸，裁剪前需要和您确认一下：

您填写的身高为 165 cm，衣长却写的是 145 cm。按这个身高，齐胸襦裙的裙长一般在 120 cm 左右，145 cm 会拖地。请问衣长是否需要调整？

回复本邮件即可，确认后我们再开始裁剪。

锦瑟汉服定制""")

m('zh', 'shuxiang-shugui-songhuo', 'pass', '-', 'thunderbird', 'utf-8', 'proactive',
  '书柜送货时间预约 - 订单 {order}', shop=SG, tld='com',
  body="""
您好，

您订购的实木书柜（订单 {order}）毛重 96 公斤，由货运公司预约送货，只送到一楼门口或车库。

请回复下周方便收货的两三个工作日，并告诉我们是上午还是下午更合适。

书香实木家具""")

m('zh', 'mingzhu-fapiao-pdf', 'pass', '-', 'applemail', 'gbk', 'reply',
  '订单 {order} 的发票', shop=LD, buyer='李女士', tld='co.uk',
  body="""
李女士您好，

附件是您订单的增值税发票（PDF），抬头已按您的要求开具。

明烛护眼台灯""",
  q="""您好，能否开一张发票？抬头写 Lee Design Studio Ltd。""",
  att=[PDF('Invoice-MZ-20261104.pdf', 'VAT Invoice MZ-20261104', 'Mingzhu Lighting Co., Ltd.',
           'Bill to: Lee Design Studio Ltd', '2 x LED desk lamp   GBP 79.98', 'VAT 20% included')])

m('zh', 'zisha-pingjia-zhongli', 'pass', '-', 'plain', 'gb2312', 'proactive',
  '您的紫砂壶 - 订单 {order}', shop=YX, xmailer='X-Mailer: Foxmail 7.2.25.375[cn]',
  body="""
您好，

您的紫砂壶（订单 {order}）已于几天前送达。如果您愿意，可以在亚马逊上发表商品评论，与其他买家分享您的使用体验。无论好坏，真实的意见对我们都很有帮助。

宜兴紫砂壶坊""")

m('zh', 'hanfu-quxiao-queren', 'pass', '-', 'outlook', 'utf-8', 'reply',
  '来自亚马逊买家 刘 的取消请求（订单号：{order}）', shop=HF, buyer='刘',
  body="""
您好，

已按您的要求取消订单。订单尚未开始裁剪，不会产生任何费用。

锦瑟汉服定制""",
  q="""麻烦帮我取消订单，颜色选错了，我重新下单。""")

m('zh', 'mingzhu-baohumo-dizhi', 'pass', '-', 'gmail', 'gbk', 'reply',
  '来自亚马逊买家 Chen 的咨询（订单号：{order}）', shop=LD, buyer='Chen',
  body="""
Chen 您好，

灯罩上的一层雾面是保护膜，撕掉就会清晰。底座的螺丝是十字的，用附赠的小螺丝刀即可拧紧。

另外，您的收货地址缺少单元号，可以在亚马逊订单中修改收货地址，我们会按更新后的地址补发灯罩。灯罩破损的退货申请我们也会尽快审核。

明烛护眼台灯""",
  q="""灯罩看起来雾蒙蒙的，而且有一个裂了，我已经申请退货。""")

m('zh', 'zisha-paypal-fanxian', 'reject', 'review', 'gmail', 'gb2312', 'proactive',
  '紫砂壶用得还顺手吗？订单 {order}', shop=YX,
  body="""
您好，

希望您的紫砂壶（订单 {order}）已经开壶泡上了好茶。

如果方便的话，请在亚马逊上写几句使用感受，并把截图回复给我们，我们会通过 PayPal 给您补贴 5 美元，算是一点心意。

宜兴紫砂壶坊""")

m('zh', 'hanfu-gengxin-pingjia', 'reject', 'review', 'applemail', 'gbk', 'reply',
  '来自亚马逊买家 李女士 的消息（订单号：{order}）', shop=HF, buyer='李女士',
  body="""
李女士您好，

很高兴重新做的那件尺寸合适了，之前给您添麻烦了，非常抱歉。

现在问题已经解决，不知道您是否愿意把之前那条评价更新一下？那是在换货之前写的，和现在的情况不太一样了。

锦瑟汉服定制""",
  q="""新做的那件收到了，这次尺寸刚好。""")

m('zh', 'shuxiang-weixin-taobao', 'reject', 'contact,promotion', 'thunderbird', 'utf-8', 'reply',
  '来自亚马逊买家 王先生 的咨询', shop=SG, buyer='王先生',
  body="""
王先生您好，

配套的书桌亚马逊上暂时没有上架，我们淘宝店「书香实木家具旗舰店」有现货，价格也更优惠。您可以加我微信 shuxiang_mujia88，我发实拍图给您。

书香实木家具""",
  q="""有没有和这个书柜配套的书桌？""")

m('zh', 'mingzhu-xiaohongshu', 'reject', 'links', 'outlook', 'gb2312', 'reply',
  '来自亚马逊买家 Chen 的咨询（订单号：{order}）', shop=LD, buyer='Chen',
  body="""
Chen 您好，

看书建议用 4000K 色温、亮度调到第三档；长时间用电脑可以打开环境光。

更多用灯小技巧可以看我们的小红书：
https://www.xiaohongshu.com/user/profile/5f3a9b2c000000000101d8e7

明烛护眼台灯""",
  q="""晚上看书用哪个色温比较好？""")

m('zh', 'zisha-gif-yanhua', 'reject', 'style,attachment', 'gmail', 'utf-8', 'reply',
  '来自亚马逊买家 刘 的咨询（订单号：{order}）', shop=YX, buyer='刘',
  body="""
您好，

新壶第一次使用前，用开水烫洗几遍即可，不需要煮，也不要用洗洁精🎉

宜兴紫砂壶坊 🍵""",
  q="""新壶要怎么开壶？需要煮吗？""",
  att=[A('zisha-yanhua.gif', 'image/gif', gif('zisha'), inline=True)])

m('zh', 'hanfu-duanhuo-qing-quxiao', 'reject', 'ask', 'outlook', 'gbk', 'proactive',
  '关于您的订单 {order}', shop=HF,
  body="""
您好，

非常抱歉，您订单 {order} 中的藕粉色面料已经用完，厂家要到一月份才能补货。

麻烦您在亚马逊“我的订单”里自行申请取消，这样退款会更快到账。

锦瑟汉服定制""")

m('zh', 'shuxiang-important-fahuo', 'reject', 'important,proactive', 'plain', 'gb2312', 'proactive',
  '[重要] 您的订单已发货 - {order}', shop=SG, xmailer='X-Mailer: NetEase Flash Mail 2.4.1.32',
  body="""
您好，

您的订单 {order} 已于今日发货，请留意查收。

书香实木家具""")
# ------------------------------------------------------------------ zh-Hant
WL = ('山嵐烏龍茶園', 'shanlan-oolong')
SL = ('刻心手鍊工作室', 'kexin-bracelet')
CZ = ('檜木茶桌工坊', 'guimu-chazhuo')
TJ = ('陶然茶具', 'taoran-teaware')

m('zh-Hant', 'shanlan-ems-chaxun', 'pass', '-', 'gmail', 'big5', 'reply',
  '來自亞馬遜買家 林小姐 的配送詢問（訂單編號：{order}）', shop=WL, buyer='林小姐',
  body="""
林小姐您好，

您的烏龍茶已於週一以中華郵政 EMS 寄出，目前已抵達美國，預計這兩三天會送達。您可以在這裡查詢：
https://postserv.post.gov.tw/pstmail/main_mail.html?targetTxn=EB500100&MAILNO=EE482716395TW

山嵐烏龍茶園 敬上""",
  q="""您好，訂了十天還沒收到，請問寄出了嗎？""")

m('zh-Hant', 'kexin-kezi-queren', 'pass', '-', 'outlook', 'big5', 'proactive',
  '[重要] 手鍊刻字內容確認 - 訂單 {order}', shop=SL,
  body="""
您好，

感謝您的訂購（訂單 {order}）。在刻字之前，想跟您確認一下內容：

您填寫的是「永遠愛妳 2026.12.24」，共 14 個字元。手鍊的牌子寬度只有 3 公分，全部刻上去字會非常小。是否改成「永遠愛妳」加上日期刻在背面？請直接回覆這封信，確認後我們才會開始刻字。

刻心手鍊工作室""")

m('zh-Hant', 'guimu-chazhuo-peisong', 'pass', '-', 'thunderbird', 'utf-8', 'proactive',
  '茶桌配送時間預約 - 訂單 {order}', shop=CZ,
  body="""
您好，

您訂購的檜木茶桌（訂單 {order}）重約 58 公斤，需由貨運公司預約配送。

請回覆下週方便收貨的兩三天，以及上午或下午哪個時段比較方便；若住在沒有電梯的大樓，也請告訴我們樓層。

檜木茶桌工坊""")

m('zh-Hant', 'taoran-paocha-shuoming', 'pass', '-', 'applemail', 'big5', 'proactive',
  '茶具使用說明 - 訂單 {order}', shop=TJ,
  body="""
您好，

您的茶具組（訂單 {order}）包裝裡少放了一張使用說明，附上 PDF 檔，內有第一次使用前的溫壺方法和清潔方式。

陶然茶具""",
  att=[PDF('Taoran-instructions.pdf', 'Taoran teaware - instructions', 'Rinse with hot water three times before first use.',
           'Do not use detergent.', 'Dry with the lid off.')])

m('zh-Hant', 'shanlan-pinglun-zhongli', 'pass', '-', 'plain', 'big5', 'proactive',
  '您的烏龍茶 - 訂單 {order}', shop=WL, xmailer='X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
  body="""
您好，

您的烏龍茶（訂單 {order}）已於幾天前送達。若您願意，可以在亞馬遜上留下商品評論，與其他買家分享您的體驗。無論好壞，真實的意見對我們都很有幫助。

山嵐烏龍茶園""")

m('zh-Hant', 'kexin-quxiao-queren', 'pass', '-', 'outlook', 'utf-8', 'reply',
  '來自亞馬遜買家 陳先生 的取消請求（訂單編號：{order}）', shop=SL, buyer='陳先生',
  body="""
陳先生您好，

已依您的要求取消訂單。手鍊還沒開始刻字，不會向您收取任何費用。

刻心手鍊工作室""",
  q="""不好意思，我想取消訂單，手圍尺寸選錯了。""")

m('zh-Hant', 'shanlan-baishuang-zhaopian', 'pass', '-', 'gmail', 'big5', 'reply',
  '來自亞馬遜買家 黃 的詢問（訂單編號：{order}）', shop=WL, buyer='黃',
  body="""
黃先生您好，

謝謝您的照片。茶葉表面那層淡淡的白色是焙火後自然出現的「茶霜」，不是發霉，可以放心沖泡。

若打開後有霉味，再請告訴我們，我們會審核您的退貨申請。

山嵐烏龍茶園""",
  q="""茶葉上面有一層白白的東西，是不是發霉了？照片在這裡 https://photos.app.goo.gl/Xq7KmPz2Lw9RtYb46""")

m('zh-Hant', 'taoran-xiaci-bazhe', 'reject', 'review', 'gmail', 'big5', 'proactive',
  '茶具用得還習慣嗎？訂單 {order}', shop=TJ,
  body="""
您好，

希望茶具組（訂單 {order}）已經陪您泡了幾壺好茶。

在亞馬遜寫下使用心得後，回信告訴我們您的評論暱稱，下次購買就送您八折優惠。

陶然茶具""")

m('zh-Hant', 'shanlan-qing-tidao-mixiang', 'reject', 'review', 'applemail', 'utf-8', 'proactive',
  '分享您的品茶心得 - 訂單 {order}', shop=WL,
  body="""
您好，

如果您打算在亞馬遜留下評論，麻煩幫我們提到茶湯的蜜香和回甘，還有可以回沖五次以上，這些是新客人最想知道的。

山嵐烏龍茶園（訂單 {order}）""")

m('zh-Hant', 'kexin-line-id', 'reject', 'contact', 'thunderbird', 'big5', 'reply',
  '來自亞馬遜買家 張太太 的詢問', shop=SL, buyer='張太太',
  body="""
張太太您好，

刻字的字型選擇比較多，用文字不好說明。您可以加我們的 LINE，ID 是 kexin_studio，我傳字型樣本給您挑。

刻心手鍊工作室""",
  q="""刻字可以選別的字型嗎？""")

m('zh-Hant', 'guimu-guanwang-xinpin', 'reject', 'links,promotion', 'outlook', 'big5', 'proactive',
  '您的茶桌已送達 - 訂單 {order}', shop=CZ,
  body="""
您好，

您的茶桌（訂單 {order}）已經送達。我們的官網剛上架檜木茶盤和茶椅新品，搭配茶桌更有味道：
https://www.guimu-chazhuo.example/new-arrivals

檜木茶桌工坊""")

m('zh-Hant', 'taoran-gif-fujian', 'reject', 'style,attachment', 'gmail', 'utf-8', 'reply',
  '來自亞馬遜買家 林小姐 的詢問（訂單編號：{order}）', shop=TJ, buyer='林小姐',
  body="""
林小姐您好，

壺蓋稍微鬆動是手工拉坯的正常現象，不影響使用 🍵✨

陶然茶具""",
  q="""壺蓋有點鬆，會不會掉？""",
  att=[A('taoran-steam.gif', 'image/gif', gif('taoran'))])

m('zh-Hant', 'guimu-queihuo-qing-quxiao', 'reject', 'ask', 'applemail', 'big5', 'proactive',
  '關於您的訂單 {order}', shop=CZ,
  body="""
您好，

很抱歉，您訂單 {order} 的檜木茶桌目前缺貨，木料要到明年三月才會進來。

麻煩您到亞馬遜的「您的訂單」自行取消，款項會比較快退回。

檜木茶桌工坊""")

m('zh-Hant', 'kexin-important-ganxie', 'reject', 'important,proactive', 'plain', 'big5', 'proactive',
  '[重要] 感謝您的購買 - 訂單 {order}', shop=SL, xmailer='X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
  body="""
您好，

謝謝您選擇我們的手工刻字手鍊（訂單 {order}），有任何需要都歡迎隨時聯絡。

刻心手鍊工作室""")

# ------------------------------------------------------------------ ko
HB = ('단아한복', 'dana-hanbok')
OG = ('숨쉬는 옹기', 'sumswin-onggi')
AM = ('편안 안마의자', 'pyeonan-massage')
DS = ('장수 돌솥', 'jangsu-dolsot')

m('ko', 'onggi-ems-baesong', 'pass', '-', 'gmail', 'euc-kr', 'reply',
  'Amazon 고객 김민지 님의 배송 문의 (주문 번호: {order})', shop=OG, buyer='김민지',
  body="""
김민지 님, 안녕하세요.

주문하신 옹기는 월요일에 우체국 EMS로 발송되었고, 현재 미국 통관을 마친 상태입니다. 아래에서 배송 상황을 확인하실 수 있습니다.
https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE=EE371826459KR

숨쉬는 옹기 드림""",
  q="""주문한 지 열흘이 지났는데 아직 못 받았어요. 발송되었나요?""")

m('ko', 'hanbok-ireum-jasu', 'pass', '-', 'outlook', 'ks_c_5601-1987', 'proactive',
  '[Important] 한복 이름 자수 확인 요청 - 주문 {order}', shop=HB,
  body="""
안녕하세요.

주문({order})해 주셔서 감사합니다. 돌잔치 한복 옷고름에 넣을 이름 자수를 확인드리려고 합니다.

입력하신 이름은 "서윤이"입니다. 보통은 "서윤"까지만 수를 놓는데, 입력하신 대로 세 글자로 할까요? 이 메일에 답장해 주시면 확인 후 자수를 시작하겠습니다.

단아한복 드림""")

m('ko', 'anma-baesong-iljeong', 'pass', '-', 'thunderbird', 'utf-8', 'proactive',
  '안마의자 배송 일정 안내 - 주문 {order}', shop=AM,
  body="""
안녕하세요.

주문하신 안마의자(주문 {order})는 무게가 89kg이라 설치 기사님이 직접 방문해 배송과 설치를 진행합니다.

다음 주 중 편하신 날짜 두세 개와 오전/오후 희망 시간을 알려 주세요. 엘리베이터가 없는 건물이라면 층수도 함께 알려 주시면 감사하겠습니다.

편안 안마의자 드림""")

m('ko', 'dolsot-seolmyeongseo', 'pass', '-', 'applemail', 'euc-kr', 'reply',
  '돌솥 사용설명서 - 주문 {order}', shop=DS, buyer='박서준',
  body="""
박서준 님, 안녕하세요.

요청하신 사용설명서를 PDF로 첨부드립니다. 처음 사용하시기 전 길들이는 방법이 나와 있습니다.

장수 돌솥 드림""",
  q="""설명서가 상자에 없었어요. 처음 쓸 때 어떻게 해야 하나요?""",
  att=[PDF('Jangsu-dolsot-manual.pdf', 'Dolsot (stone pot) - instructions', 'Before first use: rub with sesame oil, heat slowly.',
           'Never heat an empty pot on high flame.', 'Let it cool before washing.')])

m('ko', 'onggi-review-jungnip', 'pass', '-', 'plain', 'ks_c_5601-1987', 'proactive',
  '주문하신 옹기 - 주문 {order}', shop=OG, xmailer='X-Mailer: Daum Web Mailer v.1.00',
  body="""
안녕하세요.

주문하신 옹기(주문 {order})가 며칠 전에 도착했습니다. 괜찮으시다면 Amazon에 상품 리뷰를 남겨 다른 구매자분들과 경험을 나눠 주세요. 좋은 점이든 아쉬운 점이든 솔직한 의견이 큰 도움이 됩니다.

숨쉬는 옹기 드림""")

m('ko', 'hanbok-chwiso-hwagin', 'pass', '-', 'outlook', 'utf-8', 'reply',
  'Amazon 고객 이영희 님의 취소 요청 (주문 번호: {order})', shop=HB, buyer='이영희',
  body="""
이영희 님, 안녕하세요.

요청하신 대로 주문을 취소했습니다. 아직 제작 전이라 비용은 청구되지 않습니다.

단아한복 드림""",
  q="""아이 치수를 잘못 적었어요. 주문 취소 부탁드립니다.""")

m('ko', 'anma-film-banpum', 'pass', '-', 'gmail', 'ks_c_5601-1987', 'reply',
  'Amazon 고객 최 님의 문의 (주문 번호: {order})', shop=AM, buyer='최',
  body="""
안녕하세요.

리모컨 화면의 뿌연 부분은 보호 필름입니다. 모서리부터 떼어 내시면 됩니다. 다리 받침 커버는 십자 드라이버로 나사 두 개를 풀면 분리됩니다.

소음 문제는 보내 주신 영상을 검토한 뒤, 반품 요청도 함께 확인해 드리겠습니다.

편안 안마의자 드림""",
  q="""리모컨 화면이 뿌옇고, 작동할 때 덜컹거리는 소리가 나요. 반품 신청했습니다.""")

m('ko', 'dolsot-gifticon-review', 'reject', 'review', 'gmail', 'euc-kr', 'proactive',
  '돌솥은 잘 쓰고 계신가요? 주문 {order}', shop=DS,
  body="""
안녕하세요.

주문하신 돌솥(주문 {order})으로 맛있는 돌솥밥 해 드셨길 바랍니다.

Amazon에 사용 후기를 남겨 주시고 캡처를 이 메일로 보내 주시면, 감사의 뜻으로 커피 기프티콘을 보내 드립니다.

장수 돌솥 드림""")

m('ko', 'onggi-dasi-hanbeon', 'reject', 'review', 'applemail', 'ks_c_5601-1987', 'proactive',
  '한 번 더 부탁드려요 - 주문 {order}', shop=OG,
  body="""
안녕하세요.

지난주에 리뷰를 부탁드리는 메일을 보내 드렸는데, 혹시 놓치셨을까 해서 다시 연락드립니다. 바쁘시겠지만 짧게라도 남겨 주시면 작은 공방에 큰 힘이 됩니다.

숨쉬는 옹기 드림 (주문 {order})""")

m('ko', 'hanbok-kakao-coupang', 'reject', 'contact,promotion', 'thunderbird', 'utf-8', 'reply',
  'Re: Amazon 고객 김민지 님의 문의', shop=HB, buyer='김민지',
  body="""
김민지 님, 안녕하세요.

어른 한복은 Amazon에는 올리지 않았고, 쿠팡에서 "단아한복"으로 검색하시면 보실 수 있어요. 치수 상담은 카카오톡 아이디 dana_hanbok 으로 연락 주세요.

단아한복""",
  q="""엄마 한복도 같은 색으로 맞출 수 있나요?""")

m('ko', 'dolsot-naver-blog', 'reject', 'links', 'outlook', 'euc-kr', 'reply',
  'Amazon 고객 박서준 님의 문의 (주문 번호: {order})', shop=DS, buyer='박서준',
  body="""
박서준 님, 안녕하세요.

돌솥에 금이 가지 않게 하려면 빈 솥을 센 불에 올리지 마시고, 약불에서 천천히 데워 주세요.

돌솥 요리법은 저희 블로그에 정리해 두었습니다.
https://blog.naver.com/jangsudolsot/223456789012

장수 돌솥 드림""",
  q="""처음 불에 올릴 때 주의할 점이 있나요?""")

m('ko', 'anma-gif-imoji', 'reject', 'style,attachment', 'gmail', 'utf-8', 'reply',
  'Amazon 고객 이영희 님의 문의 (주문 번호: {order})', shop=AM, buyer='이영희',
  body="""
이영희 님, 안녕하세요 😊

안마 강도는 리모컨의 "+" 버튼으로 5단계까지 조절하실 수 있습니다 💆

편안 안마의자 드림""",
  q="""안마가 너무 세요. 약하게 할 수 있나요?""",
  att=[A('pyeonan-logo.gif', 'image/gif', gif('pyeonan'), inline=True)])

m('ko', 'hanbok-pumjeol-chwiso-butak', 'reject', 'ask', 'outlook', 'ks_c_5601-1987', 'proactive',
  '주문 {order} 관련 안내', shop=HB,
  body="""
안녕하세요.

죄송하게도 주문하신 연분홍 저고리 원단(주문 {order})이 품절되어 1월까지 재입고가 어렵습니다.

번거로우시겠지만 Amazon 주문 내역에서 직접 취소 요청을 해 주실 수 있을까요? 그러면 환불이 바로 처리됩니다.

단아한복 드림""")

m('ko', 'onggi-important-baesong-wanryo', 'reject', 'important,proactive', 'plain', 'euc-kr', 'proactive',
  '[Important] 배송 완료 안내 - 주문 {order}', shop=OG, xmailer='X-Mailer: Daum Web Mailer v.1.00',
  body="""
안녕하세요.

주문하신 옹기(주문 {order})가 배송 완료되었습니다.

숨쉬는 옹기 드림""")
# ------------------------------------------------------------------ ar
MB = ('مباخر الأصالة', 'mabakher-asala')
TW = ('عطور الورد الطائفي', 'taif-rose')
MR = ('مجالس الراحة', 'majalis-raha')
KH = ('لوحات الخط العربي', 'khatt-panels')

m('ar', 'mabakher-aramex-tatabbu', 'pass', '-', 'gmail', 'windows-1256', 'reply',
  'استفسار عن التوصيل من عميل أمازون أحمد (رقم الطلب: {order})', shop=MB, buyer='أحمد',
  body="""
مرحباً أخي أحمد،

تم شحن المبخرة يوم الإثنين عبر أرامكس، وهي الآن في مركز التوزيع في دبي ومن المتوقع أن تصلك غداً. يمكنك متابعة الشحنة من هنا:
https://www.aramex.com/ae/en/track/results?ShipmentNumber=47182036591

مع التحية،
مباخر الأصالة""",
  q="""السلام عليكم، طلبت المبخرة قبل أسبوع ولم تصل حتى الآن. هل تم شحنها؟""")

m('ar', 'khatt-ism-lawha', 'pass', '-', 'outlook', 'windows-1256', 'proactive',
  '[Important] تأكيد الاسم على لوحة الخط - الطلب {order}', shop=KH, tld='sa',
  body="""
مرحباً،

شكراً لطلبك رقم {order}. قبل أن يبدأ الخطاط بكتابة اللوحة نود التأكد من النص:

كتبت في خانة التخصيص "عبدالرحمن وسارة". هل تفضل كتابتها بخط الثلث كما في صورة المنتج، أم بالخط الديواني؟ يكفي الرد على هذه الرسالة، ولن نبدأ العمل إلا بعد تأكيدك.

مع التحية،
لوحات الخط العربي""")

m('ar', 'majalis-mawid-tawsil', 'pass', '-', 'thunderbird', 'utf-8', 'proactive',
  'موعد توصيل المجلس الأرضي - الطلب {order}', shop=MR, tld='sa',
  body="""
مرحباً،

المجلس الأرضي في طلبك رقم {order} يأتي في خمسة طرود يبلغ وزنها معاً 70 كغ، وتوصله شركة الشحن بموعد مسبق.

نرجو أن ترسل لنا يومين أو ثلاثة تناسبك الأسبوع القادم، وهل تفضل الصباح أم المساء، وفي أي طابق تسكن وهل يوجد مصعد.

مع التحية،
مجالس الراحة""")

m('ar', 'taif-fatura-daribiya', 'pass', '-', 'applemail', 'windows-1256', 'reply',
  'فاتورة الطلب {order}', shop=TW, buyer='نورة', tld='sa',
  body="""
مرحباً أختي نورة،

مرفق لك الفاتورة الضريبية بصيغة PDF باسم المؤسسة ورقمها الضريبي كما طلبتِ.

مع التحية،
عطور الورد الطائفي""",
  q="""أحتاج فاتورة ضريبية باسم مؤسسة نورة للهدايا، الرقم الضريبي 310123456700003.""",
  att=[PDF('Tax-Invoice-TR-2611-0218.pdf', 'Tax Invoice TR-2611-0218', 'Taif Rose Perfumes Est.',
           'Customer: Noura Gifts Est. - VAT 310123456700003', '12 x Taif rose oil 3 ml   SAR 540.00', 'VAT 15% included')])

m('ar', 'mabakher-taqyim-mohayid', 'pass', '-', 'plain', 'windows-1256', 'proactive',
  'مبخرتك - الطلب {order}', shop=MB, xmailer='X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
  body="""
مرحباً،

وصلتك المبخرة (الطلب {order}) قبل أيام. إذا رغبت، يمكنك مشاركة تجربتك مع المشترين الآخرين بكتابة مراجعة للمنتج على أمازون. كل رأي صادق يفيدنا، سواء كان إيجابياً أو سلبياً.

مع التحية،
مباخر الأصالة""")

m('ar', 'taif-ilgha-ta-kid', 'pass', '-', 'outlook', 'utf-8', 'reply',
  'طلب إلغاء من عميل أمازون خالد (رقم الطلب: {order})', shop=TW, buyer='خالد', tld='sa',
  body="""
مرحباً أخي خالد،

تم إلغاء الطلب كما طلبت. لم يكن قد شُحن بعد، لذلك لن يتم خصم أي مبلغ منك.

مع التحية،
عطور الورد الطائفي""",
  q="""لو سمحت ألغِ الطلب، اخترت الحجم الخطأ.""")

m('ar', 'majalis-ghilaf-najma', 'pass', '-', 'gmail', 'windows-1256', 'reply',
  'استفسار من عميل أمازون يوسف (رقم الطلب: {order})', shop=MR, buyer='يوسف', tld='sa',
  body="""
مرحباً أخي يوسف،

الطبقة اللامعة على القماش غلاف بلاستيكي للحماية أثناء الشحن، يرجى إزالته قبل الاستخدام. أرجل المسند تُثبت بمفك نجمة صغير موجود في كيس البراغي.

أما المسند الممزق فسنراجع طلب الإرجاع الذي قدمته ونرد عليك غداً.

مع التحية،
مجالس الراحة""",
  q="""القماش عليه طبقة لامعة، وكيف أركب الأرجل؟ وأحد المساند وصل ممزقاً وقدمت طلب إرجاع.""")

m('ar', 'taif-istirdad-juzei-taqyim', 'reject', 'review', 'gmail', 'windows-1256', 'proactive',
  'كيف وجدت دهن الورد؟ الطلب {order}', shop=TW, tld='sa',
  body="""
مرحباً،

نتمنى أن يكون دهن الورد الطائفي (الطلب {order}) قد نال إعجابك.

إذا كتبت رأيك في المنتج على أمازون وأرسلت لنا صورة من التقييم، نرد لك 15 ريالاً من قيمة الطلب كاسترداد جزئي، تقديراً لوقتك.

مع التحية،
عطور الورد الطائفي""")

m('ar', 'mabakher-taadil-taqyim', 'reject', 'review', 'applemail', 'utf-8', 'reply',
  'رسالة من عميل أمازون مريم (رقم الطلب: {order})', shop=MB, buyer='مريم',
  body="""
مرحباً أختي مريم،

يسعدنا أن المبخرة البديلة وصلت سليمة، ونعتذر مرة أخرى عن الكسر في الشحنة الأولى.

بما أن المشكلة انحلت، هل يمكنك إعادة النظر في تقييمك السابق وتعديله؟ لقد كُتب قبل أن نتمكن من تعويضك.

مع التحية،
مباخر الأصالة""",
  q="""وصلت المبخرة الجديدة وهي سليمة، شكراً.""")

m('ar', 'khatt-whatsapp-arqam-hindiya', 'reject', 'contact', 'thunderbird', 'utf-8', 'reply',
  'استفسار من عميل أمازون أحمد', shop=KH, buyer='أحمد', tld='sa',
  body="""
مرحباً أخي أحمد،

يمكن طبعاً إضافة آية أو بيت شعر تحت الاسم. الأسهل أن ترسل لي النص على واتساب: ٠٥٥ ٣٨٢ ٤١٩٠، وأرسل لك نموذجاً قبل الكتابة.

الخطاط سامي
لوحات الخط العربي""",
  q="""هل يمكن إضافة بيت شعر تحت الاسم في اللوحة؟""")

m('ar', 'majalis-noon-rabt', 'reject', 'links,promotion', 'outlook', 'windows-1256', 'reply',
  'استفسار من عميل أمازون نورة (رقم الطلب: {order})', shop=MR, buyer='نورة', tld='sa',
  body="""
مرحباً أختي نورة،

الطاولة الوسطية المطابقة غير متوفرة على أمازون، لكنها متوفرة في متجرنا على نون مع خصم 20% على الأطقم الكاملة هذا الشهر:
https://www.noon.com/saudi-ar/majalis-alraha-store/

مع التحية،
مجالس الراحة""",
  q="""هل عندكم طاولة وسط بنفس لون المجلس؟""")

m('ar', 'mabakher-gif-dukhan', 'reject', 'style,attachment', 'gmail', 'utf-8', 'reply',
  'استفسار من عميل أمازون يوسف (رقم الطلب: {order})', shop=MB, buyer='يوسف',
  body="""
مرحباً أخي يوسف،

ضع قطعة الفحم على الشبك حتى تحمرّ تماماً، ثم ضع العود فوقها مباشرة 🔥

مباخر الأصالة ✨""",
  q="""كيف أستخدم المبخرة بالفحم؟""",
  att=[A('bakhoor-smoke.gif', 'image/gif', gif('bakhoor'), inline=True)])

m('ar', 'khatt-nafad-ilgha-min-taraf', 'reject', 'ask', 'applemail', 'windows-1256', 'proactive',
  'بخصوص طلبك {order}', shop=KH, tld='sa',
  body="""
مرحباً،

نعتذر منك، فقد نفد إطار الخشب الذهبي المطلوب في طلبك رقم {order}، ولن يتوفر قبل شهرين.

نرجو منك إلغاء الطلب بنفسك من صفحة طلباتي في أمازون حتى يصلك المبلغ بسرعة.

مع الاعتذار،
لوحات الخط العربي""")

m('ar', 'taif-important-tam-alshahn', 'reject', 'important,proactive', 'plain', 'windows-1256', 'proactive',
  '[Important] تم شحن طلبك {order}', shop=TW, tld='sa', xmailer='X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
  body="""
مرحباً،

تم شحن طلبك رقم {order} اليوم عبر سبل.

مع التحية،
عطور الورد الطائفي""")


if __name__ == '__main__':
    write_all()
