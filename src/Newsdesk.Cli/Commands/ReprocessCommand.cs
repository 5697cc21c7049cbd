using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Parsing;
using Newsdesk.Storage.Ingestion;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk reprocess</c>: ingests again every blob whose rows an older parser version wrote.</summary>
internal static class ReprocessCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var storage = CommonOptions.Storage();
        var container = CommonOptions.Container();
        var tablePrefix = CommonOptions.TablePrefix();
        var command = new Command("reprocess", $"Re-ingest every blob last processed by a parser older than {ParserInfo.Version}.") { storage, container, tablePrefix };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(
            () => RunAsync(result.GetValue(storage)!, result.GetValue(container)!, result.GetValue(tablePrefix)!, AnsiConsole.Console, cancellationToken),
            Console.Error,
            cancellationToken));
        return command;
    }

    /// <summary>Reprocesses with a progress bar; returns 0, or 1 when any blob failed.</summary>
    internal static async Task<int> RunAsync(string storage, string container, string tablePrefix, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        await StorageGuard.EnsureReachableAsync(storage, cancellationToken);
        await using var services = StorageServices.Create(storage, container, tablePrefix);
        var reprocess = services.GetRequiredService<ReprocessService>();
        var outdated = 0;
        await foreach (var _ in reprocess.FindOutdatedAsync(cancellationToken))
        {
            outdated++;
        }

        if (outdated == 0)
        {
            console.MarkupLine($"Every ingested blob is up to date with parser {ParserInfo.Version}: nothing to reprocess.");
            return 0;
        }

        ReprocessSummary summary = null!;
        var failures = new List<IngestionOutcome>();
        await console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Reprocessing {outdated:N0} blobs", maxValue: outdated);
                summary = await reprocess.ReprocessAsync(
                    new SyncProgress<ReprocessProgress>(p =>
                    {
                        task.Value = Math.Min(p.Done, task.MaxValue);
                        if (p.Last.Status == IngestionStatus.Failed)
                        {
                            failures.Add(p.Last);
                        }
                    }),
                    cancellationToken);
                task.Value = task.MaxValue;
            });

        var table = new Table().Border(TableBorder.Rounded).Title($"Reprocessed with parser {ParserInfo.Version}").AddColumns("Blobs", "Rewritten", "Unchanged", "Failed");
        table.AddRow($"{summary.Processed:N0}", $"{summary.Ingested:N0}", $"{summary.Unchanged:N0}", summary.Failed > 0 ? $"[red]{summary.Failed:N0}[/]" : "0");
        console.Write(table);
        foreach (var failure in failures)
        {
            console.MarkupLine($"[red]failed[/] {Markup.Escape(failure.BlobName)}: {Markup.Escape(failure.Reason ?? "")}");
        }

        return summary.Failed > 0 ? 1 : 0;
    }
}
