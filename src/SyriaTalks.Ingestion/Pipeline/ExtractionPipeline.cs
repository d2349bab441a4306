using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Ingestion.Pipeline;

/// <summary>A file to read, with what the caller knows that the file may not say.</summary>
public sealed record ArticleSource(
    byte[] Content,
    string FileName,
    DateOnly? Published = null,
    string? Url = null,
    string? Outlet = null,
    string? Title = null);

/// <summary>The reader's article with the publication date settled, and what the engine found in it.</summary>
public sealed record ExtractedArticle(ReadArticle Article, DateOnly Published, ArticleAnalysis Analysis);

/// <summary>Reader then engine: the one path both the CLI's <c>extract</c> and the store's ingestion take.</summary>
public sealed class ExtractionPipeline(ArticleReader reader, IArticleAnalyzer analyzer)
{
    /// <summary>Reads and analyses a source. Throws <see cref="ArticleReadException"/> with a user-facing message.</summary>
    public ExtractedArticle Run(ArticleSource source) => Run(source, null);

    /// <summary>
    /// Reads and analyses a source, letting <paramref name="checkRead"/> refuse the read article (by throwing) before
    /// the engine runs, e.g. a body too long for it: one read instead of a read to check and a read to analyse.
    /// </summary>
    public ExtractedArticle Run(ArticleSource source, Action<ReadArticle>? checkRead)
    {
        var read = reader.Read(source.Content, source.FileName, source.Url);
        checkRead?.Invoke(read);
        read = read with
        {
            Url = source.Url ?? read.Url,
            Outlet = source.Outlet ?? read.Outlet,
            Title = string.IsNullOrWhiteSpace(source.Title) ? read.Title : source.Title,
        };
        var published = source.Published ?? read.Published
            ?? throw new ArticleReadException("The publication date is missing: the page states none, so give one.");
        var analysis = analyzer.Analyze(new ArticleText(read.Text, published, read.Title));
        return new ExtractedArticle(read with { Published = published }, published, analysis);
    }
}
