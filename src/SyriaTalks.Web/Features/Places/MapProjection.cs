namespace SyriaTalks.Web.Features.Places;

/// <summary>
/// Where a coordinate falls on the shipped map (wwwroot/map/levant.svg): an equirectangular projection over the
/// same box and size as tools/map/build-map.js, which drew the outlines.
/// </summary>
public static class MapProjection
{
    public const double West = 29.0;
    public const double East = 49.0;
    public const double South = 28.0;
    public const double North = 41.5;
    public const int Width = 1000;
    public const int Height = 675;

    public static bool Contains(double latitude, double longitude) =>
        longitude >= West && longitude <= East && latitude >= South && latitude <= North;

    public static (double X, double Y) Project(double latitude, double longitude) =>
        ((longitude - West) / (East - West) * Width, (North - latitude) / (North - South) * Height);
}
