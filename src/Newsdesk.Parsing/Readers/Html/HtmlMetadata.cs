using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Raw metadata of a page, from JSON-LD, OpenGraph, meta tags and visible markup, best source first.</summary>
internal sealed record HtmlMetadata
{
    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Deck or standfirst.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The deck as the page shows it next to the headline (a standfirst-classed element), if any.</summary>
    public string? ShownDeck { get; init; }

    /// <summary>The page URL as declared (og:url, JSON-LD url).</summary>
    public string? Url { get; init; }

    /// <summary>link rel=canonical, else JSON-LD mainEntityOfPage.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>og:site_name, else JSON-LD publisher.</summary>
    public string? OutletName { get; init; }

    /// <summary>Raw byline strings.</summary>
    public IReadOnlyList<string> Bylines { get; init; } = [];

    /// <summary>Structured authors (JSON-LD).</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Raw date strings, best first.</summary>
    public IReadOnlyList<string> DateCandidates { get; init; } = [];

    /// <summary>ISO 639-1 language, when declared.</summary>
    public string? Language { get; init; }

    /// <summary>Lead images declared in metadata (JSON-LD image, og:image).</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>The href of the page's base element, if any.</summary>
    public string? BaseHref { get; init; }

    /// <summary>JSON-LD articleBody, used only when the markup yields no text.</summary>
    public string? ArticleBody { get; init; }
}
