/*
 * stamp - the loop guard. Every message the gate relays carries one header field
 *
 *   X-AliasGate-Stamp: v=1; k=KEYID; t=UNIXTIME; h=HMAC
 *
 * where HMAC is HMAC-SHA256 (RFC 2104), base64 without padding, over
 * "v=1; k=KEYID; t=UNIXTIME;" and the message's identity (the digests of its
 * Message-ID and body, lib/state/journal.h struct journal_key; not its recipients,
 * which the relayed copy no longer shows when one was in Bcc), under
 * a 32-byte secret kept in the state directory (stamp.key, mode 0600, made on first
 * use). KEYID is the first 8 hex digits of SHA-256 of the secret. A message that comes
 * back to the watch folder with a stamp this gate can verify was relayed by it
 * already: a relay loop (a provider's redirect rule that matched our own relayed
 * copy), filed in review, never sent again.
 *
 * Rotation: rename stamp.key to stamp.key.old and restart (or SIGHUP); a new secret
 * is made, and stamps under either key still verify. Delete stamp.key.old after a day.
 *
 * A stamp only ever holds mail. A copied or forged stamp does not verify (the HMAC
 * covers the identity), and an unverifiable stamp changes nothing, so the header can
 * never be a way around the rules. Provider exceptions must not rely on it
 * (README, Recipe 2).
 */
#ifndef AG_STAMP_H
#define AG_STAMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STAMP_FIELD          "X-AliasGate-Stamp"
#define STAMP_KEY_BYTES      32
#define STAMP_IDENTITY_BYTES 32 /* Message-ID digest || body digest */

struct stamp_keys {
	uint8_t cur[STAMP_KEY_BYTES];
	uint8_t old[STAMP_KEY_BYTES];
	bool have_old;
	char cur_id[9]; /* KEYID of cur */
	char old_id[9];
};

/* Loads STATE_DIR/stamp.key (creating it from getrandom() if absent) and, when
 * present, stamp.key.old. Returns 0, or -errno with a reason in err (a key file of the
 * wrong size or readable by others is refused: it is a secret). */
int stamp_keys_load(const char *state_dir, struct stamp_keys *ret, char *err, size_t errlen);

/* The field's value (without "X-AliasGate-Stamp: " and without CRLF) for identity
 * under keys->cur at time now, into out (at least STAMP_VALUE_MAX bytes). */
#define STAMP_VALUE_MAX 128
void stamp_make(const struct stamp_keys *keys, const uint8_t identity[STAMP_IDENTITY_BYTES],
                uint64_t now, char *out);

/* True when value is a stamp of identity under keys->cur or keys->old. */
bool stamp_verify(const struct stamp_keys *keys, const uint8_t identity[STAMP_IDENTITY_BYTES],
                  const char *value);

#endif
