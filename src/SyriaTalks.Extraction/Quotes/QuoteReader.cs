using SyriaTalks.Domain;
using SyriaTalks.Extraction.Actors;
using SyriaTalks.Extraction.Text;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction.Quotes;

/// <summary>Quotations of the headline and the body with their attribution, in text order (headline first).</summary>
internal static class QuoteReader
{
    public static List<ExtractedQuote> Read(ArticleText article, IReadOnlyList<ExtractedSentence> sentences, ActorReading actors)
    {
        var result = new List<ExtractedQuote>();
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            var title = article.Title;
            var whole = new List<(int, int)> { (0, title.Length) };
            var found = QuoteFinder.Find(title, whole);
            if (found.Count == 0)
            {
                found = QuoteFinder.Find(title, whole, single: true);
            }
            foreach (var q in found)
            {
                var (speaker, cue) = HeadlineSpeaker(title, q, actors);
                result.Add(new ExtractedQuote(q.Text, q.Start, q.End, speaker, null, null, cue, null, title, 0, title.Length, InHeadline: true));
            }
        }
        var body = article.Body;
        var paragraphs = SentenceSplitter.Paragraphs(body);
        var quotes = QuoteFinder.Find(body, paragraphs);
        if (quotes.Count == 0 && body.Contains('\u2018'))
        {
            quotes = QuoteFinder.Find(body, paragraphs, single: true); // house styles that quote with single marks
        }
        var attributions = new Attributor(body, actors, quotes, sentences).AttributeAll();
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            var who = attributions[i];
            var sentence = sentences.FirstOrDefault(s => s.Start <= q.Start && s.End >= q.Start)
                ?? sentences.LastOrDefault(s => s.Start <= q.Start);
            result.Add(new ExtractedQuote(q.Text, q.Start, q.End, who.Speaker, who.Role, who.Affiliation, who.Cue, who.Addressee,
                sentence?.Text ?? q.Text, sentence?.Start ?? q.Start, sentence?.End ?? q.End));
        }
        return result;
    }

    /// <summary>"Flynn says Trump 'absolutely right'", "Turkey: We're at end of ...": the headline's subject, named as the body names it.</summary>
    private static (string? Speaker, string? Cue) HeadlineSpeaker(string title, QuoteSpan quote, ActorReading actors)
    {
        // "Syria calls local truces; U.N. condemns 'Q'": the quotation's own clause, after the last semicolon, names its speaker
        var clause = title.LastIndexOf(';', Math.Max(0, quote.OpenMark - 1)) + 1;
        var tokens = Tokenizer.Tokenize(title, clause, Math.Max(clause, quote.OpenMark));
        var end = tokens.FindIndex(t => t.Text == ":" || (t.Text.Length > 0 && char.IsLower(t.Text[0]) && SpeechVerbs.IsSpeechVerb(t.Text)));
        if (end <= 0)
        {
            return (null, null);
        }
        var cue = tokens[end].Text == ":" ? null : tokens[end].Text;
        var subject = title[tokens[0].Start..tokens[end - 1].End];
        var key = NameKey.Normalize(subject);
        var surname = ActorFinder.Surname(subject);
        var actor = actors.Actors.FirstOrDefault(a => a.Aliases.Append(a.Name).Any(n => NameKey.Normalize(n) == key))
            ?? actors.Actors.FirstOrDefault(a => a.Kind == ActorKind.Person && ActorFinder.Surname(a.Name) == surname && end <= 3)
            // "U.N. condemns ...": a curated short form of an actor the body names in full
            ?? (ActorLexicon.Shared.ByKey.TryGetValue(key, out var curated) ? actors.Find(curated.Name) : null);
        if (actor is not null)
        {
            return (actor.Name, cue);
        }
        var words = tokens.GetRange(0, end);
        return words.Count <= 4 && words.All(t => t.IsCapitalised) ? (subject, cue) : (null, null);
    }
}
