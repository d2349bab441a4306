using System.Text;

namespace SyriaTalks.Ingestion.Tests.Reading;

/// <summary>Builds small news pages for reader tests: a head of metadata and a body of page furniture around an article.</summary>
internal static class Pages
{
    public const string P1 = "Government forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, halting rebel progress.";
    public const string P2 = "The talks are taking a temporary pause after just two days, with a promise to restart by February 25, officials said.";
    public const string P3 = "Homs and Aleppo are two major Syrian cities that have been epicenters for the factions fighting in the civil war.";
    public const string P4 = "\u201CThis is not the end, and it is not the failure of the talks,\u201D the U.N. special envoy told reporters in Geneva.";

    public static string Page(string body, string head = "<title>Talks Pause As Aleppo Line Is Cut | The Daily Example</title>") => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8">{head}</head>
        <body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
        {body}
        <footer class="site-footer"><p>Copyright 2016 The Daily Example. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
        </body>
        </html>
        """;

    public static string Article(params string[] paragraphs) =>
        "<article><h1>Talks Pause As Aleppo Line Is Cut</h1>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article>";

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
