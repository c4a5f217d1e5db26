/*
 * secret - fetches an account's credential when it is needed, at every connect: the
 * first line of a password file, or the first line a password_command /
 * oauth2_token_command prints (run with /bin/sh -c, stdin /dev/null, killed after a
 * timeout). The secret is returned in memory the caller wipes with secret_free().
 * Never logs and never puts the secret into err.
 */
#ifndef AG_SECRET_H
#define AG_SECRET_H

#include <stddef.h>

#include "base.h"
#include "endpoint.h"

/* Returns 0 and *ret (NUL-terminated, no trailing newline), or -errno with a short
 * reason in err: -ENOENT/-EACCES/-EPERM for the file, -ETIMEDOUT when the command ran
 * longer than timeout_s, -EIO when it failed (exit status and the start of its stderr
 * in err), -ENODATA when it printed nothing, -EINVAL for ENDPOINT_SECRET_NONE. */
int secret_fetch(const struct endpoint *srv, unsigned timeout_s, char **ret, char *err,
                 size_t errlen);

/* Wipes (explicit_bzero) and frees; NULL is allowed. */
void secret_free(char *s);

#endif
