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
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double ParseDouble(string s, bool isSingle);
    }

    public interface IFormatProvider { object GetFormat(Type formatType); }
    public interface IFormattable { string ToString(string format, IFormatProvider formatProvider); }
    public interface IComparable { int CompareTo(object obj); }
    public interface IComparable<in T> { int CompareTo(T other); }
    public interface IEquatable<T> { bool Equals(T other); }
    public interface IDisposable { void Dispose(); }
    public interface ICloneable { object Clone(); }

    public readonly struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>
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
        public static bool Parse(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            string t = value.Trim();
            if (string.Equals(t, "True", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(t, "False", StringComparison.OrdinalIgnoreCase)) return false;
            throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
        }
    }

    public readonly struct Char : IComparable, IComparable<char>, IEquatable<char>
    {
        private readonly char m_value;
        public const char MinValue = '\0';
        public const char MaxValue = '\uffff';
        public override string ToString() => string.CreateFromChar(m_value);
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
        public static bool IsDigit(char c) => c >= '0' && c <= '9';
        public static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && CharInfo(c, 0));
        public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);
        public static bool IsWhiteSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085' || (c > 255 && CharInfo(c, 1));
        public static bool IsUpper(char c) => (c >= 'A' && c <= 'Z') || (c > 127 && CharInfo(c, 2));
        public static bool IsLower(char c) => (c >= 'a' && c <= 'z') || (c > 127 && CharInfo(c, 3));
        public static bool IsPunctuation(char c) => CharInfo(c, 4);
        public static char ToUpper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c < 128 ? c : ToUpperInvariantSlow(c);
        public static char ToLower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c < 128 ? c : ToLowerInvariantSlow(c);
        public static char ToUpperInvariant(char c) => ToUpper(c);
        public static char ToLowerInvariant(char c) => ToLower(c);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool CharInfo(char c, int query);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern char ToUpperInvariantSlow(char c);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern char ToLowerInvariantSlow(char c);
    }

    public readonly struct Double : IComparable, IFormattable, IComparable<double>, IEquatable<double>
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
        public override string ToString() => Number.FormatDouble(m_value, false, null);
        public string ToString(string format) => Number.FormatDouble(m_value, false, format);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, false, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, false, format);
        public override bool Equals(object obj) => obj is double d && (d == m_value || (IsNaN(d) && IsNaN(m_value)));
        public bool Equals(double obj) => obj == m_value || (IsNaN(obj) && IsNaN(m_value));
        public override int GetHashCode()
        {
            double v = m_value;
            if (v == 0) v = 0; // +0 and -0 hash alike
            long bits = BitConverter.DoubleToInt64Bits(v);
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
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
        }
    }

    public readonly struct Single : IComparable, IFormattable, IComparable<float>, IEquatable<float>
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
        public override string ToString() => Number.FormatDouble(m_value, true, null);
        public string ToString(string format) => Number.FormatDouble(m_value, true, format);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, true, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, true, format);
        public override bool Equals(object obj) => obj is float f && (f == m_value || (IsNaN(f) && IsNaN(m_value)));
        public bool Equals(float obj) => obj == m_value || (IsNaN(obj) && IsNaN(m_value));
        public override int GetHashCode() => BitConverter.SingleToInt32Bits(m_value == 0 ? 0 : m_value);
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
    }

    public static class BitConverter
    {
        public static unsafe long DoubleToInt64Bits(double value) => *(long*)&value;
        public static unsafe double Int64BitsToDouble(long value) => *(double*)&value;
        public static unsafe int SingleToInt32Bits(float value) => *(int*)&value;
        public static unsafe float Int32BitsToSingle(int value) => *(float*)&value;
        public static readonly bool IsLittleEndian = true;
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
