using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>What the context rules must leave alone: technical words before nouns, organizations written with "the", titles with a country.</summary>
public sealed class NameContextFalsePositiveTests
{
    [Fact]
    public void AllCapsTechnicalTermsBeforeAGeographicWordAreNotPlaces()
    {
        var d = Run("The charger has a USB-C port and a USB-A port, and the HDMI area of the board is small.");
        Assert.Empty(Ids(d, EntityType.Place));
    }

    [Fact]
    public void OrganizationsWrittenWithTheStayOrganizations()
    {
        var d = Run("Negotiators from the Taliban met in Doha, and officials in the Kremlin said nothing.");
        Assert.DoesNotContain("place:taliban", Ids(d, EntityType.Place));
        Assert.DoesNotContain("place:kremlin", Ids(d, EntityType.Place));
    }

    [Fact]
    public void ATitleEndingInOfCountryIsNotAnAgency()
    {
        var d = Run("The suit was filed by Musa Bello, a Senior Advocate of Nigeria, on behalf of the lawmakers.");
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Senior", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompleteNameBeforeACountryModifierKeepsItsOwnExtent()
    {
        var d = Run("Anna Weber, the National Security Council Ukraine expert, testified on Tuesday.");
        Assert.DoesNotContain(d.Entities, e => e.Name.EndsWith("Council Ukraine", StringComparison.Ordinal));
    }

    [Fact]
    public void AStakeInAPersonsCompanyDoesNotMakeThePersonACompany()
    {
        var d = Run("The group took a majority stake in Paula Richter's cosmetics company on Monday, Paula Richter said.");
        Assert.Contains("person:paula-richter", Ids(d, EntityType.Person));
    }
}
