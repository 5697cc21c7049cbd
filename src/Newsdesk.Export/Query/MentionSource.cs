using System.Runtime.CompilerServices;
using Newsdesk.Export.Schema;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Query;

/// <summary>
/// The mentions dataset: the <c>m_{entityId}_</c> row-key ranges of the filtered entities (or all of
/// <c>m_</c>) within the date partitions, merged in key order; article-level filters a mention row's
/// summary cannot answer are checked on the article row (cached point reads).
/// </summary>
internal sealed class MentionSource(ExportTables tables, ExportRequest request, ArticleMatcher matcher, ContinuationToken? resume)
{
    public async IAsyncEnumerable<SourceRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var common = QueryFilters.And(QueryFilters.PartitionRange(request.From, request.To), QueryFilters.ResumeAt(resume), QueryFilters.Summary(request));
        var prefixes = matcher.EntityGroups.Count == 0
            ? ["m_"]
            : matcher.EntityGroups.SelectMany(g => g).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(RowKeys.MentionPrefix).ToArray();
        var streams = prefixes
            .Select(p => TableScan.RowsAsync(tables.Articles, QueryFilters.And(common, QueryFilters.RowKeyPrefix(p)), cancellationToken: cancellationToken))
            .ToArray();
        var lookup = new ArticleLookup(tables.Articles);
        await foreach (var row in OrderedMerge.MergeAsync(streams, cancellationToken))
        {
            if (row.IsPageEnd)
            {
                yield return row;
                continue;
            }

            var entity = row.Entity!;
            if (!matcher.MatchesSummary(entity))
            {
                continue;
            }

            if (matcher.SummaryIsNotEnough)
            {
                var articleId = RowValues.String(entity, "ArticleId") ?? "";
                var facts = await lookup.GetAsync(entity.PartitionKey, articleId, cancellationToken);
                if (facts is null || !matcher.Matches(facts))
                {
                    continue;
                }
            }

            yield return row;
        }
    }
}
