using Newsdesk.Parsing.Model;

namespace Newsdesk.Export;

/// <summary>A validated export request: the dataset, filters (values of one filter mean "any of", filters combine with "and"), columns, format and paging.</summary>
public sealed record ExportRequest
{
    /// <summary>The dataset to export.</summary>
    public required ExportDataset Dataset { get; init; }

    /// <summary>The output format.</summary>
    public ExportFormat Format { get; init; } = ExportFormat.Ndjson;

    /// <summary>Earliest publication date or time, inclusive.</summary>
    public PublishedAt? From { get; init; }

    /// <summary>Latest publication date or time, inclusive.</summary>
    public PublishedAt? To { get; init; }

    /// <summary>Outlet domains (<c>bbc.co.uk</c>).</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Author slugs (<c>cat-barton</c>), from names or slugs.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>People: entity ids or names/aliases to resolve.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>Organizations: entity ids or names/aliases to resolve.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>Places: entity ids or names/aliases to resolve.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Entity ids of any type.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];

    /// <summary>ISO 639-1 language codes.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Case-insensitive text to find in the title or body of the article.</summary>
    public string? Query { get; init; }

    /// <summary>Chosen columns in the order given; null for all.</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Maximum rows in this response (1..100000); null streams the whole result.</summary>
    public int? Limit { get; init; }

    /// <summary>The opaque token of the previous page, if any.</summary>
    public string? Continuation { get; init; }

    /// <summary>True when any article-level filter other than the date range is set.</summary>
    public bool HasArticleFilters =>
        Outlets.Count > 0 || Authors.Count > 0 || Languages.Count > 0 || Query is not null || HasEntityFilters;

    /// <summary>True when any person/organization/place/entity filter is set.</summary>
    public bool HasEntityFilters => People.Count > 0 || Organizations.Count > 0 || Places.Count > 0 || EntityIds.Count > 0;
}
