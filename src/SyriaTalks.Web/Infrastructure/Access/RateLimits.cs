using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>
/// Rate limits on sign-in (per client address, against password guessing beyond the lockout). A refusal is a 429 with
/// <c>Retry-After</c> and problem details saying when. Uploads have their own budget (<see cref="UploadQuota"/>), shared by
/// the form and the API.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "signin";

    public static IServiceCollection AddSyriaTalksRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                "signin:" + Address(context),
                _ => Window(Options(context).SignInPerMinute)));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? (int)Math.Ceiling(retry.TotalSeconds)
                    : 60;
                var context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    $"Too many requests from you in a short time. Try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests.",
                    extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds }).ExecuteAsync(context);
            };
        });

    private static AccessOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<AccessOptions>>().CurrentValue;

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A one-minute fixed window of <paramref name="permits"/> (at least one), no queue.</summary>
    internal static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
