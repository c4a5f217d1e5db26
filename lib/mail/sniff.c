/*
 * sniff - content types from magic bytes; see sniff.h. Reads only the bytes given.
 */
#include <string.h>
#include <strings.h>

#include "base.h"
#include "sniff.h"

static const char *const names[] = {
        "text", "html", "pdf",  "doc", "docx", "xlsx",   "pptx", "odt",
        "rtf",  "jpeg", "png",  "gif", "bmp",  "tiff",   "webp", "zip",
        "rar",  "7z",   "gzip", "tar", "exe",  "script", "ole2", "unknown",
};

const char *sniff_type_name(const char *name)
{
	for (size_t i = 0; i < ELEMENTSOF(names); i++)
		if (name && streq(names[i], name))
			return names[i];
	return "unknown";
}

static bool starts(const unsigned char *p, size_t n, const void *magic, size_t m)
{
	return n >= m && memcmp(p, magic, m) == 0;
}

static bool has(const unsigned char *p, size_t n, const char *needle)
{
	return memmem(p, n, needle, strlen(needle)) != NULL;
}

/* zip_kind - an OOXML or ODF document is a ZIP; the names of its entries tell. The
 * local headers and the central directory both carry the names, so a plain search of
 * the bytes finds them without unpacking anything. */
static const char *zip_kind(const unsigned char *p, size_t n)
{
	if (n > 38 && memcmp(p + 30, "mimetype", 8) == 0 &&
	    has(p, n < 200 ? n : 200, "application/vnd.oasis.opendocument.text"))
		return "odt";
	if (has(p, n, "[Content_Types].xml") || has(p, n, "_rels/.rels")) {
		if (has(p, n, "word/"))
			return "docx";
		if (has(p, n, "xl/"))
			return "xlsx";
		if (has(p, n, "ppt/"))
			return "pptx";
	}
	return "zip";
}

/* ole2_kind - Word 97-2003 files are OLE2 compound files with a "WordDocument"
 * stream; directory entry names are UTF-16LE. */
static const char *ole2_kind(const unsigned char *p, size_t n)
{
	static const char wd[] = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";

	return memmem(p, n, wd, sizeof(wd) - 1) ? "doc" : "ole2";
}

/* looks_text - valid UTF-8 (or a legacy 8-bit/ISO-2022 text) without NULs or most
 * control characters in the first 4 KiB. */
static bool looks_text(const unsigned char *p, size_t n)
{
	size_t lim = n < 4096 ? n : 4096, ctl = 0;

	if (n == 0)
		return true;
	for (size_t i = 0; i < lim; i++) {
		if (p[i] == 0)
			return false;
		if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t' && p[i] != 0x1b &&
		    p[i] != '\f')
			ctl++;
	}
	return ctl * 100 <= lim;
}

const char *sniff_type(const void *data, size_t len)
{
	const unsigned char *p = data;

	if (!p || len == 0)
		return "text"; /* an empty part is harmless text */
	if (starts(p, len, "%PDF-", 5))
		return "pdf";
	if (starts(p, len, "\xff\xd8\xff", 3))
		return "jpeg";
	if (starts(p, len, "\x89PNG\r\n\x1a\n", 8))
		return "png";
	if (starts(p, len, "GIF87a", 6) || starts(p, len, "GIF89a", 6))
		return "gif";
	if (starts(p, len, "BM", 2) && len > 14 && p[6] == 0 && p[7] == 0 && p[8] == 0 && p[9] == 0)
		return "bmp";
	if (starts(p, len, "II*\0", 4) || starts(p, len, "MM\0*", 4))
		return "tiff";
	if (starts(p, len, "RIFF", 4) && len >= 12 && memcmp(p + 8, "WEBP", 4) == 0)
		return "webp";
	if (starts(p, len, "PK\x03\x04", 4) || starts(p, len, "PK\x05\x06", 4))
		return zip_kind(p, len);
	if (starts(p, len, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
		return ole2_kind(p, len);
	if (starts(p, len, "Rar!\x1a\x07", 6))
		return "rar";
	if (starts(p, len, "7z\xbc\xaf\x27\x1c", 6))
		return "7z";
	if (starts(p, len, "\x1f\x8b", 2))
		return "gzip";
	if (len > 262 && memcmp(p + 257, "ustar", 5) == 0)
		return "tar";
	if (starts(p, len, "MZ", 2) ||
	    starts(p, len,
	           "\x7f"
	           "ELF",
	           4) ||
	    starts(p, len, "\xcf\xfa\xed\xfe", 4) || starts(p, len, "\xce\xfa\xed\xfe", 4) ||
	    starts(p, len, "\xca\xfe\xba\xbe", 4))
		return "exe";
	if (starts(p, len, "{\\rtf", 5))
		return "rtf";
	if (starts(p, len, "#!", 2))
		return "script";
	if (looks_text(p, len)) {
		size_t lim = len < 1024 ? len : 1024;
		for (size_t i = 0; i < lim; i++) {
			if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')
				continue;
			if (p[i] == '<' &&
			    (strncasecmp((const char *) p + i, "<!doctype html", 14) == 0 ||
			     strncasecmp((const char *) p + i, "<html", 5) == 0))
				return "html";
			break;
		}
		return "text";
	}
	return "unknown";
}

static const struct {
	const char *ext;
	const char *type;
} exts[] = {
        {"pdf", "pdf"},  {"jpg", "jpeg"}, {"jpeg", "jpeg"}, {"jpe", "jpeg"},  {"png", "png"},
        {"gif", "gif"},  {"bmp", "bmp"},  {"tif", "tiff"},  {"tiff", "tiff"}, {"webp", "webp"},
        {"doc", "doc"},  {"dot", "doc"},  {"docx", "docx"}, {"xlsx", "xlsx"}, {"pptx", "pptx"},
        {"odt", "odt"},  {"rtf", "rtf"},  {"txt", "text"},  {"text", "text"}, {"csv", "text"},
        {"log", "text"}, {"md", "text"},  {"htm", "html"},  {"html", "html"}, {"zip", "zip"},
        {"rar", "rar"},  {"7z", "7z"},    {"gz", "gzip"},   {"tgz", "gzip"},  {"tar", "tar"},
        {"exe", "exe"},  {"dll", "exe"},  {"scr", "exe"},   {"com", "exe"},   {"sh", "script"},
        {"xls", "ole2"}, {"ppt", "ole2"},
};

bool sniff_ext_fits(const char *filename, const char *sniffed)
{
	const char *dot = strrchr(filename, '.');

	if (!sniffed)
		sniffed = "unknown";
	if (!dot || dot == filename || !dot[1])
		return true;
	for (size_t i = 0; i < ELEMENTSOF(exts); i++) {
		if (strcasecmp(dot + 1, exts[i].ext) != 0)
			continue;
		if (streq(exts[i].type, sniffed))
			return true;
		/* A .doc saved by another program may be RTF, an HTML file plain text. */
		if (streq(exts[i].type, "doc") && streq(sniffed, "rtf"))
			return true;
		if (streq(exts[i].type, "html") && streq(sniffed, "text"))
			return true;
		if (streq(exts[i].type, "text") && streq(sniffed, "html"))
			return true;
		return false;
	}
	/* An extension we do not know fits only content we cannot call dangerous. */
	return streq(sniffed, "text") || streq(sniffed, "unknown");
}
