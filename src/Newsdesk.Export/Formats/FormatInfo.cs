namespace Newsdesk.Export.Formats;

/// <summary>Names, media types and file extensions of the export formats, and <c>Accept</c> negotiation.</summary>
public static class FormatInfo
{
    /// <summary>Values of the <c>format</c> parameter.</summary>
    public static IReadOnlyList<string> Names { get; } = ["csv", "ndjson", "json", "parquet"];

    /// <summary>Media types Newsdesk writes, as listed in a 406 problem.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } =
        ["text/csv", "application/x-ndjson", "application/json", "application/vnd.apache.parquet", "application/x-parquet"];

    /// <summary>The media type of the response body.</summary>
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        ExportFormat.Parquet => "application/vnd.apache.parquet",
        _ => "application/x-ndjson; charset=utf-8",
    };

    /// <summary>The file extension (without dot).</summary>
    public static string Extension(ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>Parses the <c>format</c> parameter.</summary>
    public static ExportFormat? FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "ndjson" or "jsonl" => ExportFormat.Ndjson,
        "json" => ExportFormat.Json,
        "parquet" => ExportFormat.Parquet,
        _ => null,
    };

    /// <summary>
    /// Chooses the format from an <c>Accept</c> header (RFC 9110 §12.5.1): the acceptable type with the
    /// highest q wins, ties go to the earlier entry; <c>*/*</c>, <c>application/*</c> or no header mean NDJSON.
    /// Returns null when nothing acceptable is offered.
    /// </summary>
    public static ExportFormat? FromAccept(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return ExportFormat.Ndjson;
        }

        ExportFormat? best = null;
        var bestQ = 0.0;
        foreach (var part in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var q = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase) &&
                    double.TryParse(parameter.AsSpan(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    q = Math.Clamp(parsed, 0, 1);
                }
            }

            var format = pieces[0].ToLowerInvariant() switch
            {
                "text/csv" or "text/*" => ExportFormat.Csv,
                "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "*/*" or "application/*" => ExportFormat.Ndjson,
                "application/json" => ExportFormat.Json,
                "application/vnd.apache.parquet" or "application/x-parquet" or "application/parquet" => ExportFormat.Parquet,
                _ => (ExportFormat?)null,
            };
            if (format is not null && q > bestQ)
            {
                best = format;
                bestQ = q;
            }
        }

        return best;
    }
}
