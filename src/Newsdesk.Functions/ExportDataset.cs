using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Newsdesk.Export;

namespace Newsdesk.Functions;

/// <summary><c>GET /api/export/{dataset}</c>: streams a filtered dataset through the shared export endpoint.</summary>
public sealed class ExportDataset(ExportEndpoint endpoint)
{
    /// <summary>Delegates the request to <see cref="ExportEndpoint.HandleAsync"/>, which writes the response.</summary>
    [Function(nameof(ExportDataset))]
    public Task Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/{dataset}")] HttpRequest req,
        string dataset,
        CancellationToken cancellationToken) =>
        endpoint.HandleAsync(req.HttpContext, dataset, cancellationToken);
}
