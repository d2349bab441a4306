using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Web.Features.Upload;

/// <summary>Where one file of an upload stands.</summary>
public enum UploadState
{
    Reading,
    Ready,
    NeedsDate,
    Saving,
    Done,
    Failed,
}

/// <summary>One file on the upload form: its bytes while it waits, what the reader found, and how its upload ended.</summary>
public sealed class UploadItem(int key, string fileName, long size)
{
    public int Key { get; } = key;

    /// <summary>The name as shown and stored: the last path segment, cleaned and shortened.</summary>
    public string Name { get; } = SourceName.Sanitize(fileName);

    public long Size { get; } = size;

    public UploadState State { get; set; } = UploadState.Reading;

    public byte[]? Content { get; set; }

    public UploadPreview? Preview { get; set; }

    public DateTime? Date { get; set; }

    public string? Error { get; set; }

    public IngestResult? Result { get; set; }

    public bool CanSave => State is UploadState.Ready or UploadState.NeedsDate && Content is not null && Date is not null;

    public string SizeText => Size >= 1024 * 1024 ? $"{Size / (1024.0 * 1024):0.0} MB" : $"{Math.Max(1, Size / 1024)} KB";
}
