/*
 * normalize - the matching view of a text; see normalize.h.
 *
 * A seller who wants a word past a filter writes it full-width ("ｃｏｕｐｏｎ"), breaks it
 * with characters nobody sees ("cou\u200bpon") or borrows look-alike letters from another
 * script ("stаr" with a Cyrillic а). Patterns run on this view, where ICU undoes all
 * three; the map lets every hit quote the original bytes.
 *
 * Three streaming stages, so the work is linear in the input:
 *  1. decode: UTF-8 to code points. Default-ignorable code points and the tatweel are
 *     dropped; the rest collect into a segment that ends before each code point with an
 *     NFKC boundary before it (unorm2_hasBoundaryBefore), or at SEG_MAX units.
 *  2. segment: NFKC of the segment (unorm2_normalize; ICU's C API has no offset map, so
 *     every code point out of a segment maps to the segment's first byte in orig), then
 *     the folds NFKC does not do: dashes and the minus sign to '-', decimal digits of any
 *     script to ASCII, space separators to ' ', and ignorables NFKC produced dropped.
 *  3. word: a run of letters and marks is held until it ends. Only in a word whose
 *     letters come from two scripts (Common and Inherited do not count; Han, Hiragana and
 *     Katakana are one Japanese group, Han and Hangul one Korean, Han and Bopomofo one
 *     Chinese) does a non-Latin letter whose UTS #39 skeleton is Latin become that
 *     skeleton. Whole texts are never skeletoned: ICU's skeleton turns "m" into "rn",
 *     "0" into "O" and rewrites whole Cyrillic, Arabic and Japanese words.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "base.h"
#include "normalize.h"

/* A segment is cut here even without a boundary: only a run of combining marks gets
 * this long (UAX #15 stream-safe text allows 30), and NFKC's reordering of such a run
 * must not cost quadratic time. */
#define SEG_MAX 64
/* NFKC maps one UTF-16 unit to at most 18 (U+FDFA). */
#define NFKC_MAX_GROWTH 18
/* A longer word is judged in pieces of this many code points; bounds the buffer. */
#define WORD_MAX 1024
/* The view may grow to VIEW_MAX_GROWTH * len + VIEW_SLACK bytes, then -E2BIG: a text of
 * U+FDFA (3 bytes, 33 after NFKC) must not make us allocate 55 bytes of view and map
 * per input byte. Real text stays near 1. */
#define VIEW_MAX_GROWTH 4
#define VIEW_SLACK      64
/* Skeleton of one code point, in UTF-16 units; ICU's longest is 18. */
#define SKELETON_MAX 32

static const UNormalizer2 *nfkc;
static USpoofChecker *spoof;
static pthread_once_t icu_once = PTHREAD_ONCE_INIT;

/* icu_init - both are read-only after this and shared by all threads. The data is
 * linked into libicudata, so a failure is a broken installation, not an input. */
static void icu_init(void)
{
	UErrorCode err = U_ZERO_ERROR;

	nfkc = unorm2_getNFKCInstance(&err);
	if (U_SUCCESS(err))
		spoof = uspoof_open(&err);
	if (U_FAILURE(err)) {
		panic("ICU initialisation failed: %s", u_errorName(err));
	}
}

struct view {
	char *out;
	uint32_t *map;
	size_t len, cap, max;
	bool too_big;
	/* stage 1: the pending segment and the offset of its first byte in orig */
	UChar seg[SEG_MAX + U16_MAX_LENGTH];
	int32_t seg_len;
	uint32_t seg_start;
	/* stage 3: the pending word, one map entry per code point */
	UChar32 *word;
	uint32_t *word_map;
	size_t word_len;
	bool word_ascii;
};

/* room - space for n more bytes of view (and map), or false once over v->max. */
static bool room(struct view *v, size_t n)
{
	size_t cap;

	if (v->len + n <= v->cap)
		return true;
	if (v->len + n > v->max) {
		v->too_big = true;
		return false;
	}
	cap = v->cap * 2 < v->max ? v->cap * 2 : v->max;
	v->out = xrealloc(v->out, cap + 1);
	v->map = xrealloc(v->map, (cap + 1) * sizeof(*v->map));
	v->cap = cap;
	return true;
}

/* put - c as UTF-8 into the view, every byte mapped to off. */
static void put(struct view *v, UChar32 c, uint32_t off)
{
	size_t start = v->len;

	if (!room(v, U8_MAX_LENGTH))
		return;
	U8_APPEND_UNSAFE(v->out, v->len, c);
	for (size_t k = start; k < v->len; k++)
		v->map[k] = off;
}

/* put_byte - an invalid byte, copied as it is. */
static void put_byte(struct view *v, char b, uint32_t off)
{
	if (!room(v, 1))
		return;
	v->map[v->len] = off;
	v->out[v->len++] = b;
}

/* ---- stage 3: words and confusables ------------------------------------------------- */

static bool letter(UChar32 c)
{
	return u_hasBinaryProperty(c, UCHAR_ALPHABETIC);
}

/* word_char - letters and combining marks make words; digits, spaces, punctuation and
 * symbols end them. */
static bool word_char(UChar32 c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return letter(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK);
}

/* script - the script of letter c, or USCRIPT_COMMON when it takes its neighbours'. */
static UScriptCode script(UChar32 c)
{
	UErrorCode err = U_ZERO_ERROR;
	UScriptCode s = uscript_getScript(c, &err);

	if (U_FAILURE(err) || s == USCRIPT_INHERITED || s == USCRIPT_UNKNOWN)
		return USCRIPT_COMMON;
	return s;
}

enum { CJK_JAPANESE = 1, CJK_KOREAN = 2, CJK_CHINESE = 4 };

/* cjk_groups - the writing systems a CJK script belongs to; 0 for other scripts. */
static unsigned cjk_groups(UScriptCode s)
{
	switch (s) {
	case USCRIPT_HAN:
		return CJK_JAPANESE | CJK_KOREAN | CJK_CHINESE;
	case USCRIPT_HIRAGANA:
	case USCRIPT_KATAKANA:
		return CJK_JAPANESE;
	case USCRIPT_HANGUL:
		return CJK_KOREAN;
	case USCRIPT_BOPOMOFO:
		return CJK_CHINESE;
	default:
		return 0;
	}
}

/* word_mixed - do the letters of w come from two scripts (CJK scripts of one writing
 * system counting as one)? */
static bool word_mixed(const UChar32 *w, size_t n)
{
	UScriptCode other = USCRIPT_COMMON;
	unsigned cjk = CJK_JAPANESE | CJK_KOREAN | CJK_CHINESE;
	bool any_cjk = false;

	for (size_t i = 0; i < n; i++) {
		UScriptCode s;
		unsigned g;

		if (!letter(w[i]) || (s = script(w[i])) == USCRIPT_COMMON)
			continue;
		g = cjk_groups(s);
		if (g) {
			any_cjk = true;
			cjk &= g;
			if (!cjk)
				return true;
		} else if (other == USCRIPT_COMMON) {
			other = s;
		} else if (other != s) {
			return true;
		}
	}
	return any_cjk && other != USCRIPT_COMMON;
}

/* latin_skeleton - when c is a letter of a script other than Latin whose UTS #39
 * skeleton is Latin (Latin letters, perhaps with Common or Inherited ones), store that
 * skeleton, recomposed by NFKC, in d and return its length in UTF-16 units; else 0. */
static int32_t latin_skeleton(UChar32 c, UChar *d, int32_t cap)
{
	UChar in[U16_MAX_LENGTH], sk[SKELETON_MAX];
	int32_t n = 0, sn, dn;
	UErrorCode err = U_ZERO_ERROR;
	bool latin = false;
	UScriptCode s = script(c);

	if (s == USCRIPT_LATIN || s == USCRIPT_COMMON || !letter(c))
		return 0;
	U16_APPEND_UNSAFE(in, n, c);
	sn = uspoof_getSkeleton(spoof, 0, in, n, sk, SKELETON_MAX, &err);
	if (U_FAILURE(err))
		return 0;
	dn = unorm2_normalize(nfkc, sk, sn, d, cap, &err);
	if (U_FAILURE(err))
		return 0;
	for (int32_t i = 0; i < dn;) {
		UChar32 x;

		U16_NEXT(d, i, dn, x);
		s = script(x);
		if (s == USCRIPT_LATIN)
			latin = true;
		else if (s != USCRIPT_COMMON)
			return 0;
	}
	return latin ? dn : 0;
}

static void word_flush(struct view *v)
{
	bool mixed = !v->word_ascii && word_mixed(v->word, v->word_len);

	for (size_t i = 0; i < v->word_len; i++) {
		UChar sk[SKELETON_MAX];
		int32_t n = mixed ? latin_skeleton(v->word[i], sk, SKELETON_MAX) : 0;

		if (!n) {
			put(v, v->word[i], v->word_map[i]);
			continue;
		}
		for (int32_t k = 0; k < n;) {
			UChar32 x;

			U16_NEXT(sk, k, n, x);
			put(v, x, v->word_map[i]);
		}
	}
	v->word_len = 0;
	v->word_ascii = true;
}

/* emit - one code point of NFKC output into stage 3. */
static void emit(struct view *v, UChar32 c, uint32_t off)
{
	if (!word_char(c)) {
		if (v->word_len)
			word_flush(v);
		put(v, c, off);
		return;
	}
	if (v->word_len == WORD_MAX)
		word_flush(v);
	v->word[v->word_len] = c;
	v->word_map[v->word_len++] = off;
	if (c >= 0x80)
		v->word_ascii = false;
}

/* ---- stages 1 and 2: ignorables, NFKC and the folds it leaves ------------------------ */

/* drop - code points that render as nothing (or, for the tatweel U+0640, only stretch
 * a joining line) and can split a word. */
static bool drop(UChar32 c)
{
	return c == 0x0640 || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/* fold - one code point of NFKC output; what NFKC leaves alone. */
static void fold(struct view *v, UChar32 c)
{
	if (c >= 0x80) {
		int8_t type = u_charType(c);

		if (drop(c))
			return;
		if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212)
			c = '-';
		else if (type == U_DECIMAL_DIGIT_NUMBER)
			c = '0' + u_charDigitValue(c);
		else if (type == U_SPACE_SEPARATOR)
			c = ' ';
	}
	emit(v, c, v->seg_start);
}

static void seg_flush(struct view *v)
{
	UChar d[(SEG_MAX + U16_MAX_LENGTH) * NFKC_MAX_GROWTH];
	const UChar *s = d;
	UErrorCode err = U_ZERO_ERROR;
	int32_t n;

	if (!v->seg_len)
		return;
	if (v->seg_len == 1 && v->seg[0] < 0x80) {
		emit(v, v->seg[0], v->seg_start);
		v->seg_len = 0;
		return;
	}
	n = unorm2_normalize(nfkc, v->seg, v->seg_len, d, (int32_t) ELEMENTSOF(d), &err);
	if (U_FAILURE(err)) {
		/* Cannot happen with d this large; keep the text rather than lose it. */
		s = v->seg;
		n = v->seg_len;
	}
	for (int32_t i = 0; i < n;) {
		UChar32 c;

		U16_NEXT(s, i, n, c);
		fold(v, c);
	}
	v->seg_len = 0;
}

int normalize_text(const char *orig, size_t len, char **ret_norm, size_t *ret_len,
                   uint32_t **ret_map)
{
	const uint8_t *p = (const uint8_t *) orig;
	struct view v = {.word_ascii = true};
	size_t i = 0;

	if (len >= UINT32_MAX)
		return -E2BIG;
	pthread_once(&icu_once, icu_init);
	v.max = len * VIEW_MAX_GROWTH + VIEW_SLACK;
	v.cap = len + 16;
	v.out = xmalloc(v.cap + 1);
	v.map = xmalloc((v.cap + 1) * sizeof(*v.map));
	v.word = xmalloc(WORD_MAX * sizeof(*v.word));
	v.word_map = xmalloc(WORD_MAX * sizeof(*v.word_map));
	while (i < len && !v.too_big) {
		size_t at = i;
		UChar32 c;

		U8_NEXT(p, i, len, c);
		if (c < 0) {
			/* An invalid byte is copied alone; the next byte starts afresh. */
			seg_flush(&v);
			if (v.word_len)
				word_flush(&v);
			put_byte(&v, orig[at], (uint32_t) at);
			i = at + 1;
			continue;
		}
		if (c >= 0x80 && drop(c))
			continue;
		/* Every ASCII character has an NFKC boundary before it. */
		if (v.seg_len &&
		    (c < 0x80 || v.seg_len >= SEG_MAX || unorm2_hasBoundaryBefore(nfkc, c)))
			seg_flush(&v);
		if (!v.seg_len)
			v.seg_start = (uint32_t) at;
		U16_APPEND_UNSAFE(v.seg, v.seg_len, c);
	}
	seg_flush(&v);
	if (v.word_len)
		word_flush(&v);
	free(v.word);
	free(v.word_map);
	if (v.too_big) {
		free(v.out);
		free(v.map);
		return -E2BIG;
	}
	v.out[v.len] = '\0';
	v.map[v.len] = (uint32_t) len;
	*ret_norm = v.out;
	*ret_len = v.len;
	*ret_map = v.map;
	return 0;
}
