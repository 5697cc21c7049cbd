using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Organization names that end in a plus sign or a number, names joined by a slash, app marketplaces, listed descriptions, and two countries' ministries of one name.</summary>
public sealed class NameSuffixRuleTests
{
    [Fact]
    public void TrailingPlusStaysInTheGroupName()
    {
        var d = Run("Delegates of the OPEC+ alliance argued for hours in Vienna before agreeing on deeper cuts.");
        Assert.Equal("OPEC+", Entity(d, "organization:opec").Name);
    }

    [Fact]
    public void ProjectNamesKeepTheirTrailingNumberAndAreNoPlaces()
    {
        var d = Run("Tankers from Arctic LNG 2 waited offshore, and engineers said Power of Siberia 2 was years away.");
        Assert.Equal(["organization:arctic-lng-2", "organization:power-of-siberia-2"], Ids(d, EntityType.Organization).Order());
        Assert.Empty(Ids(d, EntityType.Place));
    }

    [Fact]
    public void SlashBetweenThePartsOfAListedNameJoinsThem()
    {
        var d = Run("A correspondent for Radio Free Europe/Radio Liberty was detained, RFE/RL said, and readers could donate and/or subscribe.");
        var broadcaster = Assert.Single(d.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal(2, broadcaster.Mentions);
        Assert.Contains("Radio Free Europe/Radio Liberty", broadcaster.Aliases);
    }

    [Fact]
    public void AppMarketplacesNamedAsSuchAreOrganizations()
    {
        var d = Run("The banking app vanished from the App Store on Friday and from the Play Store a day later, although Google Play still showed reviews.");
        Assert.Equal(["organization:app-store", "organization:google-play"], Ids(d, EntityType.Organization).Order());
        Assert.Equal(2, Entity(d, "organization:google-play").Mentions);
    }

    [Fact]
    public void ListedDescriptionRightBeforeTheNameIsAnotherNameOfIt()
    {
        var d = Run("Families crossing into Chad were registered by the UN refugee agency UNHCR at two border posts.");
        Assert.Contains("UN refugee agency", Entity(d, "organization:unhcr").Aliases);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:united-nations").Type);
    }

    [Fact]
    public void TwoCountriesMinistriesOfOneNameStayApart()
    {
        var d = Run(
            "The Foreign Ministry in Tbilisi protested the arrests. The Georgian Foreign Ministry called them unlawful.",
            "The Turkish Foreign Ministry urged calm.");
        Assert.Equal(
            ["organization:georgian-foreign-ministry", "organization:turkish-foreign-ministry"],
            Ids(d, EntityType.Organization).Order());
        Assert.Equal(2, Entity(d, "organization:georgian-foreign-ministry").Mentions);
    }
}
