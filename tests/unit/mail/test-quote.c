#include "quote.h"
#include "test.h"

static void test_subjects(void)
{
	static const struct {
		const char *s;
		bool reply;
	} v[] = {
	        {"Re: Your order", true},
	        {"RE: Your order", true},
	        {"AW: Ihre Bestellung", true},
	        {"SV: Din beställning", true},
	        {"R: Il tuo ordine", true},
	        {"RV: Su pedido", true},
	        {"Antw: Uw bestelling", true},
	        {"YNT: Siparişiniz", true},
	        {"回复: 您的订单", true},
	        {"回复：您的订单", true},
	        {"答复: 订单", true},
	        {"Re[2]: order", true},
	        {"[Important] Re: address", true},
	        {"【重要】Re: 住所", true},
	        {"Odp: Twoje zamówienie", true},
	        {"رد: طلبك", true},
	        {"Your order", false},
	        {"Regarding your order", false},
	        {"Return: label", false},
	        {"", false},
	        {"[Important] delivery", false},
	        {"Rebate: 10%", false},
	};
	test_begin("quote_subject_is_reply");
	for (size_t i = 0; i < ELEMENTSOF(v); i++)
		test_assert_idx(quote_subject_is_reply(v[i].s) == v[i].reply, i);
	test_end();
}

struct spans {
	char own[512], quoted[512];
	size_t n;
};

static void on_span(void *ctx, size_t start, size_t len, enum quote_kind kind)
{
	struct spans *s = ctx;
	(void) start;
	s->n++;
	if (kind == QUOTE_TEXT)
		strncat(s->quoted, "Q", sizeof(s->quoted) - strlen(s->quoted) - 1);
	else if (kind == QUOTE_HEADER)
		strncat(s->quoted, "H", sizeof(s->quoted) - strlen(s->quoted) - 1);
	else if (kind == QUOTE_ATTRIBUTION)
		strncat(s->quoted, "A", sizeof(s->quoted) - strlen(s->quoted) - 1);
	else
		strncat(s->own, "O", sizeof(s->own) - strlen(s->own) - 1);
}

static struct spans split(const char *t)
{
	struct spans s = {0};
	quote_split(t, strlen(t), on_span, &s);
	return s;
}

static void test_split(void)
{
	struct spans s;
	test_begin("quote_split");
	s = split("Thanks, it ships today.\n\nOn Mon, 16 Nov 2026 at 10:00, Buyer "
	          "<a@marketplace.amazon.com> wrote:\n> where is it?\n");
	test_assert(s.n == 3 && streq(s.own, "O") && streq(s.quoted, "AQ"));
	s = split("Danke.\nAm Mo., 16. Nov. 2026 um 10:00 Uhr schrieb Käufer <x@y>:\n> Wo?\n");
	test_assert(s.n == 3 && streq(s.quoted, "AQ"));
	s = split("好的。\n2026年11月16日 买家 <x@y> 写道：\n> 在哪里？\n");
	test_assert(s.n == 3 && streq(s.quoted, "AQ"));
	s = split("Sure.\n\n-----Original Message-----\nFrom: B\nSent: Monday\nhello\n");
	test_assert(s.n == 3 && streq(s.quoted, "HQ"));
	s = split("Sure.\n\nFrom: Buyer <x@marketplace.amazon.de>\nSent: Monday\nTo: me\n"
	          "Subject: x\n\nquestion\n");
	test_assert(s.n == 3 && streq(s.quoted, "HQ"));
	s = split("Von: Käufer\nGesendet: Montag\nAn: uns\nBetreff: x\n\nFrage\n");
	test_assert(s.n == 2 && streq(s.quoted, "HQ"));
	/* interleaved: quote, answer, quote, answer */
	s = split("> a?\nyes\n> b?\nno\n");
	test_assert(s.n == 4 && streq(s.own, "OO") && streq(s.quoted, "QQ"));
	/* a From: line alone (a shipping address) is not a header block */
	s = split("From: our warehouse in Leeds\nIt ships today.\n");
	test_assert(s.n == 1 && streq(s.own, "O"));
	s = split("no quote at all\n");
	test_assert(s.n == 1 && streq(s.own, "O"));
	s = split("");
	test_assert(s.n == 0);
	test_end();
}

int main(void)
{
	test_subjects();
	test_split();
	return test_exit();
}
