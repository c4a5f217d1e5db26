/* libFuzzer target: arbitrary bytes as a journal file. Replay must never crash, and
 * the prefix it keeps must replay to exactly itself (what journal_open truncates to
 * is a fixed point). */
#include <stdint.h>
#include <stdlib.h>

#include "journal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t good = journal_parse(data, size, NULL);
	if (good > size || journal_parse(data, good, NULL) != good)
		abort();
	return 0;
}
