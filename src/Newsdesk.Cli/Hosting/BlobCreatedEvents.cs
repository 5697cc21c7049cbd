using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// Writes <c>Microsoft.Storage.BlobCreated</c> events in the Event Grid schema, the shape Azure Storage delivers to the
/// Functions app (the blob extension reads <c>data.url</c>, <c>data.eTag</c> and <c>data.blobType</c>).
/// </summary>
internal static class BlobCreatedEvents
{
    /// <summary>One JSON array of BlobCreated events for the listed blobs of <paramref name="container"/>.</summary>
    public static byte[] Serialize(BlobContainerClient container, IEnumerable<BlobItem> blobs, DateTimeOffset now)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var blob in blobs)
            {
                var client = container.GetBlobClient(blob.Name);
                json.WriteStartObject();
                json.WriteString("topic", $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{container.AccountName}");
                json.WriteString("subject", $"/blobServices/default/containers/{container.Name}/blobs/{blob.Name}");
                json.WriteString("eventType", "Microsoft.Storage.BlobCreated");
                json.WriteString("id", Guid.NewGuid().ToString());
                json.WriteString("eventTime", now);
                json.WriteStartObject("data");
                json.WriteString("api", "PutBlob");
                // Event Grid sends the ETag without the quotes the blob service puts around it.
                json.WriteString("eTag", blob.Properties.ETag?.ToString().Trim('"') ?? "");
                json.WriteString("contentType", blob.Properties.ContentType ?? "application/octet-stream");
                json.WriteNumber("contentLength", blob.Properties.ContentLength ?? 0);
                json.WriteString("blobType", BlobTypeName(blob.Properties.BlobType));
                json.WriteString("url", client.Uri.AbsoluteUri);
                json.WriteString("sequencer", blob.Properties.LastModified?.UtcTicks.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) ?? "");
                json.WriteEndObject();
                json.WriteString("dataVersion", "");
                json.WriteString("metadataVersion", "1");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>Event Grid's names: BlockBlob, AppendBlob, PageBlob.</summary>
    private static string BlobTypeName(BlobType? type) => type switch
    {
        BlobType.Append => "AppendBlob",
        BlobType.Page => "PageBlob",
        _ => "BlockBlob",
    };

    /// <summary>Content for <see cref="BlobWebhook.SendAsync"/>.</summary>
    public static HttpContent Content(byte[] json) =>
        new ByteArrayContent(json) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName } } };
}
