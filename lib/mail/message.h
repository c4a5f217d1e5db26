/*
 * message - one raw RFC 5322 message turned into the values the rules look at.
 *
 * message_parse() first runs a structural pre-scan (sizes, MIME depth, part count,
 * header lengths) so that libetpan never sees input known to crash or stall it, then
 * parses MIME with libetpan, decodes every transfer encoding and charset to UTF-8,
 * reduces HTML to the visible text plus its links, records attachments, and builds
 * the normalized matching view of every text. The raw bytes are not copied or kept.
 *
 * A message that cannot be fully decoded is still returned, with msg->hold set: the
 * caller must treat it as HOLD, never as pass. Only out-of-memory aborts.
 */
#ifndef AG_MESSAGE_H
#define AG_MESSAGE_H

#include <stddef.h>
#include <stdint.h>

#include "base.h"
#include "limit.h"
#include "links.h"

enum scope {
	SCOPE_SUBJECT,
	SCOPE_BODY,
	SCOPE_LINKS,
	SCOPE_HEADERS,
	SCOPE_ATTACHMENT_NAME,
	SCOPE_ATTACHMENT_TEXT,
	SCOPE_QUOTED, /* the quoted part of a reply (quote.h); rules on body check it too */
	SCOPE__MAX,
};

/* "subject", "body", "links", "headers", "attachment-name", "attachment-text",
 * "quoted". */
const char *scope_name(enum scope s);
/* Returns the scope or -1 for an unknown name. */
int scope_from_name(const char *name);

/*
 * One decoded text and its matching view. orig is valid UTF-8 (invalid input bytes
 * were replaced by U+FFFD during decoding). norm is orig with full-width ASCII folded
 * and zero-width/soft-hyphen characters removed (normalize.h); map[i] is the byte
 * offset in orig of the character that produced norm byte i, map[norm_len] ==
 * orig_len. Both strings are NUL-terminated. Owned by the message.
 */
struct text {
	char *orig;
	size_t orig_len;
	char *norm;
	size_t norm_len;
	uint32_t *map;
	char *origin; /* where it came from, for explain: "part 1.2 text/html", "Subject" */
};

struct link {
	char *url;  /* as written after entity/percent-safe decoding, UTF-8 */
	char *host; /* lower-case host, NULL when none could be found */
	enum link_kind kind;
	enum scope found_in; /* SCOPE_BODY, SCOPE_QUOTED, SCOPE_SUBJECT or SCOPE_ATTACHMENT_TEXT */
};

struct attachment {
	char *filename;           /* decoded (RFC 2231 / RFC 2047), NULL when the part has none */
	char *declared_type;      /* lower-case "type/subtype" from Content-Type */
	const char *sniffed_type; /* sniff.h short name: "pdf", "png", "zip", "docx", ... */
	size_t size;              /* decoded bytes */
	int inline_image;         /* an image shown in the body (Content-ID referenced / inline) */
	char *part;               /* "1.2" */
};

struct message {
	/* Scope texts. SCOPE_LINKS holds one text per link (its URL); SCOPE_HEADERS one
	 * text of "Name: decoded value\n" lines; SCOPE_ATTACHMENT_NAME one per file name. */
	struct text *texts[SCOPE__MAX];
	size_t n_texts[SCOPE__MAX];

	struct link *links;
	size_t n_links;
	struct attachment *attachments;
	size_t n_attachments;
	size_t attachment_bytes; /* total decoded attachment size */

	char *subject;    /* decoded UTF-8, "" when absent */
	char *from;       /* addr-spec of the first From mailbox, NULL when absent */
	char *message_id; /* without <>, NULL when absent */
	/* In-Reply-To or References, and a reply prefix on the subject (quote.h). */
	bool reply;
	/* Every recipient addr-spec from To, Cc, Bcc, Delivered-To and X-Original-To,
	 * lower-cased domain, de-duplicated, in header order. */
	char **recipients;
	size_t n_recipients;

	unsigned max_links; /* struct limits links: more links hold the message */

	/* Set when the message could not be fully examined: an engine.* rule id such as
	 * "engine.mime-depth" and a human reason. Non-NULL means HOLD. */
	const char *hold_rule;
	char *hold_reason;
};

/* Parses len bytes at raw (LF or CRLF line endings). lim may be NULL for defaults.
 * Always stores a message in *ret and returns 0; see hold_rule. */
int message_parse(const char *raw, size_t len, const struct limits *lim, struct message **ret);
struct message *message_free(struct message *m);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct message *, message_free)

/* An empty message for callers that build one by hand (the rule linter, tests). */
struct message *message_new(void);

/* Adds a link: records it in m->links and adds its URL as a SCOPE_LINKS text. url is
 * copied. A mailto: link to an Amazon alias address is not a link (the buyer's alias in
 * a reply's attribution line) and is dropped. Links beyond the limit set hold_rule "engine.links".
 */
void message_add_link(struct message *m, const char *url, size_t len, enum link_kind kind,
                      enum scope found_in);

/* Adds a text to scope s, building its normalized view; takes ownership of orig (which
 * must be NUL-terminated, valid UTF-8) and copies origin. A SCOPE_BODY text is split
 * into the seller's own lines (SCOPE_BODY) and the quoted part (SCOPE_QUOTED). In the
 * normalized view, addresses on Amazon's alias domains are blanked: the buyer's alias
 * is never a contact detail (addr_host_is_amazon_alias()). Used by message_parse() and by
 * the rule linter to build synthetic messages. For SCOPE_SUBJECT, SCOPE_BODY and
 * SCOPE_ATTACHMENT_TEXT it also extracts the URLs and bare domains written in the
 * normalized view (links.h) and adds them with message_add_link(..., LINK_TEXT, s). */
void message_add_text(struct message *m, enum scope s, char *orig, size_t len, const char *origin);

#endif
