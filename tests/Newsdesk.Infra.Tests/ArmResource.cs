using System.Text.Json;

namespace Newsdesk.Infra.Tests;

/// <summary>One resource of a compiled ARM template or of a snapshot.</summary>
/// <param name="Type">Resource type, e.g. Microsoft.Web/sites.</param>
/// <param name="Json">The resource object.</param>
public sealed record ArmResource(string Type, JsonElement Json)
{
    /// <summary>The name (a literal in a snapshot, an expression in a template).</summary>
    public string Name => Json.GetProperty("name").GetString() ?? "";

    /// <summary>The properties object (an empty object when there is none).</summary>
    public JsonElement Properties => Json.TryGetProperty("properties", out var properties) ? properties : EmptyObject;

    /// <summary>A nested value by property path, e.g. "functionAppConfig", "runtime", "name".</summary>
    public JsonElement Property(params string[] path)
    {
        var current = Properties;
        foreach (var segment in path)
        {
            current = current.GetProperty(segment);
        }

        return current;
    }

    /// <summary>Every resource of a compiled template, including those of nested module deployments.</summary>
    public static IEnumerable<ArmResource> AllIn(JsonElement template)
    {
        if (!template.TryGetProperty("resources", out var resources))
        {
            yield break;
        }

        // languageVersion 2.0 templates (typed parameters) keep resources in an object keyed by symbol.
        var items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(property => property.Value)
            : resources.EnumerateArray();
        foreach (var resource in items)
        {
            var type = resource.GetProperty("type").GetString() ?? "";
            yield return new ArmResource(type, resource);
            if (type == "Microsoft.Resources/deployments"
                && resource.GetProperty("properties").TryGetProperty("template", out var nested))
            {
                foreach (var inner in AllIn(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;
}
