using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Storage;

namespace Newsdesk.Export;

/// <summary>Registers the export service and endpoint.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ExportService"/> and <see cref="ExportEndpoint"/>. Expects a <see cref="TableServiceClient"/>
    /// and the storage options (as a <see cref="NewsdeskStorageOptions"/> singleton or <c>IOptions</c>) from
    /// <c>AddNewsdeskStorage</c>; a <see cref="BlobServiceClient"/>, when registered, serves oversized article JSON.
    /// </summary>
    public static IServiceCollection AddNewsdeskExport(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new ExportService(
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetService<NewsdeskStorageOptions>() ?? sp.GetService<IOptions<NewsdeskStorageOptions>>()?.Value ?? new NewsdeskStorageOptions(),
            sp.GetService<ILogger<ExportService>>(),
            sp.GetService<BlobServiceClient>()));
        services.TryAddSingleton<ExportEndpoint>();
        return services;
    }
}
