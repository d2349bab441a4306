namespace SyriaTalks.Extraction;

/// <summary>The reading engine's entry point. (Placeholder until the engine lands: sentences only.)</summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    public ArticleAnalysis Analyze(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleAnalysis([], [], [], [], []);
    }
}
