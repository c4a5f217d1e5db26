/*
 * lint - runs every rule's examples (rules/README.md, "Examples") and checks that a
 * rule has at least LINT_EXAMPLES reject and LINT_EXAMPLES pass examples in every
 * language it names in `languages`. This is how compliance staff learn that a change
 * broke a rule before it reaches a seller.
 */
#include <stdio.h>
#include <string.h>

#include "html.h"
#include "limit.h"
#include "lint.h"
#include "rule.h"
#include "sniff.h"

/* Examples per language and direction; three keeps one phrasing from standing in for a
 * whole language. */
#define LINT_EXAMPLES 3

static size_t lint_languages(const struct rule *r, struct diag *d)
{
	size_t failed = 0;

	for (size_t k = 0; k < r->n_examples; k++) {
		bool named = r->n_languages == 0;
		for (size_t i = 0; i < r->n_languages && !named; i++)
			named = streq(r->languages[i], r->examples[k].lang);
		if (!named) {
			diag_add(d, r->file, r->examples[k].line,
			         "rule %s: example in %s, which the rule's languages do not name",
			         r->id, r->examples[k].lang);
			failed++;
		}
	}
	for (size_t i = 0; i < r->n_languages; i++) {
		unsigned rej = 0, pass = 0;
		for (size_t k = 0; k < r->n_examples; k++)
			if (streq(r->examples[k].lang, r->languages[i]))
				r->examples[k].reject ? rej++ : pass++;
		if (rej < LINT_EXAMPLES || pass < LINT_EXAMPLES) {
			diag_add(d, r->file, r->line,
			         "rule %s covers %s but has %u reject and %u pass examples in it "
			         "(%u of "
			         "each needed)",
			         r->id, r->languages[i], rej, pass, LINT_EXAMPLES);
			failed++;
		}
	}
	return failed;
}

static void example_link(void *ctx, const char *url, size_t len, enum link_kind kind)
{
	message_add_link(ctx, url, len, kind, SCOPE_BODY);
}

/* example_message - the synthetic message an example line describes (rules/README.md,
 * "Examples"). */
static struct message *example_message(const struct rule *r, const struct example *e)
{
	struct message *m = message_new();
	const char *text = e->text;
	const char *domain = "marketplace.amazon.com";
	char dom[256];

	if (text[0] == '@') {
		const char *sp = strchr(text, ' ');
		size_t n = sp ? (size_t) (sp - text - 1) : strlen(text + 1);
		snprintf(dom, sizeof(dom), "%.*s", (int) (n < 255 ? n : 255), text + 1);
		domain = dom;
		text = sp ? sp + 1 : "";
		while (*text == ' ')
			text++;
	}
	m->recipients = xcalloc(1, sizeof(char *));
	m->recipients[0] = xasprintf("6bmcx2l1t7cwrwb@%s", domain);
	m->n_recipients = 1;
	m->reply = e->reply;

	switch (r->kind) {
	case RULE_MATCH:
	case RULE_LINKS: {
		unsigned sc = r->scopes;
		if (r->kind == RULE_LINKS && !(sc & ~(1u << SCOPE_LINKS)))
			sc = 1u << SCOPE_BODY;
		if (sc & (1u << SCOPE_LINKS))
			sc = (sc & ~(1u << SCOPE_LINKS)) | (1u << SCOPE_BODY);
		for (int i = 0; i < SCOPE__MAX; i++) {
			if (!(sc & (1u << i)))
				continue;
			if (i == SCOPE_BODY && strchr(text, '<') && strchr(text, '>')) {
				/* HTML examples, for image and href rules. */
				struct buf out = BUF_INIT(LIMIT_TEXT_SIZE);
				if (html_reduce(text, strlen(text), LIMIT_HTML_TAGS, &out,
				                example_link, m) == 0) {
					size_t n = out.len;
					message_add_text(m, SCOPE_BODY, buf_steal(&out), n,
					                 "example text/html");
					continue;
				}
				buf_free(&out);
			}
			message_add_text(m, (enum scope) i, xstrdup(text), strlen(text), "example");
		}
		break;
	}
	case RULE_IMPORTANT_REQUIRED:
	case RULE_IMPORTANT_MISUSE: {
		const char *bar = strstr(text, "||");
		size_t sl = bar ? (size_t) (bar - text) : strlen(text);
		while (sl && text[sl - 1] == ' ')
			sl--;
		message_add_text(m, SCOPE_SUBJECT, xstrndup(text, sl), sl, "Subject");
		if (bar) {
			const char *b = bar + 2;
			while (*b == ' ')
				b++;
			message_add_text(m, SCOPE_BODY, xstrdup(b), strlen(b), "example");
		}
		break;
	}
	case RULE_ATTACHMENTS: {
		char name[256] = "", type[32] = "";
		unsigned long long size = 0;
		if (sscanf(text, "%255s %31s %llu", name, type, &size) >= 2) {
			m->attachments = xcalloc(1, sizeof(*m->attachments));
			m->attachments[0] = (struct attachment){
			        .filename = xstrdup(name),
			        .declared_type = xstrdup("application/octet-stream"),
			        .sniffed_type = sniff_type_name(type),
			        .size = (size_t) size,
			        .part = xstrdup("2"),
			};
			m->n_attachments = 1;
			m->attachment_bytes = (size_t) size;
			message_add_text(m, SCOPE_ATTACHMENT_NAME, xstrdup(name), strlen(name),
			                 "part 2");
		}
		break;
	}
	}
	return m;
}

size_t lint_ruleset(const struct ruleset *rs, struct policy_scratch *s, struct diag *d)
{
	size_t failed = 0;

	for (size_t i = 0; i < rs->n_rules; i++) {
		const struct rule *r = &rs->rules[i];
		for (size_t k = 0; k < r->n_examples; k++) {
			const struct example *e = &r->examples[k];
			struct message *m = example_message(r, e);
			struct verdict *v = verdict_new(rs->digest);
			bool hit = false, held = false;

			policy_eval_rule(r, s, m, v);
			for (size_t h = 0; h < v->n_hits; h++) {
				hit = true;
				held |= v->hits[h].action == ACTION_HOLD &&
				        r->action != ACTION_HOLD;
			}
			if (held) {
				diag_add(d, r->file, e->line,
				         "rule %s: example hit a matching limit: %s", r->id,
				         e->text);
				failed++;
			} else if (hit != e->reject) {
				diag_add(d, r->file, e->line, "rule %s: example %s %s: %s", r->id,
				         e->reject ? "reject" : "pass",
				         e->reject ? "did not match" : "matched", e->text);
				failed++;
			}
			verdict_free(v);
			message_free(m);
		}
		failed += lint_languages(r, d);
	}
	return failed;
}

size_t lint_translations(const struct ruleset *rs, struct diag *d)
{
	size_t warned = 0;

	for (size_t i = 0; i < rs->n_rules; i++) {
		const struct rule *r = &rs->rules[i];
		for (size_t k = 0; k < r->n_languages; k++) {
			for (size_t l = 1; l < rule_n_languages; l++) {
				if (!streq(r->languages[k], rule_languages[l]) || r->reason_l10n[l])
					continue;
				diag_add(d, r->file, r->line,
				         "warning: rule %s covers %s but has no reason.%s (sellers "
				         "writing %s get the English reason)",
				         r->id, rule_languages[l], rule_languages[l],
				         rule_languages[l]);
				warned++;
			}
		}
	}
	return warned;
}
