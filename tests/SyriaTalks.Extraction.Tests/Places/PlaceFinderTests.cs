using SyriaTalks.Domain;
using SyriaTalks.Extraction.Places;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction.Tests.Places;

public class PlaceFinderTests
{
    private static readonly PlaceFinder Finder = new();

    private static IReadOnlyList<ExtractedPlace> PlacesIn(string body)
    {
        var mentions = Finder.Find(body, SentenceSplitter.Split(body));
        return mentions.Select(m => m.Place).DistinctBy(p => p.Name).ToList();
    }

    private static IReadOnlyList<string> NamesIn(string body) => PlacesIn(body).Select(p => p.Name).ToList();

    [Fact]
    public void ACityIsFoundWithItsCountryAndCoordinates()
    {
        var aleppo = Assert.Single(PlacesIn("Government forces near the Syrian city of Aleppo cut off a key rebel supply line."));
        Assert.Equal("Aleppo", aleppo.Name);
        Assert.Equal(PlaceKind.City, aleppo.Kind);
        Assert.Equal("SY", aleppo.CountryCode);
        Assert.InRange(aleppo.Latitude!.Value, 36.0, 36.4);
        Assert.InRange(aleppo.Longitude!.Value, 37.0, 37.3);
    }

    [Fact]
    public void CountriesAreFoundUnderTheirEnglishNames()
    {
        var names = NamesIn("Russia and the United States agreed a truce, and Britain and Turkey welcomed it.");
        Assert.Equal(["Russia", "United States", "Britain", "Turkey"], names);
        Assert.All(PlacesIn("Britain welcomed it."), p => Assert.Equal("GB", p.CountryCode));
    }

    [Fact]
    public void TheAcronymUSIsACountryButThePronounIsNot()
    {
        Assert.Equal(["U.S."], NamesIn("The U.S. envoy told us that the talks would go on."));
    }

    [Theory]
    [InlineData("Convoys were stuck for hours on the Atarib road after the shelling.", "Atarib")]
    [InlineData("Survivors of the Fakhoura \"massacre\" gathered at the mosque.", "Fakhoura")]
    [InlineData("Rebels tried to cut the Hinadi route used by the army.", "Hinadi")]
    public void ASmallTownBeforeANounItQualifiesIsAPlaceDespiteTheArticle(string body, string name)
    {
        Assert.Equal([name], NamesIn(body));
    }

    [Fact]
    public void TheCapitalsAfterAPageStampAreTheDateline()
    {
        Assert.Equal(["Amman"], NamesIn("Last updated at Mar 032016 AMMAN Officials met reporters on Tuesday."));
    }

    [Fact]
    public void ANameBeforeASiteNounIsASiteNamedWithItsNoun()
    {
        var places = PlacesIn("Shells hit the al-Qarnas hospital, and fighters took the Wadi Surra dam on Friday.");
        Assert.Equal(["al-Qarnas hospital", "Wadi Surra dam"], places.Select(p => p.Name));
        Assert.All(places, p => Assert.Equal(PlaceKind.Site, p.Kind));
    }

    [Fact]
    public void AnAbbreviatedWeekdayBeforeADateIsNoPlace()
    {
        Assert.Equal(["Homs"], NamesIn("Shelling kills 9 in Homs Sun 12 Jun 2016 Shelling killed nine people in Homs."));
    }

    [Fact]
    public void APlaceNameBeforeBinOrIbnIsPartOfAPersonsName()
    {
        Assert.Empty(NamesIn("Fighters of the Basra ibn Yusuf battalion clashed with police."));
    }

    [Fact]
    public void ASmallTownAfterTheArticleAloneIsStillNoPlace()
    {
        Assert.Empty(NamesIn("Reporters met the Hinadi family on Sunday."));
        Assert.Empty(NamesIn("Migrants crowded onto the so-called Northern Atarib road."));
    }

    [Fact]
    public void AMisspeltRegionAfterAPrepositionAndTheArticleIsFound()
    {
        var place = Assert.Single(PlacesIn("Fighters tried to slip into the Eastern Ghoutta before dawn."));
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.Equal("SY", place.CountryCode);
    }

    [Fact]
    public void VillagesTheGeoNamesExtractLacksComeFromTheCuratedFile()
    {
        var places = PlacesIn("Fighting raged around the village of Ratyan and in Anadan.");
        Assert.Equal(["Ratyan", "Anadan"], places.Select(p => p.Name));
        Assert.All(places, p => Assert.NotNull(p.Latitude));
    }

    [Fact]
    public void TransliterationVariantsOfOnePlaceAreAliases()
    {
        var places = PlacesIn("Rebels held Hreitan on Monday. By Tuesday the army had entered the town of Haritan, and fighting spread to the village of Hariyatan.");
        var place = Assert.Single(places);
        Assert.Equal("Hreitan", place.Name);
        Assert.Equal(["Haritan", "Hariyatan"], place.Aliases);
    }

    [Theory]
    [InlineData("The army broke the siege of Nubul and Zahraa.", "Nubul", "Zahraa")]
    [InlineData("The army broke the siege of Nubl and Zahra.", "Nubl", "Zahra")]
    public void SpellingVariantsFindTheSamePlaces(string body, string first, string second)
    {
        var places = PlacesIn(body);
        Assert.Equal([first, second], places.Select(p => p.Name));
        Assert.All(places, p => Assert.Equal("SY", p.CountryCode));
    }

    [Fact]
    public void PlacesTheGazetteerLacksAreFoundWhereTheTextMarksThem()
    {
        var names = NamesIn("Residents fled the towns of Kafr Hamra, Qabtan al-Jabal and Ibbin as the offensive advanced.");
        Assert.Equal(["Kafr Hamra", "Qabtan al-Jabal", "Ibbin"], names);
    }

    [Fact]
    public void AMarkedPlaceTakesTheCountryOfItsDemonym()
    {
        var place = Assert.Single(PlacesIn("Shells hit the Syrian village of Tal Qarah overnight."));
        Assert.Equal("SY", place.CountryCode);
        Assert.Equal(PlaceKind.Town, place.Kind);
    }

    [Theory]
    [InlineData("President Barack Obama said the group was losing ground.")]
    [InlineData("Obama said the group was losing ground.")]
    [InlineData("Split among themselves, the rebels lost ground.")]
    [InlineData("Of the 20 delegates, only five arrived.")]
    [InlineData("Syrian and Turkish officials met the Saudi delegation.")]
    [InlineData("The White House said it could help.")]
    [InlineData("Bruce Hoffman, a terrorism expert at Georgetown University, disagreed. Georgetown's expert said more.")]
    public void NamesAndWordsThatHappenToBePlacesAreNotPlaces(string body)
    {
        Assert.Empty(NamesIn(body));
    }

    [Fact]
    public void ASurnameUsedAloneAfterTheFullNameIsNotAPlace()
    {
        Assert.DoesNotContain("Assad", NamesIn("Forces loyal to President Bashar al-Assad advanced. The opposition blamed Assad for the attack."));
    }

    [Fact]
    public void APlaceRequiresCapitalisation()
    {
        Assert.Empty(NamesIn("the aleppo front was quiet and homs too."));
    }

    [Fact]
    public void ProvinceSuffixMakesTheSamePlaceARegion()
    {
        var place = Assert.Single(PlacesIn("Air strikes hit a camp in Idlib province."));
        Assert.Equal("Idlib province", place.Name);
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.Equal("SY", place.CountryCode);
    }

    [Fact]
    public void DatelinesInCapitalsAreFoundAndTitleCased()
    {
        var names = NamesIn("WASHINGTON/BEIRUT The United States and Russia announced a truce.");
        Assert.Equal(["Washington", "Beirut", "United States", "Russia"], names);
    }

    [Fact]
    public void AnAllCapsHeadingIsNotADateline()
    {
        Assert.Empty(NamesIn("The talks stalled.\n\nTARGET DATE\n\nEnvoys set a new date."));
    }

    [Fact]
    public void TheLongestGazetteerNameWins()
    {
        Assert.Equal(["Saudi Arabia", "New York"], NamesIn("Saudi Arabia sent its envoy to New York."));
    }

    [Fact]
    public void RegionsSeasAndRiversAreFound()
    {
        Assert.Equal(["Middle East", "Mediterranean Sea", "Euphrates"], NamesIn("Refugees from the Middle East crossed the Mediterranean Sea after fleeing towns along the Euphrates."));
    }

    [Fact]
    public void APlaceOutsideTheRegionIsFoundWhereTheTextMarksIt()
    {
        Assert.Equal(["Orlando"], NamesIn("A gunman killed 49 people in Orlando."));
    }

    [Fact]
    public void TheSameFinderServesManyArticlesAlike()
    {
        var body = "Rebels withdrew from Aleppo to Idlib.";
        var first = Finder.Find(body, SentenceSplitter.Split(body));
        var second = new PlaceFinder().Find(body, SentenceSplitter.Split(body));
        Assert.Equal(first.Select(m => (m.Place.Name, m.Start, m.End)), second.Select(m => (m.Place.Name, m.Start, m.End)));
    }

    [Fact]
    public void AUsStateIsARegionOfTheUnitedStates()
    {
        var place = Assert.Single(PlacesIn("He owns homes in Manhattan and Palm Beach, Florida."), p => p.Name == "Florida");
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.Equal("US", place.CountryCode);
    }

    [Fact]
    public void APossessiveWithItsApostropheStrippedNamesTheCountry()
    {
        var place = Assert.Single(PlacesIn("Russia is a close ally of Syrias President Bashar al-Assad."), p => p.CountryCode == "SY");
        Assert.Equal("Syria", place.Name);
    }

    [Fact]
    public void APlacePlacedInAStateIsFoundThoughSmall()
    {
        Assert.Equal(["Manhattan", "Palm Beach", "Florida"], NamesIn("He had homes in Manhattan and Palm Beach, Florida."));
    }

    [Theory]
    [InlineData("The Producers was named best musical, and Victoria Hamilton was best actress.")]
    [InlineData("The film is made by the man who calls himself Salam Pax.")]
    [InlineData("As it turned out, walker Gillian never even made it to the start.")]
    [InlineData("He told BBC Radio Four's the World at One his concern was the vote.")]
    [InlineData("New features were added to Tara in order to handle the scenes.")]
    public void NamesOutsideTheRegionAreNotTakenForPlacesWithoutAMarker(string body)
    {
        Assert.Empty(NamesIn(body));
    }

    [Theory]
    [InlineData("The troop surge in Iraq, Obama and Clinton foolishly abandoned. President Barack Obama and Hillary Clinton disagree.", "Iraq")]
    [InlineData("Thousands watched from the Mall as Mr. Obama said the museum would open in Washington.", "Washington")]
    [InlineData("Oz is \u201csmart as hell,\u201d Steve Mosko wrote in an email from Moscow.", "Moscow")]
    public void PeopleNamedLikePlacesAreLeftOut(string body, string onlyPlace)
    {
        Assert.Equal([onlyPlace], NamesIn(body));
    }

    [Fact]
    public void AnOldNameOfOnePlaceDoesNotTakeTheNameOfABiggerOne()
    {
        var place = Assert.Single(PlacesIn("The candidates spoke to veterans in Philadelphia."));
        Assert.Equal("US", place.CountryCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u201c\u201d\"'-- ,,, the towns of , and")]
    [InlineData("AL- al- el-Al-")]
    public void OddTextNeverBreaksTheFinder(string body)
    {
        Assert.Empty(NamesIn(body));
    }

    [Fact]
    public void ACreditLineNamesNoPlaceOfTheStory()
    {
        var names = NamesIn("Flooding cut the road to Mosul on Monday.\n\nMaria Ostrova contributed reporting from Lisbon.\n\n"
            + "(Reporting by Omar Haddad in Amman; Editing by Clara Voss)");
        Assert.Equal(["Mosul"], names);
    }

    [Fact]
    public void APlaceNamingAnInstitutionAfterOfIsNotAPlaceMention()
    {
        Assert.Empty(NamesIn("Anna Kowal, the president of the Federal Reserve Bank of Chicago, spoke last week."));
        Assert.Empty(NamesIn("Omar Saleh, a professor at the University of Toronto, disagreed."));
    }

    [Fact]
    public void ADistrictOfAPlaceIsStillAPlace()
    {
        Assert.Contains("Chicago", NamesIn("The case was filed in the Northern District of Chicago."));
        Assert.Contains("Chicago", NamesIn("The bank of Chicago's river flooded."));
    }

    [Fact]
    public void ACountryQualifyingAProsecutorsPostIsNotAPlaceMention()
    {
        Assert.Empty(NamesIn("The U.S. attorney declined to comment, and the U.S. Attorney's Office filed charges."));
        Assert.Equal(["U.S."], NamesIn("The U.S. attorney flew to the U.S. capital."));
    }

    [Fact]
    public void ANewsOutletNamedAfterACountryIsNotAPlaceMention()
    {
        Assert.Empty(NamesIn("The guard told USA TODAY that nobody checked, and China Daily reported the same."));
        Assert.Contains("China", NamesIn("Exports from China fell, the ministry said today."));
    }

    [Fact]
    public void AFirstNameOpeningASentenceMakesTheNextWordASurname()
    {
        // Sabra is also a town in Libya.
        var names = NamesIn("The talks begin on Friday. George Sabra, an opposition member, said no. Sabra said the reply was still ink on paper.");
        Assert.DoesNotContain("Sabra", names);
    }

    [Fact]
    public void ANameBeforeAPlaceNounIsAPlaceTheGazetteerLacks()
    {
        var names = NamesIn("Strikes killed ten people in Khuneida town. Jets also hit the strategic Ghab plain, and one shell hit a clinic in Aleppo's Al-Marja district. Buses waited in the Rashidin area.");
        Assert.Contains("Khuneida", names);
        Assert.Contains("Ghab", names);
        Assert.Contains("Al-Marja", names);
        Assert.Contains("Aleppo", names);
        Assert.Contains("Rashidin", names);
    }

    [Fact]
    public void AGroupOrFaithBeforeAPlaceNounIsNoPlace()
    {
        Assert.Empty(NamesIn("Shells fell on the Sunni Muslim town while fighters shelled the Kurdish town."));
    }

    [Fact]
    public void ARegionIsNamedWithoutTheNounTheTextAddsToIt()
    {
        var ghouta = Assert.Single(PlacesIn("Rebels still hold territory in the eastern Ghouta region outside the capital."));
        Assert.Equal("Ghouta", ghouta.Name);
        Assert.Contains("Ghouta region", ghouta.Aliases);
    }

    [Fact]
    public void ALongerSpellingOfAPlaceOfTheRegionBeatsTheShorterNameItStartsWith()
    {
        Assert.Equal(["Jisr al-Shigour"], NamesIn("Fighting raged in Jisr al-Shigour."));
        Assert.Equal(["Idlib province"], NamesIn("Children were killed in air raids on Jisr al-Shigour in Idlib province."));
        // A run of names whose commas were stripped keeps the exact name it opens with.
        Assert.Contains("Bosra", NamesIn("Army units hit militants in Bosra al-Sham Atman al-Hrak and al-Yadouda."));
    }

    [Fact]
    public void AnOwnerAndAKnownCityBeforeAPlaceNounAreNotOneName()
    {
        var names = NamesIn("Twenty people were killed by a truck bomb in Syrias Aleppo city on Monday.");
        Assert.Contains("Aleppo", names);
        Assert.DoesNotContain("Syrias Aleppo", names);
    }

    [Theory]
    [InlineData("Ankara has yet to confirm the deal, and Baghdad is pressing for more aid.")]
    [InlineData("Critics say Cairo's position has hardened since Amman's intervention began.")]
    [InlineData("The rift between Riyadh and Beirut has deepened over the year.")]
    public void ACapitalAsASubjectOwnerOrPartnerOfAGovernmentsActsIsNoPlace(string body)
    {
        Assert.Empty(NamesIn(body));
    }

    [Fact]
    public void ACapitalNamedOnceAsAPlaceStaysAPlaceBesideItsGovernmentUses()
    {
        Assert.Equal(["Ankara"], NamesIn("Ankara has yet to confirm the deal. Protesters gathered in Ankara on Friday."));
        Assert.Equal(["Baghdad"], NamesIn("Baghdad has witnessed a wave of bombings this year."));
    }

    [Fact]
    public void ACapitalThatOnlySpeaksOrActsForItsGovernmentIsNoPlace()
    {
        Assert.Empty(NamesIn("Damascus confirmed the reports. The truce was brokered by Washington and Moscow, and there were calls for Tehran to stop."));
        Assert.Equal(["Damascus"], NamesIn("Shells hit Damascus on Monday. Damascus denied any part in it."));
    }

    [Fact]
    public void ACountryThatBacksAGroupIsNoPlaceMention()
    {
        Assert.Equal(["Raqqa"], NamesIn("US-led coalition jets and Iran-backed militias fought near Raqqa."));
    }

    [Fact]
    public void ACountryQualifyingAnOfficeIsNoPlaceMention()
    {
        Assert.Equal(["Jakarta"], NamesIn("The U.S. State Department said the Netherlands Embassy in Jakarta was closed."));
        Assert.Equal(["United States"], NamesIn("Officials in the United States said the U.S. Army would help."));
    }
    [Fact]
    public void AnUnknownWordOpeningASentenceMakesAFarAwayTownASurname()
    {
        // Hassan is a city in India; "Qusai" is no English word, so the two are a name.
        Assert.Equal(["Homs"], NamesIn("Qusai Hassan, a nurse at the Homs hospital, said he heard two blasts."));
        // A common word opening the sentence does not make a name of the place after it.
        Assert.Contains("Hassan", NamesIn("Later Hassan was hit by floods, officials in India said."));
    }

    [Theory]
    [InlineData("The pro-government Sham TV reported that tanks were heading towards Hama.")]
    [InlineData("Footage aired by Sham television showed tanks heading towards Hama.")]
    [InlineData("The pro-government al-Sham TV reported that tanks were heading towards Hama.")]
    public void ABroadcasterNamedAfterATownIsNoMentionOfTheTown(string body)
    {
        Assert.Equal(["Hama"], NamesIn(body.Replace("Sham", "Qamishli", StringComparison.Ordinal)));
    }

    [Fact]
    public void ACountryAfterAMarkedTownWithTheCommaStrippedClosesTheTownName()
    {
        var names = NamesIn("An air strike hit fighters south of the town of Kafr Zeita Syria the ministry said.");
        Assert.Contains("Kafr Zeita", names);
        Assert.Contains("Syria", names);
        Assert.DoesNotContain("Kafr Zeita Syria", names);
        Assert.Contains("Kafr Zeita", NamesIn("Clashes hit the town of Kafr Zeita Northern Syria on Monday."));
    }

    [Fact]
    public void ACountryWithItsApostropheStrippedIsAnOwnerNotAMarkedPlace()
    {
        Assert.DoesNotContain("Syrias", NamesIn("Rebels attacked districts of Syrias long-divided Aleppo."));
    }

    [Fact]
    public void ANameOnceMarkedAsAPlaceKeepsItsFullLengthWhereItRecurs()
    {
        var names = NamesIn("Shells hit the Bab al-Hadid neighbourhood overnight. Rescuers searched the rubble in Bab al-Hadid his hands bleeding.");
        Assert.Equal(["Bab al-Hadid"], names);
    }

    [Fact]
    public void AKnownNewsChannelIsNoPlaceEvenWhereARegionSharesItsName()
    {
        Assert.Equal(["Hama"], NamesIn("In an interview with Al Jazeera on Thursday, the envoy said fighting in Hama had stopped."));
    }

    [Theory]
    [InlineData("Aid trucks entered Beit Sawa, a suburb of Damascus under siege, on Monday.", "Beit Sawa")]
    [InlineData("Shelling hit Kafr Zeita, a small town in Hama province.", "Kafr Zeita")]
    public void AnAppositiveSayingWhatANameIsMarksItAsAPlace(string body, string place)
    {
        Assert.Contains(place, NamesIn(body));
    }
}
