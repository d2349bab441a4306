using Bunit;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Actors;
using SyriaTalks.Web.Features.Shared;

namespace SyriaTalks.Web.Tests.Features;

public sealed class ActorsPageTests : PageTestContext
{
    private const string Text = "\"We will not negotiate,\" said Basma Kodmani.\n\n\"This is not the end,\" said Staffan de Mistura.\n\nThe talks will resume by Feb. 25, de Mistura said.";

    private int misturaId;
    private int kodmaniId;

    public ActorsPageTests() => Store(s =>
    {
        var mistura = s.Actor("Staffan de Mistura", role: "U.N. special envoy");
        mistura.Aliases.Add(new ActorAlias { Name = "di Mistura", NormalizedName = "di mistura" });
        s.Actor("High Negotiations Committee", ActorKind.Organization);
        var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), Text);
        s.Quote(a, "We will not negotiate,", "Basma Kodmani");
        s.Quote(a, "This is not the end,", "Staffan de Mistura");
        s.Event(a, new DateOnly(2016, 2, 25), EventKind.Talks, "The talks will resume by Feb. 25, de Mistura said.", ["Staffan de Mistura"]);
        var b = s.Article("Envoy in Damascus", new DateOnly(2016, 4, 10), "Staffan de Mistura met officials.");
        b.Actors.Add(new ArticleActor { Actor = mistura, Mentions = 3 });
        s.Article("Committee statement", new DateOnly(2016, 2, 5), "The committee spoke.").Actors.Add(new ArticleActor { Actor = s.Actor("High Negotiations Committee"), Mentions = 1 });
        s.Save();
        misturaId = mistura.Id;
        kodmaniId = s.Actor("Basma Kodmani").Id;
    });

    [Fact]
    public void TheListShowsEachActorWithKindAndCountsMostMentionedFirst()
    {
        var page = RenderPage<ActorsPage>("/actors");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=actor-row]").Count));
        Assert.Equal("Staffan de Mistura", page.FindAll("[data-test=actor-row]")[0].TextContent.Trim());
        var firstRow = page.FindAll("tbody tr")[0].TextContent;
        Assert.Contains("person", firstRow);
        Assert.Contains("U.N. special envoy", firstRow);
    }

    [Fact]
    public void TheKindAndNameFiltersNarrowTheList()
    {
        var organisations = RenderPage<ActorsPage>("/actors?kind=Organization");
        organisations.WaitForAssertion(() => Assert.Single(organisations.FindAll("[data-test=actor-row]")));
        Assert.Contains("High Negotiations Committee", organisations.Find("[data-test=actor-row]").TextContent);

        Navigation.NavigateTo("/actors?name=di%20Mis");
        var byAlias = Render<ActorsPage>();
        byAlias.WaitForAssertion(() => Assert.Single(byAlias.FindAll("[data-test=actor-row]")));
        Assert.Contains("Staffan de Mistura", byAlias.Find("[data-test=actor-row]").TextContent);
    }

    [Fact]
    public void AnActorPageShowsRoleAliasesQuotesEventsAndMentionsPerMonth()
    {
        var page = RenderPage<ActorPage>($"/actors/{misturaId}", p => p.Add(x => x.Id, misturaId));

        page.WaitForAssertion(() => Assert.Equal("Staffan de Mistura", page.Find("[data-test=actor-name]").TextContent));
        Assert.Equal("person", page.Find("[data-test=actor-kind]").TextContent.Trim());
        Assert.Equal("U.N. special envoy", page.Find("[data-test=actor-role]").TextContent);
        Assert.Equal(["di Mistura"], page.FindAll("[data-test=alias]").Select(a => a.TextContent.Trim()));
        Assert.Contains("This is not the end", page.Find("[data-test=actor-quotes]").TextContent);
        Assert.Contains("2016-02-25 · talks", page.Find("[data-test=actor-events]").TextContent);
        // February to April 2016: three months, March without mentions.
        Assert.Equal(3, page.FindAll("[data-test=mentions-chart] [data-test=bar]").Count);
        Assert.Equal("/quotes?speaker=Staffan%20de%20Mistura", page.Find("[data-test=all-quotes]").GetAttribute("href"));
        Assert.Equal("/?actor=Staffan%20de%20Mistura", page.Find("[data-test=timeline-link]").GetAttribute("href"));
    }

    [Fact]
    public void RenamingKeepsTheOldNameAsAnAlias()
    {
        var page = RenderPage<ActorPage>($"/actors/{kodmaniId}", p => p.Add(x => x.Id, kodmaniId));
        page.WaitForAssertion(() => Assert.Equal("Basma Kodmani", page.Find("[data-test=actor-name]").TextContent));

        page.Find("input[data-test=new-name], [data-test=new-name] input").Change("Bassma Kodmani");
        page.Find("[data-test=rename]").Click();

        page.WaitForAssertion(() => Assert.Equal("Bassma Kodmani", page.Find("[data-test=actor-name]").TextContent));
        Assert.Equal(["Basma Kodmani"], page.FindAll("[data-test=alias]").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void MergingMovesQuotesAndAliasesAndOpensTheMergedActor()
    {
        var page = RenderPage<ActorPage>($"/actors/{kodmaniId}", p => p.Add(x => x.Id, kodmaniId));
        page.WaitForAssertion(() => Assert.Equal("Basma Kodmani", page.Find("[data-test=actor-name]").TextContent));

        var picker = page.FindComponent<MudBlazor.MudAutocomplete<NamedRef>>();
        picker.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(new NamedRef(misturaId, "Staffan de Mistura")));
        page.Find("[data-test=merge]").Click();

        Assert.EndsWith($"/actors/{misturaId}", Navigation.Uri);
        using var db = Database.Open();
        Assert.Null(db.Actors.Find(kodmaniId));
        Assert.Equal(2, db.Quotes.Count(q => q.SpeakerId == misturaId));
        Assert.Contains(db.ActorAliases.Where(a => a.ActorId == misturaId), a => a.Name == "Basma Kodmani");
    }

    [Fact]
    public async Task MergeSuggestionsLeaveOutTheActorItself()
    {
        var service = new ActorsService(Database.Factory);

        var suggestions = await service.SuggestAsync("m", kodmaniId, CancellationToken.None);

        Assert.DoesNotContain(suggestions, s => s.Id == kodmaniId);
        Assert.Contains(suggestions, s => s.Id == misturaId);
    }

    [Fact]
    public void AnUnknownActorSaysSo()
    {
        var page = RenderPage<ActorPage>("/actors/999", p => p.Add(x => x.Id, 999));

        page.WaitForAssertion(() => Assert.Contains("There is no actor 999", page.Find("[data-test=not-found]").TextContent));
    }
}

public sealed class ActorRenameIntoAnotherTests : PageTestContext
{
    [Fact]
    public void RenamingToAnotherActorsNameMergesTheTwoAndOpensThatActor()
    {
        int kodmani = 0, basma = 0;
        Store(s =>
        {
            var a = s.Article("Talks", new DateOnly(2016, 2, 3), "\"No,\" said Kodmani.");
            s.Quote(a, "No,", "Kodmani");
            s.Actor("Basma Kodmani");
            s.Save();
            kodmani = s.Actor("Kodmani").Id;
            basma = s.Actor("Basma Kodmani").Id;
        });
        var page = RenderPage<ActorPage>($"/actors/{kodmani}", p => p.Add(x => x.Id, kodmani));
        page.WaitForAssertion(() => Assert.Equal("Kodmani", page.Find("[data-test=actor-name]").TextContent));

        page.Find("input[data-test=new-name], [data-test=new-name] input").Change("Basma Kodmani");
        page.Find("[data-test=rename]").Click();

        page.WaitForAssertion(() => Assert.EndsWith($"/actors/{basma}", Navigation.Uri));
        using var db = Database.Open();
        Assert.Equal(basma, db.Quotes.Single().SpeakerId);
    }
}
