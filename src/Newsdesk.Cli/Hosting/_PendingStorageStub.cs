// TEMPORARY until the storage branch lands: deleted on merge.
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Newsdesk.Storage;

public sealed record IngestionOutcome(string BlobName, string Status, string? Reason, IReadOnlyList<string> ArticleIds);

public sealed class IngestionService
{
    public Task<IngestionOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken = default) =>
        Task.FromResult(new IngestionOutcome(blob.Name, "ingested", null, []));
}

public static class StubExtensions
{
    public static IServiceCollection AddNewsdeskStorage(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IngestionService>();
}

