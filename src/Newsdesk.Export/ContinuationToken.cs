using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Export;

/// <summary>
/// Where the next page starts: the driving query's key (restart there, inclusive) and the last row
/// written below it, plus a fingerprint of the filters so a token is not replayed with others.
/// Serialized as base64url JSON; it is a position, not a secret.
/// </summary>
/// <param name="Version">Token format version.</param>
/// <param name="Fingerprint">Hash of the dataset and row filters the token was issued for.</param>
/// <param name="PartitionKey">Partition of the driving row.</param>
/// <param name="DriverRowKey">Row key of the driving row (restart inclusive).</param>
/// <param name="LastRowKey">Row key of the last written row under that driving row.</param>
public sealed record ContinuationToken(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("f")] string Fingerprint,
    [property: JsonPropertyName("p")] string PartitionKey,
    [property: JsonPropertyName("d")] string DriverRowKey,
    [property: JsonPropertyName("r")] string LastRowKey)
{
    /// <summary>The current token format.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The opaque text sent to clients.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, ExportJsonContext.Default.ContinuationToken));

    /// <summary>Reads a token; null when it is not one this service issued.</summary>
    public static ContinuationToken? TryDecode(string text)
    {
        try
        {
            if (text.Length > 4096)
            {
                return null;
            }

            var bytes = Base64Url.DecodeFromChars(text);
            var token = JsonSerializer.Deserialize(bytes, ExportJsonContext.Default.ContinuationToken);
            return token is { Version: CurrentVersion, Fingerprint: not null, PartitionKey: not null, DriverRowKey: not null, LastRowKey: not null }
                ? token
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>A short hash of everything that decides which rows come back (not the columns, format or limit).</summary>
    public static string FingerprintOf(ExportRequest request)
    {
        var text = new StringBuilder()
            .Append(request.Dataset).Append('|')
            .Append(request.From).Append('|').Append(request.To).Append('|')
            .AppendJoin(',', request.Outlets).Append('|')
            .AppendJoin(',', request.Authors).Append('|')
            .AppendJoin(',', request.People).Append('|')
            .AppendJoin(',', request.Organizations).Append('|')
            .AppendJoin(',', request.Places).Append('|')
            .AppendJoin(',', request.EntityIds).Append('|')
            .AppendJoin(',', request.Languages).Append('|')
            .Append(request.Query);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 9));
    }
}
