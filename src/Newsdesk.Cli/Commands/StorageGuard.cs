using Newsdesk.Cli.Hosting;

namespace Newsdesk.Cli.Commands;

/// <summary>Fails fast, with advice, when the storage a command needs is not there.</summary>
internal static class StorageGuard
{
    /// <summary>The advice printed with every "storage unreachable" error.</summary>
    public const string Advice = "Is Azurite running? Try `newsdesk serve` (it starts Azurite), or pass --storage.";

    /// <summary>
    /// Throws a <see cref="CliException"/> when the connection string is malformed or, for an emulator on this
    /// machine, when nothing listens on its blob or table port (the SDK would otherwise retry for a minute).
    /// </summary>
    public static async Task<StorageEndpoints> EnsureReachableAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        StorageEndpoints endpoints;
        try
        {
            endpoints = StorageEndpoints.Parse(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"--storage: {ex.Message}");
        }

        foreach (var endpoint in new[] { endpoints.Blob, endpoints.Queue, endpoints.Table }.Where(e => e.IsLoopback))
        {
            if (!await PortProbe.IsListeningAsync(endpoint.Host, endpoint.Port, TimeSpan.FromSeconds(2), cancellationToken))
            {
                throw new CliException($"Cannot reach storage at {endpoint}: nothing listens on {endpoint.Host}:{endpoint.Port}. {Advice}");
            }
        }

        return endpoints;
    }
}
