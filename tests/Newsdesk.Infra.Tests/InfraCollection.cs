namespace Newsdesk.Infra.Tests;

/// <summary>Shares one compilation and snapshot of the templates between the test classes.</summary>
[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<InfraFixture>
{
    /// <summary>Collection name.</summary>
    public const string Name = "Infra";
}
