#!/bin/sh
# run.sh [ARGS] - dyad's benchmark (make bench): builds dyad's library and bench/pipeline.c, then
# prints the machine, the commit, model and dictionary load times, throughput per stage on one
# core (read, split + tokenize, tag, parse, code, write), end-to-end throughput on one and two
# cores, and peak memory, over a fixed corpus of news text built from ../shared/data/news
# (GUM Wikinews articles and Reuters-21578 bodies, repeated to at least 1,000,000 tokens).
# ARGS go to build/bench/pipeline (--tokens N, --corpus FILE.jsonl, --dict-dir DIR, --threads N,
# --model FILE).
set -e
cd "$(dirname "$0")/.."
make -s -j2 build/bench/pipeline
exec nice build/bench/pipeline "$@"
