// Integer primitive types. Formatting and parsing go to the runtime (lib/runtime/number-format.ts).
using System.Runtime.CompilerServices;

namespace System
{
    public readonly partial struct SByte : IComparable, IFormattable, IComparable<SByte>, IEquatable<SByte>
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
        public int CompareTo(SByte value) => m_value - value.m_value;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is SByte other) return CompareTo(other);
            throw new ArgumentException("Object must be of type SByte.");
        }
        public static sbyte Parse(string s) => (sbyte)Number.ParseInt64(s, "i8");
        public static bool TryParse(string s, out sbyte result)
        {
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static sbyte Max(sbyte x, sbyte y) => x >= y ? x : y;
        public static sbyte Min(sbyte x, sbyte y) => x <= y ? x : y;
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(sbyte value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(sbyte value) => value >= 0;
        public static bool IsNegative(sbyte value) => value < 0;
        public static bool IsEvenInteger(sbyte value) => (value & 1) == 0;
        public static bool IsOddInteger(sbyte value) => (value & 1) != 0;
        public static bool IsPow2(sbyte value) => value > 0 && (value & (value - 1)) == 0;
        public static sbyte LeadingZeroCount(sbyte value) => (sbyte)(System.Numerics.BitOperations.LeadingZeroCount(((uint)((sbyte)value))) - 24);
        public static sbyte TrailingZeroCount(sbyte value) => (sbyte)(value == 0 ? 8 : System.Numerics.BitOperations.TrailingZeroCount(((uint)((sbyte)value))));
        public static sbyte PopCount(sbyte value) => (sbyte)System.Numerics.BitOperations.PopCount(((uint)((sbyte)value)));
        public static sbyte Log2(sbyte value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (sbyte)System.Numerics.BitOperations.Log2(((uint)((sbyte)value))); }
        public static sbyte RotateLeft(sbyte value, int rotateAmount) => (sbyte)((((uint)((sbyte)value)) << (rotateAmount & 7)) | (((uint)((sbyte)value)) >> ((8 - rotateAmount) & 7)));
        public static sbyte RotateRight(sbyte value, int rotateAmount) => (sbyte)((((uint)((sbyte)value)) >> (rotateAmount & 7)) | (((uint)((sbyte)value)) << ((8 - rotateAmount) & 7)));
        public static (sbyte Quotient, sbyte Remainder) DivRem(sbyte left, sbyte right) => ((sbyte)(left / right), (sbyte)(left % right));
        public TypeCode GetTypeCode() => TypeCode.SByte;
        public static sbyte Parse(string s, IFormatProvider provider) => Parse(s);
        public static sbyte Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static sbyte Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (sbyte)Number.ParseInt64Styles(s, "i8", (int)style);
        }
        public static sbyte Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static sbyte Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out sbyte result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out sbyte result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
        public static sbyte Abs(sbyte value) { if (value < 0) { if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return (sbyte)(-value); } return value; }
        public static sbyte CopySign(sbyte value, sbyte sign) => (sbyte)((value < 0) == (sign < 0) ? value : -value);
    }

    public readonly partial struct Byte : IComparable, IFormattable, IComparable<Byte>, IEquatable<Byte>
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
        public int CompareTo(Byte value) => m_value - value.m_value;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Byte other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Byte.");
        }
        public static byte Parse(string s) => (byte)Number.ParseInt64(s, "u8");
        public static bool TryParse(string s, out byte result)
        {
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static byte Max(byte x, byte y) => x >= y ? x : y;
        public static byte Min(byte x, byte y) => x <= y ? x : y;
        public static byte Clamp(byte value, byte min, byte max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(byte value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(byte value) => value >= 0;
        public static bool IsNegative(byte value) => value < 0;
        public static bool IsEvenInteger(byte value) => (value & 1) == 0;
        public static bool IsOddInteger(byte value) => (value & 1) != 0;
        public static bool IsPow2(byte value) => value > 0 && (value & (value - 1)) == 0;
        public static byte LeadingZeroCount(byte value) => (byte)(System.Numerics.BitOperations.LeadingZeroCount(((uint)((byte)value))) - 24);
        public static byte TrailingZeroCount(byte value) => (byte)(value == 0 ? 8 : System.Numerics.BitOperations.TrailingZeroCount(((uint)((byte)value))));
        public static byte PopCount(byte value) => (byte)System.Numerics.BitOperations.PopCount(((uint)((byte)value)));
        public static byte Log2(byte value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (byte)System.Numerics.BitOperations.Log2(((uint)((byte)value))); }
        public static byte RotateLeft(byte value, int rotateAmount) => (byte)((((uint)((byte)value)) << (rotateAmount & 7)) | (((uint)((byte)value)) >> ((8 - rotateAmount) & 7)));
        public static byte RotateRight(byte value, int rotateAmount) => (byte)((((uint)((byte)value)) >> (rotateAmount & 7)) | (((uint)((byte)value)) << ((8 - rotateAmount) & 7)));
        public static (byte Quotient, byte Remainder) DivRem(byte left, byte right) => ((byte)(left / right), (byte)(left % right));
        public TypeCode GetTypeCode() => TypeCode.Byte;
        public static byte Parse(string s, IFormatProvider provider) => Parse(s);
        public static byte Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static byte Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (byte)Number.ParseInt64Styles(s, "u8", (int)style);
        }
        public static byte Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static byte Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out byte result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out byte result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out byte result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
    }

    public readonly partial struct Int16 : IComparable, IFormattable, IComparable<Int16>, IEquatable<Int16>
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
        public int CompareTo(Int16 value) => m_value - value.m_value;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Int16 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int16.");
        }
        public static short Parse(string s) => (short)Number.ParseInt64(s, "i16");
        public static bool TryParse(string s, out short result)
        {
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static short Max(short x, short y) => x >= y ? x : y;
        public static short Min(short x, short y) => x <= y ? x : y;
        public static short Clamp(short value, short min, short max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(short value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(short value) => value >= 0;
        public static bool IsNegative(short value) => value < 0;
        public static bool IsEvenInteger(short value) => (value & 1) == 0;
        public static bool IsOddInteger(short value) => (value & 1) != 0;
        public static bool IsPow2(short value) => value > 0 && (value & (value - 1)) == 0;
        public static short LeadingZeroCount(short value) => (short)(System.Numerics.BitOperations.LeadingZeroCount(((uint)((short)value))) - 16);
        public static short TrailingZeroCount(short value) => (short)(value == 0 ? 16 : System.Numerics.BitOperations.TrailingZeroCount(((uint)((short)value))));
        public static short PopCount(short value) => (short)System.Numerics.BitOperations.PopCount(((uint)((short)value)));
        public static short Log2(short value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (short)System.Numerics.BitOperations.Log2(((uint)((short)value))); }
        public static short RotateLeft(short value, int rotateAmount) => (short)((((uint)((short)value)) << (rotateAmount & 15)) | (((uint)((short)value)) >> ((16 - rotateAmount) & 15)));
        public static short RotateRight(short value, int rotateAmount) => (short)((((uint)((short)value)) >> (rotateAmount & 15)) | (((uint)((short)value)) << ((16 - rotateAmount) & 15)));
        public static (short Quotient, short Remainder) DivRem(short left, short right) => ((short)(left / right), (short)(left % right));
        public TypeCode GetTypeCode() => TypeCode.Int16;
        public static short Parse(string s, IFormatProvider provider) => Parse(s);
        public static short Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static short Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (short)Number.ParseInt64Styles(s, "i16", (int)style);
        }
        public static short Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static short Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out short result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out short result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out short result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
        public static short Abs(short value) { if (value < 0) { if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return (short)(-value); } return value; }
        public static short CopySign(short value, short sign) => (short)((value < 0) == (sign < 0) ? value : -value);
    }

    public readonly partial struct UInt16 : IComparable, IFormattable, IComparable<UInt16>, IEquatable<UInt16>
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
        public int CompareTo(UInt16 value) => m_value - value.m_value;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UInt16 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt16.");
        }
        public static ushort Parse(string s) => (ushort)Number.ParseInt64(s, "u16");
        public static bool TryParse(string s, out ushort result)
        {
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static ushort Max(ushort x, ushort y) => x >= y ? x : y;
        public static ushort Min(ushort x, ushort y) => x <= y ? x : y;
        public static ushort Clamp(ushort value, ushort min, ushort max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(ushort value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(ushort value) => value >= 0;
        public static bool IsNegative(ushort value) => value < 0;
        public static bool IsEvenInteger(ushort value) => (value & 1) == 0;
        public static bool IsOddInteger(ushort value) => (value & 1) != 0;
        public static bool IsPow2(ushort value) => value > 0 && (value & (value - 1)) == 0;
        public static ushort LeadingZeroCount(ushort value) => (ushort)(System.Numerics.BitOperations.LeadingZeroCount(((uint)((ushort)value))) - 16);
        public static ushort TrailingZeroCount(ushort value) => (ushort)(value == 0 ? 16 : System.Numerics.BitOperations.TrailingZeroCount(((uint)((ushort)value))));
        public static ushort PopCount(ushort value) => (ushort)System.Numerics.BitOperations.PopCount(((uint)((ushort)value)));
        public static ushort Log2(ushort value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (ushort)System.Numerics.BitOperations.Log2(((uint)((ushort)value))); }
        public static ushort RotateLeft(ushort value, int rotateAmount) => (ushort)((((uint)((ushort)value)) << (rotateAmount & 15)) | (((uint)((ushort)value)) >> ((16 - rotateAmount) & 15)));
        public static ushort RotateRight(ushort value, int rotateAmount) => (ushort)((((uint)((ushort)value)) >> (rotateAmount & 15)) | (((uint)((ushort)value)) << ((16 - rotateAmount) & 15)));
        public static (ushort Quotient, ushort Remainder) DivRem(ushort left, ushort right) => ((ushort)(left / right), (ushort)(left % right));
        public TypeCode GetTypeCode() => TypeCode.UInt16;
        public static ushort Parse(string s, IFormatProvider provider) => Parse(s);
        public static ushort Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static ushort Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (ushort)Number.ParseInt64Styles(s, "u16", (int)style);
        }
        public static ushort Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static ushort Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out ushort result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out ushort result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out ushort result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
    }

    public readonly partial struct Int32 : IComparable, IFormattable, IComparable<Int32>, IEquatable<Int32>
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
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static int Max(int x, int y) => x >= y ? x : y;
        public static int Min(int x, int y) => x <= y ? x : y;
        public static int Clamp(int value, int min, int max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(int value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(int value) => value >= 0;
        public static bool IsNegative(int value) => value < 0;
        public static bool IsEvenInteger(int value) => (value & 1) == 0;
        public static bool IsOddInteger(int value) => (value & 1) != 0;
        public static bool IsPow2(int value) => value > 0 && (value & (value - 1)) == 0;
        public static int LeadingZeroCount(int value) => (int)(System.Numerics.BitOperations.LeadingZeroCount(((uint)value)) - 0);
        public static int TrailingZeroCount(int value) => (int)(value == 0 ? 32 : System.Numerics.BitOperations.TrailingZeroCount(((uint)value)));
        public static int PopCount(int value) => (int)System.Numerics.BitOperations.PopCount(((uint)value));
        public static int Log2(int value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (int)System.Numerics.BitOperations.Log2(((uint)value)); }
        public static int RotateLeft(int value, int rotateAmount) => (int)((((uint)value) << (rotateAmount & 31)) | (((uint)value) >> ((32 - rotateAmount) & 31)));
        public static int RotateRight(int value, int rotateAmount) => (int)((((uint)value) >> (rotateAmount & 31)) | (((uint)value) << ((32 - rotateAmount) & 31)));
        public static (int Quotient, int Remainder) DivRem(int left, int right) => ((int)(left / right), (int)(left % right));
        public TypeCode GetTypeCode() => TypeCode.Int32;
        public static int Parse(string s, IFormatProvider provider) => Parse(s);
        public static int Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static int Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (int)Number.ParseInt64Styles(s, "i32", (int)style);
        }
        public static int Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static int Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out int result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out int result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out int result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
        public static int Abs(int value) { if (value < 0) { if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return (int)(-value); } return value; }
        public static int CopySign(int value, int sign) => (int)((value < 0) == (sign < 0) ? value : -value);
    }

    public readonly partial struct UInt32 : IComparable, IFormattable, IComparable<UInt32>, IEquatable<UInt32>
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
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static uint Max(uint x, uint y) => x >= y ? x : y;
        public static uint Min(uint x, uint y) => x <= y ? x : y;
        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(uint value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(uint value) => value >= 0;
        public static bool IsNegative(uint value) => value < 0;
        public static bool IsEvenInteger(uint value) => (value & 1) == 0;
        public static bool IsOddInteger(uint value) => (value & 1) != 0;
        public static bool IsPow2(uint value) => value > 0 && (value & (value - 1)) == 0;
        public static uint LeadingZeroCount(uint value) => (uint)(System.Numerics.BitOperations.LeadingZeroCount(((uint)value)) - 0);
        public static uint TrailingZeroCount(uint value) => (uint)(value == 0 ? 32 : System.Numerics.BitOperations.TrailingZeroCount(((uint)value)));
        public static uint PopCount(uint value) => (uint)System.Numerics.BitOperations.PopCount(((uint)value));
        public static uint Log2(uint value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (uint)System.Numerics.BitOperations.Log2(((uint)value)); }
        public static uint RotateLeft(uint value, int rotateAmount) => (uint)((((uint)value) << (rotateAmount & 31)) | (((uint)value) >> ((32 - rotateAmount) & 31)));
        public static uint RotateRight(uint value, int rotateAmount) => (uint)((((uint)value) >> (rotateAmount & 31)) | (((uint)value) << ((32 - rotateAmount) & 31)));
        public static (uint Quotient, uint Remainder) DivRem(uint left, uint right) => ((uint)(left / right), (uint)(left % right));
        public TypeCode GetTypeCode() => TypeCode.UInt32;
        public static uint Parse(string s, IFormatProvider provider) => Parse(s);
        public static uint Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static uint Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (uint)Number.ParseInt64Styles(s, "u32", (int)style);
        }
        public static uint Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static uint Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out uint result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out uint result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out uint result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
    }

    public readonly partial struct Int64 : IComparable, IFormattable, IComparable<Int64>, IEquatable<Int64>
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
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static long Max(long x, long y) => x >= y ? x : y;
        public static long Min(long x, long y) => x <= y ? x : y;
        public static long Clamp(long value, long min, long max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(long value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(long value) => value >= 0;
        public static bool IsNegative(long value) => value < 0;
        public static bool IsEvenInteger(long value) => (value & 1) == 0;
        public static bool IsOddInteger(long value) => (value & 1) != 0;
        public static bool IsPow2(long value) => value > 0 && (value & (value - 1)) == 0;
        public static long LeadingZeroCount(long value) => (long)(System.Numerics.BitOperations.LeadingZeroCount(((ulong)value)) - 0);
        public static long TrailingZeroCount(long value) => (long)(value == 0 ? 64 : System.Numerics.BitOperations.TrailingZeroCount(((ulong)value)));
        public static long PopCount(long value) => (long)System.Numerics.BitOperations.PopCount(((ulong)value));
        public static long Log2(long value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (long)System.Numerics.BitOperations.Log2(((ulong)value)); }
        public static long RotateLeft(long value, int rotateAmount) => (long)((((ulong)value) << (rotateAmount & 63)) | (((ulong)value) >> ((64 - rotateAmount) & 63)));
        public static long RotateRight(long value, int rotateAmount) => (long)((((ulong)value) >> (rotateAmount & 63)) | (((ulong)value) << ((64 - rotateAmount) & 63)));
        public static (long Quotient, long Remainder) DivRem(long left, long right) => ((long)(left / right), (long)(left % right));
        public TypeCode GetTypeCode() => TypeCode.Int64;
        public static long Parse(string s, IFormatProvider provider) => Parse(s);
        public static long Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static long Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (long)Number.ParseInt64Styles(s, "i64", (int)style);
        }
        public static long Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static long Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out long result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out long result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out long result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
        public static long Abs(long value) { if (value < 0) { if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return (long)(-value); } return value; }
        public static long CopySign(long value, long sign) => (long)((value < 0) == (sign < 0) ? value : -value);
    }

    public readonly partial struct UInt64 : IComparable, IFormattable, IComparable<UInt64>, IEquatable<UInt64>
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
            if (s == null) { result = 0; return false; }
            try { result = Parse(s); return true; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
        }

        public static ulong Max(ulong x, ulong y) => x >= y ? x : y;
        public static ulong Min(ulong x, ulong y) => x <= y ? x : y;
        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(ulong value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsPositive(ulong value) => value >= 0;
        public static bool IsNegative(ulong value) => value < 0;
        public static bool IsEvenInteger(ulong value) => (value & 1) == 0;
        public static bool IsOddInteger(ulong value) => (value & 1) != 0;
        public static bool IsPow2(ulong value) => value > 0 && (value & (value - 1)) == 0;
        public static ulong LeadingZeroCount(ulong value) => (ulong)(System.Numerics.BitOperations.LeadingZeroCount(((ulong)value)) - 0);
        public static ulong TrailingZeroCount(ulong value) => (ulong)(value == 0 ? 64 : System.Numerics.BitOperations.TrailingZeroCount(((ulong)value)));
        public static ulong PopCount(ulong value) => (ulong)System.Numerics.BitOperations.PopCount(((ulong)value));
        public static ulong Log2(ulong value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive."); return (ulong)System.Numerics.BitOperations.Log2(((ulong)value)); }
        public static ulong RotateLeft(ulong value, int rotateAmount) => (ulong)((((ulong)value) << (rotateAmount & 63)) | (((ulong)value) >> ((64 - rotateAmount) & 63)));
        public static ulong RotateRight(ulong value, int rotateAmount) => (ulong)((((ulong)value) >> (rotateAmount & 63)) | (((ulong)value) << ((64 - rotateAmount) & 63)));
        public static (ulong Quotient, ulong Remainder) DivRem(ulong left, ulong right) => ((ulong)(left / right), (ulong)(left % right));
        public TypeCode GetTypeCode() => TypeCode.UInt64;
        public static ulong Parse(string s, IFormatProvider provider) => Parse(s);
        public static ulong Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static ulong Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return (ulong)Number.ParseInt64Styles(s, "u64", (int)style);
        }
        public static ulong Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(s), style, provider);
        public static ulong Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));
        public static bool TryParse(ReadOnlySpan<char> s, out ulong result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out ulong result) => TryParse(s, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out ulong result)
        {
            try { result = Parse(s, style, provider); return s != null; }
            catch (FormatException) { result = 0; return false; }
            catch (OverflowException) { result = 0; return false; }
            catch (ArgumentNullException) { result = 0; return false; }
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string str = ToString(format.Length == 0 ? null : new string(format));
            if (str.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < str.Length; i++) destination[i] = str[i];
            charsWritten = str.Length;
            return true;
        }
    }

}
