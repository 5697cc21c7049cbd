using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>Every row of one article, as built by <see cref="ArticleRows"/>.</summary>
/// <param name="PartitionKey">The article's day-shard.</param>
/// <param name="Article">The article row (its JSON in <see cref="ArticleRow.Json"/> unless <see cref="JsonOverflow"/>).</param>
/// <param name="Children">Author, image, quote, mention and facet rows (same partition).</param>
/// <param name="EntityRows">Entities-table rows: <c>e_</c> rows (merged) and <c>n_</c> lookup rows (same partition key, other table).</param>
/// <param name="Json">The article JSON.</param>
/// <param name="JsonOverflow">True when the article row is over the entity budget and the JSON goes to a blob.</param>
public sealed record ArticleRowSet(
    string PartitionKey,
    ArticleRow Article,
    IReadOnlyList<TableEntity> Children,
    IReadOnlyList<TableEntity> EntityRows,
    string Json,
    bool JsonOverflow)
{
    /// <summary>The row keys of <see cref="Children"/>.</summary>
    public IReadOnlyList<string> ChildKeys => Article.ChildKeys;
}
