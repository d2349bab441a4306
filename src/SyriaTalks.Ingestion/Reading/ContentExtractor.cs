using System.Text.RegularExpressions;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>
/// Finds the article body among a page's text units: the element whose text is most article-like
/// (long, sentence-shaped, unlinked) net of the furniture inside it, which gathers a body split over
/// sibling containers through their common parent; then keeps that element's paragraphs minus furniture lines.
/// </summary>
internal static partial class ContentExtractor
{
    // Below this much article-like text a page is an index, a gallery or an error page, not an article.
    private const int MinimumArticleChars = 120;

    public static List<TextUnit> Select(TextUnitWalker w, string? title)
    {
        var units = w.Units;
        var count = w.Elements.Count;
        if (count == 0 || units.Count == 0)
        {
            return [];
        }
        var values = units.Select(UnitValue).ToArray();
        MarkCards(w, values);

        // Good text under each element, with no regard to furniture, to protect wrappers that hold the
        // article but carry a furniture-like class ("article-body has-share-bar").
        var good = new double[count];
        for (var i = 0; i < units.Count; i++)
        {
            if (values[i] > 0)
            {
                good[units[i].Owner] += values[i];
            }
        }
        SumUp(w, good);
        var net = new double[count];
        for (var i = 0; i < units.Count; i++)
        {
            net[units[i].Owner] += values[i];
        }
        SumUp(w, net);
        var total = good.Length > 0 ? good[0] : 0;
        var furniture = new bool[count];
        for (var e = 0; e < count; e++)
        {
            // A section whose id is only its heading's words is furniture when its text is, not for the id:
            // "Related stories" over links goes, "Sharing with a single developer" over paragraphs stays.
            furniture[e] = w.Boilerplate[e] && good[e] < 0.5 * total && !(w.BoilerplateByHeadingAnchor[e] && net[e] > 0);
        }
        // Furniture anywhere above a unit's block (or the block itself) leaves the unit out; parents come
        // before children in document order, so one forward pass carries it down.
        var underFurniture = new bool[count];
        for (var e = 0; e < count; e++)
        {
            underFurniture[e] = furniture[e] || (w.Parents[e] >= 0 && underFurniture[w.Parents[e]]);
        }
        var excluded = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            excluded[i] = underFurniture[units[i].Owner];
        }

        ExcludeSlideshows(w, excluded);

        var value = new double[count];
        var bodyGood = new double[count];
        for (var i = 0; i < units.Count; i++)
        {
            if (!excluded[i])
            {
                value[units[i].Owner] += values[i];
                if (values[i] > 0)
                {
                    bodyGood[units[i].Owner] += values[i];
                }
            }
        }
        SumUp(w, value);
        SumUp(w, bodyGood);
        // An article that the page cuts into several marked parts, side by side with ad slots and related
        // boxes between them, is one body: the element whose children are two or more marked parts earns the
        // bonus of all of them. Only children: marked parts far apart (an article and its comments) stay apart.
        var markedGood = new double[count];
        var markedParts = new int[count];
        var insideMarked = new bool[count];
        for (var e = 0; e < count; e++)
        {
            var parent = w.Parents[e];
            insideMarked[e] = parent >= 0 && (insideMarked[parent] || w.ArticleBody[parent]);
            if (parent >= 0 && w.ArticleBody[e] && !insideMarked[e] && bodyGood[e] >= MinimumArticleChars)
            {
                markedGood[parent] += bodyGood[e];
                markedParts[parent]++;
            }
        }
        for (var e = 0; e < count; e++)
        {
            // Schema.org and CMS body markers are strong evidence: an outer element must add a good deal
            // of article-like text to win over the marked one.
            if (w.ArticleBody[e])
            {
                value[e] += 0.25 * bodyGood[e];
            }
            else if (markedParts[e] >= 2)
            {
                value[e] += 0.25 * markedGood[e];
            }
        }

        var best = -1;
        for (var e = 0; e < count; e++)
        {
            if (best < 0 || value[e] > value[best] + 1e-6
                || (Math.Abs(value[e] - value[best]) <= 1e-6 && e < w.SubtreeEnds[best] && e > best))
            {
                best = e;
            }
        }
        if (best < 0 || bodyGood[best] < MinimumArticleChars)
        {
            return [];
        }

        var start = best;
        var end = w.SubtreeEnds[best];
        // A long comment thread can hold more text than the article and so escape the furniture rule above;
        // inside the chosen body it is still the readers' text, not the article's. Threads follow the article
        // and are weighed against it: an element named "comment" that opens before the first paragraph, or that
        // holds far more than the text beside it (an opinion piece's body under a short lead), is the article.
        var firstArticleOwner = int.MaxValue;
        for (var i = 0; i < units.Count; i++)
        {
            if (!excluded[i] && values[i] > 0 && units[i].Owner >= start && units[i].Owner < end)
            {
                firstArticleOwner = units[i].Owner;
                break;
            }
        }
        var threads = new bool[count];
        var anyThread = false;
        for (var e = start + 1; e < end; e++)
        {
            threads[e] = threads[w.Parents[e]] || (w.CommentThread[e] && !underFurniture[e] && e > firstArticleOwner
                && bodyGood[best] - bodyGood[e] >= Math.Max(MinimumArticleChars, 0.25 * bodyGood[e]));
            anyThread |= threads[e];
        }
        if (anyThread)
        {
            for (var i = 0; i < units.Count; i++)
            {
                excluded[i] |= threads[units[i].Owner];
            }
        }
        // Linked subheads come in series (a list article's items); a single linked heading inside the text is
        // more likely a link to another story, whose headline (quotes and all) is not this article's.
        var subheads = new HashSet<int>();
        for (var i = 0; i < units.Count; i++)
        {
            if (!excluded[i] && units[i].Owner >= start && units[i].Owner < end && (units[i].IsLinkList || units[i].IsTeaser) && IsLinkedSubhead(i))
            {
                subheads.Add(i);
            }
        }
        if (subheads.Count < 2)
        {
            subheads.Clear();
        }
        var chosen = new List<TextUnit>();
        var chosenValues = new List<double>();
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (excluded[i] || u.Owner < start || u.Owner >= end || ((u.IsLinkList || u.IsTeaser) && !subheads.Contains(i) && !IsLinkLedSentence(i)))
            {
                continue;
            }
            chosen.Add(u);
            chosenValues.Add(values[i]);
        }
        return Clean(chosen, chosenValues, title);

        // A listicle's or review's subhead links its subject ("<h3><a>7) The Big Sick</a></h3>"): a short linked
        // heading with article paragraphs on both sides is the article's own structure, not a link list.
        bool IsLinkedSubhead(int i)
        {
            if (units[i].Kind != UnitKind.Heading || units[i].Text.Length > 100)
            {
                return false;
            }
            return Neighbour(i, -1) is { } before && values[before] > 0 && Neighbour(i, 1) is { } after && values[after] > 0;
        }

        // "<a>CBS station KPIX reported</a> Jain graduated from..." opens like a teaser card (a linked run, then a
        // capital), but a sentence-shaped paragraph set between two article paragraphs of the same parent is the
        // article's: teaser cards sit in card containers, not in the run of the text's own paragraphs.
        bool IsLinkLedSentence(int i)
        {
            var u = units[i];
            if (u.IsLinkList || u.Kind != UnitKind.Paragraph || !EndsSentence(u.Text) || u.Text.EndsWith("...", StringComparison.Ordinal) || u.Text.EndsWith('\u2026'))
            {
                return false;
            }
            var parent = w.Parents[u.Owner];
            return Neighbour(i, -1) is { } before && values[before] > 0 && w.Parents[units[before].Owner] == parent
                && Neighbour(i, 1) is { } after && values[after] > 0 && w.Parents[units[after].Owner] == parent;
        }

        int? Neighbour(int i, int step)
        {
            for (var j = i + step; j >= 0 && j < units.Count; j += step)
            {
                if (units[j].Owner < start || units[j].Owner >= end)
                {
                    return null;
                }
                if (!excluded[j])
                {
                    return j;
                }
            }
            return null;
        }
    }

    // A linked headline with a little text around it (author, date, summary) is a card pointing to another
    // article; everything in the card counts against the container, however sentence-like the summary is.
    private static void MarkCards(TextUnitWalker w, double[] values)
    {
        var units = w.Units;
        var length = new double[w.Elements.Count];
        foreach (var u in units)
        {
            length[u.Owner] += u.Text.Length;
        }
        SumUp(w, length);
        var inCard = new bool[w.Elements.Count];
        var any = false;
        foreach (var u in units)
        {
            if (u.Kind != UnitKind.Heading || u.LinkDensity <= 0.5)
            {
                continue;
            }
            var e = u.Owner;
            while (w.Parents[e] >= 0 && length[w.Parents[e]] < 600)
            {
                e = w.Parents[e];
            }
            if (e == u.Owner || inCard[e])
            {
                continue;
            }
            for (var i = e; i < w.SubtreeEnds[e]; i++)
            {
                inCard[i] = true;
            }
            any = true;
        }
        if (!any)
        {
            return;
        }
        for (var i = 0; i < units.Count; i++)
        {
            if (inCard[units[i].Owner] && values[i] > 0)
            {
                values[i] = -units[i].Text.Length;
            }
        }
    }

    // A slideshow numbers its slides "1/12", "2/12", ... or "1 of 12": the block holding a run of such
    // counters, beginning with one, is the gallery's captions (however sentence-like), not the article.
    private static void ExcludeSlideshows(TextUnitWalker w, bool[] excluded)
    {
        var units = w.Units;
        var counters = new List<(int Unit, int K, int N)>();
        for (var i = 0; i < units.Count; i++)
        {
            var m = SlideCounter().Match(units[i].Text);
            if (m.Success && int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is var k
                && int.Parse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is var n && k >= 1 && k <= n && n >= 3)
            {
                counters.Add((i, k, n));
            }
        }
        foreach (var run in counters.GroupBy(c => c.N))
        {
            var slides = run.ToList();
            if (slides.Count < 3 || slides.Select(s => s.K).Distinct().Count() < 3)
            {
                continue;
            }
            // The smallest element holding every counter of the run.
            var holder = units[slides[0].Unit].Owner;
            foreach (var s in slides)
            {
                while (holder > 0 && !(units[s.Unit].Owner >= holder && units[s.Unit].Owner < w.SubtreeEnds[holder]))
                {
                    holder = w.Parents[holder];
                }
            }
            var inside = Enumerable.Range(0, units.Count).Where(i => units[i].Owner >= holder && units[i].Owner < w.SubtreeEnds[holder]).ToList();
            // Only a block that opens with a slide and is mostly slides: never an article with counters strewn in it.
            if (inside.Count == 0 || inside[0] != slides[0].Unit || inside.Count > 4 * slides.Count)
            {
                continue;
            }
            foreach (var i in inside)
            {
                excluded[i] = true;
            }
        }
    }

    // Children come after their parent in document order, so one backward pass adds each subtree up.
    private static void SumUp(TextUnitWalker w, double[] values)
    {
        for (var e = values.Length - 1; e > 0; e--)
        {
            var parent = w.Parents[e];
            if (parent >= 0)
            {
                values[parent] += values[e];
            }
        }
    }

    private static List<TextUnit> Clean(List<TextUnit> units, List<double> values, string? title)
    {
        var firstGood = values.FindIndex(v => v > 0);
        var lastGood = values.FindLastIndex(v => v > 0);
        var kept = new List<TextUnit>();
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var text = u.Text;
            if (IsFurnitureLine(text))
            {
                continue;
            }
            // The headline is not body text: whatever matches the title, and any top-level heading above the first paragraph.
            if (u.Kind == UnitKind.Heading && ((title is not null && SameTitle(text, title)) || (u.HeadingLevel == 1 && i < firstGood)))
            {
                continue;
            }
            // Before the first paragraph sit the kicker, byline and dateline; after the last, tag lists and credits.
            if ((i < firstGood || i > lastGood) && values[i] <= 0 && u.Kind != UnitKind.Heading)
            {
                continue;
            }
            if (i < firstGood && (IsByline(text) || DateText.LooksLikeDate(text)))
            {
                continue;
            }
            if (i > lastGood && u.Kind == UnitKind.Heading)
            {
                continue;
            }
            kept.Add(u);
        }
        return kept;
    }

    private static double UnitValue(TextUnit u)
    {
        var length = WeightedLength(u.Text);
        var ld = u.LinkDensity;
        if (u.IsLinkList || u.IsTeaser)
        {
            return -length;
        }
        if (u.Kind == UnitKind.Heading)
        {
            return 0;
        }
        var sentence = EndsSentence(u.Text);
        if (length >= 80 || (length >= 25 && sentence))
        {
            return length * (1 - ld);
        }
        return sentence ? 0 : -0.5 * length;
    }

    // A CJK character carries about as much as a short English word: weigh it so that
    // Chinese and Japanese paragraphs reach the same thresholds as English ones.
    private static int WeightedLength(string text)
    {
        var n = text.Length;
        foreach (var ch in text)
        {
            if (ch is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF')
            {
                n += 2;
            }
        }
        return n;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }
        var c = t[^1];
        if (c is '"' or '\'' or '\u201D' or '\u2019' or ')' or '\u00BB')
        {
            c = t.Length > 1 ? t[^2] : c;
        }
        return c is '.' or '!' or '?' or ':' or '\u2026' or ';' or '\u3002' or '\uFF01' or '\uFF1F';
    }

    /// <summary>True when two titles are the same headline, ignoring case, punctuation and a trailing site name.</summary>
    public static bool SameTitle(string a, string b)
    {
        var x = TextNormal.Key(a);
        var y = TextNormal.Key(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }
        return x == y || (x.Length > 20 && y.StartsWith(x, StringComparison.Ordinal))
            || (y.Length > 20 && x.StartsWith(y, StringComparison.Ordinal));
    }

    public static bool IsByline(string text) => text.Length < 120 && BylineLine().IsMatch(text) && Bylines.Clean(text) is not null;

    public static bool IsFurnitureLine(string text) =>
        text.Length < 160 && FurnitureLine().IsMatch(text) || text.Length < 250 && PromotionLine().IsMatch(text) || IsStampLine(text);

    // "Updated 3:15 p.m. ET Nov. 19, 2019", "Published: 3 February 2016": a stamp, not a sentence
    // ("Published reports said the talks resume on Feb. 25." has no full date or clock time).
    private static bool IsStampLine(string text)
    {
        if (text.Length > 100)
        {
            return false;
        }
        var m = StampStart().Match(text);
        if (!m.Success)
        {
            return false;
        }
        var rest = text[m.Length..];
        return DateText.Parse(rest) is not null || ClockTime().IsMatch(rest) || RelativeAge().IsMatch(rest);
    }

    [GeneratedRegex(@"^(\d{1,3}) ?(?:/|of) ?(\d{1,3})(?!\d)(?! ?(?:/|-|\.)\d)")]
    private static partial Regex SlideCounter();

    [GeneratedRegex(@"^\W*(?:last updated|last modified|updated|published|posted|first published|modified)\b\s*:?\s*(?:on\s+|at\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex StampStart();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d\d\s*(?:a\.?m\.?|p\.?m\.?|[AP]M)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^\s*\d+\s+(?:min|minute|hour|day|week)s?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAge();

    // "By", and the same word in the other languages news pages are written in (French, German, Spanish,
    // Portuguese, Dutch, Italian, Scandinavian); only lines whose rest is shaped like names count as bylines.
    [GeneratedRegex(@"^(?:by|written by|words by|story by|reporting by|par|von|por|door|di|av|af)\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^\W*(?:advertisement|advertisment|advertising|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|read more\b.*|read (?:the )?(?:full|whole|original) (?:story|article)\b.*|related(?: articles| stories| coverage| content| links| news| reading| topics)?(?::.*)?|see also:?.*|more on this(?: story)?|recommended(?: for you)?|most (?:read|popular|viewed)|share (?:this|on|via)\b.*|share|tweet|email|print|comments?|\d+ comments?|sign up\b.*|subscribe\b.*|click here\b.*|(?:image|photo|picture|video|graphic|illustration)(?: credit| source| caption)?:.*|(?:image|photo)s? (?:copyright|courtesy)\b.*|copyright\b.*|©.*|all rights reserved\W*|follow (?:us|[\p{L}.'-]+(?: [\p{L}.'-]+){0,3}) on (?:twitter|facebook|instagram|linkedin|x)\b.*|send (?:us )?(?:news )?tips\b.*|listen to (?:this )?(?:article|story)\b.*|\(?photo(?:graph)? by\b.*|font size:?|(?:text|font) size\b.*|skip to (?:main )?content|(?:this|the) (?:article|story) (?:was|is|has been) (?:originally )?(?:published|updated|amended|corrected)\b.*|(?:getty|ap|afp|reuters|epa|shutterstock) ?(?:images|photo)?\W*|we use cookies\b.*|you (?:may|might) also like\b.*|more from\b.*|also read\b.*|watch:.*|listen:.*|(?:topics|tags|filed under):.*|(?:the )?(?:story|article|text) continues (?:below|after)\b.*|scroll (?:down )?to continue\b.*|click to (?:expand|enlarge)\b.*|loading\b.{0,40}|(?:reuters|ap|afp|epa|getty images|afp via getty images)\s*/\s*\p{Lu}[^.]{0,60}|trending(?: now| stories)?|recommended (?:stories|articles|reading|videos?))\W*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FurnitureLine();

    // Promotions that read like sentences: newsletter and tip-line appeals, print-subscription offers.
    [GeneratedRegex(@"^(?:have a (?:news )?tip|got a (?:news )?tip|get (?:the latest|our).*(?:inbox|newsletter)|(?:sign up|subscribe) (?:for|to).*(?:newsletter|inbox|updates|issues)|.*delivered (?:to|through) your (?:inbox|letterbox|door)|.*click here for more|support (?:our|independent) journalism|if you (?:value|enjoy|appreciate).*(?:journalism|reporting).*(?:subscrib|support|donat))", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PromotionLine();
}
