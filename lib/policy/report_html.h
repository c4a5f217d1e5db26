/*
 * report_html - the seller's text as an HTML page: every text a hit is in, with each
 * offending excerpt highlighted (<mark>) and the rule's hint beside it, then the list of
 * hits (title, rule, found, why, fix). One view for the report's text/html part and for
 * `aliasgate explain --format html`.
 *
 * Safe to open in any mail client: everything from the message or the rules is
 * HTML-escaped, there are no scripts, no links, no external resources (no URL at all:
 * "://", "www." and "@" in quoted text are split so clients do not turn them into
 * links), inline CSS only, and dir="rtl" for Arabic.
 */
#ifndef AG_REPORT_HTML_H
#define AG_REPORT_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "message.h"
#include "verdict.h"

struct report_view {
	const char *lang; /* report_languages[] entry; the fixed texts and translations */
	const char *title;
	const char *explanation; /* may be NULL */
	const char *meta;        /* a small grey line ("Account: ... Filed in: ..."), may be NULL */
	const char *server_reply; /* may be NULL */
	const char *note;         /* may be NULL */
	const struct verdict *v;  /* may be NULL */
	const struct message *m;  /* may be NULL: hits are listed without the text */
};

/* Appends the page (UTF-8, LF line endings) to out. */
int report_html(const struct report_view *rv, struct buf *out);

/* Appends n bytes of s HTML-escaped (& < > " '): invalid UTF-8 becomes U+FFFD, controls
 * spaces, line breaks <br> when br is set. With defuse, "://", "www." and "@" are
 * split by an empty <span> so that no client makes a link of quoted text. */
int report_html_escape(struct buf *out, const char *s, size_t n, bool br, bool defuse);

#endif
