/*
 * quote - reply detection and the quoted part of a reply (quote.h). Plain string work
 * over decoded UTF-8; the word lists are what Gmail, Outlook, Apple Mail and
 * Thunderbird write in the marketplace languages.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "base.h"
#include "quote.h"

/* Reply prefixes, compared case-insensitively (ASCII) before a ':' or '：'. */
static const char *const reply_prefixes[] = {
        "re",      "aw",   "sv",   "vs",    "r",     "rv",    "res",   "ref",  "réf", "antw",
        "antwort", "odp",  "ynt",  "yanıt", "cevap", "yanit", "balas", "bls",  "tr",  "回复",
        "答复",    "回覆", "答覆", "返信",  "답장",  "회신",  "رد",    "الرد",
};

/* What follows the prefix: ':' or the full-width '：' (U+FF1A), after optional "[2]". */
static size_t after_colon(const char *s)
{
	size_t i = 0;

	if (s[i] == '[' || s[i] == '(') {
		char close = s[i] == '[' ? ']' : ')';
		i++;
		while (s[i] >= '0' && s[i] <= '9')
			i++;
		if (s[i] != close)
			return 0;
		i++;
	}
	while (s[i] == ' ')
		i++;
	if (s[i] == ':')
		return i + 1;
	if (strncmp(s + i, "\xef\xbc\x9a", 3) == 0)
		return i + 3;
	return 0;
}

bool quote_subject_is_reply(const char *subject)
{
	const char *s = subject;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s != '[' && strncmp(s, "\xe3\x80\x90", 3) != 0) /* '[' or '【' */
			break;
		/* skip a tag such as "[Important]" or "【重要】" */
		const char *e = *s == '[' ? strchr(s, ']') : strstr(s, "\xe3\x80\x91");
		if (!e)
			break;
		s = e + (*s == '[' ? 1 : 3);
	}
	for (size_t i = 0; i < ELEMENTSOF(reply_prefixes); i++) {
		size_t n = strlen(reply_prefixes[i]);
		if (strncasecmp(s, reply_prefixes[i], n) == 0 && after_colon(s + n))
			return true;
	}
	return false;
}

/* Attribution lines end with one of these verbs and a colon (any case, ASCII). */
static const char *const wrote[] = {
        "wrote",          "schrieb",  "a écrit",      "escribió", "ha scritto", "schreef",
        "napisał",        "napisała", "napisał(a)",   "pisze",    "skrev",      "yazdı",
        "escreveu",       "menulis",  "كتب",          "写道",     "寫道",       "書きました",
        "書き込みました", "작성",     "작성했습니다", "écrit",    "scritto",
};

/* Outlook's header block: a "From" label, and within the next lines a "Sent" label. */
static const char *const from_labels[] = {
        "From:",    "Von:",    "De :",     "De:",        "Da:",      "Van:",
        "Od:",      "Från:",   "Kimden:",  "差出人:",    "差出人：", "发件人:",
        "发件人：", "寄件者:", "寄件者：", "보낸 사람:", "من:",
};
static const char *const sent_labels[] = {
        "Sent:",     "Date:",      "Gesendet:",  "Datum:",         "Envoyé :",
        "Envoyé:",   "Date :",     "Enviado:",   "Fecha:",         "Inviato:",
        "Data:",     "Verzonden:", "Wysłano:",   "Skickat:",       "Gönderildi:",
        "Tarih:",    "送信日時:",  "送信日時：", "发送时间:",      "发送时间：",
        "寄件日期:", "寄件日期：", "보낸 날짜:", "تاريخ الإرسال:", "Terkirim:",
};

/* is_attribution - "On ... wrote:", "Am ... schrieb NAME <addr>:", "... 写道：": a line
 * of at most 400 bytes that ends with a colon and names the verb somewhere, since
 * German, Dutch and Swedish clients put the sender after it. */
static bool ends_with_wrote(const char *l, size_t n)
{
	char buf[401];

	while (n && (l[n - 1] == ' ' || l[n - 1] == '\t' || l[n - 1] == '\r'))
		n--;
	if (n == 0 || n > 400)
		return false;
	if (l[n - 1] != ':' && !(n >= 3 && memcmp(l + n - 3, "\xef\xbc\x9a", 3) == 0))
		return false;
	memcpy(buf, l, n);
	buf[n] = '\0';
	for (size_t i = 0; i < ELEMENTSOF(wrote); i++)
		if (strcasestr(buf, wrote[i]))
			return true;
	return false;
}

static bool starts_with_any(const char *l, size_t n, const char *const *v, size_t nv)
{
	while (n && (*l == ' ' || *l == '\t' || *l == '*')) /* Outlook bolds the labels */
		l++, n--;
	for (size_t i = 0; i < nv; i++) {
		size_t w = strlen(v[i]);
		if (n >= w && strncasecmp(l, v[i], w) == 0)
			return true;
	}
	return false;
}

/* "-----Original Message-----" in any language, or Outlook's underscore rule. */
static bool is_separator(const char *l, size_t n)
{
	while (n && (l[n - 1] == ' ' || l[n - 1] == '\r'))
		n--;
	while (n && *l == ' ')
		l++, n--;
	if (n >= 10 && strncmp(l, "-----", 5) == 0 && strncmp(l + n - 5, "-----", 5) == 0)
		return true;
	if (n >= 20) {
		size_t k = 0;
		while (k < n && l[k] == '_')
			k++;
		return k == n;
	}
	return false;
}

static const char *const other_labels[] = {
        "To:",        "An:",      "À :",      "À:",       "Para:",      "A:",       "Aan:",
        "Do:",        "Till:",    "Kime:",    "宛先:",    "宛先：",     "收件人:",  "收件人：",
        "받는 사람:", "إلى:",     "Cc:",      "CC:",      "Kopie:",     "Subject:", "Betreff:",
        "Objet :",    "Objet:",   "Asunto:",  "Oggetto:", "Onderwerp:", "Temat:",   "Ämne:",
        "Konu:",      "Assunto:", "件名:",    "件名：",   "主题:",      "主题：",   "主旨:",
        "主旨：",     "제목:",    "الموضوع:", "Perihal:", "Kepada:",    "Dari:",    "Tanggal:",
};

static bool is_label_line(const char *l, size_t n)
{
	return starts_with_any(l, n, from_labels, ELEMENTSOF(from_labels)) ||
	       starts_with_any(l, n, sent_labels, ELEMENTSOF(sent_labels)) ||
	       starts_with_any(l, n, other_labels, ELEMENTSOF(other_labels));
}

static bool is_gt_line(const char *l, size_t n)
{
	while (n && *l == ' ')
		l++, n--;
	return n && *l == '>';
}

void quote_split(const char *text, size_t len, quote_fn fn, void *ctx)
{
	size_t pos = 0, span = 0;
	enum quote_kind kind = QUOTE_OWN, k;
	bool rest_quoted = false, in_block = false;

	while (pos < len) {
		const char *l = text + pos, *nl = memchr(l, '\n', len - pos);
		size_t n = nl ? (size_t) (nl - l) : len - pos, next = pos + n + (nl ? 1 : 0);

		if (in_block && is_label_line(l, n)) {
			k = QUOTE_HEADER; /* the rest of Outlook's From:/Sent:/To:/Subject: block */
		} else if (is_separator(l, n)) {
			k = QUOTE_HEADER;
			rest_quoted = in_block = true;
		} else if (ends_with_wrote(l, n)) {
			k = QUOTE_ATTRIBUTION;
			rest_quoted = true;
			in_block = false;
		} else if (starts_with_any(l, n, from_labels, ELEMENTSOF(from_labels))) {
			/* a From label opens the block only when a Sent label follows soon */
			size_t p = next;
			k = QUOTE_OWN;
			for (int i = 0; i < 4 && p < len; i++) {
				const char *l2 = text + p, *nl2 = memchr(l2, '\n', len - p);
				size_t n2 = nl2 ? (size_t) (nl2 - l2) : len - p;
				if (starts_with_any(l2, n2, sent_labels, ELEMENTSOF(sent_labels))) {
					k = QUOTE_HEADER;
					rest_quoted = in_block = true;
					break;
				}
				p += n2 + (nl2 ? 1 : 0);
			}
			if (k == QUOTE_OWN && (rest_quoted || is_gt_line(l, n)))
				k = QUOTE_TEXT;
		} else if (rest_quoted || is_gt_line(l, n)) {
			in_block = false;
			k = QUOTE_TEXT;
		} else if (kind == QUOTE_TEXT && n == 0) {
			k = QUOTE_TEXT; /* a blank line inside a '>' block stays with it */
		} else {
			k = QUOTE_OWN;
		}
		if (k != kind && pos > span) {
			fn(ctx, span, pos - span, kind);
			span = pos;
		}
		kind = k;
		pos = next;
	}
	if (len > span)
		fn(ctx, span, len - span, kind);
}
