namespace Newsdesk.Export.Formats;

/// <summary>Writes one format to a stream: start, rows page by page (flushed after each page), complete.</summary>
internal interface IExportWriter : IAsyncDisposable
{
    /// <summary>Writes what precedes the rows (CSV header, JSON '[').</summary>
    ValueTask StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes one page of rows and flushes them to the stream (Parquet: once a row group is full).</summary>
    ValueTask WritePageAsync(IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Writes what follows the rows and flushes.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken = default);
}
