using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SyriaTalks.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context for this assembly's migrations without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SyriaTalksDbContext>
{
    public SyriaTalksDbContext CreateDbContext(string[] args) =>
        new(StoreOptions.For(StoreProvider.Sqlite, "Data Source=design.db"));
}
