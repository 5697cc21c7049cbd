using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Pipeline;

/// <summary>
/// What a reader found in one upload, before extraction: raw strings where the layout gave raw
/// strings (bylines, date candidates, URLs), structured values where it gave structure (JSON-LD
/// authors). Each extractor of the pipeline returns a new draft with its part filled in.
/// </summary>
public sealed record ArticleDraft
{
    /// <summary>The upload's name (file or blob name).</summary>
    public required string SourceName { get; init; }

    /// <summary>The layout the reader recognised: markdown, html, json, ndjson, text.</summary>
    public required string Format { get; init; }

    /// <summary>SHA-256 of the upload's bytes (for NDJSON: of the line), lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Deck or standfirst.</summary>
    public string? Subtitle { get; init; }

    /// <summary>URL as found in the upload (trailer, og:url, JSON url).</summary>
    public string? Url { get; init; }

    /// <summary>Canonical URL as declared (link rel=canonical, JSON-LD mainEntityOfPage).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Outlet name as the page states it (og:site_name, JSON-LD publisher).</summary>
    public string? OutletName { get; init; }

    /// <summary>The outlet, once the outlet extractor resolved it from the URL and page.</summary>
    public Outlet? Outlet { get; init; }

    /// <summary>Raw byline strings, in page order ("By Cat Barton for AFP and Claire Lee for AFP").</summary>
    public IReadOnlyList<string> Bylines { get; init; } = [];

    /// <summary>Authors: structured ones from metadata, or those the byline extractor parsed.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Raw date strings, best first (JSON-LD datePublished, meta tags, date line).</summary>
    public IReadOnlyList<string> DateCandidates { get; init; } = [];

    /// <summary>The resolved publication time, once the date extractor ran.</summary>
    public PublishedAt? PublishedAt { get; init; }

    /// <summary>Declared or detected language (ISO 639-1).</summary>
    public string? Language { get; init; }

    /// <summary>Dateline place, when the body started with one ("SINGAPORE (Reuters) -").</summary>
    public string? Dateline { get; init; }

    /// <summary>The news agency a dateline or byline names ("Reuters" in "SINGAPORE (Reuters) -"): an affiliation hint for authors.</summary>
    public string? WireAgency { get; init; }

    /// <summary>Images with captions and credits.</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>Body sections.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; init; } = [];

    /// <summary>Hyperlinks of the body.</summary>
    public IReadOnlyList<ArticleLink> Links { get; init; } = [];

    /// <summary>Resolved entities, once the entity extractor ran.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Quotations, once the quote extractor ran.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>The body as plain paragraphs (headings excluded), in order.</summary>
    public IEnumerable<string> Paragraphs => Sections.SelectMany(s => s.Paragraphs);
}
