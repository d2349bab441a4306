using SyriaTalks.Domain;
using SyriaTalks.Extraction.Events;
using SyriaTalks.Extraction.Places;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction.Tests.Events;

public class EventExtractorTests
{
    private static readonly DateOnly Wednesday = new(2016, 2, 3);

    private static IReadOnlyList<ExtractedEvent> EventsIn(string body, DateOnly published, IReadOnlyList<ActorMention>? actors = null)
    {
        var sentences = SentenceSplitter.Split(body);
        var places = new PlaceFinder().Find(body, sentences);
        return new EventExtractor().Extract(new ArticleText(body, published), sentences, actors ?? [], places);
    }

    [Fact]
    public void ALeadWithAWeekdayIsAnEventOnThatDay()
    {
        var e = Assert.Single(EventsIn("Government forces near the Syrian city of Aleppo cut off a key rebel supply line on Tuesday, halting rebel progress.", Wednesday));
        Assert.Equal(new DateOnly(2016, 2, 2), e.Date);
        Assert.Equal(DatePrecision.Day, e.Precision);
        Assert.False(e.IsPlanned);
        Assert.Equal(["Aleppo"], e.Places);
    }

    [Fact]
    public void AFutureMeetingIsAPlannedEvent()
    {
        var e = Assert.Single(EventsIn("The U.N. Security Council is to hold an emergency meeting on Thursday to discuss the attack.", Wednesday));
        Assert.Equal(new DateOnly(2016, 2, 4), e.Date);
        Assert.True(e.IsPlanned);
    }

    [Fact]
    public void ASentenceWithoutATimeIsNoEvent()
    {
        Assert.Empty(EventsIn("The army has almost fully encircled Aleppo, Syria's largest city.", Wednesday));
    }

    [Theory]
    [InlineData("Aid agencies are appealing for $7.73 billion to cope with the emergency this year.")]
    [InlineData("Homs and Aleppo have been epicenters in the now 5-year-old civil war.")]
    [InlineData("Britain promised an extra $1.76 billion by 2020.")]
    [InlineData("Russia has put itself in the driver's seat in recent months.")]
    public void VaguePeriodsHorizonsAndWarAgesAreNotEvents(string sentence)
    {
        Assert.Empty(EventsIn(sentence, Wednesday));
    }

    [Fact]
    public void TwoDatesInOneSentenceAreTwoEvents()
    {
        var events = EventsIn("President Barack Obama said on June 14 -- two days after a gunman killed 49 people in Orlando -- that the group was losing money.", new DateOnly(2016, 6, 22));
        Assert.Equal([new DateOnly(2016, 6, 14), new DateOnly(2016, 6, 12)], events.Select(e => e.Date));
        Assert.All(events, e => Assert.Contains("Orlando", e.Places));
    }

    [Theory]
    [InlineData("Russian warplanes carried out air strikes on rebel towns on Tuesday.", EventKind.AirStrike)]
    [InlineData("The cessation of hostilities came into effect on Saturday.", EventKind.Ceasefire)]
    [InlineData("Donor nations pledged on Thursday to give billions of dollars in aid.", EventKind.Aid)]
    [InlineData("Tens of thousands of Syrians fled toward the Turkish border on Friday.", EventKind.Displacement)]
    [InlineData("The U.N. envoy suspended the peace talks on Wednesday.", EventKind.Talks)]
    [InlineData("The Syrian military said in a statement on Friday that it had not struck the camp.", EventKind.Statement)]
    public void TheKindComesFromTheTriggerWords(string sentence, EventKind kind)
    {
        Assert.Equal(kind, Assert.Single(EventsIn(sentence, Wednesday)).Kind);
    }

    [Fact]
    public void ActorsNamedInTheSentenceAreTheEventsActors()
    {
        var body = "De Mistura suspended the talks on Wednesday. Kerry spoke to Lavrov on Tuesday.";
        var actors = new List<ActorMention> { new("Staffan de Mistura", 0, 11), new("John Kerry", 45, 50), new("Sergei Lavrov", 60, 66) };
        var events = EventsIn(body, Wednesday, actors);
        Assert.Equal(["Staffan de Mistura"], events[0].Actors);
        Assert.Equal(["John Kerry", "Sergei Lavrov"], events[1].Actors);
    }

    [Fact]
    public void TheSummaryIsTheClauseWithoutItsTimeExpression()
    {
        var e = Assert.Single(EventsIn("Government forces cut off a key rebel supply line on Wednesday, effectively halting any rebel progress in the city and essentially putting an end to any substantive peace talks.", Wednesday));
        Assert.StartsWith("Government forces cut off a key rebel supply line", e.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Wednesday", e.Summary, StringComparison.Ordinal);
        Assert.True(e.Summary.Length < e.Sentence.Length);
    }

    [Fact]
    public void TheEventKeepsItsSourceSentenceAndOffsets()
    {
        var body = "The talks stalled. Rebels said on Monday they had retaken the town.";
        var e = Assert.Single(EventsIn(body, Wednesday));
        Assert.Equal(body[e.Start..e.End], e.Sentence);
        Assert.Equal(new DateOnly(2016, 2, 1), e.Date);
    }

    [Fact]
    public void TodayInsideAQuotationIsNotAnEvent()
    {
        Assert.Empty(EventsIn("\"How many people in this room today are Syrian?\" she asked.", Wednesday));
    }

    [Fact]
    public void TodayInAQuotationReportingWhatHappenedIsAnEventOfTheDay()
    {
        var e = Assert.Single(EventsIn("\"At least 12 people were killed in the shelling of the market today,\" the monitor's director said.", Wednesday));
        Assert.Equal(Wednesday, e.Date);
    }

    [Fact]
    public void TodayInAQuotationSaidOnANamedDayIsThatDayNotPublication()
    {
        var e = Assert.Single(EventsIn("\"It was quiet in the market today,\" said a vendor on Saturday.", Wednesday));
        Assert.Equal(new DateOnly(2016, 1, 30), e.Date);
    }

    [Theory]
    [InlineData("\"We have learned nothing new in today's hearing,\" she said.")]
    [InlineData("\"Some tents burned in an accident ... today's claims of arson are false,\" the governor said.")]
    [InlineData("\"The fear created by the war is shaping the prices we're paying today,\" he said.")]
    public void TodayInAQuotationSpeakingOfThePresentIsNotAnEvent(string body)
    {
        Assert.Empty(EventsIn(body, Wednesday));
    }

    [Fact]
    public void ASituationInTheProgressiveBesideADatedPlanIsAlsoAnEventOfTheDay()
    {
        var events = EventsIn("The talks are taking a temporary pause after just two days with a promise to restart by Feb. 25.", Wednesday);
        Assert.Equal([Wednesday, new DateOnly(2016, 2, 25)], events.Select(e => e.Date));
        Assert.False(events[0].IsPlanned);
        Assert.True(events[1].IsPlanned);
    }

    [Fact]
    public void AProgressiveWithAPastDateIsOneEvent()
    {
        Assert.Single(EventsIn("Officials are investigating an attack that took place on Monday.", Wednesday));
    }

    [Fact]
    public void ACreditLineIsNoEvent()
    {
        var events = EventsIn("Rebels shelled the town of Nubl on Tuesday.\n\n(Reporting by Omar Haddad on Tuesday; Editing by Clara Voss)", Wednesday);
        var e = Assert.Single(events);
        Assert.Contains("shelled", e.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ASpanBetweenTwoDatesIsOneEventBesideTheDayItWasReported()
    {
        var events = EventsIn("The Pentagon acknowledged on Friday that 20 civilians were killed in its strikes between Sept. 10 and Feb. 2.", new DateOnly(2016, 4, 22));
        Assert.Equal(2, events.Count);
        Assert.Equal(new DateOnly(2016, 4, 22), events[0].Date);
        Assert.Equal(new DateOnly(2015, 9, 10), events[1].Date);
        Assert.Equal(new DateOnly(2016, 2, 2), events[1].DateEnd);
    }
    [Theory]
    [InlineData("Tuesday 12 July 2016 Rebels launch an assault in the divided city.")]
    [InlineData("Last Update: Tuesday 12 July 2016 KSA 08:45 - GMT 05:45")]
    [InlineData("Published 12 July 2016 Rebels launch an assault in the divided city.")]
    public void APageDateStampIsNoEvent(string sentence)
    {
        Assert.Empty(EventsIn(sentence, new DateOnly(2016, 7, 12)));
    }

    [Fact]
    public void AFullDateOpeningProseOnAnotherDayIsStillAnEvent()
    {
        var e = Assert.Single(EventsIn("On Monday 11 July 2016 rebels launched an assault in the divided city.", new DateOnly(2016, 7, 12)));
        Assert.Equal(new DateOnly(2016, 7, 11), e.Date);
    }
}
