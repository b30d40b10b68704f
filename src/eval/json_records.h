/*
** json_records.h - walking the JSON records of a file for the gold and predictions readers:
** one record per line (JSON Lines) or the elements of one JSON array, each parsed with cJSON
** and located by line and column for warnings.
*/
#ifndef DYAD_EVAL_JSON_RECORDS_H
#define DYAD_EVAL_JSON_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <cjson/cJSON.h>

/* A record: its text in the file's bytes and where it starts. */
typedef struct dyad_json_record {
    const char *path;
    const char *text;
    size_t len;
    long line, col;     /* position of text[0] in the file, 1-based */
} dyad_json_record;

/* Reads one parsed record (a JSON object); returns false after a warning when the record is
   bad and skipped. */
typedef bool (*dyad_json_record_fn)(const dyad_json_record *r, const cJSON *obj, void *ctx);

/*
** Call fn for each record of data[0..len), the bytes of path (a UTF-8 byte order mark is
** passed over): the elements of a JSON array when the first non-blank byte is '[', else each
** non-blank line.  A record with invalid
** UTF-8 or a NUL byte, malformed JSON, text after the JSON value, or a value that is not an
** object is reported with line and column and skipped.  *records gets the number of records
** seen; returns the number skipped (by this function or by fn).
*/
long dyad_json_records(const char *path, const char *data, size_t len, dyad_json_record_fn fn, void *ctx,
                       long *records);
/* Report a problem as file:line:col at the first "key": of the record (at its start when
   there is none, or key is NULL). */
void dyad_json_key_warn(const dyad_json_record *r, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The integer value v written out ("17"), in a static buffer, or NULL when v is not a number
   with an integer value (ids may be numbers). */
const char *dyad_json_integer(const cJSON *v);
/* "a string", "a number", "a list", "an object", "a boolean" or "null", for messages. */
const char *dyad_json_type_name(const cJSON *v);

#endif
