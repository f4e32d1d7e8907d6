using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Bridges to the runtime's number formatting (lib/runtime/number-format.ts).</summary>
    internal static class Number
    {
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatInt32(int value, string kind, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatInt64(long value, string kind, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatUInt64(ulong value, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatDouble(double value, bool isSingle, string format);
        /// <summary>Throws FormatException/OverflowException as .NET does; returns the value as a long.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long ParseInt64(string s, string kind);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern ulong ParseUInt64(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long ParseInt64Styles(string s, string kind, int styles);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double ParseDouble(string s, bool isSingle);
    }

    public interface IFormatProvider { object GetFormat(Type formatType); }
    public interface IFormattable { string ToString(string format, IFormatProvider formatProvider); }
    public interface ISpanFormattable : IFormattable
    {
        bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider);
    }
    public interface IParsable<TSelf> where TSelf : IParsable<TSelf>
    {
        static abstract TSelf Parse(string s, IFormatProvider provider);
        static abstract bool TryParse(string s, IFormatProvider provider, out TSelf result);
    }
    public interface ISpanParsable<TSelf> : IParsable<TSelf> where TSelf : ISpanParsable<TSelf>
    {
        static abstract TSelf Parse(ReadOnlySpan<char> s, IFormatProvider provider);
        static abstract bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out TSelf result);
    }
    public interface IComparable { int CompareTo(object obj); }
    public interface IComparable<in T> { int CompareTo(T other); }
    public interface IEquatable<T> { bool Equals(T other); }
    public interface IDisposable { void Dispose(); }
    public interface ICloneable { object Clone(); }

    public readonly partial struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>
    {
        private readonly bool m_value;
        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";
        public override string ToString() => m_value ? "True" : "False";
        public string ToString(IFormatProvider provider) => ToString();
        public override bool Equals(object obj) => obj is bool b && b == m_value;
        public bool Equals(bool obj) => obj == m_value;
        public override int GetHashCode() => m_value ? 1 : 0;
        public int CompareTo(bool value) => m_value == value ? 0 : m_value ? 1 : -1;
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is bool b) return CompareTo(b);
            throw new ArgumentException("Object must be of type Boolean.");
        }
        public TypeCode GetTypeCode() => TypeCode.Boolean;
        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null) return false;
            string t = value.Trim();
            if (string.Equals(t, "True", StringComparison.OrdinalIgnoreCase)) { result = true; return true; }
            return string.Equals(t, "False", StringComparison.OrdinalIgnoreCase);
        }
        public static bool Parse(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            string t = value.Trim();
            if (string.Equals(t, "True", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(t, "False", StringComparison.OrdinalIgnoreCase)) return false;
            throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
        }
    }

    public readonly partial struct Char : IComparable, IComparable<char>, IEquatable<char>, IFormattable
    {
        private readonly char m_value;
        public const char MinValue = '\0';
        public const char MaxValue = '\uffff';
        public override string ToString() => string.CreateFromChar(m_value);
        public string ToString(IFormatProvider provider) => string.CreateFromChar(m_value);
        string IFormattable.ToString(string format, IFormatProvider provider) => string.CreateFromChar(m_value);
        public static string ToString(char c) => string.CreateFromChar(c);
        public override bool Equals(object obj) => obj is char c && c == m_value;
        public bool Equals(char obj) => obj == m_value;
        public override int GetHashCode() => (int)m_value | ((int)m_value << 16);
        public int CompareTo(char value) => m_value - value;
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is char c) return CompareTo(c);
            throw new ArgumentException("Object must be of type Char.");
        }
        public TypeCode GetTypeCode() => TypeCode.Char;
        public static char Parse(string s)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }
        public static bool TryParse(string s, out char result)
        {
            if (s == null || s.Length != 1) { result = '\0'; return false; }
            result = s[0];
            return true;
        }
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int CategoryOf(int codePoint);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double NumericValue(int codePoint);
        public static System.Globalization.UnicodeCategory GetUnicodeCategory(char c) => (System.Globalization.UnicodeCategory)CategoryOf(c);
        public static System.Globalization.UnicodeCategory GetUnicodeCategory(string s, int index) => (System.Globalization.UnicodeCategory)CategoryOf(CodePointAt(s, index));
        private static int CodePointAt(string s, int index)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
            char c = s[index];
            if (IsHighSurrogate(c) && index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
            return c;
        }
        private static bool InCats(int cat, int lo, int hi) => cat >= lo && cat <= hi;
        public static bool IsDigit(char c) => c <= '9' ? c >= '0' : c > 255 && CategoryOf(c) == 8;
        public static bool IsDigit(string s, int index) => CategoryOf(CodePointAt(s, index)) == 8;
        public static bool IsLetter(char c) => c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : CategoryOf(c) <= 4;
        public static bool IsLetter(string s, int index) => CategoryOf(CodePointAt(s, index)) <= 4;
        public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);
        public static bool IsLetterOrDigit(string s, int index) { int k = CategoryOf(CodePointAt(s, index)); return k <= 4 || k == 8; }
        public static bool IsWhiteSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085' || (c > 255 && InCats(CategoryOf(c), 11, 13));
        public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(s[index]);
        public static bool IsUpper(char c) => c < 128 ? c >= 'A' && c <= 'Z' : CategoryOf(c) == 0;
        public static bool IsUpper(string s, int index) => CategoryOf(CodePointAt(s, index)) == 0;
        public static bool IsLower(char c) => c < 128 ? c >= 'a' && c <= 'z' : CategoryOf(c) == 1;
        public static bool IsLower(string s, int index) => CategoryOf(CodePointAt(s, index)) == 1;
        public static bool IsPunctuation(char c) => InCats(CategoryOf(c), 18, 24);
        public static bool IsPunctuation(string s, int index) => InCats(CategoryOf(CodePointAt(s, index)), 18, 24);
        public static bool IsSymbol(char c) => InCats(CategoryOf(c), 25, 28);
        public static bool IsSymbol(string s, int index) => InCats(CategoryOf(CodePointAt(s, index)), 25, 28);
        public static bool IsSeparator(char c) => InCats(CategoryOf(c), 11, 13);
        public static bool IsControl(char c) => CategoryOf(c) == 14;
        public static bool IsControl(string s, int index) => CategoryOf(CodePointAt(s, index)) == 14;
        public static bool IsNumber(char c) => InCats(CategoryOf(c), 8, 10);
        public static bool IsNumber(string s, int index) => InCats(CategoryOf(CodePointAt(s, index)), 8, 10);
        public static bool IsSurrogate(char c) => c >= '\ud800' && c <= '\udfff';
        public static bool IsSurrogate(string s, int index) => IsSurrogate(s[index]);
        public static bool IsHighSurrogate(char c) => c >= '\ud800' && c <= '\udbff';
        public static bool IsHighSurrogate(string s, int index) => IsHighSurrogate(s[index]);
        public static bool IsLowSurrogate(char c) => c >= '\udc00' && c <= '\udfff';
        public static bool IsLowSurrogate(string s, int index) => IsLowSurrogate(s[index]);
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) => IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);
        public static bool IsSurrogatePair(string s, int index) => index + 1 < s.Length && IsSurrogatePair(s[index], s[index + 1]);
        public static bool IsAscii(char c) => c < 128;
        public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
        public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        public static bool IsAsciiLetterLower(char c) => c >= 'a' && c <= 'z';
        public static bool IsAsciiLetterUpper(char c) => c >= 'A' && c <= 'Z';
        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
        public static bool IsAsciiHexDigit(char c) => IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        public static bool IsAsciiHexDigitUpper(char c) => IsAsciiDigit(c) || (c >= 'A' && c <= 'F');
        public static bool IsAsciiHexDigitLower(char c) => IsAsciiDigit(c) || (c >= 'a' && c <= 'f');
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) => (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive);
        public static double GetNumericValue(char c) => NumericValue(c);
        public static double GetNumericValue(string s, int index) => NumericValue(CodePointAt(s, index));
        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate)) throw new ArgumentOutOfRangeException(nameof(highSurrogate), "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate)) throw new ArgumentOutOfRangeException(nameof(lowSurrogate), "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        }
        public static int ConvertToUtf32(string s, int index)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
            char c = s[index];
            if (IsHighSurrogate(c))
            {
                if (index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
                throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", nameof(s));
            }
            if (IsLowSurrogate(c)) throw new ArgumentException("Found a low surrogate char without a preceding high surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", nameof(s));
            return c;
        }
        public static string ConvertFromUtf32(int utf32)
        {
            if ((uint)utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF)) throw new ArgumentOutOfRangeException(nameof(utf32), "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000) return string.CreateFromChar((char)utf32);
            utf32 -= 0x10000;
            return new string(new char[] { (char)(0xD800 + (utf32 >> 10)), (char)(0xDC00 + (utf32 & 0x3FF)) });
        }
        public static char ToUpper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c < 128 ? c : ToUpperInvariantSlow(c);
        public static char ToLower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c < 128 ? c : ToLowerInvariantSlow(c);
        public static char ToUpper(char c, System.Globalization.CultureInfo culture) => ToUpper(c);
        public static char ToLower(char c, System.Globalization.CultureInfo culture) => ToLower(c);
        public static char ToUpperInvariant(char c) => ToUpper(c);
        public static char ToLowerInvariant(char c) => ToLower(c);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern char ToUpperInvariantSlow(char c);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern char ToLowerInvariantSlow(char c);
    }

    public readonly partial struct Double : IComparable, IFormattable, IComparable<double>, IEquatable<double>
    {
        private readonly double m_value;
        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NaN = 0.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NegativeInfinity = -1.0 / 0.0;
        public static bool IsNaN(double d) => d != d;
        public static bool IsInfinity(double d) => d == PositiveInfinity || d == NegativeInfinity;
        public static bool IsPositiveInfinity(double d) => d == PositiveInfinity;
        public static bool IsNegativeInfinity(double d) => d == NegativeInfinity;
        public static bool IsFinite(double d) => !IsNaN(d) && !IsInfinity(d);
        public static bool IsNegative(double d) => BitConverter.DoubleToInt64Bits(d) < 0;
        public static bool IsPositive(double d) => BitConverter.DoubleToInt64Bits(d) >= 0;
        public static bool IsNormal(double d) { long bits = BitConverter.DoubleToInt64Bits(d) & long.MaxValue; return bits < 0x7FF0000000000000L && bits != 0 && (bits & 0x7FF0000000000000L) != 0; }
        public static bool IsSubnormal(double d) { long bits = BitConverter.DoubleToInt64Bits(d) & long.MaxValue; return bits < 0x7FF0000000000000L && bits != 0 && (bits & 0x7FF0000000000000L) == 0; }
        public static bool IsInteger(double d) => IsFinite(d) && d == Math.Truncate(d);
        public static bool IsEvenInteger(double d) => IsInteger(d) && Math.Abs(d % 2) == 0;
        public static bool IsOddInteger(double d) => IsInteger(d) && Math.Abs(d % 2) == 1;
        public static double Max(double x, double y) => Math.Max(x, y);
        public static double Min(double x, double y) => Math.Min(x, y);
        public static double MaxNumber(double x, double y) => IsNaN(x) ? y : IsNaN(y) ? x : Math.Max(x, y);
        public static double MinNumber(double x, double y) => IsNaN(x) ? y : IsNaN(y) ? x : Math.Min(x, y);
        public static double Abs(double value) => Math.Abs(value);
        public static double CopySign(double value, double sign) => Math.CopySign(value, sign);
        public static double MaxMagnitude(double x, double y) => Math.MaxMagnitude(x, y);
        public static double MinMagnitude(double x, double y) => Math.MinMagnitude(x, y);
        public static double Clamp(double value, double min, double max) => Math.Clamp(value, min, max);
        public static int Sign(double value) => Math.Sign(value);
        public static double Round(double x) => Math.Round(x);
        public static double Round(double x, int digits) => Math.Round(x, digits);
        public static double Floor(double x) => Math.Floor(x);
        public static double Ceiling(double x) => Math.Ceiling(x);
        public static double Truncate(double x) => Math.Truncate(x);
        public static double Sqrt(double x) => Math.Sqrt(x);
        public static double Pow(double x, double y) => Math.Pow(x, y);
        public static double Lerp(double value1, double value2, double amount) => (value1 * (1.0 - amount)) + (value2 * amount);
        public static double DegreesToRadians(double degrees) => degrees * Math.PI / 180.0;
        public static double RadiansToDegrees(double radians) => radians * 180.0 / Math.PI;
        public TypeCode GetTypeCode() => TypeCode.Double;
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
        public static double Parse(string s, IFormatProvider provider) => Parse(s);
        public static double Parse(string s, System.Globalization.NumberStyles style) => Parse(s);
        public static double Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(s);
        public static double Parse(ReadOnlySpan<char> s, IFormatProvider provider = null) => Parse(new string(s));
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out double result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, out double result) => TryParse(new string(s), out result);
        public override string ToString() => Number.FormatDouble(m_value, false, null);
        public string ToString(string format) => Number.FormatDouble(m_value, false, format);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, false, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, false, format);
        public override bool Equals(object obj) => obj is double d && (d == m_value || (IsNaN(d) && IsNaN(m_value)));
        public bool Equals(double obj) => obj == m_value || (IsNaN(obj) && IsNaN(m_value));
        public override int GetHashCode()
        {
            long bits = BitConverter.DoubleToInt64Bits(m_value);
            // Every NaN and both zeros hash alike (only the exponent bits are kept), as in .NET.
            if (m_value == 0 || m_value != m_value) bits &= 0x7FF0000000000000;
            return (int)bits ^ (int)(bits >> 32);
        }
        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is double d) return CompareTo(d);
            throw new ArgumentException("Object must be of type Double.");
        }
        public static double Parse(string s) => Number.ParseDouble(s, false);
        public static bool TryParse(string s, out double result)
        {
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
        }
    }

    public readonly partial struct Single : IComparable, IFormattable, IComparable<float>, IEquatable<float>
    {
        private readonly float m_value;
        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NaN = 0.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public static bool IsNaN(float f) => f != f;
        public static bool IsInfinity(float f) => f == PositiveInfinity || f == NegativeInfinity;
        public static bool IsFinite(float f) => !IsNaN(f) && !IsInfinity(f);
        public static bool IsNegative(float f) => BitConverter.SingleToInt32Bits(f) < 0;
        public static bool IsPositiveInfinity(float f) => f == PositiveInfinity;
        public static bool IsNegativeInfinity(float f) => f == NegativeInfinity;
        public static float Max(float x, float y) => Math.Max(x, y);
        public static float Min(float x, float y) => Math.Min(x, y);
        public static float Abs(float x) => Math.Abs(x);
        public static float CopySign(float value, float sign) => MathF.CopySign(value, sign);
        public TypeCode GetTypeCode() => TypeCode.Single;
        public static bool TryParse(string s, out float result)
        {
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
        }
        public static float Parse(string s, IFormatProvider provider) => Parse(s);
        public override string ToString() => Number.FormatDouble(m_value, true, null);
        public string ToString(string format) => Number.FormatDouble(m_value, true, format);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, true, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, true, format);
        public override bool Equals(object obj) => obj is float f && (f == m_value || (IsNaN(f) && IsNaN(m_value)));
        public bool Equals(float obj) => obj == m_value || (IsNaN(obj) && IsNaN(m_value));
        public override int GetHashCode()
        {
            int bits = BitConverter.SingleToInt32Bits(m_value);
            if (m_value == 0 || m_value != m_value) bits &= 0x7F800000;
            return bits;
        }
        public int CompareTo(float value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is float f) return CompareTo(f);
            throw new ArgumentException("Object must be of type Single.");
        }
        public static float Parse(string s) => (float)Number.ParseDouble(s, true);
        public static float Parse(string s, System.Globalization.NumberStyles style) => Parse(s);
        public static float Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(s);
        public static float Parse(ReadOnlySpan<char> s, IFormatProvider provider = null) => Parse(new string(s));
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out float result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, out float result) => TryParse(new string(s), out result);
        public static bool IsNormal(float f) { int bits = BitConverter.SingleToInt32Bits(f) & 0x7FFFFFFF; return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) != 0; }
        public static bool IsSubnormal(float f) { int bits = BitConverter.SingleToInt32Bits(f) & 0x7FFFFFFF; return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) == 0; }
        public static bool IsPositive(float f) => BitConverter.SingleToInt32Bits(f) >= 0;
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
    }

    public static class BitConverter
    {
        public static unsafe long DoubleToInt64Bits(double value) => *(long*)&value;
        public static unsafe double Int64BitsToDouble(long value) => *(double*)&value;
        public static unsafe int SingleToInt32Bits(float value) => *(int*)&value;
        public static unsafe float Int32BitsToSingle(int value) => *(float*)&value;
        public static readonly bool IsLittleEndian = true;
        public static byte[] GetBytes(bool value) => new byte[] { value ? (byte)1 : (byte)0 };
        public static byte[] GetBytes(char value) => GetBytes((short)value);
        public static byte[] GetBytes(short value) => new byte[] { (byte)value, (byte)(value >> 8) };
        public static byte[] GetBytes(ushort value) => GetBytes((short)value);
        public static byte[] GetBytes(int value) => new byte[] { (byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24) };
        public static byte[] GetBytes(uint value) => GetBytes((int)value);
        public static byte[] GetBytes(long value) { byte[] r = new byte[8]; for (int i = 0; i < 8; i++) r[i] = (byte)(value >> (8 * i)); return r; }
        public static byte[] GetBytes(ulong value) => GetBytes((long)value);
        public static byte[] GetBytes(float value) => GetBytes(SingleToInt32Bits(value));
        public static byte[] GetBytes(double value) => GetBytes(DoubleToInt64Bits(value));
        public static short ToInt16(byte[] value, int startIndex) => (short)(value[startIndex] | (value[startIndex + 1] << 8));
        public static ushort ToUInt16(byte[] value, int startIndex) => (ushort)ToInt16(value, startIndex);
        public static int ToInt32(byte[] value, int startIndex) => value[startIndex] | (value[startIndex + 1] << 8) | (value[startIndex + 2] << 16) | (value[startIndex + 3] << 24);
        public static uint ToUInt32(byte[] value, int startIndex) => (uint)ToInt32(value, startIndex);
        public static long ToInt64(byte[] value, int startIndex) => (uint)ToInt32(value, startIndex) | ((long)ToInt32(value, startIndex + 4) << 32);
        public static ulong ToUInt64(byte[] value, int startIndex) => (ulong)ToInt64(value, startIndex);
        public static double ToDouble(byte[] value, int startIndex) => Int64BitsToDouble(ToInt64(value, startIndex));
        public static float ToSingle(byte[] value, int startIndex) => Int32BitsToSingle(ToInt32(value, startIndex));
        public static bool ToBoolean(byte[] value, int startIndex) => value[startIndex] != 0;
        public static string ToString(byte[] value) => ToString(value, 0, value.Length);
        public static string ToString(byte[] value, int startIndex) => ToString(value, startIndex, value.Length - startIndex);
        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (length == 0) return "";
            const string hex = "0123456789ABCDEF";
            char[] c = new char[length * 3 - 1];
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                c[3 * i] = hex[b >> 4]; c[3 * i + 1] = hex[b & 15];
                if (i + 1 < length) c[3 * i + 2] = '-';
            }
            return new string(c);
        }
        public static ulong DoubleToUInt64Bits(double value) => (ulong)DoubleToInt64Bits(value);
        public static double UInt64BitsToDouble(ulong value) => Int64BitsToDouble((long)value);
        public static uint SingleToUInt32Bits(float value) => (uint)SingleToInt32Bits(value);
        public static float UInt32BitsToSingle(uint value) => Int32BitsToSingle((int)value);
        public static short HalfToInt16Bits(Half value) => (short)value.Bits;
        public static ushort HalfToUInt16Bits(Half value) => value.Bits;
        public static Half Int16BitsToHalf(short value) => Half.FromBits((ushort)value);
        public static Half UInt16BitsToHalf(ushort value) => Half.FromBits(value);
        public static byte[] GetBytes(Half value) => GetBytes((short)value.Bits);
        public static Half ToHalf(byte[] value, int startIndex) => Half.FromBits((ushort)ToInt16(value, startIndex));
    }

    public unsafe readonly struct IntPtr : IEquatable<IntPtr>
    {
        private readonly void* _value;
        public static readonly IntPtr Zero;
        public IntPtr(int value) { _value = (void*)value; }
        public IntPtr(long value) { _value = (void*)(int)value; }
        public IntPtr(void* value) { _value = value; }
        public static int Size => 4;
        public int ToInt32() => (int)_value;
        public long ToInt64() => (int)_value;
        public void* ToPointer() => _value;
        public override string ToString() => ((int)_value).ToString();
        public override bool Equals(object obj) => obj is IntPtr p && p._value == _value;
        public bool Equals(IntPtr other) => other._value == _value;
        public override int GetHashCode() => (int)_value;
        public static explicit operator IntPtr(int value) => new IntPtr(value);
        public static explicit operator IntPtr(long value) => new IntPtr(value);
        public static explicit operator IntPtr(void* value) => new IntPtr(value);
        public static explicit operator void*(IntPtr value) => value._value;
        public static explicit operator int(IntPtr value) => (int)value._value;
        public static explicit operator long(IntPtr value) => (int)value._value;
        public static bool operator ==(IntPtr a, IntPtr b) => a._value == b._value;
        public static bool operator !=(IntPtr a, IntPtr b) => a._value != b._value;
    }

    public unsafe readonly struct UIntPtr : IEquatable<UIntPtr>
    {
        private readonly void* _value;
        public static readonly UIntPtr Zero;
        public UIntPtr(uint value) { _value = (void*)value; }
        public UIntPtr(void* value) { _value = value; }
        public static int Size => 4;
        public uint ToUInt32() => (uint)_value;
        public override string ToString() => ((uint)_value).ToString();
        public override bool Equals(object obj) => obj is UIntPtr p && p._value == _value;
        public bool Equals(UIntPtr other) => other._value == _value;
        public override int GetHashCode() => (int)_value;
    }
}
