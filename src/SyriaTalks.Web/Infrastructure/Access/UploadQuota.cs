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
public sealed class UploadQuota : IDisposable
{
    private readonly IOptionsMonitor<AccessOptions> options;
    private readonly Func<FixedWindowRateLimiterOptions, RateLimiter> newLimiter;

    // Lazy, because GetOrAdd may run its factory on several threads at once for an account's first uploads and keep
    // one result: a limiter made and dropped would never be disposed, its replenishment timer ticking for the life of
    // the process. Only the Lazy that was kept is ever asked for its value, so an account gets exactly one limiter.
    private readonly ConcurrentDictionary<string, Lazy<RateLimiter>> limiters = new(StringComparer.Ordinal);

    public UploadQuota(IOptionsMonitor<AccessOptions> options)
        : this(options, window => new FixedWindowRateLimiter(window))
    {
    }

    /// <param name="newLimiter">Makes an account's limiter; tests count and inspect them.</param>
    internal UploadQuota(IOptionsMonitor<AccessOptions> options, Func<FixedWindowRateLimiterOptions, RateLimiter> newLimiter)
    {
        this.options = options;
        this.newLimiter = newLimiter;
    }

    /// <summary>Uploads one account may make per minute.</summary>
    public int PerMinute => Math.Max(1, options.CurrentValue.UploadsPerMinute);

    /// <summary>Takes one upload from the caller's budget: null when granted, else how long until the next is allowed.</summary>
    public TimeSpan? TryTake(ClaimsPrincipal caller)
    {
        var limiter = limiters.GetOrAdd(Callers.Id(caller) ?? Callers.Name(caller),
            static (_, quota) => new Lazy<RateLimiter>(() => quota.newLimiter(RateLimits.Window(quota.PerMinute))), this).Value;
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) && retry > TimeSpan.Zero ? retry : TimeSpan.FromMinutes(1);
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }
}
