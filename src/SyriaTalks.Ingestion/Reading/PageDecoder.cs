using System.Text;
using System.Text.RegularExpressions;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>Turns an uploaded file's bytes into text: refuses binary files, honours BOMs and declared charsets, falls back to Windows-1252.</summary>
internal static partial class PageDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            throw new ArticleReadException("The file is empty: upload a saved news page (.html, .htm) or the article's text (.txt).");
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8OrFallback(content[3..]);
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(content[2..]);
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(content[2..]);
        }
        if (MagicKind(content) is { } kind)
        {
            throw new ArticleReadException($"This looks like {kind}, not an article: upload .html, .htm or .txt.");
        }
        if (Utf16WithoutBom(content) is { } utf16)
        {
            return utf16.GetString(content);
        }
        if (content[..Math.Min(content.Length, 4096)].IndexOf((byte)0) >= 0)
        {
            throw new ArticleReadException("This looks like a binary file, not an article: upload .html, .htm or .txt.");
        }
        // Bytes that are valid UTF-8 are UTF-8 whatever the page declares: browsers re-encode pages they
        // save as UTF-8 but keep the original <meta charset>, and legacy text is almost never valid UTF-8 by chance.
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            if (MostlyUtf8(content))
            {
                return Encoding.UTF8.GetString(content);
            }
            var declared = DeclaredEncoding(content);
            return declared is not null && declared.CodePage != Encoding.UTF8.CodePage
                ? declared.GetString(content)
                : Windows1252.GetString(content);
        }
    }

    // Pages saved without a declaration are most often UTF-8; bytes that are not valid UTF-8
    // come from the Windows-1252 era of the web (curly quotes as 0x93/0x94).
    private static string Utf8OrFallback(ReadOnlySpan<byte> content)
    {
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return MostlyUtf8(content) ? Encoding.UTF8.GetString(content) : Windows1252.GetString(content);
        }
    }

    /// <summary>
    /// UTF-8 with a few damaged bytes (a truncated copy, one flipped byte) rather than a legacy encoding: at least 98% of
    /// its non-ASCII sequences are well-formed UTF-8. Legacy text almost never forms valid sequences by chance
    /// (Windows-1252 curly quotes are lone continuation bytes; GBK pairs are valid UTF-8 about one time in twelve), so
    /// such a page is decoded as UTF-8 with U+FFFD at the damage instead of turning every accent into mojibake.
    /// </summary>
    internal static bool MostlyUtf8(ReadOnlySpan<byte> b)
    {
        int valid = 0, invalid = 0;
        for (var i = 0; i < b.Length;)
        {
            var lead = b[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }
            var length = lead switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            var ok = length > 0 && i + length <= b.Length;
            for (var k = 1; ok && k < length; k++)
            {
                ok = b[i + k] is >= 0x80 and <= 0xBF;
            }
            if (ok)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }
        return valid > 0 && invalid * 50 <= valid;
    }

    private static Encoding Windows1252 =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    // File signatures of what people upload by mistake instead of a page.
    private static string? MagicKind(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF"u8))
        {
            return "a PDF file";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return "a PNG image";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8))
        {
            return "a GIF image";
        }
        if (b.StartsWith("PK\u0003\u0004"u8))
        {
            return "a ZIP archive (or a Word/Office document)";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "a gzip-compressed file";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "an old Microsoft Office document";
        }
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return "a WebP image";
        }
        return null;
    }

    // UTF-16 saved without a BOM puts a NUL beside nearly every character of markup or English text.
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> b)
    {
        var n = Math.Min(b.Length, 4096) & ~1;
        if (n < 8)
        {
            return null;
        }
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        var pairs = n / 2;
        if (oddNul * 10 >= pairs * 9 && evenNul == 0)
        {
            return Encoding.Unicode;
        }
        return evenNul * 10 >= pairs * 9 && oddNul == 0 ? Encoding.BigEndianUnicode : null;
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 4096)]);
        var m = CharsetDeclaration().Match(head);
        if (!m.Success)
        {
            return null;
        }
        var name = m.Groups["cs"].Value.Trim().ToLowerInvariant();
        // WHATWG: pages labelled Latin-1 or ASCII are decoded as Windows-1252, which is what browsers do.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "iso8859-1")
        {
            return Windows1252;
        }
        if (name is "utf8" or "utf-8")
        {
            return Encoding.UTF8;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            try
            {
                return CodePagesEncodingProvider.Instance.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }

    [GeneratedRegex(@"<meta[^>]{0,200}?charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*[""'](?<cs>[A-Za-z0-9_:.\-]{2,40})", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
