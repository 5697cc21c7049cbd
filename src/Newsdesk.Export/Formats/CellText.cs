using System.Globalization;
using Newsdesk.Export.Schema;

namespace Newsdesk.Export.Formats;

/// <summary>Invariant text of typed values, shared by CSV and the joined-list columns of Parquet.</summary>
internal static class CellText
{
    public const string ListSeparator = "; ";

    public static string Timestamp(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string? Format(ColumnType type, object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime d => Timestamp(d),
        IReadOnlyList<string> list => string.Join(ListSeparator, list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
