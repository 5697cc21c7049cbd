using Spectre.Console;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>A plain, non-interactive Spectre console writing into a string, wide enough not to wrap.</summary>
internal sealed class TextConsole
{
    private readonly StringWriter _writer = new();

    public TextConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = 200;
    }

    public IAnsiConsole Console { get; }

    public string Text => _writer.ToString();
}
