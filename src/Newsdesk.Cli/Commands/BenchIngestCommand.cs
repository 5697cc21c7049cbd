using System.CommandLine;
using Newsdesk.Cli.Benchmarks;
using Newsdesk.Cli.Hosting;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk bench-ingest</c> (hidden): ingestion throughput and latency through the local host, next to Azurite's ceiling.</summary>
internal static class BenchIngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var storage = CommonOptions.Storage();
        var sample = new Option<string>("--sample") { Description = "The article to make variants of.", DefaultValueFactory = _ => Path.Combine("samples", "md-afp-syr-darya.md") };
        var count = new Option<int>("--count") { Description = "Articles to ingest at once.", DefaultValueFactory = _ => 500 };
        var latency = new Option<int>("--latency-samples") { Description = "Single uploads to time.", DefaultValueFactory = _ => 50 };
        var parallelism = new Option<int>("--parallelism") { Description = "Blobs ingested at once (serve's default: 8 per processor); also the writers of the ceilings.", DefaultValueFactory = _ => 8 * Environment.ProcessorCount };
        var dataDir = new Option<string>("--data-dir") { Description = "Data folder of the Azurite this command starts (deleted after).", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "newsdesk-bench-azurite") };
        var verbose = new Option<bool>("--verbose") { Description = "Log each ingestion." };
        var trigger = new Option<string>("--trigger") { Description = "Which blob-trigger source(s) of serve to measure.", DefaultValueFactory = _ => "eventgrid", HelpName = "eventgrid|polling|both" };
        trigger.AcceptOnlyFromAmong("eventgrid", "polling", "both");
        var inMemory = new Option<bool>("--in-memory") { Description = "Start Azurite with its data in memory (--inMemoryPersistence) instead of on disk as serve does." };
        var command = new Command("bench-ingest", "Measure ingestion through the local host against Azurite's batched-write ceiling.") { storage, sample, count, latency, parallelism, dataDir, verbose, trigger, inMemory };
        command.Hidden = true;
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var connection = result.GetValue(storage)!;
            var data = result.GetValue(dataDir)!;
            AzuriteLauncher? azurite = null;
            try
            {
                if (StorageEndpoints.IsDevelopmentStorage(connection))
                {
                    azurite = await AzuriteLauncher.StartIfNeededAsync(data, Console.Out, cancellationToken, inMemory: result.GetValue(inMemory));
                }

                await StorageGuard.EnsureReachableAsync(connection, cancellationToken);
                var samplePath = result.GetValue(sample)!;
                if (!File.Exists(samplePath) && ProjectRoot.Find() is { } root && File.Exists(Path.Combine(root, samplePath)))
                {
                    samplePath = Path.Combine(root, samplePath);
                }

                if (!File.Exists(samplePath))
                {
                    throw new CliException($"--sample: {samplePath} does not exist.");
                }

                BlobTriggerMode[] triggers = result.GetValue(trigger) switch
                {
                    "polling" => [BlobTriggerMode.Polling],
                    "both" => [BlobTriggerMode.EventGrid, BlobTriggerMode.Polling],
                    _ => [BlobTriggerMode.EventGrid],
                };
                await IngestBenchmark.RunAsync(connection, samplePath, result.GetValue(count), result.GetValue(latency), result.GetValue(parallelism), triggers, AnsiConsole.Console, azurite is null ? null : () => azurite.CpuTime, result.GetValue(verbose), cancellationToken);
                return 0;
            }
            finally
            {
                if (azurite is not null)
                {
                    await azurite.DisposeAsync();
                    Directory.Delete(data, recursive: true);
                }
            }
        }, Console.Error, cancellationToken));
        return command;
    }
}
