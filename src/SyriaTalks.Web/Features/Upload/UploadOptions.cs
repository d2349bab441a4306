namespace SyriaTalks.Web.Features.Upload;

/// <summary>Upload limits (section <c>Upload</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>Largest file accepted, in bytes (5 MB by default).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Longest article body (characters) the engine is given; longer texts are refused.</summary>
    public int MaxTextChars { get; set; } = SyriaTalks.Ingestion.Storing.ArticleSizeGuard.DefaultMaxTextChars;

    /// <summary>How long one article may take to read and analyse before the upload gives up on it.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>How many days after today a publication date may be (time zones); later dates are refused.</summary>
    public int FutureToleranceDays { get; set; } = 1;

    public string MaxSizeText => MaxBytes >= 1024 * 1024 ? $"{MaxBytes / (1024.0 * 1024):0.#} MB" : $"{MaxBytes / 1024.0:0.#} KB";
}
