namespace SyriaTalks.Extraction.Quotes;

/// <summary>Which way a quotation mark faces: straight marks are read from the characters around them.</summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    public static bool IsOpeningDouble(char c) => c is '\u201C' or '\u201E' or '\u00AB';

    public static bool IsClosingDouble(char c) => c is '\u201D' or '\u00BB';

    /// <summary>A straight mark opens when it follows a space, a bracket, a dash or the paragraph start and a word follows it.</summary>
    public static bool OpensStraight(string text, int i, int start, int end)
    {
        var before = i > start ? text[i - 1] : ' ';
        var after = i + 1 < end ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(after)
            && (char.IsWhiteSpace(before) || before is '(' or '[' or '-' or '\u2013' or '\u2014' or ':' or '/' or '\'' or '\u2018');
    }

    /// <summary>A straight mark closes when it follows a word or punctuation rather than a space.</summary>
    public static bool ClosesStraight(string text, int i, int start) => i > start && !char.IsWhiteSpace(text[i - 1]);
}
