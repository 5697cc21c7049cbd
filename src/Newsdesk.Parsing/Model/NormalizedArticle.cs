namespace Newsdesk.Parsing.Model;

/// <summary>One news article, normalized from any upload layout; the shape the `articles` export uses.</summary>
public sealed record NormalizedArticle
{
    /// <summary>Stable id: a hash of the canonical URL, else of the content.</summary>
    public required string Id { get; init; }

    /// <summary>The article's URL as found (normalized), if any.</summary>
    public string? Url { get; init; }

    /// <summary>The canonical URL: host lower-cased, fragment and tracking parameters removed.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The publishing outlet.</summary>
    public Outlet? Outlet { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The standfirst or deck, where there is one.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Publication time: a date alone when only the date is known; never invented.</summary>
    public PublishedAt? PublishedAt { get; init; }

    /// <summary>ISO 639-1 language code, when detected or declared.</summary>
    public string? Language { get; init; }

    /// <summary>Authors with their affiliation ("Cat Barton for AFP").</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Images with caption and credit.</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>Body sections; the first has no heading when the body starts without one.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; init; } = [];

    /// <summary>Clean body text, paragraphs separated by blank lines, no markup.</summary>
    public required string Text { get; init; }

    /// <summary>Words in <see cref="Text"/>.</summary>
    public int WordCount { get; init; }

    /// <summary>Hyperlinks found in the body.</summary>
    public IReadOnlyList<ArticleLink> Links { get; init; } = [];

    /// <summary>People, organizations and places, resolved within the article.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Direct quotations with their speaker.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Where the article came from and how it was parsed.</summary>
    public required ArticleSource Source { get; init; }
}
