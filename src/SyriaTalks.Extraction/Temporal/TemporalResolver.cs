using System.Globalization;
using System.Text.RegularExpressions;
using SyriaTalks.Domain;

namespace SyriaTalks.Extraction.Temporal;

/// <summary>
/// Finds temporal expressions in a sentence and resolves them against the publication date, the way
/// a reader of a news story does: a weekday in a past-tense clause is the latest such day on or before
/// publication, in a future clause the next one on or after it; a month and day without a year is the
/// one nearest publication; "last week" is the calendar week (Monday to Sunday) before this one.
/// See docs/extraction-dates.md for every rule.
/// </summary>
public static partial class TemporalResolver
{
    private const string Months =
        @"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.?|Sep\.|Oct\.|Nov\.|Dec\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b";

    private const string Num = @"\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of|a couple of)";

    /// <summary>All expressions of a sentence, in text order, without overlaps.</summary>
    /// <param name="sentence">The sentence text; offsets in the result index into it.</param>
    /// <param name="published">The publication date every relative expression hangs on.</param>
    /// <param name="anchor">The date the previous sentence spoke of, for "two days earlier"; null for publication.</param>
    public static IReadOnlyList<TemporalExpression> Find(string sentence, DateOnly published, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<TemporalExpression>();
        if (published.Year is < 1900 or > 2200)
        {
            return found; // no real publication date to hang relative times on
        }
        var taken = new List<(int Start, int End)>();

        void Add(Match m, DateOnly date, DateOnly? end, DatePrecision precision, TemporalKind kind, Tense tense)
        {
            if (PublicationLabelRegex().IsMatch(sentence.AsSpan(0, m.Index))
                || (DatelinePrefixRegex().IsMatch(sentence.AsSpan(0, m.Index)) && DatelineSuffixRegex().IsMatch(sentence.AsSpan(m.Index + m.Length)))
                || (precision == DatePrecision.Day && LeadingDatePrefixRegex().IsMatch(sentence.AsSpan(0, m.Index)) && YearInText().IsMatch(m.Value)))
            {
                taken.Add((m.Index, m.Index + m.Length));
                return; // "Date of publication: 27 November 2017", "BEIRUT, Feb 3 (Reuters) -": the page's, not a happening
            }
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length))
            {
                return;
            }
            taken.Add((m.Index, m.Index + m.Length));
            found.Add(new TemporalExpression(m.Index, m.Index + m.Length, m.Value, date, end, precision, kind, tense));
        }

        // The sentence's tense markers are read once, and only as far as the expressions asking for them need.
        TenseMarkers? markers = null;
        Tense? MarkedTense(Match m) => MarkedTenseAt(sentence, markers ??= new TenseMarkers(sentence), m.Index, m.Index + m.Length);
        Tense TenseOf(Match m) => MarkedTense(m) ?? Tense.Past;

        // Cheap literal checks gate each family of patterns: most sentences name no time at all.
        bool Has(string s) => sentence.Contains(s, StringComparison.OrdinalIgnoreCase);
        var hasDigit = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var hasMonth = MonthHintRegex().IsMatch(sentence);
        // The words several families ask for are looked for once.
        var dayWord = Has("day");
        var weekWord = Has("week");
        var monthWord = Has("month");
        var yearWord = Has("year");
        var hasDay = dayWord || Has("tonight") || Has("tomorrow") || Has("morning") || Has("night");

        // Explicit dates first: they are never ambiguous and must not be read as a bare month or year.
        // "02-09-2013", "9/2/2013": day-month or month-day; read where only one reading fits (or one is the
        // publication date itself), otherwise kept from being read as a bare year.
        foreach (Match m in (hasDigit ? NumericDateRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var (a, b, y) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
            var readings = new[] { SafeDate(y, b, a), SafeDate(y, a, b) }.OfType<DateOnly>().Distinct().ToList();
            var date = readings.Contains(published) ? published : readings.Count == 1 ? readings[0] : (DateOnly?)null;
            if (date is { } d && PlausibleYear(y, published) && !NumericStampBeforeRegex().IsMatch(sentence.AsSpan(0, m.Index)))
            {
                Add(m, d, null, DatePrecision.Day, TemporalKind.Point, TenseOf(m));
            }
            else
            {
                taken.Add((m.Index, m.Index + m.Length));
            }
        }
        foreach (Match m in (hasMonth && hasDigit ? MonthDayRangeRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            if (month == 0 || !TryDay(m.Groups["d1"].Value, out var d1) || !TryDay(m.Groups["d2"].Value, out var d2) || d2 < d1)
            {
                continue;
            }
            var start = m.Groups["year"].Success
                ? SafeDate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, d1)
                : NearestMonthDay(published, month, d1, MarkedTense(m));
            if (start is { } s)
            {
                Add(m, s, SafeDate(s.Year, month, d2), DatePrecision.Day, TemporalKind.Range, TenseOf(m));
            }
        }
        foreach (Match m in (hasMonth && hasDigit ? MonthDayRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            if (month == 0 || !TryDay(m.Groups["day"].Value, out var day))
            {
                continue;
            }
            var tense = TenseOf(m);
            var date = m.Groups["year"].Success
                ? SafeDate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, day)
                : AfterSince(sentence, m.Index) ? LastMonthDay(published, month, day)
                : NearestMonthDay(published, month, day, Attributive(sentence, m) ? null : MarkedTense(m));
            if (date is { } d)
            {
                Add(m, d, null, DatePrecision.Day, m.Groups["by"].Success ? TemporalKind.Deadline : TemporalKind.Point, tense);
            }
            else
            {
                taken.Add((m.Index, m.Index + m.Length)); // "Feb. 30": no date, and no bare month either
            }
        }
        foreach (Match m in (hasMonth && hasDigit ? DayMonthRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            if (month == 0 || !TryDay(m.Groups["day"].Value, out var day))
            {
                continue;
            }
            var tense = TenseOf(m);
            var date = m.Groups["year"].Success
                ? SafeDate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, day)
                : AfterSince(sentence, m.Index) ? LastMonthDay(published, month, day)
                : NearestMonthDay(published, month, day, Attributive(sentence, m) ? null : MarkedTense(m));
            if (date is { } d)
            {
                Add(m, d, null, DatePrecision.Day, TemporalKind.Point, tense);
            }
            else
            {
                taken.Add((m.Index, m.Index + m.Length));
            }
        }
        foreach (Match m in (hasMonth && yearWord ? MonthOfRelativeYearRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var year = which == "last" ? published.Year - 1 : which == "next" ? published.Year + 1 : published.Year;
            Add(m, new DateOnly(year, month, 1), null, DatePrecision.Month, TemporalKind.Point, TenseOf(m));
        }
        foreach (Match m in (hasMonth && hasDigit ? MonthYearRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            if (month > 0)
            {
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                Add(m, new DateOnly(year, month, 1), null, DatePrecision.Month, TemporalKind.Point, TenseOf(m));
            }
        }
        foreach (Match m in ((yearWord || Has("christmas")) ? HolidayRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var tense = TenseOf(m);
            var (month, day) = m.Groups["h"].Value.ToLowerInvariant() switch
            {
                var h when h.StartsWith("new year's eve", StringComparison.Ordinal) || h.StartsWith("new year\u2019s eve", StringComparison.Ordinal) => (12, 31),
                var h when h.StartsWith("christmas eve", StringComparison.Ordinal) => (12, 24),
                var h when h.StartsWith("christmas", StringComparison.Ordinal) => (12, 25),
                _ => (1, 1),
            };
            var d = tense == Tense.Future ? NextMonthDay(published, month, day) : LastMonthDay(published, month, day);
            Add(m, d, null, DatePrecision.Day, TemporalKind.Point, tense);
        }

        // Spans around publication.
        foreach (Match m in ((Has("past") || Has("last") || Has("previous")) ? PastSpanRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var n = Number(m.Groups["n"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var start = unit.StartsWith("day", StringComparison.Ordinal) ? published.AddDays(-n)
                : unit.StartsWith("week", StringComparison.Ordinal) ? published.AddDays(-7 * n)
                : unit.StartsWith("month", StringComparison.Ordinal) ? published.AddMonths(-n)
                : published.AddYears(-n);
            var vague = m.Groups["n"].Value.Contains("few", StringComparison.OrdinalIgnoreCase) || m.Groups["n"].Value.Contains("several", StringComparison.OrdinalIgnoreCase);
            var precision = unit.StartsWith("year", StringComparison.Ordinal) ? DatePrecision.Year
                : unit.StartsWith("month", StringComparison.Ordinal) || vague ? DatePrecision.Month : DatePrecision.Day;
            Add(m, start, published, precision, vague ? TemporalKind.Vague : TemporalKind.Range, Tense.Past);
        }
        foreach (Match m in (weekWord ? WeekRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var weekend = m.Groups["unit"].Value.Equals("weekend", StringComparison.OrdinalIgnoreCase);
            var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
            if (weekend)
            {
                // The weekend before this one when said on a weekend; otherwise the one just past.
                var saturday = published.AddDays(-(((int)published.DayOfWeek + 1) % 7));
                if (which.StartsWith("last", StringComparison.Ordinal) || which.StartsWith("past", StringComparison.Ordinal))
                {
                    if (published.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    {
                        saturday = saturday.AddDays(-7);
                    }
                    Add(m, saturday, saturday.AddDays(1), DatePrecision.Day, TemporalKind.Range, Tense.Past);
                }
                else
                {
                    var next = published.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && which == "this" ? saturday : monday.AddDays(5);
                    if (which == "next")
                    {
                        next = monday.AddDays(12);
                    }
                    Add(m, next, next.AddDays(1), DatePrecision.Day, TemporalKind.Range, TenseOf(m));
                }
                continue;
            }
            switch (which)
            {
                case "past":
                    Add(m, published.AddDays(-7), published, DatePrecision.Day, TemporalKind.Range, Tense.Past);
                    break;
                case "last":
                    // Said on a Sunday, "last week" is the seven days just ended rather than the week before them.
                    var start = published.DayOfWeek == DayOfWeek.Sunday ? published.AddDays(-7) : monday.AddDays(-7);
                    Add(m, start, start.AddDays(6), DatePrecision.Day, TemporalKind.Range, Tense.Past);
                    break;
                case "next" or "coming":
                    Add(m, monday.AddDays(7), monday.AddDays(13), DatePrecision.Day, TemporalKind.Range, Tense.Future);
                    break;
                case "earlier this":
                    Add(m, monday, published == monday ? published : published.AddDays(-1), DatePrecision.Day, TemporalKind.Range, Tense.Past);
                    break;
                case "later this":
                    Add(m, published, monday.AddDays(6), DatePrecision.Day, TemporalKind.Range, Tense.Future);
                    break;
                default:
                    Add(m, monday, monday.AddDays(6), DatePrecision.Day, TemporalKind.Vague, TenseOf(m));
                    break;
            }
        }
        // "at the weekend", "over the weekend": the weekend just past when the clause reports, the coming one when it plans.
        foreach (Match m in (weekWord ? WeekendRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var tense = ExpectedRegex().IsMatch(sentence.AsSpan(0, m.Index)) ? Tense.Future : TenseOf(m); // "no boats are expected over the weekend"
            var saturday = published.AddDays(-(((int)published.DayOfWeek + 1) % 7));
            if (tense == Tense.Future && published.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                saturday = saturday.AddDays(7);
            }
            Add(m, saturday, saturday.AddDays(1), DatePrecision.Day, TemporalKind.Range, tense);
        }
        foreach (Match m in (monthWord ? MonthRelativeRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var first = new DateOnly(published.Year, published.Month, 1);
            var (date, kind) = which switch
            {
                "last" or "past" => (first.AddMonths(-1), TemporalKind.Point),
                "next" or "coming" => (first.AddMonths(1), TemporalKind.Point),
                _ => (first, which == "this" ? TemporalKind.Vague : TemporalKind.Point),
            };
            Add(m, date, null, DatePrecision.Month, kind, TenseOf(m));
        }
        foreach (Match m in ((Has(" in ") || Has("within")) && (dayWord || weekWord || monthWord || yearWord)
            ? InUnitRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            if (SuperlativeRegex().IsMatch(sentence.AsSpan(0, m.Index)) || TenseOf(m) != Tense.Future)
            {
                continue; // "the first talks in two years" is a span, not a date to come
            }
            var n = Number(m.Groups["n"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (unit.StartsWith("month", StringComparison.Ordinal))
            {
                var d = published.AddMonths(n);
                Add(m, new DateOnly(d.Year, d.Month, 1), null, DatePrecision.Month, TemporalKind.Point, Tense.Future);
            }
            else if (unit.StartsWith("year", StringComparison.Ordinal))
            {
                Add(m, new DateOnly(published.Year + n, 1, 1), null, DatePrecision.Year, TemporalKind.Point, Tense.Future);
            }
            else
            {
                var days = unit.StartsWith("week", StringComparison.Ordinal) ? 7 * n : n;
                Add(m, published.AddDays(days), null, DatePrecision.Day, TemporalKind.Point, Tense.Future);
            }
        }
        foreach (Match m in (yearWord ? YearRelativeRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var year = which switch
            {
                "last" or "past" => published.Year - 1,
                "next" or "coming" => published.Year + 1,
                _ => published.Year,
            };
            Add(m, new DateOnly(year, 1, 1), null, DatePrecision.Year, which == "this" ? TemporalKind.Vague : TemporalKind.Point, TenseOf(m));
        }
        foreach (Match m in (Has("recent") ? RecentRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var date = unit.StartsWith("day", StringComparison.Ordinal) || unit.StartsWith("week", StringComparison.Ordinal)
                ? new DateOnly(published.Year, published.Month, 1)
                : new DateOnly(published.Year, 1, 1);
            var precision = unit.StartsWith("year", StringComparison.Ordinal) || unit.StartsWith("month", StringComparison.Ordinal) ? DatePrecision.Year : DatePrecision.Month;
            Add(m, date, null, precision, TemporalKind.Vague, Tense.Past);
        }

        // Days relative to publication or to another date.
        foreach (Match m in (Has("ago") ? AgoRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var n = Number(m.Groups["n"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (unit.StartsWith("day", StringComparison.Ordinal))
            {
                Add(m, published.AddDays(-n), null, DatePrecision.Day, TemporalKind.Point, Tense.Past);
            }
            else if (unit.StartsWith("week", StringComparison.Ordinal))
            {
                Add(m, published.AddDays(-7 * n), null, DatePrecision.Day, TemporalKind.Point, Tense.Past);
            }
            else if (unit.StartsWith("month", StringComparison.Ordinal))
            {
                var d = published.AddMonths(-n);
                Add(m, new DateOnly(d.Year, d.Month, 1), null, DatePrecision.Month, TemporalKind.Point, Tense.Past);
            }
            else
            {
                Add(m, new DateOnly(published.Year - n, 1, 1), null, DatePrecision.Year, TemporalKind.Point, Tense.Past);
            }
        }
        foreach (Match m in (hasDay ? DayWordRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            var d = w switch
            {
                "yesterday" => published.AddDays(-1),
                "tomorrow" => published.AddDays(1),
                _ => published,
            };
            Add(m, d, null, DatePrecision.Day, TemporalKind.Point, w == "tomorrow" ? Tense.Future : TenseOf(m));
        }
        // A caption's own full date ("Tuesday's attacks in Brussels, March 23, 2016") is the weekday's reference.
        var reference = found.Where(f => f.Kind == TemporalKind.Point && f.Precision == DatePrecision.Day && YearGiven(f.Text)
            && Math.Abs(f.Date.DayNumber - published.DayNumber) <= 14).Select(f => (DateOnly?)f.Date).FirstOrDefault() ?? published;
        foreach (Match m in (hasDay ? WeekdayRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var dow = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true);
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var tense = which switch
            {
                "last" or "past" => Tense.Past,
                "next" or "coming" => Tense.Future,
                _ => PlannedDay(sentence, m.Index) ? Tense.Future : TenseOf(m),
            };
            var d = tense == Tense.Future ? OnOrAfter(reference, dow) : OnOrBefore(reference, dow);
            if (which is "last" or "past" && d == reference)
            {
                d = d.AddDays(-7);
            }
            if (which is "next" or "coming" && d == reference)
            {
                d = d.AddDays(7);
            }
            Add(m, d, null, DatePrecision.Day, TemporalKind.Point, tense);
        }

        // Bare months ("in March", "last May", "a December meeting"): the nearest one in the clause's tense.
        foreach (Match m in (hasMonth ? MonthAloneRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            if (month == 0 || ((month == 5 || m.Groups["mon"].Value.EndsWith('.')) && !m.Groups["pre"].Success))
            {
                continue; // "may" the verb; an abbreviation needs its preposition ("on Nov.")
            }
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var tense = which switch
            {
                "last" or "past" => Tense.Past,
                "next" or "coming" => Tense.Future,
                _ => TenseOf(m),
            };
            var current = published.Year * 12 + published.Month - 1;
            var year = published.Year;
            var target = year * 12 + month - 1;
            if (tense == Tense.Past)
            {
                while (target > current || (which is "last" or "past" && target == current))
                {
                    target -= 12;
                }
            }
            else
            {
                while (target < current || (which is "next" or "coming" && target == current))
                {
                    target += 12;
                }
            }
            Add(m, new DateOnly(target / 12, target % 12 + 1, 1), null, DatePrecision.Month, TemporalKind.Point, tense);
        }

        // Years.
        foreach (Match m in (hasDigit ? YearRangeRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var y1 = int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture);
            var y2s = m.Groups["y2"].Value;
            var y2 = y2s.Length == 2 ? y1 / 100 * 100 + int.Parse(y2s, CultureInfo.InvariantCulture) : int.Parse(y2s, CultureInfo.InvariantCulture);
            if (y2 > y1 && y2 - y1 < 100 && PlausibleYear(y1, published) && PlausibleYear(y2, published))
            {
                Add(m, new DateOnly(y1, 1, 1), new DateOnly(y2, 1, 1), DatePrecision.Year, TemporalKind.Range, TenseOf(m));
            }
        }
        foreach (Match m in (hasDigit ? YearRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var y = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (BaselineYearBeforeRegex().IsMatch(sentence.AsSpan(0, m.Index)) && BaselineYearAfterRegex().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            {
                taken.Add((m.Index, m.Index + m.Length));
                continue; // "less than half the 2011 level": a yardstick, not a happening
            }
            if (PlausibleYear(y, published))
            {
                Add(m, new DateOnly(y, 1, 1), null, DatePrecision.Year, m.Groups["by"].Success ? TemporalKind.Deadline : TemporalKind.Point, TenseOf(m));
            }
        }
        foreach (Match m in (yearWord && (Has("war") || Has("conflict") || Has("uprising") || Has("crisis") || Has("insurgency")
            || Has("fighting") || Has("bloodshed")) ? AgeRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var n = Number(m.Groups["n"].Value);
            if (n is > 0 and < 100)
            {
                Add(m, new DateOnly(published.Year - n, 1, 1), null, DatePrecision.Year, TemporalKind.ImpliedStart, Tense.Past);
            }
        }

        // "In August 2013 ... and the year before", "a year later": whole years counted from the date the
        // sentence named before them; with no such date nothing says from when.
        foreach (Match m in (yearWord ? YearOffsetRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var other = found.Where(f => f.Kind == TemporalKind.Point && f.End <= m.Index).OrderBy(f => m.Index - f.End).FirstOrDefault();
            if (other is null || ComparativeAfterRegex().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            {
                continue;
            }
            var n = m.Groups["n"].Success ? Number(m.Groups["n"].Value) : 1;
            var back = m.Groups["prev"].Success || m.Groups["dir"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase);
            if (n is <= 0 or > 50)
            {
                continue;
            }
            var d = other.Date.AddYears(back ? -n : n);
            var date = other.Precision switch
            {
                DatePrecision.Year => new DateOnly(d.Year, 1, 1),
                DatePrecision.Month => new DateOnly(d.Year, d.Month, 1),
                _ => d,
            };
            Add(m, date, null, other.Precision, TemporalKind.Point, Tense.Past);
        }

        // "In the morning", "later in the day", "the following day": the day the previous sentence spoke of.
        // Only where news writing uses them to sequence a story: opening the sentence.
        if (anchor is { } anchorDay)
        {
            foreach (Match m in (hasDay || Has("hours") ? SameDayRegex().Matches(sentence) : Enumerable.Empty<Match>()))
            {
                if (m.Index > 2)
                {
                    break;
                }
                var shift = m.Groups["next"].Success ? 1 : m.Groups["prev"].Success ? -1 : 0;
                Add(m, anchorDay.AddDays(shift), null, DatePrecision.Day, TemporalKind.Point, Tense.Past);
            }
        }

        // "killing people evacuated from two villages the day before": inside a sentence, "the day before" and
        // "the following day" count from the day the sentence named before them.
        foreach (Match m in (dayWord ? SameDayRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            if (m.Index <= 2 || !(m.Groups["next"].Success || m.Groups["prev"].Success))
            {
                continue;
            }
            var day = found.Where(f => f.Kind == TemporalKind.Point && f.Precision == DatePrecision.Day && f.End <= m.Index)
                .OrderBy(f => m.Index - f.End).FirstOrDefault();
            if (day is not null)
            {
                Add(m, day.Date.AddDays(m.Groups["next"].Success ? 1 : -1), null, DatePrecision.Day, TemporalKind.Point, Tense.Past);
            }
        }

        // "two days earlier", "a day after the group targeted Damascus": counted from the other date the
        // sentence names, or the previous sentence's, or publication.
        foreach (Match m in ((dayWord || weekWord) && (Has("earlier") || Has("later") || Has("after") || Has("before"))
            ? OffsetRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            if (DurationBeforeRegex().IsMatch(sentence.AsSpan(0, m.Index)) || ComparativeAfterRegex().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            {
                continue; // "a second round of at least two weeks before another recess": a length, not a shift
            }
            var n = Number(m.Groups["n"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var days = unit.StartsWith("week", StringComparison.Ordinal) ? 7 * n : n;
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            // "a day after world powers agreed on a truce due to begin in a week's time": a plan inside the happening
            // "after" introduces is no base for it; the base is the main clause's date, before the phrase.
            var other = found.Where(f => f.Precision == DatePrecision.Day && f.Kind == TemporalKind.Point
                    && !(dir == "after" && f.Start > m.Index && f.Tense == Tense.Future))
                .OrderBy(f => Math.Abs(f.Start - m.Index)).Select(f => (DateOnly?)f.Date).FirstOrDefault();
            if (other is null && (dir == "before" || (dir is "earlier" or "later" && anchor is null) || (dir == "after" && TenseOf(m) == Tense.Future)))
            {
                continue; // "three weeks before he died", "six days later", "talks will open two weeks after the truce": nothing says from when
            }
            var baseDate = other ?? (dir is "earlier" or "later" ? anchor!.Value : published);
            // "N days after X": X happened N days before the clause's own date; "earlier" counts back from it.
            var date = dir is "after" or "earlier" ? baseDate.AddDays(-days) : baseDate.AddDays(days);
            Add(m, date, null, DatePrecision.Day, TemporalKind.Point, Tense.Past);
        }

        // "before returning to Washington later in the day": with no other day in the sentence, the day of
        // the story (the previous sentence's, else publication).
        if (!found.Any(f => f.Precision == DatePrecision.Day))
        {
            foreach (Match m in (dayWord && (Has("later") || Has("earlier")) ? LaterInTheDayRegex().Matches(sentence) : Enumerable.Empty<Match>()))
            {
                var tense = TenseOf(m);
                Add(m, tense == Tense.Future ? published : anchor ?? published, null, DatePrecision.Day, TemporalKind.Point, tense);
            }
        }

        // "comes three months after the militants were driven out", "three months later": whole months
        // counted from the clause's date (another date in the sentence, the previous sentence's, or publication).
        foreach (Match m in (monthWord && (Has("after") || Has("later") || Has("earlier")) ? MonthOffsetRegex().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            if (DurationBeforeRegex().IsMatch(sentence.AsSpan(0, m.Index)))
            {
                continue;
            }
            var count = m.Groups["n"].Value.ToLowerInvariant();
            if (count.Contains("few", StringComparison.Ordinal) || count.Contains("several", StringComparison.Ordinal) || count.Contains("couple", StringComparison.Ordinal)
                || ComparativeAfterRegex().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            {
                continue; // "a few months after", "several months earlier than planned": no count to date by
            }
            var n = Number(count);
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            // The clause's own date is written before the offset ("Thursday's attack came eight months after ...").
            var other = found.Where(f => f.Kind == TemporalKind.Point && f.End <= m.Index).OrderBy(f => m.Index - f.End).FirstOrDefault();
            DateOnly? baseDate = other is not null
                ? (other.Precision == DatePrecision.Year ? null : other.Date)
                : dir == "after" && TenseOf(m) != Tense.Future ? published : null;
            if (n <= 0 || baseDate is not { } b)
            {
                continue; // "six months after the deal, sanctions will be lifted", "four months later": nothing says from when
            }
            var d = dir == "later" ? b.AddMonths(n) : b.AddMonths(-n);
            Add(m, new DateOnly(d.Year, d.Month, 1), null, DatePrecision.Month, TemporalKind.Point, Tense.Past);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return JoinRanges(sentence, found);
    }

    /// <summary>
    /// "between Sept. 10 and Feb. 2", "from March 3 to March 20": two dates of one precision joined this way
    /// are the two ends of one span, not two happenings; a start after the end is the year before.
    /// </summary>
    private static List<TemporalExpression> JoinRanges(string sentence, List<TemporalExpression> found)
    {
        for (var k = 0; k + 1 < found.Count; k++)
        {
            var (a, b) = (found[k], found[k + 1]);
            if (a.Kind != TemporalKind.Point || b.Kind != TemporalKind.Point || a.Precision != b.Precision
                || a.Precision == DatePrecision.Year || b.Start < a.End)
            {
                continue;
            }
            var gap = sentence[a.End..b.Start];
            var before = sentence.AsSpan(0, a.Start);
            // "strikes on Saturday and Sunday": two days running are one span too.
            var joined = (RangeAndRegex().IsMatch(gap) && RangeBetweenRegex().IsMatch(before))
                || (RangeToRegex().IsMatch(gap) && RangeFromRegex().IsMatch(before))
                || (RangeAndRegex().IsMatch(gap) && a.Precision == DatePrecision.Day && b.Date == a.Date.AddDays(1));
            if (!joined)
            {
                continue;
            }
            // "between August and November 2001": a start without its own year takes the end's.
            var start = a.Date;
            if (!YearGiven(a.Text) && SafeDate(b.Date.Year, a.Date.Month, a.Date.Day) is { } sameYear)
            {
                start = sameYear;
            }
            if (start > b.Date)
            {
                start = start.AddYears(-1);
            }
            found[k] = new TemporalExpression(a.Start, b.End, sentence[a.Start..b.End], start, b.Date, a.Precision,
                TemporalKind.Range, a.Tense);
            found.RemoveAt(k + 1);
        }
        return found;
    }

    /// <summary>
    /// A weekday a plan is moved to ("pushed them back to Friday", "postponed until Monday") or that a
    /// scheduling infinitive governs with no past-tense verb before it ("the truce, to begin on Saturday",
    /// "pushing for negotiations to start on Friday") lies ahead; "were meant to start on Monday" does not.
    /// </summary>
    private static bool PlannedDay(string sentence, int index)
    {
        var before = sentence.AsSpan(0, index);
        if (PostponedToRegex().IsMatch(before) || ScheduledPresentRegex().IsMatch(before))
        {
            return true;
        }
        var inf = ScheduleInfinitiveRegex().Match(sentence[..index]);
        if (!inf.Success || FailedPlanRegex().IsMatch(sentence.AsSpan(0, inf.Index)))
        {
            return false;
        }
        foreach (Match p in TenseMarkerRegex().Matches(sentence[..inf.Index]))
        {
            if (p.Groups["past"].Success && !ReportingPastRegex().IsMatch(p.Value))
            {
                return false; // "he flew to Geneva to meet envoys on Tuesday": the purpose was the past's
            }
        }
        return true;
    }

    /// <summary>
    /// The tense of the clause around a span: the nearest tense marker before it (a modal, "is to",
    /// "due to", "scheduled", or a past-tense verb), else the nearest after it, else past, the tense
    /// of most news sentences.
    /// </summary>
    public static Tense TenseAt(string sentence, int start, int end) => MarkedTenseAt(sentence, start, end) ?? Tense.Past;

    /// <summary>The tense the clause marks around a span, or null when nothing marks it.</summary>
    public static Tense? MarkedTenseAt(string sentence, int start, int end) => MarkedTenseAt(sentence, new TenseMarkers(sentence), start, end);

    private static Tense? MarkedTenseAt(string sentence, TenseMarkers markers, int start, int end)
    {
        TenseMarker? before = null;
        TenseMarker? after = null;
        foreach (var m in markers.UpTo(end))
        {
            if (m.End <= start)
            {
                before = m;
            }
            else if (m.Start >= end && after is null)
            {
                after = m;
            }
        }
        if (after is { } a && (a.Start - end > 60 || ClauseWordRegex().IsMatch(sentence.AsSpan(end, a.Start - end))))
        {
            after = null; // a modal further on belongs to another clause ("on Monday that forces would be withdrawn")
        }
        var marker = before ?? after;
        return marker is null ? null : marker.Value.Future ? Tense.Future : Tense.Past;
    }

    /// <summary>A tense marker of a sentence: a modal or "is to" (future), or a past-tense verb.</summary>
    private readonly record struct TenseMarker(int Start, int End, bool Future);

    /// <summary>
    /// The tense markers of one sentence in text order, read lazily: a span needs those before it and the first
    /// after it, so the scan stops there until a later span asks for more.
    /// </summary>
    private sealed class TenseMarkers(string sentence)
    {
        private readonly List<TenseMarker> markers = [];
        private Match? last;
        private bool done;

        /// <summary>The markers up to and including the first that starts at or after <paramref name="end"/>.</summary>
        public List<TenseMarker> UpTo(int end)
        {
            while (!done && (markers.Count == 0 || markers[^1].Start < end))
            {
                var m = last is null ? TenseMarkerRegex().Match(sentence) : last.NextMatch();
                last = m;
                if (!m.Success)
                {
                    done = true;
                    break;
                }
                if (m.Groups["past"].Success && m.Value.EndsWith("ed", StringComparison.Ordinal) && ParticipleRegex().IsMatch(sentence.AsSpan(0, m.Index)))
                {
                    continue; // "is expected to be raised": a participle after a modal says nothing of tense
                }
                markers.Add(new TenseMarker(m.Index, m.Index + m.Length, m.Groups["future"].Success));
            }
            return markers;
        }
    }

    /// <summary>A date used as an adjective ("the Nov. 8 election", "a June 28 attack"): the clause's verb
    /// does not date it.</summary>
    private static bool Attributive(string sentence, Match m) =>
        AttributiveBeforeRegex().IsMatch(sentence.AsSpan(0, m.Index)) && AttributiveAfterRegex().IsMatch(sentence.AsSpan(m.Index + m.Length));

    private static bool YearGiven(string text) => text.Any(char.IsDigit) && YearRegex().IsMatch(text);

    /// <summary>"since May 21": a start that has passed.</summary>
    private static bool AfterSince(string sentence, int index) =>
        sentence.AsSpan(0, index).TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase);

    private static bool PlausibleYear(int year, DateOnly published) => year >= 1900 && year <= published.Year + 30;

    private static DateOnly OnOrBefore(DateOnly date, DayOfWeek dow) => date.AddDays(-(((int)date.DayOfWeek - (int)dow + 7) % 7));

    private static DateOnly OnOrAfter(DateOnly date, DayOfWeek dow) => date.AddDays(((int)dow - (int)date.DayOfWeek + 7) % 7);

    private static DateOnly LastMonthDay(DateOnly published, int month, int day)
    {
        var d = SafeDate(published.Year, month, day) ?? published;
        return d > published ? SafeDate(published.Year - 1, month, day) ?? d : d;
    }

    private static DateOnly NextMonthDay(DateOnly published, int month, int day)
    {
        var d = SafeDate(published.Year, month, day) ?? published;
        return d < published ? SafeDate(published.Year + 1, month, day) ?? d : d;
    }

    /// <summary>
    /// A month and day without a year: the occurrence nearest publication when it lies within two months
    /// of it (news dates near their story, whatever the tense: "a target date of Feb. 25") or when the
    /// clause marks no tense ("the Nov. 8 election"); otherwise the clause's tense decides between the
    /// last one before and the next one after publication.
    /// </summary>
    private static DateOnly? NearestMonthDay(DateOnly published, int month, int day, Tense? tense)
    {
        DateOnly? nearest = null;
        DateOnly? before = null;
        DateOnly? after = null;
        for (var y = published.Year - 1; y <= published.Year + 1; y++)
        {
            if (SafeDate(y, month, day) is not { } d)
            {
                continue;
            }
            if (nearest is null || Math.Abs(d.DayNumber - published.DayNumber) < Math.Abs(nearest.Value.DayNumber - published.DayNumber))
            {
                nearest = d;
            }
            if (d <= published)
            {
                before = d;
            }
            if (d >= published && after is null)
            {
                after = d;
            }
        }
        if (tense is null || (nearest is { } n && Math.Abs(n.DayNumber - published.DayNumber) <= 60))
        {
            return nearest;
        }
        return tense == Tense.Future ? after ?? nearest : before ?? nearest;
    }

    private static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static bool TryDay(string s, out int day) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;

    private static int MonthNumber(string s)
    {
        var k = s.TrimEnd('.').ToLowerInvariant();
        if (k.Length < 3)
        {
            return 0;
        }
        return k[..3] switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }

    private static int Number(string s)
    {
        var k = s.Trim().ToLowerInvariant();
        if (k.StartsWith("just ", StringComparison.Ordinal))
        {
            k = k[5..];
        }
        if (int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        return k switch
        {
            "a" or "an" or "one" => 1,
            "two" or "couple of" or "a couple of" => 2,
            "three" or "few" or "several" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            _ => 0,
        };
    }

    [GeneratedRegex(@"\b(?<mon>" + Months + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\u2013|to|through|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?")]
    private static partial Regex MonthDayRangeRegex();

    [GeneratedRegex(@"(?<by>\b(?:by|before|until|no later than)\s+)?\b(?<mon>" + Months + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d|\.\d))(?:,?\s+(?<year>(?:19|20)\d{2})\b)?")]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Months + @")(?:,?\s+(?<year>(?:19|20)\d{2})\b)?")]
    private static partial Regex DayMonthRegex();

    [GeneratedRegex(@"\b(?i:a|an|the|its|their|his|her|this|that)\s+$")]
    private static partial Regex AttributiveBeforeRegex();

    [GeneratedRegex(@"^\s+[a-z]")]
    private static partial Regex AttributiveAfterRegex();

    [GeneratedRegex(@"\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?<which>(?i:last|this|next))\s+(?i:year)\b")]
    private static partial Regex MonthOfRelativeYearRegex();

    [GeneratedRegex(@"\b(?:(?:early|mid|late|mid-)\s*)?(?<mon>" + Months + @"),?\s+(?:of\s+)?(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"\b(?<h>New Year['\u2019]s(?: Eve| Day)?|Christmas(?: Eve| Day)?)")]
    private static partial Regex HolidayRegex();

    [GeneratedRegex(@"\b(?i:(?:in|over|during|for|within)\s+)?(?i:the)\s+(?i:past|last|previous)\s+(?<n>" + Num + @")\s+(?<unit>(?i:days?|weeks?|months?|years?))\b")]
    private static partial Regex PastSpanRegex();

    [GeneratedRegex(@"\b(?<which>(?i:earlier this|later this|last|past|next|coming|this))\s+(?<unit>(?i:week|weekend))\b")]
    private static partial Regex WeekRegex();

    [GeneratedRegex(@"\b(?<which>(?i:earlier this|later this|last|next|coming|this))\s+(?i:month)\b")]
    private static partial Regex MonthRelativeRegex();

    [GeneratedRegex(@"\b(?i:in|within)\s+(?<n>a|an|one|two|three|four|five|six|\d{1,2})\s+(?<unit>(?i:days?|weeks?|months?|years?))(?:['\u2019]?\s*time)?\b")]
    private static partial Regex InUnitRegex();

    [GeneratedRegex(@"\b(?i:be|been|being|to|get|got)\s+(?:\w+ly\s+)?$")]
    private static partial Regex ParticipleRegex();

    [GeneratedRegex(@"[,;:]|\b(?i:that|which|who|where|when|because|while|whereas|although|after|before|since|said|says)\b")]
    private static partial Regex ClauseWordRegex();

    [GeneratedRegex(@"\b(?i:(?:in|on|during|that|the same)\s+(?:the\s+)?(?:morning|afternoon|evening|night)|(?:later|earlier)\s+(?:in\s+)?(?:the|that)\s+day|(?:that|the same)\s+day|hours\s+(?:later|earlier)|(?<next>the\s+(?:following|next)\s+(?:day|morning))|(?<prev>the\s+(?:previous|preceding)\s+day|the\s+day\s+before))\b")]
    private static partial Regex SameDayRegex();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")]
    private static partial Regex MonthHintRegex();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}\s/.'-]*,\s*$")]
    private static partial Regex DatelinePrefixRegex();

    [GeneratedRegex(@"^\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?\s*)?$")]
    private static partial Regex LeadingDatePrefixRegex();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearInText();

    [GeneratedRegex(@"^\s*(?:\(|[-\u2013\u2014])")]
    private static partial Regex DatelineSuffixRegex();

    [GeneratedRegex(@"^\W*(?:\w+\s+){0,2}(?i:publication|published|updated|posted)(?:\s+(?:at|on))?\s*:?\s*$")]
    private static partial Regex PublicationLabelRegex();

    [GeneratedRegex(@"\b(?i:first|worst|biggest|largest|highest|lowest|best|deadliest|heaviest|most)\b[^,;]{0,60}$")]
    private static partial Regex SuperlativeRegex();

    [GeneratedRegex(@"\b(?<which>(?i:last|next|this|past|coming))\s+(?:fiscal\s+)?(?i:year)\b(?!\s*-)")]
    private static partial Regex YearRelativeRegex();

    [GeneratedRegex(@"\b(?i:in|over|during)\s+(?i:recent)\s+(?<unit>(?i:days|weeks|months|years))\b")]
    private static partial Regex RecentRegex();

    [GeneratedRegex(@"\b(?<n>" + Num + @")\s+(?<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b")]
    private static partial Regex AgoRegex();

    [GeneratedRegex(@"\b(?<w>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)(?:['\u2019]s)?\b")]
    private static partial Regex DayWordRegex();

    [GeneratedRegex(@"\b(?:(?<which>(?i:last|next|this|coming|past))\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['\u2019]s)?(?:\s+(?i:morning|afternoon|evening|night))?\b")]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"(?<pre>\b(?<which>(?i:in|since|last|next|this|coming|past|early|late|mid|until|by|from|during|of|a|an|the|earlier in|later in))[\s-]+(?:(?i:early|late|mid)[\s-]+)?)?(?:\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?<mon>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?!\s*\d)")]
    private static partial Regex MonthAloneRegex();

    [GeneratedRegex(@"\b(?<y1>(?:19|20)\d{2})\s*(?:-|\u2013|to|and|through)\s*(?<y2>(?:19|20)?\d{2})\b(?!\s*(?:%|\.\d))")]
    private static partial Regex YearRangeRegex();

    [GeneratedRegex(@"(?<by>\b(?i:by|before|until)\s+)?(?<![\d$.,\u00a3\u20ac\u00a9]|\u00a9\s|(?i:resolution|no\.|number|article|copyright)\s)\b(?<year>(?:19|20)\d{2})\b(?!\s*(?:%|\.\d|,\d|\s*(?:people|troops|fighters|refugees|civilians|km|kilometers|miles|dollars)))")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(?i:(?:the\s+)?(?:now\s+|nearly\s+|almost\s+|more than\s+|over\s+)?)(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?i:years?)[- ](?i:(?:old|long)[- ])?(?:[A-Z][a-z]+\s+)?(?i:(?:civil\s+)?(?:war|conflict|uprising|crisis|insurgency))\b|\b(?<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?i:years)\s+of\s+(?i:(?:civil\s+)?(?:war|conflict|fighting|bloodshed))\b")]
    private static partial Regex AgeRegex();

    [GeneratedRegex(@"\b(?<n>" + Num + @"|just one|just a)\s+(?<unit>(?i:days?|weeks?))\s+(?<dir>(?i:earlier|later|after|before))\b")]
    private static partial Regex OffsetRegex();

    [GeneratedRegex(@"(?<![\d/.-])\b(?<a>\d{1,2})(?<sep>[-/.])(?<b>\d{1,2})\k<sep>(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex NumericDateRegex();

    // "(updated 1456 08.04.2017)": a page's stamp, with or without its time of day.
    [GeneratedRegex(@"\b(?i:updated|published|posted)\W+(?:\d{1,2}[:.]?\d{2}\W+)?$")]
    private static partial Regex NumericStampBeforeRegex();

    [GeneratedRegex(@"\b(?i:is|are)\s+(?:\w+\s+)?expected\s*$")]
    private static partial Regex ExpectedRegex();

    [GeneratedRegex(@"\b(?i:at|over|during)\s+the\s+weekend\b")]
    private static partial Regex WeekendRegex();

    [GeneratedRegex(@"\b(?<prev>(?i:the\s+(?:year\s+before|previous\s+year|preceding\s+year)))\b|\b(?<next>(?i:the\s+following\s+year))\b|\b(?<n>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?i:years?)\s+(?<dir>(?i:earlier|later))\b")]
    private static partial Regex YearOffsetRegex();

    [GeneratedRegex(@"\b(?<n>" + Num + @")\s+(?i:months?)\s+(?<dir>(?i:earlier|later|after))\b")]
    private static partial Regex MonthOffsetRegex();

    [GeneratedRegex(@"^\s+(?i:than)\b")]
    private static partial Regex ComparativeAfterRegex();

    [GeneratedRegex(@"\b(?i:of|for|lasting|at\s+least|at\s+most|up\s+to|within|in(?:\s+(?:almost|nearly|about|over|more\s+than|just))?)\s+$")]
    private static partial Regex DurationBeforeRegex();

    [GeneratedRegex(@"\b(?i:later|earlier)\s+(?i:in\s+)?(?i:the|that)\s+(?i:day)\b")]
    private static partial Regex LaterInTheDayRegex();

    [GeneratedRegex(@"\b(?i:the|its|their)\s+$")]
    private static partial Regex BaselineYearBeforeRegex();

    [GeneratedRegex(@"^\s+(?i:levels?|figures?|rates?|average|baseline|totals?|prices?|output|estimates?|values?|peak)\b")]
    private static partial Regex BaselineYearAfterRegex();

    [GeneratedRegex(@"^\s*(?:and)\s*$")]
    private static partial Regex RangeAndRegex();

    [GeneratedRegex(@"\b(?i:between)\s+$")]
    private static partial Regex RangeBetweenRegex();

    [GeneratedRegex(@"^\s*(?:to|until|till|through|-|\u2013)\s*$")]
    private static partial Regex RangeToRegex();

    [GeneratedRegex(@"\b(?i:from)\s+$")]
    private static partial Regex RangeFromRegex();

    [GeneratedRegex(@"\b(?i:postponed|delayed|deferred|rescheduled|adjourned|(?:pushed|put|moved)\s+(?:\w+\s+){0,2}?back)\s+(?:\w+\s+){0,3}?(?i:to|until|till)\s+(?:next\s+)?$")]
    private static partial Regex PostponedToRegex();

    [GeneratedRegex(@"\bto\s+(?:begin|start|resume|open|reopen|take\s+effect|expire|end|convene|reconvene|meet|vote|arrive|return|travel|visit)\b[^,;]{0,40}$")]
    private static partial Regex ScheduleInfinitiveRegex();

    // A timetable in the simple present governing the weekday right after it ("the truce expires Friday", "the
    // talks, which resume on Wednesday"): news uses this present only for what is scheduled. A bare form counts
    // only after a relative pronoun or a plural subject that makes it a verb ("the formal start on Monday" is a
    // noun), and neither counts after "to", "not" or "did" (an infinitive, a negated past).
    [GeneratedRegex(@"(?<!\b(?i:to|not|did|didn['\u2019]t|never)\s+)\b(?:(?i:resumes|begins|starts|opens|reopens|(?:re)?convenes|meets|expires|ends|closes|takes\s+(?:place|effect)|goes\s+ahead)|(?<=\b(?i:which|that|who|they|talks|negotiations)\s+)(?i:resume|begin|start|open|reopen|(?:re)?convene|meet|expire|end|close|take\s+(?:place|effect)|go\s+ahead))\s+(?:again\s+)?(?i:on\s+)?$")]
    private static partial Regex ScheduledPresentRegex();

    [GeneratedRegex(@"\b(?i:meant|supposed|failed|tried|attempted|had\s+hoped|had\s+planned)\s+$")]
    private static partial Regex FailedPlanRegex();

    [GeneratedRegex(@"^(?i:said|says|told)$")]
    private static partial Regex ReportingPastRegex();

    [GeneratedRegex(@"(?<future>\b(?i:will|won['\u2019]t|shall|would|wouldn['\u2019]t|(?:is|are|was|were)\s+(?:due\s+)?to\s+(?!have\b)|due\s+to\s+(?!the\b|a\b)|plans?\s+to|planned\s+(?:for|to)|planning\s+to|scheduled|(?:is|are)\s+(?!being\b)[a-z]+ing\b(?!\s+(?:on|in|to|for|over|around|across|near|from)\b)|set\s+to|expected\s+to|aims?\s+to|intends?\s+to|upcoming)\b|['\u2019]ll\b)|(?<past>(?<![-\u2013])\b(?i:said|says|told|was|were|had|did|took|met|began|came|went|gave|left|held|saw|fled|flew|fell|hit|led|won|lost|sent|spoke|wrote|brought|found|put|cut|struck|became|broke|ran|rose|sought|stood|kept|knew|heard|paid|shot|fought|built|chose|drove|got|grew|sold|spent|threw|withdrew|overran|ago|yesterday)\b|\b(?<![-\u2013])[a-z]{3,}ed\b(?!-))")]
    private static partial Regex TenseMarkerRegex();
}
