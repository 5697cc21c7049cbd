namespace Newsdesk.Export.Query;

/// <summary>
/// Chooses how a request reads the tables (docs/table-model.md, docs/export.md "How queries run"):
/// mentions scan their entity key ranges; article datasets with an entity/author (or, for articles,
/// any facet) filter are driven by that index; the rest scan the article partitions of the date range.
/// </summary>
internal static class ExportPlanner
{
    public static async Task<IAsyncEnumerable<SourceRow>> PlanAsync(ExportTables tables, ExportRequest request, ContinuationToken? resume, CancellationToken cancellationToken = default)
    {
        var groups = await new EntityResolver(tables.Entities).ResolveAsync(request, cancellationToken);
        if (groups.Any(g => g.Count == 0))
        {
            // A name that resolves to no entity matches nothing.
            return Empty();
        }

        var matcher = new ArticleMatcher(request, groups);
        return request.Dataset switch
        {
            ExportDataset.Entities => new EntitySource(tables, request, groups, resume).RowsAsync(cancellationToken),
            ExportDataset.Mentions => new MentionSource(tables, request, matcher, resume).RowsAsync(cancellationToken),
            _ when IndexDrivenSource.Applies(request) => new IndexDrivenSource(tables, request, matcher, resume).RowsAsync(cancellationToken),
            _ => new ArticleGroupSource(tables, request, matcher, resume).RowsAsync(cancellationToken),
        };
    }

    private static async IAsyncEnumerable<SourceRow> Empty()
    {
        await Task.CompletedTask;
        yield break;
    }
}
