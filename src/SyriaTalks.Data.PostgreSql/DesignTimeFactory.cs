using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SyriaTalks.Data.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context for this assembly's migrations. Adding a migration needs no
/// server; <c>dotnet ef database update</c> uses <c>SYRIATALKS_DESIGN_POSTGRES</c> when set.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SyriaTalksDbContext>
{
    public SyriaTalksDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("SYRIATALKS_DESIGN_POSTGRES") is { Length: > 0 } cs
            ? cs
            : "Host=localhost;Database=syriatalks;Username=syriatalks";
        return new(StoreOptions.For(StoreProvider.PostgreSql, connectionString));
    }
}
