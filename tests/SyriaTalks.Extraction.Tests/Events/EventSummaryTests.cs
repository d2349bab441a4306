using SyriaTalks.Domain;
using SyriaTalks.Extraction.Events;
using SyriaTalks.Extraction.Places;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction.Tests.Events;

/// <summary>The summary of an event reads as a short clause: the happening the date belongs to, with its subject.</summary>
public class EventSummaryTests
{
    private static readonly DateOnly Wednesday = new(2016, 2, 3);

    private static IReadOnlyList<ExtractedEvent> EventsIn(string body)
    {
        var sentences = SentenceSplitter.Split(body);
        var places = new PlaceFinder().Find(body, sentences);
        return new EventExtractor().Extract(new ArticleText(body, Wednesday), sentences, [], places);
    }

    private static string SummaryOf(string sentence) => Assert.Single(EventsIn(sentence)).Summary;

    [Fact]
    public void ARelativeClauseHoldingTheDateTakesTheNounItHangsOnAsSubject()
    {
        Assert.Equal("The opposition delegation arrived in Geneva",
            SummaryOf("The envoy met the opposition delegation, which arrived in Geneva on Tuesday."));
    }

    [Fact]
    public void AnObjectRelativeClausePutsTheNounAfterItsVerb()
    {
        Assert.Equal("Rebels seized the airport",
            SummaryOf("Fighting resumed around the airport, which rebels seized on Sunday."));
    }

    [Fact]
    public void AWhereClauseHappensInThePlaceItHangsOn()
    {
        Assert.Equal("Shelling killed 12 people in Homs",
            SummaryOf("Aid agencies pulled out of Homs, where shelling killed 12 people on Friday."));
    }

    [Fact]
    public void AnEmbeddedRelativeClauseHoldingTheDateIsTheEvent()
    {
        Assert.Equal("The opposition was due to meet the envoy",
            SummaryOf("The opposition, which was due to meet the envoy on Tuesday, said it would stay in the city."));
    }

    [Fact]
    public void AnEmbeddedRelativeClauseWithoutTheDateLeavesTheMainClause()
    {
        Assert.Equal("The commander said 30 tanks left the base",
            SummaryOf("The commander, who asked not to be named, said 30 tanks left the base on Thursday."));
    }

    [Fact]
    public void ASubordinateClauseWithItsOwnSubjectAndVerbCarriesItsDate()
    {
        Assert.Equal("Russian jets began bombing rebel positions",
            SummaryOf("The opposition has lost ground since Russian jets began bombing rebel positions in September."));
    }

    [Fact]
    public void AConditionalClauseThatPlansAMeetingIsThatPlan()
    {
        var e = Assert.Single(EventsIn("A durable truce will be required if the two sides are to meet again by Feb. 25."));
        Assert.StartsWith("The two sides are to meet again", e.Summary, StringComparison.Ordinal);
        Assert.True(e.IsPlanned);
    }

    [Fact]
    public void ALeadingConjunctionIsDropped()
    {
        Assert.Equal("Aid groups warned that food was running out",
            SummaryOf("Turkey kept the crossing shut, and aid groups warned on Monday that food was running out."));
    }

    [Theory]
    [InlineData("DAMASCUS Syrian troops entered the town on Sunday.")]
    [InlineData("DAMASCUS/MOSCOW Syrian troops entered the town on Sunday.")]
    public void TheDatelineIsNotPartOfTheSummary(string sentence)
    {
        Assert.Equal("Syrian troops entered the town", SummaryOf(sentence));
    }

    [Fact]
    public void AnAcronymOpeningTheSentenceIsItsSubjectNotADateline()
    {
        Assert.StartsWith("NATO ministers", SummaryOf("NATO ministers met in Brussels on Thursday."), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The envoy set a deadline of Feb. 25 to reopen the talks.", "a deadline of Feb. 25 to reopen")]
    [InlineData("Moscow proposed the March 1 start date for the truce.", "the March 1 start date")]
    [InlineData("The last vote was in 2012.", "was in 2012")]
    public void DateWordsStayWhereRemovingThemWouldBreakTheGrammar(string sentence, string kept)
    {
        Assert.Contains(kept, SummaryOf(sentence), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppositionBetweenSubjectAndVerbIsLeftOut()
    {
        Assert.Equal("Ahmed Saleh said the truce had collapsed",
            SummaryOf("Ahmed Saleh, a spokesman for the rebel alliance, said on Monday the truce had collapsed."));
    }

    [Fact]
    public void AParticipleInAppositionHoldingTheDateBecomesAPassiveClause()
    {
        var events = EventsIn("The committee, formed in Riyadh last month, demanded an end to air strikes on Tuesday.");
        Assert.Contains(events, e => e.Summary == "The committee was formed in Riyadh last month");
        Assert.Contains(events, e => e.Summary == "The committee demanded an end to air strikes");
    }

    [Fact]
    public void AParticipleClauseIsNotTheHappeningTheClauseItHangsOnIs()
    {
        Assert.Equal("The ministry confirmed the strike",
            SummaryOf("The ministry confirmed the strike on Wednesday, saying it had hit an arms depot."));
    }

    [Fact]
    public void AnAttributionTailIsLeftToTheActors()
    {
        Assert.Equal("Rebels recaptured two villages near the border",
            SummaryOf("Rebels recaptured two villages near the border on Saturday, a monitoring group said."));
    }

    [Fact]
    public void AReportedClauseAfterSaidIsNotMistakenForATail()
    {
        Assert.Contains("Kareem said the town had fallen",
            SummaryOf("In a statement, Kareem said the town had fallen on Tuesday."), StringComparison.Ordinal);
    }

    [Fact]
    public void ADashedParentheticalIsLeftOut()
    {
        Assert.Equal("Jordan said it would open its airspace",
            SummaryOf("Jordan -- a key ally of the coalition -- said on Monday it would open its airspace."));
    }

    [Fact]
    public void AnOpeningAdjunctIsLeftOut()
    {
        Assert.Equal("Government jets bombed the town", SummaryOf("Despite the ceasefire, government jets bombed the town on Friday."));
    }

    [Fact]
    public void ALongClauseEndsBeforeATrailingPrepositionalPhraseRatherThanMidPhrase()
    {
        Assert.Equal("Government forces backed by Russian air strikes and Iranian militias advanced toward the northern towns of Nubl and Zahraa",
            SummaryOf("Government forces backed by Russian air strikes and Iranian militias advanced on Tuesday toward the northern towns "
            + "of Nubl and Zahraa along a road that rebels had used for years to bring weapons and food from the Turkish border into the city."));
    }

    [Fact]
    public void ALongClauseEndsBeforeASubordinateClause()
    {
        Assert.Equal("Rebel fighters from several brigades in the northern countryside withdrew from three villages",
            SummaryOf("Rebel fighters from several brigades in the northern countryside withdrew from three villages on Monday when government "
            + "troops backed by heavy artillery and tanks advanced along the main road toward the provincial capital."));
    }

    [Fact]
    public void ALongClauseEndsBeforeARelativeClauseOnItsObject()
    {
        Assert.Equal("Opposition negotiators walked out of talks on the future of the transitional government in the capital over a proposal",
            SummaryOf("Opposition negotiators walked out of talks on the future of the transitional government in the capital on Thursday "
            + "over a proposal that would have left the president in office for another two years."));
    }

    [Fact]
    public void ALongClauseEndsBeforeASecondPredicate()
    {
        Assert.Equal("A car bomb at a crowded market in the eastern part of the city killed at least 30 people",
            SummaryOf("A car bomb at a crowded market in the eastern part of the city killed at least 30 people on Sunday and wounded "
            + "dozens more who had gathered for the weekly sale of livestock."));
    }

    [Fact]
    public void ALongClauseEndsBeforeATrailingParticiplePhrase()
    {
        Assert.Equal("The army again denied using chemical weapons against civilians in the besieged suburbs of the capital",
            SummaryOf("The army again denied using chemical weapons against civilians in the besieged suburbs of the capital on Tuesday "
            + "insisting that its forces had never used such weapons anywhere."));
    }

    [Fact]
    public void ALongClauseEndsBeforeAnAbsoluteWithPhrase()
    {
        Assert.Equal("Heavy fighting continued around the besieged northern town",
            SummaryOf("Heavy fighting continued around the besieged northern town on Friday with rebel units backed by foreign fighters "
            + "pushing deeper into the government-held western districts of the old city."));
    }

    [Fact]
    public void WhatASpeechVerbReportsIsNotCutOffAsARelativeClause()
    {
        var summary = SummaryOf("The foreign minister told a news conference in the capital on Monday that the government would never "
            + "negotiate with groups it considers terrorists under any circumstances whatsoever.");
        Assert.Contains("that the government would never negotiate", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongClauseIsNotCutInsideAQuotation()
    {
        var summary = SummaryOf("The spokesman for the opposition coalition said on Monday that the delegation was \"ready to negotiate in good faith "
            + "and to stay in Geneva as long as it takes to reach a deal\" with the government.");
        Assert.Equal(0, summary.Count(c => c == '"') % 2);
        Assert.Contains("ready to negotiate", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongClauseIsNotCutAfterAVerbParticle()
    {
        var summary = SummaryOf("The opposition delegation that had walked out of the talks in protest came back on Monday to the negotiating table "
            + "in the Swiss city after a week of pressure from its foreign backers.");
        Assert.DoesNotContain(new[] { "back", "up", "out" }, w => summary.EndsWith(" " + w, StringComparison.Ordinal));
    }

    [Fact]
    public void ALongClauseIsNotCutInsideASubordinateClauseThatPrecedesItsMainClause()
    {
        var summary = SummaryOf("A spokesman for the coalition said on Friday that if the government were to attack the town in the coming days "
            + "the rebels would leave the talks for good.");
        // Either the main clause is reached or the summary says it was clipped: never a bare "if" clause as a statement.
        Assert.True(summary.Contains("the rebels would leave", StringComparison.Ordinal) || summary.EndsWith('\u2026'), summary);
    }

    [Fact]
    public void ALongClauseEndsBeforeAClauseThatOpensAQuotation()
    {
        Assert.Equal("The envoy said the warring parties had reached a turning point in the negotiations",
            SummaryOf("The envoy said on Monday the warring parties had reached a turning point in the negotiations \u201cwhen both delegations "
            + "finally accepted the agenda for the next round.\u201d"));
    }

    [Fact]
    public void ALongClauseWithNoBoundaryIsCutAfterAWholeWordWithAnEllipsis()
    {
        var summary = SummaryOf("The newly appointed senior United Nations special humanitarian envoy Jan Egeland met the Syrian Arab Red Crescent "
            + "president Khaled Hboubati and his deputy Mohammed Jabr al-Masri Tuesday.");
        var words = summary.Split(' ');
        Assert.InRange(words.Length, 8, 21);
        Assert.EndsWith("\u2026", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(words[^1].TrimEnd('\u2026').ToLowerInvariant(), new[] { "the", "a", "of", "to", "from", "and", "that" });
    }

    [Fact]
    public void AnUnbalancedQuotationMarkIsDropped()
    {
        var summary = Assert.Single(EventsIn("\u201cWe will not go back to Geneva,\u201d the negotiator said on Monday after the talks collapsed.")).Summary;
        Assert.Equal(0, summary.Count(c => c is '\u201c' or '\u201d') % 2);
    }

    [Theory]
    [InlineData(", , , on Monday ,,, which ,")]
    [InlineData("-- on Monday --")]
    [InlineData("Rebels, who, on Monday, which, where, said,")]
    public void BrokenPunctuationNeverCrashesAndStillGivesASummary(string sentence)
    {
        Assert.All(EventsIn(sentence), e => Assert.False(string.IsNullOrWhiteSpace(e.Summary)));
    }

    [Fact]
    public void AConjoinedVerbBorrowsTheSentencesSubject()
    {
        var events = EventsIn("The foreign minister rejected the report as false, and said on Sunday that no troops had crossed the border.");
        Assert.Equal("The foreign minister said that no troops had crossed the border", Assert.Single(events).Summary);
    }

    [Fact]
    public void ASubordinateClauseEndsWithItsDateWhenTheOuterVerbFollows()
    {
        var events = EventsIn("A curfew in force since gunmen attacked the market last November is to be lifted.");
        Assert.Contains(events, e => e.Summary == "Gunmen attacked the market last November");
    }

    [Fact]
    public void ANumberWithThousandsSeparatorsIsNotAClauseBreak()
    {
        var summary = SummaryOf("The army shelled Daraya, where 8,000 people live, on Monday, the monitor said.");
        Assert.DoesNotContain("000 people", summary.Split(',')[0], StringComparison.Ordinal);
        Assert.StartsWith("The army shelled Daraya", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AListOfNamesInsideARelativeClauseDoesNotEndIt()
    {
        Assert.Equal("Jordan will host the donors in Amman",
            SummaryOf("Jordan, which borders Syria, Iraq and Israel, will host the donors in Amman on Thursday."));
    }

    [Fact]
    public void ADashedNounPhraseHoldingTheDateStaysInItsClause()
    {
        var events = EventsIn("Idlib - the scene of heavy bombing two weeks ago - was quiet on Tuesday.");
        Assert.Contains(events, e => e.Summary.StartsWith("Idlib - the scene of heavy bombing two weeks ago - was quiet", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Summary == "Idlib was quiet");
    }

    [Fact]
    public void AnAppositionAfterAnOpeningPhraseIsStillLeftOut()
    {
        Assert.StartsWith("Omar Hassan said",
            SummaryOf("Asked about the proposal, Omar Hassan, the spokesman for the council, said on Friday it was too late."),
            StringComparison.Ordinal);
    }

    [Fact]
    public void ChainedAppositionsAreLeftOutTogether()
    {
        Assert.Equal("Lina Haddad told reporters the convoy had been turned back",
            SummaryOf("Lina Haddad, a spokeswoman for the agency, the U.N.'s food arm, told reporters on Monday the convoy had been turned back."));
    }
}
