using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Infra.Tests;

/// <summary>
/// Compiles infra/main.bicep and infra/eventgrid.bicep once, and takes `bicep snapshot`s of them (the
/// resources a deployment would create, names, ids and guid()s evaluated) with the parameters below.
/// </summary>
public sealed class InfraFixture : IAsyncLifetime
{
    /// <summary>Subscription id the snapshots pretend to deploy to.</summary>
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000aa";

    /// <summary>Resource group the snapshots pretend to deploy to.</summary>
    public const string ResourceGroup = "rg-newsdesk-test";

    /// <summary>Deployer object id passed in the main snapshot (exercises the optional role assignments).</summary>
    public const string DeployerPrincipalId = "11111111-2222-3333-4444-555555555555";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "newsdesk-infra-" + Guid.NewGuid().ToString("N"));

    /// <summary>infra/ of this checkout.</summary>
    public string InfraDirectory { get; } = RepositoryRoot.Combine("infra");

    /// <summary>Compiled main.bicep.</summary>
    public JsonElement MainTemplate { get; private set; }

    /// <summary>Compiled main.bicep as text.</summary>
    public string MainTemplateText { get; private set; } = "";

    /// <summary>Compiled eventgrid.bicep.</summary>
    public JsonElement EventGridTemplate { get; private set; }

    /// <summary>Compiled eventgrid.bicep as text.</summary>
    public string EventGridTemplateText { get; private set; } = "";

    /// <summary>Diagnostics (compiler + linter) of both builds.</summary>
    public IReadOnlyList<string> BuildDiagnostics { get; private set; } = [];

    /// <summary>Snapshot of main.bicep.</summary>
    public JsonElement MainSnapshot { get; private set; }

    /// <summary>Snapshot of eventgrid.bicep.</summary>
    public JsonElement EventGridSnapshot { get; private set; }

    /// <summary>Resources of the main snapshot.</summary>
    public IReadOnlyList<ArmResource> MainResources => Resources(MainSnapshot);

    /// <summary>Resources of the Event Grid snapshot.</summary>
    public IReadOnlyList<ArmResource> EventGridResources => Resources(EventGridSnapshot);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        var diagnostics = new List<string>();
        foreach (var file in new[] { "main", "eventgrid" })
        {
            var build = await BicepCli.RunAsync(["build", Path.Combine(InfraDirectory, file + ".bicep"), "--outdir", _work]);
            diagnostics.AddRange(build.Diagnostics);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"bicep build {file}.bicep failed:\n{build.StandardError}");
            }
        }

        BuildDiagnostics = diagnostics;
        MainTemplateText = await File.ReadAllTextAsync(Path.Combine(_work, "main.json"));
        MainTemplate = JsonDocument.Parse(MainTemplateText).RootElement;
        EventGridTemplateText = await File.ReadAllTextAsync(Path.Combine(_work, "eventgrid.json"));
        EventGridTemplate = JsonDocument.Parse(EventGridTemplateText).RootElement;

        MainSnapshot = await SnapshotAsync("main", $$"""
            using '{{Using("main.bicep")}}'
            param environmentName = 'test'
            param location = 'swedencentral'
            param tags = { application: 'newsdesk', costCenter: 'news' }
            param deployerPrincipalId = '{{DeployerPrincipalId}}'
            """);
        EventGridSnapshot = await SnapshotAsync("eventgrid", $"""
            using '{Using("eventgrid.bicep")}'
            param functionAppName = 'newsdesk-func-test'
            param systemTopicName = 'newsdesk-evgt-test'
            param storageAccountName = 'newsdesktest'
            """);
    }

    /// <summary>Snapshot of main.bicep with other parameter lines (environmentName is set).</summary>
    public async Task<IReadOnlyList<ArmResource>> SnapshotMainAsync(string parameters) =>
        Resources(await SnapshotAsync($"main{Guid.NewGuid():N}", $"using '{Using("main.bicep")}'\nparam environmentName = 'test'\n{parameters}\n"));

    /// <summary>Writes a parameter file and returns the `bicep build-params` result for it.</summary>
    public async Task<BicepCli.Result> BuildParamsAsync(string parameters)
    {
        var file = Path.Combine(_work, $"p{Guid.NewGuid():N}.bicepparam");
        await File.WriteAllTextAsync(file, $"using '{Using("main.bicep")}'\n{parameters}\n");
        return await BicepCli.RunAsync(["build-params", file, "--stdout"]);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_work, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<JsonElement> SnapshotAsync(string name, string parameters)
    {
        var file = Path.Combine(_work, name + ".bicepparam");
        await File.WriteAllTextAsync(file, parameters);
        var result = await BicepCli.RunAsync(
        [
            "snapshot", file, "--mode", "overwrite",
            "--subscription-id", SubscriptionId, "--resource-group", ResourceGroup,
            "--location", "swedencentral", "--tenant-id", "00000000-0000-0000-0000-0000000000bb",
        ]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep snapshot {name} failed:\n{result.StandardError}");
        }

        return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_work, name + ".snapshot.json"))).RootElement;
    }

    // Parameter files must name their template by a relative path (BCP051).
    private string Using(string template) =>
        Path.GetRelativePath(_work, Path.Combine(InfraDirectory, template)).Replace('\\', '/');

    private static ArmResource[] Resources(JsonElement snapshot) =>
        snapshot.GetProperty("predictedResources").EnumerateArray()
            .Select(resource => new ArmResource(resource.GetProperty("type").GetString() ?? "", resource))
            .ToArray();
}
