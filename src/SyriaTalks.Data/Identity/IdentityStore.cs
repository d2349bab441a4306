using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SyriaTalks.Data.Identity;

/// <summary>Identity's user and role managers on the app's store, with the shared password and lockout rules.</summary>
public static class IdentityStore
{
    /// <summary>Needs <see cref="DependencyInjection.AddSyriaTalksData"/>; the web app adds sign-in on top.</summary>
    public static IdentityBuilder AddSyriaTalksIdentity(this IServiceCollection services)
    {
        // Identity's stores want a scoped context; it comes from the same pooled factory everything else uses.
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContext());
        return services.AddIdentityCore<AppUser>(IdentityRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SyriaTalksDbContext>();
    }
}
