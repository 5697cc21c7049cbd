using System.Text.Json.Serialization;

namespace Newsdesk.Cli.Hosting;

/// <summary>The body of <c>GET /api/health</c>.</summary>
/// <param name="Status">"ok" while the host runs.</param>
/// <param name="ParserVersion">The parser version ingestion writes with.</param>
/// <param name="Container">The container the blob trigger watches.</param>
internal sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("parserVersion")] string ParserVersion,
    [property: JsonPropertyName("container")] string Container);
