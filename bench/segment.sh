#!/bin/sh
# segment.sh [ARGS] - build libdyad and bench/segment.c, then run it (see bench/segment.c).
# Prints token/word/sentence F1 on UD EWT test and GUM test and segmentation throughput.
set -e
cd "$(dirname "$0")/.."
make -s -j2 build/bench/segment
exec nice build/bench/segment "$@"
