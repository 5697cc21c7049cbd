using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Newsdesk.Testing;

namespace Newsdesk.Infra.Tests;

/// <summary>azure.yaml, the postdeploy hooks and the templates agree on names.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class DeploymentWiringTests(InfraFixture infra)
{
    private static readonly string[] Hooks = ["postdeploy.sh", "postdeploy.ps1"];

    [Fact]
    public void AzureYaml_DeploysTheFunctionsProject_AsServiceApi_AndRunsThePostdeployHooks()
    {
        var yaml = File.ReadAllText(RepositoryRoot.Combine("azure.yaml"));

        Assert.Matches(@"(?m)^  api:\n    project: \./src/Newsdesk\.Functions\n    language: dotnet\n    host: function$", yaml.ReplaceLineEndings("\n"));
        Assert.Matches(@"(?m)^  path: infra\n  module: main$", yaml.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(RepositoryRoot.Combine("src", "Newsdesk.Functions", "Newsdesk.Functions.csproj")));
        foreach (var hook in Hooks)
        {
            Assert.Contains($"run: ./infra/hooks/{hook}", yaml);
            Assert.True(File.Exists(RepositoryRoot.Combine("infra", "hooks", hook)), hook);
        }
    }

    [Fact]
    public void FunctionApp_CarriesTheAzdServiceTagOfAzureYaml()
    {
        var site = infra.MainResources.Single(r => r.Type == "Microsoft.Web/sites");

        Assert.Equal("api", site.Json.GetProperty("tags").GetProperty("azd-service-name").GetString());
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void Hook_ReadsOnlyOutputsOfMain(string hook)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("infra", "hooks", hook));
        var outputs = infra.MainTemplate.GetProperty("outputs").EnumerateObject().Select(o => o.Name).ToHashSet();

        var read = EnvironmentVariable().Matches(text).Select(m => m.Groups[1].Value).Distinct()
            .Where(name => name != "AZURE_SUBSCRIPTION_ID") // set by azd itself, optional
            .ToArray();
        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.Contains(name, outputs));
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void Hook_PassesEveryRequiredParameterOfEventGridBicep(string hook)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("infra", "hooks", hook));
        var required = infra.EventGridTemplate.GetProperty("parameters").EnumerateObject()
            .Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name).ToArray();

        Assert.Equal(new[] { "functionAppName", "storageAccountName", "systemTopicName" }, required.Order());
        Assert.Contains("--template-file infra/eventgrid.bicep", text);
        Assert.All(required, name => Assert.Contains($"{name}=", text));
    }

    [Theory]
    [InlineData("bicep.sh")]
    [InlineData("hooks/postdeploy.sh")]
    [UnsupportedOSPlatform("windows")] // the Bicep CLI package these tests use is linux-x64 anyway
    public void Scripts_AreExecutable_SoCiAndAzdRunThem(string script)
    {
        // .ci/run runs infra/bicep.sh only when it is executable.
        var mode = File.GetUnixFileMode(RepositoryRoot.Combine("infra", script));

        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"{script}: {mode}");
    }

    [GeneratedRegex(@"\b(AZURE_[A-Z_]+)\b")]
    private static partial Regex EnvironmentVariable();
}
