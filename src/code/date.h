/*
** date.h - calendar arithmetic and the event date of a verb: relative time expressions
** ("on Monday", "yesterday", "last week", "on Feb. 20") resolved against the document date.
*/
#ifndef DYAD_DATE_H
#define DYAD_DATE_H

#include <stdbool.h>
#include "dyad.h"
#include "util/util.h"

/*
** The date of the event whose verb is word `verb` (0-based) of sentence s of doc.  Looks for a
** time expression in the verb's own clause (its dependents, not those of embedded clauses):
** "today", "yesterday", "tomorrow", a weekday ("on Monday", "Monday night"), "last/next/this
** week|month|year", a month and day with or without year ("Feb. 20", "20 February 2022"), and
** resolves it against doc->date.  A weekday is the latest such day on or before the document
** date, or the next one when the verb is in the future tense ("will meet on Thursday"); a month
** and day without a year takes the year that puts it nearest the document date.  Without a
** time expression the event date is the document date.  Writes YYYY-MM-DD to out, or "" when
** neither gives a date.  Returns true when a time expression decided the date.
*/
bool dyad_event_date(const dyad_document *doc, const dyad_sentence *s, int verb, char out[11]);

/*
** Is lemma a verb of judging ("accuse", "blame", "praise" ...), whose "X of/for V-ing" says
** that X did V ("blamed Israel for killing civilians") and whose time dates the judging
** ("accused X of lying on Tuesday")?  NULL is none.
*/
bool dyad_judging_verb(const char *lemma);

#endif
