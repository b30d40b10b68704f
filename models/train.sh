#!/bin/sh
# train.sh - reproduce the shipped model models/en-ud.model exactly: UD English EWT train plus
# the GUM train documents whose licence permits commercial use (--commercial), with the
# default options of `dyad train` and move weights for beam search trained with a beam of 16,
# twice on different orders of the data in two threads and averaged (--beam 16 --beam-runs 2;
# training is deterministic).  EWT dev is scored at the end.
#
#   sh models/train.sh [OUTPUT]      (or: make model)
#
# Reads ../shared/data/ud (or $DYAD_SHARED/ud).  Takes about 13 minutes on a 2-core machine
# (the tagger and greedy parser 3 on one core, then the two beam trainings 10, one per core);
# prints the time.
set -eu
cd "$(dirname "$0")/.."
ud=${DYAD_SHARED:-../shared/data}/ud
out=${1:-models/en-ud.model}
# build/dyad embeds the model it replaces; an empty file stands in when there is none yet.
[ -f models/en-ud.model ] || : > models/en-ud.model
[ -x build/dyad ] || make build/dyad
start=$(date +%s)
nice ./build/dyad train --commercial --beam 16 --beam-runs 2 -o "$out" --dev "$ud/ewt/en_ewt-ud-dev.conllu" \
    "$ud/ewt/en_ewt-ud-train.conllu" "$ud/gum/en_gum-ud-train.conllu"
echo "train.sh: $out trained in $(( $(date +%s) - start )) s"
