using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Export;
using Newsdesk.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Application Insights only where a connection string is configured (Azure); locally it stays off.
if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    builder.Services
        .AddApplicationInsightsTelemetryWorkerService()
        .ConfigureFunctionsApplicationInsights();
}

// Storage clients (Microsoft.Extensions.Azure, from AzureWebJobsStorage), ingestion services, export endpoint.
builder.Services.AddNewsdeskStorage(builder.Configuration);
builder.Services.AddNewsdeskExport();
builder.Services.AddHostedService<Newsdesk.Functions.StorageInitializer>();

builder.Build().Run();
