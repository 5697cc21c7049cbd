using System.CommandLine;
using Newsdesk.Cli.Hosting;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk serve</c>: Azurite (when needed) + the blob trigger + the export routes on 127.0.0.1, until Ctrl+C.</summary>
internal static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var storage = CommonOptions.Storage();
        var port = new Option<int>("--port") { Description = "HTTP port on 127.0.0.1.", DefaultValueFactory = _ => 7071 };
        var ingest = new Option<string[]>("--ingest") { Description = "Files or folders to upload once the host runs; waits until each is ingested and prints a summary.", AllowMultipleArgumentsPerToken = true, HelpName = "PATH" };
        var dataDir = new Option<string>("--data-dir") { Description = "Where the Azurite this command starts keeps its data.", DefaultValueFactory = _ => ".azurite", HelpName = "DIR" };
        var noAzurite = new Option<bool>("--no-azurite") { Description = "Never start Azurite; fail if the storage is not reachable." };
        var container = CommonOptions.Container();
        var tablePrefix = CommonOptions.TablePrefix();
        var parallelism = new Option<int>("--parallelism")
        {
            Description = "Blobs ingested at once (default: 8 per processor, the WebJobs blob extension's own default; host.json pins 8 for Azure's one-core Flex instances).",
            DefaultValueFactory = _ => 8 * Environment.ProcessorCount,
        };
        var trigger = new Option<string>("--trigger")
        {
            Description = "What feeds the blob trigger: eventgrid (BlobCreated events through /runtime/webhooks/blobs, as in Azure; serve raises them from container listings, since Azurite has no Event Grid) or polling (the WebJobs container scan).",
            DefaultValueFactory = _ => "eventgrid",
            HelpName = "SOURCE",
        };
        trigger.AcceptOnlyFromAmong("eventgrid", "polling");
        var command = new Command("serve", "Run Newsdesk locally: start Azurite if needed, ingest uploads with the WebJobs blob trigger, serve the export API on http://127.0.0.1:7071.")
        {
            storage, port, ingest, dataDir, noAzurite, container, tablePrefix, parallelism, trigger,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new ServeSettings(
                result.GetValue(storage)!,
                result.GetValue(port),
                result.GetValue(ingest) ?? [],
                result.GetValue(dataDir)!,
                result.GetValue(noAzurite),
                result.GetValue(container)!,
                result.GetValue(tablePrefix)!,
                result.GetValue(parallelism),
                result.GetValue(trigger) == "polling" ? BlobTriggerMode.Polling : BlobTriggerMode.EventGrid);
            return CommandRunner.RunAsync(() => ServeRunner.RunAsync(settings, AnsiConsole.Console, cancellationToken), Console.Error, cancellationToken);
        });
        return command;
    }
}
