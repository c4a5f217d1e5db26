/*
 * quote - tells a reply from proactive mail, and the quoted part of a reply from the
 * seller's own words, from the message alone (no state).
 *
 * A message is a reply when it has In-Reply-To or References (RFC 5322 3.6.4) and its
 * subject starts with a reply prefix in one of the languages mail clients localize
 * ("Re:", "AW:", "SV:", "RE:", "R:", "RV:", "Antw:", "YNT:", "回复:", ...). Either
 * alone is too easy to fake or too often missing.
 *
 * The quoted part starts at the first of: a line quoted with '>', a client's
 * attribution line ("On ... wrote:", "Am ... schrieb ...:", "... 写道："), Outlook's
 * "-----Original Message-----" separator, or Outlook's "From:/Sent:/To:/Subject:"
 * block (in the client's language); it runs to the end of the text, as top-posted
 * replies do, except that '>' lines followed by unquoted lines end there
 * (interleaved answers). Quoted text is still checked by every content rule: a fake
 * quote must never hide a violation. Header lines are reported apart, because the
 * addresses a client writes there (the buyer's alias, the seller's own address in
 * "To:") are not contact details the seller offers; everything else on them is still
 * checked.
 */
#ifndef AG_QUOTE_H
#define AG_QUOTE_H

#include <stdbool.h>
#include <stddef.h>

/* True when subject (decoded UTF-8) starts with a reply prefix, after any "[tag]"s. */
bool quote_subject_is_reply(const char *subject);

enum quote_kind {
	QUOTE_OWN,         /* the seller's own words */
	QUOTE_TEXT,        /* quoted text */
	QUOTE_ATTRIBUTION, /* a client's attribution line ("On ... wrote:") */
	QUOTE_HEADER,      /* a separator or header-block line (From:/Sent:/To:/Subject: in the
	                    * client's language) */
};

/* Called for each consecutive span [start, start+len) of text, in order, with its
 * kind. The spans cover the text exactly. */
typedef void (*quote_fn)(void *ctx, size_t start, size_t len, enum quote_kind kind);

void quote_split(const char *text, size_t len, quote_fn fn, void *ctx);

#endif
