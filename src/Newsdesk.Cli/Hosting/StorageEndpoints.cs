using System.Data.Common;

namespace Newsdesk.Cli.Hosting;

/// <summary>The blob, queue and table endpoints a storage connection string points at.</summary>
internal sealed record StorageEndpoints(Uri Blob, Uri Queue, Uri Table)
{
    /// <summary>The connection string Azurite's well-known development account answers to.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>Azurite's default blob, queue and table ports.</summary>
    public static readonly int[] AzuriteDefaultPorts = [10000, 10001, 10002];

    /// <summary>True when the connection string is the development-storage shorthand.</summary>
    public static bool IsDevelopmentStorage(string connectionString) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal).TrimEnd(';')
            .Equals(DevelopmentStorage, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when every endpoint is on this machine (Azurite or another emulator).</summary>
    public bool IsLocal => Blob.IsLoopback && Queue.IsLoopback && Table.IsLoopback;

    /// <summary>Reads the endpoints of a connection string; throws <see cref="ArgumentException"/> when it is not one.</summary>
    public static StorageEndpoints Parse(string connectionString)
    {
        if (IsDevelopmentStorage(connectionString))
        {
            return new(new Uri("http://127.0.0.1:10000/devstoreaccount1"), new Uri("http://127.0.0.1:10001/devstoreaccount1"), new Uri("http://127.0.0.1:10002/devstoreaccount1"));
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"'{Redact(connectionString)}' is not a storage connection string: {ex.Message}", ex);
        }

        string? Get(string key) => builder.TryGetValue(key, out var value) ? value?.ToString() : null;
        var account = Get("AccountName");
        var protocol = Get("DefaultEndpointsProtocol") ?? "https";
        var suffix = Get("EndpointSuffix") ?? "core.windows.net";
        Uri Endpoint(string key, string service) =>
            Get(key) is { Length: > 0 } explicitEndpoint ? new Uri(explicitEndpoint)
            : account is { Length: > 0 } ? new Uri($"{protocol}://{account}.{service}.{suffix}")
            : throw new ArgumentException($"The storage connection string has neither {key} nor AccountName.");
        return new(Endpoint("BlobEndpoint", "blob"), Endpoint("QueueEndpoint", "queue"), Endpoint("TableEndpoint", "table"));
    }

    /// <summary>The connection string with its key and signature hidden, for messages.</summary>
    public static string Redact(string connectionString) =>
        System.Text.RegularExpressions.Regex.Replace(connectionString, "(AccountKey|SharedAccessSignature)=[^;]*", "$1=***", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
