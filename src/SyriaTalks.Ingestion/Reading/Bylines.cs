using System.Text.RegularExpressions;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>Turns what pages put where a byline goes into author names: "By Kevin Johnson and Kevin McCoy, USA TODAY" → "Kevin Johnson, Kevin McCoy".</summary>
internal static partial class Bylines
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "staff writer", "staff reporter", "admin", "administrator", "editor", "editors", "the editors",
        "editorial board", "editorial staff", "web desk", "news desk", "desk", "newsroom", "guest", "guest author",
        "anonymous", "unknown", "contributor", "contributors", "correspondent", "our correspondent", "follow",
        "follow author", "author", "reporter", "team", "updated", "published", "share", "more", "view all posts",
        "facebook", "twitter", "email", "bio", "editorial", "opinion", "analysis", "comment",
    };

    // Degrees and credentials written after a name ("Brenda Goodman, MA", "Rachael Link, MS, RD"): not names.
    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "ma", "ms", "msc", "md", "phd", "mph", "rd", "rdn", "rn", "mba", "dds", "jd", "bsc", "ba", "bs", "frcp", "facp",
        "cpt", "cscs", "np", "pa-c", "lcsw", "dphil", "llm", "esq",
    };

    // News agencies credited after the reporters' names ("MEG KINNARD, ERRIN HAINES, Associated Press",
    // "ROBERT BURNS, AP"): the agency is not an author when a person is named.
    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "ap", "associated press", "the associated press", "reuters", "thomson reuters", "afp", "agence france-presse",
        "agence france presse", "upi", "pti", "ians", "ani", "dpa", "efe", "ansa", "xinhua", "tass", "anadolu",
        "anadolu agency", "bloomberg", "sana", "kyodo", "yonhap", "press association", "pa", "aap", "cp", "the canadian press",
        "reuters tv", "reuters television", "ap television", "afptv", "afp tv",
    };

    /// <summary>The cleaned author names joined with ", ", or null when the text names nobody.</summary>
    /// <param name="declared">The text is declared author metadata (a meta tag), so credits that are not
    /// personal names ("Contributors to Wikimedia projects") are trusted; elsewhere they mean the wrong box.</param>
    public static string? Clean(string? raw, string? outlet = null, bool declared = false)
    {
        // "Bradley M. Kuhn (http://ebb.org/bkuhn/)": the name with its home page; a bare address names nobody.
        var text = TextNormal.Collapse(BracketedAddress().Replace(raw ?? "", ""));
        if (text.Length == 0 || text.Length > 300 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith('@'))
        {
            return null;
        }
        if (declared && Inverted().Match(text) is { Success: true } inv
            && !Agencies.Contains(inv.Groups["surname"].Value) && !Agencies.Contains(inv.Groups["given"].Value)
            && TextNormal.Key(inv.Groups["given"].Value) != TextNormal.Key(outlet))
        {
            // Dublin Core and citation tags write "Kooman, F." and "Jong, Michiel de": surname first.
            text = inv.Groups["given"].Value + " " + inv.Groups["surname"].Value;
        }
        text = Prefix().Replace(text, "");
        // A byline box often runs on into the date or the update line.
        var cut = Tail().Match(text);
        if (cut.Success && cut.Index > 0)
        {
            text = text[..cut.Index];
        }
        var names = new List<string>();
        var outletKey = TextNormal.Key(outlet);
        foreach (var part0 in Separators().Split(text))
        {
            // "Name, Senior Staff Technologist, ACLU Project": once a part describes a job, the rest is the job too.
            if (part0.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => JobWords.Contains(w.Trim(',', '.', ')', '('))))
            {
                if (names.Count > 0)
                {
                    break;
                }
                continue;
            }
            var stripped = StripJobTitle(part0);
            // "Tom Krisher, AP Auto Writer": after a name, a part that is a job title goes whole, with the
            // outlet or beat words in it.
            if (names.Count > 0 && stripped.Length < part0.Trim().Length
                && (WordCount(stripped) < 2 || stripped.Split(' ').Any(w => Agencies.Contains(w))))
            {
                continue;
            }
            var part = stripped.Trim(' ', ',', '.', '|', '-', '\u2013', '\u2014', ':', ';');
            if (Credentials.Contains(part.Replace(".", "", StringComparison.Ordinal)))
            {
                continue;
            }
            part = BalancedParentheses(part);
            part = Prefix().Replace(part, "").Trim();
            // "Our Foreign Staff", "Reuters Staff", "News Desk": a department, never a person.
            if (part.Length < 2 || NotNames.Contains(part) || part.Any(char.IsDigit) || DateText.LooksLikeDate(part)
                || Department().IsMatch(part))
            {
                continue;
            }
            // "Kevin McCoy USA TODAY": the outlet run on after the last name.
            if (outletKey.Length > 0 && TextNormal.Key(part) is var pk && pk.Length > outletKey.Length
                && pk.EndsWith(" " + outletKey, StringComparison.Ordinal))
            {
                part = part[..^Math.Min(part.Length, outlet!.Trim().Length)].Trim();
            }
            if (outletKey.Length > 0 && names.Count > 0 && TextNormal.Key(part) == outletKey)
            {
                continue;
            }
            var words = part.Split(' ');
            if (words.Length > 6 || !char.IsLetter(part[0]))
            {
                continue;
            }
            if (!names.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(part);
            }
        }
        // A part that is not shaped like a name ("Syrian defense ministries", a description, a handle)
        // means the source was not a byline at all.
        if (!declared && names.Any(n => !NameShaped(n)))
        {
            return null;
        }
        // "Kevin Johnson, Kevin McCoy, USA TODAY", "Jill Disis, CNN Business", "..., Associated Press": the
        // outlet or agency credited after the names is not an author.
        bool Credit(string n) => Agencies.Contains(n) || outletKey.Length > 0
            && (TextNormal.Key(n) == outletKey || TextNormal.Key(n).StartsWith(outletKey + " ", StringComparison.Ordinal));
        if (names.Count > 1 && names.Any(n => !Credit(n)))
        {
            names.RemoveAll(Credit);
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static readonly HashSet<string> JobWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "technologist", "director", "professor", "president", "fellow", "counsel", "attorney", "officer", "manager",
        "project", "program", "programme", "center", "centre", "institute", "university", "department", "associate",
        "chair", "founder", "ceo", "scientist", "researcher", "specialist", "coordinator", "strategist", "adviser",
        "advisor", "consultant", "expert", "lecturer", "economist", "vice", "head", "member", "spokesman",
        "spokeswoman", "spokesperson", "secretary", "minister", "ambassador",
    };

    private static readonly HashSet<string> TitleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer", "writers",
        "columnist", "contributor", "journalist", "producer", "analyst", "chief", "photographer", "blogger",
        "intern", "critic", "anchor", "host",
    };

    private static readonly HashSet<string> TitleQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "chief", "staff", "special", "foreign", "policy", "political", "diplomatic", "national", "security",
        "white", "house", "pentagon", "business", "investigative", "contributing", "associate", "executive",
        "managing", "deputy", "news", "sports", "politics", "tech", "technology", "science", "health", "economics",
        "economic", "bureau", "editorial", "guest", "freelance", "affairs", "international", "world", "middle", "east",
        "defense", "defence", "legal", "energy", "climate", "environment", "markets", "finance", "financial",
        "global", "regional", "local", "metro", "digital", "video", "photo", "data", "breaking", "general",
        "assignment", "european", "foreign-affairs", "congressional", "legislative", "courts", "justice",
        "military", "intelligence", "a", "an", "the", "of", "for", "and", "&",
    };

    // "Russ Read Pentagon/Foreign Policy Reporter" -> "Russ Read": walk back from the title noun over
    // words that qualify it, and stop at the first word that does not (the end of the name).
    private static string StripJobTitle(string part)
    {
        var words = part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var noun = Array.FindIndex(words, w => TitleNouns.Contains(w.Trim(',', '.', ';', ':')));
        if (noun < 0)
        {
            return part;
        }
        var start = noun;
        while (start > 0 && (TitleQualifiers.Contains(words[start - 1]) || words[start - 1].Contains('/')
                             || char.IsLower(words[start - 1][0])))
        {
            start--;
        }
        return string.Join(' ', words[..start]);
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn",
        "la", "le", "y", "e", "dos", "das", "do", "of", "zu", "und", "st", "mc",
    };

    // Every word capitalised, a name particle ("de", "van", "al-"), or written in a script without case.
    private static bool NameShaped(string name)
    {
        foreach (var raw in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.TrimStart('(', '"', '\'', '\u201C', '\u2018');
            if (w.Length == 0 || !char.IsLetter(w[0]) || char.IsUpper(w[0]) || !char.IsLower(w[0]))
            {
                continue;
            }
            var stem = w.Split('-', '\'', '\u2019')[0].TrimEnd('.');
            if (!Particles.Contains(stem))
            {
                return false;
            }
        }
        return true;
    }

    // Strips brackets left unpaired by the split ("(avec Damien Leloup" / "stevenhgm)"), keeps paired ones.
    private static string BalancedParentheses(string part)
    {
        var open = part.Count(c => c == '(');
        var close = part.Count(c => c == ')');
        if (open > close && part.StartsWith('('))
        {
            part = part[1..].Trim();
        }
        else if (close > open && part.EndsWith(')'))
        {
            part = part[..^1].Trim();
        }
        else if (open > close)
        {
            part += ")";
        }
        return part;
    }

    // "(http://ebb.org/bkuhn/)", "<https://...>".
    [GeneratedRegex(@"\s*[(<\[]\s*(?:https?://|www\.)[^)>\]\s]*\s*[)>\]]")]
    private static partial Regex BracketedAddress();

    // "Kooman, F.", "Jong, Michiel de", "Needleman, Sarah E.": one surname, a comma, then initials or given names.
    [GeneratedRegex(@"^(?<surname>\p{Lu}[\p{L}'\u2019-]+),\s*(?<given>(?:\p{Lu}\.(?:\s*-?\p{Lu}\.)*|\p{Lu}\p{Ll}[\p{L}'-]*)(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'-]*))*(?:\s+(?:de|van|von|der|den|da|di|du|del|la|le|ter|ten))*)$")]
    private static partial Regex Inverted();

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\b(?:staff|desk|newsroom|team|bureau)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Department();

    /// <summary>True when a line reads as a job title only ("Pentagon/Foreign Policy Reporter").</summary>
    public static bool IsJobTitle(string text) => JobTitleOnly().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:(?:written|words|story|text|reporting|reported|compiled|posted)\s+by|by|par|von|por|door|di|av|från|af|autor(?:es)?|authors?|byline|текст|автор(?:ы)?)(?:\s*:\s*|\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(?:\||•|·|\u2014|\u2013| - |\blast updated\b|\b(?:edited|photographs?|photos|illustrations?|graphics|additional reporting) by\b|\bupdated\b|\bpublished\b|\bposted\b|\bon (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{4}-\d\d-\d\d|\d+ (?:min|minute|hour|day)s? ago|\bfollow\b|\bemail\b|\btwitter\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    // "&" joins two names ("Kevin Johnson & Kevin McCoy"), not the parts of one ("Mac & i").
    // "y" and "e" join names only in lower case: "Sarah E. Needleman" and "Bruce Y. Lee" are one name each.
    [GeneratedRegex(@"\s*(?:,|;|(?<=\S+\s\S+)\s&\s(?=\S+\s\S+)|\band\b|(?-i:\bund\b|\bet\b|(?<=\s)[ye](?=\s))|\(?\b(?:avec|with|mit|con)\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}/&.-]*\s+){0,5}(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer|analyst|chief|photographer|blogger|critic)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex JobTitleOnly();
}
