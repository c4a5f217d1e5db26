/*
 * links - finds URLs and bare domains written in plain text, the way a buyer's mail
 * client would linkify them and more: "https://x.y/z", "www.shop.com", "shop.com/sale",
 * "shop.co.uk", IDN hosts, hosts written with full-width dots ("shop．com") or
 * ideographic full stops ("shop。com"), and hosts in mailto:/tel: are left to rules.
 * Version numbers ("v2.1.3"), decimals ("8.5 mm"), abbreviations ("U.S.", "e.g.") and
 * file names ("manual.pdf") are NOT links: a bare domain needs a known top-level
 * domain. Works on the normalized view, so zero-width tricks are already gone.
 */
#ifndef AG_LINKS_H
#define AG_LINKS_H

#include <stdbool.h>
#include <stddef.h>

enum link_kind {
	LINK_ANCHOR, /* <a href>, <area href> */
	LINK_IMAGE,  /* <img src>, background=, CSS url() */
	LINK_TEXT,   /* a URL or bare domain written in text (body, subject, attachment text) */
};

/* Called with each link found, as a span [start, start+len) of text. */
typedef void (*links_fn)(void *ctx, const char *start, size_t len);

void links_find(const char *text, size_t len, links_fn fn, void *ctx);

/* Lower-cased host of a URL or bare domain ("HTTPS://User@WWW.Shop.COM:8080/x" ->
 * "www.shop.com"), or NULL when there is none (mailto:, data:, relative URLs). */
char *links_host(const char *url, size_t len);

/* The target of a known redirect wrapper, percent-decoded: Microsoft's Safe Links
 * ("https://eur01.safelinks.protection.outlook.com/?url=TARGET&...") and Google's
 * ("https://www.google.com/url?q=TARGET"). Mail clients and gateways rewrite links so;
 * what the buyer reaches is the target, so the target is what rules judge. NULL when
 * url is not such a wrapper or its target is not an http(s) URL. */
char *links_unwrap(const char *url, size_t len);

/* True when host is d or a subdomain of d (case-insensitive). */
bool links_host_in(const char *host, const char *d);

#endif
