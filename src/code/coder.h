/*
** coder.h - the event coder: PETRARCH dictionaries (src/dict/dict.h) matched over dependency
** parses.  Give it a loaded dictionary, then code parsed documents; events go into
** doc->events, allocated from doc->arena.
**
** WHAT IS CODED.  Every verb of a sentence (UPOS VERB, or a verb-tagged AUX that heads a
** clause) whose form, or else lemma, is a verb of the dictionary; multi-word verbs ("break
** down", "wire tap") are found from their other words next to the verb or as its particle
** (compound:prt).  A verb listed in several blocks takes the patterns of all of them.  A
** pattern's object items may name the subject of a passive with a "by" phrase ("prisoners were
** released by X" matches "- * PRISONER").  The matching pattern with the most items wins (ties:
** the first in the file).  When no pattern
** matches, the verb's own code, or its block's, applies; [---] or no code means no event.
** The coder never invents a code.
**
** SOURCE AND TARGET.  An actor is a noun phrase: the words of a nominal head with its
** determiners, modifiers, possessors and prepositional modifiers (nmod), without clauses,
** appositions and the other members of a coordination; a phrase that names no actor takes its
** apposition's ("the International Labour Office (ILO)").  Its code is the first actor of the
** actor dictionaries found in those words (longest match, scanning left to right) combined with
** every agent found in them (PETRARCH's "~GOV" after, "NGO~" before the actor code, each sector
** once: "Russian troops" -> RUSMIL; not an agent word that begins a hyphenated compound,
** "government-held"); an agent alone gives "---GOV", and an agent, number or
** noun of quantity or part without an actor takes that of a deeper prepositional phrase ("tens of
** thousands of Indonesian students").  Actor codes are taken on the document date; without one,
** an actor's undated code, else its current one (the dated code whose range is open towards
** today).  A coordination ("Macron and Scholz", "lawmakers in Fornost and Gondor") gives one
** actor per member, modifiers before the first member and after the last being shared by all.
** A personal pronoun (he, she, it, they, him, her, them) takes the actors of the nearest
** preceding subject that has one in the sentence, else of the nearest preceding object, else of
** the first such subject of the latest earlier sentence that had one; he, she and it take a
** single actor only.  A relative pronoun subject (who, which) stands for the noun its clause
** modifies, also when the parser hung the clause elsewhere ("Scholz, who returned from
** Washington, where he met Biden": who and he are Scholz; not with PETRARCH-2's own
** dictionaries, as PETRARCH-2 gave a relative clause's verb no subject).  A demonstrative pronoun
** object
** (this, that, these, those) refers to what the previous sentence reported and takes the source
** of that sentence's last event ("The Kremlin demanded guarantees.  NATO rejected those.").  A
** possessive pronoun (its, their, his, her) gives a noun phrase without actor of its own the
** pronoun's actor in a subject ("its troops attacked"); elsewhere it is taken to refer to the
** clause's subject ("Gondor and Osgiliath delayed their meeting"): such a reflexive target
** makes the members of a compound source act on each other, and leaves a single source without
** a target.  "Former" before an agent marks former office holders, which CAMEO codes as elites
** (ELI).
**   A noun phrase headed by a noun of time ("on Tuesday", "last week") is a time expression: it
** fills no '$', '+' or '%' slot and is the target phrase only when the verb has no other,
** though an actor inside it may be the target ("demonstrated on Tuesday in Serbia", as parsers
** attach it).
**   Pattern items '$', '+' and '%' bind the source, the target and a compound actor; a phrase a
** pattern word spells out ("- * TROOPS") is not the target, though a phrase inside it may be
** ("an air strike against X"), and so is the phrase itself when its actor is named in its
** prepositional modifier and no other complement has one ("opened an embassy in Tehran"). 
** Without them the source is the subject (nsubj; for a passive,
** the "by" phrase, obl:agent, also when a parser hangs it under an adverb), taken from the
** controlling clause when the verb has none (xcomp: its object, else its subject; conjoined
** verbs; for PETRARCH-2 dictionaries also purpose clauses ("met X to discuss Y"), with
** dyad's own (those defining the mood synsets) adverbial and participle clauses too, a present
** participle on an object without actor speaking for the verb's subject: "X issued a statement
** condemning Y").  The target is the first known actor among the objects, then the
** prepositional and unmarked noun-phrase (obl:npmod) objects, of the verb and of its open clausal
** complement ("believed linked to
** Al-Qaeda") or of an adverb of the verb ("massed troops near to Ukraine"), each phrase
** searched inside when it has no actor itself ("the roads leading into Mordor"), skipping
** actors the source already has; for PETRARCH-2 dictionaries, failing those, the subject of its
** clausal complement ("demanded that the DPRK forsake ...": the one asked), except for verbs of
** saying (own code in root 01), and then the complements of a purpose or participle clause
** without a subject of its own ("staged protests to demand reforms from the government").  For
** a passive the subject is the target (also "there were soldiers killed"); PETRARCH-2
** dictionaries read a past participle modifying a noun as passive ("soldiers killed in
** Ukraine"), unless it has a direct object of its own ("bulldozers demolished homes", a finite
** verb the parser took for a modifier), and with PETRARCH-2's own dictionaries a passive without
** "by" phrase takes its source from a "from" or "in" phrase, as PETRARCH-2 did.  For PETRARCH-1
** dictionaries, written for a shallow coder, an unknown source or target is then sought as
** PETRARCH-1 did: the first actor
** before the verb for the source; for the target the first actor in the rest of the verb
** phrase, else before the verb; and a passive needs its "by" phrase.  A compound source without
** a known target gives events between its members when the pattern has '%' (which needs no
** target phrase), the target is reflexive, or the act is cooperation (roots 03-06, as in
** PETRARCH-2; also when the mood makes it an intent, threat or rejection, mood.c).  In
** PETRARCH-1 dictionaries [A:B] gives A from source to target and B back; in PETRARCH-2 ones B
** is the passive meaning, used only when A is empty (dict.h).  An event needs a phrase on both
** sides; with require_dyad off an unknown one is coded "---" (PETRARCH-2 dictionaries also
** accept a missing phrase then, as PETRARCH-2 did).
**
** CLAUSES.  A clause opened by the complementizer "that" which the parser hung on a verb's
** time expression ("said on Tuesday that ...") is the verb's clausal complement; a hyphenated
** adjective ending in a participle ("draw wide-reaching consequences") that the parser made a
** verb with the noun as its object modifies the noun, which takes its place; a noun tagged as a
** gerund though it lacks "-ing" ("rights watchdog Amnesty International") is a noun, and the
** name the parser made its object heads the phrase; a known actor that opens a sentence, tagged
** as an adverb of a verb without subject ("Beirut again rejected ..."), is the subject; and "as",
** "after", "before", "since" or "until" with a noun parsed as a phrase right before a verb
** without subject ("came as the US leader prepared to ...") open a clause with that subject; an
** "of" phrase parsed as a verb's subject or object modifies the noun before it ("the Secretary
** of State"); a verb parsed as the modifier of the noun after it but with a subject of its own
** ("The US presented evidence") heads the clause, the noun its object; a verb with a determiner
** ("the two exiled dissidents") is the adjective of the noun after it.  For PETRARCH-1
** dictionaries a verb that is coded claims the words of its phrase:
** verbs inside it are not coded (TABARI and PETRARCH-1 coded one event per verb phrase, and
** their patterns reach into the complement: "SAID * WAS UNSATISFACTORY").  For PETRARCH-2
** dictionaries every verb is coded, so "X said Y had assured Z" gives Y's event with its own
** source (and the say-verb's, if it has a target of its own).  The dictionary's
** transformations ("~ a (b . ATTACK) SAY = a b 112") then join a verb and the event of its
** clausal complement into one event that replaces both (transform.c; with PETRARCH-2's
** dictionaries not when the clause comes first, "Y attacked Z, X said").  A verb of appeal,
** intent, demand, rejection or threat (roots 02, 03, 10, 12, 13) whose open clause (xcomp) holds a
** coded act makes one event with it, CAMEO's counterpart of the act under its root ("asked X to
** help Y": 023 to X; "pledged to release Z": 0353; "threatened to impose sanctions": 1312), as
** PETRARCH-2 combined the two codes; intent, refusal and threat need the act to be the verb's
** own subject's.  With PETRARCH-2's dictionaries an act of a root PETRARCH-2 coded as a mode
** itself (01-04, 09-11, 13-15, 17) stands as it is ("prepared to attend": 042), and a pattern
** noun does not match the verb of a clause, nor a prepositional phrase without a preposition
** item, as PETRARCH-2 matched noun phrases only; a verb whose object is to do an act of such a
** root ("want Obama to head back") has no event, as PETRARCH-2 output none.  An appeal or
** demand with an object counts a "to" clause parsed as adverbial as its open clause ("asked X
** to help Y").  With PETRARCH-2's dictionaries a purpose clause whose act is of the same root as
** its verb's, by the same source, is no second event ("met X to discuss Y"); with any, the
** purpose clause of a negated verb has none.  A verb whose target
** lies in its clausal complement gives way when that clause's verb has an event of its own
** ("Qatar pledged to expel X": the expulsion, not a second "intend" event; "X said Y attacked
** Z": the attack).

** NEGATION.  A verb with "not", "n't", "never" (advmod) or a "neither" subject is negated; a
** pattern that spells out the negation ("NOT *", "&NEGATVAUXVRB *") codes it as written.  For
** PETRARCH-2-dialect dictionaries a negated cooperative act (roots 03-08) is the rejection CAMEO
** lists for it ("will not accept refugees": 12x, as PETRARCH-2 coded it; mood.c); any other
** event of a negated verb is kept with dyad_event.negated set, so that users decide.
**
** MOOD.  With a dictionary that defines the synsets &INTENT_AUXILIARY, &INTENT_ADJECTIVE and
** &OBLIGATION_AUXILIARY (dyad's own), an act announced or intended ("will give aid", "offered
** to negotiate", "is willing to withdraw") is coded as CAMEO's intent (03) when cooperative and
** as its threat (13) when conflictual, and "X said Y must release Z" is X's demand (10) to Y
** (mood.c has the rules; PETRARCH-2's dictionaries keep PETRARCH-2's reading).  With
** &REFUSAL_VERB the act in the open clause of "refused", "declined", "failed", and in the "to"
** clause of an adjective of &RELUCTANCE_ADJECTIVE ("reluctant to threaten") or of an adjective
** with "too" ("too weak to attack"), is not done: a cooperative act is a rejection (12), another
** act no event.
**
** PAGE FURNITURE.  In a document of several paragraphs, a paragraph that is a single sentence
** without final punctuation is a heading, caption, byline or link of the page ("Leave a
** Comment"), not news prose, and is not coded.
**
** DISCARDS.  A discard phrase of the story kind ('+') in any sentence stops coding of the whole
** document (events of earlier sentences are dropped too); a sentence discard skips the sentence.
*/
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include <stdbool.h>
#include "dyad.h"
#include "dict/dict.h"
#include "util/util.h"

typedef struct dyad_coder dyad_coder;

typedef struct dyad_coder_options {
    bool require_dyad;      /* drop events whose source or target is unknown (default true) */
    int new_actor_length;   /* PETRARCH's new_actor_length: an unknown actor named by at most
                               this many words is reported as its quoted text; 0 = off */
    dyad_buf *trace;        /* when not NULL, a human-readable account of every step is
                               appended (what `dyad explain` shows) */
    bool trace_all;         /* trace every pattern tried; else patterns that fail on the item
                               next to the verb are only counted */
} dyad_coder_options;

/* Default options: require_dyad true, new_actor_length 0, no trace. */
dyad_coder_options dyad_coder_defaults(void);

/*
** A coder for dictionary d (not copied: d must outlive the coder; it is only read, so coders
** of several threads may share it).  opt NULL means the defaults.  Never returns NULL.
*/
dyad_coder *dyad_coder_new(const dyad_dict *d, const dyad_coder_options *opt);
/* Release a coder; NULL is allowed. */
void dyad_coder_free(dyad_coder *c);
/* Change the options of a coder (validation files change them between records). */
void dyad_coder_set_options(dyad_coder *c, const dyad_coder_options *opt);

/* Why a document or sentence was not coded. */
typedef enum {
    DYAD_CODED = 0,
    DYAD_SENTENCE_DISCARD,  /* a sentence discard phrase was found */
    DYAD_STORY_DISCARD      /* a story discard phrase was found: nothing of the document */
} dyad_code_status;

/*
** Code every parsed sentence of doc (words with head and deprel; lemmas are used when present)
** and append the events to doc->events (memory from doc->arena).  Sentences that are not
** parsed are skipped.  Returns DYAD_STORY_DISCARD when a story discard phrase stopped coding
** (doc then has no events), DYAD_SENTENCE_DISCARD when at least one sentence was discarded,
** else DYAD_CODED.
*/
dyad_code_status dyad_code_document(dyad_coder *c, dyad_document *doc);
/*
** The same, straight from text: doc is segmented (unless it has sentences), and a sentence is
** tagged and parsed with model m, in place, only when the coder can use it (a sentence that
** names no actor and cannot refer to one gives no event: coder.c, usable()).  The events are
** those of dyad_code_document on the fully analysed document; on news text nearly half of the
** sentences are left untagged and unparsed (bench/pipeline.c).  m NULL: as dyad_code_document.
*/
dyad_code_status dyad_code_with_model(dyad_coder *c, dyad_document *doc, const dyad_model *m);

#endif
