using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Rules found on international wire stories: dateline countries, national adjectives, legal names, titled speakers.</summary>
public sealed class InternationalRuleTests
{
    [Fact]
    public void CountryAfterTheDatelineCityIsAPlaceMention()
    {
        var d = Run(Draft("Officials met on Monday to discuss the harvest.") with { Dateline = "Nairobi, Kenya" });
        Assert.Equal(1, Entity(d, "place:nairobi").Mentions);
        Assert.Equal("KE", Entity(d, "place:kenya").CountryCode);
    }

    [Fact]
    public void PhilippineIsAnAdjectiveNotAShortFormOfAnOrganization()
    {
        var d = Run(
            "The Philippine Ports Authority said a Philippine ferry had docked safely.",
            "Philippine officials welcomed the news.");
        var ports = Entity(d, "organization:philippine-ports-authority");
        Assert.Equal(1, ports.Mentions);
        Assert.DoesNotContain("Philippine", ports.Aliases);
        Assert.Empty(Ids(d, EntityType.Place));
    }

    [Fact]
    public void LegalNameAfterFormallyIsTheSameOrganization()
    {
        var d = Run("Ecopetrol, formally Empresa Colombiana de Petroleos SA, said output rose in the second quarter.");
        var company = Assert.Single(d.Entities, e => e.Type == EntityType.Organization);
        Assert.Contains("Empresa Colombiana de Petroleos SA", new[] { company.Name }.Concat(company.Aliases));
        Assert.Contains("Ecopetrol", new[] { company.Name }.Concat(company.Aliases));
    }

    [Fact]
    public void TheAmazonAfterTheAmazonRiverIsTheRiver()
    {
        var d = Run(
            "Cargo barges on the Amazon River ran aground as water levels fell.",
            "Fishermen along the Amazon say the drought is the worst in memory.");
        Assert.Empty(Ids(d, EntityType.Organization));
        Assert.Equal(2, Entity(d, "place:amazon-river").Mentions);
    }

    [Fact]
    public void LowerCaseWordInsideAListedNameKeepsTheNameWhole()
    {
        var d = Run("Peacekeepers of the United Nations Interim Force in Lebanon patrolled the border on Sunday.");
        var force = Assert.Single(d.Entities, e => e.Type == EntityType.Organization);
        Assert.Contains("United Nations Interim Force in Lebanon", new[] { force.Name }.Concat(force.Aliases));
    }

    [Fact]
    public void PersonNamedAfterAnOrganizationAndTitleIsWhomALaterPronounMeans()
    {
        var d = Run(
            "Senator Maria Olsen said the bill was \"a reckless gamble\" and vowed to fight it.",
            "WHO Director-General Tedros Adhanom Ghebreyesus welcomed the vote. \"This will save lives,\" he said.");
        Assert.Equal("person:tedros-adhanom-ghebreyesus", Quote(d, "This will save lives").SpeakerId);
    }

    [Fact]
    public void ListedNameStartingWithALowerCaseArticleIsFoundMidSentence()
    {
        var d = Run("The attack was claimed by al Shabaab, and officials said al Qaeda's regional branch had helped plan it.");
        Assert.Contains("organization:al-shabaab", Ids(d, EntityType.Organization));
        Assert.Contains("organization:al-qaeda", Ids(d, EntityType.Organization));
    }
}
