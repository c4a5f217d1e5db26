/*
 * smtp_probe - the relay's side of `aliasgate doctor`: connect and verify TLS
 * (implicit or STARTTLS) as the daemon would, EHLO, and AUTH when asked, then QUIT.
 * Never MAIL, RCPT or DATA: nothing is sent.
 *
 * Its own small reply reader on conn.c, separate from smtp_sink.c. The secret is
 * never kept and never copied into the server's words this returns.
 */
#ifndef AG_SMTP_PROBE_H
#define AG_SMTP_PROBE_H

#include <stdbool.h>
#include <stddef.h>

#include "endpoint.h"

struct smtp_probe;

/* Connects, reads the greeting, EHLO, and with srv->tls STARTTLS does STARTTLS and
 * EHLO again. Returns 0, or -errno with smtp_probe_stage() saying where it stopped
 * ("connect", "tls", "greeting", "ehlo", "starttls") and smtp_probe_last() why.
 * *ret is set either way: close it. */
int smtp_probe_open(const struct endpoint *srv, struct smtp_probe **ret);
const char *smtp_probe_stage(const struct smtp_probe *p);
bool smtp_probe_is_tls(const struct smtp_probe *p);
void smtp_probe_cert_names(const struct smtp_probe *p, char *out, size_t outlen);
/* The first EHLO line's text (the server's name and greeting). */
const char *smtp_probe_ehlo_name(const struct smtp_probe *p);
/* Whether EHLO offered keyword kw; its parameters ("" when none) go to param. */
bool smtp_probe_keyword(const struct smtp_probe *p, const char *kw, char *param, size_t len);

/* AUTH as the daemon does it: XOAUTH2 for ENDPOINT_SECRET_OAUTH2_COMMAND, else PLAIN,
 * else LOGIN. 0 on 235; -EIO with smtp_probe_last() (secret masked) and, for
 * XOAUTH2, smtp_probe_challenge() decoded. *ret_mech names the mechanism tried. */
int smtp_probe_auth(struct smtp_probe *p, const struct endpoint *srv, const char *secret,
                    const char **ret_mech);
const char *smtp_probe_challenge(const struct smtp_probe *p);

const char *smtp_probe_last(const struct smtp_probe *p);
/* QUIT when healthy, then closes; NULL is allowed. */
void smtp_probe_close(struct smtp_probe *p);

#endif
