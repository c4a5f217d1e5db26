/*
 * sniff - what an attachment really is, from its bytes, not its name. Looks inside
 * containers where the answer lives there: a .docx is a ZIP holding word/, an .odt a ZIP
 * whose first entry is "mimetype", and neither is an archive.
 */
#ifndef AG_SNIFF_H
#define AG_SNIFF_H

#include <stdbool.h>
#include <stddef.h>

/* One of the short names listed in rules/README.md ("pdf", "docx", "zip", "exe", ...);
 * a static string. */
const char *sniff_type(const void *data, size_t len);
/* True when the file name's extension fits the sniffed content: "invoice.pdf" must be
 * pdf, "photo.jpg" jpeg. Names without an extension fit anything; unknown extensions
 * fit only text and unknown content. */
bool sniff_ext_fits(const char *filename, const char *sniffed);
/* The static string for a known type name, or "unknown". */
const char *sniff_type_name(const char *name);

#endif
