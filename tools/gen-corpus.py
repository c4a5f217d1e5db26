#!/usr/bin/python3
"""Writes the labelled policy corpus under tests/corpus/<category>/.

Round 5 adds Dutch, Polish, Swedish, Turkish, Portuguese, Arabic and traditional
Chinese (ISO-8859-15/windows-1252, ISO-8859-2/windows-1250, ISO-8859-9/windows-1254,
windows-1256, Big5), replies (a reply-prefixed subject gets In-Reply-To), Gmail and
Outlook HTML replies quoting the buyer, and the categories added with them: review
instructions and repeats, off-Amazon shops, GIFs in any form, proactive thank-you-only
and confirmation-only mail.

Every message is NNN-name.eml with NNN-name.expect: the verdict and the ids of every
rule expected to hit (warnings included). The labels are written here by hand from the
policy (Seller Central's Communication guidelines, help G1701), never taken from aliasgate's output. Languages: en ja zh
zh-Hant ko de es fr it id nl pl sv tr pt ar; charsets ISO-2022-JP, Shift_JIS, GB2312/GBK,
Big5, EUC-KR, Latin-1, ISO-8859-2/-9/-15, windows-1250/1252/1254/1256, UTF-8; transfer
encodings 8bit, base64, quoted-printable.

Run from the source root: /usr/bin/python3 tools/gen-corpus.py
"""
import base64
import io
import os
import quopri
import re
import zipfile

OUT = "tests/corpus"
# Corpus files numbered from here up belong to tools/gen-corpus-important.py (8000) and
# tools/gen-corpus-mention.py (9000); this script leaves them alone.
OTHER_GENERATORS = 8000
ALIASES = {"en": "marketplace.amazon.com", "ja": "marketplace.amazon.co.jp",
           "zh": "marketplace.amazon.com", "ko": "marketplace.amazon.com",
           "de": "marketplace.amazon.de", "es": "marketplace.amazon.es",
           "fr": "marketplace.amazon.fr", "it": "marketplace.amazon.it",
           "id": "marketplace.amazon.sg", "nl": "marketplace.amazon.nl",
           "pl": "marketplace.amazon.pl", "sv": "marketplace.amazon.se",
           "tr": "marketplace.amazon.com.tr", "pt": "marketplace.amazon.com.br",
           "ar": "marketplace.amazon.sa", "zh-Hant": "marketplace.amazon.com"}
CHARSETS = {"en": ["us-ascii", "utf-8"], "ja": ["iso-2022-jp", "shift_jis", "utf-8"],
            "zh": ["gb2312", "gbk", "utf-8"], "ko": ["euc-kr", "utf-8"],
            "de": ["iso-8859-1", "utf-8"], "es": ["iso-8859-1", "utf-8"],
            "fr": ["iso-8859-1", "utf-8"], "it": ["iso-8859-1", "utf-8"],
            "id": ["utf-8", "iso-8859-1"],
            "nl": ["iso-8859-15", "windows-1252", "utf-8"], "pl": ["iso-8859-2", "windows-1250", "utf-8"],
            "sv": ["windows-1252", "iso-8859-15", "utf-8"], "tr": ["iso-8859-9", "windows-1254", "utf-8"],
            "pt": ["iso-8859-15", "windows-1252", "utf-8"], "ar": ["windows-1256", "utf-8"],
            "zh-Hant": ["big5", "utf-8"]}
ENCODINGS = ["8bit", "base64", "quoted-printable"]
PY_CODEC = {"shift_jis": "cp932", "gb2312": "gb2312", "gbk": "gbk", "euc-kr": "euc_kr",
            "iso-2022-jp": "iso2022_jp", "us-ascii": "ascii", "iso-8859-15": "iso8859_15",
            "windows-1252": "cp1252", "iso-8859-2": "iso8859_2", "windows-1250": "cp1250",
            "iso-8859-9": "iso8859_9", "windows-1254": "cp1254", "windows-1256": "cp1256",
            "big5": "big5"}
# The subject of a reply to the buyer, per language (the buyer wrote first).
RSUBJ = {"en": "Re: Where is my order?", "ja": "Re: 注文について", "zh": "回复: 关于我的订单",
         "ko": "답장: 주문 문의", "de": "AW: Wo ist meine Bestellung?", "es": "RE: Mi pedido",
         "fr": "RE: Ma commande", "it": "R: Il mio ordine", "id": "Re: Pesanan saya",
         "nl": "Antw: Mijn bestelling", "pl": "Odp: Moje zamówienie", "sv": "SV: Min beställning",
         "tr": "YNT: Siparişim", "pt": "RES: Meu pedido", "ar": "رد: طلبي", "zh-Hant": "回覆: 我的訂單"}

# Per language: subject, a neutral opening and closing, compliant bodies, violations.
L = {
"en": dict(
    subj="Your order 113-2045511-7781234", hello="Hello,", bye="Best regards,\nBright Peak Support",
    ok=[
        ("shipped", "Thank you for your order 113-2045511-7781234. It shipped today with UPS, tracking number 1Z999AA10123456784. The item (ASIN B0ABCDEF12) is 8.5 mm thick and 2.1 m long.", []),
        ("refund", "We are sorry the zipper arrived damaged. We issued a partial refund of $12.50; it appears in 3-5 business days. Thank you for your feedback about the zipper.", []),
        ("return", "We reviewed your return request and approved it. Please remove the protective film before use; a star screwdriver opens the battery cover. See manual.pdf for the steps.", []),
        ("giftwrap", "Your gift wrap request was noted and the order goes to the shipping address on file. This is important: keep the receipt for your records.", []),
        ("version", "Version 2.1.3 of the firmware fixes the timer, e.g. on U.S. models. Track your parcel at https://www.ups.com/track?tracknum=1Z999AA10123456784 .", []),
    ],
    bad={
        "links": ("For more colors visit www.brightpeak-shop.com today.", ["links.url"]),
        "amazon-link": ("The matching case is here: https://www.amazon.com/dp/B0ABCDEF12", ["links.url"]),
        "shortener": ("Quick link to the guide: bit.ly/3bpguide", ["links.url"]),
        "spelled": ("You can also find us at brightpeak dot com.", ["links.spelled-out"]),
        "email": ("Write to support@brightpeak.example if you need anything.", ["contact.email"]),
        "phone": ("Call us at (555) 010-0199 any time.", ["contact.phone"]),
        "channel": ("For faster answers, message us on WhatsApp.", ["contact.channel"]),
        "coupon": ("As a thank you, use coupon code SAVE20 on your next order.", ["promo.coupon"]),
        "marketing": ("Check out our other products - our summer sale starts Friday!", ["promo.marketing"]),
        "review": ("If you are happy, please leave us a 5-star review.", ["review.request"]),
        "incentive": ("Write a review and we will send you a free gift.", ["review.incentive"]),
        "change": ("Could you please remove your negative review now that it is fixed?", ["review.change"]),
        "channelling": ("If you are not happy, please contact us before leaving a negative review.", ["review.channel"]),
        "optout": ("To unsubscribe from these emails, reply STOP.", ["style.opt-out"]),
        "emoji": ("Thanks so much for shopping with us! \U0001F60A", ["style.emoji"]),
        "cancel": ("The item is out of stock, so please cancel your order.", ["ask.cancel"]),
        "imp-required": ("Your shipping address is incomplete: please send us the apartment number so the carrier can deliver.", ["important.required"]),
    },
    imp_ok=("[Important] Address problem", "Your shipping address is incomplete: please send us the apartment number."),
    imp_bad=("[Important] Thank you for your order", "We hope you enjoy it."),
),
"ja": dict(
    subj="ご注文について", hello="お客様", bye="ブライトピーク カスタマーサポート",
    ok=[
        ("shipped", "ご注文ありがとうございます。本日発送いたしました。注文番号は250-1234567-7654321です。", []),
        ("symbols", "☆ご購入ありがとうございます☆\n※返品は①受付②確認の順で進みます。商品の厚さは8.5mmです。", []),
        ("refund", "返金処理が完了しました。数日以内に反映されます。", []),
        ("film", "ご使用前に保護フィルムをはがしてください。説明書はmanual.pdfをご覧ください。", []),
    ],
    bad={
        "links": ("詳しくは www.brightpeak.jp をご覧ください。", ["links.url"]),
        "spelled": ("ショップは brightpeak ドット com で検索してください。", ["links.spelled-out"]),
        "email": ("お問い合わせは support@brightpeak.jp までどうぞ。", ["contact.email"]),
        "phone": ("お電話は03-1234-5678までお願いします。", ["contact.phone"]),
        "channel": ("LINE公式アカウントを友だち追加してください。", ["contact.channel"]),
        "coupon": ("次回ご利用いただける10%割引クーポンをお送りします。", ["promo.coupon"]),
        "marketing": ("新商品も発売中です。ぜひご覧ください。", ["promo.marketing"]),
        "review": ("ご満足いただけましたら、星5つのレビューをお願いします。", ["review.request"]),
        "change": ("お手数ですが評価を変更していただけませんか。", ["review.change"]),
        "optout": ("配信停止をご希望の方はご返信ください。", ["style.opt-out"]),
        "cancel": ("在庫切れのため、ご注文をキャンセルしていただけますか。", ["ask.cancel"]),
        "imp-required": ("ご住所に不備があり、お届けできません。部屋番号をお知らせください。", ["important.required"]),
    },
    imp_ok=("[重要] ご住所の確認", "ご住所に不備があり、お届けできません。部屋番号をお知らせください。"),
    imp_bad=("[重要] ご購入ありがとうございます", "またのご利用をお待ちしております。"),
),
"zh": dict(
    subj="关于您的订单", hello="您好，", bye="BrightPeak 客服",
    ok=[
        ("shipped", "感谢您的订购。您的包裹已于今天发货，订单号123-1234567-1234567。", []),
        ("refund", "我们已为您办理部分退款，请注意查收。", []),
        ("film", "使用前请撕下保护膜。尺寸为8.5毫米。", []),
        ("reply", "收到您的来信，我们会尽快处理您的退货申请。", []),
    ],
    bad={
        "links": ("更多款式请访问 www.brightpeak.cn 。", ["links.url"]),
        "spelled": ("请访问 brightpeak点com 了解更多。", ["links.spelled-out"]),
        "email": ("如有问题请发邮件至 service@brightpeak.cn 。", ["contact.email"]),
        "channel": ("请加我微信 bp2024 获取帮助。", ["contact.channel"]),
        "coupon": ("送您一张优惠券，下次购买可享受9折优惠。", ["promo.coupon"]),
        "marketing": ("我们的新品上市了，欢迎选购其他商品。", ["promo.marketing"]),
        "review": ("如果满意，麻烦给个五星好评。", ["review.request"]),
        "incentive": ("好评返现5元。", ["review.incentive"]),
        "change": ("麻烦您删除差评，谢谢。", ["review.change"]),
        "optout": ("如需退订，请回复本邮件。", ["style.opt-out"]),
        "cancel": ("商品缺货，请您取消订单。", ["ask.cancel"]),
        "imp-required": ("您的地址有误，无法投递，请告知正确地址。", ["important.required"]),
    },
    imp_ok=("[Important] 地址问题", "您的地址不完整，请补充门牌号。"),
    imp_bad=("[Important] 感谢您的购买", "祝您购物愉快。"),
),
"ko": dict(
    subj="주문 안내", hello="안녕하세요,", bye="브라이트피크 고객센터",
    ok=[
        ("shipped", "주문해 주셔서 감사합니다. 오늘 발송되었습니다. 주문번호 123-1234567-1234567.", []),
        ("refund", "부분 환불을 처리했습니다.", []),
        ("film", "사용 전에 보호 필름을 제거해 주세요.", []),
    ],
    bad={
        "links": ("자세한 내용은 www.brightpeak.co.kr 에서 확인하세요.", ["links.url"]),
        "spelled": ("brightpeak 닷컴 에서 확인하세요.", ["links.spelled-out"]),
        "phone": ("문의는 02-1234-5678 로 전화 주세요.", ["contact.phone"]),
        "channel": ("카카오톡으로 연락 주세요.", ["contact.channel"]),
        "coupon": ("다음 구매 시 사용할 수 있는 할인 쿠폰을 드립니다.", ["promo.coupon"]),
        "review": ("만족하셨다면 리뷰 남겨 주세요.", ["review.request"]),
        "optout": ("수신 거부를 원하시면 회신해 주세요.", ["style.opt-out"]),
        "imp-required": ("주소가 불완전하여 배송할 수 없습니다. 호수를 알려 주세요.", ["important.required"]),
    },
    imp_ok=("[Important] 주소 확인", "주소가 불완전하여 배송할 수 없습니다."),
    imp_bad=("[Important] 구매 감사합니다", "좋은 하루 보내세요."),
),
"de": dict(
    subj="Ihre Bestellung", hello="Hallo,", bye="Viele Grüße\nBright Peak Kundenservice",
    ok=[
        ("shipped", "Vielen Dank für Ihre Bestellung 303-1234567-1234567. Sie wurde heute mit DHL versandt.", []),
        ("refund", "Wir haben Ihnen eine Teilerstattung von 5,00 EUR gewährt.", []),
        ("film", "Bitte entfernen Sie vor dem Gebrauch die Schutzfolie. Das Teil ist 8,5 mm breit.", []),
        ("feedback", "Danke für Ihr Feedback zum Reißverschluss, wir prüfen das.", []),
    ],
    bad={
        "links": ("Weitere Farben finden Sie auf shop.brightpeak.de/angebote.", ["links.url"]),
        "spelled": ("Besuchen Sie brightpeak punkt de.", ["links.spelled-out"]),
        "phone": ("Rufen Sie uns an: +49 30 1234567.", ["contact.phone"]),
        "coupon": ("Hier ist Ihr Gutscheincode für die nächste Bestellung: DANKE10.", ["promo.coupon"]),
        "marketing": ("Entdecken Sie unsere anderen Produkte im Shop.", ["promo.marketing"]),
        "review": ("Bitte hinterlassen Sie uns eine positive Bewertung.", ["review.request"]),
        "change": ("Könnten Sie Ihre Bewertung ändern?", ["review.change"]),
        "channelling": ("Bitte kontaktieren Sie uns, bevor Sie eine negative Bewertung schreiben.", ["review.channel"]),
        "optout": ("Wenn Sie keine Nachrichten mehr wünschen, können Sie sich hier abmelden.", ["style.opt-out"]),
        "cancel": ("Der Artikel ist ausverkauft, bitte stornieren Sie die Bestellung.", ["ask.cancel"]),
        "imp-required": ("Ihre Lieferadresse ist unvollständig, bitte senden Sie uns die Hausnummer.", ["important.required"]),
    },
    imp_ok=("[Important] Lieferadresse", "Ihre Lieferadresse ist unvollständig."),
    imp_bad=("[Important] Danke für Ihren Einkauf", "Wir wünschen Ihnen viel Freude."),
),
"es": dict(
    subj="Su pedido", hello="Hola,", bye="Saludos,\nBright Peak",
    ok=[
        ("shipped", "Gracias por su pedido. Se envió hoy con Correos.", []),
        ("refund", "Le hemos hecho un reembolso parcial de 5 euros.", []),
        ("film", "Retire la película protectora antes de usarlo.", []),
    ],
    bad={
        "links": ("Vea más modelos en www.brightpeak.es.", ["links.url"]),
        "spelled": ("Visítenos en brightpeak punto com.", ["links.spelled-out"]),
        "email": ("Escríbanos a ventas@brightpeak.es.", ["contact.email"]),
        "coupon": ("Le regalamos un código de descuento para su próxima compra.", ["promo.coupon"]),
        "marketing": ("Descubra nuestras novedades y otros productos.", ["promo.marketing"]),
        "review": ("Por favor, déjenos una reseña de 5 estrellas.", ["review.request"]),
        "channelling": ("Antes de dejar una opinión negativa, contáctenos.", ["review.channel"]),
        "optout": ("Para darse de baja, responda a este mensaje.", ["style.opt-out"]),
        "imp-required": ("Su dirección está incompleta y no podemos entregar el paquete.", ["important.required"]),
    },
    imp_ok=("[Important] Dirección", "Su dirección está incompleta, indíquenos el piso."),
    imp_bad=("[Important] Gracias por su compra", "Que lo disfrute."),
),
"fr": dict(
    subj="Votre commande", hello="Bonjour,", bye="Cordialement,\nBright Peak",
    ok=[
        ("shipped", "Merci pour votre commande. Elle a été expédiée aujourd'hui avec La Poste.", []),
        ("refund", "Nous avons effectué un remboursement partiel de 5 euros.", []),
        ("film", "Veuillez retirer le film protecteur avant utilisation.", []),
    ],
    bad={
        "links": ("Retrouvez nos modèles sur www.brightpeak.fr.", ["links.url", "promo.marketing"]),
        "spelled": ("Visitez brightpeak point fr.", ["links.spelled-out"]),
        "coupon": ("Voici un code promo pour votre prochaine commande : MERCI10.", ["promo.coupon"]),
        "marketing": ("Découvrez nos nouveautés dans notre boutique.", ["promo.marketing"]),
        "review": ("N'hésitez pas à laisser un avis 5 étoiles.", ["review.request"]),
        "change": ("Pourriez-vous modifier votre avis ?", ["review.change"]),
        "optout": ("Pour vous désabonner, répondez à ce message.", ["style.opt-out"]),
        "cancel": ("L'article est épuisé, veuillez annuler votre commande.", ["ask.cancel"]),
        "imp-required": ("Votre adresse est incomplète, le colis ne peut pas être livré.", ["important.required"]),
    },
    imp_ok=("[Important] Adresse", "Votre adresse est incomplète, merci d'indiquer l'étage."),
    imp_bad=("[Important] Merci pour votre achat", "Bonne journée."),
),
"it": dict(
    subj="Il suo ordine", hello="Buongiorno,", bye="Cordiali saluti,\nBright Peak",
    ok=[
        ("shipped", "Grazie per il suo ordine. È stato spedito oggi con Poste Italiane.", []),
        ("refund", "Abbiamo emesso un rimborso parziale di 5 euro.", []),
        ("film", "Rimuova la pellicola protettiva prima dell'uso.", []),
    ],
    bad={
        "links": ("Altri modelli su www.brightpeak.it.", ["links.url"]),
        "coupon": ("Ecco un codice sconto per il suo prossimo ordine.", ["promo.coupon"]),
        "marketing": ("Scopra gli altri prodotti nel nostro negozio.", ["promo.marketing"]),
        "review": ("Ci lasci una recensione a 5 stelle!", ["review.request"]),
        "change": ("Potrebbe modificare la sua recensione?", ["review.change"]),
        "optout": ("Per annullare l'iscrizione risponda a questo messaggio.", ["style.opt-out"]),
        "imp-required": ("Il suo indirizzo è incompleto e il pacco non può essere consegnato.", ["important.required"]),
    },
    imp_ok=("[Important] Indirizzo", "Il suo indirizzo è incompleto, ci indichi il piano."),
    imp_bad=("[Important] Grazie per l'acquisto", "Buona giornata."),
),
"id": dict(
    subj="Pesanan Anda", hello="Halo,", bye="Salam,\nBright Peak",
    ok=[
        ("shipped", "Terima kasih atas pesanan Anda. Paket sudah dikirim hari ini.", []),
        ("refund", "Kami sudah memproses pengembalian dana sebagian.", []),
        ("film", "Lepaskan lapisan pelindung sebelum digunakan.", []),
    ],
    bad={
        "links": ("Lihat model lain di www.brightpeak.co.id.", ["links.url"]),
        "spelled": ("Kunjungi brightpeak titik com.", ["links.spelled-out"]),
        "coupon": ("Gunakan kode promo HEMAT10 untuk pembelian berikutnya.", ["promo.coupon"]),
        "marketing": ("Ikuti kami untuk produk baru setiap minggu.", ["promo.marketing"]),
        "review": ("Mohon berikan ulasan bintang 5.", ["review.request"]),
        "optout": ("Balas pesan ini untuk berhenti berlangganan.", ["style.opt-out"]),
        "imp-required": ("Alamat Anda tidak lengkap sehingga paket tidak dapat dikirim.", ["important.required"]),
    },
    imp_ok=("[Important] Alamat", "Alamat Anda tidak lengkap, mohon kirim nomor rumah."),
    imp_bad=("[Important] Terima kasih", "Selamat berbelanja."),
),
"nl": dict(
    subj="Uw bestelling", hello="Beste klant,", bye="Met vriendelijke groet,\nBright Peak",
    ok=[
        ("shipped", "Uw bestelling 403-1234567-1234567 is vandaag met PostNL verzonden, track & trace 3SABCD1234567. Volg het pakket op https://jouw.postnl.nl/track-and-trace/3SABCD1234567 .", []),
        ("refund", "Wij hebben € 24,99 terugbetaald voor het beschadigde onderdeel (model BP-2024-0815). Het bedrag staat binnen 3-5 werkdagen op uw rekening.", []),
        ("film", "Verwijder voor gebruik de beschermfolie. Het onderdeel is 8,5 mm breed en 2,1 m lang.", []),
        ("bpost", "Uw pakket wordt door bpost bezorgd: https://track.bpost.cloud/btr/web/#/search?itemCode=323212345678901234 .", []),
    ],
    bad={
        "links": ("Meer kleuren vindt u op www.brightpeak-winkel.nl.", ["links.url"]),
        "phone": ("Bel ons gerust op 020 123 4567.", ["contact.phone"]),
        "coupon": ("Gebruik de kortingscode DANK10 bij uw volgende bestelling.", ["promo.coupon"]),
        "marketing": ("Bekijk ook onze andere producten in de uitverkoop!", ["promo.marketing"]),
        "offsite": ("U vindt ons ook op bol.com: zoek op BrightPeak.", ["promo.offsite", "links.url"]),
        "review": ("Als u tevreden bent, laat dan een positieve review achter.", ["review.request"]),
        "change": ("Zou u uw negatieve review willen verwijderen nu het is opgelost?", ["review.change"]),
        "channelling": ("Neem contact met ons op voordat u een negatieve review schrijft.", ["review.channel"]),
        "repeat": ("Een herinnering: wij vragen u nogmaals om een beoordeling.", ["review.repeat"]),
        "optout": ("Wilt u geen e-mails meer ontvangen? Meld u dan hier af.", ["style.opt-out"]),
        "cancel": ("Het artikel is uitverkocht, wilt u de bestelling annuleren?", ["ask.cancel"]),
        "imp-required": ("Uw adres is onvolledig: het huisnummer ontbreekt.", ["important.required"]),
        "thanks": ("Hartelijk dank voor uw bestelling.", ["proactive.thanks-only"]),
        "confirm": ("Uw bestelling is vandaag verzonden en is onderweg.", ["proactive.confirmation-only"]),
    },
    imp_ok=("[Important] Bezorgafspraak", "De vervoerder wil een bezorgafspraak maken voor de bank. Welke dag schikt u?"),
    imp_bad=("[Important] Bedankt voor uw aankoop", "Met vriendelijke groet."),
),
"pl": dict(
    subj="Twoje zamówienie", hello="Dzień dobry,", bye="Pozdrawiamy,\nBright Peak",
    ok=[
        ("shipped", "Zamówienie 405-1234567-1234567 zostało wysłane przez InPost, numer przesyłki 6200123456789012345678. Śledzenie: https://inpost.pl/sledzenie-przesylek?number=6200123456789012345678", []),
        ("refund", "Zwróciliśmy 89,99 zł za uszkodzoną część (model BP-2024-0815). Środki pojawią się w ciągu 3-5 dni roboczych.", []),
        ("film", "Przed użyciem usuń folię ochronną. Część ma 8,5 mm szerokości.", []),
        ("feedback", "Dziękujemy za opinię o zamku błyskawicznym, przekazaliśmy ją do działu jakości.", []),
    ],
    bad={
        "links": ("Więcej kolorów znajdziesz na brightpeak.pl.", ["links.spelled-out"]),
        "email": ("Napisz do nas: sklep małpa brightpeak kropka pl.", ["contact.email", "links.spelled-out"]),
        "phone": ("Zadzwoń do nas: 512 345 678.", ["contact.phone"]),
        "coupon": ("Twój kod rabatowy na kolejne zakupy: DZIEKI10.", ["promo.coupon"]),
        "offsite": ("Znajdziesz nas też na Allegro - wpisz BrightPeak.", ["promo.offsite"]),
        "review": ("Jeśli jesteś zadowolony, zostaw nam pozytywną opinię.", ["review.request"]),
        "incentive": ("Za wystawienie opinii otrzymasz kartę podarunkową.", ["review.incentive"]),
        "change": ("Czy mógłbyś usunąć negatywną opinię?", ["review.change"]),
        "instructions": ("W swojej opinii wspomnij o szybkiej wysyłce.", ["review.instructions"]),
        "optout": ("Jeśli nie chcesz już otrzymywać wiadomości, wypisz się tutaj.", ["style.opt-out"]),
        "cancel": ("Produkt niedostępny, prosimy anulować zamówienie po swojej stronie.", ["ask.cancel"]),
        "imp-required": ("Podany adres jest niepełny, brak numeru mieszkania.", ["important.required"]),
        "thanks": ("Dziękujemy za zakupy w naszym sklepie.", ["proactive.thanks-only"]),
        "confirm": ("Twoje zamówienie zostało wysłane.", ["proactive.confirmation-only"]),
    },
    imp_ok=("[Important] Grawer", "Prosimy o potwierdzenie tekstu do grawerowania."),
    imp_bad=("[Important] Dziękujemy za zakup", "Miłego dnia."),
),
"sv": dict(
    subj="Din beställning", hello="Hej,", bye="Vänliga hälsningar,\nBright Peak",
    ok=[
        ("shipped", "Din beställning 406-1234567-1234567 har skickats med PostNord. Spåra: https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=00370712345678901234", []),
        ("refund", "Vi har återbetalat 249 kr för den skadade delen (modell BP-2024-0815).", []),
        ("film", "Ta bort skyddsfilmen före användning. Delen är 8,5 mm bred.", []),
        ("feedback", "Tack för ditt omdöme om dragkedjan, vi har förbättrat förpackningen.", []),
    ],
    bad={
        "links": ("Fler färger finns på www.brightpeak.se.", ["links.url"]),
        "phone": ("Ring oss på 070-123 45 67.", ["contact.phone"]),
        "coupon": ("Använd rabattkoden TACK10 vid nästa köp.", ["promo.coupon"]),
        "marketing": ("Kolla in våra andra produkter och följ oss!", ["promo.marketing"]),
        "offsite": ("Du hittar oss även på Etsy.", ["promo.offsite"]),
        "review": ("Om du är nöjd, lämna gärna en positiv recension.", ["review.request"]),
        "change": ("Kan du ta bort din negativa recension?", ["review.change"]),
        "repeat": ("En påminnelse: vi ber dig igen om ett omdöme.", ["review.repeat"]),
        "optout": ("Om du inte längre vill få mejl, avregistrera dig här.", ["style.opt-out"]),
        "cancel": ("Varan är slut, kan du avbryta beställningen?", ["ask.cancel"]),
        "imp-required": ("Din adress är ofullständig, lägenhetsnummer saknas.", ["important.required"]),
        "thanks": ("Tack för ditt köp!", ["proactive.thanks-only"]),
        "confirm": ("Vi har skickat din beställning idag.", ["proactive.confirmation-only"]),
    },
    imp_ok=("[Important] Leverans", "Vi behöver boka en leveranstid för soffan."),
    imp_bad=("[Important] Tack för ditt köp", "Ha en fin dag."),
),
"tr": dict(
    subj="Siparişiniz", hello="Merhaba,", bye="Saygılarımızla,\nBright Peak",
    ok=[
        ("shipped", "405-1234567-1234567 numaralı siparişiniz Yurtiçi Kargo ile gönderildi. Takip: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=123456789012", []),
        ("refund", "Hasarlı parça için 1.299,90 TL iade ettik (model BP-2024-0815).", []),
        ("film", "Kullanmadan önce koruyucu filmi çıkarın. Parça 8,5 mm genişliğindedir.", []),
        ("ptt", "Paketiniz PTT ile geliyor: https://gonderitakip.ptt.gov.tr/ , barkod KP01234567890.", []),
    ],
    bad={
        "links": ("Diğer renkler için www.brightpeak.com.tr adresini ziyaret edin.", ["links.url"]),
        "phone": ("Bizi arayın: 0532 123 45 67.", ["contact.phone"]),
        "coupon": ("Bir sonraki siparişinizde geçerli indirim kodu: TESEKKUR10.", ["promo.coupon"]),
        "marketing": ("Yeni koleksiyonumuz çıktı, bizi takip edin!", ["promo.marketing"]),
        "offsite": ("Trendyol'da da mağazamız var, BrightPeak yazmanız yeterli.", ["promo.offsite"]),
        "review": ("Memnun kaldıysanız lütfen olumlu yorum bırakın.", ["review.request"]),
        "change": ("Olumsuz yorumunuzu silebilir misiniz?", ["review.change"]),
        "instructions": ("Yorumunuzda hızlı kargodan bahsedin lütfen.", ["review.instructions"]),
        "optout": ("Abonelikten çıkmak için STOP yazın.", ["style.opt-out"]),
        "cancel": ("Stokta kalmadı, lütfen siparişi iptal edin.", ["ask.cancel"]),
        "imp-required": ("Adresiniz eksik, daire numarası eksik olduğu için teslim edilemedi.", ["important.required"]),
        "thanks": ("Alışverişiniz için teşekkür ederiz.", ["proactive.thanks-only"]),
        "confirm": ("Siparişiniz kargoya verildi.", ["proactive.confirmation-only"]),
    },
    imp_ok=("[Important] Adres", "Adresiniz eksik, daire numarası eksik."),
    imp_bad=("[Important] Teşekkürler", "Alışverişiniz için teşekkür ederiz."),
),
"pt": dict(
    subj="Seu pedido", hello="Olá,", bye="Atenciosamente,\nBright Peak",
    ok=[
        ("shipped", "O pedido 701-7482945-9395469 foi enviado pelos Correios, código de rastreio AB123456789BR. Rastreie em https://rastreamento.correios.com.br/app/index.php", []),
        ("refund", "Reembolsamos R$ 89,90 pela peça danificada (modelo BP-2024-0815), CEP 01310-100.", []),
        ("film", "Retire a película protetora antes de usar. A peça tem 8,5 mm de largura.", []),
        ("feedback", "Obrigado pela sua avaliação sobre o zíper, melhoramos a embalagem.", []),
    ],
    bad={
        "links": ("Veja mais cores em www.brightpeak.com.br.", ["links.url"]),
        "email": ("Escreva para vendas arroba brightpeak ponto com ponto br.", ["contact.email", "links.spelled-out"]),
        "phone": ("Ligue para (11) 91234-5678.", ["contact.phone"]),
        "coupon": ("Use o cupom OBRIGADO10 na próxima compra.", ["promo.coupon"]),
        "marketing": ("Conheça os nossos outros produtos e siga-nos!", ["promo.marketing"]),
        "offsite": ("Também vendemos no Mercado Livre com frete grátis.", ["promo.offsite"]),
        "review": ("Se ficou satisfeito, deixe uma avaliação positiva.", ["review.request"]),
        "incentive": ("Deixe uma avaliação e ganhe um vale-presente.", ["review.incentive"]),
        "change": ("Poderia remover a sua avaliação negativa?", ["review.change"]),
        "optout": ("Se não deseja mais receber e-mails, descadastre-se aqui.", ["style.opt-out"]),
        "cancel": ("Por favor, cancele o pedido na sua conta, o produto esgotou.", ["ask.cancel"]),
        "imp-required": ("O seu endereço está incompleto, falta o número do apartamento.", ["important.required"]),
        "thanks": ("Obrigado pela sua compra!", ["proactive.thanks-only"]),
        "confirm": ("O seu pedido foi enviado.", ["proactive.confirmation-only"]),
    },
    imp_ok=("[Important] Entrega", "Precisamos agendar a entrega do sofá."),
    imp_bad=("[Important] Obrigado pela sua compra", "Tenha um ótimo dia."),
),
"ar": dict(
    subj="طلبك", hello="مرحبا،", bye="مع التحية،\nBright Peak",
    ok=[
        ("shipped", "تم شحن طلبك 171-1234567-1234567 عبر البريد السعودي. تتبع الشحنة: https://splonline.com.sa/en/shipmentdetailsstatic/?tracknumbers=RB123456789SA", []),
        ("refund", "قمنا باسترداد 89.90 ريال عن القطعة التالفة (موديل BP-2024-0815).", []),
        ("film", "أزل الغشاء الواقي قبل الاستخدام. عرض القطعة 8.5 مم.", []),
        ("emiratespost", "تتبع الشحنة: https://www.emiratespost.ae/all-services/track-a-package?id=EE123456789AE", []),
    ],
    bad={
        "links": ("لمزيد من الألوان زوروا www.brightpeak.ae", ["links.url"]),
        "phone": ("اتصل بنا على 0501234567.", ["contact.phone"]),
        "coupon": ("استخدم كود خصم SAVE10 في طلبك القادم.", ["promo.coupon"]),
        "marketing": ("تصفح منتجاتنا الأخرى وتابعونا.", ["promo.marketing"]),
        "offsite": ("تجدوننا أيضا على نون باسم BrightPeak.", ["promo.offsite"]),
        "review": ("إذا أعجبك المنتج، اترك لنا تقييما إيجابيا.", ["review.request"]),
        "change": ("هل يمكنك حذف تقييمك السلبي؟", ["review.change"]),
        "optout": ("لإلغاء الاشتراك أرسل كلمة توقف.", ["style.opt-out"]),
        "cancel": ("نفد المخزون، يرجى إلغاء الطلب من حسابك.", ["ask.cancel"]),
        "imp-required": ("العنوان غير مكتمل، رقم الشقة ناقص.", ["important.required"]),
        "thanks": ("شكرا لشرائك من متجرنا.", ["proactive.thanks-only"]),
        "confirm": ("تم شحن طلبك اليوم.", ["proactive.confirmation-only"]),
    },
    imp_ok=("[Important] التوصيل", "نحتاج إلى تحديد موعد التسليم للأريكة."),
    imp_bad=("[Important] شكرا لك", "شكرا على طلبك."),
),
"zh-Hant": dict(
    subj="關於您的訂單", hello="您好，", bye="BrightPeak 客服",
    ok=[
        ("shipped", "您的訂單 123-1234567-1234567 已經寄出，追蹤號碼 1Z999AA10123456784。", []),
        ("refund", "我們已為您辦理部分退款 NT$300，型號 BP-2024-0815。", []),
        ("film", "使用前請撕下保護膜。尺寸為8.5毫米。", []),
        ("feedback", "感謝您的評價，我們已改進包裝。", []),
    ],
    bad={
        "links": ("更多款式請造訪 www.brightpeak.tw 。", ["links.url"]),
        "spelled": ("請造訪 brightpeak點com 了解更多。", ["links.spelled-out"]),
        "coupon": ("送您一張優惠券，下次購買可享九折優惠。", ["promo.coupon"]),
        "marketing": ("新品上市，歡迎選購本店其他商品。", ["promo.marketing"]),
        "offsite": ("我們在蝦皮也有賣場，歡迎搜尋 BrightPeak。", ["promo.offsite"]),
        "review": ("如果您滿意，請給我們五星好評。", ["review.request"]),
        "incentive": ("留評後返現10美元。", ["review.incentive"]),
        "change": ("麻煩您刪除差評，謝謝。", ["review.change"]),
        "optout": ("如需退訂，請回覆本郵件。", ["style.opt-out"]),
        "cancel": ("商品缺貨，請您取消訂單。", ["ask.cancel"]),
        "imp-required": ("您的地址不完整，無法投遞，請補充門牌號碼。", ["important.required"]),
        "thanks": ("感謝您的購買，祝您購物愉快！", ["proactive.thanks-only"]),
        "confirm": ("您的訂單已出貨。", ["proactive.confirmation-only"]),
    },
    imp_ok=("[重要] 客製內容", "請確認您的客製內容與刻字。"),
    imp_bad=("[重要] 感謝您的購買", "祝您使用愉快。"),
),
}

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001")
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + b"This program cannot be run in DOS mode."


def zinfo(name):
    """A ZIP member with a fixed date, so that the corpus is the same on every run."""
    return zipfile.ZipInfo(name, date_time=(2026, 11, 16, 0, 0, 0))


def docx():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        z.writestr(zinfo("[Content_Types].xml"), "<Types/>")
        z.writestr(zinfo("word/document.xml"), "<w:document>Assembly instructions</w:document>")
    return b.getvalue()


def plain_zip():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        z.writestr(zinfo("photos/readme.txt"), "photos")
    return b.getvalue()


def encode_body(text, charset, cte):
    codec = PY_CODEC.get(charset, charset)
    raw = text.replace("\n", "\r\n").encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw).decode().replace("\n", "\r\n"), cte
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode().replace("\r\n", "\n").replace("\n", "\r\n"), cte
    if charset == "iso-2022-jp" or charset == "us-ascii":
        return raw.decode("ascii"), "7bit"
    return raw.decode("latin-1"), "8bit"


def b_header(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        codec = PY_CODEC.get(charset, charset)
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            charset, data = "utf-8", text.encode("utf-8")
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode())


# Rules whose hits are warnings: the message is relayed and the seller told.
WARNINGS = {"important.required", "review.neutral", "links.amazon-order",
            "links.tracking-aggregator", "contact.phone-warranty"}


class Writer:
    def __init__(self):
        self.n = {}
        self.count = 0
        self.positive = 0

    def write(self, cat, name, raw, verdict, rules):
        # A critical message without the [Important] tag is worth a warning, not a stop:
        # Amazon no longer honours the tag as a way around opt-outs and recognises
        # critical messages by their contact reason (rules/70-important.rules).
        if verdict == "reject" and set(rules) and set(rules) <= WARNINGS:
            verdict = "pass"
        k = self.n.get(cat, 0) + 1
        self.n[cat] = k
        d = os.path.join(OUT, cat)
        os.makedirs(d, exist_ok=True)
        base = os.path.join(d, "%03d-%s" % (k, name))
        with open(base + ".eml", "wb") as f:
            f.write(raw if isinstance(raw, bytes) else raw.encode("latin-1"))
        with open(base + ".expect", "w") as f:
            f.write(" ".join([verdict] + sorted(set(rules))) + "\n")
        self.count += 1
        self.positive += verdict != "pass"


# A subject that starts with a client's reply prefix makes the message a reply to the
# buyer: it gets In-Reply-To and References, as a mail client writes them.
REPLY_PREFIX = re.compile(r"^(\[[^\]]*\]\s*)?(Re|RE|AW|SV|R|RV|Antw|Odp|YNT|RES|Ynt|رد|回复|答复|回覆|返信|답장)\s*[:：]")


def headers(lang, subject, mid, charset, extra="", date="Mon, 16 Nov 2026 10:00:00 +0000"):
    reply = ""
    if REPLY_PREFIX.match(subject):
        reply = ("In-Reply-To: <buyer-%s@marketplace.amazon.com>\r\n"
                 "References: <buyer-%s@marketplace.amazon.com>\r\n" % (mid, mid))
    return ("From: Bright Peak <seller@brightpeak.example>\r\n"
            "To: 6bmcx2l1t7cwrwb@%s\r\n"
            "Subject: %s\r\n"
            "Message-ID: <%s@brightpeak.example>\r\n%s"
            "Date: %s\r\n"
            "MIME-Version: 1.0\r\n%s" % (ALIASES[lang], b_header(subject, charset), mid, reply, date,
                                          extra))


def text_msg(lang, subject, body, charset, cte, mid, **hdr):
    enc, cte = encode_body(body, charset, cte)
    return headers(lang, subject, mid, charset,
                   "Content-Type: text/plain; charset=%s\r\nContent-Transfer-Encoding: %s\r\n"
                   % (charset, cte), **hdr) + "\r\n" + enc + ("" if enc.endswith("\r\n") else "\r\n")


def multipart(lang, subject, mid, parts, kind="mixed", boundary="BPB", **hdr):
    out = headers(lang, subject, mid, "utf-8",
                  'Content-Type: multipart/%s; boundary="%s"\r\n' % (kind, boundary),
                  **hdr) + "\r\nThis is MIME.\r\n"
    for p in parts:
        out += "--%s\r\n" % boundary + p
    return out + "--%s--\r\n" % boundary


def text_part(body, charset="utf-8", cte="quoted-printable", ctype="text/plain"):
    enc, cte = encode_body(body, charset, cte)
    return ("Content-Type: %s; charset=%s\r\nContent-Transfer-Encoding: %s\r\n\r\n%s\r\n"
            % (ctype, charset, cte, enc))


def attachment(name, ctype, data, inline=False):
    b64 = base64.encodebytes(data).decode().replace("\n", "\r\n")
    return ('Content-Type: %s; name="%s"\r\nContent-Disposition: %s; filename="%s"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n%s" % (ctype, name, "inline" if inline else "attachment", name, b64))


def attachment_2231(name, ctype, data):
    """An attachment whose non-ASCII file name is written as RFC 2231 says."""
    from urllib.parse import quote
    b64 = base64.encodebytes(data).decode().replace("\n", "\r\n")
    return ("Content-Type: %s\r\nContent-Disposition: attachment; filename*=UTF-8''%s\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n%s" % (ctype, quote(name), b64))


def big(outdir):
    """The cases too big for the repository: 10.5 MiB of photos (limit 10 MiB) and a
    500 KB line. Written into the build directory at test time by run-corpus.py."""
    os.makedirs(outdir, exist_ok=True)
    raw = multipart("en", "Photos of the repair", "big1", [text_part("Please see the attached photos.")] +
                    [attachment("photo%d.jpg" % k, "image/jpeg", JPEG + bytes(2688 * 1024)) for k in range(4)])
    base = os.path.join(outdir, "001-over-10mib-total")
    with open(base + ".eml", "w") as f:
        f.write(raw)
    with open(base + ".expect", "w") as f:
        f.write("reject attachment.type\n")
    # A 500 KB line on the wire (a pasted blob): RFC 5322 2.1.1 allows 998 characters,
    # so the engine holds it before any rule runs (engine.line-length).
    raw = text_msg("en", "Your licence key", "Your licence key:\n" + "a" * 500000 + "\nThank you.", "us-ascii", "8bit", "big2")
    base = os.path.join(outdir, "002-long-line-held")
    with open(base + ".eml", "w") as f:
        f.write(raw)
    with open(base + ".expect", "w") as f:
        f.write("hold engine.line-length\n")
    # The same 500 KB line base64-encoded: short lines on the wire, one long line once
    # decoded; every rule must finish on it within the PCRE2 limits and pass it.
    raw = text_msg("en", "Your licence key", "Your licence key:\n" + "a" * 500000 + "\nThank you.", "us-ascii", "base64", "big3")
    base = os.path.join(outdir, "003-long-decoded-line-passes")
    with open(base + ".eml", "w") as f:
        f.write(raw)
    with open(base + ".expect", "w") as f:
        f.write("pass\n")


# The client attribution lines and Outlook's localized From/Sent/To/Subject block of the
# quoted replies (rounds 25 and up; also tools/gen-corpus-important.py).
ATTR = {
    "en": "On Mon, 16 Nov 2026 at 09:12, Buyer <%s> wrote:",
    "de": "Am Mo., 16. Nov. 2026 um 09:12 Uhr schrieb Käufer <%s>:",
    "fr": "Le lun. 16 nov. 2026 à 09:12, Acheteur <%s> a écrit :",
    "es": "El lun, 16 nov 2026 a las 09:12, Comprador (<%s>) escribió:",
    "it": "Il giorno lun 16 nov 2026 alle ore 09:12 Acquirente <%s> ha scritto:",
    "nl": "Op ma 16 nov 2026 om 09:12 schreef Koper <%s>:",
    "pl": "W dniu pon., 16 lis 2026 o 09:12 Kupujący <%s> napisał(a):",
    "sv": "Den mån 16 nov. 2026 kl 09:12 skrev Köpare <%s>:",
    "tr": "16 Kas 2026 Pzt, 09:12 tarihinde Alıcı <%s> şunu yazdı:",
    "pt": "Em seg., 16 de nov. de 2026 às 09:12, Comprador <%s> escreveu:",
    "id": "Pada tanggal Sen, 16 Nov 2026 pukul 09.12 Pembeli <%s> menulis:",
    "ar": "في الاثنين، 16 نوفمبر 2026 في 9:12 ص، كتب المشتري <%s>:",
    "ja": "2026年11月16日(月) 9:12 購入者 <%s>:",
    "zh": "买家 <%s> 于2026年11月16日周一 09:12写道：",
    "zh-Hant": "買家 <%s> 於 2026年11月16日 週一 上午9:12 寫道：",
    "ko": "2026년 11월 16일 (월) 오전 9:12, 구매자 <%s>님이 작성:",
}
OHDR = {
    "en": ("From", "Sent", "To", "Subject", "Monday, November 16, 2026 9:12 AM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Montag, 16. November 2026 09:12"),
    "fr": ("De", "Envoyé", "À", "Objet", "lundi 16 novembre 2026 09:12"),
    "es": ("De", "Enviado", "Para", "Asunto", "lunes, 16 de noviembre de 2026 9:12"),
    "it": ("Da", "Inviato", "A", "Oggetto", "lunedì 16 novembre 2026 09:12"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "maandag 16 november 2026 09:12"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "poniedziałek, 16 listopada 2026 09:12"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "den 16 november 2026 09:12"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", "16 Kasım 2026 Pazartesi 09:12"),
    "pt": ("De", "Enviado", "Para", "Assunto", "segunda-feira, 16 de novembro de 2026 09:12"),
    "id": ("Dari", "Dikirim", "Kepada", "Perihal", "Senin, 16 November 2026 09.12"),
    "ar": ("من", "تم الإرسال", "إلى", "الموضوع", "الاثنين، 16 نوفمبر 2026 09:12 ص"),
    "ja": ("差出人", "送信日時", "宛先", "件名", "2026年11月16日 9:12"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月16日 9:12"),
    "zh-Hant": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月16日 上午 09:12"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2026년 11월 16일 월요일 오전 9:12"),
}


def main():
    import sys
    if len(sys.argv) == 3 and sys.argv[1] == "--big":
        big(sys.argv[2])
        return
    for d in os.listdir(OUT) if os.path.isdir(OUT) else []:
        # malformed/, notices/ and handwritten/ are written by hand or by other tools,
        # and so are the numbers from OTHER_GENERATORS up (gen-corpus-important.py,
        # gen-corpus-mention.py): only this script's own files are removed
        if d in ("malformed", "notices", "handwritten") or not os.path.isdir(os.path.join(OUT, d)):
            continue
        for name in os.listdir(os.path.join(OUT, d)):
            num = name.split("-", 1)[0]
            if not num.isdigit() or int(num) < OTHER_GENERATORS:
                os.remove(os.path.join(OUT, d, name))
    w = Writer()
    seq = 0
    for lang, spec in L.items():
        cs = CHARSETS[lang]
        wrap = lambda t: "%s\n\n%s\n\n%s" % (spec["hello"], t, spec["bye"])
        for i, (name, body, rules) in enumerate(spec["ok"]):
            seq += 1
            c = cs[i % len(cs)]
            # A shipping notice is allowed only as an answer: these reply to the buyer.
            subj = RSUBJ[lang] if name.startswith("shipped") else spec["subj"]
            raw = text_msg(lang, subj, wrap(body), c, ENCODINGS[i % 3], "c%d" % seq)
            w.write("compliant", "%s-%s-%s" % (lang, name, c), raw, "pass", rules)
        for i, (name, (sentence, rules)) in enumerate(spec["bad"].items()):
            seq += 1
            c = cs[(i + 1) % len(cs)]
            cat = name.split("-")[0] if name not in ("imp-required",) else "important"
            cat = {"spelled": "links", "amazon": "links", "shortener": "links", "email": "contact",
                   "phone": "contact", "channel": "contact", "coupon": "promotion",
                   "marketing": "promotion", "incentive": "reviews", "change": "reviews",
                   "channelling": "reviews", "review": "reviews", "optout": "style",
                   "emoji": "style", "cancel": "asks", "offsite": "promotion",
                   "instructions": "reviews", "repeat": "reviews", "thanks": "proactive",
                   "confirm": "proactive"}.get(cat, cat)
            raw = text_msg(lang, spec["subj"], wrap(sentence), c, ENCODINGS[(i + 1) % 3], "v%d" % seq)
            w.write(cat, "%s-%s-%s" % (lang, name, c), raw, "reject", rules)
        seq += 1
        subj, body = spec["imp_ok"]
        w.write("important", "%s-tagged-critical" % lang,
                text_msg(lang, subj, wrap(body), "utf-8", "base64", "i%d" % seq), "pass", [])
        seq += 1
        subj, body = spec["imp_bad"]
        w.write("important", "%s-tag-misused" % lang,
                text_msg(lang, subj, wrap(body), "utf-8", "quoted-printable", "m%d" % seq),
                "reject", ["important.misuse", "proactive.thanks-only"])

    # Forms of links a filter must see through.
    en = "en"
    forms = [
        ("fullwidth", "Our site: ｗｗｗ．ｂｒｉｇｈｔｐｅａｋ．ｃｏｍ", ["links.url"]),
        ("zero-width", "Our site: www.bright\u200bpeak\u200b.com", ["links.url"]),
        ("ideographic-dot", "サイト: brightpeak。com", ["links.url"]),
        ("subject", None, ["links.url"]),
    ]
    for name, body, rules in forms:
        seq += 1
        if body is None:
            raw = text_msg(en, "Visit brightpeak-shop.com for 20% off", "Thank you for your order.", "utf-8", "8bit", "f%d" % seq)
            # The body only thanks; the subject adds a shop link: no permitted purpose.
            rules = ["links.url", "proactive.thanks-only"]
        else:
            raw = text_msg(en, "Your order", body, "utf-8", "8bit", "f%d" % seq)
        w.write("links", "form-" + name, raw, "reject", rules)
    seq += 1
    long_url = "Please see https://www.brightpeak-shop.com/collections/outdoor/products/very-long-product-name-for-testing-soft-line-breaks?variant=1234567890"
    w.write("links", "form-qp-split", text_msg(en, "Your order", long_url, "utf-8", "quoted-printable", "f%d" % seq), "reject", ["links.url"])
    seq += 1
    html = '<html><body><p>Thank you for your order.</p><p><a href="https://www.brightpeak-shop.com/">Our shop</a></p></body></html>'
    w.write("links", "html-href", headers(en, "Your order", "h%d" % seq, "utf-8", "") .replace("MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n") + "\r\n" + html + "\r\n", "reject", ["links.url", "proactive.thanks-only"])
    seq += 1
    html = '<p>Thank you!</p><p style="display:none">visit brightpeak dot com</p>'
    w.write("links", "html-hidden-text", multipart(en, "Your order", "h%d" % seq, [text_part("Thank you!"), text_part(html, ctype="text/html")], "alternative"), "reject", ["links.spelled-out"])
    seq += 1
    html = '<p>Thanks!</p><img src="https://cdn.brightpeak.example/thanks.gif" alt="">'
    w.write("style", "html-gif-image", multipart(en, "Your order", "h%d" % seq, [text_part(html, ctype="text/html")]), "reject", ["style.gif-image", "links.url"])
    seq += 1
    html = '<p>Thanks!</p><img src="http://t.brightpeak.example/p.png" width="1" height="1">'
    w.write("style", "html-http-pixel", multipart(en, "Your order", "h%d" % seq, [text_part(html, ctype="text/html")]), "reject", ["style.http-image", "links.url"])
    seq += 1
    html = '<p>Your order shipped. <a href="https://www.fedex.com/fedextrack/?trknbr=123456789012">Track it with FedEx</a></p>'
    w.write("compliant", "html-carrier-link", multipart(en, "Re: Where is my order?", "h%d" % seq, [text_part("Your order shipped.", cte="8bit"), text_part(html, ctype="text/html")], "alternative"), "pass", [])

    # Attachments.
    att = [
        ("pdf-invoice", "invoice.pdf", "application/pdf", PDF, "pass", []),
        ("png-photo", "photo.png", "image/png", PNG, "pass", []),
        ("jpeg-photo", "damage.jpg", "image/jpeg", JPEG, "pass", []),
        ("gif-attached", "label.gif", "image/gif", GIF, "reject", ["attachment.type"]),
        ("docx-manual", "manual.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(), "pass", []),
        ("zip-archive", "photos.zip", "application/zip", plain_zip(), "reject", ["attachment.type"]),
        ("exe-program", "setup.exe", "application/octet-stream", EXE, "reject", ["attachment.type"]),
        ("script", "install.sh", "application/x-sh", b"#!/bin/sh\necho hi\n", "reject", ["attachment.type"]),
        ("pdf-name-zip-content", "invoice.pdf", "application/pdf", plain_zip(), "reject", ["attachment.type"]),
        ("text-with-link", "notes.txt", "text/plain", b"Setup notes: see www.brightpeak-shop.com/help\n", "reject", ["links.url"]),
        ("text-with-coupon", "readme.txt", "text/plain", b"Bonus: coupon code SAVE20\n", "reject", ["promo.coupon"]),
    ]
    for name, fname, ctype, data, verdict, rules in att:
        seq += 1
        raw = multipart(en, "Your invoice", "a%d" % seq, [text_part("Please find the file attached."), attachment(fname, ctype, data)])
        w.write("attachments", name, raw, verdict, rules)

    # Nested message, quoted buyer text, warranty phone, tracking.
    seq += 1
    inner = "Subject: Fwd: our catalogue\r\nContent-Type: text/plain\r\n\r\nSee our new arrivals this week.\r\n"
    raw = multipart(en, "Fwd: info", "n%d" % seq, [text_part("See below."), "Content-Type: message/rfc822\r\n\r\n" + inner])
    w.write("promotion", "nested-rfc822", raw, "reject", ["promo.marketing"])
    seq += 1
    raw = text_msg(en, "Re: Where is my package?", "Hello,\n\nYour package arrives on Thursday.\n\nOn Mon, the buyer wrote:\n> Where is my package? It is late.\n", "utf-8", "8bit", "q%d" % seq)
    w.write("compliant", "reply-quoting-buyer", raw, "pass", [])
    seq += 1
    raw = text_msg(en, "Re: question", "Hello,\n\nYes, it fits.\n\nOn Mon, the buyer wrote:\n> Can you also mail me at jane.doe@example.org?\n", "utf-8", "8bit", "q%d" % seq)
    w.write("contact", "quoted-buyer-email", raw, "reject", ["contact.email"])
    seq += 1
    raw = text_msg(en, "Warranty", "For warranty service, call the manufacturer at +1 800 555 0100.", "utf-8", "8bit", "w%d" % seq)
    w.write("compliant", "warranty-phone-warns", raw, "pass", ["contact.phone-warranty"])
    seq += 1
    raw = text_msg("ja", "保証について", "メーカー保証窓口: 0120-123-456 までお問い合わせください。", "shift_jis", "base64", "w%d" % seq)
    w.write("compliant", "ja-warranty-phone-warns", raw, "pass", ["contact.phone-warranty"])
    seq += 1
    raw = text_msg(en, "[Important] Engraving", "Please confirm the engraving text for your cutting board before we start production.", "utf-8", "8bit", "t%d" % seq)
    w.write("important", "en-tagged-engraving", raw, "pass", [])
    seq += 1
    raw = text_msg(en, "[IMPORTANT] Delivery appointment", "We need to schedule a delivery date for your sofa. Which weekday suits you?", "utf-8", "8bit", "t%d" % seq)
    w.write("important", "en-tagged-delivery", raw, "pass", [])
    seq += 1
    raw = text_msg(en, "Engraving", "Please confirm the engraving text for your cutting board before we start production.", "utf-8", "8bit", "t%d" % seq)
    w.write("important", "en-untagged-engraving", raw, "reject", ["important.required"])
    seq += 1
    raw = text_msg(en, "[Important] Please review us", "We hope you love it.", "utf-8", "8bit", "t%d" % seq)
    w.write("important", "en-tag-on-review", raw, "reject", ["important.misuse", "review.neutral"])
    # Round 2: other wordings of every category, as a seller would write them, and
    # realistic service replies full of false-alarm bait (numbers, "review", "coupon",
    # "our store", "other items", Amazon.com as a name). Labels by hand from the policy.
    # (category, name, lang, subject or None, body, verdict, rules)
    R2 = [
        # Compliant service replies.
        ("compliant", "replacement-usps", "en", "Re: Question about your order 113-2045511-7781234", "Hello Sarah,\n\nThank you for reaching out. We are sorry the lid arrived cracked. We have shipped a free replacement today via USPS, tracking 9400 1000 0000 0000 0000 00; it should arrive by Friday, Nov 20.\n\nIf the new lid does not fit, please reply to this message and we will issue a full refund.\n\nBest regards,\nBright Peak Support", "pass", []),
        ("compliant", "size-answer", "en", "Re: Size question", "Hi Tom,\n\nThe cover is 45 x 45 cm (17.7 x 17.7 in.) and fits the 18\" insert. Please note: it is important to wash it at 30 C. The zipper is YKK no. 5.\n\nKind regards,\nAnna", "pass", []),
        ("compliant", "wrong-color", "en", "Re: Wrong color", "Dear customer,\n\nWe apologize for the mix-up. You ordered black (ASIN B0ABCDEF12) but received grey. Please keep the grey one as a gift; a black one ships tomorrow via UPS 1Z999AA10123456784.\n\nThanks for your patience!", "pass", []),
        ("compliant", "amazon-as-name", "en", "Re: Return", "Hello,\n\nThank you for shopping with us on Amazon.com. You can start the return in Your Orders; we reviewed your request and approved it. Version 1.2.10 of the app works on iOS 17.1.", "pass", []),
        ("compliant", "coupon-question", "en", "Re: Price", "Hi,\n\nYour coupon was applied at checkout, so the price was $19.99. The discount you saw afterwards was a lightning deal from Amazon, not from us. Due to Black Friday volumes, delivery may take a day longer.", "pass", []),
        ("compliant", "positive-feedback-thanks", "en", "Re: Lid", "Thank you for your positive feedback, and thanks for sharing your feedback on the lid. You asked how to leave a review: Amazon sends a request by itself. Please follow the instructions in the manual for the seal.", "pass", []),
        ("compliant", "cancel-as-asked", "en", "Re: cancel", "Hi,\n\nAs you requested, we cancelled order 113-2045511-7781234. You will not be charged. If you want to cancel anything else, just let us know and we will do it for you.", "pass", []),
        ("compliant", "adapter-specs", "en", "Re: Adapter", "Hello,\n\nThe adapter works with 100-240 V, 50/60 Hz; the cable is 1.8 m. Model no. BP-2024-08, firmware 1.0.12. Phone charging works via USB-C. Error code E4012 means the filter needs cleaning.", "pass", []),
        ("compliant", "ja-replacement", "ja", "Re: 商品について", "お問い合わせいただきありがとうございます。\nご指摘の不具合について、新しい商品を本日発送いたしました。追跡番号は1234-5678-9012です（ヤマト運輸）。\n他の商品と同梱して発送いたしました。\n※返品は不要です。", "pass", []),
        ("compliant", "ja-amazon-name", "ja", "Re: 返金", "Amazon.co.jpでのご購入ありがとうございます。クーポンが適用されていなかったため、差額を返金しました。ご依頼どおり一部をキャンセルいたしました。", "pass", []),
        ("compliant", "zh-return", "zh", "Re: 关于退货", "感谢您的来信。我们已收到您的退货申请，并已全额退款 128.00 元。您订单中的其他商品已发货。感谢您的评价，我们已改进包装。", "pass", []),
        ("compliant", "ko-shipping", "ko", "Re: 배송 문의", "문의 주셔서 감사합니다. 주문하신 상품은 11월 20일에 발송되었으며 운송장 번호는 6301-2345-6789입니다.\n주문하신 다른 상품은 내일 발송됩니다. 중요: 세탁 시 30도 이하로 해 주세요.", "pass", []),
        ("compliant", "de-invoice", "de", "Re: Frage zur Rechnung", "Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Anbei finden Sie die Rechnung als PDF. Die Lieferung erfolgt mit DHL, Sendungsnummer 00340434161094042557. Vielen Dank für Ihre Bewertung, wir haben die Verpackung verbessert.\n\nBright Peak GmbH, Hauptstr. 12, 10115 Berlin", "pass", []),
        ("compliant", "es-news", "es", "Re: Pedido", "Estimado cliente:\n\nHay novedades sobre su pedido: ya está en camino. Nuestra tienda le reembolsará 5,00 EUR por el retraso. Gracias por dejar su opinión sobre la cremallera.", "pass", []),
        ("compliant", "fr-shipped", "fr", "Re: Commande", "Bonjour,\n\nNotre boutique a expédié votre commande ce matin. Nous avons bien reçu votre demande de retour. Vous recevrez la semaine prochaine un remboursement de 5 EUR.", "pass", []),
        ("compliant", "it-parcel", "it", "Re: Pacco", "Gentile cliente,\n\nnon ci sono novità sul suo pacco, la contatteremo domani. Le dimensioni sono 2,1 m x 0,8 m.", "pass", []),
        ("compliant", "id-shipped", "id", "Re: Pesanan", "Halo,\n\nToko kami sudah mengirim pesanan Anda hari ini. Kami akan mengirim produk baru sebagai pengganti, nomor resi JX1234567890.", "pass", []),
        # Links.
        ("links", "spelled-punkt-de", "de", None, "Besuchen Sie brightpeak punkt de für Ersatzteile.", "reject", ["links.spelled-out"]),
        ("links", "spelled-punto-com", "es", None, "Visítenos en brightpeak punto com.", "reject", ["links.spelled-out"]),
        ("links", "spelled-point-com", "fr", None, "Rendez-vous sur brightpeak point com.", "reject", ["links.spelled-out"]),
        ("links", "spelled-bracket-dot", "en", None, "Spare parts: brightpeak[.]com", "reject", ["links.spelled-out"]),
        ("links", "ko-spelled-datcom", "ko", None, "자세한 내용은 brightpeak닷컴 에서 확인하세요.", "reject", ["links.spelled-out"]),
        ("links", "amazon-storefront", "en", None, "Find our storefront at www.amazon.com/stores/BrightPeak/page/123", "reject", ["links.url"]),
        ("links", "amazon-short", "de", None, "Das passende Zubehör: https://amzn.eu/d/abc123", "reject", ["links.url"]),
        ("links", "bare-shop-domain", "it", None, "Ricambi su brightpeak.shop", "reject", ["links.url"]),
        # Contact.
        ("contact", "obfuscated-email", "en", None, "You can also write to support [at] brightpeak.com", "reject", ["contact.email", "links.url"]),
        ("contact", "phone-1-800", "en", None, "Call 1-800-555-0199 and ask for Mike.", "reject", ["contact.phone"]),
        ("contact", "zh-mobile", "zh", None, "有问题请拨打 138 1234 5678 联系我们。", "reject", ["contact.phone"]),
        ("contact", "fr-phone-pairs", "fr", None, "Appelez-nous au 01 23 45 67 89.", "reject", ["contact.phone"]),
        ("contact", "es-phone", "es", None, "Llámenos al 912 345 678 de lunes a viernes.", "reject", ["contact.phone"]),
        ("contact", "ko-kakao", "ko", None, "카카오톡으로 문의해 주세요.", "reject", ["contact.channel"]),
        ("contact", "carrier-hotline-warns", "en", None, "If the courier has not arrived, the carrier hotline is 0800 123 4567.", "pass", ["contact.phone-warranty"]),
        # Promotion.
        ("promotion", "save-with-code", "en", None, "Save 15% on your next order with code THANKYOU15.", "reject", ["promo.coupon"]),
        ("promotion", "ja-coupon-code", "ja", None, "次回購入時に使える15%OFFクーポンコード: BP15", "reject", ["promo.coupon"]),
        ("promotion", "de-rabattcode", "de", None, "Ihr Rabattcode für die nächste Bestellung lautet SPAR10.", "reject", ["promo.coupon"]),
        ("promotion", "christmas-sale", "en", None, "Our Christmas sale is live now with up to 50% off.", "reject", ["promo.marketing"]),
        ("promotion", "also-like", "en", None, "You might also like our matching pillow cases.", "reject", ["promo.marketing"]),
        ("promotion", "zh-other-products", "zh", None, "欢迎选购本店其他产品。", "reject", ["promo.marketing"]),
        ("promotion", "fr-contest", "fr", None, "Participez à notre jeu-concours !", "reject", ["promo.marketing"]),
        ("promotion", "ja-new-arrivals", "ja", None, "新作が入荷しました！ぜひチェックしてください。", "reject", ["promo.marketing"]),
        # Reviews.
        ("reviews", "share-thoughts", "en", None, "Hope you're enjoying the blender. Would you be so kind as to share your thoughts in a review on Amazon? It really helps us.", "reject", ["review.request"]),
        ("reviews", "rate-5-stars", "en", None, "We'd be grateful if you could rate your purchase 5 stars.", "reject", ["review.request"]),
        ("reviews", "what-to-write", "en", None, "When writing your review, please mention the fast shipping.", "reject", ["review.instructions"]),
        ("reviews", "ja-star5", "ja", None, "☆5の商品レビュー書いてください!", "reject", ["review.request"]),
        ("reviews", "ko-five-stars", "ko", None, "만족하셨다면 별 5개 리뷰 부탁드립니다.", "reject", ["review.request"]),
        ("compliant", "es-dejara-opinion-neutral-warns", "es", None, "Nos encantaría que nos dejara su opinión en Amazon.", "pass", ["review.neutral"]),
        ("reviews", "it-positive", "it", None, "Ci farebbe piacere se lasciasse una recensione positiva.", "reject", ["review.request"]),
        ("reviews", "revising-feedback", "en", None, "Now that the issue is resolved, would you consider revising your feedback?", "reject", ["review.change"]),
        ("reviews", "id-hapus-ulasan", "id", None, "Bisakah Anda menghapus ulasan negatif Anda?", "reject", ["review.change"]),
        ("reviews", "de-ueberarbeiten", "de", None, "Würden Sie Ihre negative Bewertung bitte überarbeiten?", "reject", ["review.change"]),
        ("reviews", "before-you-leave", "en", None, "If there's any problem, please contact us before you leave a review.", "reject", ["review.channel"]),
        ("reviews", "fr-avant-avis", "fr", None, "Si vous n'êtes pas satisfait, contactez-nous avant de laisser un avis.", "reject", ["review.channel"]),
        ("reviews", "screenshot-refund", "en", None, "Send us a screenshot of your review and we will refund the full price.", "reject", ["review.incentive"]),
        ("reviews", "zh-cashback", "zh", None, "留评后返现10美元。", "reject", ["review.incentive"]),
        ("reviews", "es-refund-for-review", "es", None, "Le reembolsaremos el producto si publica una reseña.", "reject", ["review.incentive"]),
        # Style and asks.
        ("style", "no-longer-hear", "en", None, "If you no longer want to hear from us, reply with REMOVE.", "reject", ["style.opt-out"]),
        ("style", "ko-opt-out", "ko", None, "더 이상 메일을 원하지 않으시면 수신거부를 눌러 주세요.", "reject", ["style.opt-out"]),
        ("style", "ja-bow-emoji", "ja", None, "ご注文ありがとうございます\U0001F647\u200d\u2640\ufe0f", "reject", ["style.emoji", "proactive.thanks-only"]),
        ("style", "fr-heart-emoji", "fr", None, "Merci beaucoup \u2764\ufe0f", "reject", ["style.emoji"]),
        ("asks", "ja-cancel-procedure", "ja", None, "在庫がございませんので、お客様の方でキャンセル手続きをお願いできますでしょうか。", "reject", ["ask.cancel"]),
        ("asks", "zh-apply-cancel", "zh", None, "由于缺货，麻烦您申请取消订单。", "reject", ["ask.cancel"]),
        ("asks", "es-cancel", "es", None, "Por falta de stock, le pedimos que cancele su pedido.", "reject", ["ask.cancel"]),
        # [Important].
        ("important", "carrier-cannot-find", "en", "Your delivery", "The carrier could not find your address; the apartment number is missing.", "reject", ["important.required"]),
        ("important", "zh-delivery-time", "zh", "配送", "请确认您的送货时间。", "reject", ["important.required"]),
        ("important", "fr-creneau", "fr", "Livraison", "Merci de nous indiquer un créneau de livraison pour votre canapé.", "reject", ["important.required"]),
        ("important", "ja-fullwidth-bracket-ok", "ja", "【重要】お届け先について", "ご住所に不備がございます。番地をお知らせください。", "pass", []),
        ("important", "ja-shipping-notice-misuse", "ja", "[重要] 発送のお知らせ", "ご注文の商品を発送しました。お届け先: 東京都千代田区", "reject", ["important.misuse", "proactive.confirmation-only"]),
        ("important", "de-shipping-notice-misuse", "de", "[Important] Versandbestätigung", "Ihre Bestellung ist unterwegs. Lieferadresse: Hauptstr. 1, Berlin", "reject", ["important.misuse", "proactive.confirmation-only"]),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R2):
        seq += 1
        cs = CHARSETS[lang]
        c = cs[k % len(cs)]
        try:
            body.encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        raw = text_msg(lang, subj or L[lang]["subj"], body, c, ENCODINGS[k % 3], "r%d" % seq)
        w.write(cat, "%s-%s" % (name, c), raw, verdict, rules)
    # Round 3: HTML footers and hidden contact links, more attachment types, and more
    # wordings (spelled-out addresses, cancel requests, [Important] topics).
    BMP = b"BM" + (70).to_bytes(4, "little") + bytes(4) + (54).to_bytes(4, "little") + (40).to_bytes(4, "little") + bytes(52)
    TIFF = b"II*\x00\x08\x00\x00\x00" + bytes(16)
    DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Root Entry".encode("utf-16-le") + bytes(8) + "WordDocument".encode("utf-16-le") + bytes(64)
    footer = ('<html><body><p>Thank you for your order 113-2045511-7781234. It shipped today.</p>'
              '<p><a href="mailto:info@brightpeak.com">Email us</a> | <a href="tel:+4930123456">Call us</a></p></body></html>')
    seq += 1
    w.write("contact", "html-mailto-tel-links", multipart(en, "Your order", "x%d" % seq, [text_part(footer, ctype="text/html", cte="base64")]), "reject", ["contact.link", "proactive.confirmation-only"])
    newsletter = ('<html><body><p>Hi!</p><p>Thanks for shopping with us.</p>'
                  '<p><a href="https://brightpeak.com/u?id=9">Unsubscribe</a> from these e-mails.</p></body></html>')
    seq += 1
    w.write("style", "html-unsubscribe-footer", multipart(en, "Your order", "x%d" % seq, [text_part("Hi! Thanks for shopping with us.", cte="8bit"), text_part(newsletter, ctype="text/html")], "alternative"), "reject", ["style.opt-out", "links.url", "proactive.thanks-only"])
    tracked = ('<html><body><p>Votre colis est en route : <a href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901">suivre le colis</a>.</p>'
               '<p>Cordialement,<br>Bright Peak</p></body></html>')
    seq += 1
    w.write("compliant", "fr-html-laposte-link", multipart("fr", "RE: Où est mon colis ?", "x%d" % seq, [text_part(tracked, ctype="text/html", charset="iso-8859-1")]), "pass", [])
    seq += 1
    raw = multipart(en, "Your documents", "x%d" % seq, [text_part("Attached: the invoice as a Word file, a scan of the label and the packing photo.", cte="8bit"),
                                                        attachment("invoice.doc", "application/msword", DOC),
                                                        attachment("label.tif", "image/tiff", TIFF),
                                                        attachment("packing.bmp", "image/bmp", BMP)])
    w.write("attachments", "doc-tiff-bmp", raw, "pass", [])
    seq += 1
    raw = multipart(en, "Photo", "x%d" % seq, [text_part("The photo of the damage.", cte="8bit"), attachment("damage.jpg", "image/jpeg", PDF)])
    w.write("attachments", "jpg-name-pdf-content", raw, "reject", ["attachment.type"])
    seq += 1
    raw = multipart("de", "Anleitung", "x%d" % seq, [text_part("Anbei die Anleitung.", charset="iso-8859-1"),
                                                     attachment("anleitung.txt", "text/plain", "Bei Fragen rufen Sie uns an: 030/1234567\n".encode("latin-1"))])
    w.write("attachments", "de-text-with-phone", raw, "reject", ["contact.phone"])
    seq += 1
    raw = multipart("ja", "請求書", "x%d" % seq, [text_part("請求書を添付いたします。", charset="iso-2022-jp", cte="7bit"),
                                                  attachment_2231("請求書.pdf", "application/pdf", PDF)])
    w.write("compliant", "ja-invoice-pdf", raw, "pass", [])

    R3 = [
        ("links", "spaced-dot-com", "en", None, "Spare parts at brightpeak. com", "reject", ["links.spelled-out"]),
        ("links", "ja-katakana-com", "ja", None, "ショップは brightpeak。コム です。", "reject", ["links.spelled-out"]),
        ("contact", "spaced-at-email", "en", None, "mail: info @ brightpeak.com", "reject", ["contact.email", "links.url"]),
        ("contact", "add-on-line", "en", None, "Add me on Line: brightpeak", "reject", ["contact.channel"]),
        ("contact", "ja-fullwidth-tel", "ja", None, "TEL：０３－１２３４－５６７８", "reject", ["contact.phone"]),
        ("compliant", "call-carrier-tracking", "en", None, "Please call DHL with tracking 1234567890 if it is late; your messenger bag is in the parcel.", "pass", []),
        ("asks", "cancel-from-your-side", "en", None, "We are out of stock. Kindly cancel it from your side.", "reject", ["ask.cancel"]),
        ("asks", "de-stornieren", "de", None, "Leider ausverkauft - könnten Sie die Bestellung bitte stornieren?", "reject", ["ask.cancel"]),
        ("compliant", "dont-cancel", "en", None, "Please don't cancel the order, it ships tomorrow. If you still want to cancel, we can do it for you.", "pass", []),
        ("important", "engraved-name", "en", "Your order", "What name would you like engraved on the watch?", "reject", ["important.required"]),
        ("important", "freight-date", "en", "Delivery", "Please let us know a convenient delivery date and time for the freight carrier.", "reject", ["important.required"]),
        ("important", "ja-delivery-wish", "ja", "ご注文について", "お届け日時のご希望をお知らせください。", "reject", ["important.required"]),
        ("important", "ko-engraving-text", "ko", "주문", "각인 문구를 알려 주세요.", "reject", ["important.required"]),
        ("important", "it-incisione", "it", "Ordine", "Ci indichi il testo per l'incisione.", "reject", ["important.required"]),
        ("important", "tagged-freight-date", "en", "[Important] Delivery", "Please let us know a convenient delivery date and time for the freight carrier.", "pass", []),
        ("important", "ko-tagged-engraving", "ko", "[Important] 주문", "각인 문구를 알려 주세요.", "pass", []),
        ("important", "shipping-update-misuse", "en", "[Important] Shipping update", "Your order has shipped and will be delivered by Friday.", "reject", ["important.misuse", "proactive.confirmation-only"]),
        ("important", "zh-thanks-misuse", "zh", "[重要] 感谢您的购买", "祝您购物愉快。", "reject", ["important.misuse", "proactive.thanks-only"]),
        ("compliant", "engraved-mug-thanks", "en", "Thanks", "Thank you for your order! We hope you enjoy your new engraved mug.", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R3):
        seq += 1
        cs = CHARSETS[lang]
        c = cs[(k + 1) % len(cs)]
        try:
            body.encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        raw = text_msg(lang, subj or L[lang]["subj"], body, c, ENCODINGS[(k + 2) % 3], "y%d" % seq)
        w.write(cat, "%s-%s" % (name, c), raw, verdict, rules)
    # Round 4: polite review requests in every language, national phone shapes, and
    # the thank-you-for-your-review and "we will assess the item" replies that must pass.
    R4 = [
        ("reviews", "fr-votre-avis-compte", "fr", None, "Votre avis compte beaucoup pour nous : pourriez-vous noter le produit ?", "reject", ["review.request"]),
        ("compliant", "it-ricevere-recensione-neutral-warns", "it", None, "Ci farebbe piacere ricevere una sua recensione su Amazon.", "pass", ["review.neutral"]),
        ("compliant", "id-menulis-ulasan-neutral-warns", "id", None, "Apakah Anda bersedia menulis ulasan untuk produk ini?", "pass", ["review.neutral"]),
        ("reviews", "es-valore", "es", None, "Su opinión es muy importante para nosotros, por favor valore el producto.", "reject", ["review.request"]),
        ("compliant", "de-rezension-freuen-neutral-warns", "de", None, "Wir würden uns über eine Rezension freuen.", "pass", ["review.neutral"]),
        ("reviews", "zh-expect-five-star", "zh", None, "期待您的五星评价！", "reject", ["review.request"]),
        ("compliant", "ko-sangpumpyeong-neutral-warns", "ko", None, "상품평을 남겨 주시면 감사하겠습니다.", "pass", ["review.neutral"]),
        ("contact", "es-movil", "es", None, "Para cualquier duda, móvil 612 345 678.", "reject", ["contact.phone"]),
        ("contact", "uk-mobile", "en", None, "Ring us: 07700 900123", "reject", ["contact.phone"]),
        ("compliant", "fr-merci-avis", "fr", None, "Merci pour votre avis sur la fermeture éclair. Nous allons évaluer le produit retourné et vous rembourser.", "pass", []),
        ("compliant", "de-artikel-bewerten", "de", None, "Vielen Dank für Ihre Rücksendung. Wir werden den Artikel bewerten und Ihnen Bescheid geben.", "pass", []),
        ("compliant", "it-grazie-recensione", "it", None, "Grazie per la sua recensione, abbiamo migliorato l'imballaggio.", "pass", []),
        ("compliant", "ko-thanks-review", "ko", None, "상품평 감사합니다. 포장을 개선했습니다.", "pass", []),
        ("compliant", "id-thanks-review", "id", None, "Terima kasih atas ulasan Anda. Ukuran produk 25 x 15 cm.", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R4):
        seq += 1
        cs = CHARSETS[lang]
        c = cs[(k + 1) % len(cs)]
        try:
            body.encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        raw = text_msg(lang, subj or L[lang]["subj"], body, c, ENCODINGS[(k + 1) % 3], "z%d" % seq)
        w.write(cat, "%s-%s" % (name, c), raw, verdict, rules)
    # Round 5: the categories added with the new languages, disguises, GIFs in any form,
    # proactive thank-you/confirmation mail and its replies, and the precision traps
    # (national carriers, ids and numbers, thanks for feedback, one neutral review
    # request, cancellations the buyer asked for, correct [Important] use).
    R5 = [
        # Reviews.
        ("reviews", "update-2-star", "en", None, "Would you mind updating the 2-star review you left last week? We fixed the hinge.", "reject", ["review.change"]),
        ("reviews", "change-to-5-stars", "en", None, "Now that it works, please change your rating to 5 stars.", "reject", ["review.change"]),
        ("reviews", "delete-negative", "en", None, "We would be grateful if the negative review could be deleted.", "reject", ["review.change"]),
        ("reviews", "mention-in-review", "en", None, "Please mention the fast shipping and the gift box in your review.", "reject", ["review.instructions"]),
        ("reviews", "reminder", "en", None, "Just a friendly reminder: we haven't seen your review yet.", "reject", ["review.repeat"]),
        ("reviews", "follow-up-feedback", "en", None, "Following up on our previous email, could you share feedback on the kettle?", "reject", ["review.repeat"]),
        ("reviews", "gift-card-review", "en", None, "We'll send you a $20 gift card once your review is posted.", "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", "free-item-exchange", "en", None, "Get a free item in exchange for your honest review.", "reject", ["review.incentive"]),
        ("reviews", "refund-after-review", "en", None, "After you post your review, we will refund you via PayPal.", "reject", ["review.incentive"]),
        ("reviews", "de-reminder", "de", None, "Kleine Erinnerung: Wir würden uns über Ihre Bewertung freuen.", "reject", ["review.repeat"]),
        ("reviews", "es-instructions", "es", None, "En su reseña, mencione el envío rápido, por favor.", "reject", ["review.instructions"]),
        ("reviews", "fr-change", "fr", None, "Pourriez-vous modifier votre évaluation ?", "reject", ["review.change"]),
        ("reviews", "ja-reminder", "ja", None, "まだレビューをいただいていないようですので、再度ご連絡しました。", "reject", ["review.repeat"]),
        ("reviews", "sv-incentive", "sv", None, "Skriv en recension så får du ett presentkort.", "reject", ["review.incentive"]),
        ("reviews", "tr-incentive", "tr", None, "Yorum yazarsanız size hediye çeki göndereceğiz.", "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", "ar-instructions", "ar", None, "في تقييمك، اذكر سرعة الشحن من فضلك.", "reject", ["review.instructions"]),
        ("reviews", "nl-instructions", "nl", None, "Wilt u in uw review de snelle levering vermelden?", "reject", ["review.instructions"]),
        ("reviews", "pt-repeat", "pt", None, "Lembrete: deixe a sua avaliação do produto.", "reject", ["review.repeat"]),
        ("compliant", "neutral-review-request", "en", "Your order 113-2045511-7781234", "Would you like to leave a review? Share your experience with other customers.", "pass", ["review.neutral"]),
        ("compliant", "reply-thanks-feedback", "en", "Re: Broken zipper", "Thank you for your feedback about the zipper. We will send a replacement zipper pull on Monday.", "pass", []),
        ("compliant", "pl-reply-thanks-opinion", "pl", "Odp: Opinia", "Dziękujemy za opinię, poprawiliśmy opakowanie.", "pass", []),
        ("compliant", "tr-reply-thanks-review", "tr", "YNT: Yorum", "Yorumunuz için teşekkür ederiz, ambalajı iyileştirdik.", "pass", []),
        ("compliant", "ar-reply-thanks-review", "ar", "رد: تقييم", "شكرا على تقييمك، لقد حسنا التغليف.", "pass", []),
        # Off-Amazon shops named without a link.
        ("promotion", "etsy-search", "en", None, "You can also find us on Etsy: search BrightPeak Studio.", "reject", ["promo.offsite"]),
        ("promotion", "ebay-case", "en", None, "We sell the matching case on eBay too.", "reject", ["promo.offsite"]),
        ("promotion", "own-web-shop", "en", None, "Next time, order directly from our web shop and save.", "reject", ["promo.offsite"]),
        ("promotion", "ja-rakuten", "ja", None, "楽天市場でも同じ商品を販売しています。", "reject", ["promo.offsite"]),
        ("promotion", "id-shopee", "id", None, "Cari kami juga di Shopee dan Tokopedia.", "reject", ["promo.offsite"]),
        ("promotion", "ko-smartstore", "ko", None, "네이버 스마트스토어에서 브라이트피크를 검색해 주세요.", "reject", ["promo.offsite"]),
        ("promotion", "pt-mercado-livre", "pt", None, "Também vendemos no Mercado Livre.", "reject", ["promo.offsite"]),
        ("promotion", "ar-noon", "ar", None, "تجدوننا أيضا على نون.", "reject", ["promo.offsite"]),
        ("compliant", "noon-delivery", "en", None, "Your refund of $12.50 was issued; the carrier collects the return before noon on 11/20/2026.", "pass", []),
        # Disguised addresses.
        ("contact", "pl-malpa", "pl", None, "Napisz: jan.kowalski małpa gmail kropka com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "es-arroba", "es", None, "Escríbanos: ventas arroba brightpeak punto es", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "it-chiocciola", "it", None, "Ci scriva: info chiocciola brightpeak punto it", "reject", ["contact.email", "links.spelled-out"]),
        ("links", "spaced-letters", "en", None, "Our shop: w w w . b r i g h t p e a k . c o m", "reject", ["links.spelled-out"]),
        ("links", "nl-punt", "nl", None, "Bezoek brightpeak punt nl voor meer.", "reject", ["links.spelled-out"]),
        # Asking to cancel.
        ("asks", "en-out-of-stock-account", "en", None, "Unfortunately we ran out of stock. Could you please cancel the order from your account?", "reject", ["ask.cancel"]),
        ("asks", "fr-annuler", "fr", None, "Article épuisé : veuillez annuler votre commande.", "reject", ["ask.cancel"]),
        ("asks", "it-annullare", "it", None, "Potrebbe annullare l'ordine? Il prodotto è esaurito.", "reject", ["ask.cancel"]),
        ("asks", "sv-avbryta", "sv", None, "Varan är slut, vänligen avboka din order.", "reject", ["ask.cancel"]),
        ("asks", "zh-Hant-cancel", "zh-Hant", None, "商品缺貨，麻煩您申請取消訂單。", "reject", ["ask.cancel"]),
        ("compliant", "cancel-confirmed-reply", "en", "Re: Cancel my order", "As you requested, we have cancelled your order 113-2045511-7781234; no charge was made.\n\nOn Mon, Nov 16, 2026, Buyer <6bmcx2l1t7cwrwb@marketplace.amazon.com> wrote:\n> Could you please cancel the order? I ordered the wrong size.", "pass", []),
        ("compliant", "de-cancel-confirmed", "de", "AW: Stornierung", "Wie gewünscht haben wir Ihre Bestellung storniert. Der Betrag wird nicht belastet.", "pass", []),
        ("compliant", "pl-cancel-confirmed", "pl", "Odp: Anulowanie", "Zgodnie z Twoją prośbą anulowaliśmy zamówienie.", "pass", []),
        ("compliant", "tr-cancel-confirmed", "tr", "YNT: İptal", "Talebiniz üzerine siparişinizi iptal ettik.", "pass", []),
        ("compliant", "pt-cancel-confirmed", "pt", "RES: Cancelamento", "Conforme solicitado, cancelamos o seu pedido.", "pass", []),
        # Proactive thank-you-only and confirmation-only; the same words as replies.
        ("proactive", "en-thanks-only", "en", "Thank you!", "Hello,\n\nThank you for your order 113-2045511-7781234! We're here to help if you need anything.\n\nBest regards,\nBright Peak", "reject", ["proactive.thanks-only"]),
        ("proactive", "en-shipped-only", "en", "Your order has shipped", "Good news: your order 113-2045511-7781234 has shipped! Tracking number: 1Z999AA10123456784.", "reject", ["proactive.confirmation-only"]),
        ("proactive", "de-order-confirmation", "de", "Bestellbestätigung", "Wir haben Ihre Bestellung erhalten. Ihre Bestellung wurde heute versandt.", "reject", ["proactive.confirmation-only"]),
        ("proactive", "ja-thanks-only", "ja", "ご購入ありがとうございます", "この度はご購入いただき誠にありがとうございます。", "reject", ["proactive.thanks-only"]),
        ("compliant", "en-thanks-reply", "en", "Re: Thank you!", "Thank you for your order! We're here to help if you need anything.", "pass", []),
        ("compliant", "ja-thanks-reply", "ja", "Re: お礼", "ご購入ありがとうございます。またのご利用をお待ちしております。", "pass", []),
        ("compliant", "de-shipped-reply", "de", "AW: Wo ist mein Paket?", "Ihre Bestellung wurde heute versandt, Sendungsnummer 00340434161234567890.", "pass", []),
        ("compliant", "en-thanks-with-delay", "en", "Your order 113-2045511-7781234", "Thank you for your order. Unfortunately it will be two days late; we are sorry for the wait.", "pass", []),
        # [Important] used correctly, and its misuse, in more wordings and languages.
        ("important", "tagged-house-number", "en", "[Important] Your address", "The parcel was returned to us because the house number is missing from the address.", "pass", []),
        ("important", "tagged-appointment", "en", "[Important] Delivery appointment", "The freight company needs a delivery appointment for your sofa; which day are you at home?", "pass", []),
        ("important", "tagged-custom-initials", "en", "[Important] Your custom order", "Please confirm the initials and the font for your custom order.", "pass", []),
        ("important", "nl-tagged-appointment", "nl", "[Important] Bezorgafspraak", "Wij willen graag een bezorgafspraak met u maken voor de bank.", "pass", []),
        ("important", "pl-tagged-address", "pl", "[Important] Adres", "Podany adres jest niepełny, brak numeru mieszkania.", "pass", []),
        ("important", "tr-tagged-personalisation", "tr", "[Important] Kişiselleştirme", "Lütfen kişiselleştirme metnini onaylayın.", "pass", []),
        ("important", "pt-tagged-delivery", "pt", "[Important] Entrega", "Precisamos agendar a entrega do sofá. Qual data é melhor?", "pass", []),
        ("important", "ar-tagged-address", "ar", "[Important] العنوان", "العنوان غير مكتمل، رقم الشقة ناقص.", "pass", []),
        ("important", "zh-Hant-tagged-custom", "zh-Hant", "[重要] 客製", "請確認您的客製內容與刻字。", "pass", []),
        ("important", "sv-tag-on-review", "sv", "[Important] Omdöme", "Om du är nöjd, lämna gärna en positiv recension.", "reject", ["important.misuse", "review.request"]),
        ("important", "pt-untagged-address", "pt", "Endereço", "O seu endereço está incompleto, falta o número do apartamento.", "reject", ["important.required"]),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R5):
        seq += 1
        cs = CHARSETS[lang]
        c = cs[k % len(cs)]
        try:
            body.encode(PY_CODEC.get(c, c))
            (subj or "").encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        raw = text_msg(lang, subj or L[lang]["subj"], body, c, ENCODINGS[k % 3], "w%d" % seq)
        w.write(cat, "%s-%s" % (name, c), raw, verdict, rules)

    # Carrier tracking links of national carriers, as answers to "where is my order?".
    carriers = [
        ("en", "india-post", "Your parcel is with India Post: https://www.indiapost.gov.in/_layouts/15/dop.portal.tracking/trackconsignment.aspx (consignment EE123456789IN). Delhivery: https://www.delhivery.com/track/package/1234567890123"),
        ("fr", "canada-post", "Votre colis est chez Postes Canada : https://www.canadapost-postescanada.ca/track-reperage/fr#/details/7023210039414604 ; Purolator : https://www.purolator.com/en/shipping/tracker?pin=335876543210"),
        ("en", "singpost", "SingPost tracking: https://www.singpost.com/track-items?trackingid=RR123456789SG, or Ninja Van https://www.ninjavan.co/en-sg/tracking?id=NVSGBRPK000123456"),
        ("ar", "emirates-post", "تتبع الشحنة لدى بريد الإمارات: https://www.emiratespost.ae/all-services/track-a-package?id=EE123456789AE أو أرامكس https://www.aramex.com/track/shipments?ShipmentNumber=12345678901"),
        ("es", "estafeta-mx", "Su paquete viaja con Estafeta: https://www.estafeta.com/Herramientas/Rastreo?guia=1234567890 ; también Correos de México https://www.correosdemexico.gob.mx/SSLServicios/SeguimientoEnvio/Seguimiento.aspx"),
        ("nl", "bpost-be", "Uw pakket wordt bezorgd door bpost: https://track.bpost.cloud/btr/web/#/search?itemCode=323212345678901234&lang=nl"),
        ("pl", "inpost", "Paczka jest w drodze z InPost: https://inpost.pl/sledzenie-przesylek?number=620012345678901234567890 oraz Poczta Polska https://emonitoring.poczta-polska.pl/?numer=00159007738099001234"),
        ("sv", "postnord", "Paketet skickas med PostNord: https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=00370712345678901234"),
        ("tr", "yurtici", "Kargonuz Yurtiçi Kargo'da: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=123456789012 , PTT: https://gonderitakip.ptt.gov.tr/"),
        ("pt", "correios-br", "Rastreie nos Correios: https://rastreamento.correios.com.br/app/index.php?objeto=AB123456789BR ou Jadlog https://www.jadlog.com.br/jadlog/tracking?cte=12345678901234"),
        ("ko", "cj-logistics", "CJ대한통운 배송 조회: https://www.cjlogistics.com/ko/tool/parcel/tracking?gnbInvcNo=123456789012"),
        ("ar", "spl-sa", "تتبع الشحنة عبر سبل: https://splonline.com.sa/en/shipmentdetailsstatic/?tracknumbers=RB123456789SA"),
    ]
    for k, (lang, name, body) in enumerate(carriers):
        seq += 1
        cs = CHARSETS[lang]
        c = cs[k % len(cs)]
        try:
            body.encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write("compliant", "carrier-%s-%s" % (name, c), text_msg(lang, RSUBJ[lang], body, c, ENCODINGS[k % 3], "k%d" % seq), "pass", [])

    # Gmail and Outlook HTML replies that quote the buyer (the alias in the attribution).
    alias = "6bmcx2l1t7cwrwb@marketplace.amazon.de"
    gmail = ('<div dir="ltr">Guten Tag,<br><br>Ihr Paket kommt am Donnerstag mit DHL: '
             '<a href="https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890">Sendung verfolgen</a>.'
             '<br><br>Viele Grüße<br>Bright Peak</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             'Am Mo., 16. Nov. 2026 um 09:12 Uhr schrieb Käufer &lt;<a href="mailto:%s">%s</a>&gt;:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             'Wo ist mein Paket? Bestellung 303-1234567-1234567</blockquote></div>' % (alias, alias))
    gplain = ("Guten Tag,\n\nIhr Paket kommt am Donnerstag mit DHL.\n\nViele Grüße\nBright Peak\n\n"
              "Am Mo., 16. Nov. 2026 um 09:12 Uhr schrieb Käufer <%s>:\n> Wo ist mein Paket? Bestellung 303-1234567-1234567\n" % alias)
    seq += 1
    w.write("compliant", "de-gmail-html-reply-quoting-alias", multipart("de", "AW: Wo ist mein Paket?", "g%d" % seq,
            [text_part(gplain, charset="iso-8859-15"), text_part(gmail, ctype="text/html", charset="windows-1252")], "alternative"), "pass", [])
    alias_nl = "6bmcx2l1t7cwrwb@marketplace.amazon.nl"
    outlook = ('<html><body><div>Beste klant,</div><div>Het vervangende onderdeel is vandaag verzonden; u hoeft niets terug te sturen.</div>'
               '<div>Met vriendelijke groet,<br>Bright Peak</div><hr style="display:inline-block;width:98%%">'
               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>Van:</b> Koper &lt;%s&gt;<br>'
               '<b>Verzonden:</b> maandag 16 november 2026 09:12<br><b>Aan:</b> Bright Peak<br>'
               '<b>Onderwerp:</b> Onderdeel kapot</font><div>&nbsp;</div></div><div>Het scharnier is gebroken. Wat nu?</div></body></html>' % alias_nl)
    seq += 1
    w.write("compliant", "nl-outlook-html-reply-quoting-alias", multipart("nl", "Antw: Onderdeel kapot", "o%d" % seq,
            [text_part(outlook, ctype="text/html", charset="windows-1252")]), "pass", [])
    # The same reply as Outlook writes it when the header block shows the seller's own
    # address: Outlook wrote it, the seller offers nothing, so it passes (the header
    # block's addresses are not contact details; rules/README.md, "Replies and quotes").
    seq += 1
    w.write("compliant", "nl-outlook-html-reply-seller-address", multipart("nl", "Antw: Onderdeel kapot", "o%d" % seq,
            [text_part(outlook.replace("<b>Aan:</b> Bright Peak<br>", "<b>Aan:</b> Bright Peak &lt;seller@brightpeak.example&gt;<br>"), ctype="text/html", charset="windows-1252")]),
            "pass", [])
    # But an address the seller writes into its own text is stopped, reply or not.
    seq += 1
    w.write("contact", "nl-outlook-html-reply-own-address", multipart("nl", "Antw: Onderdeel kapot", "o%d" % seq,
            [text_part(outlook.replace("u hoeft niets terug te sturen.", "mail ons op service@brightpeak.example."), ctype="text/html", charset="windows-1252")]),
            "reject", ["contact.email"])
    # The same Outlook reply whose own text (not the quote) sends the buyer to bol.com.
    outlook_bad = outlook.replace("u hoeft niets terug te sturen.", "u vindt ons ook op bol.com onder BrightPeak.")
    seq += 1
    w.write("promotion", "nl-outlook-html-reply-bolcom", multipart("nl", "Antw: Onderdeel kapot", "o%d" % seq,
            [text_part(outlook_bad, ctype="text/html", charset="iso-8859-15")]), "reject", ["promo.offsite", "links.url"])
    # Gmail HTML in Polish whose buyer quote asks to cancel; the seller confirms it.
    alias_pl = "6bmcx2l1t7cwrwb@marketplace.amazon.pl"
    gpl = ('<div dir="ltr">Dzień dobry,<br>zgodnie z Twoją prośbą anulowaliśmy zamówienie 405-1234567-1234567.<br>Pozdrawiamy</div>'
           '<div class="gmail_quote"><div class="gmail_attr">W dniu pon., 16 lis 2026 o 09:12 Kupujący &lt;%s&gt; napisał(a):<br></div>'
           '<blockquote class="gmail_quote">Proszę anulować moje zamówienie.</blockquote></div>' % alias_pl)
    seq += 1
    w.write("compliant", "pl-gmail-html-cancel-confirmed", multipart("pl", "Odp: Anulowanie", "g%d" % seq,
            [text_part(gpl, ctype="text/html", charset="iso-8859-2")]), "pass", [])

    # GIFs in any form.
    seq += 1
    html = '<p>Danke!</p><img src="cid:image001.gif@01DA1234.56789AB0">'
    w.write("style", "inline-cid-gif", multipart("de", "Ihre Bestellung", "j%d" % seq,
            [text_part(html, ctype="text/html", charset="iso-8859-1"), attachment("image001.gif", "image/gif", GIF, inline=True)], "related"),
            "reject", ["style.gif-image", "attachment.type"])
    seq += 1
    html = '<p>Obrigado! <a href="https://media.brightpeak.example/dance.gif">veja</a></p>'
    w.write("style", "pt-linked-gif", multipart("pt", "Seu pedido", "j%d" % seq, [text_part(html, ctype="text/html", charset="windows-1252")]),
            "reject", ["style.gif-image", "links.url"])
    seq += 1
    raw = multipart("tr", "Faturanız", "j%d" % seq, [text_part("Faturanız ektedir.", charset="iso-8859-9"), attachment("tesekkurler.gif", "image/gif", GIF)])
    w.write("attachments", "tr-gif-attached", raw, "reject", ["attachment.type"])
    seq += 1
    raw = multipart("ar", "الفاتورة", "j%d" % seq, [text_part("الفاتورة مرفقة.", charset="windows-1256"), attachment("invoice.pdf", "application/pdf", PDF)])
    w.write("compliant", "ar-invoice-pdf", raw, "pass", [])
    seq += 1
    raw = multipart("zh-Hant", "發票", "j%d" % seq, [text_part("發票請見附件。", charset="big5"), attachment("invoice.png", "image/png", PNG)])
    w.write("compliant", "zh-Hant-invoice-png", raw, "pass", [])
    # Round 6: plain-text replies quoting the buyer in the new languages (each client's
    # attribution line with the buyer's alias), neutral review requests, and HTML
    # thank-you-only mail in the new charsets.
    quotes = [
        ("nl", "Antw: Scharnier", "Het nieuwe scharnier is vandaag verzonden, track & trace 3SABCD1234567.",
         "Op ma 16 nov. 2026 om 09:12 schreef Koper <6bmcx2l1t7cwrwb@marketplace.amazon.nl>:\n> Het scharnier is gebroken."),
        ("pl", "Odp: Zawias", "Nowy zawias wysłaliśmy dziś, numer przesyłki 620012345678901234567890.",
         "W dniu pon., 16 lis 2026 o 09:12 Kupujący <6bmcx2l1t7cwrwb@marketplace.amazon.pl> napisał(a):\n> Zawias jest złamany."),
        ("sv", "SV: Gångjärn", "Det nya gångjärnet skickades idag.",
         "Den mån 16 nov. 2026 kl 09:12 skrev Köpare <6bmcx2l1t7cwrwb@marketplace.amazon.se>:\n> Gångjärnet är trasigt."),
        ("tr", "YNT: Menteşe", "Yeni menteşe bugün kargoya verildi.",
         "16 Kas 2026 Pzt, 09:12 tarihinde Alıcı <6bmcx2l1t7cwrwb@marketplace.amazon.com.tr> şunu yazdı:\n> Menteşe kırık."),
        ("pt", "RES: Dobradiça", "A nova dobradiça foi enviada hoje.",
         "Em seg., 16 de nov. de 2026 às 09:12, Comprador <6bmcx2l1t7cwrwb@marketplace.amazon.com.br> escreveu:\n> A dobradiça quebrou."),
        ("ar", "رد: المفصلة", "تم شحن المفصلة الجديدة اليوم.",
         "في الاثنين، 16 نوفمبر 2026، كتب المشتري <6bmcx2l1t7cwrwb@marketplace.amazon.sa>:\n> المفصلة مكسورة."),
        ("zh-Hant", "回覆: 鉸鏈", "新的鉸鏈今天已寄出。",
         "買家 <6bmcx2l1t7cwrwb@marketplace.amazon.com> 於 2026年11月16日 週一 09:12 寫道：\n> 鉸鏈斷了。"),
    ]
    for k, (lang, subj, body, quote) in enumerate(quotes):
        seq += 1
        c = CHARSETS[lang][k % len(CHARSETS[lang])]
        text = body + "\n\n" + quote + "\n"
        try:
            text.encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write("compliant", "%s-reply-quoting-alias-%s" % (lang, c), text_msg(lang, subj, text, c, ENCODINGS[k % 3], "q%d" % seq), "pass", [])
    R6 = [
        ("compliant", "de-neutral-review-request", "de", "Ihre Bestellung 303-1234567-1234567", "Bitte teilen Sie Ihre Erfahrungen mit unserem Produkt, indem Sie hier eine Produktbewertung hinterlassen.", "pass", ["review.neutral"]),
        ("compliant", "es-neutral-review-request", "es", "Su pedido 404-1234567-1234567", "¿Le gustaría dejar una reseña? Comparta su experiencia con otros clientes.", "pass", ["review.neutral"]),
        ("reviews", "de-positive-question", "de", "Ihre Bestellung", "Möchten Sie eine positive Bewertung abgeben?", "reject", ["review.request"]),
    ]
    R6 += [
        ("compliant", "en-thanks-feedback-free-replacement", "en", "Re: Zipper", "Thank you for your feedback, we will send you a free replacement zipper on Monday.", "pass", []),
        ("compliant", "de-thanks-review-refund", "de", "AW: Kratzer", "Danke für Ihre Bewertung, wir erstatten Ihnen 5 € für den Kratzer.", "pass", []),
        ("compliant", "pl-thanks-opinion-refund", "pl", "Odp: Rysa", "Dziękujemy za opinię, zwrot 20 zł już zlecony.", "pass", []),
        ("compliant", "en-design-changed-after-feedback", "en", "Re: Lid", "We changed the design of the lid after your feedback; the new one ships with order 113-2045511-7781234.", "pass", []),
        ("compliant", "es-us-sizes", "es", "RE: Talla", "Las tallas son americanas: la M equivale a una L europea.", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R6):
        seq += 1
        c = CHARSETS[lang][k % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[k % 3], "v%d" % seq), verdict, rules)
    htmls = [
        ("pl", "windows-1250", "Dziękujemy", "<html><body><p>Dzień dobry,</p><p>Dziękujemy za zakupy w naszym sklepie.</p><p>Pozdrawiamy,<br>Bright Peak</p></body></html>"),
        ("tr", "iso-8859-9", "Teşekkürler", "<div dir=\"ltr\">Merhaba,<br><br>Alışverişiniz için teşekkür ederiz.<br><br>Saygılarımızla,<br>Bright Peak</div>"),
        ("ar", "windows-1256", "شكرا", "<div dir=\"rtl\">مرحبا،<br>شكرا لشرائك من متجرنا.<br>مع التحية</div>"),
        ("zh-Hant", "big5", "感謝", "<div>您好，<br>感謝您的購買，祝您購物愉快！<br>BrightPeak 客服</div>"),
        ("sv", "iso-8859-15", "Tack", "<html><body><p>Hej,</p><p>Tack för ditt köp!</p><p>Vänliga hälsningar,<br>Bright Peak</p></body></html>"),
    ]
    for lang, cs, subj, html in htmls:
        seq += 1
        w.write("proactive", "%s-html-thanks-only-%s" % (lang, cs), multipart(lang, subj, "t%d" % seq,
                [text_part(html, charset=cs, ctype="text/html")]), "reject", ["proactive.thanks-only"])
        seq += 1
        w.write("compliant", "%s-html-thanks-reply-%s" % (lang, cs), multipart(lang, RSUBJ[lang], "t%d" % seq,
                [text_part(html, charset=cs, ctype="text/html")]), "pass", [])
    # Round 7 (rules2): precision traps from Seller Central's Communication guidelines 9, labelled by hand. A neutral
    # review request is allowed once per order, so it is relayed with a warning
    # (review.neutral); numbers that are not phone numbers; '@' that is not an address;
    # [Important] on the critical topics in other words; Amazon's order pages (warned)
    # and more carriers; thank-you mail that also does something for the order.
    R7 = [
        # Neutral review requests: relayed, reported.
        ("compliant", "en-honest-feedback-neutral-warns", "en", "Your order 113-2045511-7781234", "We hope the kettle arrived safely. If you have a moment, we would appreciate your honest feedback in a review on Amazon.", "pass", ["review.neutral"]),
        ("compliant", "de-ehrliche-meinung-neutral-warns", "de", "Ihre Bestellung 303-1234567-1234567", "Wir freuen uns über Ihre ehrliche Meinung zu unserem Produkt. Möchten Sie eine Bewertung schreiben?", "pass", ["review.neutral"]),
        ("compliant", "fr-avis-sincere-neutral-warns", "fr", "Votre commande 402-1234567-1234567", "Votre avis sincère aide les autres clients : souhaitez-vous laisser un avis sur Amazon ?", "pass", ["review.neutral"]),
        ("compliant", "ja-honest-review-neutral-warns", "ja", "ご注文について", "商品はいかがでしょうか。正直なレビューをお聞かせいただけますと幸いです。", "pass", ["review.neutral"]),
        ("compliant", "zh-share-experience-neutral-warns", "zh", "关于您的订单", "欢迎您分享使用体验，留下真实的评价。", "pass", ["review.neutral"]),
        ("compliant", "ko-honest-review-neutral-warns", "ko", "주문 안내", "솔직한 후기를 남겨 주시면 감사하겠습니다.", "pass", ["review.neutral"]),
        ("compliant", "es-opinion-sincera-neutral-warns", "es", "Su pedido 404-1234567-1234567", "Nos gustaría conocer su opinión sincera: comparta su experiencia con otros clientes.", "pass", ["review.neutral"]),
        ("compliant", "it-condivida-neutral-warns", "it", "Il suo ordine", "Se ha un momento, condivida la sua esperienza con altri clienti.", "pass", ["review.neutral"]),
        ("compliant", "nl-eerlijke-mening-neutral-warns", "nl", "Uw bestelling", "Wij waarderen uw eerlijke mening. Zou u een beoordeling willen schrijven?", "pass", ["review.neutral"]),
        ("compliant", "pl-szczera-opinia-neutral-warns", "pl", "Zamówienie", "Będziemy wdzięczni za szczerą opinię o produkcie.", "pass", ["review.neutral"]),
        ("compliant", "sv-arligt-omdome-neutral-warns", "sv", "Din beställning", "Vi uppskattar ett ärligt omdöme. Dela gärna din erfarenhet med andra kunder.", "pass", ["review.neutral"]),
        ("compliant", "tr-durust-yorum-neutral-warns", "tr", "Siparişiniz", "Deneyiminizi diğer müşterilerle paylaşabilirsiniz; dürüst yorumunuz bizim için değerlidir.", "pass", ["review.neutral"]),
        ("compliant", "pt-opiniao-sincera-neutral-warns", "pt", "Seu pedido", "Gostaria de deixar uma avaliação? Agradecemos a sua opinião sincera.", "pass", ["review.neutral"]),
        ("compliant", "ar-share-experience-neutral-warns", "ar", "طلبك", "شاركنا تجربتك مع المنتج إذا سمح وقتك.", "pass", ["review.neutral"]),
        ("compliant", "id-ulasan-jujur-neutral-warns", "id", "Pesanan Anda", "Kami menghargai ulasan yang jujur. Silakan bagikan pengalaman Anda dengan pembeli lain.", "pass", ["review.neutral"]),
        ("compliant", "zh-Hant-share-experience-neutral-warns", "zh-Hant", "您的訂單", "歡迎分享您的使用體驗，留下真實的評價。", "pass", ["review.neutral"]),
        # ... and their biased forms stay rejected.
        ("reviews", "en-honest-if-happy", "en", None, "If you are happy with the kettle, we would appreciate your honest feedback in a review.", "reject", ["review.request"]),
        ("reviews", "de-zufrieden-sterne", "de", None, "Wenn Sie zufrieden sind, freuen wir uns über 5 Sterne.", "reject", ["review.request"]),
        ("reviews", "fr-small-business", "fr", None, "Nous sommes une petite entreprise : laissez-nous un avis, il compte beaucoup pour nous.", "reject", ["review.request"]),
        ("reviews", "ja-manzoku-hoshi5", "ja", None, "ご満足いただけましたら、星5つのレビューをお願いします。", "reject", ["review.request"]),
        # Numbers that are not phone numbers.
        ("compliant", "en-numbers-invoice", "en", "Re: Invoice", "Invoice INV-2026-000123 for order 113-2045511-7781234: total $1,234.56, paid 11/16/2026 at 14:30. FedEx tracking 7946 1234 5678, USPS 9400 1000 0000 0000 0000 00. Part no. BP-555-0199-A, ASIN B0ABCDEF12, box 60 x 40 x 30 cm, 12.5 kg, qty 2, ZIP 10001-1234.", "pass", []),
        ("compliant", "de-numbers-iban", "de", "AW: Rechnung", "Rechnung Nr. 2026-11-0042 zur Bestellung 303-1234567-1234567: Betrag 49,90 €, IBAN DE89 3704 0044 0532 0130 00, Verwendungszweck 303-1234567-1234567. Lieferung am 18.11.2026 zwischen 08:00 und 12:00 Uhr, PLZ 10115, Sendungsnummer 00340434161234567890.", "pass", []),
        ("compliant", "fr-numbers-facture", "fr", "RE: Facture", "Facture n° 2026-0042, commande 402-1234567-1234567, colis Colissimo 6A12345678901, livraison le 18/11/2026 entre 8h et 12h, 49,90 €, code postal 75011, dimensions 60 x 40 x 30 cm.", "pass", []),
        ("compliant", "es-numbers-factura", "es", "RE: Factura", "Pedido 404-1234567-1234567, envío SEUR 12345678901234, precio 49,90 €, CP 28001, entrega el 18/11/2026 de 9:00 a 14:00, factura FA-2026-0042.", "pass", []),
        ("compliant", "it-numbers-fattura", "it", "R: Fattura", "Ordine 405-1234567-1234567, spedizione BRT 123456789012, CAP 20121, consegna il 18/11/2026 dalle 9:00 alle 13:00, importo 49,90 €, fattura n. 2026/0042.", "pass", []),
        ("compliant", "ja-numbers-yamato", "ja", "Re: 注文について", "ご注文番号 250-1234567-7654321、ヤマト運輸の伝票番号 4567-8901-2345、お届け予定 2026年11月18日 14:00～16:00、合計 ¥3,980（税込）、〒150-0001、型番 BP-2024-0815。", "pass", []),
        ("compliant", "zh-numbers-sf", "zh", "回复: 关于我的订单", "订单号 123-1234567-1234567，顺丰单号 SF1234567890123，中通单号 75312345678901，金额 ¥199.00，邮编 100020，预计 2026-11-18 送达。", "pass", []),
        ("compliant", "ko-numbers-cj", "ko", "답장: 주문 문의", "주문번호 123-1234567-1234567, CJ대한통운 송장번호 6789-1234-5678, 결제 금액 29,900원, 우편번호 06234, 2026.11.18 도착 예정입니다.", "pass", []),
        ("compliant", "pl-numbers-faktura", "pl", "Odp: Faktura", "Zamówienie 405-1234567-1234567, przesyłka InPost 620012345678901234567890, faktura FV/2026/11/042, kwota 189,99 zł, kod pocztowy 00-950, dostawa 18.11.2026.", "pass", []),
        ("compliant", "nl-numbers-factuur", "nl", "Antw: Factuur", "Bestelling 403-1234567-1234567, PostNL 3SABCD1234567, factuur 2026-0042, bedrag € 49,95, postcode 1012 AB, levering 18-11-2026 tussen 09:00 en 13:00.", "pass", []),
        ("compliant", "sv-numbers-faktura", "sv", "SV: Faktura", "Order 406-1234567-1234567, PostNord 00370712345678901234, faktura 2026-0042, 499 kr, postnummer 111 22, leverans 2026-11-18 kl. 08-12, OCR 1234 5678 9012.", "pass", []),
        ("compliant", "tr-numbers-fatura", "tr", "YNT: Fatura", "Sipariş 407-1234567-1234567, Yurtiçi takip no 123456789012, fatura no GIB2026000000042, tutar 1.299,90 TL, posta kodu 34394, teslimat 18.11.2026.", "pass", []),
        ("compliant", "pt-numbers-nota-fiscal", "pt", "RES: Nota fiscal", "Pedido 701-7482945-9395469, Correios AB123456789BR, nota fiscal nº 000.123.456, valor R$ 189,90, CEP 01310-100, entrega 18/11/2026.", "pass", []),
        ("compliant", "ar-numbers-arabic-digits", "ar", "رد: طلبي", "رقم الطلب 171-1234567-1234567، رقم التتبع ٣٥٦٧٨٩٠١٢٣٤٥، المبلغ ١٢٩٫٩٠ ريال، الرمز البريدي 12271، التسليم ١٨/١١/٢٠٢٦.", "pass", []),
        ("compliant", "id-numbers-resi", "id", "Re: Pesanan saya", "Pesanan 503-1234567-1234567, resi JNE 0123 4567 8901 2345, total Rp 249.000, kode pos 12190, dikirim 18/11/2026.", "pass", []),
        ("compliant", "zh-Hant-numbers-tcat", "zh-Hant", "回覆: 我的訂單", "訂單編號 123-1234567-1234567，黑貓宅急便單號 1234-5678-9012，金額 NT$1,290，郵遞區號 106，預計 2026/11/18 送達。", "pass", []),
        # ... while real numbers, disguised, are still caught.
        ("contact", "en-phone-nb-hyphens", "en", None, "Call us on 555\u2011010\u20110199 if the part does not fit.", "reject", ["contact.phone"]),
        ("contact", "ar-phone-arabic-digits", "ar", None, "اتصل بنا على ٠٥٠١٢٣٤٥٦٧ لأي استفسار.", "reject", ["contact.phone"]),
        ("contact", "de-phone-handy", "de", None, "Sie erreichen mich unter 0171 2345678.", "reject", ["contact.phone"]),
        ("contact", "fr-phone-pairs", "fr", None, "Pour toute question : 06 12 34 56 78.", "reject", ["contact.phone"]),
        # '@' that is not an address.
        ("compliant", "en-retina-image-name", "en", "Re: Manual", "The manual pages are attached as page1@2x.png and page2@2x.png; the retina logo is logo@3x.png.", "pass", []),
        ("compliant", "en-outlook-cid-plain", "en", "RE: Where is my order?", "Your parcel left today with UPS, tracking 1Z999AA10123456784.\n\nBright Peak\n[cid:image001.png@01DA1B2C.DE4E5F60]", "pass", []),
        ("compliant", "en-hi-at-buyer", "en", "Re: Where is my order?", "Hi @Buyer, your parcel left today with DHL, tracking 1234567890. Serial number 0312-4567-8901 is on the label.", "pass", []),
        ("contact", "en-follow-handle", "en", None, "Hi, follow @brightpeak_official for new colours.", "reject", ["contact.channel"]),
        ("contact", "en-address-with-2x", "en", None, "Write to orders@brightpeak-2x.com for a faster answer.", "reject", ["contact.email"]),
        # [Important] on critical topics named in other words.
        ("compliant", "en-tagged-proof-approval", "en", "[Important] Proof for your order 113-2045511-7781234", "Please approve the attached proof before we print your mug.", "pass", []),
        ("compliant", "en-tagged-delivery-window", "en", "[Important] Delivery window", "The freight company offers a delivery window of 8-12 on Tuesday or 12-16 on Wednesday. Which suits you?", "pass", []),
        ("compliant", "de-tagged-zustellversuch", "de", "[Important] Zustellung", "Der Zustellversuch ist gescheitert, die Postleitzahl passt nicht zur Straße. Bitte prüfen Sie Ihre Adresse.", "pass", []),
        ("compliant", "fr-tagged-retour-expediteur", "fr", "[Important] Livraison", "Le colis a été retourné à l'expéditeur : il n'a pas pu être livré. Merci de vérifier votre adresse.", "pass", []),
        ("compliant", "ja-tagged-redelivery", "ja", "[重要] 再配達について", "お荷物が差出人に返送されました。再配達のため、ご住所をご確認ください。", "pass", []),
        ("compliant", "ko-tagged-returned", "ko", "[Important] 배송", "택배가 반송되었습니다. 주소를 확인해 주세요.", "pass", []),
        ("compliant", "zh-tagged-undeliverable", "zh", "[重要] 派送", "包裹无法投递，请核实地址。", "pass", []),
        ("compliant", "es-tagged-devuelto", "es", "[Important] Entrega", "Su paquete fue devuelto al remitente; el código postal es incorrecto.", "pass", []),
        ("compliant", "nl-tagged-niet-bezorgd", "nl", "[Important] Bezorging", "Het pakket kon niet worden bezorgd; controleer uw adres.", "pass", []),
        ("compliant", "tr-tagged-teslim-edilemedi", "tr", "[Important] Teslimat", "Paket teslim edilemedi, lütfen adresinizi doğrulayın.", "pass", []),
        ("compliant", "pt-tagged-cep", "pt", "[Important] Entrega", "O pacote foi devolvido ao remetente; o CEP está incorreto.", "pass", []),
        ("compliant", "ar-tagged-undeliverable", "ar", "[Important] التوصيل", "تعذر توصيل الطرد، يرجى تأكيد العنوان.", "pass", []),
        ("important", "en-tag-on-marketing", "en", "[Important] New arrivals", "Check out our new arrivals; delivery is free this week.", "reject", ["important.misuse", "promo.marketing"]),
        # A reply whose quoted buyer text names an address problem: the seller's own
        # words are not critical, so no tag is needed.
        ("compliant", "en-reply-quoted-address-problem", "en", "Re: Address", "It left our warehouse today with DHL.\n\nOn Mon, Nov 16, 2026, Buyer <6bmcx2l1t7cwrwb@marketplace.amazon.com> wrote:\n> My shipping address is incomplete, the apartment number is missing. Where is it?", "pass", []),
        # Amazon's order pages are warned; product pages still rejected.
        ("compliant", "en-amazon-returns-link-warns", "en", "Re: Return", "You can start the return in the returns centre: https://www.amazon.com/gp/css/returns/homepage.html?orderId=113-2045511-7781234", "pass", ["links.amazon-order"]),
        ("compliant", "de-amazon-order-details-warns", "de", "AW: Bestellung", "Die Bestelldetails finden Sie hier: https://www.amazon.de/gp/your-account/order-details?orderID=303-1234567-1234567", "pass", ["links.amazon-order"]),
        ("compliant", "ja-amazon-contact-warns", "ja", "Re: 注文について", "注文履歴からご連絡いただけます: https://www.amazon.co.jp/gp/css/order-history", "pass", ["links.amazon-order"]),
        ("links", "en-amazon-storefront", "en", None, "See all our products: https://www.amazon.com/stores/BrightPeak/page/ABC123", "reject", ["links.url"]),
        ("links", "de-amzn-eu-short", "de", None, "Hier der Artikel: https://amzn.eu/d/4xYz12", "reject", ["links.url"]),
        ("links", "en-amazon-search", "en", None, "Search for us: https://www.amazon.com/s?k=brightpeak", "reject", ["links.url"]),
        ("compliant", "en-aggregator-warns", "en", "Re: Where is my order?", "Your parcel is with Yanwen: https://track.yw56.com.cn/ or on https://t.17track.net/en#nums=LX123456789CN", "pass", ["links.tracking-aggregator"]),
        ("compliant", "ko-qxpress", "ko", "답장: 주문 문의", "Qxpress 배송 조회: https://www.qxpress.net/Track/Search?trackno=QX1234567890", "pass", []),
        ("compliant", "zh-yto-zto", "zh", "回复: 关于我的订单", "圆通查询 https://www.yto.net.cn/ ，中通 https://www.zto.com/ ，韵达 https://www.yundaex.com/", "pass", []),
        # Thank-you mail that also does something for the order is not "only" thanks.
        ("compliant", "en-thanks-answers-question", "en", "Your order 113-2045511-7781234", "Thank you for your order. As you asked, the blue cover is included in the box.", "pass", []),
        ("compliant", "de-thanks-answers-question", "de", "Ihre Bestellung", "Vielen Dank für Ihre Bestellung. Wie gewünscht liegt die blaue Hülle bei.", "pass", []),
        ("compliant", "ja-thanks-answers-question", "ja", "ご注文について", "ご注文ありがとうございます。お問い合わせの件、青いカバーは同梱されております。", "pass", []),
        ("proactive", "fr-thanks-only", "fr", "Votre commande", "Merci pour votre commande ! Nous sommes là si vous avez besoin de quoi que ce soit.", "reject", ["proactive.thanks-only"]),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R7):
        seq += 1
        c = CHARSETS[lang][k % len(CHARSETS[lang])]
        try:
            ((subj or "") + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj or L[lang]["subj"], body, c, ENCODINGS[k % 3], "r%d" % seq), verdict, rules)
    # HTML as the clients write it: Outlook with a signature logo (cid: and its plain
    # part's [cid:...]), Apple Mail with a retina image name, Gmail with an Amazon link.
    outl = ('<html><body><div>Dear customer,</div><div>Your replacement left today with Royal Mail, tracking AB123456789GB: '
            '<a href="https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB">track</a>.</div>'
            '<div>Kind regards,<br>Bright Peak<br><img width="120" height="40" src="cid:image001.png@01DA1B2C.DE4E5F60" alt="Bright Peak"></div></body></html>')
    oplain = "Dear customer,\nYour replacement left today with Royal Mail, tracking AB123456789GB.\nKind regards,\nBright Peak\n[cid:image001.png@01DA1B2C.DE4E5F60]\n"
    seq += 1
    w.write("compliant", "en-outlook-html-cid-logo", multipart("en", "RE: Broken part", "h%d" % seq,
            [text_part(oplain), text_part(outl, ctype="text/html")], "alternative"), "pass", [])
    apple = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
             '<div dir="ltr">Bonjour,</div><div dir="ltr"><br></div><div dir="ltr">Votre colis est parti avec Colissimo : '
             '<a href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901">suivi</a>. '
             'Souhaitez-vous laisser un avis sur le produit ? Partagez votre expérience avec d\'autres clients.</div>'
             '<div dir="ltr"><img src="https://static.brightpeak.example/signature@2x.png" width="1" alt=""></div></body></html>')
    seq += 1
    w.write("links", "fr-apple-mail-html-remote-image", multipart("fr", "Re: Ma commande", "h%d" % seq,
            [text_part(apple, ctype="text/html", charset="utf-8")], "alternative"), "reject", ["links.url", "review.neutral"])
    gm = ('<div dir="ltr">Hallo,<br><br>die Rücksendung können Sie hier starten: '
          '<a href="https://www.amazon.de/spr/returns/cart?orderId=303-1234567-1234567">Rücksendezentrum</a>.<br><br>'
          'Viele Grüße<br>Bright Peak</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
          'Am Mo., 16. Nov. 2026 um 09:12 Uhr schrieb Käufer &lt;6bmcx2l1t7cwrwb@marketplace.amazon.de&gt;:<br></div>'
          '<blockquote class="gmail_quote">Wie kann ich den Artikel zurückschicken?</blockquote></div>')
    seq += 1
    w.write("compliant", "de-gmail-html-amazon-returns-warns", multipart("de", "AW: Rücksendung", "h%d" % seq,
            [text_part(gm, ctype="text/html", charset="iso-8859-1")], "alternative"), "pass", ["links.amazon-order"])
    # Amazon's own footer under a quoted buyer message, and Outlook's "You don't often
    # get email from" banner: text Amazon or the client wrote, not the seller's links.
    amz = ("Hi Jane, it left our warehouse today and should arrive on Thursday.\n\n"
           "-----Original Message-----\n"
           "From: Jane - Amazon Marketplace <6bmcx2l1t7cwrwb@marketplace.amazon.com>\n"
           "Sent: Monday, November 16, 2026 9:12 AM\nTo: seller@brightpeak.example\n"
           "Subject: Inquiry from Amazon customer Jane (Order: 113-2045511-7781234)\n\n"
           "------------- Begin message -------------\nWhere is my package?\n"
           "------------- End message -------------\n\n"
           "For Your Information: To help arbitrate disputes and preserve trust and safety, we "
           "retain messages buyers and sellers send through Amazon.com. Learn more at "
           "https://sellercentral.amazon.com/gp/help/external/G201972160\n"
           "Was this email helpful? https://www.amazon.com/gp/help/customer/display.html\n")
    seq += 1
    w.write("compliant", "en-outlook-reply-amazon-footer", text_msg("en", "RE: Inquiry from Amazon customer Jane (Order: 113-2045511-7781234)", amz, "us-ascii", "quoted-printable", "h%d" % seq), "pass", [])
    ol = ('<div>Hi, it left our warehouse today.</div><div id="divRplyFwdMsg"><b>From:</b> Jane '
          '&lt;6bmcx2l1t7cwrwb@marketplace.amazon.com&gt;<br><b>Sent:</b> Monday, November 16, 2026<br>'
          '<b>To:</b> seller@brightpeak.example<br><b>Subject:</b> Where is it?</div>'
          '<table><tr><td>You don\'t often get email from 6bmcx2l1t7cwrwb@marketplace.amazon.com. '
          '<a href="https://aka.ms/LearnAboutSenderIdentification">Learn why this is important</a></td></tr></table>'
          '<div>Where is my package?</div>')
    seq += 1
    w.write("compliant", "en-outlook-html-reply-sender-banner", multipart("en", "RE: Where is it?", "h%d" % seq,
            [text_part(ol, ctype="text/html", charset="utf-8")], "alternative"), "pass", [])
    # Round 8: recall on unseen wording. Attachments judged by what they are for (file
    # names in 16 languages) and by types that pass the sniffer as text (scripts, vCards,
    # calendar files) or hide behind a second extension; asks to cancel, promotion,
    # opt-out lines and review requests in more phrasings; each with compliant twins.
    VCF = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bright Peak Support\r\nORG:Bright Peak\r\nEND:VCARD\r\n"
    ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Spring sale\r\nDTSTART:20261201T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

    def exe_zip():
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w") as z:
            z.writestr(zinfo("manual/setup.exe"), EXE)
        return b.getvalue()
    A8 = [
        ("attachments", "en-catalogue-pdf", "en", "Please see the attached file.", "catalogue-2026.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "en-coupon-pdf", "en", "Please see the attached file.", "coupon-15-off.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "en-product-photos-jpg", "en", "Please see the attached file.", "product-photos.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "en-flyer-png", "en", "Please see the attached file.", "Summer_Flyer.png", "image/png", PNG, "reject", ["attachment.name"]),
        ("attachments", "en-vcard", "en", "Please see the attached file.", "BrightPeak.vcf", "text/vcard", VCF, "reject", ["attachment.name"]),
        ("attachments", "en-calendar", "en", "Please see the attached file.", "event.ics", "text/calendar", ICS, "reject", ["attachment.name", "promo.marketing"]),
        ("attachments", "en-script-js", "en", "Please see the attached file.", "driver-fix.js", "application/javascript", b"var a = 1;\r\n", "reject", ["attachment.name"]),
        ("attachments", "en-script-vbs", "en", "Please see the attached file.", "setup.vbs", "text/vbscript", b"MsgBox \"hi\"\r\n", "reject", ["attachment.name"]),
        ("attachments", "en-script-bat", "en", "Please see the attached file.", "reset.bat", "application/x-bat", b"@echo off\r\n", "reject", ["attachment.name"]),
        ("attachments", "en-script-ps1", "en", "Please see the attached file.", "update.ps1", "text/plain", b"Write-Host hi\r\n", "reject", ["attachment.name"]),
        ("attachments", "en-double-extension-exe", "en", "Your invoice is attached.", "invoice.pdf.exe", "application/octet-stream", EXE, "reject", ["attachment.name", "attachment.type"]),
        ("attachments", "en-zip-with-exe", "en", "Please see the attached file.", "manual.zip", "application/zip", exe_zip(), "reject", ["attachment.type"]),
        ("attachments", "de-katalog", "de", "Anbei die Datei.", "Katalog_2026.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "de-preisliste", "de", "Anbei die Datei.", "Preisliste.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "ja-catalog", "ja", "ファイルを添付いたします。", "カタログ.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "zh-catalog", "zh", "请查看附件。", "产品目录.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "zh-Hant-catalog", "zh-Hant", "請查看附件。", "產品型錄.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "ko-price-list", "ko", "첨부 파일을 확인해 주세요.", "가격표.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "es-folleto", "es", "Adjuntamos el archivo.", "folleto_primavera.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "fr-depliant", "fr", "Veuillez trouver le fichier ci-joint.", "dépliant.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "it-listino", "it", "In allegato il file.", "listino_prezzi.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "id-brosur", "id", "Terlampir filenya.", "brosur.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "nl-prijslijst", "nl", "Zie de bijlage.", "prijslijst.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "pl-cennik", "pl", "W załączniku plik.", "cennik_2026.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "sv-prislista", "sv", "Se bifogad fil.", "prislista.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "tr-fiyat-listesi", "tr", "Dosya ektedir.", "fiyat_listesi.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "pt-catalogo", "pt", "Segue o arquivo em anexo.", "catálogo.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "ar-catalog", "ar", "مرفق الملف.", "كتالوج.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "en-docm-macro", "en", "Please fill in the attached form.", "order-form.docm", "application/vnd.ms-word.document.macroEnabled.12", docx(), "reject", ["attachment.name", "attachment.type"]),
        # Instructions, invoices and warranties, in their own words, pass.
        ("attachments", "de-rechnung-pass", "de", "Anbei Ihre Rechnung.", "Rechnung_2026-0042.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "ja-manual-pass", "ja", "取扱説明書を添付いたします。", "取扱説明書.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "fr-garantie-pass", "fr", "Voici le certificat de garantie.", "garantie.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "en-warranty-card-pass", "en", "Here is the warranty card you asked for.", "warranty-card.png", "image/png", PNG, "pass", []),
        ("attachments", "es-factura-pass", "es", "Adjuntamos su factura.", "factura_0042.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "en-return-label-pass", "en", "Here is the return label you asked for.", "return-label.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "zh-invoice-pass", "zh", "发票请见附件。", "发票.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "pl-instrukcja-pass", "pl", "W załączniku instrukcja obsługi.", "instrukcja_obslugi.pdf", "application/pdf", PDF, "pass", []),
    ]
    for k, (cat, name, lang, body, fname, ctype, data, verdict, rules) in enumerate(A8):
        seq += 1
        att = attachment(fname, ctype, data) if all(ord(ch) < 128 for ch in fname) else attachment_2231(fname, ctype, data)
        subj = RSUBJ[lang]
        w.write(cat, name, multipart(lang, subj, "a8-%d" % seq, [text_part(body), att]), verdict, rules)
    R = "R"
    R8 = [
        # Asking the buyer to cancel.
        ("asks", "en-hit-cancel-your-orders", "en", R, "Sorry, the listing price was wrong. Just hit cancel in Your Orders and you'll get a full refund.", "reject", ["ask.cancel"]),
        ("asks", "en-if-you-could-cancel", "en", R, "We'd appreciate it if you could cancel the order, as the item is no longer available.", "reject", ["ask.cancel"]),
        ("asks", "en-cancel-yourself", "en", None, "Order 113-2045511-7781234: we are out of stock, so you will need to cancel the order yourself.", "reject", ["ask.cancel"]),
        ("asks", "en-best-if-you-cancel", "en", R, "Due to a pricing error it would be best if you cancelled this purchase through your account.", "reject", ["ask.cancel"]),
        ("asks", "en-go-ahead-cancel", "en", R, "The supplier let us down. Please go ahead and cancel on your end; we apologise.", "reject", ["ask.cancel"]),
        ("asks", "de-wir-bitten-stornieren", "de", R, "Der Artikel ist leider ausverkauft. Wir bitten Sie, die Bestellung zu stornieren.", "reject", ["ask.cancel"]),
        ("asks", "de-stornieren-sie-bitte", "de", R, "Stornieren Sie bitte die Bestellung über Ihr Kundenkonto, der Preis war falsch.", "reject", ["ask.cancel"]),
        ("asks", "de-stornierung-beantragen", "de", R, "Könnten Sie eine Stornierung beantragen? Wir können nicht liefern.", "reject", ["ask.cancel"]),
        ("asks", "fr-merci-de-bien-vouloir", "fr", R, "Suite à une erreur de prix, merci de bien vouloir annuler la commande.", "reject", ["ask.cancel"]),
        ("asks", "fr-pouvez-vous-annuler", "fr", R, "Pouvez-vous annuler votre commande ? L'article n'est plus disponible.", "reject", ["ask.cancel"]),
        ("asks", "es-le-rogamos-cancele", "es", R, "Hubo un error en el precio; le rogamos que cancele el pedido.", "reject", ["ask.cancel"]),
        ("asks", "es-solicitar-cancelacion", "es", R, "¿Puede solicitar la cancelación desde su cuenta? No nos queda stock.", "reject", ["ask.cancel"]),
        ("asks", "it-le-chiediamo-annullare", "it", R, "Il prodotto è esaurito: le chiediamo di annullare l'ordine.", "reject", ["ask.cancel"]),
        ("asks", "it-richiedere-annullamento", "it", R, "Può richiedere l'annullamento dal suo account? Non abbiamo più l'articolo.", "reject", ["ask.cancel"]),
        ("asks", "ja-kakaku-ayamari-cancel", "ja", R, "価格設定に誤りがあったため、キャンセルしていただけますでしょうか。", "reject", ["ask.cancel"]),
        ("asks", "ja-okyakusama-gawa", "ja", R, "在庫がなくなってしまいましたので、お客様側でキャンセル操作をお願いいたします。", "reject", ["ask.cancel"]),
        ("asks", "zh-click-cancel", "zh", R, "由于价格错误，请您在订单页面点击取消。", "reject", ["ask.cancel"]),
        ("asks", "zh-Hant-apply-cancel", "zh-Hant", R, "商品已售完，請您在訂單頁面申請取消。", "reject", ["ask.cancel"]),
        ("asks", "ko-cancel-request", "ko", R, "재고가 부족하여 취소 요청을 해주시면 감사하겠습니다.", "reject", ["ask.cancel"]),
        ("asks", "nl-verzoeken-annuleren", "nl", R, "Het artikel is niet meer leverbaar. Wij verzoeken u de bestelling te annuleren.", "reject", ["ask.cancel"]),
        ("asks", "pt-solicitar-cancelamento", "pt", R, "Você poderia solicitar o cancelamento? O produto acabou.", "reject", ["ask.cancel"]),
        ("asks", "id-ajukan-pembatalan", "id", R, "Stok kami habis, silakan ajukan pembatalan pesanan.", "reject", ["ask.cancel"]),
        ("asks", "ar-you-can-cancel-out-of-stock", "ar", R, "المنتج غير متوفر حاليا، نرجو منك الضغط على إلغاء في صفحة طلباتك.", "reject", ["ask.cancel"]),
        ("asks", "sv-kan-ni-avbryta", "sv", R, "Tyvärr är varan slut. Kan ni avbryta ordern från ert konto?", "reject", ["ask.cancel"]),
        ("asks", "tr-iptal-etmenizi-rica", "tr", R, "Fiyat hatası nedeniyle siparişi iptal etmenizi rica ediyoruz.", "reject", ["ask.cancel"]),
        ("asks", "pl-prosze-anulowac", "pl", R, "Niestety towar się skończył, proszę anulować zamówienie w swoim koncie.", "reject", ["ask.cancel"]),
        # ... and confirming the buyer's own cancellation passes.
        ("compliant", "en-cancel-done-for-you", "en", R, "You asked how to cancel: we have done it for you, so there is nothing more to do. The refund is on its way.", "pass", []),
        ("compliant", "fr-annulation-prise-en-compte", "fr", R, "Votre demande d'annulation a bien été prise en compte : la commande est annulée.", "pass", []),
        ("compliant", "es-solicitud-cancelacion-recibida", "es", R, "Hemos recibido su solicitud de cancelación y el pedido ya está cancelado.", "pass", []),
        ("compliant", "de-stornierung-bestaetigt", "de", R, "Ihre Stornierung ist bestätigt, der Betrag wird erstattet.", "pass", []),
        ("compliant", "ja-cancel-uketamawari", "ja", R, "ご依頼いただいたキャンセルを承りました。返金手続きも完了しております。", "pass", []),
        ("compliant", "zh-cancel-processed", "zh", R, "您申请的取消已处理，订单已取消，款项将原路退回。", "pass", []),
        ("compliant", "it-annullamento-confermato", "it", R, "Abbiamo ricevuto la sua richiesta: l'ordine è stato annullato.", "pass", []),
        # Promotion.
        ("promotion", "en-just-launched-take-a-look", "en", R, "It ships tomorrow. By the way, we just launched a matching pillow set - take a look in our store!", "reject", ["promo.marketing"]),
        ("promotion", "en-bundle-next-purchase", "en", R, "Buy two and get the third free on your next purchase.", "reject", ["promo.marketing"]),
        ("promotion", "en-vip-club", "en", None, "Order 113-2045511-7781234 is packed. Join our VIP club for early access to deals.", "reject", ["promo.marketing"]),
        ("promotion", "en-refer-a-friend", "en", R, "Refer a friend and you both get 10% off.", "reject", ["promo.marketing"]),
        ("promotion", "en-follow-instagram", "en", R, "Follow us on Instagram for giveaways and new colours.", "reject", ["contact.channel", "promo.marketing"]),
        ("promotion", "en-christmas-sale", "en", R, "Our Christmas sale is on now - up to 40% off everything.", "reject", ["promo.marketing"]),
        ("promotion", "en-other-items-on-amazon", "en", R, "Your parcel is on its way. Check out our other items on Amazon too.", "reject", ["promo.marketing"]),
        ("promotion", "en-also-loved", "en", R, "Customers who bought this kettle also loved our bamboo tea towels.", "reject", ["promo.marketing"]),
        ("promotion", "en-free-gift-next-order", "en", R, "We will include a free gift with your next order.", "reject", ["promo.marketing"]),
        ("promotion", "en-prime-day-deals", "en", R, "Don't miss our Prime Day deals on the whole range!", "reject", ["promo.marketing"]),
        ("promotion", "en-attached-catalogue-body", "en", R, "I have attached our new catalogue so you can see the rest of the range.", "reject", ["promo.marketing"]),
        ("promotion", "de-sortiment", "de", R, "Entdecken Sie auch unser restliches Sortiment auf Amazon.", "reject", ["promo.marketing"]),
        ("promotion", "fr-profitez-prochaine", "fr", R, "Profitez de -20 % sur votre prochaine commande.", "reject", ["promo.coupon"]),
        ("promotion", "es-ofertas-temporada", "es", R, "Aproveche nuestras ofertas de temporada en toda la tienda.", "reject", ["promo.marketing"]),
        ("promotion", "it-altri-articoli", "it", R, "Dia un'occhiata anche agli altri articoli del nostro negozio.", "reject", ["promo.marketing"]),
        ("promotion", "ja-store-goran", "ja", R, "当店では他にも便利なキッチン用品を多数取り揃えております。ぜひストアをご覧ください。", "reject", ["promo.marketing"]),
        ("promotion", "ja-matomegai", "ja", R, "まとめ買いでさらにお得になります。次回はぜひセット商品をお試しください。", "reject", ["promo.marketing"]),
        ("promotion", "zh-more-in-store", "zh", R, "本店还有更多同类商品，欢迎进店逛逛。", "reject", ["promo.marketing"]),
        ("promotion", "zh-member-discount", "zh", R, "关注店铺，领取会员专享折扣。", "reject", ["promo.marketing"]),
        ("promotion", "zh-Hant-other-items", "zh-Hant", R, "歡迎逛逛我們店裡的其他商品。", "reject", ["promo.marketing"]),
        ("promotion", "ko-other-products", "ko", R, "저희 스토어에서 다른 제품도 구경해 보세요.", "reject", ["promo.marketing"]),
        ("promotion", "nl-assortiment", "nl", R, "Bekijk ook ons volledige assortiment in onze Amazon-winkel.", "reject", ["promo.marketing"]),
        ("promotion", "pl-pelna-oferta", "pl", R, "Zapraszamy do zapoznania się z naszą pełną ofertą na Amazon.", "reject", ["promo.marketing"]),
        ("promotion", "sv-ovriga-produkter", "sv", R, "Ta en titt på våra övriga produkter i vår Amazonbutik.", "reject", ["promo.marketing"]),
        ("promotion", "tr-diger-urunler", "tr", R, "Mağazamızdaki diğer ürünlere de göz atabilirsiniz.", "reject", ["promo.marketing"]),
        ("promotion", "pt-confira-outros", "pt", R, "Confira também os outros produtos da nossa loja.", "reject", ["promo.marketing"]),
        ("promotion", "ar-visit-store", "ar", R, "تفضل بزيارة متجرنا على أمازون لمشاهدة المزيد من المنتجات.", "reject", ["promo.marketing"]),
        ("promotion", "id-cek-produk-lain", "id", R, "Jangan lupa cek produk lain di toko kami.", "reject", ["promo.marketing"]),
        # ... coupons the buyer used, and other items in the same order, pass.
        ("compliant", "en-coupon-applied-discount", "en", R, "Your coupon was applied at checkout, so the price shown already includes the discount.", "pass", []),
        ("compliant", "de-gutschein-abgezogen", "de", R, "Ihr Gutschein wurde bei der Bestellung bereits abgezogen.", "pass", []),
        ("compliant", "ja-coupon-tekiyozumi", "ja", R, "ご利用いただいたクーポンはご注文時に適用済みです。", "pass", []),
        ("compliant", "fr-code-promo-applique", "fr", R, "Votre code promo a bien été appliqué lors de la commande.", "pass", []),
        ("compliant", "es-cupon-aplicado", "es", R, "Su cupón se aplicó correctamente al pagar.", "pass", []),
        ("compliant", "en-other-items-ship-separately", "en", R, "The other items in your order ship separately from our second warehouse.", "pass", []),
        ("compliant", "en-catalogue-number", "en", R, "The spare part you need has catalogue number BP-2231; we are sending it free of charge.", "pass", []),
        # Opt-out wording.
        ("style", "en-rather-not-get", "en", R, "If you'd rather not get messages like this, just let us know.", "reject", ["style.opt-out"]),
        ("style", "en-reply-stop-text", "en", R, "Text STOP to end these updates.", "reject", ["style.opt-out"]),
        ("style", "de-keine-emails-mehr", "de", R, "Wenn Sie keine E-Mails mehr von uns erhalten möchten, antworten Sie kurz.", "reject", ["style.opt-out"]),
        ("style", "fr-ne-souhaitez-plus", "fr", R, "Si vous ne souhaitez plus recevoir nos messages, répondez NON.", "reject", ["style.opt-out"]),
        ("style", "es-no-desea-recibir-mas", "es", R, "Si no desea recibir más mensajes, responda NO.", "reject", ["style.opt-out"]),
        ("style", "it-non-desidera-piu", "it", R, "Se non desidera più ricevere nostre email, risponda NO.", "reject", ["style.opt-out"]),
        ("style", "ja-fuyou", "ja", R, "今後このようなメールが不要な場合は、その旨ご返信ください。", "reject", ["style.opt-out"]),
        ("style", "zh-bu-xiang-zai-shoudao", "zh", R, "如不想再收到此类邮件，请回复“不需要”。", "reject", ["style.opt-out"]),
        ("style", "ko-deo-isang", "ko", R, "더 이상 메일을 받고 싶지 않으시면 회신해 주세요.", "reject", ["style.opt-out"]),
        ("style", "en-flag-keycap-emoji", "en", R, "Step 1\ufe0f\u20e3 remove the cover. Made in \U0001F1FA\U0001F1F8", "reject", ["style.emoji"]),
        ("style", "en-zwj-family-emoji", "en", R, "Have a lovely weekend with the family \U0001F468\u200d\U0001F469\u200d\U0001F467 and the new kettle.", "reject", ["style.emoji"]),
        ("style", "ja-skin-tone-emoji", "ja", R, "交換品を本日発送しました\U0001F647\U0001F3FB\u200d\u2642\ufe0f", "reject", ["style.emoji"]),
        ("compliant", "en-stop-shipment-reply", "en", R, "We stopped the shipment as you asked; please reply if you want it sent later.", "pass", []),
        ("compliant", "de-keine-weiteren-kosten", "de", R, "Sie erhalten keine weiteren Rechnungen von uns, der Betrag ist beglichen.", "pass", []),
        # Review requests.
        ("reviews", "en-five-stars-consider", "en", None, "Order 113-2045511-7781234: would you consider giving us five stars?", "reject", ["review.request"]),
        ("reviews", "en-prize-draw", "en", R, "Every review earns you an entry into our monthly prize draw.", "reject", ["promo.marketing", "review.incentive"]),
        ("reviews", "en-review-percent-off", "en", R, "Leave a review and get 20% off your next purchase.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "en-screenshot-refund", "en", R, "Send us a screenshot of your review and we'll refund the shipping.", "reject", ["review.incentive"]),
        ("reviews", "en-reach-out-first", "en", R, "If anything is wrong, reach out to us first rather than posting a review.", "reject", ["review.channel"]),
        ("reviews", "en-mention-fast-delivery", "en", R, "Please mention the fast delivery in your review.", "reject", ["review.instructions"]),
        ("reviews", "en-revise-2-star", "en", R, "We noticed your 2-star rating. Would you be willing to revise it?", "reject", ["review.change"]),
        ("reviews", "en-positive-rating-small-business", "en", R, "A positive rating really helps a small business like ours.", "reject", ["review.request"]),
        ("reviews", "en-havent-heard-review", "en", None, "Order 113-2045511-7781234: we haven't heard from you yet - have you had a chance to review the blender?", "reject", ["review.repeat"]),
        ("reviews", "de-5-sterne-freuen", "de", R, "Über eine 5-Sterne-Bewertung würden wir uns sehr freuen.", "reject", ["review.request"]),
        ("reviews", "de-zuerst-melden", "de", R, "Falls Sie unzufrieden sind, melden Sie sich bitte zuerst bei uns, bevor Sie bewerten.", "reject", ["review.channel"]),
        ("reviews", "fr-5-etoiles-aiderait", "fr", R, "Une note de 5 étoiles nous aiderait beaucoup.", "reject", ["review.request"]),
        ("reviews", "fr-bon-achat-avis", "fr", R, "En échange de votre avis, nous vous offrons un bon d'achat.", "reject", ["review.incentive"]),
        ("reviews", "es-regalo-resena", "es", R, "Si nos deja una reseña, le enviaremos un regalo.", "reject", ["review.incentive"]),
        ("reviews", "es-modificar-valoracion", "es", R, "¿Podría modificar su valoración de 1 estrella?", "reject", ["review.change"]),
        ("reviews", "it-5-stelle-soddisfatto", "it", R, "Ci lasci 5 stelle se è soddisfatto!", "reject", ["review.request"]),
        ("reviews", "ja-kouhyouka", "ja", R, "高評価をいただけますと幸いです。", "reject", ["review.request"]),
        ("reviews", "ja-gift-ken", "ja", R, "レビュー投稿でAmazonギフト券500円分をプレゼント！", "reject", ["review.incentive"]),
        ("reviews", "zh-five-star-cashback", "zh", R, "给五星好评可返现10元。", "reject", ["review.incentive", "review.request"]),
        ("reviews", "zh-change-to-good", "zh", R, "麻烦您把差评改成好评。", "reject", ["review.change", "review.request"]),
        ("reviews", "ko-review-gift", "ko", R, "리뷰를 남겨 주시면 사은품을 드립니다.", "reject", ["review.incentive"]),
        ("reviews", "ko-byeoljeom-5", "ko", R, "별점 5점 부탁드려요.", "reject", ["review.request"]),
        ("reviews", "nl-5-sterren", "nl", R, "Wilt u ons 5 sterren geven?", "reject", ["review.request"]),
        ("reviews", "pl-pozytywna-opinia", "pl", R, "Prosimy o wystawienie pozytywnej opinii.", "reject", ["review.request"]),
        ("reviews", "sv-fem-stjarnor", "sv", R, "Ge oss gärna fem stjärnor!", "reject", ["review.request"]),
        ("reviews", "tr-5-yildiz", "tr", R, "Lütfen bize 5 yıldız verin.", "reject", ["review.request"]),
        ("reviews", "pt-5-estrelas", "pt", R, "Deixe uma avaliação 5 estrelas, por favor.", "reject", ["review.request"]),
        ("reviews", "ar-five-stars", "ar", R, "نرجو منك تقييمنا بخمس نجوم.", "reject", ["review.request"]),
        ("reviews", "id-bintang-5", "id", R, "Mohon beri kami bintang 5.", "reject", ["review.request"]),
        ("reviews", "zh-Hant-five-star", "zh-Hant", R, "請給我們五星好評。", "reject", ["review.request"]),
        ("compliant", "en-reviewed-photos", "en", R, "We reviewed the photos you sent and approved your return.", "pass", []),
        ("compliant", "en-5-star-hotel-edition", "en", R, "The 5-star hotel edition of this towel is a different size, so we cannot swap it.", "pass", []),
        ("compliant", "de-bewertung-danke-ersatz", "de", R, "Wir haben Ihnen wie besprochen einen Ersatz geschickt; er kommt am Freitag.", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R8):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][k % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[k % 3], "r8-%d" % seq), verdict, rules)
    # Round 9: a second batch in other words, to see what round 8's patterns still miss.
    A9 = [
        ("attachments", "nl-folder-zomer", "nl", "Zie de bijlage.", "folder_zomer.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "it-volantino-jpg", "it", "In allegato.", "volantino.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "es-cupon-png", "es", "Adjunto.", "cupón.png", "image/png", PNG, "reject", ["attachment.name"]),
        ("attachments", "fr-bon-reduction", "fr", "Ci-joint.", "bon_de_reduction.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "de-prospekt", "de", "Anbei.", "Prospekt_Fruehjahr.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "de-neuheiten", "de", "Anbei.", "Neuheiten_2026.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "ja-shinshohin", "ja", "ご案内を添付いたします。", "新商品のご案内.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "ja-coupon-jpg", "ja", "添付をご確認ください。", "クーポン.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "zh-coupon-jpg", "zh", "请查收附件。", "优惠券.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "zh-xuanchuance", "zh", "请查收附件。", "宣传册.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "zh-Hant-jiamubiao", "zh-Hant", "請查收附件。", "價目表.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "ko-coupon", "ko", "첨부 파일 확인 부탁드립니다.", "쿠폰.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "ko-catalog", "ko", "첨부 파일 확인 부탁드립니다.", "카탈로그.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "pl-kupon", "pl", "W załączniku.", "kupon_rabatowy.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "sv-kupong", "sv", "Se bilagan.", "kupong.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "tr-brosur", "tr", "Ekte.", "broşür.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "pt-folheto", "pt", "Em anexo.", "folheto_promocional.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "ar-coupon", "ar", "مرفق.", "قسيمة خصم.png", "image/png", PNG, "reject", ["attachment.name"]),
        ("attachments", "id-daftar-harga", "id", "Terlampir.", "daftar_harga.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "en-lookbook", "en", "Attached.", "lookbook.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "en-new-arrivals-jpg", "en", "Attached.", "new-arrivals.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "en-photo-scr", "en", "The photo you asked for.", "photo.jpg.scr", "application/octet-stream", EXE, "reject", ["attachment.name", "attachment.type"]),
        ("attachments", "en-html-attachment", "en", "Details attached.", "details.html", "text/html", b"<html><body><p>Order details</p></body></html>", "reject", ["attachment.name", "attachment.type"]),
        ("attachments", "en-apk", "en", "Install our app to track it.", "brightpeak.apk", "application/vnd.android.package-archive", plain_zip(), "reject", ["attachment.name", "attachment.type"]),
        ("attachments", "de-anleitung-pass", "de", "Anbei die Anleitung.", "Bedienungsanleitung.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "it-istruzioni-pass", "it", "In allegato le istruzioni.", "Istruzioni_montaggio.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "ja-hoshosho-pass", "ja", "保証書を添付いたします。", "保証書.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "ko-receipt-pass", "ko", "영수증을 첨부합니다.", "영수증.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "sv-faktura-pass", "sv", "Här är fakturan.", "faktura.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "tr-garanti-pass", "tr", "Garanti belgesi ektedir.", "garanti belgesi.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "ar-invoice-pass", "ar", "الفاتورة مرفقة.", "فاتورة.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "nl-handleiding-pass", "nl", "De handleiding zit in de bijlage.", "handleiding.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "en-invoice-catalog-number-pass", "en", "Your invoice is attached.", "invoice_catalog_no_2231.pdf", "application/pdf", PDF, "pass", []),
    ]
    for k, (cat, name, lang, body, fname, ctype, data, verdict, rules) in enumerate(A9):
        seq += 1
        att = attachment(fname, ctype, data) if all(ord(ch) < 128 for ch in fname) else attachment_2231(fname, ctype, data)
        w.write(cat, name, multipart(lang, RSUBJ[lang], "a9-%d" % seq, [text_part(body), att]), verdict, rules)
    R9 = [
        ("asks", "en-place-cancellation-request", "en", R, "Kindly place a cancellation request from your end.", "reject", ["ask.cancel"]),
        ("asks", "en-can-you-please-cancel", "en", R, "Can you please cancel? We oversold this item.", "reject", ["ask.cancel"]),
        ("asks", "en-ask-you-to-cancel", "en", R, "Unfortunately we have to ask you to cancel.", "reject", ["ask.cancel"]),
        ("asks", "en-cancelled-by-you", "en", R, "The order needs to be cancelled by you, as we cannot do it from here.", "reject", ["ask.cancel"]),
        ("asks", "de-sie-muessten-stornieren", "de", R, "Der Artikel ist nicht lieferbar, Sie müssten die Bestellung bitte in Ihrem Konto stornieren.", "reject", ["ask.cancel"]),
        ("asks", "fr-nous-vous-invitons", "fr", R, "Nous vous invitons à annuler votre commande, l'article est épuisé.", "reject", ["ask.cancel"]),
        ("asks", "es-agradeceriamos-cancelara", "es", R, "Le agradeceríamos que cancelara el pedido desde su cuenta.", "reject", ["ask.cancel"]),
        ("asks", "it-invitiamo-annullare", "it", R, "La invitiamo ad annullare l'ordine dal suo account.", "reject", ["ask.cancel"]),
        ("asks", "ja-cancel-request-soushin", "ja", R, "在庫切れのため、キャンセルリクエストを送信してください。", "reject", ["ask.cancel"]),
        ("asks", "zh-queshuo-keyi-quxiao", "zh", R, "该商品缺货，您可以在订单页面取消。", "reject", ["ask.cancel"]),
        ("asks", "pt-gentileza-cancelar", "pt", R, "Pedimos a gentileza de cancelar a compra, pois o item esgotou.", "reject", ["ask.cancel"]),
        ("asks", "ar-can-you-cancel", "ar", R, "المنتج نفد من المخزون، هل يمكنك إلغاء الطلب؟", "reject", ["ask.cancel"]),
        ("asks", "id-bisakah-membatalkan", "id", R, "Stok habis, bisakah Anda membatalkan pesanan ini?", "reject", ["ask.cancel"]),
        ("asks", "ko-cancel-possible", "ko", R, "품절되어 고객님께서 주문을 취소해 주실 수 있을까요?", "reject", ["ask.cancel"]),
        ("compliant", "en-would-you-like-us-to-cancel", "en", R, "Would you like us to cancel the order? Just reply yes and we will do it.", "pass", []),
        ("compliant", "en-no-need-to-cancel", "en", R, "You don't need to cancel anything; we have already refunded you.", "pass", []),
        ("compliant", "de-muessen-nichts-stornieren", "de", R, "Sie müssen nichts stornieren, wir erledigen das für Sie.", "pass", []),
        ("compliant", "fr-annule-a-votre-demande", "fr", R, "Nous avons annulé la commande à votre demande.", "pass", []),
        ("compliant", "ar-cancelled-as-requested", "ar", R, "تم إلغاء طلبك بناء على طلبك.", "pass", []),
        ("promotion", "en-collection-dropped", "en", R, "It ships today. P.S. Our spring collection just dropped!", "reject", ["promo.marketing"]),
        ("promotion", "en-follow-store", "en", R, "Follow our Amazon store to get notified about new products.", "reject", ["promo.marketing"]),
        ("promotion", "en-stock-up", "en", R, "Stock up now while prices are low!", "reject", ["promo.marketing"]),
        ("promotion", "en-subscribe-save", "en", R, "Set up Subscribe & Save on this item and get 15% off.", "reject", ["promo.marketing"]),
        ("promotion", "en-gift-sets", "en", R, "Looking for a present? Our gift sets are perfect for the holidays.", "reject", ["promo.marketing"]),
        ("promotion", "en-we-also-sell", "en", R, "Glad the case fits! We also sell screen protectors for this model.", "reject", ["promo.marketing"]),
        ("promotion", "de-schauen-sie-vorbei", "de", R, "Schauen Sie gerne auch in unserem Amazon-Shop vorbei.", "reject", ["promo.marketing"]),
        ("promotion", "fr-decouvrez-gamme", "fr", R, "Découvrez notre gamme complète sur notre boutique Amazon.", "reject", ["promo.marketing"]),
        ("promotion", "es-recomendamos-otros", "es", R, "Le recomendamos también nuestros otros modelos.", "reject", ["promo.marketing"]),
        ("promotion", "it-approfitti-sconti", "it", R, "Approfitti dei nostri sconti di stagione!", "reject", ["promo.marketing"]),
        ("promotion", "ja-jikai-tokuten", "ja", R, "次回のお買い物にご利用いただける特典をご用意しました。", "reject", ["promo.marketing"]),
        ("promotion", "zh-join-member", "zh", R, "加入会员享受专属优惠。", "reject", ["promo.marketing"]),
        ("promotion", "ko-now-buy", "ko", R, "지금 구매하시면 20% 할인 혜택을 드립니다.", "reject", ["promo.marketing"]),
        ("promotion", "ko-meet-new", "ko", R, "저희 브랜드의 신제품을 만나보세요.", "reject", ["promo.marketing"]),
        ("promotion", "nl-profiteer-korting", "nl", R, "Profiteer nu van 20% korting op ons hele assortiment.", "reject", ["promo.marketing"]),
        ("promotion", "sv-missa-inte-rea", "sv", R, "Missa inte vår rea i helgen!", "reject", ["promo.marketing"]),
        ("promotion", "tr-kesfedin", "tr", R, "Yeni sezon ürünlerimizi keşfedin!", "reject", ["promo.marketing"]),
        ("promotion", "pt-aproveite-promocoes", "pt", R, "Aproveite nossas promoções de fim de ano!", "reject", ["promo.marketing"]),
        ("promotion", "ar-dont-miss-offers", "ar", R, "لا تفوت عروضنا الحصرية هذا الأسبوع!", "reject", ["promo.marketing"]),
        ("compliant", "en-we-also-checked", "en", R, "We also checked the seal before shipping; it is intact.", "pass", []),
        ("compliant", "de-schauen-typenschild", "de", R, "Schauen Sie bitte auf das Typenschild am Gerät.", "pass", []),
        ("compliant", "fr-decouvrez-comment", "fr", R, "Découvrez comment monter l'étagère dans le manuel joint.", "pass", []),
        ("compliant", "ja-jikai-otodoke", "ja", R, "次回のお届けは月曜日の予定です。", "pass", []),
        ("style", "nl-niet-meer-ontvangen", "nl", R, "Wil je deze berichten niet meer ontvangen? Laat het ons weten.", "reject", ["style.opt-out"]),
        ("style", "sv-inte-fa-fler", "sv", R, "Vill du inte få fler mejl, svara NEJ.", "reject", ["style.opt-out"]),
        ("style", "tr-almak-istemiyorsaniz", "tr", R, "Bu e-postaları almak istemiyorsanız bize yazın.", "reject", ["style.opt-out"]),
        ("style", "pt-nao-receber-mais", "pt", R, "Para não receber mais mensagens, responda SAIR.", "reject", ["style.opt-out"]),
        ("style", "ar-dont-want-receive", "ar", R, "إذا كنت لا تريد استلام المزيد من الرسائل، أخبرنا.", "reject", ["style.opt-out"]),
        ("style", "id-tidak-ingin-menerima", "id", R, "Jika tidak ingin menerima pesan lagi, balas TIDAK.", "reject", ["style.opt-out"]),
        ("style", "ja-jushin-kibou-shinai", "ja", R, "メールの受信をご希望されない場合はご連絡ください。", "reject", ["style.opt-out"]),
        ("style", "ko-susin-wonhaji", "ko", R, "수신을 원하지 않으시면 회신해 주세요.", "reject", ["style.opt-out"]),
        ("style", "en-snowflake-emoji", "en", R, "Happy holidays \u2744\ufe0f your parcel left today.", "reject", ["style.emoji"]),
        ("style", "de-warning-emoji", "de", R, "\u26a0\ufe0f Bitte lesen Sie zuerst die Anleitung.", "reject", ["style.emoji"]),
        ("compliant", "ja-symbols-still-pass", "ja", R, "※ご注意ください。☆付属品は①本体②ケーブルです。→詳細は説明書へ♪", "pass", []),
        ("reviews", "en-happy-question-tell-world", "en", R, "Happy with your purchase? Tell the world with a review!", "reject", ["review.request"]),
        ("reviews", "en-lifeblood", "en", R, "Reviews are the lifeblood of our small business, so please leave one.", "reject", ["review.request"]),
        ("reviews", "en-replacement-update-review", "en", R, "We'll send you a free replacement part if you update your review.", "reject", ["review.change", "review.incentive"]),
        ("reviews", "en-checking-in-again", "en", R, "Just checking in again about the review we asked for last week.", "reject", ["review.repeat"]),
        ("reviews", "en-write-about-setup", "en", R, "Please write about the easy setup when you review it.", "reject", ["review.instructions"]),
        ("reviews", "de-ueberdenken", "de", R, "Könnten Sie Ihre 1-Sterne-Bewertung bitte überdenken?", "reject", ["review.change"]),
        ("reviews", "es-aun-no-recibido", "es", R, "Recuerde dejarnos su reseña, aún no la hemos recibido.", "reject", ["review.repeat"]),
        ("reviews", "ja-review-present-all", "ja", R, "レビューを書いていただいた方全員にプレゼント！", "reject", ["review.incentive"]),
        ("reviews", "zh-screenshot-cashback", "zh", R, "好评截图发给我们，返现20元。", "reject", ["review.incentive", "review.request"]),
        ("reviews", "ko-review-points", "ko", R, "리뷰 작성 시 적립금을 드립니다.", "reject", ["review.incentive"]),
        ("reviews", "pl-rabat-za-opinie", "pl", R, "Za wystawienie opinii otrzymasz rabat 10%.", "reject", ["review.incentive"]),
        ("reviews", "sv-nojd-fem-stjarnor", "sv", R, "Om du är nöjd, lämna gärna fem stjärnor.", "reject", ["review.request"]),
        ("reviews", "tr-begendiyseniz", "tr", R, "Ürünü beğendiyseniz 5 yıldız verir misiniz?", "reject", ["review.request"]),
        ("reviews", "id-kasih-bintang", "id", R, "Kalau puas, kasih bintang 5 ya kak!", "reject", ["review.request"]),
        ("compliant", "en-thanks-for-5-star", "en", R, "Thanks for the 5-star review you left last month! Your new order shipped today with UPS.", "pass", []),
        ("compliant", "de-reklamation-pruefen", "de", R, "Wir prüfen Ihre Reklamation und melden uns morgen.", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R9):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 1) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 1) % 3], "r9-%d" % seq), verdict, rules)
    # Round 10: violations inside ordinary service mail, and more traps.
    R10 = [
        ("asks", "en-oos-long", "en", None, "Hello, regarding order 113-2045511-7781234: our supplier has let us down and the blender is out of stock until March. To get your money back quickly, please request to cancel the order through Your Orders > Cancel items. Sorry for the trouble.", "reject", ["ask.cancel"]),
        ("asks", "en-pricing-error-reply", "en", R, "You are right, the price shown was a mistake on our side. The simplest solution is for you to cancel the purchase; Amazon will refund you in full.", "reject", ["ask.cancel"]),
        ("asks", "en-cancel-button", "en", R, "Sadly we cannot ship to your region. Please use the Cancel button on the order page and we will approve it at once.", "reject", ["ask.cancel"]),
        ("asks", "de-stornierungsanfrage", "de", R, "Leider ist der Artikel vergriffen. Bitte senden Sie uns über Amazon eine Stornierungsanfrage.", "reject", ["ask.cancel"]),
        ("asks", "fr-demande-annulation", "fr", R, "Le produit est en rupture. Merci d'envoyer une demande d'annulation depuis votre compte.", "reject", ["ask.cancel"]),
        ("asks", "es-solicitud-cancelacion", "es", R, "El artículo está agotado. Por favor, envíe una solicitud de cancelación desde Mis pedidos.", "reject", ["ask.cancel"]),
        ("asks", "it-richiesta-annullamento", "it", R, "L'articolo è esaurito. La preghiamo di inviare una richiesta di annullamento.", "reject", ["ask.cancel"]),
        ("asks", "ja-torikeshi-irai", "ja", R, "申し訳ございませんが欠品となりました。お手数ですが、注文の取消依頼をお送りいただけますでしょうか。", "reject", ["ask.cancel"]),
        ("asks", "zh-Hant-qing-quxiao", "zh-Hant", R, "很抱歉商品缺貨，煩請您取消這筆訂單。", "reject", ["ask.cancel"]),
        ("asks", "ko-jikjeop-cancel", "ko", R, "죄송합니다. 재고가 없어 고객님께서 직접 취소하셔야 합니다.", "reject", ["ask.cancel"]),
        ("asks", "nl-annulering-aanvragen", "nl", R, "Het product is uitverkocht. Wilt u een annulering aanvragen via uw account?", "reject", ["ask.cancel"]),
        ("asks", "pl-prosimy-anulowanie", "pl", R, "Towar jest niedostępny. Prosimy o anulowanie zamówienia po Państwa stronie.", "reject", ["ask.cancel"]),
        ("asks", "sv-begar-avbokning", "sv", R, "Varan är tyvärr slut. Var vänlig och begär en avbokning via ditt konto.", "reject", ["ask.cancel"]),
        ("asks", "tr-iptal-talebinde-bulunun", "tr", R, "Ürün stokta kalmadı. Hesabınızdan iptal talebinde bulunabilir misiniz?", "reject", ["ask.cancel"]),
        ("asks", "pt-solicitar-cancelamento-conta", "pt", R, "O produto esgotou. Por gentileza, solicite o cancelamento pela sua conta.", "reject", ["ask.cancel"]),
        ("asks", "ar-request-cancel", "ar", R, "المنتج غير متوفر، يرجى تقديم طلب إلغاء من حسابك.", "reject", ["ask.cancel"]),
        ("asks", "id-ajukan-batal", "id", R, "Maaf stok kosong, tolong ajukan pembatalan dari akun Anda.", "reject", ["ask.cancel"]),
        ("compliant", "en-buyer-asked-cancel-done", "en", R, "No problem at all: we have cancelled the order as you asked. You will not be charged.", "pass", []),
        ("compliant", "ko-cancel-done-reply", "ko", R, "요청하신 주문 취소가 완료되었습니다. 환불은 3일 내에 처리됩니다.", "pass", []),
        ("compliant", "ja-cancel-done-reply", "ja", R, "ご注文のキャンセル手続きが完了いたしました。ご返金は数日以内に反映されます。", "pass", []),
        ("compliant", "nl-annulering-verwerkt", "nl", R, "Uw annulering is verwerkt; het bedrag wordt teruggestort.", "pass", []),
        ("promotion", "en-ps-discount-other", "en", R, "Your replacement left today with UPS. P.S. As a returning customer you get 10% off anything else in our store.", "reject", ["promo.marketing"]),
        ("promotion", "en-complete-the-set", "en", R, "The mug ships tomorrow. Complete the set with our matching saucers!", "reject", ["promo.marketing"]),
        ("promotion", "en-sign-up-list", "en", R, "Sign up to our mailing list for early access to new products.", "reject", ["promo.marketing"]),
        ("promotion", "en-brand-store-link-words", "en", R, "Search for Bright Peak on Amazon to see our full range of kitchen tools.", "reject", ["promo.marketing"]),
        ("promotion", "de-weitere-produkte", "de", R, "Ihr Paket ist unterwegs. Weitere tolle Produkte finden Sie in unserem Amazon-Shop.", "reject", ["promo.marketing"]),
        ("promotion", "fr-autres-articles", "fr", R, "Votre colis est parti. N'hésitez pas à jeter un œil à nos autres articles !", "reject", ["promo.marketing"]),
        ("promotion", "es-visite-tienda-amazon", "es", R, "Su paquete ya salió. Visite nuestra tienda en Amazon para ver más productos.", "reject", ["promo.marketing"]),
        ("promotion", "it-visita-negozio", "it", R, "Il pacco è partito. Visita il nostro negozio Amazon per altre idee regalo.", "reject", ["promo.marketing"]),
        ("promotion", "ja-osusume", "ja", R, "発送いたしました。こちらの商品と一緒に使えるおすすめ商品もございます。", "reject", ["promo.marketing"]),
        ("promotion", "zh-tuijian", "zh", R, "包裹已发出。向您推荐我们店铺的热销产品。", "reject", ["promo.marketing"]),
        ("promotion", "zh-Hant-tuijian", "zh-Hant", R, "包裹已寄出。推薦您看看本店的熱銷商品。", "reject", ["promo.marketing"]),
        ("promotion", "ko-chucheon", "ko", R, "상품이 발송되었습니다. 함께 쓰기 좋은 추천 상품도 확인해 보세요.", "reject", ["promo.marketing"]),
        ("promotion", "nl-andere-producten", "nl", R, "Uw pakket is onderweg. Neem ook een kijkje bij onze andere producten.", "reject", ["promo.marketing"]),
        ("promotion", "pl-inne-produkty", "pl", R, "Paczka jest w drodze. Zachęcamy do obejrzenia innych produktów w naszym sklepie.", "reject", ["promo.marketing"]),
        ("promotion", "sv-fler-produkter", "sv", R, "Paketet är på väg. Kika gärna på fler produkter i vår butik på Amazon.", "reject", ["promo.marketing"]),
        ("promotion", "tr-magazamiza-goz", "tr", R, "Kargonuz yolda. Amazon mağazamızdaki yeni ürünlere göz atmayı unutmayın.", "reject", ["promo.marketing"]),
        ("promotion", "pt-outros-produtos", "pt", R, "Seu pacote está a caminho. Conheça outros produtos da nossa loja na Amazon.", "reject", ["promo.marketing"]),
        ("promotion", "ar-other-products", "ar", R, "تم شحن طلبك. تعرف على منتجاتنا الأخرى في متجرنا.", "reject", ["promo.marketing"]),
        ("promotion", "id-produk-lain", "id", R, "Paket sudah dikirim. Lihat juga produk lain dari toko kami di Amazon.", "reject", ["promo.marketing"]),
        ("compliant", "en-recommend-settings", "en", R, "We recommend the low setting for the first use; it is described on page 4 of the manual.", "pass", []),
        ("compliant", "ja-osusume-setting", "ja", R, "初回は弱モードでのご使用をおすすめします。説明書4ページをご覧ください。", "pass", []),
        ("compliant", "zh-tuijian-usage", "zh", R, "建议您首次使用时选择低档。详见说明书第4页。", "pass", []),
        ("compliant", "de-weitere-fragen", "de", R, "Bei weiteren Fragen zum Produkt helfen wir Ihnen gerne.", "pass", []),
        ("style", "en-hands-emoji-end", "en", R, "Your refund went through today \U0001F64C", "reject", ["style.emoji"]),
        ("style", "en-heart-hands", "en", R, "We appreciate your patience \U0001FAF6\U0001F3FD", "reject", ["style.emoji"]),
        ("style", "fr-desinscrire-lien", "fr", R, "Vous pouvez vous désinscrire de nos envois à tout moment.", "reject", ["style.opt-out"]),
        ("style", "de-keine-werbung", "de", R, "Sie möchten keine Werbung mehr erhalten? Antworten Sie mit NEIN.", "reject", ["style.opt-out"]),
        ("style", "zh-Hant-bu-xiang-shoudao", "zh-Hant", R, "若不希望再收到我們的訊息，請告訴我們。", "reject", ["style.opt-out"]),
        ("style", "es-dejar-de-recibir", "es", R, "Si prefiere dejar de recibir nuestros correos, respóndanos.", "reject", ["style.opt-out"]),
        ("style", "it-non-ricevere-piu", "it", R, "Se preferisce non ricevere più comunicazioni, ce lo dica.", "reject", ["style.opt-out"]),
        ("reviews", "en-take-30-seconds", "en", R, "It only takes 30 seconds to leave a review, and it would really help us.", "reject", ["review.request"]),
        ("reviews", "en-love-it-review", "en", R, "Love your new lamp? Let other shoppers know with a review!", "reject", ["review.request"]),
        ("reviews", "en-thank-with-gift-card", "en", R, "To thank you for your review we'd like to send you a $5 Amazon gift card.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "en-contact-us-not-review", "en", R, "Problems? Please don't leave a bad review - email us and we will fix it.", "reject", ["review.channel"]),
        ("reviews", "en-remove-feedback-refund", "en", R, "We will refund you in full once the negative feedback is removed.", "reject", ["review.change", "review.incentive"]),
        ("reviews", "de-wuerde-uns-helfen", "de", R, "Wenn Ihnen das Produkt gefällt, würde uns eine Bewertung sehr helfen.", "reject", ["review.request"]),
        ("reviews", "fr-si-satisfait-avis", "fr", R, "Si vous êtes satisfait, un petit avis nous ferait très plaisir.", "reject", ["review.request"]),
        ("reviews", "es-si-le-gusto", "es", R, "Si le gustó el producto, nos encantaría que nos dejara una valoración.", "reject", ["review.request"]),
        ("reviews", "it-se-soddisfatto", "it", R, "Se è soddisfatto, ci farebbe piacere una sua recensione.", "reject", ["review.request"]),
        ("reviews", "ja-manzoku-review", "ja", R, "ご満足いただけましたら、ぜひレビューで応援してください。", "reject", ["review.request"]),
        ("reviews", "zh-manyi-haoping", "zh", R, "如果您对商品满意，期待您的好评。", "reject", ["review.request"]),
        ("reviews", "ko-manjok-review", "ko", R, "만족하셨다면 좋은 후기 부탁드립니다.", "reject", ["review.request"]),
        ("reviews", "nl-tevreden-review", "nl", R, "Bent u tevreden? Dan stellen we een positieve review erg op prijs.", "reject", ["review.request"]),
        ("reviews", "pl-zadowolony-opinia", "pl", R, "Jeśli jest Pan zadowolony, prosimy o pozytywną opinię.", "reject", ["review.request"]),
        ("reviews", "tr-memnun-yorum", "tr", R, "Memnun kaldıysanız olumlu bir yorum bırakmanızı rica ederiz.", "reject", ["review.request"]),
        ("reviews", "pt-satisfeito-avaliacao", "pt", R, "Se ficou satisfeito, deixe uma avaliação positiva.", "reject", ["review.request"]),
        ("reviews", "ar-satisfied-review", "ar", R, "إذا كنت راضيا عن المنتج، نرجو ترك تقييم إيجابي.", "reject", ["review.request"]),
        ("reviews", "id-puas-ulasan", "id", R, "Jika Anda puas, mohon berikan ulasan positif.", "reject", ["review.request"]),
        ("reviews", "sv-nojd-recension", "sv", R, "Är du nöjd? Då blir vi glada för en positiv recension.", "reject", ["review.request"]),
        ("compliant", "en-review-return-policy", "en", R, "We have reviewed your case and a return label is on its way; no need to send anything else.", "pass", []),
        ("compliant", "de-pruefen-bewertung-nicht", "de", R, "Wir haben Ihre Rücksendung geprüft und den Betrag erstattet.", "pass", []),
        ("compliant", "ja-hyouka-shiken", "ja", R, "本製品は第三者機関の評価試験に合格しています。", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R10):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r10-%d" % seq), verdict, rules)
    # Round 11: more unseen wording, and traps for round 8-10's patterns.
    A11 = [
        ("attachments", "en-new-collection", "en", "Attached.", "New_Collection_2026.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "en-gift-guide", "en", "Attached.", "holiday-gift-guide.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "en-sale-jpg", "en", "Attached.", "SALE_50.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "en-discount-code-png", "en", "Attached.", "discount-code.png", "image/png", PNG, "reject", ["attachment.name"]),
        ("attachments", "zh-zhekou", "zh", "请查收。", "折扣券.png", "image/png", PNG, "reject", ["attachment.name"]),
        ("attachments", "ko-sale", "ko", "첨부 확인 부탁드립니다.", "세일안내.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "ar-takhfidat", "ar", "مرفق.", "تخفيضات.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "fr-notice-pass", "fr", "Voici la notice de montage.", "notice_montage.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "es-manual-pass", "es", "Le adjunto el manual.", "manual_usuario.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "en-damage-photo-pass", "en", "Here is the photo of the label you asked about.", "IMG_2034.jpg", "image/jpeg", JPEG, "pass", []),
        ("attachments", "en-sales-receipt-pass", "en", "Here is the receipt you asked for.", "sales-receipt.pdf", "application/pdf", PDF, "pass", []),
    ]
    for k, (cat, name, lang, body, fname, ctype, data, verdict, rules) in enumerate(A11):
        seq += 1
        att = attachment(fname, ctype, data) if all(ord(ch) < 128 for ch in fname) else attachment_2231(fname, ctype, data)
        w.write(cat, name, multipart(lang, RSUBJ[lang], "a11-%d" % seq, [text_part(body), att]), verdict, rules)
    R11 = [
        ("compliant", "en-cancel-the-return-request", "en", R, "Could you cancel the return request you opened by mistake? We already sent a replacement.", "pass", []),
        ("compliant", "en-search-order-on-amazon", "en", R, "You can search for the order on Amazon under Your Orders to see the delivery date.", "pass", []),
        ("compliant", "en-rewards-points-refunded", "en", R, "Your Amazon Rewards points were refunded with the order.", "pass", []),
        ("compliant", "de-unserem-shop-packstation", "de", R, "Ihre Bestellung aus unserem Shop ist unterwegs; schauen Sie bitte bei der Packstation vorbei.", "pass", []),
        ("compliant", "ja-ninki-shohin-delay", "ja", R, "人気商品のため、発送まで2日ほどお時間をいただきます。", "pass", []),
        ("compliant", "ko-discount-applied", "ko", R, "결제 시 할인 혜택이 이미 적용되었습니다.", "pass", []),
        ("compliant", "pl-dziekujemy-sklep", "pl", R, "Dziękujemy za zakupy w naszym sklepie, paczka jest w drodze.", "pass", []),
        ("asks", "en-initiate-cancellation", "en", R, "We are out of stock. Please initiate the cancellation from your account.", "reject", ["ask.cancel"]),
        ("asks", "de-stornierungsfunktion", "de", R, "Der Artikel fehlt. Bitte nutzen Sie die Stornierungsfunktion in Ihrem Konto.", "reject", ["ask.cancel"]),
        ("asks", "fr-faire-la-demande", "fr", R, "Pourriez-vous faire la demande d'annulation ? Le produit est épuisé.", "reject", ["ask.cancel"]),
        ("asks", "es-pedimos-cancelar", "es", R, "Sin stock: le pedimos cancelar la compra.", "reject", ["ask.cancel"]),
        ("asks", "ja-moraemasuka", "ja", R, "在庫切れのため、注文をキャンセルしてもらえますか。", "reject", ["ask.cancel"]),
        ("asks", "zh-nin-nabian", "zh", R, "没货了，麻烦您那边取消一下。", "reject", ["ask.cancel"]),
        ("asks", "ko-cancel-button", "ko", R, "품절입니다. 주문 취소 버튼을 눌러 주세요.", "reject", ["ask.cancel"]),
        ("asks", "tr-iptal-etmeniz-gerekiyor", "tr", R, "Stok kalmadı, siparişi sizin iptal etmeniz gerekiyor.", "reject", ["ask.cancel"]),
        ("asks", "id-silakan-batalkan", "id", R, "Stok habis. Silakan batalkan dari aplikasi Amazon.", "reject", ["ask.cancel"]),
        ("asks", "sv-du-behover-avbryta", "sv", R, "Varan är slut, du behöver avbryta beställningen själv.", "reject", ["ask.cancel"]),
        ("asks", "it-dovrebbe-annullare", "it", R, "Il prodotto è esaurito: dovrebbe annullare lei l'ordine.", "reject", ["ask.cancel"]),
        ("promotion", "en-secret-discount", "en", R, "Psst - there's a secret discount on our store page this week.", "reject", ["promo.marketing"]),
        ("promotion", "en-new-colours-live", "en", R, "Want more? Our new colours are now live.", "reject", ["promo.marketing"]),
        ("promotion", "de-jetzt-neu", "de", R, "Jetzt neu in unserem Sortiment: die passende Hülle.", "reject", ["promo.marketing"]),
        ("promotion", "fr-fidelite", "fr", R, "Inscrivez-vous à notre programme de fidélité.", "reject", ["promo.marketing"]),
        ("promotion", "ja-okiniiri", "ja", R, "ショップのお気に入り登録をお願いします。", "reject", ["promo.marketing"]),
        ("promotion", "zh-shoucang", "zh", R, "收藏店铺，第一时间获取新品信息。", "reject", ["promo.marketing"]),
        ("promotion", "ko-jjim", "ko", R, "스토어 찜하기 부탁드려요.", "reject", ["promo.marketing"]),
        ("promotion", "pl-polub-nas", "pl", R, "Polub nas, aby nie przegapić promocji.", "reject", ["promo.marketing"]),
        ("promotion", "sv-gilla-oss", "sv", R, "Gilla oss för att inte missa nya produkter.", "reject", ["promo.marketing"]),
        ("promotion", "pt-siga-nos", "pt", R, "Siga-nos para saber das novidades.", "reject", ["promo.marketing"]),
        ("promotion", "ar-newsletter", "ar", R, "اشترك في نشرتنا الإخبارية لتصلك أحدث العروض.", "reject", ["promo.marketing"]),
        ("promotion", "id-ikuti-toko", "id", R, "Ikuti toko kami untuk promo terbaru.", "reject", ["promo.marketing"]),
        ("reviews", "en-stars-glyphs", "en", R, "Your opinion matters! Rate your purchase \u2605\u2605\u2605\u2605\u2605", "reject", ["review.request"]),
        ("reviews", "en-mean-the-world", "en", R, "A quick review would mean the world to us.", "reject", ["review.request"]),
        ("reviews", "en-reviewers-early-access", "en", R, "Reviewers get early access to our next product.", "reject", ["review.incentive"]),
        ("reviews", "sv-betyg-pa-5", "sv", R, "Vi skulle uppskatta ett betyg på 5.", "reject", ["review.request"]),
        ("reviews", "zh-zhuiping-lipin", "zh", R, "追评五星送小礼品。", "reject", ["review.incentive"]),
        ("compliant", "en-review-team-check", "en", R, "Our team will review your photos and get back to you tomorrow.", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R11):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][k % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[k % 3], "r11-%d" % seq), verdict, rules)
    # Round 12: catalogues named in the body, and the less-tested languages.
    R12 = [
        ("promotion", "de-anbei-katalog", "de", R, "Anbei erhalten Sie unseren aktuellen Katalog mit allen Neuheiten.", "reject", ["promo.marketing"]),
        ("promotion", "fr-ci-joint-catalogue", "fr", R, "Ci-joint notre catalogue de printemps.", "reject", ["promo.marketing"]),
        ("promotion", "es-adjuntamos-catalogo", "es", R, "Adjuntamos nuestro catálogo completo para su próxima compra.", "reject", ["promo.marketing"]),
        ("promotion", "it-allegato-catalogo", "it", R, "In allegato trova il nostro catalogo aggiornato.", "reject", ["promo.marketing"]),
        ("promotion", "ja-catalog-tenpu", "ja", R, "最新カタログを添付いたしましたので、ぜひご覧ください。", "reject", ["promo.marketing"]),
        ("promotion", "zh-fushang-mulu", "zh", R, "附上我们的最新产品目录，请查收。", "reject", ["promo.marketing"]),
        ("promotion", "ko-catalog-cheombu", "ko", R, "최신 카탈로그를 첨부해 드립니다.", "reject", ["promo.marketing"]),
        ("promotion", "nl-onze-catalogus", "nl", R, "In de bijlage vindt u onze nieuwe catalogus.", "reject", ["promo.marketing"]),
        ("promotion", "pl-nasz-katalog", "pl", R, "W załączniku przesyłamy nasz najnowszy katalog.", "reject", ["promo.marketing"]),
        ("promotion", "sv-var-katalog", "sv", R, "Bifogat finns vår nya katalog.", "reject", ["promo.marketing"]),
        ("promotion", "tr-katalogumuz", "tr", R, "Yeni kataloğumuzu ekte bulabilirsiniz.", "reject", ["promo.marketing"]),
        ("promotion", "pt-nosso-catalogo", "pt", R, "Segue em anexo o nosso catálogo de produtos.", "reject", ["promo.marketing"]),
        ("promotion", "ar-catalog-body", "ar", R, "مرفق كتالوج منتجاتنا الجديد.", "reject", ["promo.marketing"]),
        ("promotion", "id-katalog-kami", "id", R, "Terlampir katalog produk kami yang terbaru.", "reject", ["promo.marketing"]),
        ("promotion", "zh-Hant-xinglu", "zh-Hant", R, "附上本店最新型錄，歡迎參考。", "reject", ["promo.marketing"]),
        ("compliant", "en-catalog-part-number-reply", "en", R, "The replacement lid has the catalog number BP-4410 printed inside; we have sent it today.", "pass", []),
        ("compliant", "de-katalognummer", "de", R, "Die Katalognummer des Ersatzteils lautet BP-4410; es ist heute verschickt worden.", "pass", []),
        ("reviews", "nl-als-tevreden-sterren", "nl", R, "Als u tevreden bent, zouden wij een beoordeling met vijf sterren zeer waarderen.", "reject", ["review.request"]),
        ("reviews", "nl-cadeaubon-review", "nl", R, "Na het plaatsen van een review ontvangt u een cadeaubon van 10 euro.", "reject", ["review.incentive"]),
        ("reviews", "nl-review-aanpassen", "nl", R, "Zou u uw negatieve review willen aanpassen nu het probleem is opgelost?", "reject", ["review.change"]),
        ("reviews", "pl-zmiana-opinii", "pl", R, "Czy mógłby Pan zmienić swoją negatywną opinię?", "reject", ["review.change"]),
        ("reviews", "pl-przed-opinia-kontakt", "pl", R, "Zanim wystawi Pan negatywną opinię, prosimy o kontakt.", "reject", ["review.channel"]),
        ("reviews", "sv-presentkort-recension", "sv", R, "Skriv en recension så får du ett presentkort på 100 kr.", "reject", ["review.incentive"]),
        ("reviews", "sv-andra-betyg", "sv", R, "Kan du ändra ditt betyg nu när problemet är löst?", "reject", ["review.change"]),
        ("reviews", "tr-yorum-hediye", "tr", R, "Yorum yapan müşterilerimize hediye gönderiyoruz.", "reject", ["review.incentive"]),
        ("reviews", "tr-olumsuz-once", "tr", R, "Olumsuz yorum yapmadan önce lütfen bizimle iletişime geçin.", "reject", ["review.channel"]),
        ("reviews", "pt-cupom-avaliacao", "pt", R, "Avalie o produto e ganhe um cupom de 10%.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "pt-mudar-avaliacao", "pt", R, "Poderia mudar sua avaliação para 5 estrelas?", "reject", ["review.change"]),
        ("reviews", "ar-gift-review", "ar", R, "عند كتابة تقييم ستحصل على هدية مجانية.", "reject", ["review.incentive"]),
        ("reviews", "ar-before-negative", "ar", R, "قبل ترك تقييم سلبي، يرجى التواصل معنا.", "reject", ["review.channel"]),
        ("reviews", "id-voucher-ulasan", "id", R, "Tulis ulasan dan dapatkan voucher belanja.", "reject", ["review.incentive"]),
        ("reviews", "id-ubah-rating", "id", R, "Mohon ubah rating Anda menjadi bintang 5.", "reject", ["review.change"]),
        ("reviews", "zh-Hant-fanxian", "zh-Hant", R, "留下五星好評即可獲得返現。", "reject", ["review.incentive"]),
        ("reviews", "zh-Hant-xiugai", "zh-Hant", R, "麻煩您修改評價，謝謝。", "reject", ["review.change"]),
        ("promotion", "nl-volg-ons", "nl", R, "Volg ons op Instagram voor acties en nieuwe producten.", "reject", ["contact.channel", "promo.marketing"]),
        ("promotion", "tr-indirim-sonraki", "tr", R, "Bir sonraki siparişinizde %15 indirim kazanın!", "reject", ["promo.coupon"]),
        ("promotion", "pt-frete-gratis-proxima", "pt", R, "Na sua próxima compra, o frete é grátis!", "reject", ["promo.marketing"]),
        ("promotion", "ar-discount-next", "ar", R, "احصل على خصم 10% على طلبك القادم.", "reject", ["promo.coupon"]),
        ("promotion", "id-gratis-ongkir", "id", R, "Gratis ongkir untuk pembelian berikutnya di toko kami!", "reject", ["promo.marketing"]),
        ("promotion", "pl-darmowa-dostawa", "pl", R, "Przy kolejnym zamówieniu darmowa dostawa!", "reject", ["promo.marketing"]),
        ("promotion", "sv-fri-frakt", "sv", R, "Fri frakt på ditt nästa köp hos oss!", "reject", ["promo.marketing"]),
        ("promotion", "en-free-shipping-next", "en", R, "Enjoy free shipping on your next order with us!", "reject", ["promo.marketing"]),
        ("compliant", "en-free-shipping-this-order", "en", R, "Shipping on this order was free because it was over $25; nothing was charged.", "pass", []),
        ("compliant", "pt-frete-reembolsado", "pt", R, "O frete desta compra foi reembolsado.", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R12):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 1) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 1) % 3], "r12-%d" % seq), verdict, rules)
    # Round 13: asks to cancel in general shapes (a polite request, then a verb of cancelling), and
    # service mail that mentions cancelling without asking the buyer to.
    R13 = [
        ("asks", 'en-we-re-really-sorry-but-we-ve', 'en', R, "We're really sorry, but we've run out of this colour. Would you mind cancelling the order?", "reject", ["ask.cancel"]),
        ("asks", 'en-could-you-do-us-a-favour-and', 'en', R, 'Could you do us a favour and cancel the order from your side?', "reject", ["ask.cancel"]),
        ("asks", 'en-to-avoid-delays-it-s-better', 'en', R, "To avoid delays, it's better that you cancel and reorder from another seller.", "reject", ["ask.cancel"]),
        ("asks", 'en-please-cancel-and-we-will-re', 'en', R, 'Please cancel and we will refund immediately.', "reject", ["ask.cancel"]),
        ("asks", 'en-we-kindly-request-that-you-c', 'en', R, 'We kindly request that you cancel this order.', "reject", ["ask.cancel"]),
        ("asks", 'en-due-to-a-system-glitch-the-p', 'en', R, 'Due to a system glitch the price was wrong; please go to Your Orders and click "Cancel items".', "reject", ["ask.cancel"]),
        ("asks", 'en-please-could-you-request-can', 'en', R, 'Please could you request cancellation via Amazon? We are out of stock.', "reject", ["ask.cancel"]),
        ("asks", 'en-the-item-is-discontinued-so', 'en', R, 'The item is discontinued, so we ask that you cancel your purchase.', "reject", ["ask.cancel"]),
        ("asks", 'en-you-may-want-to-cancel-the-o', 'en', R, "You may want to cancel the order as we can't ship it in time.", "reject", ["ask.cancel"]),
        ("asks", 'de-k-nnten-sie-den-kauf-bitte-r', 'de', R, 'Könnten Sie den Kauf bitte rückgängig machen? Der Artikel ist ausverkauft.', "reject", ["ask.cancel"]),
        ("asks", 'de-wir-m-chten-sie-bitten-die-b', 'de', R, 'Wir möchten Sie bitten, die Bestellung zu stornieren.', "reject", ["ask.cancel"]),
        ("asks", 'de-bitte-stornieren-sie', 'de', R, 'Bitte stornieren Sie.', "reject", ["ask.cancel"]),
        ("asks", 'de-es-w-re-nett-wenn-sie-die-be', 'de', R, 'Es wäre nett, wenn Sie die Bestellung stornieren könnten.', "reject", ["ask.cancel"]),
        ("asks", 'fr-auriez-vous-l-amabilit-d-ann', 'fr', R, "Auriez-vous l'amabilité d'annuler la commande ?", "reject", ["ask.cancel"]),
        ("asks", 'fr-je-vous-serais-reconnaissant', 'fr', R, "Je vous serais reconnaissant d'annuler votre commande.", "reject", ["ask.cancel"]),
        ("asks", 'fr-annulez-la-commande-depuis-v', 'fr', R, "Annulez la commande depuis votre espace client, s'il vous plaît.", "reject", ["ask.cancel"]),
        ("asks", 'es-ser-a-tan-amable-de-cancela', 'es', R, '¿Sería tan amable de cancelar el pedido?', "reject", ["ask.cancel"]),
        ("asks", 'es-cancele-el-pedido-por-favor', 'es', R, 'Cancele el pedido por favor, no tenemos stock.', "reject", ["ask.cancel"]),
        ("asks", 'es-necesitamos-que-cancele-la-c', 'es', R, 'Necesitamos que cancele la compra desde su cuenta.', "reject", ["ask.cancel"]),
        ("asks", 'it-sarebbe-cos-gentile-da-annul', 'it', R, "Sarebbe così gentile da annullare l'ordine?", "reject", ["ask.cancel"]),
        ("asks", 'it-annulli-l-ordine-per-favore', 'it', R, "Annulli l'ordine per favore, il prodotto è finito.", "reject", ["ask.cancel"]),
        ("asks", 'it-abbiamo-bisogno-che-lei-annu', 'it', R, "Abbiamo bisogno che lei annulli l'ordine.", "reject", ["ask.cancel"]),
        ("asks", 'ja-msg', 'ja', R, '申し訳ありませんが、ご注文を取り消していただけますか。', "reject", ["ask.cancel"]),
        ("asks", 'ja-msg-1', 'ja', R, '在庫切れのため、ご注文のキャンセルをご検討いただけますでしょうか。', "reject", ["ask.cancel"]),
        ("asks", 'ja-msg-2', 'ja', R, 'お客様の方でキャンセルいただけますと幸いです。', "reject", ["ask.cancel"]),
        ("asks", 'zh-msg', 'zh', R, '库存不足，希望您能取消订单。', "reject", ["ask.cancel"]),
        ("asks", 'zh-msg-1', 'zh', R, '麻烦您取消一下，谢谢。', "reject", ["ask.cancel"]),
        ("asks", 'zh-msg-2', 'zh', R, '请您撤销订单。', "reject", ["ask.cancel"]),
        ("asks", 'zh-Hant-msg', 'zh-Hant', R, '庫存不足，希望您能取消訂單。', "reject", ["ask.cancel"]),
        ("asks", 'ko-msg', 'ko', R, '주문을 취소해 주실 수 있나요?', "reject", ["ask.cancel"]),
        ("asks", 'ko-msg-1', 'ko', R, '품절로 인해 주문 취소를 부탁드립니다.', "reject", ["ask.cancel"]),
        ("asks", 'nl-zou-u-zo-vriendelijk-willen', 'nl', R, 'Zou u zo vriendelijk willen zijn de bestelling te annuleren?', "reject", ["ask.cancel"]),
        ("asks", 'nl-annuleer-de-order-alstublief', 'nl', R, 'Annuleer de order alstublieft.', "reject", ["ask.cancel"]),
        ("asks", 'pl-czy-mog-aby-pani-anulowa-zam', 'pl', R, 'Czy mogłaby Pani anulować zamówienie?', "reject", ["ask.cancel"]),
        ("asks", 'pl-bardzo-prosimy-o-anulowanie', 'pl', R, 'Bardzo prosimy o anulowanie zamówienia.', "reject", ["ask.cancel"]),
        ("asks", 'sv-skulle-du-kunna-avbryta-orde', 'sv', R, 'Skulle du kunna avbryta ordern?', "reject", ["ask.cancel"]),
        ("asks", 'sv-v-nligen-annullera-din-order', 'sv', R, 'Vänligen annullera din order.', "reject", ["ask.cancel"]),
        ("asks", 'tr-sipari-inizi-iptal-edebilir', 'tr', R, 'Siparişinizi iptal edebilir misiniz? Stok kalmadı.', "reject", ["ask.cancel"]),
        ("asks", 'tr-l-tfen-sipari-i-iptal-ediniz', 'tr', R, 'Lütfen siparişi iptal ediniz.', "reject", ["ask.cancel"]),
        ("asks", 'pt-voc-pode-cancelar-o-pedido-p', 'pt', R, 'Você pode cancelar o pedido, por favor?', "reject", ["ask.cancel"]),
        ("asks", 'pt-pedimos-que-cancele-a-encome', 'pt', R, 'Pedimos que cancele a encomenda.', "reject", ["ask.cancel"]),
        ("asks", 'ar-msg', 'ar', R, 'من فضلك قم بإلغاء طلبك.', "reject", ["ask.cancel"]),
        ("asks", 'ar-msg-1', 'ar', R, 'نأمل منك إلغاء الطلب لعدم توفر المنتج.', "reject", ["ask.cancel"]),
        ("asks", 'id-bisa-tolong-batalkan-pesanan', 'id', R, 'Bisa tolong batalkan pesanannya?', "reject", ["ask.cancel"]),
        ("asks", 'id-kami-mohon-anda-membatalkan', 'id', R, 'Kami mohon Anda membatalkan pesanan.', "reject", ["ask.cancel"]),
        ("compliant", 'en-would-you-like-us-to-cancel', 'en', R, "Would you like us to cancel it? Reply and we'll handle it.", "pass", []),
        ("compliant", 'en-we-have-cancelled-the-order', 'en', R, 'We have cancelled the order and refunded you in full.', "pass", []),
        ("compliant", 'en-if-you-still-want-to-cancel', 'en', R, 'If you still want to cancel, no problem - just tell us.', "pass", []),
        ("compliant", 'en-cancellation-confirmed-you-w', 'en', R, 'Cancellation confirmed. You will see the refund in 3-5 days.', "pass", []),
        ("compliant", 'de-m-chten-sie-dass-wir-die-bes', 'de', R, 'Möchten Sie, dass wir die Bestellung stornieren?', "pass", []),
        ("compliant", 'fr-souhaitez-vous-que-nous-annu', 'fr', R, 'Souhaitez-vous que nous annulions la commande ?', "pass", []),
        ("compliant", 'es-desea-que-cancelemos-el-ped', 'es', R, '¿Desea que cancelemos el pedido?', "pass", []),
        ("compliant", 'it-desidera-che-annulliamo-l-or', 'it', R, "Desidera che annulliamo l'ordine?", "pass", []),
        ("compliant", 'ja-msg-3', 'ja', R, 'キャンセルをご希望でしたら、こちらで対応いたします。', "pass", []),
        ("compliant", 'zh-msg-3', 'zh', R, '如需取消，我们可以为您处理。', "pass", []),
        ("compliant", 'ko-msg-2', 'ko', R, '취소를 원하시면 저희가 처리해 드리겠습니다.', "pass", []),
        ("compliant", 'nl-wilt-u-dat-wij-de-bestelling', 'nl', R, 'Wilt u dat wij de bestelling annuleren?', "pass", []),
        ("compliant", 'pt-deseja-que-cancelemos-o-pedi', 'pt', R, 'Deseja que cancelemos o pedido?', "pass", []),
        ("compliant", 'tr-sipari-i-iptal-etmemizi-iste', 'tr', R, 'Siparişi iptal etmemizi ister misiniz?', "pass", []),
        ("compliant", 'en-please-note-that-we-have-can', 'en', R, 'Please note that we have cancelled the duplicate order for you.', "pass", []),
        ("compliant", 'en-please-confirm-whether-you-s', 'en', R, 'Please confirm whether you still want to cancel, and we will take care of it.', "pass", []),
        ("compliant", 'en-please-be-aware-that-orders', 'en', R, 'Please be aware that orders cannot be cancelled once they have shipped.', "pass", []),
        ("compliant", 'en-please-note-the-cancellation', 'en', R, 'Please note the cancellation was processed this morning.', "pass", []),
        ("compliant", 'en-please-let-me-know-if-you-d', 'en', R, "Please let me know if you'd like to cancel.", "pass", []),
        ("compliant", 'en-could-you-confirm-the-new-ad', 'en', R, 'Could you confirm the new address? Otherwise the carrier may cancel the delivery.', "pass", []),
        ("compliant", 'en-please-do-not-cancel-the-par', 'en', R, 'Please do not cancel; the parcel is already with DHL.', "pass", []),
        ("compliant", 'en-kindly-ignore-the-automatic', 'en', R, 'Kindly ignore the automatic cancellation email; your order is still active.', "pass", []),
        ("compliant", 'en-can-you-confirm-that-you-rec', 'en', R, 'Can you confirm that you received the refund after the cancellation?', "pass", []),
        ("compliant", 'en-please-allow-3-5-days-for-th', 'en', R, 'Please allow 3-5 days for the refund after the cancellation.', "pass", []),
        ("compliant", 'en-if-you-want-please-reply-can', 'en', R, 'If you want, please reply "cancel" and we will cancel it for you.', "pass", []),
        ("compliant", 'en-you-asked-us-to-cancel-done', 'en', R, "You asked us to cancel: done. Please check your email for Amazon's confirmation.", "pass", []),
        ("compliant", 'en-please-keep-the-item-there-i', 'en', R, 'Please keep the item; there is no need to return or cancel anything.', "pass", []),
        ("compliant", 'en-would-you-prefer-a-refund-or', 'en', R, 'Would you prefer a refund or a replacement? We can cancel the order for you if you like.', "pass", []),
        ("compliant", 'de-bitte-beachten-sie-dass-wir', 'de', R, 'Bitte beachten Sie, dass wir die Bestellung bereits storniert haben.', "pass", []),
        ("compliant", 'de-bitte-stornieren-sie-nichts', 'de', R, 'Bitte stornieren Sie nichts, das Paket ist schon unterwegs.', "pass", []),
        ("compliant", 'de-k-nnten-sie-uns-best-tigen-o', 'de', R, 'Könnten Sie uns bestätigen, ob wir stornieren sollen?', "pass", []),
        ("compliant", 'fr-veuillez-noter-que-nous-avon', 'fr', R, 'Veuillez noter que nous avons annulé la commande.', "pass", []),
        ("compliant", 'fr-merci-de-ne-pas-annuler-le-c', 'fr', R, 'Merci de ne pas annuler, le colis est parti.', "pass", []),
        ("compliant", 'es-por-favor-tenga-en-cuenta-qu', 'es', R, 'Por favor, tenga en cuenta que ya hemos cancelado el pedido.', "pass", []),
        ("compliant", 'es-por-favor-no-cancele-el-pedi', 'es', R, 'Por favor, no cancele el pedido; ya está en camino.', "pass", []),
        ("compliant", 'it-per-favore-non-annulli-l-ord', 'it', R, "Per favore non annulli l'ordine, il pacco è già partito.", "pass", []),
        ("compliant", 'nl-graag-horen-wij-of-wij-de-be', 'nl', R, 'Graag horen wij of wij de bestelling moeten annuleren.', "pass", []),
        ("compliant", 'ja-msg-4', 'ja', R, 'キャンセルはしないでください。既に発送済みです。', "pass", []),
        ("compliant", 'zh-msg-4', 'zh', R, '请放心，订单不会被取消。', "pass", []),
        ("compliant", 'zh-msg-5', 'zh', R, '请勿取消订单，包裹已发出。', "pass", []),
        ("compliant", 'zh-msg-6', 'zh', R, '请确认是否需要我们取消。', "pass", []),
        ("compliant", 'ar-msg-2', 'ar', R, 'نرجو العلم بأنه تم إلغاء الطلب بناء على طلبك.', "pass", []),
        ("compliant", 'ko-msg-3', 'ko', R, '주문은 이미 취소되었습니다.', "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R13):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][k % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[k % 3], "r13-%d" % seq), verdict, rules)
    # Round 14: promotion in general shapes (a discount on everything or for a week, recommending the
    # seller's other products, a range or more products), and recommendations that are service.
    R14 = [
        ("promotion", 'en-don-t-forget-we-have-a-huge', 'en', R, "Don't forget we have a huge range of accessories for your new blender.", "reject", ["promo.marketing"]),
        ("promotion", 'en-we-ve-got-lots-more-great-pr', 'en', R, "We've got lots more great products waiting for you.", "reject", ["promo.marketing"]),
        ("promotion", 'en-pick-up-a-spare-filter-from', 'en', R, "Pick up a spare filter from our shop while you're at it.", "reject", ["promo.marketing"]),
        ("promotion", 'en-our-other-best-selling-item', 'en', R, 'Our other best-selling item is the stainless steel lid - worth a look!', "reject", ["promo.marketing"]),
        ("promotion", 'en-get-2-for-the-price-of-1-thi', 'en', R, 'Get 2 for the price of 1 this weekend only.', "reject", ["promo.marketing"]),
        ("promotion", 'en-members-of-our-club-receive', 'en', R, 'Members of our club receive exclusive offers every month.', "reject", ["promo.marketing"]),
        ("promotion", 'en-use-our-code-at-checkout-nex', 'en', R, 'Use our code at checkout next time for a surprise.', "reject", ["promo.marketing"]),
        ("promotion", 'en-we-re-running-a-giveaway-thi', 'en', R, "We're running a giveaway this month - you could win a free kettle!", "reject", ["promo.marketing"]),
        ("promotion", 'en-keep-an-eye-on-our-store-for', 'en', R, 'Keep an eye on our store for upcoming deals.', "reject", ["promo.marketing"]),
        ("promotion", 'en-our-newest-product-the-bp-30', 'en', R, 'Our newest product, the BP-300 grinder, launches next week.', "reject", ["promo.marketing"]),
        ("promotion", 'en-shop-the-full-collection-on', 'en', R, 'Shop the full collection on our Amazon storefront.', "reject", ["promo.marketing"]),
        ("promotion", 'en-bought-the-lamp-the-matching', 'en', R, 'Bought the lamp? The matching shade is 20% off this week.', "reject", ["promo.marketing"]),
        ("promotion", 'en-tell-your-friends-about-us-a', 'en', R, 'Tell your friends about us and get a discount.', "reject", ["promo.marketing"]),
        ("promotion", 'en-join-thousands-of-happy-cust', 'en', R, 'Join thousands of happy customers on our mailing list.', "reject", ["promo.marketing"]),
        ("promotion", 'en-like-us-on-facebook-for-excl', 'en', R, 'Like us on Facebook for exclusive coupons.', "reject", ["contact.channel", "promo.coupon", "promo.marketing"]),
        ("promotion", 'de-besuchen-sie-auch-unsere-ama', 'de', R, 'Besuchen Sie auch unsere Amazon-Markenseite für weitere Produkte.', "reject", ["promo.marketing"]),
        ("promotion", 'de-diese-woche-gibt-es-20-rabat', 'de', R, 'Diese Woche gibt es 20 % Rabatt auf alle Zubehörteile.', "reject", ["promo.marketing"]),
        ("promotion", 'de-werfen-sie-einen-blick-auf-u', 'de', R, 'Werfen Sie einen Blick auf unsere weiteren Artikel.', "reject", ["promo.marketing"]),
        ("promotion", 'de-passend-dazu-empfehlen-wir-u', 'de', R, 'Passend dazu empfehlen wir unsere Reinigungstabs.', "reject", ["promo.marketing"]),
        ("promotion", 'fr-profitez-de-nos-offres-exclu', 'fr', R, 'Profitez de nos offres exclusives ce week-end.', "reject", ["promo.marketing"]),
        ("promotion", 'fr-nous-vous-recommandons-galem', 'fr', R, 'Nous vous recommandons également nos filtres de rechange.', "reject", ["promo.marketing"]),
        ("promotion", 'fr-retrouvez-tous-nos-produits', 'fr', R, 'Retrouvez tous nos produits sur notre boutique Amazon.', "reject", ["promo.marketing"]),
        ("promotion", 'es-descubra-tambi-n-nuestros-ac', 'es', R, 'Descubra también nuestros accesorios a juego.', "reject", ["promo.marketing"]),
        ("promotion", 'es-esta-semana-tenemos-un-20-de', 'es', R, 'Esta semana tenemos un 20 % de descuento en toda la tienda.', "reject", ["promo.marketing"]),
        ("promotion", 'es-le-recomendamos-nuestros-fil', 'es', R, 'Le recomendamos nuestros filtros de repuesto.', "reject", ["promo.marketing"]),
        ("promotion", 'it-scopra-anche-i-nostri-access', 'it', R, 'Scopra anche i nostri accessori abbinati.', "reject", ["promo.marketing"]),
        ("promotion", 'it-questa-settimana-sconto-del', 'it', R, 'Questa settimana sconto del 20% su tutto il negozio.', "reject", ["promo.marketing"]),
        ("promotion", 'it-le-consigliamo-anche-i-nostr', 'it', R, 'Le consigliamo anche i nostri filtri di ricambio.', "reject", ["promo.marketing"]),
        ("promotion", 'ja-20', 'ja', R, '今なら全品20%オフのセールを実施中です。', "reject", ["promo.marketing"]),
        ("promotion", 'ja-msg', 'ja', R, '同シリーズの新商品もぜひチェックしてください。', "reject", ["promo.marketing"]),
        ("promotion", 'ja-msg-1', 'ja', R, '当店のその他のアイテムもご覧いただけますと嬉しいです。', "reject", ["promo.marketing"]),
        ("promotion", 'zh-msg', 'zh', R, '本周全店八折，欢迎选购。', "reject", ["promo.marketing"]),
        ("promotion", 'zh-msg-1', 'zh', R, '同系列配件也在热卖中。', "reject", ["promo.marketing"]),
        ("promotion", 'zh-msg-2', 'zh', R, '推荐您搭配我们的滤芯一起使用。', "reject", ["promo.marketing"]),
        ("promotion", 'zh-Hant-msg', 'zh-Hant', R, '本週全店八折優惠中。', "reject", ["promo.marketing"]),
        ("promotion", 'ko-20', 'ko', R, '이번 주 전 상품 20% 할인 중입니다.', "reject", ["promo.marketing"]),
        ("promotion", 'ko-msg', 'ko', R, '같은 시리즈의 다른 상품도 확인해 보세요.', "reject", ["promo.marketing"]),
        ("promotion", 'nl-deze-week-20-korting-op-alle', 'nl', R, 'Deze week 20% korting op alle accessoires.', "reject", ["promo.marketing"]),
        ("promotion", 'nl-wij-raden-u-ook-onze-vervang', 'nl', R, 'Wij raden u ook onze vervangfilters aan.', "reject", ["promo.marketing"]),
        ("promotion", 'pl-w-tym-tygodniu-20-zni-ki-na', 'pl', R, 'W tym tygodniu 20% zniżki na wszystkie akcesoria.', "reject", ["promo.marketing"]),
        ("promotion", 'pl-polecamy-r-wnie-nasze-filtry', 'pl', R, 'Polecamy również nasze filtry zapasowe.', "reject", ["promo.marketing"]),
        ("promotion", 'sv-den-h-r-veckan-20-rabatt-p-a', 'sv', R, 'Den här veckan 20 % rabatt på alla tillbehör.', "reject", ["promo.marketing"]),
        ("promotion", 'sv-vi-rekommenderar-ven-v-ra-re', 'sv', R, 'Vi rekommenderar även våra reservfilter.', "reject", ["promo.marketing"]),
        ("promotion", 'tr-bu-hafta-t-m-aksesuarlarda-2', 'tr', R, 'Bu hafta tüm aksesuarlarda %20 indirim.', "reject", ["promo.marketing"]),
        ("promotion", 'tr-yedek-filtrelerimizi-de-tavs', 'tr', R, 'Yedek filtrelerimizi de tavsiye ederiz.', "reject", ["promo.marketing"]),
        ("promotion", 'pt-esta-semana-20-de-desconto-e', 'pt', R, 'Esta semana, 20% de desconto em todos os acessórios.', "reject", ["promo.marketing"]),
        ("promotion", 'pt-recomendamos-tamb-m-os-nosso', 'pt', R, 'Recomendamos também os nossos filtros de reposição.', "reject", ["promo.marketing"]),
        ("promotion", 'ar-20', 'ar', R, 'خصم 20% على جميع الإكسسوارات هذا الأسبوع.', "reject", ["promo.marketing"]),
        ("promotion", 'ar-msg', 'ar', R, 'ننصحك أيضا بفلاتر الاستبدال لدينا.', "reject", ["promo.marketing"]),
        ("promotion", 'id-minggu-ini-diskon-20-untuk-s', 'id', R, 'Minggu ini diskon 20% untuk semua aksesori.', "reject", ["promo.marketing"]),
        ("promotion", 'id-kami-juga-merekomendasikan-f', 'id', R, 'Kami juga merekomendasikan filter pengganti kami.', "reject", ["promo.marketing"]),
        ("compliant", 'en-the-replacement-filter-you-a', 'en', R, 'The replacement filter you asked about is included free of charge with your order.', "pass", []),
        ("compliant", 'en-we-recommend-cleaning-the-fi', 'en', R, 'We recommend cleaning the filter once a month.', "pass", []),
        ("compliant", 'en-the-20-discount-you-saw-ende', 'en', R, 'The 20% discount you saw ended on Sunday, so the order was charged at the regular price.', "pass", []),
        ("compliant", 'en-your-order-qualified-for-fre', 'en', R, 'Your order qualified for free shipping.', "pass", []),
        ("compliant", 'en-keep-an-eye-on-your-mailbox', 'en', R, 'Keep an eye on your mailbox: the parcel arrives tomorrow.', "pass", []),
        ("compliant", 'en-we-sent-the-missing-lid-it-i', 'en', R, 'We sent the missing lid; it is the same model as the one in your order.', "pass", []),
        ("compliant", 'de-wir-empfehlen-den-filter-mon', 'de', R, 'Wir empfehlen, den Filter monatlich zu reinigen.', "pass", []),
        ("compliant", 'fr-nous-vous-recommandons-de-la', 'fr', R, 'Nous vous recommandons de laver le filtre chaque mois.', "pass", []),
        ("compliant", 'es-le-recomendamos-limpiar-el-f', 'es', R, 'Le recomendamos limpiar el filtro una vez al mes.', "pass", []),
        ("compliant", 'it-le-consigliamo-di-pulire-il', 'it', R, 'Le consigliamo di pulire il filtro una volta al mese.', "pass", []),
        ("compliant", 'ja-msg-2', 'ja', R, 'フィルターは月に一度のお手入れをおすすめします。', "pass", []),
        ("compliant", 'zh-msg-3', 'zh', R, '建议您每月清洗一次滤网。', "pass", []),
        ("compliant", 'ko-msg-1', 'ko', R, '필터는 한 달에 한 번 청소하는 것을 권장합니다.', "pass", []),
        ("compliant", 'nl-wij-raden-aan-het-filter-maa', 'nl', R, 'Wij raden aan het filter maandelijks te reinigen.', "pass", []),
        ("compliant", 'pl-polecamy-czy-ci-filtr-raz-w', 'pl', R, 'Polecamy czyścić filtr raz w miesiącu.', "pass", []),
        ("compliant", 'sv-vi-rekommenderar-att-reng-ra', 'sv', R, 'Vi rekommenderar att rengöra filtret en gång i månaden.', "pass", []),
        ("compliant", 'tr-filtreyi-ayda-bir-temizlemen', 'tr', R, 'Filtreyi ayda bir temizlemenizi tavsiye ederiz.', "pass", []),
        ("compliant", 'pt-recomendamos-limpar-o-filtro', 'pt', R, 'Recomendamos limpar o filtro uma vez por mês.', "pass", []),
        ("compliant", 'ar-msg-1', 'ar', R, 'ننصح بتنظيف الفلتر مرة كل شهر.', "pass", []),
        ("compliant", 'id-kami-merekomendasikan-member', 'id', R, 'Kami merekomendasikan membersihkan filter sebulan sekali.', "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R14):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 1) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 1) % 3], "r14-%d" % seq), verdict, rules)
    # Round 15: traps for round 14's discount and recommendation shapes (a statistic this week, an
    # apology discount on the order, the manual recommended), with their violating forms.
    R15 = [
        ("compliant", 'en-this-week-95-of-our-parcels', 'en', R, 'This week, 95% of our parcels arrived within two days.', "pass", []),
        ("compliant", 'en-we-issued-a-10-discount-on-a', 'en', R, 'We issued a 10% discount on all items in your order as an apology.', "pass", []),
        ("compliant", 'en-your-device-is-already-the-l', 'en', R, 'Your device is already the latest model, so no update is needed.', "pass", []),
        ("compliant", 'de-wir-empfehlen-ihnen-unsere-a', 'de', R, 'Wir empfehlen Ihnen, unsere Anleitung auf Seite 3 zu lesen.', "pass", []),
        ("compliant", 'de-falls-sie-weitere-produkte-z', 'de', R, 'Falls Sie weitere Produkte zurücksenden möchten, nutzen Sie bitte das Etikett.', "pass", []),
        ("compliant", 'fr-nous-vous-recommandons-notre', 'fr', R, "Nous vous recommandons notre guide d'installation joint.", "pass", []),
        ("compliant", 'es-le-recomendamos-nuestra-gu-a', 'es', R, 'Le recomendamos nuestra guía de instalación adjunta.', "pass", []),
        ("compliant", 'it-le-consigliamo-il-nostro-man', 'it', R, 'Le consigliamo il nostro manuale allegato.', "pass", []),
        ("compliant", 'nl-wij-raden-onze-handleiding-a', 'nl', R, 'Wij raden onze handleiding aan voor de installatie.', "pass", []),
        ("compliant", 'pl-polecamy-nasz-instrukcj-obs', 'pl', R, 'Polecamy naszą instrukcję obsługi w załączniku.', "pass", []),
        ("compliant", 'sv-vi-rekommenderar-v-r-bruksan', 'sv', R, 'Vi rekommenderar vår bruksanvisning.', "pass", []),
        ("compliant", 'de-diese-woche-sind-100-der-pak', 'de', R, 'Diese Woche sind 100% der Pakete pünktlich angekommen.', "pass", []),
        ("compliant", 'es-le-aplicamos-un-10-de-descue', 'es', R, 'Le aplicamos un 10% de descuento en todos los artículos de su pedido por la demora.', "pass", []),
        ('promotion', 'de-passend-dazu-empfehlen-wir-u', 'de', R, 'Passend dazu empfehlen wir unsere Reinigungstabs.', "reject", ['promo.marketing']),
        ('promotion', 'en-20-off-everything-this-week', 'en', R, '20% off everything this week!', "reject", ['promo.marketing']),
        ('promotion', 'id-minggu-ini-diskon-20-untuk-s', 'id', R, 'Minggu ini diskon 20% untuk semua aksesori.', "reject", ['promo.marketing']),
        ('promotion', 'tr-bu-hafta-t-m-aksesuarlarda-2', 'tr', R, 'Bu hafta tüm aksesuarlarda %20 indirim.', "reject", ['promo.marketing']),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R15):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r15-%d" % seq), verdict, rules)
    # Round 16: review requests, incentives, changes, channelling, instructions and reminders in
    # 16 languages, and thanks for feedback that asks for nothing.
    R16 = [
        ('reviews', 'en-we-d-be-thrilled-if-you-coul', 'en', R, "We'd be thrilled if you could give us a 5 star rating.", "reject", ['review.request']),
        ('reviews', 'en-only-satisfied-customers-ple', 'en', R, 'Only satisfied customers, please leave a review!', "reject", ['review.request']),
        ('reviews', 'en-if-the-product-met-your-expe', 'en', R, 'If the product met your expectations, a positive review would be appreciated.', "reject", ['review.request']),
        ('reviews', 'en-five-stars-would-make-our-da', 'en', R, 'Five stars would make our day!', "reject", ['review.request']),
        ('reviews', 'en-we-rely-on-good-reviews-to-s', 'en', R, 'We rely on good reviews to survive - please help us out.', "reject", ['review.request']),
        ('reviews', 'en-did-you-enjoy-it-then-please', 'en', R, 'Did you enjoy it? Then please rate it on Amazon.', "reject", ['review.request']),
        ('reviews', 'en-please-take-a-moment-to-rate', 'en', R, 'Please take a moment to rate us 5 stars.', "reject", ['review.request']),
        ('reviews', 'en-write-a-review-and-we-ll-sen', 'en', R, "Write a review and we'll send you a free phone case.", "reject", ['review.incentive']),
        ('reviews', 'en-we-ll-give-you-a-full-refund', 'en', R, "We'll give you a full refund if you leave a review.", "reject", ['review.incentive']),
        ('reviews', 'en-get-a-20-amazon-gift-card-af', 'en', R, 'Get a $20 Amazon gift card after posting your review.', "reject", ['promo.coupon', 'review.incentive']),
        ('reviews', 'en-leave-an-honest-review-and-r', 'en', R, 'Leave an honest review and receive a free sample of our new product.', "reject", ['review.incentive']),
        ('reviews', 'en-if-you-could-change-your-rat', 'en', R, 'If you could change your rating to 5 stars we would be grateful.', "reject", ['review.change']),
        ('reviews', 'en-could-you-please-delete-the', 'en', R, 'Could you please delete the 1-star review you left?', "reject", ['review.change']),
        ('reviews', 'en-we-have-fixed-the-issue-woul', 'en', R, 'We have fixed the issue; would you kindly revise your feedback?', "reject", ['review.change']),
        ('reviews', 'en-please-contact-us-before-pos', 'en', R, 'Please contact us before posting any feedback so we can resolve it.', "reject", ['review.channel']),
        ('reviews', 'en-unhappy-talk-to-us-first-don', 'en', R, "Unhappy? Talk to us first, don't go straight to a review.", "reject", ['review.channel']),
        ('reviews', 'en-in-your-review-it-would-be-g', 'en', R, 'In your review, it would be great to mention the fast shipping.', "reject", ['review.instructions']),
        ('reviews', 'en-please-include-a-photo-in-yo', 'en', R, 'Please include a photo in your review.', "reject", ['review.instructions']),
        ('reviews', 'en-this-is-our-second-reminder', 'en', R, 'This is our second reminder to leave a review for order 113-2045511-7781234.', "reject", ['review.repeat']),
        ('reviews', 'en-we-noticed-you-haven-t-left', 'en', R, "We noticed you haven't left a review yet.", "reject", ['review.repeat']),
        ('reviews', 'en-as-mentioned-in-our-last-ema', 'en', R, "As mentioned in our last email, we'd love your feedback on Amazon.", "reject", ['review.repeat']),
        ('reviews', 'de-bitte-geben-sie-uns-5-sterne', 'de', R, 'Bitte geben Sie uns 5 Sterne.', "reject", ['review.request']),
        ('reviews', 'de-wenn-sie-zufrieden-waren-fre', 'de', R, 'Wenn Sie zufrieden waren, freuen wir uns über eine positive Bewertung.', "reject", ['review.request']),
        ('reviews', 'de-f-r-ihre-bewertung-schenken', 'de', R, 'Für Ihre Bewertung schenken wir Ihnen einen Gutschein.', "reject", ['review.incentive']),
        ('reviews', 'de-k-nnten-sie-ihre-rezension-b', 'de', R, 'Könnten Sie Ihre Rezension bitte löschen?', "reject", ['review.change']),
        ('reviews', 'de-bevor-sie-eine-schlechte-bew', 'de', R, 'Bevor Sie eine schlechte Bewertung abgeben, kontaktieren Sie uns bitte.', "reject", ['review.channel']),
        ('reviews', 'de-wir-m-chten-sie-noch-einmal', 'de', R, 'Wir möchten Sie noch einmal an Ihre Bewertung erinnern.', "reject", ['review.repeat']),
        ('reviews', 'fr-merci-de-nous-laisser-un-avi', 'fr', R, 'Merci de nous laisser un avis 5 étoiles.', "reject", ['review.request']),
        ('reviews', 'fr-si-vous-tes-content-laissez', 'fr', R, 'Si vous êtes content, laissez-nous un avis positif.', "reject", ['review.request']),
        ('reviews', 'fr-un-avis-contre-un-remboursem', 'fr', R, 'Un avis contre un remboursement partiel ?', "reject", ['review.incentive']),
        ('reviews', 'fr-pourriez-vous-supprimer-votr', 'fr', R, 'Pourriez-vous supprimer votre avis négatif ?', "reject", ['review.change']),
        ('reviews', 'fr-contactez-nous-avant-de-publ', 'fr', R, 'Contactez-nous avant de publier un avis négatif.', "reject", ['review.channel']),
        ('reviews', 'fr-petit-rappel-nous-attendons', 'fr', R, 'Petit rappel : nous attendons toujours votre avis.', "reject", ['review.repeat']),
        ('reviews', 'es-d-jenos-5-estrellas-por-favo', 'es', R, 'Déjenos 5 estrellas, por favor.', "reject", ['review.request']),
        ('reviews', 'es-si-est-contento-deje-una-res', 'es', R, 'Si está contento, deje una reseña positiva.', "reject", ['review.request']),
        ('reviews', 'es-le-reembolsamos-el-env-o-si', 'es', R, 'Le reembolsamos el envío si deja una reseña.', "reject", ['review.incentive']),
        ('reviews', 'es-podr-a-eliminar-su-rese-a-n', 'es', R, '¿Podría eliminar su reseña negativa?', "reject", ['review.change']),
        ('reviews', 'es-cont-ctenos-antes-de-dejar-u', 'es', R, 'Contáctenos antes de dejar una reseña negativa.', "reject", ['review.channel']),
        ('reviews', 'es-le-recordamos-que-a-n-puede', 'es', R, 'Le recordamos que aún puede dejar su reseña.', "reject", ['review.repeat']),
        ('reviews', 'it-ci-lasci-5-stelle-grazie', 'it', R, 'Ci lasci 5 stelle, grazie!', "reject", ['review.request']),
        ('reviews', 'it-se-contento-lasci-una-recens', 'it', R, 'Se è contento, lasci una recensione positiva.', "reject", ['review.request']),
        ('reviews', 'it-un-buono-sconto-per-ogni-rec', 'it', R, 'Un buono sconto per ogni recensione!', "reject", ['promo.coupon', 'review.incentive']),
        ('reviews', 'it-potrebbe-eliminare-la-recens', 'it', R, 'Potrebbe eliminare la recensione negativa?', "reject", ['review.change']),
        ('reviews', 'it-ci-contatti-prima-di-lasciar', 'it', R, 'Ci contatti prima di lasciare una recensione negativa.', "reject", ['review.channel']),
        ('reviews', 'it-le-ricordiamo-di-lasciare-un', 'it', R, 'Le ricordiamo di lasciare una recensione.', "reject", ['review.repeat']),
        ('reviews', 'ja-5', 'ja', R, '星5つで評価していただけると嬉しいです。', "reject", ['review.request']),
        ('reviews', 'ja-msg', 'ja', R, '高評価レビューをお願いします。', "reject", ['review.request']),
        ('reviews', 'ja-msg-1', 'ja', R, 'レビューを書いてくださった方に次回使えるクーポンを差し上げます。', "reject", ['promo.coupon', 'review.incentive']),
        ('reviews', 'ja-msg-2', 'ja', R, '低評価を削除していただけないでしょうか。', "reject", ['review.change']),
        ('reviews', 'ja-msg-3', 'ja', R, '低評価をつける前にご連絡ください。', "reject", ['review.channel']),
        ('reviews', 'ja-msg-4', 'ja', R, '先日お願いしたレビューの件、改めてよろしくお願いします。', "reject", ['review.repeat']),
        ('reviews', 'zh-msg', 'zh', R, '请给我们五星好评。', "reject", ['review.request']),
        ('reviews', 'zh-msg-1', 'zh', R, '好评送优惠券。', "reject", ['promo.coupon', 'review.incentive']),
        ('reviews', 'zh-msg-2', 'zh', R, '请删除您的差评。', "reject", ['review.change']),
        ('reviews', 'zh-msg-3', 'zh', R, '给差评之前请联系我们。', "reject", ['review.channel']),
        ('reviews', 'zh-msg-4', 'zh', R, '再次提醒您留下评价。', "reject", ['review.repeat']),
        ('reviews', 'ko-msg', 'ko', R, '별 다섯 개 리뷰 부탁드립니다.', "reject", ['review.request']),
        ('reviews', 'ko-msg-1', 'ko', R, '리뷰 작성하시면 쿠폰을 드려요.', "reject", ['promo.coupon', 'review.incentive']),
        ('reviews', 'ko-msg-2', 'ko', R, '낮은 평점을 수정해 주실 수 있나요?', "reject", ['review.change']),
        ('reviews', 'ko-msg-3', 'ko', R, '나쁜 리뷰를 남기기 전에 연락 주세요.', "reject", ['review.channel']),
        ('reviews', 'ko-msg-4', 'ko', R, '다시 한 번 리뷰 부탁드립니다.', "reject", ['review.repeat']),
        ('reviews', 'nl-geef-ons-5-sterren-alstublie', 'nl', R, 'Geef ons 5 sterren, alstublieft.', "reject", ['review.request']),
        ('reviews', 'pl-prosimy-o-ocen-5-gwiazdek', 'pl', R, 'Prosimy o ocenę 5 gwiazdek.', "reject", ['review.request']),
        ('reviews', 'sv-l-mna-g-rna-ett-betyg-med-5', 'sv', R, 'Lämna gärna ett betyg med 5 stjärnor.', "reject", ['review.request']),
        ('reviews', 'tr-olumlu-yorumlar-n-z-bekliyor', 'tr', R, 'Olumlu yorumlarınızı bekliyoruz.', "reject", ['review.request']),
        ('reviews', 'pt-deixe-nos-5-estrelas', 'pt', R, 'Deixe-nos 5 estrelas!', "reject", ['review.request']),
        ('reviews', 'ar-msg', 'ar', R, 'من فضلك اترك لنا تقييما بخمس نجوم.', "reject", ['review.request']),
        ('reviews', 'id-mohon-beri-ulasan-bintang-5', 'id', R, 'Mohon beri ulasan bintang 5 ya.', "reject", ['review.request']),
        ('reviews', 'zh-Hant-msg', 'zh-Hant', R, '請給我們五星評價。', "reject", ['review.request']),
        ("compliant", 'en-thank-you-for-your-feedback', 'en', R, 'Thank you for your feedback; we have passed it on to the factory.', "pass", []),
        ("compliant", 'en-we-read-every-review-and-use', 'en', R, 'We read every review and used yours to improve the packaging.', "pass", []),
        ("compliant", 'en-our-team-will-review-the-pho', 'en', R, 'Our team will review the photos and reply tomorrow.', "pass", []),
        ("compliant", 'en-the-star-rating-on-the-box-r', 'en', R, 'The star rating on the box refers to the energy class.', "pass", []),
        ("compliant", 'de-danke-f-r-ihre-r-ckmeldung-w', 'de', R, 'Danke für Ihre Rückmeldung, wir haben den Ersatz verschickt.', "pass", []),
        ("compliant", 'fr-merci-pour-votre-retour-le-r', 'fr', R, 'Merci pour votre retour, le remplacement est en route.', "pass", []),
        ("compliant", 'ja-msg-5', 'ja', R, 'ご意見ありがとうございます。交換品を発送しました。', "pass", []),
        ("compliant", 'zh-msg-5', 'zh', R, '感谢您的反馈，我们已寄出替换件。', "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R16):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r16-%d" % seq), verdict, rules)
    # Round 17: opt-out lines ('reply STOP' in every language) and emoji, replies that merely ask for a
    # reply or to stop using a product, and asks to cancel in pl sv tr pt ko id ar zh-Hant.
    R17 = [
        ('style', 'en-to-stop-getting-these-emails', 'en', R, 'To stop getting these emails, just reply "no thanks".', "reject", ['style.opt-out']),
        ('style', 'en-reply-with-unsubscribe-and-w', 'en', R, 'Reply with "unsubscribe" and we\'ll take you off our list.', "reject", ['style.opt-out']),
        ('style', 'en-want-fewer-emails-let-us-kno', 'en', R, 'Want fewer emails? Let us know.', "reject", ['style.opt-out']),
        ('style', 'en-you-can-opt-out-of-future-me', 'en', R, 'You can opt-out of future messages at any time.', "reject", ['style.opt-out']),
        ('style', 'en-we-ll-remove-you-from-our-ma', 'en', R, "We'll remove you from our mailing list if you ask.", "reject", ['promo.marketing', 'style.opt-out']),
        ('style', 'en-not-interested-reply-remove', 'en', R, 'Not interested? Reply REMOVE.', "reject", ['style.opt-out']),
        ('style', 'en-thank-you', 'en', R, 'Thank you! 🙂', "reject", ['style.emoji']),
        ('style', 'en-great-news-your-parcel-left', 'en', R, 'Great news 🎉 your parcel left today.', "reject", ['style.emoji']),
        ('style', 'en-your-order-is-ready', 'en', R, 'Your order is ready 📦', "reject", ['style.emoji']),
        ('style', 'en-cheers', 'en', R, 'Cheers 🍻', "reject", ['style.emoji']),
        ('style', 'en-thanks-a-lot', 'en', R, 'Thanks a lot ✨', "reject", ['style.emoji']),
        ('style', 'en-order-shipped-arriving-frida', 'en', R, 'Order shipped ✈️ arriving Friday.', "reject", ['style.emoji']),
        ('style', 'en-merry-christmas', 'en', R, 'Merry Christmas 🎄🎅', "reject", ['style.emoji']),
        ('style', 'de-sie-m-chten-keine-e-mails-me', 'de', R, 'Sie möchten keine E-Mails mehr? Schreiben Sie uns.', "reject", ['style.opt-out']),
        ('style', 'de-antworten-sie-mit-stop-um-si', 'de', R, 'Antworten Sie mit STOP, um sich auszutragen.', "reject", ['style.opt-out']),
        ('style', 'de-vom-newsletter-abmelden-hier', 'de', R, 'Vom Newsletter abmelden: hier klicken.', "reject", ['promo.marketing', 'style.opt-out']),
        ('style', 'fr-r-pondez-stop-pour-ne-plus-r', 'fr', R, 'Répondez STOP pour ne plus recevoir de messages.', "reject", ['style.opt-out']),
        ('style', 'fr-pour-vous-d-sinscrire-de-not', 'fr', R, 'Pour vous désinscrire de notre liste, répondez à ce mail.', "reject", ['style.opt-out']),
        ('style', 'es-responda-baja-para-no-recibi', 'es', R, 'Responda BAJA para no recibir más correos.', "reject", ['style.opt-out']),
        ('style', 'es-si-no-quiere-m-s-mensajes-es', 'es', R, 'Si no quiere más mensajes, escríbanos.', "reject", ['style.opt-out']),
        ('style', 'it-rispondi-stop-per-non-riceve', 'it', R, 'Rispondi STOP per non ricevere altri messaggi.', "reject", ['style.opt-out']),
        ('style', 'ja-msg', 'ja', R, '配信を希望されない方はお知らせください。', "reject", ['style.opt-out']),
        ('style', 'ja-msg-1', 'ja', R, 'メルマガの解除はこちらから。', "reject", ['promo.marketing', 'style.opt-out']),
        ('style', 'zh-td', 'zh', R, '回复TD退订。', "reject", ['style.opt-out']),
        ('style', 'zh-msg', 'zh', R, '若不想收到更多消息，请告诉我们。', "reject", ['style.opt-out']),
        ('style', 'ko-msg', 'ko', R, '광고성 메일 수신을 원치 않으시면 알려 주세요.', "reject", ['style.opt-out']),
        ('style', 'nl-reageer-met-stop-om-je-af-te', 'nl', R, 'Reageer met STOP om je af te melden.', "reject", ['style.opt-out']),
        ('style', 'pl-odpowiedz-stop-aby-zrezygnow', 'pl', R, 'Odpowiedz STOP, aby zrezygnować z wiadomości.', "reject", ['style.opt-out']),
        ('style', 'sv-svara-stopp-f-r-att-avsluta', 'sv', R, 'Svara STOPP för att avsluta utskicken.', "reject", ['style.opt-out']),
        ('style', 'tr-mesaj-almak-istemiyorsan-z-r', 'tr', R, 'Mesaj almak istemiyorsanız RET yazın.', "reject", ['style.opt-out']),
        ('style', 'pt-responda-parar-para-cancelar', 'pt', R, 'Responda PARAR para cancelar o recebimento.', "reject", ['style.opt-out']),
        ('style', 'ar-msg', 'ar', R, 'للتوقف عن استلام رسائلنا، أرسل "توقف".', "reject", ['style.opt-out']),
        ('style', 'id-balas-stop-jika-tidak-ingin', 'id', R, 'Balas STOP jika tidak ingin menerima email lagi.', "reject", ['style.opt-out']),
        ('style', 'zh-Hant-msg', 'zh-Hant', R, '回覆「退訂」停止接收訊息。', "reject", ['style.opt-out']),
        ("compliant", 'en-please-stop-using-the-kettle', 'en', R, 'Please stop using the kettle until the replacement arrives.', "pass", []),
        ("compliant", 'en-reply-with-a-photo-of-the-la', 'en', R, 'Reply with a photo of the label, please.', "pass", []),
        ("compliant", 'en-we-removed-the-extra-charge', 'en', R, 'We removed the extra charge from your order.', "pass", []),
        ("compliant", 'de-bitte-antworten-sie-mit-eine', 'de', R, 'Bitte antworten Sie mit einem Foto.', "pass", []),
        ("compliant", 'fr-r-pondez-avec-une-photo-de-l', 'fr', R, "Répondez avec une photo de l'étiquette.", "pass", []),
        ("compliant", 'ja-msg-2', 'ja', R, '配送を停止しました。', "pass", []),
        ("compliant", 'zh-msg-1', 'zh', R, '请停止使用该产品，我们会寄出替换件。', "pass", []),
        ("compliant", 'ko-msg-1', 'ko', R, '제품 사용을 중지해 주세요.', "pass", []),
        ('asks', 'pl-czy-m-g-by-pan-anulowa-zam-w', 'pl', R, 'Czy mógłby Pan anulować zamówienie po swojej stronie?', "reject", ['ask.cancel']),
        ('asks', 'pl-prosz-anulowa-zam-wienie-nie', 'pl', R, 'Proszę anulować zamówienie, nie mamy towaru.', "reject", ['ask.cancel']),
        ('asks', 'sv-kan-du-avboka-best-llningen', 'sv', R, 'Kan du avboka beställningen? Varan är slut.', "reject", ['ask.cancel']),
        ('asks', 'tr-l-tfen-sipari-i-hesab-n-zdan', 'tr', R, 'Lütfen siparişi hesabınızdan iptal edin.', "reject", ['ask.cancel']),
        ('asks', 'pt-por-favor-cancele-a-compra-p', 'pt', R, 'Por favor, cancele a compra pela sua conta.', "reject", ['ask.cancel']),
        ('asks', 'pt-seria-poss-vel-cancelar-o-pe', 'pt', R, 'Seria possível cancelar o pedido do seu lado?', "reject", ['ask.cancel']),
        ('asks', 'ko-msg-2', 'ko', R, '번거로우시겠지만 주문 취소 부탁드립니다.', "reject", ['ask.cancel']),
        ('asks', 'id-mohon-bantuannya-untuk-memba', 'id', R, 'Mohon bantuannya untuk membatalkan pesanan.', "reject", ['ask.cancel']),
        ('asks', 'ar-msg-1', 'ar', R, 'يرجى منك إلغاء الطلب.', "reject", ['ask.cancel']),
        ('asks', 'zh-Hant-msg-1', 'zh-Hant', R, '麻煩您在您那邊取消訂單。', "reject", ['ask.cancel']),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R17):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r17-%d" % seq), verdict, rules)
    # Round 18: ordinary customer-service replies in 16 languages that the new general shapes must pass
    # (a photo asked for, a partial refund in percent, a cancelled shipment or return label).
    R18 = [
        ("compliant", 'en-hi-sarah-sorry-the-handle-ar', 'en', R, 'Hi Sarah, sorry the handle arrived loose. We have sent a new one today; it should arrive on Thursday. Please keep the old one, no need to return it.', "pass", []),
        ("compliant", 'en-thank-you-for-your-message-t', 'en', R, 'Thank you for your message. The size chart is on the product page; the M fits chest 96-101 cm. Would you like us to exchange it for an L?', "pass", []),
        ("compliant", 'en-we-checked-with-the-carrier', 'en', R, 'We checked with the carrier: the parcel is at the local depot and will be delivered tomorrow between 9 and 12.', "pass", []),
        ("compliant", 'en-your-return-was-received-and', 'en', R, 'Your return was received and the refund of $24.99 was issued today. Please allow 3-5 business days.', "pass", []),
        ("compliant", 'en-please-could-you-send-us-a-p', 'en', R, 'Please could you send us a photo of the damaged corner so we can file a claim with the carrier?', "pass", []),
        ("compliant", 'en-we-re-sorry-for-the-delay-th', 'en', R, "We're sorry for the delay. The whole order ships together on Monday; everything is in stock now.", "pass", []),
        ("compliant", 'en-the-battery-is-not-included', 'en', R, 'The battery is not included, as stated in the listing. Any AA battery will work.', "pass", []),
        ("compliant", 'en-please-note-that-the-colour', 'en', R, 'Please note that the colour may look slightly different on screen. If you are not happy, you can return it for free.', "pass", []),
        ("compliant", 'en-yes-the-lid-is-dishwasher-sa', 'en', R, 'Yes, the lid is dishwasher safe. We recommend the top rack.', "pass", []),
        ("compliant", 'en-we-can-offer-a-partial-refun', 'en', R, 'We can offer a partial refund of 15% for the scratch, or a replacement. Which do you prefer?', "pass", []),
        ("compliant", 'en-as-you-asked-we-updated-the', 'en', R, 'As you asked, we updated the gift message to read "Happy birthday, Tom".', "pass", []),
        ("compliant", 'en-please-cancel-any-further-pa', 'en', R, 'Please cancel any further payment attempts with your bank only if they ask; Amazon handles the charge.', "pass", []),
        ("compliant", 'en-if-the-code-on-the-warranty', 'en', R, 'If the code on the warranty card does not work, please send us the serial number.', "pass", []),
        ("compliant", 'en-our-store-is-closed-on-sunda', 'en', R, 'Our store is closed on Sunday, so your question will be answered on Monday.', "pass", []),
        ("compliant", 'en-the-other-two-items-in-your', 'en', R, 'The other two items in your order come from a different warehouse and arrive on Friday.', "pass", []),
        ("compliant", 'en-thank-you-for-your-feedback', 'en', R, 'Thank you for your feedback about the instructions; we have rewritten step 4.', "pass", []),
        ("compliant", 'de-vielen-dank-f-r-ihre-nachric', 'de', R, 'Vielen Dank für Ihre Nachricht. Das Ersatzteil ist heute rausgegangen und kommt am Donnerstag an.', "pass", []),
        ("compliant", 'de-bitte-senden-sie-uns-ein-fot', 'de', R, 'Bitte senden Sie uns ein Foto der beschädigten Ecke, damit wir das reklamieren können.', "pass", []),
        ("compliant", 'de-die-gr-e-m-entspricht-einer', 'de', R, 'Die Größe M entspricht einer Brustweite von 96-101 cm. Möchten Sie tauschen?', "pass", []),
        ("compliant", 'de-wir-haben-ihnen-15-des-kaufp', 'de', R, 'Wir haben Ihnen 15 % des Kaufpreises als Entschädigung erstattet.', "pass", []),
        ("compliant", 'fr-merci-pour-votre-message-la', 'fr', R, "Merci pour votre message. La pièce de rechange est partie aujourd'hui et arrivera jeudi.", "pass", []),
        ("compliant", 'fr-pourriez-vous-nous-envoyer-u', 'fr', R, 'Pourriez-vous nous envoyer une photo du coin abîmé ?', "pass", []),
        ("compliant", 'fr-nous-vous-avons-rembours-15', 'fr', R, 'Nous vous avons remboursé 15 % du prix pour la rayure.', "pass", []),
        ("compliant", 'es-gracias-por-su-mensaje-la-pi', 'es', R, 'Gracias por su mensaje. La pieza de repuesto salió hoy y llegará el jueves.', "pass", []),
        ("compliant", 'es-podr-a-enviarnos-una-foto-d', 'es', R, '¿Podría enviarnos una foto de la esquina dañada?', "pass", []),
        ("compliant", 'es-le-hemos-reembolsado-un-15-d', 'es', R, 'Le hemos reembolsado un 15 % del precio por el arañazo.', "pass", []),
        ("compliant", 'it-grazie-per-il-messaggio-il-r', 'it', R, 'Grazie per il messaggio. Il ricambio è partito oggi e arriverà giovedì.', "pass", []),
        ("compliant", 'it-potrebbe-inviarci-una-foto-d', 'it', R, "Potrebbe inviarci una foto dell'angolo danneggiato?", "pass", []),
        ("compliant", 'it-le-abbiamo-rimborsato-il-15', 'it', R, 'Le abbiamo rimborsato il 15% del prezzo per il graffio.', "pass", []),
        ("compliant", 'ja-msg', 'ja', R, 'お問い合わせありがとうございます。交換部品を本日発送いたしました。木曜日に到着予定です。', "pass", []),
        ("compliant", 'ja-msg-1', 'ja', R, '破損部分の写真をお送りいただけますでしょうか。', "pass", []),
        ("compliant", 'ja-15', 'ja', R, '傷の件で、代金の15%を返金いたしました。', "pass", []),
        ("compliant", 'zh-msg', 'zh', R, '感谢您的来信。替换零件已于今天寄出，预计周四送达。', "pass", []),
        ("compliant", 'zh-msg-1', 'zh', R, '请您发一张破损处的照片给我们。', "pass", []),
        ("compliant", 'zh-15', 'zh', R, '针对划痕，我们已退还您15%的货款。', "pass", []),
        ("compliant", 'zh-Hant-msg', 'zh-Hant', R, '感謝您的來信。替換零件已於今天寄出，預計週四送達。', "pass", []),
        ("compliant", 'ko-msg', 'ko', R, '문의해 주셔서 감사합니다. 교체 부품을 오늘 발송했으며 목요일에 도착할 예정입니다.', "pass", []),
        ("compliant", 'ko-msg-1', 'ko', R, '파손된 부분의 사진을 보내 주시겠어요?', "pass", []),
        ("compliant", 'nl-bedankt-voor-uw-bericht-het', 'nl', R, 'Bedankt voor uw bericht. Het vervangende onderdeel is vandaag verzonden.', "pass", []),
        ("compliant", 'nl-kunt-u-ons-een-foto-van-de-b', 'nl', R, 'Kunt u ons een foto van de beschadigde hoek sturen?', "pass", []),
        ("compliant", 'pl-dzi-kujemy-za-wiadomo-cz-zam', 'pl', R, 'Dziękujemy za wiadomość. Część zamienna została dziś wysłana.', "pass", []),
        ("compliant", 'pl-czy-mo-e-pan-przes-a-zdj-cie', 'pl', R, 'Czy może Pan przesłać zdjęcie uszkodzonego rogu?', "pass", []),
        ("compliant", 'sv-tack-f-r-ditt-meddelande-res', 'sv', R, 'Tack för ditt meddelande. Reservdelen skickades i dag.', "pass", []),
        ("compliant", 'sv-kan-du-skicka-ett-foto-p-det', 'sv', R, 'Kan du skicka ett foto på det skadade hörnet?', "pass", []),
        ("compliant", 'tr-mesaj-n-z-i-in-te-ekk-rler-y', 'tr', R, 'Mesajınız için teşekkürler. Yedek parça bugün kargoya verildi.', "pass", []),
        ("compliant", 'tr-hasarl-k-enin-foto-raf-n-g-n', 'tr', R, 'Hasarlı köşenin fotoğrafını gönderebilir misiniz?', "pass", []),
        ("compliant", 'pt-obrigado-pela-mensagem-a-pe', 'pt', R, 'Obrigado pela mensagem. A peça de reposição foi enviada hoje.', "pass", []),
        ("compliant", 'pt-poderia-nos-enviar-uma-foto', 'pt', R, 'Poderia nos enviar uma foto do canto danificado?', "pass", []),
        ("compliant", 'ar-msg', 'ar', R, 'شكرا لرسالتك. تم شحن قطعة الغيار اليوم.', "pass", []),
        ("compliant", 'ar-msg-1', 'ar', R, 'هل يمكنك إرسال صورة للزاوية التالفة؟', "pass", []),
        ("compliant", 'id-terima-kasih-atas-pesannya-s', 'id', R, 'Terima kasih atas pesannya. Suku cadang sudah dikirim hari ini.', "pass", []),
        ("compliant", 'id-bisakah-anda-mengirimkan-fot', 'id', R, 'Bisakah Anda mengirimkan foto sudut yang rusak?', "pass", []),
        ("compliant", 'en-we-have-cancelled-the-old-sh', 'en', R, 'We have cancelled the old shipment and sent a new one; please ignore the cancellation email.', "pass", []),
        ("compliant", 'en-please-do-not-worry-about-th', 'en', R, 'Please do not worry about the return label, we will cancel it.', "pass", []),
        ("compliant", 'en-this-week-all-orders-ship-wi', 'en', R, 'This week all orders ship within 24 hours because our team is fully staffed.', "pass", []),
        ("compliant", 'en-the-latest-firmware-is-2-1-3', 'en', R, 'The latest firmware is 2.1.3; please update it via the app settings.', "pass", []),
        ("compliant", 'de-bitte-stornieren-sie-die-r-c', 'de', R, 'Bitte stornieren Sie die Rücksendung nicht, wir holen das Paket ab.', "pass", []),
        ("compliant", 'en-you-can-cancel-the-return-in', 'en', R, 'You can cancel the return in Your Orders if you decide to keep the item.', "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R18):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r18-%d" % seq), verdict, rules)
    # Round 19: product photos and promotions named in more languages; a receipt whose name contains "aktion".
    A19 = [
        ("attachments", "es-fotos-producto", "es", "Adjuntamos las fotos.", "fotos_del_producto.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "fr-photos-produit", "fr", "Voici les photos.", "photos-produit.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "it-foto-prodotto", "it", "Ecco le foto.", "foto_prodotto.png", "image/png", PNG, "reject", ["attachment.name"]),
        ("attachments", "tr-urun-gorseli", "tr", "Görseller ektedir.", "ürün_görseli.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "pt-fotos-produto", "pt", "Seguem as fotos.", "fotos_do_produto.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "zh-chanpin-tupian", "zh", "请查收图片。", "产品图片.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "ko-sangpum-image", "ko", "이미지를 첨부합니다.", "상품 이미지.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "ar-product-photos", "ar", "مرفق الصور.", "صور المنتج.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "de-aktion", "de", "Anbei.", "Aktion_Herbst.pdf", "application/pdf", PDF, "reject", ["attachment.name"]),
        ("attachments", "de-transaktionsbeleg-pass", "de", "Anbei der Zahlungsbeleg, den Sie angefordert haben.", "Transaktionsbeleg.pdf", "application/pdf", PDF, "pass", []),
        ("attachments", "id-foto-produk", "id", "Terlampir fotonya.", "foto_produk.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "nl-productfoto", "nl", "Zie bijlage.", "productfoto.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
        ("attachments", "pl-zdjecie-produktu", "pl", "W załączniku.", "zdjecie_produktu.jpg", "image/jpeg", JPEG, "reject", ["attachment.name"]),
    ]
    for k, (cat, name, lang, body, fname, ctype, data, verdict, rules) in enumerate(A19):
        seq += 1
        att = attachment(fname, ctype, data) if all(ord(ch) < 128 for ch in fname) else attachment_2231(fname, ctype, data)
        w.write(cat, name, multipart(lang, RSUBJ[lang], "a19-%d" % seq, [text_part(body), att]), verdict, rules)
    # Round 20: answers to a buyer's question about sizes, colours and parts, which are service.
    R20 = [
        ("compliant", 'en-yes-this-model-also-comes-in', 'en', R, 'Yes, this model also comes in blue; you can pick the colour on the same listing.', "pass", []),
        ("compliant", 'en-the-filter-that-fits-your-ju', 'en', R, 'The filter that fits your jug is the BP-200; it is sold separately on the same page as the jug.', "pass", []),
        ("compliant", 'en-yes-we-also-sell-this-in-a-l', 'en', R, 'Yes, we also sell this in a larger size - choose 2 L in the size menu of this listing.', "pass", []),
        ("compliant", 'en-the-spare-blade-you-asked-ab', 'en', R, 'The spare blade you asked about costs $8.99 and we can add it to a replacement shipment at no charge.', "pass", []),
        ("compliant", 'en-our-warranty-covers-the-moto', 'en', R, 'Our warranty covers the motor for 2 years; please keep the invoice.', "pass", []),
        ("compliant", 'en-the-new-model-has-the-same-p', 'en', R, 'The new model has the same plug, so your old adapter still works.', "pass", []),
        ("compliant", 'de-ja-den-deckel-gibt-es-auch-e', 'de', R, 'Ja, den Deckel gibt es auch einzeln; er ist im selben Angebot als Variante wählbar.', "pass", []),
        ("compliant", 'fr-oui-ce-mod-le-existe-aussi-e', 'fr', R, 'Oui, ce modèle existe aussi en bleu, sur la même fiche produit.', "pass", []),
        ("compliant", 'ja-msg', 'ja', R, 'はい、同じ商品ページでブルーもお選びいただけます。', "pass", []),
        ("compliant", 'zh-msg', 'zh', R, '是的，同一商品页面可以选择蓝色。', "pass", []),
        ("compliant", 'es-s-este-modelo-tambi-n-est-di', 'es', R, 'Sí, este modelo también está disponible en azul en la misma ficha.', "pass", []),
        ("compliant", 'it-s-lo-stesso-articolo-disponi', 'it', R, 'Sì, lo stesso articolo è disponibile anche in blu nella stessa pagina.', "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R20):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r20-%d" % seq), verdict, rules)
    # Round 21: promotion, reviews and asks in the less-tested languages (nl pl sv tr pt ar id zh-Hant ko).
    R21 = [
        ('promotion', 'nl-ontdek-onze-nieuwe-collectie', 'nl', R, 'Ontdek onze nieuwe collectie in onze Amazon-winkel.', "reject", ['promo.marketing']),
        ('promotion', 'nl-schrijf-je-in-voor-onze-nieu', 'nl', R, 'Schrijf je in voor onze nieuwsbrief en ontvang 10% korting.', "reject", ['promo.marketing']),
        ('promotion', 'nl-bij-uw-volgende-bestelling-k', 'nl', R, 'Bij uw volgende bestelling krijgt u een gratis cadeau.', "reject", ['promo.marketing']),
        ('promotion', 'pl-sprawd-nasz-now-kolekcj-na-a', 'pl', R, 'Sprawdź naszą nową kolekcję na Amazonie.', "reject", ['promo.marketing']),
        ('promotion', 'pl-zapisz-si-do-naszego-newslet', 'pl', R, 'Zapisz się do naszego newslettera i odbierz rabat.', "reject", ['promo.marketing']),
        ('promotion', 'pl-przy-nast-pnym-zam-wieniu-ot', 'pl', R, 'Przy następnym zamówieniu otrzymasz gratis prezent.', "reject", ['promo.marketing']),
        ('promotion', 'sv-uppt-ck-v-r-nya-kollektion-p', 'sv', R, 'Upptäck vår nya kollektion på Amazon.', "reject", ['promo.marketing']),
        ('promotion', 'sv-prenumerera-p-v-rt-nyhetsbre', 'sv', R, 'Prenumerera på vårt nyhetsbrev och få 10 % rabatt.', "reject", ['promo.marketing']),
        ('promotion', 'sv-vid-ditt-n-sta-k-p-f-r-du-en', 'sv', R, 'Vid ditt nästa köp får du en gratis present.', "reject", ['promo.marketing']),
        ('promotion', 'tr-yeni-koleksiyonumuzu-amazon', 'tr', R, 'Yeni koleksiyonumuzu Amazon mağazamızda keşfedin.', "reject", ['promo.marketing']),
        ('promotion', 'tr-b-ltenimize-abone-olun-ve-10', 'tr', R, 'Bültenimize abone olun ve %10 indirim kazanın.', "reject", ['promo.marketing']),
        ('promotion', 'tr-bir-sonraki-sipari-inizde-he', 'tr', R, 'Bir sonraki siparişinizde hediye kazanın.', "reject", ['promo.marketing']),
        ('promotion', 'pt-conhe-a-a-nossa-nova-cole-o', 'pt', R, 'Conheça a nossa nova coleção na Amazon.', "reject", ['promo.marketing']),
        ('promotion', 'pt-assine-a-nossa-newsletter-e', 'pt', R, 'Assine a nossa newsletter e ganhe 10% de desconto.', "reject", ['promo.marketing']),
        ('promotion', 'pt-na-pr-xima-compra-voc-ganha', 'pt', R, 'Na próxima compra você ganha um brinde.', "reject", ['promo.marketing']),
        ('promotion', 'ar-msg', 'ar', R, 'اكتشف تشكيلتنا الجديدة على أمازون.', "reject", ['promo.marketing']),
        ('promotion', 'ar-10', 'ar', R, 'اشترك في نشرتنا واحصل على خصم 10%.', "reject", ['promo.marketing']),
        ('promotion', 'ar-msg-1', 'ar', R, 'ستحصل على هدية مجانية مع طلبك القادم.', "reject", ['promo.marketing']),
        ('promotion', 'id-temukan-koleksi-terbaru-kami', 'id', R, 'Temukan koleksi terbaru kami di Amazon.', "reject", ['promo.marketing']),
        ('promotion', 'id-daftar-newsletter-kami-dan-d', 'id', R, 'Daftar newsletter kami dan dapatkan diskon 10%.', "reject", ['promo.marketing']),
        ('promotion', 'id-dapatkan-hadiah-gratis-di-pe', 'id', R, 'Dapatkan hadiah gratis di pembelian berikutnya.', "reject", ['promo.marketing']),
        ('promotion', 'zh-Hant-msg', 'zh-Hant', R, '歡迎參觀我們的亞馬遜商店。', "reject", ['promo.marketing']),
        ('promotion', 'zh-Hant-msg-1', 'zh-Hant', R, '訂閱電子報即可獲得九折優惠。', "reject", ['promo.marketing']),
        ('promotion', 'zh-Hant-msg-2', 'zh-Hant', R, '下次購買贈送小禮物。', "reject", ['promo.marketing']),
        ('promotion', 'ko-msg', 'ko', R, '저희 아마존 스토어를 방문해 주세요.', "reject", ['promo.marketing']),
        ('promotion', 'ko-10', 'ko', R, '뉴스레터를 구독하시면 10% 할인 쿠폰을 드립니다.', "reject", ['promo.coupon', 'promo.marketing']),
        ('promotion', 'ko-msg-1', 'ko', R, '다음 주문 시 사은품을 드립니다.', "reject", ['promo.marketing']),
        ('promotion', 'ja-msg', 'ja', R, '次回ご購入時にプレゼントをお付けします。', "reject", ['promo.marketing']),
        ('promotion', 'ja-10', 'ja', R, 'メールマガジンにご登録いただくと10%オフ。', "reject", ['promo.marketing']),
        ('promotion', 'zh-msg', 'zh', R, '订阅我们的邮件即可享受九折。', "reject", ['promo.marketing']),
        ('promotion', 'zh-msg-1', 'zh', R, '下次购买赠送小礼品。', "reject", ['promo.marketing']),
        ('reviews', 'nl-een-positieve-review-zou-ons', 'nl', R, 'Een positieve review zou ons enorm helpen.', "reject", ['review.request']),
        ('reviews', 'pl-pozytywna-opinia-bardzo-nam', 'pl', R, 'Pozytywna opinia bardzo nam pomoże.', "reject", ['review.request']),
        ('reviews', 'sv-ett-positivt-omd-me-hj-lper', 'sv', R, 'Ett positivt omdöme hjälper oss mycket.', "reject", ['review.request']),
        ('reviews', 'tr-olumlu-bir-yorum-bize-ok-yar', 'tr', R, 'Olumlu bir yorum bize çok yardımcı olur.', "reject", ['review.request']),
        ('reviews', 'pt-uma-avalia-o-positiva-nos-aj', 'pt', R, 'Uma avaliação positiva nos ajudaria muito.', "reject", ['review.request']),
        ('reviews', 'ar-msg-2', 'ar', R, 'تقييمك الإيجابي يساعدنا كثيرا.', "reject", ['review.request']),
        ('reviews', 'id-ulasan-positif-sangat-memban', 'id', R, 'Ulasan positif sangat membantu kami.', "reject", ['review.request']),
        ('reviews', 'zh-Hant-msg-3', 'zh-Hant', R, '您的好評對我們非常重要。', "reject", ['review.request']),
        ('reviews', 'ko-msg-2', 'ko', R, '좋은 리뷰는 저희에게 큰 힘이 됩니다.', "reject", ['review.request']),
        ('reviews', 'ja-msg-1', 'ja', R, '高評価をいただけると励みになります。', "reject", ['review.request']),
        ('reviews', 'zh-msg-2', 'zh', R, '您的好评是我们最大的动力。', "reject", ['review.request']),
        ('asks', 'nl-helaas-is-het-product-uitver', 'nl', R, 'Helaas is het product uitverkocht; wilt u de order annuleren?', "reject", ['ask.cancel']),
        ('asks', 'sv-tyv-rr-r-produkten-slut-vill', 'sv', R, 'Tyvärr är produkten slut; vill du avbryta ordern?', "reject", ['ask.cancel']),
        ('asks', 'tr-maalesef-r-n-t-kendi-sipari', 'tr', R, 'Maalesef ürün tükendi; siparişi iptal eder misiniz?', "reject", ['ask.cancel']),
        ('asks', 'pt-infelizmente-o-produto-esgot', 'pt', R, 'Infelizmente o produto esgotou; pode cancelar o pedido?', "reject", ['ask.cancel']),
        ('asks', 'ar-msg-3', 'ar', R, 'للأسف نفد المنتج، هل يمكنكم إلغاء الطلب؟', "reject", ['ask.cancel']),
        ('asks', 'id-sayangnya-produk-habis-bisa', 'id', R, 'Sayangnya produk habis, bisa dibatalkan pesanannya?', "reject", ['ask.cancel']),
        ('asks', 'zh-Hant-msg-4', 'zh-Hant', R, '很抱歉商品已售完，可以請您取消訂單嗎？', "reject", ['ask.cancel']),
        ('asks', 'ko-msg-3', 'ko', R, '죄송하지만 품절되어 주문을 취소해 주시겠어요?', "reject", ['ask.cancel']),
        ('style', 'nl-bedankt', 'nl', R, 'Bedankt! 😊', "reject", ['style.emoji']),
        ('style', 'tr-te-ekk-rler', 'tr', R, 'Teşekkürler 🙏', "reject", ['style.emoji']),
        ('style', 'ar-msg-4', 'ar', R, 'شكرا لك 🌹', "reject", ['style.emoji']),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R21):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r21-%d" % seq), verdict, rules)
    # Round 22: English review requests, promotion, asks and opt-outs in other words; a review already
    # thanked for, a request being reviewed, an energy rating.
    R22 = [
        ('reviews', 'en-your-5-star-feedback-keeps-o', 'en', R, 'Your 5-star feedback keeps our small shop going.', "reject", ['review.request']),
        ('reviews', 'en-if-everything-arrived-in-goo', 'en', R, "If everything arrived in good shape, we'd appreciate a glowing review.", "reject", ['review.request']),
        ('reviews', 'en-hope-you-love-it-if-so-a-rev', 'en', R, 'Hope you love it! If so, a review would be amazing.', "reject", ['review.request']),
        ('reviews', 'en-please-consider-rating-us-fi', 'en', R, 'Please consider rating us five stars - it really helps.', "reject", ['review.request']),
        ('reviews', 'en-reviews-like-yours-help-smal', 'en', R, "Reviews like yours help small businesses like ours thrive, so please leave one if you're happy.", "reject", ['review.request']),
        ('reviews', 'en-leave-a-review-within-7-days', 'en', R, 'Leave a review within 7 days and get a free gift.', "reject", ['review.incentive']),
        ('reviews', 'en-as-a-thank-you-for-your-revi', 'en', R, "As a thank-you for your review, we'll refund 50% of your order.", "reject", ['review.incentive']),
        ('reviews', 'en-post-a-photo-review-to-enter', 'en', R, 'Post a photo review to enter our monthly giveaway.', "reject", ['promo.marketing', 'review.incentive']),
        ('reviews', 'en-we-would-really-appreciate-i', 'en', R, 'We would really appreciate it if you could remove your negative rating.', "reject", ['review.change']),
        ('reviews', 'en-now-that-we-ve-sent-the-repl', 'en', R, "Now that we've sent the replacement, would you reconsider your 1-star review?", "reject", ['review.change']),
        ('reviews', 'en-any-chance-you-could-bump-th', 'en', R, 'Any chance you could bump that rating up?', "reject", ['review.change']),
        ('reviews', 'en-before-you-leave-feedback-pl', 'en', R, 'Before you leave feedback, please give us a chance to make it right.', "reject", ['review.channel']),
        ('reviews', 'en-if-you-re-not-satisfied-mess', 'en', R, "If you're not satisfied, message us instead of leaving a review.", "reject", ['review.channel']),
        ('reviews', 'en-when-you-write-your-review-p', 'en', R, 'When you write your review, please mention our customer service.', "reject", ['review.instructions']),
        ('reviews', 'en-feel-free-to-say-how-easy-it', 'en', R, 'Feel free to say how easy it was to assemble in your review.', "reject", ['review.instructions']),
        ('reviews', 'en-just-a-friendly-nudge-we-d-s', 'en', R, "Just a friendly nudge - we'd still love to see your review.", "reject", ['review.repeat']),
        ('reviews', 'en-we-sent-you-a-review-request', 'en', R, 'We sent you a review request last week; here is another reminder.', "reject", ['review.repeat']),
        ('promotion', 'en-grab-yours-before-they-re-go', 'en', R, "Grab yours before they're gone!", "reject", ['promo.marketing']),
        ('promotion', 'en-check-out-what-s-new-in-our', 'en', R, "Check out what's new in our store this month.", "reject", ['promo.marketing']),
        ('promotion', 'en-treat-yourself-to-something', 'en', R, 'Treat yourself to something from our new range.', "reject", ['promo.marketing']),
        ('promotion', 'en-take-15-off-your-next-purcha', 'en', R, 'Take 15% off your next purchase with us.', "reject", ['promo.coupon']),
        ('promotion', 'en-we-re-giving-away-100-free-s', 'en', R, "We're giving away 100 free samples to our customers this month.", "reject", ['promo.marketing']),
        ('promotion', 'en-introducing-our-brand-new-ai', 'en', R, 'Introducing our brand new air fryer - available now on Amazon!', "reject", ['promo.marketing']),
        ('promotion', 'en-loved-your-purchase-you-ll-l', 'en', R, "Loved your purchase? You'll love our matching set even more.", "reject", ['promo.marketing']),
        ('promotion', 'en-be-the-first-to-hear-about-o', 'en', R, 'Be the first to hear about our new launches.', "reject", ['promo.marketing']),
        ('promotion', 'en-our-holiday-gift-guide-is-no', 'en', R, 'Our holiday gift guide is now live on our store page.', "reject", ['promo.marketing']),
        ('promotion', 'en-save-big-on-our-bundle-deals', 'en', R, 'Save big on our bundle deals this weekend.', "reject", ['promo.marketing']),
        ('asks', 'en-we-need-you-to-cancel-the-or', 'en', R, 'We need you to cancel the order as we can no longer supply it.', "reject", ['ask.cancel']),
        ('asks', 'en-please-hit-the-cancel-button', 'en', R, 'Please hit the cancel button on your end.', "reject", ['ask.cancel']),
        ('asks', 'en-it-would-help-us-a-lot-if-yo', 'en', R, 'It would help us a lot if you cancelled the order.', "reject", ['ask.cancel']),
        ('asks', 'en-could-you-please-go-into-you', 'en', R, 'Could you please go into your account and cancel it?', "reject", ['ask.cancel']),
        ('style', 'en-if-you-d-like-to-stop-hearin', 'en', R, 'If you\'d like to stop hearing from us, simply reply "unsubscribe".', "reject", ['style.opt-out']),
        ('style', 'en-p-s-you-can-opt-out-of-these', 'en', R, 'P.S. You can opt out of these emails anytime.', "reject", ['style.opt-out']),
        ("compliant", 'en-thank-you-for-the-review-you', 'en', R, 'Thank you for the review you left; we have already shipped the missing screws.', "pass", []),
        ("compliant", 'en-we-are-reviewing-your-reques', 'en', R, 'We are reviewing your request and will get back to you by Friday.', "pass", []),
        ("compliant", 'en-the-item-has-a-five-star-ene', 'en', R, 'The item has a five-star energy rating according to the manufacturer.', "pass", []),
        ("compliant", 'en-please-rate-the-urgency-of-t', 'en', R, 'Please rate the urgency of the problem so we can prioritise: is the device unusable?', "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R22):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r22-%d" % seq), verdict, rules)
    # Round 23: de fr es it ja zh promotion, reviews and asks in other words; a discount already applied.
    R23 = [
        ('promotion', 'de-sichern-sie-sich-jetzt-20-ra', 'de', R, 'Sichern Sie sich jetzt 20 % Rabatt auf unser gesamtes Sortiment!', "reject", ['promo.marketing']),
        ('promotion', 'de-folgen-sie-unserer-marke-auf', 'de', R, 'Folgen Sie unserer Marke auf Amazon, um keine Neuheit zu verpassen.', "reject", ['promo.marketing']),
        ('promotion', 'de-als-treuer-kunde-erhalten-si', 'de', R, 'Als treuer Kunde erhalten Sie bei uns exklusive Angebote.', "reject", ['promo.marketing']),
        ('promotion', 'de-entdecken-sie-passendes-zube', 'de', R, 'Entdecken Sie passendes Zubehör in unserem Shop.', "reject", ['promo.marketing']),
        ('promotion', 'fr-d-couvrez-aussi-nos-accessoi', 'fr', R, 'Découvrez aussi nos accessoires assortis.', "reject", ['promo.marketing']),
        ('promotion', 'fr-offre-sp-ciale-30-sur-toute', 'fr', R, 'Offre spéciale : -30 % sur toute la gamme ce mois-ci !', "reject", ['promo.marketing']),
        ('promotion', 'fr-suivez-notre-marque-sur-amaz', 'fr', R, 'Suivez notre marque sur Amazon pour ne rien manquer.', "reject", ['promo.marketing']),
        ('promotion', 'es-oferta-especial-30-de-descu', 'es', R, '¡Oferta especial: 30 % de descuento en toda la gama este mes!', "reject", ['promo.marketing']),
        ('promotion', 'es-siga-nuestra-marca-en-amazon', 'es', R, 'Siga nuestra marca en Amazon para no perderse nada.', "reject", ['promo.marketing']),
        ('promotion', 'es-visite-nuestra-tienda-para-d', 'es', R, 'Visite nuestra tienda para descubrir más productos.', "reject", ['promo.marketing']),
        ('promotion', 'it-offerta-speciale-30-di-scont', 'it', R, 'Offerta speciale: 30% di sconto su tutta la gamma questo mese!', "reject", ['promo.marketing']),
        ('promotion', 'it-segua-il-nostro-marchio-su-a', 'it', R, 'Segua il nostro marchio su Amazon per non perdere le novità.', "reject", ['promo.marketing']),
        ('promotion', 'ja-msg', 'ja', R, 'ストアをフォローして最新情報をチェック！', "reject", ['promo.marketing']),
        ('promotion', 'ja-30', 'ja', R, '期間限定で全商品30%オフです。', "reject", ['promo.marketing']),
        ('promotion', 'ja-msg-1', 'ja', R, 'こちらの商品と相性の良いアクセサリーもございます。', "reject", ['promo.marketing']),
        ('promotion', 'zh-msg', 'zh', R, '关注我们的品牌，不错过任何新品。', "reject", ['promo.marketing']),
        ('promotion', 'zh-msg-1', 'zh', R, '本月全系列七折优惠！', "reject", ['promo.marketing']),
        ('promotion', 'zh-msg-2', 'zh', R, '搭配我们的配件使用效果更佳，欢迎购买。', "reject", ['promo.marketing']),
        ('reviews', 'de-eine-5-sterne-bewertung-w-re', 'de', R, 'Eine 5-Sterne-Bewertung wäre super!', "reject", ['review.request']),
        ('reviews', 'de-w-ren-sie-so-nett-uns-eine-g', 'de', R, 'Wären Sie so nett, uns eine gute Bewertung zu geben?', "reject", ['review.request']),
        ('reviews', 'de-f-r-eine-positive-rezension', 'de', R, 'Für eine positive Rezension erhalten Sie 10 € zurück.', "reject", ['review.incentive']),
        ('reviews', 'fr-une-bonne-note-nous-aiderait', 'fr', R, 'Une bonne note nous aiderait beaucoup.', "reject", ['review.request']),
        ('reviews', 'fr-seriez-vous-d-accord-pour-mo', 'fr', R, "Seriez-vous d'accord pour modifier votre note ?", "reject", ['review.change']),
        ('reviews', 'es-una-buena-valoraci-n-nos-ayu', 'es', R, 'Una buena valoración nos ayudaría mucho.', "reject", ['review.request']),
        ('reviews', 'es-ser-a-posible-que-actualiza', 'es', R, '¿Sería posible que actualizara su valoración?', "reject", ['review.change']),
        ('reviews', 'it-una-buona-valutazione-ci-aiu', 'it', R, 'Una buona valutazione ci aiuterebbe molto.', "reject", ['review.request']),
        ('reviews', 'it-sarebbe-possibile-aggiornare', 'it', R, 'Sarebbe possibile aggiornare la sua recensione?', "reject", ['review.change']),
        ('reviews', 'ja-msg-2', 'ja', R, '良い評価をつけていただけると助かります。', "reject", ['review.request']),
        ('reviews', 'ja-msg-3', 'ja', R, '評価を見直していただけませんか。', "reject", ['review.change']),
        ('reviews', 'zh-msg-3', 'zh', R, '能否麻烦您给个好评？', "reject", ['review.request']),
        ('reviews', 'zh-msg-4', 'zh', R, '能否麻烦您修改一下评价？', "reject", ['review.change']),
        ('asks', 'de-k-nnen-sie-die-bestellung-in', 'de', R, 'Können Sie die Bestellung in Ihrem Konto stornieren? Wir haben keinen Bestand mehr.', "reject", ['ask.cancel']),
        ('asks', 'fr-est-il-possible-d-annuler-la', 'fr', R, "Est-il possible d'annuler la commande de votre côté ?", "reject", ['ask.cancel']),
        ('asks', 'es-es-posible-que-cancele-el-p', 'es', R, '¿Es posible que cancele el pedido desde su lado?', "reject", ['ask.cancel']),
        ('asks', 'it-possibile-annullare-l-ordin', 'it', R, "È possibile annullare l'ordine dal suo lato?", "reject", ['ask.cancel']),
        ('asks', 'ja-msg-4', 'ja', R, 'ご注文のキャンセルをお願いできますでしょうか。', "reject", ['ask.cancel']),
        ('asks', 'zh-msg-5', 'zh', R, '可以麻烦您取消订单吗？', "reject", ['ask.cancel']),
        ("compliant", 'de-ihr-rabatt-wurde-bereits-bei', 'de', R, 'Ihr Rabatt wurde bereits bei der Bestellung abgezogen.', "pass", []),
        ("compliant", 'fr-la-remise-a-t-appliqu-e-lors', 'fr', R, 'La remise a été appliquée lors de votre commande.', "pass", []),
        ("compliant", 'es-el-descuento-ya-se-aplic-en', 'es', R, 'El descuento ya se aplicó en su pedido.', "pass", []),
        ("compliant", 'it-lo-sconto-gi-stato-applicato', 'it', R, 'Lo sconto è già stato applicato al suo ordine.', "pass", []),
        ("compliant", 'ja-msg-5', 'ja', R, '割引はご注文時に適用済みです。', "pass", []),
        ("compliant", 'zh-msg-6', 'zh', R, '折扣已在下单时使用。', "pass", []),
        ("compliant", 'de-k-nnen-sie-best-tigen-ob-wir', 'de', R, 'Können Sie bestätigen, ob wir die Bestellung stornieren sollen?', "pass", []),
        ("compliant", 'fr-est-il-possible-de-modifier', 'fr', R, "Est-il possible de modifier l'adresse de livraison ?", "pass", []),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R23):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r23-%d" % seq), verdict, rules)
    # Round 24: a last batch of fresh wording across asks, promotion, reviews and style.
    R24 = [
        ('asks', 'en-regrettably-the-item-sold-ou', 'en', R, "Regrettably the item sold out; kindly cancel the purchase and we'll make sure you're refunded.", "reject", ['ask.cancel']),
        ('asks', 'de-da-der-artikel-nicht-mehr-ve', 'de', R, 'Da der Artikel nicht mehr verfügbar ist, bitten wir um Stornierung Ihrerseits.', "reject", ['ask.cancel']),
        ('asks', 'fr-malheureusement-le-produit-n', 'fr', R, "Malheureusement, le produit n'est plus disponible : pourriez-vous procéder à l'annulation ?", "reject", ['ask.cancel']),
        ('asks', 'es-lamentablemente-no-hay-stock', 'es', R, 'Lamentablemente no hay stock; ¿podría anular la compra?', "reject", ['ask.cancel']),
        ('asks', 'ja-msg', 'ja', R, '申し訳ございませんが、お客様からキャンセル手続きをしていただけますでしょうか。', "reject", ['ask.cancel']),
        ('asks', 'zh-msg', 'zh', R, '非常抱歉，商品无货，麻烦您申请取消。', "reject", ['ask.cancel']),
        ('promotion', 'en-while-you-re-here-why-not-ch', 'en', R, "While you're here, why not check out our kitchen range?", "reject", ['promo.marketing']),
        ('promotion', 'en-our-autumn-sale-starts-tomor', 'en', R, "Our autumn sale starts tomorrow - don't miss it!", "reject", ['promo.marketing']),
        ('promotion', 'de-schon-gesehen-unsere-neue-ko', 'de', R, 'Schon gesehen? Unsere neue Kollektion ist da!', "reject", ['promo.marketing']),
        ('promotion', 'fr-nouveau-d-couvrez-notre-gamm', 'fr', R, 'Nouveau ! Découvrez notre gamme de casseroles.', "reject", ['promo.marketing']),
        ('promotion', 'es-no-se-pierda-nuestras-rebaja', 'es', R, 'No se pierda nuestras rebajas de invierno.', "reject", ['promo.marketing']),
        ('promotion', 'it-non-perdere-i-nostri-saldi-d', 'it', R, 'Non perdere i nostri saldi di fine stagione!', "reject", ['promo.marketing']),
        ('promotion', 'ja-msg-1', 'ja', R, '新商品が入荷しました！ぜひご覧ください。', "reject", ['promo.marketing']),
        ('promotion', 'zh-msg-1', 'zh', R, '新品上架啦，快来看看吧！', "reject", ['promo.marketing']),
        ('reviews', 'en-if-you-re-pleased-with-the-s', 'en', R, "If you're pleased with the service, kindly leave a 5-star rating.", "reject", ['review.request']),
        ('reviews', 'en-reviewing-us-would-earn-you', 'en', R, 'Reviewing us would earn you a 10% discount code.', "reject", ['review.incentive']),
        ('reviews', 'en-please-update-your-review-to', 'en', R, 'Please update your review to reflect our quick fix.', "reject", ['review.change']),
        ('reviews', 'en-if-something-s-wrong-please', 'en', R, "If something's wrong, please email us before reviewing.", "reject", ['review.channel']),
        ('reviews', 'de-wir-w-rden-uns-ber-eine-posi', 'de', R, 'Wir würden uns über eine positive Bewertung sehr freuen.', "reject", ['review.request']),
        ('reviews', 'fr-si-vous-tes-satisfait-merci', 'fr', R, 'Si vous êtes satisfait, merci de nous mettre 5 étoiles.', "reject", ['review.request']),
        ('reviews', 'es-si-qued-satisfecho-calif-que', 'es', R, 'Si quedó satisfecho, califíquenos con 5 estrellas.', "reject", ['review.request']),
        ('reviews', 'ja-5', 'ja', R, '気に入っていただけたら、星5のレビューをお願いします！', "reject", ['review.request']),
        ('reviews', 'zh-msg-2', 'zh', R, '亲，满意的话给个五星好评哦。', "reject", ['review.request']),
        ('style', 'en-not-keen-on-these-updates-op', 'en', R, 'Not keen on these updates? Opt out by replying NO.', "reject", ['style.opt-out']),
        ('style', 'de-keine-lust-mehr-auf-unsere-m', 'de', R, 'Keine Lust mehr auf unsere Mails? Einfach abmelden.', "reject", ['style.opt-out']),
        ('style', 'en-happy-cooking', 'en', R, 'Happy cooking! 👩\u200d🍳', "reject", ['style.emoji']),
        ('style', 'fr-bonne-journ-e', 'fr', R, 'Bonne journée 🌞', "reject", ['style.emoji']),
    ]
    for k, (cat, name, lang, subj, body, verdict, rules) in enumerate(R24):
        seq += 1
        subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
        c = CHARSETS[lang][(k + 2) % len(CHARSETS[lang])]
        try:
            (subj + body).encode(PY_CODEC.get(c, c))
        except UnicodeEncodeError:
            c = "utf-8"
        w.write(cat, "%s-%s" % (name, c), text_msg(lang, subj, body, c, ENCODINGS[(k + 2) % 3], "r24-%d" % seq), verdict, rules)
    # Rounds 25-29 (rule round 4) are written in four client shapes, cycled: plain text,
    # a plain reply quoting the buyer under the client's attribution line in the
    # message's language, Gmail HTML (text and HTML alternatives, the quote in a
    # gmail_quote block) and Outlook HTML (the localized From/Sent/To/Subject block).
    # A message with a proactive subject gets no quote (plain text or HTML only).
    BUYERQ = {
        "en": "When will my order arrive?", "de": "Wann kommt meine Bestellung an?",
        "fr": "Quand vais-je recevoir ma commande ?", "es": "¿Cuándo llegará mi pedido?",
        "it": "Quando arriverà il mio ordine?", "nl": "Wanneer komt mijn bestelling aan?",
        "pl": "Kiedy dotrze moje zamówienie?", "sv": "När kommer min beställning?",
        "tr": "Siparişim ne zaman gelir?", "pt": "Quando chega o meu pedido?",
        "id": "Kapan pesanan saya tiba?", "ar": "متى سيصل طلبي؟", "ja": "注文はいつ届きますか？",
        "zh": "我的订单什么时候到？", "zh-Hant": "我的訂單什麼時候到？", "ko": "주문한 상품은 언제 도착하나요?",
    }

    def hesc(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        t = re.sub(r"(https?://[^\s<]+)", lambda m: '<a href="%s">%s</a>' % (m.group(1).replace("&amp;", "&"), m.group(1)), t)
        return t.replace("\n", "<br>")

    def shaped(lang, subj, body, k, mid):
        spec = L[lang]
        reply = bool(REPLY_PREFIX.match(subj))
        shape = k % 4
        if not reply:
            shape = 0 if k % 2 == 0 else 4
        alias = "6bmcx2l1t7cwrwb@" + ALIASES[lang]
        own = "%s\n\n%s\n\n%s" % (spec["hello"], body, spec["bye"])
        attr = ATTR[lang] % alias
        cs = CHARSETS[lang]
        c = cs[k % len(cs)]
        if shape == 0 or shape == 1:
            text = own if shape == 0 else own + "\n\n" + attr + "\n> " + BUYERQ[lang] + "\n"
            try:
                (subj + text).encode(PY_CODEC.get(c, c))
            except UnicodeEncodeError:
                c = "utf-8"
            return text_msg(lang, subj, text, c, ENCODINGS[k % 3], mid)
        if shape == 2:
            html = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                    % (hesc(own), hesc(attr), hesc(BUYERQ[lang])))
            plain = own + "\n\n" + attr + "\n> " + BUYERQ[lang] + "\n"
            return multipart(lang, subj, mid, [text_part(plain), text_part(html, ctype="text/html")], "alternative")
        if shape == 3:
            f, se, to, su, date = OHDR[lang]
            html = ('<html><body><div>%s</div><hr style="display:inline-block;width:98%%">'
                    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                    '<b>%s:</b> Buyer &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> Bright Peak<br><b>%s:</b> %s</font>'
                    '<div>&nbsp;</div></div><div>%s</div></body></html>'
                    % (hesc(own), f, alias, se, date, to, su, hesc(spec["subj"]), hesc(BUYERQ[lang])))
            return multipart(lang, subj, mid, [text_part(html, ctype="text/html")])
        html = '<html><body><div dir="ltr" style="font-family:Arial,sans-serif">%s</div></body></html>' % hesc(own)
        return multipart(lang, subj, mid, [text_part(own), text_part(html, ctype="text/html")], "alternative")

    def slug(lang, body):
        t = re.sub(r"[^a-z0-9]+", "-", body.lower()).strip("-")[:28].strip("-")
        return "%s-%s" % (lang, t or "msg")

    def write_round(tag, rows):
        nonlocal_seq = [0]
        for k, (cat, lang, subj, body, verdict, rules) in enumerate(rows):
            nonlocal_seq[0] += 1
            subj = RSUBJ[lang] if subj == R else (subj or L[lang]["subj"])
            name = "%s-%s-%d" % (tag, slug(lang, body), k)
            w.write(cat, name, shaped(lang, subj, body, k, "%s-%d" % (tag, k)), verdict, rules)

    # Round 25: carrier tracking links of every marketplace, in the carriers' real URL
    # shapes (fragments, query strings, lists of numbers), answering "where is it?".
    R25 = [
        ("compliant", "en", R, "It went out with DHL eCommerce: https://webtrack.dhlecommerce.com/?trackingnumber=GM2951173225174494", "pass", []),
        ("compliant", "en", R, "Royal Mail has it now: https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB", "pass", []),
        ("compliant", "en", R, "Your parcel is with DHL Parcel UK, you can follow it at https://track.dhlparcel.co.uk/?con=12345678&postcode=MK146ER", "pass", []),
        ("compliant", "en", R, "It ships with InPost to your locker: https://inpost.co.uk/tracking/?number=520000012345678901234567", "pass", []),
        ("compliant", "en", R, "An Post tracking: https://www.anpost.com/Post-Parcels/Track/History?item=CE123456789IE", "pass", []),
        ("compliant", "en", R, "DHL Express picked it up today: https://mydhl.express.dhl/us/en/tracking.html#/results?id=1234567890", "pass", []),
        ("compliant", "en", R, "Canada Post tracking 1234567890123456: https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=1234567890123456", "pass", []),
        ("compliant", "en", R, "Australia Post: https://auspost.com.au/mypost/track/details/33ABC1234567 and StarTrack https://www.startrack.com.au/track/details/ABCZ12345678", "pass", []),
        ("compliant", "en", R, "Delhivery AWB 1234567890123: https://www.delhivery.com/track-v2/package/1234567890123", "pass", []),
        ("compliant", "en", R, "The Courier Guy waybill TCG123456: https://www.thecourierguy.co.za/tracking/?waybill=TCG123456", "pass", []),
        ("compliant", "en", R, "Ninja Van: https://www.ninjavan.co/en-sg/tracking?id=NVSGBRIGH000123456", "pass", []),
        ("compliant", "de", R, "Ihr Paket ist mit der Post unterwegs: https://www.post.at/s/sendungssuche?snr=1234567890123456789012", "pass", []),
        ("compliant", "de", R, "Sendungsverfolgung: https://nolp.dhl.de/nextt-online-public/de/search?piececode=003404341612345678", "pass", []),
        ("compliant", "fr", R, "Votre colis est en point relais : https://www.mondialrelay.be/fr-be/suivi-de-colis/?numeroExpedition=12345678&codePostal=1000", "pass", []),
        ("compliant", "fr", R, "Suivi Colissimo : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901", "pass", []),
        ("compliant", "es", R, "Puede seguir el envío en https://www.mondialrelay.es/seguimiento/?numeroExpedition=12345678&codigoPostal=28001", "pass", []),
        ("compliant", "es", R, "Seguimiento de DHL: https://www.dhl.es/es/particulares/recibir/seguimiento.html?tracking-id=JJD000390012345678", "pass", []),
        ("compliant", "it", R, "Può seguire la spedizione BRT qui: https://www.mybrt.it/it/mybrt/my-parcels/search?parcelNumber=123456789012", "pass", []),
        ("compliant", "nl", R, "Uw pakket wordt bezorgd door DHL eCommerce: https://my.dhlecommerce.nl/home/tracktrace/JVGL0612345678/1234AB", "pass", []),
        ("compliant", "pl", R, "Paczkę można śledzić tutaj: https://inpost.pl/sledzenie-przesylek?number=520000012345678901234567", "pass", []),
        ("compliant", "sv", R, "Paketet skickas med PostNord: https://tracking.postnord.com/se/?id=UA123456789SE", "pass", []),
        ("compliant", "tr", R, "Kargonuz MNG (DHL eCommerce) ile yolda: https://www.dhlecommerce.com.tr/gonderitakip?no=123456789", "pass", []),
        ("compliant", "pt", R, "Rastreie pela Jadlog: https://www.jadlog.com.br/siteInstitucional/tracking.jsp?cte=12345678901234", "pass", []),
        ("compliant", "ar", R, "يمكنك تتبع الشحنة عبر جي آند تي: https://www.jtexpress.ae/trajectoryQuery?waybillNo=UAE123456789", "pass", []),
        ("compliant", "ar", R, "رقم الشحنة لدى البريد السعودي سبل: https://splonline.com.sa/ar/shipmentdetailsstatic/?tid=RR123456789SA", "pass", []),
        ("compliant", "ja", R, "佐川急便の追跡はこちらです：https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=123456789012", "pass", []),
        ("compliant", "zh", R, "包裹已交云途物流，查询：https://www.yuntrack.com/parcelTracking?id=YT2412345678901234", "pass", []),
        ("compliant", "zh-Hant", R, "已交由中華郵政寄出，查詢：https://postserv.post.gov.tw/pstmail/main_mail.html?mailNo=RR123456789TW", "pass", []),
        ("compliant", "ko", R, "우체국 택배 조회: https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=1234567890123", "pass", []),
        ("compliant", "id", R, "Paket dikirim dengan J&T: https://jet.co.id/track?awb=JP1234567890", "pass", []),
        ("links", "en", R, "It ships with DHL: https://dhl.com.tracking-help.example/track?id=1234567890", "reject", ["links.url"]),
        ("links", "de", R, "Verfolgen Sie es hier: https://dhl-sendung.example.de/track?id=00340434161234567890", "reject", ["links.url"]),
    ]
    write_round("r25", R25)
    # Round 26: [Important] used as Amazon allows it - customization, a delivery
    # appointment, a problem with the shipping address - in all 16 languages, most of
    # them naming the topic only in the body; and the tag on a review request or a
    # newsletter, which is misuse.
    R26 = [
        ("important", "en", "[Important] Order 113-2045511-7781234", "Before we cut the leather, please reply with the initials you want stamped on the wallet - we will wait for your answer before starting.", "pass", []),
        ("important", "en", "[Important] Your sofa delivery", "Our two-man crew delivers in your area on Tuesdays and Thursdays. Which of these days suits you, and is there a lift in the building?", "pass", []),
        ("important", "en", "[Important] Parcel returned to us", "The courier brought your parcel back: there is no flat number on the label and nobody could sign for it. Please reply with your full address so we can send it again.", "pass", []),
        ("important", "en", "[Important] Photo for your canvas", "The photo you uploaded is too small to print sharply at 60 x 90 cm. Could you send a larger file, or should we print it at 30 x 45 cm instead?", "pass", []),
        ("important", "en", "[Important] ZIP code check", "The ZIP code on your order (10001) belongs to a different city than the one in your address. Which one is right?", "pass", []),
        ("important", "de", "[Important] Bestellung 303-1234567-1234567", "Welcher Name soll auf den Anhänger eingraviert werden? Bitte schreiben Sie ihn uns genau so, wie er erscheinen soll.", "pass", []),
        ("important", "de", "[Important] Lieferung Ihres Schranks", "Die Spedition kann Ihren Schrank am Dienstag oder Donnerstag liefern. Welcher Tag passt Ihnen, und sind Sie zwischen 8 und 12 Uhr zu Hause?", "pass", []),
        ("important", "de", "[Important] Ihre Anschrift", "Das Paket kam zu uns zurück, weil der Name am Briefkasten fehlte. Bitte bestätigen Sie uns Ihre vollständige Anschrift mit Namen am Klingelschild.", "pass", []),
        ("important", "fr", "[Important] Commande 402-1234567-1234567", "Quel prénom souhaitez-vous faire broder sur la serviette ? Merci de nous l'écrire exactement, avec les accents.", "pass", []),
        ("important", "fr", "[Important] Livraison de votre canapé", "Le transporteur passe dans votre secteur mardi ou jeudi. Quel jour vous convient, et serez-vous présent entre 8 h et 13 h ?", "pass", []),
        ("important", "fr", "[Important] Adresse de livraison", "Le colis nous a été retourné : le numéro d'appartement manque dans votre adresse. Pourriez-vous nous l'envoyer ?", "pass", []),
        ("important", "es", "[Important] Pedido 404-1234567-1234567", "¿Qué nombre quiere que grabemos en la pulsera? Escríbalo tal como debe aparecer, con tildes.", "pass", []),
        ("important", "es", "[Important] Entrega de su sofá", "La agencia de transporte puede entregar el martes o el jueves por la mañana. ¿Qué día le viene mejor?", "pass", []),
        ("important", "es", "[Important] Su dirección", "El paquete ha vuelto a nuestro almacén porque falta el piso y la puerta en la dirección. ¿Nos los indica, por favor?", "pass", []),
        ("important", "it", "[Important] Ordine 405-1234567-1234567", "Quale nome desidera far ricamare sull'accappatoio? Ce lo scriva esattamente come deve apparire.", "pass", []),
        ("important", "it", "[Important] Consegna del divano", "Il corriere può consegnare martedì o giovedì mattina. Quale giorno preferisce? Serve qualcuno in casa per firmare.", "pass", []),
        ("important", "it", "[Important] Il suo indirizzo", "Il pacco è tornato indietro perché nell'indirizzo manca il numero civico. Può indicarcelo?", "pass", []),
        ("important", "nl", "[Important] Bestelling 408-1234567-1234567", "Welke naam wilt u op de sleutelhanger laten graveren? Stuur ons de tekst precies zoals die erop moet komen.", "pass", []),
        ("important", "nl", "[Important] Bezorging van uw kast", "De vervoerder kan dinsdag of donderdag bezorgen. Welke dag komt u het beste uit?", "pass", []),
        ("important", "nl", "[Important] Uw adres", "Het pakket is teruggekomen omdat het huisnummer ontbreekt in uw adres. Kunt u ons het volledige adres sturen?", "pass", []),
        ("important", "pl", "[Important] Zamówienie 405-1234567-1234567", "Jakie imię mamy wygrawerować na bransoletce? Prosimy o dokładny zapis, z polskimi znakami.", "pass", []),
        ("important", "pl", "[Important] Dostawa szafy", "Kurier może dostarczyć szafę we wtorek lub w czwartek. Który dzień Panu odpowiada?", "pass", []),
        ("important", "pl", "[Important] Adres dostawy", "Paczka wróciła do nas, ponieważ w adresie brakuje numeru mieszkania. Prosimy o podanie pełnego adresu.", "pass", []),
        ("important", "sv", "[Important] Order 406-1234567-1234567", "Vilket namn vill du att vi graverar på armbandet? Skriv det exakt som det ska stå.", "pass", []),
        ("important", "sv", "[Important] Leverans av din soffa", "Speditören kan leverera på tisdag eller torsdag. Vilken dag passar dig bäst?", "pass", []),
        ("important", "sv", "[Important] Din adress", "Paketet kom tillbaka till oss eftersom lägenhetsnumret saknas i adressen. Kan du skicka hela adressen?", "pass", []),
        ("important", "tr", "[Important] Sipariş 407-1234567-1234567", "Kolyeye hangi ismi yazdırmak istersiniz? Lütfen tam olarak görünmesi gereken şekilde yazın.", "pass", []),
        ("important", "tr", "[Important] Koltuğunuzun teslimatı", "Nakliye firması salı veya perşembe günü teslimat yapabilir. Hangi gün sizin için uygun?", "pass", []),
        ("important", "tr", "[Important] Adresiniz", "Kargo bize geri döndü çünkü adresinizde daire numarası eksik. Tam adresinizi iletebilir misiniz?", "pass", []),
        ("important", "pt", "[Important] Pedido 701-1234567-1234567", "Qual nome deseja gravar na pulseira? Escreva exatamente como deve aparecer.", "pass", []),
        ("important", "pt", "[Important] Entrega do seu sofá", "A transportadora pode entregar na terça ou na quinta de manhã. Qual dia é melhor para você?", "pass", []),
        ("important", "pt", "[Important] Seu endereço", "O pacote voltou para nós porque falta o número do apartamento no endereço. Pode nos informar o endereço completo?", "pass", []),
        ("important", "id", "[Important] Pesanan 113-1234567-1234567", "Nama apa yang ingin Anda cetak pada gelang? Mohon tuliskan persis seperti yang diinginkan.", "pass", []),
        ("important", "id", "[Important] Pengiriman sofa Anda", "Kurir dapat mengantar pada hari Selasa atau Kamis. Hari apa yang paling cocok untuk Anda?", "pass", []),
        ("important", "id", "[Important] Alamat Anda", "Paket kembali ke gudang kami karena nomor rumah tidak tercantum di alamat. Mohon kirimkan alamat lengkap Anda.", "pass", []),
        ("important", "ar", "[Important] الطلب 402-1234567-1234567", "ما الاسم الذي تريد كتابته على السوار؟ يرجى كتابته تماما كما يجب أن يظهر.", "pass", []),
        ("important", "ar", "[Important] توصيل الكنبة", "يمكن لشركة الشحن التوصيل يوم الثلاثاء أو الخميس. أي يوم يناسبك؟", "pass", []),
        ("important", "ar", "[Important] عنوان الشحن", "عادت الشحنة إلينا لأن رقم الشقة غير موجود في العنوان. يرجى إرسال العنوان كاملا.", "pass", []),
        ("important", "ja", "[重要] ご注文 250-1234567-7654321 について", "ブレスレットに入れるお名前を、表記どおりにご返信いただけますでしょうか。", "pass", []),
        ("important", "ja", "[重要] ソファのお届けについて", "大型商品のため、配送業者が火曜日か木曜日にお届けします。ご都合のよい日をお知らせください。", "pass", []),
        ("important", "ja", "[重要] お届け先について", "お荷物が当店に戻ってまいりました。部屋番号が記載されていないため、正しいご住所をお知らせください。", "pass", []),
        ("important", "zh", "[重要] 订单 113-1234567-1234567", "请告诉我们您想在手链上刻的名字，我们会按您提供的内容制作。", "pass", []),
        ("important", "zh", "[重要] 沙发送货", "物流公司可以在周二或周四送货上门，请问哪一天方便？", "pass", []),
        ("important", "zh", "[重要] 收货地址", "包裹被退回了，因为地址中缺少门牌号。请回复完整的收货地址。", "pass", []),
        ("important", "zh-Hant", "[重要] 訂單 113-1234567-1234567", "請告訴我們您想在手鍊上刻的名字，我們會依您提供的內容製作。", "pass", []),
        ("important", "zh-Hant", "[重要] 沙發送貨", "物流公司可在週二或週四送貨到府，請問哪一天方便？", "pass", []),
        ("important", "zh-Hant", "[重要] 收件地址", "包裹被退回了，因為地址缺少門牌號碼。請回覆完整的收件地址。", "pass", []),
        ("important", "ko", "[Important] 주문 113-1234567-1234567", "팔찌에 새길 이름을 정확한 표기로 회신해 주시겠어요?", "pass", []),
        ("important", "ko", "[Important] 소파 배송 안내", "대형 상품이라 화요일 또는 목요일에 배송이 가능합니다. 어느 날이 편하신가요?", "pass", []),
        ("important", "ko", "[Important] 배송지 주소", "주소에 동·호수가 없어 택배가 반송되었습니다. 전체 주소를 알려 주세요.", "pass", []),
        ("important", "es", "[Important] ¿Qué le pareció su compra?", "Nos encantaría conocer su opinión sobre el producto.", "reject", ["important.misuse"]),
        ("important", "fr", "[Important] Notre newsletter", "Découvrez nos nouveautés chaque mois.", "reject", ["important.misuse", "promo.marketing"]),
    ]
    write_round("r26", R26)
    # Round 27: review requests, incentives, changes, instructions and repeats in other
    # words, weighted to en es fr it pt sv; thanks for a review already written pass.
    R27 = [
        ("reviews", "en", None, "If you have a moment, sharing your thoughts on the product page would mean the world to our small team.", "reject", ["review.request"]),
        ("reviews", "en", None, "If the mixer made your baking easier, a few kind words on Amazon would make our day.", "reject", ["review.request"]),
        ("reviews", "en", None, "Happy with your new lamp? Tell other shoppers about it - it helps us more than you know.", "reject", ["review.request"]),
        ("reviews", "en", None, "Once your review is live, send us a screenshot and we'll refund the shipping cost.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "Every customer who reviews the blender this month gets a $15 gift card from us.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "Rate the product on Amazon and we'll send you a spare filter for free.", "reject", ["review.incentive"]),
        ("reviews", "en", R, "Now that the replacement has arrived, would you mind editing your review?", "reject", ["review.change"]),
        ("reviews", "en", R, "Could you take down the 2-star rating you posted yesterday?", "reject", ["review.change"]),
        ("reviews", "en", R, "We'd appreciate it if you changed your rating to reflect how quickly we fixed this.", "reject", ["review.change"]),
        ("reviews", "en", None, "In your review, it would help if you mentioned that the lid is dishwasher safe.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "When you rate us, please note that the parcel arrived a day early.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "A quick follow-up to our earlier note: we still haven't seen your review.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "This is our second request - please take a minute to review your purchase.", "reject", ["review.repeat"]),
        ("reviews", "es", None, "Si le ha gustado, ¿podría dedicar un minuto a dejar su opinión en Amazon? Nos ayuda muchísimo.", "reject", ["review.request"]),
        ("reviews", "es", None, "Por dejar su reseña le enviaremos un regalo sorpresa.", "reject", ["review.incentive"]),
        ("reviews", "es", R, "¿Podría eliminar su comentario negativo ahora que el problema está resuelto?", "reject", ["review.change"]),
        ("reviews", "es", None, "Le recordamos de nuevo que todavía no ha dejado su valoración.", "reject", ["review.repeat"]),
        ("reviews", "es", None, "En su reseña, mencione por favor lo fácil que fue el montaje.", "reject", ["review.instructions"]),
        ("reviews", "fr", None, "Si vous êtes content de votre achat, un petit avis sur Amazon nous ferait très plaisir.", "reject", ["review.request"]),
        ("reviews", "fr", None, "En échange de votre avis, nous vous offrons un bon d'achat de 10 €.", "reject", ["review.incentive"]),
        ("reviews", "fr", R, "Pourriez-vous supprimer votre commentaire négatif maintenant que tout est réglé ?", "reject", ["review.change"]),
        ("reviews", "fr", None, "Petit rappel : nous attendons toujours votre avis sur votre commande.", "reject", ["review.repeat"]),
        ("reviews", "fr", None, "Dans votre avis, pensez à préciser que la livraison a été rapide.", "reject", ["review.instructions"]),
        ("reviews", "it", None, "Se è soddisfatto, ci lascerebbe due righe di recensione su Amazon? Per noi è fondamentale.", "reject", ["review.request"]),
        ("reviews", "it", None, "Lasci una recensione e le rimborseremo le spese di spedizione.", "reject", ["review.incentive"]),
        ("reviews", "it", R, "Potrebbe cancellare la sua recensione negativa ora che abbiamo risolto?", "reject", ["review.change"]),
        ("reviews", "it", None, "Le ricordiamo ancora una volta di lasciare la sua recensione.", "reject", ["review.repeat"]),
        ("reviews", "it", None, "Nella recensione, scriva per favore che il montaggio è semplice.", "reject", ["review.instructions"]),
        ("reviews", "pt", None, "Se gostou do produto, deixe-nos cinco estrelas na Amazon.", "reject", ["review.request"]),
        ("reviews", "pt", None, "Ao deixar sua avaliação, você ganha um vale-presente de R$ 20.", "reject", ["review.incentive"]),
        ("reviews", "pt", R, "Poderia excluir sua avaliação negativa agora que resolvemos o problema?", "reject", ["review.change"]),
        ("reviews", "pt", None, "Estamos lembrando novamente: ainda não recebemos sua avaliação.", "reject", ["review.repeat"]),
        ("reviews", "pt", None, "Na sua avaliação, mencione que a entrega foi rápida.", "reject", ["review.instructions"]),
        ("reviews", "sv", None, "Om du är nöjd blir vi jätteglada för ett omdöme med fem stjärnor.", "reject", ["review.request"]),
        ("reviews", "sv", None, "Lämna en recension så får du ett presentkort på 100 kr.", "reject", ["review.incentive"]),
        ("reviews", "sv", R, "Kan du ta bort ditt negativa omdöme nu när vi har löst problemet?", "reject", ["review.change"]),
        ("reviews", "sv", None, "Vi påminner igen om att lämna ett omdöme om din beställning.", "reject", ["review.repeat"]),
        ("reviews", "sv", None, "Skriv gärna i recensionen att monteringen var enkel.", "reject", ["review.instructions"]),
        ("reviews", "de", None, "Als Dankeschön für Ihre Bewertung erstatten wir Ihnen die Versandkosten.", "reject", ["review.incentive"]),
        ("reviews", "de", R, "Könnten Sie Ihre 1-Stern-Bewertung löschen?", "reject", ["review.change"]),
        ("reviews", "de", None, "Schreiben Sie in Ihrer Rezension bitte, wie schnell der Versand war.", "reject", ["review.instructions"]),
        ("reviews", "nl", None, "Laat een review achter en ontvang een cadeaubon van 10 euro.", "reject", ["review.incentive"]),
        ("reviews", "nl", R, "Zou u uw negatieve review willen aanpassen?", "reject", ["review.change"]),
        ("reviews", "pl", None, "Za wystawienie opinii otrzymasz od nas kartę podarunkową.", "reject", ["review.incentive"]),
        ("reviews", "pl", R, "Czy mógłby Pan usunąć negatywną opinię?", "reject", ["review.change"]),
        ("reviews", "tr", None, "Yorum yapan herkese hediye çeki gönderiyoruz.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "tr", R, "Olumsuz yorumunuzu kaldırabilir misiniz?", "reject", ["review.change"]),
        ("reviews", "id", None, "Tinggalkan ulasan dan dapatkan voucher belanja dari kami.", "reject", ["review.incentive"]),
        ("reviews", "id", R, "Bisakah Anda menghapus ulasan negatif Anda?", "reject", ["review.change"]),
        ("reviews", "ar", None, "اترك تقييمك واحصل على بطاقة هدية.", "reject", ["review.incentive"]),
        ("reviews", "ar", R, "هل يمكنك حذف تقييمك السلبي؟", "reject", ["review.change"]),
        ("reviews", "ja", None, "レビューを書いていただいた方全員にギフト券500円分を差し上げます。", "reject", ["review.incentive"]),
        ("reviews", "ja", R, "低評価のレビューを削除していただけないでしょうか。", "reject", ["review.change"]),
        ("reviews", "ja", None, "レビューには組み立てが簡単だったことを書いていただけると嬉しいです。", "reject", ["review.instructions"]),
        ("reviews", "zh", None, "留下评价即可获得10美元返现。", "reject", ["review.incentive"]),
        ("reviews", "zh", R, "麻烦您把一星评价改成五星。", "reject", ["review.change", "review.request"]),
        ("reviews", "zh-Hant", None, "留下評論即可獲得禮品卡一張。", "reject", ["review.incentive"]),
        ("reviews", "zh-Hant", R, "能否請您刪除負評？", "reject", ["review.change"]),
        ("reviews", "ko", None, "리뷰를 작성해 주시면 기프티콘을 보내드립니다.", "reject", ["review.incentive"]),
        ("reviews", "ko", R, "부정적인 리뷰를 수정해 주실 수 있을까요?", "reject", ["review.change"]),
        ("compliant", "en", R, "Thank you for your review; we have passed your comments about the handle to our design team.", "pass", []),
        ("compliant", "en", R, "We have read your feedback and are sending a replacement lid free of charge.", "pass", []),
        ("compliant", "en", R, "You asked how to update the firmware: hold the power button for ten seconds.", "pass", []),
        ("compliant", "es", R, "Gracias por su opinión; le enviamos hoy una pieza de repuesto.", "pass", []),
        ("compliant", "fr", R, "Merci pour votre avis, nous avons transmis votre remarque à notre équipe.", "pass", []),
        ("compliant", "it", R, "Abbiamo letto la sua recensione e le inviamo subito un ricambio.", "pass", []),
        ("compliant", "pt", R, "Agradecemos sua avaliação; a peça de reposição já foi enviada.", "pass", []),
        ("compliant", "sv", R, "Tack för din recension, vi skickar en ny del i dag.", "pass", []),
        ("compliant", "de", R, "Vielen Dank für Ihre Bewertung. Das Ersatzteil ist bereits unterwegs.", "pass", []),
        ("compliant", "ja", R, "レビューありがとうございます。ご指摘の部品を本日発送しました。", "pass", []),
    ]
    write_round("r27", R27)
    # Round 28: other shops named without a link, "our other products", new collections,
    # loyalty clubs, newsletters and codes for the next order in 16 languages; answers
    # about a discount already applied pass.
    R28 = [
        ("promotion", "en", R, "You can also find our full range on Etsy under BrightPeakHome.", "reject", ["promo.marketing", "promo.offsite"]),
        ("promotion", "en", R, "We also have a Shopify store where the matching covers are a little cheaper.", "reject", ["promo.offsite"]),
        ("promotion", "en", R, "Join our loyalty club and collect points on every purchase.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "Sign up to our mailing list for early access to new releases.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "Use THANKYOU15 at checkout next time for 15% off.", "reject", ["promo.coupon"]),
        ("promotion", "en", R, "Our autumn collection has just dropped - take a look at our brand page.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "If you like this mug, you'll love the rest of our ceramics.", "reject", ["promo.marketing"]),
        ("promotion", "de", R, "Unsere Produkte finden Sie übrigens auch bei Otto und Kaufland.", "reject", ["promo.offsite"]),
        ("promotion", "de", R, "Melden Sie sich für unseren Newsletter an und verpassen Sie keine Aktion mehr.", "reject", ["promo.marketing"]),
        ("promotion", "de", R, "Mit dem Code DANKE15 sparen Sie bei Ihrem nächsten Einkauf 15 %.", "reject", ["promo.coupon"]),
        ("promotion", "de", R, "Werfen Sie doch einen Blick auf unsere weiteren Produkte.", "reject", ["promo.marketing"]),
        ("promotion", "fr", R, "Retrouvez aussi toute notre gamme sur Cdiscount et la Fnac.", "reject", ["promo.marketing", "promo.offsite"]),
        ("promotion", "fr", R, "Inscrivez-vous à notre newsletter pour profiter d'offres exclusives.", "reject", ["promo.marketing"]),
        ("promotion", "fr", R, "Avec le code MERCI10, bénéficiez de 10 % sur votre prochaine commande.", "reject", ["promo.coupon"]),
        ("promotion", "fr", R, "Notre nouvelle collection printemps vient d'arriver !", "reject", ["promo.marketing"]),
        ("promotion", "es", R, "También puede encontrarnos en Mercado Libre como BrightPeakMX.", "reject", ["promo.offsite"]),
        ("promotion", "es", R, "Únase a nuestro club de clientes y acumule puntos en cada compra.", "reject", ["promo.marketing"]),
        ("promotion", "es", R, "Con el código GRACIAS10 tendrá un 10 % de descuento en su próxima compra.", "reject", ["promo.coupon"]),
        ("promotion", "es", R, "Eche un vistazo a nuestros otros productos de cocina.", "reject", ["promo.marketing"]),
        ("promotion", "it", R, "Ci trova anche su ePrice e sul nostro negozio Shopify.", "reject", ["promo.offsite"]),
        ("promotion", "it", R, "Si iscriva alla nostra newsletter per ricevere offerte esclusive.", "reject", ["promo.marketing"]),
        ("promotion", "it", R, "Con il codice GRAZIE10 avrà il 10% di sconto sul prossimo ordine.", "reject", ["promo.coupon"]),
        ("promotion", "it", R, "Scopra la nostra nuova collezione autunnale.", "reject", ["promo.marketing"]),
        ("promotion", "nl", R, "U vindt ons assortiment ook op bol.com en bij Coolblue.", "reject", ["promo.offsite", "links.url"]),
        ("promotion", "nl", R, "Word lid van onze klantenclub en spaar punten bij elke aankoop.", "reject", ["promo.marketing"]),
        ("promotion", "nl", R, "Met de code BEDANKT10 krijgt u 10% korting op uw volgende bestelling.", "reject", ["promo.coupon"]),
        ("promotion", "pl", R, "Nasze produkty znajdziesz też na Allegro.", "reject", ["promo.offsite"]),
        ("promotion", "pl", R, "Dołącz do naszego programu lojalnościowego i zbieraj punkty.", "reject", ["promo.marketing"]),
        ("promotion", "pl", R, "Z kodem DZIEKI10 otrzymasz 10% zniżki na kolejne zamówienie.", "reject", ["promo.coupon"]),
        ("promotion", "sv", R, "Du hittar oss även på CDON och Fyndiq.", "reject", ["promo.offsite"]),
        ("promotion", "sv", R, "Bli medlem i vår kundklubb och samla poäng.", "reject", ["promo.marketing"]),
        ("promotion", "sv", R, "Med koden TACK10 får du 10 % rabatt på nästa beställning.", "reject", ["promo.coupon"]),
        ("promotion", "tr", R, "Ürünlerimizi Trendyol ve Hepsiburada'da da bulabilirsiniz.", "reject", ["promo.offsite"]),
        ("promotion", "tr", R, "Sadakat programımıza katılın, her alışverişte puan kazanın.", "reject", ["promo.marketing"]),
        ("promotion", "tr", R, "TESEKKUR10 koduyla bir sonraki siparişinizde %10 indirim kazanın.", "reject", ["promo.coupon"]),
        ("promotion", "pt", R, "Também estamos no Mercado Livre e na Shopee.", "reject", ["promo.offsite"]),
        ("promotion", "pt", R, "Participe do nosso programa de fidelidade e ganhe pontos.", "reject", ["promo.marketing"]),
        ("promotion", "pt", R, "Use o cupom OBRIGADO10 na sua próxima compra.", "reject", ["promo.coupon"]),
        ("promotion", "id", R, "Produk kami juga tersedia di Tokopedia dan Shopee.", "reject", ["promo.offsite"]),
        ("promotion", "id", R, "Gunakan kode TERIMAKASIH untuk diskon 10% pada pesanan berikutnya.", "reject", ["promo.coupon", "promo.marketing"]),
        ("promotion", "id", R, "Lihat juga produk-produk kami yang lain di toko kami.", "reject", ["promo.marketing"]),
        ("promotion", "ar", R, "تجدون منتجاتنا أيضا على نون.", "reject", ["promo.offsite"]),
        ("promotion", "ar", R, "انضم إلى برنامج الولاء لدينا واجمع النقاط مع كل طلب.", "reject", ["promo.marketing"]),
        ("promotion", "ar", R, "استخدم الكود SHUKRAN10 للحصول على خصم 10% على طلبك القادم.", "reject", ["promo.coupon"]),
        ("promotion", "ja", R, "楽天市場とYahoo!ショッピングにも出店しております。", "reject", ["promo.offsite"]),
        ("promotion", "ja", R, "当店の他の商品もぜひチェックしてみてください。", "reject", ["promo.marketing"]),
        ("promotion", "ja", R, "次回のお買い物で使える500円OFFコード THANKS500 をお送りします。", "reject", ["promo.coupon"]),
        ("promotion", "zh", R, "我们在淘宝和天猫也有店铺，欢迎光临。", "reject", ["promo.offsite"]),
        ("promotion", "zh", R, "加入我们的会员计划，每次购物都可积分。", "reject", ["promo.marketing"]),
        ("promotion", "zh", R, "下次购买时使用折扣码 THANKS10 可享九折。", "reject", ["promo.coupon"]),
        ("promotion", "zh-Hant", R, "我們在蝦皮和momo購物網也有開店。", "reject", ["promo.offsite"]),
        ("promotion", "zh-Hant", R, "歡迎加入我們的會員計畫累積點數。", "reject", ["promo.marketing"]),
        ("promotion", "ko", R, "네이버 스마트스토어와 쿠팡에서도 만나보실 수 있습니다.", "reject", ["promo.offsite"]),
        ("promotion", "ko", R, "저희 다른 제품들도 한번 둘러보세요.", "reject", ["promo.marketing"]),
        ("promotion", "ko", R, "다음 주문 시 THANKS10 코드를 입력하시면 10% 할인됩니다.", "reject", ["promo.coupon"]),
        ("compliant", "en", R, "The matching lid is sold separately on this same Amazon listing; choose 'lid' in the style menu.", "pass", []),
        ("compliant", "fr", R, "Votre code promo a bien été appliqué à la commande.", "pass", []),
        ("compliant", "it", R, "Il codice sconto che ha usato è stato applicato correttamente all'ordine.", "pass", []),
        ("compliant", "pl", R, "Rabat został już naliczony w zamówieniu.", "pass", []),
        ("compliant", "tr", R, "İndirim siparişinize zaten uygulandı.", "pass", []),
        ("compliant", "ja", R, "ご質問の替え刃は、同じ商品ページの「スタイル」からお選びいただけます。", "pass", []),
        ("compliant", "ko", R, "문의하신 할인은 이미 주문 금액에 적용되었습니다.", "pass", []),
    ]
    write_round("r28", R28)
    # Round 29: disguised addresses and numbers (at/dot spelt out, spaced letters, U+2011
    # hyphens, Arabic-Indic and full-width digits) and messaging apps in 16 languages; a
    # brand's own warranty or service line is a warning.
    R29 = [
        ("contact", "en", R, "Drop us a line: support at brightpeak dot co dot uk", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "en", R, "Email: s u p p o r t @ b r i g h t p e a k . c o m", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "en", R, "Text me on 07700\u2011900\u2011123 if the courier is late.", "reject", ["contact.phone"]),
        ("contact", "en", R, "Reach us on WhatsApp, it is faster than this inbox.", "reject", ["contact.channel"]),
        ("contact", "en", R, "Message us on Telegram: @brightpeak_help", "reject", ["contact.channel"]),
        ("contact", "de", R, "Schreiben Sie uns: info (at) brightpeak (punkt) de", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "de", R, "Rufen Sie uns an unter 030 / 123 456 78.", "reject", ["contact.phone"]),
        ("contact", "de", R, "Kontaktieren Sie uns gern direkt per WhatsApp.", "reject", ["contact.channel"]),
        ("contact", "fr", R, "Écrivez-nous à contact arobase brightpeak point fr", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "fr", R, "Appelez-nous au 01 23 45 67 89.", "reject", ["contact.phone"]),
        ("contact", "fr", R, "Contactez-nous sur Instagram, nous répondons vite.", "reject", ["contact.channel"]),
        ("contact", "es", R, "Escríbanos a ventas arroba brightpeak punto es", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "es", R, "Llámenos al 912 345 678.", "reject", ["contact.phone"]),
        ("contact", "it", R, "Scriva a info chiocciola brightpeak punto it", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "it", R, "Ci chiami allo 02 1234 5678.", "reject", ["contact.phone"]),
        ("contact", "pl", R, "Napisz do nas: sklep małpa brightpeak kropka pl", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "pl", R, "Zadzwoń: 512 345 678", "reject", ["contact.phone"]),
        ("contact", "nl", R, "Mail ons: info apenstaartje brightpeak punt nl", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "nl", R, "Bel ons gerust op 020 123 4567.", "reject", ["contact.phone"]),
        ("contact", "sv", R, "Mejla oss på info snabel-a brightpeak punkt se", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "sv", R, "Ring oss på 08-123 456 78.", "reject", ["contact.phone"]),
        ("contact", "tr", R, "Bizi 0532 123 45 67 numarasından arayabilirsiniz.", "reject", ["contact.phone"]),
        ("contact", "tr", R, "Instagram'dan bize yazın, hemen dönelim.", "reject", ["contact.channel"]),
        ("contact", "pt", R, "Chame no WhatsApp (11) 91234-5678.", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "pt", R, "Escreva para contato arroba brightpeak ponto com ponto br", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "id", R, "Hubungi kami via WhatsApp 0812-3456-7890.", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "id", R, "Email kami: cs at brightpeak dot id", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "ar", R, "راسلنا على واتساب ٠٥٥١٢٣٤٥٦٧", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "ar", R, "اتصل بنا على الرقم ٠٥٠ ١٢٣ ٤٥٦٧", "reject", ["contact.phone"]),
        ("contact", "ja", R, "LINEのID「brightpeak」を追加してください。", "reject", ["contact.channel"]),
        ("contact", "ja", R, "メールは support アットマーク brightpeak ドット jp までお願いします。", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "ja", R, "お電話は０３－１２３４－５６７８へどうぞ。", "reject", ["contact.phone"]),
        ("contact", "zh", R, "请加微信号：bp_service", "reject", ["contact.channel"]),
        ("contact", "zh", R, "有问题请致电 138 1234 5678。", "reject", ["contact.phone"]),
        ("contact", "zh-Hant", R, "請加LINE：@brightpeak", "reject", ["contact.channel"]),
        ("contact", "zh-Hant", R, "請來電 02-2345-6789 與我們聯絡。", "reject", ["contact.phone"]),
        ("contact", "ko", R, "카카오톡 ID: brightpeak 로 문의 주세요.", "reject", ["contact.channel"]),
        ("contact", "ko", R, "전화 010-1234-5678 로 연락 주세요.", "reject", ["contact.phone"]),
        ("compliant", "en", R, "The kettle's manufacturer handles warranty repairs directly; their service line is 0800 123 4567.", "pass", ["contact.phone-warranty"]),
        ("compliant", "de", R, "Garantiefälle bearbeitet der Hersteller selbst, Hotline 089 1234 5678.", "pass", ["contact.phone-warranty"]),
        ("compliant", "fr", R, "Pour la garantie, le service après-vente du fabricant répond au 01 23 45 67 89.", "pass", ["contact.phone-warranty"]),
        ("compliant", "en", R, "Your order 113-2045511-7781234 left today; tracking number 9400 1000 0000 0000 0000 00.", "pass", []),
    ]
    write_round("r29", R29)
    # Round 30: reviews once more - pressure without a star, prizes and warranty for a
    # review, revising a rating, what to put in it, reminders, "tell us first" - and
    # service replies that use the same words.
    R30 = [
        ("reviews", "en", None, "We're a small team and every review counts - would you mind leaving one?", "reject", ["review.request"]),
        ("reviews", "en", None, "Reviews are the lifeblood of our business, so we'd be thrilled if you left one.", "reject", ["review.request"]),
        ("reviews", "en", None, "Just reply with a screenshot of your review to claim your bonus.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "Customers who leave a review are entered into our monthly prize draw.", "reject", ["promo.marketing", "review.incentive"]),
        ("reviews", "en", None, "We'll extend your warranty by a year once your review is posted.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "Leave us feedback and get 20% back on this order.", "reject", ["review.incentive"]),
        ("reviews", "en", R, "Since we refunded you, would you consider revising your feedback?", "reject", ["review.change"]),
        ("reviews", "en", R, "Would you be willing to update your star rating now that the issue is solved?", "reject", ["review.change"]),
        ("reviews", "en", R, "Please delete the comment you left on the listing.", "reject", ["review.change"]),
        ("reviews", "en", None, "Mention the fast shipping and the sturdy packaging when you review it.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "Please include a photo of the lamp in your review.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "We noticed you haven't reviewed your order yet - here's another reminder.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "Last reminder: your review is still pending.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "Following up once more about the review we asked for.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "If anything is wrong, let us know first so we can fix it before you review.", "reject", ["review.channel"]),
        ("reviews", "es", None, "Somos una pequeña empresa familiar: su reseña de cinco estrellas nos ayuda a crecer.", "reject", ["review.request"]),
        ("reviews", "es", None, "Si publica su opinión, le devolvemos el 20 % del importe.", "reject", ["review.incentive"]),
        ("reviews", "es", R, "¿Podría cambiar su valoración ahora que ha recibido el recambio?", "reject", ["review.change"]),
        ("reviews", "es", None, "Le escribimos otra vez para recordarle la reseña pendiente.", "reject", ["review.repeat"]),
        ("reviews", "es", None, "Si algo no va bien, escríbanos antes de valorar el producto.", "reject", ["review.channel"]),
        ("reviews", "fr", None, "Votre avis 5 étoiles aiderait énormément notre petite entreprise.", "reject", ["review.request"]),
        ("reviews", "fr", None, "Laissez un commentaire et recevez un produit gratuit.", "reject", ["review.incentive"]),
        ("reviews", "fr", R, "Accepteriez-vous de modifier votre évaluation maintenant que le problème est résolu ?", "reject", ["review.change"]),
        ("reviews", "fr", None, "Nous nous permettons de vous relancer au sujet de votre avis.", "reject", ["review.repeat"]),
        ("reviews", "fr", None, "Si quelque chose ne va pas, contactez-nous avant de laisser un avis.", "reject", ["review.channel"]),
        ("reviews", "it", None, "Una recensione a cinque stelle sarebbe per noi un grande aiuto.", "reject", ["review.request"]),
        ("reviews", "it", None, "Per ogni recensione riceverà un buono regalo da 10 euro.", "reject", ["review.incentive"]),
        ("reviews", "it", R, "Sarebbe disposto a modificare la sua valutazione?", "reject", ["review.change"]),
        ("reviews", "it", None, "Le scriviamo di nuovo per ricordarle la recensione.", "reject", ["review.repeat"]),
        ("reviews", "it", None, "Se qualcosa non va, ci contatti prima di lasciare una recensione.", "reject", ["review.channel"]),
        ("reviews", "pt", None, "Sua avaliação cinco estrelas faz toda a diferença para nossa pequena empresa.", "reject", ["review.request"]),
        ("reviews", "pt", None, "Avalie o produto e ganhe um brinde na próxima compra.", "reject", ["promo.marketing", "review.incentive"]),
        ("reviews", "pt", R, "Você poderia alterar sua nota agora que o problema foi resolvido?", "reject", ["review.change"]),
        ("reviews", "pt", None, "Passando novamente para lembrar da sua avaliação.", "reject", ["review.repeat"]),
        ("reviews", "pt", None, "Se algo deu errado, fale conosco antes de avaliar.", "reject", ["review.channel"]),
        ("reviews", "sv", None, "Ett femstjärnigt betyg skulle betyda mycket för vårt lilla företag.", "reject", ["review.request"]),
        ("reviews", "sv", None, "Skriv ett omdöme så bjuder vi på frakten nästa gång.", "reject", ["review.incentive"]),
        ("reviews", "sv", R, "Skulle du kunna ändra ditt betyg nu när problemet är löst?", "reject", ["review.change"]),
        ("reviews", "sv", None, "Vi hör av oss igen angående ditt omdöme.", "reject", ["review.repeat"]),
        ("reviews", "sv", None, "Om något är fel, kontakta oss innan du lämnar ett omdöme.", "reject", ["review.channel"]),
        ("reviews", "de", None, "Eine kurze Rezension würde unserem kleinen Familienbetrieb enorm helfen.", "reject", ["review.request"]),
        ("reviews", "de", None, "Nach Ihrer Bewertung schicken wir Ihnen ein kostenloses Zubehörteil.", "reject", ["review.incentive"]),
        ("reviews", "de", None, "Wir erinnern Sie nochmals an Ihre Bewertung.", "reject", ["review.repeat"]),
        ("reviews", "nl", None, "Een review van vijf sterren zou voor ons kleine bedrijf veel betekenen.", "reject", ["review.request"]),
        ("reviews", "nl", None, "We herinneren u nogmaals aan uw review.", "reject", ["review.repeat"]),
        ("reviews", "pl", None, "Przypominamy ponownie o wystawieniu opinii.", "reject", ["review.repeat"]),
        ("reviews", "pl", None, "Pięciogwiazdkowa opinia bardzo nam pomoże.", "reject", ["review.request"]),
        ("reviews", "tr", None, "Beş yıldızlı bir değerlendirme bizi çok mutlu eder.", "reject", ["review.request"]),
        ("reviews", "tr", None, "Yorumunuzu tekrar hatırlatmak istedik.", "reject", ["review.repeat"]),
        ("reviews", "id", None, "Ulasan bintang lima dari Anda sangat berarti bagi kami.", "reject", ["review.request"]),
        ("reviews", "id", None, "Kami ingatkan kembali untuk memberikan ulasan.", "reject", ["review.repeat"]),
        ("reviews", "ar", None, "نذكرك مرة أخرى بترك تقييمك.", "reject", ["review.repeat"]),
        ("reviews", "ar", None, "تقييم خمس نجوم منك يعني لنا الكثير.", "reject", ["review.request"]),
        ("reviews", "ja", None, "再度のお願いとなりますが、レビューのご投稿をお願いいたします。", "reject", ["review.repeat"]),
        ("reviews", "ja", None, "レビュー投稿でギフト券をプレゼント！", "reject", ["review.incentive"]),
        ("reviews", "zh", None, "再次提醒您留下评价。", "reject", ["review.repeat"]),
        ("reviews", "zh", None, "评价截图发给我们，返现5美元。", "reject", ["review.incentive"]),
        ("reviews", "zh-Hant", None, "再次提醒您留下評價。", "reject", ["review.repeat"]),
        ("reviews", "ko", None, "다시 한번 리뷰 작성을 부탁드립니다.", "reject", ["review.repeat"]),
        ("reviews", "ko", None, "별점 5점 리뷰 부탁드려요.", "reject", ["review.request"]),
        ("compliant", "en", R, "We reviewed the photos you sent and a replacement is on its way.", "pass", []),
        ("compliant", "en", R, "Sorry for the trouble - we've refunded the shipping fee, no action needed on your side.", "pass", []),
        ("compliant", "en", R, "Thanks for the 5-star review you left last week! The spare part you asked about ships today.", "pass", []),
        ("compliant", "es", R, "Hemos revisado su solicitud de devolución y la hemos aprobado.", "pass", []),
        ("compliant", "fr", R, "Nous avons pris connaissance de votre avis et vous envoyons une pièce de rechange.", "pass", []),
        ("compliant", "it", R, "Abbiamo verificato la sua richiesta: il rimborso è stato emesso.", "pass", []),
        ("compliant", "de", R, "Wir haben Ihre Reklamation geprüft und senden Ihnen kostenlos Ersatz.", "pass", []),
        ("compliant", "pt", R, "Recebemos sua mensagem e o reembolso já foi feito.", "pass", []),
        ("compliant", "sv", R, "Vi har granskat din retur och återbetalat beloppet.", "pass", []),
    ]
    write_round("r30", R30)
    # Round 31: promotion in other words in 16 languages, and answers about a code or a
    # deal that pass.
    R31 = [
        ("promotion", "en", R, "Our products are also sold at Walmart and Target.", "reject", ["promo.offsite"]),
        ("promotion", "en", R, "Psst - subscribers to our newsletter get first dibs on new colours.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "Here's 10% off your next order: NEXT10", "reject", ["promo.coupon"]),
        ("promotion", "en", R, "Our Black Friday deals go live on Thursday.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "Don't forget to check our storefront for the new spring line.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "Be sure to follow us for exclusive deals.", "reject", ["promo.marketing"]),
        ("promotion", "de", R, "Bei eBay und Kaufland sind wir übrigens auch vertreten.", "reject", ["promo.offsite"]),
        ("promotion", "de", R, "Abonnieren Sie unseren Newsletter für exklusive Rabatte.", "reject", ["promo.marketing"]),
        ("promotion", "de", R, "Unsere neue Herbstkollektion ist jetzt erhältlich.", "reject", ["promo.marketing"]),
        ("promotion", "fr", R, "Nous sommes aussi présents sur Vinted et Etsy.", "reject", ["promo.offsite"]),
        ("promotion", "fr", R, "Abonnez-vous à notre lettre d'information.", "reject", ["promo.marketing"]),
        ("promotion", "fr", R, "Profitez de -15 % sur votre prochain achat avec le code PROCHAIN15.", "reject", ["promo.coupon"]),
        ("promotion", "es", R, "Nos encontrará también en AliExpress y Temu.", "reject", ["promo.offsite"]),
        ("promotion", "es", R, "Suscríbase a nuestro boletín y reciba ofertas antes que nadie.", "reject", ["promo.marketing"]),
        ("promotion", "es", R, "Descubra nuestra nueva línea de productos de baño.", "reject", ["promo.marketing"]),
        ("promotion", "it", R, "Siamo presenti anche su eBay con altri modelli.", "reject", ["promo.offsite"]),
        ("promotion", "it", R, "Scopra tutti i nostri prodotti nel nostro negozio Amazon.", "reject", ["promo.marketing"]),
        ("promotion", "it", R, "Usi il codice PROSSIMO15 per il 15% di sconto.", "reject", ["promo.coupon"]),
        ("promotion", "nl", R, "Schrijf u in voor onze nieuwsbrief en mis geen enkele actie.", "reject", ["promo.marketing"]),
        ("promotion", "nl", R, "Bekijk ook onze nieuwe collectie in onze Amazon-winkel.", "reject", ["promo.marketing"]),
        ("promotion", "pl", R, "Zapraszamy również do naszego sklepu na Allegro.", "reject", ["promo.offsite"]),
        ("promotion", "pl", R, "Sprawdź nasze pozostałe produkty.", "reject", ["promo.marketing"]),
        ("promotion", "sv", R, "Prenumerera på vårt nyhetsbrev för exklusiva erbjudanden.", "reject", ["promo.marketing"]),
        ("promotion", "sv", R, "Kolla in våra andra produkter i vår Amazon-butik.", "reject", ["promo.marketing"]),
        ("promotion", "tr", R, "Hepsiburada mağazamızda daha uygun fiyatlar var.", "reject", ["promo.offsite"]),
        ("promotion", "tr", R, "Diğer ürünlerimize de göz atmayı unutmayın.", "reject", ["promo.marketing"]),
        ("promotion", "pt", R, "Conheça também nossos outros produtos.", "reject", ["promo.marketing"]),
        ("promotion", "pt", R, "Compre também na nossa loja do Magalu.", "reject", ["promo.offsite"]),
        ("promotion", "id", R, "Kami juga punya toko di Shopee dan Lazada.", "reject", ["promo.offsite"]),
        ("promotion", "id", R, "Berlangganan newsletter kami untuk promo eksklusif.", "reject", ["promo.marketing"]),
        ("promotion", "ar", R, "نحن متواجدون أيضا على نون ونمشي.", "reject", ["promo.offsite"]),
        ("promotion", "ar", R, "اشترك في نشرتنا الإخبارية لتصلك أحدث العروض.", "reject", ["promo.marketing"]),
        ("promotion", "ar", R, "تعرف على منتجاتنا الأخرى في متجرنا.", "reject", ["promo.marketing"]),
        ("promotion", "ja", R, "Qoo10とメルカリでも販売中です。", "reject", ["promo.offsite"]),
        ("promotion", "ja", R, "新作コレクションが登場しました。", "reject", ["promo.marketing"]),
        ("promotion", "zh", R, "我们在速卖通和Temu上也有店铺。", "reject", ["promo.offsite"]),
        ("promotion", "zh", R, "关注我们的店铺，获取最新优惠。", "reject", ["promo.marketing"]),
        ("promotion", "zh-Hant", R, "我們的其他商品也歡迎參考。", "reject", ["promo.marketing"]),
        ("promotion", "zh-Hant", R, "下次購買輸入折扣碼 THANKS 可享九折。", "reject", ["promo.coupon"]),
        ("promotion", "ko", R, "쿠팡과 11번가에서도 판매하고 있습니다.", "reject", ["promo.offsite"]),
        ("promotion", "ko", R, "뉴스레터를 구독하시면 신상품 소식을 가장 먼저 받아보실 수 있습니다.", "reject", ["promo.marketing"]),
        ("compliant", "en", R, "The discount you saw was an Amazon deal that ended on Sunday, so we can't apply it now, sorry.", "pass", []),
        ("compliant", "fr", R, "Le code promo que vous avez saisi a bien été appliqué.", "pass", []),
        ("compliant", "es", R, "El cupón que menciona ya se aplicó en el precio final.", "pass", []),
        ("compliant", "nl", R, "De korting is al verrekend in uw bestelling.", "pass", []),
        ("compliant", "ja", R, "ご質問のクーポンは注文時に適用済みです。", "pass", []),
        ("compliant", "zh", R, "您提到的优惠券已在结算时使用。", "pass", []),
        ("compliant", "sv", R, "Rabatten drogs redan av i kassan.", "pass", []),
        ("compliant", "pt", R, "O desconto já foi aplicado no seu pedido.", "pass", []),
    ]
    write_round("r31", R31)
    # Round 32: more messaging apps and disguised numbers; a brand's helpline on the
    # warranty card is a warning.
    R32 = [
        ("contact", "en", R, "You can WhatsApp us on the same number as before.", "reject", ["contact.channel"]),
        ("contact", "en", R, "Add us on WeChat: brightpeak_cs", "reject", ["contact.channel"]),
        ("contact", "en", R, "Reach me directly: john.smith(at)gmail(dot)com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "de", R, "Sie erreichen uns auch über Telegram unter @brightpeak_de.", "reject", ["contact.channel"]),
        ("contact", "fr", R, "Notre numéro : 06 12 34 56 78", "reject", ["contact.phone"]),
        ("contact", "es", R, "Móvil y WhatsApp: 612 34 56 78", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "it", R, "Scriveteci su WhatsApp al 333 123 4567", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "nl", R, "Stuur ons gerust een appje via WhatsApp.", "reject", ["contact.channel"]),
        ("contact", "pl", R, "Napisz do nas na Messengerze.", "reject", ["contact.channel"]),
        ("contact", "sv", R, "Sms:a oss på 070-123 45 67.", "reject", ["contact.phone"]),
        ("contact", "tr", R, "WhatsApp hattımız: 0532 123 45 67", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "pt", R, "Nosso e-mail: contato [at] brightpeak [dot] com [dot] br", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "id", R, "Chat kami di WA 0812 3456 7890", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "ar", R, "تواصل معنا عبر الواتس ٠٥٠١٢٣٤٥٦٧", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "ja", R, "お問い合わせはインスタのDMでも受け付けています。", "reject", ["contact.channel"]),
        ("contact", "zh", R, "加我微信：bp888，发图片更方便。", "reject", ["contact.channel"]),
        ("contact", "zh", R, "我的邮箱是 bp888 艾特 qq 点 com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "zh-Hant", R, "歡迎私訊我們的臉書粉專。", "reject", ["contact.channel"]),
        ("contact", "ko", R, "인스타그램 DM으로 사진을 보내 주세요.", "reject", ["contact.channel"]),
        ("contact", "ko", R, "카톡 아이디는 brightpeak 입니다.", "reject", ["contact.channel"]),
        ("compliant", "en", R, "Please don't share your phone number here; the carrier will call the number on your Amazon order if needed.", "pass", []),
        ("compliant", "en", R, "The warranty card in the box lists Dyson's UK helpline: 0800 298 0298.", "pass", ["contact.phone-warranty"]),
        ("compliant", "de", R, "Die Garantie-Hotline von Bosch lautet 0800 1234567.", "pass", ["contact.phone-warranty"]),
        ("compliant", "fr", R, "Le service après-vente de la marque Moulinex est joignable au 09 74 50 36 23.", "pass", ["contact.phone-warranty"]),
        ("compliant", "it", R, "L'assistenza autorizzata del produttore risponde al 02 1234 5678.", "pass", ["contact.phone-warranty"]),
        ("compliant", "ja", R, "メーカー保証の窓口は0120-123-456です。", "pass", ["contact.phone-warranty"]),
        ("compliant", "ar", R, "رقم الطلب 402-1234567-1234567 وتم شحنه اليوم.", "pass", []),
    ]
    write_round("r32", R32)
    # Round 33: [Important] in more words, and on mail that is not critical.
    R33 = [
        ("important", "en", "[Important] Engraving proof", "Attached is the proof for your cutting board. Reply OK if the lettering is right, or tell us what to change.", "pass", []),
        ("important", "en", "[Important] Freight delivery booking", "The freight company needs to book the delivery with you: please choose a morning next week when someone can be at home.", "pass", []),
        ("important", "de", "[Important] Zustellung", "Der Paketdienst konnte Ihre Adresse nicht finden. Bitte prüfen Sie Straße und Hausnummer.", "pass", []),
        ("important", "fr", "[Important] Votre commande personnalisée", "Merci de nous indiquer la couleur du fil et le texte à broder.", "pass", []),
        ("important", "es", "[Important] Entrega programada", "Necesitamos acordar con usted una hora de entrega para el armario.", "pass", []),
        ("important", "it", "[Important] Il suo ordine personalizzato", "Ci conferma il testo da incidere sulla targhetta?", "pass", []),
        ("important", "ja", "[重要] お届け日時のご相談", "大型家具のため、配達日時を調整させていただきたく存じます。", "pass", []),
        ("important", "zh", "[重要] 定制信息确认", "请确认您要印在杯子上的文字。", "pass", []),
        ("important", "en", "[Important] Your order has shipped", "It left our warehouse today with UPS.", "reject", ["important.misuse", "proactive.confirmation-only"]),
        ("important", "de", "[Important] Danke für Ihren Einkauf", "Wir wünschen Ihnen viel Freude mit dem Artikel.", "reject", ["important.misuse", "proactive.thanks-only"]),
        ("important", "ja", "[重要] 新商品のご案内", "新商品が発売されました。ぜひご覧ください。", "reject", ["important.misuse", "promo.marketing"]),
        ("important", "es", "[Important] Gracias por su compra", "Esperamos que disfrute su producto.", "reject", ["important.misuse", "proactive.thanks-only"]),
        ("important", "pt", "[Important] Sua opinião", "Gostou do produto? Deixe sua avaliação.", "reject", ["important.misuse", "review.request"]),
        ("important", "ko", "[Important] 구매 감사 인사", "구매해 주셔서 감사합니다.", "reject", ["important.misuse", "proactive.thanks-only"]),
    ]
    write_round("r33", R33)
    # Round 34: service replies that share words with the review, promotion and contact
    # patterns of rounds 25-33; they all pass.
    R34 = [
        ("compliant", "en", R, "The technician who reviews your case will get back to you within a day.", "pass", []),
        ("compliant", "en", R, "We will review your return request and we'll refund you within 3 days of receiving it.", "pass", []),
        ("compliant", "en", R, "Thank you for your feedback; in your feedback you mention the lid is loose, so a new lid ships today.", "pass", []),
        ("compliant", "en", R, "When you review the order details, please note the new delivery date.", "pass", []),
        ("compliant", "en", R, "Thank you for your kind words about us! The spare blade ships today.", "pass", []),
        ("compliant", "en", R, "Hope you'll love our kettle; the descaling guide is on page 4 of the manual.", "pass", []),
        ("compliant", "en", R, "We changed the review process for returns: photos are no longer needed.", "pass", []),
        ("compliant", "en", R, "We have updated the energy rating label in the listing.", "pass", []),
        ("compliant", "id", R, "Kami sudah cek produk Anda, dan kami kirim pengganti hari ini.", "pass", []),
        ("compliant", "nl", R, "Gebruik de code die u per sms kreeg om het pakket uit de automaat te halen.", "pass", []),
        ("compliant", "de", R, "Vielen Dank für Ihre netten Worte! Das Ersatzteil ist unterwegs.", "pass", []),
        ("compliant", "fr", R, "Si vous êtes satisfait de la pièce de rechange, vous n'avez rien à faire.", "pass", []),
        ("compliant", "it", R, "Se è soddisfatto della sostituzione, non deve fare nulla.", "pass", []),
        ("compliant", "ar", R, "رقم التتبع لدى أرامكس 47412345678 وسيصل الطرد غدا.", "pass", []),
        ("compliant", "tr", R, "Kargo takip numaranız 7301234567 olarak güncellendi.", "pass", []),
        ("compliant", "es", R, "Hemos cambiado su dirección de entrega como nos pidió.", "pass", []),
        ("compliant", "pl", R, "Pozostałe produkty z zamówienia wyślemy w przyszłym tygodniu.", "pass", []),
        ("compliant", "sv", R, "Vi har uppdaterat din leveransadress enligt ditt önskemål.", "pass", []),
        ("compliant", "ja", R, "商品の状態を確認しましたので、交換品を本日発送いたします。", "pass", []),
        ("compliant", "ko", R, "교환 상품은 오늘 발송되었습니다. 다른 상품은 내일 출고됩니다.", "pass", []),
    ]
    write_round("r34", R34)
    # Round 35: promotion carried by a link (the link rule and the promotion rule both
    # apply), and contact details carried by app links or written in local shorthand.
    R35 = [
        ("promotion", "en", R, "Check out our new website: www.brightpeak-home.com", "reject", ["links.url", "promo.marketing", "promo.offsite"]),
        ("promotion", "en", R, "Find us on Etsy: etsy.com/shop/BrightPeakHome", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "en", R, "Get 10% off at www.brightpeak.com with code WELCOME10", "reject", ["links.url", "promo.coupon"]),
        ("promotion", "en", R, "Our spring sale is live: https://brightpeak.com/sale", "reject", ["links.url", "promo.marketing"]),
        ("promotion", "en", R, "Sign up for our newsletter at brightpeak.com/news", "reject", ["links.url", "promo.marketing"]),
        ("promotion", "de", R, "Besuchen Sie auch unseren neuen Onlineshop: www.brightpeak.de", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "fr", R, "Retrouvez toutes nos nouveautés sur www.brightpeak.fr", "reject", ["links.url", "promo.marketing"]),
        ("promotion", "es", R, "Visite nuestra web www.brightpeak.es para ver más modelos.", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "it", R, "Trova altri prodotti sul nostro sito www.brightpeak.it", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "nl", R, "Bekijk ons hele assortiment op www.brightpeak.nl", "reject", ["links.url", "promo.marketing"]),
        ("promotion", "pl", R, "Zapraszamy do naszego sklepu internetowego www.brightpeak.com.pl", "reject", ["links.spelled-out", "links.url", "promo.marketing", "promo.offsite"]),
        ("promotion", "sv", R, "Besök vår webbutik www.brightpeak.se för fler produkter.", "reject", ["links.url", "promo.marketing", "promo.offsite"]),
        ("promotion", "tr", R, "Web sitemizi ziyaret edin: www.brightpeak.com.tr", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "pt", R, "Visite nossa loja virtual www.brightpeak.com.br", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "id", R, "Kunjungi website kami www.brightpeak.co.id untuk promo lainnya.", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "ar", R, "تفضل بزيارة موقعنا www.brightpeak.ae لمزيد من المنتجات.", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "ja", R, "公式サイト www.brightpeak.jp もぜひご覧ください。", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "zh", R, "欢迎访问我们的官网 www.brightpeak.cn 查看更多产品。", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "zh-Hant", R, "歡迎造訪我們的官網 www.brightpeak.tw", "reject", ["links.url", "promo.offsite"]),
        ("promotion", "ko", R, "자사몰 www.brightpeak.co.kr 에서 더 많은 상품을 만나보세요.", "reject", ["links.url", "promo.marketing", "promo.offsite"]),
        ("contact", "en", R, "Message us: https://wa.me/15550100199", "reject", ["contact.channel", "links.url"]),
        ("contact", "ja", R, "LINE友だち追加はこちら https://lin.ee/abc123", "reject", ["contact.channel", "links.url"]),
        ("contact", "zh-Hant", R, "加入LINE: https://line.me/R/ti/p/@brightpeak", "reject", ["contact.channel", "links.url"]),
        ("contact", "ko", R, "카카오톡 채널: https://pf.kakao.com/_abcd", "reject", ["contact.channel", "links.url"]),
        ("contact", "it", R, "Telefono: +39 02 1234 5678", "reject", ["contact.phone"]),
        ("contact", "pl", R, "Tel. kom. 600-123-456", "reject", ["contact.phone"]),
        ("contact", "nl", R, "Bel of app ons gerust: 06-12345678", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "pt", R, "Fale conosco pelo Zap: (11) 91234-5678", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "ar", R, "للتواصل: ٠١٠٠١٢٣٤٥٦٧", "reject", ["contact.phone"]),
        ("contact", "id", R, "No HP: 0812-3456-7890", "reject", ["contact.phone"]),
        ("contact", "tr", R, "E-posta: destek [at] brightpeak [nokta] com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "sv", R, "Maila oss: kundtjanst@brightpeak.se", "reject", ["contact.email"]),
    ]
    write_round("r35", R35)
    # Round 36: review requests as a writer working from the policy alone words them,
    # weighted to en es fr it pt sv.
    R36 = [
        ("reviews", "en", None, "Only if you loved it: a quick review would be wonderful!", "reject", ["review.request"]),
        ("reviews", "en", None, "We'd be grateful for a 5-star review.", "reject", ["review.request"]),
        ("reviews", "en", None, "We'll enter you into our $500 sweepstakes when you leave a review.", "reject", ["promo.marketing", "review.incentive", "review.instructions"]),
        ("reviews", "en", None, "Reviewers get 30% off their next purchase.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "en", None, "Post a review and receive a full refund.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "Leave feedback to get a free upgrade.", "reject", ["review.incentive"]),
        ("reviews", "en", R, "Would you consider removing your 1-star review? We've sent a replacement.", "reject", ["review.change"]),
        ("reviews", "en", R, "Your review mentioned a broken handle. Could you revise it now that we've resolved the issue?", "reject", ["review.change"]),
        ("reviews", "en", None, "Please write about how the product improved your daily routine when you leave your review.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "In your review, don't forget to talk about our fast delivery.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "We sent a review request on Monday; we'd appreciate it if you could still find a moment.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "Reminder #2: we'd love your review!", "reject", ["review.repeat"]),
        ("reviews", "en", None, "Did you get a chance to leave a review? If not, here's our request again.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "Before posting a review, please contact us if anything is not perfect.", "reject", ["review.channel"]),
        ("reviews", "en", None, "If you had a good experience, please leave a review; if not, reply to this email so we can help.", "reject", ["review.channel", "review.request"]),
        ("reviews", "es", None, "Si está contento con su compra, le agradeceríamos una valoración positiva.", "reject", ["review.request"]),
        ("reviews", "es", None, "Participe en nuestro sorteo dejando una reseña.", "reject", ["promo.marketing", "review.incentive"]),
        ("reviews", "es", R, "¿Sería tan amable de retirar su valoración de una estrella?", "reject", ["review.change"]),
        ("reviews", "es", None, "Por favor, indique en su reseña que el envío fue rápido.", "reject", ["review.instructions"]),
        ("reviews", "es", None, "Segundo aviso: aún esperamos su reseña.", "reject", ["review.repeat"]),
        ("reviews", "fr", None, "Si le produit vous plaît, laissez-nous 5 étoiles !", "reject", ["review.request"]),
        ("reviews", "fr", None, "Recevez un bon de 10 € en échange d'un avis.", "reject", ["review.incentive"]),
        ("reviews", "fr", R, "Pourriez-vous retirer votre avis négatif ?", "reject", ["review.change"]),
        ("reviews", "fr", None, "Merci d'indiquer dans votre commentaire que le montage est facile.", "reject", ["review.instructions"]),
        ("reviews", "fr", None, "En cas de souci, écrivez-nous avant de publier un avis.", "reject", ["review.channel"]),
        ("reviews", "fr", None, "Deuxième rappel : nous attendons toujours votre avis.", "reject", ["review.repeat"]),
        ("reviews", "it", None, "Se il prodotto le piace, ci lasci 5 stelle!", "reject", ["review.request"]),
        ("reviews", "it", None, "Riceva un buono da 10 € lasciando una recensione.", "reject", ["review.incentive"]),
        ("reviews", "it", R, "Può togliere la recensione negativa?", "reject", ["review.change"]),
        ("reviews", "it", None, "Nella sua recensione citi, per favore, la velocità di spedizione.", "reject", ["review.instructions"]),
        ("reviews", "it", None, "In caso di problemi, ci scriva prima di recensire il prodotto.", "reject", ["review.channel"]),
        ("reviews", "it", None, "Secondo promemoria: aspettiamo ancora la sua recensione.", "reject", ["review.repeat"]),
        ("reviews", "pt", None, "Se você gostou, deixe uma avaliação positiva!", "reject", ["review.request"]),
        ("reviews", "pt", None, "Deixe sua avaliação e concorra a um vale-compras.", "reject", ["review.incentive"]),
        ("reviews", "pt", R, "Poderia retirar a avaliação de uma estrela?", "reject", ["review.change"]),
        ("reviews", "pt", None, "Comente na avaliação que a entrega foi rápida.", "reject", ["review.instructions"]),
        ("reviews", "pt", None, "Segundo lembrete: ainda aguardamos sua avaliação.", "reject", ["review.repeat"]),
        ("reviews", "sv", None, "Om du gillar produkten, ge oss gärna fem stjärnor!", "reject", ["review.request"]),
        ("reviews", "sv", None, "Vi skickar en gratis present till alla som lämnar ett omdöme.", "reject", ["review.incentive"]),
        ("reviews", "sv", R, "Kan du ändra ditt omdöme till fem stjärnor?", "reject", ["review.change"]),
        ("reviews", "sv", None, "Nämn gärna i omdömet att leveransen var snabb.", "reject", ["review.instructions"]),
        ("reviews", "sv", None, "Om något inte stämmer, hör av dig innan du skriver ett omdöme.", "reject", ["review.channel"]),
        ("reviews", "sv", None, "Påminnelse nummer två: vi väntar fortfarande på ditt omdöme.", "reject", ["review.repeat"]),
        ("compliant", "en", R, "Thank you for leaving a review. We're sorry the handle broke; a replacement ships today.", "pass", []),
        ("compliant", "en", R, "Your review mentioned a missing screw, so we've sent one today.", "pass", []),
        ("compliant", "en", R, "We don't offer anything in exchange for reviews, but we're glad to send the replacement.", "pass", []),
        ("compliant", "es", R, "Gracias por su reseña; ya le enviamos el recambio.", "pass", []),
        ("compliant", "fr", R, "Merci pour votre note ; le remboursement a été effectué.", "pass", []),
        ("compliant", "sv", R, "Tack för ditt omdöme. Vi har skickat en ny kabel.", "pass", []),
        ("compliant", "it", R, "Grazie per la sua recensione: il ricambio è già partito.", "pass", []),
        ("compliant", "pt", R, "Obrigado pela sua avaliação; a troca já foi enviada.", "pass", []),
    ]
    write_round("r36", R36)
    # Round 37: promotion once more in every language - other products, new collections,
    # clubs and newsletters, codes for the next order, shops elsewhere.
    R37 = [
        ("promotion", "nl", R, "Neem ook eens een kijkje bij onze andere producten.", "reject", ["promo.marketing"]),
        ("promotion", "nl", R, "Onze nieuwe wintercollectie is nu verkrijgbaar.", "reject", ["promo.marketing"]),
        ("promotion", "nl", R, "U kunt ons ook vinden op Marktplaats en bol.", "reject", ["promo.offsite"]),
        ("promotion", "pl", R, "Zapraszamy do zapoznania się z naszą nową kolekcją.", "reject", ["promo.marketing"]),
        ("promotion", "pl", R, "Zapisz się do newslettera, a otrzymasz kod rabatowy.", "reject", ["promo.coupon", "promo.marketing"]),
        ("promotion", "pl", R, "Przy kolejnych zakupach wpisz kod POWROT10, a dostaniesz 10% rabatu.", "reject", ["promo.coupon"]),
        ("promotion", "sv", R, "Missa inte vår nya kollektion!", "reject", ["promo.marketing"]),
        ("promotion", "sv", R, "Vi finns även på Tradera och i vår egen webbutik.", "reject", ["promo.offsite"]),
        ("promotion", "sv", R, "Använd rabattkoden TACK15 vid ditt nästa köp.", "reject", ["promo.coupon"]),
        ("promotion", "tr", R, "Yeni sezon ürünlerimizi mutlaka inceleyin.", "reject", ["promo.marketing"]),
        ("promotion", "tr", R, "E-bültenimize kaydolun, kampanyalardan ilk siz haberdar olun.", "reject", ["promo.marketing"]),
        ("promotion", "tr", R, "n11 ve Çiçeksepeti'nde de mağazamız var.", "reject", ["promo.offsite"]),
        ("promotion", "pt", R, "Confira os lançamentos da nossa nova coleção.", "reject", ["promo.marketing"]),
        ("promotion", "pt", R, "Cadastre-se na nossa newsletter e receba ofertas exclusivas.", "reject", ["promo.marketing"]),
        ("promotion", "pt", R, "Também vendemos na Amazon e na Americanas com preços especiais.", "reject", ["promo.offsite"]),
        ("promotion", "ar", R, "لا تفوتوا مجموعتنا الجديدة لهذا الموسم.", "reject", ["promo.marketing"]),
        ("promotion", "ar", R, "استخدم رمز الخصم THANKS15 في طلبك القادم.", "reject", ["promo.coupon"]),
        ("promotion", "ar", R, "متجرنا متوفر أيضا على نمشي وأمازون.", "reject", ["promo.offsite"]),
        ("promotion", "id", R, "Jangan lewatkan koleksi terbaru kami bulan ini.", "reject", ["promo.marketing"]),
        ("promotion", "id", R, "Follow toko kami untuk info promo selanjutnya.", "reject", ["promo.marketing"]),
        ("promotion", "id", R, "Belanja lagi dengan kode BALIK10 untuk potongan 10%.", "reject", ["promo.coupon"]),
        ("promotion", "ja", R, "メルマガ会員様限定のセール情報をお届けします。ぜひご登録ください。", "reject", ["promo.marketing"]),
        ("promotion", "ja", R, "自社オンラインショップでは限定カラーも販売しております。", "reject", ["promo.offsite"]),
        ("promotion", "zh", R, "本店其他产品也很受欢迎，欢迎选购。", "reject", ["promo.marketing"]),
        ("promotion", "zh", R, "我们的独立站有更多款式可选。", "reject", ["promo.offsite"]),
        ("promotion", "zh-Hant", R, "新品系列已經上市，歡迎參觀我們的商店。", "reject", ["promo.marketing"]),
        ("promotion", "zh-Hant", R, "訂閱我們的電子報即可收到最新優惠。", "reject", ["promo.marketing"]),
        ("promotion", "ko", R, "이번 시즌 신상품도 꼭 확인해 보세요.", "reject", ["promo.marketing"]),
        ("promotion", "ko", R, "저희 자사몰에서는 더 저렴하게 구매하실 수 있습니다.", "reject", ["promo.offsite"]),
        ("promotion", "de", R, "Entdecken Sie jetzt unsere Neuheiten für den Herbst.", "reject", ["promo.marketing"]),
        ("promotion", "de", R, "Werden Sie Mitglied in unserem Kundenclub und sammeln Sie Punkte.", "reject", ["promo.marketing"]),
        ("promotion", "fr", R, "Rejoignez notre club fidélité et cumulez des points.", "reject", ["promo.marketing"]),
        ("promotion", "fr", R, "Découvrez nos autres produits sur notre boutique Amazon.", "reject", ["promo.marketing"]),
        ("promotion", "es", R, "No se pierda nuestra nueva colección de otoño.", "reject", ["promo.marketing"]),
        ("promotion", "es", R, "Estamos también en Mercadolibre y en nuestra tienda online.", "reject", ["promo.offsite"]),
        ("promotion", "it", R, "Non perda la nostra nuova collezione primavera-estate.", "reject", ["promo.marketing"]),
        ("promotion", "it", R, "Ci trova anche su Zalando e sul nostro sito.", "reject", ["promo.offsite"]),
        ("promotion", "en", R, "Stay in the loop - join our VIP list for early access to new drops.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "P.S. Our sister brand just launched a range of bamboo towels.", "reject", ["promo.marketing"]),
        ("promotion", "en", R, "We've got lots more kitchen goodies in our shop - have a browse!", "reject", ["promo.marketing"]),
        ("compliant", "nl", R, "De andere producten uit uw bestelling zijn vandaag verzonden.", "pass", []),
        ("compliant", "tr", R, "Siparişinizdeki diğer ürünler yarın kargoya verilecek.", "pass", []),
        ("compliant", "pt", R, "Os outros itens do seu pedido já foram enviados.", "pass", []),
        ("compliant", "id", R, "Produk lain dalam pesanan Anda dikirim besok.", "pass", []),
        ("compliant", "ar", R, "بقية المنتجات في طلبك ستُشحن غدا.", "pass", []),
        ("compliant", "zh-Hant", R, "您訂單中的其他商品明天出貨。", "pass", []),
        ("compliant", "ko", R, "주문하신 다른 상품은 내일 출고됩니다.", "pass", []),
        ("compliant", "en", R, "The other items in your order left our warehouse this morning.", "pass", []),
    ]
    write_round("r37", R37)
    # Round 38: contact details once more in every language: at/dot in words, spaced
    # letters, non-breaking hyphens, Arabic-Indic digits, handles of messaging apps.
    R38 = [
        ("contact", "en", R, "My personal line is 555\u2011010\u20110199 if the form doesn't work.", "reject", ["contact.phone"]),
        ("contact", "en", R, "Find me on Telegram, username brightpeak_anna.", "reject", ["contact.channel"]),
        ("contact", "de", R, "Schreiben Sie an service at brightpeak dot de, dann geht es schneller.", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "de", R, "Oder per WhatsApp: 0151\u201112345678", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "fr", R, "Mon adresse : anna point martin arobase gmail point com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "fr", R, "Envoyez-nous un message sur WhatsApp au 06\u201112\u201134\u201156\u201178.", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "es", R, "Nuestro Instagram es @brightpeak.es, escríbanos por privado.", "reject", ["contact.channel"]),
        ("contact", "es", R, "Mi correo: ana arroba gmail punto com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "it", R, "Il mio numero WhatsApp è 347 123 4567.", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "it", R, "Scriva a marco chiocciola brightpeak punto it.", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "nl", R, "Mail naar info at brightpeak punt nl.", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "nl", R, "Ons nummer is 06\u201112345678.", "reject", ["contact.phone"]),
        ("contact", "pl", R, "Kontakt: biuro małpa brightpeak kropka com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "pl", R, "Jesteśmy też na WhatsAppie pod numerem 600 123 456.", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "sv", R, "Skriv till anna snabel-a brightpeak punkt se.", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "sv", R, "Ring mig direkt på 070\u2011123\u20114567.", "reject", ["contact.phone"]),
        ("contact", "tr", R, "WhatsApp'tan yazın: ٠٥٣٢١٢٣٤٥٦٧", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "tr", R, "Telegram kullanıcı adımız @brightpeaktr", "reject", ["contact.channel"]),
        ("contact", "pt", R, "Meu e-mail é ana arroba gmail ponto com", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "pt", R, "Siga e mande mensagem no Instagram @brightpeakbr", "reject", ["contact.channel"]),
        ("contact", "id", R, "Email: cs (at) brightpeak (titik) co (titik) id", "reject", ["contact.email", "links.spelled-out"]),
        ("contact", "id", R, "Telegram kami: @brightpeak_id", "reject", ["contact.channel"]),
        ("contact", "ar", R, "رقمنا على تيليجرام ٠٥٥٩٨٧٦٥٤٣", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "ar", R, "راسلنا على إنستغرام @brightpeak.sa", "reject", ["contact.channel"]),
        ("contact", "ja", R, "お問い合わせはカカオトークではなくLINE（ID：brightpeak）でお願いします。", "reject", ["contact.channel"]),
        ("contact", "ja", R, "担当者直通：０９０‐１２３４‐５６７８", "reject", ["contact.phone"]),
        ("contact", "zh", R, "微信同号：138\u20111234\u20115678", "reject", ["contact.channel", "contact.phone"]),
        ("contact", "zh", R, "邮箱：kefu#brightpeak.cn（#换成@）", "reject", ["contact.email", "links.url"]),
        ("contact", "zh-Hant", R, "LINE ID：brightpeak_tw，歡迎加入好友。", "reject", ["contact.channel"]),
        ("contact", "zh-Hant", R, "請撥打 0912\u2011345\u2011678 聯絡我們。", "reject", ["contact.phone"]),
        ("contact", "ko", R, "카카오톡 오픈채팅으로 문의해 주세요.", "reject", ["contact.channel"]),
        ("contact", "ko", R, "담당자 휴대폰: 010 1234 5678", "reject", ["contact.phone"]),
        ("compliant", "en", R, "Hi @Anna, the courier will call the number on your Amazon order before delivery.", "pass", []),
        ("compliant", "de", R, "Bitte geben Sie keine Telefonnummer an; der Paketdienst nutzt die Nummer aus Ihrer Amazon-Bestellung.", "pass", []),
        ("compliant", "ja", R, "配送業者から、ご注文時の電話番号にご連絡が入る場合がございます。", "pass", []),
        ("compliant", "ar", R, "سيتواصل معك مندوب التوصيل على الرقم المسجل في طلبك على أمازون.", "pass", []),
    ]
    write_round("r38", R38)
    # Round 39: [Important] on replies (the tag before the client's reply prefix) about a
    # custom order, a delivery appointment or an address, in 16 languages.
    def IR(lang):
        return "[Important] " + RSUBJ[lang]
    R39 = [
        ("important", "en", IR("en"), "Before we start your custom sign, please confirm the spelling: \"Ellis & Co. Est. 1998\". Is that exactly right?", "pass", []),
        ("important", "en", IR("en"), "The courier needs a delivery appointment for your treadmill. Are you available on Friday between 8 am and noon?", "pass", []),
        ("important", "de", IR("de"), "Bevor wir die Tasse bedrucken: Soll der Name in Großbuchstaben stehen?", "pass", []),
        ("important", "de", IR("de"), "Die Spedition ruft Sie nicht an: Bitte nennen Sie uns einen Wunschtermin für die Anlieferung.", "pass", []),
        ("important", "fr", IR("fr"), "Avant de lancer la fabrication, confirmez-vous le texte à graver : « Léa 2026 » ?", "pass", []),
        ("important", "fr", IR("fr"), "Le transporteur doit convenir d'un rendez-vous avec vous pour livrer l'armoire.", "pass", []),
        ("important", "es", IR("es"), "Antes de imprimir la taza, ¿nos confirma el nombre exacto que debe aparecer?", "pass", []),
        ("important", "es", IR("es"), "Falta el número de portal en su dirección y el repartidor no puede entregar el paquete.", "pass", []),
        ("important", "it", IR("it"), "Prima di stampare la maglietta, ci conferma il nome e il numero da stampare?", "pass", []),
        ("important", "it", IR("it"), "Il corriere deve concordare con lei un appuntamento per la consegna del divano.", "pass", []),
        ("important", "nl", IR("nl"), "Voordat we de mok bedrukken: welke naam moet erop komen te staan?", "pass", []),
        ("important", "nl", IR("nl"), "De bezorger kon uw adres niet vinden. Klopt de straatnaam wel?", "pass", []),
        ("important", "pl", IR("pl"), "Zanim wydrukujemy kubek, prosimy o potwierdzenie imienia do nadruku.", "pass", []),
        ("important", "pl", IR("pl"), "Kurier nie mógł znaleźć adresu. Czy kod pocztowy jest prawidłowy?", "pass", []),
        ("important", "sv", IR("sv"), "Innan vi trycker muggen: vilket namn ska stå på den?", "pass", []),
        ("important", "sv", IR("sv"), "Budet kunde inte hitta din adress. Stämmer gatunumret?", "pass", []),
        ("important", "tr", IR("tr"), "Kupaya basmadan önce, üzerine yazılacak ismi teyit eder misiniz?", "pass", []),
        ("important", "tr", IR("tr"), "Kurye adresinizi bulamadı. Sokak adını kontrol edebilir misiniz?", "pass", []),
        ("important", "pt", IR("pt"), "Antes de imprimir a caneca, pode confirmar o nome que deve aparecer?", "pass", []),
        ("important", "pt", IR("pt"), "O entregador não encontrou seu endereço. Pode confirmar o CEP e o número?", "pass", []),
        ("important", "id", IR("id"), "Sebelum mencetak mug, mohon konfirmasi nama yang akan dicetak.", "pass", []),
        ("important", "id", IR("id"), "Kurir tidak dapat menemukan alamat Anda. Mohon periksa nama jalannya.", "pass", []),
        ("important", "ar", IR("ar"), "قبل طباعة الكوب، هل يمكنك تأكيد الاسم المطلوب طباعته؟", "pass", []),
        ("important", "ar", IR("ar"), "لم يتمكن المندوب من العثور على عنوانك. هل يمكنك التحقق من اسم الشارع؟", "pass", []),
        ("important", "ja", "[重要] " + RSUBJ["ja"], "マグカップに印刷するお名前の表記をご確認いただけますでしょうか。", "pass", []),
        ("important", "ja", "[重要] " + RSUBJ["ja"], "配送業者がご住所を見つけられませんでした。番地をご確認ください。", "pass", []),
        ("important", "zh", "[重要] " + RSUBJ["zh"], "印制杯子之前，请确认要印的名字。", "pass", []),
        ("important", "zh", "[重要] " + RSUBJ["zh"], "快递员找不到您的地址，请核对街道名称。", "pass", []),
        ("important", "zh-Hant", "[重要] " + RSUBJ["zh-Hant"], "印製杯子之前，請確認要印的名字。", "pass", []),
        ("important", "zh-Hant", "[重要] " + RSUBJ["zh-Hant"], "物流人員找不到您的地址，請核對街道名稱。", "pass", []),
        ("important", "ko", IR("ko"), "머그컵에 인쇄할 이름을 확인해 주시겠어요?", "pass", []),
        ("important", "ko", IR("ko"), "택배 기사님이 주소를 찾지 못했습니다. 도로명을 확인해 주세요.", "pass", []),
        ("important", "en", IR("en"), "Thanks for your order! We hope you love it.", "reject", ["important.misuse"]),
        ("important", "fr", IR("fr"), "Merci pour votre commande, à bientôt !", "reject", ["important.misuse"]),
        ("important", "it", IR("it"), "Ci lascerebbe una recensione a cinque stelle?", "reject", ["important.misuse", "review.request"]),
        ("important", "zh", "[重要] " + RSUBJ["zh"], "感谢您的购买，祝您生活愉快！", "reject", ["important.misuse"]),
    ]
    write_round("r39", R39)
    # Round 40: tracking links in the shapes mail clients give them: Amazon Shipping's
    # swiship pages, aggregators of IN and BR (a warning), Outlook Safe Links and Google
    # redirects around a carrier, an anchor whose text is not the URL, an upper-case
    # host, a URL closed by CJK punctuation.
    R40 = [
        ("compliant", "en", R, "It is with Amazon Shipping: https://www.swiship.co.uk/track/?id=QA1234567890", "pass", []),
        ("compliant", "de", R, "Ihr Paket kommt mit Amazon Shipping: https://www.swiship.de/track/?id=QA1234567890", "pass", []),
        ("compliant", "en", R, "Your AWB is 1234567890; status: https://www.shiprocket.in/shipment-tracking/", "pass", ["links.tracking-aggregator"]),
        ("compliant", "pt", R, "Seu código é QB123456789BR: https://www.linkcorreios.com.br/?id=QB123456789BR", "pass", ["links.tracking-aggregator"]),
        ("compliant", "en", R, "Tracking: HTTPS://WWW.ROYALMAIL.COM/track-your-item#/tracking-results/AB123456789GB", "pass", []),
        ("compliant", "ja", R, "追跡番号はこちら（https://toi.kuronekoyamato.co.jp/cgi-bin/tneko）。", "pass", []),
        ("compliant", "zh", R, "物流查询：https://global.cainiao.com/newDetail.htm?mailNoList=LP00123456789012，谢谢。", "pass", []),
    ]
    write_round("r40", R40)
    # HTML anchors around carrier links, as Outlook and Gmail write them.
    alias_uk = "6bmcx2l1t7cwrwb@marketplace.amazon.co.uk"
    safe = ("https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.evri.com%2Ftrack%2Fparcel%2FH01ABC1234567890%2Fdetails"
            "&data=05%7C01%7C%7Cabc%7C0&sdata=xyz%3D&reserved=0")
    html = ('<html><body><div>Hello,</div><div>Your parcel is with Evri: <a href="%s" originalsrc="https://www.evri.com/track/parcel/H01ABC1234567890/details">track it here</a>.</div>'
            '<div>Kind regards,<br>Bright Peak</div><hr><div id="divRplyFwdMsg"><b>From:</b> Buyer &lt;%s&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Bright Peak<br><b>Subject:</b> Where is it?</div>'
            '<div>Where is my parcel?</div></body></html>' % (safe, alias_uk))
    w.write("compliant", "r40-en-outlook-safelinks-evri", multipart("en", "RE: Where is it?", "r40-s1", [text_part(html, ctype="text/html")]), "pass", [])
    html = ('<div dir="ltr">Hola,<br>su paquete va con SEUR: <a href="https://www.google.com/url?q=https://www.seur.com/livetracking/?segOnlineIdentificador%%3D1234567890&amp;sa=D&amp;source=editors">seguimiento</a><br>Saludos</div>'
            '<div class="gmail_quote"><div class="gmail_attr">El lun, 16 nov 2026 a las 09:12, Comprador (&lt;%s&gt;) escribió:<br></div><blockquote class="gmail_quote">¿Dónde está mi pedido?</blockquote></div>'
            % "6bmcx2l1t7cwrwb@marketplace.amazon.es")
    w.write("compliant", "r40-es-gmail-google-redirect-seur", multipart("es", "RE: Mi pedido", "r40-s2", [text_part(html, ctype="text/html")]), "pass", [])
    html = ('<div>Bonjour,<br>Votre colis : <a href="https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR&amp;langue=fr">XY123456789FR</a><br>Cordialement</div>')
    w.write("compliant", "r40-fr-anchor-number-chronopost", multipart("fr", "RE: Ma commande", "r40-s3", [text_part(html, ctype="text/html", charset="iso-8859-1")]), "pass", [])
    html = ('<div>Sayın müşterimiz,<br>Kargonuz: <a href="https://kargotakip.araskargo.com.tr/mainpage.aspx?code=1234567890">Aras Kargo takip</a></div>')
    w.write("compliant", "r40-tr-anchor-aras", multipart("tr", "YNT: Siparişim", "r40-s4", [text_part(html, ctype="text/html", charset="iso-8859-9")]), "pass", [])
    # An anchor whose text names the carrier but whose target is a shop is still a link.
    html = ('<div>Hello,<br>Track it with <a href="https://brightpeak-shop.example/track?o=1">Royal Mail</a>.</div>')
    w.write("links", "r40-en-anchor-text-carrier-href-shop", multipart("en", "RE: Where is it?", "r40-s5", [text_part(html, ctype="text/html")]), "reject", ["links.url"])
    # Round 41: replies that name another shop or a promotion without offering anything,
    # and "contact us" without any review; all pass.
    R41 = [
        ("compliant", "en", R, "If anything is wrong with the item, just reply to this message and we'll sort it out.", "pass", []),
        ("compliant", "en", R, "If there's a problem with the replacement, please contact us through Amazon messages.", "pass", []),
        ("compliant", "en", R, "We sell only on Amazon, so the Etsy shop using our photos is not ours.", "pass", []),
        ("compliant", "en", R, "This listing is only sold on Amazon; the eBay listing you found is not ours.", "pass", []),
        ("compliant", "en", R, "Please order replacement filters through Amazon as usual.", "pass", []),
        ("compliant", "en", R, "If you'd prefer a different colour, you can exchange it through Your Orders.", "pass", []),
        ("compliant", "en", R, "You can also find the manual on the product page under 'Product guides and documents'.", "pass", []),
        ("compliant", "en", R, "The 20% off shown at checkout was Amazon's own promotion and it is already applied to your order.", "pass", []),
        ("compliant", "de", R, "Sie können das Ersatzteil einfach hier bei Amazon nachbestellen.", "pass", []),
        ("compliant", "fr", R, "Vous pouvez commander la pièce directement sur Amazon, sur la même fiche produit.", "pass", []),
        ("compliant", "es", R, "Puede pedir el recambio en Amazon, en la misma ficha del producto.", "pass", []),
        ("compliant", "pl", R, "Sprzedajemy wyłącznie na Amazonie, oferta na Allegro nie jest nasza.", "pass", []),
        ("compliant", "tr", R, "Sadece Amazon'da satış yapıyoruz; Trendyol'daki ilan bize ait değil.", "pass", []),
        ("compliant", "nl", R, "Wij verkopen alleen via Amazon; de advertentie op bol is niet van ons.", "pass", []),
        ("compliant", "it", R, "Se qualcosa non va con il ricambio, ci risponda pure qui.", "pass", []),
        ("compliant", "ja", R, "楽天の出品は当店のものではございません。当店はAmazonのみで販売しております。", "pass", []),
    ]
    write_round("r41", R41)
    # Round 42: reviews in de nl pl tr id ar ja zh zh-Hant ko, worded indirectly.
    R42 = [
        ("reviews", "de", None, "Wenn Ihnen der Artikel gefällt, freuen wir uns über ein paar nette Worte auf Amazon.", "reject", ["review.request"]),
        ("reviews", "de", None, "Für Ihre Rezension erhalten Sie von uns einen Gutschein über 10 €.", "reject", ["review.incentive"]),
        ("reviews", "de", R, "Wäre es möglich, Ihre Bewertung nach dem Austausch anzupassen?", "reject", ["review.change"]),
        ("reviews", "de", None, "Wir haben Sie letzte Woche schon um eine Bewertung gebeten und fragen noch einmal nach.", "reject", ["review.repeat"]),
        ("reviews", "nl", None, "Bent u tevreden? Dan zouden we een review met vijf sterren erg waarderen.", "reject", ["review.request"]),
        ("reviews", "nl", None, "Voor elke review sturen we u een gratis cadeautje.", "reject", ["review.incentive"]),
        ("reviews", "nl", None, "Vermeld in uw review graag dat de levering snel was.", "reject", ["review.instructions"]),
        ("reviews", "pl", None, "Jeśli jest Pan zadowolony, prosimy o wystawienie pozytywnej opinii.", "reject", ["review.request"]),
        ("reviews", "pl", None, "Za opinię z pięcioma gwiazdkami zwrócimy koszt wysyłki.", "reject", ["review.incentive"]),
        ("reviews", "pl", R, "Czy mogłaby Pani zmienić swoją ocenę po wymianie produktu?", "reject", ["review.change"]),
        ("reviews", "pl", None, "Prosimy napisać w opinii, że montaż był prosty.", "reject", ["review.instructions"]),
        ("reviews", "tr", None, "Memnun kaldıysanız bize beş yıldız vermeyi unutmayın.", "reject", ["review.request"]),
        ("reviews", "tr", None, "Değerlendirme yapan müşterilerimize ücretsiz kargo hediye ediyoruz.", "reject", ["review.incentive"]),
        ("reviews", "tr", R, "Sorun çözüldüğüne göre puanınızı güncelleyebilir misiniz?", "reject", ["review.change"]),
        ("reviews", "tr", None, "Yorumunuzda kargonun hızlı geldiğini belirtirseniz seviniriz.", "reject", ["review.instructions"]),
        ("reviews", "id", None, "Kalau puas, mohon beri kami bintang lima ya.", "reject", ["review.request"]),
        ("reviews", "id", None, "Setiap ulasan akan kami beri cashback Rp20.000.", "reject", ["review.incentive"]),
        ("reviews", "id", R, "Mohon ubah rating Anda karena masalahnya sudah selesai.", "reject", ["review.change"]),
        ("reviews", "id", None, "Tolong sebutkan di ulasan bahwa pengirimannya cepat.", "reject", ["review.instructions"]),
        ("reviews", "ar", None, "إذا أعجبك المنتج نرجو منك تقييمنا بخمس نجوم.", "reject", ["review.request"]),
        ("reviews", "ar", None, "مقابل تقييمك سنرسل لك هدية مجانية.", "reject", ["review.incentive"]),
        ("reviews", "ar", R, "هل يمكنك تعديل تقييمك بعد أن حللنا المشكلة؟", "reject", ["review.change"]),
        ("reviews", "ar", None, "يرجى ذكر سرعة التوصيل في تقييمك.", "reject", ["review.instructions"]),
        ("reviews", "ja", None, "お気に召しましたら、ぜひ星5つでご評価ください。", "reject", ["review.request"]),
        ("reviews", "ja", None, "レビューをご投稿いただいた方には次回使える割引をご用意しています。", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "ja", R, "交換品をお送りしましたので、評価の修正をご検討いただけますと幸いです。", "reject", ["review.change"]),
        ("reviews", "ja", None, "先日お願いしたレビューの件、改めてご連絡いたしました。", "reject", ["review.repeat"]),
        ("reviews", "zh", None, "如果您喜欢，请给我们留个五星好评。", "reject", ["review.request"]),
        ("reviews", "zh", None, "留评即送价值20元的小礼品。", "reject", ["review.incentive"]),
        ("reviews", "zh", None, "评价时请提一下我们发货很快。", "reject", ["review.instructions"]),
        ("reviews", "zh", None, "上次请您留评，不知道您是否方便，再次打扰。", "reject", ["review.repeat"]),
        ("reviews", "zh-Hant", None, "如果滿意的話，請給我們五星好評。", "reject", ["review.request"]),
        ("reviews", "zh-Hant", None, "留下評價即可獲得下次購物折扣。", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "zh-Hant", R, "問題已解決，能否請您修改評價？", "reject", ["review.change"]),
        ("reviews", "ko", None, "마음에 드셨다면 별 다섯 개 부탁드려요.", "reject", ["review.request"]),
        ("reviews", "ko", None, "리뷰 남겨주시면 다음 구매 시 할인해 드립니다.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "ko", R, "문제가 해결되었으니 리뷰를 수정해 주시면 감사하겠습니다.", "reject", ["review.change"]),
        ("reviews", "ko", None, "리뷰에 배송이 빨랐다고 적어 주세요.", "reject", ["review.instructions"]),
        ("compliant", "de", R, "Danke für Ihre Bewertung. Wir haben die Anleitung daraufhin verbessert.", "pass", []),
        ("compliant", "nl", R, "Bedankt voor uw review; het nieuwe onderdeel is onderweg.", "pass", []),
        ("compliant", "pl", R, "Dziękujemy za opinię, nowa część jest już w drodze.", "pass", []),
        ("compliant", "tr", R, "Yorumunuz için teşekkürler, yeni parça yola çıktı.", "pass", []),
        ("compliant", "id", R, "Terima kasih atas ulasannya, suku cadang baru sudah dikirim.", "pass", []),
        ("compliant", "ar", R, "شكرا على تقييمك، تم شحن القطعة البديلة.", "pass", []),
        ("compliant", "zh", R, "感谢您的评价，新配件已经寄出。", "pass", []),
        ("compliant", "ko", R, "리뷰 감사합니다. 교체 부품을 오늘 발송했습니다.", "pass", []),
    ]
    write_round("r42", R42)
    # Round 43: English review requests once more, the way a writer working only from the
    # policy words them, and service replies about reviews that pass.
    R43 = [
        ("reviews", "en", None, "Your feedback helps other customers make informed decisions and helps our small business grow.", "reject", ["review.request"]),
        ("reviews", "en", None, "A positive rating would really brighten our week.", "reject", ["review.request"]),
        ("reviews", "en", None, "Spare a moment to rate us? Five stars would be amazing.", "reject", ["review.request"]),
        ("reviews", "en", None, "If you've been happy with our service, a seller rating would be great.", "reject", ["review.request"]),
        ("reviews", "en", None, "We only ask satisfied customers to review us, so if you were unhappy, please ignore this message.", "reject", ["review.request"]),
        ("reviews", "en", None, "Enjoying it? Then show some love with a review!", "reject", ["review.request"]),
        ("reviews", "en", None, "Reviews like yours keep us going - thanks in advance for leaving one!", "reject", ["review.request"]),
        ("reviews", "en", None, "We'd like to send you a thank-you gift after you post your review.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "All reviewers receive a discount on future orders.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "Write an honest review and we'll refund your purchase in full.", "reject", ["review.incentive"]),
        ("reviews", "en", None, "Your next order ships free if you leave a review today.", "reject", ["promo.marketing", "review.incentive"]),
        ("reviews", "en", R, "We noticed your 3-star rating - if we send a free replacement, would you bump it to 5?", "reject", ["review.change", "review.incentive"]),
        ("reviews", "en", R, "Now that you have your refund, please consider taking your review down.", "reject", ["review.change"]),
        ("reviews", "en", R, "Could you amend your review to mention that we fixed the issue?", "reject", ["review.change"]),
        ("reviews", "en", None, "Please mention our quick customer service when writing your review.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "It'd be great if your review included a photo of the set-up.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "Following up on our review request from last week.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "One more reminder to share your review - it only takes a minute!", "reject", ["review.repeat", "review.request"]),
        ("reviews", "en", None, "Unhappy? Tell us, not Amazon - we'll fix it before you post anything.", "reject", ["review.channel"]),
        ("compliant", "en", R, "Thanks for reaching out. We've read the review you posted and a new motor is on the way.", "pass", []),
        ("compliant", "en", R, "We're sorry it arrived damaged. A replacement ships today; no need to return the broken one.", "pass", []),
        ("compliant", "en", R, "The 5-star energy efficiency rating is listed on page 2 of the manual.", "pass", []),
        ("compliant", "en", R, "Your review helped us find a faulty batch, and we have replaced it already.", "pass", []),
    ]
    write_round("r43", R43)
    # Round 44: es fr it pt sv review requests once more, in colloquial wording.
    R44 = [
        ("reviews", "es", None, "¿Le ha gustado? Nos haría muy felices una reseña de cinco estrellas.", "reject", ["review.request"]),
        ("reviews", "es", None, "Su opinión es muy valiosa para nuestro pequeño negocio; ¿nos deja una reseña?", "reject", ["review.request"]),
        ("reviews", "es", None, "Dejar una valoración solo le llevará un minuto y nos ayuda muchísimo.", "reject", ["review.request"]),
        ("reviews", "es", None, "Si deja su reseña, le enviamos gratis un accesorio.", "reject", ["review.incentive"]),
        ("reviews", "es", R, "Ahora que hemos solucionado el problema, ¿podría subir su puntuación?", "reject", ["review.change"]),
        ("reviews", "es", None, "Mencione en su opinión que el producto llegó bien embalado.", "reject", ["review.instructions"]),
        ("reviews", "es", None, "Le volvemos a escribir por si no vio nuestro mensaje sobre la reseña.", "reject", ["review.repeat"]),
        ("reviews", "fr", None, "Votre avis compte énormément pour notre petite entreprise familiale.", "reject", ["review.request"]),
        ("reviews", "fr", None, "Ça vous a plu ? Laissez-nous un petit mot sur Amazon !", "reject", ["review.request"]),
        ("reviews", "fr", None, "Un avis, et on vous rembourse les frais de port !", "reject", ["review.incentive"]),
        ("reviews", "fr", R, "Maintenant que tout est réglé, pourriez-vous revoir votre note à la hausse ?", "reject", ["review.change"]),
        ("reviews", "fr", None, "N'hésitez pas à mentionner dans votre avis la rapidité de la livraison.", "reject", ["review.instructions"]),
        ("reviews", "fr", None, "Nous revenons vers vous concernant notre demande d'avis.", "reject", ["review.repeat"]),
        ("reviews", "it", None, "La sua opinione è preziosa per la nostra piccola azienda: ci lasci una recensione!", "reject", ["review.request"]),
        ("reviews", "it", None, "Le è piaciuto? Cinque stelline ci renderebbero felicissimi.", "reject", ["review.request"]),
        ("reviews", "it", None, "Recensisca il prodotto e riceverà un omaggio.", "reject", ["review.incentive"]),
        ("reviews", "it", R, "Potrebbe alzare il punteggio ora che il problema è risolto?", "reject", ["review.change"]),
        ("reviews", "it", None, "Nella recensione potrebbe parlare della qualità dell'imballaggio?", "reject", ["review.instructions"]),
        ("reviews", "it", None, "Torniamo a scriverle riguardo alla recensione che le avevamo chiesto.", "reject", ["review.repeat"]),
        ("reviews", "pt", None, "Sua opinião é muito importante para nossa pequena loja; deixe sua avaliação!", "reject", ["review.request"]),
        ("reviews", "pt", None, "Gostou? Deixe 5 estrelinhas pra gente!", "reject", ["review.request"]),
        ("reviews", "pt", None, "Avaliando o produto, você recebe um cupom de desconto.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "pt", R, "Agora que resolvemos, poderia aumentar sua nota?", "reject", ["review.change"]),
        ("reviews", "pt", None, "Na avaliação, conte que o produto chegou rápido.", "reject", ["review.instructions"]),
        ("reviews", "pt", None, "Voltamos a pedir sua avaliação, caso não tenha visto a mensagem anterior.", "reject", ["review.repeat"]),
        ("reviews", "sv", None, "Ditt omdöme betyder jättemycket för vårt lilla familjeföretag.", "reject", ["review.request"]),
        ("reviews", "sv", None, "Gillade du produkten? Lämna gärna fem stjärnor!", "reject", ["review.request"]),
        ("reviews", "sv", None, "Alla som recenserar får 20 % rabatt på nästa köp.", "reject", ["promo.coupon", "review.incentive"]),
        ("reviews", "sv", R, "Kan du höja ditt betyg nu när allt är löst?", "reject", ["review.change"]),
        ("reviews", "sv", None, "Berätta gärna i recensionen hur enkel monteringen var.", "reject", ["review.instructions"]),
        ("reviews", "sv", None, "Vi skriver igen angående vår förfrågan om ett omdöme.", "reject", ["review.repeat"]),
        ("compliant", "es", R, "Hemos leído su reseña y le enviamos una pieza nueva sin coste.", "pass", []),
        ("compliant", "fr", R, "Nous avons bien noté votre avis sur l'emballage et l'avons transmis à l'entrepôt.", "pass", []),
        ("compliant", "it", R, "Abbiamo letto la sua recensione: il ricambio arriva domani.", "pass", []),
        ("compliant", "pt", R, "Vimos sua avaliação e já enviamos a peça nova.", "pass", []),
        ("compliant", "sv", R, "Vi har läst ditt omdöme och skickar en ny del.", "pass", []),
    ]
    write_round("r44", R44)
    # Round 45: everyday service replies whose words overlap the round-4 patterns (codes
    # for parcel lockers, collections of returns, heart-rate monitors, golf clubs, rating a
    # fault from 1 to 5, goodwill refunds); they all pass.
    R45 = [
        ("compliant", "en", R, "The heart rate monitor needs a firmware update; follow the steps in the manual.", "pass", []),
        ("compliant", "en", R, "Your golf club set ships tomorrow; the driver cover is packed separately.", "pass", []),
        ("compliant", "en", R, "Collection from the parcel locker: use the code in the carrier's text message.", "pass", []),
        ("compliant", "en", R, "Our courier will collect the return on Friday; please have it packed.", "pass", []),
        ("compliant", "en", R, "Please rate the noise from 1 to 5 so our technician can judge whether the fan is faulty.", "pass", []),
        ("compliant", "en", R, "The new collection date for your return is Monday.", "pass", []),
        ("compliant", "en", R, "We have shared your feedback with the manufacturer.", "pass", []),
        ("compliant", "en", R, "We reviewed your photos; as a goodwill gesture we've refunded 20% of the price.", "pass", []),
        ("compliant", "en", R, "If you're happy with the fix, no further action is needed.", "pass", []),
        ("compliant", "en", R, "If you are not satisfied with the replacement, please let us know and we will refund you.", "pass", []),
        ("compliant", "de", R, "Die Abholung Ihrer Rücksendung erfolgt am Freitag durch DHL.", "pass", []),
        ("compliant", "de", R, "Bitte bewerten Sie die Lautstärke auf einer Skala von 1 bis 5, damit wir den Fehler eingrenzen können.", "pass", []),
        ("compliant", "fr", R, "Le point relais vous enverra un code de retrait par SMS.", "pass", []),
        ("compliant", "es", R, "El repartidor le enviará un código de recogida por SMS.", "pass", []),
        ("compliant", "it", R, "Il corriere la contatterà per concordare il ritiro del reso.", "pass", []),
        ("compliant", "it", R, "Il codice di ritiro arriverà via SMS dal corriere.", "pass", []),
        ("compliant", "pt", R, "O código de rastreio é QB123456789BR e o pacote chega amanhã.", "pass", []),
        ("compliant", "nl", R, "U ontvangt van PostNL een ophaalcode voor het pakketpunt.", "pass", []),
        ("compliant", "pl", R, "Kod odbioru z paczkomatu otrzyma Pan SMS-em od InPost.", "pass", []),
        ("compliant", "sv", R, "Du får en upphämtningskod via sms från PostNord.", "pass", []),
        ("compliant", "tr", R, "Kargo şubesinden teslim almak için SMS ile gelen kodu kullanın.", "pass", []),
        ("compliant", "ja", R, "受取用のコードは配送業者からSMSで届きます。", "pass", []),
        ("compliant", "zh", R, "取件码会由快递公司通过短信发送给您。", "pass", []),
        ("compliant", "ko", R, "택배 보관함 비밀번호는 택배사에서 문자로 보내드립니다.", "pass", []),
        ("compliant", "ar", R, "سيصلك رمز الاستلام برسالة نصية من شركة الشحن.", "pass", []),
        ("compliant", "id", R, "Kode pengambilan paket akan dikirim kurir melalui SMS.", "pass", []),
    ]
    write_round("r45", R45)
    # Round 46: promotion and contact once more in ja zh zh-Hant ko ar tr id.
    R46 = [
        ("promotion", "ja", R, "当店では他にも便利なキッチン用品を多数取り揃えております。", "reject", ["promo.marketing"]),
        ("promotion", "ja", R, "ショップをフォローしていただくと、新商品の情報をいち早くお届けします。", "reject", ["promo.marketing"]),
        ("promotion", "ja", R, "メルカリShopsでも同じ商品を少しお安く販売しています。", "reject", ["promo.offsite"]),
        ("promotion", "zh", R, "本店还有很多厨房好物，欢迎进店逛逛。", "reject", ["promo.marketing"]),
        ("promotion", "zh", R, "关注店铺可第一时间收到新品和优惠信息。", "reject", ["promo.marketing"]),
        ("promotion", "zh", R, "我们在拼多多也有同款，价格更优惠。", "reject", ["promo.offsite"]),
        ("promotion", "zh-Hant", R, "本店還有許多廚房好物，歡迎選購。", "reject", ["promo.marketing"]),
        ("promotion", "zh-Hant", R, "我們在蝦皮也有賣場，價格更優惠。", "reject", ["promo.offsite"]),
        ("promotion", "ko", R, "스토어를 팔로우하시면 신상품 소식을 가장 먼저 받아보실 수 있어요.", "reject", ["promo.marketing"]),
        ("promotion", "ko", R, "쿠팡에서도 같은 상품을 더 저렴하게 판매하고 있습니다.", "reject", ["promo.offsite"]),
        ("promotion", "ar", R, "لدينا تشكيلة واسعة من أدوات المطبخ الأخرى في متجرنا.", "reject", ["promo.marketing"]),
        ("promotion", "ar", R, "تابع متجرنا ليصلك كل جديد.", "reject", ["promo.marketing"]),
        ("promotion", "tr", R, "Mağazamızı takip ederek yeni ürünlerden haberdar olabilirsiniz.", "reject", ["promo.marketing"]),
        ("promotion", "tr", R, "Bir sonraki alışverişinizde geçerli %15 indirim kodunuz: TEKRAR15", "reject", ["promo.coupon"]),
        ("promotion", "id", R, "Cek juga produk dapur kami lainnya di toko kami.", "reject", ["promo.marketing"]),
        ("promotion", "id", R, "Kami juga jualan di Tokopedia, harganya lebih murah.", "reject", ["promo.offsite"]),
        ("contact", "ja", R, "ご不明点はお電話（03-1234-5678）でも承ります。", "reject", ["contact.phone"]),
        ("contact", "ja", R, "インスタグラムのDMでもお気軽にどうぞ。", "reject", ["contact.channel"]),
        ("contact", "zh", R, "有问题可以加我们的QQ：123456789。", "reject", ["contact.channel"]),
        ("contact", "zh-Hant", R, "有問題歡迎來電 (02) 2345-6789。", "reject", ["contact.phone"]),
        ("contact", "ko", R, "카카오톡 플러스친구 '브라이트피크'로 문의 주세요.", "reject", ["contact.channel"]),
        ("contact", "ar", R, "للاستفسار راسلنا على البريد info@brightpeak.sa", "reject", ["contact.email"]),
        ("contact", "tr", R, "Bize destek@brightpeak.com.tr adresinden ulaşabilirsiniz.", "reject", ["contact.email"]),
        ("contact", "id", R, "Hubungi admin kami di Instagram @brightpeak.id", "reject", ["contact.channel"]),
    ]
    write_round("r46", R46)
    # Round 47: the product's brand's own service line (not the seller's) is a warning;
    # "our customer care" stays a rejection.
    R47 = [
        ("compliant", "en", R, "Please contact Dyson Customer Care on 0800 298 0298 to book the repair.", "pass", ["contact.phone-warranty"]),
        ("compliant", "de", R, "Bitte wenden Sie sich an den Bosch-Kundendienst unter 089 1234 5678.", "pass", ["contact.phone-warranty"]),
        ("compliant", "fr", R, "Le service client de Moulinex répond au 09 74 50 36 23.", "pass", ["contact.phone-warranty"]),
        ("compliant", "es", R, "El servicio técnico de Cecotec atiende en el 912 345 678.", "pass", ["contact.phone-warranty"]),
        ("compliant", "it", R, "L'assistenza clienti di Philips risponde allo 02 1234 5678.", "pass", ["contact.phone-warranty"]),
        ("contact", "en", R, "Please contact our customer care on 0800 123 4567.", "reject", ["contact.phone"]),
        ("contact", "de", R, "Unser Kundendienst ist unter 089 1234 5678 erreichbar.", "reject", ["contact.phone"]),
    ]
    write_round("r47", R47)
    # Round 48: review requests wrapped in a thank-you or a question, in en es fr it pt sv.
    R48 = [
        ("reviews", "en", None, "Thanks again for your order! Would you do us a small favour and rate it five stars on Amazon?", "reject", ["review.request"]),
        ("reviews", "en", None, "How did we do? If we earned it, a glowing review would make our team's day.", "reject", ["review.request"]),
        ("reviews", "en", None, "Loved the candle? Let the world know with a quick review!", "reject", ["review.request"]),
        ("reviews", "en", None, "Leaving a review takes 30 seconds and helps a tiny business like ours survive.", "reject", ["review.request"]),
        ("reviews", "en", None, "Could you spare a minute to leave us positive feedback?", "reject", ["review.request"]),
        ("reviews", "es", None, "¿Nos haría un pequeño favor? Valore el producto con cinco estrellas en Amazon.", "reject", ["review.request"]),
        ("reviews", "es", None, "Si quedó contento, cuéntelo en Amazon: nos ayuda a crecer.", "reject", ["review.request"]),
        ("reviews", "fr", None, "Vous avez aimé ? Dites-le en laissant un avis 5 étoiles !", "reject", ["review.request"]),
        ("reviews", "fr", None, "Un petit geste pour nous : un avis positif sur Amazon.", "reject", ["review.request"]),
        ("reviews", "it", None, "Ci farebbe un piccolo favore? Una recensione positiva su Amazon.", "reject", ["review.request"]),
        ("reviews", "it", None, "Se è rimasto contento, lo racconti su Amazon: ci aiuta a crescere.", "reject", ["review.request"]),
        ("reviews", "pt", None, "Pode nos fazer um favor? Avalie com cinco estrelas na Amazon.", "reject", ["review.request"]),
        ("reviews", "pt", None, "Se ficou satisfeito, conte na Amazon: isso nos ajuda a crescer.", "reject", ["review.request"]),
        ("reviews", "sv", None, "Kan du göra oss en tjänst och ge produkten fem stjärnor på Amazon?", "reject", ["review.request"]),
        ("reviews", "sv", None, "Är du nöjd? Berätta det gärna i ett omdöme på Amazon!", "reject", ["review.request"]),
        ("compliant", "en", R, "Thanks again for your order! The spare filter you asked about is included in the box.", "pass", []),
        ("compliant", "es", R, "¿Nos haría un favor? Compruebe si el cable está bien conectado y díganos si la luz se enciende.", "pass", []),
        ("compliant", "fr", R, "Vous avez aimé la couleur ? Elle existe aussi sur cette même fiche, en taille M.", "pass", []),
    ]
    write_round("r48", R48)
    # Round 49: carrier tracking links in the hosts and URL shapes carriers.list does not
    # name one by one: national suffixes of a carrier's brand, www./track./m. prefixes,
    # tracking numbers in paths and query parameters, links wrapped by a mail filter
    # (Google of any country, Proofpoint), and Amazon's own account pages (a warning).
    R49 = [
        ("compliant", "en", R, "It ships with UPS: https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784&requester=ST/trackdetails", "pass", []),
        ("compliant", "en", R, "USPS tracking: https://tools.usps.com/go/TrackConfirmAction?qtc_tLabels1=9400111899223197428490", "pass", []),
        ("compliant", "en", R, "FedEx has it: https://www.fedex.com/fedextrack/?trknbr=123456789012&trkqual=2460", "pass", []),
        ("compliant", "en", R, "Canada Post: https://www.canadapost.ca/track-reperage/en#/details/7023210039414604", "pass", []),
        ("compliant", "es", R, "Puede rastrearlo en https://www.fedex.com/es-mx/tracking.html?tracknumbers=123456789012 o en DHL https://www.dhl.com/mx-es/home/rastreo.html?tracking-id=1234567890", "pass", []),
        ("compliant", "pt", R, "Rastreio: https://www.loggi.com/rastreador/BR123456789 ou https://www.dhl.com/br-pt/home/rastreamento.html?tracking-id=1234567890", "pass", []),
        ("compliant", "en", R, "Evri tracking: https://www.evri.com/track/parcel/H01HYA0012345678", "pass", []),
        ("compliant", "en", R, "Yodel: https://www.yodel.co.uk/tracking/JJD0002246812345678/SW1A1AA", "pass", []),
        ("compliant", "en", R, "DPD Ireland: https://dpd.ie/tracking?parcel=15501234567890&postcode=D02", "pass", []),
        ("compliant", "de", R, "Sendungsverfolgung GLS: https://www.gls-pakete.de/sendungsverfolgung?trackingNumber=12345678901 oder Hermes https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#H1001234567890123456", "pass", []),
        ("compliant", "de", R, "DHL: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890", "pass", []),
        ("compliant", "fr", R, "Suivi Chronopost : https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR", "pass", []),
        ("compliant", "fr", R, "Suivi DPD France : https://trace.dpd.fr/fr/trace/250012345678901", "pass", []),
        ("compliant", "it", R, "Tracciamento Poste: https://www.poste.it/cerca/index.html#/risultati-spedizioni/RR123456789IT", "pass", []),
        ("compliant", "it", R, "GLS Italy: https://www.gls-italy.com/it/servizi-per-destinatari/ricerca-spedizione?match=AB123456789", "pass", []),
        ("compliant", "es", R, "Seguimiento Correos: https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0701234560128001P", "pass", []),
        ("compliant", "es", R, "SEUR: https://www.seur.com/livetracking/?segOnlineIdentificador=12345678901234", "pass", []),
        ("compliant", "nl", R, "Track & trace PostNL: https://postnl.nl/tracktrace/?B=3SABCD123456789&P=1234AB&D=NL&T=C", "pass", []),
        ("compliant", "nl", R, "DHL Parcel: https://www.dhlparcel.nl/nl/consument/volg-je-pakket?tt=JVGL06123456789012", "pass", []),
        ("compliant", "fr", R, "bpost : https://track.bpost.cloud/btr/web/#/search?itemCode=323212345678901234567890&lang=fr", "pass", []),
        ("compliant", "sv", R, "Spåra med Bring: https://tracking.bring.se/tracking/370712345678901234 eller DHL https://www.dhl.com/se-sv/home/tracking.html?tracking-id=1234567890", "pass", []),
        ("compliant", "pl", R, "Przesyłka DPD: https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=0000123456789U", "pass", []),
        ("compliant", "tr", R, "Yurtiçi Kargo takip: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=123456789012 veya Aras https://kargotakip.araskargo.com.tr/mainpage.aspx?code=1234567890", "pass", []),
        ("compliant", "ar", R, "تتبع أرامكس: https://www.aramex.com/ae/en/track/results?ShipmentNumber=12345678901", "pass", []),
        ("compliant", "ar", R, "سمسا: https://www.smsaexpress.com/sa/ar/trackingdetails?tracknumbers=290012345678", "pass", []),
        ("compliant", "ar", R, "بوسطة: https://bosta.co/ar-eg/tracking-shipments?shipment-number=12345678", "pass", []),
        ("compliant", "en", R, "Blue Dart: https://www.bluedart.com/web/guest/trackdartresult?trackFor=0&trackNo=12345678901 or India Post https://www.indiapost.gov.in/VAS/Pages/trackconsignment.aspx", "pass", []),
        ("compliant", "ja", R, "ヤマト運輸の追跡：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=123456789012 日本郵便：https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=123456789012", "pass", []),
        ("compliant", "en", R, "Australia Post: https://auspost.com.au/mypost/track/#/details/33XYZ1234567 and Sendle https://track.sendle.com/tracking?ref=SABCD1", "pass", []),
        ("compliant", "en", R, "SingPost: https://www.singpost.com/track-items?trackingid=RR123456789SG", "pass", []),
        ("compliant", "en", R, "The Courier Guy: https://portal.thecourierguy.co.za/track?ref=TCG12345678 or Fastway https://www.fastway.co.za/our-services/track-your-parcel?l=ZA12345678", "pass", []),
        ("compliant", "en", R, "It comes from our warehouse in China with YunExpress: https://www.yunexpress.com/track?tracknum=YT2412345678901234", "pass", []),
        ("compliant", "de", R, "Aus der Schweiz mit der Post: https://service.post.ch/ekp-web/ui/entry/search/99.12.345678.12345678", "pass", []),
        ("compliant", "en", R, "Tracking (my mail filter rewrote the link): https://www.google.co.uk/url?q=https%3A%2F%2Fwww.royalmail.com%2Ftrack-your-item%23%2Ftracking-results%2FAB123456789GB&sa=D", "pass", []),
        ("compliant", "en", R, "Here is the tracking: https://urldefense.com/v3/__https://www.ups.com/track?tracknum=1Z999AA10123456784__;!!Abc123", "pass", []),
        ("compliant", "en", R, "You can see the order in your account: https://www.amazon.com/gp/css/homepage.html", "pass", ["links.amazon-order"]),
        ("links", "en", R, "Same kettle cheaper here: https://www.dhl.evil.example/deals/kettle", "reject", ["links.url"]),
        ("links", "en", R, "Track it on our site: https://brightpeak.myshopify.com/tracking?order=12345678", "reject", ["links.url"]),
        ("links", "en", R, "The newer model: https://www.amazon.com/dp/B0ABCDEF12?tracking=12345678", "reject", ["links.url"]),
        ("links", "en", R, "See https://www.google.co.uk/url?q=https%3A%2F%2Fwww.brightpeak-shop.co.uk%2Fsale&sa=D", "reject", ["links.url"]),
    ]
    write_round("r49", R49)
    # Round 50: review requests by structure, not phrase: incentives as a condition or a
    # bargain, asking to revise or take down what the buyer wrote, telling what to write,
    # reminders, stars asked outright; and service replies that use the same words.
    R50 = [
        ("reviews", "en", R, "If you post your thoughts on the product page we will send you a free spare filter.", "reject", ["review.incentive"]),
        ("reviews", "en", R, "Leave a few words about the lamp and we'll refund your shipping.", "reject", ["review.incentive"]),
        ("reviews", "en", R, "Once you've left your feedback, a little gift is on its way!", "reject", ["review.incentive"]),
        ("reviews", "es", R, "Si nos deja su opinión, le regalamos un cargador.", "reject", ["review.incentive"]),
        ("reviews", "fr", R, "Si vous laissez un commentaire, nous vous offrons un accessoire.", "reject", ["review.incentive", "review.neutral"]),
        ("reviews", "it", R, "Se lascia un commento, le regaliamo un accessorio.", "reject", ["review.incentive"]),
        ("reviews", "zh", R, "如果您留下评价，我们将送您一个小礼物。", "reject", ["review.incentive", "review.neutral"]),
        ("reviews", "en", R, "Would you consider updating what you wrote about us now that the issue is fixed?", "reject", ["review.change"]),
        ("reviews", "en", R, "Could you delete the 1 star comment now that you got the refund?", "reject", ["review.change"]),
        ("reviews", "en", R, "Please mention the fast shipping and the soft fabric when you write about it.", "reject", ["review.instructions"]),
        ("reviews", "en", None, "Just a friendly reminder that your opinion on the product page really counts.", "reject", ["review.repeat"]),
        ("reviews", "en", None, "Friendly reminder: we'd still love to hear your thoughts on Amazon about the mug.", "reject", ["review.repeat"]),
        ("reviews", "en", R, "If you are happy, give us some stars, if not, write to us first.", "reject", ["review.request"]),
        ("compliant", "en", R, "Thanks for your review of the return process, we have now refunded you.", "pass", []),
        ("compliant", "en", R, "If you send us a photo of the damage, we will ship a replacement right away.", "pass", []),
        ("compliant", "en", R, "If you have any comments or problems, we will send a replacement free of charge.", "pass", []),
        ("compliant", "en", R, "Leave the parcel at the door and we'll refund the postage once it arrives.", "pass", []),
        ("compliant", "en", R, "We removed the review request card from the parcel, as you suggested.", "pass", []),
        ("compliant", "en", R, "We have updated the energy rating label in the listing.", "pass", []),
        ("compliant", "en", R, "Please mention the order number when you write to us.", "pass", []),
        ("compliant", "en", R, "A friendly reminder: the return label expires on Friday.", "pass", []),
        ("compliant", "en", R, "The five stars on the lid are printed, not stickers.", "pass", []),
        ("compliant", "en", R, "You already used the coupon, so the discount was applied at checkout.", "pass", []),
        ("compliant", "en", R, "The other products you asked about are the 2 L and 3 L versions on the same listing.", "pass", []),
        ("compliant", "en", R, "As you asked, we cancelled the order and you will get a full refund.", "pass", []),
    ]
    write_round("r50", R50)
    # Round 51 (rule round 6): review rules by structure in 16 languages - an incentive
    # tied to a review by a condition or a thank-you, asking to look again at the stars,
    # what to say when writing, a second request shown by what came before, steering
    # before anything reaches Amazon, a review wished for after a condition - and the
    # service replies that share their words (refunds once a return arrives, "in case you
    # missed our last message" about a refund, "avis de passage", "nota fiscal").
    R51 = [
        ("reviews", 'en', R, "As a small thank-you for sharing your opinion on Amazon, we'd like to send you a $15 gift card.", "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'en', R, 'We can refund the full price of the mat once your rating is visible on the listing.', "reject", ['review.incentive']),
        ("reviews", 'en', None, 'Anyone who posts a photo review receives a bonus pack of replacement blades.', "reject", ['review.incentive']),
        ("reviews", 'en', R, "We'll credit 500 points to your account after you rate the speaker.", "reject", ['review.incentive']),
        ("reviews", 'en', R, 'Write a couple of lines about the kettle on Amazon, then reply with a screenshot and the spare lid is yours.', "reject", ['review.incentive']),
        ("reviews", 'en', None, 'Customers who tell us what they think on the product page get 20% off their next purchase.', "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'en', R, "We'd love to hear your feedback on Amazon, and to say thanks we'll cover your shipping cost.", "reject", ['review.incentive']),
        ("reviews", 'en', R, "Your review could earn you a free travel case - just send us the link when it's up.", "reject", ['review.incentive']),
        ("reviews", 'en', None, 'In return for an honest rating we will reimburse the purchase via PayPal.', "reject", ['review.incentive']),
        ("reviews", 'en', R, 'We are giving away a free sample to every buyer who leaves a star rating this month.', "reject", ["review.incentive", "promo.marketing"]),
        ("reviews", 'en', R, 'Now that the replacement has arrived, would you consider revisiting the stars you gave us?', "reject", ['review.change']),
        ("reviews", 'en', None, 'We hope you might bring your review in line with how things turned out.', "reject", ['review.change']),
        ("reviews", 'en', R, 'Since the issue is sorted, perhaps you could take another look at your rating.', "reject", ['review.change']),
        ("reviews", 'en', R, "Is there any chance you'd be willing to reconsider the two stars?", "reject", ['review.change']),
        ("reviews", 'en', None, 'Could you edit your comment on Amazon to reflect the fast replacement?', "reject", ['review.change']),
        ("reviews", 'en', R, 'It would mean a lot if your feedback reflected the resolution rather than the delay.', "reject", ['review.change']),
        ("reviews", 'en', R, "Would you mind taking down the negative comment now that you've been refunded?", "reject", ['review.change']),
        ("reviews", 'en', None, 'If you do write something on Amazon, it would be great to say how quiet the motor is.', "reject", ['review.instructions']),
        ("reviews", 'en', R, 'When you rate the blender, try to mention that it crushes ice in seconds.', "reject", ['review.instructions']),
        ("reviews", 'en', R, 'Feel free to point out the gift box in your review - buyers love to hear about it.', "reject", ['review.instructions']),
        ("reviews", 'en', None, 'A photo of the lamp switched on would make your review really stand out.', "reject", ['review.instructions']),
        ("reviews", 'en', R, 'Following up on our earlier note: have you had a moment to rate your purchase?', "reject", ["review.repeat", "review.neutral"]),
        ("reviews", 'en', R, "In case you missed our last message, we'd still be grateful for a review of the heater.", "reject", ['review.repeat']),
        ("reviews", 'en', None, 'Just circling back on the review we asked about last week.', "reject", ['review.repeat']),
        ("reviews", 'en', R, 'This is our second note about your rating; we hope you can find the time.', "reject", ['review.repeat']),
        ("reviews", 'en', R, 'We wrote a few days ago asking for your opinion on Amazon - just bumping this up.', "reject", ['review.repeat']),
        ("reviews", 'en', None, "If anything isn't perfect, please talk to us before you post anything on Amazon.", "reject", ['review.channel']),
        ("reviews", 'en', R, "If you're happy with the rug, a review would be great.", "reject", ['review.request']),
        ("reviews", 'en', R, "Loving your new blender? Then we'd be thrilled to see a review from you.", "reject", ['review.request']),
        ("reviews", 'en', None, 'Should you have any concerns, reach us here first rather than through a review.', "reject", ['review.channel']),
        ("reviews", 'en', R, 'Only if you are fully satisfied, please rate us on Amazon.', "reject", ['review.request']),
        ("reviews", 'en', R, 'Not happy? Let us fix it before you write about it on Amazon.', "reject", ['review.channel']),
        ("compliant", 'en', R, 'Thanks for your review - we have passed your comments on to our warehouse team.', "pass", []),
        ("compliant", 'en', R, 'We reviewed your refund request and the full amount is on its way back to your card.', "pass", []),
        ("compliant", 'en', R, 'We refunded you $12.40 for the broken handle; no need to return it.', "pass", []),
        ("compliant", 'en', R, "We'll review your return request and get back to you within 24 hours.", "pass", []),
        ("compliant", 'en', R, 'The kit includes a star screwdriver and two spare hex keys.', "pass", []),
        ("compliant", 'en', R, 'Sorry the lid cracked. We issued a partial refund and a free replacement lid ships tomorrow.', "pass", []),
        ("compliant", 'en', R, 'After you return the item we will refund the shipping cost too.', "pass", []),
        ("compliant", 'en', R, 'We read the feedback you left and we agree the manual was unclear, so we rewrote it.', "pass", []),
        ("compliant", 'en', R, 'Your gift card balance was applied to the order at checkout, as you asked.', "pass", []),
        ("compliant", 'en', R, 'We will send you a free replacement as soon as the courier confirms the damage report.', "pass", []),
        ("compliant", 'en', R, "The hotel rating stars on the box refer to the brand's design line, not a review.", "pass", []),
        ("compliant", 'en', R, 'Please update your shipping address in Your Orders before Friday.', "pass", []),
        ("compliant", 'en', None, 'Would you like to share your experience with other buyers by leaving a review?', "pass", ['review.neutral']),
        ("compliant", 'en', R, 'Once the refund is processed you will see it on your statement within 5 days.', "pass", []),
        ("compliant", 'en', R, 'If you change your mind about the colour, we can exchange it for free.', "pass", []),
        ("reviews", 'de', None, 'Als kleines Dankeschön für Ihre Meinung auf Amazon schenken wir Ihnen einen 10-Euro-Gutschein.', "reject", ['review.incentive']),
        ("reviews", 'de', R, 'Sobald Ihre Rezension online ist, erstatten wir Ihnen den vollen Kaufpreis.', "reject", ['review.incentive']),
        ("reviews", 'de', R, 'Für Ihre ehrliche Bewertung bekommen Sie ein Ersatzmesser gratis dazu.', "reject", ['review.incentive']),
        ("reviews", 'de', None, 'Nachdem Sie das Produkt bewertet haben, schicken wir Ihnen gern eine Probe unseres neuen Öls.', "reject", ['review.incentive']),
        ("reviews", 'de', R, 'Wären Sie so freundlich, Ihre Sterne noch einmal zu überdenken, jetzt wo alles geklärt ist?', "reject", ['review.change']),
        ("reviews", 'de', R, 'Vielleicht möchten Sie Ihre Rezension an den aktuellen Stand anpassen.', "reject", ['review.change']),
        ("reviews", 'de', None, 'Könnten Sie Ihren Kommentar auf Amazon bitte herausnehmen, da wir das Geld erstattet haben?', "reject", ['review.change']),
        ("reviews", 'de', R, 'Schreiben Sie doch in Ihrer Bewertung, wie leise das Gerät ist.', "reject", ['review.instructions']),
        ("reviews", 'de', R, 'Kurz nachgehakt: Hatten Sie schon Gelegenheit, den Artikel zu bewerten?', "reject", ['review.repeat']),
        ("reviews", 'de', None, 'Falls unsere letzte Nachricht untergegangen ist: Wir freuen uns weiterhin über Ihre Rezension.', "reject", ["review.repeat", "review.neutral"]),
        ("reviews", 'de', R, 'Sollte etwas nicht passen, melden Sie sich bitte zuerst bei uns und nicht über eine Bewertung.', "reject", ["review.channel", "review.neutral"]),
        ("reviews", 'de', R, 'Wenn Ihnen die Lampe gefällt, freuen wir uns über eine Bewertung.', "reject", ['review.request']),
        ("compliant", 'de', R, 'Vielen Dank für Ihre Bewertung, wir haben Ihre Hinweise an das Lager weitergegeben.', "pass", []),
        ("compliant", 'de', R, 'Wir haben Ihre Rückgabeanfrage geprüft und erstatten Ihnen den vollen Betrag.', "pass", []),
        ("compliant", 'de', R, 'Für den defekten Griff haben wir Ihnen 8 Euro erstattet.', "pass", []),
        ("compliant", 'de', R, 'Im Lieferumfang ist ein Sternschraubendreher enthalten.', "pass", []),
        ("compliant", 'de', R, 'Sobald die Rücksendung bei uns ist, erstatten wir auch die Versandkosten.', "pass", []),
        ("reviews", 'es', None, 'Como agradecimiento por compartir su opinión en Amazon, le enviaremos una tarjeta regalo de 10 €.', "reject", ['review.incentive']),
        ("reviews", 'es', R, 'Una vez que su reseña esté publicada, le devolvemos el importe completo.', "reject", ['review.incentive']),
        ("reviews", 'es', R, 'Por cada valoración con foto regalamos un juego de cuchillas de repuesto.', "reject", ['review.incentive']),
        ("reviews", 'es', None, '¿Podría plantearse cambiar las estrellas ahora que el problema está resuelto?', "reject", ['review.change']),
        ("reviews", 'es', R, 'Le agradeceríamos que actualizara su comentario en Amazon para reflejar la solución.', "reject", ['review.change']),
        ("reviews", 'es', R, 'Cuando escriba su opinión, no olvide comentar lo fácil que es montarlo.', "reject", ["review.instructions", "review.neutral"]),
        ("reviews", 'es', None, 'Le escribimos otra vez por si no vio nuestro mensaje sobre la reseña.', "reject", ['review.repeat']),
        ("reviews", 'es', R, 'Si algo no le convence, háblenos primero antes de publicar nada en Amazon.', "reject", ['review.channel']),
        ("reviews", 'es', R, 'Si está contento con la alfombra, una reseña nos vendría genial.', "reject", ['review.request']),
        ("compliant", 'es', R, 'Gracias por su reseña; hemos hablado con el transportista.', "pass", []),
        ("compliant", 'es', R, 'Hemos revisado su solicitud de devolución y le reembolsamos el importe total.', "pass", []),
        ("compliant", 'es', R, 'Le hemos reembolsado 12 € por el asa rota, no hace falta devolverla.', "pass", []),
        ("compliant", 'es', R, 'Incluye un destornillador de estrella y dos llaves Allen.', "pass", []),
        ("reviews", 'fr', None, 'Pour vous remercier de donner votre opinion sur Amazon, nous vous offrons une carte cadeau de 10 €.', "reject", ['review.incentive']),
        ("reviews", 'fr', R, 'Dès que votre avis est en ligne, nous vous remboursons les frais de port.', "reject", ['review.incentive']),
        ("reviews", 'fr', R, 'Chaque client qui publie une évaluation avec photo reçoit un lot de filtres gratuit.', "reject", ['review.incentive']),
        ("reviews", 'fr', None, 'Maintenant que tout est réglé, accepteriez-vous de revoir vos étoiles ?', "reject", ['review.change']),
        ("reviews", 'fr', R, 'Pourriez-vous retirer votre commentaire négatif puisque nous vous avons remboursé ?', "reject", ['review.change']),
        ("reviews", 'fr', R, 'En rédigeant votre évaluation, pensez à souligner la qualité du tissu.', "reject", ['review.instructions']),
        ("reviews", 'fr', None, 'Au cas où notre dernier message vous aurait échappé, votre avis nous intéresse toujours.', "reject", ['review.repeat']),
        ("reviews", 'fr', R, "En cas de souci, contactez-nous d'abord plutôt que de laisser une note sur Amazon.", "reject", ['review.channel']),
        ("reviews", 'fr', R, 'Si le tapis vous plaît, un petit avis serait formidable.', "reject", ['review.request']),
        ("compliant", 'fr', R, "Merci pour votre avis, nous avons transmis vos remarques à l'entrepôt.", "pass", []),
        ("compliant", 'fr', R, 'Nous avons examiné votre demande de retour et vous remboursons intégralement.', "pass", []),
        ("compliant", 'fr', R, 'Nous vous avons remboursé 12 € pour la poignée cassée.', "pass", []),
        ("compliant", 'fr', R, 'Un tournevis étoile est fourni avec le kit.', "pass", []),
        ("reviews", 'it', None, 'Come piccolo ringraziamento per la sua opinione su Amazon le invieremo un buono da 10 €.', "reject", ['review.incentive']),
        ("reviews", 'it', R, 'Appena la sua recensione sarà visibile, le rimborseremo le spese di spedizione.', "reject", ['review.incentive']),
        ("reviews", 'it', R, 'A chi pubblica una valutazione con foto regaliamo un set di lame di ricambio.', "reject", ['review.incentive']),
        ("reviews", 'it', None, 'Ora che il problema è risolto, potrebbe rivedere le stelle che ci ha dato?', "reject", ['review.change']),
        ("reviews", 'it', R, 'Le saremmo grati se potesse aggiornare il suo commento su Amazon.', "reject", ['review.change']),
        ("reviews", 'it', R, 'Quando scrive la sua opinione, potrebbe sottolineare quanto è silenzioso?', "reject", ['review.instructions']),
        ("reviews", 'it', None, 'Nel caso non avesse visto il nostro ultimo messaggio, aspettiamo ancora la sua recensione.', "reject", ['review.repeat']),
        ("reviews", 'it', R, 'Se qualcosa non va, ci scriva prima di pubblicare qualsiasi giudizio su Amazon.', "reject", ['review.channel']),
        ("reviews", 'it', R, 'Se il tappeto le piace, una recensione sarebbe fantastica.', "reject", ['review.request']),
        ("compliant", 'it', R, 'Grazie per la sua recensione, abbiamo informato il magazzino.', "pass", []),
        ("compliant", 'it', R, "Abbiamo esaminato la sua richiesta di reso e le rimborsiamo l'intero importo.", "pass", []),
        ("compliant", 'it', R, 'Le abbiamo rimborsato 12 € per il manico rotto.', "pass", []),
        ("compliant", 'it', R, "Nella confezione c'è un cacciavite a stella.", "pass", []),
        ("reviews", 'nl', None, 'Als bedankje voor uw mening op Amazon sturen wij u een cadeaubon van 10 euro.', "reject", ['review.incentive']),
        ("reviews", 'nl', R, 'Zodra uw review zichtbaar is, betalen wij de verzendkosten terug.', "reject", ['review.incentive']),
        ("reviews", 'nl', R, 'Zou u uw sterren willen heroverwegen nu alles is opgelost?', "reject", ['review.change']),
        ("reviews", 'nl', None, 'Wilt u in uw beoordeling vertellen hoe stil het apparaat is?', "reject", ["review.instructions", "review.neutral"]),
        ("reviews", 'nl', R, 'Voor het geval ons vorige bericht gemist is: we horen nog steeds graag uw review.', "reject", ['review.repeat']),
        ("reviews", 'nl', R, 'Als er iets niet goed is, neem dan eerst contact met ons op in plaats van een slechte score te geven.', "reject", ['review.channel']),
        ("reviews", 'nl', None, 'Bent u tevreden met het kleed, dan zouden we een review erg waarderen.', "reject", ['review.request']),
        ("compliant", 'nl', R, 'Bedankt voor uw review, we hebben uw opmerkingen doorgegeven.', "pass", []),
        ("compliant", 'nl', R, 'We hebben uw retourverzoek bekeken en betalen het volledige bedrag terug.', "pass", []),
        ("compliant", 'nl', R, 'Er zit een kruiskopschroevendraaier in de doos.', "pass", []),
        ("reviews", 'pl', R, 'W podziękowaniu za opinię na Amazon wyślemy Panu kartę podarunkową o wartości 50 zł.', "reject", ['review.incentive']),
        ("reviews", 'pl', R, 'Gdy tylko Pani recenzja pojawi się na stronie, zwrócimy koszt wysyłki.', "reject", ['review.incentive']),
        ("reviews", 'pl', None, 'Czy mógłby Pan ponownie przemyśleć liczbę gwiazdek teraz, gdy problem został rozwiązany?', "reject", ['review.change']),
        ("reviews", 'pl', R, 'Prosimy wspomnieć w recenzji, jak łatwy jest montaż.', "reject", ['review.instructions']),
        ("reviews", 'pl', R, 'Gdyby nasza poprzednia wiadomość umknęła, nadal czekamy na Pani opinię.', "reject", ['review.repeat']),
        ("reviews", 'pl', None, 'Jeśli coś jest nie tak, prosimy najpierw napisać do nas, a nie wystawiać oceny.', "reject", ["review.channel", "review.neutral"]),
        ("reviews", 'pl', R, 'Jeżeli dywan się podoba, będziemy wdzięczni za opinię.', "reject", ['review.request']),
        ("compliant", 'pl', R, 'Dziękujemy za opinię, przekazaliśmy uwagi do magazynu.', "pass", []),
        ("compliant", 'pl', R, 'Rozpatrzyliśmy wniosek o zwrot i zwracamy pełną kwotę.', "pass", []),
        ("compliant", 'pl', R, 'W zestawie jest śrubokręt krzyżakowy.', "pass", []),
        ("reviews", 'sv', R, 'Som ett litet tack för ditt omdöme på Amazon skickar vi ett presentkort på 100 kr.', "reject", ['review.incentive']),
        ("reviews", 'sv', None, 'Så snart din recension syns på sidan återbetalar vi fraktkostnaden.', "reject", ['review.incentive']),
        ("reviews", 'sv', R, 'Skulle du kunna tänka dig att se över dina stjärnor nu när allt är löst?', "reject", ['review.change']),
        ("reviews", 'sv', R, 'Skriv gärna i recensionen hur tyst maskinen är.', "reject", ['review.instructions']),
        ("reviews", 'sv', None, 'Om vårt förra meddelande försvann i mängden: vi hoppas fortfarande på ditt omdöme.', "reject", ['review.repeat']),
        ("reviews", 'sv', R, 'Om något inte stämmer, hör av dig till oss först i stället för att sätta ett lågt betyg.', "reject", ['review.channel']),
        ("reviews", 'sv', R, 'Om du gillar mattan skulle en recension betyda mycket.', "reject", ['review.request']),
        ("compliant", 'sv', R, 'Tack för ditt omdöme, vi har skickat dina synpunkter vidare.', "pass", []),
        ("compliant", 'sv', R, 'Vi har gått igenom din returbegäran och återbetalar hela beloppet.', "pass", []),
        ("compliant", 'sv', R, 'En stjärnskruvmejsel ingår i förpackningen.', "pass", []),
        ("reviews", 'tr', None, "Amazon'daki görüşünüz için teşekkür olarak size 100 TL hediye çeki göndereceğiz.", "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'tr', R, 'Yorumunuz yayınlandığı anda kargo ücretini iade ediyoruz.', "reject", ['review.incentive']),
        ("reviews", 'tr', R, 'Sorun çözüldüğüne göre verdiğiniz yıldızları yeniden gözden geçirebilir misiniz?', "reject", ['review.change']),
        ("reviews", 'tr', None, 'Yorumunuzda cihazın ne kadar sessiz olduğunu belirtirseniz seviniriz.', "reject", ['review.instructions']),
        ("reviews", 'tr', R, 'Önceki mesajımızı görmediyseniz: değerlendirmenizi hâlâ bekliyoruz.', "reject", ['review.repeat']),
        ("reviews", 'tr', R, "Bir sorun olursa lütfen Amazon'a puan vermeden önce bize yazın.", "reject", ["review.channel", "review.neutral"]),
        ("reviews", 'tr', None, 'Halıdan memnun kaldıysanız bir değerlendirme bizi çok sevindirir.', "reject", ['review.request']),
        ("compliant", 'tr', R, 'Yorumunuz için teşekkürler, notlarınızı depoya ilettik.', "pass", []),
        ("compliant", 'tr', R, 'İade talebinizi inceledik ve tutarın tamamını iade ediyoruz.', "pass", []),
        ("compliant", 'tr', R, 'Kutuda bir yıldız tornavida bulunuyor.', "pass", []),
        ("reviews", 'pt', R, 'Como agradecimento por deixar sua opinião na Amazon, enviaremos um vale-presente de R$ 50.', "reject", ["review.incentive", "review.neutral"]),
        ("reviews", 'pt', R, 'Assim que sua avaliação estiver publicada, devolvemos o valor do frete.', "reject", ['review.incentive']),
        ("reviews", 'pt', None, 'Agora que tudo foi resolvido, poderia reconsiderar as estrelas que nos deu?', "reject", ['review.change']),
        ("reviews", 'pt', R, 'Na hora de avaliar, lembre-se de comentar como a montagem é fácil.', "reject", ['review.instructions']),
        ("reviews", 'pt', R, 'Caso não tenha visto nossa última mensagem, ainda aguardamos sua avaliação.', "reject", ['review.repeat']),
        ("reviews", 'pt', None, 'Se algo não estiver certo, fale conosco primeiro em vez de dar uma nota baixa.', "reject", ['review.channel']),
        ("reviews", 'pt', R, 'Se gostou do tapete, uma avaliação seria ótima.', "reject", ['review.request']),
        ("compliant", 'pt', R, 'Obrigado pela sua avaliação, repassamos seus comentários ao estoque.', "pass", []),
        ("compliant", 'pt', R, 'Analisamos seu pedido de devolução e reembolsaremos o valor total.', "pass", []),
        ("compliant", 'pt', R, 'A caixa inclui uma chave de fenda estrela.', "pass", []),
        ("reviews", 'id', R, 'Sebagai tanda terima kasih atas ulasan Anda di Amazon, kami akan mengirim voucher senilai Rp100.000.', "reject", ['review.incentive']),
        ("reviews", 'id', None, 'Setelah ulasan Anda tayang, kami kembalikan ongkos kirimnya.', "reject", ['review.incentive']),
        ("reviews", 'id', R, 'Karena masalahnya sudah selesai, bisakah Anda meninjau kembali bintang yang Anda berikan?', "reject", ['review.change']),
        ("reviews", 'id', R, 'Mohon sebutkan di ulasan betapa mudahnya pemasangan.', "reject", ['review.instructions']),
        ("reviews", 'id', None, 'Jika pesan kami sebelumnya terlewat, kami masih menunggu ulasan Anda.', "reject", ['review.repeat']),
        ("reviews", 'id', R, 'Jika ada masalah, hubungi kami dulu sebelum memberi nilai di Amazon.', "reject", ['review.channel']),
        ("reviews", 'id', R, 'Kalau Anda senang dengan karpetnya, ulasan dari Anda akan sangat berarti.', "reject", ['review.request']),
        ("compliant", 'id', R, 'Terima kasih atas ulasan Anda, masukan sudah kami teruskan ke gudang.', "pass", []),
        ("compliant", 'id', R, 'Kami sudah memeriksa permintaan retur Anda dan akan mengembalikan dana sepenuhnya.', "pass", []),
        ("compliant", 'id', R, 'Di dalam kotak ada obeng bintang.', "pass", []),
        ("reviews", 'ja', None, 'Amazonでご感想をお寄せいただいた方には、感謝の気持ちとしてQUOカード500円分をお送りしております。', "reject", ["review.incentive", "review.neutral"]),
        ("reviews", 'ja', R, 'レビューが掲載されましたら、送料を全額返金させていただきます。', "reject", ['review.incentive']),
        ("reviews", 'ja', R, '評価を投稿してくださったお客様に、替え刃セットを無料でプレゼントしています。', "reject", ['review.incentive']),
        ("reviews", 'ja', None, '問題が解決いたしましたので、星の数を見直していただけないでしょうか。', "reject", ['review.change']),
        ("reviews", 'ja', R, 'お手数ですが、先日のコメントを取り下げていただくことは可能でしょうか。', "reject", ['review.change']),
        ("reviews", 'ja', R, 'ご感想を書かれる際は、組み立ての簡単さにも触れていただけると嬉しいです。', "reject", ['review.instructions']),
        ("reviews", 'ja', None, '前回のご連絡が届いていないかもしれませんので、改めてご感想のお願いです。', "reject", ["review.repeat", "review.neutral"]),
        ("reviews", 'ja', R, '万が一ご不満がございましたら、評価される前に当店までご連絡ください。', "reject", ['review.channel']),
        ("reviews", 'ja', R, '気に入っていただけましたら、ぜひレビューをお願いいたします。', "reject", ['review.request']),
        ("compliant", 'ja', R, 'レビューありがとうございます。いただいたご意見は倉庫と共有いたしました。', "pass", []),
        ("compliant", 'ja', R, '返品のご依頼を確認し、全額を返金いたしました。', "pass", []),
        ("compliant", 'ja', R, '破損した取っ手の分として1,200円を返金いたしました。', "pass", []),
        ("compliant", 'ja', R, '付属の星型ドライバーで電池カバーを開けてください。', "pass", []),
        ("reviews", 'zh', None, '作为感谢，在亚马逊上分享使用感受的顾客可获得一张10美元礼品卡。', "reject", ['review.incentive']),
        ("reviews", 'zh', R, '您的评价上线后，我们会把运费全额退还给您。', "reject", ['review.incentive']),
        ("reviews", 'zh', R, '问题已经解决了，能否请您重新考虑一下给我们的星级？', "reject", ['review.change']),
        ("reviews", 'zh', None, '写评价的时候，麻烦提一下安装很方便。', "reject", ['review.instructions']),
        ("reviews", 'zh', R, '怕您没看到上一封邮件，再跟您提一下评价的事。', "reject", ['review.repeat']),
        ("reviews", 'zh', R, '如有任何不满意，请先联系我们，不要直接打低分。', "reject", ['review.channel']),
        ("reviews", 'zh', None, '如果您喜欢这款地毯，期待您的评价。', "reject", ['review.request']),
        ("compliant", 'zh', R, '感谢您的评价，我们已将您的意见转告仓库。', "pass", []),
        ("compliant", 'zh', R, '我们已审核您的退货申请，并全额退款。', "pass", []),
        ("compliant", 'zh', R, '已为损坏的把手退款12美元。', "pass", []),
        ("compliant", 'zh', R, '包装里附带一把十字螺丝刀和星形螺丝刀。', "pass", []),
        ("reviews", 'zh-Hant', R, '為表謝意，在亞馬遜分享使用心得的顧客可獲得一張禮品卡。', "reject", ['review.incentive']),
        ("reviews", 'zh-Hant', R, '您的評價刊登後，我們會退還全部運費。', "reject", ['review.incentive']),
        ("reviews", 'zh-Hant', None, '問題已經解決了，能否請您重新考慮一下給我們的星數？', "reject", ['review.change']),
        ("reviews", 'zh-Hant', R, '撰寫評價時，麻煩提一下安裝很方便。', "reject", ['review.instructions']),
        ("reviews", 'zh-Hant', R, '怕您沒看到上一封信，再跟您提一下評價的事。', "reject", ['review.repeat']),
        ("reviews", 'zh-Hant', None, '如有任何不滿意，請先聯絡我們，不要直接給低分。', "reject", ['review.channel']),
        ("reviews", 'zh-Hant', R, '如果您喜歡這款地毯，期待您的評價。', "reject", ['review.request']),
        ("compliant", 'zh-Hant', R, '感謝您的評價，我們已將您的意見轉告倉庫。', "pass", []),
        ("compliant", 'zh-Hant', R, '我們已審核您的退貨申請，並全額退款。', "pass", []),
        ("compliant", 'zh-Hant', R, '包裝裡附有一把星形螺絲起子。', "pass", []),
        ("reviews", 'ko', R, '아마존에 사용 후기를 올려 주신 분께는 감사의 의미로 1만 원 상품권을 보내 드립니다.', "reject", ['review.incentive']),
        ("reviews", 'ko', None, '리뷰가 게시되면 배송비를 전액 돌려 드리겠습니다.', "reject", ['review.incentive']),
        ("reviews", 'ko', R, '문제가 해결되었으니 주신 별 개수를 다시 한번 고려해 주실 수 있을까요?', "reject", ['review.change']),
        ("reviews", 'ko', R, '후기를 쓰실 때 조립이 쉽다는 점도 함께 적어 주시면 감사하겠습니다.', "reject", ['review.instructions']),
        ("reviews", 'ko', None, '지난번 메시지를 못 보셨을까 봐 리뷰 부탁을 다시 드립니다.', "reject", ["review.repeat", "review.neutral"]),
        ("reviews", 'ko', R, '불편한 점이 있으시면 평점을 주시기 전에 먼저 저희에게 연락해 주세요.', "reject", ['review.channel']),
        ("reviews", 'ko', R, '러그가 마음에 드셨다면 리뷰 한 줄 부탁드려요.', "reject", ['review.request']),
        ("compliant", 'ko', R, '리뷰 감사합니다. 말씀하신 내용은 창고에 전달했습니다.', "pass", []),
        ("compliant", 'ko', R, '반품 요청을 검토했으며 전액 환불해 드렸습니다.', "pass", []),
        ("compliant", 'ko', R, '파손된 손잡이에 대해 12,000원을 환불해 드렸습니다.', "pass", []),
        ("compliant", 'ko', R, '상자에 별 드라이버가 들어 있습니다.', "pass", []),
        ("reviews", 'ar', None, 'تقديرا لمشاركتك رأيك على أمازون، سنرسل لك بطاقة هدية بقيمة 50 ريالا.', "reject", ["review.incentive", "review.neutral"]),
        ("reviews", 'ar', R, 'بمجرد نشر تقييمك سنعيد لك تكلفة الشحن كاملة.', "reject", ['review.incentive']),
        ("reviews", 'ar', R, 'بعد أن تم حل المشكلة، هل يمكنك إعادة النظر في عدد النجوم التي منحتها لنا؟', "reject", ['review.change']),
        ("reviews", 'ar', None, 'عند كتابة رأيك، نرجو أن تذكر سهولة التركيب.', "reject", ['review.instructions']),
        ("reviews", 'ar', R, 'في حال لم تصلك رسالتنا السابقة، ما زلنا ننتظر تقييمك.', "reject", ['review.repeat']),
        ("reviews", 'ar', R, 'إذا واجهت أي مشكلة، تواصل معنا أولا قبل أن تضع تقييما على أمازون.', "reject", ['review.channel']),
        ("reviews", 'ar', None, 'إذا أعجبتك السجادة فسيسعدنا تقييمك.', "reject", ['review.request']),
        ("compliant", 'ar', R, 'شكرا على تقييمك، لقد أبلغنا المستودع بملاحظاتك.', "pass", []),
        ("compliant", 'ar', R, 'راجعنا طلب الإرجاع الخاص بك وسنرد لك المبلغ كاملا.', "pass", []),
        ("compliant", 'ar', R, 'يوجد في العلبة مفك نجمة.', "pass", []),
        ("compliant", 'en', R, 'Once our team has checked the photos, we will refund the full amount to your card.', "pass", []),
        ("compliant", 'en', R, 'After you send the item back, a free return label is not needed: we will cover the postage.', "pass", []),
        ("compliant", 'en', R, 'As a thank-you for your patience, we have added a free set of batteries to the replacement.', "pass", []),
        ("compliant", 'en', R, 'In return for the damaged unit, we will ship a new one free of charge.', "pass", []),
        ("compliant", 'en', R, 'Following up on our earlier message: your replacement shipped today with DPD.', "pass", []),
        ("compliant", 'en', R, 'In case you missed our last message, the refund was issued on Monday.', "pass", []),
        ("compliant", 'en', R, 'Please contact us before you return the item so we can send a prepaid label.', "pass", []),
        ("compliant", 'en', R, 'The reviews on the listing mention the same size issue, so we have updated the size chart.', "pass", []),
        ("compliant", 'en', R, 'We read your review and we are sorry about the delay; a refund of $5 has been issued.', "pass", []),
        ("compliant", 'en', R, 'Your rating of the seller is entirely up to you; the refund has already been processed.', "pass", []),
        ("compliant", 'en', R, 'The product page shows a 4.5 star average, which is why we were surprised by the fault.', "pass", []),
        ("compliant", 'en', R, 'If you write to us with the serial number, we can include the missing screws for free.', "pass", []),
        ("compliant", 'en', R, 'We adjusted the shipping fee on your order and refunded the difference.', "pass", []),
        ("compliant", 'en', R, 'When you write back, please mention the order number so we can find it quickly.', "pass", []),
        ("compliant", 'en', R, "Once your return is received, we'll review it and refund you within 2 days.", "pass", []),
        ("compliant", 'de', R, 'Sobald wir die Fotos geprüft haben, erstatten wir Ihnen den vollen Betrag.', "pass", []),
        ("compliant", 'de', R, 'Als kleines Dankeschön für Ihre Geduld legen wir der Ersatzlieferung einen Gutschein bei.', "pass", []),
        ("compliant", 'de', R, 'Falls unsere letzte Nachricht untergegangen ist: Ihr Ersatz ist bereits unterwegs.', "pass", []),
        ("compliant", 'de', R, 'Bitte melden Sie sich zuerst bei uns, bevor Sie den Artikel zurücksenden.', "pass", []),
        ("compliant", 'es', R, 'Una vez que recibamos el producto devuelto, le reembolsaremos el importe completo.', "pass", []),
        ("compliant", 'es', R, 'Cuando escriba al transportista, mencione el número de seguimiento.', "pass", []),
        ("compliant", 'es', R, 'Por si no vio nuestro mensaje anterior: el reembolso ya está hecho.', "pass", []),
        ("compliant", 'fr', R, 'Dès que nous aurons reçu le colis, nous vous rembourserons intégralement.', "pass", []),
        ("compliant", 'fr', R, "Une fois l'avis de passage déposé, vous avez 15 jours pour retirer le colis gratuitement.", "pass", []),
        ("compliant", 'fr', R, 'Au cas où notre dernier message vous aurait échappé, le remboursement a été effectué.', "pass", []),
        ("compliant", 'it', R, "Appena riceviamo il reso, le rimborseremo l'intero importo.", "pass", []),
        ("compliant", 'it', R, 'Nel caso non avesse visto il nostro ultimo messaggio, il rimborso è già stato effettuato.', "pass", []),
        ("compliant", 'nl', R, 'Zodra wij het pakket retour hebben, betalen wij het volledige bedrag terug.', "pass", []),
        ("compliant", 'pl', R, 'Gdy tylko otrzymamy zwrot, oddamy pieniądze na kartę.', "pass", []),
        ("compliant", 'sv', R, 'När vi har fått tillbaka paketet återbetalar vi hela beloppet.', "pass", []),
        ("compliant", 'tr', R, 'Ürün bize ulaştıktan sonra ücretin tamamını iade edeceğiz.', "pass", []),
        ("compliant", 'pt', R, 'Assim que recebermos a devolução, faremos o reembolso total.', "pass", []),
        ("compliant", 'pt', R, 'Quando a nota fiscal for emitida, enviaremos o reembolso.', "pass", []),
        ("compliant", 'id', R, 'Setelah barang kami terima kembali, dana akan kami kembalikan sepenuhnya.', "pass", []),
        ("compliant", 'ja', R, '商品の到着を確認した後、全額を返金いたします。', "pass", []),
        ("compliant", 'ja', R, '先日はレビューをありがとうございました。交換品は本日発送しました。', "pass", []),
        ("compliant", 'zh', R, '收到退货后，我们会全额退款。', "pass", []),
        ("compliant", 'zh', R, '看到您的评价后，我们立即为您安排了退款。', "pass", []),
        ("compliant", 'ko', R, '반품 상품이 도착하면 전액 환불해 드리겠습니다.', "pass", []),
        ("compliant", 'ar', R, 'بعد مراجعة طلبك سنعيد لك المبلغ كاملا.', "pass", []),
        ("compliant", 'ar', R, 'بعد تقييم حالة المنتج سنرسل لك بديلا مجانا.', "pass", []),
        ("reviews", 'en', R, 'Folks who leave us a rating this week are entered to win a $50 Amazon card.', "reject", ['review.incentive']),
        ("reviews", 'en', R, "We'll knock 25% off your next order the moment your review goes live.", "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'en', None, 'Mind giving your 2-star rating another look now that you have the new charger?', "reject", ['review.change']),
        ("reviews", 'en', R, 'Please say something about the long battery life if you review it.', "reject", ['review.instructions']),
        ("reviews", 'en', R, "Since we haven't heard back, this is a gentle follow-up about rating the mixer.", "reject", ['review.repeat']),
        ("reviews", 'en', None, "If you're not 100% delighted, drop us a line first rather than leaving a poor rating.", "reject", ['review.channel']),
        ("reviews", 'de', R, 'Wer uns eine Rezension schreibt, bekommt einen Rabattcode über 15 Prozent.', "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'de', R, 'Jetzt, wo der Ersatz angekommen ist, könnten Sie Ihre Bewertung vielleicht anpassen?', "reject", ['review.change']),
        ("reviews", 'es', None, 'Ahora que ya tiene el repuesto, ¿podría modificar su calificación?', "reject", ['review.change']),
        ("reviews", 'fr', R, "Une fois votre évaluation publiée, nous vous enverrons un bon d'achat de 10 €.", "reject", ['review.incentive']),
        ("reviews", 'it', R, 'Dopo aver pubblicato la recensione, riceverà un codice sconto del 20%.', "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'pt', None, 'Quem deixar uma avaliação com foto ganha um brinde na próxima compra.', "reject", ["review.incentive", "promo.marketing"]),
        ("reviews", 'ja', R, 'レビューを投稿していただいた後、Amazonギフト券1000円分をお送りします。', "reject", ['review.incentive']),
        ("reviews", 'zh', R, '好评后联系客服即可领取5美元返现。', "reject", ['review.incentive']),
        ("reviews", 'ko', None, '후기 작성해 주신 분께 커피 기프티콘을 드립니다.', "reject", ["review.incentive", "review.neutral"]),
        # Written after the round-6 patterns, as a held-out check (15 of 21 caught before the fixes).
        ("reviews", 'en', R, 'Every customer who shares a review of the grill this month gets a free cover, just reply with your review link.', "reject", ['review.incentive']),
        ("reviews", 'en', R, "Now that the heater works, we'd be grateful if you could revise the stars.", "reject", ['review.change']),
        ("reviews", 'en', None, "We noticed you haven't had time to rate the kettle yet; here's a second nudge.", "reject", ['review.repeat']),
        ("reviews", 'en', R, 'If you decide to review the lamp, please note that it ships with two bulbs.', "reject", ['review.instructions']),
        ("reviews", 'en', R, "Please don't hesitate to reach us first should anything be wrong, instead of posting a low score.", "reject", ['review.channel']),
        ("reviews", 'de', None, 'Für eine Rezension mit Foto senden wir Ihnen kostenlos ein zweites Kissen zu.', "reject", ['review.incentive']),
        ("reviews", 'de', R, 'Wir würden uns freuen, wenn Sie Ihre Sterne nach oben korrigieren.', "reject", ['review.change']),
        ("reviews", 'fr', R, 'Les clients qui laissent une évaluation reçoivent un code de 15 % de réduction.', "reject", ['review.incentive']),
        ("reviews", 'es', None, 'Nos gustaría recordarle de nuevo que su valoración nos importa.', "reject", ['review.repeat']),
        ("reviews", 'it', R, 'Potrebbe gentilmente modificare il suo voto ora che ha ricevuto il rimborso?', "reject", ['review.change']),
        ("reviews", 'nl', R, 'Na het plaatsen van uw review ontvangt u een cadeaubon van 5 euro.', "reject", ['review.incentive']),
        ("reviews", 'pl', None, 'Za wystawienie opinii ze zdjęciem wyślemy bezpłatny zestaw filtrów.', "reject", ["review.incentive", "review.neutral"]),
        ("reviews", 'sv', R, 'Alla som lämnar ett omdöme får ett presentkort på 50 kr.', "reject", ['review.incentive']),
        ("reviews", 'tr', R, 'Yorum yapan müşterilerimize bir sonraki siparişte %10 indirim veriyoruz.', "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'pt', None, 'Poderia atualizar sua nota agora que o problema foi resolvido?', "reject", ['review.change']),
        ("reviews", 'id', R, 'Pembeli yang memberi ulasan akan mendapat hadiah gratis.', "reject", ['review.incentive']),
        ("reviews", 'ja', R, 'レビュー投稿で次回使える500円クーポンを差し上げます。', "reject", ["review.incentive", "promo.coupon"]),
        ("reviews", 'zh', None, '能否麻烦您把评分改一下？问题已经解决了。', "reject", ['review.change']),
        ("reviews", 'zh-Hant', R, '留下評價的買家可獲得小禮物一份。', "reject", ["review.incentive", "review.neutral"]),
        ("reviews", 'ko', R, '문제가 해결되었으니 별점을 수정해 주시면 감사하겠습니다.', "reject", ['review.change']),
        ("reviews", 'ar', None, 'كل من يترك تقييما سيحصل على خصم 10% على طلبه القادم.', "reject", ['review.incentive']),
        ("compliant", 'en', R, 'Every customer who orders before Friday gets free shipping on the replacement part.', "pass", []),
        ("compliant", 'en', R, 'We revised the instructions after reading your comments.', "pass", []),
        ("compliant", 'de', R, 'Wir haben Ihnen kostenlos ein zweites Kissen zugeschickt, da das erste beschädigt war.', "pass", []),
        ("compliant", 'fr', R, 'Les clients qui commandent avant midi reçoivent le colis le lendemain.', "pass", []),
        ("compliant", 'ja', R, '次回のご注文の際は、配送先住所をご確認ください。', "pass", []),
    ]
    write_round("r51", R51)
    # Round 52 (rule round 7): asking the buyer to cancel by advice ("we suggest you cancel",
    # "the easiest would be that you cancel", "you can cancel" after out of stock / a price
    # error / a place the seller cannot ship to) in 16 languages, and the seller cancelling or
    # confirming a cancellation; review requests sent to the product page or "on Amazon",
    # pressure ("every glowing comment on Amazon"), channelling ("tell us first, before you
    # post"); e-mail addresses and phone numbers spelled out in words, messenger handles;
    # compliant traps (thanks-only replies, returns reviewed, refunds, carrier links, "we
    # recommend reading the manual", "we don't sell on Facebook").
    R52 = [
        ('asks', 'en', None, "We've run out of the blue version. It might be easiest if you cancel on your side and we'll make sure no charge goes through.", "reject", ['ask.cancel']),
        ('asks', 'en', None, 'Sadly the courier refuses to ship to your region. Could you request a cancellation through Your Orders?', "reject", ['ask.cancel']),
        ('asks', 'en', None, 'The price shown was a listing error. Please cancel so we can relist it at the right price.', "reject", ['ask.cancel']),
        ('asks', 'en', None, 'Our supplier let us down, so you may want to cancel the order and buy it elsewhere.', "reject", ['ask.cancel']),
        ('asks', 'en', None, "Since we can't ship this to a PO box, the simplest option is for you to cancel it from your account.", "reject", ['ask.cancel']),
        ('asks', 'en', None, 'This item is no longer available. We suggest you cancel the order from your Amazon account.', "reject", ['ask.cancel']),
        ('asks', 'en', None, 'The warehouse has none left, so we recommend cancelling the order on your end.', "reject", ['ask.cancel']),
        ('asks', 'en', None, 'Due to a pricing mistake we cannot honour this order; we would be grateful if you could cancel it.', "reject", ['ask.cancel']),
        ('asks', 'en', None, "Unfortunately it's out of stock. Would it be possible for you to cancel the purchase?", "reject", ['ask.cancel']),
        ('asks', 'en', None, "We can't fulfil this, so feel free to cancel the order via Your Orders.", "reject", ['ask.cancel']),
        ('asks', 'en', None, "It is out of stock - I'd recommend you go ahead and cancel.", "reject", ['ask.cancel']),
        ('asks', 'en', None, 'You might want to cancel this order, as we cannot get more stock until March.', "reject", ['ask.cancel']),
        ('compliant', 'en', R, 'As you asked, the order is cancelled and the refund is on its way.', "pass", []),
        ('compliant', 'en', R, "No problem - we'll cancel it for you right away, nothing for you to do.", "pass", []),
        ('compliant', 'en', None, 'The item is out of stock, so we have cancelled the order ourselves and you have not been charged.', "pass", []),
        ('compliant', 'en', R, 'Would you prefer that we cancel it, or wait two weeks for the restock?', "pass", []),
        ('compliant', 'en', R, 'Your cancellation went through on our side; the refund takes 3-5 days.', "pass", []),
        ('compliant', 'en', R, "You don't have to cancel anything; we will send a replacement.", "pass", []),
        ('asks', 'de', None, 'Der Artikel ist leider vergriffen. Am einfachsten wäre es, wenn Sie die Bestellung selbst stornieren.', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Wegen eines Preisfehlers können wir nicht liefern. Wir empfehlen Ihnen, die Bestellung zu stornieren.', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Könnten Sie bitte eine Stornierung über Ihr Kundenkonto beantragen?', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Wir können nicht in Ihr Land versenden; stornieren Sie daher bitte, damit wir den Betrag nicht einziehen.', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Sie können die Bestellung gerne in Ihrem Konto stornieren, da wir keinen Bestand mehr haben.', "reject", ['ask.cancel']),
        ('compliant', 'de', R, 'Wie von Ihnen gewünscht ist die Bestellung storniert; die Erstattung folgt.', "pass", []),
        ('compliant', 'de', None, 'Der Artikel ist nicht mehr lieferbar, daher haben wir die Bestellung storniert. Ihnen entstehen keine Kosten.', "pass", []),
        ('compliant', 'de', R, 'Sollen wir die Bestellung für Sie stornieren? Eine kurze Antwort genügt.', "pass", []),
        ('asks', 'fr', None, "L'article est en rupture. Le plus simple serait que vous annuliez la commande de votre côté.", "reject", ['ask.cancel']),
        ('asks', 'fr', None, "Suite à une erreur de prix, nous vous conseillons d'annuler votre commande.", "reject", ['ask.cancel']),
        ('asks', 'fr', None, "Pourriez-vous demander l'annulation depuis votre compte Amazon ?", "reject", ['ask.cancel']),
        ('asks', 'fr', None, 'Nous ne pouvons pas livrer en Corse ; vous pouvez annuler la commande depuis Vos commandes.', "reject", ['ask.cancel']),
        ('compliant', 'fr', R, "Comme vous l'avez souhaité, la commande est annulée et le remboursement est en cours.", "pass", []),
        ('compliant', 'fr', None, "Le produit n'est plus disponible : nous avons annulé la commande nous-mêmes, vous ne serez pas débité.", "pass", []),
        ('compliant', 'fr', R, 'Souhaitez-vous que nous annulions la commande pour vous ?', "pass", []),
        ('asks', 'es', None, 'Se nos agotó el producto. Lo más fácil sería que cancelara el pedido desde su cuenta.', "reject", ['ask.cancel']),
        ('asks', 'es', None, 'Por un error en el precio, le recomendamos cancelar el pedido.', "reject", ['ask.cancel']),
        ('asks', 'es', None, 'No podemos enviar a Canarias; puede cancelar el pedido desde Mis pedidos.', "reject", ['ask.cancel']),
        ('asks', 'es', None, '¿Sería posible que usted solicitara la cancelación?', "reject", ['ask.cancel']),
        ('compliant', 'es', R, 'Tal como nos pidió, el pedido ya está cancelado y el reembolso está en curso.', "pass", []),
        ('compliant', 'es', None, 'El artículo se agotó, así que cancelamos el pedido nosotros y no se le cobrará nada.', "pass", []),
        ('compliant', 'es', R, '¿Quiere que cancelemos el pedido por usted?', "pass", []),
        ('asks', 'it', None, "Il prodotto è esaurito. La cosa più semplice sarebbe che lei annullasse l'ordine dal suo account.", "reject", ['ask.cancel']),
        ('asks', 'it', None, "A causa di un errore di prezzo, le consigliamo di annullare l'ordine.", "reject", ['ask.cancel']),
        ('asks', 'it', None, "Non spediamo nelle isole: può annullare l'ordine da I miei ordini.", "reject", ['ask.cancel']),
        ('asks', 'it', None, "Potrebbe richiedere la cancellazione dell'ordine?", "reject", ['ask.cancel']),
        ('compliant', 'it', R, "Come da sua richiesta, l'ordine è annullato e il rimborso è in corso.", "pass", []),
        ('compliant', 'it', None, "Il prodotto è esaurito, quindi abbiamo annullato noi l'ordine: non le verrà addebitato nulla.", "pass", []),
        ('compliant', 'it', R, "Vuole che annulliamo noi l'ordine?", "pass", []),
        ('asks', 'nl', None, 'Het product is uitverkocht. Het makkelijkst is als u de bestelling zelf annuleert.', "reject", ['ask.cancel']),
        ('asks', 'nl', None, 'Door een prijsfout raden wij u aan de bestelling te annuleren.', "reject", ['ask.cancel']),
        ('asks', 'nl', None, 'U kunt de bestelling annuleren via Mijn bestellingen, want wij kunnen niet leveren.', "reject", ['ask.cancel']),
        ('compliant', 'nl', R, 'Zoals u wilde, is de bestelling geannuleerd en wordt het bedrag teruggestort.', "pass", []),
        ('compliant', 'nl', None, 'Het artikel is niet meer leverbaar; wij hebben de bestelling zelf geannuleerd.', "pass", []),
        ('compliant', 'nl', R, 'Zullen wij de bestelling voor u annuleren?', "pass", []),
        ('asks', 'pl', None, 'Towar się wyprzedał. Najprościej będzie, jeśli anuluje Pan zamówienie na swoim koncie.', "reject", ['ask.cancel']),
        ('asks', 'pl', None, 'Z powodu błędu w cenie zalecamy anulowanie zamówienia po Pana stronie.', "reject", ['ask.cancel']),
        ('asks', 'pl', None, 'Nie wysyłamy za granicę, może Pani anulować zamówienie w zakładce Twoje zamówienia.', "reject", ['ask.cancel']),
        ('compliant', 'pl', R, 'Zgodnie z życzeniem zamówienie zostało anulowane, zwrot środków jest w toku.', "pass", []),
        ('compliant', 'pl', None, 'Produkt jest niedostępny, dlatego sami anulowaliśmy zamówienie.', "pass", []),
        ('compliant', 'pl', R, 'Czy mamy anulować zamówienie za Pana?', "pass", []),
        ('asks', 'sv', None, 'Varan är slutsåld. Det enklaste är om du avbryter beställningen själv.', "reject", ['ask.cancel']),
        ('asks', 'sv', None, 'På grund av ett prisfel rekommenderar vi att du avbryter ordern.', "reject", ['ask.cancel']),
        ('asks', 'sv', None, 'Du kan avbryta beställningen under Dina beställningar eftersom vi inte kan leverera.', "reject", ['ask.cancel']),
        ('compliant', 'sv', R, 'Som du önskade är beställningen avbruten och pengarna återbetalas.', "pass", []),
        ('compliant', 'sv', None, 'Varan är slut, så vi har själva avbrutit beställningen.', "pass", []),
        ('compliant', 'sv', R, 'Vill du att vi avbryter beställningen åt dig?', "pass", []),
        ('asks', 'tr', None, 'Ürün tükendi. En kolayı siparişi kendi hesabınızdan iptal etmeniz olur.', "reject", ['ask.cancel']),
        ('asks', 'tr', None, 'Fiyat hatası nedeniyle siparişi iptal etmenizi öneririz.', "reject", ['ask.cancel']),
        ('asks', 'tr', None, 'Bölgenize gönderim yapamıyoruz, siparişi Siparişlerim bölümünden iptal edebilirsiniz.', "reject", ['ask.cancel']),
        ('compliant', 'tr', R, 'İsteğiniz doğrultusunda sipariş iptal edildi, iade işlemde.', "pass", []),
        ('compliant', 'tr', None, 'Ürün stokta kalmadığı için siparişi biz iptal ettik.', "pass", []),
        ('compliant', 'tr', R, 'Siparişi sizin için iptal etmemizi ister misiniz?', "pass", []),
        ('asks', 'pt', None, 'O produto esgotou. O mais fácil seria você cancelar o pedido pela sua conta.', "reject", ['ask.cancel']),
        ('asks', 'pt', None, 'Por causa de um erro de preço, recomendamos que cancele o pedido.', "reject", ['ask.cancel']),
        ('asks', 'pt', None, 'Não entregamos na sua região; você pode cancelar o pedido em Meus pedidos.', "reject", ['ask.cancel']),
        ('compliant', 'pt', R, 'Como você pediu, o pedido foi cancelado e o reembolso está a caminho.', "pass", []),
        ('compliant', 'pt', None, 'O item esgotou, então nós mesmos cancelamos o pedido.', "pass", []),
        ('compliant', 'pt', R, 'Quer que cancelemos o pedido para você?', "pass", []),
        ('asks', 'id', None, 'Stok sudah habis. Paling mudah jika Anda membatalkan pesanan sendiri dari akun Anda.', "reject", ['ask.cancel']),
        ('asks', 'id', None, 'Karena kesalahan harga, kami sarankan Anda membatalkan pesanan.', "reject", ['ask.cancel']),
        ('asks', 'id', None, 'Kami tidak bisa mengirim ke daerah Anda, Anda dapat membatalkan pesanan di menu Pesanan Saya.', "reject", ['ask.cancel', 'important.required']),
        ('compliant', 'id', R, 'Sesuai keinginan Anda, pesanan sudah dibatalkan dan dana sedang dikembalikan.', "pass", []),
        ('compliant', 'id', None, 'Stok habis, jadi kami sendiri yang membatalkan pesanan.', "pass", []),
        ('compliant', 'id', R, 'Apakah Anda ingin kami membatalkan pesanan?', "pass", []),
        ('asks', 'ar', None, 'نفدت الكمية. الأسهل أن تقوم بإلغاء الطلب من حسابك.', "reject", ['ask.cancel']),
        ('asks', 'ar', None, 'بسبب خطأ في السعر، ننصحك بإلغاء الطلب.', "reject", ['ask.cancel']),
        ('asks', 'ar', None, 'لا يمكننا الشحن إلى منطقتك، يمكنك إلغاء الطلب من صفحة طلباتي.', "reject", ['ask.cancel']),
        ('compliant', 'ar', R, 'كما طلبت، تم إلغاء الطلب واسترداد المبلغ جار.', "pass", []),
        ('compliant', 'ar', None, 'نفد المنتج، لذلك ألغينا الطلب بأنفسنا.', "pass", []),
        ('compliant', 'ar', R, 'هل تريد أن نلغي الطلب نيابة عنك؟', "pass", []),
        ('asks', 'ja', None, '在庫が切れてしまいました。お手数ですが、お客様ご自身でご注文の取り消しをお願いできますでしょうか。', "reject", ['ask.cancel']),
        ('asks', 'ja', None, '価格設定に誤りがございました。アカウントからキャンセルしていただくのが一番早いかと存じます。', "reject", ['ask.cancel']),
        ('asks', 'ja', None, 'お届け先地域へ発送できないため、注文履歴からキャンセルいただけますと幸いです。', "reject", ['ask.cancel']),
        ('asks', 'ja', None, '欠品のため、キャンセルをお願いできればと存じます。', "reject", ['ask.cancel']),
        ('compliant', 'ja', R, 'ご希望どおり、ご注文をキャンセルいたしました。返金手続き中です。', "pass", []),
        ('compliant', 'ja', None, '在庫切れのため、当店にてご注文をキャンセルさせていただきました。', "pass", []),
        ('compliant', 'ja', R, 'こちらでキャンセルいたしましょうか？', "pass", []),
        ('asks', 'zh', None, '商品已售罄，您在账户里自行取消订单会最快。', "reject", ['ask.cancel']),
        ('asks', 'zh', None, '因价格标错，建议您取消这笔订单。', "reject", ['ask.cancel']),
        ('asks', 'zh', None, '无法配送到您的地区，您可以在我的订单中取消。', "reject", ['ask.cancel', 'important.required']),
        ('compliant', 'zh', R, '按您的意思，订单已经取消，退款处理中。', "pass", []),
        ('compliant', 'zh', None, '商品缺货，我们已经主动取消了订单，不会扣款。', "pass", []),
        ('compliant', 'zh', R, '需要我们帮您取消订单吗？', "pass", []),
        ('asks', 'zh-Hant', None, '商品已售完，建議您自行取消訂單。', "reject", ['ask.cancel']),
        ('asks', 'zh-Hant', None, '因價格標示錯誤，您可以在我的訂單中取消。', "reject", ['ask.cancel']),
        ('asks', 'zh-Hant', None, '無法寄送到您的地區，最快的方式是您在帳戶中取消訂單。', "reject", ['ask.cancel']),
        ('compliant', 'zh-Hant', R, '依您的意思，訂單已取消，退款處理中。', "pass", []),
        ('compliant', 'zh-Hant', None, '商品缺貨，我們已主動取消訂單。', "pass", []),
        ('compliant', 'zh-Hant', R, '需要我們幫您取消訂單嗎？', "pass", []),
        ('asks', 'ko', None, '품절되어 고객님 계정에서 직접 주문을 취소하시는 것이 가장 빠릅니다.', "reject", ['ask.cancel']),
        ('asks', 'ko', None, '가격 오류로 인해 주문 취소를 권해 드립니다.', "reject", ['ask.cancel']),
        ('asks', 'ko', None, '해당 지역으로 배송이 불가하여 주문 내역에서 취소하실 수 있습니다.', "reject", ['ask.cancel', 'important.required']),
        ('compliant', 'ko', R, '원하신 대로 주문을 취소했고 환불이 진행 중입니다.', "pass", []),
        ('compliant', 'ko', None, '품절로 인해 저희가 주문을 취소했습니다.', "pass", []),
        ('compliant', 'ko', R, '저희가 대신 주문을 취소해 드릴까요?', "pass", []),
        ('reviews', 'en', None, "If the kettle lives up to your expectations, we'd love to hear about it on the product page.", "reject", ['review.request']),
        ('reviews', 'en', None, 'Should anything disappoint you, please tell us first so we can put it right before you post anything.', "reject", ['review.channel']),
        ('reviews', 'en', None, 'As a family business, every glowing comment on Amazon keeps our lights on.', "reject", ['review.request']),
        ('reviews', 'en', None, 'Enjoying the headphones? A few words on Amazon about the sound would be amazing.', "reject", ['review.request']),
        ('reviews', 'en', None, "We hope you're delighted with the rug - if so, would you consider telling other buyers on Amazon?", "reject", ['review.request']),
        ('reviews', 'en', None, 'Before you rate the order, give us a chance to fix any issue - just reply to this email.', "reject", ['review.channel']),
        ('reviews', 'en', None, 'Reviews are the lifeblood of a small shop like ours, so yours would truly make a difference.', "reject", ['review.request']),
        ('reviews', 'en', None, "If you're satisfied, we'd be grateful for your feedback on Amazon.", "reject", ['review.request']),
        ('reviews', 'en', None, 'Loved it? Let the world know on Amazon!', "reject", ['review.request']),
        ('reviews', 'en', None, "If something isn't right, talk to us before leaving feedback and we will sort it out.", "reject", ['review.channel']),
        ('reviews', 'de', None, 'Wenn Ihnen die Lampe gefällt, freuen wir uns sehr über ein paar Worte auf der Produktseite.', "reject", ['review.request']),
        ('reviews', 'de', None, 'Sollte etwas nicht passen, melden Sie sich bitte zuerst bei uns, bevor Sie eine Bewertung schreiben.', "reject", ['review.channel']),
        ('reviews', 'de', None, 'Als kleiner Familienbetrieb sind wir auf jede positive Rückmeldung bei Amazon angewiesen.', "reject", ['review.request']),
        ('reviews', 'de', None, 'Sind Sie zufrieden? Dann erzählen Sie es gerne anderen Käufern auf Amazon.', "reject", ['review.request']),
        ('reviews', 'fr', None, 'Si la bouilloire vous plaît, un mot sur la page du produit nous ferait chaud au cœur.', "reject", ['review.request']),
        ('reviews', 'fr', None, "En cas de souci, contactez-nous d'abord avant de laisser une évaluation.", "reject", ['review.channel']),
        ('reviews', 'fr', None, 'Pour une petite entreprise comme la nôtre, chaque commentaire positif sur Amazon compte énormément.', "reject", ['review.request']),
        ('reviews', 'fr', None, 'Vous êtes satisfait ? Partagez votre expérience avec les autres acheteurs sur Amazon.', "reject", ['review.request']),
        ('reviews', 'es', None, 'Si la lámpara le ha encantado, nos haría mucha ilusión leer su opinión en la página del producto.', "reject", ['review.request']),
        ('reviews', 'es', None, 'Si algo no le convence, escríbanos primero antes de valorar el pedido.', "reject", ['review.channel']),
        ('reviews', 'es', None, 'Somos una pequeña empresa familiar y cada opinión positiva en Amazon nos ayuda a seguir adelante.', "reject", ['review.request']),
        ('reviews', 'es', None, '¿Está contento con su compra? Cuénteselo a otros compradores en Amazon.', "reject", ['review.request']),
        ('reviews', 'it', None, 'Se la lampada le piace, saremmo felicissimi di leggere il suo parere sulla pagina del prodotto.', "reject", ['review.request']),
        ('reviews', 'it', None, 'Se qualcosa non va, ci scriva prima di lasciare una valutazione.', "reject", ['review.channel']),
        ('reviews', 'it', None, 'Per un piccolo negozio come il nostro, ogni commento positivo su Amazon è vitale.', "reject", ['review.request']),
        ('reviews', 'it', None, 'È soddisfatto? Racconti la sua esperienza agli altri clienti su Amazon.', "reject", ['review.request']),
        ('reviews', 'nl', None, 'Bent u blij met de lamp? Dan horen we dat graag op de productpagina.', "reject", ['review.request']),
        ('reviews', 'nl', None, 'Is er iets niet goed, neem dan eerst contact met ons op voordat u een beoordeling plaatst.', "reject", ['review.channel']),
        ('reviews', 'nl', None, 'Voor een klein bedrijf als het onze betekent elke positieve beoordeling op Amazon ontzettend veel.', "reject", ['review.request']),
        ('reviews', 'pl', None, 'Jeśli lampa spełnia Pana oczekiwania, będziemy wdzięczni za kilka słów na stronie produktu.', "reject", ['review.request']),
        ('reviews', 'pl', None, 'W razie problemu prosimy najpierw o kontakt z nami, zanim wystawi Pan ocenę.', "reject", ['review.channel']),
        ('reviews', 'pl', None, 'Dla małej firmy takiej jak nasza każda pozytywna opinia na Amazon jest bezcenna.', "reject", ['review.request']),
        ('reviews', 'sv', None, 'Om du är nöjd med lampan blir vi jätteglada för några rader på produktsidan.', "reject", ['review.request']),
        ('reviews', 'sv', None, 'Om något inte stämmer, hör av dig till oss först innan du betygsätter köpet.', "reject", ['review.channel']),
        ('reviews', 'sv', None, 'För ett litet familjeföretag som vårt betyder varje positivt omdöme på Amazon otroligt mycket.', "reject", ['review.request']),
        ('reviews', 'tr', None, 'Lambadan memnun kaldıysanız ürün sayfasında birkaç güzel söz bizi çok mutlu eder.', "reject", ['review.request']),
        ('reviews', 'tr', None, 'Bir sorun olursa değerlendirme yapmadan önce lütfen önce bize yazın.', "reject", ['review.channel']),
        ('reviews', 'tr', None, "Küçük bir aile işletmesi olarak Amazon'daki her olumlu yorum bizim için çok değerli.", "reject", ['review.request']),
        ('reviews', 'pt', None, 'Se gostou da luminária, ficaríamos muito felizes em ler sua opinião na página do produto.', "reject", ['review.request']),
        ('reviews', 'pt', None, 'Se algo não estiver certo, fale conosco primeiro antes de avaliar o pedido.', "reject", ['review.channel']),
        ('reviews', 'pt', None, 'Para uma pequena empresa como a nossa, cada avaliação positiva na Amazon faz toda a diferença.', "reject", ['review.request']),
        ('reviews', 'id', None, 'Jika Anda puas dengan lampunya, kami akan sangat senang membaca ulasan Anda di halaman produk.', "reject", ['review.request']),
        ('reviews', 'id', None, 'Jika ada masalah, mohon hubungi kami dulu sebelum memberi penilaian.', "reject", ['review.channel', 'review.neutral']),
        ('reviews', 'id', None, 'Bagi usaha kecil seperti kami, setiap ulasan positif di Amazon sangat berarti.', "reject", ['review.request']),
        ('reviews', 'ar', None, 'إذا أعجبك المصباح، يسعدنا أن تكتب بضع كلمات في صفحة المنتج.', "reject", ['review.request']),
        ('reviews', 'ar', None, 'إذا واجهت أي مشكلة، تواصل معنا أولا قبل أن تقيّم الطلب.', "reject", ['review.channel']),
        ('reviews', 'ar', None, 'بالنسبة لمتجر صغير مثلنا، كل تقييم إيجابي على أمازون يعني لنا الكثير.', "reject", ['review.request']),
        ('reviews', 'ja', None, 'ランプを気に入っていただけましたら、商品ページにご感想をいただけると大変励みになります。', "reject", ['review.request']),
        ('reviews', 'ja', None, '何か問題がございましたら、評価を投稿される前にまず当店へご連絡ください。', "reject", ['review.channel', 'review.neutral']),
        ('reviews', 'ja', None, '小さな家族経営の店ですので、Amazonでの高評価が何よりの支えになります。', "reject", ['review.request']),
        ('reviews', 'zh', None, '如果您喜欢这盏灯，欢迎在商品页面分享您的使用感受。', "reject", ['review.request']),
        ('reviews', 'zh', None, '如有任何问题，请在评价之前先联系我们。', "reject", ['review.channel']),
        ('reviews', 'zh', None, '我们是小本经营，您在亚马逊上的每一条好评对我们都非常重要。', "reject", ['review.request']),
        ('reviews', 'zh-Hant', None, '如果您喜歡這盞燈，歡迎在商品頁面分享您的使用心得。', "reject", ['review.request']),
        ('reviews', 'zh-Hant', None, '如有任何問題，請在評價之前先與我們聯繫。', "reject", ['review.channel']),
        ('reviews', 'zh-Hant', None, '我們是小店，您在亞馬遜上的每一則好評對我們都非常重要。', "reject", ['review.request']),
        ('reviews', 'ko', None, '램프가 마음에 드셨다면 상품 페이지에 후기를 남겨 주시면 큰 힘이 됩니다.', "reject", ['review.request']),
        ('reviews', 'ko', None, '문제가 있으시면 평가를 남기시기 전에 먼저 저희에게 연락해 주세요.', "reject", ['review.channel']),
        ('reviews', 'ko', None, '작은 가족 회사인 저희에게 아마존의 긍정적인 리뷰 하나하나가 정말 소중합니다.', "reject", ['review.request']),
        ('contact', 'en', None, 'You can reach me at brightpeak dot support at gmail dot com if Amazon messages are slow.', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'en', None, 'Text us on WhatsApp: plus four four seven seven zero zero nine zero zero one two three.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'en', None, 'Add us on Telegram @brightpeak_help for faster answers.', "reject", ['contact.channel']),
        ('contact', 'en', None, 'Our Instagram is brightpeak.home - send us a DM there.', "reject", ['contact.channel']),
        ('contact', 'en', None, 'Call us: five five five, two zero one, three three four four.', "reject", ['contact.phone']),
        ('contact', 'en', None, 'mail: anna (at) brightpeak (dot) co (dot) uk', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'en', None, 'Find us on Facebook, just search Bright Peak Home and message the page.', "reject", ['contact.channel']),
        ('contact', 'de', None, 'Schreiben Sie uns gern direkt: service ät brightpeak punkt de', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'de', None, 'Per WhatsApp erreichen Sie uns unter null eins sieben sechs, eins zwei drei vier fünf sechs sieben.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'de', None, 'Folgen Sie uns auf Instagram @brightpeak.de und schreiben Sie uns dort.', "reject", ['contact.channel', 'promo.marketing']),
        ('contact', 'fr', None, 'Écrivez-nous sur WhatsApp au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'fr', None, 'Notre adresse : contact arobase brightpeak point fr', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'es', None, 'Escríbanos por WhatsApp al seis uno dos, tres cuatro cinco, seis siete ocho.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'es', None, 'Nuestro correo es ventas arroba brightpeak punto es', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'it', None, 'Ci scriva su WhatsApp al tre tre tre, uno due tre, quattro cinque sei sette.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'it', None, 'La nostra email: assistenza chiocciola brightpeak punto it', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'nl', None, 'Stuur ons een appje via WhatsApp: nul zes, een twee drie vier vijf zes zeven acht.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'nl', None, 'Mail ons op klantenservice apenstaartje brightpeak punt nl', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'pl', None, 'Proszę napisać na WhatsApp: pięćset sto dwieście, trzysta czterdzieści.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'pl', None, 'Nasz e-mail: sklep małpa brightpeak kropka pl', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'sv', None, 'Skriv till oss på WhatsApp: noll sju noll, ett två tre, fyra fem sex sju.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'sv', None, 'Mejla oss på kundtjanst snabel-a brightpeak punkt se', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'tr', None, 'WhatsApp hattımız: sıfır beş yüz otuz iki, yüz yirmi üç, kırk beş altmış yedi.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'tr', None, 'E-posta adresimiz: destek et brightpeak nokta com', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'pt', None, 'Chame a gente no WhatsApp: onze, nove, oito sete seis cinco, quatro três dois um.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'pt', None, 'Nosso e-mail: contato arroba brightpeak ponto com ponto br', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'id', None, 'Hubungi kami di WhatsApp: nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'id', None, 'Email kami: halo et brightpeak titik co titik id', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'ar', None, 'تواصل معنا عبر واتساب على الرقم صفر خمسة خمسة، واحد اثنان ثلاثة، أربعة خمسة ستة.', "reject", ['contact.channel', 'contact.phone']),
        ('contact', 'ar', None, 'راسلنا على البريد: support على brightpeak نقطة com', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'ja', None, 'LINEのIDは brightpeak_jp です。こちらからお気軽にどうぞ。', "reject", ['contact.channel']),
        ('contact', 'ja', None, 'メールはサポート\u3000アットマーク\u3000brightpeak\u3000ドット\u3000jp までお願いします。', "reject", ['contact.email', 'links.spelled-out']),
        ('contact', 'ja', None, 'お電話はゼロキュウゼロ、イチニサンヨン、ゴロクナナハチまで。', "reject", ['contact.phone']),
        ('contact', 'zh', None, '加我微信：brightpeak888，沟通更方便。', "reject", ['contact.channel']),
        ('contact', 'zh', None, '联系电话：一三八零零一三八零零零', "reject", ['contact.phone']),
        ('contact', 'zh-Hant', None, '歡迎加我們的LINE：brightpeak_tw', "reject", ['contact.channel']),
        ('contact', 'zh-Hant', None, '聯絡電話：零九一二三四五六七八', "reject", ['contact.phone']),
        ('contact', 'ko', None, '카카오톡 아이디 brightpeak로 친구 추가해 주세요.', "reject", ['contact.channel']),
        ('contact', 'ko', None, '전화는 공일공 일이삼사 오육칠팔로 주세요.', "reject", ['contact.phone']),
        ('compliant', 'en', R, "For warranty service, please contact the manufacturer through their website's support page.", "pass", []),
        ('compliant', 'en', R, 'Your order number is 113-2045511-7781234; we have refunded it in full.', "pass", []),
        ('compliant', 'en', R, "The courier's customer service can rebook the delivery; just use the link in their text message.", "pass", []),
        ('compliant', 'en', R, "Please reply to this message through Amazon and we'll answer within a day.", "pass", []),
        ('compliant', 'en', R, 'The set includes one star screwdriver and two hex keys.', "pass", []),
        ('compliant', 'de', R, 'Für Garantiefälle wenden Sie sich bitte an den Kundendienst des Herstellers.', "pass", []),
        ('compliant', 'ja', R, 'ご不明な点は、このメッセージへのご返信でお知らせください。', "pass", []),
        ('compliant', 'zh', R, '如需保修，请通过亚马逊消息联系我们。', "pass", []),
        ('compliant', 'ko', R, '보증 서비스는 제조사 고객센터를 이용해 주세요.', "pass", []),
        ('compliant', 'fr', R, 'Pour la garantie, contactez le service client du fabricant.', "pass", []),
        ('compliant', 'en', R, 'Thanks so much, glad it arrived safely!', "pass", []),
        ('compliant', 'en', R, 'We reviewed your return request and approved it; the label is in Your Orders.', "pass", []),
        ('compliant', 'en', R, "Sorry the mug arrived broken. We've refunded the full amount to your card today.", "pass", []),
        ('compliant', 'en', R, "As you asked, we cancelled order 113-2045511-7781234 before it shipped. You won't be charged.", "pass", []),
        ('compliant', 'en', R, "Please review the manual's cleaning section before first use; the filter must be rinsed weekly.", "pass", []),
        ('compliant', 'en', R, "The warranty is handled by the manufacturer's service centre; their details are on the warranty card in the box.", "pass", []),
        ('compliant', 'en', R, 'Royal Mail tracking: https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB', "pass", []),
        ('compliant', 'en', R, 'You can start the return here: https://www.amazon.co.uk/gp/css/order-history', "pass", ['links.amazon-order']),
        ('compliant', 'en', R, 'The kit includes a star screwdriver and a spare fuse.', "pass", []),
        ('compliant', 'en', R, 'Your invoice is attached as a PDF, as requested.', "pass", []),
        ('compliant', 'en', R, "We don't sell on Facebook or Instagram; the account you saw is not ours, so please don't order there.", "pass", []),
        ('compliant', 'en', R, "If you'd like us to cancel, just reply and we will do it for you - there's nothing you need to do.", "pass", []),
        ('compliant', 'en', R, 'We do recommend reading the care guide: avoid the dishwasher and dry it straight away.', "pass", []),
        ('compliant', 'en', R, "The five-star energy rating refers to the fridge's efficiency class.", "pass", []),
        ('compliant', 'en', R, "Out of stock, so we've cancelled the order ourselves; the refund should show in 3-5 days.", "pass", []),
        ('compliant', 'en', R, 'No need to cancel - the replacement is already on its way.', "pass", []),
        ('compliant', 'de', R, 'Vielen Dank, freut uns, dass alles gut angekommen ist!', "pass", []),
        ('compliant', 'de', R, 'Wir haben Ihre Rücksendeanfrage geprüft und genehmigt.', "pass", []),
        ('compliant', 'de', R, 'Die Sendungsverfolgung finden Sie hier: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890', "pass", []),
        ('compliant', 'de', R, 'Wie gewünscht haben wir die Bestellung storniert, bevor sie versandt wurde.', "pass", []),
        ('compliant', 'de', R, 'Bitte lesen Sie vor der ersten Benutzung die Pflegehinweise in der Anleitung.', "pass", []),
        ('compliant', 'de', R, 'Für Garantiefälle ist der Kundendienst des Herstellers zuständig; die Angaben stehen auf der Garantiekarte.', "pass", []),
        ('compliant', 'de', R, 'Der Artikel ist ausverkauft, deshalb haben wir die Bestellung storniert. Sie müssen nichts tun.', "pass", []),
        ('compliant', 'fr', R, 'Merci beaucoup, ravis que le colis soit bien arrivé !', "pass", []),
        ('compliant', 'fr', R, "Nous avons examiné votre demande de retour et l'avons acceptée.", "pass", []),
        ('compliant', 'fr', R, 'Suivi Colissimo : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901', "pass", []),
        ('compliant', 'fr', R, 'Comme demandé, nous avons annulé la commande ; vous ne serez pas débité.', "pass", []),
        ('compliant', 'fr', R, "L'article est en rupture, nous avons donc annulé la commande nous-mêmes. Vous n'avez rien à faire.", "pass", []),
        ('compliant', 'fr', R, 'Nous vous recommandons de lire la notice avant la première utilisation.', "pass", []),
        ('compliant', 'es', R, '¡Muchas gracias! Nos alegra que haya llegado bien.', "pass", []),
        ('compliant', 'es', R, 'Hemos revisado su solicitud de devolución y la hemos aprobado.', "pass", []),
        ('compliant', 'es', R, 'Seguimiento de Correos: https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0712345670128001X', "pass", []),
        ('compliant', 'es', R, 'Se agotó el artículo, así que cancelamos el pedido nosotros. No tiene que hacer nada.', "pass", []),
        ('compliant', 'es', R, 'Le recomendamos leer el manual antes del primer uso.', "pass", []),
        ('compliant', 'it', R, 'Grazie mille, felici che sia arrivato tutto bene!', "pass", []),
        ('compliant', 'it', R, "Abbiamo esaminato la sua richiesta di reso e l'abbiamo approvata.", "pass", []),
        ('compliant', 'it', R, "Il prodotto è esaurito: abbiamo annullato noi l'ordine, lei non deve fare nulla.", "pass", []),
        ('compliant', 'it', R, 'Le consigliamo di leggere il manuale prima del primo utilizzo.', "pass", []),
        ('compliant', 'nl', R, 'Hartelijk dank, fijn dat alles goed is aangekomen!', "pass", []),
        ('compliant', 'nl', R, 'Het artikel is uitverkocht; wij hebben de bestelling zelf geannuleerd. U hoeft niets te doen.', "pass", []),
        ('compliant', 'nl', R, 'Wij raden u aan de handleiding te lezen voor het eerste gebruik.', "pass", []),
        ('compliant', 'nl', R, 'Volg uw pakket via PostNL: https://jouw.postnl.nl/track-and-trace/3SABCD1234567-NL-1234AB', "pass", []),
        ('compliant', 'pl', R, 'Dziękujemy, cieszymy się, że paczka dotarła cała!', "pass", []),
        ('compliant', 'pl', R, 'Produkt jest niedostępny, więc sami anulowaliśmy zamówienie. Nie musi Pan nic robić.', "pass", []),
        ('compliant', 'pl', R, 'Zalecamy przeczytanie instrukcji przed pierwszym użyciem.', "pass", []),
        ('compliant', 'sv', R, 'Tack så mycket, vad roligt att allt kom fram!', "pass", []),
        ('compliant', 'sv', R, 'Varan är slut, så vi har själva avbrutit beställningen. Du behöver inte göra något.', "pass", []),
        ('compliant', 'sv', R, 'Vi rekommenderar att du läser bruksanvisningen före första användningen.', "pass", []),
        ('compliant', 'tr', R, 'Çok teşekkürler, sorunsuz ulaşmasına sevindik!', "pass", []),
        ('compliant', 'tr', R, 'Ürün tükendiği için siparişi biz iptal ettik, sizin bir şey yapmanıza gerek yok.', "pass", []),
        ('compliant', 'tr', R, 'İlk kullanımdan önce kullanım kılavuzunu okumanızı öneririz.', "pass", []),
        ('compliant', 'tr', R, 'Siparişi iptal etmenize gerek yok, yenisi yolda.', "pass", []),
        ('compliant', 'pt', R, 'Muito obrigado, que bom que chegou tudo certo!', "pass", []),
        ('compliant', 'pt', R, 'O item esgotou, por isso nós mesmos cancelamos o pedido. Você não precisa fazer nada.', "pass", []),
        ('compliant', 'pt', R, 'Recomendamos ler o manual antes do primeiro uso.', "pass", []),
        ('compliant', 'pt', R, 'Acompanhe pelos Correios: https://rastreamento.correios.com.br/app/index.php?objeto=AB123456789BR', "pass", []),
        ('compliant', 'id', R, 'Terima kasih banyak, senang paketnya sampai dengan baik!', "pass", []),
        ('compliant', 'id', R, 'Stok habis, jadi kami sendiri yang membatalkan pesanan. Anda tidak perlu melakukan apa pun.', "pass", []),
        ('compliant', 'id', R, 'Kami sarankan membaca buku panduan sebelum pemakaian pertama.', "pass", []),
        ('compliant', 'ar', R, 'شكرا جزيلا، سعداء بوصول الطلب سالما!', "pass", []),
        ('compliant', 'ar', R, 'نفد المنتج، لذلك ألغينا الطلب بأنفسنا ولا داعي لأي إجراء منك.', "pass", []),
        ('compliant', 'ar', R, 'ننصحك بقراءة دليل الاستخدام قبل أول استعمال.', "pass", []),
        ('compliant', 'ja', R, 'ご丁寧にありがとうございます。無事に届いてよかったです。', "pass", []),
        ('compliant', 'ja', R, '返品リクエストを確認し、承認いたしました。', "pass", []),
        ('compliant', 'ja', R, '在庫切れのため、当店でご注文をキャンセルいたしました。お客様のお手続きは不要です。', "pass", []),
        ('compliant', 'ja', R, 'ご使用前に取扱説明書のお手入れ方法をご確認ください。', "pass", []),
        ('compliant', 'ja', R, '追跡番号はヤマト運輸のサイトでご確認いただけます：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko', "pass", []),
        ('compliant', 'zh', R, '非常感谢，很高兴包裹顺利送达！', "pass", []),
        ('compliant', 'zh', R, '商品缺货，我们已经取消了订单，您无需任何操作。', "pass", []),
        ('compliant', 'zh', R, '建议您使用前先阅读说明书。', "pass", []),
        ('compliant', 'zh-Hant', R, '非常感謝，很高興包裹順利送達！', "pass", []),
        ('compliant', 'zh-Hant', R, '商品缺貨，我們已取消訂單，您不需要做任何事。', "pass", []),
        ('compliant', 'zh-Hant', R, '建議您使用前先閱讀說明書。', "pass", []),
        ('compliant', 'ko', R, '감사합니다. 잘 도착해서 다행입니다!', "pass", []),
        ('compliant', 'ko', R, '품절되어 저희가 주문을 취소했습니다. 고객님께서 하실 일은 없습니다.', "pass", []),
        ('compliant', 'ko', R, '처음 사용하시기 전에 설명서를 읽어 보시길 권해 드립니다.', "pass", []),
        ('compliant', 'ko', R, '배송 조회: https://www.cjlogistics.com/ko/tool/parcel/tracking?gnbInvcNo=123456789012', "pass", []),
        ('compliant', 'en', R, 'Our shop on Amazon is the only place we sell; we have no Instagram page.', "pass", []),
        ('compliant', 'en', R, 'The product page lists the dimensions: 30 x 40 cm.', "pass", []),
        ('compliant', 'en', R, "If you're happy with the size, the matching cover is listed under the same ASIN B0C1234567.", "pass", []),
        ('compliant', 'en', R, 'Thank you for the positive review on Amazon, it was lovely to read.', "pass", []),
        ('compliant', 'de', R, 'Die Maße stehen auf der Produktseite: 30 x 40 cm.', "pass", []),
        ('compliant', 'fr', R, 'Les dimensions sont indiquées sur la page du produit.', "pass", []),
        ('compliant', 'ja', R, 'サイズは商品ページに記載しております。', "pass", []),
        ('compliant', 'zh', R, '尺寸请参考商品页面上的说明。', "pass", []),
        ('compliant', 'en', R, 'You can cancel the order yourself in Your Orders until it ships, or we can do it, whichever you prefer.', "pass", []),

    ]
    write_round("r52", R52)
    # Round 53 (rule round 7, second pass): a second set written after the first fixes -
    # "needs to be cancelled from your end", "il faudrait que vous annuliez", "du får gärna
    # avbryta", "mohon dibatalkan"; reviews wished for on Amazon ("a review on Amazon would
    # brighten our week", "consider rating it"), "anything less than a great review"; and
    # compliant traps: invoices in 16 languages, refunds after photos, carriers, [Important]
    # for engraving, delivery days and addresses, delays with an offer to cancel for the buyer.
    R53 = [
        ('asks', 'en', None, 'We oversold the last unit, so would you mind cancelling on Amazon? Apologies for the trouble.', "reject", ['ask.cancel']),
        ('asks', 'en', None, 'Because of the pricing glitch, the order needs to be cancelled from your end.', "reject", ['ask.cancel']),
        ('asks', 'en', None, 'The factory discontinued this model. Cancelling the order yourself would be the quickest way to get your money back.', "reject", ['ask.cancel']),
        ('asks', 'en', None, "Sorry, we can't send batteries by air to your country - please go to Your Orders and request cancellation.", "reject", ['ask.cancel']),
        ('asks', 'en', None, "We no longer have the grey one. If you don't mind, could you cancel and reorder the black?", "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Leider haben wir uns beim Preis vertan. Würden Sie die Bestellung bitte über Ihr Konto zurückziehen?', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Das Modell wird nicht mehr hergestellt; am besten stornieren Sie den Kauf in Ihrem Amazon-Konto.', "reject", ['ask.cancel']),
        ('asks', 'fr', None, "Nous n'avons plus ce modèle ; il faudrait que vous annuliez la commande depuis votre compte.", "reject", ['ask.cancel']),
        ('asks', 'fr', None, "Le prix affiché était erroné, merci de procéder à l'annulation de votre côté.", "reject", ['ask.cancel']),
        ('asks', 'es', None, 'Ya no nos queda stock; tendría que cancelar usted el pedido desde Amazon.', "reject", ['ask.cancel']),
        ('asks', 'es', None, 'Hubo un error de precio, así que le rogamos que anule la compra.', "reject", ['ask.cancel']),
        ('asks', 'it', None, "Non abbiamo più scorte: dovrebbe annullare lei l'acquisto dalla sezione I miei ordini.", "reject", ['ask.cancel']),
        ('asks', 'nl', None, 'Dit artikel is niet meer leverbaar; zou u de bestelling via uw account willen annuleren?', "reject", ['ask.cancel']),
        ('asks', 'pl', None, 'Niestety nie mamy już tego modelu, prosimy o anulowanie zamówienia z Pana konta.', "reject", ['ask.cancel']),
        ('asks', 'sv', None, 'Vi har tyvärr slut på varan, så du får gärna avbryta köpet i ditt konto.', "reject", ['ask.cancel']),
        ('asks', 'tr', None, 'Maalesef stokta kalmadı, siparişinizi iptal etmeniz gerekiyor.', "reject", ['ask.cancel']),
        ('asks', 'pt', None, 'Infelizmente acabou o estoque; pedimos que você cancele a compra na sua conta.', "reject", ['ask.cancel']),
        ('asks', 'id', None, 'Maaf, barang sudah tidak tersedia, mohon dibatalkan saja pesanannya dari akun Anda.', "reject", ['ask.cancel']),
        ('asks', 'ar', None, 'للأسف لم يعد المنتج متوفرا، نرجو أن تلغي الطلب من حسابك.', "reject", ['ask.cancel']),
        ('asks', 'ja', None, '大変申し訳ございませんが、在庫がなくなりましたので、購入履歴からご注文のキャンセルをお願いいたします。', "reject", ['ask.cancel']),
        ('asks', 'zh', None, '非常抱歉，这款已经停产了，麻烦您在后台把订单取消掉。', "reject", ['ask.cancel']),
        ('asks', 'zh-Hant', None, '很抱歉，商品已無庫存，請您到訂單頁面按取消。', "reject", ['ask.cancel']),
        ('asks', 'ko', None, '죄송하지만 재고가 소진되어 고객님께서 주문을 취소해 주셔야 합니다.', "reject", ['ask.cancel']),
        ('reviews', 'en', None, "Hope you're loving the blanket! If you have a spare minute, a review on Amazon would really brighten our week.", "reject", ['review.request']),
        ('reviews', 'en', None, 'Happy customers like you are what keep us going - a couple of lines on the product page would be wonderful.', "reject", ['review.request']),
        ('reviews', 'en', None, "If you're pleased with the knife set, please consider rating it on Amazon.", "reject", ['review.request']),
        ('reviews', 'en', None, 'Please reach out to us before leaving anything less than a great review.', "reject", ['review.channel']),
        ('reviews', 'de', None, 'Wenn Sie mit dem Messer zufrieden sind, würden wir uns über eine Rezension bei Amazon sehr freuen.', "reject", ['review.request']),
        ('reviews', 'de', None, 'Bei Problemen schreiben Sie uns bitte, statt eine schlechte Bewertung abzugeben.', "reject", ['review.channel']),
        ('reviews', 'fr', None, 'Si vous appréciez le couteau, laisser une note sur Amazon nous aiderait beaucoup.', "reject", ['review.request']),
        ('reviews', 'es', None, 'Si le gustó el cuchillo, le agradeceríamos mucho una valoración en Amazon.', "reject", ['review.request']),
        ('reviews', 'it', None, 'Se è contento del coltello, una recensione su Amazon ci farebbe davvero piacere.', "reject", ['review.request']),
        ('reviews', 'nl', None, 'Als u tevreden bent over het mes, zouden we een review op Amazon erg waarderen.', "reject", ['review.request']),
        ('reviews', 'pl', None, 'Jeśli nóż się sprawdza, będziemy wdzięczni za opinię na Amazonie.', "reject", ['review.request']),
        ('reviews', 'sv', None, 'Om du gillar kniven skulle vi bli så glada för en recension på Amazon.', "reject", ['review.request']),
        ('reviews', 'tr', None, "Bıçaktan memnunsanız Amazon'da bir yorum bırakmanız bizi çok mutlu eder.", "reject", ['review.request']),
        ('reviews', 'pt', None, 'Se gostou da faca, uma avaliação na Amazon nos ajudaria demais.', "reject", ['review.request']),
        ('reviews', 'id', None, 'Kalau Anda suka pisaunya, ulasan di Amazon akan sangat membantu toko kecil kami.', "reject", ['review.request']),
        ('reviews', 'ar', None, 'إذا نال السكين إعجابك، فإن تقييمك على أمازون سيسعدنا كثيرا.', "reject", ['review.request']),
        ('reviews', 'ja', None, '包丁にご満足いただけましたら、Amazonでのレビューをいただけますと幸いです。', "reject", ['review.request']),
        ('reviews', 'zh', None, '如果您对刀具满意，麻烦在亚马逊上留个评价，对我们帮助很大。', "reject", ['review.request']),
        ('reviews', 'zh-Hant', None, '如果您對刀具滿意，麻煩在亞馬遜上留個評價，對我們幫助很大。', "reject", ['review.request']),
        ('reviews', 'ko', None, '칼이 마음에 드셨다면 아마존에 리뷰 한 줄 부탁드려요.', "reject", ['review.request']),
        ('compliant', 'en', R, "We've reviewed the photos you sent and a replacement is on its way.", "pass", []),
        ('compliant', 'en', R, 'Thanks for the update - glad the second parcel turned up!', "pass", []),
        ('compliant', 'en', R, 'Your refund for the cracked bowl has been processed in full.', "pass", []),
        ('compliant', 'en', R, 'The manufacturer covers this under its two-year warranty; the warranty leaflet in the box explains how to register.', "pass", []),
        ('compliant', 'de', R, 'Wir haben Ihre Fotos geprüft und schicken Ersatz.', "pass", []),
        ('compliant', 'fr', R, 'Nous avons bien reçu vos photos et vous remboursons intégralement.', "pass", []),
        ('compliant', 'es', R, 'Hemos revisado las fotos y le enviamos un repuesto sin coste.', "pass", []),
        ('compliant', 'it', R, "Abbiamo verificato le foto e le rimborsiamo l'intero importo.", "pass", []),
        ('compliant', 'ja', R, 'お写真を確認いたしました。全額返金の手続きを行いました。', "pass", []),
        ('compliant', 'zh', R, '我们已查看您发来的照片，并已全额退款。', "pass", []),
        ('compliant', 'ko', R, '보내주신 사진을 확인했으며 전액 환불해 드렸습니다.', "pass", []),
        ('compliant', 'ar', R, 'راجعنا الصور التي أرسلتها وتم رد المبلغ كاملا.', "pass", []),
        ('compliant', 'tr', R, 'Gönderdiğiniz fotoğrafları inceledik ve ücretin tamamını iade ettik.', "pass", []),
        ('compliant', 'pl', R, 'Sprawdziliśmy zdjęcia i zwróciliśmy pełną kwotę.', "pass", []),
        ('compliant', 'nl', R, "We hebben de foto's bekeken en het volledige bedrag terugbetaald.", "pass", []),
        ('compliant', 'sv', R, 'Vi har tittat på bilderna och återbetalat hela beloppet.', "pass", []),
        ('compliant', 'pt', R, 'Analisamos as fotos e reembolsamos o valor total.', "pass", []),
        ('compliant', 'id', R, 'Kami sudah memeriksa foto Anda dan mengembalikan dana penuh.', "pass", []),
        ('compliant', 'en', R, 'If the delay is a problem, tell us and we will cancel it for you straight away.', "pass", []),
        ('compliant', 'de', R, 'Falls Ihnen die Wartezeit zu lang ist, sagen Sie Bescheid, dann stornieren wir für Sie.', "pass", []),
        ('compliant', 'fr', R, 'Si le délai ne vous convient pas, dites-le-nous et nous annulerons pour vous.', "pass", []),
        ('compliant', 'es', R, 'Si el retraso le supone un problema, avísenos y cancelamos nosotros.', "pass", []),
        ('compliant', 'ja', R, 'お待ちいただくのが難しい場合は、お知らせいただければ当店でキャンセルいたします。', "pass", []),
        ('compliant', 'zh', R, '如果等待时间太长，请告诉我们，我们会为您取消。', "pass", []),
        ('compliant', 'en', R, "Before we engrave it, please confirm the spelling: 'Emma & Leo 2026'.", "pass", ['important.required']),
        ('compliant', 'en', R, 'Your parcel is with Evri: https://www.evri.com/track/parcel/H01ABC1234567890', "pass", []),
        ('compliant', 'en', R, 'USPS tracking 9400 1000 0000 0000 0000 00 shows it at your local post office.', "pass", []),
        ('compliant', 'en', R, 'Delivery is free of charge for the replacement, of course.', "pass", []),
        ('compliant', 'en', R, 'We appreciate your patience - the new part ships Monday.', "pass", []),
        ('compliant', 'en', R, 'Gift wrap and the gift message were added as you asked.', "pass", []),
        ('compliant', 'en', R, 'Please update your shipping address in Your Orders, then let us know.', "pass", []),
        ('compliant', 'en', R, 'Remove the protective film before first use; it peels off from the corner.', "pass", []),
        ('compliant', 'en', R, "The discount you saw was Amazon's Lightning Deal, which ended on Sunday.", "pass", []),
        ('compliant', 'en', R, 'Keep the original box for 30 days in case you need to return it.', "pass", []),
        ('compliant', 'en', R, 'Our business name on the invoice is Bright Peak Trading Ltd.', "pass", []),
        ('compliant', 'en', R, 'The item rating plate is on the back: 230 V, 50 Hz.', "pass", []),
        ('compliant', 'de', R, 'Ihre Rechnung finden Sie im Anhang; die USt-IdNr. steht unten rechts.', "pass", []),
        ('compliant', 'de', R, 'Das Paket liegt in der Packstation 123; DHL hat Ihnen den Abholcode geschickt.', "pass", []),
        ('compliant', 'de', R, 'Ein Gutschein wurde bei Ihrer Bestellung nicht verwendet; der Preis war regulär.', "pass", []),
        ('compliant', 'de', R, 'Bitte entfernen Sie die Schutzfolie vor dem ersten Gebrauch.', "pass", []),
        ('compliant', 'fr', R, 'Votre facture est jointe à ce message.', "pass", []),
        ('compliant', 'fr', R, 'Le colis est au point relais depuis ce matin.', "pass", []),
        ('compliant', 'fr', R, 'La garantie du fabricant couvre deux ans ; la carte de garantie est dans la boîte.', "pass", []),
        ('compliant', 'es', R, 'Adjuntamos la factura de su pedido.', "pass", []),
        ('compliant', 'es', R, 'El mensajero de SEUR intentará la entrega de nuevo mañana.', "pass", []),
        ('compliant', 'it', R, 'In allegato trova la fattura del suo ordine.', "pass", []),
        ('compliant', 'it', R, 'Il corriere GLS ripasserà domani mattina.', "pass", []),
        ('compliant', 'nl', R, 'In de bijlage vindt u de factuur van uw bestelling.', "pass", []),
        ('compliant', 'pl', R, 'W załączniku przesyłamy fakturę VAT do zamówienia.', "pass", []),
        ('compliant', 'sv', R, 'Fakturan finns bifogad i detta meddelande.', "pass", []),
        ('compliant', 'tr', R, 'Siparişinizin faturası ektedir.', "pass", []),
        ('compliant', 'pt', R, 'Segue em anexo a nota fiscal do seu pedido.', "pass", []),
        ('compliant', 'id', R, 'Terlampir faktur untuk pesanan Anda.', "pass", []),
        ('compliant', 'ar', R, 'مرفق فاتورة طلبك.', "pass", []),
        ('compliant', 'ja', R, '領収書を添付いたしましたのでご確認ください。', "pass", []),
        ('compliant', 'zh', R, '附件是您订单的发票，请查收。', "pass", []),
        ('compliant', 'zh-Hant', R, '附件為您訂單的發票，請查收。', "pass", []),
        ('compliant', 'ko', R, '주문하신 상품의 영수증을 첨부해 드립니다.', "pass", []),
        ('compliant', 'en', R, "Thanks again for letting us know about the scratch. We've issued a partial refund of $8.", "pass", []),
        ('compliant', 'en', R, "Please feel free to reply here if the fit isn't right; we'll exchange it.", "pass", []),
        ('compliant', 'en', R, "Did the second charger work? If not, we'll send a different model.", "pass", []),
        ('compliant', 'en', R, 'Following up on your question: yes, the lid is dishwasher safe.', "pass", []),
        ('compliant', 'en', R, 'We checked with our warehouse again and the parcel left on Tuesday.', "pass", []),
        ('compliant', 'en', R, "Your satisfaction matters to us, so we've refunded the shipping.", "pass", []),
        ('compliant', 'en', R, 'If you are happy with the replacement, there is nothing else you need to do.', "pass", []),
        ('compliant', 'de', R, 'Wenn Sie mit dem Ersatz zufrieden sind, müssen Sie nichts weiter tun.', "pass", []),
        ('compliant', 'fr', R, "Si vous êtes satisfait du remplacement, vous n'avez rien d'autre à faire.", "pass", []),
        ('compliant', 'es', R, 'Si está satisfecho con el reemplazo, no tiene que hacer nada más.', "pass", []),
        ('compliant', 'ja', R, '交換品にご満足いただけましたら、特にお手続きは不要です。', "pass", []),
        ('compliant', 'zh', R, '如果您对换货满意，就不需要再做任何操作了。', "pass", []),
        ('compliant', 'ko', R, '교환품이 마음에 드시면 따로 하실 일은 없습니다.', "pass", []),
        ('compliant', 'en', R, 'Our customer service hours are 9-5, Monday to Friday; we reply to every message here.', "pass", []),
        ('compliant', 'en', R, 'The WhatsApp you mentioned is not ours; please only use Amazon messages with us.', "pass", []),
        ('compliant', 'en', R, 'The five stars printed on the lid are part of the design.', "pass", []),
        ('compliant', 'en', R, 'Sorry for the trouble! Our team double-checked the label and re-sent it.', "pass", []),
        ('important', 'en', '[Important] Engraving text for order 113-2045511-7781234', "Before we engrave the watch, please confirm the back should read 'For Sam, 10 years'. We start once you reply.", "pass", []),
        ('important', 'en', '[Important] Delivery of your wardrobe', 'The freight company can deliver on Wednesday 2 December or Friday 4 December, between 8am and 1pm. Which day works for you?', "pass", []),
        ('important', 'en', '[Important] Problem with your shipping address', 'The carrier returned the parcel because the house number is missing. Could you send us the full address for order 113-2045511-7781234?', "pass", []),
        ('important', 'de', '[Important] Gravurtext Bestellung 303-1234567-1234567', 'Bitte bestätigen Sie uns den Text für die Gravur: „Anna & Tom“. Wir beginnen erst nach Ihrer Antwort.', "pass", []),
        ('important', 'fr', '[Important] Livraison de votre armoire - commande 402-1234567-1234567', 'Le transporteur peut livrer mercredi ou vendredi matin. Quel jour vous convient ?', "pass", []),
        ('important', 'es', '[Important] Dirección de envío - pedido 404-1234567-1234567', 'El paquete volvió porque falta el número de piso. ¿Nos indica la dirección completa?', "pass", []),
        ('important', 'it', '[Important] Testo da ricamare - ordine 405-1234567-1234567', "Ci conferma il nome da ricamare sull'asciugamano? Iniziamo appena riceviamo la sua risposta.", "pass", []),
        ('important', 'ja', '[重要] ご注文 250-1234567-7654321 の刻印について', '刻印する文字「HARU 2026」でお間違いないかご確認ください。ご返信をいただいてから制作いたします。', "pass", []),
        ('important', 'zh', '[重要] 订单 113-1234567-1234567 的收货地址', '快递因缺少门牌号退回，请回复完整地址，我们会重新寄出。', "pass", []),
        ('important', 'ko', '[Important] 주문 113-1234567-1234567 배송 일정', '대형 가구라 목요일 또는 금요일에 배송이 가능합니다. 어느 날이 편하신가요?', "pass", []),
        ('compliant', 'en', 'Order 113-2045511-7781234: delay', 'Our courier has a backlog, so your order will arrive about three days later than shown. We have adjusted nothing else; no action is needed from you, and if you would prefer not to wait, tell us and we will cancel it for you.', "pass", []),
        ('compliant', 'de', 'Bestellung 303-1234567-1234567: Verzögerung', 'Wegen eines Engpasses beim Versanddienstleister kommt Ihre Bestellung etwa drei Tage später. Wenn Sie nicht warten möchten, antworten Sie kurz und wir stornieren für Sie.', "pass", []),
        ('compliant', 'en', 'Order 113-2045511-7781234: question about size', 'You ordered the 40 cm cover but the cushion in your order is 45 cm. Should we send the 45 cm cover instead? We will hold the parcel until you reply.', "pass", []),
        ('compliant', 'en', 'Order 113-2045511-7781234: warranty document', "Please find the manufacturer's warranty certificate attached for your records, as required for this appliance.", "pass", []),

    ]
    write_round("r53", R53)
    # Round 54 (rule round 7, third pass): "if we met your expectations / earned it" and
    # "a nice review" in 16 languages; "it would help us if you cancelled" and "so please do it
    # from your account"; traps: carrier notices ("avis de passage", "avviso di giacenza"),
    # "we reviewed / evaluated your return" in 16 languages, "would it help if we cancelled".
    R54 = [
        ('compliant', 'fr', R, "Le livreur a laissé un avis de passage ; vous pouvez retirer le colis au bureau de poste avec votre pièce d'identité.", "pass", []),
        ('compliant', 'fr', R, 'Merci pour votre avis sur la taille, nous avons ajouté un guide des tailles dans le colis.', "pass", []),
        ('compliant', 'fr', R, "À notre avis, le plus simple est un échange contre la taille 42 ; nous envoyons l'étiquette retour.", "pass", []),
        ('compliant', 'it', R, "Il corriere ha lasciato un avviso di giacenza: può ritirare il pacco all'ufficio postale.", "pass", []),
        ('compliant', 'de', R, 'Die Bewertung des Transportschadens durch DHL dauert etwa eine Woche; wir erstatten Ihnen den Betrag schon heute.', "pass", []),
        ('compliant', 'de', R, 'Der Zusteller hat eine Benachrichtigungskarte eingeworfen; das Paket liegt in der Filiale.', "pass", []),
        ('compliant', 'es', R, 'La valoración del daño la hace la agencia de transporte; mientras tanto le enviamos otra unidad.', "pass", []),
        ('compliant', 'es', R, 'En nuestra opinión, el cambio de talla es lo más rápido; le enviamos la etiqueta.', "pass", []),
        ('compliant', 'it', R, "Secondo noi la soluzione più semplice è il cambio taglia; le mandiamo l'etichetta di reso.", "pass", []),
        ('compliant', 'nl', R, 'Wij beoordelen uw retourverzoek binnen twee werkdagen.', "pass", []),
        ('compliant', 'pl', R, 'Ocena reklamacji potrwa do 14 dni, ale wysyłamy nowy egzemplarz już dziś.', "pass", []),
        ('compliant', 'sv', R, 'Vi har granskat din retur och godkänt den.', "pass", []),
        ('compliant', 'tr', R, 'İade talebinizi değerlendirdik ve onayladık.', "pass", []),
        ('compliant', 'pt', R, 'Avaliamos o seu pedido de devolução e aprovamos o reembolso.', "pass", []),
        ('compliant', 'id', R, 'Kami sudah meninjau permintaan pengembalian Anda dan menyetujuinya.', "pass", []),
        ('compliant', 'ar', R, 'قمنا بمراجعة طلب الإرجاع الخاص بك والموافقة عليه.', "pass", []),
        ('compliant', 'ja', R, 'ご不在連絡票が入っていたとのこと、再配達のご依頼は配送業者のサイトから可能です。', "pass", []),
        ('compliant', 'ja', R, '返品理由を拝見し、評価いたしました結果、全額返金とさせていただきます。', "pass", []),
        ('compliant', 'zh', R, '我们已审核您的退货申请，退款将在3-5个工作日内到账。', "pass", []),
        ('compliant', 'ko', R, '반품 요청을 검토하여 승인해 드렸습니다.', "pass", []),
        ('compliant', 'en', R, 'Our star rating on the energy label is A+, which is the highest for this size.', "pass", []),
        ('compliant', 'en', R, "I've attached the user manual as a PDF; page 6 explains the reset.", "pass", []),
        ('compliant', 'en', R, 'The feedback you gave about the lid has been passed to our designer - thank you.', "pass", []),
        ('compliant', 'en', R, 'You are welcome! Enjoy the new kettle.', "pass", []),
        ('compliant', 'en', R, 'Happy to help - enjoy your weekend.', "pass", []),
        ('compliant', 'de', R, 'Gern geschehen! Viel Freude mit dem neuen Wasserkocher.', "pass", []),
        ('compliant', 'ja', R, 'どういたしまして。新しいケトルをお楽しみください。', "pass", []),
        ('reviews', 'en', None, "We'd really appreciate it if you could take a moment to share a 5-star rating with others.", "reject", ['review.request']),
        ('reviews', 'en', None, 'Your opinion matters! If we earned it, please leave us a rating on Amazon.', "reject", ['review.request']),
        ('reviews', 'en', None, "If we met your expectations, we'd be honoured to receive your review.", "reject", ['review.request']),
        ('reviews', 'en', None, "If you're not completely happy, don't post a review - just hit reply and we'll make it right.", "reject", ['review.channel', 'review.request']),
        ('reviews', 'de', None, 'Falls wir Ihre Erwartungen erfüllt haben, freuen wir uns über eine Bewertung mit fünf Sternen.', "reject", ['review.request']),
        ('reviews', 'fr', None, 'Si nous avons été à la hauteur, une évaluation 5 étoiles serait la plus belle récompense.', "reject", ['review.request']),
        ('reviews', 'es', None, 'Si cumplimos sus expectativas, le pedimos que nos deje una buena valoración.', "reject", ['review.request']),
        ('reviews', 'it', None, "Se siamo stati all'altezza, ci lasci una bella recensione.", "reject", ['review.request']),
        ('reviews', 'nl', None, 'Hebben wij aan uw verwachtingen voldaan? Laat dan een mooie review achter.', "reject", ['review.request']),
        ('reviews', 'pl', None, 'Jeśli spełniliśmy Pana oczekiwania, prosimy o pozytywną opinię.', "reject", ['review.request']),
        ('reviews', 'sv', None, 'Har vi levt upp till dina förväntningar får du gärna ge oss ett bra betyg.', "reject", ['review.request']),
        ('reviews', 'tr', None, 'Beklentilerinizi karşıladıysak bize güzel bir yorum bırakır mısınız?', "reject", ['review.request']),
        ('reviews', 'pt', None, 'Se atendemos às suas expectativas, deixe uma boa avaliação, por favor.', "reject", ['review.request']),
        ('reviews', 'id', None, 'Jika kami memenuhi harapan Anda, mohon berikan ulasan yang baik.', "reject", ['review.request']),
        ('reviews', 'ar', None, 'إذا كنا عند حسن ظنك، نرجو أن تترك لنا تقييما جيدا.', "reject", ['review.request']),
        ('reviews', 'ja', None, 'ご期待に沿えましたら、ぜひ良いレビューをお願いいたします。', "reject", ['review.request']),
        ('reviews', 'zh', None, '如果我们的服务让您满意，请给个好评吧。', "reject", ['review.request']),
        ('reviews', 'zh-Hant', None, '如果我們的服務讓您滿意，請給個好評吧。', "reject", ['review.request']),
        ('reviews', 'ko', None, '기대에 부응했다면 좋은 평가 부탁드립니다.', "reject", ['review.request']),
        ('asks', 'en', None, "The marketplace won't let us cancel without hurting our metrics, so please do it from your account.", "reject", ['ask.cancel']),
        ('asks', 'en', None, 'Amazon needs the cancellation to come from you, so kindly submit it in Your Orders.', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Es wäre uns eine große Hilfe, wenn Sie die Bestellung selbst stornieren.', "reject", ['ask.cancel']),
        ('asks', 'es', None, 'Nos ayudaría mucho que usted anulara el pedido desde su cuenta.', "reject", ['ask.cancel']),
        ('asks', 'it', None, "Ci aiuterebbe molto se annullasse lei l'ordine.", "reject", ['ask.cancel']),
        ('asks', 'ja', None, 'お客様側でキャンセル操作をしていただけると助かります。', "reject", ['ask.cancel']),
        ('asks', 'zh', None, '如果您能自己取消订单，对我们帮助很大。', "reject", ['ask.cancel']),
        ('asks', 'ko', None, '고객님께서 주문을 취소해 주시면 큰 도움이 됩니다.', "reject", ['ask.cancel']),
        ('asks', 'fr', None, 'Cela nous aiderait beaucoup si vous annuliez la commande vous-même.', "reject", ['ask.cancel']),
        ('asks', 'pt', None, 'Ajudaria muito se você mesmo cancelasse o pedido.', "reject", ['ask.cancel']),
        ('asks', 'tr', None, 'Siparişi sizin iptal etmeniz bizim için büyük kolaylık olur.', "reject", ['ask.cancel']),
        ('compliant', 'es', R, '¿Le ayudaría si cancelamos nosotros el pedido y le enviamos otro modelo?', "pass", []),
        ('compliant', 'it', R, "Le sarebbe d'aiuto se annullassimo noi l'ordine?", "pass", []),
        ('compliant', 'pt', R, 'Ajudaria se nós cancelássemos o pedido para você?', "pass", []),
        ('compliant', 'de', R, 'Würde es Ihnen helfen, wenn wir die Bestellung für Sie stornieren?', "pass", []),
        ('compliant', 'fr', R, 'Cela vous aiderait-il si nous annulions la commande pour vous ?', "pass", []),
        ('compliant', 'en', R, 'Would it help if we cancelled it for you? Just say the word.', "pass", []),
        ('compliant', 'zh', R, '如果需要，我们可以帮您取消订单，对您会更方便。', "pass", []),

    ]
    write_round("r54", R54)
    # Round 55 (rule round 7, fourth pass): "we kindly ask that the order be cancelled from your
    # account", "cancelling would solve it fastest", "eine Stornierung wäre die schnellste Lösung",
    # "l'ideale sarebbe", "por gentileza cancele"; handles ("IG: name", "DM us", WeChat ID, 카톡,
    # ラインID); national carriers' tracking links, thanks-only replies, warranty service without
    # contact details, "free carry bag", check-mark lists, problem-with-order notices; one
    # neutral review request per language (a warning).
    R55 = [
        ('asks', 'en', None, 'Our listing showed the wrong price by mistake. We kindly ask that the order be cancelled from your account.', "reject", ['ask.cancel']),
        ('asks', 'en', None, "Since the item won't be back in stock until next year, it may be better for you to cancel and order elsewhere.", "reject", ['ask.cancel']),
        ('asks', 'en', None, "We're unable to deliver to your postcode. Cancelling via Your Orders would solve it fastest.", "reject", ['ask.cancel']),
        ('asks', 'en', None, 'The item got damaged in our warehouse. Please submit a cancellation so Amazon refunds you.', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Die Ware ist leider nicht mehr verfügbar. Eine Stornierung über Ihr Konto wäre die schnellste Lösung.', "reject", ['ask.cancel']),
        ('asks', 'de', None, 'Wir können nicht auf die Kanaren liefern – bitte die Bestellung über „Meine Bestellungen“ stornieren.', "reject", ['ask.cancel']),
        ('asks', 'fr', None, "L'article n'est plus fabriqué ; une annulation de votre part serait la solution la plus rapide.", "reject", ['ask.cancel']),
        ('asks', 'es', None, 'El producto ya no se fabrica; lo mejor es que anule usted el pedido.', "reject", ['ask.cancel']),
        ('asks', 'it', None, "Non riusciamo a spedire nella sua zona: l'ideale sarebbe che annullasse l'ordine.", "reject", ['ask.cancel']),
        ('asks', 'nl', None, 'Door een fout in de prijs vragen wij u vriendelijk de bestelling te annuleren.', "reject", ['ask.cancel']),
        ('asks', 'pl', None, 'Niestety towar jest niedostępny, dlatego prosimy Pana o anulowanie zamówienia.', "reject", ['ask.cancel']),
        ('asks', 'sv', None, 'Vi kan tyvärr inte leverera till din adress, så vi ber dig att avbryta ordern.', "reject", ['ask.cancel']),
        ('asks', 'tr', None, 'Ürün hasar gördü, lütfen siparişinizi hesabınızdan iptal ediniz.', "reject", ['ask.cancel']),
        ('asks', 'pt', None, 'Não temos mais o produto, então por gentileza cancele a compra.', "reject", ['ask.cancel']),
        ('asks', 'id', None, 'Produk sudah tidak diproduksi lagi, jadi silakan Anda batalkan pesanan.', "reject", ['ask.cancel']),
        ('asks', 'ar', None, 'المنتج لم يعد متاحا، لذا نرجو منك التكرم بإلغاء الطلب.', "reject", ['ask.cancel']),
        ('asks', 'ja', None, '商品が入荷しない見込みのため、恐れ入りますがご注文の取消をお願い申し上げます。', "reject", ['ask.cancel']),
        ('asks', 'zh', None, '这个价格标错了，能不能请您取消一下订单？', "reject", ['ask.cancel']),
        ('asks', 'zh-Hant', None, '這個價格標錯了，能不能請您取消一下訂單？', "reject", ['ask.cancel']),
        ('asks', 'ko', None, '가격이 잘못 등록되어 주문을 취소해 주실 수 있을까요?', "reject", ['ask.cancel']),
        ('contact', 'en', None, 'IG: brightpeak.home - DM us for quick replies.', "reject", ['contact.channel']),
        ('contact', 'en', None, 'Our WeChat ID is BrightPeak2026.', "reject", ['contact.channel']),
        ('contact', 'en', None, 'Ping us on Viber anytime.', "reject", ['contact.channel']),
        ('contact', 'zh', None, '微信号：brightpeak_cn', "reject", ['contact.channel']),
        ('contact', 'ja', None, 'ラインID：@brightpeak でお問い合わせください。', "reject", ['contact.channel']),
        ('contact', 'ko', None, '카톡 아이디 brightpeak 로 문의 주세요.', "reject", ['contact.channel']),
        ('contact', 'de', None, 'Sie erreichen uns auch per Insta: brightpeak.de', "reject", ['contact.channel', 'links.url']),
        ('contact', 'tr', None, 'Instagram hesabımız: brightpeak.tr, oradan yazabilirsiniz.', "reject", ['contact.channel', 'links.url']),
        ('contact', 'pt', None, 'Chama no zap: onze nove oito sete seis cinco quatro três dois um.', "reject", ['contact.channel', 'contact.phone']),
        ('compliant', 'en', R, "The IG in the model name stands for 'induction grade'.", "pass", []),
        ('compliant', 'en', R, 'Your order ID is 113-2045511-7781234 and the ASIN is B0C1234567.', "pass", []),
        ('compliant', 'en', R, 'The line cord is 2 m long.', "pass", []),
        ('compliant', 'ja', R, '商品のラインナップは現在この3色のみです。', "pass", []),
        ('compliant', 'en', R, 'Your parcel is with Parcelforce: https://www.parcelforce.com/track-trace?trackNumber=PBXA1234567890', "pass", []),
        ('compliant', 'de', R, 'Hermes-Sendungsverfolgung: https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H1234567890123456789', "pass", []),
        ('compliant', 'de', R, 'Ihr Paket ist mit GLS unterwegs: https://gls-group.com/DE/de/paketverfolgung?match=12345678901', "pass", []),
        ('compliant', 'fr', R, 'Suivi Chronopost : https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR', "pass", []),
        ('compliant', 'es', R, 'Seguimiento MRW: https://www.mrw.es/seguimiento_envios/MRW_resultados_consultas.asp?num=012345678901', "pass", []),
        ('compliant', 'it', R, 'Tracciamento Poste Italiane: https://www.poste.it/cerca/index.html#/risultati-spedizioni/RR123456789IT', "pass", []),
        ('compliant', 'nl', R, 'Track & trace van DHL: https://www.dhlparcel.nl/nl/volg-uw-zending?tt=JVGL0612345678', "pass", []),
        ('compliant', 'pl', R, 'Śledzenie DPD: https://tracktrace.dpd.com.pl/parcelDetails?p1=1234567890123', "pass", []),
        ('compliant', 'sv', R, 'Spåra med Bring: https://tracking.bring.se/tracking/370123456789012345', "pass", []),
        ('compliant', 'tr', R, 'Yurtiçi Kargo takip: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=123456789012', "pass", []),
        ('compliant', 'pt', R, 'Rastreio CTT: https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=RR123456789PT', "pass", []),
        ('compliant', 'ja', R, '日本郵便の追跡: https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=123456789012', "pass", []),
        ('compliant', 'ko', R, '한진택배 조회: https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?wblnum=123456789012', "pass", []),
        ('compliant', 'zh', R, '顺丰单号 SF1234567890123，查询：https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890123', "pass", []),
        ('compliant', 'en', R, 'You can see the return status under Your Orders > Return/Refund status: https://www.amazon.com/gp/your-account/order-history', "pass", ['links.amazon-order']),
        ('compliant', 'en', R, 'Thanks!', "pass", []),
        ('compliant', 'de', R, 'Danke schön!', "pass", []),
        ('compliant', 'fr', R, 'Merci à vous !', "pass", []),
        ('compliant', 'es', R, '¡Gracias a usted!', "pass", []),
        ('compliant', 'ja', R, 'ありがとうございます！', "pass", []),
        ('compliant', 'zh', R, '谢谢！', "pass", []),
        ('compliant', 'ko', R, '감사합니다!', "pass", []),
        ('compliant', 'ar', R, 'شكرا لك!', "pass", []),
        ('compliant', 'en', R, 'The manufacturer runs its own warranty service; just mention the serial number on the warranty card when you contact them.', "pass", []),
        ('compliant', 'de', R, 'Die Garantie läuft direkt über den Hersteller; halten Sie bitte die Seriennummer bereit.', "pass", []),
        ('compliant', 'es', R, 'La garantía la gestiona el servicio técnico oficial del fabricante; tenga a mano el número de serie.', "pass", []),
        ('compliant', 'it', R, "La garanzia è gestita dall'assistenza ufficiale del produttore; tenga pronto il numero di serie.", "pass", []),
        ('compliant', 'ja', R, '保証はメーカーのサポート窓口にて承っております。製造番号をご用意ください。', "pass", []),
        ('compliant', 'en', R, 'Good news: the replacement ships free of charge, no need to return the damaged one.', "pass", []),
        ('compliant', 'en', R, 'This model comes with a free carry bag in the box - it should be under the foam insert.', "pass", []),
        ('compliant', 'de', R, 'Die Tragetasche ist gratis dabei; sie liegt unter dem Schaumstoff.', "pass", []),
        ('compliant', 'en', R, "Sorry - the discount code field at checkout is Amazon's; we can't apply codes from our side.", "pass", []),
        ('compliant', 'en', R, "We also have this in a larger size, as you asked: choose 'XL' in the size menu of the same listing.", "pass", []),
        ('compliant', 'en', R, 'Step 1: remove the cap.\nStep 2: fill with water.\nStep 3: press the button for 3 seconds.', "pass", []),
        ('compliant', 'en', R, '✔ Refund issued\n✔ Return label cancelled', "pass", []),
        ('compliant', 'ja', R, '※返金は3〜5営業日で反映されます。★印の項目をご確認ください。', "pass", []),
        ('compliant', 'en', 'Order 113-2045511-7781234 - problem with your order', "We're sorry: the item was damaged in our warehouse, so we cancelled the order and refunded you in full. The order amount has been adjusted to zero.", "pass", []),
        ('compliant', 'de', 'Bestellung 303-1234567-1234567 - Problem mit Ihrer Bestellung', 'Leider wurde der Artikel in unserem Lager beschädigt. Wir haben die Bestellung storniert und den vollen Betrag erstattet.', "pass", []),
        ('compliant', 'fr', 'Commande 402-1234567-1234567 - problème', "L'article a été endommagé dans notre entrepôt : nous avons annulé la commande et vous avons remboursé intégralement.", "pass", []),
        ('compliant', 'ja', 'ご注文 250-1234567-7654321 について', '誠に申し訳ございません。倉庫内で商品が破損したため、ご注文をキャンセルし、全額返金いたしました。', "pass", []),
        ('compliant', 'en', 'Order 113-2045511-7781234: return question', 'We received your return, but the charger was not in the box. Could you check whether it is still at home? We will refund once it arrives.', "pass", []),
        ('compliant', 'en', 'Invoice for order 113-2045511-7781234', 'As required for business purchases, please find the VAT invoice for your order attached.', "pass", []),
        ('reviews', 'en', 'Order 113-2045511-7781234', 'Would you like to share your experience with the product on Amazon? Your feedback helps other customers.', "pass", ['review.neutral']),
        ('reviews', 'en', 'Order 113-2045511-7781234', 'If you have a moment, you can leave a review of the kettle on Amazon.', "pass", ['review.neutral']),
        ('reviews', 'de', 'Bestellung 303-1234567-1234567', 'Bitte teilen Sie Ihre Erfahrungen mit unserem Produkt, indem Sie eine Produktbewertung auf Amazon hinterlassen.', "pass", ['review.neutral']),
        ('reviews', 'fr', 'Commande 402-1234567-1234567', 'Vous pouvez partager votre avis sur le produit sur Amazon si vous le souhaitez.', "pass", ['review.neutral']),
        ('reviews', 'es', 'Pedido 404-1234567-1234567', 'Si lo desea, puede compartir su opinión sobre el producto en Amazon.', "pass", ['review.neutral']),
        ('reviews', 'it', 'Ordine 405-1234567-1234567', 'Se lo desidera, può condividere la sua esperienza con il prodotto su Amazon.', "pass", ['review.neutral']),
        ('reviews', 'nl', 'Bestelling 408-1234567-1234567', 'Wilt u uw ervaring met het product delen op Amazon?', "pass", ['review.neutral']),
        ('reviews', 'pl', 'Zamówienie 405-1234567-1234567', 'Jeśli ma Pan chwilę, może Pan podzielić się opinią o produkcie na Amazon.', "pass", ['review.neutral']),
        ('reviews', 'sv', 'Order 406-1234567-1234567', 'Vill du dela din upplevelse av produkten på Amazon?', "pass", ['review.neutral']),
        ('reviews', 'pt', 'Pedido 701-1234567-1234567', 'Gostaria de compartilhar sua experiência com o produto na Amazon?', "pass", ['review.neutral']),
        ('reviews', 'id', 'Pesanan 113-1234567-1234567', 'Apakah Anda ingin membagikan pengalaman Anda tentang produk ini di Amazon?', "pass", ['review.neutral']),
        ('reviews', 'ja', 'ご注文 250-1234567-7654321', 'よろしければ、Amazonで商品のご感想をお聞かせください。', "pass", ['review.neutral']),
        ('reviews', 'zh', '订单 113-1234567-1234567', '如果方便的话，欢迎在亚马逊上分享您对商品的体验。', "pass", ['review.neutral']),
        ('reviews', 'ko', '주문 113-1234567-1234567', '괜찮으시다면 아마존에 상품 후기를 남겨 주세요.', "pass", ['review.neutral']),
        ('reviews', 'ar', 'الطلب 402-1234567-1234567', 'هل ترغب في مشاركة تجربتك مع المنتج على أمازون؟', "pass", ['review.neutral']),
        ('reviews', 'tr', 'Sipariş 407-1234567-1234567', "Dilerseniz ürünle ilgili deneyiminizi Amazon'da paylaşabilirsiniz.", "pass", ['review.neutral']),

    ]
    write_round("r55", R55)
    print("%d messages, %d compliant, %d to stop" % (w.count, w.count - w.positive, w.positive))


if __name__ == "__main__":
    main()
