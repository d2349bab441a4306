using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SyriaTalks.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> on the provider of <c>Database:Provider</c>
    /// (SQLite unless told otherwise). The connection string is <c>ConnectionStrings:Default</c>; for SQLite without
    /// one the database is <c>syriatalks.db</c> in <paramref name="dataFolder"/>.
    /// </summary>
    public static IServiceCollection AddSyriaTalksData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var provider = StoreOptions.Provider(configuration);
        var connectionString = StoreOptions.ConnectionString(configuration, provider, dataFolder);
        services.AddPooledDbContextFactory<SyriaTalksDbContext>(options => options.Use(provider, connectionString));
        return services;
    }

    /// <summary>The SQLite connection string: <c>ConnectionStrings:Default</c> or <c>syriatalks.db</c> in <paramref name="dataFolder"/>, its folder created.</summary>
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
