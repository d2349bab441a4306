using Microsoft.AspNetCore.Http.Features;
using SyriaTalks.Web.Features.Upload;

namespace SyriaTalks.Web.Infrastructure;

/// <summary>
/// Request size limits derived from <c>Upload:MaxBytes</c>: Kestrel refuses larger bodies while reading them, and
/// multipart forms are capped likewise, so an oversized upload is never read whole.
/// </summary>
public static class RequestLimits
{
    /// <summary>Room for multipart boundaries, headers and the form's small fields around the file.</summary>
    public const long FormOverhead = 64 * 1024;

    public static WebApplicationBuilder AddSyriaTalksRequestLimits(this WebApplicationBuilder builder)
    {
        var upload = builder.Configuration.GetSection("Upload").Get<UploadOptions>() ?? new UploadOptions();
        var limit = upload.MaxBytes + FormOverhead;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limit;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = limit;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, limit);
        });
        return builder;
    }
}
