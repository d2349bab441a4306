using SyriaTalks.Cli.Fuzzing;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Testing;

namespace SyriaTalks.Cli.Tests.Fuzzing;

public sealed class FuzzTests
{
    /// <summary>A generous bound: it tells a hang from a slow machine, it does not measure speed.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private static IReadOnlyList<(string Name, byte[] Content)> Corpus()
    {
        var pages = FuzzRunner.LoadCorpus([RepoPaths.Seeds]).ToList();
        pages.Add(("sample/page.html", SampleArticles.PageBytes(1, extraBody: SampleArticles.ScriptPayload)));
        pages.Add(("sample/text.txt", SampleArticles.TextBytes(2)));
        return pages;
    }

    [Fact]
    public void TheSameSeedMutatesAPageTheSameWay()
    {
        var page = SampleArticles.PageBytes(3);

        Assert.Equal(new PageMutator(42).Mutate(page, page), new PageMutator(42).Mutate(page, page));
        Assert.NotEqual(new PageMutator(42).Mutate(page, page), new PageMutator(43).Mutate(page, page));
    }

    [Fact]
    public void ASeededSubsetOfMutatedPagesNeverCrashesHangsOrPointsOutsideTheText()
    {
        var reader = new ArticleReader();
        var runner = new FuzzRunner(reader, new ExtractionPipeline(reader, new ArticleAnalyzer()), HangBound);

        var cases = runner.Run(Corpus(), seed: 20261125, count: 40).ToList();

        Assert.Equal(40, cases.Count);
        Assert.All(cases, c => Assert.True(c.Verdict is FuzzVerdict.Read or FuzzVerdict.Refused,
            $"#{c.Index} {c.Origin} ({string.Join(", ", c.Mutations)}): {c.Verdict} {c.Detail}"));
        Assert.Contains(cases, c => c.Verdict == FuzzVerdict.Read);
    }

    [Fact]
    public void AnArticleUnderTenThousandNestedElementsIsReadWithoutCrashing()
    {
        var reader = new ArticleReader();
        var runner = new FuzzRunner(reader, new ExtractionPipeline(reader, new ArticleAnalyzer()), HangBound);

        var result = runner.RunOne(0, "nested", ["deep-nesting"], SampleArticles.DeeplyNested(10_000), "deep.html");

        Assert.True(result.Verdict == FuzzVerdict.Read, $"{result.Verdict}: {result.Detail}");
    }
}
