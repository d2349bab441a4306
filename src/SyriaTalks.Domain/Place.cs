namespace SyriaTalks.Domain;

/// <summary>A country, city, town, region or site, with coordinates where the gazetteer knows them.</summary>
public class Place
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public PlaceKind Kind { get; set; }
    public string? CountryCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public List<PlaceAlias> Aliases { get; set; } = [];
    public List<ArticlePlace> Articles { get; set; } = [];
}

/// <summary>Another spelling of a place ("Hreitan", "Haritan").</summary>
public class PlaceAlias
{
    public int Id { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
}

/// <summary>That an article mentions a place; a place no article mentions is removed.</summary>
public class ArticlePlace
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    public int Mentions { get; set; }
}
