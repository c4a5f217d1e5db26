/*
 * sasl - the initial client responses of the SASL mechanisms our IMAP and SMTP clients
 * speak: PLAIN (RFC 4616) and XOAUTH2 (Google/Microsoft), base64-encoded. The secret
 * passes through once; every intermediate copy is wiped.
 */
#ifndef AG_SASL_H
#define AG_SASL_H

#include <stdbool.h>
#include <stddef.h>

/* The base64 initial response; the caller wipes and frees it with sasl_free(). */
char *sasl_initial(bool xoauth2, const char *user, const char *secret);
/* base64 of n bytes at p, for AUTH LOGIN's two steps. */
char *sasl_base64(const void *p, size_t n);
void sasl_free(char *s);

/* A refused XOAUTH2 login's challenge (base64 JSON such as
 * {"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}) as one
 * readable line: "status 401, schemes Bearer, scope https://mail.google.com/", or the
 * decoded text itself when it names none of these. -EINVAL when b64 is not base64. */
int sasl_xoauth2_error(const char *b64, char *out, size_t outlen);

#endif
