/* smtp_reply - stub; see smtp_reply.h. */
#include <errno.h>

#include "smtp_reply.h"

void smtp_reply_init(struct smtp_reply *r)
{
	*r = (struct smtp_reply){0};
}

int smtp_reply_feed(struct smtp_reply *r, const char *line, size_t len)
{
	(void) r;
	(void) line;
	(void) len;
	return -ENOSYS;
}

int smtp_reply_parse(const char *p, size_t len, struct smtp_reply *r, size_t *used)
{
	(void) p;
	(void) len;
	(void) r;
	*used = 0;
	return -ENOSYS;
}

size_t smtp_reply_enhanced(const char *p, size_t len, int *cls, int *subject, int *detail)
{
	(void) p;
	(void) len;
	*cls = *subject = *detail = 0;
	return 0;
}

bool smtp_reply_too_many_rcpts(const struct smtp_reply *r)
{
	(void) r;
	return false;
}
