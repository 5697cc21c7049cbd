using Newsdesk.Export.Schema;
using Parquet;
using Parquet.Schema;

namespace Newsdesk.Export.Formats;

/// <summary>
/// Apache Parquet through Parquet.Net with typed, nullable columns (strings, INT32 counts, booleans,
/// UTC timestamps; lists joined by <c>"; "</c>), one row group per <see cref="RowGroupSize"/> rows so
/// only one group is ever held in memory. Parquet's footer comes last, so the file is readable only whole.
/// </summary>
internal sealed class ParquetExportWriter : IExportWriter
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 10_000;

    private readonly Stream _output;
    private readonly IReadOnlyList<ExportColumn> _columns;
    private readonly DataField[] _fields;
    private readonly object?[][] _buffer;
    private readonly int _rowGroupSize;
    private ParquetWriter? _writer;
    private int _count;

    public ParquetExportWriter(Stream output, IReadOnlyList<ExportColumn> columns, int rowGroupSize = RowGroupSize)
    {
        _output = new CountingStream(output);
        _columns = columns;
        _rowGroupSize = rowGroupSize;
        _fields = columns.Select(Field).ToArray();
        _buffer = columns.Select(_ => new object?[rowGroupSize]).ToArray();
    }

    public async ValueTask StartAsync(CancellationToken cancellationToken = default) =>
        _writer = await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _output, cancellationToken: cancellationToken);

    public async ValueTask WritePageAsync(IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            for (var c = 0; c < _fields.Length; c++)
            {
                _buffer[c][_count] = row.Values[c];
            }

            if (++_count == _rowGroupSize)
            {
                await WriteGroupAsync(cancellationToken);
            }
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_count > 0 || _writer is null)
        {
            await WriteGroupAsync(cancellationToken);
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync();
            _writer = null;
        }

        await _output.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    private static DataField Field(ExportColumn column) => column.Type switch
    {
        ColumnType.Int32 => new DataField<int?>(column.Name),
        ColumnType.Boolean => new DataField<bool?>(column.Name),
        ColumnType.Timestamp => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true),
        _ => new DataField<string>(column.Name, true),
    };

    private async Task WriteGroupAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _output, cancellationToken: cancellationToken);
        using (var group = _writer.CreateRowGroup())
        {
            for (var c = 0; c < _fields.Length; c++)
            {
                var values = _buffer[c].AsSpan(0, _count);
                switch (_columns[c].Type)
                {
                    case ColumnType.Int32:
                        await group.WriteAsync<int>(_fields[c], Typed<int>(values), cancellationToken: cancellationToken);
                        break;
                    case ColumnType.Boolean:
                        await group.WriteAsync<bool>(_fields[c], Typed<bool>(values), cancellationToken: cancellationToken);
                        break;
                    case ColumnType.Timestamp:
                        await group.WriteAsync<DateTime>(_fields[c], Typed<DateTime>(values), cancellationToken: cancellationToken);
                        break;
                    default:
                        var strings = new string?[_count];
                        for (var i = 0; i < _count; i++)
                        {
                            strings[i] = CellText.Format(_columns[c].Type, values[i]);
                        }

                        await group.WriteAsync(_fields[c], strings!);
                        break;
                }
            }

            group.CompleteValidate();
        }

        Array.ForEach(_buffer, b => Array.Clear(b));
        _count = 0;
        await _output.FlushAsync(cancellationToken);
    }

    private static ReadOnlyMemory<T?> Typed<T>(Span<object?> values)
        where T : struct
    {
        var typed = new T?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            typed[i] = values[i] is T v ? v : null;
        }

        return typed;
    }
}
