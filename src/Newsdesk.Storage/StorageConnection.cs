using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Newsdesk.Storage;

/// <summary>
/// The storage account from the <c>AzureWebJobsStorage</c> setting, as the Functions host reads it:
/// a connection string (<c>UseDevelopmentStorage=true</c>, an account key string), or identity-based
/// settings <c>AzureWebJobsStorage__blobServiceUri</c> / <c>__queueServiceUri</c> / <c>__tableServiceUri</c>
/// (or <c>__accountName</c>) with <c>__credential=managedidentity</c> and optional <c>__clientId</c>.
/// </summary>
public sealed record StorageConnection(string? ConnectionString, Uri? BlobServiceUri, Uri? QueueServiceUri, Uri? TableServiceUri, TokenCredential? Credential)
{
    /// <summary>The setting name the Functions host uses for its own storage.</summary>
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>Reads the connection from configuration; throws with the settings to add when there is none.</summary>
    public static StorageConnection FromConfiguration(IConfiguration configuration, string settingName = SettingName)
    {
        var connectionString = configuration[settingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(connectionString, null, null, null, null);
        }

        var section = configuration.GetSection(settingName);
        var account = section["accountName"];
        Uri? Endpoint(string key, string service) =>
            section[key] is { Length: > 0 } uri ? new Uri(uri) :
            account is { Length: > 0 } ? new Uri($"https://{account}.{service}.core.windows.net") : null;

        var blob = Endpoint("blobServiceUri", "blob");
        var queue = Endpoint("queueServiceUri", "queue");
        var table = Endpoint("tableServiceUri", "table");
        if (blob is null || queue is null || table is null)
        {
            throw new InvalidOperationException(
                $"No storage connection: set '{settingName}' to a connection string (UseDevelopmentStorage=true for Azurite), " +
                $"or set '{settingName}__blobServiceUri', '{settingName}__queueServiceUri' and '{settingName}__tableServiceUri' (or '{settingName}__accountName') " +
                $"with '{settingName}__credential=managedidentity'.");
        }

        return new StorageConnection(null, blob, queue, table, CreateCredential(section["credential"], section["clientId"]));
    }

    /// <summary>Managed identity (user-assigned when a client id is given) for <c>managedidentity</c>, else the default chain.</summary>
    public static TokenCredential CreateCredential(string? credential, string? clientId)
    {
        if (string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(string.IsNullOrEmpty(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        var options = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrEmpty(clientId))
        {
            options.ManagedIdentityClientId = clientId;
        }

        return new DefaultAzureCredential(options);
    }
}
