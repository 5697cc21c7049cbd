using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>The golden harness itself: it accepts a right article and reports every kind of mismatch of a wrong one.</summary>
public sealed class GoldenComparerTests
{
    private static readonly ExpectedArticle Expected = new()
    {
        Title = "Putin visits Pyongyang",
        Url = "https://example.com/a",
        CanonicalUrl = "https://example.com/a",
        Outlet = new ExpectedOutlet("example.com", "Example News"),
        PublishedAt = "2024-06-19",
        Language = "en",
        Authors = [new Author("Cat Barton", "AFP")],
        Images = [new ExpectedImage(null, "Kim and Putin.", "TASS")],
        Sections = ["Red carpet"],
        Entities = new ExpectedEntities
        {
            People = [new ExpectedEntity("Vladimir Putin", ["Putin"])],
            Places = [new ExpectedEntity("North Korea", ["DPRK"], "KP")],
        },
        Quotes = [new ExpectedQuote("really a breakthrough", "Vladimir Putin", false), new ExpectedQuote("blackmail", null, true)],
    };

    [Fact]
    public void RightArticleHasNoMismatch()
    {
        var article = Article(
            [Person("Vladimir Putin", "Putin"), Place("North Korea", "KP", "DPRK", "North Korea's")],
            [new Quote("It is really a breakthrough document", "Vladimir Putin", "person:vladimir-putin"), new Quote("blackmail", null, null, true)]);

        Assert.Empty(GoldenComparer.Compare(Expected, article));
    }

    [Fact]
    public void WrongArticleReportsEveryMismatchNotJustTheFirst()
    {
        var article = Article(
            [Person("Vladimir Putin"), Person("Putin"), Person("Russian"), Place("North Korea", null, "DPRK")],
            [new Quote("It is really a breakthrough document", "Kim Jong Un", null), new Quote("We will fight together against them", null, null)])
            with
            { Title = "Putin visits Pyongyang | Example", PublishedAt = null, Authors = [new Author("Cat Barton")] };

        var diff = GoldenComparer.Compare(Expected, article);

        Assert.Contains(diff, d => d.StartsWith("title: expected \"Putin visits Pyongyang\", got \"Putin visits Pyongyang | Example\"", StringComparison.Ordinal));
        Assert.Contains(diff, d => d.StartsWith("publishedAt: expected \"2024-06-19\", got null", StringComparison.Ordinal));
        Assert.Contains(diff, d => d.StartsWith("authors:", StringComparison.Ordinal));
        Assert.Contains(diff, d => d.Contains("expected forms [\"Putin\"]", StringComparison.Ordinal));
        Assert.Contains(diff, d => d.Contains("unexpected \"Putin\"", StringComparison.Ordinal) && d.Contains("split from", StringComparison.Ordinal));
        Assert.Contains(diff, d => d == "people: unexpected \"Russian\"");
        Assert.Contains(diff, d => d.Contains("countryCode expected \"KP\", got null", StringComparison.Ordinal));
        Assert.Contains(diff, d => d.StartsWith("quote \"really a breakthrough\": expected speaker \"Vladimir Putin\"", StringComparison.Ordinal));
        Assert.Contains(diff, d => d == "quote \"blackmail\": not found");
        Assert.Contains(diff, d => d.StartsWith("quote: unexpected unattributed statement", StringComparison.Ordinal));
        Assert.Equal(10, diff.Count);
    }

    private static NormalizedArticle Article(IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes) => new()
    {
        Id = "x",
        Title = "Putin visits Pyongyang",
        Url = "https://example.com/a",
        CanonicalUrl = "https://example.com/a",
        Outlet = new Outlet("example.com", "Example News"),
        PublishedAt = new PublishedAt(new DateOnly(2024, 6, 19)),
        Language = "en",
        Authors = [new Author("Cat Barton", "AFP")],
        Images = [new ArticleImage("https://example.com/i.jpg", "Kim and Putin.", "TASS")],
        Sections = [new ArticleSection(null, ["First."]), new ArticleSection("Red carpet", ["Second."])],
        Text = "First.\n\nRed carpet\n\nSecond.",
        Entities = entities,
        Quotes = quotes,
        Source = new ArticleSource("a.md", "markdown", "hash", ParserInfo.Version),
    };

    private static Entity Person(string name, params string[] aliases) =>
        new($"person:{name.ToLowerInvariant().Replace(' ', '-')}", EntityType.Person, name, aliases, 1, []);

    private static Entity Place(string name, string? code, params string[] aliases) =>
        new($"place:{name.ToLowerInvariant().Replace(' ', '-')}", EntityType.Place, name, aliases, 1, [], code);
}
