#include <time.h>

#include "diag.h"
#include "lint.h"
#include "report.h"
#include "report_html.h"
#include "rule.h"
#include "test.h"

static void test_report_shape(void)
{
	static const char raw[] =
	        "From: seller@example.net\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"
	        "Subject: Thanks\r\n\nVisit www.shop.com\n.\nbye";
	struct verdict *v = verdict_new("0123456789abcdef");
	struct report_info info = {
	        .kind = REPORT_REJECTED,
	        .account = "brightpeak",
	        .to = "seller@example.net",
	        .from = "seller@example.net",
	        .folder = "Outbox/Rejected",
	        .now = 1700000000,
	};
	struct buf out = BUF_INIT(0);

	verdict_add(v, "links.url", "links", ACTION_REJECT, "body", "part 1 text/plain", 6, 18,
	            "Visit www.shop.com", "Links are not allowed.", "Remove the link.");
	test_begin("report shape");
	test_assert(report_build(&info, v, "Thanks\r\nBcc: evil@example.com", raw, sizeof(raw) - 1,
	                         &out) == 0);
	test_assert(strstr(out.data, "Subject: [aliasgate] Rejected: Thanks  Bcc: evil") != NULL);
	test_assert(strstr(out.data, "\r\nBcc:") == NULL);
	test_assert(strstr(out.data, "links.url") != NULL);
	test_assert(strstr(out.data, "Visit www.shop.com") != NULL);
	test_assert(strstr(out.data, "Remove the link.") != NULL);
	test_assert(strstr(out.data, "0123456789abcdef") != NULL);
	test_assert(strstr(out.data, "Content-Type: message/rfc822") != NULL);
	test_assert(strstr(out.data, "To: <seller@example.net>") != NULL);
	/* Every line ending is CRLF, including the attached original's bare LFs. */
	for (size_t i = 0; i < out.len; i++) {
		if (out.data[i] == '\n')
			test_assert_idx(i > 0 && out.data[i - 1] == '\r', i);
		if (out.data[i] == '\r')
			test_assert_idx(i + 1 < out.len && out.data[i + 1] == '\n', i);
	}
	test_end();
	buf_free(&out);
	verdict_free(v);
}

static void test_report_8bit_subject(void)
{
	struct report_info info = {.kind = REPORT_AMBIGUOUS, .account = "a", .now = 0};
	struct buf out = BUF_INIT(0);

	test_begin("report 8-bit subject RFC 2047 encoded, never raw in the header");
	test_assert(report_build(&info, NULL, "ご注文\r\nBcc: x@example.com", "X: y\n\nbody", 10,
	                         &out) == 0);
	/* "Held: may already have been delivered: ご注文  Bcc: x@example.com" in B words. */
	test_assert(strstr(out.data, "Subject: [aliasgate] =?utf-8?B?") != NULL);
	test_assert(strstr(out.data, "ご注文") == NULL ||
	            strstr(out.data, "ご注文") > strstr(out.data, "\r\n\r\n"));
	test_assert(strstr(out.data, "\r\nBcc:") == NULL);
	/* English: the attached original says nothing else; the plain part is QP. */
	test_assert(strstr(out.data, "Content-Language: en") != NULL);
	test_assert(strstr(out.data, "may or may not have been delivered") != NULL);
	test_end();
	buf_free(&out);
}

static void test_languages(void)
{
	static const struct {
		const char *text, *lang;
	} cases[] = {
	        {"ご注文ありがとうございます。クーポンをどうぞ。", "ja"},
	        {"配達日は金曜日です", "ja"}, /* は, で, す: kana */
	        {"感谢您的订购，我们会尽快发货。", "zh"},
	        {"送货日期是星期五", "zh"}, /* Han only, no kana: Chinese */
	        {"感謝您的訂購，我們會盡快發貨。這是您的訂單號碼。", "zh-Hant"},
	        {"주문해 주셔서 감사합니다. 리뷰를 남겨 주세요.", "ko"},
	        {"شكرا لطلبك. استخدم كوبون الخصم.", "ar"},
	        {"Thank you for your order, we will ship it today.", "en"},
	        {"Vielen Dank für Ihre Bestellung, wir versenden sie heute.", "de"},
	        {"Muchas gracias por su pedido, lo enviamos hoy y el paquete llega pronto.", "es"},
	        {"Merci pour votre commande, nous l'envoyons aujourd'hui avec le transporteur.",
	         "fr"},
	        {"Grazie per il vostro ordine, che sono lieto di spedire oggi.", "it"},
	        {"Bedankt voor uw bestelling, wij versturen het vandaag.", "nl"},
	        {"Dziękujemy za zamówienie, przesyłka jest już w drodze i nie ma opóźnień.", "pl"},
	        {"Tack för din beställning, den skickas i dag och är på väg.", "sv"},
	        {"Siparişiniz için teşekkür ederiz, bu gün kargoya veriyoruz.", "tr"},
	        {"Muito obrigado pelo seu pedido, você vai receber em breve.", "pt"},
	        {"Terima kasih untuk pesanan anda, kami akan mengirimnya hari ini.", "id"},
	        {"ORDER 112-1234567", NULL},
	        {"", NULL},
	};
	const char *l;

	test_begin("report language detection");
	for (size_t i = 0; i < ELEMENTSOF(cases); i++) {
		l = report_detect_language(cases[i].text, strlen(cases[i].text), false);
		test_assert_idx(cases[i].lang ? l && streq(l, cases[i].lang) : l == NULL, i);
		if (cases[i].lang && (!l || !streq(l, cases[i].lang)))
			printf("  case %zu: got %s, want %s\n", i, l ? l : "(none)", cases[i].lang);
	}
	/* Han only and as many traditional as simplified forms: the charset decides. */
	l = report_detect_language("配達日は", strlen("配達日は"), true);
	test_assert(l && streq(l, "ja"));
	l = report_detect_language("金曜日", strlen("金曜日"), true);
	test_assert(l && streq(l, "zh-Hant"));
	l = report_detect_language("金曜日", strlen("金曜日"), false);
	test_assert(l && streq(l, "zh"));
	test_end();

	test_begin("report language from the marketplace");
	test_assert_streq(report_market_language("marketplace.amazon.de"), "de");
	test_assert_streq(report_market_language("m.marketplace.amazon.co.jp"), "ja");
	test_assert_streq(report_market_language("marketplace.amazon.com.tr"), "tr");
	test_assert_streq(report_market_language("marketplace.amazon.com.br"), "pt");
	test_assert_streq(report_market_language("marketplace.amazon.se"), "sv");
	test_assert_streq(report_market_language("marketplace.amazon.pl"), "pl");
	test_assert_streq(report_market_language("marketplace.amazon.nl"), "nl");
	test_assert_streq(report_market_language("marketplace.amazon.fr"), "fr");
	test_assert_streq(report_market_language("marketplace.amazon.it"), "it");
	test_assert_streq(report_market_language("marketplace.amazon.es"), "es");
	test_assert_streq(report_market_language("marketplace.amazon.ae"), "ar");
	test_assert_streq(report_market_language("marketplace.amazon.sa"), "ar");
	test_assert_streq(report_market_language("marketplace.amazon.eg"), "ar");
	test_assert_streq(report_market_language("marketplace.amazon.com"), "en");
	test_assert_streq(report_market_language("marketplace.amazon.co.uk"), "en");
	test_assert_streq(report_market_language("example.de"), "en");
	{
		/* Text that says nothing: the alias's marketplace decides. */
		struct message *m = message_new();
		m->recipients = xcalloc(1, sizeof(char *));
		m->recipients[0] = xstrdup("6bmcx2l1t7cwrwb@marketplace.amazon.de");
		m->n_recipients = 1;
		message_add_text(m, SCOPE_BODY, xstrdup("112-1234567-1234567"), 19, "part 1");
		test_assert_streq(report_language(m, NULL, 0), "de");
		message_add_text(m, SCOPE_SUBJECT, xstrdup("Thank you for your order"), 24,
		                 "Subject");
		test_assert_streq(report_language(m, NULL, 0), "en");
		message_free(m);
	}
	test_end();
}

static void test_translations(void)
{
	test_begin("report texts in all 16 languages");
	test_assert(report_n_languages == 16);
	test_assert(report_n_languages == rule_n_languages);
	for (size_t l = 0; l < rule_n_languages; l++) {
		const char *lang = rule_languages[l];
		test_assert_idx(streq(report_languages[l], lang), l);
		test_assert_idx(report_has_language(lang), l);
		for (int t = 0; t < RT__MAX; t++) {
			const char *s = report_text(lang, (enum report_text) t);
			test_assert_idx(s && *s, l * 100 + (size_t) t);
			/* Translated, not the English fallback (a few words are the same in
			 * several languages: "Account:", "Motivo:", "Warnung"...). */
			if (l && t >= RT_TITLE)
				test_assert_idx(!streq(s, report_text("en", (enum report_text) t)),
				                l * 100 + (size_t) t);
		}
	}
	test_assert_streq(report_text("xx", RT_FOUND), "Found:");
	test_assert_streq(report_text(NULL, RT_FIX), "Fix:");
	test_assert_streq(report_text("en", RT_MISSING_TAG), "Missing [Important] tag");
	test_end();
}

/* A hand-made verdict on a hand-made message: hits at byte offsets of UTF-8 text. */
static struct message *cjk_message(void)
{
	static const char body[] = "お客様\n次回はクーポンコード SAVE20 をどうぞ。<b>太字</b> & "
	                           "https://shop.example.com/x\nレビューを書いてください。";
	struct message *m = message_new();

	message_add_text(m, SCOPE_BODY, xstrdup(body), strlen(body), "part 1 text/plain");
	return m;
}

static void test_html(void)
{
	struct message *m = cjk_message();
	const struct text *t = &m->texts[SCOPE_BODY][0];
	const char *c = strstr(t->orig, "クーポンコード"), *rv = strstr(t->orig, "レビュー");
	struct verdict *v = verdict_new("0123456789abcdef");
	struct buf out = BUF_INIT(0);
	size_t cs = (size_t) (c - t->orig), rs = (size_t) (rv - t->orig);
	const char *p, *q;

	verdict_add(v, "rep.review", "review", ACTION_REJECT, "body", "part 1 text/plain", rs,
	            rs + strlen("レビュー"), "x", "Reviews.", "Remove <the> request.");
	verdict_add(v, "rep.coupon", "promotion", ACTION_REJECT, "body", "part 1 text/plain", cs,
	            cs + strlen("クーポンコード"), "y", "Promotions.", "Remove the code.");
	verdict_hit_l10n(&v->hits[1], "ja", "販促はできません。", "コードを削除してください。");
	verdict_add(v, "rep.att", "attachment", ACTION_WARN, "attachment-name", "2", 0, 0, "a.exe",
	            "No programs.", NULL);
	v->hits[0].missing = false;

	struct report_view view = {.lang = "ja", .title = "<T>", .v = v, .m = m};
	test_begin("report html: highlights at UTF-8 offsets, hints beside them, escaped");
	test_assert(report_html(&view, &out) == 0);
	/* The marks hold exactly the hit ranges, in text order (the coupon comes first
	 * although it is the second hit), each followed by its number and hint. */
	p = strstr(out.data, "<mark");
	test_assert(p != NULL);
	p = p ? strchr(p, '>') : NULL;
	test_assert(p &&
	            strncmp(p + 1, "クーポンコード</mark>", strlen("クーポンコード</mark>")) == 0);
	q = p ? strstr(p, "<mark") : NULL;
	q = q ? strchr(q, '>') : NULL;
	test_assert(q && strncmp(q + 1, "レビュー</mark>", strlen("レビュー</mark>")) == 0);
	test_assert(strstr(out.data, ">2</span><span dir=\"auto\"") != NULL);
	test_assert(strstr(out.data, "コードを削除してください。</span> SAVE20") != NULL);
	test_assert(strstr(out.data, "次回は<mark") != NULL);
	/* Everything escaped; no URL, no tag from the message. */
	test_assert(strstr(out.data, "&lt;b&gt;太字&lt;/b&gt; &amp; https<span>:</span>//shop") !=
	            NULL);
	test_assert(strstr(out.data, "<b>") == NULL);
	test_assert(strstr(out.data, "://") == NULL);
	test_assert(strstr(out.data, "<title>&lt;T&gt;</title>") != NULL);
	test_assert(strstr(out.data, "Remove &lt;the&gt; request.") != NULL);
	test_assert(strstr(out.data, "販促はできません。") != NULL);
	test_assert(strstr(out.data, "<html lang=\"ja\" dir=\"ltr\">") != NULL);
	/* The attachment hit has no place in the text: listed only. */
	test_assert(strstr(out.data, "a.exe") != NULL);
	test_assert(strstr(out.data, "警告") != NULL);
	test_end();

	buf_reset(&out);
	view.lang = "ar";
	test_begin("report html: Arabic is right to left");
	test_assert(report_html(&view, &out) == 0);
	test_assert(strstr(out.data, "<html lang=\"ar\" dir=\"rtl\">") != NULL);
	test_assert(strstr(out.data, "<div dir=\"rtl\"") != NULL);
	test_end();

	buf_reset(&out);
	test_begin("report html escape");
	test_assert(report_html_escape(&out, "<script>alert('x')</script>\x01\xff\n", 30, true,
	                               false) == 0);
	test_assert_streq(out.data, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
	                            "\xef\xbf\xbd<br>\n");
	buf_reset(&out);
	test_assert(report_html_escape(&out, "mail a@b.example or www.x.example", 33, false,
	                               true) == 0);
	test_assert_streq(out.data, "mail a<span>@</span>b.example or www<span>.</span>x.example");
	test_end();
	buf_free(&out);
	verdict_free(v);
	message_free(m);
}

static void test_report_mime_lines(void)
{
	static const char raw[] = "From: s@example.net\nTo: x@marketplace.amazon.co.jp\n"
	                          "Subject: =?utf-8?B?44GU5rOo5paH?=\n\n"
	                          "次回はクーポンコードをどうぞ。\n";
	struct verdict *v = verdict_new("0123456789abcdef");
	struct report_info info = {.kind = REPORT_REJECTED, .account = "a", .now = 1};
	struct buf out = BUF_INIT(0);
	const char *orig;
	size_t col = 0;

	verdict_add(v, "rep.coupon", "promotion", ACTION_REJECT, "body", "part 1", 9, 30, "x",
	            "Promotions are not allowed here, in a reason long enough to need more than "
	            "one line of quoted-printable.",
	            "Remove it.");
	test_begin("report MIME: parts, encodings, line lengths, language");
	test_assert(report_build(&info, v, "ご注文", raw, sizeof(raw) - 1, &out) == 0);
	test_assert(strstr(out.data, "Content-Type: multipart/mixed;\r\n boundary=\"") != NULL);
	test_assert(strstr(out.data, "Content-Type: multipart/alternative;\r\n boundary=\"") !=
	            NULL);
	test_assert(strstr(out.data, "Content-Type: text/plain; charset=utf-8\r\n") != NULL);
	test_assert(strstr(out.data, "Content-Type: text/html; charset=utf-8\r\n"
	                             "Content-Transfer-Encoding: base64\r\n") != NULL);
	test_assert(strstr(out.data, "Content-Language: ja\r\n") != NULL);
	orig = strstr(out.data, "Content-Type: message/rfc822");
	test_assert(orig != NULL);
	test_assert(orig && strstr(orig, "Content-Transfer-Encoding: 8bit\r\n") != NULL);
	/* Every line before the attached original fits in 76 characters. */
	for (const char *p = out.data; orig && p < orig; p++) {
		if (*p == '\r' && p[1] == '\n') {
			test_assert_idx(col <= 76, (size_t) (p - out.data));
			col = 0;
			p++;
		} else {
			col++;
		}
	}
	test_end();
	buf_free(&out);
	verdict_free(v);
}

static void test_lint_translations(void)
{
	static const char rules[] = "rule t.a\n  category c\n  scope body\n  match /x/\n"
	                            "  action reject\n  languages en ja de\n  reason R\n"
	                            "  reason.ja 理由\n  hint H\n  hint.de Hinweis\n"
	                            "rule t.b\n  category c\n  scope body\n  match /y/\n"
	                            "  action reject\n  reason R\n  hint H\n  reason.sv Skäl\n";
	static const char bad[] = "rule t.c\n  category c\n  scope body\n  match /x/\n"
	                          "  action reject\n  reason R\n  hint H\n  reason.xx X\n"
	                          "  reason.en E\n  reason.ja A\n  reason.ja B\n  hint.zh-Hant\n";
	struct ruleset *rs = xcalloc(1, sizeof(*rs)), *rs2 = xcalloc(1, sizeof(*rs2));
	struct diag d = DIAG_INIT;
	char *line;

	test_begin("rules: reason.LANG / hint.LANG, and lint's warning");
	test_assert(ruleset_parse(rs, "t.rules", rules, sizeof(rules) - 1, &d) == 0);
	test_assert(rs->n_rules == 2);
	test_assert_streq(rs->rules[0].reason_l10n[1], "理由");
	test_assert_streq(rs->rules[0].hint_l10n[5], "Hinweis");
	test_assert(rs->rules[0].reason_l10n[0] == NULL);
	test_assert_streq(rs->rules[1].reason_l10n[12], "Skäl");
	/* t.a names de without reason.de: one warning (en needs none, ja has one). */
	test_assert(lint_translations(rs, &d) == 1);
	test_assert(d.n == 1);
	line = d.n ? diag_format(&d, 0) : NULL;
	test_assert(line &&
	            strstr(line, "t.rules:1: warning: rule t.a covers de but has no reason.de"));
	free(line);
	diag_clear(&d);
	/* Unknown language, English, twice, empty: four errors. */
	test_assert(ruleset_parse(rs2, "b.rules", bad, sizeof(bad) - 1, &d) == 4);
	for (size_t i = 0; i < d.n; i++) {
		char *e = diag_format(&d, i);
		printf("  (expected) %s\n", e);
		free(e);
	}
	diag_clear(&d);
	test_end();
	ruleset_free(rs);
	ruleset_free(rs2);
}

int main(void)
{
	test_report_shape();
	test_report_8bit_subject();
	test_languages();
	test_translations();
	test_html();
	test_report_mime_lines();
	test_lint_translations();
	return test_exit();
}
