namespace Newsdesk.Export;

/// <summary>The output formats of an export.</summary>
public enum ExportFormat
{
    /// <summary>Newline-delimited JSON (<c>application/x-ndjson</c>), the default.</summary>
    Ndjson,

    /// <summary>RFC 4180 CSV (<c>text/csv</c>), UTF-8 without BOM, header row.</summary>
    Csv,

    /// <summary>One JSON array (<c>application/json</c>).</summary>
    Json,

    /// <summary>Apache Parquet (<c>application/vnd.apache.parquet</c>) with typed columns.</summary>
    Parquet,
}
