using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Export.OpenApi;

namespace Newsdesk.Export.Tests.Support;

/// <summary>An in-process ASP.NET Core app on Kestrel (127.0.0.1, free port) mapping the same routes both hosts map.</summary>
public sealed class ExportTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ExportTestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<ExportTestServer> StartAsync(ExportHarness harness)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(harness.Tables);
        builder.Services.AddSingleton(harness.Options);
        builder.Services.AddSingleton(harness.Blobs);
        builder.Services.AddNewsdeskExport();
        var app = builder.Build();
        app.MapGet("/api/export/{dataset}", (HttpContext context, string dataset, ExportEndpoint endpoint) => endpoint.HandleAsync(context, dataset, context.RequestAborted));
        app.MapGet("/api/openapi.json", (HttpContext context) => OpenApiDocument.WriteAsync(context, context.RequestAborted));
        await app.StartAsync();
        return new ExportTestServer(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
