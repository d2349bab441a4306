namespace SyriaTalks.Web.Features.Api;

/// <summary>One page of a list: the items, how many match in all, and the page asked for.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>The page and page size of a list request, bounded so that no request asks the store for everything at once.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    public static Paging From(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, 1_000_000), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
}

/// <summary>The JSON body of <c>POST /api/articles</c>: the article's plain text or HTML, with what the caller knows.</summary>
public sealed record ArticleUpload(string? Text, string? Html, string? Title, string? Published, string? Url);

/// <summary>The answer to an upload: the stored (or already stored) article and what was extracted from it.</summary>
public sealed record ArticleStored(int Id, string Status, string Title, int Quotes, int Events, int Actors, int Places, string Link, string Message);

public sealed record ArticleItem(int Id, string Title, string? Outlet, string? Byline, string? Url, DateOnly Published, int Quotes, int Events, string Link);

public sealed record QuoteItem(int Id, string Text, string? Speaker, string? Role, string? Affiliation, string? Cue, string? Addressee, int ArticleId, string ArticleTitle, DateOnly Published);

public sealed record EventItem(int Id, DateOnly Date, DateOnly? DateEnd, string Precision, string Kind, string Summary, bool Planned, IReadOnlyList<string> Actors, IReadOnlyList<string> Places, int ArticleId);

public sealed record ActorItem(int Id, string Name, string Kind, string? Role, string? Affiliation, IReadOnlyList<string> Aliases, int Articles, int Quotes);

public sealed record PlaceItem(int Id, string Name, string Kind, string? CountryCode, double? Latitude, double? Longitude, int Articles);
