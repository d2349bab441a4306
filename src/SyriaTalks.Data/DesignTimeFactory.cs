using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SyriaTalks.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SyriaTalksDbContext>
{
    public SyriaTalksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SyriaTalksDbContext>().UseSqlite("Data Source=design.db").Options);
}
