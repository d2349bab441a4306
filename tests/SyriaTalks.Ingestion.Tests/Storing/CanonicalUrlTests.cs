using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Ingestion.Tests.Storing;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://News.Example.org/2016/02/story/", "https://news.example.org/2016/02/story")]
    [InlineData("https://news.example.org/story?utm_source=twitter&utm_medium=social", "https://news.example.org/story")]
    [InlineData("https://news.example.org/story?id=42&fbclid=abc#comments", "https://news.example.org/story?id=42")]
    [InlineData("https://news.example.org:443/story", "https://news.example.org/story")]
    [InlineData("http://news.example.org:8080/story", "http://news.example.org:8080/story")]
    [InlineData("  https://news.example.org/  ", "https://news.example.org")]
    public void AddressesOfTheSameArticleShareOneCanonicalForm(string url, string canonical) =>
        Assert.Equal(canonical, CanonicalUrl.Normalize(url));

    [Fact]
    public void TheQueryThatNamesTheArticleIsKept() =>
        Assert.NotEqual(CanonicalUrl.Normalize("https://example.org/view?id=1"), CanonicalUrl.Normalize("https://example.org/view?id=2"));

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData(" not a url ", null)]
    [InlineData("/2016/02/story", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<script>alert(1)</script>", null)]
    [InlineData("file:///etc/passwd", null)]
    public void AnythingButAnAbsoluteWebAddressIsDropped(string? url, string? expected) =>
        Assert.Equal(expected, CanonicalUrl.Normalize(url));
}
