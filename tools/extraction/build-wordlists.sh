#!/bin/sh
# Derives the actor word lists in src/SyriaTalks.Extraction/Resources/Actors/ from npm `compromise`
# (MIT): first names, honorifics, role nouns ("analyst", "spokesman"), organisation head words and
# place names (countries, cities, regions: capitalised spans that are places are not actors).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/src/SyriaTalks.Extraction/Resources/Actors"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent compromise@14.17.0 >/dev/null
cat > dump.mjs <<'JS'
import nlp from 'compromise'
import fs from 'fs'
const { default: orgWords } = await import('./node_modules/compromise/src/2-two/preTagger/model/orgWords.js')
const [out] = process.argv.slice(2)
const lex = nlp.world().model.one.lexicon
const tags = new Map()
for (const [w, t] of Object.entries(lex)) {
  for (const x of (Array.isArray(t) ? t : [t])) { if (!tags.has(x)) tags.set(x, new Set()); tags.get(x).add(w) }
}
const write = (file, header, words) => {
  const list = [...new Set(words)].filter(w => /^[a-z][a-z'.\- ]*$/.test(w)).sort()
  fs.writeFileSync(`${out}/${file}`, `# ${header} From npm compromise@14.17.0 (MIT); see LICENSES.md\n` + list.join('\n') + '\n')
}
const names = (t) => [...(tags.get(t) || [])]
write('first-names.txt', 'Given names (male, female, either).', [...names('MaleName'), ...names('FemaleName'), ...names('FirstName')])
write('honorifics.txt', 'Honorifics that stand before a name.', names('Honorific'))
write('role-nouns.txt', 'Nouns naming a person by role or trade.', names('Actor'))
write('org-heads.txt', 'Words that end organisation names.', Array.isArray(orgWords) ? orgWords : Object.keys(orgWords))
const common = new Set()
for (const t of ['Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'QuestionWord', 'Comparative', 'Superlative', 'Participle', 'Expression', 'Negative', 'Cardinal', 'Ordinal', 'TextValue']) for (const w of names(t)) common.add(w)
for (const t of ['Demonym', 'Country', 'City', 'Region', 'Place', 'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Organization', 'ProperNoun']) for (const w of names(t)) common.delete(w)
write('common-words.txt', 'Common English words that are not names (a capitalised one opens a sentence).', [...common])
write('places.txt', 'Countries, regions and cities (never actors by themselves).', [...names('Country'), ...names('City'), ...names('Region')])
JS
node dump.mjs "$out"
wc -l "$out"/first-names.txt "$out"/honorifics.txt "$out"/role-nouns.txt "$out"/org-heads.txt "$out"/places.txt
# SyriaTalks additions: the words of conflict and diplomacy reporting the general lists lack.
{
  echo "# SyriaTalks additions"
  printf '%s\n' front forces force brigade brigades battalion battalions division army militia militias guards guard corps \
    movement party committee commission coalition observatory network court tribunal office command council assembly \
    parliament government ministry administration agency organisation organization fund programme program union league \
    mission directorate service services news daily times post journal television radio channel cabinet senate congress
} >> "$out/org-heads.txt"
{
  echo "# SyriaTalks additions"
  printf '%s\n' spokesman spokeswoman spokesperson official officials source sources envoy minister member members \
    diplomat diplomats negotiator negotiators commander commanders fighter fighters activist activists resident residents \
    monitor adviser advisor ambassador secretary president premier chancellor king queen prince emir sheikh general colonel \
    mayor governor lawmaker senator representative coordinator chief head leader leaders director researcher expert \
    analyst analysts witness doctor medic worker aide deputy chairman chairwoman delegate delegation representative \
    inspector investigator correspondent reporter editor founder professor fellow economist officer officers soldier \
    soldiers rebel rebels militant militants insurgent insurgents opposition figure figures observer observers
} >> "$out/role-nouns.txt"
for f in org-heads.txt role-nouns.txt; do awk '/^#/ || !seen[$0]++' "$out/$f" > "$out/$f.tmp" && mv "$out/$f.tmp" "$out/$f"; done
