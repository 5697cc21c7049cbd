using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

public sealed class EntityExtractorTests
{
    [Fact]
    public void RolePrefixIsStrippedFromTheNameAndKeptAsRole()
    {
        var d = Run("Russian President Vladimir Putin arrived on Monday. Putin later left.");
        var putin = Entity(d, "person:vladimir-putin");
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Contains("Russian President", putin.Roles);
        Assert.Contains("Putin", putin.Aliases);
        Assert.Equal(2, putin.Mentions);
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Place);
    }

    [Fact]
    public void DemonymsAreNotPlaces()
    {
        var d = Run("Russian officials met North Korean and American diplomats, and Western analysts were unsurprised.");
        Assert.Empty(Ids(d, EntityType.Place));
    }

    [Fact]
    public void AcronymsMeetTheirExpansions()
    {
        var d = Run("The United Nations met. The UN said the U.S. and the United States' allies, and US troops, disagreed. The DPRK and North Korea are one.");
        var un = Entity(d, "organization:united-nations");
        Assert.Equal(2, un.Mentions);
        var us = Entity(d, "place:united-states");
        Assert.Equal("US", us.CountryCode);
        Assert.Equal(3, us.Mentions);
        Assert.Equal("KP", Entity(d, "place:north-korea").CountryCode);
    }

    [Fact]
    public void NamesInsideLongerNamesAreNotSeparateEntities()
    {
        var d = Run("They attended a ceremony in Kim Il Sung Square. The UN Security Council met later.");
        Assert.Equal(EntityType.Place, Entity(d, "place:kim-il-sung-square").Type);
        Assert.Empty(Ids(d, EntityType.Person));
        Assert.DoesNotContain("organization:united-nations", d.Entities.Select(e => e.Id));
        Assert.Equal(1, Entity(d, "organization:un-security-council").Mentions);
    }

    [Fact]
    public void AmbiguousShortFormGoesToTheMostRecentCompatiblePerson()
    {
        var d = Run(
            "Kim Jong Un hosted the summit.",
            "Kim said the talks went well.",
            "Kim Sung-bae, a research fellow, disagreed.",
            "Kim argued the deal was fragile.");
        Assert.Equal(2, Entity(d, "person:kim-jong-un").Mentions);
        Assert.Equal(2, Entity(d, "person:kim-sung-bae").Mentions);
    }

    [Fact]
    public void SpellingVariantsOfOneNameAreOnePerson()
    {
        var d = Run("Kim Jong Un spoke. Later Kim Jong-un left.");
        var kim = Entity(d, "person:kim-jong-un");
        Assert.Equal(2, kim.Mentions);
        Assert.Contains("Kim Jong-un", kim.Aliases);
    }

    [Fact]
    public void PossessiveIsStripped()
    {
        var d = Run("North Korea's leader met Russia's Far East governor.");
        Assert.Equal(1, Entity(d, "place:north-korea").Mentions);
        Assert.Equal("Russian Far East", Entity(d, "place:russian-far-east").Name);
    }

    [Fact]
    public void CueWordsMakeOrganizationsAndPlaces()
    {
        var d = Run("Jane Doe, a professor at the University of Oslo, spoke at Ewha University and the Seoul-based Institute for National Security Strategy near Gwanghwamun Square. Russian carmaker Zorkin was there.");
        Assert.Equal(EntityType.Organization, Entity(d, "organization:university-of-oslo").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:ewha-university").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:institute-for-national-security-strategy").Type);
        Assert.Equal(EntityType.Place, Entity(d, "place:gwanghwamun-square").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:zorkin").Type);
        Assert.Equal(EntityType.Place, Entity(d, "place:seoul").Type);
        Assert.Equal(EntityType.Person, Entity(d, "person:jane-doe").Type);
    }

    [Fact]
    public void AnIndefiniteArticleMakesACueNounGeneric()
    {
        var d = Run("They visited an Orthodox Church in the city.");
        Assert.Empty(d.Entities);
    }

    [Fact]
    public void HonorificsAndTitledFirstNamesFindPeople()
    {
        var d = Run("Mr. Tanaka said the plan was sound.", "Saudi Foreign Minister Prince Faisal bin Farhan arrived. Prince Faisal spoke.");
        Assert.Equal(EntityType.Person, Entity(d, "person:tanaka").Type);
        Assert.Equal(2, Entity(d, "person:faisal-bin-farhan").Mentions);
    }

    [Fact]
    public void AffiliationsCreditsAndDatelinesAreMentions()
    {
        var draft = Draft("The meeting ended.") with
        {
            Authors = [new Author("Cat Barton", "AFP")],
            Images = [new ArticleImage(null, "Leaders meet.", "Vladimir Smirnov, TASS / kremlin.ru")],
            Dateline = "SEOUL",
        };
        var d = Run(draft);
        Assert.Equal(1, Entity(d, "organization:afp").Mentions);
        Assert.Equal(1, Entity(d, "organization:tass").Mentions);
        Assert.Equal(1, Entity(d, "place:seoul").Mentions);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void TitleCaseTextOnlyMatchesKnownNames()
    {
        var draft = Draft("Vladimir Putin met Kim Jong Un in Pyongyang.") with { Title = "Markets Rally As Kim Pledges Support For Putin In Pyongyang" };
        var d = Run(draft);
        Assert.Equal(["person:kim-jong-un", "person:vladimir-putin"], Ids(d, EntityType.Person).Order().ToArray());
        Assert.Equal(2, Entity(d, "person:kim-jong-un").Mentions);
        Assert.Equal(2, Entity(d, "person:vladimir-putin").Mentions);
        Assert.Equal(2, Entity(d, "place:pyongyang").Mentions);
        Assert.DoesNotContain(d.Entities, e => e.Name.Contains("Markets", StringComparison.Ordinal));
    }

    [Fact]
    public void IdsAreStableSlugs()
    {
        var d = Run("Côte d'Ivoire and São Paulo officials met.");
        Assert.Contains("place:ivory-coast", d.Entities.Select(e => e.Id));
        Assert.Contains("place:sao-paulo", d.Entities.Select(e => e.Id));
    }

    [Fact]
    public void NamesStartingWithNewKeepTheirFirstWord()
    {
        var d = Run("Flights between New York and Boston resumed as the storm left New England.");
        Assert.Contains("place:new-york", d.Entities.Select(e => e.Id));
        Assert.Contains("place:new-england", d.Entities.Select(e => e.Id));
        Assert.DoesNotContain("place:england", d.Entities.Select(e => e.Id));
    }

    [Fact]
    public void UnknownNamesAfterAPlacePrepositionArePlaces()
    {
        var d = Run("Schools in Zarnowo and Kessling were closed. Residents near Oberbruck left.");
        Assert.Equal(["place:kessling", "place:oberbruck", "place:zarnowo"], Ids(d, EntityType.Place).Order().ToArray());
    }

    [Fact]
    public void AcronymsIntroducedInBracketsOrAsInitialsJoinTheirOrganization()
    {
        var d = Run(
            "The National Institute for Space Research said on Monday that clearing fell. The institute, known by its initials INPE, said more.",
            "The Seoul-based Korea Institute for Defense Analyses (KIDA) agreed, and KIDA later published a report.");
        Assert.Contains("INPE", Entity(d, "organization:national-institute-for-space-research").Aliases);
        Assert.Equal(3, Entity(d, "organization:korea-institute-for-defense-analyses").Mentions);
    }

    [Fact]
    public void APersonBeforeOfTheOrganizationIsNotPartOfIt()
    {
        var d = Run("Chief Tammy Cook-Searson of the Lac La Ronge Indian Band said the fire was close, and the Australian Institute of Marine Science agreed.");
        Assert.Equal(EntityType.Person, Entity(d, "person:tammy-cook-searson").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:lac-la-ronge-indian-band").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:australian-institute-of-marine-science").Type);
    }

    [Fact]
    public void ARepeatedUnknownNameIsAnOrganizationButTheNorthIsNot()
    {
        var d = Run(
            "A judge blocked the merger of Kroger and Albertsons. Kroger said it was disappointed, and Albertsons declined to comment.",
            "The North rejected the plan, and diplomats said the North would respond.");
        Assert.Equal(2, Entity(d, "organization:kroger").Mentions);
        Assert.Equal(2, Entity(d, "organization:albertsons").Mentions);
        Assert.DoesNotContain(d.Entities, e => e.Name == "North");
    }

    [Fact]
    public void AWorkplaceAfterAPersonIsNotASpeaker()
    {
        var d = Run("Analyst Chuck Cerankosky of Northcoast Research said the ruling was expected. \"Everybody saw this coming,\" he said. Jane Roe, an economist at Harbor Street Partners, agreed.");
        Assert.Equal("Chuck Cerankosky", Quote(d, "Everybody saw").Speaker);
        Assert.DoesNotContain("person:northcoast-research", d.Entities.Select(e => e.Id));
        Assert.Equal(EntityType.Organization, Entity(d, "organization:harbor-street-partners").Type);
    }
}
