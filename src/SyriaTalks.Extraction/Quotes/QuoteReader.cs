using SyriaTalks.Extraction.Actors;
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
            result.AddRange(found.Select(q => new ExtractedQuote(q.Text, q.Start, q.End, null, null, null, null, null, title, 0, title.Length, InHeadline: true)));
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
}
