/*
 * imap_source - the seller's mailbox as a queue: a small IMAP4rev1 client of our own
 * on conn.c (OpenSSL, verified). Only what the daemon needs: login (PLAIN, LOGIN,
 * XOAUTH2), SELECT (or read-only EXAMINE) with UIDVALIDITY, UID SEARCH, UID FETCH
 * BODY.PEEK[] (and INTERNALDATE), UID MOVE (or
 * UIDPLUS COPY + STORE + UID EXPUNGE), APPEND, CREATE, IDLE or NOOP polling.
 *
 * Why not libetpan's client: Debian builds it on GnuTLS with no certificate checks in
 * the handshake, its IDLE loses buffered data, and it spins on a plaintext connection
 * cut mid-literal (seen in libetpan 1.9.4 as Debian 12 ships it). Responses are read with literals
 * handled anywhere and untagged data accepted at any time, tokenized by imap_parse.c,
 * each command within one deadline (endpoint.command_s) and each response within the
 * size caps of imap_parse.h. A UID FETCH answer is used only when it names the UID we
 * asked for and carries a non-empty BODY[].
 *
 * Folder names are given with '/' as separator and in UTF-8; they are mapped to the
 * server's delimiter and modified UTF-7 here.
 */
#ifndef AG_IMAP_SOURCE_H
#define AG_IMAP_SOURCE_H

#include <stddef.h>
#include <stdint.h>

#include "endpoint.h"

struct imap_source;

/* Connects, verifies TLS before any credential is sent, authenticates with secret
 * (a password, or an OAuth2 token when srv->secret is ENDPOINT_SECRET_OAUTH2_COMMAND).
 * The secret is not kept. On failure *ret may hold a session whose last_reply says
 * why (close it), or NULL. */
int imap_source_open(const struct endpoint *srv, const char *secret, int wake_fd,
                     struct imap_source **ret);
int imap_source_select(struct imap_source *s, const char *folder, uint32_t *ret_uidvalidity,
                       uint32_t *ret_uidnext);
/* EXAMINE: the folder opened read-only (RFC 3501 6.3.2): no flag changes, \Seen
 * included, and nothing can be stored, moved or expunged through it. */
int imap_source_examine(struct imap_source *s, const char *folder, uint32_t *ret_uidvalidity,
                        uint32_t *ret_uidnext);
int imap_source_ensure_folder(struct imap_source *s, const char *folder);
/* UIDs >= min_uid in the selected folder, ascending; *ret_uids is the caller's. */
int imap_source_search(struct imap_source *s, uint32_t min_uid, uint32_t **ret_uids, size_t *ret_n);
/* UIDs of the selected folder whose INTERNALDATE is on or after the day (UTC date of
 * the server's; RFC 3501 SEARCH SINCE), ascending. */
int imap_source_search_since(struct imap_source *s, int year, int month, int day,
                             uint32_t **ret_uids, size_t *ret_n);
/* The message's INTERNALDATE as the server wrote it ("17-Nov-2026 10:00:00 +0000");
 * -ENOENT when the UID is gone or the answer has none. */
int imap_source_internaldate(struct imap_source *s, uint32_t uid, char *ret, size_t len);
/* The INTERNALDATE that came with the last imap_source_fetch(), "" when the server
 * sent none. */
const char *imap_source_fetched_date(const struct imap_source *s);
/* The raw message; -ENOENT when the UID no longer exists. */
int imap_source_fetch(struct imap_source *s, uint32_t uid, char **ret_raw, size_t *ret_len);

/* Several messages in one UID FETCH (the drain's read-ahead). out[i] is filled for
 * uids[i]: raw (malloc'd, free with imap_fetched_free()) and len, and the INTERNALDATE;
 * raw stays NULL for a UID the answer had no body for, and for bodies past cap bytes in
 * all, which the caller fetches alone with imap_source_fetch() (that call names the
 * error, if any). A body for a UID not asked for, or two for one, is an error, as in
 * imap_source_fetch(); on any error every slot is freed. */
struct imap_fetched {
	uint32_t uid;
	char *raw;
	size_t len;
	char idate[64];
};
#define IMAP_FETCH_SET_MAX 16
int imap_source_fetch_set(struct imap_source *s, const uint32_t *uids, size_t n, size_t cap,
                          struct imap_fetched *out);
void imap_fetched_free(struct imap_fetched *f, size_t n);
int imap_source_move(struct imap_source *s, uint32_t uid, const char *folder);
/* The n UIDs (ascending, at most IMAP_MOVE_SET_MAX) in one UID MOVE (RFC 6851), or one
 * UID COPY, STORE and EXPUNGE with UIDPLUS (RFC 4315); a UID already gone is no error.
 * After a failure some may have moved: moving again is safe. */
#define IMAP_MOVE_SET_MAX 64
int imap_source_move_set(struct imap_source *s, const uint32_t *uids, size_t n, const char *folder);
int imap_source_append(struct imap_source *s, const char *folder, const char *msg, size_t len);
/* Waits up to timeout_s for news in the selected folder: 1 news, 0 timeout, -EINTR
 * woken by the stop fd, -errno on connection trouble. */
int imap_source_wait(struct imap_source *s, unsigned timeout_s);
/* The server's words for the last failure, or our own; never NULL. */
const char *imap_source_last_reply(const struct imap_source *s);
struct imap_source *imap_source_close(struct imap_source *s);

/* Exposed for the fuzz target: parses one complete response as read from the wire
 * (each literal after its "{n}" CRLF, see imap_parse.h) into what the client tracks.
 * Returns 0. A test session behaves as if inside "UID FETCH 5". */
int imap_source_parse_untagged(struct imap_source *s, const char *line, size_t len);
struct imap_source *imap_source_new_for_test(void);

#endif
