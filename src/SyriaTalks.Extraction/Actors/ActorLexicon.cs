using System.Buffers;
using System.Collections.Frozen;
using SyriaTalks.Domain;
using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Actors;

/// <summary>A known actor from the curated data: canonical name, kind, aliases, usual role and affiliation.</summary>
internal sealed record KnownActor(string Name, ActorKind Kind, IReadOnlyList<string> Aliases, string? Role, string? Affiliation);

/// <summary>One way of naming a known actor; <see cref="OnlyActing"/> names ("Moscow", "Syria") count only as the subject of a verb.</summary>
internal sealed record AliasEntry(KnownActor Actor, string[] Words, bool OnlyActing, bool NeedsIntroduction)
{
    /// <summary>Whether the alias is the name of a country rather than a demonym ("Syria", not "Syrian"); fixed when the lexicon loads.</summary>
    public bool IsCountryName { get; init; }
}

/// <summary>The engine's word knowledge about actors, loaded once from embedded data files.</summary>
internal sealed class ActorLexicon
{
    public static ActorLexicon Shared { get; } = new();

    /// <summary>Aliases keyed by their first word, longest first.</summary>
    public FrozenDictionary<string, AliasEntry[]> AliasesByFirstWord { get; }

    /// <summary>The first characters of the aliases' first words: a word opening with any other is no alias, without hashing it.</summary>
    public SearchValues<char> AliasInitials { get; }

    public FrozenSet<string> FirstNames { get; }

    public FrozenSet<string> Honorifics { get; }

    public FrozenSet<string> RoleNouns { get; }

    public FrozenSet<string> OrgHeads { get; }

    public FrozenSet<string> Places { get; }

    public FrozenSet<string> CommonWords { get; }

    public FrozenDictionary<string, KnownActor> ByKey { get; }

    private ActorLexicon()
    {
        var actors = new List<(KnownActor Actor, string[] Aliases)>();
        foreach (var line in EmbeddedData.Lines("Actors/actors.tsv"))
        {
            var f = line.Split('\t');
            var kind = f[0] switch
            {
                "person" => ActorKind.Person,
                "state" => ActorKind.State,
                "armed group" => ActorKind.ArmedGroup,
                _ => ActorKind.Organization,
            };
            var aliases = f.Length > 2 && f[2].Length > 0 ? f[2].Split('|') : [];
            var actor = new KnownActor(f[1], kind, [.. aliases.Select(a => a.TrimStart('~', '@', '!'))],
                f.Length > 3 && f[3].Length > 0 ? f[3] : null, f.Length > 4 && f[4].Length > 0 ? f[4] : null);
            actors.Add((actor, aliases));
        }
        var countryNames = EmbeddedData.Lines("places-countries.tsv").Select(l => l.Split('\t')[1]).ToHashSet(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("Actors/states.tsv"))
        {
            var f = line.Split('\t');
            var aliases = f.Length > 1 ? f[1].Split('|') : [];
            // "the Government of Jordan" is the state, as "the Jordanian government" is
            aliases = [.. aliases, .. new[] { f[0] }.Concat(aliases.Select(a => a.TrimStart('~', '@'))).Where(countryNames.Contains)
                .SelectMany(c => new[] { "Government of " + c, "government of " + c })];
            actors.Add((new KnownActor(f[0], ActorKind.State, [.. aliases.Select(a => a.TrimStart('~', '@'))], null, null), aliases));
        }
        Places = Load("Actors/places.txt");
        var entries = new List<AliasEntry>();
        foreach (var (actor, aliases) in actors)
        {
            entries.Add(Entry(actor, Words(actor.Name), false, false));
            foreach (var alias in aliases)
            {
                var words = Words(alias.TrimStart('~', '@', '!'));
                var onlyActing = alias.StartsWith('@');
                // a surname alone names a person only once the full name has introduced them, unless marked "!"
                var needsIntro = alias.StartsWith('~') || (actor.Kind == ActorKind.Person && words.Length == 1 && !alias.StartsWith('!'));
                entries.Add(Entry(actor, words, onlyActing, needsIntro));
            }
        }
        AliasesByFirstWord = entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
        AliasInitials = SearchValues.Create([.. AliasesByFirstWord.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct()]);
        ByKey = actors.Select(a => a.Actor)
            .SelectMany(a => new[] { a.Name }.Concat(a.Aliases).Select(n => (Key: NameKey.Normalize(n), Actor: a)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.First().Actor);
        FirstNames = Load("Actors/first-names.txt");
        Honorifics = Load("Actors/honorifics.txt");
        RoleNouns = Load("Actors/role-nouns.txt");
        OrgHeads = Load("Actors/org-heads.txt");
        CommonWords = Load("Actors/common-words.txt");
    }

    private AliasEntry Entry(KnownActor actor, string[] words, bool onlyActing, bool needsIntroduction) =>
        new(actor, words, onlyActing, needsIntroduction) { IsCountryName = IsCountryName(actor, words) };

    // demonyms end in -n, -i, -ese, -ish, -ch ... a country name is what the gazetteer of places knows
    private bool IsCountryName(KnownActor actor, string[] words)
    {
        var word = words[^1];
        return string.Join(' ', words) == actor.Name && actor.Name != "Syrian government"
            || Places.Contains(string.Join(' ', words).ToLowerInvariant()) || word is "U.S." or "US" or "UK" or "U.K." or "Syria"
            || words.Length > 1 && word == "States";
    }

    private static FrozenSet<string> Load(string path) =>
        EmbeddedData.Lines(path).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words of a name as the tokenizer cuts them.</summary>
    public static string[] Words(string name) =>
        [.. Tokenizer.Tokenize(name, 0, name.Length).Select(t => t.Text)];
}
