namespace SyriaTalks.Ingestion.Startup;

/// <summary>Where the seed articles are (section <c>Seeds</c>); loaded on first start with an empty store.</summary>
public sealed class SeedOptions
{
    /// <summary>Folder of corpus entries; relative paths are taken from the app's base directory.</summary>
    public string Path { get; set; } = "seeds";

    public bool Enabled { get; set; } = true;
}
