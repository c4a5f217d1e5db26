/*
 * addr - small operations on RFC 5321 addr-specs: validation for the SMTP wire,
 * alias-domain matching, masking for logs. Pure string functions.
 */
#ifndef AG_ADDR_H
#define AG_ADDR_H

#include <stdbool.h>
#include <stddef.h>

#define ADDR_MAX 256 /* RFC 5321 4.5.3.1.3: path <= 256 octets */

/* True when a is safe to put in MAIL FROM/RCPT TO: 1..ADDR_MAX octets, one '@' with
 * non-empty sides, no control characters (CR, LF, NUL...), space, '<' or '>'. */
bool addr_valid(const char *a);
/* The part after the last '@', or NULL. */
const char *addr_domain(const char *a);
/* True when the domain of a equals d or is a subdomain of d, case-insensitively:
 * "x@m.marketplace.amazon.co.jp" is in "marketplace.amazon.co.jp". */
bool addr_domain_is(const char *a, const char *d);
/* Same test for a bare host name. */
bool addr_host_is(const char *host, size_t len, const char *d);
/* Index of the first of domains[0..n) that a belongs to, or -1. */
int addr_domain_in(const char *a, const char *const *domains, size_t n);
/* True when host[0..len) is one of Amazon's buyer-alias domains:
 * "marketplace.amazon.TLD" or "m.marketplace.amazon.TLD" (TLD such as "com", "co.jp",
 * "com.tr"), case-insensitively. No other subdomain is an alias domain. */
bool addr_host_is_amazon_alias(const char *host, size_t len);

/* True when a has a non-ASCII byte (needs SMTPUTF8). */
bool addr_is_utf8(const char *a);
/* A copy for logs with the local part masked: "6bm…rwb@marketplace.amazon.com". */
char *addr_mask(const char *a);

#endif
