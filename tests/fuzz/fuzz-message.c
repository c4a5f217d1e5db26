/* libFuzzer target: message_parse() on arbitrary bytes. Every text it produces must be
 * valid UTF-8 with a consistent offset map, and a message must always come back. */
#include <assert.h>
#include <stdint.h>

#include "charset.h"
#include "message.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct message *m = NULL;

	assert(message_parse((const char *) data, size, NULL, &m) == 0 && m);
	for (int s = 0; s < SCOPE__MAX; s++)
		for (size_t i = 0; i < m->n_texts[s]; i++) {
			const struct text *t = &m->texts[s][i];
			assert(charset_is_utf8(t->orig, t->orig_len));
			assert(t->map[t->norm_len] == t->orig_len);
			for (size_t k = 0; k < t->norm_len; k++)
				assert(t->map[k] <= t->orig_len);
		}
	message_free(m);
	return 0;
}
