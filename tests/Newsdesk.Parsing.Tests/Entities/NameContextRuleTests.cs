using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Rules that read a name's type or extent from its context: descriptors, lists, appositives, cue words, country suffixes.</summary>
public sealed class NameContextRuleTests
{
    [Fact]
    public void SentenceInitialDescriptorIsNotPartOfTheOrganization()
    {
        var d = Run("Carrier Blue Harbour Shipping Company said on Monday it would add two sailings a week.");
        Assert.Equal("Blue Harbour Shipping Company", Entity(d, "organization:blue-harbour-shipping-company").Name);
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Carrier", StringComparison.Ordinal));
    }

    [Fact]
    public void CommaJoinedOfficialNameIsOneOrganization()
    {
        var d = Run("The new rules were drafted by the Ministry of Health, Labour and Welfare in consultation with hospitals.");
        Assert.Equal("Ministry of Health, Labour and Welfare", Entity(d, "organization:ministry-of-health-labour-and-welfare").Name);
        Assert.Single(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void ShortNameInBracketsAfterTheFullNameIsAnAlias()
    {
        var d = Run(
            "Exports fell 6%, the Kestrel Grain Council (Kesgrain) said on Friday.",
            "Kesgrain expects a better harvest next year.");
        var council = Entity(d, "organization:kestrel-grain-council");
        Assert.Contains("Kesgrain", council.Aliases);
        Assert.Equal(3, council.Mentions);
        Assert.Single(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void LongAcronymIntroducedWithKnownAsJoinsTheOrganization()
    {
        var d = Run(
            "The Volta Fishing Board, known as VOFIBOD, raised the minimum price.",
            "Traders said VOFIBOD had waited too long.");
        var board = Entity(d, "organization:volta-fishing-board");
        Assert.Contains("VOFIBOD", board.Aliases);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void EconomicAcronymsAreNotOrganizations()
    {
        var d = Run("The NEER band was widened as GDP slowed, CPI rose and the IPO of a state lender was delayed.");
        Assert.Empty(Ids(d, EntityType.Organization));
    }

    [Fact]
    public void PlaceCueWordsMakeUnknownNamesPlaces()
    {
        var d = Run(
            "Repairs at the Harbour Point Lighthouse finished in May, and trains from Leipzig Hauptbahnhof ran again.",
            "Ships anchored in Falmouth Roads while delegates met at the Palais des Congrès.");
        Assert.Contains("place:harbour-point-lighthouse", Ids(d, EntityType.Place));
        Assert.Contains("place:leipzig-hauptbahnhof", Ids(d, EntityType.Place));
        Assert.Contains("place:falmouth-roads", Ids(d, EntityType.Place));
        Assert.Contains("place:palais-des-congres", Ids(d, EntityType.Place));
    }

    [Fact]
    public void GeographicNounsAndAppositivesMakePlaces()
    {
        var d = Run(
            "Farmers along the Kuma Darya river and in the Tolland peninsula lost crops.",
            "Rain also fell on the Campinas, the vast plains west of the coast.");
        Assert.Contains("place:kuma-darya", Ids(d, EntityType.Place));
        Assert.Contains("place:tolland", Ids(d, EntityType.Place));
        Assert.Contains("place:campinas", Ids(d, EntityType.Place));
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void PlaceNamesStartingWithGivenNamesOrTitlesAreNotPeople()
    {
        var d = Run(
            "Divers sailed from Cape Melville to Coen and from Port Douglas to Lizard Island.",
            "Buses took evacuees to Prince Albert and Saskatoon, and officials held a briefing in Prince Albert.");
        Assert.Contains("place:cape-melville", Ids(d, EntityType.Place));
        Assert.Contains("place:coen", Ids(d, EntityType.Place));
        Assert.Contains("place:port-douglas", Ids(d, EntityType.Place));
        Assert.Equal(2, Entity(d, "place:prince-albert").Mentions);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void CompanyContextOutweighsAPersonLikeName()
    {
        var d = Run(
            "Toy makers including Mattel and Simon Vaillant raised prices this year.",
            "Gerald Brandt, the country's largest retailer, said it would cut prices.");
        Assert.Contains("organization:simon-vaillant", Ids(d, EntityType.Organization));
        Assert.Contains("organization:gerald-brandt", Ids(d, EntityType.Organization));
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void CompanyPhrasesBeforeAPersonLikeNameMakeItACompany()
    {
        var d = Run("Norway-based Erik Solberg raised its forecast, and shares of Anna Lund fell 2%.");
        Assert.Contains("organization:erik-solberg", Ids(d, EntityType.Organization));
        Assert.Contains("organization:anna-lund", Ids(d, EntityType.Organization));
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void AnAcronymAfterADescriptorSpeaksForItsOrganization()
    {
        var d = Run("\"Work starts in March,\" the airports operator KPAX said.");
        Assert.Equal("organization:kpax", Quote(d, "Work starts in March").SpeakerId);
    }

    [Fact]
    public void PlainWordsBeforeACountryNameMakeAnAgency()
    {
        var d = Run("Arrivals rose 9%, according to Statistics Norway, while Tourism and Culture Norway expects more.");
        Assert.Contains("organization:statistics-norway", Ids(d, EntityType.Organization));
        Assert.Contains("organization:tourism-and-culture-norway", Ids(d, EntityType.Organization));
        Assert.Empty(Ids(d, EntityType.Place));
    }

    [Fact]
    public void TheHeadWordOfAnOfOrganizationJoinsIt()
    {
        var d = Run("The bill now goes to the House of Representatives. Leaders urged the House to vote before the recess.");
        var house = Entity(d, "organization:house-of-representatives");
        Assert.Contains("House", house.Aliases);
        Assert.Equal(2, house.Mentions);
    }

    [Fact]
    public void AmazonWrittenAsAPlaceIsThePlaceAndAsACompanyTheCompany()
    {
        var forest = Run("Fires in the Amazon rainforest grew in August. Smoke from the Amazon reached the coast.");
        Assert.Equal(2, Entity(forest, "place:amazon").Mentions);
        Assert.Empty(Ids(forest, EntityType.Organization));

        var company = Run("Amazon said its profit rose. Shares of Amazon climbed 3%.");
        Assert.Contains("organization:amazon", Ids(company, EntityType.Organization));
        Assert.Empty(Ids(company, EntityType.Place));
    }

    [Fact]
    public void QuotesCarryTheOrganizationAsSpeakerWhenNoPersonSpeaks()
    {
        var d = Run(
            "The Alliance of Coastal Towns, which represents 40 councils, said in a statement that the plan was \"a good start for the harbours\" but too slow.",
            "The new terminal will handle \"up to 9 million passengers a year,\" according to Ports Company Kenya, the state-owned operator.");
        var alliance = Entity(d, "organization:alliance-of-coastal-towns");
        Assert.Equal(alliance.Id, Quote(d, "a good start").SpeakerId);
        Assert.Equal("Alliance of Coastal Towns", Quote(d, "a good start").Speaker);
        Assert.Equal("organization:ports-company-kenya", Quote(d, "9 million passengers").SpeakerId);
    }

    [Fact]
    public void PersonAfterOrganizationAndTitleIsTheSpeaker()
    {
        var d = Run("\"The new price is fair,\" said KOFIB chief executive Ama Mensah.");
        Assert.Equal("person:ama-mensah", Quote(d, "The new price is fair").SpeakerId);
    }

    [Fact]
    public void AgencyAfterThePhotographersSlashIsAnOrganization()
    {
        var draft = Draft("Delegates met in Oslo.") with
        {
            Images = [new ArticleImage(null, "Delegates at the meeting.", "Jan Berg/Scanpix")],
        };
        var d = Run(draft);
        Assert.Contains("organization:scanpix", Ids(d, EntityType.Organization));
        Assert.Empty(Ids(d, EntityType.Person));
    }
}
