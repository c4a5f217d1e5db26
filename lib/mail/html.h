/*
 * html - reduces an HTML document to the text a buyer would read, and reports every
 * link and image source it carries. Tag soup is expected; nothing here fails on bad
 * HTML. Text styled to be hidden (display:none, font-size:0, white on white) is KEPT:
 * it is still content the seller sent. Entities (&amp; &#x41; &nbsp; ...) are decoded.
 * Block elements become line breaks so that words of adjacent blocks do not merge.
 */
#ifndef AG_HTML_H
#define AG_HTML_H

#include <stddef.h>

#include "buf.h"
#include "limit.h"
#include "links.h"

/* Called for each href/src/url(...)/background= value, entity-decoded, not trimmed
 * of its scheme. kind is LINK_ANCHOR or LINK_IMAGE. */
typedef void (*html_link_fn)(void *ctx, const char *url, size_t len, enum link_kind kind);

/* Appends the visible text of html[0..len) (UTF-8) to out. Returns 0, -E2BIG when out
 * would exceed its max, or -ELOOP when the document has more than max_tags tags. */
int html_reduce(const char *html, size_t len, unsigned max_tags, struct buf *out,
                html_link_fn link_fn, void *ctx);

#endif
