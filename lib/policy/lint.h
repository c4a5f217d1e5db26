/*
 * lint - checks a loaded ruleset against its own examples, for `aliasgate lint` and the
 * build (rules/README.md, "Examples" and "Languages").
 */
#ifndef AG_LINT_H
#define AG_LINT_H

#include <stddef.h>

#include "diag.h"
#include "policy.h"
#include "ruleset.h"

/* Runs every example line of every rule and checks the per-language example counts;
 * adds "file:line: ..." to d for each problem. Returns the number of problems. */
size_t lint_ruleset(const struct ruleset *rs, struct policy_scratch *s, struct diag *d);

/* Warnings, not failures: a rule that names a language in `languages` but has no
 * `reason.LANG` for it (English `en` needs none). Adds "file:line: warning: ..." to d;
 * returns the number of warnings. */
size_t lint_translations(const struct ruleset *rs, struct diag *d);

#endif
