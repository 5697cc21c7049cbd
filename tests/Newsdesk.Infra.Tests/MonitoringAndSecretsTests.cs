using System.Text.Json;

namespace Newsdesk.Infra.Tests;

/// <summary>Telemetry without keys, no secrets anywhere, tags and location on every resource.</summary>
[Collection(InfraCollection.Name)]
public sealed class MonitoringAndSecretsTests(InfraFixture infra)
{
    [Fact]
    public void ApplicationInsights_IsWorkspaceBased_AndAcceptsOnlyEntraAuthenticatedTelemetry()
    {
        var component = Assert.Single(infra.MainResources, r => r.Type == "Microsoft.Insights/components");
        var workspace = Assert.Single(infra.MainResources, r => r.Type == "Microsoft.OperationalInsights/workspaces");

        Assert.True(component.Property("DisableLocalAuth").GetBoolean());
        Assert.Equal(workspace.Json.GetProperty("id").GetString(), component.Property("WorkspaceResourceId").GetString());
        Assert.True(workspace.Property("features", "disableLocalAuth").GetBoolean());
    }

    [Theory]
    [InlineData("listKeys")]
    [InlineData("listAccountSas")]
    [InlineData("listServiceSas")]
    [InlineData("listConnectionStrings")]
    [InlineData("AccountKey")]
    [InlineData("SharedAccessSignature")]
    [InlineData("securestring")]
    public void MainTemplate_NeitherReadsNorPassesKeysOrSecrets(string marker)
    {
        Assert.DoesNotContain(marker, infra.MainTemplateText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Outputs_AreIdentifiersOnly()
    {
        foreach (var template in new[] { infra.MainTemplate, infra.EventGridTemplate })
        {
            foreach (var output in template.GetProperty("outputs").EnumerateObject())
            {
                Assert.Equal("string", output.Value.GetProperty("type").GetString());
                Assert.DoesNotContain("list", output.Value.GetProperty("value").GetString(), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch("(?i)key|secret|password|connectionstring|sas", output.Name);
            }
        }
    }

    [Fact]
    public void MainOutputs_NameWhatAzdAndTheHookNeed()
    {
        var outputs = infra.MainSnapshot.GetProperty("outputs");

        Assert.Equal(InfraFixture.ResourceGroup, outputs.GetProperty("AZURE_RESOURCE_GROUP").GetString());
        foreach (var name in new[]
        {
            "AZURE_FUNCTION_APP_NAME", "AZURE_FUNCTION_APP_HOST_NAME", "AZURE_STORAGE_ACCOUNT_NAME",
            "AZURE_FUNCTION_IDENTITY_CLIENT_ID", "AZURE_EVENTGRID_SYSTEM_TOPIC_NAME",
        })
        {
            Assert.False(string.IsNullOrEmpty(outputs.GetProperty(name).GetString()), name);
        }

        Assert.Equal(
            infra.MainResources.Single(r => r.Type == "Microsoft.Web/sites").Name,
            outputs.GetProperty("AZURE_FUNCTION_APP_NAME").GetString());
    }

    [Fact]
    public void EveryTrackedResource_CarriesTheTagsParameter_AndTheEnvironmentTag_InTheLocationParameter()
    {
        var tracked = infra.MainResources.Where(r => r.Json.TryGetProperty("location", out _)).ToArray();

        Assert.Equal(7, tracked.Length); // identity, storage account, workspace, component, plan, app, system topic
        Assert.All(tracked, resource =>
        {
            Assert.Equal("swedencentral", resource.Json.GetProperty("location").GetString());
            var tags = resource.Json.GetProperty("tags");
            Assert.Equal("newsdesk", tags.GetProperty("application").GetString());
            Assert.Equal("news", tags.GetProperty("costCenter").GetString());
            Assert.Equal("test", tags.GetProperty("azd-env-name").GetString());
        });
    }

    [Fact]
    public void EveryResourceTypeThatTakesTags_IsAmongTheTaggedOnes()
    {
        // Child resources (containers, tables, settings, role assignments) take no tags; every
        // top-level resource type of the deployment must be tagged.
        var topLevel = infra.MainResources.Where(r => r.Type.Count(c => c == '/') == 1 && r.Type != "Microsoft.Authorization/roleAssignments");

        Assert.All(topLevel, r => Assert.Equal(JsonValueKind.Object, r.Json.GetProperty("tags").ValueKind));
    }
}
