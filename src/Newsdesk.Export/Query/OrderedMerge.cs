using System.Runtime.CompilerServices;

namespace Newsdesk.Export.Query;

/// <summary>
/// Merges streams that are each in (driver partition, driver row key, row key) order into one such
/// stream: how several values of one filter (several key ranges) become one ordered result.
/// </summary>
internal static class OrderedMerge
{
    public static async IAsyncEnumerable<SourceRow> MergeAsync(
        IReadOnlyList<IAsyncEnumerable<SourceRow>> sources, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (sources.Count == 1)
        {
            await foreach (var row in sources[0].WithCancellation(cancellationToken))
            {
                yield return row;
            }

            yield break;
        }

        var enumerators = sources.Select(s => s.GetAsyncEnumerator(cancellationToken)).ToList();
        var heads = new List<SourceRow?>(enumerators.Count);
        try
        {
            foreach (var enumerator in enumerators)
            {
                heads.Add((await NextRowAsync(enumerator)).Row);
            }

            while (true)
            {
                var best = -1;
                for (var i = 0; i < heads.Count; i++)
                {
                    if (heads[i] is { } head && (best < 0 || Compare(head, heads[best]!.Value) < 0))
                    {
                        best = i;
                    }
                }

                if (best < 0)
                {
                    yield break;
                }

                yield return heads[best]!.Value;
                var (next, pageEnded) = await NextRowAsync(enumerators[best]);
                heads[best] = next;
                if (pageEnded)
                {
                    yield return SourceRow.PageEnd;
                }
            }
        }
        finally
        {
            foreach (var enumerator in enumerators)
            {
                await enumerator.DisposeAsync();
            }
        }
    }

    /// <summary>The next real row of a stream (null at its end) and whether a page ended before it.</summary>
    private static async ValueTask<(SourceRow? Row, bool PageEnded)> NextRowAsync(IAsyncEnumerator<SourceRow> enumerator)
    {
        var pageEnded = false;
        while (await enumerator.MoveNextAsync())
        {
            if (!enumerator.Current.IsPageEnd)
            {
                return (enumerator.Current, pageEnded);
            }

            pageEnded = true;
        }

        return (null, pageEnded);
    }

    public static int Compare(SourceRow a, SourceRow b)
    {
        var c = string.CompareOrdinal(a.DriverPartitionKey, b.DriverPartitionKey);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.DriverRowKey, b.DriverRowKey);
        return c != 0 ? c : string.CompareOrdinal(a.Entity!.RowKey, b.Entity!.RowKey);
    }
}
