namespace SyriaTalks.Extraction.Sentences;

/// <summary>Splits a body into sentences with offsets. (Placeholder: one sentence per paragraph.)</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<ExtractedSentence> Split(string text)
    {
        var result = new List<ExtractedSentence>();
        var paragraph = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }
            if (end > start)
            {
                result.Add(new ExtractedSentence(start, end, paragraph++, text[start..end]));
            }
            start = end + 2;
        }
        return result;
    }
}
