namespace Newsdesk.Export.Schema;

/// <summary>The typed shape of an export column, mapped to each format's own types.</summary>
public enum ColumnType
{
    /// <summary>Text; nullable everywhere.</summary>
    String,

    /// <summary>A 32-bit count or position (CSV: digits, JSON: number, Parquet: INT32).</summary>
    Int32,

    /// <summary>A flag (CSV: <c>true</c>/<c>false</c>, Parquet: BOOLEAN).</summary>
    Boolean,

    /// <summary>A UTC instant (CSV/JSON: ISO 8601 with <c>Z</c>, Parquet: timestamp).</summary>
    Timestamp,

    /// <summary>A list of strings (JSON: array; CSV and Parquet: items joined by <c>"; "</c>).</summary>
    StringList,
}
