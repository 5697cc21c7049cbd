namespace Newsdesk.Parsing.Model;

/// <summary>A publishing outlet: its registrable domain (no <c>www.</c>) and display name.</summary>
public sealed record Outlet(string Domain, string Name);
