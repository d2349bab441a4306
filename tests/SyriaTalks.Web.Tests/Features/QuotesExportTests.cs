using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Quotes;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Features;

public sealed class QuotesExportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("he said \"no\"", "\"he said \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    public void CsvFieldsAreQuotedAndFormulasDefused(string value, string expected)
    {
        Assert.Equal(expected, QuotesExport.CsvField(value));
    }

    private async Task<(AppFactory App, HttpClient Client)> StartAsync()
    {
        var app = new AppFactory(folder.Path);
        var withoutSeeds = app.WithWebHostBuilder(b => b.UseSetting("Seeds:Enabled", "false"));
        var client = withoutSeeds.CreateClient();
        await using var db = await withoutSeeds.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        var s = new StoreBuilder(db);
        var a = s.Article("Talks, paused", new DateOnly(2016, 2, 3), "\"=cmd|' /C calc'!A0,\" said Basma Kodmani.\n\n\"This is not the end,\" said Staffan de Mistura.");
        s.Quote(a, "=cmd|' /C calc'!A0,", "Basma Kodmani");
        s.Quote(a, "This is not the end,", "Staffan de Mistura");
        s.Save();
        return (app, client);
    }

    [Fact]
    public async Task TheCsvExportHoldsTheFilteredQuotesSafeForSpreadsheets()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;

        var response = await client.GetAsync("/export/quotes.csv?speaker=Basma%20Kodmani");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("id,quote,speaker,", lines[0]);
        Assert.Contains("\"'=cmd|' /C calc'!A0,\",Basma Kodmani,", lines[1]);
        Assert.Contains("\"Talks, paused\"", lines[1]);
    }

    [Fact]
    public async Task TheJsonExportHoldsTheSameRowsAsTheList()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;

        var json = await client.GetStringAsync("/export/quotes.json?q=end");

        using var doc = JsonDocument.Parse(json);
        var row = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("This is not the end,", row.GetProperty("quote").GetString());
        Assert.Equal("Staffan de Mistura", row.GetProperty("speaker").GetString());
        Assert.Equal("2016-02-03", row.GetProperty("published").GetString());
    }
}
