using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Upload;

/// <summary>One article to upload: a file's bytes (or pasted text) with what the user states about it.</summary>
public sealed record UploadInput(byte[] Content, string FileName, DateOnly? Published = null, string? Url = null, string? Title = null);

/// <summary>Why an upload was refused: an HTTP status for the API and a sentence for the user.</summary>
public sealed record UploadProblem(int Status, string Title, string Detail, int? RetryAfterSeconds = null);

/// <summary>What the reader found in a file before anything is stored.</summary>
public sealed record UploadPreview(string Title, DateOnly? Published, string? Outlet, string? Url, string? Byline, int Paragraphs, int Words, string Excerpt);

/// <summary>The end of one upload: the stored (or recognised) article, or the problem.</summary>
public sealed record UploadOutcome(IngestResult? Result, UploadProblem? Problem)
{
    public bool Succeeded => Result is not null;
}

/// <summary>
/// The one path every upload takes, from the form and from the API: size and date checks, reading, extraction and
/// storage, each failure turned into a problem naming what was wrong with that one file. Only Editors and Admins may
/// store; each stored article is written to the audit trail with its uploader.
/// </summary>
public sealed class UploadService(ArticleIngestor ingestor, ExtractionPipeline pipeline, ArticleReader reader, IOptions<UploadOptions> options, TimeProvider clock,
    UploadQuota quota, ILogger<UploadService> logger)
{
    public static readonly string[] Extensions = [".html", ".htm", ".txt"];

    public UploadOptions Options => options.Value;

    /// <summary>Checks a file's declared size before it is read at all.</summary>
    public UploadProblem? CheckSize(long size, string fileName)
    {
        if (size > Options.MaxBytes)
        {
            return new UploadProblem(StatusCodes.Status413PayloadTooLarge, "The file is too large.",
                $"{SourceName.Sanitize(fileName)} is {Size(size)}; the limit is {Options.MaxSizeText}.");
        }
        if (size == 0)
        {
            return Empty(fileName);
        }
        return null;
    }

    /// <summary>A date the user typed (YYYY-MM-DD, or an ISO date-time); null when the text is empty.</summary>
    public static bool TryParseDate(string? text, out DateOnly? date, out UploadProblem? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt) && t.Length >= 10 && char.IsDigit(t[0]))
        {
            date = DateOnly.FromDateTime(dt.UtcDateTime);
            return true;
        }
        problem = new UploadProblem(StatusCodes.Status400BadRequest, "The publication date is not a date.",
            $"'{Clip(t, 40)}' is not a date: give the publication date as YYYY-MM-DD, e.g. 2016-02-03.");
        return false;
    }

    /// <summary>Refuses dates in the future (beyond a day's time-zone tolerance) and before the age of the press.</summary>
    public UploadProblem? CheckDate(DateOnly? published)
    {
        if (published is not { } d)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (d > today.AddDays(Options.FutureToleranceDays))
        {
            return new UploadProblem(StatusCodes.Status422UnprocessableEntity, "The publication date is in the future.",
                $"{d:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): give the date the article was published.");
        }
        if (d.Year < 1800)
        {
            return new UploadProblem(StatusCodes.Status422UnprocessableEntity, "The publication date is not plausible.",
                $"{d:yyyy-MM-dd} is too early for a news article: check the year.");
        }
        return null;
    }

    /// <summary>Reads a file without storing anything: what the page says about itself, for the form's preview and date.</summary>
    public async Task<(UploadPreview? Preview, UploadProblem? Problem)> PreviewAsync(byte[] content, string fileName, CancellationToken ct = default)
    {
        if (CheckSize(content.LongLength, fileName) is { } sizeProblem)
        {
            return (null, sizeProblem);
        }
        try
        {
            var read = await WithTimeoutAsync(() => reader.Read(content, SourceName.Sanitize(fileName)), ct);
            ArticleSizeGuard.Check(read, Options.MaxTextChars);
            var paragraphs = read.Paragraphs.ToList();
            var words = read.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var excerpt = paragraphs.Count == 0 ? "" : Clip(paragraphs[0], 400);
            return (new UploadPreview(read.Title, read.Published, read.Outlet, read.Url, read.Byline, paragraphs.Count, words, excerpt), null);
        }
        catch (ArticleReadException ex)
        {
            return (null, Unreadable(fileName, ex.Message));
        }
        catch (TimeoutException)
        {
            return (null, TooSlow(fileName));
        }
    }

    /// <summary>
    /// Reads, extracts and stores one article as <paramref name="uploader"/>; every expected failure (a missing role
    /// and an exhausted upload budget included) comes back as a problem, never as an exception.
    /// </summary>
    public async Task<UploadOutcome> IngestAsync(UploadInput input, ClaimsPrincipal uploader, CancellationToken ct = default)
    {
        if (!AccessRoles.CanEdit(uploader))
        {
            return new UploadOutcome(null, new UploadProblem(StatusCodes.Status403Forbidden, "Uploading needs the Editor role.",
                "Sign in with an account that has the Editor or Admin role."));
        }
        var name = SourceName.Sanitize(input.FileName);
        if (quota.TryTake(uploader) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            logger.LogWarning("Upload {FileName} by {UserName} refused: more than {UploadsPerMinute} uploads in a minute", name, Callers.Name(uploader), quota.PerMinute);
            return new UploadOutcome(null, new UploadProblem(StatusCodes.Status429TooManyRequests, "Too many uploads.",
                $"Too many uploads from you in a short time; {name} was not stored. Try again in {seconds} s.", seconds));
        }
        if (CheckSize(input.Content.LongLength, name) is { } sizeProblem)
        {
            return new UploadOutcome(null, sizeProblem);
        }
        if (CheckDate(input.Published) is { } dateProblem)
        {
            return new UploadOutcome(null, dateProblem);
        }
        if (input.Url is { } url && !string.IsNullOrWhiteSpace(url) && CanonicalUrl.Normalize(url) is null)
        {
            return new UploadOutcome(null, new UploadProblem(StatusCodes.Status400BadRequest, "The URL is not a web address.",
                $"'{Clip(url, 80)}' is not an http or https address."));
        }
        try
        {
            var source = new ArticleSource(input.Content, name, input.Published, CanonicalUrl.Normalize(input.Url), Title: input.Title);
            ExtractedArticle extracted;
            try
            {
                // Read once on its own first: a body too long for the engine is refused before the engine runs.
                var read = await WithTimeoutAsync(() => reader.Read(source.Content, source.FileName, source.Url), ct);
                ArticleSizeGuard.Check(read, Options.MaxTextChars);
                extracted = await WithTimeoutAsync(() => pipeline.Run(source), ct);
            }
            catch (Exception ex) when (IsCrash(ex))
            {
                // A bug of the reader or the engine on this one file: the user is told, nothing reached the store.
                logger.LogError(ex, "Reading or analysing upload {FileName} by {UserName} failed; nothing of it was stored", name, Callers.Name(uploader));
                return new UploadOutcome(null, AnalysisFailed(name));
            }
            if (input.Published is null && CheckDate(extracted.Published) is { } pageDateProblem)
            {
                return new UploadOutcome(null, pageDateProblem with { Detail = "The page states " + pageDateProblem.Detail + " Give the right date." });
            }
            IngestResult result;
            try
            {
                result = await ingestor.StoreAsync(extracted, name, ct, (db, stored, token) => AuditAsync(db, uploader, stored, name, token));
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException)
            {
                // The ingestor's transaction rolled back: neither the article nor its audit entry is in the store.
                logger.LogError(ex, "Storing upload {FileName} by {UserName} failed; the transaction was rolled back", name, Callers.Name(uploader));
                return new UploadOutcome(null, StoreFailed(name));
            }
            if (result.Status != IngestStatus.Duplicate)
            {
                logger.LogInformation("{UserName} uploaded article {ArticleId} ({Status})", Callers.Name(uploader), result.ArticleId, result.Status);
            }
            return new UploadOutcome(result, null);
        }
        catch (ArticleReadException ex)
        {
            logger.LogInformation("Upload {FileName} refused: {Reason}", name, ex.Message);
            return new UploadOutcome(null, Unreadable(name, ex.Message));
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Upload {FileName} took longer than {TimeoutSeconds} s to read and was abandoned", name, Options.TimeoutSeconds);
            return new UploadOutcome(null, TooSlow(name));
        }
    }

    // Inside the ingestor's transaction: the article and the entry naming its uploader are stored together or not at all.
    private async Task AuditAsync(SyriaTalksDbContext db, ClaimsPrincipal uploader, IngestResult result, string fileName, CancellationToken ct)
    {
        if (result.Status == IngestStatus.Duplicate)
        {
            return;
        }
        db.AuditEntries.Add(Callers.Audit(uploader, AuditAction.Upload, $"article {result.ArticleId} “{result.Title}”",
            result.Status == IngestStatus.Updated ? "an earlier version (same URL)" : null,
            $"{fileName}: {result.Quotes} quotes, {result.Events} events, {result.Actors} actors, {result.Places} places",
            clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Pasted text with a title: the title becomes the first line, as the plain-text reader expects.</summary>
    public static byte[] PastedText(string? title, string text) =>
        Encoding.UTF8.GetBytes(string.IsNullOrWhiteSpace(title) ? text : title.Trim() + "\n\n" + text);

    public static bool HasAcceptedExtension(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    // The reader and engine are synchronous CPU work; a pathological page must not hold the user (or a request) forever.
    private async Task<T> WithTimeoutAsync<T>(Func<T> work, CancellationToken ct) =>
        await Task.Run(work, ct).WaitAsync(TimeSpan.FromSeconds(Options.TimeoutSeconds), ct);

    // What the reader and the engine throw by design (unreadable, too slow) and what no code can handle are not crashes.
    private static bool IsCrash(Exception ex) =>
        ex is not (ArticleReadException or TimeoutException or OperationCanceledException or OutOfMemoryException);

    private static UploadProblem AnalysisFailed(string fileName) => new(StatusCodes.Status500InternalServerError, "The article could not be analysed.",
        $"{SourceName.Sanitize(fileName)}: SyriaTalks failed while reading this article, an error on our side that has been logged; nothing of it was stored. Other articles are not affected.");

    private static UploadProblem StoreFailed(string fileName) => new(StatusCodes.Status503ServiceUnavailable, "The article could not be saved.",
        $"{SourceName.Sanitize(fileName)}: the database refused to save it, so nothing of it was stored; articles saved before are unaffected. Try again in a moment.");

    private UploadProblem TooSlow(string fileName) => new(StatusCodes.Status422UnprocessableEntity, "The file took too long to read.",
        $"{SourceName.Sanitize(fileName)} could not be read within {Options.TimeoutSeconds} s; it was not stored.");

    private static UploadProblem Empty(string fileName) => new(StatusCodes.Status400BadRequest, "The file is empty.",
        $"{SourceName.Sanitize(fileName)} is empty: upload a saved news page (.html, .htm) or the article's text (.txt).");

    private static UploadProblem Unreadable(string fileName, string reason) =>
        new(StatusCodes.Status422UnprocessableEntity, "The file could not be read as an article.", $"{SourceName.Sanitize(fileName)}: {reason}");

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MB" : $"{bytes / 1024.0:0.#} KB";

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
