using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Infra.Tests;

/// <summary>The Bicep compiles offline with no diagnostic, under a linter configured to fail on everything.</summary>
[Collection(InfraCollection.Name)]
public sealed class LintTests(InfraFixture infra)
{
    [Fact]
    public void Templates_CompileWithoutAnyWarningOrLinterFinding()
    {
        Assert.Empty(infra.BuildDiagnostics);
    }

    [Fact]
    public async Task ParameterFile_BuildsWithoutDiagnostics()
    {
        var result = await BicepCli.RunAsync(["build-params", Path.Combine(infra.InfraDirectory, "main.bicepparam"), "--stdout"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("no-unused-params")]
    [InlineData("no-unused-vars")]
    [InlineData("secure-parameter-default")]
    [InlineData("outputs-should-not-contain-secrets")]
    [InlineData("use-secure-value-for-secure-inputs")]
    [InlineData("no-hardcoded-env-urls")]
    [InlineData("prefer-interpolation")]
    [InlineData("simplify-interpolation")]
    [InlineData("use-resource-id-functions")]
    [InlineData("adminusername-should-not-be-literal")]
    [InlineData("use-stable-resource-identifiers")]
    [InlineData("secure-secrets-in-params")]
    [InlineData("no-unnecessary-dependson")]
    [InlineData("use-parent-property")]
    [InlineData("what-if-short-circuiting")]
    [InlineData("no-hardcoded-location")]
    [InlineData("use-resource-symbol-reference")]
    public void LinterConfig_RaisesTheRuleToError(string rule)
    {
        Assert.Equal("error", Rules().GetProperty(rule).GetProperty("level").GetString());
    }

    [Fact]
    public void LinterConfig_TurnsOffOnlyTheDateDependentApiVersionRule()
    {
        var notError = Rules().EnumerateObject()
            .Where(rule => rule.Value.GetProperty("level").GetString() != "error")
            .Select(rule => rule.Name);

        Assert.Equal(new[] { "use-recent-api-versions" }, notError);
    }

    [Fact]
    public void BicepFiles_UseNoRegistryOrTemplateSpecModules()
    {
        var files = Directory.GetFiles(infra.InfraDirectory, "*.bicep*", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotMatch(@"'(br|ts)[:/]", File.ReadAllText(file)));
    }

    private static JsonElement Rules()
    {
        var config = JsonDocument.Parse(
            File.ReadAllText(RepositoryRoot.Combine("infra", "bicepconfig.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return config.RootElement.GetProperty("analyzers").GetProperty("core").GetProperty("rules");
    }
}
