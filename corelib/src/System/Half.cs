using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>IEEE 754 binary16. Arithmetic is done in double and rounded once to half.</summary>
    public readonly struct Half : IComparable, IFormattable, IComparable<Half>, IEquatable<Half>
    {
        private readonly ushort _value;

        private Half(ushort bits, bool raw) { _value = bits; }
        internal static Half FromBits(ushort bits) => new Half(bits, true);
        internal ushort Bits => _value;

        public static Half Epsilon => FromBits(0x0001);
        public static Half PositiveInfinity => FromBits(0x7C00);
        public static Half NegativeInfinity => FromBits(0xFC00);
        public static Half NaN => FromBits(0xFE00);
        public static Half MinValue => FromBits(0xFBFF);
        public static Half MaxValue => FromBits(0x7BFF);
        public static Half Zero => FromBits(0);
        public static Half NegativeZero => FromBits(0x8000);
        public static Half One => FromBits(0x3C00);
        public static Half NegativeOne => FromBits(0xBC00);
        public static Half E => (Half)Math.E;
        public static Half Pi => (Half)Math.PI;
        public static Half Tau => (Half)Math.Tau;
        public static Half AdditiveIdentity => Zero;
        public static Half MultiplicativeIdentity => One;

        // ---- conversions (correctly rounded, ties to even) ----

        internal static ushort DoubleToBits(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            ushort sign = (ushort)((bits >> 48) & 0x8000);
            int exp = (int)((bits >> 52) & 0x7FF);
            ulong frac = (ulong)bits & 0xFFFFFFFFFFFFFUL;
            if (exp == 0x7FF) return (ushort)(sign | (frac != 0 ? 0x7E00 : 0x7C00));
            if (exp == 0) return sign; // double subnormals are far below half's range
            int e = exp - 1023;
            ulong m = frac | (1UL << 52); // value = m * 2^(e - 52)
            int q = Math.Max(e - 10, -24); // quantum of the result
            int shift = q - (e - 52);
            if (shift >= 64) return sign;
            ulong r = m >> shift;
            ulong rem = m & ((1UL << shift) - 1);
            ulong half = 1UL << (shift - 1);
            if (rem > half || (rem == half && (r & 1) != 0)) r++;
            if (r == 0) return sign;
            if (r >= 2048) { r >>= 1; q++; }
            int field = r >= 1024 ? q + 25 : 0;
            if (field >= 31) return (ushort)(sign | 0x7C00);
            return (ushort)(sign | (field << 10) | (int)(r & 0x3FF));
        }

        internal static double BitsToDouble(ushort bits)
        {
            int field = (bits >> 10) & 0x1F;
            int frac = bits & 0x3FF;
            double v;
            if (field == 0x1F) v = frac != 0 ? double.NaN : double.PositiveInfinity;
            else if (field == 0) v = frac * (1.0 / 16777216.0);
            else v = (1024 + frac) * Math.Pow(2, field - 25);
            return (bits & 0x8000) != 0 ? -v : v;
        }

        public static explicit operator Half(double value) => FromBits(DoubleToBits(value));
        public static explicit operator Half(float value) => FromBits(DoubleToBits(value));
        public static explicit operator Half(decimal value) => (Half)(double)value;
        public static explicit operator Half(int value) => (Half)(double)value;
        public static explicit operator Half(uint value) => (Half)(double)value;
        public static explicit operator Half(long value) => (Half)(double)value;
        public static explicit operator Half(ulong value) => (Half)(double)value;
        public static explicit operator Half(short value) => (Half)(double)value;
        public static explicit operator Half(ushort value) => (Half)(double)value;
        public static explicit operator Half(char value) => (Half)(double)value;
        public static implicit operator Half(byte value) => (Half)(double)value;
        public static implicit operator Half(sbyte value) => (Half)(double)value;
        public static explicit operator double(Half value) => BitsToDouble(value._value);
        public static explicit operator float(Half value) => (float)BitsToDouble(value._value);
        public static explicit operator decimal(Half value) => (decimal)BitsToDouble(value._value);
        public static explicit operator int(Half value) => (int)BitsToDouble(value._value);
        public static explicit operator uint(Half value) => (uint)BitsToDouble(value._value);
        public static explicit operator long(Half value) => (long)BitsToDouble(value._value);
        public static explicit operator ulong(Half value) => (ulong)BitsToDouble(value._value);
        public static explicit operator short(Half value) => (short)BitsToDouble(value._value);
        public static explicit operator ushort(Half value) => (ushort)BitsToDouble(value._value);
        public static explicit operator byte(Half value) => (byte)BitsToDouble(value._value);
        public static explicit operator sbyte(Half value) => (sbyte)BitsToDouble(value._value);
        public static explicit operator char(Half value) => (char)BitsToDouble(value._value);
        public static explicit operator Int128(Half value) => (Int128)BitsToDouble(value._value);
        public static explicit operator UInt128(Half value) => (UInt128)BitsToDouble(value._value);

        // ---- arithmetic ----
        private static Half Round(double v) => (Half)v;
        public static Half operator +(Half left, Half right) => Round((double)left + (double)right);
        public static Half operator -(Half left, Half right) => Round((double)left - (double)right);
        public static Half operator *(Half left, Half right) => Round((double)left * (double)right);
        public static Half operator /(Half left, Half right) => Round((double)left / (double)right);
        public static Half operator %(Half left, Half right) => Round((double)left % (double)right);
        public static Half operator -(Half value) => FromBits((ushort)(value._value ^ 0x8000));
        public static Half operator +(Half value) => value;
        public static Half operator ++(Half value) => value + One;
        public static Half operator --(Half value) => value - One;
        public static bool operator ==(Half left, Half right) => (double)left == (double)right;
        public static bool operator !=(Half left, Half right) => (double)left != (double)right;
        public static bool operator <(Half left, Half right) => (double)left < (double)right;
        public static bool operator <=(Half left, Half right) => (double)left <= (double)right;
        public static bool operator >(Half left, Half right) => (double)left > (double)right;
        public static bool operator >=(Half left, Half right) => (double)left >= (double)right;

        // ---- classification ----
        public static bool IsNaN(Half value) => (value._value & 0x7FFF) > 0x7C00;
        public static bool IsInfinity(Half value) => (value._value & 0x7FFF) == 0x7C00;
        public static bool IsPositiveInfinity(Half value) => value._value == 0x7C00;
        public static bool IsNegativeInfinity(Half value) => value._value == 0xFC00;
        public static bool IsFinite(Half value) => (value._value & 0x7C00) != 0x7C00;
        public static bool IsNegative(Half value) => (value._value & 0x8000) != 0;
        public static bool IsPositive(Half value) => (value._value & 0x8000) == 0;
        public static bool IsNormal(Half value) { int f = (value._value >> 10) & 0x1F; return f != 0 && f != 0x1F; }
        public static bool IsSubnormal(Half value) => (value._value & 0x7C00) == 0 && (value._value & 0x3FF) != 0;
        public static bool IsZero(Half value) => (value._value & 0x7FFF) == 0;
        public static bool IsInteger(Half value) { double d = (double)value; return double.IsFinite(d) && d == Math.Truncate(d); }
        public static Half Abs(Half value) => FromBits((ushort)(value._value & 0x7FFF));
        public static Half CreateChecked<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, Half>(value, 0);
        public static Half CreateSaturating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, Half>(value, 1);
        public static Half CreateTruncating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, Half>(value, 2);
        public static Half Max(Half x, Half y) => (Half)Math.Max((double)x, (double)y);
        public static Half Min(Half x, Half y) => (Half)Math.Min((double)x, (double)y);
        public static int Sign(Half value) => Math.Sign((double)value);
        public static Half Sqrt(Half x) => (Half)Math.Sqrt((double)x);
        public static Half Floor(Half x) => (Half)Math.Floor((double)x);
        public static Half Ceiling(Half x) => (Half)Math.Ceiling((double)x);
        public static Half Truncate(Half x) => (Half)Math.Truncate((double)x);
        public static Half Round(Half x) => (Half)Math.Round((double)x);

        // ---- text ----
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string FormatHalf(int bits, string format);
        public override string ToString() => FormatHalf(_value, null);
        public string ToString(string format) => FormatHalf(_value, format);
        public string ToString(IFormatProvider provider) => FormatHalf(_value, null);
        public string ToString(string format, IFormatProvider provider) => FormatHalf(_value, format);
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.Length == 0 ? null : new string(format));
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            charsWritten = s.Length;
            return true;
        }
        public static Half Parse(string s) => (Half)double.Parse(s);
        public static Half Parse(string s, IFormatProvider provider) => Parse(s);
        public static Half Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider = null) => Parse(s);
        public static Half Parse(ReadOnlySpan<char> s, IFormatProvider provider = null) => Parse(new string(s));
        public static bool TryParse(string s, out Half result)
        {
            bool ok = double.TryParse(s, out double d);
            result = ok ? (Half)d : default;
            return ok;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out Half result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out Half result) => TryParse(s, out result);

        public override bool Equals(object obj) => obj is Half h && Equals(h);
        public bool Equals(Half other) => this == other || (IsNaN(this) && IsNaN(other));
        public override int GetHashCode()
        {
            if (IsNaN(this) || (_value & 0x7FFF) == 0) return _value & 0x7C00; // NaNs and ±0 hash alike
            return _value;
        }
        public int CompareTo(Half other) => ((double)this).CompareTo((double)other);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is Half h) return CompareTo(h);
            throw new ArgumentException("Object must be of type Half.");
        }
    }
}
