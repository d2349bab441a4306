using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>
/// One per-minute upload budget per account, shared by the upload form and <c>POST /api/articles</c>: each upload runs
/// the engine, so neither path may be used to flood the store. It is asked after the role check, so every caller
/// here is a signed-in account.
/// </summary>
public sealed class UploadQuota(IOptionsMonitor<AccessOptions> options) : IDisposable
{
    /// <summary>Uploads one account may make per minute.</summary>
    public int PerMinute => Math.Max(1, options.CurrentValue.UploadsPerMinute);

    private readonly ConcurrentDictionary<string, FixedWindowRateLimiter> limiters = new(StringComparer.Ordinal);

    /// <summary>Takes one upload from the caller's budget: null when granted, else how long until the next is allowed.</summary>
    public TimeSpan? TryTake(ClaimsPrincipal caller)
    {
        var limiter = limiters.GetOrAdd(Callers.Id(caller) ?? Callers.Name(caller), _ => new FixedWindowRateLimiter(RateLimits.Window(PerMinute)));
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) && retry > TimeSpan.Zero ? retry : TimeSpan.FromMinutes(1);
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
