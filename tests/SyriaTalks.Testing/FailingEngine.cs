using SyriaTalks.Extraction;

namespace SyriaTalks.Testing;

/// <summary>
/// The real engine, except that it throws, as a bug inside the analysis would, on an article whose body contains one of
/// <paramref name="phrases"/>. Registered in place of <see cref="IArticleAnalyzer"/> through the app's own container.
/// </summary>
public sealed class FailingEngine(params string[] phrases) : IArticleAnalyzer
{
    public const string Message = "Sequence contains no elements";

    private readonly ArticleAnalyzer engine = new();

    /// <summary>Fails on <see cref="SampleArticles.Text"/> of the given rounds (they speak of "round n of the talks").</summary>
    public static FailingEngine OnRounds(params int[] rounds) => new([.. rounds.Select(n => $"round {n} of the talks")]);

    public ArticleAnalysis Analyze(ArticleText article)
    {
        if (phrases.Any(p => article.Body.Contains(p, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(Message);
        }
        return engine.Analyze(article);
    }
}
