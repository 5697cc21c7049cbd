using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
        var to = new Option<string>("--to") { Description = "The blob-trigger webhook to deliver BlobCreated events to.", DefaultValueFactory = _ => FuncWebhook, HelpName = "URL" };
        var interval = new Option<double>("--interval") { Description = "Seconds between container listings.", DefaultValueFactory = _ => 1.0, HelpName = "SECONDS" };
        var once = new Option<bool>("--once") { Description = "List the container once, deliver, and exit." };
        var command = new Command("events", $"Raise BlobCreated events for new or changed blobs (Azurite raises none) and deliver them to a blob-trigger webhook, e.g. a `func start` host's ({FuncWebhook}).")
        {
            storage, container, tablePrefix, to, interval, once,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(
            () => RunAsync(result.GetValue(storage)!, result.GetValue(container)!, result.GetValue(tablePrefix)!, Target(result.GetValue(to)!), TimeSpan.FromSeconds(result.GetValue(interval)), result.GetValue(once), AnsiConsole.Console, cancellationToken),
            Console.Error,
            cancellationToken));
        return command;
    }

    /// <summary>The <c>--to</c> value as a URI (relative when it is not absolute; <see cref="RunAsync"/> refuses that).</summary>
    internal static Uri Target(string value) =>
        Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var uri) ? uri : throw new CliException($"--to must be an http(s) URL, such as {FuncWebhook}.");

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
        using var logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Information)
            .AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "HH:mm:ss "; }));
        var options = new LocalHostOptions { StorageConnection = storage, ArticlesContainer = container, TablePrefix = tablePrefix, EventInterval = interval };
        using var events = new LocalBlobEvents(
            services.GetRequiredService<NewsdeskStorage>(),
            services.GetRequiredService<IngestionLogReader>(),
            new HttpWebhookSink(http, to),
            options,
            TimeProvider.System,
            logging.CreateLogger<LocalBlobEvents>());
        console.MarkupLine($"Delivering BlobCreated events for container [bold]{Markup.Escape(container)}[/] to [link]{Markup.Escape(to.ToString())}[/]{(once ? "" : ", every " + interval.TotalSeconds + " s; Ctrl+C stops")}.");
        if (once)
        {
            int delivered;
            try
            {
                delivered = await events.PassAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException)
            {
                throw new CliException($"delivery failed: {ex.Message}", ex);
            }

            console.MarkupLine($"Delivered {delivered:N0} event(s).");
            return 0;
        }

        // The same loop as serve's (a refused delivery is logged and retried on the next pass), until Ctrl+C.
        await events.StartAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await events.StopAsync(CancellationToken.None);
        console.MarkupLine($"Stopped after {events.Delivered:N0} event(s).");
        return 0;
    }
}
