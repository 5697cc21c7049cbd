namespace Newsdesk.Export.Query;

/// <summary>Row-key shapes of the article partition: <c>a_{id}</c> and <c>a_{id}_{kind}_{nn}</c> (docs/table-model.md).</summary>
internal static class ArticleRowKeys
{
    /// <summary>The child kind of a dataset (<c>author</c>, <c>image</c>, <c>quote</c>), null for articles.</summary>
    public static string? ChildKind(ExportDataset dataset) => dataset switch
    {
        ExportDataset.Authors => "author",
        ExportDataset.Images => "image",
        ExportDataset.Quotes => "quote",
        _ => null,
    };

    /// <summary>True for the article row itself (no separator after the id; ids are hex).</summary>
    public static bool IsArticleRow(string rowKey) => rowKey.StartsWith("a_", StringComparison.Ordinal) && rowKey.IndexOf('_', 2) < 0;

    /// <summary>True for a child row of <paramref name="kind"/> of any article.</summary>
    public static bool IsChild(string rowKey, string kind)
    {
        var separator = rowKey.IndexOf('_', 2);
        return separator > 0 && rowKey.AsSpan(separator + 1).StartsWith(kind + "_", StringComparison.Ordinal);
    }

    /// <summary>True for a row of article <paramref name="articleId"/> (its article row or a child).</summary>
    public static bool BelongsTo(string rowKey, string articleId) =>
        rowKey.Length >= articleId.Length + 2 && rowKey.AsSpan(2).StartsWith(articleId, StringComparison.Ordinal) &&
        (rowKey.Length == articleId.Length + 2 || rowKey[articleId.Length + 2] == '_');
}
