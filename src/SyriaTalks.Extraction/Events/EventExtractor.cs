using System.Text.RegularExpressions;
using SyriaTalks.Domain;
using SyriaTalks.Extraction.Temporal;
using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Events;

/// <summary>
/// Finds dated events: a sentence that names a resolvable time yields one event per distinct date it
/// names ("said on Thursday ... two days after a gunman killed 49 people" is two happenings); vague
/// periods ("this year", "in recent months"), horizons ("by 2020") and the age of a war ("the
/// five-year-old civil war") are not happenings.
/// </summary>
public sealed partial class EventExtractor
{
    public IReadOnlyList<ExtractedEvent> Extract(
        ArticleText article,
        IReadOnlyList<ExtractedSentence> sentences,
        IReadOnlyList<ActorMention> actors,
        IReadOnlyList<PlaceMention> places)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(places);
        var events = new List<ExtractedEvent>();
        DateOnly? anchor = null;
        foreach (var sentence in sentences)
        {
            if (CreditLine.Is(sentence.Text))
            {
                continue; // "(Reporting by A; Editing by B)" dates the newsroom's work, not a happening
            }
            var expressions = TemporalResolver.Find(sentence.Text, article.Published, anchor);
            EventKind? sentenceKind = null; // the kind the whole sentence names, read once for all its events
            var usable = expressions.Where(e => IsHappening(e) && !IsQuotedToday(sentence.Text, e) && !IsStamp(sentence.Text, e, article.Published)).ToList();
            if (usable.Count > 1)
            {
                // "'It was calm here today,' said a vendor on Saturday": the speaker's today is the day the sentence
                // names for the speaking, not publication.
                usable.RemoveAll(e => InsideQuotation(sentence.Text, e.Start) && IsToday(e)
                    && usable.Any(o => o != e && o.Precision == DatePrecision.Day && !InsideQuotation(sentence.Text, o.Start)));
            }
            // "The talks are taking a pause ... with a promise to restart by Feb. 25": a present-progressive
            // main clause is happening now, beside the plan the sentence dates.
            if (usable.Count > 0 && usable.All(e => e.Date > article.Published) && !StartsWithQuote(sentence.Text)
                && ProgressiveRegex().Match(sentence.Text) is { Success: true } now && now.Index < usable[0].Start)
            {
                var present = new TemporalExpression(now.Index, now.Index + now.Length, now.Value, article.Published, null,
                    DatePrecision.Day, TemporalKind.Point, Tense.Past);
                events.Add(Build(article, sentence, present, actors, places, ref sentenceKind) with { Summary = Trimmed(sentence.Text[..usable[0].Start]) });
            }
            var dates = new HashSet<(DateOnly, DateOnly?, DatePrecision)>();
            foreach (var e in usable)
            {
                if (!dates.Add((e.Date, e.DateEnd, e.Precision)))
                {
                    continue;
                }
                events.Add(Build(article, sentence, e, actors, places, ref sentenceKind));
            }
            // The day a following "In the morning" or "two days earlier" hangs on: of the days this sentence
            // names, the one nearest publication, which is the story's own day rather than a backgrounder's.
            var main = usable.Where(e => e.Precision == DatePrecision.Day && e.Kind == TemporalKind.Point)
                .OrderBy(e => Math.Abs(e.Date.DayNumber - article.Published.DayNumber)).FirstOrDefault();
            anchor = main?.Date; // only the sentence just before: an older day is no longer the story's
        }
        return events;
    }

    // Vague periods ("this week", "in recent months"), horizons ("by 2020") and the age of a war are
    // kept by the resolver but are not happenings: news annotators (and readers) do not date events by them.
    private static bool IsHappening(TemporalExpression e) =>
        e.Kind is TemporalKind.Point or TemporalKind.Range
        || (e.Kind == TemporalKind.Deadline && e.Precision == DatePrecision.Day);

    // A page's date stamp ("Tuesday 12 July 2016 Rebels launch ...", "Last Update: Tuesday 12 July 2016 08:45"):
    // the publication date, with its year, opening a sentence bare; prose says "On Tuesday ..." or puts the date
    // after its verb, so a bare full date up front dates the page, not a happening.
    private static bool IsStamp(string sentence, TemporalExpression e, DateOnly published) =>
        e.Date == published && e.Precision == DatePrecision.Day && e.DateEnd is null
        && YearDigitsRegex().IsMatch(sentence.AsSpan(e.Start, Math.Min(sentence.Length - e.Start, e.Text.Length + 16)))
        && StampLeadRegex().IsMatch(sentence.AsSpan(0, e.Start));

    private static bool StartsWithQuote(string sentence) => sentence.Length > 0 && sentence[0] is '"' or '\u201c';

    // "today" inside a quotation is the speaker's day, usually rhetorical ("How many people in this room today"),
    // unless the quotation reports in the past what happened that day ("39 people killed in the bombing today").
    private static bool IsQuotedToday(string sentence, TemporalExpression e)
    {
        if (!IsToday(e))
        {
            return false;
        }
        if (!InsideQuotation(sentence, e.Start))
        {
            return false;
        }
        var opened = sentence.AsSpan(0, e.Start).LastIndexOfAny('"', '\u201c', '\u201d');
        // Only the quotation's own verbs before "today" count (the reporting verb after it is always past), and only
        // a simple past reports a happening: "we have learned", "we're experiencing today" speak of the present.
        return !SimplePastBefore(sentence[(opened + 1)..e.Start]);
    }

    private static bool IsToday(TemporalExpression e) =>
        e.Text.StartsWith("today", StringComparison.OrdinalIgnoreCase) || e.Text.StartsWith("tonight", StringComparison.OrdinalIgnoreCase);

    private static bool InsideQuotation(string sentence, int index)
    {
        var marks = 0;
        for (var k = 0; k < index; k++)
        {
            if (sentence[k] is '"' or '\u201c' or '\u201d')
            {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    private static bool SimplePastBefore(string quoted)
    {
        // An ellipsis or a full stop inside the quotation starts another sentence of the speaker's.
        var cut = Math.Max(quoted.LastIndexOf("...", StringComparison.Ordinal), Math.Max(quoted.LastIndexOf('\u2026'), quoted.LastIndexOf(". ", StringComparison.Ordinal)));
        var verbs = QuotedVerbRegex().Matches(cut >= 0 ? quoted[cut..] : quoted);
        if (verbs.Count == 0)
        {
            return false;
        }
        var last = verbs[^1];
        if (last.Groups["present"].Success)
        {
            return false;
        }
        if (last.Groups["aux"].Success)
        {
            return true; // "was", "were", "had"
        }
        // An -ed word after "have" or "is" is a perfect or a present passive; after "were" or alone, a past.
        return verbs.Count < 2 || verbs[^2].Groups["aux"].Success || last.Index - (verbs[^2].Index + verbs[^2].Length) > 12;
    }

    private static ExtractedEvent Build(ArticleText article, ExtractedSentence sentence, TemporalExpression e,
        IReadOnlyList<ActorMention> actors, IReadOnlyList<PlaceMention> places, ref EventKind? sentenceKind)
    {
        var (summary, clause) = EventSummarizer.Summarize(sentence.Text, e.Start, e.End);
        var planned = e.Tense == Tense.Future || e.Date > article.Published;
        var inSentence = (int start, int end) => start >= sentence.Start && end <= sentence.End;
        return new ExtractedEvent(
            e.Date,
            e.DateEnd,
            e.Precision,
            KindOf(clause, sentence.Text, ref sentenceKind),
            summary,
            sentence.Text,
            sentence.Start,
            sentence.End,
            planned,
            actors.Where(a => inSentence(a.Start, a.End)).Select(a => a.Actor).Distinct().ToList(),
            places.Where(p => inSentence(p.Start, p.End)).Select(p => p.Place.Name).Distinct().ToList());
    }

    private static string Trimmed(string clause)
    {
        var s = EventSummarizer.SingleSpaced(clause).Replace(" ,", ",", StringComparison.Ordinal)
            .Trim(' ', ',', '.', ';', ':', '-', '"', '\u201c', '\u201d');
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 24)
        {
            s = string.Join(' ', words.Take(24)) + "\u2026";
        }
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    /// <summary>The kind of the first trigger in the clause (its predicate, usually), else in the sentence;
    /// on the same word the more specific kind wins.</summary>
    private static EventKind KindOf(string clause, string sentence, ref EventKind? sentenceKind)
    {
        var kind = KindIn(clause);
        if (kind != EventKind.Other || string.Equals(clause, sentence, StringComparison.Ordinal))
        {
            return kind;
        }
        return sentenceKind ??= KindIn(sentence);
    }

    private static EventKind KindIn(string text)
    {
        var best = EventKind.Other;
        var bestAt = int.MaxValue;
        foreach (var (kind, regex) in Triggers)
        {
            foreach (var m in regex.EnumerateMatches(text))
            {
                if (m.Index < bestAt)
                {
                    best = kind;
                    bestAt = m.Index;
                }
                break; // the first match is all that counts
            }
        }
        return best;
    }

    // In order of precedence for triggers starting at the same word.
    private static readonly (EventKind Kind, Regex Regex)[] Triggers =
    [
        (EventKind.AirStrike, AirStrikeRegex()),
        (EventKind.Ceasefire, CeasefireRegex()),
        (EventKind.Talks, TalksRegex()),
        (EventKind.Displacement, DisplacementRegex()),
        (EventKind.Aid, AidRegex()),
        (EventKind.Agreement, AgreementRegex()),
        (EventKind.Casualties, CasualtiesRegex()),
        (EventKind.MilitaryAction, MilitaryRegex()),
        (EventKind.Protest, ProtestRegex()),
        (EventKind.Diplomacy, DiplomacyRegex()),
        (EventKind.Statement, StatementRegex()),
    ];

    [GeneratedRegex(@"\b(?i:air\s?strikes?|air\s?raids?|bombing raids?|warplanes?|jets?\s+(?:struck|hit|bombed)|aerial (?:attacks?|bombardments?)|barrel bombs?|bombed)\b")]
    private static partial Regex AirStrikeRegex();

    [GeneratedRegex(@"\b(?i:cease-?fire|truce|cessation of hostilities)\b")]
    private static partial Regex CeasefireRegex();

    [GeneratedRegex(@"\b(?i:talks|negotiations?|negotiat\w+|peace process|round of|peace conference)\b")]
    private static partial Regex TalksRegex();

    [GeneratedRegex(@"\b(?i:fled|flee(?:ing)?|displace\w*|refugees?|exodus|evacuat\w+|massed along the border)\b")]
    private static partial Regex DisplacementRegex();

    [GeneratedRegex(@"\b(?i:aid|humanitarian|pledged?|donors?|convoys?|relief|medical supplies)\b")]
    private static partial Regex AidRegex();

    [GeneratedRegex(@"\b(?i:agreed|agreements?|accords?|deal|signed|resolution|road ?map)\b")]
    private static partial Regex AgreementRegex();

    [GeneratedRegex(@"\b(?i:killed|killing|dead|deaths?|died|wounded|injured|casualties|perished|death toll)\b")]
    private static partial Regex CasualtiesRegex();

    [GeneratedRegex(@"\b(?i:offensive|attack\w*|fighting|clashes|captured?|seized?|advanced?|shelling|battle\w*|sieges?|encircled|recaptured?|took back|military (?:intervention|action|campaign)|bombings?|withdr[ae]w\w*|deploy\w*|ambush\w*|cut off)\b")]
    private static partial Regex MilitaryRegex();

    [GeneratedRegex(@"\b(?i:protests?|protesters?|demonstrat\w+|rall(?:y|ies))\b")]
    private static partial Regex ProtestRegex();

    [GeneratedRegex(@"\b(?i:meetings?|met|visit\w*|summit|conference|spoke by (?:phone|telephone)|phone call|telephone call|sanctions|called for|urged)\b")]
    private static partial Regex DiplomacyRegex();

    [GeneratedRegex(@"\b(?i:said|says|told|announced?|denied|confirmed|statement|accused|warned|condemned|declared)\b")]
    private static partial Regex StatementRegex();

    [GeneratedRegex(@"(?<present>\b(?i:is|are|am|has|have|be|been|being)\b|['\u2019](?i:re|ve|m)\b)|(?<aux>\b(?i:was|were|had)\b)|(?<ed>\b[a-z]{3,}ed\b)")]
    private static partial Regex QuotedVerbRegex();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex YearDigitsRegex();

    [GeneratedRegex(@"^\W*(?i:(?:last\s+)?updated?|published|posted|date\s+of\s+publication)?\W*(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*)?$")]
    private static partial Regex StampLeadRegex();

    [GeneratedRegex(@"^(?:\S+\s+){1,7}?(?:is|are)\s+(?:now\s+|still\s+)?[a-z]+ing\b")]
    private static partial Regex ProgressiveRegex();
}
