using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>What the page's JSON-LD says about its article (schema.org Article and its subtypes).</summary>
internal sealed record JsonLdArticle
{
    /// <summary>headline (or name).</summary>
    public string? Headline { get; init; }

    /// <summary>alternativeHeadline.</summary>
    public string? AlternativeHeadline { get; init; }

    /// <summary>description.</summary>
    public string? Description { get; init; }

    /// <summary>datePublished.</summary>
    public string? DatePublished { get; init; }

    /// <summary>dateCreated.</summary>
    public string? DateCreated { get; init; }

    /// <summary>dateModified.</summary>
    public string? DateModified { get; init; }

    /// <summary>Person authors; Organization authors only when no person is given.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Authors given as plain strings (raw bylines).</summary>
    public IReadOnlyList<string> AuthorStrings { get; init; } = [];

    /// <summary>publisher.name.</summary>
    public string? PublisherName { get; init; }

    /// <summary>url.</summary>
    public string? Url { get; init; }

    /// <summary>mainEntityOfPage (its @id or url, or the string).</summary>
    public string? MainEntityOfPage { get; init; }

    /// <summary>image(s), with caption where given.</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>inLanguage.</summary>
    public string? Language { get; init; }

    /// <summary>articleBody, a fallback when the page's markup gives no text.</summary>
    public string? ArticleBody { get; init; }
}
