using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>128-bit arithmetic on (upper, lower) 64-bit halves, shared by Int128 and UInt128.</summary>
    internal static class UInt128Math
    {
        internal static void Add(ulong ah, ulong al, ulong bh, ulong bl, out ulong h, out ulong l)
        {
            l = al + bl;
            h = ah + bh + (l < al ? 1UL : 0UL);
        }
        internal static void Sub(ulong ah, ulong al, ulong bh, ulong bl, out ulong h, out ulong l)
        {
            l = al - bl;
            h = ah - bh - (al < bl ? 1UL : 0UL);
        }
        internal static void Mul(ulong ah, ulong al, ulong bh, ulong bl, out ulong h, out ulong l)
        {
            ulong hi = Math.BigMul(al, bl, out l);
            h = hi + al * bh + ah * bl;
        }
        internal static int Compare(ulong ah, ulong al, ulong bh, ulong bl) =>
            ah != bh ? (ah < bh ? -1 : 1) : al != bl ? (al < bl ? -1 : 1) : 0;
        /// <summary>Unsigned division by shift and subtract.</summary>
        internal static void DivRem(ulong ah, ulong al, ulong bh, ulong bl, out ulong qh, out ulong ql, out ulong rh, out ulong rl)
        {
            if (bh == 0 && bl == 0) throw new DivideByZeroException("Attempted to divide by zero.");
            if (ah == 0 && bh == 0) { qh = 0; ql = al / bl; rh = 0; rl = al % bl; return; }
            qh = 0; ql = 0; rh = 0; rl = 0;
            for (int i = 127; i >= 0; i--)
            {
                // r = (r << 1) | bit i of a
                rh = (rh << 1) | (rl >> 63);
                rl = (rl << 1) | ((i >= 64 ? ah >> (i - 64) : al >> i) & 1);
                if (Compare(rh, rl, bh, bl) >= 0)
                {
                    Sub(rh, rl, bh, bl, out rh, out rl);
                    if (i >= 64) qh |= 1UL << (i - 64); else ql |= 1UL << i;
                }
            }
        }
        internal static void Shl(ulong h, ulong l, int n, out ulong rh, out ulong rl)
        {
            n &= 127;
            if (n == 0) { rh = h; rl = l; }
            else if (n >= 64) { rh = l << (n - 64); rl = 0; }
            else { rh = (h << n) | (l >> (64 - n)); rl = l << n; }
        }
        internal static void Shr(ulong h, ulong l, int n, bool arithmetic, out ulong rh, out ulong rl)
        {
            n &= 127;
            ulong fill = arithmetic && (long)h < 0 ? ulong.MaxValue : 0;
            if (n == 0) { rh = h; rl = l; }
            else if (n >= 64) { rh = fill; rl = arithmetic ? (ulong)((long)h >> (n - 64)) : h >> (n - 64); }
            else { rh = arithmetic ? (ulong)((long)h >> n) : h >> n; rl = (l >> n) | (h << (64 - n)); }
        }
        internal static double ToDouble(ulong h, ulong l)
        {
            if (h == 0) return l;
            // Round to nearest even: keep 64 significant bits plus a sticky bit, then let the
            // ulong -> double conversion round once.
            int lz = System.Numerics.BitOperations.LeadingZeroCount(h);
            int shift = 64 - lz; // bits to drop from the 128-bit value to fit 64
            ulong top = (h << lz) | (lz == 0 ? 0 : l >> (64 - lz));
            ulong dropped = lz == 0 ? l : l << lz;
            if (dropped != 0) top |= 1; // sticky (bit 0 is far below double precision)
            return (double)top * Math.Pow(2, shift);
        }
        internal static void FromDouble(double d, out ulong h, out ulong l)
        {
            // d is a non-negative integer value below 2^128.
            if (d < 18446744073709551616.0) { h = 0; l = (ulong)d; return; }
            long bits = BitConverter.DoubleToInt64Bits(d);
            int exp = (int)((bits >> 52) & 0x7FF) - 1075;
            ulong mant = ((ulong)bits & 0xFFFFFFFFFFFFFUL) | (1UL << 52);
            Shl(0, mant, exp, out h, out l);
        }
    }

    public readonly partial struct Int128 : IComparable, IComparable<Int128>, IEquatable<Int128>, IFormattable, System.Numerics.INumber<Int128>, System.Numerics.ISignedNumber<Int128>, System.Numerics.IMinMaxValue<Int128>
    {
        private readonly ulong _lower;
        private readonly ulong _upper;

        public Int128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }
        internal ulong Lower => _lower;
        internal ulong Upper => _upper;

        public static Int128 MinValue => new Int128(0x8000000000000000UL, 0);
        public static Int128 MaxValue => new Int128(0x7FFFFFFFFFFFFFFFUL, ulong.MaxValue);
        public static Int128 Zero => default;
        public static Int128 One => new Int128(0, 1);
        public static Int128 NegativeOne => new Int128(ulong.MaxValue, ulong.MaxValue);

        private static OverflowException Overflow() => new OverflowException("Arithmetic operation resulted in an overflow.");
        internal bool IsNeg => (long)_upper < 0;

        public static Int128 operator +(Int128 a, Int128 b) { UInt128Math.Add(a._upper, a._lower, b._upper, b._lower, out ulong h, out ulong l); return new Int128(h, l); }
        public static Int128 operator checked +(Int128 a, Int128 b)
        {
            Int128 r = a + b;
            if (a.IsNeg == b.IsNeg && r.IsNeg != a.IsNeg) throw Overflow();
            return r;
        }
        public static Int128 operator -(Int128 a, Int128 b) { UInt128Math.Sub(a._upper, a._lower, b._upper, b._lower, out ulong h, out ulong l); return new Int128(h, l); }
        public static Int128 operator checked -(Int128 a, Int128 b)
        {
            Int128 r = a - b;
            if (a.IsNeg != b.IsNeg && r.IsNeg != a.IsNeg) throw Overflow();
            return r;
        }
        public static Int128 operator *(Int128 a, Int128 b) { UInt128Math.Mul(a._upper, a._lower, b._upper, b._lower, out ulong h, out ulong l); return new Int128(h, l); }
        public static Int128 operator checked *(Int128 a, Int128 b)
        {
            bool neg = a.IsNeg != b.IsNeg;
            UInt128 ua = (UInt128)Abs(a, true), ub = (UInt128)Abs(b, true);
            UInt128 r = checked(ua * ub);
            UInt128 limit = neg ? (UInt128)MaxValue + 1 : (UInt128)MaxValue;
            if (r > limit) throw Overflow();
            return neg ? -(Int128)r : (Int128)r;
        }
        public static Int128 operator /(Int128 a, Int128 b)
        {
            if (b == NegativeOne && a == MinValue) throw Overflow();
            bool neg = a.IsNeg != b.IsNeg;
            UInt128 q = (UInt128)Abs(a, true) / (UInt128)Abs(b, true);
            return neg ? -(Int128)q : (Int128)q;
        }
        public static Int128 operator %(Int128 a, Int128 b)
        {
            if (b == NegativeOne) return Zero;
            UInt128 r = (UInt128)Abs(a, true) % (UInt128)Abs(b, true);
            return a.IsNeg ? -(Int128)r : (Int128)r;
        }
        public static Int128 operator -(Int128 v) => Zero - v;
        public static Int128 operator checked -(Int128 v) { if (v == MinValue) throw Overflow(); return Zero - v; }
        public static Int128 operator +(Int128 v) => v;
        public static Int128 operator ++(Int128 v) => v + One;
        public static Int128 operator --(Int128 v) => v - One;
        public static Int128 operator &(Int128 a, Int128 b) => new Int128(a._upper & b._upper, a._lower & b._lower);
        public static Int128 operator |(Int128 a, Int128 b) => new Int128(a._upper | b._upper, a._lower | b._lower);
        public static Int128 operator ^(Int128 a, Int128 b) => new Int128(a._upper ^ b._upper, a._lower ^ b._lower);
        public static Int128 operator ~(Int128 v) => new Int128(~v._upper, ~v._lower);
        public static Int128 operator <<(Int128 v, int n) { UInt128Math.Shl(v._upper, v._lower, n, out ulong h, out ulong l); return new Int128(h, l); }
        public static Int128 operator >>(Int128 v, int n) { UInt128Math.Shr(v._upper, v._lower, n, true, out ulong h, out ulong l); return new Int128(h, l); }
        public static Int128 operator >>>(Int128 v, int n) { UInt128Math.Shr(v._upper, v._lower, n, false, out ulong h, out ulong l); return new Int128(h, l); }
        public static bool operator ==(Int128 a, Int128 b) => a._upper == b._upper && a._lower == b._lower;
        public static bool operator !=(Int128 a, Int128 b) => !(a == b);
        public static bool operator <(Int128 a, Int128 b) => Compare(a, b) < 0;
        public static bool operator <=(Int128 a, Int128 b) => Compare(a, b) <= 0;
        public static bool operator >(Int128 a, Int128 b) => Compare(a, b) > 0;
        public static bool operator >=(Int128 a, Int128 b) => Compare(a, b) >= 0;
        private static int Compare(Int128 a, Int128 b)
        {
            if ((long)a._upper != (long)b._upper) return (long)a._upper < (long)b._upper ? -1 : 1;
            return a._lower == b._lower ? 0 : a._lower < b._lower ? -1 : 1;
        }
        /// <summary>|v| as a bit pattern; MinValue stays MinValue (its magnitude read as unsigned).</summary>
        private static Int128 Abs(Int128 v, bool unsignedOk) => v.IsNeg ? Zero - v : v;

        public static Int128 Abs(Int128 value)
        {
            if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value.IsNeg ? -value : value;
        }
        public static Int128 CreateChecked<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, Int128>(value, 0);
        public static Int128 CreateSaturating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, Int128>(value, 1);
        public static Int128 CreateTruncating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, Int128>(value, 2);
        public static Int128 Max(Int128 x, Int128 y) => x >= y ? x : y;
        public static Int128 Min(Int128 x, Int128 y) => x <= y ? x : y;
        public static Int128 Clamp(Int128 value, Int128 min, Int128 max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(Int128 value) => value.IsNeg ? -1 : value == Zero ? 0 : 1;
        public static bool IsNegative(Int128 value) => value.IsNeg;
        public static bool IsPositive(Int128 value) => !value.IsNeg;
        public static bool IsEvenInteger(Int128 value) => (value._lower & 1) == 0;
        public static bool IsOddInteger(Int128 value) => (value._lower & 1) != 0;
        public static bool IsPow2(Int128 value) => !value.IsNeg && value != Zero && (value & (value - One)) == Zero;
        public static (Int128 Quotient, Int128 Remainder) DivRem(Int128 left, Int128 right) => (left / right, left % right);
        public static Int128 LeadingZeroCount(Int128 value) =>
            value._upper != 0 ? System.Numerics.BitOperations.LeadingZeroCount(value._upper) : 64 + System.Numerics.BitOperations.LeadingZeroCount(value._lower);
        public static Int128 TrailingZeroCount(Int128 value) =>
            value._lower != 0 ? System.Numerics.BitOperations.TrailingZeroCount(value._lower) : 64 + System.Numerics.BitOperations.TrailingZeroCount(value._upper);
        public static Int128 PopCount(Int128 value) => System.Numerics.BitOperations.PopCount(value._upper) + System.Numerics.BitOperations.PopCount(value._lower);
        public static Int128 Log2(Int128 value)
        {
            if (value.IsNeg) throw new ArgumentOutOfRangeException(nameof(value), "Value must be positive.");
            return 127 - (int)LeadingZeroCount(value | One);
        }
        public static Int128 RotateLeft(Int128 value, int rotateAmount) => (value << rotateAmount) | (value >>> (128 - rotateAmount));
        public static Int128 RotateRight(Int128 value, int rotateAmount) => (value >>> rotateAmount) | (value << (128 - rotateAmount));
        public static Int128 CopySign(Int128 value, Int128 sign) => value.IsNeg == sign.IsNeg ? value : -value;

        // ---- conversions ----
        public static implicit operator Int128(sbyte value) => new Int128((ulong)(long)(value >> 7), (ulong)(long)value);
        public static implicit operator Int128(short value) => new Int128((ulong)(long)(value >> 15), (ulong)(long)value);
        public static implicit operator Int128(int value) => new Int128((ulong)(long)(value >> 31), (ulong)(long)value);
        public static implicit operator Int128(long value) => new Int128((ulong)(value >> 63), (ulong)value);
        public static implicit operator Int128(IntPtr value) => (long)value;
        public static implicit operator Int128(byte value) => new Int128(0, value);
        public static implicit operator Int128(char value) => new Int128(0, value);
        public static implicit operator Int128(ushort value) => new Int128(0, value);
        public static implicit operator Int128(uint value) => new Int128(0, value);
        public static implicit operator Int128(ulong value) => new Int128(0, value);
        public static explicit operator Int128(double value)
        {
            if (double.IsNaN(value)) return Zero;
            if (value >= 1.7014118346046923E+38) return MaxValue;
            if (value <= -1.7014118346046923E+38) return MinValue;
            double t = Math.Truncate(Math.Abs(value));
            UInt128Math.FromDouble(t, out ulong h, out ulong l);
            Int128 r = new Int128(h, l);
            return value < 0 ? -r : r;
        }
        public static explicit operator checked Int128(double value)
        {
            if (!(value > -1.7014118346046924E+38 && value < 1.7014118346046923E+38)) throw Overflow();
            return (Int128)value;
        }
        public static explicit operator Int128(float value) => (Int128)(double)value;
        public static explicit operator Int128(decimal value)
        {
            value = decimal.Truncate(value);
            int[] bits = decimal.GetBits(value);
            Int128 r = new Int128((uint)bits[2], (ulong)(uint)bits[0] | ((ulong)(uint)bits[1] << 32));
            return value < 0 ? -r : r;
        }
        public static explicit operator byte(Int128 value) => (byte)value._lower;
        public static explicit operator sbyte(Int128 value) => (sbyte)value._lower;
        public static explicit operator short(Int128 value) => (short)value._lower;
        public static explicit operator ushort(Int128 value) => (ushort)value._lower;
        public static explicit operator char(Int128 value) => (char)value._lower;
        public static explicit operator int(Int128 value) => (int)value._lower;
        public static explicit operator uint(Int128 value) => (uint)value._lower;
        public static explicit operator long(Int128 value) => (long)value._lower;
        public static explicit operator ulong(Int128 value) => value._lower;
        public static explicit operator IntPtr(Int128 value) => (IntPtr)(int)value._lower;
        public static explicit operator checked int(Int128 value) { if (value < int.MinValue || value > int.MaxValue) throw Overflow(); return (int)value._lower; }
        public static explicit operator checked long(Int128 value) { if (value < long.MinValue || value > long.MaxValue) throw Overflow(); return (long)value._lower; }
        public static explicit operator checked ulong(Int128 value) { if (value._upper != 0) throw Overflow(); return value._lower; }
        public static explicit operator checked uint(Int128 value) { if (value._upper != 0 || value._lower > uint.MaxValue) throw Overflow(); return (uint)value._lower; }
        public static explicit operator double(Int128 value) => value.IsNeg ? -UInt128Math.ToDouble((0 - value)._upper, (0 - value)._lower) : UInt128Math.ToDouble(value._upper, value._lower);
        public static explicit operator float(Int128 value) => (float)(double)value;
        public static explicit operator decimal(Int128 value)
        {
            bool neg = value.IsNeg;
            Int128 m = neg ? -value : value;
            if (m._upper > uint.MaxValue) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return new decimal((int)(uint)m._lower, (int)(uint)(m._lower >> 32), (int)(uint)m._upper, neg, 0);
        }

        // ---- text ----
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string Format128(ulong upper, ulong lower, bool signed, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Parse128(string s, bool signed, int styles, ref ulong upper, ref ulong lower);

        public override string ToString() => Format128(_upper, _lower, true, null);
        public string ToString(string format) => Format128(_upper, _lower, true, format);
        public string ToString(IFormatProvider provider) => Format128(_upper, _lower, true, null);
        public string ToString(string format, IFormatProvider provider) => Format128(_upper, _lower, true, format);
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.Length == 0 ? null : new string(format));
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            charsWritten = s.Length;
            return true;
        }
        public static Int128 Parse(string s)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            ulong h = 0, l = 0;
            Parse128(s, true, (int)System.Globalization.NumberStyles.Integer, ref h, ref l);
            return new Int128(h, l);
        }
        public static Int128 Parse(string s, IFormatProvider provider) => Parse(s);
        public static Int128 Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static Int128 Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            ulong h = 0, l = 0;
            Parse128(s, true, (int)style, ref h, ref l);
            return new Int128(h, l);
        }
        public static Int128 Parse(ReadOnlySpan<char> s, IFormatProvider provider = null) => Parse(new string(s));
        public static bool TryParse(string s, out Int128 result)
        {
            result = default;
            if (s == null) return false;
            try { result = Parse(s); return true; }
            catch (FormatException) { return false; }
            catch (OverflowException) { return false; }
        }
        public static bool TryParse(ReadOnlySpan<char> s, out Int128 result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out Int128 result) => TryParse(s, out result);

        public override bool Equals(object obj) => obj is Int128 other && other == this;
        public bool Equals(Int128 other) => other == this;
        public override int GetHashCode() => (int)_lower ^ (int)(_lower >> 32) ^ (int)_upper ^ (int)(_upper >> 32);
        public int CompareTo(Int128 value) => Compare(this, value);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Int128 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int128.");
        }
    }

    public readonly partial struct UInt128 : IComparable, IComparable<UInt128>, IEquatable<UInt128>, IFormattable, System.Numerics.INumber<UInt128>, System.Numerics.IUnsignedNumber<UInt128>, System.Numerics.IMinMaxValue<UInt128>
    {
        private readonly ulong _lower;
        private readonly ulong _upper;

        public UInt128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }

        public static UInt128 MinValue => default;
        public static UInt128 MaxValue => new UInt128(ulong.MaxValue, ulong.MaxValue);
        public static UInt128 Zero => default;
        public static UInt128 One => new UInt128(0, 1);

        private static OverflowException Overflow() => new OverflowException("Arithmetic operation resulted in an overflow.");

        public static UInt128 operator +(UInt128 a, UInt128 b) { UInt128Math.Add(a._upper, a._lower, b._upper, b._lower, out ulong h, out ulong l); return new UInt128(h, l); }
        public static UInt128 operator checked +(UInt128 a, UInt128 b) { UInt128 r = a + b; if (r < a) throw Overflow(); return r; }
        public static UInt128 operator -(UInt128 a, UInt128 b) { UInt128Math.Sub(a._upper, a._lower, b._upper, b._lower, out ulong h, out ulong l); return new UInt128(h, l); }
        public static UInt128 operator checked -(UInt128 a, UInt128 b) { if (b > a) throw Overflow(); return a - b; }
        public static UInt128 operator *(UInt128 a, UInt128 b) { UInt128Math.Mul(a._upper, a._lower, b._upper, b._lower, out ulong h, out ulong l); return new UInt128(h, l); }
        public static UInt128 operator checked *(UInt128 a, UInt128 b)
        {
            UInt128 r = a * b;
            if (a != Zero && r / a != b) throw Overflow();
            return r;
        }
        public static UInt128 operator /(UInt128 a, UInt128 b) { UInt128Math.DivRem(a._upper, a._lower, b._upper, b._lower, out ulong qh, out ulong ql, out _, out _); return new UInt128(qh, ql); }
        public static UInt128 operator %(UInt128 a, UInt128 b) { UInt128Math.DivRem(a._upper, a._lower, b._upper, b._lower, out _, out _, out ulong rh, out ulong rl); return new UInt128(rh, rl); }
        public static UInt128 operator -(UInt128 v) => Zero - v;
        public static UInt128 operator checked -(UInt128 v) { if (v != Zero) throw Overflow(); return v; }
        public static UInt128 operator +(UInt128 v) => v;
        public static UInt128 operator ++(UInt128 v) => v + One;
        public static UInt128 operator --(UInt128 v) => v - One;
        public static UInt128 operator &(UInt128 a, UInt128 b) => new UInt128(a._upper & b._upper, a._lower & b._lower);
        public static UInt128 operator |(UInt128 a, UInt128 b) => new UInt128(a._upper | b._upper, a._lower | b._lower);
        public static UInt128 operator ^(UInt128 a, UInt128 b) => new UInt128(a._upper ^ b._upper, a._lower ^ b._lower);
        public static UInt128 operator ~(UInt128 v) => new UInt128(~v._upper, ~v._lower);
        public static UInt128 operator <<(UInt128 v, int n) { UInt128Math.Shl(v._upper, v._lower, n, out ulong h, out ulong l); return new UInt128(h, l); }
        public static UInt128 operator >>(UInt128 v, int n) { UInt128Math.Shr(v._upper, v._lower, n, false, out ulong h, out ulong l); return new UInt128(h, l); }
        public static UInt128 operator >>>(UInt128 v, int n) => v >> n;
        public static bool operator ==(UInt128 a, UInt128 b) => a._upper == b._upper && a._lower == b._lower;
        public static bool operator !=(UInt128 a, UInt128 b) => !(a == b);
        public static bool operator <(UInt128 a, UInt128 b) => UInt128Math.Compare(a._upper, a._lower, b._upper, b._lower) < 0;
        public static bool operator <=(UInt128 a, UInt128 b) => UInt128Math.Compare(a._upper, a._lower, b._upper, b._lower) <= 0;
        public static bool operator >(UInt128 a, UInt128 b) => UInt128Math.Compare(a._upper, a._lower, b._upper, b._lower) > 0;
        public static bool operator >=(UInt128 a, UInt128 b) => UInt128Math.Compare(a._upper, a._lower, b._upper, b._lower) >= 0;

        public static UInt128 CreateChecked<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, UInt128>(value, 0);
        public static UInt128 CreateSaturating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, UInt128>(value, 1);
        public static UInt128 CreateTruncating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, UInt128>(value, 2);
        public static UInt128 Max(UInt128 x, UInt128 y) => x >= y ? x : y;
        public static UInt128 Min(UInt128 x, UInt128 y) => x <= y ? x : y;
        public static UInt128 Clamp(UInt128 value, UInt128 min, UInt128 max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(UInt128 value) => value == Zero ? 0 : 1;
        public static bool IsEvenInteger(UInt128 value) => (value._lower & 1) == 0;
        public static bool IsOddInteger(UInt128 value) => (value._lower & 1) != 0;
        public static bool IsPow2(UInt128 value) => value != Zero && (value & (value - One)) == Zero;
        public static (UInt128 Quotient, UInt128 Remainder) DivRem(UInt128 left, UInt128 right) => (left / right, left % right);
        public static UInt128 LeadingZeroCount(UInt128 value) =>
            (uint)(value._upper != 0 ? System.Numerics.BitOperations.LeadingZeroCount(value._upper) : 64 + System.Numerics.BitOperations.LeadingZeroCount(value._lower));
        public static UInt128 TrailingZeroCount(UInt128 value) =>
            (uint)(value._lower != 0 ? System.Numerics.BitOperations.TrailingZeroCount(value._lower) : 64 + System.Numerics.BitOperations.TrailingZeroCount(value._upper));
        public static UInt128 PopCount(UInt128 value) => (uint)(System.Numerics.BitOperations.PopCount(value._upper) + System.Numerics.BitOperations.PopCount(value._lower));
        public static UInt128 Log2(UInt128 value) => 127u - (uint)LeadingZeroCount(value | One);
        public static UInt128 RotateLeft(UInt128 value, int rotateAmount) => (value << rotateAmount) | (value >> (128 - rotateAmount));
        public static UInt128 RotateRight(UInt128 value, int rotateAmount) => (value >> rotateAmount) | (value << (128 - rotateAmount));

        // ---- conversions ----
        public static implicit operator UInt128(byte value) => new UInt128(0, value);
        public static implicit operator UInt128(char value) => new UInt128(0, value);
        public static implicit operator UInt128(ushort value) => new UInt128(0, value);
        public static implicit operator UInt128(uint value) => new UInt128(0, value);
        public static implicit operator UInt128(ulong value) => new UInt128(0, value);
        public static explicit operator UInt128(sbyte value) => (UInt128)(Int128)value;
        public static explicit operator UInt128(short value) => (UInt128)(Int128)value;
        public static explicit operator UInt128(int value) => (UInt128)(Int128)value;
        public static explicit operator UInt128(long value) => (UInt128)(Int128)value;
        public static explicit operator UInt128(Int128 value) => new UInt128(value.Upper, value.Lower);
        public static explicit operator Int128(UInt128 value) => new Int128(value._upper, value._lower);
        public static explicit operator checked UInt128(Int128 value) { if (value < 0) throw Overflow(); return new UInt128(value.Upper, value.Lower); }
        public static explicit operator checked Int128(UInt128 value) { if ((long)value._upper < 0) throw Overflow(); return new Int128(value._upper, value._lower); }
        public static explicit operator UInt128(double value)
        {
            if (!(value > 0)) return Zero;
            if (value >= 3.4028236692093846E+38) return MaxValue;
            UInt128Math.FromDouble(Math.Truncate(value), out ulong h, out ulong l);
            return new UInt128(h, l);
        }
        public static explicit operator checked UInt128(double value)
        {
            if (!(value > -1.0 && value < 3.4028236692093846E+38)) throw Overflow();
            return (UInt128)value;
        }
        public static explicit operator UInt128(float value) => (UInt128)(double)value;
        public static explicit operator UInt128(decimal value)
        {
            value = decimal.Truncate(value);
            if (value < 0) throw Overflow();
            int[] bits = decimal.GetBits(value);
            return new UInt128((uint)bits[2], (ulong)(uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        }
        public static explicit operator byte(UInt128 value) => (byte)value._lower;
        public static explicit operator sbyte(UInt128 value) => (sbyte)value._lower;
        public static explicit operator short(UInt128 value) => (short)value._lower;
        public static explicit operator ushort(UInt128 value) => (ushort)value._lower;
        public static explicit operator char(UInt128 value) => (char)value._lower;
        public static explicit operator int(UInt128 value) => (int)value._lower;
        public static explicit operator uint(UInt128 value) => (uint)value._lower;
        public static explicit operator long(UInt128 value) => (long)value._lower;
        public static explicit operator ulong(UInt128 value) => value._lower;
        public static explicit operator checked ulong(UInt128 value) { if (value._upper != 0) throw Overflow(); return value._lower; }
        public static explicit operator double(UInt128 value) => UInt128Math.ToDouble(value._upper, value._lower);
        public static explicit operator float(UInt128 value) => (float)UInt128Math.ToDouble(value._upper, value._lower);
        public static explicit operator decimal(UInt128 value)
        {
            if (value._upper > uint.MaxValue) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return new decimal((int)(uint)value._lower, (int)(uint)(value._lower >> 32), (int)(uint)value._upper, false, 0);
        }

        // ---- text ----
        public override string ToString() => Int128.Format128(_upper, _lower, false, null);
        public string ToString(string format) => Int128.Format128(_upper, _lower, false, format);
        public string ToString(IFormatProvider provider) => Int128.Format128(_upper, _lower, false, null);
        public string ToString(string format, IFormatProvider provider) => Int128.Format128(_upper, _lower, false, format);
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.Length == 0 ? null : new string(format));
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            charsWritten = s.Length;
            return true;
        }
        public static UInt128 Parse(string s)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            ulong h = 0, l = 0;
            Int128.Parse128(s, false, (int)System.Globalization.NumberStyles.Integer, ref h, ref l);
            return new UInt128(h, l);
        }
        public static UInt128 Parse(string s, IFormatProvider provider) => Parse(s);
        public static UInt128 Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static UInt128 Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            ulong h = 0, l = 0;
            Int128.Parse128(s, false, (int)style, ref h, ref l);
            return new UInt128(h, l);
        }
        public static UInt128 Parse(ReadOnlySpan<char> s, IFormatProvider provider = null) => Parse(new string(s));
        public static bool TryParse(string s, out UInt128 result)
        {
            result = default;
            if (s == null) return false;
            try { result = Parse(s); return true; }
            catch (FormatException) { return false; }
            catch (OverflowException) { return false; }
        }
        public static bool TryParse(ReadOnlySpan<char> s, out UInt128 result) => TryParse(new string(s), out result);
        public static bool TryParse(string s, IFormatProvider provider, out UInt128 result) => TryParse(s, out result);

        public override bool Equals(object obj) => obj is UInt128 other && other == this;
        public bool Equals(UInt128 other) => other == this;
        public override int GetHashCode() => (int)_lower ^ (int)(_lower >> 32) ^ (int)_upper ^ (int)(_upper >> 32);
        public int CompareTo(UInt128 value) => UInt128Math.Compare(_upper, _lower, value._upper, value._lower);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UInt128 other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt128.");
        }
    }
}
