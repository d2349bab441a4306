using System.Collections.Frozen;
using SyriaTalks.Domain;
using SyriaTalks.Extraction.Actors;
using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Quotes;

/// <summary>Who said a quotation, with the verb that introduced it and to whom, as far as the text tells.</summary>
internal sealed record Attribution(string? Speaker, string? Role, string? Affiliation, string? Cue, string? Addressee, bool IsPerson)
{
    public static readonly Attribution None = new(null, null, null, null, null, false);
}

/// <summary>
/// Attributes quotations the way news is written: <c>"Q," said X</c>, <c>"Q," X said</c>, <c>X said: "Q"</c>,
/// <c>X said Russia was "Q"</c>, <c>according to X</c>, colon and dash introductions, a quotation standing alone after
/// its speaker's earlier quotation or statement, pronouns, definite descriptions ("the ministry") and anonymous sources.
/// </summary>
internal sealed class Attributor
{
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "to", "of", "with", "for", "by", "from", "in", "on", "at", "about", "against", "toward", "towards", "into", "over",
        "under", "between", "among", "than", "like", "near", "after", "before", "during", "via", "behind", "including",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that end a speaker phrase read after an inverted verb ("said X to reporters", "said X on Tuesday").
    private static readonly FrozenSet<string> PhraseBreaks = new[]
    {
        "to", "in", "on", "at", "after", "before", "during", "when", "while", "as", "who", "which", "that", "from",
        "and", "but", "referring", "speaking", "adding", "saying", "because", "if", "although", "though", "where",
        "last", "this", "earlier", "later", "told", "said", "says", "was", "is", "has", "had", "were", "are", "will",
        "would", "in", "outside", "upon", "since", "until", "by", "via", "without", "according", "echoing",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "one", "another", "some", "two", "three", "several", "many", "other", "but", "and", "however",
        "meanwhile", "also", "yet", "so", "then", "still", "later", "earlier", "separately", "instead", "even",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Openers = new[]
    {
        "but", "and", "however", "meanwhile", "also", "yet", "so", "then", "still", "separately", "instead", "even",
        "indeed", "now", "later", "earlier", "in", "on", "at", "speaking", "asked",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonPronouns = new[] { "he", "she", "him", "her" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GroupPronouns = new[] { "they", "it", "we" }.ToFrozenSet(StringComparer.Ordinal);

    // Role nouns that make a description a person ("a Western diplomat"), not an organisation.
    private static readonly FrozenSet<string> PersonHeads = new[]
    {
        "diplomat", "official", "source", "spokesman", "spokeswoman", "spokesperson", "envoy", "minister", "commander",
        "fighter", "activist", "resident", "adviser", "advisor", "analyst", "expert", "negotiator", "member", "leader",
        "chief", "head", "director", "officer", "witness", "doctor", "aide", "delegate", "ambassador", "monitor",
        "researcher", "lawmaker", "senator", "representative", "president", "secretary", "man", "woman", "worker",
        "correspondent", "reporter", "figure", "protester", "demonstrator", "supporter", "critic", "voter", "democrat", "republican", "spokespeople", "source", "sources", "officials", "diplomats", "citizen", "student", "mother", "father", "coordinator", "general", "governor",
        "mayor", "soldier", "rebel", "militant", "volunteer", "refugee", "survivor", "chairman", "insider", "strategist",
        "professor", "economist", "observer", "journalist", "lawyer", "cleric", "sheikh", "king", "prince", "premier",
        "prosecutor", "investigator", "attorney", "judge", "inspector", "examiner", "auditor", "detective", "guard",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly string text;
    private readonly ActorReading actors;
    private readonly List<Token> tokens;
    private readonly List<QuoteSpan> quotes;
    private readonly IReadOnlyList<ExtractedSentence> sentences;

    // reach[k]: the furthest end of quotations 0..k, which bounds the look-back in InsideAnyQuote
    private readonly int[] reach;

    // per sentence start: its words outside quotations up to and including the first verb (empty when it has none)
    private readonly Dictionary<int, List<Token>> sentenceHeads = [];

    // what has been said by whom so far, in text order: a pronoun or a quotation standing alone hangs on it
    private readonly List<(int Position, int Paragraph, Attribution Who)> said = [];

    // quotations whose speaker was only guessed from the discourse, not read from the words around them
    private readonly HashSet<int> guessed = [];

    // whether the attribution just made was read from the quotation's own sentence
    private bool direct;

    public Attributor(string text, ActorReading actors, List<QuoteSpan> quotes, IReadOnlyList<ExtractedSentence> sentences)
    {
        this.text = text;
        this.actors = actors;
        this.quotes = quotes;
        this.sentences = sentences;
        tokens = actors.TokensOf(text);
        reach = new int[quotes.Count];
        for (var k = 0; k < quotes.Count; k++)
        {
            reach[k] = Math.Max(k > 0 ? reach[k - 1] : 0, quotes[k].End);
        }
    }

    /// <summary>The attribution of each quotation, in the order given.</summary>
    public List<Attribution> AttributeAll()
    {
        var result = new List<Attribution>(quotes.Count);
        var previous = new List<(QuoteSpan Quote, Attribution Who, int Sentence)>();
        var spokenIndex = 0;
        var spoken = IndirectSpeech();
        foreach (var quote in quotes)
        {
            var sentenceIndex = SentenceOf(quote.CloseMark >= 0 ? quote.CloseMark : quote.End - 1);
            // statements made before this quotation join the discourse, resolved in text order
            while (spokenIndex < spoken.Count && spoken[spokenIndex].Position < quote.OpenMark)
            {
                var (position, paragraph, subject, cue) = spoken[spokenIndex];
                var who = Resolve(subject, position);
                if (who.Speaker is not null)
                {
                    said.Add((position, paragraph, who with { Cue = cue }));
                }
                spokenIndex++;
            }
            direct = true;
            var attribution = Attribution.None;
            // "Ms Whitefield said: "Q1 ... (sentences or paragraphs later) Qn."": a quotation running over several
            // sentences is introduced where it opens
            var openIndex = SentenceOf(quote.OpenMark);
            if (openIndex >= 0 && sentenceIndex >= 0 && openIndex != sentenceIndex)
            {
                attribution = Attribute(quote, openIndex, previous);
                if (attribution.Speaker is null || !direct)
                {
                    direct = true;
                    attribution = Attribution.None;
                }
            }
            if (attribution.Speaker is null)
            {
                attribution = Attribute(quote, sentenceIndex, previous);
            }
            if (!direct)
            {
                guessed.Add(quote.OpenMark);
            }
            result.Add(attribution);
            previous.Add((quote, attribution, sentenceIndex));
            if (attribution.Speaker is not null)
            {
                said.Add((quote.OpenMark, ParagraphOf(quote.OpenMark), attribution));
            }
        }
        return result;
    }

    private Attribution Attribute(QuoteSpan quote, int sentenceIndex, List<(QuoteSpan Quote, Attribution Who, int Sentence)> previous)
    {
        if (sentenceIndex < 0)
        {
            return Attribution.None;
        }
        var sentence = sentences[sentenceIndex];
        if (!sentence.Text.Any(char.IsLower))
        {
            return Attribution.None; // a subhead in capitals ("MOMENT OF TRUTH") is the editor's, not a speaker's
        }
        var before = Segment(Math.Max(sentence.Start, PreviousCloseInSentence(quote, sentence)), quote.OpenMark);
        var after = Segment(quote.CloseMark >= 0 ? quote.CloseMark + 1 : quote.End, NextOpenInSentence(quote, sentence));

        // X said: "Q" / X said, "Q" / saying to Reuters: "Q"
        var b = TrimEnd(before);
        if (b.Count > 0 && IsVerbAt(b, b.Count - 1) || b.Count > 1 && b[^1].Text is ":" && IsVerbAt(b, b.Count - 2))
        {
            var v = IsVerbAt(b, b.Count - 1) ? b.Count - 1 : b.Count - 2;
            if (FromVerb(before, v, previous, sentenceIndex) is { Speaker: not null } w)
            {
                return w;
            }
        }
        // "the so-called "proximity talks"": a term the article names, which nobody is quoted as saying
        if (b.Count > 0 && b[^1].Text.Equals("so-called", StringComparison.OrdinalIgnoreCase))
        {
            return Attribution.None;
        }
        var opensSentence = b.All(t => !t.IsWord || Openers.Contains(t.Text.ToLowerInvariant()));
        // "PENCE: Well, look, Clinton thinks this is "Shark Tank."": in a transcript, the turn's speaker says it all
        if (TurnSpeaker(sentence.Paragraph, quote.OpenMark) is { } turn)
        {
            return turn;
        }
        // X said Russia was "Q" (a partial quotation in indirect speech), unless the quotation opens the sentence
        // ("ruled that Trump's statement about "Q"": a statement's owner named after the verb speaks its words)
        if (!opensSentence && VerbIndex(before, before.Count, first: false, near: before.Count - 10) is { } pv
            && !ClauseEndsAfter(before, pv) && Possessor(before.GetRange(pv, before.Count - pv)) is { Speaker: not null, Cue: { } ownedNoun } owned
            && before.FindLastIndex(t => t.Text == ownedNoun) is var on && on > pv && on + 1 < before.Count
            && before[on + 1].Text is "about" or "that" or "of" or "regarding")
        {
            return owned;
        }
        if (!opensSentence && VerbIndex(before, before.Count, first: false, near: before.Count - 10) is { } bv
            && !ClauseEndsAfter(before, bv) && FromVerb(before, bv, previous, sentenceIndex) is { } bw)
        {
            if (bw.Speaker is not null)
            {
                // "Ankara had admitted 10,000 and would allow others in a "controlled fashion", he said": an attribution
                // right after the closing mark is the quotation's own; the verb before it reports something else
                var commaBefore = after.Count > 0 && after[0].Text == "," || quote.CloseMark > 0 && text[quote.CloseMark - 1] == ',';
                // (a participle goes on with the sentence: "calling the comments "Q," saying Johnson was ...")
                if (commaBefore && VerbIndex(after, 6, first: true, near: 3) is { } iv && iv <= 3 && after.Take(iv).All(t => t.Text is "," || t.IsWord)
                    && !after[iv].Text.EndsWith("ing", StringComparison.Ordinal)
                    && FromVerbAfter(after, iv) is { Speaker: { } own } ia && own != bw.Speaker)
                {
                    return ia;
                }
                return bw;
            }
            // "Clinton ... during a "Commander-in-Chief Forum" sponsored by NBC and said she has ...: "Q"": a quoted name
            // inside the clause hides its subject; read the clause again from the sentence start, past the quotation
            if (before.Count > 0 && before[0].Start > sentence.Start + 1)
            {
                var whole = Segment(sentence.Start, Math.Min(quote.OpenMark, sentence.Start + 600)).Where(t => t.Text is not ("\"" or "\u201C" or "\u201D")).ToList();
                if (VerbIndex(whole, whole.Count, first: false, near: whole.Count - 10) is { } wv && wv < whole.Count && whole[wv].Start == before[bv].Start
                    && FromVerb(whole, wv, previous, sentenceIndex) is { Speaker: not null, IsPerson: true } ww && actors.Find(ww.Speaker) is not null)
                {
                    return ww;
                }
            }
        }
        // "..., and as Trump went on about "Q"": the quotation's own clause names its subject
        if (!opensSentence && ClauseAfterBoundary(before) is { Count: > 1 } clause && LeadingSubject(clause) is { Speaker: not null } local)
        {
            return local;
        }
        // "went on about "A," and "B"": quotations joined by "and" share the speaker read for the first
        if (before.Count > 0 && before.All(t => t.Text is "and" or "or" or "," or "\"" or "\u201C" or "\u201D")
            && before.Any(t => t.Text is "and" or "or") && previous.Count > 0 && previous[^1].Sentence == sentenceIndex
            && previous[^1].Who.Speaker is not null && !guessed.Contains(previous[^1].Quote.OpenMark))
        {
            return previous[^1].Who;
        }
        // "Q," said X / "Q," X said / "Q," X told Reuters
        if (VerbIndex(after, 40, first: true, near: 3) is { } av && FromVerbAfter(after, av) is { Speaker: not null } aw)
        {
            return aw;
        }
        // ""American Skin" was written by Springsteen": the agent of a passive verb of speaking or writing
        if (Agent(after) is { Speaker: not null } agent)
        {
            return agent;
        }
        // "Q?" He Jianxiong, a former official, said: a question or exclamation ends the quoted sentence, and the
        // attribution that follows is read as the next sentence
        if (!after.Any(t => t.IsWord) && !before.Any(t => t.IsWord) && quote.CloseMark > 0 && text[quote.CloseMark - 1] is '?' or '!'
            && sentenceIndex + 1 < sentences.Count && sentences[sentenceIndex + 1].Paragraph == sentence.Paragraph)
        {
            var next = sentences[sentenceIndex + 1];
            var tail = Segment(next.Start, next.End);
            if (VerbIndex(tail, 20, first: true, near: 3) is { } tv && FromVerbAfter(tail, tv) is { Speaker: not null } tw)
            {
                return tw;
            }
        }
        // X: "Q" / X - "Q" (colon and dash introductions)
        if (b.Count > 1 && b[^1].Text is ":" or "-" or "\u2013" or "\u2014")
        {
            var phrase = b.GetRange(0, b.Count - 1);
            if (HasActor(phrase) && Resolve(TrimPhrase(phrase), quote.OpenMark) is { Speaker: not null } cw)
            {
                return cw;
            }
        }
        if ((According(after) ?? According(before)) is { } acc)
        {
            return acc;
        }
        // "Q" ― Pamela Padilla (a signature after a dash)
        if (after.Count > 1 && after[0].Text is "-" or "\u2013" or "\u2014" or "\u2015" && after[1].IsCapitalised)
        {
            var name = ObjectPhrase(after, 1);
            if (name.Count is > 0 and <= 5)
            {
                var w = Resolve(name, after[0].Start);
                return w.Speaker is not null ? w : new Attribution(text[name[0].Start..name[^1].End], null, null, null, null, true);
            }
        }
        // the same sentence holds an earlier attributed quotation: "A," he said, "B."
        direct = false;
        for (var k = previous.Count - 1; k >= 0 && previous[k].Sentence == sentenceIndex; k--)
        {
            // "ruled that Trump's statement about "A" is "B"": the owner of a statement speaks only the words it holds
            if (previous[k].Who.Speaker is not null && !(previous[k].Who.Cue is { } c && SpeechNouns.Contains(c.ToLowerInvariant())))
            {
                return previous[k].Who;
            }
        }
        // "Despite Trump's announcement that the deal was "historic"": the owner of the statement speaks
        direct = true;
        if (Possessor(before) is { Speaker: not null } owner)
        {
            return owner;
        }
        // a phrase quoted in a sentence about someone is most likely theirs: "In July, Gingrich dismissed Estonia as "Q""
        if (!opensSentence && SentenceSubject(sentence, quote.OpenMark) is { Speaker: not null } about)
        {
            return about;
        }
        // "Trump openly admires Putin as a "strong leader"": a name opening the clause, then its verb, is its subject
        // (a subject and its verb open the sentence: its first few hundred characters are enough, and keep a long
        // paragraph of quotations linear)
        if (!opensSentence && LeadingSubject(Segment(sentence.Start, Math.Min(quote.OpenMark, sentence.Start + 300))) is { Speaker: not null } lead)
        {
            return lead;
        }
        // "All this has led the Latvian journalist Dainis Ivans to fear a "Q"": the person made to think or say it, when
        // nothing in the sentence reports speech
        if (!opensSentence && Controlled(before) is { Speaker: not null } controlled)
        {
            return controlled;
        }
        direct = false;
        // "On "Face the Nation," Sanders identified ... . "Q."": a quotation standing alone after a sentence about a
        // named person is theirs, unless someone was quoted in so many words since
        if (!before.Any(t => t.IsWord) && !after.Any(t => t.IsWord) && sentenceIndex > 0
            && sentences[sentenceIndex - 1].Paragraph == sentence.Paragraph)
        {
            var prior = sentences[sentenceIndex - 1];
            var spokeSince = false;
            for (var k = said.Count - 1; k >= 0 && said[k].Position >= prior.Start && !spokeSince; k--)
            {
                spokeSince = said[k].Position < quote.OpenMark && !guessed.Contains(said[k].Position);
            }
            if (!spokeSince && LeadingSubject(Segment(prior.Start, Math.Min(prior.End, prior.Start + 300))) is { IsPerson: true, Speaker: not null } topic)
            {
                return topic;
            }
        }
        // a quotation standing alone continues whoever spoke last in this paragraph or the one before
        var paragraph = sentence.Paragraph;
        for (var k = said.Count - 1; k >= 0; k--)
        {
            var (pos, para, who) = said[k];
            if (pos >= quote.OpenMark)
            {
                continue;
            }
            if (para >= paragraph - 1)
            {
                return who;
            }
            break;
        }
        // a phrase quoted in a sentence about someone is most likely theirs: "Trump is questioning whether it is "on the up and up""
        var subject = Subject(before.Count > 0 ? before : after, 0, before.Count > 0 ? before.Count : Math.Min(after.Count, 8));
        if (HeadMention(subject) is { } m && m.Start == subject[0].Start)
        {
            return new Attribution(m.Actor.Name, m.Actor.Role, m.Actor.Affiliation, null, null, m.Actor.Kind == ActorKind.Person);
        }
        // otherwise the last speaker, however far back
        return said.LastOrDefault(x => x.Position < quote.OpenMark).Who ?? Attribution.None;
    }

    // bodies that speak as institutions: "the army said", "the ministry said in a statement"
    private static readonly FrozenSet<string> Institutions = new[]
    {
        "army", "military", "ministry", "police", "government", "agency", "office", "committee", "council", "court", "command",
        "commission", "department", "embassy", "coastguard", "parliament", "administration", "presidency", "cabinet", "company",
        "bank", "union", "party", "alliance", "coalition", "group", "network", "observatory", "navy", "prosecutor's", "regime",
        "municipality", "authority", "authorities", "campaign", "foundation", "organisation", "organization", "movement", "militia",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "Mr", "Mrs.", "Ms", "Dr": British style drops the full stop
    private static bool IsHonorific(Token t) => t.Text.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Dr";

    // "Mr. Trump": the honorific before a marked name belongs to it
    private static int NameStart(List<Token> seg, int start)
    {
        while (start > 1 && (seg[start - 1].Text == "." && seg[start - 2].IsCapitalised || seg[start - 1].IsCapitalised
            && ActorLexicon.Shared.Honorifics.Contains(seg[start - 1].Text.TrimEnd('.').ToLowerInvariant())))
        {
            start--;
        }
        return start;
    }

    // labels that open a paragraph in capitals without naming a speaker
    private static readonly FrozenSet<string> NoTurnLabels = new[]
    {
        "UPDATE", "UPDATED", "WATCH", "NOTE", "EDITOR", "CORRECTION", "READ", "MORE", "BREAKING", "VIDEO", "PHOTOS", "PHOTO",
        "RELATED", "ALSO", "SEE", "LISTEN", "EXCLUSIVE", "ANALYSIS", "OPINION", "FACT", "CHECK", "SOURCE", "SOURCES", "WARNING",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"PENCE: Well, look ...": a transcript turn opened by its speaker's name in capitals and a colon.</summary>
    private Attribution? TurnSpeaker(int paragraph, int quoteOpen)
    {
        var first = sentences.FirstOrDefault(x => x.Paragraph == paragraph);
        if (first is null)
        {
            return null;
        }
        var head = Tokenizer.Tokenize(text, first.Start, Math.Min(first.End, first.Start + 60));
        var i = head.Count > 0 && head[0].Text is "\"" or "\u201C" ? 1 : 0;
        var label = i;
        while (i < head.Count && i - label < 3 && head[i].IsAllCaps && head[i].IsWord)
        {
            i++;
        }
        if (i == label || i >= head.Count || head[i].Text != ":" || head[i].End > quoteOpen && head[label].Start > quoteOpen
            || head.Skip(label).Take(i - label).Any(t => t.Text.Length < 3 || NoTurnLabels.Contains(t.Text)))
        {
            return null;
        }
        var name = text[head[label].Start..head[i - 1].End];
        var surname = name.Split(' ')[^1].ToLowerInvariant();
        var person = actors.Actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Name != name && ActorFinder.Surname(a.Name) == surname);
        return person is not null
            ? new Attribution(person.Name, person.Role, person.Affiliation, null, null, true)
            : new Attribution(string.Join(' ', name.Split(' ').Select(w => w[..1] + w[1..].ToLowerInvariant())), null, null, null, null, true);
    }

    // "was written by X", "were coined by X": the words after a quotation in the passive name its author
    private Attribution? Agent(List<Token> after)
    {
        for (var i = 1; i + 2 < after.Count && i < 5; i++)
        {
            if (after[i + 1].Text != "by" || after[i].IsCapitalised || !after[i - 1].IsWord
                || after[i - 1].Text.ToLowerInvariant() is not ("was" or "were" or "is" or "are" or "been" or "first"))
            {
                continue;
            }
            var participle = after[i].Text.ToLowerInvariant();
            if (!(SpeechVerbs.IsSpeechVerb(participle) || participle is "written" or "coined" or "penned" or "composed" or "sung" or "spoken" or "uttered"
                or "authored" or "drafted" or "signed" or "tweeted"))
            {
                continue;
            }
            var agent = ObjectPhrase(after, i + 2);
            var who = Resolve(agent, after[i].Start);
            return who.Speaker is null ? null : who with { Cue = after[i].Text + " by" };
        }
        return null;
    }

    private Attribution? Controlled(List<Token> before)
    {
        if (before.Any(t => IsVerb(t)))
        {
            return null;
        }
        for (var i = before.Count - 2; i > 0; i--)
        {
            if (before[i].Text != "to" || !before[i + 1].IsWord || before[i + 1].IsCapitalised)
            {
                continue;
            }
            var person = actors.Mentions.LastOrDefault(m => m.End == before[i - 1].End);
            if (person.Actor is { Kind: ActorKind.Person } p && before.FindIndex(t => t.Start >= person.Start) is var at && at > 0
                && before[at - 1].IsWord && !Prepositions.Contains(before[at - 1].Text))
            {
                return new Attribution(p.Name, p.Role, p.Affiliation, before[i + 1].Text, null, true);
            }
            break;
        }
        return null;
    }

    // "she said, but Kevin was drifting off, and as Trump went on about": a comma and a conjunction after the verb
    // start a clause of their own, which the verb does not govern
    private bool ClauseEndsAfter(List<Token> seg, int verb)
    {
        for (var i = verb + 1; i + 1 < seg.Count; i++)
        {
            if (seg[i].Text is "," or ";" && seg[i + 1].Text.ToLowerInvariant() is "but" or "and" or "as" or "while" or "when" or "although"
                or "though" or "because" or "yet" or "whereas")
            {
                // "said on Friday, as talks began, that ...": a "that" takes the report up again; "Hijab said, but "Q"" and
                // "urged citizens in Deraa, and in rural districts, to ...": no new subject, no new clause
                var rest = seg.GetRange(i + 1, seg.Count - i - 1);
                var k = rest.FindIndex(t => t.Text.ToLowerInvariant() is not ("but" or "and" or "as" or "while" or "when" or "although" or "though"
                    or "because" or "yet" or "whereas"));
                var pronoun = k >= 0 && k + 1 < rest.Count && rest[k].Text.ToLowerInvariant() is "he" or "she" or "they" or "we" or "i" or "it";
                if (!rest.Any(t => t.Text == "that") && (pronoun || LeadingSubject(rest) is not null))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // the words of the last clause of a segment, after ", and as", ", but", ", while" or ";"
    private static List<Token>? ClauseAfterBoundary(List<Token> seg)
    {
        for (var i = seg.Count - 2; i >= 0; i--)
        {
            if (seg[i].Text is "," or ";" && seg[i + 1].Text.ToLowerInvariant() is "but" or "and" or "as" or "while" or "when" or "although"
                or "though" or "because" or "yet" or "whereas")
            {
                return seg.GetRange(i + 1, seg.Count - i - 1);
            }
        }
        return null;
    }

    /// <summary>"Trump openly admires ...", "as Trump went on about", "Sen. Bernie Sanders (Vt.), who lost ..., identified": the actor
    /// named at the head of a clause and followed by its verb.</summary>
    private Attribution? LeadingSubject(List<Token> clause)
    {
        var i = 0;
        while (i < clause.Count && (Openers.Contains(clause[i].Text.ToLowerInvariant()) || clause[i].Text.ToLowerInvariant() is "as" or "while"
            or "when" or "because" or "although" or "though" or "after" or "before" or "since" or "and" or "but") && i < 3)
        {
            i++;
        }
        // an opening adverbial ends at its comma: "On "Face the Nation," Sanders identified"
        if (i > 0 && Prepositions.Contains(clause[i - 1].Text.ToLowerInvariant())
            && clause.FindIndex(i, t => t.Text is "," or "\u201D" || t.Text == "\"" && t.Start > clause[i].Start) is var comma && comma > 0 && comma - i < 8)
        {
            i = comma + 1;
            while (i < clause.Count && clause[i].Text == ",")
            {
                i++;
            }
        }
        // "In a September interview Assad did not rule out ...": an opening adverbial without its comma ends at its noun,
        // where a person's name follows
        else if (i > 0 && Prepositions.Contains(clause[i - 1].Text.ToLowerInvariant()))
        {
            for (var k = i + 1; k < clause.Count && k <= i + 5; k++)
            {
                var before = clause[k - 1];
                if (!before.IsWord || before.IsCapitalised || Prepositions.Contains(before.Text.ToLowerInvariant()) || before.Text is "of" or "and" or "the" or "a" or "an")
                {
                    continue;
                }
                if (actors.Mentions.Any(x => x.Start == clause[k].Start && x.Actor.Kind == ActorKind.Person))
                {
                    i = k;
                    break;
                }
            }
        }
        // a title or an honorific may stand before the name the actor finder marked ("Sen. Bernie Sanders")
        // or a role in lower case ("presidential nominee Hillary Clinton", "the former secretary Kerry")
        (ActorRecord Actor, int Start, int End) m = default;
        var capitalSeen = false;
        for (var k = i; k < clause.Count && k < i + 5 && m.Actor is null; k++)
        {
            var lower = clause[k].Text.ToLowerInvariant();
            if (!clause[k].IsCapitalised && clause[k].Text != "." && (capitalSeen || k >= i + 3 || !clause[k].IsWord || IsVerb(clause[k]) || IsVerbLike(clause[k])
                || lower.EndsWith("ed", StringComparison.Ordinal) || lower is "and" or "or" or "of" or "&" || Prepositions.Contains(lower)))
            {
                break;
            }
            capitalSeen |= clause[k].IsCapitalised;
            m = actors.Mentions.FirstOrDefault(x => x.Start == clause[k].Start);
        }
        if (m.Actor is not null && m.Actor.Kind != ActorKind.Person && clause.TakeWhile(t => t.Start < m.Start).Any(t => !t.IsCapitalised && t.IsWord))
        {
            return null; // "the rebel-held Aleppo": a lower-case word before an organisation is no role
        }
        if (m.Actor is null || m.Actor.Kind == ActorKind.State && m.End - m.Start <= 4)
        {
            return null;
        }
        var next = clause.FindIndex(t => t.Start >= m.End);
        // past a bracketed aside and a comma-delimited apposition or relative clause
        if (next >= 0 && clause[next].Text == "(")
        {
            var close = clause.FindIndex(next, t => t.Text == ")");
            next = close < 0 ? -1 : close + 1;
        }
        if (next >= 0 && next < clause.Count && clause[next].Text == ",")
        {
            var close = clause.FindIndex(next + 1, t => t.Text == ",");
            next = close < 0 || close - next > 16 ? -1 : close + 1;
        }
        if (next < 0 || next >= clause.Count || !clause[next].IsWord || clause[next].IsCapitalised
            || clause[next].Text is "'s" or "\u2019s" or "and" or "or" or "of" or "who" or "which")
        {
            return null;
        }
        return new Attribution(m.Actor.Name, m.Actor.Role, m.Actor.Affiliation, null, null, m.Actor.Kind == ActorKind.Person);
    }

    private Attribution? SentenceSubject(ExtractedSentence sentence, int before)
    {
        // The sentence's words up to its first verb are read once per sentence: re-reading the whole sentence for
        // each of its quotations made one long paragraph of many quotations quadratic in time and memory.
        if (!sentenceHeads.TryGetValue(sentence.Start, out var head))
        {
            head = Segment(sentence.Start, sentence.End);
            var first = head.FindIndex(t => IsVerb(t) || IsVerbLike(t) || (!t.IsCapitalised && t.Text.Length > 3 && t.Text.EndsWith("ed", StringComparison.Ordinal)));
            head = first < 0 ? [] : head.GetRange(0, first + 1);
            sentenceHeads[sentence.Start] = head;
        }
        var seg = head;
        var verb = head.Count > 0 && head[^1].Start < before ? head.Count - 1 : -1;
        if (verb <= 0)
        {
            return null;
        }
        var subject = Subject(seg, 0, verb);
        // "Gingrich cynically dismissed", "Protesters marching through the streets chanted": adverbs and participles trail the subject
        var ing = subject.Count > 1 ? subject.FindIndex(1, t => !t.IsCapitalised && t.Text.EndsWith("ing", StringComparison.Ordinal)) : -1;
        if (ing > 0)
        {
            subject = subject.GetRange(0, ing);
        }
        while (subject.Count > 1 && !subject[^1].IsCapitalised && (subject[^1].Text.EndsWith("ly", StringComparison.Ordinal)
            || subject[^1].Text is "then" or "also" or "now" or "later" or "earlier" or "still" or "again" or "already" or "too" or "however"
                or "meanwhile" or "separately" or "once" or "first" or "quickly" or "soon"))
        {
            subject = subject.GetRange(0, subject.Count - 1);
        }
        if (subject.Count == 0 || IsPair(subject))
        {
            return null; // "Noel and Thomas signed ...": a pair is no one speaker
        }
        var who = Resolve(subject, seg[verb].Start);
        return who.Speaker is null ? null : who with { Cue = seg[verb].Text };
    }

    // nouns that name something said: "Trump's announcement that ...", "the ministry's statement calling ..."
    private static readonly FrozenSet<string> SpeechNouns = new[]
    {
        "announcement", "statement", "statements", "remarks", "remark", "comments", "comment", "words", "claim", "claims",
        "assertion", "promise", "pledge", "warning", "tweet", "tweets", "speech", "testimony", "letter", "message",
        "accusation", "accusations", "denial", "insistence", "description", "characterization", "characterisation", "vow",
        "threat", "boast", "declaration", "account", "argument", "post", "op-ed", "interview", "briefing",
        "draft", "memo", "report", "proposal", "missive", "prediction", "note", "document", "resolution", "editorial",
    }.ToFrozenSet(StringComparer.Ordinal);

    private Attribution? Possessor(List<Token> seg)
    {
        for (var i = seg.Count - 1; i > 0; i--)
        {
            if (seg[i].Text is not ("'s" or "\u2019s"))
            {
                continue;
            }
            // the statement follows its owner within a few words ("Mr. Trump's Oct. 11 announcement")
            var noun = -1;
            for (var k = i + 1; k < seg.Count && k <= i + 4 && seg[k].IsWord; k++)
            {
                if (!seg[k].IsCapitalised && SpeechNouns.Contains(seg[k].Text.ToLowerInvariant()))
                {
                    noun = k;
                    break;
                }
            }
            if (noun < 0)
            {
                continue;
            }
            var owner = actors.Mentions.LastOrDefault(m => m.End <= seg[i].Start && m.End >= seg[i - 1].End);
            if (owner.Actor is { } a)
            {
                return new Attribution(a.Name, a.Role, a.Affiliation, seg[noun].Text, null, a.Kind == ActorKind.Person);
            }
        }
        return null;
    }

    private Attribution? FromVerb(List<Token> seg, int v, List<(QuoteSpan Quote, Attribution Who, int Sentence)> previous, int sentenceIndex)
    {
        var verb = seg[v].Text.ToLowerInvariant();
        var cue = seg[v].Text;
        // "described by a U.N. spokesman as "Q"": the agent speaks
        if (v + 2 < seg.Count && seg[v + 1].Text == "by")
        {
            var agent = ObjectPhrase(seg, v + 2);
            var w = Resolve(agent, seg[v].Start);
            if (w.Speaker is not null)
            {
                return w with { Cue = cue + " by" };
            }
        }
        // "Interfax quoted Deputy Foreign Minister Oleg Syromolotov as saying ...": the one quoted speaks, not the outlet
        if (QuotedAs(seg, v) is { } quotedOne)
        {
            return quotedOne;
        }
        // "it quoted him as saying", "Assad was quoted as saying": the one quoted speaks, not the outlet quoting
        if (verb is "saying" or "telling" && v >= 2 && seg[v - 1].Text == "as")
        {
            var quoted = seg.FindLastIndex(v - 2, Math.Min(10, v - 1), t => t.Text is "quoted" or "quotes" or "quoting" or "cited" or "cites");
            if (quoted >= 0 && QuotedAs(seg, quoted) is { } quotedObject)
            {
                return quotedObject;
            }
            if (quoted >= 0)
            {
                var obj = seg.GetRange(quoted + 1, v - 1 - quoted - 1);
                var one = obj.Count > 0 ? Resolve(obj, seg[quoted].Start) : Resolve(Subject(seg, 0, quoted > 0 && seg[quoted - 1].Text is "was" or "were" or "is" ? quoted - 1 : quoted), seg[quoted].Start);
                if (one.Speaker is not null)
                {
                    return one with { Cue = "quoted as saying" };
                }
            }
        }
        // "referring to ... as a "Q"", "saying ...": a participle's subject is the clause's, or the speaker just quoted
        if (verb.EndsWith("ing", StringComparison.Ordinal))
        {
            // "with the Kremlin saying": the phrase right before the participle
            if (v > 0 && seg[v - 1].IsWord && !IsVerbLike(seg[v - 1]) && NearPhrase(seg, v) is { Count: > 0 } near
                && (seg.IndexOf(near[0]) is var ni && (ni == 0 || seg[ni - 1].Text is "with" or "," || HeadMention(near) is { Actor.Kind: ActorKind.Person })))
            {
                var nw = Resolve(near, seg[v].Start);
                if (nw.Speaker is not null)
                {
                    return nw with { Cue = cue, Addressee = Addressee(seg, v + 1) ?? nw.Addressee };
                }
            }
            for (var k = previous.Count - 1; k >= 0 && previous[k].Sentence == sentenceIndex; k--)
            {
                if (previous[k].Who.Speaker is not null)
                {
                    return previous[k].Who with { Cue = cue };
                }
            }
            // "..., where he appeared ... for saying": the participle belongs to the nearest clause and its subject
            var comma = v > 0 ? seg.FindLastIndex(v - 1, v, t => t.Text == ",") : -1;
            var opener = seg.FindIndex(comma + 1, v - comma - 1, t => t.Text.ToLowerInvariant() is "where" or "when" or "while" or "as" or "after" or "because" or "since");
            if (opener >= 0 && opener + 1 < v && (PersonPronouns.Contains(seg[opener + 1].Text.ToLowerInvariant()) || GroupPronouns.Contains(seg[opener + 1].Text.ToLowerInvariant()))
                && Resolve(seg.GetRange(opener + 1, 1), seg[opener + 1].Start) is { Speaker: not null } local)
            {
                return local with { Cue = cue, Addressee = Addressee(seg, v + 1) ?? local.Addressee };
            }
            var subject = Subject(seg, 0, SubjectEnd(seg, v));
            var w = Resolve(subject, seg[v].Start);
            return w with { Cue = cue, Addressee = Addressee(seg, v + 1) ?? w.Addressee };
        }
        // inverted right after an earlier quotation: "A," said X, "B"
        if (v + 1 < seg.Count && IsNamey(seg[v + 1]) && (v == 0 || seg[v - 1].Text is "\"" or "\u201D"))
        {
            var obj = ObjectPhrase(seg, v + 1);
            var w = Resolve(obj, seg[v].Start);
            if (w.Speaker is not null)
            {
                return w with { Cue = cue, Addressee = Addressee(seg, v + 1 + obj.Count) ?? w.Addressee };
            }
        }
        // "the purchases Mr. Trump requested — larger purchases "Q"": a name between a noun and the verb is the subject
        // of a relative clause without "that", and the speaker
        if (v > 1 && actors.Mentions.LastOrDefault(m => m.End == seg[v - 1].End) is { Actor.Kind: ActorKind.Person } rel
            && NameStart(seg, seg.FindIndex(t => t.Start >= rel.Start)) is var relStart && relStart > 0
            && seg[relStart - 1] is { IsWord: true, IsCapitalised: false } noun && !IsVerbLike(noun) && !IsVerb(noun)
            && !Prepositions.Contains(noun.Text) && !Determiners.Contains(noun.Text)
            && noun.Text is not ("who" or "that" or "which" or "as" or "when" or "while" or "how" or "what" or "why" or "where" or "whether" or "if")
            && !ActorLexicon.Shared.RoleNouns.Contains(noun.Text) && !PersonHeads.Contains(noun.Text))
        {
            return new Attribution(rel.Actor.Name, rel.Actor.Role, rel.Actor.Affiliation, cue, null, true);
        }
        var addressee = verb is "told" or "tells" or "tell" ? ObjectPhraseText(seg, v + 1) : Addressee(seg, v + 1);
        if (ClauseSubjectBefore(seg, v) is { } clauseSubject)
        {
            return clauseSubject with { Cue = cue, Addressee = addressee ?? clauseSubject.Addressee };
        }
        var s = Subject(seg, 0, v);
        var who = Resolve(s, seg[v].Start);
        return who with { Cue = cue, Addressee = addressee };
    }

    // words that open a clause of its own inside a sentence
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "and", "but", "as", "while", "whereas", "when", "after", "before", "because", "although", "though", "since", "that", "which", "where", "if",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "... as Damascus pressed on and its ally Russia said its strikes would go on until "Q"", "a surge in fighting the
    /// United Nations said showed "Q"": an actor named right before the verb, at the head of a clause of its own, is the
    /// verb's subject, whoever the sentence began with.
    /// </summary>
    private Attribution? ClauseSubjectBefore(List<Token> seg, int v)
    {
        // "the United Nations said showed "Q"": the report comes right before the weak verb read last
        if (v > 1 && IsVerb(seg[v - 1]) && SpeechVerbs.IsStrong(seg[v - 1].Text) && !SpeechVerbs.IsStrong(seg[v].Text))
        {
            v--;
        }
        var last = v - 1;
        if (last >= 0 && TrailingAdverbs.Contains(seg[last].Text))
        {
            last--;
        }
        if (last <= 0)
        {
            return null;
        }
        var m = actors.Mentions.LastOrDefault(x => x.End == seg[last].End);
        if (m.Actor is null)
        {
            return null;
        }
        var k = seg.FindIndex(t => t.Start >= m.Start) - 1;
        // "its ally Russia", "the United Nations": a determiner and a few common words may stand before the name
        var words = 0;
        while (k >= 0 && words < 3 && seg[k].IsWord && !seg[k].IsCapitalised && !Prepositions.Contains(seg[k].Text) && !IsVerb(seg[k])
            && !IsVerbLike(seg[k]) && !ClauseOpeners.Contains(seg[k].Text) && !PersonHeads.Contains(seg[k].Text))
        {
            words++;
            k--;
        }
        if (k < 0 || !seg[k].IsWord)
        {
            return null;
        }
        var boundary = seg[k].Text;
        var opensClause = ClauseOpeners.Contains(boundary);
        // "Kerry and Lavrov said": "and" joining two names makes a pair, not a clause; a clause follows a verb
        if (boundary is "and" or "but" && !seg.Take(k).Any(t => !t.IsCapitalised && t.IsWord
            && (IsVerbLike(t) || t.Text.Length > 3 && t.Text.EndsWith("ed", StringComparison.Ordinal))))
        {
            return null;
        }
        if (boundary is "and" or "but" && k > 0 && (words == 0 || seg[k - 1].IsCapitalised) && actors.Mentions.Any(x => x.End == seg[k - 1].End))
        {
            return null;
        }
        // "fighting the United Nations said showed": a clause without "that" after a noun, its verb right after the report
        var first = seg.FindIndex(t => t.Start >= m.Start);
        var the = text[m.Start..m.End].StartsWith("the ", StringComparison.OrdinalIgnoreCase) || first > 0 && seg[first - 1].Text == "the";
        var d = first > 0 && seg[first - 1].Text == "the" ? first - 2 : first - 1;
        var reduced = !opensClause && the && d >= 0 && seg[d].IsWord && !seg[d].IsCapitalised && !Prepositions.Contains(seg[d].Text)
            && !Determiners.Contains(seg[d].Text) && !ClauseOpeners.Contains(seg[d].Text) && !IsVerb(seg[d]) && !IsVerbLike(seg[d])
            && v + 1 < seg.Count && seg[v + 1].IsWord && !seg[v + 1].IsCapitalised
            && seg[v + 1].Text.Length > 3 && seg[v + 1].Text.EndsWith("ed", StringComparison.Ordinal);
        if (!opensClause && !reduced)
        {
            return null;
        }
        return new Attribution(m.Actor.Name, m.Actor.Role, m.Actor.Affiliation, null, null, m.Actor.Kind == ActorKind.Person);
    }

    /// <summary>"quoted X as saying", "cited X as telling Y": X, the one quoted, when the verb at <paramref name="v"/> is such a verb.</summary>
    private Attribution? QuotedAs(List<Token> seg, int v)
    {
        // "Ygeman was quoted in Swedish media as saying": in the passive the subject is the one quoted, read elsewhere
        if (seg[v].Text.ToLowerInvariant() is not ("quoted" or "quotes" or "quoting" or "cited" or "cites" or "citing")
            || v + 1 >= seg.Count || Prepositions.Contains(seg[v + 1].Text) || v > 0 && seg[v - 1].Text is "was" or "were" or "is" or "are" or "been" or "be")
        {
            return null;
        }
        for (var a = v + 2; a + 1 < seg.Count && a <= v + 12; a++)
        {
            if (seg[a].Text is "\"" or "\u201C" or "\u201D" or ";")
            {
                break;
            }
            var participle = seg[a + 1].Text.ToLowerInvariant();
            if (seg[a].Text != "as" || participle is not ("saying" or "telling" or "stating" or "writing" or "declaring" or "describing"))
            {
                continue;
            }
            var who = Resolve(TrimPhrase(seg.GetRange(v + 1, a - v - 1)), seg[v].Start);
            if (who.Speaker is null)
            {
                return null;
            }
            var addressee = participle == "telling" ? ObjectPhraseText(seg, a + 2) : Addressee(seg, a + 2);
            return who with { Cue = "quoted as " + participle, Addressee = addressee ?? who.Addressee };
        }
        return null;
    }

    private Attribution? FromVerbAfter(List<Token> seg, int v)
    {
        var verb = seg[v].Text.ToLowerInvariant();
        var cue = seg[v].Text;
        var start = seg.Count > 0 && seg[0].Text == "," ? 1 : 0;
        // ""Q," it quoted him as saying", ""Q," Syrian television quoted Assad as telling ...": the one quoted speaks
        if (QuotedAs(seg, v) is { } quotedOne)
        {
            return quotedOne;
        }
        // ""very tough discussions" lie ahead ..., before they head north, said Altmaier": inverted after a comma
        if (v > start && seg[v - 1].Text == "," && v + 1 < seg.Count && seg[v + 1].IsCapitalised && verb is "said" or "says" or "added" or "adds"
            && Resolve(ObjectPhrase(seg, v + 1), seg[v].Start) is { Speaker: not null } inverted)
        {
            return inverted with { Cue = cue };
        }
        if (v <= start)
        {
            // "Q," said X ...
            var obj = ObjectPhrase(seg, v + 1);
            var w = Resolve(obj, seg[v].Start);
            // "said a senior opposition figure, Khaled Khoja": the name in apposition is the speaker
            var next = v + 1 + obj.Count;
            if (next + 1 < seg.Count && seg[next].Text == "," && HeadMention(ObjectPhrase(seg, next + 1)) is { Actor.Kind: ActorKind.Person } named
                && named.Start == seg[next + 1].Start)
            {
                var appositive = ObjectPhrase(seg, next + 1);
                w = Resolve(appositive, seg[v].Start) with { Role = text[obj[0].Start..obj[^1].End] };
                next += 1 + appositive.Count;
            }
            // "said Tarek a police officer": where the commas were lost, the name before an indefinite article is the speaker
            // and the rest is the role
            var article = obj.FindIndex(t => t.Text is "a" or "an");
            if (article is > 0 and <= 3 && obj.Take(article).All(t => t.IsCapitalised) && !HasActor(obj.GetRange(article, obj.Count - article))
                && obj.Count - article is >= 2 and <= 5 && obj.Skip(article + 1).All(t => t.IsWord && !t.IsCapitalised && !IsVerb(t) && !IsVerbLike(t))
                && Resolve(obj.GetRange(0, article), seg[v].Start) is { Speaker: not null, IsPerson: true } named0)
            {
                w = named0 with { Role = named0.Role ?? text[obj[article + 1].Start..obj[^1].End] };
            }
            if (w.Speaker is null && obj.Count == 0)
            {
                return null;
            }
            return w with { Cue = cue, Addressee = Addressee(seg, next) ?? w.Addressee };
        }
        // "capacity to absorb" refugees but will continue to take them in, the deputy premier said": the words that
        // go on with the quoted sentence (they hold a verb) are no part of the speaker phrase after them
        for (var comma = seg.FindIndex(start, v - start, t => t.Text == ","); comma > start && comma < v;
            comma = seg.FindIndex(start, v - start, t => t.Text == ","))
        {
            var lead = seg.GetRange(start, comma - start);
            if (!lead.Skip(1).Any(t => IsVerbLike(t) || t.Text is "will" or "can" or "may" or "might" or "must" or "should" or "but")
                || lead[0].Text.ToLowerInvariant() is "who" or "which" or "whose")
            {
                break;
            }
            start = comma + 1;
        }
        var subject = Subject(seg, start, v);
        var who = Resolve(subject, seg[v].Start);
        return who with { Cue = cue, Addressee = verb is "told" or "tells" or "tell" ? ObjectPhraseText(seg, v + 1) : Addressee(seg, v + 1) };
    }

    /// <summary>Reported statements outside quotation marks ("Kerry said the talks would resume"): what a standalone quotation may continue.</summary>
    private List<(int Position, int Paragraph, List<Token> Subject, string Cue)> IndirectSpeech()
    {
        var result = new List<(int, int, List<Token>, string)>();
        foreach (var sentence in sentences)
        {
            if (quotes.Any(q => q.OpenMark >= sentence.Start && q.OpenMark < sentence.End))
            {
                continue; // its quotations carry their own attribution
            }
            var seg = Segment(sentence.Start, sentence.End);
            // "..., according to a government official. "Q," he said.": the source named by "according to" has spoken
            var according = seg.FindIndex(t => t.Text.Equals("according", StringComparison.OrdinalIgnoreCase));
            if (according >= 0 && according + 2 < seg.Count && seg[according + 1].Text == "to" && ObjectPhrase(seg, according + 2) is { Count: > 0 } source)
            {
                result.Add((seg[according].Start, sentence.Paragraph, source, "according to"));
            }
            // the reporting verb proper ("said", "told") before any other speech verb: "Asked how Putin had responded, the spokeswoman said ..."
            var core = seg.FindIndex(t => t.Text is "said" or "says" or "say" or "told" or "tells" or "added" or "adds" or "wrote" or "writes");
            for (var v = core >= 0 ? core : 0; v < seg.Count; v++)
            {
                if (!IsVerbAt(seg, v) || !SpeechVerbs.IsStrong(seg[v].Text) || seg[v].Text.EndsWith("ing", StringComparison.Ordinal))
                {
                    continue;
                }
                var subject = Subject(seg, 0, v);
                if (subject.Count > 0)
                {
                    result.Add((seg[v].Start, sentence.Paragraph, subject, seg[v].Text));
                }
                break;
            }
        }
        result.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return result;
    }

    // words that show a phrase is a clause, not a name: "had", "would", "was"
    private static bool IsVerbLike(Token t) =>
        t.Text is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "would" or "will" or "could" or "been" or "be" or "did" or "not";

    // the noun phrase right before a participle: back to a comma, a preposition like "with", or a verb
    private static List<Token> NearPhrase(List<Token> seg, int v)
    {
        var a = v;
        while (a > 0 && seg[a - 1].IsWord && !IsVerbLike(seg[a - 1]) && seg[a - 1].Text is not ("with" or "and" or "as" or "while" or "after" or "of" or "by" or "from")
            && v - a < 8)
        {
            a--;
        }
        return seg.GetRange(a, v - a);
    }

    private Attribution? According(List<Token> seg)
    {
        for (var i = 0; i + 2 < seg.Count; i++)
        {
            if (seg[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && seg[i + 1].Text == "to")
            {
                var obj = ObjectPhrase(seg, i + 2);
                // "the event organizer Alliance to Reclaim Our Schools": a name the phrase cut short runs to its end
                if (obj.Count > 0 && actors.Mentions.FirstOrDefault(m => m.Start >= obj[0].Start && m.Start <= obj[^1].Start && m.End > obj[^1].End) is { Actor: not null } longer)
                {
                    obj = seg.Skip(i + 2).TakeWhile(t => t.End <= longer.End).ToList();
                }
                var w = Resolve(obj, seg[i].Start);
                if (w.Speaker is not null)
                {
                    return w with { Cue = "according to" };
                }
            }
        }
        return null;
    }

    /// <summary>The tokens of [start, end) that are not inside a quotation (the marks themselves stay, as boundaries).</summary>
    private List<Token> Segment(int start, int end)
    {
        var result = new List<Token>();
        if (end <= start)
        {
            return result;
        }
        var i = LowerBound(start);
        for (; i < tokens.Count && tokens[i].Start < end; i++)
        {
            var t = tokens[i];
            if (!InsideAnyQuote(t.Start))
            {
                result.Add(t);
            }
        }
        return result;
    }

    private bool InsideAnyQuote(int position)
    {
        // Quotations are in text order: only those opened at or before the position, and reaching past it, can hold it.
        // Scanning all of them for every token made a paragraph of many quotations quadratic.
        var opened = SortedSearch.CountBefore(quotes, position, static (q, p) => q.OpenMark <= p);
        for (var k = opened - 1; k >= 0 && reach[k] > position; k--)
        {
            if (quotes[k].Contains(position))
            {
                return true;
            }
        }
        return false;
    }

    private int LowerBound(int position) => SortedSearch.CountBefore(tokens, position, static (t, p) => t.Start < p);

    private int SentenceOf(int position)
    {
        // Sentences are in text order and do not overlap: the last one starting at or before the position holds it,
        // and a position between sentences belongs to the one before it. A binary search keeps many quotations linear.
        var i = SortedSearch.CountBefore(sentences, position, static (s, p) => s.Start <= p) - 1;
        if (i > 0 && position >= sentences[i - 1].Start && position < sentences[i - 1].End && position >= sentences[i].End)
        {
            return i - 1;
        }
        return i;
    }

    private int ParagraphOf(int position)
    {
        var s = SentenceOf(position);
        return s < 0 ? 0 : sentences[s].Paragraph;
    }

    private int PreviousCloseInSentence(QuoteSpan quote, ExtractedSentence sentence)
    {
        var best = sentence.Start;
        foreach (var q in quotes)
        {
            if (q.CloseMark >= sentence.Start && q.CloseMark < quote.OpenMark)
            {
                best = Math.Max(best, q.CloseMark + 1);
            }
        }
        return best;
    }

    private int NextOpenInSentence(QuoteSpan quote, ExtractedSentence sentence)
    {
        foreach (var q in quotes)
        {
            if (q.OpenMark > quote.End && q.OpenMark < sentence.End)
            {
                return q.OpenMark;
            }
        }
        return sentence.End;
    }

    private static List<Token> TrimEnd(List<Token> seg)
    {
        var end = seg.Count;
        while (end > 0 && seg[end - 1].Text is "," or "\"" or "\u201C" or "that" or "(" )
        {
            end--;
        }
        return seg.GetRange(0, end);
    }

    // "Such reports", "the statement", "his comments": after a determiner the word is a noun
    private static bool IsVerbAt(List<Token> seg, int i) =>
        IsVerb(seg[i]) && !(seg[i].Text == "state" && i > 0 && seg[i - 1].IsCapitalised) && !(i > 0 && seg[i - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "such" or "these" or "those" or "this"
            or "that" or "his" or "her" or "their" or "its" or "our" or "my" or "your" or "some" or "any" or "no" or "many" or "new"
            or "earlier" or "whose" or "'s" or "\u2019s");

    private static bool IsVerb(Token t)
    {
        // "Secretary of State", "United States": a capitalised word is no verb here
        if (t.Text.Length == 0 || !char.IsLower(t.Text[0]))
        {
            return false;
        }
        var w = t.Text;
        return SpeechVerbs.IsSpeechVerb(w) && w != "according";
    }

    /// <summary>The first (or last) speech verb of a segment; weak verbs ("called", "described") count only from <paramref name="near"/> on.</summary>
    private static int? VerbIndex(List<Token> seg, int limit, bool first, int near)
    {
        int? found = null;
        for (var i = 0; i < seg.Count && i < limit; i++)
        {
            if (seg[i].Text is "\"" or "\u201C" or "\u201D" && i > 0 && first)
            {
                break;
            }
            if (!IsVerbAt(seg, i))
            {
                continue;
            }
            // "... refugees but will continue to take them in, the deputy premier said": after a modal the verb goes on
            // with the quoted sentence and reports nothing
            if (first && i > 0 && seg[i - 1].Text.ToLowerInvariant() is "will" or "would" or "can" or "could" or "may" or "might"
                or "must" or "should" or "shall" or "to" or "not")
            {
                continue;
            }
            if ((SpeechVerbs.IsStrong(seg[i].Text) || (first ? i <= near : i >= near)))
            {
                found = i;
                if (first)
                {
                    return i;
                }
            }
        }
        return found;
    }

    // the subject of a participle ("..., saying"): everything before the main verb of the clause
    private int SubjectEnd(List<Token> seg, int v)
    {
        var from = 0;
        for (var i = 0; i < v; i++)
        {
            if (seg[i].Text == "," && i > from)
            {
                // "In a meeting with business leaders last week, he avoided ..., saying": past the opening adverbial
                if (IsOpeningAdverbial(seg.GetRange(from, i - from)) && seg.FindIndex(i + 1, v - i - 1, t => t.Text == ",") > 0)
                {
                    from = i + 1;
                    continue;
                }
                return i;
            }
        }
        return v;
    }

    /// <summary>The noun phrase before a verb: the comma-separated part naming someone, or the nearest part.</summary>
    private List<Token> Subject(List<Token> seg, int from, int verb)
    {
        // a quotation mark or a semicolon ends the clause
        var start = from;
        for (var i = verb - 1; i >= from; i--)
        {
            if (seg[i].Text is "\"" or "\u201C" or "\u201D" or ";")
            {
                start = i + 1;
                break;
            }
        }
        var parts = new List<List<Token>>();
        var current = new List<Token>();
        var depth = 0;
        for (var i = start; i < verb; i++)
        {
            // "Rep. Gwen Moore (D-Wis.) said": the aside in brackets is no part of the name
            if (seg[i].Text is "(" or "[")
            {
                depth++;
                continue;
            }
            if (seg[i].Text is ")" or "]")
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (depth > 0)
            {
                continue;
            }
            // "the Aleppo-based group": a hyphen inside a word joins, a dash between words separates
            var glued = seg[i].Text == "-" && i > start && i + 1 < verb && seg[i - 1].End == seg[i].Start && seg[i + 1].Start == seg[i].End;
            if (seg[i].Text is "," or ":" or "-" or "\u2013" or "\u2014" or "\u2015" && !glued)
            {
                if (current.Count > 0)
                {
                    parts.Add(current);
                }
                current = [];
                continue;
            }
            current.Add(seg[i]);
        }
        if (current.Count > 0)
        {
            parts.Add(current);
        }
        // "CONGRESS HAS INVESTIGATED HIM — Oz's advice ...": a run-in head in capitals is no part of the clause
        if (parts.Count > 1 && parts[0].Count > 1 && parts[0].All(t => t.IsAllCaps || !t.IsWord))
        {
            parts.RemoveAt(0);
        }
        if (parts.Count == 0)
        {
            return [];
        }
        // "... while Iran has dispatched what it refers to": the subject sits right before the verb, after the clause opener
        var last = parts[^1];
        var opener = last.FindLastIndex(t => t.Text.ToLowerInvariant() is "what" or "that" or "which" or "who" or "while" or "whereas" or "because" or "when"
            or "although" or "though" or "if" or "but" or "after" or "before" or "since" or "as");
        if (opener >= 0 && opener + 1 < last.Count)
        {
            var clause = CutAtVerb(last.GetRange(opener + 1, last.Count - opener - 1));
            var w0 = clause[0].Text.ToLowerInvariant();
            // the clause's subject opens it ("while Iran has ..."); "who represents Thomas" names an object, not a subject
            var lead = Determiners.Contains(w0) && clause.Count > 1 ? clause[1].Start : clause[0].Start;
            // "that Mayor Bill de Blasio described": a title may stand before the name
            var capitals = clause.FindIndex(t => !t.IsCapitalised && t.Text != ".");
            var titled = capitals is < 0 or > 1 ? clause[Math.Min(capitals < 0 ? clause.Count - 1 : capitals - 1, 2)].Start : lead;
            if (PersonPronouns.Contains(w0) || GroupPronouns.Contains(w0) || HeadMention(clause) is { } hm && (hm.Start <= lead || hm.Start <= titled && hm.Actor.Kind == ActorKind.Person))
            {
                return clause;
            }
            // "inflicting what the army called a "Q"": an institution opening the clause is its subject
            if (clause.Count is 2 or 3 && w0 is "the" && clause.Skip(1).All(t => t.IsWord && !t.IsCapitalised)
                && Institutions.Contains(clause[^1].Text.ToLowerInvariant()))
            {
                return clause;
            }
            // "... but which critics say will cause "Q"": a described group opening the clause
            if (clause.Count <= 4 && last[opener].Text.ToLowerInvariant() is "which" or "that" or "what" or "but" or "while" or "whereas" or "although" or "though"
                && clause.All(t => t.IsWord && !IsVerbLike(t)) && PersonHeads.Contains(clause[^1].Text.ToLowerInvariant().TrimEnd('s'))
                && !clause[^1].IsCapitalised)
            {
                return clause;
            }
        }
        // the sentence's own subject: the leftmost part that is not an opening adverbial ("In July,", "Upon arrival
        // at the talks,"), a participle clause or an apposition ("Flynn, a top Trump surrogate, said"); a new clause
        // ("..., and the minister said") starts the search again
        var from0 = 0;
        for (var k = 1; k < parts.Count; k++)
        {
            if (parts[k][0].Text.ToLowerInvariant() is "and" or "but" or "so" or "yet" or "while" or "whereas" && parts[k].Count > 1)
            {
                from0 = k;
            }
        }
        // "In Geneva, a statement by the ICRC called ...": after opening adverbials the first part is the subject, even
        // when it opens with "a" as appositions do
        while (from0 + 1 < parts.Count && IsOpeningAdverbial(parts[from0]))
        {
            from0++;
        }
        // "..., Seth Jones, an analyst with the RAND Corp, told Reuters": the name nearest the verb, past appositions
        for (var k = parts.Count - 1; k >= from0; k--)
        {
            var head = parts[k][0].Text.ToLowerInvariant();
            if (k > from0 && (head is "a" or "an" or "the" or "who" or "whose" || parts[k].Count > 1 && parts[k][1].Text is "'s" or "\u2019s"
                || IsOpeningAdverbial(parts[k])))
            {
                continue;
            }
            var cut = TrimPhrase(CutAtVerb(parts[k]));
            if (cut.Count > 0 && cut.Count <= 6 && HeadMention(cut) is { } m && m.Start == cut[0].Start && m.Actor.Kind == ActorKind.Person)
            {
                return cut;
            }
            break;
        }
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = from0; k < parts.Count; k++)
            {
                var part = parts[k];
                var head = part[0].Text.ToLowerInvariant();
                if (k == from0 && head is "and" or "but" or "so" or "yet" or "while" or "whereas" && part.Count > 1)
                {
                    part = part.GetRange(1, part.Count - 1);
                    head = part[0].Text.ToLowerInvariant();
                }
                if (IsOpeningAdverbial(part) || (k > from0 && (head is "a" or "an" || part.Count > 1 && part[1].Text is "'s" or "\u2019s")))
                {
                    continue;
                }
                var cut = TrimPhrase(CutAtVerb(part));
                if (cut.Count == 0)
                {
                    continue;
                }
                var w = cut[0].Text.ToLowerInvariant();
                if (cut.Count > 1 && (PersonPronouns.Contains(w) || w is "they" or "we" or "it") && pass == 0)
                {
                    return cut.GetRange(0, 1); // "he avoided any mention of ...": the pronoun is the subject
                }
                var named = HeadMention(cut) is not null || PersonPronouns.Contains(w) || GroupPronouns.Contains(w) && cut.Count == 1
                    || (cut.Count <= 4 && cut.All(t => t.IsCapitalised || ActorFinder.Particles.Contains(t.Text) || t.Text == ".")
                        && (!ActorFinder.Stop.Contains(w) || IsHonorific(cut[0]) && cut.Count > 1)
                        && !IsPlaceName(cut) && !(cut.Count == 1 && ActorLexicon.Shared.CommonWords.Contains(w)));
                // ("Officials at ..." opening the sentence are capitalised only by their place)
                var described = cut.Any(t => (!t.IsCapitalised || t.Start == cut[0].Start && !t.IsAllCaps && !actors.In(t.Start, t.End).Any())
                    && (PersonHeads.Contains(t.Text.ToLowerInvariant()) || PersonHeads.Contains(t.Text.ToLowerInvariant().TrimEnd('s'))));
                if (pass == 0 ? named : described)
                {
                    return cut;
                }
            }
        }
        // the nearest part, unless it is a clause tail: "X, who ..., said" keeps X
        for (var k = parts.Count - 1; k >= 0; k--)
        {
            var first = parts[k][0].Text.ToLowerInvariant();
            if (first is "who" or "which" or "whose" or "speaking" or "according" or "adding" or "in" or "on" or "at" or "after"
                or "when" or "while" or "meanwhile" or "however" or "though" or "too" or "also" or "then" or "if" or "because" or "as"
                || IsVerbLike(parts[k][0]) || (first.EndsWith("ing", StringComparison.Ordinal) && !parts[k][0].IsCapitalised))
            {
                continue;
            }
            return TrimPhrase(CutAtVerb(parts[k]));
        }
        return TrimPhrase(CutAtVerb(parts[^1]));
    }

    // "Speaking at a rally in Novi, Michigan, Trump says": a place between commas is no subject
    private static bool IsPlaceName(List<Token> phrase) =>
        ActorLexicon.Shared.Places.Contains(string.Join(' ', phrase.Select(t => t.Text)).ToLowerInvariant());

    private bool IsOpeningAdverbial(List<Token> part)
    {
        var first = part[0].Text.ToLowerInvariant();
        // "Conversely, PolitiFact rated ...": a sentence adverb before a comma, not a name
        if (part.Count == 1 && first.Length > 6 && first.EndsWith("ly", StringComparison.Ordinal) && !ActorLexicon.Shared.FirstNames.Contains(first)
            && !actors.In(part[0].Start, part[0].End).Any())
        {
            return true;
        }
        return first is "who" or "which" or "whose" or "when" or "while" or "as" or "if" or "because" or "although" or "though"
            or "since" or "unlike" or "like" or "despite" or "following" or "according" or "meanwhile" or "however" or "too" or "also"
            or "then" or "upon" or "once" or "instead" or "asked" or "earlier" or "later" or "now"
            || Prepositions.Contains(first) || IsVerbLike(part[0]) || (first.EndsWith("ing", StringComparison.Ordinal) && !part[0].IsCapitalised)
            // "Speaking outside the Olympic Primary School, Mr Brown said": a participle opening the sentence
            || (first.EndsWith("ing", StringComparison.Ordinal) && first.Length > 5 && part.Count > 1 && !part[1].IsCapitalised
                && !actors.In(part[0].Start, part[0].End).Any() && !ActorLexicon.Shared.FirstNames.Contains(first))
            || (part.Count <= 3 && part.All(t => !t.IsCapitalised || t.Text is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"));
    }

    // "The army denied any involvement however issuing": the subject ends where a verb begins
    private static List<Token> CutAtVerb(List<Token> part)
    {
        for (var i = 1; i < part.Count; i++)
        {
            // "Syria's state news agency", "state media": the noun "state", not the verb
            if (part[i].Text == "state" && (part[i - 1].IsCapitalised || part[i - 1].Text is "'s" or "\u2019s"
                || i + 1 < part.Count && part[i + 1].IsWord && !part[i + 1].IsCapitalised && !Prepositions.Contains(part[i + 1].Text) && part[i + 1].Text != "that"))
            {
                continue;
            }
            if (IsVerb(part[i]) || IsVerbLike(part[i]))
            {
                return part.GetRange(0, i);
            }
        }
        return part;
    }

    // adverbs that sit between a subject and its verb: "The president also said", "Erdogan later told"
    private static readonly FrozenSet<string> TrailingAdverbs = new[]
    {
        "also", "then", "now", "later", "earlier", "still", "again", "already", "too", "however", "meanwhile", "separately",
        "once", "first", "quickly", "soon", "further", "repeatedly", "previously", "recently", "reportedly", "initially",
        "subsequently", "simply", "publicly", "privately", "openly", "personally", "himself", "herself", "itself", "themselves",
    }.ToFrozenSet(StringComparer.Ordinal);

    private List<Token> TrimPhrase(List<Token> part)
    {
        var a = 0;
        while (a < part.Count - 1 && (Openers.Contains(part[a].Text.ToLowerInvariant()) || part[a].Text is "which" or "who" or "whom" or "what"))
        {
            a++;
        }
        while (part.Count - a > 1 && TrailingAdverbs.Contains(part[^1].Text))
        {
            part = part.GetRange(0, part.Count - 1);
        }
        // keep at most a dozen words: the first when a name opens the clause ("Hillary Clinton spoke out Tuesday about ..."),
        // else the last ("Upon arrival at the talks the envoy" -> the envoy)
        var list = part.GetRange(a, part.Count - a);
        if (list.Count <= 12 || actors.In(list[0].Start, list[^1].End).Any(m => m.Actor.Kind == ActorKind.Person))
        {
            return list;
        }
        return list[0].IsCapitalised && list.Count > 1 && list[1].IsCapitalised ? list.GetRange(0, 12) : list.GetRange(list.Count - 12, 12);
    }

    /// <summary>The noun phrase after an inverted verb: "said HNC member Basma Kodmani to BBC" gives "HNC member Basma Kodmani".</summary>
    private static List<Token> ObjectPhrase(List<Token> seg, int from)
    {
        var result = new List<Token>();
        for (var i = from; i < seg.Count && result.Count < 14; i++)
        {
            var t = seg[i];
            var lower = t.Text.ToLowerInvariant();
            var inNumber = t.Text == "/" && i > from && char.IsDigit(seg[i - 1].Text[0]) && i + 1 < seg.Count && char.IsDigit(seg[i + 1].Text[0]);
            if (!t.IsWord && !inNumber && t.Text is not ("'s" or "\u2019s" or "-" or "&") || (!t.IsCapitalised && PhraseBreaks.Contains(lower) && !(result.Count == 0 && lower is "the")))
            {
                // "an analyst with the Institute": keep prepositional tails of descriptions but not of names
                break;
            }
            if (t.IsCapitalised && PhraseBreaks.Contains(lower) && lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                break;
            }
            result.Add(t);
        }
        return result;
    }

    private string? ObjectPhraseText(List<Token> seg, int from)
    {
        var phrase = ObjectPhrase(seg, from);
        if (phrase.Count == 0)
        {
            return null;
        }
        if (HeadMention(phrase) is { } m)
        {
            return m.Actor.Name;
        }
        var trimmed = phrase.SkipWhile(t => Determiners.Contains(t.Text.ToLowerInvariant())).ToList();
        return trimmed.Count == 0 ? null : text[trimmed[0].Start..trimmed[^1].End];
    }

    // "said X to BBC", "saying to Reuters", "told reporters"
    private string? Addressee(List<Token> seg, int from)
    {
        for (var i = from; i + 1 < seg.Count && i < from + 3; i++)
        {
            if (seg[i].Text == "to")
            {
                return ObjectPhraseText(seg, i + 1);
            }
        }
        return null;
    }

    private static bool IsNamey(Token t) => t.IsCapitalised || t.Text is "a" or "an" or "the" or "one" or "another";

    private bool HasActor(List<Token> phrase) => phrase.Count > 0 && actors.In(phrase[0].Start, phrase[^1].End).Any();

    /// <summary>The actor a phrase is about: not one behind a preposition ("adviser to Assad") nor a possessor ("Cameron's spokeswoman").</summary>
    private (ActorRecord Actor, int Start, int End)? HeadMention(List<Token> phrase)
    {
        if (phrase.Count == 0)
        {
            return null;
        }
        (ActorRecord Actor, int Start, int End)? first = null;
        (ActorRecord Actor, int Start, int End)? person = null;
        // "A spokeswoman for British Prime Minister David Cameron", "officials from the HNC": the noun before the preposition is the head
        var modifierFrom = int.MaxValue;
        for (var i = 0; i + 1 < phrase.Count; i++)
        {
            if (!phrase[i].IsCapitalised && PersonHeads.Contains(phrase[i].Text.ToLowerInvariant())
                && phrase[i + 1].Text.ToLowerInvariant() is "for" or "of" or "to" or "from" or "at" or "with" && actors.In(phrase[0].Start, phrase[i].End).All(m => m.Actor.Kind != ActorKind.Person))
            {
                modifierFrom = phrase[i + 1].Start;
                break;
            }
        }
        foreach (var m in actors.In(phrase[0].Start, phrase[^1].End))
        {
            var at = phrase.FindIndex(t => t.Start >= m.Start);
            // "member of parliament Eric Ciotti": a name right after a lower-case noun is the role's holder, not its modifier
            var holder = at > 0 && m.Actor.Kind == ActorKind.Person && !phrase[at - 1].IsCapitalised && phrase[at - 1].IsWord
                && !Prepositions.Contains(phrase[at - 1].Text) && !Determiners.Contains(phrase[at - 1].Text);
            if (m.Start >= modifierFrom && !holder)
            {
                continue;
            }
            var idx = phrase.FindIndex(t => t.Start >= m.Start);
            var endIdx = phrase.FindIndex(t => t.Start >= m.End);
            var p = idx - 1;
            while (p > 0 && phrase[p].Text.ToLowerInvariant() is "the" or "a" or "an")
            {
                p--;
            }
            if (p >= 0 && Prepositions.Contains(phrase[p].Text.ToLowerInvariant()))
            {
                continue; // "adviser to Assad", "of the Alwiyat Seif al-Sham group"
            }
            if (endIdx >= 0 && phrase[endIdx].Text is "'s" or "\u2019s" or "'")
            {
                continue;
            }
            // the head of a name chain is its last name: "HNC member Basma Kodmani", "Assad adviser Bouthaina Shaaban"
            if (m.Actor.Kind == ActorKind.Person)
            {
                person = m;
            }
            else
            {
                first = m;
            }
        }
        return person ?? first;
    }

    /// <summary>Turns a speaker phrase into a speaker: a named actor, a resolved pronoun or description, or the anonymous description itself.</summary>
    private Attribution Resolve(List<Token> phrase, int position)
    {
        if (phrase.Count == 0)
        {
            return Attribution.None;
        }
        // "Ahmed 24 said" (the commas around an age lost): the age is no part of the name
        if (phrase.Count is >= 2 and <= 4 && phrase[^1].Text.Length <= 3 && phrase[^1].Text.All(char.IsDigit) && phrase[^2].IsCapitalised)
        {
            phrase = phrase.GetRange(0, phrase.Count - 1);
        }
        var words = phrase.Select(t => t.Text.ToLowerInvariant()).ToList();
        if (phrase.Count == 1 && PersonPronouns.Contains(words[0]))
        {
            return SameSentencePerson(phrase[0].Start) ?? PreviousSubject(phrase[0].Start) ?? LastSpeaker(position, person: true);
        }
        if (phrase.Count == 1 && GroupPronouns.Contains(words[0]))
        {
            return SameSentenceGroup(phrase[0].Start) ?? LastSpeaker(position, person: false);
        }
        // "the official of the opposition High Negotiations Committee said": one unnamed person of the organisation speaks,
        // not the organisation ("officials from the HNC" speak for it)
        var oneOfOrg = words[0] is "the" or "a" or "an"
            && words.FindIndex(w => !w.EndsWith('s') && (PersonHeads.Contains(w) || PersonHeads.Contains(w + "s"))) is var p1 && p1 is > 0 and <= 3 && p1 + 1 < words.Count
            && words[p1 + 1] is "of" or "from" or "at" && phrase.Take(p1).All(t => t.IsWord && !t.IsCapitalised)
            && actors.In(phrase[p1 + 1].End, phrase[^1].End).Any(x => x.Actor.Kind != ActorKind.Person)
            && !actors.In(phrase[0].Start, phrase[^1].End).Any(x => x.Actor.Kind == ActorKind.Person);
        // "head of the Syrian Observatory for Human Rights Rami Abdel Rahman", "state news agency SANA": where the commas
        // were lost, a name closing the description right after another name or a media noun is the one described
        if (phrase.Count >= 3 && phrase.Take(phrase.Count - 1).Any(t => t.IsWord && !t.IsCapitalised) && actors.Mentions.LastOrDefault(x => x.End == phrase[^1].End && x.Start > phrase[0].Start) is
            { Actor: { } closing } closer && !(oneOfOrg && closing.Kind != ActorKind.Person) && phrase.FindIndex(t => t.Start >= closer.Start) is var ts && ts > 0
            // ("Mohamad Sabra the head negotiator of the opposition HNC": a person opening the phrase is the one described)
            && !actors.In(phrase[0].Start, closer.Start).Any(x => x.Actor.Kind == ActorKind.Person)
            && (actors.Mentions.Any(x => x.End == phrase[ts - 1].End && x.Actor != closing && x.Actor.Kind != ActorKind.Person)
                || !phrase[ts - 1].IsCapitalised && ActorFinder.MediaNouns.Contains(words[ts - 1])))
        {
            return new Attribution(closing.Name, closing.Role, closing.Affiliation, null, null, closing.Kind == ActorKind.Person);
        }
        var head = HeadMention(phrase);
        var lastWord = words[^1];
        if (head is { Actor.Kind: ActorKind.State } st && StateBody(phrase, st) is { } body)
        {
            return body;
        }
        // "France's foreign ministry called ...": the state's body, its owner in the possessive
        if (phrase.Count >= 3 && phrase[1].Text is "'s" or "\u2019s" && actors.Mentions.FirstOrDefault(x => x.Start == phrase[0].Start) is { Actor.Kind: ActorKind.State } possessor
            && StateBody(phrase, possessor) is { } ownBody)
        {
            return ownBody;
        }
        if (IsPair(phrase))
        {
            return Attribution.None; // "Vindman and Williams told lawmakers": each speaks for themselves, named at their quotes
        }
        // "a statement by the International Committee of the Red Cross", "a letter from the ministry": its author
        if (phrase.Count >= 3 && words.FindIndex(w => SpeechNouns.Contains(w)) is var sn && sn >= 0 && sn + 1 < words.Count
            && words[sn + 1] is "by" or "from" && HeadMention(phrase.GetRange(sn + 2, phrase.Count - sn - 2)) is { } author
            && actors.In(phrase[0].Start, phrase[sn].End).All(m => m.Actor.Kind != ActorKind.Person))
        {
            return new Attribution(author.Actor.Name, author.Actor.Role, author.Actor.Affiliation, null, null, author.Actor.Kind == ActorKind.Person);
        }
        // "A new message purporting to come from the spokesman of Islamic State ... "Q," said the message": the text
        // speaks for the author named where it was introduced
        if (phrase.Count == 2 && words[0] is "the" or "this" && SpeechNouns.Contains(lastWord) && AuthorOf(lastWord, phrase[0].Start) is { } author0)
        {
            return author0;
        }
        // "Tusk's draft says", "the ministry's statement said": the owner of the text speaks through it
        if (phrase.Count is >= 3 and <= 6 && SpeechNouns.Contains(lastWord) && phrase[^2].Text is "'s" or "\u2019s"
            && actors.Mentions.LastOrDefault(m => m.End == phrase[^3].End && m.Start >= phrase[0].Start) is { Actor: { } writer })
        {
            return new Attribution(writer.Name, writer.Role, writer.Affiliation, null, null, writer.Kind == ActorKind.Person);
        }
        var describesPerson = PersonHeads.Contains(lastWord) || PersonHeads.Contains(lastWord.TrimEnd('s'));
        // "A senior EU source monitoring the situation", "Jordanian officers who ...": a person noun after an organisation
        // or a state makes a person of it
        if (head is { Actor.Kind: not ActorKind.Person } org0)
        {
            var tail = phrase.Where(t => t.Start >= org0.End).TakeWhile(t => t.IsWord && !Prepositions.Contains(t.Text) && !IsVerbLike(t)
                && !Determiners.Contains(t.Text) && !t.Text.EndsWith("ing", StringComparison.Ordinal) && t.Text is not ("who" or "which" or "that")).ToList();
            describesPerson |= tail.Count is > 0 and <= 3 && tail.Any(t => !t.IsCapitalised
                && (PersonHeads.Contains(t.Text.ToLowerInvariant()) || PersonHeads.Contains(t.Text.ToLowerInvariant().TrimEnd('s'))));
        }
        if (head is { } m && !oneOfOrg)
        {
            var headIsLast = phrase[^1].End <= m.End;
            // "a top Assad aide": a person noun after a person's name is someone close to them, not them
            // ("Zakaria Malahifji senior official", its commas lost, is the person himself)
            var close = m.Actor.Kind == ActorKind.Person && !headIsLast && PersonHeads.Contains(lastWord) && m.Start > phrase[0].Start
                && phrase.Where(t => t.Start >= m.End).All(t => t.IsWord && !t.IsCapitalised && !Prepositions.Contains(t.Text));
            if (!close && (m.Actor.Kind == ActorKind.Person || headIsLast || !describesPerson))
            {
                var (role, affiliation) = Describe(phrase, m);
                return new Attribution(m.Actor.Name, role ?? m.Actor.Role, affiliation ?? m.Actor.Affiliation, null, null, m.Actor.Kind == ActorKind.Person);
            }
        }
        // "the mayor", "the envoy", "the U.N. Syria envoy": the person the article gave that role, named before or,
        // as a lede often does, named only further down
        if (words[0] == "the" && describesPerson && (phrase.Count <= 3
            || phrase.Count <= 6 && phrase.Skip(1).SkipLast(1).All(t => t.IsCapitalised || !t.IsWord || actors.In(t.Start, t.End).Any())))
        {
            foreach (var (_, _, who) in Enumerable.Reverse(said))
            {
                if (who.IsPerson && who.Speaker is { } sp && (sp.EndsWith(lastWord, StringComparison.OrdinalIgnoreCase) || HasRole(who.Role, lastWord)))
                {
                    return who;
                }
            }
            for (var k = actors.Mentions.Count - 1; k >= 0; k--)
            {
                var (actor, s, _) = actors.Mentions[k];
                if (s < position && actor.Kind == ActorKind.Person && HasRole(actor.Role, lastWord))
                {
                    return new Attribution(actor.Name, actor.Role, actor.Affiliation, null, null, true);
                }
            }
            var later = actors.Mentions.Where(m => m.Start > position && m.Actor.Kind == ActorKind.Person && HasRole(m.Actor.Role, lastWord))
                .Select(m => m.Actor).Distinct().ToList();
            if (later.Count == 1)
            {
                return new Attribution(later[0].Name, later[0].Role, later[0].Affiliation, null, null, true);
            }
        }
        // "the ministry", "the group", "his group", "the opposition": the organisation the article named
        if (words[0] is "the" or "his" or "her" or "its" or "their" && phrase.Count <= 3 && !describesPerson)
        {
            var noun = words[^1];
            var armed = noun is "group" or "militia" or "faction" or "brigade" or "movement";
            for (var pass = armed ? 0 : 1; pass < 2; pass++)
            for (var k = actors.Mentions.Count - 1; k >= 0; k--)
            {
                var (actor, s, e) = actors.Mentions[k];
                if (s >= position || actor.Kind == ActorKind.Person || (pass == 0 && actor.Kind != ActorKind.ArmedGroup))
                {
                    continue;
                }
                var generic = noun is "group" or "organisation" or "organization" or "movement" or "militia" or "faction" or "alliance";
                if (generic && actor.Kind == ActorKind.State)
                {
                    continue;
                }
                // "The Syrian rebel coalition known as the High Negotiations Committee ... The coalition said": the noun
                // described the organisation where it was named
                var described = DescribedAs(s, noun) || NamesItsMedium(e, noun);
                if (actor.Name.Contains(noun, StringComparison.OrdinalIgnoreCase) || generic || described
                    || actor.Aliases.Any(a => a.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase) || a.Equals(noun, StringComparison.OrdinalIgnoreCase)))
                {
                    return new Attribution(actor.Name, null, null, null, null, false);
                }
            }
        }
        // "Syrian state television reported", "state media said": an outlet the article does not name keeps its description
        if (phrase.Count is >= 2 and <= 4 && (ActorFinder.MediaNouns.Contains(lastWord) || lastWord is "media") && phrase.All(t => t.IsWord)
            && !actors.In(phrase[0].Start, phrase[^1].End).Any() && phrase.Skip(1).All(t => !t.IsCapitalised || t.IsAllCaps))
        {
            // ("the paper said" is the paper the article named: a description needs a word of its own)
            var outlet = Determiners.Contains(words[0]) ? phrase.GetRange(1, phrase.Count - 1) : phrase;
            if (outlet.Count >= 2)
            {
                return new Attribution(text[outlet[0].Start..outlet[^1].End], null, null, null, null, false);
            }
        }
        // "the army command statement said": the institution that issued the statement speaks
        if (words[0] == "the" && phrase.Count is 3 or 4 && SpeechNouns.Contains(lastWord) && phrase.Skip(1).All(t => t.IsWord && !t.IsCapitalised)
            && Institutions.Contains(words[^2]))
        {
            phrase = phrase.GetRange(0, phrase.Count - 1);
            words = words.GetRange(0, words.Count - 1);
            lastWord = words[^1];
        }
        // "The army denied ...": an institution the article does not name otherwise keeps its description
        if (words[0] == "the" && phrase.Count <= 3 && !describesPerson && phrase.Skip(1).All(t => !t.IsCapitalised)
            && Institutions.Contains(lastWord))
        {
            // "Syria declared truces ..., the army said": the army of the state the article named, when the curated
            // list knows that state by such a body ("Syrian army")
            for (var k = actors.Mentions.Count - 1; k >= 0; k--)
            {
                var (actor, s, _) = actors.Mentions[k];
                if (s < position && actor.Kind == ActorKind.State && actor.Known
                    && ActorLexicon.Shared.ByKey.TryGetValue(NameKey.Normalize(actor.Name), out var known)
                    && known.Aliases.Any(a => a.EndsWith(" " + text[phrase[1].Start..phrase[^1].End], StringComparison.OrdinalIgnoreCase)
                        || a.EndsWith(" " + phrase[1].Text, StringComparison.OrdinalIgnoreCase)))
                {
                    return new Attribution(actor.Name, null, null, null, null, false);
                }
            }
            return new Attribution(text[phrase[1].Start..phrase[^1].End], null, null, null, null, false);
        }
        // "talk radio host Rush Limbaugh", "9/11 widow Terry Strada": the name after the role noun is the speaker
        var tailStart = phrase.Count;
        while (tailStart > 0 && (phrase[tailStart - 1].IsCapitalised || ActorFinder.Particles.Contains(phrase[tailStart - 1].Text)) && phrase.Count - tailStart < 4)
        {
            tailStart--;
        }
        if (!oneOfOrg && tailStart > 0 && tailStart < phrase.Count && phrase.Count - tailStart >= 2 && !phrase[tailStart - 1].IsCapitalised
            && (PersonHeads.Contains(words[tailStart - 1]) || ActorLexicon.Shared.RoleNouns.Contains(words[tailStart - 1])))
        {
            var name = phrase.GetRange(tailStart, phrase.Count - tailStart);
            return new Attribution(text[name[0].Start..name[^1].End], text[phrase[0].Start..phrase[tailStart - 1].End], null, null, null, true);
        }
        // a proper name the actor finder could not place ("Peabody said", "Melanie said") still names the speaker
        if (phrase.Count <= 4 && phrase.All(t => t.IsCapitalised || ActorFinder.Particles.Contains(t.Text)) && phrase[0].IsCapitalised
            && !words.Any(w => PersonHeads.Contains(w) || PersonHeads.Contains(w.TrimEnd('s')) || ActorLexicon.Shared.RoleNouns.Contains(w)
                || ActorLexicon.Shared.RoleNouns.Contains(w.TrimEnd('s')))
            && (!ActorFinder.Stop.Contains(words[0]) || IsHonorific(phrase[0]) && phrase.Count > 1) && !IsPlaceName(phrase)
            && !(phrase.Count == 1 && ActorLexicon.Shared.CommonWords.Contains(words[0]))
            && !(phrase.Count > 1 && phrase.All(t => t.IsAllCaps))
            && !(phrase.Count == 1 && ActorLexicon.Shared.CommonWords.Contains(words[0])))
        {
            // "Mr. Douglas said": the honorific is no part of the name
            var first = phrase.FindIndex(t => !ActorLexicon.Shared.Honorifics.Contains(t.Text.TrimEnd('.').ToLowerInvariant()));
            first = first < 0 ? 0 : first;
            return new Attribution(text[phrase[first].Start..phrase[^1].End], null, null, null, null, true);
        }
        // an anonymous source keeps its description; "the diplomatic source" is the one described before
        var firstPrep = words.FindIndex(w => Prepositions.Contains(w));
        bool IsHead(string w) => PersonHeads.Contains(w) || PersonHeads.Contains(w.TrimEnd('s'));
        var h = firstPrep > 0 ? words.FindLastIndex(firstPrep - 1, firstPrep, IsHead) : -1;
        if (h < 0)
        {
            h = words.FindLastIndex(IsHead);
        }
        if (h < 0)
        {
            return Attribution.None;
        }
        if (h + 2 < phrase.Count && words[h + 1] is "for" or "of" or "to" or "from" or "at" or "with")
        {
            var tail = phrase.GetRange(h + 2, phrase.Count - h - 2);
            var owner = actors.In(tail[0].Start, tail[^1].End).LastOrDefault();
            if (owner.Actor is { Kind: ActorKind.Person } p && words[h + 1] is "for" or "to")
            {
                // "a spokeswoman for David Cameron" is "Cameron's spokeswoman"
                var surname = p.Name.Split(' ')[^1];
                return new Attribution($"{surname}'s {phrase[h].Text}", phrase[h].Text, p.Name, null, null, true);
            }
            if (owner.Actor is { } group && group.Kind != ActorKind.Person && words[h].EndsWith('s') && words[h + 1] is "from" or "of" or "at")
            {
                return new Attribution(group.Name, null, null, null, null, false); // "officials from the HNC" speak for it
            }
        }
        var from = h;
        while (from > 0 && phrase[from - 1].IsWord && !Determiners.Contains(words[from - 1]) && !Prepositions.Contains(words[from - 1])
            && !IsVerbLike(phrase[from - 1]) && words[from - 1] is not ("his" or "her" or "their" or "its" or "which" or "who" or "what" or "whom"))
        {
            from--;
        }
        // a short tail of the description stays: "governor of the Turkish border province of Kilis", "official involved in the talks"
        var to = h;
        if (h + 1 < phrase.Count && phrase.Count - h - 1 <= 8 && words[h + 1] is "of" or "for" or "at" or "with" or "involved" or "close" or "familiar" or "in"
                or "inside" or "within" or "near"
            && !phrase.Skip(h + 1).Any(IsVerbLike))
        {
            to = phrase.Count - 1;
        }
        // a possessor names the source only when nothing else does: "Cameron's spokeswoman", but "a reporter's source
        // inside the camp" is the source inside the camp
        if (from > 0 && words[from - 1] is "'s" or "\u2019s" && from > 1 && to == h)
        {
            from -= 2; // "Cameron's spokeswoman"
        }
        var trimmed = phrase.GetRange(from, to - from + 1);
        words = [.. words.Skip(Math.Max(0, from - 1))];
        var description = text[trimmed[0].Start..trimmed[^1].End];
        if (words[0] is "the" or "this" or "that")
        {
            foreach (var (_, _, who) in Enumerable.Reverse(said))
            {
                if (who.Speaker is { } earlier && !who.IsPerson == false && earlier.EndsWith(description, StringComparison.OrdinalIgnoreCase))
                {
                    return who;
                }
                if (who.Speaker is { } e2 && ActorFinder.Surname(e2) == lastWord && actors.Find(e2) is null)
                {
                    return who;
                }
            }
        }
        var org = actors.In(trimmed[0].Start, trimmed[^1].End).Select(x => x.Actor).FirstOrDefault(a => a.Kind != ActorKind.Person);
        var plural = phrase[h].Text.EndsWith('s') && !PersonHeads.Contains(phrase[h].Text.ToLowerInvariant().TrimEnd('s') + "ss");
        return new Attribution(description, null, org?.Name, null, null, !plural || words.Contains("one"));
    }

    // "the opposition "Cham" TV network ... the TV network said": an outlet's name right before the medium it is
    private bool NamesItsMedium(int mentionEnd, string noun)
    {
        if (!ActorFinder.MediaNouns.Contains(noun))
        {
            return false;
        }
        var window = text[mentionEnd..Math.Min(text.Length, mentionEnd + 24)].ToLowerInvariant();
        var stop = window.IndexOfAny(['.', ',', ';', '\n']);
        var head = stop < 0 ? window : window[..stop];
        return head.Split([' ', '"', '\u201D', '\''], StringSplitOptions.RemoveEmptyEntries).Take(3).Contains(noun);
    }

    // "the rebel coalition known as the High Negotiations Committee", "the coalition, the HNC": the noun right before the name
    private bool DescribedAs(int mentionStart, string noun)
    {
        var window = text[Math.Max(0, mentionStart - 40)..mentionStart].TrimEnd().ToLowerInvariant();
        foreach (var tail in (ReadOnlySpan<string>)[" known as the", " known as", " called the", " called", ", the", ",", ""])
        {
            if (window.EndsWith(" " + noun + tail, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private Attribution? AuthorOf(string noun, int position)
    {
        var from = Math.Max(0, position - 1500);
        var at = text.LastIndexOf(" " + noun, position - 1, position - from, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        var end = Math.Min(text.Length, at + noun.Length + 100);
        foreach (var m in actors.Mentions)
        {
            if (m.Start <= at || m.Start >= end)
            {
                continue;
            }
            var lead = text[Math.Max(at, m.Start - 6)..m.Start];
            if (lead.EndsWith("from ", StringComparison.Ordinal) || lead.EndsWith("by ", StringComparison.Ordinal) || lead.EndsWith("of ", StringComparison.Ordinal)
                || lead.EndsWith("the ", StringComparison.Ordinal) && text[Math.Max(at, m.Start - 10)..m.Start].Contains("from", StringComparison.Ordinal))
            {
                return new Attribution(m.Actor.Name, m.Actor.Role, m.Actor.Affiliation, null, null, m.Actor.Kind == ActorKind.Person);
            }
            break;
        }
        return null;
    }

    // "the premier" holds the role "Deputy Prime Minister"; "the spokeswoman" a spokesperson's
    private static bool HasRole(string? role, string noun)
    {
        if (role is null)
        {
            return false;
        }
        if (role.Contains(noun, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return noun switch
        {
            "premier" => role.Contains("prime minister", StringComparison.OrdinalIgnoreCase),
            "spokesman" or "spokeswoman" or "spokesperson" => role.Contains("spokes", StringComparison.OrdinalIgnoreCase),
            "secretary-general" => role.Contains("secretary general", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    // two actors joined by "and" ("Vindman and Williams", "Noel and Thomas"), not one name with "and" inside
    private bool IsPair(List<Token> phrase)
    {
        var and = phrase.FindIndex(t => t.Text is "and" or "&");
        if (and <= 0 || and == phrase.Count - 1)
        {
            return false;
        }
        var mentions = actors.In(phrase[0].Start, phrase[^1].End).ToList();
        var named = (mentions.Any(m => m.End <= phrase[and].Start) || phrase[and - 1].IsCapitalised)
            && (mentions.Any(m => m.Start >= phrase[and].End) || phrase[and + 1].IsCapitalised);
        return named && mentions.Any() && !mentions.Any(m => m.Start < phrase[and].Start && m.End > phrase[and].End);
    }

    // "the Russian defense ministry", "the Russian and Syrian defense ministries": a state's body named by its demonym and a
    // lower-case organisation noun; the organisation the article named, else the name the words make
    private Attribution? StateBody(List<Token> phrase, (ActorRecord Actor, int Start, int End) state)
    {
        var at = phrase.FindIndex(t => t.Start >= state.End);
        if (at < 0)
        {
            return null;
        }
        // "France's foreign ministry": the state's own body, named as the text names it
        var owner = state.End;
        if (phrase[at].Text is "'s" or "\u2019s" && at + 1 < phrase.Count)
        {
            owner = phrase[at].End;
            at++;
        }
        // skip further demonyms joined to the first ("Russian and Syrian")
        var k = at;
        while (k + 1 < phrase.Count && phrase[k].Text == "and" && phrase[k + 1].IsCapitalised)
        {
            k += 2;
        }
        var words = new List<string>();
        for (; k < phrase.Count && phrase[k].IsWord && !phrase[k].IsCapitalised && words.Count < 3; k++)
        {
            var w = phrase[k].Text.ToLowerInvariant();
            var singular = w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y" : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
            words.Add(singular);
            if (singular is "ministry" or "department" or "agency" or "office" or "directorate" or "embassy" or "mission" or "parliament" or "command")
            {
                var demonym = text[state.Start..owner];
                var name = demonym + " " + string.Join(' ', words.Select(x => char.ToUpperInvariant(x[0]) + x[1..]));
                var known = actors.Actors.FirstOrDefault(a => a.Kind != ActorKind.Person
                    && (a.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)));
                return new Attribution(known?.Name ?? name, null, known?.Affiliation ?? state.Actor.Name, null, null, false);
            }
        }
        return null;
    }

    /// <summary>Role and affiliation from the words around a person's name: "HNC member Basma Kodmani", "Christopher Harmer, an analyst with ISW".</summary>
    private (string? Role, string? Affiliation) Describe(List<Token> phrase, (ActorRecord Actor, int Start, int End) head)
    {
        var before = phrase.Where(t => t.End <= head.Start).ToList();
        if (before.Count == 0)
        {
            return (null, null);
        }
        var roleWords = before.SkipWhile(t => Determiners.Contains(t.Text.ToLowerInvariant())).ToList();
        if (roleWords.Count == 0)
        {
            return (null, null);
        }
        var org = actors.In(roleWords[0].Start, roleWords[^1].End).Select(x => x.Actor).FirstOrDefault(a => a.Kind != ActorKind.Person);
        var lowerRole = roleWords.Where(t => !actors.In(t.Start, t.End).Any() || !t.IsCapitalised).ToList();
        var role = lowerRole.Count > 0 && lowerRole.Count < roleWords.Count && lowerRole.All(t => !t.IsCapitalised)
            ? text[lowerRole[0].Start..lowerRole[^1].End]
            : text[roleWords[0].Start..roleWords[^1].End];
        return (role, org?.Name);
    }

    // "Iran has dispatched what it refers to as ...", "Military officials say ... what they designated ...": the group named earlier in the sentence
    private Attribution? SameSentenceGroup(int pronoun)
    {
        var index = SentenceOf(pronoun);
        if (index < 0)
        {
            return null;
        }
        var seg = Segment(sentences[index].Start, pronoun);
        for (var k = seg.Count - 1; k >= 0; k--)
        {
            // the mention that ends at this word: "The White House condemned what it said ..."
            var ending = actors.Mentions.LastOrDefault(m => m.End > seg[k].Start && m.End <= seg[k].End);
            if (ending.Actor is { } a && a.Kind != ActorKind.Person)
            {
                var opening = seg.FindIndex(t => t.Start >= ending.Start);
                if (!(opening > 0 && Prepositions.Contains(seg[opening - 1].Text.ToLowerInvariant())))
                {
                    return new Attribution(a.Name, null, null, null, null, false);
                }
            }
        }
        var first = seg.FindIndex(t => IsVerb(t) || IsVerbLike(t));
        if (first > 0)
        {
            var who = Resolve(TrimPhrase(seg.GetRange(0, first)), pronoun);
            if (who.Speaker is not null && !who.IsPerson)
            {
                return who;
            }
        }
        return null;
    }

    // "Ban Ki-moon condemned what he called a "brazen breach"": the person the sentence is about, before the pronoun
    private Attribution? SameSentencePerson(int pronoun)
    {
        var index = SentenceOf(pronoun);
        if (index < 0)
        {
            return null;
        }
        var seg = Segment(sentences[index].Start, pronoun);
        if (seg.Count < 3)
        {
            return null; // "He said ..." opens the sentence: the discourse decides
        }
        // "The United Nations Syria envoy expects ..., he said": a sentence opened by a person's role is about them
        // (after a dateline in capitals: "BEIRUT The United Nations Syria envoy")
        var the = seg.FindIndex(t => !t.IsAllCaps || t.Text.Length == 1);
        var roleEnd = the >= 0 && the + 1 < seg.Count && seg[the].Text.ToLowerInvariant() == "the"
            ? seg.FindIndex(the + 1, Math.Min(6, seg.Count - the - 1), t => !t.IsCapitalised && PersonHeads.Contains(t.Text.ToLowerInvariant())) : -1;
        if (roleEnd > 0 && seg.Skip(the).Take(roleEnd - the).All(t => t.IsWord && !IsVerb(t) && !IsVerbLike(t))
            && Resolve(seg.GetRange(the, roleEnd + 1 - the), seg[roleEnd].Start) is { IsPerson: true, Speaker: not null } described
            && actors.Find(described.Speaker) is not null)
        {
            return described;
        }
        var verb = seg.FindIndex(t => IsVerb(t) || IsVerbLike(t) || (!t.IsCapitalised && t.Text.EndsWith("ed", StringComparison.Ordinal)));
        if (verb <= 0)
        {
            return null;
        }
        var subject = Subject(seg, 0, verb);
        if (HeadMention(subject) is { Actor.Kind: ActorKind.Person } m)
        {
            return new Attribution(m.Actor.Name, m.Actor.Role, m.Actor.Affiliation, null, null, true);
        }
        // "Oz's medical advice earned him the attention of Congress, where he ...": the subject's owner is the person meant
        var owner = subject.Count > 0 ? actors.In(subject[0].Start, subject[^1].End)
            .FirstOrDefault(x => x.Actor.Kind == ActorKind.Person && subject.FindIndex(t => t.Start >= x.End) is var after && after >= 0
                && subject[after].Text is "'s" or "\u2019s") : default;
        if (owner.Actor is { } p)
        {
            return new Attribution(p.Name, p.Role, p.Affiliation, null, null, true);
        }
        // "a bitter blow to De Mistura, whose office had issued a message in which he said": the one person the sentence
        // named before the pronoun, when its subject is no person
        var named = actors.In(sentences[index].Start, pronoun).Where(x => x.Actor.Kind == ActorKind.Person).Select(x => x.Actor).Distinct().ToList();
        return named.Count == 1 ? new Attribution(named[0].Name, named[0].Role, named[0].Affiliation, null, null, true) : null;
    }

    // "Hillary Clinton was more circumspect. Though she called ...": a pronoun early in a sentence is the person the
    // sentence before it in the paragraph was about, unless someone has been quoted since that sentence began
    private Attribution? PreviousSubject(int pronoun)
    {
        var index = SentenceOf(pronoun);
        if (index < 1)
        {
            return null;
        }
        // ""Q," he said": a quotation opening the sentence is no part of its prose, so the pronoun is measured from its end
        var from = sentences[index].Start;
        foreach (var q in quotes)
        {
            if (q.OpenMark >= from && q.OpenMark <= from + 2 && q.End <= pronoun)
            {
                from = q.End;
                break;
            }
        }
        // a paragraph opening with ""Q," he said" quotes the person the paragraph before reported on
        var opensParagraph = from != sentences[index].Start && sentences[index - 1].Paragraph == sentences[index].Paragraph - 1;
        if (sentences[index - 1].Paragraph != sentences[index].Paragraph && !opensParagraph || pronoun - from > 40)
        {
            return null;
        }
        var prior = sentences[index - 1];
        for (var k = said.Count - 1; k >= 0 && said[k].Position >= prior.Start; k--)
        {
            if (said[k].Position < pronoun && !guessed.Contains(said[k].Position))
            {
                return null;
            }
        }
        return LeadingSubject(Segment(prior.Start, Math.Min(prior.End, prior.Start + 300))) is { IsPerson: true, Speaker: not null } who ? who : null;
    }

    private Attribution LastSpeaker(int position, bool person)
    {
        // the nearest earlier speaker or mention of the right sort, outside quotations
        var bestPos = -1;
        Attribution? best = null;
        var paragraph = ParagraphOf(position);
        for (var k = said.Count - 1; k >= 0; k--)
        {
            if (said[k].Position < position && said[k].Who.IsPerson == person)
            {
                // "he said" in news prose is the last speaker, when that speaker is recent
                if (said[k].Paragraph >= paragraph - 2)
                {
                    return said[k].Who;
                }
                bestPos = said[k].Position;
                best = said[k].Who;
                break;
            }
        }
        for (var k = actors.Mentions.Count - 1; k >= 0; k--)
        {
            var (actor, s, _) = actors.Mentions[k];
            if (s >= position || InsideAnyQuote(s))
            {
                continue;
            }
            if ((actor.Kind == ActorKind.Person) != person)
            {
                continue;
            }
            if (s > bestPos)
            {
                return new Attribution(actor.Name, actor.Role, actor.Affiliation, null, null, person);
            }
            break;
        }
        return best ?? Attribution.None;
    }
}
