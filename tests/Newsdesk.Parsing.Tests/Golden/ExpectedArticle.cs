using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>What a sample's <c>.expected.json</c> says a correct parse yields (written by hand).</summary>
public sealed record ExpectedArticle
{
    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Url { get; init; }

    public string? CanonicalUrl { get; init; }

    public ExpectedOutlet? Outlet { get; init; }

    public string? PublishedAt { get; init; }

    public string? Language { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];

    public IReadOnlyList<ExpectedImage> Images { get; init; } = [];

    /// <summary>The non-null section headings, in order.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    public ExpectedEntities Entities { get; init; } = new();

    public IReadOnlyList<ExpectedQuote> Quotes { get; init; } = [];

    /// <summary>
    /// Mismatch lines the parser is known to produce on this article (exactly as the comparer words them); the
    /// expectation above stays what the article says, and a gap that closes must be removed from the list.
    /// </summary>
    public IReadOnlyList<string> KnownGaps { get; init; } = [];
}
