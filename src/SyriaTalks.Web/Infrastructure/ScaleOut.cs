using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SyriaTalks.Data;

namespace SyriaTalks.Web.Infrastructure;

/// <summary>
/// What several instances behind one load balancer share beyond the store: the data-protection keys (so an
/// antiforgery token or a prerendered circuit made by one instance is read by another) and, when configured, a
/// Redis backplane for SignalR. Sticky sessions stay the load balancer's job (docs/scaling.md).
/// </summary>
public static class ScaleOut
{
    /// <summary>The application name every instance protects data under, whatever folder it runs from.</summary>
    public const string ApplicationName = "SyriaTalks";

    /// <summary>
    /// <c>DataProtection:Keys</c> = <c>Database</c> (the default on PostgreSQL: keys in the shared store) or <c>Folder</c>
    /// (the default on SQLite: <c>DataProtection:KeysFolder</c>, else <c>keys/</c> in the data folder; a shared folder also
    /// works for several instances). <c>SignalR:Redis</c>, when set, is the Redis connection of the SignalR backplane.
    /// </summary>
    public static WebApplicationBuilder AddSyriaTalksScaleOut(this WebApplicationBuilder builder, string dataFolder)
    {
        var configuration = builder.Configuration;
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        var keys = configuration["DataProtection:Keys"] is { Length: > 0 } k
            ? k
            : StoreOptions.Provider(configuration) == StoreProvider.PostgreSql ? "Database" : "Folder";
        if (keys.Equals("Database", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new StoreXmlRepository(
                    services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>())));
        }
        else if (keys.Equals("Folder", StringComparison.OrdinalIgnoreCase))
        {
            var folder = configuration["DataProtection:KeysFolder"] is { Length: > 0 } f
                ? Path.GetFullPath(f, builder.Environment.ContentRootPath)
                : Path.Combine(dataFolder, "keys");
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }
        else
        {
            throw new InvalidOperationException($"DataProtection:Keys '{keys}' is not known: use Database or Folder.");
        }

        if (configuration["SignalR:Redis"] is { Length: > 0 } redis)
        {
            builder.Services.AddSignalR().AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal(ApplicationName));
        }
        return builder;
    }

    /// <summary>Data-protection keys as rows of the store, read and written through short-lived contexts.</summary>
    private sealed class StoreXmlRepository(IDbContextFactory<SyriaTalksDbContext> dbFactory) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var db = dbFactory.CreateDbContext();
            return [.. db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList().OfType<string>().Select(XElement.Parse)];
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var db = dbFactory.CreateDbContext();
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            db.SaveChanges();
        }
    }
}
