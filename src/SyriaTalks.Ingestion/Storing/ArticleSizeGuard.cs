using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// Refuses article bodies longer than any news article before the engine sees them: the engine's cost grows faster
/// than the text on some inputs (see docs/reliability.md), and a 5 MB upload can read as one huge paragraph.
/// </summary>
public static class ArticleSizeGuard
{
    /// <summary>About 15,000 words: longer than almost any news article, short enough for the engine to stay fast.</summary>
    public const int DefaultMaxTextChars = 100_000;

    public static void Check(ReadArticle read, int maxTextChars = DefaultMaxTextChars)
    {
        if (read.Text.Length > maxTextChars)
        {
            throw new ArticleReadException(
                $"The article text is {read.Text.Length:N0} characters long; articles over {maxTextChars:N0} characters (about {maxTextChars / 6_500 * 1_000:N0} words) are not analysed. Is this one article?");
        }
    }
}
