/*
 * record - the framing the seller state (seller.c) and the stats files (stats.c)
 * share. A record is
 *
 *   MAGIC(1) TYPE(1) LEN(2, little-endian) CRC(4) PAYLOAD(LEN)
 *
 * where CRC is CRC32C (base/crc32c.h) over TYPE, LEN and PAYLOAD. Each file has its own
 * magic byte, so a record of one can never be taken for one of the other. Integers are
 * little-endian; a string is a length byte and at most 255 bytes.
 */
#ifndef AG_RECORD_H
#define AG_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RECORD_HDR     8
#define RECORD_STR_MAX 255

uint32_t record_get32(const uint8_t *p);
uint64_t record_get64(const uint8_t *p);
void record_put64(uint8_t *p, uint64_t v);

/* Writes the header in front of the plen payload bytes at rec + RECORD_HDR; returns the
 * record's whole length. */
size_t record_frame(uint8_t *rec, uint8_t magic, uint8_t type, size_t plen);

/* Appends s (NULL: empty), cut to RECORD_STR_MAX bytes; returns the end. */
uint8_t *record_put_str(uint8_t *p, const char *s);

struct record_cursor {
	const uint8_t *p, *end;
};

/* Reads a string into buf (RECORD_STR_MAX + 1 bytes); false when it runs past end. */
bool record_get_str(struct record_cursor *c, char *buf);

/* The payload length of a well-framed record at data[off] (its magic, a length within
 * max and within data, its CRC), or -1. */
long record_check(const uint8_t *data, size_t len, size_t off, uint8_t magic, size_t max);

#endif
