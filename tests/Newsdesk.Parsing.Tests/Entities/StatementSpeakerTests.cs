using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>
/// "it said", "the statement said", "The X group said", "the launch provider, X, said", "X's commission said", "she said"
/// after a possessive name, and a bare quote after an unnamed speaker's: rules of the speakers branch.
/// </summary>
public sealed class StatementSpeakerTests
{
    [Fact]
    public void TheStatementSaidNamesTheOrganizationThatIssuedIt()
    {
        var d = Run("Norvik Minerals said in a statement that it had paid every tax. \"The audit found nothing,\" the statement said.");
        Assert.Equal("Norvik Minerals", Quote(d, "The audit found nothing").Speaker);
    }

    [Fact]
    public void ItSaidNamesTheOrganizationThatLastSpokeNotThePersonBefore()
    {
        var d = Run(
            "\"We will appeal,\" said Anna Lindqvist, a lawyer for the villagers.",
            "Norvik Minerals said it would study the ruling. \"The licence remains valid,\" it said.");
        Assert.Equal("Norvik Minerals", Quote(d, "The licence remains valid").Speaker);
        Assert.Equal("Anna Lindqvist", Quote(d, "We will appeal").Speaker);
    }

    [Fact]
    public void ItSaidWithoutAnOrganizationThatSpokeHasNoSpeaker()
    {
        var d = Run("Anna Lindqvist visited the mine on Monday. \"The licence remains valid,\" it said.");
        Assert.Null(Quote(d, "The licence remains valid").Speaker);
    }

    [Fact]
    public void ItSaidDoesNotReachBackManyParagraphs()
    {
        var d = Run(
            "Norvik Minerals said it would study the ruling.",
            "The mine employs 2,000 people.",
            "Exports fell last year.",
            "Prices rose in the spring.",
            "\"The licence remains valid,\" it said.");
        Assert.Null(Quote(d, "The licence remains valid").Speaker);
    }

    [Fact]
    public void TheNameBeforeGroupSaidIsAnOrganizationThatSpeaks()
    {
        var d = Run("The Harbour Lights group said it would cut prices. \"Our customers come first,\" the statement said.");
        Assert.Contains(d.Entities, e => e is { Name: "Harbour Lights", Type: EntityType.Organization });
        Assert.Equal("Harbour Lights", Quote(d, "Our customers come first").Speaker);
    }

    [Fact]
    public void AnOrganizationNounCommaNameCommaIsAnOrganization()
    {
        var d = Run("The launch provider, Stellavia, said in a short statement that an inquiry had been opened. \"The data will be examined,\" it said.");
        Assert.Contains(d.Entities, e => e is { Name: "Stellavia", Type: EntityType.Organization });
        Assert.Equal("Stellavia", Quote(d, "The data will be examined").Speaker);
    }

    [Fact]
    public void APossessiveNameAtASentenceStartIsNotWhomSheSaidMeans()
    {
        var d = Run(
            "Union leader Tom Brennan called the rise unfair.",
            "Commuter campaigner Niamh Doyle said she had cut back on trips. Brennan's union has backed her petition.",
            "\"I pay more for my ticket than for my electricity,\" she said.");
        Assert.Equal("Niamh Doyle", Quote(d, "I pay more").Speaker);
    }

    [Fact]
    public void AnOrganizationsBodyThatSaysSomethingNamesTheOrganization()
    {
        var d = Run("The Nordic Chess Federation's fair play commission said in its decision that the evidence was \"overwhelming in every game.\"");
        Assert.Equal("Nordic Chess Federation", Quote(d, "overwhelming in every game").Speaker);
    }

    [Fact]
    public void ABareQuoteAfterAnUnnamedSpeakersQuoteStaysUnnamed()
    {
        var d = Run(
            "Anna Lindqvist said the ruling was fair.",
            "\"It breaks my heart,\" said one veteran miner. \"We built this town.\"");
        Assert.Null(Quote(d, "We built this town").Speaker);
    }

    [Fact]
    public void ABareQuoteAfterANamedSpeakersQuoteIsStillTheirs()
    {
        var d = Run(
            "Anna Lindqvist said the ruling was fair.",
            "\"It breaks my heart,\" said Tomas Berg, a welder. \"We built this town.\"");
        Assert.Equal("Tomas Berg", Quote(d, "We built this town").Speaker);
    }

    [Fact]
    public void TheAgencyIsTheOrganizationTheArticleIntroducedAsTheAgency()
    {
        var d = Run(
            "The road agency, Vias do Norte, said in a statement that repairs were planned.",
            "A statement from the agency added that the report \"did not show an imminent risk.\"");
        Assert.Equal("Vias do Norte", Quote(d, "did not show an imminent risk").Speaker);
    }

    [Fact]
    public void TwoPlainWordsAndMoreWordsEndingInUnionAreOneOrganizationThatSpeaks()
    {
        var d = Run("The Northern Bus and Tram Union said the rise was \"a slap in the face for every worker.\"");
        Assert.Contains(d.Entities, e => e is { Name: "Northern Bus and Tram Union", Type: EntityType.Organization });
        Assert.Equal("Northern Bus and Tram Union", Quote(d, "a slap in the face").Speaker);
    }

    [Fact]
    public void TheRegulatorIsTheOrganizationIntroducedAsTheRegulator()
    {
        var d = Run("The country's grain regulator, Norvik Minerals, said it had seized 40 tonnes. \"We will not allow smuggling,\" the regulator said.");
        Assert.Equal("Norvik Minerals", Quote(d, "We will not allow smuggling").Speaker);
    }
}
