using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Cli.Hosting;
using Newsdesk.Storage;
using Newsdesk.Storage.Ingestion;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk events --to URL</c>: plays Event Grid for a blob-trigger webhook elsewhere, above all a Functions host
/// run with <c>func start</c> against Azurite, whose <c>IngestArticle</c> (Event Grid source) would otherwise never
/// fire. The same <see cref="LocalBlobEvents"/> as <c>serve</c>, delivering over HTTP.
/// </summary>
internal static class EventsCommand
{
    /// <summary>The webhook of <c>func start</c>'s IngestArticle.</summary>
    public const string FuncWebhook = "http://localhost:7071/runtime/webhooks/blobs?functionName=Host.Functions.IngestArticle";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var storage = CommonOptions.Storage();
        var container = CommonOptions.Container();
        var tablePrefix = CommonOptions.TablePrefix();
        var to = new Option<Uri>("--to") { Description = "The blob-trigger webhook to deliver BlobCreated events to.", DefaultValueFactory = _ => new Uri(FuncWebhook), HelpName = "URL" };
        var interval = new Option<double>("--interval") { Description = "Seconds between container listings.", DefaultValueFactory = _ => 1.0, HelpName = "SECONDS" };
        var once = new Option<bool>("--once") { Description = "List the container once, deliver, and exit." };
        var command = new Command("events", $"Raise BlobCreated events for new or changed blobs (Azurite raises none) and deliver them to a blob-trigger webhook, e.g. a `func start` host's ({FuncWebhook}).")
        {
            storage, container, tablePrefix, to, interval, once,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(
            () => RunAsync(result.GetValue(storage)!, result.GetValue(container)!, result.GetValue(tablePrefix)!, result.GetValue(to)!, TimeSpan.FromSeconds(result.GetValue(interval)), result.GetValue(once), AnsiConsole.Console, cancellationToken),
            Console.Error,
            cancellationToken));
        return command;
    }

    /// <summary>Delivers events until cancelled (or once); returns 0.</summary>
    internal static async Task<int> RunAsync(string storage, string container, string tablePrefix, Uri to, TimeSpan interval, bool once, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        if (!to.IsAbsoluteUri || to.Scheme is not ("http" or "https"))
        {
            throw new CliException($"--to must be an http(s) URL, such as {FuncWebhook}.");
        }

        if (interval <= TimeSpan.Zero)
        {
            throw new CliException("--interval must be more than 0 seconds.");
        }

        await StorageGuard.EnsureReachableAsync(storage, cancellationToken);
        await using var services = StorageServices.Create(storage, container, tablePrefix);
        using var http = new HttpClient();
        var options = new LocalHostOptions { StorageConnection = storage, ArticlesContainer = container, TablePrefix = tablePrefix, EventInterval = interval };
        var events = new LocalBlobEvents(
            services.GetRequiredService<NewsdeskStorage>(),
            services.GetRequiredService<IngestionLogReader>(),
            new HttpWebhookSink(http, to),
            options,
            TimeProvider.System,
            NullLogger<LocalBlobEvents>.Instance);
        console.MarkupLine($"Delivering BlobCreated events for container [bold]{Markup.Escape(container)}[/] to [link]{Markup.Escape(to.ToString())}[/]{(once ? "" : ", every " + interval.TotalSeconds + " s; Ctrl+C stops")}.");
        if (once)
        {
            var delivered = await events.PassAsync(cancellationToken);
            console.MarkupLine($"Delivered {delivered:N0} event(s).");
            return 0;
        }

        long reported = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await events.PassAsync(cancellationToken);
                if (events.Delivered != reported)
                {
                    console.MarkupLine($"{DateTimeOffset.Now:HH:mm:ss} delivered {events.Delivered - reported:N0} event(s) ({events.Delivered:N0} so far)");
                    reported = events.Delivered;
                }

                await Task.Delay(interval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or Azure.RequestFailedException)
            {
                console.MarkupLine($"[yellow]{DateTimeOffset.Now:HH:mm:ss} {Markup.Escape(ex.Message)}; retrying[/]");
                await Task.Delay(interval, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        console.MarkupLine($"Stopped after {events.Delivered:N0} event(s).");
        return 0;
    }
}
