using Microsoft.Azure.WebJobs;

namespace Newsdesk.Cli.Hosting;

/// <summary>Tells the WebJobs indexer exactly which classes hold functions, instead of scanning every loaded assembly.</summary>
internal sealed class JobTypeLocator : ITypeLocator
{
    /// <inheritdoc />
    public IReadOnlyList<Type> GetTypes() => [typeof(BlobTriggerJobs)];
}
