// Formatting fixed DateTime/TimeSpan/DateOnly values (no clock reads), invariant culture.
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var dt = new DateTime(2024, 2, 29, 13, 5, 9, 123, DateTimeKind.Utc);
        Console.WriteLine(dt.ToString());
        Console.WriteLine(dt.ToString("yyyy-MM-dd HH:mm:ss.fff"));
        Console.WriteLine(dt.ToString("o"));
        Console.WriteLine(dt.ToString("R"));
        Console.WriteLine(dt.ToString("s") + " | " + dt.ToString("u"));
        Console.WriteLine(dt.ToString("D") + " | " + dt.ToString("d") + " | " + dt.ToString("t") + " | " + dt.ToString("T"));
        Console.WriteLine(dt.ToString("dddd, MMMM d, yyyy h:mm tt") + " | " + dt.ToString("ddd MMM dd yy"));
        Console.WriteLine(dt.DayOfWeek + " " + dt.DayOfYear + " " + dt.Ticks + " " + DateTime.IsLeapYear(2100));
        var later = dt.AddDays(1).AddHours(-14).AddMonths(1);
        Console.WriteLine(later.ToString("yyyy-MM-dd HH:mm") + " " + (later - dt).TotalHours + " " + (later > dt));
        var ts = new TimeSpan(1, 2, 3, 4, 567);
        Console.WriteLine(ts + " | " + ts.ToString("c") + " | " + ts.ToString("g") + " | " + ts.ToString(@"hh\:mm\:ss") + " | " + ts.TotalMinutes);
        Console.WriteLine(TimeSpan.FromSeconds(-90.5) + " " + TimeSpan.Zero + " " + TimeSpan.FromMilliseconds(1.5).Ticks + " " + TimeSpan.Parse("3.04:05:06"));
        Console.WriteLine(new DateOnly(2023, 12, 31).AddDays(1) + " " + new TimeOnly(23, 59, 59).Add(TimeSpan.FromSeconds(2)));
        Console.WriteLine(DateTime.ParseExact("2021-07-04 08:30", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture).ToString("F"));
        var dto = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(5.5));
        Console.WriteLine(dto + " | " + dto.UtcDateTime.ToString("o") + " | " + dto.ToUnixTimeSeconds());
        Console.WriteLine(DateTime.UnixEpoch.AddSeconds(1_700_000_000).ToString("yyyy-MM-ddTHH:mm:ssZ"));
    }
}
