using Azure.Data.Tables;

namespace Newsdesk.Export.Schema;

/// <summary>One column of a dataset: its name (as in <c>fields=</c>), type, meaning and how it is read from a table row.</summary>
/// <param name="Name">camelCase name used in headers, JSON members and Parquet fields.</param>
/// <param name="Type">The typed shape.</param>
/// <param name="Description">One sentence for docs/export.md and the OpenAPI document.</param>
/// <param name="Read">Reads the value from a (possibly enriched) table row; returns null when absent.</param>
public sealed record ExportColumn(string Name, ColumnType Type, string Description, Func<TableEntity, object?> Read);
