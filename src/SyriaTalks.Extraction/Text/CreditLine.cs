using System.Text.RegularExpressions;

namespace SyriaTalks.Extraction.Text;

/// <summary>
/// Recognises the credit lines news writing appends to a story ("Jane Roe contributed reporting from Cairo.",
/// "(Reporting by A; Editing by B)", "Additional reporting by C"): they name the newsroom, not the story,
/// so they yield no places, actors or events.
/// </summary>
public static partial class CreditLine
{
    // Credit lines are short; a long paragraph that happens to contain the words is story text.
    private const int MaxLength = 240;

    /// <summary>Whether the sentence or paragraph <paramref name="s"/> is a reporting credit.</summary>
    public static bool Is(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length == 0 || s.Length > MaxLength)
        {
            return false;
        }
        var text = s.ToString();
        return WireRegex().IsMatch(text) || ContributedRegex().IsMatch(text) || OpeningRegex().IsMatch(text);
    }

    // "(Reporting by A in Beirut; Writing by B; Editing by C)", the wire form in parentheses.
    [GeneratedRegex(@"^[(\[]\s*(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Reported)\b[^)\]]*\bby\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireRegex();

    // "X contributed reporting from Y.", "X and Y contributed to this report.", "X contributed additional reporting."
    [GeneratedRegex(@"^[^""\u201C\u201D]{0,160}\bcontributed\s+(?:(?:additional\s+)?reporting|research|to\s+th(?:is|e)\s+(?:report|article|story))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContributedRegex();

    // "Additional reporting by C in Moscow", "Reporting by A; Editing by B" without parentheses.
    [GeneratedRegex(@"^(?:Additional\s+reporting|Reporting|Writing|Editing)\s+by\s+\p{Lu}",
        RegexOptions.CultureInvariant)]
    private static partial Regex OpeningRegex();
}
