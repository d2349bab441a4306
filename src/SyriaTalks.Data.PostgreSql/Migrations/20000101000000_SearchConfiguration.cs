using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SyriaTalks.Data.Providers;

namespace SyriaTalks.Data.PostgreSql.Migrations;

/// <summary>
/// Written by hand and dated first, so it runs before every generated migration: the text search configuration
/// the quotes' generated <c>tsvector</c> column is computed with. Regenerating the migrations keeps this one.
/// </summary>
[DbContext(typeof(SyriaTalksDbContext))]
[Migration("20000101000000_SearchConfiguration")]
public sealed class SearchConfiguration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(PostgreSqlModel.CreateSearchConfigurationSql);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PostgreSqlModel.SearchConfiguration};");
}
