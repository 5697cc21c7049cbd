using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Speakers named by a description ("the minister said"), an age apposition, and "&lt;person&gt; of &lt;organization&gt;".</summary>
public sealed class DescribedSpeakerTests
{
    [Fact]
    public void TheNounOfAnEarlierAppositiveNamesTheSpeaker()
    {
        var d = Run(
            "Chile's mining minister, Aurora Vidal, visited the port on Monday.",
            "\"Exports will recover this year,\" the minister said. \"The worst is behind us.\"");
        Assert.Equal("Aurora Vidal", Quote(d, "Exports will recover").Speaker);
        Assert.Equal("Aurora Vidal", Quote(d, "The worst is behind us").Speaker);
    }

    [Fact]
    public void NameInCommasAfterAPersonNounIsAPerson()
    {
        var d = Run("The country's new finance minister, Aurora Vidal, took office on Monday.");
        Assert.Equal("Aurora Vidal", Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void TheNounOfAnEarlierTitleNamesTheSpeakerAfterTheVerb()
    {
        var d = Run(
            "Governor Lena Okafor and Mayor Tom Birch opened the new bridge.",
            "\"It was worth the wait,\" said the governor, who cut the ribbon.");
        Assert.Equal("Lena Okafor", Quote(d, "worth the wait").Speaker);
    }

    [Fact]
    public void MostRecentlyMentionedPersonWithTheNounWins()
    {
        var d = Run(
            "Former judge Ada Crane ruled on the case in 2019.",
            "On Monday, judge Rui Mendes reversed that ruling.",
            "\"The law has changed since then,\" the judge said.");
        Assert.Equal("Rui Mendes", Quote(d, "The law has changed").Speaker);
    }

    [Fact]
    public void DemonymAndAgeDescriptionsNameTheSpeaker()
    {
        var d = Run(
            "Brazilian striker Thiago Moura scored twice, and Ruben Dias missed a penalty.",
            "\"I am just happy to help the team,\" the Brazilian said.",
            "Veteran goalkeeper Hugo Lemaire, 38, kept a clean sheet. \"I feel younger every year,\" the 38-year-old said.");
        Assert.Equal("Thiago Moura", Quote(d, "happy to help the team").Speaker);
        Assert.Equal("Hugo Lemaire", Quote(d, "I feel younger every year").Speaker);
    }

    [Fact]
    public void PronounAfterASentenceOpenedByAPersonNounMeansThatPerson()
    {
        var d = Run(
            "Thiago Moura scored twice.",
            "Veteran goalkeeper Hugo Lemaire kept a clean sheet. \"I feel younger every year,\" he said.");
        Assert.Equal("Hugo Lemaire", Quote(d, "I feel younger every year").Speaker);
    }

    [Fact]
    public void SpokesmanForAPersonIsNotThatPerson()
    {
        var d = Run(
            "President Ana Ruiz left the summit early.",
            "A spokesman for Ruiz said she would not comment. \"The president has said what she had to say,\" he said.");
        Assert.Null(Quote(d, "what she had to say").Speaker);
    }

    [Fact]
    public void PrimeMinisterAddedMeansThePersonWithThatTitle()
    {
        var d = Run(
            "Prime Minister Lars Holm met President Ana Ruiz in Madrid.",
            "\"It is a question of trust,\" the prime minister added.");
        Assert.Equal("Lars Holm", Quote(d, "question of trust").Speaker);
    }

    [Fact]
    public void PersonOfAStateBeforeAnAppositiveIsTheSubject()
    {
        var d = Run("Rep. Rosa Delgado of Connecticut, the top Democrat on the Appropriations Committee, called the bill \"a bad deal, but better than chaos.\"");
        Assert.Equal("Rosa Delgado", Quote(d, "a bad deal").Speaker);
        Assert.Contains(d.Entities, e => e is { Type: EntityType.Organization, Name: "Appropriations Committee" });
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Democrat", StringComparison.Ordinal));
    }

    [Fact]
    public void NounBeforeToDescribesSomeoneElse()
    {
        var d = Run(
            "Health Minister Joan Okoye announced the plan. An aide to Okoye dismissed the criticism.",
            "\"The minister has delivered every promise she made,\" the aide told reporters.");
        Assert.Null(Quote(d, "delivered every promise").Speaker);
    }

    [Fact]
    public void AgeGivenOnlyInTheDescriptionMeansThePersonJustQuoted()
    {
        var d = Run(
            "In Yueyang, resident Wang Guiying said the water had reached her second floor. \"I have never seen anything like this,\" the 71-year-old told AFP.");
        Assert.Equal("Wang Guiying", Quote(d, "never seen anything like this").Speaker);
    }

    [Fact]
    public void AgeAndNounDescriptionAfterAnOpeningPlacePhraseMeansTheSubject()
    {
        var d = Run(
            "Minister Nikos Vlachos visited the fire line.",
            "In Limni, Maria Konstantinou watched the hills burn. \"Everything we have is up there,\" the 58-year-old farmer said.");
        Assert.Equal("Maria Konstantinou", Quote(d, "Everything we have").Speaker);
    }

    [Fact]
    public void DescriptionNobodyFitsLeavesTheSpeakerEmpty()
    {
        var d = Run(
            "Minister Ana Costa announced the plan.",
            "\"We were not consulted,\" the mayor said.");
        Assert.Null(Quote(d, "We were not consulted").Speaker);
    }

    [Fact]
    public void AgeBetweenNameAndAppositiveKeepsTheSubject()
    {
        var d = Run("Priya Raghavan, 41, head of marine at the broker Marsh McLennan, said the market had \"turned a corner\" at last.");
        Assert.Equal("Priya Raghavan", Quote(d, "turned a corner").Speaker);
        Assert.Contains(d.Entities, e => e is { Type: EntityType.Organization, Name: "Marsh McLennan" });
    }

    [Fact]
    public void OneWordNameAfterPersonCommaOfIsTheirOrganization()
    {
        var d = Run("Industry analyst Mark Hollis, of Gridwise in Dublin, said prices would rise.");
        Assert.Equal("Gridwise", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
        Assert.Equal("Mark Hollis", Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void OneWordNameAfterPluralPersonNounAtIsAnOrganization()
    {
        var d = Run("Chips remain in short supply, analysts at Kelbrook said.");
        Assert.Equal("Kelbrook", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void UnknownNameAfterPersonOfIsTheirOrganization()
    {
        var d = Run("Analyst Tove Brekke of Fjordline Analytics said rates would fall.");
        Assert.Equal("Tove Brekke", Assert.Single(d.Entities, e => e.Type == EntityType.Person).Name);
        Assert.Equal("Fjordline Analytics", Assert.Single(d.Entities, e => e.Type == EntityType.Organization).Name);
    }
}
