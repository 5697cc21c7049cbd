using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage;

namespace Newsdesk.Functions;

/// <summary>
/// Creates the containers, tables and poison queue at start-up when they are missing (Bicep creates
/// them in Azure; locally Azurite starts empty). A failure is logged, not fatal: the host must still
/// start so that its own health and poison handling work.
/// </summary>
public sealed partial class StorageInitializer(NewsdeskStorage storage, ILogger<StorageInitializer> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.EnsureCreatedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or Azure.Identity.AuthenticationFailedException or HttpRequestException)
        {
            LogNotCreated(logger, ex);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Could not create the Newsdesk containers, tables and queue at start-up; ingestion fails until they exist")]
    private static partial void LogNotCreated(ILogger logger, Exception exception);
}
