using SyriaTalks.Domain;
using SyriaTalks.Extraction.Temporal;

namespace SyriaTalks.Extraction.Tests.Temporal;

public class TemporalResolverTests
{
    // Wednesday 3 February 2016, the day the Geneva talks were paused.
    private static readonly DateOnly Wednesday = new(2016, 2, 3);

    private static TemporalExpression Single(string sentence, DateOnly published, DateOnly? anchor = null)
    {
        var found = TemporalResolver.Find(sentence, published, anchor);
        return Assert.Single(found);
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("Government forces cut off a key rebel supply line on Tuesday.", 2016, 2, 2)]
    [InlineData("A U.N. spokesperson confirmed the opposition's claims Wednesday, saying displacement continued.", 2016, 2, 3)]
    [InlineData("Rebels said they had repelled an attack late on Sunday.", 2016, 1, 31)]
    [InlineData("Forty army vehicles were seen heading north on Thursday night.", 2016, 1, 28)]
    public void PastTenseWeekdayIsTheLatestSuchDayOnOrBeforePublication(string sentence, int y, int m, int d)
    {
        var e = Single(sentence, Wednesday);
        Assert.Equal(D(y, m, d), e.Date);
        Assert.Equal(DatePrecision.Day, e.Precision);
        Assert.Equal(Tense.Past, e.Tense);
    }

    [Theory]
    [InlineData("A statement dated 25/12/2015 announced the truce.", 2015, 12, 25)]
    [InlineData("The ministry's notice of 12-25-2015 announced the truce.", 2015, 12, 25)]
    [InlineData("Rebels shelled the city on 03-02-2016, officials said.", 2016, 2, 3)]
    public void ANumericDateIsReadWhereOnlyOneReadingFitsOrOneIsPublication(string sentence, int y, int m, int d)
    {
        var e = Single(sentence, Wednesday);
        Assert.Equal(D(y, m, d), e.Date);
        Assert.Equal(DatePrecision.Day, e.Precision);
    }

    [Fact]
    public void AnAmbiguousNumericDateIsNotReadAsABareYear()
    {
        Assert.Empty(TemporalResolver.Find("A statement dated 04/05/2015 announced the truce.", Wednesday));
        Assert.Empty(TemporalResolver.Find("Posted 25.01.2016 (updated 1456 25.01.2016) Rebels shelled the city.", Wednesday));
    }

    [Fact]
    public void TwoDaysRunningJoinedByAndAreOneSpan()
    {
        var e = Single("Air strikes on Saturday and Sunday killed 20 people.", Wednesday);
        Assert.Equal(D(2016, 1, 30), e.Date);
        Assert.Equal(D(2016, 1, 31), e.DateEnd);
        Assert.Equal(TemporalKind.Range, e.Kind);
    }

    [Fact]
    public void DaysAfterAnUndatedHappeningInAPlanAreNoDate()
    {
        Assert.Empty(TemporalResolver.Find("The talks will open in Geneva two weeks after the start of the truce.", Wednesday));
    }

    [Fact]
    public void AtTheWeekendInAReportIsTheWeekendJustPast()
    {
        var e = Single("The group said 20 of its fighters were killed in an attack at the weekend.", Wednesday);
        Assert.Equal(D(2016, 1, 30), e.Date);
        Assert.Equal(D(2016, 1, 31), e.DateEnd);
        Assert.Equal(TemporalKind.Range, e.Kind);
    }

    [Fact]
    public void OverTheWeekendInAPlanIsTheComingWeekend()
    {
        var e = Single("Envoys will meet again over the weekend.", Wednesday);
        Assert.Equal(D(2016, 2, 6), e.Date);
        Assert.Equal(Tense.Future, e.Tense);
    }

    [Fact]
    public void OverTheWeekendAfterExpectedIsTheComingWeekend()
    {
        var e = Single("No convoys are expected over the weekend, officials said.", Wednesday);
        Assert.Equal(D(2016, 2, 6), e.Date);
    }

    [Theory]
    [InlineData("In March 2012 shelling hit the old city and the year before protesters filled its squares.", 2011)]
    [InlineData("The dam fell in 2014 and was retaken two years later.", 2016)]
    [InlineData("Rebels took the town in 2015, a year after the siege began, and lost it the following year.", 2016)]
    public void AYearOffsetCountsFromTheDateTheSentenceNamedBeforeIt(string sentence, int year)
    {
        var found = TemporalResolver.Find(sentence, Wednesday);
        Assert.Equal(2, found.Count);
        Assert.Equal(year, found[1].Date.Year);
        Assert.Equal(found[0].Precision, found[1].Precision);
    }

    [Fact]
    public void AYearOffsetWithNothingToCountFromIsNoDate()
    {
        Assert.Empty(TemporalResolver.Find("The year before, protesters had filled the squares.", Wednesday));
    }

    [Theory]
    [InlineData("Syria's opposition will meet on Friday to discuss the talks.", 2016, 2, 5)]
    [InlineData("The Security Council is to hold an emergency meeting on Thursday.", 2016, 2, 4)]
    [InlineData("The delegation is due to arrive in Geneva on Monday.", 2016, 2, 8)]
    [InlineData("Envoys are scheduled to meet on Wednesday afternoon.", 2016, 2, 3)]
    public void FutureTenseWeekdayIsTheNextSuchDayOnOrAfterPublication(string sentence, int y, int m, int d)
    {
        var e = Single(sentence, Wednesday);
        Assert.Equal(D(y, m, d), e.Date);
        Assert.Equal(Tense.Future, e.Tense);
    }

    [Fact]
    public void AModalInALaterClauseDoesNotMakeAWeekdayFuture()
    {
        var e = Single("Assad's opponents hope Putin's announcement on Monday that most Russian forces would be withdrawn will help.", new DateOnly(2016, 3, 15));
        Assert.Equal(D(2016, 3, 14), e.Date);
    }

    [Fact]
    public void LastMondayIsStrictlyBeforePublicationEvenOnAMonday()
    {
        var e = Single("The envoy met rebel leaders last Monday.", new DateOnly(2016, 2, 8));
        Assert.Equal(D(2016, 2, 1), e.Date);
    }

    [Theory]
    [InlineData("The talks are to restart by Feb. 25.", 2016, 2, 25)]
    [InlineData("The resolution was adopted on February 25, 2015.", 2015, 2, 25)]
    [InlineData("Elections were set for 25 February.", 2016, 2, 25)]
    [InlineData("Steps outlined in a Dec. 18 U.N. Security Council resolution.", 2015, 12, 18)]
    public void AMonthAndDayWithoutAYearIsTheOneNearestPublication(string sentence, int y, int m, int d)
    {
        Assert.Equal(D(y, m, d), Single(sentence, Wednesday).Date);
    }

    [Fact]
    public void ByADateIsADeadlineStillCountedAsADay()
    {
        var e = Single("The talks are taking a pause with a promise to restart by Feb. 25.", Wednesday);
        Assert.Equal(TemporalKind.Deadline, e.Kind);
        Assert.Equal(D(2016, 2, 25), e.Date);
    }

    [Fact]
    public void ADayRangeKeepsBothEnds()
    {
        var e = Single("Ministers will meet in Munich on Feb. 11-12.", Wednesday);
        Assert.Equal(D(2016, 2, 11), e.Date);
        Assert.Equal(D(2016, 2, 12), e.DateEnd);
        Assert.Equal(TemporalKind.Range, e.Kind);
    }

    [Theory]
    [InlineData("Russia entered the war last year.", 2015, DatePrecision.Year)]
    [InlineData("The conflict began in March 2011 with protests.", 2011, DatePrecision.Month)]
    [InlineData("Damascus joined the convention in 2013.", 2013, DatePrecision.Year)]
    public void YearsAndMonthsOfAYearKeepTheirPrecision(string sentence, int year, DatePrecision precision)
    {
        var e = Single(sentence, Wednesday);
        Assert.Equal(year, e.Date.Year);
        Assert.Equal(precision, e.Precision);
    }

    [Theory]
    [InlineData("The HNC was formed in Saudi Arabia last month.", 2016, 1)]
    [InlineData("Talks broke down earlier this month.", 2016, 2)]
    [InlineData("The envoy plans to visit Moscow next month.", 2016, 3)]
    public void RelativeMonthsResolveToAMonth(string sentence, int year, int month)
    {
        var e = Single(sentence, Wednesday);
        Assert.Equal(new DateOnly(year, month, 1), e.Date);
        Assert.Equal(DatePrecision.Month, e.Precision);
    }

    [Theory]
    [InlineData("De Mistura attempted to convene peace talks in January.", 2016, 1)]
    [InlineData("Moscow began bombing opposition forces in September.", 2015, 9)]
    [InlineData("Islamic State captured the city last May.", 2015, 5)]
    [InlineData("A new round of talks will start in March.", 2016, 3)]
    public void ABareMonthIsTheNearestOneInTheClausesTense(string sentence, int year, int month)
    {
        Assert.Equal(new DateOnly(year, month, 1), Single(sentence, Wednesday).Date);
    }

    [Fact]
    public void MayTheModalVerbIsNotAMonth()
    {
        Assert.Empty(TemporalResolver.Find("Fighters may withdraw if the truce holds.", Wednesday));
    }

    [Theory]
    [InlineData("Two days ago, the army advanced north of Aleppo.", 2016, 2, 1)]
    [InlineData("The army advanced north of Aleppo yesterday.", 2016, 2, 2)]
    [InlineData("The envoy said today that the talks were paused.", 2016, 2, 3)]
    [InlineData("The truce came into effect a week ago.", 2016, 1, 27)]
    public void DaysCountedFromPublication(string sentence, int y, int m, int d)
    {
        Assert.Equal(D(y, m, d), Single(sentence, Wednesday).Date);
    }

    [Fact]
    public void ThePastTwoDaysIsARangeEndingAtPublication()
    {
        var e = Single("Hundreds of households fled after air strikes in the past two days.", Wednesday);
        Assert.Equal(D(2016, 2, 1), e.Date);
        Assert.Equal(Wednesday, e.DateEnd);
        Assert.Equal(TemporalKind.Range, e.Kind);
    }

    [Fact]
    public void TheAgeOfAWarGivesTheYearItBegan()
    {
        var e = Single("Homs and Aleppo have been epicenters in the now 5-year-old civil war.", Wednesday);
        Assert.Equal(2011, e.Date.Year);
        Assert.Equal(TemporalKind.ImpliedStart, e.Kind);
    }

    [Fact]
    public void ThisWeekIsAVagueSpanFromMondayToSunday()
    {
        var e = Single("A crisis which this week passes its fifth anniversary.", new DateOnly(2016, 3, 15));
        Assert.Equal(D(2016, 3, 14), e.Date);
        Assert.Equal(D(2016, 3, 20), e.DateEnd);
        Assert.Equal(TemporalKind.Vague, e.Kind);
    }

    [Fact]
    public void LastWeekIsTheCalendarWeekBeforeThisOne()
    {
        var e = Single("CIA Director John Brennan told the committee last week that the group was resilient.", new DateOnly(2016, 6, 22));
        Assert.Equal(D(2016, 6, 13), e.Date);
        Assert.Equal(D(2016, 6, 19), e.DateEnd);
    }

    [Fact]
    public void LastWeekSaidOnASundayIsTheSevenDaysJustEnded()
    {
        var e = Single("Saudi Arabia said last week it was willing to send ground troops.", new DateOnly(2016, 2, 7));
        Assert.Equal(D(2016, 1, 31), e.Date);
        Assert.Equal(D(2016, 2, 6), e.DateEnd);
    }

    [Fact]
    public void LastWeekendSaidOnASaturdayIsTheWeekendBefore()
    {
        var e = Single("Government forces took back Palmyra last weekend.", new DateOnly(2016, 4, 2));
        Assert.Equal(D(2016, 3, 26), e.Date);
        Assert.Equal(D(2016, 3, 27), e.DateEnd);
    }

    [Fact]
    public void YearRangesKeepBothYears()
    {
        var e = Single("The program was dismantled under international supervision in 2013-2014.", Wednesday);
        Assert.Equal(2013, e.Date.Year);
        Assert.Equal(2014, e.DateEnd!.Value.Year);
    }

    [Theory]
    [InlineData("U.N. Security Council Resolution 2254 sets out a road map.")]
    [InlineData("\u00a9 2016 CBS Interactive Inc. All Rights Reserved.")]
    [InlineData("The first talks in two years ended without a deal.")]
    public void NumbersThatAreNotDatesAreIgnored(string sentence)
    {
        Assert.Empty(TemporalResolver.Find(sentence, Wednesday));
    }

    [Fact]
    public void ADayAfterCountsBackFromTheClausesOwnDay()
    {
        var e = Single("The pause comes just one day after officials denounced a massive acceleration of strikes.", Wednesday);
        Assert.Equal(D(2016, 2, 2), e.Date);
    }

    [Fact]
    public void DaysEarlierCountBackFromThePreviousSentencesDay()
    {
        var e = Single("Officials had rejected a convoy two days earlier.", new DateOnly(2016, 3, 5), anchor: D(2016, 3, 2));
        Assert.Equal(D(2016, 2, 29), e.Date);
    }

    [Fact]
    public void ASentenceOpeningInTheMorningTakesThePreviousSentencesDay()
    {
        var e = Single("In the morning, lawmakers questioned two officials.", new DateOnly(2019, 11, 20), anchor: D(2019, 11, 19));
        Assert.Equal(D(2019, 11, 19), e.Date);
    }

    [Fact]
    public void NewYearsEveIsTheLastOneBeforePublication()
    {
        var e = Single("For many Germans, the tipping point was New Year's Eve in Cologne.", new DateOnly(2016, 2, 7));
        Assert.Equal(D(2015, 12, 31), e.Date);
    }

    [Fact]
    public void APublicationLabelIsNotAHappening()
    {
        Assert.Empty(TemporalResolver.Find("Date of publication: 27 November 2017", new DateOnly(2017, 11, 27)));
    }

    [Fact]
    public void SeveralExpressionsAreFoundInTextOrder()
    {
        var found = TemporalResolver.Find("Obama said on June 14 -- two days after a gunman killed 49 people in Orlando -- that the group was losing money.", new DateOnly(2016, 6, 22));
        Assert.Equal([D(2016, 6, 14), D(2016, 6, 12)], found.Select(f => f.Date));
    }

    [Fact]
    public void AStatementPublishedOnADateIsNotAPublicationLabel()
    {
        var e = Single("In a joint statement published Oct. 25, the two ministries accused U.S. forces.", new DateOnly(2019, 11, 18));
        Assert.Equal(D(2019, 10, 25), e.Date);
    }

    [Fact]
    public void TheNewspaperUsaTodayIsNotToday()
    {
        Assert.Empty(TemporalResolver.Find("Experts on jail suicide told USA TODAY that an inmate can be removed.", new DateOnly(2019, 11, 19)));
    }

    [Fact]
    public void AnAbbreviatedMonthAfterAPrepositionIsAMonth()
    {
        var e = Single("The spokesman told VOA on Nov. that the claim was false.", new DateOnly(2019, 11, 18));
        Assert.Equal(D(2019, 11, 1), e.Date);
        Assert.Equal(DatePrecision.Month, e.Precision);
    }

    [Fact]
    public void WeeksBeforeAnUndatedHappeningAreNotResolved()
    {
        Assert.Empty(TemporalResolver.Find("Three weeks before he died, he had been found semiconscious in his cell.", new DateOnly(2019, 11, 19)));
    }

    [Fact]
    public void SinceADayIsADayThatHasPassed()
    {
        var e = Single("Coalition aircraft have conducted 325 air raids around Manbij since 21 May.", new DateOnly(2016, 4, 12));
        Assert.Equal(D(2015, 5, 21), e.Date);
    }

    [Fact]
    public void PlanningAsANounDoesNotMakeADateFuture()
    {
        var e = Single("Investigators believe much of the planning for the Nov. 13 bombing in Paris was carried out in Brussels.", new DateOnly(2016, 3, 15));
        Assert.Equal(D(2015, 11, 13), e.Date);
    }

    [Fact]
    public void APresentProgressiveWithAWeekdayIsPlanned()
    {
        var e = Single("Obama is following up the summit with White House talks on Monday with NATO's secretary-general.", new DateOnly(2016, 4, 2));
        Assert.Equal(D(2016, 4, 4), e.Date);
    }

    [Fact]
    public void ACaptionsOwnDateIsTheReferenceForItsWeekday()
    {
        var found = TemporalResolver.Find("A man reacts at a memorial following Tuesday's bomb attacks in Brussels, March 23, 2016.", new DateOnly(2016, 4, 2));
        Assert.Equal([D(2016, 3, 22), D(2016, 3, 23)], found.Select(f => f.Date));
    }

    [Fact]
    public void AMonthOfLastYearIsThatMonthOfThePreviousYear()
    {
        var e = Single("El Makhoukhi was convicted in January last year.", new DateOnly(2016, 4, 9));
        Assert.Equal(D(2015, 1, 1), e.Date);
        Assert.Equal(DatePrecision.Month, e.Precision);
    }

    [Fact]
    public void AnUnmarkedMonthAndDayIsTheNearestOccurrenceEvenFarAway()
    {
        var e = Single("His comments contrasted with those of his rival in the Nov. 8 election.", new DateOnly(2016, 6, 14));
        Assert.Equal(D(2016, 11, 8), e.Date);
    }

    [Fact]
    public void DaysLaterNeedADayToCountFrom()
    {
        Assert.Empty(TemporalResolver.Find("Six days later a suicide bomber struck one of Istanbul's main streets.", new DateOnly(2016, 6, 7)));
        Assert.Equal(D(2016, 1, 18), Single("Six days later a suicide bomber struck again.", new DateOnly(2016, 6, 7), anchor: D(2016, 1, 12)).Date);
    }

    [Theory]
    [InlineData("A June 28 attack on Istanbul airport killed 45 people.", 2016, 7, 6, 2016)]
    [InlineData("The militants killed 45 people on June 28 at Istanbul airport.", 2016, 2, 3, 2015)]
    public void AnAttributiveDateIsTheNearestWhileAVerbsDateFollowsItsTense(string sentence, int py, int pm, int pd, int year)
    {
        Assert.Equal(year, Single(sentence, new DateOnly(py, pm, pd)).Date.Year);
    }

    [Fact]
    public void ADatelineDateIsNotAHappening()
    {
        var found = TemporalResolver.Find("BEIRUT, Feb 3 (Reuters) - Rebels said on Tuesday they had lost the town.", Wednesday);
        Assert.Equal([D(2016, 2, 2)], found.Select(f => f.Date));
    }

    [Fact]
    public void AnAbbreviatedMonthWithoutItsDotStillDatesADay()
    {
        Assert.Equal(D(2016, 2, 25), Single("Talks are due to resume on Feb 25 in Geneva.", Wednesday).Date);
    }

    [Fact]
    public void AFullDateOpeningTheTextIsThePagesLabel()
    {
        Assert.Empty(TemporalResolver.Find("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use.", new DateOnly(2017, 4, 5)));
    }

    [Fact]
    public void AYearOpeningASentenceIsStillAYear()
    {
        Assert.Equal(2015, Single("2015 was the deadliest year of the war.", Wednesday).Date.Year);
    }

    [Theory]
    [InlineData("The meeting was held on Feb. 30.")]
    [InlineData("It happened on 31 February.")]
    [InlineData("")]
    public void ImpossibleDatesAndEmptySentencesYieldNothing(string sentence)
    {
        Assert.Empty(TemporalResolver.Find(sentence, Wednesday));
    }

    [Fact]
    public void WithoutARealPublicationDateNothingIsResolved()
    {
        Assert.Empty(TemporalResolver.Find("Rebels said on Monday that talks would resume next month.", default));
    }

    [Theory]
    [InlineData("Washington said 20 civilians died in its strikes between Sept. 10 and Feb. 2.", 2015, 9, 10, 2016, 2, 2)]
    [InlineData("Inspectors visited the camps from March 3 to March 20, the report said.", 2016, 3, 3, 2016, 3, 20)]
    [InlineData("The site was online between August and November 2001.", 2001, 8, 1, 2001, 11, 1)]
    public void TwoDatesJoinedAsTheEndsOfASpanAreOneRange(string sentence, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var e = Single(sentence, new DateOnly(2016, 4, 22));
        Assert.Equal(TemporalKind.Range, e.Kind);
        Assert.Equal(D(y1, m1, d1), e.Date);
        Assert.Equal(D(y2, m2, d2), e.DateEnd);
    }

    [Fact]
    public void AWeekdayAPlanIsPushedBackToLiesAhead()
    {
        // Thursday 28 January 2016.
        var found = TemporalResolver.Find("The talks were meant to start on Monday but the organisers have pushed them back to Friday.", new DateOnly(2016, 1, 28));
        Assert.Equal([D(2016, 1, 25), D(2016, 1, 29)], found.Select(f => f.Date));
    }

    [Theory]
    [InlineData("The new truce, to begin at dawn on Saturday, would last three days.", 2016, 4, 30)]
    [InlineData("Diplomats, who are among those pushing for the talks to resume on Monday, urged both sides to attend.", 2016, 5, 2)]
    [InlineData("He flew to Geneva to meet the envoy on Tuesday.", 2016, 4, 26)]
    public void AWeekdayAScheduleInfinitiveGovernsLiesAheadUnlessThePastFramesIt(string sentence, int y, int m, int d)
    {
        // Friday 29 April 2016.
        Assert.Equal(D(y, m, d), Single(sentence, new DateOnly(2016, 4, 29)).Date);
    }

    [Fact]
    public void LaterInTheDayInAPlannedClauseIsTheDayOfPublication()
    {
        var e = Single("The minister will meet the envoy before flying home later in the day.", Wednesday, anchor: D(2016, 1, 27));
        Assert.Equal(Wednesday, e.Date);
        Assert.Equal(DatePrecision.Day, e.Precision);
    }

    [Theory]
    [InlineData("The loss of the town comes three months after rebels were driven out of a nearby city.", 2016, 3, 27, 2015, 12)]
    [InlineData("Tuesday's attack came eight months after gunmen killed 130 people in the capital.", 2016, 7, 16, 2015, 11)]
    public void WholeMonthsAfterCountBackFromTheClausesDate(string sentence, int py, int pm, int pd, int y, int m)
    {
        var e = TemporalResolver.Find(sentence, new DateOnly(py, pm, pd)).Single(f => f.Precision == DatePrecision.Month);
        Assert.Equal(D(y, m, 1), e.Date);
    }

    [Theory]
    [InlineData("Elections were called for the summer, several months earlier than planned.")]
    [InlineData("He spoke to students a few months after the first arrests.")]
    [InlineData("Militants attacked the capital and, four months later, the port.")]
    [InlineData("The dollar hit its highest level in almost three months after the central bank spoke.")]
    [InlineData("Viewers may download programmes up to eight days after they aired.")]
    public void MonthsWithoutACountOrADateToCountFromAreNoDate(string sentence)
    {
        Assert.Empty(TemporalResolver.Find(sentence, new DateOnly(2016, 5, 9)));
    }

    [Fact]
    public void ALengthBeforeAnotherEventIsNoShiftInTime()
    {
        var e = Single("The first round ends on March 24, followed by a round of at least two weeks before another recess.", new DateOnly(2016, 3, 14));
        Assert.Equal(D(2016, 3, 24), e.Date);
    }

    [Theory]
    [InlineData("Output has collapsed to less than half the 2011 level.")]
    [InlineData("Prices are still above their 2014 peak.")]
    public void AYearUsedAsAYardstickIsNoDate(string sentence)
    {
        Assert.Empty(TemporalResolver.Find(sentence, Wednesday));
    }

    [Fact]
    public void TheDayBeforeInsideASentenceCountsFromTheDayTheSentenceNamed()
    {
        // Saturday 15 April 2017.
        var found = TemporalResolver.Find("A bomb hit the convoy on Saturday, killing people evacuated from two villages the day before.", new DateOnly(2017, 4, 15));
        Assert.Equal([D(2017, 4, 15), D(2017, 4, 14)], found.Select(f => f.Date));
    }
    // Monday 1 February 2016.
    private static readonly DateOnly Monday = new(2016, 2, 1);

    [Theory]
    [InlineData("The talks, which resume on Wednesday, aim to end the war.", 2016, 2, 3)]
    [InlineData("The local truce expires Friday, officials said.", 2016, 2, 5)]
    [InlineData("The new parliament convenes on Thursday in the capital.", 2016, 2, 4)]
    public void AScheduleInTheSimplePresentDatesTheWeekdayAhead(string sentence, int y, int m, int d)
    {
        var e = Single(sentence, Monday);
        Assert.Equal(D(y, m, d), e.Date);
        Assert.Equal(Tense.Future, e.Tense);
    }

    [Theory]
    [InlineData("The envoys did not meet on Saturday as planned.", 2016, 1, 30)]
    [InlineData("The rebels failed to meet on Saturday.", 2016, 1, 30)]
    [InlineData("The envoy announced the formal start on Monday of the peace talks.", 2016, 2, 1)]
    [InlineData("The envoy announced the formal start on Saturday of the peace talks.", 2016, 1, 30)]
    public void ANegatedInfinitiveOrNounBeforeAWeekdayIsNoSchedule(string sentence, int y, int m, int d)
    {
        Assert.Equal(D(y, m, d), Single(sentence, Monday).Date);
    }

    [Theory]
    [InlineData("The government is due to hold elections in state-held parts of the country on Wednesday.", 2016, 2, 3)]
    [InlineData("A U.S.-led coalition is to open a new front near rebel-held towns on Friday.", 2016, 2, 5)]
    public void AHyphenatedParticipleIsAnAdjectiveNotAPastTense(string sentence, int y, int m, int d)
    {
        var e = Single(sentence, Monday);
        Assert.Equal(D(y, m, d), e.Date);
        Assert.Equal(Tense.Future, e.Tense);
    }

    [Fact]
    public void APlanInsideTheHappeningADayAfterIntroducesIsNoBaseForIt()
    {
        var found = TemporalResolver.Find("Divisions surfaced at a conference, just a day after envoys agreed on a truce due to begin in a week's time.", Wednesday);
        Assert.Contains(found, e => e.Date == D(2016, 2, 2) && e.Precision == DatePrecision.Day);
        Assert.DoesNotContain(found, e => e.Date == D(2016, 2, 9));
    }
}
