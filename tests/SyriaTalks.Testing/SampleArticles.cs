using System.Text;

namespace SyriaTalks.Testing;

/// <summary>Articles written for upload tests: distinct texts in news style, pages with metadata, and bad inputs.</summary>
public static class SampleArticles
{
    /// <summary>A plain-text article (headline on the first line) that differs from every other <paramref name="n"/>.</summary>
    public static string Text(int n) => $"""
        Syrian opposition weighs talks offer, round {n}

        GENEVA (Reuters) - Syria's main opposition group said on Wednesday it would study a new proposal for round {n} of the talks, as fighting around Aleppo went on.

        "We will not negotiate while our people are being bombed," said Salem al-Meslet, a spokesman for the High Negotiations Committee, in the {Ordinal(n)} statement of its kind.

        U.N. envoy Staffan de Mistura told reporters the talks would resume by Feb. 25. "This is not the end," he said.
        """;

    public static byte[] TextBytes(int n) => Encoding.UTF8.GetBytes(Text(n));

    /// <summary>A saved news page stating its headline, URL and publication date in its metadata.</summary>
    public static string Page(int n, string published = "2016-02-03", string? url = null, string extraBody = "") => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Aleppo offensive strains Geneva talks {n} | Example News</title>
        <meta property="og:title" content="Aleppo offensive strains Geneva talks {n}">
        <meta property="article:published_time" content="{published}T10:00:00Z">
        <link rel="canonical" href="{url ?? $"https://news.example.org/2016/02/aleppo-talks-{n}"}">
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <article>
        <h1>Aleppo offensive strains Geneva talks {n}</h1>
        <p class="byline">By Jane Doe</p>
        <p>GENEVA — Government forces backed by Russian air strikes pressed an offensive north of Aleppo on Wednesday, story {n}, straining the peace talks in Geneva that the United Nations had hoped would last six months.</p>
        <p>"There is nothing to negotiate while the bombing goes on," said Riad Hijab, the opposition coordinator, speaking to reporters at his hotel beside the lake.</p>
        <p>U.N. envoy Staffan de Mistura said the talks had been paused until Feb. 25 and called on the major powers to press the sides toward a ceasefire before then.</p>
        {extraBody}
        </article>
        <footer>© Example News</footer>
        </body></html>
        """;

    public static byte[] PageBytes(int n, string published = "2016-02-03", string? url = null, string extraBody = "") =>
        Encoding.UTF8.GetBytes(Page(n, published, url, extraBody));

    /// <summary>Markup and script that must stay text: script, iframe, event handler, javascript: link, and escaped tags in the prose.</summary>
    public const string ScriptPayload = """
        <p>The statement ended with &lt;script&gt;window.__pwned = 'text'&lt;/script&gt; and an &lt;iframe src="https://evil.example/"&gt; written out, the envoy's office said on Wednesday.</p>
        <script>window.__pwned = 'script';</script>
        <iframe src="javascript:window.__pwned='iframe'"></iframe>
        <p onclick="window.__pwned='onclick'" onmouseover="window.__pwned='hover'">Officials in Damascus said the convoy <img src="x" onerror="window.__pwned='onerror'"> had reached Madaya, according to <a href="javascript:window.__pwned='link'">the Red Crescent</a>, and that more aid would follow on Thursday.</p>
        """;

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>A page saved in Windows-1252 without saying so: curly quotes and an accented name as single bytes.</summary>
    public static byte[] Windows1252Text()
    {
        var text = "Aid reaches Madaya\n\nThe convoy reached Madaya on Monday, the Red Crescent said. \u201CPeople are starving,\u201D said Pawe\u0142 Krzysiek of the ICRC, quoting Jos\u00E9 Gonz\u00E1lez.\n\nMore aid is due on Thursday, caf\u00E9 owners in Damascus said.";
        // Pawel's ł is not in Windows-1252: write it as l, as a 1252 file would.
        text = text.Replace('\u0142', 'l');
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    /// <summary>A UTF-8 article with a few bytes that are not UTF-8 at all.</summary>
    public static byte[] InvalidUtf8Text()
    {
        var good = Encoding.UTF8.GetBytes(Text(9001));
        var at = good.Length / 2;
        return [.. good.AsSpan(0, at), 0xC3, 0x28, 0xFF, .. good.AsSpan(at)];
    }

    /// <summary>An article whose body sits under <paramref name="depth"/> nested elements.</summary>
    public static byte[] DeeplyNested(int depth)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><title>Deep page</title></head><body>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("<div>");
        }
        sb.Append("<p>\u201CWe will go to Geneva,\u201D said the opposition spokesman on Wednesday, adding that the talks would be hard and that the opposition had set no conditions for the first round.</p>");
        sb.Append("<p>The U.N. envoy said he expected both delegations in the city by the end of the week, and that proximity talks would start as soon as they arrived.</p>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
