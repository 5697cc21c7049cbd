using System.CommandLine;
using Newsdesk.Cli.Hosting;

namespace Newsdesk.Cli.Commands;

/// <summary>Options every storage command shares.</summary>
internal static class CommonOptions
{
    /// <summary>The environment variable (and Functions app setting) holding the storage connection string.</summary>
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>The connection string used when neither --storage nor the environment gives one.</summary>
    public static string DefaultStorage() =>
        Environment.GetEnvironmentVariable(StorageSetting) is { Length: > 0 } fromEnvironment ? fromEnvironment : StorageEndpoints.DevelopmentStorage;

    /// <summary><c>--storage CONNECTION</c>.</summary>
    public static Option<string> Storage() => new("--storage")
    {
        Description = $"Storage connection string (default: the {StorageSetting} environment variable, else {StorageEndpoints.DevelopmentStorage}, i.e. Azurite).",
        DefaultValueFactory = _ => DefaultStorage(),
        HelpName = "CONNECTION",
    };

    /// <summary><c>--container NAME</c>.</summary>
    public static Option<string> Container() => new("--container")
    {
        Description = "The container uploads go to (the blob trigger watches it).",
        DefaultValueFactory = _ => "articles",
        HelpName = "NAME",
    };

    /// <summary><c>--table-prefix PREFIX</c> (hidden: tests and side-by-side installs).</summary>
    public static Option<string> TablePrefix() => new("--table-prefix")
    {
        Description = "Prefix of every table name.",
        DefaultValueFactory = _ => "",
        Hidden = true,
    };
}
