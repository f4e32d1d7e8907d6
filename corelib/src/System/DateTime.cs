using System.Runtime.CompilerServices;

namespace System
{
    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }

    public readonly struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMicrosecond = 10;
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = 10000000;
        public const long TicksPerMinute = 600000000;
        public const long TicksPerHour = 36000000000;
        public const long TicksPerDay = 864000000000;
        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);
        private readonly long _ticks;
        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { _ticks = ((long)hours * 3600 + (long)minutes * 60 + seconds) * TicksPerSecond; }
        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0) { }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { _ticks = (((long)days * 86400 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds) * TicksPerMillisecond; }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds, int microseconds) { _ticks = ((((long)days * 86400 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds) * 1000 + microseconds) * TicksPerMicrosecond; }
        public long Ticks => _ticks;
        public int Days => (int)(_ticks / TicksPerDay);
        public int Hours => (int)(_ticks / TicksPerHour % 24);
        public int Minutes => (int)(_ticks / TicksPerMinute % 60);
        public int Seconds => (int)(_ticks / TicksPerSecond % 60);
        public int Milliseconds => (int)(_ticks / TicksPerMillisecond % 1000);
        public int Microseconds => (int)(_ticks / TicksPerMicrosecond % 1000);
        public int Nanoseconds => (int)(_ticks % TicksPerMicrosecond) * 100;
        public double TotalDays => (double)_ticks / TicksPerDay;
        public double TotalHours => (double)_ticks / TicksPerHour;
        public double TotalMinutes => (double)_ticks / TicksPerMinute;
        public double TotalSeconds => (double)_ticks / TicksPerSecond;
        public double TotalMilliseconds => (double)_ticks / TicksPerMillisecond;
        public double TotalMicroseconds => (double)_ticks / TicksPerMicrosecond;
        private static TimeSpan FromUnits(double value, long scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double ticks = value * scale;
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)ticks);
        }
        public static TimeSpan FromDays(double value) => FromUnits(value, TicksPerDay);
        public static TimeSpan FromHours(double value) => FromUnits(value, TicksPerHour);
        public static TimeSpan FromMinutes(double value) => FromUnits(value, TicksPerMinute);
        public static TimeSpan FromSeconds(double value) => FromUnits(value, TicksPerSecond);
        public static TimeSpan FromMilliseconds(double value) => FromUnits(value, TicksPerMillisecond);
        public static TimeSpan FromMicroseconds(double value) => FromUnits(value, TicksPerMicrosecond);
        public static TimeSpan FromTicks(long value) => new TimeSpan(value);
        // The integer overloads check the range as .NET does (ArgumentOutOfRangeException, no parameter
        // name) instead of wrapping; the several-unit ones sum in microseconds without overflow.
        private static ArgumentOutOfRangeException TooLong() => new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
        private static TimeSpan FromUnits(long units, long ticksPerUnit)
        {
            if (units > long.MaxValue / ticksPerUnit || units < long.MinValue / ticksPerUnit) throw TooLong();
            return new TimeSpan(units * ticksPerUnit);
        }
        private static TimeSpan FromMicros(Int128 us)
        {
            if (us > (Int128)(long.MaxValue / TicksPerMicrosecond) || us < (Int128)(long.MinValue / TicksPerMicrosecond)) throw TooLong();
            return new TimeSpan((long)us * TicksPerMicrosecond);
        }
        private const long UsPerMs = 1000, UsPerSecond = 1000000, UsPerMinute = 60000000, UsPerHour = 3600000000, UsPerDay = 86400000000;
        public static TimeSpan FromDays(int days) => FromUnits(days, TicksPerDay);
        public static TimeSpan FromDays(int days, int hours = 0, long minutes = 0, long seconds = 0, long milliseconds = 0, long microseconds = 0) =>
            FromMicros((Int128)days * UsPerDay + (Int128)hours * UsPerHour + (Int128)minutes * UsPerMinute + (Int128)seconds * UsPerSecond + (Int128)milliseconds * UsPerMs + microseconds);
        public static TimeSpan FromHours(int hours) => FromUnits(hours, TicksPerHour);
        public static TimeSpan FromHours(int hours, long minutes = 0, long seconds = 0, long milliseconds = 0, long microseconds = 0) =>
            FromMicros((Int128)hours * UsPerHour + (Int128)minutes * UsPerMinute + (Int128)seconds * UsPerSecond + (Int128)milliseconds * UsPerMs + microseconds);
        public static TimeSpan FromMinutes(long minutes) => FromUnits(minutes, TicksPerMinute);
        public static TimeSpan FromMinutes(long minutes, long seconds = 0, long milliseconds = 0, long microseconds = 0) =>
            FromMicros((Int128)minutes * UsPerMinute + (Int128)seconds * UsPerSecond + (Int128)milliseconds * UsPerMs + microseconds);
        public static TimeSpan FromSeconds(long seconds) => FromUnits(seconds, TicksPerSecond);
        public static TimeSpan FromSeconds(long seconds, long milliseconds = 0, long microseconds = 0) =>
            FromMicros((Int128)seconds * UsPerSecond + (Int128)milliseconds * UsPerMs + microseconds);
        public static TimeSpan FromMilliseconds(long milliseconds, long microseconds = 0) => FromMicros((Int128)milliseconds * UsPerMs + microseconds);
        public TimeSpan Add(TimeSpan ts) => new TimeSpan(checked(_ticks + ts._ticks));
        public TimeSpan Subtract(TimeSpan ts) => new TimeSpan(checked(_ticks - ts._ticks));
        public TimeSpan Negate() => new TimeSpan(-_ticks);
        public TimeSpan Duration() => new TimeSpan(_ticks < 0 ? -_ticks : _ticks);
        public TimeSpan Multiply(double factor) => new TimeSpan((long)Math.Round(_ticks * factor));
        public TimeSpan Divide(double divisor) => new TimeSpan((long)Math.Round(_ticks / divisor));
        public double Divide(TimeSpan ts) => (double)_ticks / ts._ticks;
        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) => t1.Add(t2);
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => t1.Subtract(t2);
        public static TimeSpan operator -(TimeSpan t) => new TimeSpan(-t._ticks);
        public static TimeSpan operator +(TimeSpan t) => t;
        public static TimeSpan operator *(TimeSpan timeSpan, double factor) => timeSpan.Multiply(factor);
        public static TimeSpan operator *(double factor, TimeSpan timeSpan) => timeSpan.Multiply(factor);
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) => timeSpan.Divide(divisor);
        public static double operator /(TimeSpan t1, TimeSpan t2) => t1.Divide(t2);
        public static bool operator ==(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public static bool operator !=(TimeSpan t1, TimeSpan t2) => t1._ticks != t2._ticks;
        public static bool operator <(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks;
        public static bool operator <=(TimeSpan t1, TimeSpan t2) => t1._ticks <= t2._ticks;
        public static bool operator >(TimeSpan t1, TimeSpan t2) => t1._ticks > t2._ticks;
        public static bool operator >=(TimeSpan t1, TimeSpan t2) => t1._ticks >= t2._ticks;
        public static int Compare(TimeSpan t1, TimeSpan t2) => t1._ticks.CompareTo(t2._ticks);
        public int CompareTo(TimeSpan value) => _ticks.CompareTo(value._ticks);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is TimeSpan t)) throw new ArgumentException("Object must be of type TimeSpan.");
            return CompareTo(t);
        }
        public bool Equals(TimeSpan obj) => _ticks == obj._ticks;
        public override bool Equals(object value) => value is TimeSpan t && t._ticks == _ticks;
        public override int GetHashCode() => _ticks.GetHashCode();
        public override string ToString() => ToString("c");
        public string ToString(string format) => ToString(format, null);
        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (string.IsNullOrEmpty(format) || format == "c" || format == "t" || format == "T") return Standard(false, true);
            if (format == "g") return Standard(true, false);
            if (format == "G") return Standard(true, true);
            return DateTimeFormat.FormatTimeSpan(this, format);
        }
        private string Standard(bool general, bool longForm)
        {
            long t = _ticks;
            var sb = new System.Text.StringBuilder();
            if (t < 0) { sb.Append('-'); }
            ulong a = t < 0 ? (ulong)(-t) : (ulong)t;
            ulong days = a / (ulong)TicksPerDay;
            ulong rem = a % (ulong)TicksPerDay;
            int hours = (int)(rem / (ulong)TicksPerHour), minutes = (int)(rem / (ulong)TicksPerMinute % 60), seconds = (int)(rem / (ulong)TicksPerSecond % 60);
            int frac = (int)(rem % (ulong)TicksPerSecond);
            if (!general)
            {
                if (days > 0) { sb.Append(days.ToString()); sb.Append('.'); }
                sb.Append(hours.ToString("D2")); sb.Append(':'); sb.Append(minutes.ToString("D2")); sb.Append(':'); sb.Append(seconds.ToString("D2"));
                if (frac != 0) { sb.Append('.'); sb.Append(frac.ToString("D7")); }
                return sb.ToString();
            }
            if (longForm || days > 0) { sb.Append(days.ToString()); sb.Append(':'); }
            sb.Append(longForm ? hours.ToString("D2") : hours.ToString()); sb.Append(':'); sb.Append(minutes.ToString("D2")); sb.Append(':'); sb.Append(seconds.ToString("D2"));
            if (longForm) { sb.Append('.'); sb.Append(frac.ToString("D7")); }
            else if (frac != 0)
            {
                string f = frac.ToString("D7");
                int n = 7;
                while (n > 0 && f[n - 1] == '0') n--;
                sb.Append('.'); sb.Append(f.Substring(0, n));
            }
            return sb.ToString();
        }
        public static TimeSpan Parse(string s)
        {
            if (!TryParse(s, out TimeSpan r)) throw new FormatException("String '" + s + "' was not recognized as a valid TimeSpan.");
            return r;
        }
        public static TimeSpan Parse(string input, IFormatProvider formatProvider) => Parse(input);
        public static bool TryParse(string s, out TimeSpan result)
        {
            result = default;
            if (s == null) return false;
            s = s.Trim();
            bool neg = false;
            if (s.StartsWith('-')) { neg = true; s = s.Substring(1); }
            long days = 0;
            string[] parts = s.Split(':');
            string first = parts[0];
            int dot = first.IndexOf('.');
            if (parts.Length == 1)
            {
                if (!long.TryParse(first, out days)) return false;
                result = new TimeSpan((neg ? -1 : 1) * days * TicksPerDay);
                return true;
            }
            if (dot >= 0) { if (!long.TryParse(first.Substring(0, dot), out days)) return false; first = first.Substring(dot + 1); }
            if (!int.TryParse(first, out int h) || !int.TryParse(parts[1], out int m)) return false;
            long fracTicks = 0; int sec = 0;
            if (parts.Length > 2)
            {
                string sp = parts[2];
                int d2 = sp.IndexOf('.');
                if (d2 >= 0)
                {
                    string f = sp.Substring(d2 + 1);
                    if (f.Length > 7) return false;
                    fracTicks = long.Parse(f.PadRight(7, '0'));
                    sp = sp.Substring(0, d2);
                }
                if (!int.TryParse(sp, out sec)) return false;
            }
            if (h > 23 || m > 59 || sec > 59) return false;
            long ticks = days * TicksPerDay + h * TicksPerHour + m * TicksPerMinute + sec * TicksPerSecond + fracTicks;
            result = new TimeSpan(neg ? -ticks : ticks);
            return true;
        }
    }

    public readonly partial struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>, IFormattable
    {
        // One 64-bit field as in .NET: the ticks in the low 62 bits, the kind in the top two.
        private readonly ulong _dateData;
        private const ulong TicksMask = 0x3FFFFFFFFFFFFFFF;
        private long _ticks => (long)(_dateData & TicksMask);
        private DateTimeKind _kind => (DateTimeKind)(_dateData >> 62);
        private static ulong Pack(long ticks, DateTimeKind kind) => ((ulong)ticks & TicksMask) | ((ulong)kind << 62);
        internal const long MaxTicks = 3155378975999999999;
        public static readonly DateTime MinValue = new DateTime(0L);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks);
        public static readonly DateTime UnixEpoch = new DateTime(621355968000000000L, DateTimeKind.Utc);
        private static readonly int[] s_daysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] s_daysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long UtcNowTicks();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long LocalOffsetTicks();

        public DateTime(long ticks)
        {
            if ((ulong)ticks > MaxTicks) throw new ArgumentOutOfRangeException(nameof(ticks), "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            _dateData = (ulong)ticks;
        }
        public DateTime(long ticks, DateTimeKind kind) { _dateData = Pack(ticks, kind); }
        public DateTime(int year, int month, int day) { _dateData = (ulong)DateToTicks(year, month, day); }
        public DateTime(int year, int month, int day, int hour, int minute, int second) : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) : this(year, month, day, hour, minute, second, 0, kind) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if ((uint)hour >= 24 || (uint)minute >= 60 || (uint)second >= 60) throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            if ((uint)millisecond >= 1000) throw new ArgumentOutOfRangeException(nameof(millisecond), "Valid values are between 0 and 999, inclusive.");
            _dateData = Pack(DateToTicks(year, month, day) + hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond + millisecond * TimeSpan.TicksPerMillisecond, kind);
        }
        public DateTime(DateOnly date, TimeOnly time) { _dateData = (ulong)(date.DayNumber * TimeSpan.TicksPerDay + time.Ticks); }
        private static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12) throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            if (day < 1 || day > days[month] - days[month - 1]) throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int y = year - 1;
            int n = y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            return n * TimeSpan.TicksPerDay;
        }
        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year), "Year must be between 1 and 9999.");
            return (year & 3) == 0 && ((year & 15) == 0 || (year % 25) != 0);
        }
        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            return days[month] - days[month - 1];
        }
        private void GetDate(out int year, out int month, out int day)
        {
            int n = (int)(_ticks / TimeSpan.TicksPerDay);
            int y400 = n / 146097; n -= y400 * 146097;
            int y100 = n / 36524; if (y100 == 4) y100 = 3; n -= y100 * 36524;
            int y4 = n / 1461; n -= y4 * 1461;
            int y1 = n / 365; if (y1 == 4) y1 = 3;
            year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * 365;
            int[] days = (y1 == 3 && (y4 != 24 || y100 == 3)) ? s_daysToMonth366 : s_daysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= days[m]) m++;
            month = m;
            day = n - days[m - 1] + 1;
        }
        public int Year { get { GetDate(out int y, out _, out _); return y; } }
        public int Month { get { GetDate(out _, out int m, out _); return m; } }
        public int Day { get { GetDate(out _, out _, out int d); return d; } }
        public int Hour => (int)(_ticks / TimeSpan.TicksPerHour % 24);
        public int Minute => (int)(_ticks / TimeSpan.TicksPerMinute % 60);
        public int Second => (int)(_ticks / TimeSpan.TicksPerSecond % 60);
        public int Millisecond => (int)(_ticks / TimeSpan.TicksPerMillisecond % 1000);
        public int Microsecond => (int)(_ticks / TimeSpan.TicksPerMicrosecond % 1000);
        public int Nanosecond => (int)(_ticks % TimeSpan.TicksPerMicrosecond) * 100;
        public long Ticks => _ticks;
        public DateTimeKind Kind => _kind;
        public DayOfWeek DayOfWeek => (DayOfWeek)((_ticks / TimeSpan.TicksPerDay + 1) % 7);
        public int DayOfYear { get { GetDate(out int y, out int m, out int d); return (IsLeapYear(y) ? s_daysToMonth366 : s_daysToMonth365)[m - 1] + d; } }
        public DateTime Date => new DateTime(_ticks - _ticks % TimeSpan.TicksPerDay, _kind);
        public TimeSpan TimeOfDay => new TimeSpan(_ticks % TimeSpan.TicksPerDay);
        public static DateTime UtcNow => new DateTime(UtcNowTicks(), DateTimeKind.Utc);
        public static DateTime Now => new DateTime(UtcNowTicks() + LocalOffsetTicks(), DateTimeKind.Local);
        public static DateTime Today => Now.Date;
        private DateTime AddTicksChecked(long value)
        {
            long t = _ticks + value;
            if ((ulong)t > MaxTicks) throw new ArgumentOutOfRangeException("value", "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(t, _kind);
        }
        public DateTime Add(TimeSpan value) => AddTicksChecked(value.Ticks);
        public DateTime AddTicks(long value) => AddTicksChecked(value);
        private DateTime AddUnits(double value, long scale) => AddTicksChecked((long)Math.Round(value * scale));
        public DateTime AddDays(double value) => AddUnits(value, TimeSpan.TicksPerDay);
        public DateTime AddHours(double value) => AddUnits(value, TimeSpan.TicksPerHour);
        public DateTime AddMinutes(double value) => AddUnits(value, TimeSpan.TicksPerMinute);
        public DateTime AddSeconds(double value) => AddUnits(value, TimeSpan.TicksPerSecond);
        public DateTime AddMilliseconds(double value) => AddUnits(value, TimeSpan.TicksPerMillisecond);
        public DateTime AddMonths(int months)
        {
            GetDate(out int y, out int m, out int d);
            int i = m - 1 + months;
            if (i >= 0) { m = i % 12 + 1; y += i / 12; }
            else { m = 12 + (i + 1) % 12; y += (i - 11) / 12; }
            if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException(nameof(months), "The added or subtracted value results in an un-representable DateTime.");
            int dim = DaysInMonth(y, m);
            if (d > dim) d = dim;
            return new DateTime(DateToTicks(y, m, d) + _ticks % TimeSpan.TicksPerDay, _kind);
        }
        public DateTime AddYears(int value) => AddMonths(value * 12);
        public TimeSpan Subtract(DateTime value) => new TimeSpan(_ticks - value._ticks);
        public DateTime Subtract(TimeSpan value) => AddTicksChecked(-value.Ticks);
        public DateTime ToUniversalTime() => _kind == DateTimeKind.Utc ? this : new DateTime(_ticks - LocalOffsetTicks(), DateTimeKind.Utc);
        public DateTime ToLocalTime() => _kind == DateTimeKind.Local ? this : new DateTime(_ticks + LocalOffsetTicks(), DateTimeKind.Local);
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) => new DateTime(value._ticks, kind);
        public static DateTime operator +(DateTime d, TimeSpan t) => d.Add(t);
        public static DateTime operator -(DateTime d, TimeSpan t) => d.Subtract(t);
        public static TimeSpan operator -(DateTime d1, DateTime d2) => new TimeSpan(d1._ticks - d2._ticks);
        public static bool operator ==(DateTime d1, DateTime d2) => d1._ticks == d2._ticks;
        public static bool operator !=(DateTime d1, DateTime d2) => d1._ticks != d2._ticks;
        public static bool operator <(DateTime t1, DateTime t2) => t1._ticks < t2._ticks;
        public static bool operator <=(DateTime t1, DateTime t2) => t1._ticks <= t2._ticks;
        public static bool operator >(DateTime t1, DateTime t2) => t1._ticks > t2._ticks;
        public static bool operator >=(DateTime t1, DateTime t2) => t1._ticks >= t2._ticks;
        public static int Compare(DateTime t1, DateTime t2) => t1._ticks.CompareTo(t2._ticks);
        public int CompareTo(DateTime value) => _ticks.CompareTo(value._ticks);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is DateTime d)) throw new ArgumentException("Object must be of type DateTime.");
            return CompareTo(d);
        }
        public bool Equals(DateTime value) => _ticks == value._ticks;
        public override bool Equals(object value) => value is DateTime d && d._ticks == _ticks;
        public override int GetHashCode() => _ticks.GetHashCode();
        public override string ToString() => DateTimeFormat.Format(this, "G", TimeSpan.Zero, false);
        public string ToString(string format) => DateTimeFormat.Format(this, format, TimeSpan.Zero, false);
        public string ToString(IFormatProvider provider) => ToString();
        public string ToString(string format, IFormatProvider provider) => ToString(format);
        public string ToShortDateString() => ToString("d");
        public string ToLongDateString() => ToString("D");
        public string ToShortTimeString() => ToString("t");
        public string ToLongTimeString() => ToString("T");
        public string ToString(System.Globalization.CultureInfo ci) => ToString();
        public static DateTime ParseExact(string s, string format, IFormatProvider provider) => DateTimeFormat.ParseExact(s, format);
        public static DateTime Parse(string s) => DateTimeFormat.Parse(s);
        public static DateTime Parse(string s, IFormatProvider provider) => DateTimeFormat.Parse(s);
        public static bool TryParse(string s, out DateTime result)
        {
            try { result = DateTimeFormat.Parse(s); return true; } catch (FormatException) { result = default; return false; }
        }
        public long ToBinary() => _ticks | ((long)_kind << 62);
        public void Deconstruct(out DateOnly date, out TimeOnly time) { date = DateOnly.FromDateTime(this); time = TimeOnly.FromDateTime(this); }
        public void Deconstruct(out int year, out int month, out int day) { GetDate(out year, out month, out day); }
        public DateTime ToDateTime() => this;
    }

    public readonly struct DateTimeOffset : IComparable<DateTimeOffset>, IEquatable<DateTimeOffset>, IFormattable
    {
        private readonly DateTime _dateTime; // local clock time
        private readonly TimeSpan _offset;
        public DateTimeOffset(DateTime dateTime, TimeSpan offset) { _dateTime = new DateTime(dateTime.Ticks); _offset = offset; }
        public DateTimeOffset(DateTime dateTime) { _dateTime = new DateTime(dateTime.Ticks); _offset = TimeSpan.Zero; }
        public DateTimeOffset(long ticks, TimeSpan offset) { _dateTime = new DateTime(ticks); _offset = offset; }
        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, TimeSpan offset) { _dateTime = new DateTime(year, month, day, hour, minute, second); _offset = offset; }
        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, int millisecond, TimeSpan offset) { _dateTime = new DateTime(year, month, day, hour, minute, second, millisecond); _offset = offset; }
        public static DateTimeOffset UtcNow => new DateTimeOffset(DateTime.UtcNow);
        public static DateTimeOffset Now => new DateTimeOffset(DateTime.Now);
        public static readonly DateTimeOffset UnixEpoch = new DateTimeOffset(621355968000000000L, TimeSpan.Zero);
        public DateTime DateTime => _dateTime;
        public DateTime UtcDateTime => new DateTime(_dateTime.Ticks - _offset.Ticks, DateTimeKind.Utc);
        public DateTime LocalDateTime => UtcDateTime.ToLocalTime();
        public TimeSpan Offset => _offset;
        public long Ticks => _dateTime.Ticks;
        public long UtcTicks => _dateTime.Ticks - _offset.Ticks;
        public int Year => _dateTime.Year;
        public int Month => _dateTime.Month;
        public int Day => _dateTime.Day;
        public int Hour => _dateTime.Hour;
        public int Minute => _dateTime.Minute;
        public int Second => _dateTime.Second;
        public long ToUnixTimeSeconds() => (UtcTicks - 621355968000000000L) / TimeSpan.TicksPerSecond;
        public long ToUnixTimeMilliseconds() => (UtcTicks - 621355968000000000L) / TimeSpan.TicksPerMillisecond;
        public static DateTimeOffset FromUnixTimeSeconds(long seconds) => new DateTimeOffset(621355968000000000L + seconds * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        public static DateTimeOffset FromUnixTimeMilliseconds(long ms) => new DateTimeOffset(621355968000000000L + ms * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        public DateTimeOffset AddDays(double days) => new DateTimeOffset(_dateTime.AddDays(days), _offset);
        public DateTimeOffset AddHours(double hours) => new DateTimeOffset(_dateTime.AddHours(hours), _offset);
        public DateTimeOffset ToUniversalTime() => new DateTimeOffset(UtcDateTime, TimeSpan.Zero);
        public DateTimeOffset ToOffset(TimeSpan offset) => new DateTimeOffset(new DateTime(UtcTicks + offset.Ticks), offset);
        public int CompareTo(DateTimeOffset other) => UtcTicks.CompareTo(other.UtcTicks);
        public bool Equals(DateTimeOffset other) => UtcTicks == other.UtcTicks;
        public override bool Equals(object obj) => obj is DateTimeOffset o && Equals(o);
        public override int GetHashCode() => UtcTicks.GetHashCode();
        public static TimeSpan operator -(DateTimeOffset left, DateTimeOffset right) => new TimeSpan(left.UtcTicks - right.UtcTicks);
        public static bool operator ==(DateTimeOffset left, DateTimeOffset right) => left.Equals(right);
        public static bool operator !=(DateTimeOffset left, DateTimeOffset right) => !left.Equals(right);
        public static bool operator <(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks < right.UtcTicks;
        public static bool operator >(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks > right.UtcTicks;
        public override string ToString() => DateTimeFormat.Format(_dateTime, "G", _offset, true) + " " + DateTimeFormat.Format(_dateTime, "zzz", _offset, true);
        public string ToString(string format) => DateTimeFormat.Format(_dateTime, format, _offset, true);
        public string ToString(string format, IFormatProvider formatProvider) => ToString(format);
    }

    public readonly struct DateOnly : IComparable<DateOnly>, IEquatable<DateOnly>, IFormattable
    {
        private readonly int _dayNumber;
        public DateOnly(int year, int month, int day) { _dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay); }
        private DateOnly(int dayNumber, bool _) { _dayNumber = dayNumber; }
        public static DateOnly FromDayNumber(int dayNumber) => new DateOnly(dayNumber, true);
        public static DateOnly FromDateTime(DateTime dateTime) => new DateOnly((int)(dateTime.Ticks / TimeSpan.TicksPerDay), true);
        public static DateOnly MinValue => default;
        public int DayNumber => _dayNumber;
        private DateTime DT => new DateTime(_dayNumber * TimeSpan.TicksPerDay);
        public int Year => DT.Year;
        public int Month => DT.Month;
        public int Day => DT.Day;
        public DayOfWeek DayOfWeek => DT.DayOfWeek;
        public int DayOfYear => DT.DayOfYear;
        public DateOnly AddDays(int value) => new DateOnly(_dayNumber + value, true);
        public void Deconstruct(out int year, out int month, out int day) { year = Year; month = Month; day = Day; }
        public DateOnly AddMonths(int value) => FromDateTime(DT.AddMonths(value));
        public DateOnly AddYears(int value) => FromDateTime(DT.AddYears(value));
        public DateTime ToDateTime(TimeOnly time) => new DateTime(_dayNumber * TimeSpan.TicksPerDay + time.Ticks);
        public int CompareTo(DateOnly value) => _dayNumber.CompareTo(value._dayNumber);
        public bool Equals(DateOnly value) => _dayNumber == value._dayNumber;
        public override bool Equals(object value) => value is DateOnly d && d._dayNumber == _dayNumber;
        public override int GetHashCode() => _dayNumber;
        public static bool operator ==(DateOnly left, DateOnly right) => left._dayNumber == right._dayNumber;
        public static bool operator !=(DateOnly left, DateOnly right) => left._dayNumber != right._dayNumber;
        public static bool operator <(DateOnly left, DateOnly right) => left._dayNumber < right._dayNumber;
        public static bool operator >(DateOnly left, DateOnly right) => left._dayNumber > right._dayNumber;
        public override string ToString() => DT.ToString("d");
        public string ToString(string format) => DT.ToString(format ?? "d");
        public string ToString(string format, IFormatProvider provider) => ToString(format);
    }

    public readonly struct TimeOnly : IComparable<TimeOnly>, IEquatable<TimeOnly>, IFormattable
    {
        private readonly long _ticks;
        public TimeOnly(long ticks) { _ticks = ticks; }
        public TimeOnly(int hour, int minute) : this(hour, minute, 0) { }
        public TimeOnly(int hour, int minute, int second) { _ticks = new TimeSpan(hour, minute, second).Ticks; }
        public TimeOnly(int hour, int minute, int second, int millisecond) { _ticks = new TimeSpan(0, hour, minute, second, millisecond).Ticks; }
        public long Ticks => _ticks;
        public int Hour => (int)(_ticks / TimeSpan.TicksPerHour);
        public int Minute => (int)(_ticks / TimeSpan.TicksPerMinute % 60);
        public int Second => (int)(_ticks / TimeSpan.TicksPerSecond % 60);
        public int Millisecond => (int)(_ticks / TimeSpan.TicksPerMillisecond % 1000);
        public TimeOnly Add(TimeSpan value)
        {
            long t = (_ticks + value.Ticks) % TimeSpan.TicksPerDay;
            if (t < 0) t += TimeSpan.TicksPerDay;
            return new TimeOnly(t);
        }
        public TimeOnly AddHours(double value) => Add(TimeSpan.FromHours(value));
        public TimeOnly AddMinutes(double value) => Add(TimeSpan.FromMinutes(value));
        public TimeSpan ToTimeSpan() => new TimeSpan(_ticks);
        public void Deconstruct(out int hour, out int minute) { hour = Hour; minute = Minute; }
        public void Deconstruct(out int hour, out int minute, out int second) { hour = Hour; minute = Minute; second = Second; }
        public static TimeOnly FromDateTime(DateTime dateTime) => new TimeOnly(dateTime.TimeOfDay.Ticks);
        public static TimeOnly FromTimeSpan(TimeSpan timeSpan) => new TimeOnly(timeSpan.Ticks);
        public int CompareTo(TimeOnly value) => _ticks.CompareTo(value._ticks);
        public bool Equals(TimeOnly value) => _ticks == value._ticks;
        public override bool Equals(object value) => value is TimeOnly t && t._ticks == _ticks;
        public override int GetHashCode() => _ticks.GetHashCode();
        public static bool operator ==(TimeOnly left, TimeOnly right) => left._ticks == right._ticks;
        public static bool operator !=(TimeOnly left, TimeOnly right) => left._ticks != right._ticks;
        public static bool operator <(TimeOnly left, TimeOnly right) => left._ticks < right._ticks;
        public static bool operator >(TimeOnly left, TimeOnly right) => left._ticks > right._ticks;
        public static TimeSpan operator -(TimeOnly t1, TimeOnly t2) { long d = t1._ticks - t2._ticks; if (d < 0) d += TimeSpan.TicksPerDay; return new TimeSpan(d); }
        public override string ToString() => new DateTime(_ticks).ToString("t");
        public string ToString(string format) => new DateTime(_ticks).ToString(format ?? "t");
        public string ToString(string format, IFormatProvider provider) => ToString(format);
    }

    /// <summary>Invariant-culture DateTime/TimeSpan formatting and parsing.</summary>
    internal static class DateTimeFormat
    {
        private static readonly string[] s_dayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        private static readonly string[] s_monthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
        private static string Expand(string format, bool isOffset)
        {
            if (format.Length != 1) return format;
            switch (format[0])
            {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'm': case 'M': return "MMMM dd";
                case 'o': case 'O': return isOffset ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffzzz" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'r': case 'R': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'y': case 'Y': return "yyyy MMMM";
                default: throw new FormatException("Input string was not in a correct format.");
            }
        }
        internal static string Format(DateTime dt, string format, TimeSpan offset, bool isOffset)
        {
            if (string.IsNullOrEmpty(format)) format = "G";
            if (format.Length == 1 && (format[0] == 'R' || format[0] == 'r' || format[0] == 'u') && isOffset) dt = new DateTime(dt.Ticks - offset.Ticks);
            string f = Expand(format, isOffset);
            var sb = new System.Text.StringBuilder();
            int i = 0;
            while (i < f.Length)
            {
                char c = f[i];
                int n = 1;
                while (i + n < f.Length && f[i + n] == c && c != '\'' && c != '"' && c != '\\') n++;
                switch (c)
                {
                    case 'y':
                        if (n == 1) sb.Append((dt.Year % 100).ToString());
                        else if (n == 2) sb.Append((dt.Year % 100).ToString("D2"));
                        else sb.Append(dt.Year.ToString("D" + n.ToString()));
                        break;
                    case 'M':
                        if (n == 1) sb.Append(dt.Month.ToString());
                        else if (n == 2) sb.Append(dt.Month.ToString("D2"));
                        else if (n == 3) sb.Append(s_monthNames[dt.Month - 1].Substring(0, 3));
                        else sb.Append(s_monthNames[dt.Month - 1]);
                        break;
                    case 'd':
                        if (n == 1) sb.Append(dt.Day.ToString());
                        else if (n == 2) sb.Append(dt.Day.ToString("D2"));
                        else if (n == 3) sb.Append(s_dayNames[(int)dt.DayOfWeek].Substring(0, 3));
                        else sb.Append(s_dayNames[(int)dt.DayOfWeek]);
                        break;
                    case 'h': { int h = dt.Hour % 12; if (h == 0) h = 12; sb.Append(n == 1 ? h.ToString() : h.ToString("D2")); break; }
                    case 'H': sb.Append(n == 1 ? dt.Hour.ToString() : dt.Hour.ToString("D2")); break;
                    case 'm': sb.Append(n == 1 ? dt.Minute.ToString() : dt.Minute.ToString("D2")); break;
                    case 's': sb.Append(n == 1 ? dt.Second.ToString() : dt.Second.ToString("D2")); break;
                    case 't': { string ampm = dt.Hour < 12 ? "AM" : "PM"; sb.Append(n == 1 ? ampm.Substring(0, 1) : ampm); break; }
                    case 'f': case 'F':
                    {
                        long frac = dt.Ticks % TimeSpan.TicksPerSecond;
                        string s = frac.ToString("D7").Substring(0, Math.Min(n, 7));
                        if (c == 'F') { int k = s.Length; while (k > 0 && s[k - 1] == '0') k--; s = s.Substring(0, k); if (s.Length == 0 && sb.Length > 0 && sb[sb.Length - 1] == '.') sb.Length--; }
                        sb.Append(s);
                        break;
                    }
                    case 'K':
                        if (isOffset) AppendOffset(sb, offset, true);
                        else if (dt.Kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (dt.Kind == DateTimeKind.Local) AppendOffset(sb, TimeSpan.Zero, true);
                        break;
                    case 'z':
                        if (n == 1) { sb.Append(offset.Ticks < 0 ? '-' : '+'); sb.Append(Math.Abs(offset.Hours).ToString()); }
                        else if (n == 2) { sb.Append(offset.Ticks < 0 ? '-' : '+'); sb.Append(Math.Abs(offset.Hours).ToString("D2")); }
                        else AppendOffset(sb, offset, true);
                        break;
                    case ':': sb.Append(':'); break;
                    case '/': sb.Append('/'); break;
                    case '\'': case '"':
                    {
                        int j = i + 1;
                        while (j < f.Length && f[j] != c) { if (f[j] == '\\' && j + 1 < f.Length) j++; sb.Append(f[j]); j++; }
                        i = j + 1;
                        continue;
                    }
                    case '\\':
                        if (i + 1 < f.Length) sb.Append(f[i + 1]);
                        i += 2;
                        continue;
                    case '%': break;
                    default: for (int k = 0; k < n; k++) sb.Append(c); break;
                }
                i += n;
            }
            return sb.ToString();
        }
        private static void AppendOffset(System.Text.StringBuilder sb, TimeSpan offset, bool colon)
        {
            long t = offset.Ticks;
            sb.Append(t < 0 ? '-' : '+');
            if (t < 0) t = -t;
            var o = new TimeSpan(t);
            sb.Append(o.Hours.ToString("D2"));
            if (colon) sb.Append(':');
            sb.Append(o.Minutes.ToString("D2"));
        }
        internal static string FormatTimeSpan(TimeSpan ts, string f)
        {
            var sb = new System.Text.StringBuilder();
            long t = ts.Ticks < 0 ? -ts.Ticks : ts.Ticks;
            var a = new TimeSpan(t);
            int i = 0;
            while (i < f.Length)
            {
                char c = f[i];
                int n = 1;
                while (i + n < f.Length && f[i + n] == c && c != '\'' && c != '\\') n++;
                switch (c)
                {
                    case 'd': sb.Append(a.Days.ToString("D" + n.ToString())); break;
                    case 'h': sb.Append(n == 1 ? a.Hours.ToString() : a.Hours.ToString("D2")); break;
                    case 'm': sb.Append(n == 1 ? a.Minutes.ToString() : a.Minutes.ToString("D2")); break;
                    case 's': sb.Append(n == 1 ? a.Seconds.ToString() : a.Seconds.ToString("D2")); break;
                    case 'f': case 'F':
                    {
                        string s = (t % TimeSpan.TicksPerSecond).ToString("D7").Substring(0, Math.Min(n, 7));
                        if (c == 'F') { int k = s.Length; while (k > 0 && s[k - 1] == '0') k--; s = s.Substring(0, k); }
                        sb.Append(s);
                        break;
                    }
                    case '\'':
                    {
                        int j = i + 1;
                        while (j < f.Length && f[j] != '\'') sb.Append(f[j++]);
                        i = j + 1;
                        continue;
                    }
                    case '\\':
                        if (i + 1 < f.Length) sb.Append(f[i + 1]);
                        i += 2;
                        continue;
                    default: throw new FormatException("Input string was not in a correct format.");
                }
                i += n;
            }
            return sb.ToString();
        }
        internal static DateTime ParseExact(string s, string format)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            string f = Expand(format, false);
            int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0;
            int si = 0, i = 0;
            bool pm = false, hasAmPm = false;
            while (i < f.Length)
            {
                char c = f[i];
                int n = 1;
                while (i + n < f.Length && f[i + n] == c) n++;
                if ("yMdHhmsft".IndexOf(c) >= 0)
                {
                    if (c == 't')
                    {
                        string ap = s.Substring(si, Math.Min(2, s.Length - si));
                        hasAmPm = true; pm = ap.StartsWith("P"); si += n == 1 ? 1 : 2;
                    }
                    else if (c == 'M' && n >= 3)
                    {
                        int found = -1;
                        for (int k = 0; k < 12; k++)
                        {
                            string name = n == 3 ? s_monthNames[k].Substring(0, 3) : s_monthNames[k];
                            if (string.CompareOrdinal(s, si, name, 0, name.Length) == 0) { found = k; si += name.Length; break; }
                        }
                        if (found < 0) throw Bad(s);
                        month = found + 1;
                    }
                    else
                    {
                        int max = n == 1 ? 2 : n;
                        if (c == 'y' && n >= 3) max = n;
                        int start = si;
                        while (si < s.Length && si - start < max && char.IsDigit(s[si])) si++;
                        if (si == start) throw Bad(s);
                        int v = int.Parse(s.Substring(start, si - start));
                        switch (c)
                        {
                            case 'y': year = n <= 2 ? 2000 + v : v; break;
                            case 'M': month = v; break;
                            case 'd': day = v; break;
                            case 'H': case 'h': hour = v; break;
                            case 'm': minute = v; break;
                            case 's': second = v; break;
                            case 'f': ms = (int)(v * Math.Pow(10, 3 - n)); break;
                        }
                    }
                    i += n;
                }
                else if (c == '\'')
                {
                    int j = i + 1;
                    while (j < f.Length && f[j] != '\'') { if (si >= s.Length || s[si] != f[j]) throw Bad(s); si++; j++; }
                    i = j + 1;
                }
                else
                {
                    for (int k = 0; k < n; k++) { if (si >= s.Length || s[si] != c) throw Bad(s); si++; }
                    i += n;
                }
            }
            if (si != s.Length) throw Bad(s);
            if (hasAmPm) { if (pm && hour < 12) hour += 12; else if (!pm && hour == 12) hour = 0; }
            return new DateTime(year, month, day, hour, minute, second, ms);
        }
        private static FormatException Bad(string s) => new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
        internal static DateTime Parse(string s)
        {
            string[] formats = { "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm" };
            foreach (string f in formats)
            {
                try { return ParseExact(s.Trim(), f); } catch (FormatException) { } catch (ArgumentOutOfRangeException) { }
            }
            throw Bad(s);
        }
    }
}
