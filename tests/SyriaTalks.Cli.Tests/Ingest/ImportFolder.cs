using Microsoft.Data.Sqlite;
using SyriaTalks.Testing;

namespace SyriaTalks.Cli.Tests.Ingest;

/// <summary>A temporary folder of articles to import (text files and pages in nested folders) and a database path beside it.</summary>
public sealed class ImportFolder : IDisposable
{
    public ImportFolder(int texts, int pages = 0)
    {
        for (var i = 0; i < texts; i++)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(TextPath(i))!);
            File.WriteAllBytes(TextPath(i), SampleArticles.TextBytes(i));
        }
        for (var i = 0; i < pages; i++)
        {
            var dir = Directory.CreateDirectory(Path.Combine(Articles, "pages", "deeper")).FullName;
            File.WriteAllBytes(Path.Combine(dir, $"page-{i:D4}.html"), SampleArticles.PageBytes(10_000 + i));
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("syriatalks-ingest-").FullName;

    public string Articles => Path.Combine(Root, "articles");

    public string Database => Path.Combine(Root, "store", "syriatalks.db");

    /// <summary>Where text <paramref name="n"/> (<see cref="SampleArticles.Text"/>) is: in one of three nested folders.</summary>
    public string TextPath(int n) =>
        Path.Combine(Articles, "texts", (n % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), $"article-{n:D4}.txt");

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public T Scalar<T>(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
