using System.Text.RegularExpressions;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>
/// Reads an article pasted or saved as plain text: the first line is the headline; the lines between it and
/// the first paragraph carry the byline, the date and page furniture (logos, "Font Size:"); furniture lines
/// such as "Follow X on Twitter" or a syndication notice are dropped wherever they stand.
/// </summary>
internal static partial class PlainTextReader
{
    public static ReadArticle Read(string text)
    {
        var blocks = Paragraphs(text);
        if (blocks.Count == 0)
        {
            throw new ArticleReadException("The text is empty: there is no article to read.");
        }
        // A logo line or "Advertisement" above the headline is not the headline.
        var first = blocks.FindIndex(b => !IsFurniture(b));
        if (first < 0)
        {
            throw new ArticleReadException("No article found: the text holds only page furniture (logos, share and subscription lines).");
        }
        var title = blocks[first];
        string? byline = null;
        DateOnly? published = null;
        var body = new List<string>();
        var inHeader = true;
        for (var i = first + 1; i < blocks.Count; i++)
        {
            var line = blocks[i];
            if (IsFurniture(line))
            {
                continue;
            }
            if (inHeader && !IsBodyParagraph(line))
            {
                if (byline is null && HeaderByline(line, i + 1 < blocks.Count ? blocks[i + 1] : null, out var consumedNext) is { } b)
                {
                    byline = b;
                    i += consumedNext ? 1 : 0;
                    continue;
                }
                if (published is null && line.Length < 80 && DateText.Parse(line) is { } d)
                {
                    published = d;
                    continue;
                }
                if (Bylines.IsJobTitle(line) || line.Length < 25 && !EndsSentence(line))
                {
                    continue;
                }
            }
            inHeader = false;
            body.Add(line);
        }
        if (byline is null)
        {
            byline = body.Select(CreditLine).FirstOrDefault(b => b is not null);
        }
        if (body.Count == 0)
        {
            throw new ArticleReadException("No article found: the text has a title but no body paragraphs.");
        }
        return new ReadArticle(title, byline, published, null, null, null, string.Join("\n\n", body));
    }

    // Blank lines separate paragraphs; inside a block, a line is joined to the next when it was
    // hard-wrapped (long and unfinished, or the next line carries on in lower case).
    private static List<string> Paragraphs(string text)
    {
        var result = new List<string>();
        var current = "";
        var lastLine = "";
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        foreach (var raw in lines)
        {
            var line = TextNormal.Collapse(raw);
            if (line.Length == 0)
            {
                if (current.Length > 0)
                {
                    result.Add(current);
                }
                current = "";
                continue;
            }
            // The headline never absorbs the next line; a wrapped line is long and unfinished.
            var wrapped = result.Count > 0
                && (char.IsLower(line[0]) || (lastLine.Length >= 50 && !EndsSentence(lastLine) && !IsFurniture(lastLine)));
            if (current.Length > 0 && wrapped)
            {
                current += " " + line;
            }
            else
            {
                if (current.Length > 0)
                {
                    result.Add(current);
                }
                current = line;
            }
            lastLine = line;
        }
        if (current.Length > 0)
        {
            result.Add(current);
        }
        return result;
    }

    private static bool IsBodyParagraph(string line) => line.Length >= 80 || (line.Length >= 40 && EndsSentence(line));

    private static bool EndsSentence(string t)
    {
        var c = t[^1];
        if (c is '"' or '\'' or '\u201D' or '\u2019' or ')' && t.Length > 1)
        {
            c = t[^2];
        }
        return c is '.' or '!' or '?' or '\u2026';
    }

    private static bool IsFurniture(string line) =>
        ContentExtractor.IsFurnitureLine(line) || TextFurniture().IsMatch(line) || (line.Length < 80 && LogoLine().IsMatch(line));

    // "By Russ Read", "Russ Read Pentagon/Foreign Policy Reporter", or a name line followed by a job-title line.
    private static string? HeaderByline(string line, string? next, out bool consumedNext)
    {
        consumedNext = false;
        if (line.Length > 120)
        {
            return null;
        }
        if (ContentExtractor.IsByline(line))
        {
            return Bylines.Clean(line);
        }
        if (NameThenTitle().IsMatch(line))
        {
            return Bylines.Clean(line);
        }
        if (next is not null && NameOnly().IsMatch(line) && Bylines.IsJobTitle(next))
        {
            consumedNext = true;
            return Bylines.Clean(line);
        }
        return null;
    }

    // Wire credits at the foot: "(Reporting by Lisa Barrington in Beirut and Tom Perry; Editing by Peter Graff)".
    // The writer, when named, is the author; otherwise the reporters; additional reporters and editors never are.
    public static string? CreditLine(string line)
    {
        if (line.Length > 2000 || line.IndexOf(" by ", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }
        var m = Credit().Match(line);
        if (!m.Success)
        {
            return null;
        }
        string? writers = null, reporters = null;
        foreach (var segment in CreditSegment().Split(m.Groups["credit"].Value))
        {
            var s = segment.Trim();
            var role = CreditRole().Match(s);
            if (!role.Success || role.Groups["extra"].Success)
            {
                continue;
            }
            // "Tom Perry/Suleiman al-Khalidi": wire credits join two reporters with a slash.
            var names = NameSlash().Replace(Location().Replace(s[role.Length..], ""), " and ");
            switch (role.Groups["role"].Value.ToLowerInvariant())
            {
                case "writing" or "written":
                    writers ??= Bylines.Clean(names);
                    break;
                case "reporting" or "reported":
                    reporters ??= Bylines.Clean(names);
                    break;
            }
        }
        return writers ?? reporters;
    }

    [GeneratedRegex(@"(?:^|\()\s*(?<credit>(?:additional |compiled |editing |reporting |writing |written |reported )[^()]{0,600}?\bby\b[^()]{0,600})(?:\)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    [GeneratedRegex(@";|,\s*(?=(?:additional reporting|reporting|writing|written|editing|compiled|reported)\s+by\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditSegment();

    [GeneratedRegex(@"^(?:(?<extra>additional)\s+)?(?<role>reporting|writing|written|editing|compiled|reported)\s+by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CreditRole();

    // "Lisa Barrington in Beirut": the reporter's dateline city is not part of the name; nor is the region
    // after it when the list goes on ("Roberta Rampton in Hanover, Germany, and Arshad Mohammed").
    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?:,\s*\p{Lu}[\p{L}.'-]*(?=,?\s+and\b|\s*$))?")]
    private static partial Regex Location();

    [GeneratedRegex(@"(?<=\p{L})\s*/\s*(?=\p{Lu})")]
    private static partial Regex NameSlash();

    [GeneratedRegex(@"(?:\bavailable without charge\b|\blicensing opportunities\b|\ball rights reserved\b|\bmay not be (?:published|reproduced|republished|redistributed)\b|\breprinted with permission\b|^(?:this (?:article|story|piece) )?(?:was )?originally (?:published|appeared) (?:in|on|at|by)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TextFurniture();

    [GeneratedRegex(@"^[\p{L}\d&.,' -]{1,60}\s(?:logo|icon)$", RegexOptions.IgnoreCase)]
    private static partial Regex LogoLine();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}\s+(?:(?:[\p{L}/&-]+\s+){0,5})(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer|analyst|chief|photographer|blogger|critic)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenTitle();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}$")]
    private static partial Regex NameOnly();

}
