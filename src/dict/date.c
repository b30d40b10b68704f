/*
** date.c - calendar dates of actor code restrictions and of sentences, as day numbers (days
** since 1970-01-01, proleptic Gregorian), so that a restriction test is two comparisons.
*/
#include <ctype.h>
#include <string.h>
#include "dict/dict_int.h"
#include "util/util.h"

int32_t dict_ymd(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > dyad_days_in_month(y, m))
        return DYAD_NO_DAY;
    return (int32_t)dyad_days_from_civil(y, m, d);
}

static int digits(const char *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static bool all_digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return false;
    return n > 0;
}

int32_t dict_date(const char *s, size_t n) {
    if (!all_digits(s, n)) return DYAD_NO_DAY;
    if (n == 6) {
        int yy = digits(s, 2);
        return dict_ymd(yy <= 30 ? 2000 + yy : 1900 + yy, digits(s + 2, 2), digits(s + 4, 2));
    }
    if (n == 8) return dict_ymd(digits(s, 4), digits(s + 4, 2), digits(s + 6, 2));
    return DYAD_NO_DAY;
}

int32_t dyad_dict_day(const char *date) {
    int y, m, d;
    if (!dyad_parse_date(date, &y, &m, &d)) return DYAD_NO_DAY;
    return (int32_t)dyad_days_from_civil(y, m, d);
}
