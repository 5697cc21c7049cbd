using System.Text.RegularExpressions;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>
/// Site and agency furniture that copy-pasted text carries along: copyright notices, "All rights
/// reserved", "Follow us on ...", newsletter and sharing prompts. Only whole, short lines match, so a
/// sentence that merely mentions copyright stays in the body.
/// </summary>
internal static partial class Boilerplate
{
    private const int MaxWords = 25;

    [GeneratedRegex(
        @"^(?:\(c\)|©|copyright\b(?:\s*(?:\(c\)|©))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[^.!?]{0,80}(?:[.!?]\s*all rights reserved\.?|[.!?]?)$" +
        @"|^all rights reserved\.?$" +
        @"|^(?:follow|like|find)\s+(?:us|me|\p{Lu}[\w.&' ]{1,40})\s+on\s+(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|social media)\b" +
        @"|^(?:sign\s+up|subscribe|register)\b.{0,120}\b(?:newsletter|updates|alerts|our|today|free)\b" +
        @"|^share\s+(?:this|the)\s+(?:article|story|post|page)\b" +
        @"|^(?:click|tap)\s+here\s+to\s+(?:subscribe|sign\s+up|share|read\s+more|download)\b" +
        @"|^download\s+(?:the|our)\s+\S+\s+app\b" +
        @"|^(?:advertisement|sponsored content|continue reading(?: below)?|story continues below(?: advertisement)?|scroll to continue)\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BoilerplateRegex();

    /// <summary>True when the whole line is site furniture, not article text.</summary>
    public static bool IsBoilerplate(string line) =>
        line.Length <= 300 && TextTools.Words(line) <= MaxWords && BoilerplateRegex().IsMatch(line.Trim());
}
