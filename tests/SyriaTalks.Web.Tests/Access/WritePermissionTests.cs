using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Actors;
using SyriaTalks.Web.Features.Corrections;
using SyriaTalks.Web.Features.Quotes;
using SyriaTalks.Web.Features.Timeline;
using SyriaTalks.Web.Features.Upload;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>
/// Every write path of the pages, for an allowed and a denied role: the controls are shown only to Editors and Admins,
/// and the services refuse a Reader whatever the page showed; allowed changes carry their author and an audit entry.
/// </summary>
public sealed class WritePermissionTests : PageTestContext
{
    private const string Text = "\"We will not negotiate,\" said Basma Kodmani.\n\nJets struck Aleppo on Tuesday, Staffan de Mistura said.";

    private readonly int kodmaniId;
    private readonly int misturaId;
    private readonly int quoteId;
    private readonly int eventId;

    public WritePermissionTests()
    {
        Store(s =>
        {
            s.Actor("Basma Kodmani");
            s.Actor("Staffan de Mistura");
            var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), Text);
            s.Quote(a, "We will not negotiate,", "Basma Kodmani");
            s.Event(a, new DateOnly(2016, 2, 2), EventKind.AirStrike, "Jets struck Aleppo on Tuesday, Staffan de Mistura said.", ["Staffan de Mistura"]);
        });
        using var db = Database.Open();
        kodmaniId = db.Actors.Single(a => a.Name == "Basma Kodmani").Id;
        misturaId = db.Actors.Single(a => a.Name == "Staffan de Mistura").Id;
        quoteId = db.Quotes.Single().Id;
        eventId = db.Events.Single().Id;
    }

    private CorrectionsService Corrections => Services.GetRequiredService<CorrectionsService>();

    public static TheoryData<string?, bool> Roles => new()
    {
        { null, false },
        { AccessRoles.Reader, false },
        { AccessRoles.Editor, true },
        { AccessRoles.Admin, true },
    };

    private void As(string? role)
    {
        if (role is null)
        {
            SignOut();
        }
        else
        {
            SignInAs(role.ToLowerInvariant(), role);
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void QuoteCorrectionButtonsAreShownOnlyToEditorsAndAdmins(string? role, bool shown)
    {
        As(role);

        var page = RenderPage<QuotesPage>("/quotes");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));
        Assert.Equal(shown, page.FindAll("[data-test=edit-speaker]").Count == 1);
        Assert.Equal(shown, page.FindAll("[data-test=delete-quote]").Count == 1);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void TheTimelinesDeleteButtonIsShownOnlyToEditorsAndAdmins(string? role, bool shown)
    {
        As(role);

        var page = RenderPage<TimelinePage>("/");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=event-source]")));
        Assert.Equal(shown, page.FindAll("[data-test=delete-event]").Count == 1);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void RenameAndMergeAreOfferedOnlyToEditorsAndAdmins(string? role, bool shown)
    {
        As(role);

        var page = RenderPage<ActorPage>($"/actors/{kodmaniId}", p => p.Add(x => x.Id, kodmaniId));

        page.WaitForAssertion(() => Assert.Equal("Basma Kodmani", page.Find("[data-test=actor-name]").TextContent));
        Assert.Equal(shown, page.FindAll("[data-test=correct-actor]").Count == 1);
    }

    public static TheoryData<string> Operations => ["speaker", "delete-quote", "delete-event", "rename", "merge"];

    private Task<bool> RunAsync(string operation) => operation switch
    {
        "speaker" => Corrections.ChangeQuoteSpeakerAsync(quoteId, "Staffan de Mistura"),
        "delete-quote" => Corrections.DeleteQuoteAsync(quoteId),
        "delete-event" => Corrections.DeleteEventAsync(eventId),
        "rename" => Corrections.RenameActorAsync(kodmaniId, "Bassma Kodmani"),
        "merge" => Corrections.MergeActorsAsync(kodmaniId, misturaId),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AReaderIsRefusedEveryCorrectionByTheServiceAndNothingChanges(string operation)
    {
        SignInAs("reader", AccessRoles.Reader);

        await Assert.ThrowsAsync<AccessDeniedException>(() => RunAsync(operation));

        using var db = Database.Open();
        Assert.Empty(db.Corrections);
        Assert.Empty(db.AuditEntries);
        Assert.Single(db.Quotes);
        Assert.Single(db.Events);
        Assert.Equal(["Basma Kodmani", "Staffan de Mistura"], db.Actors.OrderBy(a => a.Name).Select(a => a.Name).ToList());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AnEditorsCorrectionIsAppliedAndRecordedWithItsAuthorAndAnAuditEntry(string operation)
    {
        SignInAs("anna", AccessRoles.Editor);

        Assert.True(await RunAsync(operation));

        using var db = Database.Open();
        var correction = db.Corrections.Single();
        Assert.Equal("anna", correction.Author);
        Assert.Equal("id-anna", correction.AuthorId);
        var audit = db.AuditEntries.Single();
        Assert.Equal("anna", audit.UserName);
        Assert.Equal("id-anna", audit.UserId);
        Assert.Equal(correction.Kind.ToString(), audit.Action.ToString());
        Assert.Equal(correction.Target, audit.Target);
        Assert.Equal(correction.Before, audit.Before);
        Assert.Equal(correction.After, audit.After);
    }

    [Fact]
    public async Task TheCorrectionsPageShowsWhoMadeEachCorrection()
    {
        SignInAs("anna", AccessRoles.Editor);
        await Corrections.DeleteQuoteAsync(quoteId);

        var page = RenderPage<CorrectionsPage>("/corrections");

        page.WaitForAssertion(() => Assert.Equal("anna", page.Find("[data-test=correction-author]").TextContent.Trim()));
    }

    [Fact]
    public async Task AReadersUploadIsRefusedWith403AndNothingIsStored()
    {
        var uploads = Services.GetRequiredService<UploadService>();
        SignInAs("reader", AccessRoles.Reader);
        var reader = await Services.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync();

        var outcome = await uploads.IngestAsync(new UploadInput(SampleArticles.TextBytes(7), "a.txt", new DateOnly(2016, 2, 3)), reader.User);

        Assert.Equal(403, outcome.Problem?.Status);
        using var db = Database.Open();
        Assert.Equal(1, db.Articles.Count());
        Assert.Empty(db.AuditEntries);
    }

    [Fact]
    public async Task AnEditorsUploadIsStoredAndTheAuditTrailNamesTheUploader()
    {
        var uploads = Services.GetRequiredService<UploadService>();
        SignInAs("anna", AccessRoles.Editor);
        var editor = await Services.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync();

        var outcome = await uploads.IngestAsync(new UploadInput(SampleArticles.TextBytes(7), "a.txt", new DateOnly(2016, 2, 3)), editor.User);

        Assert.True(outcome.Succeeded, outcome.Problem?.Detail);
        using var db = Database.Open();
        var audit = db.AuditEntries.Single();
        Assert.Equal(AuditAction.Upload, audit.Action);
        Assert.Equal("anna", audit.UserName);
        Assert.Contains($"article {outcome.Result!.ArticleId}", audit.Target);
        Assert.Equal("session", audit.Via);
    }
}
