using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>The per-account upload budget under concurrent first uploads, with the limiters it makes counted.</summary>
public sealed class UploadQuotaTests
{
    private const int PerMinute = 5;

    private readonly ConcurrentBag<RateLimiter> made = [];

    private UploadQuota NewQuota()
    {
        var options = new ServiceCollection()
            .Configure<AccessOptions>(o => o.UploadsPerMinute = PerMinute)
            .BuildServiceProvider()
            .GetRequiredService<IOptionsMonitor<AccessOptions>>();
        return new UploadQuota(options, window =>
        {
            var limiter = new FixedWindowRateLimiter(window);
            made.Add(limiter);
            return limiter;
        });
    }

    private static ClaimsPrincipal Account(string id) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, "editor " + id)], "test"));

    [Fact]
    public void ManyConcurrentFirstUploadsByOneAccountShareOneBudgetAndOneLimiter()
    {
        const int accounts = 40;
        const int threads = 12;
        using var quota = NewQuota();
        var granted = new int[accounts];
        // All threads start each account's first uploads at the same moment, the window in which two could each make
        // a limiter for it.
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            for (var a = 0; a < accounts; a++)
            {
                var caller = Account($"account-{a}");
                start.SignalAndWait();
                if (quota.TryTake(caller) is null)
                {
                    Interlocked.Increment(ref granted[a]);
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.All(granted, g => Assert.Equal(PerMinute, g));
        Assert.Equal(accounts, made.Count);
    }

    [Fact]
    public void EachAccountHasABudgetOfItsOwn()
    {
        using var quota = NewQuota();
        for (var i = 0; i < PerMinute; i++)
        {
            Assert.Null(quota.TryTake(Account("first")));
        }

        Assert.NotNull(quota.TryTake(Account("first")));
        Assert.Null(quota.TryTake(Account("second")));
    }

    [Fact]
    public void DisposingTheQuotaDisposesEveryLimiterItMade()
    {
        var quota = NewQuota();
        quota.TryTake(Account("one"));
        quota.TryTake(Account("two"));

        quota.Dispose();

        Assert.Equal(2, made.Count);
        Assert.All(made, limiter => Assert.Throws<ObjectDisposedException>(() => limiter.AttemptAcquire()));
    }
}
