using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Account;
using SyriaTalks.Web.Features.Admin;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>The accounts, audit and API-key pages: what an Admin can do there, and that the services refuse everyone else.</summary>
public sealed class AdminPagesTests : PageTestContext
{
    private async Task<IReadOnlyDictionary<string, string>> AccountsAsync() =>
        await TestAccounts.CreateAsync(Database.Factory, TestAccounts.OneOfEach);

    [Fact]
    public async Task AnAdminAddsAnAccountOnTheAccountsPageAndTheAuditTrailRecordsIt()
    {
        var ids = await AccountsAsync();
        SignInAs(TestAccounts.Admin, AccessRoles.Admin, ids[TestAccounts.Admin]);
        var page = RenderPage<UsersPage>("/admin/users");
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=user-name]").Count));

        page.Find("input[data-test=new-user-name], [data-test=new-user-name] input").Input("newsroom-anna");
        page.Find("input[data-test=new-user-password], [data-test=new-user-password] input").Input(TestAccounts.Password);
        page.Find("[data-test=add-user-button]").Click();

        page.WaitForAssertion(() => Assert.Contains("newsroom-anna", page.FindAll("[data-test=user-name]").Select(e => e.TextContent)));
        using var db = Database.Open();
        var entry = db.AuditEntries.Single(e => e.Action == AuditAction.UserAdd);
        Assert.Equal(TestAccounts.Admin, entry.UserName);
        Assert.Equal("user newsroom-anna", entry.Target);
        Assert.Equal(AccessRoles.Editor, entry.After);
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedOnTheAccountsPageWithTheReason()
    {
        var ids = await AccountsAsync();
        SignInAs(TestAccounts.Admin, AccessRoles.Admin, ids[TestAccounts.Admin]);
        var page = RenderPage<UsersPage>("/admin/users");
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=user-name]").Count));

        page.Find("input[data-test=new-user-name], [data-test=new-user-name] input").Input("shorty");
        page.Find("input[data-test=new-user-password], [data-test=new-user-password] input").Input("short");
        page.Find("[data-test=add-user-button]").Click();

        page.WaitForAssertion(() => Assert.Contains($"at least {IdentityRules.MinimumPasswordLength} characters", page.Find("[data-test=add-user-error]").TextContent));
        Assert.Equal(3, page.FindAll("[data-test=user-name]").Count);
    }

    [Fact]
    public async Task RoleChangesAreAuditedWithBeforeAndAfterAndTheLastAdminStays()
    {
        var ids = await AccountsAsync();
        var accounts = Services.GetRequiredService<AccountsService>();
        var admin = await PrincipalAsync(TestAccounts.Admin, AccessRoles.Admin, ids);

        Assert.Empty(await accounts.SetRoleAsync(admin, ids[TestAccounts.Reader], AccessRoles.Editor));
        var refused = await accounts.SetRoleAsync(admin, ids[TestAccounts.Admin], AccessRoles.Reader);

        Assert.Contains("only Admin", Assert.Single(refused));
        var list = await accounts.ListAsync(admin);
        Assert.Equal(AccessRoles.Editor, list.Single(a => a.UserName == TestAccounts.Reader).Role);
        Assert.Equal(AccessRoles.Admin, list.Single(a => a.UserName == TestAccounts.Admin).Role);
        using var db = Database.Open();
        var entry = db.AuditEntries.Single(e => e.Action == AuditAction.UserRole);
        Assert.Equal((AccessRoles.Reader, AccessRoles.Editor), (entry.Before, entry.After));
    }

    [Fact]
    public async Task AnEditorIsRefusedAccountManagementAndTheAuditTrailByTheServices()
    {
        var ids = await AccountsAsync();
        var editor = await PrincipalAsync(TestAccounts.Editor, AccessRoles.Editor, ids);
        var accounts = Services.GetRequiredService<AccountsService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => accounts.ListAsync(editor));
        await Assert.ThrowsAsync<AccessDeniedException>(() => accounts.AddAsync(editor, "sneaky", TestAccounts.Password, AccessRoles.Admin));
        await Assert.ThrowsAsync<AccessDeniedException>(() => accounts.SetRoleAsync(editor, ids[TestAccounts.Editor], AccessRoles.Admin));
        await Assert.ThrowsAsync<AccessDeniedException>(() => accounts.UnlockAsync(editor, ids[TestAccounts.Reader]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Services.GetRequiredService<AuditService>().ListAsync(editor, 0, 50));
        using var db = Database.Open();
        Assert.Equal(3, db.Users.Count());
        Assert.Empty(db.AuditEntries);
    }

    [Fact]
    public async Task TheAuditPageShowsWhoDidWhatWithBeforeAndAfter()
    {
        var ids = await AccountsAsync();
        using (var db = Database.Open())
        {
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "anna", Action = AuditAction.ActorRename, Target = "actor Kodmani", Before = "Kodmani", After = "Basma Kodmani", Via = "session" });
            db.SaveChanges();
        }
        SignInAs(TestAccounts.Admin, AccessRoles.Admin, ids[TestAccounts.Admin]);

        var page = RenderPage<AuditPage>("/admin/audit");

        page.WaitForAssertion(() => Assert.Equal("anna", page.Find("[data-test=audit-who]").TextContent));
        Assert.Equal("actor renamed", page.Find("[data-test=audit-what]").TextContent);
        Assert.Contains("Basma Kodmani", page.Find("[data-test=audit]").TextContent);
    }

    [Fact]
    public async Task AKeyIsShownOnceWhenMadeListedByItsBeginningAndRevocable()
    {
        var ids = await AccountsAsync();
        SignInAs(TestAccounts.Reader, AccessRoles.Reader, ids[TestAccounts.Reader]);
        var page = RenderPage<ApiKeysPage>("/account/keys");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-test=no-keys]")));

        page.Find("input[data-test=key-name], [data-test=key-name] input").Input("importer");
        page.Find("[data-test=create-key]").Click();

        var key = page.WaitForElement("[data-test=new-key-value]").TextContent;
        Assert.StartsWith(ApiKeysService.KeyPrefix, key);
        Assert.Contains(key[..12] + "…", page.Find("[data-test=keys]").TextContent);
        Assert.DoesNotContain(key, page.Find("[data-test=keys]").TextContent);
        page.Find("[data-test=revoke-key]").Click();
        page.WaitForAssertion(() => Assert.StartsWith("revoked", page.Find("[data-test=key-state]").TextContent));
        Assert.Null(await Services.GetRequiredService<ApiKeysService>().FindActiveAsync(key));
        var reopened = Render<ApiKeysPage>();
        reopened.WaitForAssertion(() => Assert.NotNull(reopened.Find("[data-test=keys]")));
        Assert.Empty(reopened.FindAll("[data-test=new-key-value]"));
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string name, string role, IReadOnlyDictionary<string, string> ids)
    {
        await Task.CompletedTask;
        return new(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, ids[name]), new(System.Security.Claims.ClaimTypes.Name, name), new(System.Security.Claims.ClaimTypes.Role, role)], "test"));
    }
}
