using SyriaTalks.Domain;

namespace SyriaTalks.Extraction.Tests.Actors;

public class ActorFindingTests
{
    private static ExtractedActor Actor(ArticleAnalysis analysis, string name) => Assert.Single(analysis.Actors, a => a.Name == name);

    [Fact]
    public void AnAcronymDefinedInBracketsBecomesAnAliasOfTheOrganisation()
    {
        var analysis = Analyze.Body("The Institute for Peace Studies (IPS) said on Monday. IPS is based in London.");
        var institute = Actor(analysis, "Institute for Peace Studies");
        Assert.Equal(ActorKind.Organization, institute.Kind);
        Assert.Contains("IPS", institute.Aliases);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "IPS");
    }

    [Fact]
    public void ASurnameAloneIsTheSamePersonAsTheFullName()
    {
        var analysis = Analyze.Body("Christopher Harmer spoke first. Harmer said the talks would fail.");
        var harmer = Actor(analysis, "Christopher Harmer");
        Assert.Equal(ActorKind.Person, harmer.Kind);
        Assert.Equal(2, harmer.Mentions);
    }

    [Fact]
    public void SpellingVariantsOfAKnownActorAreOneActor()
    {
        var analysis = Analyze.Body("The U.N.'s envoy, Staffan di Mistura, spoke. Later de Mistura said more. Al-Qaida and al-Qaeda fighters left.");
        Assert.Single(analysis.Actors, a => a.Name.EndsWith("Mistura", StringComparison.Ordinal));
        Assert.Single(analysis.Actors, a => a.Kind == ActorKind.ArmedGroup);
        Assert.Contains(analysis.Actors, a => a.Name == "United Nations");
    }

    [Fact]
    public void ADemonymNamesItsState()
    {
        var analysis = Analyze.Body("Russian air strikes hit the town.");
        Assert.Equal(ActorKind.State, Actor(analysis, "Russia").Kind);
    }

    [Fact]
    public void ACountryThatIsOnlyALocationIsNotAnActor()
    {
        var analysis = Analyze.Body("Islamic State holds large parts of Iraq.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Iraq");
        Assert.Contains(analysis.Actors, a => a.Name == "Islamic State");
    }

    [Fact]
    public void ACountryThatActsIsAState()
    {
        var analysis = Analyze.Body("Turkey said it would keep its border closed.");
        Assert.Equal(ActorKind.State, Actor(analysis, "Turkey").Kind);
    }

    [Fact]
    public void TheSyrianGovernmentIsNamedByItsForcesAndItsRegime()
    {
        var analysis = Analyze.Body("Government forces cut a rebel supply line. The regime denies it.");
        Assert.Equal(ActorKind.State, Actor(analysis, "Syrian government").Kind);
    }

    [Fact]
    public void TitlesAreNotPartOfANameButBecomeItsRole()
    {
        var analysis = Analyze.Body("Tuebingen Mayor Boris Palmer was among them.");
        var palmer = Actor(analysis, "Boris Palmer");
        Assert.Contains("Mayor", palmer.Role);
    }

    [Fact]
    public void AnOrganisationIsKnownByItsHeadWord()
    {
        var analysis = Analyze.Body("The Syrian American Medical Society sent doctors.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Syrian American Medical Society").Kind);
    }

    [Fact]
    public void SubheadsInCapitalsAndCreditLinesNameNoActors()
    {
        var analysis = Analyze.Body("TARGET DATE", "Talks resumed.", "(Reporting by Tom Perry; Editing by Peter Graff)");
        Assert.Empty(analysis.Actors);
    }

    [Fact]
    public void ActorMentionsCarryTheirOffsets()
    {
        const string body = "Bashar al-Assad met Vladimir Putin.";
        var analysis = Analyze.Body(body);
        Assert.Equal(["Bashar al-Assad", "Vladimir Putin"], analysis.Actors.Select(a => a.Name));
        Assert.All(analysis.Actors, a => Assert.Equal(1, a.Mentions));
    }

    [Fact]
    public void AndJoinsTwoPeopleNotOneName()
    {
        var analysis = Analyze.Body("Jennifer Walsh and Robert Keane testified on Tuesday. Keane said the call was unusual.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Jennifer Walsh").Kind);
        Assert.Equal(2, Actor(analysis, "Robert Keane").Mentions);
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void AndInsideAnOrganisationNameStays()
    {
        var analysis = Analyze.Body("The Ministry of Foreign Affairs and Expatriates said on Monday the talks would go ahead.");
        Assert.Contains(analysis.Actors, a => a.Name == "Ministry of Foreign Affairs and Expatriates");
    }

    [Fact]
    public void AnUnknownFullNamePairedWithAPersonIsAPerson()
    {
        var analysis = Analyze.Body("Prosecutors said Tova Reyes and Mark Dunn falsified the records.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Tova Reyes").Kind);
    }

    [Fact]
    public void TheTailOfAFullNameIsTheSamePerson()
    {
        var analysis = Analyze.Body("Kathleen Hawk Sawyer testified on Tuesday. Hawk Sawyer said the agency had failed.");
        Assert.Equal(2, Actor(analysis, "Kathleen Hawk Sawyer").Mentions);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Hawk Sawyer");
    }

    [Fact]
    public void HeBeforeAnUncommonCapitalisedNameIsASurname()
    {
        var analysis = Analyze.Body("The fund met on Monday. He Jianxiong, the former director, said the deal was weak.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "He Jianxiong").Kind);
    }

    [Fact]
    public void ATitleCaseRunInHeadIsNoActor()
    {
        var analysis = Analyze.Body("Veto Power Blocks Peace Efforts: Ending war is one of the goals of the United Nations.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains("Veto", StringComparison.Ordinal));
    }

    [Fact]
    public void ACommonWordAfterATitleIsPartOfTheName()
    {
        var analysis = Analyze.Body("South Korean President Park Geun-hye said the North was reckless.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Park Geun-hye").Kind);
    }
    [Fact]
    public void ATitledSurnameBelongsToThePersonNamedBeforeItNotToALaterNamesake()
    {
        var analysis = Analyze.Body(
            "Jonas Brandvold opened the meeting on Monday.",
            "\"We will not sell the farm,\" Mr. Brandvold said.",
            "His wife, Karin Brandvold, arrived later.");
        Assert.Equal("Jonas Brandvold", analysis.Quote("We will not").Speaker);
        Assert.Equal(2, Actor(analysis, "Jonas Brandvold").Mentions);
        Assert.Equal(1, Actor(analysis, "Karin Brandvold").Mentions);
    }

    [Fact]
    public void APresidentNamedBySurnameIsTheFamousHolderEvenWhenANamesakeFollows()
    {
        var analysis = Analyze.Body(
            "President Obama told the dinner guests: \"Turn out and vote.\"",
            "The first lady, Michelle Obama, spoke after him.");
        Assert.Equal("Barack Obama", analysis.Quote("Turn out").Speaker);
    }

    [Fact]
    public void AFullNameNeverJoinsANamesakeWithAnotherFirstName()
    {
        var analysis = Analyze.Body(
            "Former governor Walt Harrow campaigned for his wife Hillary Harrow in Flint.",
            "Walt Harrow had worked with Hillary Harrow before.");
        Assert.Equal(2, Actor(analysis, "Walt Harrow").Mentions);
        Assert.Equal(2, Actor(analysis, "Hillary Harrow").Mentions);
    }
    [Fact]
    public void ANameInAppositionAfterARoleNounIsAPerson()
    {
        var analysis = Analyze.Body("One rebel commander, Zekeriya Karsli from the Levant Front, said: \"The fall of the airport made things grim.\"");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Zekeriya Karsli").Kind);
        Assert.Equal("Zekeriya Karsli", Assert.Single(analysis.Quotes).Speaker);
    }
    [Fact]
    public void AnAcronymInBracketsSpellsOutTheNameBeforeItConnectorsAndAll()
    {
        var analysis = Analyze.Body(
            "More than 100,000 people joined a nationwide \"walk-in,\" according to the event organizer Alliance to Rebuild Public Schools (ARPS).",
            "ARPS said it would hold more events.");
        var alliance = Actor(analysis, "Alliance to Rebuild Public Schools");
        Assert.Contains("ARPS", alliance.Aliases);
        Assert.Equal("Alliance to Rebuild Public Schools", analysis.Quote("walk-in").Speaker);
    }

    [Fact]
    public void ReportersNamedInACreditLineAreNotActors()
    {
        var analysis = Analyze.Body("Foreign Minister Karim Nassar met the envoy on Monday.",
            "Tomas Berg and Ana Lindqvist contributed to this report.");
        Assert.Contains(analysis.Actors, a => a.Name == "Karim Nassar");
        Assert.DoesNotContain(analysis.Actors, a => a.Name is "Tomas Berg" or "Ana Lindqvist");
    }

    [Fact]
    public void TheEmployerOfAnAnalystIsAnOrganisation()
    {
        var analysis = Analyze.Body("\"Prices will rise,\" said Mira Holm, a senior analyst at Veltrix, which advises shippers.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Veltrix").Kind);
    }

    [Fact]
    public void ThePlaceWherePeopleAreHeldIsNoEmployer()
    {
        var analysis = Analyze.Body("Officials at Grenmoor said the detention of six men at Castlebury was lawful.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name is "Grenmoor" or "Castlebury");
    }

    [Fact]
    public void TheGovernmentOfACountryIsThatState()
    {
        var analysis = Analyze.Body("Aid agencies asked the Government of Jordan to open the crossing, and Jordanian officials agreed.");
        Assert.Contains("Government of Jordan", Actor(analysis, "Jordan").Aliases);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Government of Jordan");
    }

    [Fact]
    public void ALegislatureNamedAloneIsAnOrganisation()
    {
        var analysis = Analyze.Body("The minister urged Parliament to approve the budget, and Parliament voted on Tuesday.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Parliament").Kind);
    }

    [Fact]
    public void ALegislatureQualifyingANounIsNoActor()
    {
        var analysis = Analyze.Body("She won a Senate seat in 2010 and hopes to keep it until the next Congress.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name is "Senate" or "Congress");
    }

    [Fact]
    public void ADepartmentNamedBothWaysIsOneActor()
    {
        var analysis = Analyze.Body("The Department of Agriculture said on Monday that exports fell.",
            "The Agriculture Department also said imports rose.");
        var department = Assert.Single(analysis.Actors, a => a.Name.Contains("Agriculture", StringComparison.Ordinal));
        Assert.Contains("Agriculture Department", department.Aliases.Append(department.Name));
        Assert.Contains("Department of Agriculture", department.Aliases.Append(department.Name));
    }

    [Fact]
    public void TheCountriesInsideAGroupsLongNameAreNotActors()
    {
        var analysis = Analyze.Body("The campaign against Islamic State in Iraq and Syria, a spokesman said, would go on.");
        Assert.Contains("Islamic State in Iraq and Syria", Actor(analysis, "Islamic State").Aliases);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Iraq");
    }

    [Fact]
    public void PeopleListedAfterAPluralRoleNounAndADashArePeople()
    {
        var analysis = Analyze.Body("Her two predecessors - Tomas Varga and Ilse Brunnhuber - both resigned within a year.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Tomas Varga").Kind);
        Assert.Equal(ActorKind.Person, Actor(analysis, "Ilse Brunnhuber").Kind);
    }

    [Fact]
    public void ALanguageOrADemonymBeforeAMediaNounIsNoActor()
    {
        var analysis = Analyze.Body("He told Arabic news channel Al Mayadeen that talks had stalled. Iraqi television showed the damage.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name is "Arabic" or "Iraqi");
    }

    [Fact]
    public void ANameInBracketsAfterAGroupTranslatesIt()
    {
        var analysis = Analyze.Body("Its commander, representing the Sultan Murad Division (Brigade of Truth), a rebel group in Homs, said he would attend.");
        Assert.Contains(analysis.Actors, a => a.Aliases.Contains("Brigade of Truth"));
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Brigade of Truth");
    }

    [Fact]
    public void AnOwnersNameWithoutItsApostropheIsTheSamePerson()
    {
        var analysis = Analyze.Body("The deal lets President Omar Haddads government retake the town. President Omar Haddad welcomed it.");
        Assert.Single(analysis.Actors, a => a.Name.StartsWith("Omar Haddad", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameRightAfterARebelGroupNounIsTheGroup()
    {
        var analysis = Analyze.Body("\"The road is cut,\" a member of the rebel group Thuwar al-Sahel told reporters.");
        Assert.Equal(ActorKind.ArmedGroup, Actor(analysis, "Thuwar al-Sahel").Kind);
    }

    [Fact]
    public void AnAppositionNamingAnAgencyMakesAnOrganisationNotAPerson()
    {
        var analysis = Analyze.Body(
            "Nabaa, a news agency close to the militants, said its fighters had attacked.",
            "Karim Haddad, a military spokesman, said the army had repelled them.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Nabaa").Kind);
        Assert.Equal(ActorKind.Person, Actor(analysis, "Karim Haddad").Kind);
    }

    [Fact]
    public void APluralHeadWordNamesABodyOfSeveral()
    {
        var analysis = Analyze.Body("Forty people died according to the Local Relief Committees in the area.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Local Relief Committees").Kind);
    }

    [Theory]
    [InlineData("\"We have nothing left,\" said Karimo, a traffic officer in the old market.", "Karimo")]
    [InlineData("\"We have nothing left\" said Karimo a traffic officer in the old market.", "Karimo")]
    [InlineData("\"We have nothing left,\" Lailo, 31, said.", "Lailo")]
    [InlineData("\"We have nothing left\" Lailo 31 said.", "Lailo")]
    public void ASpeakerNamedByOneNameAndDescribedIsAPerson(string paragraph, string name)
    {
        var analysis = Analyze.Body("Residents of the camp waited for two days.", paragraph);
        Assert.Equal(ActorKind.Person, Actor(analysis, name).Kind);
    }

    [Fact]
    public void ASingleUnknownWordThatSpeaksWithoutADescriptionIsStillDropped()
    {
        var analysis = Analyze.Body("\"We will wait,\" Tags said.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Tags");
    }

    [Theory]
    [InlineData("Tags Syria Related Syrian Army Kills Dozens of Militants in Homs.", "Syrian Army Kills")]
    [InlineData("Read more: Ambulance Near Hama Delivered Aid to Families.", "Ambulance Near Hama Delivered")]
    [InlineData("Watch Live Schedule Related News Iraqs Oil Output.", "Related News Iraqs")]
    [InlineData("More stories: Led Coalition Bombs School and Mosque in Raqqa.", "Coalition Bombs School")]
    public void AHeadlineInTitleCaseOrPageFurnitureIsNoActor(string paragraph, string notAnActor)
    {
        var analysis = Analyze.Body("The army said on Monday it had retaken the village.", paragraph);
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains(notAnActor, StringComparison.Ordinal));
    }

    [Fact]
    public void ANameWithNearEastIsStillAName()
    {
        var analysis = Analyze.Body("Analysts at the Arlington Institute for Near East Policy said the truce was fragile.");
        Assert.Contains(analysis.Actors, a => a.Name == "Arlington Institute for Near East Policy");
    }

    [Fact]
    public void ACuratedPersonNamedOnlyInThePossessiveWithoutAnApostropheIsThatPerson()
    {
        var analysis = Analyze.Body("Air strikes in support of regime leader Bashar al Assads forces continued on Monday.");
        Assert.Contains(analysis.Actors, a => a.Name == "Bashar al-Assad");
        Assert.DoesNotContain(analysis.Actors, a => a.Name.EndsWith("Assads", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceNameWithAParticleAfterALocativePrepositionIsNoPerson()
    {
        var analysis = Analyze.Body("Three air raids hit homes in Daraa al-Balad on Tuesday, and a car bomb exploded nearby.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name.StartsWith("Daraa", StringComparison.Ordinal));
    }

    [Fact]
    public void AFullNameRightAfterAPlaceWhoseCommaWasLostIsStillAPerson()
    {
        var analysis = Analyze.Body("The UN relief coordinator in Syria Ali al-Masri said aid had not arrived.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Ali al-Masri").Kind);
    }

    [Theory]
    [InlineData("The coalition is leading air strikes against militant positions in both Iraq and Syria.")]
    [InlineData("Fighters crossed from either Turkey or Iraq last year.")]
    public void ACountryNamedOnlyAsALocationIsNoActingState(string paragraph)
    {
        Assert.DoesNotContain(Analyze.Body(paragraph).Actors, a => a.Name == "Iraq");
    }

    [Fact]
    public void AParticleNameAfterALocativeAndBeforeInAPlaceIsNoPerson()
    {
        var analysis = Analyze.Body("Three children were killed in five air raids on Kafr al-Zaytoun in Idlib province.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains("Zaytoun", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rebels were shelled near the Turkish border on Monday.", "Turkey")]
    [InlineData("The delegates met in the Swiss city for two days.", "Switzerland")]
    [InlineData("The militants had seized the Iraqi city of Mosul two years ago.", "Iraq")]
    [InlineData("Government troops were backed by Lebanese Hezbollah fighters.", "Lebanon")]
    [InlineData("The town fell to an Iraqi Shiite militia fighting beside the army.", "Iraq")]
    public void ADemonymThatOnlyLocatesALandOrAGroupNamesNoActingState(string paragraph, string state)
    {
        Assert.DoesNotContain(Analyze.Body(paragraph).Actors, a => a.Name == state);
    }

    [Fact]
    public void ADemonymBeforeAnActingNounStillNamesItsState()
    {
        var analysis = Analyze.Body("Turkish troops shelled the town, and the Turkish government said it would go on.");
        Assert.Equal(ActorKind.State, Actor(analysis, "Turkey").Kind);
    }

    [Theory]
    [InlineData("The militants control much of eastern Syria and northern Iraq.")]
    [InlineData("The group holds swathes of Syria and Iraq.")]
    public void ACountryNamedByItsPartOrExtentIsNoActingState(string paragraph)
    {
        Assert.DoesNotContain(Analyze.Body(paragraph).Actors, a => a.Name == "Iraq");
    }

    [Fact]
    public void ANameSetOffByCommasRightBeforeItsSpeechVerbIsAPerson()
    {
        var analysis = Analyze.Body("A veteran dissident who is not part of the council, Nouri Tabbak, said he would stay away from the talks.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Nouri Tabbak").Kind);
    }

    [Fact]
    public void AOneNameSpeakerRightAfterTheirEmployerIsAPersonApartFromTheEmployer()
    {
        var analysis = Analyze.Body("Surgeon at the Hama University Hospital Kassem told reporters the wards were full.");
        Assert.Equal(ActorKind.Person, Actor(analysis, "Kassem").Kind);
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Hama University Hospital").Kind);
    }

    [Fact]
    public void ADemonymBeforeALowerCaseMinistryNamesThatMinistryBesideItsState()
    {
        var analysis = Analyze.Body("Twelve people were killed, a Syrian interior ministry statement said. The Turkish foreign ministry declined to comment.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Syrian interior ministry").Kind);
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Turkish foreign ministry").Kind);
        Assert.Equal(ActorKind.State, Actor(analysis, "Turkey").Kind);
    }

    [Fact]
    public void ASpeakerNamedInFullIsAnActorEvenWhenOnlyTheAttributionPlacesTheName()
    {
        var analysis = Analyze.Body(
            "Crowds filled the square. Dorukan Velibey, press officer to the Intelligence Directorate, told CNN: \"The situation is under control.\"");
        Assert.Equal("Dorukan Velibey", analysis.Quote("The situation").Speaker);
        Assert.Equal(ActorKind.Person, Actor(analysis, "Dorukan Velibey").Kind);
    }

    [Fact]
    public void AOneWordSpeakerOpeningTheSentenceIsNoNewActor()
    {
        var analysis = Analyze.Body("\"The truce is holding,\" Diplomats said on Friday.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Diplomats");
    }

    [Fact]
    public void AQuotedNameBeforeItsMediumIsAnOutletAndTheMediumAloneIsNoActor()
    {
        var analysis = Analyze.Body("Forty fighters were killed, according to the opposition \"Zaytoun\" TV network.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Zaytoun").Kind);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "TV");
    }

    [Theory]
    [InlineData("Thirty children died in the blast at the Hamid al-Zaher school in Homs.", "Hamid al-Zaher")]
    [InlineData("Rockets hit the crowded Saad al Jabiri square on Tuesday.", "Saad al Jabiri")]
    [InlineData("Fighting raged near the Jamiyat al Zahraa neighborhood overnight.", "Jamiyat al Zahraa")]
    public void ANameBeforeALowerCaseFacilityNamesTheSiteNotAnActor(string paragraph, string name)
    {
        Assert.DoesNotContain(Analyze.Body(paragraph).Actors, a => a.Name.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void AByNameInBracketsAfterAPersonIsAnAliasOfThatPerson()
    {
        var analysis = Analyze.Body("Rebels confirmed the killing of commander Omar Haddad (Abu Khaled) in Duma.");
        Assert.Contains("Abu Khaled", Actor(analysis, "Omar Haddad").Aliases);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Abu Khaled");
    }

    [Fact]
    public void AKnownGroupNameBeforeAnArabicNameOfItsOwnIsAnotherGroup()
    {
        var analysis = Analyze.Body("Fighters of Hezbollah al-Tawhid a small Iraqi movement attacked the town.");
        Assert.Equal(ActorKind.ArmedGroup, Actor(analysis, "Hezbollah al-Tawhid").Kind);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Hezbollah");
    }

    [Fact]
    public void ACountryOpeningAGroupNameAfterALocativeIsWhereTheGroupIs()
    {
        var analysis = Analyze.Body("But the branch in Syria Al-Tawhid Front said it was behind the bombing.");
        Assert.Equal(ActorKind.ArmedGroup, Actor(analysis, "Al-Tawhid Front").Kind);
        Assert.DoesNotContain(analysis.Actors, a => a.Name.StartsWith("Syria ", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountrysPossessiveWithItsApostropheLostBeforeAMinistryNamesThatMinistry()
    {
        var analysis = Analyze.Body("Russias defence ministry announced the downing of the helicopter.");
        Assert.Equal(ActorKind.Organization, Actor(analysis, "Russias defence ministry").Kind);
    }

    [Theory]
    [InlineData("In May Ahrar al-Shams leader was killed in an air strike.")]
    [InlineData("Rebels including members of Nusra al-Qaedas affiliate in Syria fought on.")]
    public void AGroupNameBeforeItsOwnOrAnotherKnownNameWithALostApostropheIsNoNewGroup(string paragraph)
    {
        var analysis = Analyze.Body(paragraph);
        Assert.DoesNotContain(analysis.Actors, a => a.Name is "May Ahrar al-Shams" or "Nusra al-Qaedas");
    }

    [Fact]
    public void APlaceWronglyTakenForASpeakerIsNoNewActor()
    {
        var analysis = Analyze.Body(
            "Strikes killed 14 civilians near the town of Al Mayadeen in eastern Syria.",
            "The group proclaimed a \"caliphate\" in 2014.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Al Mayadeen");
    }

    [Fact]
    public void ADateOpeningASentenceIsNoSpeakerActor()
    {
        var analysis = Analyze.Body("Following Wednesdays reports the monitor called upon the U.N. team \"to visit the areas\".");
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains("Wednesday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("But Al-Qaedas branch in Syria claimed the bombing.", "al-Qaida")]
    [InlineData("Russias army moved north overnight.", "Russia")]
    public void AOneWordNameWhosePossessiveApostropheWasLostIsStillThatActor(string paragraph, string name)
    {
        Assert.Contains(Analyze.Body(paragraph).Actors, a => a.Name == name);
    }
    [Fact]
    public void AWireStoryCodeInBracketsIsNoActor()
    {
        var analysis = Analyze.Body("The agency said the battles had worsened the plight of residents.[L5N17V4IO] Karim Haddad of the Civil Defence told reporters 40 people died.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains("L5N17V4IO", StringComparison.Ordinal));
    }

    [Fact]
    public void APersonNamedAfterAnOrganisationWhoseCommasWereLostIsThePerson()
    {
        var analysis = Analyze.Body("Vice-president of the Syrian Coalition Marwan Qassab said that the strikes must stop. Qassab added that talks were dead.");
        Assert.Contains(analysis.Actors, a => a.Name == "Marwan Qassab" && a.Kind == ActorKind.Person);
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains("Coalition Marwan", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOrganisationNameJoinedByForIsOneActor()
    {
        var analysis = Analyze.Body("Meanwhile the National Coalition for Syrian Revolution and Opposition Forces said the attack killed 100 people.");
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Syrian Revolution and Opposition Forces");
    }

    [Fact]
    public void AKnownPersonsPossessiveWhoseApostropheWasLostNamesThePerson()
    {
        var analysis = Analyze.Body("Russia wants Syrians to accept Assads terms or face more bombing.");
        Assert.Contains(analysis.Actors, a => a.Name == "Bashar al-Assad");
    }
}
