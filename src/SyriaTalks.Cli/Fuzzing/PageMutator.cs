using System.Text;

namespace SyriaTalks.Cli.Fuzzing;

/// <summary>
/// Turns a real page into a broken one, reproducibly from a seed: byte flips, truncation, tag soup, quote-mark storms,
/// deep nesting, huge attributes, splices of another page, invalid encodings, repeated blocks and endless words.
/// </summary>
public sealed class PageMutator(int seed)
{
    private static readonly string[] Tags =
    [
        "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<table><tr><td>", "</td></tr></table>", "<li>", "<ul>", "</ul>",
        "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<svg><foreignObject>", "<math><mi>",
        "<template>", "<noscript>", "<iframe src=\"javascript:alert(1)\">", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">",
        "<article>", "</article>", "<h1>", "</h1>", "<br>", "<hr/>", "<meta charset=\"utf-16\">", "<meta charset=\"shift_jis\">",
        "<base href=\"http://evil.example/\">", "<plaintext>", "<xmp>", "<title>", "</title>", "<select><option>", "&#x0;", "&nbsp;&", "<<>>",
        "<script type=\"application/ld+json\">{\"datePublished\": \"9999-99-99\", \"articleBody\": \"", "\"}</script>",
    ];

    private static readonly string[] QuoteMarks = ["\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u2039", "\u203A", "``", "''", "&quot;", "&ldquo;", "&rdquo;"];

    private readonly Random random = new(seed);

    /// <summary>The names of the mutations applied by the last call to <see cref="Mutate"/>.</summary>
    public List<string> Applied { get; } = [];

    public byte[] Mutate(byte[] page, byte[] other)
    {
        Applied.Clear();
        var bytes = page;
        var rounds = 1 + random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            var kind = random.Next(11);
            Applied.Add(Names[kind]);
            bytes = kind switch
            {
                0 => FlipBytes(bytes),
                1 => Truncate(bytes),
                2 => Insert(bytes, Enumerable.Range(0, 1 + random.Next(40)).Select(_ => Pick(Tags))),
                3 => Insert(bytes, Enumerable.Range(0, 1 + random.Next(30)).Select(_ => string.Concat(Enumerable.Range(0, 1 + random.Next(200)).Select(_ => Pick(QuoteMarks))))),
                4 => Nest(bytes),
                5 => HugeAttribute(bytes),
                6 => Splice(bytes, other),
                7 => BadEncoding(bytes),
                8 => RepeatBlock(bytes),
                9 => Insert(bytes, [new string((char)('a' + random.Next(26)), 50_000 + random.Next(200_000))]),
                _ => Insert(bytes, [Sentences()]),
            };
        }
        return bytes;
    }

    private static readonly string[] Names =
        ["byte-flips", "truncation", "tag-soup", "quote-storm", "deep-nesting", "huge-attribute", "splice", "bad-encoding", "repeated-block", "endless-word", "said-storm"];

    private byte[] FlipBytes(byte[] b)
    {
        var copy = (byte[])b.Clone();
        var flips = 1 + random.Next(Math.Max(1, copy.Length / 200));
        for (var i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }
        return copy;
    }

    private byte[] Truncate(byte[] b) => b.Length < 2 ? b : b[..random.Next(b.Length)];

    private byte[] Insert(byte[] b, IEnumerable<string> pieces)
    {
        var result = b;
        foreach (var piece in pieces)
        {
            var at = result.Length == 0 ? 0 : random.Next(result.Length);
            result = [.. result.AsSpan(0, at), .. Encoding.UTF8.GetBytes(piece), .. result.AsSpan(at)];
        }
        return result;
    }

    private byte[] Nest(byte[] b)
    {
        var depth = random.Next(4) == 0 ? 20_000 + random.Next(30_000) : 500 + random.Next(10_000);
        var open = Pick(["<div>", "<span>", "<b><i>", "<table><tr><td>", "<ul><li>", "<blockquote>", "<p>"]);
        var text = new StringBuilder(open.Length * depth + 200);
        for (var i = 0; i < depth; i++)
        {
            text.Append(open);
        }
        text.Append("\u201CWe will not negotiate under fire,\u201D the envoy said on Wednesday in Geneva.");
        return Insert(b, [text.ToString()]);
    }

    private byte[] HugeAttribute(byte[] b)
    {
        var size = 100_000 + random.Next(900_000);
        var value = random.Next(2) == 0 ? new string('x', size) : string.Concat(Enumerable.Repeat("\" onload=\"", size / 10));
        return Insert(b, [$"<div data-x=\"{value}\" class=\"article-body\">"]);
    }

    private byte[] Splice(byte[] b, byte[] other)
    {
        if (other.Length == 0 || b.Length == 0)
        {
            return b;
        }
        var cut = random.Next(b.Length);
        var from = random.Next(other.Length);
        return [.. b.AsSpan(0, cut), .. other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(100_000)))];
    }

    private byte[] BadEncoding(byte[] b)
    {
        byte[][] junk = [[0xC3], [0xE2, 0x80], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF, 0x00], [0x00], [0xF4, 0x90, 0x80, 0x80], [0xED, 0xA0, 0x80], [0x93, 0x94], [0x80]];
        var result = b;
        var n = 1 + random.Next(50);
        for (var i = 0; i < n; i++)
        {
            var at = result.Length == 0 ? 0 : random.Next(result.Length);
            result = [.. result.AsSpan(0, at), .. junk[random.Next(junk.Length)], .. result.AsSpan(at)];
        }
        return result;
    }

    private byte[] RepeatBlock(byte[] b)
    {
        if (b.Length < 2)
        {
            return b;
        }
        var start = random.Next(b.Length - 1);
        var block = b.AsSpan(start, Math.Min(b.Length - start, 1 + random.Next(2000))).ToArray();
        var times = 10 + random.Next(500);
        var result = new List<byte>(b.Length + block.Length * times);
        result.AddRange(b.AsSpan(0, start).ToArray());
        for (var i = 0; i < times; i++)
        {
            result.AddRange(block);
        }
        result.AddRange(b.AsSpan(start).ToArray());
        return [.. result];
    }

    // Attribution shapes in bulk: what the engine's quote and speaker rules work hardest on.
    private string Sentences()
    {
        string[] shapes =
        [
            "\u201C{0}\u201D said {1}.", "{1} said: \u201C{0}", "\u201C{0},\u201D {1} told {1}, \u201C{0}.\u201D", "\u2014 {1}, {1}, said \u201C\u201C\u201C{0}",
            "According to {1}, \u201C{0}\u201D", "\"{0}\" \"{0}\" \"{0}\" she said.", "{1} said on Wednesday, last year, by Feb. 31, 2016 and next month \u201C{0}\u201D",
        ];
        string[] names = ["Staffan de Mistura", "Mr.", "U.N.", "the", "Basma Kodmani", "Al-", "A", "\u0627\u0644\u0623\u0633\u062F", "Dr. Dr. Dr.", ""];
        var sb = new StringBuilder();
        var n = 1 + random.Next(300);
        for (var i = 0; i < n; i++)
        {
            sb.Append(string.Format(Pick(shapes), "We will not go to Geneva", Pick(names))).Append(' ');
        }
        return sb.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
