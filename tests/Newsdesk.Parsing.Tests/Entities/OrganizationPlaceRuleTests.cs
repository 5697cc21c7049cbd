using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>
/// Rules that tell organizations from places in unseen articles: organization nouns and foreign leads, ampersand names,
/// head-word short forms, clubs named after cities, branch offices after a geographic noun, modified place names.
/// </summary>
public sealed class OrganizationPlaceRuleTests
{
    [Fact]
    public void LowerCaseAllianceAfterAnUnknownNameMakesItAnOrganization()
    {
        var d = Run("The opposition Vanguardia alliance walked out of the chamber on Thursday.");
        Assert.Equal("Vanguardia", Entity(d, "organization:vanguardia").Name);
        Assert.Empty(Ids(d, EntityType.Place));
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void ForeignOrganizationLeadBeforeDeIsOneOrganization()
    {
        var d = Run("The players' union met officials of the Ligue de Basket Régionale on Monday.");
        Assert.Equal("Ligue de Basket Régionale", Entity(d, "organization:ligue-de-basket-regionale").Name);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void AmpersandNameRunsOnToItsOrganizationHead()
    {
        var d = Run("The Shipping & Freight Brokers Association said rates would rise.");
        Assert.Equal("Shipping & Freight Brokers Association", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
    }

    [Fact]
    public void HeadWordOfALongPartyNameIsThatParty()
    {
        var d = Run(
            "The Tamil Progressive Congress won most seats in the district.",
            "Congress said it would form the council within a week.");
        var party = Entity(d, "organization:tamil-progressive-congress");
        Assert.Contains("Congress", party.Aliases);
        Assert.Single(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void StatePresidentAfterAPartyKeepsThePartyAnOrganization()
    {
        var d = Run(
            "The Tamil Progressive Congress won most seats in the district.",
            "\"We kept our promises,\" said Congress state president Arjun Pillai.");
        Assert.Empty(Ids(d, EntityType.Place));
        Assert.Equal("Arjun Pillai", Quote(d, "We kept our promises").Speaker);
    }

    [Fact]
    public void SharesInAnAcronymAreSharesInTheCompany()
    {
        var d = Run(
            "The smelter is owned by KVMC Holdings, listed in Singapore.",
            "Shares in KVMC fell 3 percent on Tuesday.");
        Assert.Contains("KVMC", Entity(d, "organization:kvmc-holdings").Aliases);
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Place && e.Name == "KVMC");
    }

    [Fact]
    public void CityWrittenAsATeamIsTheClubNamedAfterIt()
    {
        var d = Run(
            "The ban hits Olympique Lyonnais defender Theo Marchal.",
            "Lyon, who play Nantes on Saturday, said they would appeal. A Lyon midfielder was also questioned.");
        var club = Entity(d, "organization:olympique-lyonnais");
        Assert.Contains("Lyon", club.Aliases);
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Place && e.Name == "Lyon");
    }

    [Fact]
    public void CityAfterAPlacePrepositionStaysACity()
    {
        var d = Run("Lyon, who play Nantes on Saturday, trained in Lyon on Friday.");
        Assert.Contains(d.Entities, e => e.Type == EntityType.Place && e.Name == "Lyon");
    }

    [Fact]
    public void PersonOfAStateWhoActsLeavesTheStateAPlace()
    {
        var d = Run("Rep. Dana Whitfield of Ohio, who chairs the panel, voted against the bill.");
        Assert.Contains(d.Entities, e => e.Type == EntityType.Place && e.Name == "Ohio");
    }

    [Fact]
    public void FixedModifierBeforeAListedPlaceIsItsOwnPlace()
    {
        var d = Run("Turnout was highest in Old Mysore and lowest in Greater Manchester, far from the Upper House debate.");
        Assert.Contains(d.Entities, e => e.Type == EntityType.Place && e.Name == "Old Mysore");
        Assert.Contains(d.Entities, e => e.Type == EntityType.Place && e.Name == "Greater Manchester");
        Assert.DoesNotContain(d.Entities, e => e.Name == "Mysore");
    }

    [Fact]
    public void SentenceOpeningInDoesNotSwallowTheCountry()
    {
        var d = Run("In the United States, regulators opened a similar case.");
        Assert.Equal("US", Entity(d, "place:united-states").CountryCode);
    }

    [Fact]
    public void CongoAloneIsTheDemocraticRepublic()
    {
        var d = Run("Congo produces most of the world's cobalt.");
        Assert.Equal("CD", Assert.Single(d.Entities, e => e.Type == EntityType.Place).CountryCode);
    }

    [Fact]
    public void ElectoralOfficerIsATitleNotPartOfTheName()
    {
        var d = Run("Chief Electoral Officer Meena Iyer said the count would finish on Friday.");
        Assert.Equal("Meena Iyer", Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void ParentNamedInTheBodyBeforeItsBankIsNotTheBanksShortForm()
    {
        var d = Run(
            "Shoppers deserted the retailer Kovrik after the price rise.",
            "Kovrik Bank, its lending arm, said card payments fell by a third.");
        Assert.Equal(["organization:kovrik", "organization:kovrik-bank"], Ids(d, EntityType.Organization).Order());

        var later = Run(
            "Kovrik Bank said card payments fell by a third.",
            "Kovrik expects a recovery in the spring.");
        Assert.Equal(["organization:kovrik-bank"], Ids(later, EntityType.Organization));
    }

    [Fact]
    public void StateOwnedBeforeAnUnknownNameMakesItAnOrganization()
    {
        var d = Run("The contract was signed by the chief of state-owned Dornagaz on Friday.");
        Assert.Equal(["organization:dornagaz"], Ids(d, EntityType.Organization));
        Assert.Empty(Ids(d, EntityType.Person));
    }
}
