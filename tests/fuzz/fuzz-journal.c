/* libFuzzer target: arbitrary bytes as a journal file. Replay (with resynchronisation
 * over damaged regions) must never crash and must end; what it reports must add up;
 * the prefix it keeps must replay to exactly itself (what journal_open truncates to is
 * a fixed point); and a valid record appended after anything at all is never lost:
 * garbage before it is damage, not a tail. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "journal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint32_t crc32c(uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	while (n--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = crc & 1 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
	}
	return ~crc;
}

/* A format-2 entry record (type 1, 102-byte payload) for uidvalidity 1, uid 7. */
static size_t valid_record(uint8_t *r)
{
	uint8_t *pl = r + 8;
	memset(pl, 0x11, 102);
	memset(pl, 0, 8);
	pl[0] = 1;
	pl[4] = 7;
	pl[40] = 4; /* RELAYED */
	pl[41] = 1;
	r[0] = 0xA6;
	r[1] = 1;
	r[2] = 102;
	r[3] = 0;
	uint32_t crc = crc32c(crc32c(0, r + 1, 3), pl, 102);
	for (int i = 0; i < 4; i++)
		r[4 + i] = crc >> (8 * i);
	return 8 + 102;
}

/* straddles - a well-framed record (magic, length, CRC32C) starts in buf[0..size) and
 * ends inside the appended record. Replay takes the first well-framed record it finds,
 * so that one swallows the appended record's start. Only a file written on purpose
 * gets there: journal_open cuts a torn tail before it appends anything, and the CRC
 * must match bytes the writer never sees (the fuzzer learns them from the comparisons
 * it watches). Such inputs are not held to the last property. */
static bool straddles(const uint8_t *buf, size_t size, size_t n)
{
	for (size_t o = size > 8 + 65535 ? size - 8 - 65535 : 0; o < size; o++) {
		if (buf[o] != 0xA6 || n - o < 8)
			continue;
		size_t plen = buf[o + 2] | (size_t) buf[o + 3] << 8;
		if (o + 8 + plen <= size || o + 8 + plen > n)
			continue;
		uint32_t crc = crc32c(crc32c(0, buf + o + 1, 3), buf + o + 8, plen);
		uint32_t got = buf[o + 4] | (uint32_t) buf[o + 5] << 8 |
		               (uint32_t) buf[o + 6] << 16 | (uint32_t) buf[o + 7] << 24;
		if (crc == got)
			return true;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct journal_report rep, rep2;
	size_t good = journal_parse(data, size, &rep);
	if (rep.version > JOURNAL_FORMAT) {
		if (good != 0)
			abort();
		return 0; /* a newer format: nothing is read, by design; open refuses */
	}
	if (good > size || rep.tail_dropped != size - good || rep.damaged_bytes > good)
		abort();
	uint64_t end = 0;
	for (size_t i = 0; i < rep.n_damaged && i < JOURNAL_DAMAGE_MAX; i++) {
		const struct journal_damage *d = &rep.damaged[i];
		if (d->length == 0 || d->offset < end || d->offset + d->length > good)
			abort();
		end = d->offset + d->length;
	}
	if (journal_parse(data, good, &rep2) != good || rep2.n_damaged != rep.n_damaged ||
	    rep2.damaged_bytes != rep.damaged_bytes || rep2.tail_dropped != 0)
		abort();

	uint8_t *buf = malloc(size + 128);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	size_t n = size + valid_record(buf + size);
	if (!straddles(buf, size, n) &&
	    (journal_parse(buf, n, &rep2) != n || rep2.n_damaged < rep.n_damaged))
		abort();
	free(buf);
	return 0;
}
