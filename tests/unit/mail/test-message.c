#include "message.h"
#include "test.h"

static struct message *parse(const char *raw)
{
	struct message *m = NULL;
	test_assert(message_parse(raw, strlen(raw), NULL, &m) == 0 && m);
	return m;
}

static bool body_has(const struct message *m, const char *want)
{
	for (size_t i = 0; i < m->n_texts[SCOPE_BODY]; i++)
		if (strstr(m->texts[SCOPE_BODY][i].orig, want))
			return true;
	return false;
}

/* Each row: a message in one charset and transfer encoding, and the UTF-8 text the
 * body must decode to. Generated with Python's codecs at authoring time. */
static const struct {
	const char *raw, *want;
} charset_rows[] = {
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=iso-2022-jp\012Content-Transfer-Encoding: "
         "7bit\012\012\033$B$4CmJ8$\042$j$,$H$&$4$6$$$^$9!#\033(B\012",
         "\343\201\224\346\263\250\346\226\207\343\201\202\343\202\212\343\201\214\343\201\250\343"
         "\201\206\343\201\224\343\201\226\343\201\204\343\201\276\343\201\231\343\200\202"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=shift_jis\012Content-Transfer-Encoding: "
         "base64\012\012grKSjZW2gqCC6IKqgsaCpIKygrSCooLcgreBQodA\012\012",
         "\343\201\224\346\263\250\346\226\207\343\201\202\343\202\212\343\201\214\343\201\250\343"
         "\201\206\343\201\224\343\201\226\343\201\204\343\201\276\343\201\231\343\200\202\342\221"
         "\240"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=euc-jp\012Content-Transfer-Encoding: "
         "8bit\012\012\244\264\303\355\312\270\244\242\244\352\244\254\244\310\244\246\244\264\244"
         "\266\244\244\244\336\244\271\241\243\012",
         "\343\201\224\346\263\250\346\226\207\343\201\202\343\202\212\343\201\214\343\201\250\343"
         "\201\206\343\201\224\343\201\226\343\201\204\343\201\276\343\201\231\343\200\202"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=euc-kr\012Content-Transfer-Encoding: "
         "base64\012\012wda5rsfYIMHWvMW8rSCwqLvnx9W0z7TZLg==\012\012",
         "\354\243\274\353\254\270\355\225\264 \354\243\274\354\205\224\354\204\234 "
         "\352\260\220\354\202\254\355\225\251\353\213\210\353\213\244."},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=gb2312\012Content-Transfer-Encoding: "
         "quoted-printable\012\012=B8=D0=D0=BB=C4=FA=B5=C4=B6=A9=B9=BA=A1=A3\012",
         "\346\204\237\350\260\242\346\202\250\347\232\204\350\256\242\350\264\255\343\200\202"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=gbk\012Content-Transfer-Encoding: "
         "base64\012\012uNDQu8T6tcS2qbm6oaM=\012\012",
         "\346\204\237\350\260\242\346\202\250\347\232\204\350\256\242\350\264\255\343\200\202"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=gb18030\012Content-Transfer-Encoding: "
         "base64\012\012uNDQu8T6tcS2qbm6oaM=\012\012",
         "\346\204\237\350\260\242\346\202\250\347\232\204\350\256\242\350\264\255\343\200\202"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=big5\012Content-Transfer-Encoding: "
         "base64\012\012t1DBwrF6qrqtccHKoUM=\012\012",
         "\346\204\237\350\254\235\346\202\250\347\232\204\350\250\202\350\263\274\343\200\202"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=iso-8859-1\012Content-Transfer-Encoding: "
         "quoted-printable\012\012Vielen Dank f=FCr Ihre Bestellung. Gr=F6=DFe\012",
         "Vielen Dank f\303\274r Ihre Bestellung. Gr\303\266\303\237e"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=iso-8859-15\012Content-Transfer-Encoding: "
         "8bit\012\012Merci pour votre commande. \244\012",
         "Merci pour votre commande. \342\202\254"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=windows-1252\012Content-Transfer-Encoding: "
         "quoted-printable\012\012Gracias por su pedido =93ma=F1ana=94\012",
         "Gracias por su pedido \342\200\234ma\303\261ana\342\200\235"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=windows-1251\012Content-Transfer-Encoding: "
         "base64\012\0120e/g8ejh7iDn4CDn4Org5w==\012\012",
         "\320\241\320\277\320\260\321\201\320\270\320\261\320\276 \320\267\320\260 "
         "\320\267\320\260\320\272\320\260\320\267"},
        {"From: s@x.example\012To: a@marketplace.amazon.co.jp\012Subject: t\012MIME-Version: "
         "1.0\012Content-Type: text/plain; charset=utf-8\012Content-Transfer-Encoding: "
         "quoted-printable\012\012Grazie per il tuo ordine, =C3=A8 partito. "
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\012xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx "
         "fine\012",
         "Grazie per il tuo ordine, \303\250 partito. "
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx fine"},
};

static void test_charsets(void)
{
	test_begin("message charsets and transfer encodings");
	for (size_t i = 0; i < ELEMENTSOF(charset_rows); i++) {
		struct message *m = parse(charset_rows[i].raw);
		test_assert_idx(!m->hold_rule, i);
		test_assert_idx(body_has(m, charset_rows[i].want), i);
		message_free(m);
	}
	test_end();
}

static void test_headers(void)
{
	struct message *m =
	        parse("From: =?UTF-8?Q?Bright_Peak?= <Seller@BrightPeak.example>\n"
	              "To: \"Buyer\" <6bmcx2l1t7cwrwb@Marketplace.Amazon.COM>, other@example.net\n"
	              "Cc: x+tag@m.marketplace.amazon.co.jp\n"
	              "Bcc: undisclosed-recipients:;\n"
	              "Delivered-To: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"
	              "Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= =?UTF-8?B?w6k=?=\n"
	              "Message-ID: <abc@brightpeak.example>\n\nhi\n");
	test_begin("message headers, recipients, RFC 2047");
	test_assert_streq(m->subject, "テストé");
	test_assert_streq(m->from, "Seller@BrightPeak.example");
	test_assert_streq(m->message_id, "abc@brightpeak.example");
	test_assert(m->n_recipients == 3);
	test_assert_streq(m->recipients[0], "6bmcx2l1t7cwrwb@marketplace.amazon.com");
	test_assert_streq(m->recipients[1], "other@example.net");
	test_assert_streq(m->recipients[2], "x+tag@m.marketplace.amazon.co.jp");
	test_assert(m->n_texts[SCOPE_SUBJECT] == 1);
	test_assert(m->n_texts[SCOPE_HEADERS] == 1 &&
	            strstr(m->texts[SCOPE_HEADERS][0].orig, "Subject: テストé\n") != NULL);
	message_free(m);
	test_end();
}

static void test_html_and_nested(void)
{
	struct message *m = parse(
	        "From: s@x.example\nTo: a@marketplace.amazon.com\nSubject: t\nMIME-Version: 1.0\n"
	        "Content-Type: multipart/mixed; boundary=\"B\"\n\n--B\n"
	        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: "
	        "quoted-printable\n\n"
	        "<p>Hello <span style=3D\"display:none\">hidden words</span> <a "
	        "href=3D\"https://sh=\n"
	        "op.example/x\">here</a><img src=3D\"http://t.example/p.gif\"></p>\n"
	        "--B\nContent-Type: message/rfc822\n\nSubject: inner subject\n"
	        "Content-Type: text/plain\n\ninner body text\n"
	        "--B--\n");
	test_begin("message html, links, nested rfc822");
	test_assert(!m->hold_rule);
	test_assert(body_has(m, "hidden words"));
	test_assert(body_has(m, "inner body text"));
	test_assert(body_has(m, "Subject: inner subject"));
	test_assert(m->n_links == 2);
	test_assert(m->n_links >= 1 && streq(m->links[0].url, "https://shop.example/x") &&
	            m->links[0].kind == LINK_ANCHOR && streq(m->links[0].host, "shop.example"));
	test_assert(m->n_links >= 2 && m->links[1].kind == LINK_IMAGE);
	test_assert(m->n_texts[SCOPE_LINKS] == 2);
	message_free(m);
	test_end();
}

static void test_attachments(void)
{
	/* "PK\3\4" + "[Content_Types].xml" + "word/document.xml": a minimal docx shape. */
	struct message *m = parse(
	        "From: s@x.example\nTo: a@marketplace.amazon.com\nSubject: t\nMIME-Version: 1.0\n"
	        "Content-Type: multipart/mixed; boundary=\"B\"\n\n--B\nContent-Type: "
	        "text/plain\n\nSee "
	        "attached.\n--B\nContent-Type: application/octet-stream\n"
	        "Content-Disposition: attachment;\n filename*0*=UTF-8''manual%E2%80%93;\n"
	        " filename*1=\"v2.docx\"\nContent-Transfer-Encoding: base64\n\n"
	        "UEsDBFtDb250ZW50X1R5cGVzXS54bWx3b3JkL2RvY3VtZW50LnhtbA==\n"
	        "--B\nContent-Type: application/zip; name=\"=?UTF-8?B?5pys?=.zip\"\n"
	        "Content-Transfer-Encoding: base64\n\nUEsDBGZpbGUudHh0\n"
	        "--B\nContent-Type: text/plain; name=\"notes.txt\"\n"
	        "Content-Disposition: attachment\n\nvisit www.example.com\n--B--\n");
	test_begin("message attachments, RFC 2231, sniffing");
	test_assert(!m->hold_rule);
	test_assert(m->n_attachments == 3);
	if (m->n_attachments == 3) {
		test_assert_streq(m->attachments[0].filename, "manual–v2.docx");
		test_assert_streq(m->attachments[0].sniffed_type, "docx");
		test_assert_streq(m->attachments[1].filename, "本.zip");
		test_assert_streq(m->attachments[1].sniffed_type, "zip");
		test_assert_streq(m->attachments[1].declared_type, "application/zip");
		test_assert_streq(m->attachments[2].sniffed_type, "text");
	}
	test_assert(m->n_texts[SCOPE_ATTACHMENT_NAME] == 3);
	test_assert(m->n_texts[SCOPE_ATTACHMENT_TEXT] == 1 &&
	            strstr(m->texts[SCOPE_ATTACHMENT_TEXT][0].orig, "www.example.com"));
	test_assert(m->n_links == 1 && m->links[0].found_in == SCOPE_ATTACHMENT_TEXT);
	message_free(m);
	test_end();
}

static void test_holds(void)
{
	static const struct {
		const char *raw, *rule;
	} rows[] = {
	        {"Subject: t\nContent-Type: text/plain; charset=x-unknown\n\nhi\n",
	         "engine.charset"},
	        {"Subject: t\nContent-Type: text/plain\nContent-Transfer-Encoding: "
	         "base64\n\naGk*\n",
	         "engine.undecodable"},
	        {"Subject: t\nContent-Type: multipart/mixed; boundary=Z\n\n--Z\n\nhi\n",
	         "engine.malformed"},
	        {"Subject: t\r\n\r\nmixed\nendings\r\n", "engine.line-endings"},
	};
	struct limits small = LIMITS_DEFAULT;
	struct message *m = NULL;

	test_begin("message holds");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		m = parse(rows[i].raw);
		test_assert_idx(m->hold_rule && streq(m->hold_rule, rows[i].rule), i);
		test_assert_idx(m->hold_reason && *m->hold_reason, i);
		message_free(m);
	}
	small.raw_size = 10;
	test_assert(message_parse("Subject: 0123456789\n\n", 21, &small, &m) == 0);
	test_assert(m->hold_rule && streq(m->hold_rule, "engine.size"));
	message_free(m);
	test_end();
}

/* Each limit of struct limits at a tiny value, as Dovecot's test-message-parser.c
 * does: the message just over it is held by the named engine rule, and the same
 * message with the limit one notch higher is not held for that reason. */
static void test_each_limit(void)
{
	static const char mp[] = "From: a@b.example\nTo: x@marketplace.amazon.com\nSubject: s\n"
	                         "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
	                         "--B\nContent-Type: text/plain\n\nhello https://a.example "
	                         "https://b.example\n"
	                         "--B\nContent-Type: text/html\n\n<p>x</p><p>y</p><p>z</p>\n"
	                         "--B\nContent-Type: application/pdf; name=a.pdf\n"
	                         "Content-Disposition: attachment\n\n%PDF-1.4 data\n"
	                         "--B\nContent-Type: application/pdf; name=b.pdf\n"
	                         "Content-Disposition: attachment\n\n%PDF-1.4 more\n--B--\n";
	struct {
		const char *name, *rule;
		size_t *field_z;
		unsigned *field_u;
		size_t tiny;
	} rows[7];
	struct limits lim = LIMITS_DEFAULT;
	size_t n = 0;

#define ROW_Z(f, r, v) rows[n++] = (typeof(rows[0])){#f, r, &lim.f, NULL, v}
#define ROW_U(f, r, v)                                                                             \
	rows[n++] = (typeof(rows[0]))                                                              \
	{                                                                                          \
#f, r, NULL, &lim.f, v                                                             \
	}
	ROW_Z(raw_size, "engine.size", 100);
	ROW_U(mime_parts, "engine.mime-parts", 3);
	ROW_U(mime_depth, "engine.mime-depth", 0);
	ROW_Z(header_field, "engine.header-length", 40);
	ROW_Z(header_block, "engine.header-length", 60);
	ROW_Z(decoded_size, "engine.decoded-size", 30);
	ROW_U(attachments, "engine.attachments", 1);
#undef ROW_Z
#undef ROW_U
	test_begin("message: each limit at a tiny value holds with its rule");
	for (size_t i = 0; i < n; i++) {
		struct message *m = NULL;
		lim = (struct limits) LIMITS_DEFAULT;
		if (rows[i].field_z)
			*rows[i].field_z = rows[i].tiny;
		else
			*rows[i].field_u = (unsigned) rows[i].tiny;
		test_assert_idx(message_parse(mp, strlen(mp), &lim, &m) == 0 && m, i);
		test_assert_idx(m->hold_rule && streq(m->hold_rule, rows[i].rule), i);
		if (!m->hold_rule || !streq(m->hold_rule, rows[i].rule))
			printf("  %s: got %s\n", rows[i].name,
			       m->hold_rule ? m->hold_rule : "no hold");
		message_free(m);
	}
	/* and nothing is held at the defaults */
	struct message *m = NULL;
	struct limits def = LIMITS_DEFAULT;
	test_assert(message_parse(mp, strlen(mp), &def, &m) == 0 && m && !m->hold_rule);
	message_free(m);
	/* text_size, links and html_tags bound single texts */
	def.text_size = 8;
	test_assert(message_parse(mp, strlen(mp), &def, &m) == 0 && m->hold_rule &&
	            streq(m->hold_rule, "engine.text-size"));
	message_free(m);
	def = (struct limits) LIMITS_DEFAULT;
	def.links = 1;
	test_assert(message_parse(mp, strlen(mp), &def, &m) == 0 && m->hold_rule &&
	            streq(m->hold_rule, "engine.links"));
	message_free(m);
	def = (struct limits) LIMITS_DEFAULT;
	def.html_tags = 2;
	test_assert(message_parse(mp, strlen(mp), &def, &m) == 0 && m->hold_rule &&
	            streq(m->hold_rule, "engine.html"));
	message_free(m);
	test_end();
}

static bool scope_norm_has(const struct message *m, enum scope sc, const char *want)
{
	for (size_t i = 0; i < m->n_texts[sc]; i++)
		if (strstr(m->texts[sc][i].norm, want))
			return true;
	return false;
}

static void test_replies_and_quotes(void)
{
	struct message *m;

	test_begin("message reply, quoted scope, buyer alias blanked");
	m = parse("From: s@shop.example\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"
	          "Subject: Re: Your order\nIn-Reply-To: <q@amazon.com>\n\n"
	          "It ships today.\n\nOn Mon, 16 Nov 2026, Buyer "
	          "<6bmcx2l1t7cwrwb@marketplace.amazon.com> wrote:\n> Where is it?\n");
	test_assert(m->reply);
	test_assert(scope_norm_has(m, SCOPE_BODY, "It ships today."));
	test_assert(!scope_norm_has(m, SCOPE_BODY, "Where is it"));
	test_assert(scope_norm_has(m, SCOPE_QUOTED, "Where is it"));
	/* the alias is blanked in the matching view, kept in the original */
	test_assert(!scope_norm_has(m, SCOPE_QUOTED, "@marketplace.amazon.com"));
	test_assert(strstr(m->texts[SCOPE_QUOTED][0].orig, "@marketplace.amazon.com"));
	message_free(m);

	/* a reply prefix without In-Reply-To/References is not a reply, nor the reverse */
	m = parse("From: s@shop.example\nSubject: Re: hello\n\nhi\n");
	test_assert(!m->reply);
	message_free(m);
	m = parse("From: s@shop.example\nSubject: hello\nReferences: <a@b>\n\nhi\n");
	test_assert(!m->reply);
	message_free(m);

	/* another address stays visible to contact rules; a look-alike domain too */
	m = parse("From: s@shop.example\nSubject: x\n\nmail info@shop.example or "
	          "x@marketplace.amazon.com.evil.example\n");
	test_assert(scope_norm_has(m, SCOPE_BODY, "info@shop.example"));
	test_assert(scope_norm_has(m, SCOPE_BODY, "@marketplace.amazon.com.evil.example"));
	message_free(m);

	/* a mailto: link to the alias (Gmail's attribution) is not a link; others are */
	m = parse("From: s@shop.example\nSubject: x\nContent-Type: text/html\n\n"
	          "<p>ok</p><a href=\"mailto:6bmcx2l1t7cwrwb@marketplace.amazon.de\">b</a>"
	          "<a href=\"mailto:info@shop.example\">c</a>\n");
	test_assert(m->n_links == 1 && strstr(m->links[0].url, "info@shop.example"));
	message_free(m);

	/* Outlook's header block: the seller's own address in "To:" is the client's,
	 * not an offer of contact; a phone number on the same lines is still seen. An
	 * attribution line blanks only the alias. */
	m = parse("From: s@shop.example\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"
	          "Subject: RE: x\nIn-Reply-To: <q@amazon.com>\n\nShipped.\n\n"
	          "From: Buyer <6bmcx2l1t7cwrwb@marketplace.amazon.com>\n"
	          "Sent: Monday, November 16, 2026 10:00 AM\n"
	          "To: Bright Peak <seller@shop.example> +1 555 123 4567\nSubject: x\n\nWhere?\n"
	          "On Mon, a <other@shop.example> wrote:\n> hi\n");
	test_assert(!scope_norm_has(m, SCOPE_QUOTED, "seller@shop.example"));
	test_assert(scope_norm_has(m, SCOPE_QUOTED, "555 123 4567"));
	test_assert(scope_norm_has(m, SCOPE_QUOTED, "other@shop.example"));
	message_free(m);
	test_end();
}

int main(void)
{
	test_each_limit();
	test_replies_and_quotes();
	test_charsets();
	test_headers();
	test_html_and_nested();
	test_attachments();
	test_holds();
	return test_exit();
}
