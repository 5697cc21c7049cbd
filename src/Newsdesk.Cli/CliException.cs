namespace Newsdesk.Cli;

/// <summary>An error the user can act on: its message is printed without a stack trace and the command exits with code 1.</summary>
internal sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);
