/*
 * envelope - who a message goes to and from, decided once for the daemon and for
 * `aliasgate check` alike: the buyer aliases RCPT TO will carry, and whether there is
 * a sender for MAIL FROM. Everything here is a property of the message and the
 * account's settings, never of the network.
 */
#ifndef AG_ENVELOPE_H
#define AG_ENVELOPE_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

struct envelope_env {
	/* The account's alias domains (configuration `alias_domains`); NULL: Amazon's
	 * ("marketplace.amazon.TLD", addr_host_is_amazon_alias()). An address is an
	 * alias when its domain is one of them or "m." + one of them, nothing deeper. */
	const char *const *alias_domains;
	size_t n_alias_domains;
	/* `envelope_recipient_header`: when set, the one alias is the address in the
	 * topmost field of this name (the delivery agent's X-Original-To, Delivered-To,
	 * X-Gm-Original-To), never the To/Cc list: a copy delivered for a Bcc alias
	 * goes to that alias only. NULL: every alias in To, Cc, Bcc and friends. */
	const char *envelope_recipient_header;
	/* `envelope_from` is configured: the message needs no From of its own. */
	bool envelope_from;
	/* The configured envelope_from address, checked against `approved` like the
	 * From; NULL when envelope_from is false (or not known, as in `check`). */
	const char *envelope_from_address;
	/* `approved_senders`: the seller's addresses on Seller Central's Messaging
	 * Permissions page, per marketplace. NULL/0: nothing is checked. */
	const struct envelope_approved *approved;
	size_t n_approved;
};

/* One `approved_senders` entry: these addresses are approved for these marketplaces
 * ("marketplace.amazon.de"; an alias on "m." + one of them belongs to it too). */
struct envelope_approved {
	const char *const *marketplaces;
	size_t n_marketplaces;
	const char *const *addresses;
	size_t n_addresses;
};

/* True when address a is on one of env's alias domains. */
bool envelope_is_alias(const struct envelope_env *env, const char *a);

/* The alias recipients, in message order, as a NULL-terminated array of new strings
 * (free with envelope_free()); *ret_n counts them. Returns 0, or -EINVAL when
 * envelope_recipient_header is set and the message has no such field or its value is
 * not one address (the message must then be held, not guessed at). */
int envelope_recipients(const struct envelope_env *env, const struct message *m, char ***ret,
                        size_t *ret_n);
void envelope_free(char **v);

/* The marketplace of alias a: its domain, lower-cased, without a leading "m.", in
 * buf (NUL-terminated, cut at len - 1). Returns buf, "" when a has no domain. */
const char *envelope_marketplace(const char *a, char *buf, size_t len);

/* True when sender (an addr-spec) may write to buyers on marketplace under env's
 * `approved` list; always true when env has none. Addresses compare without case. */
bool envelope_sender_approved(const struct envelope_env *env, const char *marketplace,
                              const char *sender);

#endif
