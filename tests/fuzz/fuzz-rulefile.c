/* libFuzzer target: the rule-file parser and compiler on arbitrary bytes, then the
 * example runner on whatever compiled. Must never crash or leak. */
#include <stdint.h>

#include "lint.h"
#include "policy.h"
#include "rule.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ruleset *rs = xcalloc(1, sizeof(*rs));
	struct diag d = DIAG_INIT;

	if (ruleset_parse(rs, "fuzz.rules", (const char *) data, size, &d) == 0) {
		struct policy_scratch *s = policy_scratch_new();
		(void) lint_ruleset(rs, s, &d);
		policy_scratch_free(s);
	}
	diag_clear(&d);
	ruleset_free(rs);
	return 0;
}
