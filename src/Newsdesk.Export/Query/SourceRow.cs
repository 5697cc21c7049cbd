using Azure.Data.Tables;

namespace Newsdesk.Export.Query;

/// <summary>
/// A row to export and the key of the driving row it came from (the row itself for scans, the
/// article row or index row otherwise). A row with no entity marks the end of a table page: writers flush there.
/// </summary>
internal readonly record struct SourceRow(TableEntity? Entity, string DriverPartitionKey, string DriverRowKey)
{
    public static SourceRow PageEnd { get; } = new(null, "", "");

    public bool IsPageEnd => Entity is null;
}
