using Azure.Data.Tables;
using Newsdesk.Export.Schema;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Query;

/// <summary>What the article-level filters look at, read from an article row (<c>a_{id}</c>).</summary>
internal sealed class ArticleFacts
{
    private readonly TableEntity _row;

    public ArticleFacts(TableEntity row)
    {
        _row = row;
        Id = RowValues.String(row, "ArticleId") ?? DatasetSchema.ArticleKey(row.RowKey);
        OutletDomain = RowValues.String(row, "OutletDomain");
        Language = RowValues.String(row, "Language");
        PublishedAt = RowValues.String(row, "PublishedAt");
        Title = RowValues.String(row, "Title");
        EntityIds = new HashSet<string>(RowValues.List(row, "EntityIds") ?? [], StringComparer.Ordinal);
        AuthorSlugs = new HashSet<string>((RowValues.List(row, "Authors") ?? []).Select(RowKeys.Slug), StringComparer.Ordinal);
    }

    public string Id { get; }

    public string? OutletDomain { get; }

    public string? Language { get; }

    public string? PublishedAt { get; }

    public string? Title { get; }

    public IReadOnlySet<string> EntityIds { get; }

    public IReadOnlySet<string> AuthorSlugs { get; }

    /// <summary>The body text, parsed from the article JSON only when <c>q</c> needs it.</summary>
    public string? Text => ArticleRowJson.Text(_row);
}
