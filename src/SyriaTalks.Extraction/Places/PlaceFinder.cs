using System.Globalization;
using System.Text.RegularExpressions;
using SyriaTalks.Domain;
using SyriaTalks.Extraction.Actors;
using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Places;

/// <summary>
/// Finds places named in a body: gazetteer names (exact, or by transliteration skeleton for places of
/// the region), then places the gazetteer lacks where the text marks them ("the towns of A, B and C").
/// A prominent place (country, capital, large city, curated entry) counts wherever it is capitalised;
/// any other place only where the text marks it as a place, which keeps surnames and English words
/// that happen to be villages somewhere ("Obama", "Split", "Of") out.
/// </summary>
public sealed partial class PlaceFinder
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> Cues =
    [
        "in", "near", "outside", "around", "into", "toward", "towards", "across", "inside", "nearby",
        "besieged", "held",
    ];

    // Prepositions that also introduce people ("loyal to Assad", "a call from Obama").
    private static readonly HashSet<string> WeakCues = ["to", "from", "between", "via", "through", "at"];

    private static readonly HashSet<string> MarkerNouns =
    [
        "city", "cities", "town", "towns", "village", "villages", "province", "provinces", "district", "districts",
        "suburb", "suburbs", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "region",
        "area", "areas", "capital", "countryside", "port", "camp", "governorate", "enclave", "stronghold",
    ];

    // Nouns whose "of" marks a place in the text that follows ("the siege of Nubul", "residents of Madaya").
    private static readonly HashSet<string> OfCueNouns =
    [
        "siege", "outskirts", "center", "centre", "heart", "edge", "fall", "battle", "capture", "recapture",
        "residents", "people", "governor", "mayor", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "countryside", "outside", "control", "entrance", "gates",
    ];

    private static readonly HashSet<string> Directions =
    [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
        "south-eastern", "south-western", "greater", "upper", "lower", "rural", "coastal", "war-torn",
    ];

    private static readonly HashSet<string> OrganisationHeads =
    [
        "state", "army", "front", "forces", "council", "committee", "party", "brigade", "brigades", "movement",
        "militia", "coalition", "ministry", "government", "regime", "opposition",
    ];

    private static readonly HashSet<string> Honorifics =
    [
        "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm", "prof",
        "president", "minister", "king", "queen", "prince", "princess", "sheikh", "imam", "pope", "mayor",
        "senator", "governor", "general", "chancellor", "secretary", "ambassador", "envoy", "spokesman",
        "spokeswoman", "judge", "justice", "rev", "father", "sister", "brother", "lord", "lady", "sir",
    ];

    // Capitalised offices and institutions a country's name may qualify ("U.S. State Department", "U.S. Army").
    private static readonly HashSet<string> OfficeWords =
    [
        "president", "vice", "secretary", "state", "department", "ministry", "minister", "army", "navy", "embassy",
        "ambassador", "envoy", "senator", "congress", "senate", "treasury", "government", "military", "forces", "defense",
        "defence", "foreign", "prime", "central", "special", "intelligence", "air", "marines", "representative", "mission",
        "consulate", "officials", "administration", "justice", "attorney", "general", "joint", "national",
    ];

    // Second halves of compounds that make a place name the backer of a group ("US-led", "Iran-backed").
    private static readonly HashSet<string> BackerWords =
        ["led", "backed", "brokered", "sponsored", "funded", "supported", "trained", "armed", "allied", "aligned", "controlled", "run"];

    private static readonly HashSet<string> ReportingVerbs = ["said", "says", "told", "added", "asked", "wrote"];

    private static readonly HashSet<string> RegionSuffixes = ["province", "governorate", "countryside", "region", "district"];

    private static readonly HashSet<string> TitlesAfter =
    [
        "mayor", "governor", "governorate", "police", "municipality", "province", "city", "town",
        "village", "border", "crossing", "countryside", "airport", "prison",
    ];

    // Lower-case nouns a place name qualifies right after "the" ("the Houla massacre", "the Khanasser route"):
    // people and groups do not stand there, and an adjective ("the Western Balkan route") keeps the name out.
    private static readonly HashSet<string> FeatureNounsAfter = ["massacre", "route", "road", "highway", "plain", "valley"];

    // A capitalised word after these makes the place part of an institution's name ("Seattle University").
    private static readonly HashSet<string> InstitutionHeads =
    [
        "university", "college", "times", "post", "journal", "herald", "tribune", "street", "road", "avenue",
        "square", "hotel", "club", "stadium", "institute", "school", "hospital", "group", "accords", "accord",
        "declaration", "convention", "conventions", "communique", "process", "protocol", "agreement", "statement",
        "format", "conference", "talks", "center", "centre", "house", "news", "daily", "today", "radio", "tv",
        "gazette", "review", "press", "agency", "bank", "fc", "united", "county", "state", "airlines", "airways",
    ];

    // Posts a country's name qualifies ("the U.S. attorney", "U.S. Attorney's Office"): the title names an office, not the place.
    private static readonly HashSet<string> CountryTitles = ["attorney", "attorneys", "marshal", "marshals"];

    // Titles of news outlets named after a country ("China Daily", "Russia Today"): the outlet is no mention of the country.
    private static readonly HashSet<string> OutletHeads =
    [
        "times", "post", "journal", "herald", "tribune", "news", "daily", "today", "radio", "tv", "gazette", "review",
    ];

    // Words that make the name before them a broadcaster's, in any case ("al-Mayadeen TV", "Orient television").
    private static readonly HashSet<string> BroadcastHeads = ["tv", "television", "channel", "radio"];

    // Heads of institutions named after a place by "of" ("Federal Reserve Bank of Dallas", "University of Leeds").
    private static readonly HashSet<string> InstitutionOfHeads =
    [
        "bank", "club", "university", "college", "institute", "museum", "academy", "society", "chamber", "church",
        "school", "association", "federation", "foundation", "diocese", "archdiocese", "orchestra", "exchange",
    ];

    private static readonly HashSet<string> NotPlaces =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "president", "minister", "god", "allah", "islam", "reuters", "mr", "mrs", "ms", "dr", "gen", "sen",
        "the", "a", "an", "and", "or", "but", "if", "he", "she", "it", "we", "they", "i", "you", "this", "that",
        "some", "many", "most", "all", "no", "not", "as", "at", "in", "on", "by", "for", "with", "from", "of",
        "de", "la", "le", "al", "el", "hamas", "hezbollah", "fatah", "nusra", "daesh", "isis", "isil", "taliban",
        "houthi", "houthis", "peshmerga", "ypg", "pkk", "sdf", "fsa", "ramadan", "eid", "christmas", "easter", "ashura", "hajj",
    ];

    // Adjectives that may stand before a place without making it part of a longer name ("Shi'ite Baghdad").
    private static readonly HashSet<string> Adjectives =
    [
        "sunni", "shiite", "shia", "kurdish", "alawite", "christian", "druze", "arab", "turkmen", "yazidi",
        "islamist", "jihadist", "muslim", "jewish", "saudi", "kurd", "persian", "turk", "turks", "kurds", "arabs",
    ];

    private readonly Gazetteer gazetteer;

    public PlaceFinder()
        : this(Gazetteer.Instance)
    {
    }

    public PlaceFinder(Gazetteer gazetteer) => this.gazetteer = gazetteer;

    public IReadOnlyList<PlaceMention> Find(string text, IReadOnlyList<ExtractedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var tokens = Tokenize(text, sentences);
        var found = new List<Found>();
        var marked = MarkedSpans(text);
        var longerNames = LongerNameWords(text, tokens);

        var scratch = new Scratch();
        for (var i = 0; i < tokens.Count;)
        {
            var m = MatchAt(text, tokens, i, marked, found, longerNames, scratch);
            if (m is null)
            {
                i++;
                continue;
            }
            found.Add(m);
            i = m.LastToken + 1;
        }

        AddUnknownMarked(text, marked, found, longerNames);
        DropCreditLines(sentences, found);
        DropActingCapitals(text, found);
        return Group(found);
    }

    // "Damascus confirmed the reports", "a truce sponsored by Washington and Moscow", "calls for Moscow to stop
    // the bombing": a capital that speaks or acts stands for its government. A capital used only so is no place
    // of the story; one mention as a place ("talks in Moscow", a dateline) keeps it.
    private static void DropActingCapitals(string text, List<Found> found)
    {
        var acting = found.Where(f => f.Place.IsCapital && f.Place.Kind == PlaceKind.City && f.Place.Id >= 0)
            .GroupBy(f => f.Place.Id)
            .Where(g => g.All(f => f.Cue != Cue.Strong && ActsAsGovernment(text, f)))
            .Select(g => g.Key)
            .ToHashSet();
        found.RemoveAll(f => f.Place.Id >= 0 && acting.Contains(f.Place.Id));
    }

    private static bool ActsAsGovernment(string text, Found f)
    {
        var before = text.AsSpan(0, f.Start);
        var after = text.AsSpan(f.End);
        return CapitalSubjectRegex().IsMatch(after)
            || CapitalAuxSubjectRegex().IsMatch(after)
            || CapitalPossessiveRegex().IsMatch(after)
            || RelationWithRegex().IsMatch(before)
            || PassiveAgentRegex().IsMatch(before)
            || (ForSubjectRegex().IsMatch(before) && InfinitiveAfterRegex().IsMatch(after));
    }

    // "Jane Roe contributed reporting from Cairo": where the newsroom worked is not a place of the story.
    private static void DropCreditLines(IReadOnlyList<ExtractedSentence> sentences, List<Found> found)
    {
        foreach (var s in sentences)
        {
            if (CreditLine.Is(s.Text))
            {
                found.RemoveAll(f => f.Start >= s.Start && f.Start < s.End);
            }
        }
    }

    private Found? MatchAt(string text, List<Token> tokens, int i, List<Marked> marked, List<Found> found, HashSet<string> longerNames,
        Scratch scratch)
    {
        var first = tokens[i];
        // A capitalised word may open a name; a lower-case one only as an article ("al-Raqqa"), tested only then.
        if (!first.Upper && !StartsWithArticle(text, tokens, i))
        {
            return null;
        }

        // The significant words from i on (articles dropped), with the token each ends at.
        var (words, ends) = (scratch.Words, scratch.Ends);
        words.Clear();
        ends.Clear();
        for (var j = i; j < tokens.Count && words.Count < MaxWords; j++)
        {
            if (j > i && !Adjacent(text, tokens[j - 1], tokens[j]))
            {
                break;
            }
            var t = tokens[j];
            if (!t.AllCaps && PlaceName.IsArticle(t.Folded, t.HyphenAfter) && j + 1 < tokens.Count && Adjacent(text, t, tokens[j + 1]))
            {
                continue;
            }
            words.Add(t.Folded);
            ends.Add(j);
            if (t.Possessive)
            {
                break;
            }
        }
        if (words.Count == 0 || NotPlaces.Contains(words[0]))
        {
            return null;
        }

        var (name, length, fuzzy) = Lookup(words, scratch.NoPlaceStartsWith);
        var strippedS = false;
        if ((name is null || fuzzy) && first.Upper && words[0].EndsWith('s') && words[0].Length > 4 && !first.Possessive)
        {
            // Possessive written without its apostrophe ("Syrias President", as some feeds strip it).
            var stripped = words[0][..^1];
            var hit = gazetteer.ByFirstWord(stripped).FirstOrDefault(n => n.Words.Length == 1 && n.Place.Source == GazetteerSource.Country);
            if (hit is not null)
            {
                (name, length, fuzzy) = (hit, 1, false);
                strippedS = true;
            }
        }
        if (name is null)
        {
            return null;
        }
        var last = ends[length - 1];
        var place = name.Place;
        var surfaceStart = first.Start;
        var surfaceEnd = tokens[last].End - (strippedS ? 1 : 0);
        var surface = text[surfaceStart..surfaceEnd];
        var key = string.Join(' ', words.Take(length));

        if (!Acceptable(text, tokens, i, last, place, key, surface, fuzzy, marked, found, longerNames))
        {
            // A longer spelling in a run of names whose commas a feed stripped ("in Bosra al-Sham Atman al-Hrak")
            // leaves the exact shorter name it starts with as it was.
            var runsOn = last + 1 < tokens.Count && tokens[last + 1].Upper && Adjacent(text, tokens[last], tokens[last + 1]);
            if (!fuzzy || strippedS || !runsOn || gazetteer.LongestMatch(words) is not { } exact || exact.Words.Length >= length)
            {
                return null;
            }
            (name, length, fuzzy) = (exact, exact.Words.Length, false);
            last = ends[length - 1];
            place = name.Place;
            surfaceEnd = tokens[last].End;
            surface = text[surfaceStart..surfaceEnd];
            key = string.Join(' ', words.Take(length));
            if (!Acceptable(text, tokens, i, last, place, key, surface, fuzzy, marked, found, longerNames))
            {
                return null;
            }
        }

        // "X province", "X governorate": the same place named as a region.
        var kind = place.Kind;
        if (last + 1 < tokens.Count && RegionSuffixes.Contains(tokens[last + 1].Folded) && Adjacent(text, tokens[last], tokens[last + 1])
            && place.Kind != PlaceKind.Country)
        {
            last++;
            surfaceEnd = tokens[last].End;
            kind = PlaceKind.Region;
        }
        else if (IsPrecededBy(tokens, i, "province", "of") || IsPrecededBy(tokens, i, "governorate", "of"))
        {
            kind = PlaceKind.Region;
        }
        var cue = IsDateline(text, tokens, i, last) ? Cue.Strong : RegionCue(place, tokens, i, HasCue(text, tokens, i, last, marked, found));
        return new Found(place, kind, surfaceStart, surfaceEnd, text[surfaceStart..surfaceEnd], i, last, place.Name, cue);
    }

    private static bool StartsWithArticle(string text, List<Token> tokens, int i) =>
        !tokens[i].AllCaps && PlaceName.IsArticle(tokens[i].Folded, tokens[i].HyphenAfter) && i + 1 < tokens.Count
        && tokens[i + 1].Upper && Adjacent(text, tokens[i], tokens[i + 1]);

    private (GazetteerName? Name, int Length, bool Fuzzy) Lookup(List<string> words, HashSet<string> noPlaceStartsWith)
    {
        // A name repeated through the article ("Assad", "Lavrov") is looked up, and its skeleton built, once.
        if (noPlaceStartsWith.Contains(words[0]))
        {
            return (null, 0, false);
        }
        if (gazetteer.LongestMatch(words) is { } exact)
        {
            // "Jisr al-Shigour": a spelling of a longer name of the region beats the shorter name it starts with.
            if (words.Count > exact.Words.Length && words[0].Length >= 4 && PlaceName.Skeleton(words[0]) is { Length: >= 3 } head
                && gazetteer.BySkeleton(head).Count > 0)
            {
                var longer = new string[Math.Min(words.Count, 3)];
                for (var k = 0; k < longer.Length; k++)
                {
                    longer[k] = PlaceName.Skeleton(words[k]);
                }
                if (gazetteer.LongestMatch(longer, skeleton: true) is { } spelled && spelled.Words.Length > exact.Words.Length)
                {
                    return (spelled, spelled.Words.Length, true);
                }
            }
            return (exact, exact.Words.Length, false);
        }
        // Whether a miss is the word's alone, whatever follows it, so that the next time it can be skipped.
        var noName = gazetteer.ByFirstWord(words[0]).Count == 0;
        if (words[0].Length < 4 || gazetteer.IsCommonWord(words[0]))
        {
            if (noName)
            {
                noPlaceStartsWith.Add(words[0]);
            }
            return (null, 0, false);
        }
        var first = PlaceName.Skeleton(words[0]);
        // Most capitalised words (people's names) have no skeleton match: the following words' skeletons wait for one.
        if (first.Length < 3 || gazetteer.BySkeleton(first).Count == 0)
        {
            if (noName)
            {
                noPlaceStartsWith.Add(words[0]);
            }
            return (null, 0, false);
        }
        var skeleton = new string[Math.Min(words.Count, 3)];
        skeleton[0] = first;
        for (var k = 1; k < skeleton.Length; k++)
        {
            skeleton[k] = PlaceName.Skeleton(words[k]);
        }
        return gazetteer.LongestMatch(skeleton, skeleton: true) is { } fuzzy ? (fuzzy, fuzzy.Words.Length, true) : (null, 0, false);
    }

    private bool Acceptable(string text, List<Token> tokens, int i, int last, GazetteerPlace place, string key, string surface,
        bool fuzzy, List<Marked> marked, List<Found> found, HashSet<string> longerNames)
    {
        var first = tokens[i];
        var isCountry = place.Kind == PlaceKind.Country;
        var letters = key.Replace(" ", "", StringComparison.Ordinal).Length;
        var allCaps = surface.Any(char.IsLetter) && surface.Where(char.IsLetter).All(char.IsUpper);

        if (letters <= 2 && !isCountry)
        {
            return false;
        }
        if (WeekdayBeforeDateRegex().IsMatch(text.AsSpan(first.Start)))
        {
            return false; // "Sun 05 Jul 2015", "Wed, March 2": a page's date stamp, not a town called Sun
        }
        var single = key.IndexOf(' ', StringComparison.Ordinal) < 0;
        var lastWord = tokens[last].Text;
        if (single && (Adjectives.Contains(tokens[last].Folded) || gazetteer.CountryOfDemonym(lastWord) is not null
            || (lastWord.EndsWith('s') && gazetteer.CountryOfDemonym(lastWord[..^1]) is not null)))
        {
            return false; // "Syrian", "Saudi": an adjective is not a mention of the place
        }
        if (letters <= 3 && isCountry && !allCaps)
        {
            return false; // "US" and "UK", never the pronoun "us"
        }
        if (tokens[last].HyphenAfter && last + 1 < tokens.Count && BackerWords.Contains(tokens[last + 1].Folded))
        {
            return false; // "the US-led coalition", "Russian-backed forces": the backer of a group, not a place of the story
        }
        var dateline = IsDateline(text, tokens, i, last);
        var possessive = tokens[last].Possessive || first.Start + surface.Length < tokens[last].End; // "Syrias President", apostrophe stripped
        if (isCountry && !dateline && !possessive && last + 1 < tokens.Count && tokens[last + 1].Upper
            && OnlySpaces(text, tokens[last].End, tokens[last + 1].Start) && OfficeWords.Contains(tokens[last + 1].Folded))
        {
            return false; // "the U.S. State Department", "U.S. Secretary of State John Kerry": the country qualifies an office
        }
        if (allCaps && !dateline && !isCountry)
        {
            return false; // acronyms (ISIS, HNC) that happen to be place names
        }

        var cue = dateline ? Cue.Strong : RegionCue(place, tokens, i, HasCue(text, tokens, i, last, marked, found));
        var common = key.IndexOf(' ', StringComparison.Ordinal) < 0 && gazetteer.IsCommonWord(key) && !isCountry;
        if (common && (first.SentenceStart || cue < Cue.List))
        {
            return false;
        }

        if (isCountry && !dateline && last + 1 < tokens.Count && !tokens[last].Possessive && Adjacent(text, tokens[last], tokens[last + 1])
            && (CountryTitles.Contains(tokens[last + 1].Folded) || (tokens[last + 1].Upper && OutletHeads.Contains(tokens[last + 1].Folded))))
        {
            return false;
        }
        if (!isCountry && !dateline && last + 1 < tokens.Count && !tokens[last].Possessive && Adjacent(text, tokens[last], tokens[last + 1])
            && !(i > 0 && tokens[i - 1].HyphenAfter && !PlaceName.IsArticle(tokens[i - 1].Folded, true)) // "a pro-Damascus channel" qualifies the channel
            && (BroadcastHeads.Contains(tokens[last + 1].Folded) || (tokens[last + 1].Upper && OutletHeads.Contains(tokens[last + 1].Folded))))
        {
            return false; // "al-Mayadeen TV", "Aleppo Today": a channel named after a town is no mention of the town
        }
        if (!dateline && !isCountry && (KnownOrganisation(surface)
            || (i > 0 && PlaceName.IsArticle(tokens[i - 1].Folded, tokens[i - 1].HyphenAfter) && Adjacent(text, tokens[i - 1], first)
                && KnownOrganisation(text[tokens[i - 1].Start..(first.Start + surface.Length)]))))
        {
            return false; // "an interview with Al Jazeera": a known organisation whose name a place happens to share
        }
        if (!dateline && InsideInstitutionName(text, tokens, i))
        {
            return false;
        }
        // Part of a longer proper name: "Barack Obama", "Mayor Palmer", "Seattle University", "Bouthaina Shaaban".
        if (!isCountry && !dateline && (PrecededByName(text, tokens, i, found, !place.InRegion && place.Kind != PlaceKind.Country) || FollowedByName(text, tokens, last)))
        {
            return false;
        }
        // The same word used elsewhere in the article inside a longer name ("Bashar al-Assad" ... "Assad's
        // forces", "Georgetown University" ... "Georgetown's Pillar") needs the text to mark it as a place.
        if (!isCountry && single && (cue != Cue.Strong || fuzzy) && longerNames.Contains(key))
        {
            return false;
        }
        if (!isCountry && i > 0 && tokens[i - 1].Folded == "the" && place.Source == GazetteerSource.GeoNames
            && Adjacent(text, tokens[i - 1], first) && cue != Cue.Strong)
        {
            return false; // "the White House": populated places take no article
        }
        if (i > 0 && ReportingVerbs.Contains(tokens[i - 1].Folded) && place.Source == GazetteerSource.GeoNames && !place.IsCapital)
        {
            return false; // "said Kasim, 21": after a reporting verb comes a speaker
        }
        if (tokens[last].Possessive && !place.IsProminent)
        {
            return false;
        }
        if (fuzzy)
        {
            return cue == Cue.Strong;
        }
        // A weak cue ("to", "from", a list) is enough for places of the region; far-away small places need a strong one.
        return place.IsProminent || cue >= Cue.List || (cue == Cue.Weak && place.InRegion);
    }

    private bool PrecededByName(string text, List<Token> tokens, int i, List<Found> found, bool farAway = false)
    {
        if (i > 0 && Honorifics.Contains(tokens[i - 1].Folded) && tokens[i].Start - tokens[i - 1].End <= 2)
        {
            return true; // "Mr. Obama", "Gen. Allen"
        }
        var p = i - 1;
        while (p >= 0 && PlaceName.IsArticle(tokens[p].Folded, tokens[p].HyphenAfter) && p + 1 < tokens.Count
            && Adjacent(text, tokens[p], tokens[p + 1]))
        {
            p--;
        }
        if (p < 0 || !Adjacent(text, tokens[p], tokens[p + 1]))
        {
            return false;
        }
        var t = tokens[p];
        // A sentence's first word is capitalised anyway, so it opens a name only when it is a first name ("George Sabra"),
        // or, before a far-away place that is also a surname ("Younes Hassan, a doctor"), when it is no English word.
        if (!t.Upper || (t.SentenceStart && !IsFirstName(t.Folded) && !(farAway && IsUnknownWord(t.Folded))) || t.AllCaps || Directions.Contains(t.Folded) || Adjectives.Contains(t.Folded)
            || NotPlaces.Contains(t.Folded) || t.Possessive)
        {
            return false;
        }
        if (found.Count > 0 && found[^1].LastToken == p)
        {
            return false; // a run of places with the commas stripped ("Damascus Aleppo Homs")
        }
        return t.Folded == tokens[i].Folded || !IsRegionalPlaceWord(t.Folded);
    }

    private bool IsUnknownWord(string folded) =>
        !ActorLexicon.Shared.CommonWords.Contains(folded) && !ActorLexicon.Shared.Places.Contains(folded)
        && !gazetteer.IsCommonWord(folded) && gazetteer.ByFirstWord(folded).Count == 0
        && !(folded.EndsWith('s') && ActorLexicon.Shared.CommonWords.Contains(folded[..^1]));

    private bool IsFirstName(string folded) =>
        ActorLexicon.Shared.FirstNames.Contains(folded) && !gazetteer.IsCommonWord(folded);

    // Only places of the region run together without commas in the feeds that strip them ("Damascus Aleppo
    // Homs"); elsewhere two capitalised words are a name ("Victoria Hamilton", "Salam Pax").
    private bool IsRegionalPlaceWord(string folded)
    {
        var names = gazetteer.ByFirstWord(folded);
        for (var k = 0; k < names.Count; k++)
        {
            var x = names[k];
            if (x.Words.Length == 1 && x.Place.IsProminent && (x.Place.InRegion || x.Place.Kind == PlaceKind.Country))
            {
                return true;
            }
        }
        return false;
    }

    private bool FollowedByName(string text, List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count || tokens[last].Possessive || !Adjacent(text, tokens[last], tokens[last + 1]))
        {
            return false;
        }
        var n = tokens[last + 1];
        if (n.Folded is "bin" or "ibn" && last + 2 < tokens.Count && tokens[last + 2].Upper && Adjacent(text, n, tokens[last + 2]))
        {
            return true; // "Zubair bin Awam", "Khalid ibn Walid": a patronymic makes the word a person's name
        }
        if (!n.Upper || n.AllCaps || TitlesAfter.Contains(n.Folded) || RegionSuffixes.Contains(n.Folded) || NotPlaces.Contains(n.Folded))
        {
            return false;
        }
        // A run of places with the commas stripped ("Damascus Aleppo Homs") is not one name.
        return n.Folded == tokens[last].Folded || !IsRegionalPlaceWord(n.Folded);
    }

    /// <summary>Capitalised words this article uses inside longer names ("Bashar al-Assad", "Georgetown University").</summary>
    private HashSet<string> LongerNameWords(string text, List<Token> tokens)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var none = new List<Found>(); // no place found yet: one empty list for every word
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Upper && (PrecededByName(text, tokens, k, none) || FollowedByName(text, tokens, k)))
            {
                keys.Add(tokens[k].Folded);
                if (tokens[k].Folded.EndsWith('s'))
                {
                    keys.Add(tokens[k].Folded[..^1]); // "Bashar al-Assads" where a feed stripped the apostrophe
                }
            }
        }
        return keys;
    }

    // Ordered: a list inherits a strong marker, but not enough to make a name used for a person a place.
    internal enum Cue
    {
        None,
        Weak,
        List,
        Strong,
    }

    private Cue HasCue(string text, List<Token> tokens, int i, int last, List<Marked> marked, List<Found> found)
    {
        var start = tokens[i].Start;
        if (marked.Any(m => start >= m.ListStart && start < m.ListEnd))
        {
            return Cue.Strong;
        }
        var p = i - 1;
        while (p >= 0 && Directions.Contains(tokens[p].Folded) && Adjacent(text, tokens[p], tokens[p + 1]))
        {
            p--;
        }
        if (p >= 0 && tokens[p].End <= start && OnlySpaces(text, tokens[p].End, tokens[p + 1].Start))
        {
            var w = tokens[p].Folded;
            if (w == "of" && p > 0 && (MarkerNouns.Contains(tokens[p - 1].Folded) || OfCueNouns.Contains(tokens[p - 1].Folded)))
            {
                return Cue.Strong;
            }
            if (Cues.Contains(w) && !tokens[p].Upper)
            {
                return Cue.Strong;
            }
            if (WeakCues.Contains(w) && !tokens[p].Upper)
            {
                return Cue.Weak;
            }
        }
        // A list continuing after an accepted place: "Aleppo, Bayanoun and Hayan".
        if (found.Count > 0)
        {
            var prev = found[^1];
            if (prev.End <= start && start - prev.End <= 6)
            {
                var gap = text[prev.End..start].Trim();
                if (gap is "," or "and" or ", and" or "or" or "/")
                {
                    return prev.Cue >= Cue.List ? Cue.List : Cue.Weak; // a list shares its marker
                }
            }
        }
        if (last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            var gap = text[tokens[last].End..next.Start];
            if (gap.Trim() == "," && next.Upper)
            {
                // "Palm Beach, Florida", "Kilis, Turkey": a place placed in a country or state.
                return gazetteer.ByFirstWord(next.Folded).Any(x => x.Place.Kind is PlaceKind.Country or PlaceKind.Region
                    && x.Place.Source != GazetteerSource.GeoNames) ? Cue.Strong : Cue.Weak;
            }
            if (OnlySpaces(text, tokens[last].End, next.Start) && TitlesAfter.Contains(next.Folded))
            {
                return Cue.Strong; // "Tuebingen Mayor", "Kilis province", "Aleppo city"
            }
            if (!next.Upper && FeatureNounsAfter.Contains(next.Folded) && !tokens[last].Possessive && i > 0 && tokens[i - 1].Folded == "the"
                && text[tokens[last].End..next.Start].Trim() is "" or "\"" or "\u201c")
            {
                return Cue.Strong; // "the Houla \"massacre\"", "cut the Khanasser route"
            }
        }
        return Cue.None;
    }

    // "sneak into the East Ghouta", "fighting in the Qalamoun": a region takes the article a town does not, so a
    // preposition and "the" before a known region mark it as strongly as a bare preposition marks a town.
    private static Cue RegionCue(GazetteerPlace place, List<Token> tokens, int i, Cue cue) =>
        cue < Cue.Strong && place.Kind == PlaceKind.Region && place.Source == GazetteerSource.Curated
            && i >= 2 && tokens[i - 1].Folded == "the" && !tokens[i - 1].Upper && !tokens[i - 2].Upper
            && (Cues.Contains(tokens[i - 2].Folded) || WeakCues.Contains(tokens[i - 2].Folded))
            ? Cue.Strong : cue;

    [GeneratedRegex(@"^\W*(?i:(?:last\s+)?updated|published|posted)(?:\s+(?:at|on))?\s*:?\s*(?:\w+\.?,?\s+){0,3}\d{1,2}?,?\s*(?:19|20)\d{2}\s*$")]
    private static partial Regex PageStampRegex();

    [GeneratedRegex(@"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")]
    private static partial Regex WeekdayBeforeDateRegex();

    private static bool IsDateline(string text, List<Token> tokens, int i, int last)
    {
        var t = tokens[i];
        if (!t.AllCaps)
        {
            return false;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, t.Start - 1)) + 1;
        if (t.Start - lineStart > 40)
        {
            return false;
        }
        var k = i - 1;
        while (k >= 0 && tokens[k].Start >= lineStart && tokens[k].AllCaps)
        {
            k--;
        }
        if (lineStart < 300 && PageStampRegex().IsMatch(text.AsSpan(lineStart, tokens[k + 1].Start - lineStart)))
        {
            return true; // "Last updated at Aug 01 2016 BEIRUT A Russian helicopter ...": the capitals after the page's stamp
        }
        var lineEnd = text.IndexOf('\n', t.Start);
        var heading = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).ToString() is var line
            && line.Any(char.IsLower) == false;
        if ((k < 0 || tokens[k].Start < lineStart) && lineStart < 300 && !heading)
        {
            return true; // the capitals that open the body ("WASHINGTON/BEIRUT"), often left without punctuation by the page
        }
        var after = tokens[last].End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return after < text.Length && text[after] is ',' or '(' or '/' or '-' or '\u2013' or '\u2014';
    }

    // "the Federal Reserve Bank of Dallas": a capitalised institution head and "of" make the place part of the name.
    private static bool InsideInstitutionName(string text, List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Folded == "of" && !tokens[i - 1].Upper && tokens[i - 2].Upper && !tokens[i - 2].AllCaps
        && InstitutionOfHeads.Contains(tokens[i - 2].Folded) && Adjacent(text, tokens[i - 2], tokens[i - 1])
        && Adjacent(text, tokens[i - 1], tokens[i]);

    private static bool IsPrecededBy(List<Token> tokens, int i, string noun, string of) =>
        i >= 2 && tokens[i - 1].Folded == of && tokens[i - 2].Folded == noun;

    private static bool Adjacent(string text, Token a, Token b)
    {
        if (b.Start - a.End > 2 || b.Start <= a.End)
        {
            return b.Start == a.End;
        }
        for (var k = a.End; k < b.Start; k++)
        {
            if (text[k] is not (' ' or '-' or '\u00a0'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is not (' ' or '\u00a0'))
            {
                return false;
            }
        }
        return to > from;
    }

    // --- places the gazetteer lacks, found where the text marks them

    private static List<Marked> MarkedSpans(string text)
    {
        var list = new List<Marked>();
        foreach (Match m in MarkedListRegex().Matches(text))
        {
            var names = m.Groups["list"];
            // The words just before the noun may carry the country ("the Syrian town of").
            var from = Math.Max(0, m.Index - 40);
            var pre = string.Join(' ', text[from..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
            list.Add(new Marked(names.Index, names.Index + names.Length, m.Groups["noun"].Value.ToLowerInvariant(), pre));
        }
        // The noun may follow the name instead ("in Khuneida town", "the strategic Ghab plain", "Aleppo's Al-Marja
        // district"), where a preposition, an article or an owner shows the name is not a speaker or a group.
        foreach (Match m in NameThenNounRegex().Matches(text).Concat(AppositiveNounRegex().Matches(text)))
        {
            var name = m.Groups["name"];
            if (list.Any(x => name.Index < x.ListEnd && x.ListStart < name.Index + name.Length))
            {
                continue;
            }
            var from = Math.Max(0, name.Index - 40);
            var pre = string.Join(' ', text[from..name.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
            list.Add(new Marked(name.Index, name.Index + name.Length, m.Groups["noun"].Value.ToLowerInvariant(), pre, NounAfter: true));
        }
        return list;
    }

    private void AddUnknownMarked(string text, List<Marked> marked, List<Found> found, HashSet<string> longerNames)
    {
        var repeated = new List<(string Value, Found First)>();
        foreach (var mk in marked)
        {
            foreach (Match n in MarkedNameRegex().Matches(text[mk.ListStart..mk.ListEnd]))
            {
                var start = mk.ListStart + n.Index;
                var end = start + n.Length;
                var inside = found.Where(f => f.Start < end && start < f.End).ToList();
                // "the city of Tabqa Syria" where a feed stripped the comma: the country closes the name, it is not part of it.
                if (inside.FirstOrDefault(f => f.Place.Kind == PlaceKind.Country && f.End == end && f.Start > start) is { } owner)
                {
                    end = text.AsSpan(start, owner.Start - start).TrimEnd().Length + start;
                    inside.Remove(owner);
                    // "the province of Latakia Western Syria": the direction goes with the country.
                    var cut = text.LastIndexOf(' ', end - 1, end - start);
                    if (cut > start && Directions.Contains(text[(cut + 1)..end].ToLowerInvariant()))
                    {
                        end = cut;
                    }
                }
                if (inside.Count > 0)
                {
                    if (inside.Any(f => f.Start < start || f.End > end || (f.Start == start && f.End == end)))
                    {
                        continue;
                    }
                    if (mk.NounAfter && inside.Any(f => f.Place.Kind == PlaceKind.Country || (f.Start > start && f.Place.IsProminent)))
                    {
                        continue; // "in Syrias Aleppo city": an owner and a known city, not one longer name
                    }
                    // The marked name is longer than the gazetteer names inside it ("Tal Qarah" over "Qarah").
                    found.RemoveAll(inside.Contains);
                }
                var value = text[start..end];
                if (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("\u2019s", StringComparison.Ordinal))
                {
                    continue; // "the capital of Islamic State's caliphate": an owner, not a place
                }
                var folded = PlaceName.Key(value);
                var words = folded.Split(' ');
                if (folded.Length < 3 || NotPlaces.Contains(words[0]) || gazetteer.CountryOfDemonym(value) is not null
                    || (mk.NounAfter && words.Any(w => Adjectives.Contains(w) || gazetteer.CountryOfDemonym(w) is not null))
                    || gazetteer.IsCommonWord(folded) || words.Any(w => OrganisationHeads.Contains(w) || InstitutionHeads.Contains(w))
                    || (words.Length == 1 && longerNames.Contains(folded))
                    || (words.Length == 1 && folded.EndsWith('s') && IsKnownPlaceWord(folded[..^1])))
                {
                    continue; // ... or "districts of Syrias long-divided Aleppo": an owner whose apostrophe a feed stripped
                }
                var kind = mk.Noun switch
                {
                    "city" or "cities" or "capital" or "port" => PlaceKind.City,
                    "province" or "provinces" or "district" or "districts" or "region" or "area" or "areas"
                        or "governorate" or "countryside" or "plain" or "valley" => PlaceKind.Region,
                    "camp" or "dam" or "hospital" or "prison" => PlaceKind.Site,
                    _ => PlaceKind.Town,
                };
                // "the Tishrin dam", "the al-Dabit hospital": a site is named with its noun, or it would read as a town.
                var siteName = mk.NounAfter && mk.Noun is "dam" or "hospital" or "prison" ? value + " " + mk.Noun : value;
                string? country = null;
                foreach (var w in mk.Pre.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    country ??= gazetteer.CountryOfDemonym(w);
                }
                var unknown = new GazetteerPlace(-1, siteName, kind, country, null, null, 0, false, GazetteerSource.Curated);
                var added = new Found(unknown, kind, start, end, siteName, -1, -1, PlaceName.Skeleton(PlaceName.Key(siteName)));
                found.Add(added);
                if (words.Length > 1)
                {
                    repeated.Add((value, added));
                }
            }
        }
        // A name the text once marked as a place ("the Bab al-Maqam neighborhood") is that place wherever it recurs
        // ("in Bab al-Maqam his face ..."), not the shorter gazetteer name inside it ("Bab").
        foreach (var (value, first) in repeated)
        {
            for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            {
                var stop = at + value.Length;
                if (at == first.Start || (at > 0 && char.IsLetterOrDigit(text[at - 1])) || (stop < text.Length && char.IsLetterOrDigit(text[stop])))
                {
                    continue;
                }
                var inside = found.Where(f => f.Start < stop && at < f.End).ToList();
                if (inside.Any(f => f.Start < at || f.End > stop || f.Place.Id < 0 || f.Place.Kind == PlaceKind.Country))
                {
                    continue;
                }
                found.RemoveAll(inside.Contains);
                found.Add(first with { Start = at, End = stop });
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool KnownOrganisation(string name) =>
        ActorLexicon.Shared.ByKey.TryGetValue(NameKey.Normalize(name), out var known) && known.Kind == ActorKind.Organization;

    private bool IsKnownPlaceWord(string folded)
    {
        var names = gazetteer.ByFirstWord(folded);
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Words.Length == 1 && (names[k].Place.IsProminent || names[k].Place.Kind == PlaceKind.Country))
            {
                return true;
            }
        }
        return false;
    }

    // --- grouping mentions into places

    private static List<PlaceMention> Group(List<Found> found)
    {
        var groups = new List<(string Key, List<Found> Items)>();
        foreach (var f in found)
        {
            var key = f.Place.Id >= 0 ? "#" + f.Place.Id.ToString(CultureInfo.InvariantCulture) : "?" + f.GroupKey;
            var g = groups.FindIndex(x => x.Key == key);
            if (g < 0)
            {
                groups.Add((key, [f]));
            }
            else
            {
                groups[g].Items.Add(f);
            }
        }

        var mentions = new List<PlaceMention>();
        foreach (var (_, items) in groups)
        {
            var bare = items.FirstOrDefault(f => f.Kind == f.Place.Kind) ?? items[0];
            // "Idlib province" stays apart from the city of Idlib; a region the gazetteer knows as one ("the
            // eastern Ghouta region") is named without the noun the text adds to it.
            var name = Display(bare.Place.Kind == PlaceKind.Region ? WithoutRegionSuffix(bare.Surface) : bare.Surface);
            var aliases = items.Select(f => Display(f.Surface)).Prepend(Display(bare.Surface))
                .Where(s => !string.Equals(s, name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var kind = items.Any(f => f.Kind == f.Place.Kind) ? bare.Place.Kind : PlaceKind.Region;
            var p = bare.Place;
            var place = new ExtractedPlace(name, kind, p.CountryCode, p.Latitude, p.Longitude, aliases, items.Count);
            mentions.AddRange(items.Select(f => new PlaceMention(place, f.Start, f.End)));
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private static string WithoutRegionSuffix(string surface)
    {
        var cut = surface.TrimEnd().LastIndexOf(' ');
        return cut > 0 && RegionSuffixes.Contains(surface[(cut + 1)..].Trim().ToLowerInvariant()) ? surface[..cut] : surface;
    }

    private static string Display(string surface)
    {
        var s = surface.Replace('\n', ' ').Trim();
        if (s.Any(char.IsLetter) && s.Where(char.IsLetter).All(char.IsUpper) && s.Count(char.IsLetter) > 3)
        {
            s = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());
        }
        return s;
    }

    // --- tokens

    private static List<Token> Tokenize(string text, IReadOnlyList<ExtractedSentence> sentences)
    {
        var starts = new HashSet<int>(sentences.Select(s => s.Start));
        var tokens = new List<Token>();
        for (var at = 0; NextWord(text, at) is var m && m.Length > 0; at = m.Index + m.Length)
        {
            var length = m.Length;
            var possessive = false;
            if (length > 2 && text[m.Index + length - 1] is 's' && text[m.Index + length - 2] is '\'' or '\u2019')
            {
                length -= 2;
                possessive = true;
            }
            var value = text.Substring(m.Index, length);
            var end = m.Index + value.Length;
            var hyphen = end < text.Length && text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]);
            var upper = char.IsUpper(value[0]);
            var allCaps = IsAllCaps(value);
            tokens.Add(new Token(m.Index, end, value, PlaceName.Fold(value).Replace(" ", "", StringComparison.Ordinal), upper, allCaps,
                hyphen, possessive, IsSentenceStart(text, m.Index, starts)));
        }
        return tokens;
    }

    // More than one letter, and every letter upper case.
    private static bool IsAllCaps(string value)
    {
        var letters = 0;
        foreach (var ch in value)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters > 1;
    }

    private static bool IsSentenceStart(string text, int at, HashSet<int> starts)
    {
        var k = at - 1;
        while (k >= 0 && text[k] is '"' or '\u201c' or '\'' or '\u2018' or '(' or '[')
        {
            k--;
        }
        if (k < 0 || starts.Contains(k + 1) || starts.Contains(at))
        {
            return true;
        }
        if (text[k] == '\n')
        {
            return true;
        }
        if (text[k] != ' ')
        {
            return false;
        }
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        if (k >= 1 && text[k] is '"' or '\u201d')
        {
            return text[k - 1] is '.' or '!' or '?'; // a quote closing a sentence, not "... hell," Steve Mosko wrote
        }
        return k < 0 || text[k] is '.' or '!' or '?' or ':' or '\n';
    }

    /// <summary>
    /// The next word from <paramref name="from"/> on, as the pattern <c>(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['\u2019\u02bc\u2018][\p{L}\p{M}]+)*</c>
    /// would match it (dotted capitals "U.N.", or letters joined by apostrophes "Ra'ad"), written out because it
    /// runs over every character of every body; a zero length when no word is left.
    /// </summary>
    private static (int Index, int Length) NextWord(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!IsLetterOrMark(text[i]))
            {
                continue;
            }
            var j = i;
            while (j + 1 < text.Length && char.IsUpper(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }
            if (j - i >= 4)
            {
                return (i, j - i);
            }
            j = i + 1;
            while (true)
            {
                while (j < text.Length && IsLetterOrMark(text[j]))
                {
                    j++;
                }
                if (j + 1 < text.Length && text[j] is '\'' or '\u2019' or '\u02bc' or '\u2018' && IsLetterOrMark(text[j + 1]))
                {
                    j += 2;
                    continue;
                }
                return (i, j - i);
            }
        }
        return (text.Length, 0);
    }

    private static bool IsLetterOrMark(char c) =>
        char.IsAsciiLetter(c) || (c > '\u007f' && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark));

    [GeneratedRegex(@"\b(?<noun>(?i:towns?|villages?|cit(?:y|ies)|provinces?|districts?|suburbs?|neighbou?rhoods?|regions?|areas?|port|camp|governorate|countryside))\s+of\s+(?<list>(?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+(?:[ -](?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+)*(?:(?:,\s*(?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+(?:[ -](?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+)*)*,?\s+(?:and|or)\s+(?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+(?:[ -](?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+)*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedListRegex();

    [GeneratedRegex(@"(?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+(?:[ -](?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}[\p{L}'\u2019]+)*")]
    private static partial Regex MarkedNameRegex();

    [GeneratedRegex(@"(?:\b(?:in|near|of|outside|around|into|at|from|the)|\w['\u2019]s)\s+(?:(?:strategic|nearby|key|besieged|northern|southern|eastern|western|central|rebel-held|government-held)\s+)?(?<name>(?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}\p{L}*(?:['\u2019](?!s\b)\p{L}+)*(?:[ -](?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}\p{L}*(?:['\u2019](?!s\b)\p{L}+)*){0,2})\s+(?<noun>town|village|district|neighbou?rhood|suburb|plain|valley|city|area|dam|hospital|prison)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenNounRegex();

    // An appositive that says what the name is ("Mouadamiya, a suburb of Damascus", "Kafr Zeita, a town in Hama province").
    [GeneratedRegex(@"(?<!-)\b(?<name>(?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}\p{L}*(?:[ -](?:(?:al|el|ad|ar|as|az|ash)-)?\p{Lu}\p{L}*){0,2}),\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?<noun>town|village|suburb|district|neighbou?rhood|city)\s+(?:of|in|near|outside|on|north|south|east|west|northeast|northwest|southeast|southwest)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveNounRegex();

    // A capital (or a pair of them) followed by a verb of speaking or of taking a stand.
    [GeneratedRegex(@"^(?:\s*(?:,|and)\s+\p{Lu}[\p{L}.]*)?\s+(?:says|said|wants|wanted|insists|insisted|accuses|accused|denies|denied|confirms|confirmed|rejects|rejected|sponsored|sponsors|backed|backs|supports|supported|hopes|hoped|believes|believed|warned|warns|agreed|agrees|announced|announces|claims|claimed|blamed|blames|condemned|condemns|welcomed|welcomes|urged|urges|responded|demanded|demands|insisted|argued|argues|vowed|vows|pledged|threatened|threatens|refused|refuses|opposes|opposed)\b")]
    private static partial Regex CapitalSubjectRegex();

    // "Damascus has yet to confirm", "Moscow have said", "Washington is leading a coalition": a capital as the
    // subject of a verb phrase that only a government does.
    [GeneratedRegex(@"^(?:\s*(?:,|and)\s+\p{Lu}[\p{L}.]*)?\s+(?:(?:has|have|had)\s+yet\s+to\b|(?:has|have|had)\s+(?:also|already|repeatedly|long|not|so\s+far)?\s*(?:said|(?!witnessed|experienced|suffered|hosted|received|welcomed|remained|stayed|changed|grown|flourished)\w+ed)\b|(?:is|are|was|were)\s+(?:also\s+)?(?:leading|backing|pressing|seeking|trying|pushing|supporting|insisting|demanding|refusing|sending|negotiating)\b|(?:will|would)\s+(?:not\s+)?(?:halt|stop|accept|agree|support|send|attend|respond|continue)\b|(?:intensified|intervened|launched|sent|sought|signed|negotiated|deployed|expects|expected|intends|intended|plans|planned)\b)")]
    private static partial Regex CapitalAuxSubjectRegex();

    // "Moscow's intervention", "Damascus's position": what a government has, not what a city has.
    [GeneratedRegex(@"^['\u2019]s?\s+(?:own\s+)?(?:intervention|position|ally|allies|support|backing|policy|policies|role|stance|air\s+campaign|campaign|military|government|bombing|strikes|demands|plan|proposal|offensive|involvement|diplomacy|envoy|delegation|negotiators?)\b")]
    private static partial Regex CapitalPossessiveRegex();

    // "their relationship with Washington", "ties between Ankara and Moscow": a partner, not a place.
    [GeneratedRegex(@"\b(?:relations?|relationship|ties|alliance|partnership|rift|dispute|rapprochement)\s+(?:with|between)\s+(?:\p{Lu}[\p{L}.]*\s*(?:,|and)\s+)?$")]
    private static partial Regex RelationWithRegex();

    // "brokered by Washington and Moscow": the agent of a passive verb.
    [GeneratedRegex(@"\b[a-z]+(?:ed|en)\s+by\s+(?:\p{Lu}[\p{L}.]*\s*(?:,|and)\s+)?$")]
    private static partial Regex PassiveAgentRegex();

    [GeneratedRegex(@"\b(?:for|urged|urging|asked|pressed|pressing|called\s+on|calling\s+on)\s+$")]
    private static partial Regex ForSubjectRegex();

    [GeneratedRegex(@"^\s+to\s+[a-z]")]
    private static partial Regex InfinitiveAfterRegex();

    private sealed record Token(int Start, int End, string Text, string Folded, bool Upper, bool AllCaps, bool HyphenAfter,
        bool Possessive, bool SentenceStart);

    private sealed record Found(GazetteerPlace Place, PlaceKind Kind, int Start, int End, string Surface, int FirstToken,
        int LastToken, string GroupKey, Cue Cue = Cue.Strong);

    private sealed record Marked(int ListStart, int ListEnd, string Noun, string Pre, bool NounAfter = false);

    // What MatchAt works with across one body: the word lists it fills at each token (allocated once rather
    // than per capitalised word) and the words known to open no gazetteer name.
    private sealed class Scratch
    {
        public List<string> Words { get; } = new(MaxWords);

        public List<int> Ends { get; } = new(MaxWords);

        public HashSet<string> NoPlaceStartsWith { get; } = new(StringComparer.Ordinal);
    }
}
