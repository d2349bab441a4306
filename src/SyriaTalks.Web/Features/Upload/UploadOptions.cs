namespace SyriaTalks.Web.Features.Upload;

/// <summary>Upload limits (section <c>Upload</c>).</summary>
public sealed class UploadOptions
{
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;
}
