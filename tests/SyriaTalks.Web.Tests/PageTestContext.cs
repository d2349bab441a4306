using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Ingestion;
using SyriaTalks.Ingestion.Storing;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features;
using SyriaTalks.Web.Features.Upload;

namespace SyriaTalks.Web.Tests;

/// <summary>
/// bUnit context with MudBlazor, the feature services and a real (in-memory) SQLite store. The user is a signed-in
/// Editor unless a test says otherwise (<see cref="SignInAs"/>, <see cref="SignOut"/>).
/// </summary>
public abstract class PageTestContext : BunitContext, IAsyncLifetime
{
    /// <param name="services">Changes to the services after the usual ones (e.g. an engine that fails), made before anything is resolved.</param>
    protected PageTestContext(Action<IServiceCollection>? services = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Services.AddSingleton(Database.Factory);
        Services.AddSyriaTalksExtraction();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<ArticleIngestor>();
        Services.AddBrowseFeatures();
        Services.AddOptions<UploadOptions>();
        Services.AddOptions<SyriaTalks.Web.Infrastructure.Access.AccessOptions>();
        Services.AddSingleton<SyriaTalks.Web.Infrastructure.Access.UploadQuota>();
        Services.AddSingleton<UploadService>();
        Services.AddSyriaTalksIdentity();
        Services.AddSingleton<SyriaTalks.Web.Features.Account.ApiKeysService>();
        Services.AddSingleton<SyriaTalks.Web.Features.Admin.AccountsService>();
        Services.AddSingleton<SyriaTalks.Web.Features.Admin.AuditService>();
        services?.Invoke(Services);
        Auth = AddAuthorization();
        SignInAs("editor", AccessRoles.Editor);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected SqliteTestDatabase Database { get; } = new();

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>The page's user from now on: signed in with this one role (account id <c>id-NAME</c> unless given).</summary>
    protected void SignInAs(string name, string role, string? id = null)
    {
        Auth.SetAuthorized(name);
        Auth.SetRoles(role);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, id ?? "id-" + name));
    }

    protected void SignOut()
    {
        Auth.SetRoles();
        Auth.SetClaims();
        Auth.SetNotAuthorized();
    }

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>Fills the store through <see cref="StoreBuilder"/>.</summary>
    protected void Store(Action<StoreBuilder> build)
    {
        using var db = Database.Open();
        var builder = new StoreBuilder(db);
        build(builder);
        builder.Save();
    }

    /// <summary>Renders a page inside a popover provider, as the layout does, after navigating to <paramref name="uri"/>.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>(string uri, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        Navigation.NavigateTo(uri);
        Render<MudPopoverProvider>();
        return Render(parameters ?? (_ => { }));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Database.Dispose();
    }
}
