using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Name and speaker rules found by parsing unseen articles: appositions, legal forms, offices, short forms, colon quotes.</summary>
public sealed class GeneralizationRuleTests
{
    [Fact]
    public void AgeAppositiveAndGovernorOfPlaceApposeAPerson()
    {
        var d = Run(
            "Tesfay Gebremariam, a 31-year-old fisherman, told reporters he had lost his boat.",
            "The governor of Piura, Rosendo Quiroga, said help was on its way.");

        Assert.Equal(EntityType.Person, Entity(d, "person:tesfay-gebremariam").Type);
        Assert.Equal(EntityType.Person, Entity(d, "person:rosendo-quiroga").Type);
    }

    [Fact]
    public void AccentedGivenNameCountsAsAGivenName()
    {
        var d = Run("Hernán Ortúzar spent the night on the roof.");
        Assert.Equal(EntityType.Person, Entity(d, "person:hernan-ortuzar").Type);
    }

    [Fact]
    public void LegalFormBeforeAndEndsTheFirstCompany()
    {
        var d = Run("Its customers include Brightwater Foods Ltd. and Kestrel Logistics Inc. in Europe.");
        Assert.Equal(["organization:brightwater-foods-ltd", "organization:kestrel-logistics-inc"], Ids(d, EntityType.Organization).Order());
    }

    [Fact]
    public void DemonymBeforeAndIsNoPartOfTheKnownNameAfterIt()
    {
        var d = Run("Fans waved Portuguese and European Union flags outside the stadium.");
        Assert.Equal(["organization:european-union"], Ids(d, EntityType.Organization));
    }

    [Fact]
    public void TickerInBracketsIsTheCompanysAlias()
    {
        var d = Run("Shares of Valdra Mining NV (VLDR) fell 5% in Brussels.");
        Assert.Contains("VLDR", Entity(d, "organization:valdra-mining-nv").Aliases);
        Assert.Single(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void OfficeOfARoleIsOneOrganizationAndSpeaks()
    {
        var d = Run("The Attorney General's Office said in a statement that the contract was \"null and void\" from the start.");
        Assert.Equal("Attorney General's Office", Quote(d, "null and void").Speaker);
    }

    [Fact]
    public void NameAfterKnownAsIsAnotherNameOfTheOrganization()
    {
        var d = Run("The National Forestry Institute, known as Inafor, said fires had burned 3,000 hectares.");
        Assert.Contains("Inafor", Entity(d, "organization:national-forestry-institute").Aliases);
    }

    [Fact]
    public void NameWordOfALakeStandsForTheLake()
    {
        var d = Run("Divers searched Lake Ranrahirca on Tuesday.", "Villagers say Ranrahirca has been rising for weeks.");
        Assert.Contains("Ranrahirca", Entity(d, "place:lake-ranrahirca").Aliases);
        Assert.Empty(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void MultiWordPlaceBeforeBasedIsThePlace()
    {
        var d = Run("Reporters Without Borders, a Paris-based group, and a New York-based charity condemned the verdict.");
        Assert.Contains("place:new-york", Ids(d, EntityType.Place));
        Assert.DoesNotContain("place:york", Ids(d, EntityType.Place));
    }

    [Fact]
    public void CapitalisedCommonNounInQuotesIsNoOrganization()
    {
        var d = Run(
            "A doctor said: \"Measles spreads fast in crowded camps.\"",
            "Cases of measles have doubled.",
            "Another doctor said: \"Measles is preventable.\"");
        Assert.Empty(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void SubjectOfAColonIntroductionSpeaksTheQuote()
    {
        var d = Run("Opposition leader Irakli Beradze put it bluntly: \"This law is about fear.\"");
        Assert.Equal("Irakli Beradze", Quote(d, "This law is about fear").Speaker);
    }

    [Fact]
    public void SecondQuoteInAnAttributedSentenceKeepsTheSpeaker()
    {
        var d = Run("Hanna Sjoberg, an analyst at Nordea, wrote that the cut was \"deeper than feared,\" and that the outlook had become \"a real worry for the whole sector.\"");
        Assert.Equal("Hanna Sjoberg", Quote(d, "a real worry for the whole sector").Speaker);
    }

    [Fact]
    public void AcronymInBracketsBeforeTheVerbSpeaks()
    {
        var d = Run("A spokesperson for the National Grain Board (NGB) said: \"Stocks are sufficient for the winter.\"");
        Assert.Equal("National Grain Board", Quote(d, "Stocks are sufficient").Speaker);
    }

    [Fact]
    public void SubjectAfterAnOpeningPhraseIsWhomAPronounMeans()
    {
        var d = Run(
            "Minister Clara Voss promised more money.",
            "Back in the valley, farmer Greta Lund walks two miles to the road each morning. \"It is not a life,\" she said.");
        Assert.Equal("Greta Lund", Quote(d, "It is not a life").Speaker);
    }

    [Fact]
    public void TwoCompaniesJoinedByAndAreTwoOrganizations()
    {
        var d = Run("Halvard Motor and Kirin Holdings will build the plant together.");
        Assert.Equal(["organization:halvard-motor", "organization:kirin-holdings"], Ids(d, EntityType.Organization).Order());
    }

    [Fact]
    public void ArmedForceWithADemonymIsAnOrganizationNotAPerson()
    {
        var d = Run("The Ukrainian Air Force said 40 drones were shot down overnight.");
        Assert.Empty(Ids(d, EntityType.Person));
        Assert.Single(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void CountryInThePossessiveOwnsTheRegionAfterIt()
    {
        var d = Run("Officials in Russia's Tambov region said the bridge was closed.");
        Assert.Contains("place:russia", Ids(d, EntityType.Place));
        Assert.DoesNotContain(d.Entities, e => e.Name.Contains("Russia's", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoNamesShareAPluralGeographicNoun()
    {
        var d = Run("Families from the Velikoye and Zarechnoye districts were moved to schools.");
        Assert.Equal(["place:velikoye", "place:zarechnoye"], Ids(d, EntityType.Place).Order());
    }

    [Fact]
    public void CommonWordCapitalisedInsideAnOrganizationNameStays()
    {
        var d = Run("Ivan Sorokin, director of the Internet Freedom Society, said users had switched to other apps.");
        Assert.Contains("organization:internet-freedom-society", Ids(d, EntityType.Organization));
    }

    [Fact]
    public void GenericAcronymsAreNoOrganizations()
    {
        var d = Run("An NGO said most users now rely on a VPN to reach the site.");
        Assert.Empty(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void SubjectBeforeARelativeClauseWithCommasSpeaks()
    {
        var d = Run(
            "The communications regulator Netwatch fined two more platforms on Monday.",
            "Netwatch, which has already blocked Chirper, Pictogram and Vidly, said in a statement that it was \"ready to act again\" if needed.");
        Assert.Equal("Netwatch", Quote(d, "ready to act again").Speaker);
    }

    [Fact]
    public void PluralTitleCoversBothNamesAfterIt()
    {
        var d = Run("The deal was signed by Foreign Ministers Aram Sargsyan and Elnur Hasanov.", "\"This is a first step,\" Sargsyan said.");
        Assert.Equal(["person:aram-sargsyan", "person:elnur-hasanov"], Ids(d, EntityType.Person).Order());
        Assert.Equal("Aram Sargsyan", Quote(d, "This is a first step").Speaker);
    }

    [Fact]
    public void PossessiveWordBeforeAnOrganizationHeadIsInsideTheName()
    {
        var d = Run("Boats blocked the port, said Eirik Vang of the Coastal Fishermen's Association.");
        Assert.Contains("organization:coastal-fishermen-s-association", Ids(d, EntityType.Organization));
    }

    [Fact]
    public void GivenNameThatIsAlsoAMonthAbbreviationStartsAName()
    {
        var d = Run("Its marine adviser, Jan Ove Brekke, called it \"painful but necessary.\"");
        Assert.Contains("person:jan-ove-brekke", Ids(d, EntityType.Person));
    }

    [Fact]
    public void GeneralStaffIsAnOrganization()
    {
        var d = Run("Ukraine's General Staff said on Telegram that the depot was hit.");
        Assert.Empty(Ids(d, EntityType.Person));
        Assert.Contains("organization:general-staff", Ids(d, EntityType.Organization));
    }

    [Fact]
    public void ShortQuotedSentenceWithItsFullStopIsAStatement()
    {
        var d = Run("\"We have lost our homes,\" mayor Anna Rieder told reporters, adding: \"We will rebuild.\"");
        var quote = Quote(d, "We will rebuild");
        Assert.False(quote.IsFragment);
        Assert.Equal("Anna Rieder", quote.Speaker);
    }

    [Fact]
    public void BracketedShortNameAfterAnInstituteInACityJoinsTheInstitute()
    {
        var d = Run("Researchers at the Federal Institute of Mountain Studies in Bern (FIMS) said the slope was moving.");
        Assert.Contains("FIMS", Entity(d, "organization:federal-institute-of-mountain-studies").Aliases);
    }

    [Fact]
    public void NameAfterChannelIsAnOrganizationEvenWhenItSpeaks()
    {
        var d = Run("The Telegram channel Grey Sector claimed, without evidence, that divers had been seen.");
        Assert.Empty(Ids(d, EntityType.Person));
        Assert.Contains("organization:grey-sector", Ids(d, EntityType.Organization));
    }

    [Fact]
    public void PossessiveNameBeforeAPersonalNounIsAPerson()
    {
        var d = Run("Sorokin's spokesman Pavel Lenkov said the talks would continue.");
        Assert.Equal(["person:pavel-lenkov", "person:sorokin"], Ids(d, EntityType.Person).Order());
    }

    [Fact]
    public void RegionalAdjectiveBeforeAGeographicNounIsNoPlace()
    {
        var d = Run("Residents of the Siberian town of Kodinsk and an Alpine village near Sion were without heating.");
        Assert.DoesNotContain("place:siberian", Ids(d, EntityType.Place));
        Assert.DoesNotContain("place:alpine", Ids(d, EntityType.Place));
    }
}
