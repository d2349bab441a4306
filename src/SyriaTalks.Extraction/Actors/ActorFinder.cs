using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SyriaTalks.Domain;
using SyriaTalks.Extraction.Quotes;
using SyriaTalks.Extraction.Sentences;
using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Actors;

/// <summary>An actor of one article while it is being read: its canonical name, kind, the names it went by and its mentions.</summary>
internal sealed class ActorRecord(string name, ActorKind kind)
{
    public string Name { get; set; } = name;

    public ActorKind Kind { get; set; } = kind;

    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    public int Mentions { get; set; }

    public bool Known { get; init; }

    public ExtractedActor ToExtracted() =>
        new(Name, Kind, [.. Aliases.Where(a => a != Name).Order(StringComparer.Ordinal)], Role, Affiliation, Mentions);
}

/// <summary>The actors of one article and where each is named.</summary>
internal sealed class ActorReading
{
    public List<ActorRecord> Actors { get; } = [];

    public List<(ActorRecord Actor, int Start, int End)> Mentions { get; } = [];

    /// <summary>The body these actors were read from, and its tokens: later stages reuse them instead of cutting the body again.</summary>
    public string? Text { get; init; }

    public List<Token>? Tokens { get; init; }

    /// <summary>The tokens of <paramref name="text"/>: those this reading cut when it read that very body, else cut now.</summary>
    public List<Token> TokensOf(string text) =>
        Tokens is not null && ReferenceEquals(Text, text) ? Tokens : Tokenizer.Tokenize(text, 0, text.Length);

    public ActorRecord? Find(string name) => Actors.FirstOrDefault(a => a.Name == name);

    /// <summary>The mentions inside [start, end), in text order.</summary>
    public IEnumerable<(ActorRecord Actor, int Start, int End)> In(int start, int end) =>
        Mentions.Where(m => m.Start >= start && m.End <= end);

    public IReadOnlyList<ActorMention> ToMentions() => [.. Mentions.Select(m => new ActorMention(m.Actor.Name, m.Start, m.End))];
}

/// <summary>
/// Finds people, organisations, states and armed groups without a statistical model: the curated actors and
/// states first, then capitalised spans read by their titles, given names, organisation head words and
/// acronym definitions; surnames, acronyms and spelling variants merge into one actor per article.
/// </summary>
internal static partial class ActorFinder
{
    private static readonly ActorLexicon Lexicon = ActorLexicon.Shared;

    // Capitalised at a sentence start without being a name.
    internal static readonly FrozenSet<string> Stop = new[]
    {
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "by", "from", "after", "before", "during",
        "while", "when", "if", "as", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her",
        "their", "its", "our", "my", "your", "you", "despite", "although", "though", "meanwhile", "however", "some", "many",
        "most", "other", "others", "another", "one", "two", "three", "four", "five", "several", "both", "all", "upon",
        "since", "until", "under", "over", "about", "according", "among", "asked", "speaking", "there", "here", "what",
        "who", "why", "how", "where", "which", "even", "still", "yet", "also", "only", "just", "now", "then", "last",
        "next", "earlier", "later", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "not", "no", "so", "such",
        "instead", "thus", "indeed", "because", "without", "within", "further", "fewer", "more", "less", "much", "each",
        "every", "any", "neither", "nor", "either", "mr", "mrs", "ms", "dr", "follow", "send", "read", "content",
        "editing", "reporting", "writing", "additional", "via", "western", "eastern", "northern", "southern", "islamic",
        "islamist", "muslim", "sunni", "shi'ite", "shiite", "alawite", "kurdish", "arab", "european", "christian",
        "christians", "sunnis", "shi'ites", "kurds", "arabs", "jihadist", "jihadists", "god", "allah", "internet", "eid",
        "ramadan",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Title words that stand before a name ("Foreign Minister Sergei Lavrov", "King Abdullah").
    private static readonly FrozenSet<string> Titles = new[]
    {
        "president", "minister", "secretary", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "king",
        "queen", "prince", "princess", "sheikh", "emir", "general", "gen", "colonel", "col", "lieutenant", "lt", "major",
        "maj", "captain", "capt", "commander", "admiral", "adm", "sergeant", "sgt", "senator", "sen", "representative",
        "rep", "governor", "gov", "mayor", "chancellor", "premier", "chairman", "chairwoman", "chief", "director",
        "deputy", "leader", "ayatollah", "pope", "judge", "justice", "commissioner", "coordinator", "negotiator", "mr",
        "mrs", "ms", "dr", "prof", "professor", "sir", "lord", "lady", "sultan", "crown", "speaker", "cleric", "imam",
        "brigadier", "marshal", "field", "chef", "head", "adviser", "advisor", "aide", "officer", "analyst", "economist",
        "rev", "reverend", "bishop", "patriarch", "pastor", "attorney", "candidate", "nominee", "congressman",
        "congresswoman", "councilman", "councilwoman", "delegate", "founder", "executive", "ceo", "sec",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Name particles: lower-case words inside names (de Mistura, Bashar al-Assad, bin Laden).
    internal static readonly FrozenSet<string> Particles = new[]
    {
        "al", "el", "de", "di", "da", "du", "del", "della", "van", "von", "der", "bin", "ibn", "ben", "la", "le", "abu", "abd", "ould",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Organisation words that make an armed group rather than an organisation.
    private static readonly FrozenSet<string> ArmedHeads = new[]
    {
        "front", "forces", "force", "brigade", "brigades", "battalion", "battalions", "division", "army", "militia",
        "militias", "guards", "guard", "corps", "regiment",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Locatives = new[]
    {
        "in", "into", "inside", "across", "throughout", "to", "from", "near", "around", "toward", "towards", "via", "at",
        "within", "outside", "over", "through", "entered", "entering", "left", "leave", "leaving", "visit", "visited",
        "visiting", "fled", "flee", "fleeing", "reach", "reached", "between", "neighboring", "neighbouring", "bordering",
        "borders", "bordered",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ActingWords = new[]
    {
        "has", "have", "had", "is", "was", "will", "would", "could", "should", "can", "may", "might", "must", "wants",
        "wanted", "did", "does", "does", "sees", "saw", "agreed", "agrees", "backs", "backed", "supports", "supported",
        "sent", "sends", "launched", "carried", "continues", "continued", "began", "began", "refused", "refuses",
        "appears", "appeared", "hopes", "hoped", "believes", "believed", "intends", "plans", "planned", "also", "has",
        "responded", "retaliated", "struck", "bombed", "attacked", "helped", "seeks", "sought",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ActorReading Find(string text, IReadOnlyList<PlaceMention> places)
    {
        // The body is cut into tokens once; a paragraph's tokens are the same as if it were cut alone, since
        // paragraphs are separated by white space, which no token crosses.
        var all = Tokenizer.Tokenize(text, 0, text.Length);
        var reading = new ActorReading { Text = text, Tokens = all };
        var byName = new Dictionary<string, ActorRecord>(StringComparer.Ordinal);
        var unknown = new List<Candidate>();
        var next = 0;
        foreach (var (pStart, pEnd) in SentenceSplitter.Paragraphs(text))
        {
            while (next < all.Count && all[next].Start < pStart)
            {
                next++;
            }
            var first = next;
            while (next < all.Count && all[next].End <= pEnd)
            {
                next++;
            }
            if (IsNotStory(text, pStart, pEnd))
            {
                continue;
            }
            var tokens = all.GetRange(first, next - first);
            var i = 0;
            while (i < tokens.Count)
            {
                // "a Syrian interior ministry statement": the state's ministry, an actor of its own
                if (tokens[i].IsCapitalised && IsStateDemonym(tokens[i].Text) && MinistryEnd(tokens, i + 1) is { } m)
                {
                    unknown.Add(new Candidate(text[tokens[i].Start..tokens[m].End], tokens[i].Start, tokens[m].End, ActorKind.Organization, false, null, false));
                }
                var match = MatchKnownOrPlace(tokens, i, byName);
                if (match is { IsPlace: true } place)
                {
                    i += place.Length;
                    continue;
                }
                if (match is { } known)
                {
                    var (entry, length, _) = known;
                    var record = Record(byName, reading, entry.Actor);
                    var alias = text[tokens[i].Start..tokens[i + length - 1].End];
                    record.Aliases.Add(alias);
                    AddMention(reading, record, tokens[i].Start, tokens[i + length - 1].End);
                    i += length;
                    continue;
                }
                if (StartsName(tokens, i))
                {
                    var j = i;
                    while (j < tokens.Count && ContinuesName(tokens, j, i) && (j == i || !StartsKnownName(tokens, j, byName)))
                    {
                        j++;
                    }
                    // a connector or particle never ends a name
                    while (j > i + 1 && !tokens[j - 1].IsCapitalised && !IsPrefixedName(tokens[j - 1].Text))
                    {
                        j--;
                    }
                    j = EndOfEmployer(tokens, i, j);
                    if (j > i)
                    {
                        var candidate = Classify(text, tokens, i, j, places);
                        if (candidate is not null)
                        {
                            unknown.Add(candidate);
                        }
                        i = j;
                        continue;
                    }
                }
                i++;
            }
        }
        MergeUnknown(text, reading, byName, unknown);
        SpellOutAcronyms(text, reading);
        DefineAcronyms(reading, byName);
        MergeGlosses(text, reading, byName);
        UseArticleSpelling(reading);
        reading.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return reading;
    }

    /// <summary>Subheads in capitals and credit lines ("(Reporting by ...; Editing by ...)") name no news actors.</summary>
    internal static bool IsNotStory(string text, int start, int end)
    {
        var p = text.AsSpan(start, end - start);
        if (!p.ContainsAnyExceptInRange('A', 'Z') || (p.Length < 80 && !ContainsLower(p)))
        {
            return true;
        }
        // a short line in title case without a full stop is a byline or a page label ("Russ Read Pentagon/Foreign Policy Reporter")
        if (p.Length < 80 && p[^1] is not ('.' or '!' or '?' or '"' or '\u201D') && !p.Contains(':'))
        {
            var words = p.ToString().Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToList();
            if (words.Count >= 2 && words.All(w => char.IsUpper(w[0])))
            {
                return true;
            }
        }
        return (p.Length > 0 && p[0] == '(' && (p.Contains("eporting", StringComparison.Ordinal)
            || p.Contains("diting by", StringComparison.Ordinal) || p.Contains("riting by", StringComparison.Ordinal)))
            || CreditLine.Is(p);
    }

    private static bool ContainsLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    private static (AliasEntry Entry, int Length)? MatchKnown(List<Token> tokens, int i, Dictionary<string, ActorRecord> byName) =>
        MatchKnownOrPlace(tokens, i, byName) is { IsPlace: false } m ? (m.Entry, m.Length) : null;

    // Media and other nouns a demonym modifies without naming its state: "the German newspaper Handelsblatt".
    private static readonly FrozenSet<string> Legislatures = new[]
    {
        "congress", "parliament", "senate", "knesset", "duma", "majlis",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "and", "or", "but", "to", "on", "for", "in", "of", "as", "by", "with", "that", "which", "who", "over", "after",
        "before", "this", "last", "next", "at", "from", "if", "when", "until", "about", "against", "into", "itself",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "a Senate seat", "Senate committees": the legislature qualifies a noun; "the next Parliament" is a term of it.
    private static bool ModifiesOrIsATerm(List<Token> tokens, int a, int j)
    {
        if (a > 0 && tokens[a - 1].Text.ToLowerInvariant() is "next" or "last" or "previous" or "current" or "new" or "hung" or "this")
        {
            return true;
        }
        if (j >= tokens.Count || tokens[j].IsCapitalised || !tokens[j].Text.Any(char.IsLetter))
        {
            return false;
        }
        var w = tokens[j].Text.ToLowerInvariant();
        return !(FunctionWords.Contains(w) || Acts(tokens, j) || w.EndsWith("ed", StringComparison.Ordinal));
    }

    // languages, which describe a medium ("Arabic news channel") without naming an actor
    private static readonly FrozenSet<string> Languages = new[]
    {
        "arabic", "english", "persian", "farsi", "hebrew", "urdu", "french", "german", "spanish", "russian", "turkish", "kurdish", "chinese",
    }.ToFrozenSet(StringComparer.Ordinal);

    // words of a web page's furniture around a story, never part of a news actor's name
    private static readonly FrozenSet<string> Furniture = new[]
    {
        "related", "slideshow", "showcase", "category", "schedule", "youtube", "android", "iphone", "subscribe", "newsletter",
        "login", "advertisement", "hotels", "homepage", "podcast", "podcasts",
    }.ToFrozenSet(StringComparer.Ordinal);

    // verbs that end a headline written in title case ("Syrian Army Kills ...")
    private static readonly FrozenSet<string> HeadlineVerbs = new[]
    {
        "kills", "bombs", "hits", "says", "confirms", "denies", "diverts", "warns", "slams", "claims", "seizes", "captures", "retakes",
        "destroys", "shells", "urges", "vows", "reports", "blames", "condemns", "rejects", "launches", "announces",
    }.ToFrozenSet(StringComparer.Ordinal);

    // prepositions that title case capitalises inside a headline but a name writes in lower case ("Strike Near Raqqa")
    private static readonly FrozenSet<string> TitleCasePrepositions = new[]
    {
        "Near", "After", "Against", "Amid", "Over", "Into", "With", "On", "In", "At", "To", "From", "By", "Despite", "As",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"School Near Raqqa Delivered", "Syrian Army Kills", "Related News": a headline in title case or page
    /// furniture, which runs of capitals in a flattened page are made of as often as names.</summary>
    private static bool IsHeadlineOrFurniture(List<Token> words, List<string> lower)
    {
        if (lower.Any(Furniture.Contains))
        {
            return true;
        }
        if (words.Count < 3)
        {
            return false;
        }
        var last = lower[^1];
        if (lower.Skip(1).Any(HeadlineVerbs.Contains) || last.Length > 4 && last.EndsWith("ed", StringComparison.Ordinal) && Lexicon.CommonWords.Contains(last))
        {
            return true;
        }
        // ("the Washington Institute for Near East Policy": the Near East is a region)
        return Enumerable.Range(1, words.Count - 2).Any(k => TitleCasePrepositions.Contains(words[k].Text) && !(words[k].Text == "Near" && lower[k + 1] == "east"));
    }

    // "syrian", "iranian", "iraqi": a country's name with a demonym ending
    private static bool IsDemonym(string lower)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["n", "an", "ian", "i", "ese"])
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal) && Lexicon.Places.Contains(lower[..^suffix.Length]))
            {
                return true;
            }
        }
        return false;
    }

    // plural head words of bodies made of several: "Local Coordination Committees"
    private static readonly FrozenSet<string> PluralHeads = new[]
    {
        "committees", "councils", "brigades", "battalions", "commissions", "unions", "ministries",
    }.ToFrozenSet(StringComparer.Ordinal);

    // nouns after which a name is a group's: "the rebel group Fastaqim"
    private static readonly FrozenSet<string> GroupNouns = new[]
    {
        "group", "militia", "faction", "brigade", "brigades", "movement", "party", "organisation", "organization", "outfit", "battalion",
    }.ToFrozenSet(StringComparer.Ordinal);

    // nouns naming a medium: "the German newspaper Handelsblatt", "state news agency SANA"
    internal static readonly FrozenSet<string> MediaNouns = new[]
    {
        "newspaper", "daily", "weekly", "agency", "broadcaster", "television", "tv", "channel", "network", "magazine",
        "website", "radio", "paper", "outlet", "news", "station",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsLocative(List<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }
        var prev = tokens[i - 1].Text.ToLowerInvariant();
        if (Locatives.Contains(prev))
        {
            return true;
        }
        // "in both Iraq and Syria", "from either Turkey or Jordan"
        if (prev is "both" or "either" && i > 1 && Locatives.Contains(tokens[i - 2].Text.ToLowerInvariant()))
        {
            return true;
        }
        // "borders with Turkey", "leaving for Greece"
        if (i > 1 && (prev == "with" && tokens[i - 2].Text.StartsWith("border", StringComparison.OrdinalIgnoreCase)
            || prev == "for" && tokens[i - 2].Text.ToLowerInvariant() is "leaving" or "left" or "leave" or "headed" or "bound" or "heading"))
        {
            return true;
        }
        // "northern Iraq", "eastern Syria": a part of the country, not its state
        if (prev is "northern" or "southern" or "eastern" or "western" or "central" or "northeastern" or "northwestern" or "southeastern"
            or "southwestern")
        {
            return true;
        }
        // "parts of Iraq", "north of Syria": a country after a geographic noun and "of"
        if (prev == "of" && i > 1 && tokens[i - 2].Text.ToLowerInvariant() is "parts" or "part" or "areas" or "area" or "north" or "south"
            or "swathes" or "swaths" or "stretches" or "much"
            or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest" or "city" or "province" or "region"
            or "border" or "borders" or "capital" or "rest" or "territory" or "outskirts" or "coast" or "regions" or "provinces" or "cities")
        {
            return true;
        }
        // "Munich, Germany": a country after a place and a comma
        return prev == "," && i > 1 && tokens[i - 2].IsCapitalised && Lexicon.Places.Contains(tokens[i - 2].Text.ToLowerInvariant());
    }

    private static (AliasEntry Entry, int Length, bool IsPlace)? MatchKnownOrPlace(List<Token> tokens, int i, Dictionary<string, ActorRecord> byName)
    {
        var word = tokens[i].Text;
        if (word.Length == 0 || !Lexicon.AliasInitials.Contains(word[0]))
        {
            return null;
        }
        if (!Lexicon.AliasesByFirstWord.TryGetValue(word, out var entries))
        {
            // "Al-Qaedas branch", "Russias army": a one-word name whose possessive apostrophe the text lost
            return word.Length > 4 && word[^1] == 's' && i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalised
                && Lexicon.AliasesByFirstWord.TryGetValue(word[..^1], out var owners)
                && owners.FirstOrDefault(e => e.Words.Length == 1 && !e.NeedsIntroduction && !e.OnlyActing) is { } owner
                ? (owner, 1, false) : null;
        }
        foreach (var entry in entries)
        {
            var n = entry.Words.Length;
            if (i + n > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < n && ok; k++)
            {
                ok = tokens[i + k].Text == entry.Words[k];
            }
            if (!ok)
            {
                continue;
            }
            // an organisation alias followed by an organisation word is part of a longer name: "Syrian Observatory"
            if (entry.Actor.Kind != ActorKind.Person && IsPartOfLongerName(tokens, i + n))
            {
                continue;
            }
            // "Hezbollah al-Nujaba": a group's name followed by an Arabic name of its own is another group
            // (but "Ahrar al-Shams leader" is Ahrar al-Sham's, its apostrophe lost)
            if (entry.Actor.Kind is ActorKind.ArmedGroup && n == 1 && i + 1 < tokens.Count && IsPrefixedName(tokens[i + 1].Text)
                && !entry.Actor.Name.Contains(tokens[i + 1].Text.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)
                // ("Like ISIL Al-Nusra is", "Nusra al-Qaedas affiliate": another known name, its comma or apostrophe lost)
                && !IsKnownWord(tokens[i + 1].Text) && !IsKnownWord(tokens[i + 1].Text.TrimEnd('s')))
            {
                continue;
            }
            if (entry.Actor.Kind == ActorKind.State && n == 1 && i > 0 && tokens[i - 1].IsCapitalised
                && Lexicon.FirstNames.Contains(tokens[i - 1].Text.ToLowerInvariant()))
            {
                continue; // "Jim Jordan", "Chuck Jordan": a surname, not the state
            }
            if (entry.NeedsIntroduction && !byName.ContainsKey(entry.Actor.Name))
            {
                continue;
            }
            if (entry.OnlyActing && (!Acts(tokens, i + n) || IsLocative(tokens, i) || InLocativeList(tokens, i, byName)))
            {
                continue;
            }
            // "a British-based monitoring group": where something is based, not who acts
            if (entry.Actor.Kind == ActorKind.State && i + n + 1 < tokens.Count && tokens[i + n].Text == "-"
                && tokens[i + n + 1].Text is "based" or "born" or "made" or "style" or "era")
            {
                return (entry, n, true);
            }
            if (entry.Actor.Kind == ActorKind.State && entry.IsCountryName && !Acts(tokens, i + n)
                && (IsLocative(tokens, i) || InLocativeList(tokens, i, byName)))
            {
                return (entry, n, true); // "in Iraq", "in Iraq and Syria" name places; "Iraq said" a state
            }
            if (entry.Actor.Kind == ActorKind.State && !entry.IsCountryName && i + n < tokens.Count
                && MediaNouns.Contains(tokens[i + n].Text.ToLowerInvariant()))
            {
                return (entry, n, true); // "the German newspaper": no state acts
            }
            if (entry.Actor.Kind == ActorKind.State && EndsInOrgHead(tokens, i + n))
            {
                return null; // "Russian Foreign Ministry", "Syrian American Medical Society": an organisation, read as a span
            }
            if (entry.Actor.Kind == ActorKind.State && !entry.IsCountryName && DescribesWhereOrWhose(tokens, i + n, byName))
            {
                return (entry, n, true); // "the Turkish border", "Lebanese Hezbollah": no state acts
            }
            return (entry, n, false);
        }
        return null;
    }

    // buildings and sites a name before them names, not an actor: "the Akrameh al-Makhzumi school"
    private static readonly FrozenSet<string> Facilities = new[]
    {
        "school", "hospital", "mosque", "church", "camp", "square", "street", "neighborhood", "neighbourhood", "district",
        "airport", "airbase", "dam", "bridge", "prison", "stadium", "market", "crossing", "highway", "road", "checkpoint",
        "clinic", "bakery",
    }.ToFrozenSet(StringComparer.Ordinal);

    // nouns of land a demonym locates ("the Turkish border", "the Swiss city"): where, not who acts
    private static readonly FrozenSet<string> LandNouns = new[]
    {
        "border", "borders", "frontier", "city", "cities", "town", "towns", "village", "villages", "capital", "province",
        "provinces", "region", "coast", "coastline", "port", "soil", "territory", "countryside", "desert", "island", "islands",
        "mountains", "airspace", "waters",
    }.ToFrozenSet(StringComparer.Ordinal);

    // communities a demonym places in a country without making its state act ("an Iraqi Shiite movement")
    private static readonly FrozenSet<string> Communities = new[]
    {
        "shiite", "shia", "sunni", "kurdish", "kurd", "kurds", "christian", "christians", "druze", "alawite", "alawites",
        "turkmen", "yazidi", "yazidis",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>After a demonym: a noun of land, a community or a known group, which the demonym only locates
    /// ("the Turkish border", "the Iraqi city of Mosul", "Iraqi Shiite fighters", "Lebanese Hezbollah").</summary>
    private static bool DescribesWhereOrWhose(List<Token> tokens, int next, Dictionary<string, ActorRecord> byName)
    {
        if (next >= tokens.Count || !tokens[next].IsWord)
        {
            return false;
        }
        var w = tokens[next].Text.ToLowerInvariant();
        if (LandNouns.Contains(w) && !tokens[next].IsCapitalised || Communities.Contains(w))
        {
            return true;
        }
        return MatchKnown(tokens, next, byName) is { Entry.Actor.Kind: ActorKind.ArmedGroup or ActorKind.Organization };
    }

    // a word opening a known actor's name, in either case of its article ("al-Nusra", "Al-Nusra")
    private static bool IsKnownWord(string word) =>
        word.Length > 0 && (Lexicon.AliasesByFirstWord.ContainsKey(word)
            || Lexicon.AliasesByFirstWord.ContainsKey((char.IsUpper(word[0]) ? char.ToLowerInvariant(word[0]) : char.ToUpperInvariant(word[0])) + word[1..]));

    // "Syria", "Turkey": a country's own name (not a city's, which opens names like "Aleppo Police Command")
    private static bool IsCountry(string word) => IsOneWordState(word, e => e.Actor.Name == word || word == "Syria");

    // "Syrian", "Turkish", "French": a one-word demonym of a state
    // ("Russias defence ministry": a country's possessive whose apostrophe the text lost)
    private static bool IsStateDemonym(string word) =>
        IsDemonym(word.ToLowerInvariant()) || IsOneWordState(word, e => !e.IsCountryName)
        || word.Length > 4 && word[^1] == 's' && IsOneWordState(word[..^1], e => e.IsCountryName);

    // the word is a one-word alias of a state, and that alias passes the test
    private static bool IsOneWordState(string word, Func<AliasEntry, bool> which) =>
        Lexicon.AliasesByFirstWord.TryGetValue(word, out var entries)
        && entries.Any(e => e.Words.Length == 1 && e.Actor.Kind == ActorKind.State && which(e));

    /// <summary>"(Syrian) interior ministry", "(Russian) defence ministry": the lower-case ministry a demonym names, up to its head word.</summary>
    private static int? MinistryEnd(List<Token> tokens, int next)
    {
        for (var k = next; k < tokens.Count && k < next + 3; k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalised)
            {
                return null;
            }
            if (tokens[k].Text is "ministry")
            {
                return k > next ? k : null;
            }
        }
        return null;
    }

    /// <summary>"Pathologist at the Aleppo University Hashim told reporters": where a text lost its commas, the name of the
    /// person after their employer's ends the employer, when that name is what speaks.</summary>
    private static int EndOfEmployer(List<Token> tokens, int i, int j)
    {
        if (j >= tokens.Count || !SpeechVerbs.IsSpeechVerb(tokens[j].Text.ToLowerInvariant()) || !RoleBeforeEmployer(tokens, i))
        {
            return j;
        }
        for (var h = j - 2; h > i; h--)
        {
            if (Lexicon.OrgHeads.Contains(tokens[h].Text.ToLowerInvariant()))
            {
                var tail = tokens.GetRange(h + 1, j - h - 1);
                return tail.Count <= 3 && tail.All(t => t.IsCapitalised && !t.IsAllCaps) && !Lexicon.OrgHeads.Contains(tail[^1].Text.ToLowerInvariant())
                    && !Lexicon.CommonWords.Contains(tail[0].Text.ToLowerInvariant()) && !Lexicon.Places.Contains(tail[0].Text.ToLowerInvariant())
                    ? h + 1 : j;
            }
        }
        return j;
    }

    // "pathologist at the", "head of the", "spokesman for": a role noun before the employer's name
    private static bool RoleBeforeEmployer(List<Token> tokens, int i) => EmployeeRole(tokens, i) is not null;

    private static string? EmployeeRole(List<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Text == "the")
        {
            k--;
        }
        if (k < 1 || tokens[k].Text is not ("at" or "of" or "for"))
        {
            return null;
        }
        // ("pathologist", "physician": trades the role list may lack)
        var role = tokens[k - 1].Text.ToLowerInvariant();
        return Lexicon.RoleNouns.Contains(role) || role.Length > 5 && (role.EndsWith("ist", StringComparison.Ordinal) || role.EndsWith("ician", StringComparison.Ordinal))
            ? role : null;
    }

    // the role of a one-name speaker named right after their employer ("Pathologist at the Aleppo University Hashim told")
    private static string? RoleAtEmployerBefore(List<Token> tokens, int a)
    {
        if (a < 2 || !Lexicon.OrgHeads.Contains(tokens[a - 1].Text.ToLowerInvariant()) || !tokens[a - 1].IsCapitalised)
        {
            return null;
        }
        var s = a - 1;
        while (s > 0 && tokens[s - 1].IsCapitalised && a - s < 6)
        {
            s--;
        }
        return EmployeeRole(tokens, s);
    }

    // "in Turkey, Iraq and Saudi Arabia": a country listed after a located one is located too
    private static bool InLocativeList(List<Token> tokens, int i, Dictionary<string, ActorRecord> byName)
    {
        var k = i - 1;
        if (k < 1 || tokens[k].Text is not ("and" or "or" or ","))
        {
            return false;
        }
        // walk back over the previous conjunct (one to three capitalised words) to what stands before it
        var c = k - 1;
        var words = 0;
        while (c >= 0 && tokens[c].IsCapitalised && words < 3)
        {
            c--;
            words++;
        }
        if (words == 0)
        {
            return false;
        }
        return IsLocative(tokens, c + 1) || (c >= 1 && tokens[c].Text is "," or "and" && InLocativeList(tokens, c + 1, byName));
    }

    // a known name inside a capitalised span ends the span, but a bare surname does not: "Bashar al-Zoubi" is not "al-Zoubi"
    private static bool StartsKnownName(List<Token> tokens, int j, Dictionary<string, ActorRecord> byName) =>
        MatchKnown(tokens, j, byName) is { } m && (m.Length > 1 || m.Entry.Actor.Kind != ActorKind.Person);

    private static bool EndsInOrgHead(List<Token> tokens, int next)
    {
        for (var k = next; k < tokens.Count && k < next + 6; k++)
        {
            if (!tokens[k].IsCapitalised && tokens[k].Text is not ("of" or "for" or "the" or "and"))
            {
                return false;
            }
            if (tokens[k].IsCapitalised && Lexicon.OrgHeads.Contains(tokens[k].Text.ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPartOfLongerName(List<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].IsCapitalised && Lexicon.OrgHeads.Contains(tokens[next].Text.ToLowerInvariant());

    private static bool Acts(List<Token> tokens, int next)
    {
        if (next >= tokens.Count)
        {
            return false;
        }
        var w = tokens[next].Text.ToLowerInvariant();
        if (w is "'s" or "\u2019s")
        {
            return true;
        }
        return ActingWords.Contains(w) || SpeechVerbs.IsSpeechVerb(w);
    }

    private static ActorRecord Record(Dictionary<string, ActorRecord> byName, ActorReading reading, KnownActor actor)
    {
        if (!byName.TryGetValue(actor.Name, out var record))
        {
            record = new ActorRecord(actor.Name, actor.Kind) { Known = true, Role = actor.Role, Affiliation = actor.Affiliation };
            byName[actor.Name] = record;
            reading.Actors.Add(record);
        }
        return record;
    }

    private static void AddMention(ActorReading reading, ActorRecord record, int start, int end)
    {
        record.Mentions++;
        reading.Mentions.Add((record, start, end));
    }

    private static bool IsPrefixedName(string word) =>
        word.Length > 3 && word[2] == '-' && char.IsUpper(word[3]) && Particles.Contains(word[..2]);

    private static bool StartsName(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return false;
        }
        if (t.IsCapitalised)
        {
            return true;
        }
        if (IsPrefixedName(t.Text))
        {
            return true; // al-Assad, el-Sisi
        }
        // "de Mistura", "al Hussein"
        return Particles.Contains(t.Text) && i + 1 < tokens.Count && (tokens[i + 1].IsCapitalised || IsPrefixedName(tokens[i + 1].Text));
    }

    private static bool ContinuesName(List<Token> tokens, int j, int start)
    {
        var t = tokens[j];
        if (j == start)
        {
            return true;
        }
        if (t.IsCapitalised && t.IsWord || IsPrefixedName(t.Text))
        {
            return true;
        }
        var orgSoFar = false;
        for (var k = start; k < j; k++)
        {
            orgSoFar |= tokens[k].IsCapitalised && Lexicon.OrgHeads.Contains(tokens[k].Text.ToLowerInvariant());
        }
        if (j + 1 < tokens.Count && (tokens[j + 1].IsCapitalised || IsPrefixedName(tokens[j + 1].Text)))
        {
            // connectors inside names: Organisation for the Prohibition of Chemical Weapons, Committee on Foreign Relations
            if (Stop.Contains(tokens[j + 1].Text.ToLowerInvariant()))
            {
                return false; // "the German Cabinet on Wednesday"
            }
            // "Vindman and Williams", "Tova Noel and Michael Thomas": "and" joins two names, unless an organisation word
            // shows one name ("Ministry of Foreign Affairs and Expatriates", "Trade and Industry Ministry")
            if (t.Text == "and")
            {
                return orgSoFar || OrgHeadAhead(tokens, j + 1);
            }
            return t.Text is "of" or "for" or "&" || (t.Text is "on" or "the" && orgSoFar) || Particles.Contains(t.Text);
        }
        // "Institute for the Study of War", but not "Fadi Ahmad of the First Coastal Division"
        if (orgSoFar && t.Text is "of" or "for" or "on" && j + 2 < tokens.Count && tokens[j + 1].Text == "the" && tokens[j + 2].IsCapitalised)
        {
            return true;
        }
        return false;
    }

    private static bool OrgHeadAhead(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && (tokens[k].IsCapitalised || tokens[k].Text is "of" or "for" or "the"); k++)
        {
            if (tokens[k].IsCapitalised && Lexicon.OrgHeads.Contains(tokens[k].Text.ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A capitalised span read on its own: the name it holds (titles and sentence openers left out) and what it is.</summary>
    private sealed record Candidate(string Name, int Start, int End, ActorKind? Kind, bool HasTitle, string? Title, bool Single);

    private static Candidate? Classify(string text, List<Token> tokens, int i, int j, IReadOnlyList<PlaceMention> places)
    {
        // "[L5N17V4IO]": a wire service's story code mixes capitals and digits; no name does
        if (j - i == 1 && tokens[i].Text.Length >= 6 && tokens[i].Text.Count(char.IsDigit) >= 2 && tokens[i].Text.All(char.IsLetterOrDigit))
        {
            return null;
        }
        // sentence openers and titles come off the front
        var a = i;
        string? title = null;
        var hasTitle = false;
        // "He Jianxiong, the former director": the Chinese surname He, not the pronoun, when an uncommon name follows
        var surnameHe = tokens[i].Text == "He" && j - i >= 2 && j - i <= 3 && tokens[i + 1].IsCapitalised
            && !Stop.Contains(tokens[i + 1].Text.ToLowerInvariant()) && !Lexicon.CommonWords.Contains(tokens[i + 1].Text.ToLowerInvariant())
            && !Lexicon.FirstNames.Contains(tokens[i + 1].Text.ToLowerInvariant()) && !Lexicon.Places.Contains(tokens[i + 1].Text.ToLowerInvariant());
        while (!surnameHe && a < j && (Stop.Contains(tokens[a].Text.ToLowerInvariant()) && (a == i) || (!tokens[a].IsCapitalised && !IsPrefixedName(tokens[a].Text) && !Particles.Contains(tokens[a].Text))))
        {
            a++;
        }
        // "Executive Council", "Office of the President": a span ending in an organisation word holds no title
        var endsInHead = j - a > 1 && Lexicon.OrgHeads.Contains(tokens[j - 1].Text.ToLowerInvariant());
        for (var k = j - 1; k >= a && !endsInHead; k--)
        {
            if (IsTitle(tokens[k].Text))
            {
                if (k + 1 < j && tokens[k + 1].Text is "of" or "for" or "the" or "and")
                {
                    // "Minister of State for Foreign Affairs Anwar Gargash": the name starts at the given name
                    var given = -1;
                    for (var g = j - 2; g > k; g--)
                    {
                        if (Lexicon.FirstNames.Contains(tokens[g].Text.ToLowerInvariant()))
                        {
                            given = g;
                            break;
                        }
                    }
                    if (given < 0)
                    {
                        return null; // "Secretary of State", "Minister for Refugees": all title, no name
                    }
                    hasTitle = true;
                    title = text[tokens[a].Start..tokens[given - 1].End];
                    a = given;
                    break;
                }
                if (k + 1 < j)
                {
                    hasTitle = true;
                    title = text[tokens[a].Start..tokens[k].End];
                    a = k + 1;
                }
                break;
            }
        }
        // "Russia's", "Assad's": a possessive ends the name
        if (a >= j)
        {
            return null;
        }
        // "Damascus The White House": a missing full stop joins two sentences; a capitalised "The" inside starts anew
        for (var k = a + 1; k < j; k++)
        {
            if (tokens[k].IsCapitalised && Stop.Contains(tokens[k].Text.ToLowerInvariant()) && tokens[k].Text is not ("Of" or "For"))
            {
                j = k;
                break;
            }
        }
        // "Al-Qaedas branch in Syria Al-Nusra Front said" (the comma lost): a country opening a group's name is where it is
        if (j - a >= 3 && IsCountry(tokens[a].Text) && a > 0 && Locatives.Contains(tokens[a - 1].Text)
            && Lexicon.OrgHeads.Contains(tokens[j - 1].Text.ToLowerInvariant()))
        {
            a++;
        }
        // "Democratic Sen. Claire McCaskill", "Unlike Patriot": a common word opening the span is no part of a name
        var hasHead = false;
        for (var k = a; k < j; k++)
        {
            hasHead |= k > a && Lexicon.OrgHeads.Contains(tokens[k].Text.ToLowerInvariant());
        }
        // (after a title the name has begun: "President Park Geun-hye")
        while (!hasHead && !surnameHe && !hasTitle && a < j - 1 && (Lexicon.CommonWords.Contains(tokens[a].Text.ToLowerInvariant()) || Lexicon.RoleNouns.Contains(tokens[a].Text.ToLowerInvariant()))
            && !Lexicon.FirstNames.Contains(tokens[a].Text.ToLowerInvariant()) && !IsTitle(tokens[a].Text))
        {
            a++;
        }
        if (!hasHead && j - a == 1 && Lexicon.CommonWords.Contains(tokens[a].Text.ToLowerInvariant()) && !Lexicon.FirstNames.Contains(tokens[a].Text.ToLowerInvariant()))
        {
            return null;
        }
        var words = tokens.GetRange(a, j - a);
        var start = words[0].Start;
        var end = words[^1].End;
        var name = text[start..end];
        var lower = name.ToLowerInvariant();
        // "the opposition "Cham" TV network": an outlet's name in quotation marks before its medium, whatever else it names
        if (a > 0 && j + 1 < tokens.Count && tokens[a - 1].Text is "\"" or "\u201C" && tokens[j].Text is "\"" or "\u201D"
            && MediaNouns.Contains(tokens[j + 1].Text.ToLowerInvariant()) && words.Count <= 3 && !Stop.Contains(lower))
        {
            return new Candidate(name, start, end, ActorKind.Organization, false, null, false);
        }
        if (Stop.Contains(lower) || Lexicon.Places.Contains(lower) || Lexicon.Places.Contains(lower.Replace("-", " ")))
        {
            return null;
        }
        if (places.Any(p => p.Start <= start && p.End >= end))
        {
            return null;
        }
        var lowerWords = words.Select(w => w.Text.ToLowerInvariant()).ToList();
        if (IsHeadlineOrFurniture(words, lowerWords))
        {
            return null;
        }
        // "the Akrameh al-Makhzumi school", "the al-Dabit hospital": a name before a lower-case facility names the building
        if (j < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalised && Facilities.Contains(tokens[j].Text)
            && !Lexicon.OrgHeads.Contains(lowerWords[^1]))
        {
            return null;
        }
        // "Arabic news channel Arabiya al-Hadath", "Syrian television": a language or a demonym before a lower-case noun
        // describes it
        if (words.Count == 1 && (Languages.Contains(lower) || IsDemonym(lower)) && j < tokens.Count && !tokens[j].IsCapitalised && tokens[j].IsWord)
        {
            return null;
        }
        // "the Aleppo-based rebel group Fastaqim", "the militia Liwa al-Quds": a name right after a group noun is the group's
        if (a > 0 && !tokens[a - 1].IsCapitalised && GroupNouns.Contains(tokens[a - 1].Text.ToLowerInvariant()) && words.Count <= 4
            && !Lexicon.FirstNames.Contains(lowerWords[0]) && !(j < tokens.Count && tokens[j].IsCapitalised))
        {
            var armed = tokens[a - 1].Text.ToLowerInvariant() is not ("party" or "movement" or "organisation" or "organization")
                || a > 1 && tokens[a - 2].Text.ToLowerInvariant() is "rebel" or "armed" or "militant" or "insurgent" or "jihadist" or "islamist";
            return new Candidate(name, start, end, armed ? ActorKind.ArmedGroup : ActorKind.Organization, false, null, false);
        }
        // "Amaq, a news agency close to Islamic State, said": an apposition naming an organisation's kind
        // (the apposition's own words up to a preposition or a clause: "a military spokesman" is a person's)
        var apposition = j + 2 < tokens.Count && tokens[j].Text == "," && tokens[j + 1].Text is "a" or "an" or "the"
            ? tokens.Skip(j + 2).Take(6).TakeWhile(t => t.IsWord && !t.IsCapitalised && !FunctionWords.Contains(t.Text) && t.Text is not ("close" or "linked" or "based" or "who"))
                .Select(t => t.Text.ToLowerInvariant()).ToList()
            : [];
        if (apposition.Count is > 0 and <= 4 && (Lexicon.OrgHeads.Contains(apposition[^1]) || MediaNouns.Contains(apposition[^1]))
            && apposition[^1] is not ("republic" or "region" or "province" or "state" or "territory" or "city" or "town" or "village" or "country")
            && !apposition.Any(w => Lexicon.RoleNouns.Contains(w) || w.EndsWith("-old", StringComparison.Ordinal)))
        {
            var armed = tokens.Skip(j + 2).Take(3).Any(t => ArmedHeads.Contains(t.Text.ToLowerInvariant()));
            return new Candidate(name, start, end, armed ? ActorKind.ArmedGroup : ActorKind.Organization, false, null, false);
        }
        // "TV network", "News": a medium's own words name no outlet
        if (lowerWords.All(MediaNouns.Contains))
        {
            return null;
        }
        // "the German newspaper Handelsblatt", "told CNN-Turk television", "pan-Arab newspaper Al Hayat"
        if (a > 0 && MediaNouns.Contains(tokens[a - 1].Text.ToLowerInvariant()) || j < tokens.Count && MediaNouns.Contains(tokens[j].Text.ToLowerInvariant()) && !tokens[j].IsCapitalised)
        {
            return new Candidate(name, start, end, ActorKind.Organization, false, null, false);
        }
        if (words.Count == 1 && IsAcronym(words[0].Text))
        {
            return new Candidate(name, start, end, ActorKind.Organization, false, null, true);
        }
        if (words.Count > 1 && words.All(w => w.IsAllCaps))
        {
            return null; // SHOUTED words are headings, not names ("CONGRESS HAS INVESTIGATED HIM — ...")
        }
        // "Veto Power Impedes Peace Efforts: ...": a run-in head opening a paragraph, not a name
        if (i == 0 && j - i >= 4 && j < tokens.Count && tokens[j].Text is ":" or "\u2014" or "\u2013" or "-")
        {
            return null;
        }
        // "Local Coordination Committees": a plural head word heads a name too
        var headIndex = lowerWords.FindLastIndex(w => Lexicon.OrgHeads.Contains(w) || PluralHeads.Contains(w));
        if (headIndex > 0 || (headIndex == 0 && words.Count > 1 && (lowerWords[1] is "of" or "for" || words.Count > 2)))
        {
            var kind = lowerWords.Any(ArmedHeads.Contains) ? ActorKind.ArmedGroup : ActorKind.Organization;
            return new Candidate(name, start, end, kind, false, null, false);
        }
        // "Hezbollah al-Nujaba": a known group's name before an Arabic name of its own names another group
        if (words.Count is 2 or 3 && words.Skip(1).All(w => IsPrefixedName(w.Text)) && Lexicon.AliasesByFirstWord.TryGetValue(words[0].Text, out var group)
            && group.Any(e => e.Words.Length == 1 && e.Actor.Kind == ActorKind.ArmedGroup))
        {
            return new Candidate(name, start, end, ActorKind.ArmedGroup, false, null, false);
        }
        var isPerson = hasTitle
            || (words.Count >= 2 && words.Count <= 5 && (Lexicon.FirstNames.Contains(lowerWords[0]) || lowerWords[0] == "abu"
                || words.Skip(1).Any(w => IsPrefixedName(w.Text) || Particles.Contains(w.Text))))
            || RoleBefore(tokens, a);
        // "air raids on Jisr al-Shigour in Idlib province": after a locative preposition, a span the gazetteer opens, or one
        // placed in a larger place right after, is a place
        if (isPerson && !hasTitle && a > 0 && tokens[a - 1].Text is "on" or "in" or "near" or "at" or "from" or "into")
        {
            if (places.FirstOrDefault(p => p.Start == start) is { } opening)
            {
                // ("the UN's coordinator in Syria Ali al-Zaatari": a full name may follow the place, its comma lost)
                var rest = words.Where(w => w.Start >= opening.End).ToList();
                return rest.Count is >= 2 and <= 4 && Lexicon.FirstNames.Contains(rest[0].Text.ToLowerInvariant())
                    ? new Candidate(text[rest[0].Start..rest[^1].End], rest[0].Start, rest[^1].End, ActorKind.Person, false, null, false)
                    : null;
            }
            if (!Lexicon.FirstNames.Contains(lowerWords[0]) && j + 1 < tokens.Count && tokens[j].Text is "in" or "near"
                && places.Any(p => p.Start == tokens[j + 1].Start))
            {
                return null;
            }
        }
        if (isPerson && words.Count <= 7 && !words.Any(w => w.Text.Any(char.IsDigit)))
        {
            // "Charles B. Rangel of New York": the name ends before a connector
            var cut = words.FindIndex(w => w.Text is "of" or "for" or "and" or "the" or "&");
            if (cut > 0)
            {
                words = words.GetRange(0, cut);
                end = words[^1].End;
                name = text[start..end];
            }
            return new Candidate(name, start, end, ActorKind.Person, hasTitle, title, words.Count == 1);
        }
        if (words.Count == 1 && Legislatures.Contains(lowerWords[0]) && !words[0].IsAllCaps && !ModifiesOrIsATerm(tokens, a, j))
        {
            // "Congress voted", "Parliament approved": a legislature named alone is the institution
            return new Candidate(name, start, end, ActorKind.Organization, false, null, false);
        }
        if (words.Count <= 3 && WorkplaceBefore(tokens, a, j))
        {
            // "an analyst at Globex", "the chief economist at Initech": where someone works is an organisation
            return new Candidate(name, start, end, ActorKind.Organization, false, null, false);
        }
        if (words.Count == 1)
        {
            // "said Tarek, a police officer", "Ahmed, 24, said": a speaker named by one name and described as a person is
            // one, even without a full name
            if (SpeechAround(tokens, a, j) && Described(tokens, j) && !Lexicon.CommonWords.Contains(lower) && !Lexicon.RoleNouns.Contains(lower)
                && !Lexicon.OrgHeads.Contains(lower) && !words[0].IsAllCaps)
            {
                return new Candidate(name, start, end, ActorKind.Person, true, null, true);
            }
            if (SpeechAround(tokens, a, j) && !words[0].IsAllCaps && !Lexicon.CommonWords.Contains(lower) && RoleAtEmployerBefore(tokens, a) is { } role)
            {
                return new Candidate(name, start, end, ActorKind.Person, true, role, true);
            }
            // a surname, perhaps: merged later, kept when it speaks ("Mhaissen said"), or dropped
            return new Candidate(name, start, end, SpeechAround(tokens, a, j) ? ActorKind.Person : null, false, null, true);
        }
        if (words.Count <= 4 && SpeechAround(tokens, a, j))
        {
            return new Candidate(name, start, end, ActorKind.Person, false, null, false);
        }
        // an unexplained name: a person if a later "Surname said" shows it
        return words.Count <= 4 && words.All(w => w.IsCapitalised || Particles.Contains(w.Text)) && !words.Any(w => w.IsAllCaps)
            ? new Candidate(name, start, end, null, false, null, false)
            : null;
    }

    // ", a police officer", ", 24,", " a 28-year-old teacher" (the commas lost): an age or a person noun right after the name
    private static bool Described(List<Token> tokens, int j)
    {
        var k = j < tokens.Count && tokens[j].Text == "," ? j + 1 : j;
        if (k < tokens.Count && tokens[k].Text.Length <= 3 && tokens[k].Text.All(char.IsDigit))
        {
            return true;
        }
        if (k >= tokens.Count || tokens[k].Text is not ("a" or "an"))
        {
            return false;
        }
        // "a police officer", "a 28-year-old teacher": a person's description, not a place's ("a village near ...")
        return tokens.Skip(k + 1).Take(4).TakeWhile(t => t.IsWord && !t.IsCapitalised && !FunctionWords.Contains(t.Text))
            .Any(t => Lexicon.RoleNouns.Contains(t.Text.ToLowerInvariant()) || t.Text.EndsWith("-old", StringComparison.Ordinal));
    }

    private static bool IsTitle(string word)
    {
        foreach (var part in word.Split('-'))
        {
            var w = part.TrimEnd('.').ToLowerInvariant();
            if (Titles.Contains(w) || Lexicon.Honorifics.Contains(w))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAcronym(string w)
    {
        var letters = w.Count(char.IsLetter);
        return letters >= 2 && letters <= 6 && w.All(c => char.IsUpper(c) || c == '.' || c == '-' || char.IsDigit(c))
            && w is not ("TV" or "OK" or "AM" or "PM" or "II" or "III" or "IV" or "VI" or "CEO" or "EDT" or "EST" or "GMT" or "ET" or "PT" or "GDP" or "URL" or "PDF" or "HIV" or "AIDS" or "VAT");
    }

    // "HNC member Farah Atassi", "rebel commander Abu Ghiath al-Shami": a role noun right before the name.
    // Also in apposition after a comma: "One rebel commander, Zekeriya Karsli from the Levant Front, said".
    // "His two predecessors - Kofi Annan and ...": a plural role noun before a dash lists people too.
    private static bool RoleBefore(List<Token> tokens, int a) =>
        a > 0 && !tokens[a - 1].IsCapitalised && Lexicon.RoleNouns.Contains(tokens[a - 1].Text.ToLowerInvariant())
        || a > 1 && tokens[a - 1].Text is "," or "-" or "\u2013" or "\u2014" or ":" && tokens[a - 2].IsWord && !tokens[a - 2].IsCapitalised
            && (Lexicon.RoleNouns.Contains(tokens[a - 2].Text.ToLowerInvariant())
                || tokens[a - 1].Text != "," && tokens[a - 2].Text.EndsWith('s') && Lexicon.RoleNouns.Contains(tokens[a - 2].Text.ToLowerInvariant()[..^1]));

    // "a senior analyst at X", "economist at X": a role noun and "at" name the employer that follows.
    // One person's post, not a crowd's whereabouts ("officials at the base"); a possessive ("at Orlando's club") names a place.
    private static bool WorkplaceBefore(List<Token> tokens, int a, int j) =>
        a > 1 && tokens[a - 1].Text == "at" && !tokens[a - 2].IsCapitalised && !tokens[a - 2].Text.EndsWith('s')
        && tokens[a - 2].Text is not ("men" or "women" or "people" or "staff" or "children" or "police") && Lexicon.RoleNouns.Contains(tokens[a - 2].Text.ToLowerInvariant())
        && !(j < tokens.Count && tokens[j].Text.Length > 0 && tokens[j].Text[0] is '\'' or '\u2019');

    // "Ahmed 24 said", "Manal a 28-year-old teacher ... said": where a text lost its commas, an age or an indefinite
    // apposition still sits between the name and its verb
    private static bool SpeechAround(List<Token> tokens, int a, int j) =>
        (j < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[j].Text.ToLowerInvariant()))
        || (j + 3 < tokens.Count && tokens[j].Text == "," && tokens[j + 1].Text.Length <= 3 && tokens[j + 1].Text.All(char.IsDigit)
            && tokens[j + 2].Text == "," && SpeechVerbs.IsSpeechVerb(tokens[j + 3].Text.ToLowerInvariant()))
        || (j + 1 < tokens.Count && tokens[j].Text.Length <= 3 && tokens[j].Text.All(char.IsDigit) && SpeechVerbs.IsSpeechVerb(tokens[j + 1].Text.ToLowerInvariant()))
        || (j + 1 < tokens.Count && tokens[j].Text is "a" or "an" && tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalised
            && tokens.Skip(j + 1).Take(12).TakeWhile(t => t.Text is not ("." or "\"")).Any(t => t.Text is "said" or "says" or "told"))
        || (j + 1 < tokens.Count && tokens[j].Text == "," && tokens[j + 1].Text is "a" or "an" or "the" or "who")
        // "A prominent dissident, Haytham Manna, said": a name set off by commas right before its verb
        || (a > 0 && tokens[a - 1].Text == "," && j + 1 < tokens.Count && tokens[j].Text == "," && SpeechVerbs.IsSpeechVerb(tokens[j + 1].Text.ToLowerInvariant()))
        || (a > 0 && SpeechVerbs.IsSpeechVerb(tokens[a - 1].Text.ToLowerInvariant()));

    private static void MergeUnknown(string text, ActorReading reading, Dictionary<string, ActorRecord> byName, List<Candidate> unknown)
    {
        // people first, by surname; then single words join the person whose surname they are
        var bySurname = new Dictionary<string, ActorRecord>(StringComparer.Ordinal);
        // who holds a surname from where on: a second person of the same surname ("the first lady, Michelle Obama")
        // takes it only from their own mention, so "Mr. Obama" before it stays the person named before
        var holders = new Dictionary<string, List<(int Position, ActorRecord Record)>>(StringComparer.Ordinal);
        void Hold(string key, int position, ActorRecord record)
        {
            if (!holders.TryGetValue(key, out var list))
            {
                holders[key] = list = [];
            }
            list.Add((position, record));
        }
        foreach (var known in reading.Actors.Where(r => r.Kind == ActorKind.Person))
        {
            foreach (var alias in known.Aliases.Append(known.Name))
            {
                bySurname.TryAdd(Surname(alias), known);
                foreach (var m in reading.Mentions.Where(m => m.Actor == known))
                {
                    Hold(Surname(alias), m.Start, known);
                }
            }
        }
        // "Mr. Obama" is the Obama named last before it; "Bill Clinton" only ever the Clinton called Bill
        ActorRecord? HolderAt(Candidate c)
        {
            var key = Surname(c.Name);
            if (!holders.TryGetValue(key, out var list) || list.Count == 0)
            {
                var famous = FamousBySurname(key);
                return famous is null ? null : Record(byName, reading, famous);
            }
            if (!c.Single)
            {
                list = [.. list.Where(h => SameFirstName(h.Record, c.Name))];
                if (list.Count == 0)
                {
                    return null;
                }
            }
            var position = c.Start;
            var before = list.Where(h => h.Position < position).ToList();
            if (before.Count > 0)
            {
                return before.MaxBy(h => h.Position).Record;
            }
            // named by surname before the full name: someone known by the surname alone ("President Obama"), else
            // the first person the article names so
            var known = FamousBySurname(key);
            return known is null ? list.MinBy(h => h.Position).Record : Record(byName, reading, known);
        }
        // "Tova Noel and Michael Thomas": a full name paired by "and" with a person is a person too
        for (var u = 0; u + 1 < unknown.Count; u++)
        {
            var (x, y) = (unknown[u], unknown[u + 1]);
            if (x.Single || y.Single || (x.Kind is null) == (y.Kind is null) || text.AsSpan(x.End, Math.Max(0, y.Start - x.End)).Trim() is not "and")
            {
                continue;
            }
            if (x.Kind == ActorKind.Person || y.Kind == ActorKind.Person)
            {
                unknown[u] = x with { Kind = ActorKind.Person };
                unknown[u + 1] = y with { Kind = ActorKind.Person };
            }
        }
        var speakingSurnames = unknown.Where(c => c.Kind == ActorKind.Person && c.Single).Select(c => Surname(c.Name)).ToHashSet(StringComparer.Ordinal);
        for (var u = 0; u < unknown.Count; u++)
        {
            if (unknown[u].Kind is null && !unknown[u].Single && speakingSurnames.Contains(Surname(unknown[u].Name)))
            {
                unknown[u] = unknown[u] with { Kind = ActorKind.Person };
            }
        }
        var personSurnames = unknown.Where(c => c.Kind == ActorKind.Person && !c.Single).Select(c => Surname(c.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var c0 in unknown.Where(c => c.Kind == ActorKind.Person && !c.Single))
        {
            var c = c0;
            var key = Surname(c.Name);
            // "President Bashar al-Assads government": a text that lost its apostrophes still writes the owner's name
            if (!bySurname.ContainsKey(key) && key.Length > 3 && key.EndsWith('s') && c.Name.EndsWith('s')
                && (bySurname.TryGetValue(key[..^1], out var owner) && SameFirstName(owner, c.Name[..^1]) || personSurnames.Contains(key[..^1])))
            {
                c = c0 with { Name = c0.Name[..^1], End = c0.End - 1 };
                key = key[..^1];
            }
            else if (!bySurname.ContainsKey(key) && key.Length > 3 && c.Name.EndsWith('s')
                && Lexicon.ByKey.TryGetValue(NameKey.Normalize(c.Name[..^1]), out var curated) && curated.Kind == ActorKind.Person)
            {
                // "regime leader Bashar al Assads forces": the owner is a curated person, named only in the possessive
                var record0 = Record(byName, reading, curated);
                record0.Aliases.Add(c.Name[..^1]);
                AddMention(reading, record0, c.Start, c.End - 1);
                bySurname[Surname(curated.Name)] = record0;
                continue;
            }
            if (bySurname.TryGetValue(key, out var same) && !SameFirstName(same, c.Name))
            {
                bySurname.Remove(key); // Bashar al-Zoubi is not Asaad al-Zoubi: the later one takes the surname
                // "Walt Harrow ... Hillary Harrow ... Walt Harrow": a namesake named again is the one named before
                if (holders.TryGetValue(key, out var named) && named.Select(h => h.Record).FirstOrDefault(r => SameFirstName(r, c.Name)) is { } again)
                {
                    bySurname[key] = again;
                }
            }
            if (!bySurname.TryGetValue(key, out var record))
            {
                record = new ActorRecord(c.Name, ActorKind.Person);
                bySurname[key] = record;
                byName.TryAdd(c.Name, record);
                reading.Actors.Add(record);
            }
            else if (!record.Known && CoreWords(c.Name).Length > CoreWords(record.Name).Length)
            {
                record.Name = c.Name; // the fuller form is the canonical one
            }
            Hold(key, c.Start, record);
            record.Aliases.Add(c.Name);
            if (c.Title is { } title && record.Role is null)
            {
                record.Role = title;
            }
            AddMention(reading, record, c.Start, c.End);
        }
        var orgs = new Dictionary<string, ActorRecord>(StringComparer.Ordinal);
        foreach (var c in unknown.Where(c => c.Kind is not ActorKind.Person))
        {
            if (c.Kind is null)
            {
                if (HolderAt(c) is { } person)
                {
                    person.Aliases.Add(c.Name);
                    AddMention(reading, person, c.Start, c.End);
                }
                continue;
            }
            var key = NameKey.Normalize(HeadLast(c.Name));
            if ((Lexicon.ByKey.TryGetValue(NameKey.Normalize(c.Name), out var knownActor) || Lexicon.ByKey.TryGetValue(key, out knownActor))
                && byName.TryGetValue(knownActor.Name, out var existing))
            {
                existing.Aliases.Add(c.Name);
                AddMention(reading, existing, c.Start, c.End);
                continue;
            }
            if (!orgs.TryGetValue(key, out var org))
            {
                org = new ActorRecord(c.Name, c.Kind!.Value);
                orgs[key] = org;
                byName.TryAdd(c.Name, org);
                reading.Actors.Add(org);
            }
            org.Aliases.Add(c.Name);
            AddMention(reading, org, c.Start, c.End);
        }
        // single-word persons never introduced by a full name: keep those that speak or carry a title
        foreach (var c in unknown.Where(c => c.Kind == ActorKind.Person && c.Single))
        {
            if (HolderAt(c) is { } person)
            {
                person.Aliases.Add(c.Name);
                AddMention(reading, person, c.Start, c.End);
            }
            else if (c.HasTitle)
            {
                var record = new ActorRecord(c.Name, ActorKind.Person) { Role = c.Title };
                record.Aliases.Add(c.Name);
                bySurname[Surname(c.Name)] = record;
                Hold(Surname(c.Name), c.Start, record);
                byName.TryAdd(c.Name, record);
                reading.Actors.Add(record);
                AddMention(reading, record, c.Start, c.End);
            }
        }
    }

    // "Department of Justice" and "Justice Department", "Russian Ministry of Defense" and "Russian Defense Ministry":
    // news writes a department's name both ways, so both share the key of the head-last form.
    private static string HeadLast(string name)
    {
        var m = HeadOfRegex().Match(name);
        return m.Success ? $"{m.Groups["pre"].Value}{m.Groups["x"].Value} {m.Groups["head"].Value}" : name;
    }

    [GeneratedRegex(@"^(?<pre>(?:\p{Lu}[\p{L}.-]*\s+)*)(?<head>Ministry|Department)\s+of\s+(?:the\s+)?(?<x>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex HeadOfRegex();

    // a person of the curated list named by the surname alone without introduction ("!Obama", "!Putin")
    private static KnownActor? FamousBySurname(string surname)
    {
        foreach (var entries in Lexicon.AliasesByFirstWord.Values)
        {
            foreach (var e in entries)
            {
                if (e.Words.Length == 1 && !e.NeedsIntroduction && e.Actor.Kind == ActorKind.Person && Surname(e.Words[0]) == surname)
                {
                    return e.Actor;
                }
            }
        }
        return null;
    }

    private static bool SameFirstName(ActorRecord person, string name)
    {
        var words = CoreWords(name);
        if (words.Length < 2)
        {
            return true;
        }
        var names = person.Aliases.Append(person.Name).Select(CoreWords).ToList();
        // "Hawk Sawyer" after "Kathleen Hawk Sawyer": the tail of a fuller name is that name
        if (names.Any(n => n.Length > words.Length && n.AsSpan(n.Length - words.Length).SequenceEqual(words)))
        {
            return true;
        }
        var firsts = names.Where(w => w.Length >= 2).Select(w => w[0]).ToList();
        return firsts.Count == 0 || firsts.Contains(words[0]) || firsts.Any(f => f.Length > 2 && words[0].Length > 2 && f[..3] == words[0][..3]);
    }

    /// <summary>The article's own spelling names an actor where it names it fully ("Mohamad Alloush", "High Negotiation Committee").</summary>
    private static void UseArticleSpelling(ActorReading reading)
    {
        foreach (var actor in reading.Actors)
        {
            // A curated actor keeps its canonical name, so the store names it the same whichever article came first.
            if (actor.Known || actor.Kind == ActorKind.State || actor.Aliases.Contains(actor.Name))
            {
                continue;
            }
            var best = actor.Aliases
                .Where(a => !a.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && CoreWords(a).Length >= 2 && !a.Any(char.IsDigit))
                .OrderByDescending(a => CoreWords(a).Length)
                .ThenBy(a => a, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null && actor.Known && CoreWords(best).SequenceEqual(CoreWords(actor.Name)))
            {
                continue; // "Staffan di Mistura" is the curated "Staffan de Mistura": only a particle differs
            }
            if (best is not null && (actor.Kind != ActorKind.Person || CoreWords(best).Length <= 4))
            {
                actor.Aliases.Add(actor.Name);
                actor.Name = best;
            }
        }
    }

    // lower-case words inside an organisation's name that its acronym skips: "Alliance to Reclaim Our Schools (AROS)"
    private static readonly FrozenSet<string> NameConnectors = new[] { "to", "of", "for", "and", "the", "on", "in", "&", "against" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"the event organizer Alliance to Reclaim Our Schools (AROS)": an acronym in brackets names the words before it
    /// whose initials it spells, connectors and all, when no organisation found there already does.</summary>
    private static void SpellOutAcronyms(string text, ActorReading reading)
    {
        foreach (var acronym in reading.Actors.Where(a => a.Kind != ActorKind.Person && !a.Known && a.Name.All(c => char.IsUpper(c) || c == '.')).ToList())
        {
            var letters = acronym.Name.Replace(".", "");
            if (letters.Length < 3 || reading.Actors.Any(a => a != acronym && a.Kind != ActorKind.Person && Initials(a.Name) == letters))
            {
                continue;
            }
            var bracket = reading.Mentions.FirstOrDefault(m => m.Actor == acronym && m.Start > 2 && text[m.Start - 1] == '(');
            if (bracket.Actor is null)
            {
                continue;
            }
            var words = Tokenizer.Tokenize(text, Math.Max(0, bracket.Start - 120), bracket.Start - 1).Where(t => t.IsWord).ToList();
            var capitals = 0;
            for (var k = words.Count - 1; k >= 0 && capitals <= letters.Length; k--)
            {
                if (words[k].IsCapitalised)
                {
                    capitals++;
                }
                else if (!NameConnectors.Contains(words[k].Text))
                {
                    break;
                }
                if (capitals == letters.Length && words[k].IsCapitalised)
                {
                    var span = words.GetRange(k, words.Count - k);
                    var name = text[span[0].Start..span[^1].End];
                    if (string.Concat(span.Where(t => t.IsCapitalised).Select(t => t.Text[0])) == letters && span.Count > letters.Length)
                    {
                        acronym.Aliases.Add(acronym.Name);
                        acronym.Name = name;
                        acronym.Aliases.Add(name);
                        AddMention(reading, acronym, span[0].Start, span[^1].End);
                    }
                    break;
                }
            }
        }
    }

    /// <summary>"High Negotiations Committee (HNC)": the acronym becomes an alias, and its later mentions the organisation's.</summary>
    private static void DefineAcronyms(ActorReading reading, Dictionary<string, ActorRecord> byName)
    {
        foreach (var org in reading.Actors.Where(a => a.Kind != ActorKind.Person).ToList())
        {
            var initials = Initials(org.Name);
            if (initials.Length < 2)
            {
                continue;
            }
            foreach (var acronym in reading.Actors.Where(a => a != org && a.Kind != ActorKind.Person && !a.Known && a.Name.Replace(".", "") == initials).ToList())
            {
                Absorb(reading, byName, org, acronym);
            }
        }
    }

    /// <summary>"Jaish al-Islam (Islam Army)": a name in brackets right after a group's name translates it, and is an alias.</summary>
    private static void MergeGlosses(string text, ActorReading reading, Dictionary<string, ActorRecord> byName)
    {
        foreach (var gloss in reading.Actors.Where(a => a.Kind != ActorKind.Person && !a.Known).ToList())
        {
            var mentions = reading.Mentions.Where(m => m.Actor == gloss).ToList();
            if (mentions.Count == 0 || mentions.Any(m => m.Start < 2 || text[m.Start - 1] != '(' || m.End >= text.Length || text[m.End] != ')'))
            {
                continue;
            }
            var first = mentions[0];
            var named = reading.Mentions.LastOrDefault(m => m.Actor != gloss && m.Actor.Kind != ActorKind.Person && m.End <= first.Start - 1
                && string.IsNullOrWhiteSpace(text[m.End..(first.Start - 1)]));
            if (named.Actor is not { } group)
            {
                continue;
            }
            Absorb(reading, byName, group, gloss);
        }
        // "Qasim Halabouni (Abu Mohammad)": a by-name in brackets right after a person's name is that person's
        foreach (var byname in reading.Actors.Where(a => a.Kind == ActorKind.Person && !a.Known).ToList())
        {
            var mentions = reading.Mentions.Where(m => m.Actor == byname).ToList();
            if (mentions.Count == 0 || mentions.Any(m => m.Start < 2 || text[m.Start - 1] != '(' || m.End >= text.Length || text[m.End] != ')'))
            {
                continue;
            }
            var first = mentions[0];
            var named = reading.Mentions.LastOrDefault(m => m.Actor != byname && m.Actor.Kind == ActorKind.Person && m.End <= first.Start - 1
                && string.IsNullOrWhiteSpace(text[m.End..(first.Start - 1)]));
            if (named.Actor is { } person)
            {
                Absorb(reading, byName, person, byname);
            }
        }
    }

    /// <summary>One actor found under two names becomes one: <paramref name="into"/> takes the other's names and mentions.</summary>
    private static void Absorb(ActorReading reading, Dictionary<string, ActorRecord> byName, ActorRecord into, ActorRecord from)
    {
        into.Aliases.Add(from.Name);
        foreach (var alias in from.Aliases)
        {
            into.Aliases.Add(alias);
        }
        for (var m = 0; m < reading.Mentions.Count; m++)
        {
            if (reading.Mentions[m].Actor == from)
            {
                reading.Mentions[m] = (into, reading.Mentions[m].Start, reading.Mentions[m].End);
                into.Mentions++;
            }
        }
        reading.Actors.Remove(from);
        byName.Remove(from.Name);
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>The last word of a name without its particle: "al-Assad" and "Assad" share "assad", "de Mistura" and "di Mistura" "mistura".</summary>
    internal static string Surname(string name)
    {
        var words = CoreWords(name);
        return words.Length == 0 ? name.ToLowerInvariant() : words[^1];
    }

    internal static string[] CoreWords(string name)
    {
        var result = new List<string>();
        foreach (var raw in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant().Replace('\u2019', '\'');
            if (w.Length > 3 && w[2] == '-' && Particles.Contains(w[..2]))
            {
                w = w[3..];
            }
            if (Particles.Contains(w) || w.TrimEnd('.') is "mr" or "mrs" or "ms" or "dr")
            {
                continue;
            }
            result.Add(w);
        }
        return [.. result];
    }
}
