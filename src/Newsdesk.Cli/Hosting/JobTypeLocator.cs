using Microsoft.Azure.WebJobs;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// Tells the WebJobs indexer exactly which class holds the host's function (the one of the chosen
/// <see cref="BlobTriggerMode"/>), instead of scanning every loaded assembly.
/// </summary>
internal sealed class JobTypeLocator(LocalHostOptions options) : ITypeLocator
{
    /// <inheritdoc />
    public IReadOnlyList<Type> GetTypes() =>
        [options.Trigger == BlobTriggerMode.Polling ? typeof(PollingTriggerJobs) : typeof(EventGridTriggerJobs)];
}
