using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Storage.Sas;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// For Azurite's well-known development account: the same endpoints with an account SAS instead of the account key.
/// The blob and queue SDKs sign every shared-key request with a new, undisposed HMACSHA256, so each request leaves an
/// OpenSSL context for the finalizer thread; in <c>serve</c>, which makes about a dozen blob and queue calls per
/// upload (the trigger's own included), that finalizer work was the largest CPU cost per article (see
/// docs/benchmarks-ingest.md). A SAS is computed once. Only for the emulator: a real account keeps its key (in Azure,
/// the Functions app uses a managed identity anyway).
/// </summary>
internal static class EmulatorSasConnection
{
    /// <summary>Azurite's well-known account name.</summary>
    public const string EmulatorAccount = "devstoreaccount1";

    /// <summary>The SAS connection string, or <paramref name="connectionString"/> unchanged when it is not the emulator's key.</summary>
    public static string From(string connectionString, DateTimeOffset now)
    {
        BlobServiceClient blobs;
        try
        {
            blobs = new BlobServiceClient(connectionString);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return connectionString;
        }

        if (!string.Equals(blobs.AccountName, EmulatorAccount, StringComparison.Ordinal) || !blobs.CanGenerateAccountSasUri)
        {
            return connectionString;
        }

        // A year: serve is a development host, and the emulator's key never changes.
        var sas = new AccountSasBuilder(AccountSasPermissions.All, now.AddYears(1), AccountSasServices.All, AccountSasResourceTypes.All)
        {
            Protocol = SasProtocol.HttpsAndHttp,
            StartsOn = now.AddMinutes(-5),
        };
        var token = blobs.GenerateAccountSasUri(sas).Query.TrimStart('?');
        var queues = new QueueServiceClient(connectionString).Uri;
        var tables = new TableServiceClient(connectionString).Uri;
        return $"BlobEndpoint={blobs.Uri};QueueEndpoint={queues};TableEndpoint={tables};SharedAccessSignature={token}";
    }
}
