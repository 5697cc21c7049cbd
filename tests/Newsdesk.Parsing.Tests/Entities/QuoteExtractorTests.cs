using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

public sealed class QuoteExtractorTests
{
    [Theory]
    [InlineData("Jane Doe said: \"We will win this fight.\"")]
    [InlineData("Jane Doe said: \u201CWe will win this fight.\u201D")]
    [InlineData("Jane Doe said: \u00ABWe will win this fight.\u00BB")]
    [InlineData("Jane Doe said: \u00BBWe will win this fight.\u00AB")]
    [InlineData("Jane Doe said: \u2039We will win this fight.\u203A")]
    [InlineData("Jane Doe said: \u201EWe will win this fight.\u201C")]
    [InlineData("Jane Doe said: \u300CWe will win this fight.\u300D")]
    [InlineData("Jane Doe said: 'We will win this fight.'")]
    [InlineData("Jane Doe said: \u2018We will win this fight.\u2019")]
    public void EveryQuotationMarkStyleIsFound(string paragraph)
    {
        var q = Quote(Run(paragraph), "We will win this fight");
        Assert.Equal("We will win this fight.", q.Text);
        Assert.Equal("Jane Doe", q.Speaker);
        Assert.Equal("person:jane-doe", q.SpeakerId);
        Assert.False(q.IsFragment);
    }

    [Fact]
    public void NestedSingleQuotesStayInTheText()
    {
        var d = Run("\"They called it an 'arsenal for autocracy' and meant it,\" said Leif-Eric Easley, a professor at Ewha University.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("They called it an 'arsenal for autocracy' and meant it", q.Text);
        Assert.Equal("Leif-Eric Easley", q.Speaker);
    }

    [Fact]
    public void TheCommaBeforeTheAttributionIsNotPartOfTheQuote()
    {
        var d = Run("\u201CWe will rebuild the bridge by spring, and then the road,\u201D Mayor Ana Ruiz said on Monday.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("We will rebuild the bridge by spring, and then the road", q.Text);
        Assert.Equal("Ana Ruiz", q.Speaker);
    }

    [Fact]
    public void AQuoteLeftOpenAtAParagraphEndContinuesInTheNext()
    {
        var d = Run("\u201CThe first part of the statement is here.", "\u201CAnd the second part follows,\u201D Maria Lopez said.");
        var q = Assert.Single(d.Quotes);
        Assert.Contains("first part", q.Text, StringComparison.Ordinal);
        Assert.Contains("second part follows", q.Text, StringComparison.Ordinal);
        Assert.Equal("Maria Lopez", q.Speaker);
    }

    [Theory]
    [InlineData("\"The plan is dead and buried,\" John Smith said.")]
    [InlineData("\"The plan is dead and buried,\" said John Smith.")]
    [InlineData("\"The plan is dead and buried,\" said Finance Minister John Smith.")]
    [InlineData("John Smith said \"the plan is dead and buried\".")]
    [InlineData("John Smith also said the plan \"is dead and buried\" for now.")]
    [InlineData("John Smith told AFP that the government \"is dead and buried\" already.")]
    [InlineData("\"The plan is dead and buried,\" John Smith, a professor at the University of Oslo, told AFP.")]
    [InlineData("According to John Smith, the plan \"is dead and buried\".")]
    [InlineData("The plan \"is dead and buried,\" according to John Smith.")]
    [InlineData("\"The plan is dead and buried,\" John Smith wrote on Twitter.")]
    public void AttributionPatternsFindTheSpeaker(string paragraph)
    {
        Assert.Equal("John Smith", Quote(Run(paragraph), "dead and buried").Speaker);
    }

    [Fact]
    public void PronounsAndQuoteOnlyParagraphsCarryTheLastNamedSpeaker()
    {
        var d = Run(
            "\"We are ready,\" Vladimir Tikhonov said.",
            "\"The sanctions regime is collapsing,\" he added.",
            "\"Nobody can stop it now.\"",
            "\"Prices will rise,\" Anna Berg said. \"Then wages will follow.\"");
        Assert.Equal("Vladimir Tikhonov", Quote(d, "collapsing").Speaker);
        Assert.Equal("Vladimir Tikhonov", Quote(d, "Nobody can stop").Speaker);
        Assert.Equal("Anna Berg", Quote(d, "wages will follow").Speaker);
    }

    [Fact]
    public void ShortScareQuotesAreFragments()
    {
        var d = Run("Putin called it Western \"blackmail\" and sought \"strategic space\" with \"full support\" from allies.");
        Assert.All(d.Quotes, q => Assert.True(q.IsFragment));
        Assert.Equal(3, d.Quotes.Count);
    }

    [Fact]
    public void UnnamedOrPlaceSubjectsGiveNoSpeaker()
    {
        var d = Run(
            "Vladimir Putin arrived on Monday.",
            "\"We will respond in kind,\" a government spokesman said.",
            "Moscow said the sanctions were \"an act of economic war against our people\".");
        Assert.Null(Quote(d, "respond in kind").Speaker);
        Assert.Null(Quote(d, "economic war").Speaker);
    }

    [Fact]
    public void OrganizationsCanBeSpeakers()
    {
        var d = Run("\"The data show a clear slowdown in the economy,\" the International Monetary Fund said.");
        Assert.Equal("organization:international-monetary-fund", Quote(d, "clear slowdown").SpeakerId);
    }

    [Fact]
    public void ASplitQuotationCarriesTheSpeakerOnBothParts()
    {
        var d = Run("\"We came to win,\" Carlo Ancelotti said, \"and we will keep winning.\"");
        Assert.Equal("Carlo Ancelotti", Quote(d, "came to win").Speaker);
        Assert.Equal("Carlo Ancelotti", Quote(d, "keep winning").Speaker);
    }

    [Fact]
    public void APersonIntroducedWithAnAppositiveIsThePronounsReferent()
    {
        var d = Run(
            "\"We asked commuters what they needed,\" Monica Puig said at the station.",
            "Among the first passengers was Zoe Muller, a student who commutes daily.",
            "\"Before, I spent three hours a day on buses,\" she said.");
        Assert.Equal("Zoe Muller", Quote(d, "three hours").Speaker);
    }

    [Fact]
    public void ApostropheAfterAnAbbreviationOpensNoQuotation()
    {
        var d = Run("Alphabet Inc.'s Google and Microsoft Corp. agreed to pay the fines, the regulator said.");
        Assert.Empty(d.Quotes);
    }
}
