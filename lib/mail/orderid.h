/*
 * orderid - the Amazon order ID a seller's message is about: three digits, a hyphen,
 * seven digits, a hyphen, seven digits ("028-1234567-7654321"), not part of a longer
 * run of digits. Amazon's message templates require one in every proactive message;
 * the seller state (lib/state/seller.h) keeps what was sent per order.
 */
#ifndef AG_ORDERID_H
#define AG_ORDERID_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

#define ORDERID_LEN 19 /* "ddd-ddddddd-ddddddd" */

/* The first order ID in s[0..len), copied NUL-terminated into out (ORDERID_LEN + 1
 * bytes). Full-width digits and hyphens are not folded here: pass a normalized text. */
bool orderid_scan(const char *s, size_t len, char out[ORDERID_LEN + 1]);

/* The order ID of m: the subject first, then the seller's own lines (SCOPE_BODY), then
 * the quoted part of a reply (SCOPE_QUOTED), then attachment text. Normalized views
 * are searched, so "０２８－…" counts. Returns false when there is none. */
bool orderid_find(const struct message *m, char out[ORDERID_LEN + 1]);

#endif
