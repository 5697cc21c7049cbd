using Newsdesk.Export.Tests.Support;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LargeExportTests(AzuriteFixture azurite)
{
    /// <summary>Counts rows as the service reports them (synchronously, unlike Progress&lt;T&gt;).</summary>
    private sealed class RowCounter : IProgress<long>
    {
        public long Rows;

        public void Report(long value) => Interlocked.Exchange(ref Rows, value);
    }

    /// <summary>Records, at each flush, how many rows had been written: proof the output leaves page by page.</summary>
    private sealed class ProbeStream(RowCounter counter) : Stream
    {
        public List<long> RowsAtFlush { get; } = [];

        public long Bytes { get; private set; }

        public int Lines { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            RowsAtFlush.Add(Interlocked.Read(ref counter.Rows));
            return Task.CompletedTask;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        // Like Kestrel's response body: synchronous writes are refused.
        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Bytes += buffer.Length;
            Lines += buffer.Span.Count((byte)'\n');
            return ValueTask.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public async Task HundredThousandMentionRowsStreamPageByPageWithoutSynchronousWrites()
    {
        const int rows = 100_000;
        var options = new NewsdeskStorageOptions { TablePrefix = AzuriteFixture.UniqueName("big") };
        var tables = azurite.Tables();
        await MentionSeeder.WriteAsync(tables, options, rows);
        var service = new ExportService(tables, options);
        foreach (var format in new[] { "csv", "ndjson" })
        {
            var counter = new RowCounter();
            var output = new ProbeStream(counter);
            var result = await service.ExportAsync(ExportHarness.Request("mentions", "format=" + format), output, counter);
            Assert.Equal(rows, result.Rows);
            Assert.Null(result.Continuation);
            Assert.Equal(format == "csv" ? rows + 1 : rows, output.Lines);

            // One flush per table page (1000 rows): the first bytes left long before the last row was read.
            Assert.True(output.RowsAtFlush.Count >= rows / 1000, $"{format}: only {output.RowsAtFlush.Count} flushes");
            Assert.True(output.RowsAtFlush.Count(r => r > 0 && r < rows) >= 90, $"{format}: output was not flushed while rows were still being read");
        }
    }
}
