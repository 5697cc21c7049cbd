using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace Newsdesk.Export.Query;

/// <summary>Streams one table query page by page (100 rows, then 1000 a page, <c>AsPages</c> continuation tokens), marking each page's end.</summary>
internal static class TableScan
{
    public const int PageSize = 1000;

    /// <summary>The first page is small so the first rows reach the client sooner; the rest come 1000 at a time.</summary>
    public const int FirstPageSize = 100;

    public static async IAsyncEnumerable<SourceRow> RowsAsync(
        TableClient table, string? filter, IEnumerable<string>? select = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        for (var pageSize = FirstPageSize; ; pageSize = PageSize)
        {
            Page<TableEntity> page;
            try
            {
                // One page per request; its continuation token (AsPages) resumes the query with the larger page size.
                var pages = table.QueryAsync<TableEntity>(filter, pageSize, select, cancellationToken).AsPages(continuation, pageSize);
                await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }

                page = enumerator.Current;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // No table yet (nothing ingested): an empty dataset, not an error.
                yield break;
            }

            foreach (var entity in page.Values)
            {
                yield return new SourceRow(entity, entity.PartitionKey, entity.RowKey);
            }

            yield return SourceRow.PageEnd;
            continuation = page.ContinuationToken;
            if (continuation is null)
            {
                yield break;
            }
        }
    }
}
