using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class OutletExtractorTests
{
    [Theory]
    [InlineData("www.bbc.co.uk", "bbc.co.uk")]
    [InlineData("news.bbc.co.uk", "bbc.co.uk")]
    [InlineData("www.themoscowtimes.com", "themoscowtimes.com")]
    [InlineData("edition.cnn.com", "cnn.com")]
    [InlineData("www.smh.com.au", "smh.com.au")]
    [InlineData("www.japantimes.co.jp", "japantimes.co.jp")]
    [InlineData("en.yna.co.kr", "yna.co.kr")]
    [InlineData("example.org", "example.org")]
    [InlineData("www.riodosul.sc.gov.br", "riodosul.sc.gov.br")]
    [InlineData("portal.saude.sp.gov.br", "saude.sp.gov.br")]
    [InlineData("www.planalto.gov.br", "planalto.gov.br")]
    [InlineData("marshdiary.blogspot.com", "marshdiary.blogspot.com")]
    [InlineData("someone.github.io", "someone.github.io")]
    public void FindsTheRegistrableDomain(string host, string expected) =>
        Assert.Equal(expected, DomainNames.Registrable(host));

    [Theory]
    [InlineData("https://www.theguardian.com/world/2024/x", null, "theguardian.com", "The Guardian")]
    [InlineData("https://edition.cnn.com/2024/x", null, "cnn.com", "CNN")]
    [InlineData("https://www.bbc.co.uk/news/x", null, "bbc.co.uk", "BBC")]
    [InlineData("https://www.bbc.co.uk/news/x", "BBC News", "bbc.co.uk", "BBC News")]
    [InlineData("https://www.smalltownpaper.example/x", null, "smalltownpaper.example", "smalltownpaper.example")]
    public void NamesTheOutletFromThePageElseTheTableElseTheDomain(string url, string? stated, string domain, string name)
    {
        var draft = TestParse.Draft("Body.") with { Url = url, OutletName = stated };

        var outlet = new OutletExtractor().Extract(draft).Outlet;

        Assert.Equal(domain, outlet?.Domain);
        Assert.Equal(name, outlet?.Name);
    }

    [Fact]
    public void GivesAKnownOutletItsDomainWhenThereIsNoUrl()
    {
        var outlet = new OutletExtractor().Extract(TestParse.Draft("Body.") with { OutletName = "Associated Press" }).Outlet;

        Assert.Equal("apnews.com", outlet?.Domain);
        Assert.Equal("Associated Press", outlet?.Name);
    }

    [Fact]
    public void TreatsADomainAsSourceNameAsTheDomain()
    {
        var outlet = new OutletExtractor().Extract(TestParse.Draft("Body.") with { OutletName = "www.theguardian.com" }).Outlet;

        Assert.Equal(new Model.Outlet("theguardian.com", "The Guardian"), outlet);
    }
}
