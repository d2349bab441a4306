namespace SyriaTalks.Ingestion.Tests.Reading;

/// <summary>Finds ../shared (corpus and data sets) beside the repository that holds SyriaTalks.sln.</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (!File.Exists(Path.Combine(d.FullName, "SyriaTalks.sln")))
            {
                continue;
            }
            // ../shared beside the repository; a git worktree kept one level deeper finds it further up.
            for (var up = d.Parent; up is not null; up = up.Parent)
            {
                if (Directory.Exists(Path.Combine(up.FullName, "shared", "corpus")))
                {
                    return Path.Combine(up.FullName, "shared");
                }
            }
        }
        throw new DirectoryNotFoundException($"../shared was not found beside the repository above {AppContext.BaseDirectory}.");
    }
}
