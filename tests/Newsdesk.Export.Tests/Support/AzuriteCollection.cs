using Newsdesk.Testing;

namespace Newsdesk.Export.Tests.Support;

[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
