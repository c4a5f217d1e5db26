#include "addr.h"
#include "test.h"

static void test_addr_valid(void)
{
	static const struct {
		const char *a;
		bool ok;
	} rows[] = {
	        {"6bmcx2l1t7cwrwb@marketplace.amazon.com", true},
	        {"a@b", true},
	        {"\"a@b\"@example.com", true},
	        {"", false},
	        {"nobody", false},
	        {"@example.com", false},
	        {"a@", false},
	        {"a@b\r\nRCPT TO:<x@y>", false},
	        {"a@b\n", false},
	        {"a b@c", false},
	        {"<a@b>", false},
	        {"a@b\x7f", false},
	};
	test_begin("addr_valid");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++)
		test_assert_idx(addr_valid(rows[i].a) == rows[i].ok, i);
	char longaddr[300];
	memset(longaddr, 'a', sizeof(longaddr));
	memcpy(longaddr + 250, "@b.com", 7);
	test_assert(addr_valid(longaddr));
	longaddr[250] = 'a';
	memcpy(longaddr + 260, "@b.com", 7);
	test_assert(!addr_valid(longaddr));
	test_end();
}

static void test_addr_domain(void)
{
	static const char *doms[] = {"marketplace.amazon.com", "marketplace.amazon.co.jp"};
	test_begin("addr_domain_in");
	test_assert(addr_domain_in("x@marketplace.amazon.com", doms, 2) == 0);
	test_assert(addr_domain_in("x@MarketPlace.Amazon.COM", doms, 2) == 0);
	test_assert(addr_domain_in("x+abc@m.marketplace.amazon.co.jp", doms, 2) == 1);
	test_assert(addr_domain_in("x@evilmarketplace.amazon.com", doms, 2) == -1);
	test_assert(addr_domain_in("x@marketplace.amazon.com.evil.net", doms, 2) == -1);
	test_assert(addr_domain_in("x@marketplace.amazon.de", doms, 2) == -1);
	test_assert(addr_domain_in("x", doms, 2) == -1);
	test_assert(addr_host_is("www.ups.com.", 12, "ups.com"));
	test_end();
}

static void test_addr_mask(void)
{
	char *m;
	test_begin("addr_mask");
	m = addr_mask("6bmcx2l1t7cwrwb@marketplace.amazon.com");
	test_assert_streq(m, "6bm…rwb@marketplace.amazon.com");
	free(m);
	m = addr_mask("ab@x.com");
	test_assert_streq(m, "…@x.com");
	free(m);
	test_end();
}

static void test_amazon_alias(void)
{
	static const struct {
		const char *h;
		bool yes;
	} v[] = {
	        {"marketplace.amazon.com", true},
	        {"marketplace.amazon.co.jp", true},
	        {"MARKETPLACE.AMAZON.DE", true},
	        {"m.marketplace.amazon.com.tr", true},
	        {"marketplace.amazon.com.", false},
	        {"x.marketplace.amazon.com", false},
	        {"marketplace.amazon.", false},
	        {"marketplace.amazon.c0m", false},
	        {"amazon.com", false},
	        {"marketplace.amazon.com-evil.io", false},
	};
	test_begin("addr_host_is_amazon_alias");
	for (size_t i = 0; i < ELEMENTSOF(v); i++)
		test_assert_idx(addr_host_is_amazon_alias(v[i].h, strlen(v[i].h)) == v[i].yes, i);
	test_end();
}

int main(void)
{
	test_amazon_alias();
	test_addr_valid();
	test_addr_domain();
	test_addr_mask();
	return test_exit();
}
