using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using SyriaTalks.Ingestion.Storing;
using SyriaTalks.Web.Features.Upload;
using SyriaTalks.Web.Infrastructure;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Api;

/// <summary><c>POST /api/articles</c>: a file (multipart field <c>file</c>) or JSON text/HTML in, the stored article and its counts out.</summary>
public static class ArticlesApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapArticleUpload(this RouteGroupBuilder api)
    {
        api.MapPost("/articles", PostAsync)
            .WithName("UploadArticle")
            .WithSummary("Upload an article")
            .WithDescription("multipart/form-data with the file in field 'file' (optional fields published, url, title), or JSON {text|html, title, published, url}. 201 for a new article, 200 naming the stored one when it is already there.")
            // One Accepts: endpoint routing answers 415 for any other content type.
            .Accepts<ArticleUpload>("application/json", "multipart/form-data")
            .Produces<ArticleStored>(StatusCodes.Status201Created)
            .Produces<ArticleStored>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            // An API key (Authorization: Bearer / X-Api-Key) or the signed-in cookie of an Editor or Admin.
            .RequireAuthorization(Policies.Edit)
            // Rate-limited by UploadQuota inside UploadService: one budget per account for this API and the form.
            // The body is read by hand, bounded; no browser form posts here (cross-origin posts are refused below).
            .DisableAntiforgery();
        return api;
    }

    private static async Task<IResult> PostAsync(HttpContext context, UploadService uploads, CancellationToken ct)
    {
        var request = context.Request;
        if (CrossOrigin(request))
        {
            return Problem(new UploadProblem(StatusCodes.Status403Forbidden, "Cross-origin uploads are refused.",
                "This API accepts uploads from scripts and from this site's own pages only."));
        }
        var limit = uploads.Options.MaxBytes + RequestLimits.FormOverhead;
        if (request.ContentLength > limit)
        {
            return Problem(TooLarge(uploads, request.ContentLength.Value));
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = limit;
        }

        var (input, problem) = request.HasFormContentType
            ? await ReadFormAsync(context, uploads, limit, ct)
            : request.HasJsonContentType()
                ? await ReadJsonAsync(request, uploads, limit, ct)
                : (null, new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type.",
                    $"Send multipart/form-data with the file in the field 'file', or application/json with text or html; got '{request.ContentType ?? "nothing"}'."));
        if (problem is not null)
        {
            return Problem(problem);
        }

        var outcome = await uploads.IngestAsync(input!, context.User, ct);
        if (outcome.Problem is { } refused)
        {
            if (refused.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return Problem(refused);
        }
        var r = outcome.Result!;
        var body = new ArticleStored(r.ArticleId, r.Status.ToString().ToLowerInvariant(), r.Title, r.Quotes, r.Events, r.Actors, r.Places,
            $"/articles/{r.ArticleId}", r.Status switch
            {
                IngestStatus.Duplicate => $"Already stored as article {r.ArticleId}: nothing was added.",
                IngestStatus.Updated => $"A new version of a stored article (same URL); stored as article {r.ArticleId}.",
                _ => $"Stored as article {r.ArticleId}.",
            });
        return r.Status == IngestStatus.Created ? Results.Created($"/api/articles/{r.ArticleId}", body) : Results.Ok(body);
    }

    private static async Task<(UploadInput?, UploadProblem?)> ReadFormAsync(HttpContext context, UploadService uploads, long limit, CancellationToken ct)
    {
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (IsTooLarge(ex))
        {
            return (null, TooLarge(uploads, null));
        }
        catch (InvalidDataException ex)
        {
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "The form could not be read.", ex.Message));
        }
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "No file.", "Put the article in the multipart form field named 'file'."));
        }
        if (uploads.CheckSize(file.Length, file.FileName) is { } sizeProblem)
        {
            return (null, sizeProblem);
        }
        if (!UploadService.TryParseDate(form["published"], out var published, out var dateProblem))
        {
            return (null, dateProblem);
        }
        byte[] content;
        await using (var stream = file.OpenReadStream())
        {
            content = await ReadBoundedAsync(stream, uploads.Options.MaxBytes, ct) ?? [];
        }
        if (content.Length == 0 && file.Length > 0)
        {
            return (null, TooLarge(uploads, file.Length));
        }
        return (new UploadInput(content, file.FileName, published, NullIfEmpty(form["url"]), NullIfEmpty(form["title"])), null);
    }

    private static async Task<(UploadInput?, UploadProblem?)> ReadJsonAsync(HttpRequest request, UploadService uploads, long limit, CancellationToken ct)
    {
        byte[]? raw;
        try
        {
            raw = await ReadBoundedAsync(request.Body, limit, ct);
        }
        catch (Exception ex) when (IsTooLarge(ex))
        {
            raw = null;
        }
        if (raw is null)
        {
            return (null, TooLarge(uploads, null));
        }
        ArticleUpload? upload;
        try
        {
            upload = JsonSerializer.Deserialize<ArticleUpload>(raw, Json);
        }
        catch (JsonException ex)
        {
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "The body is not valid JSON.",
                $"Line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}: expected {{\"text\" or \"html\", \"title\", \"published\", \"url\"}}."));
        }
        if (upload is null || (string.IsNullOrWhiteSpace(upload.Text) && string.IsNullOrWhiteSpace(upload.Html)))
        {
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "No article text.", "Give the article as \"text\" (plain text) or \"html\" (a saved page)."));
        }
        if (!UploadService.TryParseDate(upload.Published, out var published, out var dateProblem))
        {
            return (null, dateProblem);
        }
        var (content, name) = string.IsNullOrWhiteSpace(upload.Html)
            ? (UploadService.PastedText(upload.Title, upload.Text!), "pasted.txt")
            : (System.Text.Encoding.UTF8.GetBytes(upload.Html), "pasted.html");
        return (new UploadInput(content, name, published, NullIfEmpty(upload.Url), NullIfEmpty(upload.Title)), null);
    }

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > max)
            {
                return null;
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static bool IsTooLarge(Exception ex) =>
        ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (ex is InvalidDataException && ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));

    private static bool CrossOrigin(HttpRequest request) =>
        request.Headers.Origin is [{ Length: > 0 } origin]
        && !(Uri.TryCreate(origin, UriKind.Absolute, out var o) && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));

    private static UploadProblem TooLarge(UploadService uploads, long? size) => new(StatusCodes.Status413PayloadTooLarge, "The upload is too large.",
        size is { } s
            ? $"The request is {s / (1024.0 * 1024):0.0} MB; the limit for one article is {uploads.Options.MaxSizeText}."
            : $"The limit for one article is {uploads.Options.MaxSizeText}.");

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static IResult Problem(UploadProblem p) => Results.Problem(p.Detail, statusCode: p.Status, title: p.Title,
        extensions: p.RetryAfterSeconds is { } s ? new Dictionary<string, object?> { ["retryAfterSeconds"] = s } : null);
}
