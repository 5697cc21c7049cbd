using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsdesk.Export;
using Newsdesk.Storage;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// The product running locally without Functions Core Tools: one .NET host with the WebJobs SDK blob trigger
/// (the engine under the Functions host; fed by Event Grid-style deliveries or by its container scan, see
/// <see cref="BlobTriggerMode"/>) and Kestrel serving the export routes and the blob webhook on loopback, all
/// calling the same Newsdesk services as the Functions app.
/// </summary>
internal sealed class LocalHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHost(WebApplication app, Uri baseAddress, LocalHostOptions options)
    {
        _app = app;
        BaseAddress = baseAddress;
        Options = options;
    }

    /// <summary>Where the HTTP routes answer, e.g. http://127.0.0.1:7071/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The settings the host runs with.</summary>
    public LocalHostOptions Options { get; }

    /// <summary>The host's services (the same singletons the trigger and routes use).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>What the blob trigger did so far.</summary>
    public IngestionMonitor Monitor => Services.GetRequiredService<IngestionMonitor>();

    /// <summary>Builds the host, creates the container and tables, and starts the trigger and the HTTP routes.</summary>
    public static async Task<LocalHost> StartAsync(LocalHostOptions options, Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "newsdesk",
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(Settings(options));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(options.SdkLogLevel);
        builder.Logging.AddFilter("Newsdesk", options.LogLevel);
        // The trigger logs one line per outcome (with its duration); the service's own line would repeat it.
        builder.Logging.AddFilter("Newsdesk.Storage", (LogLevel)Math.Max((int)options.LogLevel, (int)LogLevel.Warning));
        builder.Logging.AddFilter("Newsdesk.Export", (LogLevel)Math.Max((int)options.LogLevel, (int)LogLevel.Warning));
        // The SDKs log every expected 404 (container or queue not there yet) as a warning.
        builder.Logging.AddFilter("Azure", LogLevel.Error);
        (configureLogging ?? (logging => logging.AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "HH:mm:ss "; })))(builder.Logging);

        builder.Services.AddNewsdeskStorage(builder.Configuration);
        builder.Services.AddNewsdeskExport();
        builder.Services.AddSingleton<IngestionMonitor>();
        builder.Services.AddSingleton<BlobIngestionHandler>();
        builder.Services.AddSingleton<BlobWebhook>();
        builder.Services.AddSingleton<IBlobEventSink, InProcessWebhookSink>();
        builder.Services.AddSingleton(options);
        if (options.Trigger == BlobTriggerMode.Polling)
        {
            builder.Services.AddHostedService<MissedBlobSweeper>();
        }
        else if (options.RaiseLocalEvents)
        {
            builder.Services.AddHostedService<LocalBlobEvents>();
        }

        builder.Host.ConfigureWebJobs(webJobs =>
        {
            webJobs.UseHostId(options.HostId);
            webJobs.AddAzureStorageCoreServices();
            webJobs.AddAzureStorageBlobs(blobs =>
            {
                blobs.MaxDegreeOfParallelism = options.MaxDegreeOfParallelism;
                blobs.PoisonBlobThreshold = options.PoisonBlobThreshold;
            });
        });
        // Registered after ConfigureWebJobs so it replaces the default assembly-scanning locator.
        builder.Services.AddSingleton<ITypeLocator, JobTypeLocator>();
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        LocalRoutes.Map(app, options);
        // The trigger's container must exist before the listener starts; tables and queue for the first write.
        await app.Services.EnsureNewsdeskStorageCreatedAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://127.0.0.1:{options.Port}";
        return new LocalHost(app, new Uri(address.TrimEnd('/') + "/"), options);
    }

    /// <summary>Stops the trigger (letting running ingestions finish) and the HTTP server.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings(LocalHostOptions options) => new()
    {
        ["AzureWebJobsStorage"] = options.StorageConnection,
        [BlobIngestionHandler.ContainerSetting] = options.ArticlesContainer,
        [$"{NewsdeskStorageOptions.SectionName}:{nameof(NewsdeskStorageOptions.ArticlesContainer)}"] = options.ArticlesContainer,
        [$"{NewsdeskStorageOptions.SectionName}:{nameof(NewsdeskStorageOptions.TablePrefix)}"] = options.TablePrefix,
    };
}
