using Newsdesk.Export.Schema;

namespace Newsdesk.Export.Formats;

/// <summary>Creates the writer of a request's format for its selected columns.</summary>
internal static class ExportWriterFactory
{
    public static IExportWriter Create(ExportFormat format, Stream output, IReadOnlyList<ExportColumn> columns, IReadOnlyList<string>? articleFields) => format switch
    {
        ExportFormat.Csv => new CsvExportWriter(output, columns),
        ExportFormat.Json => new JsonExportWriter(output, new JsonRowWriter(columns, articleFields), array: true),
        ExportFormat.Parquet => new ParquetExportWriter(output, columns),
        _ => new JsonExportWriter(output, new JsonRowWriter(columns, articleFields), array: false),
    };
}
