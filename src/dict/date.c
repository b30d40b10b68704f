/*
** date.c - calendar dates of actor code restrictions and of sentences, as day numbers (days
** since 1970-01-01, proleptic Gregorian), so that a restriction test is two comparisons.
*/
#include <ctype.h>
#include <string.h>
#include "dict/dict_int.h"

static bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int32_t dict_ymd(int y, int m, int d) {
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return DYAD_NO_DAY;
    if (d > mdays[m - 1] + (m == 2 && leap(y))) return DYAD_NO_DAY;
    /* days from civil (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms") */
    y -= m <= 2;
    int era = y / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
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
    if (!date) return DYAD_NO_DAY;
    size_t n = strlen(date);
    if (n == 8) return all_digits(date, 8) ? dict_date(date, 8) : DYAD_NO_DAY;
    if (n == 10 && date[4] == '-' && date[7] == '-' && all_digits(date, 4) &&
        all_digits(date + 5, 2) && all_digits(date + 8, 2))
        return dict_ymd(digits(date, 4), digits(date + 5, 2), digits(date + 8, 2));
    return DYAD_NO_DAY;
}
