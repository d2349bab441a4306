using Microsoft.EntityFrameworkCore;
using Npgsql;
using SyriaTalks.Data;

namespace SyriaTalks.Testing;

/// <summary>
/// The PostgreSQL server the tests run on: <c>SYRIATALKS_TEST_POSTGRES</c>, a connection string to a role that may
/// create databases (test.sh starts a throwaway cluster and sets it). Every test gets databases of its own, made from
/// a template migrated once per test process, and drops them when it ends.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "SYRIATALKS_TEST_POSTGRES";

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? template;

    /// <summary>The server's connection string (its maintenance database).</summary>
    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            $"The PostgreSQL tests need a server: run ./test.sh (it starts a throwaway one) or set {Variable} to a connection string of a role that may create databases.");

    /// <summary>The connection string of database <paramref name="name"/> on the test server.</summary>
    public static string ConnectionString(string name) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = name, IncludeErrorDetail = true }.ConnectionString;

    /// <summary>A name no other test uses; the database itself is not created.</summary>
    public static string NewDatabaseName() => "syriatalks_test_" + Guid.NewGuid().ToString("N");

    /// <summary>A new database with the app's schema, copied from the migrated template.</summary>
    public static async Task<string> CreateMigratedAsync()
    {
        var source = await TemplateAsync();
        var name = NewDatabaseName();
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"");
        return name;
    }

    /// <summary>Drops a test database, closing whatever connections are still open on it.</summary>
    public static async Task DropAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> TemplateAsync()
    {
        if (template is not null)
        {
            return template;
        }
        await TemplateLock.WaitAsync();
        try
        {
            if (template is null)
            {
                var name = NewDatabaseName() + "_template";
                await using (var db = new SyriaTalksDbContext(StoreOptions.For(StoreProvider.PostgreSql, ConnectionString(name))))
                {
                    await db.Database.MigrateAsync();
                }
                // CREATE DATABASE … TEMPLATE needs the template without connections: empty the pool that holds them.
                await using (var connection = new NpgsqlConnection(ConnectionString(name)))
                {
                    NpgsqlConnection.ClearPool(connection);
                }
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(name).GetAwaiter().GetResult();
                template = name;
            }
            return template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
