#!/bin/sh
# bench/news.sh - `dyad code` end to end (reading, splitting, tagging, parsing, coding with the
# shipped model and dictionaries) over the real news text in ../shared/data/news (or
# $DYAD_SHARED/news): the seed article, the GUM Wikinews articles, the GigaWord sample and
# Reuters-21578.  Prints per corpus: documents, sentences, events, sentences/s and events per
# 100 sentences (`dyad code --stats`; loading the model and dictionaries is not timed).
#
#   sh bench/news.sh                 all of it (Reuters-21578: about 117,000 sentences)
#   REUTERS=500 sh bench/news.sh     only the first 500 Reuters stories
#   VALGRIND=1 sh bench/news.sh      every corpus under valgrind's memcheck (use a small REUTERS);
#                                    a leak or memory error stops the script with status 1
#
# The TSV corpora are turned into JSON Lines first (id, date, text), as dyad reads them.
set -eu
cd "$(dirname "$0")/.."
DYAD=${DYAD:-./build/dyad}
NEWS=${DYAD_SHARED:-../shared/data}/news
if [ ! -d "$NEWS" ]; then
    echo "bench/news.sh: $NEWS is absent (the shared reference data is not here)" >&2
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# id<TAB>YYYYMMDD<TAB>sentence -> {"id","date","text"}
awk -F'\t' '{ t = $3; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t);
              printf "{\"id\":\"%s\",\"date\":\"%s-%s-%s\",\"text\":\"%s\"}\n", $1,
                     substr($2, 1, 4), substr($2, 5, 2), substr($2, 7, 2), t }' \
    "$NEWS/gigaword_sample.tsv" > "$tmp/gigaword.jsonl"
# reuters21578-ID<TAB>body -> {"id","text"} (the stories' dates are in reuters21578.meta.tsv)
if [ -n "${REUTERS:-}" ]; then head -n "$REUTERS" "$NEWS/reuters21578.tsv"; else cat "$NEWS/reuters21578.tsv"; fi |
    awk -F'\t' '{ t = $2; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t);
                  printf "{\"id\":\"%s\",\"text\":\"%s\"}\n", $1, t }' > "$tmp/reuters.jsonl"

run() {
    name=$1
    shift
    # exit status 1 is fine: some input was repaired or skipped (Reuters' tables make sentences
    # longer than dyad splits at, for one)
    rc=0
    if [ "${VALGRIND:-0}" = 1 ]; then
        valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
            "$DYAD" code --stats "$@" > "$tmp/out" 2> "$tmp/err" || rc=$?
        if [ "$rc" -gt 1 ]; then
            echo "$name: valgrind reports a problem:" >&2
            cat "$tmp/err" >&2
            exit 1
        fi
    else
        nice "$DYAD" code --stats "$@" > "$tmp/out" 2> "$tmp/err" || rc=$?
        if [ "$rc" -gt 1 ]; then
            cat "$tmp/err" >&2
            exit 1
        fi
    fi
    sed -n "s/^dyad code: /$name: /p" "$tmp/err"
}

run seed-article --date 2022-02-08 "$NEWS/seed-article.txt"
run gum_news "$NEWS"/gum_news/GUM_news_*.txt
run gigaword_sample "$tmp/gigaword.jsonl"
run reuters21578 "$tmp/reuters.jsonl"
