/*
 * rfc5322 - the message format's framing, written once: lines (ended by CRLF, LF or a
 * lone CR), header field names, the header/body boundary, and the SMTP DATA form of a
 * message (CRLF only, leading dots doubled, Bcc fields removed, RFC 5321 4.5.2).
 *
 * It lives in base, not mail, because both the SMTP client (lib/net) and the MIME
 * model (lib/mail) need it, and base is the one layer both may use. No allocation
 * beyond the caller's buffer; no libetpan.
 */
#ifndef AG_RFC5322_H
#define AG_RFC5322_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* RFC 5322 2.1.1: at most 998 characters per line, without the CRLF. */
#define RFC5322_MAX_LINE 998u

/* One line of raw[0..len) starting at *pos: *ret_start and *ret_end bound its text
 * (without the line end); *pos moves past the CRLF, LF or lone CR. Returns false at the
 * end. */
bool rfc5322_next_line(const char *raw, size_t len, size_t *pos, size_t *ret_start,
                       size_t *ret_end);

/* The length of the field name when line[0..n) starts a header field, else 0. The
 * name is printable US-ASCII except ':' (3.6.8); the obsolete syntax allows blanks
 * between the name and the colon (4.5: "Bcc :"), which are not part of the name. */
size_t rfc5322_field_name(const char *line, size_t n);

/* True when line[0..n) starts a field named name (case-insensitive). */
bool rfc5322_field_is(const char *line, size_t n, const char *name);

/* Offset of the body: after the first empty line (CRLF or LF), or len when there is
 * none. */
size_t rfc5322_body_offset(const char *raw, size_t len);

/* The DATA form of msg for SMTP, appended to out: top-level Bcc and Resent-Bcc fields
 * (with their folded lines) removed, every line ended by CRLF (a bare CR or LF alike),
 * a leading '.' doubled once, and the terminating ".\r\n" added. *ret_8bit is set when
 * a byte >= 0x80 occurs. Returns 0, -EINVAL for a NUL byte (it cannot be sent
 * faithfully, 2.3), -EMSGSIZE for a line over RFC5322_MAX_LINE, or -ENOBUFS from out. */
int rfc5322_smtp_data(const char *msg, size_t len, struct buf *out, bool *ret_8bit);

#endif
