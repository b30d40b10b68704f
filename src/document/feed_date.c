/*
** feed_date.c - the day of an RFC 822 date-time (RFC 822 section 5, with the four-digit years of
** RFC 2822), as RSS <pubDate> writes it, or of a US long date ("Thursday, February 24, 2022",
** "Feb 24, 2022"), as some feeds and news APIs do: dyad_rfc822_date (reader.h).
*/
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "document/feed_int.h"

/* ------------------------------------------------------------ RFC 822 dates */

/* The number (1-12) of the English month name or abbreviation s[0..n) ("Feb", "February",
   "Sept"), or 0. */
static int month_number(const char *s, size_t n) {
    static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"};
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++)
        if (n <= strlen(months[m]) && strncasecmp(s, months[m], n) == 0) return m + 1;
    return 0;
}

/* Read 1 to max digits at *p into *v; false when there are none. */
static bool read_number(const char **p, int max, int *v) {
    int k = 0;
    *v = 0;
    while (k < max && (*p)[k] >= '0' && (*p)[k] <= '9') *v = *v * 10 + ((*p)[k++] - '0');
    *p += k;
    return k > 0 && !((*p)[0] >= '0' && (*p)[0] <= '9');
}

/* The day of "February 24, 2022" or "Feb. 24 2022" (a time may follow), as feeds and news
   APIs also write it; false for anything else. */
static bool us_date(const char *p, char out[11]) {
    const char *m = p;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) p++;
    int month = month_number(m, (size_t)(p - m)), day, year;
    if (*p == '.') p++;
    if (!month || *p != ' ') return false;
    while (*p == ' ') p++;
    if (!read_number(&p, 2, &day)) return false;
    if (*p == ',') p++;
    if (*p != ' ') return false;
    while (*p == ' ') p++;
    const char *y = p;
    if (!read_number(&p, 4, &year) || p - y != 4) return false;
    if (*p && !is_space(*p) && *p != ',') return false;
    char iso[40];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return dyad_normalize_date(iso, out);
}

bool dyad_rfc822_date(const char *s, char out[11]) {
    if (!s) return false;
    while (is_space(*s)) s++;
    if (us_date(s, out)) return true; /* "Feb 24, 2022": a month, not a day of the week, first */
    const char *p = s;
    /* day-of-week "," (optional) */
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) p++;
    if (p > s) {
        if (p - s < 3) return false;
        if (*p == ',') p++;
        while (is_space(*p)) p++;
    }
    int day, year, month;
    if (*p >= 'A' && *p <= 'z') return us_date(p, out);
    if (!read_number(&p, 2, &day)) return false;
    if (*p != ' ' && *p != '-') return false; /* "24 Feb 2022", and "24-Feb-2022" of RFC 850 */
    while (*p == ' ' || *p == '-') p++;
    const char *m = p;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) p++;
    if (*p == '.') p++; /* "Sept." */
    if (!(month = month_number(m, (size_t)(p - m - (p[-1] == '.'))))) return false;
    if (*p != ' ' && *p != '-') return false;
    while (*p == ' ' || *p == '-') p++;
    const char *y = p;
    if (!read_number(&p, 4, &year)) return false;
    if (p - y == 2) year += year < 50 ? 2000 : 1900; /* RFC 822's two-digit year, read as RFC 5322 4.3 */
    else if (p - y != 4) return false;
    if (*p && !is_space(*p)) return false; /* the time and zone follow; the day is as written */
    char iso[40];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return dyad_normalize_date(iso, out);
}

bool dyad_any_date(const char *s, char out[11]) {
    return s && (dyad_normalize_date(s, out) || dyad_rfc822_date(s, out));
}
