using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class OutletAuthorsTests
{
    [Theory]
    [InlineData("Coast Gazette", "Coast Gazette", null, true)]
    [InlineData("The Coast Gazette News", "Coast Gazette", null, true)]
    [InlineData("COAST GAZETTE STAFF", "The Coast Gazette | gazette.example", null, true)]
    [InlineData("Gazette", null, "https://www.gazette.example/news/a", true)]
    [InlineData("Reuters", "Coast Gazette", "https://www.gazette.example/news/a", false)]
    [InlineData("Mira Holt", "Coast Gazette", "https://www.gazette.example/news/a", false)]
    [InlineData("Ann", "Annual Review", null, false)]
    public void AuthorNamingTheOutletIsTold(string author, string? outlet, string? url, bool expected) =>
        Assert.Equal(expected, OutletAuthors.IsOutlet(author, outlet, url));
}
