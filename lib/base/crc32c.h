/*
 * crc32c - CRC-32C (Castagnoli, RFC 3720 B.4), the checksum of every record the
 * journal and the stats files write.
 */
#ifndef AG_CRC32C_H
#define AG_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/* Continues crc over p[0..n); start with 0. */
uint32_t crc32c(uint32_t crc, const void *p, size_t n);

#endif
