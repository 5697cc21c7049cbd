using Azure.Data.Tables;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Query;

/// <summary>
/// OData fragments, each built by <see cref="TableClient.CreateQueryFilter(FormattableString)"/> so every
/// value is quoted and escaped by the SDK; fragments are only joined with fixed <c>and</c>/<c>or</c>.
/// </summary>
internal static class QueryFilters
{
    /// <summary>Lowest dated partition: undated articles (<c>0000-00-00_s</c>) sort below it.</summary>
    private const string FirstDated = "0001-01-01_";

    public static string RowKeyPrefix(string prefix) => RowKeyRange(prefix, KeyRange.Prefix(prefix).To);

    public static string RowKeyRange(string from, string to) => TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}");

    /// <summary>Day-shard partitions from..to inclusive (docs/table-model.md); null when there is no date bound.</summary>
    public static string? PartitionRange(PublishedAt? from, PublishedAt? to)
    {
        if (from is null && to is null)
        {
            return null;
        }

        var lower = from is null ? FirstDated : Day(from.Date) + "_";
        if (to is null)
        {
            return TableClient.CreateQueryFilter($"PartitionKey ge {lower}");
        }

        var upper = KeyRange.Prefix(Day(to.Date) + "_").To;
        return TableClient.CreateQueryFilter($"PartitionKey ge {lower} and PartitionKey lt {upper}");
    }

    /// <summary>Restart at a driving row, inclusive: later partitions, or the same partition from that row key on.</summary>
    public static string? ResumeAt(ContinuationToken? token) => token is null
        ? null
        : TableClient.CreateQueryFilter($"PartitionKey gt {token.PartitionKey} or (PartitionKey eq {token.PartitionKey} and RowKey ge {token.DriverRowKey})");

    public static string PartitionIs(string partitionKey) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");

    /// <summary>Outlet and language on the article summary every Articles-table row carries, or null when unfiltered or too many values.</summary>
    public static string? Summary(ExportRequest request)
    {
        // A table filter may hold at most 15 comparisons (Query Entities, Table service REST API): past a few values filter in process instead.
        var outlet = request.Outlets.Count is > 0 and <= 3
            ? Or(request.Outlets.Select(o => TableClient.CreateQueryFilter($"OutletDomain eq {o}")))
            : null;
        var language = request.Languages.Count is > 0 and <= 3
            ? Or(request.Languages.Select(l => TableClient.CreateQueryFilter($"Language eq {l}")))
            : null;
        return And(outlet, language);
    }

    public static string? And(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrEmpty(p)).ToArray();
        return present.Length switch
        {
            0 => null,
            1 => present[0],
            _ => string.Join(" and ", present.Select(p => "(" + p + ")")),
        };
    }

    private static string? Or(IEnumerable<string> parts)
    {
        var list = parts.ToArray();
        return list.Length == 0 ? null : list.Length == 1 ? list[0] : string.Join(" or ", list.Select(p => "(" + p + ")"));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
