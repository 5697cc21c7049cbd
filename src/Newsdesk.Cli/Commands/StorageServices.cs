using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Export;
using Newsdesk.Storage;

namespace Newsdesk.Cli.Commands;

/// <summary>The Newsdesk storage and export services for a one-shot command, configured like the hosts.</summary>
internal static class StorageServices
{
    /// <summary>Builds the services for the storage, container and table prefix given on the command line.</summary>
    public static ServiceProvider Create(string storage, string container = "articles", string tablePrefix = "")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageConnection.SettingName] = storage,
            [$"{NewsdeskStorageOptions.SectionName}:{nameof(NewsdeskStorageOptions.ArticlesContainer)}"] = container,
            [$"{NewsdeskStorageOptions.SectionName}:{nameof(NewsdeskStorageOptions.TablePrefix)}"] = tablePrefix,
        }).Build();
        var services = new ServiceCollection();
        // Commands show their own progress; library logs would interleave with it, so only errors go to stderr.
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error).AddSimpleConsole(console => console.SingleLine = true));
        services.AddNewsdeskStorage(configuration);
        services.AddNewsdeskExport();
        return services.BuildServiceProvider();
    }
}
