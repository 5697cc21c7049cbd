namespace Newsdesk.Cli.Hosting;

/// <summary>The options of <c>newsdesk serve</c>.</summary>
/// <param name="Storage">Storage connection string.</param>
/// <param name="Port">HTTP port on 127.0.0.1.</param>
/// <param name="Ingest">Files or folders to upload after start.</param>
/// <param name="DataDirectory">Azurite's data folder, when serve starts it.</param>
/// <param name="NoAzurite">Never start Azurite.</param>
/// <param name="Container">The watched container.</param>
/// <param name="TablePrefix">Table name prefix.</param>
/// <param name="Parallelism">Blobs ingested at once.</param>
/// <param name="Trigger">What feeds the blob trigger.</param>
internal sealed record ServeSettings(string Storage, int Port, IReadOnlyList<string> Ingest, string DataDirectory, bool NoAzurite, string Container, string TablePrefix, int Parallelism, BlobTriggerMode Trigger = BlobTriggerMode.EventGrid);
