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
        "re", "aw", "sv", "vs", "r", "rv", "res", "ref", "réf", "antw", "antwort", "odp",
        "ynt", "yanıt", "cevap", "yanit", "balas", "bls", "tr", "回复", "答复", "回覆", "答覆",
        "返信", "답장", "회신", "رد", "الرد",
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
        "wrote",     "schrieb",   "a écrit", "escribió", "ha scritto", "schreef",
        "napisał",   "napisała",  "napisał(a)", "pisze",  "skrev",      "yazdı",
        "escreveu",  "menulis",   "كتب",     "写道",     "寫道",        "書きました",
        "書き込みました", "작성",  "작성했습니다", "écrit", "scritto",
};

/* Outlook's header block: a "From" label, and within the next lines a "Sent" label. */
static const char *const from_labels[] = {
        "From:",   "Von:",    "De :",   "De:",      "Da:",   "Van:",   "Od:",
        "Från:",   "Kimden:", "差出人:", "差出人：", "发件人:", "发件人：", "寄件者:",
        "寄件者：", "보낸 사람:", "من:",
};
static const char *const sent_labels[] = {
        "Sent:",     "Date:",     "Gesendet:", "Datum:", "Envoyé :", "Envoyé:", "Date :",
        "Enviado:",  "Fecha:",    "Inviato:",  "Data:",  "Verzonden:", "Wysłano:",
        "Skickat:",  "Gönderildi:", "Tarih:",  "送信日時:", "送信日時：", "发送时间:",
        "发送时间：", "寄件日期:", "寄件日期：", "보낸 날짜:", "تاريخ الإرسال:", "Terkirim:",
};

static bool ends_with_wrote(const char *l, size_t n)
{
	while (n && (l[n - 1] == ' ' || l[n - 1] == '\t' || l[n - 1] == '\r'))
		n--;
	if (n >= 1 && l[n - 1] == ':')
		n--;
	else if (n >= 3 && memcmp(l + n - 3, "\xef\xbc\x9a", 3) == 0)
		n -= 3;
	else
		return false;
	while (n && l[n - 1] == ' ')
		n--;
	for (size_t i = 0; i < ELEMENTSOF(wrote); i++) {
		size_t w = strlen(wrote[i]);
		if (n >= w && strncasecmp(l + n - w, wrote[i], w) == 0)
			return true;
	}
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

static bool is_gt_line(const char *l, size_t n)
{
	while (n && *l == ' ')
		l++, n--;
	return n && *l == '>';
}

void quote_split(const char *text, size_t len, quote_fn fn, void *ctx)
{
	size_t pos = 0, span = 0;
	bool quoted = false, rest_quoted = false;

	while (pos < len) {
		const char *l = text + pos, *nl = memchr(l, '\n', len - pos);
		size_t n = nl ? (size_t) (nl - l) : len - pos, next = pos + n + (nl ? 1 : 0);
		bool q;

		if (rest_quoted) {
			q = true;
		} else if (ends_with_wrote(l, n) || is_separator(l, n)) {
			q = rest_quoted = true;
		} else if (starts_with_any(l, n, from_labels, ELEMENTSOF(from_labels))) {
			/* a From label opens the block only when a Sent label follows soon */
			size_t p = next;
			q = false;
			for (int k = 0; k < 4 && p < len; k++) {
				const char *l2 = text + p, *nl2 = memchr(l2, '\n', len - p);
				size_t n2 = nl2 ? (size_t) (nl2 - l2) : len - p;
				if (starts_with_any(l2, n2, sent_labels, ELEMENTSOF(sent_labels))) {
					q = rest_quoted = true;
					break;
				}
				p += n2 + (nl2 ? 1 : 0);
			}
		} else if (is_gt_line(l, n)) {
			q = true;
		} else if (quoted && n == 0) {
			q = true; /* a blank line inside a '>' block stays with it */
		} else {
			q = false;
		}
		if (q != quoted && pos > span) {
			fn(ctx, span, pos - span, quoted);
			span = pos;
		}
		quoted = q;
		pos = next;
	}
	if (len > span)
		fn(ctx, span, len - span, quoted);
}
