#include "sniff.h"
#include "test.h"

#define ROW(lit, type)                                                                             \
	{                                                                                          \
		lit, sizeof(lit) - 1, type                                                         \
	}

static void test_sniff(void)
{
	static const struct {
		const char *data;
		size_t len;
		const char *want;
	} rows[] = {
	        ROW("%PDF-1.4\n", "pdf"),
	        ROW("\xff\xd8\xff\xe0", "jpeg"),
	        ROW("\x89PNG\r\n\x1a\n", "png"),
	        ROW("GIF89a", "gif"),
	        ROW("PK\x03\x04[Content_Types].xml word/document.xml", "docx"),
	        ROW("PK\x03\x04[Content_Types].xml xl/workbook.xml", "xlsx"),
	        ROW("PK\x03\x04readme.txt", "zip"),
	        ROW("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", "doc"),
	        ROW("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),
	        ROW("MZ\x90\0", "exe"),
	        ROW("\x7f"
	            "ELF",
	            "exe"),
	        ROW("#!/bin/sh\n", "script"),
	        ROW("Rar!\x1a\x07\0", "rar"),
	        ROW("\x1f\x8b\x08", "gzip"),
	        ROW("Hello, thank you\r\n", "text"),
	        ROW("<!DOCTYPE html><p>", "html"),
	        ROW("\x01\x02\x03\x04\x05\0\0", "unknown"),
	};
	test_begin("sniff_type");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++)
		test_assert_idx(streq(sniff_type(rows[i].data, rows[i].len), rows[i].want), i);
	test_end();
}

static void test_ext(void)
{
	test_begin("sniff_ext_fits");
	test_assert(sniff_ext_fits("invoice.pdf", "pdf"));
	test_assert(!sniff_ext_fits("invoice.pdf", "zip"));
	test_assert(sniff_ext_fits("Photo.JPG", "jpeg"));
	test_assert(!sniff_ext_fits("photo.jpg", "exe"));
	test_assert(sniff_ext_fits("manual.docx", "docx"));
	test_assert(!sniff_ext_fits("manual.docx", "zip"));
	test_assert(sniff_ext_fits("notes.txt", "text"));
	test_assert(sniff_ext_fits("README", "exe"));
	test_assert(!sniff_ext_fits("file.weird", "exe"));
	test_assert(sniff_ext_fits("file.weird", "text"));
	test_assert(streq(sniff_type_name("pdf"), "pdf") &&
	            streq(sniff_type_name("nope"), "unknown"));
	test_end();
}

int main(void)
{
	test_sniff();
	test_ext();
	return test_exit();
}
