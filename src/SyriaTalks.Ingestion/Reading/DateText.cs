using System.Globalization;
using System.Text.RegularExpressions;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>Finds the calendar date in the ways pages write one: ISO stamps, month names, URL paths, Unix times.</summary>
internal static partial class DateText
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // The calendar date as the publisher wrote it: a stamp's local date, never converted to UTC,
    // because that is the day the article's "on Wednesday" refers to.
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var s = value.Trim();
        if (s.Length > 200)
        {
            s = s[..200];
        }
        var iso = IsoDate().Match(s);
        if (iso.Success)
        {
            return Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }
        var dmy = DayMonthNameYear().Match(s);
        if (dmy.Success)
        {
            return Make(dmy.Groups["y"].Value, MonthNumber(dmy.Groups["mon"].Value), dmy.Groups["d"].Value);
        }
        var mdy = MonthNameDayYear().Match(s);
        if (mdy.Success)
        {
            return Make(mdy.Groups["y"].Value, MonthNumber(mdy.Groups["mon"].Value), mdy.Groups["d"].Value);
        }
        var compact = CompactDate().Match(s);
        if (compact.Success)
        {
            return Make(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value);
        }
        var numeric = UnixTime().Match(s);
        if (numeric.Success && long.TryParse(numeric.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            // Seconds or milliseconds since 1970, as some CMSes write them; only plausible news years.
            var seconds = numeric.Value.Length >= 13 ? n / 1000 : n;
            var date = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
            return date.Year is >= 1995 and <= 2100 ? DateOnly.FromDateTime(date) : null;
        }
        return null;
    }

    /// <summary>A date in a URL path (<c>/2019/11/18/</c>, <c>/2019-11-18/</c>, <c>/20191118/</c>).</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }
        var m = UrlDate().Match(url);
        return m.Success ? Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>True when the text is little more than a date (a byline must never be one).</summary>
    public static bool LooksLikeDate(string text) =>
        (IsoDate().IsMatch(text) || DayMonthNameYear().IsMatch(text) || MonthNameDayYear().IsMatch(text)
         || RelativeTime().IsMatch(text)) && text.Length < 60;

    private static string MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        key = key.Length >= 3 ? key[..3] : key;
        return (Array.IndexOf(Months, key) + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static DateOnly? Make(string y, string m, string d)
    {
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<d>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameYear();

    [GeneratedRegex(@"\b(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDayYear();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(?:T|\b|$)")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"^\d{9,13}$")]
    private static partial Regex UnixTime();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?:[/-]|\.html?|$)|[/_-](?<y>(?:19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(?:[/_.-]|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"^\s*(?:updated|published|posted)?\s*:?\s*\d+\s+(?:min|minute|hour|day|week)s?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();
}
