using CsvHelper;
using Newsdesk.Export.Schema;

namespace Newsdesk.Export.Formats;

/// <summary>
/// RFC 4180 CSV through CsvHelper: UTF-8 without BOM (a BOM breaks concatenated pages and most Unix
/// tools), CRLF line ends, a header row of column names, fields quoted only when needed. Text cells
/// that start with <c>= + - @</c>, tab or CR get a leading single quote (OWASP CSV injection,
/// <see cref="CsvInjection.Escape"/>); numbers, booleans and timestamps are written bare, so a negative
/// count stays a number.
/// </summary>
internal sealed class CsvExportWriter : IExportWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = false,
        TrueValue = "true",
        FalseValue = "false",
    };

    private readonly IReadOnlyList<ExportColumn> _columns;
    private readonly CsvWriter _csv;

    public CsvExportWriter(Stream output, IReadOnlyList<ExportColumn> columns)
    {
        _columns = columns;
        _csv = CsvWriter.Create(output, Options, leaveOpen: true);
    }

    public async ValueTask StartAsync(CancellationToken cancellationToken = default)
    {
        foreach (var column in _columns)
        {
            _csv.WriteField(column.Name);
        }

        await _csv.EndRecordAsync(cancellationToken);
        await _csv.FlushAsync(cancellationToken);
    }

    public async ValueTask WritePageAsync(IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            WriteFields(row);

            // Kestrel refuses synchronous writes: the async end-of-record writes the buffer out when it is nearly full.
            await _csv.EndRecordAsync(cancellationToken);
        }

        await _csv.FlushAsync(cancellationToken);
    }

    private void WriteFields(ExportRow row)
    {
        var values = row.Values;
        for (var i = 0; i < _columns.Count; i++)
        {
            switch (values[i])
            {
                case null:
                    _csv.WriteField((string?)null);
                    break;
                case string s:
                    _csv.WriteField(s);
                    break;
                case int n:
                    _csv.WriteField(n, default);
                    break;
                case bool b:
                    _csv.WriteField(b);
                    break;
                case DateTime d:
                    _csv.WriteField(CellText.Timestamp(d), CsvQuoting.WhenNeeded);
                    break;
                default:
                    _csv.WriteField(CellText.Format(_columns[i].Type, values[i]));
                    break;
            }
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default) => await _csv.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
