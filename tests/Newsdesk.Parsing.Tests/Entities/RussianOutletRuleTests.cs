using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>
/// Name and speaker rules found on Moscow Times-style uploads: a country's possessive before its ministry, Russian legal forms,
/// republics' official names, Telegram channels, compound bank names, dotted outlet names, credits naming an office, "from" places.
/// </summary>
public sealed class RussianOutletRuleTests
{
    [Fact]
    public void TheAcronymRbcAloneIsNoCanadianBank()
    {
        var d = Run("The business outlet RBC reported that the deal had been signed.", "Shares of Royal Bank of Canada were flat in Toronto.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:rbc").Type);
        Assert.DoesNotContain("RBC", Entity(d, "organization:royal-bank-of-canada").Aliases);
    }

    [Fact]
    public void ACountryPossessiveBeforeAnOrganizationIsAPlaceAndTheOrganization()
    {
        var d = Run(
            "Kazakhstan's Interior Ministry said the border post had reopened.",
            "Supplies to Russia's Far East were delayed by snow.");

        Assert.Equal(EntityType.Place, Entity(d, "place:kazakhstan").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:interior-ministry").Type);
        Assert.Contains("Russia's Far East", Entity(d, "place:russian-far-east").Aliases);
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Kazakhstan's", StringComparison.Ordinal));
    }

    [Fact]
    public void ARussianLegalFormMarksACompanyAndStaysAnAlias()
    {
        var d = Run("OJSC Tulamash reported a profit on Monday, and Tulamash shares rose 4%.");

        var company = Entity(d, "organization:tulamash");
        Assert.Equal("Tulamash", company.Name);
        Assert.Contains("OJSC Tulamash", company.Aliases);
        Assert.Equal(2, company.Mentions);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void CapitalisedAgainstInsideANameKeepsTheNameWhole()
    {
        var d = Run("Activists from the Coalition Against Hunger handed out bread in Omsk.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:coalition-against-hunger").Type);
        Assert.DoesNotContain("organization:hunger", Ids(d, EntityType.Organization));
    }

    [Fact]
    public void ARepublicsOfficialNameIsAnAliasOfItsShortName()
    {
        var d = Run("Officials in the Republic of Tatarstan said schools would close, and Tatarstan's airports stayed open.");

        var tatarstan = Entity(d, "place:tatarstan");
        Assert.Contains("Republic of Tatarstan", tatarstan.Aliases);
        Assert.Single(Ids(d, EntityType.Place));
    }

    [Fact]
    public void ADemonymBeforeAListedBankInTheTitleJoinsTheBodysBank()
    {
        var d = Run(Draft("The Central Bank raised its key rate on Friday.") with { Title = "Russian Central Bank Raises Rate Again" });

        Assert.Single(d.Entities, e => e.Type == EntityType.Organization && e.Name.Contains("Bank", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameBeforeATelegramChannelIsAnOutletOnThatPlatform()
    {
        var d = Run("The Mash Telegram channel reported that two men were detained.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:mash").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:telegram").Type);
    }

    [Fact]
    public void OneWordClosedByBankIsABank()
    {
        var d = Run("Lenders such as Sovcombank and Promsvyazbank cut their deposit rates.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:sovcombank").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:promsvyazbank").Type);
    }

    [Fact]
    public void ADottedOutletNameIsOneName()
    {
        var d = Run("According to the news site Fontanka.ru, the bridge was closed. The U.S. embassy said nothing.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:fontanka-ru").Type);
        Assert.Contains("U.S.", Entity(d, "place:united-states").Aliases);
    }

    [Fact]
    public void ACreditOfCapitalisedWordsEndingInAnOrganizationWordIsThatOrganization()
    {
        var d = Run(Draft("Rescuers worked through the night.") with { Images = [new ArticleImage(null, "Rescuers at work.", "Regional Governor Press Service")] });

        Assert.Equal(EntityType.Organization, Entity(d, "organization:regional-governor-press-service").Type);
    }

    [Fact]
    public void InitialsInAnotherParagraphDoNotJoinTheLastOrganization()
    {
        var d = Run(
            "Rosatom said the reactor was stable.",
            "Ukraine's nuclear operator, known by its initials NAEK, disputed that.");

        Assert.DoesNotContain("NAEK", Entity(d, "organization:rosatom").Aliases);
    }

    [Fact]
    public void AnUnknownNameAfterAPersonNounAndFromIsAPlace()
    {
        var d = Run("A nurse from Kizlyar, who did not give her name, described the shortages.");

        Assert.Equal(EntityType.Place, Entity(d, "place:kizlyar").Type);
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void HeSaidAfterAnUnnamedPersonOpeningTheSentenceHasNoSpeaker()
    {
        var d = Run(
            "Governor Ivan Petrov visited the flooded villages on Monday.",
            "A local farmer, who declined to be named, told reporters that the fields were under water.",
            "\"We lost the whole harvest in one night,\" he said.");

        Assert.Null(Quote(d, "We lost the whole harvest").Speaker);
    }

    [Fact]
    public void SheSaidAfterANameInAppositionToAPersonNounIsThatPerson()
    {
        var d = Run(
            "\"The evidence was never examined,\" said lawyer Anna Belova.",
            "Orlov's widow, Irina Orlova, stood at the gate of the court.",
            "\"He did nothing wrong,\" she said.");

        Assert.Equal("Irina Orlova", Quote(d, "He did nothing wrong").Speaker);
    }

    [Fact]
    public void DismissedAsAttributesTheQuoteToTheSubject()
    {
        var d = Run("Regional Minister Oleg Sokolov dismissed the allegations as \"a fantasy invented abroad\" on Tuesday.");

        Assert.Equal("Oleg Sokolov", Quote(d, "a fantasy invented abroad").Speaker);
    }

    [Fact]
    public void ForumClosesAnOrganizationAndAShareholderNounMarksACompany()
    {
        var d = Run("Delegates of the Baltic Civic Forum met a former Tralkom shareholder in Riga.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:baltic-civic-forum").Type);
        Assert.Equal(EntityType.Organization, Entity(d, "organization:tralkom").Type);
    }

    [Fact]
    public void WhereSomeoneWroteOrPostedIsAPlatform()
    {
        var d = Run("The blogger later wrote on Bluesky that she had left the country. \"I am safe,\" Marina Ostapenko posted on X.");

        Assert.Equal(EntityType.Organization, Entity(d, "organization:bluesky").Type);
        Assert.Equal("X", Entity(d, "organization:x").Name);
    }

    [Fact]
    public void NovayaGazetaEuropeIsOneOutletNotAPlace()
    {
        var d = Run("The exiled newspaper Novaya Gazeta Europe published the leaked contracts on Monday.");
        Assert.Equal(["organization:novaya-gazeta-europe"], Ids(d, EntityType.Organization));
        Assert.Empty(Ids(d, EntityType.Place));
    }

    [Fact]
    public void CentralAsianStateEnergyCompaniesAreKnownWithoutACue()
    {
        var d = Run("Talks between KazMunayGas and Turkmengaz stalled over transit fees, Uzbekneftegaz said.");
        Assert.Equal(["organization:kazmunaygas", "organization:turkmengaz", "organization:uzbekneftegaz"], Ids(d, EntityType.Organization).Order());
        Assert.Empty(Ids(d, EntityType.Person));
    }

    [Fact]
    public void RussianRailwaysIsTheStateCompanyNotADemonymBeforeANoun()
    {
        var d = Run("Russian Railways suspended its night trains after the RZD board met in Yaroslavl.");
        Assert.Equal(["organization:russian-railways"], Ids(d, EntityType.Organization));
        Assert.Contains("RZD", Entity(d, "organization:russian-railways").Aliases);
    }
}
