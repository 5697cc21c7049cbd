using System.CommandLine;
using Azure.Storage.Blobs;
using Newsdesk.Cli.Uploads;
using Newsdesk.Parsing;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk ingest &lt;file|dir&gt;...</c>: uploads article files into the container the blob trigger watches.</summary>
internal static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to upload (folders are read recursively; hidden files skipped).", Arity = ArgumentArity.OneOrMore };
        var storage = CommonOptions.Storage();
        var container = CommonOptions.Container();
        var maxBytes = new Option<long>("--max-bytes") { Description = "Skip files larger than this many bytes (the ingestion limit).", DefaultValueFactory = _ => ParserOptions.DefaultMaxBytes };
        var command = new Command("ingest", "Upload article files to the articles container; the blob trigger (newsdesk serve, or the Functions app) ingests them.") { paths, storage, container, maxBytes };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(
            () => RunAsync(result.GetValue(storage)!, result.GetValue(container)!, result.GetValue(paths)!, result.GetValue(maxBytes), AnsiConsole.Console, Console.Error, cancellationToken),
            Console.Error,
            cancellationToken));
        return command;
    }

    /// <summary>Uploads; returns 0 when every file went up, 1 when any was skipped, 2 when an argument names nothing.</summary>
    internal static async Task<int> RunAsync(string storage, string container, IReadOnlyList<string> paths, long maxBytes, IAnsiConsole console, TextWriter errors, CancellationToken cancellationToken = default)
    {
        var plan = UploadPlan.Create(paths, maxBytes);
        foreach (var message in plan.Missing.Concat(plan.Skipped))
        {
            await errors.WriteLineAsync(message);
        }

        if (plan.Goldens > 0)
        {
            await errors.WriteLineAsync($"Left out {plan.Goldens:N0} golden *{UploadPlan.GoldenSuffix} and README files (they describe the samples; they are not articles).");
        }

        if (plan.Files.Count > 0)
        {
            await StorageGuard.EnsureReachableAsync(storage, cancellationToken);
            var client = new BlobServiceClient(storage).GetBlobContainerClient(container);
            await UploadWithProgressAsync(client, plan, console, cancellationToken);
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Uploaded", "Bytes", "Skipped (too large)", "Not found", "Container");
        table.AddRow($"{plan.Files.Count:N0}", $"{plan.TotalBytes:N0}", $"{plan.Skipped.Count:N0}", $"{plan.Missing.Count:N0}", Markup.Escape(container));
        console.Write(table);
        if (plan.Files.Count > 0)
        {
            console.MarkupLine("The blob trigger ingests them ([grey]newsdesk serve[/] locally, the Functions app in Azure); check with [grey]newsdesk status[/].");
        }

        return plan.Missing.Count > 0 ? 2 : plan.Skipped.Count > 0 ? 1 : 0;
    }

    /// <summary>Uploads the plan under a Spectre progress bar (bytes, files, speed); returns the blob names uploaded.</summary>
    internal static async Task<IReadOnlyList<string>> UploadWithProgressAsync(BlobContainerClient container, UploadPlan plan, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> uploaded = [];
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(0, plan.Files.Count), maxValue: Math.Max(1, plan.TotalBytes));
                var files = 0;
                uploaded = await ArticleUploader.UploadAsync(
                    container,
                    plan,
                    bytesSent: bytes => task.Increment(bytes),
                    fileDone: _ => task.Description = Describe(Interlocked.Increment(ref files), plan.Files.Count),
                    cancellationToken: cancellationToken);
                task.Value = task.MaxValue;
            });
        return uploaded;
    }

    private static string Describe(int done, int total) => $"Uploading: {done:N0}/{total:N0} files";
}
