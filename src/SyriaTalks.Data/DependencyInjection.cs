using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SyriaTalks.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> on SQLite. The connection string is
    /// <c>ConnectionStrings:Default</c>; without one the database is <c>syriatalks.db</c> in <paramref name="dataFolder"/>.
    /// </summary>
    public static IServiceCollection AddSyriaTalksData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var connectionString = ResolveConnectionString(configuration, dataFolder);
        services.AddPooledDbContextFactory<SyriaTalksDbContext>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqlitePragmas()));
        return services;
    }

    public static string ResolveConnectionString(IConfiguration configuration, string dataFolder)
    {
        var configured = configuration.GetConnectionString("Default");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(dataFolder, "syriatalks.db")}"
            : configured);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }
        }
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
