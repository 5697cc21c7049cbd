using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Newsdesk.Export.Schema;

namespace Newsdesk.Export.Query;

/// <summary>
/// The entities dataset: <c>e_{id}</c> rows with their <c>e_{id}_alias_*</c> rows folded into an
/// aliases list, in key order. Alias rows of X follow every id that extends X with '-' or a digit
/// (those sort before '_'), so open entities wait on a small stack until a row key leaves their
/// prefix; memory is bounded by that nesting, not by the table.
/// </summary>
internal sealed class EntitySource(ExportTables tables, ExportRequest request, IReadOnlyList<IReadOnlySet<string>> groups, ContinuationToken? resume)
{
    private const string AliasMarker = "_alias_";

    private sealed class Open(TableEntity row)
    {
        public TableEntity Row { get; } = row;

        public List<string> Aliases { get; } = [];

        public List<TableEntity> Ready { get; } = [];
    }

    public async IAsyncEnumerable<SourceRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ids = groups.SelectMany(g => g).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        IAsyncEnumerable<SourceRow>[] streams = groups.Count == 0
            ? [TableScan.RowsAsync(tables.Entities, QueryFilters.And(QueryFilters.ResumeAt(resume), QueryFilters.RowKeyPrefix("e_")), cancellationToken: cancellationToken)]
            : ids.Select(id => Only(id, TableScan.RowsAsync(
                tables.Entities,
                QueryFilters.And(QueryFilters.PartitionIs(id[..id.IndexOf(':')]), QueryFilters.ResumeAt(resume), QueryFilters.RowKeyPrefix("e_" + KeySegment.Encode(id))),
                cancellationToken: cancellationToken))).ToArray();
        var stack = new List<Open>();
        await foreach (var row in OrderedMerge.MergeAsync(streams, cancellationToken))
        {
            if (row.IsPageEnd)
            {
                yield return row;
                continue;
            }

            var entity = row.Entity!;
            while (stack.Count > 0 && (stack[^1].Row.PartitionKey != entity.PartitionKey || !entity.RowKey.StartsWith(stack[^1].Row.RowKey, StringComparison.Ordinal)))
            {
                foreach (var done in Close(stack))
                {
                    yield return done;
                }
            }

            var alias = entity.RowKey.IndexOf(AliasMarker, StringComparison.Ordinal);
            if (alias < 0)
            {
                stack.Add(new Open(entity));
            }
            else if (stack.FindLast(o => o.Row.RowKey.Length == alias && entity.RowKey.StartsWith(o.Row.RowKey, StringComparison.Ordinal)) is { } owner)
            {
                owner.Aliases.Add(entity.GetString("Alias") ?? entity.RowKey[(alias + AliasMarker.Length)..]);
            }
        }

        while (stack.Count > 0)
        {
            foreach (var done in Close(stack))
            {
                yield return done;
            }
        }
    }

    /// <summary>Closes the top entity: it and the entities that waited on it go to its parent, or out when none is open.</summary>
    private IEnumerable<SourceRow> Close(List<Open> stack)
    {
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        top.Row[DatasetSchema.EntityAliasProperty] = JsonSerializer.Serialize(top.Aliases.Distinct().ToArray(), ExportJsonContext.Default.StringArray);
        var ready = new List<TableEntity>(top.Ready.Count + 1);
        if (Matches(top))
        {
            ready.Add(top.Row);
        }

        ready.AddRange(top.Ready);
        if (stack.Count > 0)
        {
            stack[^1].Ready.AddRange(ready);
            return [];
        }

        return ready.Select(e => new SourceRow(e, e.PartitionKey, e.RowKey));
    }

    private bool Matches(Open open) =>
        request.Query is not { } q ||
        (open.Row.GetString("Name")?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false) ||
        open.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase));

    /// <summary>Keeps the rows of exactly one id (a key range on <c>e_{id}</c> also holds ids that extend it).</summary>
    private static async IAsyncEnumerable<SourceRow> Only(string id, IAsyncEnumerable<SourceRow> rows)
    {
        var key = "e_" + KeySegment.Encode(id);
        await foreach (var row in rows)
        {
            if (row.IsPageEnd || row.Entity!.RowKey == key || row.Entity.RowKey.StartsWith(key + AliasMarker, StringComparison.Ordinal))
            {
                yield return row;
            }
        }
    }
}
