// Integer primitive types. Formatting and parsing go to the runtime (lib/runtime/number-format.ts).
using System.Runtime.CompilerServices;

namespace System
{
    public readonly struct SByte : IComparable, IFormattable, IComparable<SByte>, IEquatable<SByte>
    {
        private readonly sbyte m_value;
        public const sbyte MinValue = -128;
        public const sbyte MaxValue = 127;
        public override string ToString() => Number.FormatInt32((int)m_value, "i8", null);
        public string ToString(string format) => Number.FormatInt32((int)m_value, "i8", format);
        public string ToString(IFormatProvider provider) => Number.FormatInt32((int)m_value, "i8", null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInt32((int)m_value, "i8", format);
        public override bool Equals(object obj) => obj is SByte other && other.m_value == m_value;
        public bool Equals(SByte obj) => obj.m_value == m_value;
        public override int GetHashCode() => (int)m_value;
        public int CompareTo(SByte value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is SByte other) return CompareTo(other);
            throw new ArgumentException("Object must be of type SByte.");
        }
        public static sbyte Parse(string s) => (sbyte)Number.ParseInt64(s, "i8");
        public static bool TryParse(string s, out sbyte result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

    public readonly struct Byte : IComparable, IFormattable, IComparable<Byte>, IEquatable<Byte>
    {
        private readonly byte m_value;
        public const byte MinValue = 0;
        public const byte MaxValue = 255;
        public override string ToString() => Number.FormatInt32((int)m_value, "u8", null);
        public string ToString(string format) => Number.FormatInt32((int)m_value, "u8", format);
        public string ToString(IFormatProvider provider) => Number.FormatInt32((int)m_value, "u8", null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInt32((int)m_value, "u8", format);
        public override bool Equals(object obj) => obj is Byte other && other.m_value == m_value;
        public bool Equals(Byte obj) => obj.m_value == m_value;
        public override int GetHashCode() => (int)m_value;
        public int CompareTo(Byte value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Byte other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Byte.");
        }
        public static byte Parse(string s) => (byte)Number.ParseInt64(s, "u8");
        public static bool TryParse(string s, out byte result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

    public readonly struct Int16 : IComparable, IFormattable, IComparable<Int16>, IEquatable<Int16>
    {
        private readonly short m_value;
        public const short MinValue = -32768;
        public const short MaxValue = 32767;
        public override string ToString() => Number.FormatInt32((int)m_value, "i16", null);
        public string ToString(string format) => Number.FormatInt32((int)m_value, "i16", format);
        public string ToString(IFormatProvider provider) => Number.FormatInt32((int)m_value, "i16", null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInt32((int)m_value, "i16", format);
        public override bool Equals(object obj) => obj is Int16 other && other.m_value == m_value;
        public bool Equals(Int16 obj) => obj.m_value == m_value;
        public override int GetHashCode() => (int)m_value;
        public int CompareTo(Int16 value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Int16 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int16.");
        }
        public static short Parse(string s) => (short)Number.ParseInt64(s, "i16");
        public static bool TryParse(string s, out short result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

    public readonly struct UInt16 : IComparable, IFormattable, IComparable<UInt16>, IEquatable<UInt16>
    {
        private readonly ushort m_value;
        public const ushort MinValue = 0;
        public const ushort MaxValue = 65535;
        public override string ToString() => Number.FormatInt32((int)m_value, "u16", null);
        public string ToString(string format) => Number.FormatInt32((int)m_value, "u16", format);
        public string ToString(IFormatProvider provider) => Number.FormatInt32((int)m_value, "u16", null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInt32((int)m_value, "u16", format);
        public override bool Equals(object obj) => obj is UInt16 other && other.m_value == m_value;
        public bool Equals(UInt16 obj) => obj.m_value == m_value;
        public override int GetHashCode() => (int)m_value;
        public int CompareTo(UInt16 value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UInt16 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt16.");
        }
        public static ushort Parse(string s) => (ushort)Number.ParseInt64(s, "u16");
        public static bool TryParse(string s, out ushort result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

    public readonly struct Int32 : IComparable, IFormattable, IComparable<Int32>, IEquatable<Int32>
    {
        private readonly int m_value;
        public const int MinValue = -2147483647 - 1;
        public const int MaxValue = 2147483647;
        public override string ToString() => Number.FormatInt32((int)m_value, "i32", null);
        public string ToString(string format) => Number.FormatInt32((int)m_value, "i32", format);
        public string ToString(IFormatProvider provider) => Number.FormatInt32((int)m_value, "i32", null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInt32((int)m_value, "i32", format);
        public override bool Equals(object obj) => obj is Int32 other && other.m_value == m_value;
        public bool Equals(Int32 obj) => obj.m_value == m_value;
        public override int GetHashCode() => m_value;
        public int CompareTo(Int32 value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Int32 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int32.");
        }
        public static int Parse(string s) => (int)Number.ParseInt64(s, "i32");
        public static bool TryParse(string s, out int result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

    public readonly struct UInt32 : IComparable, IFormattable, IComparable<UInt32>, IEquatable<UInt32>
    {
        private readonly uint m_value;
        public const uint MinValue = 0;
        public const uint MaxValue = 4294967295;
        public override string ToString() => Number.FormatInt64((long)m_value, "u32", null);
        public string ToString(string format) => Number.FormatInt64((long)m_value, "u32", format);
        public string ToString(IFormatProvider provider) => Number.FormatInt64((long)m_value, "u32", null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInt64((long)m_value, "u32", format);
        public override bool Equals(object obj) => obj is UInt32 other && other.m_value == m_value;
        public bool Equals(UInt32 obj) => obj.m_value == m_value;
        public override int GetHashCode() => (int)m_value;
        public int CompareTo(UInt32 value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UInt32 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt32.");
        }
        public static uint Parse(string s) => (uint)Number.ParseInt64(s, "u32");
        public static bool TryParse(string s, out uint result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

    public readonly struct Int64 : IComparable, IFormattable, IComparable<Int64>, IEquatable<Int64>
    {
        private readonly long m_value;
        public const long MinValue = -9223372036854775807L - 1;
        public const long MaxValue = 9223372036854775807;
        public override string ToString() => Number.FormatInt64((long)m_value, "i64", null);
        public string ToString(string format) => Number.FormatInt64((long)m_value, "i64", format);
        public string ToString(IFormatProvider provider) => Number.FormatInt64((long)m_value, "i64", null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInt64((long)m_value, "i64", format);
        public override bool Equals(object obj) => obj is Int64 other && other.m_value == m_value;
        public bool Equals(Int64 obj) => obj.m_value == m_value;
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public int CompareTo(Int64 value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Int64 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int64.");
        }
        public static long Parse(string s) => (long)Number.ParseInt64(s, "i64");
        public static bool TryParse(string s, out long result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

    public readonly struct UInt64 : IComparable, IFormattable, IComparable<UInt64>, IEquatable<UInt64>
    {
        private readonly ulong m_value;
        public const ulong MinValue = 0;
        public const ulong MaxValue = 18446744073709551615;
        public override string ToString() => Number.FormatUInt64(m_value, null);
        public string ToString(string format) => Number.FormatUInt64(m_value, format);
        public string ToString(IFormatProvider provider) => Number.FormatUInt64(m_value, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatUInt64(m_value, format);
        public override bool Equals(object obj) => obj is UInt64 other && other.m_value == m_value;
        public bool Equals(UInt64 obj) => obj.m_value == m_value;
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public int CompareTo(UInt64 value) => m_value < value.m_value ? -1 : m_value > value.m_value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UInt64 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt64.");
        }
        public static ulong Parse(string s) => (ulong)Number.ParseUInt64(s);
        public static bool TryParse(string s, out ulong result)
        {
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }
    }

}
