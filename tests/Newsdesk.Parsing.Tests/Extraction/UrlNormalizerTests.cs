using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTPS://WWW.Example.COM/News/Story-1", "https://www.example.com/News/Story-1")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("http://example.com:80/a", "http://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("https://example.com/a#comments", "https://example.com/a")]
    [InlineData("https://example.com/a?utm_source=x&id=7&utm_campaign=y&page=2", "https://example.com/a?id=7&page=2")]
    [InlineData("https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6&ref_src=7&igshid=8&_ga=9", "https://example.com/a")]
    [InlineData("<https://example.com/a>", "https://example.com/a")]
    [InlineData("//example.com/a", "https://example.com/a")]
    [InlineData("www.example.com/a", "https://www.example.com/a")]
    public void NormalizesPerConventions(string raw, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(raw));

    [Theory]
    [InlineData("#")]
    [InlineData("#top")]
    [InlineData("/2024/06/19/story")]
    [InlineData("story.html")]
    [InlineData("javascript:void(0)")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("ftp://example.com/file")]
    [InlineData("https://localhost/a")]
    [InlineData("")]
    [InlineData("www.\u2028")]
    public void RejectsPlaceholdersRelativePathsAndOtherSchemes(string raw) =>
        Assert.Null(UrlNormalizer.Normalize(raw));
}
