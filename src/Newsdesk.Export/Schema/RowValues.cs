using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Schema;

/// <summary>Tolerant readers of stored properties: the writer's types may be int or long, DateTime or DateTimeOffset, JSON or joined lists.</summary>
internal static class RowValues
{
    public static string? String(TableEntity e, string name) =>
        e.TryGetValue(name, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public static object? Int(TableEntity e, string name) => e.TryGetValue(name, out var v) ? v switch
    {
        int i => i,
        long l => (int)l,
        double d => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) => p,
        _ => null,
    } : null;

    public static object? Bool(TableEntity e, string name) => e.TryGetValue(name, out var v) ? v switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var p) => p,
        _ => null,
    } : null;

    public static object? Timestamp(TableEntity e, string name) => e.TryGetValue(name, out var v) ? v switch
    {
        DateTimeOffset o => o.UtcDateTime,
        DateTime d => d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime(),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p) => p.UtcDateTime,
        _ => null,
    } : null;

    /// <summary>A list stored as a JSON array or as items joined by <c>"; "</c>.</summary>
    public static IReadOnlyList<string>? List(TableEntity e, string name)
    {
        if (e.TryGetValue(name, out var value) && value is IReadOnlyList<string> folded)
        {
            return folded;
        }

        // Long lists are split over Name, Name_1, ... like the article JSON (TableLimits.WriteSplit).
        var text = e.ContainsKey(name + "_1") ? TableLimits.ReadSplit(e, name) : String(e, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.TrimStart().StartsWith('['))
        {
            try
            {
                return JsonSerializer.Deserialize(text, ExportJsonContext.Default.StringArray) ?? [];
            }
            catch (JsonException)
            {
                return [text];
            }
        }

        return text.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The publication date from a day-shard partition key (<c>yyyy-MM-dd_s</c>); null for undated rows.</summary>
    public static object? DateFromPartition(TableEntity e)
    {
        var pk = e.PartitionKey;
        return pk is { Length: >= 10 } && DateTime.TryParseExact(pk.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? d
            : null;
    }
}
