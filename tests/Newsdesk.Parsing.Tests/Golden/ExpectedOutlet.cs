namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>The expected outlet: registrable domain and display name.</summary>
public sealed record ExpectedOutlet(string Domain, string Name);
