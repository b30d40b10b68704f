/*
** xml_warn.c - libxml2's error messages as dyad warnings, for the readers that parse XML
** (feed.c, petrxml.c): the message without the line end libxml2 puts after it.
*/
#include <stdio.h>
#include <string.h>
#include "document/reader.h"

void dyad_warn_xml(const char *file, long line, long col, const char *prefix, const char *message) {
    char msg[512];
    snprintf(msg, sizeof msg, "%s", message ? message : "XML error");
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) msg[--n] = 0;
    dyad_warn(file, line, col, "%s%s", prefix, msg);
}
