#!/bin/sh
# segment.sh [ARGS] - build libdyad and bench/segment.c, then run it (see bench/segment.c).
# Prints token/word/sentence F1 on UD EWT test and GUM test and segmentation throughput.
set -e
cd "$(dirname "$0")/.."
make -s -j2 build/libdyad.a
cc -O2 -std=c11 -D_DEFAULT_SOURCE -Isrc -o build/bench-segment bench/segment.c build/libdyad.a \
    $(pkg-config --libs libcjson libxml-2.0 gumbo libutf8proc) -lm -lpthread
exec nice build/bench-segment "$@"
