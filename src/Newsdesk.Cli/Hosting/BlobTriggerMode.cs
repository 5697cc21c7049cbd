namespace Newsdesk.Cli.Hosting;

/// <summary>What feeds the local host's blob trigger.</summary>
internal enum BlobTriggerMode
{
    /// <summary>BlobCreated events, as in Azure (the Functions app's source); locally raised by <see cref="LocalBlobEvents"/>.</summary>
    EventGrid,

    /// <summary>The WebJobs container scan (<c>LogsAndContainerScan</c>), the trigger's classic polling source.</summary>
    Polling,
}
