using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>
/// Organization and person rules found on Moscow Times-style culture, sport and tech stories: theatres, festivals, museums,
/// directorates and VPN services by their form, clubs named with their city, and a person noun opening a sentence.
/// </summary>
public sealed class CultureSportTechRuleTests
{
    [Fact]
    public void ASentenceInitialPersonNounIsNotPartOfTheName()
    {
        var d = Run("Critic Boris Antonov said the season had been weak.", "Antonov did not name the theatres.");

        var critic = Entity(d, "person:boris-antonov");
        Assert.Equal(2, critic.Mentions);
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Critic", StringComparison.Ordinal));
    }

    [Fact]
    public void TheatreAndFestivalNamesAreOrganizations()
    {
        var d = Run(
            "Actors of the Sovremennik Theatre walked out on Monday.",
            "The organizers of the Northern Lights festival postponed the opening night.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:sovremennik-theatre").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:northern-lights").Type);
    }

    [Fact]
    public void AMuseumOrDirectorateOfSomethingKeepsItsWholeName()
    {
        var d = Run(
            "Visitors queued outside the Museum of Russian Icons on Sunday.",
            "The Directorate for Border Crossings said queues had eased.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:museum-of-russian-icons").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:directorate-for-border-crossings").Type);
    }

    [Fact]
    public void AClubNamedWithItsCityIsOneOrganizationAndNoPlace()
    {
        var d = Run("Zenit St. Petersburg beat Spartak 2-1 in front of a sold-out crowd.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:zenit-st-petersburg").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:spartak-moscow").Type);
        Assert.Empty(Ids(d, EntityType.Place));
    }

    [Fact]
    public void ANameEndingInVpnIsAServiceNotAPerson()
    {
        var d = Run("Many users switched to Blue Fox VPN after the ban.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:blue-fox-vpn").Type);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void ThePatriarchAsSubjectNamesTheChurchLeaderTitledSoEarlier()
    {
        var d = Run(
            "Patriarch Ilia Gvaramia opened the council on Monday.",
            "\"Faith is not a crime,\" the patriarch told delegates in the cathedral.");

        Assert.Equal("Ilia Gvaramia", Quote(d, "Faith is not a crime").Speaker);
    }

    [Fact]
    public void ABandNamedAfterTheWordBandIsAnOrganization()
    {
        var d = Run("Police cancelled a concert by the rock band Lighthouse in Kazan.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:lighthouse").Type);
    }

    [Fact]
    public void ANameWithoutItsEponymIsTheSameOrganization()
    {
        var d = Run(
            "Researchers at the Vernadsky State Geological Museum found the fossil.",
            "The State Geological Museum said it would show it in May.");

        var museum = Entity(d, "organization:vernadsky-state-geological-museum");
        Assert.Contains("State Geological Museum", museum.Aliases);
        Assert.Single(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void ANameWithoutAGenericModifierStaysADifferentOrganization()
    {
        var d = Run(
            "The National Debt Agency criticised the plan on Monday.",
            "The Debt Agency in Moscow welcomed it.");

        Assert.Equal(2, Ids(d, EntityType.Organization).Count());
    }

    [Fact]
    public void AnUnknownNameBeforeNewsWebsiteIsAnOutlet()
    {
        var d = Run("The director told the Vechernik news website that the film would be shown abroad.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:vechernik").Type);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void AFestivalOfSomethingKeepsItsWholeNameAndARectorIsAPerson()
    {
        var d = Run(
            "The Volga International Festival of Documentary Film opened on Friday.",
            "The university's rector, Rinat Gabdullin, attended the opening.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:volga-international-festival-of-documentary-film").Type);
        Assert.Equal(EntityType.Person, Entity(d, "person:rinat-gabdullin").Type);
    }
}
