using System.Text.Json.Serialization;

namespace Newsdesk.Storage.Ingestion;

/// <summary>The body of an <c>articles-poison</c> message (JSON, camelCase).</summary>
/// <param name="BlobName">The blob that could not be ingested.</param>
/// <param name="Reason">The last error.</param>
/// <param name="At">When it gave up.</param>
public sealed record PoisonMessage(string BlobName, string Reason, DateTimeOffset At);

/// <summary>Source-generated serializer of <see cref="PoisonMessage"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PoisonMessage))]
internal sealed partial class PoisonMessageContext : JsonSerializerContext;
