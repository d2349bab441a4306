using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using SyriaTalks.Domain;

namespace SyriaTalks.Extraction.Places;

/// <summary>Where a gazetteer entry comes from; curated entries and countries outrank GeoNames rows.</summary>
public enum GazetteerSource
{
    GeoNames,
    Country,
    Curated,
}

/// <summary>One place of the gazetteer with everything the finder needs to rank and report it.</summary>
public sealed record GazetteerPlace(
    int Id,
    string Name,
    PlaceKind Kind,
    string? CountryCode,
    double? Latitude,
    double? Longitude,
    long Population,
    bool IsCapital,
    GazetteerSource Source)
{
    /// <summary>Countries the articles are about: their small places are worth matching loosely.</summary>
    public bool InRegion => CountryCode is "SY" or "IQ" or "LB" or "JO" or "TR" or "IL" or "PS";

    /// <summary>
    /// A place named often enough that a capitalised mention is enough; any other place needs the
    /// text to mark it ("in X", "the town of X", a list with other places).
    /// </summary>
    public bool IsProminent => Source != GazetteerSource.GeoNames || IsCapital || Population >= 100_000
        || (InRegion && Population >= 10_000);

    /// <summary>Ranking among places sharing a name: countries, curated, then population weighted to the region.</summary>
    public double Rank => Source switch
    {
        GazetteerSource.Country => 1e12,
        GazetteerSource.Curated => 1e11,
        _ => (Population + 1) * (InRegion || IsCapital ? 10.0 : 1.0),
    };
}

/// <summary>A gazetteer name in key form, split into words, with the place it names.</summary>
public sealed record GazetteerName(string[] Words, GazetteerPlace Place);

/// <summary>
/// The shipped gazetteer (GeoNames extract, countries, curated additions) indexed by the key and the
/// skeleton of a name's first word. Loaded once from embedded resources and immutable afterwards.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<GazetteerName>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerName>> bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> demonyms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> commonWords = new(StringComparer.Ordinal);
    private readonly List<GazetteerPlace> places = [];

    // The same names again, grouped by first word so that a lookup need not walk the hundreds sharing one ("San",
    // "Port", "New"): those of two or more words by their second word, and the first one-word name, in the
    // order of the lists above.
    private readonly Dictionary<string, NameGroup> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameGroup> skeletonGroups = new(StringComparer.Ordinal);

    private sealed class NameGroup
    {
        public GazetteerName? OneWord { get; set; }

        public Dictionary<string, List<GazetteerName>> BySecondWord { get; } = new(StringComparer.Ordinal);
    }
    private readonly HashSet<(int Place, string Key, bool Skeleton)> indexed = [];

    private Gazetteer()
    {
    }

    /// <summary>The gazetteer built from the embedded data files.</summary>
    public static Gazetteer Instance => Shared.Value;

    /// <summary>Number of places loaded.</summary>
    public int Count => places.Count;

    /// <summary>Names whose first word has this key.</summary>
    public IReadOnlyList<GazetteerName> ByFirstWord(string key) =>
        byFirstWord.TryGetValue(key, out var list) ? list : [];

    /// <summary>Names of places of the region whose first word has this skeleton.</summary>
    public IReadOnlyList<GazetteerName> BySkeleton(string skeleton) =>
        bySkeleton.TryGetValue(skeleton, out var list) ? list : [];

    /// <summary>
    /// The first name, in the order of <see cref="ByFirstWord"/> (longest first, then best ranked), that the words
    /// starting at the beginning of <paramref name="words"/> spell out in full; by skeletons (places of the region
    /// only) when <paramref name="skeleton"/> is set.
    /// </summary>
    public GazetteerName? LongestMatch(IReadOnlyList<string> words, bool skeleton = false)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!(skeleton ? skeletonGroups : groups).TryGetValue(words[0], out var group))
        {
            return null;
        }
        // Every longer name comes before every one-word name, and a one-word name always matches its first word.
        if (words.Count >= 2 && group.BySecondWord.Count > 0 && group.BySecondWord.TryGetValue(words[1], out var longer))
        {
            foreach (var n in longer)
            {
                if (n.Words.Length <= words.Count && Spells(n.Words, words))
                {
                    return n;
                }
            }
        }
        return group.OneWord;
    }

    // The first two words are those the name was found by.
    private static bool Spells(string[] name, IReadOnlyList<string> words)
    {
        for (var k = 2; k < name.Length; k++)
        {
            if (!string.Equals(name[k], words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The country code of a demonym ("Syrian" → SY), or null.</summary>
    public string? CountryOfDemonym(string word) => demonyms.GetValueOrDefault(word);

    /// <summary>Whether a single-word name is also a lower-case English word ("Split", "Mobile", "Of").</summary>
    public bool IsCommonWord(string key) => commonWords.Contains(key);

    private static Gazetteer Load()
    {
        var g = new Gazetteer();
        var assembly = typeof(Gazetteer).Assembly;
        var countryIds = new Dictionary<string, GazetteerPlace>(StringComparer.Ordinal);

        foreach (var row in Rows(assembly, "places-countries.tsv", gzip: false))
        {
            var place = g.Add(row[1], PlaceKind.Country, row[0], Num(row[2]), Num(row[3]), 0, false, GazetteerSource.Country);
            countryIds[row[0]] = place;
            g.AddNames(place, row[4]);
            foreach (var d in Split(row[5]))
            {
                g.demonyms[d] = row[0];
            }
        }

        foreach (var row in Rows(assembly, "places-curated.tsv", gzip: false))
        {
            var kind = Enum.Parse<PlaceKind>(row[1], ignoreCase: true);
            var cc = row[2].Length == 0 ? null : row[2];
            if (kind == PlaceKind.Country && cc is not null && countryIds.TryGetValue(cc, out var country))
            {
                g.AddName(country, row[0]);
                g.AddNames(country, row[5]);
                continue;
            }
            var place = g.Add(row[0], kind, cc, Num(row[3]), Num(row[4]), 0, false, GazetteerSource.Curated);
            g.AddNames(place, row[5]);
        }

        foreach (var row in Rows(assembly, "gazetteer-geonames.tsv.gz", gzip: true))
        {
            var kind = row[2] == "city" ? PlaceKind.City : PlaceKind.Town;
            var place = g.Add(row[0], kind, row[1], Num(row[3]), Num(row[4]),
                long.Parse(row[5], CultureInfo.InvariantCulture), row[6] == "1", GazetteerSource.GeoNames);
            g.AddNames(place, row[7]);
        }

        foreach (var row in Rows(assembly, "gazetteer-common-words.txt", gzip: false))
        {
            g.commonWords.Add(row[0]);
        }

        foreach (var list in g.byFirstWord.Values.Concat(g.bySkeleton.Values))
        {
            // Longest names first so the finder takes the longest match; then the best-ranked place.
            list.Sort((a, b) => b.Words.Length != a.Words.Length
                ? b.Words.Length.CompareTo(a.Words.Length)
                : b.Place.Rank.CompareTo(a.Place.Rank));
        }
        Split(g.byFirstWord, g.groups);
        Split(g.bySkeleton, g.skeletonGroups);
        return g;
    }

    private static void Split(Dictionary<string, List<GazetteerName>> index, Dictionary<string, NameGroup> groups)
    {
        foreach (var (first, list) in index)
        {
            var group = new NameGroup();
            foreach (var n in list)
            {
                if (n.Words.Length == 1)
                {
                    group.OneWord ??= n;
                }
                else if (group.BySecondWord.TryGetValue(n.Words[1], out var same))
                {
                    same.Add(n);
                }
                else
                {
                    group.BySecondWord[n.Words[1]] = [n];
                }
            }
            groups[first] = group;
        }
    }

    private GazetteerPlace Add(string name, PlaceKind kind, string? cc, double? lat, double? lon, long population, bool capital, GazetteerSource source)
    {
        var place = new GazetteerPlace(places.Count, name, kind, cc, lat, lon, population, capital, source);
        places.Add(place);
        AddName(place, name);
        return place;
    }

    private void AddNames(GazetteerPlace place, string joined)
    {
        foreach (var n in Split(joined))
        {
            AddName(place, n);
        }
    }

    private void AddName(GazetteerPlace place, string name)
    {
        var key = PlaceName.Key(name);
        if (key.Length == 0)
        {
            return;
        }
        var words = key.Split(' ');
        if (indexed.Add((place.Id, key, false)))
        {
            AddTo(byFirstWord, words[0], new GazetteerName(words, place));
        }
        if (place.InRegion)
        {
            var skeleton = PlaceName.Skeleton(key);
            if (indexed.Add((place.Id, skeleton, true)))
            {
                var parts = skeleton.Split(' ');
                AddTo(bySkeleton, parts[0], new GazetteerName(parts, place));
            }
        }
    }

    private static void AddTo(Dictionary<string, List<GazetteerName>> index, string key, GazetteerName name)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(name);
    }

    private static IEnumerable<string> Split(string joined) =>
        joined.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double? Num(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static IEnumerable<string[]> Rows(Assembly assembly, string file, bool gzip)
    {
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var inner = gzip ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(inner);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < 8)
            {
                Array.Resize(ref cells, 8);
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] ??= "";
                }
            }
            yield return cells;
        }
    }
}
