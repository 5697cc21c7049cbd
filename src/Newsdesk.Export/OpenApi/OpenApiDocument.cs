using Microsoft.AspNetCore.Http;

namespace Newsdesk.Export.OpenApi;

/// <summary>The OpenAPI 3 document of the export route, an embedded resource both hosts serve at <c>/api/openapi.json</c>.</summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("Newsdesk.Export.OpenApi.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in Newsdesk.Export.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The document's JSON text.</summary>
    public static string Json => Text.Value;

    /// <summary>Writes the document as <c>application/json</c>.</summary>
    public static Task WriteAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(Json, cancellationToken);
    }
}
