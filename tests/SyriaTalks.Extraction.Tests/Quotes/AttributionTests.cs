namespace SyriaTalks.Extraction.Tests.Quotes;

public class AttributionTests
{
    [Theory]
    [InlineData("\"We will attend,\" said Staffan de Mistura.")]
    [InlineData("Staffan de Mistura said, \"We will attend.\"")]
    [InlineData("\"We will attend,\" Staffan de Mistura said.")]
    [InlineData("Staffan de Mistura said: \"We will attend.\"")]
    [InlineData("\"We will attend,\" Staffan de Mistura told reporters on Wednesday.")]
    [InlineData("\"We will attend,\" according to Staffan de Mistura.")]
    public void TheNamedSpeakerIsFoundBeforeOrAfterTheQuote(string paragraph)
    {
        var quote = Assert.Single(Analyze.Body(paragraph).Quotes);
        Assert.Equal("Staffan de Mistura", quote.Speaker);
    }

    [Fact]
    public void TheCueVerbAndTheAddresseeAreKept()
    {
        var quote = Assert.Single(Analyze.Body("\"It will be easy to get a ceasefire,\" a Western diplomat told Reuters.").Quotes);
        Assert.Equal("Western diplomat", quote.Speaker);
        Assert.Equal("told", quote.Cue);
        Assert.Equal("Reuters", quote.Addressee);
    }

    [Fact]
    public void AnInvertedSpeakerKeepsTheAddresseeAfterTheName()
    {
        var quote = Analyze.Body("\"There is nothing to negotiate. Just go home,\" said HNC member Basma Kodmani to BBC.").Quote("There is");
        Assert.Equal("Basma Kodmani", quote.Speaker);
        Assert.Equal("BBC", quote.Addressee);
    }

    [Fact]
    public void ADescriptorSplitsIntoPersonRoleAndAffiliation()
    {
        var analysis = Analyze.Body(
            "Officials from the High Negotiations Committee (HNC) met in Geneva.",
            "\"Just go home,\" said HNC member Basma Kodmani.");
        var quote = analysis.Quote("Just go home");
        Assert.Equal("Basma Kodmani", quote.Speaker);
        Assert.Equal("member", quote.SpeakerRole);
        Assert.Equal("High Negotiations Committee", quote.SpeakerAffiliation);
    }

    [Fact]
    public void AHeSaidQuoteGoesToThePersonQuotedJustBefore()
    {
        var analysis = Analyze.Body(
            "\"U.S. policy was based on false assumptions,\" said Christopher Harmer, an analyst with the Institute for the Study of War.",
            "\"The Assad regime has no interest in a political solution,\" he said.");
        Assert.Equal("Christopher Harmer", analysis.Quote("The Assad regime").Speaker);
    }

    [Fact]
    public void APronounInTheNextSentenceResolvesToThePreviousSpeaker()
    {
        var analysis = Analyze.Body(
            "\"This is not the end,\" said de Mistura, the U.N. special envoy, to reporters. He noted both sides are \"interested in having the political process started.\"");
        Assert.Equal("Staffan de Mistura", analysis.Quote("interested").Speaker);
    }

    [Fact]
    public void AQuoteStandingAloneContinuesThePreviousParagraphsSpeaker()
    {
        var analysis = Analyze.Body(
            "Riad Hijab told reporters on Friday that the opposition had no optimism.",
            "\"We are not afraid of the U.S.-Russian rapprochement.\"");
        Assert.Equal("Riad Hijab", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void AColonIntroductionNamesTheSpeaker()
    {
        var quote = Assert.Single(Analyze.Body("A U.N. spokesperson confirmed the claims Wednesday, saying to Reuters: \"the U.N. has received reports of displacement.\"").Quotes);
        Assert.Equal("U.N. spokesperson", quote.Speaker);
        Assert.Equal("United Nations", quote.SpeakerAffiliation);
        Assert.Equal("Reuters", quote.Addressee);
    }

    [Fact]
    public void AnAnonymousSpeakerKeepsItsDescription()
    {
        var quote = Assert.Single(Analyze.Body("\"The Russians are playing cat and mouse with Kerry,\" said a senior European diplomat.").Quotes);
        Assert.Equal("senior European diplomat", quote.Speaker);
    }

    [Fact]
    public void TheDefiniteDescriptionOfAnEarlierSourceIsThatSource()
    {
        var analysis = Analyze.Body(
            "But one U.N. diplomatic source said Russia was \"stringing Kerry along\" in Munich.",
            "\"It's clear that Russia doesn't want a negotiated solution,\" said the diplomatic source, speaking on condition of anonymity.");
        Assert.Equal("U.N. diplomatic source", analysis.Quote("It's clear").Speaker);
    }

    [Fact]
    public void TheOrganisationNamedEarlierSpeaksAsTheGroup()
    {
        var analysis = Analyze.Body(
            "Mohamad Alloush, head of Jaish al-Islam's political office, told Reuters the truce was failing.",
            "His group, in a separate statement, said a ceasefire was not possible while \"militias and states kill our people\".");
        Assert.Equal("Jaish al-Islam", analysis.Quote("militias").Speaker);
    }

    [Fact]
    public void AnAppositionAfterTheDescriptionNamesTheSpeaker()
    {
        var quote = Assert.Single(Analyze.Body("\"Al-Nusra is a problematic point,\" said a senior opposition figure, Khaled Khoja.").Quotes);
        Assert.Equal("Khaled Khoja", quote.Speaker);
    }

    [Fact]
    public void AParticipleClauseSpeaksForTheSubjectOfTheSentence()
    {
        var quote = Assert.Single(Analyze.Body(
            "The Kremlin rejects claims that it has abandoned diplomacy, saying it would continue to help Assad fight \"terrorist groups\".").Quotes);
        Assert.Equal("Kremlin", quote.Speaker);
    }

    [Fact]
    public void ASignatureAfterADashIsTheSpeaker()
    {
        var quote = Assert.Single(Analyze.Body("\u201CHe is ignorant of our culture.\u201D \u2015 Pamela Padilla").Quotes);
        Assert.Equal("Pamela Padilla", quote.Speaker);
    }

    [Fact]
    public void ABracketedAsideDoesNotHideTheSpeaker()
    {
        var quote = Assert.Single(Analyze.Body("\u201CIt\u2019s a dog whistle,\u201D Rep. Gwen Moore (D-Wis.) said Friday.").Quotes);
        Assert.Equal("Gwen Moore", quote.Speaker);
    }

    [Fact]
    public void ASpokeswomanForAPersonIsThatPersonsSpokeswomanAndSheKeepsSpeaking()
    {
        var analysis = Analyze.Body(
            "A spokeswoman for British Prime Minister David Cameron said Putin was told the truce must be used.",
            "Asked how Putin had responded, the spokeswoman said there was no detailed discussion.",
            "\"We all know this is one of the trickiest points,\" she said.");
        Assert.Equal("Cameron's spokeswoman", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void ItResolvesToTheStateNamedEarlierInTheSentence()
    {
        var quote = Assert.Single(Analyze.Body(
            "The Lebanese Hezbollah group has sent fighters to back Assad while Iran has dispatched what it refers to as \"military advisers\".").Quotes);
        Assert.Equal("Iran", quote.Speaker);
    }

    [Fact]
    public void APlaceBetweenCommasIsNotTheSubject()
    {
        var quote = Assert.Single(Analyze.Body("Speaking at a rally in Novi, Michigan, Donald Trump says he is making \u201Ca demand\u201D of Obama.").Quotes);
        Assert.Equal("Donald Trump", quote.Speaker);
    }

    [Fact]
    public void APartialQuoteWithoutASpeechVerbBelongsToTheSentencesSubject()
    {
        var quote = Assert.Single(Analyze.Body(
            "In July, Newt Gingrich cynically dismissed NATO member Estonia as being in the \u201Csuburbs of St. Petersburg.\u201D").Quotes);
        Assert.Equal("Newt Gingrich", quote.Speaker);
    }

    [Fact]
    public void AReportingClauseAfterTheContentNamesTheSpeakerNearestTheVerb()
    {
        var analysis = Analyze.Body(
            "Islamic State fighters are adapting, Seth Jones, an analyst with the RAND Corp, told Reuters.",
            "\u201CIt looks like they are abandoning the areas,\u201D he said.");
        Assert.Equal("Seth Jones", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void AQuotedSubheadInCapitalsHasNoSpeaker()
    {
        var analysis = Analyze.Body("De Mistura said Syria faced a \"moment of truth\".", "\"MOMENT OF TRUTH\"", "Talks went on.");
        Assert.Null(analysis.Quote("MOMENT").Speaker);
        Assert.Equal("Staffan de Mistura", analysis.Quote("moment").Speaker);
    }

    [Fact]
    public void AHeadlineQuoteGoesToTheHeadlinesSubjectAsTheBodyNamesHim()
    {
        var analysis = Analyze.Article("Flynn says Trump 'absolutely right' on generals", "Michael Flynn spoke on Thursday.");
        var quote = Assert.Single(analysis.Quotes, q => q.InHeadline);
        Assert.Equal("Michael Flynn", quote.Speaker);
    }

    [Fact]
    public void ProsecutorsWhoAllegeSpeakAndAPairIsNoSpeaker()
    {
        var analysis = Analyze.Body(
            "Federal prosecutors alleged that the two guards \"browsed the Internet\" during their shift.",
            "Tova Reyes and Mark Dunn signed \"false certifications\" about their rounds, according to court records.");
        Assert.Equal("Federal prosecutors", analysis.Quote("browsed").Speaker, ignoreCase: true);
        Assert.Equal("Federal prosecutors", analysis.Quote("false certifications").Speaker, ignoreCase: true);
    }

    [Fact]
    public void AClaimOwnedByAnotherIsNoVerbSoTheReportingSubjectSpeaks()
    {
        var quote = Assert.Single(Analyze.Body(
            "Cmdr. Sean Ruiz, a spokesman for the coalition, said that the Russian ministry's claim was \"patently false.\"").Quotes);
        Assert.Equal("Sean Ruiz", quote.Speaker);
    }

    [Fact]
    public void TheOwnerOfAnAnnouncementSpeaksItsQuotedWords()
    {
        var quote = Assert.Single(Analyze.Body(
            "Governor Alan Brooks spoke in March. Despite Brooks's announcement that the budget was \"balanced at last,\" the deficit grew.").Quotes);
        Assert.Equal("Alan Brooks", quote.Speaker);
    }

    [Fact]
    public void AStateMinistryNamedByItsDemonymIsTheMinistry()
    {
        var quote = Assert.Single(Analyze.Body(
            "The Russian and Syrian defense ministries accused the coalition of protecting \"bandit formations\" near the border.").Quotes);
        Assert.Equal("Russian Defense Ministry", quote.Speaker);
    }

    [Fact]
    public void ARelativeClauseAfterTheSpeakerNamesNoSpeaker()
    {
        var analysis = Analyze.Body(
            "Michael Dunn was charged on Tuesday.",
            "Laura Pike, who represents Dunn, said her client would fight the charges. She said a guilty plea would \"ruin his life.\"");
        Assert.Equal("Laura Pike", analysis.Quote("ruin").Speaker);
    }

    [Fact]
    public void AQuestionEndingItsSentenceIsAttributedByTheNextSentence()
    {
        var analysis = Analyze.Body(
            "The two sides met in Beijing.",
            "\"Without a rollback, what is the incentive?\" He Jianxiong, a former fund director, said at an event in Washington.");
        Assert.Equal("He Jianxiong", analysis.Quote("Without").Speaker);
    }

    [Fact]
    public void AnAnonymousSourceWithItsOwnPlaceDropsThePossessor()
    {
        var quote = Assert.Single(Analyze.Body(
            "Reporter Dana Kell's source inside the camp, a refugee who asked not to be named, said the claim was \"absolutely not true.\"").Quotes);
        Assert.Equal("source inside the camp", quote.Speaker);
    }

    [Fact]
    public void ASentenceAdverbBeforeACommaIsNoSpeaker()
    {
        var analysis = Analyze.Body(
            "FactWatch rated most Republican claims as false. Conversely, FactWatch rated a fifth of Democratic claims as \"entirely true\" last year.");
        Assert.Equal("FactWatch", analysis.Quote("entirely").Speaker);
    }

    [Fact]
    public void APronounAfterAPossessedSubjectIsItsOwner()
    {
        var analysis = Analyze.Body(
            "Critics, among them Dr. Helen Marsh, spoke out on Monday.",
            "Dr. Victor Lamb's diet advice earned him a Senate hearing, where he appeared for his role in selling diet pills and for saying that a tea was a \"miracle cure for every body.\"");
        Assert.Equal("Victor Lamb", analysis.Quote("miracle").Speaker);
    }

    [Fact]
    public void ARunInHeadIsNoSpeaker()
    {
        var analysis = Analyze.Body(
            "Nora Bell spoke first.",
            "SENATE HAS INVESTIGATED HIM \u2014 Dr. Victor Lamb's diet advice earned him a hearing, where he appeared for his role in selling pills and for saying that a tea was a \"miracle cure.\"");
        Assert.DoesNotContain(analysis.Actors, a => a.Name.Contains("INVESTIGATED", StringComparison.Ordinal));
        Assert.Equal("Victor Lamb", analysis.Quote("miracle").Speaker);
    }

    [Fact]
    public void ASpeakerWhoDemandsIsTheSpeaker()
    {
        var analysis = Analyze.Body(
            "Sen. Jon Teller and Sen. David Vine questioned the bank chief on Tuesday.",
            "\"Every time you say that,\" Teller said, \"you give ammunition to the critics.\"",
            "\"Why is this bank not too big to manage?\" Vine demanded.");
        Assert.Equal("David Vine", analysis.Quote("Why is").Speaker);
    }
    [Fact]
    public void WordsGoingOnWithAPartialQuoteAreNoPartOfTheSpeakerAfterThem()
    {
        var analysis = Analyze.Body(
            "Deputy Prime Minister Ola Berglund spoke in Oslo on Friday.",
            "Norway has reached the limit of its \"capacity to host\" migrants but will continue to accept them, the deputy premier said Sunday.");
        var quote = analysis.Quote("capacity to host");
        Assert.Equal("Ola Berglund", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void ALedeNamingOnlyARoleIsThePersonNamedWithThatRoleFurtherDown()
    {
        var analysis = Analyze.Body(
            "BEIRUT The United Nations Syria envoy expects a slow start to the talks, with delegations arriving for \"proximity meetings\", he said in an interview.",
            "\"We begin on Monday,\" said envoy Staffan de Mistura.");
        Assert.Equal("Staffan de Mistura", analysis.Quote("proximity meetings").Speaker);
    }
    [Fact]
    public void AQuotationInAClauseOfItsOwnIsThatClausesSubjectsNotTheEarlierSpeakers()
    {
        var analysis = Analyze.Body(
            "\"Are we ahead?\" Marta Lind said to the screen.",
            "\"Soon,\" she said, but her husband was asleep, and as Governor Halvard Stone went on about \"a rigged system\" and \"forgotten towns,\" the room fell silent.");
        Assert.Equal("Halvard Stone", analysis.Quote("a rigged system").Speaker);
        Assert.Equal("Halvard Stone", analysis.Quote("forgotten towns").Speaker);
    }

    [Fact]
    public void AConjunctionWithoutANewSubjectKeepsTheReportingVerb()
    {
        var analysis = Analyze.Body(
            "The committee will attend the talks, Riad Hijab said, but \"we have no optimism at all.\"",
            "The Syrian army urged citizens in Deraa province, and in rural districts east of Aleppo, to seek out \"reconciliation\" with the government.");
        Assert.Equal("Riad Hijab", analysis.Quote("we have no optimism").Speaker);
        Assert.Equal("Syrian government", analysis.Quote("reconciliation").Speaker);
    }

    [Fact]
    public void ANameOpeningTheSentenceOwnsAPhraseItQuotesWithoutASpeechVerb()
    {
        var analysis = Analyze.Body(
            "\"We will win,\" Marta Lind said on Monday.",
            "Governor Halvard Stone openly admires the Russian president as a \"true patriot,\" comparing him to his rivals.");
        Assert.Equal("Halvard Stone", analysis.Quote("true patriot").Speaker);
    }

    [Fact]
    public void AQuotationStandingAloneAfterASentenceAboutANamedPersonIsTheirs()
    {
        var analysis = Analyze.Body(
            "\"We must support the police,\" Marta Lind said on CNN.",
            "On \"Morning Talk,\" Sen. Halvard Stone (Vt.), who lost the primary, named bigotry as the reason young voters stay home. \"Young people are sick and tired of it.\"");
        Assert.Equal("Halvard Stone", analysis.Quote("Young people").Speaker);
    }
    [Fact]
    public void AQuotationInsideATranscriptTurnBelongsToTheTurnsSpeaker()
    {
        var analysis = Analyze.Body(
            "Vice presidential candidate Tim Halvorsen spoke to the host on Sunday. Partial transcript as follows:",
            "\"HOST: Why would he do that?",
            "\"HALVORSEN: Well, look, Jane Doyle apparently thinks this is an episode of \"Dragon's Den.\" But this is serious business.");
        Assert.Equal("Tim Halvorsen", analysis.Quote("Dragon's Den").Speaker);
    }

    [Fact]
    public void TheAgentOfAPassiveVerbOfWritingIsTheAuthor()
    {
        var analysis = Analyze.Body(
            "Marta Lind sang Bruce Springsteen's \"Born to Run\" at the rally on Monday.",
            "\"Streets of Fire\" was written by Springsteen in 1977.");
        Assert.Equal("Bruce Springsteen", analysis.Quote("Streets of Fire").Speaker);
    }

    [Fact]
    public void TheOwnerOfAStatementSpeaksOnlyTheWordsItHoldsNotTheVerdictOnIt()
    {
        var analysis = Analyze.Body(
            "FactWatch then ruled that Governor Halvard Stone's statement about \"record crime\" in Chicago is \"mostly true,\" with caveats.");
        Assert.Equal("Halvard Stone", analysis.Quote("record crime").Speaker);
        Assert.Equal("FactWatch", analysis.Quote("mostly true").Speaker);
    }

    [Theory]
    [InlineData("The army denied any involvement, issuing a statement blaming \"terrorist groups\" for the attack.", "army")]
    [InlineData("Fighting went on in Idlib. The new \"regime of calm\" will last one day, the ministry said in a statement.", "ministry")]
    public void AnInstitutionTheArticleNamesNoFurtherKeepsItsDescription(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Analyze.Body(paragraph).Quotes).Speaker);
    }

    [Fact]
    public void TheArmyOfTheStateTheArticleNamedIsThatState()
    {
        var analysis = Analyze.Body("Syria declared brief local truces on Friday. The new \"regime of calm\" will last one day, the army said in a statement.");
        Assert.Equal("Syrian government", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void TheNounThatDescribedAnOrganisationWhereItWasNamedStandsForIt()
    {
        var analysis = Analyze.Body(
            "The Syrian rebel coalition known as the High Negotiations Committee met in Riyadh on Saturday.",
            "The coalition said Russia had \"shown disdain for the lives of Syrians.\"");
        Assert.Equal("High Negotiations Committee", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void ASoCalledTermIsNobodysQuotation()
    {
        var analysis = Analyze.Body(
            "\"We are ready,\" Russian Foreign Minister Sergei Lavrov said on Monday.",
            "The so-called \"proximity talks\" between the delegations adjourned last month.");
        Assert.Null(analysis.Quote("proximity talks").Speaker);
    }
    [Fact]
    public void APronounOpeningASentenceIsThePersonTheSentenceBeforeWasAbout()
    {
        var analysis = Analyze.Body(
            "\"You should resign,\" Senator Jeff Merkley said.",
            "In a statement on Tuesday, presidential nominee Marta Lind was more careful. Though she called the bank's conduct \"outrageous,\" she stopped short of more.");
        Assert.Equal("Marta Lind", analysis.Quote("outrageous").Speaker);
    }

    [Fact]
    public void HeSaidAfterALongQuotationIsThePersonTheSentenceBeforeReported()
    {
        var analysis = Analyze.Body(
            "\"There is no room for compromise,\" Senator Jeff Merkley said on Monday.",
            "In an October interview Michael Holm did not rule out the plan when asked about it, but said any change must follow a vote among citizens. \"From our side, when the people are ready to move in a certain direction, we will naturally agree to this,\" he said at the time.");
        Assert.Equal("Michael Holm", analysis.Quote("From our side").Speaker);
    }

    [Fact]
    public void HeSaidOpeningAParagraphIsThePersonThePreviousParagraphReported()
    {
        var analysis = Analyze.Body(
            "\"There is no room for compromise,\" Senator Jeff Merkley said on Monday.",
            "In an October interview Michael Holm did not rule out the plan when asked about it, but said any change must follow a vote among citizens.",
            "\"From our side, when the people are ready to move in a certain direction, we will naturally agree to this,\" he said at the time.");
        Assert.Equal("Michael Holm", analysis.Quote("From our side").Speaker);
    }

    [Fact]
    public void TheOfficialOfAnOrganisationIsAnUnnamedPersonNotTheOrganisation()
    {
        var analysis = Analyze.Body(
            "The truce faced \"complete collapse\" because of air strikes, the official of the opposition High Negotiations Committee (HNC) said.");
        var speaker = analysis.Quote("complete collapse").Speaker;
        Assert.NotEqual("High Negotiations Committee", speaker);
        Assert.Contains("official", speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AStatesMinistryInThePossessiveSpeaksForItself()
    {
        var analysis = Analyze.Body(
            "The Kremlin said the blasts showed the need for talks.",
            "France's foreign ministry called the bombings \"odious\", and said violence must stop.");
        var speaker = analysis.Quote("odious").Speaker ?? "";
        Assert.StartsWith("France", speaker, StringComparison.Ordinal);
        Assert.Contains("ministry", speaker, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ATitledNameInARelativeClauseDescribesTheQuotation()
    {
        var analysis = Analyze.Body(
            "Nine people were injured by an explosion that Mayor Halvard Stone described as \"a deliberate act.\"");
        Assert.Equal("Halvard Stone", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void AQuotedNameInsideTheClauseDoesNotHideItsSubject()
    {
        var analysis = Analyze.Body(
            "Marta Lind spoke on Wednesday.",
            "Lind, the former governor, recalled the raid during a \"Leaders Forum\" hosted by NBC News and said she has what the job needs: \"Steadiness, above all.\"");
        Assert.Equal("Marta Lind", analysis.Quote("Steadiness").Speaker);
    }

    [Fact]
    public void OfficialsOpeningASentenceSpeakForTheirOfficeNotForTheApposition()
    {
        var analysis = Analyze.Body(
            "Officials at the Border Investigations Bureau, a division of the Customs Service, said smugglers \"may try new methods\" this year.");
        Assert.Equal("Border Investigations Bureau", Assert.Single(analysis.Quotes).Speaker);
    }
    [Fact]
    public void ASourceNamedByAccordingToIsWhomALaterPronounQuotes()
    {
        var analysis = Analyze.Body(
            "The leaflets urged migrants to move to shelters, according to a government official from the crisis body.",
            "\"Our aim is that no camp exists anymore,\" he said.");
        Assert.Equal("government official", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void DataAndDocumentsAreNoInstitutionsThatSpeak()
    {
        var analysis = Analyze.Body(
            "The Refugee Processing Center said that most refugees are Sunni Muslims.",
            "According to the data, 29 others only specified \"Christian\" as their religion.");
        Assert.NotEqual("data", Assert.Single(analysis.Quotes).Speaker);
    }
    [Fact]
    public void ANameBetweenANounAndItsVerbSpeaksTheQuotationThatRestatesTheNoun()
    {
        var analysis = Analyze.Body(
            "Governor Halvard Stone spoke on Monday.",
            "Negotiators must now translate the purchases Mr. Stone requested — larger purchases \"than any time in our history\" — into a treaty.");
        Assert.Equal("Halvard Stone", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void ANameAfterHowIsNoSpeakerOfTheTermsOfferedToIt()
    {
        var analysis = Analyze.Body(
            "\"We want a deal,\" a European diplomat said.",
            "The hardest topic will be how Prime Minister Ahmet Davutoglu responds to an offer to open new \"chapters\" of the talks.");
        Assert.NotEqual("Ahmet Davutoglu", analysis.Quote("chapters").Speaker);
    }
    [Theory]
    [InlineData("The semi-official news agency quoted Gen. Farzad Esmaili as saying, \"We will help Syria if asked.\"", "Farzad Esmaili")]
    [InlineData("Deputy spokesman Farhan Haq quoted Ban Ki-moon as saying the attacks \"cast a shadow\" on the talks.", "Ban Ki-moon")]
    public void TheOneQuotedAsSayingSpeaksNotTheOutletQuotingThem(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Analyze.Body(paragraph).Quotes).Speaker);
    }

    [Fact]
    public void AnAdverbBetweenTheSubjectAndItsVerbIsNoPartOfTheSpeaker()
    {
        var analysis = Analyze.Body(
            "President Barack Obama spoke to Congress on Tuesday.",
            "The president also said he regretted the state of politics.",
            "\"It is one of the few regrets of my presidency,\" he said.");
        Assert.Equal("Barack Obama", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void APersonNounAfterAnOrganisationMakesAnAnonymousPersonOfIt()
    {
        var quote = Assert.Single(Analyze.Body("A senior EU source monitoring the situation said: \"It looks like a coup.\"").Quotes);
        Assert.Equal("senior EU source", quote.Speaker);
        Assert.Equal("European Union", quote.SpeakerAffiliation);
    }

    [Fact]
    public void AStatementsOwnerSpeaksTheWordsItIsAboutButNotTheVerdictCalledOnIt()
    {
        var analysis = Analyze.Body(
            "FactWatch then ruled that Governor Halvard Stone's statement about \"record crime\" was accurate.",
            "Marta Lind, a senior adviser, called Mr. Stone's remarks on Saturday \"a true wake-up call.\"");
        Assert.Equal("Halvard Stone", analysis.Quote("record crime").Speaker);
        Assert.Equal("Marta Lind", analysis.Quote("a true wake-up call").Speaker);
    }
    [Fact]
    public void AnInvertedSpeakerAfterACommaEndsALongSentenceAroundAPartialQuotation()
    {
        var analysis = Analyze.Body(
            "The crisis will occupy leaders at their summit, when \"very tough discussions\" lie ahead on processing refugees before they head north, said Peter Altmaier.",
            "\"We are not there yet,\" he said.");
        Assert.Equal("Peter Altmaier", analysis.Quote("very tough").Speaker);
        Assert.Equal("Peter Altmaier", analysis.Quote("We are not").Speaker);
    }

    [Fact]
    public void AParticiplesSubjectIsFoundPastAnOpeningAdverbial()
    {
        var analysis = Analyze.Body(
            "President Rodrigo Duterte met investors in Manila.",
            "In a meeting with top business leaders last week, he avoided any mention of an economic agenda, saying \"I never pretended to be an economist.\"");
        Assert.Equal("Rodrigo Duterte", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void ARelativeWordIsNoPartOfTheSpeaker()
    {
        var analysis = Analyze.Body("The camp was cleared in what the government termed a humane operation but which critics say will cause \"chaos and suffering.\"");
        Assert.Equal("critics", Assert.Single(analysis.Quotes).Speaker);
    }
    [Fact]
    public void TheOwnerOfADraftSpeaksThroughIt()
    {
        var analysis = Analyze.Body(
            "European Council President Donald Tusk circulated a proposal on Wednesday.",
            "Tusk's draft says the bloc would work to \"prepare for a decision\" on new talks.");
        Assert.Equal("Donald Tusk", analysis.Quote("prepare for a decision").Speaker);
    }
    [Fact]
    public void AStatementByAnOrganisationIsThatOrganisationsAfterAnOpeningAdverbial()
    {
        var analysis = Analyze.Body(
            "The hospital had an emergency room, Doctors Without Borders said.",
            "In Geneva, a statement by the International Committee of the Red Cross called the attack \"unacceptable.\"");
        Assert.Equal("International Committee of the Red Cross", analysis.Quote("unacceptable").Speaker);
    }
    [Fact]
    public void ThePersonLedToThinkAQuotedPhraseOwnsIt()
    {
        var analysis = Analyze.Body(
            "In July, Governor Halvard Stone dismissed the alliance as \"a relic.\" All this has led the Latvian journalist Marta Lind to fear a \"new Yalta.\"");
        Assert.Equal("Halvard Stone", analysis.Quote("a relic").Speaker);
        Assert.Equal("Marta Lind", analysis.Quote("new Yalta").Speaker);
    }
    [Fact]
    public void AMessageSpeaksForTheAuthorNamedWhereItWasIntroduced()
    {
        var analysis = Analyze.Body(
            "BAGHDAD A new message purporting to come from the spokesman of Islamic State calls on followers to launch attacks.",
            "\"Get prepared, be ready,\" said the message, suggesting attacks on civilian targets.");
        Assert.Equal("Islamic State", Assert.Single(analysis.Quotes).Speaker);
    }
    [Fact]
    public void AQuotationRunningOverParagraphsIsAttributedWhereItOpens()
    {
        var analysis = Analyze.Body(
            "Police found propaganda at the boy's home, the broadcaster says.",
            "Keith Suter, foreign editor of the morning programme, said: \"Clearly this youngster was groomed online.",
            "\"He is just someone who got seduced by online communication.\"",
            "The attack bears similarities to arrests made a year ago.");
        Assert.Equal("Keith Suter", analysis.Quote("Clearly this youngster").Speaker);
    }

    [Fact]
    public void AnHonorificWithoutAFullStopStillIntroducesTheSpeaker()
    {
        var analysis = Analyze.Body(
            "He went on to say the party would vote against the bill, Davis said.",
            "In the Commons, Mr Howard said it would be \"far better if the whole bill had a sunset clause\".");
        Assert.Equal("Howard", analysis.Quote("far better").Speaker);
    }
    [Fact]
    public void AParticipleOpeningTheSentenceIsNoSpeaker()
    {
        var analysis = Analyze.Body("Speaking outside the Olympic Primary School, Mr Brown said: \"It is simply not acceptable.\"");
        Assert.Equal("Brown", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void AnAgencyQuotingSomeoneAsSayingGivesTheOneQuoted()
    {
        var analysis = Analyze.Body(
            "The Tass agency quoted Deputy Defence Minister Ivan Petrov as saying the two armies were planning \"joint\" patrols near the border.");
        Assert.Equal("Ivan Petrov", analysis.Quote("joint").Speaker);
    }

    [Fact]
    public void QuotedAsTellingAfterTheQuotationGivesTheOneQuoted()
    {
        var analysis = Analyze.Body(
            "President Omar Haddad met a delegation of German lawmakers in the capital.",
            "\"The recapture of the old city is a turning point,\" state television quoted Haddad as telling the visitors.");
        Assert.Equal("Omar Haddad", analysis.Quote("The recapture").Speaker);
    }

    [Fact]
    public void ItQuotedHimAsSayingGivesThePersonNotTheOutlet()
    {
        var analysis = Analyze.Body(
            "In a letter to the summit, President Omar Haddad said his country would help, the state news agency said. \"Now is the time to act together,\" it quoted him as saying.");
        Assert.Equal("Omar Haddad", analysis.Quote("Now is the time").Speaker);
    }

    [Fact]
    public void AClauseOfItsOwnNamesTheSpeakerRightBeforeTheVerb()
    {
        var analysis = Analyze.Body(
            "The European Union pressed for new talks on Monday as Ankara hesitated and its neighbour Greece said the border would stay shut to \"economic migrants\" until spring.");
        Assert.Equal("Greece", analysis.Quote("economic migrants").Speaker);
    }

    [Fact]
    public void AReportWithoutThatAfterANounNamesItsSpeaker()
    {
        var analysis = Analyze.Body(
            "The government announced a curfew on Tuesday after a wave of raids the United Nations said showed \"utter contempt\" for civilians.");
        Assert.Equal("United Nations", analysis.Quote("utter contempt").Speaker);
    }

    [Fact]
    public void ANameJoinedByAndToAnotherNameIsNoClauseOfItsOwn()
    {
        var analysis = Analyze.Body(
            "Talks resumed in Vienna and John Kerry and Sergei Lavrov said the ceasefire was \"largely holding\" after a week.");
        Assert.NotEqual("Sergei Lavrov", analysis.Quote("largely holding").Speaker);
    }

    [Theory]
    [InlineData("\"We have nothing left\" said Karim a shop owner in the old market.", "Karim")]
    [InlineData("\"We have nothing left\" Layla 31 said.", "Layla")]
    [InlineData("\"We have nothing left,\" Layla, 31, said.", "Layla")]
    public void AnAppositionWhoseCommasWereLostStillNamesTheSpeaker(string paragraph, string speaker)
    {
        var analysis = Analyze.Body("A resident of the camp said people had waited for two days.", paragraph);
        Assert.Equal(speaker, analysis.Quote("We have nothing left").Speaker);
    }

    [Fact]
    public void APersonNounAfterAPersonsNameIsSomeoneCloseToThem()
    {
        var analysis = Analyze.Body(
            "President Omar Haddad did not attend the meeting.",
            "Underlining confidence in the capital, a senior Haddad aide repeated that the \"war on terror\" came first.");
        var quote = analysis.Quote("war on terror");
        Assert.NotEqual("Omar Haddad", quote.Speaker);
        Assert.Equal("senior Haddad aide", quote.Speaker);
    }

    [Fact]
    public void AnInstitutionOpeningAWhatClauseSpeaksItsPhrase()
    {
        var analysis = Analyze.Body(
            "Syrian troops backed by Russian jets retook the town on Monday, dealing what the army called a \"decisive blow\" to the insurgents.");
        Assert.Equal("Syrian government", analysis.Quote("decisive blow").Speaker);
    }

    [Fact]
    public void APassiveQuotedAsSayingKeepsItsSubjectNotTheMedia()
    {
        var analysis = Analyze.Body(
            "Interior Minister Lena Berg spoke in parliament on Monday.",
            "Of those facing expulsion, Ms Berg was quoted in Danish media as saying: \"We are talking about 20,000 people.\"");
        Assert.Equal("Lena Berg", analysis.Quote("We are talking").Speaker);
    }

    [Fact]
    public void APronounAfterThePersonItsSentenceNamedIsThatPerson()
    {
        var analysis = Analyze.Body(
            "A rebel spokesman said the fighters might withdraw within a week.",
            "The delay is a setback for Maria Lindqvist, whose office had published a statement in which she said the convoy would arrive \"within hours\".");
        Assert.Equal("Maria Lindqvist", analysis.Quote("within hours").Speaker);
    }

    [Fact]
    public void AHyphenInsideAWordDoesNotCutADescription()
    {
        var analysis = Analyze.Body("\"Nobody can leave the district\" a member of the Homs-based relief committee told reporters.");
        Assert.Equal("member of the Homs-based relief committee", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void AHeadlineQuoteInASecondClauseGoesToThatClausesSubject()
    {
        var analysis = Analyze.Article(
            "Turkey closes border crossing; U.N. condemns 'cruel step' against refugees",
            "Turkey opened a border crossing on Tuesday, and the United Nations welcomed the move.");
        var quote = Assert.Single(analysis.Quotes, q => q.InHeadline);
        Assert.Equal("United Nations", quote.Speaker);
    }

    [Fact]
    public void ANameFollowedByItsRoleWithoutCommasIsThePerson()
    {
        var analysis = Analyze.Body("\"The road is closed\" said Karim Haddad senior official in the local council.");
        Assert.Equal("Karim Haddad", Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("\"Two of the dead were nurses\" head of the Syrian Observatory for Human Rights Rami Abdel Rahman told AFP.", "Rami Abdel Rahman")]
    [InlineData("Lebanons state news agency NNA reported that jets destroyed \"two weapons depots\" near the border.", "NNA")]
    public void ANameClosingADescriptionWhoseCommasWereLostIsTheSpeaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Analyze.Body(paragraph).Quotes).Speaker);
    }

    [Fact]
    public void ASpokeswomanForAPersonIsStillTheSpokeswoman()
    {
        var analysis = Analyze.Body("\"The truce is holding,\" a spokeswoman for British Prime Minister David Cameron told reporters.");
        Assert.NotEqual("David Cameron", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void APersonOpeningADescriptionWhoseCommasWereLostStaysTheSpeaker()
    {
        var analysis = Analyze.Body("\"We will not attend\" said Omar Haddad the chief negotiator of the opposition HNC.");
        Assert.Equal("Omar Haddad", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void AnUnnamedOutletKeepsItsDescription()
    {
        var analysis = Analyze.Body(
            "The Observatory said the toll could rise.",
            "\"Two explosions caused deaths and injuries\" Syrian state television reported.");
        Assert.Equal("Syrian state television", analysis.Quote("Two explosions").Speaker);
    }

    [Fact]
    public void ThePaperAloneIsNoOutletDescription()
    {
        var analysis = Analyze.Body(
            "The Harbour Times said the deal was welcome.",
            "\"Both sides gain from closer trade,\" the paper said.");
        Assert.NotEqual("paper", analysis.Quote("Both sides gain").Speaker);
    }

    [Fact]
    public void AnAttributionRightAfterTheQuotationOutranksAnEarlierVerbOfAnotherSubject()
    {
        var analysis = Analyze.Body(
            "Interior Minister Karel Novak spoke to reporters on Monday.",
            "Vienna had admitted 5,000 people so far and would let in others at a \"measured pace\", he said.");
        Assert.Equal("Karel Novak", analysis.Quote("measured pace").Speaker);
    }

    [Fact]
    public void AVerbInTheClauseAfterAPartialQuotationIsNoAttribution()
    {
        var analysis = Analyze.Body(
            "Prime Minister Karel Novak said the rebel group was losing \"the cash that keeps it alive\" as it continues to lose ground.");
        Assert.Equal("Karel Novak", analysis.Quote("the cash").Speaker);
    }

    [Fact]
    public void ARoleNounPlacedInAPartOfACountryIsAnAnonymousSpeaker()
    {
        var analysis = Analyze.Body(
            "A rebel commander in northern Syria said: \"The shelling goes on. Nothing has changed.\"",
            "\"We are in the third day of this,\" he said.");
        Assert.Equal("rebel commander in northern Syria", analysis.Quote("The shelling").Speaker);
        Assert.Equal("rebel commander in northern Syria", analysis.Quote("We are in the third").Speaker);
    }

    [Fact]
    public void AParticipleAfterAPartialQuotationGoesOnWithTheSentenceAndNamesNoSpeaker()
    {
        var analysis = Analyze.Body(
            "Mayor Lena Berg wrote that the plan was \"reckless.\"",
            "Lawmakers from the opposition Green Party reacted angrily, calling the column \"petty spite,\" saying Berg was a \"bully\".");
        Assert.NotEqual("Lena Berg", analysis.Quote("petty spite").Speaker);
    }

    [Fact]
    public void AOneNameSpeakerAfterTheirEmployerWithoutCommasSpeaksAndTheirPronounFollows()
    {
        var analysis = Analyze.Body(
            "Pathologist at the Homs University Karim told reporters the gunmen used \"scorched earth\" tactics. \"I saw the craters. My house was hit\" he said.");
        Assert.Equal("Karim", analysis.Quote("scorched earth").Speaker);
        Assert.Equal("Karim", analysis.Quote("I saw the craters").Speaker);
    }

    [Fact]
    public void TheMediumAnOutletWasNamedBeforeStandsForIt()
    {
        var analysis = Analyze.Body(
            "Forty fighters were killed, according to the opposition \"Zaytoun\" TV network.",
            "\"The gunmen broke the deal\" the TV network said.");
        Assert.Equal("Zaytoun", analysis.Quote("The gunmen").Speaker);
    }
}
