using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Newsdesk.Export.Schema;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Query;

/// <summary>
/// Articles, authors, images and quotes with a facet filter: the most selective filter's index rows
/// (<c>m_{entity}_</c>, else <c>f_author_</c>, <c>f_outlet_</c>, <c>f_lang_</c>) give the article ids;
/// each article is then read (a point read, or its partition range for child rows) with bounded
/// parallelism in index order, and checked against every other filter.
/// </summary>
internal sealed class IndexDrivenSource(ExportTables tables, ExportRequest request, ArticleMatcher matcher, ContinuationToken? resume)
{
    private const int Parallelism = 16;

    private sealed record Candidate(string PartitionKey, string IndexRowKey, string Value, string ArticleId);

    private sealed record Group(Candidate Candidate, ArticleFacts? Facts, IReadOnlyList<TableEntity> Rows);

    /// <summary>True when the request has a filter with an index worth driving from for this dataset.</summary>
    public static bool Applies(ExportRequest request) =>
        request.Dataset is ExportDataset.Articles
            ? request.HasEntityFilters || request.Authors.Count > 0 || request.Outlets.Count > 0 || request.Languages.Count > 0
            : request.HasEntityFilters || request.Authors.Count > 0;

    public async IAsyncEnumerable<SourceRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (prefixOf, values, setOf) = Driver();
        var common = QueryFilters.And(QueryFilters.PartitionRange(request.From, request.To), QueryFilters.ResumeAt(resume), QueryFilters.Summary(request));
        var ordered = values.Select(v => (Value: v, Prefix: prefixOf(v))).OrderBy(v => v.Prefix, StringComparer.Ordinal).ToArray();
        var streams = ordered
            .Select(v => TableScan.RowsAsync(tables.Articles, QueryFilters.And(common, QueryFilters.RowKeyPrefix(v.Prefix)), cancellationToken: cancellationToken))
            .ToArray();
        var window = new Queue<Task<Group>>();
        await foreach (var row in OrderedMerge.MergeAsync(streams, cancellationToken))
        {
            if (row.IsPageEnd)
            {
                while (window.Count > 0)
                {
                    foreach (var output in Emit(await window.Dequeue(), ordered, setOf))
                    {
                        yield return output;
                    }
                }

                yield return row;
                continue;
            }

            var index = row.Entity!;
            var value = ordered.First(v => index.RowKey.StartsWith(v.Prefix, StringComparison.Ordinal)).Value;
            var articleId = RowValues.String(index, "ArticleId") ?? index.RowKey[prefixOf(value).Length..];
            window.Enqueue(FetchAsync(new Candidate(index.PartitionKey, index.RowKey, value, articleId), cancellationToken));
            if (window.Count >= Parallelism)
            {
                foreach (var output in Emit(await window.Dequeue(), ordered, setOf))
                {
                    yield return output;
                }
            }
        }

        while (window.Count > 0)
        {
            foreach (var output in Emit(await window.Dequeue(), ordered, setOf))
            {
                yield return output;
            }
        }
    }

    private IEnumerable<SourceRow> Emit(Group group, (string Value, string Prefix)[] ordered, Func<ArticleFacts, IReadOnlySet<string>?> setOf)
    {
        if (group.Facts is not { } facts || !matcher.Matches(facts))
        {
            yield break;
        }

        // An article several driving values reach is written once, under the first value in key order:
        // decided from the article alone, so it holds across continuation tokens too.
        if (setOf(facts) is { } set && ordered.TakeWhile(v => v.Value != group.Candidate.Value).Any(v => set.Contains(v.Value)))
        {
            yield break;
        }

        foreach (var entity in group.Rows)
        {
            yield return new SourceRow(entity, group.Candidate.PartitionKey, group.Candidate.IndexRowKey);
        }
    }

    private async Task<Group> FetchAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var kind = ArticleRowKeys.ChildKind(request.Dataset);
        if (kind is null)
        {
            var response = await tables.Articles.GetEntityIfExistsAsync<TableEntity>(candidate.PartitionKey, RowKeys.Article(candidate.ArticleId), cancellationToken: cancellationToken);
            return response.HasValue
                ? new Group(candidate, new ArticleFacts(response.Value!), [response.Value!])
                : new Group(candidate, null, []);
        }

        var filter = QueryFilters.And(QueryFilters.PartitionIs(candidate.PartitionKey), QueryFilters.RowKeyPrefix(RowKeys.Article(candidate.ArticleId)));
        ArticleFacts? facts = null;
        var rows = new List<TableEntity>();
        await foreach (var row in TableScan.RowsAsync(tables.Articles, filter, cancellationToken: cancellationToken))
        {
            if (row.Entity is not { } entity)
            {
                continue;
            }

            if (!ArticleRowKeys.BelongsTo(entity.RowKey, candidate.ArticleId))
            {
                continue;
            }

            if (ArticleRowKeys.IsArticleRow(entity.RowKey))
            {
                facts = new ArticleFacts(entity);
            }
            else if (ArticleRowKeys.IsChild(entity.RowKey, kind))
            {
                rows.Add(entity);
            }
        }

        return new Group(candidate, facts, rows);
    }

    private (Func<string, string> PrefixOf, IReadOnlyCollection<string> Values, Func<ArticleFacts, IReadOnlySet<string>?> SetOf) Driver()
    {
        if (matcher.EntityGroups.Count > 0)
        {
            return (RowKeys.MentionPrefix, matcher.EntityGroups[0], f => f.EntityIds);
        }

        if (request.Authors.Count > 0)
        {
            return (slug => RowKeys.FacetPrefix(RowKeys.AuthorFacet, slug), request.Authors, f => f.AuthorSlugs);
        }

        return request.Outlets.Count > 0
            ? (d => RowKeys.FacetPrefix(RowKeys.OutletFacet, d), request.Outlets, _ => null)
            : (l => RowKeys.FacetPrefix(RowKeys.LanguageFacet, l), request.Languages, _ => null);
    }
}
