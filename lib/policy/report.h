/*
 * report - the message aliasgated files for the seller when it did not simply relay:
 * a readable text/plain explanation (each rule, the quoted excerpt, the reason, the hint,
 * the ruleset digest) with the original message attached as message/rfc822. Pure: bytes
 * in, bytes out; the daemon APPENDs the result to the reports folder and/or mails it.
 */
#ifndef AG_REPORT_H
#define AG_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "verdict.h"

enum report_kind {
	REPORT_REJECTED, /* the rules rejected it; filed in rejected */
	REPORT_HELD, /* held for review: engine limit, undecodable, crash window */
	REPORT_WARNED, /* relayed, with warnings */
	REPORT_MONITOR, /* monitor mode: relayed, but would have been rejected */
	REPORT_RELAY_REJECTED, /* the SMTP relay answered 5xx */
	REPORT_EXPIRED, /* 4xx for longer than retry_max_age; filed in review */
	REPORT_AMBIGUOUS, /* may have been delivered; not resent; filed in review */
	REPORT_OVERRIDE, /* relayed from the approved folder without content rules */
	REPORT_DUPLICATE, /* reappeared after being relayed; filed, not sent again */
	REPORT_UNREADABLE, /* the server would not hand it over; filed in review unsent */
	REPORT_LOOP, /* carries this gate's own stamp: relayed before, came back; review */
};

struct report_info {
	enum report_kind kind;
	const char *account;
	const char *to; /* the seller's address (validated by the caller), may be NULL */
	const char *from; /* the From: of the report, e.g. "aliasgate@host" */
	const char *folder; /* where the original was filed, e.g. "Outbox/Rejected" */
	const char *server_reply; /* SMTP server's own words, or NULL */
	const char *note; /* one more sentence, or NULL */
	time_t now;
};

/* Builds the report as an RFC 5322 message with CRLF line endings. v may be NULL
 * (relay failures without rule hits). The original raw bytes are attached unchanged
 * except that line endings become CRLF. Header values are sanitized: no CR, LF or
 * control characters from the original reach the report's header. */
int report_build(const struct report_info *info, const struct verdict *v, const char *orig_subject,
		 const char *raw, size_t raw_len, struct buf *out);

const char *report_kind_title(enum report_kind k);

#endif
