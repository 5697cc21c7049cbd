using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Tests.Entities;

public sealed class TokenizerTests
{
    [Fact]
    public void InitialismsAndAbbreviationsKeepTheirPeriodsAndDoNotEndSentences()
    {
        const string text = "Mr. Lee met U.S. and D.P.R.K. envoys. They left.";
        var tokens = Tokenizer.Tokenize(text);
        var words = tokens.Where(t => t.Kind == TokenKind.Word).Select(t => text.Substring(t.Start, t.Length)).ToArray();
        Assert.Equal(["Mr.", "Lee", "met", "U.S.", "and", "D.P.R.K.", "envoys", "They", "left"], words);
        Assert.Equal(0, tokens.Single(t => text.Substring(t.Start, t.Length) == "envoys").Sentence);
        Assert.Equal(1, tokens.Single(t => text.Substring(t.Start, t.Length) == "They").Sentence);
    }

    [Fact]
    public void PossessivesHyphensAndParticlesAreFlagged()
    {
        const string text = "North Korea's Leif-Eric al-Assad d'Ivoire";
        var tokens = Tokenizer.Tokenize(text);
        Assert.True(tokens[1].Has(TokenFlags.Possessive));
        Assert.Equal("Korea", tokens[1].Core(text).ToString());
        Assert.True(tokens[2].Has(TokenFlags.Hyphenated));
        Assert.True(tokens[3].Has(TokenFlags.Capitalized));
        Assert.True(tokens[4].Has(TokenFlags.Capitalized));
    }

    [Fact]
    public void QuoteMarksAreTokensAndASentenceEndsAfterAClosingQuote()
    {
        const string text = "He said \"it is over.\" Then he left.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(2, tokens.Count(t => t.Kind == TokenKind.QuoteMark));
        var close = tokens.Where(t => t.Kind == TokenKind.QuoteMark).Last();
        Assert.Equal(0, close.Sentence);
        Assert.Equal(1, tokens.Single(t => text.Substring(t.Start, t.Length) == "Then").Sentence);
    }
}
