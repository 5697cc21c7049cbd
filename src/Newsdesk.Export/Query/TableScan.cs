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

    /// <summary>Tries per page when the connection drops mid-body (Azure.Core's default is 3 retries for buffered bodies).</summary>
    private const int PageAttempts = 3;

    public static async IAsyncEnumerable<SourceRow> RowsAsync(
        TableClient table, string? filter, IEnumerable<string>? select = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        for (var pageSize = FirstPageSize; ; pageSize = PageSize)
        {
            if (await ReadPageAsync(table, filter, select, continuation, pageSize, cancellationToken) is not { } page)
            {
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

    /// <summary>One page per request; null when the query has no page or the table does not exist.</summary>
    private static async Task<Page<TableEntity>?> ReadPageAsync(
        TableClient table, string? filter, IEnumerable<string>? select, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Its continuation token (AsPages) resumes the query with the larger page size.
                var pages = table.QueryAsync<TableEntity>(filter, pageSize, select, cancellationToken).AsPages(continuation, pageSize);
                await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
                return await enumerator.MoveNextAsync() ? enumerator.Current : null;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // No table yet (nothing ingested): an empty dataset, not an error.
                return null;
            }
            catch (IOException) when (attempt < PageAttempts && !cancellationToken.IsCancellationRequested)
            {
                // Query pages are read from the network stream after Azure.Core's pipeline (and its retries)
                // returned (StreamedQueryResponsePolicy), so a connection dropped mid-page lands here. No row
                // of the page has been yielded yet: asking again from the same continuation token is exact.
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
            }
        }
    }
}
