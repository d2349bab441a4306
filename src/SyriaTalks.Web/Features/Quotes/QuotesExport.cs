using System.Globalization;
using System.Text;
using System.Text.Json;
using SyriaTalks.Web.Features.Shared;

namespace SyriaTalks.Web.Features.Quotes;

/// <summary>
/// Downloads of the filtered quote list: <c>/export/quotes.csv</c> and <c>/export/quotes.json</c>, taking the same
/// query parameters as the /quotes page (speaker, affiliation, q, from, to, sort, dir).
/// </summary>
public static class QuotesExport
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/export/quotes.csv", WriteCsvAsync);
        app.MapGet("/export/quotes.json", WriteJsonAsync);
    }

    /// <summary>The list's query from URL parameters, exactly as the page reads them.</summary>
    public static QuoteQuery Parse(string? speaker, string? affiliation, string? text, string? from, string? to, string? sort, string? dir, int page = 0, int pageSize = 25)
    {
        var by = Enum.TryParse<QuoteSort>(sort, ignoreCase: true, out var s) ? s : QuoteSort.Date;
        var descending = dir is null ? by == QuoteSort.Date : string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase);
        return new QuoteQuery(Blank(speaker), Blank(text), page, pageSize, Blank(affiliation), QueryText.Date(from), QueryText.Date(to), by, descending);
    }

    private static QuoteQuery FromRequest(HttpRequest request)
    {
        string? Get(string name) => request.Query.TryGetValue(name, out var v) ? v.ToString() : null;
        return Parse(Get("speaker"), Get("affiliation"), Get("q"), Get("from"), Get("to"), Get("sort"), Get("dir"));
    }

    private static async Task WriteCsvAsync(HttpContext http, QuotesService quotes)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"quotes.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync("id,quote,speaker,role,affiliation,cue,addressee,published,article_id,article_title,article_url\r\n");
        await foreach (var q in quotes.StreamAsync(FromRequest(http.Request), http.RequestAborted))
        {
            await writer.WriteAsync(CsvLine(
                q.Id.ToString(CultureInfo.InvariantCulture), q.Text, q.Speaker, q.Role, q.Affiliation, q.Cue, q.Addressee,
                q.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), q.ArticleId.ToString(CultureInfo.InvariantCulture), q.ArticleTitle, q.ArticleUrl));
        }
        await writer.FlushAsync(http.RequestAborted);
    }

    private static async Task WriteJsonAsync(HttpContext http, QuotesService quotes)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"quotes.json\"";
        var rows = quotes.StreamAsync(FromRequest(http.Request), http.RequestAborted);
        await JsonSerializer.SerializeAsync(http.Response.Body, Select(rows), JsonOptions, http.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = false };

    private static async IAsyncEnumerable<object> Select(IAsyncEnumerable<QuoteRow> rows)
    {
        await foreach (var q in rows)
        {
            yield return new
            {
                q.Id,
                Quote = q.Text,
                q.Speaker,
                q.Role,
                q.Affiliation,
                q.Cue,
                q.Addressee,
                Published = q.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                q.ArticleId,
                q.ArticleTitle,
                q.ArticleUrl,
            };
        }
    }

    /// <summary>One CSV record (RFC 4180), every field made safe for spreadsheets.</summary>
    public static string CsvLine(params string?[] fields) => string.Join(',', fields.Select(CsvField)) + "\r\n";

    /// <summary>
    /// Quotes a field when it holds a comma, quote or line break, and defuses spreadsheet formulas: a cell that
    /// starts with = + - @ (or a tab or carriage return) gets a leading apostrophe so it is shown, never evaluated.
    /// </summary>
    public static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v;
}
