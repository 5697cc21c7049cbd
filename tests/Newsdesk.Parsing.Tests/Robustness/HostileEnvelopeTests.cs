using System.Text;
using System.Text.Json.Nodes;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>JSON built to make the envelope search and the plain-text line rules work hard.</summary>
public sealed class HostileEnvelopeTests
{
    private static readonly string[] WrapperKeys = ["article", "story", "post", "item", "result", "response", "data", "document", "payload", "entry", "node", "_source", "hits", "feed"];

    [Fact]
    public void EveryWrapperKeyAtEveryLevelEndsInAClearErrorNotAnExplosion()
    {
        var json = Encoding.UTF8.GetBytes(Fan(3).ToJsonString());

        var result = BoundedParse.Run(json, "fan.json");

        Assert.True(BoundedParse.IsWellFormed(result));
        Assert.Equal("no-article", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void JsonDeeperThanTheLimitIsATooDeepError()
    {
        var json = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"data\": ", 200)) + "1" + new string('}', 200));

        var result = BoundedParse.Run(json, "deep.json");

        Assert.Equal("too-deep", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void LongLinesThatAlmostLookLikeBylinesPhotosOrFurnitureStayBounded()
    {
        var text = new StringBuilder("A title\n\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append("Photo: ").Append(string.Concat(Enumerable.Repeat("a / ", 140))).Append('\n');
            text.Append(string.Concat(Enumerable.Repeat("Ana Lima ", 25))).Append("| Outlet\n");
            text.Append("(c) ").Append(string.Concat(Enumerable.Repeat("2024 ", 60))).Append('\n');
            text.Append("Sign up ").Append(string.Concat(Enumerable.Repeat("x ", 100))).Append("\n\n");
        }

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(text.ToString()), "lines.txt");

        Assert.True(BoundedParse.IsWellFormed(result));
    }

    private static JsonObject Fan(int depth)
    {
        var node = new JsonObject();
        foreach (var key in WrapperKeys)
        {
            node[key] = depth == 0 ? new JsonObject { ["x"] = 1 } : Fan(depth - 1);
        }

        return node;
    }
}
