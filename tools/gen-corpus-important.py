#!/usr/bin/env python3
"""[Important] corpus, rule round 8: correct use of the tag on the three critical
topics (customization, delivery scheduling, address problems) in everyday wording in
all 16 languages, misuse of the tag, and ordinary mail that names an address or a
delivery in passing. Files are numbered from 8000 in each tests/corpus/<category>/ so
that they never collide with tools/gen-corpus.py. Run from the source root.

The helpers (headers, charsets, encoders, attribution lines) come from
tools/gen-corpus.py, imported as a module."""
import glob
import importlib.util
import os
import re

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen-corpus.py")
_spec = importlib.util.spec_from_file_location("gen_corpus", SRC)
_gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_gen)
G = vars(_gen)

OUT = G["OUT"]
L, RSUBJ, CHARSETS, PY_CODEC, ENCODINGS = G["L"], G["RSUBJ"], G["CHARSETS"], G["PY_CODEC"], G["ENCODINGS"]
ALIASES = G["ALIASES"]
text_msg, multipart, text_part = G["text_msg"], G["multipart"], G["text_part"]
ATTR, OHDR = G["ATTR"], G["OHDR"]

# What the buyer wrote, quoted in replies: a neutral question.
BUYERQ = {
    "en": "Any news about my order?", "de": "Gibt es Neuigkeiten zu meiner Bestellung?",
    "fr": "Avez-vous des nouvelles de ma commande ?", "es": "¿Hay novedades de mi pedido?",
    "it": "Ci sono novità sul mio ordine?", "nl": "Is er nieuws over mijn bestelling?",
    "pl": "Czy są jakieś informacje o moim zamówieniu?", "sv": "Finns det något nytt om min beställning?",
    "tr": "Siparişimle ilgili bir gelişme var mı?", "pt": "Alguma novidade sobre o meu pedido?",
    "id": "Ada kabar tentang pesanan saya?", "ar": "هل هناك أي جديد بخصوص طلبي؟",
    "ja": "注文の状況はいかがでしょうか。", "zh": "我的订单有消息了吗？",
    "zh-Hant": "我的訂單有消息了嗎？", "ko": "주문 관련 소식이 있나요?",
}


def hesc(t):
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return t.replace("\n", "<br>")


def shaped(lang, subj, body, k, mid):
    """Five client shapes, cycled: plain text in a legacy charset, a plain reply quoting
    the buyer, Gmail HTML (quote in gmail_quote), Outlook HTML (localized header block),
    Apple Mail HTML (blockquote type=cite). Proactive subjects get no quote."""
    spec = L[lang]
    reply = bool(G["REPLY_PREFIX"].match(subj))
    shape = k % 5
    if not reply and shape in (1, 2, 3):
        shape = 0 if k % 2 == 0 else 4
    alias = "6bmcx2l1t7cwrwb@" + ALIASES[lang]
    own = "%s\n\n%s\n\n%s" % (spec["hello"], body, spec["bye"])
    attr = ATTR[lang] % alias
    cs = CHARSETS[lang]
    c = cs[k % len(cs)]
    if shape in (0, 1):
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
    # Apple Mail: HTML with the buyer's text (if a reply) in <blockquote type="cite">.
    quote = ""
    if reply:
        quote = '<div><br><blockquote type="cite"><div>%s</div><div>%s</div></blockquote></div>' % (hesc(attr), hesc(BUYERQ[lang]))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div>%s</div>%s</body></html>' % (hesc(own), quote))
    plain = own + ("\n\n" + attr + "\n> " + BUYERQ[lang] + "\n" if reply else "")
    return multipart(lang, subj, mid, [text_part(plain), text_part(html, ctype="text/html")], "alternative")


# Per language: subjects (proactive), critical bodies (customization, delivery
# scheduling, address problems, everyday wording), misuse bodies (delivered notice,
# thank-you, a general answer) and ordinary bodies naming an address or a delivery.
C = {}
C["en"] = dict(
    subj=["Your name necklace", "Delivery of your table", "Problem with your address", "Custom rug colour", "Postcode on your order", "Your wardrobe delivery"],
    crit=[
        "Quick question before we make your necklace: do you want the name in capitals or only the first letter? And should there be a small heart after it?",
        "Your table goes out by freight. The trucking company will ring you the day before to set up a time, and someone has to be there to sign for it.",
        "Your package came back to us. The label only shows the street, no flat number. Can you send us the full address including the flat?",
        "Which colour would you like for the border of your rug, navy or grey? We only start weaving once you choose.",
        "The postcode on your order belongs to a different town than the street. Which one is right?",
        "The courier couldn't get into your building last night because there was no door code on the order. Could you tell us the entry code?",
        "The photo you sent for the blanket is quite blurry. Could you send a sharper one so the print comes out nicely?",
        "Attached is the mock-up of your door sign. Please reply OK or tell us what to change before we cut it.",
        "Your sofa needs a two-person delivery. Are mornings or afternoons better for you next week?",
        "UPS says the address does not exist. Is it 12 Oak Lane or 12 Oak Road? We will resend as soon as we hear back.",
    ],
    misuse=[
        "Good news: your order was delivered this morning to the address on the order. Enjoy!",
        "Thanks a lot for your kind words, we are glad the lamp arrived safely.",
        "The mug holds 350 ml and it is dishwasher safe.",
        "Our warehouse is closed from 24 to 27 December; orders placed then ship on the 28th.",
        "We are glad you like the personalised mug, thank you for your order!",
        "Yes, we offer engraving on all our pens.",
    ],
    ordinary=[
        "We shipped it to the address on your order yesterday; delivery usually takes 2-3 days.",
        "The delivery is running a day late because of the weather. It is on its way to your address.",
        "Yes, the cover is removable and can be washed at 30 degrees.",
        "The package was returned to our warehouse after you refused it; we refunded you the full amount.",
        "The courier will contact you to arrange the collection of the return.",
    ],
)
C["de"] = dict(
    subj=["Ihre Tasse mit Namen", "Lieferung Ihres Schranks", "Ihre Anschrift"],
    crit=[
        "Kurze Frage zu Ihrer Tasse: Soll der Name „Oma Gerda“ in Schreibschrift oder in Druckbuchstaben drauf?",
        "Die Spedition meldet sich einen Tag vorher telefonisch bei Ihnen, um eine Uhrzeit abzusprechen. Es muss jemand zu Hause sein, der die Ware annimmt.",
        "Das Paket ist leider zu uns zurückgekommen, auf dem Etikett fehlt die Hausnummer. Können Sie uns die vollständige Anschrift schicken?",
        "DHL konnte Sie nicht antreffen, Ihr Name steht nicht am Klingelschild. Welcher Name steht an der Klingel?",
        "Welche Farbe soll die Stickerei auf dem Kissen haben, Gold oder Silber? Wir fangen erst an, wenn Sie sich entschieden haben.",
        "Die angegebene PLZ passt nicht zum Ort. Welche ist richtig?",
    ],
    misuse=[
        "Ihr Paket wurde heute zugestellt. Viel Freude damit!",
        "Vielen Dank für Ihre nette Nachricht, das freut uns sehr.",
        "Der Bezug ist bei 30 Grad waschbar.",
    ],
    ordinary=["Wir haben das Paket gestern an die Lieferadresse aus Ihrer Bestellung verschickt; die Zustellung dauert meist 2-3 Tage."],
)
C["fr"] = dict(
    subj=["Votre bracelet", "Livraison de votre canapé", "Votre adresse"],
    crit=[
        "Pour le bracelet, on écrit « Chloé » avec ou sans accent ? Nous attendons votre réponse pour lancer la fabrication.",
        "Le transporteur vous appellera la veille pour fixer l'heure de passage. Il faudra être présent pour réceptionner le colis.",
        "Le colis nous est revenu : il manque le numéro d'appartement et le code d'accès de l'immeuble. Pouvez-vous nous les envoyer ?",
        "La Poste indique « destinataire inconnu à l'adresse ». Pouvez-vous nous redonner le nom exact de la rue ?",
        "Pour le tablier brodé, quelle couleur de fil préférez-vous : blanc ou doré ?",
        "La livraison se fait au pied de l'immeuble, sur rendez-vous. Quels jours êtes-vous disponible la semaine prochaine ?",
    ],
    misuse=[
        "Votre colis a bien été livré ce matin. Bonne journée !",
        "Merci beaucoup pour votre message, nous sommes ravis que le produit vous plaise.",
        "La housse se lave à 30 degrés.",
    ],
    ordinary=["Nous avons expédié le colis à l'adresse indiquée dans votre commande ; la livraison prend 2 à 3 jours."],
)
C["es"] = dict(
    subj=["Su taza con nombre", "Entrega del sofá", "Su dirección"],
    crit=[
        "¿Qué nombre quiere que pongamos en la taza? ¿Y lo prefiere en letra cursiva o normal?",
        "La agencia de transporte le llamará el día antes para quedar a una hora. Tiene que haber alguien en casa para recibirlo.",
        "El paquete nos ha llegado de vuelta porque en la dirección no aparece el piso ni la letra. ¿Nos los puede indicar?",
        "El repartidor no encontró su calle. ¿Es la calle Mayor 5 de Alcalá o la de Madrid?",
        "Antes de bordar la toalla, díganos qué color de hilo prefiere: azul marino o gris.",
        "El código postal de su pedido no corresponde a la ciudad. ¿Cuál es el correcto?",
    ],
    misuse=[
        "Su paquete fue entregado esta mañana. ¡Que tenga un buen día!",
        "Muchas gracias por su amable mensaje, nos alegra que le guste.",
        "La funda se puede lavar a 30 grados.",
    ],
    ordinary=["Enviamos el paquete ayer a la dirección de su pedido; la entrega tarda de 2 a 3 días."],
)
C["it"] = dict(
    subj=["La sua targhetta", "Consegna del divano", "Il suo indirizzo"],
    crit=[
        "Che nome vuole sulla targhetta? Ci dica anche se lo preferisce in corsivo o in stampatello.",
        "Il corriere la chiamerà il giorno prima per fissare l'orario. Serve qualcuno in casa per firmare.",
        "Il pacco ci è tornato indietro: sul citofono non c'è il suo cognome e manca la scala. Può mandarci i dati completi?",
        "Il corriere non ha trovato la via. È via Roma 12 a Monza o a Milano?",
        "Di che colore vuole il filo del ricamo sull'asciugamano, bianco o oro?",
        "Il CAP del suo ordine non corrisponde al comune. Qual è quello giusto?",
    ],
    misuse=[
        "Il pacco è stato consegnato stamattina. Buona giornata!",
        "Grazie mille per il suo messaggio gentile!",
        "La federa si lava a 30 gradi.",
    ],
    ordinary=["Abbiamo spedito il pacco ieri all'indirizzo del suo ordine; la consegna richiede 2-3 giorni.",
              "Il corriere la contatterà per concordare il ritiro del reso."],
)
C["nl"] = dict(
    subj=["Uw snijplank met naam", "Bezorging van uw kast", "Uw adres"],
    crit=[
        "Welke naam wilt u op de snijplank? En liever in hoofdletters of in schrijfletters?",
        "De vervoerder belt u een dag van tevoren om een tijd af te spreken. Er moet iemand thuis zijn om de kast aan te nemen.",
        "Het pakket is bij ons teruggekomen: het huisnummer en de toevoeging ontbreken. Kunt u ons het volledige adres sturen?",
        "PostNL kon uw straat niet vinden. Is het Dorpsstraat 4 in Leiden of in Lisse?",
        "Welke kleur garen wilt u voor het borduurwerk, wit of goud?",
        "De postcode in uw bestelling hoort bij een andere plaats. Welke klopt?",
    ],
    misuse=[
        "Het pakket is vanochtend bezorgd. Veel plezier ermee!",
        "Hartelijk dank voor uw vriendelijke bericht!",
        "De hoes kan op 30 graden gewassen worden.",
    ],
    ordinary=["We hebben het pakket gisteren naar het adres uit uw bestelling verstuurd; de bezorging duurt 2-3 dagen."],
)
C["pl"] = dict(
    subj=["Twój kubek z imieniem", "Dostawa szafy", "Twój adres"],
    crit=[
        "Jakie imię mamy umieścić na kubku? Wolisz litery drukowane czy pisane?",
        "Kurier zadzwoni dzień wcześniej, żeby ustalić godzinę. Ktoś musi być w domu, żeby odebrać szafę.",
        "Paczka wróciła do nas, bo w adresie brakuje numeru mieszkania. Prosimy podać pełny adres.",
        "Kurier nie mógł znaleźć ulicy. Czy to ul. Polna 3 w Lublinie, czy w Lubartowie?",
        "Jaki kolor nici wybierasz do haftu na ręczniku: biały czy złoty?",
        "Kod pocztowy w zamówieniu nie pasuje do miejscowości. Który jest prawidłowy?",
    ],
    misuse=[
        "Paczka została dziś doręczona. Miłego dnia!",
        "Bardzo dziękujemy za miłą wiadomość!",
        "Poszewkę można prać w 30 stopniach.",
    ],
    ordinary=["Wysłaliśmy paczkę wczoraj na adres z zamówienia; dostawa trwa zwykle 2-3 dni."],
)
C["sv"] = dict(
    subj=["Din skärbräda med namn", "Leverans av soffan", "Din adress"],
    crit=[
        "Vilket namn vill du ha på skärbrädan? Och med versaler eller gemener?",
        "Speditören ringer dig dagen innan för att bestämma en tid. Någon måste vara hemma och ta emot soffan.",
        "Paketet kom tillbaka till oss eftersom lägenhetsnumret saknas. Kan du skicka hela adressen?",
        "Budet hittade inte din gata. Är det Storgatan 4 i Lund eller i Lomma?",
        "Vilken färg på tråden vill du ha till broderiet, vit eller guld?",
        "Postnumret i beställningen hör till en annan ort. Vilket är rätt?",
    ],
    misuse=[
        "Paketet levererades i morse. Ha en fin dag!",
        "Tack så mycket för ditt vänliga meddelande!",
        "Överdraget tål tvätt i 30 grader.",
    ],
    ordinary=["Vi skickade paketet i går till adressen i din beställning; leveransen tar 2-3 dagar."],
)
C["tr"] = dict(
    subj=["İsimli kupanız", "Dolabınızın teslimatı", "Adresiniz"],
    crit=[
        "Kupaya hangi ismi yazalım? Büyük harfle mi, el yazısıyla mı olsun?",
        "Nakliye firması bir gün önce sizi arayıp saat ayarlayacak. Dolabı teslim almak için evde birinin olması gerekiyor.",
        "Paket bize geri geldi, adreste daire numarası yok. Tam adresinizi gönderebilir misiniz?",
        "Kurye sokağınızı bulamadı. Atatürk Caddesi 5, Kadıköy mü yoksa Üsküdar mı?",
        "Havludaki nakış için hangi iplik rengini istersiniz, beyaz mı altın mı?",
        "Siparişteki posta kodu ilçe ile uyuşmuyor. Hangisi doğru?",
    ],
    misuse=[
        "Paketiniz bu sabah teslim edildi. İyi günler!",
        "Nazik mesajınız için çok teşekkür ederiz!",
        "Kılıf 30 derecede yıkanabilir.",
    ],
    ordinary=["Paketi dün siparişteki adrese gönderdik; teslimat genellikle 2-3 gün sürer."],
)
C["pt"] = dict(
    subj=["Sua caneca com nome", "Entrega do sofá", "Seu endereço"],
    crit=[
        "Qual nome você quer na caneca? Prefere letra de forma ou cursiva?",
        "A transportadora vai ligar um dia antes para combinar o horário. Precisa ter alguém em casa para receber o sofá.",
        "O pacote voltou para nós porque falta o número do apartamento. Pode nos mandar o endereço completo?",
        "O entregador não achou a sua rua. É Rua das Flores 10 em Campinas ou em Valinhos?",
        "Qual cor de linha você prefere para o bordado na toalha, branca ou dourada?",
        "O CEP do pedido não bate com a cidade. Qual está certo?",
    ],
    misuse=[
        "Seu pacote foi entregue hoje de manhã. Tenha um ótimo dia!",
        "Muito obrigado pela sua mensagem gentil!",
        "A capa pode ser lavada a 30 graus.",
    ],
    ordinary=["Enviamos o pacote ontem para o endereço do pedido; a entrega leva de 2 a 3 dias."],
)
C["id"] = dict(
    subj=["Mug dengan nama Anda", "Pengantaran lemari", "Alamat Anda"],
    crit=[
        "Nama apa yang mau dicetak di mug? Mau huruf kapital atau huruf sambung?",
        "Kurir akan menelepon sehari sebelumnya untuk menentukan jam pengantaran. Harus ada orang di rumah untuk menerima lemari.",
        "Paket kembali ke kami karena alamatnya tidak ada nomor rumah. Bisa kirim alamat lengkapnya?",
        "Kurir tidak menemukan jalan Anda. Apakah Jl. Melati 5 di Bekasi atau di Bogor?",
        "Warna benang apa yang Anda inginkan untuk bordir di handuk, putih atau emas?",
        "Kode pos di pesanan tidak sesuai dengan kotanya. Mana yang benar?",
    ],
    misuse=[
        "Paket Anda sudah diterima tadi pagi. Selamat beraktivitas!",
        "Terima kasih banyak atas pesan Anda yang baik!",
        "Sarungnya bisa dicuci pada suhu 30 derajat.",
    ],
    ordinary=["Kami sudah mengirim paket kemarin ke alamat di pesanan Anda; pengiriman biasanya 2-3 hari."],
)
C["ar"] = dict(
    subj=["الكوب باسمك", "توصيل الخزانة", "عنوانك"],
    crit=[
        "ما الاسم الذي تريد كتابته على الكوب؟ وهل تفضله بالعربية أم بالإنجليزية؟",
        "ستتصل بك شركة الشحن قبل يوم لتحديد ساعة الوصول. يجب أن يكون أحد في المنزل لاستلام الخزانة.",
        "عاد الطرد إلينا لأن رقم الشقة غير مكتوب. هل يمكنك إرسال العنوان كاملاً؟",
        "لم يجد المندوب الشارع. هل هو شارع الملك فهد في الرياض أم في الخبر؟",
        "ما لون الخيط الذي تفضله للتطريز على المنشفة، أبيض أم ذهبي؟",
        "الرمز البريدي في الطلب لا يطابق المدينة. أيهما الصحيح؟",
    ],
    misuse=[
        "تم تسليم طردك هذا الصباح. يوماً سعيداً!",
        "شكراً جزيلاً على رسالتك اللطيفة!",
        "يمكن غسل الغطاء على 30 درجة.",
    ],
    ordinary=["أرسلنا الطرد أمس إلى العنوان المذكور في طلبك، ويستغرق التوصيل من 2 إلى 3 أيام."],
)
C["ja"] = dict(
    subj=["マグカップのお名前について", "大型商品のお届けについて", "ご住所について"],
    crit=[
        "マグカップに入れるお名前は「さくら」でよろしいでしょうか。ひらがなとローマ字、どちらがよろしいですか。",
        "大型商品のため、配送業者から前日にお電話で到着時間のご相談がございます。当日はご在宅をお願いいたします。",
        "お荷物が当店に戻ってまいりました。部屋番号の記載がございませんでした。正しいご住所をお知らせください。",
        "配送業者よりお届け先が見つからないとの連絡がありました。建物名をお知らせいただけますでしょうか。",
        "刺しゅう糸の色は白と金のどちらになさいますか。",
        "ご注文の郵便番号と市区町村が一致しておりません。どちらが正しいでしょうか。",
    ],
    misuse=[
        "本日午前中にお届けが完了いたしました。ありがとうございました。",
        "温かいメッセージをありがとうございます。",
        "カバーは30度で洗濯可能です。",
    ],
    ordinary=["昨日、ご注文のお届け先へ発送いたしました。お届けまで2～3日ほどかかります。"],
)
C["zh"] = dict(
    subj=["杯子上的名字", "柜子的送货", "您的收货地址"],
    crit=[
        "杯子上要印什么名字？要大写还是小写？",
        "物流公司会在送货前一天给您打电话约时间，当天需要有人在家签收柜子。",
        "包裹被退回来了，因为地址里没有写房间号。麻烦把完整地址发给我们。",
        "快递员找不到您的街道，请问是杭州的文一路还是宁波的？",
        "毛巾上的刺绣您想要什么颜色的线，白色还是金色？",
        "订单里的邮编和城市对不上，哪一个是对的？",
    ],
    misuse=[
        "您的包裹今天上午已签收，祝您生活愉快！",
        "非常感谢您的留言！",
        "外套可以30度水洗。",
    ],
    ordinary=["我们昨天已按订单上的地址发货，一般2-3天送达。", "您申请的取消已处理，款项将原路退回。"],
)
C["zh-Hant"] = dict(
    subj=["杯子上的名字", "櫃子的送貨", "您的收件地址"],
    crit=[
        "杯子上要印什麼名字？要大寫還是小寫？",
        "物流公司會在送貨前一天打電話跟您約時間，當天需要有人在家簽收櫃子。",
        "包裹被退回來了，因為地址裡沒有寫樓層和門牌。麻煩把完整地址傳給我們。",
        "宅配人員找不到您家，請問是台北市的中山路還是新北市的？",
        "毛巾上的刺繡您想要什麼顏色的線，白色還是金色？",
        "訂單裡的郵遞區號和城市對不起來，哪一個才對？",
    ],
    misuse=[
        "您的包裹今天早上已送達，祝您愉快！",
        "非常感謝您的留言！",
        "外套可以30度水洗。",
    ],
    ordinary=["我們昨天已按訂單上的地址出貨，一般2-3天送達。"],
)
C["ko"] = dict(
    subj=["머그컵 이름 문의", "가구 배송 안내", "주소 확인 요청"],
    crit=[
        "머그컵에 어떤 이름을 넣어 드릴까요? 영문 대문자로 할까요, 한글로 할까요?",
        "배송 기사님이 하루 전에 전화로 방문 시간을 정할 예정입니다. 당일 집에서 받으실 분이 계셔야 합니다.",
        "주소에 호수가 없어서 택배가 저희에게 돌아왔습니다. 전체 주소를 알려 주세요.",
        "기사님이 집을 찾지 못했습니다. 건물 이름을 알려 주시겠어요?",
        "수건 자수 실 색상은 흰색과 금색 중 어떤 것으로 할까요?",
        "주문하신 우편번호가 도시와 맞지 않습니다. 어느 쪽이 맞나요?",
    ],
    misuse=[
        "오늘 오전에 배송이 완료되었습니다. 좋은 하루 되세요!",
        "따뜻한 메시지 감사합니다!",
        "커버는 30도에서 세탁 가능합니다.",
    ],
    ordinary=["어제 주문서의 주소로 발송했습니다. 보통 2-3일 안에 도착합니다."],
)

CJK = {"ja", "zh", "zh-Hant"}


def tag_for(lang, k):
    if lang in CJK and k % 2 == 0:
        return "[重要] "
    return ["[Important] ", "[IMPORTANT] ", "[important] ", "[Important]"][k % 4]


def rows():
    out = []
    for lang, c in C.items():
        for k, body in enumerate(c["crit"]):
            tag = tag_for(lang, k)
            if k % 3 == 1:
                subj = tag + RSUBJ[lang]
            else:
                s = c["subj"][k % len(c["subj"])]
                subj = (tag + s) if k % 4 != 3 else (s + " " + tag.strip())
            out.append(("compliant", lang, subj, body, "pass", []))
        # The same critical message without the tag: a warning, relayed.
        out.append(("important", lang, c["subj"][0], c["crit"][0], "pass", ["important.required"]))
        out.append(("important", lang, RSUBJ[lang], c["crit"][2], "pass", ["important.required"]))
        for k, body in enumerate(c["misuse"]):
            out.append(("important", lang, tag_for(lang, k + 1) + RSUBJ[lang], body, "reject", ["important.misuse"]))
        for body in c["ordinary"]:
            out.append(("compliant", lang, RSUBJ[lang], body, "pass", []))
    return out


# A second set, worded differently again (the wording of a probe written after the
# first round of patterns), and ordinary questions about days and deliveries.
EXTRA = [
    ('compliant', 'en', '[Important] Your print', 'Is the date on the poster 12 June or 21 June? We want to get it right before printing.', 'pass', []),
    ('compliant', 'en', '[Important] Delivery of your fridge', 'The delivery team can come Monday 8-12 or Wednesday 13-17. Which one is ok for you?', 'pass', []),
    ('compliant', 'en', '[Important] Your bed frame', "It's a big item, so the driver needs someone there to help carry it in. When are you usually around?", 'pass', []),
    ('compliant', 'en', '[Important] Re: Where is my order?', 'The parcel is back at the depot because nobody knew which door. Please send the flat or floor number.', 'pass', []),
    ('compliant', 'en', '[Important] Colour choice', 'We have the hoodie in stock in black and navy, which would you like us to print your team name on?', 'pass', []),
    ('compliant', 'en', '[Important] Your order', 'Sorry, the size you picked for the custom jersey is sold out. Can you choose M or XL instead?', 'pass', []),
    ('compliant', 'de', '[Important] Wichtig: Lieferung', 'Der Paketdienst kommt nur nach Terminabsprache. Wann passt es Ihnen nächste Woche?', 'pass', []),
    ('compliant', 'fr', '[Important] Votre commande', 'Votre adresse ne comporte pas de numéro de rue, le livreur ne peut pas livrer.', 'pass', []),
    ('compliant', 'es', '[Important] Su pedido', 'Falta el número de la calle en la dirección de envío. ¿Nos lo puede enviar?', 'pass', []),
    ('compliant', 'nl', '[Important] Bestelling', 'Uw adres mist het huisnummer; de bezorger kan het pakket niet afleveren.', 'pass', []),
    ('compliant', 'sv', '[Important] Beställning', 'Adressen saknar gatunummer, budet kan inte leverera paketet.', 'pass', []),
    ('compliant', 'tr', '[Important] Siparişiniz', 'Adreste bina numarası yok, kurye paketi teslim edemiyor.', 'pass', []),
    ('compliant', 'pt', '[Important] Seu pedido', 'Está faltando o número da casa no endereço, o entregador não consegue entregar.', 'pass', []),
    ('compliant', 'id', '[Important] Pesanan Anda', 'Alamat Anda tidak mencantumkan nomor rumah, kurir tidak bisa mengantar.', 'pass', []),
    ('compliant', 'ar', '[Important] طلبك', 'العنوان لا يحتوي على رقم المنزل، ولا يستطيع المندوب التوصيل.', 'pass', []),
    ('compliant', 'zh-Hant', '[重要] 您的訂單', '您的地址沒有門牌號碼，宅配無法配送。', 'pass', []),
    ('compliant', 'ko', '[Important] 주문', '주소에 동·호수가 빠져 있어 배송이 어렵습니다.', 'pass', []),
    ('compliant', 'ja', '[重要] お届けについて', 'ソファのお届けは何曜日がご都合よろしいでしょうか。', 'pass', []),
    ('compliant', 'zh', '[重要] 送货', '沙发哪天送货比较方便？', 'pass', []),
    ('compliant', 'zh-Hant', '[重要] 送貨', '沙發哪天送貨比較方便？', 'pass', []),
    ('compliant', 'ko', '[Important] 배송', '소파는 무슨 요일에 받으시는 게 편하세요?', 'pass', []),
    ('compliant', 'en', None, 'Which day did you order? We ship every weekday.', 'pass', []),
    ('compliant', 'en', None, 'When are you open? Our shop is open Monday to Friday.', 'pass', []),
    ('compliant', 'zh', None, '哪天发货？我们明天发货。', 'pass', []),
    ('compliant', 'en', None, 'The courier cannot deliver on Sundays, so it will arrive Monday.', 'pass', []),
    ('compliant', 'ja', None, '何日に届きますか？明日お届け予定です。', 'pass', []),
    ('compliant', 'it', '[Important] Il tuo ordine', "Nell'indirizzo manca il numero civico, il corriere non può consegnare.", 'pass', []),
    ('compliant', 'pl', '[Important] Zamówienie', 'W adresie brakuje numeru domu, kurier nie może doręczyć paczki.', 'pass', []),
    ('compliant', 'ja', '[重要] ご注文', 'ご住所に番地が入っておらず、配達ができない状況です。', 'pass', []),
    ('compliant', 'zh', '[重要] 您的订单', '您的地址没有门牌号，快递员无法派送。', 'pass', []),
    ('compliant', 'fr', '[Important] Votre coussin', 'Quel texte souhaitez-vous broder sur le coussin ?', 'pass', []),
    ('compliant', 'de', '[Important] Ihre Lieferung', 'Die Spedition liefert bis zur Bordsteinkante. Bitte teilen Sie uns mit, an welchem Tag Sie zu Hause sind.', 'pass', []),
    ('compliant', 'es', '[Important] Entrega', '¿Qué día de la semana que viene le viene bien recibir el armario?', 'pass', []),
    ('compliant', 'nl', '[Important] Levering', 'Op welke dag bent u thuis om de bank in ontvangst te nemen?', 'pass', []),
    ('compliant', 'pl', '[Important] Dostawa', 'W który dzień będzie Pan/Pani w domu, aby odebrać sofę?', 'pass', []),
    ('compliant', 'sv', '[Important] Leverans', 'Vilken dag passar det att ta emot soffan?', 'pass', []),
    ('compliant', 'tr', '[Important] Teslimat', 'Kanepeyi teslim almak için hangi gün evde olursunuz?', 'pass', []),
    ('compliant', 'pt', '[Important] Entrega', 'Em que dia você estará em casa para receber o sofá?', 'pass', []),
    ('compliant', 'id', '[Important] Pengiriman', 'Hari apa Anda ada di rumah untuk menerima sofa?', 'pass', []),
    ('compliant', 'ar', '[Important] التوصيل', 'في أي يوم ستكون في المنزل لاستلام الأريكة؟', 'pass', []),
    ('important', 'en', '[Important] Re: Thanks', 'Thank you for choosing our engraved pens. Enjoy!', 'reject', ['important.misuse']),
    ('important', 'en', '[Important] Re: Where is my order?', 'Your order was delivered. The courier left it with a neighbour.', 'reject', ['important.misuse']),
    ('important', 'en', '[Important] Re: Question', 'The delivery usually takes 3 days to your address.', 'reject', ['important.misuse']),
    ('important', 'en', '[Important] Re: Question', 'Which colour did you order? We sent the blue one.', 'reject', ['important.misuse']),
]


EXTRA += [
    ('compliant', 'de', '[Important] Ihre Bestellung', 'Bitte schicken Sie uns das Foto, das auf die Decke gedruckt werden soll.', 'pass', []),
    ('compliant', 'de', '[Important] Ihr Ring', 'Wie soll die Inschrift im Ring lauten? Maximal 15 Zeichen.', 'pass', []),
    ('compliant', 'fr', '[Important] Votre mug', 'Pouvez-vous nous envoyer la photo à imprimer sur le mug ?', 'pass', []),
    ('compliant', 'es', '[Important] Su anillo', '¿Qué texto quiere dentro del anillo? Máximo 15 letras.', 'pass', []),
    ('compliant', 'it', '[Important] Il suo anello', "Quale scritta desidera all'interno dell'anello?", 'pass', []),
    ('compliant', 'nl', '[Important] Uw ring', 'Welke tekst wilt u in de ring? Maximaal 15 tekens.', 'pass', []),
    ('compliant', 'pl', '[Important] Pierścionek', 'Jaki tekst ma się znaleźć w środku pierścionka?', 'pass', []),
    ('compliant', 'sv', '[Important] Din ring', 'Vilken text vill du ha inuti ringen?', 'pass', []),
    ('compliant', 'tr', '[Important] Yüzüğünüz', 'Yüzüğün içine hangi yazıyı yazalım?', 'pass', []),
    ('compliant', 'pt', '[Important] Seu anel', 'Qual texto você quer dentro do anel?', 'pass', []),
    ('compliant', 'id', '[Important] Cincin Anda', 'Tulisan apa yang ingin Anda ukir di dalam cincin?', 'pass', []),
    ('compliant', 'ar', '[Important] خاتمك', 'ما النص الذي تريده داخل الخاتم؟', 'pass', []),
    ('compliant', 'ja', '[重要] 指輪の刻印', '指輪の内側に入れる文字を教えてください。', 'pass', []),
    ('compliant', 'zh', '[重要] 戒指', '戒指内侧要刻什么字？', 'pass', []),
    ('compliant', 'zh-Hant', '[重要] 戒指', '戒指內側要刻什麼字？', 'pass', []),
    ('compliant', 'ko', '[Important] 반지', '반지 안쪽에 넣을 문구를 알려 주세요.', 'pass', []),
    ('compliant', 'en', '[Important] Your print', 'We received your photo; it is too small to print at A3. Do you have a bigger version?', 'pass', []),
    ('compliant', 'en', '[Important] Delivery', 'Please tell us a day next week when you can be at home for the delivery of your wardrobe.', 'pass', []),
    ('compliant', 'en', '[Important] Delivery', 'Our driver will text you a 2-hour window the evening before. Please make sure someone is in.', 'pass', []),
    ('compliant', 'en', '[Important] Address', 'Your town is in the order but the street is missing. Could you reply with your street and house number?', 'pass', []),
    ('compliant', 'en', '[Important] Re: Where is my order?', 'The parcel is stuck at the depot: the address label is incomplete. Please confirm your full address.', 'pass', []),
    ('compliant', 'de', '[Important] Bestellung', 'Die Hausnummer fehlt in Ihrer Adresse. Bitte teilen Sie uns diese mit.', 'pass', []),
    ('compliant', 'en', None, 'Which day did you order? We ship every weekday.', 'pass', []),
]


def slug(lang, body):
    t = re.sub(r"[^a-z0-9]+", "-", body.lower()).strip("-")[:28].strip("-")
    return "%s-%s" % (lang, t or "msg")


def main():
    for f in glob.glob(os.path.join(OUT, "*", "8[0-9][0-9][0-9]-*")):
        os.remove(f)
    n = {}
    for k, (cat, lang, subj, body, verdict, rules) in enumerate(rows() + [(c, l, s or RSUBJ[l], b, v, r) for c, l, s, b, v, r in EXTRA]):
        i = n.get(cat, 8000)
        n[cat] = i + 1
        raw = shaped(lang, subj, body, k, "r8imp-%d" % k)
        base = os.path.join(OUT, cat, "%04d-r8imp-%s" % (i, slug(lang, body)))
        with open(base + ".eml", "wb") as f:
            f.write(raw if isinstance(raw, bytes) else raw.encode("latin-1"))
        with open(base + ".expect", "w") as f:
            f.write(" ".join([verdict] + sorted(set(rules))) + "\n")
    print("%d messages" % sum(v - 8000 for v in n.values()), n)


if __name__ == "__main__":
    main()
