using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Infra.Tests;

/// <summary>The Flex Consumption plan and the function app: runtime, scale, identity, settings.</summary>
[Collection(InfraCollection.Name)]
public sealed class FunctionAppTemplateTests(InfraFixture infra)
{
    private ArmResource Site => infra.MainResources.Single(r => r.Type == "Microsoft.Web/sites");

    private ArmResource Settings => infra.MainResources.Single(r => r.Type == "Microsoft.Web/sites/config");

    private string IdentityId => infra.MainResources.Single(r => r.Type == "Microsoft.ManagedIdentity/userAssignedIdentities").Json.GetProperty("id").GetString()!;

    [Fact]
    public void Plan_IsFlexConsumptionFC1_OnLinux()
    {
        var plan = Assert.Single(infra.MainResources, r => r.Type == "Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.Json.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.Json.GetProperty("sku").GetProperty("tier").GetString());
        Assert.True(plan.Property("reserved").GetBoolean());
        Assert.Equal(plan.Json.GetProperty("id").GetString(), Site.Property("serverFarmId").GetString());
    }

    [Fact]
    public void App_IsALinuxFunctionApp_RunningDotnetIsolated10_AsTheUserAssignedIdentity()
    {
        Assert.Equal("functionapp,linux", Site.Json.GetProperty("kind").GetString());
        Assert.Equal("dotnet-isolated", Site.Property("functionAppConfig", "runtime", "name").GetString());
        Assert.Equal("10.0", Site.Property("functionAppConfig", "runtime", "version").GetString());
        Assert.Equal("UserAssigned", Site.Json.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal(IdentityId, Assert.Single(Site.Json.GetProperty("identity").GetProperty("userAssignedIdentities").EnumerateObject()).Name);
        Assert.True(Site.Property("httpsOnly").GetBoolean());
        Assert.Equal("1.2", Site.Property("siteConfig", "minTlsVersion").GetString());
    }

    [Fact]
    public void DeploymentPackage_IsReadFromABlobContainer_WithTheUserAssignedIdentity()
    {
        var storage = Site.Property("functionAppConfig", "deployment", "storage");

        Assert.Equal("blobContainer", storage.GetProperty("type").GetString());
        Assert.Contains("primaryEndpoints.blob, 'app-package')", storage.GetProperty("value").GetString());
        Assert.Equal("UserAssignedIdentity", storage.GetProperty("authentication").GetProperty("type").GetString());
        Assert.Equal(IdentityId, storage.GetProperty("authentication").GetProperty("userAssignedIdentityResourceId").GetString());
    }

    [Fact]
    public void ScaleSettings_AreParameters_WithTheFlexConsumptionRanges()
    {
        var parameters = infra.MainTemplate.GetProperty("parameters");
        var memory = parameters.GetProperty("instanceMemoryMB");
        var instances = parameters.GetProperty("maximumInstanceCount");

        Assert.Equal(new[] { 512, 2048, 4096 }, memory.GetProperty("allowedValues").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(40, instances.GetProperty("minValue").GetInt32());
        Assert.Equal(1000, instances.GetProperty("maxValue").GetInt32());
        Assert.Equal(memory.GetProperty("defaultValue").GetInt32(), Site.Property("functionAppConfig", "scaleAndConcurrency", "instanceMemoryMB").GetInt32());
        Assert.Equal(instances.GetProperty("defaultValue").GetInt32(), Site.Property("functionAppConfig", "scaleAndConcurrency", "maximumInstanceCount").GetInt32());
    }

    [Theory]
    [InlineData(512, 40)]
    [InlineData(4096, 1000)]
    public async Task ScaleSettings_AtTheEdgesOfTheRanges_ReachTheApp(int memory, int instances)
    {
        var resources = await infra.SnapshotMainAsync($"param instanceMemoryMB = {memory}\nparam maximumInstanceCount = {instances}");

        var scale = resources.Single(r => r.Type == "Microsoft.Web/sites").Property("functionAppConfig", "scaleAndConcurrency");
        Assert.Equal(memory, scale.GetProperty("instanceMemoryMB").GetInt32());
        Assert.Equal(instances, scale.GetProperty("maximumInstanceCount").GetInt32());
    }

    [Theory]
    [InlineData("param instanceMemoryMB = 1024", "BCP033")]
    [InlineData("param maximumInstanceCount = 39", "BCP328")]
    [InlineData("param maximumInstanceCount = 1001", "BCP327")]
    public async Task ScaleSettings_OutsideTheRanges_AreRejected(string line, string diagnostic)
    {
        var result = await infra.BuildParamsAsync($"param environmentName = 'x'\n{line}");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Contains($"Error {diagnostic}", StringComparison.Ordinal));
    }

    [Fact]
    public void AppSettings_ConnectTheHostToStorage_WithTheManagedIdentity()
    {
        var clientId = $"[reference('{IdentityId}', '2024-11-30').clientId]";

        Assert.Equal("managedidentity", Settings.Property("AzureWebJobsStorage__credential").GetString());
        Assert.Equal(clientId, Settings.Property("AzureWebJobsStorage__clientId").GetString());
        Assert.EndsWith(".primaryEndpoints.blob]", Settings.Property("AzureWebJobsStorage__blobServiceUri").GetString());
        Assert.EndsWith(".primaryEndpoints.queue]", Settings.Property("AzureWebJobsStorage__queueServiceUri").GetString());
        Assert.EndsWith(".primaryEndpoints.table]", Settings.Property("AzureWebJobsStorage__tableServiceUri").GetString());
        Assert.Equal(clientId, Settings.Property("AZURE_CLIENT_ID").GetString());
        Assert.False(Settings.Properties.TryGetProperty("AzureWebJobsStorage", out _), "no connection string for AzureWebJobsStorage");
    }

    [Fact]
    public void AppSettings_SendTelemetryWithEntraAuthentication()
    {
        Assert.Equal(
            $"[format('ClientId={{0}};Authorization=AAD', reference('{IdentityId}', '2024-11-30').clientId)]",
            Settings.Property("APPLICATIONINSIGHTS_AUTHENTICATION_STRING").GetString());
        Assert.EndsWith("'2020-02-02').ConnectionString]", Settings.Property("APPLICATIONINSIGHTS_CONNECTION_STRING").GetString());
    }

    [Fact]
    public void AppSettings_CarryTheNewsdeskStorageOptions()
    {
        Assert.Equal("", Settings.Property("Newsdesk__TablePrefix").GetString());
        Assert.Equal("articles", Settings.Property("Newsdesk__ArticlesContainer").GetString());
        Assert.Equal("article-json", Settings.Property("Newsdesk__ArticleJsonContainer").GetString());
        Assert.Equal("articles-poison", Settings.Property("Newsdesk__PoisonQueue").GetString());
    }

    [Fact]
    public void AppSettings_GiveTheWorkerTheSameSmallGen0BudgetAsLocalSettings()
    {
        // The gen0 budget keeps a streamed export's peak memory flat in its row count (docs/export.md);
        // `func start` reads local.settings.json, so the sample must carry the same value as Azure.
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")));
        var local = sample.RootElement.GetProperty("Values").GetProperty("DOTNET_GCgen0size").GetString();

        Assert.Equal("0x600000", Settings.Property("DOTNET_GCgen0size").GetString());
        Assert.Equal(Settings.Property("DOTNET_GCgen0size").GetString(), local);
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    [InlineData("APPINSIGHTS_INSTRUMENTATIONKEY")]
    public void AppSettings_LeaveOutWhatFlexConsumptionRejectsOrKeysWouldNeed(string name)
    {
        Assert.False(Settings.Properties.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void AppSettings_HoldNoKeyOrSas()
    {
        foreach (var setting in Settings.Properties.EnumerateObject())
        {
            var value = setting.Value.GetString() ?? "";
            Assert.DoesNotContain("AccountKey", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sig=", value, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void BasicAuthPublishing_IsDisabledForFtpAndScm()
    {
        var policies = infra.MainResources.Where(r => r.Type == "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToArray();

        Assert.Equal(new[] { "ftp", "scm" }, policies.Select(p => p.Name.Split('/')[^1]).Order());
        Assert.All(policies, p => Assert.False(p.Property("allow").GetBoolean()));
    }

    [Fact]
    public void App_IsTaggedAsTheAzdApiService()
    {
        Assert.Equal("api", Site.Json.GetProperty("tags").GetProperty("azd-service-name").GetString());
    }
}
