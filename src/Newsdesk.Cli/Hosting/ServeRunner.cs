using Azure.Storage.Blobs;
using Newsdesk.Cli.Commands;
using Newsdesk.Cli.Uploads;
using Newsdesk.Parsing;
using Spectre.Console;

namespace Newsdesk.Cli.Hosting;

/// <summary>What <c>newsdesk serve</c> does: storage, host, optional first ingestion, then wait for Ctrl+C and stop cleanly.</summary>
internal static class ServeRunner
{
    /// <summary>The WebJobs host id of <c>newsdesk serve</c> (blob receipts and the trigger queue are named after it).</summary>
    public const string HostId = "newsdesk-local";

    /// <summary>Runs until cancelled; returns 0 after a clean stop, 1 when the first ingestion had failures.</summary>
    public static async Task<int> RunAsync(ServeSettings settings, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        AzuriteLauncher? azurite = null;
        try
        {
            if (StorageEndpoints.IsDevelopmentStorage(settings.Storage) && !settings.NoAzurite)
            {
                azurite = await AzuriteLauncher.StartIfNeededAsync(settings.DataDirectory, Console.Out, cancellationToken);
            }
            else
            {
                await StorageGuard.EnsureReachableAsync(settings.Storage, cancellationToken);
            }

            if (settings.Port != 0 && await PortProbe.IsLoopbackListeningAsync(settings.Port, cancellationToken))
            {
                throw new CliException($"Port {settings.Port} on 127.0.0.1 is already in use (another `newsdesk serve`?). Stop it or pass --port.");
            }

            var options = new LocalHostOptions
            {
                StorageConnection = settings.Storage,
                Port = settings.Port,
                ArticlesContainer = settings.Container,
                TablePrefix = settings.TablePrefix,
                HostId = HostId,
                MaxDegreeOfParallelism = settings.Parallelism,
                Trigger = settings.Trigger,
            };
            await using var host = await LocalHost.StartAsync(options, cancellationToken: cancellationToken);
            var exit = 0;
            console.MarkupLine($"[green]Newsdesk is running[/] on [link]{host.BaseAddress}[/]: blob trigger ({(settings.Trigger == BlobTriggerMode.Polling ? "container scan" : "Event Grid source, events raised from container listings")}) on container [bold]{Markup.Escape(settings.Container)}[/], export API under [link]{host.BaseAddress}api/export/{{dataset}}[/].");
            if (settings.Ingest.Count > 0)
            {
                exit = await IngestAndReportAsync(host, settings.Ingest, console, cancellationToken);
            }
            else
            {
                console.MarkupLine("Upload files with [grey]newsdesk ingest <files>[/] (or into the container with any tool); each ingestion is logged here.");
            }

            console.MarkupLine("Press [bold]Ctrl+C[/] to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                console.MarkupLine(azurite is null ? "Stopping the host..." : "Stopping the host and Azurite...");
            }

            return exit;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }
    }

    /// <summary>Uploads the files, waits until the trigger ingested every one, and prints what came out and where to look.</summary>
    internal static async Task<int> IngestAndReportAsync(LocalHost host, IReadOnlyList<string> paths, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        var plan = UploadPlan.Create(paths, ParserOptions.DefaultMaxBytes);
        foreach (var message in plan.Missing.Concat(plan.Skipped))
        {
            console.MarkupLine($"[yellow]{Markup.Escape(message)}[/]");
        }

        if (plan.Goldens > 0)
        {
            console.MarkupLine($"[grey]Left out {plan.Goldens:N0} golden *{UploadPlan.GoldenSuffix} and README files (they describe the samples; they are not articles).[/]");
        }

        if (plan.Files.Count == 0)
        {
            console.MarkupLine("[yellow]Nothing to ingest.[/]");
            return 1;
        }

        var since = DateTimeOffset.UtcNow;
        var container = new BlobServiceClient(host.Options.StorageConnection).GetBlobContainerClient(host.Options.ArticlesContainer);
        var names = await IngestCommand.UploadWithProgressAsync(container, plan, console, cancellationToken);
        IReadOnlyList<ObservedIngestion> observed = [];
        await console.Status().StartAsync($"Ingesting {names.Count:N0} files...", async status =>
        {
            observed = await host.Monitor.WaitForAsync(
                names,
                since,
                TimeSpan.FromSeconds(120 + names.Count),
                new SyncProgress<int>(done => status.Status = $"Ingested {done:N0}/{names.Count:N0} files..."),
                cancellationToken);
        });
        var summary = await IngestSummary.CreateAsync(host, observed, cancellationToken);
        summary.Write(console, host.BaseAddress);
        return summary.Failures.Count > 0 || plan.Skipped.Count > 0 || plan.Missing.Count > 0 ? 1 : 0;
    }
}
