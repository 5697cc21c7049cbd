using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace Newsdesk.Export.Query;

/// <summary>Streams one table query page by page (1000 rows a page, <c>AsPages</c>), marking each page's end.</summary>
internal static class TableScan
{
    public const int PageSize = 1000;

    public static async IAsyncEnumerable<SourceRow> RowsAsync(
        TableClient table, string? filter, IEnumerable<string>? select = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pages = table.QueryAsync<TableEntity>(filter, PageSize, select, cancellationToken).AsPages(pageSizeHint: PageSize);
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            Page<TableEntity> page;
            try
            {
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
        }
    }
}
