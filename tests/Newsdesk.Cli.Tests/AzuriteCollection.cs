using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
