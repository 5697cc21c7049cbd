namespace Newsdesk.Infra.Tests;

/// <summary>Who gets which role where: the app identity, the optional deployer, Event Grid.</summary>
[Collection(InfraCollection.Name)]
public sealed class RoleAssignmentTests(InfraFixture infra)
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private IEnumerable<ArmResource> Assignments => infra.MainResources.Where(r => r.Type == "Microsoft.Authorization/roleAssignments");

    private string IdentityId => infra.MainResources.Single(r => r.Type == "Microsoft.ManagedIdentity/userAssignedIdentities").Json.GetProperty("id").GetString()!;

    private string StorageId => infra.MainResources.Single(r => r.Type == "Microsoft.Storage/storageAccounts").Json.GetProperty("id").GetString()!;

    [Fact]
    public void AppIdentity_GetsBlobOwnerQueueAndTableContributor_OnTheStorageAccount_AsServicePrincipal()
    {
        var app = Assignments.Where(a => a.Property("principalId").GetString()!.Contains(IdentityId, StringComparison.Ordinal)
            && a.Json.GetProperty("id").GetString()!.StartsWith(StorageId + "/providers/Microsoft.Authorization/", StringComparison.Ordinal)).ToArray();

        Assert.Equal(
            new[] { TableDataContributor, QueueDataContributor, BlobDataOwner }.Order(),
            app.Select(RoleId).Order());
        Assert.All(app, a => Assert.Equal("ServicePrincipal", a.Property("principalType").GetString()));
    }

    [Fact]
    public void AppIdentity_PublishesTelemetry_AsMonitoringMetricsPublisherOnApplicationInsights()
    {
        var component = infra.MainResources.Single(r => r.Type == "Microsoft.Insights/components").Json.GetProperty("id").GetString()!;
        var publisher = Assert.Single(Assignments, a => RoleId(a) == MonitoringMetricsPublisher);

        Assert.StartsWith(component + "/providers/Microsoft.Authorization/", publisher.Json.GetProperty("id").GetString());
        Assert.Contains(IdentityId, publisher.Property("principalId").GetString());
        Assert.Equal("ServicePrincipal", publisher.Property("principalType").GetString());
    }

    [Fact]
    public void Deployer_GetsBlobQueueAndTableContributor_AsUser_WhenAPrincipalIdIsGiven()
    {
        var deployer = Assignments.Where(a => a.Property("principalId").GetString() == InfraFixture.DeployerPrincipalId).ToArray();

        Assert.Equal(new[] { BlobDataContributor, QueueDataContributor, TableDataContributor }.Order(), deployer.Select(RoleId).Order());
        Assert.All(deployer, a => Assert.Equal("User", a.Property("principalType").GetString()));
    }

    [Fact]
    public void DeployerRoles_AreConditionalOnANonEmptyPrincipalId_WhichDefaultsToEmpty()
    {
        var parameter = infra.MainTemplate.GetProperty("parameters").GetProperty("deployerPrincipalId");
        var module = infra.MainTemplate.GetProperty("resources").GetProperty("deployerStorageAccess");

        Assert.Equal("", parameter.GetProperty("defaultValue").GetString());
        Assert.Equal("[not(empty(parameters('deployerPrincipalId')))]", module.GetProperty("condition").GetString());
    }

    [Fact]
    public void EventGridTopicIdentity_MayOnlyWriteTheDeadLetterContainer()
    {
        var topic = infra.MainResources.Single(r => r.Type == "Microsoft.EventGrid/systemTopics").Json.GetProperty("id").GetString()!;
        var writer = Assert.Single(Assignments, a => a.Property("principalId").GetString()!.Contains(topic, StringComparison.Ordinal));

        Assert.Equal(BlobDataContributor, RoleId(writer));
        Assert.StartsWith(StorageId + "/blobServices/default/containers/eventgrid-deadletter/providers/", writer.Json.GetProperty("id").GetString());
    }

    [Fact]
    public void EveryRoleAssignmentName_IsAGuidComputedFromItsInputs()
    {
        var templateNames = ArmResource.AllIn(infra.MainTemplate).Where(r => r.Type == "Microsoft.Authorization/roleAssignments")
            .Select(r => r.Name).ToArray();
        var names = Assignments.Select(a => a.Name).ToArray();

        Assert.Equal(4, templateNames.Length); // storage-roles (inlined for app and deployer), monitoring, Event Grid topic
        Assert.All(templateNames, name => Assert.StartsWith("[guid(", name));
        Assert.Equal(8, names.Length);
        Assert.All(names, name => Assert.True(Guid.TryParse(name, out _), name));
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Fact]
    public void RoleDefinitions_AreReferencedBySubscriptionResourceId()
    {
        Assert.All(Assignments, a => Assert.StartsWith(
            $"/subscriptions/{InfraFixture.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/",
            a.Property("roleDefinitionId").GetString()));
    }

    private static string RoleId(ArmResource assignment) => assignment.Property("roleDefinitionId").GetString()!.Split('/')[^1];
}
