/*
 * report - the message aliasgated files for the seller when it did not simply relay,
 * in the language the seller wrote in: multipart/alternative with a text/plain
 * explanation (each rule, the quoted excerpt, the reason, the hint, the ruleset digest)
 * and a text/html view of the seller's text with every offending excerpt highlighted
 * (report_html.h), and the original message attached as message/rfc822. Pure: bytes
 * in, bytes out; the daemon APPENDs the result to the reports folder and/or mails it.
 */
#ifndef AG_REPORT_H
#define AG_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "message.h"
#include "verdict.h"

enum report_kind {
	REPORT_REJECTED,       /* the rules rejected it; filed in rejected */
	REPORT_HELD,           /* held for review: engine limit, undecodable, crash window */
	REPORT_WARNED,         /* relayed, with warnings */
	REPORT_MONITOR,        /* monitor mode: relayed, but would have been rejected */
	REPORT_RELAY_REJECTED, /* the SMTP relay answered 5xx */
	REPORT_EXPIRED,        /* 4xx for longer than retry_max_age; filed in review */
	REPORT_AMBIGUOUS,      /* may have been delivered; not resent; filed in review */
	REPORT_OVERRIDE,       /* relayed from the approved folder without content rules */
	REPORT_DUPLICATE,      /* reappeared after being relayed; filed, not sent again */
	REPORT_UNREADABLE,     /* the server would not hand it over; filed in review unsent */
	REPORT_LOOP, /* carries this gate's own stamp: relayed before, came back; review */
};
#define REPORT_N_KINDS (REPORT_LOOP + 1)

struct report_info {
	enum report_kind kind;
	const char *account;
	const char *to;           /* the seller's address (validated by the caller), may be NULL */
	const char *from;         /* the From: of the report, e.g. "aliasgate@host" */
	const char *folder;       /* where the original was filed, e.g. "Outbox/Rejected" */
	const char *server_reply; /* SMTP server's own words, or NULL */
	const char *note;         /* one more sentence, or NULL */
	time_t now;
	const char *lang; /* report language, or NULL to detect it (report_language()) */
};

/* Builds the report as an RFC 5322 message with CRLF line endings: multipart/mixed of
 * multipart/alternative (text/plain quoted-printable, text/html base64, lines <= 76)
 * and message/rfc822. v may be NULL (relay failures without rule hits). raw is parsed
 * again (message_parse) for the seller's text and language. The original raw bytes are
 * attached unchanged except that line endings become CRLF. Header values are
 * sanitized: no CR, LF or control characters from the original reach the report's
 * header; non-ASCII text there is RFC 2047 encoded. */
int report_build(const struct report_info *info, const struct verdict *v, const char *orig_subject,
                 const char *raw, size_t raw_len, struct buf *out);

/* The English title of k ("Rejected", ...); report_text() has every language. */
const char *report_kind_title(enum report_kind k);

/* The 16 report languages, the marketplaces' (rules/README.md, `languages`). */
extern const char *const report_languages[];
extern const size_t report_n_languages;

/* Fixed texts of the report. */
enum report_text {
	RT_FOUND,                               /* "Found:" */
	RT_WHY,                                 /* "Why:" */
	RT_FIX,                                 /* "Fix:" */
	RT_ACCOUNT,                             /* "Account:" */
	RT_FILED_IN,                            /* "Filed in:" */
	RT_SERVER_SAID,                         /* "The mail server said:" */
	RT_RULESET,                             /* "Ruleset:" */
	RT_WARNING,                             /* hit titles: a warn rule */
	RT_HELD,                                /* a hold */
	RT_NOT_ALLOWED,                         /* a reject */
	RT_MISSING_TAG,                         /* important-required: "Missing [Important] tag" */
	RT_YOUR_TEXT,                           /* "Your message", above the highlighted text */
	RT_PROBLEMS,                            /* "What to change", above the list of hits */
	RT_TITLE,                               /* + enum report_kind: the titles */
	RT_EXPLAIN = RT_TITLE + REPORT_N_KINDS, /* + enum report_kind: the explanations */
	RT__MAX = RT_EXPLAIN + REPORT_N_KINDS,
};
/* The text t in lang ("zh-Hant", ...), English when lang is unknown or NULL. */
const char *report_text(const char *lang, enum report_text t);
/* True when lang has its own table (every report_languages[] entry does). */
bool report_has_language(const char *lang);
/* The hit's title in lang (RT_WARNING, RT_HELD, RT_MISSING_TAG or RT_NOT_ALLOWED). */
const char *report_hit_title(const struct hit *h, const char *lang);

/* The language of a text from its scripts (kana -> ja, Hangul -> ko, Han only -> zh, or
 * zh-Hant when traditional forms outnumber simplified ones or, on a tie, big5 is set;
 * Arabic -> ar) or, for Latin text, from counts of common short words. NULL when the
 * text does not say. */
const char *report_detect_language(const char *text, size_t len, bool big5);
/* The language of an Amazon marketplace alias domain (marketplace.amazon.co.jp -> ja),
 * "en" for any other. */
const char *report_market_language(const char *domain);
/* The seller's language: detected from the subject and the seller's own body text (not
 * the quoted part), else the marketplace of the first alias recipient, else "en". raw
 * (may be NULL) is looked at for a Big5 charset. */
const char *report_language(const struct message *m, const char *raw, size_t raw_len);

#endif
