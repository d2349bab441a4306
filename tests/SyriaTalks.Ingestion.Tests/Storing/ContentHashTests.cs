using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Ingestion.Tests.Storing;

public sealed class ContentHashTests
{
    [Fact]
    public void TextsDifferingOnlyInCaseSpacingAndQuoteStyleHaveTheSameHash() =>
        Assert.Equal(ContentHash.Of("“Just go home,” she said.\n\nEnd."), ContentHash.Of("\"just go   home,\" she said. end."));

    [Fact]
    public void TextsDifferingInAWordHaveDifferentHashes() =>
        Assert.NotEqual(ContentHash.Of("Talks resume on Friday."), ContentHash.Of("Talks resume on Monday."));
}
