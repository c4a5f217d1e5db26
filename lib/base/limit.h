/*
 * limit - every cap on a resource that a message or a rule file can make us spend.
 * One place, one reason each. A message over any of them is held ("too complex"), never
 * passed and never fed to the part of the code it would hurt. struct limits carries the
 * same numbers at run time so tests and the config can lower them.
 */
#ifndef AG_LIMIT_H
#define AG_LIMIT_H

#include <stddef.h>
#include <stdint.h>

/* Raw message size. Amazon caps attachments at 10 MiB; base64 grows that by 4/3 and
 * a seller may legitimately attach close to it, so 25 MiB leaves room without letting
 * one message pin hundreds of MiB. */
#define LIMIT_RAW_SIZE (25u * 1024 * 1024)
/* One line of a message, without CRLF (RFC 5322 2.1.1 "MUST be no more than 998
 * characters"). Longer lines are held (engine.line-length), never relayed. */
#define LIMIT_LINE_LENGTH 998u
/* MIME nesting (multipart and message/rfc822 together). libetpan recurses once per
 * level and overflows the stack near 30 000 (libetpan 1.9.4, tests/corpus/malformed/); real mail
 * rarely exceeds 5. Tighter than Dovecot's 100 because of that recursion. */
#define LIMIT_MIME_DEPTH 32u
/* MIME parts in one message. Nested multiparts cost libetpan quadratic time
 * (libetpan 1.9.4); invoices with many images stay far below this. */
#define LIMIT_MIME_PARTS 500u
/* One header field, unfolded. RFC 5322 says 998 per line; folded fields may be longer
 * but a 64 KiB field is an attack, not a To: list. */
#define LIMIT_HEADER_FIELD (64u * 1024)
/* The whole header block of one part (Postfix header_size_limit is 100 KiB). */
#define LIMIT_HEADER_BLOCK (256u * 1024)
/* Bytes of decoded content in all parts together; bounds base64/QP/charset output
 * as decoding proceeds. Twice the raw cap: charset conversion can grow text. */
#define LIMIT_DECODED_SIZE (2u * LIMIT_RAW_SIZE)
/* Decoded text handed to the matcher per scope text; HTML reduction output included. */
#define LIMIT_TEXT_SIZE (8u * 1024 * 1024)
/* Links extracted from one message. */
#define LIMIT_LINKS 2000u
/* HTML tags processed in one part; bounds the reducer's work on tag soup. */
#define LIMIT_HTML_TAGS 200000u
/* Attachments recorded in one message. */
#define LIMIT_ATTACHMENTS 200u
/* Attachment total decoded size allowed by Amazon (10 MiB = 10*1024*1024). The rule
 * file may lower or raise it per rule; this is the default for attachment rules. */
#define LIMIT_ATTACHMENT_TOTAL (10u * 1024 * 1024)
/* PCRE2 per-match limits. Debian's compiled-in heap limit is ~19 GiB, so set all of
 * them: a rule that hits one makes the verdict hold, naming the rule. */
#define LIMIT_PCRE2_MATCH     1000000u
#define LIMIT_PCRE2_DEPTH     10000u
#define LIMIT_PCRE2_HEAP_KIB  (16u * 1024)
#define LIMIT_PCRE2_JIT_STACK (1024u * 1024)
/* Rule files: size of one file, length of one line, number of rules in a set. */
#define LIMIT_RULE_FILE_SIZE (1024u * 1024)
#define LIMIT_RULE_LINE      8192u
#define LIMIT_RULES          5000u
/* Excerpts quoted in verdicts: code points around the match. */
#define LIMIT_EXCERPT_CHARS 120u

/* Protocol limits. One IMAP response line without its literals (Dovecot's own
 * imap_max_line_length is 64 KiB); a literal is at most a whole message we would
 * accept, plus slack; one SMTP reply line (RFC 5321 4.5.3.1.5 says 512).
 */
#define LIMIT_IMAP_LINE       (64u * 1024)
#define LIMIT_IMAP_LITERAL    (LIMIT_RAW_SIZE + 1024)
#define LIMIT_SMTP_REPLY_LINE 2048u
/* Seconds between IMAP reconnect attempts, at most (doubling from 1 s). */
#define LIMIT_RECONNECT_BACKOFF 60u
/* Bytes of message bodies the drain reads ahead in one UID FETCH (daemon/account.c);
 * a body past it is fetched alone when its turn comes. */
#define LIMIT_FETCH_AHEAD_BYTES (16u * 1024 * 1024)
/* Seconds between SMTP retries after a 4xx, at most (doubling from 2 s). */
#define LIMIT_RETRY_BACKOFF 600u

struct limits {
	size_t raw_size;
	unsigned mime_depth;
	unsigned mime_parts;
	size_t header_field;
	size_t header_block;
	size_t decoded_size;
	size_t text_size;
	unsigned links;
	unsigned html_tags;
	unsigned attachments;
};

#define LIMITS_DEFAULT                                                                             \
	((struct limits){.raw_size = LIMIT_RAW_SIZE,                                               \
	                 .mime_depth = LIMIT_MIME_DEPTH,                                           \
	                 .mime_parts = LIMIT_MIME_PARTS,                                           \
	                 .header_field = LIMIT_HEADER_FIELD,                                       \
	                 .header_block = LIMIT_HEADER_BLOCK,                                       \
	                 .decoded_size = LIMIT_DECODED_SIZE,                                       \
	                 .text_size = LIMIT_TEXT_SIZE,                                             \
	                 .links = LIMIT_LINKS,                                                     \
	                 .html_tags = LIMIT_HTML_TAGS,                                             \
	                 .attachments = LIMIT_ATTACHMENTS})

#endif
