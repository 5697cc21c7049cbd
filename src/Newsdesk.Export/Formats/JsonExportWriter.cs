using System.Buffers;
using System.Text.Json;

namespace Newsdesk.Export.Formats;

/// <summary>
/// NDJSON (one object per line, <c>\n</c>) or one JSON array, written with <see cref="Utf8JsonWriter"/>
/// into a reused buffer that goes to the stream at each page end (or every 64 KiB), so memory stays flat.
/// </summary>
internal sealed class JsonExportWriter : IExportWriter
{
    private const int SpillBytes = 1 << 16;
    private readonly Stream _output;
    private readonly bool _array;
    private readonly JsonRowWriter _rows;
    private readonly ArrayBufferWriter<byte> _buffer = new(SpillBytes * 2);
    private readonly Utf8JsonWriter _writer;
    private bool _first = true;

    public JsonExportWriter(Stream output, JsonRowWriter rows, bool array)
    {
        _output = output;
        _rows = rows;
        _array = array;
        _writer = new Utf8JsonWriter(_buffer, JsonRowWriter.WriterOptions);
    }

    public async ValueTask StartAsync(CancellationToken cancellationToken = default)
    {
        if (_array)
        {
            Append("["u8);
        }

        await SpillAsync(cancellationToken);
    }

    public async ValueTask WritePageAsync(IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            WriteRow(row);
            if (_buffer.WrittenCount >= SpillBytes)
            {
                await SpillAsync(cancellationToken, flush: false);
            }
        }

        await SpillAsync(cancellationToken);
    }

    /// <summary>Writes one row into the buffer (the benchmark's unit of work).</summary>
    public void WriteRow(ExportRow row)
    {
        if (_array)
        {
            Append(_first ? "\n"u8 : ",\n"u8);
        }

        _first = false;
        _rows.Write(_writer, row);
        _writer.Flush();
        _writer.Reset(_buffer);
        if (!_array)
        {
            Append("\n"u8);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_array)
        {
            Append(_first ? "]\n"u8 : "\n]\n"u8);
        }

        await SpillAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>Drops buffered bytes (the benchmark writes to no stream).</summary>
    public void Discard() => _buffer.ResetWrittenCount();

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    private async ValueTask SpillAsync(CancellationToken cancellationToken, bool flush = true)
    {
        if (_buffer.WrittenCount > 0)
        {
            await _output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
            _buffer.ResetWrittenCount();
        }

        if (flush)
        {
            await _output.FlushAsync(cancellationToken);
        }
    }
}
