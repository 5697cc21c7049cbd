using BenchmarkDotNet.Attributes;
using Newsdesk.Export;
using Newsdesk.Export.Formats;
using Newsdesk.Export.Schema;

namespace Newsdesk.Benchmarks;

/// <summary>
/// The export format writers alone: 100,000 mapped mention rows (12 columns: text, counts, a date,
/// a role list; every tenth title starts with '=' so CSV neutralises it) written in pages of 1,000
/// to <see cref="Stream.Null"/>. Time is per row (<c>OperationsPerInvoke</c>): rows/s = 1e9 / ns.
/// </summary>
[MemoryDiagnoser]
public class ExportWriterBenchmarks
{
    private const int Rows = 100_000;
    private const int Page = 1_000;
    private IReadOnlyList<ExportColumn> _columns = [];
    private ExportRow[][] _pages = [];

    /// <summary>The format under test.</summary>
    [Params(ExportFormat.Csv, ExportFormat.Ndjson, ExportFormat.Json, ExportFormat.Parquet)]
    public ExportFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _columns = DatasetSchema.Columns(ExportDataset.Mentions);
        var date = new DateTime(2024, 6, 19, 0, 0, 0, DateTimeKind.Utc);
        var rows = Enumerable.Range(0, Rows).Select(i => new ExportRow(
        [
            $"{i:x32}", "person:vladimir-putin", "person", "Vladimir Putin", 1 + (i % 7), (IReadOnlyList<string>)["Russian President"], null,
            i % 10 == 0 ? $"=Article {i} title" : $"Article {i}: Putin arrives in Pyongyang for summit", $"https://news.example/{i}", "bbc.co.uk", "2024-06-19T10:30:00+03:00", date, "en",
        ])).ToArray();
        if (rows[0].Values.Length != _columns.Count)
        {
            throw new InvalidOperationException($"The mention schema has {_columns.Count} columns; the benchmark rows have {rows[0].Values.Length}.");
        }

        _pages = rows.Chunk(Page).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public async Task WriteRows()
    {
        await using var writer = ExportWriterFactory.Create(Format, Stream.Null, _columns, null);
        await writer.StartAsync();
        foreach (var page in _pages)
        {
            await writer.WritePageAsync(page);
        }

        await writer.CompleteAsync();
    }
}
