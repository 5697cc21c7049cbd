using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Export.Formats;
using Newsdesk.Export.Query;
using Newsdesk.Export.Schema;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage;

namespace Newsdesk.Export;

/// <summary>
/// Streams a dataset from the tables into a stream in the request's format: table pages
/// (<c>AsPages</c>, 1000 rows) flow through row mappers into the writer, which flushes after each
/// page, so memory does not grow with the row count. Shared by the HTTP endpoint and the CLI.
/// </summary>
public sealed class ExportService
{
    private const int FlushRows = 1000;
    private readonly ExportTables _tables;
    private readonly ILogger _logger;

    /// <summary>Creates the service over the Newsdesk tables (named with <see cref="NewsdeskStorageOptions.TablePrefix"/>).</summary>
    public ExportService(TableServiceClient tables, NewsdeskStorageOptions options, ILogger<ExportService>? logger = null, BlobServiceClient? blobs = null)
    {
        _tables = new ExportTables(tables, options, blobs);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Writes the rows of <paramref name="request"/> to <paramref name="output"/>; returns the count and, when <c>limit</c> cut it short, the next page's token.</summary>
    public async Task<ExportResult> ExportAsync(ExportRequest request, Stream output, IProgress<long>? rowsWritten = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var resume = request.Continuation is { } text
            ? ContinuationToken.TryDecode(text) ?? throw new ArgumentException("The continuation token is not valid.", nameof(request))
            : null;
        var articleJson = request.Dataset == ExportDataset.Articles && request.Format is ExportFormat.Json or ExportFormat.Ndjson;
        var columns = SelectColumns(request, articleJson);
        var needsJson = articleJson || columns.Any(c => c.Name == "text" && request.Dataset == ExportDataset.Articles);
        var rows = await ExportPlanner.PlanAsync(_tables, request, resume, cancellationToken);

        await using var writer = ExportWriterFactory.Create(request.Format, output, columns, articleJson ? request.Fields : null);
        await writer.StartAsync(cancellationToken);
        var batch = new List<ExportRow>(FlushRows);
        long count = 0;
        SourceRow last = default;
        string? next = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.IsPageEnd || batch.Count >= FlushRows)
            {
                await FlushAsync();
                if (row.IsPageEnd)
                {
                    continue;
                }
            }

            var entity = row.Entity!;
            if (resume is not null && row.DriverPartitionKey == resume.PartitionKey && row.DriverRowKey == resume.DriverRowKey &&
                string.CompareOrdinal(entity.RowKey, resume.LastRowKey) <= 0)
            {
                continue;
            }

            if (request.Limit is { } limit && count == limit)
            {
                next = new ContinuationToken(ContinuationToken.CurrentVersion, ContinuationToken.FingerprintOf(request),
                    last.DriverPartitionKey, last.DriverRowKey, last.Entity!.RowKey).Encode();
                break;
            }

            if (needsJson)
            {
                await LoadBlobJsonAsync(entity, cancellationToken);
            }

            batch.Add(articleJson ? new ExportRow([], ReadArticle(entity)) : new ExportRow(Map(columns, entity)));
            count++;
            last = row;
        }

        await FlushAsync();
        await writer.CompleteAsync(cancellationToken);
        ExportLog.Exported(_logger, DatasetSchema.Name(request.Dataset), FormatInfo.Extension(request.Format), count,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, next is not null);
        return new ExportResult(count, next);

        async Task FlushAsync()
        {
            if (batch.Count > 0)
            {
                await writer.WritePageAsync(batch, cancellationToken);
                batch.Clear();
                rowsWritten?.Report(count);
            }
        }
    }

    private static IReadOnlyList<ExportColumn> SelectColumns(ExportRequest request, bool articleJson)
    {
        var all = DatasetSchema.Columns(request.Dataset);
        return request.Fields is null || articleJson
            ? all
            : request.Fields.Select(f => all.First(c => c.Name == f)).ToArray();
    }

    private static object?[] Map(IReadOnlyList<ExportColumn> columns, TableEntity entity)
    {
        var values = new object?[columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = columns[i].Read(entity);
        }

        return values;
    }

    private static NormalizedArticle ReadArticle(TableEntity entity) =>
        (ArticleRowJson.Get(entity) is { } json ? ArticleJson.Deserialize(json) : null)
        ?? throw new InvalidDataException($"Article row {entity.PartitionKey}/{entity.RowKey} has no readable article JSON; re-ingest its source.");

    private async Task LoadBlobJsonAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        // Article JSON over the 1 MiB entity limit lives in a blob named by the row (docs/table-model.md).
        if (entity.ContainsKey("Json") || RowValues.String(entity, "JsonBlob") is not { } blobName || _tables.ArticleJson is not { } container)
        {
            return;
        }

        var name = blobName.StartsWith(container.Name + "/", StringComparison.Ordinal) ? blobName[(container.Name.Length + 1)..] : blobName;
        var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
        entity[ArticleRowJson.FetchedProperty] = content.Value.Content.ToString();
    }
}
