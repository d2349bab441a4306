#!/bin/sh
# Builds src/SyriaTalks.Extraction/Resources/Quotes/speech-verbs.txt: GenderGapTracker's quote verb list
# (../shared/data/speech-verbs, MIT) plus the reporting verbs of news prose it lacks.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared"
[ -d "$shared" ] || shared=/work/shared
out="$root/src/SyriaTalks.Extraction/Resources/Quotes/speech-verbs.txt"
{
  echo "# Speech-verb forms from sfu-discourse-lab/GenderGapTracker @ 5501de3 quote_verb_list.txt (MIT, Copyright (c) 2018-2023 Maite Taboada); see LICENSES.md"
  cat "$shared/data/speech-verbs/quote_verb_list.txt"
  echo "# SyriaTalks additions"
  printf '%s\n' tell tells told telling quoted urge urges urged urging warn warns warned warning call calls called calling \
    describe describes described describing denounce denounces denounced denouncing condemn condemns condemned condemning \
    accuse accuses accused accusing blame blames blamed blaming insist insists insisted insisting deny denies denied denying \
    reject rejects rejected rejecting dismiss dismissed estimate estimated estimates predict predicted predicts note noted \
    notes noting vow vowed vows pledge pledged pledges reply replied replies answer answered answers respond responded \
    responds recall recalled recalls allow allowed concede conceded concedes stress stressed stresses refer referred refers \
    referring label labeled labelled labels brand branded dub dubbed designate designated designates declare declared declares \
    wrote write writes writing post posted tweet tweeted tweets boast boasted boasts quip quipped joke joked jokes scold \
    scolded lament lamented mock mocked ruled rated deemed chant chanted chanting shout shouted yell yelled cried sang cite \
    cited ask asked asks asking continued continues explained explains allege alleges alleged alleging demand demands demanded demanding \
    request requests requested requesting
} | awk '/^#/ || !seen[$0]++' > "$out"
echo "wrote $out ($(wc -l < "$out") lines)"
