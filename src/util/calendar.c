/*
** calendar.c - proleptic Gregorian dates as day numbers (days since 1970-01-01), so that date
** tests are integer comparisons: actor code restrictions, event dates, document dates.
*/
#include <stdio.h>
#include <string.h>
#include "util/util.h"

/* Days from civil and back: the era-based method (400-year cycles of 146097 days). */
long dyad_days_from_civil(int year, int month, int day) {
    long y = year - (month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void dyad_civil_from_days(long z, char out[11]) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) y++;
    if (y < 0 || y > 9999) y = y < 0 ? 0 : 9999;
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

int dyad_days_in_month(int year, int month) {
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : dim[month - 1];
}

/* Value of n decimal digits at s, or -1 when one of them is not a digit. */
static int digits(const char *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool dyad_parse_date(const char *s, int *year, int *month, int *day) {
    if (!s) return false;
    size_t n = strlen(s);
    int y, m, d;
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    } else if (n == 8) {
        y = digits(s, 4), m = digits(s + 4, 2), d = digits(s + 6, 2);
    } else {
        return false;
    }
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > dyad_days_in_month(y, m)) return false;
    *year = y;
    *month = m;
    *day = d;
    return true;
}
