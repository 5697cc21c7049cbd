using System.Runtime.CompilerServices;

namespace Newsdesk.Export.Query;

/// <summary>
/// Articles, authors, images and quotes without an index-worthy filter: one scan of the <c>a_</c>
/// rows of the date partitions. Each article row comes right before its children, so the article
/// filters are decided once per article and the children follow that decision.
/// </summary>
internal sealed class ArticleGroupSource(ExportTables tables, ExportRequest request, ArticleMatcher matcher, ContinuationToken? resume)
{
    public async IAsyncEnumerable<SourceRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = QueryFilters.And(
            QueryFilters.PartitionRange(request.From, request.To), QueryFilters.ResumeAt(resume),
            QueryFilters.RowKeyPrefix("a_"), QueryFilters.Summary(request));
        var kind = ArticleRowKeys.ChildKind(request.Dataset);
        string? currentArticle = null, currentPartition = null;
        var matched = false;
        await foreach (var row in TableScan.RowsAsync(tables.Articles, filter, cancellationToken: cancellationToken))
        {
            if (row.IsPageEnd)
            {
                yield return row;
                continue;
            }

            var entity = row.Entity!;
            if (ArticleRowKeys.IsArticleRow(entity.RowKey))
            {
                currentArticle = entity.RowKey;
                currentPartition = entity.PartitionKey;
                var facts = new ArticleFacts(entity);
                matched = matcher.Matches(facts);
                if (matched && kind is null)
                {
                    yield return row;
                }

                continue;
            }

            if (kind is not null && matched && currentArticle is not null &&
                entity.PartitionKey == currentPartition &&
                ArticleRowKeys.BelongsTo(entity.RowKey, currentArticle[2..]) && ArticleRowKeys.IsChild(entity.RowKey, kind))
            {
                yield return row with { DriverRowKey = currentArticle };
            }
        }
    }
}
