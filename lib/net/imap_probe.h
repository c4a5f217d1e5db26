/*
 * imap_probe - the read-only IMAP questions `aliasgate doctor` asks a server: connect
 * and verify TLS (implicit or STARTTLS) as the daemon would, log in the way the daemon
 * does (PLAIN, LOGIN or XOAUTH2), then CAPABILITY, LIST with flags and STATUS MESSAGES.
 * The only command that changes anything is CREATE, used when asked to.
 *
 * Its own small reader on conn.c, separate from imap_source.c, so the daemon's client
 * stays what it is. Folder names are given and returned in UTF-8 with '/' as the
 * separator, as in the configuration. The secret is never kept and never copied into
 * the server's words this returns.
 */
#ifndef AG_IMAP_PROBE_H
#define AG_IMAP_PROBE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "endpoint.h"

struct imap_probe;

struct imap_probe_folder {
	char *name;      /* UTF-8, '/' as the separator */
	char *flags;     /* the attributes as the server sent them, e.g. "\HasNoChildren \Sent" */
	bool selectable; /* no \Noselect or \NonExistent */
};

/* Connects, verifies TLS (STARTTLS too when srv->tls says so), reads the greeting and
 * the capabilities. Returns 0, or -errno with imap_probe_stage() saying where it
 * stopped ("connect", "tls", "greeting", "starttls", "capability") and
 * imap_probe_last() why. *ret is set either way: close it. */
int imap_probe_open(const struct endpoint *srv, struct imap_probe **ret);
const char *imap_probe_stage(const struct imap_probe *p);
/* The greeting line, e.g. "* OK The Microsoft Exchange IMAP4 service is ready." */
const char *imap_probe_greeting(const struct imap_probe *p);
bool imap_probe_is_tls(const struct imap_probe *p);
/* The verified certificate's names (conn_peer_names()); "" without TLS. */
void imap_probe_cert_names(const struct imap_probe *p, char *out, size_t outlen);

/* Logs in as srv->user with secret (a password, or an OAuth2 token for
 * ENDPOINT_SECRET_OAUTH2_COMMAND), then asks CAPABILITY again. On failure,
 * imap_probe_last() has the server's words (the secret masked) and, for XOAUTH2,
 * imap_probe_challenge() the decoded error challenge. *ret_mech names the mechanism. */
int imap_probe_login(struct imap_probe *p, const struct endpoint *srv, const char *secret,
                     const char **ret_mech);
const char *imap_probe_challenge(const struct imap_probe *p);

/* The current capabilities, upper case, " A B C " (leading and trailing space). */
const char *imap_probe_caps(const struct imap_probe *p);
/* Every capability seen on this connection, before and after login. */
const char *imap_probe_caps_seen(const struct imap_probe *p);
bool imap_probe_has(const struct imap_probe *p, const char *cap);
/* The value of "NAME=value" (e.g. APPENDLIMIT); NULL when not announced. */
const char *imap_probe_cap_value(const struct imap_probe *p, const char *name);

/* Every folder: LIST "" "*" (with RETURN (SPECIAL-USE) when the server has
 * LIST-EXTENDED and SPECIAL-USE; XLIST when it has XLIST and no SPECIAL-USE). Free
 * with imap_probe_folders_free(). */
int imap_probe_list(struct imap_probe *p, struct imap_probe_folder **ret, size_t *ret_n);
void imap_probe_folders_free(struct imap_probe_folder *f, size_t n);
/* STATUS folder (MESSAGES). */
int imap_probe_status(struct imap_probe *p, const char *folder, uint32_t *ret_messages);
/* CREATE folder, then SUBSCRIBE to it (as the daemon's ensure_folder does). */
int imap_probe_create(struct imap_probe *p, const char *folder);

/* The server's words for the last failure, or our own; never NULL. */
const char *imap_probe_last(const struct imap_probe *p);
/* LOGOUT when the session is healthy, then closes; NULL is allowed. */
void imap_probe_close(struct imap_probe *p);

#endif
