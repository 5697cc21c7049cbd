using System.Text.Json.Serialization;

namespace Newsdesk.Export;

/// <summary>An RFC 9457 problem detail (<c>application/problem+json</c>) with the <c>parameter</c> and <c>allowed</c> extension members.</summary>
/// <param name="Type">A URN naming the kind of problem.</param>
/// <param name="Title">Short, stable summary of the kind of problem.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What was wrong with which input and what to do instead.</param>
/// <param name="Parameter">The query parameter (or header) at fault.</param>
/// <param name="Allowed">The values that would have been accepted, when they are a short list.</param>
public sealed record ExportProblem(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("parameter")] string? Parameter = null,
    [property: JsonPropertyName("allowed")] IReadOnlyList<string>? Allowed = null)
{
    /// <summary>The media type of problem documents.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>400: a query parameter is malformed, out of range or unknown.</summary>
    public static ExportProblem BadParameter(string parameter, string detail, IReadOnlyList<string>? allowed = null) =>
        new("urn:newsdesk:problem:invalid-parameter", "Invalid query parameter", 400, detail, parameter, allowed);

    /// <summary>404: the dataset does not exist.</summary>
    public static ExportProblem UnknownDataset(string dataset, IReadOnlyList<string> allowed) =>
        new("urn:newsdesk:problem:unknown-dataset", "Unknown dataset", 404,
            $"There is no dataset '{dataset}'. Use one of: {string.Join(", ", allowed)}.", "dataset", allowed);

    /// <summary>406: no format Newsdesk writes is acceptable.</summary>
    public static ExportProblem NotAcceptable(string parameter, string detail, IReadOnlyList<string> allowed) =>
        new("urn:newsdesk:problem:not-acceptable", "Not acceptable", 406, detail, parameter, allowed);
}
