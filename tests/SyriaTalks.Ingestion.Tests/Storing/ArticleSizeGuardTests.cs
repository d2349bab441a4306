using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Ingestion.Tests.Storing;

public sealed class ArticleSizeGuardTests
{
    private static ReadArticle Body(int length) => new("Title", null, null, null, null, null, new string('a', length));

    [Fact]
    public void ABodyLongerThanAnyNewsArticleIsRefusedSayingHowLongItIs()
    {
        var ex = Assert.Throws<ArticleReadException>(() => ArticleSizeGuard.Check(Body(ArticleSizeGuard.DefaultMaxTextChars + 1)));

        Assert.Contains("100,001 characters", ex.Message);
    }

    [Fact]
    public void ABodyAtTheLimitIsAccepted() => ArticleSizeGuard.Check(Body(ArticleSizeGuard.DefaultMaxTextChars));
}
