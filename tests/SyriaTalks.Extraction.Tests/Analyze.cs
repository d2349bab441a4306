namespace SyriaTalks.Extraction.Tests;

/// <summary>Builds article texts for the tests: paragraphs joined the way the reader joins them.</summary>
internal static class Analyze
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static ArticleAnalysis Body(params string[] paragraphs) => Article(null, paragraphs);

    public static ArticleAnalysis Article(string? title, params string[] paragraphs) =>
        Analyzer.Analyze(new ArticleText(string.Join("\n\n", paragraphs), new DateOnly(2016, 2, 3), title));

    public static ExtractedQuote Quote(this ArticleAnalysis analysis, string startsWith) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));
}
