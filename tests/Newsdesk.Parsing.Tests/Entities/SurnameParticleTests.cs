using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Model;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Surnames with particles ("van den Broek", "De Marco", "Von Hagen", "Al-Hashimi") after the full name are that person.</summary>
public sealed class SurnameParticleTests
{
    [Fact]
    public void LowerCaseParticlesStayOnTheLaterSurname()
    {
        var d = Run(
            "Transport Minister Hendrik van den Broek opened the bridge on Friday.",
            "\"It took eleven years,\" said van den Broek, who grew up nearby.");
        var person = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Hendrik van den Broek", person.Name);
        Assert.Contains("van den Broek", person.Aliases);
        Assert.Equal("Hendrik van den Broek", Quote(d, "eleven years").Speaker);
    }

    [Fact]
    public void CapitalisedParticleSurnameBeforeAVerbIsNotASecondPerson()
    {
        var d = Run(
            "The defence was led by Lucia De Marco of the firm Alder Chambers.",
            "\"My client has nothing to hide,\" De Marco told reporters.");
        var person = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Lucia De Marco", person.Name);
        Assert.Equal("Lucia De Marco", Quote(d, "nothing to hide").Speaker);
    }

    [Fact]
    public void SentenceInitialParticleSurnameJoinsTheFullName()
    {
        var d = Run(
            "The bank was founded by Karl von Hagen in 1998.",
            "Von Hagen, a former trader, stepped down last year.");
        var person = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Karl von Hagen", person.Name);
        Assert.Contains("Von Hagen", person.Aliases);
        Assert.Equal(2, person.Mentions);
    }

    [Fact]
    public void CapitalisedArabicArticleSurnameJoinsTheFullName()
    {
        var d = Run(
            "The deal was signed by Omar bin Khalid al-Hashimi, the fund's chairman.",
            "Al-Hashimi, a former central banker, said the fund would \"stay for the long term.\"");
        var person = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Omar bin Khalid al-Hashimi", person.Name);
        Assert.Equal("Omar bin Khalid al-Hashimi", Quote(d, "stay for the long term").Speaker);
    }

    [Theory]
    [InlineData("Pieter van der Berg", new[] { "van der Berg", "Van der Berg" })]
    [InlineData("Sofia Alvarez de Toledo", new[] { "de Toledo", "De Toledo", "Alvarez de Toledo" })]
    [InlineData("Marco De Luca", new[] { "de Luca", "De Luca" })]
    [InlineData("Yusuf bin Rashid al-Mansour", new[] { "bin Rashid al-Mansour", "Bin Rashid al-Mansour", "al-Mansour", "Al-Mansour" })]
    [InlineData("Jane Smith", new string[0])]
    public void SurnameFormsStartAtTheParticleInBothCases(string name, string[] forms)
    {
        Assert.Equal(forms, NameParticles.SurnameForms(name));
    }

    [Fact]
    public void PlainLowerCaseWordsBeforeASurnameAreNotParticles()
    {
        var d = Run(
            "Coach Maria Lund picked the squad on Monday.",
            "The players trust Lund, and the fans like her.");
        var person = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(["Lund"], person.Aliases);
    }
}
