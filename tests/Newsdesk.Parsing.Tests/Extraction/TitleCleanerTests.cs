using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class TitleCleanerTests
{
    [Theory]
    [InlineData("Rates held | Reuters", "Rates held")]
    [InlineData("Rates held - The Moscow Times", "Rates held")]
    [InlineData("Rates held — Moscow Times", "Rates held")]
    [InlineData("The Moscow Times | Rates held", "Rates held")]
    [InlineData("Rates held - a second look", "Rates held - a second look")]
    [InlineData("## **Rates held**", "Rates held")]
    [InlineData("[Rates held](https://example.org/a)", "Rates held")]
    [InlineData("Rates &amp; bonds", "Rates & bonds")]
    public void StripsOutletSuffixesAndMarkupResidue(string title, string expected)
    {
        var draft = TestParse.Draft("Body.") with { Title = title, Outlet = new Outlet("themoscowtimes.com", "The Moscow Times") };
        if (title.Contains("Reuters", StringComparison.Ordinal))
        {
            draft = draft with { Outlet = new Outlet("reuters.com", "Reuters") };
        }

        Assert.Equal(expected, new TitleCleaner().Extract(draft).Title);
    }

    [Fact]
    public void KeepsASuffixThatIsNotTheOutlet()
    {
        var draft = TestParse.Draft("Body.") with { Title = "Talks resume | BBC", Outlet = new Outlet("cnn.com", "CNN") };

        Assert.Equal("Talks resume | BBC", new TitleCleaner().Extract(draft).Title);
    }
}
