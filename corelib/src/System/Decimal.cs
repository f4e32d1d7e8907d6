using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>
    /// 96-bit integer mantissa with a power-of-ten scale (0..28) and a sign, laid out as .NET's
    /// (flags, hi32, lo64). The arithmetic is exact with .NET's rounding (round half to even when
    /// a result needs more than 96 bits or 28 decimal places); it is done by the runtime.
    /// </summary>
    public readonly partial struct Decimal : IComparable, IFormattable, IComparable<decimal>, IEquatable<decimal>
    {
        private readonly int _flags;
        private readonly uint _hi32;
        private readonly ulong _lo64;

        // The _padN statics work around dotnode's static layout, which gives a static field of
        // the declaring struct's own type 8 bytes (lib/types/layout.ts): each 16-byte decimal
        // spills into the pad after it instead of into the next constant.
        public const decimal Zero = 0m;
        private static readonly long _pad0;
        public const decimal One = 1m;
        private static readonly long _pad1;
        public const decimal MinusOne = -1m;
        private static readonly long _pad2;
        public const decimal MaxValue = 79228162514264337593543950335m;
        private static readonly long _pad3;
        public const decimal MinValue = -79228162514264337593543950335m;
        private static readonly long _pad4;

        // op: 0 add, 1 sub, 2 mul, 3 div, 4 rem
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void Arith(int op, ref decimal a, ref decimal b, ref decimal result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int CompareCore(ref decimal a, ref decimal b);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void RoundCore(ref decimal a, int decimals, int mode, ref decimal result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void FromDouble(double value, bool isSingle, ref decimal result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double ToDoubleCore(ref decimal a);
        /// <summary>kind: 0 = long (Int64 range), 1 = ulong; throws OverflowException naming typeName.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long ToInt64Core(ref decimal a, string typeName, long min, long max);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string FormatCore(ref decimal a, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool ParseCore(string s, bool throwOnError, ref decimal result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool ParseStyleCore(string s, int style, bool throwOnError, ref decimal result);

        public Decimal(int value)
        {
            _flags = value < 0 ? unchecked((int)0x80000000) : 0;
            _hi32 = 0;
            _lo64 = value < 0 ? (ulong)(-(long)value) : (ulong)value;
        }
        public Decimal(uint value) { _flags = 0; _hi32 = 0; _lo64 = value; }
        public Decimal(long value)
        {
            _flags = value < 0 ? unchecked((int)0x80000000) : 0;
            _hi32 = 0;
            _lo64 = value < 0 ? (ulong)(-value) : (ulong)value;
        }
        public Decimal(ulong value) { _flags = 0; _hi32 = 0; _lo64 = value; }
        public Decimal(float value) { this = default; FromDouble(value, true, ref this); }
        public Decimal(double value) { this = default; FromDouble(value, false, ref this); }
        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > 28) throw new ArgumentOutOfRangeException(nameof(scale), "Decimal's scale value must be between 0 and 28, inclusive.");
            _lo64 = (uint)lo | ((ulong)(uint)mid << 32);
            _hi32 = (uint)hi;
            _flags = (scale << 16) | (isNegative ? unchecked((int)0x80000000) : 0);
        }
        public Decimal(int[] bits)
        {
            if (bits == null) throw new ArgumentNullException(nameof(bits));
            if (bits.Length != 4 || (bits[3] & 0x7F00FFFF) != 0 || ((bits[3] >> 16) & 0xFF) > 28) throw new ArgumentException("Decimal constructor requires an array or span of four valid decimal bytes.");
            _lo64 = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            _hi32 = (uint)bits[2];
            _flags = bits[3];
        }
        public Decimal(ReadOnlySpan<int> bits) : this(bits.ToArray()) { }
        private Decimal(int flags, uint hi, ulong lo) { _flags = flags; _hi32 = hi; _lo64 = lo; }

        public byte Scale => (byte)(_flags >> 16);
        internal bool IsZeroValue => _hi32 == 0 && _lo64 == 0;

        public static int[] GetBits(decimal d) => new int[] { (int)(uint)d._lo64, (int)(uint)(d._lo64 >> 32), (int)d._hi32, d._flags };
        public static int GetBits(decimal d, Span<int> destination)
        {
            destination[0] = (int)(uint)d._lo64; destination[1] = (int)(uint)(d._lo64 >> 32); destination[2] = (int)d._hi32; destination[3] = d._flags;
            return 4;
        }

        private static decimal Op(int op, decimal a, decimal b) { decimal r = default; Arith(op, ref a, ref b, ref r); return r; }
        public static decimal Add(decimal d1, decimal d2) => Op(0, d1, d2);
        public static decimal Subtract(decimal d1, decimal d2) => Op(1, d1, d2);
        public static decimal Multiply(decimal d1, decimal d2) => Op(2, d1, d2);
        public static decimal Divide(decimal d1, decimal d2) => Op(3, d1, d2);
        public static decimal Remainder(decimal d1, decimal d2) => Op(4, d1, d2);
        public static decimal Negate(decimal d) => new decimal(d._flags ^ unchecked((int)0x80000000), d._hi32, d._lo64);
        public static int Compare(decimal d1, decimal d2) => CompareCore(ref d1, ref d2);
        public static bool Equals(decimal d1, decimal d2) => CompareCore(ref d1, ref d2) == 0;
        public static decimal Round(decimal d) => Round(d, 0, MidpointRounding.ToEven);
        public static decimal Round(decimal d, int decimals) => Round(d, decimals, MidpointRounding.ToEven);
        public static decimal Round(decimal d, MidpointRounding mode) => Round(d, 0, mode);
        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if ((uint)decimals > 28) throw new ArgumentOutOfRangeException(nameof(decimals), "Decimal can only round to between 0 and 28 digits of precision.");
            if ((uint)mode > 4) throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", nameof(mode));
            decimal r = default;
            RoundCore(ref d, decimals, (int)mode, ref r);
            return r;
        }
        public static decimal Truncate(decimal d) => Round(d, 0, MidpointRounding.ToZero);
        public static decimal Floor(decimal d) => Round(d, 0, MidpointRounding.ToNegativeInfinity);
        public static decimal Ceiling(decimal d) => Round(d, 0, MidpointRounding.ToPositiveInfinity);
        public static decimal Abs(decimal d) => new decimal(d._flags & 0x7FFFFFFF, d._hi32, d._lo64);
        public static decimal Max(decimal x, decimal y) => Compare(x, y) >= 0 ? x : y;
        public static decimal Min(decimal x, decimal y) => Compare(x, y) <= 0 ? x : y;
        public static int Sign(decimal d) => d.IsZeroValue ? 0 : d._flags < 0 ? -1 : 1;
        public static bool IsInteger(decimal d) => Truncate(d) == d;
        public static bool IsNegative(decimal d) => d._flags < 0;
        public static bool IsPositive(decimal d) => d._flags >= 0;
        public static decimal Clamp(decimal value, decimal min, decimal max) => value < min ? min : value > max ? max : value;

        public static decimal operator +(decimal d1, decimal d2) => Op(0, d1, d2);
        public static decimal operator -(decimal d1, decimal d2) => Op(1, d1, d2);
        public static decimal operator *(decimal d1, decimal d2) => Op(2, d1, d2);
        public static decimal operator /(decimal d1, decimal d2) => Op(3, d1, d2);
        public static decimal operator %(decimal d1, decimal d2) => Op(4, d1, d2);
        public static decimal operator -(decimal d) => Negate(d);
        public static decimal operator +(decimal d) => d;
        public static decimal operator ++(decimal d) => Op(0, d, One);
        public static decimal operator --(decimal d) => Op(1, d, One);
        public static bool operator ==(decimal d1, decimal d2) => Compare(d1, d2) == 0;
        public static bool operator !=(decimal d1, decimal d2) => Compare(d1, d2) != 0;
        public static bool operator <(decimal d1, decimal d2) => Compare(d1, d2) < 0;
        public static bool operator <=(decimal d1, decimal d2) => Compare(d1, d2) <= 0;
        public static bool operator >(decimal d1, decimal d2) => Compare(d1, d2) > 0;
        public static bool operator >=(decimal d1, decimal d2) => Compare(d1, d2) >= 0;

        public static implicit operator decimal(byte value) => new decimal((uint)value);
        public static implicit operator decimal(sbyte value) => new decimal((int)value);
        public static implicit operator decimal(short value) => new decimal((int)value);
        public static implicit operator decimal(ushort value) => new decimal((uint)value);
        public static implicit operator decimal(char value) => new decimal((uint)value);
        public static implicit operator decimal(int value) => new decimal(value);
        public static implicit operator decimal(uint value) => new decimal(value);
        public static implicit operator decimal(long value) => new decimal(value);
        public static implicit operator decimal(ulong value) => new decimal(value);
        public static explicit operator decimal(float value) => new decimal(value);
        public static explicit operator decimal(double value) => new decimal(value);
        public static explicit operator byte(decimal value) => (byte)ToInt64Core(ref value, "an unsigned byte", 0, 255);
        public static explicit operator sbyte(decimal value) => (sbyte)ToInt64Core(ref value, "a signed byte", -128, 127);
        public static explicit operator short(decimal value) => (short)ToInt64Core(ref value, "an Int16", -32768, 32767);
        public static explicit operator ushort(decimal value) => (ushort)ToInt64Core(ref value, "a UInt16", 0, 65535);
        public static explicit operator char(decimal value) => (char)ToInt64Core(ref value, "a character", 0, 65535);
        public static explicit operator int(decimal value) => (int)ToInt64Core(ref value, "an Int32", int.MinValue, int.MaxValue);
        public static explicit operator uint(decimal value) => (uint)ToInt64Core(ref value, "a UInt32", 0, uint.MaxValue);
        public static explicit operator long(decimal value) => ToInt64Core(ref value, "an Int64", long.MinValue, long.MaxValue);
        public static explicit operator ulong(decimal value) => (ulong)ToInt64Core(ref value, "a UInt64", 0, -1);
        public static explicit operator float(decimal value) => (float)ToDoubleCore(ref value);
        public static explicit operator double(decimal value) => ToDoubleCore(ref value);

        public static byte ToByte(decimal value) => (byte)value;
        public static short ToInt16(decimal value) => (short)value;
        public static int ToInt32(decimal d) => (int)d;
        public static long ToInt64(decimal d) => (long)d;
        public static uint ToUInt32(decimal d) => (uint)d;
        public static ulong ToUInt64(decimal d) => (ulong)d;
        public static double ToDouble(decimal d) => (double)d;
        public static float ToSingle(decimal d) => (float)d;

        public override string ToString() { decimal d = this; return FormatCore(ref d, null); }
        public string ToString(string format) { decimal d = this; return FormatCore(ref d, format); }
        public string ToString(IFormatProvider provider) { decimal d = this; return FormatCore(ref d, null); }
        public string ToString(string format, IFormatProvider provider) { decimal d = this; return FormatCore(ref d, format); }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.Length == 0 ? null : new string(format));
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            charsWritten = s.Length;
            return true;
        }
        public static decimal Parse(string s)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            decimal r = default;
            ParseCore(s, true, ref r);
            return r;
        }
        public static decimal Parse(string s, IFormatProvider provider) => Parse(s);
        public static decimal Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static decimal Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            decimal r = default;
            ParseStyleCore(s, (int)style, true, ref r);
            return r;
        }
        public static decimal Parse(ReadOnlySpan<char> s, IFormatProvider provider = null) => Parse(new string(s));
        public static bool TryParse(string s, out decimal result)
        {
            result = default;
            if (s == null) return false;
            return ParseCore(s, false, ref result);
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out decimal result)
        {
            result = default;
            if (s == null) return false;
            return ParseStyleCore(s, (int)style, false, ref result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out decimal result) => TryParse(new string(s), out result);

        public override bool Equals(object value) => value is decimal d && Compare(this, d) == 0;
        public bool Equals(decimal value) => Compare(this, value) == 0;
        public override int GetHashCode() => ((double)this).GetHashCode();
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is decimal d)) throw new ArgumentException("Object must be of type Decimal.");
            return Compare(this, d);
        }
        public int CompareTo(decimal value) => Compare(this, value);
        public TypeCode GetTypeCode() => TypeCode.Decimal;
    }
}

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class DecimalConstantAttribute : Attribute
    {
        private readonly decimal _dec;
        public DecimalConstantAttribute(byte scale, byte sign, uint hi, uint mid, uint low) { _dec = new decimal((int)low, (int)mid, (int)hi, sign != 0, scale); }
        public DecimalConstantAttribute(byte scale, byte sign, int hi, int mid, int low) { _dec = new decimal(low, mid, hi, sign != 0, scale); }
        public decimal Value => _dec;
    }
}
