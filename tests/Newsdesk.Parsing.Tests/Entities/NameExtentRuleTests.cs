using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Where a name starts and ends: titles with a place inside, ampersands, ordinals, trailing numbers, short forms, sub-regions.</summary>
public sealed class NameExtentRuleTests
{
    [Fact]
    public void CountryInsideACourtTitleIsNotAPlace()
    {
        var d = Run("U.S. District Judge Ann Corley said the contract was void.");
        Assert.Equal("Ann Corley", Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Place);
    }

    [Fact]
    public void PlaceBeforeATitleStaysAPlaceAndThePersonAfterIsFound()
    {
        var d = Run("\"The case is closed,\" Brooklyn U.S. Attorney Mark Ellison said on Tuesday.");
        Assert.Contains(d.Entities, e => e is { Type: EntityType.Place, Name: "Brooklyn" });
        Assert.Equal("Mark Ellison", Quote(d, "The case is closed").Speaker);
    }

    [Theory]
    [InlineData("Prosecutor", "Chief Prosecutor Ines Varga said the trial would start in June.", "Ines Varga")]
    [InlineData("District Attorney", "District Attorney Tom Reyes said the charges would stand.", "Tom Reyes")]
    [InlineData("Magistrate", "Magistrate Alan Pike said the hearing was adjourned.", "Alan Pike")]
    [InlineData("Executive Director", "Executive Director Rosa Lind said the agency would grow.", "Rosa Lind")]
    public void CourtAndExecutiveTitlesAreNotPartOfTheName(string title, string sentence, string person)
    {
        var d = Run(sentence);
        var found = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(person, found.Name);
        Assert.DoesNotContain(title, found.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void LongTitleWithOfTheIsNotPartOfTheName()
    {
        var d = Run("Under Secretary of the Treasury Lin Zhao told CNBC that the economy remained strong.");
        Assert.Equal("Lin Zhao", Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
    }

    [Theory]
    [InlineData("Luiz Inácio Lula da Silva met the envoy in Brasília.", "Luiz Inácio Lula da Silva")]
    [InlineData("Siobhan Keane of Trinity College Dublin published the study.", "Siobhan Keane")]
    [InlineData("Wanjiku Mwangi opened the clinic on Monday.", "Wanjiku Mwangi")]
    public void SentenceInitialNameWithAListedGivenNameIsAPerson(string sentence, string person)
    {
        var d = Run(sentence);
        Assert.Equal(person, Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void ListedNamesRunThroughWordsThatOtherwiseEndASpan()
    {
        var d = Run("Doctors Without Borders and Human Rights Watch said fighting had intensified.");
        Assert.Equal(["Doctors Without Borders", "Human Rights Watch"], d.Entities.Where(e => e.Type == EntityType.Organization).Select(e => e.Name).Order());
    }

    [Fact]
    public void FrenchLawyerHonorificIsNotPartOfTheName()
    {
        var d = Run("His lawyer, Maître Claire Dubois, said her client was innocent.");
        Assert.Equal("Claire Dubois", Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void NumberWordInsideASentenceStartsAName()
    {
        var d = Run("Reservoirs at the Three Gorges Dam were releasing water.", "Three people died in the floods.");
        Assert.Equal("Three Gorges Dam", Assert.Single(d.Entities, e => e.Type == EntityType.Place).Name);
    }

    [Fact]
    public void CommonWordAfterAnOrganizationNounIsTheOrganization()
    {
        var d = Run("State broadcaster CCTV showed soldiers piling sandbags.");
        Assert.Equal("CCTV", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
    }

    [Fact]
    public void RiverWithAndWithoutRiverIsOnePlace()
    {
        var d = Run("The Yangtze rose overnight.", "Villages along the Yangtze River were evacuated.");
        var river = Assert.Single(d.Entities, e => e.Type == EntityType.Place);
        Assert.Contains("Yangtze River", river.Aliases);
    }

    [Theory]
    [InlineData("Supporters of the Harbour Workers Union marched on Monday.", "Harbour Workers Union")]
    [InlineData("Members of the Coastal Fishing Association met the minister.", "Coastal Fishing Association")]
    public void SentenceInitialPersonNounBeforeOfIsNotPartOfTheName(string sentence, string organization)
    {
        var d = Run(sentence);
        Assert.Equal(organization, Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
    }

    [Fact]
    public void TownOnAKnownIslandIsTwoPlaces()
    {
        var d = Run("A plane dropped water near the village of Limni on Evia.");
        Assert.Equal(["Evia", "Limni"], d.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Name).Order());
    }

    [Fact]
    public void ObservatoryOfAPlaceIsOneOrganization()
    {
        var d = Run("Scientists at the National Observatory of Athens said July was the hottest on record.");
        Assert.Equal("National Observatory of Athens", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
    }

    [Fact]
    public void ListedAcronymInBracketsAfterTheFullNameIsOneOrganization()
    {
        var d = Run(
            "The Coalition for Epidemic Preparedness Innovations (CEPI) said trials could begin.",
            "CEPI did not give a date.");
        var org = Assert.Single(d.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Coalition for Epidemic Preparedness Innovations", org.Name);
        Assert.Contains("CEPI", org.Aliases);
        Assert.Equal(3, org.Mentions);
    }

    [Fact]
    public void AmpersandJoinsOneOrganization()
    {
        var d = Run("The buyer was advised by the law firm Baker & Finch, which declined to comment.");
        Assert.Equal("Baker & Finch", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void OrdinalAfterAConnectorStaysInTheName()
    {
        var d = Run("The ruling can be appealed to the Court of Appeals for the Ninth Circuit within 30 days.");
        Assert.Equal("Court of Appeals for the Ninth Circuit", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
    }

    [Fact]
    public void SentenceInitialOrdinalIsStillNotAName()
    {
        var d = Run("Second, the board must approve it.", "First Minister Ewan Dunmore said so.");
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Second", StringComparison.Ordinal));
    }

    [Fact]
    public void ListedNameEndingInANumberKeepsTheNumber()
    {
        var d = Run("He scored twelve goals in Ligue 1 last season.");
        Assert.Equal("Ligue 1", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
    }

    [Fact]
    public void FirstWordOfACompanyNameLaterIsThatCompany()
    {
        var d = Run(
            "Norvale Logistics Ltd. said profit fell by a third.",
            "Norvale blamed fuel costs, and Norvale shares dropped 4%.",
            "Analysts said Norvale would cut routes.");
        var company = Assert.Single(d.Entities, e => e.Type == EntityType.Organization);
        Assert.Contains("Norvale", company.Aliases);
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void FirstWordSharedByTwoCompaniesJoinsNeither()
    {
        var d = Run(
            "Norvale Logistics Ltd. is a separate firm.",
            "Norvale Energy Ltd. is a separate firm too.",
            "Norvale said nothing, and Norvale staff were not told.");
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Organization && e.Aliases.Contains("Norvale"));
    }

    [Fact]
    public void SubRegionIsItsOwnPlace()
    {
        var d = Run("The drought in East Africa is the worst in Africa for forty years.");
        Assert.Contains(d.Entities, e => e is { Type: EntityType.Place, Name: "East Africa" });
        Assert.Contains(d.Entities, e => e is { Type: EntityType.Place, Name: "Africa" });
    }
}
