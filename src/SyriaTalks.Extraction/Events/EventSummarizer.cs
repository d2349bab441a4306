using System.Text.RegularExpressions;

namespace SyriaTalks.Extraction.Events;

/// <summary>
/// Turns the clause of a sentence that carries a date into a short headline-like summary: the subordinate
/// or relative clause that holds the date (its subject borrowed from the noun it hangs on), without dateline,
/// leading conjunction, parentheticals or attribution tail, and with the date words kept wherever removing
/// them would break the grammar.
/// </summary>
internal static partial class EventSummarizer
{
    private const int MaxWords = 20;

    /// <summary>The summary of the happening dated by the expression at [start, end) of the sentence, and the
    /// clause it was built from (for the event's kind).</summary>
    public static (string Summary, string Clause) Summarize(string sentence, int start, int end)
    {
        // A run-on "sentence" (no full stops in 200,000 characters) would be scanned whole for each of its
        // dates: the clause of a date lies within a window around it, so only that is read.
        var (lo, hi) = Window(sentence, start, end);
        return lo == 0 && hi == sentence.Length ? SummarizeWhole(sentence, start, end) : SummarizeWhole(sentence[lo..hi], start - lo, end - lo);
    }

    /// <summary>How far before and after its date expression a summary's clause is looked for.</summary>
    internal const int Reach = 1_000;

    /// <summary>The part of the sentence a summary is built from: all of it when short, else the date expression
    /// with at most <see cref="Reach"/> characters either side, cut at spaces so that no word is split.</summary>
    internal static (int Start, int End) Window(string sentence, int start, int end)
    {
        if (sentence.Length <= 2 * Reach + (end - start))
        {
            return (0, sentence.Length);
        }
        var lo = Math.Max(0, start - Reach);
        if (lo > 0)
        {
            var space = sentence.IndexOf(' ', lo, start - lo);
            lo = space < 0 ? start : space + 1;
        }
        var hi = Math.Min(sentence.Length, end + Reach);
        if (hi < sentence.Length)
        {
            var space = hi > end ? sentence.LastIndexOf(' ', hi - 1, hi - end) : -1;
            hi = space < 0 ? end : space;
        }
        return (lo, hi);
    }

    private static (string Summary, string Clause) SummarizeWhole(string sentence, int start, int end)
    {
        var from = DatelineLength(sentence);
        var spans = Asides(sentence, from);
        var inside = spans.FirstOrDefault(s => s.Start <= start && end <= s.End);
        string clause;
        int exprAt;
        // A noun or -ing phrase in apposition ("X, a top aide on Trump's July 25 call, said"; "Kerry, speaking in
        // Jordan Sunday, said") dates the main clause it interrupts, which goes without it.
        if (inside.Pronoun == "apposition" && !ParticipleRegex().IsMatch(WordRegex().Match(sentence, inside.BodyStart).Value)
            && SubordinateAround(sentence[inside.BodyStart..inside.End], start - inside.BodyStart, end - inside.BodyStart).Start == 0)
        {
            (clause, exprAt) = MainClause(sentence, from, spans, inside.Start, inside.End, dateInAside: true);
        }
        else if (inside.End > 0 && inside.Pronoun.Length == 0 && !HasFiniteVerb(" " + sentence[inside.BodyStart..inside.End]))
        {
            // A dashed noun phrase holding the date ("Aleppo - the target of an offensive a month ago - was calm")
            // means nothing alone: the clause keeps it.
            (clause, exprAt) = MainClause(sentence, from, spans, start, end);
        }
        else if (inside.End > 0)
        {
            (clause, exprAt) = AsideClause(sentence, inside, start);
        }
        else
        {
            (clause, exprAt) = MainClause(sentence, from, spans, start, end);
        }
        var text = clause;
        var length = end - start;
        // ", and said on Sunday that ...": the verb's subject is the sentence's.
        var bare = CoordinatorRegex().Match(text.TrimStart());
        var opener = WordRegex().Match(text.TrimStart(), bare.Length).Value;
        if (bare.Success && opener.Length > 0 && char.IsLower(opener[0]) && IsFiniteVerb(opener))
        {
            var verbAt = FirstVerb(sentence, from);
            var subject = verbAt < sentence.Length ? Cut(sentence, from, verbAt, spans, -1, 0).Clause.Trim().TrimEnd(',') : "";
            var words = WordRegex().Count(subject);
            if (words is > 0 and <= 8 && !subject.Contains(',') && !sentence[from..].TrimStart().StartsWith(text.Trim(), StringComparison.Ordinal))
            {
                var skip = text.Length - text.TrimStart().Length + bare.Length;
                text = subject + " " + text[skip..];
                exprAt = exprAt < 0 ? -1 : exprAt - skip + subject.Length + 1;
            }
        }
        if (exprAt >= 0 && exprAt + length <= text.Length)
        {
            text = WithoutDate(text, exprAt, length);
        }
        text = LeadingAdjunctRegex().Replace(text, "");
        text = WithoutAttributionTail(text);
        var summary = Finish(text);
        return (summary.Length > 0 ? summary : Finish(sentence[from..]), clause);
    }

    /// <summary>A non-restrictive relative clause (", which ...,") or a dashed parenthetical (" -- ... --"),
    /// with the noun a relative clause hangs on.</summary>
    private readonly record struct Aside(int Start, int End, int BodyStart, string Pronoun, int CommaAt);

    private static List<Aside> Asides(string s, int from)
    {
        var asides = new List<Aside>();
        foreach (Match m in RelativeRegex().Matches(s, from))
        {
            var close = NextBreak(s, m.Index + m.Length);
            asides.Add(new Aside(m.Index, close, m.Index + m.Length, m.Groups[1].Value.ToLowerInvariant(), m.Index));
        }
        foreach (Match m in DashPairRegex().Matches(s, from))
        {
            asides.Add(new Aside(m.Index, m.Index + m.Length, m.Groups[1].Index, "", m.Index));
        }
        // An apposition between the subject and its verb: "Salim al-Muslat, a spokesman for the HNC, accused ...",
        // "The HNC, formed in Saudi Arabia last month, has said ...".
        var verb = FirstVerb(s, from);
        // Every comma may open one: matches overlap ("Asked ..., Salem Meslet, the spokesman ..., said").
        for (var comma = s.IndexOf(',', from); comma >= 0; comma = s.IndexOf(',', comma + 1))
        {
            var m = AppositionRegex().Match(s, comma);
            if (!m.Success)
            {
                continue;
            }
            var described = DeterminerStartRegex().IsMatch(m.Groups[1].Value);
            if ((m.Index >= verb && !described) || asides.Any(a => a.Start <= m.Index && m.Index < a.End))
            {
                continue;
            }
            var nextWords = new List<string>(2);
            foreach (var w in WordRegex().EnumerateMatches(s.AsSpan(m.Index + m.Length)))
            {
                nextWords.Add(s.AsSpan(m.Index + m.Length + w.Index, w.Length).TrimEnd([',', ':']).ToString());
                if (nextWords.Count == 2)
                {
                    break;
                }
            }
            var verbNext = nextWords.Count > 0 && (IsFiniteVerb(nextWords[0])
                || (nextWords.Count > 1 && AdverbRegex().IsMatch(nextWords[0]) && IsFiniteVerb(nextWords[1])));
            var body = m.Groups[1].Value;
            if (verbNext && (described || ParticipleRegex().IsMatch(WordRegex().Match(body).Value) || !HasFiniteVerb(" " + body)))
            {
                // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told": one aside for both.
                var begin = m.Index;
                var previous = begin > 0 ? s.LastIndexOf(',', begin - 1) : -1;
                if (previous > from && described && DeterminerStartRegex().IsMatch(s[(previous + 1)..begin].TrimStart())
                    && previous > 0 && char.IsUpper(LastWord(s[..previous]) is { Length: > 0 } last ? last[0] : 'a')
                    && !HasFiniteVerb(" " + s[(previous + 1)..begin]) && !asides.Any(a => a.Start <= previous && previous < a.End))
                {
                    begin = previous;
                }
                asides.Add(new Aside(begin, m.Index + m.Length - m.Groups[2].Length, begin == m.Index ? m.Groups[1].Index : begin + 1, "apposition", begin));
            }
        }
        return asides;
    }

    private static int FirstVerb(string s, int from)
    {
        // Words are runs of non-space characters, so reading them from `from` on is reading the rest of the string.
        foreach (var w in WordRegex().EnumerateMatches(s.AsSpan(from)))
        {
            var at = from + w.Index;
            if (char.IsLower(s[at]) && at > from && IsFiniteVerb(s.AsSpan(at, w.Length).TrimEnd(',').ToString()))
            {
                return at;
            }
        }
        return s.Length;
    }

    private static int NextBreak(string s, int at)
    {
        var m = AsideEndRegex().Match(s, at);
        // "Turkey, which borders Syria, Iraq and Iran, will join": a list of names does not end the clause.
        while (m.Success && m.Value == "," && NameListRegex().Match(s, m.Index + 1) is { Success: true } list)
        {
            m = AsideEndRegex().Match(s, list.Index + list.Length);
        }
        return m.Success ? m.Index : s.Length;
    }

    // "Russia, which had proposed one to start on March 1" -> "Russia had proposed one to start on March 1";
    // "Aleppo, where heavy fighting has raged" -> "Heavy fighting has raged in Aleppo".
    private static (string Clause, int ExprAt) AsideClause(string s, Aside a, int start)
    {
        var body = s[a.BodyStart..a.End].TrimEnd(' ', '.');
        var exprAt = start - a.BodyStart;
        // A subordinate clause inside the aside that holds the date is the happening itself.
        var (subStart, subEnd) = SubordinateAround(body, exprAt, exprAt);
        if (subStart > 0)
        {
            return (body[subStart..subEnd], exprAt - subStart);
        }
        if (a.Pronoun.Length == 0)
        {
            return (body, exprAt);
        }
        var antecedent = Antecedent(s, a.CommaAt);
        if (antecedent.Length == 0 && a.Pronoun == "which")
        {
            antecedent = "It";
        }
        if (a.Pronoun == "apposition")
        {
            if (antecedent.Length == 0 || !ParticipleRegex().IsMatch(WordRegex().Match(body).Value))
            {
                return (body, exprAt);
            }
            var and = AndIngRegex().Match(body);
            var passive = antecedent + " was " + (and.Success && and.Index > exprAt ? body[..and.Index] : body);
            return (passive, exprAt + antecedent.Length + 5);
        }
        if (antecedent.Length == 0)
        {
            return (body, exprAt);
        }
        switch (a.Pronoun)
        {
            case "where":
                // Only a named place reads well as "... in Aleppo".
                var name = ProperNameEndRegex().Match(antecedent);
                return name.Success ? (body + " in " + name.Value, exprAt) : (body, exprAt);
            case "whose":
                return (antecedent + "'s " + body, exprAt + antecedent.Length + 3);
            case "when":
                return (body, exprAt);
        }
        // "the city, which Islamic State fighters have occupied since 2014": the noun is the object, after the verbs.
        var bodyWords = WordRegex().Matches(body).Select(w => w.Value).ToList();
        if (bodyWords.Count > 1 && (SubjectStartRegex().IsMatch(bodyWords[0])
            || (!IsFiniteVerb(bodyWords[0]) && FiniteVerbs.Contains(bodyWords[1]))))
        {
            var verbEnd = VerbGroupEnd(body);
            if (verbEnd < 0)
            {
                return (body, exprAt);
            }
            var obj = LowerDeterminer(antecedent);
            var joined = body[..verbEnd] + " " + obj + body[verbEnd..];
            return (joined, exprAt >= verbEnd ? exprAt + obj.Length + 1 : exprAt);
        }
        return (antecedent + " " + body, exprAt + antecedent.Length + 1);
    }

    private static string LowerDeterminer(string np)
    {
        var space = np.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? np : np[..space];
        return Determiners.Contains(head.ToLowerInvariant()) ? char.ToLowerInvariant(np[0]) + np[1..] : np;
    }

    /// <summary>The end of the first run of verbs ("have occupied", "had been shelling"), or -1.</summary>
    private static int VerbGroupEnd(string body)
    {
        var words = WordRegex().Matches(body).ToList();
        for (var k = 1; k < words.Count; k++)
        {
            if (!IsFiniteVerb(words[k].Value))
            {
                continue;
            }
            var j = k;
            while (j + 1 < words.Count && (IsFiniteVerb(words[j + 1].Value) || ParticipleRegex().IsMatch(words[j + 1].Value)))
            {
                j++;
            }
            return words[j].Index + words[j].Length;
        }
        return -1;
    }

    /// <summary>The noun phrase just before a comma: back to its determiner, or to the word that ends it.</summary>
    private static string Antecedent(string s, int commaAt)
    {
        var words = WordRegex().Matches(s[..commaAt]).ToList();
        var take = 0;
        var lastGood = 0;
        for (var k = words.Count - 1; k >= 0 && take < 9; k--)
        {
            var w = words[k].Value;
            var lower = w.ToLowerInvariant();
            if (Determiners.Contains(lower))
            {
                take++;
                lastGood = take;
                // "the meeting at a Munich hotel", "Fadi Ahmad of the First Coastal Division"; not "the form of his father".
                if (k > 0 && words[k - 1].Value is "of" or "in" or "at" or "for" && k + 1 < words.Count && char.IsUpper(words[k + 1].Value[0]))
                {
                    continue;
                }
                break;
            }
            if (lower is "of" or "in" or "for" or "at"
                || (lower == "to" && k > 0 && TitlesTo.Contains(words[k - 1].Value.ToLowerInvariant())))
            {
                take++;
                continue;
            }
            if (w.EndsWith(')') || char.IsDigit(w[0]))
            {
                break;
            }
            if (NpStop.Contains(lower) || (char.IsLower(w[0]) && IsFiniteVerb(lower)) || w.EndsWith(',') || s[..commaAt].TrimEnd().Length == 0)
            {
                break;
            }
            take++;
            lastGood = take;
            if (k > 0 && words[k - 1].Value.EndsWith(','))
            {
                break;
            }
        }
        if (lastGood == 0)
        {
            return "";
        }
        var first = words[words.Count - lastGood];
        return s[first.Index..commaAt].Trim().TrimEnd(',');
    }

    // The clause around the date, leaving out asides that do not hold it.
    private static (string Clause, int ExprAt) MainClause(string s, int from, List<Aside> asides, int start, int end, bool dateInAside = false)
    {
        // "one day after officials denounced ...": the date is that of the clause after "after".
        if (AfterBeforeEndRegex().IsMatch(s[start..end]))
        {
            var stop = ClauseBreakRegex().Match(s, end) is { Success: true } b ? b.Index : s.Length;
            var following = s[end..stop];
            var firstWord = WordRegex().Match(following).Value;
            if (firstWord.Length > 0 && !IsFiniteVerb(firstWord) && !firstWord.EndsWith("ing", StringComparison.Ordinal) && HasFiniteVerb(following))
            {
                return (Cut(s, end, stop, asides, -1, 0).Clause, -1);
            }
        }
        var left = from;
        var previousLeft = from;
        var right = s.Length;
        foreach (Match m in ClauseBreakRegex().Matches(s, from))
        {
            if (asides.Any(a => m.Index > a.Start && m.Index < a.End) || asides.Any(a => a.Start == m.Index))
            {
                continue;
            }
            // ", sampling errors were ..." after an opening adjunct is the subject, not a participle clause.
            if (m.Value.StartsWith(',') && WordRegex().Match(s, m.Index + m.Length).Value.EndsWith("ing", StringComparison.Ordinal)
                && !HasFiniteVerb(s[from..m.Index]))
            {
                continue;
            }
            if (m.Index + m.Length <= start)
            {
                previousLeft = left;
            }
            if (m.Index + m.Length <= start)
            {
                left = m.Index + m.Length;
            }
            else if (m.Index >= end)
            {
                right = m.Index;
                break;
            }
        }
        // "..., and again from 1980 to 1984": a conjunct without a verb shares the clause before it.
        if (left > from && LeadingConjunctionRegex().IsMatch(s[left..right]) && !HasFiniteVerb(s[left..right]))
        {
            left = previousLeft;
        }
        var (subStart, subEnd) = SubordinateAround(s[..right], start, end, left);
        if (subStart > 0)
        {
            left = subStart;
            right = subEnd;
        }
        else
        {
            // A sentence-opening subordinate clause ("After X did Y, Z did W") that does not hold the date.
            var opening = OpeningSubordinateRegex().Match(s, left, right - left);
            if (opening.Success && opening.Index + opening.Length <= start && HasFiniteVerb(opening.Groups[1].Value))
            {
                left = opening.Index + opening.Length;
                foreach (var a in asides.Where(a => a.Start <= left && left < a.End && a.End <= start))
                {
                    left = Math.Min(a.End + 1, s.Length);
                }
            }
        }
        // A participle or speech clause ("..., saying ...") is not the happening: the clause it hangs on is.
        if (ParticipleStartRegex().IsMatch(s[left..right]) && left > from)
        {
            var before = s[from..left].TrimEnd().TrimEnd(',', ';', ':').TrimEnd();
            var prevLeft = from;
            foreach (Match m in ClauseBreakRegex().Matches(before))
            {
                if (!asides.Any(a => from + m.Index >= a.Start && from + m.Index < a.End))
                {
                    prevLeft = from + m.Index + m.Length;
                }
            }
            return (Cut(s, prevLeft, from + before.Length, asides, -1, 0).Clause, -1);
        }
        return dateInAside ? (Cut(s, left, right, asides, -1, 0).Clause, -1) : Cut(s, left, right, asides, start, end);
    }

    // The span [left, right) without the asides inside it, and where the date now starts.
    private static (string Clause, int ExprAt) Cut(string s, int left, int right, List<Aside> asides, int start, int end)
    {
        var text = new System.Text.StringBuilder();
        var exprAt = -1;
        var k = left;
        foreach (var a in asides.Where(a => a.Start >= left && a.End <= right && !(a.Start <= start && end <= a.End)).OrderBy(a => a.Start))
        {
            if (a.Start < k)
            {
                continue;
            }
            if (start >= k && start < a.Start)
            {
                exprAt = text.Length + start - k;
            }
            text.Append(s, k, a.Start - k).Append(' ');
            k = a.End;
            // The closing comma of an aside goes with it.
            if (k < right && s[k] == ',')
            {
                k++;
            }
            else if (k + 2 < right && s.AsSpan(k).TrimStart().StartsWith("--"))
            {
                k = s.IndexOf("--", k, StringComparison.Ordinal) + 2;
            }
        }
        if (start >= k && start < right)
        {
            exprAt = text.Length + start - k;
        }
        text.Append(s, k, right - k);
        return (text.ToString(), exprAt);
    }

    /// <summary>A subordinate clause with its own subject and verb ("since Moscow began bombing ... in
    /// September", "if talks are to resume by Feb. 25") holding the date: its start after the conjunction,
    /// and its end.</summary>
    private static (int Start, int End) SubordinateAround(string s, int start, int end, int from = 0)
    {
        var best = (0, 0);
        foreach (Match m in SubordinatorRegex().Matches(s, from))
        {
            var bodyStart = m.Index + m.Length;
            if (bodyStart > start)
            {
                break;
            }
            var bodyEnd = NextBreak(s, bodyStart);
            if (end > bodyEnd)
            {
                continue;
            }
            // "a state of emergency in place since 130 people were killed last November is to be extended":
            // the outer clause resumes at a later verb, so the clause ends with the date.
            if (AuxiliaryRegex().IsMatch(WordRegex().Match(s, end).Value) && WordRegex().Match(s, end).Index < bodyEnd)
            {
                bodyEnd = end;
            }
            var bodyBeforeDate = s[bodyStart..start];
            var firstWord = WordRegex().Match(bodyBeforeDate);
            if (firstWord.Success && StartsWithSubject(bodyBeforeDate) && HasFiniteVerb(bodyBeforeDate))
            {
                best = (bodyStart, bodyEnd);
            }
        }
        return best;
    }

    // "if stalled negotiations are to resume" opens with a subject; "if confirmed, it would" does not.
    private static bool StartsWithSubject(string text)
    {
        // Only the first two words count.
        var words = new List<string>(2);
        foreach (var w in WordRegex().EnumerateMatches(text))
        {
            words.Add(text.Substring(w.Index, w.Length));
            if (words.Count == 2)
            {
                break;
            }
        }
        if (words.Count < 2 || words[0].EndsWith("ing", StringComparison.Ordinal) || FiniteVerbs.Contains(words[0]))
        {
            return false;
        }
        return !IsFiniteVerb(words[0]) || (!words[0].EndsWith(',') && char.IsLower(words[1][0])
            && !NpStop.Contains(words[1]) && !Determiners.Contains(words[1]) && !Pronouns.Contains(words[1]));
    }

    private static bool HasFiniteVerb(string text)
    {
        // Walks the words without Match objects or a list: this runs for many clauses of every dated sentence.
        var previous = ReadOnlySpan<char>.Empty;
        var first = true;
        foreach (var m in WordRegex().EnumerateMatches(text))
        {
            var w = text.AsSpan(m.Index, m.Length).TrimEnd(',');
            if (w.Length == 0)
            {
                continue;
            }
            if (!first && char.IsLower(w[0]) && IsFiniteVerb(w.ToString()) && !Determiners.Contains(previous.ToString().ToLowerInvariant()))
            {
                return true;
            }
            previous = w;
            first = false;
        }
        return false;
    }

    /// <summary>Every run of white space as one space; most clauses already are, and are returned as they are.</summary>
    internal static string SingleSpaced(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return SpaceRegex().Replace(text, " ");
            }
        }
        return text;
    }

    /// <summary>The last word of a text as <see cref="WordRegex"/> cuts words (a run of non-space characters), or "".</summary>
    private static string LastWord(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        return text[start..end];
    }

    private static bool IsFiniteVerb(string w) =>
        FiniteVerbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-'));

    /// <summary>The clause without its time expression, unless the words around the expression need it:
    /// "a target date of Feb. 25 to reconvene", "the March 1 cease-fire date", "last November's attacks".</summary>
    private static string WithoutDate(string clause, int at, int length)
    {
        var expression = clause.Substring(at, length);
        if (KeepInSummaryRegex().IsMatch(expression))
        {
            return clause;
        }
        var after = clause[(at + length)..];
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal))
        {
            return clause;
        }
        var before = clause[..at];
        var preposition = TrailingPrepositionRegex().Match(before);
        var cut = preposition.Success ? preposition.Index : at;
        // The resolver may take the preposition into the expression ("in September").
        if (!preposition.Success && LeadingPrepositionRegex().IsMatch(expression))
        {
            preposition = LeadingPrepositionRegex().Match(expression);
        }
        // "the last one was in 2012", "due to start on March 10": the date completes the verb.
        if (NeedsComplementRegex().IsMatch(before[..cut]))
        {
            return clause;
        }
        // "the war, raging since 2011, has ...": a verb form the date alone completes.
        var lastWord = LastWord(before[..cut]);
        if (PhraseEndRegex().IsMatch(after) && (lastWord.EndsWith("ing", StringComparison.Ordinal) || ParticipleRegex().IsMatch(lastWord)
            || (WordRegex().Count(before[..cut]) < 5 && IsFiniteVerb(lastWord))))
        {
            return clause;
        }
        // With no preposition, only an adverb of time ("Tuesday", "last week", "yesterday") stands alone;
        // after "of", "around", a determiner or an adjective the date is part of the phrase.
        if (!preposition.Success && (!AdverbialDateRegex().IsMatch(expression) || BoundBeforeRegex().IsMatch(before)))
        {
            return clause;
        }
        // "a noun modifier": "a December meeting", "the Nov. 8 election".
        if (preposition.Success is false && DeterminerBeforeRegex().IsMatch(before))
        {
            return clause;
        }
        // "Newroz, which falls on March 21": too little is left without the date.
        if (after.Trim(' ', '.', ',').Length == 0 && WordRegex().Count(clause[..cut]) < 3)
        {
            return clause;
        }
        return clause[..cut].TrimEnd() + " " + after.TrimStart();
    }

    private static string WithoutAttributionTail(string text)
    {
        var m = AttributionTailRegex().Match(text);
        // Only a short tail ("said on Friday", "told Reuters"), never a reported clause ("Fields said Twitter had").
        if (m.Success && m.Index > 20 && WordRegex().Count(text[..m.Index]) >= 4
            && !HasFiniteVerb(" " + SpeechVerbRegex().Split(m.Value).Last()))
        {
            return text[..m.Index];
        }
        return text;
    }

    private static int DatelineLength(string s)
    {
        var label = PageLabelRegex().Match(s);
        var m = DatelineRegex().Match(s[label.Length..]);
        return label.Length + (m.Success ? m.Length : 0);
    }

    private static string Finish(string text)
    {
        var s = SingleSpaced(text).Replace(" ,", ",", StringComparison.Ordinal).Replace(",,", ",", StringComparison.Ordinal).Trim();
        for (var k = 0; k < 3; k++)
        {
            var before = s;
            s = LeadingAdjunctRegex().Replace(s.TrimStart('"', '\u201c'), "");
            s = LeadingConjunctionRegex().Replace(s, "");
            if (s == before)
            {
                break;
            }
        }
        var abbreviation = AbbreviationEndRegex().IsMatch(s);
        s = s.Trim(' ', ',', '.', ';', ':', '-', '\u2013', '\u2014') + (abbreviation ? "." : "");
        // An unbalanced quotation mark (the quote opened or closed outside the clause) goes.
        s = Shortened(s).TrimEnd(' ', ',', ';', ':', '-');
        s = TrailingConjunctionRegex().Replace(s, "");
        var marks = s.Count(c => c is '"' or '\u201c' or '\u201d');
        if (marks % 2 == 1)
        {
            s = s.Replace("\"", "", StringComparison.Ordinal).Replace("\u201c", "", StringComparison.Ordinal).Replace("\u201d", "", StringComparison.Ordinal);
            s = SingleSpaced(s).Replace(" ,", ",", StringComparison.Ordinal).Trim();
        }
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    /// <summary>At most about twenty words, cut at the last comma (or before a function word) so the summary
    /// ends on a whole phrase.</summary>
    private static string Shortened(string s)
    {
        // Most summaries are short enough: counting their words needs no Match objects.
        if (WordRegex().Count(s) <= MaxWords + 2)
        {
            return s;
        }
        // Only the first MaxWords + 1 words decide where to cut: a verb found further on leaves no comma to cut at.
        var words = new List<(int Index, int Length)>(MaxWords + 1);
        foreach (var m in WordRegex().EnumerateMatches(s))
        {
            words.Add((m.Index, m.Length));
            if (words.Count == MaxWords + 1)
            {
                break;
            }
        }
        var verb = words.FindIndex(w => char.IsLower(s[w.Index]) && IsFiniteVerb(s.AsSpan(w.Index, w.Length).TrimEnd(',').ToString()));
        for (var k = MaxWords; k >= 8 && k > verb + 2; k--)
        {
            var (at, length) = words[k - 1];
            if (verb > 0 && s[at + length - 1] == ',' && char.IsLower(s[words[k].Index])
                && !s.AsSpan(words[k].Index, words[k].Length).EndsWith("ed", StringComparison.Ordinal))
            {
                return s[..(at + length - 1)];
            }
        }
        var boundary = ClauseBoundary(s, words, verb);
        if (boundary > 0)
        {
            return s[..boundary].TrimEnd(' ', ',', ';', ':');
        }
        var end = MaxWords;
        while (end > 8 && FunctionWords.Contains(s.Substring(words[end - 1].Index, words[end - 1].Length).ToLowerInvariant()))
        {
            end--;
        }
        return s[..(words[end - 1].Index + words[end - 1].Length)].TrimEnd(',') + "\u2026";
    }

    /// <summary>Where a too-long clause can end on a whole statement: before the first word of what news writing
    /// hangs on the event clause (a subordinate, relative or participle clause, a second predicate), else before
    /// a trailing prepositional phrase; the character index, or 0 when there is none within the word cap.</summary>
    private static int ClauseBoundary(string s, List<(int Index, int Length)> words, int verb)
    {
        // Without a known verb the subject might be all that is left.
        if (verb < 0)
        {
            return 0;
        }
        var clauseAt = 0;
        var phraseAt = 0;
        var skipUntil = 0;
        // k is the first word left out; the summary keeps the verb, two words after it and at least six words.
        for (var k = Math.Max(verb + 3, MinKeptWords); k <= MaxWords && k < words.Count; k++)
        {
            var previous = Bare(s, words[k - 1]);
            var word = Bare(s, words[k]);
            // A quotation may open the clause left out: "... back in May \u201cwhen voter impressions ...\u201d".
            var raw = s.Substring(words[k].Index, words[k].Length).TrimStart('"', '\u201c');
            if (word.Length == 0 || !char.IsLower(raw[0]) || FunctionWords.Contains(previous) || Determiners.Contains(previous)
                || s[words[k - 1].Index] is '"' or '\u201c')
            {
                continue;
            }
            // Never inside a quotation, and never leaving a clause opener without its verb ("began when the regime in power").
            if (k < skipUntil || s[..words[k].Index].Count(c => c is '"' or '\u201c' or '\u201d') % 2 == 1 || !LastClauseHasVerb(s, words, verb, k))
            {
                continue;
            }
            // "..., with a U.N. inquiry pointing the finger at ...": an absolute phrase, cut before "with".
            if (word == "with" && AbsoluteIng(s, words, k) is > 0 and var ing)
            {
                clauseAt = words[k].Index;
                skipUntil = ing + 1;
            }
            else if (IsClauseOpener(s, words, k, word, previous))
            {
                clauseAt = words[k].Index;
            }
            // Not after a verb or its particle ("held by", "went up against", "back in May").
            else if (TrailingPrepositions.Contains(word) && !IsFiniteVerb(previous) && !ParticipleRegex().IsMatch(previous)
                && !Particles.Contains(previous))
            {
                phraseAt = words[k].Index;
            }
        }
        return clauseAt > 0 ? clauseAt : phraseAt;
    }

    /// <summary>The index of the -ing participle within eight words after "with", or 0.</summary>
    private static int AbsoluteIng(string s, List<(int Index, int Length)> words, int with)
    {
        for (var j = with + 2; j < Math.Min(words.Count, with + 9); j++)
        {
            var w = Bare(s, words[j]);
            if (w.Length >= 6 && w.EndsWith("ing", StringComparison.Ordinal) && !IngNouns.Contains(w))
            {
                return j;
            }
        }
        return 0;
    }

    // The text kept before word k: a subordinate or relative clause it opens after the verb must have a verb of its own.
    private static bool LastClauseHasVerb(string s, List<(int Index, int Length)> words, int verb, int k)
    {
        for (var j = k - 1; j > verb; j--)
        {
            var w = Bare(s, words[j]);
            if (ClauseSubordinators.Contains(w) || w is "that" or "which" or "who" or "whom" or "whose" or "whether" or "if")
            {
                // "said that if his candidate were to win, she would ...": a subordinate clause before its main clause.
                var before = j > 0 ? Bare(s, words[j - 1]) : "";
                if (w is not ("that" or "which" or "who" or "whom" or "whose" or "whether") && (before == "that" || SpeechStems.Any(before.StartsWith)))
                {
                    return false;
                }
                return HasFiniteVerb(" " + s[words[j].Index..(words[k - 1].Index + words[k - 1].Length)]);
            }
        }
        return true;
    }

    private const int MinKeptWords = 6;

    private static string Bare(string s, (int Index, int Length) w) =>
        s.Substring(w.Index, w.Length).Trim(',', ';', ':', '.', '(', ')', '"', '\u201c', '\u201d').ToLowerInvariant();

    private static bool IsClauseOpener(string s, List<(int Index, int Length)> words, int k, string word, string previous)
    {
        // "... died when air strikes hit ...", "... pledged aid as leaders gathered ...".
        if (ClauseSubordinators.Contains(word))
        {
            // "such as", "described as": not a clause.
            return !(word == "as" && (previous is "such" or "so" or "just" or "known" or "seen" || IsFiniteVerb(previous)));
        }
        // "... talks that were due to resume ...": a relative clause after a noun, not "said that ..." after a verb.
        if (word is "that" or "which" or "who" or "whom" or "whose")
        {
            // "told the committee that ...", "said in a broadcast that ...": the speech verb's complement.
            var reported = false;
            for (var j = k - 1; j >= 0 && !reported; j--)
            {
                var w = Bare(s, words[j]);
                if (w is "that" or "which" or "who" or "whom" or "whose")
                {
                    break;
                }
                var lower = char.IsLower(s[words[j].Index]);
                reported = lower && SpeechStems.Any(w.StartsWith);
                // "said they are analyzing the attack that killed 45": a verb in between makes "that" a relative.
                if (!reported && lower && IsFiniteVerb(w))
                {
                    break;
                }
            }
            return !reported && !IsFiniteVerb(previous) && !previous.EndsWith("ing", StringComparison.Ordinal) && !NpStop.Contains(previous) && !TrailingPrepositions.Contains(previous)
                && !previous.EndsWith("ly", StringComparison.Ordinal);
        }
        // "... killed dozens and left many more sick": a second predicate with the same subject.
        if (word is "and" or "but" && k + 1 < words.Count)
        {
            var next = Bare(s, words[k + 1]);
            var after = k + 2 < words.Count ? Bare(s, words[k + 2]) : "";
            return IsFiniteVerb(next) || (AdverbRegex().IsMatch(next) && IsFiniteVerb(after));
        }
        // "... denied using chemical weapons, insisting ...": a participle phrase after a noun.
        return word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) && !IngNouns.Contains(word)
            && !previous.EndsWith("ing", StringComparison.Ordinal) && !previous.EndsWith("ly", StringComparison.Ordinal)
            && !IsFiniteVerb(previous) && !NpStop.Contains(previous) && !AdverbRegex().IsMatch(previous);
    }

    private static readonly HashSet<string> ClauseSubordinators = new(StringComparer.Ordinal)
    {
        "when", "after", "as", "because", "while", "since", "although", "though", "before", "until", "unless", "whereas",
        "where", "amid", "despite", "following",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "back", "up", "down", "out", "off", "away", "ahead", "together", "forward",
    };

    private static readonly HashSet<string> TrailingPrepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "from", "for", "near", "during", "over", "against", "by", "with", "into", "across", "under",
        "between", "toward", "towards", "including", "without", "through", "along", "within", "outside", "inside",
    };

    private static readonly string[] SpeechStems =
    [
        "say", "said", "tell", "told", "warn", "believ", "think", "thought", "argu", "insist", "claim", "not", "add",
        "suggest", "show", "know", "knew", "hope", "fear", "feel", "felt", "confirm", "deni", "deny", "announc", "report",
        "indicat", "signal", "agree", "mean", "ensur", "acknowledg", "admit", "stat", "recall", "suspect", "conclud",
        "allege", "alleging", "predict", "expect", "understood", "learn", "decid", "assert", "promis", "estimat",
    ];

    // -ing words that are nouns far more often than participles in news copy ("a peace meeting").
    private static readonly HashSet<string> IngNouns = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "fighting", "bombing", "bombings", "shelling", "building", "buildings", "funding", "training",
        "morning", "evening", "gathering", "uprising", "hearing", "hearings", "briefing", "ruling", "killing", "killings",
        "warning", "warnings", "setting", "spending", "beginning", "opening", "understanding", "wedding", "ending",
        "landing", "crossing", "crossings", "housing", "something", "anything", "nothing", "everything", "during",
        "bring", "string", "spring", "offering", "standing", "wing", "shooting", "shootings", "kidnapping", "beheading",
        "rating", "ceiling", "pricing", "clothing", "suffering", "wellbeing", "siding", "sibling",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our", "some", "another",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "it", "he", "she", "they", "we", "i", "you",
    };

    private static readonly HashSet<string> TitlesTo = new(StringComparer.Ordinal)
    {
        "ambassador", "envoy", "adviser", "advisor", "representative", "delegate", "minister", "secretary",
    };

    private static readonly HashSet<string> NpStop = new(StringComparer.Ordinal)
    {
        "to", "at", "on", "by", "with", "from", "against", "around", "near", "toward", "towards", "into", "about",
        "between", "among", "after", "before", "since", "during", "under", "over", "through", "including", "notably",
        "and", "or", "but", "as", "than", "that", "because", "while", "if", "said", "told", "says", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "hit", "saw", "met", "visited", "called", "named", "like", "via",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
        "which", "who", "its", "his", "her", "their", "as", "into", "against", "near", "than", "this", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "will", "would", "not", "no", "more", "most", "some",
    };

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
        "must", "did", "does", "do", "began", "begins", "took", "takes", "came", "comes", "went", "goes", "met",
        "meets", "said", "says", "told", "tells", "made", "makes", "gave", "gives", "fled", "flees", "left",
        "leaves", "held", "holds", "led", "leads", "won", "wins", "lost", "struck", "strikes", "saw", "sees",
        "broke", "fell", "got", "ran", "sent", "became", "kept", "brought", "fought", "stood", "hit", "killed",
        "seized", "shot", "spoke", "wrote", "rose", "found", "put", "set", "cut", "sought", "drew", "threw",
        "blew", "flew", "drove", "rode", "wore", "tore", "swore", "woke", "froze", "chose", "stole", "sank", "rang",
        "stuck", "dug", "hung", "swung", "spun", "sold", "bought", "caught", "taught", "felt", "dealt", "meant",
        "slept", "swept", "spent", "built", "lent", "fed", "bled", "hid", "bit", "lit", "quit", "spread", "gave",
        "ate", "shook", "understood", "withdrew", "overthrew", "grew", "knew", "showed", "sat", "forgave",
    };

    [GeneratedRegex(@",\s+(which|who|whom|whose|where)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"\G,\s+([^,;:]{2,120}?)(,\s+)")]
    private static partial Regex AppositionRegex();

    [GeneratedRegex(@"[.,;:]?\s+(?i:however|but|and|or|meanwhile)$")]
    private static partial Regex TrailingConjunctionRegex();

    [GeneratedRegex(@"^(?:[A-Z0-9]|(?:the|a|an|its|his|her|their|this|these|he|she|they|it|we|i|you)$)")]
    private static partial Regex SubjectStartRegex();

    [GeneratedRegex(@"\b(?:said|says|told|added|wrote|reported)\b")]
    private static partial Regex SpeechVerbRegex();

    [GeneratedRegex(@"^(?i:in|on|at|by|since|during|until|from|early|late|mid|earlier in|later in)\b")]
    private static partial Regex LeadingPrepositionRegex();

    [GeneratedRegex(@"(?:[A-Z][\w'.\u2019-]*\s)*[A-Z][\w'.\u2019-]*$")]
    private static partial Regex ProperNameEndRegex();

    [GeneratedRegex(@"\G\s*[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*(?:,\s*[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*)*,?\s+(?:and|or)\s+[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*")]
    private static partial Regex NameListRegex();

    [GeneratedRegex(@"\b[A-Z]\.[A-Z]\.$")]
    private static partial Regex AbbreviationEndRegex();

    [GeneratedRegex(@"^(?:and|but|or|yet|then)\s+")]
    private static partial Regex CoordinatorRegex();

    [GeneratedRegex(@"^(?:is|are|was|were|has|have|had|will|would)$")]
    private static partial Regex AuxiliaryRegex();

    [GeneratedRegex(@"^\s*(?:[,.;:]|$)")]
    private static partial Regex PhraseEndRegex();

    [GeneratedRegex(@"^(?:a|an|the)\s")]
    private static partial Regex DeterminerStartRegex();

    [GeneratedRegex(@"\b(?i:after|before)$")]
    private static partial Regex AfterBeforeEndRegex();

    [GeneratedRegex(@"\s+and\s+[a-z]+ing\b")]
    private static partial Regex AndIngRegex();

    [GeneratedRegex(@"\s(?:-{1,2}|\u2014|\u2013)\s(.+?)\s(?:-{1,2}|\u2014|\u2013)\s")]
    private static partial Regex DashPairRegex();

    [GeneratedRegex(@",(?!\d)|;|:|\s(?:-{1,2}|\u2014|\u2013)\s|\s\(")]
    private static partial Regex AsideEndRegex();

    [GeneratedRegex(@";|:\s|\s(?:-{1,2}|\u2014|\u2013)\s|,\s+(?=(?:and|but|while|whereas|as|which|who|where|although|though|when|so|yet|because|[a-z]+ing)\b)")]
    private static partial Regex ClauseBreakRegex();

    [GeneratedRegex(@"\b(?i:since|after|before|when|while|because|although|though|if|until|once|whereas|as)\s+")]
    private static partial Regex SubordinatorRegex();

    [GeneratedRegex(@"\G\s*(?:After|Before|When|While|Since|As|Although|Though|Because|If|Once)\s+([^,]{3,120}),\s+")]
    private static partial Regex OpeningSubordinateRegex();

    [GeneratedRegex(@"^\s*[a-z]+ing\b")]
    private static partial Regex ParticipleStartRegex();

    [GeneratedRegex(@"^(?i:and|but|while|whereas|although|though|as|so|yet|because|meanwhile|however|also)\b,?\s*")]
    private static partial Regex LeadingConjunctionRegex();

    [GeneratedRegex(@"^\s*(?:(?:In|At) (?:a|an|the) (?:separate|related|similar|latest|further|other) (?:development|move|incident|statement|case)s?|According to [^,]{2,60}|Despite [^,]{2,90}|(?:While|After|Before|Since|When|By) [a-z]+ing [^,]{2,90}|Asked (?:about|to comment on|whether|if) [^,]{2,90}|In the (?:morning|afternoon|evening)|Later in the day|The next day|Meanwhile|However|Separately|In addition|Earlier|Later|Also),\s*")]
    private static partial Regex LeadingAdjunctRegex();

    // ", an opposition spokesman said", ", officials in Baghdad told Reuters", ", he said in an interview ...",
    // ", said envoy Staffan de Mistura": who said it is the event's actor, not its summary.
    [GeneratedRegex(@"[,\u201d""]+\s*(?:(?:said|says|told)\s+[^,;]{2,60}|(?:[A-Za-z'.\u2019-]+\s+){1,8}(?:said|says|told|added|wrote|reported)\b(?:\s+[^\s,;:]+){0,7})(?=\s*(?:[.,;:]|$))")]
    private static partial Regex AttributionTailRegex();

    // "BEIRUT ", "BEIRUT/PARIS/LONDON ", "WASHINGTON/NAVAL AIR WEAPONS STATION CHINA LAKE, Calif. ", "KHAN SHEIKHUN Syria ".
    [GeneratedRegex(@"^(?:[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+)*)(?:,?\s+(?:[A-Z][a-z]+\.|Syria|Iraq|Turkey|Lebanon|Jordan))?\s+(?:\((?:Reuters|AP|AFP)\)\s*-?\s*)?(?=[A-Z\u201c""])(?<!^(?:U\.[SN]\.|UN|US|EU|UK|ISIS|ISIL|IS|NATO|OPEC|OPCW|SOHR|HNC|FSA|SDF|YPG|PYD|PKK|CIA|FBI|NSA|IAEA|WHO|WFP|UNHCR|UNICEF|ICRC|AP|AFP|BBC|CNN|TV)\s)")]
    private static partial Regex DatelineRegex();

    // Page furniture a feed glued to the first sentence: "Date of publication 27 November 2017", "Last updated at Apr 05 2017".
    [GeneratedRegex(@"^(?:Date of publication:?|Last updated(?: at| on)?:?|Published(?: on)?:?)\s+(?:\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w{3,9}\s+\d{4}|\w{3}\s+\d{6})\s+")]
    private static partial Regex PageLabelRegex();

    [GeneratedRegex(@"\b(?i:late on|early on|late|early|on|in|at|by|since|during|until|from|as of|for|on or before|on or after)\s+$")]
    private static partial Regex TrailingPrepositionRegex();

    [GeneratedRegex(@"^(?i:(?:late |early )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:night|morning|evening|afternoon))?|yesterday|today|tonight|tomorrow|(?:last|next|this) (?:week|weekend|month|year|night|morning)|[\w-]+ (?:days?|weeks?|months?|years?) ago|overnight|earlier this \w+)$")]
    private static partial Regex AdverbialDateRegex();

    [GeneratedRegex(@"\b(?i:of|around|about|the|a|an|its|his|her|their|this|that|until|till|than|between)\s+$")]
    private static partial Regex BoundBeforeRegex();

    [GeneratedRegex(@"\b(?i:the|a|an|its|his|her|their|this|that)\s+$")]
    private static partial Regex DeterminerBeforeRegex();

    [GeneratedRegex(@"['\u2019]s\b|\b(?i:after|before|earlier|later|ago|since|past|last|recent)\b")]
    private static partial Regex KeepInSummaryRegex();

    [GeneratedRegex(@"\b(?i:was|were|is|are|be|been|being|start|starts|begin|begins|due|scheduled|slated|planned|set|back)\s*$")]
    private static partial Regex NeedsComplementRegex();

    [GeneratedRegex(@"^(?:[a-z]+(?:ed|en)|been|being|done|made|held|taken|seen|met|hit|put|set|kept|brought|fought|built)$")]
    private static partial Regex ParticipleRegex();

    [GeneratedRegex(@"^(?:also|already|later|then|still|now|again|repeatedly|reportedly|\w+ly)$")]
    private static partial Regex AdverbRegex();

    [GeneratedRegex(@"[^\s]+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRegex();
}
