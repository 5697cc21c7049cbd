using System.Text.RegularExpressions;
using Newsdesk.Export.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests;

[Collection(AzuriteCollection.Name)]
public sealed partial class ExportHttpFileTests(AzuriteFixture azurite)
{
    private sealed record HttpFileRequest(string Name, string Method, string Target, IReadOnlyList<(string Name, string Value)> Headers, int Expect);

    /// <summary>Parses the repository's export.http: blocks after <c>###</c>, <c>@var = value</c> lines, headers, <c># @expect NNN</c>.</summary>
    private static List<HttpFileRequest> ParseHttpFile(string text)
    {
        var variables = new Dictionary<string, string>();
        var requests = new List<HttpFileRequest>();
        foreach (var block in text.Split("###").Skip(1))
        {
            var lines = block.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var name = lines[0].Trim();
            var expect = 200;
            string? method = null, target = null;
            var headers = new List<(string, string)>();
            foreach (var line in lines.Skip(1))
            {
                if (line.StartsWith("# @expect ", StringComparison.Ordinal))
                {
                    expect = int.Parse(line["# @expect ".Length..]);
                }
                else if (line.StartsWith('#') || (method is null && line.Length == 0))
                {
                    continue;
                }
                else if (method is null && RequestLine().Match(line) is { Success: true } request)
                {
                    (method, target) = (request.Groups[1].Value, request.Groups[2].Value);
                }
                else if (method is not null && line.Length == 0)
                {
                    break;
                }
                else if (method is not null && line.IndexOf(':') is > 0 and var colon)
                {
                    headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
                }
            }

            Assert.True(method is not null, $"Block '{name}' has no request line.");
            requests.Add(new HttpFileRequest(name, method!, target!, headers, expect));
        }

        foreach (Match variable in VariableLine().Matches(text.Split("###")[0]))
        {
            variables[variable.Groups[1].Value] = variable.Groups[2].Value.Trim();
        }

        Assert.Equal("http://127.0.0.1:7071", variables["host"]);
        return requests;
    }

    [Fact]
    public async Task EveryExampleInExportHttpGetsItsDocumentedStatus()
    {
        var requests = ParseHttpFile(await File.ReadAllTextAsync(RepositoryRoot.Combine("export.http")));
        Assert.True(requests.Count >= 10);
        await using var server = await ExportTestServer.StartAsync(await ExportHarness.CreateAsync(azurite));
        foreach (var request in requests)
        {
            var target = request.Target.Replace("{{host}}", server.Address.ToString().TrimEnd('/'), StringComparison.Ordinal);
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
            foreach (var (name, value) in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await server.Client.SendAsync(message);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(request.Expect == (int)response.StatusCode, $"'{request.Name}': expected {request.Expect}, got {(int)response.StatusCode}");
            Assert.NotEmpty(body);
            if (request.Expect == 200 && target.Contains("/api/export/", StringComparison.Ordinal) && !target.Contains("format=parquet", StringComparison.Ordinal) && request.Headers.All(h => h.Name != "Accept-Encoding"))
            {
                // Every 2xx example returns data from the corpus, not just a header.
                Assert.True(System.Text.Encoding.UTF8.GetString(body).Count(c => c == '\n') >= 1, $"'{request.Name}' returned no rows.");
            }
        }
    }

    [GeneratedRegex(@"^(GET|HEAD|POST) (\S+)$")]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"^@(\w+)\s*=\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex VariableLine();
}
