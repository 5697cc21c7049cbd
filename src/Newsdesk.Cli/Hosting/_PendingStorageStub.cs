// TEMPORARY until the storage branch lands: deleted on merge.
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Newsdesk.Storage.Ingestion
{
    public enum IngestionStatus { Ingested, Unchanged, Failed }

    public sealed record IngestionOutcome(string BlobName, IngestionStatus Status, IReadOnlyList<string> ArticleIds, string? Reason, int RowsWritten, int RowsDeleted);

    public interface IIngestionService
    {
        Task<IngestionOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken = default);
    }

    public sealed class IngestionService : IIngestionService
    {
        public Task<IngestionOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken = default) =>
            Task.FromResult(new IngestionOutcome(blob.Name, IngestionStatus.Ingested, [], null, 0, 0));
    }
}

namespace Newsdesk.Storage
{
    using Newsdesk.Storage.Ingestion;

    public sealed class NewsdeskStorage(IConfiguration configuration)
    {
        public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default) =>
            await new BlobServiceClient(configuration["AzureWebJobsStorage"]).GetBlobContainerClient(configuration["Newsdesk:ArticlesContainer"]).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    public static class StubExtensions
    {
        public static IServiceCollection AddNewsdeskStorage(this IServiceCollection services, IConfiguration configuration) =>
            services.AddSingleton<IIngestionService, IngestionService>().AddSingleton<NewsdeskStorage>();
    }
}
